// The contact form: live checks through mamori, a masked confirmation, and sending.
//
// Everything a person types reaches the page only through textContent and form
// values: never as HTML.
import init, { prepareSubmission, redact, validateForm } from '/pkg/web/mamori.js';
import { createHelper } from './helper.js';
import { DISCLOSURE_KINDS, FIELD_LABELS, REQUEST_PHRASE, REQUESTERS, SENSITIVE_KINDS, joinJa } from './labels.js';
import { addRequestLine, fixFirstLine } from './request-text.js';
import { postContact } from './send.js';

/**
 * @typedef {import('/pkg/web/mamori.js').FormField} Field
 * @typedef {import('/pkg/web/mamori.js').FormIssue} FormIssue
 * @typedef {import('/pkg/web/mamori.js').NormalizedForm} NormalizedForm
 * @typedef {{ readonly errors: readonly FormIssue[], readonly warnings: readonly FormIssue[], readonly normalized?: NormalizedForm }} Checked
 *   what render shows: validateForm's result, prepareSubmission's, or the receiver's errors
 */

/** The form's fields, in page order. */
const FIELDS = /** @type {const} */ (['inquiryType', 'name', 'phone', 'email', 'body']);
/**
 * @param {unknown} name
 * @returns {name is Field}
 */
const isField = (name) => /** @type {readonly unknown[]} */ (FIELDS).includes(name);
/** How long typing must pause before the form is checked again. */
const DEBOUNCE_MS = 250;
const TITLE = document.title;

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const form = /** @type {HTMLFormElement} */ (byId('contact'));
const controls = Object.fromEntries(
  FIELDS.map((f) => [f, /** @type {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement} */ (form.elements.namedItem(f))]),
);
const views = { form: byId('view-form'), confirm: byId('view-confirm'), done: byId('view-done') };
const summary = byId('error-summary');
const summaryList = byId('error-summary-list');
const submitButton = /** @type {HTMLButtonElement} */ (byId('submit'));
const sendButton = /** @type {HTMLButtonElement} */ (document.querySelector('[data-action="send"]'));
const backButton = /** @type {HTMLButtonElement} */ (document.querySelector('[data-action="back"]'));
const retryButton = /** @type {HTMLButtonElement} */ (document.querySelector('[data-action="retry"]'));

/**
 * Fields the person has left at least once: their errors show while they type.
 * @type {Set<Field>}
 */
const touched = new Set();
/** After the first submit every error shows. */
let submitted = false;
/**
 * The payload on the confirmation view: exactly what "send" posts.
 * @type {NormalizedForm | null}
 */
let pending = null;
let timer = 0;
/** True while an input method (IME) composition is open: what shows is not yet typed. */
let composing = false;
/**
 * The disclosure-request helper, once mamori has loaded.
 * @type {ReturnType<typeof createHelper> | null}
 */
let helper = null;
/**
 * The suggestion the fix box offers now: which issue, to run the matching fix.
 * @type {FormIssue['code'] | null}
 */
let fixFor = null;

/** The form as mamori takes it: the five fields as strings. */
function readForm() {
  return Object.fromEntries(FIELDS.map((f) => [f, controls[f].value]));
}

// ---------------------------------------------------------------- rendering checks

/**
 * Shows what validateForm found. Every control gets its custom validity (so the
 * Constraint Validation API agrees with mamori); inline messages show for fields the
 * person has left, or all of them after a submit.
 * @param {Checked} result
 */
function render(result) {
  // The first line is judged once the person is past it (see firstLineFinished); until
  // then its near miss is not shown, so nothing turns red in the middle of a word.
  const settled = firstLineFinished();
  for (const field of FIELDS) {
    const errors = result.errors.filter((e) => e.field === field && (settled || e.code !== 'first_line_mismatch'));
    const control = controls[field];
    control.setCustomValidity(errors.map((e) => e.message).join('\n'));
    const show = submitted || touched.has(field);
    const box = byId(`f-${field}-error`);
    // A near-miss first line has its own box, with the fix, shown as soon as it is seen.
    const inline = errors.filter((e) => e.code !== 'first_line_mismatch');
    if (show && inline.length > 0) {
      box.replaceChildren(
        ...inline.map((e) => {
          const line = document.createElement('span');
          line.className = 'field__error-line';
          setText(line, e.message);
          return line;
        }),
      );
      box.hidden = false;
    } else {
      box.replaceChildren();
      box.hidden = true;
    }
    const mismatch = inline.length < errors.length;
    if ((show && inline.length > 0) || mismatch) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
  renderFirstLineFix(settled
    ? (result.errors.find((e) => e.code === 'first_line_mismatch')
      ?? result.warnings.find((w) => w.code === 'looks_like_disclosure_request'))
    : undefined);
  renderMaskedNotice(result);
  if (!summary.hidden) renderSummary(result.errors);
}

/**
 * Whether the first line of the message is finished, so that it may be judged: the field
 * is not being typed in, or the caret is past a line break after the first line.
 */
function firstLineFinished() {
  const body = /** @type {HTMLTextAreaElement} */ (controls.body);
  if (document.activeElement !== body) return true;
  const text = body.value;
  const start = text.search(/\S/);
  if (start < 0) return false;
  const end = text.indexOf('\n', start);
  return end >= 0 && body.selectionStart > end;
}

/**
 * The one-click fix under the message: for a near-miss first line (first_line_mismatch),
 * or for an inquiry that reads like a disclosure request (looks_like_disclosure_request).
 * @param {FormIssue | undefined} issue
 */
function renderFirstLineFix(issue) {
  const box = byId('f-body-fix');
  if (!issue) {
    box.hidden = true;
    fixFor = null;
    // Hidden text still counts in aria-describedby: clear it.
    byId('f-body-fix-text').textContent = '';
    return;
  }
  const suggestion = ('suggestion' in issue && issue.suggestion) || REQUEST_PHRASE;
  setText(byId('f-body-fix-text'), issue.message);
  byId('f-body-fix-button').textContent = issue.code === 'first_line_mismatch'
    ? `1行目を「${suggestion}」に直す（種類も「その他」にします）`
    : `1行目に「${suggestion}」を入れる（種類も「その他」にします）`;
  const changed = fixFor !== issue.code;
  fixFor = issue.code;
  if (box.hidden || changed) {
    box.hidden = false;
    byId('f-body-status').textContent = issue.code === 'first_line_mismatch'
      ? '1行目の書き方について、直し方の案を入力欄の下に表示しました。'
      : '開示等請求の送り方について、入力欄の下にご案内を表示しました。';
  }
}

/**
 * Writes `text` into `el` as text, with each phone-like number (03-1234-5678) in a span
 * that does not break across lines.
 * @param {HTMLElement} el
 * @param {string} text
 */
function setText(el, text) {
  const parts = text.split(/(\d+(?:-\d+)+)/);
  el.replaceChildren(...parts.map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const number = document.createElement('span');
    number.className = 'nowrap';
    number.textContent = part;
    return number;
  }));
}

/**
 * The notice that a sensitive number in the message will be masked before sending.
 * @param {Checked} result
 */
function renderMaskedNotice(result) {
  const region = byId('f-body-masked');
  const warning = result.warnings.find((w) => w.code === 'sensitive_data_will_be_masked');
  if (!warning) {
    if (region.textContent !== '') region.textContent = '';
    return;
  }
  let text = warning.message;
  try {
    const body = result.normalized ? result.normalized.body : controls.body.value;
    const kinds = [...new Set(redact(body).findings.map((f) => f.kind))];
    const names = kinds.map((k) => SENSITIVE_KINDS[k]).filter(Boolean);
    if (names.length > 0) text += `見つかった番号：${joinJa(names)}`;
  } catch {
    // The kinds are a courtesy; the warning itself has been said.
  }
  // Unchanged text is not written again, so a screen reader does not repeat it on every key.
  if (region.textContent !== text) region.textContent = text;
}

/**
 * The error summary: one link per error, each leading to its field.
 * @param {readonly FormIssue[]} errors
 */
function renderSummary(errors) {
  if (errors.length === 0) {
    summary.hidden = true;
    summaryList.replaceChildren();
    return;
  }
  // In the order of the page, whatever order the checks ran in.
  const ordered = [...errors].sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  summaryList.replaceChildren(
    ...ordered.map((e) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#f-${e.field}`;
      link.dataset.field = e.field;
      setText(link, `${FIELD_LABELS[e.field] ?? e.field}：${e.message}`);
      item.append(link);
      return item;
    }),
  );
  summary.hidden = false;
}

// ---------------------------------------------------------------- checking

/** Checks the form now; returns mamori's result, or null when the check itself failed. */
function check() {
  clearTimeout(timer);
  try {
    const result = validateForm(readForm());
    render(result);
    return result;
  } catch (e) {
    // The message of an engine error never quotes input; log only its kind.
    const error = /** @type {{ name?: unknown, code?: unknown } | null | undefined} */ (e);
    console.error('validateForm failed:', error?.name, error?.code ?? '');
    showLoadError('入力内容を確認できませんでした。ページを読み込み直してください。');
    return null;
  }
}

/** Checks the form once typing pauses; never while an IME composition is open. */
function scheduleCheck() {
  clearTimeout(timer);
  if (composing) return;
  timer = window.setTimeout(() => {
    if (!composing) check();
  }, DEBOUNCE_MS);
}

/** @param {string} message */
function showLoadError(message) {
  const box = byId('load-error');
  box.textContent = message;
  box.hidden = false;
}

// ---------------------------------------------------------------- views

/**
 * Shows one view, moves focus to its heading and names it in the title.
 * @param {'form' | 'confirm' | 'done'} name
 * @param {HTMLElement} [focus]
 */
function showView(name, focus) {
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
  const heading = /** @type {HTMLElement} */ (views[name].querySelector('h1'));
  document.title = name === 'form' ? TITLE : `${heading.textContent}｜${TITLE}`;
  (focus ?? heading).focus();
  if (!focus) window.scrollTo(0, 0);
}

/**
 * Marks the masked parts of the body on the confirmation view, so a person sees what was
 * hidden. The mask keeps lengths, so the findings in the normalized body are also the
 * masked spans of the payload. The text stays exactly the payload's: only spans around it.
 * @param {HTMLElement} cell
 * @param {string} masked the payload body
 * @param {string | undefined} normalized the body before masking
 */
function markMasked(cell, masked, normalized) {
  if (!normalized || normalized.length !== masked.length) return;
  let findings;
  try {
    findings = redact(normalized).findings;
  } catch {
    return;
  }
  if (findings.length === 0) return;
  const parts = [];
  let at = 0;
  for (const { start, end } of findings) {
    if (start < at || end > masked.length) return;
    if (start > at) parts.push(document.createTextNode(masked.slice(at, start)));
    const mark = document.createElement('span');
    mark.className = 'masked';
    mark.textContent = masked.slice(start, end);
    parts.push(mark);
    at = end;
  }
  if (at < masked.length) parts.push(document.createTextNode(masked.slice(at)));
  cell.replaceChildren(...parts);
}

/**
 * Fills the confirmation view with the payload, exactly as it will be sent.
 * @param {NormalizedForm} payload
 * @param {{ warnings: readonly FormIssue[], disclosure: import('/pkg/web/mamori.js').Disclosure | null, normalizedBody: string | undefined }} checked
 */
function showConfirmation(payload, checked) {
  for (const field of FIELDS) {
    const cell = /** @type {HTMLElement} */ (document.querySelector(`[data-confirm="${field}"]`));
    const value = payload[field] ?? '';
    cell.textContent = value === '' ? '（未入力）' : value;
    cell.classList.toggle('is-empty', value === '');
  }
  markMasked(/** @type {HTMLElement} */ (document.querySelector('[data-confirm="body"]')), payload.body, checked.normalizedBody);
  const masked = checked.warnings.some((w) => w.code === 'sensitive_data_will_be_masked');
  byId('confirm-masked').hidden = !masked;
  const disclosure = checked.disclosure;
  const note = byId('confirm-disclosure');
  const looksLike = checked.warnings.find((w) => w.code === 'looks_like_disclosure_request');
  if (disclosure) {
    const kinds = disclosure.kinds.map((k) => DISCLOSURE_KINDS[k] ?? k);
    const who = disclosure.requester ? REQUESTERS[disclosure.requester] : '記載なし';
    note.textContent = `開示等請求として受け付けます。請求の内容：${kinds.length ? joinJa(kinds) : '記載なし'}／請求される方：${who}`;
    note.hidden = false;
  } else if (looksLike) {
    // The person may believe this is a request: say plainly that it is not one.
    note.textContent = `${looksLike.message}（「入力画面に戻る」で直せます。）`;
    note.hidden = false;
  } else {
    note.hidden = true;
  }
  byId('send-error').hidden = true;
  pending = payload;
  // The browser's Back button returns to the form rather than leaving the page.
  history.pushState({ view: 'confirm' }, '');
  showView('confirm');
}

/**
 * The receipt view for `receipt` (after sending, and after a reload or Forward to it).
 * @param {string} receipt
 */
function showReceipt(receipt) {
  /** @type {HTMLElement} */ (document.querySelector('[data-receipt]')).textContent = receipt;
  showView('done');
}

/** Back to the form, with everything the person typed still there. */
function backToForm() {
  if (history.state?.view === 'confirm') history.back();
  else showView('form', submitButton);
}

// ---------------------------------------------------------------- events

/** @param {SubmitEvent} event */
function onSubmit(event) {
  event.preventDefault();
  submitted = true;
  const result = check();
  if (!result) return;
  if (!result.ok) {
    renderSummary(result.errors);
    summary.focus();
    return;
  }
  let submission;
  try {
    submission = prepareSubmission(readForm());
  } catch (e) {
    const error = /** @type {{ name?: unknown, code?: unknown } | null | undefined} */ (e);
    console.error('prepareSubmission failed:', error?.name, error?.code ?? '');
    showLoadError('送信内容を準備できませんでした。ページを読み込み直してください。');
    return;
  }
  if (!submission.ok || !submission.payload) {
    render(submission);
    renderSummary(submission.errors);
    summary.focus();
    return;
  }
  summary.hidden = true;
  showConfirmation(submission.payload, {
    warnings: submission.warnings,
    disclosure: result.disclosure,
    normalizedBody: result.normalized?.body,
  });
}

/**
 * Shows why sending failed, next to a retry, and moves focus there: the person hears the
 * message and is one key away from trying again.
 * @param {string} message
 */
function showSendError(message) {
  const error = byId('send-error');
  byId('send-error-text').textContent = message;
  error.hidden = false;
  error.focus();
}

async function onSend() {
  if (!pending || sendButton.disabled) return;
  const label = sendButton.textContent;
  sendButton.disabled = true;
  backButton.disabled = true;
  retryButton.disabled = true;
  sendButton.textContent = '送信しています…';
  const error = byId('send-error');
  // Focus must not fall to <body> when the box it is on disappears: keep it on the send button.
  if (error.contains(document.activeElement)) sendButton.focus();
  error.hidden = true;
  try {
    const answer = await postContact(pending);
    if (answer.status === 201 && typeof answer.body?.receipt === 'string') {
      pending = null;
      form.reset();
      helper?.reset();
      // Back, Forward and reload find the receipt in the history entry (no form data in it).
      history.replaceState({ view: 'done', receipt: answer.body.receipt }, '');
      showReceipt(answer.body.receipt);
      return;
    }
    if (answer.status === 422 && Array.isArray(answer.body?.errors)) {
      // The receiver disagrees with the page: show its errors where they belong.
      submitted = true;
      render({ errors: answer.body.errors, warnings: [] });
      renderSummary(answer.body.errors);
      history.replaceState(null, '');
      showView('form', summary);
      return;
    }
    showSendError(answer.status === 413
      ? '内容が長すぎるため送信できませんでした。お問い合わせ内容を短くしてください。'
      : `送信できませんでした（${answer.status}）。時間をおいて、もう一度お試しください。`);
  } catch {
    showSendError('送信できませんでした。通信状況をご確認のうえ、もう一度お試しください。');
  } finally {
    sendButton.disabled = false;
    backButton.disabled = false;
    retryButton.disabled = false;
    sendButton.textContent = label;
  }
}

function onFix() {
  const nearMiss = fixFor === 'first_line_mismatch';
  controls.body.value = nearMiss ? fixFirstLine(controls.body.value) : addRequestLine(controls.body.value);
  controls.inquiryType.value = 'その他';
  controls.body.focus();
  // The caret after the new first line: that line is finished, so it is judged now.
  const afterFirstLine = controls.body.value.indexOf('\n') + 1;
  /** @type {HTMLTextAreaElement} */ (controls.body).setSelectionRange(afterFirstLine, afterFirstLine);
  check();
  byId('f-body-status').textContent = nearMiss
    ? '1行目を「個人情報の開示等請求」に直し、お問い合わせの種類を「その他」にしました。'
    : '1行目に「個人情報の開示等請求」を入れ、お問い合わせの種類を「その他」にしました。';
}

/**
 * Unsent work on the confirmation view: leaving or reloading asks first.
 * @param {BeforeUnloadEvent} event
 */
function onBeforeUnload(event) {
  if (pending && !views.confirm.hidden) {
    event.preventDefault();
    // Older browsers need returnValue set to show the dialog.
    event.returnValue = '';
  }
}

function wire() {
  helper = createHelper({
    toggle: /** @type {HTMLButtonElement} */ (byId('helper-toggle')),
    panel: byId('helper-panel'),
    status: byId('helper-status'),
    inquiryType: /** @type {HTMLSelectElement} */ (controls.inquiryType),
    body: /** @type {HTMLTextAreaElement} */ (controls.body),
    onChange: check,
  });
  form.addEventListener('submit', onSubmit);
  form.addEventListener('input', (e) => {
    // Text inside an open IME composition is not typed yet: wait for compositionend.
    if (/** @type {InputEvent} */ (e).isComposing || composing) return;
    if (isField(/** @type {HTMLInputElement | null} */ (e.target)?.name)) scheduleCheck();
  });
  form.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(timer);
  });
  form.addEventListener('compositionend', () => {
    composing = false;
    scheduleCheck();
  });
  form.addEventListener('change', (e) => {
    if (/** @type {HTMLInputElement | null} */ (e.target)?.name === 'inquiryType') check();
  });
  // Leaving a field shows its errors, which moves what is below it. When the field is
  // left by pressing a button with the pointer, that move would happen between press and
  // release and the button would miss its click: wait for the release.
  let pointerDown = false;
  let checkOnRelease = false;
  document.addEventListener('pointerdown', () => { pointerDown = true; }, true);
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    if (checkOnRelease) {
      checkOnRelease = false;
      // After the click that this release makes.
      window.setTimeout(check, 0);
    }
  }, true);
  form.addEventListener('focusout', (e) => {
    const name = /** @type {HTMLInputElement | null} */ (e.target)?.name;
    if (!isField(name)) return;
    touched.add(name);
    if (pointerDown) checkOnRelease = true;
    else check();
  });
  summary.addEventListener('click', (e) => {
    const link = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target)?.closest?.('a[data-field]'));
    if (!link) return;
    e.preventDefault();
    const control = controls[/** @type {Field} */ (link.dataset.field)];
    control.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
  });
  byId('f-body-fix-button').addEventListener('click', onFix);
  sendButton.addEventListener('click', onSend);
  retryButton.addEventListener('click', onSend);
  backButton.addEventListener('click', backToForm);
  window.addEventListener('beforeunload', onBeforeUnload);
}

// History works before mamori has loaded: the receipt view needs nothing from it.
window.addEventListener('popstate', () => {
  const state = history.state;
  if (state?.view === 'done' && typeof state.receipt === 'string') {
    showReceipt(state.receipt);
  } else if (!views.confirm.hidden) {
    showView('form', submitButton);
  } else if (!views.done.hidden) {
    // Back from the receipt: the form, empty (it was reset when the message went).
    showView('form');
  }
});

/**
 * What the page shows after a reload: the receipt when the message went; else the form.
 * A reload on the confirmation view drops its history entry, whose payload is gone.
 */
function restoreView() {
  const state = history.state;
  if (state?.view === 'done' && typeof state.receipt === 'string') {
    showReceipt(state.receipt);
  } else if (state?.view === 'confirm') {
    history.replaceState(null, '');
  }
}

/** The controls that need mamori, and the text beside each that says why they wait. */
const NEEDS_MODULE = [
  { control: submitButton, reason: byId('submit-reason') },
  { control: /** @type {HTMLButtonElement} */ (byId('helper-toggle')), reason: byId('helper-reason') },
];

restoreView();
try {
  await init();
  wire();
  for (const { control, reason } of NEEDS_MODULE) {
    control.disabled = false;
    control.removeAttribute('aria-describedby');
    reason.hidden = true;
    reason.textContent = '';
  }
  document.documentElement.dataset.ready = 'true';
} catch (e) {
  console.error('mamori failed to load:', /** @type {{ name?: unknown } | null | undefined} */ (e)?.name);
  showLoadError(
    '入力チェックの仕組みを読み込めませんでした。保険証の番号などを伏せ字にできないため、送信を止めています。ページを読み込み直すか、別のブラウザでお試しください。',
  );
  for (const { reason } of NEEDS_MODULE) {
    reason.textContent = '入力チェックの仕組みを読み込めなかったため、使えません（上のお知らせをご覧ください）。';
    reason.classList.add('control-reason--error');
  }
  document.documentElement.dataset.ready = 'failed';
}
