//! The context pass: what the words around a number say it is.
//!
//! The scanner ([`super::scan`]) reads a value behind its label the way a form
//! prints it. People write otherwise: the label on a line above with a note
//! between, a heading over a block, a table's header row, a label after the value
//! (`1234567（普通口座）`), words of the same sentence (`…の当座で、番号は8406662です`),
//! hiragana or romaji labels, odd spacing, and a digit too many or too few. This
//! pass reads every number of the text as a whole [`runs::Run`] and weighs the
//! [`hotwords`] around it the way proximity hotwords work in data-loss-prevention
//! tools:
//!
//! 1. **A label decides the kind.** A run that the nearest evidence names as a kind
//!    is masked as that kind, whatever its check digit, when its length is
//!    plausible for the kind (a digit or two off is plausible). A check digit only
//!    ever lets the scanner mask an *unlabelled* number.
//! 2. **Evidence, nearest first:** in a table row, the column's header; on the
//!    value's line, the nearest hotword before it (a generic 番号 / No. defers to a
//!    more specific word before it), then one right after it; then the lines above
//!    in the same block — a label line with no value of its own, or a heading.
//!    Negative words (注文番号, 受付, 〒, tracking…) and phone labels (when phone
//!    numbers are not asked for) block the number the same way.
//! 3. **A run is judged whole.** A run the scanner masked in part is masked whole
//!    (unless what is left is a number of its own), and a run that starts a line
//!    right after a masked run that ended the line above continues it.
//! 4. Dates, amounts (`¥`, `円`), quantities (`3錠`) and, unless a label stands right
//!    before them, valid phone numbers are left alone.
//!
//! Every look is bounded (a window on the line, a few lines up, one header row per
//! table), so the pass is linear in the text; lines without a digit are only looked
//! at as context.

mod hotwords;
mod runs;

use std::cell::OnceCell;

use super::chars::is_hiragana;
use super::{Finding, Kind, KindSet};
use hotwords::{Evidence, Folded, Hot, Kind8};
use runs::Run;

/// How many folded characters before a run its line's hotwords reach.
const BEFORE: usize = 40;
/// How many folded characters after a run a hotword may follow it.
const AFTER: usize = 24;
/// How many lines up a label line may stand (notes between).
const LINES_UP: usize = 4;
/// How many lines up a heading governs.
const HEADING_UP: usize = 16;
/// A label this close before a run (in folded characters) is tight: it decides
/// even for a short or date-like number.
const TIGHT: usize = 6;
/// A word further than this before a run on its line, or in an earlier sentence, is
/// far: a valid phone number or a date there is taken for what it looks like.
const FAR: usize = 16;
/// How many letters and digits a run must have when only a generic word (番号,
/// No.) names it.
const GENERIC_MIN: usize = 6;
/// How many letters and digits a run must have for context alone to mask it.
const MIN_UNITS: usize = 4;
/// How many unmasked letters and digits of a run the scanner masked in part are
/// taken as the rest of the same value.
const REST: usize = 6;

/// The findings of `found` (sorted, non-overlapping) and what the context around
/// the numbers of `text` adds, merged; and whether it added anything.
pub(crate) fn widen(text: &str, kinds: KindSet, found: Vec<Finding>) -> (Vec<Finding>, bool) {
    if !has_digit(text.as_bytes()) {
        return (found, false);
    }
    let (lines, shapes) = line_spans(text);
    let mut pass = Pass {
        text,
        kinds,
        lines,
        shapes,
        cache: Vec::new(),
        table: None,
        veto: Vec::new(),
    };
    let added = pass.run(&found);
    let before = found.len();
    let found = pass.apply_veto(found);
    if added.is_empty() {
        let changed = found.len() != before;
        return (found, changed);
    }
    (super::settle::merge(found, added), true)
}

/// Whether `bytes` hold a digit, half or full width (`０`–`９` are EF BC 90–99).
fn has_digit(bytes: &[u8]) -> bool {
    // Two plain scans (each a tight loop the compiler vectorizes) rather than one
    // that looks ahead at every byte.
    bytes.iter().any(u8::is_ascii_digit)
        || bytes
            .windows(3)
            .any(|w| w[0] == 0xEF && w[1] == 0xBC && (0x90..=0x99).contains(&w[2]))
}

/// What one look at a line's bytes tells: whether it has a digit, and how many of
/// each table delimiter (tab, `|`, `,`) it has.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    digit: bool,
    delimiters: [u32; 3],
}

/// The table delimiters, in the order of [`Shape::delimiters`].
const DELIMITERS: [u8; 3] = [b'\t', b'|', b','];

/// Byte ranges of the lines of `text`, without their line breaks, and their shapes:
/// one pass over the bytes.
fn line_spans(text: &str) -> (Vec<(usize, usize)>, Vec<Shape>) {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut shapes = Vec::new();
    let mut start = 0;
    let mut shape = Shape::default();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' => {
                spans.push((start, i));
                shapes.push(shape);
                shape = Shape::default();
                start = i + 1;
            }
            b'0'..=b'9' => shape.digit = true,
            b'\t' => shape.delimiters[0] += 1,
            b'|' => shape.delimiters[1] += 1,
            b',' => shape.delimiters[2] += 1,
            0xEF => {
                shape.digit |= bytes.get(i + 1) == Some(&0xBC)
                    && bytes.get(i + 2).is_some_and(|c| (0x90..=0x99).contains(c));
            }
            _ => {}
        }
    }
    spans.push((start, text.len()));
    shapes.push(shape);
    (spans, shapes)
}

/// A line folded, with its hotwords and runs.
struct Line<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    runs: Vec<Run>,
    blank: bool,
    /// The folded line and its hotwords, read when first asked for: most lines
    /// with numbers need no evidence (the scanner took their values).
    words: OnceCell<(Folded, Vec<Hot>)>,
    /// Whether it may name a card's component ([`names_component`]).
    component: OnceCell<bool>,
}

impl<'t> Line<'t> {
    fn new(text: &'t str, start: usize, end: usize) -> Self {
        Line {
            text,
            start,
            end,
            runs: runs::runs(text, start, end),
            blank: text
                .get(start..end)
                .is_none_or(|l| l.chars().all(char::is_whitespace)),
            words: OnceCell::new(),
            component: OnceCell::new(),
        }
    }

    /// Whether it may name a card's component (cached).
    fn names_component(&self) -> bool {
        *self
            .component
            .get_or_init(|| names_component(self.text.get(self.start..self.end).unwrap_or("")))
    }

    fn words(&self) -> &(Folded, Vec<Hot>) {
        self.words.get_or_init(|| {
            let folded = Folded::new(self.text, self.start, self.end);
            let hots = hotwords::find(&folded);
            (folded, hots)
        })
    }

    /// The line folded for matching.
    fn folded(&self) -> &Folded {
        &self.words().0
    }

    /// Its hotwords, left to right.
    fn hots(&self) -> &[Hot] {
        &self.words().1
    }

    /// The index in the folded line of byte offset `at`.
    fn index(&self, at: usize) -> usize {
        self.folded().chars.partition_point(|&(_, b)| b < at)
    }

    /// Whether the line is a heading: starts with a heading mark (not `*` or `-`,
    /// which masks and list items start with), ends with a colon
    /// or a closing bracket, or is a short title without a number (`保険証について`).
    fn heading(&self) -> bool {
        let first = self.folded().chars.first().map(|&(c, _)| c);
        let last = self.folded().chars.last().map(|&(c, _)| c);
        matches!(
            first,
            Some(
                '■' | '□'
                    | '●'
                    | '○'
                    | '◆'
                    | '◇'
                    | '▼'
                    | '▽'
                    | '★'
                    | '☆'
                    | '【'
                    | '#'
                    | '<'
                    | '＜'
                    | '['
                    | '〔'
                    | '《'
            )
        ) || matches!(last, Some(':' | '】' | ']'))
            || (self.runs.is_empty() && self.folded().chars.len() <= 24 && self.titled())
    }

    /// Whether the line ends like a title: `…について`, `…の件`, `…情報`, `…一覧`.
    fn titled(&self) -> bool {
        let tail: String = self
            .folded()
            .chars
            .iter()
            .rev()
            .take(4)
            .map(|&(c, _)| c)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        ["ニツイテ", "ノ件", "情報", "一覧"]
            .iter()
            .any(|t| tail.ends_with(t))
    }
}

/// A table's header row: which delimiter, and the hotwords of each column.
struct Table {
    delimiter: char,
    columns: Vec<Option<Evidence>>,
    /// The header's line.
    header: usize,
}

/// What the context says about one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Say {
    /// A value of this kind; `tight` when its label stands right before it.
    Kind(Kind8, bool),
    /// Not a sensitive number.
    Block,
    /// A component of an insurance card (記号, 枝番, or 番号 after one); `tight`
    /// as for `Kind`.
    Component(bool),
    /// A number of some kind (番号 alone).
    Generic,
    /// Nothing.
    Silent,
}

struct Pass<'t> {
    text: &'t str,
    kinds: KindSet,
    lines: Vec<(usize, usize)>,
    /// The shape of each line.
    shapes: Vec<Shape>,
    /// The lines read lately, by index: at most [`HEADING_UP`] + 2 (a look up never
    /// goes further).
    cache: Vec<(usize, Line<'t>)>,
    table: Option<Table>,
    /// Runs in a table column whose header says they are not sensitive (受付ID,
    /// 日付): what the scanner took there for a label above is dropped.
    veto: Vec<(usize, usize)>,
}

impl<'t> Pass<'t> {
    /// The findings the context adds, in order (they may overlap `found`).
    fn run(&mut self, found: &[Finding]) -> Vec<Finding> {
        let mut added: Vec<Finding> = Vec::new();
        let mut next = 0;
        // The kind of a masked run that ended the line before, if one did.
        let mut tail: Option<(Kind8, usize)> = None;
        for li in 0..self.lines.len() {
            self.cache.retain(|(k, _)| k + HEADING_UP + 1 >= li);
            let (ls, le) = self.lines[li];
            let shape = self.shapes.get(li).copied().unwrap_or_default();
            self.track_table(li, shape);
            if !shape.digit {
                tail = None;
                continue;
            }
            let runs = self.line(li).runs.clone();
            // What is or will be masked on this line: the scanner's findings and the
            // context's so far. A value between a word and a number is judged the
            // same whether it is still written or already masked.
            let first = found.partition_point(|f| f.end <= ls);
            let mut masked: Vec<(usize, usize)> = found
                .get(first..)
                .unwrap_or(&[])
                .iter()
                .take_while(|f| f.start < le)
                .map(|f| (f.start, f.end))
                .collect();
            let mut line_tail = None;
            // The kind and end of the run before on this line, if it is masked.
            let mut before: Option<(Kind, usize)> = None;
            // Whether a value of this line is an insurance card's: then a 記号 in
            // kana or kanji may stand beside it.
            let mut insured = false;
            for (ri, run) in runs.iter().enumerate() {
                while found.get(next).is_some_and(|f| f.end <= run.start) {
                    next += 1;
                }
                let over: Vec<&Finding> = found[next..]
                    .iter()
                    .take_while(|f| f.start < run.end)
                    .collect();
                if self.blocked_column(li, run) {
                    self.veto.push((run.start, run.end));
                    continue;
                }
                let hidden = self.uncovered(run, &over);
                let first_on_line = ri == 0 && self.only_space(ls, run.start);
                let kind = if hidden == 0 {
                    over.first().map(|f| f.kind.clone())
                } else if let (Some(f), true) = (over.first(), hidden <= REST) {
                    Some(f.kind.clone())
                } else if let Some(k) = tail.filter(|&(k, n)| {
                    // The rest of a value broken across the line end.
                    let (lo, hi) = k.plausible();
                    first_on_line
                        && over.is_empty()
                        && n < lo
                        && n + run.alnum <= hi + 2
                        && run.wild == 0
                        && !self.glued(run)
                        && !self.not_a_value(run, true)
                }) {
                    Some(k.0.kind())
                } else if let Some(k) = before
                    .as_ref()
                    .filter(|(_, end)| run.alnum <= 6 && self.component_joint(*end, run.start))
                {
                    // The next component of a card's 記号・番号 (`2201・75`, `51266351／2026060`).
                    Some(k.0.clone())
                } else {
                    self.judge(li, run, &masked)
                        .filter(|k| self.kinds.contains(k))
                };
                if let Some(k) = &kind {
                    let start = if *k == Kind::InsuredNumber {
                        self.symbol_prefix(li, run.start)
                    } else {
                        run.start
                    };
                    if hidden > 0 || start < run.start {
                        masked.push((start, run.end));
                        added.push(Finding {
                            kind: k.clone(),
                            start,
                            end: run.end,
                        });
                    }
                }
                before = kind
                    .clone()
                    .filter(|k| {
                        matches!(
                            k,
                            Kind::InsuredNumber
                                | Kind::PublicExpensePayer
                                | Kind::PublicExpenseRecipient
                        )
                    })
                    .map(|k| (k, run.end));
                insured |= kind == Some(Kind::InsuredNumber);
                let last_on_line = ri + 1 == runs.len() && self.only_space(run.end, le);
                if last_on_line {
                    line_tail = kind
                        .as_ref()
                        .and_then(Kind8::of)
                        .map(|k| (k, run.alnum + run.wild));
                }
            }
            tail = line_tail;
            let component_column = self
                .table
                .as_ref()
                .is_some_and(|t| t.header != li && t.columns.contains(&Some(Evidence::Component)));
            if insured || component_column {
                self.symbols(li, &mut added);
            }
        }
        added.sort_by_key(|f| f.start);
        added
    }

    /// Whether only a component separator (`・`, `／`, `,`) and spaces stand in
    /// `text[from..to]`.
    fn component_joint(&self, from: usize, to: usize) -> bool {
        self.text.get(from..to).is_some_and(|s| {
            s.chars().count() <= 3
                && s.chars()
                    .any(|c| matches!(c, '・' | '･' | '/' | '／' | ',' | '，' | '、'))
                && s.chars().all(|c| {
                    matches!(c, '・' | '･' | '/' | '／' | ',' | '，' | '、') || c.is_whitespace()
                })
        })
    }

    /// Where a 記号 whose digits start at `start` begins: a kana or kanji prefix
    /// glued to them or joined by a hyphen (`ｱ-1208`, `千代田5`), never a hotword.
    fn symbol_prefix(&mut self, li: usize, start: usize) -> usize {
        let text = self.text;
        let line = self.line(li);
        let at = line.index(start);
        let limit = line
            .hots()
            .iter()
            .rev()
            .find(|h| h.to <= at)
            .map_or(0, |h| h.to);
        let mut i = at;
        if i > limit
            && line
                .folded()
                .chars
                .get(i - 1)
                .is_some_and(|&(c, _)| matches!(c, '-' | 'ー' | '−' | '‐'))
        {
            i -= 1;
        }
        let mut taken = 0;
        while i > limit && taken < 4 {
            let Some(&(_, b)) = line.folded().chars.get(i - 1) else {
                break;
            };
            let raw = text.get(b..).and_then(|s| s.chars().next()).unwrap_or(' ');
            if !symbol_char(raw) {
                break;
            }
            i -= 1;
            taken += 1;
        }
        if taken == 0 {
            return start;
        }
        line.folded().chars.get(i).map_or(start, |&(_, b)| b)
    }

    /// The 記号 of an insurance card written in kana or kanji right after its label
    /// (`記号 市川`, `記号は「な-4」`, `kigo 水戸`, `記号：共 8-3`): added to `added`.
    fn symbols(&mut self, li: usize, added: &mut Vec<Finding>) {
        if !self.kinds.contains(&Kind::InsuredNumber) {
            return;
        }
        let text = self.text;
        // A table's 記号 column: the cell (`国保板橋`, `共済2-7`).
        if let Some(table) = self.table.as_ref().filter(|t| t.header != li) {
            let (ls, le) = self.lines[li];
            let mut at = ls;
            for (col, cell) in text
                .get(ls..le)
                .unwrap_or("")
                .split(table.delimiter)
                .enumerate()
            {
                let trimmed = cell.trim();
                if table.columns.get(col) == Some(&Some(Evidence::Component))
                    && trimmed.chars().any(symbol_char)
                {
                    let start = at + (cell.len() - cell.trim_start().len());
                    added.push(Finding {
                        kind: Kind::InsuredNumber,
                        start,
                        end: start + trimmed.len(),
                    });
                }
                at += cell.len() + table.delimiter.len_utf8();
            }
        }
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        if !may_name_symbol(text.get(ls..le).unwrap_or("")) {
            return;
        }
        let line = self.line(li);
        let chars = &line.folded().chars;
        for (n, h) in line.hots().iter().enumerate() {
            if h.evidence != Evidence::Component {
                continue;
            }
            let stop = line.hots().get(n + 1).map_or(chars.len(), |next| next.from);
            let mut i = h.to;
            let mut connectors = 0;
            while i < stop
                && connectors < 3
                && chars.get(i).is_some_and(|&(c, _)| {
                    matches!(c, ' ' | ':' | '=' | 'ハ' | '「' | '『' | '【' | '(' | '（')
                })
            {
                i += 1;
                connectors += 1;
            }
            let from = i;
            let mut spaces = 0;
            let mut kana = false;
            while i < stop && i - from < 10 {
                let Some(&(c, b)) = chars.get(i) else { break };
                let raw = text.get(b..).and_then(|s| s.chars().next()).unwrap_or(' ');
                if c == ' ' {
                    // `共 8-3`, `名古屋 14`: one space before the digits.
                    let digit_next = chars.get(i + 1).is_some_and(|&(d, _)| d.is_ascii_digit());
                    if spaces > 0 || !digit_next || i == from {
                        break;
                    }
                    spaces += 1;
                } else if symbol_char(raw) {
                    kana = true;
                } else if is_hiragana(raw)
                    && i == from
                    && chars.get(i + 1).is_some_and(|&(d, _)| d == '-')
                {
                    // A 記号 in hiragana: `な-4`.
                    kana = true;
                } else if !(c.is_ascii_alphanumeric() || matches!(c, '-' | 'ー')) {
                    break;
                }
                i += 1;
            }
            let unit = chars
                .get(from..i)
                .unwrap_or(&[])
                .iter()
                .any(|&(c, _)| c == '桁');
            if kana && !unit && i > from {
                let start = chars.get(from).map_or(0, |&(_, b)| b);
                let end = line.folded().at(i);
                let end = text
                    .get(start..end)
                    .map_or(end, |s| start + s.trim_end().len());
                added.push(Finding {
                    kind: Kind::InsuredNumber,
                    start,
                    end,
                });
            }
        }
    }

    /// `found` without the findings of the kinds that need a label that lie in a
    /// vetoed run.
    fn apply_veto(&self, found: Vec<Finding>) -> Vec<Finding> {
        if self.veto.is_empty() {
            return found;
        }
        found
            .into_iter()
            .filter(|f| {
                let proven = matches!(
                    f.kind,
                    Kind::MyNumber
                        | Kind::CreditCard
                        | Kind::Passport
                        | Kind::ResidenceCard
                        | Kind::Email
                        | Kind::Phone
                );
                proven || !self.veto.iter().any(|&(s, e)| f.start < e && s < f.end)
            })
            .collect()
    }

    /// How many letters and digits of `run` no finding of `over` covers.
    fn uncovered(&self, run: &Run, over: &[&Finding]) -> usize {
        if over.is_empty() {
            return run.alnum;
        }
        let mut count = 0;
        let slice = self.text.get(run.start..run.end).unwrap_or("");
        for (i, c) in slice.char_indices() {
            let at = run.start + i;
            if c.is_alphanumeric() && !over.iter().any(|f| f.start <= at && at < f.end) {
                count += 1;
            }
        }
        count
    }

    /// Whether `text[from..to]` is white space only.
    fn only_space(&self, from: usize, to: usize) -> bool {
        self.text
            .get(from..to)
            .is_some_and(|s| s.chars().all(|c| c.is_whitespace()))
    }

    /// Line `li`, folded and read (cached).
    fn line(&mut self, li: usize) -> &Line<'t> {
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        let text = self.text;
        let at = match self.cache.iter().position(|(k, _)| *k == li) {
            Some(at) => at,
            None => {
                self.cache.push((li, Line::new(text, ls, le)));
                self.cache.len() - 1
            }
        };
        &self.cache[at].1
    }

    /// Keeps the header row of the table line `li` belongs to, if any: a line with
    /// a delimiter (`,`, tab, `|`) and hotwords starts a table; it lasts while lines
    /// have as many delimiters.
    fn track_table(&mut self, li: usize, shape: Shape) {
        let count = |d: u8| {
            DELIMITERS
                .iter()
                .position(|&x| x == d)
                .and_then(|i| shape.delimiters.get(i))
                .map_or(0, |&n| n as usize)
        };
        // A header has no number: a line with a digit is at most a row.
        let digit = shape.digit;
        if let Some(table) = &self.table {
            let d = table.delimiter as u8;
            let n = count(d);
            if n + 1 >= table.columns.len() && n > 0 {
                // A row of the table, or a new header with the same delimiter.
                if digit || !self.is_header(li, d) {
                    return;
                }
            } else {
                self.table = None;
            }
        }
        if digit {
            return;
        }
        for d in DELIMITERS {
            if count(d) >= 1 && self.is_header(li, d) {
                let line = self.line(li);
                let mut columns = vec![None];
                for &(c, _) in &line.folded().chars {
                    if c == d as char {
                        columns.push(None);
                    }
                }
                for h in line.hots() {
                    let col = line.folded().chars[..h.from]
                        .iter()
                        .filter(|&&(c, _)| c == d as char)
                        .count();
                    if let Some(slot) = columns.get_mut(col) {
                        // The most specific word of the cell.
                        if !matches!(slot, Some(Evidence::Kind(_))) {
                            *slot = Some(h.evidence);
                        }
                    }
                }
                // Next to a 記号 column, a 番号 column is the card's number.
                if columns.contains(&Some(Evidence::Component)) {
                    for c in columns
                        .iter_mut()
                        .filter(|c| **c == Some(Evidence::Generic))
                    {
                        *c = Some(Evidence::Component);
                    }
                }
                // A Markdown table's leading `|` opens an empty first cell.
                self.table = Some(Table {
                    delimiter: d as char,
                    columns,
                    header: li,
                });
                return;
            }
        }
    }

    /// Whether `run` of line `li` is in a table column whose header is a negative
    /// word (受付ID, 受付日時, 注文番号).
    fn blocked_column(&self, li: usize, run: &Run) -> bool {
        let Some(table) = self.table.as_ref().filter(|t| t.header != li) else {
            return false;
        };
        let (ls, _) = self.lines[li];
        let col = self
            .text
            .get(ls..run.start)
            .unwrap_or("")
            .chars()
            .filter(|&c| c == table.delimiter)
            .count();
        table.columns.get(col) == Some(&Some(Evidence::Negative))
    }

    /// Whether line `li` is a table header with delimiter `d`: hotwords, and no
    /// number.
    fn is_header(&mut self, li: usize, d: u8) -> bool {
        let line = self.line(li);
        line.hots()
            .iter()
            .any(|h| h.evidence != Evidence::Generic || d != b',')
            && line.runs.is_empty()
            && line
                .folded()
                .chars
                .iter()
                .filter(|&&(c, _)| c == d as char)
                .count()
                >= 1
    }

    /// The kind the context gives `run` of line `li`, if it is to be masked.
    fn judge(&mut self, li: usize, run: &Run, masked: &[(usize, usize)]) -> Option<Kind> {
        if run.wild > 0 && run.digits <= 4 {
            // Someone masked it already (`****-****-9018`).
            return None;
        }
        if self.glued(run) {
            return None;
        }
        // Cheap shapes first: a short number is only ever an insurance card's
        // component, and a quantity or date only a value right behind its label.
        if run.alnum < MIN_UNITS && !self.near_component_word(li) {
            return None;
        }
        let near_only = self.quantity(run) || date_like(run, false);
        let mut far = false;
        let say = self.evidence(li, run, masked, &mut far, near_only);
        let generic = say == Say::Generic;
        let (kind, tight) = match say {
            Say::Kind(k, tight) => (k, tight),
            Say::Component(tight) => {
                // Components are short: 番号 56, 枝番 01.
                let enough = if tight { 1 } else { 2 };
                let quantity = if tight {
                    self.quantity(run)
                } else {
                    self.not_a_value(run, true)
                };
                return (run.alnum >= enough && !quantity).then_some(Kind::InsuredNumber);
            }
            // 番号 alone says little: a longer number only.
            Say::Generic if run.alnum >= GENERIC_MIN => (Kind8::Insured, false),
            Say::Generic | Say::Block | Say::Silent => return None,
        };
        let (lo, hi) = kind.plausible();
        // Its length as written: a masked reading of it (`****`) weighs the same.
        let n = run.alnum + run.wild;
        if n < MIN_UNITS.max(lo / 2 + 1) {
            return None;
        }
        if !tight {
            if n + 2 < lo || n > hi + 4 {
                return None;
            }
            if self.not_a_value(run, generic || far) {
                return None;
            }
        }
        if kind == Kind8::Phone {
            // A phone number, even mistyped, is digits from a leading 0.
            let digits_from_zero = run.units.first() == Some(&b'0') && run.digits == run.alnum;
            return digits_from_zero.then_some(Kind::Phone);
        }
        if !tight && (generic || far) && self.is_phone(run) {
            return None;
        }
        Some(kind.kind())
    }

    /// The evidence for `run` of line `li`, nearest first; `far` tells whether it
    /// is a word more than [`FAR`] characters before the run on its line, or in an
    /// earlier sentence.
    fn evidence(
        &mut self,
        li: usize,
        run: &Run,
        masked: &[(usize, usize)],
        far: &mut bool,
        near_only: bool,
    ) -> Say {
        let text = self.text;
        let phone_wanted = self.kinds.contains(&Kind::Phone);
        let read = |e: Evidence, tight: bool| match e {
            Evidence::Kind(Kind8::Phone) if !phone_wanted => Say::Block,
            Evidence::Kind(k) => Say::Kind(k, tight),
            Evidence::Negative => Say::Block,
            Evidence::Component => Say::Component(tight),
            Evidence::Generic => Say::Generic,
        };
        let mut generic = false;
        // A table row: the column's header.
        let table_col = self.table.as_ref().map(|t| {
            let (ls, _) = self.lines[li];
            let before = self.text.get(ls..run.start).unwrap_or("");
            let col = before.chars().filter(|&c| c == t.delimiter).count();
            (t.delimiter, t.columns.get(col).copied().flatten())
        });
        if let Some((_, Some(e))) = table_col {
            match read(e, false) {
                Say::Generic => generic = true,
                say => return say,
            }
        }
        let delimiter = table_col.map(|(d, _)| d);
        // The same line, before the run.
        let line = self.line(li);
        let at = line.index(run.start);
        // The nearest generic word (番号) before the run: its start, and whether it
        // is tight.
        let mut pending: Option<(usize, bool)> = None;
        let mut weak_block = false;
        for h in line.hots().iter().rev().filter(|h| h.to <= at) {
            let between = line.folded().chars.get(h.to..at).unwrap_or(&[]);
            if at - h.to > BEFORE || delimiter.is_some_and(|d| between.iter().any(|&(c, _)| c == d))
            {
                break;
            }
            // A value between the word and the run: the word was that value's.
            let word_end = line.folded().at(h.to);
            let consumed = line.runs.iter().any(|r| {
                r.end <= run.start && line.index(r.start) >= h.to && r.alnum + r.wild >= 2
            }) || masked.iter().any(|&(s, e)| {
                s >= word_end
                    && e <= run.start
                    && text
                        .get(s..e)
                        .is_some_and(|v| v.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
            });
            let tight = !consumed
                && at - h.to <= TIGHT
                && between.iter().filter(|&&(c, _)| is_cjk(c)).count() <= 2;
            let say = read(h.evidence, tight);
            *far = at - h.to > FAR
                || between
                    .iter()
                    .any(|&(c, _)| matches!(c, '。' | '！' | '？' | '!' | '?'));
            if consumed && matches!(say, Say::Component(_) | Say::Generic) && pending.is_none() {
                break;
            }
            match (say, pending) {
                (Say::Generic, None) => pending = Some((h.from, tight)),
                (Say::Generic, Some(_)) => {}
                // `保険者番号`, `カードの番号`: the word and its 番号 are one label.
                (Say::Kind(k, _), Some((from, g_tight))) if from <= h.to + 2 => {
                    return Say::Kind(k, g_tight)
                }
                (Say::Component(_), Some((from, g_tight))) if from <= h.to + 2 => {
                    return Say::Component(g_tight)
                }
                // `記号 1120 番号 455`: a 番号 after a card's word is its number.
                (
                    Say::Kind(Kind8::Insured | Kind8::Insurer, _) | Say::Component(_),
                    Some((_, g_tight)),
                ) => return Say::Component(g_tight),
                (Say::Kind(k, _), Some((_, g_tight))) => return Say::Kind(k, g_tight),
                // A negative word further off blocks unless a label follows the value
                // (`支店（251）の2964810（普通口座）`).
                (Say::Block, _) if !tight => {
                    weak_block = true;
                    break;
                }
                (say, _) => return say,
            }
        }
        if pending.is_some() && !weak_block {
            generic = true;
        }
        if near_only {
            // Only a label right before it could make it a value.
            return Say::Silent;
        }
        // `番号：` right before the run, the kind named above (a heading).
        let generic_tight = pending.is_some_and(|(_, tight)| tight);
        // The same line, right after the run (other values may stand between:
        // `6913818 と 80017957 （受給者番号と負担者番号）`).
        let end = line.index(run.end);
        let same_cell = |h: &Hot| {
            delimiter.is_none_or(|d| {
                !line
                    .folded()
                    .chars
                    .get(end..h.from)
                    .unwrap_or(&[])
                    .iter()
                    .any(|&(c, _)| c == d)
            })
        };
        if let Some(h) = line
            .hots()
            .iter()
            .find(|h| h.from >= end && h.from - end <= AFTER && same_cell(h))
        {
            match read(h.evidence, false) {
                Say::Kind(k, _) if !weak_block || h.from - end <= 4 => return Say::Kind(k, false),
                Say::Block if h.from - end <= 2 => return Say::Block,
                Say::Generic => generic = true,
                _ => {}
            }
        }
        if weak_block {
            return Say::Block;
        }
        // Lines above: a label line with no value of its own, or a heading. A table
        // row has its header instead.
        if delimiter.is_some() {
            return if generic { Say::Generic } else { Say::Silent };
        }
        let alone = line.runs.len() == 1
            && line
                .folded()
                .chars
                .iter()
                .all(|&(_, b)| (b >= run.start && b < run.end) || is_space_or_bracket(text, b));
        let mut up = 0;
        let mut lj = li;
        let mut passed_value = false;
        while lj > 0 && up < HEADING_UP {
            lj -= 1;
            up += 1;
            let line = self.line(lj);
            if line.blank {
                // A heading may stand over a blank line; anything else ends the block.
                let above = lj.checked_sub(1);
                match above {
                    Some(a) if self.line(a).heading() && !self.line(a).hots().is_empty() => {
                        continue
                    }
                    _ => break,
                }
            }
            let line = self.line(lj);
            let Some(last) = line.hots().last() else {
                passed_value |= !line.runs.is_empty();
                continue;
            };
            let free = !line.runs.iter().any(|r| line.index(r.start) >= last.to);
            // Past a line with a value of its own, only a heading still governs.
            let label_line = up <= LINES_UP && free && !passed_value;
            passed_value |= !line.runs.is_empty();
            if label_line || (line.heading() && free) {
                // The line's last word that names something (`年金番号` is 年金).
                let named = line
                    .hots()
                    .iter()
                    .rev()
                    .find(|h| h.evidence != Evidence::Generic);
                match named.map(|h| read(h.evidence, false)) {
                    None => generic = true,
                    // A value alone on its line under its label is what the label
                    // names, even if it reads like a date (`20251127`).
                    Some(Say::Kind(k, _)) => return Say::Kind(k, alone || generic_tight),
                    // A negative word far up (a greeting's お問い合わせ) is no label
                    // of this number.
                    Some(Say::Block) if up > 2 => {}
                    Some(say) => return say,
                }
            } else if up <= LINES_UP
                && line.heading()
                && line
                    .runs
                    .iter()
                    .all(|r| line.index(r.start) < last.to || r.alnum + r.wild <= 4)
            {
                // A heading with a date or count in it (`[カルテ転記] 保険変更 11/6`):
                // its words still govern.
                if let Some(h) = line
                    .hots()
                    .iter()
                    .find(|h| matches!(h.evidence, Evidence::Kind(_)))
                {
                    return read(h.evidence, false);
                }
            }
        }
        if generic {
            Say::Generic
        } else {
            Say::Silent
        }
    }

    /// Whether line `li` or the one above may name a card's component: a cheap
    /// test before a short number is weighed.
    fn near_component_word(&mut self, li: usize) -> bool {
        self.line(li).names_component()
            || li
                .checked_sub(1)
                .is_some_and(|above| self.line(above).names_component())
    }

    /// Whether `run` is part of something else: an e-mail address or identifier
    /// (`_`, `@`), a date, time or fraction (`2026/11/25`, `10:30`, `08/27`).
    fn glued(&self, run: &Run) -> bool {
        let before = self.text.get(..run.start).unwrap_or("").chars().next_back();
        let after = self.text.get(run.end..).unwrap_or("");
        let mut next = after.chars();
        let (a, b) = (next.next(), next.next());
        let digit =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        let ahead_sign = |c: Option<char>| matches!(c, Some('/' | '／' | ':' | '：'));
        if matches!(before, Some('@' | '_' | '＠')) || matches!(a, Some('@' | '_' | '＠')) {
            return true;
        }
        // A page: `P.20`, `p.3`.
        let mut back = self.text.get(..run.start).unwrap_or("").chars().rev();
        if matches!(back.next(), Some('.' | '．'))
            && matches!(back.next(), Some('P' | 'p' | 'Ｐ' | 'ｐ'))
        {
            return true;
        }
        // A date or time has short parts next to its signs (`2026/11/25`, `4:12`);
        // `51266351／2026060` is two values.
        let short = |g: Option<&usize>| run.alnum <= 4 || g.is_some_and(|&g| g <= 2);
        if ahead_sign(a) && digit(b) && short(run.groups.last()) {
            return true;
        }
        let mut back = self.text.get(..run.start).unwrap_or("").chars().rev();
        let (p, q) = (back.next(), back.next());
        ahead_sign(p) && digit(q) && short(run.groups.first())
    }

    /// Amounts and quantities: a unit after the number (`3錠`, `5桁`, `60mg`) or a
    /// currency sign before it.
    fn quantity(&self, run: &Run) -> bool {
        let after = self.text.get(run.end..).unwrap_or("");
        let next = after.trim_start_matches([' ', '\u{3000}']).chars().next();
        if next.is_some_and(runs::is_unit) {
            return true;
        }
        let before = self.text.get(..run.start).unwrap_or("");
        before
            .trim_end_matches([' ', '\u{3000}'])
            .ends_with(['¥', '￥', '$', '＄', '〒'])
    }

    /// Amounts, quantities, versions and (with `dates`) dates: numbers that only a
    /// label close by makes values.
    fn not_a_value(&self, run: &Run, dates: bool) -> bool {
        if self.quantity(run) {
            return true;
        }
        let value = self.text.get(run.start..run.end).unwrap_or("");
        let tail: String = value
            .chars()
            .rev()
            .take(3)
            .map(crate::redact::chars::fold)
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        let letters = run.units.iter().filter(|u| u.is_ascii_alphabetic()).count();
        if ["mg", "ml", "kg", "cm", "mm", "g"]
            .iter()
            .any(|u| tail.ends_with(u) && tail.len() > u.len() && letters == u.len())
        {
            return true;
        }
        if run.groups.len() >= 3
            && value.contains(['.', '．'])
            && run.groups.iter().filter(|&&g| g <= 2).count() >= 2
        {
            // 17.4.1, 2.8.1: a version.
            return true;
        }
        let after = self.text.get(run.end..).unwrap_or("");
        let lower = after.get(..3).unwrap_or(after).to_ascii_lowercase();
        if ["mg", "ml", "kg", "cm", "mm", "yen"]
            .iter()
            .any(|u| lower.starts_with(u))
        {
            return true;
        }
        date_like(run, dates)
    }

    /// Whether `run` is a valid Japanese phone number.
    fn is_phone(&self, run: &Run) -> bool {
        run.units.first() == Some(&b'0')
            && run.digits == run.alnum
            && std::str::from_utf8(&run.units)
                .ok()
                .is_some_and(|d| crate::phone::check_phone(d).is_ok())
    }
}

/// `2026-11-25`, `2026.11.25`, and with `compact` `20261125`: a year of 1950–2039
/// with a month and day.
fn date_like(run: &Run, compact: bool) -> bool {
    let u = &run.units;
    if run.digits != run.alnum {
        return false;
    }
    let num = |s: &[u8]| s.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    // Years people write in these texts: 1950–2039 (an account number such as
    // 20580607 is no date).
    let year = |s: &[u8]| s.len() == 4 && (1950..=2039).contains(&num(s));
    let md = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
    match run.groups.as_slice() {
        [4, m @ 1..=2, d @ 1..=2, ..] => {
            year(&u[..4]) && md(num(&u[4..4 + m]), num(&u[4 + m..4 + m + d]))
        }
        [8] => compact && year(&u[..4]) && md(num(&u[4..6]), num(&u[6..8])),
        // `2027-01`: a year and a month.
        [4, m @ 1..=2] if run.groups.len() == 2 => {
            year(&u[..4]) && (1..=12).contains(&num(&u[4..4 + m]))
        }
        _ => false,
    }
}

/// Kanji or katakana, full or half width, as written: what a 記号 may hold
/// besides digits (`市川`, `ｱ`). Hiragana starts a sentence instead (a 記号 in
/// hiragana, `な-4`, is taken only with its hyphen).
fn symbol_char(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{30A1}'..='\u{30FA}' | '\u{FF66}'..='\u{FF9D}' | '\u{3400}'..='\u{9FFF}')
}

/// Whether `line` may hold a word for a component of an insurance card (記号, 番号,
/// 枝番 in any writing).
fn names_component(line: &str) -> bool {
    may_name_symbol(line)
        || line.contains(['番', '枝', 'バ', 'ば', 'ﾊ', 'エ', 'え', 'ｴ'])
        || line
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"bang") || w.eq_ignore_ascii_case(b"numb"))
        || line
            .as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"eda"))
}

/// Whether `line` may hold a word for an insurance card's 記号 (記号, きごう, ｷｺﾞｳ,
/// kigo, symbol): a cheap test before the line is folded.
fn may_name_symbol(line: &str) -> bool {
    line.contains(['記', 'キ', 'き', 'ｷ', 'ｋ', 'Ｋ', 'ｓ', 'Ｓ'])
        || line
            .as_bytes()
            .windows(4)
            .any(|w| w.eq_ignore_ascii_case(b"kigo") || w.eq_ignore_ascii_case(b"symb"))
}

/// Whether the character at byte `at` of `text` is a bracket or space (what may
/// stand around a value alone on its line).
fn is_space_or_bracket(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | ')' | '（' | '）' | '【' | '】' | '「' | '」' | '[' | ']'
                )
        })
}

/// Kanji or katakana (folded text has no hiragana).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{30A1}'..='\u{30FA}' | '\u{3400}'..='\u{9FFF}')
}

#[cfg(test)]
mod tests;
