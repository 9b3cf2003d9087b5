//! Runs: the numbers of a line as a person reads them, groups of digits (and the
//! letters typed or misread among them) joined by whatever people put between the
//! groups of one number — one to three spaces (ASCII or U+3000), a hyphen or dash
//! with or without spaces around it (`6736 - 1210 - 4403`, `８６４４　－　７６２０`),
//! a dot between digits — in half or full width, mixed within one value.
//!
//! A run is judged whole: the context pass masks all of it or none of it.

use crate::prelude::*;
use crate::redact::chars::{
    amount_at, day_at, is_invisible, is_space, minutes_at, sep, unit, Sep, Unit,
};
use crate::redact::health;
use crate::redact::labels::char_at;

/// How many white-space characters may join two groups of one run.
const MAX_SPACES: u8 = 3;

/// One run of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Run {
    /// Byte offsets in the text of its first character and after its last.
    pub start: usize,
    pub end: usize,
    /// Its digits and letters (upper case), folded to ASCII: the first
    /// `units_len` (at most [`KEEP`]).
    units: [u8; KEEP],
    units_len: usize,
    /// How many digits and letters it has (all of them, beyond [`KEEP`] too).
    pub alnum: usize,
    /// How many of them are digits.
    pub digits: usize,
    /// How many mask characters (`*`, `＊`, `●`) it has.
    pub wild: usize,
    /// The number of digits and letters of its first three groups (as many as it
    /// has), of its last group, how many groups it has, and how many of them have
    /// two or fewer.
    first_groups: [usize; 3],
    last_group: usize,
    group_count: usize,
    short_groups: usize,
}

/// How many units a run keeps for the shape checks.
pub(crate) const KEEP: usize = 32;

impl Run {
    /// Digits only, none of them masked.
    pub(crate) fn plain_digits(&self) -> bool {
        self.wild == 0 && self.digits == self.alnum
    }

    /// Digits only, from a leading 0: what a Japanese phone number, even mistyped,
    /// looks like.
    pub(crate) fn is_digits_from_zero(&self) -> bool {
        matches!(self.units().first(), Some(b'0')) && self.digits == self.alnum
    }

    /// Its first digits and letters (upper case), folded to ASCII: at most
    /// [`KEEP`].
    pub(crate) fn units(&self) -> &[u8] {
        self.units.get(..self.units_len).unwrap_or(&[])
    }

    /// The sizes of its first groups: all of them when it has three or fewer,
    /// else the first three.
    pub(crate) fn first_groups(&self) -> &[usize] {
        self.first_groups
            .get(..self.group_count.min(3))
            .unwrap_or(&[])
    }

    /// The size of its last group.
    pub(crate) fn last_group(&self) -> usize {
        self.last_group
    }

    /// How many groups it has.
    pub(crate) fn group_count(&self) -> usize {
        self.group_count
    }

    /// How many of its groups have two digits or letters or fewer.
    pub(crate) fn short_groups(&self) -> usize {
        self.short_groups
    }
}

/// A group of letters and digits written together.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group {
    start: usize,
    end: usize,
    alnum: usize,
    digits: usize,
    wild: usize,
    /// Letters only, all upper case.
    upper: bool,
    /// Joined to the group before it.
    joined: bool,
    /// Right before or after an `@`: part of an e-mail address.
    mail: bool,
}

impl Group {
    fn numeric(&self) -> bool {
        self.digits > 0 || self.wild > 0
    }

    /// Whether it makes a run: digits or mask characters, or a part of an e-mail
    /// address. An address is a value whether it is written or masked (`taro@…`
    /// masked is `****@…`), so that the masked output reads as the text did.
    fn valued(&self) -> bool {
        self.numeric() || self.mail
    }

    /// Whether it is the one letter `letter` (an 8's `B` starts a number OCR
    /// read, it ends none: `3100 B…`).
    fn upper_one(&self, text: &str, letter: u8) -> bool {
        text.as_bytes().get(self.start..self.end) == Some(&[letter][..])
    }

    /// Two upper-case letters (the `TK` of `TK 1234567`, the `CD` of
    /// `AB12345678 CD`), or one letter OCR confuses with a digit (`O 6 3 7`,
    /// `B 5 6 1 8` with 8's `B`).
    fn prefix(&self, text: &str) -> bool {
        let word = crate::substring::slice(text, self.start, self.end);
        // (Nor a label's: `MN 4880 744o 1727`, a My Number in a call's summary.)
        let no = matches!(word, "NO" | "ＮＯ" | "ID" | "ＩＤ" | "MN" | "ＭＮ");
        (self.upper && self.alnum == 2 && !no)
            || (self.alnum == 1
                && text
                    .get(self.start..self.end)
                    .is_some_and(|s| matches!(s, "O" | "o" | "I" | "l" | "B" | "Ｏ" | "ｏ")))
    }
}

/// A separator run after a group, not yet known to join another group.
#[derive(Debug, Clone, Copy, Default)]
struct Joint {
    spaces: u8,
    dashes: u8,
    dots: u8,
}

impl Joint {
    fn takes(&mut self, s: Sep) -> bool {
        match s {
            Sep::Space => self.spaces += 1,
            Sep::Dash => self.dashes += 1,
            Sep::Dot => self.dots += 1,
            Sep::Paren => return false,
        }
        self.spaces <= MAX_SPACES
            && self.dashes <= 1
            && self.dots <= 1
            && !(self.dots > 0 && (self.spaces > 0 || self.dashes > 0))
    }
}

/// The runs of `text[start..end]` (one line), left to right.
#[cfg(test)]
pub(crate) fn runs(text: &str, start: usize, end: usize) -> Vec<Run> {
    let mut out = Vec::new();
    runs_into(text, start, end, &mut Vec::new(), &mut out);
    out
}

/// [`runs`] into `out`, with `groups` as room to work in (both cleared first:
/// buffers to reuse).
pub(crate) fn runs_into(
    text: &str,
    start: usize,
    end: usize,
    groups: &mut Vec<Group>,
    out: &mut Vec<Run>,
) {
    find_groups(text, start, end, groups);
    join_odd(text, groups);
    part_footnotes(text, groups);
    part_pairs(text, groups);
    out.clear();
    // The groups of the run being built: groups[from..to].
    let mut cur: Option<(usize, usize)> = None;
    for (i, g) in groups.iter().enumerate() {
        let after_numeric = g.joined && i > 0 && groups.get(i - 1).is_some_and(Group::numeric);
        let before_numeric = groups.get(i + 1).is_some_and(|n| n.joined && n.numeric());
        // A letter between digits joined to both (`00 A 0400000000`) is part of them
        // as its mask will be (`** * **********`).
        let keep = g.valued()
            || (g.prefix(text)
                && (before_numeric || (after_numeric && !g.upper_one(text, b'B'))))
            || (g.alnum == 1 && after_numeric && before_numeric)
            // One upper-case letter before digits past a hyphen: a 記号 (`Kigo G-31`).
            || (g.upper && g.alnum == 1 && before_numeric && matches!(text.as_bytes().get(g.end), Some(b'-')))
            || spaced_pair(groups, i)
            || (i > 0 && spaced_pair(groups, i - 1));
        if !keep || !g.joined {
            close(text, cur.and_then(|(a, b)| groups.get(a..b)), out);
            cur = None;
        }
        if keep {
            cur = Some(cur.map_or((i, i + 1), |(a, _)| (a, i + 1)));
        }
    }
    close(text, cur.and_then(|(a, b)| groups.get(a..b)), out);
}

/// Whether groups `j` and `j + 1` are two letters spaced out as OCR spaces a
/// card's letters, before or after its digits (`M R 9 1 7 7 4 3 0 8 D M`).
fn spaced_pair(groups: &[Group], j: usize) -> bool {
    let pair =
        |a: &Group, b: &Group| a.upper && a.alnum == 1 && b.upper && b.alnum == 1 && b.joined;
    match (groups.get(j.wrapping_sub(1)), groups.get(j..)) {
        (_, Some([a, b, c, ..])) if pair(a, b) && c.joined && c.numeric() => true,
        (Some(p), Some([a, b, ..])) => pair(a, b) && a.joined && p.numeric(),
        _ => false,
    }
}

/// Parts the two numbers of a 受給者証 written side by side, a 公費負担者番号
/// ([`health::public_payer`]) and seven digits (`54130380  1857242  2025/10/01`),
/// from each other and from what stands before and after them: each is a value of
/// its own (whether
/// they are the pair is for the context to weigh: [`health::public_pair`]).
fn part_pairs(text: &str, groups: &mut [Group]) {
    // The digits of a group of eight.
    fn digits(text: &str, g: &Group) -> Option<[u8; 8]> {
        let mut out = [0; 8];
        let mut n = 0;
        for c in crate::substring::slice(text, g.start, g.end).chars() {
            if let Some(Unit::Digit(d)) = unit(c) {
                *out.get_mut(n)? = d;
                n += 1;
            }
        }
        (n == 8).then_some(out)
    }
    for i in 1..groups.len() {
        let (Some(a), Some(b)) = (groups.get(i - 1), groups.get(i)) else {
            break;
        };
        let paired = b.joined
            && a.alnum == 8
            && b.alnum == 7
            && b.digits == 7
            && digits(text, a).is_some_and(|p| health::public_payer(&p));
        if paired {
            for g in groups.iter_mut().skip(i - 1).take(3) {
                g.joined = false;
            }
        }
    }
}

/// The brackets between two boxes of a form side by side (`［1］［2］`).
pub(super) const BOX_JOINTS: [&str; 6] = ["][", "］［", "】【", "〕〔", ")(", "）（"];

/// The bars between a form's boxes (`｜3｜8｜`, `┃3┃5┃`).
const BOX_BARS: [&str; 4] = ["|", "｜", "│", "┃"];

/// Joins groups that one odd mark parts, all of one size: three or four groups of
/// four digits (`7452_0381_6575`, `8682/6809/8178`, `4926・0617・2492・6964`, keys
/// pressed on a phone's pad `3178#0659#9518`,
/// `1234,5678,9012` — an amount's groups have three, but for twelve digits a
/// spreadsheet shows so, `665,352,887,708` —,
/// `［4877］［0188］［5646］［7091］`), a pension number's four digits and six
/// (`4382_227042`), or six or more single digits in the boxes of
/// a form (`｜3｜8｜4｜1｜2｜6｜`, `┃3┃5┃2┃…`, `［7］［4］［7］…`). Each is one number written so
/// (a My Number, a card), a shape no date, file name or table row has.
fn join_odd(text: &str, groups: &mut [Group]) {
    // A digit OCR read as a letter (`O` for 0) is a digit's box still.
    let size = |g: Option<&Group>| {
        g.filter(|g| g.digits == g.alnum || (g.alnum == 1 && g.prefix(text)))
            .map(|g| g.alnum + g.wild)
    };
    let mark = |a: Option<&Group>, b: Option<&Group>| match (a, b) {
        (Some(a), Some(b)) => text.get(a.end..b.start).filter(|m| {
            matches!(*m, "_" | "/" | "／" | "・" | "," | "，" | "#")
                || BOX_BARS.contains(m)
                || BOX_JOINTS.contains(m)
        }),
        _ => None,
    };
    let mut i = 0;
    while i < groups.len() {
        let (s, m) = (size(groups.get(i)), mark(groups.get(i), groups.get(i + 1)));
        let mut j = i + 1;
        while m.is_some() && size(groups.get(j)) == s && mark(groups.get(j - 1), groups.get(j)) == m
        {
            j += 1;
        }
        let n = j - i;
        let bracketed = m.is_some_and(|m| BOX_JOINTS.contains(&m));
        let boxes = bracketed || m.is_some_and(|m| BOX_BARS.contains(&m));
        // A pension number's two groups, four digits and six (`4382_227042`).
        let pension = || {
            n == 1
                && !boxes
                && m != Some(",")
                && m != Some("，")
                && size(groups.get(i + 1)) == Some(6)
                && mark(groups.get(i + 1), groups.get(i + 2)) != m
        };
        let joins = match s {
            Some(4) if pension() => {
                j = i + 2;
                true
            }
            Some(4) => (bracketed || !boxes) && matches!(n, 3..=4),
            // Twelve digits a spreadsheet shows with thousands' commas
            // (`665,352,887,708`): a My Number in a cell formatted as a number.
            Some(3) => matches!(m, Some("," | "，")) && n == 4,
            Some(1) => boxes && matches!(n, 6..=20),
            _ => false,
        };
        if joins {
            for g in groups.get_mut(i + 1..j).unwrap_or(&mut []) {
                g.joined = true;
            }
        }
        i = j;
    }
}

/// Parts a footnote's mark from the value after it (`被保険者番号※1　21201574`), and
/// the number of a public expense from its value (`公1 54271010`, `受給者2 8441396`,
/// `公費3 12270096`).
fn part_footnotes(text: &str, groups: &mut [Group]) {
    for i in 1..groups.len() {
        let mark = groups.get(i - 1).is_some_and(|g| {
            let numbered = g.alnum == 1
                && g.digits == 1
                && matches!(
                    crate::substring::char_before(text, g.start),
                    Some('公' | '受' | '費' | '者')
                )
                && groups.get(i).is_some_and(|n| n.digits >= 6);
            numbered
                || (g.alnum <= 2
                    && matches!(
                        crate::substring::char_before(text, g.start),
                        Some('※' | '*' | '＊')
                    ))
        });
        if let (true, Some(g)) = (mark, groups.get_mut(i)) {
            g.joined = false;
        }
    }
}

/// Ends the run of the groups `cur` (if it has a digit or mask character, or is
/// part of an e-mail address) into `out`.
fn close(text: &str, cur: Option<&[Group]>, out: &mut Vec<Run>) {
    let Some(cur) = cur else { return };
    if !cur.iter().any(Group::valued) {
        return;
    }
    let (Some(first), Some(last)) = (cur.first(), cur.last()) else {
        return;
    };
    let mut run = Run {
        start: first.start,
        end: last.end,
        units: [0; KEEP],
        units_len: 0,
        alnum: 0,
        digits: 0,
        wild: 0,
        first_groups: [0; 3],
        last_group: last.alnum,
        group_count: cur.len(),
        short_groups: 0,
    };
    for (n, g) in cur.iter().enumerate() {
        run.alnum += g.alnum;
        run.digits += g.digits;
        run.wild += g.wild;
        if let Some(slot) = run.first_groups.get_mut(n) {
            *slot = g.alnum;
        }
        if g.alnum <= 2 {
            run.short_groups += 1;
        }
        for c in crate::substring::slice(text, g.start, g.end).chars() {
            if run.units_len == KEEP {
                break;
            }
            if let Some(Unit::Digit(u) | Unit::Letter(u, _)) = unit(c) {
                if let Some(slot) = run.units.get_mut(run.units_len) {
                    *slot = u;
                    run.units_len += 1;
                }
            }
        }
    }
    out.push(run);
}

/// Counters and units written right after a number (`2025年`, `3錠`, `12,800円`).
pub(crate) fn is_unit(c: char) -> bool {
    matches!(
        c,
        '円' | '錠'
            | '日'
            | '月'
            | '年'
            | '時'
            | '分'
            | '秒'
            | '歳'
            | '才'
            | '回'
            | '件'
            | '個'
            | '枚'
            | '本'
            | '包'
            | '階'
            | '人'
            | '名'
            | '点'
            | '箱'
            | '袋'
            | '便'
            | '%'
            | '％'
            | '万'
            | '千'
            | '倍'
            | '週'
            | '通'
            | 'つ'
            | '冊'
            | '台'
            | '度'
            | '粒'
            | '滴'
            | '桁'
            | '㎎'
            | '㎖'
            | '㎏'
            | '㎝'
            | '㎜'
            | '㎡'
    )
}

/// Whether the first character of `rest` that is no letter, digit or mask character
/// is a counter or unit ([`is_unit`]): `rest` starts with a group.
fn unit_after(rest: &str) -> bool {
    // Plain ASCII first, without decoding.
    let ascii = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'*')
        .count();
    crate::substring::slice(rest, ascii, rest.len())
        .chars()
        .find(|&c| unit(c).is_none())
        .is_some_and(is_unit)
}

/// The fewest digits and letters of a number [`date_after`] parts a date from.
const VALUE_LEN: usize = 6;

/// Whether a date or a time starts at byte `i` of `bytes` (one or two digits, a
/// `/` or `:`, a digit: `12/28`, `10:30`) after a number of a value's length, the
/// groups `before`, that a space joins it to: the date is no part of the number
/// (`4980 0000 0000 0004 12/28`, `1234567 10:30`). A year or a day before a time
/// is one with it (`November 8, 2024 4:12 PM`).
fn date_after(bytes: &[u8], i: usize, before: &[Group]) -> bool {
    let rest = bytes.get(i..).unwrap_or(&[]);
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut len = 0;
    for g in before.iter().rev() {
        // A mask character counts as the letter or digit it hid.
        len += g.alnum + g.wild;
        if !g.joined {
            break;
        }
    }
    matches!(digits, 1..=2)
        && matches!(rest.get(digits), Some(b'/' | b':'))
        && rest.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && len >= VALUE_LEN
}

/// Whether the character encoded `b0 b1 b2` (lead byte E3–E9: U+3000–U+9FFF) is a
/// kana, kanji or CJK punctuation other than U+3000 and ー: never part of a run, nor
/// a joint.
pub(super) fn inert_bytes(b0: u8, b1: u8, b2: u8) -> bool {
    // U+3000 IDEOGRAPHIC SPACE (E3 80 80) joins groups; ー (E3 83 BC) is a dash.
    !(b0 == 0xE3 && matches!((b1, b2), (0x80, 0x80) | (0x83, 0xBC)))
}

/// The groups of `text[start..end]` into `out` (cleared first), each marked joined
/// when only a joint stands between it and the group before.
fn find_groups(text: &str, start: usize, end: usize, out: &mut Vec<Group>) {
    out.clear();
    let Some(line) = text.get(start..end) else {
        return;
    };
    // Whether the last group is still open, and the joint after it.
    let mut open = false;
    let mut joint: Option<Joint> = None;
    let bytes = line.as_bytes();
    // Whether group `g` ends its number though a space joins the group at byte
    // `at` of the line to it: a time's minutes (`18:02 4354 8957`), a date's day
    // (`3/15 4325-7433-7460-1926`), or a value's
    // whole number before an amount (`843171005679　4,492,000円`).
    let ends_before_space = |g: &Group, at: usize| {
        (g.digits == 2 && g.alnum == 2 && minutes_at(bytes, g.start - start))
            || (g.digits == g.alnum && day_at(bytes, g.start - start, g.end - start))
            || (g.alnum >= 4 && amount_at(bytes, at))
    };
    let mut i = 0;
    while i < bytes.len() {
        // Kana and kanji ([`inert_bytes`]) end what stands before them;
        // many end it as one does, so they are passed over without decoding.
        if let Some(&[b0 @ 0xE3..=0xE9, b1, b2]) = bytes.get(i..i + 3) {
            if inert_bytes(b0, b1, b2) {
                open = false;
                joint = None;
                i += 3;
                while let Some(&[b0 @ 0xE3..=0xE9, b1, b2]) = bytes.get(i..i + 3) {
                    if !inert_bytes(b0, b1, b2) {
                        break;
                    }
                    i += 3;
                }
                continue;
            }
        }
        let Some((c, next)) = char_at(bytes, i) else {
            break;
        };
        let at = start + i;
        // An invisible character parts nothing.
        if is_invisible(c) {
            i = next;
            continue;
        }
        if let Some(u) = unit(c) {
            if !open {
                // A group right before a unit (`2025年`, `3錠`) is a quantity, joined to
                // nothing before it (asked only when a joint stands before it).
                let before = bytes.get(..i).unwrap_or(&[]);
                out.push(Group {
                    start: at,
                    end: at,
                    alnum: 0,
                    digits: 0,
                    wild: 0,
                    upper: true,
                    joined: joint.is_some_and(|j| j.spaces == 0 || !date_after(bytes, i, out))
                        && !unit_after(crate::substring::slice(line, i, line.len()))
                        && !(joint.is_some_and(|j| j.spaces > 0)
                            && out.last().is_some_and(|g| ends_before_space(g, i))),
                    mail: before.ends_with(b"@") || before.ends_with("＠".as_bytes()),
                });
            }
            let mut j = next;
            if let Some(g) = out.last_mut() {
                match u {
                    Unit::Digit(_) => {
                        g.alnum += 1;
                        g.digits += 1;
                        g.upper = false;
                    }
                    Unit::Letter(_, upper) => {
                        g.alnum += 1;
                        g.upper &= upper;
                    }
                    Unit::Wild => {
                        g.wild += 1;
                        g.upper = false;
                    }
                }
                // The rest of the group in plain ASCII, in one go.
                while let Some(&b) = bytes.get(j) {
                    match b {
                        b'0'..=b'9' => {
                            g.alnum += 1;
                            g.digits += 1;
                            g.upper = false;
                        }
                        b'A'..=b'Z' => g.alnum += 1,
                        b'a'..=b'z' => {
                            g.alnum += 1;
                            g.upper = false;
                        }
                        b'*' => {
                            g.wild += 1;
                            g.upper = false;
                        }
                        _ => break,
                    }
                    j += 1;
                }
                g.end = start + j;
                // A key (`futansha1=`, `kouhi1:`, `KOHI1-FTN=`) starts a run of its
                // own: it is no part of the value before it (`bango=1042279
                // kouhi1=88032099`, `EDA=01 KOHI1-FTN=…`).
                let key_goes_on = matches!(bytes.get(j), Some(b'-' | b'_'))
                    && bytes.get(j + 1).is_some_and(u8::is_ascii_alphabetic);
                if g.alnum > g.digits && (matches!(bytes.get(j), Some(b'=' | b':')) || key_goes_on)
                {
                    g.joined = false;
                }
            }
            open = true;
            joint = None;
            i = j;
            continue;
        }
        i = next;
        if open && matches!(c, '@' | '＠') {
            // An address's local part: a value of its own, never the end of a
            // number before it (`9018.taro@…`).
            if let Some(g) = out.last_mut() {
                g.mail = true;
                g.joined &= g.numeric();
            }
        }
        // A tab is a table's delimiter, never inside a value.
        let s = if is_space(c) && c != '\t' {
            Some(Sep::Space)
        } else {
            sep(c)
        };
        match s {
            Some(s) if open || joint.is_some() => {
                let mut j = joint.unwrap_or_default();
                joint = j.takes(s).then_some(j);
                if joint.is_none() {
                    // Too much between: the next group starts a new run.
                    open = false;
                    joint = None;
                    continue;
                }
            }
            _ => joint = None,
        }
        open = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        runs(text, 0, text.len())
            .iter()
            .map(|r| &text[r.start..r.end])
            .collect()
    }

    #[test]
    fn separators_as_people_type_them() {
        assert_eq!(
            spans("番号 6736 - 1210 - 4403 です"),
            ["6736 - 1210 - 4403"]
        );
        assert_eq!(spans("８６４４　－　７６２０"), ["８６４４　－　７６２０"]);
        assert_eq!(spans("8083  8045  0248"), ["8083  8045  0248"]);
        assert_eq!(spans("1234.5678.9012"), ["1234.5678.9012"]);
        assert_eq!(spans("1 2 3 4 5 6 7"), ["1 2 3 4 5 6 7"]);
        assert_eq!(spans("12３4-５678"), ["12３4-５678"]);
        // Between kana and kanji (passed over whole) the joints still join.
        assert_eq!(spans("口座は1234ー5678です"), ["1234ー5678"]);
        assert_eq!(spans("記号　12　34　番号"), ["12　34"]);
    }

    #[test]
    fn what_breaks_a_run() {
        assert_eq!(spans("1234567、7654321"), ["1234567", "7654321"]);
        assert_eq!(
            spans("12:30 と 2026/11/25"),
            ["12", "30", "2026", "11", "25"]
        );
        assert_eq!(spans("1234    5678"), ["1234", "5678"]);
        assert_eq!(spans("1234 -- 5678"), ["1234", "5678"]);
        assert_eq!(spans("4018214 2025年4月"), ["4018214", "2025", "4"]);
        assert_eq!(spans("お問い合わせです"), Vec::<&str>::new());
    }

    #[test]
    fn counts_units_and_groups() {
        let r = &runs("TK 1234567", 0, 10)[0];
        assert_eq!((r.alnum, r.digits, r.first_groups()), (9, 7, &[2, 7][..]));
        assert_eq!(
            (r.last_group(), r.group_count(), r.short_groups()),
            (7, 2, 1)
        );
        assert_eq!(r.units(), b"TK1234567");
        let r = &runs("1 2 3 4 5", 0, 9)[0];
        assert_eq!(
            (r.first_groups(), r.last_group(), r.group_count()),
            (&[1, 1, 1][..], 1, 5)
        );
    }

    #[test]
    fn words_are_no_numbers() {
        assert_eq!(spans("Tanaka Taro 1234567"), ["1234567"]);
        assert_eq!(spans("TEL 03-1234-5678"), ["03-1234-5678"]);
        assert_eq!(spans("No 1234567"), ["1234567"]);
        assert_eq!(spans("MN 4880 744o 1727"), ["4880 744o 1727"]);
        assert_eq!(spans("ＮＯ．０１１３００１２"), ["０１１３００１２"]);
        assert_eq!(spans("TK 1234567"), ["TK 1234567"]);
        assert_eq!(spans("AB12345678 CD"), ["AB12345678 CD"]);
        assert_eq!(spans("No1234567"), ["No1234567"]);
        assert_eq!(spans("hello world"), Vec::<&str>::new());
    }

    #[test]
    fn an_address_is_a_value_written_or_masked() {
        assert_eq!(spans("返信は taro@example.jp まで"), ["taro", "example"]);
        assert_eq!(spans("返信は ****@*******.** まで"), ["****", "*******.**"]);
        assert_eq!(spans("a.b＠x.co"), ["b", "x"]);
    }
}
