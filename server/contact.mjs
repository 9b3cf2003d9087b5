// POST /api/contact: the receiver never trusts the browser. It re-validates the form and
// re-redacts the body with the Node build of mamori, then appends the masked message to
// the inbox. What it logs: statuses, receipt ids and error codes, never a field's contents.
import { randomBytes } from 'node:crypto';
import { sendJson } from './headers.mjs';

/** @typedef {typeof import('../pkg/node/mamori.js')} Mamori the Node build */

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The fields of the contact form, as the contract names them. */
export const FIELDS = Object.freeze(['inquiryType', 'name', 'phone', 'email', 'body']);

// Crockford's base32: no I, L, O, U, so a receipt read out over the phone is unambiguous.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A receipt id such as `20251125-7K3F9QXA`: the date (UTC) and 40 random bits.
 * @param {Date} now
 */
export function receiptId(now) {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = BASE32[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `${day}-${code}`;
}

/** A failure with an HTTP status and a machine-readable code for the answer and the log. */
class HttpError extends Error {
  /** @param {number} status @param {string} code */
  constructor(status, code) {
    super(code);
    this.status = status;
    this.code = code;
  }
}

/**
 * Only JSON in UTF-8 (the default of JSON; an explicit other charset is refused).
 * @param {string | undefined} header
 */
export function isJsonContentType(header) {
  if (!header) return false;
  const [type, ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => {
    const [key, value = ''] = p.split('=').map((s) => s.trim());
    return key !== 'charset' || value.replace(/^"|"$/g, '') === 'utf-8';
  });
}

/**
 * Reads the request body, at most MAX_BODY_BYTES. A larger body is drained (so the
 * client can read the 413) up to a hard cap, beyond which the connection is cut.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
function readBody(req) {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      if (tooLarge) {
        if (size > 16 * MAX_BODY_BYTES) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new HttpError(413, 'payload_too_large')) : resolve(Buffer.concat(chunks))));
    req.on('error', () => reject(new HttpError(400, 'request_aborted')));
  });
}

/**
 * The form out of a request body: a JSON object whose known fields are strings.
 * Unknown keys are dropped; they are never stored.
 * @param {Buffer} raw
 */
export function parseForm(raw) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new HttpError(400, 'invalid_utf8');
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError(400, 'not_an_object');
  }
  /** @type {Record<string, string>} */
  const form = {};
  for (const field of FIELDS) {
    const v = Object.hasOwn(value, field) ? value[field] : undefined;
    if (v === undefined) continue;
    if (typeof v !== 'string') throw new HttpError(400, 'field_not_a_string');
    form[field] = v;
  }
  return form;
}

/**
 * An error or warning as the answer carries it: no values, only where and what.
 * @param {import('../pkg/node/mamori.js').FormIssue & { suggestion?: string }} issue
 */
const issue = ({ field, code, message, messageEn, suggestion }) =>
  (suggestion === undefined ? { field, code, message, messageEn } : { field, code, message, messageEn, suggestion });

/**
 * Handles POST /api/contact.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ mamori: Mamori, inbox: import('./inbox.mjs').Inbox, log: (line: string) => void }} ctx
 */
export async function handleContact(req, res, { mamori, inbox, log }) {
  if (req.method !== 'POST') {
    log(`${req.method} /api/contact 405`);
    sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'POST' });
    return;
  }
  try {
    if (!isJsonContentType(req.headers['content-type'])) {
      req.resume();
      throw new HttpError(415, 'unsupported_media_type');
    }
    const form = parseForm(await readBody(req));

    const checked = mamori.prepareSubmission(form);
    if (!checked.ok) {
      const errors = checked.errors.map(issue);
      log(`POST /api/contact 422 errors=${errors.map((e) => `${e.field}:${e.code}`).join(',')}`);
      sendJson(res, 422, { error: 'invalid_form', errors });
      return;
    }
    const { disclosure } = mamori.validateForm(form);
    const now = new Date();
    const receipt = receiptId(now);
    const record = {
      receipt,
      receivedAt: now.toISOString(),
      ...checked.payload,
      disclosure,
      warnings: checked.warnings.map((w) => w.code),
    };
    await inbox.append(record);
    log(`POST /api/contact 201 receipt=${receipt}`);
    sendJson(res, 201, { receipt, receivedAt: record.receivedAt });
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 500;
    const code = e instanceof HttpError ? e.code : 'internal_error';
    // For a 500, the error's name and code say what broke; its message might quote input.
    const cause = /** @type {{ name?: string, code?: unknown } | null | undefined} */ (e);
    const detail = status === 500 ? ` cause=${cause?.name ?? 'Error'}${cause?.code ? `/${cause.code}` : ''}` : '';
    log(`POST /api/contact ${status} error=${code}${detail}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendJson(res, status, { error: code }, status === 413 ? { Connection: 'close' } : {});
  }
}
