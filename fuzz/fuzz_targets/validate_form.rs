//! validate_form and prepare_submission with arbitrary fields: never panic; `ok` means
//! no errors; no message quotes a sensitive value found in the form; a prepared
//! payload passes validation again unchanged (what the browser sends, the server
//! accepts) and holds no finding of the default kinds in its body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::form::{prepare_submission, validate_form, ContactForm, Issue};
use mamori::redact::{Kind, Redactor};

/// The fields, in the order of fuzz/seeds.mjs: inquiryType, name, phone, email, body,
/// separated by U+001F.
fn form_of(text: &str) -> ContactForm {
    let mut fields = text.splitn(5, '\u{1F}').map(str::to_owned);
    let mut next = || fields.next().unwrap_or_default();
    ContactForm {
        inquiry_type: next(),
        name: next(),
        phone: next(),
        email: next(),
        body: next(),
    }
}

/// The sensitive values in the form: what every detector finds in each field, as
/// typed, with its digits alone, and of at least six characters (shorter strings can
/// stand in a message for other reasons: "100文字").
fn secrets(form: &ContactForm) -> Vec<String> {
    let all = Redactor::builder().kinds(Kind::ALL.iter().cloned()).build().expect("all kinds");
    let mut out = Vec::new();
    for field in [&form.inquiry_type, &form.name, &form.phone, &form.email, &form.body] {
        for f in all.find(field) {
            let value = &field[f.start..f.end];
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            out.extend([value.to_owned(), digits].into_iter().filter(|s| s.chars().count() >= 6));
        }
    }
    out
}

fn assert_quotes_none(issues: &[Issue], secrets: &[String]) {
    for issue in issues {
        for text in [&issue.message, &issue.message_en] {
            for secret in secrets {
                assert!(!text.contains(secret.as_str()), "a message quotes a sensitive value: {issue:?}");
            }
        }
    }
}

fuzz_target!(|text: &str| {
    let form = form_of(text);
    let result = validate_form(&form);
    assert_eq!(result.ok, result.errors.is_empty());
    let secrets = secrets(&form);
    assert_quotes_none(&result.errors, &secrets);
    assert_quotes_none(&result.warnings, &secrets);

    let submission = prepare_submission(&form);
    assert_eq!(submission.ok, result.ok);
    assert_eq!(submission.errors, result.errors);
    assert_eq!(submission.payload.is_some(), submission.ok);
    let Some(payload) = submission.payload else { return };
    assert!(
        Redactor::default().find(&payload.body).is_empty(),
        "the payload's body still holds a sensitive value"
    );
    let again = validate_form(&payload);
    assert!(again.ok, "the prepared payload fails validation: {:?}", again.errors);
    assert_eq!(again.normalized, payload, "validating the payload changes it");
    assert_eq!(prepare_submission(&payload).payload.as_ref(), Some(&payload));
});
