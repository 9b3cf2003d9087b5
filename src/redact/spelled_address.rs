//! E-mail addresses spelled out: people who cannot type an `@` on their phone, or
//! who fear a form would drop it, write the mark as a word (`mitsuki.f アットマーク
//! example.ne.jp`, `hanako あっとまーく example ドット ne ドット jp`), and those who
//! hide it from robots write it in brackets (`tanaka.kei (at) example.com`). Such an address
//! is the same address to whoever reads it.
//!
//! A text with such a word is read with the word as `＠` and a dot's word as `．`,
//! their other kana as word joiners (U+2060, three bytes as a kana is): a reading
//! with the same offsets ([`crate::redact::reading`]), in which the address reads as
//! one ([`crate::redact::contact::email_at`] passes over word joiners and a space
//! on each side of the `@`). What is found there is found in the text.

use crate::prelude::*;
use crate::redact::reading;

/// The words for `@`, in katakana, hiragana and half-width katakana (`ｱｯﾄﾏｰｸ`, six
/// characters of three bytes too).
const AT: [&str; 3] = ["アットマーク", "あっとまーく", "ｱｯﾄﾏｰｸ"];

/// The words for a dot, as [`AT`].
const DOT: [&str; 3] = ["ドット", "どっと", "ﾄﾞｯﾄ"];

/// The length of the `@` written as a word in brackets at the start of `b` (`(at)`,
/// `[AT]`, as a mail's sender hides an address from robots), if one is there.
fn bracketed_at(b: &[u8]) -> Option<usize> {
    match b {
        [b'(', a, t, b')', ..] | [b'[', a, t, b']', ..]
            if a.eq_ignore_ascii_case(&b'a') && t.eq_ignore_ascii_case(&b't') =>
        {
            Some(4)
        }
        _ => None,
    }
}

/// Whether `text` has a word for `@`.
pub(crate) fn any(text: &str) -> bool {
    first(text).is_some()
}

/// Where the first word for `@` in `text` starts: one pass over its characters,
/// the words' first two compared in place (`アッ`, `あっ`, `ｱｯ`) and only then the
/// whole word, since ア and あ are everywhere in Japanese text.
fn first(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&lead) = b.get(i) {
        let opens = matches!(
            b.get(i..i + 6),
            Some(
                [0xE3, 0x82, 0xA2, 0xE3, 0x83, 0x83]
                    | [0xE3, 0x81, 0x82, 0xE3, 0x81, 0xA3]
                    | [0xEF, 0xBD, 0xB1, 0xEF, 0xBD, 0xAF]
            )
        );
        if opens
            && AT
                .iter()
                .any(|w| b.get(i..).is_some_and(|r| r.starts_with(w.as_bytes())))
        {
            return Some(i);
        }
        if matches!(lead, b'(' | b'[') && b.get(i..).and_then(bracketed_at).is_some() {
            return Some(i);
        }
        i += crate::substring::utf8_len(lead);
    }
    None
}

/// `text` with each word for `@` read as `＠` and each word for a dot after one
/// as `．` (the rest of each word as word joiners); `None` when it has no word for
/// `@`.
///
/// ```text
/// view("a アットマーク b ドット jp") == Some("a ＠⁠⁠⁠⁠⁠ b ．⁠⁠ jp")
/// ```
pub(crate) fn view(text: &str) -> Option<String> {
    let mut at = first(text)?;
    let mut edits = Vec::new();
    while at < text.len() {
        let rest = crate::substring::slice(text, at, text.len());
        let opens = |w: &&&str| rest.as_bytes().starts_with(w.as_bytes());
        // `(at)` as `@` and a word joiner (four bytes as the word has).
        if let Some(len) = bracketed_at(rest.as_bytes()) {
            edits.push((at, '@'));
            edits.push((at + 1, '\u{2060}'));
            at += len;
            continue;
        }
        let (word, mark) = match (AT.iter().find(opens), DOT.iter().find(opens)) {
            (Some(w), _) => (*w, '＠'),
            (None, Some(w)) => (*w, '．'),
            (None, None) => {
                at += crate::substring::char_at(rest, 0).map_or(1, char::len_utf8);
                continue;
            }
        };
        edits.push((at, mark));
        // The word's other characters, three bytes each.
        let mut i = at + 3;
        while i < at + word.len() {
            edits.push((i, '\u{2060}'));
            i += 3;
        }
        at += word.len();
    }
    Some(reading::with_chars(text, &edits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_the_marks_read_as_the_marks() {
        assert_eq!(
            view("a アットマーク b ドット jp").as_deref(),
            Some("a ＠\u{2060}\u{2060}\u{2060}\u{2060}\u{2060} b ．\u{2060}\u{2060} jp")
        );
        assert_eq!(
            view("tanaka.kei (at) example.com").as_deref(),
            Some("tanaka.kei @\u{2060} example.com")
        );
        assert_eq!(view("ドットだけ"), None);
        assert_eq!(view("(a) (t) (att)"), None);
        assert_eq!(view("メールをください"), None);
    }
}
