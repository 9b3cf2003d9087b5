// Shared by the receiver and page tests: start the receiver on a free port with a
// fresh data folder, and launch Debian's Chromium through playwright-core.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The Node build of mamori, to compute what the receiver must have stored. */
export const mamori = createRequire(import.meta.url)(path.join(root, 'pkg') + '/');
export const screenshotDir = path.join(root, 'tests', 'e2e', 'screenshots');

/**
 * Starts `node server/receiver.mjs` with PORT=0 and a temporary MAMORI_DATA_DIR.
 * Resolves once it printed its URL line.
 * @param {{ dataDir?: string }} [options] dataDir: use this folder (it may not exist yet)
 */
export async function startReceiver(options = {}) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'mamori-e2e-'));
  const dataDir = options.dataDir ?? path.join(scratch, 'data');
  const child = spawn(process.execPath, [path.join(root, 'server', 'receiver.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MAMORI_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receiver did not start; stderr:\n${stderr}`)), 15_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m && stdout.includes('\n')) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    exited.then(({ code }) => { clearTimeout(timer); reject(new Error(`receiver exited (${code}); stderr:\n${stderr}`)); });
  });
  return {
    url,
    dataDir,
    inboxFile: path.join(dataDir, 'inbox.jsonl'),
    /** The receiver's stdout and stderr so far. */
    output: () => ({ stdout, stderr }),
    /** The inbox lines, parsed; [] when the file does not exist yet. */
    async inbox() {
      try {
        const text = await readFile(path.join(dataDir, 'inbox.jsonl'), 'utf8');
        return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
      } catch (e) {
        if (e.code === 'ENOENT') return [];
        throw e;
      }
    },
    /** Sends `signal` and waits for the exit; the data folder stays until dispose(). */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    /** Stops the receiver if it still runs and removes its temporary folder. */
    async dispose() {
      await this.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** The Chromium flags for a headless run in a container, with no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];

/** Launches Debian's Chromium headless (never a downloaded browser). */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

let axeSource = null;

/**
 * Runs axe-core on the page as it is; fails with the rules and elements on any violation.
 * The page's CSP allows no inline script, so axe is evaluated through the DevTools
 * protocol (page.evaluate), which the CSP does not govern, rather than added as a tag.
 * @param {import('playwright-core').Page} page
 * @param {string} state what the page shows, for the failure message
 */
export async function assertAccessible(page, state) {
  axeSource ??= await readFile(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], `axe-core, ${state}:\n${violations.join('\n')}`);
}

/** Saves a full-page screenshot as tests/e2e/screenshots/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
