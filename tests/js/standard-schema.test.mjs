// mamori/standard-schema: the contact form as a Standard Schema, through the package's
// exports (Node CommonJS and ESM, the browser entry with its lazy init), and used by a
// form library that takes Standard Schema: TanStack Form (@tanstack/form-core).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FormApi, FieldApi } from '@tanstack/form-core';
import { sharedOrFixture } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const mamori = createRequire(path.join(root, 'package.json'))(path.join(root, 'pkg') + '/');
const FIELDS = ['inquiryType', 'name', 'phone', 'email', 'body'];

// A project that depends on "mamori": node_modules/mamori is the built package.
const project = mkdtempSync(path.join(tmpdir(), 'mamori-ss-'));
mkdirSync(path.join(project, 'node_modules'));
symlinkSync(path.join(root, 'pkg'), path.join(project, 'node_modules', 'mamori'), 'dir');
after(() => rmSync(project, { recursive: true, force: true }));
const projectRequire = createRequire(path.join(project, 'index.js'));

/** The labelled forms: the shared corpus when it is there, else the project's fixture. */
function forms() {
  return sharedOrFixture('forms.jsonl');
}

/** What the schema must answer for `form`, from validateForm itself. */
function expected(form, locale = 'ja', options = undefined) {
  const r = mamori.validateForm(form, options);
  if (r.ok) return { value: r.normalized };
  return { issues: r.errors.map((e) => ({ ...e, message: locale === 'en' ? e.messageEn : e.message, path: [e.field] })) };
}

test('require and import of "mamori/standard-schema" in Node give one synchronous schema', async () => {
  const resolved = projectRequire.resolve('mamori/standard-schema');
  assert.match(resolved, /standard-schema[\\/]index\.cjs$/);
  const cjs = projectRequire('mamori/standard-schema');
  writeFileSync(path.join(project, 'entry.mjs'), [
    "import { contactFormSchema } from 'mamori/standard-schema';",
    "import { createRequire } from 'node:module';",
    "const cjs = createRequire(import.meta.url)('mamori/standard-schema');",
    "console.log(import.meta.resolve('mamori/standard-schema'), contactFormSchema === cjs.contactFormSchema);",
  ].join('\n'));
  const esm = execFileSync(process.execPath, ['entry.mjs'], { cwd: project, encoding: 'utf8' }).trim();
  assert.match(esm, /standard-schema\/index\.mjs true$/, 'import gets the ESM entry, sharing the CommonJS instance');
  const std = cjs.contactFormSchema['~standard'];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, 'mamori');
  assert.equal(typeof std.validate, 'function');
  const r = std.validate({ name: '' });
  assert.ok(!(r instanceof Promise), 'synchronous in Node');
  await cjs.ready();
});

test('validate: the normalized form when ok, else validateForm\'s errors as issues with paths', () => {
  const { contactFormSchema, createContactFormSchema } = projectRequire('mamori/standard-schema');
  const english = createContactFormSchema({ locale: 'en' });
  const submission = createContactFormSchema({ output: 'submission' });
  let ok = 0;
  for (const f of forms()) {
    const got = contactFormSchema['~standard'].validate(f.form);
    assert.deepEqual(got, expected(f.form), f.id);
    assert.deepEqual(english['~standard'].validate(f.form), expected(f.form, 'en'), f.id);
    const sub = submission['~standard'].validate(f.form);
    if (got.value) {
      ok++;
      assert.equal(got.issues, undefined);
      assert.deepEqual(sub.value, mamori.prepareSubmission(f.form).payload, `${f.id}: the payload, body redacted`);
    } else {
      for (const issue of got.issues) assert.deepEqual(issue.path, [issue.field]);
      assert.deepEqual(sub.issues, got.issues);
    }
  }
  assert.ok(ok > 0, 'some corpus forms are ok');
  // validateForm's options, as the server uses them.
  const options = { required: { email: true }, maxLength: { body: 20 } };
  const site = createContactFormSchema({ form: options });
  let differs = 0;
  for (const f of forms()) {
    const got = site['~standard'].validate(f.form);
    assert.deepEqual(got, expected(f.form, 'ja', options), f.id);
    if (JSON.stringify(got) !== JSON.stringify(expected(f.form))) differs++;
  }
  assert.ok(differs > 0, 'the options change some results');
  // Fields beyond the five are not the schema's business; they do not reach the result.
  const f = forms().find((x) => mamori.validateForm(x.form).ok);
  const withExtra = contactFormSchema['~standard'].validate({ ...f.form, agree: true });
  assert.deepEqual(withExtra, expected(f.form));
});

test('validate: warnings are never issues (looks_like_disclosure_request, sensitive_data_will_be_masked)', () => {
  const { contactFormSchema } = projectRequire('mamori/standard-schema');
  const form = { inquiryType: 'お薬の配送について', name: '山田 太郎', phone: '090-1234-5678', body: '保有個人データの開示をお願いします。\n保険者番号：06132013' };
  const r = mamori.validateForm(form);
  assert.deepEqual(r.warnings.map((w) => w.code).sort(), ['looks_like_disclosure_request', 'sensitive_data_will_be_masked']);
  assert.deepEqual(contactFormSchema['~standard'].validate(form), { value: r.normalized });
});

test('validate: a value that is not a form, or a field that is not text, is an issue, never a throw', () => {
  const { contactFormSchema } = projectRequire('mamori/standard-schema');
  const v = contactFormSchema['~standard'].validate;
  for (const bad of [null, undefined, 'form', 42, [], [{}]]) {
    const r = v(bad);
    assert.equal(r.issues.length, 1);
    assert.deepEqual(r.issues[0].path, []);
    assert.equal(r.issues[0].code, 'invalid_type');
  }
  const r = v({ name: 42, body: { text: 'x' }, phone: '03-1234-5678' });
  assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [[['name'], 'invalid_type'], [['body'], 'invalid_type']]);
  assert.deepEqual(v({ name: null, body: undefined }), expected({}), 'null and undefined count as empty');
});

function makeForm(schema, values, onSubmit) {
  const form = new FormApi({ defaultValues: values, validators: { onSubmit: schema }, onSubmit });
  form.mount();
  const fields = Object.fromEntries(FIELDS.map((name) => {
    const field = new FieldApi({ form, name });
    field.mount();
    return [name, field];
  }));
  return { form, fields };
}

test('TanStack Form takes the schema: per-field messages on submit, and submits a valid form', async () => {
  const { contactFormSchema } = projectRequire('mamori/standard-schema');
  const all = forms();
  const bad = all.find((f) => {
    const r = mamori.validateForm(f.form);
    return !r.ok && new Set(r.errors.map((e) => e.field)).size >= 1;
  });
  const values = Object.fromEntries(FIELDS.map((k) => [k, bad.form[k] ?? '']));
  let submitted = null;
  const { form, fields } = makeForm(contactFormSchema, values, ({ value }) => {
    submitted = value;
  });
  await form.handleSubmit();
  assert.equal(submitted, null, 'an invalid form is not submitted');
  assert.equal(form.state.isValid, false);
  const errors = mamori.validateForm(values).errors;
  for (const name of FIELDS) {
    const want = errors.filter((e) => e.field === name).map((e) => e.message);
    const got = fields[name].state.meta.errors.map((e) => e.message);
    assert.deepEqual(got, want, `${bad.id}: errors shown at ${name}`);
  }

  const good = all.find((f) => mamori.validateForm(f.form).ok);
  const goodValues = Object.fromEntries(FIELDS.map((k) => [k, good.form[k] ?? '']));
  const ok = makeForm(contactFormSchema, goodValues, ({ value }) => {
    submitted = value;
  });
  await ok.form.handleSubmit();
  assert.deepEqual(submitted, goodValues, 'a valid form is submitted');
  for (const name of FIELDS) assert.deepEqual(ok.fields[name].state.meta.errors, []);
});

test('the browser entry loads the web build on first use (a Promise), then validates synchronously', async () => {
  const wasm = readFileSync(path.join(root, 'pkg', 'web', 'mamori_bg.wasm'));
  const requested = [];
  const realFetch = globalThis.fetch;
  // The web build fetches its wasm next to itself, as a browser would.
  globalThis.fetch = async (url) => {
    requested.push(String(url));
    return new Response(wasm, { headers: { 'Content-Type': 'application/wasm' } });
  };
  try {
    const browser = await import(pathToFileURL(path.join(root, 'pkg', 'standard-schema', 'browser.mjs')).href);
    const f = forms()[0].form;
    const first = browser.contactFormSchema['~standard'].validate(f);
    assert.ok(first instanceof Promise, 'before the wasm is loaded: a Promise');
    assert.deepEqual(await first, expected(f));
    assert.equal(requested.length, 1);
    assert.match(requested[0], /web\/mamori_bg\.wasm$/);
    const second = browser.createContactFormSchema({ locale: 'en' })['~standard'].validate(f);
    assert.ok(!(second instanceof Promise), 'once loaded: synchronous');
    assert.deepEqual(second, expected(f, 'en'));
    await browser.ready();
    assert.equal(requested.length, 1, 'loaded once');
  } finally {
    globalThis.fetch = realFetch;
  }
});
