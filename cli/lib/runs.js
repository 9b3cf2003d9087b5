'use strict';
// Output gathered in runs: slices of one buffer that follow each other become one
// piece, so that a chunk's unchanged records go out as one slice of the input and
// its rewritten ones as one slice of the engine's output, not a piece each.

class Runs {
  /** @param {Buffer[]} out where the pieces go */
  constructor(out) {
    this.out = out;
    /** @type {Buffer | null} */
    this.buf = null;
    this.from = 0;
    this.to = 0;
  }

  /**
   * Adds `buf[from..to]`: to the open piece when it goes on from there, else as a new one.
   * @param {Buffer} buf
   * @param {number} from
   * @param {number} to
   */
  add(buf, from, to) {
    if (buf === this.buf && from === this.to) {
      this.to = to;
      return;
    }
    this.flush();
    this.buf = buf;
    this.from = from;
    this.to = to;
  }

  /** Puts the open piece out; call it before anything else is put out. */
  flush() {
    if (this.buf && this.to > this.from) this.out.push(this.buf.subarray(this.from, this.to));
    this.buf = null;
  }
}

module.exports = { Runs };
