// Where mamori's start-up time goes in a fresh Chromium page (not part of the run):
// glue import, wasm fetch, compile, instantiate, first call, measured separately.
//   node bench/profile/chromium-startup.mjs [samples]
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root } from '../lib/data.mjs';
import { CHROMIUM_ARGS } from '../rows/startup.mjs';

const samples = +(process.argv[2] || 9);
const page = `<!doctype html><script type="module">
const t = [performance.now()];
const glue = await import('/pkg/web/mamori.js'); t.push(performance.now());
const bytes = await (await fetch('/pkg/web/mamori_bg.wasm')).arrayBuffer(); t.push(performance.now());
const mod = await WebAssembly.compile(bytes); t.push(performance.now());
await glue.default({ module_or_path: mod }); t.push(performance.now());
glue.parsePhone('03-1234-5678'); t.push(performance.now());
const t2 = performance.now(); await glue.redact('マイナンバーは 1234 5678 9018 です'); t.push(performance.now());
window.__t = t.slice(1).map((x, i) => x - t[i]);
</script>`;
const server = http.createServer((req, res) => {
  const p = new URL(/** @type {string} */ (req.url), 'http://x').pathname;
  if (p === '/') { res.writeHead(200, { 'content-type': 'text/html' }); return res.end(page); }
  try {
    const body = readFileSync(path.join(root, p));
    res.writeHead(200, { 'content-type': p.endsWith('.wasm') ? 'application/wasm' : 'text/javascript', 'cache-control': 'no-store' });
    res.end(body);
  } catch { res.writeHead(404); res.end(); }
});
await /** @type {Promise<void>} */ (new Promise((r) => server.listen(0, '127.0.0.1', r)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
/** @type {number[][]} the steps' times of each sample, in ms */
const rows = [];
for (let s = -1; s < samples; s++) {
  const ctx = await browser.newContext();
  const pg = await ctx.newPage();
  await pg.goto(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`);
  // The page's script leaves its times on window.
  const t = await pg.waitForFunction(() => /** @type {{ __t?: number[] }} */ (globalThis).__t)
    .then((h) => /** @type {Promise<number[]>} */ (h.jsonValue()));
  if (s >= 0) rows.push(t);
  await ctx.close();
}
await browser.close();
server.close();
const med = (/** @type {number} */ i) => { const xs = rows.map((r) => r[i]).sort((a, b) => a - b); return xs[xs.length >> 1]; };
console.log(['glue import', 'wasm fetch', 'compile', 'instantiate', 'first parsePhone', 'first redact'].map((n, i) => `${n} ${med(i).toFixed(1)} ms`).join(', '));
