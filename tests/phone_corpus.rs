//! Every record of `phone.jsonl` (verdicts from libphonenumber 9.0.43) through
//! `parse_phone`: valid, type, E.164 and national format must all agree.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use mamori::phone::parse_phone;
use serde_json::Value;

fn corpus_dir() -> PathBuf {
    std::env::var_os("MAMORI_CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

#[test]
fn agrees_with_libphonenumber_on_the_whole_corpus() {
    let path = corpus_dir().join("phone.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the phone corpus is missing at {} ({e}); set MAMORI_CORPUS_DIR",
            path.display()
        )
    });
    let mut total = 0;
    let mut wrong = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
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
    assert!(total >= 1000, "only {total} records in {}", path.display());
    assert!(
        wrong.is_empty(),
        "{} of {total} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
