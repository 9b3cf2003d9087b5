// The JavaScript package as an oracle for the Python tests: reads requests, one JSON
// object a line, calls the built npm package (pkg/, `node scripts/build.mjs`) for
// each, and writes one JSON line per request, in order:
//   {"op": "redact", "text": "...", "options": {...}}         -> {"value": {text, findings}}
//   {"op": "normalize", "text": "...", "profile": "kana"}     -> {"value": "..."}
//   {"op": "parsePhone", "input": "..."}                       -> {"value": {...}}
//   {"op": "validateForm" | "prepareSubmission", "form": {...}, "options": {...}}
// A call that throws gives {"error": {"name", "message", "code"}}. Offsets are the
// package's own: UTF-16 code units. A text may be null: the answer is then null, as
// the Python column helpers give.
//   node tests/python/js_oracle.mjs requests.jsonl answers.jsonl
import { createRequire } from 'node:module';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const m = createRequire(import.meta.url)(path.join(root, 'pkg') + '/');
const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node tests/python/js_oracle.mjs requests.jsonl answers.jsonl');
  process.exit(2);
}

function call(req) {
  switch (req.op) {
    case 'redact':
      return req.text === null ? null : m.redact(req.text, req.options);
    case 'normalize':
      return m.normalize(req.text, req.profile);
    case 'parsePhone':
      return m.parsePhone(req.input);
    case 'validateForm':
      return m.validateForm(req.form, req.options);
    case 'prepareSubmission':
      return m.prepareSubmission(req.form, req.options);
    case 'kinds':
      return m.kinds();
    case 'formFields':
      return m.formFields();
    case 'version':
      return m.version();
    default:
      throw new Error(`unknown op ${req.op}`);
  }
}

const out = createWriteStream(output);
const lines = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line) continue;
  let answer;
  try {
    answer = { value: call(JSON.parse(line)) };
  } catch (e) {
    answer = { error: { name: e?.name ?? 'Error', message: String(e?.message ?? e), code: e?.code ?? null } };
  }
  if (!out.write(JSON.stringify(answer) + '\n')) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
