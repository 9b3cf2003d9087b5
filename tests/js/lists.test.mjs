// Each list is declared once, in the Rust core (src/redact/kind.rs, src/form/mod.rs),
// and the package exports it (`kinds()`, `formFields()`). What else names the kinds
// or the fields is held to those lists here: the CLI, its help, the page's labels,
// the READMEs and the guide. Adding a kind to the core's table makes this test say
// which of them still lack it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const mamori = require(path.join(root, 'pkg') + '/');
const names = mamori.kinds().map((k) => k.name);
const defaults = mamori.kinds().filter((k) => k.isDefault).map((k) => k.name);
const read = (file) => readFileSync(path.join(root, file), 'utf8');

test('kinds(): the core table, with labels and defaults as redact uses them', () => {
  assert.equal(names.length, 13);
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(defaults, names.filter((n) => n !== 'phone' && n !== 'email'));
  for (const k of mamori.kinds()) {
    const r = mamori.redact('x', { kinds: [k.name], style: 'label' });
    assert.equal(r.text, 'x', k.name);
    assert.match(k.label, /^〔.+〕$/);
  }
  // The label is what style "label" writes.
  const r = mamori.redact('マイナンバー 1234 5678 9018', { style: 'label' });
  assert.equal(r.text, `マイナンバー ${mamori.kinds().find((k) => k.name === r.findings[0].kind).label}`);
  // Without options.kinds, exactly the default kinds are looked for.
  const text = '電話 090-1234-5678 メール a@example.jp マイナンバー 1234 5678 9018';
  assert.deepEqual(mamori.redact(text).findings.map((f) => f.kind), ['my_number']);
  assert.deepEqual(mamori.redact(text, { kinds: names }).findings.map((f) => f.kind), ['phone', 'email', 'my_number']);
});

test('formFields(): the form fields validateForm knows, in page order', () => {
  assert.deepEqual(mamori.formFields(), ['inquiryType', 'name', 'phone', 'email', 'body']);
  const r = mamori.validateForm({});
  for (const e of r.errors) assert.ok(mamori.formFields().includes(e.field), e.field);
});

test('the CLI takes the same lists', () => {
  // The CLI asks the engine; `--kinds all` and `--kinds default` are its lists.
  const cli = require(path.join(root, 'cli', 'lib', 'commands.js'));
  assert.deepEqual(cli.lists(mamori), { kinds: names, defaults, fields: mamori.formFields() });
  const source = read('cli/lib/commands.js');
  // (`phone` is a command too, `name` a profile, `body` the default field: the
  // names no other list has tell.)
  const telling = [...names, ...mamori.formFields()].filter((n) => n.includes('_') || n === 'inquiryType');
  for (const n of telling) {
    assert.ok(!source.includes(`'${n}'`), `cli/lib/commands.js writes out '${n}'`);
  }
  const { help } = require(path.join(root, 'cli', 'lib', 'help.js'));
  const words = help.redact.replace(/\s+/g, ' ');
  const listed = names.filter((n) => new RegExp(`\\b${n}\\b`).test(words));
  assert.deepEqual(listed, names, 'mamori redact --help lists every kind');
});

test("the page's labels name every kind and every field", async () => {
  const labels = await import(path.join(root, 'www', 'js', 'labels.js'));
  assert.deepEqual(Object.keys(labels.SENSITIVE_KINDS), names);
  assert.deepEqual(Object.keys(labels.FIELD_LABELS), mamori.formFields());
});

test('the READMEs and the guide list every kind', () => {
  const inline = (s) => [...s.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).filter((n) => names.includes(n));
  for (const [file, start] of [['README.md', 'Thirteen kinds:'], ['pkg-README.md', '**What `redact` finds**']]) {
    const text = read(file);
    const at = text.indexOf(start);
    assert.ok(at >= 0, `${file}: "${start}"`);
    const paragraph = text.slice(at, text.indexOf('\n\n', at));
    assert.deepEqual([...new Set(inline(paragraph))], names, file);
  }
  const guide = read('docs/redact.md');
  const table = guide.slice(guide.indexOf('| kind | what |'));
  const rows = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(rows, names, 'docs/redact.md: the table of kinds');
  assert.match(read('README.md'), new RegExp(`${['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen'][names.length]} kinds:`));
});
