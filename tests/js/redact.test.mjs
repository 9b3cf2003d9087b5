// redact of the built package (pkg/): the whole redaction corpus (no leak, little
// over-masking, kinds and UTF-16 offsets), styles and options, custom rules in the
// Node build and their refusal in the browser build, bad arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { shared, skipUnless } from './corpus.mjs';

const require = createRequire(import.meta.url);
const { redact, version } = require(path.resolve('pkg') + '/');
const alnum = /[\p{L}\p{N}]/u;

const devCorpus = shared('redact.jsonl');
test('redact.jsonl: nothing leaks, at most 0.5% else is masked, every span found as its kind', { skip: skipUnless(devCorpus, 'redact.jsonl') }, () => {
  const cases = devCorpus;
  assert.ok(cases.length >= 500);
  let leaked = 0, outside = 0, over = 0;
  const missed = [], extra = [];
  for (const c of cases) {
    const { text, findings } = redact(c.text, { kinds: c.kinds });
    assert.equal(text.length, c.text.length, c.id);
    const inSpan = new Array(c.text.length).fill(false);
    for (const s of c.spans) for (let i = s.start; i < s.end; i++) inSpan[i] = true;
    for (let i = 0; i < c.text.length; i++) {
      if (!alnum.test(c.text[i])) continue;
      if (inSpan[i]) leaked += text[i] === c.text[i] ? 1 : 0;
      else { outside++; over += text[i] !== c.text[i] ? 1 : 0; }
    }
    let last = 0;
    for (const f of findings) {
      assert.ok(Number.isInteger(f.start) && f.start >= last && f.end > f.start && f.end <= c.text.length, c.id);
      assert.deepEqual(Object.keys(f).sort(), ['end', 'kind', 'start'], 'findings never carry the value');
      last = f.end;
    }
    for (const s of c.spans) {
      if (!findings.some((f) => f.kind === s.kind && f.start === s.start && f.end === s.end)) missed.push(`${c.id} ${s.kind}`);
    }
    for (const f of findings) {
      if (!c.spans.some((s) => s.kind === f.kind && s.start < f.end && f.start < s.end)) extra.push(`${c.id} ${f.kind}`);
    }
  }
  assert.equal(leaked, 0);
  assert.ok(over / outside <= 0.005, `over-masked ${over}/${outside}`);
  assert.deepEqual(missed, []);
  assert.deepEqual(extra, []);
});

test('offsets are UTF-16 code units into the caller\'s string (non-BMP text around)', () => {
  const input = '𠮷野家😀👩‍⚕️ 個人番号：１２３４ ５６７８ ９０１８ です';
  const { text, findings } = redact(input);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].kind, 'my_number');
  assert.equal(input.slice(findings[0].start, findings[0].end), '１２３４ ５６７８ ９０１８');
  assert.equal(text, '𠮷野家😀👩‍⚕️ 個人番号：＊＊＊＊ ＊＊＊＊ ＊＊＊＊ です');
});

test('lone surrogates keep the offsets and the rest of the text', () => {
  const input = 'x\ud800 口座番号 1234567 \udfff';
  const { text, findings } = redact(input);
  assert.equal(input.slice(findings[0].start, findings[0].end), '1234567');
  assert.equal(text, 'x\ud800 口座番号 ******* \udfff');
});

test('a text with nothing to hide comes back as it was', () => {
  const input = 'お薬の配送状況を確認したいです。注文番号：20261222-3902';
  const r = redact(input);
  assert.equal(r.text, input);
  assert.deepEqual(r.findings, []);
});

test('digits written in kanji are masked where a label names them, with no other digit in the text', () => {
  const input = '保険証の記号は 七一六、番号は 四二四〇九 です。';
  const r = redact(input);
  assert.equal(r.text, '保険証の記号は ＊＊＊、番号は ＊＊＊＊＊ です。');
  assert.deepEqual(r.findings.map((f) => input.slice(f.start, f.end)), ['七一六', '四二四〇九']);
  // Placeholders and a lone kanji digit stay.
  const plain = '〇〇工業健康保険組合の〇〇様、一度お電話ください';
  assert.equal(redact(plain).text, plain);
});

test('an address with its @ spelled out, and no digit in the text, is found through the boundary', () => {
  const input = 'メールはtsuyoshi.n アットマーク example.comです';
  const r = redact(input, { kinds: ['email'] });
  assert.deepEqual(r.findings.map((f) => input.slice(f.start, f.end)), ['tsuyoshi.n アットマーク example.com']);
  assert.equal(r.text, 'メールは********.* ＊＊＊＊＊＊ *******.***です');
  // And with its @ written in brackets, hidden from robots.
  const hidden = 'アドレスは tanaka.kei (at) example.com です';
  assert.equal(redact(hidden, { kinds: ['email'] }).text, 'アドレスは ******.*** (**) *******.*** です');
});

test('a phone number said in English words, and no digit in the text, is found through the boundary', () => {
  const input = 'phone: zero nine zero one two three four five six seven eight';
  const r = redact(input, { kinds: ['phone'] });
  assert.deepEqual(r.findings.map((f) => input.slice(f.start, f.end)), ['zero nine zero one two three four five six seven eight']);
});

test('styles: mask, label, partial with keepLast', () => {
  const input = '保険者番号：01130012\n記号 ア12 番号 34\nカード 4539 5787 6362 1486';
  assert.equal(redact(input).text, '保険者番号：********\n記号 ＊** 番号 **\nカード **** **** **** ****');
  assert.equal(redact(input, { style: 'label' }).text,
    '保険者番号：〔保険者番号〕\n記号 〔被保険者番号〕 番号 〔被保険者番号〕\nカード 〔カード番号〕');
  assert.equal(redact(input, { style: 'partial' }).text,
    '保険者番号：****0012\n記号 ＊** 番号 **\nカード **** **** **** 1486');
  // Never a whole value: 34 (two digits, keepLast 2) is masked entirely.
  assert.equal(redact(input, { style: 'partial', keepLast: 2 }).text,
    '保険者番号：******12\n記号 ＊12 番号 **\nカード **** **** **** **86');
});

test('kinds: phone and e-mail only when asked for; an empty list finds nothing', () => {
  const input = 'TEL 090-1234-5678 メールはtaro@example.jpまで 個人番号 123456789018';
  assert.deepEqual(redact(input).findings.map((f) => f.kind), ['my_number']);
  const all = redact(input, { kinds: ['phone', 'email', 'my_number'] });
  assert.deepEqual(all.findings.map((f) => f.kind), ['phone', 'email', 'my_number']);
  assert.equal(all.text, 'TEL ***-****-**** メールは****@*******.**まで 個人番号 ************');
  assert.deepEqual(redact(input, { kinds: [] }).findings, []);
});

test('custom rules run in the Node build, compiled once for repeated calls', () => {
  const rules = [{ kind: 'patient_id', pattern: 'P\\d{6}', label: '〔患者ID〕' }];
  for (let i = 0; i < 3; i++) {
    const r = redact('患者ID P123456 と 個人番号 123456789018', { rules, style: 'label' });
    assert.equal(r.text, '患者ID 〔患者ID〕 と 個人番号 〔個人番号〕');
    assert.deepEqual(r.findings.map((f) => f.kind), ['patient_id', 'my_number']);
  }
  assert.throws(() => redact('x', { rules: [{ kind: 'a', pattern: '(' }] }),
    (e) => e instanceof SyntaxError && e.code === 'invalid_pattern' && /options\.rules\[0\]\.pattern/.test(e.message));
});

test('each call answers by its own options, whatever the calls before it asked', () => {
  // The module keeps the last redactor built (one without rules, one with): calls
  // that alternate their options must never get another call's redactor.
  const input = 'P123456 TEL 090-1234-5678 個人番号 123456789018 カード 4539 5787 6362 1486';
  const rules = [{ kind: 'patient_id', pattern: 'P\\d{6}' }];
  const calls = [
    [undefined, ['my_number', 'credit_card'], 'P123456 TEL 090-1234-5678 個人番号 ************ カード **** **** **** ****'],
    [{ kinds: ['phone'] }, ['phone'], 'P123456 TEL ***-****-**** 個人番号 123456789018 カード 4539 5787 6362 1486'],
    [{ rules }, ['patient_id', 'my_number', 'credit_card'], '******* TEL 090-1234-5678 個人番号 ************ カード **** **** **** ****'],
    [{ style: 'partial', keepLast: 2 }, ['my_number', 'credit_card'], 'P123456 TEL 090-1234-5678 個人番号 **********18 カード **** **** **** **86'],
    [{ rules, kinds: ['credit_card'] }, ['patient_id', 'credit_card'], '******* TEL 090-1234-5678 個人番号 123456789018 カード **** **** **** ****'],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [options, kinds, text] of calls) {
      const r = redact(input, options);
      assert.deepEqual(r.findings.map((f) => f.kind), kinds, JSON.stringify(options));
      assert.equal(r.text, text, JSON.stringify(options));
      for (const f of r.findings) assert.ok(f.end > f.start && /[0-9P]/.test(input.slice(f.start, f.end)));
    }
  }
});

test('custom rules are refused by the browser build with a clear error', async () => {
  const web = await import(path.resolve('pkg', 'web', 'mamori.js'));
  await web.default({ module_or_path: readFileSync(path.resolve('pkg', 'web', 'mamori_bg.wasm')) });
  assert.equal(web.redact('個人番号 123456789018').text, '個人番号 ************');
  assert.throws(() => web.redact('x', { rules: [{ kind: 'a', pattern: 'x' }] }),
    (e) => e.code === 'rules_unavailable' && /Node build/.test(e.message));
  assert.equal(web.redact('x', { rules: [] }).text, 'x');
  // Any rule is refused unread, whatever it looks like; a list that is not an array
  // is a TypeError naming it.
  assert.throws(() => web.redact('x', { rules: [42] }), (e) => e.code === 'rules_unavailable');
  assert.throws(() => web.redact('x', { rules: 5 }), (e) => e instanceof TypeError && /`options\.rules`/.test(e.message));
  assert.equal(web.version(), JSON.parse(readFileSync('pkg/package.json', 'utf8')).version);
});

test('bad arguments throw TypeErrors naming them; the module keeps working', () => {
  const bad = [
    [() => redact(42), /`text`/],
    [() => redact(null), /`text`/],
    [() => redact('x', 5), /`options`/],
    [() => redact('x', { kinds: 'my_number' }), /`options\.kinds`/],
    [() => redact('x', { kinds: ['my_number', 'ssn'] }), /`options\.kinds\[1\]`.*my_number, insurer_number/],
    [() => redact('x', { kinds: [null] }), /`options\.kinds\[0\]`/],
    [() => redact('x', { style: 'stars' }), /`options\.style`/],
    [() => redact('x', { keepLast: -1 }), /`options\.keepLast`/],
    [() => redact('x', { keepLast: 2.5 }), /`options\.keepLast`/],
    [() => redact('x', { rules: {} }), /`options\.rules`/],
    [() => redact('x', { rules: [{ kind: '', pattern: 'x' }] }), /`options\.rules\[0\]\.kind`/],
    [() => redact('x', { rules: [{ kind: 'a' }] }), /`options\.rules\[0\]\.pattern`/],
    [() => redact('x', { rules: [{ kind: 'a', pattern: 'x', label: 3 }] }), /`options\.rules\[0\]\.label`/],
  ];
  for (const [call, message] of bad) assert.throws(call, (e) => e instanceof TypeError && message.test(e.message));
  const getter = { get kinds() { throw new Error('boom'); } };
  assert.throws(() => redact('x', getter), (e) => e instanceof TypeError && /options\.kinds/.test(e.message));
  assert.deepEqual(redact('x', null), { text: 'x', findings: [] });
  assert.equal(redact('口座番号 1234567').text, '口座番号 *******');
  assert.equal(typeof version(), 'string');
});

test('a large text is handled (1 MB of Japanese)', () => {
  const line = '保険証の記号 12-3456 番号 78 です。注文番号 20261222-3902 で届きました。\n';
  const input = line.repeat(Math.ceil(1_000_000 / Buffer.byteLength(line)));
  const r = redact(input);
  assert.equal(r.text.length, input.length);
  assert.equal(r.findings.length, 2 * Math.ceil(1_000_000 / Buffer.byteLength(line)));
});

test('redacting the output again finds nothing new, masked or partial (texts whose masked form once read differently)', () => {
  const kinds = ['my_number', 'insurer_number', 'insured_number', 'public_expense_payer',
    'public_expense_recipient', 'credit_card', 'bank_account', 'passport', 'residence_card',
    'drivers_license', 'pension_number', 'phone', 'email'];
  const texts = [
    '記号・番号です公費負担者番号です4069053 564309\n0000000000000',
    '記号・番号です記号 保険者番号です01130012   0000000\n0',
    '記号・番号の です４０５３２１２６ 27927495985    です  0',
    // Masked letters once read as a phone number's digits, and a masked address as
    // a value where the written one was none.
    '電話番号、0000000 TK1234567 0 ',
    '0 運転免許証番号 taro@example.jp\n000000、番号   ',
    // A 記号 in hiragana cannot be masked in place line by line: that line and
    // the lines around it are read again afterwards.
    '記号 あ12 番号 345\n記号・番号です公費負担者番号です4069053 564309\n0000000000000',
  ];
  for (const text of texts) {
    const once = redact(text, { kinds });
    assert.deepEqual(redact(once.text, { kinds }).findings, [], text);
  }
  // One run, one finding: keepLast 5 shows its last five digits. (When the run was
  // split, showing `62966` made the label take the six digits after it.)
  const partial = redact('保険者番号 1 62966 １５２６３７ ', { kinds, style: 'partial', keepLast: 5 });
  assert.equal(partial.text, '保険者番号 * ***** ＊５２６３７ ');
  for (const g of redact(partial.text, { kinds, style: 'partial', keepLast: 5 }).findings) {
    assert.ok(partial.findings.some((f) => f.start < g.end && g.start < f.end), JSON.stringify(g));
  }
});
