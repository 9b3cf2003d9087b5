//! `validateForm(form, options?)` and `prepareSubmission(form, options?)`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_FORM: &str = r#"
/** The contact form's fields; an absent field counts as empty. */
export interface ContactForm {
  inquiryType?: string; name?: string; phone?: string; email?: string; body?: string;
}
/** The fields a message is about. */
export type FormField = "inquiryType" | "name" | "phone" | "email" | "body";
/** Error and warning codes of validateForm. */
export type FormIssueCode =
  | "required" | "too_long" | "invalid_chars" | "phone_invalid" | "email_invalid"
  | "first_line_mismatch" | "inquiry_type_must_be_other" | "request_content_missing"
  | "sensitive_data_will_be_masked";
/** One error or warning: where, what, and how to fix it (Japanese and English). */
export interface FormIssue {
  field: FormField; code: FormIssueCode; message: string; messageEn: string;
  /** With first_line_mismatch: the line to write instead. */
  suggestion?: string;
}
/** What a disclosure request asks for (section 6 of the privacy notice). */
export type DisclosureKind =
  | "purpose_notification" | "disclosure" | "correction" | "suspension" | "erasure"
  | "stop_third_party_provision" | "third_party_record_disclosure";
/** How a disclosure request was read. */
export interface Disclosure { kinds: DisclosureKind[]; requester: "self" | "agent" | null; }
/** The form after normalization. */
export interface NormalizedForm {
  inquiryType: string; name: string; phone: string; email: string; body: string;
}
/** The result of validateForm. */
export interface FormResult {
  ok: boolean; errors: FormIssue[]; warnings: FormIssue[];
  normalized: NormalizedForm; disclosure: Disclosure | null;
}
/** The result of prepareSubmission: the payload to send, with the body redacted. */
export interface Submission {
  ok: boolean; errors: FormIssue[]; warnings: FormIssue[]; payload: NormalizedForm | null;
}
/** Options of validateForm and prepareSubmission. */
export interface FormOptions {}
/**
 * Checks the contact form field by field, following section 6 of the privacy notice.
 * @throws {TypeError} when `form` is not an object.
 */
export function validateForm(form: ContactForm, options?: FormOptions): FormResult;
/**
 * Validates the form and, when it is ok, returns the normalized payload with the
 * body redacted: what may be sent.
 * @throws {TypeError} when `form` is not an object.
 */
export function prepareSubmission(form: ContactForm, options?: FormOptions): Submission;
"#;

/// `validateForm(form, options?) -> FormResult`.
#[wasm_bindgen(js_name = validateForm, skip_typescript)]
pub fn validate_form(form: JsValue, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    if !super::is_record(&form) {
        return Err(super::type_error(&format!(
            "validateForm: `form` must be an object, got {}",
            super::describe(&form)
        )));
    }
    let _ = options;
    Err(super::not_implemented("validateForm"))
}

/// `prepareSubmission(form, options?) -> Submission`.
#[wasm_bindgen(js_name = prepareSubmission, skip_typescript)]
pub fn prepare_submission(form: JsValue, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    if !super::is_record(&form) {
        return Err(super::type_error(&format!(
            "prepareSubmission: `form` must be an object, got {}",
            super::describe(&form)
        )));
    }
    let _ = options;
    Err(super::not_implemented("prepareSubmission"))
}
