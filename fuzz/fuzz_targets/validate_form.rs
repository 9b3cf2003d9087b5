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
    let all = Redactor::builder()
        .kinds(Kind::ALL.iter().cloned())
        .build()
        .expect("all kinds");
    let mut out = Vec::new();
    for field in [
        &form.inquiry_type,
        &form.name,
        &form.phone,
        &form.email,
        &form.body,
    ] {
        for f in all.find(field) {
            let value = &field[f.start..f.end];
            let digits: String = value.chars().filter(char::is_ascii_digit).collect();
            out.extend(
                [value.to_owned(), digits]
                    .into_iter()
                    .filter(|s| s.chars().count() >= 6),
            );
        }
    }
    out
}

/// `s` with every ASCII and full-width digit and ASCII letter moved on by one: a
/// value of the same shape that is another value.
fn shifted(s: &str) -> String {
    let next = |c: char, first: char, last: char| {
        if c == last {
            first
        } else {
            char::from_u32(u32::from(c) + 1).unwrap_or(c)
        }
    };
    s.chars()
        .map(|c| match c {
            '0'..='9' => next(c, '0', '9'),
            '０'..='９' => next(c, '０', '９'),
            'a'..='z' => next(c, 'a', 'z'),
            'A'..='Z' => next(c, 'A', 'Z'),
            c => c,
        })
        .collect()
}

fn with_replaced(form: &ContactForm, from: &str, to: &str) -> ContactForm {
    let r = |s: &String| s.replace(from, to);
    ContactForm {
        inquiry_type: r(&form.inquiry_type),
        name: r(&form.name),
        phone: r(&form.phone),
        email: r(&form.email),
        body: r(&form.body),
    }
}

/// No message quotes a sensitive value of the form. A message may hold the same
/// characters as a value by chance (the example 03-1234-5678 of the phone messages):
/// it quotes the value only if, with the value replaced by another of the same shape
/// in the form, the message of the same field and code holds the other value.
fn assert_quotes_none(
    form: &ContactForm,
    issues: &[Issue],
    secrets: &[String],
    validate: impl Fn(&ContactForm) -> Vec<Issue>,
) {
    for issue in issues {
        for secret in secrets {
            if !issue.message.contains(secret.as_str())
                && !issue.message_en.contains(secret.as_str())
            {
                continue;
            }
            let other = shifted(secret);
            let again = validate(&with_replaced(form, secret, &other));
            if let Some(twin) = again
                .iter()
                .find(|i| i.field == issue.field && i.code == issue.code)
            {
                assert!(
                    !twin.message.contains(&other) && !twin.message_en.contains(&other),
                    "a message quotes a sensitive value: {issue:?}"
                );
            }
        }
    }
}

fuzz_target!(|text: &str| {
    let form = form_of(text);
    let result = validate_form(&form);
    assert_eq!(result.ok, result.errors.is_empty());
    let secrets = secrets(&form);
    assert_quotes_none(&form, &result.errors, &secrets, |f| validate_form(f).errors);
    assert_quotes_none(&form, &result.warnings, &secrets, |f| {
        validate_form(f).warnings
    });

    let submission = prepare_submission(&form);
    assert_eq!(submission.ok, result.ok);
    assert_eq!(submission.errors, result.errors);
    assert_eq!(submission.payload.is_some(), submission.ok);
    let Some(payload) = submission.payload else {
        return;
    };
    assert!(
        Redactor::default().find(&payload.body).is_empty(),
        "the payload's body still holds a sensitive value"
    );
    let again = validate_form(&payload);
    assert!(
        again.ok,
        "the prepared payload fails validation: {:?}",
        again.errors
    );
    assert_eq!(
        again.normalized, payload,
        "validating the payload changes it"
    );
    assert_eq!(
        prepare_submission(&payload).payload.as_ref(),
        Some(&payload)
    );
});
