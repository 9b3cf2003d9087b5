//! A value said in parts, each after a word that says which part it is
//! (`上4桁は2663、次が0494、最後が0328`, `最初の4つが5301`, `前半 1234 後半 5678`,
//! `最初の４けたは2086、真ん中が7285、最後が4156`):
//! each part is a value of the kind its label names, however short.
//!
//! A word for a first part (`上4桁`, `最初`, `前半`, `4桁`) says so alone; a word for a
//! later one (`次`, `下4桁`, `最後`, `末尾`) only after a part of the same value: by
//! itself it names the end of a value given whole elsewhere (`カードの下4桁は2262`),
//! which is no secret.

use crate::redact::chars::{unit, Unit};
use crate::substring::{trim_end_by, trim_start_by};

/// Which part of a value a word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// The first (`上4桁`, `最初の4つ`, `前半`), or a part by its length (`4桁が`).
    First,
    /// One after another (`次`, `下4桁`, `最後`, `後半`).
    Later,
}

/// Words for a first part.
const FIRST: [&str; 7] = ["前半", "最初", "先頭", "はじめ", "初め", "頭", "上段"];
/// Words for a later part, and what before `N桁` makes it one (`下4桁`, `最後の4桁`).
const LATER: [&str; 17] = [
    "後半",
    // A form's rows (`上段 2407⏎中段 9605⏎下段 0234`).
    "中段",
    "下段",
    "次",
    // The middle of three (`最初の４けたは2086、真ん中が7285、最後が4156`).
    "真ん中",
    "まん中",
    "まんなか",
    "続き",
    "つづき",
    "残り",
    "最後",
    "末尾",
    "後ろ",
    "終わり",
    "下",
    // Chinese: `后8位` (the last eight digits), `後`.
    "后",
    "後",
];

/// The part of a value that a word ending right before byte `at` of `text` names,
/// after byte `from` (its line's start), with at most spaces, `は`, `が`, `、`, `:`
/// or `=` between: `上4桁は`, `最初の4つが`, `4桁が` name a first part, `次が`, `下4桁：`,
/// `後半 ` a later one.
pub(super) fn part_word_before(text: &str, from: usize, at: usize) -> Option<Part> {
    let head = before_connectors(crate::substring::slice(text, from, at));
    part_word_ending(head).or_else(|| {
        // Or such a word before a few kana of a verb (`残り4桁わかりました: 5920`).
        // (A verb's few kana, not a particle: `先頭の0` is no part.)
        let word = crate::substring::trim_end_by(head, |c| matches!(c, 'ぁ'..='ゖ'));
        let verb = crate::substring::slice(head, word.len(), head.len());
        let kana = crate::substring::count_chars(verb, |_| true);
        ((2..=8).contains(&kana) && !verb.starts_with('の'))
            .then(|| part_word_ending(word))
            .flatten()
    })
}

/// Whether a word that names the first part of a value by its place ends right
/// before byte `at` of `text`, after byte `from` (`前半 `, `最初の4つが`, `上4桁は`):
/// not a length alone (`4桁 2918`, `（12桁、4-4-4区切り）`), which a part may be
/// said by but a security code or a note on a shape is too.
pub(super) fn first_part_before(text: &str, from: usize, at: usize) -> bool {
    if part_word_before(text, from, at) != Some(Part::First) {
        // Or `前半` a few words before, in the same sentence (`前半だけ先に送ります
        // 4092 3538`).
        let head = crate::substring::slice(text, from, at);
        let start = head.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
        let near = crate::substring::slice(head, start, head.len());
        // (Searched by hand: `str::find` and `rsplit` bring a panic's message into
        // the browser build.)
        let clause_start = near
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '。' | '？' | '?' | '！' | '!'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = crate::substring::slice(near, clause_start, near.len());
        return crate::substring::find_bytes(clause.as_bytes(), "前半".as_bytes()).is_some_and(
            |i| {
                let after = crate::substring::slice(clause, i, clause.len());
                !crate::substring::any_char(after, |c| matches!(unit(c), Some(Unit::Digit(_))))
            },
        );
    }
    let head = before_connectors(crate::substring::slice(text, from, at));
    // Less a verb's few kana, a length (`4桁`, `4つ`) and an `の`.
    let head = crate::substring::trim_end_by(head, |c| matches!(c, 'ぁ'..='ゖ'));
    let head = crate::substring::trim_end_by(head, |c| {
        matches!(c, '桁' | 'け' | 'た' | 'つ' | '位') || matches!(unit(c), Some(Unit::Digit(_)))
    });
    let head = crate::substring::trim_end_by(head, |c| c == 'の');
    ends_with_word(head, &FIRST) || ends_with_word(head, &["上", "頭", "前"])
}

/// The part of a value a word at the end of `head` names ([`part_word_before`]).
fn part_word_ending(head: &str) -> Option<Part> {
    // `桁` (or `けた`) and `つ`, and Chinese `位` (`前8位`).
    if let Some(unit_word) = ["桁", "けた", "つ", "位"]
        .into_iter()
        .find(|w| head.ends_with(w))
    {
        let rest = crate::substring::slice(head, 0, head.len() - unit_word.len());
        let digit = |c: char| matches!(unit(c), Some(Unit::Digit(_)));
        if !crate::substring::char_before(rest, rest.len()).is_some_and(digit) {
            return None;
        }
        let rest = crate::substring::trim_end_by(rest, |c| matches!(unit(c), Some(Unit::Digit(_))));
        // Less an `の` (three bytes).
        let rest = if ends_with_word(rest, &["の"]) {
            crate::substring::slice(rest, 0, rest.len() - 3)
        } else {
            rest
        };
        return Some(if ends_with_word(rest, &LATER) {
            Part::Later
        } else {
            Part::First
        });
    }
    // Parts numbered by the turn they are said in (`1回目、…`, `2回目、…`).
    if let Some(rest) = head.strip_suffix("回目") {
        let mut digits = rest
            .chars()
            .rev()
            .take_while(|&c| matches!(unit(c), Some(Unit::Digit(_))));
        if let (Some(d), None) = (digits.next(), digits.next()) {
            return Some(if matches!(unit(d), Some(Unit::Digit(b'1'))) {
                Part::First
            } else {
                Part::Later
            });
        }
    }
    // A form's fields numbered by the part they hold (`kojin_no_1=5497&kojin_no_2=
    // 9331&kojin_no_3=0708`): the first is `1`, a later one `2` to `9`.
    if let [.., key, b'_' | b'-' | b'a'..=b'z' | b'A'..=b'Z', d @ b'1'..=b'9'] = head.as_bytes() {
        if !key.is_ascii_digit() {
            return Some(if *d == b'1' { Part::First } else { Part::Later });
        }
    }
    if ends_with_word(head, &FIRST) {
        Some(Part::First)
    } else if ends_with_word(head, &LATER) && !ends_with_word(head, &["下"]) {
        Some(Part::Later)
    } else {
        None
    }
}

/// Words for what a value became, in a log or a history of changes, or what a
/// check found in its place (`"expected":"06348437","actual":"06138572"`); and
/// the end of a struck value in Markdown, its correction after it (`~~1185~~ 1158`).
const BECAME: [&str; 10] = [
    "new",
    "after",
    "to",
    "new_value",
    "新",
    "変更後",
    "更新後",
    "actual",
    "received",
    "~~",
];

/// Whether `gap`, the text between two values, is a word for what the first one
/// became, with spaces, quotes, a comma, `=` or `:` around it (`old=6693 new=92312`,
/// `"old":"580379","new":"469869"`, `旧 5520 新 3310`), or after a struck value
/// (`~~1185~~ 1158`).
pub(super) fn became_between(gap: &str) -> bool {
    fn around(c: char) -> bool {
        matches!(
            c,
            ' ' | '\u{3000}' | '"' | '\'' | ',' | '、' | '=' | '＝' | ':' | '：'
        )
    }
    let word = trim_end_by(trim_start_by(gap, around), around);
    BECAME.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether a word that gives a value again, corrected, ends right before byte `at`
/// of `text`, after byte `from` (`正しくは 1432566`, `訂正：`, `7354でなく7345`),
/// with at most spaces, `は`, `が`, `、`, `:` or `=` between.
pub(super) fn correction_before(text: &str, from: usize, at: usize) -> bool {
    let head = before_connectors(crate::substring::slice(text, from, at));
    // `正` covers `訂正` and `修正`; `なく` `でなく`, `ではなく` and `じゃなく`; `本当`
    // and `ほんと` say what it really is (`02 のままだけど本当は 01`).
    ends_with_word(
        head,
        &[
            "正しく",
            "正しい番号",
            "訂正後",
            "正",
            "なく",
            "なくて",
            "本当",
            "ほんと",
            "ホント",
            // In English (`It shows 01140144, but my new card says 06141188`).
            "should be",
            "says",
            "actually",
        ],
    )
}

/// Whether `s` ends with one of `words`: one loop for the lists of words above.
fn ends_with_word(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.as_bytes().ends_with(w.as_bytes()))
}

/// `head` without the connectors at its end: spaces, `は`, `が`, `、`, `:`, `=`, and
/// the quote the part is said in (`前半「432180」`).
fn before_connectors(head: &str) -> &str {
    crate::substring::trim_end_by(head, |c| {
        matches!(
            c,
            ' ' | '\u{3000}' | 'は' | 'が' | '、' | ':' | '：' | '=' | '＝' | '「'
        )
    })
}

#[cfg(test)]
mod tests {
    use super::{became_between, correction_before, first_part_before, part_word_before, Part};

    fn before(text: &str) -> Option<Part> {
        part_word_before(text, 0, text.len())
    }

    #[test]
    fn a_first_part_is_named_by_its_place() {
        for text in ["前半 ", "最初の4つが", "上4桁は", "前半だけ先に送ります"]
        {
            assert!(first_part_before(text, 0, text.len()), "{text}");
        }
        for text in ["CID 4桁 ", "（12桁、", "裏の3桁は "] {
            assert!(!first_part_before(text, 0, text.len()), "{text}");
        }
    }

    #[test]
    fn words_for_what_a_value_became() {
        for gap in [
            " new=",
            "\",\"new\":\"",
            " 新 ",
            "　変更後：",
            " to ",
            ", after: ",
            "\",\"actual\":\"",
            "~~ ",
        ] {
            assert!(became_between(gap), "{gap}");
        }
        for gap in [" ", " old=", " newer=", "、", " / "] {
            assert!(!became_between(gap), "{gap}");
        }
    }

    #[test]
    fn words_for_a_first_part() {
        for text in [
            "上4桁は",
            "最初の4つが",
            "4桁が",
            "前半 ",
            "頭２桁：",
            "頭が ",
            "1回目、",
        ] {
            assert_eq!(before(text), Some(Part::First), "{text}");
        }
    }

    #[test]
    fn words_for_a_later_part() {
        for text in [
            "下８桁：",
            "次が",
            "その次が",
            "最後が",
            "後半 ",
            "残りは",
            "最後の4桁は",
        ] {
            assert_eq!(before(text), Some(Part::Later), "{text}");
        }
    }

    #[test]
    fn words_that_name_no_part() {
        for text in [
            "番号は",
            "4月",
            "桁",
            "つ",
            "次回",
            "最後に",
            "口座 ",
            "上",
            "下",
        ] {
            assert_eq!(before(text), None, "{text}");
        }
    }

    #[test]
    fn words_that_give_a_value_again() {
        let again = |text: &str| correction_before(text, 0, text.len());
        for text in [
            "正しくは ",
            "正しくは、",
            "訂正：",
            "正しい番号は",
            "7354でなく",
            "12ではなく、",
            "12じゃなくて ",
            "のままだけど本当は ",
        ] {
            assert!(again(text), "{text}");
        }
        for text in ["番号は", "正直に", "修正中 "] {
            assert!(!again(text), "{text}");
        }
    }
}
