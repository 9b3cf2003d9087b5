// The command-line peer of `mamori redact`: what a developer would script instead, a
// JSONL stream read line by line, each record's `body` masked by the hand-written
// regex redactor (bench/peers/regex-redactor.mjs), the record written back.
//   node bench/peers/regex-cli.mjs < in.jsonl > out.jsonl
import { createInterface } from 'node:readline';
import { redact } from './regex-redactor.mjs';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let out = [];
let size = 0;
for await (const line of lines) {
  let text = line;
  if (line.trim()) {
    const record = JSON.parse(line);
    if (typeof record.body === 'string') {
      const masked = redact(record.body).text;
      if (masked !== record.body) {
        record.body = masked;
        text = JSON.stringify(record);
      }
    }
  }
  out.push(text);
  size += text.length;
  if (size > 1 << 20) {
    if (!process.stdout.write(out.join('\n') + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    out = [];
    size = 0;
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
