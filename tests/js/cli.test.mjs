// The mamori command line (pkg/bin/mamori.js) on exports made from the redact corpus:
// JSONL and CSV round trips, bad records, --strict, piping, the summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { sharedOrFixture } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const mamori = require(path.join(root, 'pkg') + '/');
const { stringify } = require('csv-stringify/sync');
const { parse } = require('csv-parse/sync');
const bin = path.join(root, 'pkg', 'bin', 'mamori.js');
const ALL_KINDS = [
  'my_number', 'insurer_number', 'insured_number', 'public_expense_payer',
  'public_expense_recipient', 'credit_card', 'bank_account', 'passport',
  'residence_card', 'drivers_license', 'pension_number', 'phone', 'email',
];

const tmp = mkdtempSync(path.join(tmpdir(), 'mamori-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args, { input, cwd = tmp } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, cwd, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

/** Labelled texts: the shared redaction corpus when it is there, else the project's fixture. */
function corpus() {
  return sharedOrFixture('redact.jsonl');
}

/** The raw values the corpus marks in `text`. */
function spanValues(rec) {
  return rec.spans.map((s) => rec.text.slice(s.start, s.end));
}

const ALNUM = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;

/**
 * No letter or digit of a marked value is left in `masked` ("mask" keeps the length,
 * so the value sits where it was), and no long value appears anywhere in `whole`.
 * (A short 記号 such as "12" may well occur elsewhere, in a date say.)
 */
function assertNoRawValue(rec, masked, whole, spans = rec.spans) {
  assert.equal(masked.length, rec.text.length, `record ${rec.id}: the mask keeps the length`);
  for (const s of spans) {
    const raw = rec.text.slice(s.start, s.end);
    assert.ok(!ALNUM.test(masked.slice(s.start, s.end)), `record ${rec.id}: a ${s.kind} at ${s.start} is not masked`);
    if (raw.replace(/[^0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/g, '').length >= 6) {
      assert.ok(!whole.includes(raw), `record ${rec.id}: a raw ${s.kind} is left in the output`);
    }
  }
}

/** Findings of the engine per kind over all texts, as the summary must count them. */
function expectedFindings(texts, options) {
  const counts = {};
  for (const t of texts) for (const f of mamori.redact(t, options).findings) counts[f.kind] = (counts[f.kind] || 0) + 1;
  return counts;
}

function assertSummary(err, { read, written, failed }) {
  assert.match(err, new RegExp(`${read} read, ${written} written, ${failed} failed`), err);
}

function assertFindingsSummary(err, counts) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  assert.match(err, new RegExp(`findings: ${total}\\b`), err);
  for (const [kind, n] of Object.entries(counts)) assert.match(err, new RegExp(`\\b${kind} ${n}\\b`), err);
}

// A JSONL export: extra fields of every JSON type around the body and a memo, numbers
// written in ways JSON.stringify would not write them, some lines ASCII-escaped.
function jsonlExport(records) {
  return records.map((r, i) => {
    const escaped = i % 7 === 3;
    const enc = (s) => (escaped ? JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : JSON.stringify(s));
    const prefix = `{"id": ${JSON.stringify(r.id)}, "score": 1.0, "amount":1e3, "neg": -0.50, "big": 12345678901234567890,` +
      ` "ok": true, "none": null, "tags": ["a", {"body": "2222 3333 4444"}], "note": "said \\"hi\\", then, \\n left",` +
      ` "received": "2026-07-0${(i % 9) + 1}T10:00:00+09:00", "body": `;
    const middle = `, "nested": {"body": "x"}, "memo" :  `;
    const suffix = ` , "tail": [1.50, 2E-3] }`;
    return { prefix, body: enc(r.text), middle, memo: enc(`控え ${r.id}`), suffix, line: `${prefix}${enc(r.text)}${middle}${enc(`控え ${r.id}`)}${suffix}` };
  });
}

test('redact: a JSONL export round trip keeps every record, their order and every other byte', () => {
  const records = corpus();
  const lines = jsonlExport(records);
  const input = path.join(tmp, 'export.jsonl');
  const output = path.join(tmp, 'export.masked.jsonl');
  writeFileSync(input, lines.map((l) => `${l.line}\n`).join(''));
  const r = run(['redact', '--in', input, '--out', output, '--kinds', 'all', '--fields', 'body,memo']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '', 'nothing on stdout when --out is a file');
  const out = readFileSync(output, 'utf8').split('\n');
  assert.equal(out.pop(), '', 'the output ends with a newline like the input');
  assert.equal(out.length, records.length, 'same record count');
  const options = { kinds: ALL_KINDS };
  out.forEach((line, i) => {
    const l = lines[i];
    const rec = records[i];
    // Every byte outside the two rewritten values is the input's.
    assert.ok(line.startsWith(l.prefix), `record ${rec.id}: the fields before body are unchanged`);
    assert.ok(line.endsWith(l.suffix), `record ${rec.id}: the fields after memo are unchanged`);
    const parsed = JSON.parse(line);
    assert.equal(parsed.id, rec.id, 'same order');
    assert.equal(parsed.body, mamori.redact(rec.text, options).text, `record ${rec.id}: body is what redact() gives`);
    const body = line.slice(l.prefix.length, line.indexOf(l.middle, l.prefix.length));
    if (parsed.body === rec.text) assert.equal(line, l.line, `record ${rec.id}: nothing to mask, the line is byte-identical`);
    else assert.equal(body, JSON.stringify(parsed.body));
    assertNoRawValue(rec, parsed.body, line);
    assert.equal(parsed.tags[1].body, '2222 3333 4444', 'nested fields of the same name are not top-level fields');
  });
  assertSummary(r.err, { read: records.length, written: records.length, failed: 0 });
  assertFindingsSummary(r.err, expectedFindings(records.map((x) => x.text), options));
});

test('redact: a CSV export round trip (quotes, commas, line breaks in fields) in both quoting styles', () => {
  const records = corpus();
  const header = ['id', 'received_at', 'body', 'amount', 'memo'];
  const rows = records.map((rec, i) => [
    rec.id, `2026-07-0${(i % 9) + 1} 10:00`, rec.text, i % 2 ? '1.0' : '12,800',
    `"急ぎ", 折り返し希望\n担当: ${i % 5 ? '田中' : ''}`,
  ]);
  for (const quoted of [false, true]) {
    // Quoted as spreadsheet exports do: every field, or those with a comma, a quote or any line break.
    const opts = { quoted, quoted_match: /[\r\n]/, record_delimiter: '\r\n' };
    const input = path.join(tmp, `export-${quoted}.csv`);
    const output = path.join(tmp, `export-${quoted}.masked.csv`);
    writeFileSync(input, stringify([header, ...rows], opts));
    const r = run(['redact', '--in', input, '--out', output]);
    assert.equal(r.code, 0, r.err);
    // Expected: unchanged records as they were, masked ones serialized in the same style.
    const expected = stringify([header], opts) + rows.map((row) => {
      const masked = mamori.redact(row[2]).text;
      return stringify([masked === row[2] ? row : [row[0], row[1], masked, row[3], row[4]]], opts);
    }).join('');
    const got = readFileSync(output, 'utf8');
    assert.equal(got, expected, `quoted: ${quoted}`);
    const back = parse(got, { columns: true });
    assert.equal(back.length, records.length);
    back.forEach((row, i) => {
      assert.equal(row.id, records[i].id);
      assert.equal(row.memo, rows[i][4]);
      assert.equal(row.amount, rows[i][3]);
      // The default kinds leave phone numbers and e-mail addresses alone.
      const spans = records[i].spans.filter((s) => s.kind !== 'phone' && s.kind !== 'email');
      assertNoRawValue(records[i], row.body, Object.values(row).join('\n'), spans);
    });
    assertSummary(r.err, { read: records.length, written: records.length, failed: 0 });
    assertFindingsSummary(r.err, expectedFindings(records.map((x) => x.text), undefined));
  }
});

test('redact: standard input to standard output gives what --in/--out give', () => {
  const records = corpus().slice(0, 60);
  const data = jsonlExport(records).map((l) => `${l.line}\n`).join('');
  const file = path.join(tmp, 'pipe.jsonl');
  writeFileSync(file, data);
  const viaFiles = run(['redact', '--in', file, '--out', path.join(tmp, 'pipe.out.jsonl')]);
  assert.equal(viaFiles.code, 0);
  const viaPipe = run(['redact'], { input: data });
  assert.equal(viaPipe.code, 0, viaPipe.err);
  assert.equal(viaPipe.out, readFileSync(path.join(tmp, 'pipe.out.jsonl'), 'utf8'));
  const dashes = run(['redact', '--in', '-', '--out', '-', '--format', 'jsonl'], { input: data });
  assert.equal(dashes.out, viaPipe.out);
  // A file on standard input (`< file`), read in larger chunks than a pipe: several
  // of them, with records across their ends.
  const big = data.repeat(Math.ceil(700_000 / data.length));
  const bigFile = path.join(tmp, 'stdin-file.jsonl');
  writeFileSync(bigFile, big);
  const fd = openSync(bigFile, 'r');
  const fromFile = spawnSync(process.execPath, [bin, 'redact', '--jobs', '1'], { stdio: [fd, 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  closeSync(fd);
  assert.equal(fromFile.status, 0, fromFile.stderr.toString('utf8'));
  assert.equal(fromFile.stdout.toString('utf8'), viaPipe.out.repeat(Math.ceil(700_000 / data.length)));
  // CSV through a pipe needs --format (there is no file name to tell it).
  const csv = stringify([['id', 'body'], ...records.map((x) => [x.id, x.text])]);
  const piped = run(['redact', '--format', 'csv'], { input: csv });
  assert.equal(piped.code, 0, piped.err);
  assert.equal(parse(piped.out, { columns: true }).length, records.length);
});

test('redact: the styles and --keep-last reach the engine', () => {
  const rec = corpus().find((r) => r.spans.some((s) => s.kind === 'credit_card'));
  const line = `${JSON.stringify({ id: rec.id, body: rec.text })}\n`;
  for (const [args, options] of [
    [['--style', 'label'], { style: 'label' }],
    [['--style', 'partial'], { style: 'partial' }],
    [['--style', 'partial', '--keep-last', '2'], { style: 'partial', keepLast: 2 }],
    [['--kinds', 'credit_card'], { kinds: ['credit_card'] }],
    [['--kinds', 'default,phone,email'], { kinds: ALL_KINDS }],
  ]) {
    const r = run(['redact', ...args], { input: line });
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).body, mamori.redact(rec.text, options).text, args.join(' '));
  }
  const one = run(['redact', rec.text]);
  assert.equal(one.code, 0);
  assert.equal(one.out, `${mamori.redact(rec.text).text}\n`, 'TEXT arguments are masked and printed');
});

test('redact: unreadable records are reported with their line, left out, and the run goes on', () => {
  const [a, b, c] = corpus().filter((r) => r.spans.some((s) => s.kind === 'my_number'));
  const secret = spanValues(a)[0];
  const lines = [
    JSON.stringify({ id: 1, body: a.text }),
    '',
    `{"id": 2, "body": "${secret}" oops}`,
    '[1, 2]',
    JSON.stringify({ id: 3, body: b.text }),
  ];
  const bad = Buffer.from('{"id": 4, "body": "\xff"}\n', 'latin1'); // not UTF-8
  const input = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), bad, Buffer.from(`${JSON.stringify({ id: 5, body: c.text })}`)]);
  const file = path.join(tmp, 'bad.jsonl');
  writeFileSync(file, input);
  const rejects = path.join(tmp, 'bad.rejects.jsonl');
  const r = run(['redact', '--in', file, '--rejects', rejects]);
  assert.equal(r.code, 1, 'exit code 1: some records failed');
  const out = r.out.split('\n');
  assert.deepEqual(out.filter((l) => l.trim()).map((l) => JSON.parse(l).id), [1, 3, 5], 'the good records, in order');
  assert.equal(out[1], '', 'a blank line is kept as it was');
  assert.ok(!r.out.endsWith('\n'), 'the last line had no newline and gets none');
  assert.match(r.err, /line 3 \(record 2\): not valid JSON/);
  assert.match(r.err, /line 4 \(record 3\): not a JSON object/);
  assert.match(r.err, /line 6 \(record 5\): not valid UTF-8/);
  assert.ok(!r.err.includes(secret), 'stderr never shows the content of a record');
  assertSummary(r.err, { read: 6, written: 3, failed: 3 });
  assert.deepEqual(readFileSync(rejects), Buffer.concat([Buffer.from(`${lines[2]}\n${lines[3]}\n`), bad]),
    '--rejects gets the failed lines as they were, byte for byte');
});

test('redact --strict stops at the first bad record, keeps what was written, exits 2', () => {
  const good = corpus().slice(0, 3).map((r) => JSON.stringify({ id: r.id, body: r.text }));
  const input = [good[0], good[1], '{"id": "broken"', good[2]].join('\n') + '\n';
  const out = path.join(tmp, 'strict.jsonl');
  const r = run(['redact', '--strict', '--out', out], { input });
  assert.equal(r.code, 2);
  assert.match(r.err, /line 3 \(record 3\): /);
  assert.match(r.err, /--strict/);
  assertSummary(r.err, { read: 3, written: 2, failed: 1 });
  const written = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
  assert.deepEqual(written, [JSON.parse(good[0]).id, JSON.parse(good[1]).id]);
});

test('redact: CSV records with the wrong number of fields fail; broken quoting stops the run', () => {
  const recs = corpus().slice(0, 3);
  const csv = 'id,body\n' + stringify(recs.slice(0, 2).map((r) => [r.id, r.text])) + 'x,y,z\n' + stringify([[recs[2].id, recs[2].text]]);
  const r = run(['redact', '--format', 'csv'], { input: csv });
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(parse(r.out, { columns: true }).map((x) => x.id), [recs[0].id, recs[1].id, recs[2].id]);
  const line = 2 + recs.slice(0, 2).reduce((n, x) => n + x.text.split('\n').length, 0);
  assert.match(r.err, new RegExp(`line ${line} \\(record 3\\): 3 fields where the header has 2`));
  assertSummary(r.err, { read: 4, written: 3, failed: 1 });

  const broken = 'id,body\n1,fine\n2,"a "quoted" word"\n3,never read\n';
  const b = run(['redact', '--format', 'csv'], { input: broken });
  assert.equal(b.code, 2);
  assert.equal(b.out, 'id,body\n1,fine\n', 'what came before is written');
  assert.match(b.err, /line 3: broken CSV quoting/);
  const header = run(['redact', '--format', 'csv', '--fields', 'message'], { input: broken });
  assert.equal(header.code, 2);
  assert.match(header.err, /no column "message"/);
});

test('redact: a record longer than the limit fails alone, memory stays bounded', () => {
  const huge = `{"body": "${'1'.repeat(17 * 1024 * 1024)}"}`;
  const input = `{"id": 1, "body": "a"}\n${huge}\n{"id": 2, "body": "b"}\n`;
  const r = run(['redact'], { input });
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /line 2 \(record 2\): record longer than/);
  assert.deepEqual(r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l).id), [1, 2]);
});

test('redact: usage errors exit 2 and point to --help; the input file is never the output', () => {
  const file = path.join(tmp, 'same.jsonl');
  writeFileSync(file, '{"body": "x"}\n');
  for (const args of [
    ['redact', '--style', 'blur'],
    ['redact', '--kinds', 'ssn'],
    ['redact', '--keep-last', '2'],
    ['redact', '--style', 'partial', '--keep-last', 'two'],
    ['redact', '--format', 'xml'],
    ['redact', '--bogus'],
    ['redact', '--in', file, '--out', file],
    ['redact', 'text', '--in', file],
    ['redact', '--in', file, '--out', path.join(tmp, 'o.jsonl'), '--rejects', path.join(tmp, 'o.jsonl')],
  ]) {
    const r = run(args, { input: '' });
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /--help/, args.join(' '));
    assert.equal(r.out, '');
  }
  assert.equal(readFileSync(file, 'utf8'), '{"body": "x"}\n', 'the input was not truncated');
  const missing = run(['redact', '--in', path.join(tmp, 'nope.jsonl')]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read .*nope\.jsonl: ENOENT/);
  const unknown = run(['mask']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "mask"/);
});

test('the JSONL and CSV readers give the same output however the input is cut into chunks', () => {
  const { JsonlReader } = require(path.join(root, 'pkg', 'bin', 'lib', 'jsonl.js'));
  const { CsvReader } = require(path.join(root, 'pkg', 'bin', 'lib', 'csv.js'));
  const command = {
    mode: 'rewrite',
    fields: [{ name: 'body' }],
    rewrite: (v) => v.replace(/[0-9]/g, '*'),
  };
  function feed(Reader, bytes, cuts) {
    const failed = [];
    const ctx = {
      command, stats: { read: 0, written: 0, failed: 0 }, maxRecordBytes: 1 << 20, stopped: false, fatal: null,
      fail: (where, message) => failed.push(`${where.line}:${message}`),
    };
    const reader = new Reader(ctx);
    const pieces = [];
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      pieces.push(...reader.push(bytes.subarray(from, cut)));
      from = cut;
    }
    pieces.push(...reader.end());
    const out = pieces.map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join('');
    return `${out}|${failed.join(',')}|${ctx.stats.read}/${ctx.stats.written}`;
  }
  const cases = [
    [JsonlReader, '{"id":1,"body":"カード 1234"}\r\n\n{"body":"éé 56", "n": 1.0}\n{bad}\n{"x":"\\u3042 9"}'],
    [CsvReader, 'id,body\r\n1,"a,""b"" 12\r\nc 3"\r\n\r\n2,x 4\r\nonly\r\n3,"é 5"'],
    [CsvReader, 'id,body\n1,"a\nb 7"\n2,x\n'],
    [CsvReader, 'id,body\r1,x 8\r2,"y\r9"\r'],
  ];
  for (const [Reader, text] of cases) {
    const bytes = Buffer.from(text);
    const whole = feed(Reader, bytes, []);
    for (let i = 0; i <= bytes.length; i++) {
      for (let j = i; j <= bytes.length; j += 3) {
        assert.equal(feed(Reader, bytes, [i, j]), whole, `${Reader.name}, cut at ${i} and ${j}`);
      }
    }
  }
  assert.equal(feed(CsvReader, Buffer.from('id,body\r\n1,"a 1\r\nb"\r\n2,x\r\n'), []), 'id,body\r\n1,"a *\r\nb"\r\n2,x\r\n||2/2');
});
