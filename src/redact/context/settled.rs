//! Lines the context pass cannot change: every letter and digit of them is
//! masked already, so their runs need no reading.

use super::hotwords::Kind8;
use super::runs;
use super::{Pass, LINE_HYPHENS};
use crate::redact::chars::{sep, unit, Sep};
use crate::redact::{Finding, Kind};

impl Pass<'_> {
    /// Whether line `ls..le` is one the pass cannot change, so that its runs need
    /// no reading: outside a table, every letter, digit and mask character of it
    /// (and every other character a run may hold: ー, ｰ) lies in a finding of
    /// `on_line` (the findings over the line, sorted, apart), none of them an
    /// insurance card's (whose 記号 the pass may widen). Each run is then wholly
    /// masked already and adds nothing. `Some(ends_in_value)`, where `ends_in_value` tells whether its last character
    /// that is not a space is one of them: then the next line may continue that
    /// value ([`Pass::settled_tail`]).
    pub(super) fn settled(&self, ls: usize, le: usize, on_line: &[Finding]) -> Option<bool> {
        if self.table.is_some() {
            return None;
        }
        if on_line.is_empty() || on_line.iter().any(|f| f.kind == Kind::InsuredNumber) {
            return None;
        }
        let bytes = self.text.as_bytes();
        // The finding that may hold the next character.
        let mut next = 0;
        let mut covered = |at: usize| {
            while on_line.get(next).is_some_and(|f| f.end <= at) {
                next += 1;
            }
            on_line.get(next).is_some_and(|f| f.start <= at)
        };
        // Whether the last character that is not a space is one a run may hold,
        // and whether a letter, digit or mask character stands before this one
        // with only separators between (a ー there may join two groups).
        let mut ends_in_value = false;
        let mut after_unit = false;
        let mut i = ls;
        while i < le {
            if let Some(&[b0 @ 0xE3..=0xE9, b1, b2]) = bytes.get(i..i + 3) {
                if runs::inert_bytes(b0, b1, b2) {
                    // Kana, kanji and CJK punctuation: no run holds them.
                    ends_in_value = false;
                    after_unit = false;
                    i += 3;
                    continue;
                }
            }
            let (c, end) = crate::redact::labels::char_at(bytes, i)?;
            if unit(c).is_some() {
                if !covered(i) {
                    return None;
                }
                ends_in_value = true;
                after_unit = true;
            } else if matches!(c, 'ー' | 'ｰ') && after_unit {
                if !covered(i) {
                    return None;
                }
            } else if LINE_HYPHENS.contains(&c) && after_unit {
                // A hyphen after a value at the line's end: it goes on below.
            } else if !crate::substring::is_whitespace(c) {
                ends_in_value = false;
                after_unit &= sep(c).is_some_and(|s| s != Sep::Paren);
            }
            i = end;
        }
        Some(ends_in_value)
    }

    /// The kind and length of the value that settled line `li` ends with, if its
    /// last run ends the line (only spaces after it): the finding over the run.
    pub(super) fn settled_tail(&mut self, li: usize, found: &[Finding]) -> Option<(Kind8, usize)> {
        let le = self.lines.get(li)?.1;
        let run = *self.line(li).runs.last()?;
        if !self.ends_line(run.end, le) {
            return None;
        }
        let f = found.get(crate::redact::ended_by(found, run.start))?;
        (f.start < run.end)
            .then(|| Kind8::of(&f.kind))
            .flatten()
            .map(|k| (k, run.alnum + run.wild))
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::context::tests::added;
    use crate::redact::Kind;

    #[test]
    fn a_line_masked_whole_stays_as_it_is() {
        // The scanner took the whole value: the pass changes nothing on its line.
        assert_eq!(
            added("カード番号 4539 5787 6362 1486"),
            [(Kind::CreditCard, "4539 5787 6362 1486".to_owned())]
        );
    }

    #[test]
    fn a_value_that_ends_a_masked_line_goes_on_below() {
        // A run that starts the next line continues the run masked at the end of
        // the line above.
        assert_eq!(
            added("カード番号 4539 5787\n6362 1486"),
            [
                (Kind::CreditCard, "4539 5787".to_owned()),
                (Kind::CreditCard, "6362 1486".to_owned())
            ]
        );
        // Not after a blank line.
        assert_eq!(
            added("カード番号 4539 5787\n\n6362 1486"),
            [(Kind::CreditCard, "4539 5787".to_owned())]
        );
    }
}
