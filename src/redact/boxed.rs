//! Digits written one to a box, as a form's boxes print them and OCR reads them
//! (`基礎年金番号　｜7｜0｜9｜3｜－｜3｜0｜8｜3｜7｜1｜`): the bars between the boxes
//! are read as nothing, in a reading with the same offsets, so that the digits
//! read as the one number they are (`｜7⁠0⁠9⁠3⁠－⁠3⁠0⁠8⁠3⁠7⁠1｜`).

use crate::prelude::*;

/// Boxes of one digit each, this many in a row at least, are a number written in
/// boxes (a table's row of counts, `| 1 | 2 |`, has spaces in its cells).
const MIN_DIGITS: usize = 6;

/// `text` with the bars between its boxed digits read as invisible characters of
/// the same length (`|` as U+0001, `｜` as U+2060), or `None` when it has none.
pub(crate) fn view(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    let (mut at, mut copied) = (0, 0);
    // The next bar from `from`, looked for eight bytes at a time (a `|`, or the
    // last byte of a `｜`): where it starts, and its length.
    let next_bar = |mut from: usize| {
        use crate::bytes::{equal, first_of};
        loop {
            let rest = b.get(from..)?;
            let k = from
                + first_of(
                    rest,
                    |w| equal(w, b'|') | equal(w, 0x9C),
                    |x| matches!(x, b'|' | 0x9C),
                )?;
            let start = if b.get(k) == Some(&b'|') {
                k
            } else {
                k.wrapping_sub(2)
            };
            match bar(b, start) {
                Some(len) if start >= from => return Some((start, len)),
                _ => from = k + 1,
            }
        }
    };
    while let Some((found, len)) = next_bar(at) {
        at = found;
        // The boxes after this bar: one character each, then a bar.
        let (mut inner, mut digits, mut end) = (Vec::new(), 0, at + len);
        while let Some(c) = text.get(end..).and_then(|r| r.chars().next()) {
            let digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
            let dash = matches!(c, '-' | '－' | 'ー' | '‐' | '−');
            let next = end + c.len_utf8();
            let Some(close) = bar(b, next).filter(|_| digit || dash) else {
                break;
            };
            digits += usize::from(digit);
            inner.push((next, close));
            end = next + close;
        }
        if digits >= MIN_DIGITS {
            // All but the last bar, which closes the number.
            inner.pop();
            for &(i, n) in &inner {
                out.push_str(crate::substring::slice(text, copied, i));
                out.push(if n == 1 { '\u{1}' } else { '\u{2060}' });
                copied = i + n;
            }
        }
        at = end.max(at + len);
    }
    if copied == 0 {
        return None;
    }
    out.push_str(crate::substring::slice(text, copied, text.len()));
    Some(out)
}

/// The length of the box's bar at byte `at` of `b`: `|` or `｜` (`EF BD 9C`).
fn bar(b: &[u8], at: usize) -> Option<usize> {
    match b.get(at..)? {
        [b'|', ..] => Some(1),
        [0xEF, 0xBD, 0x9C, ..] => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_between_boxed_digits_read_as_nothing() {
        let text = "基礎年金番号　｜7｜0｜9｜3｜－｜3｜0｜8｜3｜7｜1｜";
        let v = view(text).expect("a view");
        assert_eq!(v.len(), text.len());
        assert_eq!(
            v,
            "基礎年金番号　｜7\u{2060}0\u{2060}9\u{2060}3\u{2060}－\u{2060}3\u{2060}0\u{2060}8\u{2060}3\u{2060}7\u{2060}1｜"
        );
        assert_eq!(
            view("|1|2|3|4|5|6|"),
            Some("|1\u{1}2\u{1}3\u{1}4\u{1}5\u{1}6|".to_owned())
        );
        // Cells with spaces, or too few boxes: a table.
        for text in [
            "| 1 | 2 | 3 | 4 | 5 | 6 |",
            "|1|2|3|",
            "｜a｜b｜c｜d｜e｜f｜g｜",
        ] {
            assert_eq!(view(text), None, "{text}");
        }
    }
}
