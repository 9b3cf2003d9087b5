// The same from a CommonJS TypeScript project (the "require" condition).
import init, { redact } from "mamori";

export async function start(): Promise<string> {
  await init();
  return redact("カード 4539 5787 6362 1486").text;
}
