//! Word tables packed into one string of bytes at compile time.
//!
//! A table of `&str` holds a pointer and a length for each word beside its text:
//! in the browser build, numbers that differ word to word and that gzip does not
//! compress, about 3 bytes a word. The large tables stay written as Rust `const`
//! slices, read at compile time only; what the module holds is their words one
//! after the other, each as its length (one byte) and its bytes, read back in
//! order by [`words`].
//!
//! ```ignore
//! const WORDS: [&str; 2] = ["口座", "card"];
//! const PACKED: [u8; packed::size(&WORDS)] = packed::pack(&WORDS);
//! static TEXT: &str = packed::text(&PACKED);
//! assert!(packed::words(TEXT).eq(WORDS));
//! ```

/// How many bytes `words` packs into.
pub(crate) const fn size(words: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < words.len() {
        n += 1 + words[i].len();
        i += 1;
    }
    n
}

/// `words` packed: each word's length in bytes (below 128: an ASCII byte), then its
/// bytes. `N` is [`size`]`(words)`; anything else fails to compile.
pub(crate) const fn pack<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_bytes();
        assert!(word.len() < 128, "a packed word is shorter than 128 bytes");
        out[at] = word.len() as u8;
        at = put(&mut out, at + 1, word);
        i += 1;
    }
    assert!(at == N, "N is the packed size");
    out
}

/// Copies `bytes` into `out` from `at` on, when a table is packed at compile time;
/// returns where they end.
pub(crate) const fn put(out: &mut [u8], at: usize, bytes: &[u8]) -> usize {
    let mut k = 0;
    while k < bytes.len() {
        out[at + k] = bytes[k];
        k += 1;
    }
    at + bytes.len()
}

/// `packed` (made by [`pack`]) as text, checked once when the program is compiled:
/// its length bytes are ASCII (below 128) and its words UTF-8, so [`words`] slices
/// it with no check of UTF-8 in the running program.
pub(crate) const fn text(packed: &'static [u8]) -> &'static str {
    match core::str::from_utf8(packed) {
        Ok(text) => text,
        Err(_) => panic!("packed words are UTF-8"),
    }
}

/// The words of `packed` (made by [`pack`], read as [`text`]), in their order.
pub(crate) fn words(packed: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = packed;
    core::iter::from_fn(move || {
        let len = usize::from(*rest.as_bytes().first()?);
        let word = rest.get(1..1 + len)?;
        rest = rest.get(1 + len..)?;
        Some(word)
    })
}

/// The words of `packed` as bytes, in their order: what a search that compares
/// bytes needs, without checking each word's UTF-8 again on every pass (which
/// cost a validated form about a third of its time when words were compared at
/// every character of its body).
pub(crate) fn bytes(packed: &'static [u8]) -> impl Iterator<Item = &'static [u8]> {
    let mut rest = packed;
    core::iter::from_fn(move || {
        let (&len, after) = rest.split_first()?;
        let (word, after) = after.split_at_checked(usize::from(len))?;
        rest = after;
        Some(word)
    })
}

/// The length in bytes of the first word of `packed` (made by [`pack`]) that starts
/// `text`, if one does. One function for every such look-up, rather than a search
/// written out by the iterator at each.
#[inline(never)]
pub(crate) fn prefix_len(packed: &'static [u8], text: &[u8]) -> Option<usize> {
    let mut rest = packed;
    while let [len, after @ ..] = rest {
        let (word, after) = after.split_at_checked(usize::from(*len))?;
        if starts_with(text, word) {
            return Some(word.len());
        }
        rest = after;
    }
    None
}

/// Whether `text` starts with `word`, both bytes of UTF-8: the third bytes are
/// compared first, as most words of a table differ from a text there (a kana's or
/// kanji's first byte is shared by thousands of characters, its last byte is not)
/// and a whole comparison is a call.
#[inline]
pub(crate) fn starts_with(text: &[u8], word: &[u8]) -> bool {
    match (word.get(2), text.get(2)) {
        (Some(w), Some(t)) if w != t => false,
        _ => text.starts_with(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_come_back_as_packed() {
        const WORDS: [&str; 4] = ["口座", "", "card", "被保険者証の記号"];
        static PACKED: [u8; size(&WORDS)] = pack(&WORDS);
        assert_eq!(PACKED.len(), 4 + 6 + 4 + 24);
        assert!(words(text(&PACKED)).eq(WORDS));
        assert!(bytes(&PACKED).eq(WORDS.map(str::as_bytes)));
        static NONE: [u8; size(&[])] = pack(&[]);
        assert_eq!(prefix_len(&PACKED, "口座番号".as_bytes()), Some(6));
        assert_eq!(prefix_len(&PACKED, "card".as_bytes()), Some(0));
        assert_eq!(prefix_len(&NONE, "口座".as_bytes()), None);
        assert_eq!(words(text(&NONE)).count(), 0);
    }

    #[test]
    fn starts_with_is_the_slice_method() {
        let texts = [
            "",
            "a",
            "ab",
            "abc",
            "口座番号",
            "口座",
            "口",
            "保険者",
            "記号",
        ];
        for text in texts {
            for word in texts {
                assert_eq!(
                    starts_with(text.as_bytes(), word.as_bytes()),
                    text.starts_with(word),
                    "{text:?} {word:?}"
                );
            }
        }
    }
}
