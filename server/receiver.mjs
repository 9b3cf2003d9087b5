#!/usr/bin/env node
// The local receiver that `npm start` runs beside the contact form.
//
//   PORT            port to listen on (default 8080; 0 = any free port)
//   HOST            address to listen on (default 127.0.0.1)
//   MAMORI_DATA_DIR folder of inbox.jsonl (default <repo>/data)
//
// Prints one line with the URL once it listens; SIGINT / SIGTERM stop it cleanly
// (no new connections, requests in flight answered, pending inbox writes finished).
// At start, an incomplete last line that a crash left in the inbox is moved to
// <data dir>/inbox.torn (see recover.mjs).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.mjs';
import { setAsideTornLine } from './recover.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @type {(message: string) => never} */
const fail = (message) => {
  process.stderr.write(`receiver: ${message}\n`);
  process.exit(1);
};

const portText = process.env.PORT ?? '8080';
const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
if (!(port >= 0 && port <= 65535)) fail(`PORT must be a number from 0 to 65535, got ${JSON.stringify(portText)}`);
const host = process.env.HOST || '127.0.0.1';
const dataDir = path.resolve(process.env.MAMORI_DATA_DIR || path.join(root, 'data'));

/** @type {import('./contact.mjs').Mamori} */
let mamori;
try {
  // The trailing slash makes Node load the folder pkg/, not the file pkg.json.
  mamori = createRequire(import.meta.url)(path.join(root, 'pkg') + '/');
} catch (error) {
  const e = /** @type {NodeJS.ErrnoException | undefined} */ (error);
  fail(`cannot load the Node build of mamori from ${path.join(root, 'pkg')}/ (${e?.code ?? e?.name}); run \`npm run build\` first`);
}

const log = (/** @type {string} */ line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
// A crash may have left the start of a line at the end of the inbox: set it aside
// before the first append could be glued onto it.
try {
  await setAsideTornLine(path.join(dataDir, 'inbox.jsonl'), log);
} catch (error) {
  const e = /** @type {NodeJS.ErrnoException | undefined} */ (error);
  fail(`cannot check the inbox in ${dataDir} (${e?.code ?? e?.name})`);
}
const { handler, inbox } = createApp({ root, dataDir, mamori, log });
let stopping = false;
const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
  // While stopping, answer what is in flight, then let each connection go at once.
  if (stopping) res.setHeader('Connection', 'close');
  res.on('finish', () => {
    if (stopping) server.closeIdleConnections();
  });
  handler(req, res);
});

server.on('error', (/** @type {NodeJS.ErrnoException} */ e) => fail(e.code === 'EADDRINUSE' ? `${host}:${port} is already in use (set PORT)` : `cannot listen on ${host}:${port} (${e.code ?? e.name})`));
server.listen(port, host, () => {
  const { address, port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shown = address.includes(':') ? `[${address}]` : address;
  process.stdout.write(`mamori contact form: http://${shown}:${actual}/ (inbox: ${path.join(dataDir, 'inbox.jsonl')})\n`);
});

/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) {
    // A second Ctrl-C: the person does not want to wait.
    process.exit(130);
  }
  stopping = true;
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  // Requests still in flight get a few seconds to finish before their sockets are cut.
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  force.unref();
  await closed;
  await inbox.close();
  log(`stopped (${signal})`);
  process.exit(0);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
