//! A string shown in a message, in double quotes: what `{:?}` prints for a string
//! of printable characters, without the formatting machinery and Unicode tables
//! that `Debug` brings into the browser build.

use std::fmt;

/// `s` in double quotes, with `"`, `\` and control characters escaped: how mamori's
/// messages show a name a caller passed (`unknown style "bold"`).
///
/// ```
/// use mamori::quoted::Quoted;
/// assert_eq!(Quoted("bold").to_string(), "\"bold\"");
/// assert_eq!(Quoted("a\"b\n").to_string(), "\"a\\\"b\\n\"");
/// ```
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        let mut rest = self.0;
        while let Some(at) = rest.find(|c: char| c == '"' || c == '\\' || c.is_control()) {
            let Some((plain, tail)) = rest.split_at_checked(at) else {
                break;
            };
            f.write_str(plain)?;
            let mut chars = tail.chars();
            let Some(c) = chars.next() else { break };
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c => write!(f, "\\u{{{:x}}}", u32::from(c))?,
            }
            rest = chars.as_str();
        }
        f.write_str(rest)?;
        f.write_str("\"")
    }
}

#[cfg(test)]
mod tests {
    use super::Quoted;

    #[test]
    fn printable_strings_read_as_debug_prints_them() {
        for s in ["mask", "マイナンバー", "", "a b", "my_number "] {
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
        ] {
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"));
        }
    }
}
