//! A value sent over a chat or said on a call in parts, one message each
//! (`お客様：1291` … `オペレーター：はい。` … `お客様：4350` … `お客様：えー、7290、です。`):
//! the messages of one speaker that hold nothing but digits and a few words
//! around them continue the value, whatever the other speaker says between.

use super::evidence::units;
use super::hotwords::{Evidence, Kind8, CARD_DIGITS};
use super::{Pass, BROKEN_LINES};
use crate::prelude::*;
use crate::redact::chars::unit;
use crate::redact::{Finding, Kind};

/// How many bytes of filler (`えー、`, `次が`, `、です。`: eight kana) a message
/// may have around its digits.
const FILLER: usize = 24;
/// How many short messages without a digit (`はい。`) may stand between two parts.
const REPLIES: usize = 2;
/// How far into its line (bytes) a message's speaker and colon stand.
const LEAD: usize = 48;

impl Pass<'_> {
    /// Whether line `li` is a chat message's header of its own, the message on the
    /// lines below it: a name and the time it was sent (`母 20:15`, `彼女 22:40`, as
    /// a phone copies a chat). It says nothing of a value, nor parts its messages.
    pub(super) fn chat_header(&self, li: usize) -> bool {
        let Some(line) = self.lines.get(li).and_then(|&(s, e)| self.text.get(s..e)) else {
            return false;
        };
        // Most lines do not end in a digit: no trimming for them.
        let last = line
            .bytes()
            .rev()
            .find(|&b| !matches!(b, b' ' | b'\r' | b'\t'));
        if !last.is_some_and(|b| b.is_ascii_digit()) {
            return false;
        }
        let line = crate::substring::trim(line);
        let bytes = line.as_bytes();
        // The time: `H:MM` or `HH:MM`, after a space.
        let Some(colon) = bytes.len().checked_sub(3) else {
            return false;
        };
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        if !(matches!(bytes.get(colon), Some(b':'))
            && digit(colon + 1)
            && digit(colon + 2)
            && digit(colon.wrapping_sub(1)))
        {
            return false;
        }
        let hour = colon - 1 - usize::from(digit(colon.wrapping_sub(2)));
        // The name before it: a few characters, no digit nor colon.
        let name = crate::substring::slice(line, 0, hour);
        let trimmed = crate::substring::trim_end(name);
        !trimmed.is_empty()
            && trimmed.len() < name.len()
            && crate::offsets::char_count(trimmed) <= 12
            && !trimmed.bytes().any(|b| b.is_ascii_digit() || b == b':')
    }

    /// The speaker of the message on line `li`: where the name before its colon
    /// starts and ends, and where the message after the colon starts. The colon is
    /// the first `:` or `：` not inside a time (`[00:01:31] お客様：`, `14:03 佐藤: `,
    /// `話者2: `), within the line's first [`LEAD`] bytes.
    fn speaker(&self, li: usize) -> Option<(usize, usize, usize)> {
        let &(ls, le) = self.lines.get(li)?;
        let bytes = self.text.as_bytes().get(ls..le.min(ls + LEAD))?;
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        // Where the name starts: after the last space or closing bracket before it.
        let mut name = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let wide = bytes.get(i..i + 3);
            let len = match (b, wide) {
                (b':', _) => 1,
                (_, Some([0xEF, 0xBC, 0x9A])) => 3,
                (b' ' | b']' | b')' | b'\t', _) => {
                    name = i + 1;
                    continue;
                }
                // U+3000, `］`, `）`.
                (_, Some([0xE3, 0x80, 0x80] | [0xEF, 0xBC, 0xBD] | [0xEF, 0xBC, 0x89])) => {
                    name = i + 3;
                    continue;
                }
                _ => continue,
            };
            // Not the colon of a time.
            if i > 0 && digit(i - 1) && digit(i + len) {
                continue;
            }
            let mut end = i;
            while end > name && matches!(bytes.get(end - 1), Some(b' ')) {
                end -= 1;
            }
            return (name < end).then_some((ls + name, ls + end, ls + i + len));
        }
        timed(bytes).map(|(name, end, body)| (ls + name, ls + end, ls + body))
    }

    /// Whether lines `a` and `b` have speakers of one name (none, for messages led
    /// by their time alone).
    fn same_name(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        self.text.get(a.0..a.1) == self.text.get(b.0..b.1)
    }

    /// How many letters and digits the message on line `li`, whose speaker is
    /// `speaker` ([`Pass::speaker`]), has when it is a part of a value from the
    /// speaker named at `name` (after its colon, digits and a little filler around
    /// them), its runs pushed onto `parts` (some may be when it is none: the caller
    /// takes them back).
    fn message_part(
        &mut self,
        li: usize,
        (ns, ne, body): (usize, usize, usize),
        name: (usize, usize),
        parts: &mut Vec<(usize, usize)>,
    ) -> Option<usize> {
        if !self.shapes.get(li).is_some_and(|s| s.digit) {
            return None;
        }
        if !self.same_name(name, (ns, ne)) {
            return None;
        }
        let le = self.lines.get(li)?.1;
        let (mut units, mut filler, mut at) = (0, 0, body);
        let mut named = false;
        for k in 0..self.line(li).runs.len() {
            let Some(r) = self
                .line(li)
                .runs
                .get(k)
                .copied()
                .filter(|r| r.start >= body)
            else {
                continue;
            };
            // Not a number its message names (`注文番号 524328`, `店番 040`): that
            // word's value, which ends the parts.
            let line = self.line(li);
            let (from, to) = (line.index(at), line.index(r.start));
            if line.hots().iter().any(|h| {
                h.from >= from
                    && h.to <= to
                    && matches!(h.evidence, Evidence::Negative | Evidence::Kind(_))
            }) {
                named = true;
                break;
            }
            let gap = self.text.get(at..r.start)?;
            if r.wild > 0 || r.digits != r.alnum || !is_filler(gap) || self.quantity(&r) {
                return None;
            }
            filler += gap.len();
            units += r.alnum;
            parts.push((r.start, r.end));
            at = r.end;
        }
        let tail = self.text.get(at..le)?;
        if !named {
            filler += tail.len();
        }
        (units > 0 && (named || is_filler(tail)) && filler <= 2 * FILLER).then_some(units)
    }

    /// Whether line `li`, whose message starts at `body`, is a short message with no
    /// letter or digit, of another speaker (`オペレーター：はい。`) or of the same one
    /// (`（14:03）あ途中で送っちゃった`).
    fn no_part(&self, li: usize, body: usize) -> bool {
        let le = self.lines.get(li).map_or(body, |l| l.1);
        let said = crate::substring::slice(self.text, body, le);
        said.len() <= 72 && is_filler(said)
    }

    /// How many digits the next messages of the speaker of the value at
    /// `start..end` of line `li` add to it, when the value ends its message: up to
    /// [`BROKEN_LINES`] messages that are parts ([`Pass::message_part`]), short
    /// messages without a digit between ([`Pass::no_part`]), `room` digits in all.
    pub(super) fn continued_in_messages(
        &mut self,
        li: usize,
        start: usize,
        end: usize,
        room: usize,
    ) -> usize {
        self.parts_after(li, start, end, room).0
    }

    /// The parts after the value at `start..end` of line `li` (see
    /// [`Pass::continued_in_messages`]): their letters and digits, and their runs.
    fn parts_after(
        &mut self,
        li: usize,
        start: usize,
        end: usize,
        room: usize,
    ) -> (usize, Vec<(usize, usize)>) {
        let mut runs = Vec::new();
        let Some((ns, ne, body)) = self.speaker(li) else {
            return (0, runs);
        };
        let le = self.lines.get(li).map_or(end, |l| l.1);
        let tail = crate::substring::slice(self.text, end, le);
        if start < body || !is_filler(tail) || tail.len() > FILLER {
            return (0, runs);
        }
        let name = (ns, ne);
        let (mut next, mut replies, mut added, mut parts) = (li + 1, 0, 0, 0);
        while parts < BROKEN_LINES {
            let Some(speaker) = self.speaker(next) else {
                break;
            };
            let kept = runs.len();
            if let Some(units) = self.message_part(next, speaker, name, &mut runs) {
                if added + units > room {
                    runs.truncate(kept);
                    break;
                }
                added += units;
                parts += 1;
            } else if replies < REPLIES && self.no_part(next, speaker.2) {
                runs.truncate(kept);
                replies += 1;
            } else {
                runs.truncate(kept);
                break;
            }
            next += 1;
        }
        (added, runs)
    }

    /// The parts of the values of `found` sent in several messages that `found`
    /// lacks: after a finding short of its kind's length that ends its message,
    /// the parts of the next messages of its speaker, while the value stays
    /// within its kind's length.
    pub(super) fn rest_in_messages(&mut self, found: &[Finding]) -> Vec<Finding> {
        let mut added = Vec::new();
        // The parts of one value sent so far: its kind, the line of its last part,
        // and their letters and digits.
        let mut chain: Option<(&Kind, usize, usize)> = None;
        for f in found {
            let Some((lo, hi)) = Kind8::of(&f.kind).map(Kind8::plausible) else {
                continue;
            };
            // A card's components are short by nature; an e-mail address is none.
            if matches!(f.kind, Kind::Email | Kind::InsuredNumber) {
                continue;
            }
            let units = units(self.text, f);
            if units >= lo {
                continue;
            }
            let li = crate::redact::spans_started_by(&self.lines, f.start).saturating_sub(1);
            if self.lines.get(li).is_none_or(|&(_, e)| f.end > e) {
                continue;
            }
            let sent = match chain {
                Some((k, l, n)) if *k == f.kind && l + 1 == li => n + units,
                _ => units,
            };
            chain = Some((&f.kind, li, sent));
            // A card sent in parts is whole at its 16 digits (a typo's one more
            // aside).
            let most = if f.kind == Kind::CreditCard {
                CARD_DIGITS + 1
            } else {
                hi + 2
            };
            let (_, runs) = self.parts_after(li, f.start, f.end, most.saturating_sub(sent));
            for &(start, end) in &runs {
                if found.iter().any(|g| g.start < end && start < g.end) {
                    continue;
                }
                let late = self.found_late(f.kind.clone(), start, end);
                added.push(late);
            }
        }
        added
    }
}

/// Whether `text` has no letter or digit: words around a value (`えー、`, `です`).
pub(super) fn is_filler(text: &str) -> bool {
    crate::substring::all_chars(text, |c| unit(c).is_none() && c != '\n')
}

/// The speaker of a message led, without a colon, by its speaker's name and the
/// time it was sent (`田村 10:31  年金番号、…`, as a chat tool exports it), or by the
/// time alone in brackets (`（14:03）口座番号　7438`, one person's messages): where
/// the name starts and ends (an empty one for the time alone) and where the message
/// starts, in `lead`, a line's first bytes.
fn timed(lead: &[u8]) -> Option<(usize, usize, usize)> {
    let digit = |i: usize| lead.get(i).is_some_and(u8::is_ascii_digit);
    // `H:MM` or `HH:MM` at `i`: where it ends.
    let time = |i: usize| {
        let h = if digit(i + 1) { 2 } else { 1 };
        (digit(i) && lead.get(i + h) == Some(&b':') && digit(i + h + 1) && digit(i + h + 2))
            .then_some(i + h + 3)
            .filter(|&end| !digit(end))
    };
    let spaces = |mut i: usize| {
        while lead.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    // In brackets, full width or not.
    let (open, close): (&[u8], &[u8]) = match lead {
        [0xEF, 0xBC, 0x88, ..] => (&[0xEF, 0xBC, 0x88], &[0xEF, 0xBC, 0x89]),
        [b'(', ..] => (b"(", b")"),
        [b'[', ..] => (b"[", b"]"),
        _ => (b"", b""),
    };
    if !open.is_empty() {
        let end = time(open.len())?;
        let body = lead
            .get(end..)?
            .starts_with(close)
            .then_some(end + close.len())?;
        return Some((0, 0, spaces(body)));
    }
    // A name: a few characters up to a space, no digit nor colon.
    let name = lead.iter().position(|&b| b == b' ')?;
    if name == 0
        || name > 30
        || lead
            .get(..name)?
            .iter()
            .any(|&b| b.is_ascii_digit() || b == b':')
    {
        return None;
    }
    let end = time(spaces(name))?;
    (lead.get(end) == Some(&b' ')).then(|| (0, name, spaces(end)))
}
