// Throughput of redact() of two builds of the package, side by side in one run, on
// the benchmark's 1 MiB contact-form text (bench/lib/data.mjs) and the realistic
// corpus repeated to 1 MiB: for measuring a change to the engine. Not a test:
//
//   node bench/redact-compare.mjs <before-pkg-dir> <after-pkg-dir>
//
// Each figure is the best of 30 calls, the two builds alternating, so that other
// processes on the machine disturb both alike; the ratio is also given as the median
// of the 30 rounds' own ratios.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { japaneseText, corpusDir } from './lib/data.mjs';

const require = createRequire(import.meta.url);
const [beforeDir, afterDir] = process.argv.slice(2).map((d) => path.resolve(d));
if (!beforeDir || !afterDir) {
  console.error('usage: node bench/redact-compare.mjs <before-pkg-dir> <after-pkg-dir>');
  process.exit(2);
}
/** @type {[string, typeof import('../pkg/node/mamori.js')][]} */
const builds = [['before', require(beforeDir + '/')], ['after', require(afterDir + '/')]];
const MiB = 1 << 20;

/** @type {Record<string, string>} */
const inputs = { 'bench text (1 MiB)': japaneseText(MiB, 1) };
const real = path.join(corpusDir(), 'redact-real.jsonl');
if (existsSync(real)) {
  const texts = readFileSync(real, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text + '\n');
  let s = '';
  for (let i = 0; Buffer.byteLength(s) < MiB; i++) s += texts[i % texts.length];
  inputs['realistic corpus repeated (1 MiB)'] = s;
}

for (const [label, text] of Object.entries(inputs)) {
  const bytes = Buffer.byteLength(text);
  const best = builds.map(() => Infinity);
  for (const [, m] of builds) m.redact(text);
  // Each round's own ratio too: the two calls of a round run back to back, so a
  // slow stretch of the machine weighs on both; the median of the rounds is the
  // steadier figure when the machine is busy.
  /** @type {number[]} */
  const ratios = [];
  for (let round = 0; round < 30; round++) {
    const took = builds.map(([, m], i) => {
      const t0 = process.hrtime.bigint();
      m.redact(text);
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      best[i] = Math.min(best[i], s);
      return s;
    });
    ratios.push(took[0] / took[1]);
  }
  ratios.sort((a, b) => a - b);
  const quantile = (/** @type {number} */ q) => ratios[Math.round(q * (ratios.length - 1))].toFixed(2);
  const rates = best.map((s) => bytes / MiB / s);
  console.log(`${label}: ${builds.map(([n], i) => `${n} ${rates[i].toFixed(1)} MB/s (${builds[i][1].redact(text).findings.length} findings)`).join(', ')}; after/before ${(rates[1] / rates[0]).toFixed(2)} (best of each), ${quantile(0.5)} (median of the rounds; quartiles ${quantile(0.25)}–${quantile(0.75)})`);
}
