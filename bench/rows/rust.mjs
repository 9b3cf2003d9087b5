// The native micro benchmarks (bench/rust/core.rs, divan), run with `cargo bench` and
// copied into the report as divan prints them.
import { spawnSync } from 'node:child_process';
import { root } from '../lib/data.mjs';

export function rustBench() {
  const r = spawnSync('cargo', ['bench', '--quiet', '--bench', 'core'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024,
  });
  const out = (r.stdout || '').trimEnd();
  if (r.status !== 0) {
    const why = /not implemented|not yet implemented|is being built/.test(r.stderr + out) ? 'not implemented' : 'error';
    const tail = (r.stderr || '').split('\n').filter((l) => l.trim()).slice(-3).join(' / ');
    return { error: `${why}: cargo bench exited ${r.status}: ${tail}`.slice(0, 300), table: out };
  }
  return { error: null, table: out };
}
