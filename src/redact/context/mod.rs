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

mod evidence;
pub(crate) mod hotwords;
mod layout;
mod legend;
mod line;
mod messages;
mod parts;
mod repeats;
mod runs;
mod settled;
mod shape;
mod sql_dump;
mod table;

use super::chars::{self, is_alnum, is_hiragana, unit, Unit};
use super::lines::{self, Lines, Shape};
use super::scratch;
use super::{health, Finding, Kind, KindSet};
use crate::checkdigit;
use crate::offsets::char_count;
use crate::prelude::*;
use crate::substring::{all_chars, any_char};
pub(crate) use hotwords::Kind8;
use hotwords::{Evidence, CARD_DIGITS};
use line::{Line, Spare};
pub(crate) use runs::is_unit;
use runs::Run;
use shape::{may_name_symbol, symbol_char};
use table::Table;

/// How many folded characters before a run its line's hotwords reach.
const BEFORE: usize = 40;
/// How many folded characters after a run a hotword may follow it.
const AFTER: usize = 24;
/// How many lines up a label line may stand (notes between).
const LINES_UP: usize = 4;
/// How many lines up a heading governs.
pub(crate) const HEADING_UP: usize = 16;
/// How many lines the pass keeps read: a heading's look up, the line above a
/// blank one and the current line.
const CACHED: usize = HEADING_UP + 2;
/// A label this close before a run (in folded characters) is tight: it decides
/// even for a short or date-like number.
const TIGHT: usize = 6;
/// The hyphens that, ending a line after a value, say it goes on below
/// (`6477-9438-⏎7315`).
const LINE_HYPHENS: [char; 4] = ['-', '－', '‐', '−'];
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
/// How many lines below a number standing alone on its line may hold the rest of
/// it, for its length.
const BROKEN_LINES: usize = 3;

/// The findings of `found` (sorted, non-overlapping) and what the context around
/// the numbers of `text` adds, merged; and the regions of `text` where they differ
/// from `found`, with the regions of `also` (lists of byte ranges, each sorted,
/// that the caller wants read again): see [`Dirty`]. The regions come line by
/// line, in the order of the text.
pub(crate) fn widen(
    text: &str,
    kinds: KindSet,
    found: Vec<Finding>,
    also: [&[(usize, usize)]; 2],
    lines: Option<Lines>,
    refused: &[(usize, usize)],
) -> (Vec<Finding>, Vec<Dirty>) {
    let lines = match lines {
        Some(given) => {
            debug_assert_eq!(given, lines::spans(text), "the lines as noted");
            given
        }
        None => lines::spans(text),
    };
    // The fields of an interchange format's records, named by their place
    // ([`records`]): added to what the rest finds, whatever it weighs.
    let records = super::records::values(text, &lines.spans, kinds);
    // And numbers a spreadsheet shows in exponent form ([`exponent`]), and the
    // fields of fixed-width records a layout in the text names ([`layout`]).
    let records = super::settle::merge(records, super::exponent::values(text, &lines, kinds));
    let records = super::settle::merge(records, layout::values(text, &lines, kinds));
    // And the elements of an airline booking's record ([`pnr`](super::pnr)).
    let records = super::settle::merge(records, super::pnr::values(text, kinds));
    // And a passport's number in its machine-readable zone ([`mrz`](super::mrz)).
    let records = super::settle::merge(records, super::mrz::values(text, kinds));
    // Without a digit there is no value to weigh; without a word, nothing to weigh
    // it by, unless the scanner found something it could go with (a masked run
    // the next line continues, a component beside it). The second test is for the
    // fields of many records (a phone number, a date): the browser build, without
    // `reuse`, leaves it out for size and makes the pass, which adds nothing there.
    let no_digit = || !lines.shapes.iter().any(|s| s.digit);
    let no_word = || cfg!(feature = "reuse") && found.is_empty() && hotwords::no_word_in(text);
    if no_digit() || no_word() {
        let mut dirty = Vec::new();
        let (mut i, mut j) = (0, 0);
        // The two lists merged by start.
        while let Some(&(start, end)) = match (also[0].get(i), also[1].get(j)) {
            (Some(x), y) if y.is_none_or(|y| x.0 <= y.0) => {
                i += 1;
                Some(x)
            }
            (_, y) => {
                j += 1;
                y
            }
        } {
            dirty.push(Dirty {
                read_from: start,
                start,
                end,
            });
        }
        scratch::give(lines);
        return with_records(found, dirty, records);
    }
    // A text of few lines needs no more cached lines than it has (a short field, a
    // form's body): the cache is allocated at that size.
    let n_lines = lines.spans.len().max(1);
    let Buffers {
        groups,
        runs,
        masked,
        spares,
    } = scratch::take();
    let mut cache = Vec::new();
    for _ in 0..CACHED.min(n_lines) {
        cache.push(None);
    }
    let mut pass = Pass {
        text,
        kinds,
        lines: lines.spans,
        shapes: lines.shapes,
        cache,
        spill: None,
        table: None,
        veto: Vec::new(),
        groups,
        runs,
        masked,
        spares,
        dirty: Vec::new(),
        sql: None,
        parts: Vec::new(),
        legend: None,
    };
    let added = pass.run(&found, also, refused);
    let found = pass.apply_veto(found);
    // Each step's findings join the earlier ones before the next step reads them.
    let merged = |found: Vec<Finding>, more: Vec<Finding>| {
        if more.is_empty() {
            found
        } else {
            super::settle::merge(found, more)
        }
    };
    let found = merged(found, added);
    let rest = pass.rest_in_messages(&found);
    let found = merged(found, rest);
    let again = pass.parts_said_again(&found, refused);
    let found = merged(found, again);
    with_records(found, pass.done(), records)
}

/// `found` with the values of `records` added: a record's place names its kind,
/// first where both start together. (Masking them shows nothing a reading of the
/// masked output would find: they are not marked dirty.)
fn with_records(
    found: Vec<Finding>,
    dirty: Vec<Dirty>,
    records: Vec<Finding>,
) -> (Vec<Finding>, Vec<Dirty>) {
    if records.is_empty() {
        return (found, dirty);
    }
    (super::settle::merge(records, found), dirty)
}

/// The context pass's buffers, kept from one text to the next ([`scratch`]).
#[derive(Default)]
pub(crate) struct Buffers {
    groups: Vec<runs::Group>,
    runs: Vec<Run>,
    masked: Vec<(usize, usize)>,
    /// The buffers of lines no longer looked at.
    spares: Vec<Spare>,
}

// Used by `scratch` with the `reuse` feature.
#[cfg_attr(not(feature = "reuse"), allow(dead_code))]
impl Buffers {
    /// Empties them, keeping their room.
    pub(crate) fn clear(&mut self) {
        self.groups.clear();
        self.runs.clear();
        self.masked.clear();
        self.spares.iter_mut().for_each(Spare::clear);
    }

    /// The bytes they hold room for.
    pub(crate) fn room(&self) -> usize {
        scratch::room(&self.groups)
            + scratch::room(&self.runs)
            + scratch::room(&self.masked)
            + self.spares.iter().map(Spare::room).sum::<usize>()
    }
}

/// Where the context pass changed what the scanner found: a finding it added or
/// one it dropped, `start..end` in the text, and where the reading that led to it
/// began — the header row when it lies in a table (`read_from` ≤ `start`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dirty {
    pub read_from: usize,
    pub start: usize,
    pub end: usize,
}

/// The first findings of `found` (sorted, apart) that start before `end`.
fn starting_before(found: &[Finding], end: usize) -> &[Finding] {
    found
        .get(..found.iter().take_while(|f| f.start < end).count())
        .unwrap_or(&[])
}

/// Whether a value of `refused` (sorted) starts where `run` does and holds it;
/// `next` is where to look, moved on past the values that end before the run.
fn refused_at(refused: &[(usize, usize)], next: &mut usize, run: &Run) -> bool {
    while refused
        .get(*next)
        .is_some_and(|&(start, _)| start < run.start)
    {
        *next += 1;
    }
    refused
        .get(*next..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&(start, _)| start == run.start)
        .any(|&(_, end)| run.end <= end)
}

/// Whether one finding of `found` (sorted, apart) holds all of `start..end`.
fn covered(found: &[Finding], start: usize, end: usize) -> bool {
    let i = super::started_by(found, start);
    i.checked_sub(1)
        .and_then(|i| found.get(i))
        .is_some_and(|f| f.end >= end)
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
    /// The lines read lately: line `li` in slot `li % cache.len()` (a look up never
    /// goes further than [`CACHED`] lines, and there are that many slots or one for
    /// each line of the text).
    cache: Vec<Option<(usize, Line<'t>)>>,
    /// The slot of a line when the cache has none (a text without lines): read
    /// through it rather than through a check that panics.
    spill: Option<(usize, Line<'t>)>,
    table: Option<Table>,
    /// Runs in a table column whose header says they are not sensitive (受付ID,
    /// 日付): what the scanner took there for a label above is dropped.
    veto: Vec<(usize, usize)>,
    /// Room to work in for reading a line's runs, and the current line's runs:
    /// buffers kept from line to line.
    groups: Vec<runs::Group>,
    runs: Vec<Run>,
    /// What is or will be masked on the current line: a buffer kept from line to
    /// line.
    masked: Vec<(usize, usize)>,
    /// The buffers of lines no longer looked at, for the next ones.
    spares: Vec<Spare>,
    /// Where the findings changed (see [`widen`]).
    dirty: Vec<Dirty>,
    /// The last line asked whether it is an SQL `INSERT … (…) VALUES (…)`, and
    /// where its column list opens and its `) VALUES` stands, if it is one.
    sql: Option<(usize, Option<(usize, usize)>)>,
    /// The runs read that may be parts of a value said again
    /// ([`Pass::parts_said_again`]), in order.
    parts: Vec<Run>,
    /// The legend of the line being read, if one names its values.
    legend: Option<legend::Legend>,
}

impl<'t> Pass<'t> {
    /// The findings the context adds, in order (they may overlap `found`).
    fn run(
        &mut self,
        found: &[Finding],
        also: [&[(usize, usize)]; 2],
        refused: &[(usize, usize)],
    ) -> Vec<Finding> {
        // What the runs add, and the 記号 in kana or kanji: table cells and values
        // after their word.
        let mut added: Vec<Finding> = Vec::new();
        let (mut cells, mut named) = (Vec::new(), Vec::new());
        let mut next = 0;
        let mut next_also = [0; 2];
        let mut next_refused = 0;
        // The first finding that ends past the start of the line above.
        let mut near = 0;
        // The first finding that ends past the start of the line (the last one
        // with a digit).
        let mut line_first = 0;
        // The kind of a masked run that ended the line before, if one did.
        let mut tail: Option<(Kind8, usize)> = None;
        // A line before that was settled ([`Pass::settled`]) and ends in a value:
        // its kind and length are read only if this line asks for them.
        let mut tail_from: Option<usize> = None;
        // The line that value ended: the line above, or the one above a chat's
        // message without a number from the same speaker (`あ、途中で送信しちゃった`).
        let mut tail_line = 0;
        // Whether a card's number (its insurer's or its own) was found so far.
        let card_number = |k: &Kind| matches!(k, Kind::InsuredNumber | Kind::InsurerNumber);
        let mut insured_seen = found.iter().any(|f| card_number(&f.kind));
        for li in 0..self.lines.len() {
            let Some(&(ls, le)) = self.lines.get(li) else {
                break;
            };
            let shape = self.shapes.get(li).copied().unwrap_or_default();
            self.track_table(li, shape, found);
            for (list, n) in also.iter().zip(next_also.iter_mut()) {
                while let Some(&(start, end)) = list.get(*n).filter(|a| a.0 <= le) {
                    *n += 1;
                    self.mark(li, start, end);
                }
            }
            // A chat message's header (`母 20:15`) goes between the parts of a value
            // sent in messages: the value above stays open over it.
            if self.chat_header(li) {
                continue;
            }
            if !shape.digit {
                // A 記号 in kana or kanji on a line of its own, beside a card's number
                // on the line above or below (`記号 大阪` / `番号 1234567`), or in
                // brackets after its word under one found before (`記号「大阪市北」`).
                // (Looked for after the card's number beside, the cheaper look.)
                let quoted = |p: &Self| {
                    insured_seen
                        && crate::substring::contains(
                            crate::substring::slice(p.text, ls, le),
                            "記号「",
                        )
                };
                // Or over a card's number under its word in romaji, which the
                // scanner leaves to this pass (`kigo: 大阪市淀⏎bango: 2209817`).
                // Looked at only on a short line that may name a 記号.
                let component_below = |p: &mut Self| {
                    le - ls <= 80
                        && p.shapes.get(li + 1).is_some_and(|s| s.digit)
                        && may_name_symbol(crate::substring::slice(p.text, ls, le))
                        && p.line(li + 1).names_component()
                };
                if self.beside_insured(li, found, &mut near)
                    || quoted(self)
                    || component_below(self)
                {
                    self.add_symbols(li, found, &mut cells, &mut named);
                } else if let Some(f) = insured_seen
                    .then(|| self.symbol_under_word(li, found))
                    .flatten()
                {
                    self.mark(li, f.start, f.end);
                    named.push(f);
                }
                if tail.is_some() && self.same_speaker(tail_line, li) {
                    continue;
                }
                tail = None;
                tail_from = None;
                continue;
            }
            // The scanner's findings over this line: from the first that ends past
            // its start (`found` is sorted and apart; the lines come in order).
            while found.get(line_first).is_some_and(|f| f.end <= ls) {
                line_first += 1;
            }
            let on_line = starting_before(found.get(line_first..).unwrap_or(&[]), le);
            if let Some(ends_in_value) = self.settled(ls, le, on_line) {
                tail = None;
                tail_from = ends_in_value.then_some(li);
                continue;
            }
            // The line's runs, copied into a buffer kept from line to line.
            let mut runs = core::mem::take(&mut self.runs);
            runs.clear();
            let spaced = self.table.as_ref().is_some_and(|t| {
                t.header != li
                    && match t.delimiter {
                        table::SPACED | table::WIDE => true,
                        // (A row whose cells its columns do not take, a value
                        // spaced in groups, is read as a line.)
                        table::TOKENS => {
                            let row = crate::substring::slice(self.text, ls, le);
                            table::token_columns(row, t.columns.len()).is_some()
                        }
                        _ => false,
                    }
            });
            self.legend = None;
            if spaced {
                // In columns aligned with spaces, no value reaches across a column's
                // gap (`01144211  35685755  179`): the runs of each cell.
                // Under a rule of dashes, its columns part the cells, a space between
                // them or not (`01136837 37981231` under `-------- ---------`).
                let mut cell_runs = Vec::new();
                let row = crate::substring::slice(self.text, ls, le);
                let mut read = |p: &mut Self, from: usize, to: usize| {
                    runs::runs_into(p.text, ls + from, ls + to, &mut p.groups, &mut cell_runs);
                    runs.extend_from_slice(&cell_runs);
                };
                // (Gathered only for a ruled table; the gaps' cells are read as met.)
                match self.table.as_ref().filter(|t| t.ruled) {
                    Some(t) => {
                        for &(from, to) in &table::ruled_cells(row, &t.spans) {
                            read(self, from, to);
                        }
                    }
                    // Or one U+3000 parts the cells (`LE VAN DUC　C9986258　799216432620`).
                    None => {
                        let d = self.table.as_ref().map_or(table::SPACED, |t| t.delimiter);
                        for (from, cell) in table::cells(row, d) {
                            read(self, from, from + cell.len());
                        }
                    }
                }
            } else {
                self.legend = self.legend_runs(li, &mut runs);
                if self.legend.is_none() {
                    runs.extend_from_slice(&self.line(li).runs);
                }
            }
            // What is or will be masked on this line: the scanner's findings and the
            // context's so far. A value between a word and a number is judged the
            // same whether it is still written or already masked.
            for r in runs.iter().filter(|r| repeats::may_be_part(r)) {
                self.parts.push(*r);
            }
            let mut masked = core::mem::take(&mut self.masked);
            masked.clear();
            for f in on_line {
                masked.push((f.start, f.end));
            }
            let mut line_tail = None;
            // The kind and end of the run before on this line, if it is masked.
            let mut before: Option<(Kind8, usize)> = None;
            // Whether a value of this line is an insurance card's: then a 記号 in
            // kana or kanji may stand beside it.
            let mut insured = false;
            for (ri, run) in runs.iter().enumerate() {
                while found.get(next).is_some_and(|f| f.end <= run.start) {
                    next += 1;
                }
                // The findings over it: `found` is sorted and apart.
                let over = starting_before(found.get(next..).unwrap_or(&[]), run.end);
                // A JSON key with a digit (`"memo1": …`) is no value.
                if crate::substring::is_json_key(self.text.as_bytes(), run.start, run.end) {
                    continue;
                }
                if self.column_says(li, run.start, Evidence::Negative)
                    && self.row_key(li, run.start).is_none()
                {
                    self.veto.push((run.start, run.end));
                    for f in over.iter().filter(|f| !proves_itself(self.text, f)) {
                        self.mark(li, f.start, f.end);
                    }
                    continue;
                }
                // A 受給者証's two numbers side by side, no word of their own (nor a
                // negative one), outside a record a place names (`KO,…`: `records`):
                // what nothing else claims.
                let pair =
                    if over.is_empty() && !matches!(self.text.as_bytes().get(ls + 2), Some(b',')) {
                        self.public_pair(li, &runs, ri, refused)
                    } else {
                        None
                    };
                let paired = pair.is_some();
                let hidden = self.uncovered(run, over);
                // The letters and digits of the value above that this run goes on.
                let mut carried = 0;
                // First on its line, or after the same lead as the value that
                // ended the line above (a chat's speaker).
                let alone = ri == 0 && self.only_space(ls, run.start);
                let chat = !alone
                    && ri + 1 == runs.len()
                    && (tail.is_some() || tail_from.is_some())
                    && self.lead_above(tail_line, li, run);
                let first_on_line = alone || chat;
                let kind = if hidden == 0 {
                    over.first().map(|f| f.kind.clone())
                } else if let (Some(f), true) = (
                    over.first(),
                    hidden <= REST && !over.last().is_some_and(|l| self.year_after(run, l.end)),
                ) {
                    Some(f.kind.clone())
                } else if let Some(k) = (if first_on_line && over.is_empty() {
                    tail.or_else(|| tail_from.and_then(|l| self.settled_tail(l, found)))
                } else {
                    None
                })
                .filter(|&(k, n)| {
                    // The rest of a value broken across the line end: shorter than
                    // its kind's shortest plausible length, or, for a kind of one
                    // length outside a table (whose rows are records of their own),
                    // than that length (the longest plausible, less the two digits a
                    // typo may add); or the next message of a chat that sent part of
                    // it.
                    let (lo, hi) = k.plausible();
                    let one_length =
                        !matches!(k, Kind8::Phone | Kind8::Card | Kind8::Bank | Kind8::Insured);
                    // A card as issued here has 14 digits at least (Diners 14, Amex
                    // 15, the others 16): 12 of them in three groups are a start.
                    let usual = if one_length && self.table.is_none() {
                        lo.max(hi - 2)
                    } else if k == Kind8::Card {
                        14
                    } else {
                        lo
                    };
                    // Groups of four broken over a line end, whatever the kind the
                    // first of them was read as (`番号控え：3700 4722⏎4332）`): a My
                    // Number's third group, or a card's fourth.
                    let fours = run.alnum == 4
                        && run.digits == 4
                        && (n == 8 || (n == 12 && k == Kind8::Card))
                        && spaced_four_before(self.text, ls);
                    // Or a line that ended in a hyphen, which says the value goes
                    // on (`個人番号　6477-9438-⏎7315`).
                    let hyphened = || {
                        self.text.get(..ls).is_some_and(|t| {
                            crate::substring::ends_with_any(
                                crate::substring::trim_end(t),
                                &LINE_HYPHENS,
                            )
                        })
                    };
                    // A card's number, of no one length, broken at its line's end:
                    // its rest alone on the line below, or before an aside on why
                    // (`被保険者番号 54240⏎660`, `767239⏎9410（枠が足りず…）`).
                    let insured_rest = || {
                        k == Kind8::Insured
                            && alone
                            && ri + 1 == runs.len()
                            && run.alnum <= 6
                            && run.digits == run.alnum
                            && self.table.is_none()
                            && self.nothing_but_aside(run.end, le)
                    };
                    first_on_line
                        && over.is_empty()
                        && (n < usual || chat || fours || hyphened() || insured_rest())
                        && !(k == Kind8::Card && n >= CARD_DIGITS)
                        && n + run.alnum <= hi + 2
                        // (Digits go on digits, or letters OCR reads for them: a
                        // letter else starts a code of its own, `枝番 01⏎02 25E7886
                        // 石田`, but in a document's number.)
                        && (matches!(k, Kind8::Passport | Kind8::Residence)
                            || run.units().iter().all(|&u| {
                                u.is_ascii_digit() || evidence::misread_digit(u)
                            }))
                        && run.wild == 0
                        && !self.glued(run)
                        && !self.not_a_value(run, true)
                }) {
                    carried = k.1;
                    Some(k.0.kind())
                } else if let Some((k, _)) = before.filter(|&(k, end)| {
                    matches!(k, Kind8::Insured | Kind8::Payer | Kind8::Recipient)
                        && run.alnum <= 6
                        && !self.glued(run)
                        && self.component_joint(li, end, run.start)
                }) {
                    // The next component of a card's 記号・番号 (`2201・75`, `51266351／2026060`).
                    Some(k.kind())
                } else if let Some((k, _)) = before.filter(|&(k, end)| {
                    // A phone number's parts only as said aloud (`06の3297の2720`).
                    let spoken = || matches!(self.text.get(end..run.start), Some("の"));
                    (k != Kind8::Phone || spoken())
                        && misread_digits(run)
                        && self.odd_joint(li, end, run.start)
                        && !self.quantity(run)
                }) {
                    // The next group of a value typed with an odd mark between its
                    // groups (`9769~5055~7068`, `856・5224`).
                    Some(k.kind())
                } else if let Some((k, _)) = before.filter(|&(_, end)| {
                    run.digits > 0
                        && !self.not_a_value(run, true)
                        && (self.arrow_between(end, run.start)
                            || parts::became_between(crate::substring::slice(
                                self.text, end, run.start,
                            )))
                }) {
                    // A value changed, in a history, a diff or a log (`記号 114523 →
                    // 中央8`, `field=kigo old=6693 new=92312`): what it became is of
                    // its kind.
                    Some(k.kind())
                } else if let Some(k) = self.corrects(li, run, found, &added) {
                    // A value given again, corrected (`正しくは 1432566`).
                    Some(k)
                } else if self.table.is_none()
                    && refused_at(refused, &mut next_refused, run)
                    && !(alone && self.stacked_kind(li))
                {
                    // A negative label right before it said what it is; unless it
                    // is one of labels stacked over as many values, not this one's
                    // (`基礎年金番号⏎年金コード⏎9118-238074⏎1150`).
                    None
                } else {
                    let hidden = evidence::Hidden {
                        found,
                        added: &added,
                    };
                    let judged = self.judge(li, run, &masked, hidden);
                    // Which of a 受給者証's pair it is, its digits say best (as when
                    // nothing else is judged).
                    let public = judged.as_ref().is_none_or(|k| {
                        matches!(k, Kind::PublicExpensePayer | Kind::PublicExpenseRecipient)
                    });
                    match pair.filter(|_| public) {
                        Some(k) => Some(k),
                        // Else a number broken over two lines, or a row alike
                        // under a row masked.
                        None => judged
                            .or_else(|| self.broken_number(li, &runs, ri))
                            .or_else(|| self.row_above(li, run, hidden)),
                    }
                    .filter(|k| self.kinds.contains(k))
                };
                // A part found before (by the scanner, or on an earlier reading) goes
                // on the value above as much.
                if let Some((k, n)) = tail.filter(|_| first_on_line && carried == 0) {
                    if kind.as_ref().and_then(Kind8::of) == Some(k) {
                        carried = n;
                    }
                }
                if let Some(k) = &kind {
                    let start = match k {
                        Kind::InsuredNumber => self.symbol_prefix(li, run.start),
                        // An international number's `+` is part of it.
                        Kind::Phone => run.start - self.plus_before(run.start),
                        // So are a passport's letters said apart (`TRの8728334`).
                        Kind::Passport | Kind::ResidenceCard => {
                            letters_before(self.text, run.start)
                        }
                        _ => run.start,
                    };
                    if (hidden > 0 || start < run.start) && !covered(found, start, run.end) {
                        masked.push((start, run.end));
                        self.mark(li, start, run.end);
                        added.push(Finding {
                            kind: k.clone(),
                            start,
                            end: run.end,
                        });
                    }
                }
                let of = kind.as_ref().and_then(Kind8::of);
                before = of.map(|k| (k, run.end));
                insured |= matches!(kind, Some(Kind::InsuredNumber));
                insured_seen |= kind.as_ref().is_some_and(card_number);
                let last_on_line = ri + 1 == runs.len() && self.ends_line(run.end, le);
                // (A 受給者証's pair is whole: no value goes on from it.)
                if last_on_line && !paired {
                    line_tail = of.map(|k| (k, carried + run.alnum + run.wild));
                }
            }
            // A message of the same speaker without a value of its own (its time
            // aside) leaves the value above open.
            if line_tail.is_some() || tail.is_none() || !self.same_speaker(tail_line, li) {
                tail = line_tail;
                tail_line = li;
            }
            tail_from = None;
            self.runs = runs;
            self.masked = masked;
            let component_column = self
                .table
                .as_ref()
                .is_some_and(|t| t.header != li && t.columns.contains(&Some(Evidence::Component)));
            if insured || component_column {
                self.add_symbols(li, found, &mut cells, &mut named);
            }
        }
        // Each list is in order: merged, not sorted.
        let merge = super::settle::merge;
        merge(merge(added, cells), named)
    }

    /// The kind of run `ri` of `runs` when it and the run beside it are the
    /// 公費負担者番号 and 受給者番号 of a 受給者証 written side by side without a word of
    /// their own ([`health::public_pair`]), parted by spaces or a mark
    /// (`54130380  1857242`, `88136833 / 2434538`, HL7's `81127615^3811940`; the
    /// runs part such a pair: [`runs`]); not where a negative label refused either
    /// (`refused`).
    fn public_pair(
        &mut self,
        li: usize,
        runs: &[Run],
        ri: usize,
        refused: &[(usize, usize)],
    ) -> Option<Kind> {
        let text = self.text;
        // Digits only, in one group, eight or seven of them (a cheap look first).
        let whole = |r: &&Run| r.plain_digits() && r.group_count() == 1 && matches!(r.alnum, 7 | 8);
        // Not what a negative label refused (`refused` is sorted and apart).
        let free = |r: &Run| {
            let at = refused.partition_point(|x| x.1 <= r.start);
            refused.get(at).is_none_or(|x| x.0 >= r.end)
        };
        // Spaces or a mark or two between (nine bytes at most), no word.
        let pair = |a: &Run, b: &Run| {
            health::public_pair(a.units(), b.units())
                && text
                    .get(a.end..b.start)
                    .is_some_and(|gap| gap.len() <= 9 && !any_char(gap, is_alnum))
                && free(a)
                && free(b)
        };
        let run = runs.get(ri).filter(whole)?;
        if runs.get(ri + 1).filter(whole).is_some_and(|n| pair(run, n)) {
            return Some(Kind::PublicExpensePayer);
        }
        let prev = ri.checked_sub(1).and_then(|p| runs.get(p)).filter(whole);
        if prev.is_some_and(|p| pair(p, run)) {
            return Some(Kind::PublicExpenseRecipient);
        }
        // Or one over the other, each alone on its line after the same words
        // (`54267711⏎8285256`, `入力値：83127902⏎入力値：4045779`).
        let run = *run;
        let alone = |p: &mut Self, l: usize| -> Option<(Run, &'t str)> {
            let &(ls, le) = p.lines.get(l)?;
            let line = p.line(l);
            let r = *line.runs.first().filter(|_| line.runs.len() == 1)?;
            let lead = crate::substring::trim(crate::substring::slice(text, ls, r.start));
            (whole(&&r) && p.only_space(r.end, le) && free(&r)).then_some((r, lead))
        };
        let (_, lead) = alone(self, li).filter(|(r, _)| r.start == run.start)?;
        let below = alone(self, li + 1)
            .filter(|(n, l)| *l == lead && health::public_pair(run.units(), n.units()));
        if below.is_some() {
            return Some(Kind::PublicExpensePayer);
        }
        let above = li.checked_sub(1).and_then(|a| alone(self, a));
        above
            .filter(|(p, l)| *l == lead && health::public_pair(p.units(), run.units()))
            .map(|_| Kind::PublicExpenseRecipient)
    }

    /// The kind of one number broken over a line end that run `ri` of `runs` (line
    /// `li`'s) is part of, with the run on the next line or the previous one: the
    /// first ends its line, the second starts its own. A My Number when the second
    /// is alone on its line too and their twelve digits pass the check (`3845
    /// 0942⏎5666⏎（マイナンバーです…）`, no word before them); a card when a
    /// hyphen ends the first and their digits pass a card's checks
    /// (`3587-9820-⏎0840-6930（二重に決済…）`); a residence
    /// card when they are shaped as one (`JF1970⏎4971GX`).
    fn broken_number(&mut self, li: usize, runs: &[Run], ri: usize) -> Option<Kind> {
        let run = *runs.get(ri).filter(|r| r.wild == 0 && r.alnum < 12)?;
        let &(ls, le) = self.lines.get(li)?;
        // The kind of the units of two runs in order, `alone` when the second
        // stands alone on its line, `hyphen` when one ended the first's, `parts`
        // when both may be a card's or a residence card's parts (`part`).
        let join = |a: &Run, b: &Run, alone: bool, hyphen: bool, parts: bool| {
            let (a, b) = (a.units(), b.units());
            let mut joined = [0u8; 19];
            let len = a.len() + b.len();
            let slot = joined.get_mut(..len)?;
            // By element: `split_at_mut` and `copy_from_slice` would bring panics'
            // messages into the browser build.
            for (to, &from) in slot.iter_mut().zip(a.iter().chain(b)) {
                *to = from;
            }
            let digits = slot.iter().all(u8::is_ascii_digit);
            if digits && len == 12 && alone && checkdigit::is_my_number(slot) {
                Some(Kind::MyNumber)
            } else if parts && digits && hyphen && crate::redact::card::is_card_digits(slot) {
                Some(Kind::CreditCard)
            } else if parts && crate::redact::ids::residence_shape(slot) {
                Some(Kind::ResidenceCard)
            } else {
                None
            }
        };
        // (A hyphen may end the first part: `3587-9820-`; a card's parts need
        // it, two numbers one a line being as often two of a list.)
        let hyphen_after = |p: &Self, r: &Run, end: usize| {
            p.text
                .get(r.end..end)
                .and_then(|t| t.chars().next())
                .filter(|&c| matches!(c, '-' | '－'))
                .map_or(0, char::len_utf8)
        };
        let ends_line =
            |p: &Self, r: &Run, end: usize| p.only_space(r.end + hyphen_after(p, r, end), end);
        // (A card's and a residence card's parts have four characters at least,
        // and are neither a date nor an amount: `6484-6984-5070⏎2025/8/25`,
        // `7465746537894⏎…⇥2.31`. A My Number's check holds whatever its parts.)
        let part = |p: &mut Self, r: &Run| {
            let after = crate::substring::char_at(p.text, r.end);
            r.alnum >= 4
                && !p.not_a_value(r, true)
                && !after.is_some_and(|c| {
                    matches!(c, '/' | '.' | ':' | '年' | '月' | '日' | '円' | '%' | '％')
                })
        };
        let run_part = part(self, &run);
        if ri + 1 == runs.len() && ends_line(self, &run, le) {
            let &(ns, ne) = self.lines.get(li + 1)?;
            let next = self.line(li + 1).runs.first().copied();
            if let Some(n) = next.filter(|n| n.wild == 0 && self.only_space(ns, n.start)) {
                let hyphen = hyphen_after(self, &run, le) > 0;
                let parts = run_part && part(self, &n);
                if let Some(kind) = join(&run, &n, self.only_space(n.end, ne), hyphen, parts) {
                    return Some(kind);
                }
            }
        }
        if ri == 0 && self.only_space(ls, run.start) {
            let &(_, pe) = self.lines.get(li.checked_sub(1)?)?;
            let prev = self.line(li - 1).runs.last().copied();
            if let Some(p) = prev.filter(|p| p.wild == 0 && ends_line(self, p, pe)) {
                let hyphen = hyphen_after(self, &p, pe) > 0;
                let parts = run_part && part(self, &p);
                if let Some(kind) = join(&p, &run, self.only_space(run.end, le), hyphen, parts) {
                    return Some(kind);
                }
            }
        }
        None
    }

    /// The 記号 in kana or kanji of line `li` ([`Pass::symbols`]) that the scanner's
    /// findings `found` do not hold already, added to `cells` and `named` and marked.
    fn add_symbols(
        &mut self,
        li: usize,
        found: &[Finding],
        cells: &mut Vec<Finding>,
        named: &mut Vec<Finding>,
    ) {
        let from = (cells.len(), named.len());
        self.symbols(li, cells, named);
        // The new ones (from `n` on) that a finding covers are dropped, in place:
        // only the line's own are read (the lists hold the whole text's).
        for (list, n) in [(&mut *cells, from.0), (&mut *named, from.1)] {
            let mut kept = n;
            for i in n..list.len() {
                let Some(f) = list.get(i).cloned() else {
                    break;
                };
                if !covered(found, f.start, f.end) {
                    if let Some(slot) = list.get_mut(kept) {
                        *slot = f;
                    }
                    kept += 1;
                }
            }
            list.truncate(kept);
        }
        let new_cells = cells.get(from.0..).unwrap_or(&[]);
        for f in new_cells.iter().chain(named.get(from.1..).unwrap_or(&[])) {
            self.mark(li, f.start, f.end);
        }
    }

    /// A 記号 in kana or kanji alone on line `li`, under its word alone, the card's
    /// number found on the three lines below: a card's fields copied one a line
    /// (`記号⏎ア⏎番号⏎076715`).
    fn symbol_under_word(&mut self, li: usize, found: &[Finding]) -> Option<Finding> {
        let text = self.text;
        let (ls, le) = *self.lines.get(li)?;
        let (_, below) = *self.lines.get(li + 3).or(self.lines.last())?;
        // (A line of prose is passed over by its length in bytes alone.)
        if le - ls > 64 {
            return None;
        }
        let raw = text.get(ls..le)?;
        let value = crate::substring::trim(raw);
        if value.is_empty()
            || char_count(value) > 10
            || !any_char(value, symbol_char)
            || !all_chars(value, |c| {
                symbol_char(c) || c.is_ascii_alphanumeric() || matches!(c, '-' | 'ー' | '・')
            })
            || shape::names_component(value)
            || !found
                .iter()
                .any(|f| f.kind == Kind::InsuredNumber && f.start >= le && f.end <= below)
        {
            return None;
        }
        let word = self.line(li.checked_sub(1)?);
        let chars = &word.folded().chars;
        let [h] = word.hots() else { return None };
        let alone = h.from == 0
            && word.names_symbol(h)
            && chars
                .get(h.to..)
                .is_some_and(|rest| hotwords::all_folded(rest, |c| matches!(c, ':' | '：' | ' ')));
        let start = ls + (raw.len() - crate::substring::trim_start(raw).len());
        alone.then_some(Finding {
            kind: Kind::InsuredNumber,
            start,
            end: start + value.len(),
        })
    }

    /// Whether the scanner found a card's number (`found`, sorted) on the line above
    /// or below line `li`; `near` is where to look from, moved on as `li` grows.
    fn beside_insured(&self, li: usize, found: &[Finding], near: &mut usize) -> bool {
        let (Some(&(from, _)), Some(&(_, to))) = (
            self.lines.get(li.saturating_sub(1)),
            self.lines.get(li + 1).or(self.lines.get(li)),
        ) else {
            return false;
        };
        while found.get(*near).is_some_and(|f| f.end <= from) {
            *near += 1;
        }
        found
            .get(*near..)
            .unwrap_or(&[])
            .iter()
            .take_while(|f| f.start < to)
            .any(|f| f.kind == Kind::InsuredNumber)
    }

    /// Whether only a component separator (`・`, `／`, `,`) and spaces stand in
    /// `text[from..to]` on line `li`; not a table's delimiter there (`56,2026` in a
    /// CSV row is two cells).
    fn component_joint(&self, li: usize, from: usize, to: usize) -> bool {
        let delimiter = self
            .table
            .as_ref()
            .filter(|t| t.header != li)
            .map(|t| t.delimiter);
        self.text.get(from..to).is_some_and(|s| {
            // The delimiters are ASCII.
            !delimiter.is_some_and(|d| s.bytes().any(|b| char::from(b) == d))
                && char_count(s) <= 3
                && any_char(s, |c| {
                    matches!(c, '・' | '･' | '/' | '／' | ',' | '，' | '、')
                })
                && all_chars(s, |c| {
                    matches!(c, '・' | '･' | '/' | '／' | ',' | '，' | '、')
                        || crate::substring::is_whitespace(c)
                })
        })
    }

    /// The kind of the value that `run` of line `li` corrects: after a word that
    /// gives a value again (`正しくは`), the last value found before it on the
    /// eight lines above, of about its length (`受給者番号が 1432568 …⏎正しくは
    /// 1432566 です`).
    fn corrects(&self, li: usize, run: &Run, found: &[Finding], added: &[Finding]) -> Option<Kind> {
        let (ls, _) = *self.lines.get(li)?;
        if run.wild > 0 || !parts::correction_before(self.text, ls, run.start) {
            return None;
        }
        let from = self.lines.get(li.saturating_sub(8)).map_or(0, |l| l.0);
        let hidden = evidence::Hidden { found, added };
        let last = hidden.last_before(run.start).filter(|f| f.end > from)?;
        (evidence::units(self.text, last).abs_diff(run.alnum) <= 1).then(|| last.kind.clone())
    }

    /// Whether one odd mark alone parts bytes `from` and `to` of line `li`, as
    /// people type between a value's groups (`~`, `_`, `|` outside a table, `・`,
    /// `、`, and `の` as they say them; not `,` nor `/`: an amount's `10,000`, an
    /// expiry's `12/27`), or the
    /// brackets of two boxes side by side (`］［`).
    fn odd_joint(&self, li: usize, from: usize, to: usize) -> bool {
        // A table's bar, typed half or full width, parts its cells.
        let table = self.table.as_ref().is_some_and(|t| t.header != li);
        let gap = crate::substring::slice(self.text, from, to);
        // A form's boxes, a group or a digit in each: `［1234］［5678］`.
        if runs::BOX_JOINTS.contains(&gap) {
            return true;
        }
        // One mark, spaced or not: a bar, or a number read out in parts
        // (`8413の4898の0534`, `1234 の 5678`).
        let mut marks = gap.chars().filter(|&c| c != ' ' && c != '\u{3000}');
        match (marks.next(), marks.next()) {
            // Within a table, a bar joins only in a key/value table, whose header
            // names no column: a row's value typed across cells (`| 個人番号 |
            // 4637 | 7647 | 3464 |`).
            (Some('|' | '｜'), None) => {
                !table
                    || self
                        .table
                        .as_ref()
                        .is_some_and(|t| t.columns.iter().all(Option::is_none))
            }
            (Some('~' | '～' | '〜' | '_' | '＿' | '・' | '･' | '、' | 'の'), None) => true,
            _ => false,
        }
    }

    /// The letters and digits of the runs after `run` on line `li` that odd marks
    /// join to it ([`Pass::odd_joint`]): a value typed with them between its groups,
    /// `room` of them at most.
    pub(super) fn joined_after(&mut self, li: usize, run: &Run, room: usize) -> usize {
        let (mut end, mut added) = (run.end, 0);
        for i in 0..self.line(li).runs.len() {
            let Some(r) = self.line(li).runs.get(i).copied() else {
                break;
            };
            if r.start < run.end {
                continue;
            }
            if !self.odd_joint(li, end, r.start) || !misread_digits(&r) || added + r.alnum > room {
                break;
            }
            added += r.alnum;
            end = r.end;
        }
        added
    }

    /// Whether only an arrow (`→`, `->`, `⇒`, `=>`) and spaces stand between byte
    /// `from` and byte `to` of the text, and maybe 新 and a colon after the arrow,
    /// or a 記号's kana or kanji prefix (`→ 中央8`).
    fn arrow_between(&self, from: usize, to: usize) -> bool {
        let b = self.text.as_bytes();
        let mut i = from;
        let mut arrow = false;
        while i < to {
            match b.get(i..i + 3) {
                Some([0xE2, 0x86 | 0x87, 0x92]) => {
                    arrow = true;
                    i += 3;
                    continue;
                }
                // U+3000, and after the arrow, the word for what it became and a
                // colon (`旧 4572459 → 新 8709032`, `→新：…`).
                Some([0xE3, 0x80, 0x80]) => {
                    i += 3;
                    continue;
                }
                Some([0xE6, 0x96, 0xB0] | [0xEF, 0xBC, 0x9A]) if arrow => {
                    i += 3;
                    continue;
                }
                _ => {}
            }
            match b.get(i) {
                Some(b' ' | b'-' | b'=') => {}
                Some(b':') if arrow => {}
                Some(b'>') => arrow = true,
                _ => break,
            }
            i += 1;
        }
        arrow
            && self
                .text
                .get(i..to)
                .is_some_and(|r| all_chars(r, symbol_char))
    }

    /// Where a 記号 whose digits start at `start` begins: a kana or kanji prefix
    /// glued to them or joined by a hyphen or a middle dot (`ｱ-1208`, `千代田5`,
    /// `横浜・009558`), never a hotword.
    pub(super) fn symbol_prefix(&mut self, li: usize, start: usize) -> usize {
        let text = self.text;
        // After a space or what folds to ASCII (`：`, `(`), but a hyphen or a tilde
        // (`〜` is `ー`), no prefix: the line need not be folded to tell (most
        // values stand after their label so).
        let plain = |c: char| {
            let f = chars::fold(c);
            chars::is_space(c) || (f.is_ascii() && !matches!(f, '-' | '~'))
        };
        if crate::substring::char_before(text, start).is_some_and(plain) {
            // A 記号 apart from its number by a spaced `・`, as OCR spaces a card
            // (`北 ・ 534035`): the prefix ends before the `・`.
            let before = crate::substring::trim_end(crate::substring::slice(text, 0, start));
            if before.len() < start
                && matches!(
                    crate::substring::char_before(before, before.len()),
                    Some('・' | '･')
                )
            {
                let joint = before.len() - '・'.len_utf8();
                let name_end =
                    crate::substring::trim_end(crate::substring::slice(text, 0, joint)).len();
                if name_end < joint
                    && crate::substring::char_before(text, name_end).is_some_and(symbol_char)
                {
                    let s = self.symbol_prefix(li, name_end);
                    if s < name_end {
                        return s;
                    }
                }
            }
            return start;
        }
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
                .is_some_and(|&(c, _)| matches!(c, '-' | 'ー' | '−' | '‐' | '・' | '･'))
        {
            i -= 1;
        }
        // Kana or kanji; hiragana too when they start the cell or the word (`よ5`
        // in a column, `'あ12'` in SQL's values, not the particle of `記号は12`).
        let (mut taken, mut kept, mut kept_taken) = (0, i, 0);
        while i > limit && taken < 4 {
            let Some(&(_, b)) = line.folded().chars.get(i - 1) else {
                break;
            };
            let raw = crate::substring::char_at(text, b).unwrap_or(' ');
            let hiragana = is_hiragana(raw);
            // Nor a kanji before hiragana: a word's inflection (`正しくは`).
            if !hiragana && (kept != i || !symbol_char(raw)) {
                break;
            }
            i -= 1;
            taken += 1;
            if !hiragana && kept == i + 1 {
                kept = i;
                kept_taken += 1;
            }
        }
        let at_start = i == 0
            || line.folded().chars.get(i - 1).is_some_and(|&(c, _)| {
                matches!(
                    c,
                    ' ' | '\t' | '|' | ',' | '"' | '\'' | '「' | '『' | '>' | ':' | '='
                )
            });
        if !at_start {
            (i, taken) = (kept, kept_taken);
        }
        if taken == 0 {
            return start;
        }
        line.folded().chars.get(i).map_or(start, |&(_, b)| b)
    }

    /// The 記号 of an insurance card written in kana or kanji right after its label
    /// (`記号 市川`, `記号は「な-4」`, `記号が世田谷`, `kigo 水戸`, `記号：共 8-3`):
    /// added to `named`, and a table's 記号 cells to `cells`.
    fn symbols(&mut self, li: usize, cells: &mut Vec<Finding>, named: &mut Vec<Finding>) {
        if !self.kinds.contains(&Kind::InsuredNumber) {
            return;
        }
        let text = self.text;
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        let row = crate::substring::slice(text, ls, le);
        // The cells' delimiter: the table's, or the row's own under a header that
        // names no kind (`| 項目 | 本人 | 配偶者 |`).
        let in_table = self.table.as_ref().is_some_and(|t| t.header != li);
        let delimiter = match &self.table {
            Some(t) if in_table => Some(t.delimiter),
            // A header's cells name columns.
            Some(_) => None,
            None => self.shapes.get(li).and_then(Shape::delimiter),
        };
        if let Some(d) = delimiter {
            // A row a 記号 keys (one person a column): its later cells. Its first
            // cell may name one (a cheap look first).
            let (key_from, key) = table::cells(row, d)
                .find(|(_, c)| !crate::substring::trim(c).is_empty())
                .unwrap_or((0, ""));
            let key_end = ls + key_from + key.len();
            let keyed = may_name_symbol(key) && {
                let line = self.line(li);
                line.hots()
                    .first()
                    .is_some_and(|h| line.names_symbol(h) && line.folded().at(h.to) <= key_end)
            };
            // Outside a table, only such a row has cells to read.
            if !keyed && !in_table {
                return self.named_symbols(li, named);
            }
            for (from, cell) in table::cells(row, d) {
                let trimmed = crate::substring::trim(cell);
                // A table's 記号 column: the cell (`国保板橋`, `共済2-7`); the
                // cell's column as a value there reads it ([`Pass::column`]).
                let column = |p: &Self| {
                    p.table.as_ref().is_some_and(|t| {
                        in_table && t.symbol.is_some() && p.column_index(li, ls + from) == t.symbol
                    })
                };
                // Not a label in a later cell (`記号⇥番号⇥枝番`), nor a note (`全角可`):
                // a 記号's characters alone, ten at most (one kana of it may be
                // hiragana, `練馬あ`; not two, `全角あり`).
                let later = keyed
                    && ls + from >= key_end
                    && !shape::names_component(trimmed)
                    && char_count(trimmed) <= 10
                    && trimmed.chars().filter(|c| matches!(c, 'ぁ'..='ゖ')).count() <= 1
                    && all_chars(trimmed, |c| {
                        symbol_char(c)
                            || c.is_ascii_alphanumeric()
                            || matches!(
                                c,
                                '０'..='９' | 'Ａ'..='Ｚ' | '-' | 'ー' | '・' | 'ぁ'..='ゖ'
                            )
                    });
                if any_char(trimmed, symbol_char) && (later || column(self)) {
                    let start = ls + from + (cell.len() - crate::substring::trim_start(cell).len());
                    cells.push(Finding {
                        kind: Kind::InsuredNumber,
                        start,
                        end: start + trimmed.len(),
                    });
                }
            }
        }
        self.named_symbols(li, named);
    }

    /// The 記号 in kana or kanji right after its word on line `li` ([`Pass::symbols`]),
    /// added to `named`.
    fn named_symbols(&mut self, li: usize, named: &mut Vec<Finding>) {
        let text = self.text;
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        if !may_name_symbol(crate::substring::slice(text, ls, le)) {
            return;
        }
        // A header's cells name columns: the one after 記号 is no value.
        let header = self.table.as_ref().is_some_and(|t| t.header == li);
        let line = self.line(li);
        let chars = &line.folded().chars;
        for (n, h) in line.hots().iter().enumerate() {
            if !line.names_symbol(h) {
                continue;
            }
            let mut stop = line.hots().get(n + 1).map_or(chars.len(), |next| next.from);
            let mut i = h.to;
            // A combined label (`記号・番号 水戸南／30495`): the 記号 is the first
            // value after it, when the number follows it (not `記号・番号 不一致`).
            let mut combined = false;
            if let Some(next) = line.hots().get(n + 1).filter(|next| {
                next.from == h.to + 1
                    && chars
                        .get(h.to)
                        .is_some_and(|&(c, _)| matches!(c, '・' | '･' | '/'))
                    && matches!(next.evidence, Evidence::Component | Evidence::Generic)
            }) {
                i = next.to;
                stop = line
                    .hots()
                    .get(n + 2)
                    .map_or(chars.len(), |after| after.from);
                combined = true;
            }
            let mut connectors = 0;
            // A JSON key's quotes too (`"kigo": "文科-8"`), and a table's bar.
            while i < stop
                && connectors < 4
                && chars.get(i).is_some_and(|&(c, _)| {
                    matches!(
                        c,
                        ' ' | ':'
                            | '='
                            | 'ハ'
                            | 'ガ'
                            | '「'
                            | '『'
                            | '【'
                            | '('
                            | '（'
                            | '"'
                            | '\''
                            | ']'
                            | '］'
                            | '】'
                            | '〉'
                            | '》'
                            | '>'
                            | '＞'
                            | '→'
                    ) || (c == '|' && !header)
                })
            {
                i += 1;
                connectors += 1;
            }
            // A card's own word starts the value (`国保16`, `社保3`): read past it;
            // not a label's start (`記号 被保険者番号`).
            let after = line
                .hots()
                .get(n + 2)
                .map_or(chars.len(), |after| after.from);
            if line.hots().get(n + 1).is_some_and(|next| {
                next.from == i
                    && next.to < after
                    && matches!(next.evidence, Evidence::Kind(Kind8::Insured))
            }) {
                stop = after;
            }
            // A compound the word starts names no value (`記号欄`, `記号等`).
            if i == h.to
                && chars
                    .get(i)
                    .is_some_and(|&(c, _)| matches!(c, '欄' | '等' | '表' | '類' | '部' | '的'))
            {
                continue;
            }
            let from = i;
            let mut spaces = 0;
            let mut kana = false;
            // In quotes, a 記号 may be all hiragana (`"kigou": "さいたま"`), closed
            // by its quote.
            let quote = |i: usize| {
                chars
                    .get(i)
                    .is_some_and(|&(c, _)| matches!(c, '"' | '「' | '」'))
            };
            let (quoted, mut hiragana) = (i > h.to && quote(i - 1), false);
            // After a space, a few hiragana may start a 記号 of kanji, its place's
            // name spelt so (`記号 さい北 番号 778758`); the particle right after
            // the word is prose (`記号は北…`).
            let lead_kana = if i > h.to && chars.get(i - 1).is_some_and(|&(c, _)| c == ' ') {
                let kana = chars
                    .get(i..stop)
                    .unwrap_or(&[])
                    .iter()
                    .take(4)
                    .take_while(|&&(_, b)| {
                        crate::substring::char_at(text, b).is_some_and(is_hiragana)
                    })
                    .count();
                let kanji_next = chars.get(i + kana).is_some_and(|&(_, b)| {
                    crate::substring::char_at(text, b)
                        .is_some_and(|c| matches!(c, '\u{3400}'..='\u{9FFF}'))
                });
                if (1..=3).contains(&kana) && kanji_next {
                    kana
                } else {
                    0
                }
            } else {
                0
            };
            // A name in romaji is longer than one in kanji (`Shinagawa 7`).
            let capital = chars.get(from).is_some_and(|&(_, b)| {
                crate::substring::char_at(text, b).is_some_and(|c| c.is_ascii_uppercase())
            });
            let most = if capital { 16 } else { 10 };
            while i < stop && i - from < most {
                let Some(&(c, b)) = chars.get(i) else { break };
                let raw = crate::substring::char_at(text, b).unwrap_or(' ');
                if c == ' ' {
                    // `共 8-3`, `名古屋 14`: one space before the digits; or between
                    // two words of kanji that end the line (`公立学校 東京`), or that
                    // end before the next word (`記号 財務 東　番号 410629`).
                    let digit_next = chars.get(i + 1).is_some_and(|&(d, _)| d.is_ascii_digit());
                    let words_end = kana
                        && chars.get(i + 1..stop).is_some_and(|rest| {
                            let word = rest
                                .iter()
                                .take_while(|&&(_, b)| {
                                    crate::substring::char_at(text, b).is_some_and(symbol_char)
                                })
                                .count();
                            word > 0
                                && (stop == chars.len() || word <= 3)
                                && rest
                                    .get(word..)
                                    .is_some_and(|tail| tail.iter().all(|&(c, _)| c == ' '))
                        });
                    if spaces > 0 || !(digit_next || words_end) || i == from {
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
                } else if quoted && is_hiragana(raw) {
                    (kana, hiragana) = (true, true);
                } else if i < from + lead_kana {
                    kana = true;
                } else if kana
                    && is_hiragana(raw)
                    && chars
                        .get(i + 1)
                        .is_none_or(|&(d, _)| matches!(d, ' ' | '/' | ','))
                    && crate::substring::char_before(text, b)
                        .is_some_and(|p| matches!(p, '\u{3400}'..='\u{9FFF}'))
                {
                    // One kana of the ward's series after its kanji, the word ending
                    // there (`記号: 新宿あ  番号: 2071`, `kigo 練馬ほ`).
                } else if !(c.is_ascii_alphanumeric() || matches!(c, '-' | 'ー')) {
                    break;
                }
                i += 1;
            }
            // Or a place's name in romaji and its digits, before the card's next
            // word or a closing bracket (`kigo Shinagawa 7 bango 20588`, `(kigo: Kita
            // 2)`).
            let romaji = !kana && {
                let value = chars.get(from..i).unwrap_or(&[]);
                let letters = value
                    .iter()
                    .take_while(|&&(c, _)| c.is_ascii_lowercase())
                    .count();
                capital
                    && (2..=12).contains(&letters)
                    && matches!(value.get(letters), Some((' ', _)))
                    && value.get(letters + 1..).is_some_and(|d| {
                        !d.is_empty() && d.iter().all(|&(c, _)| c.is_ascii_digit())
                    })
                    && (line.hots().get(n + 1).is_some_and(|next| {
                        next.from >= i
                            && matches!(next.evidence, Evidence::Component | Evidence::Generic)
                    }) || matches!(chars.get(i), Some((')' | '）', _))))
            };
            let kana = kana || romaji;
            let unit = chars
                .get(from..i)
                .is_some_and(|b| hotwords::any_folded(b, |c| c == '桁'));
            // A word the particle の ties to what follows is prose (`記号は下記の通り`).
            let prose = chars.get(i).is_some_and(|&(c, _)| c == 'ノ') || (hiragana && !quote(i));
            // The number right after, past a joint (`水戸南／30495`, `練 / 5329869`).
            let number_next = || {
                let rest = chars.get(i..).unwrap_or(&[]);
                let joint = rest
                    .iter()
                    .take(4)
                    .take_while(|&&(c, _)| matches!(c, ' ' | '/' | '・' | '-'))
                    .count();
                (1..=3).contains(&joint)
                    && rest.get(joint).is_some_and(|&(d, _)| d.is_ascii_digit())
            };
            // A word in full-width katakana longer than a 記号's, with no digit, a
            // sentence going on after it, is prose (`記号がアルファベットなので`; not
            // `記号 ﾄｳｷｮｳ 番号`).
            let word = chars.get(from..i).is_some_and(|v| {
                let raw = |b: usize| crate::substring::char_at(text, b).unwrap_or(' ');
                v.len() > 4
                    && v.iter()
                        .all(|&(_, b)| matches!(raw(b), '\u{30A1}'..='\u{30FA}' | '\u{30FC}'))
                    && chars.get(i).is_some_and(|&(_, b)| is_hiragana(raw(b)))
            });
            if kana && !unit && !prose && !word && i > from && (!combined || number_next()) {
                let start = chars.get(from).map_or(0, |&(_, b)| b);
                let end = line.folded().at(i);
                let end = text
                    .get(start..end)
                    .map_or(end, |s| start + crate::substring::trim_end(s).len());
                named.push(Finding {
                    kind: Kind::InsuredNumber,
                    start,
                    end,
                });
            }
        }
    }

    /// Ends the pass: where the findings changed. Its buffers and lines go back to
    /// [`scratch`] for the next text.
    fn done(self) -> Vec<Dirty> {
        #[cfg(feature = "reuse")]
        {
            let mut spares = self.spares;
            spares.extend(
                self.cache
                    .into_iter()
                    .flatten()
                    .map(|(_, line)| line.into_spare()),
            );
            scratch::give(Buffers {
                groups: self.groups,
                runs: self.runs,
                masked: self.masked,
                spares,
            });
            scratch::give(Lines {
                spans: self.lines,
                shapes: self.shapes,
            });
        }
        self.dirty
    }

    /// `found` without the findings that lie in a vetoed run, but for those that
    /// prove themselves ([`proves_itself`]).
    fn apply_veto(&self, found: Vec<Finding>) -> Vec<Finding> {
        if self.veto.is_empty() {
            return found;
        }
        let mut kept = Vec::new();
        for f in &found {
            if proves_itself(self.text, f)
                || !self.veto.iter().any(|&(s, e)| f.start < e && s < f.end)
            {
                kept.push(f.clone());
            }
        }
        kept
    }

    /// How many letters and digits of `run` no finding of `over` covers.
    fn uncovered(&self, run: &Run, over: &[Finding]) -> usize {
        if over.is_empty() {
            return run.alnum;
        }
        // Most often one finding holds the whole run.
        if over
            .iter()
            .any(|f| f.start <= run.start && run.end <= f.end)
        {
            return 0;
        }
        let mut count = 0;
        let slice = crate::substring::slice(self.text, run.start, run.end);
        for (i, c) in slice.char_indices() {
            let at = run.start + i;
            if is_alnum(c) && !over.iter().any(|f| f.start <= at && at < f.end) {
                count += 1;
            }
        }
        count
    }

    /// Whether only white space, or a hyphen that says the value goes on below
    /// (`6477-9438-⏎7315`), stands between bytes `from` and `to`, a line's end.
    fn ends_line(&self, from: usize, to: usize) -> bool {
        self.only_space(from, to)
            || self.text.get(from..to).is_some_and(|s| {
                // One character, a hyphen.
                let t = crate::substring::trim(s);
                crate::substring::starts_with_any(t, &LINE_HYPHENS) && char_count(t) == 1
            })
    }

    /// Whether `text[from..to]` is white space only, or a quoted mail's marks
    /// (`> `, `>> `): a line of a quoted mail starts after them.
    fn only_space(&self, from: usize, to: usize) -> bool {
        self.text.get(from..to).is_some_and(|s| {
            all_chars(s, |c| {
                crate::substring::is_whitespace(c) || c == '>' || c == '＞'
            })
        })
    }

    /// Whether only white space, or an aside on why, stands between byte `from` and
    /// `to`, a line's end (`9410（用紙の枠が足りず…）`, `1920 ←つづき`, `※…`).
    fn nothing_but_aside(&self, from: usize, to: usize) -> bool {
        let rest = self.text.as_bytes().get(from..to).unwrap_or(&[]);
        let rest = crate::bytes::after(rest, b" ").unwrap_or(rest);
        self.only_space(from, to)
            || matches!(
                rest,
                [b'(', ..]
                    | [0xEF, 0xBC, 0x88, ..]
                    | [0xE2, 0x86, 0x90, ..]
                    | [0xE2, 0x80, 0xBB, ..]
            )
    }

    /// How many digits the lines below line `li` add to `run`, a value broken over
    /// lines of their own (`マイナンバー⏎1234⏎5678⏎9018`, as a form on a phone or an
    /// OCR pastes it, or a chat sends it in two messages): when the run ends its
    /// line, the digits of the next lines that each end with one number after the
    /// same lead as the run's ([`Pass::same_lead`]: white space, or a chat's
    /// speaker), at most [`BROKEN_LINES`] of them and `room` digits in all.
    fn continued_below(&mut self, li: usize, run: &Run, room: usize) -> usize {
        let Some(&(ls, le)) = self.lines.get(li) else {
            return 0;
        };
        let mut added = 0;
        // At the end of its line, or before a hyphen that ends it (`5735-⏎289509`):
        // the lines below. (Before more of its line, only a chat's next messages
        // may go on.)
        let hyphen = matches!(self.text.as_bytes().get(run.end), Some(b'-'))
            && self.only_space(run.end + 1, le);
        if self.only_space(run.end, le) || hyphen {
            // A chat's headers between them (`母 20:15`) are passed over.
            let mut next = li;
            for _ in 0..BROKEN_LINES {
                next += 1;
                if self.chat_header(next) {
                    next += 1;
                }
                let (Some(&(ns, ne)), true) = (
                    self.lines.get(next),
                    self.shapes.get(next).is_some_and(|s| s.valued),
                ) else {
                    break;
                };
                let Some(r) = self.line(next).runs.last().copied() else {
                    break;
                };
                // Its lead, or none: the rest of a labelled value starts the line
                // below (`受給者番号 45⏎70156`), alone or before an aside on why
                // (`9410（用紙の枠が足りず…）`, `1920 ←つづき`, `※…`).
                // A lead that names a kind labels a value of its own (`普通 0f45⏎
                // 普通 0f459`, two accounts), whatever the line above has.
                let line = self.line(next);
                let labelled = line.hots().iter().any(|h| {
                    matches!(h.evidence, Evidence::Kind(_) | Evidence::Component)
                        && line.folded().at(h.to) <= r.start
                });
                let lead = !labelled
                    && (self.same_lead((ls, run.start), (ns, r.start))
                        || self.only_space(ns, r.start));
                let alone = lead && self.nothing_but_aside(r.end, ne);
                // Digits, or their masks: the masked output reads the rest as the
                // text did (`カード 49 5011 4948⏎**** **** ****` is as long as it was,
                // too long for a card).
                let units = r.alnum + r.wild;
                if !alone || r.digits != r.alnum || added + units > room {
                    break;
                }
                added += units;
            }
        }
        if added == 0 {
            // Or the next messages of its speaker in a chat or a call.
            return self.continued_in_messages(li, run.start, run.end, room);
        }
        added
    }

    /// Where line `above` starts and where its last value starts: the text between
    /// is that value's lead (a chat's `14:03 佐藤: `).
    fn value_lead(&mut self, above: usize) -> Option<(usize, usize)> {
        let &(ps, _) = self.lines.get(above)?;
        let value = self.line(above).runs.last()?.start;
        Some((ps, value))
    }

    /// Whether `run`, the last value of line `li`, has the lead of the last value
    /// of line `above`.
    fn lead_above(&mut self, above: usize, li: usize, run: &Run) -> bool {
        let (Some((ps, value)), Some(&(ls, _))) = (self.value_lead(above), self.lines.get(li))
        else {
            return false;
        };
        !self.only_space(ls, run.start) && self.same_lead((ps, value), (ls, run.start))
    }

    /// Whether line `li` (without a value) is a chat's message from the speaker
    /// whose message `above` ended in a value: it starts with the lead of that
    /// value (`14:03 佐藤: `, the time aside), a lead that names someone.
    fn same_speaker(&mut self, above: usize, li: usize) -> bool {
        let (Some((ps, value)), Some(&(ls, le))) = (self.value_lead(above), self.lines.get(li))
        else {
            return false;
        };
        let Some(lead) = self.text.get(ps..value) else {
            return false;
        };
        let n = lead.len();
        names_speaker(lead)
            && ls + n <= le
            && self.text.is_char_boundary(ls + n)
            && self.same_lead((ps, value), (ls, ls + n))
    }

    /// Whether the text before two values on two lines (`a` and `b`, byte ranges)
    /// leads them alike: white space alone, or the same words with other digits (a
    /// chat's `[10:03] お客様: ` and `[10:04] お客様: `, as a value typed in two
    /// messages is).
    fn same_lead(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        if self.only_space(a.0, a.1) && self.only_space(b.0, b.1) {
            return true;
        }
        let (Some(a), Some(b)) = (self.text.get(a.0..a.1), self.text.get(b.0..b.1)) else {
            return false;
        };
        // By bytes: an ASCII digit is one byte, and no other character has one.
        a.len() == b.len()
            && a.bytes()
                .zip(b.bytes())
                .all(|(x, y)| x == y || (x.is_ascii_digit() && y.is_ascii_digit()))
    }

    /// Whether a word stands right before `run` on its line (at most [`TIGHT`]
    /// characters before it).
    pub(super) fn worded(&mut self, run: &Run) -> bool {
        let li = self.lines.partition_point(|&(_, end)| end < run.start);
        let line = self.line(li);
        let at = line.index(run.start);
        line.hots().iter().any(|h| h.to <= at && at - h.to <= TIGHT)
    }

    /// Line `li`, folded and read (cached).
    fn line(&mut self, li: usize) -> &Line<'t> {
        let span = self.lines.get(li).copied().unwrap_or((0, 0));
        let valued = self.shapes.get(li).is_none_or(|s| s.valued);
        let text = self.text;
        // At least one slot (see `widen`).
        let slots = self.cache.len();
        let entry = match self.cache.get_mut(li % slots.max(1)) {
            Some(entry) => entry,
            None => &mut self.spill,
        };
        if !matches!(entry, Some((k, _)) if *k == li) {
            let spare = match entry.take() {
                Some((_, l)) => l.into_spare(),
                None => self.spares.pop().unwrap_or_default(),
            };
            *entry = Some((li, Line::new(text, span, valued, spare, &mut self.groups)));
        }
        let groups = &mut self.groups;
        &entry
            .get_or_insert_with(|| (li, Line::new(text, span, valued, Spare::default(), groups)))
            .1
    }
}

impl Pass<'_> {
    /// A finding the pass adds after its reading of the lines (the rest of a value
    /// sent in parts, a part said again), marked dirty from its own start: the
    /// masked output is read again around it.
    fn found_late(&mut self, kind: Kind, start: usize, end: usize) -> Finding {
        self.dirty.push(Dirty {
            read_from: start,
            start,
            end,
        });
        Finding { kind, start, end }
    }
}

/// Whether `lead`, the text before a value on its line, ends as a chat's speaker
/// does (`14:03 佐藤: `, `私：`).
fn names_speaker(lead: &str) -> bool {
    crate::substring::ends_with_any(crate::substring::trim_end(lead), &[':', '：'])
}

/// Whether `run` is digits, maybe with one letter read for a digit (`O` for 0, `I`
/// or `l` for 1, as OCR gives them): a piece joined to a value. Not a masked one:
/// what it hid may have been letters (`50000000 TK1234567` masked is `50000000
/// *********`), and the masked output reads as the text did.
fn misread_digits(run: &Run) -> bool {
    let units = run.units();
    run.wild == 0
        && run.alnum == units.len()
        && run.alnum - run.digits <= 1
        && units
            .iter()
            .all(|u| u.is_ascii_digit() || matches!(u, b'O' | b'I' | b'L'))
}

/// Where the letters of a passport's or a residence card's number start when they
/// stand apart from its digits at byte `start`, as a number is dictated (`TRの
/// 8728334`, `VN、6079380`, `X P, 3533657`): one or two capitals (a space between
/// them), then one to three of a space, `,`, `、`, `の` and `・`; else `start`.
fn letters_before(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let last = |i: usize| b.get(..i).and_then(|h| h.last()).copied();
    // (A value with its letters is whole: `AN,XK55811359PP` after a name.)
    if !b.get(start).is_some_and(u8::is_ascii_digit) {
        return start;
    }
    let mut i = start;
    let mut joints = 0;
    while joints <= 3 {
        match b.get(..i) {
            Some([.., b' ' | b',']) => i -= 1,
            // `、`, `の`, `・`.
            Some([.., 0xE3, 0x80, 0x81] | [.., 0xE3, 0x81, 0xAE] | [.., 0xE3, 0x83, 0xBB]) => {
                i -= 3
            }
            _ => break,
        }
        joints += 1;
    }
    if !(1..=3).contains(&joints) {
        return start;
    }
    let mut letters = 0;
    while letters < 2 {
        match last(i) {
            Some(c) if c.is_ascii_uppercase() => {
                i -= 1;
                letters += 1;
            }
            Some(b' ') if letters == 1 && last(i - 1).is_some_and(|c| c.is_ascii_uppercase()) => {
                i -= 1;
            }
            _ => break,
        }
    }
    if letters == 0 || last(i).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return start;
    }
    i
}

/// Whether the line before the one starting at byte `line_start` ends with a
/// group of four digits after a space or a dash (`…3700 4722`).
fn spaced_four_before(text: &str, line_start: usize) -> bool {
    let before = crate::substring::slice(text, 0, line_start.saturating_sub(1));
    let mut back = before.chars().rev();
    let mut digit = || {
        back.next()
            .is_some_and(|c| matches!(unit(c), Some(Unit::Digit(_))))
    };
    (digit() && digit() && digit() && digit())
        && back
            .next()
            .is_some_and(|c| matches!(c, ' ' | '\u{3000}' | '-' | '－'))
}

/// Whether finding `f` of `text` proves itself, so that no word or column undoes
/// it: a kind that may ([`Kind::proven`]), with its check digit right when it has
/// one. A card's number or a My Number found by its label alone (`JCB,
/// 1014384812190705` under a column `取引ID`) is only as good as the label.
fn proves_itself(text: &str, f: &Finding) -> bool {
    if !f.kind.proven() {
        return false;
    }
    let mut digits = [0u8; 20];
    let mut n = 0;
    for c in crate::substring::slice(text, f.start, f.end).chars() {
        if let Some(Unit::Digit(d)) = unit(c) {
            let Some(slot) = digits.get_mut(n) else {
                return false;
            };
            *slot = d;
            n += 1;
        }
    }
    let digits = digits.get(..n).unwrap_or(&[]);
    match f.kind {
        Kind::CreditCard => (13..=19).contains(&n) && checkdigit::luhn_valid(digits),
        Kind::MyNumber => checkdigit::is_my_number(digits),
        _ => true,
    }
}

#[cfg(test)]
mod tests;
