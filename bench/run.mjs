#!/usr/bin/env node
// `npm run bench`: mamori against the libraries a JavaScript developer would pick
// instead, side by side in one process run. Writes bench/RESULTS.md and
// bench/results.json.
//
//   node bench/run.mjs            the full run (needs pkg/ built: npm run build)
//   node bench/run.mjs --smoke    one tiny iteration of every row, nothing written
//                                 (--print: show the report it would write)
//   node bench/run.mjs --no-rust  skip the native micro benchmarks (cargo bench)
//   node bench/run.mjs --report-only   re-render RESULTS.md from results.json
//
// A row whose engine function is not built yet says "not implemented"; nothing here
// fails because a number is slow. The run exits non-zero only when the bench code
// itself breaks.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './lib/data.mjs';
import { now } from './lib/measure.mjs';
import { render } from './lib/report.mjs';
import { buildBundles, sizeRows } from './rows/size.mjs';
import { browserStartup, nodeStartup } from './rows/startup.mjs';
import { boundaryRow, formRow, phoneRow, redactRow, scalingRow } from './rows/speed.mjs';
import { rustBench } from './rows/rust.mjs';
import { cliRow } from './rows/cli.mjs';

const args = new Set(process.argv.slice(2));
if (args.has('--report-only')) {
  // Re-renders RESULTS.md from results.json (after editing bench/analysis.md).
  const { render } = await import('./lib/report.mjs');
  const { root } = await import('./lib/data.mjs');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const dir = (await import('node:path')).join(root, 'bench');
  const res = JSON.parse(readFileSync(`${dir}/results.json`, 'utf8'));
  writeFileSync(`${dir}/RESULTS.md`, render(res, readFileSync(`${dir}/analysis.md`, 'utf8')));
  console.error('bench: RESULTS.md re-rendered from results.json');
  process.exit(0);
}
const smoke = args.has('--smoke');
const log = (/** @type {unknown[]} */ ...a) => console.error(`[bench${smoke ? ' smoke' : ''}]`, ...a);

const pkgDir = path.join(root, 'pkg');
if (!existsSync(path.join(pkgDir, 'node', 'mamori.js')) || !existsSync(path.join(pkgDir, 'web', 'mamori_bg.wasm'))) {
  console.error('bench: pkg/ is not built; run `npm run build` first (npm run bench does)');
  process.exit(2);
}
const require = createRequire(import.meta.url);
/** @type {import('./rows/speed.mjs').Mamori} */
const mamori = require(pkgDir + '/');

/**
 * The installed version of a peer, or null.
 * @param {string} name
 * @returns {string | null}
 */
function peerVersion(name) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}
/**
 * What `cmd argv…` prints, or null when it fails.
 * @param {string} cmd
 * @param {string[]} argv
 * @returns {string | null}
 */
function tryRun(cmd, argv) {
  try { return execFileSync(cmd, argv, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
}

const started = now();
/** @type {import('./lib/report.mjs').Results} */
const results = {
  meta: {
    date: new Date().toISOString(),
    smoke,
    commit: tryRun('git', ['rev-parse', '--short', 'HEAD']),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    node: process.version,
    rustc: tryRun('rustc', ['--version']),
    mamori: mamori.version(),
    chromium: null,
    peers: Object.fromEntries(['libphonenumber-js', 'google-libphonenumber', 'zod', 'valibot', 'esbuild', '@redactpii/node',
      '@openredaction/openredaction', 'playwright-core'].map((n) => [n, peerVersion(n)])),
  },
};

/**
 * Runs one row and keeps its results.
 * @template {Exclude<keyof import('./lib/report.mjs').Results, 'meta'>} K
 * @param {K} name
 * @param {() => import('./lib/report.mjs').Results[K] | Promise<import('./lib/report.mjs').Results[K]>} fn
 */
const step = async (name, fn) => {
  const t0 = now();
  log(`${name}…`);
  results[name] = await fn();
  log(`${name} done in ${((now() - t0) / 1000).toFixed(1)} s`);
};

const bundles = await buildBundles();
await step('size', () => sizeRows(bundles));
await step('startupNode', () => nodeStartup(smoke ? 1 : 15));
await step('startupBrowser', async () => {
  const r = await browserStartup(smoke ? 1 : 11, bundles);
  results.meta.chromium = r.version;
  return r;
});
await step('phone', () => phoneRow(mamori, { smoke }));
await step('form', () => formRow(mamori, { smoke }));
await step('redact', () => redactRow(mamori, { smoke }));
await step('cli', () => cliRow({ smoke }));
await step('boundary', () => boundaryRow(mamori, { smoke }));
await step('scaling', () => scalingRow(mamori, { smoke }));
if (!smoke && !args.has('--no-rust')) await step('rust', () => rustBench());
results.meta.seconds = Math.round((now() - started) / 1000);

const md = render(results, readOptional(path.join(root, 'bench', 'analysis.md')));
if (smoke) {
  // Render everything (so the report code runs too), write nothing.
  if (args.has('--print')) console.log(md);
  log(`ok: ${md.split('\n').length} report lines in ${results.meta.seconds} s`);
} else {
  writeFileSync(path.join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(path.join(root, 'bench', 'RESULTS.md'), md);
  console.log(md);
  log(`wrote bench/RESULTS.md and bench/results.json in ${results.meta.seconds} s`);
}

/**
 * @param {string} file
 * @returns {string | null} its text, or null when it cannot be read
 */
function readOptional(file) {
  try { return readFileSync(file, 'utf8'); } catch { return null; }
}
