// The contact form as a valibot schema: the same checks as the zod schema
// (see form-rules.mjs), for the size rows and as a second form peer.
import * as v from 'valibot';
import { MAX, PHONE_SHAPE, crossChecks, name, phoneDigits, text } from './form-rules.mjs';

const field = v.optional(v.string(), '');
export const schema = v.pipe(
  v.object({
    inquiryType: v.pipe(field, v.transform((s) => text(s).trim())),
    name: v.pipe(field, v.transform(name), v.minLength(1, 'required'), v.maxLength(MAX.name, 'too_long')),
    phone: v.pipe(field, v.transform((s) => (s.trim() ? phoneDigits(s) : '')),
      v.nonNullable(v.string(), 'invalid_chars'), v.check((d) => d === '' || PHONE_SHAPE.test(d), 'phone_invalid')),
    email: v.pipe(field, v.transform((s) => text(s).trim()), v.union([v.literal(''), v.pipe(v.string(), v.email('email_invalid'), v.maxLength(MAX.email, 'too_long'))])),
    body: v.pipe(field, v.transform(text), v.trim(), v.minLength(1, 'required'), v.maxLength(MAX.body, 'too_long')),
  }),
  v.rawTransform(({ dataset, addIssue }) => {
    const disclosure = crossChecks(dataset.value, (path, message) => addIssue({ message, path: [{ type: 'object', origin: 'value', input: dataset.value, key: path, value: dataset.value[path] }] }));
    return { ...dataset.value, disclosure };
  }),
);

/** @param {Partial<import('./form-rules.mjs').Form>} form */
export function validate(form) {
  return v.safeParse(schema, form);
}
