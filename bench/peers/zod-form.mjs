// The contact form as a zod schema: the same checks as mamori's validateForm where
// zod can express them (see form-rules.mjs).
import { z } from 'zod';
import { MAX, PHONE_SHAPE, crossChecks, name, phoneDigits, text } from './form-rules.mjs';

const field = z.string().optional().default('');
export const schema = z.object({
  inquiryType: field.transform((s) => text(s).trim()),
  name: field.transform(name).pipe(z.string().min(1, 'required').max(MAX.name, 'too_long')),
  phone: field.transform((s, ctx) => {
    if (!s.trim()) return '';
    const d = phoneDigits(s);
    if (d === null) { ctx.addIssue({ code: 'custom', message: 'invalid_chars' }); return z.NEVER; }
    if (!PHONE_SHAPE.test(d)) { ctx.addIssue({ code: 'custom', message: 'phone_invalid' }); return z.NEVER; }
    return d;
  }),
  email: field.transform((s) => text(s).trim()).pipe(z.union([z.literal(''), z.email('email_invalid').max(MAX.email, 'too_long')])),
  body: field.transform(text).pipe(z.string().trim().min(1, 'required').max(MAX.body, 'too_long')),
}).transform((f, ctx) => {
  const disclosure = crossChecks(f, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
  return { ...f, disclosure };
});

/** @param {Partial<import('./form-rules.mjs').Form>} form */
export function validate(form) {
  return schema.safeParse(form);
}
