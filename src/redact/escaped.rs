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

/// Whether an escape of a character outside ASCII starts at byte `at` of `b`
/// (`%E5`, `=E5`, `\u53e3`).
pub(crate) fn starts_at(b: &[u8], at: usize) -> bool {
    escape_at(b, at).is_some()
}

/// `text` with its escaped words decoded in place (each padded to its escaped
/// length), or `None` when it has none.
pub(crate) fn view(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    let (mut at, mut copied) = (0, 0);
    let mut decoded = String::new();
    while at < b.len() {
        let Some(kind) = escape_at(b, at) else {
            at += 1;
            continue;
        };
        // The stretch of escapes of one kind, decoded (none if it is no text: a
        // binary value escaped).
        let start = at;
        decoded.clear();
        let mut whole = true;
        while escape_at(b, at) == Some(kind)
            || (kind != Escape::Unicode && byte_at(b, at, kind).is_some())
        {
            let step = match kind {
                Escape::Unicode => unicode_char(b, at),
                _ => utf8_char(b, at, kind),
            };
            match step {
                Some((c, len)) => {
                    decoded.push(c);
                    at += len;
                }
                None => {
                    whole = false;
                    at += if kind == Escape::Unicode { 6 } else { 3 };
                    break;
                }
            }
        }
        let len = at - start;
        if !whole || decoded.is_empty() || decoded.len() >= len {
            continue;
        }
        out.push_str(crate::substring::slice(text, copied, start));
        out.push_str(&decoded);
        let pad = len - decoded.len();
        for _ in 0..pad / 3 {
            out.push(FILL);
        }
        for _ in 0..pad % 3 {
            out.push(' ');
        }
        copied = at;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(crate::substring::slice(text, copied, text.len()));
    Some(out)
}

/// The character whose UTF-8 bytes are escaped from byte `at` of `b` by `kind`
/// (`%E5%8F%A3` is `口`), and the escapes' length; `None` unless they are one
/// character's bytes.
fn utf8_char(b: &[u8], at: usize, kind: Escape) -> Option<(char, usize)> {
    let lead = byte_at(b, at, kind)?;
    let (n, mut code) = match lead {
        0x00..=0x7F => (1, u32::from(lead)),
        0xC2..=0xDF => (2, u32::from(lead & 0x1F)),
        0xE0..=0xEF => (3, u32::from(lead & 0x0F)),
        0xF0..=0xF4 => (4, u32::from(lead & 0x07)),
        _ => return None,
    };
    for k in 1..n {
        let next = byte_at(b, at + 3 * k, kind)?;
        if next & 0xC0 != 0x80 {
            return None;
        }
        code = code << 6 | u32::from(next & 0x3F);
    }
    // (An overlong form or a surrogate is no character.)
    let shortest = match n {
        2 => code >= 0x80,
        3 => code >= 0x800,
        4 => code >= 0x1_0000,
        _ => true,
    };
    char::from_u32(code)
        .filter(|_| shortest)
        .map(|c| (c, 3 * n))
}

/// The character escaped from byte `at` of `b` as `\uXXXX`, or as a surrogate
/// pair of two, and the escapes' length.
fn unicode_char(b: &[u8], at: usize) -> Option<(char, usize)> {
    let high = u32::from(unit_at(b, at)?);
    if !matches!(high, 0xD800..=0xDBFF) {
        return char::from_u32(high).map(|c| (c, 6));
    }
    let low = u32::from(unit_at(b, at + 6)?);
    if !matches!(low, 0xDC00..=0xDFFF) {
        return None;
    }
    char::from_u32(0x1_0000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map(|c| (c, 12))
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
        }
        assert!(starts_at(b"%E5%8F", 0) && !starts_at(b"%20", 0) && !starts_at(b"\\u0041", 0));
        // ASCII escaped, or nothing escaped: no view.
        for text in ["a%20b=1", "x=E5", "\\u0041", "口座 1234567", "%E5%8F"] {
            assert_eq!(view(text), None, "{text}");
        }
    }
}
