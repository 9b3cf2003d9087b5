//! Reading the masked text line by line, alongside the first reading.
//!
//! Redacting the output again must find nothing new ([`crate::redact`]'s settling).
//! Reading the whole masked output a second time would tell, at the cost of a
//! second reading. But the masked text differs from the text only on the lines
//! with findings, and what one line's reading hands to the next is small
//! ([`Memory`]: the labels and the last 記号). So each line with findings is read
//! masked, from the start of the token of its first finding with the memory the
//! first reading had there (up to it, the line reads the same); where the memory
//! at the line's end is the first reading's (or differs only in labels neither
//! reading can use any more), the masked reading of the lines after it is the first
//! reading's too (same text, same memory) and nothing needs reading until the next
//! line with findings. Where it differs, the masked reading goes on line by line
//! until the two agree again.
//!
//! That holds because no check looks across a line break but the labels' distance
//! checks ([`super::distance::fits`], [`super::distance::tight_fit`],
//! [`super::distance::type_fit`], and the 記号 context), and those count
//! characters, line breaks, connectors and hiragana between a label and a value: a masked `*` counts as the letter or digit it hides
//! did, except when it hides a hiragana (a connector, and what `type_fit` looks
//! for) or changes the number of bytes (a character outside the BMP is two `＊`).
//! On such a line, and when a label reaches past its line break, the line is left
//! unsure ([`super::Checked::unsure`]): it is read unmasked here, and the masked
//! output is read again around it once the findings are complete.

use super::{Memory, Scanner, Slot, SYMBOL_CONTEXT, WINDOW};
use crate::prelude::*;
use crate::redact::chars::{is_hiragana, sep, unit, Unit};
use crate::redact::token::{Token, MAX_UNITS};
use crate::redact::{style, Finding, Kind, Style};
use crate::substring::any_char;

/// The masked reading.
#[derive(Debug, Default)]
pub(in crate::redact) struct Shadow {
    /// The text up to the end of the last line read, with its findings masked.
    masked: Option<String>,
    /// The masked reading's memory at the current line start, when it differs
    /// from the first reading's.
    apart: Option<Memory>,
    /// The masked reading's buffers, kept from one line to the next.
    pub token: Token,
    findings: Vec<Finding>,
    undo: Vec<(usize, Option<Slot>)>,
    /// What the masked reading found that no finding hides.
    pub fresh: Vec<Finding>,
    /// The lines (byte ranges) that could not be read masked this way.
    pub unsure: Vec<(usize, usize)>,
}

impl Scanner<'_> {
    /// At the end of the line from `self.line.start` to `next`: reads it masked if it
    /// has findings or the masked reading's memory differs.
    pub(super) fn check_line(&mut self, next: usize) {
        let Some(mut shadow) = self.shadow.take() else {
            return;
        };
        // Findings are only taken back on their own line (an address takes what
        // overlaps it, and an address holds no line break).
        debug_assert!(self.line.findings <= self.findings.len());
        let found = self.findings.get(self.line.findings..).unwrap_or(&[]);
        if !found.is_empty() || shadow.apart.is_some() {
            // From the line start with the masked reading's own memory, or from
            // where the two readings last agreed: the start of the token of the
            // line's first finding (when it starts there: not an address, whose
            // start an `@` sets, nor a value with a prefix before its token), or
            // the line start.
            // Nor when an `@` stands before it on the line and addresses are asked
            // for: masking the finding can make an address of what comes before
            // (`hanako@example.03-1234-5979`: `example.**` ends like a masked
            // `example.jp`).
            let line_start = self.line.start.at;
            let email = self.kinds.contains(&Kind::Email);
            let at_before = |f: &Finding| {
                email
                    && self
                        .text
                        .get(line_start..f.start)
                        .is_some_and(|t| any_char(t, |c| matches!(c, '@' | '＠')))
            };
            // Nor a value that starts with a letter after a separator: masked, its
            // `*` may join the group before it as the letter did not
            // (`a-TK1234567` is `a` and `TK1234567`; `a-*********` one token).
            let joined_masked = |f: &Finding| {
                let before = crate::substring::char_before(self.text, f.start);
                let first = crate::substring::char_at(self.text, f.start);
                matches!(first.and_then(unit), Some(Unit::Letter(..)))
                    && before.and_then(sep).is_some()
            };
            let first = self.line.first.filter(|m| {
                found.first().is_some_and(|f| {
                    f.kind != Kind::Email && m.at <= f.start && !at_before(f) && !joined_masked(f)
                })
            });
            let (from, start) = match (shadow.apart, first) {
                (None, Some(mark)) => (mark.at, mark),
                _ => (self.line.start.at, self.line.start),
            };
            // It grows to the last line with findings: room for the whole text at once
            // rather than copies as it doubles.
            let masked = shadow
                .masked
                .get_or_insert_with(|| String::with_capacity(self.text.len()));
            let keep = masked.len();
            let mut sure = false;
            if mask(masked, self.text, found, next) {
                // The reader's buffers are kept from one line to the next.
                let mut reader = Scanner::new(masked.as_str(), self.kinds);
                reader.token = core::mem::take(&mut shadow.token);
                reader.findings = core::mem::take(&mut shadow.findings);
                reader.findings.clear();
                reader.undo = core::mem::take(&mut shadow.undo);
                reader.undo.clear();
                match shadow.apart {
                    Some(apart) => reader.set_memory(apart),
                    None => self.memory_at(&start, &mut reader),
                }
                let stop = reader.read(from, next);
                for g in &reader.findings {
                    if !hidden(found, g) {
                        shadow.fresh.push(g.clone());
                    }
                }
                // Where it reached the line's end, its memory then if it differs
                // (copied only then).
                let apart = (stop == next)
                    .then(|| (!same_ahead(&reader, self, next)).then(|| reader.memory()));
                shadow.token = reader.token;
                shadow.findings = reader.findings;
                shadow.undo = reader.undo;
                if let Some(apart) = apart {
                    shadow.apart = apart;
                    sure = true;
                }
            } else {
                // The line as written keeps the masked text's offsets the text's
                // (taken back character by character: `String::truncate` checks a
                // boundary with a panic, bytes of the browser build).
                while masked.len() > keep && masked.pop().is_some() {}
                // `keep` is the end of the line read before, a line start.
                debug_assert!(self.text.get(keep..next).is_some());
                masked.push_str(crate::substring::slice(self.text, keep, next));
            }
            if !sure {
                shadow.unsure.push((self.line.start.at, next));
                shadow.apart = None;
            }
        }
        self.shadow = Some(shadow);
    }
}

/// Whether the memories of readings `a` and `b` ([`Memory`]) read the text from
/// line start `at` on alike: the same labels in the same slots, with the same
/// values left and anchors, except for labels out of use in both (spent, or too far
/// for any value from here on: only where they start still counts, for the labels
/// older than them), and the last 記号 the same or out of context in both.
fn same_ahead(a: &Scanner<'_>, b: &Scanner<'_>, at: usize) -> bool {
    let done = |s: &Slot| s.quota == 0 || s.anchor + (WINDOW + MAX_UNITS) * 4 < at;
    let symbol = |end: Option<usize>| end.filter(|&e| e + SYMBOL_CONTEXT * 4 >= at);
    a.next_label == b.next_label
        && symbol(a.last_symbol_end) == symbol(b.last_symbol_end)
        && a.labels.iter().zip(&b.labels).all(|pair| match pair {
            (None, None) => true,
            (Some(x), Some(y)) => {
                x.family == y.family
                    && x.at == y.at
                    && ((x.quota == y.quota && x.anchor == y.anchor) || (done(x) && done(y)))
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
        if any_char(value, is_hiragana) {
            return false;
        }
        masked.push_str(before);
        style::render(masked, value, &f.kind, Style::Mask, 0, |_| "");
        if masked.len() != f.end || bold_close(masked, text, f) {
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

/// Whether finding `f`, masked (`masked` ends with it), starts with a `**` that
/// would close a Markdown bold around the label before it (`**記号・番号22:` reads
/// as `**記号・番号**:`, and `**記号・番号01 62966` as `**記号・番号** *****`: a
/// label that has taken no value yet): a `**` before it on its line, and after the
/// mask's first two characters what may follow a bold label
/// ([`crate::redact::labels`]).
fn bold_close(masked: &str, text: &str, f: &Finding) -> bool {
    let after = match masked.as_bytes().get(f.start..) {
        Some([b'*', b'*', rest @ ..]) => rest.first().or(text.as_bytes().get(f.end)),
        _ => return false,
    };
    matches!(after, Some(b':' | b' ' | b'`' | 0xEF)) && {
        let before = text.as_bytes().get(..f.start).unwrap_or(&[]);
        let from = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        crate::substring::contains(text.get(from..f.start).unwrap_or(""), "**")
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

// proptest is a native dev-dependency only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::redact::scan::{find, find_checked};
    use crate::redact::{settle, Finding, Kind, KindSet, Style};
    use proptest::prelude::*;

    /// What a whole reading of `text` with `found` masked finds outside them.
    fn whole(text: &str, found: &[Finding], kinds: KindSet) -> Vec<Finding> {
        let (mut masked, mut spans) = (String::new(), Vec::new());
        settle::render(text, found, Style::Mask, 0, &mut masked, &mut spans);
        assert_eq!(masked.len(), text.len(), "a mask changed the length");
        find(&masked, kinds)
            .into_iter()
            .filter(|g| !super::hidden(found, g))
            .collect()
    }

    fn all_kinds() -> KindSet {
        Kind::ALL.iter().fold(KindSet(0), |set, k| set.with(k))
    }

    /// Lines of labels, values (plain and masked) and prose.
    fn lines() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "記号",
            "番号",
            "記号・番号",
            "保険者番号",
            "被保険者番号",
            "公費負担者番号",
            "受給者番号",
            "口座番号",
            "普通",
            "注文番号",
            "カード番号",
            "電話番号",
            "個人番号",
            "01130012",
            "1 62966",
            "１５２６３７",
            "4539 5787 6362 1486",
            "123456789018",
            "4069053",
            "564309",
            "0000000",
            "97-4369",
            "285971",
            "ア12",
            "*",
            "****",
            "＊＊",
            "0",
            "12",
            " ",
            "：",
            "の",
            "です",
            "\n",
            "\n\n",
            "taro@example.jp",
            "2024年",
        ]);
        prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
    }

    /// A mask that starts with `**` after a bold label's opening `**` closes the
    /// bold (`****記号・番号** *****`): the masked text reads the label differently,
    /// so the line is left to the settling.
    #[test]
    fn a_mask_that_closes_a_bold_label_leaves_its_line_unsure() {
        let text = "****記号・番号01 62966保険者番号番号1 62966１５２６３７taro@example.jp4069053";
        let checked = find_checked(text, all_kinds());
        assert_eq!(checked.unsure, vec![(0, text.len())]);
        let plain = "記号・番号01 62966 保険者番号1 62966";
        assert!(find_checked(plain, all_kinds()).unsure.is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// Read line by line alongside, the masked text finds what a whole reading of
        /// it finds outside the findings.
        #[test]
        fn line_by_line_finds_what_a_whole_reading_finds(text in lines()) {
            let kinds = all_kinds();
            let checked = find_checked(&text, kinds);
            prop_assert_eq!(&checked.findings, &find(&text, kinds));
            if checked.unsure.is_empty() {
                prop_assert_eq!(checked.fresh, whole(&text, &checked.findings, kinds), "{:?}", text);
            }
        }
    }
}
