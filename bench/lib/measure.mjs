// Timing helpers. Every comparison runs its contestants in alternating rounds
// (A B C, A B C, …) so that noise from other work on the machine falls on all of
// them alike, and reports the median round.
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();

export function median(xs) {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The q-quantile (0..1) of `xs`, nearest rank. */
export function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** Sink for results, so that the engine cannot drop the work being timed. */
export let sink = 0;
export function consume(v) {
  sink = (sink + (typeof v === 'object' && v ? 1 : v ? 2 : 3)) | 0;
}

/**
 * Calls per second of each contestant over `inputs`. Each round calls a contestant
 * on the inputs, cycling, until `roundMs` has passed; the median of `rounds` rounds
 * counts. `contestants`: [{ name, fn }]; a contestant whose first call throws is
 * reported with its error instead of a number.
 */
export function callsPerSecond(contestants, inputs, { rounds = 5, roundMs = 300, warmupMs = 100 } = {}) {
  const live = contestants.filter((c) => !c.error);
  for (const c of live) c.samples = [];
  // Warm-up: lets the JIT settle and the wasm code tier up.
  for (const c of live) loop(c.fn, inputs, warmupMs);
  for (let r = 0; r < rounds; r++) {
    for (const c of live) {
      const { calls, ms } = loop(c.fn, inputs, roundMs);
      c.samples.push((calls * 1000) / ms);
    }
  }
  return contestants.map((c) => ({ name: c.name, error: c.error, value: c.error ? null : median(c.samples) }));
}

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
 */
export function latencies(contestants, inputs, { passes = 20, warmup = 2 } = {}) {
  const live = contestants.filter((c) => !c.error);
  for (const c of live) c.samples = [];
  for (let p = 0; p < warmup; p++) for (const c of live) for (const x of inputs) consume(c.fn(x));
  for (let p = 0; p < passes; p++) {
    for (const x of inputs) {
      for (const c of live) {
        const t0 = now();
        consume(c.fn(x));
        c.samples.push((now() - t0) * 1000);
      }
    }
  }
  return contestants.map((c) => ({
    name: c.name, error: c.error,
    median: c.error ? null : median(c.samples),
    p99: c.error ? null : quantile(c.samples, 0.99),
  }));
}

/**
 * Wall time (ms) of one call of each contestant on one big input, median of `rounds`
 * alternating rounds.
 */
export function timeEach(contestants, input, { rounds = 3 } = {}) {
  const live = contestants.filter((c) => !c.error);
  for (const c of live) c.samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of live) {
      const t0 = now();
      consume(c.fn(input));
      c.samples.push(now() - t0);
    }
  }
  return contestants.map((c) => ({ name: c.name, error: c.error, value: c.error ? null : median(c.samples) }));
}

/**
 * Runs `fn(input)` once to see whether it works. Returns null, or a short reason
 * ("not implemented" for the engine's not_implemented errors).
 */
export function probe(fn, input) {
  try {
    fn(input);
    return null;
  } catch (e) {
    return reason(e);
  }
}

export function reason(e) {
  if (e && (e.code === 'not_implemented' || /not implemented/i.test(String(e.message)))) return 'not implemented';
  return `error: ${String((e && e.message) || e).slice(0, 80)}`;
}
