// One fresh Node process of the start-up row: loads one library (bench/entries/<name>.mjs),
// makes its first call, and prints how long that took, in ms, as JSON.
import { performance } from 'node:perf_hooks';
const name = process.argv[2];
const t0 = performance.now();
const lib = await import(`../entries/${name}.mjs`);
const loaded = performance.now();
lib.first();
const t1 = performance.now();
process.stdout.write(JSON.stringify({ load: loaded - t0, total: t1 - t0 }) + '\n');
