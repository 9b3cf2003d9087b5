//! A few thousand verdicts of libphonenumber (phonenumbers 9.0.43) on generated digit
//! strings and international forms, written by `scripts/phone_diff.py --fixture`
//! (which compares half a million cases when Python and the oracle are at hand); this
//! test checks them without Python. Inputs where parsePhone differs from libphonenumber
//! by design (national numbers without their leading 0, foreign numbers dialled with
//! 010) are not in the fixture.
#![cfg(not(target_arch = "wasm32"))]

use mamori::phone::parse_phone;
use serde_json::Value;

#[test]
fn agrees_with_the_oracle_fixture() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/phone-oracle.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("tests/fixtures/phone-oracle.jsonl");
    let mut total = 0;
    let mut valid = 0;
    let mut wrong = Vec::new();
    for line in text.lines() {
        let want: Value = serde_json::from_str(line).expect("a JSON record");
        let input = want["input"].as_str().expect("input");
        let got = parse_phone(input);
        let got_json = match &got {
            Ok(n) => serde_json::json!({
                "input": input, "valid": true, "type": n.phone_type.as_str(),
                "e164": n.e164, "national": n.national,
            }),
            Err(_) => serde_json::json!({
                "input": input, "valid": false, "type": null, "e164": null, "national": null,
            }),
        };
        if got_json != want {
            wrong.push(format!("want {want}\n got {got_json} ({got:?})"));
        }
        total += 1;
        valid += usize::from(got.is_ok());
    }
    assert!(total >= 2000, "only {total} verdicts in the fixture");
    assert!(valid >= 500, "only {valid} valid numbers in the fixture");
    assert!(
        wrong.is_empty(),
        "{} of {total} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
