// 「個人情報の開示等請求を作成」: sets the inquiry type to その他 and writes a request the
// person can edit, from the kinds and the requester they tick.
import { requestText, startsWithRequest } from './request-text.js';

/**
 * @param {{
 *   toggle: HTMLButtonElement, panel: HTMLElement, status: HTMLElement,
 *   inquiryType: HTMLSelectElement, body: HTMLTextAreaElement, onChange: () => void,
 * }} parts
 */
export function createHelper({ toggle, panel, status, inquiryType, body, onChange }) {
  /** The text the helper last wrote at the top of the body; null when it wrote none. */
  /** @type {string | null} */
  let written = null;

  const choice = () => {
    const kinds = [...panel.querySelectorAll('input[name="kind"]:checked')].map((i) => /** @type {HTMLInputElement} */ (i).value);
    const picked = /** @type {HTMLInputElement | null} */ (panel.querySelector('input[name="requester"]:checked'));
    const requester = picked ? /** @type {'self' | 'agent'} */ (picked.value) : null;
    return { kinds, requester };
  };

  /** @param {string} message */
  const say = (message) => {
    status.textContent = message;
  };

  function open() {
    toggle.setAttribute('aria-expanded', 'true');
    panel.hidden = false;
    inquiryType.value = 'その他';
    const text = requestText(choice());
    if (written !== null && body.value.startsWith(written)) {
      say('お問い合わせの種類を「その他」にしました。');
    } else if (startsWithRequest(body.value)) {
      // The person wrote the first line themselves: leave their text alone.
      written = null;
      say('お問い合わせの種類を「その他」にしました。1行目はすでに「個人情報の開示等請求」です。');
    } else {
      // What the person wrote before stays, under the request.
      const before = body.value.trim() === '' ? '' : body.value;
      body.value = text + before;
      written = text;
      say('お問い合わせの種類を「その他」にし、お問い合わせ内容の1行目に「個人情報の開示等請求」を入れました。下で請求の内容を選べます。');
    }
    onChange();
  }

  function close() {
    toggle.setAttribute('aria-expanded', 'false');
    panel.hidden = true;
  }

  function update() {
    const text = requestText(choice());
    if (written !== null && body.value.startsWith(written)) {
      body.value = text + body.value.slice(written.length);
      written = text;
      say('お問い合わせ内容の請求文を更新しました。');
    } else if (written === null && body.value.trim() === '') {
      body.value = text;
      written = text;
      say('お問い合わせ内容に請求文を入れました。');
    } else {
      say('お問い合わせ内容の請求文が書き換えられているため、選んだ内容は自動では反映されません。お問い合わせ内容に直接お書きください。');
    }
    onChange();
  }

  toggle.addEventListener('click', () => (toggle.getAttribute('aria-expanded') === 'true' ? close() : open()));
  panel.addEventListener('change', update);

  return {
    /** Back to the start, after a message was sent. */
    reset() {
      written = null;
      say('');
      close();
    },
  };
}
