//! Building short messages without `core::fmt`, and reading bytes as text.
//!
//! `format!` and `to_string` bring `core::fmt`'s machinery, argument tables and
//! integer formatting into every call site; the browser build pays for each. The
//! messages of the core and of the JavaScript boundary are a few fixed pieces and a
//! number, so they are joined by hand.
//!
//! Bytes read from a file or a caller (a CSV record, a line of JSON Lines) are
//! checked as UTF-8 by one function, [`utf8`], for the core and the boundary.

use crate::prelude::*;

/// `bytes` as a `str` when they are UTF-8, `None` otherwise: the same answer as
/// `core::str::from_utf8`, which the feature `simd-utf8` has simdutf8 give with
/// vector instructions (on x86-64 and aarch64 chosen as the program runs; in wasm
/// when it is built with `simd128`, as the Node build is).
///
/// # Examples
///
/// ```
/// assert_eq!(mamori::text::utf8("番号".as_bytes()), Some("番号"));
/// assert_eq!(mamori::text::utf8(&[0x31, 0xFF]), None);
/// ```
pub fn utf8(bytes: &[u8]) -> Option<&str> {
    #[cfg(feature = "simd-utf8")]
    return simdutf8::basic::from_utf8(bytes).ok();
    #[cfg(not(feature = "simd-utf8"))]
    return core::str::from_utf8(bytes).ok();
}

/// `n` in decimal digits, as `{}` prints it.
///
/// # Examples
///
/// ```
/// assert_eq!(mamori::text::decimal(0), "0");
/// assert_eq!(mamori::text::decimal(2048), "2048");
/// ```
pub fn decimal(n: u64) -> String {
    let mut s = if n >= 10 {
        decimal(n / 10)
    } else {
        String::new()
    };
    s.push(char::from(b'0' + (n % 10) as u8));
    s
}

/// The pieces joined, without a separator. Not `[&str]::concat`: its copy loops,
/// generic over a separator, are 1.1 KB of wasm.
///
/// # Examples
///
/// ```
/// use mamori::text::{concat, decimal};
/// assert_eq!(concat(&["limit ", &decimal(12), " chars"]), "limit 12 chars");
/// ```
pub fn concat(parts: &[&str]) -> String {
    let mut s = String::new();
    for part in parts {
        s.push_str(part);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{concat, decimal};

    #[test]
    fn decimal_prints_as_display_does() {
        for n in [
            0,
            7,
            9,
            10,
            99,
            100,
            256,
            33_554_432,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            assert_eq!(decimal(n), n.to_string());
        }
    }

    #[test]
    fn concat_joins_without_a_separator() {
        assert_eq!(concat(&[]), "");
        assert_eq!(
            concat(&["f", ": `", "x", "` is ", &decimal(3)]),
            "f: `x` is 3"
        );
    }
}
