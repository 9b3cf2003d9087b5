// mamori redact on JSON Lines: the engine's path (redactJsonLines, a batch of lines
// in one call) gives, line by line, exactly what the record-by-record JavaScript path
// gives: the same bytes out, the same kinds counted for the same fields, and the
// lines it cannot take (not UTF-8, not an object, a lone surrogate, deep nesting)
// left to that path, which says why they are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sharedOrFixture } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const m = require(path.join(root, 'pkg', 'node', 'mamori.js'));
const { commands } = require(path.join(root, 'pkg', 'bin', 'lib', 'commands.js'));
const { jsonlRecord, jsonlLine, linesCall, kindsAt } = require(path.join(root, 'pkg', 'bin', 'lib', 'jsonl.js'));
const { RecordError } = require(path.join(root, 'pkg', 'bin', 'lib', 'errors.js'));

const ending = (/** @type {string} */ s) => s.endsWith('\n') ? s : `${s}\n`;
const TRICKY = [
  '{"body":"マイナンバー 1234 5678 9018"}',
  '{"body":"口座番号 1234567"}\r\n',
  '{"b\\u006fdy":"口座番号 1234567","id":"x"}',
  '{"body":"改行\\nマイナンバー\\u003a1234 5678 9018\\t\\"引用\\"\\/"}',
  '{"body":"a","body":"口座番号 1234567","memo":"口座番号 7654321"}',
  '{"body":123456789018,"memo":-1234567}',
  '{"body":1.5e3,"memo":0}',
  '{"body":null,"memo":"保険者番号 06139996","x":{"body":"口座番号 1234567"}}',
  '{"body":"\\u0000\\u001f 口座番号 1234567 \\u2028 😀"}',
  '  {"body" : "口座番号 1234567" , "n":[1,2,{"a":"b"}]}  ',
  '{"body":"x\\ud800 口座番号 1234567"}',
  '{"body":"\\ud83d\\ude00 口座番号 1234567"}',
  `{"body":${'['.repeat(600)}${']'.repeat(600)},"memo":"口座番号 1234567"}`,
  '{"body":"口座番号 1234567",}',
  '{"body":"\t口座番号 1234567"}',
  '[{"body":"口座番号 1234567"}]',
  '"口座番号 1234567"',
  '{"id": "broken", "body": ',
  '{}',
  '{"memo":"口座番号 1234567"}',
];

/** The record-by-record path on one line: its output bytes (null: unchanged) or its error. */
function byRecord(command, buf, where) {
  const kinds = [];
  const account = command.account;
  command.account = (effect, field) => kinds.push([field, effect]);
  try {
    const { text, ending: end } = jsonlLine(buf);
    const out = jsonlRecord(command, new Set(command.fields.map((f) => f.name)), text, end, where);
    return { out: out === null ? null : Buffer.from(out, 'utf8'), kinds };
  } catch (e) {
    if (!(e instanceof RecordError)) throw e;
    return { error: e.message, kinds };
  } finally {
    command.account = account;
  }
}

/**
 * The command's `lines` on a batch, line by line: what the engine made of each (its
 * rewritten bytes, null when unchanged, and the kinds found, field by field), or null
 * for a line it leaves to the JavaScript path; null for all when the call fails.
 */
function engineLines(command, bytes, ends) {
  const r = linesCall(command, bytes, ends);
  if (r === null) return null;
  const written = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.length);
  const lines = Array.from(ends, (_, i) => {
    const start = r.spans[2 * i];
    return start === -2 ? null : { out: start === -1 ? null : written.subarray(start, r.spans[2 * i + 1]), effects: [] };
  });
  for (let k = 0; k < r.found.length; k += 3 + r.found[k + 2]) {
    lines[r.found[k]]?.effects.push([command.fields[r.found[k + 1]].name, kindsAt(r, k)]);
  }
  return lines;
}

function compare(lines, values) {
  const command = commands.redact(m, values);
  assert.equal(typeof command.lines, 'function', 'the Node build has redactJsonLines');
  const bufs = lines.map((l) => Buffer.isBuffer(l) ? l : Buffer.from(l, 'utf8'));
  const bytes = Buffer.concat(bufs);
  let at = 0;
  const ends = Uint32Array.from(bufs, (b) => (at += b.length));
  const fast = engineLines(command, bytes, ends);
  assert.ok(fast, 'the engine took the batch');
  let left = 0;
  bufs.forEach((buf, i) => {
    const want = byRecord(command, buf, { line: i + 1, record: i + 1 });
    const got = fast[i];
    if (got === null) {
      left++;
      return;
    }
    assert.equal(want.error, undefined, `line ${i}: the JavaScript path refuses it (${want.error}), the engine took it`);
    assert.deepEqual(got.out && got.out.toString('utf8'), want.out && want.out.toString('utf8'), `line ${i}: ${buf}`);
    assert.deepEqual(got.effects, want.kinds, `line ${i}: kinds`);
  });
  return left;
}

test('tricky lines: the engine gives what the record-by-record path gives, or leaves the line to it', () => {
  const lines = TRICKY.map(ending);
  lines.push(Buffer.from([0x7b, 0x22, 0x62, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a])); // not UTF-8
  lines.push('{"body":"口座番号 1234567"}'); // the last line, without a newline
  const left = compare(lines, { fields: 'body,memo' });
  // Not UTF-8, a lone surrogate, too deep, and the five that are not JSON objects.
  assert.equal(left, 8);
  for (const style of ['label', 'partial']) compare(lines, { fields: 'body,memo', style });
  compare(lines, { fields: 'memo', kinds: 'bank_account,phone,email' });
});

test('the corpus as JSON Lines: the engine gives what the record-by-record path gives', () => {
  const records = sharedOrFixture('redact.jsonl');
  const lines = records.map((r, i) => `${JSON.stringify({ id: r.id, body: r.text, memo: i % 2 ? r.text.slice(0, 40) : i, n: 1.0 })}\n`);
  assert.equal(compare(lines, { fields: 'body,memo' }), 0);
  assert.equal(compare(lines, { fields: 'body', style: 'label', kinds: 'my_number,phone,email,bank_account' }), 0);
});

test('redactJsonLines: the example of its declaration; wrong arguments are refused by name; rules reach the build that has them', () => {
  const bytes = new TextEncoder().encode('{"body":"マイナンバー 1234 5678 9018"}\n');
  const r = m.redactJsonLines(bytes, new Uint32Array([bytes.length]), ['body']);
  assert.equal(new TextDecoder().decode(r.bytes.subarray(r.spans[0], r.spans[1])), '{"body":"マイナンバー **** **** ****"}\n');
  assert.deepEqual([...r.found], [0, 0, 1, 0]);
  assert.deepEqual(r.names, ['my_number']);
  const ends = new Uint32Array([bytes.length]);
  for (const [call, type, message] of [
    [() => m.redactJsonLines('x', ends, ['body']), TypeError, /`bytes` must be a Uint8Array/],
    [() => m.redactJsonLines(bytes, [1], ['body']), TypeError, /`ends` must be a Uint32Array/],
    [() => m.redactJsonLines(bytes, ends, 'body'), TypeError, /`fields` must be an array/],
    [() => m.redactJsonLines(bytes, ends, [1]), TypeError, /`fields` must be an array/],
    [() => m.redactJsonLines(bytes, new Uint32Array([bytes.length + 1]), ['body']), RangeError, /`ends` must cut `bytes`/],
    [() => m.redactJsonLines(bytes, new Uint32Array([5, 2]), ['body']), RangeError, /`ends` must cut `bytes`/],
    [() => m.redactJsonLines(bytes, ends, ['body'], { style: 'x' }), TypeError, /options\.style/],
    [() => m.redactJsonLines(new Uint8Array(32 * 1024 * 1024 + 1), new Uint32Array([1]), ['body']), RangeError, /longer than 32 MiB/],
  ]) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
  }
  // A custom rule: the call goes to the build with the regex engine.
  const line = new TextEncoder().encode('{"body":"注文 AB-1234"}');
  const custom = m.redactJsonLines(line, new Uint32Array([line.length]), ['body'], { rules: [{ kind: 'order', pattern: 'AB-\\d+' }] });
  assert.equal(new TextDecoder().decode(custom.bytes.subarray(custom.spans[0], custom.spans[1])), '{"body":"注文 **-****"}');
  assert.deepEqual(custom.names, ['order']);
});

test('mamori redact --jobs 1: the lines the engine rewrites and those it leaves come out in input order', () => {
  // The tricky lines, with blank lines between some, in one chunk: the engine takes
  // most of them and leaves some to the JavaScript path in between.
  const lines = TRICKY.flatMap((l, i) => (i % 3 === 0 ? [ending(l), '\n', ' \r\n'] : [ending(l)]));
  const input = Buffer.from(lines.join(''), 'utf8');
  const command = commands.redact(m, { fields: 'body,memo' });
  let record = 0;
  const want = Buffer.concat(lines.map((l, i) => {
    const buf = Buffer.from(l, 'utf8');
    if (l.trim() === '') return buf;
    const r = byRecord(command, buf, { line: i + 1, record: ++record });
    return r.error !== undefined ? Buffer.alloc(0) : r.out ?? buf;
  }));
  const cli = path.join(root, 'pkg', 'bin', 'mamori.js');
  const run = spawnSync(process.execPath, [cli, 'redact', '--jobs', '1', '--fields', 'body,memo'], { input });
  assert.equal(run.status, 1, `some records fail: ${run.stderr}`);
  assert.equal(run.stdout.toString('utf8'), want.toString('utf8'));
});
