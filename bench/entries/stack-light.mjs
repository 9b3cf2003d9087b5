// The lightest JavaScript stack for the same job: libphonenumber-js (min), a valibot
// schema, and the hand-written regex redactor.
import { check } from './libphonenumber-js-min.mjs';
import { validate } from '../peers/valibot-form.mjs';
import { redact } from '../peers/regex-redactor.mjs';
export { check, validate, redact };
export const first = () => [check('03-1234-5678'), validate({ name: 'x', phone: '03-1234-5678', body: 'y' }), redact('1234 5678 9018')];
