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

use super::chars::{is_connector, is_hiragana, is_kana_or_kanji, is_space, sep, unit, Sep, Unit};
use super::labels::{char_at, filter_hit, first_char, match_at, may_start_label, Family, Found};
use super::lines::{Lines, Shape};
use super::token::{Group, Token, Value, MAX_UNITS};
use super::{bank, card, contact, health, ids, mynumber, Finding, Kind, KindSet};

mod masked;

/// How many labels the scanner remembers.
const MEMORY: usize = 16;
/// How many characters may stand between a label and its value.
pub(crate) const WINDOW: usize = 30;
/// How many connector characters may stand between a tight label and its value.
const TIGHT: usize = 8;
/// How many kana or kanji may start a 記号 (`千代田5`).
const PREFIX: usize = 5;
/// How many bytes after its start a label (with its values, for a combined label)
/// can still reach a value: far more than any label and window take.
pub(crate) const LABEL_REACH: usize = 512;
/// How many letters and digits the partial style leaves visible by default
/// ([`super::RedactorBuilder::keep_last`]).
const PARTIAL_SHOWN: usize = 4;
/// How far after a 記号 a bare 番号 still labels the card's number.
const SYMBOL_CONTEXT: usize = 40;

/// The end of the run of inert characters starting at byte `pos`: hiragana
/// (U+3041–U+309F), katakana (U+30A1–U+30FA) and kanji (U+3400–U+9FFF) that cannot
/// start a label ([`may_start_label`]'s bit filter says no). Such a character is
/// never part of a value nor of a label, so the scanner only has to end the token
/// before it. `pos` itself when the character there is not inert.
#[inline]
fn inert_run(bytes: &[u8], mut pos: usize) -> usize {
    // All three ranges are 3-byte characters with lead bytes E3–E9.
    while let Some(&[b0 @ 0xE3..=0xE9, b1, b2]) = bytes.get(pos..pos + 3) {
        let c = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
        let inert = match c {
            0x3041..=0x309F => true,
            0x30A1..=0x30FA | 0x3400..=0x9FFF => !filter_hit(c),
            _ => false,
        };
        if !inert {
            break;
        }
        pos += 3;
    }
    pos
}

/// Finds the sensitive values of the kinds in `kinds`, sorted and non-overlapping,
/// in byte offsets.
pub(crate) fn find(text: &str, kinds: KindSet) -> Vec<Finding> {
    let mut scanner = Scanner::new(text, kinds);
    scanner.read(0, text.len());
    scanner.findings
}

/// [`find`], also reading the text with its findings masked, line by line
/// alongside ([`masked`]).
pub(crate) fn find_checked(text: &str, kinds: KindSet) -> Checked {
    let mut scanner = Scanner::new(text, kinds);
    scanner.shadow = Some(Box::default());
    scanner.log = Some(Box::new(Log {
        lines: Lines::for_text(text.len()),
        whole: true,
        refused: Vec::new(),
    }));
    scanner.read(0, text.len());
    let shadow = scanner.shadow.take().unwrap_or_default();
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    family: Family,
    /// Where the label starts (labels are remembered in text order).
    at: usize,
    /// Where the next value may start being measured from: the label's end, then
    /// the end of each value it took.
    anchor: usize,
    /// Values it may still take.
    quota: u8,
}

/// The group being built and the separators after the last one.
#[derive(Debug, Default)]
struct Build {
    cur: Option<Group>,
    pending: Option<Pending>,
}

/// A separator run after the last group of the token being built.
#[derive(Debug, Clone, Copy)]
struct Pending {
    sep: Sep,
    chars: u8,
}

/// What judging a value came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Judged {
    /// A label took it.
    Labelled,
    /// It is a number of a kind that needs no label (My Number, card…).
    Alone,
    /// A negative label (注文番号…) claimed it: it is no value.
    Blocked,
    /// Nothing took it.
    Free,
}

impl Judged {
    /// Whether a label or a detector took it.
    fn taken(self) -> bool {
        matches!(self, Judged::Labelled | Judged::Alone)
    }

    /// Whether the value's groups are used up (taken or blocked).
    fn claimed(self) -> bool {
        self != Judged::Free
    }
}

/// What the labels say about a value.
enum Verdict {
    /// A label took it: its kind (if it is to be reported) and where it starts.
    Taken(Option<Kind>, usize),
    /// A negative label took it.
    Blocked,
    /// No label in reach accepts it.
    Free,
}

/// What the reading carries from one line to the next: the labels and the last
/// 記号. (A line break ends every token, and no check looks across one except
/// the labels' distances from their anchors.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Memory {
    labels: [Option<Slot>; MEMORY],
    next_label: usize,
    last_symbol_end: Option<usize>,
}

/// A place in the reading: where it was, and what it had then (the memory is the
/// current one with the changes logged since `undo` undone).
#[derive(Debug, Default, Clone, Copy)]
struct Mark {
    at: usize,
    undo: usize,
    next_label: usize,
    last_symbol_end: Option<usize>,
}

/// Where the current line starts, and what the reading had then.
#[derive(Debug, Default, Clone, Copy)]
struct LineStart {
    start: Mark,
    /// How many findings there were.
    findings: usize,
    /// The start of the token of the line's first finding.
    first: Option<Mark>,
}

struct Scanner<'t> {
    text: &'t str,
    kinds: KindSet,
    labels: [Option<Slot>; MEMORY],
    next_label: usize,
    token: Token,
    findings: Vec<Finding>,
    last_symbol_end: Option<usize>,
    /// The labels' slots as they were before each change on the current line.
    undo: Vec<(usize, Option<Slot>)>,
    line: LineStart,
    /// The start of the token being judged.
    judging: Mark,
    /// The reading of the masked text, when asked for.
    shadow: Option<Box<masked::Shadow>>,
    /// The current line's shape so far, and the lines read, when asked for (see
    /// [`Log`]).
    shape: Shape,
    log: Option<Box<Log>>,
}

/// The lines the scanner read ([`find_checked`]); `whole` unless a label or an
/// address it passed over held a line break (then the lines are read apart).
#[derive(Default)]
struct Log {
    lines: Lines,
    whole: bool,
    /// Values a negative label right before them refused (see [`Checked::refused`]).
    refused: Vec<(usize, usize)>,
}

impl<'t> Scanner<'t> {
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

    fn memory(&self) -> Memory {
        Memory {
            labels: self.labels,
            next_label: self.next_label,
            last_symbol_end: self.last_symbol_end,
        }
    }

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

    /// The memory the reading had at `mark`, a place in the current line.
    fn memory_at(&self, mark: &Mark) -> Memory {
        let mut m = self.memory();
        for &(k, old) in self.undo.iter().skip(mark.undo).rev() {
            if let Some(slot) = m.labels.get_mut(k) {
                *slot = old;
            }
        }
        m.next_label = mark.next_label;
        m.last_symbol_end = mark.last_symbol_end;
        m
    }

    /// The line that started at `self.line.start` ends before `next`.
    #[inline]
    fn line_end(&mut self, next: usize) {
        if self.shadow.is_some() {
            self.check_line(next);
        }
        let shape = std::mem::take(&mut self.shape);
        if let Some(log) = self.log.as_mut() {
            // Without its line break, if it has one.
            let end = if self.text.as_bytes().get(next.wrapping_sub(1)) == Some(&b'\n') {
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

    /// Reads from byte `from` (a line start, or the start) up to `to`, or a little
    /// past it when a label goes on past it; returns where it stopped.
    fn read(&mut self, from: usize, to: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut st = Build::default();
        let mut pos = from;
        while pos < to {
            let Some(&b) = bytes.get(pos) else {
                break;
            };
            if b < 0x80 {
                let c = char::from(b);
                if let Some(u) = unit(c) {
                    self.shape.unit(u);
                    pos = self.on_unit(&mut st, pos, pos + 1, c, u);
                } else if let Some(s) = sep(c) {
                    self.on_sep(&mut st, s);
                    pos += 1;
                } else if b == b'@' {
                    pos = self.at_sign(&mut st, pos, 1);
                } else {
                    // No ASCII punctuation starts a label.
                    self.flush(&mut st);
                    pos += 1;
                    if b == b'\n' {
                        self.line_end(pos);
                    } else {
                        self.shape.note(bytes, pos - 1);
                    }
                }
                continue;
            }
            // Hiragana, and kanji and katakana that start no label: the bulk of
            // Japanese text, never part of a value. The token ends; the run is
            // skipped three bytes at a time without decoding a `char`.
            let inert = inert_run(bytes, pos);
            if inert > pos {
                self.flush(&mut st);
                pos = inert;
                continue;
            }
            let Some((c, end)) = char_at(bytes, pos) else {
                break;
            };
            // Kanji and katakana (but ー, a separator): never part of a value (a
            // 記号's kana or kanji are added later), maybe the start of a label; they
            // need no folding.
            if ('\u{3400}'..='\u{9FFF}').contains(&c) || ('\u{30A1}'..='\u{30FA}').contains(&c) {
                self.flush(&mut st);
                pos = end;
                if may_start_label(c) {
                    if let Some(found) = match_at(text, pos - c.len_utf8(), c) {
                        pos = self.remember(found, pos - c.len_utf8(), end);
                    }
                }
                continue;
            }
            if let Some(u) = unit(c) {
                self.shape.unit(u);
                pos = self.on_unit(&mut st, pos, end, c, u);
            } else if let Some(s) = sep(c) {
                self.on_sep(&mut st, s);
                pos = end;
            } else if c == '＠' {
                pos = self.at_sign(&mut st, pos, end - pos);
            } else {
                // No character of a line's shape but those above.
                self.flush(&mut st);
                pos = match self.label_at(pos, c) {
                    Some(found) => self.remember(found, pos, end),
                    None => end,
                };
            }
        }
        self.flush(&mut st);
        if pos == text.len() && self.line.start.at < pos {
            self.line_end(pos);
        }
        pos
    }

    /// A letter, digit or mask character at `pos..end`; returns where to go on.
    #[inline]
    fn on_unit(&mut self, st: &mut Build, pos: usize, end: usize, c: char, u: Unit) -> usize {
        // An English label starts with a letter outside a group.
        if st.cur.is_none() && matches!(u, Unit::Letter(..)) {
            if let Some(found) = self.label_at(pos, c) {
                self.flush(st);
                return self.remember(found, pos, end);
            }
        }
        match (st.cur.as_mut(), st.pending) {
            (Some(g), _) => self.token.extend_group(g, end, u),
            (None, Some(p)) if self.can_join(p, u) => {
                st.cur = Some(self.token.start_group(pos, end, u, Some(p.sep)));
                st.pending = None;
            }
            (None, _) => {
                self.flush(st);
                st.cur = Some(self.token.start_group(pos, end, u, None));
            }
        }
        end
    }

    /// A separator.
    #[inline]
    fn on_sep(&mut self, st: &mut Build, s: Sep) {
        if let Some(g) = st.cur.take() {
            self.close_group(g);
            st.pending = Some(Pending { sep: s, chars: 1 });
        } else if let Some(p) = st.pending.as_mut() {
            // `+81 (0)90…`, `03 (1234) 5678`: a parenthesis may pair with a space;
            // any other run of two separators ends the value.
            if p.chars == 1 && (p.sep == Sep::Paren || s == Sep::Paren) {
                p.chars = 2;
                p.sep = Sep::Paren;
            } else {
                self.flush(st);
            }
        }
    }

    fn label_at(&self, pos: usize, c: char) -> Option<Found> {
        let first = first_char(self.text, pos, c);
        if !may_start_label(first) {
            return None;
        }
        match_at(self.text, pos, c)
    }

    /// Records a label found at `pos`, whose first character ends at `end`, and
    /// returns where the reading goes on: past the label (its bytes noted in the
    /// line's shape).
    fn remember(&mut self, found: Found, pos: usize, end: usize) -> usize {
        let next = found.end.max(end);
        self.passed(end, next);
        self.record(found, pos);
        next
    }

    /// Records a label found at `pos` in the reading's memory.
    fn record(&mut self, found: Found, pos: usize) {
        match found.family {
            Family::Skip => return,
            Family::InsuredSymbol => self.last_symbol_end = Some(found.end),
            Family::InsuredNumber if found.needs_symbol => {
                // A bare 番号 labels the card's number only just after a 記号.
                let near = self
                    .last_symbol_end
                    .is_some_and(|at| at <= pos && within(self.text, at, pos, SYMBOL_CONTEXT, 2));
                if !near {
                    return;
                }
            }
            _ => {}
        }
        if let Some(slot) = self.labels.get_mut(self.next_label) {
            self.undo.push((self.next_label, *slot));
            *slot = Some(Slot {
                family: found.family,
                at: pos,
                anchor: found.end,
                quota: found.quota,
            });
        }
        self.next_label = (self.next_label + 1) % MEMORY;
    }

    /// Whether a unit `u` after separator run `p` continues the token.
    fn can_join(&self, p: Pending, u: Unit) -> bool {
        let Some(prev) = self.token.groups.last() else {
            return false;
        };
        let numeric = !matches!(u, Unit::Letter(..));
        match p.sep {
            Sep::Space if p.chars == 1 => {
                // After digits: more digits, or a two-letter tail (`AB12345678 CD`,
                // checked when the tail ends). After two letters: digits
                // (`TK 1234567`).
                !prev.last_letter
                    || (prev.pure_letters() && prev.len <= 2 && matches!(u, Unit::Digit(_)))
            }
            _ => !prev.last_letter && numeric,
        }
    }

    /// Adds a finished group to the token. A group of letters joined to digits by a
    /// space must be a short tail (`CD` of `AB12345678 CD`); otherwise the token ends
    /// before it and a new one starts with it.
    fn close_group(&mut self, g: Group) {
        let after_digits = self.token.groups.last().is_some_and(|p| !p.last_letter);
        let tail_ok = g.pure_letters() && g.len <= 2;
        if g.sep_before == Some(Sep::Space) && g.first_letter && after_digits && !tail_ok {
            // The group's units are the last ones in the buffer (at most
            // MAX_UNITS + 1 of them are kept).
            let stored = (g.len as usize)
                .min(MAX_UNITS + 1)
                .min(self.token.norm.len());
            let cut = self.token.norm.len() - stored;
            let mut units = [0u8; MAX_UNITS + 1];
            if let (Some(dst), Some(src)) = (units.get_mut(..stored), self.token.norm.get(cut..)) {
                dst.copy_from_slice(src);
            }
            // Judge the token without the group, then start again from it.
            self.token.norm.truncate(cut);
            self.classify();
            self.token.clear();
            let mut first = g;
            first.sep_before = None;
            first.set_norm_at(0);
            self.token
                .norm
                .extend_from_slice(units.get(..stored).unwrap_or(&[]));
            self.token.groups.push(first);
            return;
        }
        self.token.groups.push(g);
    }

    /// Closes the group being built and forgets the separators after it; the
    /// token stays to be judged.
    fn end_group(&mut self, st: &mut Build) {
        if let Some(g) = st.cur.take() {
            self.close_group(g);
        }
        st.pending = None;
    }

    /// Ends the token being built and judges it.
    #[inline]
    fn flush(&mut self, st: &mut Build) {
        self.end_group(st);
        if !self.token.groups.is_empty() {
            self.classify();
            self.token.clear();
        }
    }

    /// Judges the finished token: the whole of it first, then runs of its groups.
    fn classify(&mut self) {
        // A token that runs into an e-mail address (`1234 5678 9018.taro@…`) is judged
        // whole like any other; the address, at its `@`, takes what overlaps it.
        let n = self.token.groups.len();
        let Some(start) = self.token.groups.first().map(|g| g.start) else {
            return;
        };
        if self.token.groups.iter().all(Group::pure_letters) {
            return;
        }
        self.judging = self.mark(start);
        // `8桁`, `12ケタ`, `12文字`: a length, not a value. Only a short number can be
        // one; a long one before a katakana word (`…9018ケース`) is still judged.
        let end = self.token.groups.last().map_or(start, |g| g.end);
        let mut after = self.text.get(end..).unwrap_or("").chars();
        let length_word = match after.next() {
            Some('桁') => true,
            Some('ケ' | 'ヶ') => matches!(after.next(), Some('タ' | 'た')),
            Some('文') => after.next() == Some('字'),
            _ => false,
        };
        // Three digits at most, full-width ones being three bytes each.
        if length_word && end - start <= 9 {
            return;
        }
        let whole = self.try_range(0, n, true);
        if whole.taken() {
            return;
        }
        // Short words joined by a space (`is 1234 5678 9018`, `… 9018 ok`) are not
        // part of a number: without them the rest is judged as a whole.
        let word = |g: Option<&Group>| g.is_some_and(|g| g.pure_letters());
        let spaced = |g: Option<&Group>| g.is_some_and(|g| g.sep_before == Some(Sep::Space));
        let groups = &self.token.groups;
        let i = usize::from(word(groups.first()) && spaced(groups.get(1)));
        let j = n - usize::from(n > i + 1 && word(groups.last()) && spaced(groups.last()));
        // Also when a negative label took the whole: without the word it is judged
        // as the same number standing alone would be (`注文番号 123456789018 a`).
        if (i, j) != (0, n) && i < j && self.try_range(i, j, true).claimed() {
            return;
        }
        if whole == Judged::Blocked {
            return;
        }
        // A date is not split into numbers.
        let date = Value::new(&self.token.groups, &self.token.norm)
            .is_some_and(|v| health::looks_like_date(&v));
        if date {
            return;
        }
        // Runs of groups: a label can claim part of a token, and a number of a kind
        // that needs no label can stand apart in it (`TK1234567 0`).
        let labels = self.any_label_near(start);
        let spaced = self
            .token
            .groups
            .iter()
            .any(|g| g.sep_before == Some(Sep::Space));
        if !labels && !spaced {
            return;
        }
        // A card printed in its groups (`0 4539 5787 6362 1486`) is kept whole: no run
        // that starts before it reaches into it, none that starts at it goes past it.
        let cards: Vec<(usize, usize)> = (0..n)
            .filter_map(|i| {
                [4, 3]
                    .into_iter()
                    .map(|len| (i, i + len))
                    .find(|&(i, j)| j <= n && self.printed_card(i, j, true))
            })
            .collect();
        let mut next_card = 0;
        let mut i = 0;
        while i < n {
            let mut jmax = i;
            let mut units = 0usize;
            for g in self.token.groups.iter().skip(i) {
                units += g.len as usize;
                if units > MAX_UNITS {
                    break;
                }
                jmax += 1;
            }
            while cards.get(next_card).is_some_and(|c| c.0 < i) {
                next_card += 1;
            }
            match cards.get(next_card) {
                Some(&(start, end)) if start == i => jmax = jmax.min(end),
                Some(&(start, _)) => jmax = jmax.min(start),
                None => {}
            }
            let mut taken = false;
            for j in (i + 1..=jmax).rev() {
                if i == 0 && j == n {
                    continue;
                }
                let apart = self.stands_apart(i, j) || self.printed_card(i, j, false);
                if (labels || apart) && self.try_range(i, j, apart).claimed() {
                    i = j;
                    taken = true;
                    break;
                }
            }
            if !taken {
                i += 1;
            }
        }
    }

    /// Whether groups `i..j` of the token stand apart from the rest, as a number of
    /// their own: only spaces part them from their neighbours, and they are one
    /// group or have separators of their own (`090-1234-5678 090-1234-5678`), unlike
    /// three groups cut from `5571 9796 5938 7300`.
    fn stands_apart(&self, i: usize, j: usize) -> bool {
        let groups = &self.token.groups;
        let spaced = |k: usize| {
            groups
                .get(k)
                .is_none_or(|g| g.sep_before == Some(Sep::Space))
        };
        let own = j == i + 1
            || groups
                .iter()
                .take(j)
                .skip(i + 1)
                .any(|g| g.sep_before != Some(Sep::Space));
        (i == 0 || spaced(i)) && spaced(j) && own
    }

    /// Whether groups `i..j` are grouped as a card is printed (4-4-4-4…): a number
    /// that stands on its own whatever groups surround it (`valid`: and that passes
    /// a card's checks).
    fn printed_card(&self, i: usize, j: usize, valid: bool) -> bool {
        self.token
            .groups
            .get(i..j)
            .and_then(|g| Value::new(g, &self.token.norm))
            .is_some_and(|v| card::printed_grouping(&v) && (!valid || card::is_card(&v)))
    }

    /// Judges groups `i..j` of the token (`alone`: also as a number standing on its
    /// own, of a kind that needs no label); `true` when something took them.
    fn try_range(&mut self, i: usize, j: usize, alone: bool) -> Judged {
        // The token's buffers are lent to the value while the labels are asked.
        let token = std::mem::take(&mut self.token);
        let groups = token.groups.get(i..j).unwrap_or(&[]);
        let taken = match Value::new(groups, &token.norm) {
            Some(v) => {
                let judged = self.judge(&v, alone);
                // A masked run of groups may be several values masked side by side
                // (`********* ********`): each group also spends the labels it fits,
                // as the values did before they were masked, so that masking a text
                // frees no label for a value further on.
                if judged == Judged::Labelled && v.is_masked() && groups.len() > 1 {
                    for part in (0..groups.len()).filter_map(|k| v.part(k, k + 1)) {
                        let _ = self.by_label(&part);
                    }
                }
                judged
            }
            None => Judged::Free,
        };
        self.token = token;
        taken
    }

    /// Judges value `v`; `alone` when it may be a number of a kind that needs no
    /// label.
    fn judge(&mut self, v: &Value, alone: bool) -> Judged {
        let v = *v;
        if v.digits + v.wild == 0 {
            return Judged::Free;
        }
        // Masked groups beside plain ones: taken together, the plain digits would
        // pass for masked ones and stay unmasked (`保険者番号* 32082851`, or a value
        // masked before them), so they are judged apart (the runs of groups) —
        // unless masked groups come first and at most four plain units follow (what
        // the partial style shows by default), the masked groups are no value a
        // label takes on their own, and the plain ones no value of their own either:
        // then the whole is one value partly masked (`口座番号 *** 0000`), as it was
        // before it was masked.
        if v.mixes_masked_groups() {
            let groups = v.group_lens().count();
            let Some((k, plain)) = v
                .masked_head()
                .and_then(|k| Some((k, v.part(k, groups)?)))
                .filter(|(_, plain)| plain.len() <= PARTIAL_SHOWN)
            else {
                return Judged::Free;
            };
            // Would a label take the masked groups, or any one of them? (Asked on
            // a copy of the labels' state.)
            let labels = self.labels;
            let head_taken = std::iter::once((0, k))
                .chain((0..k).map(|i| (i, i + 1)))
                .filter_map(|(i, j)| v.part(i, j))
                .any(|part| matches!(self.by_label(&part), Verdict::Taken(..)));
            self.labels = labels;
            if head_taken {
                return Judged::Free;
            }
            // Standing alone as the runs of groups would judge it: one group, or
            // separators of its own (not `44578085663 9` cut from a longer run).
            let own = plain.seps().next().is_none() || plain.seps().any(|s| s != Sep::Space);
            let judged = self.judge(&plain, alone && own);
            if judged.claimed() {
                return judged;
            }
        }
        let blocked = match self.by_label(&v) {
            Verdict::Taken(kind, start) => {
                if let Some(kind) = kind {
                    if !v.is_masked() {
                        self.emit(kind, start, v.end);
                    }
                }
                return Judged::Labelled;
            }
            Verdict::Blocked => {
                self.refuse(&v);
                true
            }
            Verdict::Free => false,
        };
        let rest = if blocked {
            Judged::Blocked
        } else {
            Judged::Free
        };
        if !alone || v.is_masked() {
            return rest;
        }
        let plus = matches!(
            self.text.get(..v.start).and_then(|s| s.chars().next_back()),
            Some('+' | '＋')
        );
        let kind = if !plus && mynumber::is_my_number(&v) {
            Some(Kind::MyNumber)
        } else if !plus && card::is_card(&v) {
            Some(Kind::CreditCard)
        } else if ids::is_passport(&v, false) {
            Some(Kind::Passport)
        } else if ids::is_residence_card(&v, false) {
            Some(Kind::ResidenceCard)
        } else {
            None
        };
        if let Some(kind) = kind {
            self.emit(kind, v.start, v.end);
            return Judged::Alone;
        }
        if !blocked && self.kinds.contains(&Kind::Phone) {
            if let Some(start) = contact::phone_start(self.text, &v, true) {
                self.emit(Kind::Phone, start, v.end);
                return Judged::Alone;
            }
        }
        rest
    }

    /// Asks the remembered labels, nearest first, about `v`.
    fn by_label(&mut self, v: &Value) -> Verdict {
        // Where the nearest label seen so far starts: an older label whose value
        // would have to reach across it is not adjacent to the value any more.
        let mut newer_at = usize::MAX;
        // A value already masked cannot be told apart by its check digit: it takes
        // every label in reach its shape fits, so that masking a text never frees
        // a label for another value.
        let mut masked_taken = false;
        for back in 0..MEMORY {
            let k = (self.next_label + MEMORY - 1 - back) % MEMORY;
            let Some(Some(slot)) = self.labels.get(k).copied() else {
                continue;
            };
            // Older labels start earlier still: none of them can reach the value.
            if v.start > slot.at + LABEL_REACH {
                break;
            }
            let crossed = newer_at < v.start && newer_at >= slot.anchor;
            newer_at = newer_at.min(slot.at);
            if slot.quota == 0 || slot.anchor > v.start || v.start - slot.anchor > WINDOW * 4 {
                continue;
            }
            // The value's shape first (cheap), the distance only for a family that
            // would take it.
            let (anchor, text) = (slot.anchor, self.text);
            let tight = |prefix: bool| {
                if crossed {
                    None
                } else {
                    tight_fit(text, anchor, v.start, prefix)
                }
            };
            let taken = match slot.family {
                Family::Skip => None,
                Family::Negative => {
                    if tight(false).is_some() {
                        self.spend(k, v, !masked_taken);
                        if v.is_masked() {
                            masked_taken = true;
                            continue;
                        }
                        return Verdict::Blocked;
                    }
                    None
                }
                Family::InsuredSymbol | Family::InsuredNumber | Family::InsuredSingle => {
                    if !health::is_insured_component(v) {
                        None
                    } else if let Some(s) = tight(true) {
                        Some((Kind::InsuredNumber, s))
                    } else if fits(text, anchor, v.start) && !quantity(text, v.start, v.end) {
                        // Further away (`記号・番号ですが、正しくは12・345`): a
                        // number-like value, with a katakana or kanji 記号 prefix;
                        // a component's label in the same sentence.
                        let single = slot.family == Family::InsuredSingle;
                        let ok = if health::looks_like_date(v) {
                            false
                        } else if single {
                            health::is_insured_number(v)
                        } else {
                            health::is_insured_component(v)
                                && (v.len() <= 12 || v.is_masked())
                                && !text
                                    .get(anchor..v.start)
                                    .is_some_and(|g| g.contains(['。', '？', '?', '！']))
                        };
                        ok.then(|| (Kind::InsuredNumber, loose_prefix(text, v.start)))
                    } else {
                        None
                    }
                }
                Family::Phone => {
                    // Shape, distance, and only then the full check.
                    let validate = self.kinds.contains(&Kind::Phone);
                    let start = contact::phone_start(text, v, false)
                        .filter(|_| fits(text, anchor, v.start))
                        .and_then(|s| {
                            if validate {
                                contact::phone_start(text, v, true)
                            } else {
                                Some(s)
                            }
                        });
                    if let Some(start) = start {
                        self.spend(k, v, !masked_taken);
                        if v.is_masked() {
                            masked_taken = true;
                            continue;
                        }
                        if !validate && tight(false).is_some() {
                            // A phone number where none is asked for: left as it is.
                            self.refuse(v);
                        }
                        return Verdict::Taken(validate.then_some(Kind::Phone), start);
                    }
                    None
                }
                // Not across another label (`普通 記号の0⏎0000000`): the kana that
                // type_fit looks for may be masked away the second time.
                Family::AccountType => bank::is_account(v)
                    .then_some((Kind::BankAccount, v.start))
                    .filter(|_| {
                        !crossed
                            && type_fit(text, anchor, v.start)
                            && !quantity(text, v.start, v.end)
                    }),
                family => shape_kind(family, v)
                    .filter(|_| {
                        fits(text, anchor, v.start)
                            && !quantity(text, v.start, v.end)
                            && (!health::looks_like_date(v) || tight(false).is_some())
                    })
                    .map(|kind| (kind, v.start)),
            };
            if let Some((kind, start)) = taken {
                self.spend(k, v, !masked_taken);
                if v.is_masked() {
                    masked_taken = true;
                    continue;
                }
                let report = self.kinds.contains(&kind).then_some(kind);
                return Verdict::Taken(report, start);
            }
        }
        if masked_taken {
            Verdict::Taken(None, v.start)
        } else {
            Verdict::Free
        }
    }

    /// Notes that a label right before `v` said it is no value to mask
    /// ([`Checked::refused`]), when `v` has no mask character.
    fn refuse(&mut self, v: &Value) {
        if let Some(log) = self.log.as_mut().filter(|_| v.wild == 0) {
            // In order: a token's runs of groups are judged after the whole of it.
            let at = log.refused.partition_point(|&r| r <= (v.start, v.end));
            if at == 0 || log.refused.get(at - 1) != Some(&(v.start, v.end)) {
                log.refused.insert(at, (v.start, v.end));
            }
        }
    }

    /// Whether any remembered label with values left could reach a value at `at`.
    fn any_label_near(&self, at: usize) -> bool {
        self.labels
            .iter()
            .flatten()
            .any(|s| s.quota > 0 && s.anchor <= at && at - s.anchor <= WINDOW * 4 + MAX_UNITS * 4)
    }

    /// A label took value `v`; the value's end is where the label's next value is
    /// measured from when `primary` (not for the other labels a masked value takes).
    /// A value already masked may stand for several (its groups: `**** **** ***`
    /// after 記号・番号・枝番), so it takes as many.
    fn spend(&mut self, k: usize, v: &Value, primary: bool) {
        let n = if v.is_masked() {
            v.group_lens().count().max(1)
        } else {
            1
        };
        if let Some(Some(slot)) = self.labels.get_mut(k) {
            self.undo.push((k, Some(*slot)));
            slot.quota = slot
                .quota
                .saturating_sub(u8::try_from(n).unwrap_or(u8::MAX));
            if primary {
                slot.anchor = v.end;
            }
        }
    }

    /// An `@` (`len` bytes) at `pos`: an e-mail address around it is one finding
    /// (when asked for) and nothing else; returns where to go on.
    fn at_sign(&mut self, st: &mut Build, pos: usize, len: usize) -> usize {
        self.shape.valued = true;
        // When addresses are not asked for, an address is text like any other: a
        // number typed right against it (`1234 5678 9018@example.com`) is judged as a
        // number, never dropped with the address.
        let address = if self.kinds.contains(&Kind::Email) {
            contact::email_at(self.text, pos, len)
        } else {
            None
        };
        let Some((mut start, end)) = address else {
            self.flush(st);
            return pos + len;
        };
        // The token before the `@` is judged whole first; then the address takes the
        // findings it overlaps. One that began before it (a number or another address
        // run into it: `1234 5678 9018@example.com`,
        // `taro@example.comhanako@example.com`) widens it, so that none of it is left
        // unmasked. Groups of the local part without a digit (`taro`, or `****` of
        // an address masked before) are the address's alone: no label takes them as
        // its value, so a text and its masked output move the labels alike.
        self.end_group(st);
        let local = self
            .token
            .groups
            .iter()
            .position(|g| g.start >= start)
            .unwrap_or(self.token.groups.len());
        if self
            .token
            .groups
            .get(local..)
            .is_some_and(|gs| gs.iter().all(|g| g.digits == 0))
        {
            self.token.truncate(local);
        }
        self.flush(st);
        while let Some(before) = self
            .findings
            .last()
            .filter(|f| f.end > start)
            .map(|f| f.start)
        {
            start = start.min(before);
            self.findings.pop();
        }
        // An address already masked whole is left as it is.
        if self
            .text
            .get(start..end)
            .is_some_and(|a| a.chars().any(char::is_alphanumeric))
        {
            self.emit(Kind::Email, start, end);
        }
        self.passed(pos + len, end);
        end
    }

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

/// The kind a label of `family` (one without special rules) gives `v`, if `v` has
/// that kind's shape and check digit.
fn shape_kind(family: Family, v: &Value) -> Option<Kind> {
    let (ok, kind) = match family {
        Family::Insurer => (health::is_insurer(v), Kind::InsurerNumber),
        Family::Payer => (health::is_payer(v), Kind::PublicExpensePayer),
        Family::Recipient => (health::is_recipient(v), Kind::PublicExpenseRecipient),
        Family::Bank => (bank::is_account(v), Kind::BankAccount),
        Family::License => (ids::is_drivers_license(v), Kind::DriversLicense),
        Family::Pension => (ids::is_pension_number(v), Kind::PensionNumber),
        Family::MyNumber => (
            mynumber::is_my_number(v) || (v.is_masked() && mynumber::has_shape(v)),
            Kind::MyNumber,
        ),
        Family::Card => (
            card::is_card(v) || (v.is_masked() && card::has_shape(v)),
            Kind::CreditCard,
        ),
        Family::Passport => (ids::is_passport(v, true), Kind::Passport),
        Family::Residence => (ids::is_residence_card(v, true), Kind::ResidenceCard),
        _ => return None,
    };
    ok.then_some(kind)
}

/// Whether a value at `to` is close enough to a label ending at `from`: at most
/// [`WINDOW`] characters, on the same line or the next non-blank one.
fn fits(text: &str, from: usize, to: usize) -> bool {
    if to < from || to - from > WINDOW * 4 {
        return false;
    }
    let Some(gap) = text.as_bytes().get(from..to) else {
        return false;
    };
    // Bytes, not characters: a character starts at every non-continuation byte.
    let mut chars = 0;
    let mut breaks = 0;
    let mut content = true;
    let mut i = 0;
    while let Some(&b) = gap.get(i) {
        i += 1;
        if b & 0xC0 == 0x80 {
            continue;
        }
        chars += 1;
        if chars > WINDOW {
            return false;
        }
        match b {
            b'\n' => {
                if content {
                    breaks += 1;
                    if breaks > 1 {
                        return false;
                    }
                }
                content = false;
            }
            b' ' | b'\t' | b'\r' => {}
            // U+3000 IDEOGRAPHIC SPACE
            0xE3 if gap.get(i..i + 2) == Some(&[0x80, 0x80]) => i += 2,
            _ => content = true,
        }
    }
    true
}

/// Whether an account type (普通, 当座) ending at `from` announces a number at `to`:
/// at most 12 characters between, none of them hiragana (no sentence between).
fn type_fit(text: &str, from: usize, to: usize) -> bool {
    to >= from
        && to - from <= 12 * 4
        && text
            .get(from..to)
            .is_some_and(|gap| gap.chars().count() <= 12 && !gap.chars().any(is_hiragana))
}

/// Whether the value at `start..end` is a quantity, a date or a time rather than a
/// labelled number: a unit follows it (`2024年`, `3錠`, `1506号室`, `12,800円`), or
/// it is part of `2026/11/25` or `12:30`.
fn quantity(text: &str, start: usize, end: usize) -> bool {
    // A digit, or a digit already masked.
    let digit = |c: char| !matches!(unit(c), None | Some(Unit::Letter(..)));
    let before = text.get(..start).unwrap_or("");
    let mut back = before.chars().rev();
    if matches!(back.next(), Some('/' | '／' | ':' | '：')) && back.next().is_some_and(digit) {
        return true;
    }
    let rest = text.get(end..).unwrap_or("");
    let mut chars = rest.chars();
    match chars.next() {
        Some('/' | '／' | ':' | '：') => chars.next().is_some_and(digit),
        Some(
            '年' | '月' | '日' | '時' | '分' | '秒' | '円' | '錠' | '歳' | '才' | '回' | '件'
            | '枚' | '個' | '本' | '名' | '人' | '階' | '週' | '％' | '%' | '万' | '千' | '包'
            | '粒' | '滴' | '袋' | '箱' | '部' | '通' | '台' | '缶' | '杯',
        ) => true,
        Some('ヶ' | 'ケ' | 'か' | 'カ' | '箇') => matches!(chars.next(), Some('月' | '所')),
        Some('号') => chars.next() == Some('室'),
        Some('m' | 'g' | 'k') => chars.next().is_none_or(|c| !c.is_ascii_alphanumeric()),
        _ => false,
    }
}

/// Where a value further from its 記号 label starts: a katakana or kanji prefix of
/// up to four characters right before it (`千代田796`) belongs to it.
fn loose_prefix(text: &str, start: usize) -> usize {
    let mut at = start;
    let mut n = 0;
    for c in text.get(..start).unwrap_or("").chars().rev() {
        let hiragana = is_hiragana(c);
        if !is_kana_or_kanji(c) || hiragana || n == 4 {
            break;
        }
        n += 1;
        at -= c.len_utf8();
    }
    // A prefix glued to other letters or digits is not one (`…000ｱ0000`).
    let glued = text
        .get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| unit(c).is_some());
    if n == 4 || glued {
        start
    } else {
        at
    }
}

/// The end of a parenthesized aside that starts at `from` (after the opening
/// parenthesis): its closing parenthesis within 10 characters and before `to`.
fn aside_end(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut at = from;
    for _ in 0..10 {
        if at >= to {
            return None;
        }
        let (c, next) = char_at(bytes, at)?;
        if matches!(c, '）' | ')') {
            return Some(next);
        }
        if c == '\n' {
            return None;
        }
        at = next;
    }
    None
}

/// Whether `to` is at most `limit` characters after `from`, at most `lines` lines
/// down.
fn within(text: &str, from: usize, to: usize, limit: usize, lines: usize) -> bool {
    if to < from || to - from > limit * 4 {
        return false;
    }
    text.get(from..to).is_some_and(|gap| {
        gap.chars().count() <= limit && gap.chars().filter(|&c| c == '\n').count() <= lines
    })
}

/// If only connectors stand between a label ending at `from` and a value at `to`
/// (after kana or kanji that start a 記号, when `prefix`), where the value starts.
fn tight_fit(text: &str, from: usize, to: usize, prefix: bool) -> Option<usize> {
    if to < from || to - from > (TIGHT + PREFIX) * 4 {
        return None;
    }
    let bytes = text.as_bytes();
    // Forward from the label: connectors, then (for a 記号) kana or kanji up to the
    // value. Most labels are too far, and the first character tells.
    let mut at = from;
    let mut chars = 0;
    let mut breaks = 0;
    while at < to {
        let (c, next) = char_at(bytes, at)?;
        // An aside in parentheses (`記号（2桁）：`) is passed over whole.
        if matches!(c, '（' | '(') {
            if let Some(close) = aside_end(bytes, next, to) {
                chars += 1;
                at = close;
                continue;
            }
        }
        // は or が after a space starts a 記号 (`記号 は12`); otherwise it connects.
        let spaced = matches!(c, 'は' | 'が') && prefix && chars > 0 && {
            let before = text.get(..at).and_then(|s| s.chars().next_back());
            before.is_some_and(is_space)
        };
        if !is_connector(c) || spaced {
            break;
        }
        chars += 1;
        if c == '\n' {
            breaks += 1;
        }
        if chars > TIGHT || breaks > 1 {
            return None;
        }
        at = next;
    }
    let start = at;
    if start == to {
        return Some(start);
    }
    if !prefix {
        return None;
    }
    // A prefix glued to other letters or digits is not one (`…0ア12`).
    if text
        .get(..start)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| unit(c).is_some())
    {
        return None;
    }
    let mut n = 0;
    while at < to {
        let (c, next) = char_at(bytes, at)?;
        n += 1;
        if !is_kana_or_kanji(c) || n > PREFIX {
            return None;
        }
        at = next;
    }
    Some(start)
}
