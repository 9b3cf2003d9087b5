//! Finding a word in a text by comparing bytes.
//!
//! `str::find` and `str::contains` with a `&str` pattern bring core's two-way
//! searcher into the browser build, and with it the panic messages of string
//! slicing and the `Debug` formatting of characters: kilobytes for searching a
//! few words in a form's few hundred characters. A match of valid UTF-8 in valid
//! UTF-8 starts and ends on character boundaries, so comparing bytes finds the
//! same places.

/// The byte offset of the first occurrence of `needle` in `hay`.
///
/// ```ignore
/// assert_eq!(find("個人情報の開示", "開示"), Some(15));
/// ```
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let (Some(first), Some(last)) = (needle.first(), needle.last()) else {
        return Some(0);
    };
    // The first and last bytes are compared before the whole: most places fail
    // there (the last byte of a kanji varies far more than its first), without a
    // call to compare memory.
    hay.windows(needle.len())
        .position(|w| w.first() == Some(first) && w.last() == Some(last) && w == needle)
}

/// Whether `needle` occurs in `hay`.
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `s` with every occurrence of `from` (not empty) replaced by `to`.
pub(crate) fn replace(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = find(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(rest.get(..at).unwrap_or(""));
        out.push_str(to);
        rest = rest.get(at + from.len()..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
