'use strict';
// Where the top-level members of a JSON object sit in its source text, so that a
// value can be replaced in place and every other byte of the record kept as it was
// (re-serializing would turn 1.0 into 1, reorder nothing but re-escape strings, …).
// The text must already have passed JSON.parse: this walks valid JSON only.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** @param {number} c a UTF-16 code unit (NaN past the end) */
function isSpace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * @param {string} text
 * @param {number} i
 * @returns {number} the index of the first non-space at or after `i`
 */
function skipSpace(text, i) {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Index just past the string literal that starts at `i` (an opening quote).
 * @param {string} text
 * @param {number} i
 * @returns {number}
 */
function skipString(text, i) {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    let slashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/**
 * Index just past the value that starts at `i`.
 * @param {string} text
 * @param {number} i
 * @returns {number}
 */
function skipValue(text, i) {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (;;) {
      const d = text.charCodeAt(i);
      if (d === QUOTE) {
        i = skipString(text, i);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
  }
  // number, true, false, null
  for (;;) {
    const d = text.charCodeAt(i);
    if (Number.isNaN(d) || d === 0x2c || d === 0x7d || d === 0x5d || isSpace(d)) return i;
    i++;
  }
}

/**
 * The key whose literal is `text.slice(start, end)`, quotes included.
 * @param {string} text
 * @param {number} start
 * @param {number} end
 * @returns {string}
 */
function decodeKey(text, start, end) {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? JSON.parse(text.slice(start, end)) : inner;
}

/**
 * The members of the top-level object in `text` whose key is in `wanted` (a Set):
 * `[{ key, start, end }]`, `text.slice(start, end)` being the value's source.
 * Duplicate keys are all returned, in source order.
 * @param {string} text
 * @param {ReadonlySet<string>} wanted
 * @returns {{ key: string, start: number, end: number }[]}
 */
function findMembers(text, wanted) {
  /** @type {{ key: string, start: number, end: number }[]} */
  const found = [];
  let i = skipSpace(text, 0) + 1; // past '{'
  for (;;) {
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== QUOTE) return found; // '}' of an empty object
    const keyStart = i;
    i = skipString(text, i);
    const keyEnd = i;
    i = skipSpace(text, i) + 1; // past ':'
    i = skipSpace(text, i);
    const start = i;
    i = skipValue(text, i);
    const key = decodeKey(text, keyStart, keyEnd);
    if (wanted.has(key)) found.push({ key, start, end: i });
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== 0x2c) return found;
    i++;
  }
}

module.exports = { findMembers };
