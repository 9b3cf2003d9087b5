#!/usr/bin/env node
// The module's memory and time for one call at the 32 Mi input limit (docs/limits.md).
// Not a test (no pass/fail): run one call per process, from the repository root,
// after `npm run build`:
//   node bench/limits-memory.mjs "redact my numbers"
//   node bench/limits-memory.mjs --list
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** @type {typeof import('../pkg/node/mamori.js')} */
const m = createRequire(path.join(root, 'package.json'))(path.join(root, 'pkg') + '/');
const MAX = 32 * 1024 * 1024;
const fill = (/** @type {string} */ unit) => unit.repeat(Math.floor(MAX / unit.length));
/** @type {import('../pkg/node/mamori.js').Kind[]} */
const ALL_KINDS = ['my_number', 'insurer_number', 'insured_number', 'public_expense_payer',
  'public_expense_recipient', 'credit_card', 'bank_account', 'passport', 'residence_card',
  'drivers_license', 'pension_number', 'phone', 'email'];

/** @type {Record<string, () => unknown>} */
const calls = {
  'normalize full-width': () => m.normalize(fill('Ａ'), 'name'),
  'normalize ｶﾞ': () => m.normalize(fill('ｶﾞ'), 'kana'),
  'parsePhone digits': () => m.parsePhone(fill('0')),
  'redact my numbers': () => m.redact(fill('1234 5678 9018 ')),
  'redact full-width digits': () => m.redact(fill('１２３４５６７８９０１８、')),
  'redact all kinds, labelled': () => m.redact(fill('保険者番号 06132013 記号 12 番号 34 '), { kinds: ALL_KINDS }),
  'redact label style': () => m.redact(fill('1234 5678 9018 '), { style: 'label' }),
  'validateForm 5 full fields': () => m.validateForm({
    inquiryType: fill('Ａ'), name: fill('Ａ'), phone: fill('０'), email: fill('ａ'), body: fill('Ａ'),
  }),
  'prepareSubmission body of my numbers, no length limit': () => m.prepareSubmission(
    { inquiryType: 'その他', name: '山田 太郎', phone: '03-1234-5678', body: 'お問い合わせ\n' + fill('1234 5678 9018 ').slice(0, MAX - 10) },
    { maxLength: { body: null } },
  ),
};

const what = process.argv[2];
if (!calls[what]) {
  console.log(Object.keys(calls).join('\n'));
  process.exit(what === '--list' ? 0 : 2);
}
const start = process.hrtime.bigint();
let outcome = 'returned';
try {
  calls[what]();
} catch (error) {
  const e = /** @type {Error} */ (error);
  outcome = `${e.constructor.name}: ${e.message.slice(0, 80)}`;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${what}: ${outcome}; ${seconds.toFixed(1)} s; module memory ${process.memoryUsage().external >> 20} MiB`);
