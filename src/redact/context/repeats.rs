//! A value said again: where a text holds a masked value, the parts of it written
//! elsewhere near it are that value too — a number sent over a chat in parts and
//! then whole (`4237 6112` … `つづき 5421 3045` … `4237-6112-5421-3045`), read back
//! on a call, or written first under a word too vague to name it (`番号は…4383、
//! 6165、0196` before `個人番号、4383、6165、0196ですね`). So is the value said again
//! with a digit or two other, one more or one less: a correction or a slip
//! (`保険者番号 39267786` … `レセコン上は 39227786 になってて`).

use super::messages::is_filler;
use super::runs::{Run, KEEP};
use super::Pass;
use crate::prelude::*;
use crate::redact::chars::{unit, Unit};
use crate::redact::{Finding, Kind};
use crate::substring::contains;

/// How many letters and digits a value needs for its parts to be looked for:
/// shorter values (a card's 番号 `56`, a bank account) are left alone.
const MIN_VALUE: usize = 8;
/// How many letters and digits a value needs for a slip of it to be looked for:
/// a bank account's seven.
const MIN_SLIPPED: usize = 7;
/// How many letters and digits a part needs: four, a card's group.
const MIN_PART: usize = 4;
/// How far (bytes) from a value its parts are looked for: a conversation or a
/// note, not the next record of an export.
const REACH: usize = 2048;

impl Pass<'_> {
    /// The parts of the values of `found` (sorted, apart) written near them that
    /// `found` lacks, each marked dirty for the masked output's second reading.
    /// `refused`: what negative labels said is no value (sorted).
    pub(super) fn parts_said_again(
        &mut self,
        found: &[Finding],
        refused: &[(usize, usize)],
    ) -> Vec<Finding> {
        let text = self.text;
        // The letters and digits of each value, upper-case ASCII, one after the
        // other in `units`: a finding, with those of its kind right after it that a
        // mark or two part from it (`4383、6165、0196` is one value found in
        // three). Each key: its last finding, and where its units lie.
        let mut units = Vec::new();
        let mut keys: Vec<(usize, usize, usize)> = Vec::new();
        for (i, f) in found.iter().enumerate() {
            let from = units.len();
            for c in crate::substring::slice(text, f.start, f.end).chars() {
                if let Some(Unit::Digit(u) | Unit::Letter(u, _)) = unit(c) {
                    units.push(u);
                }
            }
            let gap = i
                .checked_sub(1)
                .and_then(|p| found.get(p))
                .filter(|p| p.kind == f.kind)
                .and_then(|p| text.get(p.end..f.start));
            match keys.last_mut() {
                Some(key) if gap.is_some_and(|g| g.len() <= 6 && is_filler(g)) => {
                    key.0 = i;
                    key.2 = units.len();
                }
                _ => keys.push((i, from, units.len())),
            }
        }
        let mut kept = Vec::new();
        for &(i, from, to) in &keys {
            let kind = found.get(i).map(|f| &f.kind);
            // Seven letters and digits, too few for parts (a bank account), are
            // looked for corrected (`普通 1824690` … `6じゃなくて2です 1824290`).
            if to - from >= MIN_SLIPPED
                && kind.is_some_and(|k| !matches!(k, Kind::Phone | Kind::Email))
            {
                kept.push((i, from, to));
            }
        }
        let keys = kept;
        let mut added = Vec::new();
        let (mut first_key, mut next, mut next_refused) = (0, 0, 0);
        for &r in &core::mem::take(&mut self.parts) {
            // The keys of the values within reach.
            while keys
                .get(first_key)
                .and_then(|k| found.get(k.0))
                .is_some_and(|f| f.end + REACH < r.start)
            {
                first_key += 1;
            }
            let after = keys.get(first_key..).unwrap_or(&[]);
            let reach =
                after.partition_point(|k| found.get(k.0).is_some_and(|f| f.start <= r.end + REACH));
            // The value it is a part or a slip of; or, only alike in its groups,
            // a number of its own (`alike`), so one without a word of its own
            // before it.
            let key = after
                .get(..reach)
                .unwrap_or(&[])
                .iter()
                .find_map(|&(i, from, to)| {
                    let key = units.get(from..to)?;
                    let part = key.len() >= MIN_VALUE && is_part(key, r.units());
                    // A short one, digits only (`agent03` is no slip of `agent07`).
                    let digits = |u: &[u8]| u.iter().all(u8::is_ascii_digit);
                    let slip = (key.len() >= MIN_VALUE || (digits(key) && digits(r.units())))
                        && is_variant(key, r.units());
                    if part || slip {
                        let again = key.len() >= MIN_VALUE && same_bytes(key, r.units());
                        return Some((i, false, again));
                    }
                    let alike = key.len() == 12
                        && r.alnum == 12
                        && r.group_count() == 3
                        && found
                            .get(i)
                            .and_then(|f| text.get(f.start..f.end))
                            .zip(text.get(r.start..r.end))
                            .is_some_and(|(v, w)| grouped_alike(v, w));
                    alike.then_some((i, true, false))
                });
            let Some((f, alike, again)) =
                key.and_then(|(i, alike, again)| Some((found.get(i)?, alike, again)))
            else {
                continue;
            };
            // Not within a finding, nor what a negative label refused
            // (`受付番号：3871-0090`) but the whole value said again (a read-back
            // after a speaker's `受付：`), nor a date, an amount or a card's digits
            // shown on purpose.
            while found.get(next).is_some_and(|f| f.end <= r.start) {
                next += 1;
            }
            while refused.get(next_refused).is_some_and(|x| x.1 <= r.start) {
                next_refused += 1;
            }
            if found.get(next).is_some_and(|f| f.start < r.end)
                || (!(again && after_speaker(text, r.start))
                    && refused.get(next_refused).is_some_and(|x| x.0 < r.end))
                || self.glued(&r)
                || (alike && self.worded(&r))
                || self.quantity(&r)
                || shown_on_purpose(text, r.start)
            {
                continue;
            }
            let late = self.found_late(f.kind.clone(), r.start, r.end);
            added.push(late);
        }
        added
    }
}

/// Whether the line of byte `at` of `text` starts with a speaker's name and a
/// colon right before it (`受付：54135397 ですね`): a word of six characters at most,
/// no number's word (`番`, `号`) in it.
fn after_speaker(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or(before);
    let line = crate::substring::trim(line);
    let Some(name) = line.strip_suffix(['：', ':']) else {
        return false;
    };
    let n = name.chars().count();
    (1..=6).contains(&n)
        && !crate::substring::any_char(name, |c| matches!(c, '番' | '号') || c.is_ascii_digit())
}

/// Whether `run` may be a part of a value said again: digits (letters too), no
/// mask character, [`MIN_PART`] to [`KEEP`] of them.
pub(super) fn may_be_part(run: &Run) -> bool {
    run.wild == 0 && run.digits > 0 && matches!(run.alnum, MIN_PART..=KEEP)
}

/// Whether `part` is one of the parts `key` is said in: its start, its end, or a
/// group of the part's size from the start (`4237` and `6112` of
/// `4237611254213045`, `UH2411` and `6986CD` of `UH24116986CD`). A number that
/// only happens to occur inside the value (`3871` in `820507338714`) is not one.
fn is_part(key: &[u8], part: &[u8]) -> bool {
    let n = part.len();
    if n == 0 || n > key.len() {
        return false;
    }
    let mut at = 0;
    while at + n <= key.len() {
        if key.get(at..at + n).is_some_and(|k| same_bytes(k, part)) {
            return true;
        }
        at += n;
    }
    key.get(key.len() - n..)
        .is_some_and(|k| same_bytes(k, part))
}

/// Whether `a` and `b` hold the same bytes: compared in place, a value's dozen
/// units being too few for a call to compare memory.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Whether `run` is `key` (at least [`MIN_SLIPPED`] long) written again with a slip or
/// corrected: as long, with one or two characters other (two swapped, too), or one
/// character more or less (`39267786` and `39227786`, `8361544` and `83615449`).
fn is_variant(key: &[u8], run: &[u8]) -> bool {
    /// Whether `long` is `short` with one character more.
    fn one_more(long: &[u8], short: &[u8]) -> bool {
        let same = long.iter().zip(short).take_while(|(a, b)| a == b).count();
        long.get(same + 1..)
            .zip(short.get(same..))
            .is_some_and(|(l, s)| same_bytes(l, s))
    }
    match key.len().abs_diff(run.len()) {
        0 => key.iter().zip(run).filter(|(a, b)| a != b).count() <= 2,
        1 if key.len() > run.len() => one_more(key, run),
        1 => one_more(run, key),
        _ => false,
    }
}

/// Whether `run` (`written`) is written as `value` is, in three groups of four
/// digits with the same marks between (`3458 8892 6310` and `6627 7306 8985`, as
/// a My Number card prints it): a number of that form again in the same text, not
/// a date, an amount or a phone number.
fn grouped_alike(value: &str, written: &str) -> bool {
    let digit = |c: char| matches!(unit(c), Some(Unit::Digit(_)));
    let (mut a, mut b) = (value.chars(), written.chars());
    for i in 0.. {
        match (a.next(), b.next()) {
            (None, None) => return i == 14,
            (Some(x), Some(y)) if digit(x) == digit(y) && (digit(x) || x == y) => {
                if digit(x) == (i == 4 || i == 9) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether the words right before `start` say the part is shown on purpose: the
/// last four digits of a card (`下4桁は2262`, `last4: 5938`) or its first six
/// (`bin`), which name the card without giving it.
fn shown_on_purpose(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = crate::substring::slice(text, from, start);
    [
        "下4桁",
        "下４桁",
        "末尾",
        "last4",
        "last 4",
        "last_4",
        "Last4",
        "LAST4",
        "bin",
        "BIN",
    ]
    .iter()
    .any(|w| contains(before, w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::added;
    use super::*;

    #[test]
    fn the_parts_of_a_value_sent_in_parts_are_that_value() {
        let text = "お客様: 4237 6112\nお客様: つづき 5421 3045\nお客様: まとめると 4237-6112-5421-3045 です";
        let found = added(text);
        let kinds: Vec<&Kind> = found.iter().map(|(k, _)| k).collect();
        let values: Vec<&str> = found.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["4237 6112", "5421 3045", "4237-6112-5421-3045"]);
        assert!(kinds.iter().all(|k| **k == Kind::CreditCard));
        // Read back by someone else, in other groups.
        let text = "客: UH2411\n客: 6986CD\n係: 在留カード番号 UH24116986CD で登録しました";
        let values: Vec<String> = added(text).into_iter().map(|(_, v)| v).collect();
        assert_eq!(values, ["UH2411", "6986CD", "UH24116986CD"]);
    }

    #[test]
    fn dates_amounts_shown_digits_and_numbers_inside_stay() {
        let text = "個人番号 4383 6165 0196\n2025年4383円 ¥6165 10:01 6165/12 \
                    4383-01-19 ****-****-0196 下4桁は0196 \"last4\": \"0196\"\n\
                    受付番号：8383-0090 3616 5019";
        let values: Vec<String> = added(text).into_iter().map(|(_, v)| v).collect();
        assert_eq!(values, ["4383 6165 0196"]);
    }

    #[test]
    fn a_value_said_again_with_a_slip_is_that_value() {
        let text = "保険者番号 39267786 で合ってます？\nレセコン上は 39227786 になってて\n\
                    カードだと 3926786 かも、いや 392677861？ 予約 39261234";
        let found = added(text);
        let values: Vec<&str> = found.iter().map(|(_, v)| v.as_str()).collect();
        // Two digits other, one less, one more; not three other.
        assert_eq!(values, ["39267786", "39227786", "3926786", "392677861"]);
        assert!(found.iter().all(|(k, _)| *k == Kind::InsurerNumber));
        assert!(is_variant(b"06227698", b"60227698"));
        assert!(!is_variant(b"06227698", b"06227"));
        assert!(!is_variant(b"12345678", b"1234567890"));
    }

    #[test]
    fn a_value_far_away_or_short_says_nothing() {
        let far = format!(
            "0613 口座 1234567\n{}保険者番号 06132013",
            "あ".repeat(REACH)
        );
        let values: Vec<String> = added(&far).into_iter().map(|(_, v)| v).collect();
        assert_eq!(values, ["1234567", "06132013"]);
    }
}
