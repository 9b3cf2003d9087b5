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
 * A record for a worker: a JSONL line, decoded (`text`), or CSV fields.
 * @typedef {({ text: string } | { fields: string[] }) & { ending: string, where: import('./commands.js').Where }} Job
 */
/**
 * @typedef {object} Batch
 * @property {number} id
 * @property {import('./csv.js').CsvShape | null} shape the CSV input's header and style
 * @property {Job[]} jobs
 */
/**
 * What a worker makes of a record: `out` as the readers' jsonlRecord or csvRecord
 * return it, or the message of the RecordError, or the error that ends the run; and
 * the effects for the command's account(), field by field.
 * @typedef {object} Result
 * @property {string | null | import('./commands.js').ReportRow} [out]
 * @property {string} [error]
 * @property {{ name: string, message: string }} [internal]
 * @property {[string, unknown][]} [effects]
 */

class Pool {
  /**
   * @param {number} size the number of workers
   * @param {Setup} setup
   */
  constructor(size, setup) {
    /** @type {{ worker: Worker, pending: Map<number, { resolve: (r: Result[]) => void, reject: (e: Error) => void }> }[]} */
    this.workers = [];
    this.next = 0;
    this.id = 0;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: setup });
      /** @type {Map<number, { resolve: (r: Result[]) => void, reject: (e: Error) => void }>} */
      const pending = new Map();
      worker.on('message', (/** @type {{ id: number, results: Result[] }} */ msg) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        p?.resolve(msg.results);
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
   * Sends a batch to the next worker in turn.
   * @param {import('./csv.js').CsvShape | null} shape
   * @param {Job[]} jobs
   * @returns {Promise<Result[]>}
   */
  run(shape, jobs) {
    const w = this.workers[this.next];
    this.next = (this.next + 1) % this.workers.length;
    const id = this.id++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage(/** @type {Batch} */ ({ id, shape, jobs }));
    });
  }

  /** Ends the workers. */
  async close() {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

module.exports = { Pool };
