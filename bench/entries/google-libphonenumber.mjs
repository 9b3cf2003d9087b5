// google-libphonenumber (the Closure-compiled port of Google's library).
import lib from 'google-libphonenumber';
const util = lib.PhoneNumberUtil.getInstance();
/** @param {string} x */
export function check(x) { try { return util.isValidNumber(util.parse(x, 'JP')); } catch { return false; } }
export const first = () => check('03-1234-5678');
