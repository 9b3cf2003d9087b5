//! Text written vertically (縦書き) and read by OCR one character per line: a card's
//! or a form's label and value come out as a column of lines of one character
//! each (`保⏎険⏎者⏎番⏎号⏎3⏎1⏎1⏎…`). Such a column is read as the line it was
//! written as, its characters spaced as OCR spaces them (`保 険 者 番 号 3 1 1 …`):
//! the reading has the same offsets as the text, so that what it finds is where
//! it stands in the text.

use crate::prelude::*;
use crate::redact::lines::Lines;
use crate::redact::reading;

/// Lines of one character each, this many in a row at least, are a column written
/// vertically (a short list of `1`, `2`, `3` is not).
const MIN_LINES: usize = 4;

/// `text` with the line breaks inside its vertical columns read as spaces; `None`
/// when it has no such column. `lines` are its lines as the scanner read them
/// (each line's start and end, without its break), so that a text without short
/// lines costs a look at each line's length.
///
/// A column is [`MIN_LINES`] lines or more in a row with one character each
/// (spaces aside); the break after each of its lines but the last becomes a space,
/// so that the column reads as one line between the lines around it.
pub(crate) fn spaced(text: &str, lines: Option<&Lines>) -> Option<String> {
    let lines = lines.map_or(&[][..], |l| &l.spans[..]);
    let bytes = text.as_bytes();
    // The line breaks after the lines of the columns (and the end of a column's
    // last line, which is taken back: its break stays).
    let mut breaks = Vec::new();
    // Where the current column's breaks begin in `breaks`, and its lines.
    let (mut mark, mut lines_in) = (0, 0);
    // One past the last line, an empty one closes the last column.
    for k in 0..=lines.len() {
        let (start, end) = lines.get(k).copied().unwrap_or((0, 0));
        // One character, spaces aside: as many bytes as its first says (a
        // character is four bytes at most).
        let (mut n, mut first) = (0, 0);
        for &b in bytes
            .get(start..end)
            .filter(|l| l.len() <= 12)
            .unwrap_or(&[])
        {
            if !matches!(b, b' ' | b'\t' | b'\r') {
                first = if n == 0 { b } else { first };
                n += 1;
            }
        }
        // (A UTF-8 lead byte's leading ones count its bytes; ASCII has none.)
        if n > 0 && n == first.leading_ones().max(1) {
            lines_in += 1;
            breaks.push((end, ' '));
        } else {
            if lines_in >= MIN_LINES {
                // The break after its last line stays.
                breaks.pop();
            } else {
                breaks.truncate(mark);
            }
            (mark, lines_in) = (breaks.len(), 0);
        }
    }
    if breaks.is_empty() {
        return None;
    }
    // A line break, one byte: a space, one byte (`\r\n` keeps its `\r`).
    Some(reading::with_chars(text, &breaks))
}

#[cfg(test)]
mod tests {
    use crate::redact::lines::Lines;
    use crate::redact::{Kind, Redactor};

    /// [`super::spaced`] of `text`, its lines cut at each `\n`.
    fn spaced(text: &str) -> Option<String> {
        let mut lines = Lines::default();
        let mut start = 0;
        for (i, _) in text.match_indices('\n') {
            lines.spans.push((start, i));
            start = i + 1;
        }
        lines.spans.push((start, text.len()));
        super::spaced(text, Some(&lines))
    }

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
