// mamori/standard-schema as TypeScript sees it: its schemas are Standard Schemas
// (checked against @standard-schema/spec itself) with exact input, output and issues.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { FormApi } from "@tanstack/form-core";
import type { ContactForm, NormalizedForm } from "../../pkg/node/mamori.js";
import {
  contactFormSchema, createContactFormSchema, ready,
  type ContactFormIssue, type ContactFormIssueCode, type ContactFormResult,
} from "../../pkg/standard-schema/index.mjs";
import * as browser from "../../pkg/standard-schema/browser.mjs";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
function assertType<T extends true>(): T | void { return; }

// Both entries give Standard Schemas of the contact form.
const node: StandardSchemaV1<ContactForm, NormalizedForm> = contactFormSchema;
const web: StandardSchemaV1<ContactForm, NormalizedForm> = browser.contactFormSchema;
assertType<Equal<StandardSchemaV1.InferInput<typeof contactFormSchema>, ContactForm>>();
assertType<Equal<StandardSchemaV1.InferOutput<typeof contactFormSchema>, NormalizedForm>>();
assertType<Equal<StandardSchemaV1.InferOutput<typeof browser.contactFormSchema>, NormalizedForm>>();

// In Node the result is there at once, and narrows on `issues`.
const result: ContactFormResult = contactFormSchema["~standard"].validate({ name: "山田" });
if (result.issues) {
  const first: ContactFormIssue | undefined = result.issues[0];
  const code: ContactFormIssueCode | undefined = first?.code;
  const where: readonly ["inquiryType" | "name" | "phone" | "email" | "body"] | readonly [] | undefined = first?.path;
  const suggestion: string | undefined = first?.suggestion;
  void code; void where; void suggestion;
} else {
  const body: string = result.value.body;
  void body;
}

// In the browser it may be a Promise until ready() has resolved.
export async function inBrowser(): Promise<string> {
  await browser.ready();
  const maybe = browser.contactFormSchema["~standard"].validate({});
  // @ts-expect-error: may still be a Promise as far as the types know
  void maybe.issues;
  const settled = await maybe;
  return settled.issues ? settled.issues.map((i) => i.messageEn).join(" ") : settled.value.name;
}

// A form library's value type (with fields of its own) as the schema's input.
interface Values { inquiryType: string; name: string; phone: string; email: string; body: string; agree: boolean }
const typed: StandardSchemaV1<Values, NormalizedForm> = createContactFormSchema<Values>({ locale: "en", output: "submission" });
const ready1: Promise<void> = ready();

createContactFormSchema({ form: { required: { email: true }, maxLength: { body: 5000, name: null } } });
// @ts-expect-error: only "ja" and "en"
createContactFormSchema({ locale: "fr" });
// @ts-expect-error: validateForm's options are typed too
createContactFormSchema({ form: { maxLength: { body: "long" } } });
// @ts-expect-error: the form's fields are text
createContactFormSchema<{ name: number }>();

export { node, web, typed, ready1 };

// TanStack Form takes it as a validator once the schema's input is the form's value type.
const defaultValues = { inquiryType: "", name: "", phone: "", email: "", body: "", agree: false };
export const tanstack = new FormApi({
  defaultValues,
  validators: { onChange: createContactFormSchema<typeof defaultValues>(), onSubmit: createContactFormSchema<typeof defaultValues>() },
});
