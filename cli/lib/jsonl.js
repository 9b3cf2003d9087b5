'use strict';
// JSON Lines in, JSON Lines (or results) out, one physical line per record.
// Lines are cut on the byte 0x0A, which never occurs inside a UTF-8 sequence, and a
// record that needs no change is written back as the very bytes that were read.
const { isUtf8 } = require('node:buffer');
const { findMembers } = require('./json-members.js');
const { RecordError, internalError, describeJsonError } = require('./errors.js');
const { Runs } = require('./runs.js');

const NEWLINE = 0x0a;

/** @typedef {import('./commands.js').Where} Where */

class JsonlReader {
  /**
   * @param {import('./run.js').Context} ctx the run: command, stats, fail(), output writer, limits
   */
  constructor(ctx) {
    this.ctx = ctx;
    /** @type {Buffer[]} */
    this.pending = [];
    this.pendingBytes = 0;
    this.overlong = false;
    this.line = 0;
    this.record = 0;
    const cmd = ctx.command;
    this.wanted = cmd.mode === 'rewrite' ? new Set(cmd.fields.map((f) => f.name)) : null;
    /** Whether the engine does the records' work (the command's `lines`). */
    this.fast = cmd.mode === 'rewrite' && cmd.lines !== undefined;
  }

  /**
   * Takes one chunk of input; returns the output it produces (Buffers).
   * @param {Buffer} chunk
   * @returns {Buffer[]}
   */
  push(chunk) {
    /** @type {Buffer[]} */
    const out = [];
    let pos = 0;
    if (this.pending.length || this.overlong) {
      // The rest of a line begun in an earlier chunk.
      const nl = chunk.indexOf(NEWLINE);
      if (nl === -1) {
        this.hold(chunk);
        return out;
      }
      pos = nl + 1;
      if (this.overlong) {
        this.overlong = false;
        this.tooLong();
      } else {
        const piece = chunk.subarray(0, pos);
        this.pending.push(piece);
        const buf = Buffer.concat(this.pending, this.pendingBytes + piece.length);
        this.pending = [];
        this.pendingBytes = 0;
        this.lineOf(buf, out, null);
      }
    }
    const last = chunk.lastIndexOf(NEWLINE);
    const sink = this.ctx.sink;
    if (last >= pos && !this.ctx.stopped && sink) {
      // --jobs: the chunk's whole lines go to a worker as one piece; here they are
      // only counted (the blank ones are no records).
      const raw = chunk.subarray(pos, last + 1);
      const ends = lineEnds(raw);
      let records = 0;
      let b = 0;
      for (const e of ends) {
        if (!isBlankLine(raw, b, e)) records++;
        b = e;
      }
      sink.push({ kind: 'lines', where: { line: this.line + 1, record: this.record + 1 }, raw, ends, records });
      this.line += ends.length;
      this.record += records;
      this.ctx.stats.read += records;
      pos = last + 1;
    } else if (last >= pos && !this.ctx.stopped && this.fast) {
      // The engine rewrites the chunk's whole lines in one call; a line it leaves
      // (not UTF-8, not an object…) is read here, as below.
      const region = chunk.subarray(pos, last + 1);
      this.engineLines(region, lineEnds(region), out);
      pos = last + 1;
    } else if (last >= pos && !this.ctx.stopped) {
      // The whole lines of the chunk, decoded at once when they are valid UTF-8
      // (one decoder call per chunk instead of one per line).
      const region = chunk.subarray(pos, last + 1);
      const text = isUtf8(region) ? region.toString('utf8') : null;
      let b = 0;
      let t = 0;
      while (b < region.length && !this.ctx.stopped) {
        const nb = region.indexOf(NEWLINE, b) + 1;
        let lineText = null;
        if (text !== null) {
          const nt = text.indexOf('\n', t) + 1;
          lineText = text.slice(t, nt);
          t = nt;
        }
        this.lineOf(region.subarray(b, nb), out, lineText);
        b = nb;
      }
      pos = last + 1;
    }
    if (pos < chunk.length && !this.ctx.stopped) this.hold(chunk.subarray(pos));
    return out;
  }

  /**
   * End of input: the last line may lack its newline.
   * @returns {Buffer[]}
   */
  end() {
    /** @type {Buffer[]} */
    const out = [];
    if (this.ctx.stopped) return out;
    if (this.overlong) {
      this.overlong = false;
      this.tooLong();
    } else if (this.pending.length) {
      const buf = Buffer.concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
      this.lineOf(buf, out, null);
    }
    return out;
  }

  /** @param {Buffer} part the start of a line the next chunk goes on with */
  hold(part) {
    if (this.overlong) return;
    this.pending.push(part);
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.ctx.maxRecordBytes) {
      // Drop what is held and skip to the next newline: memory stays bounded.
      this.pending = [];
      this.pendingBytes = 0;
      this.overlong = true;
    }
  }

  tooLong() {
    this.line++;
    this.record++;
    this.ctx.stats.read++;
    this.ctx.fail({ line: this.line, record: this.record },
      `record longer than ${this.ctx.maxRecordBytes} bytes`, null);
  }

  /**
   * One physical line: `buf` its bytes with the line ending, `decoded` the same as a
   * string when the caller already decoded it (then it is known to be UTF-8).
   * @param {Buffer} buf
   * @param {Buffer[]} out
   * @param {string | null} decoded
   */
  lineOf(buf, out, decoded) {
    this.line++;
    const end = contentEnd(buf);
    const content = buf.subarray(0, end);
    if (isBlankLine(buf, 0, buf.length)) {
      // Not a record: kept as it was so that line numbers downstream still match.
      if (this.ctx.command.mode === 'rewrite') this.put(out, buf);
      return;
    }
    this.record++;
    this.ctx.stats.read++;
    const where = { line: this.line, record: this.record };
    const sink = this.ctx.sink;
    if (sink) {
      // --jobs: a worker thread does the rest (a line read across chunks: a piece of
      // one line); the run puts the results in order.
      sink.push({ kind: 'lines', where, raw: buf, ends: Uint32Array.of(buf.length), records: 1 });
      return;
    }
    const ending = buf.subarray(end);
    try {
      let text;
      if (decoded !== null) {
        text = decoded.slice(0, decoded.length - ending.length); // the ending is ASCII
      } else {
        text = decode(content);
      }
      const result = jsonlRecord(this.ctx.command, this.wanted, text, ending.toString('latin1'), where);
      if (typeof result === 'string') {
        out.push(Buffer.from(result, 'utf8'));
      } else if (result === null) {
        out.push(buf);
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
      this.ctx.fail(where, e.message, buf);
    }
  }

  /**
   * Whole lines (`region`, ending at `ends`) rewritten by the engine in one call
   * (the command's `lines`), as lineOf would do them one by one: the output goes to
   * `out` in as few pieces as it can (a run of lines the engine left unchanged is
   * one piece of the input), and a line it leaves to the JavaScript (not UTF-8, not
   * an object…) goes through lineOf.
   * @param {Buffer} region
   * @param {Uint32Array} ends
   * @param {Buffer[]} out
   */
  engineLines(region, ends, out) {
    const r = linesCall(this.ctx.command, region, ends);
    if (r === null) {
      let b = 0;
      for (let i = 0; i < ends.length && !this.ctx.stopped; i++) {
        this.lineOf(region.subarray(b, ends[i]), out, null);
        b = ends[i];
      }
      return;
    }
    const command = /** @type {import('./commands.js').RewriteCommand} */ (this.ctx.command);
    const written = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.length);
    const stats = this.ctx.stats;
    const f = r.found;
    let k = 0;
    // A run of lines the engine left unchanged is one piece of `region`; a run it
    // rewrote, one of `written`.
    const runs = new Runs(out);
    let b = 0;
    for (let i = 0; i < ends.length && !this.ctx.stopped; b = ends[i], i++) {
      const e = ends[i];
      const start = r.spans[2 * i];
      if (start === -2) {
        runs.flush();
        this.lineOf(region.subarray(b, e), out, null);
        continue;
      }
      this.line++;
      if (isBlankLine(region, b, e)) {
        // Not a record: kept as it was.
        runs.add(region, b, e);
        continue;
      }
      this.record++;
      stats.read++;
      while (k < f.length && f[k] < i) k += 3 + f[k + 2];
      for (; k < f.length && f[k] === i; k += 3 + f[k + 2]) {
        const kinds = kindsAt(r, k);
        command.account(kinds, command.fields[f[k + 1]].name, { line: this.line, record: this.record });
      }
      if (start === -1) runs.add(region, b, e);
      else runs.add(written, start, r.spans[2 * i + 1]);
      stats.written++;
    }
    runs.flush();
  }

  /**
   * A piece of output that is no record (a blank line): kept in its place.
   * @param {Buffer[]} out
   * @param {Buffer} piece
   */
  put(out, piece) {
    if (this.ctx.sink) this.ctx.sink.push({ kind: 'pass', data: piece });
    else out.push(piece);
  }
}

/**
 * The kinds' names of the value at `k` of an engine batch's `found` (record, field,
 * count, then that many indices into `names`), as redactJsonLines and
 * redactCsvRecords give them.
 * @param {{ found: Uint32Array, names: string[] }} r
 * @param {number} k
 * @returns {string[]}
 */
function kindsAt(r, k) {
  /** @type {string[]} */
  const kinds = [];
  for (let j = 0; j < r.found[k + 2]; j++) kinds.push(r.names[r.found[k + 3 + j]]);
  return kinds;
}

/**
 * Where each line of `region` (whole lines) ends, after its newline.
 * @param {Buffer} region
 * @returns {Uint32Array}
 */
function lineEnds(region) {
  /** @type {number[]} */
  const ends = [];
  for (let b = 0; b < region.length;) {
    const nl = region.indexOf(NEWLINE, b);
    b = nl === -1 ? region.length : nl + 1;
    ends.push(b);
  }
  return Uint32Array.from(ends);
}

/**
 * The command's `lines` on a batch of lines, or null when it has none or the call
 * fails (each line then goes through the JavaScript path).
 * @param {import('./commands.js').Command} command
 * @param {Buffer} bytes
 * @param {Uint32Array} ends
 * @returns {import('../../node/mamori.js').JsonLinesResult | null}
 */
function linesCall(command, bytes, ends) {
  if (command.mode !== 'rewrite' || !command.lines) return null;
  try {
    return command.lines(bytes, ends);
  } catch {
    return null;
  }
}

/**
 * A record's bytes as text; a RecordError when they are not UTF-8.
 * @param {Buffer} content
 * @returns {string}
 */
function decode(content) {
  if (!isUtf8(content)) throw new RecordError('not valid UTF-8');
  return content.toString('utf8');
}

/**
 * Where the record of a line (`buf`, with its ending) ends: before its `\n` or `\r\n`.
 * @param {Buffer} buf
 * @returns {number}
 */
function contentEnd(buf) {
  let end = buf.length;
  if (end > 0 && buf[end - 1] === NEWLINE) end--;
  if (end > 0 && buf[end - 1] === 0x0d) end--;
  return end;
}

/**
 * A line's bytes (`buf`, with its ending) cut into the record's text and its ending,
 * as the reader cuts them. A RecordError when the text is not UTF-8.
 * @param {Buffer} buf
 * @returns {{ text: string, ending: string }}
 */
function jsonlLine(buf) {
  const end = contentEnd(buf);
  return { text: decode(buf.subarray(0, end)), ending: buf.toString('latin1', end) };
}

/**
 * A record's text parsed: the object, or a RecordError thrown.
 * @param {string} text
 * @returns {Record<string, unknown>}
 */
function parseRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new RecordError(describeJsonError(e));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError('not a JSON object');
  }
  return value;
}

/**
 * A record's work, once its line is decoded: the line rewritten with its ending (null
 * when nothing changed), or the command's result row. Throws a RecordError when the
 * record is refused. The run calls it, or a worker thread (--jobs).
 * @param {import('./commands.js').Command} command
 * @param {Set<string> | null} wanted the fields rewritten (rewrite commands)
 * @param {string} text the line, without its ending
 * @param {string} ending the line's ending
 * @param {Where} where
 * @returns {string | null | import('./commands.js').ReportRow}
 */
function jsonlRecord(command, wanted, text, ending, where) {
  const value = parseRecord(text);
  if (command.mode === 'report') return command.evaluate(value, where);
  const text2 = rewriteJson(command, /** @type {Set<string>} */ (wanted), text, value, where);
  return text2 === null ? null : text2 + ending;
}

/**
 * The record's text with the wanted fields rewritten, or null when nothing changed.
 * @param {import('./commands.js').RewriteCommand} cmd
 * @param {Set<string>} wanted
 * @param {string} text
 * @param {object} value the record, parsed
 * @param {Where} where
 * @returns {string | null}
 */
function rewriteJson(cmd, wanted, text, value, where) {
  let any = false;
  for (const name of wanted) {
    if (Object.prototype.hasOwnProperty.call(value, name)) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  let result = '';
  let last = 0;
  for (const m of findMembers(text, wanted)) {
    const token = text.slice(m.start, m.end);
    const first = token.charCodeAt(0);
    let before;
    if (first === 0x22) {
      before = token.includes('\\') ? JSON.parse(token) : token.slice(1, -1);
    } else if (cmd.numbers && (first === 0x2d || (first >= 0x30 && first <= 0x39))) {
      // A number in a text field is masked as its digits were written.
      before = token;
    } else {
      continue; // null, booleans, objects and arrays are not text
    }
    const after = cmd.rewrite(before, m.key, where);
    if (after === before) continue;
    result += text.slice(last, m.start) + JSON.stringify(after);
    last = m.end;
  }
  if (last === 0) return null;
  return result + text.slice(last);
}

/**
 * Whether the line `buf[start..end]` (its ending included) is blank: no record.
 * @param {Buffer} buf
 * @param {number} start
 * @param {number} end
 */
function isBlankLine(buf, start, end) {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== NEWLINE) return false;
  }
  return true;
}


module.exports = { JsonlReader, jsonlRecord, jsonlLine, linesCall, isBlankLine, kindsAt };
