//! The disclosure-request contact form (issue #6).
//! `validateForm(form, options?)` and `prepareSubmission(form, options?)`.

use crate::prelude::*;
use js_sys::JsString;
use mamori::form::{ContactForm, Field, FormRules};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The TypeScript declarations of this file's functions and types (the section
/// below reads it; rustc does not count that as a use).
#[allow(dead_code)]
pub(crate) const TS_FORM: &str = r#"
/** The contact form's fields; an absent (undefined) field counts as empty. */
export interface ContactForm {
  inquiryType?: string; name?: string; phone?: string; email?: string; body?: string;
}
/** The fields a message is about. */
export type FormField = "inquiryType" | "name" | "phone" | "email" | "body";
/** Error and warning codes of validateForm. */
export type FormIssueCode =
  | "required" | "too_long" | "invalid_chars" | "phone_invalid" | "email_invalid"
  | "first_line_mismatch" | "inquiry_type_must_be_other" | "request_content_missing"
  | "sensitive_data_will_be_masked" | "looks_like_disclosure_request";
/** One error or warning: where, what, and how to fix it (Japanese and English). */
export type FormIssue =
  | {
      field: FormField;
      code: Exclude<FormIssueCode, "first_line_mismatch" | "looks_like_disclosure_request">;
      /** Polite Japanese that says how to fix it. */
      message: string;
      /** The same in English. */
      messageEn: string;
    }
  | {
      field: "body"; code: "first_line_mismatch" | "looks_like_disclosure_request";
      message: string; messageEn: string;
      /** The line to write first (instead, for a near miss). */
      suggestion: "個人情報の開示等請求";
    };
/** What a disclosure request asks for (section 6 of the privacy notice). */
export type DisclosureKind =
  | "purpose_notification" | "disclosure" | "correction" | "suspension" | "erasure"
  | "stop_third_party_provision" | "third_party_record_disclosure";
/**
 * How a disclosure request was read. `kinds` is in the order of section 6, each
 * once, possibly empty; `requester` is null unless the content says who asks.
 */
export interface Disclosure { kinds: DisclosureKind[]; requester: "self" | "agent" | null; }
/**
 * The form after normalization: name with the "name" profile, body with "text",
 * phone in national format when valid (else text-normalized), email and
 * inquiryType text-normalized and trimmed.
 */
export interface NormalizedForm {
  inquiryType: string; name: string; phone: string; email: string; body: string;
}
/**
 * The result of validateForm, discriminated by `ok`: true exactly when `errors` is
 * empty (warnings do not count). `disclosure` is null unless the body is a
 * disclosure request.
 */
export type FormResult =
  | {
      ok: true; errors: []; warnings: FormIssue[];
      normalized: NormalizedForm; disclosure: Disclosure | null;
    }
  | {
      ok: false; errors: [FormIssue, ...FormIssue[]]; warnings: FormIssue[];
      normalized: NormalizedForm; disclosure: Disclosure | null;
    };
/**
 * The result of prepareSubmission, discriminated by `ok`: when true, `payload` is
 * what may be sent (the normalized form, body redacted); when false, `payload` is
 * null and `errors` says what to fix.
 */
export type Submission =
  | { ok: true; errors: []; warnings: FormIssue[]; payload: NormalizedForm }
  | { ok: false; errors: [FormIssue, ...FormIssue[]]; warnings: FormIssue[]; payload: null };
/**
 * Options of validateForm and prepareSubmission. What is not given keeps the
 * default, which is the procedure of section 6. A disclosure request always needs
 * inquiryType 「その他」, a name, a valid Japanese phone and request content.
 */
export interface FormOptions {
  /**
   * Which fields an ordinary inquiry must fill in, merged into the defaults
   * `{ name: true, phone: true, body: true, inquiryType: false, email: false }`.
   */
  required?: Partial<Record<FormField, boolean>>;
  /**
   * The most characters a field may hold after normalization (a non-negative
   * integer), or null for no limit, merged into the defaults
   * `{ name: 100, body: 10000 }` (the other fields have no limit).
   */
  maxLength?: Partial<Record<FormField, number | null>>;
  /**
   * Whether an email address may stand in for a required phone number in an
   * ordinary inquiry (never in a disclosure request). Default true.
   */
  emailInsteadOfPhone?: boolean;
}
/**
 * Checks the contact form field by field, following section 6 of the privacy notice.
 * `options` undefined or null means the defaults.
 * @throws {TypeError} when `form` is not an object, a field is neither a string nor
 * undefined, or an option has the wrong type.
 * @throws {RangeError} when a maxLength is not a non-negative integer or a field is
 * too large to read.
 */
export function validateForm(form: ContactForm, options?: FormOptions): FormResult;
/**
 * Validates the form and, when it is ok, returns the normalized payload with the
 * body redacted: what may be sent.
 * @throws {TypeError} when `form` is not an object, a field is neither a string nor
 * undefined, or an option has the wrong type.
 * @throws {RangeError} when a maxLength is not a non-negative integer or a field is
 * too large to read.
 */
export function prepareSubmission(form: ContactForm, options?: FormOptions): Submission;
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_FORM_SECTION: &str = TS_FORM;

/// `validateForm(form, options?) -> FormResult`.
#[wasm_bindgen(js_name = validateForm, skip_typescript)]
pub fn validate_form(form: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    form_call(&form, &options, "validateForm", false)
}

/// `validateForm` (`prepare` false) and `prepareSubmission` (`prepare` true): one
/// function for both, as they read their arguments and hand back the form alike.
fn form_call(
    form: &JsValue,
    options: &JsValue,
    func: &str,
    prepare: bool,
) -> Result<JsValue, JsValue> {
    let (form, typed) = read_form(form, func)?;
    let rules = read_options(options, func)?;
    if prepare {
        let submission = rules.prepare(&form);
        let payload = submission
            .payload
            .as_ref()
            .map_or(JsValue::NULL, |p| normalized(p, &form, &typed));
        Ok(crate::objects::submission(&submission, payload))
    } else {
        let result = rules.validate(&form);
        let normalized = normalized(&result.normalized, &form, &typed);
        Ok(crate::objects::form_result(&result, normalized))
    }
}

/// `{ inquiryType, name, phone, email, body }` of the normalized form `out`, each
/// field the very string the caller passed (`typed`, read as `form`) where it is
/// the same, else a new one: most fields of most forms come back as typed, and are
/// not copied out of the module again.
fn normalized(out: &ContactForm, form: &ContactForm, typed: &[JsValue; 5]) -> JsValue {
    let [inquiry_type, name, phone, email, body] = typed;
    crate::objects::contact_form(
        field_value(&out.inquiry_type, &form.inquiry_type, inquiry_type),
        field_value(&out.name, &form.name, name),
        field_value(&out.phone, &form.phone, phone),
        field_value(&out.email, &form.email, email),
        field_value(&out.body, &form.body, body),
    )
}

/// `text` as a JavaScript string: `typed_value` when it is the string the caller
/// passed (`typed`, as read), else a string built from `text` (long bodies come
/// back faster from UTF-16 than through wasm-bindgen's UTF-8: [`super::js_string`]).
fn field_value(text: &str, typed: &str, typed_value: &JsValue) -> JsValue {
    // A lone surrogate was read as U+FFFD: such a text goes back as read.
    if text == typed && typed_value.is_string() && !super::has_replacement(typed) {
        typed_value.clone()
    } else {
        super::js_string(text)
    }
}

/// `prepareSubmission(form, options?) -> Submission`.
#[wasm_bindgen(js_name = prepareSubmission, skip_typescript)]
pub fn prepare_submission(form: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    form_call(&form, &options, "prepareSubmission", true)
}

/// The form's fields; `undefined` is an empty field, anything but a string an error.
/// Also the fields' values as the caller passed them, in the order of [`Field::ALL`].
fn read_form(form: &JsValue, func: &str) -> Result<(ContactForm, [JsValue; 5]), JsValue> {
    if !super::is_record(form) {
        return Err(super::type_error_of(&[
            func,
            ": `form` must be an object, got ",
            super::describe(form),
        ]));
    }
    let mut typed: [JsValue; 5] = Default::default();
    let mut texts: [String; 5] = Default::default();
    for ((&field, value), text) in Field::ALL.iter().zip(&mut typed).zip(&mut texts) {
        let key = field.as_str();
        *value = super::get(form, key, func, "form")?;
        *text = match value.dyn_ref::<JsString>() {
            Some(js) if js.length() <= super::MAX_INPUT_UNITS => super::rust_string(js),
            // The argument's name is written out only for the error.
            _ => super::optional_string_arg(value, func, &super::concat(&["form.", key]))?
                .unwrap_or_default(),
        };
    }
    let [inquiry_type, name, phone, email, body] = texts;
    let form = ContactForm {
        inquiry_type,
        name,
        phone,
        email,
        body,
    };
    Ok((form, typed))
}

/// The rules `options` asks for, starting from the defaults; `undefined` (or
/// absent) and `null` are no options.
fn read_options(options: &JsValue, func: &str) -> Result<FormRules, JsValue> {
    let mut rules = FormRules::default();
    if options.is_undefined() || options.is_null() {
        return Ok(rules);
    }
    if !super::is_record(options) {
        return Err(super::type_error_of(&[
            func,
            ": `options` must be an object, got ",
            super::describe(options),
        ]));
    }

    let required = super::get(options, "required", func, "options")?;
    let values = field_values(&required, func, "options.required")?;
    for (&field, value) in Field::ALL.iter().zip(&values) {
        if value.is_undefined() {
            continue;
        }
        let Some(required) = value.as_bool() else {
            return Err(super::type_error_of(&[
                func,
                ": `options.required.",
                field.as_str(),
                "` must be a boolean, got ",
                super::describe(value),
            ]));
        };
        rules = rules.require(field, required);
    }

    let max_length = super::get(options, "maxLength", func, "options")?;
    let values = field_values(&max_length, func, "options.maxLength")?;
    for (&field, value) in Field::ALL.iter().zip(&values) {
        if value.is_undefined() {
            continue;
        }
        let max = if value.is_null() {
            None
        } else {
            Some(max_chars(value, func, field)?)
        };
        rules = rules.max_chars(field, max);
    }

    let email = super::get(options, "emailInsteadOfPhone", func, "options")?;
    if !email.is_undefined() {
        let Some(accepted) = email.as_bool() else {
            return Err(super::type_error_of(&[
                func,
                ": `options.emailInsteadOfPhone` must be a boolean, got ",
                super::describe(&email),
            ]));
        };
        rules = rules.email_instead_of_phone(accepted);
    }
    Ok(rules)
}

/// The values of an option keyed by field (`{ name: …, body: … }`), in the order of
/// [`Field::ALL`], `undefined` for a field it leaves out (all of them when the option
/// is `undefined`). An unknown key is an error: a misspelt field name would otherwise
/// be ignored without a word.
fn field_values(object: &JsValue, func: &str, arg: &str) -> Result<[JsValue; 5], JsValue> {
    let mut values: [JsValue; 5] = Default::default();
    if object.is_undefined() {
        return Ok(values);
    }
    if !super::is_record(object) {
        return Err(super::type_error_of(&[
            func,
            ": `",
            arg,
            "` must be an object keyed by field name, got ",
            super::describe(object),
        ]));
    }
    let keys = js_sys::Reflect::own_keys(object).map_err(|_| {
        super::type_error_of(&[
            func,
            ": listing the keys of `",
            arg,
            "` threw; pass a plain object",
        ])
    })?;
    for key in keys.iter() {
        let name = key.as_string();
        if name.as_deref().and_then(Field::from_name).is_none() {
            let shown = name.map_or_else(|| "a symbol".to_owned(), |k| mamori::quoted::quote(&k));
            return Err(super::type_error_of(&[
                func,
                ": `",
                arg,
                "` has the key ",
                &shown,
                ", which is not a field; \
                     the fields are inquiryType, name, phone, email and body",
            ]));
        }
    }
    for (value, &field) in values.iter_mut().zip(&Field::ALL) {
        *value = super::get(object, field.as_str(), func, arg)?;
    }
    Ok(values)
}

/// A length limit: a non-negative integer number.
fn max_chars(value: &JsValue, func: &str, field: Field) -> Result<usize, JsValue> {
    let Some(n) = value.as_f64() else {
        return Err(super::type_error_of(&[
            func,
            ": `options.maxLength.",
            field.as_str(),
            "` must be a number or null, got ",
            super::describe(value),
        ]));
    };
    if !(n >= 0.0 && n % 1.0 == 0.0) {
        return Err(super::range_error_of(&[
            func,
            ": `options.maxLength.",
            field.as_str(),
            "` must be a non-negative integer",
        ]));
    }
    // Saturating: a limit beyond usize is no limit in practice.
    Ok(n as usize)
}
