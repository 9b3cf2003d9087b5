//! A reading of a text: the same text with some characters read as others of the
//! same length in UTF-8 and in UTF-16 (a line break as a space: [`super::vertical`];
//! a kanji digit as a full-width one: [`super::kanji_digits`]), so that what is found
//! in the reading stands at the same offsets in the text.

use crate::prelude::*;

/// `text` with the character at each byte offset of `edits` (in order) read as the
/// character given there, which is as long as it.
///
/// ```text
/// with_chars("a\nb", &[(1, ' ')]) == "a b"
/// ```
pub(crate) fn with_chars(text: &str, edits: &[(usize, char)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(place, c) in edits {
        out.push_str(crate::substring::slice(text, at, place));
        out.push(c);
        at = place + c.len_utf8();
    }
    out.push_str(crate::substring::slice(text, at, text.len()));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn edited_characters_are_read_in_place() {
        assert_eq!(super::with_chars("a\nb\nc", &[(1, ' '), (3, ' ')]), "a b c");
        assert_eq!(
            super::with_chars("記号七一", &[(6, '７'), (9, '１')]),
            "記号７１"
        );
        assert_eq!(super::with_chars("abc", &[]), "abc");
    }
}
