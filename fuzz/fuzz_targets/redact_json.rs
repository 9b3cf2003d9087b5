//! redact_json: the JSON reader accepts exactly the objects serde_json reads (save
//! what it says it does not take: lone surrogates in a field, deep nesting), and a
//! record it rewrites is still JSON, with the fields asked for redacted as `redact`
//! redacts their text and every other member unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::json::JsonError;
use mamori::redact::Redactor;
use serde_json::Value;

const FIELDS: [&str; 2] = ["body", "memo"];

fuzz_target!(|text: &str| {
    let redactor = Redactor::default();
    let ours = redactor.redact_json(text, &FIELDS);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(_), Ok(Value::Object(_))) => {}
        (Err(JsonError::NotAnObject), Ok(v)) => assert!(!v.is_object()),
        (Err(JsonError::Invalid), Err(_)) => {}
        (Err(JsonError::LoneSurrogate), Err(_)) => {}
        // serde_json refuses an escaped lone surrogate anywhere; JSON (and JavaScript's
        // JSON.parse) takes it, and so does the reader outside the fields it rewrites.
        (Ok(_) | Err(JsonError::NotAnObject), Err(_)) if has_surrogate_escape(text) => return,
        // serde_json refuses a number beyond f64 (1e400); JSON.parse reads Infinity.
        (_, Err(e)) if e.to_string().starts_with("number out of range") => return,
        (Err(JsonError::TooDeep), _) => {}
        _ => panic!("ours {ours:?}, serde_json {theirs:?}"),
    }
    let (Ok(done), Ok(Value::Object(before))) = (ours, theirs) else {
        return;
    };
    let Some(out) = done.text else {
        return;
    };
    let after: Value = serde_json::from_str(&out).expect("the rewritten record is JSON");
    let Value::Object(after) = after else {
        panic!("the rewritten record is not an object");
    };
    assert_eq!(before.len(), after.len());
    for (key, value) in &before {
        let new = &after[key];
        let text = match value {
            Value::String(s) if FIELDS.contains(&key.as_str()) => s.clone(),
            Value::Number(_) if FIELDS.contains(&key.as_str()) => continue, // as written, not as read
            _ => {
                assert_eq!(value, new, "{key} changed");
                continue;
            }
        };
        // The last member of a key written twice is the one serde_json keeps.
        assert_eq!(new, &Value::String(redactor.redact(&text).text), "{key}");
    }
});

/// Whether `text` has a `\uD800`–`\uDFFF` escape (perhaps half of a pair).
fn has_surrogate_escape(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        w[0] == b'\\' && w[1] == b'u' && matches!(w[2], b'd' | b'D') && matches!(w[3], b'8'..=b'9' | b'a'..=b'f' | b'A'..=b'F')
    })
}
