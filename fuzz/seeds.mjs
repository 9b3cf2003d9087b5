#!/usr/bin/env node
// Writes the seed corpus of each fuzz target into fuzz/corpus/<target>/ from the
// labelled corpora (../shared/corpus, or $MAMORI_CORPUS_DIR), or from the project's
// own fixtures (tests/fixtures/) when those are not there. Run by scripts/fuzz.sh;
// fuzz/corpus/ is not committed (it grows with what libFuzzer finds).
//
// Seed formats, matching how each target reads its bytes:
//   normalize, parse_phone: the text itself (UTF-8)
//   validate_form: inquiryType, name, phone, email, body joined by U+001F
//   redact_json: a JSON Lines record (UTF-8)
//   redact: the option bytes of fuzz_targets/redact.rs (kinds u16, style, keepLast,
//           rules), then the text: once with the defaults, once with every kind on,
//           once in the partial style
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const dir = process.env.MAMORI_CORPUS_DIR || path.resolve(here, '..', '..', 'shared', 'corpus');

function cases(name) {
  let file = path.join(dir, name);
  if (!existsSync(file)) {
    if (process.env.MAMORI_REQUIRE_CORPUS === '1') throw new Error(`the corpus is missing at ${file}`);
    file = path.resolve(here, '..', 'tests', 'fixtures', name);
    console.error(`fuzz seeds: no shared corpus at ${dir}; seeding from ${path.relative(path.resolve(here, '..'), file)}`);
  }
  return readFileSync(file, 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

function write(target, seeds) {
  const out = path.join(here, 'corpus', target);
  mkdirSync(out, { recursive: true });
  for (const seed of seeds) {
    const bytes = Buffer.isBuffer(seed) ? seed : Buffer.from(seed, 'utf8');
    const name = 'seed-' + createHash('sha1').update(bytes).digest('hex').slice(0, 16);
    writeFileSync(path.join(out, name), bytes);
  }
  console.error(`fuzz seeds: ${seeds.length} for ${target}`);
}

const forms = cases('forms.jsonl');
const redacts = cases('redact.jsonl');
const phones = cases('phone.jsonl');
const texts = [
  ...cases('normalize.jsonl').map((c) => c.input),
  ...forms.flatMap((c) => Object.values(c.form).filter((v) => typeof v === 'string')),
  ...redacts.map((c) => c.text),
];

// The option prefix of fuzz_targets/redact.rs: kinds (u16, 0 = the defaults), style
// (0 mask, 1 label, 2 partial), keepLast, rules (bit mask of its RULES).
const DEFAULTS = [0, 0, 0, 4, 0];
const ALL_KINDS = [0xff, 0xff, 0, 4, 0];
const PARTIAL = [0, 0, 2, 4, 0];
const redactSeed = (text, options) => Buffer.concat([Buffer.from(options), Buffer.from(text, 'utf8')]);

write('normalize', texts);
write('parse_phone', phones.map((c) => c.input));
write('validate_form', forms.map(({ form: f }) =>
  [f.inquiryType, f.name, f.phone, f.email, f.body].map((v) => (typeof v === 'string' ? v : '')).join('\u001f')));
write('redact', [DEFAULTS, ALL_KINDS, PARTIAL].flatMap((o) => redacts.map((c) => redactSeed(c.text, o))));
// Records as an export has them: the texts as a field, a number, a nested object.
write('redact_json', redacts.map((c, i) => JSON.stringify({ id: i, body: c.text, memo: i % 2 ? c.text.slice(0, 30) : i, x: { body: c.text.slice(0, 10) } })));
// CSV exports of the texts: a style byte (bits 0-1 the line break: 0 \n, 1 \r\n,
// 2 \r; bit 2 every field quoted; bit 3 the end of the input), then the records.
const csvField = (v) => (/[",\r\n\ufeff]|^ | $/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
write('csv_records', [0, 1, 2, 9].map((style) => {
  const nl = ['\n', '\r\n', '\r'][style & 3];
  const rows = redacts.slice(0, 40).map((c, i) => [String(i), c.text, i % 2 ? c.text.slice(0, 30) : ''].map(csvField).join(','));
  return Buffer.concat([Buffer.from([style]), Buffer.from(rows.join(nl) + nl, 'utf8')]);
}));
