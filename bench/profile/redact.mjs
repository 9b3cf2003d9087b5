// Profiling driver for redact (not part of the run): calls redact of a mamori
// package on the benchmark text in a loop, for `node --cpu-prof`.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile/redact.mjs [pkg dir] [MiB] [calls] [mode]
// mode: "big" (one text of MiB, default) or "small" (many ~40-char calls).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { japaneseText, root } from '../lib/data.mjs';

const [dir = path.join(root, 'pkg'), mib = '4', calls = '5', mode = 'big'] = process.argv.slice(2);
const entry = existsSync(path.join(dir, 'mamori.js')) ? path.resolve(dir, 'mamori.js') : path.resolve(dir) + '/';
const m = createRequire(import.meta.url)(entry);
const t0 = performance.now();
if (mode === 'small') {
  const x = 'マイナンバーは 1234 5678 9018 です。ご確認をお願いします。';
  for (let i = 0; i < +calls; i++) m.redact(x);
} else {
  const text = japaneseText(+mib * 1024 * 1024, 1);
  for (let i = 0; i < +calls; i++) m.redact(text);
}
console.log(`${mode}: ${calls} calls in ${(performance.now() - t0).toFixed(1)} ms`);
