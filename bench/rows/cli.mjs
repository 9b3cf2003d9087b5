// The CLI row: `mamori redact` over a generated JSONL export of inquiries, with one
// worker and with two, next to a JavaScript script that does the same with the regex
// redactor (bench/peers/regex-cli.mjs). Each runs as a fresh process with the file on
// its standard input and output; wall time and peak RSS come from /usr/bin/time
// (wall time alone where it is missing). The two mamori outputs must be identical.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { message, rng, root } from '../lib/data.mjs';
import { now } from '../lib/measure.mjs';

const MiB = 1024 * 1024;

/**
 * Writes `bytes` of JSONL records (id, received, body, memo, phone) to `file`.
 * @param {string} file
 * @param {number} bytes
 */
function writeExport(file, bytes) {
  const r = rng(11);
  const fd = openSync(file, 'w');
  let size = 0;
  let id = 0;
  let chunk = [];
  while (size < bytes) {
    id++;
    const line = JSON.stringify({
      id: `r${id}`, received: '2026-07-01T10:00:00+09:00', body: message(r),
      memo: r.chance(0.2) ? `控え ${r.int(0, 99)}` : '', phone: '03-1234-5678',
    }) + '\n';
    chunk.push(line);
    size += Buffer.byteLength(line);
    if (chunk.length >= 2000) { writeSync(fd, chunk.join('')); chunk = []; }
  }
  writeSync(fd, chunk.join(''));
  closeSync(fd);
}

/**
 * Runs `argv` with `input` on stdin and `output` as stdout.
 * @param {string[]} argv
 * @param {string} input
 * @param {string} output
 * @returns {{ seconds: number, rssMiB: number | null, error: string | null }}
 */
function timed(argv, input, output) {
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'mamori-bench %e %M'] : [];
  const stdin = openSync(input, 'r');
  const stdout = openSync(output, 'w');
  const t0 = now();
  const cmd = [...time, ...argv];
  const r = spawnSync(/** @type {string} */ (cmd[0]), cmd.slice(1), { cwd: root, stdio: [stdin, stdout, 'pipe'], encoding: 'utf8', maxBuffer: 64 * MiB });
  const wall = (now() - t0) / 1000;
  closeSync(stdin);
  closeSync(stdout);
  if (r.status !== 0) return { seconds: wall, rssMiB: null, error: `exit ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}`.slice(0, 120) };
  const m = /mamori-bench ([\d.]+) (\d+)/.exec(r.stderr || '');
  return { seconds: m ? Number(m[1]) : wall, rssMiB: m ? Number(m[2]) / 1024 : null, error: null };
}

/** @param {string} file */
function digest(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * @param {{ smoke: boolean }} options
 * @returns {import('../lib/report.mjs').CliResult}
 */
export function cliRow({ smoke }) {
  const dir = os.tmpdir();
  const input = path.join(dir, `mamori-bench-${process.pid}.jsonl`);
  const bytes = smoke ? 1 * MiB : 200 * MiB;
  writeExport(input, bytes);
  const size = statSync(input).size;
  const cli = path.join(root, 'pkg', 'bin', 'mamori.js');
  const outs = [1, 2, 3].map((i) => path.join(dir, `mamori-bench-${process.pid}-${i}.jsonl`));
  /** @type {import('../lib/report.mjs').CliRun[]} */
  const runs = [];
  try {
    for (const [label, argv, out] of /** @type {[string, string[], string][]} */ ([
      ['mamori redact --jobs 1', [process.execPath, cli, 'redact', '--jobs', '1', '--quiet'], outs[0]],
      ['mamori redact --jobs 2', [process.execPath, cli, 'redact', '--jobs', '2', '--quiet'], outs[1]],
      ['regex redactor script (one thread)', [process.execPath, path.join(root, 'bench', 'peers', 'regex-cli.mjs')], outs[2]],
    ])) {
      const r = timed(argv, input, out);
      runs.push({ label, ...r, mbps: r.error ? null : size / MiB / r.seconds });
    }
    const same = digest(outs[0]) === digest(outs[1]);
    return { bytes: size, runs, identical: same };
  } finally {
    for (const f of [input, ...outs]) rmSync(f, { force: true });
  }
}
