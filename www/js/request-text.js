// The text the disclosure-request helper writes into the message: the first line the
// privacy notice asks for, who asks, what is asked, and a line for the person's own words.
import { REQUEST_PHRASE } from './labels.js';

/** How each kind is written in the request, close to the wording of section 6. */
const KIND_LINES = Object.freeze({
  purpose_notification: '保有個人データの利用目的の通知',
  disclosure: '保有個人データの開示',
  correction: '保有個人データの内容の訂正・追加・削除',
  suspension: '保有個人データの利用停止',
  erasure: '保有個人データの消去',
  stop_third_party_provision: '保有個人データの第三者への提供の停止',
  third_party_record_disclosure: '第三者提供記録の開示',
});

/** The order of the kinds, as the privacy notice lists them. */
export const KIND_ORDER = Object.freeze(/** @type {(keyof typeof KIND_LINES)[]} */ (Object.keys(KIND_LINES)));

/**
 * The request text for the chosen kinds and requester. Ends with an open line where the
 * person writes the details (which data, why), so their words follow the generated part.
 * @param {{ kinds: readonly string[], requester: 'self' | 'agent' | null }} choice
 * @returns {string}
 */
export function requestText({ kinds, requester }) {
  const lines = [REQUEST_PHRASE];
  if (requester === 'self') lines.push('請求者：本人');
  if (requester === 'agent') lines.push('請求者：代理人（ご本人の氏名と、ご本人との関係をお書きください）');
  const chosen = KIND_ORDER.filter((k) => kinds.includes(k));
  if (chosen.length > 0) {
    lines.push('請求内容：次のとおり請求します。');
    for (const k of chosen) lines.push(`・${KIND_LINES[k]}`);
  } else {
    lines.push('請求内容：');
  }
  lines.push('詳しい内容（対象となる情報、理由など）：', '');
  return lines.join('\n');
}

/**
 * True when the first non-empty line of `text` is already the request phrase (as typed,
 * before normalization; the helper only needs to know whether to add its own).
 * @param {string} text
 */
export function startsWithRequest(text) {
  const first = text.split('\n').find((line) => line.trim() !== '');
  return first !== undefined && first.trim() === REQUEST_PHRASE;
}

/**
 * The body with its first line made the request phrase, for the one-click fix of
 * `first_line_mismatch`:
 * - the phrase standing on a later line moves to the top;
 * - a short near-miss heading (「個人情報開示請求」, 「開示等請求について」) is replaced;
 * - a longer first line (a sentence the person wrote) is kept, under the phrase.
 * @param {string} text
 * @returns {string}
 */
export function fixFirstLine(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0) return `${REQUEST_PHRASE}\n`;
  const bare = (/** @type {string} */ line) => line.trim().replace(/^[「『"]+|[」』"。.]+$/g, '').replace(/[「『"」』]/g, '');
  const laterIndex = lines.findIndex((line, i) => i > firstIndex && bare(line) === REQUEST_PHRASE);
  if (laterIndex >= 0) {
    lines.splice(laterIndex, 1);
    lines.splice(firstIndex, 0, REQUEST_PHRASE);
    return lines.join('\n');
  }
  // A heading is short and is not a sentence: replacing it loses nothing the person meant.
  const first = bare(lines[firstIndex]);
  const isHeading = [...first].length <= 20 && !/[。．.!！?？]|(ます|です|ください)$/.test(first);
  lines.splice(firstIndex, isHeading ? 1 : 0, REQUEST_PHRASE);
  return lines.join('\n');
}

/**
 * The body with the request phrase added as a new first line, above everything the person
 * wrote, for the one-click fix of `looks_like_disclosure_request` (nothing of theirs is
 * replaced: their first line is a sentence of the request).
 * @param {string} text
 * @returns {string}
 */
export function addRequestLine(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex < 0) return `${REQUEST_PHRASE}\n`;
  lines.splice(firstIndex, 0, REQUEST_PHRASE);
  return lines.join('\n');
}
