'use strict';
// A worker thread of --jobs: its own engine, its own command (built from the same
// options), and the work on records, batch by batch. It only computes: what a
// record becomes and what the command counts of it go back to the run, which keeps
// the order, the counts, the output and the messages.
const { parentPort, workerData } = require('node:worker_threads');
const { commands } = require('./commands.js');
const { isUtf8 } = require('node:buffer');
const { jsonlRecord, jsonlLine, parseRecord, textLine } = require('./jsonl.js');
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
 * Runs one record's work into a Result: the error of a RecordError, or the one that
 * ends the run; the effects account() is to count.
 * @param {() => string | null | import('./commands.js').ReportRow} fn
 * @returns {Result}
 */
function attempt(fn) {
  effects = [];
  /** @type {Result} */
  const r = {};
  try {
    r.out = fn();
  } catch (e) {
    if (e instanceof RecordError) r.error = e.message;
    else r.internal = e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
  }
  if (effects.length) r.effects = effects;
  return r;
}

/**
 * A batch of JSONL lines: each decoded and parsed once (a line that fails either is
 * refused with the reader's message), the wanted fields of all given to the engine in
 * one call, then each record rewritten. Rewritten lines come back as one buffer of
 * UTF-8, each result saying where its line is in it.
 * @param {import('./pool.js').JsonlWork} batch
 * @returns {import('./pool.js').Results}
 */
function workJsonl(batch) {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.length);
  // Decoded at once when all is UTF-8 (one call instead of one per line); the lines
  // are then cut at the same newlines in the text.
  const all = isUtf8(bytes) ? bytes.toString('utf8') : null;
  /** @type {({ text: string, ending: string, value: Record<string, unknown> } | { error: unknown })[]} */
  const lines = [];
  let start = 0;
  let t = 0;
  for (const end of batch.ends) {
    try {
      let line;
      if (all === null) {
        line = jsonlLine(bytes.subarray(start, end));
      } else {
        const next = all.indexOf('\n', t) + 1 || all.length;
        line = textLine(all.slice(t, next));
        t = next;
      }
      lines.push({ ...line, value: parseRecord(line.text) });
    } catch (error) {
      lines.push({ error });
    }
    start = end;
  }
  const prefetch = command.mode === 'rewrite' ? command.prefetch : undefined;
  if (prefetch) {
    /** @type {string[]} */
    const values = [];
    for (const line of lines) {
      if (!('value' in line)) continue;
      const record = line.value;
      for (const name of /** @type {Set<string>} */ (wanted)) {
        const v = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
        if (typeof v === 'string' && v !== '') values.push(v);
      }
    }
    prefetch(values);
  }
  /** @type {string[]} */
  const rewritten = [];
  let at = 0;
  const results = lines.map((line, i) => {
    const where = { line: batch.wheres[2 * i], record: batch.wheres[2 * i + 1] };
    const r = attempt(() => {
      if ('error' in line) throw line.error;
      return jsonlRecord(computing, wanted, line.text, line.ending, where, line.value);
    });
    if (typeof r.out === 'string') {
      const length = Buffer.byteLength(r.out, 'utf8');
      rewritten.push(r.out);
      r.span = [at, at + length];
      at += length;
      delete r.out;
    }
    return r;
  });
  if (prefetch) prefetch(null);
  return { results, bytes: rewritten.length ? Buffer.from(rewritten.join(''), 'utf8') : null };
}

/**
 * A batch of CSV records, as the reader parsed them.
 * @param {import('./pool.js').CsvWork} batch
 * @returns {import('./pool.js').Results}
 */
function workCsv(batch) {
  const prefetch = command.mode === 'rewrite' ? command.prefetch : undefined;
  if (prefetch) {
    /** @type {string[]} */
    const values = [];
    const columns = batch.shape?.columns ?? [];
    for (const job of batch.jobs) {
      for (const { index } of columns) {
        const v = job.fields[index];
        if (typeof v === 'string' && v !== '') values.push(v);
      }
    }
    prefetch(values);
  }
  const shape = /** @type {import('./csv.js').CsvShape} */ (batch.shape);
  const results = batch.jobs.map((job) => attempt(() => csvRecord(computing, shape, job.fields, job.ending, job.where)));
  if (prefetch) prefetch(null);
  return { results, bytes: null };
}

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
port.on('message', (/** @type {Batch} */ batch) => {
  const done = batch.kind === 'jsonl' ? workJsonl(batch) : workCsv(batch);
  port.postMessage({ id: batch.id, ...done });
});
