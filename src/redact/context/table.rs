//! Tables: a line with delimiters and hotwords starts one, its header row names
//! the kind of each column, and the rows below it read their values by column.

use super::evidence::Hidden;
use super::hotwords::{Evidence, Kind8};
use super::{Dirty, Pass};
use crate::prelude::*;
use crate::redact::chars::{is_alnum, is_kana_or_kanji};
use crate::redact::lines::{Shape, DELIMITERS};
use crate::redact::Finding;

/// The delimiter of a table whose columns are aligned with spaces (a fixed-width
/// export or a terminal's listing): a run of two or more white-space characters,
/// on lines with two spaces side by side ([`Shape::gap`]). One space (`田中 美咲`)
/// or one U+3000 (`山田　花子`) stays inside a cell.
pub(super) const SPACED: char = ' ';

/// The delimiter of a table whose columns are parted by one U+3000 each, under a
/// header of words alone (`氏名　在留カード番号　旅券番号`): a row whose cells are
/// not as many as the header's (a name spaced `山田　花子`) has no columns.
pub(super) const WIDE: char = '\u{3000}';

/// The delimiter of a table pasted from a PDF or a screen, its cells parted by one
/// space or more (`区分 銀行 支店 種目 口座番号 金額`), under a header of words
/// alone ([`token_header`]): U+001F, which no one types, stands for it. A name
/// written with a space (`阿部 純一`) takes two cells of one column
/// ([`token_columns`]).
pub(super) const TOKENS: char = '\u{1F}';

/// A table's header row: which delimiter, and the hotwords of each column.
pub(super) struct Table {
    /// The delimiter of its cells (`,`, tab, `|`, or [`SPACED`]).
    pub(super) delimiter: char,
    /// What the header row says of each column.
    pub(super) columns: Vec<Option<Evidence>>,
    /// The header's line.
    pub(super) header: usize,
    /// Where each header cell starts and ends, in display columns ([`width`]),
    /// when the columns are aligned with spaces: a row with an empty cell, or a
    /// name with a space in it, is read by where its cells stand.
    pub(super) spans: Vec<(usize, usize)>,
    /// Whether a rule of dashes under the header draws the columns (`----- ---
    /// --------`): then each value's column is where it starts, however its cells
    /// are spaced.
    pub(super) ruled: bool,
    /// The column a 記号 heads, whose cells may be kana or kanji (`国保板橋`); not
    /// an 枝番's or a 番号's.
    pub(super) symbol: Option<usize>,
    /// Whether the last row left a quoted cell open (a CSV field with a line break
    /// in it): the lines up to its closing quote are that cell's.
    pub(super) quoted: bool,
    /// The line that goes on with such a cell, if the line read is one: its
    /// delimiters part no cells of the table's, and its words speak for its values
    /// (`170822,赤松 豊,"普通⏎免許証番号  621649533131"`).
    pub(super) continues: Option<usize>,
    /// The row, aligned with spaces, whose words stand under the header's cells
    /// ([`aligned`]), read by display column: looked at once a row.
    pub(super) aligned: Option<usize>,
}

impl Table {
    /// A table with `delimiter` whose header, line `header`, says `columns`.
    pub(super) fn new(delimiter: char, columns: Vec<Option<Evidence>>, header: usize) -> Table {
        Table {
            delimiter,
            columns,
            header,
            spans: Vec::new(),
            ruled: false,
            symbol: None,
            quoted: false,
            continues: None,
            aligned: None,
        }
    }
}

/// The cells of `line` as `delimiter` cuts it, each with its byte offset in `line`.
/// A Markdown table's leading `|` opens an empty first cell.
pub(super) fn cells(line: &str, delimiter: char) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut at = Some(0);
    core::iter::from_fn(move || {
        let from = at?;
        let rest = line.get(from..)?;
        let (len, next) = if delimiter == SPACED {
            spaced_cell(rest)
        } else {
            match delimiters(rest, delimiter).next() {
                Some((i, len)) => (i, Some(i + len)),
                None => (rest.len(), None),
            }
        };
        at = next.map(|n| from + n);
        Some((from, rest.get(..len).unwrap_or(rest)))
    })
}

/// Where `delimiter` stands in `text`, outside double quotes (a CSV field
/// `"橋本, 蒼"` is one cell), and its length in bytes: a `|` table typed on a phone
/// has full-width `｜` (`EF BD 9C`), one drawn with boxes `│` (`E2 94 82`), `┃`
/// (`E2 94 83`) or `║` (`E2 95 91`); `／` is `EF BC 8F`.
fn delimiters(text: &str, delimiter: char) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut quoted = false;
    let bytes = text.as_bytes();
    bytes.iter().enumerate().filter_map(move |(i, &b)| {
        if delimiter == TOKENS {
            return token_gap(bytes, i);
        }
        quoted ^= b == b'"';
        if quoted {
            return None;
        }
        if char::from(b) == delimiter
            && (b != b'<' || crate::redact::lines::table_tag(bytes, i))
            && (b != b'/' || crate::redact::lines::spaced_slash(bytes, i))
        {
            return Some((i, 1));
        }
        let wide = match delimiter {
            '|' => matches!(
                bytes.get(i..i + 3),
                Some([0xEF, 0xBD, 0x9C] | [0xE2, 0x94, 0x82 | 0x83] | [0xE2, 0x95, 0x91])
            ),
            '／' => matches!(bytes.get(i..i + 3), Some([0xEF, 0xBC, 0x8F])),
            WIDE => matches!(bytes.get(i..i + 3), Some([0xE3, 0x80, 0x80])),
            _ => false,
        };
        wide.then_some((i, 3))
    })
}

/// The run of spaces (ASCII or U+3000) that starts at byte `i` of `line` and
/// parts two cells of a [`TOKENS`] table, and its length; `None` inside a run, and
/// for one at the line's start or end.
fn token_gap(line: &[u8], i: usize) -> Option<(usize, usize)> {
    let space = |at: usize| match line.get(at..) {
        Some([b' ', ..]) => Some(1),
        Some([0xE3, 0x80, 0x80, ..]) => Some(3),
        _ => None,
    };
    // (U+3000 ends in 80: a byte before a space that is 80 may end one.)
    let after_space = i >= 1 && line.get(i - 1) == Some(&b' ')
        || i >= 3 && line.get(i - 3..i) == Some(&[0xE3, 0x80, 0x80][..]);
    // Nor the space after a comment's mark that opens the line: the mark is the
    // first cell's (`# 銀行ｺｰﾄﾞ 支店 科目 口座番号` heads four columns).
    let comment = matches!(line.get(..i), Some(b"#" | b"\xEF\xBC\x83"));
    if i == 0 || after_space || comment {
        return None;
    }
    let mut end = i;
    while let Some(n) = space(end) {
        end += n;
    }
    (end > i && end < line.len()).then_some((i, end - i))
}

/// Whether `line` may head a [`TOKENS`] table: three words or more of two
/// characters or more (not a title spaced letter by letter: `個 人 番 号`), each
/// parted from the next by one space (two of them at least), none with a digit, a
/// bracket, a sentence's punctuation or markup, and no two English words side by
/// side (`account number` is one name in two words).
fn token_header(line: &str) -> bool {
    // Most lines have no ASCII space (looked for eight bytes at a time); a header
    // parted by U+3000 alone is [`WIDE`]'s.
    if crate::substring::find_bytes(line.as_bytes(), b" ").is_none() {
        return false;
    }
    let line = crate::substring::trim(line);
    if crate::substring::any_char(line, |c| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || matches!(
                c,
                '（' | '('
                    | '【'
                    | '「'
                    | '［'
                    | '['
                    | '〔'
                    | '『'
                    | '。'
                    | '、'
                    | '，'
                    | ','
                    | '\t'
                    | '|'
                    | '｜'
                    | '/'
                    | '／'
                    | '='
                    | '"'
                    | '<'
            )
    }) {
        return false;
    }
    let (mut words, mut single, mut last_english) = (0, 0, false);
    let mut cells = cells(line, TOKENS).peekable();
    while let Some((from, cell)) = cells.next() {
        let english = cell.bytes().all(|b| b.is_ascii_alphabetic());
        let word = crate::substring::any_char(cell, |c| is_kana_or_kanji(c) || c.is_alphabetic());
        // A phrase with a particle is a title's, no column's name (`給付奨学金 申込
        // 生計維持者のマイナンバー`).
        let phrase = cell.chars().nth(8).is_some()
            && crate::substring::any_char(cell, |c| matches!(c, 'の' | 'は' | 'を' | 'が' | 'に'));
        if (english && last_english) || cell.chars().nth(1).is_none() || !word || phrase {
            return false;
        }
        last_english = english;
        words += 1;
        let gap = cells
            .peek()
            .map_or(0, |&(next, _)| next - from - cell.len());
        single += usize::from(gap == 1);
    }
    words >= 3 && single >= 2
}

/// The header column of each cell of `row` (parted as [`TOKENS`] parts them) under
/// a header of `columns` cells: one each when they are as many; when there are
/// more, a word after a word is the same column's (`阿部 純一` under `氏名`), as
/// many times as there are more; `None` when that does not make them as many, or
/// when the row is not mostly values: half its cells at least, two or more, hold
/// a number or stand empty (`－`). (A line of a label and its value under a title
/// spaced so, `保険者番号　9130745　（…広域連合）`, is no row.)
pub(super) fn token_columns(row: &str, columns: usize) -> Option<Vec<usize>> {
    let (mut words, mut values) = (Vec::new(), 0);
    for (_, c) in cells(row, TOKENS) {
        let digit =
            crate::substring::any_char(c, |ch| ch.is_ascii_digit() || ('０'..='９').contains(&ch));
        let empty = crate::substring::trim(c)
            .chars()
            .all(|ch| matches!(ch, '-' | '－' | 'ー' | '―' | '‐' | '*' | '＊'));
        values += usize::from(digit || empty);
        words.push(
            !digit
                && crate::substring::any_char(c, |ch| is_kana_or_kanji(ch) || ch.is_alphabetic()),
        );
    }
    if values < 2 || 2 * values < words.len() {
        return None;
    }
    let mut extra = words.len().checked_sub(columns)?;
    let mut out = Vec::with_capacity(words.len());
    let mut col: usize = 0;
    for (i, &word) in words.iter().enumerate() {
        if i > 0 && word && extra > 0 && words.get(i - 1) == Some(&true) {
            extra -= 1;
            out.push(col.saturating_sub(1));
            continue;
        }
        out.push(col);
        col += 1;
    }
    (extra == 0).then_some(out)
}

/// The length of the first cell of `rest` in a [`SPACED`] table, and where the next
/// one starts: the first run of two or more white-space characters after some text
/// and before more text ends it.
fn spaced_cell(rest: &str) -> (usize, Option<usize>) {
    let mut text_seen = false;
    // The white space being read: where it starts, and how many characters it has.
    let mut gap: Option<(usize, usize)> = None;
    for (i, c) in rest.char_indices() {
        if crate::substring::is_whitespace(c) {
            gap = Some(gap.map_or((i, 1), |(start, n)| (start, n + 1)));
            continue;
        }
        // Text after a gap: the gap ends the cell.
        if let Some((start, n)) = gap.take() {
            if n >= 2 && text_seen {
                return (start, Some(i));
            }
        }
        text_seen = true;
    }
    (rest.len(), None)
}

/// Whether `line` is parted in three cells or more by U+3000, two of them at
/// least by one alone (an empty cell may stand between two: `枝番　　支払額`), and
/// has no ASCII space nor a bracket that a U+3000 parts (a [`WIDE`] table's
/// header, `公費(受給者)` in it, not a title: `海外旅行保険　保険金請求書（郵送分
/// 入力）`, nor a form aligned with runs of them).
fn wide_cells(line: &str) -> bool {
    // Most lines have no U+3000: looked for eight bytes at a time first.
    if crate::substring::find_bytes(line.as_bytes(), "\u{3000}".as_bytes()).is_none()
        || line.contains(' ')
    {
        return false;
    }
    let (mut full, mut single) = (0, 0);
    let mut last_empty = true;
    for (_, cell) in cells(line, WIDE) {
        // A bracket closes in its cell (`公費(受給者)`), not past a U+3000.
        let opened = |open: char, close: char| {
            cell.chars().filter(|&c| c == open).count()
                != cell.chars().filter(|&c| c == close).count()
        };
        if opened('（', '）') || opened('(', ')') || opened('【', '】') || opened('「', '」')
        {
            return false;
        }
        let empty = crate::substring::trim(cell).is_empty();
        full += usize::from(!empty);
        // A cell with text after one with text: one U+3000 between them.
        single += usize::from(!empty && !last_empty);
        last_empty = empty;
    }
    full >= 3 && single >= 2
}

/// Whether `line` has two white-space characters side by side, one of them U+3000
/// (two ASCII spaces are [`Shape::gap`] already).
fn wide_gap(line: &str) -> bool {
    let b = line.as_bytes();
    let wide = |i: usize| b.get(i..i + 3) == Some("\u{3000}".as_bytes());
    // From one U+3000 to the next ([`crate::substring::find`] passes over the rest
    // eight bytes at a time).
    let mut from = 0;
    while let Some(at) = b
        .get(from..)
        .and_then(|rest| crate::substring::find_bytes(rest, "\u{3000}".as_bytes()))
    {
        let i = from + at;
        if wide(i + 3)
            || matches!(b.get(i + 3), Some(b' '))
            || (i > 0 && matches!(b.get(i - 1), Some(b' ')))
        {
            return true;
        }
        from = i + 3;
    }
    false
}

/// Whether `line` holds markup's tags alone (`<tbody>`, `</thead>`), between an
/// HTML table's header and its rows.
fn only_tags(line: &str) -> bool {
    let t = crate::substring::trim(line).as_bytes();
    let mut inside = false;
    !t.is_empty()
        && t.iter().all(|&c| {
            match c {
                b'<' => inside = true,
                b'>' => inside = false,
                _ => return inside || c == b' ',
            }
            true
        })
        && !inside
}

/// Whether `line` is a rule drawn across a table: dashes (`-`, `－`, `─`, `━`,
/// `═`, `=`), with the bars, crossings and corners of the table (`|`, `+`, `:`,
/// box-drawing characters) and spaces, and nothing else: `|---|:--|`,
/// `├──┼──┤`, `┣━━╋━━┫`, `+----+----+`.
pub(super) fn is_rule(line: &str) -> bool {
    let mut dash = false;
    line.chars().all(|c| {
        dash |= matches!(c, '-' | '－' | '─' | '━' | '═' | '=' | '＝');
        matches!(
            c,
            '|' | '｜' | '-' | '－' | '=' | '＝' | 'ー' | '+' | ':' | '：' | ' ' | '\t' | '　'
        ) || matches!(c, '\u{2500}'..='\u{257F}')
    }) && dash
}

/// The display columns ([`width`]) of the word at byte `at` of `line`, up to the
/// next white space.
fn word_span(line: &str, at: usize) -> (usize, usize) {
    let (mut x, mut end) = (0, 0);
    for (i, c) in line.char_indices() {
        if i < at {
            x += width(c);
            end = x;
        } else if crate::substring::is_whitespace(c) {
            break;
        } else {
            end += width(c);
        }
    }
    (x, end)
}

/// Whether a word of a row (`words`, display columns) starts where each of the
/// header's cells `spans` does (a column off at most), three cells at least.
fn aligned(spans: &[(usize, usize)], words: &[(usize, usize)]) -> bool {
    spans.len() >= 3
        && spans
            .iter()
            .all(|&(s, _)| words.iter().any(|&(w, _)| w.abs_diff(s) <= 1))
}

/// Which of the columns `spans` a cell at display columns `[from, to)` stands in:
/// the one it overlaps most, or else the nearest (of two as near, the left). A
/// value a column or two off its header's place (`33108721  940` under
/// `保険者番号  記号`, typed by hand) still overlaps its own. None without columns.
fn column_at(spans: &[(usize, usize)], (from, to): (usize, usize)) -> Option<usize> {
    let (mut best, mut gap) = (None, isize::MAX);
    for (i, &(s, e)) in spans.iter().enumerate() {
        // Less than zero by the overlap's length when they overlap.
        let g = from.max(s) as isize - to.min(e) as isize;
        if g < gap {
            (best, gap) = (Some(i), g);
        }
    }
    best
}

/// Names the cell `slot` of a header (or of a legend's list) by one more of its
/// words, `evidence`: the most specific word of the cell (伝票番号 is 伝票, 保険者番号
/// 保険者). A component's word within a card's (被保険者記号, 保険証の記号) names
/// that part; a card's 記号 is an insurance card's (`card_symbol`): a payment card
/// has none. A kind's word after another names the cell (公費1受給者 is 受給者). The
/// head of a compound names it: a negative word after a kind's
/// (`特定保険医療材料コード` is 材料's).
pub(super) fn name_cell(slot: &mut Option<Evidence>, evidence: Evidence) {
    let part = matches!(evidence, Evidence::Component)
        && matches!(slot, Some(Evidence::Kind(Kind8::Insured | Kind8::Card)));
    let after_kind = matches!(slot, Some(Evidence::Kind(_)))
        && matches!(evidence, Evidence::Kind(_) | Evidence::Negative);
    if part || after_kind || rank(Some(evidence)) > rank(*slot) {
        *slot = Some(evidence);
    }
}

/// After a 記号 cell, a 番号, 被保険者番号 or card's number cell is the insurance
/// card's number (a row's `No` before it is not).
pub(super) fn numbers_after_symbol(cells: &mut [Option<Evidence>]) {
    if let Some(first) = cells
        .iter()
        .position(|c| matches!(c, Some(Evidence::Component)))
    {
        for c in cells.iter_mut().skip(first).filter(|c| {
            matches!(
                c,
                Some(Evidence::Generic | Evidence::Kind(Kind8::Insured | Kind8::Card))
            )
        }) {
            *c = Some(Evidence::Component);
        }
    }
}

/// How specific a header's word is: a kind's or a negative word over a card's
/// component, over a generic 番号 or a bank's name (a `銀行口座` column is the
/// account's, a `支店番号` one the branch's code).
pub(super) fn rank(e: Option<Evidence>) -> u8 {
    match e {
        None => 0,
        Some(Evidence::Generic | Evidence::Branch) => 1,
        Some(Evidence::Component) => 2,
        Some(Evidence::Kind(_) | Evidence::Negative) => 3,
    }
}

/// How many display columns `c` takes in a fixed-width listing, as a Japanese
/// terminal or editor shows it: one below U+1100 and for half-width katakana, none
/// for a variation selector, two for the rest (kana, kanji, full-width forms, and
/// the symbols East Asian fonts draw wide).
fn width(c: char) -> usize {
    match u32::from(c) {
        0..=0x10FF | 0xFF61..=0xFFDC => 1,
        0xFE00..=0xFE0F | 0xE0100..=0xE01EF => 0,
        _ => 2,
    }
}

/// The display columns where each cell of `line` starts and ends ([`SPACED`]):
/// one pass over its characters, a cell starting after some text and `gap`
/// white-space characters or more (two between cells; one between the dashes of
/// a rule).
fn cell_spans(line: &str, gap: usize) -> Vec<(usize, usize)> {
    let (mut spans, mut x, mut spaces, mut text) = (vec![(0, 0)], 0, 0, false);
    for c in line.chars() {
        if crate::substring::is_whitespace(c) {
            spaces += 1;
        } else {
            if spaces >= gap && text {
                spans.push((x, x));
            }
            if let Some(first) = spans.first_mut().filter(|_| !text) {
                first.0 = x;
            }
            if let Some(last) = spans.last_mut() {
                last.1 = x + width(c);
            }
            spaces = 0;
            text = true;
        }
        x += width(c);
    }
    spans
}

/// The byte ranges of `line`'s cells under the columns `spans` of a listing's
/// rule of dashes (display columns, [`width`]): its words, each in the column it
/// overlaps most ([`column_at`]: a value typed a column off its rule is still
/// its column's), side by side in one column making one cell. A single space
/// parts two cells where the columns say so (`01136837 37981231` under
/// `-------- ---------`).
pub(super) fn ruled_cells(line: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut cells: Vec<(usize, usize)> = Vec::new();
    // The column of the last cell.
    let mut last = None;
    let (mut x, mut word) = (0, None);
    // The words, and a space after the last to end it.
    let mut chars = line.char_indices();
    loop {
        let next = chars.next();
        let (i, c) = next.unwrap_or((line.len(), ' '));
        match (crate::substring::is_whitespace(c), word) {
            (false, None) => word = Some((i, x)),
            (true, Some((from, from_x))) => {
                let col = Some(column_at(spans, (from_x, x)));
                match cells.last_mut() {
                    Some(cell) if last == col => cell.1 = i,
                    _ => {
                        cells.push((from, i));
                        last = col;
                    }
                }
                word = None;
            }
            _ => {}
        }
        if next.is_none() {
            break;
        }
        x += width(c);
    }
    cells
}

/// Which cell of `line` byte `at` (an offset in `line`) stands in.
fn cell_at(line: &str, delimiter: char, at: usize) -> usize {
    if delimiter != SPACED {
        // The delimiters before it (`,`, tab and `|` are ASCII).
        return delimiters(line, delimiter)
            .take_while(|&(i, _)| i < at)
            .count();
    }
    cells(line, delimiter)
        .take_while(|&(from, _)| from <= at)
        .count()
        .saturating_sub(1)
}

impl Pass<'_> {
    /// Keeps the header row of the table line `li` belongs to, if any: a line with
    /// a delimiter (`,`, tab, `|`, or columns aligned with spaces) and hotwords
    /// starts a table; it lasts while lines have as many delimiters (aligned with
    /// spaces: while they have columns).
    pub(super) fn track_table(&mut self, li: usize, mut shape: Shape, found: &[Finding]) {
        let count = |d: char| {
            DELIMITERS
                .iter()
                .position(|&x| x == d)
                .and_then(|i| shape.delimiters.get(i))
                .map_or(0, |&n| n as usize)
        };
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        let line_text = crate::substring::slice(self.text, ls, le);
        // A form laid out with U+3000 (`制度名　　　　公費負担者番号`) has its columns
        // as a listing aligned with ASCII spaces has: looked for in the rows of such
        // a table, and in a header (a line without a number over a row).
        let spaced = self.table.as_ref().is_some_and(|t| t.delimiter == SPACED);
        let over_row = self.shapes.get(li + 1).is_some_and(|s| s.digit);
        if !shape.gap && (spaced || (over_row && !shape.digit)) {
            shape.gap = wide_gap(line_text);
        }
        // A header has no number (a digit or two in a word, `公費1負担者`, `kohi1`, is
        // none): a line with one is at most a row.
        let tabular = shape.gap || shape.delimiter().is_some();
        let digit = shape.digit
            && !(tabular && self.numbers_in_words(li, found, shape.delimiter().is_some()));
        // A CSV cell quoted over line breaks (`"旧口座は解約済み⏎新口座で登録"`):
        // its lines neither are rows nor end the table.
        if let Some(table) = self.table.as_mut().filter(|t| t.delimiter != SPACED) {
            let odd = line_text.bytes().filter(|&b| b == b'"').count() % 2 == 1;
            if table.quoted {
                table.quoted = !odd;
                table.continues = Some(li);
                return;
            }
            table.quoted = odd && table.header != li;
        }
        if let Some(table) = self.table.as_mut().filter(|t| t.delimiter == SPACED) {
            table.aligned =
                (shape.gap && aligned(&table.spans, &cell_spans(line_text, 1))).then_some(li);
        }
        if let Some(table) = &self.table {
            let d = table.delimiter;
            let n = if d == SPACED {
                if shape.gap {
                    cells(line_text, SPACED).count() - 1
                } else {
                    0
                }
            } else if d == WIDE || d == TOKENS {
                cells(line_text, d).count() - 1
            } else {
                count(d)
            };
            // A rule between the header and the rows, or between rows
            // (`────────`, `+----+----+`), neither is a row nor ends the table;
            // nor does SQL's `VALUES` between an INSERT's columns and its rows.
            if is_rule(line_text)
                || crate::substring::trim(line_text).eq_ignore_ascii_case("values")
                || only_tags(line_text)
            {
                return;
            }
            let enough = d == SPACED || n + 1 >= table.columns.len();
            // Nor does a second line of the header, with fewer cells and no number
            // (`\t\t（被保険者証の記載どおり）`, `\t（ｶﾅ）` under `氏名`).
            if !digit && n > 0 && !enough && li == table.header + 1 {
                return;
            }
            // A form laid out with spaces goes on below its table (`氏名　　𠮷田`):
            // there a line without a number is no row.
            let row = digit || d != SPACED || shape.valued;
            if enough && n > 0 && row {
                // A row of the table, or a new header with the same delimiter.
                if digit || !self.is_header(li, d, found) {
                    return;
                }
            } else if enough && n > 0 && self.is_header(li, d, found) {
                // A new header below.
            } else {
                self.table = None;
            }
        }
        if digit {
            // Or the first row of a table whose columns a line above says in words.
            if self.table.is_none() {
                self.table = self.legend_table(li);
            }
            return;
        }
        let delimited = shape.delimiter();
        // A fixed-width listing's header over its rule of dashes: the rule draws
        // the columns, however the header's words are spaced; a rule in one piece
        // draws none, and the header's words, each apart, are the columns
        // (`番号      枝番 公費負担者 受給者` over `-----…`).
        let rule = self
            .lines
            .get(li + 1)
            .and_then(|&(s, e)| self.text.get(s..e))
            .filter(|l| delimited.is_none() && is_rule(l))
            .map(|l| match cell_spans(l, 1) {
                spans if spans.len() > 1 => spans,
                _ => cell_spans(line_text, 1),
            })
            .filter(|spans| {
                spans.len() > 2
                    && self
                        .line(li)
                        .hots()
                        .iter()
                        .any(|h| !matches!(h.evidence, Evidence::Generic))
            });
        // (Cells parted by one U+3000 before a gap of two: `記号　番号　枝番　　支払額`.)
        let tokens = over_row
            && rule.is_none()
            && delimited.is_none()
            && token_header(line_text)
            && self.is_header(li, TOKENS, found);
        let candidate = delimited
            .or_else(|| (over_row && rule.is_none() && wide_cells(line_text)).then_some(WIDE))
            .or_else(|| tokens.then_some(TOKENS))
            .or_else(|| (shape.gap || rule.is_some()).then_some(SPACED));
        let Some(d) = candidate.filter(|&d| {
            rule.is_some()
                || (self.is_header(li, d, found) && !(self.keyed(li, d) && self.keyed(li + 1, d)))
        }) else {
            return;
        };
        let n = rule
            .as_ref()
            .map_or_else(|| cells(line_text, d).count(), Vec::len);
        let mut columns = vec![None; n];
        let mut symbol = None;
        let line = self.line(li);
        for h in line.hots() {
            let at = line.folded().at(h.from).saturating_sub(ls);
            let col = match &rule {
                Some(spans) => column_at(spans, word_span(line_text, at)).unwrap_or(0),
                None => cell_at(line_text, d, at),
            };
            if line.names_symbol(h) {
                symbol = Some(col);
            }
            if let Some(slot) = columns.get_mut(col) {
                // A 番号 ending a longer name no word here knows (航空券番号,
                // 端末識別番号) is another thing's number.
                let evidence =
                    if matches!(h.evidence, Evidence::Generic) && line.unknown_compound(h) {
                        Evidence::Negative
                    } else {
                        h.evidence
                    };
                name_cell(slot, evidence);
            }
        }
        numbers_after_symbol(&mut columns);
        // A second header row right under the first refines it column by column;
        // a column it leaves empty keeps the name above (`保険者番号` over an empty
        // cell, `被保険者証` over `記号⇥番号⇥枝番` in merged cells).
        if let Some(above) = self
            .table
            .as_ref()
            .filter(|t| t.header + 1 == li && t.delimiter == d && d != SPACED && rule.is_none())
        {
            for (slot, named) in columns.iter_mut().zip(&above.columns) {
                if slot.is_none() {
                    *slot = *named;
                }
            }
            symbol = symbol.or(above.symbol);
        }
        let ruled = rule.is_some();
        let spans = match rule {
            Some(spans) => spans,
            None if d == SPACED => cell_spans(line_text, 2),
            None => Vec::new(),
        };
        self.table = Some(Table {
            delimiter: d,
            columns,
            header: li,
            spans,
            ruled,
            symbol,
            quoted: false,
            continues: None,
            aligned: None,
        });
    }

    /// Whether byte `at` of line `li`, in a row below its table's header, stands in
    /// a column whose header says `evidence`: a negative word (受付ID, 受付日時,
    /// 注文番号) blocks the column, a card's component (記号, 番号 beside it, 枝番)
    /// names it.
    pub(super) fn column_says(&self, li: usize, at: usize, evidence: Evidence) -> bool {
        self.table.as_ref().is_some_and(|t| t.header != li)
            && self
                .column(li, at)
                .is_some_and(|(_, e)| e == Some(evidence))
    }

    /// Marks `start..end` of line `li` dirty: the findings changed there.
    pub(super) fn mark(&mut self, li: usize, start: usize, end: usize) {
        let read_from = self.table_start(li).min(start);
        self.dirty.push(Dirty {
            read_from,
            start,
            end,
        });
    }

    /// Where the reading of line `li` begins: the start of its table's header row,
    /// or of the line itself.
    pub(super) fn table_start(&self, li: usize) -> usize {
        let li = self.table.as_ref().map_or(li, |t| t.header.min(li));
        self.lines.get(li).map_or(0, |&(s, _)| s)
    }

    /// The table's delimiter and the header's evidence for the column that byte
    /// `at` of line `li` stands in; `None` outside a table. A row aligned with spaces
    /// with more or fewer columns than its header (an empty cell) names none.
    pub(super) fn column(&self, li: usize, at: usize) -> Option<(char, Option<Evidence>)> {
        let table = self.table.as_ref()?;
        let col = self.column_index(li, at);
        // A row whose cells the header's words do not take is read as a line, and
        // so is a line inside a quoted cell.
        if (table.delimiter == TOKENS && col.is_none()) || table.continues == Some(li) {
            return None;
        }
        Some((
            table.delimiter,
            col.and_then(|c| table.columns.get(c).copied().flatten()),
        ))
    }

    /// Which column of its table byte `at` of line `li` stands in, if any.
    pub(super) fn column_index(&self, li: usize, at: usize) -> Option<usize> {
        let table = self.table.as_ref()?;
        let (ls, le) = self.lines.get(li).copied()?;
        let d = table.delimiter;
        let line = crate::substring::slice(self.text, ls, le);
        let at = at.saturating_sub(ls);
        if table.ruled {
            return Some(column_at(&table.spans, word_span(line, at)).unwrap_or(0));
        }
        // A row with a word where each header cell starts: the header cell over
        // the word (`131083     0000412873  3249306005` under `市区町村CD 指定番号
        // 宛名番号`, one header cell over two values).
        if d == SPACED && table.aligned == Some(li) {
            return column_at(&table.spans, word_span(line, at));
        }
        if d == WIDE && cells(line, d).count() != table.columns.len() {
            return None;
        }
        if d == TOKENS {
            let map = token_columns(line, table.columns.len())?;
            return map.get(cell_at(line, d, at)).copied();
        }
        if d == SPACED && cells(line, d).count() != table.columns.len() {
            // An empty cell, or one more (`赤松  様`): the header cell where the
            // cell stands.
            let spans = cell_spans(line, 2);
            let span = spans.get(cell_at(line, d, at)).copied().unwrap_or((0, 0));
            return column_at(&table.spans, span);
        }
        Some(cell_at(line, d, at))
    }

    /// Where the first cell with text of table row `li` ends (a byte offset in
    /// the text).
    pub(super) fn key_cell_end(&self, li: usize) -> Option<usize> {
        self.first_cell_end(li, self.table.as_ref()?.delimiter)
    }

    /// Where the first cell with text of line `li`, delimited by `d`, ends (a byte
    /// offset in the text).
    fn first_cell_end(&self, li: usize, d: char) -> Option<usize> {
        let (ls, le) = self.lines.get(li).copied()?;
        cells(crate::substring::slice(self.text, ls, le), d)
            .find(|(_, c)| !crate::substring::trim(c).is_empty())
            .map(|(from, c)| ls + from + c.len())
    }

    /// Whether line `li`'s words all stand in its first cell, delimited by `d`
    /// (`| 記号 | 文科 | 文科 |`): the key of a row, when the line below is keyed so
    /// too (`| 番号 | 40815 | 40815 |`, one person a column), not a header.
    fn keyed(&mut self, li: usize, d: char) -> bool {
        let Some(key_end) = self.first_cell_end(li, d) else {
            return false;
        };
        let line = self.line(li);
        !line.hots().is_empty()
            && line
                .hots()
                .iter()
                .all(|h| line.folded().at(h.to) <= key_end)
    }

    /// Whether line `li`'s numbers, if any, are a digit or two in a word (`公費1負担者`,
    /// `kohi1_futansha`, `6月`), not after one (`"豊田7",`): no value; or, on a line
    /// `delimited` with a character, one digit that numbers the word it is glued to
    /// (`公費1,受給者1`). Nor one of `found` (sorted, apart), which the masked output
    /// reads as mask characters.
    fn numbers_in_words(&mut self, li: usize, found: &[Finding], delimited: bool) -> bool {
        let text = self.text;
        let line = self.line(li);
        line.runs.iter().all(|r| {
            let after = crate::substring::char_at(text, r.end);
            let numbering = delimited
                && r.alnum == 1
                && crate::substring::char_before(text, r.start).is_some_and(is_kana_or_kanji);
            // Or counts something, a column per month (`年税額   6月    7月以降`).
            let counter = after.is_some_and(|c| {
                matches!(
                    c,
                    '月' | '日' | '年' | '歳' | '回' | '件' | '枚' | '割' | '次'
                )
            });
            let glued = numbering
                || counter
                || r.alnum > r.digits
                || after.is_some_and(|c| is_alnum(c) || c == '_');
            let hidden = Hidden { found, added: &[] }.holds(r.start, r.end);
            r.digits <= 2 && r.wild == 0 && glued && !hidden
        })
    }

    /// Whether line `li` is a table header with delimiter `d`: hotwords (one that
    /// names something, and three columns at least, when they are aligned with
    /// spaces), a delimiter, and no number.
    pub(super) fn is_header(&mut self, li: usize, d: char, found: &[Finding]) -> bool {
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        let text = crate::substring::slice(self.text, ls, le);
        let n = cells(text, d).count();
        // A JSON member (`"cardType": "shaho",`), or an object's first line
        // (`{"pharmacy":"みなと薬局","kohi":[`), is no header: its commas part members.
        let member = d == ','
            && matches!(
                crate::substring::trim_start(text).as_bytes().first(),
                Some(b'"' | b'{' | b'[')
            )
            && crate::substring::contains(text, "\":");
        if member || !self.numbers_in_words(li, found, d != SPACED) || n < 2 {
            return false;
        }
        // A Markdown row is a header only over its `|---|` rule (in a key/value
        // table, `| お問い合わせ種別 | 開示請求 |` is a row).
        // Typed on a phone, the rule is full-width (`｜－－｜`); drawn, `├──┼──┤`,
        // `┣━━╋━━┫` or `╠══╬══╣` ([`is_rule`]).
        if d == '|'
            && crate::substring::starts_with_any(
                crate::substring::trim_start(text),
                &['|', '｜', '│', '┃', '║'],
            )
        {
            let next = self
                .lines
                .get(li + 1)
                .and_then(|&(s, e)| self.text.get(s..e));
            // Or with three columns or more, the bars around them making five
            // cells (`| 診療年月 | レセ番号 | 保険者番号 |`).
            if n < 5 && !next.is_some_and(is_rule) {
                return false;
            }
        }
        let line = self.line(li);
        if d == TOKENS {
            // A word that names a kind (not a list of things: `住所 氏名 電話`).
            return line
                .hots()
                .iter()
                .any(|h| matches!(h.evidence, Evidence::Kind(_) | Evidence::Component));
        }
        if d == WIDE {
            // Two words at least that name a kind or a card's component (not a
            // title: `海外旅行保険　保険金請求書（郵送分　入力）`).
            return line
                .hots()
                .iter()
                .filter(|h| matches!(h.evidence, Evidence::Kind(_) | Evidence::Component))
                .count()
                >= 2;
        }
        if d == SPACED {
            // Three columns at least, and a word that names something.
            return n > 2
                && line
                    .hots()
                    .iter()
                    .any(|h| !matches!(h.evidence, Evidence::Generic));
        }
        line.hots()
            .iter()
            .any(|h| !matches!(h.evidence, Evidence::Generic) || d != ',')
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::context::tests::{added, values};
    use crate::redact::Kind;

    #[test]
    fn a_spaced_value_reads_the_column_it_overlaps() {
        // A name with two spaces in it (`赤松  様`) is one cell more than the
        // header has; `481` starts two columns before `記号` but overlaps it.
        let text = "No  氏名      保険者番号  記号  番号     配送\n\
                    02  飯田  様  06291934  481   86248    佐川\n\
                    04  江口  様  055764    339   37467    佐川";
        let found = values(text);
        for value in ["06291934", "481", "86248", "055764", "339", "37467"] {
            assert!(found.iter().any(|f| f == value), "{value} in {found:?}");
        }
        // Under a rule of dashes, a value one column left of its rule.
        let text = "  No.    氏名        保険者番号  記号      番号\n\
                    \x20 -----  ----------  ----------  --------  ----------\n\
                    \x20 1035  土屋 典子     33108721  940       966";
        let found = values(text);
        assert_eq!(found, ["33108721", "940", "966"]);
        // The rule's columns part values a single space parts.
        let text = "SEQ  ｶﾅｼﾒｲ              HOKENJA  KIGO      BANGO\n\
                    ---- ------------------ -------- --------- --------\n\
                    0001 ｲｼｶﾜ ﾘｮｳ           01136837 37981231  5864";
        assert_eq!(values(text), ["01136837", "37981231", "5864"]);
    }

    #[test]
    fn one_person_a_column_reads_each_row_by_its_key() {
        // The header names people, not kinds: each row's first cell keys it, a
        // card's 記号 (kanji too), 番号 between 記号 and 枝番.
        let tsv = "項目\t患者A（母）\t患者B（長男）\n患者ID\t71002\t71003\n\
                   保険者番号\t06138622\t133306\n記号\t5310\t杉並\n\
                   番号\t2241\t7719020\n枝番\t00\t02";
        let found = values(tsv);
        assert_eq!(
            found,
            ["06138622", "133306", "5310", "杉並", "2241", "7719020", "00", "02"]
        );
        // In Markdown, under a header that names no kind.
        let md = "| 項目 | 本人 | 配偶者 |\n|---|---|---|\n| 記号 | 5520 | 都職12 |\n| 番号 | 73 | 40115 |";
        let found = values(md);
        assert_eq!(found, ["5520", "都職12", "73", "40115"]);
        // A row of labels, or a note beside a 記号, is no value.
        let md = "| 記号 | 番号 | 枝番 |\n| kigo | varchar(20) | 全角あり |";
        assert!(added(md)
            .iter()
            .all(|(_, v)| v != "番号" && v != "全角あり"));
    }

    #[test]
    fn a_tight_word_ends_its_header_cell() {
        // `枝` alone heads the 枝番 column; the 記号 cell's neighbour is no 記号.
        let md =
            "| 氏名 | 保番 | 記号 | 枝 | 確認日 |\n| 岡田 直子 | 06123798 | 4120 | 01 | 4/11 |";
        let found = values(md);
        assert_eq!(found, ["06123798", "4120", "01"]);
    }

    #[test]
    fn a_header_row_names_the_kind_of_its_column() {
        let csv = "氏名,口座番号,メモ\n山田,2058060,\n佐藤,3069171,";
        assert_eq!(
            added(csv),
            [
                (Kind::BankAccount, "2058060".to_owned()),
                (Kind::BankAccount, "3069171".to_owned())
            ]
        );
    }

    #[test]
    fn a_second_header_line_with_fewer_cells_keeps_the_header() {
        let tsv = "患者ID\t氏名\t公費負担者番号\t受給者番号\t上限額\n\t（ｶﾅ）\n\
                   000812\tﾐﾔﾓﾄ ｱｷﾗ\t21168018\t4126900\t5,000";
        assert_eq!(
            added(tsv),
            [
                (Kind::PublicExpensePayer, "21168018".to_owned()),
                (Kind::PublicExpenseRecipient, "4126900".to_owned())
            ]
        );
    }

    #[test]
    fn a_markdown_table_names_short_components_below_its_rule() {
        // The header is two lines above the row, over the `|---|` rule; a card's
        // components are short.
        let md = "| 氏名 | 記号 | 番号 | 枝番 |\n|---|---|---|---|\n| 山田 | 12 | 345 | 01 |";
        let found = values(md);
        assert_eq!(found, ["12", "345", "01"]);
        // A component's word within the card's name (被保険者記号) names the part, and
        // next to it 被保険者番号 is the card's number, however short.
        let md = "| 氏名 | 被保険者記号 | 被保険者番号 |\n| --- | --- | --- |\n| 山田 | 12 | 345 |";
        assert_eq!(
            added(md),
            [
                (Kind::InsuredNumber, "12".to_owned()),
                (Kind::InsuredNumber, "345".to_owned())
            ]
        );
        // A short number in another column is still no value.
        assert_eq!(
            added("| 氏名 | 記号 | 部屋 |\n|---|---|---|\n| 山田 | 12 | 345 |").len(),
            1
        );
    }

    #[test]
    fn a_table_typed_with_full_width_pipes_is_a_table() {
        // On a phone, `｜` and `－`; a row may mix full- and half-width digits.
        let md = "｜氏名｜保険者番号｜記号｜番号｜\n｜－－｜－－｜－－｜－－｜\n｜中島 理沙｜０６１３０３４８｜３６７５０｜7654｜";
        assert_eq!(
            added(md),
            [
                (Kind::InsurerNumber, "０６１３０３４８".to_owned()),
                (Kind::InsuredNumber, "３６７５０".to_owned()),
                (Kind::InsuredNumber, "7654".to_owned())
            ]
        );
    }

    #[test]
    fn a_row_aligned_with_spaces_with_an_empty_cell_is_read_by_its_columns() {
        let listing = "受付No  患者名     保険者番号  公費負担者番号  受給者番号\n\
                       ------  ---------  ----------  --------------  ----------\n\
                       0002    鈴木 一郎  131490\n\
                       0003    高橋 美咲              54139696        7402373";
        assert_eq!(
            added(listing),
            [
                (Kind::InsurerNumber, "131490".to_owned()),
                (Kind::PublicExpensePayer, "54139696".to_owned()),
                (Kind::PublicExpenseRecipient, "7402373".to_owned())
            ]
        );
    }

    #[test]
    fn a_key_value_table_s_row_names_its_value() {
        // The header names no column of values: each row's key does.
        let md = "| 項目 | 内容 |\n| --- | --- |\n| メールアドレス | s89@example.jp |\n| 基礎年金番号 | 2598-195335 |";
        assert_eq!(added(md), [(Kind::PensionNumber, "2598-195335".to_owned())]);
    }

    #[test]
    fn a_header_may_have_a_digit_in_a_word() {
        let tsv = "患者番号\t公費1負担者\t公費1受給者\n81149\t52129368\t0048041";
        assert_eq!(
            added(tsv),
            [
                (Kind::PublicExpensePayer, "52129368".to_owned()),
                (Kind::PublicExpenseRecipient, "0048041".to_owned())
            ]
        );
    }

    #[test]
    fn a_quoted_csv_field_is_one_cell() {
        let csv = "\"row\",\"氏名\",\"保険者番号\",\"記号\",\"番号\",\"枝番\"\n\"1\",\"橋本, 蒼\",\"06277040\",\"961\",\"3016\",\"001\"";
        let found = values(csv);
        assert!(found.contains(&"001".to_owned()), "{found:?}");
    }

    #[test]
    fn a_row_delimiter_joins_no_components() {
        // `56,2026` are two cells, and the date is no 枝番.
        let csv = "記号,番号,有効期限\n1234,56,2026/03/31";
        let found = values(csv);
        assert_eq!(found, ["1234", "56"]);
    }

    #[test]
    fn columns_aligned_with_spaces_make_a_table() {
        // A fixed-width listing: two spaces or more part the columns, one space
        // stays in a cell (`田中 美咲`), and no value reaches across a gap.
        let listing = "受付日      患者名      保険者番号  記号      番号  枝番\n\
                       ----------  ----------  ----------  --------  ----  ----\n\
                       2025/06/02  田中 美咲   01144211    35685755  179   00\n\
                       2025/06/03  中村 亮     01144609    39977945  101   00";
        let found: Vec<(Kind, String)> = added(listing);
        let kinds = |v: &str| {
            found
                .iter()
                .filter(|(_, f)| f == v)
                .map(|(k, _)| k.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(kinds("01144609"), [Kind::InsurerNumber]);
        assert_eq!(kinds("39977945"), [Kind::InsuredNumber]);
        assert_eq!(kinds("101"), [Kind::InsuredNumber]);
        assert!(!found.iter().any(|(_, v)| v.contains("2025")), "{found:?}");
    }

    #[test]
    fn a_listing_ruled_with_dashes_is_read_by_its_rule() {
        // The header's words are parted by one space or two; the rule of dashes
        // under it draws the columns (a transfer file's listing).
        let listing = "区分 銀行  支店 科目 口座番号 受取人名         金額\n\
                       ---- ----- ---- ---- -------- ---------------- ----------\n\
                       2    0005  469  1    8514504  ｶ)ｱｵﾊﾞﾒﾃﾞｨｶﾙ       1,320,000\n\
                       2    0009  194  1    8689539  ﾔﾏﾀﾞ ﾀﾛｳ              48,600";
        assert_eq!(
            added(listing),
            [
                (Kind::BankAccount, "8514504".to_owned()),
                (Kind::BankAccount, "8689539".to_owned())
            ]
        );
    }

    #[test]
    fn a_prefix_names_the_card_of_a_column() {
        // `国保 番号` is the card's number after `国保 記号` (not the staff's 保番).
        let tsv = "氏名\t国保 保険者番号\t国保 記号\t国保 番号\t備考\n田村 トメ\t132092\t北7\t37\t";
        let found = values(tsv);
        assert_eq!(found, ["132092", "北7", "37"]);
        // A column's header names its kind even for a number that reads as a phone
        // number (a care insurance number under 被保険者番号).
        let md = "| 種別 | 保険者番号 | 被保険者番号 |\n|---|---|---|\n| 介護保険 | 227009 | 0256305742 |";
        assert_eq!(
            added(md),
            [
                (Kind::InsurerNumber, "227009".to_owned()),
                (Kind::InsuredNumber, "0256305742".to_owned())
            ]
        );
    }

    #[test]
    fn a_digit_in_a_column_name_after_a_symbol_column_is_no_symbol() {
        let csv = "患者ID,氏名,保険者番号,記号,番号,枝番,公費1負担者,公費1受給者\n\
                   239003,山本 花子,06268148,34955,317,01,54298880,5916002";
        let found = values(csv);
        assert_eq!(
            found,
            ["06268148", "34955", "317", "01", "54298880", "5916002"]
        );
    }

    #[test]
    fn a_table_ends_where_the_delimiters_change() {
        // Below the table, a line with another number of delimiters is prose.
        let text = "氏名|口座番号\n山田|2058060\n\n連絡 3069171";
        assert_eq!(added(text), [(Kind::BankAccount, "2058060".to_owned())]);
        // Without a header's hotwords, no table.
        assert_eq!(added("氏名|メモ\n山田|2058060"), []);
    }

    #[test]
    fn a_listing_s_short_components_and_relation_words_read_by_their_columns() {
        // A one-digit 番号 and a 00 枝番 are values of their columns; 本人 beside
        // them (a 続柄 that one space parts from 枝番 in the header) is no 記号, and
        // 本 after three spaces is no counter.
        let text = "整理番号  記号    番号   枝番 続柄\n\
                    776529    74958   7      00   本人\n\
                    597594    74958   1369   01   配偶者";
        let found = values(text);
        assert_eq!(found, ["74958", "7", "00", "74958", "1369", "01"]);
    }

    #[test]
    fn an_insurance_card_s_symbol_and_number_columns_in_english() {
        // `card_symbol` and `card_number` beside an insurer's column are the
        // insurance card's, not a payment card's; a second statement's columns
        // name its own values.
        let sql = "INSERT INTO patient_insurance (patient_id, insurer_no, card_symbol, card_number, branch_no) VALUES\n\
                   (577182, '33149998', '9308', '1667', '02');\n\
                   INSERT INTO public_expense (patient_id, payer_no, recipient_no) VALUES (577182, '53140042', '5349154');";
        let kinds: Vec<(Kind, String)> = added(sql);
        let values: Vec<&str> = kinds.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            ["33149998", "9308", "1667", "02", "53140042", "5349154"]
        );
        assert_eq!(kinds[4].0, Kind::PublicExpensePayer);
        assert_eq!(kinds[5].0, Kind::PublicExpenseRecipient);
    }

    #[test]
    fn a_markdown_header_of_three_columns_needs_no_rule() {
        // The row's own 記号番号誤り does not make it a header.
        let md = "| 診療年月 | レセ番号 | 保険者番号 | 記号番号 | 返戻理由 |\n\
                  | 2025/04 | 605004 | 01136860 | 36273271・09 | 記号番号誤り |";
        let found = values(md);
        assert!(found.contains(&"01136860".to_owned()), "{found:?}");
        assert!(found.contains(&"36273271".to_owned()), "{found:?}");
        // Two columns (four cells with the bars) stay a key/value row.
        assert_eq!(
            added("| お問い合わせ種別 | 開示請求 |\n| 受付 | 20251127 |"),
            []
        );
    }

    #[test]
    fn a_key_value_row_s_value_typed_across_cells_is_one_value() {
        let text = "| 個人番号 | 4637 | 7647 | 3464 |\n| 続柄 | 本人 |";
        let found = values(text);
        assert_eq!(found.concat(), "463776473464", "{found:?}");
        // Under a header that names its columns, the cells stay apart.
        let named = "| 氏名 | 保険者番号 | 受付日 |\n|---|---|---|\n| 山田 | 06137442 | 2025 |";
        assert_eq!(added(named), [(Kind::InsurerNumber, "06137442".to_owned())]);
    }
}
