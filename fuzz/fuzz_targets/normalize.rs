//! normalize: never panics, every profile is idempotent, and a profile's output is
//! already normal for the profiles it builds on (name ⊂ kana).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::normalize::{normalize, Profile};

fuzz_target!(|text: &str| {
    for profile in Profile::ALL {
        let once = normalize(text, profile);
        let twice = normalize(&once, profile);
        assert_eq!(once, twice, "{profile} is not idempotent");
        assert!(!once.contains(['\r', '\u{200B}', '\u{FEFF}', '\u{2060}', '\0']));
        if profile != Profile::Text {
            assert!(!once.contains('\n'), "{profile} output has a line break");
            assert_eq!(once.trim_matches(' '), once, "{profile} output not trimmed");
        }
    }
});
