// Throughput of redact() in Node, on 1 MB of Japanese text, next to a plain
// JavaScript regular-expression redactor on the same input, in one run. Not a test:
// run it from the repository root after `npm run build`:
//
//   node bench/redact-throughput.mjs
//
// Inputs: (1) contact-form text, the records of ../shared/corpus/redact.jsonl
// repeated to 1 MB of UTF-8 (about 4,400 sensitive values per MB: a dense case);
// (2) Japanese prose with no number. Each figure is the best of 40 calls, so that
// other processes on the machine disturb it least. The benchmark suite (bench/)
// makes the full comparison with other libraries.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** @type {typeof import('../pkg/node/mamori.js')} */
const { redact } = require(path.resolve('pkg') + '/');
const corpusDir = process.env.MAMORI_CORPUS_DIR || path.resolve('../shared/corpus');
const records = readFileSync(path.join(corpusDir, 'redact.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/**
 * `pieces` repeated, in turn, to at least `bytes` bytes of UTF-8.
 * @param {string[]} pieces
 * @param {number} bytes
 */
function toSize(pieces, bytes) {
  const out = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const piece = pieces[i % pieces.length];
    out.push(piece);
    n += Buffer.byteLength(piece);
  }
  return out.join('');
}

const inputs = {
  'contact-form text (corpus)': toSize(records.map((r) => r.text + '\n'), 1_000_000),
  'prose, no numbers': toSize(['いつもお世話になっております。処方箋の配送についてお問い合わせします。\n'], 1_000_000),
};

// What a hand-rolled redactor typically looks like: one regular expression per
// kind (digits in both widths, a few separators), no check digits, no labels.
const D = '[0-9０-９]';
const S = '[ 　\\-－ー]?';
const regexes = [
  new RegExp(`(?<!${D})${D}{4}${S}${D}{4}${S}${D}{4}${S}${D}{4}(?!${D})`, 'g'), // card
  new RegExp(`(?<!${D})${D}{4}${S}${D}{4}${S}${D}{4}(?!${D})`, 'g'), // My Number
  new RegExp(`(?<=(?:保険者番号|口座番号|受給者番号|負担者番号)[：: ]*)${D}{6,8}`, 'g'),
  /[A-Z]{2}\d{7}(?!\d)/g, // passport
  /[A-Z]{2}\d{8}[A-Z]{2}/g, // residence card
];
/** @param {string} text */
function regexRedact(text) {
  let out = text;
  for (const re of regexes) out = out.replace(re, (m) => m.replace(/[0-9A-Za-z０-９]/g, '*'));
  return out;
}

/**
 * The fastest of `n` calls, in ms.
 * @param {() => unknown} fn
 */
function best(fn, n = 40) {
  fn();
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

for (const [name, text] of Object.entries(inputs)) {
  const mb = Buffer.byteLength(text) / 1e6;
  const ours = best(() => redact(text));
  const theirs = best(() => regexRedact(text));
  const found = redact(text).findings.length;
  console.log(`${name}: ${mb.toFixed(2)} MB, ${found} findings`);
  console.log(`  mamori redact():      ${ours.toFixed(1)} ms = ${(mb / ours * 1000).toFixed(0)} MB/s`);
  console.log(`  JS regex redactor:    ${theirs.toFixed(1)} ms = ${(mb / theirs * 1000).toFixed(0)} MB/s`);
}
