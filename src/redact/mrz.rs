//! A passport's machine-readable zone (its two lines of `<`-filled capitals at the
//! foot of the data page) pasted from a scanner's or an app's OCR:
//!
//! ```text
//! P<JPNYAMADA<<TARO<<<<<<<<<<<<<<<<<<<<<<<<<<<
//! TK12345675JPN7804032M2910107<<<<<<<<<<<<<<02
//! ```
//!
//! The second line begins with the document's number (nine characters, `<` filling
//! a shorter one) and its check digit, then the holder's nationality (three
//! letters), date of birth and its check digit, sex (`M`, `F` or `<`), and the
//! expiry date and its check digit. Those fields name the number by their place:
//! no word stands before it. A number copied without its check digit
//! (`TK1234567JPN7804032M…`) is read too.
//!
//! Source: ICAO Doc 9303, Machine Readable Travel Documents, Part 4 (TD3 passports),
//! section 4.2.2, the data structure of the machine-readable zone's second line.

use super::{Finding, Kind, KindSet};
use crate::bytes::{equal, first_of};
use crate::prelude::*;

/// The passport numbers at the start of the machine-readable zones' second lines
/// in `text`, when `kinds` holds passports, in order.
///
/// ```ignore
/// let text = "TK12345675JPN7804032M2910107<<<<<<<<<<<<<<02";
/// assert_eq!(values(text, KindSet::defaults())[0].end, 9);
/// ```
pub(crate) fn values(text: &str, kinds: KindSet) -> Vec<Finding> {
    let mut out = Vec::new();
    if !kinds.contains(&Kind::Passport) {
        return out;
    }
    let bytes = text.as_bytes();
    // A zone's lines are filled with `<<`: a text without it has none (looked for
    // eight bytes at a time, the whole text read once).
    let mut from = 0;
    loop {
        let Some(i) = bytes
            .get(from..)
            .and_then(|rest| first_of(rest, |w| equal(w, b'<'), |b| b == b'<'))
        else {
            return out;
        };
        if bytes.get(from + i + 1) == Some(&b'<') {
            break;
        }
        from += i + 1;
    }
    // The sex field, `M`, `F` or `<` between the birth date's seven digits and the
    // expiry's: looked for eight bytes at a time.
    let mut at = 0;
    while let Some(i) = bytes.get(at..).and_then(|rest| {
        first_of(
            rest,
            |w| equal(w, b'M') | equal(w, b'F') | equal(w, b'<'),
            |b| matches!(b, b'M' | b'F' | b'<'),
        )
    }) {
        let sex = at + i;
        at = sex + 1;
        if let Some(f) = number_before(bytes, sex) {
            if out.last().is_none_or(|l: &Finding| l.end <= f.start) {
                out.push(f);
            }
        }
    }
    out
}

/// The document number of the zone whose sex field is byte `sex` of `bytes`, if
/// the fields around it are the zone's: seven digits after it (the expiry and its
/// check), seven before it (the birth date and its check), three capitals before
/// those (the nationality), then the number's check digit (or none) and the
/// number, nine capitals and digits with a capital first, at the line's start or
/// after what is no part of it.
fn number_before(bytes: &[u8], sex: usize) -> Option<Finding> {
    let digits = |from: usize, n: usize| {
        bytes
            .get(from..from + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !digits(sex + 1, 7) {
        return None;
    }
    let birth = sex.checked_sub(7)?;
    let nationality = birth.checked_sub(3)?;
    if !digits(birth, 7)
        || !bytes
            .get(nationality..birth)?
            .iter()
            .all(u8::is_ascii_uppercase)
    {
        return None;
    }
    // With its check digit, or copied without it.
    for check in [1, 0] {
        let Some(start) = nationality.checked_sub(9 + check) else {
            continue;
        };
        let number = bytes.get(start..start + 9)?;
        let shaped = number.first().is_some_and(u8::is_ascii_uppercase)
            && number
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'<')
            && (check == 0 || bytes.get(start + 9).is_some_and(u8::is_ascii_digit));
        let apart = start == 0
            || bytes
                .get(start - 1)
                .is_some_and(|b| !b.is_ascii_alphanumeric() && *b != b'<');
        if shaped && apart {
            let len = number.iter().take_while(|&&b| b != b'<').count();
            return Some(Finding {
                kind: Kind::Passport,
                start,
                end: start + len,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<&str> {
        values(text, KindSet::defaults())
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect()
    }

    #[test]
    fn the_number_that_starts_the_second_line() {
        let zone = "P<JPNYAMADA<<TARO<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTK12345675JPN7804032M2910107<<<<<<<<<<<<<<02";
        assert_eq!(numbers(zone), ["TK1234567"]);
        // Copied without its check digit, inside a JSON string.
        assert_eq!(
            numbers(r#"["P<JPNSATO<<HANAKO<<<<","MR7703137JPN7005048F2807015<<<<<<<<<<<<<<06"]"#),
            ["MR7703137"]
        );
    }

    #[test]
    fn not_without_the_fields_around_it() {
        // No nationality, no dates: an order's code.
        assert!(numbers("注文 TK1234567 M 2910107").is_empty());
        // Glued to what goes before it.
        assert!(numbers("XTK12345675JPN7804032M2910107").is_empty());
    }
}
