// Size: what a browser downloads. mamori: the web build's JS glue (bundled and
// minified by the build) and its wasm, as shipped. Peers: esbuild-minified ESM bundles of an entry that uses them the way
// the benchmark does (bench/entries/). gzip at level 9, brotli at quality 11.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from '../lib/data.mjs';

/**
 * The peer bundles by entry name: the minified code, or why esbuild failed.
 * @typedef {Record<string, Buffer | Error>} Bundles
 */

/** @type {[string, string][]} the entry's name and its label */
export const BUNDLES = [
  ['libphonenumber-js-min', 'libphonenumber-js (min metadata)'],
  ['libphonenumber-js-max', 'libphonenumber-js (max metadata)'],
  ['google-libphonenumber', 'google-libphonenumber'],
  ['zod-form', 'zod + the form schema'],
  ['valibot-form', 'valibot + the form schema'],
  ['redactpii', '@redactpii/node'],
  ['openredaction', '@openredaction/openredaction'],
  ['regex-redactor', 'hand-written regex redactor'],
  ['stack-typical', 'JS stack: libphonenumber-js max + zod + regex redactor'],
  ['stack-light', 'JS stack: libphonenumber-js min + valibot + regex redactor'],
];

const NODE_BUILTINS = ['fs', 'path', 'os', 'worker_threads', 'crypto', 'url', 'util', 'stream', 'events', 'child_process', 'node:*'];

const measure = (/** @type {Buffer[]} */ bufs) => ({
  raw: bufs.reduce((n, b) => n + b.length, 0),
  gzip: bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  brotli: bufs.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
});

/** Builds the peer bundles (also served to Chromium for start-up) and measures all. */
/** @returns {Promise<Bundles>} */
export async function buildBundles() {
  const esbuild = await import('esbuild');
  /** @type {Bundles} */
  const out = {};
  for (const [name] of BUNDLES) {
    try {
      const r = await esbuild.build({
        entryPoints: [path.join(root, 'bench', 'entries', `${name}.mjs`)],
        bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
        legalComments: 'none', write: false, logLevel: 'silent',
        // OpenRedaction imports Node built-ins for its file and worker features; a
        // browser bundle leaves them out (they are not counted).
        external: NODE_BUILTINS,
      });
      out[name] = Buffer.from(r.outputFiles[0].contents);
    } catch (e) {
      out[name] = new Error(String(/** @type {Error} */ (e).message).split('\n')[0]);
    }
  }
  return out;
}

/**
 * @param {Bundles} bundles
 * @returns {import('../lib/report.mjs').SizeResult}
 */
export function sizeRows(bundles) {
  const web = path.join(root, 'pkg', 'web');
  const mamori = measure([readFileSync(path.join(web, 'mamori.js')), readFileSync(path.join(web, 'mamori_bg.wasm'))]);
  const rows = BUNDLES.map(([name, label]) => {
    const bundle = bundles[name];
    if (bundle instanceof Error) return { name, label, error: `error: ${bundle.message}`.slice(0, 120) };
    const m = measure([bundle]);
    return { name, label, ...m, ratioGzip: mamori.gzip / m.gzip, ratioBrotli: mamori.brotli / m.brotli };
  });
  return { mamori, rows };
}
