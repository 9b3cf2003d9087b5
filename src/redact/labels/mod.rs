//! Labels: the words people write before a value (`保険者番号：`, `口座番号 普通`,
//! `記号・番号`, `TEL`), matched after folding width, case and half-width katakana.
//!
//! A label says which detector family the next value belongs to. Families whose
//! values have no structure of their own (an insurance card's 記号/番号, a bank
//! account) are only found behind one; the others use labels to settle which kind a
//! value is when two could fit. Words such as 注文番号 or 〒 are labels too, of values
//! that must be left alone.

use crate::redact::chars::{compose_voiced, fold, is_hiragana, is_kana_or_kanji, is_space};

mod words;

use words::{patterns, second_may_be, FILTER};
use Family::*;

/// The detector family a label announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// 保険者番号 (not 被保険者番号).
    Insurer,
    /// 被保険者番号 written as one number.
    InsuredSingle,
    /// 記号, or 記号・番号 / 記号・番号・枝番 announcing several components.
    InsuredSymbol,
    /// 番号 after a 記号, or 枝番.
    InsuredNumber,
    /// 公費負担者番号.
    Payer,
    /// 受給者番号.
    Recipient,
    /// 口座番号, 普通預金, 振込先.
    Bank,
    /// 普通, 当座: an account type, everyday words too (普通に, 当座の間), so the
    /// number must follow it closely, with no sentence (no hiragana) between.
    AccountType,
    /// 運転免許証番号.
    License,
    /// 基礎年金番号.
    Pension,
    /// 個人番号, マイナンバー.
    MyNumber,
    /// クレジットカード, カード番号.
    Card,
    /// 旅券番号, パスポート (パスポ).
    Passport,
    /// 在留カード.
    Residence,
    /// 電話番号, TEL.
    Phone,
    /// 注文番号, 追跡番号, 〒…: the value right after it is not sensitive.
    Negative,
    /// A word recognised only so that a shorter label inside it is not
    /// (被保険者 holds 保険者; 番号 alone after a kana).
    Skip,
}

impl Family {
    /// Whether it names a long number of a kind, which a caller may dictate whole a
    /// sentence or a line after it (not a card's short components, an account
    /// type, nor a word of what is no value).
    pub(crate) fn names_a_kind(self) -> bool {
        matches!(
            self,
            Insurer
                | InsuredSingle
                | Payer
                | Recipient
                | Bank
                | License
                | Pension
                | MyNumber
                | Card
                | Phone
        )
    }

    /// Every family, each at the index of its discriminant (`family as usize`):
    /// how the packed label table (`words.rs`) reads a family back from its byte.
    pub(crate) const ALL: [Family; 17] = [
        Insurer,
        InsuredSingle,
        InsuredSymbol,
        InsuredNumber,
        Payer,
        Recipient,
        Bank,
        AccountType,
        License,
        Pension,
        MyNumber,
        Card,
        Passport,
        Residence,
        Phone,
        Negative,
        Skip,
    ];
}

/// Whether `c` (folded) may start a label: the scanner's cheap first test.
#[inline]
pub(crate) fn may_start_label(c: char) -> bool {
    filter_hit(c as u32) && patterns(c).next().is_some()
}

/// The bit filter of [`may_start_label`] alone: `false` means `c` starts no label;
/// `true` may be a false hit (another character with the same low 12 bits).
#[inline]
pub(crate) fn filter_hit(c: u32) -> bool {
    let low = (c & 0xFFF) as usize;
    FILTER
        .get(low / 64)
        .is_some_and(|word| word & (1 << (low % 64)) != 0)
}

/// Whether a label may start with the kanji or katakana whose code point's low 12
/// bits are `low12` (its [`filter_hit`] said yes) when `after` follows it:
/// `false` when the next character is one that folds and composes with nothing
/// (hiragana, kanji, katakana without a voiced mark after it) and no pattern of that
/// first character goes on with it. The scanner then passes over it as over a
/// character that starts no label.
#[inline]
pub(crate) fn may_go_on(low12: u32, after: &[u8]) -> bool {
    let (b1, b2) = match after {
        // U+3041–U+3096 (hiragana), U+30A1–U+30FC (katakana, ・, ー).
        &[0xE3, b1 @ 0x81, b2 @ 0x81..=0xBF, ..]
        | &[0xE3, b1 @ 0x82, b2 @ 0x80..=0x96, ..]
        | &[0xE3, b1 @ 0x82, b2 @ 0xA1..=0xBF, ..]
        | &[0xE3, b1 @ 0x83, b2 @ 0x80..=0xBC, ..] => (b1, b2),
        // U+3400–U+9FFF.
        &[0xE3, b1 @ 0x90..=0xBF, b2, ..] | &[0xE4..=0xE9, b1, b2, ..] => (b1, b2),
        _ => return true,
    };
    // A katakana with a voiced mark after it reads as another (`ハ゛` as `バ`).
    let katakana = matches!((b1, b2), (0x82, 0xA1..) | (0x83, _));
    if katakana && voiced_mark_at(after, 3) {
        return true;
    }
    second_may_be(low12 as usize, b2)
}

/// Whether a label may start with the ASCII letter `first` (folded) when the ASCII
/// byte `next` follows it: `false` when no pattern of `first` goes on with `next`
/// folded ([`second_may_be`]'s bits, which a pattern with a space or nothing after
/// its first letter sets all of). An English word that starts no label (`the`,
/// `and`) is then passed over without trying each pattern of its first letter,
/// character by character. Neither an ASCII letter nor an ASCII byte after it
/// composes with a voiced mark, so the second character is `next` as it is
/// folded; any other byte (a full-width letter, which folds to ASCII) may go on.
#[inline]
pub(crate) fn ascii_may_go_on(first: char, next: u8) -> bool {
    !next.is_ascii() || second_may_be(first as usize & 0xFFF, next.to_ascii_lowercase())
}

/// A label found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Its family.
    pub family: Family,
    /// Byte offset where the label ends.
    pub end: usize,
    /// How many values it announces (記号・番号・枝番: 3).
    pub quota: u8,
    /// A bare 番号: a label only right after a 記号 (the scanner checks).
    pub needs_symbol: bool,
}

/// Matches a label starting at byte `pos` of `text`, where character `raw` is.
pub(crate) fn match_at(text: &str, pos: usize, raw: char) -> Option<Found> {
    let first = first_char(text, pos, raw);
    let prev = || crate::substring::char_before(text, pos);
    if first.is_ascii() && prev().is_some_and(|p| fold(p).is_ascii_alphanumeric()) {
        return None;
    }
    let rest = text.get(pos..)?.as_bytes();
    // Written as in the table (not half-width, no ASCII to fold): bytes decide, and
    // most candidates already differ in the byte after the first character.
    let literal = first == raw;
    let lead = raw.len_utf8();
    for entry in patterns(first) {
        let (pattern, family) = (entry.pattern, entry.family);
        // A pattern with ASCII after a non-ASCII head (`保険者 no.`): the head's
        // bytes must match first.
        if literal && entry.ascii {
            let head = pattern.bytes().take_while(|b| !b.is_ascii()).count();
            if head > 0 && !starts_with(rest, pattern.as_bytes().get(..head).unwrap_or(&[])) {
                continue;
            }
        }
        let matched = if literal && !entry.ascii {
            let second = pattern.as_bytes().get(lead);
            if (second.is_some() && second != rest.get(lead))
                || !starts_with(rest, pattern.as_bytes())
            {
                continue;
            }
            pos + pattern.len()
        } else {
            let Some(end) = match_pattern(text, pos, pattern) else {
                continue;
            };
            end
        };
        let end = matched;
        if entry.ascii
            && pattern
                .as_bytes()
                .last()
                .is_some_and(u8::is_ascii_alphabetic)
        {
            // English words end on a word boundary ("tel" is not "tell").
            let next = crate::substring::char_at(text, end);
            if next.is_some_and(|n| fold(n).is_ascii_alphabetic()) {
                continue;
            }
        }
        let mut found = finish(text, pos, end, family, prev());
        found.end = emphasis_end(text.as_bytes(), pos, found.end);
        return Some(found);
    }
    None
}

/// Whether `bytes` start with `prefix`: their first eight bytes compared as one
/// word first, which most patterns of a first character already differ in
/// (`保険者番号` and `保険証と…` in their third character), rather than a call to
/// compare them all.
#[inline]
fn starts_with(bytes: &[u8], prefix: &[u8]) -> bool {
    match (bytes.first_chunk::<8>(), prefix.first_chunk::<8>()) {
        (Some(a), Some(b)) if a != b => false,
        _ => bytes.starts_with(prefix),
    }
}

/// Where a label from byte `start` to `end` of `bytes` ends with Markdown's bold
/// around it (`**記号**: 12`): two stars before it and after it, then a colon, a
/// space or a quote. (A masked value glued to its label has no stars before it.)
fn emphasis_end(bytes: &[u8], start: usize, end: usize) -> usize {
    let opened = start >= 2 && matches!(bytes.get(start - 2..start), Some(b"**"));
    match bytes.get(end..end + 3) {
        Some([b'*', b'*', b':' | b' ' | b'`' | 0xEF]) if opened => end + 2,
        _ => end,
    }
}

/// Adjusts a raw match: combined 記号・番号 labels, 番号 alone, and the words after a
/// negative label (注文 + 番号).
fn finish(text: &str, pos: usize, end: usize, family: Family, prev: Option<char>) -> Found {
    match family {
        InsuredSymbol => {
            let (end, mut quota) = combined_symbol(text, end);
            // `記・番` names both, and a 枝番 after them.
            if matches!(crate::substring::char_before(text, end), Some('番')) {
                quota = 3;
            }
            Found {
                family,
                end,
                quota,
                needs_symbol: false,
            }
        }
        InsuredNumber => {
            // 枝番 always labels a component; 番号 only on its own (not 注文番号, not
            // カードの番号); the scanner checks that a 記号 came just before.
            let alone = prev.is_none_or(|p| !is_kana_or_kanji(p));
            let is_branch = matches!(
                crate::substring::char_at(text, pos),
                Some('枝' | 'エ' | 'ｴ')
            );
            Found {
                family: if alone || is_branch { family } else { Skip },
                end,
                quota: 1,
                needs_symbol: !is_branch,
            }
        }
        Negative => Found {
            family,
            end: absorb_word(text, end),
            quota: 1,
            needs_symbol: false,
        },
        // ﾎｹﾝｼｬ right after 被 is the insured person's number, however written.
        Insurer if matches!(prev, Some('被' | 'ヒ' | 'ﾋ')) => Found {
            family: InsuredSingle,
            end: absorb_suffix(text, end),
            quota: 1,
            needs_symbol: false,
        },
        Skip => Found {
            family,
            end,
            quota: 1,
            needs_symbol: false,
        },
        _ => Found {
            family,
            end: absorb_suffix(text, end),
            quota: 1,
            needs_symbol: false,
        },
    }
}

/// Extends a label over the words that end it (`受給者` + `番号`, `免許` + `証番号`,
/// `年金` + `手帳`, `ﾊﾞﾝｺﾞｳ`, `No.`): the value's distance counts from there.
fn absorb_suffix(text: &str, end: usize) -> usize {
    const SUFFIX_WORDS: [&str; 10] = [
        "証番号",
        "番号",
        "手帳",
        "証",
        "カード",
        "ナンバー",
        "バンゴウ",
        "ショウ",
        " no.",
        " no",
    ];
    /// [`SUFFIX_WORDS`]' bytes, packed ([`crate::packed`]: no pointer per word).
    const PACKED: [u8; crate::packed::size(&SUFFIX_WORDS)] = crate::packed::pack(&SUFFIX_WORDS);
    /// [`PACKED`] as text, checked when the program is compiled.
    static SUFFIXES: &str = crate::packed::text(&PACKED);
    let mut at = end;
    for _ in 0..2 {
        // Most labels are followed by none of them: the next character tells.
        let Some((c, _)) = char_at(text.as_bytes(), at) else {
            break;
        };
        if !matches!(
            fold(c),
            '証' | '番' | '手' | 'カ' | 'ナ' | 'バ' | 'ハ' | 'シ' | ' ' | '\u{3000}' | 'n'
        ) {
            break;
        }
        let next = crate::packed::words(SUFFIXES).find_map(|suffix| {
            let rest = text.get(at..)?;
            // (The first bytes before a call to compare the rest.)
            if rest.as_bytes().first() == suffix.as_bytes().first() && rest.starts_with(suffix) {
                Some(at + suffix.len())
            } else if suffix.is_ascii()
                || crate::substring::char_at(rest, 0).is_some_and(|c| !c.is_ascii() && fold(c) != c)
            {
                match_pattern(text, at, suffix).filter(|&e| e > at)
            } else {
                None
            }
        });
        match next {
            Some(e) => at = e,
            None => break,
        }
    }
    at
}

/// After 記号: `・番号`, `番号`, `／番号`, `及び番号`… and then `・枝番` make one
/// label for two or three components; a combined label also takes a 枝番 that
/// follows without its own label (`記号・番号：12・34・01`).
fn combined_symbol(text: &str, end: usize) -> (usize, u8) {
    let mut quota = 1u8;
    let mut at = end;
    for next in &["番号", "枝番"] {
        let Some(after) = joined(text, at, next) else {
            break;
        };
        at = after;
        quota += 1;
    }
    if quota == 2 {
        quota = 3;
    }
    (at, quota)
}

/// If `word` follows `at` after at most one joiner, the end of `word`.
fn joined(text: &str, at: usize, word: &str) -> Option<usize> {
    let rest = text.get(at..)?;
    let trimmed = crate::substring::trim_start_by(rest, is_space);
    let mut skip = rest.len() - trimmed.len();
    let rest = trimmed;
    for joiner in &[
        "・",
        "･",
        "/",
        "／",
        "、",
        "&",
        "＆",
        "と",
        "及び",
        "および",
        "-",
        "－",
        "",
    ] {
        if let Some(after) = rest.strip_prefix(joiner) {
            let after_trim = crate::substring::trim_start_by(after, is_space);
            let kana = match word {
                "番号" => "バンゴウ",
                _ => "エダバン",
            };
            let hit = after_trim
                .strip_prefix(word)
                .or_else(|| after_trim.strip_prefix(kana));
            if let Some(tail) = hit {
                skip += rest.len() - tail.len();
                return Some(at + skip);
            }
        }
    }
    None
}

/// Extends a negative label over the rest of its word (`注文` + `番号`, `取引` +
/// `ID`), at most eight characters.
fn absorb_word(text: &str, end: usize) -> usize {
    let mut at = end;
    if let Some(rest) = text.get(end..) {
        for (n, c) in rest.chars().enumerate() {
            let hiragana = is_hiragana(c);
            // Not a kanji digit: a value written in kanji may follow the label
            // (`注文番号二二…`), and is read as digits.
            let digit = crate::redact::kanji_digits::KANJI.contains(&c);
            let word = (is_kana_or_kanji(c) && !hiragana && !digit)
                || c.is_ascii_alphabetic()
                || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
            if !word || n >= 8 {
                break;
            }
            at += c.len_utf8();
        }
    }
    at
}

/// The folded character `raw` at byte `pos` starts a label with: a half-width
/// katakana with its voiced mark (`ﾊﾟ` → `パ`) is one character.
#[inline]
pub(crate) fn first_char(text: &str, pos: usize, raw: char) -> char {
    let first = fold(raw);
    let bytes = text.as_bytes();
    let next = pos + raw.len_utf8();
    if voiced_mark_at(bytes, next) {
        if let Some(composed) = char_at(bytes, next).and_then(|(m, _)| compose_voiced(first, m)) {
            return composed;
        }
    }
    first
}

/// Matches folded `pattern` at byte `pos`; returns the end byte offset.
fn match_pattern(text: &str, pos: usize, pattern: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = pos;
    for p in pattern.chars() {
        if p == ' ' {
            while let Some((c, next)) = char_at(bytes, at) {
                if !is_space(c) {
                    break;
                }
                at = next;
            }
            continue;
        }
        let (c, mut next) = char_at(bytes, at)?;
        let mut folded = fold(c);
        // A katakana and a separate voiced mark (half-width ﾞ ﾟ, combining or
        // spacing ゛ ゜) are one character.
        if voiced_mark_at(bytes, next) {
            if let Some((mark, after)) = char_at(bytes, next) {
                if let Some(composed) = compose_voiced(folded, mark) {
                    folded = composed;
                    next = after;
                }
            }
        }
        if folded != p {
            return None;
        }
        at = next;
    }
    Some(at)
}

/// Whether a voiced or semi-voiced mark starts at `at` (ﾞ ﾟ EF BE 9E/9F, U+3099–309C
/// E3 82 99–9C).
#[inline]
fn voiced_mark_at(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at..at + 3) {
        Some(&[0xEF, 0xBE, b]) => b == 0x9E || b == 0x9F,
        Some(&[0xE3, 0x82, b]) => matches!(b, 0x99..=0x9C),
        _ => false,
    }
}

/// The character at byte `at` of valid UTF-8 `bytes`, and the offset after it.
#[inline]
pub(crate) fn char_at(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let b0 = u32::from(*bytes.get(at)?);
    let cont = |k: usize| bytes.get(at + k).map(|&b| u32::from(b) & 0x3F);
    let (u, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | cont(1)?, 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (cont(1)? << 6) | cont(2)?, 3)
    } else {
        (
            ((b0 & 0x07) << 18) | (cont(1)? << 12) | (cont(2)? << 6) | cont(3)?,
            4,
        )
    };
    char::from_u32(u).map(|c| (c, at + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_word_goes_on_as_no_label_of_its_first_letter_does() {
        // `tel`, `tracking`, `transaction`: a `t` may go on with `e` or `r`, in
        // either case, and with a full-width letter (which folds to ASCII).
        assert!(ascii_may_go_on('t', b'e') && ascii_may_go_on('t', b'R'));
        assert!(ascii_may_go_on('t', 0xEF));
        // `the` starts none.
        assert!(!ascii_may_go_on('t', b'h'));
        assert_eq!(match_at("the 1234", 0, 't'), None);
    }

    #[test]
    fn every_family_sits_at_its_discriminant() {
        for (i, family) in Family::ALL.into_iter().enumerate() {
            assert_eq!(family as usize, i, "{family:?}");
        }
        assert_eq!(Family::ALL.len(), Skip as usize + 1);
    }

    fn label(text: &str) -> Option<(Family, &str, u8)> {
        match_at(text, 0, text.chars().next()?).map(|f| (f.family, &text[..f.end], f.quota))
    }

    #[test]
    fn insurer_labels_in_their_forms() {
        assert_eq!(label("保険者番号：1"), Some((Insurer, "保険者番号", 1)));
        assert_eq!(label("保険者No.：1"), Some((Insurer, "保険者No.", 1)));
        assert_eq!(label("保険者ＮＯ．1"), Some((Insurer, "保険者ＮＯ．", 1)));
        assert_eq!(label("保険者 No 1"), Some((Insurer, "保険者 No", 1)));
        assert_eq!(label("保険者の番号は"), Some((Insurer, "保険者の番号", 1)));
        assert_eq!(label("ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ 1"), Some((Insurer, "ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ", 1)));
        assert_eq!(label("Insurer No. 1").map(|l| l.0), Some(Insurer));
    }

    #[test]
    fn insured_labels_are_not_insurer_labels() {
        assert_eq!(
            label("被保険者番号 1"),
            Some((InsuredSingle, "被保険者番号", 1))
        );
        assert_eq!(
            label("被保険者証の記号・番号：1"),
            Some((InsuredSymbol, "被保険者証の記号・番号", 3))
        );
        assert_eq!(label("被保険者氏名").map(|l| l.0), Some(Skip));
    }

    #[test]
    fn combined_symbol_labels_count_their_components() {
        assert_eq!(label("記号 1"), Some((InsuredSymbol, "記号", 1)));
        assert_eq!(
            label("記号・番号：1"),
            Some((InsuredSymbol, "記号・番号", 3))
        );
        assert_eq!(label("記号番号 1"), Some((InsuredSymbol, "記号番号", 3)));
        assert_eq!(
            label("記号／番号 1"),
            Some((InsuredSymbol, "記号／番号", 3))
        );
        assert_eq!(
            label("記号及び番号 1"),
            Some((InsuredSymbol, "記号及び番号", 3))
        );
        assert_eq!(
            label("記号・番号・枝番 1"),
            Some((InsuredSymbol, "記号・番号・枝番", 3))
        );
        assert_eq!(label("ｷｺﾞｳ 1").map(|l| l.0), Some(InsuredSymbol));
    }

    #[test]
    fn a_reservation_number_is_negative_and_a_reservation_line_is_not() {
        assert_eq!(label("予約番号 1").map(|l| l.0), Some(Negative));
        // `予約専用 0120-…`: a phone line for reservations.
        assert_eq!(label("予約専用 0120"), None);
    }

    #[test]
    fn bare_number_is_a_component_only_on_its_own() {
        let text = "注文番号";
        let at = text.find('番').unwrap();
        let found = match_at(text, at, '番').unwrap();
        assert_eq!(found.family, Skip);
        let text = " 番号 12";
        let found = match_at(text, 1, '番').unwrap();
        assert_eq!(found.family, InsuredNumber);
        let text = "の枝番";
        let found = match_at(text, 3, '枝').unwrap();
        assert_eq!(found.family, InsuredNumber);
    }

    #[test]
    fn negative_labels_take_their_whole_word() {
        assert_eq!(label("注文番号：1"), Some((Negative, "注文番号", 1)));
        assert_eq!(
            label("問い合わせ伝票番号：1"),
            Some((Negative, "問い合わせ伝票番号", 1))
        );
        assert_eq!(label("取引ID：1"), Some((Negative, "取引ID", 1)));
        assert_eq!(label("注文したお薬").map(|l| l.1), Some("注文"));
    }

    #[test]
    fn other_families() {
        assert_eq!(label("口座番号").map(|l| l.0), Some(Bank));
        assert_eq!(label("ﾌﾂｳ 1").map(|l| l.0), Some(AccountType));
        assert_eq!(label("運転免許証番号").map(|l| l.0), Some(License));
        assert_eq!(label("基礎年金番号").map(|l| l.0), Some(Pension));
        // パスポート, and staff's パスポ.
        assert_eq!(label("パスポ th6112912"), Some((Passport, "パスポ", 1)));
        assert_eq!(label("公費負担者番号").map(|l| l.0), Some(Payer));
        assert_eq!(label("受給者番号").map(|l| l.0), Some(Recipient));
        assert_eq!(label("受付番号").map(|l| l.0), Some(Negative));
        assert_eq!(
            label("マイナンバーカード").map(|l| l.1),
            Some("マイナンバーカード")
        );
        assert_eq!(label("ﾏｲﾅﾝﾊﾞｰ").map(|l| l.0), Some(MyNumber));
        assert_eq!(label("在留カード番号").map(|l| l.0), Some(Residence));
        assert_eq!(label("TEL:").map(|l| l.0), Some(Phone));
        assert_eq!(label("ＴＥＬ：").map(|l| l.0), Some(Phone));
        assert_eq!(label("Account No.").map(|l| l.0), Some(Bank));
    }

    #[test]
    fn english_words_need_boundaries() {
        assert_eq!(label("tell me"), None);
        assert_eq!(label("cards"), None);
        let text = "hotel";
        assert_eq!(match_at(text, 2, 't'), None);
    }
}
