// Crash recovery of the inbox, run once when the receiver starts, before it listens.
//
// Every record is one line, written and fsync'd before its 201, so a crash (SIGKILL,
// power loss) can leave at most one incomplete line: the end of the file, after its
// last newline. That fragment is no record: it was never acknowledged. It is moved,
// byte for byte, to inbox.torn (so that nothing is destroyed) and the inbox is cut back
// to its last complete line; otherwise the next record would be glued onto it and
// both would be lost to a reader. The log line gives its size, never its contents.
import { open } from 'node:fs/promises';
import path from 'node:path';

/** How much of the file is read at a time while looking for the last newline. */
const CHUNK = 64 * 1024;

/**
 * The length of the file up to and including its last newline (0 when it has none).
 * @param {import('node:fs/promises').FileHandle} handle
 * @param {number} size
 */
async function completeLength(handle, size) {
  const buffer = Buffer.alloc(CHUNK);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, end - start, start);
    const at = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (at !== -1) return start + at + 1;
    end = start;
  }
  return 0;
}

/**
 * Sets aside an incomplete last line of `file` into `<dir>/inbox.torn`.
 * Returns the number of bytes set aside (0 when the file ends with a complete line or
 * does not exist).
 * @param {string} file the inbox (inbox.jsonl)
 * @param {(line: string) => void} log
 */
export async function setAsideTornLine(file, log) {
  let handle;
  try {
    handle = await open(file, 'r+');
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return 0;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    const complete = await completeLength(handle, size);
    if (complete === size) return 0;
    const fragment = Buffer.alloc(size - complete);
    await handle.read(fragment, 0, fragment.length, complete);
    // First keep the fragment (fsync'd), then cut it off: a crash in between leaves it
    // in both places, never in neither.
    const tornFile = path.join(path.dirname(file), 'inbox.torn');
    const torn = await open(tornFile, 'a', 0o600);
    try {
      await torn.write(Buffer.concat([fragment, Buffer.from('\n')]));
      await torn.sync();
    } finally {
      await torn.close();
    }
    await handle.truncate(complete);
    await handle.sync();
    log(`inbox: set aside a torn last line (${fragment.length} bytes, never acknowledged) into ${path.basename(tornFile)}`);
    return fragment.length;
  } finally {
    await handle.close();
  }
}
