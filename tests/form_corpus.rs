//! The labelled contact forms of `forms.jsonl`: every case must give the expected
//! `ok`, the same set of `field:code` errors, and the same disclosure reading (kinds
//! as a set, requester). The project's fixture (`tests/fixtures/`) always, the shared
//! corpus when it is there (see `tests/corpus/mod.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use std::collections::BTreeSet;

use mamori::form::{validate_form, ContactForm, Requester};
use serde_json::Value;

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The disclosure as the scorer compares it: sorted kinds and the requester.
fn expected_disclosure(value: &Value) -> Option<(BTreeSet<String>, Option<String>)> {
    let d = value.as_object()?;
    let kinds = d
        .get("kinds")
        .and_then(Value::as_array)
        .map(|ks| {
            ks.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let requester = d
        .get("requester")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Some((kinds, requester))
}

#[test]
fn every_form_of_the_fixture_passes() {
    check(&corpus::fixture("forms.jsonl"));
}

#[test]
fn every_form_of_the_shared_corpus_passes() {
    if let Some(lines) = corpus::shared("forms.jsonl") {
        check(&lines);
    }
}

fn check(lines: &[String]) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in lines {
        let case: Value = serde_json::from_str(line).expect("a JSON line");
        count += 1;
        let id = text(&case, "id");
        let form_json = case.get("form").expect("form");
        let form = ContactForm {
            inquiry_type: text(form_json, "inquiryType"),
            name: text(form_json, "name"),
            phone: text(form_json, "phone"),
            email: text(form_json, "email"),
            body: text(form_json, "body"),
        };
        let expect = case.get("expect").expect("expect");
        let result = validate_form(&form);

        let want_ok = expect.get("ok").and_then(Value::as_bool);
        let want_codes: BTreeSet<String> = expect
            .get("errorCodes")
            .and_then(Value::as_array)
            .map(|cs| {
                cs.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let want_disclosure = expect.get("disclosure").and_then(expected_disclosure);

        let got_codes: BTreeSet<String> = result
            .errors
            .iter()
            .map(|e| format!("{}:{}", e.field.as_str(), e.code.as_str()))
            .collect();
        let got_disclosure = result.disclosure.as_ref().map(|d| {
            let kinds = d.kinds.iter().map(|k| k.as_str().to_owned()).collect();
            let requester = d.requester.map(|r| {
                match r {
                    Requester::Principal => "self",
                    Requester::Agent => "agent",
                }
                .to_owned()
            });
            (kinds, requester)
        });

        if want_ok != Some(result.ok)
            || want_codes != got_codes
            || want_disclosure != got_disclosure
        {
            failures.push(format!(
                "{id} ({}): want ok={want_ok:?} {want_codes:?} {want_disclosure:?}, got ok={} {got_codes:?} {got_disclosure:?}",
                text(&case, "note"),
                result.ok
            ));
        }
    }
    assert!(count > 0, "no forms");
    assert!(
        failures.is_empty(),
        "{} of {count} forms fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
