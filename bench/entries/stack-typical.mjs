// The JavaScript stack a developer would assemble for mamori's job: libphonenumber-js
// (max, for number types), a zod schema for the form, and a hand-written regex
// redactor (no npm redactor knows Japanese insurance numbers).
import { check } from './libphonenumber-js-max.mjs';
import { validate } from '../peers/zod-form.mjs';
import { redact } from '../peers/regex-redactor.mjs';
export { check, validate, redact };
export const first = () => [check('03-1234-5678'), validate({ name: 'x', phone: '03-1234-5678', body: 'y' }), redact('1234 5678 9018')];
