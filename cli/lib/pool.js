'use strict';
// The lanes of --jobs: worker threads, and the run's own thread. A batch of records
// goes to the worker with the fewest batches out; when every worker has enough to do
// (DEPTH batches), the run's thread works on it itself, between its reading and
// writing. Either way it comes back as a promise the run awaits in input order.
// (On two cores, two workers beside a reading thread that is mostly idle lost a
// sixth of the cores' time to it: the run's thread is the second lane instead.)
const path = require('node:path');
const { Worker } = require('node:worker_threads');

/** How many batches a worker has out before the run's own thread takes the next. */
const DEPTH = 2;

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
 * A batch of JSONL lines, the reader's pieces of whole lines one after the other:
 * their bytes (endings included, blank lines too); where each line ends in `bytes`;
 * per piece its number of lines and the line and record numbers it starts with
 * (`regions[3 * g]`, `[3 * g + 1]`, `[3 * g + 2]`); and the records in all. With a
 * CSV `shape`, the pieces are plain CSV records (and blank lines) instead of lines.
 * @typedef {{ kind: 'jsonl', bytes: Buffer, ends: Uint32Array, regions: Float64Array, records: number, shape: import('./csv.js').CsvShape | null }} JsonlWork
 */
/**
 * A batch of CSV records, with the input's header and style.
 * @typedef {{ kind: 'csv', shape: import('./csv.js').CsvShape | null, jobs: Job[] }} CsvWork
 */
/** @typedef {(JsonlWork | CsvWork) & { id: number }} Batch */
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
/**
 * A CSV batch's results, record by record.
 * @typedef {{ kind: 'csv', results: Result[] }} CsvResults
 */
/**
 * A JSONL batch's results. `bytes`: the output of the pieces one after the other
 * (blank lines kept, refused records left out), piece `g` ending at `regionEnds[g]`.
 * Per record, in order: `status` (0 kept as read, 1 rewritten, 2 refused: its message
 * in `errors`, 3 the error that ends the run: in `internals`, 4 a report row: in
 * `rows`), `starts` (where its output starts in `bytes`), `lines` (its line number).
 * `effects`: JSON of [record, field, effect] for account(), in order.
 * @typedef {object} JsonlResults
 * @property {'jsonl'} kind
 * @property {Buffer} bytes
 * @property {Uint32Array} regionEnds
 * @property {Uint8Array} status
 * @property {Uint32Array} starts
 * @property {Float64Array} lines
 * @property {string | null} effects
 * @property {[number, string][]} errors
 * @property {[number, { name: string, message: string }][]} internals
 * @property {(import('./commands.js').ReportRow | null)[] | null} rows
 */
/**
 * A batch the engine rewrote in one call (its `lines`, or `csv` for plain CSV
 * records): the call's result, as redactJsonLines or redactCsvRecords gives it
 * (`written` for its `bytes`); for CSV, the header's number of fields and the names
 * of the columns `found` refers to.
 * @typedef {object} EngineResults
 * @property {'engine'} kind
 * @property {Uint8Array} written
 * @property {Int32Array} spans
 * @property {Uint32Array} found
 * @property {string[]} names
 * @property {{ fields: number, columns: string[] } | null} csv
 */
/** @typedef {CsvResults | JsonlResults | EngineResults} Results */

class Pool {
  /**
   * @param {number} size the number of worker threads
   * @param {Setup} setup
   * @param {((work: JsonlWork | CsvWork) => Results) | null} [local] the work in the
   *   run's own thread, for a batch when every worker has DEPTH out (work.js)
   */
  constructor(size, setup, local = null) {
    this.local = local;
    /** @type {{ worker: Worker, pending: Map<number, { resolve: (r: Results) => void, reject: (e: Error) => void }> }[]} */
    this.workers = [];
    this.id = 0;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: setup });
      /** @type {Map<number, { resolve: (r: Results) => void, reject: (e: Error) => void }>} */
      const pending = new Map();
      worker.on('message', (/** @type {Results & { id: number }} */ msg) => {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        // Structured cloning gives a Uint8Array: viewed as a Buffer again, uncopied.
        if (msg.kind === 'jsonl') msg.bytes = Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.length);
        p?.resolve(msg);
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
   * Sends a batch to the worker with the fewest out (a JSONL batch's memory goes with
   * it), or works on it here when each has DEPTH out, or there are none.
   * @param {JsonlWork | CsvWork} work
   * @returns {Promise<Results>}
   */
  run(work) {
    let w = this.workers[0];
    for (const other of this.workers) if (other.pending.size < w.pending.size) w = other;
    if (this.local && (!w || w.pending.size >= DEPTH)) {
      try {
        return Promise.resolve(this.local(work));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    if (!w) throw new Error('a pool with no worker and no local lane');
    const id = this.id++;
    /** @type {Batch} */
    const batch = { ...work, id };
    /** @type {ArrayBuffer[]} */
    const transfer = batch.kind === 'jsonl' ? [/** @type {ArrayBuffer} */ (batch.bytes.buffer), /** @type {ArrayBuffer} */ (batch.ends.buffer), /** @type {ArrayBuffer} */ (batch.regions.buffer)] : [];
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
