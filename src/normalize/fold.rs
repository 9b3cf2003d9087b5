//! Character folding, the first step of every profile: width, line breaks,
//! invisible characters, and (for furigana) hiragana to katakana.
//!
//! Everything here is an explicit, small mapping. Compatibility normalization
//! (NFKC) is deliberately not used: it would also rewrite ①, ㈱, ㍻, ゛ and ～,
//! which people type on purpose.

use core::str::Chars;

use super::unicode::compose;

/// Half-width katakana and punctuation U+FF61..=U+FF9D, in code point order,
/// as their full-width forms (｡｢｣､･ → 。「」、・, ｦ → ヲ, ｧ → ァ, ｰ → ー, …): read
/// when the program is compiled, into [`HALF_WIDTH_KANA_LOW`].
const HALF_WIDTH_KANA: [char; 61] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ',
    'ー', //
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ',
    'ソ', //
    'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ',
    'ホ', //
    'マ', 'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン',
];

/// [`HALF_WIDTH_KANA`] as the module holds it: each full-width form's low byte
/// (all are U+30xx), a quarter of the size of a table of `char`.
static HALF_WIDTH_KANA_LOW: [u8; 61] = {
    let mut low = [0u8; 61];
    let mut i = 0;
    while i < low.len() {
        let c = HALF_WIDTH_KANA[i] as u32;
        assert!(c >> 8 == 0x30, "a full-width form is U+30xx");
        low[i] = c as u8;
        i += 1;
    }
    low
};

/// The full-width form of a half-width katakana or punctuation mark
/// (U+FF61..=U+FF9D; `None` for any other character): the one table for
/// normalization and for the folding of [`crate::redact`].
pub(crate) fn full_width_kana(c: char) -> Option<char> {
    let i = u32::from(c).wrapping_sub(0xFF61) as usize;
    HALF_WIDTH_KANA_LOW
        .get(i)
        .and_then(|&low| char::from_u32(0x3000 | u32::from(low)))
}

/// What folding does with one character (CR aside, which depends on what follows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fold {
    /// Kept as it is.
    Keep,
    /// Removed.
    Drop,
    /// Replaced by another character.
    To(char),
    /// Replaced by two characters.
    ToPair(char, char),
    /// A half-width voiced mark ﾞ or ﾟ: the combining mark when it composes with
    /// the character before it, else the spacing mark.
    Mark {
        /// U+3099 or U+309A, which NFC composes with the kana before it.
        combining: char,
        /// ゛ U+309B or ゜ U+309C, the mark on its own.
        spacing: char,
    },
}

/// How `c` folds, whatever comes before or after it (except CR, see [`Folded`]).
pub(super) fn fold_char(c: char) -> Fold {
    match c {
        // Printable ASCII, LF and TAB: the common case, first.
        ' '..='~' | '\n' | '\t' => Fold::Keep,
        // Full-width ASCII ！..｝ → ! .. }.
        '\u{FF01}'..='\u{FF5D}' => shifted_down(c, 0xFEE0),
        // ～ stands for the wave dash 〜 in Japanese text, not for ~.
        '\u{FF5E}' => Fold::To('\u{301C}'),
        '\u{FF61}'..='\u{FF9D}' => full_width_kana(c).map_or(Fold::Keep, Fold::To),
        '\u{FF9E}' => Fold::Mark {
            combining: '\u{3099}',
            spacing: '\u{309B}',
        },
        '\u{FF9F}' => Fold::Mark {
            combining: '\u{309A}',
            spacing: '\u{309C}',
        },
        // Full-width signs ￠￡￢￣￤￥￦ and half-width ￨￩￪￫￬￭￮: their NFKC forms
        // (￣'s is SPACE + COMBINING MACRON, which renders as the macron it was).
        '\u{FFE0}' => Fold::To('\u{A2}'),
        '\u{FFE1}' => Fold::To('\u{A3}'),
        '\u{FFE2}' => Fold::To('\u{AC}'),
        '\u{FFE3}' => Fold::ToPair(' ', '\u{304}'),
        '\u{FFE4}' => Fold::To('\u{A6}'),
        '\u{FFE5}' => Fold::To('\u{A5}'),
        '\u{FFE6}' => Fold::To('\u{20A9}'),
        '\u{FFE8}' => Fold::To('\u{2502}'),
        '\u{FFE9}'..='\u{FFEC}' => shifted_down(c, 0xFFE9 - 0x2190),
        '\u{FFED}' => Fold::To('\u{25A0}'),
        '\u{FFEE}' => Fold::To('\u{25CB}'),
        // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks.
        '\u{85}' | '\u{2028}' | '\u{2029}' => Fold::To('\n'),
        // C0 and C1 controls (LF and TAB kept above, CR handled by `Folded`), DEL.
        '\0'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Fold::Drop,
        // Invisible characters pasted from web pages and word processors: zero-width
        // space, soft hyphen, bidirectional marks, embeddings, overrides and isolates
        // (which can also disguise a name), word joiner and invisible operators, BOM.
        // ZWNJ/ZWJ (U+200C/U+200D) and variation selectors stay: emoji sequences and
        // ideographic variants need them.
        '\u{AD}'
        | '\u{61C}'
        | '\u{200B}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FEFF}' => Fold::Drop,
        _ => Fold::Keep,
    }
}

/// `c` moved down by `offset` code points: a block that maps onto another in order.
fn shifted_down(c: char, offset: u32) -> Fold {
    u32::from(c)
        .checked_sub(offset)
        .and_then(char::from_u32)
        .map_or(Fold::Keep, Fold::To)
}

/// The katakana for a hiragana `c` (ゔ → ヴ, ゝゞ → ヽヾ, small ゕゖ → ヵヶ), or `c`.
pub(super) fn to_katakana(c: char) -> char {
    let offset = match c {
        // The hiragana block and the katakana block are 0x60 apart, letter for letter.
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => 0x60,
        // Small Kana Extension: small こ, small ゐゑを.
        '\u{1B132}' => 0x1B155 - 0x1B132,
        '\u{1B150}'..='\u{1B152}' => 0x1B164 - 0x1B150,
        _ => return c,
    };
    char::from_u32(u32::from(c) + offset).unwrap_or(c)
}

/// Whether folding leaves `c` unchanged wherever it stands.
pub(super) fn folds_to_itself(c: char, kana: bool) -> bool {
    c != '\r' && fold_char(c) == Fold::Keep && !(kana && to_katakana(c) != c)
}

/// The characters of a text, folded.
pub(super) struct Folded<'a> {
    chars: Chars<'a>,
    kana: bool,
    /// The character last produced, which a following ﾞ/ﾟ may compose with.
    prev: Option<char>,
    /// The character before was CR, so an LF now completes a CRLF.
    after_cr: bool,
    /// The second character of a [`Fold::ToPair`], due next.
    queued: Option<char>,
}

impl<'a> Folded<'a> {
    /// Folds `text`; with `kana`, hiragana also become katakana.
    pub(super) fn new(text: &'a str, kana: bool) -> Self {
        Folded {
            chars: text.chars(),
            kana,
            prev: None,
            after_cr: false,
            queued: None,
        }
    }
}

impl Iterator for Folded<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.queued.take() {
            self.prev = Some(c);
            return Some(c);
        }
        loop {
            let c = self.chars.next()?;
            let after_cr = core::mem::replace(&mut self.after_cr, false);
            let folded = match c {
                '\r' => {
                    self.after_cr = true;
                    '\n'
                }
                '\n' if after_cr => continue,
                _ => match fold_char(c) {
                    Fold::Keep => c,
                    Fold::Drop => continue,
                    Fold::To(to) => to,
                    Fold::ToPair(first, second) => {
                        self.queued = Some(second);
                        first
                    }
                    Fold::Mark { combining, spacing } => {
                        // `prev` is the character as NFC will see it, right before
                        // the mark (already katakana for kana: わ takes no mark,
                        // ワ does), so the combining mark is sure to compose.
                        if self.prev.and_then(|p| compose(p, combining)).is_some() {
                            combining
                        } else {
                            spacing
                        }
                    }
                },
            };
            let folded = if self.kana {
                to_katakana(folded)
            } else {
                folded
            };
            self.prev = Some(folded);
            return Some(folded);
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let upper = self.chars.size_hint().1;
        (0, upper.and_then(|n| n.checked_mul(2)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(text: &str, kana: bool) -> String {
        Folded::new(text, kana).collect()
    }

    #[test]
    fn half_width_table_matches_nfkc() {
        use unicode_normalization::UnicodeNormalization;
        for c in '\u{FF61}'..='\u{FF9D}' {
            let nfkc: String = c.to_string().nfkc().collect();
            assert_eq!(fold(&c.to_string(), false), nfkc, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn full_width_ascii_and_signs_match_nfkc_except_the_wave_dash() {
        use unicode_normalization::UnicodeNormalization;
        let signs = ('\u{FFE0}'..='\u{FFE6}').chain('\u{FFE8}'..='\u{FFEE}');
        for c in ('\u{FF01}'..='\u{FF5D}').chain(signs) {
            let nfkc: String = c.to_string().nfkc().collect();
            assert_eq!(fold(&c.to_string(), false), nfkc, "U+{:04X}", u32::from(c));
        }
        assert_eq!(fold("～", false), "〜");
    }

    #[test]
    fn voiced_marks_compose_only_after_a_kana_that_takes_them() {
        assert_eq!(fold("ｶﾞ", false), "カ\u{3099}");
        assert_eq!(fold("ﾊﾟ", false), "ハ\u{309A}");
        assert_eq!(fold("ﾞ", false), "゛");
        assert_eq!(fold("ｱﾞ", false), "ア゛");
        assert_eq!(fold("Aﾟ", false), "A゜");
        assert_eq!(fold("ｶﾞﾞ", false), "カ\u{3099}゛");
        // ワ takes a voiced mark (ヷ), わ does not.
        assert_eq!(fold("わﾞ", false), "わ゛");
        assert_eq!(fold("わﾞ", true), "ワ\u{3099}");
    }

    #[test]
    fn line_breaks_become_lf() {
        assert_eq!(
            fold("a\r\nb\rc\u{85}d\u{2028}e\u{2029}f\n", false),
            "a\nb\nc\nd\ne\nf\n"
        );
        assert_eq!(fold("\r\r\n\n", false), "\n\n\n");
        assert_eq!(fold("\n\r", false), "\n\n");
    }

    #[test]
    fn controls_and_invisibles_are_dropped_but_joiners_and_selectors_stay() {
        assert_eq!(
            fold("a\0\u{7}\u{B}\u{C}\u{1B}\u{7F}\u{80}\u{9F}b", false),
            "ab"
        );
        assert_eq!(
            fold(
                "a\u{200B}\u{2060}\u{FEFF}\u{AD}\u{200E}\u{202E}\u{2066}b",
                false
            ),
            "ab"
        );
        let kept = "\t\u{200C}\u{200D}\u{FE0F}\u{E0100}\u{3000}\u{A0}";
        assert_eq!(fold(kept, false), kept);
    }

    #[test]
    fn katakana_for_hiragana() {
        assert_eq!(fold("ぁあゔゕゖゝゞゟ", true), "ァアヴヵヶヽヾゟ");
        assert_eq!(
            fold("\u{1B132}\u{1B150}\u{1B152}", true),
            "\u{1B155}\u{1B164}\u{1B166}"
        );
        assert_eq!(fold("ぁあゔゝ", false), "ぁあゔゝ");
        for c in '\u{3041}'..='\u{3096}' {
            assert!(!folds_to_itself(c, true));
            assert!(folds_to_itself(c, false));
        }
    }
}
