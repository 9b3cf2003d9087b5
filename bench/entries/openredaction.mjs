// OpenRedaction, configured for the kinds it shares with mamori's defaults
// (Japanese My Number, payment cards), masking in place.
import { OpenRedaction } from '@openredaction/openredaction';
const redactor = new OpenRedaction({
  patterns: ['JAPANESE_MY_NUMBER', 'CREDIT_CARD'], redactionMode: 'mask-all',
  includeNames: false, includeAddresses: false, includePhones: false, includeEmails: false,
});
export const redact = (/** @type {string} */ text) => redactor.detect(text).redacted;
export const first = () => redact('マイナンバーは 1234 5678 9018 です');
