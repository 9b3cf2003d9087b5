//! A number sent in parts, one message each, in a chat: the parts stand on lines
//! of their own, between them what the chat shows of each message — its time, its
//! sender, a sticker, a read mark (`母⏎3589⏎20:10⏎母⏎8674⏎20:11⏎…`, or an export's
//! `20:50⇥けんた⇥5698`). Whoever reads it reads one number.
//!
//! Such a text is read with what stands between the parts as nothing (the
//! characters the scanner passes over inside a value), the same offsets; what is
//! found across the parts there is found in each part of the text.

use crate::prelude::*;
use crate::redact::lines::Lines;
use crate::redact::reading;
use crate::redact::spoken_digits::FILL;
use crate::redact::Finding;

/// The digits of a part: a group of two to eight.
const PART: core::ops::RangeInclusive<usize> = 2..=8;

/// The digits all the parts of a number have: a pension's ten to a card's
/// nineteen (shorter numbers are sent whole).
const WHOLE: core::ops::RangeInclusive<usize> = 10..=19;

/// How many lines of the chat's own may stand between two parts.
const BETWEEN: usize = 6;

/// A text's numbers sent in parts: the reading, and the gaps between parts (byte
/// ranges), which its findings leave out ([`parts_of`]).
pub(crate) struct Parts {
    pub reading: String,
    gaps: Vec<(usize, usize)>,
}

/// The text read with the gaps between the parts of each number sent in parts as
/// nothing; `None` when it has none. `lines` are its lines with their shapes; only
/// lines with a digit are looked at closely.
pub(crate) fn joined(text: &str, lines: Option<&Lines>) -> Option<Parts> {
    let gaps = gaps(text, lines?);
    if gaps.is_empty() {
        return None;
    }
    // Each character of a gap as nothing: a byte as U+0001, three as U+2060.
    let mut edits = Vec::new();
    for &(from, to) in &gaps {
        for (i, c) in crate::substring::slice(text, from, to).char_indices() {
            match c.len_utf8() {
                1 => edits.push((from + i, '\u{1}')),
                3 => edits.push((from + i, FILL)),
                // (A character of two or four bytes has no stand-in as long: the
                // number is left to be read as it is.)
                _ => return None,
            }
        }
    }
    Some(Parts {
        reading: reading::with_chars(text, &edits),
        gaps,
    })
}

/// Whether `text` (its lines `lines`) has a number sent in parts: what
/// [`joined`] reads, without building the reading.
pub(crate) fn any(text: &str, lines: Option<&Lines>) -> bool {
    lines.is_some_and(|l| !gaps(text, l).is_empty())
}

/// The gaps between the parts of each number sent in parts (byte ranges, in
/// order).
fn gaps(text: &str, lines: &Lines) -> Vec<(usize, usize)> {
    // The parts found so far of the number being read: (start, end) and digits.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let (mut digits, mut since) = (0, 0);
    // Whether a time stood since the last part: each message has its own (on a
    // line of its own, or before the part in an export's columns), unlike the
    // lines of a listing (`06133060⏎1278⏎266`, a card's parts one a line).
    let mut timed = false;
    // The sender named before the last part, in a chat without times.
    let mut sender: Option<&str> = None;
    let mut gaps = Vec::new();
    let close = |parts: &mut Vec<(usize, usize)>, digits: usize, gaps: &mut Vec<(usize, usize)>| {
        if parts.len() >= 2 && WHOLE.contains(&digits) {
            gaps.extend(parts.windows(2).filter_map(|w| match w {
                [a, b] => Some((a.1, b.0)),
                _ => None,
            }));
        }
        parts.clear();
    };
    for (&(s, e), shape) in lines.spans.iter().zip(&lines.shapes) {
        let line = crate::substring::slice(text, s, e);
        // (A part's line is short: a time, a sender, a few digits and a few words.)
        match (shape.digit && e - s <= 120).then(|| part(line)).flatten() {
            Some((from, to, n)) => {
                // An export's line has the message's time before it (`20:50⇥…`).
                timed |= message_start(line) > 0 && has_time(line);
                // A chat without times names the sender of each message: the same
                // one before each part (`ゆうた: 4177 5983⏎ゆうた: 1408 0229`), not the
                // labels of a listing (`会員番号: 1234 5678⏎電話: …`).
                let by = untimed_sender(line);
                timed |= by.is_some() && by == sender;
                if since > BETWEEN || digits + n > *WHOLE.end() || (!parts.is_empty() && !timed) {
                    close(&mut parts, digits, &mut gaps);
                    digits = 0;
                }
                parts.push((s + from, s + to));
                digits += n;
                (since, timed, sender) = (0, false, by);
            }
            None if !parts.is_empty() && chat_noise(line) => {
                since += 1;
                timed |= has_time(line);
            }
            None => {
                close(&mut parts, digits, &mut gaps);
                digits = 0;
            }
        }
    }
    close(&mut parts, digits, &mut gaps);
    gaps
}

/// `findings` of the reading `parts`, each cut at the gaps it spans.
pub(crate) fn parts_of(parts: &Parts, findings: Vec<Finding>) -> Vec<Finding> {
    let mut out = Vec::with_capacity(findings.len());
    for f in findings {
        let mut start = f.start;
        for &(from, to) in parts.gaps.iter().filter(|g| g.0 >= f.start && g.1 <= f.end) {
            if from > start {
                out.push(Finding {
                    kind: f.kind.clone(),
                    start,
                    end: from,
                });
            }
            start = to;
        }
        if f.end > start {
            out.push(Finding {
                kind: f.kind,
                start,
                end: f.end,
            });
        }
    }
    out
}

/// The part a message's line is, after its time and sender (`20:50⇥けんた⇥5698`,
/// `[14:03] お客様: 5317 8942`, `5698`): its byte range in `line` and how many digits
/// it has; a group of [`PART`] digits, ASCII or full width, alone or in groups
/// parted by a space, after a few words that point to it (`続き→`) and before a
/// word on why it came apart (`ごめんなさい途中で送っちゃった`).
fn part(line: &str) -> Option<(usize, usize, usize)> {
    let from = match message_start(line) {
        0 => untimed_sender(line).map_or(0, |name| sender_end(line, name.len())),
        from => from,
    };
    let message = crate::substring::slice(line, from, line.len());
    // A pointer's few words before the digits (`後半→ 8807`, `続き→ 0911 2484`).
    let pointed = crate::substring::find(message, "→")
        .filter(|&i| crate::substring::slice(message, 0, i).chars().count() <= 24)
        .map_or(0, |i| i + '→'.len_utf8());
    let from = from + pointed;
    let message = crate::substring::slice(line, from, line.len());
    let b = message.as_bytes();
    // Most lines start with no digit: passed over at their first byte.
    let first = b.iter().find(|&&c| c != b' ');
    if !matches!(first, Some(b'0'..=b'9' | 0xEF | 0xE3)) {
        return None;
    }
    let lead = message.len() - crate::substring::trim_start(message).len();
    let value = crate::substring::trim(message);
    // The digits, groups parted by one space; then nothing, or words with no digit
    // after a space (a reason, an emoji).
    let (mut n, mut end, mut space) = (0, 0, false);
    for (i, c) in value.char_indices() {
        if c.is_ascii_digit() || matches!(c, '０'..='９') {
            n += 1;
            end = i + c.len_utf8();
            space = false;
        } else if c == ' ' && !space && n > 0 {
            space = true;
        } else if space
            && !crate::substring::any_char(crate::substring::slice(value, i, value.len()), |c| {
                c.is_ascii_digit() || matches!(c, '０'..='９')
            })
        {
            break;
        } else {
            return None;
        }
    }
    PART.contains(&n)
        .then_some((from + lead, from + lead + end, n))
}

/// Where the message of `line` starts: after an export's time and sender, parted
/// by tabs (`20:54⇥けんた⇥[スタンプ]`), after a log's time and sender (`[14:03]
/// お客様: `, `14:08 `), or at the line's start.
fn message_start(line: &str) -> usize {
    if let Some(t) = line.as_bytes().iter().rposition(|&c| c == b'\t') {
        return t + 1;
    }
    let b = line.as_bytes();
    // A time first: `[14:03]`, `14:03`, `[00:01:16]`.
    let open = usize::from(b.first() == Some(&b'['));
    let mut i = open;
    while b.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b':') {
        i += 1;
    }
    let time = i - open;
    if !(4..=8).contains(&time) || !b.get(open..i).is_some_and(|t| t.contains(&b':')) {
        return 0;
    }
    if open == 1 {
        if b.get(i) != Some(&b']') {
            return 0;
        }
        i += 1;
    }
    // Then a sender and its mark, a few characters on (`お客様: `, `me: `, `母 > `,
    // `客) `).
    let rest = crate::substring::slice(line, i, line.len());
    let mark = rest
        .char_indices()
        .take(16)
        .find(|&(_, c)| sender_mark(c))
        .map(|(k, c)| i + k + c.len_utf8());
    mark.unwrap_or(i)
}

/// Whether `c` ends a sender's name before the message (`お客様: `, `母 > `, `客) `).
fn sender_mark(c: char) -> bool {
    matches!(c, ':' | '：' | '>' | ')' | '）')
}

/// The sender's name a line starts with in a chat without times (`ゆうた: 4177 5983`,
/// `ママ：ありがと`): a few characters with no digit, space or sentence's
/// punctuation, then a sender's mark.
fn untimed_sender(line: &str) -> Option<&str> {
    let (at, _) = line.char_indices().take(9).find(|&(_, c)| {
        sender_mark(c)
            || matches!(c, '0'..='9' | '０'..='９' | ' ' | '　' | '。' | '、' | '「' | '=' | '＝')
    })?;
    let name = crate::substring::slice(line, 0, at);
    let mark = crate::substring::char_at(line, at)?;
    (!name.is_empty() && sender_mark(mark)).then_some(name)
}

/// Where the message starts after a sender's name of `name_len` bytes: past its mark
/// and the spaces after it.
fn sender_end(line: &str, name_len: usize) -> usize {
    let after = name_len + crate::substring::char_at(line, name_len).map_or(0, char::len_utf8);
    let rest = crate::substring::slice(line, after, line.len());
    after + (rest.len() - crate::substring::trim_start(rest).len())
}

/// Whether `line` has a time (`20:10`, `20：10`).
fn has_time(line: &str) -> bool {
    let b = line.as_bytes();
    b.windows(3)
        .any(|w| matches!(w, [a, b':', c] if a.is_ascii_digit() && c.is_ascii_digit()))
        || crate::substring::contains(line, "：")
}

/// Whether `line` is what a chat shows around a message, not one: nothing, a time
/// (`20:10`), a read mark (`既読`, `既読 20:16`, `既読3`), a sticker or a picture
/// (`[スタンプ]`), or a sender's short name (`母`, `けんた`).
fn chat_noise(line: &str) -> bool {
    let from = message_start(line);
    let t = crate::substring::trim(crate::substring::slice(line, from, line.len()));
    if t.is_empty() || (t.starts_with('[') && t.ends_with(']') && t.chars().count() <= 10) {
        return true;
    }
    let rest = t.strip_prefix("既読").map_or(t, crate::substring::trim);
    // A time, or a read mark's count.
    if rest.is_empty()
        || rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '：' | ' '))
    {
        return true;
    }
    // A name: a few characters, no digit, no sentence's punctuation.
    t.chars().count() <= 8
        && !t.chars().any(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '。' | '、' | '！' | '？' | '!' | '?' | '「' | '」' | ':' | '：'
                )
        })
}

#[cfg(test)]
mod tests {
    use crate::redact::{Kind, Redactor};

    fn found(text: &str) -> Vec<(Kind, &str)> {
        Redactor::builder()
            .kinds(Kind::ALL)
            .build()
            .expect("a redactor")
            .find(text)
            .into_iter()
            .map(|f| (f.kind, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn a_card_sent_in_four_messages() {
        let text = "母\nカードの番号ね\n20:09\n母\n4111\n20:10\n母\n1111\n20:11\n母\n1111\n20:13\n母\n1111\n20:15\n[スタンプ]";
        assert_eq!(
            found(text),
            [
                (Kind::CreditCard, "4111"),
                (Kind::CreditCard, "1111"),
                (Kind::CreditCard, "1111"),
                (Kind::CreditCard, "1111"),
            ]
        );
    }

    #[test]
    fn finds_anything_answers_as_find_does() {
        // No part is a value by itself: only the reading across them finds one.
        let r = Redactor::builder()
            .kinds(Kind::ALL)
            .build()
            .expect("a redactor");
        let text = "母\n20:09\n4111\n20:10\n1111\n20:11\n1111\n20:13\n1111";
        assert!(!r.find(text).is_empty());
        assert!(r.finds_anything(text));
    }

    #[test]
    fn a_card_sent_in_two_messages_of_a_log_with_a_word_on_why() {
        let text = "[12:30] bot: ご登録のカード番号16桁をご入力ください\n[12:30] me: 3533 9142\n[12:30] me: 8717 0940 ごめんなさい途中で送っちゃった";
        assert_eq!(
            found(text),
            [
                (Kind::CreditCard, "3533 9142"),
                (Kind::CreditCard, "8717 0940")
            ]
        );
        let text = "[14:02] Bot: 新しいカード番号（16桁）を入力してください。\n[14:03] お客様: 5317 8942\n[14:03] お客様: 続き→ 0911 2484";
        assert_eq!(
            found(text),
            [
                (Kind::CreditCard, "5317 8942"),
                (Kind::CreditCard, "0911 2484")
            ]
        );
    }

    #[test]
    fn short_numbers_and_sentences_between_are_no_parts() {
        // Two small numbers: no number of a kind in all.
        assert!(found("母\n12\n20:10\n母\n34").is_empty());
        // A sentence between the messages ends the number.
        assert!(found("4111\n今日は雨だね、傘持った？\n1111\n1111\n1111").len() < 4);
    }
}
