// The built package (pkg/) against hostile callers: wrong types, symbols, bigints,
// throwing getters, Proxy objects (throwing and revoked), lone surrogates, strings of
// 100 MB, forms with 10,000 extra keys, options of the wrong type, prototype-pollution
// keys. Every call either throws a TypeError / RangeError (or another documented
// error) or returns a structured result; no call traps (WebAssembly.RuntimeError); and
// the next good call still works. No wall-clock conditions: a call that returns is
// bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const m = require(path.join(root, 'pkg') + '/');

// The limit of every string argument, in UTF-16 code units (docs/limits.md).
const MAX_INPUT_UNITS = 32 * 1024 * 1024;

const MY_NUMBER_TEXT = 'マイナンバーは 1234 5678 9018 です';
const GOOD_FORM = Object.freeze({
  inquiryType: 'その他',
  name: '山田 太郎',
  phone: '090-1234-5678',
  email: '',
  body: '個人情報の開示等請求\n本人です。保有個人データの開示を請求します。',
});

/** The module still answers good calls correctly. */
function assertHealthy(after) {
  const where = `after ${after}`;
  assert.equal(m.normalize('ＡＢ１'), 'AB1', where);
  assert.equal(m.parsePhone('03-1234-5678').e164, '+81312345678', where);
  const r = m.redact(MY_NUMBER_TEXT);
  assert.equal(r.text, 'マイナンバーは **** **** **** です', where);
  const f = m.validateForm(GOOD_FORM);
  assert.equal(f.ok, true, where);
}

/**
 * Runs a hostile call. It may return (the result is handed to `check`) or throw one
 * of `allowed` (error class names); it must never trap, and the module must keep
 * working. Returns { value } or { error }.
 */
function hostile(label, call, { allowed = ['TypeError', 'RangeError'], check } = {}) {
  let outcome;
  try {
    outcome = { value: call() };
  } catch (error) {
    outcome = { error };
  }
  if (outcome.error !== undefined) {
    const e = outcome.error;
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `${label}: trapped: ${e}`);
    assert.ok(e instanceof Error, `${label}: threw a non-Error ${String(e)}`);
    assert.ok(!/unreachable|memory access out of bounds/i.test(e.message), `${label}: ${e.message}`);
    assert.ok(allowed.includes(e.constructor.name), `${label}: threw ${e.constructor.name}: ${e.message}`);
  } else if (check) {
    check(outcome.value);
  }
  assertHealthy(label);
  return outcome;
}

/** The call throws a TypeError whose message names `arg`. */
function assertTypeError(label, call, arg) {
  const { error } = hostile(label, call, { allowed: ['TypeError'] });
  assert.ok(error, `${label}: did not throw`);
  assert.ok(error.message.includes(`\`${arg}\``), `${label}: message does not name ${arg}: ${error.message}`);
}

// Values that are not what any argument wants. Fresh for each use: some are stateful.
function hostileValues() {
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const revokedArray = Proxy.revocable([], {});
  revokedArray.revoke();
  const boom = () => {
    throw new Error('trap');
  };
  const trapAll = {
    get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom,
    set: boom, defineProperty: boom, deleteProperty: boom, apply: boom, construct: boom,
  };
  return {
    undefined: undefined,
    null: null,
    zero: 0,
    'negative zero': -0,
    NaN: NaN,
    Infinity: Infinity,
    number: 42,
    true: true,
    symbol: Symbol('s'),
    'Symbol.iterator': Symbol.iterator,
    bigint: 10n,
    'empty array': [],
    'array of a string': ['03-1234-5678'],
    'empty object': {},
    'null-prototype object': Object.create(null),
    'String object': new String('abc'),
    'Number object': new Number(1),
    function: () => 'x',
    Date: new Date(0),
    RegExp: /x/g,
    Map: new Map([['name', 'x']]),
    'object with throwing getters': {
      get inquiryType() { throw new Error('getter'); },
      get name() { throw new Error('getter'); },
      get kinds() { throw new Error('getter'); },
      get style() { throw new Error('getter'); },
    },
    'object whose coercion throws': {
      toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom,
    },
    'Proxy with throwing traps': new Proxy({}, trapAll),
    'Proxy of an array with throwing traps': new Proxy([], trapAll),
    'revoked Proxy': revocable.proxy,
    'revoked Proxy of an array': revokedArray.proxy,
  };
}

const isString = (v) => typeof v === 'string';

test('string arguments refuse every non-string with a TypeError that names them', () => {
  for (const [name, value] of Object.entries(hostileValues())) {
    assertTypeError(`normalize(${name})`, () => m.normalize(value), 'text');
    assertTypeError(`parsePhone(${name})`, () => m.parsePhone(value), 'input');
    assertTypeError(`redact(${name})`, () => m.redact(value), 'text');
    if (value !== undefined) {
      assertTypeError(`normalize("x", ${name})`, () => m.normalize('x', value), 'profile');
    }
  }
});

test('forms that are not objects are refused with a TypeError that names `form`', () => {
  for (const [name, value] of Object.entries(hostileValues())) {
    for (const fn of ['validateForm', 'prepareSubmission']) {
      const label = `${fn}(${name})`;
      const { error, value: result } = hostile(label, () => m[fn](value));
      if (error) {
        assert.ok(error instanceof TypeError, `${label}: ${error}`);
        assert.match(error.message, /`form/, label);
      } else {
        // Objects without the fields (a Date, a Map, …) are empty forms.
        assert.equal(typeof result.ok, 'boolean', label);
        assert.equal(result.ok, false, label);
      }
    }
  }
});

test('every form field refuses non-strings with a TypeError naming the field', () => {
  for (const field of Object.keys(GOOD_FORM)) {
    for (const [name, value] of Object.entries(hostileValues())) {
      if (value === undefined) continue; // an absent field is an empty one
      const form = { ...GOOD_FORM, [field]: value };
      for (const fn of ['validateForm', 'prepareSubmission']) {
        assertTypeError(`${fn}({${field}: ${name}})`, () => m[fn](form), `form.${field}`);
      }
    }
    // A getter that throws, and a Proxy whose get trap throws for that field alone.
    const getter = { ...GOOD_FORM };
    Object.defineProperty(getter, field, { get() { throw new Error('getter'); }, enumerable: true });
    assertTypeError(`validateForm(getter ${field})`, () => m.validateForm(getter), 'form.' + field);
    const proxy = new Proxy({ ...GOOD_FORM }, {
      get(target, key) { if (key === field) throw new Error('trap'); return target[key]; },
    });
    hostile(`validateForm(proxy ${field})`, () => m.validateForm(proxy), { allowed: ['TypeError'] });
  }
});

test('an array option past its limit says so, whatever length it claims', () => {
  // A Proxy of an array may claim any length; the message names the limit, not it.
  for (const length of [257, 2 ** 32 - 1, 1e20]) {
    const kinds = new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
    assert.throws(() => m.redact(MY_NUMBER_TEXT, { kinds }), (e) =>
      e instanceof RangeError && /`options\.kinds` has more than 256 entries; the limit is 256/.test(e.message));
  }
});

test('options of the wrong type: a TypeError or RangeError, never a trap', () => {
  const values = hostileValues();
  const bad = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue; // no options
    bad.push([`options = ${name}`, value]);
    for (const key of ['kinds', 'style', 'keepLast', 'rules', 'required', 'maxLength', 'emailInsteadOfPhone']) {
      if (value !== undefined) bad.push([`options.${key} = ${name}`, { [key]: value }]);
    }
  }
  bad.push(
    ['kinds: a string', { kinds: 'my_number' }],
    ['kinds: unknown names', { kinds: ['my_number', 'not_a_kind'] }],
    ['kinds: numbers', { kinds: [1, 2] }],
    ['kinds: a sparse array', { kinds: [, 'my_number'] }], // eslint-disable-line no-sparse-arrays
    ['kinds: 10 million entries', { kinds: new Array(10_000_000) }],
    ['kinds: a huge length', { kinds: { length: 2 ** 32 - 1 } }],
    ['style: unknown', { style: 'blackout' }],
    ['style: upper case', { style: 'MASK' }],
    ['keepLast: -1', { keepLast: -1 }],
    ['keepLast: 4.5', { keepLast: 4.5 }],
    ['keepLast: NaN', { keepLast: NaN }],
    ['keepLast: a string', { keepLast: '4' }],
    ['keepLast: 1e300', { keepLast: 1e300 }],
    ['keepLast: 2**53', { keepLast: 2 ** 53 }],
    ['required: unknown field', { required: { bogus: true } }],
    ['required: not booleans', { required: { name: 'yes' } }],
    ['maxLength: negative', { maxLength: { body: -1 } }],
    ['maxLength: NaN', { maxLength: { body: NaN } }],
    ['maxLength: huge', { maxLength: { body: 1e300 } }],
    ['maxLength: a string', { maxLength: { body: '10' } }],
  );
  for (const [label, options] of bad) {
    for (const fn of ['redact', 'validateForm', 'prepareSubmission']) {
      const input = fn === 'redact' ? MY_NUMBER_TEXT : GOOD_FORM;
      hostile(`${fn}(…, ${label})`, () => m[fn](input, options), {
        allowed: ['TypeError', 'RangeError'],
        check: (r) => assert.equal(typeof r, 'object', `${fn}(…, ${label}) returned ${r}`),
      });
    }
  }
});

test('redact: options that are arrays are read without running into their traps', () => {
  // Proxy arrays and getters: a TypeError that names the option, thousands of times.
  const trap = new Proxy([], { get() { throw new Error('trap'); } });
  const getter = [];
  Object.defineProperty(getter, 0, { get() { throw new Error('getter'); } });
  for (const [label, kinds, named] of [['a trapping Proxy', trap, 'options.kinds.length'], ['a getter', getter, 'options.kinds[0]']]) {
    for (let i = 0; i < 5000; i++) {
      const { error } = hostile(`kinds: ${label}`, () => m.redact('x', { kinds }), { allowed: ['TypeError'] });
      assert.ok(error.message.includes(`\`${named}\``), error.message);
    }
  }
  const { error } = hostile('kinds: 10 million', () => m.redact('x', { kinds: new Array(1e7) }), { allowed: ['RangeError'] });
  assert.match(error.message, /limit is 256/);
});

test('redact: names and rule strings over their limits are refused before they are copied', () => {
  const huge = 'x'.repeat(100 * 1024 * 1024);
  const before = process.memoryUsage().external;
  hostile('style of 100 MB', () => m.redact('x', { style: huge }), { allowed: ['TypeError'] });
  hostile('kind of 100 MB', () => m.redact('x', { kinds: [huge] }), { allowed: ['TypeError'] });
  for (const [key, limit] of [['kind', 256], ['pattern', 16384], ['label', 1024]]) {
    const rule = { kind: 'k', pattern: 'P\\d{6}', [key]: huge };
    const { error } = hostile(`rule ${key} of 100 MB`, () => m.redact('x', { rules: [rule] }), { allowed: ['RangeError'] });
    assert.ok(error.message.includes(`\`options.rules[0].${key}\``) && error.message.includes(`limit is ${limit}`), error.message);
    const over = { kind: 'k', pattern: 'x', [key]: 'x'.repeat(limit + 1) };
    hostile(`rule ${key} one over`, () => m.redact('x', { rules: [over] }), { allowed: ['RangeError'] });
  }
  assert.ok(process.memoryUsage().external - before < 16 * 1024 * 1024, 'nothing was copied in');
  // At the limit, a pattern is compiled (or refused by the regex size limit).
  const pattern = 'a'.repeat(16384);
  hostile('pattern at the limit', () => m.redact('x', { rules: [{ kind: 'k', pattern }] }), { allowed: ['SyntaxError'] });
});

test('redact: what one call gives back is bounded; beyond it a RangeError, never a trap', () => {
  // One finding per character, each replaced by a label of 1,024 units: 4.2 million
  // findings and 4.3 billion units of output once trapped after 2 GB of memory.
  const { error } = hostile('4.2 million findings of a 1,024-unit label', () => m.redact('a'.repeat(4_200_000), {
    style: 'label', rules: [{ kind: 'x', pattern: '.', label: 'x'.repeat(1024) }],
  }), { allowed: ['RangeError'] });
  assert.ok(error, 'refused');
  assert.match(error.message, /`options\.rules` match the text more than 4194304 times/);
  // Refused before the engine collects the matches: at the input limit, memory stays
  // flat (collecting 32 Mi matches took 2.7 GB and 50 s).
  const before = process.memoryUsage().external;
  const { error: flat } = hostile('a rule matching each of 32 Mi units', () => m.redact('a'.repeat(MAX_INPUT_UNITS), {
    rules: [{ kind: 'x', pattern: '.' }],
  }), { allowed: ['RangeError'] });
  assert.match(flat.message, /more than 4194304 times/);
  assert.ok(process.memoryUsage().external - before < 256 * 1024 * 1024, 'no matches were collected');
  // Fewer findings, each far longer as a label than as a value: the output bound.
  const label = 'x'.repeat(1024);
  const { error: long } = hostile('33 Mi units of labels', () => m.redact('a'.repeat(33_000), {
    style: 'label', rules: [{ kind: 'x', pattern: 'a', label }],
  }), { allowed: ['RangeError'] });
  assert.ok(long, 'refused');
  assert.match(long.message, /longer than 33554432 UTF-16 code units/);
  // Just under the bound the same call works, and gives back exactly the labels.
  const { value } = hostile('32 Mi units of labels', () => m.redact('a'.repeat(32_768), {
    style: 'label', rules: [{ kind: 'x', pattern: 'a', label }],
  }));
  assert.equal(value.text.length, MAX_INPUT_UNITS);
  assert.equal(value.findings.length, 32_768);
  assert.deepEqual(value.findings.at(-1), { kind: 'x', start: 32_767, end: 32_768 });
  // The mask style keeps the length: as many findings as the bound allows, masked.
  const { value: masked } = hostile('4 Mi one-character findings', () => m.redact('a'.repeat(4_194_304), {
    rules: [{ kind: 'x', pattern: '.' }],
  }));
  assert.equal(masked.findings.length, 4_194_304);
  assert.equal(masked.text, '*'.repeat(4_194_304));
});

test('large values of keepLast are whole numbers and keep at most the whole value', () => {
  for (const keepLast of [0, 4, 12, 1000, 2 ** 31]) {
    const { value: r } = hostile(`keepLast ${keepLast}`, () => m.redact(MY_NUMBER_TEXT, { style: 'partial', keepLast }));
    if (r) {
      assert.equal(r.findings.length, 1);
      assert.equal(r.text.length, MY_NUMBER_TEXT.length);
    }
  }
});

test('a Proxy or getters in options and forms that call back into the module', () => {
  // Re-entrant calls from inside a getter the module reads.
  const form = {
    ...GOOD_FORM,
    get name() {
      assert.equal(m.normalize('ｶﾞ'), 'ガ');
      return m.validateForm(GOOD_FORM).normalized.name;
    },
  };
  const r = hostile('re-entrant form getter', () => m.validateForm(form));
  assert.equal(r.value?.ok, true);
  const options = {
    get style() {
      return m.redact(MY_NUMBER_TEXT).findings.length === 1 ? 'label' : 'mask';
    },
  };
  const o = hostile('re-entrant option getter', () => m.redact(MY_NUMBER_TEXT, options));
  assert.ok(o.value && !o.value.text.includes('1234'));
});

test('thousands of throwing calls leave the module intact (no leak of its stack)', () => {
  // A JavaScript exception that passed through the module's frames would leak a
  // frame of its 1 MiB shadow stack per call; 70,000 rounds overflow it even at 16
  // bytes a call. Each round makes every call that reads a hostile value throw.
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const trap = new Proxy([], { get() { throw new Error('trap'); }, has() { throw new Error('trap'); } });
  const getter = { get body() { throw new Error('getter'); } };
  const keysTrap = new Proxy({}, {
    ownKeys() { throw new Error('trap'); },
    get() { throw new Error('trap'); },
    getOwnPropertyDescriptor() { throw new Error('trap'); },
  });
  const calls = [
    () => m.normalize(revoked),
    () => m.normalize('x', revoked),
    () => m.parsePhone(revoked),
    () => m.redact(revoked),
    () => m.redact('x', revoked),
    () => m.redact('x', { kinds: trap }),
    () => m.redact('x', { kinds: revoked }),
    () => m.redact('x', { rules: trap }),
    () => m.redact('x', trap),
    () => m.validateForm(revoked),
    () => m.validateForm(getter),
    () => m.validateForm(trap),
    () => m.validateForm(GOOD_FORM, { required: trap }),
    () => m.validateForm(GOOD_FORM, { maxLength: revoked }),
    () => m.validateForm(GOOD_FORM, { required: keysTrap }),
    () => m.validateForm(GOOD_FORM, { maxLength: keysTrap }),
    () => m.redact('x', keysTrap),
    () => m.prepareSubmission(revoked),
    () => m.prepareSubmission(getter),
  ];
  for (let round = 0; round < 70_000; round++) {
    for (const call of calls) {
      try {
        call();
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError || !(e instanceof TypeError || e instanceof RangeError)) {
          assert.fail(`round ${round}: ${call}: ${e}`);
        }
      }
    }
  }
  assertHealthy('70,000 rounds of throwing calls');
});

test('strings with lone surrogates: replaced one unit for one, offsets stay valid', () => {
  const lone = ['\ud800', '\udc00', 'a\ud800b', '\udfff\ud800', '𠮷\ud842'];
  for (const s of lone) {
    for (const profile of ['text', 'name', 'kana']) {
      const out = hostile(`normalize(${JSON.stringify(s)}, ${profile})`, () => m.normalize(s, profile)).value;
      assert.ok(isString(out));
      assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(out), 'well formed');
      assert.equal(m.normalize(out, profile), out, 'idempotent');
    }
    const phone = m.parsePhone('03-1234-5678' + s);
    assert.equal(phone.valid, false);
    assert.equal(phone.error.code, 'invalid_chars');
  }
  // The finding's offsets are in the caller's string, units after the surrogates too.
  const text = '\ud800\udc00\ud800 ' + MY_NUMBER_TEXT + ' \udfff';
  const r = m.redact(text);
  assert.equal(r.text.length, text.length);
  assert.equal(r.findings.length, 1);
  const { start, end } = r.findings[0];
  assert.equal(text.slice(start, end), '1234 5678 9018');
  assert.equal(r.text.slice(start, end), '**** **** ****');
  const form = m.validateForm({ ...GOOD_FORM, name: '山田\ud800太郎', body: GOOD_FORM.body + '\udc00' });
  assert.equal(typeof form.ok, 'boolean');
  assert.ok(!form.normalized.name.includes('\ud800'));
});

test('100 MB strings are refused with a RangeError before they are copied', () => {
  // 'x'.repeat() gives V8 a rope, cheap to hold; the module must refuse it by its
  // length alone, without flattening or copying it into its memory.
  const huge = 'x'.repeat(100 * 1024 * 1024);
  const hugeKana = 'あ'.repeat(50 * 1024 * 1024);
  const calls = {
    'normalize(text)': () => m.normalize(huge),
    'normalize(kana text)': () => m.normalize(hugeKana, 'kana'),
    'parsePhone(input)': () => m.parsePhone(huge),
    'redact(text)': () => m.redact(huge),
    'redact(kana text)': () => m.redact(hugeKana, { kinds: ['my_number'] }),
  };
  for (const field of Object.keys(GOOD_FORM)) {
    calls[`validateForm(form.${field})`] = () => m.validateForm({ ...GOOD_FORM, [field]: huge });
    calls[`prepareSubmission(form.${field})`] = () => m.prepareSubmission({ ...GOOD_FORM, [field]: huge });
  }
  for (const [label, call] of Object.entries(calls)) {
    const before = process.memoryUsage().external;
    const { error } = hostile(label, call, { allowed: ['RangeError'] });
    assert.ok(error, `${label}: accepted`);
    assert.match(error.message, /limit/, label);
    assert.ok(!error.message.includes('xxxx'), `${label}: the message quotes the input`);
    // The module's memory (counted in `external`) did not take the string in.
    const grown = process.memoryUsage().external - before;
    assert.ok(grown < 16 * 1024 * 1024, `${label}: external memory grew by ${grown} bytes`);
  }
  // Options that are strings: a huge profile, style, kind name or rule pattern.
  hostile('normalize(profile 100 MB)', () => m.normalize('x', huge));
  hostile('redact(style 100 MB)', () => m.redact('x', { style: huge }));
  hostile('redact(kinds [100 MB])', () => m.redact('x', { kinds: [huge] }));
  hostile('redact(rule pattern 100 MB)', () => m.redact('x', { rules: [{ kind: 'x', pattern: huge }] }), {
    allowed: ['TypeError', 'RangeError', 'SyntaxError', 'Error'],
  });
});

test('the longest accepted string is accepted; one unit more is refused', () => {
  const longest = 'a'.repeat(MAX_INPUT_UNITS);
  assert.equal(m.normalize(longest).length, MAX_INPUT_UNITS);
  assert.equal(m.parsePhone(longest).error.code, 'invalid_chars');
  const tooLong = longest + 'a';
  for (const call of [() => m.normalize(tooLong), () => m.parsePhone(tooLong), () => m.redact(tooLong)]) {
    const { error } = hostile('one unit over the limit', call, { allowed: ['RangeError'] });
    assert.ok(error);
    assert.ok(error.message.includes(String(MAX_INPUT_UNITS)), error.message);
  }
});

test('forms and options with 10,000 extra keys are read like the plain ones', () => {
  const plain = m.validateForm(GOOD_FORM);
  const crowded = { ...GOOD_FORM };
  for (let i = 0; i < 10_000; i++) crowded[`extra${i}`] = i % 2 ? 'x'.repeat(100) : { nested: i };
  assert.deepEqual(hostile('validateForm(10,000 keys)', () => m.validateForm(crowded)).value, plain);
  assert.deepEqual(
    hostile('prepareSubmission(10,000 keys)', () => m.prepareSubmission(crowded)).value,
    m.prepareSubmission(GOOD_FORM),
  );
  // Symbol keys and numeric keys too.
  const odd = { ...GOOD_FORM, [Symbol('name')]: 'x', 0: 'zero', '': 'empty' };
  assert.deepEqual(m.validateForm(odd), plain);
  const options = {};
  for (let i = 0; i < 10_000; i++) options[`extra${i}`] = i;
  hostile('redact(options with 10,000 keys)', () => m.redact(MY_NUMBER_TEXT, options), {
    check: (r) => assert.deepEqual(r, m.redact(MY_NUMBER_TEXT)),
  });
});

test('__proto__ and constructor keys pollute nothing', () => {
  const json = JSON.stringify({ ...GOOD_FORM }).slice(0, -1) +
    ',"__proto__":{"polluted":"yes","name":"x","ok":true},' +
    '"constructor":{"prototype":{"polluted":"yes"}}}';
  const form = JSON.parse(json); // own __proto__ and constructor keys, as from a request body
  for (const fn of ['validateForm', 'prepareSubmission']) {
    const r = hostile(`${fn}(__proto__ keys)`, () => m[fn](form)).value;
    assert.equal(r.ok, true);
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.ok(!Object.hasOwn(r, '__proto__'));
  }
  const options = JSON.parse('{"__proto__":{"style":"label","polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
  hostile('redact(__proto__ options)', () => m.redact(MY_NUMBER_TEXT, options));
  hostile('validateForm(__proto__ options)', () => m.validateForm(GOOD_FORM, options));
  hostile('validateForm(__proto__ in maxLength)', () =>
    m.validateForm(GOOD_FORM, { maxLength: JSON.parse('{"__proto__":{"body":1}}') }));
  hostile('validateForm(__proto__ in required)', () =>
    m.validateForm(GOOD_FORM, { required: JSON.parse('{"__proto__":{"email":true}}') }));
  // Fields named like Object.prototype members are just text.
  const r = m.validateForm({ ...GOOD_FORM, name: '__proto__', body: GOOD_FORM.body + '\nconstructor prototype __proto__' });
  assert.equal(r.normalized.name, '__proto__');
  assert.equal(({}).polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.equal(Object.prototype.ok, undefined);
  assert.equal(Object.prototype.style, undefined);
});

test('results are plain data: no prototype tricks leak in through results', () => {
  const shapes = [m.parsePhone('03-1234-5678'), m.redact(MY_NUMBER_TEXT), m.validateForm(GOOD_FORM), m.prepareSubmission(GOOD_FORM)];
  for (const r of shapes) {
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.doesNotThrow(() => JSON.stringify(r));
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  }
});
