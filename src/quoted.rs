//! A string shown in a message, in double quotes: what `{:?}` prints for a string
//! of printable characters, without the formatting machinery and Unicode tables
//! that `Debug` brings into the browser build.

use crate::prelude::*;
use core::fmt;

/// `s` in double quotes, with `"`, `\` and control characters escaped: how mamori's
/// messages show a name a caller passed (`unknown style "bold"`). A plain function,
/// so that a caller building its message without `core::fmt` (the JavaScript
/// boundary) can use it; [`Quoted`] prints the same.
///
/// ```
/// use mamori::quoted::quote;
/// assert_eq!(quote("bold"), "\"bold\"");
/// assert_eq!(quote("a\"b\n\u{7}"), "\"a\\\"b\\n\\u{7}\"");
/// ```
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => {
                out.push_str("\\u{");
                push_hex(&mut out, u32::from(c));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Pushes `n` in lowercase hexadecimal, without leading zeros, onto `out`.
fn push_hex(out: &mut String, n: u32) {
    let mut shift = 28;
    loop {
        // A digit once a higher one is not zero; the last one always.
        if n >> shift != 0 || shift == 0 {
            let d = ((n >> shift) & 0xf) as u8;
            out.push(char::from(if d < 10 { b'0' + d } else { b'a' + d - 10 }));
        }
        if shift == 0 {
            break;
        }
        shift -= 4;
    }
}

/// [`quote`] as a `Display` value, for messages written with `write!` or
/// `format!` (the core's errors).
///
/// ```
/// use mamori::quoted::Quoted;
/// assert_eq!(Quoted("bold").to_string(), "\"bold\"");
/// assert_eq!(Quoted("a\"b\n").to_string(), "\"a\\\"b\\n\"");
/// ```
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&quote(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::{quote, Quoted};

    #[test]
    fn printable_strings_read_as_debug_prints_them() {
        for s in ["mask", "マイナンバー", "", "a b", "my_number "] {
            assert_eq!(quote(s), format!("{s:?}"));
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"));
        }
    }

    #[test]
    fn quotes_backslashes_and_controls_are_escaped() {
        for s in [
            "say \"hi\"",
            "a\\b",
            "line\nbreak\ttab\r",
            "bell\u{7}",
            "\u{0}",
            "del\u{7f} esc\u{1b} c1\u{85}\u{9f}",
        ] {
            assert_eq!(quote(s), format!("{s:?}"));
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"));
        }
    }
}
