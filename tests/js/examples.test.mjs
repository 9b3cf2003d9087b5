// The examples under examples/, built and loaded as their users would:
//   - examples/isomorphic/app.mjs, one module file that does `import init, { … } from
//     "mamori"; await init();`, run in Node (the Node build) and in headless Chromium
//     (the browser build, through an import map), with the same answers;
//   - the Node build's default init from CommonJS, as TypeScript's and Babel's
//     CommonJS output reads it;
//   - the Vite and webpack examples (no configuration) and the esbuild example (the
//     wasm emitted by the `file` loader), each bundled and loaded in headless Chromium.
// examples/node_modules/mamori links to the built package, as `npm install` would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const examples = path.join(root, 'examples');
const scratch = mkdtempSync(path.join(tmpdir(), 'mamori-examples-'));
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

let browser;
const servers = [];

/** Serves the files under `dir` on a free local port; resolves to its origin. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || lstatSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

/** Opens `url` and returns the text of `selector` once it has `data-state`, and the 404s. */
async function load(url, selector) {
  const page = await browser.newPage();
  const missing = [];
  const errors = [];
  page.on('response', (r) => { if (r.status() === 404) missing.push(r.url()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForSelector(`${selector}[data-state]`, { timeout: 20_000 });
    const state = await page.getAttribute(selector, 'data-state');
    const text = await page.textContent(selector);
    return { state, text, missing, errors };
  } finally {
    await page.close();
  }
}

before(async () => {
  const link = path.join(examples, 'node_modules', 'mamori');
  if (!existsSync(link)) {
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(root, 'pkg'), link, 'dir');
  }
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('one module file with `await init()` gives the same answers in Node and in Chromium', async () => {
  const { check } = await import(path.join(examples, 'isomorphic', 'app.mjs'));
  const inNode = await check();
  assert.equal(inNode.masked, 'マイナンバーは **** **** **** です');
  assert.equal(inNode.kana, 'ヤマダ　タロウ');
  assert.equal(inNode.phone, '+81312345678');
  assert.equal(inNode.ok, true);
  assert.match(inNode.body, /保険者番号 \*{8} の記録/);

  const origin = await serve(root);
  const page = await load(`${origin}/examples/isomorphic/index.html`, '#out');
  assert.deepEqual(page.errors, []);
  assert.equal(page.state, 'done', page.text);
  assert.deepEqual(JSON.parse(page.text), inNode);
});

test('the Node build\'s init from CommonJS: a function that resolves at once, found as `default`', () => {
  const script = `
    const m = require('mamori');
    // What TypeScript's and Babel's CommonJS output does for \`import init from "mamori"\`.
    const init = (m && m.__esModule ? m : { default: m }).default;
    init({ module_or_path: 'ignored.wasm' }).then((v) => {
      console.log(JSON.stringify([typeof init, v, m.redact('カード 4539 5787 6362 1486').text]));
    });`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: examples, encoding: 'utf8' });
  // JSON writes the resolved `undefined` as null.
  assert.deepEqual(JSON.parse(out), ['function', null, 'カード **** **** **** ****']);
});

test('the Vite example builds with no configuration and masks in Chromium', { timeout: 120_000 }, async () => {
  const out = path.join(scratch, 'vite');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', path.join(examples, 'vite'),
    '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' });
  assert.ok(readdirSync(path.join(out, 'assets')).some((f) => f.endsWith('.wasm')), 'Vite emitted the wasm');
  const page = await load(`${await serve(out)}/index.html`, '#masked');
  assert.deepEqual([page.errors, page.missing], [[], []]);
  assert.equal(page.text, 'カード番号 **** **** **** **** で支払います');
});

test('the esbuild example emits the wasm with the file loader and masks in Chromium', { timeout: 60_000 }, async () => {
  const out = path.join(scratch, 'esbuild');
  execFileSync(process.execPath, [path.join(examples, 'esbuild', 'build.mjs'), out], { cwd: root, stdio: 'pipe' });
  assert.ok(readdirSync(out).some((f) => f.endsWith('.wasm')), 'esbuild copied the wasm');
  const page = await load(`${await serve(out)}/index.html`, '#masked');
  assert.deepEqual([page.errors, page.missing], [[], []]);
  assert.equal(page.text, 'カード番号 **** **** **** **** で支払います');
});

test('the webpack example emits the wasm as an asset with no configuration and masks in Chromium', { timeout: 60_000 }, async () => {
  const out = path.join(scratch, 'webpack');
  execFileSync(process.execPath, [path.join(examples, 'webpack', 'build.mjs'), out], { cwd: root, stdio: 'pipe' });
  assert.ok(readdirSync(out).some((f) => f.endsWith('.wasm')), 'webpack emitted the wasm');
  const page = await load(`${await serve(out)}/index.html`, '#masked');
  assert.deepEqual([page.errors, page.missing], [[], []]);
  assert.equal(page.text, 'カード番号 **** **** **** **** で支払います');
});
