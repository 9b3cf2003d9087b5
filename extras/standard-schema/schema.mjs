// The contact form as a Standard Schema (https://standardschema.dev): the one
// place where mamori's validateForm result becomes Standard Schema issues.
// Shared by the Node (CommonJS, ESM) and browser entries of mamori/standard-schema;
// the build writes a CommonJS copy (schema.cjs) of this file.

/**
 * @typedef {import('./common.js').ContactFormSchemaOptions} ContactFormSchemaOptions
 * @typedef {import('./common.js').ContactFormResult} ContactFormResult
 * @typedef {import('./common.js').ContactFormIssue} ContactFormIssue
 * @typedef {import('./common.js').FormField} FormField
 * @typedef {import('./common.js').NormalizedForm} NormalizedForm
 * @typedef {Pick<typeof import('../node/mamori.js'), 'validateForm' | 'prepareSubmission'>} Engine
 *   what the schema needs of the Node or the web build
 */

/** @type {readonly FormField[]} */
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
 * @param {Engine} engine
 * @param {ContactFormSchemaOptions} [options]
 * @returns {(value: unknown) => ContactFormResult}
 */
export function contactFormValidator(engine, options) {
  const locale = options && options.locale === 'en' ? 'en' : 'ja';
  const submission = Boolean(options && options.output === 'submission');
  const formOptions = options ? options.form : undefined; // validateForm's own options
  /**
   * @param {unknown} value
   * @returns {ContactFormResult}
   */
  return function validate(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { issues: [{ message: NOT_AN_OBJECT[locale], messageEn: NOT_AN_OBJECT.en, code: 'invalid_type', path: [] }] };
    }
    /** @type {import('./common.js').ContactForm} */
    const form = {};
    /** @type {ContactFormIssue[]} */
    const typeIssues = [];
    for (const field of FIELDS) {
      const v = /** @type {Record<string, unknown>} */ (value)[field];
      if (v === undefined || v === null) continue;
      if (typeof v === 'string') form[field] = v;
      else typeIssues.push({ message: NOT_TEXT[locale], messageEn: NOT_TEXT.en, code: 'invalid_type', field, path: [field] });
    }
    if (typeIssues.length) return { issues: typeIssues };
    const result = submission ? engine.prepareSubmission(form, formOptions) : engine.validateForm(form, formOptions);
    if (result.ok) {
      // prepareSubmission's result has `payload`, validateForm's `normalized`.
      const ok = /** @type {{ payload?: NormalizedForm, normalized?: NormalizedForm }} */ (result);
      return { value: /** @type {NormalizedForm} */ (submission ? ok.payload : ok.normalized) };
    }
    return {
      // Errors never carry a warning's code.
      issues: /** @type {ContactFormIssue[]} */ (result.errors.map((e) => ({
        ...e,
        message: locale === 'en' ? e.messageEn : e.message,
        path: [e.field],
      }))),
    };
  };
}

/**
 * A Standard Schema object around `validate`.
 * @template {(value: unknown) => unknown} V
 * @param {V} validate
 * @returns {Readonly<{ '~standard': Readonly<{ version: 1, vendor: 'mamori', validate: V }> }>}
 */
export function standardSchema(validate) {
  return Object.freeze({
    '~standard': Object.freeze({ version: 1, vendor: 'mamori', validate }),
  });
}
