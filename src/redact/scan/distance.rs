//! How far a value stands from its label: the distance checks that decide whether
//! a remembered label reaches a value, and what around a value says it is a
//! quantity rather than a number.

use crate::offsets::char_count;
use crate::redact::chars::{is_connector, is_hiragana, is_kana_or_kanji, is_space, unit, Unit};
use crate::redact::labels::{char_at, Family};
use crate::substring::{any_char, char_before};

use super::WINDOW;

/// How many connector characters may stand between a tight label and its value.
const TIGHT: usize = 8;
/// How many kana or kanji may start a 記号 (`千代田5`).
const PREFIX: usize = 5;

/// Whether a value at `to` is close enough to a label ending at `from`: at most
/// [`WINDOW`] characters, on the same line or the next non-blank one.
pub(super) fn fits(text: &str, from: usize, to: usize) -> bool {
    if to < from || to - from > WINDOW * 4 {
        return false;
    }
    let Some(gap) = text.as_bytes().get(from..to) else {
        return false;
    };
    // Bytes, not characters: a character starts at every non-continuation byte.
    let mut chars = 0;
    let mut breaks = 0;
    let mut content = true;
    let mut i = 0;
    while let Some(&b) = gap.get(i) {
        i += 1;
        if b & 0xC0 == 0x80 {
            continue;
        }
        chars += 1;
        if chars > WINDOW {
            return false;
        }
        match b {
            b'\n' => {
                if content {
                    breaks += 1;
                    if breaks > 1 {
                        return false;
                    }
                }
                content = false;
            }
            b' ' | b'\t' | b'\r' => {}
            // U+3000 IDEOGRAPHIC SPACE
            0xE3 if matches!(gap.get(i..i + 2), Some([0x80, 0x80])) => i += 2,
            _ => content = true,
        }
    }
    true
}

/// Whether an account type (普通, 当座) ending at `from` announces a number at `to`:
/// at most 12 characters between, none of them hiragana (no sentence between).
pub(super) fn type_fit(text: &str, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 12 * 4
        && text
            .get(from..to)
            .is_some_and(|gap| char_count(gap) <= 12 && !any_char(gap, is_hiragana))
}

/// Whether the value at `start..end` is a quantity, a date or a time rather than a
/// labelled number: a unit follows it (`2024年`, `3錠`, `1506号室`, `12,800円`), or
/// it is part of `2026/11/25` or `12:30`.
pub(super) fn quantity(text: &str, start: usize, end: usize) -> bool {
    // A digit, or a digit already masked.
    let digit = |c: char| !matches!(unit(c), None | Some(Unit::Letter(..)));
    // A value's bounds are character bounds of the text it was read from.
    debug_assert!(start <= end && text.get(start..end).is_some());
    let mark = |c: &char| matches!(c, '/' | '／' | ':' | '：');
    if let Some(c) = char_before(text, start).filter(mark) {
        if char_before(text, start - c.len_utf8()).is_some_and(digit) {
            return true;
        }
    }
    match crate::substring::char_at(text, end).filter(mark) {
        Some(c) => crate::substring::char_at(text, end + c.len_utf8()).is_some_and(digit),
        None => unit_after(text, end),
    }
}

/// Whether a unit follows the value that ends at `end` (`2024年`, `3錠`, `1506号室`,
/// `12,800円`, `60mg`): an amount, a count or a date's part.
pub(super) fn unit_after(text: &str, end: usize) -> bool {
    let mut chars = crate::substring::slice(text, end, text.len()).chars();
    match chars.next() {
        Some(
            '年' | '月' | '日' | '時' | '分' | '秒' | '円' | '錠' | '歳' | '才' | '回' | '件'
            | '枚' | '個' | '本' | '名' | '人' | '階' | '週' | '％' | '%' | '万' | '千' | '包'
            | '粒' | '滴' | '袋' | '箱' | '部' | '通' | '台' | '缶' | '杯' | '割' | '倍',
        ) => true,
        Some('ヶ' | 'ケ' | 'か' | 'カ' | '箇') => matches!(chars.next(), Some('月' | '所')),
        Some('号') => chars.next() == Some('室'),
        Some('m' | 'g' | 'k') => chars.next().is_none_or(|c| !c.is_ascii_alphanumeric()),
        _ => false,
    }
}

/// Whether the value at `start..end`, of one or two characters, is part of a time
/// of day (`[09:59]`, `10:13 客：`): a colon and two digits after it, or two digits
/// and a colon before (ASCII digits, or the `*` that masks them). (A slash parts a
/// 記号 and its 番号 too: `12/345`.)
pub(super) fn time_part(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(|&c| c.is_ascii_digit() || c == b'*');
    end - start <= 2
        && ((matches!(b.get(end), Some(b':')) && digit(end + 1) && digit(end + 2))
            || (start >= 3
                && matches!(b.get(start - 1), Some(b':'))
                && digit(start - 2)
                && digit(start - 3)))
}

/// Where a value further from its 記号 label starts: a katakana or kanji prefix of
/// up to four characters right before it (`千代田796`) belongs to it.
pub(super) fn loose_prefix(text: &str, start: usize) -> usize {
    let mut at = start;
    let mut n = 0;
    debug_assert!(text.is_char_boundary(start));
    for c in crate::substring::slice(text, 0, start).chars().rev() {
        let hiragana = is_hiragana(c);
        if !is_kana_or_kanji(c) || hiragana || n == 4 {
            break;
        }
        n += 1;
        at -= c.len_utf8();
    }
    // A prefix glued to other letters or digits is not one (`…000ｱ0000`).
    let glued = crate::substring::char_before(text, at).is_some_and(|c| unit(c).is_some());
    if n == 4 || glued {
        start
    } else {
        at
    }
}

/// Whether the digit or two at `start` number the label word glued before them
/// (`公費1`, `受給者1`, a header's cells): a word's, not a 記号's kana or kanji;
/// not a card's component's word, which its value may follow glued (`番号33`).
pub(super) fn numbers_a_word(text: &str, start: usize) -> bool {
    let at = loose_prefix(text, start);
    let word = crate::substring::char_at(text, at)
        .and_then(|c| crate::redact::labels::match_at(text, at, c));
    word.is_some_and(|l| {
        l.end == start
            && !matches!(
                l.family,
                Family::InsuredSymbol | Family::InsuredNumber | Family::InsuredSingle
            )
    })
}

/// The end of a parenthesized aside that starts at `from` (after the opening
/// parenthesis): its closing parenthesis within 10 characters and before `to`.
fn aside_end(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut at = from;
    for _ in 0..10 {
        if at >= to {
            return None;
        }
        let (c, next) = char_at(bytes, at)?;
        if matches!(c, '）' | ')') {
            return Some(next);
        }
        if c == '\n' {
            return None;
        }
        at = next;
    }
    None
}

/// Whether `to` is at most `limit` characters after `from`, at most `lines` lines
/// down.
pub(super) fn within(text: &str, from: usize, to: usize, limit: usize, lines: usize) -> bool {
    if to < from || to - from > limit * 4 {
        return false;
    }
    text.get(from..to).is_some_and(|gap| {
        char_count(gap) <= limit && gap.bytes().filter(|&b| b == b'\n').count() <= lines
    })
}

/// Words said while thinking, which call notes keep between a label and its value;
/// a longer one before a shorter one it starts with.
const FILLERS: [&str; 9] = [
    "えーっと",
    "えーと",
    "えっと",
    "えー",
    "あのー",
    "あの",
    "ですね",
    "…",
    "‥",
];

/// [`FILLERS`] as the module holds them ([`crate::packed`]: no pointer per word).
static FILLER_TEXT: [u8; crate::packed::size(&FILLERS)] = crate::packed::pack(&FILLERS);

/// The length of the filler word ([`FILLERS`]) at byte `at`, if one starts there.
fn filler_at(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?;
    crate::packed::bytes(&FILLER_TEXT)
        .find(|f| rest.starts_with(f))
        .map(<[u8]>::len)
}

/// If only connectors stand between a label ending at `from` and a value at `to`
/// (after kana or kanji that start a 記号, when `prefix`), where the value starts.
pub(super) fn tight_fit(text: &str, from: usize, to: usize, prefix: bool) -> Option<usize> {
    if to < from || to - from > WINDOW * 4 {
        return None;
    }
    let bytes = text.as_bytes();
    // A run of spaces counts as one: a form's value far right of its label
    // (`被保険者証の番号　　　　　　　　　　　　308`) is as tight as one after a space.
    let mut after_space = false;
    // Forward from the label: connectors, then (for a 記号) kana or kanji up to the
    // value. Most labels are too far, and the first character tells.
    let mut at = from;
    let mut chars = 0;
    let mut breaks = 0;
    while at < to {
        let (c, next) = char_at(bytes, at)?;
        // An aside in parentheses (`記号（2桁）：`) is passed over whole.
        if matches!(c, '（' | '(') {
            if let Some(close) = aside_end(bytes, next, to) {
                chars += 1;
                at = close;
                continue;
            }
        }
        // は or が after a space starts a 記号 (`記号 は12`); otherwise it connects.
        let spaced = matches!(c, 'は' | 'が') && prefix && chars > 0 && {
            let before = crate::substring::char_before(text, at);
            before.is_some_and(is_space)
        };
        if !is_connector(c) || spaced {
            // A word said while thinking (`被保険者番号は、えーと、33`) connects
            // too; none starts with a connector, so only the others are looked at.
            let Some(len) = filler_at(bytes, at) else {
                break;
            };
            chars += 1;
            after_space = false;
            at += len;
            if chars > TIGHT {
                return None;
            }
            continue;
        }
        let space = is_space(c);
        if !(space && after_space) {
            chars += 1;
        }
        after_space = space;
        if c == '\n' {
            breaks += 1;
        }
        if chars > TIGHT || breaks > 1 {
            return None;
        }
        at = next;
    }
    let start = at;
    if start == to {
        return Some(start);
    }
    if !prefix {
        return None;
    }
    // A prefix glued to other letters or digits is not one (`…0ア12`).
    if crate::substring::char_before(text, start).is_some_and(|c| unit(c).is_some()) {
        return None;
    }
    let mut n = 0;
    while at < to {
        let (c, next) = char_at(bytes, at)?;
        n += 1;
        if !is_kana_or_kanji(c) || n > PREFIX {
            return None;
        }
        at = next;
    }
    Some(start)
}

#[cfg(test)]
mod tests {
    use super::{aside_end, fits, loose_prefix, quantity, tight_fit, time_part, type_fit, within};
    use crate::redact::scan::WINDOW;

    /// The end of `label` and the start of `value` after it, in `text`.
    fn gap(text: &str, label: &str, value: &str) -> (usize, usize) {
        let from = text.find(label).expect("the label") + label.len();
        let to = from + text[from..].find(value).expect("the value");
        (from, to)
    }

    /// `fits` on the gap between `label` and `value` in `text`.
    fn fit(text: &str, label: &str, value: &str) -> bool {
        let (from, to) = gap(text, label, value);
        fits(text, from, to)
    }

    /// `tight_fit` on the gap, as the offset from the label's end.
    fn tight(text: &str, label: &str, value: &str, prefix: bool) -> Option<usize> {
        let (from, to) = gap(text, label, value);
        tight_fit(text, from, to, prefix).map(|at| at - from)
    }

    /// `quantity` for the first `value` in `text`.
    fn quantity_of(text: &str, value: &str) -> bool {
        let start = text.find(value).expect("the value");
        quantity(text, start, start + value.len())
    }

    #[test]
    fn fits_on_the_same_line_or_the_next_non_blank_one() {
        assert!(fit("記号：12", "記号", "12"));
        assert!(fit("記号です　12", "記号", "12"));
        assert!(fit("記号\n12", "記号", "12"));
        // Blank lines count as one break.
        assert!(fit("記号\n\n \n12", "記号", "12"));
        // Two lines with content between: too far.
        assert!(!fit("記号\nです\n12", "記号", "12"));
        assert!(!fit("記号です\nはい\n12", "記号", "12"));
    }

    #[test]
    fn fits_within_window_characters_not_bytes() {
        let at = |n: usize, c: &str| format!("記号{}12", c.repeat(n));
        assert!(fit(&at(WINDOW, "x"), "記号", "12"));
        assert!(!fit(&at(WINDOW + 1, "x"), "記号", "12"));
        // Three-byte characters count as one each.
        assert!(fit(&at(WINDOW, "あ"), "記号", "12"));
        assert!(!fit(&at(WINDOW + 1, "あ"), "記号", "12"));
        // A value before the label is never its value.
        assert!(!fits("12記号", 8, 0));
    }

    #[test]
    fn tight_fit_takes_connectors_only() {
        assert_eq!(tight("記号：12", "記号", "12", false), Some(3));
        assert_eq!(tight("記号12", "記号", "12", false), Some(0));
        assert_eq!(tight("番号 No. 12", "番号", "12", false), Some(5));
        assert_eq!(
            tight("【保険者番号】12", "保険者番号", "12", false),
            Some(3)
        );
        // Words between: not tight.
        assert_eq!(tight("記号です12", "記号", "12", false), None);
        // Words said while thinking connect.
        assert_eq!(tight("記号は、えーと、12", "記号", "12", false), Some(18));
        assert_eq!(tight("番号は…12", "番号", "12", false), Some(6));
        assert_eq!(tight("番号はですね12", "番号", "12", false), Some(12));
        assert_eq!(tight("記号は、あのーそれで12", "記号", "12", false), None);
        // More than TIGHT connectors, or two line breaks.
        assert_eq!(tight("記号：：：：：：：：：12", "記号", "12", false), None);
        assert_eq!(tight("記号\n\n12", "記号", "12", false), None);
        assert_eq!(tight("記号：\n12", "記号", "12", false), Some(4));
    }

    #[test]
    fn tight_fit_passes_over_an_aside_in_parentheses() {
        assert_eq!(tight("記号（2桁）：12", "記号", "12", false), Some(13));
        assert_eq!(tight("記号(2桁):12", "記号", "12", false), Some(7));
        // Words in an aside left open are not connectors.
        assert_eq!(tight("記号（2桁：12", "記号", "12", false), None);
    }

    #[test]
    fn tight_fit_reads_ha_after_a_space_as_the_start_of_a_symbol() {
        // `記号は12`: は connects.
        assert_eq!(tight("記号は12", "記号", "12", true), Some(3));
        // `記号 は12`: は after a space is the 記号's first character.
        assert_eq!(tight("記号 は12", "記号", "12", true), Some(1));
        // Without a prefix allowed, は connects there too.
        assert_eq!(tight("記号 は12", "記号", "12", false), Some(4));
    }

    #[test]
    fn tight_fit_takes_a_short_kana_or_kanji_prefix_for_a_symbol() {
        assert_eq!(tight("記号 千代田12", "記号", "12", true), Some(1));
        assert_eq!(tight("記号 千代田12", "記号", "12", false), None);
        // More than PREFIX characters: a word, not a prefix.
        assert_eq!(tight("記号 千代田区千代田12", "記号", "12", true), None);
        // A prefix glued to a digit before it is not one.
        assert_eq!(tight("記号0ア12", "記号", "12", true), None);
    }

    #[test]
    fn type_fit_refuses_hiragana_and_long_gaps() {
        let (from, to) = gap("普通 1234567", "普通", "1234567");
        assert!(type_fit("普通 1234567", from, to));
        let (from, to) = gap("普通預金口座 1234567", "普通", "1234567");
        assert!(type_fit("普通預金口座 1234567", from, to));
        let (from, to) = gap("普通です 1234567", "普通", "1234567");
        assert!(!type_fit("普通です 1234567", from, to));
        let far = format!("普通{}1234567", "x".repeat(13));
        let (from, to) = gap(&far, "普通", "1234567");
        assert!(!type_fit(&far, from, to));
        assert!(!type_fit("1234567普通", 13, 0));
    }

    #[test]
    fn a_time_of_day_has_its_parts() {
        let part = |text: &str, value: &str| {
            let start = text.find(value).expect("the value is in the text");
            time_part(text, start, start + value.len())
        };
        assert!(part("[09:59] 客：西14", "09"));
        assert!(part("[09:59] 客：西14", "59"));
        assert!(!part("[09:59] 客：西14", "14"));
        assert!(!part("記号 12/345", "12"));
        // Longer than an hour, and masked as it will be read again (property-test
        // finds: `記号・番号01130012：4539 5787 6362 1486記号`).
        assert!(!part("記号・番号01130012：4539", "01130012"));
        assert!(part("[**:59] 客", "**"));
        // Nor in full width: `０９` is six bytes.
        assert!(!part("記号 ０９:59", "０９"));
    }

    #[test]
    fn quantity_sees_units_dates_and_times() {
        assert!(quantity_of("2024年", "2024"));
        assert!(quantity_of("1日3錠", "3"));
        assert!(quantity_of("1506号室", "1506"));
        assert!(quantity_of("12,800円", "12,800"));
        assert!(quantity_of("3ヶ月", "3"));
        assert!(quantity_of("3ヶ所", "3"));
        assert!(quantity_of("60g", "60"));
        assert!(quantity_of("60m 先", "60"));
        assert!(quantity_of("2026/11/25", "2026"));
        assert!(quantity_of("2026/11/25", "25"));
        assert!(quantity_of("12:30", "30"));
        assert!(quantity_of("12：30", "12"));
        // Not a unit: a number, however labelled.
        assert!(!quantity_of("1506号", "1506"));
        assert!(!quantity_of("1234567 です", "1234567"));
        assert!(!quantity_of("3ヶ", "3"));
        assert!(!quantity_of("60mm2", "60"));
        // Only a one-letter unit: `mg` is not read here (the context pass's shape
        // reads `60mg` as a dose).
        assert!(!quantity_of("60mg", "60"));
        assert!(!quantity_of("A/12", "12"));
        assert!(!quantity_of("12/ab", "12"));
    }

    #[test]
    fn loose_prefix_takes_up_to_three_kana_or_kanji() {
        assert_eq!(loose_prefix("千代田796", 9), 0);
        assert_eq!(loose_prefix("は千代田796", 12), 3);
        assert_eq!(loose_prefix(" ア796", 4), 1);
        // Four or more: a word, not a prefix.
        assert_eq!(loose_prefix("東京千代田796", 15), 15);
        // Glued to a letter or digit before it: not a prefix.
        assert_eq!(loose_prefix("0ア796", 4), 4);
        assert_eq!(loose_prefix("796", 0), 0);
    }

    #[test]
    fn aside_end_finds_a_close_parenthesis_nearby() {
        let text = "記号（2桁）：12";
        let open = text.find('（').expect("open") + 3;
        let close = text.find('）').expect("close") + 3;
        assert_eq!(aside_end(text.as_bytes(), open, text.len()), Some(close));
        // Not before `to`, not across a line, not after ten characters.
        assert_eq!(aside_end(text.as_bytes(), open, close - 3), None);
        assert_eq!(aside_end("(2\n桁)".as_bytes(), 1, 7), None);
        assert_eq!(aside_end("(0123456789)".as_bytes(), 1, 12), None);
        assert_eq!(aside_end("(012345678)".as_bytes(), 1, 11), Some(11));
    }

    #[test]
    fn within_counts_characters_and_lines() {
        let text = "記号\n\n番号";
        let (from, to) = gap(text, "記号", "番号");
        assert!(within(text, from, to, 2, 2));
        assert!(!within(text, from, to, 1, 2));
        assert!(!within(text, from, to, 2, 1));
        assert!(!within(text, to, from, 2, 2));
    }
}
