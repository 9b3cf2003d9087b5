// Start-up: load + compile + instantiate + first call, in fresh Node processes and in
// fresh Chromium pages (a new browser context each: empty caches). Median of samples,
// contestants interleaved sample by sample.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { median } from '../lib/measure.mjs';
import { root } from '../lib/data.mjs';

/** @typedef {import('../lib/report.mjs').StartupRow} StartupRow */

/** @type {[string, string][]} the entry's name and its label */
export const NODE_LIBS = [
  ['mamori-node', 'mamori (Node build)'],
  ['libphonenumber-js-max', 'libphonenumber-js (max)'],
  ['google-libphonenumber', 'google-libphonenumber'],
  ['zod-form', 'zod + the form schema'],
  ['regex-redactor', 'hand-written regex redactor'],
  ['stack-typical', 'JS stack: libphonenumber-js max + zod + regex redactor'],
];
/** @type {[string, string][]} */
export const BROWSER_LIBS = [
  ['mamori', 'mamori (web build: fetch, compile, instantiate)'],
  ['libphonenumber-js-max', 'libphonenumber-js (max)'],
  ['google-libphonenumber', 'google-libphonenumber'],
  ['zod-form', 'zod + the form schema'],
  ['stack-typical', 'JS stack: libphonenumber-js max + zod + regex redactor'],
  ['stack-light', 'JS stack: libphonenumber-js min + valibot + regex redactor'],
];

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/**
 * `list` rotated by `k`.
 * @template T
 * @param {T[]} list
 * @param {number} k
 * @returns {T[]}
 */
const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);

/**
 * @param {number} samples fresh processes per library
 * @returns {StartupRow[]}
 */
export function nodeStartup(samples) {
  const child = path.join(root, 'bench', 'startup', 'node-child.mjs');
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(NODE_LIBS.map(([n]) => [n, []]));
  /** @type {Record<string, number[]>} the import (for mamori: the require) alone */
  const loads = Object.fromEntries(NODE_LIBS.map(([n]) => [n, []]));
  /** @type {Record<string, string>} */
  const errors = {};
  for (let s = 0; s < samples; s++) {
    // The order rotates from sample to sample, so that no library always goes first.
    for (const [name] of rotate(NODE_LIBS, s)) {
      if (errors[name]) continue;
      try {
        const out = execFileSync(process.execPath, [child, name], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        const sample = JSON.parse(/** @type {string} */ (out.trim().split('\n').pop()));
        times[name].push(sample.total);
        loads[name].push(sample.load);
      } catch (error) {
        const e = /** @type {{ stderr?: string, message?: string }} */ (error);
        errors[name] = `error: ${String(e.stderr || e.message).split('\n').find((l) => l.trim()) || 'failed'}`.slice(0, 100);
      }
    }
  }
  return NODE_LIBS.map(([name, label]) => ({
    name, label, error: errors[name] ?? null, ms: errors[name] ? null : median(times[name]),
    loadMs: errors[name] ? null : median(loads[name]), samples: times[name].length,
  }));
}

/**
 * Serves pkg/web, the start-up page and the peer bundles on 127.0.0.1 (an ephemeral port).
 * @param {import('./size.mjs').Bundles} bundles
 * @returns {Promise<http.Server>}
 */
function serve(bundles) {
  /** @type {Record<string, string>} */
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8' };
  const server = http.createServer((req, res) => {
    const url = new URL(/** @type {string} */ (req.url), 'http://127.0.0.1');
    let body = null;
    let type = types[path.extname(url.pathname)] || 'application/octet-stream';
    try {
      if (url.pathname === '/page.html') body = readFileSync(path.join(root, 'bench', 'startup', 'page.html'));
      else if (url.pathname.startsWith('/pkg/web/') && !url.pathname.includes('..')) body = readFileSync(path.join(root, url.pathname));
      else if (url.pathname.startsWith('/bundles/')) {
        const b = bundles[path.basename(url.pathname, '.js')];
        body = Buffer.isBuffer(b) ? b : null;
        type = types['.js'];
      }
    } catch { body = null; }
    if (!body) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * @param {number} samples fresh pages per library
 * @param {import('./size.mjs').Bundles} bundles
 * @returns {Promise<{ version: string | null, error: string | null, rows: StartupRow[] }>}
 */
export async function browserStartup(samples, bundles) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    return { version: null, error: `playwright-core missing: ${/** @type {Error} */ (e).message}`, rows: [] };
  }
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (e) {
    return { version: null, error: `Chromium did not start: ${String(/** @type {Error} */ (e).message).split('\n')[0]}`, rows: [] };
  }
  const version = browser.version();
  const server = await serve(bundles);
  const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(BROWSER_LIBS.map(([n]) => [n, []]));
  /** @type {Record<string, string>} */
  const errors = {};
  try {
    // Round -1 warms the browser process up (its first context is slow) and is not counted.
    for (let s = -1; s < samples; s++) {
      for (const [name] of rotate(BROWSER_LIBS, s + 1)) {
        if (errors[name]) continue;
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await page.goto(`${base}/page.html?lib=${name}`);
          // What bench/startup/page.html leaves on the page's window.
          /** @typedef {{ ms: number, error?: string }} Startup */
          const r = await page.waitForFunction(() => /** @type {{ __startup?: Startup }} */ (globalThis).__startup, null, { timeout: 30_000 })
            .then((h) => /** @type {Promise<Startup>} */ (h.jsonValue()));
          if (r.error) errors[name] = `error: ${r.error}`.slice(0, 100);
          else if (s >= 0) times[name].push(r.ms);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    server.close();
    await browser.close();
  }
  return {
    version,
    error: null,
    rows: BROWSER_LIBS.map(([name, label]) => ({ name, label, error: errors[name] ?? null, ms: errors[name] ? null : median(times[name]), samples: times[name].length })),
  };
}
