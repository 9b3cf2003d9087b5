// The built npm package (pkg/) as Node users get it: CommonJS and ESM entry points,
// its manifest, its version, and its TypeScript declarations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture } from './corpus.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const API = ['normalize', 'parsePhone', 'prepareSubmission', 'redact', 'validateForm', 'version'];

function crateVersion() {
  const toml = readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  return toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms)[1];
}

test('require("<repo>/pkg/") returns the whole API synchronously', () => {
  const m = require(path.join(root, 'pkg') + '/');
  for (const name of API) assert.equal(typeof m[name], 'function', name);
  assert.equal(m.version(), crateVersion());
});

test('the ESM entry of the Node build gives the same API and shares the CommonJS instance', async () => {
  const m = await import(path.join(root, 'pkg', 'node', 'mamori.mjs'));
  for (const name of API) assert.equal(typeof m[name], 'function', name);
  const cjs = require(path.join(root, 'pkg') + '/');
  assert.equal(m.version, cjs.version, 'ESM and CommonJS share one instance');
});

test('the Node build has a default init, as the browser build: it resolves at once, whatever it is given', async () => {
  const esm = await import(path.join(root, 'pkg', 'node', 'mamori.mjs'));
  const cjs = require(path.join(root, 'pkg') + '/');
  assert.equal(typeof esm.default, 'function');
  assert.equal(esm.default, cjs.default, 'one init for CommonJS and ESM');
  assert.equal(cjs.__esModule, true, 'transpiled CommonJS finds it as `default`');
  assert.equal(await esm.default(), undefined);
  assert.equal(await esm.default({ module_or_path: new URL('file:///nowhere/mamori_bg.wasm') }), undefined);
  assert.ok(!Object.keys(esm).includes('__esModule'), 'the ESM entry exports no __esModule marker');
  const types = readFileSync(path.join(root, 'pkg', 'node', 'mamori.d.mts'), 'utf8');
  assert.match(types, /^export default function init\(module_or_path\?: unknown\): Promise<void>;$/m);
  assert.equal(types, readFileSync(path.join(root, 'pkg', 'node', 'mamori.d.ts'), 'utf8'));
});

test('the package ships both licences, its own README and the changelog', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: path.join(root, 'pkg'), encoding: 'utf8' });
  const files = JSON.parse(out)[0].files.map((f) => f.path);
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'CHANGELOG.md', 'package.json', 'node/mamori.d.mts', 'web/mamori_bg.wasm']) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  assert.equal(readFileSync(path.join(root, 'pkg', 'README.md'), 'utf8'), readFileSync(path.join(root, 'pkg-README.md'), 'utf8'));
  assert.match(readFileSync(path.join(root, 'pkg', 'LICENSE-MIT'), 'utf8'), /^Copyright \(c\) The mamori authors$/m);
  assert.match(readFileSync(path.join(root, 'pkg', 'LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/);
  const made = JSON.parse(readFileSync(path.join(root, 'pkg', 'package.json'), 'utf8'));
  assert.equal(made.license, 'MIT OR Apache-2.0');
  for (const key of ['homepage', 'repository', 'bugs', 'keywords']) assert.ok(made[key], key);
});

test('package.json is made from pkg.json with the crate version', () => {
  const made = JSON.parse(readFileSync(path.join(root, 'pkg', 'package.json'), 'utf8'));
  const source = JSON.parse(readFileSync(path.join(root, 'pkg.json'), 'utf8'));
  assert.equal(made.name, 'mamori');
  assert.equal(made.version, crateVersion());
  assert.deepEqual(made.exports, source.exports);
  // Every file the manifest points at exists.
  const targets = [made.main, made.types, made.browser, ...Object.values(made.bin)];
  const walk = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(walk));
  targets.push(...walk(made.exports));
  for (const t of targets) readFileSync(path.join(root, 'pkg', t));
});

test('a project that depends on "mamori" gets the Node build by require and import', () => {
  // A throw-away project with node_modules/mamori linking to pkg/.
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-consumer-'));
  try {
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(path.join(root, 'pkg'), path.join(dir, 'node_modules', 'mamori'), 'dir');
    writeFileSync(path.join(dir, 'cjs.cjs'), 'const m = require("mamori"); console.log(require.resolve("mamori"), m.version());');
    writeFileSync(path.join(dir, 'esm.mjs'), 'import { version } from "mamori"; console.log(import.meta.resolve("mamori"), version());');
    const cjs = execFileSync(process.execPath, ['--preserve-symlinks', 'cjs.cjs'], { cwd: dir, encoding: 'utf8' }).trim();
    const esm = execFileSync(process.execPath, ['--preserve-symlinks', 'esm.mjs'], { cwd: dir, encoding: 'utf8' }).trim();
    assert.match(cjs, new RegExp(`node[\\\\/]mamori\\.js ${crateVersion().replace(/\./g, '\\.')}$`));
    assert.match(esm, new RegExp(`node/mamori\\.mjs ${crateVersion().replace(/\./g, '\\.')}$`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the browser build is ESM that works after init() with the wasm bytes', async () => {
  const web = await import(path.join(root, 'pkg', 'web', 'mamori.js'));
  assert.equal(typeof web.default, 'function', 'default export is init');
  await web.default({ module_or_path: readFileSync(path.join(root, 'pkg', 'web', 'mamori_bg.wasm')) });
  for (const name of API) assert.equal(typeof web[name], 'function', name);
  assert.equal(web.version(), crateVersion());
});

test('the browser build, built without std, answers as the Node build does', async () => {
  const web = await import(path.join(root, 'pkg', 'web', 'mamori.js'));
  await web.default({ module_or_path: readFileSync(path.join(root, 'pkg', 'web', 'mamori_bg.wasm')) });
  const node = require(path.join(root, 'pkg') + '/');
  const same = (f, ...args) => assert.deepEqual(web[f](...args), node[f](...args), `${f} ${JSON.stringify(args[0]).slice(0, 80)}`);
  for (const r of fixture('redact-unseen.jsonl')) {
    same('redact', r.text, { kinds: r.kinds });
    same('redact', r.text, { style: 'label' });
  }
  for (const r of fixture('forms.jsonl')) {
    same('validateForm', r.form);
    same('prepareSubmission', r.form);
  }
  for (const r of fixture('phone.jsonl')) same('parsePhone', r.input);
  // Refused input: the same TypeError, and the module keeps working.
  assert.throws(() => web.redact(null), (e) => e instanceof TypeError && /`text`/.test(e.message));
  assert.equal(web.version(), crateVersion());
});

test('a wrong argument type is a TypeError that names the argument', () => {
  const m = require(path.join(root, 'pkg') + '/');
  assert.throws(() => m.parsePhone(42), (e) => e instanceof TypeError && /`input`/.test(e.message));
  assert.throws(() => m.redact(null), (e) => e instanceof TypeError && /`text`/.test(e.message));
  assert.throws(() => m.validateForm('x'), (e) => e instanceof TypeError && /`form`/.test(e.message));
  assert.throws(() => m.normalize({}), (e) => e instanceof TypeError && /`text`/.test(e.message));
  assert.equal(m.version(), crateVersion(), 'the module keeps working after bad calls');
});

test('the shipped .d.ts type-checks a strict TypeScript consumer', () => {
  // tests/types/isomorphic*.ts import "mamori" as a dependency: link it to pkg/.
  const link = path.join(root, 'tests', 'types', 'node_modules', 'mamori');
  if (!existsSync(link)) {
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(root, 'pkg'), link, 'dir');
  }
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  execFileSync(tsc, ['--noEmit', '-p', path.join(root, 'tests', 'types', 'tsconfig.json')], { stdio: 'pipe' });
});

test('the Node build compiles its wasm on the first call, once, and not on require', () => {
  // In a fresh process, count the modules compiled: none by require, one by the first
  // call, and no more after it.
  const script = `
    let compiled = 0;
    const Module = WebAssembly.Module;
    WebAssembly.Module = function (bytes) { compiled++; return new Module(bytes); };
    const m = require(${JSON.stringify(path.join(root, 'pkg') + '/')});
    const counts = [compiled];
    const plain = m.redact('お薬の配送について');
    counts.push(compiled);
    const masked = m.redact('マイナンバー 1234 5678 9018');
    counts.push(compiled);
    m.validateForm({ inquiryType: 'その他', name: '山田 太郎', phone: '090-1234-5678', body: '個人情報の開示等請求' });
    counts.push(compiled);
    console.log(JSON.stringify({ counts, plain: plain.text, masked: masked.text }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  assert.deepEqual(out.counts, [0, 1, 1, 1]);
  assert.equal(out.plain, 'お薬の配送について');
  assert.equal(out.masked, 'マイナンバー **** **** ****');
});

test('the browser build carries no panic message, nor the formatting code one would bring', () => {
  // A panic's message (an index out of bounds, an `unwrap` on `None`) pulls in
  // `core::fmt`: kilobytes of the download for a message no browser shows. The
  // redaction is written with `get` and patterns to keep them out.
  const wasm = readFileSync(path.join(root, 'pkg', 'web', 'mamori_bg.wasm')).toString('latin1');
  for (const message of ['index out of bounds', 'called `Option::unwrap()`', 'called `Result::unwrap()`', 'panicked at']) {
    assert.ok(!wasm.includes(message), `the browser build holds "${message}"`);
  }
});
