// The benchmark harness keeps working: `node bench/run.mjs --smoke` runs one tiny
// iteration of every row (size, start-up in Node and Chromium, parsePhone,
// validateForm, redact, the boundary, scaling) against the built package, writes
// nothing, and exits 0. Slow numbers never fail it; broken bench code does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const outputs = ['RESULTS.md', 'results.json'].map((f) => path.join(root, 'bench', f));
const stamp = () => outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : null));

test('bench --smoke runs every row and writes nothing', { timeout: 120_000 }, () => {
  const before = stamp();
  const r = spawnSync(process.execPath, [path.join(root, 'bench', 'run.mjs'), '--smoke', '--print'], {
    cwd: root, encoding: 'utf8', timeout: 110_000,
  });
  assert.equal(r.status, 0, `bench --smoke failed:\n${r.stderr}`);
  for (const row of ['size', 'startupNode', 'startupBrowser', 'phone', 'form', 'redact', 'boundary', 'scaling']) {
    assert.match(r.stderr, new RegExp(`\\] ${row} done in`), `row ${row} ran`);
  }
  // The report it would write has every section, with numbers for the peers.
  for (const heading of ['## Targets', '## Size', '## Start-up in Node', '## Start-up in Chromium', '## parsePhone',
    '## validateForm', '## redact', '## JS↔WASM boundary', '## Scaling', '## Where mamori loses']) {
    assert.ok(r.stdout.includes(heading), `report has "${heading}"`);
  }
  assert.match(r.stdout, /\| libphonenumber-js \(max\) \| [\d,]+ \|/, 'a peer rate is a number');
  assert.match(r.stdout, /\| \*\*mamori\*\* \(wasm \+ JS glue\) \| [\d.]+ KiB \|/, 'mamori size is measured');
  assert.deepEqual(stamp(), before, 'smoke mode writes no result files');
});
