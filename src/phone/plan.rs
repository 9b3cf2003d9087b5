//! libphonenumber's `parse(number, "JP")` → `isValidNumber` → `getNumberType` →
//! `format(E164 / NATIONAL)`, step by step, over the tables compiled from its JP
//! metadata (`table.rs`). Names in comments are libphonenumber's.

use super::table::{
    COUNTRY_CODE, FORMAT, FORMATS, GENERAL_BIT, GENERAL_LENGTHS, INTERNATIONAL_PREFIX, LIVE_BIT,
    NATIONAL_PREFIX, NATIONAL_PREFIX_FOR_PARSING, NUMBER, TYPES,
};
use super::{Expected, PhoneError, PhoneType};
use crate::prelude::*;

/// A DFA over the digits 0-9: `next[state][digit]`, and the bit mask of what holds when
/// a walk ends in a state. State 0 is dead, state 1 the start.
pub(super) struct Dfa<S: 'static> {
    /// Whether `next` holds each state as its distance forward from the row's own,
    /// modulo the number of states (a DFA whose states mostly lead to the next one
    /// compresses better so).
    pub relative: bool,
    pub next: &'static [[S; 10]],
    pub mask: &'static [u32],
}

/// The state a walk starts in.
const START: usize = 1;

impl<S: Copy + Into<usize>> Dfa<S> {
    /// The state after `digit` (an ASCII digit).
    fn step(&self, state: usize, digit: u8) -> usize {
        let base = if self.relative { state } else { 0 };
        self.next
            .get(state)
            .and_then(|row| row.get(usize::from(digit.wrapping_sub(b'0'))))
            .map_or(0, |&s| (base + s.into()) % self.next.len())
    }

    fn mask_of(&self, state: usize) -> u32 {
        self.mask.get(state).copied().unwrap_or(0)
    }

    /// The mask of the state a walk over `digits` ends in.
    fn walk(&self, digits: &[u8]) -> u32 {
        let mut state = START;
        for &d in digits {
            state = self.step(state, d);
            if state == 0 {
                break;
            }
        }
        self.mask_of(state)
    }
}

/// A number type of the metadata: its DFA bit and possible lengths (bit n = length n).
pub(super) struct TypeRule {
    pub phone_type: PhoneType,
    pub bit: u32,
    pub lengths: u32,
}

/// One alternative of `national_prefix_for_parsing`, in the order `re.match` tries them.
pub(super) enum PrefixRule {
    /// `(X)$`: matches when the whole number is in X (a DFA bit); the transform rule
    /// `$1` then gives the captured group, i.e. the number itself, back.
    Whole { bit: u32 },
    /// The strings the alternative matches, in backtracking priority order: the first
    /// one that starts the number is what is stripped.
    Literals(&'static [&'static [u8]]),
}

/// A number format: the DFA bit of its last leading-digits pattern (0: none), the
/// lengths of its digit groups, and its national template (U+0001..U+0009 = group).
pub(super) struct Format {
    pub leading: u32,
    pub groups: &'static [(u8, u8)],
    pub template: &'static str,
}

/// `_MIN_LENGTH_FOR_NSN`.
const MIN_NSN: usize = 2;
/// `_MAX_LENGTH_FOR_NSN`.
const MAX_NSN: usize = 17;

/// A valid number: its type and national significant number.
pub(super) struct Judged {
    pub phone_type: PhoneType,
    nsn: [u8; MAX_NSN],
    len: usize,
}

fn has_length(set: u32, len: usize) -> bool {
    len < 32 && set >> len & 1 == 1
}

/// `_match_national_number(number, general_desc)`: the general pattern alone.
fn viable(digits: &[u8]) -> bool {
    NUMBER.walk(digits) & GENERAL_BIT != 0
}

/// `_number_type_helper`: the first type whose pattern and lengths fit, after the
/// general description. (The generator checked that fixed-line and mobile never
/// overlap, so FIXED_LINE_OR_MOBILE cannot arise.)
fn number_type(mask: u32, len: usize) -> Option<PhoneType> {
    if mask & GENERAL_BIT == 0 || !has_length(GENERAL_LENGTHS, len) {
        return None;
    }
    TYPES
        .iter()
        .find(|t| mask & t.bit != 0 && has_length(t.lengths, len))
        .map(|t| t.phone_type)
}

/// `_test_number_length` against the general lengths: is the length possible or too
/// long (as opposed to too short or in a gap)?
fn possible_or_too_long(len: usize) -> bool {
    let min = GENERAL_LENGTHS.trailing_zeros() as usize;
    let max = 31 - GENERAL_LENGTHS.leading_zeros() as usize;
    len >= min && (has_length(GENERAL_LENGTHS, len) || len > max)
}

/// The international prefix `010` at the start, with what follows it. `_parse_prefix_as_idd`
/// does not strip it when a `0` follows (country codes never begin with 0).
fn after_international_prefix(digits: &[u8]) -> Option<&[u8]> {
    crate::bytes::after(digits, INTERNATIONAL_PREFIX)
        .filter(|rest| !matches!(rest.first(), Some(b'0')))
}

/// The country code after `+` or `010`: only 81 leads on.
fn after_country_code(digits: &[u8]) -> Result<&[u8], PhoneError> {
    match crate::bytes::after(digits, COUNTRY_CODE) {
        Some(rest) => Ok(rest),
        None if COUNTRY_CODE.starts_with(digits) => Err(PhoneError::TooShort { expected: None }),
        None => Err(PhoneError::NotJapanese),
    }
}

/// The number before national-prefix stripping: what `_maybe_extract_country_code`
/// leaves.
fn national_number(plus: bool, digits: &[u8]) -> Result<&[u8], PhoneError> {
    if plus {
        if matches!(digits.first(), Some(b'0')) {
            // `+0…` is no country code; libphonenumber reads the digits again without
            // the plus, and only the international prefix can still lead to +81.
            return match after_international_prefix(digits) {
                Some(rest) => after_country_code(rest),
                None => Err(PhoneError::NotJapanese),
            };
        }
        return after_country_code(digits);
    }
    if let Some(rest) = after_international_prefix(digits) {
        return after_country_code(rest);
    }
    if !digits.starts_with(NATIONAL_PREFIX) {
        // libphonenumber reads `312345678` (or `81312345678`) as a Japanese number; a
        // person must type the area code with its 0.
        return Err(if digits.len() > MAX_NSN {
            PhoneError::TooLong
        } else {
            PhoneError::AreaCodeMissing
        });
    }
    Ok(digits)
}

/// `_maybe_strip_national_prefix_carrier_code`: the first alternative of
/// `national_prefix_for_parsing` that matches decides; what it strips stays on when the
/// number was viable and the rest is not.
fn strip_national_prefix(number: &[u8]) -> &[u8] {
    for rule in &NATIONAL_PREFIX_FOR_PARSING {
        match rule {
            PrefixRule::Whole { bit } => {
                if NUMBER.walk(number) & bit != 0 {
                    return number;
                }
            }
            PrefixRule::Literals(literals) => {
                if let Some(lit) = literals.iter().find(|lit| number.starts_with(lit)) {
                    let rest = number.get(lit.len()..).unwrap_or_default();
                    return if viable(number) && !viable(rest) {
                        number
                    } else {
                        rest
                    };
                }
            }
        }
    }
    number
}

/// Judges the digits typed (after a `+` when `plus`).
///
/// One step past libphonenumber: a number is valid only if its own E.164 and national
/// forms read back as the same number. libphonenumber strips the carrier prefix
/// `003768` from a number it was handed, so a few toll-free `0037 68…` numbers it
/// accepts from an extra leading 0 (`0 0037-68561-340455`) come back from
/// `0037-68561-340455` or `+81003768561340455` as another number (0561-34-0455) or
/// none. Handing out a form that means something else would let the browser and the
/// server disagree about one form; such a number is [`PhoneError::InvalidNumber`].
pub(super) fn judge(plus: bool, digits: &[u8]) -> Result<Judged, PhoneError> {
    let typed = national_number(plus, digits)?;
    // Typed as dialled in Japan (with the trunk 0), not after +81 or 010 81: only then
    // does a count of digits "starting with 0" describe what the person typed.
    let domestic = !plus && after_international_prefix(digits).is_none();
    let judged = judge_national(typed).ok_or_else(|| explain(typed, domestic))?;
    if reads_back(judged.nsn()) {
        Ok(judged)
    } else {
        Err(PhoneError::InvalidNumber)
    }
}

/// Whether the national significant number `nsn` is what its E.164 form (`+81` and
/// `nsn`) and its national digits (`nsn`, after the trunk `0` unless it starts with
/// one) are judged to be.
fn reads_back(nsn: &[u8]) -> bool {
    let same = |digits: &[u8]| judge_national(digits).is_some_and(|again| again.nsn() == nsn);
    let mut national = [0u8; MAX_NSN + 1];
    let trunk = usize::from(!nsn.starts_with(NATIONAL_PREFIX));
    let mut len = 0;
    for &part in &[NATIONAL_PREFIX.get(..trunk).unwrap_or_default(), nsn] {
        for &d in part {
            if let Some(slot) = national.get_mut(len) {
                *slot = d;
                len += 1;
            }
        }
    }
    same(nsn) && same(national.get(..len).unwrap_or_default())
}

/// The national number (what follows the country code, or the digits as typed with
/// their trunk `0`) after national-prefix stripping, when it is a valid number.
fn judge_national(typed: &[u8]) -> Option<Judged> {
    if typed.len() < MIN_NSN {
        return None;
    }
    // parse(): the stripped number is kept only if its length is possible (or too
    // long); otherwise the original could be a short number and stays whole.
    let stripped = strip_national_prefix(typed);
    let number = if possible_or_too_long(stripped.len()) {
        stripped
    } else {
        typed
    };
    if number.len() > MAX_NSN {
        return None;
    }
    let phone_type = number_type(NUMBER.walk(number), number.len())?;
    let mut nsn = [0u8; MAX_NSN];
    for (slot, &d) in nsn.iter_mut().zip(number) {
        *slot = d;
    }
    Some(Judged {
        phone_type,
        nsn,
        len: number.len(),
    })
}

/// Why an invalid number is invalid, told from the number the person meant: the digits
/// after the trunk `0` (toll-free `00xx` numbers keep their zeros). Digits that can still
/// grow into a valid number are too short; digits that run past one are too long. A
/// `domestic` number that is too short says how long it should be, when the plan knows.
fn explain(typed: &[u8], domestic: bool) -> PhoneError {
    let meant = if typed.starts_with(b"00") {
        typed
    } else {
        crate::bytes::after(typed, NATIONAL_PREFIX).unwrap_or(typed)
    };
    if meant.len() > MAX_NSN {
        return PhoneError::TooLong;
    }
    let mut state = START;
    let mut passed_valid = false;
    for (i, &d) in meant.iter().enumerate() {
        if i > 0 && number_type(NUMBER.mask_of(state), i).is_some() {
            passed_valid = true;
        }
        state = NUMBER.step(state, d);
        if state == 0 {
            break;
        }
    }
    let mask = NUMBER.mask_of(state);
    if mask & LIVE_BIT != 0 && number_type(mask, meant.len()).is_none() {
        let trunk = typed.len() - meant.len();
        let expected = domestic
            .then(|| completion(state, meant.len()))
            .flatten()
            .and_then(|(phone_type, len)| {
                Some(Expected {
                    phone_type,
                    digits: u8::try_from(len + trunk).ok()?,
                })
            });
        PhoneError::TooShort { expected }
    } else if passed_valid {
        PhoneError::TooLong
    } else {
        PhoneError::InvalidNumber
    }
}

/// The one kind and length of valid number that the digits read so far (`len` of
/// them, ending in `state`) can grow into; `None` when there are several or none.
/// Walks every continuation breadth-first, one digit at a time, up to `MAX_NSN`.
fn completion(state: usize, len: usize) -> Option<(PhoneType, usize)> {
    let states = NUMBER.next.len();
    let mut frontier = vec![false; states];
    *frontier.get_mut(state)? = true;
    let mut found = None;
    for n in len + 1..=MAX_NSN {
        let mut next = vec![false; states];
        for (s, _) in frontier.iter().enumerate().filter(|&(_, &on)| on) {
            for d in b'0'..=b'9' {
                if let Some(slot) = next.get_mut(NUMBER.step(s, d)) {
                    *slot = true;
                }
            }
        }
        // State 0 is dead.
        if let Some(dead) = next.first_mut() {
            *dead = false;
        }
        for (s, _) in next.iter().enumerate().filter(|&(_, &on)| on) {
            if let Some(phone_type) = number_type(NUMBER.mask_of(s), n) {
                match found {
                    None => found = Some((phone_type, n)),
                    Some(f) if f == (phone_type, n) => {}
                    Some(_) => return None,
                }
            }
        }
        frontier = next;
    }
    found
}

impl Judged {
    fn nsn(&self) -> &[u8] {
        self.nsn.get(..self.len).unwrap_or_default()
    }

    /// `format(E164)`: `+81` and the national significant number.
    pub fn e164(&self) -> String {
        let mut out = String::with_capacity(1 + COUNTRY_CODE.len() + self.len);
        out.push('+');
        push_ascii(&mut out, COUNTRY_CODE);
        push_ascii(&mut out, self.nsn());
        out
    }

    /// `format(NATIONAL)`: the first format whose last leading-digits pattern matches
    /// the start of the number and whose pattern matches all of it; unformatted when
    /// none does.
    pub fn national(&self) -> String {
        let nsn = self.nsn();
        let mut out = String::with_capacity(self.len + 6);
        let leading = FORMAT.walk(nsn);
        let chosen = FORMATS.iter().find_map(|f| {
            let leading_ok = f.leading == 0 || leading & f.leading != 0;
            leading_ok
                .then(|| split(f.groups, nsn.len()))
                .flatten()
                .map(|g| (f, g))
        });
        let Some((format, bounds)) = chosen else {
            push_ascii(&mut out, nsn);
            return out;
        };
        for c in format.template.chars() {
            let group = u32::from(c);
            if matches!(group, 1..=9) {
                let (start, end) = bounds.get(group as usize - 1).copied().unwrap_or((0, 0));
                push_ascii(&mut out, nsn.get(start..end).unwrap_or_default());
            } else {
                out.push(c);
            }
        }
        out
    }
}

/// The group boundaries a format's pattern `(\d{a,b})(\d{c,d})…` gives a number of
/// `len` digits when it matches all of it: each greedy group takes as many digits as it
/// can while leaving enough for the groups after it (what backtracking settles on).
fn split(groups: &[(u8, u8)], len: usize) -> Option<[(usize, usize); 9]> {
    let min: usize = groups.iter().map(|&(lo, _)| usize::from(lo)).sum();
    let max: usize = groups.iter().map(|&(_, hi)| usize::from(hi)).sum();
    if len < min || len > max || groups.len() > 9 {
        return None;
    }
    let mut bounds = [(0, 0); 9];
    let mut start = 0;
    let mut min_after = min;
    for (slot, &(lo, hi)) in bounds.iter_mut().zip(groups) {
        min_after -= usize::from(lo);
        let take = usize::from(hi).min(len - start - min_after);
        *slot = (start, start + take);
        start += take;
    }
    (start == len).then_some(bounds)
}

/// Appends `bytes` (ASCII digits) to `out`, a character each.
fn push_ascii(out: &mut String, bytes: &[u8]) {
    for &b in bytes {
        out.push(char::from(b));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_is_greedy_from_the_left() {
        assert_eq!(
            split(&[(4, 4), (3, 3), (3, 4)], 11).map(|b| b[2]),
            Some((7, 11))
        );
        assert_eq!(
            split(&[(4, 4), (3, 3), (3, 4)], 10).map(|b| b[2]),
            Some((7, 10))
        );
        assert_eq!(split(&[(4, 4), (3, 3), (3, 4)], 12), None);
        assert_eq!(split(&[(4, 4), (3, 3), (3, 4)], 9), None);
        assert_eq!(
            split(&[(1, 3), (2, 2)], 4).map(|b| (b[0], b[1])),
            Some(((0, 2), (2, 4)))
        );
        assert_eq!(split(&[(8, 10)], 10).map(|b| b[0]), Some((0, 10)));
    }

    #[test]
    fn the_general_description_decides_viability() {
        assert!(viable(b"312345678"));
        assert!(!viable(b"0312345678"));
        assert!(viable(b"00312345678"));
    }

    #[test]
    fn national_prefix_stripping_follows_libphonenumber() {
        // The trunk 0.
        assert_eq!(strip_national_prefix(b"0312345678"), b"312345678");
        // Not stripped when the number was viable and the rest is not.
        assert_eq!(strip_national_prefix(b"00312345678"), b"00312345678");
        // `(000[2569]\d{4,6})$` keeps the whole number; the `0` alternative never runs.
        assert_eq!(strip_national_prefix(b"000212345"), b"000212345");
        // The carrier prefix 003768, with its optional 0, before the number.
        assert_eq!(strip_national_prefix(b"0037680312345678"), b"312345678");
        assert_eq!(strip_national_prefix(b"003768312345678"), b"312345678");
        assert_eq!(strip_national_prefix(b"312345678"), b"312345678");
    }

    #[test]
    fn lengths_follow_the_general_description() {
        assert!(!possible_or_too_long(7));
        assert!(possible_or_too_long(8));
        assert!(possible_or_too_long(17));
        assert!(possible_or_too_long(18));
    }

    fn nsn_of(plus: bool, digits: &[u8]) -> Result<Vec<u8>, PhoneError> {
        judge(plus, digits).map(|j| j.nsn().to_vec())
    }

    #[test]
    fn a_number_whose_own_forms_mean_another_is_refused() {
        // libphonenumber accepts these (the first 0 is the trunk prefix) but reads
        // their own forms back as 0561-34-0455 and as no number at all.
        assert_eq!(
            nsn_of(false, b"0003768561340455"),
            Err(PhoneError::InvalidNumber)
        );
        assert_eq!(
            nsn_of(false, b"00037685613404247"),
            Err(PhoneError::InvalidNumber)
        );
        // What those forms are judged to be, like libphonenumber.
        assert_eq!(nsn_of(false, b"003768561340455"), Ok(b"561340455".to_vec()));
        assert_eq!(
            nsn_of(true, b"81003768561340455"),
            Ok(b"561340455".to_vec())
        );
        // Toll-free 0037 numbers without the carrier prefix, and the trunk 0, read back.
        assert_eq!(nsn_of(false, b"003705613404"), Ok(b"003705613404".to_vec()));
        assert_eq!(
            nsn_of(true, b"81003705613404"),
            Ok(b"003705613404".to_vec())
        );
        assert_eq!(nsn_of(false, b"0312345678"), Ok(b"312345678".to_vec()));
    }

    #[test]
    fn a_short_number_knows_its_kind_and_length() {
        let expected = |typed: &[u8]| match judge(false, typed) {
            Err(PhoneError::TooShort { expected }) => expected.map(|e| (e.phone_type, e.digits)),
            other => panic!(
                "{}: {:?}",
                String::from_utf8_lossy(typed),
                other.map(|j| j.len)
            ),
        };
        assert_eq!(expected(b"031234567"), Some((PhoneType::FixedLine, 10)));
        assert_eq!(expected(b"0901234567"), Some((PhoneType::Mobile, 11)));
        assert_eq!(expected(b"0120123"), Some((PhoneType::TollFree, 10)));
        assert_eq!(expected(b"050123"), Some((PhoneType::Voip, 11)));
        // 060 has two lengths (personal numbers and mobiles); a lone 0 could be anything.
        assert_eq!(expected(b"060123456"), None);
        assert_eq!(expected(b"0"), None);
        // After +81 the count "from 0" would not match what was typed.
        assert!(matches!(
            judge(true, b"8131234567"),
            Err(PhoneError::TooShort { expected: None })
        ));
    }

    #[test]
    fn every_valid_number_reads_back() {
        for nsn in [
            &b"312345678"[..],
            b"9012345678",
            b"120123456",
            b"003705613404",
            b"0066030439214",
        ] {
            assert!(reads_back(nsn), "{}", String::from_utf8_lossy(nsn));
        }
        assert!(!reads_back(b"003768561340455"));
    }
}
