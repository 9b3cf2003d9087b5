//! parse_phone: never panics; a valid number's e164 and national forms parse again
//! to the same number; check_phone agrees with parse_phone.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::phone::{check_phone, parse_phone};

fuzz_target!(|input: &str| {
    let parsed = parse_phone(input);
    assert_eq!(
        check_phone(input),
        parsed.as_ref().map(|n| n.phone_type).map_err(|e| *e),
        "check_phone and parse_phone disagree"
    );
    let Ok(number) = parsed else { return };
    assert!(number.e164.starts_with("+81"), "e164 {:?}", number.e164);
    assert!(number.e164[1..].bytes().all(|b| b.is_ascii_digit()));
    assert!(number
        .national
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'-'));
    for again in [&number.e164, &number.national] {
        match parse_phone(again) {
            Ok(n) => assert_eq!(n, number, "{again:?} re-parses differently"),
            Err(e) => panic!("{again:?} (from a valid number) does not re-parse: {e:?}"),
        }
    }
});
