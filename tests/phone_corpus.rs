//! Records of `phone.jsonl` (verdicts of libphonenumber) through `parse_phone`:
//! valid, type, E.164 and national format must all agree. The project's fixture
//! (`tests/fixtures/`) always, the shared corpus (1,000 records, libphonenumber
//! 9.0.43) when it is there (see `tests/corpus/mod.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use mamori::phone::parse_phone;
use serde_json::Value;

#[test]
fn agrees_with_libphonenumber_on_the_fixture() {
    check(&corpus::fixture("phone.jsonl"), 30);
}

#[test]
fn agrees_with_libphonenumber_on_the_whole_shared_corpus() {
    if let Some(lines) = corpus::shared("phone.jsonl") {
        check(&lines, 1000);
    }
}

/// Every record must agree; there must be at least `min` of them.
fn check(lines: &[String], min: usize) {
    let mut total = 0;
    let mut wrong = Vec::new();
    for line in lines {
        let record: Value = serde_json::from_str(line).expect("a JSON record");
        let input = record["input"].as_str().expect("input is a string");
        let got = parse_phone(input);
        let want_valid = record["valid"].as_bool().expect("valid is a bool");
        let same = match &got {
            Ok(n) => {
                want_valid
                    && record["type"].as_str() == Some(n.phone_type.as_str())
                    && record["e164"].as_str() == Some(n.e164.as_str())
                    && record["national"].as_str() == Some(n.national.as_str())
            }
            Err(_) => !want_valid,
        };
        if !same {
            wrong.push(format!("{input:?}: want {line}, got {got:?}"));
        }
        total += 1;
    }
    assert!(total >= min, "only {total} records");
    assert!(
        wrong.is_empty(),
        "{} of {total} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
