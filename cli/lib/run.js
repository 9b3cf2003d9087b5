'use strict';
// Runs a command over a stream of records: input → reader (JSONL or CSV) → output,
// chunk by chunk through stream.pipeline, so a slow output holds the input back and
// memory stays flat whatever the file size.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const { pipeline } = require('node:stream/promises');
const { JsonlReader, jsonlLine, jsonlRecord, isBlankLine, kindsAt } = require('./jsonl.js');
const { Runs } = require('./runs.js');
const { CsvReader, csvRow, fieldCount } = require('./csv.js');
const { Progress } = require('./progress.js');
const { FatalError, UsageError, RecordError, internalError } = require('./errors.js');
const { Pool } = require('./pool.js');
const { workFor } = require('./work.js');

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** How much of an input file is read at a time. */
const READ_CHUNK = 256 * 1024;

/**
 * @typedef {import('./commands.js').Command} Command
 * @typedef {import('./commands.js').ReportRow} ReportRow
 * @typedef {import('./commands.js').Where} Where
 * @typedef {{ read: number, written: number, failed: number }} Stats
 * @typedef {{ start(): string, row(r: ReportRow): string }} ResultWriter
 */
/**
 * What the readers share with the run.
 * @typedef {object} Context
 * @property {Command} command
 * @property {Stats} stats
 * @property {number} maxRecordBytes
 * @property {boolean} stopped set to end the run after the current record
 * @property {Error | null} fatal the error that ends the run
 * @property {ResultWriter | null} results how report rows are written (report commands)
 * @property {(where: Where, message: string, raw: Buffer | string | null) => void} fail
 *   a record failed: says so, and keeps `raw` for --rejects
 * @property {(message: string) => void} note a message on stderr
 * @property {Item[] | null} [sink] with --jobs: where the readers put what they read,
 *   in order, instead of doing the records' work themselves
 */
/**
 * What a reader gives with --jobs: output that is no record, a record for a worker, a
 * record that failed to read, or the end of the run (with the counts it adds).
 * `lines`: whole lines of JSONL, or CSV records in the plain form the engine reads
 * (then `ends` has an entry per record or blank line, and `starts` the line each
 * of them starts on).
 * @typedef {{ kind: 'pass', data: Buffer | string }
 *   | { kind: 'task', where: Where, raw: Buffer | string, job: { fields: string[], ending: string } }
 *   | { kind: 'lines', where: Where, raw: Buffer, ends: Uint32Array, records: number, starts?: Float64Array }
 *   | { kind: 'fail', where: Where, message: string, raw: Buffer | string | null }
 *   | { kind: 'fatal', error: Error, read: number, failed: number }} Item
 */
/**
 * Items in order, with the input's bytes read when each was given, and the results of
 * their tasks once a worker is done.
 * @typedef {object} Batch
 * @property {Item[]} items
 * @property {number[]} marks
 * @property {Promise<import('./pool.js').Results>} results
 * @property {boolean} ready
 */
/** @typedef {{ stream: import('node:stream').Readable, size: number, stat: import('node:fs').Stats | null }} Input */

/**
 * @param {object} o
 * @param {string} o.name command name, for messages
 * @param {Command} o.command
 * @param {string} o.input path or '-'
 * @param {string} o.output path or '-'
 * @param {'jsonl'|'csv'} o.format input format
 * @param {'jsonl'|'csv'} o.resultFormat output format of report commands
 * @param {boolean} o.strict stop at the first record that fails
 * @param {boolean} o.quiet no progress, no summary
 * @param {string} [o.rejects] file that receives the records that failed, as read
 * @param {number} [o.maxRecordBytes] the longest record taken
 * @param {number} [o.jobs] worker threads (1, the default: none, all on this thread)
 * @param {import('./pool.js').Setup} [o.setup] what the workers build the command from
 * @returns {Promise<{ stats: Stats, stopped: boolean }>}
 */
async function runRecords(o) {
  const stderr = process.stderr;
  const input = await openInput(o.input);
  let output;
  let rejects = null;
  try {
    refuseSameFile(input, o.output, 'output');
    if (o.rejects) refuseSameFile(input, o.rejects, 'rejects');
    output = await openOutput(o.output);
    if (o.rejects) rejects = await openOutput(o.rejects);
  } catch (e) {
    input.stream.destroy();
    throw e;
  }

  const stats = { read: 0, written: 0, failed: 0 };
  const showProgress = !o.quiet && stderr.isTTY && !(o.output === '-' && process.stdout.isTTY);
  const progress = showProgress ? new Progress(stderr, `mamori ${o.name}`, input.size) : null;
  /** @type {Context} */
  const ctx = {
    command: o.command,
    stats,
    maxRecordBytes: o.maxRecordBytes || MAX_RECORD_BYTES,
    stopped: false,
    fatal: null,
    results: o.command.mode === 'report' ? resultWriter(o.resultFormat, o.command) : null,
    fail(where, message, raw) {
      stats.failed++;
      progress?.clear();
      stderr.write(`mamori ${o.name}: line ${where.line} (record ${where.record}): ${message}\n`);
      if (rejects && raw) {
        // As read, bytes and all (it may not even be UTF-8), one record a line.
        const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        const last = bytes[bytes.length - 1];
        rejects.stream.write(last === 0x0a || last === 0x0d ? bytes : Buffer.concat([bytes, Buffer.from('\n')]));
      }
      if (o.strict) {
        ctx.stopped = true;
        stderr.write(`mamori ${o.name}: stopped at the first failed record (--strict)\n`);
      }
    },
    note(message) {
      progress?.clear();
      stderr.write(`mamori ${o.name}: ${message}\n`);
    },
  };
  o.command.note = ctx.note;
  const reader = o.format === 'csv' ? new CsvReader(ctx) : new JsonlReader(ctx);
  const started = process.hrtime.bigint();
  let bytes = 0;
  /** @type {number | null} the input's bytes read up to the record the run stopped at */
  let shown = null;
  /** @type {unknown} */
  let fatal = null;

  /** The results' header, when the output is a report of results. */
  function header() {
    const head = ctx.results?.start();
    return head ? Buffer.from(head) : null;
  }

  /**
   * The input's chunks, counted in `bytes`, the first one without its byte order
   * mark; with each, what the output starts with before it: the mark, which an
   * output that is the input rewritten keeps.
   * @param {AsyncIterable<Buffer>} source
   * @returns {AsyncGenerator<[Buffer, Buffer | null]>}
   */
  async function* chunksOf(source) {
    let first = true;
    for await (const chunk of source) {
      bytes += chunk.length;
      const marked = first && chunk.subarray(0, 3).equals(BOM);
      first = false;
      yield marked ? [chunk.subarray(3), ctx.results ? null : BOM] : [chunk, null];
    }
  }

  const jobs = o.jobs ?? 1;
  const batchRecords = 1024;
  const batchSize = 1024 * 1024;

  /**
   * With --jobs: the readers only read; the records' work is done by worker threads
   * and, when they have enough to do, by this thread between its reads (pool.js); the
   * results are taken here in input order: the counts, the messages, the output and
   * --strict are as without workers. At most two batches per lane are out at a time;
   * reading waits for the first of them.
   * @param {AsyncIterable<Buffer>} source
   */
  async function* transformJobs(source) {
    const setup = /** @type {import('./pool.js').Setup} */ (o.setup);
    // N lanes: N - 1 worker threads and this one (pool.js).
    const pool = new Pool(jobs - 1, setup, workFor(require(setup.engine), setup.name, setup.values));
    /** @type {Item[]} */
    const sink = [];
    ctx.sink = sink;
    const fail = ctx.fail;
    // The readers count into a scratch: the counts are made as the results are taken.
    ctx.stats = { read: 0, written: 0, failed: 0 };
    ctx.fail = (where, message, raw) => sink.push({ kind: 'fail', where, message, raw });
    const command = o.command;
    const csv = reader instanceof CsvReader ? reader : null;
    /** @type {Batch[]} */
    const queue = [];
    /** @type {Item[]} */
    let items = [];
    /** @type {number[]} */
    let marks = [];
    /** @type {Extract<Item, { kind: 'task' }>[]} CSV records */
    let tasks = [];
    /** @type {Extract<Item, { kind: 'lines' }>[]} JSONL lines, or plain CSV records */
    let pieces = [];
    let records = 0;
    let size = 0;
    let halted = false;
    /** @type {Error | null} */
    let ended = null;

    /** Takes what the reader gave into the open batch; sends it when it is full. */
    function take() {
      for (const item of sink) {
        // A batch is records read here or lines and records the engine reads, not both.
        if ((item.kind === 'task' && pieces.length) || (item.kind === 'lines' && tasks.length)) send();
        items.push(item);
        marks.push(bytes);
        if (item.kind === 'task') {
          tasks.push(item);
          records++;
          size += item.raw.length;
        } else if (item.kind === 'lines') {
          pieces.push(item);
          records += item.records;
          size += item.raw.length;
        }
      }
      sink.length = 0;
      if (records >= batchRecords || size >= batchSize) send();
    }

    /** Sends the open batch (even with no records: it keeps its place in the order). */
    function send() {
      if (!items.length) return;
      const shape = csv && csv.header ? csv.shape() : null;
      const work = tasks.length ? csvWork(shape, tasks) : pieces.length ? jsonlWork(pieces, csv ? shape : null) : null;
      /** @type {Batch} */
      const batch = { items, marks, results: work ? pool.run(work) : Promise.resolve(NO_RESULTS), ready: false };
      batch.results.then(() => {
        batch.ready = true;
      }, () => {
        batch.ready = true;
      });
      queue.push(batch);
      items = [];
      marks = [];
      tasks = [];
      pieces = [];
      records = 0;
      size = 0;
    }

    /**
     * Takes the results of a batch, in order, as the readers would have.
     * @param {Batch} batch
     * @param {import('./pool.js').Results} done
     * @returns {Buffer}
     */
    function settle(batch, done) {
      const results = done.kind === 'csv' ? done.results : [];
      const lines = done.kind === 'jsonl' ? takeLines(done) : done.kind === 'engine' ? takeEngineLines(done) : null;
      /** @type {(Buffer | string)[]} */
      const pieces = [];
      let k = 0;
      for (let i = 0; i < batch.items.length && !halted; i++) {
        const item = batch.items[i];
        /** @type {Buffer | string | null} */
        let piece = null;
        if (item.kind === 'lines') {
          for (const p of /** @type {NonNullable<typeof lines>} */ (lines).piece(item)) pieces.push(typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
        } else if (item.kind === 'pass') {
          piece = item.data;
        } else if (item.kind === 'fail') {
          stats.read++;
          fail(item.where, item.message, item.raw);
          if (o.strict) halted = true;
        } else if (item.kind === 'fatal') {
          stats.read += item.read;
          stats.failed += item.failed;
          ended = item.error;
          halted = true;
        } else {
          const r = results[k++];
          stats.read++;
          if (r.effects && command.mode === 'rewrite') {
            for (const [field, effect] of r.effects) command.account(effect, field, item.where);
          }
          if (r.internal) {
            const e = new Error(r.internal.message);
            e.name = r.internal.name;
            stats.failed++;
            ctx.stopped = true;
            ended = internalError(item.where, e);
            halted = true;
          } else if (r.error !== undefined) {
            fail(item.where, r.error, item.raw);
            if (o.strict) halted = true;
          } else if (r.out === null || r.out === undefined) {
            piece = item.raw;
            stats.written++;
          } else if (typeof r.out === 'string') {
            piece = r.out;
            stats.written++;
          } else if (command.mode === 'report') {
            command.account(r.out);
            piece = /** @type {ResultWriter} */ (ctx.results).row(r.out);
            stats.written++;
          }
        }
        if (halted) shown = batch.marks[i];
        if (piece !== null) pieces.push(csv || typeof piece !== 'string' ? piece : Buffer.from(piece, 'utf8'));
      }
      progress?.update(shown ?? batch.marks[batch.marks.length - 1], stats.read);
      return joinPieces(pieces);
    }

    /**
     * Takes the results of a JSONL batch piece by piece (`piece(item)`, in order):
     * counts and accounts each record as the reader would have, and gives the
     * piece's output; up to the record that halts the run, if one does.
     * @param {import('./pool.js').JsonlResults} done
     */
    function takeLines(done) {
      const effects = done.effects === null ? [] : /** @type {[number, string, unknown][]} */ (JSON.parse(done.effects));
      let e = 0;
      let k = 0; // the batch's record
      let g = 0; // the batch's piece
      let errorAt = 0;
      let internalAt = 0;
      return {
        /**
         * @param {Extract<Item, { kind: 'lines' }>} item
         * @returns {(Buffer | string)[]}
         */
        piece(item) {
          const from = g === 0 ? 0 : done.regionEnds[g - 1];
          const to = done.regionEnds[g++];
          /** @type {(Buffer | string)[]} */
          const out = [];
          let cut = to;
          for (let j = 0; j < item.records && !halted; j++, k++) {
            const where = { line: done.lines[k], record: item.where.record + j };
            for (; e < effects.length && effects[e][0] === k; e++) {
              if (command.mode === 'rewrite') command.account(effects[e][2], effects[e][1], where);
            }
            stats.read++;
            const status = done.status[k];
            if (status === 3) {
              const [, internal] = done.internals[internalAt++];
              const error = new Error(internal.message);
              error.name = internal.name;
              stats.failed++;
              ctx.stopped = true;
              ended = internalError(where, error);
              halted = true;
            } else if (status === 2) {
              const [, message] = done.errors[errorAt++];
              fail(where, message, lineOf(item, where.line));
              if (o.strict) halted = true;
            } else if (status === 4) {
              const row = /** @type {ReportRow} */ (/** @type {NonNullable<typeof done.rows>} */ (done.rows)[k]);
              if (command.mode === 'report') command.account(row);
              out.push(/** @type {ResultWriter} */ (ctx.results).row(row));
              stats.written++;
            } else {
              stats.written++;
            }
            if (halted) cut = done.starts[k];
          }
          if (command.mode === 'rewrite') out.push(done.bytes.subarray(from, cut));
          return out;
        },
      };
    }

    /**
     * Takes a batch the engine rewrote in one call (work.js) piece by piece
     * (`piece(item)`, in order), as the readers take the engine's records without
     * workers: counts and accounts each record, and gives the piece's output, runs of
     * the input and of the engine's output. A JSONL line the engine leaves (not
     * UTF-8, not an object…) is read here as the reader reads it; a CSV record with
     * another number of fields than the header is refused. Up to the record that
     * halts the run, if one does.
     * @param {import('./pool.js').EngineResults} done
     */
    function takeEngineLines(done) {
      const rewrite = /** @type {import('./commands.js').RewriteCommand} */ (command);
      const wanted = new Set(rewrite.fields.map((f) => f.name));
      const names = done.csv ? done.csv.columns : rewrite.fields.map((f) => f.name);
      const written = Buffer.from(done.written.buffer, done.written.byteOffset, done.written.length);
      const f = done.found;
      let i = 0; // the batch's line
      let k = 0; // into `found`
      return {
        /**
         * @param {Extract<Item, { kind: 'lines' }>} item
         * @returns {Buffer[]}
         */
        piece(item) {
          /** @type {Buffer[]} */
          const out = [];
          const runs = new Runs(out);
          let nth = 0;
          let to = 0;
          for (let j = 0; j < item.ends.length && !halted; j++, i++) {
            const from = to;
            to = item.ends[j];
            const start = done.spans[2 * i];
            // A blank line (in CSV, the engine says -3) is no record: kept as it was.
            if (done.csv ? start === -3 : isBlankLine(item.raw, from, to)) {
              runs.add(item.raw, from, to);
              continue;
            }
            const line = item.starts ? item.starts[j] : item.where.line + j;
            const where = { line, record: item.where.record + nth++ };
            stats.read++;
            if (start === -2 && done.csv) {
              const fields = done.spans[2 * i + 1];
              fail(where, fieldCount(fields, done.csv.fields), item.raw.subarray(from, to));
              if (o.strict) halted = true;
              continue;
            }
            if (start === -2) {
              runs.flush();
              byScript(item.raw.subarray(from, to), where, wanted, out);
              continue;
            }
            while (k < f.length && f[k] < i) k += 3 + f[k + 2];
            for (; k < f.length && f[k] === i; k += 3 + f[k + 2]) {
              rewrite.account(kindsAt(done, k), names[f[k + 1]], where);
            }
            if (start === -1) runs.add(item.raw, from, to);
            else runs.add(written, start, done.spans[2 * i + 1]);
            stats.written++;
          }
          runs.flush();
          return out;
        },
      };
    }

    /**
     * A JSONL line the engine left, read as the reader reads it without workers: its
     * output into `out`, or its failure counted.
     * @param {Buffer} line its bytes, ending included
     * @param {Where} where
     * @param {Set<string>} wanted the fields to rewrite
     * @param {Buffer[]} out
     */
    function byScript(line, where, wanted, out) {
      try {
        const { text, ending } = jsonlLine(line);
        const result = jsonlRecord(command, wanted, text, ending, where);
        out.push(typeof result === 'string' ? Buffer.from(result, 'utf8') : line);
        stats.written++;
      } catch (e) {
        if (!(e instanceof RecordError)) {
          stats.failed++;
          ctx.stopped = true;
          ended = internalError(where, /** @type {Error} */ (e));
          halted = true;
          return;
        }
        fail(where, e.message, line);
        if (o.strict) halted = true;
      }
    }

    /**
     * The bytes of line `line` of a piece, as read (for --rejects).
     * @param {Extract<Item, { kind: 'lines' }>} item
     * @param {number} line
     * @returns {Buffer}
     */
    function lineOf(item, line) {
      const n = item.starts ? item.starts.indexOf(line) : line - item.where.line;
      return item.raw.subarray(n === 0 ? 0 : item.ends[n - 1], item.ends[n]);
    }

    /**
     * Takes the batches that are done, and waits for the first ones while more than
     * `max` are out.
     * @param {number} max
     */
    async function* settleDone(max) {
      while (queue.length && !halted && (queue.length > max || queue[0].ready)) {
        const batch = queue[0];
        const results = await batch.results;
        queue.shift();
        const out = settle(batch, results);
        if (out.length) yield out;
      }
      if (ended) throw ended;
    }

    try {
      const head = header();
      if (head) yield head;
      let stop = false;
      for await (const [chunk, lead] of chunksOf(source)) {
        if (lead) yield lead;
        try {
          reader.push(chunk);
        } catch (e) {
          sink.push({ kind: 'fatal', error: /** @type {Error} */ (e), read: 0, failed: 0 });
        }
        stop = ctx.stopped || sink.some((item) => item.kind === 'fatal');
        take();
        if (stop) break;
        yield* settleDone(2 * jobs);
        if (halted) return;
      }
      if (!stop) {
        try {
          reader.end();
        } catch (e) {
          sink.push({ kind: 'fatal', error: /** @type {Error} */ (e), read: 0, failed: 0 });
        }
        take();
      }
      send();
      yield* settleDone(0);
    } finally {
      await pool.close();
    }
  }

  /** @param {AsyncIterable<Buffer>} source */
  async function* transform(source) {
    const head = header();
    if (head) yield head;
    for await (const [chunk, lead] of chunksOf(source)) {
      if (lead) yield lead;
      const out = joinPieces(reader.push(chunk));
      if (out.length) yield out;
      if (ctx.fatal) throw ctx.fatal;
      progress?.update(bytes, stats.read);
      if (ctx.stopped) return;
    }
    const out = joinPieces(reader.end());
    if (out.length) yield out;
    if (ctx.fatal) throw ctx.fatal;
  }

  try {
    await pipeline(input.stream, async function* (/** @type {AsyncIterable<Buffer>} */ source) {
      try {
        yield* (jobs > 1 ? transformJobs(source) : transform(source));
      } catch (e) {
        // What was processed before is written out; the error is reported after.
        fatal = e;
      }
    }, output.stream);
  } catch (error) {
    const e = /** @type {NodeJS.ErrnoException} */ (error);
    if (e.code === 'EPIPE') fatal = new FatalError('the output was closed before the end (EPIPE)');
    else if (e.code && e.syscall) fatal = new FatalError(`${e.syscall === 'read' ? 'cannot read the input' : 'cannot write the output'}: ${e.code}`);
    else throw e;
  } finally {
    const r = rejects;
    if (r) await new Promise((resolve) => r.stream.end(resolve));
  }
  progress?.clear();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (fatal && !(fatal instanceof FatalError) && !(fatal instanceof UsageError)) throw fatal;
  if (fatal) {
    // Said before the summary, which then tells how far the run got.
    // A FatalError or a UsageError: anything else was thrown above.
    const error = /** @type {Error & { reported?: boolean }} */ (fatal);
    stderr.write(`mamori ${o.name}: ${error.message}\n`);
    error.reported = true;
  }
  if (!o.quiet) stderr.write(summary(o.name, stats, shown ?? bytes, seconds, o.command.summary()));
  if (fatal) throw fatal;
  return { stats, stopped: ctx.stopped };
}

/** @type {import('./pool.js').Results} */
const NO_RESULTS = { kind: 'csv', results: [] };

/**
 * The work of a batch of JSONL lines (or plain CSV records, with the input's `shape`)
 * for a worker: the reader's pieces in one buffer the worker takes over (it is
 * transferred, not copied), where each line (record) ends, and where each piece
 * starts in the input.
 * @param {Extract<Item, { kind: 'lines' }>[]} pieces
 * @param {import('./csv.js').CsvShape | null} shape
 * @returns {import('./pool.js').JsonlWork}
 */
function jsonlWork(pieces, shape) {
  let total = 0;
  let lines = 0;
  let records = 0;
  for (const p of pieces) {
    total += p.raw.length;
    lines += p.ends.length;
    records += p.records;
  }
  // Its own memory (not a slice of Buffer's shared pool), so it can be transferred.
  const bytes = Buffer.allocUnsafeSlow(total);
  const ends = new Uint32Array(lines);
  const regions = new Float64Array(3 * pieces.length);
  let at = 0;
  let line = 0;
  pieces.forEach((p, g) => {
    p.raw.copy(bytes, at);
    for (const end of p.ends) ends[line++] = at + end;
    at += p.raw.length;
    regions[3 * g] = p.ends.length;
    regions[3 * g + 1] = p.where.line;
    regions[3 * g + 2] = p.where.record;
  });
  return { kind: 'jsonl', bytes, ends, regions, records, shape };
}

/**
 * The work of a batch of CSV records for a worker: their fields, as the reader read
 * them, and the input's header and style.
 * @param {import('./csv.js').CsvShape | null} shape
 * @param {{ job: { fields: string[], ending: string }, where: Where }[]} tasks
 * @returns {import('./pool.js').CsvWork}
 */
function csvWork(shape, tasks) {
  return { kind: 'csv', shape, jobs: tasks.map((t) => ({ ...t.job, where: t.where })) };
}

/**
 * @param {(Buffer | string)[]} pieces
 * @returns {Buffer}
 */
function joinPieces(pieces) {
  if (pieces.length === 0) return Buffer.alloc(0);
  if (pieces.every((p) => typeof p === 'string')) return Buffer.from(pieces.join(''), 'utf8');
  const buffers = pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers);
}

/**
 * @param {'jsonl' | 'csv'} format
 * @param {import('./commands.js').ReportCommand} command
 * @returns {ResultWriter}
 */
function resultWriter(format, command) {
  if (format === 'csv') {
    return { start: () => csvRow(command.resultColumns), row: (r) => csvRow(command.resultRow(r)) };
  }
  return { start: () => '', row: (r) => `${JSON.stringify(r)}\n` };
}

/**
 * @param {string} name
 * @param {Stats} stats
 * @param {number} bytes
 * @param {number} seconds
 * @param {string[]} extra the command's own lines
 * @returns {string}
 */
function summary(name, stats, bytes, seconds, extra) {
  const mb = bytes / 1e6;
  const rate = seconds > 0 ? mb / seconds : 0;
  let text = `mamori ${name}: ${stats.read} read, ${stats.written} written, ${stats.failed} failed` +
    ` (${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s, ${rate.toFixed(1)} MB/s)\n`;
  for (const line of extra) text += `  ${line}\n`;
  return text;
}

/**
 * @param {string} file a path, or '-' for stdin
 * @returns {Promise<Input>}
 */
async function openInput(file) {
  if (file === '-') {
    let size = 0;
    try {
      const st = fs.fstatSync(0);
      if (st.isFile()) size = st.size;
    } catch {
      // no size: no ETA
    }
    // A file on standard input (`< export.jsonl`) is read in chunks as large as a
    // named one's: process.stdin reads 64 KiB at a time, and each chunk costs an
    // engine call and a step of the pipeline (about 7 % of a 200 MiB run).
    const stream = size > 0
      ? fs.createReadStream('', { fd: 0, highWaterMark: READ_CHUNK, autoClose: false })
      : process.stdin;
    return { stream, size, stat: null };
  }
  let handle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (e) {
    const error = /** @type {NodeJS.ErrnoException} */ (e);
    throw new FatalError(`cannot read ${file}: ${error.code || error.message}`);
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw new FatalError(`cannot read ${file}: it is a directory`);
  }
  return { stream: handle.createReadStream({ highWaterMark: READ_CHUNK }), size: stat.isFile() ? stat.size : 0, stat };
}

/**
 * @param {Input} input
 * @param {string} file
 * @param {string} what
 */
function refuseSameFile(input, file, what) {
  if (file === '-' || !input.stat) return;
  let st;
  try {
    st = fs.statSync(file);
  } catch {
    return;
  }
  if (st.dev === input.stat.dev && st.ino === input.stat.ino) {
    throw new UsageError(`the ${what} file is the input file; write to another file`);
  }
}

/**
 * @param {string} file a path, or '-' for stdout
 * @returns {Promise<{ stream: import('node:stream').Writable }>}
 */
async function openOutput(file) {
  if (file === '-') return { stream: process.stdout };
  let handle;
  try {
    handle = await fsp.open(file, 'w');
  } catch (e) {
    const error = /** @type {NodeJS.ErrnoException} */ (e);
    throw new FatalError(`cannot write ${file}: ${error.code || error.message}`);
  }
  return { stream: handle.createWriteStream({ highWaterMark: 1024 * 1024 }) };
}

module.exports = { runRecords };
