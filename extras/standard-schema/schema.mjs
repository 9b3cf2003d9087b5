// The contact form as a Standard Schema (https://standardschema.dev): the one
// place where mamori's validateForm result becomes Standard Schema issues.
// Shared by the Node (CommonJS, ESM) and browser entries of mamori/standard-schema;
// the build writes a CommonJS copy (schema.cjs) of this file.

const FIELDS = ['inquiryType', 'name', 'phone', 'email', 'body'];

const NOT_AN_OBJECT = {
  ja: 'フォームの内容を読み取れませんでした。もう一度お試しください。',
  en: 'The form could not be read; please try again.',
};
const NOT_TEXT = {
  ja: 'この欄は文字で入力してください。',
  en: 'Enter this field as text.',
};

/**
 * The `validate` function of the contact-form schema, on top of an engine with
 * `validateForm` and `prepareSubmission` (the Node or the web build).
 */
export function contactFormValidator(engine, options) {
  const locale = options && options.locale === 'en' ? 'en' : 'ja';
  const submission = Boolean(options && options.output === 'submission');
  const formOptions = options ? options.form : undefined; // validateForm's own options
  return function validate(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { issues: [{ message: NOT_AN_OBJECT[locale], messageEn: NOT_AN_OBJECT.en, code: 'invalid_type', path: [] }] };
    }
    const form = {};
    const typeIssues = [];
    for (const field of FIELDS) {
      const v = value[field];
      if (v === undefined || v === null) continue;
      if (typeof v === 'string') form[field] = v;
      else typeIssues.push({ message: NOT_TEXT[locale], messageEn: NOT_TEXT.en, code: 'invalid_type', field, path: [field] });
    }
    if (typeIssues.length) return { issues: typeIssues };
    const result = submission ? engine.prepareSubmission(form, formOptions) : engine.validateForm(form, formOptions);
    if (result.ok) return { value: submission ? result.payload : result.normalized };
    return {
      issues: result.errors.map((e) => ({
        ...e,
        message: locale === 'en' ? e.messageEn : e.message,
        path: [e.field],
      })),
    };
  };
}

/** A Standard Schema object around `validate`. */
export function standardSchema(validate) {
  return Object.freeze({
    '~standard': Object.freeze({ version: 1, vendor: 'mamori', validate }),
  });
}
