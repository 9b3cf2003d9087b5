// libphonenumber-js with its max metadata: number types, like mamori's parsePhone.
import { parsePhoneNumber } from 'libphonenumber-js/max';
/** @param {string} x */
export function check(x) { try { return parsePhoneNumber(x, 'JP').isValid(); } catch { return false; } }
export const first = () => check('03-1234-5678');
