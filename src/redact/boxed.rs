//! Digits written one to a box, as a form's boxes print them and OCR reads them
//! (`基礎年金番号　｜7｜0｜9｜3｜－｜3｜0｜8｜3｜7｜1｜`, `[4][5][1][9]-[6][9]…`,
//! `□1□5□4□0□6□3□5□8□`, a PDF's boxes copied as squares):
//! the bars and brackets between the boxes are read as nothing, in a reading with
//! the same offsets, so that the digits read as the one number they are
//! (`｜7⁠0⁠9⁠3⁠－⁠3⁠0⁠8⁠3⁠7⁠1｜`).

use crate::prelude::*;

/// Boxes of one digit each, this many in a row at least, are a number written in
/// boxes (a table's row of counts, `| 1 | 2 |`, has spaces in its cells).
const MIN_DIGITS: usize = 6;

/// `text` with the bars and brackets between its boxed digits read as invisible
/// characters of the same length (an ASCII one as U+0001, a full-width one as
/// U+2060), or `None` when it has none.
pub(crate) fn view(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    let (mut at, mut copied) = (0, 0);
    // The next place a box may start, looked for eight bytes at a time: a `|` or
    // `[`, or the last byte of a `｜` (EF BD 9C), `［` (EF BC BB) or `□` (E2 96 A1).
    let next = |from: usize| {
        use crate::bytes::{equal, first_of};
        let k = from
            + first_of(
                b.get(from..)?,
                |w| {
                    equal(w, b'|')
                        | equal(w, b'[')
                        | equal(w, 0x9C)
                        | equal(w, 0xBB)
                        | equal(w, 0xA1)
                },
                |x| matches!(x, b'|' | b'[' | 0x9C | 0xBB | 0xA1),
            )?;
        Some(
            if matches!(b.get(k), Some(b'|' | b'[')) {
                k
            } else {
                k.saturating_sub(2)
            }
            .max(from),
        )
    };
    while let Some(found) = next(at) {
        at = found;
        // The marks between the boxes that start here, and where they end.
        let mut marks = Vec::new();
        let Some(end) = boxes(text, at, &mut marks) else {
            at += 1;
            continue;
        };
        for &(i, n) in &marks {
            out.push_str(crate::substring::slice(text, copied, i));
            out.push(if n == 1 { '\u{1}' } else { '\u{2060}' });
            copied = i + n;
        }
        at = end;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(crate::substring::slice(text, copied, text.len()));
    Some(out)
}

/// The boxes of one digit each that start at byte `at` of `text`, parted by bars
/// (`｜7｜0｜`) or in brackets (`[4][5]-[6]`, `[4][5] [6]`), a dash's box among
/// them: the marks between them (each its offset and length) pushed to `marks`,
/// and where the boxes end; `None` when fewer than [`MIN_DIGITS`] digits stand so.
fn boxes(text: &str, at: usize, marks: &mut Vec<(usize, usize)>) -> Option<usize> {
    let b = text.as_bytes();
    let (open, close) = match b.get(at..)? {
        [b'|', ..] | [0xEF, 0xBD, 0x9C, ..] | [0xE2, 0x96, 0xA1, ..] => (None, None),
        [b'[', ..] => (Some(1), Some((b']', 1))),
        [0xEF, 0xBC, 0xBB, ..] => (Some(3), Some((0xBD, 3))),
        _ => return None,
    };
    // A bar's length at `i`, or a closing bracket's then an opening one's (a dash
    // between them its own box: `]-[`).
    let bar = |i: usize| match b.get(i..) {
        Some([b'|', ..]) => Some(1),
        Some([0xEF, 0xBD, 0x9C, ..] | [0xE2, 0x96, 0xA1, ..]) => Some(3),
        _ => None,
    };
    // A digit in ASCII or full width; the length of a dash that parts groups at
    // byte `i` (a box of its own, or between two boxes), or 0.
    let written = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let dash_at = |i: usize| {
        text.get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| matches!(c, '-' | '－' | '‐' | '−'))
            .map_or(0, char::len_utf8)
    };
    let mut end = at + open.or_else(|| bar(at))?;
    let mut digits = 0;
    // A letter OCR reads for a digit may stand in one box (`８|８|２|２|１|７|７|Ｓ`).
    let mut misread = 0;
    while let Some(c) = text.get(end..).and_then(|r| r.chars().next()) {
        let letter = matches!(
            c,
            'O' | 'I' | 'l' | 'S' | 'B' | 'Z' | 'Ｏ' | 'Ｉ' | 'ｌ' | 'Ｓ' | 'Ｂ' | 'Ｚ'
        ) && misread == 0;
        misread += usize::from(letter);
        let digit = written(c) || letter;
        let dash = matches!(c, '-' | '－' | 'ー' | '‐' | '−');
        if !digit && !dash {
            break;
        }
        let after = end + c.len_utf8();
        // A dash between two boxes' digits with no bar of its own (`5□8□2□5－2□2`):
        // it stays, and the boxes go on after it.
        if digit && bar(after).is_none() && close.is_none() {
            let dash_len = dash_at(after);
            let next_digit = text
                .get(after + dash_len..)
                .and_then(|r| r.chars().next())
                .is_some_and(written);
            if dash_len > 0 && next_digit {
                digits += 1;
                end = after + dash_len;
                continue;
            }
        }
        let joint = match close {
            None => bar(after).map(|n| (n, 0)),
            Some((last, n)) => {
                let closes = match n {
                    1 => b.get(after) == Some(&last),
                    _ => b.get(after..after + 3) == Some(&[0xEF, 0xBC, last]),
                };
                // The next box's bracket, right after or past a dash.
                let opens = |i: usize| match n {
                    1 => b.get(i) == Some(&b'['),
                    _ => b.get(i..i + 3) == Some(&[0xEF, 0xBC, 0xBB]),
                };
                // (Or one space, which parts groups as a dash does: `[1] [4]`.)
                let dash_len = match b.get(after + n..) {
                    Some([b' ', ..]) => 1,
                    Some([0xE3, 0x80, 0x80, ..]) => 3,
                    _ => dash_at(after + n),
                };
                if !closes {
                    None
                } else if opens(after + n) {
                    Some((n, n))
                } else if dash_len > 0 && opens(after + n + dash_len) {
                    Some((n, dash_len + n))
                } else {
                    // The last box.
                    Some((n, usize::MAX))
                }
            }
        };
        let Some((n, opening)) = joint.filter(|_| digit || dash) else {
            break;
        };
        digits += usize::from(digit);
        if opening == usize::MAX {
            end = after + n;
            break;
        }
        marks.push((after, n));
        if opening > n {
            // `]-[`: the dash stays, the brackets go.
            marks.push((after + opening, n));
            end = after + opening + n;
        } else if opening == n {
            marks.push((after + n, n));
            end = after + 2 * n;
        } else {
            end = after + n;
        }
    }
    if digits < MIN_DIGITS {
        marks.clear();
        return None;
    }
    // The bar after the last box closes the number: it stays.
    if close.is_none() {
        marks.pop();
    }
    Some(end)
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

    #[test]
    fn brackets_between_boxed_digits_read_as_nothing() {
        let text = "基礎年金番号の欄：[4][5][1][9]-[6][9][8][1][3][8]";
        let v = view(text).expect("a view");
        assert_eq!(v.len(), text.len());
        assert_eq!(
            v,
            "基礎年金番号の欄：[4\u{1}\u{1}5\u{1}\u{1}1\u{1}\u{1}9\u{1}-\u{1}6\u{1}\u{1}9\u{1}\u{1}8\u{1}\u{1}1\u{1}\u{1}3\u{1}\u{1}8]"
        );
        // A bare dash between groups, and one letter OCR read for a digit.
        let dashed = "基礎年金番号⏎|5□8□2□5－2□2□6□2□5□9|";
        assert_eq!(
            view(dashed).map(|v| v.replace('\u{2060}', "")),
            Some("基礎年金番号⏎|5825－226259|".to_owned())
        );
        let letter = "負担者番号|９|３|Ｉ|４|０|９|３|７|";
        assert_eq!(
            view(letter).map(|v| v.replace(['\u{2060}', '\u{1}'], "")),
            Some("負担者番号|９３Ｉ４０９３７|".to_owned())
        );
        let squares = "負担者番号□5□2□0□4□8□9□2□3□";
        assert_eq!(
            view(squares).map(|v| v.replace('\u{2060}', "")),
            Some("負担者番号□52048923□".to_owned())
        );
        let wide = "［7］［4］［7］［0］［5］［1］";
        assert_eq!(view(wide).map(|v| v.len()), Some(wide.len()));
        assert_eq!(view("[1][2][3]"), None);
    }
}
