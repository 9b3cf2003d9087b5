//! Words written escaped, as machines pass text on: percent-encoded in a URL or a
//! form's body (`%E5%8F%A3%E5%BA%A7%E7%95%AA%E5%8F%B7=0024721`, RFC 3986 §2.1),
//! as JSON's `\u` escapes (`"\u53e3\u5ea7\u756a\u53f7":"4909301"`, RFC 8259 §7), or
//! quoted-printable in a mail's part (`=E5=8F=A3=E5=BA=A7 7431378`, RFC 2045
//! §6.7). Such a text is read with the words decoded, in a reading with the same
//! offsets: each escaped stretch holds its decoded characters first, then
//! [`FILL`]s (and a space or two) to its length, so that a label reads as the
//! word it is and its value stands where it stood.
//!
//! ```text
//! %E5%8F%A3%E5%BA%A7=0024721   →  口座⁠⁠⁠⁠=0024721   (the same 26 bytes)
//! ```

use crate::prelude::*;
use crate::redact::spoken_digits::FILL;

/// [`FILL`] in UTF-8.
const FILL_BYTES: [u8; 3] = [0xE2, 0x81, 0xA0];
const _: () = assert!(FILL as u32 == 0x2060);

/// How an escaped stretch writes its bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Escape {
    /// `%E5` (URLs, form bodies).
    Percent,
    /// `=E5` (quoted-printable).
    Quoted,
    /// `\u53e3` (JSON, JavaScript), a UTF-16 unit each.
    Unicode,
}

/// Whether `text` may hold an escaped word: a `%` or `=` before an escaped UTF-8
/// lead byte of two to four bytes (`%C3`…`%F4`), or a `\u` before four hex digits
/// (the cheap look that lets the rest of a text alone).
pub(crate) fn any(text: &str) -> bool {
    let b = text.as_bytes();
    let mut at = 0;
    while let Some(i) = b
        .get(at..)
        .and_then(|rest| rest.iter().position(|&c| matches!(c, b'%' | b'=' | b'\\')))
    {
        let i = at + i;
        if escape_at(b, i).is_some() {
            return true;
        }
        at = i + 1;
    }
    false
}

/// `text` with its escaped words decoded in place (each padded to its escaped
/// length), or `None` when it has none ([`any`]).
pub(crate) fn view(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut decoded: Vec<u8> = Vec::new();
    let mut changed = false;
    let mut at = 0;
    while at < b.len() {
        let Some(kind) = escape_at(b, at) else {
            out.push(b.get(at).copied().unwrap_or(b' '));
            at += 1;
            continue;
        };
        // The stretch of escapes of one kind, decoded.
        decoded.clear();
        let start = at;
        let mut units: Vec<u16> = Vec::new();
        while escape_at(b, at) == Some(kind)
            || (kind != Escape::Unicode && byte_at(b, at, kind).is_some())
        {
            match kind {
                Escape::Unicode => {
                    units.push(unit_at(b, at).unwrap_or(0));
                    at += 6;
                }
                _ => {
                    decoded.push(byte_at(b, at, kind).unwrap_or(0));
                    at += 3;
                }
            }
        }
        if kind == Escape::Unicode {
            let mut chars = String::new();
            for c in char::decode_utf16(units.iter().copied()) {
                chars.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            decoded.extend_from_slice(chars.as_bytes());
        }
        let len = at - start;
        match core::str::from_utf8(&decoded) {
            // Not text (a binary value escaped), or no shorter: left as written.
            Ok(s) if s.len() < len && !s.is_ascii() => {
                out.extend_from_slice(s.as_bytes());
                let pad = len - s.len();
                for _ in 0..pad / 3 {
                    out.extend_from_slice(&FILL_BYTES);
                }
                out.extend(core::iter::repeat_n(b' ', pad % 3));
                changed = true;
            }
            _ => out.extend_from_slice(b.get(start..at).unwrap_or(&[])),
        }
    }
    if !changed {
        return None;
    }
    String::from_utf8(out).ok()
}

/// The escape that starts at byte `at` of `b` and begins a character: a UTF-8 lead
/// byte of a multi-byte character escaped with `%` or `=`, or a `\u` escape of a
/// character outside ASCII.
fn escape_at(b: &[u8], at: usize) -> Option<Escape> {
    match b.get(at)? {
        b'%' => byte_at(b, at, Escape::Percent)
            .filter(|&x| matches!(x, 0xC3..=0xF4))
            .map(|_| Escape::Percent),
        b'=' => byte_at(b, at, Escape::Quoted)
            .filter(|&x| matches!(x, 0xC3..=0xF4))
            .map(|_| Escape::Quoted),
        b'\\' => unit_at(b, at)
            .filter(|&u| u >= 0x80)
            .map(|_| Escape::Unicode),
        _ => None,
    }
}

/// The byte escaped at `at` (`%E5`, `=E5`) by `kind`'s mark.
fn byte_at(b: &[u8], at: usize, kind: Escape) -> Option<u8> {
    let mark = match kind {
        Escape::Percent => b'%',
        Escape::Quoted => b'=',
        Escape::Unicode => return None,
    };
    match b.get(at..at + 3)? {
        [m, h, l] if *m == mark => Some(hex(*h)? << 4 | hex(*l)?),
        _ => None,
    }
}

/// The UTF-16 unit escaped at `at` (`\u53e3`).
fn unit_at(b: &[u8], at: usize) -> Option<u16> {
    match b.get(at..at + 6)? {
        [b'\\', b'u', d @ ..] => d
            .iter()
            .try_fold(0u16, |n, &c| Some(n << 4 | u16::from(hex(c)?))),
        _ => None,
    }
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_words_read_decoded_at_the_same_offsets() {
        for (text, read) in [
            (
                "a=1&%E5%8F%A3%E5%BA%A7=0024721",
                "a=1&口座\u{2060}\u{2060}\u{2060}\u{2060}=0024721",
            ),
            (
                r#"{"\u53e3\u5ea7":"4909301"}"#,
                "{\"口座\u{2060}\u{2060}\":\"4909301\"}",
            ),
            ("=E5=8F=A3 7431378", "口\u{2060}\u{2060} 7431378"),
            // A two-byte character leaves a space over.
            ("s%C3%A9=1", "sé\u{2060} =1"),
        ] {
            let v = view(text).expect("a view");
            assert_eq!(v, read);
            assert_eq!(v.len(), text.len());
            assert!(any(text));
        }
        // ASCII escaped, or nothing escaped: no view.
        for text in ["a%20b=1", "x=E5", "\\u0041", "口座 1234567", "%E5%8F"] {
            assert_eq!(view(text), None, "{text}");
        }
    }
}
