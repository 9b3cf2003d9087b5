//! The members of a JSON object in its text: where the values of some keys are, so
//! that they can be replaced in place and every other byte of the record kept as it
//! was (an export's JSON Lines, rewritten field by field). Re-serializing would turn
//! `1.0` into `1` and re-escape strings the producer wrote its own way.
//!
//! [`members`] reads a whole text as JSON ([RFC 8259]), strictly: whatever it
//! accepts, any JSON parser accepts, and JavaScript's `JSON.parse` reads the same
//! object from it. [`quote`] writes a string as JavaScript's `JSON.stringify` does,
//! byte for byte.
//!
//! ```
//! use mamori::json::{members, quote};
//! let line = r#"{"id": 1.0, "body": "TEL\u003a 090-1234-5678"}"#;
//! let found = members(line, |key| key == "body").unwrap();
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].value, "TEL: 090-1234-5678");
//! let mut out = String::new();
//! out.push_str(&line[..found[0].start]);
//! quote("TEL: ***-****-****", &mut out);
//! out.push_str(&line[found[0].end..]);
//! assert_eq!(out, r#"{"id": 1.0, "body": "TEL: ***-****-****"}"#);
//! ```
//!
//! [RFC 8259]: https://www.rfc-editor.org/rfc/rfc8259

use crate::prelude::*;
use alloc::borrow::Cow;
use core::fmt;

use crate::bytes::{below, equal, first_of};

/// Why [`members`] gives no members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonError {
    /// The text is not JSON.
    Invalid,
    /// The text is JSON, but not an object.
    NotAnObject,
    /// A wanted member's string has an escaped lone surrogate (`"\ud800"`), which a
    /// Rust string cannot hold.
    LoneSurrogate,
    /// Arrays and objects are nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonError::Invalid => "not JSON",
            JsonError::NotAnObject => "not a JSON object",
            JsonError::LoneSurrogate => "a string holds a lone surrogate",
            JsonError::TooDeep => "arrays and objects nested too deep",
        })
    }
}

impl core::error::Error for JsonError {}

/// How deep [`members`] follows arrays and objects into each other.
pub const MAX_DEPTH: usize = 512;

/// A member of the top-level object whose key was wanted and whose value is a
/// string or a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member<'t> {
    /// The key, unescaped.
    pub key: Cow<'t, str>,
    /// Where the value's token is in the text (byte offsets; a string's quotes
    /// included).
    pub start: usize,
    /// See [`Member::start`].
    pub end: usize,
    /// A string's value, unescaped; a number as it is written.
    pub value: Cow<'t, str>,
    /// Whether the value is a number.
    pub number: bool,
}

/// The members of the object `text` whose key `wanted` accepts and whose value is
/// a string or a number, in the order they are written (a key written twice, twice).
/// Spaces around the object are allowed; anything else after it is not.
///
/// ```
/// use mamori::json::{members, JsonError};
/// let found = members(r#"{"a": "x", "b": [1], "a": 2}"#, |k| k != "c").unwrap();
/// let values: Vec<&str> = found.iter().map(|m| &*m.value).collect();
/// assert_eq!(values, ["x", "2"]);
/// assert_eq!(members("[1]", |_| true), Err(JsonError::NotAnObject));
/// assert_eq!(members("{\"a\": 01}", |_| true), Err(JsonError::Invalid));
/// ```
pub fn members<'t>(
    text: &'t str,
    wanted: impl Fn(&str) -> bool,
) -> Result<Vec<Member<'t>>, JsonError> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    r.space();
    if r.peek() != Some(b'{') {
        // Whatever it is, it is not an object; is it JSON at all?
        r.value(0)?;
        r.space();
        return Err(if r.at == r.bytes.len() {
            JsonError::NotAnObject
        } else {
            JsonError::Invalid
        });
    }
    r.at += 1;
    let mut found = Vec::new();
    r.space();
    if r.peek() == Some(b'}') {
        r.at += 1;
    } else {
        loop {
            r.space();
            let key = r.string()?;
            r.space();
            r.expect(b':')?;
            r.space();
            let start = r.at;
            let key = key.ok();
            let want = key.as_deref().is_some_and(&wanted);
            match r.peek() {
                Some(b'"') if want => {
                    let value = r.string()?.map_err(|_| JsonError::LoneSurrogate)?;
                    found.push(Member {
                        key: key.unwrap_or_default(),
                        start,
                        end: r.at,
                        value,
                        number: false,
                    });
                }
                Some(b'-' | b'0'..=b'9') if want => {
                    r.number()?;
                    found.push(Member {
                        key: key.unwrap_or_default(),
                        start,
                        end: r.at,
                        value: Cow::Borrowed(crate::substring::slice(text, start, r.at)),
                        number: true,
                    });
                }
                _ => r.value(1)?,
            }
            r.space();
            match r.next() {
                Some(b',') => {}
                Some(b'}') => break,
                _ => return Err(JsonError::Invalid),
            }
        }
    }
    r.space();
    if r.at == r.bytes.len() {
        Ok(found)
    } else {
        Err(JsonError::Invalid)
    }
}

/// Appends `s` to `out` as a JSON string, escaped as JavaScript's `JSON.stringify`
/// escapes it: `"` and `\`, the control characters below U+0020 (as `\b`, `\t`,
/// `\n`, `\f`, `\r`, or `\u00XX` in lowercase hex); every other character as it is.
///
/// ```
/// let mut out = String::new();
/// mamori::json::quote("改行\nと\"引用\"\u{1}", &mut out);
/// assert_eq!(out, r#""改行\nと\"引用\"\u0001""#);
/// ```
pub fn quote(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let bytes = s.as_bytes();
    let mut from = 0;
    while let Some(i) = bytes.get(from..).and_then(special).map(|n| from + n) {
        let b = bytes.get(i).copied().unwrap_or(0);
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0C => "\\f",
            b'\r' => "\\r",
            _ => "",
        };
        out.push_str(crate::substring::slice(s, from, i));
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        } else {
            out.push_str(escape);
        }
        from = i + 1;
    }
    out.push_str(crate::substring::slice(s, from, s.len()));
    out.push('"');
}

/// Where the first byte of `bytes` is that a JSON string cannot hold as it is: `"`,
/// `\` or a control character (below U+0020). Eight bytes at a time: a Japanese
/// text has none for hundreds of bytes.
fn special(bytes: &[u8]) -> Option<usize> {
    first_of(
        bytes,
        |w| equal(w, b'"') | equal(w, b'\\') | below(w, 0x20),
        |b| b == b'"' || b == b'\\' || b < 0x20,
    )
}

/// The room a string's unescaped value starts with, in bytes (at most what is left
/// of the text): a message's body, the usual string with escapes (`\n`), fits.
const UNESCAPED_ROOM: usize = 1024;

/// A strict reader of JSON over a text, at byte `at`.
struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl<'t> Reader<'t> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.at += 1;
        b
    }

    fn expect(&mut self, b: u8) -> Result<(), JsonError> {
        if self.next() == Some(b) {
            Ok(())
        } else {
            Err(JsonError::Invalid)
        }
    }

    /// Skips JSON's four spaces: space, tab, LF, CR.
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips `word` (`true`, `false`, `null`).
    fn word(&mut self, word: &[u8]) -> Result<(), JsonError> {
        if self
            .bytes
            .get(self.at..)
            .is_some_and(|b| b.starts_with(word))
        {
            self.at += word.len();
            Ok(())
        } else {
            Err(JsonError::Invalid)
        }
    }

    fn digits(&mut self) -> usize {
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - from
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<(), JsonError> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(JsonError::Invalid),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(JsonError::Invalid);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(JsonError::Invalid);
            }
        }
        Ok(())
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .next()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or(JsonError::Invalid)?;
            n = n << 4 | d;
        }
        Ok(n)
    }

    /// After a high surrogate's escape: the low surrogate of the escape that follows,
    /// taken; or nothing taken.
    fn low_surrogate(&mut self) -> Option<u32> {
        if !matches!(self.bytes.get(self.at..self.at + 2), Some(b"\\u")) {
            return None;
        }
        let save = self.at;
        self.at += 2;
        match self.hex4() {
            Ok(low @ 0xDC00..=0xDFFF) => Some(low),
            _ => {
                self.at = save;
                None
            }
        }
    }

    /// A string at `at` (its opening quote): its value unescaped, or `Err(())` inside
    /// `Ok` when an escape leaves a lone surrogate in it (the string is still valid
    /// JSON, and read to its end).
    fn string(&mut self) -> Result<Result<Cow<'t, str>, ()>, JsonError> {
        self.expect(b'"')?;
        let start = self.at;
        // Unescaped until the first escape: most strings have none.
        let mut owned: Option<String> = None;
        let mut lone = false;
        let mut from = start;
        loop {
            // Past the bytes that stand for themselves, to the next quote, escape or
            // (invalid) control character.
            self.at += self
                .bytes
                .get(self.at..)
                .and_then(special)
                .ok_or(JsonError::Invalid)?;
            let b = self.next().ok_or(JsonError::Invalid)?;
            match b {
                b'"' => {
                    let tail = crate::substring::slice(self.text, from, self.at - 1);
                    if lone {
                        return Ok(Err(()));
                    }
                    return Ok(Ok(match owned {
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                        None => Cow::Borrowed(tail),
                    }));
                }
                b'\\' => {
                    // Room for a message's body from the start: grown from nothing, it
                    // would be moved some six times on its way to a few hundred bytes.
                    let s = owned.get_or_insert_with(|| {
                        let rest = self.bytes.len().saturating_sub(start);
                        String::with_capacity(rest.min(UNESCAPED_ROOM))
                    });
                    s.push_str(crate::substring::slice(self.text, from, self.at - 1));
                    let c = match self.next() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{C}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => match self.hex4()? {
                            high @ 0xD800..=0xDBFF => match self.low_surrogate() {
                                Some(low) => char::from_u32(
                                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00),
                                )
                                .unwrap_or('\u{FFFD}'),
                                None => {
                                    lone = true;
                                    from = self.at;
                                    continue;
                                }
                            },
                            0xDC00..=0xDFFF => {
                                lone = true;
                                from = self.at;
                                continue;
                            }
                            unit => char::from_u32(unit).ok_or(JsonError::Invalid)?,
                        },
                        _ => return Err(JsonError::Invalid),
                    };
                    s.push(c);
                    from = self.at;
                }
                // A control character, which a JSON string must escape.
                _ => return Err(JsonError::Invalid),
            }
        }
    }

    /// Any value at `at`, skipped; `depth` arrays and objects around it.
    fn value(&mut self, depth: usize) -> Result<(), JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::TooDeep);
        }
        match self.peek() {
            Some(b'"') => self.string().map(|_| ()),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(open @ (b'[' | b'{')) => {
                self.at += 1;
                let close = if open == b'[' { b']' } else { b'}' };
                self.space();
                if self.peek() == Some(close) {
                    self.at += 1;
                    return Ok(());
                }
                loop {
                    self.space();
                    if open == b'{' {
                        self.string().map(|_| ())?;
                        self.space();
                        self.expect(b':')?;
                        self.space();
                    }
                    self.value(depth + 1)?;
                    self.space();
                    match self.next() {
                        Some(b',') => {}
                        Some(b) if b == close => return Ok(()),
                        _ => return Err(JsonError::Invalid),
                    }
                }
            }
            _ => Err(JsonError::Invalid),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            "{}",
            " { } ",
            r#"{"a":1}"#,
            r#"{"a":-0.5e+3,"b":[1,{"c":null}],"d":true,"e":false}"#,
            r#"{"a":"\ud83d\ude00\u00e9\/\b\f\n\r\t\"\\"}"#,
            r#"{"a":"x",}"#,
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":.5}"#,
            r#"{"a":+1}"#,
            r#"{"a":1e}"#,
            r#"{"a":tru}"#,
            r#"{"a":"\x"}"#,
            r#"{"a":"\u12"}"#,
            "{\"a\":\"\t\"}",
            r#"{"a" 1}"#,
            r#"{a:1}"#,
            r#"{"a":1}x"#,
            r#"{"a":1} {}"#,
            r#"{"a":[1,]}"#,
            r#"{"a":[,1]}"#,
            r#"{"a":{"b"}}"#,
            "[1]",
            "1",
            "\"x\"",
            "null",
            "",
            "{",
            "\u{FEFF}{}",
        ] {
            let ours = members(text, |_| true);
            let theirs = serde_json::from_str::<serde_json::Value>(text);
            match &theirs {
                Ok(v) if v.is_object() => assert!(ours.is_ok(), "{text}: {ours:?}"),
                Ok(_) => assert_eq!(ours, Err(JsonError::NotAnObject), "{text}"),
                Err(_) => assert_eq!(ours, Err(JsonError::Invalid), "{text}"),
            }
        }
    }

    #[test]
    fn finds_string_and_number_members_where_they_are_written() {
        let text = r#"{"id":"r1","n":12,"x":{"id":"inner"},"id":"r\"2","f":1.5e3}"#;
        let found = members(text, |k| k == "id" || k == "n" || k == "f").unwrap();
        let got: Vec<(&str, &str, &str, bool)> = found
            .iter()
            .map(|m| (&*m.key, &text[m.start..m.end], &*m.value, m.number))
            .collect();
        assert_eq!(
            got,
            [
                ("id", r#""r1""#, "r1", false),
                ("n", "12", "12", true),
                ("id", r#""r\"2""#, "r\"2", false),
                ("f", "1.5e3", "1.5e3", true),
            ]
        );
        // Keys are compared unescaped.
        let found = members(r#"{"b\u006fdy":"x"}"#, |k| k == "body").unwrap();
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_lone_surrogate_in_a_wanted_string_is_said_so() {
        assert_eq!(
            members(r#"{"a":"x\ud800y"}"#, |k| k == "a"),
            Err(JsonError::LoneSurrogate)
        );
        assert_eq!(
            members(r#"{"a":"\udc00"}"#, |k| k == "a"),
            Err(JsonError::LoneSurrogate)
        );
        // Elsewhere it is valid JSON and read past.
        assert_eq!(
            members(r#"{"b":"\ud800","a":"x"}"#, |k| k == "a").map(|m| m.len()),
            Ok(1)
        );
        assert_eq!(members(r#"{"\ud800":"x"}"#, |_| true), Ok(Vec::new()));
    }

    #[test]
    fn nesting_is_followed_to_a_limit() {
        let deep = |n: usize| format!("{{\"a\":{}{}}}", "[".repeat(n), "]".repeat(n));
        assert!(members(&deep(MAX_DEPTH), |_| true).is_ok());
        assert_eq!(
            members(&deep(MAX_DEPTH + 1), |_| true),
            Err(JsonError::TooDeep)
        );
    }

    proptest! {
        #[test]
        fn special_finds_the_first_quote_backslash_or_control(
            bytes in prop::collection::vec(prop_oneof![Just(b'"'), Just(b'\\'), 0u8..0x20, 0x20u8..=0xFF, 0x80u8..=0xFF], 0..40),
        ) {
            let naive = bytes.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            prop_assert_eq!(special(&bytes), naive);
        }

        #[test]
        fn quote_writes_what_serde_json_reads_back(s in "\\PC*|[\\x00-\\x20\"\\\\é日]*") {
            let mut out = String::new();
            quote(&s, &mut out);
            prop_assert_eq!(serde_json::from_str::<String>(&out).ok(), Some(s.clone()));
            // And exactly serde_json's own escaping, which is JSON.stringify's for
            // every character but the few serde_json writes differently (none below).
            prop_assert_eq!(out, serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn string_members_come_back_as_written(
            values in prop::collection::vec("\\PC*|[\\x00-\\x20\"\\\\é日]*", 0..4),
        ) {
            let mut text = String::from("{");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    text.push(',');
                }
                text.push_str(&format!("\"k{i}\": "));
                quote(v, &mut text);
            }
            text.push('}');
            let found = members(&text, |_| true).unwrap();
            let got: Vec<&str> = found.iter().map(|m| &*m.value).collect();
            prop_assert_eq!(got, values.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
}
