// Benchmark inputs, all deterministic (seeded), so every run measures the same work:
//   - phoneInputs(): the typed-in numbers of the phone corpus, in a fixed shuffled order
//   - japaneseText(bytes, seed): contact-form messages in the style of the redaction
//     corpus, with a realistic density of sensitive numbers and look-alikes
//   - forms(bodyChars, count, seed): contact forms with bodies of about that length
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The labelled corpus folder: $MAMORI_CORPUS_DIR or ../shared/corpus. */
export function corpusDir() {
  return process.env.MAMORI_CORPUS_DIR || path.resolve(root, '..', 'shared', 'corpus');
}

/**
 * Reads a JSONL file of the corpus. Without the shared corpus (a clone of the
 * repository alone) it reads the project's small fixture of the same name and says
 * so once: the numbers then measure less varied input. MAMORI_REQUIRE_CORPUS=1 makes
 * a missing corpus an error.
 * @param {string} file
 * @returns {unknown[]} the parsed lines
 */
export function corpus(file) {
  let full = path.join(corpusDir(), file);
  if (!existsSync(full)) {
    if (process.env.MAMORI_REQUIRE_CORPUS === '1') throw new Error(`bench: the corpus is missing at ${full} and MAMORI_REQUIRE_CORPUS=1`);
    const fixture = path.join(root, 'tests', 'fixtures', file);
    if (!warned.has(file)) console.error(`bench: no shared corpus at ${full}; using ${path.relative(root, fixture)}`);
    warned.add(file);
    full = fixture;
  }
  return readFileSync(full, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
/** @type {Set<string>} */
const warned = new Set();

/**
 * A small, fast, seeded PRNG (mulberry32): same seed, same sequence.
 * @param {number} seed
 */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (/** @type {number} */ lo, /** @type {number} */ hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  /**
   * @template T
   * @param {ArrayLike<T>} list
   * @returns {T}
   */
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (/** @type {number} */ p) => next() < p;
  next.digits = (/** @type {number} */ n) => { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(next() * 10)); return s; };
  /**
   * @template T
   * @param {readonly T[]} list
   * @returns {T[]} a shuffled copy
   */
  next.shuffle = (list) => {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
    return out;
  };
  return next;
}
/** @typedef {ReturnType<typeof rng>} Rng */

/** The phone corpus inputs with their verdicts, in a fixed shuffled order. */
export function phoneInputs() {
  const rows = /** @type {{ input: string, valid: boolean }[]} */ (corpus('phone.jsonl'));
  return rng(5).shuffle(rows).map((r) => ({ input: r.input, valid: r.valid }));
}

// ---- check digits (the same published rules the detectors use) ----

/**
 * My Number check digit of an 11-digit payload.
 * @param {string} payload
 * @returns {number}
 */
export function myNumberCheck(payload) {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = payload.charCodeAt(11 - n) - 48;
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}
export const isMyNumber = (/** @type {string} */ d) => d.length === 12 && myNumberCheck(d.slice(0, 11)) === d.charCodeAt(11) - 48;

/**
 * Luhn check digit of a payload.
 * @param {string} payload
 * @returns {number}
 */
export function luhnCheck(payload) {
  let sum = 0;
  for (let i = payload.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let v = payload.charCodeAt(i) - 48;
    if (dbl) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}
export const isLuhn = (/** @type {string} */ d) => d.length > 1 && luhnCheck(d.slice(0, -1)) === d.charCodeAt(d.length - 1) - 48;

// ---- text helpers ----

const FW_OFFSET = 0xfee0;
/**
 * Half-width ASCII letters, digits and '-' to full-width.
 * @param {string} s
 * @returns {string}
 */
export function fullWidth(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === '-') out += '－';
    else if (ch === ' ') out += '　';
    else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) out += String.fromCharCode(c + FW_OFFSET);
    else out += ch;
  }
  return out;
}

/**
 * `d` cut into groups of `sizes` digits, joined with `sep`.
 * @param {string} d
 * @param {number[]} sizes
 * @param {string} sep
 */
function group(d, sizes, sep) {
  const parts = [];
  let i = 0;
  for (const n of sizes) { parts.push(d.slice(i, i + n)); i += n; }
  return parts.join(sep);
}

// ---- values: valid in form, random, fictitious ----

/** @param {Rng} r */
function myNumber(r) {
  const p = r.digits(11);
  return p + myNumberCheck(p);
}
/** A prefecture code, 01–47 (the second part of insurer and payer numbers). */
const pref = (/** @type {Rng} */ r) => String(r.int(1, 47)).padStart(2, '0');
/**
 * @param {Rng} r
 * @param {string} prefix
 * @param {number} length
 */
function luhnNumber(r, prefix, length) {
  const p = prefix + r.digits(length - prefix.length - 1);
  return p + luhnCheck(p);
}
/** @param {Rng} r */
function card(r) {
  const kind = r.int(0, 3);
  if (kind === 0) return group(luhnNumber(r, '4', 16), [4, 4, 4, 4], r.pick([' ', '-', '']));
  if (kind === 1) return group(luhnNumber(r, String(r.int(51, 55)), 16), [4, 4, 4, 4], r.pick([' ', '-']));
  if (kind === 2) return group(luhnNumber(r, String(r.int(3528, 3589)), 16), [4, 4, 4, 4], ' ');
  return group(luhnNumber(r, r.pick(['34', '37']), 15), [4, 6, 5], r.pick([' ', '-']));
}
/** A 12-digit number that fails the My Number check (licences, tracking numbers). */
/** @param {Rng} r */
function notMyNumber(r) {
  for (;;) { const d = r.digits(12); if (!isMyNumber(d)) return d; }
}
/** Digits that pass neither Luhn nor (at 12 digits) the My Number check. */
/**
 * @param {Rng} r
 * @param {number} n
 */
function plainDigits(r, n) {
  for (;;) { const d = r.digits(n); if (!isLuhn(d) && !isMyNumber(d)) return d; }
}
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (/** @type {Rng} */ r, /** @type {number} */ n) => { let s = ''; for (let i = 0; i < n; i++) s += r.pick(LETTERS); return s; };

const maybeFull = (/** @type {Rng} */ r, /** @type {string} */ s) => (r.chance(0.2) ? fullWidth(s) : s);
const COLON = ['：', ':', ' ', '　', 'は', '→', ''];

/** @typedef {(r: Rng) => string} Line a line of a message, drawn with `r` */

// Sensitive lines: [label, value] pairs in the shapes people write.
/** @type {Line[]} */
const SENSITIVE = [
  (r) => `${r.pick(['マイナンバー', '個人番号', 'マイナンバーカードの番号'])}${r.pick(COLON)}${maybeFull(r, group(myNumber(r), [4, 4, 4], r.pick([' ', '-', ''])))}`,
  (r) => `${maybeFull(r, group(myNumber(r), [4, 4, 4], ' '))}（マイナンバー）`,
  (r) => `保険者番号${r.pick(COLON)}${maybeFull(r, r.chance(0.7) ? luhnNumber(r, r.pick(['01', '06', '31', '32', '63']) + pref(r), 8) : luhnNumber(r, pref(r), 6))}`,
  (r) => `記号 ${r.pick([r.digits(2) + '-' + r.digits(4), 'ア' + r.digits(2), r.digits(4)])} 番号 ${r.digits(r.int(2, 6))}${r.chance(0.5) ? ' 枝番 0' + r.int(0, 3) : ''}`,
  (r) => `被保険者番号${r.pick(COLON)}${r.digits(8)}`,
  (r) => `公費負担者番号${r.pick(COLON)}${maybeFull(r, luhnNumber(r, r.pick(['21', '54', '80', '88']) + pref(r), 8))}`,
  (r) => `受給者番号${r.pick(COLON)}${maybeFull(r, luhnNumber(r, '', 7))}`,
  (r) => `${r.pick(['クレジットカード番号', 'カード番号', 'お支払いのカード'])}${r.pick(COLON)}${card(r)}`,
  (r) => `${r.pick(['三菱UFJ銀行 本店営業部', 'みずほ銀行 船橋支店', 'ゆうちょ銀行'])} ${r.pick(['普通', '当座', '口座番号'])} ${r.digits(7)}`,
  (r) => `${r.pick(['旅券番号', 'パスポート番号'])}${r.pick(COLON)}${maybeFull(r, letters(r, 2) + r.digits(7))}`,
  (r) => `在留カード番号${r.pick(COLON)}${letters(r, 2)}${r.digits(8)}${letters(r, 2)}`,
  (r) => `${r.pick(['運転免許証番号', '免許証番号'])}${r.pick([' 第', '：', ' '])}${maybeFull(r, notMyNumber(r))}${r.chance(0.3) ? '号' : ''}`,
  (r) => `${r.pick(['基礎年金番号', '年金番号'])}${r.pick(COLON)}${r.digits(4)}${r.pick(['-', ' ', ''])}${r.digits(6)}`,
  (r) => `日中の連絡先は${r.pick(['090', '080', '03', '06'])}-${r.digits(4)}-${r.digits(4)}です`,
  (r) => `返信は${r.pick(['taro', 'hanako', 'ken.ishii', 'hina94'])}${r.int(1, 99)}@${r.pick(['example.com', 'mail.example.jp'])}までお願いします`,
];

// Things that look like numbers but are not sensitive.
/** @type {Line[]} */
const DISTRACTORS = [
  (r) => `${r.int(2023, 2026)}年${r.int(1, 12)}月${r.int(1, 28)}日に受診しました`,
  (r) => `令和${r.int(5, 8)}年${r.int(1, 12)}月${r.int(1, 28)}日`,
  (r) => `請求額は${r.pick(['¥', '￥'])}${r.int(1, 60)},${r.digits(3)}でした`,
  (r) => `〒${r.digits(3)}-${r.digits(4)}の住所に配送をお願いします`,
  (r) => `追跡番号：${group(notMyNumber(r), [4, 4, 4], r.pick(['-', ' ', '']))}`,
  (r) => `${r.pick(['注文番号', '受付番号', 'お問い合わせ番号'])}：${r.int(2024, 2026)}${r.digits(4)}-${r.digits(4)}`,
  (r) => `請求番号：${plainDigits(r, 16)}`,
  (r) => `${r.pick(['ロキソプロフェン60mg 3錠', 'ツムラ葛根湯エキス顆粒 2.5g', 'アムロジピン5mg 28日分'])}を処方されています`,
  (r) => `${r.int(9, 18)}時${r.pick(['', '30分'])}以降であれば電話に出られます`,
  (r) => `部屋番号（${r.int(101, 1999)}号室）が抜けていました`,
];

const OPENERS = [
  'いつもお世話になっております。', 'お世話になっております。', '失礼いたします。', 'いつもありがとうございます😊',
  '調剤薬局の者です。', '家族の代理で問い合わせます。', 'はじめて問い合わせます。', 'お忙しいところ恐れ入ります。',
];
const BODY = [
  'お薬の配送状況を確認したいです。', '処方箋の受付をお願いしたいのですが、入力欄が見つかりません。',
  '保険証の番号を間違えて登録してしまいました。', 'あと払いの請求書に記載された金額について質問です。',
  '返金先の口座を変更したいです。', '開示請求の本人確認書類として、書類の写しを郵送しました。',
  'マイナンバーカードを保険証として使っています。', '公費の情報の入力欄が見つかりません。',
  'オンライン診療の処方箋は発行してもらえますか。', '配送業者から連絡がつかないと言われました。',
  '先月分の領収書を再発行していただけますか。', '𠮷田の「𠮷」が正しく表示されていないようです。',
  '登録している住所を変更したいのですが、手続きを教えてください。', 'ジェネリック医薬品への変更は可能でしょうか。',
];
const CLOSERS = [
  'よろしくお願いいたします。', 'ご確認をお願いします。', 'ご回答をお待ちしております。',
  'どちらに入力すればよいか教えてください。', '念のため確認をお願いします。💊', '以上です。',
];
const NAMES = ['木村 裕子（キムラ　ユウコ）', '佐藤　翔', '石井 花子', '松本　大樹（マツモト ダイキ）', '髙橋　一郎', '山田 太郎'];

/**
 * One contact-form message: 2–7 lines, 0–2 sensitive values, 0–2 look-alikes.
 * @param {Rng} r
 * @returns {string}
 */
export function message(r) {
  const lines = [r.pick(OPENERS) + r.pick(BODY)];
  const n = r.pick([0, 1, 1, 1, 2]);
  for (let i = 0; i < n; i++) lines.push(r.pick(SENSITIVE)(r));
  const d = r.int(0, 2);
  for (let i = 0; i < d; i++) lines.push(r.pick(DISTRACTORS)(r));
  if (r.chance(0.5)) lines.push(r.pick(BODY));
  lines.push(r.pick(CLOSERS));
  if (r.chance(0.4)) lines.push(r.pick(NAMES));
  return lines.join('\n');
}

/** @type {Map<string, string>} */
const textCache = new Map();
/**
 * The text cached under `key`, made by `make` the first time.
 * @param {string} key
 * @param {() => string} make
 * @returns {string}
 */
function cached(key, make) {
  let text = textCache.get(key);
  if (text === undefined) {
    text = make();
    textCache.set(key, text);
  }
  return text;
}

/**
 * Pieces from `next` joined until they hold at least `bytes` UTF-8 bytes.
 * @param {number} bytes
 * @param {() => string} next
 * @returns {string}
 */
function joinedTo(bytes, next) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const piece = next();
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

/**
 * Japanese contact-form text of at least `bytes` UTF-8 bytes (whole messages,
 * separated by a blank line). The same (bytes, seed) always gives the same text.
 * @param {number} bytes
 * @returns {string}
 */
export function japaneseText(bytes, seed = 1) {
  return cached(`${bytes}:${seed}`, () => {
    const r = rng(seed);
    return joinedTo(bytes, () => message(r) + '\n\n');
  });
}

/**
 * Realistic hand-written texts (`redact-real.jsonl`: staff notes, exports, chats, OCR
 * pastes; without the shared corpus, the project's fixture), joined by blank lines and
 * repeated to at least `bytes` UTF-8 bytes: text as dense in numbers and labels as
 * what a back office masks.
 * @param {number} bytes
 * @returns {string}
 */
export function denseText(bytes) {
  return cached(`dense:${bytes}`, () => {
    const file = existsSync(path.join(corpusDir(), 'redact-real.jsonl')) ? 'redact-real.jsonl' : 'redact.jsonl';
    const one = /** @type {{ text: string }[]} */ (corpus(file)).map((c) => c.text).join('\n\n') + '\n\n';
    return one.repeat(Math.ceil(bytes / Buffer.byteLength(one)));
  });
}

/**
 * Prose with few numbers: the messages' sentences without their sensitive lines, and
 * a date, an amount or another look-alike in one message of ten, to at least `bytes`
 * UTF-8 bytes.
 * @param {number} bytes
 * @returns {string}
 */
export function sparseText(bytes, seed = 5) {
  return cached(`sparse:${bytes}:${seed}`, () => {
    const r = rng(seed);
    return joinedTo(bytes, () => {
      const lines = [r.pick(OPENERS) + r.pick(BODY), r.pick(BODY), r.pick(BODY), r.pick(CLOSERS)];
      if (r.chance(0.1)) lines.splice(2, 0, r.pick(DISTRACTORS)(r));
      return lines.join('\n') + '\n\n';
    });
  });
}

const PHRASE = '個人情報の開示等請求';
const REQUESTS = [
  '貴社が保有している私の個人情報の開示を請求します。', '登録されている住所に誤りがあるため、訂正を請求します。',
  '私の個人情報の利用停止を求めます。', '第三者への提供の停止をお願いします。', '第三者提供記録の開示を請求します。',
  '利用目的の通知を求めます。', '不要になった個人情報の消去をお願いします。',
];

/**
 * Pads `lines` with further message sentences until the body has about `chars` characters.
 * @param {Rng} r
 * @param {string[]} lines
 * @param {number} chars
 */
function bodyOf(r, lines, chars) {
  let body = lines.join('\n');
  while (body.length < chars) body += '\n' + (r.chance(0.15) ? r.pick(SENSITIVE)(r) : r.pick(BODY));
  return body;
}

/**
 * `count` realistic contact forms whose bodies have about `bodyChars` characters:
 * disclosure requests (most right, some with the usual mistakes) and ordinary
 * inquiries, with phones typed in the ways people type them.
 * @param {number} bodyChars
 * @param {number} count
 * @returns {{ inquiryType: string, name: string, phone: string, email: string, body: string }[]}
 */
export function forms(bodyChars, count, seed = 7) {
  const r = rng(seed);
  const out = [];
  const phones = /** @type {{ input: string }[]} */ (corpus('phone.jsonl')).map((p) => p.input);
  for (let i = 0; i < count; i++) {
    const name = r.pick(['山田　太郎', '佐藤 花子', '鈴木一郎', 'ｽｽﾞｷ ｲﾁﾛｳ', '髙橋　一郎', '']);
    const phone = r.chance(0.85) ? r.pick(phones).trim() : '';
    const email = r.chance(0.4) ? `user${r.int(1, 999)}@example.com` : '';
    const kind = r.int(0, 9);
    let inquiryType, lines;
    if (kind < 5) { // a right disclosure request
      inquiryType = 'その他';
      lines = [r.pick([PHRASE, `「${PHRASE}」`, `${PHRASE}。`]), r.pick(['請求者：本人', '代理人として請求します。委任状を同封します。']), '請求内容：' + r.pick(REQUESTS)];
    } else if (kind < 7) { // the usual mistakes
      inquiryType = r.pick(['その他', 'お薬について']);
      lines = [r.pick(['個人情報開示請求', '開示等請求について', PHRASE]), kind === 6 ? '' : '請求内容：' + r.pick(REQUESTS)];
    } else { // an ordinary inquiry
      inquiryType = r.pick(['お薬について', '配送について', 'お支払いについて']);
      lines = [r.pick(OPENERS) + r.pick(BODY)];
    }
    out.push({ inquiryType, name, phone, email, body: bodyOf(r, lines, bodyChars) });
  }
  return out;
}
