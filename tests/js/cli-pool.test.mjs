// The lanes of `mamori <command> --jobs N` (cli/lib/pool.js): a batch goes to the
// worker thread with the fewest out, and to the run's own thread once every worker
// has two; the two lanes give the same results for the same batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const lib = path.join(root, 'pkg', 'bin', 'lib');
const { Pool } = require(path.join(lib, 'pool.js'));
const { workFor } = require(path.join(lib, 'work.js'));
const engine = path.join(root, 'pkg', 'node', 'mamori.js');

/**
 * A JSONL batch of `lines` (one piece starting at line and record `first`), in a
 * buffer of its own, as the run makes it for a worker.
 * @param {string[]} lines
 * @param {number} first
 */
function jsonlWork(lines, first) {
  const text = lines.map((l) => `${l}\n`).join('');
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  const ends = new Uint32Array(lines.length);
  let at = 0;
  lines.forEach((l, i) => {
    at += Buffer.byteLength(l) + 1;
    ends[i] = at;
  });
  return { kind: 'jsonl', bytes, ends, regions: Float64Array.of(lines.length, first, first), records: lines.length, shape: null };
}

/** The batch `work` again, in memory of its own (a worker takes the original's). */
function copyOf(work) {
  return { ...work, bytes: Buffer.from(work.bytes), ends: work.ends.slice(), regions: work.regions.slice() };
}

/** What the run reads of a lane's results: the engine's output and findings. */
function plain(done) {
  assert.equal(done.kind, 'engine');
  return {
    written: Buffer.from(done.written).toString('utf8'),
    spans: [...done.spans],
    found: [...done.found],
    names: done.names,
  };
}

test('--jobs: the run takes a batch itself only when each worker has two out, and both lanes agree', async () => {
  const setup = { engine, name: 'redact', values: {} };
  const work = workFor(require(engine), 'redact', {});
  const local = [];
  const pool = new Pool(1, setup, (/** @type {any} */ batch) => {
    local.push(batch);
    return work(batch);
  });
  try {
    const batches = [0, 1, 2, 3].map((n) => jsonlWork([
      JSON.stringify({ id: `a${n}`, body: `マイナンバー 1234 5678 9018 (${n})` }),
      JSON.stringify({ id: `b${n}`, body: '保険者番号 06139833 記号 12-34 番号 567' }),
      '{"id": "c", "body": ',
      JSON.stringify({ id: `d${n}`, body: 'ご注文番号 4980123456789 のお届けについて' }),
    ], 4 * n + 1));
    const expected = batches.map((b) => plain(work(copyOf(b))));
    // Sent at once: the worker cannot have answered the first two before the others go.
    const sent = batches.map((b) => pool.run(b));
    assert.equal(local.length, 2, 'the third and fourth batches are the run\'s own');
    assert.equal(local[0].regions[1], 9);
    assert.equal(local[1].regions[1], 13);
    const got = (await Promise.all(sent)).map(plain);
    assert.deepEqual(got, expected);
    // The engine masked the My Number and left the broken line to the script (-2).
    assert.match(got[0].written, /\*\*\*\* \*\*\*\* \*\*\*\*/);
    assert.deepEqual(got[0].spans.slice(4, 6), [-2, -2]);
    assert.ok(got[0].names.includes('my_number'));
  } finally {
    await pool.close();
  }
});

test('--jobs: a pool with no worker works on every batch in the run\'s own thread', async () => {
  const work = workFor(require(engine), 'redact', {});
  let calls = 0;
  const pool = new Pool(0, { engine, name: 'redact', values: {} }, (/** @type {any} */ batch) => {
    calls++;
    return work(batch);
  });
  const done = await pool.run(jsonlWork([JSON.stringify({ body: 'マイナンバー 1234 5678 9018' })], 1));
  assert.equal(calls, 1);
  assert.match(plain(done).written, /\*\*\*\* \*\*\*\* \*\*\*\*/);
  await pool.close();
});
