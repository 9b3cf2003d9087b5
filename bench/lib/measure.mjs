// Timing helpers. Every comparison runs its contestants in alternating rounds
// (A B C, A B C, …) so that noise from other work on the machine falls on all of
// them alike, and reports the median round.
import { performance } from 'node:perf_hooks';

/**
 * One contender of a comparison: `fn` is called on each input. A contestant with an
 * `error` (see probe) is reported with it and never called.
 * @template I
 * @typedef {{ name: string, fn: (input: I) => unknown, error?: string | null }} Contestant
 */

export const now = () => performance.now();

/**
 * @param {readonly number[]} xs
 * @returns {number} NaN for no number
 */
export function median(xs) {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The q-quantile (0..1) of `xs`, nearest rank.
 * @param {readonly number[]} xs
 * @param {number} q
 * @returns {number}
 */
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** Sink for results, so that the engine cannot drop the work being timed. */
export let sink = 0;
/** @param {unknown} v */
export function consume(v) {
  sink = (sink + (typeof v === 'object' && v ? 1 : v ? 2 : 3)) | 0;
}

/**
 * Calls per second of each contestant over `inputs`. Each round calls a contestant
 * on the inputs, cycling, until `roundMs` has passed; the median of `rounds` rounds
 * counts. `contestants`: [{ name, fn }]; a contestant whose first call throws is
 * reported with its error instead of a number.
 * @template I
 * @param {Contestant<I>[]} contestants
 * @param {readonly I[]} inputs
 * @param {{ rounds?: number, roundMs?: number, warmupMs?: number }} [options]
 * @returns {{ name: string, error: string | null | undefined, value: number | null }[]}
 */
export function callsPerSecond(contestants, inputs, { rounds = 5, roundMs = 300, warmupMs = 100 } = {}) {
  const live = contestants.filter((c) => !c.error);
  const samples = sampleLists(live);
  // Warm-up: lets the JIT settle and the wasm code tier up.
  for (const c of live) loop(c.fn, inputs, warmupMs);
  for (let r = 0; r < rounds; r++) {
    for (const c of live) {
      const { calls, ms } = loop(c.fn, inputs, roundMs);
      samples(c).push((calls * 1000) / ms);
    }
  }
  return contestants.map((c) => ({ name: c.name, error: c.error, value: c.error ? null : median(samples(c)) }));
}

/**
 * An empty list of samples for each contestant.
 * @template I
 * @param {Contestant<I>[]} live
 * @returns {(c: Contestant<I>) => number[]} the list of `c`
 */
function sampleLists(live) {
  const lists = new Map(live.map((c) => [c, /** @type {number[]} */ ([])]));
  return (c) => /** @type {number[]} */ (lists.get(c));
}

/**
 * Calls `fn` on the inputs, cycling, until `budgetMs` has passed.
 * @template I
 * @param {(input: I) => unknown} fn
 * @param {readonly I[]} inputs
 * @param {number} budgetMs
 */
function loop(fn, inputs, budgetMs) {
  const n = inputs.length;
  let calls = 0;
  const t0 = now();
  let t = t0;
  do {
    for (let i = 0; i < n; i++) consume(fn(inputs[i]));
    calls += n;
    t = now();
  } while (t - t0 < budgetMs);
  return { calls, ms: t - t0 };
}

/**
 * Per-call latencies (µs) of each contestant over `inputs`: each call timed on its
 * own, contestants interleaved input by input. Returns median and p99 per contestant.
 * @template I
 * @param {Contestant<I>[]} contestants
 * @param {readonly I[]} inputs
 * @param {{ passes?: number, warmup?: number }} [options]
 * @returns {{ name: string, error: string | null | undefined, median: number | null, p99: number | null }[]}
 */
export function latencies(contestants, inputs, { passes = 20, warmup = 2 } = {}) {
  const live = contestants.filter((c) => !c.error);
  const samples = sampleLists(live);
  for (let p = 0; p < warmup; p++) for (const c of live) for (const x of inputs) consume(c.fn(x));
  for (let p = 0; p < passes; p++) {
    for (const x of inputs) {
      for (const c of live) {
        const t0 = now();
        consume(c.fn(x));
        samples(c).push((now() - t0) * 1000);
      }
    }
  }
  return contestants.map((c) => ({
    name: c.name, error: c.error,
    median: c.error ? null : median(samples(c)),
    p99: c.error ? null : quantile(samples(c), 0.99),
  }));
}

/**
 * Wall time (ms) of one call of each contestant on one big input, median of `rounds`
 * alternating rounds.
 * @template I
 * @param {Contestant<I>[]} contestants
 * @param {I} input
 * @param {{ rounds?: number }} [options]
 * @returns {{ name: string, error: string | null | undefined, value: number | null }[]}
 */
export function timeEach(contestants, input, { rounds = 3 } = {}) {
  const live = contestants.filter((c) => !c.error);
  const samples = sampleLists(live);
  for (let r = 0; r < rounds; r++) {
    for (const c of live) {
      const t0 = now();
      consume(c.fn(input));
      samples(c).push(now() - t0);
    }
  }
  return contestants.map((c) => ({ name: c.name, error: c.error, value: c.error ? null : median(samples(c)) }));
}

/**
 * Runs `fn(input)` once to see whether it works. Returns null, or a short reason
 * ("not implemented" for the engine's not_implemented errors).
 * @template I
 * @param {(input: I) => unknown} fn
 * @param {I} input
 * @returns {string | null}
 */
export function probe(fn, input) {
  try {
    fn(input);
    return null;
  } catch (e) {
    return reason(e);
  }
}

/**
 * A short reason for what a call threw.
 * @param {unknown} error
 * @returns {string}
 */
export function reason(error) {
  const e = /** @type {{ code?: unknown, message?: unknown } | null | undefined} */ (error);
  if (e && (e.code === 'not_implemented' || /not implemented/i.test(String(e.message)))) return 'not implemented';
  return `error: ${String((e && e.message) || e).slice(0, 80)}`;
}
