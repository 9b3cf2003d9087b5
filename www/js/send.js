// Sends the masked payload to the receiver.

/**
 * POSTs `payload` as JSON to /api/contact.
 * @param {Record<string, string>} payload what the confirmation view showed
 * @returns {Promise<{ status: number, body: any }>} the status and the parsed answer (null when it is not JSON)
 */
export async function postContact(payload) {
  const response = await fetch('/api/contact', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status alone tells what happened.
  }
  return { status: response.status, body };
}
