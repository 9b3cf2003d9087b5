'use strict';
// CSV in, CSV (or results) out. The first record is the header. A record that needs
// no change is written back as the very bytes it was read from; a changed record is
// serialized again in the quoting style of the header (every field quoted, or only
// where needed), as Papa Parse's unparse writes it. For `redact`, the engine reads,
// redacts and writes the plain records of each chunk in one call (the command's
// `csv`); Papa Parse reads the header and whatever is not plain.
const Papa = require('papaparse');
const { RecordError, internalError, FatalError, UsageError } = require('./errors.js');
const { Runs } = require('./runs.js');
const { kindsAt } = require('./jsonl.js');

/** @typedef {import('./commands.js').Where} Where */

class CsvReader {
  /** @param {import('./run.js').Context} ctx the run: command, stats, fail(), output writer, limits */
  constructor(ctx) {
    this.ctx = ctx;
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    /** Input not yet taken: from the start of a record (the last chunk cut it). */
    this.pending = Buffer.alloc(0);
    /** @type {'\n' | '\r\n' | '\r' | null} */
    this.delimiter = null;
    /** @type {string[] | null} */
    this.header = null;
    /** Whether the header quotes every field (changed records are written so). */
    this.quoteAll = false;
    /** @type {{ index: number, field: import('./commands.js').Field }[]} the columns rewritten */
    this.columns = [];
    this.line = 1; // line on which the next record starts
    this.record = 0;
    this.bytes = 0; // input taken before `pending`
    /** @type {CsvShape | null} */
    this.shaped = null;
    const cmd = ctx.command;
    /** Whether the engine does the records' work (the command's `csv`). */
    this.fast = cmd.mode === 'rewrite' && cmd.csv !== undefined;
  }

  /**
   * Takes one chunk of input; returns the output it produces.
   * @param {Buffer} chunk
   * @returns {Buffer[]}
   */
  push(chunk) {
    return this.take(this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk, false);
  }

  /**
   * End of input.
   * @returns {Buffer[]}
   */
  end() {
    return this.take(this.pending, true);
  }

  /**
   * Reads the records at the start of `input`: those the engine reads in the plain
   * form, in one call, and from the first it does not (or while there is no header
   * yet) the whole lines up to the end of `input`, with Papa Parse; what is left,
   * the start of a record cut by the end of the chunk, waits for the next one.
   * @param {Buffer} input from the start of a record
   * @param {boolean} last whether the input ends with it
   * @returns {Buffer[]}
   */
  take(input, last) {
    /** @type {Buffer[]} */
    const out = [];
    let pos = 0;
    while (!this.ctx.stopped && pos < input.length) {
      if (!this.delimiter) {
        this.delimiter = detectDelimiter(input, last);
        if (!this.delimiter) break;
      }
      if (this.fast && this.header !== null) {
        const rest = input.subarray(pos);
        const r = this.ctx.sink ? this.readRecords(rest, last, this.ctx.sink) : this.engineRecords(rest, last, out);
        pos += r.taken;
        if (!r.irregular) break;
      }
      if (this.ctx.stopped) break;
      const used = this.parsed(input.subarray(pos), last, out, this.bytes + pos);
      pos += used;
      if (used === 0) break;
    }
    this.bytes += pos;
    this.pending = last || this.ctx.stopped ? Buffer.alloc(0) : Buffer.from(input.subarray(pos));
    const max = this.ctx.maxRecordBytes;
    if (this.pending.length > max && utf16Length(this.pending) > max) {
      this.broken({ code: 'TooLong' });
      this.pending = Buffer.alloc(0);
    }
    if (last && !this.ctx.stopped && this.header === null) {
      throw new UsageError('the CSV input is empty: it needs a header line');
    }
    return out;
  }

  /**
   * The records of `input` read by Papa Parse: up to its last line break (to its
   * end when `last`), all but the last record there, which may go on in the next
   * chunk (unless the input has ended); or the header alone, when the engine is to
   * read the records after it. Returns how many bytes they span.
   * Input that is not UTF-8 ends the run there.
   * @param {Buffer} input from the start of a record
   * @param {boolean} last
   * @param {Buffer[]} out
   * @param {number} offset where `input` starts in the whole input
   * @returns {number}
   */
  parsed(input, last, out, offset) {
    const cut = last ? input.length : lastLineBreak(input) + 1;
    if (cut === 0) return 0;
    let text;
    try {
      text = this.decoder.decode(input.subarray(0, cut));
    } catch {
      const error = new FatalError(`the input is not UTF-8 (near byte ${offset}); convert it first, e.g. iconv -f SHIFT_JIS -t UTF-8`);
      this.ctx.stopped = true;
      // What was read before it is written, as before broken quoting.
      if (this.ctx.sink) this.ctx.sink.push({ kind: 'fatal', error, read: 0, failed: 0 });
      else this.ctx.fatal = error;
      return 0;
    }
    /** @type {Papa.ParseStepResult<string[]>[]} */
    const rows = [];
    // Papa Parse drops a byte order mark at the start of a text; the input's own one
    // is gone already (run.js), and one that starts a record is the record's: one
    // more in front is the one dropped, the offsets are the text's.
    Papa.parse(text.charCodeAt(0) === 0xfeff ? `\ufeff${text}` : text, {
      delimiter: ',',
      newline: /** @type {'\n' | '\r\n' | '\r'} */ (this.delimiter),
      step: (/** @type {Papa.ParseStepResult<string[]>} */ r) => {
        rows.push(r);
      },
    });
    // Every record but the last ends with a line break inside the text; the last one
    // may go on in the next chunk, so it waits for it (unless the input has ended).
    const complete = last ? rows.length : rows.length - 1;
    let start = 0;
    for (let i = 0; i < complete && !this.ctx.stopped; i++) {
      const r = rows[i];
      const raw = text.slice(start, r.meta.cursor);
      start = r.meta.cursor;
      if (r.errors.length) {
        this.broken(r.errors[0]);
        break;
      }
      const first = this.header === null;
      this.recordOf(r.data, raw, out);
      // Once the header is read, the engine reads on (when it does the records' work).
      if (first && this.fast && i + 1 < rows.length) return Buffer.byteLength(text.slice(0, start));
    }
    return last ? cut : Buffer.byteLength(text.slice(0, start));
  }

  /**
   * The command's `csv` on `input`; null when the call throws (Papa Parse then reads
   * the records).
   * @param {Buffer} input
   * @param {import('../../node/mamori.js').CsvShape} shape
   * @param {boolean} last
   * @returns {import('../../node/mamori.js').CsvRecordsResult | null}
   */
  engine(input, shape, last) {
    const command = /** @type {import('./commands.js').RewriteCommand} */ (this.ctx.command);
    try {
      return /** @type {NonNullable<typeof command.csv>} */ (command.csv)(input, shape, last);
    } catch {
      return null;
    }
  }

  /**
   * With --jobs: the plain records at the start of `input`, read by the engine (in
   * one call, with no column to redact) and given to a worker as one piece, which
   * the worker's engine reads again and rewrites (recordsCall). Returns what
   * engineRecords returns.
   * @param {Buffer} input
   * @param {boolean} last
   * @param {import('./run.js').Item[]} sink
   * @returns {{ taken: number, irregular: boolean }}
   */
  readRecords(input, last, sink) {
    const r = this.engine(input, this.shape().reading, last);
    if (r === null) return { taken: 0, irregular: true };
    const count = r.ends.length;
    if (count === 0) return { taken: r.taken, irregular: r.irregular };
    const where = { line: this.line, record: this.record + 1 };
    const starts = new Float64Array(count);
    let records = 0;
    for (let i = 0; i < count; i++) {
      starts[i] = this.line;
      this.line += r.lines[i];
      if (r.spans[2 * i] !== -3) records++;
    }
    this.record += records;
    this.ctx.stats.read += records;
    sink.push({ kind: 'lines', where, raw: input.subarray(0, r.taken), ends: r.ends, records, starts });
    return { taken: r.taken, irregular: r.irregular };
  }

  /**
   * The plain records at the start of `input`, rewritten by the engine in one call
   * (the command's `csv`), as recordOf would do them one by one. Returns how many
   * bytes they span, and whether the engine stopped at a record it does not read
   * (rather than at the end of the input).
   * @param {Buffer} input
   * @param {boolean} last
   * @param {Buffer[]} out
   * @returns {{ taken: number, irregular: boolean }}
   */
  engineRecords(input, last, out) {
    const command = /** @type {import('./commands.js').RewriteCommand} */ (this.ctx.command);
    const shape = this.shape();
    const r = this.engine(input, shape.engine, last);
    if (r === null) return { taken: 0, irregular: true };
    const written = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.length);
    const stats = this.ctx.stats;
    const runs = new Runs(out);
    const f = r.found;
    let k = 0;
    let b = 0;
    for (let i = 0; i < r.ends.length; b = r.ends[i], i++) {
      const e = r.ends[i];
      const line = this.line;
      this.line += r.lines[i];
      const start = r.spans[2 * i];
      if (start === -3) {
        runs.add(input, b, e); // a blank line is no record
        continue;
      }
      this.record++;
      stats.read++;
      const where = { line, record: this.record };
      if (start === -2) {
        this.ctx.fail(where, fieldCount(r.spans[2 * i + 1], shape.header.length), Buffer.from(input.subarray(b, e)));
        if (this.ctx.stopped) {
          runs.flush();
          return { taken: e, irregular: false };
        }
        continue;
      }
      for (; k < f.length && f[k] === i; k += 3 + f[k + 2]) {
        const kinds = kindsAt(r, k);
        command.account(kinds, shape.columns[f[k + 1]].name, where);
      }
      if (start === -1) runs.add(input, b, e);
      else runs.add(written, start, r.spans[2 * i + 1]);
      stats.written++;
    }
    runs.flush();
    return { taken: r.taken, irregular: r.irregular };
  }

  /**
   * Broken quoting: the record counts as read and failed, and the run stops.
   * @param {{ code: string }} error
   */
  broken(error) {
    this.ctx.stats.read++;
    this.ctx.stats.failed++;
    this.ctx.stopped = true;
    const why = error.code === 'TooLong'
      ? `a CSV record longer than ${this.ctx.maxRecordBytes} characters (an unclosed quote?)`
      : `broken CSV quoting (${error.code}): the records after it cannot be told apart`;
    const fatal = new FatalError(`line ${this.line}: ${why}; stopped`);
    // --jobs: the run stops there once the records before it are written.
    if (this.ctx.sink) this.ctx.sink.push({ kind: 'fatal', error: fatal, read: 1, failed: 1 });
    else this.ctx.fatal = fatal;
  }

  /**
   * A piece of output that is no record (the header, a blank line): kept in its place.
   * @param {Buffer[]} out
   * @param {string} piece
   */
  put(out, piece) {
    if (this.ctx.sink) this.ctx.sink.push({ kind: 'pass', data: piece });
    else out.push(Buffer.from(piece, 'utf8'));
  }

  /**
   * @param {string[]} fields
   * @param {string} raw the record's text, line break included
   * @param {Buffer[]} out
   */
  recordOf(fields, raw, out) {
    const line = this.line;
    this.line += countLines(raw);
    if (this.header === null) {
      this.header = fields;
      this.quoteAll = raw.startsWith('"') && stripEnding(raw) === Papa.unparse([fields], { quotes: true });
      const command = this.ctx.command;
      if (command.mode === 'report') command.onHeader(fields);
      if (command.mode === 'rewrite') {
        this.columns = command.fields.map((f) => {
          const index = fields.indexOf(f.name);
          if (index === -1) throw new UsageError(`the CSV header has no column "${f.name}" (it has: ${fields.join(', ')})`);
          return { index, field: f };
        });
        this.put(out, raw);
      }
      return;
    }
    if (fields.length === 1 && fields[0] === '' && stripEnding(raw) === '') {
      if (this.ctx.command.mode === 'rewrite') this.put(out, raw); // a blank line is no record
      return;
    }
    this.record++;
    this.ctx.stats.read++;
    const where = { line, record: this.record };
    const header = this.header;
    try {
      if (fields.length !== header.length) {
        throw new RecordError(fieldCount(fields.length, header.length));
      }
      const ending = raw.slice(stripEnding(raw).length);
      if (this.ctx.sink) {
        // --jobs: a worker thread does the rest; the run puts the results in order.
        this.ctx.sink.push({ kind: 'task', where, raw, job: { fields, ending } });
        return;
      }
      const result = csvRecord(this.ctx.command, this.shape(), fields, ending, where);
      if (typeof result === 'string') {
        out.push(Buffer.from(result, 'utf8'));
      } else if (result === null) {
        out.push(Buffer.from(raw, 'utf8'));
      } else {
        const results = /** @type {import('./run.js').ResultWriter} */ (this.ctx.results);
        out.push(Buffer.from(results.row(result), 'utf8'));
      }
      this.ctx.stats.written++;
    } catch (e) {
      if (!(e instanceof RecordError)) {
        this.ctx.stats.failed++;
        this.ctx.stopped = true;
        this.ctx.fatal = internalError(where, e);
        return;
      }
      this.ctx.fail(where, e.message, raw);
    }
  }

  /**
   * What the work on a record needs to know of the input, once the header is read.
   * @returns {CsvShape}
   */
  shape() {
    if (this.shaped) return this.shaped;
    const delimiter = /** @type {'\n' | '\r\n' | '\r'} */ (this.delimiter);
    const engine = {
      newline: delimiter,
      width: /** @type {string[]} */ (this.header).length,
      columns: Uint32Array.from(this.columns, (c) => c.index),
      quoteAll: this.quoteAll,
    };
    return this.shaped = {
      header: /** @type {string[]} */ (this.header),
      columns: this.columns.map((c) => ({ index: c.index, name: c.field.name })),
      quoteAll: this.quoteAll,
      delimiter,
      engine,
      reading: { ...engine, columns: new Uint32Array(0) },
    };
  }
}

/**
 * @typedef {object} CsvShape
 * @property {string[]} header
 * @property {{ index: number, name: string }[]} columns the columns rewritten
 * @property {boolean} quoteAll whether changed records quote every field
 * @property {'\n' | '\r\n' | '\r'} delimiter the record delimiter
 * @property {import('../../node/mamori.js').CsvShape} engine the same, as the engine
 *   takes it (the command's `csv`)
 * @property {import('../../node/mamori.js').CsvShape} reading the same with no column
 *   to redact: the engine only reads the records
 */

/**
 * The command's `csv` on a worker's batch of plain CSV records (and blank lines),
 * record `i` ending at `ends[i]`, as the run's reader read them: the engine's result
 * (csv.js engineRecords calls it on the run's thread), or null for a command without
 * it. Throws when the engine reads the records otherwise, which it does not.
 * @param {import('./commands.js').Command} command
 * @param {Buffer} bytes
 * @param {Uint32Array} ends
 * @param {CsvShape} shape
 * @returns {import('../../node/mamori.js').CsvRecordsResult | null}
 */
function recordsCall(command, bytes, ends, shape) {
  if (command.mode !== 'rewrite' || !command.csv) return null;
  const r = command.csv(bytes, shape.engine, true);
  if (r.ends.length !== ends.length || r.ends.some((e, i) => e !== ends[i])) {
    throw new Error('the engine read the CSV records otherwise than the reader did');
  }
  return r;
}

/**
 * Why a record with `fields` fields is refused, where the header has `header`.
 * @param {number} fields
 * @param {number} header
 * @returns {string}
 */
function fieldCount(fields, header) {
  return `${fields} fields where the header has ${header}`;
}

/**
 * A record's work, once its fields are read: the record rewritten with its ending
 * (null when nothing changed), or the command's result row. Throws a RecordError when
 * the record is refused. The reader calls it, or a worker thread (--jobs).
 * @param {import('./commands.js').Command} command
 * @param {CsvShape} shape
 * @param {string[]} fields
 * @param {string} ending the record's line break
 * @param {Where} where
 * @returns {string | null | import('./commands.js').ReportRow}
 */
function csvRecord(command, shape, fields, ending, where) {
  if (command.mode === 'report') {
    /** @type {Record<string, string>} */
    const record = Object.create(null); // a column may be called "__proto__"
    shape.header.forEach((name, i) => {
      record[name] = fields[i];
    });
    return command.evaluate(record, where);
  }
  /** @type {string[] | null} */
  let changed = null;
  for (const { index, name } of shape.columns) {
    const before = fields[index];
    const after = command.rewrite(before, name, where);
    if (after !== before) {
      changed ??= fields.slice();
      changed[index] = after;
    }
  }
  if (!changed) return null;
  return Papa.unparse([changed], { quotes: shape.quoteAll, newline: shape.delimiter }) + ending;
}

/**
 * The record delimiter, from the first line break of the input (null: need more).
 * @param {Buffer} bytes
 * @param {boolean} last whether the input ends with `bytes`
 * @returns {'\n' | '\r\n' | '\r' | null}
 */
function detectDelimiter(bytes, last) {
  const lf = bytes.indexOf(0x0a);
  const cr = bytes.indexOf(0x0d);
  const i = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
  if (i === -1) return last ? '\n' : null;
  if (bytes[i] === 0x0a) return '\n';
  if (i + 1 < bytes.length) return bytes[i + 1] === 0x0a ? '\r\n' : '\r';
  return last ? '\r' : null;
}

/**
 * Where the last line break byte (\n or \r) of `bytes` is; -1 when it has none.
 * @param {Buffer} bytes
 */
function lastLineBreak(bytes) {
  return Math.max(bytes.lastIndexOf(0x0a), bytes.lastIndexOf(0x0d));
}

/**
 * The UTF-16 length of the text of UTF-8 `bytes` (a cut sequence at the end counts
 * as what it starts): what the record limit counts.
 * @param {Buffer} bytes
 */
function utf16Length(bytes) {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** @param {string} raw */
function stripEnding(raw) {
  return raw.replace(/(?:\r\n|\r|\n)$/, '');
}

/**
 * @param {string} raw
 * @returns {number} the line breaks in `raw` (\r\n, \r or \n)
 */
function countLines(raw) {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

/**
 * Results of `validate` as CSV: a header, then one row per record.
 * @param {unknown[]} values
 * @returns {string} one CSV line
 */
function csvRow(values) {
  return `${Papa.unparse([values.map((v) => (v === null || v === undefined ? '' : String(v)))], { newline: '\n' })}\n`;
}

module.exports = { CsvReader, csvRow, csvRecord, recordsCall, fieldCount };
