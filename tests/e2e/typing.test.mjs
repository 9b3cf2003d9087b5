// The contact form as Japanese users really use it, on a phone and a desktop: typing
// through an input method (IME), a disclosure request written as an ordinary inquiry,
// a phone number with digits missing, a send that fails, reloading and Back, and the
// states without mamori (loading, failed to load, JavaScript off). axe-core checks each
// state; a screenshot of each goes to tests/e2e/screenshots/.
//
// Time is Playwright's fake clock (page.clock): the page's debounced checks run when the
// test advances it, so "nothing happened while composing" is a fact, not a wait.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, launchBrowser, screenshot, startReceiver } from './helpers.mjs';

/** Longer than the page's debounce: advancing the fake clock by this runs any pending check. */
const PAST_DEBOUNCE_MS = 2_000;

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the contact form, as people really type', () => {
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
   * A fresh page on the form. `clock`: install the fake clock first. Records page errors,
   * and every text written into a live region or alert (what a screen reader announces).
   */
  async function open({ width = 1280, height = 900, clock = false, ready = true, javaScriptEnabled = true, route } = {}) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'ja-JP', javaScriptEnabled });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    if (javaScriptEnabled) {
      await page.addInitScript(() => {
        window.__announced = [];
        const watch = () => {
          new MutationObserver((records) => {
            for (const rec of records) {
              const el = rec.target.nodeType === 1 ? rec.target : rec.target.parentElement;
              const region = el?.closest('[aria-live], [role="alert"]');
              if (region && region.textContent.trim() !== '') window.__announced.push(`${region.id}: ${region.textContent}`);
            }
          }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
        };
        document.addEventListener('DOMContentLoaded', watch);
      });
    }
    if (clock) await page.clock.install();
    if (route) await route(page);
    await page.goto(r.url, { waitUntil: 'commit' });
    if (ready) await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    const done = async () => {
      await context.close();
      assert.deepEqual(problems, [], 'no page errors');
    };
    return { page, context, done };
  }

  /** What live regions and alerts received since the last call. */
  const announcements = (page) => page.evaluate(() => window.__announced.splice(0));

  /** The visible signs of a judged first line: red box, fix box, inline error. */
  const bodyState = (page) => page.evaluate(() => ({
    invalid: document.getElementById('f-body').getAttribute('aria-invalid'),
    fixShown: !document.getElementById('f-body-fix').hidden,
    fixText: document.getElementById('f-body-fix-text').textContent,
  }));

  test('nothing is judged while the IME composes, nor the first line before it is finished', async () => {
    const { page, context, done } = await open({ width: 390, height: 844, clock: true });
    const cdp = await context.newCDPSession(page);
    // Composition events as Chromium's IME sends them, with input events in between.
    const compose = (text) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    const commit = (text) => cdp.send('Input.insertText', { text });
    await page.evaluate(() => {
      window.__composition = [];
      for (const type of ['compositionstart', 'compositionupdate', 'compositionend']) {
        document.getElementById('f-body').addEventListener(type, () => window.__composition.push(type));
      }
    });

    await page.click('#f-body');
    await announcements(page);
    // 「個人情報の開示」 being composed, and the person pauses.
    for (const reading of ['こ', 'こじん', 'こじんじょうほう', 'こじんじょうほうの', 'こじんじょうほうのかいじ']) await compose(reading);
    await compose('個人情報の開示');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.equal(await page.inputValue('#f-body'), '個人情報の開示', 'the composition is in the field');
    assert.deepEqual(await page.evaluate(() => [...new Set(window.__composition)]), ['compositionstart', 'compositionupdate']);
    assert.deepEqual(await bodyState(page), { invalid: null, fixShown: false, fixText: '' }, 'nothing red while composing');
    assert.deepEqual(await announcements(page), [], 'nothing announced while composing');
    await assertAccessible(page, 'IME composing, 390 px');
    await screenshot(page, '12-ime-composing-390');

    // Committed, but the first line goes on: still not judged.
    await commit('個人情報の開示');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.ok((await page.evaluate(() => window.__composition)).includes('compositionend'));
    assert.deepEqual(await bodyState(page), { invalid: null, fixShown: false, fixText: '' }, 'first line not finished');
    assert.deepEqual(await announcements(page), []);
    for (const reading of ['とう', 'とうせいきゅう']) await compose(reading);
    await compose('等請求');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.deepEqual(await bodyState(page), { invalid: null, fixShown: false, fixText: '' });
    await commit('等請求');
    await page.keyboard.press('Enter');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.equal(await page.inputValue('#f-body'), '個人情報の開示等請求\n');
    assert.deepEqual(await bodyState(page), { invalid: null, fixShown: false, fixText: '' }, 'the phrase, finished, is right');

    // A first line that stays a near miss is judged once a line break follows it…
    await page.fill('#f-body', '');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    await compose('個人情報の開示');
    await commit('個人情報の開示');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.equal((await bodyState(page)).fixShown, false);
    await announcements(page);
    await page.keyboard.press('Enter');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    const judged = await bodyState(page);
    assert.equal(judged.fixShown, true, 'judged after the line break');
    assert.equal(judged.invalid, 'true');
    assert.match(judged.fixText, /1行目/);
    assert.ok((await announcements(page)).some((a) => a.startsWith('f-body-status:')), 'announced once judged');
    await assertAccessible(page, 'first line judged, 390 px');

    // …or once the field loses focus.
    await page.fill('#f-body', '');
    await compose('個人情報開示請求');
    await commit('個人情報開示請求');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.equal((await bodyState(page)).fixShown, false);
    await page.focus('#f-email');
    await page.clock.runFor(PAST_DEBOUNCE_MS);
    assert.equal((await bodyState(page)).fixShown, true, 'judged when the field is left');
    await done();
  });

  test('a disclosure request written as an ordinary inquiry is pointed out, with a one-click fix', async () => {
    const { page, done } = await open();
    await page.selectOption('#f-inquiryType', 'お薬の配送について');
    await page.fill('#f-name', '山田 太郎');
    await page.fill('#f-phone', '090-1234-5678');
    await page.fill('#f-body', '保有個人データの開示をお願いします。');
    await page.focus('#f-email'); // leaving the message: its first line is finished
    await page.waitForSelector('#f-body-fix:not([hidden])');
    const text = await page.textContent('#f-body-fix-text');
    assert.match(text, /「その他」/);
    assert.match(text, /「個人情報の開示等請求」/);
    assert.match(await page.textContent('#f-body-fix-button'), /1行目に「個人情報の開示等請求」を入れる/);
    assert.equal(await page.getAttribute('#f-body', 'aria-invalid'), null, 'a hint, not an error');
    await assertAccessible(page, 'looks like a disclosure request');
    await screenshot(page, '13-looks-like-request');

    // Sent as it is, the confirmation says it goes as an ordinary inquiry.
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    assert.match(await page.textContent('#confirm-disclosure'), /通常のお問い合わせとして受け付けます/);
    await page.click('[data-action="back"]');
    await page.waitForSelector('#view-form:not([hidden])');

    // The fix: the phrase above the person's own words, and the type その他.
    await page.click('#f-body-fix-button');
    assert.equal(await page.inputValue('#f-body'), '個人情報の開示等請求\n保有個人データの開示をお願いします。');
    assert.equal(await page.inputValue('#f-inquiryType'), 'その他');
    await page.waitForSelector('#f-body-fix', { state: 'hidden' });
    assert.equal(await focusedId(page), 'f-body');
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
    assert.match(await page.textContent('#confirm-disclosure'), /開示等請求として受け付けます。請求の内容：開示/);
    await done();
  });

  test('a phone number with digits missing says so, with the example kept on one line', async () => {
    const { page, done } = await open({ width: 390, height: 844 });
    const phoneError = async (typed) => {
      await page.fill('#f-phone', typed);
      await page.focus('#f-email');
      await page.waitForSelector('#f-phone-error:not([hidden])');
      return page.textContent('#f-phone-error');
    };
    for (const [typed, digits] of [['090-1234-567', 11], ['０３ー１２３４ー５６７', 10]]) {
      const message = await phoneError(typed);
      assert.doesNotMatch(message, /市外局番/, typed);
      assert.match(message, /数字が足りません/, typed);
      assert.ok(message.includes(`${digits}桁`), `${typed}: ${message}`);
    }
    // Without its 0, the area code is what is missing: 例： and a number that never breaks.
    const message = await phoneError('312345678');
    assert.match(message, /市外局番から入力してください/);
    assert.match(message, /例：03-1234-5678/);
    assert.doesNotMatch(message, /例: /);
    const example = await page.$eval('#f-phone-error .nowrap', (el) => ({
      text: el.textContent, lines: el.getClientRects().length, whiteSpace: getComputedStyle(el).whiteSpace,
    }));
    assert.deepEqual(example, { text: '03-1234-5678', lines: 1, whiteSpace: 'nowrap' });
    const hint = await page.$eval('#f-phone-hint .nowrap', (el) => el.textContent);
    assert.equal(hint, '03-1234-5678');
    // Japanese fonts come before any generic family, so Latin and Japanese text match.
    const families = (await page.$eval('body', (el) => getComputedStyle(el).fontFamily)).split(',').map((f) => f.trim().replace(/"/g, ''));
    const firstGeneric = families.findIndex((f) => ['system-ui', '-apple-system', 'sans-serif', 'serif'].includes(f));
    for (const font of ['Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo']) {
      const at = families.indexOf(font);
      assert.ok(at >= 0 && at < firstGeneric, `${font} before the generic families: ${families.join(', ')}`);
    }
    await assertAccessible(page, 'phone message, 390 px');
    await screenshot(page, '14-phone-message-390');
    await done();
  });

  /** Fills a valid ordinary inquiry and goes to the confirmation. */
  async function toConfirmation(page) {
    await page.selectOption('#f-inquiryType', 'サービス導入のご相談');
    await page.fill('#f-name', '山田 太郎');
    await page.fill('#f-email', 'taro@example.jp');
    await page.fill('#f-body', '導入について資料をいただけますか。');
    await page.click('#submit');
    await page.waitForSelector('#view-confirm:not([hidden])');
  }

  test('a failed send keeps focus on its message, with a retry beside it', async () => {
    const { page, done } = await open();
    await toConfirmation(page);
    await page.route('**/api/contact', (route) => route.abort('connectionrefused'));
    await page.click('[data-action="send"]');
    await page.waitForSelector('#send-error:not([hidden])');
    assert.equal(await focusedId(page), 'send-error', 'focus on the message, not <body>');
    assert.match(await page.textContent('#send-error'), /送信できませんでした/);
    const retry = page.locator('#send-error [data-action="retry"]');
    assert.equal(await retry.isVisible(), true);
    assert.equal(await retry.isEnabled(), true);
    await assertAccessible(page, 'send failed, focus on the message');
    await screenshot(page, '15-send-failed-focus');

    // Retry with the keyboard: Tab reaches it first, Enter sends.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'retry');
    await page.unroute('**/api/contact');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('[data-receipt]')?.textContent ?? '') !== '');
    assert.equal(await focusedId(page), 'done-title');
    await done();
  });

  test('unsent work asks before a reload; after sending, Back and reload are never a dead end', async () => {
    const { page, done } = await open();
    await toConfirmation(page);

    // Reloading the confirmation asks first; staying keeps everything.
    const asked = page.waitForEvent('dialog');
    const reloading = page.reload().catch(() => {});
    const dialog = await asked;
    assert.equal(dialog.type(), 'beforeunload');
    await dialog.dismiss();
    assert.equal(await page.isVisible('#view-confirm'), true);
    assert.equal(await page.textContent('[data-confirm="name"]'), '山田　太郎');

    // Sent: no more question on leaving.
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss(); });
    await page.click('[data-action="send"]');
    await page.waitForFunction(() => (document.querySelector('[data-receipt]')?.textContent ?? '') !== '');
    const receipt = await page.textContent('[data-receipt]');

    // Back: a fresh form, at once.
    await page.goBack();
    await page.waitForSelector('#view-form:not([hidden])');
    assert.equal(await page.isVisible('#view-done'), false);
    for (const field of ['name', 'email', 'body']) assert.equal(await page.inputValue(`#f-${field}`), '', field);
    assert.equal(await focusedId(page), 'form-title');
    await assertAccessible(page, 'Back after sending');
    await screenshot(page, '16-back-after-send');

    // Forward and reload: the receipt again.
    await page.goForward();
    await page.waitForSelector('#view-done:not([hidden])');
    assert.equal(await page.textContent('[data-receipt]'), receipt);
    await page.reload();
    await page.waitForSelector('#view-done:not([hidden])');
    assert.equal(await page.textContent('[data-receipt]'), receipt);
    assert.equal(await focusedId(page), 'done-title');
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    await assertAccessible(page, 'reload after sending');
    await screenshot(page, '17-reload-after-send');
    assert.deepEqual(dialogs, [], 'nothing asked once the message went');
    await reloading;
    await done();
  });

  test('while mamori loads, the waiting controls say why', async () => {
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    const { page, done } = await open({
      ready: false,
      route: (p) => p.route('**/pkg/web/mamori_bg.wasm', async (route) => { await gate; await route.continue(); }),
    });
    await page.waitForSelector('#submit-reason', { state: 'visible' });
    for (const [control, reason] of [['#submit', 'submit-reason'], ['#helper-toggle', 'helper-reason']]) {
      assert.equal(await page.isDisabled(control), true, control);
      assert.ok((await page.getAttribute(control, 'aria-describedby')).split(' ').includes(reason), control);
      assert.match(await page.textContent(`#${reason}`), /読み込んでいます/);
      assert.equal(await page.isVisible(`#${reason}`), true);
    }
    await assertAccessible(page, 'mamori loading');
    await screenshot(page, '18-module-loading');
    release();
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
    for (const [control, reason] of [['#submit', 'submit-reason'], ['#helper-toggle', 'helper-reason']]) {
      assert.equal(await page.isEnabled(control), true, control);
      assert.equal(await page.isVisible(`#${reason}`), false, reason);
      assert.equal(await page.getAttribute(control, 'aria-describedby'), null, control);
    }
    await done();
  });

  test('when mamori cannot load, every control that needs it says so and stays disabled', async () => {
    const { page, done } = await open({
      ready: false,
      route: (p) => p.route('**/*.wasm', (route) => route.abort('failed')),
    });
    await page.waitForSelector('html[data-ready="failed"]', { state: 'attached' });
    const loadError = await page.textContent('#load-error');
    assert.match(loadError, /読み込めませんでした/);
    assert.equal(await page.isVisible('#load-error'), true);
    for (const [control, reason] of [['#submit', 'submit-reason'], ['#helper-toggle', 'helper-reason']]) {
      assert.equal(await page.isDisabled(control), true, control);
      assert.match(await page.textContent(`#${reason}`), /読み込めなかったため、使えません/, reason);
      assert.equal(await page.isVisible(`#${reason}`), true, reason);
    }
    // Typing and leaving fields changes nothing: the clear message stays as it was.
    await page.fill('#f-body', '個人情報開示請求\n開示してください。');
    await page.focus('#f-name');
    await page.click('#helper-toggle', { force: true });
    assert.equal(await page.getAttribute('#helper-toggle', 'aria-expanded'), 'false');
    assert.equal(await page.inputValue('#f-inquiryType'), '');
    assert.equal(await page.textContent('#load-error'), loadError);
    assert.equal(await page.isVisible('#f-body-fix'), false);
    await assertAccessible(page, 'mamori failed to load');
    await screenshot(page, '19-module-failed');
    await done();
  });

  test('with JavaScript off, the page says why the form cannot be used', async () => {
    const { page, done } = await open({ ready: false, javaScriptEnabled: false });
    await page.waitForLoadState('load');
    const notice = page.locator('.noscript-notice');
    assert.equal(await notice.isVisible(), true);
    const text = await notice.textContent();
    assert.match(text, /JavaScript/);
    assert.match(text, /伏せ字/);
    assert.equal(await page.isVisible('#contact'), false, 'no form that looks usable but cannot send');
    assert.equal(await page.isVisible('#submit'), false);
    await screenshot(page, '20-no-javascript');
    await done();

    // axe-core needs script, so it checks the same document as a browser without script
    // renders it: the contents of <noscript> as elements, the module script gone.
    const html = await (await fetch(r.url)).text();
    const withoutScript = html
      .replace(/<script\b[^>]*><\/script>/g, '')
      .replace(/<\/?noscript>/g, '');
    assert.notEqual(withoutScript, html);
    const context = await browser.newContext({ locale: 'ja-JP' });
    const rendered = await context.newPage();
    await rendered.route(r.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withoutScript }));
    await rendered.goto(r.url);
    assert.equal(await rendered.isVisible('.noscript-notice'), true);
    assert.equal(await rendered.isVisible('#contact'), false);
    await assertAccessible(rendered, 'JavaScript off');
    await context.close();
  });
});
