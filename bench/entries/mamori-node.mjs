// mamori's Node build, as `require("mamori")` gives it (the wasm is compiled on the first call).
import { createRequire } from 'node:module';
import path from 'node:path';
const require = createRequire(import.meta.url);
const m = require(path.resolve(import.meta.dirname, '..', '..', 'pkg') + '/');
export default m;
export function first() { try { return m.parsePhone('03-1234-5678'); } catch { return m.version(); } }
