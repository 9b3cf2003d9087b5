#!/usr/bin/env node
// Throughput of parsePhone in Node on the inputs of the phone corpus.
//   npm run build && node bench/phone-throughput.mjs [rounds]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parsePhone } = createRequire(import.meta.url)(path.join(root, 'pkg') + '/');
const corpusDir = process.env.MAMORI_CORPUS_DIR || path.resolve(root, '../shared/corpus');
const inputs = readFileSync(path.join(corpusDir, 'phone.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).input);
const rounds = Number(process.argv[2] || 200);

let sink = 0;
for (let i = 0; i < 20; i++) for (const s of inputs) sink += parsePhone(s).valid ? 1 : 0; // warm-up
const runs = [];
for (let r = 0; r < 5; r++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const s of inputs) sink += parsePhone(s).valid ? 1 : 0;
  const ns = Number(process.hrtime.bigint() - t0);
  runs.push((rounds * inputs.length) / (ns / 1e9));
}
runs.sort((a, b) => a - b);
const fmt = (/** @type {number} */ x) => Math.round(x).toLocaleString('en-US');
console.log(`parsePhone: ${inputs.length} corpus inputs x ${rounds} rounds x 5 runs; ` +
  `median ${fmt(runs[2])} calls/s (min ${fmt(runs[0])}, max ${fmt(runs[4])}); node ${process.version}` +
  (sink < 0 ? '' : ''));
