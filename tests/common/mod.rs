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
