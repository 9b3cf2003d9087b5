//! The contact form through its public Rust API: every error code, every kind of
//! request, negations, requesters, near misses, the builder, and what
//! `prepare_submission` lets out.
#![cfg(not(target_arch = "wasm32"))]

use mamori::form::{
    prepare_submission, validate_form, ContactForm, DisclosureKind, Field, FormResult, FormRules,
    IssueCode, Requester, PHRASE,
};
use mamori::phone::parse_phone;
use proptest::prelude::*;

/// A complete disclosure request; tests change one thing at a time.
fn request(content: &str) -> ContactForm {
    ContactForm {
        inquiry_type: "その他".into(),
        name: "山田　太郎".into(),
        phone: "03-1234-5678".into(),
        email: String::new(),
        body: format!("個人情報の開示等請求\n{content}"),
    }
}

/// A complete ordinary inquiry.
fn inquiry(body: &str) -> ContactForm {
    ContactForm {
        inquiry_type: "サービスについて".into(),
        name: "田村　海斗".into(),
        phone: String::new(),
        email: "kaito@example.com".into(),
        body: body.into(),
    }
}

fn codes(result: &FormResult) -> Vec<(Field, IssueCode)> {
    result.errors.iter().map(|e| (e.field, e.code)).collect()
}

fn kinds(content: &str) -> Vec<DisclosureKind> {
    let result = validate_form(&request(content));
    assert!(result.ok, "{content}: {:?}", codes(&result));
    result.disclosure.expect("a disclosure request").kinds
}

fn requester(content: &str) -> Option<Requester> {
    validate_form(&request(content))
        .disclosure
        .expect("a disclosure request")
        .requester
}

// ---- complete forms --------------------------------------------------------

#[test]
fn a_complete_request_is_ok_and_read() {
    let result = validate_form(&request(
        "本人です。\n請求内容：保有個人データの開示を請求します。",
    ));
    assert!(result.ok);
    assert!(result.errors.is_empty() && result.warnings.is_empty());
    let disclosure = result.disclosure.expect("read");
    assert_eq!(disclosure.kinds, [DisclosureKind::Disclosure]);
    assert_eq!(disclosure.requester, Some(Requester::Principal));
}

#[test]
fn a_complete_inquiry_is_ok_without_disclosure() {
    let result = validate_form(&inquiry("申込方法を教えてください。"));
    assert!(result.ok, "{:?}", codes(&result));
    assert_eq!(result.disclosure, None);
}

#[test]
fn fields_are_normalized() {
    let form = ContactForm {
        inquiry_type: " その他 ".into(),
        name: "　山田　　太郎 ".into(),
        phone: "（０３）１２３４－５６７８".into(),
        email: " ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ ".into(),
        body: "個人情報の開示等請求\r\nﾎﾝﾆﾝです。開示を求めます。".into(),
    };
    let result = validate_form(&form);
    assert!(result.ok, "{:?}", codes(&result));
    let n = &result.normalized;
    assert_eq!(n.inquiry_type, "その他");
    assert_eq!(n.name, "山田　太郎");
    assert_eq!(n.phone, "03-1234-5678");
    assert_eq!(n.email, "taro@example.com");
    assert_eq!(
        n.body,
        "個人情報の開示等請求\nホンニンです。開示を求めます。"
    );
}

#[test]
fn an_invalid_phone_stays_as_typed_after_text_normalization() {
    let mut form = inquiry("質問です。");
    form.phone = "０３－１２３４－５６７".into();
    let result = validate_form(&form);
    assert_eq!(codes(&result), [(Field::Phone, IssueCode::PhoneInvalid)]);
    assert_eq!(result.normalized.phone, "03-1234-567");
}

// ---- each error code -------------------------------------------------------

#[test]
fn required_name() {
    for name in ["", "　　", " \t "] {
        let mut form = request("開示を求めます。");
        form.name = name.into();
        let result = validate_form(&form);
        assert_eq!(
            codes(&result),
            [(Field::Name, IssueCode::Required)],
            "{name:?}"
        );
        assert!(
            result.disclosure.is_some(),
            "errors do not null the disclosure"
        );
        let mut form = inquiry("質問です。");
        form.name = name.into();
        assert_eq!(
            codes(&validate_form(&form)),
            [(Field::Name, IssueCode::Required)]
        );
    }
}

#[test]
fn required_body_for_an_inquiry() {
    for body in ["", "\n\n", "　 \n\t"] {
        let result = validate_form(&inquiry(body));
        assert_eq!(
            codes(&result),
            [(Field::Body, IssueCode::Required)],
            "{body:?}"
        );
        assert_eq!(result.disclosure, None);
    }
}

#[test]
fn required_phone_or_email_for_an_inquiry() {
    let mut form = inquiry("質問です。");
    form.email = String::new();
    let result = validate_form(&form);
    assert_eq!(codes(&result), [(Field::Phone, IssueCode::Required)]);
    assert!(result.errors[0].message.contains("メールアドレス"));

    // Either one will do.
    form.phone = "090-1234-5678".into();
    assert!(validate_form(&form).ok);
    form.phone = String::new();
    form.email = "a@example.com".into();
    assert!(validate_form(&form).ok);
}

#[test]
fn required_phone_for_a_request_even_with_an_email() {
    let mut form = request("消去を請求します。");
    form.phone = String::new();
    form.email = "someone@example.com".into();
    let result = validate_form(&form);
    assert_eq!(codes(&result), [(Field::Phone, IssueCode::Required)]);
    assert_eq!(
        result.disclosure.expect("read").kinds,
        [DisclosureKind::Erasure]
    );
}

#[test]
fn too_long_name_counts_characters_after_normalization() {
    let mut form = request("開示を求めます。");
    form.name = "山".repeat(100);
    assert!(validate_form(&form).ok);
    form.name = "𠮷".repeat(100); // 100 characters, 200 UTF-16 units
    assert!(validate_form(&form).ok);
    form.name = format!("  {}  ", "山".repeat(100)); // trimmed by the name profile
    assert!(validate_form(&form).ok);
    form.name = "山".repeat(101);
    let result = validate_form(&form);
    assert_eq!(codes(&result), [(Field::Name, IssueCode::TooLong)]);
    assert!(result.errors[0].message.contains("100文字以内"));
    assert!(result.errors[0].message.contains("101文字"));
}

#[test]
fn too_long_body_counts_characters_after_normalization() {
    let head = "質問です。";
    let fill = |n: usize| format!("{head}{}", "あ".repeat(n - head.chars().count()));
    assert!(validate_form(&inquiry(&fill(10_000))).ok);
    let result = validate_form(&inquiry(&fill(10_001)));
    assert_eq!(codes(&result), [(Field::Body, IssueCode::TooLong)]);

    // ｶﾞ is two characters as typed and one (ガ) after normalization.
    let half_width = format!("{head}{}", "ｶﾞ".repeat(10_000 - head.chars().count()));
    assert!(half_width.chars().count() > 10_000);
    assert!(validate_form(&inquiry(&half_width)).ok);
    // CRLF counts as one line break.
    let crlf = format!("{head}{}", "\r\n".repeat(10_000 - head.chars().count()));
    assert!(validate_form(&inquiry(&crlf)).ok);
}

#[test]
fn invalid_chars_in_the_name() {
    for name in [
        "山田太郎1",
        "山田太郎１",
        "taro@example.com",
        "山田＠太郎",
        "山田\u{0}太郎",
        "山田\u{7}太郎",
        "山田\u{85}太郎",
    ] {
        let mut form = request("開示を求めます。");
        form.name = name.into();
        let result = validate_form(&form);
        assert_eq!(
            codes(&result),
            [(Field::Name, IssueCode::InvalidChars)],
            "{name:?}"
        );
    }
    for name in [
        "山田 太郎",
        "髙橋　﨑",
        "O'Brien Mary-Jane",
        "ヤマダ・タロウ",
        "山田\t太郎",
        "やまだ\nたろう",
    ] {
        let mut form = request("開示を求めます。");
        form.name = name.into();
        assert!(validate_form(&form).ok, "{name:?}");
    }
}

#[test]
fn phone_invalid_carries_the_parsers_message() {
    for phone in [
        "03-1234-567",
        "090-1234-567",
        "03-1234-56789",
        "+1 212 555 0100",
        "abc",
    ] {
        let mut form = request("開示を求めます。");
        form.phone = phone.into();
        let result = validate_form(&form);
        assert_eq!(
            codes(&result),
            [(Field::Phone, IssueCode::PhoneInvalid)],
            "{phone}"
        );
        let parser = parse_phone(phone).expect_err("invalid");
        assert_eq!(result.errors[0].message, parser.message());
        assert_eq!(result.errors[0].message_en, parser.message_en());
    }
}

#[test]
fn phone_invalid_even_when_an_email_is_given() {
    let mut form = inquiry("質問です。");
    form.phone = "03-1234-567".into();
    assert_eq!(
        codes(&validate_form(&form)),
        [(Field::Phone, IssueCode::PhoneInvalid)]
    );
}

#[test]
fn email_invalid() {
    for email in [
        "taro",
        "taro@",
        "taro@example..com",
        "たろう@example.com",
        "a b@c.d",
    ] {
        let mut form = inquiry("質問です。");
        form.email = email.into();
        assert_eq!(
            codes(&validate_form(&form)),
            [(Field::Email, IssueCode::EmailInvalid)],
            "{email}"
        );
        // An e-mail given with a request is checked too.
        let mut form = request("開示を求めます。");
        form.email = email.into();
        assert_eq!(
            codes(&validate_form(&form)),
            [(Field::Email, IssueCode::EmailInvalid)]
        );
    }
}

#[test]
fn first_line_mismatch_with_suggestion() {
    for first in [
        "個人情報開示請求",
        "個人情報の開示請求",
        "開示等請求",
        "個人情報の開示等請求について",
        "【個人情報の開示等請求】",
        "個人情報の削除のお願い",
        "個人情報の利用停止について",
    ] {
        let mut form = request("");
        form.body = format!("{first}\n本人です。開示を求めます。");
        let result = validate_form(&form);
        assert_eq!(
            codes(&result),
            [(Field::Body, IssueCode::FirstLineMismatch)],
            "{first}"
        );
        assert_eq!(result.errors[0].suggestion, Some(PHRASE));
        assert_eq!(result.disclosure, None, "near misses have no disclosure");
    }
    // The phrase on a later line.
    let mut form = request("");
    form.body = "お世話になっております。\n個人情報の開示等請求\n開示を求めます。".into();
    assert_eq!(
        codes(&validate_form(&form)),
        [(Field::Body, IssueCode::FirstLineMismatch)]
    );
}

#[test]
fn ordinary_inquiries_that_mention_personal_data_are_not_near_misses() {
    for body in [
        "個人情報の取り扱いについて\n教えてください。",
        "個人情報保護方針について質問があります。",
        "サービスについて質問です。\n個人情報の開示の方法を教えてください。",
    ] {
        let result = validate_form(&inquiry(body));
        assert!(result.ok, "{body}: {:?}", codes(&result));
        assert_eq!(result.disclosure, None);
    }
}

#[test]
fn inquiry_type_must_be_other_for_a_request() {
    for inquiry_type in ["サービスについて", "", "その他のお問い合わせ"] {
        let mut form = request("訂正を請求します。");
        form.inquiry_type = inquiry_type.into();
        let result = validate_form(&form);
        assert_eq!(
            codes(&result),
            [(Field::InquiryType, IssueCode::InquiryTypeMustBeOther)],
            "{inquiry_type:?}"
        );
        assert_eq!(
            result.disclosure.expect("still read").kinds,
            [DisclosureKind::Correction]
        );
    }
    // An ordinary inquiry may have any type.
    let mut form = inquiry("質問です。");
    form.inquiry_type = "その他".into();
    assert!(validate_form(&form).ok);
}

#[test]
fn request_content_missing() {
    for body in [
        "個人情報の開示等請求",
        "個人情報の開示等請求\n",
        "個人情報の開示等請求\n\n　\n\t",
    ] {
        let mut form = request("");
        form.body = body.into();
        let result = validate_form(&form);
        assert_eq!(
            codes(&result),
            [(Field::Body, IssueCode::RequestContentMissing)],
            "{body:?}"
        );
        let disclosure = result.disclosure.expect("still a request");
        assert!(disclosure.kinds.is_empty());
        assert_eq!(disclosure.requester, None);
    }
}

#[test]
fn several_errors_at_once_in_field_order() {
    let form = ContactForm {
        inquiry_type: "サービスについて".into(),
        name: "1".into(),
        phone: "03-1234-567".into(),
        email: "x".into(),
        body: "個人情報の開示等請求".into(),
    };
    assert_eq!(
        codes(&validate_form(&form)),
        [
            (Field::InquiryType, IssueCode::InquiryTypeMustBeOther),
            (Field::Name, IssueCode::InvalidChars),
            (Field::Phone, IssueCode::PhoneInvalid),
            (Field::Email, IssueCode::EmailInvalid),
            (Field::Body, IssueCode::RequestContentMissing),
        ]
    );
}

#[test]
fn every_message_is_filled_in() {
    let form = ContactForm {
        name: "1".repeat(101),
        body: "個人情報開示請求".into(),
        ..ContactForm::default()
    };
    let result = validate_form(&form);
    assert!(!result.errors.is_empty());
    for issue in &result.errors {
        assert!(issue.message.ends_with('。'), "{issue:?}");
        assert!(!issue.message_en.is_empty() && !issue.message.contains('{'));
    }
}

// ---- the warning -----------------------------------------------------------

#[test]
fn sensitive_numbers_give_a_warning_not_an_error() {
    let result = validate_form(&request(
        "請求内容：保険証情報（保険者番号 06123456、記号 12-34、番号 567）について開示を請求します。",
    ));
    assert!(result.ok);
    assert_eq!(result.warnings.len(), 1);
    assert_eq!(result.warnings[0].field, Field::Body);
    assert_eq!(
        result.warnings[0].code,
        IssueCode::SensitiveDataWillBeMasked
    );

    let result = validate_form(&inquiry("申込方法を教えてください。"));
    assert!(result.warnings.is_empty());
}

/// The `looks_like_disclosure_request` warnings of a form.
fn looks_like_request(form: &ContactForm) -> bool {
    let result = validate_form(form);
    let found: Vec<_> = result
        .warnings
        .iter()
        .filter(|w| w.code == IssueCode::LooksLikeDisclosureRequest)
        .collect();
    assert!(found.len() <= 1, "{found:?}");
    found.first().is_some_and(|w| {
        assert_eq!(w.field, Field::Body);
        assert_eq!(w.suggestion, Some(PHRASE));
        assert!(w.message.contains("「その他」") && w.message.contains("「個人情報の開示等請求」"));
        assert!(w.message.ends_with('。') && w.message.contains("ください"));
        assert!(!w.message_en.is_empty());
        true
    })
}

#[test]
fn an_ordinary_inquiry_that_asks_for_its_own_data_is_told_how_to_request() {
    // The case of the issue: type お薬の配送について, no first line.
    let form = ContactForm {
        inquiry_type: "お薬の配送について".into(),
        name: "山田 太郎".into(),
        phone: "090-1234-5678".into(),
        body: "保有個人データの開示をお願いします。".into(),
        ..ContactForm::default()
    };
    let result = validate_form(&form);
    assert!(result.ok, "a warning, not an error: {:?}", result.errors);
    assert_eq!(result.disclosure, None);
    assert!(looks_like_request(&form));
    // prepare_submission carries it too.
    assert!(prepare_submission(&form)
        .warnings
        .iter()
        .any(|w| w.code == IssueCode::LooksLikeDisclosureRequest));

    // A first line that names 個人情報 with a request word is a near miss (an error of
    // its own), so these start with another line or name the data otherwise.
    for body in [
        "いつもお世話になっております。\n私の個人情報を削除してください。",
        "お世話になります。\n私の個人情報の利用目的を通知してください。",
        "登録されている電話番号の訂正をお願いします。",
        "退会済みです。\n私の個人情報を消去してください。",
        "会員です。登録情報に誤りがあるので訂正してください。",
        "質問ではありません。\n個人情報の利用停止を求めます。",
        "私の情報を第三者に提供しないでください。",
        "お世話になっております。\n保有個人データの開示を請求します。",
        "私のデータを消去してください。",
        "登録内容を削除してください。開示は不要です。",
    ] {
        assert!(looks_like_request(&inquiry(body)), "{body}");
        // With その他 too: the first line is what makes a request.
        let other = ContactForm {
            inquiry_type: "その他".into(),
            ..inquiry(body)
        };
        assert!(looks_like_request(&other), "その他: {body}");
    }
}

#[test]
fn negations_general_questions_and_requests_themselves_get_no_such_warning() {
    for body in [
        // Negations.
        "個人情報の開示は不要です。",
        "私の個人情報の消去は求めません。",
        "登録情報の訂正はしないでください。",
        // Questions about the policy or the procedure.
        "個人情報の取り扱いについて教えてください。",
        "個人情報の開示について教えてください。",
        "個人情報の開示請求の方法を知りたいです。",
        "個人情報を削除するにはどうすればよいですか。",
        "個人情報保護方針について質問です。",
        // Other data, other requests.
        "注文を削除してください。",
        "カートに商品を追加できません。",
        "サービスの利用を停止したいです。",
        "申込方法を教えてください。",
        "",
    ] {
        assert!(!looks_like_request(&inquiry(body)), "{body}");
    }
    // A disclosure request is one already; a near miss has its error instead.
    assert!(!looks_like_request(&request(
        "私の個人情報の開示を請求します。"
    )));
    let near_miss = inquiry("個人情報開示請求\n私の個人情報の開示を請求します。");
    let result = validate_form(&near_miss);
    assert_eq!(
        codes(&result),
        [(Field::Body, IssueCode::FirstLineMismatch)]
    );
    assert!(!looks_like_request(&near_miss));
    let later =
        inquiry("お世話になります。\n個人情報の開示等請求\n私の個人情報の消去を請求します。");
    assert!(!looks_like_request(&later));
}

// ---- kinds, negation, requester -------------------------------------------

#[test]
fn each_kind_of_request() {
    use DisclosureKind::*;
    for (content, kind) in [
        ("利用目的の通知を求めます。", PurposeNotification),
        ("保有個人データの開示を請求します。", Disclosure),
        ("住所の訂正を請求します。", Correction),
        ("電話番号の追加を請求します。", Correction),
        ("古い住所の削除を請求します。", Correction),
        ("利用停止を請求します。", Suspension),
        ("消去を請求します。", Erasure),
        (
            "第三者への提供の停止を請求します。",
            StopThirdPartyProvision,
        ),
        (
            "第三者提供記録の開示を請求します。",
            ThirdPartyRecordDisclosure,
        ),
    ] {
        assert_eq!(kinds(content), [kind], "{content}");
    }
    assert_eq!(kinds("よろしくお願いします。"), []);
}

#[test]
fn negation_drops_what_is_not_wanted() {
    use DisclosureKind::*;
    assert_eq!(
        kinds("開示は不要です、訂正だけお願いします。"),
        [Correction]
    );
    assert_eq!(kinds("開示は結構ですので、消去をお願いします。"), [Erasure]);
    assert_eq!(
        kinds("消去はしないでください。利用停止を求めます。"),
        [Suspension]
    );
    assert_eq!(kinds("訂正は求めません。開示を求めます。"), [Disclosure]);
    assert_eq!(kinds("開示以外の請求はしません。"), [Disclosure]);
    assert_eq!(kinds("利用停止ではなく消去を求めます。"), [Erasure]);
    assert_eq!(kinds("開示と訂正は不要です。消去を求めます。"), [Erasure]);
}

#[test]
fn the_requester() {
    assert_eq!(
        requester("本人として請求します。開示。"),
        Some(Requester::Principal)
    );
    assert_eq!(
        requester("代理人として請求します。開示。"),
        Some(Requester::Agent)
    );
    assert_eq!(
        requester("法定代理人として、本人（子）の開示を求めます。"),
        Some(Requester::Agent)
    );
    assert_eq!(
        requester("親権者として開示を求めます。"),
        Some(Requester::Agent)
    );
    assert_eq!(
        requester("委任状を添えて開示を求めます。"),
        Some(Requester::Agent)
    );
    assert_eq!(
        requester("代理人ではなく本人です。開示。"),
        Some(Requester::Principal)
    );
    assert_eq!(requester("開示を求めます。"), None);
}

// ---- the builder ------------------------------------------------------------

#[test]
fn rules_change_required_fields_and_limits() {
    let form = inquiry("質問です。");
    let rules = FormRules::new().require(Field::InquiryType, true);
    let mut no_type = form.clone();
    no_type.inquiry_type = String::new();
    assert_eq!(
        codes(&rules.validate(&no_type)),
        [(Field::InquiryType, IssueCode::Required)]
    );
    assert!(validate_form(&no_type).ok);

    let rules = FormRules::new()
        .require(Field::Name, false)
        .require(Field::Body, false);
    let mut bare = form.clone();
    bare.name = String::new();
    bare.body = String::new();
    assert!(rules.validate(&bare).ok);

    let rules = FormRules::new().max_chars(Field::Body, Some(3));
    assert_eq!(
        codes(&rules.validate(&form)),
        [(Field::Body, IssueCode::TooLong)]
    );
    let rules = FormRules::new().max_chars(Field::Name, None);
    let mut long_name = form.clone();
    long_name.name = "山".repeat(1000);
    assert!(rules.validate(&long_name).ok);

    let rules = FormRules::new().max_chars(Field::Email, Some(5));
    assert_eq!(
        codes(&rules.validate(&form)),
        [(Field::Email, IssueCode::TooLong)]
    );
}

#[test]
fn a_field_is_too_long_exactly_when_it_has_more_characters_than_the_limit() {
    // Characters of one to four bytes (and a surrogate pair's worth in UTF-16): the
    // limit counts characters, whatever their width.
    let pieces = ["a", "é", "山", "𠮷", "ｱ"];
    for max in 0..12 {
        for len in 0..16 {
            let email: String = (0..len)
                .map(|i| pieces[(i * 7 + max) % pieces.len()])
                .collect();
            let form = ContactForm {
                email,
                ..ContactForm::default()
            };
            let result = FormRules::new()
                .max_chars(Field::Email, Some(max))
                .validate(&form);
            let too_long = result
                .errors
                .iter()
                .any(|e| e.field == Field::Email && e.code == IssueCode::TooLong);
            assert_eq!(too_long, len > max, "{max} {len} {:?}", form.email);
        }
    }
}

#[test]
fn rules_never_loosen_the_procedure_of_a_request() {
    let rules = FormRules::new()
        .require(Field::Name, false)
        .require(Field::Phone, false);
    let mut form = request("開示を求めます。");
    form.name = String::new();
    form.phone = String::new();
    assert_eq!(
        codes(&rules.validate(&form)),
        [
            (Field::Name, IssueCode::Required),
            (Field::Phone, IssueCode::Required)
        ]
    );
}

#[test]
fn email_instead_of_phone_can_be_refused() {
    let form = inquiry("質問です。");
    let strict = FormRules::new().email_instead_of_phone(false);
    let result = strict.validate(&form);
    assert_eq!(codes(&result), [(Field::Phone, IssueCode::Required)]);
    assert!(!result.errors[0].message.contains("メールアドレス"));
}

// ---- prepare_submission ------------------------------------------------------

#[test]
fn prepare_submission_sends_the_normalized_form_with_the_body_masked() {
    let form = ContactForm {
        inquiry_type: "サービスについて".into(),
        name: "森田　葵".into(),
        phone: "０９０－１２３４－５６７８".into(),
        email: String::new(),
        body: "処方箋の受付について質問です。\n保険者番号：０６１３２０１３\n被保険者証記号：１２３　番号：４５６７".into(),
    };
    let submission = prepare_submission(&form);
    assert!(submission.ok);
    assert_eq!(submission.warnings.len(), 1);
    let payload = submission.payload.expect("ok means a payload");
    assert_eq!(payload.name, "森田　葵");
    assert_eq!(payload.phone, "090-1234-5678");
    assert!(!payload.body.contains("06132013"), "{}", payload.body);
    assert!(!payload.body.contains("4567"), "{}", payload.body);
    assert!(payload
        .body
        .starts_with("処方箋の受付について質問です。\n保険者番号:"));
    // Masking keeps the length.
    assert_eq!(
        payload.body.encode_utf16().count(),
        validate_form(&form).normalized.body.encode_utf16().count()
    );
}

#[test]
fn a_prepared_payload_is_normalized_and_validates_to_itself() {
    // The kana of a 記号 are masked with ＊ by redact; the payload is normalized text,
    // so it has * there, and the server's check of the payload changes nothing.
    let form = request("保険証の情報です。保険者番号 06123456、記号 その12-34 番号 5");
    let payload = prepare_submission(&form).payload.expect("ok");
    assert!(!payload.body.contains('＊'), "{}", payload.body);
    assert!(payload.body.contains("記号 ****-**"), "{}", payload.body);
    let again = validate_form(&payload);
    assert!(again.ok, "{:?}", codes(&again));
    assert_eq!(again.normalized, payload);
    assert_eq!(prepare_submission(&payload).payload, Some(payload));
}

#[test]
fn prepare_submission_without_sensitive_numbers_sends_the_normalized_form() {
    let form = inquiry("申込方法を教えてください。");
    let submission = prepare_submission(&form);
    assert_eq!(submission.payload, Some(validate_form(&form).normalized));
}

#[test]
fn prepare_submission_sends_nothing_when_not_ok() {
    let mut form = inquiry("マイナンバーは 1234 5678 9018 です。");
    form.name = String::new();
    let submission = prepare_submission(&form);
    assert!(!submission.ok);
    assert_eq!(submission.payload, None);
    assert_eq!(submission.errors.len(), 1);
}

/// The check digit (検査用数字) of a My Number (個人番号) from its first eleven
/// digits: the digits from the right weighted 2…7, then 2…6, summed modulo 11;
/// 0 when the remainder is 0 or 1, else 11 minus it. Written out here so that the
/// test does not trust the code it tests.
fn my_number_check_digit(first11: &[u8; 11]) -> u8 {
    let sum: u32 = (1..=11)
        .map(|n: u32| {
            let p = u32::from(first11[11 - n as usize]);
            let q = if n <= 6 { n + 1 } else { n - 5 };
            p * q
        })
        .sum();
    let remainder = sum % 11;
    if remainder <= 1 {
        0
    } else {
        (11 - remainder) as u8
    }
}

fn has_digit(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever surrounds it and however it is written, a My Number in the body
    /// never reaches the payload.
    #[test]
    fn prepare_submission_never_returns_a_raw_my_number(
        first11 in proptest::array::uniform11(0u8..10),
        label in prop::sample::select(vec!["マイナンバー：", "個人番号は", "マイナンバー ", "個人番号（", ""]),
        grouping in prop::sample::select(vec!["", " ", "-", "　", "－"]),
        full_width in any::<bool>(),
        before in "[ぁ-んァ-ヶ。、\n ]{0,20}",
        after in "[ぁ-んァ-ヶ。、\n ]{0,20}",
        request_first in any::<bool>(),
    ) {
        let check = my_number_check_digit(&first11);
        let digits: Vec<u8> = first11.iter().copied().chain([check]).collect();
        let mut number = String::new();
        for (i, d) in digits.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                number.push_str(grouping);
            }
            let c = if full_width {
                char::from_u32(u32::from('０') + u32::from(*d)).unwrap_or('０')
            } else {
                char::from(b'0' + d)
            };
            number.push(c);
        }
        let text = format!("{before}{label}{number}{after}");
        let form = if request_first {
            request(&format!("開示を求めます。\n{text}"))
        } else {
            inquiry(&format!("質問です。{text}"))
        };
        let submission = prepare_submission(&form);
        prop_assert!(submission.ok, "{:?}", submission.errors);
        let payload = submission.payload.expect("ok");
        prop_assert!(!has_digit(&payload.body), "{}", payload.body);
        prop_assert_eq!(submission.warnings.len(), 1);
    }

    /// validate_form accepts anything without panicking, and prepare_submission
    /// agrees with it.
    #[test]
    fn any_input_is_handled(
        inquiry_type in ".{0,8}",
        name in ".{0,20}",
        phone in "[0-9０-９+()\\- ー]{0,16}",
        email in ".{0,20}",
        body in "(個人情報の開示等請求\n)?.{0,80}",
    ) {
        let form = ContactForm { inquiry_type, name, phone, email, body };
        let result = validate_form(&form);
        let submission = prepare_submission(&form);
        prop_assert_eq!(result.ok, submission.ok);
        prop_assert_eq!(result.ok, result.errors.is_empty());
        prop_assert_eq!(&result.errors, &submission.errors);
        prop_assert_eq!(submission.payload.is_some(), result.ok);
    }
}

/// docs/form.md lists every Japanese message; it must not drift from the table.
#[test]
fn the_documented_messages_are_the_real_ones() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/form.md"))
        .expect("docs/form.md");
    use mamori::form::messages::MessageId;
    for id in MessageId::ALL {
        let ja = id.text().ja;
        let documented_elsewhere = matches!(
            id,
            MessageId::InquiryTypeTooLong | MessageId::PhoneTooLong | MessageId::EmailTooLong
        );
        assert!(
            documented_elsewhere || docs.contains(ja),
            "{id:?} is not in docs/form.md: {ja}"
        );
    }
}

#[test]
fn a_payload_body_holds_nothing_to_mask() {
    // Found by the validate_form fuzz target: a value with a kanji prefix masked as
    // ＊＊＊ became *** when the payload was normalized, and the masked value no
    // longer used up its label, which then took the 3 of （３）.
    let form = ContactForm {
        inquiry_type: "サービスについて".into(),
        name: "森田\u{3000}葵".into(),
        phone: "090-1234-5678".into(),
        email: String::new(),
        body: "処方箋のトウザ受付xxx{{{{\u{7}{06123456、記号 12-34、番号 \0\0\0\0\0\0\0\0\0\0\
               個人番{{{{{{{保陘者xxxxxx0xxxx川\u{3000}綾\u{1f}（３）１個人情報の開社等ー５６７"
            .into(),
    };
    let submission = prepare_submission(&form);
    let payload = submission.payload.expect("an ordinary inquiry is ok");
    assert!(payload.body.contains("**-**"), "{:?}", payload.body);
    assert!(
        mamori::redact::Redactor::default()
            .find(&payload.body)
            .is_empty(),
        "{:?}",
        payload.body
    );
}

#[test]
fn a_payload_s_normalized_masks_read_as_settled() {
    // The mask of a 記号 in kana is full-width (`＊＊`), and normalized `**`, which a
    // label hands on where `＊＊` does not: the payload is masked until a reading
    // of it finds nothing (a case the validate_form fuzz target found).
    let form = inquiry(
        "処方箋の受付について\n被保険者の番号です。 04312766〃記号 カ号:06132016(\n耀陽568倅番号 0さ上",
    );
    let payload = prepare_submission(&form).payload.expect("a payload");
    assert!(
        mamori::redact::Redactor::default()
            .find(&payload.body)
            .is_empty(),
        "{:?}",
        payload.body
    );
    assert!(
        payload.body.contains("記号 **:********"),
        "{:?}",
        payload.body
    );
}
