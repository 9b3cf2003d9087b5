// Long strings back from the module: normalize, validateForm and prepareSubmission
// give long text back through UTF-16 (and normal text as the very string passed in);
// what comes back is the same, character for character, as for short text, lone
// surrogates included (read as U+FFFD).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const m = require(path.resolve('pkg') + '/');

/** The same text at every length around the switch to UTF-16 (256 bytes). */
const lengths = [1, 20, 85, 86, 90, 200, 1000, 20000];

test('normalize: long and short text give the same characters', () => {
  const unit = 'ｶﾞ０３－１２３４漢字𠮷\r\n';
  const want = 'ガ03-1234漢字𠮷\n';
  for (const n of lengths) {
    assert.equal(m.normalize(unit.repeat(n)), want.repeat(n), `${n} repeats`);
  }
  // A lone surrogate is read as U+FFFD, in short text and long, changed or not.
  for (const n of lengths) {
    const text = 'あ'.repeat(n) + '\ud800' + 'い';
    assert.equal(m.normalize(text), 'あ'.repeat(n) + '\ufffd' + 'い', `${n}`);
    assert.equal(m.normalize(text + 'Ａ'), 'あ'.repeat(n) + '\ufffdいA', `${n}, changed`);
  }
});

test('normalize: text that is already normal comes back as is', () => {
  for (const n of lengths) {
    const text = '保険証の件でご連絡しました。'.repeat(n);
    assert.equal(m.normalize(text), text);
  }
});

test('validateForm and prepareSubmission: long bodies come back as normalized, lone surrogates as U+FFFD', () => {
  const form = { inquiryType: 'その他', name: '山田 太郎', phone: '03-1234-5678' };
  for (const n of [1, 50, 400]) {
    const lines = '開示を請求します。'.repeat(n);
    const typed = `個人情報の開示等請求\n${lines}\nマイナンバー　１２３４　５６７８　９０１８`;
    const result = m.validateForm({ ...form, body: typed });
    assert.ok(result.ok, JSON.stringify(result.errors));
    assert.equal(result.normalized.body, `個人情報の開示等請求\n${lines}\nマイナンバー　1234　5678　9018`);
    const sent = m.prepareSubmission({ ...form, body: typed });
    assert.equal(sent.payload?.body, `個人情報の開示等請求\n${lines}\nマイナンバー　****　****　****`);
    const normal = `個人情報の開示等請求\n${lines}`;
    assert.equal(m.validateForm({ ...form, body: normal }).normalized.body, normal);
    assert.equal(m.prepareSubmission({ ...form, body: normal }).payload?.body, normal);
    const lone = `${normal}\ud800`;
    assert.equal(m.validateForm({ ...form, body: lone }).normalized.body, `${normal}\ufffd`);
    assert.equal(m.prepareSubmission({ ...form, body: lone }).payload?.body, `${normal}\ufffd`);
  }
});
