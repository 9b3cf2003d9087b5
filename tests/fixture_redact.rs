//! The project's own redaction fixture (`tests/fixtures/redact.jsonl`, the record
//! format of the shared `redact.jsonl`): no letter or digit of a labelled value left
//! visible, at most 0.5 % of the other letters and digits masked, the mask style
//! keeps the UTF-16 length, and findings are sorted and inside the text. The shared
//! corpus has its own, stricter test (`tests/redact_corpus.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use mamori::redact::{Kind, Redactor};
use serde_json::Value;

/// Whether a UTF-16 code unit is a letter or digit (surrogate halves are not, as in
/// the JavaScript scorer's `/[\p{L}\p{N}]/u` test on single code units).
fn alnum_unit(u: u16) -> bool {
    char::from_u32(u32::from(u)).is_some_and(char::is_alphanumeric)
}

#[test]
fn fixture_leaks_nothing_and_masks_little_else() {
    let lines = corpus::fixture("redact.jsonl");
    let (mut sensitive, mut leaked, mut outside, mut over, mut spans) = (0, 0, 0, 0, 0);
    let mut problems = Vec::new();
    for line in &lines {
        let v: Value = serde_json::from_str(line).expect("a JSON record");
        let id = v["id"].as_str().expect("id");
        let text = v["text"].as_str().expect("text");
        let kinds: Vec<Kind> = v["kinds"]
            .as_array()
            .expect("kinds")
            .iter()
            .map(|k| k.as_str().expect("a kind").parse().expect("a known kind"))
            .collect();
        let input: Vec<u16> = text.encode_utf16().collect();
        let mut in_span = vec![false; input.len()];
        for s in v["spans"].as_array().expect("spans") {
            let start = s["start"].as_u64().expect("start") as usize;
            let end = s["end"].as_u64().expect("end") as usize;
            in_span[start..end].iter_mut().for_each(|b| *b = true);
            spans += 1;
        }
        let out = Redactor::builder()
            .kinds(kinds)
            .build()
            .expect("a redactor")
            .redact(text);
        let output: Vec<u16> = out.text.encode_utf16().collect();
        assert_eq!(
            input.len(),
            output.len(),
            "{id}: the mask changed the length"
        );
        let mut last = 0;
        for f in &out.findings {
            assert!(
                last <= f.start && f.start < f.end && f.end <= text.len(),
                "{id}: findings out of order or outside the text"
            );
            last = f.end;
        }
        for (i, (&a, &b)) in input.iter().zip(&output).enumerate() {
            if !alnum_unit(a) {
                continue;
            }
            if in_span[i] {
                sensitive += 1;
                if a == b {
                    leaked += 1;
                    problems.push(format!("{id}: unit {i} left visible"));
                }
            } else {
                outside += 1;
                if a != b {
                    over += 1;
                    problems.push(format!("{id}: unit {i} masked outside every value"));
                }
            }
        }
    }
    println!(
        "fixture: {} records, {spans} values; leaked {leaked}/{sensitive}; over-masked {over}/{outside}",
        lines.len()
    );
    assert!(lines.len() >= 20 && spans >= 20, "the fixture is too small");
    assert_eq!(leaked, 0, "{}", problems.join("\n"));
    assert!(
        over * 200 <= outside,
        "over-masked {over} of {outside} other letters/digits:\n{}",
        problems.join("\n")
    );
}
