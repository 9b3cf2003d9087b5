// A strict TypeScript consumer of the Node build: compiles only if the shipped
// declarations describe every result exactly (no `any` leaks through).
import {
  normalize, parsePhone, validateForm, prepareSubmission, redact, version, kinds as listKinds, formFields,
  type PhoneResult, type KindInfo, type FormField, type FormResult, type RedactResult, type Submission, type Kind,
} from "../../pkg/node/mamori.js";

const text: string = normalize("ＡＢＣ", "name");
const plain: string = normalize("abc");
const phone: PhoneResult = parsePhone("03-1234-5678");
if (phone.valid) {
  const e164: string = phone.e164;
  const national: string = phone.national;
  void e164; void national;
} else {
  const code: "empty" | "invalid_chars" | "too_short" | "too_long" | "invalid_number" | "not_japanese" = phone.error.code;
  void code;
}
const form: FormResult = validateForm({ inquiryType: "その他", name: "山田 太郎", body: "個人情報の開示等請求\n開示" });
for (const e of form.errors) {
  const where: "inquiryType" | "name" | "phone" | "email" | "body" = e.field;
  const message: string = e.message;
  void where; void message;
}
// Both issues that carry a line to write have it typed once the code is narrowed.
for (const w of form.warnings) {
  if (w.code === "looks_like_disclosure_request" || w.code === "first_line_mismatch") {
    const line: "個人情報の開示等請求" = w.suggestion;
    void line;
  } else {
    // @ts-expect-error: other issues carry no suggestion
    w.suggestion;
  }
}
const kinds: string[] | undefined = form.disclosure?.kinds;
const submission: Submission = prepareSubmission({ name: "山田" });
const body: string | undefined = submission.payload?.body;

// FormResult and Submission are discriminated unions on `ok`: narrowing gives the
// payload without a null check, and a result that is not ok has a first error.
if (submission.ok) {
  const sent: string = submission.payload.body;
  const none: [] = submission.errors;
  void sent; void none;
} else {
  const nothing: null = submission.payload;
  const first: string = submission.errors[0].message;
  void nothing; void first;
  // @ts-expect-error: no payload when the submission is not ok
  submission.payload.body;
}
// @ts-expect-error: without narrowing, the payload may be null
submission.payload.body;
if (!form.ok) {
  const field: "inquiryType" | "name" | "phone" | "email" | "body" = form.errors[0].field;
  void field;
} else {
  // @ts-expect-error: an ok result has no errors to index
  form.errors[0].field;
}
const wanted: Kind[] = ["my_number", "credit_card"];
const redacted: RedactResult = redact("1234", { kinds: wanted, style: "partial", keepLast: 2 });
const firstKind: Kind | undefined = redacted.findings[0]?.kind;
const v: string = version();
const listed: KindInfo[] = listKinds();
const defaults: Kind[] = listed.filter((k) => k.isDefault).map((k) => k.name);
const labelOf: string | undefined = listed.find((k) => k.name === "insurer_number")?.label;
const fields: FormField[] = formFields();
void defaults; void labelOf; void fields;

// @ts-expect-error: a profile name outside the union is refused at compile time
normalize("x", "nfkc");
// @ts-expect-error: an unknown kind is refused at compile time
redact("x", { kinds: ["ssn"] });

export { text, plain, kinds, body, firstKind, v };
