// mamori <command> --jobs N: worker threads change nothing a run gives. The output,
// the messages and the summary on stderr (its timing figures aside) and the exit code
// are byte for byte those of --jobs 1, on the corpus exported as JSONL and as CSV,
// with bad records, phone numbers that are not valid, and --strict.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedOrFixture } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const { stringify } = require('csv-stringify/sync');
const bin = path.join(root, 'pkg', 'bin', 'mamori.js');

const tmp = mkdtempSync(path.join(tmpdir(), 'mamori-jobs-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, err: r.stderr.toString('utf8') };
}

/** The summary's timing figures ("… MB in 0.1 s, 12.3 MB/s") left out. */
function untimed(err) {
  return err.replace(/ in [0-9.]+ s, [0-9.]+ MB\/s\)/g, ')');
}

/** Runs `args` with --jobs 1 and --jobs 2 and checks that both give the same. */
function same(args, files = []) {
  const results = ['1', '2'].map((jobs) => {
    const r = run([...args, '--jobs', jobs]);
    return { code: r.code, stdout: r.stdout, err: untimed(r.err), files: files.map((f) => readFileSync(f)) };
  });
  const [one, two] = results;
  assert.equal(two.code, one.code, `${args.join(' ')}: exit code`);
  assert.equal(two.err, one.err, `${args.join(' ')}: stderr`);
  assert.ok(two.stdout.equals(one.stdout), `${args.join(' ')}: stdout`);
  files.forEach((f, i) => assert.ok(two.files[i].equals(one.files[i]), `${args.join(' ')}: ${f}`));
  return one;
}

// The corpus a few times over (several batches for the workers), with phone numbers,
// a line that is not JSON, a blank line and a record with a number for a body.
const records = sharedOrFixture('redact.jsonl');
const rows = [];
for (let round = 0; round < Math.max(2, Math.ceil(1200 / records.length)); round++) {
  records.forEach((r, i) => {
    rows.push({ id: `${r.id}-${round}`, body: r.text, memo: `控え ${i} ０３ー１２３４ー５６７８`, phone: i % 3 ? '０３ー１２３４ー５６７８' : `0${i}-12` });
  });
}
const bad = 500;
const jsonl = path.join(tmp, 'export.jsonl');
writeFileSync(jsonl, rows.map((r, i) => {
  if (i === bad) return '{"id": "broken", "body": \n';
  if (i === bad + 1) return '\n';
  if (i === bad + 2) return `${JSON.stringify({ ...r, body: 1234567890123 })}\n`;
  return `${JSON.stringify(r)}\n`;
}).join(''));
const csv = path.join(tmp, 'export.csv');
writeFileSync(csv, stringify([['id', 'body', 'memo', 'phone'], ...rows.map((r, i) => (i === bad ? [r.id, r.body] : [r.id, r.body, r.memo, r.phone]))]));

test('--jobs 2 gives what --jobs 1 gives: JSONL', () => {
  const r = same(['redact', '--in', jsonl, '--kinds', 'all', '--fields', 'body,memo']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /1 failed/);
  same(['normalize', '--in', jsonl, '--fields', 'body,memo:kana']);
  const p = same(['phone', '--in', jsonl, '--to', 'e164']);
  assert.match(p.err, /is not a valid Japanese phone number/);
  same(['validate', '--in', jsonl]);
  same(['validate', '--in', jsonl, '--out', 'results.csv'], [path.join(tmp, 'results.csv')]);
});

test('--jobs 2 gives what --jobs 1 gives: CSV', () => {
  const r = same(['redact', '--in', csv, '--kinds', 'all', '--fields', 'body,memo']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /2 fields where the header has 4/);
  same(['normalize', '--in', csv, '--fields', 'body,memo:kana']);
  same(['phone', '--in', csv]);
  same(['validate', '--in', csv, '--out', 'results.jsonl'], [path.join(tmp, 'results.jsonl')]);
});

test('--jobs 2 gives what --jobs 1 gives: CSV records the engine reads, refused and not', () => {
  // Several chunks (of 256 KiB) of records the engine reads, a record with a field
  // too few and a blank line in the last one.
  const big = path.join(tmp, 'big.csv');
  const once = rows.map((r) => [r.id, r.body, r.memo, r.phone]);
  // Copies of the rows past 700 KiB, whichever corpus they come from.
  const copies = Math.ceil((700 * 1024) / stringify(once).length);
  const body = Array.from({ length: copies }, () => once).flat();
  const late = body.length - 3;
  writeFileSync(big, stringify([['id', 'body', 'memo', 'phone'], ...body.map((f, i) => (i === late ? f.slice(0, 3) : f))], { record_delimiter: 'windows' }).replace(/\r\n(?=[^\r\n]*$)/, '\r\n\r\n'));
  assert.ok(readFileSync(big).length > 600 * 1024, 'several chunks');
  const rejects = path.join(tmp, 'rejects.csv');
  const out = path.join(tmp, 'big.out.csv');
  const r = same(['redact', '--in', big, '--out', out, '--rejects', rejects, '--kinds', 'all', '--fields', 'body,memo'], [out, rejects]);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /3 fields where the header has 4/);
  assert.equal(readFileSync(rejects, 'utf8'), stringify([body[late].slice(0, 3)], { record_delimiter: 'windows' }));
});

test('--jobs 2 gives what --jobs 1 gives: --strict and --rejects', () => {
  const rejects = path.join(tmp, 'rejects.jsonl');
  const out = path.join(tmp, 'out.jsonl');
  const r = same(['redact', '--in', jsonl, '--out', out, '--strict', '--rejects', rejects], [out, rejects]);
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`${bad + 1} read, ${bad} written, 1 failed`));
  assert.equal(readFileSync(out, 'utf8').split('\n').length, bad + 1);
  same(['redact', '--in', csv, '--out', 'out.csv', '--strict'], [path.join(tmp, 'out.csv')]);
  same(['redact', '--in', jsonl, '--out', out, '--rejects', rejects], [out, rejects]);
  // Broken CSV quoting ends the run where it is, workers or not.
  const broken = path.join(tmp, 'broken.csv');
  writeFileSync(broken, `${readFileSync(csv, 'utf8')}x,"a "quoted" word",m,p\nnever,read,m,p\n`);
  assert.equal(same(['redact', '--in', broken]).code, 2);
});

test('--jobs takes a whole number of 1 or more', () => {
  for (const jobs of ['0', 'abc', '-1', '1.5', '']) {
    const r = run(['redact', '--in', jsonl, `--jobs=${jobs}`]);
    assert.equal(r.code, 2, `--jobs ${jobs}`);
    assert.match(r.err, /--jobs must be a whole number/);
    assert.equal(r.stdout.length, 0);
  }
  assert.match(run(['redact', '--help']).stdout.toString(), /--jobs N/);
});

test('a byte order mark: kept at the start of the rewritten input, left out of a report', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  const body = Buffer.from(`${JSON.stringify({ id: 1, body: 'マイナンバー 1234 5678 9018' })}\n`, 'utf8');
  const marked = path.join(tmp, 'marked.jsonl');
  writeFileSync(marked, Buffer.concat([BOM, body]));
  const rewritten = same(['redact', '--in', marked]).stdout;
  assert.ok(rewritten.subarray(0, 3).equals(BOM), 'the mark stays first');
  assert.equal(rewritten.subarray(3).toString('utf8'), `${JSON.stringify({ id: 1, body: 'マイナンバー **** **** ****' })}\n`);
  const report = same(['validate', '--in', marked]).stdout;
  assert.ok(!report.subarray(0, 3).equals(BOM), 'a report starts with its own text');
  assert.match(report.toString('utf8'), /^\{/);
});
