//! Every case of the normalization corpus (`normalize.jsonl`), run natively.
//! The corpus is found at `$MAMORI_CORPUS_DIR` or `<crate>/../shared/corpus`; the
//! test fails when it is missing.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use mamori::normalize::{normalize, Profile};
use serde_json::Value;

fn corpus_file(name: &str) -> PathBuf {
    let dir = std::env::var_os("MAMORI_CORPUS_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    dir.join(name)
}

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
fn every_corpus_case_passes_and_is_idempotent() {
    let path = corpus_file("normalize.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the corpus is missing at {} ({e}); set MAMORI_CORPUS_DIR",
            path.display()
        )
    });
    let mut failures = Vec::new();
    let mut count = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
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
    assert!(count > 0, "the corpus {} has no cases", path.display());
    assert!(
        failures.is_empty(),
        "{} of {count} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
