//! Cases shared by the wasm-bindgen tests that run in Node (`tests/node.rs`) and in
//! headless Chromium (`tests/browser.rs`). Each function takes the boundary as
//! JavaScript sees it and asserts real behaviour.
#![allow(dead_code)]

use mamori::js;
use wasm_bindgen::{JsCast, JsValue};

/// The error thrown by a boundary call, as a JS `Error`.
pub fn thrown(result: Result<JsValue, JsValue>) -> js_sys::Error {
    match result {
        Ok(_) => panic!("expected the call to throw"),
        Err(e) => e.dyn_into::<js_sys::Error>().expect("an Error object"),
    }
}

pub fn version_matches_the_crate() {
    assert_eq!(js::version(), env!("CARGO_PKG_VERSION"));
}

pub fn wrong_types_throw_type_errors_naming_the_argument() {
    let err = thrown(js::normalize(JsValue::from_f64(1.0), None));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    let message = String::from(err.message());
    assert!(message.contains("`text`"), "{message}");

    let err = thrown(js::parse_phone(JsValue::NULL));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`input`"));

    let err = thrown(js::validate_form(JsValue::from_str("form"), None));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`form`"));

    let err = thrown(js::redact(JsValue::UNDEFINED, None));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`text`"));
}

// ---- the contact form (validateForm, prepareSubmission) ----

/// A plain JS object from `(key, value)` string pairs.
fn js_form(fields: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value))
            .expect("set a property");
    }
    object.into()
}

fn prop(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        js_sys::Reflect::get(&v, &JsValue::from_str(key)).expect("a property")
    })
}

fn codes(result: &JsValue) -> Vec<String> {
    js_sys::Array::from(&prop(result, "errors"))
        .iter()
        .map(|e| {
            format!(
                "{}:{}",
                prop(&e, "field").as_string().unwrap_or_default(),
                prop(&e, "code").as_string().unwrap_or_default()
            )
        })
        .collect()
}

const REQUEST_BODY: &str =
    "個人情報の開示等請求\n代理人として、本人の開示は不要です、訂正を請求します。";

pub fn form_reads_a_disclosure_request() {
    let form = js_form(&[
        ("inquiryType", "その他"),
        ("name", "山田　太郎"),
        ("phone", "０３－１２３４－５６７８"),
        ("body", REQUEST_BODY),
    ]);
    let result = js::validate_form(form, None).expect("a result");
    assert_eq!(
        prop(&result, "ok").as_bool(),
        Some(true),
        "{:?}",
        codes(&result)
    );
    assert_eq!(
        prop(&result, "normalized.phone").as_string().as_deref(),
        Some("03-1234-5678")
    );
    assert_eq!(
        prop(&result, "normalized.email").as_string().as_deref(),
        Some("")
    );
    let kinds: Vec<String> = js_sys::Array::from(&prop(&result, "disclosure.kinds"))
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    assert_eq!(kinds, ["correction"]);
    assert_eq!(
        prop(&result, "disclosure.requester").as_string().as_deref(),
        Some("agent")
    );
    assert!(js_sys::Array::from(&prop(&result, "warnings")).length() == 0);
}

pub fn form_errors_carry_codes_messages_and_suggestion() {
    let form = js_form(&[
        ("inquiryType", "その他"),
        ("body", "個人情報開示請求\n開示"),
    ]);
    let result = js::validate_form(form, None).expect("a result");
    assert_eq!(prop(&result, "ok").as_bool(), Some(false));
    assert_eq!(
        codes(&result),
        [
            "name:required",
            "phone:required",
            "body:first_line_mismatch"
        ]
    );
    assert!(prop(&result, "disclosure").is_null());
    let errors = js_sys::Array::from(&prop(&result, "errors"));
    for e in errors.iter() {
        assert!(!prop(&e, "message")
            .as_string()
            .unwrap_or_default()
            .is_empty());
        assert!(!prop(&e, "messageEn")
            .as_string()
            .unwrap_or_default()
            .is_empty());
    }
    let mismatch = errors.get(2);
    assert_eq!(
        prop(&mismatch, "suggestion").as_string().as_deref(),
        Some("個人情報の開示等請求")
    );
    // Other errors have no suggestion property at all.
    assert!(
        !js_sys::Reflect::has(&errors.get(0), &JsValue::from_str("suggestion")).unwrap_or(true)
    );
}

pub fn form_wrong_field_types_throw_type_errors_naming_the_field() {
    for (key, value) in [
        ("name", JsValue::from_f64(1.0)),
        ("phone", JsValue::NULL),
        ("email", js_sys::Object::new().into()),
        ("body", JsValue::TRUE),
        ("inquiryType", js_sys::Array::new().into()),
    ] {
        let form = js_form(&[]);
        js_sys::Reflect::set(&form, &JsValue::from_str(key), &value).expect("set");
        let err = thrown(js::validate_form(form.clone(), None));
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{key}");
        let message = String::from(err.message());
        assert!(message.contains(&format!("`form.{key}`")), "{message}");
        let err = thrown(js::prepare_submission(form, None));
        assert!(String::from(err.message()).contains(&format!("`form.{key}`")));
    }
    // Absent fields are empty; the module keeps working after the throws.
    let result = js::validate_form(js_form(&[]), None).expect("a result");
    assert_eq!(
        codes(&result),
        ["name:required", "phone:required", "body:required"]
    );
}

pub fn form_options_map_onto_the_rules() {
    let form = || {
        js_form(&[
            ("name", "田村　海斗"),
            ("email", "kaito@example.com"),
            ("body", "申込方法を教えてください。"),
        ])
    };
    let options: JsValue = js_sys::JSON::parse(
        r#"{"required": {"inquiryType": true}, "maxLength": {"body": 5, "name": null}, "emailInsteadOfPhone": false}"#,
    )
    .expect("JSON");
    let result = js::validate_form(form(), Some(options)).expect("a result");
    assert_eq!(
        codes(&result),
        ["inquiryType:required", "phone:required", "body:too_long"]
    );
    let result = js::validate_form(form(), Some(JsValue::UNDEFINED)).expect("a result");
    assert_eq!(prop(&result, "ok").as_bool(), Some(true));

    for (options, is_range) in [
        (r#"{"required": {"phoen": true}}"#, false),
        (r#"{"required": {"name": 1}}"#, false),
        (r#"{"maxLength": {"name": "10"}}"#, false),
        (r#"{"maxLength": {"name": -1}}"#, true),
        (r#"{"maxLength": {"name": 1.5}}"#, true),
        (r#"{"emailInsteadOfPhone": "yes"}"#, false),
        (r#"{"required": ["name"]}"#, false),
    ] {
        let options = js_sys::JSON::parse(options).expect("JSON");
        let err = thrown(js::validate_form(form(), Some(options)));
        if is_range {
            assert!(err.is_instance_of::<js_sys::RangeError>());
        } else {
            assert!(err.is_instance_of::<js_sys::TypeError>());
        }
        assert!(String::from(err.message()).contains("`options"));
    }
    let err = thrown(js::validate_form(form(), Some(JsValue::from_str("strict"))));
    assert!(String::from(err.message()).contains("`options`"));
}

pub fn form_prepare_submission_masks_the_body() {
    let form = js_form(&[
        ("inquiryType", "サービスについて"),
        ("name", "森田　葵"),
        ("phone", "090-1234-5678"),
        ("body", "質問です。\n保険者番号：０６１３２０１６"),
    ]);
    let submission = js::prepare_submission(form, None).expect("a result");
    assert_eq!(prop(&submission, "ok").as_bool(), Some(true));
    let body = prop(&submission, "payload.body")
        .as_string()
        .unwrap_or_default();
    assert!(
        !body.contains("06132016") && !body.contains("０６１３２０１６"),
        "{body}"
    );
    assert_eq!(
        prop(&submission, "payload.phone").as_string().as_deref(),
        Some("090-1234-5678")
    );
    assert_eq!(
        js_sys::Array::from(&prop(&submission, "warnings")).length(),
        1
    );

    let submission = js::prepare_submission(js_form(&[]), None).expect("a result");
    assert!(prop(&submission, "payload").is_null());
}
