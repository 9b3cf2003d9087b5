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
    let err = thrown(js::normalize(JsValue::from_f64(1.0), JsValue::UNDEFINED));
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

/// `normalize` through the boundary, as JavaScript calls it.
fn normalize_js(text: &str, profile: Option<&str>) -> String {
    let profile = profile.map_or(JsValue::UNDEFINED, JsValue::from_str);
    js::normalize(JsValue::from_str(text), profile)
        .expect("normalize accepts strings")
        .as_string()
        .expect("normalize returns a string")
}

pub fn normalize_applies_each_profile() {
    // No profile (`undefined`) is "text".
    assert_eq!(
        normalize_js("ＴＥＬ：０３－１２３４\r\nｶﾞｯｺｳ～", None),
        "TEL:03-1234\nガッコウ〜"
    );
    assert_eq!(
        normalize_js("山田\u{3000}\u{3000}太郎 ", Some("text")),
        "山田\u{3000}\u{3000}太郎 "
    );
    assert_eq!(
        normalize_js("山田  太郎 ", Some("name")),
        "山田\u{3000}太郎"
    );
    assert_eq!(
        normalize_js("John\u{3000}Smith", Some("name")),
        "John Smith"
    );
    assert_eq!(
        normalize_js("やまだ たろう", Some("kana")),
        "ヤマダ\u{3000}タロウ"
    );
    assert_eq!(
        normalize_js("やまだ たろう", Some("name")),
        "やまだ\u{3000}たろう"
    );
    // Kept as typed: compatibility ideographs, ①, ㈱, ゛, variation selectors.
    let kept = "\u{FA10}本 ① ㈱ ゛ 葛\u{E0100}";
    assert_eq!(normalize_js(kept, Some("text")), kept);
    assert_eq!(
        normalize_js("\u{FA10}本\u{3000}花子", Some("name")),
        "\u{FA10}本\u{3000}花子"
    );
}

pub fn normalize_turns_lone_surrogates_into_replacement_characters() {
    // "\uD800a\uDC00" with both surrogates unpaired; then a valid pair (𠮷).
    let text = js_sys::JsString::from_char_code(&[0xD800, 0x61, 0xDC00, 0xD842, 0xDFB7]);
    let out = js::normalize(text.into(), JsValue::UNDEFINED)
        .expect("a string")
        .as_string()
        .expect("a string");
    assert_eq!(out, "\u{FFFD}a\u{FFFD}𠮷");
    assert_eq!(normalize_js(&out, None), out);
}

pub fn normalize_rejects_a_bad_profile_with_a_type_error_listing_the_names() {
    for bad in [
        JsValue::from_str("nfkc"),
        JsValue::from_str("Text"),
        JsValue::from_f64(1.0),
        JsValue::NULL,
        js_sys::Object::new().into(),
    ] {
        let err = thrown(js::normalize(JsValue::from_str("x"), bad));
        assert!(err.is_instance_of::<js_sys::TypeError>());
        let message = String::from(err.message());
        for needed in ["`profile`", "\"text\"", "\"name\"", "\"kana\""] {
            assert!(message.contains(needed), "{message}");
        }
    }
    // The module keeps working.
    assert_eq!(normalize_js("ａ", Some("text")), "a");
}
