//! The one-line layout of the `name` and `kana` profiles: whitespace runs become
//! one space, U+3000 between two Japanese-script characters and U+0020 otherwise,
//! and nothing at either end.

use super::unicode::combining_class;
use crate::prelude::*;

/// Whitespace in a name: every Unicode `White_Space` character (ASCII space, TAB,
/// line breaks, U+3000, NBSP, the typographic spaces…). A name is one line, so line
/// breaks separate its parts like spaces.
pub(super) fn is_space(c: char) -> bool {
    crate::substring::is_whitespace(c)
}

/// Han, Hiragana and Katakana, with the marks that live among them: 々 〆 〇,
/// ー ・ ゛ ゜ ゝ ゞ ヽ ヾ. Full-width Latin is not here: folding made it ASCII.
pub(super) fn is_japanese_script(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'       // CJK and Kangxi radicals
        | '\u{3005}'..='\u{3007}'     // 々 〆 〇
        | '\u{3021}'..='\u{3029}'     // Hangzhou numerals
        | '\u{3038}'..='\u{303B}'     // 〸〹〺〻
        | '\u{3041}'..='\u{3096}'     // hiragana
        | '\u{309B}'..='\u{30FF}'     // ゛゜ゝゞゟ, katakana, ・ ー ヽ ヾ ヿ
        | '\u{31F0}'..='\u{31FF}'     // small katakana for Ainu
        | '\u{3400}'..='\u{4DBF}'     // CJK Extension A
        | '\u{4E00}'..='\u{9FFF}'     // CJK Unified Ideographs
        | '\u{F900}'..='\u{FAFF}'     // CJK Compatibility Ideographs
        | '\u{1AFF0}'..='\u{1B16F}'   // kana supplements and extensions
        | '\u{20000}'..='\u{3FFFF}' // CJK Extensions B.., compatibility supplement
    )
}

/// Variation selectors (standardized, emoji and ideographic).
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{180B}'..='\u{180D}' | '\u{180F}')
}

/// Whether `c` belongs to the character before it (a variation selector or a
/// combining mark) rather than starting a character of its own.
fn extends(c: char) -> bool {
    is_variation_selector(c) || combining_class(c) != 0
}

/// The space that separates `before` (the base of the last character, if any) from
/// `after`.
fn separator(before: Option<char>, after: char) -> char {
    if before.is_some_and(is_japanese_script) && is_japanese_script(after) {
        '\u{3000}'
    } else {
        ' '
    }
}

/// Lays a name out on one line while characters stream in.
pub(super) struct NameLayout<'a> {
    out: &'a mut String,
    /// A whitespace run has been seen since the last character written.
    pending: bool,
    /// The base character of the last character written, when it has one.
    base: Option<char>,
}

impl<'a> NameLayout<'a> {
    /// Writes into `out`.
    pub(super) fn new(out: &'a mut String) -> Self {
        NameLayout {
            out,
            pending: false,
            base: None,
        }
    }

    /// Takes the next character. A trailing whitespace run is never written.
    pub(super) fn push(&mut self, c: char) {
        if is_space(c) {
            // Leading whitespace is dropped.
            self.pending |= !self.out.is_empty();
            return;
        }
        if self.pending {
            self.out.push(separator(self.base, c));
            self.pending = false;
            self.base = None;
        }
        self.out.push(c);
        if !extends(c) {
            self.base = Some(c);
        }
    }
}

/// Whether `text` is already laid out as [`NameLayout`] would write it.
pub(super) fn is_laid_out(text: &str) -> bool {
    let mut started = false;
    let mut space: Option<char> = None;
    let mut base: Option<char> = None;
    for c in text.chars() {
        if is_space(c) {
            if !started || space.is_some() {
                return false;
            }
            space = Some(c);
            continue;
        }
        if let Some(s) = space.take() {
            if s != separator(base, c) {
                return false;
            }
            base = None;
        }
        started = true;
        if !extends(c) {
            base = Some(c);
        }
    }
    space.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay_out(text: &str) -> String {
        let mut out = String::new();
        let mut layout = NameLayout::new(&mut out);
        text.chars().for_each(|c| layout.push(c));
        out
    }

    #[test]
    fn runs_become_one_space_chosen_by_the_neighbours() {
        assert_eq!(lay_out("山田 \u{3000}\t太郎"), "山田\u{3000}太郎");
        assert_eq!(lay_out("John\u{3000}\u{3000}Smith"), "John Smith");
        assert_eq!(lay_out("Taro\u{3000}山田"), "Taro 山田");
        assert_eq!(lay_out("山田 Taro"), "山田 Taro");
        assert_eq!(lay_out("ヤマダ\u{A0}タロウ"), "ヤマダ\u{3000}タロウ");
        assert_eq!(lay_out("さとう\n\u{2003}はなこ"), "さとう\u{3000}はなこ");
        assert_eq!(lay_out("ジョン ー"), "ジョン\u{3000}ー");
        assert_eq!(lay_out("々 〆 ・ 〇"), "々\u{3000}〆\u{3000}・\u{3000}〇");
        assert_eq!(lay_out("𠮷 𪚲"), "𠮷\u{3000}𪚲");
        assert_eq!(lay_out("1 2"), "1 2");
        assert_eq!(lay_out("① 山"), "① 山");
        assert_eq!(lay_out("〜 山"), "〜 山");
    }

    #[test]
    fn a_variation_selector_belongs_to_its_base() {
        assert_eq!(lay_out("葛\u{E0100} 飾"), "葛\u{E0100}\u{3000}飾");
        assert_eq!(lay_out("塚\u{FE00} 本"), "塚\u{FE00}\u{3000}本");
        assert_eq!(lay_out("A\u{FE00} 本"), "A\u{FE00} 本");
        // A mark after a space has no base: the spaces around it are ASCII.
        assert_eq!(lay_out("山 \u{3099} 田"), "山 \u{3099} 田");
    }

    #[test]
    fn trimmed_at_both_ends() {
        assert_eq!(lay_out("\u{3000} 山田太郎 \u{3000}\n"), "山田太郎");
        assert_eq!(lay_out(" \t\n"), "");
        assert_eq!(lay_out(""), "");
    }

    #[test]
    fn laid_out_text_is_recognised_and_nothing_else() {
        for text in [
            "山田\u{3000}太郎",
            "John Smith",
            "Taro 山田",
            "",
            "山",
            "塚\u{FE00}\u{3000}本",
        ] {
            assert!(is_laid_out(text), "{text:?}");
            assert_eq!(lay_out(text), text);
        }
        for text in [
            "山田 太郎",
            "John\u{3000}Smith",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "a\nb",
            "a\u{A0}b",
        ] {
            assert!(!is_laid_out(text), "{text:?}");
            assert_ne!(lay_out(text), text);
        }
    }
}
