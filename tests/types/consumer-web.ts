// A strict TypeScript consumer of the browser build: `await init()` once, then the API.
import init, { normalize, type InitOutput } from "../../pkg/web/mamori.js";

export async function start(): Promise<string> {
  const output: InitOutput = await init();
  void output;
  return normalize("ｶﾞ", "kana");
}
