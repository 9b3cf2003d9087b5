//! The shared redaction corpora (`redact.jsonl`, and the realistic
//! `redact-real.jsonl`): no leaked character, at most 0.5 % of the other letters and
//! digits masked, and per-kind recall and precision.
//!
//! The corpora are read through `tests/corpus/` (`$MAMORI_CORPUS_DIR` or
//! `<crate root>/../shared/corpus`): an extra beside the repository, whose absence
//! skips these tests with one line, unless `MAMORI_REQUIRE_CORPUS=1` (CI) makes it an
//! error. Run with `--nocapture` to see the numbers, and every leak with its context.
//! The project's own fixture is scored by `fixture_redact.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod corpus;

use std::collections::BTreeMap;

use mamori::redact::{Kind, Redactor};
use serde_json::Value;

struct Span {
    kind: String,
    start: usize,
    end: usize,
}

struct Record {
    id: String,
    text: String,
    spans: Vec<Span>,
    kinds: Vec<Kind>,
}

/// The records of the shared corpus file `file`, or `None` (said on stderr) when the
/// shared corpus is absent and not required.
fn records(file: &str) -> Option<Vec<Record>> {
    let lines = corpus::shared(file)?;
    let records = lines
        .iter()
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("a JSON record");
            let spans = v["spans"]
                .as_array()
                .expect("spans")
                .iter()
                .map(|s| Span {
                    kind: s["kind"].as_str().expect("kind").to_owned(),
                    start: s["start"].as_u64().expect("start") as usize,
                    end: s["end"].as_u64().expect("end") as usize,
                })
                .collect();
            let kinds = v["kinds"]
                .as_array()
                .expect("kinds")
                .iter()
                .map(|k| k.as_str().expect("a kind").parse().expect("a known kind"))
                .collect();
            Record {
                id: v["id"].as_str().expect("id").to_owned(),
                text: v["text"].as_str().expect("text").to_owned(),
                spans,
                kinds,
            }
        })
        .collect();
    Some(records)
}

/// UTF-16 offset of each byte offset that starts a character (and of the end).
fn utf16_of_byte(text: &str) -> BTreeMap<usize, usize> {
    let mut map = BTreeMap::new();
    let mut unit = 0;
    for (b, c) in text.char_indices() {
        map.insert(b, unit);
        unit += c.len_utf16();
    }
    map.insert(text.len(), unit);
    map
}

/// Whether a UTF-16 code unit is a letter or digit (surrogate halves are not, as in
/// the JavaScript scorer's `/[\p{L}\p{N}]/u` test on single code units).
fn alnum_unit(u: u16) -> bool {
    char::from_u32(u32::from(u)).is_some_and(char::is_alphanumeric)
}

#[derive(Default, Debug)]
struct Tally {
    spans: usize,
    masked: usize,
    found_right_kind: usize,
    exact: usize,
    findings: usize,
    findings_right: usize,
}

#[test]
fn dev_corpus_leaks_nothing_and_masks_little_else() {
    score("redact.jsonl", 500);
}

#[test]
fn realistic_corpus_leaks_nothing_and_masks_little_else() {
    score("redact-real.jsonl", 301);
}

/// The characters around UTF-16 range `start..end` of `text`, the range in 【】.
fn context(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let piece = |a: usize, b: usize| {
        String::from_utf16_lossy(&units[a.min(units.len())..b.min(units.len())])
    };
    format!(
        "{}【{}】{}",
        piece(start.saturating_sub(40), start),
        piece(start, end),
        piece(end, end + 15)
    )
    .replace('\n', "⏎")
}

fn score(file: &str, at_least: usize) {
    let Some(records) = records(file) else { return };
    assert!(
        records.len() >= at_least,
        "{file} has {} records",
        records.len()
    );
    let mut leaked = 0usize;
    let mut sensitive = 0usize;
    let mut outside = 0usize;
    let mut over = 0usize;
    let mut tally: BTreeMap<String, Tally> = BTreeMap::new();
    let mut problems = Vec::new();
    for r in &records {
        let redactor = Redactor::builder()
            .kinds(r.kinds.clone())
            .build()
            .expect("a redactor");
        let out = redactor.redact(&r.text);
        let input: Vec<u16> = r.text.encode_utf16().collect();
        let output: Vec<u16> = out.text.encode_utf16().collect();
        assert_eq!(
            input.len(),
            output.len(),
            "{}: mask changed the UTF-16 length",
            r.id
        );
        let to16 = utf16_of_byte(&r.text);
        let findings: Vec<(String, usize, usize)> = out
            .findings
            .iter()
            .map(|f| (f.kind.as_str().to_owned(), to16[&f.start], to16[&f.end]))
            .collect();
        let mut in_span = vec![false; input.len()];
        for s in &r.spans {
            in_span[s.start..s.end].iter_mut().for_each(|b| *b = true);
        }
        let mut leaked_here = 0;
        for (i, (&a, &b)) in input.iter().zip(&output).enumerate() {
            if !alnum_unit(a) {
                continue;
            }
            if in_span[i] {
                sensitive += 1;
                if a == b {
                    leaked += 1;
                    leaked_here += 1;
                }
            } else {
                outside += 1;
                if a != b {
                    over += 1;
                    for f in findings.iter().filter(|f| f.1 <= i && i < f.2) {
                        problems.push(format!(
                            "{}: over-masked at {i} ({}) {}",
                            r.id,
                            f.0,
                            context(&r.text, f.1, f.2)
                        ));
                    }
                }
            }
        }
        if leaked_here > 0 {
            problems.push(format!("{}: leaked {leaked_here}", r.id));
            for s in &r.spans {
                if (s.start..s.end).any(|i| alnum_unit(input[i]) && input[i] == output[i]) {
                    problems.push(format!(
                        "  LEAK {} {}",
                        s.kind,
                        context(&r.text, s.start, s.end)
                    ));
                }
            }
        }
        for s in &r.spans {
            let t = tally.entry(s.kind.clone()).or_default();
            t.spans += 1;
            if (s.start..s.end).all(|i| !alnum_unit(input[i]) || input[i] != output[i]) {
                t.masked += 1;
            }
            if findings
                .iter()
                .any(|f| f.0 == s.kind && f.1 < s.end && f.2 > s.start)
            {
                t.found_right_kind += 1;
            } else {
                problems.push(format!(
                    "{}: {} span {}..{} not found as its kind",
                    r.id, s.kind, s.start, s.end
                ));
            }
            if findings
                .iter()
                .any(|f| f.0 == s.kind && f.1 == s.start && f.2 == s.end)
            {
                t.exact += 1;
            }
        }
        for f in &findings {
            let t = tally.entry(f.0.clone()).or_default();
            t.findings += 1;
            if r.spans
                .iter()
                .any(|s| s.kind == f.0 && f.1 < s.end && f.2 > s.start)
            {
                t.findings_right += 1;
            } else {
                problems.push(format!(
                    "{}: {} finding {}..{} matches no span",
                    r.id, f.0, f.1, f.2
                ));
            }
        }
    }
    problems.dedup();
    for p in &problems {
        println!("{p}");
    }
    println!("kind                      spans masked  recall  exact  precision");
    for (kind, t) in &tally {
        println!(
            "{kind:<25} {:>5} {:>6} {:>7.3} {:>6} {:>9.3}",
            t.spans,
            t.masked,
            t.found_right_kind as f64 / t.spans.max(1) as f64,
            t.exact,
            t.findings_right as f64 / t.findings.max(1) as f64,
        );
    }
    let ratio = over as f64 / outside.max(1) as f64;
    println!(
        "{file}: leaked {leaked}/{sensitive} sensitive letters/digits; over-masked {over}/{outside} = {:.3}%",
        ratio * 100.0
    );
    assert_eq!(
        leaked, 0,
        "letters or digits inside expected spans were left visible"
    );
    assert!(
        ratio <= 0.005,
        "over-masked {:.3}% of other letters/digits",
        ratio * 100.0
    );
}
