//! Canonical composition (NFC) that keeps CJK compatibility ideographs.
//!
//! The standard algorithm (UAX #15): full canonical decomposition, canonical
//! ordering of each run of combining marks, then canonical composition. The one
//! departure: a CJK compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F) is not
//! decomposed into its unified twin. It is a starter that composes with nothing,
//! so the text around it is exactly NFC.
//!
//! It is written here, on compact tables of our own (`tables.rs`), rather than
//! with the iterators of `unicode-normalization`: those also link the NFKC tables,
//! and the tables of that crate are laid out for speed, not size. Built on that
//! crate, the browser download was three times as large.

use super::unicode::{
    combining_class, compose, decompose, is_compat_ideograph, may_compose_with_previous,
};
use crate::prelude::*;

/// NFC, compatibility ideographs kept, as characters stream through.
pub(super) struct Nfc<E: FnMut(char)> {
    emit: E,
    /// Combining marks decomposed since the last starter, not yet in canonical order.
    marks: Vec<(u8, char)>,
    /// Room for sorting long runs of marks.
    scratch: Vec<(u8, char)>,
    /// The last starter, which later characters may still compose with.
    starter: Option<char>,
    /// Characters after `starter` that did not compose with it, in order.
    tail: Vec<char>,
    /// The combining class of the last character of `tail` (0 when empty).
    tail_class: u8,
}

impl<E: FnMut(char)> Nfc<E> {
    /// Writes the normalized characters to `emit`.
    pub(super) fn new(emit: E) -> Self {
        Nfc {
            emit,
            marks: Vec::new(),
            scratch: Vec::new(),
            starter: None,
            tail: Vec::new(),
            tail_class: 0,
        }
    }

    /// Takes the next character of the text.
    pub(super) fn push(&mut self, c: char) {
        if c.is_ascii() || is_compat_ideograph(c) {
            self.decomposed(c);
        } else {
            decompose(c, &mut |d| self.decomposed(d));
        }
    }

    /// Ends the text, writing what is still held back.
    pub(super) fn finish(mut self) {
        self.order_marks();
        self.flush();
    }

    /// Takes one character of the full decomposition.
    fn decomposed(&mut self, c: char) {
        let class = combining_class(c);
        if class == 0 {
            self.order_marks();
            self.compose(c, 0);
        } else {
            self.marks.push((class, c));
        }
    }

    /// Puts the pending run of combining marks in canonical order (a stable sort
    /// by combining class) and composes it.
    fn order_marks(&mut self) {
        if self.marks.is_empty() {
            return;
        }
        sort_by_class(&mut self.marks, &mut self.scratch);
        let mut marks = core::mem::take(&mut self.marks);
        for &(class, c) in &marks {
            self.compose(c, class);
        }
        // Keep the buffer for the next run.
        marks.clear();
        self.marks = marks;
    }

    /// Canonical composition of the next character in canonical order.
    fn compose(&mut self, c: char, class: u8) {
        if let Some(starter) = self.starter {
            // Blocked when something between has class 0 or a class >= c's.
            let blocked = !self.tail.is_empty() && (class == 0 || self.tail_class >= class);
            // Most starters compose with nothing before them: skip the lookup.
            if !blocked && (class != 0 || may_compose_with_previous(c)) {
                if let Some(composed) = compose(starter, c) {
                    self.starter = Some(composed);
                    return;
                }
            }
        }
        if class == 0 {
            self.flush();
            self.starter = Some(c);
        } else {
            self.tail.push(c);
            self.tail_class = class;
        }
    }

    /// Writes the starter and its tail.
    fn flush(&mut self) {
        if let Some(starter) = self.starter.take() {
            (self.emit)(starter);
        }
        for &c in &self.tail {
            (self.emit)(c);
        }
        self.tail.clear();
        self.tail_class = 0;
    }
}

/// Sorts `marks` by combining class, keeping the order of marks of one class
/// (canonical ordering). Runs are short in real text; a long one, which only
/// crafted input has, is sorted by counting so that it still takes linear time.
fn sort_by_class(marks: &mut Vec<(u8, char)>, scratch: &mut Vec<(u8, char)>) {
    if marks.len() <= 16 {
        // Insertion sort: stable, and the smallest code for a handful of marks.
        for i in 1..marks.len() {
            let mut j = i;
            while j > 0 && marks.get(j - 1).map(|m| m.0) > marks.get(j).map(|m| m.0) {
                marks.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // Counting sort: where each class starts, then every mark into its place.
    let mut next = [0usize; 256];
    for &(class, _) in marks.iter() {
        if let Some(n) = next.get_mut(usize::from(class)) {
            *n += 1;
        }
    }
    let mut start = 0;
    for slot in next.iter_mut() {
        let count = *slot;
        *slot = start;
        start += count;
    }
    scratch.clear();
    scratch.resize(marks.len(), (0, '\0'));
    for &mark in marks.iter() {
        if let Some(n) = next.get_mut(usize::from(mark.0)) {
            if let Some(place) = scratch.get_mut(*n) {
                *place = mark;
            }
            *n += 1;
        }
    }
    core::mem::swap(marks, scratch);
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn nfc(text: &str) -> String {
        let mut out = String::new();
        let mut nfc = Nfc::new(|c| out.push(c));
        text.chars().for_each(|c| nfc.push(c));
        nfc.finish();
        out
    }

    #[test]
    fn agrees_with_unicode_normalization_on_every_character_and_pairs() {
        let marks = [
            '\u{300}', '\u{301}', '\u{316}', '\u{3099}', '\u{309A}', '\u{334}', '\u{1161}',
            '\u{11A8}', '\u{B3E}', '\u{DCF}',
        ];
        for c in ('\0'..='\u{10FFFF}').filter(|&c| !is_compat_ideograph(c)) {
            let single = c.to_string();
            assert_eq!(
                nfc(&single),
                single.nfc().collect::<String>(),
                "U+{:04X}",
                u32::from(c)
            );
        }
        for c in ('\0'..='\u{FFFF}').filter(|&c| !is_compat_ideograph(c)) {
            for m in marks {
                let pair: String = [c, m].into_iter().collect();
                assert_eq!(
                    nfc(&pair),
                    pair.nfc().collect::<String>(),
                    "U+{:04X} {m:?}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn reorders_and_composes_like_nfc() {
        for text in [
            "a\u{316}\u{301}",
            "a\u{301}\u{316}",
            "a\u{301}\u{301}",
            "e\u{304}\u{301}",
            "\u{1100}\u{1161}\u{11A8}",
            "\u{AC00}\u{11A8}",
            "\u{B47}\u{300}\u{B3E}",
            "か\u{3099}\u{3099}",
            "\u{301}a",
            "\u{301}\u{316}",
            "\u{212B}\u{301}",
            "\u{344}",
            "\u{FB1D}",
            "ạ\u{302}",
        ] {
            assert_eq!(nfc(text), text.nfc().collect::<String>(), "{text:?}");
        }
    }

    #[test]
    fn long_runs_of_marks_are_ordered_stably() {
        let marks = [
            '\u{301}', '\u{316}', '\u{300}', '\u{327}', '\u{334}', '\u{302}', '\u{323}',
        ];
        for len in [2, 15, 16, 17, 40, 1000] {
            let text: String = core::iter::once('x')
                .chain(marks.iter().copied().cycle().take(len))
                .collect();
            assert_eq!(nfc(&text), text.nfc().collect::<String>(), "{len} marks");
        }
    }

    #[test]
    fn keeps_compatibility_ideographs() {
        assert_eq!(
            nfc("\u{FA10}\u{F900}\u{2F800}\u{FA11}"),
            "\u{FA10}\u{F900}\u{2F800}\u{FA11}"
        );
        assert_eq!(
            nfc("e\u{301}\u{FA10}\u{301}\u{316}a\u{301}"),
            "é\u{FA10}\u{316}\u{301}á"
        );
    }

    /// Random text rich in what makes NFC hard, against `unicode-normalization`.
    #[cfg(not(target_arch = "wasm32"))]
    mod against_the_reference {
        use super::*;
        use proptest::prelude::*;

        const HARD: &[char] = &[
            'a',
            'e',
            'A',
            'か',
            'カ',
            'ウ',
            'ワ',
            'ハ',
            '\u{300}',
            '\u{301}',
            '\u{302}',
            '\u{316}',
            '\u{323}',
            '\u{327}',
            '\u{334}',
            '\u{345}',
            '\u{3099}',
            '\u{309A}',
            '\u{1100}',
            '\u{1161}',
            '\u{11A8}',
            '\u{AC00}',
            '\u{AC01}',
            '\u{B47}',
            '\u{B3E}',
            '\u{B57}',
            '\u{DD9}',
            '\u{DCF}',
            '\u{113C2}',
            '\u{113B8}',
            '\u{212B}',
            '\u{344}',
            '\u{F73}',
            '\u{1E0A}',
            '\u{1F00}',
            '\u{3B1}',
            '\u{FB2C}',
            '\u{5E9}',
            '\u{5BC}',
            '\u{5C1}',
        ];

        proptest! {
            #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn equals_nfc(chars in prop::collection::vec(
                prop_oneof![4 => prop::sample::select(HARD), 1 => any::<char>()], 0..16)
            ) {
                let text: String = chars.into_iter().filter(|&c| !is_compat_ideograph(c)).collect();
                prop_assert_eq!(nfc(&text), text.nfc().collect::<String>());
            }
        }
    }
}
