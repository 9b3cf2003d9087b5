//! A number dictated in groups of written digits, with what a speaker says between
//! them: a pause (`、`, `。`), a `の`, a hyphen said (`ハイフン`), a filler (`えー`,
//! `あのー`), a correction (`いや`, `じゃなくて`). Voice input and call transcripts
//! write it so:
//!
//! ```text
//! カード番号は 3727、あのー、454608、37289 です
//! マイナンバーは 9059。3540、8736
//! 個人番号は 4956の六七三三の9366
//! ```
//!
//! Such a number is read in a reading of its own, the same offsets
//! ([`crate::redact::reading`]): what stands between two groups reads as one
//! hyphen, the rest of it as characters the scanner passes over inside a value
//! ([`FILL`], and U+0001 for a byte of ASCII), so the groups read as one grouped
//! number (`3727－⁠⁠⁠⁠454608－37289`). Whether it is a value is for the reading
//! to tell, as for any number: a label, or a check digit.
//!
//! Groups parted by spaces or hyphens alone are one number already; a reading is
//! made only where something said stands between two groups.

use crate::bytes::{below, equal, first_of};
use crate::prelude::*;
use crate::redact::kanji_digits;
use crate::redact::spoken_digits::{correction_len, corrects, hyphen, FILL};

/// What a byte of ASCII between two groups reads as (a space, a comma).
const NOTHING: char = '\u{1}';

/// How many digits a group may have: a card's six (`3727 454608 37289`) and one
/// more.
const GROUP: usize = 7;

/// How many bytes may stand between two groups besides fillers and corrections
/// (`、えーっと、`, `、いや7じゃなくて`): eight characters.
const BETWEEN: usize = 24;

/// How many digits a number read so has at least, and at most: an account's
/// seven, a card's nineteen.
const FEWEST: usize = 7;
const MOST: usize = 19;

/// The length in bytes of the digit written at byte `at` of `bytes` (ASCII, full
/// width, or kanji).
fn digit(bytes: &[u8], at: usize) -> Option<usize> {
    kanji_digits::written_at(bytes, at).map(|(_, len)| len)
}

/// The end of the group of digits at byte `at`, and how many digits it has.
/// In a reading of digits said as words ([`spoken_digits`](super::spoken_digits)),
/// the word's other kana stand as [`FILL`] between its digits (`０⁠９⁠⁠０⁠`): a
/// group goes on over them.
fn group(bytes: &[u8], mut at: usize) -> (usize, usize) {
    let mut n = 0;
    loop {
        if let Some(len) = digit(bytes, at) {
            at += len;
            n += 1;
            continue;
        }
        let mut past = at;
        while bytes.get(past..past + 3) == Some(&[0xE2, 0x81, 0xA0]) {
            past += 3;
        }
        if past == at || digit(bytes, past).is_none() {
            return (at, n);
        }
        at = past;
    }
}

/// What stands between two groups from byte `at`: where the next group starts, and
/// whether anything was said there (a pause, `の` or a filler; not spaces alone).
/// `None` when something else stands there, or too much.
fn between(bytes: &[u8], from: usize) -> Option<(usize, bool, bool)> {
    let mut at = from;
    let (mut said, mut commas, mut placed) = (false, false, false);
    // The fillers' and corrections' own bytes do not count toward [`BETWEEN`]: a
    // caller looking for their card says more (`、えっと、ちょっと待ってください、`).
    let mut words = 0;
    while at - from - words <= BETWEEN {
        if digit(bytes, at).is_some() {
            return (at > from).then_some((at, said, placed));
        }
        let len = match bytes.get(at..) {
            // 、 。 の ，; not ・, which parts a card's 記号 from its 番号
            // (`記号・番号 3224・299350`), two values.
            Some([0xE3, 0x80, 0x81 | 0x82, ..] | [0xE3, 0x81, 0xAE, ..])
            | Some([0xEF, 0xBC, 0x8C, ..]) => {
                said = true;
                3
            }
            // U+3000
            Some([0xE3, 0x80, 0x80, ..]) => 3,
            Some([b' ', ..]) => 1,
            // One comma: a CSV's run of empty cells is no pause (`0364,,,,,,011`).
            Some([b',', ..]) if !commas => {
                commas = true;
                1
            }
            // A sticker or a picture sent between two parts (`[スタンプ]`).
            Some([b'[', ..] | [0xEF, 0xBC, 0xBB, ..] | [0xE3, 0x80, 0x90, ..]) if !placed => {
                match placeholder_len(bytes, at) {
                    0 => return None,
                    n => {
                        (said, placed) = (true, true);
                        n
                    }
                }
            }
            // A hyphen said (`5655ハイフン270988`).
            _ if hyphen(bytes, at) => {
                said = true;
                12
            }
            _ => match correction_len(bytes, at) {
                0 => return None,
                n => {
                    said = true;
                    words += n;
                    n
                }
            },
        };
        at += len;
    }
    None
}

/// The length of the bracketed words at byte `at` (`[スタンプ]`, `［写真］`,
/// `【絵文字】`: a chat's placeholder for what was sent), or 0 when none stands
/// there: a digit inside, a character of two or four bytes, or no closing bracket
/// within eight characters.
fn placeholder_len(bytes: &[u8], at: usize) -> usize {
    let mut i = at + if bytes.get(at) == Some(&b'[') { 1 } else { 3 };
    while i - at <= 26 {
        match bytes.get(i..) {
            Some([b']', ..]) => return i + 1 - at,
            Some([0xEF, 0xBC, 0xBD, ..] | [0xE3, 0x80, 0x91, ..]) => return i + 3 - at,
            Some([b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..]) => return 0,
            Some([b, ..]) if b.is_ascii() => i += 1,
            Some([0xE0..=0xEF, ..]) => i += 3,
            _ => return 0,
        }
    }
    0
}

/// Whether a hyphen and a digit follow byte `end` (`-1234`, `－１２３４`).
fn hyphen_goes_on(bytes: &[u8], end: usize) -> bool {
    let len = match bytes.get(end..) {
        Some([b'-', ..]) => 1,
        Some([0xEF, 0xBC, 0x8D, ..]) => 3,
        _ => return false,
    };
    digit(bytes, end + len).is_some()
}

/// Whether a unit or a counter follows the group that ends at byte `end`: a
/// quantity or a date (`2026、4月`, `3、5枚`), no part of a number.
fn counted(text: &str, end: usize) -> bool {
    crate::substring::char_at(text, end).is_some_and(crate::redact::context::is_unit)
}

/// How many lines above a number dictated in groups its stretch reaches: the
/// question that named it (`カード番号をお願いします`), a turn or two before.
const LINES_ABOVE: usize = 3;

/// How many bytes above it the stretch reaches at most.
const BYTES_ABOVE: usize = 600;

/// A stretch of a text around numbers dictated in groups, read with what was said
/// between their groups as a hyphen and nothing ([`stretches`]).
pub(crate) struct Stretch {
    /// Where the stretch starts in the text.
    pub start: usize,
    /// The stretch, read: as long as it is in the text, byte for byte.
    pub reading: String,
    /// Where the numbers stand in the text.
    pub numbers: Vec<(usize, usize)>,
}

/// A stretch as [`stretches`] finds it: its start and end, its numbers, and where
/// its edits start.
type Found = (usize, usize, Vec<(usize, usize)>, usize);

/// The stretches of `text` around its numbers dictated in groups, in order and
/// apart: each from a few lines above its first number (a label's question) to
/// the end of the line after its last.
pub(crate) fn stretches(text: &str) -> Vec<Stretch> {
    let bytes = text.as_bytes();
    // Each stretch as found: its start and end, its numbers, and where its edits
    // start in `edits` (they end where the next one's start).
    let mut found: Vec<Found> = Vec::new();
    let mut edits: Vec<(usize, char)> = Vec::new();
    let mut at = 0;
    // A number starts with a digit in ASCII or full width (EF BC 90–99), looked
    // for eight bytes at a time among the bytes below `:` and EF. (One in kanji is
    // read as full width where the scanner saw two in a row: [`kanji_digits`].)
    while let Some(i) = bytes.get(at..).and_then(|rest| {
        first_of(
            rest,
            |w| below(w, b':') | equal(w, 0xEF),
            |b| b < b':' || b == 0xEF,
        )
    }) {
        at += i;
        let Some(len) = digit(bytes, at) else {
            at += 1;
            continue;
        };
        // A group that goes on from a letter or a mark is an identifier's, a
        // date's or a time's (`REC#000318`, `10:30`).
        if at > 0
            && bytes
                .get(at - 1)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b"#_-/.:".contains(&b))
        {
            at += len;
            continue;
        }
        let start = at;
        let (mut end, first) = group(bytes, at);
        let (mut digits, mut groups, mut said) = (first, 1, false);
        let breaks_from = edits.len();
        // The digits of the group before.
        let mut last = first;
        while !counted(text, end) {
            let Some((next, said_here, placed)) = between(bytes, end) else {
                break;
            };
            let (next_end, n) = group(bytes, next);
            // A group that goes on past a hyphen starts a number of its own (a
            // phone's first group: `0、0000000、090-1234-5678`).
            if hyphen_goes_on(bytes, next_end) {
                break;
            }
            // Halves of eight around what a chat sent between them
            // (`49686416 [スタンプ] 17252518`).
            let most = if placed { GROUP + 1 } else { GROUP };
            if last > most || n > most || digits + n > MOST || counted(text, next_end) {
                break;
            }
            // A whole number corrected by another (`6633639 じゃなくて 6233639`):
            // two values, the words between them none.
            if digits >= FEWEST && n >= FEWEST && corrects(bytes.get(end..next).unwrap_or(&[])) {
                break;
            }
            mark_between(bytes, end, next, &mut edits);
            said |= said_here;
            last = n;
            digits += n;
            groups += 1;
            end = next_end;
        }
        let followed = bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if !(said && groups >= 2 && digits >= FEWEST && !followed) {
            edits.truncate(breaks_from);
        } else {
            let (from, to) = reach(bytes, start, end);
            match found.last_mut() {
                Some(last) if from <= last.1 => {
                    last.1 = last.1.max(to);
                    last.2.push((start, end));
                }
                _ => found.push((from, to, vec![(start, end)], breaks_from)),
            }
        }
        at = end;
    }
    let mut out = Vec::with_capacity(found.len());
    let ends: Vec<usize> = found.iter().skip(1).map(|f| f.3).collect();
    let mut next_edits = ends.into_iter();
    for (from, to, numbers, first_edit) in found {
        let last_edit = next_edits.next().unwrap_or(edits.len());
        let shifted: Vec<(usize, char)> = edits
            .get(first_edit..last_edit)
            .unwrap_or(&[])
            .iter()
            .map(|&(p, c)| (p - from, c))
            .collect();
        out.push(Stretch {
            start: from,
            reading: crate::redact::reading::with_chars(
                crate::substring::slice(text, from, to),
                &shifted,
            ),
            numbers,
        });
    }
    out
}

/// How many bytes after a number its stretch reaches at most, on a long line.
const BYTES_AFTER: usize = 300;

/// The stretch around the number from byte `start` to `end` of `bytes`: from the
/// start of a line a few lines up ([`LINES_ABOVE`], [`BYTES_ABOVE`] at most) to the
/// end of the line after its own ([`BYTES_AFTER`] at most). Each end is a line's
/// or a character's.
fn reach(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    let floor = start.saturating_sub(BYTES_ABOVE);
    let mut from = start;
    let mut lines = 0;
    while from > floor && lines <= LINES_ABOVE {
        from -= 1;
        if bytes.get(from) == Some(&b'\n') {
            lines += 1;
        }
    }
    // From a character's first byte on: past a byte that continues one.
    let to_char = |mut i: usize| {
        while bytes.get(i).is_some_and(|b| (0x80..0xC0).contains(b)) {
            i += 1;
        }
        i
    };
    // Past the break it stopped at.
    if bytes.get(from) == Some(&b'\n') {
        from += 1;
    }
    let from = to_char(from);
    let ceiling = (end + BYTES_AFTER).min(bytes.len());
    let mut to = end;
    let mut breaks = 0;
    while to < ceiling {
        if bytes.get(to) == Some(&b'\n') {
            breaks += 1;
            if breaks == 2 {
                break;
            }
        }
        to += 1;
    }
    (from, to_char(to))
}

/// The edits that read what stands between two groups, from byte `from` to `to`,
/// as one hyphen and nothing.
fn mark_between(bytes: &[u8], from: usize, to: usize, edits: &mut Vec<(usize, char)>) {
    let mut i = from;
    let mut first_mark = true;
    while i < to {
        let ascii = bytes.get(i).is_some_and(u8::is_ascii);
        let c = match (first_mark, ascii) {
            (true, true) => '-',
            (true, false) => '－',
            (false, true) => NOTHING,
            (false, false) => FILL,
        };
        edits.push((i, c));
        i += c.len_utf8();
        first_mark = false;
    }
}

/// `text` read whole as its [`stretches`] read it; `None` when it has none.
#[cfg(test)]
fn view(text: &str) -> Option<String> {
    let stretches = stretches(text);
    if stretches.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut at = 0;
    for s in &stretches {
        out.push_str(crate::substring::slice(text, at, s.start));
        out.push_str(&s.reading);
        at = s.start + s.reading.len();
    }
    out.push_str(crate::substring::slice(text, at, text.len()));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::view;

    #[test]
    fn what_is_said_between_groups_reads_as_a_hyphen() {
        let read = |t: &str| view(t).map(|v| v.replace(['\u{2060}', '\u{1}'], ""));
        assert_eq!(
            read("カード番号は3727、あのー、454608、37289です").as_deref(),
            Some("カード番号は3727－454608－37289です")
        );
        assert_eq!(
            read("マイナンバーは9059。3540、8736。").as_deref(),
            Some("マイナンバーは9059－3540－8736。")
        );
        assert_eq!(
            read("個人番号は4956の六七三三の9366です").as_deref(),
            Some("個人番号は4956－六七三三－9366です")
        );
        // The reading keeps every offset.
        let text = "番号 5425の、えー、027093";
        assert_eq!(view(text).map(|v| v.len()), Some(text.len()));
    }

    #[test]
    fn no_reading_without_a_number_said_in_groups() {
        for text in [
            // Spaces and hyphens alone: one number already.
            "カード 4111 1111 1111 1111",
            // Too few digits, counters, dates, an identifier.
            "1、2、3",
            "2026、4月、5月",
            "3、5枚、12枚",
            "REC#000318、000522",
            "ありがとうございます",
            // A whole number corrected by another.
            "口座 6633639 じゃなくて 6233639",
        ] {
            assert_eq!(view(text), None, "{text}");
        }
    }
}
