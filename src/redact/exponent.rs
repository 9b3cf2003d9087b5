//! Long numbers a spreadsheet shows in exponent form: a cell of twelve digits or
//! more in the General format reads `8.6019E+11`, and so it is pasted or exported
//! (`白石 恵⇥8.6019E+11⇥セル書式要修正`, ⇥ a tab). What is left of the value — its first
//! digits — is still its holder's, and its length says its kind: twelve digits a
//! My Number (or, without that kind, a driver's licence), fifteen to nineteen a
//! payment card. Thirteen or fourteen are a JAN or GTIN code as often, and are
//! left; shorter numbers are shown whole.

use super::lines::Lines;
use super::{Finding, Kind, KindSet};
use crate::prelude::*;

/// The values in exponent form in `text` (`d.dddE+nn`, `e` in either case), for the
/// kinds of `kinds`, in order; looked for on the lines (`lines`, with their shapes)
/// with a digit: a spreadsheet's cells pasted, or a note about one (`D5セルの
/// マイナンバーが 4.50884E+11 表示に`).
///
/// ```text
/// 8.6019E+11   → a My Number      4.98061E+15 → a card
/// 1.5E+3       → none (four digits)
/// 4.98731E+12  → none (thirteen digits: a JAN code as often as a card)
/// ```
pub(crate) fn values(text: &str, lines: &Lines, kinds: KindSet) -> Vec<Finding> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (&(s, e), shape) in lines.spans.iter().zip(&lines.shapes) {
        if !shape.digit {
            continue;
        }
        // Each `+`, looked for eight bytes at a time.
        let mut at = s;
        while let Some(i) = b.get(at..e).and_then(|line| {
            use crate::bytes::{equal, first_of};
            first_of(line, |w| equal(w, b'+'), |x| x == b'+')
        }) {
            let plus = at + i;
            at = plus + 1;
            let Some((start, end, digits)) = at_plus(b, plus) else {
                continue;
            };
            let kind = match digits {
                12 if kinds.contains(&Kind::MyNumber) => Kind::MyNumber,
                12 => Kind::DriversLicense,
                _ => Kind::CreditCard,
            };
            if kinds.contains(&kind) {
                out.push(Finding { kind, start, end });
            }
        }
    }
    out
}

/// The number in exponent form whose `+` is byte `plus` of `b`: its start, end and
/// how many digits it stands for (12, or 15 to 19), if it is one.
fn at_plus(b: &[u8], plus: usize) -> Option<(usize, usize, u32)> {
    // Two digits of exponent after the `+`, and no third.
    let (Some(&[e1 @ b'0'..=b'9', e2 @ b'0'..=b'9']), after) =
        (b.get(plus + 1..plus + 3), b.get(plus + 3))
    else {
        return None;
    };
    if after.is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let exponent = u32::from(e1 - b'0') * 10 + u32::from(e2 - b'0');
    if exponent != 11 && !(14..=18).contains(&exponent) {
        return None;
    }
    // Before it: `E` or `e`, the fraction's digits, `.`, one digit, and no letter,
    // digit or dot before that.
    let e = plus.checked_sub(1)?;
    if !matches!(b.get(e), Some(b'E' | b'e')) {
        return None;
    }
    let mut at = e;
    while at > 0 && b.get(at - 1).is_some_and(u8::is_ascii_digit) {
        at -= 1;
    }
    let fraction = e - at;
    let dot = at.checked_sub(1)?;
    let lead = dot.checked_sub(1)?;
    let boundary = lead
        .checked_sub(1)
        .and_then(|p| b.get(p))
        .is_none_or(|&c| !c.is_ascii_alphanumeric() && c != b'.');
    (fraction > 0
        && fraction < 15
        && b.get(dot) == Some(&b'.')
        && b.get(lead).is_some_and(u8::is_ascii_digit)
        && boundary)
        .then_some((lead, plus + 3, exponent + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Kind, &str)> {
        values(
            text,
            &crate::redact::lines::spans(text),
            KindSet::defaults(),
        )
        .into_iter()
        .map(|f| (f.kind, &text[f.start..f.end]))
        .collect()
    }

    #[test]
    fn twelve_digits_and_more_in_exponent_form() {
        assert_eq!(
            found("白石 恵\t8.6019E+11\tセル書式要修正"),
            [(Kind::MyNumber, "8.6019E+11")]
        );
        assert_eq!(
            found("島崎 亮\t4.98061e+15\t2027/09"),
            [(Kind::CreditCard, "4.98061e+15")]
        );
        assert_eq!(
            found("D5セルのマイナンバーが 4.50884E+11 表示になってます"),
            [(Kind::MyNumber, "4.50884E+11")]
        );
        // Shorter numbers, other exponents, and what is no such number.
        for text in [
            "1.5E+3",
            "6.02E+23",
            "v1.2E+11",
            "8.6019E+112",
            "8.E+11",
            "E+11",
            "12.5E+11",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
