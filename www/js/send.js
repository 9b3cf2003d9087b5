// Sends the masked payload to the receiver.

/**
 * The receiver's JSON answer: `receipt` and `receivedAt` (201), `errors` (422) or
 * `error` (another status). Nothing in it is trusted before it is checked.
 * @typedef {{ receipt?: unknown, receivedAt?: unknown, errors?: unknown, error?: unknown }} Answer
 */

/**
 * POSTs `payload` as JSON to /api/contact.
 * @param {import('/pkg/web/mamori.js').NormalizedForm} payload what the confirmation view showed
 * @returns {Promise<{ status: number, body: Answer | null }>} the status and the parsed answer (null when it is not JSON)
 */
export async function postContact(payload) {
  const response = await fetch('/api/contact', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  /** @type {Answer | null} */
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status alone tells what happened.
  }
  return { status: response.status, body };
}
