//! The plain JavaScript objects the form and phone functions return, built field
//! by field: the shapes `mamori.d.ts` declares, in the order of the core's structs.
//! (Built by hand rather than by a serializer: the browser build is smaller so.)

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use mamori::form::{ContactForm, Disclosure, FormResult, Issue, Requester, Submission};

/// `result[key] = value`.
pub(crate) fn set(result: &Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    Reflect::set(result, &JsValue::from_str(key), value).map(|_| ())
}

/// A new object with `fields`, in order.
pub(crate) fn object(fields: &[(&str, JsValue)]) -> Result<JsValue, JsValue> {
    let result = Object::new();
    for (key, value) in fields {
        set(&result, key, value)?;
    }
    Ok(result.into())
}

/// A string, or `null`.
pub(crate) fn string_or_null(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

/// `{ inquiryType, name, phone, email, body }`.
fn contact_form(form: &ContactForm) -> Result<JsValue, JsValue> {
    object(&[
        ("inquiryType", JsValue::from_str(&form.inquiry_type)),
        ("name", JsValue::from_str(&form.name)),
        ("phone", JsValue::from_str(&form.phone)),
        ("email", JsValue::from_str(&form.email)),
        ("body", JsValue::from_str(&form.body)),
    ])
}

/// `[{ field, code, message, messageEn, suggestion? }, …]`.
fn issues(list: &[Issue]) -> Result<JsValue, JsValue> {
    let out = Array::new();
    for issue in list {
        let item = object(&[
            ("field", JsValue::from_str(issue.field.as_str())),
            ("code", JsValue::from_str(issue.code.as_str())),
            ("message", JsValue::from_str(&issue.message)),
            ("messageEn", JsValue::from_str(&issue.message_en)),
        ])?;
        if let Some(suggestion) = issue.suggestion {
            Reflect::set(
                &item,
                &JsValue::from_str("suggestion"),
                &JsValue::from_str(suggestion),
            )?;
        }
        out.push(&item);
    }
    Ok(out.into())
}

/// `{ kinds: [...], requester: "self" | "agent" | null }`, or `null`.
fn disclosure(found: Option<&Disclosure>) -> Result<JsValue, JsValue> {
    let Some(d) = found else {
        return Ok(JsValue::NULL);
    };
    let kinds: Array = d
        .kinds
        .iter()
        .map(|k| JsValue::from_str(k.as_str()))
        .collect();
    let requester = d.requester.map(|r| match r {
        Requester::Principal => "self",
        Requester::Agent => "agent",
    });
    object(&[
        ("kinds", kinds.into()),
        ("requester", string_or_null(requester)),
    ])
}

/// `validateForm`'s `{ ok, errors, warnings, normalized, disclosure }`.
pub(crate) fn form_result(r: &FormResult) -> Result<JsValue, JsValue> {
    object(&[
        ("ok", JsValue::from_bool(r.ok)),
        ("errors", issues(&r.errors)?),
        ("warnings", issues(&r.warnings)?),
        ("normalized", contact_form(&r.normalized)?),
        ("disclosure", disclosure(r.disclosure.as_ref())?),
    ])
}

/// `prepareSubmission`'s `{ ok, errors, warnings, payload }`.
pub(crate) fn submission(s: &Submission) -> Result<JsValue, JsValue> {
    let payload = match &s.payload {
        Some(form) => contact_form(form)?,
        None => JsValue::NULL,
    };
    object(&[
        ("ok", JsValue::from_bool(s.ok)),
        ("errors", issues(&s.errors)?),
        ("warnings", issues(&s.warnings)?),
        ("payload", payload),
    ])
}
