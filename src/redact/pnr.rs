//! A booking's record as an airline's reservation system shows it to an agent (a
//! PNR, in Amadeus, Sabre or Galileo), pasted into a mail or a ticket. Its
//! elements name what they hold by their code and place, with no word a person
//! would write:
//!
//! ```text
//!  8 SSR DOCS JL HK1 P/JPN/TK1234567/JPN/03APR78/M/10OCT29/YAMADA/TARO/P1
//! 1.1WATANABE/YUKO MS   SSR FOID NH HK1/PPMZ5306458
//! 12 FP CCVI4111111111111111/0829*CV
//! ```
//!
//! - `DOCS`, the travel document (IATA's Advance Passenger Information): the
//!   document's type, its issuing country, then its number; type `P` is a passport.
//! - `FOID`, the form of identification shown at check-in: `PP` and a passport's
//!   number.
//! - `FP` (or `FOP`), the form of payment: `CC`, the card's two-letter brand code
//!   (`VI`, `CA`, `AX`, `JB`, `DC`…), then its number, then `/` and its expiry.
//!
//! Sources: IATA's Passenger Services Conference Resolution 830d (the `DOCS`
//! special service request) and the Amadeus and Sabre format guides for `FOID` and
//! `FP` elements.

use super::{Finding, Kind, KindSet};
use crate::bytes::{equal, first_of};
use crate::prelude::*;

/// The values of the PNR elements in `text` whose kinds `kinds` holds, in order.
pub(crate) fn values(text: &str, kinds: KindSet) -> Vec<Finding> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let passports = kinds.contains(&Kind::Passport);
    let cards = kinds.contains(&Kind::CreditCard);
    if !passports && !cards {
        return out;
    }
    // The codes start with D or F, rare bytes in Japanese text: looked for eight
    // bytes at a time.
    let mut at = 0;
    while let Some(i) = bytes.get(at..).and_then(|rest| {
        first_of(
            rest,
            |w| equal(w, b'D') | equal(w, b'F'),
            |b| b == b'D' || b == b'F',
        )
    }) {
        let code = at + i;
        at = code + 1;
        let rest = bytes.get(code..).unwrap_or(&[]);
        let (len, read): (usize, Reader) = if passports && rest.starts_with(b"DOCS") {
            (4, document)
        } else if passports && rest.starts_with(b"FOID") {
            (4, identification)
        } else if cards && rest.starts_with(b"FP ") {
            (3, payment)
        } else if cards && rest.starts_with(b"FOP ") {
            (4, payment)
        } else {
            continue;
        };
        // A code ends a word before it (`3DOCS`, Sabre's entry) but starts none
        // after a letter of its own (`ADOCS`, `ZFP`).
        let before = code.checked_sub(1).and_then(|b| bytes.get(b));
        if before.is_some_and(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        let from = code + len;
        let line = bytes.get(from..).unwrap_or(&[]);
        let line = line.split(|&b| b == b'\n').next().unwrap_or(&[]);
        if let Some(f) = read(line, from) {
            out.push(f);
        }
    }
    out
}

/// What reads an element's value from the rest of its line (given with its
/// offset in the text).
type Reader = fn(&[u8], usize) -> Option<Finding>;

/// Where the first of `line`'s fields that starts with `code` (at the line's start
/// or after a space, `/` or `-`) and then holds what `then` asks of the bytes
/// after the code begins: the byte after the code.
fn field(line: &[u8], code: &[u8; 2], then: impl Fn(&[u8]) -> bool) -> Option<usize> {
    let mut i = 0;
    while i + 2 < line.len() {
        let starts = i == 0 || matches!(line.get(i - 1), Some(b' ' | b'/' | b'-'));
        if starts && line.get(i..i + 2) == Some(code) && then(line.get(i + 2..)?) {
            return Some(i + 2);
        }
        i += 1;
    }
    None
}

/// A `DOCS` element's passport number: in `line` (from byte `at` of the text), the
/// field after `P/` and the issuing country (`P/JPN/TK1234567/`).
fn document(line: &[u8], at: usize) -> Option<Finding> {
    let country = field(line, b"P/", |_| true)?;
    let len = line
        .get(country..)?
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    if !(2..=3).contains(&len) || line.get(country + len) != Some(&b'/') {
        return None;
    }
    let number = country + len + 1;
    let n = value_len(line.get(number..)?);
    let ends = matches!(line.get(number + n), None | Some(b'/' | b' ' | b'\r'));
    (ends && n > 0).then(|| found(Kind::Passport, at + number, n))
}

/// A `FOID` element's passport number: `PP` and the number after it, a space
/// between or none (`HK1/PPMZ5306458`, `FOID PP MZ5306458`).
fn identification(line: &[u8], at: usize) -> Option<Finding> {
    let mut number = field(line, b"PP", |_| true)?;
    if line.get(number) == Some(&b' ') {
        number += 1;
    }
    let n = value_len(line.get(number..)?);
    (n > 0).then(|| found(Kind::Passport, at + number, n))
}

/// A `FP` element's card number: `CC`, a brand's two letters, then 13 to 19
/// digits (`FP CCVI4111111111111111/0829`, `FP O/CCJB3558…`).
fn payment(line: &[u8], at: usize) -> Option<Finding> {
    // (The brand's letters and one byte more: a number.)
    let brand = |rest: &[u8]| {
        rest.len() > 2
            && rest
                .get(..2)
                .is_some_and(|b| b.iter().all(u8::is_ascii_uppercase))
    };
    let number = field(line, b"CC", brand)? + 2;
    let n = line
        .get(number..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let ends = !line.get(number + n).is_some_and(u8::is_ascii_alphanumeric);
    ((13..=19).contains(&n) && ends).then(|| found(Kind::CreditCard, at + number, n))
}

/// How long a document's number at the start of `rest` is: 6 to 15 letters and
/// digits, 5 digits at least; else 0.
fn value_len(rest: &[u8]) -> usize {
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let digits = rest.iter().take(n).filter(|b| b.is_ascii_digit()).count();
    if (6..=15).contains(&n) && digits >= 5 {
        n
    } else {
        0
    }
}

fn found(kind: Kind, start: usize, len: usize) -> Finding {
    Finding {
        kind,
        start,
        end: start + len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values_of(text: &str) -> Vec<(Kind, &str)> {
        values(text, KindSet::defaults())
            .into_iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn the_elements_that_hold_values() {
        let pnr = " 8 SSR DOCS JL HK1 P/JPN/TK70689097/JPN/03APR78/M/10OCT29/YAMADA/TARO/P1\n\
                   1.1WATANABE/YUKO MS   SSR FOID NH HK1/PPMZ5306458  SEAT 22A\n\
                   12 FP CCVI4399776853629539/0829*CV/N48213\n\
                    FP O/CCJB3558283587073992/1127+CASH/JPY1000";
        assert_eq!(
            values_of(pnr),
            [
                (Kind::Passport, "TK70689097"),
                (Kind::Passport, "MZ5306458"),
                (Kind::CreditCard, "4399776853629539"),
                (Kind::CreditCard, "3558283587073992"),
            ]
        );
    }

    #[test]
    fn what_the_elements_do_not_hold() {
        // Another document's type, a frequent flyer's number, a cash payment, an
        // address (`DOCA`), and the codes inside words.
        for text in [
            "SSR DOCS JL HK1 I/JPN/AB1234567/JPN/03APR78",
            "SSR FQTV JL HK/JL401288573/P1",
            "FP CASH",
            "SSR DOCA JL HK1 R/JPN/1-2-3 SHIBUYA",
            "ADOCS P/JPN/TK1234567/",
            "FP CCVI4111/0829",
        ] {
            assert_eq!(values_of(text), [], "{text}");
        }
    }
}
