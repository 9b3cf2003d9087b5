// redact of the built package on 1,242 texts written for it by eight writers who
// had not seen the engine nor the corpora (tests/fixtures/redact-unseen.jsonl; ids
// by writer): letters and phone memos (a…), exports, chats and romaji (b…),
// transcripts, handover notes and quoted mails (c…), back-office documents full of
// look-alikes (d…), pharmacy and clinic notes with OCR pastes (e…), phone and chat
// messages with voice-input slips (f…), tables, CSV, JSON, HTML, logs and SQL
// (g…), and money and identity documents among adversarial look-alikes (h…). Same
// record format and scoring as the corpora: a letter or digit inside a span left
// unchanged is leaked; a changed one outside the spans is over-masked. The records
// that still leak are listed, each with the layout it is; any other leak fails, as
// does more over-masking than measured.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { redact } = require(path.resolve('pkg') + '/');

/** @type {{ id: string, text: string, spans: { kind: string, start: number, end: number }[], kinds: string[] }[]} */
const records = readFileSync(path.resolve('tests/fixtures/redact-unseen.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

/** The records that still leak, and why. */
const KNOWN = new Map([
  ['b137', 'a Vietnamese label (so tai khoan)'],
  ['c013', 'a 記号 said after fillers (記号のところは、えー、江戸川って)'],
  ['c028', 'a list of people\'s numbers after one 番号 (主人816000、わたし906890)'],
  ['c056', 'a handover\'s change line (→新）組合 06138218 / 9730-85959)'],
  ['c141', 'residents\' numbers listed under a mail\'s subject'],
  ['c154', 'a 記号 said after fillers (記号が、えー、漢字で杉並)'],
  ['d107', 'an INSERT whose column names stand on the line above its values'],
  ['d117', 'an INSERT whose column names stand on the line above its values'],
  ['d138', 'a fixed-width listing whose rule of dashes draws no columns'],
  ['d141', 'a value split over a Markdown row\'s cells (| 個人番号 | 9197 | 3446 | 9258 |)'],
  ['e052', 'a card read by OCR one character a line (公⏎費⏎負⏎担⏎者⏎番⏎号⏎54130067)'],
  ['g044', 'HTML cells one a line, their columns said after them with one that names nothing (氏名)'],
]);

const alnum = /[\p{L}\p{N}]/u;

test('the texts of writers who had not seen the engine leak only where listed, and over-mask little', () => {
  const leaking = [];
  let over = 0;
  let other = 0;
  for (const r of records) {
    const out = redact(r.text, { kinds: r.kinds }).text;
    assert.equal(out.length, r.text.length, r.id);
    const inSpan = new Array(r.text.length).fill(false);
    for (const s of r.spans) for (let i = s.start; i < s.end; i++) inSpan[i] = true;
    let leaked = 0;
    for (let i = 0; i < r.text.length; i++) {
      if (!alnum.test(r.text[i])) continue;
      const changed = out[i] !== r.text[i];
      if (inSpan[i] && !changed) leaked++;
      if (!inSpan[i]) {
        other++;
        if (changed) over++;
      }
    }
    if (leaked) leaking.push(r.id);
  }
  const unexpected = leaking.filter((id) => !KNOWN.has(id));
  assert.deepEqual(unexpected, [], `leaks outside the known ones: ${unexpected.join(', ')}`);
  // Measured: 0.64 % of the other letters and digits (most of it: a card's number
  // column of a point-card export, masked since its header says card; ゆうちょ's
  // 記号 and 番号; 雇用保険's 被保険者番号).
  assert.ok(over / other <= 0.007, `over-masked ${((100 * over) / other).toFixed(2)} %`);
});
