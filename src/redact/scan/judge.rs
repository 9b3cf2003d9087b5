//! Judging a finished token: the whole of it, then runs of its groups, each asked
//! of the remembered labels (nearest first) and then, when no label takes it, of
//! the detectors of numbers that need no label.

use crate::prelude::*;
use crate::redact::chars::{unit, Sep};
use crate::redact::labels::{Family, Found};
use crate::redact::token::{Group, Value, MAX_UNITS};
use crate::redact::{bank, card, contact, health, ids, mynumber, Kind};

use super::distance::{
    fits, loose_prefix, numbers_a_word, quantity, tight_fit, time_part, type_fit, unit_after,
};
use super::{Scanner, LABEL_REACH, MEMORY, WINDOW};

/// How many letters and digits the partial style leaves visible by default
/// ([`crate::redact::RedactorBuilder::keep_last`]).
const PARTIAL_SHOWN: usize = 4;

/// What judging a value came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Judged {
    /// A label took it.
    Labelled,
    /// It is a number of a kind that needs no label (My Number, card…).
    Alone,
    /// A negative label (注文番号…) claimed it: it is no value.
    Blocked,
    /// Nothing took it.
    Free,
}

impl Judged {
    /// Whether a label or a detector took it.
    fn taken(self) -> bool {
        matches!(self, Judged::Labelled | Judged::Alone)
    }

    /// Whether the value's groups are used up (taken or blocked).
    fn claimed(self) -> bool {
        self != Judged::Free
    }
}

/// What the labels say about a value.
enum Verdict {
    /// A label took it: its kind (if it is to be reported) and where it starts.
    Taken(Option<Kind>, usize),
    /// A negative label took it.
    Blocked,
    /// No label in reach accepts it.
    Free,
}

impl Scanner<'_> {
    /// Judges the finished token: the whole of it first, then runs of its groups.
    pub(super) fn classify(&mut self) {
        // A token that runs into an e-mail address (`1234 5678 9018.taro@…`) is judged
        // whole like any other; the address, at its `@`, takes what overlaps it.
        let n = self.token.groups.len();
        let Some(start) = self.token.groups.first().map(|g| g.start) else {
            return;
        };
        if self.token.groups.iter().all(Group::pure_letters) {
            return;
        }
        self.judging = self.mark(start);
        // `8桁`, `12ケタ`, `12文字`: a length, not a value. Only a short number can be
        // one; a long one before a katakana word (`…9018ケース`) is still judged.
        let end = self.token.groups.last().map_or(start, |g| g.end);
        // A group ends at a character bound of the text.
        debug_assert!(self.text.is_char_boundary(end));
        let mut after = crate::substring::slice(self.text, end, self.text.len()).chars();
        let next = after.next();
        let length_word = match next {
            Some('桁') => true,
            Some('ケ' | 'ヶ') => matches!(after.next(), Some('タ' | 'た')),
            Some('文') => after.next() == Some('字'),
            _ => false,
        };
        // Three digits at most, full-width ones being three bytes each.
        if length_word && end - start <= 9 {
            return;
        }
        // Nor are a digit or two inside a katakana word (`コウヒ1フタンシャ`,
        // `ｺｳﾋ1ｼﾞｭｷｭｼｬ`: a column's name), or inside `公費1負担者` and
        // `公費2受給者`.
        let in_word = matches!(next, Some('ァ'..='ヺ' | 'ｦ'..='ﾝ' | '負' | '受'));
        if in_word && end - start <= 6 {
            return;
        }
        // A passport's machine-readable line read by OCR (`TZ03480892JPN9004090F…`):
        // its first nine characters are the number, then their check digit, the
        // nationality and the date of birth.
        // (Six digits of the birth date are enough: a copy may drop its check digit.)
        let mrz = self.token.norm.len() >= 19
            && (self.token.norm.iter().zip(b"AA99999999AAA999999"))
                .all(|(&c, &p)| (p == b'A') == c.is_ascii_uppercase() && c.is_ascii_alphanumeric());
        // The number's end: after its ninth character, in groups of ASCII (a
        // byte each; `TZ72 571477JPN…` as OCR spaced it), not of full-width
        // characters (`jp　００００００００TEL0000000`).
        let mut units = 0;
        let mut end = None;
        for g in self.token.groups.iter().take_while(|_| mrz) {
            if g.end - g.start != g.len as usize {
                break;
            }
            if units + g.len as usize >= 9 {
                end = Some(g.start + 9 - units);
                break;
            }
            units += g.len as usize;
        }
        if let (Some(first), Some(end)) = (self.token.groups.first(), end) {
            self.emit(Kind::Passport, first.start, end);
            return;
        }
        let whole = self.try_range(0, n, true);
        if whole.taken() {
            return;
        }
        // Short words joined by a space (`is 1234 5678 9018`, `… 9018 ok`) are not
        // part of a number: without them the rest is judged as a whole.
        let word = |g: Option<&Group>| g.is_some_and(|g| g.pure_letters());
        let spaced = |g: Option<&Group>| g.is_some_and(|g| g.sep_before == Some(Sep::Space));
        let groups = &self.token.groups;
        let i = usize::from(word(groups.first()) && spaced(groups.get(1)));
        // Nor are the groups after an opening parenthesis that the token does not
        // close (`0570-300-992（10:00～19:00）`, `0120-557-218（9-18時）`: business
        // hours after a phone number).
        let opening = |g: &Group| contact::mark_before(self.text, g.start, b'(', 0x88) > 0;
        let open_at = groups.iter().rposition(opening).filter(|&k| {
            let from = groups.get(k).map_or(0, |g| g.start);
            let to = groups.last().map_or(from, |g| g.end);
            k > i
                && !crate::substring::any_char(crate::substring::slice(self.text, from, to), |c| {
                    matches!(c, ')' | '）')
                })
        });
        // Nor is a time's hour after a date (`2025-06-16 09:12`, a chat's timestamp).
        let timed = spaced(groups.last()) && matches!(next, Some(':' | '：'));
        let j = match open_at {
            Some(k) => k,
            None => {
                n - usize::from(
                    n > i + 1 && ((word(groups.last()) && spaced(groups.last())) || timed),
                )
            }
        };
        // Also when a negative label took the whole: without the word it is judged
        // as the same number standing alone would be (`注文番号 123456789018 a`).
        if (i, j) != (0, n) && i < j && self.try_range(i, j, true).claimed() {
            return;
        }
        if whole == Judged::Blocked {
            // But what follows the bracket that closed on the label's value is a
            // number of its own (`（社員番号 10482）　3817 0976 5322`).
            for i in 1..n {
                if self.closed_before(i) && self.try_range(i, n, true).claimed() {
                    return;
                }
            }
            // And a card printed in its groups and passing its check, a space after
            // the value the label took, is a number of its own (`会員番号 47816326
            // 4494 2995 6994 9665`).
            for i in 1..n {
                for j in [i + 4, i + 3] {
                    if self.space_before(i)
                        && (j == n || self.space_before(j))
                        && self.card_apart(i, j)
                        && self.try_range(i, j, true).claimed()
                    {
                        return;
                    }
                }
            }
            return;
        }
        // A date is not split into numbers, nor one with the time after it.
        let date = |to: usize| {
            Value::new(self.token.groups.get(..to).unwrap_or(&[]), &self.token.norm)
                .is_some_and(|v| health::looks_like_date(&v))
        };
        let date = date(n) || (timed && date(n - 1));
        if date {
            return;
        }
        // A code led by one letter and a hyphen is a record's number (`通話
        // C-0314-003`, `E-67996`): no label takes the digits after the letter.
        if let [first, second, ..] = self.token.groups.as_slice() {
            if first.len == 1 && first.upper == 1 && second.sep_before == Some(Sep::Dash) {
                return;
            }
        }
        // Nor the groups of a phone number after a `+` in a sentence (`海外から
        // +81-3-5155-8954`, `+1 503 555 0187`); a `+` that starts a line is a
        // diff's added row.
        if n > 1 && contact::plus_in_sentence(self.text, start) > 0 {
            return;
        }
        // Nor 雇用保険's 被保険者番号 (`4687-729164-3`), whose first groups would
        // read as a health insurance card's number; nor a phone number's groups, a
        // company's free dial among them (`口座開設サポート 0120-251-508`): an
        // account's seven digits are not its first groups.
        let whole = Value::new(&self.token.groups, &self.token.norm);
        if whole.as_ref().is_some_and(|v| {
            let d = v.units();
            health::employment_insurance(v)
                || (n >= 3
                    && v.digits_only()
                    && d.first() == Some(&b'0')
                    && matches!(d.len(), 10 | 11)
                    && contact::phone_digits(d))
        }) {
            return;
        }
        // Runs of groups: a label can claim part of a token, and a number of a kind
        // that needs no label can stand apart in it (`TK1234567 0`).
        let labels = self.any_label_near(start);
        let spaced = self
            .token
            .groups
            .iter()
            .any(|g| g.sep_before == Some(Sep::Space))
            || (1..n).any(|k| self.closed_before(k));
        if !labels && !spaced {
            return;
        }
        // A card printed in its groups (`0 4539 5787 6362 1486`) is kept whole: no run
        // that starts before it reaches into it, none that starts at it goes past it.
        let mut cards: Vec<(usize, usize)> = Vec::new();
        for i in 0..n {
            // Four groups, else three.
            for &j in &[i + 4, i + 3] {
                if self.card_apart(i, j) {
                    cards.push((i, j));
                    break;
                }
            }
        }
        let mut next_card = 0;
        let mut i = 0;
        while i < n {
            let mut jmax = i;
            let mut units = 0usize;
            for g in self.token.groups.iter().skip(i) {
                units += g.len as usize;
                if units > MAX_UNITS {
                    break;
                }
                jmax += 1;
            }
            while cards.get(next_card).is_some_and(|c| c.0 < i) {
                next_card += 1;
            }
            match cards.get(next_card) {
                Some(&(start, end)) if start == i => jmax = jmax.min(end),
                Some(&(start, _)) => jmax = jmax.min(start),
                None => {}
            }
            let mut taken = false;
            for j in (i + 1..=jmax).rev() {
                if i == 0 && j == n {
                    continue;
                }
                let apart = self.stands_apart(i, j) || self.printed_card(i, j, false);
                if (labels || apart) && self.try_range(i, j, apart).claimed() {
                    i = j;
                    taken = true;
                    break;
                }
            }
            if !taken {
                i += 1;
            }
        }
    }

    /// Whether groups `i..j` of the token stand apart from the rest, as a number of
    /// their own: only spaces part them from their neighbours, and they are one
    /// group or have separators of their own (`090-1234-5678 090-1234-5678`), unlike
    /// three groups cut from `5571 9796 5938 7300`.
    fn stands_apart(&self, i: usize, j: usize) -> bool {
        let groups = &self.token.groups;
        // (Or a closing bracket and a space: `（社員 10482）　3817 0976 5322`.)
        let spaced = |k: usize| k >= groups.len() || self.space_before(k) || self.closed_before(k);
        let own = j == i + 1
            || (i > 0 && self.closed_before(i))
            || groups
                .iter()
                .take(j)
                .skip(i + 1)
                .any(|g| g.sep_before != Some(Sep::Space));
        (i == 0 || spaced(i)) && spaced(j) && own
    }

    /// Whether a closing bracket and a space part group `k` of the token from the
    /// group before it: an aside ended there.
    fn closed_before(&self, k: usize) -> bool {
        let (Some(prev), Some(g)) = (
            k.checked_sub(1).and_then(|p| self.token.groups.get(p)),
            self.token.groups.get(k),
        ) else {
            return false;
        };
        let between = self.text.get(prev.end..g.start).unwrap_or("");
        let mut chars = between.chars();
        matches!(chars.next(), Some('）' | ')'))
            && chars.next().is_some_and(crate::substring::is_whitespace)
    }

    /// Whether a space parts group `k` of the token from the group before it.
    fn space_before(&self, k: usize) -> bool {
        self.token
            .groups
            .get(k)
            .is_some_and(|g| g.sep_before == Some(Sep::Space))
    }

    /// Whether groups `i..j` of the token (`j` at most its end) are a card printed in
    /// its groups and passing its checks, no other number's groups beside it
    /// ([`Self::hyphened_beside`]).
    fn card_apart(&self, i: usize, j: usize) -> bool {
        j <= self.token.groups.len() && self.printed_card(i, j, true) && !self.hyphened_beside(i, j)
    }

    /// Whether groups `i..j` are parted by more than one kind of mark, or by spaces
    /// with a hyphen on either side: the groups at an end are then another number's
    /// (`5830-8372-2484 5107 2683 5662 9067`, a parcel's number before a card's).
    fn hyphened_beside(&self, i: usize, j: usize) -> bool {
        let groups = &self.token.groups;
        let sep = |k: usize| groups.get(k).and_then(|g| g.sep_before);
        let inside = sep(i + 1);
        let mixed = (i + 2..j).any(|k| sep(k) != inside);
        let dash = |k: usize| sep(k) == Some(Sep::Dash);
        mixed || (inside == Some(Sep::Space) && (dash(i) || dash(j)))
    }

    /// Whether groups `i..j` are grouped as a card is printed (4-4-4-4…): a number
    /// that stands on its own whatever groups surround it (`valid`: and that passes
    /// a card's checks).
    fn printed_card(&self, i: usize, j: usize, valid: bool) -> bool {
        self.token
            .groups
            .get(i..j)
            .and_then(|g| Value::new(g, &self.token.norm))
            .is_some_and(|v| card::printed_grouping(&v) && (!valid || card::is_card(&v)))
    }

    /// Judges groups `i..j` of the token (`alone`: also as a number standing on its
    /// own, of a kind that needs no label); `true` when something took them.
    fn try_range(&mut self, i: usize, j: usize, alone: bool) -> Judged {
        // The token's buffers are lent to the value while the labels are asked.
        let token = core::mem::take(&mut self.token);
        // The runs classify asks about lie within the token.
        debug_assert!(i < j && j <= token.groups.len());
        let groups = token.groups.get(i..j).unwrap_or(&[]);
        let taken = match Value::new(groups, &token.norm) {
            Some(v) => {
                let judged = self.judge(&v, alone);
                // A masked run of groups may be several values masked side by side
                // (`********* ********`): each group also spends the labels it fits,
                // as the values did before they were masked, so that masking a text
                // frees no label for a value further on.
                if judged == Judged::Labelled && v.is_masked() && groups.len() > 1 {
                    for part in (0..groups.len()).filter_map(|k| v.part(k, k + 1)) {
                        let _ = self.by_label(&part);
                    }
                }
                judged
            }
            None => Judged::Free,
        };
        self.token = token;
        taken
    }

    /// Judges value `v`; `alone` when it may be a number of a kind that needs no
    /// label.
    fn judge(&mut self, v: &Value, alone: bool) -> Judged {
        let v = *v;
        if v.digits + v.wild == 0 {
            return Judged::Free;
        }
        // An identifier system's OID names the value after it, as a label does.
        let family = self
            .text
            .as_bytes()
            .get(v.start..v.end)
            .and_then(health::oid_family);
        if let Some(family) = family {
            let oid = Found {
                family,
                end: v.end,
                quota: 1,
                needs_symbol: false,
            };
            self.record(oid, v.start);
            return Judged::Blocked;
        }
        // Masked groups beside plain ones: taken together, the plain digits would
        // pass for masked ones and stay unmasked (`保険者番号* 32082851`, or a value
        // masked before them), so they are judged apart (the runs of groups) —
        // unless masked groups come first and at most four plain units follow (what
        // the partial style shows by default), the masked groups are no value a
        // label takes on their own, and the plain ones no value of their own either:
        // then the whole is one value partly masked (`口座番号 *** 0000`), as it was
        // before it was masked.
        if v.mixes_masked_groups() {
            let groups = v.group_lens().count();
            let Some((k, plain)) = v
                .masked_head()
                .and_then(|k| Some((k, v.part(k, groups)?)))
                .filter(|(_, plain)| plain.len() <= PARTIAL_SHOWN)
            else {
                return Judged::Free;
            };
            // Would a label take the masked groups, or any one of them? (Asked on
            // a copy of the labels' state.)
            let labels = self.labels;
            // The head as a whole, then each of its groups.
            let mut head_taken = false;
            for n in 0..=k {
                let (i, j) = if n == 0 { (0, k) } else { (n - 1, n) };
                if let Some(part) = v.part(i, j) {
                    if matches!(self.by_label(&part), Verdict::Taken(..)) {
                        head_taken = true;
                        break;
                    }
                }
            }
            self.labels = labels;
            if head_taken {
                return Judged::Free;
            }
            // Standing alone as the runs of groups would judge it: one group, or
            // separators of its own (not `44578085663 9` cut from a longer run).
            let own = plain.seps().next().is_none() || plain.seps().any(|s| s != Sep::Space);
            let judged = self.judge(&plain, alone && own);
            if judged.claimed() {
                return judged;
            }
        }
        let blocked = match self.by_label(&v) {
            Verdict::Taken(kind, start) => {
                if let Some(kind) = kind {
                    if !v.is_masked() {
                        self.emit(kind, start, v.end);
                    }
                }
                return Judged::Labelled;
            }
            Verdict::Blocked => {
                self.refuse(&v);
                true
            }
            Verdict::Free => false,
        };
        let rest = if blocked {
            Judged::Blocked
        } else {
            Judged::Free
        };
        if !alone || v.is_masked() {
            return rest;
        }
        // A `+` before a number makes it an international phone number's, which has
        // fifteen digits at most: not a card's sixteen after a diff's `{+`.
        let plus = contact::plus_before(self.text, v.start) > 0 && v.len() <= 15;
        let kind = if !plus && mynumber::is_my_number(&v) && mynumber::stands_alone(&v) {
            Some(Kind::MyNumber)
        } else if !plus && card::is_card(&v) && card::stands_alone(&v) {
            Some(Kind::CreditCard)
        } else if ids::is_passport(&v, false) {
            Some(Kind::Passport)
        } else if ids::is_residence_card(&v, false) {
            Some(Kind::ResidenceCard)
        } else {
            None
        };
        if let Some(kind) = kind {
            self.emit(kind, v.start, v.end);
            return Judged::Alone;
        }
        // A number written as a phone number, in groups, is one even after a
        // negative label: `お問い合わせは 0120-484-215`, `紛失受付0120-431-348`,
        // `お問い合わせは 03 1234 5678`.
        let grouped = || v.group_lens().nth(1).is_some();
        if (!blocked || grouped()) && self.kinds.contains(&Kind::Phone) {
            if let Some(start) = contact::phone_start(self.text, &v, true, false) {
                self.emit(Kind::Phone, start, v.end);
                return Judged::Alone;
            }
        }
        rest
    }

    /// Asks the remembered labels, nearest first, about `v`.
    fn by_label(&mut self, v: &Value) -> Verdict {
        // Where the nearest label seen so far starts: an older label whose value
        // would have to reach across it is not adjacent to the value any more.
        let mut newer_at = usize::MAX;
        let mut newer_end = 0;
        // A value already masked cannot be told apart by its check digit: it takes
        // every label in reach its shape fits, so that masking a text never frees
        // a label for another value.
        let mut masked_taken = false;
        for back in 0..MEMORY {
            let k = (self.next_label + MEMORY - 1 - back) % MEMORY;
            // The ring fills in order and no slot is emptied again: past an empty
            // slot there are no older labels.
            let Some(Some(slot)) = self.labels.get(k).copied() else {
                break;
            };
            // Older labels start earlier still: none of them can reach the value.
            if v.start > slot.at + LABEL_REACH {
                break;
            }
            let crossed = newer_at < v.start && newer_at >= slot.anchor;
            newer_at = newer_at.min(slot.at);
            // Where the labels newer than this one end: a 記号's kana are none of
            // theirs (`記号((個人番号カードh00-123`: no `ド`).
            let after_newer = newer_end.min(v.start);
            newer_end = newer_end.max(slot.anchor);
            if slot.quota == 0 || slot.anchor > v.start || v.start - slot.anchor > WINDOW * 4 {
                continue;
            }
            // The value's shape first (cheap), the distance only for a family that
            // would take it.
            let (anchor, text) = (slot.anchor, self.text);
            let tight = |prefix: bool| {
                if crossed {
                    None
                } else {
                    tight_fit(text, anchor, v.start, prefix)
                }
            };
            let taken = match slot.family {
                Family::Skip => None,
                Family::Negative => {
                    if tight(false).is_some() {
                        self.spend(k, v, !masked_taken);
                        if v.is_masked() {
                            masked_taken = true;
                            continue;
                        }
                        return Verdict::Blocked;
                    }
                    None
                }
                Family::InsuredSymbol | Family::InsuredNumber | Family::InsuredSingle => {
                    if !health::is_insured_component(v)
                        || time_part(text, v.start, v.end)
                        // A unit after it (`記号（2025年）`); a slash may part it
                        // from its 番号 (`12／345`).
                        || unit_after(text, v.end)
                        || (v.len() <= 2 && numbers_a_word(text, v.start))
                    {
                        None
                    } else if let Some(s) = tight(true) {
                        Some((Kind::InsuredNumber, s))
                    } else if !crossed && next_part(text, anchor, v.start) {
                        Some((Kind::InsuredNumber, v.start))
                    } else if fits(text, anchor, v.start) && !quantity(text, v.start, v.end) {
                        // Further away (`記号・番号ですが、正しくは12・345`): a
                        // number-like value, with a katakana or kanji 記号 prefix;
                        // a component's label in the same sentence.
                        let single = slot.family == Family::InsuredSingle;
                        let ok = if health::looks_like_date(v) {
                            false
                        } else if single {
                            health::is_insured_number(v)
                        } else {
                            health::is_insured_component(v)
                                && (v.len() <= 12 || v.is_masked())
                                && !text
                                    .get(anchor..v.start)
                                    .is_some_and(|g| g.contains(['。', '？', '?', '！']))
                        };
                        ok.then(|| {
                            (
                                Kind::InsuredNumber,
                                loose_prefix(text, v.start).max(after_newer),
                            )
                        })
                    } else {
                        None
                    }
                }
                Family::Phone => {
                    // Shape, distance, and only then the full check.
                    let validate = self.kinds.contains(&Kind::Phone);
                    let start = contact::phone_start(text, v, false, true)
                        .filter(|_| fits(text, anchor, v.start))
                        .and_then(|s| {
                            if validate {
                                contact::phone_start(text, v, true, true)
                            } else {
                                Some(s)
                            }
                        });
                    if let Some(start) = start {
                        self.spend(k, v, !masked_taken);
                        if v.is_masked() {
                            masked_taken = true;
                            continue;
                        }
                        if !validate && tight(false).is_some() {
                            // A phone number where none is asked for: left as it is.
                            self.refuse(v);
                        }
                        return Verdict::Taken(validate.then_some(Kind::Phone), start);
                    }
                    None
                }
                // Not across another label (`普通 記号の0⏎0000000`): the kana that
                // type_fit looks for may be masked away the second time.
                Family::AccountType => bank::is_account(v)
                    .then_some((Kind::BankAccount, v.start))
                    .filter(|_| {
                        !crossed
                            && type_fit(text, anchor, v.start)
                            && !quantity(text, v.start, v.end)
                    }),
                family => shape_kind(family, v)
                    .filter(|_| {
                        fits(text, anchor, v.start)
                            && !quantity(text, v.start, v.end)
                            && (!health::looks_like_date(v) || tight(false).is_some())
                    })
                    .map(|kind| (kind, v.start)),
            };
            if let Some((kind, start)) = taken {
                self.spend(k, v, !masked_taken);
                if v.is_masked() {
                    masked_taken = true;
                    continue;
                }
                let report = self.kinds.contains(&kind).then_some(kind);
                return Verdict::Taken(report, start);
            }
        }
        if masked_taken {
            Verdict::Taken(None, v.start)
        } else {
            Verdict::Free
        }
    }

    /// Notes that a label right before `v` said it is no value to mask
    /// ([`super::Checked::refused`]), when `v` has no mask character.
    fn refuse(&mut self, v: &Value) {
        if let Some(log) = self.log.as_mut().filter(|_| v.wild == 0) {
            // In order: a token's runs of groups are judged after the whole of it.
            let at = log.refused.partition_point(|&r| r <= (v.start, v.end));
            if at == 0
                || log
                    .refused
                    .get(at - 1)
                    .is_none_or(|&r| r != (v.start, v.end))
            {
                // Inserted at `at`, as `Vec::insert` does without its panic.
                log.refused.push((v.start, v.end));
                let mut i = log.refused.len() - 1;
                while i > at {
                    if let Some([a, b]) = log.refused.get_mut(i - 1..=i) {
                        core::mem::swap(a, b);
                    }
                    i -= 1;
                }
            }
        }
    }

    /// Whether any remembered label with values left could reach a value at `at`.
    fn any_label_near(&self, at: usize) -> bool {
        self.labels
            .iter()
            .flatten()
            .any(|s| s.quota > 0 && s.anchor <= at && at - s.anchor <= WINDOW * 4 + MAX_UNITS * 4)
    }

    /// A label took value `v`; the value's end is where the label's next value is
    /// measured from when `primary` (not for the other labels a masked value takes).
    /// A value already masked may stand for several (its groups: `**** **** ***`
    /// after 記号・番号・枝番), so it takes as many.
    fn spend(&mut self, k: usize, v: &Value, primary: bool) {
        // A value broken off (`「ゼロゼロイチ…」`, `0612...`) is the start of one
        // said again whole after it: the label is kept for that.
        let broken_off = || {
            let mut rest = self.text.as_bytes().get(v.end..).unwrap_or(&[]);
            // Past the word joiners of a reading of spoken digits (U+2060).
            while let [0xE2, 0x81, 0xA0, tail @ ..] = rest {
                rest = tail;
            }
            // `…` (U+2026), `‥` (U+2025), `...`.
            matches!(rest, [0xE2, 0x80, 0xA5 | 0xA6, ..] | [b'.', b'.', b'.', ..])
        };
        let n = if matches!(self.text.as_bytes().get(v.end), Some(0xE2 | b'.')) && broken_off() {
            0
        } else if v.is_masked() {
            v.group_lens().count().max(1)
        } else {
            1
        };
        if let Some(Some(slot)) = self.labels.get_mut(k) {
            self.undo.push((k, Some(*slot)));
            slot.quota = slot
                .quota
                .saturating_sub(u8::try_from(n).unwrap_or(u8::MAX));
            if primary {
                slot.anchor = v.end;
            }
        }
    }
}

/// Whether a card's next component starts at `to`, a `。` after the one its label
/// took, which ends at `from` (`記号・番号 普通の1234。5678`): the label still has
/// parts to take, and the value before, once masked, reads the same.
fn next_part(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to) == Some("。")
        && crate::substring::char_before(text, from).is_some_and(|c| unit(c).is_some())
}

/// The kind a label of `family` (one without special rules) gives `v`, if `v` has
/// that kind's shape and check digit.
fn shape_kind(family: Family, v: &Value) -> Option<Kind> {
    let (ok, kind) = match family {
        Family::Insurer => (health::is_insurer(v), Kind::InsurerNumber),
        Family::Payer => (health::is_payer(v), Kind::PublicExpensePayer),
        Family::Recipient => (health::is_recipient(v), Kind::PublicExpenseRecipient),
        Family::Bank => (bank::is_account(v), Kind::BankAccount),
        Family::License => (ids::is_drivers_license(v), Kind::DriversLicense),
        Family::Pension => (ids::is_pension_number(v), Kind::PensionNumber),
        Family::MyNumber => (
            mynumber::is_my_number(v) || (v.is_masked() && mynumber::has_shape(v)),
            Kind::MyNumber,
        ),
        Family::Card => (
            card::is_card(v) || (v.is_masked() && card::has_shape(v)),
            Kind::CreditCard,
        ),
        Family::Passport => (ids::is_passport(v, true), Kind::Passport),
        Family::Residence => (ids::is_residence_card(v, true), Kind::ResidenceCard),
        _ => return None,
    };
    ok.then_some(kind)
}

#[cfg(test)]
mod tests {
    use crate::redact::scan::tests::found;
    use crate::redact::Kind;

    #[test]
    fn a_label_takes_the_values_it_announces_then_is_spent() {
        let insurer = [Kind::InsurerNumber];
        assert_eq!(
            found("保険者番号 01130012 と 01130012", &insurer),
            [(Kind::InsurerNumber, "01130012")]
        );
        // 記号・番号 announces two values (and an 枝番 after them).
        let insured = [Kind::InsuredNumber];
        assert_eq!(
            found("記号・番号 12 と 345", &insured),
            [(Kind::InsuredNumber, "12"), (Kind::InsuredNumber, "345")]
        );
        // Its second value after a `。`, past an account type that took neither:
        // the same whether the first is written or already masked.
        for text in ["記号・番号 普通の1234。5678", "記号・番号 普通の****。5678"]
        {
            assert_eq!(
                found(text, &insured).last(),
                Some(&(Kind::InsuredNumber, "5678")),
                "{text}"
            );
        }
    }

    #[test]
    fn an_identifier_system_s_oid_labels_the_value_after_it() {
        let text = r#"{"system": "urn:oid:1.2.392.100495.20.3.61", "value": "01135698"},
            {"system":"urn:oid:1.2.392.100495.20.3.63","value":"3456"}
            <id root="1.2.392.100495.20.3.72" extension="1234566"/>"#;
        assert_eq!(
            found(text, &Kind::ALL),
            [
                (Kind::InsurerNumber, "01135698"),
                (Kind::InsuredNumber, "3456"),
                (Kind::PublicExpenseRecipient, "1234566"),
            ]
        );
        // A medical institution's code (20.3.23) is nobody's.
        let clinic = r#"{"system": "urn:oid:1.2.392.100495.20.3.23", "value": "1312345678"}"#;
        assert_eq!(found(clinic, &Kind::ALL), []);
    }

    #[test]
    fn a_value_needs_its_labels_check_digit_or_stands_alone() {
        // 01130012 passes an insurer number's check, 01130013 does not.
        let insurer = [Kind::InsurerNumber];
        assert_eq!(
            found("保険者番号 01130012", &insurer),
            [(Kind::InsurerNumber, "01130012")]
        );
        assert_eq!(found("保険者番号 01130013", &insurer), []);
        // A My Number needs no label.
        assert_eq!(
            found("123456789018", &[Kind::MyNumber]),
            [(Kind::MyNumber, "123456789018")]
        );
    }

    #[test]
    fn lengths_dates_and_quantities_are_no_values() {
        assert_eq!(found("保険者番号は8桁です", &Kind::ALL), []);
        assert_eq!(found("保険者番号 2024年", &Kind::ALL), []);
        assert_eq!(found("番号 2024-11-25", &Kind::ALL), []);
        // A chat's timestamp under the label line, then the value.
        assert_eq!(
            found(
                "保険証の記号と番号ですが\n[2025-06-16 09:12] 小林: 記号は 1566",
                &Kind::ALL
            ),
            [(Kind::InsuredNumber, "1566")]
        );
        // A digit inside a katakana word: a column's name, not a 記号.
        assert_eq!(found("枝番,コウヒ1フタンシャ,ｺｳﾋ1ｼﾞｭｷｭｼｬ", &Kind::ALL), []);
    }

    #[test]
    fn a_short_word_beside_a_number_is_not_part_of_it() {
        assert_eq!(
            found("is 4539 5787 6362 1486 ok", &[Kind::CreditCard]),
            [(Kind::CreditCard, "4539 5787 6362 1486")]
        );
    }

    #[test]
    fn a_number_alone_in_a_token_is_judged_apart() {
        // A card printed in its groups, after a stray digit.
        assert_eq!(
            found("0 4539 5787 6362 1486", &[Kind::CreditCard]),
            [(Kind::CreditCard, "4539 5787 6362 1486")]
        );
    }
}
