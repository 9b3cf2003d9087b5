'use strict';
// CSV in, CSV (or results) out, parsed and written by Papa Parse. The first record
// is the header. A record that needs no change is written back as the very text it
// was read from (Papa Parse tells where each record ends); a changed record is
// serialized again in the quoting style of the header (every field quoted, or only
// where needed).
const Papa = require('papaparse');
const { RecordError, internalError, FatalError, UsageError } = require('./errors.js');

/** @typedef {import('./commands.js').Where} Where */

class CsvReader {
  /** @param {import('./run.js').Context} ctx the run: command, stats, fail(), output writer, limits */
  constructor(ctx) {
    this.ctx = ctx;
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    this.text = ''; // input not yet taken: at most the record the last chunk cut
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
    this.bytes = 0;
    /** @type {CsvShape | null} */
    this.shaped = null;
  }

  /**
   * Takes one chunk of input; returns the output it produces.
   * @param {Buffer} chunk
   * @returns {string[]}
   */
  push(chunk) {
    return this.take(this.decode(chunk, true), false);
  }

  /**
   * End of input.
   * @returns {string[]}
   */
  end() {
    return this.take(this.decode(undefined, false), true);
  }

  /**
   * @param {Buffer | undefined} chunk
   * @param {boolean} stream whether more input follows
   * @returns {string}
   */
  decode(chunk, stream) {
    try {
      const text = this.decoder.decode(chunk, { stream });
      if (chunk) this.bytes += chunk.length;
      return text;
    } catch {
      throw new FatalError(`the input is not UTF-8 (near byte ${this.bytes}); convert it first, e.g. iconv -f SHIFT_JIS -t UTF-8`);
    }
  }

  /**
   * @param {string} text more input
   * @param {boolean} last whether the input ends with it
   * @returns {string[]}
   */
  take(text, last) {
    /** @type {string[]} */
    const out = [];
    if (this.ctx.stopped) return out;
    this.text += text;
    if (!this.delimiter) {
      this.delimiter = detectDelimiter(this.text, last);
      if (!this.delimiter) return out;
    }
    /** @type {Papa.ParseStepResult<string[]>[]} */
    const rows = [];
    Papa.parse(this.text, {
      delimiter: ',',
      newline: this.delimiter,
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
      const raw = this.text.slice(start, r.meta.cursor);
      start = r.meta.cursor;
      if (r.errors.length) {
        this.broken(r.errors[0]);
        break;
      }
      this.recordOf(r.data, raw, out);
    }
    this.text = last || this.ctx.stopped ? '' : this.text.slice(start);
    if (this.text.length > this.ctx.maxRecordBytes) {
      this.broken({ code: 'TooLong' });
      this.text = '';
    }
    if (last && !this.ctx.stopped && this.header === null) {
      throw new UsageError('the CSV input is empty: it needs a header line');
    }
    return out;
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
   * @param {string[]} out
   * @param {string} piece
   */
  put(out, piece) {
    if (this.ctx.sink) this.ctx.sink.push({ kind: 'pass', data: piece });
    else out.push(piece);
  }

  /**
   * @param {string[]} fields
   * @param {string} raw the record's text, line break included
   * @param {string[]} out
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
        throw new RecordError(`${fields.length} fields where the header has ${header.length}`);
      }
      const ending = raw.slice(stripEnding(raw).length);
      if (this.ctx.sink) {
        // --jobs: a worker thread does the rest; the run puts the results in order.
        this.ctx.sink.push({ kind: 'task', where, raw, job: { fields, ending } });
        return;
      }
      const result = csvRecord(this.ctx.command, this.shape(), fields, ending, where);
      if (typeof result === 'string') {
        out.push(result);
      } else if (result === null) {
        out.push(raw);
      } else {
        const results = /** @type {import('./run.js').ResultWriter} */ (this.ctx.results);
        out.push(results.row(result));
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
    return this.shaped ??= {
      header: /** @type {string[]} */ (this.header),
      columns: this.columns.map((c) => ({ index: c.index, name: c.field.name })),
      quoteAll: this.quoteAll,
      delimiter: /** @type {string} */ (this.delimiter),
    };
  }
}

/**
 * @typedef {object} CsvShape
 * @property {string[]} header
 * @property {{ index: number, name: string }[]} columns the columns rewritten
 * @property {boolean} quoteAll whether changed records quote every field
 * @property {string} delimiter the record delimiter
 */

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
 * @param {string} text
 * @param {boolean} last whether the input ends with `text`
 * @returns {'\n' | '\r\n' | '\r' | null}
 */
function detectDelimiter(text, last) {
  const i = text.search(/[\r\n]/);
  if (i === -1) return last ? '\n' : null;
  if (text[i] === '\n') return '\n';
  if (i + 1 < text.length) return text[i + 1] === '\n' ? '\r\n' : '\r';
  return last ? '\r' : null;
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

module.exports = { CsvReader, csvRow, csvRecord };
