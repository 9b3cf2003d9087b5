//! Property tests of `normalize`: idempotence and the invariants of each profile,
//! over input that mixes what people type with what breaks normalizers.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;

use mamori::normalize::{normalize, Profile};
use proptest::prelude::*;
use unicode_normalization::is_nfc;

/// At least 10,000 generated inputs per property.
/// Failures are reported with their minimal input, not written to files.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 10_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The classes of characters the generator mixes, each a list of inclusive
/// ranges and a weight: ASCII, full-width, half-width katakana and ﾞﾟ, kana,
/// combining marks, compatibility ideographs, variation selectors, non-BMP,
/// controls, invisibles, every kind of space and line break, and anything at all.
const CLASSES: &[(u32, &[(char, char)])] = &[
    (4, &[(' ', '~')]),
    (2, &[('\u{FF01}', '\u{FF5E}')]),
    (3, &[('\u{FF61}', '\u{FF9F}')]),
    (2, &[('\u{FF9E}', '\u{FF9F}'), ('゛', '゜')]),
    (2, &[('\u{3041}', '\u{30FF}')]),
    (
        2,
        &[
            ('\u{3099}', '\u{309A}'),
            ('\u{300}', '\u{301}'),
            ('\u{316}', '\u{316}'),
            ('\u{20E3}', '\u{20E3}'),
        ],
    ),
    (1, &[('\u{4E00}', '\u{4E80}'), ('々', '〆')]),
    (2, &[('\u{F900}', '\u{FAFF}')]),
    (1, &[('\u{2F800}', '\u{2FA1F}')]),
    (
        1,
        &[
            ('\u{FE00}', '\u{FE0F}'),
            ('\u{E0100}', '\u{E0101}'),
            ('\u{200C}', '\u{200D}'),
        ],
    ),
    (
        1,
        &[
            ('𠮷', '𠮷'),
            ('😀', '😀'),
            ('👨', '👨'),
            ('🇯', '🇵'),
            ('\u{1B132}', '\u{1B132}'),
            ('\u{FFFD}', '\u{FFFD}'),
        ],
    ),
    (1, &[('\0', '\u{1F}'), ('\u{7F}', '\u{9F}')]),
    (
        1,
        &[
            ('\u{200B}', '\u{200F}'),
            ('\u{2060}', '\u{2060}'),
            ('\u{FEFF}', '\u{FEFF}'),
            ('\u{AD}', '\u{AD}'),
            ('\u{202E}', '\u{202E}'),
        ],
    ),
    (
        3,
        &[
            (' ', ' '),
            ('\u{3000}', '\u{3000}'),
            ('\u{A0}', '\u{A0}'),
            ('\t', '\r'),
            ('\u{85}', '\u{85}'),
            ('\u{2000}', '\u{200A}'),
            ('\u{2028}', '\u{2029}'),
            ('\u{202F}', '\u{202F}'),
        ],
    ),
    (1, &[('\u{FFE0}', '\u{FFEE}')]),
    (
        1,
        &[
            ('①', '①'),
            ('㈱', '㈱'),
            ('㍻', '㍻'),
            ('〜', '〜'),
            ('ー', 'ー'),
            ('・', '・'),
            ('é', 'é'),
            ('\u{212B}', '\u{212B}'),
        ],
    ),
    (1, &[('\0', '\u{10FFFF}')]),
];

/// The character that `class` and `n` pick from [`CLASSES`] (a cheap strategy:
/// generating through a large `prop_oneof!` dominates the run time otherwise).
fn pick(class: u32, n: u32) -> char {
    let total: u32 = CLASSES.iter().map(|(w, _)| w).sum();
    let mut class = class % total;
    for (weight, ranges) in CLASSES {
        if class >= *weight {
            class -= weight;
            continue;
        }
        let size = |&(a, b): &(char, char)| u32::from(b) - u32::from(a) + 1;
        let mut n = n % ranges.iter().map(size).sum::<u32>();
        for range in ranges.iter() {
            if n < size(range) {
                // Surrogates are no chars: stand in U+FFFD, as a JS lone surrogate becomes.
                return char::from_u32(u32::from(range.0) + n).unwrap_or('\u{FFFD}');
            }
            n -= size(range);
        }
    }
    '\u{FFFD}'
}

fn a_char() -> impl Strategy<Value = char> {
    any::<(u32, u32)>().prop_map(|(class, n)| pick(class, n))
}

fn a_text() -> impl Strategy<Value = String> {
    prop::collection::vec(a_char(), 0..24).prop_map(|chars| chars.into_iter().collect())
}

fn is_compat_ideograph(c: char) -> bool {
    matches!(c, '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}')
}

/// Normalizing twice gives the first result, borrowed.
fn assert_idempotent(text: &str, profile: Profile) -> Result<(), TestCaseError> {
    let once = normalize(text, profile);
    let twice = normalize(&once, profile);
    prop_assert!(
        matches!(twice, Cow::Borrowed(_)),
        "{profile}: {text:?} → {once:?} → not borrowed"
    );
    prop_assert_eq!(&*twice, &*once, "{}: {:?}", profile, text);
    Ok(())
}

/// What every profile promises about its output.
fn assert_text_invariants(text: &str, out: &str) -> Result<(), TestCaseError> {
    for c in out.chars() {
        let control = c.is_control() && c != '\n' && c != '\t';
        let full_width_ascii = ('\u{FF01}'..='\u{FF5E}').contains(&c);
        let half_width = ('\u{FF61}'..='\u{FF9F}').contains(&c)
            || matches!(c, '\u{FFE0}'..='\u{FFE6}' | '\u{FFE8}'..='\u{FFEE}');
        let invisible = matches!(
            c,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}'
        );
        prop_assert!(
            !(control || full_width_ascii || half_width || invisible),
            "{c:?} left in {out:?}"
        );
    }
    // NFC, compatibility ideographs aside; and those are all still there.
    let stand_in: String = out
        .chars()
        .map(|c| if is_compat_ideograph(c) { '一' } else { c })
        .collect();
    prop_assert!(is_nfc(&stand_in), "{out:?} is not NFC");
    let ideographs = |s: &str| {
        s.chars()
            .filter(|&c| is_compat_ideograph(c))
            .collect::<Vec<_>>()
    };
    prop_assert_eq!(ideographs(out), ideographs(text));
    Ok(())
}

/// What the name and kana profiles promise: one line, single spaces, trimmed.
fn assert_name_invariants(out: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        !out.starts_with(char::is_whitespace) && !out.ends_with(char::is_whitespace),
        "{out:?}"
    );
    let mut last_space = false;
    for c in out.chars() {
        let space = c.is_whitespace();
        prop_assert!(!space || c == ' ' || c == '\u{3000}', "{c:?} in {out:?}");
        prop_assert!(!(space && last_space), "two spaces in {out:?}");
        last_space = space;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn text_is_idempotent_and_clean(text in a_text()) {
        assert_idempotent(&text, Profile::Text)?;
        assert_text_invariants(&text, &normalize(&text, Profile::Text))?;
    }

    #[test]
    fn name_is_idempotent_and_one_line(text in a_text()) {
        assert_idempotent(&text, Profile::Name)?;
        let out = normalize(&text, Profile::Name);
        assert_text_invariants(&text, &out)?;
        assert_name_invariants(&out)?;
        // A name is its text normalization, laid out.
        let via_text = normalize(&text, Profile::Text);
        prop_assert_eq!(&*normalize(&via_text, Profile::Name), &*out);
    }

    #[test]
    fn kana_is_idempotent_and_has_no_hiragana(text in a_text()) {
        assert_idempotent(&text, Profile::Kana)?;
        let out = normalize(&text, Profile::Kana);
        assert_text_invariants(&text, &out)?;
        assert_name_invariants(&out)?;
        let hiragana = out.chars().find(|c| matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}'));
        prop_assert_eq!(hiragana, None, "{:?}", out);
    }

    #[test]
    fn any_string_is_idempotent_in_every_profile(text in any::<String>()) {
        for profile in Profile::ALL {
            assert_idempotent(&text, profile)?;
        }
    }

    #[test]
    fn printable_ascii_with_lf_and_tab_comes_back_unchanged_and_borrowed(
        text in "[ -~\t\n]{0,40}"
    ) {
        let out = normalize(&text, Profile::Text);
        prop_assert!(matches!(out, Cow::Borrowed(_)));
        prop_assert_eq!(&*out, text.as_str());
    }
}
