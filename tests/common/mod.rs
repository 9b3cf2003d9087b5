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
        ("body", "質問です。\n保険者番号：０６１３２０１３"),
    ]);
    let submission = js::prepare_submission(form, None).expect("a result");
    assert_eq!(prop(&submission, "ok").as_bool(), Some(true));
    let body = prop(&submission, "payload.body")
        .as_string()
        .unwrap_or_default();
    assert!(
        !body.contains("06132013") && !body.contains("０６１３２０１３"),
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

/// `redact(text, options)` through the boundary, with `options` built by `build`.
fn redact_with(text: &str, build: impl FnOnce(&js_sys::Object)) -> Result<JsValue, JsValue> {
    let options = js_sys::Object::new();
    build(&options);
    js::redact(JsValue::from_str(text), Some(options.into()))
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    js_sys::Reflect::set(object, &JsValue::from_str(key), value).expect("a plain object");
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).expect("a property")
}

/// The findings of a result as (kind, start, end).
fn findings(result: &JsValue) -> Vec<(String, u32, u32)> {
    js_sys::Array::from(&get(result, "findings"))
        .iter()
        .map(|f| {
            (
                get(&f, "kind").as_string().expect("kind"),
                get(&f, "start").as_f64().expect("start") as u32,
                get(&f, "end").as_f64().expect("end") as u32,
            )
        })
        .collect()
}

pub fn redact_masks_and_reports_utf16_offsets() {
    // 𠮷 and 😀 are two UTF-16 code units each: offsets count them so.
    let text = "𠮷田😀 マイナンバー 1234 5678 9018 保険者番号：０１１３００１２";
    let result = js::redact(JsValue::from_str(text), None).expect("a result");
    assert_eq!(
        get(&result, "text").as_string().unwrap(),
        "𠮷田😀 マイナンバー **** **** **** 保険者番号：＊＊＊＊＊＊＊＊"
    );
    let units: Vec<u16> = text.encode_utf16().collect();
    let found = findings(&result);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].0, "my_number");
    let slice = |s: u32, e: u32| String::from_utf16(&units[s as usize..e as usize]).unwrap();
    assert_eq!(slice(found[0].1, found[0].2), "1234 5678 9018");
    assert_eq!(
        (found[1].0.as_str(), slice(found[1].1, found[1].2).as_str()),
        ("insurer_number", "０１１３００１２")
    );
}

pub fn redact_returns_the_same_string_when_nothing_is_found() {
    let text = JsValue::from_str("お問い合わせです。2026年11月25日");
    let result = js::redact(text.clone(), None).expect("a result");
    assert_eq!(get(&result, "text"), text);
    assert_eq!(js_sys::Array::from(&get(&result, "findings")).length(), 0);
}

pub fn redact_styles_kinds_and_keep_last() {
    let text = "口座番号 1234567 TEL 090-1234-5678";
    let result = redact_with(text, |o| set(o, "style", &"label".into())).unwrap();
    assert_eq!(
        get(&result, "text").as_string().unwrap(),
        "口座番号 〔口座番号〕 TEL 090-1234-5678"
    );

    let kinds = js_sys::Array::of2(&"phone".into(), &"bank_account".into());
    let result = redact_with(text, |o| {
        set(o, "kinds", &kinds);
        set(o, "style", &"partial".into());
        set(o, "keepLast", &JsValue::from_f64(2.0));
    })
    .unwrap();
    assert_eq!(
        get(&result, "text").as_string().unwrap(),
        "口座番号 *****67 TEL ***-****-**78"
    );
    let kinds: Vec<String> = findings(&result).into_iter().map(|f| f.0).collect();
    assert_eq!(kinds, ["bank_account", "phone"]);
}

pub fn redact_rejects_bad_options_with_type_errors_naming_them() {
    let kinds = |items: &[JsValue]| -> JsValue { items.iter().collect::<js_sys::Array>().into() };
    let cases: Vec<(&str, JsValue, &str)> = vec![
        ("kinds", "my_number".into(), "`options.kinds`"),
        (
            "kinds",
            kinds(&["my_number".into(), "phone".into(), "ssn".into()]),
            "`options.kinds[2]`",
        ),
        (
            "kinds",
            kinds(&[JsValue::from_f64(1.0)]),
            "`options.kinds[0]`",
        ),
        ("style", "stars".into(), "`options.style`"),
        ("style", JsValue::TRUE, "`options.style`"),
        ("keepLast", JsValue::from_f64(-1.0), "`options.keepLast`"),
        ("keepLast", JsValue::from_f64(1.5), "`options.keepLast`"),
        ("keepLast", "4".into(), "`options.keepLast`"),
        ("rules", JsValue::from_f64(1.0), "`options.rules`"),
        ("rules", kinds(&["x".into()]), "`options.rules[0]`"),
    ];
    for (key, value, name) in cases {
        let err = thrown(redact_with("x", |o| set(o, key, &value)));
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{name}");
        let message = String::from(err.message());
        assert!(message.contains(name), "{message}");
    }
    // An unknown kind lists the valid ones.
    let err = thrown(redact_with("x", |o| {
        set(o, "kinds", &js_sys::Array::of1(&"ssn".into()))
    }));
    assert!(String::from(err.message()).contains("insured_number"));
    // Options that are not an object.
    let err = thrown(js::redact(
        JsValue::from_str("x"),
        Some(JsValue::from_f64(3.0)),
    ));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`options`"));
    // The module keeps working.
    assert!(js::redact(JsValue::from_str("個人番号 123456789018"), None).is_ok());
}

pub fn redact_custom_rules_follow_the_build() {
    let rules = js_sys::Array::new();
    let rule = js_sys::Object::new();
    set(&rule, "kind", &"patient_id".into());
    set(&rule, "pattern", &r"P\d{6}".into());
    rules.push(&rule);
    let result = redact_with("患者ID P123456", |o| set(o, "rules", &rules));
    if cfg!(feature = "rules") {
        let result = result.expect("rules in this build");
        assert_eq!(get(&result, "text").as_string().unwrap(), "患者ID *******");
        assert_eq!(findings(&result)[0].0, "patient_id");
        // A bad pattern is a SyntaxError naming the rule.
        set(&rule, "pattern", &"(".into());
        let err = thrown(redact_with("x", |o| set(o, "rules", &rules)));
        assert!(err.is_instance_of::<js_sys::SyntaxError>());
        assert!(String::from(err.message()).contains("`options.rules[0].pattern`"));
    } else {
        let err = thrown(result);
        assert_eq!(
            js_sys::Reflect::get(&err, &"code".into())
                .unwrap()
                .as_string()
                .as_deref(),
            Some("rules_unavailable")
        );
    }
}
