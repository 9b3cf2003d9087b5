//! A CSV or TSV record whose quoted cell holds a line break, as a spreadsheet
//! exports an address on two lines or a header cell wrapped in its column
//! (`"9001","森 由紀","東京都葛飾区立石1-2-3⏎メゾン立石 201","9348684"`,
//! `振込先⇥"口座⏎番号"`): the record is one row of its table, not two lines that
//! look like none.
//!
//! Such a text is read with those line breaks as a space, as U+0001 between two
//! kanji or kana (a word wrapped in its cell: `口座⏎番号` reads `口座番号`), or as
//! `;` between two letters or digits (values listed a line each), the same offsets, so that each record reads as the one line it is. Only a record
//! whose cells then number as many as those of the line before or after it (its
//! header, or a record beside it) is read so.

use crate::prelude::*;
use crate::redact::chars::is_word_kana_or_kanji;
use crate::redact::lines::Lines;
use crate::redact::reading;

/// How many line breaks one quoted cell may hold (an address, a note of a few
/// lines); a quote left open longer is taken for no cell.
const MAX_BREAKS: usize = 4;

/// `text` with each line break inside a quoted cell of a delimited record read as
/// a space, U+0001 or `;`; `None` when no record holds one. `lines` are its lines as the
/// scanner read them.
pub(crate) fn view(text: &str, lines: Option<&Lines>) -> Option<String> {
    let lines = lines?;
    let spans = &lines.spans;
    let bytes = text.as_bytes();
    let line = |i: usize| spans.get(i).map(|&(s, e)| bytes.get(s..e).unwrap_or(&[]));
    // Only a line with a tab or a comma opens such a record (as the scanner counted
    // them: most lines are looked at no further).
    let delimited = |i: usize| {
        lines
            .shapes
            .get(i)
            .is_some_and(|s| s.has('\t') || s.has(','))
    };
    let mut edits = Vec::new();
    let mut i = 0;
    while let Some(first) = line(i) {
        if !delimited(i) {
            i += 1;
            continue;
        }
        let Some(d) = delimiter(first) else {
            i += 1;
            continue;
        };
        if quotes(first) % 2 == 0 {
            i += 1;
            continue;
        }
        // The line the record ends on: where its quotes are all closed (a line may
        // close one cell and open the next: `番号"⇥"名義`).
        let mut open = true;
        let mut last = i;
        while open && last < i + MAX_BREAKS {
            last += 1;
            match line(last) {
                Some(l) => open ^= quotes(l) % 2 == 1,
                None => break,
            }
        }
        if open {
            i += 1;
            continue;
        }
        let (Some(&(start, _)), Some(&(_, end))) = (spans.get(i), spans.get(last)) else {
            break;
        };
        let cells = cells(bytes.get(start..end).unwrap_or(&[]), d);
        // Cells as many as a whole line's beside it (a line with no quote open).
        let beside = |j: Option<usize>| {
            j.and_then(line)
                .filter(|l| quotes(l) % 2 == 0)
                .is_some_and(|l| cells > 1 && self::cells(l, d) == cells)
        };
        if beside(i.checked_sub(1)) || beside(Some(last + 1)) {
            for j in i..last {
                let (Some(&(_, e)), Some(&(next, _))) = (spans.get(j), spans.get(j + 1)) else {
                    break;
                };
                // (A line's span holds the `\r` of its `\r\n`.)
                let e = if e > 0 && bytes.get(e - 1) == Some(&b'\r') {
                    e - 1
                } else {
                    e
                };
                // Between two kanji or kana, a word wrapped in its cell; between two
                // letters or digits, values a cell lists a line each
                // (`"965332721580⏎581654802242"`): `;` keeps them apart.
                let c = match (
                    crate::substring::char_before(text, e),
                    crate::substring::char_at(text, next),
                ) {
                    (Some(a), Some(b)) if is_word_kana_or_kanji(a) && is_word_kana_or_kanji(b) => {
                        '\u{1}'
                    }
                    (Some(a), Some(b)) if latin_or_digit(a) && latin_or_digit(b) => ';',
                    _ => ' ',
                };
                for at in e..next {
                    if matches!(bytes.get(at), Some(b'\n' | b'\r')) {
                        edits.push((at, if at == e { c } else { ' ' }));
                    }
                }
            }
            i = last + 1;
        } else {
            i += 1;
        }
    }
    (!edits.is_empty()).then(|| reading::with_chars(text, &edits))
}

/// How many `"` a line has.
fn quotes(line: &[u8]) -> usize {
    line.iter().filter(|&&b| b == b'"').count()
}

/// The delimiter of a record that opens a quoted cell on `line`: a tab if it has
/// one, else a comma; `None` when a quote opens no cell (after anything but the
/// line's start or the delimiter) or the line has no delimiter before it.
fn delimiter(line: &[u8]) -> Option<u8> {
    let d = if line.contains(&b'\t') { b'\t' } else { b',' };
    // Where the last quote left open starts.
    let mut inside = false;
    let mut opened = None;
    for (i, &b) in line.iter().enumerate() {
        if b == b'"' {
            inside = !inside;
            if inside {
                opened = Some(i);
            }
        }
    }
    let at = opened.filter(|_| inside)?;
    let before = line.get(..at)?;
    let starts_cell = before.last().is_none_or(|&b| b == d);
    (starts_cell && before.contains(&d)).then_some(d)
}

/// How many cells a record has, its delimiters inside quotes not counted.
fn cells(record: &[u8], d: u8) -> usize {
    let mut inside = false;
    let mut n = 1;
    for &b in record {
        if b == b'"' {
            inside = !inside;
        } else if b == d && !inside {
            n += 1;
        }
    }
    n
}

/// A Latin letter or a digit, half- or full-width.
fn latin_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

#[cfg(test)]
mod tests {
    use super::view;
    use crate::redact::lines;

    fn read(text: &str) -> Option<String> {
        view(text, Some(&lines::spans(text)))
    }

    #[test]
    fn a_break_inside_a_quoted_cell_reads_as_one_record() {
        let csv = "\"id\",\"jusho\",\"口座番号\"\n\"9001\",\"立石1-2-3\nメゾン 201\",\"9348684\"";
        assert_eq!(
            read(csv).as_deref(),
            Some("\"id\",\"jusho\",\"口座番号\"\n\"9001\",\"立石1-2-3 メゾン 201\",\"9348684\"")
        );
        // Values a cell lists a line each stay apart.
        assert_eq!(
            read("a,b\n1,\"965332721580\r\n581654802242\"").as_deref(),
            Some("a,b\n1,\"965332721580; 581654802242\"")
        );
        // A header cell wrapped in its column: the word reads whole.
        let tsv = "振込先\t\"口座\n番号\"\t\"名義\n(カナ)\"\n城南信金\t3048057\tｲﾉｳｴ";
        assert_eq!(
            read(tsv).as_deref(),
            Some("振込先\t\"口座\u{1}番号\"\t\"名義 (カナ)\"\n城南信金\t3048057\tｲﾉｳｴ")
        );
    }

    #[test]
    fn quotes_that_open_no_cell_stay() {
        // Prose quoting across lines: no delimiter.
        assert_eq!(read("彼は「\"はい\nいいえ\"」と言った"), None);
        // Cells unlike any line's beside the record.
        assert_eq!(read("a,\"b\nc\",d\nx"), None);
        // A quote never closed within a few lines.
        assert_eq!(read("a,\"b\n1\n2\n3\n4\n5\",c\ne,f,g"), None);
        assert_eq!(read("no quotes, here\nat all"), None);
    }
}
