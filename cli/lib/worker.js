'use strict';
// A worker thread of --jobs: its own engine, its own command (built from the same
// options), and the work on records, batch by batch. It only computes: what a
// record becomes and what the command counts of it go back to the run, which keeps
// the order, the counts, the output and the messages.
const { parentPort, workerData } = require('node:worker_threads');
const { commands } = require('./commands.js');
const { jsonlRecord } = require('./jsonl.js');
const { csvRecord } = require('./csv.js');
const { RecordError } = require('./errors.js');

/** @typedef {import('./pool.js').Setup} Setup */
/** @typedef {import('./pool.js').Batch} Batch */
/** @typedef {import('./pool.js').Result} Result */

const setup = /** @type {Setup} */ (workerData);
const m = require(setup.engine);
const command = commands[setup.name](m, setup.values);
/** @type {[string, unknown][]} what account() is to count, field by field */
let effects = [];

/**
 * The command as the readers call it, with compute in place of rewrite and evaluate:
 * what account() would count is kept in `effects`.
 * @type {import('./commands.js').Command}
 */
const computing = command.mode === 'rewrite'
  ? {
    ...command,
    rewrite(/** @type {string} */ value, /** @type {string} */ field) {
      const r = command.compute(value, field);
      if (r.effect !== undefined) effects.push([field, r.effect]);
      return r.value;
    },
  }
  : { ...command, evaluate: (record, where) => command.compute(record, where) };
const wanted = command.mode === 'rewrite' ? new Set(command.fields.map((f) => f.name)) : null;

/**
 * @param {Batch} batch
 * @returns {Result[]}
 */
function work(batch) {
  if (command.mode === 'rewrite' && command.prefetch) command.prefetch(values(batch));
  const results = batch.jobs.map((job) => {
    effects = [];
    /** @type {Result} */
    const r = {};
    try {
      r.out = 'text' in job
        ? jsonlRecord(computing, wanted, job.text, job.ending, job.where)
        : csvRecord(computing, /** @type {import('./csv.js').CsvShape} */ (batch.shape), job.fields, job.ending, job.where);
    } catch (e) {
      if (e instanceof RecordError) r.error = e.message;
      else r.internal = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
    }
    if (effects.length) r.effects = effects;
    return r;
  });
  if (command.mode === 'rewrite' && command.prefetch) command.prefetch(null);
  return results;
}

/**
 * The text values of the batch's wanted fields, for the command to work on in one
 * call (`prefetch`). A record that does not parse gives none: it is read again, and
 * refused, record by record.
 * @param {Batch} batch
 * @returns {string[]}
 */
function values(batch) {
  /** @type {string[]} */
  const out = [];
  const columns = batch.shape?.columns ?? [];
  for (const job of batch.jobs) {
    if ('text' in job) {
      let record;
      try { record = JSON.parse(job.text); } catch { continue; }
      if (record === null || typeof record !== 'object') continue;
      for (const name of /** @type {Set<string>} */ (wanted)) {
        const v = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
        if (typeof v === 'string' && v !== '') out.push(v);
      }
    } else {
      for (const { index } of columns) {
        const v = job.fields[index];
        if (typeof v === 'string' && v !== '') out.push(v);
      }
    }
  }
  return out;
}

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', (/** @type {Batch} */ batch) => {
  port.postMessage({ id: batch.id, results: work(batch) });
});
