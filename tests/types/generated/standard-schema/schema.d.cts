// The declarations of schema.cjs, the CommonJS copy of schema.mjs that
// scripts/build.mjs writes into pkg/standard-schema/. The type check of the
// JavaScript (tsconfig.json at the root) reads them for index.cjs: this folder is
// one of its rootDirs, so "./schema.mjs" is extras/standard-schema/schema.mjs.
export { contactFormValidator, standardSchema } from "./schema.mjs";
