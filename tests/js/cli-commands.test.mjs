// The mamori command line: validate, normalize and phone; --help of every command;
// the progress bar (only on a terminal); --version.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { sharedOrFixture } from './corpus.mjs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const mamori = require(path.join(root, 'pkg') + '/');
const { stringify } = require('csv-stringify/sync');
const { parse } = require('csv-parse/sync');
const bin = path.join(root, 'pkg', 'bin', 'mamori.js');

const tmp = mkdtempSync(path.join(tmpdir(), 'mamori-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args, { input } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, cwd: tmp, maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

/** Labelled records: the shared corpus when it is there, else the project's fixture. */
function corpus(name) {
  return sharedOrFixture(name);
}

const FORM_FIELDS = ['inquiryType', 'name', 'phone', 'email', 'body'];

test('validate: one result per record, as validateForm gives it; exit code 1 when some are not ok', () => {
  const forms = corpus('forms.jsonl');
  const input = forms.map((f) => `${JSON.stringify({ id: f.id, ...f.form, extra: 1.0 })}\n`).join('');
  const r = run(['validate'], { input });
  const expected = forms.map((f) => mamori.validateForm(f.form));
  const notOk = expected.filter((e) => !e.ok).length;
  assert.ok(notOk > 0 && notOk < forms.length, 'the corpus has both');
  assert.equal(r.code, 1, r.err);
  const results = r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(results.length, forms.length);
  results.forEach((res, i) => {
    assert.equal(res.id, forms[i].id);
    assert.equal(res.line, i + 1);
    assert.equal(res.record, i + 1);
    assert.equal(res.ok, expected[i].ok);
    assert.deepEqual(res.errors, expected[i].errors);
    assert.deepEqual(res.warnings, expected[i].warnings);
    assert.deepEqual(res.disclosure, expected[i].disclosure);
  });
  assert.match(r.err, new RegExp(`${forms.length} read, ${forms.length} written, 0 failed`));
  assert.match(r.err, new RegExp(`forms: ${forms.length - notOk} ok, ${notOk} not ok`));

  // The site's own rules: validateForm's options pass through.
  const options = { required: { email: true }, maxLength: { body: 20 }, emailInsteadOfPhone: false };
  const strict = run(['validate', '--form-options', JSON.stringify(options)], { input });
  const strictResults = strict.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  strictResults.forEach((res, i) => assert.deepEqual(res.errors, mamori.validateForm(forms[i].form, options).errors, forms[i].id));
  assert.ok(strictResults.some((res, i) => res.errors.length !== results[i].errors.length), 'the options change some results');
  for (const bad of ['{"maxLength":', '{"maxLength":{"body":-1}}']) {
    const r2 = run(['validate', '--form-options', bad], { input });
    assert.equal(r2.code, 2, bad);
    assert.match(r2.err, /--help/);
  }

  const good = forms.filter((_, i) => expected[i].ok);
  const allOk = run(['validate', '--quiet'], { input: good.map((f) => `${JSON.stringify(f.form)}\n`).join('') });
  assert.equal(allOk.code, 0, 'exit code 0 when every form is ok');
  assert.equal(allOk.err, '', '--quiet: no summary');
});

test('validate: a CSV export with Japanese headers, --map, --id, results as CSV', () => {
  const forms = corpus('forms.jsonl');
  const headers = ['受付番号', 'お問い合わせの種類', '氏名', '電話番号', 'メールアドレス', 'お問い合わせ内容'];
  const rows = forms.map((f) => [f.id, ...FORM_FIELDS.map((k) => f.form[k] ?? '')]);
  const input = path.join(tmp, 'forms.csv');
  const output = path.join(tmp, 'results.csv');
  writeFileSync(input, stringify([headers, ...rows]));
  const map = FORM_FIELDS.map((k, i) => `${k}=${headers[i + 1]}`).join(',');
  const r = run(['validate', '--in', input, '--out', output, '--map', map, '--id', '受付番号']);
  assert.equal(r.code, 1, r.err);
  const results = parse(readFileSync(output, 'utf8'), { columns: true });
  assert.deepEqual(Object.keys(results[0]), ['line', 'record', 'id', 'ok', 'errors', 'warnings', 'disclosure', 'requester']);
  let line = 2;
  results.forEach((res, i) => {
    const e = mamori.validateForm(forms[i].form);
    assert.equal(res.id, forms[i].id);
    assert.equal(res.line, String(line));
    line += rows[i].join(',').split('\n').length;
    assert.equal(res.ok, String(e.ok));
    assert.equal(res.errors, e.errors.map((x) => `${x.field}:${x.code}`).join(' '));
    assert.equal(res.requester, e.disclosure?.requester ?? '');
  });
  const unmapped = run(['validate', '--in', input]);
  assert.equal(unmapped.code, 2, 'a header with none of the form columns is a usage error');
  assert.match(unmapped.err, /--map/);
  const badMap = run(['validate', '--in', input, '--map', 'fullName=氏名']);
  assert.equal(badMap.code, 2);
});

test('normalize: TEXT arguments and record fields, each with its profile', () => {
  const cases = corpus('normalize.jsonl');
  for (const c of cases.slice(0, 20)) {
    const r = run(['normalize', '--profile', c.profile, c.input]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `${mamori.normalize(c.input, c.profile)}\n`, c.id);
  }
  const records = cases.map((c) => ({ id: c.id, name: c.input, kana: c.input, body: c.input }));
  const input = records.map((x) => `${JSON.stringify(x)}\n`).join('');
  const r = run(['normalize', '--fields', 'name:name,kana:kana,body'], { input });
  assert.equal(r.code, 0, r.err);
  r.out.split('\n').filter(Boolean).forEach((l, i) => {
    const got = JSON.parse(l);
    assert.equal(got.id, records[i].id);
    assert.equal(got.name, mamori.normalize(records[i].name, 'name'));
    assert.equal(got.kana, mamori.normalize(records[i].kana, 'kana'));
    assert.equal(got.body, mamori.normalize(records[i].body, 'text'));
  });
  assert.match(r.err, /changed: name \d+, kana \d+, body \d+/);
  assert.equal(run(['normalize', '--profile', 'nfkc', 'x']).code, 2);
});

test('phone: one JSON result per argument; phone fields rewritten, invalid ones reported', () => {
  const cases = corpus('phone.jsonl').slice(0, 40);
  const r = run(['phone', ...cases.map((c) => c.input)]);
  const lines = r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(lines, cases.map((c) => mamori.parsePhone(c.input)));
  assert.equal(r.code, lines.every((x) => x.valid) ? 0 : 1);

  const valid = cases.filter((c) => mamori.parsePhone(c.input).valid);
  const invalid = cases.filter((c) => !mamori.parsePhone(c.input).valid);
  assert.ok(valid.length && invalid.length, 'the sample has both');
  const csv = stringify([['id', 'phone', 'note'], ...cases.map((c, i) => [i, c.input, 'x, "y"'])]);
  for (const to of ['national', 'e164']) {
    const out = run(['phone', '--format', 'csv', '--to', to], { input: csv });
    assert.equal(out.code, 1, 'some numbers are not valid');
    const rows = parse(out.out, { columns: true });
    rows.forEach((row, i) => {
      const p = mamori.parsePhone(cases[i].input);
      assert.equal(row.phone, p.valid ? p[to] : cases[i].input);
      assert.equal(row.note, 'x, "y"');
    });
    assert.equal((out.err.match(/is not a valid Japanese phone number/g) || []).length, invalid.length);
    assert.match(out.err, new RegExp(`phone numbers: ${valid.length} valid, ${invalid.length} invalid`));
  }
  const ok = run(['phone', '--quiet'], { input: `${JSON.stringify({ phone: valid[0].input })}\n` });
  assert.equal(ok.code, 0);
});

test('--help: every command explains its options and shows examples', () => {
  const top = run(['--help']);
  assert.equal(top.code, 0);
  for (const name of ['redact', 'validate', 'normalize', 'phone']) assert.match(top.out, new RegExp(`^  ${name}\\b`, 'm'));
  const options = {
    redact: ['--fields', '--kinds', '--style', '--keep-last'],
    validate: ['--map', '--id', '--form-options'],
    normalize: ['--profile', '--fields'],
    phone: ['--to', '--fields'],
  };
  for (const [name, own] of Object.entries(options)) {
    for (const args of [[name, '--help'], [name, '-h'], ['help', name]]) {
      const r = run(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.out, new RegExp(`^Usage: mamori ${name}`), args.join(' '));
      for (const o of [...own, '--in', '--out', '--format', '--strict', '--quiet']) assert.ok(r.out.includes(o), `${name} --help names ${o}`);
      const examples = r.out.slice(r.out.indexOf('Examples:'));
      assert.ok(examples.length > 20 && /mamori \w+/.test(examples), `${name} --help has examples`);
    }
  }
  // A topic that is no command, even one named like a member of every object, gets
  // the overview and exit code 2.
  for (const topic of ['nope', 'toString', 'constructor', '__proto__']) {
    const r = run(['help', topic]);
    assert.equal(r.code, 2, `help ${topic}`);
    assert.equal(r.out, top.out, `help ${topic}`);
  }
  const none = run([]);
  assert.equal(none.code, 2, 'no command: usage on stderr, exit 2');
  assert.match(none.err, /Usage: mamori <command>/);
  assert.equal(run(['--version']).out, `${mamori.version()}\n`);
});

test('the progress bar shows on a terminal only, and the output stays clean', () => {
  const recs = corpus('redact.jsonl');
  const input = path.join(tmp, 'progress.jsonl');
  // Big enough (about 20,000 records, whichever set they come from) to take more than
  // the 100 ms between two redraws.
  const lines = [];
  const times = Math.ceil(20_000 / recs.length);
  for (let i = 0; i < times; i++) for (const r of recs) lines.push(JSON.stringify({ id: `${i}-${r.id}`, body: r.text }));
  writeFileSync(input, `${lines.join('\n')}\n`);
  const out = path.join(tmp, 'progress.out.jsonl');
  const piped = run(['redact', '--in', input, '--out', out]);
  assert.equal(piped.code, 0);
  assert.ok(!piped.err.includes('\r') && !piped.err.includes('\x1b['), 'no progress bar when stderr is not a terminal');
  // `script` runs the command on a pseudo-terminal, as a person at a terminal would.
  const cmd = [process.execPath, bin, 'redact', '--in', input, '--out', out].map((a) => `'${a}'`).join(' ');
  const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: tmp, encoding: 'utf8' });
  assert.equal(tty.status, 0, tty.stderr);
  assert.match(tty.stdout, /\r\s*mamori redact {2}\[[#.]{24}\] +\d+%  [\d,]+ records  [\d.]+ MB\/s  ETA \d+:\d\d/);
  assert.match(tty.stdout, /\r\x1b\[K/, 'the bar is cleared before the summary');
  assert.match(tty.stdout, new RegExp(`${lines.length} read, ${lines.length} written, 0 failed`));
  assert.equal(readFileSync(out, 'utf8').split('\n').length, lines.length + 1);
});
