// Profiling driver for validateForm (not part of the run): validates the benchmark's
// forms in a loop, for `node --cpu-prof`.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile/form.mjs [pkg dir] [body chars] [passes]
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { forms, root } from '../lib/data.mjs';

const [dir = path.join(root, 'pkg'), chars = '2000', passes = '200'] = process.argv.slice(2);
const entry = existsSync(path.join(dir, 'mamori.js')) ? path.resolve(dir, 'mamori.js') : path.resolve(dir) + '/';
const m = createRequire(import.meta.url)(entry);
const fs = forms(+chars, 200);
const t0 = performance.now();
for (let p = 0; p < +passes; p++) for (const f of fs) m.validateForm(f);
const n = +passes * fs.length;
console.log(`validateForm: ${n} calls, ${((performance.now() - t0) * 1000 / n).toFixed(1)} µs per call`);
