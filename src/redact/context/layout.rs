//! Fixed-width records read by the layout a text says for them. A file from a
//! host or a payroll system has no delimiter between its fields; whoever pastes
//! it says where each field stands, above or below the records:
//!
//! ```text
//! レイアウト：1-6桁 社員番号 / 7-18桁 個人番号 / 19-28桁 基礎年金番号
//! *   01-08  保険者番号        X(8)
//! 項目：患者番号(6) 保険者番号(8) 被保険者番号(8) 氏名カナ(20)
//!            05  KOJIN-NO        PIC 9(12).    *> 個人番号
//! ```
//!
//! Positions are counted in characters from 1; a field given by its length alone
//! follows the one before it. A field whose name names a kind (its words, as a
//! header's: [`hotwords`]) holds a value of that kind on each record: a line as
//! long as the fields of kinds reach, of letters, digits, kana and spaces alone.

use super::hotwords::{self, Evidence, Folded, Kind8};
use super::table::name_cell;
use super::{Finding, KindSet, Lines};
use crate::prelude::*;

/// A field of a layout: where it starts (a character's index from 0), how many
/// characters it has, and the kind its name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Field {
    from: usize,
    len: usize,
    kind: Kind8,
}

/// How long a line that says a layout may be: a record's own line is no layout.
const LAYOUT_LINE: usize = 400;

/// The values of the fixed-width records of `text` (its lines `lines`, with their
/// shapes) that a layout in it names, for the kinds of `kinds`, in order.
pub(crate) fn values(text: &str, lines: &Lines, kinds: KindSet) -> Vec<Finding> {
    let mut fields = Vec::new();
    // The fields given by their lengths alone, one after the other.
    let mut next_from = 0;
    let mut said = false;
    for (&(s, e), shape) in lines.spans.iter().zip(&lines.shapes) {
        // A layout's line has a digit, and what one look at its bytes tells.
        if !shape.digit || e - s > LAYOUT_LINE {
            continue;
        }
        let Some(line) = text.get(s..e) else { continue };
        let cues = Cues::of(line.as_bytes());
        let before = fields.len();
        if cues.range {
            ranges(text, s, line, &mut fields);
        }
        said |= fields.len() > before;
        if fields.len() == before && (cues.pic || cues.brackets >= 3) {
            lengths(text, s, line, &mut next_from, &mut fields);
        }
    }
    // The fields of kinds, in their order on the line (a layout may list them in
    // another): the next one from each's start, a few fields at most (no sort,
    // whose bounds checks the browser build would carry).
    let mut kinds_of: Vec<Field> = Vec::new();
    let mut last: Option<usize> = None;
    while let Some(&f) = fields
        .iter()
        .filter(|f| f.len >= 2 && kinds.contains(&f.kind.kind()))
        .filter(|f| last.is_none_or(|l| f.from > l))
        .min_by_key(|f| f.from)
    {
        kinds_of.push(f);
        last = Some(f.from);
    }
    if kinds_of.is_empty() || (!said && next_from == 0) {
        return Vec::new();
    }
    let reach = kinds_of.iter().map(|f| f.from + f.len).min().unwrap_or(0);
    let mut out = Vec::new();
    for (&(s, e), shape) in lines.spans.iter().zip(&lines.shapes) {
        let Some(line) = text.get(s..e).filter(|_| shape.digit) else {
            continue;
        };
        if !is_record(line, reach) {
            continue;
        }
        // Each character's byte offset, and the line's end.
        let at: Vec<usize> = line
            .char_indices()
            .map(|(i, _)| s + i)
            .chain(core::iter::once(e))
            .collect();
        for f in &kinds_of {
            let (Some(&from), Some(&to)) =
                (at.get(f.from), at.get((f.from + f.len).min(at.len() - 1)))
            else {
                continue;
            };
            let Some(value) = text.get(from..to) else {
                continue;
            };
            let lead = value.len() - crate::substring::trim_start(value).len();
            let value = crate::substring::trim(value);
            let digits = value.bytes().filter(u8::is_ascii_digit).count();
            if digits == 0 || value.bytes().all(|c| c == b'0' || c == b' ') {
                continue;
            }
            out.push(Finding {
                kind: f.kind.kind(),
                start: from + lead,
                end: from + lead + value.len(),
            });
        }
    }
    out
}

/// What one look at a line's bytes tells of the layout it may say.
#[derive(Debug, Default)]
struct Cues {
    /// A digit, then a dash, `~` or `－` (spaces between): a range's.
    range: bool,
    /// How many brackets open: a length's (`(`, `（`).
    brackets: usize,
    /// COBOL's ` PIC `.
    pic: bool,
}

impl Cues {
    /// The cues of the line `b`, found eight bytes at a time: most bytes are
    /// none of a dash, `~`, `(`, `P` and a full-width form's lead byte (`EF`).
    fn of(b: &[u8]) -> Cues {
        use crate::bytes::{equal, first_of};
        let mut cues = Cues::default();
        let mut from = 0;
        while let Some(k) = b.get(from..).and_then(|rest| {
            first_of(
                rest,
                |w| {
                    equal(w, b'-')
                        | equal(w, b'~')
                        | equal(w, b'(')
                        | equal(w, b'P')
                        | equal(w, 0xEF)
                },
                |c| matches!(c, b'-' | b'~' | b'(' | b'P' | 0xEF),
            )
        }) {
            let i = from + k;
            from = i + 1;
            // A digit before it, spaces between.
            let after_digit = || {
                b.get(..i)
                    .and_then(|h| h.iter().rev().find(|&&c| c != b' '))
                    .is_some_and(u8::is_ascii_digit)
            };
            match b.get(i..) {
                Some([b'-' | b'~', ..]) => cues.range |= after_digit(),
                Some([b'(', ..]) => cues.brackets += 1,
                Some([b'P', b'I', b'C', b' ', ..]) => cues.pic |= i > 0,
                // `－` (EF BC 8D), `（` (EF BC 88).
                Some([0xEF, 0xBC, 0x8D, ..]) => cues.range |= after_digit(),
                Some([0xEF, 0xBC, 0x88, ..]) => cues.brackets += 1,
                _ => {}
            }
        }
        cues
    }
}

/// Whether `line` may be a fixed-width record whose fields of kinds reach to
/// character `reach` at least: letters, digits, kana and spaces alone, no
/// delimiter, and a run of six digits at least.
fn is_record(line: &str, reach: usize) -> bool {
    let (mut run, mut longest) = (0, 0);
    for c in line.chars() {
        if c.is_ascii_digit() {
            run += 1;
            longest = longest.max(run);
            continue;
        }
        run = 0;
        let kana = matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{FF61}'..='\u{FF9F}');
        if !(c.is_ascii_alphabetic() || c == ' ' || c == '\u{3000}' || kana) {
            return false;
        }
    }
    crate::substring::trim_end(line).chars().count() >= reach && longest >= 6
}

/// The fields `line` (at byte `s` of `text`) says by their places (`1-12 個人番号`,
/// `01-08  保険者番号`, `19-28桁 基礎年金番号`, `11-22桁目 個人番号`), added to `out`.
fn ranges(text: &str, s: usize, line: &str, out: &mut Vec<Field>) {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let Some((first, j)) = number_at(b, i) else {
            i += 1;
            continue;
        };
        // A dash, `~` or `〜` (E3 80 9C), spaces around it.
        let mut k = skip_spaces(b, j);
        let dash = match b.get(k..) {
            Some([b'-' | b'~', ..]) => 1,
            Some([0xE3, 0x80, 0x9C, ..]) | Some([0xEF, 0xBC, 0x8D, ..]) => 3,
            _ => 0,
        };
        if dash == 0 {
            i = j;
            continue;
        }
        k = skip_spaces(b, k + dash);
        let Some((last, m)) = number_at(b, k) else {
            i = j;
            continue;
        };
        if first == 0 || last < first {
            i = m;
            continue;
        }
        // `桁`, `桁目`, `byte`, `バイト`, `文字目`… then the name.
        let mut n = m;
        for unit in [
            "桁目",
            "桁",
            "byte",
            "バイト目",
            "バイト",
            "文字目",
            "文字",
            "目",
        ] {
            if b.get(n..).is_some_and(|r| r.starts_with(unit.as_bytes())) {
                n += unit.len();
                break;
            }
        }
        let name_from = skip_name_lead(b, n);
        // A unit or a space between the range and the name (not `10-12時`).
        if name_from == m {
            i = m;
            continue;
        }
        let name_to = name_end(b, name_from);
        if let Some(kind) = kind_of(text, s + name_from, s + name_to) {
            out.push(Field {
                from: first - 1,
                len: last + 1 - first,
                kind,
            });
        }
        i = name_to.max(m);
    }
}

/// The fields `line` (at byte `s` of `text`) says by their lengths, each after
/// the one before (`患者番号(6) 保険者番号(8)`, or a COBOL `PIC X(06)` a line),
/// added to `out`; `next` is where the next one starts.
fn lengths(text: &str, s: usize, line: &str, next: &mut usize, out: &mut Vec<Field>) {
    let b = line.as_bytes();
    // COBOL: `05  KOJIN-NO   PIC 9(12).    *> 個人番号`.
    if let Some(pic) = crate::substring::find(line, " PIC ") {
        let Some(open) = b
            .get(pic + 5..)
            .and_then(|r| r.iter().position(|&c| c == b'('))
        else {
            return;
        };
        let Some((len, _)) = number_at(b, pic + 5 + open + 1) else {
            return;
        };
        // The name before `PIC`, or the comment after it.
        let comment = crate::substring::find(line, "*>").map(|c| c + 2);
        let name_from = crate::substring::trim_end(crate::substring::slice(line, 0, pic))
            .bytes()
            .rposition(|c| c == b' ')
            .map_or(0, |p| p + 1);
        let kind = comment
            .and_then(|c| kind_of(text, s + c, s + line.len()))
            .or_else(|| kind_of(text, s + name_from, s + pic));
        if let Some(kind) = kind {
            out.push(Field {
                from: *next,
                len,
                kind,
            });
        }
        *next += len;
        return;
    }
    // Names with their lengths in brackets, three at least on the line.
    let mut fields = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        let open = match b.get(i..) {
            Some([b'(', ..]) => 1,
            Some([0xEF, 0xBC, 0x88, ..]) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        let name_from = b
            .get(..i)
            .and_then(|h| {
                h.iter()
                    .rposition(|&c| matches!(c, b' ' | b',' | b'/' | b':'))
                    .map(|p| p + 1)
            })
            .unwrap_or(0)
            .max(from);
        let Some((len, j)) = number_at(b, i + open) else {
            i += open;
            continue;
        };
        let close = match b.get(j..) {
            Some([b')', ..]) => 1,
            Some([0xEF, 0xBC, 0x89, ..]) => 3,
            _ => {
                i = j;
                continue;
            }
        };
        fields.push((name_from, i, len));
        i = j + close;
        from = i;
    }
    if fields.len() < 3 {
        return;
    }
    for (name_from, name_to, len) in fields {
        if let Some(kind) = kind_of(text, s + name_from, s + name_to) {
            out.push(Field {
                from: *next,
                len,
                kind,
            });
        }
        *next += len;
    }
}

/// The number of one to three ASCII digits at byte `i` of `b`, none before or
/// after it, and where it ends.
fn number_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let n = b
        .get(i..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=3).contains(&n) {
        return None;
    }
    let value = b
        .get(i..i + n)?
        .iter()
        .fold(0, |v, &d| v * 10 + usize::from(d - b'0'));
    Some((value, i + n))
}

/// Past the spaces at byte `i` of `b`.
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// Past the spaces, colons and `:` at byte `i` of `b`, before a field's name.
fn skip_name_lead(b: &[u8], mut i: usize) -> usize {
    loop {
        match b.get(i..) {
            Some([b' ' | b':' | b'=', ..]) => i += 1,
            // `：`, U+3000.
            Some([0xEF, 0xBC, 0x9A, ..] | [0xE3, 0x80, 0x80, ..]) => i += 3,
            _ => return i,
        }
    }
}

/// Where the field's name from byte `i` of `b` ends: at two spaces, a `/`, `、`,
/// `,`, `|`, a bracket, or the line's end.
fn name_end(b: &[u8], mut i: usize) -> usize {
    while let Some(rest) = b.get(i..).filter(|r| !r.is_empty()) {
        match rest {
            [b' ', b' ', ..] | [b'/' | b',' | b'|' | b'(', ..] => break,
            // `、`, `／`, `，`, `（`.
            [0xE3, 0x80, 0x81, ..]
            | [0xEF, 0xBC, 0x8F, ..]
            | [0xEF, 0xBC, 0x8C, ..]
            | [0xEF, 0xBC, 0x88, ..] => break,
            _ => i += 1,
        }
    }
    i
}

/// The kind that the name at `text[from..to]` names, as a header's cell would:
/// its most specific word ([`name_cell`]); a card's component is an insured's.
fn kind_of(text: &str, from: usize, to: usize) -> Option<Kind8> {
    if from >= to {
        return None;
    }
    let folded = Folded::new_in(text, from, to, Vec::new());
    let mut slot = None;
    for h in hotwords::find_into(&folded, Vec::new()) {
        name_cell(&mut slot, h.evidence);
    }
    match slot? {
        Evidence::Kind(k) => Some(k),
        Evidence::Component => Some(Kind8::Insured),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::values;
    use crate::redact::{lines, Kind, KindSet};

    fn found(text: &str) -> Vec<(Kind, &str)> {
        let kinds = crate::redact::Kind::ALL
            .iter()
            .fold(KindSet(0), |set, k| set.with(k));
        values(text, &lines::spans(text), kinds)
            .into_iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn fields_by_their_places() {
        let text = "* レイアウト：1-6桁 社員番号 / 7-18桁 個人番号 / 19-28桁 基礎年金番号 / 29-36桁 資格取得日\n000451901337548994461089987620260401";
        assert_eq!(
            found(text),
            [
                (Kind::MyNumber, "901337548994"),
                (Kind::PensionNumber, "4610899876"),
            ]
        );
    }

    #[test]
    fn fields_one_a_line_with_spaces_between() {
        let text = "*   01-08  保険者番号        X(8)\n*   10-19  被保険者証記号    X(10)\n*   21-30  被保険者証番号    X(10)\n*   32-33  枝番              9(2)\n*   35-42  資格取得年月日    9(8)\n63239776 ア54973     854269     02 20190401 1 1";
        assert_eq!(
            found(text),
            [
                (Kind::InsurerNumber, "63239776"),
                (Kind::InsuredNumber, "ア54973"),
                (Kind::InsuredNumber, "854269"),
                (Kind::InsuredNumber, "02"),
            ]
        );
    }

    #[test]
    fn fields_by_their_lengths_below_and_cobol_s_pictures() {
        let text = "6731523944906185609716ﾌｼﾞﾀ ﾏｻｺ          19410822220240401\n* 項目：患者番号(6) 保険者番号(8) 被保険者番号(8) 氏名カナ(20) 生年月日(8)";
        assert_eq!(
            found(text),
            [
                (Kind::InsurerNumber, "39449061"),
                (Kind::InsuredNumber, "85609716"),
            ]
        );
        let cobol = "       01  KYUYO-REC.\n           05  SHAIN-NO        PIC X(06).\n           05  KOJIN-NO        PIC 9(12).    *> 個人番号\n           05  NENKIN-NO       PIC X(10).    *> 基礎年金番号\n           05  GINKO-CD        PIC 9(04).\nS07472468313723994271789394800095981440072300362000";
        assert_eq!(
            found(cobol),
            [
                (Kind::MyNumber, "468313723994"),
                (Kind::PensionNumber, "2717893948"),
            ]
        );
    }

    #[test]
    fn no_layout_no_record() {
        assert!(
            found("2024-05-01 の 03-1234-5678\n000451901337548994461089987620260401").is_empty()
        );
        // A layout's fields, but no line as long as they reach.
        assert!(found("1-12 個人番号 / 13-22 基礎年金番号 / 23-30 生年月日\n1234567").is_empty());
    }
}
