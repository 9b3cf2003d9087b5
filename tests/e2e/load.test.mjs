// The receiver under load and through a crash, on loopback only:
//   - 2,000 submissions from 50 concurrent clients: every 201 has exactly one inbox
//     line, with the data of its own request; no torn or interleaved lines; no 5xx;
//   - SIGKILL in the middle of a run, then a restart: no acknowledged record is lost,
//     and a torn last line is set aside at start (never parsed as data), with a log
//     line that says so;
//   - the logs carry receipts and error codes, never a field's contents.
// No wall-clock pass/fail conditions: the runs are bounded by their request counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startReceiver } from './helpers.mjs';
import { Inbox } from '../../server/inbox.mjs';
import { setAsideTornLine } from '../../server/recover.mjs';

const MY_NUMBER = '1234 5678 9018'; // valid check digit
const MY_NUMBER_DIGITS = '123456789018';

const NAMES = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健', '伊藤 さくら', '渡辺 翔'];

/** Form number `i`: mostly valid (some with a My Number to mask), every 10th invalid. */
function form(i) {
  const tag = `照会番号 ${String(i).padStart(5, '0')}`;
  if (i % 10 === 9) {
    // No name: a 422.
    return { valid: false, tag, form: { inquiryType: 'その他', name: '', phone: '03-1234-5678', email: '', body: `${tag} について` } };
  }
  const body = i % 3 === 0
    ? `個人情報の開示等請求\n本人です。保有個人データの開示を請求します。\n${tag}\nマイナンバーは ${MY_NUMBER} です`
    : `サービスについての質問です。\n${tag}`;
  return {
    valid: true,
    tag,
    form: { inquiryType: 'その他', name: NAMES[i % NAMES.length], phone: '090-1234-5678', email: `user${i}@example.com`, body },
  };
}

async function post(url, body, headers = { 'content-type': 'application/json' }) {
  const res = await fetch(new URL('api/contact', url), { method: 'POST', headers, body });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the assertions below report it.
  }
  return { status: res.status, json, text };
}

/**
 * Sends forms `from`..`to`-1 with `clients` concurrent workers. Stops taking new work
 * when `stop()` is true; `onOutcome` sees each outcome as it comes. Returns them all:
 * { i, status, receipt, text } or { i, error }.
 */
async function load(url, { from = 0, to, clients = 50, stop = () => false, onOutcome = () => {} }) {
  const outcomes = [];
  let next = from;
  async function worker() {
    while (next < to && !stop()) {
      const i = next++;
      const { form: f } = form(i);
      try {
        const r = await post(url, JSON.stringify(f));
        outcomes.push({ i, status: r.status, receipt: r.json?.receipt, text: r.text });
      } catch (error) {
        outcomes.push({ i, error });
      }
      onOutcome(outcomes.at(-1));
    }
  }
  await Promise.all(Array.from({ length: clients }, worker));
  return outcomes;
}

/** The inbox file: every line complete JSON; returns the records. */
async function readInbox(file) {
  const text = await readFile(file, 'utf8');
  assert.ok(text === '' || text.endsWith('\n'), 'the inbox ends with a complete line');
  const lines = text.split('\n').slice(0, -1);
  return lines.map((line, n) => {
    try {
      return JSON.parse(line);
    } catch {
      assert.fail(`inbox line ${n + 1} is not one JSON record (torn or interleaved): ${line.slice(0, 80)}…`);
    }
  });
}

/** Every acknowledged receipt has exactly one line, and that line is its own form's. */
function assertAcknowledgedStored(records, acknowledged) {
  const byReceipt = new Map();
  for (const r of records) {
    assert.equal(typeof r.receipt, 'string', 'every record has a receipt');
    assert.ok(!byReceipt.has(r.receipt), `receipt ${r.receipt} is stored twice`);
    byReceipt.set(r.receipt, r);
  }
  for (const { i, receipt } of acknowledged) {
    const record = byReceipt.get(receipt);
    assert.ok(record, `form ${i} was acknowledged (${receipt}) but is not in the inbox`);
    const { tag, form: sent } = form(i);
    assert.ok(record.body.includes(tag), `the record of ${receipt} holds another form's body`);
    assert.equal(record.email, sent.email, `the record of ${receipt} holds another form's e-mail`);
    assert.ok(!record.body.includes(MY_NUMBER) && !record.body.includes(MY_NUMBER_DIGITS), 'the body is masked');
  }
  return byReceipt;
}

test('2,000 submissions from 50 concurrent clients: one inbox line per 201, nothing torn, no 5xx', { timeout: 600_000 }, async () => {
  const receiver = await startReceiver();
  try {
    const outcomes = await load(receiver.url, { to: 2000 });
    assert.equal(outcomes.length, 2000);
    const failed = outcomes.filter((o) => o.error);
    assert.deepEqual(failed.map((o) => `${o.i}: ${o.error}`), [], 'every request was answered');
    const serverErrors = outcomes.filter((o) => o.status >= 500);
    assert.deepEqual(serverErrors.map((o) => `${o.i}: ${o.status} ${o.text}`), []);
    for (const o of outcomes) {
      assert.equal(o.status, form(o.i).valid ? 201 : 422, `form ${o.i}`);
    }
    const acknowledged = outcomes.filter((o) => o.status === 201);
    assert.equal(acknowledged.length, 1800);
    assert.equal(new Set(acknowledged.map((o) => o.receipt)).size, 1800, 'receipts are unique');
    const records = await readInbox(receiver.inboxFile);
    assert.equal(records.length, acknowledged.length, 'exactly one line per 201');
    assertAcknowledgedStored(records, acknowledged);
    const { stdout, stderr } = receiver.output();
    assert.ok(!/ 5\d\d /.test(stderr), 'no 5xx in the log');
    assert.ok(!(stdout + stderr).includes(MY_NUMBER), 'no My Number in the logs');
  } finally {
    await receiver.dispose();
  }
});

test('SIGKILL mid-run loses no acknowledged record; a torn last line is set aside at start', { timeout: 600_000 }, async () => {
  const victim = await startReceiver();
  const { dataDir, inboxFile } = victim;
  let second;
  try {
    // SIGKILL once 400 submissions are acknowledged, with up to 50 in flight.
    let acked = 0;
    let killed = null;
    const outcomes = await load(victim.url, {
      to: 2000,
      stop: () => killed !== null,
      onOutcome: (o) => {
        if (o.status === 201 && ++acked === 400) killed = victim.stop('SIGKILL');
      },
    });
    assert.ok(killed, 'the receiver was killed mid-run');
    assert.equal((await killed).signal, 'SIGKILL');
    const acknowledged = outcomes.filter((o) => o.status === 201);
    assert.ok(acknowledged.length >= 400);
    assert.ok(outcomes.length < 2000, 'the run was cut short');
    assert.deepEqual(outcomes.filter((o) => o.status >= 500).map((o) => o.i), [], 'no 5xx before the crash');

    // A crash in the middle of a write leaves the start of a line; make sure of one.
    const torn = JSON.stringify({ receipt: 'TORN', body: `マイナンバーは ${MY_NUMBER}` }).slice(0, 40);
    await appendFile(inboxFile, torn);

    second = await startReceiver({ dataDir });
    // Set aside before the receiver answers anything, with a log line that says so
    // (and does not quote it).
    // (stderr and stdout are separate pipes: the line may arrive after the URL.)
    for (let i = 0; i < 100 && !/torn|quarantin/i.test(second.output().stderr); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const { stdout, stderr } = second.output();
    assert.match(stderr, /torn|quarantin/i, 'the start says it set a torn line aside');
    assert.ok(!(stdout + stderr).includes(torn), 'the log does not quote the torn line');
    const files = await readdir(dataDir);
    const quarantine = files.filter((f) => f !== 'inbox.jsonl');
    assert.equal(quarantine.length, 1, `one quarantine file: ${files}`);
    assert.ok((await readFile(path.join(dataDir, quarantine[0]), 'utf8')).includes(torn));

    let records = await readInbox(inboxFile);
    assert.ok(!records.some((r) => r.receipt === 'TORN'));
    assertAcknowledgedStored(records, acknowledged);

    // The restarted receiver appends whole lines after the set-aside fragment.
    const after = await load(second.url, { from: 2000, to: 2200, clients: 20 });
    assert.deepEqual(after.filter((o) => o.error || o.status >= 500).map((o) => o.i), []);
    records = await readInbox(inboxFile);
    assertAcknowledgedStored(records, [...acknowledged, ...after.filter((o) => o.status === 201)]);
  } finally {
    await second?.dispose();
    await victim.dispose();
  }
});

test('the logs carry receipts and error codes, never field contents', { timeout: 120_000 }, async () => {
  const receiver = await startReceiver();
  try {
    const secrets = {
      name: '秘密 花子',
      phone: '080-2468-1357',
      email: 'hanako.secret@example.com',
      myNumber: MY_NUMBER,
    };
    const body = `個人情報の開示等請求\n本人です。保有個人データの開示を請求します。\nマイナンバーは ${secrets.myNumber} です`;
    const good = { inquiryType: 'その他', name: secrets.name, phone: secrets.phone, email: secrets.email, body };
    const ok = await post(receiver.url, JSON.stringify(good));
    assert.equal(ok.status, 201);
    // A form with errors, a body that is not JSON, one that is too large, a field
    // that is not a string: each quotes the secrets.
    const invalid = await post(receiver.url, JSON.stringify({ ...good, phone: `${secrets.myNumber}` }));
    assert.equal(invalid.status, 422);
    const broken = await post(receiver.url, `{"name": "${secrets.name}", "body": "${secrets.myNumber}`);
    assert.equal(broken.status, 400);
    const large = await post(receiver.url, JSON.stringify({ ...good, body: `${body}\n${'あ'.repeat(70_000)}` }));
    assert.equal(large.status, 413);
    const typed = await post(receiver.url, JSON.stringify({ ...good, body: [secrets.myNumber] }));
    assert.equal(typed.status, 400);

    const { stdout, stderr } = receiver.output();
    const logs = stdout + stderr;
    assert.ok(logs.includes(ok.json.receipt), 'the receipt is logged');
    assert.match(logs, /422/);
    for (const [what, secret] of Object.entries({ ...secrets, myNumberDigits: MY_NUMBER_DIGITS })) {
      assert.ok(!logs.includes(secret), `the log holds the ${what}`);
    }
    const inbox = await readFile(receiver.inboxFile, 'utf8');
    assert.ok(!inbox.includes(secrets.myNumber) && !inbox.includes(MY_NUMBER_DIGITS), 'the inbox holds the My Number');
    assert.equal(inbox.split('\n').length - 1, 1, 'only the accepted form is stored');
  } finally {
    await receiver.dispose();
  }
});

test('setAsideTornLine: only what follows the last newline is set aside, byte for byte', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mamori-torn-'));
  const file = path.join(dir, 'inbox.jsonl');
  const torn = path.join(dir, 'inbox.torn');
  const logs = [];
  const log = (line) => logs.push(line);
  try {
    assert.equal(await setAsideTornLine(file, log), 0, 'no inbox yet');
    await writeFile(file, '');
    assert.equal(await setAsideTornLine(file, log), 0, 'an empty inbox');
    await writeFile(file, '{"a":1}\n{"b":2}\n');
    assert.equal(await setAsideTornLine(file, log), 0, 'complete lines');
    assert.deepEqual(logs, []);

    // A fragment longer than the chunk the search reads backwards, with multi-byte
    // characters cut in the middle.
    const fragment = Buffer.concat([Buffer.from('{"body":"' + 'あ'.repeat(40_000)), Buffer.from('い').subarray(0, 2)]);
    await appendFile(file, fragment);
    assert.equal(await setAsideTornLine(file, log), fragment.length);
    assert.equal(await readFile(file, 'utf8'), '{"a":1}\n{"b":2}\n');
    assert.deepEqual(await readFile(torn), Buffer.concat([fragment, Buffer.from('\n')]));
    assert.equal(logs.length, 1);
    assert.match(logs[0], /torn/);
    assert.ok(!logs[0].includes('あ'), 'the log does not quote the fragment');

    // A file with no newline at all is one torn line; a second crash adds to inbox.torn.
    await writeFile(file, '{"c":');
    assert.equal(await setAsideTornLine(file, log), 5);
    assert.equal(await readFile(file, 'utf8'), '');
    assert.ok((await readFile(torn, 'utf8')).endsWith('\n{"c":\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('Inbox: a write that fails half way is cut off, and the next line starts clean', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mamori-inbox-'));
  const inbox = new Inbox(dir);
  try {
    await inbox.append({ n: 1 });
    // The disk fills up after part of the next line.
    const handle = inbox.handle;
    const write = handle.write.bind(handle);
    handle.write = async (buffer, offset, length) => {
      await write(buffer, offset, Math.min(length, 7));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    await assert.rejects(inbox.append({ n: 2, body: 'x'.repeat(100) }), { code: 'ENOSPC' });
    handle.write = write;
    await inbox.append({ n: 3 });
    assert.equal(await readFile(path.join(dir, 'inbox.jsonl'), 'utf8'), '{"n":1}\n{"n":3}\n');

    // When even the cut fails, the inbox refuses to append inside a line.
    handle.write = async (buffer, offset, length) => {
      await write(buffer, offset, Math.min(length, 3));
      throw Object.assign(new Error('i/o error'), { code: 'EIO' });
    };
    const truncate = handle.truncate.bind(handle);
    handle.truncate = async () => {
      throw Object.assign(new Error('i/o error'), { code: 'EIO' });
    };
    await assert.rejects(inbox.append({ n: 4 }), { code: 'EIO' });
    handle.write = write;
    handle.truncate = truncate;
    await assert.rejects(inbox.append({ n: 5 }), { code: 'EINBOXTORN' });
    // What a restart does: the torn start of line 4 is set aside.
    await inbox.close();
    assert.equal(await setAsideTornLine(path.join(dir, 'inbox.jsonl'), () => {}), 3);
    assert.equal(await readFile(path.join(dir, 'inbox.jsonl'), 'utf8'), '{"n":1}\n{"n":3}\n');
  } finally {
    await inbox.close();
    await rm(dir, { recursive: true, force: true });
  }
});
