//! Candidate values: groups of letters and digits, joined by the separators people
//! type inside one number (`1234 5678 9018`, `３５４４－２８７４`, `TK 1234567`).
//!
//! The scanner collects the groups of one token; detectors look at a [`Value`], the
//! groups `i..j` of a token folded to ASCII. A value never starts or ends inside a
//! group, so nothing is ever found inside a longer run of letters or digits.

use super::chars::{Sep, Unit};
use crate::prelude::*;

/// The most letters and digits a detector ever looks at (a 19-digit card).
pub(crate) const MAX_UNITS: usize = 24;

/// One maximal run of letters, digits and mask characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Group {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
    /// Letters, digits and mask characters in it.
    pub len: u32,
    /// Digits in it.
    pub digits: u32,
    /// Letters in it.
    pub letters: u32,
    /// Upper-case letters in it.
    pub upper: u32,
    /// Mask characters in it.
    pub wild: u32,
    /// Whether its first unit is a letter.
    pub first_letter: bool,
    /// Whether its last unit is a letter.
    pub last_letter: bool,
    /// The separator joining it to the group before (`None` for the first group).
    pub sep_before: Option<Sep>,
    /// Where its folded units start in the token's buffer.
    norm_at: u32,
}

impl Group {
    /// A group of one unit at `start..end`.
    pub(crate) fn new(
        start: usize,
        end: usize,
        u: Unit,
        sep_before: Option<Sep>,
        norm_at: usize,
    ) -> Self {
        let mut g = Group {
            start,
            end: start,
            len: 0,
            digits: 0,
            letters: 0,
            upper: 0,
            wild: 0,
            first_letter: matches!(u, Unit::Letter(..)),
            last_letter: false,
            sep_before,
            norm_at: norm_at as u32,
        };
        g.push(end, u);
        g
    }

    /// Adds unit `u`, which ends at byte `end`.
    pub(crate) fn push(&mut self, end: usize, u: Unit) {
        self.end = end;
        self.len = self.len.saturating_add(1);
        match u {
            Unit::Digit(_) => self.digits = self.digits.saturating_add(1),
            Unit::Letter(_, upper) => {
                self.letters = self.letters.saturating_add(1);
                if upper {
                    self.upper = self.upper.saturating_add(1);
                }
            }
            Unit::Wild => self.wild = self.wild.saturating_add(1),
        }
        self.last_letter = matches!(u, Unit::Letter(..));
    }

    /// Moves where its units start in the token's buffer.
    pub(crate) fn set_norm_at(&mut self, at: usize) {
        self.norm_at = at as u32;
    }

    /// Only letters (no digit, no mask character).
    pub(crate) fn pure_letters(&self) -> bool {
        self.digits == 0 && self.wild == 0
    }
}

/// The folded byte of a unit: `0-9`, `A-Z`, or `*`.
#[inline]
pub(crate) fn unit_byte(u: Unit) -> u8 {
    match u {
        Unit::Digit(b) | Unit::Letter(b, _) => b,
        Unit::Wild => b'*',
    }
}

/// Groups `i..j` of a token, folded: what detectors judge. It borrows the token's
/// buffers (consecutive groups have consecutive units), so making one copies
/// nothing.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Value<'a> {
    /// Byte offset of the first group.
    pub start: usize,
    /// Byte offset after the last group.
    pub end: usize,
    units: &'a [u8],
    groups: &'a [Group],
    /// Digits in the value.
    pub digits: usize,
    /// Letters in the value.
    pub letters: usize,
    /// Upper-case letters in the value.
    pub upper: usize,
    /// Mask characters in the value.
    pub wild: usize,
}

impl<'a> Value<'a> {
    /// The value of `groups` (consecutive groups of one token) whose folded units
    /// are in `norm`; `None` when it has more than [`MAX_UNITS`] units or no group.
    pub(crate) fn new(groups: &'a [Group], norm: &'a [u8]) -> Option<Value<'a>> {
        let at = groups.first()?.norm_at as usize;
        let n = groups.iter().try_fold(0usize, |n, g| {
            Some(n + g.len as usize).filter(|&n| n <= MAX_UNITS)
        })?;
        Value::of(groups, norm.get(at..at + n)?)
    }

    /// Its groups `i..j`, as a value of their own.
    pub(crate) fn part(&self, i: usize, j: usize) -> Option<Value<'a>> {
        let units_of = |gs: &[Group]| {
            let mut n = 0;
            for g in gs {
                n += g.len as usize;
            }
            n
        };
        let groups = self.groups.get(i..j)?;
        let skip = units_of(self.groups.get(..i)?);
        Value::of(groups, self.units.get(skip..skip + units_of(groups))?)
    }

    /// The value of `groups` whose folded units are `units`.
    fn of(groups: &'a [Group], units: &'a [u8]) -> Option<Value<'a>> {
        let (mut digits, mut letters, mut upper, mut wild) = (0, 0, 0, 0);
        for g in groups {
            digits += g.digits as usize;
            letters += g.letters as usize;
            upper += g.upper as usize;
            wild += g.wild as usize;
        }
        Some(Value {
            start: groups.first()?.start,
            end: groups.last()?.end,
            units,
            groups,
            digits,
            letters,
            upper,
            wild,
        })
    }

    /// The folded units (`0-9`, `A-Z`, `*`).
    pub(crate) fn units(&self) -> &'a [u8] {
        self.units
    }

    /// Units per group.
    pub(crate) fn group_lens(&self) -> impl Iterator<Item = usize> + 'a {
        self.groups.iter().map(|g| g.len as usize)
    }

    /// Separators between the groups.
    pub(crate) fn seps(&self) -> impl Iterator<Item = Sep> + 'a {
        self.groups.iter().skip(1).filter_map(|g| g.sep_before)
    }

    /// How many units.
    pub(crate) fn len(&self) -> usize {
        self.units.len()
    }

    /// Only digits.
    pub(crate) fn digits_only(&self) -> bool {
        self.letters == 0 && self.wild == 0
    }

    /// How many groups masked whole come first, when no group after them shows a
    /// mask character (`*** 0000`: the partial style's output, or a typed `*`
    /// before a number); `None` for any other value.
    pub(crate) fn masked_head(&self) -> Option<usize> {
        let k = self
            .groups
            .iter()
            .take_while(|g| g.wild > 0 && g.wild == g.len)
            .count();
        let rest = self.groups.get(k..)?;
        (k > 0 && !rest.is_empty() && rest.iter().all(|g| g.wild == 0)).then_some(k)
    }

    /// Whether some of its groups are masked whole and others show no mask
    /// character at all (`* 32082851`): a typed `*` or a masked value next to a
    /// number, not one number partly hidden.
    pub(crate) fn mixes_masked_groups(&self) -> bool {
        self.groups.iter().any(|g| g.wild > 0 && g.wild == g.len)
            && self.groups.iter().any(|g| g.wild == 0 && g.len > 0)
    }

    /// Whether it holds mask characters: a number someone already hid (its shape
    /// is all that is left to judge).
    pub(crate) fn is_masked(&self) -> bool {
        self.wild > 0
    }

    /// Digits or mask characters only (the shape of a number).
    pub(crate) fn numeric_shape(&self) -> bool {
        self.letters == 0
    }
}

/// The buffers of the token being scanned, reused from one token to the next.
#[derive(Debug, Default)]
pub(crate) struct Token {
    /// Its groups.
    pub groups: Vec<Group>,
    /// Folded units of every group (at most `MAX_UNITS + 1` kept per group).
    pub norm: Vec<u8>,
}

impl Token {
    /// Forgets the token, keeping the buffers.
    pub(crate) fn clear(&mut self) {
        self.groups.clear();
        self.norm.clear();
    }

    /// The bytes its buffers hold room for.
    #[cfg_attr(not(feature = "reuse"), allow(dead_code))]
    pub(crate) fn room(&self) -> usize {
        crate::redact::scratch::room(&self.groups) + crate::redact::scratch::room(&self.norm)
    }

    /// Forgets the groups from index `n` on (and their folded units).
    pub(crate) fn truncate(&mut self, n: usize) {
        if let Some(g) = self.groups.get(n) {
            self.norm.truncate(g.norm_at as usize);
        }
        self.groups.truncate(n);
    }

    /// Starts a group with unit `u` at `start..end`.
    pub(crate) fn start_group(
        &mut self,
        start: usize,
        end: usize,
        u: Unit,
        sep_before: Option<Sep>,
    ) -> Group {
        let g = Group::new(start, end, u, sep_before, self.norm.len());
        self.norm.push(unit_byte(u));
        g
    }

    /// Adds unit `u` to group `g`, which is being built.
    pub(crate) fn extend_group(&mut self, g: &mut Group, end: usize, u: Unit) {
        if (g.len as usize) <= MAX_UNITS {
            self.norm.push(unit_byte(u));
        }
        g.push(end, u);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(parts: &[(&str, Option<Sep>)]) -> Token {
        let mut t = Token::default();
        let mut at = 0;
        for (text, sep) in parts {
            let mut g: Option<Group> = None;
            for c in text.chars() {
                let u = crate::redact::chars::unit(c).unwrap();
                let end = at + c.len_utf8();
                match g.as_mut() {
                    None => g = Some(t.start_group(at, end, u, *sep)),
                    Some(g) => t.extend_group(g, end, u),
                }
                at = end;
            }
            t.groups.push(g.unwrap());
            at += 1;
        }
        t
    }

    #[test]
    fn values_fold_and_count() {
        let t = token(&[("１２34", None), ("ab", Some(Sep::Space))]);
        let v = Value::new(&t.groups, &t.norm).unwrap();
        assert_eq!(v.units(), b"1234AB");
        assert_eq!(v.group_lens().collect::<Vec<_>>(), vec![4, 2]);
        assert_eq!((v.digits, v.letters, v.upper), (4, 2, 0));
        assert_eq!(v.seps().collect::<Vec<_>>(), vec![Sep::Space]);
        let v = Value::new(&t.groups[1..], &t.norm).unwrap();
        assert_eq!(v.units(), b"AB");
    }

    #[test]
    fn long_values_are_refused() {
        let t = token(&[("1234567890123456789012345", None)]);
        assert!(Value::new(&t.groups, &t.norm).is_none());
        assert!(Value::new(&[], &t.norm).is_none());
    }
}
