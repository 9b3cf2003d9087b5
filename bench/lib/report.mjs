// Renders results.json into bench/RESULTS.md: one table per row of issue #10, ratios
// mamori ÷ peer beside the absolute numbers, the targets, and where mamori loses.

/**
 * What bench/run.mjs measures and keeps in results.json. A smoke run or --no-rust
 * leaves rows out; a number that could not be measured is null.
 * @typedef {object} Results
 * @property {Meta} meta
 * @property {SizeResult} [size]
 * @property {StartupRow[]} [startupNode]
 * @property {{ version?: string | null, error?: string | null, rows: StartupRow[] }} [startupBrowser]
 * @property {{ inputs: number, rates: Rate[] }} [phone]
 * @property {FormResult[]} [form]
 * @property {RedactResult[]} [redact]
 * @property {CliResult} [cli]
 * @property {BoundaryRow[]} [boundary]
 * @property {ScalingRow[]} [scaling]
 * @property {{ error: string | null, table: string }} [rust]
 */
/**
 * @typedef {object} Meta
 * @property {string} date
 * @property {boolean} smoke
 * @property {string | null} commit
 * @property {{ cpu: string, cores: number, memoryGiB: number, os: string }} machine
 * @property {string} node
 * @property {string | null} rustc
 * @property {string} mamori
 * @property {string | null} chromium
 * @property {Record<string, string | null>} peers
 * @property {number} [seconds]
 */
/**
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 * @typedef {{ mamori: Sizes, rows: SizeRow[] }} SizeResult
 * @typedef {{ name: string, label: string, error?: string, raw?: number, gzip?: number, brotli?: number,
 *   ratioGzip?: number, ratioBrotli?: number }} SizeRow a peer's bundle, or why it did not build
 * @typedef {{ name: string, label: string, error: string | null, ms: number | null, loadMs?: number | null, samples: number }} StartupRow
 * @typedef {{ name: string, error?: string | null, value: number | null, agreement?: number }} Rate calls per second
 * @typedef {{ name: string, error?: string | null, median: number | null, p99: number | null }} Latency µs per call
 * @typedef {{ bodyChars: number, avgChars: number, forms: number, okShare: Record<string, number>, results: Latency[] }} FormResult
 * @typedef {{ name: string, error?: string | null, value: number | null, mbps: number | null }} Throughput
 * @typedef {{ key?: string, label?: string, bytes: number, units: number, findings: number | null, regexFindings: number,
 *   results: Throughput[], skipped: string[] }} RedactResult
 * @typedef {{ label: string, seconds: number, rssMiB: number | null, error: string | null, mbps: number | null }} CliRun
 * @typedef {{ bytes: number, csvBytes?: number, rounds?: number, runs: CliRun[], identical: boolean, csvIdentical?: boolean }} CliResult
 * @typedef {{ label: string, chars: number, mamoriNs: number | null, peerNs: number | null, error?: string | null }} BoundaryRow
 * @typedef {{ bytes: number, units: number, mamoriMs: number | null, mamoriMsPerMiB: number | null, error?: string | null,
 *   regexMs: number | null, regexMsPerMiB: number | null }} ScalingRow
 */

const KiB = 1024;
const MiB = 1024 * 1024;
const TARGET_GZIP = 90 * KiB;
/** The targets of the speed rows. */
const TARGET = { redactMBps: 100, redactVsRegex: 3, sparseVsRegex: 2, cliMBps: 60, cliScaling: 1.7, formP99: 200, requireMs: 5 };

/** @typedef {number | null | undefined} Num a number that may be missing */

const int = (/** @type {Num} */ n) => (n == null || !Number.isFinite(n) ? '—' : Math.round(n).toLocaleString('en-US'));
const fix = (/** @type {Num} */ n, d = 1) => (n == null || !Number.isFinite(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
const kib = (/** @type {Num} */ n) => (n == null ? '—' : `${fix(n / KiB, 1)} KiB`);
const pct = (/** @type {Num} */ x) => (x == null ? '—' : `${fix(x * 100, 1)} %`);
/** a ÷ b; null when either is missing (a row that did not run). */
const div = (/** @type {Num} */ a, /** @type {Num} */ b) => (a == null || b == null ? null : a / b);
const ratio = (/** @type {Num} */ x) => (x == null || !Number.isFinite(x) ? '—' : `${x >= 10 ? fix(x, 1) : fix(x, 2)}×`);

/**
 * "2.1× faster" / "1.5× slower" for a mamori ÷ peer ratio; `higherIsBetter` for rates.
 * @param {Num} r
 * @param {boolean} higherIsBetter
 */
function verdict(r, higherIsBetter, words = ['faster', 'slower']) {
  if (r == null || !Number.isFinite(r)) return '—';
  const good = higherIsBetter ? r >= 1 : r <= 1;
  const f = higherIsBetter ? r : 1 / r;
  const k = good ? f : 1 / f;
  return `${fix(k, k >= 10 ? 0 : 1)}× ${good ? words[0] : words[1]}`;
}

const cell = (/** @type {string | null | undefined} */ error, /** @type {string} */ value) => (error ? `*${error}*` : value);

/**
 * A Markdown table.
 * @param {string[]} head
 * @param {string[][]} rows
 */
function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * Every mamori-versus-peer comparison where mamori is worse, for the summary.
 * @param {Results} res
 * @returns {string[]}
 */
function losses(res) {
  const out = [];
  const s = res.size;
  if (s) for (const r of s.rows) if (r.ratioGzip != null && r.ratioGzip > 1) out.push(`size: ${kib(s.mamori.gzip)} gzip vs ${r.label} ${kib(r.gzip)} (${ratio(r.ratioGzip)})`);
  for (const [key, env] of /** @type {const} */ ([['startupNode', 'Node'], ['startupBrowser', 'Chromium']])) {
    const rows = key === 'startupBrowser' ? res[key]?.rows : res[key];
    const m = rows?.find((r) => r.name.startsWith('mamori'));
    if (rows && m && m.ms != null) for (const r of rows) if (r !== m && r.ms != null && m.ms > r.ms) out.push(`start-up in ${env}: ${fix(m.ms, 2)} ms vs ${r.label} ${fix(r.ms, 2)} ms`);
  }
  const ph = res.phone?.rates;
  const pm = ph?.find((r) => r.name === 'mamori');
  if (ph && pm?.value) for (const r of ph) if (r !== pm && r.value && pm.value < r.value) out.push(`parsePhone: ${int(pm.value)} calls/s vs ${r.name} ${int(r.value)}`);
  for (const f of res.form ?? []) {
    const m = f.results.find((r) => r.name === 'mamori');
    if (m?.median != null) for (const r of f.results) if (r !== m && r.median != null && (m.median > r.median || (m.p99 ?? 0) > (r.p99 ?? 0))) out.push(`validateForm (${f.bodyChars}-char bodies): median ${fix(m.median, 2)} µs / p99 ${fix(m.p99, 2)} µs vs ${r.name} ${fix(r.median, 2)} / ${fix(r.p99, 2)} µs`);
  }
  for (const x of res.redact ?? []) {
    const m = x.results.find((r) => r.name === 'mamori');
    if (m?.mbps) for (const r of x.results) if (r !== m && r.mbps && m.mbps < r.mbps) out.push(`redact ${fix(x.bytes / MiB, 0)} MiB: ${fix(m.mbps)} MB/s vs ${r.name} ${fix(r.mbps)} MB/s`);
  }
  for (const b of res.boundary ?? []) if (b.mamoriNs != null && b.peerNs != null && b.mamoriNs > b.peerNs) out.push(`${b.label}: ${int(b.mamoriNs)} ns vs the regex redactor ${int(b.peerNs)} ns`);
  return out;
}

/**
 * RESULTS.md.
 * @param {Results} res
 * @param {string | null} analysis bench/analysis.md, added at the end
 * @returns {string}
 */
export function render(res, analysis) {
  const m = res.meta;
  /** @type {string[]} */
  const L = [];
  L.push('# mamori benchmark results', '');
  L.push(`Generated by \`npm run bench\` (\`bench/run.mjs\`) on ${m.date.slice(0, 10)}${m.commit ? ` at commit \`${m.commit}\`` : ''}, in ${m.seconds} s. Raw numbers: \`bench/results.json\`.`, '');
  L.push(table(['', ''], [
    ['machine', `${m.machine.cpu}, ${m.machine.cores} cores, ${m.machine.memoryGiB} GiB, ${m.machine.os}`],
    ['Node', m.node], ['Chromium', m.chromium ?? '*did not run*'], ['Rust', m.rustc ?? '—'], ['mamori', m.mamori],
    ['peers', Object.entries(m.peers).map(([k, v]) => `${k} ${v ?? '(missing)'}`).join(', ')],
  ]));
  L.push('', 'Ratios are mamori ÷ peer, measured in the same run: for sizes and times below 1 is better for mamori, for rates above 1. MB means MiB (2^20 bytes) of UTF-8 text. Peers run in the same Node process in alternating rounds; the median round counts.', '');

  // Targets
  /** @type {string[][]} */
  const t = [];
  if (res.size) t.push(['browser download ≤ 90 KiB gzip', `${kib(res.size.mamori.gzip)} gzip (${kib(res.size.mamori.brotli)} brotli)`, res.size.mamori.gzip <= TARGET_GZIP ? 'met' : '**missed**']);
  const pm = res.phone?.rates.find((r) => r.name === 'mamori');
  const pl = res.phone?.rates.find((r) => r.name.startsWith('libphonenumber-js'));
  const phoneRatio = div(pm?.value, pl?.value);
  if (pm) t.push(['parsePhone ≥ 2× libphonenumber-js', pm.error ? `*${pm.error}*` : `${ratio(phoneRatio)} (${int(pm.value)} vs ${int(pl?.value)} calls/s)`, pm.error ? '—' : (phoneRatio ?? 0) >= 2 ? 'met' : '**missed**']);
  const met = (/** @type {boolean} */ ok) => (ok ? 'met' : '**missed**');
  for (const x of res.redact ?? []) {
    // Every redact row has mamori and the regex redactor.
    const rm = /** @type {Throughput} */ (x.results.find((r) => r.name === 'mamori'));
    const rr = /** @type {Throughput} */ (x.results.find((r) => r.name.startsWith('hand-written')));
    const size = `${x.label ?? 'generated messages'}, ${fix(x.bytes / MiB, x.bytes < MiB ? 3 : 0)} MiB`;
    const vsRegex = div(rm.mbps, rr.mbps);
    const sparse = x.key === 'sparse';
    const want = sparse ? TARGET.sparseVsRegex : TARGET.redactVsRegex;
    if (!sparse) t.push([`redact ≥ ${TARGET.redactMBps} MB/s (${size})`, rm.error ? `*${rm.error}*` : `${fix(rm.mbps)} MB/s`, rm.error ? '—' : met((rm.mbps ?? 0) >= TARGET.redactMBps)]);
    t.push([`redact ≥ ${want}× the JS regex redactor (${size})`, rm.error ? `*${rm.error}*` : `${ratio(vsRegex)} (${fix(rm.mbps)} vs ${fix(rr.mbps)} MB/s)`, rm.error ? '—' : met((vsRegex ?? 0) >= want)]);
  }
  if (res.cli) {
    const [one, two] = res.cli.runs;
    const scale = div(two.mbps, one.mbps);
    t.push([`CLI \`mamori redact\` ≥ ${TARGET.cliMBps} MB/s on one core (${fix(res.cli.bytes / MiB, 0)} MiB JSONL)`, cell(one.error, `${fix(one.mbps)} MB/s`), one.error ? '—' : met((one.mbps ?? 0) >= TARGET.cliMBps)]);
    t.push([`CLI with 2 workers ≥ ${TARGET.cliScaling}× one`, cell(two.error, `${ratio(scale)} (${fix(two.mbps)} MB/s)`), two.error ? '—' : met((scale ?? 0) >= TARGET.cliScaling)]);
    const pair = res.cli.runs.find((r) => r.label.startsWith('two '));
    if (pair) t.push(['(this machine: two one-worker runs at once, each over the whole file, ÷ one)', cell(pair.error, `${ratio(div(pair.mbps, one.mbps))} (${fix(pair.mbps)} MB/s)`), 'reference']);
    t.push(['CLI output identical with --jobs 1 and 2', res.cli.identical ? 'identical' : 'different', met(res.cli.identical)]);
    if (res.cli.csvIdentical !== undefined) t.push(['CLI output identical with --jobs 1 and 2 (CSV)', res.cli.csvIdentical ? 'identical' : 'different', met(res.cli.csvIdentical)]);
  }
  for (const f of res.form ?? []) {
    if (f.bodyChars !== 2000) continue;
    const mm = f.results.find((r) => r.name === 'mamori');
    if (mm) t.push([`validateForm p99 ≤ ${TARGET.formP99} µs (2,000-char bodies)`, cell(mm.error, `${fix(mm.p99, 1)} µs (median ${fix(mm.median, 1)} µs)`), mm.error ? '—' : met((mm.p99 ?? Infinity) <= TARGET.formP99)]);
  }
  const node = res.startupNode?.find((r) => r.name === 'mamori-node');
  if (node) t.push([`Node \`require\` ≤ ${TARGET.requireMs} ms`, cell(node.error, `${fix(node.loadMs, 2)} ms (with the first call ${fix(node.ms, 2)} ms)`), node.error ? '—' : met((node.loadMs ?? Infinity) <= TARGET.requireMs)]);
  L.push('## Targets', '', table(['target', 'measured', ''], t), '');

  // Size
  if (res.size) {
    const s = res.size;
    L.push('## Size: what a browser downloads', '',
      'mamori: `pkg/web/mamori.js` + `pkg/web/mamori_bg.wasm` as shipped. Peers: esbuild-minified ESM bundles of `bench/entries/*.mjs` (the code the benchmark runs). gzip -9, brotli -q 11.', '');
    L.push(table(['what', 'raw', 'gzip', 'brotli', 'mamori ÷ peer (gzip)', 'mamori ÷ peer (brotli)', 'mamori is'], [
      ['**mamori** (wasm + JS glue)', kib(s.mamori.raw), kib(s.mamori.gzip), kib(s.mamori.brotli), '', '', ''],
      ...s.rows.map((r) => [r.label, cell(r.error, kib(r.raw)), kib(r.gzip), kib(r.brotli), ratio(r.ratioGzip), ratio(r.ratioBrotli), verdict(r.ratioGzip, false, ['smaller', 'larger'])]),
    ]), '');
  }

  // Start-up
  const startup = (/** @type {string} */ title, /** @type {StartupRow[]} */ rows, /** @type {string} */ note) => {
    const mm = rows.find((r) => r.name.startsWith('mamori'));
    L.push(title, '', note, '');
    L.push(table(['library', 'median ms', 'samples', 'mamori ÷ peer', 'mamori is'], rows.map((r) => {
      const rr = r === mm || !mm || mm.ms == null || r.ms == null ? null : mm.ms / r.ms;
      return [r === mm ? `**${r.label}**` : r.label, cell(r.error, fix(r.ms, 2)), String(r.samples), r === mm ? '' : ratio(rr), r === mm ? '' : verdict(rr, false)];
    })), '');
  };
  if (res.startupNode) startup('## Start-up in Node (fresh processes)', res.startupNode,
    'Time from `import` of the entry (`bench/entries/<name>.mjs`; mamori: `require("mamori")`; its first call compiles and instantiates the wasm) to the end of the first call, inside a fresh `node` process; median of fresh processes.');
  if (res.startupBrowser) {
    if (res.startupBrowser.error) L.push('## Start-up in Chromium (fresh pages)', '', `*${res.startupBrowser.error}*`, '');
    else startup('## Start-up in Chromium (fresh pages)', res.startupBrowser.rows,
      'Headless Chromium, a new browser context (empty caches) per sample, files served from 127.0.0.1. Time from the page script\'s start to the end of the first call: mamori fetches, compiles and instantiates its wasm (`await init()`); peers import their minified bundle. Median of fresh pages.');
  }

  // parsePhone
  if (res.phone) {
    const rates = res.phone.rates;
    const mm = /** @type {Rate} */ (rates.find((r) => r.name === 'mamori')); // always measured
    L.push('## parsePhone', '', `Calls per second over the ${res.phone.inputs} typed-in numbers of \`phone.jsonl\` (full-width digits, dash look-alikes, +81, brackets, garbage), in a fixed shuffled order. Peers: \`parsePhoneNumber(x, "JP").isValid()\` of libphonenumber-js with max metadata, and \`isValidNumber(parse(x, "JP"))\` of google-libphonenumber, both in try/catch. "agrees" is the share of inputs whose valid/invalid verdict matches the corpus (libphonenumber's metadata applied to the digits the person meant).`, '');
    L.push(table(['library', 'calls/s', 'mamori ÷ peer', 'mamori is', 'agrees with corpus'], rates.map((r) => {
      const rr = r === mm || mm.error || r.error ? null : div(mm.value, r.value);
      return [r === mm ? '**mamori**' : r.name, cell(r.error, int(r.value)), r === mm ? '' : ratio(rr), r === mm ? '' : verdict(rr, true), pct(r.agreement)];
    })), '');
  }

  // validateForm
  if (res.form) {
    L.push('## validateForm', '', 'Per-call latency on realistic contact forms (disclosure requests, the usual mistakes, ordinary inquiries; phones from the corpus), each call timed on its own, contestants interleaved form by form. Peers: a zod and a valibot schema with the checks those libraries can express (`bench/peers/form-rules.mjs`: NFKC folding, required fields, lengths, the phone\'s shape, e-mail, the first-line rule, request content, kinds and requester) — they cannot judge a phone number against the numbering plan.', '');
    const rows = [];
    for (const f of res.form) {
      const mm = /** @type {Latency} */ (f.results.find((r) => r.name === 'mamori')); // always measured
      for (const r of f.results) {
        const rr = r === mm || mm.median == null || r.median == null ? null : mm.median / r.median;
        const r99 = r === mm || mm.p99 == null || r.p99 == null ? null : mm.p99 / r.p99;
        rows.push([`${f.bodyChars} (avg ${f.avgChars})`, r === mm ? '**mamori**' : r.name, cell(r.error, fix(r.median, 2)), cell(r.error, fix(r.p99, 2)),
          r === mm ? '' : ratio(rr), r === mm ? '' : ratio(r99), r === mm ? '' : verdict(rr, false), pct(f.okShare[r.name])]);
      }
    }
    L.push(table(['body chars', 'library', 'median µs', 'p99 µs', 'mamori ÷ peer (median)', 'mamori ÷ peer (p99)', 'mamori is', 'forms ok'], rows), '');
  }

  // redact
  if (res.redact) {
    L.push('## redact', '', 'Throughput on generated Japanese contact-form text (`bench/lib/data.mjs`: messages in the style of `redact.jsonl`, about one sensitive number and one look-alike — dates, prices, tracking and order numbers — per message), default kinds, style "mask". Peers: the hand-written JS regex version of the same detectors (`bench/peers/regex-redactor.mjs`), @redactpii/node (default rules) and @openredaction/openredaction (configured for My Number and cards). Single calls on the whole text, median of alternating rounds.', '');
    const rows = [];
    for (const x of res.redact) {
      const mm = /** @type {Throughput} */ (x.results.find((r) => r.name === 'mamori')); // always measured
      for (const r of x.results) {
        const rr = r === mm || mm.mbps == null || r.mbps == null ? null : mm.mbps / r.mbps;
        rows.push([`${x.label ?? 'generated messages'}, ${fix(x.bytes / MiB, x.bytes < MiB ? 3 : 2)} MiB`, r === mm ? '**mamori**' : r.name, cell(r.error, fix(r.mbps)), cell(r.error, fix(r.value, 1)), r === mm ? '' : ratio(rr), r === mm ? '' : verdict(rr, true)]);
      }
      for (const sk of x.skipped) rows.push([`${fix(x.bytes / MiB, 2)} MiB`, sk, '*not run: its time grows much faster than its input (4× the text took ~25× the time)*', '', '', '']);
      rows.push([`${fix(x.bytes / MiB, x.bytes < MiB ? 3 : 2)} MiB`, 'findings (mamori / regex)', `${int(x.findings)} / ${int(x.regexFindings)}`, '', '', '']);
    }
    L.push(table(['text', 'redactor', 'MB/s', 'ms per call', 'mamori ÷ peer', 'mamori is'], rows), '');
  }

  // CLI
  if (res.cli) {
    L.push('## Command line: `mamori redact` on a JSONL export', '', `A generated export of ${fix(res.cli.bytes / MiB, 0)} MiB (records with id, date, body, memo, phone; bodies as in the redact row's generated messages), on standard input, the masked export on standard output, as fresh processes. Peer: a Node script that reads the same file line by line and masks each body with the hand-written regex redactor (\`bench/peers/regex-cli.mjs\`). The same export as CSV (${fix((res.cli.csvBytes ?? 0) / MiB, 0)} MiB; MB/s of its own size). Last, two one-worker runs started at once, each over the whole JSONL file: what two cores give this workload on this machine with nothing shared, the ceiling of \`--jobs 2\`. Wall time and peak RSS from \`/usr/bin/time\`${res.cli.rounds && res.cli.rounds > 1 ? `; ${res.cli.rounds} rounds of every command in turn, the median round of each (the highest RSS)` : ''}.`, '');
    const peer = res.cli.runs[2];
    L.push(table(['command', 'seconds', 'MB/s', 'peak RSS MiB', 'mamori ÷ peer'], res.cli.runs.map((r) => [
      r.label, cell(r.error, fix(r.seconds, 2)), fix(r.mbps), fix(r.rssMiB, 0),
      // The peer reads JSONL, one file at a time.
      r === peer || r.label.includes('csv') || r.label.startsWith('two ') ? '' : ratio(div(r.mbps, peer.mbps))])), '');
  }

  // boundary
  if (res.boundary) {
    L.push('## JS↔WASM boundary on small inputs', '', 'Nanoseconds per call (calls looped on one input). Every mamori call copies its string into wasm memory and builds the result object in JavaScript; on small inputs that fixed cost dominates. Peer: the hand-written JS regex redactor on the same input.', '');
    L.push(table(['call', 'chars', 'mamori ns/call', 'regex ns/call', 'mamori ÷ peer', 'mamori is'], res.boundary.map((b) => {
      const rr = b.mamoriNs != null && b.peerNs != null ? b.mamoriNs / b.peerNs : null;
      return [b.label, String(b.chars), cell(b.error, int(b.mamoriNs)), int(b.peerNs), ratio(rr), verdict(rr, false)];
    })), '');
  }

  // scaling
  if (res.scaling) {
    const ms = res.scaling.map((s) => s.mamoriMsPerMiB).filter((x) => x != null);
    const spread = ms.length > 1 ? Math.max(...ms) / Math.min(...ms) : null;
    L.push('## Scaling', '', `redact on growing texts; time per MiB should stay flat. mamori's largest ÷ smallest ms/MiB: ${ratio(spread)}.`, '');
    L.push(table(['text', 'UTF-16 units', 'mamori ms', 'mamori ms/MiB', 'regex ms', 'regex ms/MiB', 'mamori ÷ regex'], res.scaling.map((s) => [
      `${fix(s.bytes / MiB, s.bytes < MiB ? 3 : 1)} MiB`, int(s.units), cell(s.error, fix(s.mamoriMs, 1)), cell(s.error, fix(s.mamoriMsPerMiB, 2)),
      fix(s.regexMs, 1), fix(s.regexMsPerMiB, 2), s.mamoriMs == null ? '—' : ratio(div(s.mamoriMs, s.regexMs))])), '');
  }

  // Rust
  if (res.rust) {
    L.push('## Rust micro benchmarks (native, divan)', '', '`cargo bench --bench core` (opt-level 3), inputs from the corpus; as divan prints them.', '');
    if (res.rust.error) L.push(`*${res.rust.error}*`, '');
    if (res.rust.table) L.push('```', res.rust.table, '```', '');
  }

  // Losses
  const lost = losses(res);
  L.push('## Where mamori loses', '');
  if (lost.length) L.push(...lost.map((x) => `- ${x}`), '');
  else L.push('No comparison in this run where a measured mamori number is worse than a peer\'s.', '');
  if (analysis) L.push(analysis.trim(), '');
  return L.join('\n');
}
