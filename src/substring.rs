//! Finding a word in a text by comparing bytes.
//!
//! `str::find` and `str::contains` with a `&str` pattern bring core's two-way
//! searcher into the browser build, and with it the panic messages of string
//! slicing and the `Debug` formatting of characters: kilobytes for searching a
//! few words in a form's few hundred characters. A match of valid UTF-8 in valid
//! UTF-8 starts and ends on character boundaries, so comparing bytes finds the
//! same places.

use crate::bytes::{equal, first_of};
use crate::prelude::*;

/// The byte offset of the first occurrence of `needle` in `hay`.
///
/// ```ignore
/// assert_eq!(find("個人情報の開示", "開示"), Some(15));
/// ```
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    find_bytes(hay.as_bytes(), needle.as_bytes())
}

/// The length of the UTF-8 of a character whose first byte is `lead`; 1 for a byte
/// that continues one, which a search from inside a character steps alone.
///
/// ```ignore
/// assert_eq!((utf8_len(b'a'), utf8_len(0xE3), utf8_len(0xF0), utf8_len(0x81)), (1, 3, 4, 1));
/// ```
#[inline]
pub(crate) const fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// [`find`] on bytes: the offset of the first occurrence of `needle` in `hay`,
/// both of them UTF-8 or pieces of it (`hay` may start inside a character).
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (Some(&first), Some(&last)) = (needle.first(), needle.last()) else {
        return Some(0);
    };
    // A word that starts a character and ends inside one (any word of kana or
    // kanji): its last byte, one of the 64 that continue a character, is rarer in
    // Japanese text than a first byte (E3–E9 start most characters), and is looked
    // for eight bytes at a time. A match found there starts a character as the
    // word does, where the search below would find it.
    if !matches!(first, 0x80..=0xBF) && matches!(last, 0x80..=0xBF) {
        let n = needle.len();
        let mut from = n - 1;
        while let Some(i) = hay
            .get(from..)
            .and_then(|rest| first_of(rest, |w| equal(w, last), |b| b == last))
        {
            let end = from + i + 1;
            if hay.get(end - n..end) == Some(needle) {
                return Some(end - n);
            }
            from = end;
        }
        return None;
    }
    // A match starts where a character does (a byte that continues one steps
    // alone): the search steps from one character's first byte to the next's, a
    // third of the steps in Japanese text. The first and last bytes are compared
    // before the whole: most places fail there, without a call to compare memory.
    let mut at = 0;
    while let Some(&b) = hay.get(at) {
        if b == first
            && hay.get(at + needle.len() - 1) == Some(&last)
            && hay.get(at..at + needle.len()) == Some(needle)
        {
            return Some(at);
        }
        at += utf8_len(b);
    }
    None
}

/// `s[from..to]`, or the empty string when that is no slice of `s` (out of
/// bounds, or not on character boundaries). One function for every such slice,
/// where `s.get(from..to).unwrap_or("")` is compiled again at each place.
pub(crate) fn slice(s: &str, from: usize, to: usize) -> &str {
    s.get(from..to).unwrap_or("")
}

/// The character of `s` that starts at byte `at`, if one does.
pub(crate) fn char_at(s: &str, at: usize) -> Option<char> {
    slice(s, at, s.len()).chars().next()
}

/// The character of `s` that ends at byte `at`, if one does.
pub(crate) fn char_before(s: &str, at: usize) -> Option<char> {
    slice(s, 0, at).chars().next_back()
}

/// Whether `pred` holds for a character of `s`. One loop for every such test of a
/// short piece of text (a gap, a value, a cell), where `s.chars().any(…)` is
/// compiled again at each place (likewise [`all_chars`]).
pub(crate) fn any_char(s: &str, pred: fn(char) -> bool) -> bool {
    for c in s.chars() {
        if pred(c) {
            return true;
        }
    }
    false
}

/// Whether `pred` holds for every character of `s`.
pub(crate) fn all_chars(s: &str, pred: fn(char) -> bool) -> bool {
    for c in s.chars() {
        if !pred(c) {
            return false;
        }
    }
    true
}

/// How many characters of `s` `pred` holds for.
pub(crate) fn count_chars(s: &str, pred: fn(char) -> bool) -> usize {
    let mut n = 0;
    for c in s.chars() {
        n += usize::from(pred(c));
    }
    n
}

/// Whether `needle` occurs in `hay`.
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Whether the first character of `s` is one of `chars`. One function for every
/// set of characters, where `str::starts_with` with a character pattern is compiled
/// again for each (and likewise the three below).
pub(crate) fn starts_with_any(s: &str, chars: &[char]) -> bool {
    s.chars().next().is_some_and(|c| chars.contains(&c))
}

/// Whether the last character of `s` is one of `chars`.
pub(crate) fn ends_with_any(s: &str, chars: &[char]) -> bool {
    s.chars().next_back().is_some_and(|c| chars.contains(&c))
}

/// `s` without the characters at its start for which `strip` holds.
pub(crate) fn trim_start_by(s: &str, strip: fn(char) -> bool) -> &str {
    let mut chars = s.chars();
    loop {
        let rest = chars.as_str();
        if !chars.next().is_some_and(strip) {
            return rest;
        }
    }
}

/// `s` without the characters at its end for which `strip` holds.
pub(crate) fn trim_end_by(s: &str, strip: fn(char) -> bool) -> &str {
    let mut chars = s.chars();
    loop {
        let rest = chars.as_str();
        if !chars.next_back().is_some_and(strip) {
            return rest;
        }
    }
}

/// `char::is_whitespace`: Unicode's White_Space, written out. Core reads the
/// characters above ASCII from a table of 256 bytes and a lookup that the browser
/// build carries besides; these 25 characters have been the whole property since
/// Unicode 6.3 (a test holds the two to the same answer for every character).
pub(crate) fn is_whitespace(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | ' ')
    } else {
        matches!(
            c,
            '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
                ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
        )
    }
}

/// `str::trim` through [`trim_start_by`] and [`trim_end_by`]: white space as
/// `char::is_whitespace` says, without core's copies of the trimming for it.
pub(crate) fn trim(s: &str) -> &str {
    trim_end_by(trim_start_by(s, is_whitespace), is_whitespace)
}

/// `str::trim_start`, as [`trim`].
pub(crate) fn trim_start(s: &str) -> &str {
    trim_start_by(s, is_whitespace)
}

/// `str::trim_end`, as [`trim`].
pub(crate) fn trim_end(s: &str) -> &str {
    trim_end_by(s, is_whitespace)
}

/// A list of words to look for together: one pass over a text, trying at each
/// place only when its first and third bytes are those of a word's (a kana's or
/// kanji's first byte is shared by thousands of characters; its last byte tells
/// them apart), rather than a pass per word. Built at compile time, over the words
/// [`packed`](crate::packed) (a pointer per word is larger than its text).
///
/// ```ignore
/// const WORDS: [&str; 2] = ["方法", "手続"];
/// static PACKED: [u8; packed::size(&WORDS)] = packed::pack(&WORDS);
/// static FOUND: Words = Words::new(&PACKED);
/// assert!(FOUND.in_text("手続きを教えて"));
/// ```
pub(crate) struct Words {
    /// The words, packed.
    packed: &'static [u8],
    /// Bit `b` (of word `b / 32`): whether some word starts with byte `b`.
    firsts: [u32; 8],
    /// Bit `b`: whether some word has byte `b` third (all bytes, when a word is
    /// shorter).
    thirds: [u32; 8],
    /// Whether a word is empty (it occurs everywhere).
    empty: bool,
}

impl Words {
    /// The words packed in `packed` (by [`crate::packed::pack`]), ready to look for.
    pub(crate) const fn new(packed: &'static [u8]) -> Words {
        let (mut firsts, mut thirds, mut empty) = ([0u32; 8], [0u32; 8], false);
        let mut at = 0;
        while at < packed.len() {
            let len = packed[at] as usize;
            if len == 0 {
                empty = true;
            } else {
                let first = packed[at + 1];
                firsts[first as usize / 32] |= 1 << (first % 32);
            }
            if len >= 3 {
                let third = packed[at + 3];
                thirds[third as usize / 32] |= 1 << (third % 32);
            } else {
                thirds = [u32::MAX; 8];
            }
            at += 1 + len;
        }
        Words {
            packed,
            firsts,
            thirds,
            empty,
        }
    }

    /// Whether any of the words occurs in `hay`.
    pub(crate) fn in_text(&self, hay: &str) -> bool {
        if self.empty {
            return true;
        }
        let bytes = hay.as_bytes();
        let has = |set: &[u32; 8], b: u8| set[usize::from(b / 32)] >> (b % 32) & 1 == 1;
        bytes.iter().enumerate().any(|(i, &b)| {
            has(&self.firsts, b)
                && bytes
                    .get(i + 2)
                    .is_none_or(|&third| has(&self.thirds, third))
                && bytes.get(i..).is_some_and(|rest| {
                    // Byte by byte: most candidates differ in their first
                    // character, cheaper to tell than by a call to compare memory.
                    crate::packed::bytes(self.packed)
                        .any(|w| w.len() <= rest.len() && w.iter().zip(rest).all(|(a, b)| a == b))
                })
        })
    }
}

/// `s` with every occurrence of `from` (not empty) replaced by `to`.
pub(crate) fn replace(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = find(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(slice(rest, 0, at));
        out.push_str(to);
        rest = slice(rest, at + from.len(), rest.len());
    }
    out.push_str(rest);
    out
}

/// Whether `start..end` of `bytes` is a JSON object's key (`"kouhi1": "…"`): quoted,
/// a colon after it (spaces may stand before it). A key names a value; it is none.
///
/// ```ignore
/// assert!(is_json_key(br#"{"memo1": "a"}"#, 2, 7));
/// ```
pub(crate) fn is_json_key(bytes: &[u8], start: usize, end: usize) -> bool {
    if start == 0 || bytes.get(start - 1) != Some(&b'"') || bytes.get(end) != Some(&b'"') {
        return false;
    }
    let mut after = end + 1;
    while bytes.get(after) == Some(&b' ') {
        after += 1;
    }
    bytes.get(after) == Some(&b':')
}

#[cfg(test)]
mod tests {

    #[test]
    fn is_whitespace_is_cores() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                super::is_whitespace(c),
                c.is_whitespace(),
                "U+{:04X}",
                c as u32
            );
        }
    }
    use super::*;

    #[test]
    fn edges_as_str_finds_them() {
        let blank = |c: char| c == ' ' || c == '\u{3000}';
        for text in ["", " ", "\u{3000} 番号 1 \u{3000}", "番号", "  ", "a b"] {
            assert_eq!(trim_start_by(text, blank), text.trim_start_matches(blank));
            assert_eq!(trim_end_by(text, blank), text.trim_end_matches(blank));
            let set = ['番', ' ', 'b'];
            assert_eq!(starts_with_any(text, &set), text.starts_with(set));
            assert_eq!(ends_with_any(text, &set), text.ends_with(set));
            let spaced = format!("\t\n{text}\u{3000}\r\n");
            for t in [text, spaced.as_str()] {
                assert_eq!(trim(t), t.trim());
                assert_eq!(trim_start(t), t.trim_start());
                assert_eq!(trim_end(t), t.trim_end());
            }
        }
    }

    #[test]
    fn finds_what_str_find_finds() {
        let text = "個人情報の開示等請求。開示をお願いします";
        for word in ["開示", "請求", "お願い", "個", "。", "ない", "", "示等請"] {
            assert_eq!(find(text, word), text.find(word), "{word}");
            assert_eq!(contains(text, word), text.contains(word), "{word}");
        }
        assert_eq!(find("ab", "abc"), None);
    }

    #[test]
    fn bytes_are_found_from_inside_a_character_too() {
        let text = "開示等請求。開示 a👍示".as_bytes();
        for from in 0..text.len() {
            let hay = &text[from..];
            for word in ["開示", "。", "求。開", "示", " a", "👍示", "a"] {
                let every = hay.windows(word.len()).position(|w| w == word.as_bytes());
                assert_eq!(find_bytes(hay, word.as_bytes()), every, "{from} {word}");
            }
        }
    }

    /// `words` packed as [`crate::packed::pack`] packs them, kept for the test's life.
    fn packed(words: &[&str]) -> &'static [u8] {
        let mut out = Vec::new();
        for w in words {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
        }
        Vec::leak(out)
    }

    #[test]
    fn words_are_found_where_str_contains_finds_one() {
        const LISTS: [&[&str]; 6] = [
            &["方法", "手続", "について教え"],
            &["方法", "手順"],
            &["開示"],
            &["私の情報", "自分の情報", "個人情報"],
            &[],
            &["ない", ""],
        ];
        let text = "保険証の手続きについて教えてください。個人情報の開示";
        for needles in LISTS {
            let words = Words::new(packed(needles));
            for hay in [text, "", "手", "について", "No.12 開"] {
                assert_eq!(
                    words.in_text(hay),
                    needles.iter().any(|n| hay.contains(n)),
                    "{hay} {needles:?}"
                );
            }
        }
        // Words shorter than a kana: every third byte may follow.
        let short = Words::new(packed(&["No", "a"]));
        assert!(short.in_text("保険者No.1"));
        assert!(!short.in_text("保険者 1"));
    }

    #[test]
    fn replaces_what_str_replace_replaces() {
        for (s, from, to) in [
            ("{max}文字以内（{count}文字）", "{max}", "2000"),
            ("{count}/{count}", "{count}", "12"),
            ("なし", "{max}", "1"),
            ("", "a", "b"),
            ("aaa", "aa", "b"),
        ] {
            assert_eq!(replace(s, from, to), s.replace(from, to), "{s}");
        }
    }
}
