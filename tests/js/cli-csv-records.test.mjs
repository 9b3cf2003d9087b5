// mamori redact on CSV: the engine's path (redactCsvRecords, the plain records of a
// chunk in one call) gives exactly what the Papa Parse path gives, record by record:
// the same bytes out, the same kinds counted, the same records refused and the same
// stop at broken quoting, however the input is cut into chunks; the records it does
// not read (a quote inside a field, a stray line break, a byte order mark) go to
// Papa Parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sharedOrFixture } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const m = require(path.join(root, 'pkg', 'node', 'mamori.js'));
const { commands } = require(path.join(root, 'pkg', 'bin', 'lib', 'commands.js'));
const { CsvReader } = require(path.join(root, 'pkg', 'bin', 'lib', 'csv.js'));
const { stringify } = require('csv-stringify/sync');

test('redactCsvRecords: the example of its declaration; wrong arguments are refused by name; rules reach the build that has them', () => {
  const bytes = new TextEncoder().encode('7,マイナンバー 1234 5678 9018\r\n');
  const shape = { newline: '\r\n', width: 2, columns: new Uint32Array([1]), quoteAll: false };
  const r = m.redactCsvRecords(bytes, shape, true);
  assert.equal(new TextDecoder().decode(r.bytes.subarray(r.spans[0], r.spans[1])), '7,マイナンバー **** **** ****\r\n');
  assert.deepEqual([r.taken, r.irregular, [...r.ends], [...r.lines], [...r.found], r.names], [bytes.length, false, [bytes.length], [1], [0, 0, 1, 0], ['my_number']]);
  // A blank line, a record with a field too many, one cut by the end of the input.
  const more = new TextEncoder().encode('\r\n1,2,3\r\n8,"a');
  const s = m.redactCsvRecords(more, shape, false);
  assert.deepEqual([s.taken, s.irregular, [...s.ends], [...s.spans]], [9, false, [2, 9], [-3, -3, -2, 3]]);
  // A quote inside a plain field: left to a full reader.
  const odd = m.redactCsvRecords(new TextEncoder().encode('1,x\r\n2,a"b\r\n'), shape, true);
  assert.deepEqual([odd.taken, odd.irregular], [5, true]);
  for (const [call, type, message] of [
    [() => m.redactCsvRecords('x', shape, true), TypeError, /`bytes` must be a Uint8Array/],
    [() => m.redactCsvRecords(bytes, null, true), TypeError, /`shape` must be an object/],
    [() => m.redactCsvRecords(bytes, { ...shape, newline: ';' }, true), TypeError, /`shape.newline`/],
    [() => m.redactCsvRecords(bytes, { ...shape, width: 0 }, true), TypeError, /`shape.width`/],
    [() => m.redactCsvRecords(bytes, { ...shape, columns: [1] }, true), TypeError, /`shape.columns` must be a Uint32Array/],
    [() => m.redactCsvRecords(bytes, { ...shape, quoteAll: 1 }, true), TypeError, /`shape.quoteAll` must be a boolean/],
    [() => m.redactCsvRecords(bytes, shape, 'yes'), TypeError, /`last` must be a boolean/],
    [() => m.redactCsvRecords(bytes, shape, true, { style: 'x' }), TypeError, /options\.style/],
    [() => m.redactCsvRecords(new Uint8Array(32 * 1024 * 1024 + 1), shape, true), RangeError, /longer than 32 MiB/],
  ]) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
  }
  // A custom rule: the call goes to the build with the regex engine.
  const order = new TextEncoder().encode('1,注文 AB-1234\n');
  const custom = m.redactCsvRecords(order, { ...shape, newline: '\n' }, true, { rules: [{ kind: 'order', pattern: 'AB-\\d+' }] });
  assert.equal(new TextDecoder().decode(custom.bytes.subarray(custom.spans[0], custom.spans[1])), '1,注文 **-****\n');
  assert.deepEqual(custom.names, ['order']);
});

test('CSV: the engine path writes, counts and refuses what the Papa Parse path does, however the input is cut', () => {
    /** Feeds `bytes` cut at `cuts` to a reader of the redact command, with or without the engine's `csv`. */
  function feed(bytes, cuts, engine, values = { fields: 'body,memo', kinds: 'all' }) {
    const command = commands.redact(m, values);
    if (!engine) delete command.csv;
    const failed = [];
    const ctx = {
      command, stats: { read: 0, written: 0, failed: 0 }, maxRecordBytes: 1 << 20, stopped: false, fatal: null,
      fail: (where, message, raw) => failed.push(`${where.line}/${where.record}:${message}:${Buffer.from(raw).toString('hex')}`),
    };
    const reader = new CsvReader(ctx);
    const pieces = [];
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      pieces.push(...reader.push(bytes.subarray(from, cut)));
      from = cut;
    }
    if (!ctx.stopped) pieces.push(...reader.end());
    const out = Buffer.concat(pieces.map((p) => Buffer.from(p))).toString('utf8');
    return `${out}|${failed.join(',')}|${ctx.stats.read}/${ctx.stats.written}/${ctx.stats.failed}|${ctx.fatal?.message ?? ''}|${command.summary().join(';')}`;
  }
  const card = '4111 1111 1111 1111';
  const cases = [
    // Quoted and plain fields, a field that needs no quotes written quoted, a
    // quote inside, line breaks inside, a blank line, a record with a field too many.
    `id,body,memo\r\n1,"カード ${card}","a ""b"""\r\n2,電話 03-1234-5678,\r\n\r\n3,"x\r\n保険者番号 06139996",memo\r\n4,too,many,fields\r\n5," lead ${card}",\r\n`,
    // A header that quotes every field: changed records are written so.
    `"id","body","memo"\n"1","マイナンバー 1234 5678 9018",""\n"2","none","x"\n`,
    // A quote inside a plain field (read by Papa Parse alone), then plain records again.
    `id,body,memo\n1,say "hi" ${card},m\n2,"カード ${card}",m\n3,口座 1234567,m\n`,
    // Records ended by \r; the last one without a line break.
    `id,body,memo\r1,"a\r${card}",\r2,x,"y ${card}"`,
    // A carriage return inside a plain field of a \n file, and a byte order mark.
    `id,body,memo\n1,a\rb ${card},\n\ufeff2,${card},\n3,ok,\n`,
    // Broken quoting stops the run where it is.
    `id,body,memo\n1,"カード ${card}",m\n2,"a "quoted" word",m\n3,never read,m\n`,
  ];
  for (const text of cases) {
    const bytes = Buffer.from(text);
    const slow = feed(bytes, [], false);
    assert.equal(feed(bytes, [], true), slow, `whole: ${JSON.stringify(text)}`);
    for (let i = 0; i <= bytes.length; i += 2) {
      assert.equal(feed(bytes, [i], true), slow, `cut at ${i}: ${JSON.stringify(text)}`);
      assert.equal(feed(bytes, [i, i + 1], true), slow, `cut at ${i} and ${i + 1}: ${JSON.stringify(text)}`);
    }
  }
  // The labelled corpus as an export, quoted where needed and everywhere.
  const records = sharedOrFixture('redact.jsonl');
  for (const quoted of [false, true]) {
    const rows = records.map((r, i) => [r.id, r.text, i % 3 ? r.text.slice(0, 40) : '']);
    const bytes = Buffer.from(stringify([['id', 'body', 'memo'], ...rows], { quoted, record_delimiter: 'windows' }));
    const slow = feed(bytes, [], false);
    assert.ok(slow.includes('*'), 'the corpus has values to mask');
    for (const cuts of [[], [bytes.length >> 2, bytes.length >> 1], [4096, 65536, 65537]]) {
      assert.equal(feed(bytes, cuts, true), slow, `the corpus, quoted ${quoted}, cut at ${cuts}`);
    }
  }
  // Other options reach the engine as they reach the record-by-record path.
  for (const values of [{ fields: 'memo,body', style: 'label' }, { fields: 'body', style: 'partial', 'keep-last': '2', kinds: 'credit_card' }]) {
    for (const text of cases) {
      const bytes = Buffer.from(text);
      assert.equal(feed(bytes, [bytes.length >> 1], true, values), feed(bytes, [], false, values), `${JSON.stringify(values)}: ${JSON.stringify(text)}`);
    }
  }
  // The engine did the work: a record it changed is in the output, masked.
  assert.match(feed(Buffer.from(cases[0]), [], true), /^id,body,memo\r\n1,カード \*{4} \*{4} \*{4} \*{4},"a ""b"""\r\n/);
  // Not UTF-8: the run stops there, the records before it written.
  const head = `id,body,memo\n1,"カード ${card}",m\n`;
  const bad = Buffer.concat([Buffer.from(`${head}2,ok,m\n`), Buffer.from([0x33, 0x2c, 0xff, 0x0a])]);
  const at = Buffer.byteLength(`${head}2,ok,m\n`);
  assert.equal(
    feed(bad, [Buffer.byteLength(head)], true),
    `${head.replace(`"カード ${card}"`, 'カード **** **** **** ****')}2,ok,m\n||2/2/0|the input is not UTF-8 (near byte ${at}); convert it first, e.g. iconv -f SHIFT_JIS -t UTF-8|findings: 1 (credit_card 1)`,
  );
});
