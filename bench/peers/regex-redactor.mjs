// A hand-written JavaScript version of mamori's detectors: what a careful developer
// would write with regular expressions instead of using mamori. Same kinds, same
// check digits, same label rule (a stem at most 30 characters before the value),
// same "mask" output (length kept, ＊ for full-width). It is the honest baseline for
// the redact rows of the benchmark: one global regular expression finds every
// number-like token in a single pass; labels and check digits are only looked at
// for the few tokens it finds.

/**
 * @typedef {{ kind: string, start: number, end: number }} Finding UTF-16 offsets
 * @typedef {{ kind: string, end: number }} Label a label stem's kind, and where it ends
 */

const ALL_KINDS = [
  'my_number', 'insurer_number', 'insured_number', 'public_expense_payer', 'public_expense_recipient',
  'credit_card', 'bank_account', 'passport', 'residence_card', 'drivers_license', 'pension_number',
  'phone', 'email',
];
const DEFAULT_KINDS = new Set(ALL_KINDS.filter((k) => k !== 'phone' && k !== 'email'));

// A run of digit groups joined by single separators, optionally with the two
// letters of a passport or residence card in front and after.
const TOKEN = /(?:[A-ZＡ-Ｚ]{2}[ 　]?)?[0-9０-９]+(?:[ 　\-－ー−‐–.][0-9０-９]+)*(?:[A-ZＡ-Ｚ]{2})?/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const LETTER_OR_DIGIT = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;
const WINDOW = 30;

// Label stems, searched in the 30 characters before a value; the nearest one wins.
// One alternation, longest stems first, run over the window only.
const LABEL = /被保険者番号|保険者番号|保険者の番号|保険者No|保険者ＮＯ|負担者|受給者|口座|普通|当座|免許|年金|記号|枝番|番号/g;
/** @type {Record<string, string | null>} */
const LABEL_KIND = {
  被保険者番号: 'insured_number', 保険者番号: 'insurer_number', 保険者の番号: 'insurer_number', 保険者No: 'insurer_number',
  保険者ＮＯ: 'insurer_number', 負担者: 'public_expense_payer', 受給者: 'public_expense_recipient', 口座: 'bank_account',
  普通: 'bank_account', 当座: 'bank_account', 免許: 'drivers_license', 年金: 'pension_number', 記号: 'insured_symbol',
  枝番: 'insured_symbol',
};

/**
 * The digits of `s`, full-width ones made ASCII.
 * @param {string} s
 */
function digitsOf(s) {
  let d = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d += s[i];
    else if (c >= 0xff10 && c <= 0xff19) d += String.fromCharCode(c - 0xfee0);
  }
  return d;
}

/** @param {string} d digits */
function myNumberOk(d) {
  if (d.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (d.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}

/** @param {string} d digits */
function luhnOk(d) {
  let sum = 0;
  for (let i = d.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let v = d.charCodeAt(i) - 48;
    if (dbl) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  }
  return sum % 10 === 0;
}

/** @param {string} d digits */
function cardPrefixOk(d) {
  const n = d.length, p2 = +d.slice(0, 2), p4 = +d.slice(0, 4);
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (p2 === 36) return n === 14;
  return false;
}

const isIdeographOrKana = (/** @type {number} */ c) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * The nearest label before `start`: { kind, end } or null.
 * @param {string} text
 * @param {number} start
 * @returns {Label | null}
 */
function nearestLabel(text, start) {
  /** @type {Label | null} */
  let best = null, symbol = false;
  LABEL.lastIndex = Math.max(0, start - WINDOW);
  for (let m; (m = LABEL.exec(text)) !== null && m.index + m[0].length <= start;) {
    const stem = m[0];
    if (stem === '記号') symbol = true;
    let kind = LABEL_KIND[stem];
    // The window may start inside 被保険者番号.
    if (kind === 'insurer_number' && m.index > 0 && text[m.index - 1] === '被') kind = 'insured_number';
    // A bare 番号 counts only right after a 記号 value (記号 12-34 番号 56); inside a
    // longer label (受付番号, 注文番号) it is no label at all.
    if (stem === '番号') kind = symbol && m.index > 0 && !isIdeographOrKana(text.charCodeAt(m.index - 1)) ? 'insured_symbol' : null;
    if (kind) best = { kind, end: m.index + stem.length };
  }
  return best;
}

const DIGIT = /[0-9０-９]/;

/**
 * The kind of the digits `d` of a token at `start`, or null.
 * @param {string} text
 * @param {number} start
 * @param {string} d
 * @param {Set<string>} want the kinds asked for
 * @param {Finding | undefined} lastFinding
 * @returns {string | null}
 */
function classifyDigits(text, start, d, want, lastFinding) {
  const n = d.length;
  if (n === 12 && want.has('my_number') && myNumberOk(d)) return 'my_number';
  if (n >= 13 && n <= 19 && want.has('credit_card') && cardPrefixOk(d) && luhnOk(d)) return 'credit_card';
  const label = nearestLabel(text, start);
  let kind = label && label.kind;
  // A label names the first number after it: another number in between (a date
  // after 枝番, a postal code after 当座) means the label is not this value's. The
  // components of one insured number (記号・番号：12-3456・789) share their label.
  if (label && kind && DIGIT.test(text.slice(label.end, start))) {
    const sameInsured = (kind === 'insured_symbol' || kind === 'insured_number') && lastFinding
      && lastFinding.kind === 'insured_number' && lastFinding.end > label.end
      && /^[ 　・／/]*$/.test(text.slice(lastFinding.end, start));
    if (!sameInsured) kind = null;
  }
  if (kind === 'drivers_license' && n === 12) return 'drivers_license';
  if (kind === 'public_expense_payer' && n === 8 && luhnOk(d)) return 'public_expense_payer';
  if (kind === 'insurer_number' && (n === 8 || n === 6) && luhnOk(d)) return 'insurer_number';
  if (kind === 'public_expense_recipient' && n === 7 && luhnOk(d)) return 'public_expense_recipient';
  if (kind === 'bank_account' && n === 7) return 'bank_account';
  if (kind === 'pension_number' && n === 10) return 'pension_number';
  if ((kind === 'insured_number' || kind === 'insured_symbol') && n <= 10) return 'insured_number';
  if (want.has('phone') && d[0] === '0' && (n === 10 || n === 11)) return 'phone';
  return null;
}

/**
 * Finds sensitive numbers in `text` and masks them, like mamori's `redact` with
 * style "mask": `{ text, findings: [{ kind, start, end }] }`, UTF-16 offsets.
 * @param {string} text
 * @param {{ kinds?: string[] }} [options]
 * @returns {{ text: string, findings: Finding[] }}
 */
export function redact(text, options = {}) {
  if (typeof text !== 'string') throw new TypeError('redact: `text` must be a string');
  const want = options.kinds ? new Set(options.kinds) : DEFAULT_KINDS;
  /** @type {Finding[]} */
  const findings = [];
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(text)) !== null;) {
    let start = m.index, end = start + m[0].length;
    const first = m[0].charCodeAt(0);
    const lettered = (first >= 65 && first <= 90) || (first >= 0xff21 && first <= 0xff3a);
    // A token glued to further letters or digits is part of something longer; when
    // its two letters end a word (TEL 090…), the digits alone are looked at again.
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) {
      if (lettered) TOKEN.lastIndex = start + m[0].search(/[0-9０-９]/);
      continue;
    }
    if (end < text.length && /[A-Za-zＡ-Ｚａ-ｚ]/.test(text[end])) continue;
    const d = digitsOf(m[0]);
    const trailing = /[A-ZＡ-Ｚ]{2}$/.test(m[0]);
    let kind = null;
    if (lettered) {
      if (trailing && d.length === 8) kind = 'residence_card';
      else if (!trailing && d.length === 7) kind = 'passport';
      if (kind && !want.has(kind)) kind = null;
    } else if (!trailing) {
      kind = classifyDigits(text, start, d, want, findings[findings.length - 1]);
      if (kind === 'phone' && start > 0 && text[start - 1] === '+') start--;
      else if (kind === 'insured_number') {
        // A 記号 may begin with kana, kanji or letters (ア12, 千代田5, AB123). The
        // label that made it an insured number is there.
        const label = /** @type {Label} */ (nearestLabel(text, start));
        let s = start;
        while (label.kind === 'insured_symbol' && s > label.end && s > start - 4 && /[ぁ-ヶ一-龯A-Za-zＡ-Ｚ]/.test(text[s - 1])) s--;
        start = s;
      }
    }
    if (kind && want.has(kind)) findings.push({ kind, start, end });
  }
  if (want.has('email')) {
    EMAIL.lastIndex = 0;
    for (let m; (m = EMAIL.exec(text)) !== null;) findings.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
    findings.sort((a, b) => a.start - b.start);
  }
  // Non-overlapping, in order.
  /** @type {Finding[]} */
  const kept = [];
  for (const f of findings) if (!kept.length || f.start >= kept[kept.length - 1].end) kept.push(f);
  return { text: mask(text, kept), findings: kept };
}

const HALF = /[0-9A-Za-z\u3040-\u9fff]/g;
const FULL = /[０-９Ａ-Ｚａ-ｚ]/g;

/**
 * Each letter or digit of a finding becomes * (＊ where it was full-width).
 * @param {string} text
 * @param {Finding[]} findings
 */
function mask(text, findings) {
  if (!findings.length) return text;
  const parts = [];
  let at = 0;
  for (const f of findings) {
    parts.push(text.slice(at, f.start), text.slice(f.start, f.end).replace(HALF, '*').replace(FULL, '＊'));
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
