// The checks of mamori's validateForm that a schema library can express, in plain
// JavaScript, shared by the zod and valibot schemas of the benchmark: width folding
// by NFKC, the first-line rule of a disclosure request, its content, the phone's
// shape (not libphonenumber's number ranges: a schema has no such table), e-mail,
// and what the request asks for.
export const PHRASE = '個人情報の開示等請求';
export const MAX = { name: 50, email: 254, body: 5000 };

/**
 * @typedef {{ inquiryType: string, name: string, phone: string, email: string, body: string }} Form
 * @typedef {'inquiryType' | 'name' | 'phone' | 'email' | 'body'} Field
 */

/** Text folded by NFKC, line breaks made \n, invisible characters dropped. */
export const text = (/** @type {string} */ s) => s.normalize('NFKC').replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(/[\u200b\u2060\ufeff]/g, '');
export const name = (/** @type {string} */ s) => text(s).replace(/[\s\u3000]+/g, ' ').trim();

/**
 * Digits of a typed-in phone number with +81 turned into the trunk 0, or null.
 * @param {string} s
 * @returns {string | null}
 */
export function phoneDigits(s) {
  const t = text(s).trim();
  if (!/^[+0-9()\-\s\u2010-\u2015\u2212\u30fc\uff70\ufe63]*$/.test(t)) return null;
  let d = t.replace(/\D/g, '');
  if (t.startsWith('+')) {
    if (!d.startsWith('81')) return null;
    d = '0' + d.slice(2).replace(/^0/, '');
  }
  return d;
}
// Japanese number shapes: 0 + 9 digits (fixed, 0570/0990/0120 UAN, toll free, premium),
// 0[5789]0 + 8 digits (IP, mobile), 0800 + 7, 020/060 + 8.
export const PHONE_SHAPE = /^0(?:[1-9]\d{8}|[2-9]0\d{8}|800\d{7})$/;

/**
 * The first non-empty line of `body` without quotes or a final full stop, and the rest.
 * @param {string} body
 */
export function firstLine(body) {
  const lines = body.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '');
  if (i < 0) return { line: '', rest: '' };
  const line = lines[i].trim().replace(/^[「『"]|[」』"]$/g, '').replace(/[。.]$/, '').replace(/^[「『"]|[」』"]$/g, '');
  return { line, rest: lines.slice(i + 1).join('\n').trim() };
}

export const isNearMiss = (/** @type {string} */ line) => line.includes('開示等請求') || (line.includes('個人情報') && /開示|訂正|追加|削除|利用停止|消去|第三者/.test(line));

/** @type {[string, RegExp][]} */
const KINDS = [
  ['third_party_record_disclosure', /第三者提供記録の開示/], ['stop_third_party_provision', /第三者への提供の停止/],
  ['purpose_notification', /利用目的の通知/], ['correction', /訂正|追加|削除/], ['suspension', /利用停止/],
  ['erasure', /消去/], ['disclosure', /(?<!記録の)開示/],
];
/**
 * What a request asks for, and who asks.
 * @param {string} rest the body after the first line
 */
export function disclosure(rest) {
  const kinds = KINDS.filter(([, re]) => re.test(rest)).map(([k]) => k);
  const requester = /代理人|法定代理人|委任/.test(rest) ? 'agent' : /本人/.test(rest) ? 'self' : null;
  return { kinds, requester };
}

/**
 * Cross-field rules; `issue(path, code)` reports one problem.
 * @param {Form} f
 * @param {(path: Field, code: string) => void} issue
 */
export function crossChecks(f, issue) {
  const { line, rest } = firstLine(f.body);
  if (line === PHRASE) {
    if (f.inquiryType !== 'その他') issue('inquiryType', 'inquiry_type_must_be_other');
    if (!rest) issue('body', 'request_content_missing');
    if (!f.phone) issue('phone', 'required');
    return disclosure(rest);
  }
  if (isNearMiss(line) || f.body.split('\n').some((l) => l.trim() === PHRASE)) issue('body', 'first_line_mismatch');
  if (!f.phone && !f.email) issue('phone', 'required');
  return null;
}
