//! Japanese input normalization that keeps names intact.
//!
//! [`normalize`] cleans what people type into a form (full-width Latin, half-width
//! katakana, CRLF, zero-width characters) without the damage of NFKC: CJK
//! compatibility ideographs such as U+FA10 塚 keep their code point, because a
//! person's name must keep its glyph, and ～ ① ㈱ ㍻ ゛ keep their meaning.
//!
//! Each [`Profile`] is the previous one plus more:
//!
//! - [`Profile::Text`]: full-width ASCII → ASCII, ～ → 〜, half-width katakana →
//!   full-width (ﾞ/ﾟ composed), NFC, line breaks → LF, controls and invisible
//!   characters removed;
//! - [`Profile::Name`]: one line, whitespace runs → one space (U+3000 between two
//!   Japanese-script characters, U+0020 otherwise), trimmed;
//! - [`Profile::Kana`]: hiragana → katakana, for フリガナ fields.
//!
//! Every profile is idempotent, and text that is already normal is returned
//! borrowed, without allocation.
//!
//! # Examples
//!
//! ```
//! use mamori::normalize::{normalize, Profile};
//!
//! assert_eq!(normalize("ＴＥＬ：０３－１２３４", Profile::Text), "TEL:03-1234");
//! assert_eq!(normalize("ﾔﾏﾀﾞ  ﾀﾛｳ ", Profile::Name), "ヤマダ\u{3000}タロウ");
//! assert_eq!(normalize("やまだ たろう", Profile::Kana), "ヤマダ\u{3000}タロウ");
//! // U+FA10 塚 stays U+FA10 (NFKC and plain NFC would make it U+585A).
//! assert_eq!(normalize("\u{FA10}本", Profile::Name), "\u{FA10}本");
//! ```

mod fold;
mod name;
mod nfc;
#[rustfmt::skip]
mod tables;
mod unicode;

use crate::prelude::*;
use alloc::borrow::Cow;
use core::fmt;
use core::str::FromStr;

pub(crate) use fold::full_width_kana;
use fold::{folds_to_itself, Folded};
use name::NameLayout;
use nfc::Nfc;
use unicode::is_nfc_alone;

/// The Unicode version of the normalization data (canonical decompositions,
/// compositions and combining classes).
///
/// # Examples
///
/// ```
/// assert!(mamori::normalize::UNICODE_VERSION.0 >= 15);
/// ```
pub const UNICODE_VERSION: (u8, u8, u8) = tables::UNICODE_VERSION;

/// How text is normalized: free text, a person's name, or a furigana field.
///
/// The default is [`Profile::Text`]. Profiles parse from and display as their
/// JavaScript names `"text"`, `"name"` and `"kana"`.
///
/// # Examples
///
/// ```
/// use mamori::normalize::Profile;
///
/// assert_eq!(Profile::default(), Profile::Text);
/// assert_eq!("kana".parse::<Profile>(), Ok(Profile::Kana));
/// assert!("NFKC".parse::<Profile>().is_err());
/// assert_eq!(Profile::Name.to_string(), "name");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Profile {
    /// Free text: width folding, NFC, LF line breaks, no controls or invisible
    /// characters. Spaces (U+3000 included) and line layout are kept.
    #[default]
    Text,
    /// A person's name: `Text` plus one line, whitespace runs folded to one space
    /// (U+3000 between two Japanese-script characters, U+0020 otherwise), trimmed.
    Name,
    /// A furigana field: `Name` plus hiragana turned into katakana.
    Kana,
}

impl Profile {
    /// Every profile, in the order of the documentation.
    pub const ALL: [Profile; 3] = [Profile::Text, Profile::Name, Profile::Kana];

    /// The profile's name as JavaScript callers write it.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::normalize::Profile;
    ///
    /// let names: Vec<_> = Profile::ALL.iter().map(|p| p.name()).collect();
    /// assert_eq!(names, ["text", "name", "kana"]);
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Profile::Text => "text",
            Profile::Name => "name",
            Profile::Kana => "kana",
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a string is not a [`Profile`].
///
/// # Examples
///
/// ```
/// use mamori::normalize::{ParseProfileError, Profile};
///
/// let err = "Name".parse::<Profile>().unwrap_err();
/// assert_eq!(err, ParseProfileError::Unknown);
/// assert_eq!(err.to_string(), r#"unknown normalization profile; expected "text", "name" or "kana""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseProfileError {
    /// The string is none of the profile names (they are lower case, exactly).
    Unknown,
}

impl fmt::Display for ParseProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseProfileError::Unknown => {
                f.write_str(r#"unknown normalization profile; expected "text", "name" or "kana""#)
            }
        }
    }
}

impl core::error::Error for ParseProfileError {}

impl FromStr for Profile {
    type Err = ParseProfileError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Profile::ALL
            .iter()
            .find(|p| p.name() == s)
            .copied()
            .ok_or(ParseProfileError::Unknown)
    }
}

/// Normalizes `text` with `profile`.
///
/// Returns `Cow::Borrowed(text)` when `text` is already normal, so checking input
/// that is clean costs no allocation. The result is idempotent:
/// `normalize(&normalize(x, p), p) == normalize(x, p)`.
///
/// The steps, in order:
///
/// 1. Folding, character by character: full-width ASCII U+FF01–FF5D → ASCII;
///    ～ → 〜; ￠￡￢￣￤￥￦ and ￨￩￪￫￬￭￮ → their NFKC forms; half-width katakana
///    and ｡｢｣､･ → full-width, a ﾞ/ﾟ composed with the kana before it when it can
///    be, else ゛/゜; CR, CRLF, NEL, U+2028 and U+2029 → LF; C0/C1 controls but LF
///    and TAB, DEL, zero-width space, word joiner, BOM, soft hyphen and
///    bidirectional controls removed. For [`Profile::Kana`], hiragana → katakana.
/// 2. NFC, except that CJK compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F)
///    keep their code point instead of becoming their unified twins.
/// 3. For [`Profile::Name`] and [`Profile::Kana`], the one-line layout.
///
/// Nothing else changes: ① ㈱ ㍻ ゛ ゜ 〜 ー U+3000 (in text), emoji sequences, ZWJ,
/// ZWNJ and variation selectors are kept.
///
/// # Examples
///
/// ```
/// use std::borrow::Cow;
/// use mamori::normalize::{normalize, Profile};
///
/// assert_eq!(normalize("ｶﾞｯｺｳ\r\n～", Profile::Text), "ガッコウ\n〜");
/// assert_eq!(normalize("John\u{3000}\u{3000}Smith", Profile::Name), "John Smith");
/// assert!(matches!(normalize("山田\u{3000}太郎", Profile::Name), Cow::Borrowed(_)));
/// ```
pub fn normalize(text: &str, profile: Profile) -> Cow<'_, str> {
    let normalized = if profile == Profile::Text {
        // Free text: finding the first stretch that may change is the quick check.
        let Some(first) = changing_stretch(text) else {
            return Cow::Borrowed(text);
        };
        normalize_text(text, first)
    } else if is_normal(text, profile) {
        return Cow::Borrowed(text);
    } else {
        normalize_owned(text, profile)
    };
    // The quick check is conservative (any combining mark sends text here, for
    // one); borrow then too, so that a borrowed result means exactly "normal".
    if normalized == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normalized)
    }
}

/// Whether `text` is certainly normal for `profile`. May answer `false` for normal
/// text, never `true` for text that normalization would change.
fn is_normal(text: &str, profile: Profile) -> bool {
    let kana = profile == Profile::Kana;
    text.chars().all(|c| stays(c, kana)) && (profile == Profile::Text || name::is_laid_out(text))
}

/// Whether `c` comes out of folding and NFC as itself wherever it stands, and
/// nothing after it can change what comes before it (see [`is_nfc_alone`]).
/// Kanji and kana, most of a Japanese text, and (outside the kana profile) printable
/// ASCII, a line break and a tab are answered without a table.
#[inline(always)]
fn stays(c: char, kana: bool) -> bool {
    let common = matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}' | '\u{3001}' | '\u{3002}')
        || (!kana && matches!(c, '\u{3041}'..='\u{3096}' | ' '..='~' | '\n' | '\t'));
    common || stays_by_table(c, kana)
}

/// [`stays`] for the characters it does not answer without a table.
#[inline(never)]
fn stays_by_table(c: char, kana: bool) -> bool {
    folds_to_itself(c, kana) && is_nfc_alone(c)
}

/// Free text normalized, `first` being its first stretch that may change (see
/// [`changing_stretch`]). Free text is mostly characters that stay: they are copied
/// as they are, and only the stretches around the others go through folding and NFC.
fn normalize_text(text: &str, first: (usize, usize)) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut stretch = Some(first);
    while let Some((start, end)) = stretch {
        out.push_str(crate::substring::slice(rest, 0, start));
        fold_and_compose(
            crate::substring::slice(rest, start, end),
            false,
            &mut Sink::Text(&mut out),
        );
        rest = crate::substring::slice(rest, end, rest.len());
        stretch = changing_stretch(rest);
    }
    out.push_str(rest);
    out
}

/// Where normalized characters go: straight into the text, or through the
/// one-line layout of names. (One type for both keeps one copy of the NFC code.)
enum Sink<'a> {
    Text(&'a mut String),
    Name(NameLayout<'a>),
}

impl Sink<'_> {
    fn push(&mut self, c: char) {
        match self {
            Sink::Text(out) => out.push(c),
            Sink::Name(layout) => layout.push(c),
        }
    }
}

/// The full normalization, always into a new string.
fn normalize_owned(text: &str, profile: Profile) -> String {
    if profile == Profile::Text {
        return match changing_stretch(text) {
            Some(first) => normalize_text(text, first),
            None => text.to_owned(),
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut sink = match profile {
        Profile::Text => Sink::Text(&mut out),
        Profile::Name | Profile::Kana => Sink::Name(NameLayout::new(&mut out)),
    };
    fold_and_compose(text, profile == Profile::Kana, &mut sink);
    out
}

/// Folds `text` and composes it (NFC) into `sink`.
fn fold_and_compose(text: &str, kana: bool, sink: &mut Sink<'_>) {
    let mut nfc = Nfc::new(|c| sink.push(c));
    Folded::new(text, kana).for_each(|c| nfc.push(c));
    nfc.finish();
}

/// The first stretch of `text` (byte range) that `"text"` normalization may change,
/// cut where it can be normalized on its own: it starts at the character before the
/// first one that does not [`stay`](stays) (a mark or a half-width ﾞ may compose
/// with it) and ends before the next character that stays and does not follow a CR
/// (an LF after a CR is part of the line break). `None` when every character stays.
fn changing_stretch(text: &str) -> Option<(usize, usize)> {
    let mut before = 0;
    let mut chars = text.char_indices();
    let first = loop {
        let (i, c) = chars.next()?;
        if !stays(c, false) {
            break i;
        }
        before = i;
    };
    let start = if first == 0 { 0 } else { before };
    let mut after_cr = matches!(crate::substring::char_at(text, first), Some('\r'));
    for (i, c) in chars {
        if stays(c, false) && !after_cr {
            return Some((start, i));
        }
        after_cr = c == '\r';
    }
    Some((start, text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_check_never_passes_text_that_changes() {
        let samples = [
            "",
            "abc",
            "a\r\nb",
            "ｶ",
            "ﾞ",
            "\u{FA10}",
            "\u{2F800}",
            "e\u{301}",
            "é",
            "か\u{3099}",
            "山田 太郎",
            "山田\u{3000}太郎",
            " a",
            "a ",
            "a\tb",
            "あ",
            "ア",
            "\u{212B}",
            "\u{FA10}\u{301}\u{316}",
            "\u{FA10}\u{316}\u{301}",
        ];
        for text in samples {
            for profile in Profile::ALL {
                if is_normal(text, profile) {
                    assert_eq!(normalize_owned(text, profile), text, "{text:?} {profile}");
                }
            }
        }
    }

    #[test]
    fn compat_ideographs_are_kept_and_the_text_around_them_is_nfc() {
        let text = "e\u{301}\u{FA10}\u{316}\u{301}\u{2F800}\u{F900}a\u{301}";
        let want = "é\u{FA10}\u{316}\u{301}\u{2F800}\u{F900}á";
        assert_eq!(normalize_owned(text, Profile::Text), want);
        // Combining marks after an ideograph are reordered like NFC does.
        assert_eq!(
            normalize_owned("\u{FA10}\u{301}\u{316}", Profile::Text),
            "\u{FA10}\u{316}\u{301}"
        );
    }

    #[test]
    fn kanji_and_kana_stay_by_the_tables_too() {
        let ranges = [
            '\u{4E00}'..='\u{9FFF}',
            '\u{3041}'..='\u{3096}',
            '\u{30A1}'..='\u{30FC}',
            '\u{3001}'..='\u{3002}',
        ];
        for c in ranges.into_iter().flatten() {
            for kana in [false, true] {
                if stays(c, kana) {
                    assert!(
                        folds_to_itself(c, kana) && is_nfc_alone(c),
                        "U+{:04X}",
                        u32::from(c)
                    );
                }
            }
        }
    }

    #[test]
    fn profile_names_round_trip() {
        for p in Profile::ALL {
            assert_eq!(p.name().parse(), Ok(p));
        }
        for bad in ["", "Text", "TEXT", " text", "nfkc", "katakana"] {
            assert_eq!(bad.parse::<Profile>(), Err(ParseProfileError::Unknown));
        }
    }

    /// The quick check never lets through text that normalization changes.
    #[cfg(not(target_arch = "wasm32"))]
    mod quick_check {
        use super::*;
        use proptest::prelude::*;

        const SAMPLES: &[char] = &[
            'a', ' ', '\u{3000}', '\t', '\n', '\r', 'e', '\u{301}', '\u{316}', 'か', 'カ', 'ｶ',
            '\u{3099}', 'ﾞ', 'あ', '山', '\u{FA10}', '\u{FE00}', '\u{1100}', '\u{1161}', '\u{AC00}',
            '\u{11A8}', '\u{B47}', '\u{B3E}', '\u{212B}', '\u{A0}', '\u{200B}', '①', 'ー',
        ];

        fn text() -> impl Strategy<Value = String> {
            let c = prop_oneof![3 => prop::sample::select(SAMPLES), 1 => any::<char>()];
            prop::collection::vec(c, 0..12).prop_map(|v| v.into_iter().collect())
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn is_conservative(text in text()) {
                for profile in Profile::ALL {
                    if is_normal(&text, profile) {
                        prop_assert_eq!(normalize_owned(&text, profile), text.clone(), "{}", profile);
                    }
                    // And normalized text is recognised as normal, mostly: at
                    // least it comes back borrowed.
                    let once = normalize_owned(&text, profile);
                    prop_assert!(matches!(normalize(&once, profile), Cow::Borrowed(_)));
                }
            }

            /// Copying the characters that stay and normalizing only the stretches
            /// between them gives what normalizing the whole text at once gives.
            #[test]
            fn stretches_normalize_like_the_whole(text in text()) {
                let mut whole = String::new();
                fold_and_compose(&text, false, &mut Sink::Text(&mut whole));
                prop_assert_eq!(normalize_owned(&text, Profile::Text), whole);
            }
        }
    }
}
