//! A line of the text as the context pass reads it: folded once, with its
//! hotwords and runs, and whether it reads as a heading.

use crate::prelude::*;
use core::cell::{Cell, OnceCell};

use super::hotwords::{self, Evidence, Folded, Hot};
use super::runs::{self, Run};
use super::shape::names_component;

/// A line folded, with its hotwords and runs.
pub(super) struct Line<'t> {
    /// The whole text.
    pub(super) text: &'t str,
    /// Where the line starts and ends (before its line break), in bytes.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Its runs of letters and digits (none when it has no value).
    pub(super) runs: Vec<Run>,
    /// Whether it holds only spaces.
    pub(super) blank: bool,
    /// The folded line and its hotwords, read when first asked for: most lines
    /// with numbers need no evidence (the scanner took their values).
    words: OnceCell<(Folded, Vec<Hot>)>,
    /// The buffers `words` is read into, until it is.
    spare: Cell<WordBuffers>,
    /// Whether it may name a card's component ([`names_component`]).
    component: Cell<Option<bool>>,
}

/// What a line's words are when they cannot be read (never: `words` reads them
/// first).
static NO_WORDS: (Folded, Vec<Hot>) = (
    Folded {
        chars: Vec::new(),
        end: 0,
    },
    Vec::new(),
);

/// The buffers of a line's folded characters and hotwords.
type WordBuffers = (Vec<(char, usize)>, Vec<Hot>);

/// The buffers of a line no longer looked at, for the next one: a pass reads
/// thousands of lines and keeps [`super::CACHED`] of them.
#[derive(Default)]
pub(super) struct Spare {
    /// Room for a line's runs.
    runs: Vec<Run>,
    /// Room for its folded characters.
    chars: Vec<(char, usize)>,
    /// Room for its hotwords.
    hots: Vec<Hot>,
}

// Used by `scratch` with the `reuse` feature.
#[cfg_attr(not(feature = "reuse"), allow(dead_code))]
impl Spare {
    /// Empties the buffers, keeping their room.
    pub(super) fn clear(&mut self) {
        self.runs.clear();
        self.chars.clear();
        self.hots.clear();
    }

    /// The bytes they hold room for.
    pub(super) fn room(&self) -> usize {
        crate::redact::scratch::room(&self.runs)
            + crate::redact::scratch::room(&self.chars)
            + crate::redact::scratch::room(&self.hots)
    }
}

impl<'t> Line<'t> {
    /// Reads line `text[start..end]` into the buffers of `spare`, with `groups` as
    /// room to work in; its runs only if `valued` (see [`crate::redact::lines::Shape`]).
    pub(super) fn new(
        text: &'t str,
        (start, end): (usize, usize),
        valued: bool,
        spare: Spare,
        groups: &mut Vec<runs::Group>,
    ) -> Self {
        let mut runs = spare.runs;
        if valued {
            runs::runs_into(text, start, end, groups, &mut runs);
        } else {
            runs.clear();
        }
        Line {
            text,
            start,
            end,
            runs,
            blank: text
                .get(start..end)
                .is_none_or(|l| crate::substring::all_chars(l, crate::substring::is_whitespace)),
            words: OnceCell::new(),
            spare: Cell::new((spare.chars, spare.hots)),
            component: Cell::new(None),
        }
    }

    /// Its buffers, for the next line.
    pub(super) fn into_spare(self) -> Spare {
        let (chars, hots) = match self.words.into_inner() {
            Some((folded, hots)) => (folded.chars, hots),
            None => self.spare.into_inner(),
        };
        Spare {
            runs: self.runs,
            chars,
            hots,
        }
    }

    /// Whether it may name a card's component (cached).
    pub(super) fn names_component(&self) -> bool {
        // Cells set once by hand: `OnceCell::get_or_init` carries a panic for a
        // reentrant reading (its message and place are bytes of the browser build).
        if let Some(named) = self.component.get() {
            return named;
        }
        let named = names_component(crate::substring::slice(self.text, self.start, self.end));
        self.component.set(Some(named));
        named
    }

    /// The folded line and its hotwords, read on first use.
    pub(super) fn words(&self) -> &(Folded, Vec<Hot>) {
        if self.words.get().is_none() {
            let (chars, hots) = self.spare.take();
            let folded = Folded::new_in(self.text, self.start, self.end, chars);
            let hots = hotwords::find_into(&folded, hots);
            let _ = self.words.set((folded, hots));
        }
        self.words.get().unwrap_or(&NO_WORDS)
    }

    /// The line folded for matching.
    pub(super) fn folded(&self) -> &Folded {
        &self.words().0
    }

    /// Whether hotword `h` is a card's 記号 (`記号`, `キゴウ`, `kigo`, `symbol`), whose
    /// value may be kana or kanji: not its 枝番 (`枝番`, `edaban`, `branch`).
    pub(super) fn names_symbol(&self, h: &Hot) -> bool {
        matches!(h.evidence, Evidence::Component)
            && self
                .folded()
                .chars
                .get(h.from)
                .is_some_and(|&(c, _)| matches!(c, '記' | '记' | 'キ' | 'k' | 's' | '기'))
    }

    /// Its hotwords, left to right.
    pub(super) fn hots(&self) -> &[Hot] {
        &self.words().1
    }

    /// Whether hotword `h` (a 番号) ends a longer name that no word of the line
    /// knows (`契約番号`, `航空券番号`, `端末識別番号`): two kanji or more right
    /// before it, none of them in a hotword (`年金手帳番号` is 年金's); in Korean,
    /// two hangul before a 번호, a space between (`운송장 번호`, `주문번호`).
    ///
    /// So does a name in katakana as written (`ｾﾀｲNO`, `ｺｷｬｸNO`: an old system's
    /// half-width labels), not hiragana folded to it (`ほけんしょうのばんごう`), and
    /// one in ASCII letters before `-no`, `_no` or `no` (`SHOKEN-NO`, `KNJ-NO`).
    pub(super) fn unknown_compound(&self, h: &Hot) -> bool {
        let chars = &self.folded().chars;
        // Korean writes a space between the words of a compound (`운송장 번호`).
        let hangul = |c: char| matches!(c, '\u{AC00}'..='\u{D7A3}');
        let korean = chars.get(h.from).is_some_and(|&(c, _)| hangul(c));
        let ascii_no = chars.get(h.from).is_some_and(|&(c, _)| c == 'n')
            && chars.get(h.from + 1).is_some_and(|&(c, _)| c == 'o');
        let mut to = h.from;
        if korean && to > 0 && chars.get(to - 1).is_some_and(|&(c, _)| c == ' ') {
            to -= 1;
        }
        if ascii_no
            && to > 0
            && chars
                .get(to - 1)
                .is_some_and(|&(c, _)| matches!(c, '-' | '_'))
        {
            to -= 1;
        }
        // Katakana as the text writes it, in full or half width.
        let katakana = |at: usize| {
            crate::substring::char_at(self.text, at).is_some_and(
                |c| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー' | '\u{FF66}'..='\u{FF9F}'),
            )
        };
        let (mut kanji, mut kana, mut letters) = (0, 0, 0);
        for &(c, at) in chars.get(..to).unwrap_or(&[]).iter().rev() {
            if matches!(c, '\u{3400}'..='\u{9FFF}') || (korean && hangul(c)) {
                if kana + letters > 0 {
                    break;
                }
                kanji += 1;
            } else if kanji + letters == 0 && katakana(at) {
                kana += 1;
            } else if ascii_no && kanji + kana == 0 && c.is_ascii_alphabetic() {
                letters += 1;
            } else {
                break;
            }
        }
        let from = to - kanji - kana - letters;
        // (A word in kana or letters may be the end of a known one: `在留カード番号`.)
        let known = |k: &&Hot| {
            if kanji > 0 {
                k.from >= from && k.to <= h.from
            } else {
                k.to > from && k.from < h.from
            }
        };
        (kanji >= 2 || kana >= 2 || letters >= 2) && !self.hots().iter().any(|k| known(&k))
    }

    /// The index in the folded line of byte offset `at`.
    pub(super) fn index(&self, at: usize) -> usize {
        self.folded().chars.partition_point(|&(_, b)| b < at)
    }

    /// Whether the line is a heading: starts with a heading mark (not `*` or `-`,
    /// which masks and list items start with), ends with a colon
    /// or a closing bracket, or is a short title without a number (`保険証について`).
    pub(super) fn heading(&self) -> bool {
        let first = self.folded().chars.first().map(|&(c, _)| c);
        let last = self.folded().chars.last().map(|&(c, _)| c);
        // Two circles are a name left out (`○○健康保険組合`), no mark.
        let placeholder = matches!(first, Some('○' | '●'))
            && self.folded().chars.get(1).map(|&(c, _)| c) == first;
        !placeholder
            && matches!(
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
            )
            || matches!(last, Some(':' | '】' | ']'))
            || (self.runs.is_empty() && self.folded().chars.len() <= 24 && self.titled())
    }

    /// Whether the line ends like a title: `…について`, `…の件`, `…情報`, `…一覧`.
    pub(super) fn titled(&self) -> bool {
        let chars = &self.folded().chars;
        // Folded, as characters (no UTF-8 to decode).
        const ENDS: [&[char]; 4] = [
            &['ニ', 'ツ', 'イ', 'テ'],
            &['ノ', '件'],
            &['情', '報'],
            &['一', '覧'],
        ];
        ENDS.iter().any(|t| {
            let from = chars.len().checked_sub(t.len());
            from.and_then(|from| chars.get(from..))
                .is_some_and(|tail| tail.iter().zip(t.iter()).all(|(&(c, _), &w)| c == w))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Line, Spare};

    /// The whole of `text` as one line, its runs read.
    fn line(text: &str) -> Line<'_> {
        Line::new(
            text,
            (0, text.len()),
            true,
            Spare::default(),
            &mut Vec::new(),
        )
    }

    #[test]
    fn a_line_knows_its_runs_and_whether_it_is_blank() {
        let l = line("口座 1234567 と 89");
        assert_eq!(l.runs.len(), 2);
        assert!(!l.blank);
        assert!(line(" \u{3000}\t").blank);
        // Without a value, no runs are read.
        let text = "口座 1234567";
        let bare = Line::new(
            text,
            (0, text.len()),
            false,
            Spare::default(),
            &mut Vec::new(),
        );
        assert!(bare.runs.is_empty());
    }

    #[test]
    fn headings_are_marked_bracketed_or_titled() {
        assert!(line("■お支払い").heading());
        assert!(line("【口座】").heading());
        assert!(line("振込先:").heading());
        assert!(line("保険証について").heading());
        assert!(line("保険証について").titled());
        assert!(line("○保険証").heading());
        assert!(!line("○○健康保険組合 / 06271282").heading());
        assert!(!line("保険証は後日お送りします").heading());
        // A title with a number is a line of values.
        assert!(!line("保険証 12345 について").heading());
    }
}
