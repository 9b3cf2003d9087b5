// Speed rows: parsePhone, validateForm, redact, the JS↔WASM boundary and scaling.
// mamori is the Node build; peers run in the same process, in alternating rounds.
import { callsPerSecond, consume, latencies, median, now, probe, timeEach } from '../lib/measure.mjs';
import { denseText, forms, japaneseText, phoneInputs, sparseText } from '../lib/data.mjs';
import * as lpnMax from '../entries/libphonenumber-js-max.mjs';
import * as glpn from '../entries/google-libphonenumber.mjs';
import * as zodForm from '../peers/zod-form.mjs';
import * as valibotForm from '../peers/valibot-form.mjs';
import * as regex from '../peers/regex-redactor.mjs';
import * as redactpii from '../entries/redactpii.mjs';
import * as openredaction from '../entries/openredaction.mjs';

const MiB = 1024 * 1024;

/**
 * @typedef {typeof import('../../pkg/node/mamori.js')} Mamori the Node build
 * @typedef {{ smoke: boolean }} RowOptions
 */

/**
 * Contestants with a probe: a contestant that throws on its first input carries the reason.
 * @template I
 * @param {[string, (input: I) => unknown][]} list
 * @param {NoInfer<I>} sample
 * @returns {import('../lib/measure.mjs').Contestant<I>[]}
 */
function contest(list, sample) {
  return list.map(([name, fn]) => ({ name, fn, error: probe(fn, sample) }));
}

/**
 * @param {Mamori} m
 * @param {RowOptions} options
 * @returns {{ inputs: number, rates: import('../lib/report.mjs').Rate[] }}
 */
export function phoneRow(m, { smoke }) {
  let inputs = phoneInputs();
  if (smoke) inputs = inputs.slice(0, 50);
  const contestants = contest([
    ['mamori', (/** @type {string} */ x) => m.parsePhone(x).valid],
    ['libphonenumber-js (max)', lpnMax.check],
    ['google-libphonenumber', glpn.check],
  ], inputs[0].input);
  const xs = inputs.map((i) => i.input);
  /** @type {import('../lib/report.mjs').Rate[]} */
  const rates = callsPerSecond(contestants, xs, smoke ? { rounds: 1, roundMs: 5, warmupMs: 1 } : { rounds: 7, roundMs: 400, warmupMs: 300 });
  // How often each agrees with the corpus verdict (libphonenumber metadata), for context.
  for (const r of rates) {
    const c = /** @type {import('../lib/measure.mjs').Contestant<string>} */ (contestants.find((x) => x.name === r.name));
    if (c.error) continue;
    let agree = 0;
    for (const i of inputs) { try { if (!!c.fn(i.input) === i.valid) agree++; } catch { /* counts as a disagreement */ } }
    r.agreement = agree / inputs.length;
  }
  return { inputs: inputs.length, rates };
}

/**
 * @param {Mamori} m
 * @param {RowOptions} options
 * @returns {import('../lib/report.mjs').FormResult[]}
 */
export function formRow(m, { smoke }) {
  const out = [];
  for (const bodyChars of [100, 2000]) {
    const fs = forms(bodyChars, smoke ? 5 : 200);
    /** @typedef {ReturnType<typeof forms>[number]} Form */
    const contestants = contest([
      ['mamori', (/** @type {Form} */ f) => m.validateForm(f).ok],
      ['zod', (f) => zodForm.validate(f).success],
      ['valibot', (f) => valibotForm.validate(f).success],
    ], fs[0]);
    const avgChars = Math.round(fs.reduce((n, f) => n + f.body.length, 0) / fs.length);
    /** @type {Record<string, number>} */
    const okShare = {};
    for (const c of contestants) if (!c.error) okShare[c.name] = fs.filter((f) => c.fn(f)).length / fs.length;
    out.push({ bodyChars, avgChars, forms: fs.length, okShare, results: latencies(contestants, fs, smoke ? { passes: 1, warmup: 0 } : { passes: 15, warmup: 3 }) });
  }
  return out;
}

/**
 * The texts redact is measured on: generated contact-form messages (1 and 16 MiB),
 * realistic hand-written texts repeated (dense in numbers and labels) and prose with
 * few numbers.
 * @param {boolean} smoke
 * @returns {{ key: string, label: string, text: string }[]}
 */
function redactTexts(smoke) {
  if (smoke) return [{ key: 'generated', label: 'generated messages', text: japaneseText(8 * 1024, 1) }];
  return [
    { key: 'generated', label: 'generated messages', text: japaneseText(1 * MiB, 1) },
    { key: 'generated', label: 'generated messages', text: japaneseText(16 * MiB, 1) },
    { key: 'dense', label: 'realistic texts repeated (dense)', text: denseText(4 * MiB) },
    { key: 'sparse', label: 'prose with few numbers (sparse)', text: sparseText(4 * MiB) },
  ];
}

/**
 * MB/s (MiB of UTF-8 per second) of each redactor on each text of [`redactTexts`].
 * @param {Mamori} m
 * @param {RowOptions} options
 * @returns {import('../lib/report.mjs').RedactResult[]}
 */
export function redactRow(m, { smoke }) {
  const out = [];
  for (const { key, label, text } of redactTexts(smoke)) {
    const utf8 = Buffer.byteLength(text);
    const big = utf8 > 2 * MiB;
    /** @type {[string, (text: string) => unknown][]} */
    const list = [
      ['mamori', (t) => m.redact(t).text],
      ['hand-written regex redactor', (t) => regex.redact(t).text],
      ['@redactpii/node', redactpii.redact],
    ];
    // OpenRedaction's time grows much faster than its input (4 MiB took about 25× the
    // time of 1 MiB when tried): 16 MiB would take minutes, so it runs on 1 MiB only.
    if (!big) list.push(['@openredaction/openredaction', openredaction.redact]);
    const contestants = contest(list, 'マイナンバーは 1234 5678 9018 です');
    const times = timeEach(contestants, text, { rounds: smoke ? 1 : big ? 3 : 5 });
    const findings = probe((/** @type {string} */ t) => m.redact(t), 'x') ? null : m.redact(text).findings.length;
    const regexFindings = regex.redact(text).findings.length;
    out.push({
      key, label, bytes: utf8, units: text.length, findings, regexFindings,
      results: times.map((t) => ({ ...t, mbps: t.value == null ? null : utf8 / MiB / (t.value / 1000) })),
      skipped: big ? ['@openredaction/openredaction'] : [],
    });
  }
  return out;
}

/**
 * Whole messages of the generated text, about `n` characters.
 * @param {number} n
 */
function aboutChars(n) {
  let out = '';
  for (const m of japaneseText(8 * n, 3).split('\n\n')) { if (out.length >= n) break; out += (out ? '\n\n' : '') + m; }
  return out;
}

/**
 * Nanoseconds per call on small inputs: the fixed cost of crossing into wasm and back.
 * @param {Mamori} m
 * @param {RowOptions} options
 * @returns {import('../lib/report.mjs').BoundaryRow[]}
 */
export function boundaryRow(m, { smoke }) {
  /** @type {[string, string][]} */
  const inputs = [
    ['empty string', ''],
    ['20 chars, no number', 'お薬の配送状況を確認したいです。よろしく'],
    ['40 chars, one My Number', 'マイナンバーは 1234 5678 9018 です。ご確認をお願いします。'],
    ['messages (~200 chars)', aboutChars(200)],
  ];
  const opts = smoke ? { rounds: 1, roundMs: 5, warmupMs: 1 } : { rounds: 5, roundMs: 200, warmupMs: 100 };
  /** @type {import('../lib/report.mjs').BoundaryRow[]} */
  const rows = [];
  const bare = callsPerSecond([{ name: 'version()', fn: () => m.version() }], [0], opts)[0];
  rows.push({ label: 'version() (no argument, returns a string)', chars: 0, mamoriNs: 1e9 / /** @type {number} */ (bare.value), peerNs: null });
  for (const [label, x] of inputs) {
    const r = callsPerSecond(contest([['mamori', (/** @type {string} */ t) => m.redact(t)], ['regex', (t) => regex.redact(t)]], x), [x], opts);
    // A value is null only with an error; the regex redactor never has one.
    rows.push({
      label: `redact: ${label}`, chars: x.length,
      mamoriNs: r[0].error ? null : 1e9 / /** @type {number} */ (r[0].value), error: r[0].error,
      peerNs: 1e9 / /** @type {number} */ (r[1].value),
    });
  }
  return rows;
}

/**
 * Time per MiB for growing inputs: flat means linear.
 * @param {Mamori} m
 * @param {RowOptions} options
 * @returns {import('../lib/report.mjs').ScalingRow[]}
 */
export function scalingRow(m, { smoke }) {
  const sizes = smoke ? [4 * 1024, 16 * 1024] : [1, 4, 16, 64].map((n) => n * MiB);
  const mamoriError = probe((/** @type {string} */ t) => m.redact(t), 'x');
  const rows = [];
  for (const bytes of sizes) {
    const text = japaneseText(bytes, 2);
    const utf8 = Buffer.byteLength(text);
    const rounds = smoke ? 1 : bytes >= 64 * MiB ? 2 : 3;
    /** @type {import('../lib/measure.mjs').Contestant<string>[]} */
    const contestants = [
      { name: 'mamori', fn: (t) => m.redact(t).text, error: mamoriError },
      { name: 'regex', fn: (t) => regex.redact(t).text, error: null },
    ];
    let res;
    try {
      res = timeEach(contestants, text, { rounds });
    } catch (e) {
      // e.g. a RangeError for input over the module's limit: reported, not fatal.
      res = [{ name: 'mamori', error: `error: ${/** @type {Error} */ (e).message}`.slice(0, 100), value: null }, timeEach([contestants[1]], text, { rounds })[0]];
    }
    const [mm, rr] = res;
    rows.push({
      bytes: utf8, units: text.length,
      mamoriMs: mm.value, mamoriMsPerMiB: mm.value == null ? null : mm.value / (utf8 / MiB), error: mm.error,
      regexMs: rr.value, regexMsPerMiB: rr.value == null ? null : rr.value / (utf8 / MiB),
    });
  }
  return rows;
}

export { median, now, consume };
