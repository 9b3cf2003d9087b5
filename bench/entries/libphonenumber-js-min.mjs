// What a page ships to validate a Japanese phone number with libphonenumber-js (min metadata).
import { parsePhoneNumber } from 'libphonenumber-js/min';
/** @param {string} x */
export function check(x) { try { return parsePhoneNumber(x, 'JP').isValid(); } catch { return false; } }
export const first = () => check('03-1234-5678');
