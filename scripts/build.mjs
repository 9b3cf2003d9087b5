#!/usr/bin/env node
// Builds the npm package into pkg/:
//   pkg/web/   --target web    (ESM, `await init()`), for browsers and bundlers
//   pkg/node/  --target nodejs (CommonJS, synchronous) plus an ESM wrapper; both
//              also export a default `init()` that resolves at once, so that
//              `import init, { … } from "mamori"; await init();` runs everywhere
//   pkg/package.json from pkg.json, with the version of Cargo.toml; the npm README,
//   the changelog and both licences
// The browser build leaves out the `rules` feature (caller-supplied regular
// expressions need the regex crate, which the browser download does without).
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, transformSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = path.join(root, 'pkg');
const target = path.join(root, 'target', 'wasm32-unknown-unknown', 'release');
const quiet = process.argv.includes('--quiet');

function run(cmd, args, opts = {}) {
  if (!quiet) console.error(`> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}

// Features of the wasm the Rust toolchain emits by default; wasm-opt must accept them.
const WASM_FEATURES = [
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
];

// What wasm-opt inlines in the browser build: no function larger than a few
// instructions into its only caller (see buildFlavour; ten rather than none: 14
// bytes gzip less, 2026-12-06), and every function of six or fewer (two by default)
// wherever it is called: another 330 bytes gzip less (four: 195, eight: none;
// 2026-12-06).
const BROWSER_INLINING = ['--one-caller-inline-max-function-size', '10', '--always-inline-max-function-size', '6'];

function cargoVersion() {
  const toml = readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const m = toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms);
  if (!m) throw new Error('no [package] version in Cargo.toml');
  return m[1];
}

/**
 * A CommonJS copy of an ES module (wasm-bindgen's inline JavaScript, schema.mjs),
 * made by esbuild. It stays in strict mode, as the module was.
 * @param {string} esm the module's source
 * @param {string} what its file name, for esbuild's messages
 * @returns {string}
 */
function commonJs(esm, what) {
  return transformSync(esm, {
    format: 'cjs', loader: 'js', target: 'node20', charset: 'utf8', sourcefile: what, banner: "'use strict';",
  }).code;
}

/** The files under `dir`, recursively, as paths relative to it. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name)));
}

/**
 * `--remap-path-prefix` flags that cut the builder's crate registry from the paths
 * compiled in (a dependency's panic location: `js-sys-0.3.107/src/…` rather than
 * `/root/.cargo/registry/src/index.crates.io-…/js-sys-0.3.107/src/…`): the modules
 * no longer depend on where cargo keeps its sources, and the browser build is 52
 * bytes gzip smaller (2026-12-05).
 * @returns {string[]}
 */
function registryRemaps() {
  const src = path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'registry', 'src');
  if (!existsSync(src)) return [];
  return readdirSync(src).map((index) => `--remap-path-prefix=${path.join(src, index)}/=`);
}

/**
 * Builds one flavour of the package into pkg/<name>/ from the boundary crate
 * (bindings/wasm/, `mamori-wasm`). `optLevel` overrides the optimization level of
 * mamori's own code, the core and the boundary (Cargo.toml's
 * profile.release.package.mamori and .mamori-wasm), and puts their dependencies at
 * opt-level 3; `"z"` (the browser build) also has wasm-opt shrink the module. Without
 * `std`, the crates are built `no_std` (the browser build).
 */
function buildFlavour(name, features, bindgenTarget, optLevel, std = true) {
  // The Node build uses wasm's vector instructions (Node has them since 16.4): the
  // UTF-8 check of the CLI's lines and records (the core's `simd-utf8`) reads
  // sixteen bytes at a time. `mamori redact` on 50 MB of JSON Lines, four runs each
  // in turn: 53.1–54.2 MB/s without, 55.4–56.1 with (2026-12-05).
  // The browser build leaves them out: every browser mamori supports has them, but
  // the module would be larger.
  const simd = bindgenTarget === 'nodejs';
  const flags = [process.env.RUSTFLAGS, ...registryRemaps(), simd && '-C target-feature=+simd128'];
  const env = { ...process.env, RUSTFLAGS: flags.filter(Boolean).join(' ') };
  const dir = name.replaceAll('/', '-');
  const args = ['build', '--release', '--lib', '--target', 'wasm32-unknown-unknown', '-p', 'mamori-wasm'];
  // The browser build leaves std out (`no_std`, with a panic handler that traps):
  // std's panic machinery and the `core::fmt` it reaches are about 2 KiB gzip.
  if (!std) args.push('--no-default-features');
  if (features.length) args.push('--features', features.join(','));
  if (optLevel) {
    for (const crate of ['mamori', 'mamori-wasm']) {
      args.push('--config', `profile.release.package.${crate}.opt-level=${JSON.stringify(optLevel)}`);
    }
    // The dependencies (std, the allocator, wasm-bindgen, serde) at opt-level 3, not
    // the release profile's "z": for the browser build, what wasm-opt -Oz makes of
    // them is smaller (91.0 → 90.0 KiB gzip of wasm alone); for the Node build, they
    // are faster.
    args.push('--config', 'profile.release.opt-level=3');
    // But the browser build's allocator (talc) at "z": 21 bytes gzip less, where
    // wasm-bindgen, js-sys or once_cell at "z" or "s" were larger (2026-12-06).
    if (optLevel === 'z') args.push('--config', 'profile.release.package.talc.opt-level="z"');
  }
  run('cargo', args, { env });
  const raw = path.join(root, 'target', `mamori-${dir}.wasm`);
  copyFileSync(path.join(target, 'mamori_wasm.wasm'), raw);
  const out = path.join(pkg, name);
  run('wasm-bindgen', [raw, '--out-dir', out, '--out-name', 'mamori', '--target', bindgenTarget]);
  const wasm = path.join(out, 'mamori_bg.wasm');
  const wasmOpt = path.join(root, 'node_modules', '.bin', 'wasm-opt');
  // For the browser build, a second round after --flatten --rereloop (which rebuilds
  // the control flow) saves about 400 bytes gzip more, and a third one about 200 more
  // (measured 2026-12-02); flattening and rebuilding once more before a last round,
  // about 60 more (2026-12-03, gzip as the bench measures it). It takes some seconds.
  // --low-memory-unused lets it fold an added constant into a load's offset: Rust's
  // wasm puts the stack first, so the low 1 KiB is reached only by a stack that has
  // overflowed. The target-features section is for linkers. The two: about 425 bytes
  // gzip (2026-12-03).
  const reloop = ['--flatten', '--rereloop', '-Oz', '--converge'];
  // wasm-opt inlines a function into its only caller whatever its size: the
  // context reading's steps end up in one function of some 27 KB with hundreds of
  // locals, each reached with an index of two bytes. Kept apart, about 1.4 KiB
  // gzip less (2026-12-06).
  const apart = BROWSER_INLINING;
  // The Node build is left as LLVM optimized it: wasm-opt's -O passes made it slower
  // in V8, -Oz by 7 % and -O3 too (`mamori redact` on 50 MB of JSONL, best of five:
  // 50.0 MB/s after -Oz, 53.7 without; 2026-12-05), and its first call no faster.
  const passes = optLevel === 'z'
    ? [...apart, '--low-memory-unused', '-Oz', '--converge', ...reloop, '-Oz', '--converge', ...reloop, '--strip-target-features']
    : [];
  const wasmFeatures = simd ? [...WASM_FEATURES, '--enable-simd'] : WASM_FEATURES;
  run(wasmOpt, [wasm, ...passes, '--strip-debug', '--strip-producers', ...wasmFeatures, '-o', wasm]);
  // And once more, from the module as written: about 160 bytes gzip (2026-12-03).
  if (optLevel === 'z') run(wasmOpt, [wasm, ...apart, '-Oz', ...WASM_FEATURES, '-o', wasm]);
  if (bindgenTarget === 'nodejs') leanNodeGlue(out);
  else {
    shortenNames(out, wasmOpt);
    zeroPanicText(path.join(out, 'mamori_bg.wasm'), path.join(root, 'node_modules', '.bin', 'wasm-dis'));
    minifyWebGlue(out);
  }
}

/**
 * Gives the browser build's imports, exports and import modules names of a letter
 * or two, in the wasm (wasm-opt --minify-imports-and-exports-and-modules) and in the
 * glue that calls it: wasm-bindgen's names carry a hash each, some 40 of them
 * written twice, that no compressor can shorten (1.7 KiB gzip, 2026-12-03).
 * The two modules' import and export lists, read in order before and after, pair
 * the names. Only the glue reaches the exports, as `wasm.<name>`; the typings of
 * the raw exports (mamori_bg.wasm.d.ts) would name what no longer exists and go.
 * @param {string} out the build's folder
 * @param {string} wasmOpt the wasm-opt binary
 */
function shortenNames(out, wasmOpt) {
  const wasmPath = path.join(out, 'mamori_bg.wasm');
  const gluePath = path.join(out, 'mamori.js');
  // The exports the glue never calls (`__abort_handler`, `__instance_terminated`,
  // `__wbindgen_free`) go, and with them what only they reached: 57 bytes gzip
  // (2026-12-05).
  const called = readFileSync(gluePath, 'utf8');
  const built = readFileSync(wasmPath);
  const unused = WebAssembly.Module.exports(new WebAssembly.Module(built))
    .map((e) => e.name)
    .filter((name) => !called.includes(`wasm.${name}`));
  const kept = withoutExports(built, new Set(unused));
  writeFileSync(wasmPath, kept);
  const before = new WebAssembly.Module(kept);
  // -Oz once more after the renaming finds some 300 bytes gzip to fold that the
  // rounds before it left (2026-12-04); until it converges, 16 more (2026-12-06).
  // Which order of passes gzips smallest here varies from one build of the code to
  // the next by a hundred bytes or so, without a rule to it: each of a few orders is
  // run, and the smallest kept (never larger than the first, the order used before;
  // 119 bytes gzip less, 2026-12-06, at about 7 seconds an order).
  const orders = [
    ['-Oz', '--converge'],
    ['--simplify-locals', '-Oz'],
    ['--simplify-locals', '-Oz', '-Oz'],
    ['--simplify-locals', '-Oz', '--converge'],
  ];
  /** @type {Buffer | undefined} */
  let best;
  for (const [i, passes] of orders.entries()) {
    const tried = `${wasmPath}.${i}`;
    run(wasmOpt, [wasmPath, '--minify-imports-and-exports-and-modules', ...BROWSER_INLINING, ...passes, ...WASM_FEATURES, '-o', tried], { stdio: ['ignore', 'ignore', 'inherit'] });
    const made = readFileSync(tried);
    rmSync(tried);
    if (!best || gzipSync(made, { level: 9 }).length < gzipSync(best, { level: 9 }).length) best = made;
  }
  writeFileSync(wasmPath, /** @type {Buffer} */ (best));
  const after = new WebAssembly.Module(readFileSync(wasmPath));
  const fail = (/** @type {string} */ why) => { throw new Error(`build: shortening the names of ${out}: ${why}`); };
  const pairs = (/** @type {(m: WebAssembly.Module) => { kind: string }[]} */ list) => {
    const [a, b] = [list(before), list(after)];
    if (a.length !== b.length || a.some((x, i) => x.kind !== b[i].kind)) fail('the lists differ');
    return a.map((x, i) => [x, b[i]]);
  };
  let glue = readFileSync(gluePath, 'utf8');
  const swap = (/** @type {string | RegExp} */ from, /** @type {string} */ to) => {
    glue = replaceOnce(glue, from, to, `the glue in ${out}`);
  };
  // wasm-opt puts every import in one module: the glue's object for
  // `./mamori_bg.js` under its new name takes the snippets' functions too (the glue
  // passed each snippet's namespace as a module of its own).
  const escape = (/** @type {string} */ t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const module = new Set(WebAssembly.Module.imports(after).map((x) => x.module));
  if (module.size !== 1) fail(`imports from ${module.size} modules`);
  const objectOf = (/** @type {string} */ name) => {
    const m = glue.match(new RegExp(`\n        ${escape(JSON.stringify(name))}: (import\\d+),`));
    if (!m) fail(`no import object for ${name}`);
    return /** @type {RegExpMatchArray} */ (m)[1];
  };
  const main = objectOf('./mamori_bg.js');
  // The glue's functions for what the module no longer imports (wasm-opt dropped
  // the code that called them, such as wasm-bindgen's `throw_str`) go: they would
  // keep their long names, and the code only they use.
  const imported = new Set(WebAssembly.Module.imports(before).map((x) => x.name));
  for (const [entry, name] of glue.matchAll(/\n {8}(\w+): function\([^)]*\) \{\n[\s\S]*?\n {8}\},/g)) {
    if (!imported.has(name)) swap(entry, '');
  }
  /** @type {string[]} the snippets' functions, under their new names */
  const moved = [];
  /** @type {Set<string>} the snippet modules */
  const snippets = new Set();
  for (const [was, now] of /** @type {[WebAssembly.ModuleImportDescriptor, WebAssembly.ModuleImportDescriptor][]} */ (pairs(WebAssembly.Module.imports))) {
    if (was.module === './mamori_bg.js') {
      swap(`\n        ${was.name}: function(`, `\n        ${JSON.stringify(now.name)}: function(`);
    } else {
      moved.push(`\n        ${JSON.stringify(now.name)}: ${objectOf(was.module)}.${was.name},`);
      snippets.add(was.module);
    }
  }
  for (const snippet of snippets) swap(new RegExp(`\n        ${escape(JSON.stringify(snippet))}: import\\d+,`), '');
  swap(`\n        "./mamori_bg.js": ${main},`, `\n        ${JSON.stringify([...module][0])}: ${main},`);
  swap(`const ${main} = {\n        __proto__: null,`, `const ${main} = {\n        __proto__: null,${moved.join('')}`);
  for (const [was, now] of /** @type {[WebAssembly.ModuleExportDescriptor, WebAssembly.ModuleExportDescriptor][]} */ (pairs(WebAssembly.Module.exports))) {
    // Not every export is called from the glue (`__abort_handler`).
    glue = glue.replace(new RegExp(`\\bwasm\\.${was.name.replace(/\$/g, '\\$')}\\b`, 'g'), `wasm.${now.name}`);
  }
  writeFileSync(gluePath, glue);
  rmSync(path.join(out, 'mamori_bg.wasm.d.ts'), { force: true });
}

/**
 * A reader of a wasm module's unsigned LEB128 numbers from byte `at` (past the
 * header at first), which each `leb()` moves past.
 * @param {Buffer} wasm
 */
function reader(wasm) {
  const r = {
    at: 8,
    leb() {
      let n = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = wasm[r.at++];
        n += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return n;
      }
    },
  };
  return r;
}

/**
 * Text in the browser build's data that only panics would read: core's table of
 * two-digit pairs for printing integers, and the messages of `RefCell`, alloc and
 * wasm-bindgen. The browser build's panic handler traps without formatting, and
 * wasm-opt drops the code that read them, but not the data (a memory image to it).
 */
const PANIC_TEXT = [
  Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).join(''),
  'RefCell already mutably borrowed',
  'RefCell already borrowed',
  // wasm-bindgen's, for a closure called again and an `unwrap_throw` of nothing.
  'closure invoked recursively or after being dropped',
  'called `Option::unwrap_throw()` on a `None` value',
  // alloc's, for an allocation that failed or a size that overflowed.
  'memory allocation of ',
  ' bytes failed',
  'capacity overflow',
];

/**
 * Zeroes, in the module at `wasmPath`, each of `PANIC_TEXT` that no code and no
 * data points into: no address from its start to its end appears as an `i32.const`
 * or a load's or store's offset in the code (wasm-dis's text of it), nor as four
 * bytes of any data segment; and the source files of panics' locations that no code
 * or data points to. Zeros compress to almost nothing: 310 bytes gzip for the text,
 * 113 for the files (2026-12-06). The module reads as before wherever it reads.
 * @param {string} wasmPath
 * @param {string} wasmDis the wasm-dis binary
 * @returns {number} how many were zeroed
 */
function zeroPanicText(wasmPath, wasmDis) {
  const wasm = Buffer.from(readFileSync(wasmPath));
  const wat = execFileSync(wasmDis, [wasmPath], { maxBuffer: 1 << 28 }).toString();
  const code = wat.slice(0, wat.indexOf('\n (data '));
  const constants = [...code.matchAll(/(?:i32\.const |offset=)(\d+)/g)].map((m) => Number(m[1]));
  // The active data segments: where each lies in the file and in memory.
  const r = reader(wasm);
  /** @type {{ file: number, address: number, length: number }[]} */
  const segments = [];
  while (r.at < wasm.length) {
    const id = wasm[r.at++];
    const size = r.leb();
    const end = r.at + size;
    if (id === 11) {
      for (let count = r.leb(); count > 0; count--) {
        // Flags 0 and `i32.const` of an unsigned address are all Rust writes.
        if (r.leb() !== 0 || wasm[r.at++] !== 0x41) return 0;
        const address = r.leb();
        if (wasm[r.at++] !== 0x0b) return 0;
        const length = r.leb();
        segments.push({ file: r.at, address, length });
        r.at += length;
      }
    }
    r.at = end;
  }
  /** @type {{ address: number, word: number }[]} every four bytes of the data */
  const words = [];
  for (const s of segments) {
    for (let i = 0; i + 4 <= s.length; i++) words.push({ address: s.address + i, word: wasm.readUInt32LE(s.file + i) });
  }
  const fromCode = (/** @type {number} */ from, /** @type {number} */ to) => constants.some((a) => a >= from && a < to);
  const fromData = (/** @type {number} */ from, /** @type {number} */ to) =>
    words.filter(({ word }) => word >= from && word < to).map(({ address }) => address);
  // Besides the messages, the source files of panics' locations: only a
  // `core::panic::Location` points to one (its address and length, a line and a
  // column: 16 bytes), and only a panic reads that.
  const files = [...wasm.toString('latin1').matchAll(/\/rustc\/[0-9a-f]{40}\/library\/[\x21-\x7e]*?\.rs|[a-z0-9_-]+-\d+\.\d+\.\d+\/src\/[\x21-\x7e]*?\.rs/g)];
  /** @type {[number, number, boolean][]} where in the file, how long, whether a source file */
  const candidates = [
    ...PANIC_TEXT.map((t) => /** @type {[number, number, boolean]} */ ([wasm.indexOf(t), t.length, false])),
    ...files.map((m) => /** @type {[number, number, boolean]} */ ([m.index ?? -1, m[0].length, true])),
  ];
  let zeroed = 0;
  for (const [found, length, file] of candidates) {
    const segment = segments.find((s) => s.file <= found && found + length <= s.file + s.length);
    if (!segment) continue;
    const from = segment.address + (found - segment.file);
    if (fromCode(from, from + length)) continue;
    // A message: nothing may point to it; a source file: only locations that
    // nothing points to.
    const holders = fromData(from, from + length);
    const live = file
      ? holders.some((at) => fromCode(at, at + 16) || fromData(at, at + 16).length > 0)
      : holders.length > 0;
    if (live) continue;
    wasm.fill(0, found, found + length);
    zeroed++;
  }
  writeFileSync(wasmPath, wasm);
  return zeroed;
}

/**
 * The module `wasm` without the exports named in `names` (its export section
 * written again; every other section as it was).
 * @param {Buffer} wasm
 * @param {Set<string>} names
 * @returns {Buffer}
 */
function withoutExports(wasm, names) {
  const r = reader(wasm);
  const uleb = (/** @type {number} */ n) => {
    const bytes = [];
    do {
      bytes.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
      n = Math.floor(n / 0x80);
    } while (n > 0);
    return Buffer.from(bytes);
  };
  const parts = [wasm.subarray(0, 8)];
  while (r.at < wasm.length) {
    const from = r.at;
    const id = wasm[r.at++];
    const size = r.leb();
    const end = r.at + size;
    if (id === 7) {
      const kept = [];
      for (let count = r.leb(); count > 0; count--) {
        const entry = r.at;
        const length = r.leb();
        const name = wasm.subarray(r.at, r.at + length).toString();
        r.at += length + 1; // the name, then the kind
        r.leb(); // the index
        if (!names.has(name)) kept.push(wasm.subarray(entry, r.at));
      }
      const body = Buffer.concat([uleb(kept.length), ...kept]);
      parts.push(Buffer.from([7]), uleb(body.length), body);
    } else {
      parts.push(wasm.subarray(from, end));
    }
    r.at = end;
  }
  return Buffer.concat(parts);
}

/**
 * `text` with the first `from` replaced by `to`; `from` must be there (wasm-bindgen's
 * glue is rewritten by what it says, and a new version that says it otherwise
 * stops the build).
 * @param {string} text
 * @param {string | RegExp} from
 * @param {string} to
 * @param {string} where what `text` is, for the error
 */
function replaceOnce(text, from, to, where) {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`build: ${where} no longer holds ${String(from).slice(0, 60)}`);
  return next;
}

/** wasm-bindgen's console warnings in the web glue, and what the build writes instead. */
const GLUE_WARNINGS = [
  ['`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\\n',
    'mamori: serve mamori_bg.wasm as application/wasm for a faster start:'],
  ['using deprecated parameters for `initSync()`; pass a single object instead', 'mamori: call initSync({ module })'],
  ['using deprecated parameters for the initialization function; pass a single object instead', 'mamori: call init({ module_or_path })'],
  ["failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'", 'mamori: ${module.url}: ${module.status} ${module.statusText}'],
];

/**
 * Code of wasm-bindgen's glue that never runs in the browser build, cut before it is
 * minified: a polyfill of `TextEncoder.encodeInto`, which every browser that runs
 * the module has (it uses wasm reference types: Chrome 96, Firefox 79, Safari 15;
 * `encodeInto` came in Chrome 74, Firefox 66, Safari 14.1); and the way of passing a
 * string without `realloc`, which the glue always passes. About 80 bytes gzip
 * (2026-12-05).
 */
const GLUE_UNUSED = [
  `if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}
`,
  `    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }
`,
];

/**
 * Makes the web glue in `out` one small file: wasm-bindgen's glue and the crate's
 * inline JavaScript it imports (snippets/) bundled and minified by esbuild, as a
 * bundler would for a site. The page in www/ loads it as it is, so this is what a
 * visitor downloads (about 2 KiB gzip less than the three readable files). The
 * declarations (mamori.d.ts) are unchanged; the module's exports keep their names.
 * @param {string} out the build's folder
 */
function minifyWebGlue(out) {
  const gluePath = path.join(out, 'mamori.js');
  const selfTypes = '/* @ts-self-types="./mamori.d.ts" */';
  let glue = readFileSync(gluePath, 'utf8');
  if (!glue.startsWith(selfTypes)) throw new Error(`build: the glue in ${out} does not start with ${selfTypes}`);
  // wasm-bindgen's warnings and its error for a failed fetch, said in fewer words
  // (about 120 bytes gzip).
  for (const [long, short] of GLUE_WARNINGS) glue = replaceOnce(glue, long, short, `the glue in ${out}`);
  for (const unused of GLUE_UNUSED) glue = replaceOnce(glue, unused, '', `the glue in ${out}`);
  writeFileSync(gluePath, glue);
  const result = buildSync({
    entryPoints: [gluePath], bundle: true, minify: true, format: 'esm', platform: 'browser',
    target: 'es2022', charset: 'utf8', legalComments: 'none', write: false, logLevel: 'warning',
    banner: { js: `${selfTypes}\n// mamori's browser build: wasm-bindgen's glue, bundled and minified by scripts/build.mjs.` },
  });
  writeFileSync(gluePath, result.outputFiles[0].contents);
  rmSync(path.join(out, 'snippets'), { recursive: true, force: true });
}

/**
 * Makes the nodejs glue in `out` cheap to `require`:
 * - wasm-bindgen copies the crate's inline JavaScript (bindings/wasm/src/) as written,
 *   ES modules the glue require()s one file each; each becomes a CommonJS function
 *   inside the glue instead, and the snippets folder goes (one file to load, not four);
 * - the glue compiles and instantiates the wasm when it is loaded; instead it does so
 *   on the first call (every call enters the module, if only to check its options),
 *   so that a program that loads mamori and does not use it (a CLI's `--help`, a
 *   server that masks only some requests) does not pay for the compilation.
 * @param {string} out the build's folder
 */
function leanNodeGlue(out) {
  const gluePath = path.join(out, 'mamori.js');
  let glue = readFileSync(gluePath, 'utf8');
  const snippets = filesUnder(path.join(out, 'snippets'));
  const defined = snippets.map((f, i) => {
    const source = commonJs(readFileSync(path.join(out, 'snippets', f), 'utf8'), f);
    const name = `snippet${i}`;
    const file = f.split(path.sep).join('/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const call = new RegExp(`require\\((?:String\\.raw)?[\`"']\\./snippets/${file}[\`"']\\)`, 'g');
    if (!call.test(glue)) throw new Error(`build: the glue in ${out} does not require snippets/${f}`);
    glue = glue.replace(call, name);
    return `const ${name} = (() => {\n  const module = { exports: {} };\n  const exports = module.exports;\n` +
      `${source.trim()}\n  return module.exports;\n})();\n`;
  });
  if (/require\((?:String\.raw)?[`"']\.\/snippets\//.test(glue)) throw new Error(`build: a snippet of ${out} is still required`);
  const eager = [
    'const wasmBytes = require(\'fs\').readFileSync(wasmPath);',
    'const wasmModule = new WebAssembly.Module(wasmBytes);',
    'let wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());',
    'let wasm = wasmInstance.exports;',
    'wasm.__wbindgen_start();',
  ].join('\n');
  if (!glue.includes(eager)) throw new Error(`build: the glue in ${out} does not load its wasm as expected`);
  const lazy = [
    '// Changed by scripts/build.mjs: the module is compiled and instantiated on first',
    '// use. Until then `wasm` is a stand-in whose first property read loads it and',
    '// replaces itself with the instance\'s exports.',
    'function loadWasm() {',
    '  const wasmModule = new WebAssembly.Module(require(\'fs\').readFileSync(wasmPath));',
    '  const wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());',
    '  wasm = wasmInstance.exports;',
    '  wasm.__wbindgen_start();',
    '  return wasm;',
    '}',
    'let wasm = new Proxy({}, { get(_, name) { return loadWasm()[name]; } });',
  ].join('\n');
  glue = glue.replace(eager, lazy);
  // After the first line (`@ts-self-types`), before the code that uses them.
  const firstLine = glue.indexOf('\n') + 1;
  glue = glue.slice(0, firstLine) + defined.join('') + glue.slice(firstLine);
  writeFileSync(gluePath, glue);
  rmSync(path.join(out, 'snippets'), { recursive: true, force: true });
}

/** Whether the build that wrote the lock's `pid` file still runs. */
function lockHeld(/** @type {string} */ pidFile) {
  let pid;
  try { pid = Number(readFileSync(pidFile, 'utf8')); } catch {
    // No pid yet: held while just made (its owner writes the pid next).
    try { return Date.now() - statSync(path.dirname(pidFile)).mtimeMs < 10_000; } catch { return false; }
  }
  try { process.kill(pid, 0); return true; } catch (e) {
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM';
  }
}

// One build at a time: two flavours share target/ and pkg/.
const lock = path.join(root, 'target', '.mamori-build-lock');
mkdirSync(path.dirname(lock), { recursive: true });
const owner = path.join(lock, 'pid');
for (let waited = 0; ; waited += 200) {
  try { mkdirSync(lock); writeFileSync(owner, String(process.pid)); break; } catch (e) {
    if (e.code !== 'EEXIST' || waited > 600_000) throw e;
    // A build that was killed (or a machine that restarted) leaves its lock behind:
    // take it over when the process that wrote it is gone.
    if (waited >= 1000 && !lockHeld(owner)) rmSync(lock, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });
// The browser build is optimized for size (what a visitor downloads), the Node build
// for speed (what a back office redacts megabytes with).
buildFlavour('web', [], 'web', 'z', false);
// The Node build loads without the regex engine, so that `require` compiles a
// module of about 250 KB; the first call that passes `rules` loads a second build
// with them (pkg/node/rules/, about 1 MB), once per process.
buildFlavour('node', ['batch'], 'nodejs', 3);
buildFlavour('node/rules', ['rules', 'batch'], 'nodejs', 3);
for (const f of readdirSync(path.join(pkg, 'node', 'rules'))) {
  if (f.endsWith('.ts') || f === '.gitignore') rmSync(path.join(pkg, 'node', 'rules', f));
}

// Each build folder says what its .js files are, whatever the package around it says.
writeFileSync(path.join(pkg, 'node', 'package.json'), '{ "type": "commonjs" }\n');
writeFileSync(path.join(pkg, 'web', 'package.json'), '{ "type": "module" }\n');

// One calling convention: the web build's default export loads the wasm; the Node
// build is ready when required, and its default `init` resolves at once (ignoring
// the argument a browser build would take), so code shared between the browser, a
// bundler and Node (server rendering, test runners) calls `await init()` everywhere.
// `__esModule` lets TypeScript's and Babel's CommonJS output find it as `default`.
const nodeGlue = path.join(pkg, 'node', 'mamori.js');
writeFileSync(nodeGlue, readFileSync(nodeGlue, 'utf8') +
  `\n// Added by scripts/build.mjs: a call with \`rules\` goes to the build that has them,\n` +
  `// loaded on first use. Reading \`options.rules\` may throw (a getter): then the call\n` +
  `// stays here, and this build reports it as it reports any bad option.\n` +
  `let withRules;\n` +
  `function passesRules(options) {\n` +
  `  if (options === null || typeof options !== 'object') return false;\n` +
  `  try { return options.rules !== undefined; } catch { return false; }\n` +
  `}\n` +
  `// The functions that take redaction options, and the place of the options.\n` +
  `for (const [name, at] of [['redact', 1], ['redactMany', 1], ['redactJsonLines', 3], ['redactCsvRecords', 3]]) {\n` +
  `  const lean = module.exports[name];\n` +
  `  if (typeof lean !== 'function') continue;\n` +
  `  module.exports[name] = { [name](...args) {\n` +
  `    if (!passesRules(args[at])) return lean(...args);\n` +
  `    withRules ??= require('./rules/mamori.js');\n` +
  `    return withRules[name](...args);\n` +
  `  } }[name];\n` +
  `}\n` +
  `\n// Added by scripts/build.mjs: the default export every build has.\n` +
  `async function init(_moduleOrPath) {}\n` +
  `Object.defineProperty(module.exports, '__esModule', { value: true });\n` +
  `module.exports.default = init;\n`);
const nodeTypes = path.join(pkg, 'node', 'mamori.d.ts');
writeFileSync(nodeTypes, readFileSync(nodeTypes, 'utf8') +
  `\n/**\n` +
  ` * Resolves at once: the Node build is ready when loaded. It takes (and ignores)\n` +
  ` * the argument of the browser build's \`init\`, so that \`await init()\` runs\n` +
  ` * unchanged in browsers, bundlers and Node.\n` +
  ` */\n` +
  `export default function init(module_or_path?: unknown): Promise<void>;\n`);
// The ESM entry's declarations: the same text, read as an ES module.
copyFileSync(nodeTypes, path.join(pkg, 'node', 'mamori.d.mts'));

// ESM entry for Node: re-export the CommonJS build's named exports and its init.
const require = (await import('node:module')).createRequire(import.meta.url);
const names = Object.keys(require(nodeGlue))
  .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default' && n !== '__esModule');
writeFileSync(path.join(pkg, 'node', 'mamori.mjs'),
  `// Generated by scripts/build.mjs: ESM entry of the Node build.\n` +
  `import m from './mamori.js';\n` +
  `export const { ${names.join(', ')} } = m;\nexport default m.default;\n`);

// The package manifest, with the crate's version.
const manifest = JSON.parse(readFileSync(path.join(root, 'pkg.json'), 'utf8'));
manifest.version = cargoVersion();
writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
// The npm page is for users of the package, not for people working on this repository.
copyFileSync(path.join(root, 'pkg-README.md'), path.join(pkg, 'README.md'));
for (const f of ['CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(path.join(root, f), path.join(pkg, f));
if (existsSync(path.join(root, 'cli'))) cpSync(path.join(root, 'cli'), path.join(pkg, 'bin'), { recursive: true });

// mamori/standard-schema: the sources as they are, plus a CommonJS copy of the shared
// core (schema.mjs) and the declarations under the names TypeScript expects next to
// .cjs/.mjs files.
const standardSchema = path.join(root, 'extras', 'standard-schema');
if (existsSync(standardSchema)) {
  const out = path.join(pkg, 'standard-schema');
  cpSync(standardSchema, out, { recursive: true });
  writeFileSync(path.join(out, 'schema.cjs'), commonJs(readFileSync(path.join(standardSchema, 'schema.mjs'), 'utf8'), 'schema.mjs'));
  for (const [from, to] of [['index.d.ts', 'index.d.cts'], ['index.d.ts', 'index.d.mts'], ['browser.d.ts', 'browser.d.mts']]) {
    copyFileSync(path.join(out, from), path.join(out, to));
  }
  rmSync(path.join(out, 'index.d.ts'));
  rmSync(path.join(out, 'browser.d.ts'));
}

// What a browser downloads: the web glue and the wasm.
const browserFiles = ['mamori.js', 'mamori_bg.wasm'].map((f) => readFileSync(path.join(pkg, 'web', f)));
const raw = browserFiles.reduce((n, b) => n + b.length, 0);
const gz = browserFiles.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
const br = browserFiles.reduce((n, b) => n + brotliCompressSync(b).length, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`mamori ${manifest.version}: browser build (wasm + JS glue) ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
