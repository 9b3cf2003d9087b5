//! Text written vertically (縦書き) and read by OCR one character per line: a card's
//! or a form's label and value come out as a column of lines of one character
//! each (`保⏎険⏎者⏎番⏎号⏎3⏎1⏎1⏎…`). Such a column is read as the line it was
//! written as, its characters spaced as OCR spaces them (`保 険 者 番 号 3 1 1 …`):
//! the reading has the same offsets as the text, so that what it finds is where
//! it stands in the text.

use crate::prelude::*;

/// Lines of one character each, this many in a row at least, are a column written
/// vertically (a short list of `1`, `2`, `3` is not).
const MIN_LINES: usize = 4;

/// `text` with the line breaks inside its vertical columns read as spaces; `None`
/// when it has no such column.
///
/// A column is [`MIN_LINES`] lines or more in a row with one character each
/// (spaces aside); the break after each of its lines but the last becomes a space,
/// so that the column reads as one line between the lines around it.
pub(crate) fn spaced(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    // The line breaks after the lines of the columns (and the text's end after a
    // column's last line, which is taken back as its last line's break).
    let mut breaks = Vec::new();
    // Where the current column's breaks begin in `breaks`, and its lines.
    let (mut mark, mut lines) = (0, 0);
    let mut start = 0;
    // One past the end, an empty line closes the last column.
    for end in 0..=bytes.len() + 1 {
        if bytes.get(end).is_some_and(|&b| b != b'\n') {
            continue;
        }
        // One character, spaces aside: as many bytes as its first says.
        let (mut n, mut first) = (0, 0);
        for &b in bytes.get(start..end).unwrap_or(&[]) {
            if !matches!(b, b' ' | b'\t' | b'\r') {
                first = if n == 0 { b } else { first };
                n += 1;
            }
        }
        // (A UTF-8 lead byte's leading ones count its bytes; ASCII has none.)
        let one = n > 0 && n == first.leading_ones().max(1);
        if one {
            lines += 1;
            breaks.push(end);
        } else {
            if lines >= MIN_LINES {
                // The break after its last line stays.
                breaks.pop();
            } else {
                breaks.truncate(mark);
            }
            (mark, lines) = (breaks.len(), 0);
        }
        start = end + 1;
    }
    if breaks.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &b in &breaks {
        out.push_str(text.get(at..b).unwrap_or(""));
        out.push(' ');
        at = b + 1;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::spaced;
    use crate::redact::{Kind, Redactor};

    #[test]
    fn a_column_of_single_characters_reads_as_one_spaced_line() {
        let text = "処方箋\n保\n険\n者\n番\n号\n0\n1\n1\n3\n0\n0\n1\n2\n以上";
        assert_eq!(
            spaced(text).as_deref(),
            Some("処方箋\n保 険 者 番 号 0 1 1 3 0 0 1 2\n以上")
        );
        assert_eq!(spaced("1\n2\n3\nおわり"), None, "three lines are no column");
        assert_eq!(spaced("お問い合わせです。\n電話します。"), None);
        // At the text's end, and with spaces around the characters.
        assert_eq!(
            spaced("一覧\n 保\n険 \n者\n番").as_deref(),
            Some("一覧\n 保 険  者 番")
        );
        assert_eq!(
            spaced("a\nb\nc\nde\nf"),
            None,
            "a line of two characters ends a column"
        );
    }

    #[test]
    fn a_value_written_vertically_is_masked_over_its_lines() {
        let text = "縦書きのOCR\n保\n険\n者\n番\n号\n0\n1\n1\n3\n0\n0\n1\n2\n以上";
        let r = Redactor::default().redact(text);
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings);
        assert_eq!(r.findings[0].kind, Kind::InsurerNumber);
        assert_eq!(
            &text[r.findings[0].start..r.findings[0].end],
            "0\n1\n1\n3\n0\n0\n1\n2"
        );
        assert_eq!(
            r.text,
            "縦書きのOCR\n保\n険\n者\n番\n号\n*\n*\n*\n*\n*\n*\n*\n*\n以上"
        );
    }

    #[test]
    fn values_on_their_own_lines_under_vertical_labels_are_masked() {
        let text = "公\n費\n負\n担\n者\n番\n号\n21136015\n受\n給\n者\n番\n号\n1234566";
        let r = Redactor::default().redact(text);
        assert_eq!(r.findings.len(), 2, "{:?}", r.findings);
        assert!(
            !r.text.contains("21136015") && !r.text.contains("1234566"),
            "{}",
            r.text
        );
    }
}
