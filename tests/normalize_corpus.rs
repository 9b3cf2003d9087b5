//! Every case of `normalize.jsonl`, run natively: the project's fixture
//! (`tests/fixtures/`) always, the shared corpus when it is there (see
//! `tests/corpus/mod.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use mamori::normalize::{normalize, Profile};
use serde_json::Value;

/// Whether `got` meets the case's `expect`: a string, `{oneOf: [..]}` or `{notEqual}`.
fn meets(expect: &Value, got: &str) -> bool {
    match expect {
        Value::String(want) => got == want,
        Value::Object(map) => {
            if let Some(Value::Array(choices)) = map.get("oneOf") {
                choices.iter().any(|c| c.as_str() == Some(got))
            } else if let Some(Value::String(not)) = map.get("notEqual") {
                got != not
            } else {
                panic!("unknown expect form {expect}")
            }
        }
        _ => panic!("unknown expect form {expect}"),
    }
}

#[test]
fn every_fixture_case_passes_and_is_idempotent() {
    check(&corpus::fixture("normalize.jsonl"));
}

#[test]
fn every_shared_corpus_case_passes_and_is_idempotent() {
    if let Some(lines) = corpus::shared("normalize.jsonl") {
        check(&lines);
    }
}

/// Each case must give its `expect`, and normalizing the result again changes nothing.
fn check(lines: &[String]) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in lines {
        let case: Value = serde_json::from_str(line).expect("a JSON line");
        let id = case["id"].as_str().expect("an id");
        let input = case["input"].as_str().expect("an input");
        let profile: Profile = case["profile"]
            .as_str()
            .expect("a profile")
            .parse()
            .expect("a known profile");
        let got = normalize(input, profile);
        let again = normalize(&got, profile);
        if !meets(&case["expect"], &got) || again != got {
            failures.push(format!(
                "{id} ({profile}) {input:?}: got {got:?}, again {again:?}, want {}",
                case["expect"]
            ));
        }
        count += 1;
    }
    assert!(count > 0, "no cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
