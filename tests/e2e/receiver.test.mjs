// The local receiver over HTTP: static files with their headers, and POST /api/contact
// with each of its answers. Runs against the built package (npm run build).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { mamori, root, startReceiver } from './helpers.mjs';

/** A disclosure request that passes every check, with two sensitive numbers in the body. */
const GOOD = Object.freeze({
  inquiryType: 'その他',
  name: '山田　太郎',
  phone: '０９０－１２３４－５６７８',
  email: '',
  body: '個人情報の開示等請求\n本人として請求します。\n請求内容：保有個人データの開示を請求します。\n保険者番号：０１１３００１２\nマイナンバーは 1234 5678 9018 です。',
});
const RAW_NUMBERS = ['01130012', '123456789018'];

/** Digits of `text`, full-width ones folded to ASCII, everything else dropped. */
const digitsOf = (text) =>
  text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

/**
 * A raw HTTP request (fetch would normalize paths and headers the tests need as written).
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
function raw(url, { method = 'GET', path: p = '/', headers = {}, body } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path: p, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** POSTs `body` (an object is sent as JSON) to /api/contact. */
async function post(url, body, contentType = 'application/json') {
  const res = await fetch(new URL('/api/contact', url), {
    method: 'POST',
    headers: contentType ? { 'Content-Type': contentType } : {},
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, headers: res.headers, text, json };
}

describe('receiver', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let r;
  before(async () => { r = await startReceiver(); });
  after(async () => { await r?.dispose(); });

  test('prints one line with its URL', () => {
    const { stdout } = r.output();
    assert.equal(stdout.split('\n').filter(Boolean).length, 1, stdout);
    assert.match(stdout, /^.*http:\/\/127\.0\.0\.1:\d+\/.*\n$/);
  });

  test('serves the page with a strict Content-Security-Policy', async () => {
    const res = await fetch(r.url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /(^|; )default-src 'self'(;|$)/);
    assert.match(csp, /(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*(\s|;|$)/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const html = await res.text();
    assert.match(html, /<html lang="ja">/);
    assert.match(html, /<form id="contact"/);
    // No inline script or style: every <script> has a src, no style attributes or elements.
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });

  test('every answer carries the CSP, errors included', async () => {
    for (const p of ['/', '/nope.html', '/api/contact']) {
      const res = await fetch(new URL(p, r.url));
      assert.ok(res.headers.get('content-security-policy')?.includes("default-src 'self'"), p);
    }
  });

  test('serves each file type with its MIME type', async () => {
    const want = {
      '/styles.css': 'text/css; charset=utf-8',
      '/js/main.js': 'text/javascript; charset=utf-8',
      '/pkg/web/mamori.js': 'text/javascript; charset=utf-8',
      '/pkg/web/mamori_bg.wasm': 'application/wasm',
      '/favicon.svg': 'image/svg+xml',
    };
    for (const [p, type] of Object.entries(want)) {
      const res = await fetch(new URL(p, r.url));
      assert.equal(res.status, 200, p);
      assert.equal(res.headers.get('content-type'), type, p);
      await res.arrayBuffer();
    }
    const head = await fetch(new URL('/pkg/web/mamori_bg.wasm', r.url), { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'application/wasm');
  });

  test('404 for unknown paths, the Node build, other file types and escapes', async () => {
    const paths = [
      '/nope.html', '/pkg/node/mamori.js', '/pkg/web/mamori.d.ts', '/pkg/package.json',
      '/%2e%2e/package.json', '/..%2fpackage.json', '/js/..%2f..%2fpackage.json',
      '/pkg/web/..%2f..%2fserver/receiver.mjs', '/%00index.html', '/.gitignore', '/api/other',
      '/%E0%A4%A', '/js/', '//etc/passwd',
    ];
    for (const p of paths) {
      const res = await raw(r.url, { path: p });
      assert.equal(res.status, 404, p);
    }
  });

  test('405 with Allow for methods a path does not take', async () => {
    const put = await raw(r.url, { method: 'PUT', path: '/', body: 'x' });
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, 'GET, HEAD');
    const get = await raw(r.url, { path: '/api/contact' });
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'POST');
    const del = await raw(r.url, { method: 'DELETE', path: '/api/contact' });
    assert.equal(del.status, 405);
  });

  test('415 for anything but JSON in UTF-8', async () => {
    const body = JSON.stringify(GOOD);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
      'application/json; charset=iso-8859-1', 'application/jsonx', null]) {
      const res = await post(r.url, body, type);
      assert.equal(res.status, 415, String(type));
      assert.equal(res.json?.error, 'unsupported_media_type');
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
      assert.equal((await post(r.url, body, type)).status, 201, type);
    }
  });

  test('400 for bad JSON, a non-object, a field that is not a string, or bad UTF-8', async () => {
    const cases = {
      '{"name": ': 'invalid_json',
      '': 'invalid_json',
      '[]': 'not_an_object',
      'null': 'not_an_object',
      '"text"': 'not_an_object',
      '{"name": 1}': 'field_not_a_string',
      '{"body": null}': 'field_not_a_string',
      '{"body": ["a"]}': 'field_not_a_string',
    };
    for (const [body, code] of Object.entries(cases)) {
      const res = await post(r.url, body);
      assert.equal(res.status, 400, body);
      assert.equal(res.json?.error, code, body);
    }
    const badUtf8 = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const res = await post(r.url, badUtf8);
    assert.equal(res.status, 400);
    assert.equal(res.json?.error, 'invalid_utf8');
  });

  test('413 over 64 KiB, with or without a Content-Length', async () => {
    const big = JSON.stringify({ ...GOOD, body: `${GOOD.body}\n${'あ'.repeat(22 * 1024)}` });
    assert.ok(Buffer.byteLength(big) > 64 * 1024);
    const res = await post(r.url, big);
    assert.equal(res.status, 413);
    assert.equal(res.json?.error, 'payload_too_large');

    // Chunked: the size is only known while reading.
    const chunked = await new Promise((resolve, reject) => {
      const { hostname, port } = new URL(r.url);
      const req = request({ hostname, port, method: 'POST', path: '/api/contact',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (answer) => {
        answer.resume();
        answer.on('end', () => resolve(answer.statusCode));
      });
      req.on('error', reject);
      for (let i = 0; i < 70; i++) req.write('x'.repeat(1024));
      req.end();
    });
    assert.equal(chunked, 413);

    // Exactly 64 KiB is still read and judged.
    const base = JSON.stringify({ ...GOOD, body: `${GOOD.body}\n` });
    const exact = JSON.stringify({ ...GOOD, body: `${GOOD.body}\n${'a'.repeat(64 * 1024 - Buffer.byteLength(base))}` });
    assert.equal(Buffer.byteLength(exact), 64 * 1024);
    assert.notEqual((await post(r.url, exact)).status, 413);
  });

  test('422 with the error list when the form is not ok; nothing stored', async () => {
    const before = (await r.inbox()).length;
    const res = await post(r.url, {});
    assert.equal(res.status, 422);
    assert.equal(res.json?.error, 'invalid_form');
    assert.ok(Array.isArray(res.json.errors) && res.json.errors.length > 0);
    for (const e of res.json.errors) {
      assert.equal(typeof e.field, 'string');
      assert.equal(typeof e.code, 'string');
      assert.ok(typeof e.message === 'string' && e.message.length > 0);
    }
    const codes = res.json.errors.map((e) => `${e.field}:${e.code}`);
    assert.ok(codes.includes('name:required'), codes.join());
    assert.ok(codes.includes('body:required'), codes.join());

    // A disclosure request with the wrong type and a bad phone: the receiver checks again.
    const wrong = await post(r.url, { ...GOOD, inquiryType: 'サービス導入のご相談', phone: '12' });
    assert.equal(wrong.status, 422);
    const wrongCodes = wrong.json.errors.map((e) => `${e.field}:${e.code}`);
    assert.ok(wrongCodes.includes('inquiryType:inquiry_type_must_be_other'), wrongCodes.join());
    assert.ok(wrongCodes.includes('phone:phone_invalid'), wrongCodes.join());
    // The answer names what is wrong, never what was typed.
    assert.ok(!wrong.text.includes('山田'));
    assert.equal((await r.inbox()).length, before);
  });

  test('201: one masked line in the inbox, with a receipt and the time', async () => {
    const res = await post(r.url, GOOD);
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const { receipt, receivedAt } = res.json;
    assert.match(receipt, /^\d{8}-[0-9A-HJKMNP-TV-Z]{8}$/);
    assert.ok(!Number.isNaN(Date.parse(receivedAt)));

    const lines = await r.inbox();
    const line = lines.find((l) => l.receipt === receipt);
    assert.ok(line, 'the receipt is in the inbox');
    assert.equal(line.receivedAt, receivedAt);
    assert.equal(line.inquiryType, 'その他');
    assert.equal(line.name, mamori.normalize(GOOD.name, 'name'));
    assert.equal(line.phone, '090-1234-5678');
    assert.ok(line.body.startsWith('個人情報の開示等請求\n'));
    for (const n of RAW_NUMBERS) assert.ok(!digitsOf(line.body).includes(n), `${n} is masked in the inbox`);
    assert.ok(line.body.includes('保険者番号'), 'the text around a number stays');
    assert.deepEqual(line.disclosure?.requester, 'self');
    assert.ok(line.disclosure?.kinds.includes('disclosure'));
    // Nothing but the known fields is stored.
    await post(r.url, { ...GOOD, extra: 'not stored' });
    assert.ok(!(await r.inbox()).some((l) => 'extra' in l));

    // The raw file: one JSON object per line, readable by its owner only.
    const info = await stat(r.inboxFile);
    assert.equal(info.mode & 0o777, 0o600);
  });

  test('the log has receipts and codes, never what was typed', async () => {
    const canary = '鈴木カナリア';
    const ok = await post(r.url, { ...GOOD, name: canary });
    await post(r.url, { ...GOOD, name: canary, phone: '0000' });
    const { stderr } = r.output();
    assert.ok(stderr.includes(ok.json.receipt));
    assert.match(stderr, /422 errors=phone:phone_invalid/);
    assert.ok(!stderr.includes(canary));
    for (const n of ['０１１３００１２', '01130012', '1234 5678 9018', '123456789018']) assert.ok(!stderr.includes(n), n);
  });

  test('concurrent posts never interleave in the inbox', async () => {
    const before = (await r.inbox()).length;
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post(r.url, { ...GOOD, name: `山田 太郎${'あ'.repeat(i)}`, body: `${GOOD.body}\n${'い'.repeat(i * 200)}` })),
    );
    assert.deepEqual(answers.map((a) => a.status), Array(40).fill(201));
    const lines = await r.inbox(); // throws if a line is not one JSON object
    assert.equal(lines.length, before + 40);
    const receipts = new Set(lines.map((l) => l.receipt));
    assert.equal(receipts.size, lines.length, 'receipts are unique');
    for (const a of answers) assert.ok(receipts.has(a.json.receipt));
  });

  test('an XSS payload in every field is stored as text and never echoed', async () => {
    const xss = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const res = await post(r.url, { inquiryType: xss, name: xss, phone: xss, email: xss, body: xss });
    assert.equal(res.status, 422);
    assert.ok(!res.text.includes('<img') && !res.text.includes('<script'));
    const ok = await post(r.url, { ...GOOD, name: `山田${xss}`, body: `${GOOD.body}\n${xss}` });
    if (ok.status === 201) {
      const line = (await r.inbox()).find((l) => l.receipt === ok.json.receipt);
      assert.ok(line.body.includes(xss), 'stored exactly as text, escaped only by JSON');
    } else {
      assert.equal(ok.status, 422);
    }
  });
});

describe('receiver start and stop', () => {
  test('creates a missing data folder, and stops cleanly on SIGINT and SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM']) {
      const r = await startReceiver();
            const res = await post(r.url, GOOD);
      assert.equal(res.status, 201);
      assert.equal((await stat(r.dataDir)).mode & 0o777, 0o700);
      const { code } = await r.stop(signal);
      await r.dispose();
      assert.equal(code, 0, `${signal}: exit code`);
    }
  });

  test('writes that were answered 201 are on disk after Ctrl-C, even mid-burst', async () => {
    const r = await startReceiver();
    const inflight = Array.from({ length: 30 }, () => post(r.url, GOOD).catch(() => null));
    // Stop as soon as the first answer is in: the others are still on their way.
    await Promise.any(inflight.map((p) => p.then((a) => (a?.status === 201 ? a : Promise.reject(new Error('not stored'))))));
    const { code } = await r.stop('SIGINT');
    const answers = await Promise.all(inflight);
    const stored = await r.inbox(); // throws if a line is cut or not JSON
    await r.dispose();
    assert.equal(code, 0);
    assert.ok(answers.some((a) => a?.status === 201), 'some requests were answered before the stop');
    const receipts = new Set(stored.map((l) => l.receipt));
    for (const a of answers) if (a?.status === 201) assert.ok(receipts.has(a.json.receipt), 'a 201 means stored');
  });

  test('refuses a bad PORT with a clear message', async () => {
    const { spawnSync } = await import('node:child_process');
    const out = spawnSync(process.execPath, [path.join(root, 'server', 'receiver.mjs')], {
      env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', timeout: 10_000,
    });
    assert.equal(out.status, 1);
    assert.match(out.stderr, /PORT/);
    assert.equal(out.stdout, '');
  });
});
