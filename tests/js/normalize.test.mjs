// normalize() of the built package (pkg/): the corpus, random strings with lone
// surrogates, and the errors of its arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fixture, shared, skipUnless } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const { normalize } = require(path.join(root, 'pkg') + '/');
const PROFILES = ['text', 'name', 'kana'];

function meets(expect, got) {
  if (typeof expect === 'string') return got === expect;
  if (Array.isArray(expect?.oneOf)) return expect.oneOf.includes(got);
  if (typeof expect?.notEqual === 'string') return got !== expect.notEqual;
  throw new Error(`unknown expect form ${JSON.stringify(expect)}`);
}

for (const [what, cases] of [['fixture', fixture('normalize.jsonl')], ['shared corpus', shared('normalize.jsonl')]]) {
  test(`every case of normalize.jsonl (${what}) passes and is idempotent`, { skip: skipUnless(cases, 'normalize.jsonl') }, () => {
    assert.ok(cases.length > 0);
    const failures = [];
    for (const c of cases) {
      const got = normalize(c.input, c.profile);
      const again = normalize(got, c.profile);
      if (!meets(c.expect, got) || again !== got) failures.push({ id: c.id, got, again, want: c.expect });
    }
    assert.deepEqual(failures, []);
  });
}

// A small deterministic generator (mulberry32), so a failure can be replayed.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces of text, as code-unit strings: what people type, what breaks normalizers,
// and UTF-16 that is not well formed.
const PIECES = [
  () => String.fromCharCode(0x20 + Math.floor(r() * 95)),                  // ASCII
  () => String.fromCharCode(0xff01 + Math.floor(r() * 94)),                // full-width ASCII
  () => String.fromCharCode(0xff61 + Math.floor(r() * 63)),                // half-width katakana, ﾞﾟ
  () => pick(['\uff9e', '\uff9f', '゛', '゜', '\u3099', '\u309a', '\u0301', '\u0316']),
  () => String.fromCharCode(0x3041 + Math.floor(r() * 0xbf)),              // hiragana, katakana
  () => String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000)),            // kanji
  () => String.fromCharCode(0xf900 + Math.floor(r() * 0x200)),             // compatibility ideographs
  () => String.fromCodePoint(0x2f800 + Math.floor(r() * 0x220)),
  () => pick(['\ufe00', '\ufe0f', '\u{e0100}', '\u200c', '\u200d']),      // selectors, joiners
  () => pick(['𠮷', '😀', '👨\u200d👩\u200d👧', '🇯🇵', '1\ufe0f\u20e3']),   // non-BMP, emoji
  () => String.fromCharCode(0xd800 + Math.floor(r() * 0x800)),             // a lone surrogate
  () => String.fromCharCode(Math.floor(r() * 0x20)),                       // C0 controls
  () => String.fromCharCode(0x7f + Math.floor(r() * 0x21)),                // DEL, C1 controls
  () => pick(['\u200b', '\u2060', '\ufeff', '\u00ad', '\u202e']),         // invisibles
  () => pick([' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029', '\u2003']),
  () => String.fromCharCode(0xffe0 + Math.floor(r() * 15)),                // full-width signs
  () => pick(['①', '㈱', '㍻', '〜', 'ー', '々', '〆', '・', '\u212b', 'e\u0301']),
  () => String.fromCharCode(Math.floor(r() * 0x10000)),                    // any code unit
];
let r = rng(20240607);
const pick = (xs) => xs[Math.floor(r() * xs.length)];

function randomText() {
  let s = '';
  const n = Math.floor(r() * 24);
  for (let i = 0; i < n; i++) s += pick(PIECES)();
  return s;
}

test('10,000 random strings per profile, lone surrogates included: idempotent, never a throw', () => {
  r = rng(20240607);
  for (const profile of PROFILES) {
    for (let i = 0; i < 10_000; i++) {
      const input = randomText();
      let once;
      try {
        once = normalize(input, profile);
      } catch (e) {
        assert.fail(`${profile} threw ${e} on ${JSON.stringify(input)}`);
      }
      assert.equal(typeof once, 'string');
      assert.ok(once.isWellFormed(), `${profile}: ill-formed output for ${JSON.stringify(input)}`);
      assert.equal(normalize(once, profile), once, `${profile}: not idempotent on ${JSON.stringify(input)}`);
      if (profile !== 'text') {
        assert.equal(once, once.trim(), `${profile}: not trimmed`);
        assert.doesNotMatch(once, /[\n\t]|\s\s/, `${profile}: not one line of single spaces`);
      }
    }
  }
});

test('a lone surrogate becomes U+FFFD, one code unit for one', () => {
  assert.equal(normalize('a\ud800b\udc00'), 'a\ufffdb\ufffd');
  assert.equal(normalize('\ud842\udfb7'), '𠮷');
});

test('ASCII text with LF and TAB comes back unchanged', () => {
  r = rng(7);
  for (let i = 0; i < 1000; i++) {
    let s = '';
    for (let n = Math.floor(r() * 40); n > 0; n--) s += pick([() => String.fromCharCode(0x20 + Math.floor(r() * 95)), () => '\n', () => '\t'])();
    assert.equal(normalize(s), s);
  }
});

test('the profiles', () => {
  assert.equal(normalize('ＴＥＬ：０３－１２３４－５６７８'), 'TEL:03-1234-5678');
  assert.equal(normalize('ｶﾞｯｺｳ\r\n１０時～', undefined), 'ガッコウ\n10時〜');
  assert.equal(normalize('山田\u3000\u3000太郎 ', 'text'), '山田\u3000\u3000太郎 ');
  assert.equal(normalize('山田  太郎 ', 'name'), '山田\u3000太郎');
  assert.equal(normalize('John\u3000Smith', 'name'), 'John Smith');
  assert.equal(normalize('やまだ たろう', 'kana'), 'ヤマダ\u3000タロウ');
  // Kept as typed: U+FA10, ①, ㈱, ゛ and an ideographic variation sequence.
  const kept = '\ufa10本 ① ㈱ ゛ 葛\u{e0100}';
  assert.equal(normalize(kept), kept);
});

test('a bad profile is a TypeError that names `profile` and lists the names', () => {
  for (const bad of ['nfkc', 'Text', '', null, 42, {}, ['text']]) {
    assert.throws(() => normalize('x', bad), (e) =>
      e instanceof TypeError && /`profile`/.test(e.message) && /"text".*"name".*"kana"/.test(e.message));
  }
  assert.throws(() => normalize(undefined), (e) => e instanceof TypeError && /`text`/.test(e.message));
  assert.equal(normalize('ａ'), 'a', 'the module keeps working after bad calls');
});

test('large input: 4 MiB of mixed text is normalized whole, like its parts', () => {
  // Timing belongs in bench/; here: a large input is processed completely and correctly.
  const unit = 'ﾔﾏﾀﾞ　ﾀﾛｳ ＡＢＣ\r\n塚本 が e\u0301 😀 ';
  const n = Math.ceil((4 << 20) / unit.length);
  const big = unit.repeat(n);
  // In "text" nothing crosses the unit boundary, so the whole is the parts repeated.
  assert.equal(normalize(big, 'text'), normalize(unit, 'text').repeat(n));
  for (const profile of PROFILES) {
    const out = normalize(big, profile);
    assert.ok(out.length > big.length / 2, profile);
    assert.equal(normalize(out, profile), out, `${profile} is idempotent on large input`);
  }
});
