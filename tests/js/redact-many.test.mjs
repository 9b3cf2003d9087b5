// redactMany of the Node build (pkg/): a batch gives, text by text, what redact gives
// (on the project's fixtures, with every style and with custom rules), keeps the very
// strings that have nothing to mask, refuses bad batches naming the entry, and is
// absent from the browser build. The Node build's custom rules load a second module on
// first use; redact and redactMany reach it alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkg = path.resolve('pkg');
const m = require(pkg + '/');
const fixtures = readFileSync(path.resolve('tests/fixtures/redact.jsonl'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l).text);

test('redactMany gives what redact gives, text by text, in every style', () => {
  assert.ok(fixtures.length >= 20);
  for (const options of [undefined, { style: 'label' }, { style: 'partial', keepLast: 2 }, { kinds: ['phone', 'email', 'my_number'] }]) {
    const many = m.redactMany(fixtures, options);
    assert.equal(many.length, fixtures.length);
    let masked = 0;
    fixtures.forEach((t, i) => {
      assert.deepEqual(many[i], m.redact(t, options), `${JSON.stringify(options)} #${i}`);
      if (many[i].findings.length) masked++;
    });
    assert.ok(masked > 0, 'the fixtures have values to mask');
  }
});

test('redactMany: an empty batch, empty texts, and the very strings when nothing is found', () => {
  assert.deepEqual(m.redactMany([]), []);
  const texts = ['', 'お薬の件です', 'マイナンバー 1234 5678 9018'];
  const out = m.redactMany(texts);
  assert.deepEqual(out.map((r) => r.text), ['', 'お薬の件です', 'マイナンバー **** **** ****']);
  assert.equal(out[1].text, texts[1]);
  assert.deepEqual(out[2].findings, [{ kind: 'my_number', start: 7, end: 21 }]);
});

test('redactMany: offsets are UTF-16 indices into each text, also around astral and lone surrogates', () => {
  // Joined, a lone high surrogate at the end of one text and a lone low one at the
  // start of the next would pair up; each text must still be read on its own.
  const texts = ['𠮷野家 マイナンバー 1234 5678 9018', 'a\ud800', '\udc00 カード 4539 5787 6362 1486', '\ud800', '\udc00'];
  const many = m.redactMany(texts);
  texts.forEach((t, i) => assert.deepEqual(many[i], m.redact(t), `#${i}`));
  const [f] = many[2].findings;
  assert.equal(texts[2].slice(f.start, f.end), '4539 5787 6362 1486');
});

test('redactMany with custom rules goes to the build that has them, like redact', () => {
  const rules = [{ kind: 'order', pattern: 'ORD-\\d{6}' }];
  const texts = ['注文 ORD-123456 です', 'マイナンバー 1234 5678 9018 と ORD-000001'];
  const many = m.redactMany(texts, { rules });
  texts.forEach((t, i) => assert.deepEqual(many[i], m.redact(t, { rules }), `#${i}`));
  assert.deepEqual(many[0].findings, [{ kind: 'order', start: 3, end: 13 }]);
  assert.throws(() => m.redactMany(['x'], { rules: [{ kind: 'a', pattern: '(' }] }),
    (e) => e instanceof SyntaxError && /^redactMany: `options\.rules\[0\]\.pattern`/.test(e.message));
  // A getter that throws is reported as a bad option, not let through.
  assert.throws(() => m.redactMany(['x'], { get rules() { throw new Error('boom'); } }),
    (e) => e instanceof TypeError && /redactMany: reading `options\.rules` threw/.test(e.message));
});

test('redactMany refuses bad batches with errors that name the entry', () => {
  const cases = [
    [() => m.redactMany('text'), TypeError, /redactMany: `texts` must be an array of strings, got a string/],
    [() => m.redactMany(undefined), TypeError, /`texts` must be an array/],
    [() => m.redactMany(['a', 3]), TypeError, /`texts\[1\]` must be a string, got a number/],
    [() => m.redactMany(['a', null]), TypeError, /`texts\[1\]` must be a string, got null/],
    [() => m.redactMany(['a'], { style: 'x' }), TypeError, /^redactMany: `options\.style` is "x"/],
    [() => m.redactMany(['a'], { kinds: ['ssn'] }), TypeError, /^redactMany: `options\.kinds\[0\]` is "ssn", not a kind/],
  ];
  const throwing = new Proxy(['a', 'b'], { get: (t, k) => (k === '1' ? (() => { throw new Error('x'); })() : Reflect.get(t, k)) });
  cases.push([() => m.redactMany(throwing), TypeError, /reading `texts\[1\]` threw/]);
  const big = 'あ'.repeat(20 * 1024 * 1024);
  cases.push([() => m.redactMany([big, big]), RangeError, /more than 33554432 UTF-16 code units long in all/]);
  for (const [call, type, message] of cases) {
    assert.throws(call, (e) => e instanceof type && message.test(e.message), String(message));
  }
  // And the module keeps working.
  assert.equal(m.redactMany(['マイナンバー 1234 5678 9018'])[0].text, 'マイナンバー **** **** ****');
});

test('the browser build has no redactMany; the Node build declares it', async () => {
  const web = await import(path.join(pkg, 'web', 'mamori.js'));
  assert.equal(typeof web.redact, 'function');
  assert.ok(!('redactMany' in web));
  // The browser build's wasm names its exports with a letter or two (scripts/build.mjs):
  // it has those of the Node build's exports its glue calls but the three batch
  // functions, and none of their code (their messages name them).
  const bytes = (/** @type {string} */ build) => readFileSync(path.join(pkg, build, 'mamori_bg.wasm'));
  const exported = async (/** @type {string} */ build) => WebAssembly.Module.exports(await WebAssembly.compile(bytes(build))).map((e) => e.name);
  const [webExports, nodeExports] = [await exported('web'), await exported('node')];
  const nodeGlue = readFileSync(path.join(pkg, 'node', 'mamori.js'), 'utf8');
  const called = nodeExports.filter((name) => nodeGlue.includes(`wasm.${name}`));
  const batch = ['redactMany', 'redactJsonLines', 'redactCsvRecords'];
  assert.ok(batch.every((name) => called.includes(name)), called.join(' '));
  assert.equal(webExports.length, called.length - batch.length, webExports.join(' '));
  assert.ok(bytes('node').includes('redactMany') && !bytes('web').includes('redactMany'));
  assert.ok(!readFileSync(path.join(pkg, 'web', 'mamori.d.ts'), 'utf8').includes('redactMany'));
  assert.match(readFileSync(path.join(pkg, 'node', 'mamori.d.ts'), 'utf8'), /export function redactMany<R extends string = never>\(texts: readonly string\[\]/);
  assert.equal(typeof m.redactMany, 'function');
});

test('the Node build loads without the regex engine; custom rules load it on first use', () => {
  const lean = readFileSync(path.join(pkg, 'node', 'mamori_bg.wasm')).length;
  const full = readFileSync(path.join(pkg, 'node', 'rules', 'mamori_bg.wasm')).length;
  assert.ok(lean * 2 < full, `${lean} vs ${full} bytes`);
  const probe = `
    const m = require(${JSON.stringify(pkg + '/')});
    const before = Object.keys(require.cache).some((f) => f.includes('/rules/'));
    m.redact('x'); m.redactMany(['x']);
    const still = Object.keys(require.cache).some((f) => f.includes('/rules/'));
    m.redact('ORD-1', { rules: [{ kind: 'order', pattern: 'ORD-\\\\d' }] });
    const after = Object.keys(require.cache).some((f) => f.includes('/rules/'));
    process.stdout.write(JSON.stringify([before, still, after]));`;
  const out = require('node:child_process').execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), [false, false, true]);
});
