// The CLI row: `mamori redact` over a generated JSONL export of inquiries, with one
// worker and with two, next to a JavaScript script that does the same with the regex
// redactor (bench/peers/regex-cli.mjs); the same export as CSV, with one worker and
// two; and, for what two workers can gain on this machine, two one-worker runs at
// once, each over the whole file. Each runs as a fresh process with the file on its
// standard input and output; wall time and peak RSS come from /usr/bin/time (wall
// time alone where it is missing), the median of three rounds. The outputs with one
// worker and two must be identical.
import { spawn, spawnSync } from 'node:child_process';
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

/** @param {boolean} smoke */
const ROUNDS = (smoke) => (smoke ? 1 : 3);

/**
 * The run of median time among `all` (an error, if any run failed), with the
 * highest peak RSS of them.
 * @param {{ seconds: number, rssMiB: number | null, error: string | null }[]} all
 */
function median(all) {
  const failed = all.find((r) => r.error);
  if (failed) return failed;
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[(sorted.length - 1) >> 1];
  const rss = all.map((r) => r.rssMiB).filter((x) => x !== null);
  return { ...mid, rssMiB: rss.length ? Math.max(...rss) : null };
}

/**
 * The JSONL export `jsonl` as CSV (a header, then the same fields; quoted where
 * they need it), written to `file`.
 * @param {string} jsonl
 * @param {string} file
 */
function writeCsv(jsonl, file) {
  const field = (/** @type {string} */ v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const columns = ['id', 'received', 'body', 'memo', 'phone'];
  const fd = openSync(file, 'w');
  writeSync(fd, `${columns.join(',')}\r\n`);
  let rows = [];
  for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    rows.push(columns.map((c) => field(String(r[c]))).join(','));
    if (rows.length >= 2000) { writeSync(fd, `${rows.join('\r\n')}\r\n`); rows = []; }
  }
  if (rows.length) writeSync(fd, `${rows.join('\r\n')}\r\n`);
  closeSync(fd);
}

/**
 * Runs `argv` twice at once, each with `input` on stdin and its own output: the
 * wall time until both are done.
 * @param {string[]} argv
 * @param {string} input
 * @param {string[]} outputs
 * @returns {Promise<{ seconds: number, error: string | null }>}
 */
async function timedPair(argv, input, outputs) {
  settle();
  const t0 = now();
  const codes = await Promise.all(outputs.map((output) => new Promise((resolve) => {
    const stdin = openSync(input, 'r');
    const stdout = openSync(output, 'w');
    const child = spawn(/** @type {string} */ (argv[0]), argv.slice(1), { cwd: root, stdio: [stdin, stdout, 'ignore'] });
    child.on('exit', (code) => {
      closeSync(stdin);
      closeSync(stdout);
      resolve(code);
    });
  })));
  const seconds = (now() - t0) / 1000;
  const bad = codes.find((c) => c !== 0);
  return { seconds, error: bad === undefined ? null : `exit ${bad}` };
}

/**
 * Writes what the commands before wrote out to the disk (`sync`) before the next one
 * is timed: the kernel flushing the last command's 200 MiB while the next runs takes
 * a core from it, which a one-worker run has to spare and a two-worker run has not
 * (on this machine, `--jobs 2` measured 1.57–1.60× `--jobs 1` in the row's rounds,
 * 1.69–1.76× in runs by hand between which the disk was idle; 2026-12-05).
 */
function settle() {
  spawnSync('sync', [], { stdio: 'ignore' });
}

/**
 * Runs `argv` with `input` on stdin and `output` as stdout.
 * @param {string[]} argv
 * @param {string} input
 * @param {string} output
 * @returns {{ seconds: number, rssMiB: number | null, error: string | null }}
 */
function timed(argv, input, output) {
  settle();
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
 * @returns {Promise<import('../lib/report.mjs').CliResult>}
 */
export async function cliRow({ smoke }) {
  const dir = os.tmpdir();
  const input = path.join(dir, `mamori-bench-${process.pid}.jsonl`);
  const csvInput = path.join(dir, `mamori-bench-${process.pid}.csv`);
  const bytes = smoke ? 1 * MiB : 200 * MiB;
  writeExport(input, bytes);
  writeCsv(input, csvInput);
  const size = statSync(input).size;
  const csvSize = statSync(csvInput).size;
  const cli = path.join(root, 'pkg', 'bin', 'mamori.js');
  const outs = [1, 2, 3, 4, 5, 6, 7].map((i) => path.join(dir, `mamori-bench-${process.pid}-${i}.out`));
  const one = [process.execPath, cli, 'redact', '--jobs', '1', '--quiet'];
  /** @type {[string, string[], string, string, number][]} label, argv, output, input, its size */
  const commands = [
    ['mamori redact --jobs 1', one, outs[0], input, size],
    ['mamori redact --jobs 2', [process.execPath, cli, 'redact', '--jobs', '2', '--quiet'], outs[1], input, size],
    ['regex redactor script (one thread)', [process.execPath, path.join(root, 'bench', 'peers', 'regex-cli.mjs')], outs[2], input, size],
    ['mamori redact --format csv --jobs 1', [process.execPath, cli, 'redact', '--format', 'csv', '--jobs', '1', '--quiet'], outs[3], csvInput, csvSize],
    ['mamori redact --format csv --jobs 2', [process.execPath, cli, 'redact', '--format', 'csv', '--jobs', '2', '--quiet'], outs[4], csvInput, csvSize],
  ];
  const pairLabel = 'two `mamori redact --jobs 1` at once (each the whole file)';
  /** @type {Map<string, { seconds: number, rssMiB: number | null, error: string | null }[]>} */
  const times = new Map();
  for (const label of [...commands.map((c) => c[0]), pairLabel]) times.set(label, []);
  try {
    // Rounds of every command in turn: this machine's speed drifts by tens of percent
    // within minutes, and the median round of each command counts.
    for (let round = 0; round < ROUNDS(smoke); round++) {
      for (const [label, argv, out, file] of commands) times.get(label)?.push(timed(argv, file, out));
      // Two one-worker runs at once: twice the work, in the wall time both take.
      times.get(pairLabel)?.push({ ...(await timedPair(one, input, [outs[5], outs[6]])), rssMiB: null });
    }
    /** @type {import('../lib/report.mjs').CliRun[]} */
    const runs = [...times].map(([label, all]) => {
      const work = label === pairLabel ? 2 * size : (commands.find((c) => c[0] === label)?.[4] ?? size);
      const r = median(all);
      return { label, ...r, mbps: r.error ? null : work / MiB / r.seconds };
    });
    const same = digest(outs[0]) === digest(outs[1]);
    const csvSame = digest(outs[3]) === digest(outs[4]);
    return { bytes: size, csvBytes: csvSize, rounds: ROUNDS(smoke), runs, identical: same, csvIdentical: csvSame };
  } finally {
    for (const f of [input, csvInput, ...outs]) rmSync(f, { force: true });
  }
}
