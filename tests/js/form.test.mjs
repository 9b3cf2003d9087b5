// validateForm and prepareSubmission in the built package (pkg/), as Node users call
// them: the corpus, bad input, options, and what prepareSubmission lets out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fixture, shared, sharedOrFixture, skipUnless } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const m = require(path.join(root, 'pkg') + '/');

const codes = (r) => r.errors.map((e) => `${e.field}:${e.code}`);
const request = (content, extra = {}) => ({
  inquiryType: 'その他', name: '山田　太郎', phone: '03-1234-5678',
  body: `個人情報の開示等請求\n${content}`, ...extra,
});

for (const [what, cases] of [['fixture', fixture('forms.jsonl')], ['shared corpus', shared('forms.jsonl')]]) {
  test(`every form of the ${what} gives the expected ok, errors and disclosure`, { skip: skipUnless(cases, 'forms.jsonl') }, () => {
    assert.ok(cases.length > 0);
    const norm = (d) => (d == null ? null : { kinds: [...d.kinds].sort(), requester: d.requester ?? null });
    for (const c of cases) {
      const r = m.validateForm(c.form);
      assert.equal(r.ok, c.expect.ok, c.id);
      assert.deepEqual([...new Set(codes(r))].sort(), [...c.expect.errorCodes].sort(), `${c.id}: ${c.note}`);
      assert.deepEqual(norm(r.disclosure), norm(c.expect.disclosure), `${c.id}: ${c.note}`);
      for (const e of r.errors) assert.ok(e.message.length > 0 && e.messageEn.length > 0, c.id);
    }
  });
}

test('the result has the documented shape', () => {
  const r = m.validateForm(request('本人です。開示を求めます。'));
  assert.deepEqual(r, {
    ok: true, errors: [], warnings: [],
    normalized: { inquiryType: 'その他', name: '山田　太郎', phone: '03-1234-5678', email: '', body: '個人情報の開示等請求\n本人です。開示を求めます。' },
    disclosure: { kinds: ['disclosure'], requester: 'self' },
  });
  const miss = m.validateForm({ ...request(''), body: '個人情報の開示等請求について\n開示' });
  assert.deepEqual(miss.errors, [{
    field: 'body', code: 'first_line_mismatch',
    message: miss.errors[0].message, messageEn: miss.errors[0].messageEn,
    suggestion: '個人情報の開示等請求',
  }]);
  assert.match(miss.errors[0].message, /1行目/);
  assert.equal(miss.disclosure, null);
});

test('an ordinary inquiry that asks for its own data gets looks_like_disclosure_request', () => {
  const form = { inquiryType: 'お薬の配送について', name: '山田 太郎', phone: '090-1234-5678', body: '保有個人データの開示をお願いします。' };
  const r = m.validateForm(form);
  assert.equal(r.ok, true);
  assert.equal(r.disclosure, null);
  assert.deepEqual(r.warnings, [{
    field: 'body', code: 'looks_like_disclosure_request',
    message: r.warnings[0].message, messageEn: r.warnings[0].messageEn,
    suggestion: '個人情報の開示等請求',
  }]);
  assert.match(r.warnings[0].message, /「その他」/);
  assert.match(r.warnings[0].message, /「個人情報の開示等請求」/);
  const s = m.prepareSubmission(form);
  assert.equal(s.ok, true);
  assert.deepEqual(s.warnings.map((w) => w.code), ['looks_like_disclosure_request']);

  const warned = (body) => m.validateForm({ ...form, body }).warnings.some((w) => w.code === 'looks_like_disclosure_request');
  assert.equal(warned('お世話になります。\n私の個人情報を消去してください。'), true);
  assert.equal(warned('登録されている住所の訂正をお願いします。'), true);
  // Negations, general questions, other data: no warning.
  assert.equal(warned('私の登録情報の開示は不要です。'), false);
  assert.equal(warned('個人情報の取り扱いについて教えてください。'), false);
  assert.equal(warned('個人情報の開示について教えてください。'), false);
  assert.equal(warned('注文を削除してください。'), false);
  // A request, and a near miss (an error of its own), get none.
  assert.equal(m.validateForm(request('私の個人情報の開示を請求します。')).warnings.length, 0);
  const miss = m.validateForm({ ...form, body: '個人情報開示請求\n私の個人情報の開示を請求します。' });
  assert.deepEqual(codes(miss), ['body:first_line_mismatch']);
  assert.deepEqual(miss.warnings, []);
});

test('no ordinary inquiry of the corpus gets looks_like_disclosure_request unless it asks for one', () => {
  const cases = sharedOrFixture('forms.jsonl');
  const warned = cases.filter((c) => m.validateForm(c.form).warnings.some((w) => w.code === 'looks_like_disclosure_request'));
  // The corpus's ordinary inquiries ask about services, prices and addresses; its
  // requests have the first line (or a near miss, an error instead).
  assert.deepEqual(warned.map((c) => c.id), []);
});

test('negation, lists and the requester', () => {
  const read = (content) => m.validateForm(request(content)).disclosure;
  assert.deepEqual(read('開示は不要です、訂正だけお願いします。'), { kinds: ['correction'], requester: null });
  assert.deepEqual(read('代理人として、消去と第三者への提供の停止を求めます。').kinds, ['erasure', 'stop_third_party_provision']);
  assert.deepEqual(read('第三者提供記録の開示を求めます。').kinds, ['third_party_record_disclosure']);
  assert.equal(read('法定代理人です。本人の開示を求めます。').requester, 'agent');
  assert.equal(read('代理人ではなく本人です。開示。').requester, 'self');
});

test('absent fields are empty; wrong types are TypeErrors naming the field', () => {
  assert.deepEqual(codes(m.validateForm({})), ['name:required', 'phone:required', 'body:required']);
  for (const field of ['inquiryType', 'name', 'phone', 'email', 'body']) {
    for (const bad of [1, null, {}, [], true, Symbol('x'), 1n]) {
      for (const fn of [m.validateForm, m.prepareSubmission]) {
        assert.throws(() => fn({ [field]: bad }), (e) => e instanceof TypeError && e.message.includes(`\`form.${field}\``), `${field} ${String(bad)}`);
      }
    }
  }
  for (const bad of ['form', 1, null, undefined, [], () => {}]) {
    assert.throws(() => m.validateForm(bad), (e) => e instanceof TypeError && /`form`/.test(e.message));
  }
  assert.throws(() => m.validateForm(), TypeError);
});

test('throwing getters and proxies become TypeErrors, and the module keeps working', () => {
  const getter = { get name() { throw new Error('boom'); } };
  assert.throws(() => m.validateForm(getter), (e) => e instanceof TypeError && /form\.name/.test(e.message));
  const proxy = new Proxy({}, { get() { throw new Error('trap'); } });
  assert.throws(() => m.prepareSubmission(proxy), TypeError);
  const keys = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
  assert.throws(() => m.validateForm({}, { required: keys }), TypeError);
  assert.equal(m.validateForm(request('開示を求めます。')).ok, true);
});

test('options map onto the rules and are checked', () => {
  const inquiry = { name: '田村　海斗', email: 'kaito@example.com', body: '申込方法を教えてください。' };
  assert.equal(m.validateForm(inquiry).ok, true);
  assert.equal(m.validateForm(inquiry, undefined).ok, true);
  assert.equal(m.validateForm(inquiry, {}).ok, true);
  assert.equal(m.validateForm(inquiry, null).ok, true); // like undefined: no options
  assert.deepEqual(codes(m.validateForm(inquiry, { emailInsteadOfPhone: false })), ['phone:required']);
  assert.deepEqual(codes(m.validateForm(inquiry, { required: { email: true, phone: false }, emailInsteadOfPhone: false })), []);
  assert.deepEqual(codes(m.validateForm(inquiry, { required: { inquiryType: true } })), ['inquiryType:required']);
  assert.deepEqual(codes(m.validateForm(inquiry, { maxLength: { body: 5 } })), ['body:too_long']);
  assert.deepEqual(codes(m.validateForm({ ...inquiry, name: '山'.repeat(101) })), ['name:too_long']);
  assert.deepEqual(codes(m.validateForm({ ...inquiry, name: '山'.repeat(101) }, { maxLength: { name: null } })), []);
  assert.match(m.validateForm(inquiry, { maxLength: { body: 5 } }).errors[0].message, /5文字以内/);
  // A request keeps its procedure whatever the options say.
  assert.deepEqual(codes(m.validateForm(request('開示', { phone: '' }), { required: { phone: false } })), ['phone:required']);

  for (const [options, type] of [
    ['strict', TypeError], [1, TypeError], [{ required: ['name'] }, TypeError],
    [{ required: { phoen: true } }, TypeError], [{ required: { name: 'yes' } }, TypeError],
    [{ maxLength: { name: '10' } }, TypeError], [{ maxLength: { name: -1 } }, RangeError],
    [{ maxLength: { name: 1.5 } }, RangeError], [{ maxLength: { name: NaN } }, RangeError],
    [{ emailInsteadOfPhone: 1 }, TypeError],
  ]) {
    assert.throws(() => m.validateForm(inquiry, options), (e) => e instanceof type && /`options/.test(e.message), JSON.stringify(options));
  }
});

test('the length limits count characters after normalization', () => {
  const base = { name: '田村　海斗', email: 'kaito@example.com', body: '質問です。' };
  assert.equal(m.validateForm({ ...base, body: 'あ'.repeat(10000) }).ok, true);
  assert.deepEqual(codes(m.validateForm({ ...base, body: 'あ'.repeat(10001) })), ['body:too_long']);
  assert.equal(m.validateForm({ ...base, body: 'ｶﾞ'.repeat(10000) }).ok, true); // ガ after normalization
  assert.equal(m.validateForm({ ...base, name: '𠮷'.repeat(100) }).ok, true); // 200 UTF-16 units
});

test('prepareSubmission masks the body and never returns a raw sensitive number', () => {
  const form = {
    inquiryType: 'サービスについて', name: '森田　葵', phone: '０９０－１２３４－５６７８',
    body: '処方箋について質問です。\n保険者番号：０６１３２０１３\nマイナンバーは 1234 5678 9018 です。',
  };
  const s = m.prepareSubmission(form);
  assert.equal(s.ok, true);
  assert.deepEqual(s.warnings.map((w) => `${w.field}:${w.code}`), ['body:sensitive_data_will_be_masked']);
  assert.equal(s.payload.name, '森田　葵');
  assert.equal(s.payload.phone, '090-1234-5678');
  assert.doesNotMatch(s.payload.body, /06132013|1234 5678 9018|9018/);
  assert.equal(s.payload.body.length, m.validateForm(form).normalized.body.length);
  assert.equal(JSON.stringify(s).includes('06132013'), false);

  const bad = m.prepareSubmission({ ...form, name: '' });
  assert.equal(bad.ok, false);
  assert.equal(bad.payload, null);
  assert.equal(JSON.stringify(bad).includes('06132013'), false);
});

test('validateForm warns of digits spoken as kana as of written ones, whatever the label', () => {
  const base = { name: '田村　海斗', email: 'kaito@example.com' };
  const warned = (body) => m.validateForm({ ...base, body }).warnings.map((w) => w.code);
  // A hiragana label, no written digit: the body is masked on sending, and the form says so.
  const body = 'まいなんばーは ろくさんぜろきゅう よんごよんろく さんさんはちはち です';
  assert.deepEqual(warned(body), ['sensitive_data_will_be_masked']);
  assert.notEqual(m.redact(body).text, body);
  // Kana that are words, not digits: no warning.
  assert.deepEqual(warned('しごとで よろしくお願いします'), []);
});
