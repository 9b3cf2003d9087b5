//! What people type, reduced to `+` and ASCII digits.
//!
//! Allowed: ASCII and full-width digits; the dash look-alikes of [`is_dash`] between
//! digits (a `)` may stand before and a `(` after a dash: `(03)-1234`); spaces (ASCII,
//! U+3000, tab, NBSP) anywhere; one level of `()` / `（）` around digits; one leading
//! `+` / `＋`; surrounding spaces and line breaks. Everything else is
//! [`PhoneError::InvalidChars`].

use super::PhoneError;

/// More digits than any reading of a Japanese number can use: a national significant
/// number has at most 17 digits, and at most `010` `81` and a 7-digit national prefix
/// (`0037680`) come before it.
pub(super) const MAX_DIGITS: usize = 32;

/// The digits typed, and whether a `+` led them.
pub(super) struct Typed {
    /// A leading `+` / `＋`.
    pub plus: bool,
    buf: [u8; MAX_DIGITS],
    len: usize,
}

impl Typed {
    /// The ASCII digits, in order.
    pub fn digits(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// The last thing seen that is not a space.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Plus,
    Digit,
    Dash,
    Open,
    Close,
}

/// `-` and the characters people type for it in Japanese text.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' // ‐ hyphen
            | '\u{2011}' // ‑ non-breaking hyphen
            | '\u{2012}' // ‒ figure dash
            | '\u{2013}' // – en dash
            | '\u{2014}' // — em dash
            | '\u{2015}' // ― horizontal bar
            | '\u{2212}' // − minus sign
            | '\u{30FC}' // ー katakana prolonged sound mark
            | '\u{FF70}' // ｰ half-width prolonged sound mark
            | '\u{FF0D}' // － full-width hyphen-minus
            | '\u{FE63}' // ﹣ small hyphen-minus
    )
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{00A0}')
}

fn is_edge_space(c: char) -> bool {
    is_space(c) || matches!(c, '\n' | '\r')
}

/// The digit value of an ASCII or full-width digit.
fn digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{FF10}'..='\u{FF19}' => u8::try_from(u32::from(c) - 0xFF10).ok(),
        _ => None,
    }
}

/// Reads `input`; linear, no allocation.
pub(super) fn read(input: &str) -> Result<Typed, PhoneError> {
    let text = crate::substring::trim_end_by(
        crate::substring::trim_start_by(input, is_edge_space),
        is_edge_space,
    );
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    let mut typed = Typed {
        plus: false,
        buf: [0; MAX_DIGITS],
        len: 0,
    };
    let mut count = 0usize;
    let mut last = Last::Start;
    let mut in_parens = false;
    let mut digits_in_parens = 0usize;
    for c in text.chars() {
        if let Some(d) = digit(c) {
            if let Some(slot) = typed.buf.get_mut(count) {
                *slot = b'0' + d;
            }
            count += 1;
            digits_in_parens += 1;
            last = Last::Digit;
        } else if is_space(c) {
            continue;
        } else if is_dash(c) {
            if !matches!(last, Last::Digit | Last::Close) {
                return Err(PhoneError::InvalidChars);
            }
            last = Last::Dash;
        } else if c == '(' || c == '（' {
            if in_parens || matches!(last, Last::Open) {
                return Err(PhoneError::InvalidChars);
            }
            in_parens = true;
            digits_in_parens = 0;
            last = Last::Open;
        } else if c == ')' || c == '）' {
            if !in_parens || digits_in_parens == 0 || last == Last::Dash {
                return Err(PhoneError::InvalidChars);
            }
            in_parens = false;
            last = Last::Close;
        } else if (c == '+' || c == '＋') && last == Last::Start {
            typed.plus = true;
            last = Last::Plus;
        } else {
            return Err(PhoneError::InvalidChars);
        }
    }
    // A dash must be followed by a digit or `(`; parentheses must close; no digit at
    // all is not a phone number.
    if last == Last::Dash || in_parens || count == 0 {
        return Err(PhoneError::InvalidChars);
    }
    if count > MAX_DIGITS {
        return Err(PhoneError::TooLong);
    }
    typed.len = count;
    Ok(typed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(input: &str) -> Result<(bool, String), PhoneError> {
        read(input).map(|t| (t.plus, String::from_utf8_lossy(t.digits()).into_owned()))
    }

    fn ok(input: &str, plus: bool, expect: &str) {
        assert_eq!(digits(input), Ok((plus, expect.to_owned())), "{input:?}");
    }

    fn bad(input: &str, err: PhoneError) {
        assert_eq!(digits(input).map(|_| ()), Err(err), "{input:?}");
    }

    #[test]
    fn accepts_what_people_type() {
        ok("03-1234-5678", false, "0312345678");
        ok("０３－１２３４－５６７８", false, "0312345678");
        for dash in "-‐‑‒–—―−ーｰ－﹣".chars() {
            ok(&format!("03{dash}1234{dash}5678"), false, "0312345678");
        }
        ok("03 1234 5678", false, "0312345678");
        ok("03\u{3000}1234\u{3000}5678", false, "0312345678");
        ok("03(1234)5678", false, "0312345678");
        ok("(03)1234-5678", false, "0312345678");
        ok("（03）1234-5678", false, "0312345678");
        ok("(03)-1234-5678", false, "0312345678");
        ok("03-(1234)-5678", false, "0312345678");
        ok("03 - 1234 - 5678", false, "0312345678");
        ok("+81 3-1234-5678", true, "81312345678");
        ok("＋８１ ３－１２３４－５６７８", true, "81312345678");
        ok("+81 (0)3 1234 5678", true, "810312345678");
        ok("+81-3-1234-5678", true, "81312345678");
        ok("  090-1234-5678\n", false, "09012345678");
        ok("\u{3000}090-1234-5678\r\n", false, "09012345678");
    }

    #[test]
    fn refuses_anything_else() {
        bad("", PhoneError::Empty);
        bad(" \u{3000}\n", PhoneError::Empty);
        bad("TEL 03-1234-5678", PhoneError::InvalidChars);
        bad("03-1234-5678 内線12", PhoneError::InvalidChars);
        bad("03.1234.5678", PhoneError::InvalidChars);
        bad("03★1234★5678", PhoneError::InvalidChars);
        bad("-0312345678", PhoneError::InvalidChars);
        bad("0312345678-", PhoneError::InvalidChars);
        bad("03--1234-5678", PhoneError::InvalidChars);
        bad("03(-1234)", PhoneError::InvalidChars);
        bad("03-1234-\n5678", PhoneError::InvalidChars);
        bad("（）", PhoneError::InvalidChars);
        bad("(03", PhoneError::InvalidChars);
        bad("03)1234", PhoneError::InvalidChars);
        bad("((03))", PhoneError::InvalidChars);
        bad("(03-)1234", PhoneError::InvalidChars);
        bad("03+1234", PhoneError::InvalidChars);
        bad("++81 3 1234 5678", PhoneError::InvalidChars);
        bad("+", PhoneError::InvalidChars);
        bad("－－－", PhoneError::InvalidChars);
        bad("03-1234-5678、090-1234-5678", PhoneError::InvalidChars);
        bad("٠٣١٢٣٤٥٦٧٨", PhoneError::InvalidChars);
        bad(&"1".repeat(33), PhoneError::TooLong);
        ok(&"1".repeat(32), false, &"1".repeat(32));
    }
}
