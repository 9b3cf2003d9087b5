//! The redacted output and the text side by side: rendering the findings
//! hidden, and translating offsets of the output back to the text.

use crate::prelude::*;
use crate::redact::{style, Finding, Redactor, Style};

/// Writes `text` with `found` hidden in `style` (mask or partial, which keep the
/// length) into `out`, and where each replacement lies in it into `spans`.
pub(in crate::redact) fn render(
    text: &str,
    found: &[Finding],
    style: Style,
    keep_last: usize,
    out: &mut String,
    spans: &mut Vec<(usize, usize)>,
) {
    out.clear();
    spans.clear();
    // As long as the text in the mask style, about as long in the others: room
    // for it at once, rather than copies as it doubles.
    out.reserve(text.len());
    let mut at = 0;
    for f in found {
        // Findings are sorted, apart, and bounded by characters of the text.
        debug_assert!(at <= f.start && text.get(f.start..f.end).is_some());
        out.push_str(crate::substring::slice(text, at, f.start));
        let start = out.len();
        let value = crate::substring::slice(text, f.start, f.end);
        style::render(out, value, &f.kind, style, keep_last, |_| "");
        spans.push((start, out.len()));
        at = f.end;
    }
    out.push_str(crate::substring::slice(text, at, text.len()));
}

/// Byte offsets of the redacted output, translated back to the text: outside the
/// replacements the two are the same text, shifted.
pub(super) struct Map<'a> {
    /// The findings replaced, in text offsets.
    pub(super) found: &'a [Finding],
    /// Where each finding's replacement lies in the output.
    pub(super) spans: &'a [(usize, usize)],
}

impl<'a> Map<'a> {
    /// [`render`]s `text` with `found` hidden in `style` into `out` (and `spans`),
    /// and the map between them.
    pub(super) fn rendered(
        text: &str,
        found: &'a [Finding],
        style: Style,
        keep_last: usize,
        out: &mut String,
        spans: &'a mut Vec<(usize, usize)>,
    ) -> Self {
        render(text, found, style, keep_last, out, spans);
        Map { found, spans }
    }

    /// Whether `start..end` of the output lies within replacements.
    pub(super) fn hidden(&self, start: usize, end: usize) -> bool {
        let mut at = start;
        while at < end {
            match self.containing(at).and_then(|i| self.spans.get(i)) {
                Some(&(_, e)) => at = e,
                None => return false,
            }
        }
        true
    }

    /// Reads `out[from..to]` (the output) and adds to `fresh` what it finds from
    /// `accept` on that no replacement hides, in text offsets. With `joining`, also
    /// what joins two replacements or more into one value (an address read across
    /// the address and the number after it): in the partial style, one value is
    /// written otherwise than two (its last characters are kept, not theirs), and a
    /// reading of the output finds the one.
    pub(super) fn read(
        &self,
        redactor: &Redactor,
        out: &str,
        (from, accept, to): (usize, usize, usize),
        joining: bool,
        fresh: &mut Vec<Finding>,
    ) {
        let Some(slice) = out.get(from..to) else {
            return;
        };
        for g in &redactor.find_once(slice) {
            let (start, end) = (g.start + from, g.end + from);
            // Hidden, and past the end of the replacement it starts in: it reaches
            // into the next (a lookup, not a pass over every replacement).
            let joins = || {
                self.containing(start)
                    .is_some_and(|i| self.spans.get(i).is_some_and(|&(_, e)| end > e))
            };
            if start >= accept && (!self.hidden(start, end) || (joining && joins())) {
                fresh.push(Finding {
                    start: self.start(start),
                    end: self.end(end),
                    kind: g.kind.clone(),
                });
            }
        }
    }

    /// The output offset of text offset `at`: the start of the replacement when it
    /// falls in a finding.
    pub(super) fn out_of(&self, at: usize) -> usize {
        let i = crate::redact::started_by(self.found, at).checked_sub(1);
        match i.and_then(|i| Some((self.found.get(i)?, self.spans.get(i)?))) {
            None => at,
            Some((f, &(s, _))) if at < f.end => s,
            Some((f, &(_, e))) => at - f.end + e,
        }
    }

    /// The replacement holding byte `at` of the output.
    pub(super) fn containing(&self, at: usize) -> Option<usize> {
        let i = crate::redact::spans_started_by(self.spans, at).checked_sub(1)?;
        self.spans.get(i).is_some_and(|&(_, e)| at < e).then_some(i)
    }

    /// The text offset of a start in the output: the start of the finding whose
    /// replacement it falls in.
    pub(super) fn start(&self, at: usize) -> usize {
        let i = crate::redact::spans_started_by(self.spans, at).checked_sub(1);
        match i.and_then(|i| Some((self.found.get(i)?, self.spans.get(i)?))) {
            None => at,
            Some((f, &(_, e))) if at < e => f.start,
            Some((f, &(_, e))) => at - e + f.end,
        }
    }

    /// The text offset of an end in the output: the end of the finding whose
    /// replacement it falls in.
    pub(super) fn end(&self, at: usize) -> usize {
        // The spans that start before `at`: by `at - 1`.
        let before = at
            .checked_sub(1)
            .map_or(0, |last| crate::redact::spans_started_by(self.spans, last));
        let i = before.checked_sub(1);
        match i.and_then(|i| Some((self.found.get(i)?, self.spans.get(i)?))) {
            None => at,
            Some((f, &(_, e))) if at <= e => f.end,
            Some((f, &(_, e))) => at - e + f.end,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::{Finding, Kind, Style};

    #[test]
    fn offsets_map_back_through_replacements_of_another_length() {
        // `a𠮷1b` with `𠮷1` found: a character outside the BMP is masked as two
        // wide stars, so the replacement `＊＊*` (bytes 1..8) is longer than the
        // value (bytes 1..6).
        let found = [Finding {
            kind: Kind::MyNumber,
            start: 1,
            end: 6,
        }];
        let map = super::Map {
            found: &found,
            spans: &[(1, 8)],
        };
        assert_eq!((map.start(0), map.end(1)), (0, 1));
        assert_eq!(
            (map.start(1), map.start(4), map.end(4), map.end(8)),
            (1, 1, 6, 6)
        );
        assert_eq!((map.start(8), map.end(9)), (6, 7));
        assert!(map.hidden(1, 8) && map.hidden(4, 7));
        assert!(!map.hidden(1, 9) && !map.hidden(0, 2));
    }

    #[test]
    fn render_writes_each_replacement_where_its_span_says() {
        let text = "a 1234 b 56";
        let found = [
            Finding {
                kind: Kind::MyNumber,
                start: 2,
                end: 6,
            },
            Finding {
                kind: Kind::MyNumber,
                start: 9,
                end: 11,
            },
        ];
        let (mut out, mut spans) = (String::new(), Vec::new());
        super::render(text, &found, Style::Mask, 0, &mut out, &mut spans);
        assert_eq!(out, "a **** b **");
        assert_eq!(spans, [(2, 6), (9, 11)]);
    }
}
