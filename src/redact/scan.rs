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

use super::chars::{fold, is_connector, is_kana_or_kanji, is_space, sep, unit, Sep, Unit};
use super::labels::{match_at, may_start_label, Family, Found};
use super::token::{Group, Token, Value, MAX_UNITS};
use super::{bank, card, contact, health, ids, mynumber, Finding, Kind, KindSet};

/// How many labels the scanner remembers.
const MEMORY: usize = 16;
/// How many characters may stand between a label and its value.
pub(crate) const WINDOW: usize = 30;
/// How many connector characters may stand between a tight label and its value.
const TIGHT: usize = 8;
/// How many kana or kanji may start a 記号 (`千代田5`).
const PREFIX: usize = 5;
/// How far after a 記号 a bare 番号 still labels the card's number.
const SYMBOL_CONTEXT: usize = 40;

/// Finds the sensitive values of the kinds in `kinds`, sorted and non-overlapping,
/// in byte offsets.
pub(crate) fn find(text: &str, kinds: KindSet) -> Vec<Finding> {
    let emails = contact::find_emails(text);
    let mut scanner = Scanner {
        text,
        kinds,
        labels: [None; MEMORY],
        next_label: 0,
        token: Token::default(),
        findings: Vec::new(),
        emails: &emails,
        next_email: 0,
        last_symbol_end: None,
    };
    scanner.run();
    let mut findings = scanner.findings;
    if kinds.contains(&Kind::Email) && !emails.is_empty() {
        let mail = emails.iter().map(|&(start, end)| Finding {
            kind: Kind::Email,
            start,
            end,
        });
        findings = merge(findings, mail.collect());
    }
    findings
}

/// Merges two sorted lists of findings, dropping overlaps.
pub(crate) fn merge(a: Vec<Finding>, b: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::with_capacity(a.len() + b.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => {
                if x.start <= y.start {
                    a.next()
                } else {
                    b.next()
                }
            }
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        if let Some(f) = next {
            if out.last().is_none_or(|last| f.start >= last.end) {
                out.push(f);
            }
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    family: Family,
    /// Where the next value may start being measured from: the label's end, then
    /// the end of each value it took.
    anchor: usize,
    /// Values it may still take.
    quota: u8,
}

/// A separator run after the last group of the token being built.
#[derive(Debug, Clone, Copy)]
struct Pending {
    sep: Sep,
    chars: u8,
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

struct Scanner<'t> {
    text: &'t str,
    kinds: KindSet,
    labels: [Option<Slot>; MEMORY],
    next_label: usize,
    token: Token,
    findings: Vec<Finding>,
    emails: &'t [(usize, usize)],
    next_email: usize,
    last_symbol_end: Option<usize>,
}

impl Scanner<'_> {
    fn run(&mut self) {
        let text = self.text;
        let mut pos = 0;
        let mut cur: Option<Group> = None;
        let mut pending: Option<Pending> = None;
        let mut prev: Option<char> = None;
        while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
            let end = pos + c.len_utf8();
            // Hiragana: never part of a value, never the start of a label.
            if ('\u{3041}'..='\u{309F}').contains(&c) {
                self.flush(&mut cur, &mut pending);
                prev = Some(c);
                pos = end;
                continue;
            }
            if let Some(u) = unit(c) {
                // An English label starts with a letter outside a group.
                if cur.is_none() && matches!(u, Unit::Letter(..)) {
                    if let Some(found) = self.label_at(pos, c, prev) {
                        self.flush(&mut cur, &mut pending);
                        self.remember(found, pos);
                        prev = text.get(..found.end).and_then(|s| s.chars().next_back());
                        pos = found.end.max(end);
                        continue;
                    }
                }
                match (cur.as_mut(), pending) {
                    (Some(g), _) => self.token.extend_group(g, end, u),
                    (None, Some(p)) if self.can_join(p, u) => {
                        cur = Some(self.token.start_group(pos, end, u, Some(p.sep)));
                        pending = None;
                    }
                    (None, _) => {
                        self.flush(&mut cur, &mut pending);
                        cur = Some(self.token.start_group(pos, end, u, None));
                    }
                }
            } else if let Some(s) = sep(c) {
                if let Some(g) = cur.take() {
                    self.close_group(g);
                    pending = Some(Pending { sep: s, chars: 1 });
                } else if let Some(p) = pending.as_mut() {
                    // `+81 (0)90…`, `03 (1234) 5678`: a parenthesis may pair with a
                    // space; any other run of two separators ends the value.
                    if p.chars == 1 && (p.sep == Sep::Paren || s == Sep::Paren) {
                        p.chars = 2;
                        p.sep = Sep::Paren;
                    } else {
                        self.flush(&mut cur, &mut pending);
                    }
                }
            } else {
                self.flush(&mut cur, &mut pending);
                if let Some(found) = self.label_at(pos, c, prev) {
                    self.remember(found, pos);
                    prev = text.get(..found.end).and_then(|s| s.chars().next_back());
                    pos = found.end.max(end);
                    continue;
                }
            }
            prev = Some(c);
            pos = end;
        }
        self.flush(&mut cur, &mut pending);
    }

    fn label_at(&self, pos: usize, c: char, prev: Option<char>) -> Option<Found> {
        let first = fold(c);
        if !may_start_label(first) {
            return None;
        }
        match_at(self.text, pos, first, prev)
    }

    /// Records a label found at `pos`.
    fn remember(&mut self, found: Found, pos: usize) {
        match found.family {
            Family::Skip => return,
            Family::InsuredSymbol => self.last_symbol_end = Some(found.end),
            Family::InsuredNumber if found.needs_symbol => {
                // A bare 番号 labels the card's number only just after a 記号.
                let near = self
                    .last_symbol_end
                    .is_some_and(|at| at <= pos && within(self.text, at, pos, SYMBOL_CONTEXT));
                if !near {
                    return;
                }
            }
            _ => {}
        }
        if let Some(slot) = self.labels.get_mut(self.next_label) {
            *slot = Some(Slot {
                family: found.family,
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
            let stored = (g.len as usize).min(MAX_UNITS + 1).min(self.token.norm.len());
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
            self.token.norm.extend_from_slice(units.get(..stored).unwrap_or(&[]));
            self.token.groups.push(first);
            return;
        }
        self.token.groups.push(g);
    }

    /// Ends the token being built and judges it.
    fn flush(&mut self, cur: &mut Option<Group>, pending: &mut Option<Pending>) {
        if let Some(g) = cur.take() {
            self.close_group(g);
        }
        *pending = None;
        if !self.token.groups.is_empty() {
            self.classify();
            self.token.clear();
        }
    }

    /// Judges the finished token: the whole of it first, then runs of its groups.
    fn classify(&mut self) {
        let n = self.token.groups.len();
        let (Some(first), Some(last)) = (self.token.groups.first(), self.token.groups.last()) else {
            return;
        };
        let (start, end) = (first.start, last.end);
        if self.token.groups.iter().all(Group::pure_letters) || self.in_email(start, end) {
            return;
        }
        if self.try_range(0, n, true) {
            return;
        }
        // Runs of groups: only a label can claim part of a token.
        if !self.any_label_near(start) {
            return;
        }
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
            let mut taken = false;
            for j in (i + 1..=jmax).rev() {
                if i == 0 && j == n {
                    continue;
                }
                if self.try_range(i, j, false) {
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

    /// Judges groups `i..j` of the token; `true` when something took them.
    fn try_range(&mut self, i: usize, j: usize, whole: bool) -> bool {
        let Some(v) = self
            .token
            .groups
            .get(i..j)
            .and_then(|groups| Value::new(groups, &self.token.norm))
        else {
            return false;
        };
        if v.digits + v.wild == 0 {
            return false;
        }
        let blocked = match self.by_label(&v) {
            Verdict::Taken(kind, start) => {
                if let Some(kind) = kind {
                    if !v.is_masked() {
                        self.emit(kind, start, v.end);
                    }
                }
                return true;
            }
            Verdict::Blocked => true,
            Verdict::Free => false,
        };
        if !whole || v.is_masked() {
            return blocked;
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
            return true;
        }
        if !blocked && self.kinds.contains(&Kind::Phone) {
            if let Some(start) = contact::phone_start(self.text, &v, true) {
                self.emit(Kind::Phone, start, v.end);
                return true;
            }
        }
        blocked
    }

    /// Asks the remembered labels, nearest first, about `v`.
    fn by_label(&mut self, v: &Value) -> Verdict {
        for back in 0..MEMORY {
            let k = (self.next_label + MEMORY - 1 - back) % MEMORY;
            let Some(Some(slot)) = self.labels.get(k).copied() else {
                continue;
            };
            if slot.quota == 0 || slot.anchor > v.start {
                continue;
            }
            let family = slot.family;
            let insured = matches!(
                family,
                Family::InsuredSymbol | Family::InsuredNumber | Family::InsuredSingle
            );
            let tight_start = tight_fit(self.text, slot.anchor, v.start, insured);
            let (start, tight) = match tight_start {
                Some(s) => (s, true),
                None if family.is_tight() => continue,
                None if fits(self.text, slot.anchor, v.start) => (v.start, false),
                None => continue,
            };
            let kind = match family {
                Family::Negative => {
                    self.spend(k, v.end);
                    return Verdict::Blocked;
                }
                Family::Insurer => health::is_insurer(v).then_some(Kind::InsurerNumber),
                Family::InsuredSymbol | Family::InsuredNumber => {
                    health::is_insured_component(v).then_some(Kind::InsuredNumber)
                }
                Family::InsuredSingle => {
                    let ok = if tight {
                        health::is_insured_component(v)
                    } else {
                        health::is_insured_number(v)
                    };
                    ok.then_some(Kind::InsuredNumber)
                }
                Family::Payer => health::is_payer(v).then_some(Kind::PublicExpensePayer),
                Family::Recipient => {
                    health::is_recipient(v).then_some(Kind::PublicExpenseRecipient)
                }
                Family::Bank => bank::is_account(v).then_some(Kind::BankAccount),
                Family::License => ids::is_drivers_license(v).then_some(Kind::DriversLicense),
                Family::Pension => ids::is_pension_number(v).then_some(Kind::PensionNumber),
                Family::MyNumber => (mynumber::is_my_number(v)
                    || (v.is_masked() && mynumber::has_shape(v)))
                .then_some(Kind::MyNumber),
                Family::Card => (card::is_card(v) || (v.is_masked() && card::has_shape(v)))
                    .then_some(Kind::CreditCard),
                Family::Passport => ids::is_passport(v, true).then_some(Kind::Passport),
                Family::Residence => {
                    ids::is_residence_card(v, true).then_some(Kind::ResidenceCard)
                }
                Family::Phone => {
                    let validate = self.kinds.contains(&Kind::Phone);
                    if let Some(s) = contact::phone_start(self.text, v, validate) {
                        self.spend(k, v.end);
                        return Verdict::Taken(validate.then_some(Kind::Phone), s);
                    }
                    None
                }
                Family::Skip => None,
            };
            if let Some(kind) = kind {
                self.spend(k, v.end);
                let start = if insured { start } else { v.start };
                let report = self.kinds.contains(&kind).then_some(kind);
                return Verdict::Taken(report, start);
            }
        }
        Verdict::Free
    }

    /// Whether any remembered label with values left could reach a value at `at`.
    fn any_label_near(&self, at: usize) -> bool {
        self.labels.iter().flatten().any(|s| {
            s.quota > 0 && s.anchor <= at && at - s.anchor <= WINDOW * 4 + MAX_UNITS * 4
        })
    }

    /// A label took a value ending at `end`.
    fn spend(&mut self, k: usize, end: usize) {
        if let Some(Some(slot)) = self.labels.get_mut(k) {
            slot.quota = slot.quota.saturating_sub(1);
            slot.anchor = end;
        }
    }

    /// Whether `start..end` touches an e-mail address.
    fn in_email(&mut self, start: usize, end: usize) -> bool {
        while let Some(&(_, e_end)) = self.emails.get(self.next_email) {
            if e_end <= start {
                self.next_email += 1;
            } else {
                break;
            }
        }
        self.emails
            .get(self.next_email)
            .is_some_and(|&(e_start, _)| e_start < end)
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
            self.findings.push(Finding { kind, start, end });
        }
    }
}

/// Whether a value at `to` is close enough to a label ending at `from`: at most
/// [`WINDOW`] characters, on the same line or the next non-blank one.
fn fits(text: &str, from: usize, to: usize) -> bool {
    if to < from || to - from > WINDOW * 4 {
        return false;
    }
    let Some(gap) = text.get(from..to) else {
        return false;
    };
    let mut chars = 0;
    let mut breaks = 0;
    let mut content = true;
    for c in gap.chars() {
        chars += 1;
        if chars > WINDOW {
            return false;
        }
        if c == '\n' {
            if content {
                breaks += 1;
                if breaks > 1 {
                    return false;
                }
            }
            content = false;
        } else if !is_space(c) {
            content = true;
        }
    }
    true
}

/// Whether `to` is at most `limit` characters after `from`, at most one line down.
fn within(text: &str, from: usize, to: usize, limit: usize) -> bool {
    if to < from || to - from > limit * 4 {
        return false;
    }
    text.get(from..to).is_some_and(|gap| {
        gap.chars().count() <= limit && gap.chars().filter(|&c| c == '\n').count() <= 1
    })
}

/// If only connectors stand between a label ending at `from` and a value at `to`
/// (after kana or kanji that start a 記号, when `prefix`), where the value starts.
fn tight_fit(text: &str, from: usize, to: usize, prefix: bool) -> Option<usize> {
    if to < from || to - from > (TIGHT + PREFIX) * 4 {
        return None;
    }
    let gap = text.get(from..to)?;
    let mut start = to;
    if prefix {
        let mut n = 0;
        for c in gap.chars().rev() {
            if !is_kana_or_kanji(c) {
                break;
            }
            n += 1;
            start -= c.len_utf8();
        }
        if n > PREFIX {
            return None;
        }
        // は or が right after the label or a colon is the connector (`記号は12`).
        let head = text.get(from..start)?;
        let run = text.get(start..to)?;
        if let Some(first @ ('は' | 'が')) = run.chars().next() {
            if !head.ends_with(is_space) {
                start += first.len_utf8();
            }
        }
    }
    let head = text.get(from..start)?;
    let mut chars = 0;
    let mut breaks = 0;
    for c in head.chars() {
        chars += 1;
        if c == '\n' {
            breaks += 1;
        }
        if chars > TIGHT || breaks > 1 || !is_connector(c) {
            return None;
        }
    }
    Some(start)
}
