'use strict';
// A one-line progress display on stderr: records, MB/s and, when the input size is
// known, a bar and the time left. Drawn at most ten times a second.

const WIDTH = 24;

class Progress {
  /**
   * @param {{ write(chunk: string): unknown }} stream where the line is drawn (stderr)
   * @param {string} label
   * @param {number} total the input's size in bytes, 0 when unknown
   */
  constructor(stream, label, total) {
    this.stream = stream;
    this.label = label;
    this.total = total > 0 ? total : 0;
    this.started = Date.now();
    this.drawn = 0;
    this.visible = false;
  }

  /**
   * @param {number} bytes read so far
   * @param {number} records done so far
   */
  update(bytes, records) {
    const now = Date.now();
    if (now - this.drawn < 100) return;
    this.drawn = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = bytes / seconds;
    let line = `${this.label}  ${records.toLocaleString('en-US')} records  ${(rate / 1e6).toFixed(1)} MB/s`;
    if (this.total) {
      const done = Math.min(bytes / this.total, 1);
      const filled = Math.round(done * WIDTH);
      const eta = rate > 0 ? (this.total - bytes) / rate : 0;
      line = `${this.label}  [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(done * 100).toFixed(0).padStart(3)}%  ` +
        `${records.toLocaleString('en-US')} records  ${(rate / 1e6).toFixed(1)} MB/s  ETA ${clock(eta)}`;
    }
    this.stream.write(`\r${line}\x1b[K`);
    this.visible = true;
  }

  /** Removes the line, e.g. before a message or the summary. */
  clear() {
    if (this.visible) this.stream.write('\r\x1b[K');
    this.visible = false;
    this.drawn = 0;
  }
}

/**
 * @param {number} seconds
 * @returns {string} m:ss or h:mm:ss
 */
function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s % 60).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

module.exports = { Progress };
