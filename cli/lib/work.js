'use strict';
// The work on a batch of records for --jobs: what a record becomes and what the
// command counts of it, computed from the command's options by an engine of its own,
// in a worker thread (worker.js) or, when the threads have enough to do, in the run's
// own thread (pool.js). It only computes: the run keeps the order, the counts, the
// output and the messages.
const { commands } = require('./commands.js');
const { jsonlRecord, jsonlLine, linesCall, isBlankLine } = require('./jsonl.js');
const { csvRecord, recordsCall } = require('./csv.js');
const { RecordError } = require('./errors.js');

/** @typedef {import('./pool.js').Batch} Batch */
/** @typedef {import('./pool.js').Result} Result */
/** @typedef {import('./pool.js').Results} Results */

/**
 * The work of command `name` with options `values` on the engine `m`: a function from
 * a batch to its results. It builds a command of its own, so that what it counts
 * stays apart from the run's.
 * @param {any} m the Node build of the package
 * @param {import('./main.js').CommandName} name
 * @param {import('./commands.js').Values} values
 * @returns {(batch: import('./pool.js').JsonlWork | import('./pool.js').CsvWork) => Results}
 */
function workFor(m, name, values) {
  const command = commands[name](m, values);
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
   * A batch of JSONL lines (whole chunks' lines, some blank) that the engine does not
   * rewrite in one call (a command without it, such as validate's, or a batch the
   * call refused): each record decoded, parsed once and worked on here. What comes
   * back is compact, for the run's thread to take cheaply: the output of the batch as
   * bytes (blank lines kept, refused records left out), and per record its status,
   * line, where its output starts, and its effects (as JSON).
   * @param {import('./pool.js').JsonlWork} batch
   * @returns {import('./pool.js').JsonlResults}
   */
  function workJsonl(batch) {
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.length);
    const rewrite = command.mode === 'rewrite';
    const records = batch.records;
    const status = new Uint8Array(records);
    const starts = new Uint32Array(records);
    const lines = new Float64Array(records);
    /** @type {[number, string, unknown][]} */
    const effectList = [];
    /** @type {[number, string][]} */
    const errors = [];
    /** @type {[number, { name: string, message: string }][]} */
    const internals = [];
    /** @type {(import('./commands.js').ReportRow | null)[] | null} */
    const rows = rewrite ? null : new Array(records).fill(null);
    /** @type {Buffer[]} */
    const pieces = [];
    let size = 0;
    // Lines written as read are gathered in runs of the input (`runFrom..runTo`).
    let runFrom = 0;
    let runTo = 0;
    const flushRun = () => {
      if (runTo > runFrom) pieces.push(bytes.subarray(runFrom, runTo));
      runFrom = runTo;
    };
    const put = (/** @type {Buffer} */ b) => {
      flushRun();
      pieces.push(b);
      size += b.length;
    };
    const putInput = (/** @type {number} */ at, /** @type {number} */ to) => {
      if (at !== runTo) {
        flushRun();
        runFrom = at;
      }
      runTo = to;
      size += to - at;
    };
    const regionEnds = new Uint32Array(batch.regions.length / 3);

    /** The JavaScript path of one record: jsonlRecord on its line. */
    const byRecord = (/** @type {Buffer} */ raw, /** @type {import('./commands.js').Where} */ where) => {
      const { text, ending } = jsonlLine(raw);
      return jsonlRecord(computing, wanted, text, ending, where);
    };

    let line = 0; // index into ends
    let record = 0;
    let from = 0; // byte offset of the line
    for (let g = 0; g < regionEnds.length; g++) {
      const count = batch.regions[3 * g];
      const firstLine = batch.regions[3 * g + 1];
      const firstRecord = batch.regions[3 * g + 2];
      let nth = 0;
      for (let j = 0; j < count; j++, line++) {
        const at = from;
        const to = batch.ends[line];
        from = to;
        if (isBlankLine(bytes, at, to)) {
          if (rewrite) putInput(at, to);
          continue;
        }
        const where = { line: firstLine + j, record: firstRecord + nth++ };
        const k = record++;
        lines[k] = where.line;
        starts[k] = size;
        const raw = bytes.subarray(at, to);
        const r = attempt(() => byRecord(raw, where));
        for (const [field, effect] of r.effects ?? []) effectList.push([k, field, effect]);
        if (r.internal) {
          status[k] = 3;
          internals.push([k, r.internal]);
        } else if (r.error !== undefined) {
          status[k] = 2;
          errors.push([k, r.error]);
        } else if (typeof r.out === 'string') {
          status[k] = 1;
          put(Buffer.from(r.out, 'utf8'));
        } else if (r.out === null || r.out === undefined) {
          putInput(at, to);
        } else {
          status[k] = 4;
          /** @type {NonNullable<typeof rows>} */ (rows)[k] = /** @type {import('./commands.js').ReportRow} */ (r.out);
        }
      }
      regionEnds[g] = size;
    }
    flushRun();
    // An ArrayBuffer of its own (not a slice of Node's pool), sent back without a copy.
    const out = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (const piece of pieces) {
      piece.copy(out, at);
      at += piece.length;
    }
    return {
      kind: 'jsonl',
      bytes: out,
      regionEnds, status, starts, lines,
      effects: effectList.length ? JSON.stringify(effectList) : null,
      errors, internals, rows,
    };
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
    return { kind: 'csv', results };
  }

  /**
   * A batch of JSONL lines that the engine rewrites in one call (the command's
   * `lines`): what the engine gives, as it gives it, for the run to take line by line
   * as it does without workers (run.js, takeEngineLines). Null when the call fails.
   * @param {import('./pool.js').JsonlWork} batch
   * @returns {import('./pool.js').EngineResults | null}
   */
  function engineJsonl(batch) {
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.length);
    const r = linesCall(command, bytes, batch.ends);
    if (r === null) return null;
    return { kind: 'engine', written: r.bytes, spans: r.spans, found: r.found, names: r.names, csv: null };
  }

  /**
   * A batch of plain CSV records (with the input's shape) that the engine rewrites in
   * one call (the command's `csv`), as engineJsonl: what the engine gives, and the
   * header's size and the redacted columns' names, which the run says and counts by.
   * Null for a command without the call.
   * @param {import('./pool.js').JsonlWork} batch
   * @param {import('./csv.js').CsvShape} shape
   * @returns {import('./pool.js').EngineResults | null}
   */
  function engineCsv(batch, shape) {
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.length);
    const r = recordsCall(command, bytes, batch.ends, shape);
    if (r === null) return null;
    const csv = { fields: shape.header.length, columns: shape.columns.map((c) => c.name) };
    return { kind: 'engine', written: r.bytes, spans: r.spans, found: r.found, names: r.names, csv };
  }

  return (batch) => {
    if (batch.kind === 'csv') return workCsv(batch);
    const done = batch.shape === null ? engineJsonl(batch) : engineCsv(batch, batch.shape);
    return done ?? workJsonl(batch);
  };
}

module.exports = { workFor };
