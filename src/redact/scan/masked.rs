//! Reading the masked text line by line, alongside the first reading.
//!
//! Redacting the output again must find nothing new ([`crate::redact`]'s settling).
//! Reading the whole masked output a second time would tell, at the cost of a
//! second reading. But the masked text differs from the text only on the lines
//! with findings, and what one line's reading hands to the next is small
//! ([`Memory`]: the labels and the last 記号). So each line with findings is read
//! masked, from the memory the first reading had at its start; where the memory at
//! its end is the first reading's, the masked reading of the lines after it is the
//! first reading's too (same text, same memory) and nothing needs reading until the
//! next line with findings. Where it differs, the masked reading goes on line by
//! line until the two agree again.
//!
//! That holds because no check looks across a line break but the labels' distance
//! checks ([`super::fits`], [`super::tight_fit`], [`super::type_fit`], and the
//! 記号 context), and those count characters, line breaks, connectors and hiragana
//! between a label and a value: a masked `*` counts as the letter or digit it hides
//! did, except when it hides a hiragana (a connector, and what `type_fit` looks
//! for) or changes the number of bytes (a character outside the BMP is two `＊`).
//! On such a text, and when a label reaches past a line break, the masked text is
//! left to be read whole ([`super::Checked::whole`]).

use super::super::{style, Finding, Style};
use super::{Memory, Scanner, Slot, Token, MAX_UNITS, SYMBOL_CONTEXT, WINDOW};

/// The masked reading.
#[derive(Debug, Default)]
pub(in crate::redact) struct Shadow {
    /// The text up to the end of the last line read, with its findings masked.
    masked: Option<String>,
    /// The masked reading's memory at the current line start, when it differs
    /// from the first reading's.
    apart: Option<Memory>,
    /// The masked reading's buffers, kept from one line to the next.
    token: Token,
    findings: Vec<Finding>,
    /// What the masked reading found that no finding hides.
    pub fresh: Vec<Finding>,
    /// The masked text must be read whole.
    pub whole: bool,
}

impl Scanner<'_> {
    /// At the end of the line from `self.line.at` to `next`: reads it masked if it
    /// has findings or the masked reading's memory differs.
    pub(super) fn check_line(&mut self, next: usize) {
        let Some(mut shadow) = self.shadow.take() else {
            return;
        };
        let from = self.line.at;
        let found = self.findings.get(self.line.findings..).unwrap_or(&[]);
        if !shadow.whole && (!found.is_empty() || shadow.apart.is_some()) {
            let start = shadow.apart.unwrap_or_else(|| self.line_memory());
            let masked = shadow.masked.get_or_insert_with(String::new);
            if mask(masked, self.text, found, next) {
                // The reader's buffers are kept from one line to the next.
                let mut reader = Scanner::new(masked.as_str(), self.kinds);
                reader.token = std::mem::take(&mut shadow.token);
                reader.findings = std::mem::take(&mut shadow.findings);
                reader.findings.clear();
                reader.set_memory(start);
                let stop = reader.read(from, next);
                shadow.fresh.extend(
                    reader
                        .findings
                        .iter()
                        .filter(|g| !hidden(found, g))
                        .cloned(),
                );
                let end = reader.memory();
                shadow.token = reader.token;
                shadow.findings = reader.findings;
                if stop == next {
                    shadow.apart = (!same_ahead(&end, &self.memory(), next)).then_some(end);
                } else {
                    shadow.whole = true;
                }
            } else {
                shadow.whole = true;
            }
        }
        self.shadow = Some(shadow);
    }
}

/// Whether memories `a` and `b` read the text from line start `at` on alike: the
/// same labels in the same slots, with the same values left and anchors, except
/// for labels out of use in both (spent, or too far for any value from here on:
/// only where they start still counts, for the labels older than them), and the
/// last 記号 the same or out of context in both.
fn same_ahead(a: &Memory, b: &Memory, at: usize) -> bool {
    let done = |s: &Slot| s.quota == 0 || s.anchor + (WINDOW + MAX_UNITS) * 4 < at;
    let symbol = |end: Option<usize>| end.filter(|&e| e + SYMBOL_CONTEXT * 4 >= at);
    a.next_label == b.next_label
        && symbol(a.last_symbol_end) == symbol(b.last_symbol_end)
        && a.labels.iter().zip(&b.labels).all(|pair| match pair {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.family == y.family
                    && x.at == y.at
                    && ((done(x) && done(y)) || (x.quota == y.quota && x.anchor == y.anchor))
            }
            _ => false,
        })
}

/// Extends `masked`, the masked text so far, up to `next`: `text` with `found`
/// (findings of the last line) masked. `false` when a mask would change the number
/// of bytes or hide a hiragana.
fn mask(masked: &mut String, text: &str, found: &[Finding], next: usize) -> bool {
    for f in found {
        let (Some(before), Some(value)) =
            (text.get(masked.len()..f.start), text.get(f.start..f.end))
        else {
            return false;
        };
        if value
            .chars()
            .any(|c| ('\u{3041}'..='\u{309F}').contains(&c))
        {
            return false;
        }
        masked.push_str(before);
        style::render(masked, value, &f.kind, Style::Mask, 0, |_| "");
        if masked.len() != f.end {
            return false;
        }
    }
    match text.get(masked.len()..next) {
        Some(rest) => {
            masked.push_str(rest);
            true
        }
        None => false,
    }
}

/// Whether `g` lies within the findings `found` (sorted).
fn hidden(found: &[Finding], g: &Finding) -> bool {
    let mut at = g.start;
    for f in found {
        if f.start <= at && at < f.end {
            at = f.end;
        }
        if at >= g.end {
            return true;
        }
    }
    false
}
