'use strict';
// Errors of the command line, and messages that never carry a record's content:
// the content may be exactly the sensitive number the tool exists to hide.

/** A record that cannot be processed; the run reports it and goes on. */
class RecordError extends Error {}

/** Wrong usage: exit code 2 with a pointer to --help. */
class UsageError extends Error {}

/** The run cannot go on (I/O, a broken CSV structure): exit code 2. */
class FatalError extends Error {}

/**
 * Why JSON.parse refused a line, without the excerpt of the line that V8 puts into
 * some of its messages (`Unexpected token 'x', "…" is not valid JSON`).
 * @param {unknown} e what JSON.parse threw
 * @returns {string}
 */
function describeJsonError(e) {
  const message = String(e && /** @type {{ message?: unknown }} */ (e).message);
  const at = /at position (\d+)/.exec(message);
  let reason = message.replace(/ (in JSON )?at position \d+.*$/s, '');
  if (reason.includes('"') || reason.length > 80 || !at) {
    reason = /Unexpected end of JSON input/.test(message) ? 'unexpected end of JSON input' : 'not valid JSON';
  } else {
    reason = `not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  }
  return at ? `${reason} (column ${Number(at[1]) + 1})` : reason;
}

/**
 * Calls the engine; the errors it throws by contract for bad input (TypeError,
 * RangeError, coded Error) fail the record. Anything else (a trapped module) ends
 * the run.
 * @template T
 * @param {string} label
 * @param {() => T} fn
 * @returns {T}
 */
function engineCall(label, fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError || (e instanceof Error && typeof /** @type {Error & { code?: unknown }} */ (e).code === 'string')) {
      throw new RecordError(`${label}: ${e.message}`);
    }
    throw e;
  }
}

/**
 * Anything but a RecordError while processing a record (a trapped WebAssembly module,
 * a bug) ends the run; what was written before stays. Returns the error to raise.
 * @param {{ line: number, record: number }} where
 * @param {unknown} e
 * @returns {FatalError}
 */
function internalError(where, e) {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const error = new FatalError(`line ${where.line} (record ${where.record}): internal error (${what}); stopped. Please report it.`);
  error.cause = e;
  return error;
}

module.exports = { RecordError, UsageError, FatalError, describeJsonError, engineCall, internalError };
