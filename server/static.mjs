// Static files: the page (www/) and the browser build of mamori (pkg/web/).
// Only GET and HEAD, only known file types, nothing outside the two folders, no
// dotfiles, no directory listings.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS, sendJson } from './headers.mjs';

/** MIME types of what the page is made of. application/wasm lets the browser compile while it downloads. */
export const MIME = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
});

/**
 * Where each URL prefix is served from, and which file types it may serve. Only the
 * browser build of the package is public: pkg/node/ and the rest of the repository are not.
 * @param {string} root the repository root
 */
export function mounts(root) {
  return [
    { prefix: '/pkg/web/', dir: path.join(root, 'pkg', 'web'), types: new Set(['.js', '.wasm']) },
    { prefix: '/', dir: path.join(root, 'www'), types: new Set(Object.keys(MIME)) },
  ];
}

/**
 * The file a request path names, or null. `pathname` is still percent-encoded.
 * @param {ReturnType<typeof mounts>} table
 * @param {string} pathname
 * @returns {Promise<{ file: string, type: string } | null>}
 */
export async function resolveFile(table, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const mount = table.find((m) => decoded.startsWith(m.prefix));
  if (!mount) return null;
  const segments = decoded.slice(mount.prefix.length).split('/');
  // No '..', no '.', no dotfiles, no empty segments ('//').
  if (segments.some((s) => s === '' || s.startsWith('.'))) return null;
  const ext = path.extname(decoded).toLowerCase();
  if (!mount.types.has(ext)) return null;
  const candidate = path.join(mount.dir, ...segments);
  try {
    // A symbolic link must not lead out of the served folder.
    const [real, base] = await Promise.all([realpath(candidate), realpath(mount.dir)]);
    if (!real.startsWith(base + path.sep)) return null;
    if (!(await stat(real)).isFile()) return null;
    // The mount's types are keys of MIME.
    return { file: real, type: MIME[/** @type {keyof typeof MIME} */ (ext)] };
  } catch {
    return null;
  }
}

/**
 * Serves a static file for GET/HEAD, 405 for other methods, 404 for anything unknown.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {ReturnType<typeof mounts>} table
 * @param {string} pathname
 */
export async function serveStatic(req, res, table, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'GET, HEAD' });
    return;
  }
  const found = await resolveFile(table, pathname);
  if (!found) {
    sendJson(res, 404, { error: 'not_found' });
    return;
  }
  const info = await stat(found.file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': found.type,
    'Content-Length': info.size,
    'Last-Modified': info.mtime.toUTCString(),
    // A local development server: always revalidate, so a rebuild shows at once.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
