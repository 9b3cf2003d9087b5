'use strict';
// CSV in, CSV (or results) out, parsed by csv-parse and written by csv-stringify.
// The first record is the header. A record that needs no change is written back as
// the text it was read from; a changed record is serialized again in the quoting
// style of the header (every field quoted, or only where needed).
const { parse } = require('csv-parse');
const { stringify } = require('csv-stringify/sync');
const { RecordError, FatalError, UsageError } = require('./errors.js');

class CsvReader {
  constructor(ctx) {
    this.ctx = ctx;
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    this.parser = null;
    this.head = ''; // text held until the record delimiter is known
    this.delimiter = null;
    this.queue = [];
    this.header = null;
    this.line = 1; // line on which the next record starts
    this.record = 0;
    this.bytes = 0;
  }

  push(chunk) {
    return this.take(this.decode(chunk, true), false);
  }

  end() {
    return this.take(this.decode(undefined, false), true);
  }

  decode(chunk, stream) {
    try {
      const text = this.decoder.decode(chunk, { stream });
      if (chunk) this.bytes += chunk.length;
      return text;
    } catch {
      throw new FatalError(`the input is not UTF-8 (near byte ${this.bytes}); convert it first, e.g. iconv -f SHIFT_JIS -t UTF-8`);
    }
  }

  take(text, last) {
    const out = [];
    if (this.ctx.stopped) return out;
    if (!this.parser) {
      this.head += text;
      const delimiter = detectDelimiter(this.head, last);
      if (!delimiter) return out;
      this.start(delimiter);
      text = this.head;
      this.head = '';
    }
    if (text) this.parser.write(text);
    if (last) this.parser.end();
    this.drain(out);
    if (last && !this.ctx.stopped && this.header === null) {
      throw new UsageError('the CSV input is empty: it needs a header line');
    }
    return out;
  }

  start(delimiter) {
    this.delimiter = delimiter;
    this.parser = parse({
      raw: true,
      relax_column_count: true,
      record_delimiter: delimiter,
      max_record_size: this.ctx.maxRecordBytes,
      // Records are taken here, in order, as they are parsed: nothing is buffered in
      // the stream, so the parser never waits for a reader.
      on_record: (rec) => {
        this.queue.push(rec);
        return null;
      },
    });
    // Errors are read from `parser.errored`, set as soon as write() returns.
    this.parser.on('error', () => {});
  }

  drain(out) {
    for (const rec of this.queue) {
      if (this.ctx.stopped) break;
      this.recordOf(rec.record, fixRaw(rec.raw, this.delimiter), out);
    }
    this.queue = [];
    const error = this.parser.errored;
    if (error && !this.ctx.stopped) {
      // The record that broke counts as read and failed; what came before it has
      // been written. The run cannot go on: the parser lost the record boundaries.
      this.ctx.stats.read++;
      this.ctx.stats.failed++;
      this.ctx.stopped = true;
      this.ctx.fatal = new FatalError(`line ${this.line}: ${describeCsvError(error.code, this.ctx.maxRecordBytes)}; stopped`);
    }
  }

  recordOf(fields, raw, out) {
    const line = this.line;
    this.line += countLines(raw);
    if (this.header === null) {
      this.header = fields;
      this.quoteAll = raw.startsWith('"') && stripEnding(raw) === stringify([fields], { quoted: true, eof: false });
      this.ctx.command.onHeader?.(fields);
      if (this.ctx.command.mode === 'rewrite') {
        this.columns = this.ctx.command.fields.map((f) => {
          const index = fields.indexOf(f.name);
          if (index === -1) throw new UsageError(`the CSV header has no column "${f.name}" (it has: ${fields.join(', ')})`);
          return { index, field: f };
        });
        out.push(raw);
      }
      return;
    }
    if (fields.length === 1 && fields[0] === '' && stripEnding(raw) === '') {
      if (this.ctx.command.mode === 'rewrite') out.push(raw); // a blank line is no record
      return;
    }
    this.record++;
    this.ctx.stats.read++;
    const where = { line, record: this.record };
    try {
      if (fields.length !== this.header.length) {
        throw new RecordError(`${fields.length} fields where the header has ${this.header.length}`);
      }
      if (this.ctx.command.mode === 'rewrite') {
        out.push(this.rewrite(fields, raw, where));
      } else {
        const record = {};
        this.header.forEach((name, i) => {
          record[name] = fields[i];
        });
        out.push(this.ctx.results.row(this.ctx.command.evaluate(record, where)));
      }
      this.ctx.stats.written++;
    } catch (e) {
      if (!(e instanceof RecordError)) throw e;
      this.ctx.fail(where, e.message, raw);
    }
  }

  rewrite(fields, raw, where) {
    let changed = null;
    for (const { index, field } of this.columns) {
      const before = fields[index];
      const after = this.ctx.command.rewrite(before, field.name, where);
      if (after !== before) {
        changed ??= fields.slice();
        changed[index] = after;
      }
    }
    if (!changed) return raw;
    const body = stringify([changed], { quoted: this.quoteAll, eof: false, record_delimiter: this.delimiter });
    return body + raw.slice(stripEnding(raw).length);
  }
}

function describeCsvError(code, max) {
  if (code === 'CSV_MAX_RECORD_SIZE') return `a CSV record longer than ${max} bytes (an unclosed quote?)`;
  if (/QUOTE/.test(String(code))) return `broken CSV quoting (${code}): the records after it cannot be told apart`;
  return `the CSV cannot be parsed (${code || 'error'})`;
}

/** The record delimiter, from the first line break of the input (null: need more). */
function detectDelimiter(text, last) {
  const i = text.search(/[\r\n]/);
  if (i === -1) return last ? '\n' : null;
  if (text[i] === '\n') return '\n';
  if (i + 1 < text.length) return text[i + 1] === '\n' ? '\r\n' : '\r';
  return last ? '\r' : null;
}

/** csv-parse leaves the final "\n" of a "\r\n" out of a record's raw text. */
function fixRaw(raw, delimiter) {
  return delimiter === '\r\n' && raw.endsWith('\r') ? raw + '\n' : raw;
}

function stripEnding(raw) {
  return raw.replace(/(?:\r\n|\r|\n)$/, '');
}

function countLines(raw) {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

/** Results of `validate` as CSV: a header, then one row per record. */
function csvRow(values) {
  return stringify([values], { eof: true, record_delimiter: '\n', cast: { boolean: (b) => String(b) } });
}

module.exports = { CsvReader, csvRow };
