// The contact form in headless Chromium, driven as a person would: typing full-width
// digits, pasting an insurance number into the message, fixing a near-miss first line
// with one click, using the keyboard alone. What leaves the browser and what the inbox
// stores must hold no raw sensitive number. axe-core checks each state; a screenshot of
// each state goes to tests/e2e/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, launchBrowser, mamori, screenshot, startReceiver } from './helpers.mjs';

/** The sensitive numbers typed into the message, and their digits. */
const INSURER_TYPED = '０１１３００１２';
const MY_NUMBER_TYPED = '1234 5678 9018';
const RAW_DIGITS = ['01130012', '123456789018'];

/** Digits of `text`, full-width ones folded to ASCII, everything else dropped. */
const digitsOf = (text) =>
  text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

/** @param {string} text @param {string} where */
function assertNoRawNumber(text, where) {
  assert.ok(!text.includes(INSURER_TYPED) && !text.includes(MY_NUMBER_TYPED), `${where}: a number as typed`);
  for (const n of RAW_DIGITS) assert.ok(!digitsOf(text).includes(n), `${where}: ${n} is not masked`);
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page, selector, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the contact form', () => {
  /** @type {Awaited<ReturnType<typeof startReceiver>>} */
  let r;
  /** @type {import('playwright-core').Browser} */
  let browser;
  before(async () => {
    r = await startReceiver();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await r?.dispose();
  });

  /**
   * A fresh page on the form, ready to type in. Records page errors, dialogs, CSP
   * violations and every request that leaves the browser.
   */
  async function openForm({ width = 1280, height = 900 } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ja-JP' });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`); });
    page.on('request', (req) => requests.push(req));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations = [...(window.__cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
      });
    });
    await page.goto(r.url);
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const done = async () => {
      const csp = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      await context.close();
      assert.deepEqual([...problems, ...csp], [], 'no page errors, dialogs or CSP violations');
      for (const req of requests) assert.ok(req.url().startsWith(r.url), `request stays on the origin: ${req.url()}`);
    };
    return { page, requests, done };
  }

  test('a person sends a disclosure request with an insurance number in it', async () => {
    const { page, requests, done } = await openForm();

    // Empty.
    await assertAccessible(page, 'empty');
    await screenshot(page, '01-empty');

    // Submitting the empty form: the summary takes focus and links to each field.
    await page.click('#submit');
    await page.waitForSelector('#error-summary:not([hidden])');
    assert.equal(await focusedId(page), 'error-summary');
    const links = await page.$$eval('#error-summary a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    assert.ok(links.length >= 3, JSON.stringify(links));
    for (const { href, text } of links) {
      assert.match(href, /^#f-(inquiryType|name|phone|email|body)$/);
      assert.ok(text.length > 0);
    }
    for (const field of ['name', 'body']) {
      const state = await page.$eval(`#f-${field}`, (el) => ({
        invalid: el.getAttribute('aria-invalid'),
        describedby: el.getAttribute('aria-describedby'),
        custom: el.validity.customError,
        message: el.validationMessage,
        error: document.getElementById(`${el.id}-error`)?.textContent ?? '',
      }));
      assert.equal(state.invalid, 'true', field);
      assert.ok(state.describedby.split(' ').includes(`f-${field}-error`), field);
      assert.ok(state.custom, `${field}: setCustomValidity`);
      assert.ok(state.message.length > 0 && state.error.length > 0, field);
    }
    assert.equal(await page.$eval('#contact', (f) => f.checkValidity()), false);
    await page.click('#error-summary a[href="#f-name"]');
    assert.equal(await focusedId(page), 'f-name');
    await assertAccessible(page, 'errors shown');
    await screenshot(page, '02-errors');

    // Typing as a person: a full-width phone number, a near-miss first line, and an
    // insurance number and a My Number pasted into the message.
    await page.selectOption('#f-inquiryType', 'ご利用中のサービスについて');
    await page.locator('#f-name').pressSequentially('山田　太郎');
    await page.locator('#f-phone').pressSequentially('０９０－１２３４－５６７８');
    await page.locator('#f-body').pressSequentially(
      `個人情報開示請求\n本人として請求します。\n請求内容：保有個人データの開示を請求します。\n保険者番号：${INSURER_TYPED}\nマイナンバーは ${MY_NUMBER_TYPED} です。`,
    );
    // Live checks (debounced): the one-click fix and the masking notice appear.
    await page.waitForSelector('#f-body-fix:not([hidden])');
    await page.waitForFunction(() => (document.getElementById('f-body-masked')?.textContent ?? '') !== '');
    assert.equal(await page.getAttribute('#f-body-masked', 'aria-live'), 'polite');
    assert.ok((await page.getAttribute('#f-body', 'aria-describedby')).split(' ').includes('f-body-masked'));
    assert.equal(await page.$eval('#f-phone', (el) => el.validity.valid), true, 'the full-width phone is valid');
    await assertAccessible(page, 'live checks');
    await screenshot(page, '03-live-checks');

    // The one-click fix: first line and type, in one go.
    await page.click('#f-body-fix-button');
    assert.ok((await page.inputValue('#f-body')).startsWith('個人情報の開示等請求\n'));
    assert.equal(await page.inputValue('#f-inquiryType'), 'その他');
    await page.waitForSelector('#f-body-fix', { state: 'hidden' });
    assert.equal(await focusedId(page), 'f-body');

    // Confirmation: exactly the masked payload.
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    assert.equal(await focusedId(page), 'confirm-title');
    const shown = Object.fromEntries(await page.$$eval('[data-confirm]', (cells) => cells.map((c) => [c.dataset.confirm, c.textContent])));
    assertNoRawNumber(shown.body, 'confirmation');
    assert.equal(shown.phone, '090-1234-5678');
    assert.equal(shown.inquiryType, 'その他');
    assert.equal(await page.isVisible('#confirm-masked'), true);
    const marks = await page.$$eval('[data-confirm="body"] .masked', (els) => els.map((e) => e.textContent));
    assert.ok(marks.length >= 2 && marks.every((m) => /^[*＊\s-]+$/.test(m)), `masked parts marked: ${marks}`);
    assert.match(await page.textContent('#confirm-disclosure'), /開示/);
    await assertAccessible(page, 'confirmation');
    await screenshot(page, '04-confirmation');

    // Sending: the request body holds no raw number, and is what the confirmation showed.
    await page.click('[data-action="send"]');
    await page.waitForFunction(() => (document.querySelector('[data-receipt]')?.textContent ?? '') !== '');
    const posts = requests.filter((q) => q.method() === 'POST');
    assert.equal(posts.length, 1);
    assert.equal(new URL(posts[0].url()).pathname, '/api/contact');
    const sent = JSON.parse(posts[0].postData() ?? '');
    assertNoRawNumber(posts[0].postData() ?? '', 'request body');
    for (const [field, value] of Object.entries(sent)) {
      assert.equal(value === '' ? '（未入力）' : value, shown[field], `${field}: sent as shown`);
    }
    const receipt = await page.textContent('[data-receipt]');
    assert.equal(await focusedId(page), 'done-title');

    // The inbox: the same receipt, no raw number.
    const line = (await r.inbox()).find((l) => l.receipt === receipt);
    assert.ok(line, 'the shown receipt is in the inbox');
    assertNoRawNumber(JSON.stringify(line), 'inbox line');
    assert.equal(line.body, sent.body, 'the receiver stores what the browser sent');
    assert.equal(line.name, mamori.normalize('山田　太郎', 'name'));
    await assertAccessible(page, 'sent');
    await screenshot(page, '05-sent');
    await done();
  });

  test('the disclosure helper writes a request that mamori reads', async () => {
    const { page, done } = await openForm();
    await page.click('#helper-toggle');
    assert.equal(await page.getAttribute('#helper-toggle', 'aria-expanded'), 'true');
    assert.equal(await page.inputValue('#f-inquiryType'), 'その他');
    assert.ok((await page.inputValue('#f-body')).startsWith('個人情報の開示等請求\n'));
    await page.getByLabel('開示', { exact: true }).check();
    await page.getByLabel('第三者提供記録の開示').check();
    await page.getByLabel('本人', { exact: true }).check();
    const body = await page.inputValue('#f-body');
    assert.match(body, /^個人情報の開示等請求\n/);
    assert.match(body, /本人/);
    assert.match(body, /第三者提供記録の開示/);

    // The person's own words go after the generated text; ticking again keeps them.
    await page.locator('#f-body').press('ControlOrMeta+End');
    await page.locator('#f-body').pressSequentially('登録されている連絡先の情報を確認したいです。');
    await page.getByLabel('利用目的の通知').check();
    const updated = await page.inputValue('#f-body');
    assert.match(updated, /利用目的の通知/);
    assert.match(updated, /登録されている連絡先の情報を確認したいです。$/);

    await page.locator('#f-name').pressSequentially('佐藤 花子');
    await page.locator('#f-phone').pressSequentially('03-1234-5678');
    await assertAccessible(page, 'helper open');
    await screenshot(page, '06-helper');

    // mamori reads the generated request: kinds and requester.
    const reading = mamori.validateForm({ inquiryType: 'その他', name: '佐藤 花子', phone: '03-1234-5678', body: updated });
    assert.equal(reading.ok, true, JSON.stringify(reading.errors));
    assert.deepEqual([...reading.disclosure.kinds].sort(), ['disclosure', 'purpose_notification', 'third_party_record_disclosure']);
    assert.equal(reading.disclosure.requester, 'self');

    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    const note = await page.textContent('#confirm-disclosure');
    assert.match(note, /利用目的の通知/);
    assert.match(note, /第三者提供記録の開示/);
    assert.match(note, /本人/);
    await done();
  });

  test('works with the keyboard alone, focus always visible', async () => {
    const { page, done } = await openForm();
    await tabTo(page, '.skip-link');
    await tabTo(page, '#helper-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue('#f-inquiryType'), 'その他');
    await page.keyboard.press('Tab'); // the first kind
    await page.keyboard.press('Tab'); // 開示
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('input[name="kind"][value="disclosure"]'), true);
    await tabTo(page, 'input[name="requester"]');
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('input[name="requester"][value="self"]'), true);
    await tabTo(page, '#f-name');
    const outline = await page.$eval('#f-name', (el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focus ring on the name field');
    await page.keyboard.type('高橋 美咲');
    await page.keyboard.press('Tab');
    await page.keyboard.type('０６－６１２３－４５６７');
    await tabTo(page, '#f-body');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('詳しくはお電話でご相談させてください。');
    await tabTo(page, '#submit');
    assert.notEqual(await page.$eval('#submit', (el) => getComputedStyle(el).outlineStyle), 'none', 'focus ring on the button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#view-confirm:not([hidden])');
    assert.equal(await focusedId(page), 'confirm-title');
    await tabTo(page, '[data-action="send"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-receipt]')?.textContent ?? '') !== '');
    assert.equal(await focusedId(page), 'done-title');
    await done();
  });

  test('an XSS payload in every field is shown as text and no script runs', async () => {
    const { page, done } = await openForm();
    const payload = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script><svg onload="window.__xss=3">';
    await page.selectOption('#f-inquiryType', 'その他');
    for (const field of ['name', 'phone', 'email', 'body']) await page.fill(`#f-${field}`, payload);
    await page.click('#submit');
    await page.waitForSelector('#error-summary:not([hidden])');
    await page.waitForTimeout(300);
    const injected = await page.evaluate(() => ({
      xss: window.__xss ?? null,
      elements: document.querySelectorAll('main img, main script, main svg').length,
    }));
    assert.deepEqual(injected, { xss: null, elements: 0 });

    // A form that passes, with the payload in the name and the message.
    await page.fill('#f-phone', '090-1234-5678');
    await page.fill('#f-email', 'hanako@example.jp');
    await page.fill('#f-body', `お問い合わせです。\n${payload}`);
    await page.click('#submit');
    const confirmed = await page.waitForSelector('#view-confirm:not([hidden]), #error-summary:not([hidden]) a[href="#f-name"]');
    if (await confirmed.evaluate((el) => el.id !== 'view-confirm')) {
      // mamori refuses these characters in a name; the message carries the payload then.
      await page.fill('#f-name', '田中 一郎');
      await page.click('#submit');
      await page.waitForSelector('#view-confirm:not([hidden])');
    }
    const body = await page.$eval('[data-confirm="body"]', (el) => ({ text: el.textContent, html: el.innerHTML, injected: el.querySelectorAll('img, script, svg').length }));
    assert.ok(body.text.includes('<img src=x onerror='), 'the payload shows as text');
    assert.equal(body.injected, 0);
    assert.ok(body.html.includes('&lt;img'));
    await screenshot(page, '07-xss-as-text');
    await page.click('[data-action="send"]');
    await page.waitForFunction(() => (document.querySelector('[data-receipt]')?.textContent ?? '') !== '');
    assert.equal(await page.evaluate(() => window.__xss ?? null), null);
    assert.equal(await page.locator('main img, main script, main svg').count(), 0);
    await done();
  });

  test('fits a 360 px screen in every state', async () => {
    const { page, done } = await openForm({ width: 360, height: 740 });
    const noSideScroll = async (state) => {
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(widths[0] <= widths[1], `${state}: page ${widths[0]} px wide on a ${widths[1]} px screen`);
    };
    await noSideScroll('empty');
    await screenshot(page, '08-mobile-empty');
    await page.click('#submit');
    await page.waitForSelector('#error-summary:not([hidden])');
    await noSideScroll('errors');
    await assertAccessible(page, 'errors, 360 px');
    await screenshot(page, '09-mobile-errors');
    await page.click('#helper-toggle');
    await page.getByLabel('消去').check();
    await page.getByLabel('代理人').check();
    await page.locator('#f-name').pressSequentially('伊藤 健');
    await page.locator('#f-phone').pressSequentially('０８０－２３４５－６７８９');
    await page.locator('#f-body').press('ControlOrMeta+End');
    await page.locator('#f-body').pressSequentially(`本人の委任を受けた代理人です。保険者番号 ${INSURER_TYPED}`);
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    await noSideScroll('confirmation');
    await assertAccessible(page, 'confirmation, 360 px');
    await screenshot(page, '10-mobile-confirmation');
    await done();
  });

  test('shows what the receiver says: its errors in the form, a failure on the send view', async () => {
    const { page, done } = await openForm();
    await page.selectOption('#f-inquiryType', 'サービス導入のご相談');
    await page.fill('#f-name', '山田 太郎');
    await page.fill('#f-email', 'taro@example.jp');
    await page.fill('#f-body', '導入について資料をいただけますか。');

    // Back to the form and forth, with the button and with the browser: nothing is lost.
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    await page.click('[data-action="back"]');
    await page.waitForSelector('#view-form:not([hidden])');
    assert.equal(await focusedId(page), 'submit');
    assert.equal(await page.inputValue('#f-body'), '導入について資料をいただけますか。');
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    await page.goBack();
    await page.waitForSelector('#view-form:not([hidden])');
    assert.equal(await page.inputValue('#f-name'), '山田 太郎');

    // 1. The receiver refuses the form (it checks again): its errors appear in the form.
    await page.route('**/api/contact', (route) => route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_form', errors: [{ field: 'email', code: 'email_invalid', message: 'メールアドレスをご確認ください。', messageEn: 'Check the e-mail address.' }] }),
    }));
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    await page.click('[data-action="send"]');
    await page.waitForSelector('#view-form:not([hidden]) #error-summary:not([hidden])');
    assert.equal(await focusedId(page), 'error-summary');
    assert.match(await page.textContent('#f-email-error'), /メールアドレスをご確認ください。/);

    // 2. The network fails: the confirmation stays, with a message, and can be sent again.
    await page.unroute('**/api/contact');
    await page.route('**/api/contact', (route) => route.abort('connectionrefused'));
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    await page.click('[data-action="send"]');
    await page.waitForSelector('#send-error:not([hidden])');
    assert.equal(await page.isEnabled('[data-action="send"]'), true);
    await assertAccessible(page, 'send failed');
    await screenshot(page, '11-send-failed');
    await page.unroute('**/api/contact');
    await page.click('[data-action="send"]');
    await page.waitForFunction(() => (document.querySelector('[data-receipt]')?.textContent ?? '') !== '');
    await done();
  });

  test('refuses to send when mamori cannot load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/pkg/web/mamori_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(r.url);
    await page.waitForSelector('#load-error:not([hidden])');
    assert.equal(await page.isDisabled('#submit'), true);
    await context.close();
  });
});
