// parsePhone of the built package (pkg/): the whole phone corpus, result shapes,
// error codes and messages, bad arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fixture, shared, skipUnless } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { parsePhone } = require(path.resolve('pkg') + '/');
for (const [what, cases, least] of [['fixture', fixture('phone.jsonl'), 30], ['shared corpus', shared('phone.jsonl'), 1000]]) {
  test(`every record of phone.jsonl (${what}) agrees with libphonenumber`, { skip: skipUnless(cases, 'phone.jsonl') }, () => {
    assert.ok(cases.length >= least);
    const wrong = [];
    for (const c of cases) {
      const r = parsePhone(c.input);
      const want = { valid: c.valid, type: c.type, e164: c.e164, national: c.national };
      const got = { valid: r.valid, type: r.type, e164: r.e164, national: r.national };
      if (JSON.stringify(want) !== JSON.stringify(got)) wrong.push({ input: c.input, want, got });
      assert.equal(r.error === null, r.valid, c.input);
    }
    assert.deepEqual(wrong, []);
  });
}

test('a valid number is a plain object with null error', () => {
  assert.deepEqual(parsePhone('０３ー１２３４ー５６７８'), {
    valid: true, type: 'fixed_line', e164: '+81312345678', national: '03-1234-5678', error: null,
  });
  assert.deepEqual(parsePhone('+81 (0)90 1234 5678'), {
    valid: true, type: 'mobile', e164: '+819012345678', national: '090-1234-5678', error: null,
  });
  assert.equal(parsePhone('0126723456').national, '01267-2-3456');
  assert.equal(parsePhone('0422512345').national, '0422-51-2345');
  assert.equal(parsePhone('0421234567').national, '042-123-4567');
  assert.equal(parsePhone('0037-0561-3404').e164, '+81003705613404');
});

test('refusals carry one of the six codes and messages that say what to fix', () => {
  const cases = {
    '': 'empty',
    '   ': 'empty',
    '03-1234-5678 内線': 'invalid_chars',
    '03--1234-5678': 'invalid_chars',
    '03-1234-567': 'too_short',
    '1234-5678': 'too_short',
    '312345678': 'too_short',
    '090-1234-56789': 'too_long',
    '0910-123-456': 'invalid_number',
    '+1 212 555 1234': 'not_japanese',
  };
  for (const [input, code] of Object.entries(cases)) {
    const r = parsePhone(input);
    assert.equal(r.valid, false, input);
    assert.equal(r.type, null);
    assert.equal(r.e164, null);
    assert.equal(r.national, null);
    assert.deepEqual(Object.keys(r.error).sort(), ['code', 'message', 'messageEn']);
    assert.equal(r.error.code, code, input);
    assert.match(r.error.message, /ください/);
    assert.match(r.error.messageEn, /Please/);
  }
  assert.match(parsePhone('1234-5678').error.message, /市外局番から入力してください/);
});

test('too_short with the leading 0 says digits are missing and how many, not 市外局番', () => {
  const cases = { '090-1234-567': 11, '０３ー１２３４ー５６７': 10, '0120-123': 10 };
  for (const [input, digits] of Object.entries(cases)) {
    const { error } = parsePhone(input);
    assert.equal(error.code, 'too_short', input);
    assert.doesNotMatch(error.message, /市外局番/, input);
    assert.match(error.message, /数字が足りません/, input);
    assert.ok(error.message.includes(`${digits}桁`), `${input}: ${error.message}`);
    assert.ok(error.messageEn.includes(`${digits} digits`), `${input}: ${error.messageEn}`);
  }
  // Without its 0 the area code is what is missing; examples use the Japanese colon.
  const { error } = parsePhone('312345678');
  assert.equal(error.code, 'too_short');
  assert.match(error.message, /市外局番から入力してください/);
  for (const input of ['312345678', '+8', '090-1234-567', '03-1234-567']) {
    const message = parsePhone(input).error.message;
    assert.doesNotMatch(message, /例:/, input);
    if (message.includes('例')) assert.match(message, /例：/, input);
  }
});

test('wrong argument types throw a TypeError naming `input`; the module keeps working', () => {
  for (const bad of [undefined, null, 312345678, {}, ['03-1234-5678'], Symbol('x')]) {
    assert.throws(() => parsePhone(bad), (e) => e instanceof TypeError && /`input`/.test(e.message));
  }
  assert.equal(parsePhone('0'.repeat(1_000_000)).error.code, 'too_long');
  assert.equal(parsePhone('090-1234-5678').valid, true);
});
