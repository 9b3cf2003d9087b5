//! The plain JavaScript objects the form and phone functions return: the shapes
//! `mamori.d.ts` declares, in the order of the core's structs. Each is made on the
//! JavaScript side from its fields in one call (an object literal), which is faster
//! than setting its keys one by one from the module and needs no serializer.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsValue;

use mamori::form::{Disclosure, FormResult, Issue, Requester, Submission};

#[wasm_bindgen(inline_js = r#"
export function contact_form(inquiryType, name, phone, email, body) { return { inquiryType, name, phone, email, body }; }
export function issue(field, code, message, messageEn, suggestion) {
  return suggestion === undefined ? { field, code, message, messageEn } : { field, code, message, messageEn, suggestion };
}
export function disclosure(kinds, requester) { return { kinds, requester }; }
export function form_result(ok, errors, warnings, normalized, disclosure) { return { ok, errors, warnings, normalized, disclosure }; }
export function submission(ok, errors, warnings, payload) { return { ok, errors, warnings, payload }; }
export function phone_result(valid, type, e164, national, error) { return { valid, type, e164, national, error }; }
export function phone_error(code, message, messageEn) { return { code, message, messageEn }; }
"#)]
extern "C" {
    /// `{ inquiryType, name, phone, email, body }`.
    pub(crate) fn contact_form(
        inquiry_type: JsValue,
        name: JsValue,
        phone: JsValue,
        email: JsValue,
        body: JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_name = issue)]
    fn js_issue(
        field: &str,
        code: &str,
        message: &str,
        message_en: &str,
        suggestion: JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_name = disclosure)]
    fn js_disclosure(kinds: Array, requester: JsValue) -> JsValue;
    #[wasm_bindgen(js_name = form_result)]
    fn js_form_result(
        ok: bool,
        errors: JsValue,
        warnings: JsValue,
        normalized: JsValue,
        disclosure: JsValue,
    ) -> JsValue;
    #[wasm_bindgen(js_name = submission)]
    fn js_submission(ok: bool, errors: JsValue, warnings: JsValue, payload: JsValue) -> JsValue;
    /// `{ valid, type, e164, national, error }`.
    pub(crate) fn phone_result(
        valid: bool,
        phone_type: JsValue,
        e164: JsValue,
        national: JsValue,
        error: JsValue,
    ) -> JsValue;
    /// `{ code, message, messageEn }`.
    pub(crate) fn phone_error(code: &str, message: &str, message_en: &str) -> JsValue;
}

/// `[{ field, code, message, messageEn, suggestion? }, …]`.
fn issues(list: &[Issue]) -> JsValue {
    let out = Array::new();
    for i in list {
        let suggestion = i.suggestion.map_or(JsValue::UNDEFINED, JsValue::from_str);
        out.push(&js_issue(
            i.field.as_str(),
            i.code.as_str(),
            &i.message,
            &i.message_en,
            suggestion,
        ));
    }
    out.into()
}

/// `{ kinds: [...], requester: "self" | "agent" | null }`, or `null`.
fn disclosure(found: Option<&Disclosure>) -> JsValue {
    let Some(d) = found else {
        return JsValue::NULL;
    };
    let kinds = Array::new();
    for k in &d.kinds {
        kinds.push(&JsValue::from_str(k.as_str()));
    }
    let requester = d.requester.map_or(JsValue::NULL, |r| {
        JsValue::from_str(match r {
            Requester::Principal => "self",
            Requester::Agent => "agent",
        })
    });
    js_disclosure(kinds, requester)
}

/// `validateForm`'s `{ ok, errors, warnings, normalized, disclosure }`, with
/// `normalized` made by the caller (from [`contact_form`]).
pub(crate) fn form_result(r: &FormResult, normalized: JsValue) -> JsValue {
    js_form_result(
        r.ok,
        issues(&r.errors),
        issues(&r.warnings),
        normalized,
        disclosure(r.disclosure.as_ref()),
    )
}

/// `prepareSubmission`'s `{ ok, errors, warnings, payload }`, with `payload` made
/// by the caller (from [`contact_form`], or `null`).
pub(crate) fn submission(s: &Submission, payload: JsValue) -> JsValue {
    js_submission(s.ok, issues(&s.errors), issues(&s.warnings), payload)
}
