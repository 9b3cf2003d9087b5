//! A label broken over a line end, as a form's narrow box or a hard-wrapped mail
//! breaks it (`被保⏎険者番号 O4088603`, `被保険者証の記⏎号 7702　番⏎号 31`): each line
//! holds a piece that names nothing, and together they name the value after them.
//!
//! Such a text is read with those line breaks as U+0001 (a character that shows
//! nothing and parts no word: [`crate::redact::chars::is_invisible`]), the same
//! offsets, so that the label reads whole on one line.

use crate::prelude::*;
use crate::redact::chars::is_word_kana_or_kanji;
use crate::redact::context::hotwords::{self, Evidence, Folded};
use crate::redact::lines::Lines;
use crate::redact::reading;

/// How many characters on each side of a break are read for a label across it: a
/// kind's longest label is longer, but its piece on either side is not.
const SIDE: usize = 6;

/// `text` with each line break inside a label read as U+0001; `None` when no label
/// is broken so. `lines` are its lines as the scanner read them; only a break
/// between two kanji or kana is looked at.
pub(crate) fn view(text: &str, lines: Option<&Lines>) -> Option<String> {
    let spans = &lines?.spans;
    let mut edits = Vec::new();
    // Buffers kept from one break to the next: the join, its folded characters and
    // its words.
    let (mut joined, mut chars, mut hots) = (String::new(), Vec::new(), Vec::new());
    for pair in spans.windows(2) {
        let [(start, end), (next, next_end)] = pair else {
            continue;
        };
        // The break right after the line (`\n`, one byte; a `\r\n` is left alone),
        // between a kanji or kana and another: a look at two characters first.
        if *next != end + 1 || text.as_bytes().get(*end) != Some(&b'\n') {
            continue;
        }
        let line = crate::substring::slice(text, *start, *end);
        let next_line = crate::substring::slice(text, *next, *next_end);
        let (Some(last), Some(first)) = (line.chars().next_back(), next_line.chars().next()) else {
            continue;
        };
        if !(is_word_kana_or_kanji(last) && is_word_kana_or_kanji(first)) {
            continue;
        }
        // The line's last characters and the next one's first, [`SIDE`] each.
        let tail_start = line
            .char_indices()
            .rev()
            .take(SIDE)
            .last()
            .map_or(line.len(), |(i, _)| i);
        let tail = crate::substring::slice(line, tail_start, line.len());
        let head_len = next_line
            .char_indices()
            .nth(SIDE)
            .map_or(next_line.len(), |(i, _)| i);
        let head = crate::substring::slice(next_line, 0, head_len);
        joined.clear();
        joined.push_str(tail);
        joined.push_str(head);
        let folded = Folded::new_in(&joined, 0, joined.len(), core::mem::take(&mut chars));
        hots = hotwords::find_into(&folded, core::mem::take(&mut hots));
        let join = tail.len();
        let across = hots
            .iter()
            .filter(|h| label(h.evidence))
            .map(|h| (folded.at(h.from), folded.at(h.to)))
            .find(|&(from, to)| from < join && to > join);
        chars = folded.chars;
        if across.is_some_and(|word| holds_both(word, tail, head)) {
            edits.push((*end, '\u{1}'));
        }
    }
    (!edits.is_empty()).then(|| reading::with_chars(text, &edits))
}

/// Whether a hotword says a kind, a card's component or a number (`番⏎号`): a
/// label's word.
fn label(e: Evidence) -> bool {
    matches!(
        e,
        Evidence::Kind(_) | Evidence::Component | Evidence::Generic
    )
}

/// Whether `word`, a label's word read across the join of `tail` and `head` (a
/// byte range of the join), holds whole the labels each side has at the break
/// (`被保⏎険者番号` holds `被保`), not ending inside one (`エラー通知⏎カード番号`:
/// `通知カード` ends inside `カード番号`, a label of its own).
fn holds_both((from, to): (usize, usize), tail: &str, head: &str) -> bool {
    let at_break = |piece: &str, at_start: bool| {
        let folded = Folded::new_in(piece, 0, piece.len(), Vec::new());
        hotwords::find_into(&folded, Vec::new())
            .iter()
            .filter(|h| label(h.evidence))
            .find(|h| {
                if at_start {
                    h.from == 0
                } else {
                    h.to == folded.chars.len()
                }
            })
            .map(|h| (folded.at(h.from), folded.at(h.to)))
    };
    let head_ok = at_break(head, true).is_none_or(|(_, end)| to >= tail.len() + end);
    let tail_ok = at_break(tail, false).is_none_or(|(start, _)| from <= start);
    head_ok && tail_ok
}

#[cfg(test)]
mod tests {
    use super::view;
    use crate::redact::lines;

    fn read(text: &str) -> Option<String> {
        view(text, Some(&lines::spans(text)))
    }

    #[test]
    fn a_label_broken_over_a_line_end_reads_whole() {
        assert_eq!(
            read("被保\n険者番号 O4088603").as_deref(),
            Some("被保\u{1}険者番号 O4088603")
        );
        assert_eq!(
            read("記\n号 7702　番\n号 31").as_deref(),
            Some("記\u{1}号 7702　番\u{1}号 31")
        );
    }

    #[test]
    fn lines_that_only_end_and_start_with_words_stay() {
        assert_eq!(read("保険者番号\n06273403"), None);
        assert_eq!(read("お世話になります。\n口座番号は下記です"), None);
        assert_eq!(read("今日は雨\n明日は晴れ"), None);
        // A label that starts the next line is its own, not the end of one across.
        assert_eq!(read("決済エラー通知\nカード番号 5158-3880-2714-2265"), None);
    }
}
