'use strict';
// The worker threads of --jobs: batches of records go out in turn, one worker after
// the other, and come back as promises the run awaits in input order.
const path = require('node:path');
const { Worker } = require('node:worker_threads');

/**
 * What a worker is started with.
 * @typedef {object} Setup
 * @property {string} engine the path of the Node build
 * @property {import('./main.js').CommandName} name
 * @property {import('./commands.js').Values} values the command's options
 */
/**
 * A CSV record for a worker: its fields as read.
 * @typedef {{ fields: string[], ending: string, where: import('./commands.js').Where }} Job
 */
/**
 * A batch of JSONL records: their lines' bytes, endings included, one after the
 * other; where each line ends in `bytes`; and the line and record number of each
 * (`wheres[2 * i]`, `wheres[2 * i + 1]`). The worker decodes and parses them.
 * @typedef {{ kind: 'jsonl', bytes: Buffer, ends: Uint32Array, wheres: Float64Array }} JsonlWork
 */
/**
 * A batch of CSV records, with the input's header and style.
 * @typedef {{ kind: 'csv', shape: import('./csv.js').CsvShape | null, jobs: Job[] }} CsvWork
 */
/** @typedef {(JsonlWork | CsvWork) & { id: number }} Batch */
/**
 * What a worker makes of a record: `out` as the readers' jsonlRecord or csvRecord
 * return it (a JSONL line rewritten comes as `span` instead: where its bytes are in
 * the batch's `bytes`), or the message of the RecordError, or the error that ends the
 * run; and the effects for the command's account(), field by field.
 * @typedef {object} Result
 * @property {string | null | import('./commands.js').ReportRow} [out]
 * @property {[number, number]} [span]
 * @property {string} [error]
 * @property {{ name: string, message: string }} [internal]
 * @property {[string, unknown][]} [effects]
 */
/**
 * A batch's results, record by record, and the rewritten JSONL lines' bytes.
 * @typedef {{ results: Result[], bytes: Buffer | null }} Results
 */

class Pool {
  /**
   * @param {number} size the number of workers
   * @param {Setup} setup
   */
  constructor(size, setup) {
    /** @type {{ worker: Worker, pending: Map<number, { resolve: (r: Results) => void, reject: (e: Error) => void }> }[]} */
    this.workers = [];
    this.next = 0;
    this.id = 0;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: setup });
      /** @type {Map<number, { resolve: (r: Results) => void, reject: (e: Error) => void }>} */
      const pending = new Map();
      worker.on('message', (/** @type {Results & { id: number }} */ msg) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        // Structured cloning gives a Uint8Array: viewed as a Buffer again, uncopied.
        const bytes = msg.bytes && Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.length);
        p?.resolve({ results: msg.results, bytes });
      });
      /** @param {Error} e */
      const fail = (e) => {
        for (const p of pending.values()) p.reject(e);
        pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a worker thread ended (exit code ${code})`)));
      this.workers.push({ worker, pending });
    }
  }

  /**
   * Sends a batch to the next worker in turn. A JSONL batch's memory goes with it.
   * @param {JsonlWork | CsvWork} work
   * @returns {Promise<Results>}
   */
  run(work) {
    const w = this.workers[this.next];
    this.next = (this.next + 1) % this.workers.length;
    const id = this.id++;
    /** @type {Batch} */
    const batch = { ...work, id };
    /** @type {ArrayBuffer[]} */
    const transfer = batch.kind === 'jsonl' ? [/** @type {ArrayBuffer} */ (batch.bytes.buffer), /** @type {ArrayBuffer} */ (batch.ends.buffer), /** @type {ArrayBuffer} */ (batch.wheres.buffer)] : [];
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage(batch, transfer);
    });
  }

  /** Ends the workers. */
  async close() {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

module.exports = { Pool };
