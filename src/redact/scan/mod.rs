//! The scanner: one pass over the text that finds labels and candidate values, and
//! asks the detectors about each value as soon as it ends.
//!
//! Labels are remembered (the last [`MEMORY`] of them) with where they end. A value
//! belongs to the nearest label before it whose family accepts it, if that label is
//! close enough: for most families at most [`WINDOW`] characters after the label, on
//! the same line or the next non-blank one; for the components of an insurance card
//! and for negative labels (注文番号…) only connectors may stand between. A label
//! takes as many values as it announces (記号・番号 two), then it is spent. Values no
//! label claims are tried as the kinds that need no label (My Number, card, passport,
//! residence card, and phone when asked for).
//!
//! Every check looks at a bounded stretch of text, so the cost is linear in the
//! input.
//!
//! The files: [`read`] reads characters into tokens and finds labels, [`judge`]
//! asks the labels and detectors about each token, [`email`] reads addresses,
//! [`distance`] holds the distance checks, and [`masked`] reads the masked text
//! line by line alongside.
//!
//! # Terms
//!
//! - *Masked reading*: a reading of the text with its findings masked, as the
//!   output will be. Redacting an output again must find nothing new.
//! - *Shadow*: the masked reading made alongside the first one, line by line,
//!   only where the masked text differs ([`masked::Shadow`]).
//! - *Apart*: the two readings are apart when they reach a line start with
//!   different memories (labels, last 記号); the shadow then reads on line by line
//!   until they agree. (A number *stands apart* in a token when spaces alone part
//!   it from its neighbours: another use, in [`judge`].)
//! - *Fresh*: what the masked reading finds that no finding hides: a value that
//!   masking the findings would leave in clear ([`Checked::fresh`]).
//! - *Whole*: a whole reading reads the entire masked text again, rather than line
//!   by line. The lines the scanner notes are whole ([`Log::whole`]) unless a label
//!   or an address it passed over held a line break.
//! - *Unsure*: a line the shadow could not read in place (a mask would change the
//!   number of bytes or hide a hiragana, or a label reaches past the line's end);
//!   the masked output is read again around it later ([`Checked::unsure`]).
//! - *Settled*: a redaction is settled when reading its output again finds nothing
//!   new ([`crate::redact::settle`] reads again until it is, within a number of
//!   rounds).
//! - *Refused*: a value a negative label right before it (受付番号：, 注文番号)
//!   says is not sensitive; the context pass leaves it alone
//!   ([`Checked::refused`]).

use crate::prelude::*;
use crate::redact::labels::Family;
use crate::redact::lines::{Lines, Shape};
use crate::redact::scratch;
use crate::redact::token::Token;
use crate::redact::{Finding, Kind, KindSet};

mod distance;
mod email;
mod judge;
mod masked;
mod read;

/// How many labels the scanner remembers.
const MEMORY: usize = 16;
/// How many characters may stand between a label and its value.
pub(crate) const WINDOW: usize = 30;
/// How many bytes after its start a label (with its values, for a combined label)
/// can still reach a value: far more than any label and window take.
pub(crate) const LABEL_REACH: usize = 512;
/// How far after a 記号 a bare 番号 still labels the card's number.
const SYMBOL_CONTEXT: usize = 40;

/// Finds the sensitive values of the kinds in `kinds`, sorted and non-overlapping,
/// in byte offsets.
pub(crate) fn find(text: &str, kinds: KindSet) -> Vec<Finding> {
    let mut scanner = Scanner::new(text, kinds);
    scanner.token = scratch::take();
    scanner.read(0, text.len());
    scratch::give(scanner.token);
    scanner.findings
}

/// [`find`], also reading the text with its findings masked, line by line
/// alongside ([`masked`]).
pub(crate) fn find_checked(text: &str, kinds: KindSet) -> Checked {
    find_logged(text, kinds, true)
}

/// [`find`], noting the lines and the refused values as [`find_checked`] does,
/// without the masked reading (its `fresh` and `unsure` are empty): what the
/// context pass needs to read the text as [`find_checked`]'s caller does.
pub(crate) fn find_unchecked(text: &str, kinds: KindSet) -> Checked {
    find_logged(text, kinds, false)
}

fn find_logged(text: &str, kinds: KindSet, masked: bool) -> Checked {
    let mut scanner = Scanner::new(text, kinds);
    scanner.token = scratch::take();
    if masked {
        let mut shadow = Box::<masked::Shadow>::default();
        shadow.token = scratch::take();
        scanner.shadow = Some(shadow);
    }
    scanner.log = Some(Box::new(Log {
        lines: Lines::for_text(text.len()),
        whole: true,
        refused: Vec::new(),
    }));
    scanner.read(0, text.len());
    // The masked reading gives the shadow back after each line.
    debug_assert!(scanner.shadow.is_some() == masked && scanner.log.is_some());
    let mut shadow = scanner.shadow.take().unwrap_or_default();
    scratch::give(core::mem::take(&mut scanner.token));
    scratch::give(core::mem::take(&mut shadow.token));
    let Log {
        lines,
        whole,
        refused,
    } = *scanner.log.take().unwrap_or_default();
    let lines = whole.then(|| {
        let mut lines = lines;
        // The line after the last line break (empty, or the whole of an empty text)
        // ended no line as the scanner read.
        if text.is_empty() || text.ends_with('\n') {
            lines.push(text.len(), text.len(), scanner.shape);
        }
        lines
    });
    Checked {
        findings: scanner.findings,
        fresh: shadow.fresh,
        unsure: shadow.unsure,
        lines,
        refused,
        kanji_digits: scanner.kanji_digits,
        spoken: scanner.spoken,
    }
}

/// What [`find_checked`] found.
pub(crate) struct Checked {
    /// The findings, as [`find`] gives them.
    pub findings: Vec<Finding>,
    /// What the reading of the masked text found outside them.
    pub fresh: Vec<Finding>,
    /// The lines (byte ranges) whose masked reading could not be made line by line:
    /// the masked output must be read again around them.
    pub unsure: Vec<(usize, usize)>,
    /// The text's lines as [`super::lines::spans`] reads them, noted on the way (`None`
    /// when they could not be).
    pub lines: Option<Lines>,
    /// The values (byte ranges, sorted) that a negative label right before them
    /// (受付番号：, 注文番号) refused: not sensitive, whatever else is near.
    pub refused: Vec<(usize, usize)>,
    /// Whether the text has two kanji digits in a row, not both 〇, or one beside a
    /// written digit (`3一`): then it is to be read again with them as digits
    /// ([`crate::redact::kanji_digits`]), and this reading stopped at the end of the
    /// line where they are (what it found is not all there is).
    pub kanji_digits: bool,
    /// Whether a label has digits spoken as kana after it: then the text is to be
    /// read again with them as digits ([`crate::redact::spoken_digits`]).
    pub spoken: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// A remembered label.
struct Slot {
    /// The family of values it announces.
    family: Family,
    /// Where the label starts (labels are remembered in text order).
    at: usize,
    /// Where the next value may start being measured from: the label's end, then
    /// the end of each value it took.
    anchor: usize,
    /// Values it may still take.
    quota: u8,
}

/// What the reading carries from one line to the next: the labels and the last
/// 記号. (A line break ends every token, and no check looks across one except
/// the labels' distances from their anchors.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Memory {
    /// The remembered labels, a ring filled in order from slot 0; a slot is never
    /// emptied again, so an empty slot has only empty ones before it in the ring.
    labels: [Option<Slot>; MEMORY],
    /// The slot the next label goes in.
    next_label: usize,
    /// Where the last 記号 ended.
    last_symbol_end: Option<usize>,
}

/// A place in the reading: where it was, and what it had then (the memory is the
/// current one with the changes logged since `undo` undone).
#[derive(Debug, Default, Clone, Copy)]
struct Mark {
    /// Where the reading was, in bytes.
    at: usize,
    /// How many label changes the undo log held.
    undo: usize,
    /// [`Memory::next_label`] then.
    next_label: usize,
    /// [`Memory::last_symbol_end`] then.
    last_symbol_end: Option<usize>,
}

/// Where the current line starts, and what the reading had then.
#[derive(Debug, Default, Clone, Copy)]
struct LineStart {
    /// The line's start.
    start: Mark,
    /// How many findings there were.
    findings: usize,
    /// The start of the token of the line's first finding.
    first: Option<Mark>,
}

/// One reading of a text.
struct Scanner<'t> {
    /// The text read.
    text: &'t str,
    /// The kinds to report.
    kinds: KindSet,
    /// The memory ([`Memory`]): the remembered labels, the slot for the next one,
    /// and where the last 記号 ended.
    labels: [Option<Slot>; MEMORY],
    next_label: usize,
    /// The token being built.
    token: Token,
    /// The findings so far, sorted and apart.
    findings: Vec<Finding>,
    last_symbol_end: Option<usize>,
    /// The labels' slots as they were before each change on the current line.
    undo: Vec<(usize, Option<Slot>)>,
    /// Where the current line starts.
    line: LineStart,
    /// The start of the token being judged.
    judging: Mark,
    /// The reading of the masked text, when asked for.
    shadow: Option<Box<masked::Shadow>>,
    /// The current line's shape so far, and the lines read, when asked for (see
    /// [`Log`]).
    shape: Shape,
    log: Option<Box<Log>>,
    /// Whether kanji digits to read as digits were read (see [`Checked::kanji_digits`]).
    kanji_digits: bool,
    /// Whether a label had spoken digits after it (see [`Checked::spoken`]).
    spoken: bool,
}

/// The lines the scanner read ([`find_checked`]); `whole` unless a label or an
/// address it passed over held a line break (then the context pass finds the
/// lines itself, [`crate::redact::lines::spans`]).
#[derive(Default)]
struct Log {
    /// The lines read, with their shapes.
    lines: Lines,
    /// Whether the lines are exact: no label or address passed over held a line
    /// break.
    whole: bool,
    /// Values a negative label right before them refused (see [`Checked::refused`]).
    refused: Vec<(usize, usize)>,
}

impl<'t> Scanner<'t> {
    /// A reading of `text` for `kinds`, at its start, with nothing remembered.
    fn new(text: &'t str, kinds: KindSet) -> Self {
        Scanner {
            text,
            kinds,
            labels: [None; MEMORY],
            next_label: 0,
            token: Token::default(),
            findings: Vec::new(),
            last_symbol_end: None,
            undo: Vec::new(),
            line: LineStart::default(),
            judging: Mark::default(),
            shadow: None,
            shape: Shape::default(),
            log: None,
            kanji_digits: false,
            spoken: false,
        }
    }

    /// Notes what `text[from..to]`, passed over whole, holds in the line's shape.
    #[inline]
    fn passed(&mut self, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let whole = self.shape.note_all(self.text.as_bytes(), from, to);
        if let Some(log) = self.log.as_mut() {
            log.whole &= whole;
        }
    }

    /// What the reading carries to the next line now.
    fn memory(&self) -> Memory {
        Memory {
            labels: self.labels,
            next_label: self.next_label,
            last_symbol_end: self.last_symbol_end,
        }
    }

    /// Takes memory `m` as its own.
    fn set_memory(&mut self, m: Memory) {
        self.labels = m.labels;
        self.next_label = m.next_label;
        self.last_symbol_end = m.last_symbol_end;
    }

    /// A place in the current line at byte `at`: where the reading is now.
    fn mark(&self, at: usize) -> Mark {
        Mark {
            at,
            undo: self.undo.len(),
            next_label: self.next_label,
            last_symbol_end: self.last_symbol_end,
        }
    }

    /// Gives `reader` the memory this reading had at `mark`, a place in the current
    /// line (written into it in place).
    fn memory_at(&self, mark: &Mark, reader: &mut Scanner<'_>) {
        reader.labels = self.labels;
        for &(k, old) in self.undo.iter().skip(mark.undo).rev() {
            if let Some(slot) = reader.labels.get_mut(k) {
                *slot = old;
            }
        }
        reader.next_label = mark.next_label;
        reader.last_symbol_end = mark.last_symbol_end;
    }

    /// The line that started at `self.line.start` ends before `next`.
    #[inline]
    fn line_end(&mut self, next: usize) {
        if self.shadow.is_some() {
            self.check_line(next);
        }
        let shape = core::mem::take(&mut self.shape);
        if let Some(log) = self.log.as_mut() {
            // Without its line break, if it has one.
            let end = if matches!(self.text.as_bytes().get(next.wrapping_sub(1)), Some(b'\n')) {
                next - 1
            } else {
                next
            };
            log.lines.push(self.line.start.at, end, shape);
        }
        self.undo.clear();
        self.line = LineStart {
            start: self.mark(next),
            findings: self.findings.len(),
            first: None,
        };
    }

    /// Records a finding of `kind` at `start..end` when that kind is asked for
    /// (from the end of the last finding, when they overlap).
    fn emit(&mut self, kind: Kind, start: usize, end: usize) {
        if !self.kinds.contains(&kind) {
            return;
        }
        let start = match self.findings.last() {
            Some(last) if last.end > start => last.end,
            _ => start,
        };
        if start < end {
            if self.findings.len() == self.line.findings {
                self.line.first = Some(self.judging);
            }
            self.findings.push(Finding { kind, start, end });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{find, find_checked};
    use crate::redact::{Kind, KindSet};

    /// What [`find`] finds in `text` when asked for `kinds`: each finding's kind and
    /// text.
    pub(super) fn found<'t>(text: &'t str, kinds: &[Kind]) -> Vec<(Kind, &'t str)> {
        let set = kinds.iter().fold(KindSet(0), |set, k| set.with(k));
        find(text, set)
            .into_iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    /// Every built-in kind.
    pub(super) fn all() -> KindSet {
        Kind::ALL.iter().fold(KindSet(0), |set, k| set.with(k))
    }

    #[test]
    fn find_reports_only_the_kinds_asked_for() {
        let text = "保険者番号 01130012 カード 4539 5787 6362 1486";
        assert_eq!(
            found(text, &Kind::ALL),
            [
                (Kind::InsurerNumber, "01130012"),
                (Kind::CreditCard, "4539 5787 6362 1486")
            ]
        );
        assert_eq!(
            found(text, &[Kind::CreditCard]),
            [(Kind::CreditCard, "4539 5787 6362 1486")]
        );
        assert_eq!(found(text, &[Kind::Email]), []);
    }

    #[test]
    fn find_checked_finds_what_find_finds_and_notes_the_lines() {
        let text = "保険者番号 01130012\nこんにちは\n123456789018\n";
        let checked = find_checked(text, all());
        assert_eq!(checked.findings, find(text, all()));
        assert_eq!(checked.findings.len(), 2);
        // Masking the values changes nothing else: nothing fresh, nothing unsure.
        assert!(checked.fresh.is_empty());
        assert!(checked.unsure.is_empty());
        // Three lines and the empty one after the last line break.
        let lines = checked.lines.expect("the lines");
        assert_eq!(lines.spans, [(0, 24), (25, 40), (41, 53), (54, 54)]);
    }

    #[test]
    fn a_negative_label_refuses_its_value() {
        let text = "注文番号 1234567";
        let checked = find_checked(text, all());
        assert_eq!(checked.findings, []);
        assert_eq!(checked.refused, [(13, 20)]);
        // After an account's label, the same number is one.
        assert_eq!(
            found("口座番号 1234567", &Kind::ALL),
            [(Kind::BankAccount, "1234567")]
        );
        // A number that needs no label is still found after a negative one.
        assert_eq!(
            found("注文番号 123456789018", &Kind::ALL),
            [(Kind::MyNumber, "123456789018")]
        );
    }
}
