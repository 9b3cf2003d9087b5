'use strict';
// A worker thread of --jobs: its own engine, and the work on records (work.js), batch
// by batch; the results go back to the run.
const { parentPort, workerData } = require('node:worker_threads');
const { workFor } = require('./work.js');

/** @typedef {import('./pool.js').Setup} Setup */
/** @typedef {import('./pool.js').Batch} Batch */

const setup = /** @type {Setup} */ (workerData);
const work = workFor(require(setup.engine), setup.name, setup.values);

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', (/** @type {Batch} */ batch) => {
  const done = work(batch);
  // A JSONL batch's output and tables go back without a copy (each has a buffer of
  // its own).
  const arrays = done.kind === 'jsonl'
    ? [done.bytes, done.regionEnds, done.status, done.starts, done.lines]
    : done.kind === 'engine' ? [done.written, done.spans, done.found] : [];
  const transfer = arrays.filter((a) => a.byteOffset === 0 && a.byteLength === a.buffer.byteLength).map((a) => /** @type {ArrayBuffer} */ (a.buffer));
  port.postMessage({ id: batch.id, ...done }, transfer);
});
