//! Cases shared by the wasm-bindgen tests that run in Node (`tests/node.rs`) and in
//! headless Chromium (`tests/browser.rs`). Each function takes the boundary as
//! JavaScript sees it and asserts real behaviour.
#![allow(dead_code)]

/// Declares one `#[wasm_bindgen_test]` per shared case. `tests/node.rs` and
/// `tests/browser.rs` both expand it, so the two runs cannot drift apart.
macro_rules! shared_cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[wasm_bindgen_test::wasm_bindgen_test]
            fn $name() {
                common::$name();
            }
        )*
    };
}

/// Every shared case, in Node and in the browser alike.
macro_rules! all_shared_cases {
    () => {
        shared_cases!(
            version_matches_the_crate,
            wrong_types_throw_type_errors_naming_the_argument,
            form_reads_a_disclosure_request,
            form_errors_carry_codes_messages_and_suggestion,
            form_wrong_field_types_throw_type_errors_naming_the_field,
            form_options_map_onto_the_rules,
            form_prepare_submission_masks_the_body,
            phone_valid_numbers_become_plain_objects,
            phone_refusals_carry_a_code_and_messages,
            phone_keeps_working_after_bad_calls,
            normalize_applies_each_profile,
            normalize_turns_lone_surrogates_into_replacement_characters,
            normalize_rejects_a_bad_profile_with_a_type_error_listing_the_names,
            redact_masks_and_reports_utf16_offsets,
            redact_returns_the_same_string_when_nothing_is_found,
            redact_styles_kinds_and_keep_last,
            redact_rejects_bad_options_with_type_errors_naming_them,
            redact_custom_rules_follow_the_build,
            hostile_values_get_type_errors_naming_the_argument,
            hostile_options_get_type_or_range_errors,
            hostile_throwing_calls_leave_the_module_intact,
            hostile_100_mb_strings_are_refused_before_they_are_copied,
            hostile_lone_surrogates_keep_offsets_in_the_callers_string,
            hostile_forms_with_10000_extra_keys_are_read_like_plain_ones,
            hostile_proto_keys_pollute_nothing,
        );
    };
}

use mamori_wasm as js;
use wasm_bindgen::{JsCast, JsValue};

/// The error thrown by a boundary call, as a JS `Error`.
pub fn thrown(result: Result<JsValue, JsValue>) -> js_sys::Error {
    match result {
        Ok(_) => panic!("expected the call to throw"),
        Err(e) => e.dyn_into::<js_sys::Error>().expect("an Error object"),
    }
}

/// The `code` property of a thrown error, when it is a string.
fn code(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &"code".into())
        .ok()
        .and_then(|c| c.as_string())
}

pub fn version_matches_the_crate() {
    assert_eq!(
        js::version().as_string().as_deref(),
        Some(env!("CARGO_PKG_VERSION"))
    );
}

pub fn wrong_types_throw_type_errors_naming_the_argument() {
    let err = thrown(js::normalize(JsValue::from_f64(1.0), JsValue::UNDEFINED));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    let message = String::from(err.message());
    assert!(message.contains("`text`"), "{message}");

    let err = thrown(js::parse_phone(JsValue::NULL));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`input`"));

    let err = thrown(js::validate_form(
        JsValue::from_str("form"),
        JsValue::UNDEFINED,
    ));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`form`"));

    let err = thrown(js::redact(JsValue::UNDEFINED, JsValue::UNDEFINED));
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
    let result = js::validate_form(form, JsValue::UNDEFINED).expect("a result");
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
    let result = js::validate_form(form, JsValue::UNDEFINED).expect("a result");
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
        let err = thrown(js::validate_form(form.clone(), JsValue::UNDEFINED));
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{key}");
        let message = String::from(err.message());
        assert!(message.contains(&format!("`form.{key}`")), "{message}");
        let err = thrown(js::prepare_submission(form, JsValue::UNDEFINED));
        assert!(String::from(err.message()).contains(&format!("`form.{key}`")));
    }
    // Absent fields are empty; the module keeps working after the throws.
    let result = js::validate_form(js_form(&[]), JsValue::UNDEFINED).expect("a result");
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
    let result = js::validate_form(form(), options).expect("a result");
    assert_eq!(
        codes(&result),
        ["inquiryType:required", "phone:required", "body:too_long"]
    );
    let result = js::validate_form(form(), JsValue::UNDEFINED).expect("a result");
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
        let err = thrown(js::validate_form(form(), options));
        if is_range {
            assert!(err.is_instance_of::<js_sys::RangeError>());
        } else {
            assert!(err.is_instance_of::<js_sys::TypeError>());
        }
        assert!(String::from(err.message()).contains("`options"));
    }
    let err = thrown(js::validate_form(form(), JsValue::from_str("strict")));
    assert!(String::from(err.message()).contains("`options`"));
}

pub fn form_prepare_submission_masks_the_body() {
    let form = js_form(&[
        ("inquiryType", "サービスについて"),
        ("name", "森田　葵"),
        ("phone", "090-1234-5678"),
        ("body", "質問です。\n保険者番号：０６１３２０１３"),
    ]);
    let submission = js::prepare_submission(form, JsValue::UNDEFINED).expect("a result");
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

    let submission = js::prepare_submission(js_form(&[]), JsValue::UNDEFINED).expect("a result");
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
    // With its 0 the area code is there: digits are missing, and how many.
    let r = js::parse_phone(JsValue::from_str("090-1234-567")).expect("no throw");
    let error = field(&r, "error");
    assert_eq!(
        field(&error, "code").as_string().as_deref(),
        Some("too_short")
    );
    let message = field(&error, "message").as_string().expect("message");
    assert!(
        message.contains("11桁") && !message.contains("市外局番"),
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
    js::redact(JsValue::from_str(text), options.into())
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
    let result = js::redact(JsValue::from_str(text), JsValue::UNDEFINED).expect("a result");
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
    let result = js::redact(text.clone(), JsValue::UNDEFINED).expect("a result");
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
    ];
    // A rule that is not an object: named where rules can run; where they cannot,
    // any rule is refused as unavailable, unread.
    let odd_rule = thrown(redact_with("x", |o| set(o, "rules", &kinds(&["x".into()]))));
    if cfg!(feature = "rules") {
        assert!(odd_rule.is_instance_of::<js_sys::TypeError>());
        assert!(String::from(odd_rule.message()).contains("`options.rules[0]`"));
    } else {
        assert_eq!(code(&odd_rule).as_deref(), Some("rules_unavailable"));
    }
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
    let err = thrown(js::redact(JsValue::from_str("x"), JsValue::from_f64(3.0)));
    assert!(err.is_instance_of::<js_sys::TypeError>());
    assert!(String::from(err.message()).contains("`options`"));
    // The module keeps working.
    assert!(js::redact(
        JsValue::from_str("個人番号 123456789018"),
        JsValue::UNDEFINED
    )
    .is_ok());
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
        assert_eq!(code(&err).as_deref(), Some("rules_unavailable"));
    }
}

// ---------------------------------------------------------------------------------
// Hostile callers (issue #11): every bad call throws a TypeError or RangeError, or
// returns a structured result; nothing traps; the next good call still works.

/// Runs a JavaScript snippet (the body of a function) and returns its value.
fn eval(body: &str) -> JsValue {
    js_sys::Function::new_no_args(body)
        .call0(&JsValue::UNDEFINED)
        .expect("the snippet runs")
}

const MY_NUMBER_TEXT: &str = "マイナンバーは 1234 5678 9018 です";

/// The form of the README: a valid disclosure request.
fn good_form() -> JsValue {
    eval(
        r#"return { inquiryType: "その他", name: "山田 太郎", phone: "090-1234-5678", email: "",
                    body: "個人情報の開示等請求\n本人です。保有個人データの開示を請求します。" };"#,
    )
}

/// Labelled values that are not what any argument wants, made fresh by JavaScript:
/// primitives of every type, arrays, objects with throwing getters, Proxy objects with
/// throwing traps, revoked Proxy objects.
fn hostile_values() -> Vec<(String, JsValue)> {
    let pairs = eval(
        r#"
        const boom = () => { throw new Error("trap"); };
        const traps = { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom,
                        getPrototypeOf: boom, set: boom, apply: boom, construct: boom };
        const revoked = Proxy.revocable({}, {}); revoked.revoke();
        const revokedArray = Proxy.revocable([], {}); revokedArray.revoke();
        return [
          ["undefined", undefined], ["null", null], ["0", 0], ["NaN", NaN], ["42", 42],
          ["true", true], ["a symbol", Symbol("s")], ["a bigint", 10n],
          ["[]", []], ["an array of a string", ["03-1234-5678"]], ["{}", {}],
          ["a null-prototype object", Object.create(null)], ["a String object", new String("abc")],
          ["a function", () => "x"], ["a Date", new Date(0)],
          ["throwing getters", { get inquiryType() { throw new Error("g"); },
                                 get kinds() { throw new Error("g"); } }],
          ["throwing coercion", { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }],
          ["a Proxy with throwing traps", new Proxy({}, traps)],
          ["a Proxy of an array with throwing traps", new Proxy([], traps)],
          ["a revoked Proxy", revoked.proxy],
          ["a revoked Proxy of an array", revokedArray.proxy],
        ];"#,
    );
    js_sys::Array::from(&pairs)
        .iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            (pair.get(0).as_string().expect("a label"), pair.get(1))
        })
        .collect()
}

/// The module still answers good calls correctly.
fn assert_healthy(after: &str) {
    assert_eq!(
        js::normalize(JsValue::from_str("ＡＢ１"), JsValue::UNDEFINED)
            .ok()
            .and_then(|v| v.as_string())
            .as_deref(),
        Some("AB1"),
        "normalize after {after}"
    );
    let phone = js::parse_phone(JsValue::from_str("03-1234-5678")).expect("parsePhone works");
    assert_eq!(
        field(&phone, "e164").as_string().as_deref(),
        Some("+81312345678"),
        "parsePhone after {after}"
    );
    let redacted =
        js::redact(JsValue::from_str(MY_NUMBER_TEXT), JsValue::UNDEFINED).expect("redact works");
    assert_eq!(
        field(&redacted, "text").as_string().as_deref(),
        Some("マイナンバーは **** **** **** です"),
        "redact after {after}"
    );
    let form = js::validate_form(good_form(), JsValue::UNDEFINED).expect("validateForm works");
    assert_eq!(
        field(&form, "ok").as_bool(),
        Some(true),
        "validateForm after {after}"
    );
}

/// The call threw a TypeError or RangeError (or returned); a thrown error's message
/// must not be the trap of a panic.
fn assert_typed_or_result(label: &str, result: Result<JsValue, JsValue>) -> Option<js_sys::Error> {
    let Err(e) = result else { return None };
    let error = e
        .dyn_into::<js_sys::Error>()
        .unwrap_or_else(|e| panic!("{label}: threw a non-Error {e:?}"));
    let message = String::from(error.message());
    assert!(
        error.is_instance_of::<js_sys::TypeError>() || error.is_instance_of::<js_sys::RangeError>(),
        "{label}: threw {message}"
    );
    assert!(!message.contains("unreachable"), "{label}: {message}");
    Some(error)
}

pub fn hostile_values_get_type_errors_naming_the_argument() {
    for (label, value) in hostile_values() {
        let string_args: [(&str, &str, Result<JsValue, JsValue>); 3] = [
            (
                "normalize",
                "text",
                js::normalize(value.clone(), JsValue::UNDEFINED),
            ),
            ("parsePhone", "input", js::parse_phone(value.clone())),
            (
                "redact",
                "text",
                js::redact(value.clone(), JsValue::UNDEFINED),
            ),
        ];
        for (func, arg, result) in string_args {
            let error = assert_typed_or_result(&label, result)
                .unwrap_or_else(|| panic!("{func}({label}) did not throw"));
            assert!(
                error.is_instance_of::<js_sys::TypeError>(),
                "{func}({label})"
            );
            let message = String::from(error.message());
            assert!(
                message.contains(&format!("`{arg}`")),
                "{func}({label}): {message}"
            );
        }
        if !value.is_undefined() {
            let result = js::normalize(JsValue::from_str("x"), value.clone());
            let error = assert_typed_or_result(&label, result).expect("a bad profile throws");
            assert!(String::from(error.message()).contains("`profile`"));
        }
        for (func, result) in [
            (
                "validateForm",
                js::validate_form(value.clone(), JsValue::UNDEFINED),
            ),
            (
                "prepareSubmission",
                js::prepare_submission(value.clone(), JsValue::UNDEFINED),
            ),
        ] {
            // An object without the fields is an empty form (a result); anything
            // else is a TypeError about `form` or one of its fields.
            if let Some(error) = assert_typed_or_result(&label, result) {
                let message = String::from(error.message());
                assert!(message.contains("`form"), "{func}({label}): {message}");
            }
        }
        assert_healthy(&label);
    }
}

pub fn hostile_options_get_type_or_range_errors() {
    for (label, value) in hostile_values() {
        if value.is_undefined() || value.is_null() {
            continue;
        }
        let text = || JsValue::from_str(MY_NUMBER_TEXT);
        let _ = assert_typed_or_result(&label, js::redact(text(), value.clone()));
        let _ = assert_typed_or_result(&label, js::validate_form(good_form(), value.clone()));
        for key in ["kinds", "style", "keepLast", "rules"] {
            let options = js_sys::Object::new();
            js_sys::Reflect::set(&options, &JsValue::from_str(key), &value).expect("set");
            let result = js::redact(text(), options.into());
            // Without the `rules` feature, a list that holds a rule is refused as
            // unavailable, the rule unread.
            let unavailable = result
                .as_ref()
                .err()
                .is_some_and(|e| code(e).as_deref() == Some("rules_unavailable"));
            if key == "rules" && !cfg!(feature = "rules") && unavailable {
                continue;
            }
            let _ = assert_typed_or_result(&label, result);
        }
        for key in ["required", "maxLength", "emailInsteadOfPhone"] {
            let options = js_sys::Object::new();
            js_sys::Reflect::set(&options, &JsValue::from_str(key), &value).expect("set");
            let _ = assert_typed_or_result(&label, js::validate_form(good_form(), options.into()));
        }
        assert_healthy(&label);
    }
    let bad = eval(
        r#"return [{ kinds: "my_number" }, { kinds: ["nope"] }, { kinds: [1] },
                   { kinds: new Array(1e7) }, { style: "MASK" }, { keepLast: -1 },
                   { keepLast: NaN }, { keepLast: "4" }, { keepLast: 1e300 }];"#,
    );
    for options in js_sys::Array::from(&bad).iter() {
        let error = assert_typed_or_result(
            "bad redact options",
            js::redact(JsValue::from_str("x"), options),
        );
        assert!(error.is_some(), "bad redact options were accepted");
    }
    assert_healthy("bad options");
}

pub fn hostile_throwing_calls_leave_the_module_intact() {
    // An exception that passed through the module's frames would leak a frame of its
    // 1 MiB shadow stack per call: thousands of rounds would corrupt memory.
    let revoked = eval("const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy;");
    let trap = eval(r#"return new Proxy([], { get() { throw new Error("t"); } });"#);
    let getter = eval(r#"return { get body() { throw new Error("g"); } };"#);
    let kinds_trap = js_sys::Object::new();
    js_sys::Reflect::set(&kinds_trap, &JsValue::from_str("kinds"), &trap).expect("set");
    for _ in 0..20_000 {
        assert!(js::normalize(revoked.clone(), JsValue::UNDEFINED).is_err());
        assert!(js::normalize(JsValue::from_str("x"), revoked.clone()).is_err());
        assert!(js::parse_phone(revoked.clone()).is_err());
        assert!(js::redact(JsValue::from_str("x"), revoked.clone()).is_err());
        assert!(js::redact(JsValue::from_str("x"), kinds_trap.clone().into()).is_err());
        assert!(js::validate_form(revoked.clone(), JsValue::UNDEFINED).is_err());
        assert!(js::validate_form(getter.clone(), JsValue::UNDEFINED).is_err());
        assert!(js::prepare_submission(trap.clone(), JsValue::UNDEFINED).is_err());
    }
    assert_healthy("20,000 rounds of throwing calls");
}

/// The bytes of the module's linear memory.
fn memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    f64::from(
        memory
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length(),
    )
}

pub fn hostile_100_mb_strings_are_refused_before_they_are_copied() {
    let huge = JsValue::from(js_sys::JsString::from("x").repeat(100 * 1024 * 1024));
    let before = memory_bytes();
    let form = good_form();
    js_sys::Reflect::set(&form, &JsValue::from_str("body"), &huge).expect("set");
    for (label, result) in [
        ("normalize", js::normalize(huge.clone(), JsValue::UNDEFINED)),
        ("parsePhone", js::parse_phone(huge.clone())),
        ("redact", js::redact(huge.clone(), JsValue::UNDEFINED)),
        (
            "validateForm",
            js::validate_form(form.clone(), JsValue::UNDEFINED),
        ),
        (
            "prepareSubmission",
            js::prepare_submission(form.clone(), JsValue::UNDEFINED),
        ),
    ] {
        let error = assert_typed_or_result(label, result).expect("100 MB is refused");
        assert!(error.is_instance_of::<js_sys::RangeError>(), "{label}");
        assert!(String::from(error.message()).contains("limit"), "{label}");
    }
    let grown = memory_bytes() - before;
    assert!(
        grown < 16.0 * 1024.0 * 1024.0,
        "memory grew by {grown} bytes"
    );
    assert_healthy("100 MB strings");
}

pub fn hostile_lone_surrogates_keep_offsets_in_the_callers_string() {
    // "\uD800\uDC00\uD800 " + MY_NUMBER_TEXT + " \uDFFF": a pair, then two lone halves.
    let mut units: Vec<u16> = vec![0xD800, 0xDC00, 0xD800, 0x20];
    units.extend(MY_NUMBER_TEXT.encode_utf16());
    units.extend([0x20, 0xDFFF]);
    let text = js_sys::JsString::from_char_code(&units);
    let result = js::redact(text.clone().into(), JsValue::UNDEFINED).expect("redact accepts it");
    let out: js_sys::JsString = field(&result, "text").unchecked_into();
    assert_eq!(out.length(), text.length());
    let findings = js_sys::Array::from(&field(&result, "findings"));
    assert_eq!(findings.length(), 1);
    let finding = findings.get(0);
    let start = field(&finding, "start").as_f64().expect("start") as u32;
    let end = field(&finding, "end").as_f64().expect("end") as u32;
    assert_eq!(String::from(text.slice(start, end)), "1234 5678 9018");
    assert_eq!(String::from(out.slice(start, end)), "**** **** ****");

    let phone = js::parse_phone(js_sys::JsString::from_char_code(&[0x30, 0x33, 0xD800]).into())
        .expect("parsePhone answers");
    assert_eq!(
        field(&field(&phone, "error"), "code")
            .as_string()
            .as_deref(),
        Some("invalid_chars")
    );

    let form = good_form();
    let name = js_sys::JsString::from_char_code(&[0x5C71, 0x7530, 0xDC00, 0x592A, 0x90CE]);
    js_sys::Reflect::set(&form, &JsValue::from_str("name"), &name).expect("set");
    let checked = js::validate_form(form, JsValue::UNDEFINED).expect("validateForm answers");
    assert!(field(&checked, "ok").as_bool().is_some());
    assert_healthy("lone surrogates");
}

pub fn hostile_forms_with_10000_extra_keys_are_read_like_plain_ones() {
    let crowded = eval(
        r#"const f = { inquiryType: "その他", name: "山田 太郎", phone: "090-1234-5678", email: "",
                      body: "個人情報の開示等請求\n本人です。保有個人データの開示を請求します。" };
           for (let i = 0; i < 10000; i++) f["extra" + i] = i % 2 ? "x".repeat(100) : { i };
           return f;"#,
    );
    let plain = js::validate_form(good_form(), JsValue::UNDEFINED).expect("plain");
    let read = js::validate_form(crowded, JsValue::UNDEFINED).expect("crowded");
    assert_eq!(
        js_sys::JSON::stringify(&read).ok().map(String::from),
        js_sys::JSON::stringify(&plain).ok().map(String::from)
    );
    assert_healthy("10,000 extra keys");
}

pub fn hostile_proto_keys_pollute_nothing() {
    let form = eval(
        r#"return JSON.parse('{"inquiryType":"その他","name":"山田 太郎","phone":"090-1234-5678",' +
             '"body":"個人情報の開示等請求\\n本人です。保有個人データの開示を請求します。",' +
             '"__proto__":{"polluted":"yes","ok":true},"constructor":{"prototype":{"polluted":"yes"}}}');"#,
    );
    let options = eval(
        r#"return JSON.parse('{"__proto__":{"polluted":"yes","style":"label"},"constructor":{"prototype":{"polluted":"yes"}}}');"#,
    );
    let checked =
        js::validate_form(form.clone(), JsValue::UNDEFINED).expect("validateForm answers");
    assert_eq!(field(&checked, "ok").as_bool(), Some(true));
    let _ = assert_typed_or_result(
        "prepareSubmission",
        js::prepare_submission(form, options.clone()),
    );
    let _ = assert_typed_or_result(
        "redact",
        js::redact(JsValue::from_str(MY_NUMBER_TEXT), options),
    );
    let polluted = eval("return [({}).polluted, Object.prototype.ok, Object.prototype.style];");
    for value in js_sys::Array::from(&polluted).iter() {
        assert!(value.is_undefined(), "Object.prototype was polluted");
    }
    assert_healthy("__proto__ keys");
}
