// The receiver's request handler: the contact API and the static page, nothing else.
import { handleContact } from './contact.mjs';
import { sendJson } from './headers.mjs';
import { Inbox } from './inbox.mjs';
import { mounts, serveStatic } from './static.mjs';

/**
 * @param {{ root: string, dataDir: string, mamori: import('./contact.mjs').Mamori, log: (line: string) => void }} options
 *   root: the repository (www/ and pkg/web/ are served from it); dataDir: where
 *   inbox.jsonl goes; mamori: the Node build; log: one line per API request.
 */
export function createApp({ root, dataDir, mamori, log }) {
  const inbox = new Inbox(dataDir);
  const table = mounts(root);
  /** @type {import('node:http').RequestListener} */
  const handler = (req, res) => {
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
    } catch {
      sendJson(res, 400, { error: 'bad_request' });
      return;
    }
    const work = pathname === '/api/contact'
      ? handleContact(req, res, { mamori, inbox, log })
      : pathname.startsWith('/api/')
        ? Promise.resolve(sendJson(res, 404, { error: 'not_found' }))
        : serveStatic(req, res, table, pathname);
    work.catch((e) => {
      log(`${req.method} ${pathname.startsWith('/api/') ? pathname : '(static)'} 500 cause=${e?.name ?? 'Error'}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal_error' });
      else res.destroy();
    });
  };
  return { handler, inbox };
}
