#!/usr/bin/env node
// Reads JSON strings, one a line, on stdin; writes parsePhone's answer for each, one
// JSON object a line, on stdout: { valid, type, e164, national, code }.
// Used by scripts/phone_diff.py; needs the built package (`npm run build`).
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parsePhone } = createRequire(import.meta.url)(path.join(root, 'pkg') + '/');

/** @type {string[]} */
const out = [];
const flush = () => { if (out.length) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } };
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line) continue;
  const r = parsePhone(JSON.parse(line));
  out.push(JSON.stringify({ valid: r.valid, type: r.type, e164: r.e164, national: r.national, code: r.error && r.error.code }));
  if (out.length >= 4096) flush();
}
flush();
