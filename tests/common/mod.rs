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

/// `object[key]`.
fn field(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).expect("a readable property")
}

pub fn phone_valid_numbers_become_plain_objects() {
    let r = js::parse_phone(JsValue::from_str("０３ー１２３４ー５６７８")).expect("no throw");
    assert_eq!(field(&r, "valid"), JsValue::TRUE);
    assert_eq!(field(&r, "type").as_string().as_deref(), Some("fixed_line"));
    assert_eq!(
        field(&r, "e164").as_string().as_deref(),
        Some("+81312345678")
    );
    assert_eq!(
        field(&r, "national").as_string().as_deref(),
        Some("03-1234-5678")
    );
    assert!(field(&r, "error").is_null());

    let r = js::parse_phone(JsValue::from_str("+81 (0)120 123 456")).expect("no throw");
    assert_eq!(field(&r, "type").as_string().as_deref(), Some("toll_free"));
    assert_eq!(
        field(&r, "national").as_string().as_deref(),
        Some("0120-123-456")
    );

    let r = js::parse_phone(JsValue::from_str("0422512345")).expect("no throw");
    assert_eq!(
        field(&r, "national").as_string().as_deref(),
        Some("0422-51-2345")
    );
}

pub fn phone_refusals_carry_a_code_and_messages() {
    for (input, code) in [
        ("", "empty"),
        ("TEL 03-1234-5678", "invalid_chars"),
        ("03-1234-567", "too_short"),
        ("312345678", "too_short"),
        ("03-1234-56789", "too_long"),
        ("0180-12-3456", "invalid_number"),
        ("+1 212 555 1234", "not_japanese"),
    ] {
        let r = js::parse_phone(JsValue::from_str(input)).expect("no throw");
        assert_eq!(field(&r, "valid"), JsValue::FALSE, "{input:?}");
        for key in ["type", "e164", "national"] {
            assert!(field(&r, key).is_null(), "{input:?}: {key}");
        }
        let error = field(&r, "error");
        assert_eq!(
            field(&error, "code").as_string().as_deref(),
            Some(code),
            "{input:?}"
        );
        let message = field(&error, "message").as_string().expect("message");
        assert!(message.contains("ください"), "{message}");
        let message_en = field(&error, "messageEn").as_string().expect("messageEn");
        assert!(message_en.contains("Please"), "{message_en}");
    }
    let r = js::parse_phone(JsValue::from_str("1234-5678")).expect("no throw");
    let message = field(&field(&r, "error"), "message")
        .as_string()
        .expect("message");
    assert!(
        message.contains("市外局番から入力してください"),
        "{message}"
    );
}

pub fn phone_keeps_working_after_bad_calls() {
    for bad in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from_f64(312345678.0),
    ] {
        let err = thrown(js::parse_phone(bad));
        assert!(err.is_instance_of::<js_sys::TypeError>());
        assert!(String::from(err.message()).contains("`input`"));
    }
    let long = "0".repeat(100_000);
    let r = js::parse_phone(JsValue::from_str(&long)).expect("no throw");
    assert_eq!(
        field(&field(&r, "error"), "code").as_string().as_deref(),
        Some("too_long")
    );
    let r = js::parse_phone(JsValue::from_str("090-1234-5678")).expect("no throw");
    assert_eq!(field(&r, "type").as_string().as_deref(), Some("mobile"));
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
