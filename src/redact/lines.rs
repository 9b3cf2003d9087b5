//! The lines of a text, and what one look at each line's bytes tells: whether it
//! has a digit, whether it may hold a number at all, and how many table delimiters
//! it has. The scanner notes them as it reads ([`super::scan::find_checked`]); the
//! context pass ([`super::context`]) uses them to pass over the lines with no
//! number and to follow tables. [`spans`] is the same reading on its own.

use super::chars::Unit;
use super::scratch;
use crate::prelude::*;

/// What one look at a line's bytes tells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// It has a digit, half or full width.
    pub digit: bool,
    /// It may have a run of the context pass: a digit, a mask character (`*`, `＊`,
    /// `●`) or an `@` (`＠`).
    pub valued: bool,
    /// How many of each of [`DELIMITERS`] it has.
    pub delimiters: [u32; 7],
    /// Two spaces side by side: it may have columns aligned with spaces.
    pub gap: bool,
}

/// The table delimiters, in the order of [`Shape::delimiters`]: a line with
/// several is cut by the first. A full-width `／` parts the fields of a record
/// typed in a report (`03／大城 美咲／090-5529-2228／912146041440`), and so does a
/// `/` with a space on each side (`佐伯 一郎 / 06136048 / 7443`; not a date's).
pub(crate) const DELIMITERS: [char; 7] = ['\t', '|', ',', ';', '<', '／', '/'];

/// The place of `／` in [`DELIMITERS`].
const SLASH: usize = 5;

/// The place of `/` in [`DELIMITERS`].
const SPACED_SLASH: usize = 6;

/// What a byte tells: nothing (most bytes), a delimiter (its index in
/// [`DELIMITERS`] + 1; `;` is 10), a line break, a digit, the lead byte `EF` of a
/// full-width digit, `＊`, `＠`, `／` or `｜` (a `|`), a `*` or `@`, the lead byte `E2` of
/// `●` or `│` (a `|`), a space, the lead byte of a digit of another script, or a
/// `/` (a delimiter with a space on each side).
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'\t' as usize] = 1;
    t[b'|' as usize] = 2;
    t[b',' as usize] = 3;
    t[b'\n' as usize] = 4;
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = 5;
        d += 1;
    }
    t[0xEF] = 6;
    t[b'*' as usize] = 7;
    t[b'@' as usize] = 7;
    t[0xE2] = 8;
    t[b' ' as usize] = 9;
    t[b';' as usize] = 10;
    t[b'<' as usize] = 11;
    // The lead bytes of the digits of other scripts.
    let leads = crate::redact::chars::FOREIGN_DIGIT_LEADS;
    let mut k = 0;
    while k < leads.len() {
        t[leads[k] as usize] = 12;
        k += 1;
    }
    t[b'/' as usize] = 13;
    t
};

/// Whether the `/` at byte `i` of `bytes` has a space on each side: a field's
/// end, not a date's or a path's.
pub(crate) fn spaced_slash(bytes: &[u8], i: usize) -> bool {
    i > 0 && bytes.get(i - 1) == Some(&b' ') && bytes.get(i + 1) == Some(&b' ')
}

/// Whether an HTML table's tag starts at byte `i` of `bytes` (`<tr>`, `<td>`,
/// `</th>`), or a spreadsheet's saved as XML (`<Cell>`): its tags part a table's
/// cells (`<td>06136626</td><td>7031`); other markup's are no table
/// (`<InsurerNumber>…</InsurerNumber>`).
pub(crate) fn table_tag(bytes: &[u8], i: usize) -> bool {
    let tag = |j: usize| {
        // (Not `<thead>`, `<track>`: the name ends there.)
        let html = matches!(bytes.get(j), Some(b't' | b'T'))
            && matches!(
                bytes.get(j + 1),
                Some(b'd' | b'D' | b'h' | b'H' | b'r' | b'R')
            )
            && matches!(bytes.get(j + 2), Some(b'>' | b' ' | b'/'));
        html || (bytes
            .get(j..j + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"cell"))
            && matches!(bytes.get(j + 4), Some(b'>' | b' ' | b'/')))
    };
    bytes.get(i) == Some(&b'<') && (tag(i + 1) || (bytes.get(i + 1) == Some(&b'/') && tag(i + 2)))
}

impl Shape {
    /// Notes the byte at `i` of `bytes` (a line break is the caller's to see).
    #[inline]
    pub(crate) fn note(&mut self, bytes: &[u8], i: usize) {
        let Some(&b) = bytes.get(i) else { return };
        match CLASS[usize::from(b)] {
            0 | 4 => {}
            5 => {
                self.digit = true;
                self.valued = true;
            }
            6 => {
                // A full-width `｜` is a `|`.
                if matches!(bytes.get(i + 1..i + 3), Some([0xBD, 0x9C])) {
                    if let Some(n) = self.delimiters.get_mut(1) {
                        *n += 1;
                    }
                } else if matches!(bytes.get(i + 1..i + 3), Some([0xBC, 0x8F])) {
                    if let Some(n) = self.delimiters.get_mut(SLASH) {
                        *n += 1;
                    }
                } else if matches!(bytes.get(i + 1), Some(0xBC)) {
                    let c = bytes.get(i + 2).copied().unwrap_or(0);
                    let digit = matches!(c, 0x90..=0x99);
                    self.digit |= digit;
                    // `＊`, `＠`.
                    self.valued |= digit || c == 0x8A || c == 0xA0;
                }
            }
            7 => self.valued = true,
            13 => {
                if spaced_slash(bytes, i) {
                    if let Some(n) = self.delimiters.get_mut(SPACED_SLASH) {
                        *n += 1;
                    }
                }
            }
            12 => {
                let digit = crate::redact::chars::foreign_digit_at(bytes, i);
                self.digit |= digit;
                self.valued |= digit;
            }
            8 => match bytes.get(i + 1..i + 3) {
                Some([0x97, 0x8F]) => self.valued = true,
                // A box-drawing `│`, `┃` or `║` is a `|`, and so are the crossings
                // of the rule under a header (`├──┼──┤`, `┣━━╋━━┫`, `╠══╬══╣`).
                Some(
                    [0x94, 0x82 | 0x83 | 0x9C | 0xA3 | 0xA4 | 0xAB | 0xBC]
                    | [0x95, 0x8B | 0x91 | 0xA0 | 0xA3 | 0xAC],
                ) => {
                    if let Some(n) = self.delimiters.get_mut(1) {
                        *n += 1;
                    }
                }
                _ => {}
            },
            9 => self.gap |= matches!(bytes.get(i + 1), Some(b' ')),
            // A `;` parts the cells of a CSV file written where `,` is a decimal
            // comma.
            10 => {
                if let Some(n) = self.delimiters.get_mut(3) {
                    *n += 1;
                }
            }
            11 => {
                if let Some(n) = self.delimiters.get_mut(4).filter(|_| table_tag(bytes, i)) {
                    *n += 1;
                }
            }
            d => {
                if let Some(n) = self.delimiters.get_mut(usize::from(d - 1)) {
                    *n += 1;
                }
            }
        }
    }

    /// Whether it has the delimiter `d` (one of [`DELIMITERS`]) once at least.
    pub(crate) fn has(&self, d: char) -> bool {
        DELIMITERS
            .iter()
            .position(|&x| x == d)
            .and_then(|i| self.delimiters.get(i))
            .is_some_and(|&n| n > 0)
    }

    /// The first of [`DELIMITERS`] the line has, if any; a `／` or ` / ` parts a
    /// record's fields when there are two or more (one pairs words: `記号／番号`,
    /// `兄／弟`).
    pub(crate) fn delimiter(&self) -> Option<char> {
        let i = self
            .delimiters
            .iter()
            .enumerate()
            .position(|(i, &n)| n > u32::from(i == SLASH || i == SPACED_SLASH))?;
        DELIMITERS.get(i).copied()
    }

    /// Notes a letter, digit or mask character.
    #[inline]
    pub(crate) fn unit(&mut self, u: Unit) {
        match u {
            Unit::Digit(_) => {
                self.digit = true;
                self.valued = true;
            }
            Unit::Wild => self.valued = true,
            Unit::Letter(..) => {}
        }
    }

    /// Notes the bytes `bytes[from..to]`; `false` if one is a line break.
    pub(crate) fn note_all(&mut self, bytes: &[u8], from: usize, to: usize) -> bool {
        let mut whole = true;
        for (i, &b) in (from..).zip(bytes.get(from..to).unwrap_or(&[])) {
            if CLASS[usize::from(b)] != 0 {
                whole &= b != b'\n';
                self.note(bytes, i);
            }
        }
        whole
    }
}

/// The lines of a text without their line breaks (byte ranges), and their shapes,
/// in order: the last line is the text after its last line break, empty when the
/// text ends with one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lines {
    pub spans: Vec<(usize, usize)>,
    pub shapes: Vec<Shape>,
}

impl Lines {
    /// No lines yet, with room for those of a text of `len` bytes (a line of a
    /// message is some tens of bytes).
    pub(crate) fn for_text(len: usize) -> Self {
        let mut lines: Lines = scratch::take();
        lines.spans.reserve(len / 32 + 1);
        lines.shapes.reserve(len / 32 + 1);
        lines
    }

    /// Forgets the lines, keeping the room.
    #[cfg_attr(not(feature = "reuse"), allow(dead_code))]
    pub(crate) fn clear(&mut self) {
        self.spans.clear();
        self.shapes.clear();
    }

    /// The bytes it holds room for.
    #[cfg_attr(not(feature = "reuse"), allow(dead_code))]
    pub(crate) fn room(&self) -> usize {
        scratch::room(&self.spans) + scratch::room(&self.shapes)
    }

    /// Ends the line from `start` to `end` (a line break or the text's end), of
    /// shape `shape`.
    pub(crate) fn push(&mut self, start: usize, end: usize, shape: Shape) {
        self.spans.push((start, end));
        self.shapes.push(shape);
    }
}

/// The [`Lines`] of `text`: one pass over its bytes.
///
/// ```text
/// "口座 1234\n\n| a | b |"  →  (0, 11) digit, (12, 12), (13, 22) with 3 `|`
/// ```
pub(crate) fn spans(text: &str) -> Lines {
    let bytes = text.as_bytes();
    let mut lines = Lines::for_text(text.len());
    let mut start = 0;
    let mut shape = Shape::default();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            lines.push(start, i, core::mem::take(&mut shape));
            start = i + 1;
        } else if CLASS[usize::from(b)] != 0 {
            shape.note(bytes, i);
        }
    }
    lines.push(start, text.len(), shape);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_what_each_holds() {
        let text = "口座 1234\n\n| a | b |\nメール＠\n１\n●●\n";
        let lines = spans(text);
        let got: Vec<&str> = lines.spans.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            got,
            ["口座 1234", "", "| a | b |", "メール＠", "１", "●●", ""]
        );
        let digit: Vec<bool> = lines.shapes.iter().map(|s| s.digit).collect();
        assert_eq!(digit, [true, false, false, false, true, false, false]);
        let valued: Vec<bool> = lines.shapes.iter().map(|s| s.valued).collect();
        assert_eq!(valued, [true, false, false, true, true, true, false]);
        assert_eq!(lines.shapes[2].delimiters, [0, 3, 0, 0, 0, 0, 0]);
        let gap: Vec<bool> = spans("a  b\na b\n　　")
            .shapes
            .iter()
            .map(|s| s.gap)
            .collect();
        assert_eq!(gap, [true, false, false]);
        // Full-width punctuation and other E2 characters are nothing.
        let plain = spans("（：）“”→");
        assert_eq!(plain.shapes, [Shape::default()]);
    }

    #[test]
    fn a_text_without_line_break_is_one_line() {
        assert_eq!(spans("").spans, [(0, 0)]);
        assert_eq!(spans("a,b\tc").spans, [(0, 5)]);
        assert_eq!(spans("a,b\tc").shapes[0].delimiters, [1, 0, 1, 0, 0, 0, 0]);
        assert_eq!(spans("a;b;c").shapes[0].delimiters, [0, 0, 0, 2, 0, 0, 0]);
        assert_eq!(
            spans("01／比嘉／451475787790").shapes[0].delimiters,
            [0, 0, 0, 0, 0, 2, 0]
        );
        // A `/` with a space on each side, not a date's.
        let slashed = spans("佐伯 一郎 / 06136048 / 7443 / 2025/3/15");
        assert_eq!(slashed.shapes[0].delimiters, [0, 0, 0, 0, 0, 0, 3]);
        assert_eq!(slashed.shapes[0].delimiter(), Some('/'));
        assert_eq!(spans("記号 / 番号").shapes[0].delimiter(), None);
    }
}
