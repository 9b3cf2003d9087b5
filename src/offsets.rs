//! Offsets: the one place that turns Rust byte offsets into JavaScript offsets
//! (UTF-16 code units) and Python offsets (code points).
//!
//! The core works on `&str` and reports byte ranges. JavaScript strings are indexed
//! in UTF-16 code units, so `input.slice(start, end)` needs UTF-16 offsets. A
//! character outside the Basic Multilingual Plane (𠮷, most emoji) is four bytes in
//! UTF-8 and two code units in UTF-16; everything else below U+0800 and in the BMP
//! differs too (1–3 bytes, one code unit).

/// Converts ascending byte offsets into UTF-16 code-unit offsets in one pass.
///
/// Offsets must lie on character boundaries and be asked for in non-decreasing
/// order; both hold for the findings of [`crate::redact`]. The cost is linear in
/// the part of the text walked so far, so a whole list of findings is converted in
/// one walk over the text.
///
/// # Examples
///
/// ```
/// use mamori::offsets::Utf16Cursor;
/// let text = "𠮷野 1234";
/// let mut cursor = Utf16Cursor::new(text);
/// let start = text.find('1').unwrap();
/// assert_eq!(cursor.to_utf16(start), 4); // 𠮷 counts two, 野 and the space one each
/// assert_eq!(cursor.to_utf16(text.len()), 8);
/// ```
#[derive(Debug, Clone)]
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte`.
    ///
    /// A `byte` behind the cursor's position restarts the walk from the start of the
    /// text, so the answer is always right; only the cost assumes ascending calls.
    /// A `byte` past the end, or inside a character, is clamped to the end of the
    /// character it falls in (never a panic).
    pub fn to_utf16(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        // Past the end: the end; inside a character: the end of that character.
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte += 1;
        }
        self.unit += self
            .text
            .as_bytes()
            .get(self.byte..byte)
            .map_or(0, units_of);
        self.byte = byte;
        self.unit
    }
}

/// The UTF-16 code units of the whole characters in `bytes`: one per byte that is
/// not a continuation byte (`10xxxxxx`), one more per 4-byte lead (`11110xxx`).
/// Eight bytes at a time, as bit masks (the scan of a long text converts offsets
/// over all of it).
fn units_of(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // Bit 7 of each byte: set for a continuation byte (10xxxxxx) …
        let continuation = x & !(x << 1) & HIGH;
        // … and for a 4-byte lead (1111xxxx; valid UTF-8 has no F8–FF).
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        units += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    units
        + chunks
            .remainder()
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>()
}

/// The UTF-16 length of `text` (JavaScript's `text.length`).
///
/// ```
/// assert_eq!(mamori::offsets::utf16_len("😀 ok"), 5);
/// ```
pub fn utf16_len(text: &str) -> usize {
    units_of(text.as_bytes())
}

/// How many characters `text` has (`text.chars().count()`), counted as the bytes
/// that do not continue a character: the browser build is smaller without core's
/// word-at-a-time count.
pub(crate) fn char_count(text: &str) -> usize {
    chars_in(text.as_bytes())
}

/// How many characters the UTF-8 `bytes` start: the bytes that are not a
/// continuation byte (10xxxxxx).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// Converts ascending byte offsets into character (Unicode code point) offsets in
/// one pass: the offsets of Python's `str`, where `text[start:end]` is the thing
/// found.
///
/// The same contract as [`Utf16Cursor`]: offsets on character boundaries, asked for
/// in non-decreasing order for a linear cost; a `byte` behind the cursor restarts the
/// walk, one past the end or inside a character is clamped (never a panic).
///
/// # Examples
///
/// ```
/// use mamori::offsets::CharCursor;
/// let text = "𠮷野 1234";
/// let mut cursor = CharCursor::new(text);
/// let start = text.find('1').unwrap();
/// assert_eq!(cursor.to_chars(start), 3); // 𠮷, 野 and the space: one each
/// assert_eq!(cursor.to_chars(text.len()), 7);
/// ```
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    text: &'a str,
    byte: usize,
    char: usize,
}

impl<'a> CharCursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCursor {
            text,
            byte: 0,
            char: 0,
        }
    }

    /// The character offset of byte offset `byte`.
    pub fn to_chars(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte += 1;
        }
        self.char += self
            .text
            .as_bytes()
            .get(self.byte..byte)
            .map_or(0, chars_in);
        self.byte = byte;
        self.char
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let mut c = Utf16Cursor::new("abc def");
        assert_eq!(c.to_utf16(0), 0);
        assert_eq!(c.to_utf16(4), 4);
        assert_eq!(c.to_utf16(7), 7);
    }

    #[test]
    fn non_bmp_counts_two_units() {
        // 𠮷 (U+20BB7) and 😀 are 4 bytes and 2 units; 野 is 3 bytes and 1 unit.
        let text = "𠮷野😀x";
        let mut c = Utf16Cursor::new(text);
        assert_eq!(c.to_utf16(4), 2);
        assert_eq!(c.to_utf16(7), 3);
        assert_eq!(c.to_utf16(11), 5);
        assert_eq!(c.to_utf16(12), 6);
        assert_eq!(utf16_len(text), 6);
    }

    #[test]
    fn going_back_restarts_and_stays_right() {
        let text = "ab𠮷cd";
        let mut c = Utf16Cursor::new(text);
        assert_eq!(c.to_utf16(7), 5);
        assert_eq!(c.to_utf16(1), 1);
    }

    #[test]
    fn every_boundary_of_a_mixed_text_agrees_with_char_counting() {
        // Runs longer than the 8-byte words, with 1-, 2-, 3- and 4-byte characters
        // falling across word edges at every phase.
        let text = "a𠮷é日本😀x保険者番号 1234ｱｲ𠮷𠮷bcdéé😀😀 末尾";
        for start in 0..=text.len() {
            if !text.is_char_boundary(start) {
                continue;
            }
            let mut c = Utf16Cursor::new(text);
            let before: usize = text[..start].chars().map(char::len_utf16).sum();
            assert_eq!(c.to_utf16(start), before, "at byte {start}");
            assert_eq!(
                utf16_len(&text[start..]),
                text[start..].encode_utf16().count()
            );
            for end in start..=text.len() {
                if text.is_char_boundary(end) {
                    let units: usize = text[..end].chars().map(char::len_utf16).sum();
                    assert_eq!(c.to_utf16(end), units, "{start}..{end}");
                }
            }
        }
    }

    #[test]
    fn past_the_end_is_clamped() {
        let mut c = Utf16Cursor::new("日本");
        assert_eq!(c.to_utf16(100), 2);
        // Inside a character: rounds up to its end.
        let mut c = Utf16Cursor::new("日本");
        assert_eq!(c.to_utf16(1), 1);
    }
}
