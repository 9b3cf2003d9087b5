// The inbox: one JSON object per line in <data dir>/inbox.jsonl.
//
// Appends are serialized in-process (a promise chain), so two requests answered at the
// same time can never interleave their bytes; each line is written and fsync'd before
// the promise resolves, so a 201 means the message is on disk. A write that fails half
// way (a full disk) is cut back off, so the next line never starts inside it; if even
// that fails, the inbox refuses further appends until a restart (when recover.mjs sets
// the torn line aside).
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';

export class Inbox {
  /** @param {string} dataDir the folder of inbox.jsonl; created (mode 0700) when missing */
  constructor(dataDir) {
    this.file = path.join(dataDir, 'inbox.jsonl');
    this.dataDir = dataDir;
    /** @type {import('node:fs/promises').FileHandle | null} */
    this.handle = null;
    this.tail = Promise.resolve();
    this.closed = false;
    /** The length of the file up to its last complete line. */
    this.size = 0;
    /** Set when a failed write could not be cut off: the file ends inside a line. */
    this.broken = false;
  }

  /**
   * Appends `record` as one line. Resolves once the line is on disk.
   * @param {Record<string, unknown>} record
   * @returns {Promise<void>}
   */
  append(record) {
    if (this.closed) return Promise.reject(Object.assign(new Error('inbox is closed'), { code: 'EINBOXCLOSED' }));
    // JSON.stringify escapes line breaks inside strings, so the record is one line.
    const line = Buffer.from(JSON.stringify(record) + '\n', 'utf8');
    const write = this.tail.then(async () => {
      if (this.broken) throw Object.assign(new Error('inbox ends inside a line'), { code: 'EINBOXTORN' });
      const handle = await this.#open();
      try {
        let offset = 0;
        while (offset < line.length) {
          const { bytesWritten } = await handle.write(line, offset, line.length - offset);
          offset += bytesWritten;
        }
        await handle.sync();
        this.size += line.length;
      } catch (e) {
        // Cut off whatever part of the line was written.
        try {
          await handle.truncate(this.size);
          await handle.sync();
        } catch {
          this.broken = true;
        }
        throw e;
      }
    });
    // The chain goes on after a failed write; the caller of that write sees the error.
    this.tail = write.catch(() => {});
    return write;
  }

  async #open() {
    if (!this.handle) {
      await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
      // The inbox holds personal data: readable by its owner only.
      const handle = await open(this.file, 'a', 0o600);
      this.size = (await handle.stat()).size;
      this.handle = handle;
    }
    return this.handle;
  }

  /** Waits for the pending appends, then closes the file. Later appends are refused. */
  async close() {
    this.closed = true;
    await this.tail;
    if (this.handle) {
      const handle = this.handle;
      this.handle = null;
      await handle.close();
    }
  }
}
