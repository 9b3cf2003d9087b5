//! The shapes of numbers that are no values (dates, amounts, quantities, versions,
//! parts of e-mail addresses), and the cheap tests on a line's characters.

use super::hotwords::{Evidence, Kind8};
use super::runs::{self, Run};
use super::Pass;

/// The signs of an amount or a postal code written before a number (`¥12,800`,
/// `〒150-0001`), and of a ticket's or an issue's (`#5823`).
const SIGNS: [char; 7] = ['¥', '￥', '$', '＄', '〒', '#', '＃'];

impl Pass<'_> {
    /// Whether line `li` or the one above may name a card's component, or the
    /// table column that byte `at` of line `li` stands in does, or names the card's
    /// number (`被保険者番号` over `830`; a Markdown table's header is two lines up,
    /// over its `|---|` row): a cheap test before a short number is weighed.
    pub(super) fn near_component_word(&mut self, li: usize, at: usize) -> bool {
        self.line(li).names_component()
            || li
                .checked_sub(1)
                .is_some_and(|above| self.line(above).names_component())
            || self.column_says(li, at, Evidence::Component)
            || self.column_says(li, at, Evidence::Kind(Kind8::Insured))
    }

    /// Whether `run` is part of something else: an e-mail address or identifier
    /// (`_`, `@`), a date, time or fraction (`2026/11/25`, `10:30`, `08/27`).
    pub(super) fn glued(&self, run: &Run) -> bool {
        // Four characters before it, back from it, and four after it.
        let mut back = crate::substring::slice(self.text, 0, run.start)
            .chars()
            .rev();
        let (p, q, r, s) = (back.next(), back.next(), back.next(), back.next());
        let after = crate::substring::slice(self.text, run.end, self.text.len());
        let mut next = after.chars();
        let (a, b) = (next.next(), next.next());
        // A mask character stands for the digit it hid: `0:1` and its masked `*:1`
        // read alike.
        let digit = |c: Option<char>| {
            c.is_some_and(|c| {
                c.is_ascii_digit() || matches!(c, '０'..='９') || matches!(c, '*' | '＊' | '●')
            })
        };
        let ahead_sign = |c: Option<char>| matches!(c, Some('/' | '／' | ':' | '：'));
        // An underscore glues within an identifier (`id_2041`, `2041_a`) and a file
        // name's date (`保険証登録_20240923.xlsx`), not after a label in Japanese
        // (`年金番号_4382_227042_です`). A mask character stands for what it hid
        // (`12_t6` masked is `**_t6`).
        let word = |c: Option<char>| {
            c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '*' | '＊' | '●'))
        };
        let underscore = (p == Some('_') && word(q)) || (a == Some('_') && word(b));
        if matches!(p, Some('@' | '＠'))
            || matches!(a, Some('@' | '＠'))
            || underscore
            || ((p == Some('_') || a == Some('_')) && date_like(run, true))
        {
            return true;
        }
        // A page: `P.20`, `p.3`.
        if matches!(p, Some('.' | '．')) && matches!(q, Some('P' | 'p' | 'Ｐ' | 'ｐ')) {
            return true;
        }
        // A date or time has short parts next to its signs (`2026/11/25`, `4:12`);
        // `51266351／2026060` is two values.
        // A sign between two parts of three digits or more is none of these: a
        // card's components (`3709／617`).
        let short = |g: usize| run.alnum <= 4 || g <= 2;
        let (c, d) = (next.next(), next.next());
        let g = run.last_group();
        if ahead_sign(a) && digit(b) && short(g) && (g <= 2 || !(digit(c) && digit(d))) {
            return true;
        }
        let g = run.first_groups().first().copied().unwrap_or(0);
        // Before the sign, a part of three: digits, or a 記号's letters and kana,
        // which its mask reads as digits (`ナz２:８９６` masked is `＊*＊:８９６`).
        let part = |c: Option<char>| {
            digit(c)
                || c.is_some_and(|c| {
                    c.is_ascii_alphabetic()
                        || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '\u{30A1}'..='\u{30FA}' | '\u{FF66}'..='\u{FF9D}')
                })
        };
        ahead_sign(p) && digit(q) && short(g) && (g <= 2 || !(part(r) && part(s)))
    }

    /// Amounts and quantities: a unit after the number (`3錠`, `5桁`, `60mg`) or a
    /// currency sign before it.
    pub(super) fn quantity(&self, run: &Run) -> bool {
        let rest = crate::substring::slice(self.text, run.end, self.text.len());
        let after = crate::substring::trim_start_by(rest, |c| matches!(c, ' ' | '\u{3000}'));
        // Past two spaces stands the next cell of a row (`00   本人`), no unit.
        let after = if rest.as_bytes().starts_with(b"  ") {
            ""
        } else {
            after
        };
        // A length in English too (`12 digits`).
        let digits = after
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("digit"));
        // `名` counts people, but starts a word of its own (`366 名義オオノ`: the
        // account's holder).
        let name = ["名義", "名前", "名字", "名称"]
            .iter()
            .any(|w| after.as_bytes().starts_with(w.as_bytes()));
        if digits || (crate::substring::char_at(after, 0).is_some_and(runs::is_unit) && !name) {
            return true;
        }
        let before = crate::substring::slice(self.text, 0, run.start);
        crate::substring::ends_with_any(
            crate::substring::trim_end_by(before, |c| matches!(c, ' ' | '\u{3000}')),
            &SIGNS,
        )
    }

    /// Whether `run` is a group of an amount written with thousands commas, outside
    /// a table whose cells commas part: its last group of one to three digits right
    /// before `,` and three digits (`612` of `612,330`), or its first of three right
    /// after a digit and `,` (`330` of `612,330`, `836` of `1,836,990`). A count
    /// table's `1,836,990` under a row named 社保本人 is no card's number.
    fn thousands(&self, run: &Run) -> bool {
        if self.table.as_ref().is_some_and(|t| t.delimiter == ',') {
            return false;
        }
        let b = self.text.as_bytes();
        let three_after = |at: usize| {
            b.get(at) == Some(&b',')
                && b.get(at + 1..at + 4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !b.get(at + 4).is_some_and(u8::is_ascii_digit)
        };
        let digits_back = |at: usize| {
            b.get(..at).map_or(0, |h| {
                h.iter().rev().take_while(|c| c.is_ascii_digit()).count()
            })
        };
        let head = matches!(digits_back(run.end), 1..=3) && three_after(run.end);
        // (A digit masked is one too: the masked output's `***,851` reads as its
        // text's `347,851` did.)
        let tail = run.start >= 2
            && b.get(run.start - 2)
                .is_some_and(|&c| c.is_ascii_digit() || c == b'*')
            && three_after(run.start - 1);
        head || tail
    }

    /// Numbers that no label makes values: a postal code or an amount (`〒150-0001`,
    /// `¥12,800`, `3,000円`), a year or an age (`保険証（2025年3月から）`, `82歳`), a
    /// room (`1506号室`), a dose or size (`60mg`, `２.５ｇ`).
    pub(super) fn never_a_value(&self, run: &Run) -> bool {
        if crate::substring::char_before(self.text, run.start).is_some_and(|c| SIGNS.contains(&c)) {
            return true;
        }
        // A timestamp (`2026-04-17T09:12:44`).
        let b = crate::substring::slice(self.text, run.start, run.end).as_bytes();
        if b.len() > 10
            && matches!(b.get(4), Some(b'-'))
            && matches!(b.get(7), Some(b'-'))
            && matches!(b.get(10), Some(b'T'))
        {
            return true;
        }
        // Or its day and hour, the run its date's dashes cut (`05T11` of
        // `2025-12-05T11:02:13`).
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        if b.len() == 5
            && b.get(2) == Some(&b'T')
            && [0, 1, 3, 4].iter().all(|&i| digit(i))
            && self.text.as_bytes().get(run.end) == Some(&b':')
        {
            return true;
        }
        if self.thousands(run)
            || stamp(run)
            || hex_number(b)
            || ipv4(b)
            || decimal(b)
            || airline_date(b)
        {
            return true;
        }
        let after = crate::substring::slice(self.text, run.end, self.text.len());
        if crate::substring::starts_with_any(after, &['円', '圓', '年', '歳'])
            || after.starts_with("号室")
        {
            return true;
        }
        // A key of a log line (`jukyusha1=1299171`, `kouhi2: …`), or a part of a
        // key's dotted path (`PublicExpense1.PayerNo: …`).
        let dotted = || {
            let a = after.as_bytes();
            a.first() == Some(&b'.') && a.get(1).is_some_and(u8::is_ascii_alphabetic)
        };
        if b.first().is_some_and(u8::is_ascii_alphabetic)
            && (crate::substring::starts_with_any(after, &['=', ':']) || dotted())
        {
            return true;
        }
        // Its last three characters, folded (`６０ｍｇ` → `0mg`), in a small buffer.
        let value = crate::substring::slice(self.text, run.start, run.end);
        let mut tail = [0u8; 3];
        let mut n = 0;
        for c in value.chars().rev() {
            if n == 3 {
                break;
            }
            let c = crate::redact::chars::fold(c);
            n += 1;
            if let Some(slot) = tail.get_mut(3 - n) {
                *slot = if c.is_ascii() { c as u8 } else { 0 };
            }
        }
        let tail = tail.get(3 - n..).unwrap_or(&[]);
        let letters = run
            .units()
            .iter()
            .filter(|u| u.is_ascii_alphabetic())
            .count();
        // A capital G is no gram but a misread 6 (`23225G`).
        ["mg", "ml", "kg", "cm", "mm", "g", "kb", "mb", "gb"]
            .iter()
            .any(|u| {
                tail.ends_with(u.as_bytes())
                    && tail.len() > u.len()
                    && letters == u.len()
                    && (u.len() > 1 || !value.ends_with("G"))
            })
    }

    /// Amounts, quantities, versions and (with `dates`) dates: numbers that only a
    /// label close by makes values.
    pub(super) fn not_a_value(&self, run: &Run, dates: bool) -> bool {
        if self.quantity(run) || self.never_a_value(run) {
            return true;
        }
        let value = crate::substring::slice(self.text, run.start, run.end);
        if run.group_count() >= 3
            && crate::substring::any_char(value, |c| matches!(c, '.' | '．'))
            && run.short_groups() >= 2
        {
            // 17.4.1, 2.8.1: a version.
            return true;
        }
        // A ticket's or a record's key (`OPS-3318`, `INC-2291`, `RF-000395`): two to
        // five capitals, a hyphen, and at most six digits.
        let b = value.as_bytes();
        let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
        if matches!(caps, 2..=5)
            && b.get(caps) == Some(&b'-')
            && b.get(caps + 1..)
                .is_some_and(|d| matches!(d.len(), 1..=6) && d.iter().all(u8::is_ascii_digit))
        {
            return true;
        }
        // An amount with thousands' commas (`612,330`, `1,836,990`): not twelve
        // digits in four groups, a spreadsheet's My Number (`665,352,887,708`).
        if !b.is_empty()
            && b.len() == crate::redact::chars::amount_len(b)
            && !(run.digits == 12 && run.group_count() == 4)
        {
            return true;
        }
        let after = crate::substring::slice(self.text, run.end, self.text.len()).as_bytes();
        if ["mg", "ml", "kg", "cm", "mm", "yen", "kb", "mb", "gb"]
            .iter()
            .any(|u| {
                after
                    .get(..u.len())
                    .is_some_and(|a| a.eq_ignore_ascii_case(u.as_bytes()))
            })
        {
            return true;
        }
        date_like(run, dates)
    }

    /// Whether what `run` has after the finding that ends in it at `end` is a year
    /// (four ASCII digits) that starts a date right after the run (`TH2095464
    /// 2030/07/31`, a passport and its expiry): a number of its own, not the rest of
    /// the value.
    pub(super) fn year_after(&self, run: &Run, end: usize) -> bool {
        let rest = crate::substring::trim_start(crate::substring::slice(self.text, end, run.end));
        rest.len() == 4
            && rest.bytes().all(|b| b.is_ascii_digit())
            && matches!(self.text.as_bytes().get(run.end), Some(b'/' | b'-' | b'.'))
    }

    /// How many bytes the `+` or `＋` right before byte `at` has (an international
    /// number's), or 0.
    pub(super) fn plus_before(&self, at: usize) -> usize {
        crate::redact::contact::plus_before(self.text, at)
    }

    /// Whether `run` is a valid Japanese phone number, grouped as one is written if
    /// it is grouped: its first group (the area's code) has five digits at most and
    /// its last three or four (`0392-538607` is a pension's number, 4-6; `0522554
    /// 126` an account and its branch, 7-3).
    pub(super) fn is_phone(&self, run: &Run) -> bool {
        run.is_digits_from_zero()
            && (run.group_count() < 2
                || (matches!(run.last_group(), 3 | 4)
                    && run.first_groups().first().is_some_and(|&n| n <= 5)))
            && crate::redact::contact::phone_digits(run.units())
    }
}

/// Whether `b`, a run as written, is a date as airlines and their reservation
/// systems write one: the day, the month's three letters, the year's last two
/// digits or all four (`14AUG29`, `02JAN2033`), a passport's expiry beside it.
fn airline_date(b: &[u8]) -> bool {
    const MONTHS: [&[u8; 3]; 12] = [
        b"JAN", b"FEB", b"MAR", b"APR", b"MAY", b"JUN", b"JUL", b"AUG", b"SEP", b"OCT", b"NOV",
        b"DEC",
    ];
    match b {
        [d0, d1, m0, m1, m2, year @ ..] if matches!(year.len(), 2 | 4) => {
            d0.is_ascii_digit()
                && d1.is_ascii_digit()
                && year.iter().all(u8::is_ascii_digit)
                && MONTHS
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(&[*m0, *m1, *m2]))
        }
        _ => false,
    }
}

/// Whether `b`, a run as written, is a number in hexadecimal: after `0x`
/// (`0x0000000104a1c2f8`, an address in a crash log), or eight or more hex digits
/// and hyphens where letters and digits take turns four times or more
/// (`78bddfcbd375d8ac`, a hash or a serial), six when no letter is lower-case. A
/// value's letters stand at its ends (`ab12345678cd`), not among its digits, and a
/// value OCR read twice turns four times (`AA72445909BCAA72445909BC`).
fn hex_number(b: &[u8]) -> bool {
    if let [b'0', b'x' | b'X', rest @ ..] = b {
        return !rest.is_empty() && rest.iter().all(u8::is_ascii_hexdigit);
    }
    if b.len() < 8 || !b.iter().all(|c| c.is_ascii_hexdigit() || *c == b'-') {
        return false;
    }
    let mut turns = 0;
    let mut last = None;
    for &c in b.iter().filter(|c| **c != b'-') {
        let letter = c.is_ascii_alphabetic();
        if last.is_some_and(|l| l != letter) {
            turns += 1;
        }
        last = Some(letter);
    }
    let lower = b.iter().any(u8::is_ascii_lowercase);
    turns >= if lower { 4 } else { 6 }
}

/// Whether `b`, a run as written, is an IPv4 address: four numbers of 0–255
/// parted by dots (`10.242.222.190`, an access log's client).
fn ipv4(b: &[u8]) -> bool {
    let mut parts = 0;
    for part in b.split(|&c| c == b'.') {
        if !matches!(part.len(), 1..=3) {
            return false;
        }
        let number = part.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        });
        if number.is_none_or(|n| n > 255) {
            return false;
        }
        parts += 1;
    }
    parts == 4
}

/// `2026-11-25`, `2026.11.25`, and with `compact` `20261125`: a year of 1950–2039
/// with a month and day.
pub(super) fn date_like(run: &Run, compact: bool) -> bool {
    let u = run.units();
    if run.digits != run.alnum {
        return false;
    }
    // The digits `from..to` as a number (none past the units kept: 0).
    let num = |from: usize, to: usize| {
        u.get(from..to)
            .unwrap_or(&[])
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    // Years people write in these texts: 1950–2039 (an account number such as
    // 20580607 is no date).
    let year = || u.len() >= 4 && matches!(num(0, 4), 1950..=2039);
    let md = |m: u32, d: u32| matches!(m, 1..=12) && matches!(d, 1..=31);
    match run.first_groups() {
        [4, m @ 1..=2, d @ 1..=2, ..] => year() && md(num(4, 4 + m), num(4 + m, 4 + m + d)),
        [8] => compact && year() && md(num(4, 6), num(6, 8)),
        // `2027-01`: a year and a month.
        [4, m @ 1..=2] if run.group_count() == 2 => year() && matches!(num(4, 4 + m), 1..=12),
        _ => false,
    }
}

/// A number with a decimal point: eight digits or more, a `.`, and one to three
/// more (`1712718001.552`, a log's time in seconds): a measure, not a value.
fn decimal(b: &[u8]) -> bool {
    let Some(dot) = b.iter().position(|&c| c == b'.') else {
        return false;
    };
    let (int, frac) = (b.get(..dot).unwrap_or(&[]), b.get(dot + 1..).unwrap_or(&[]));
    int.len() >= 8
        && (1..=3).contains(&frac.len())
        && int.iter().chain(frac).all(u8::is_ascii_digit)
}

/// A date and a time written as one number, a batch's or a file's stamp
/// (`20250116-0941`, `20250116_094107`): no value, whatever label is near.
fn stamp(run: &Run) -> bool {
    run.plain_digits()
        && run.group_count() == 2
        && matches!(run.first_groups(), [8, 4 | 6])
        && crate::redact::health::date_and_time(run.units())
}

/// Kanji or katakana, full or half width, as written: what a 記号 may hold
/// besides digits (`市川`, `ｱ`). Hiragana starts a sentence instead (a 記号 in
/// hiragana, `な-4`, is taken only with its hyphen).
pub(super) fn symbol_char(c: char) -> bool {
    matches!(
        c,
        '\u{3005}'
            | '\u{30A1}'..='\u{30FA}'
            | '\u{FF66}'..='\u{FF9D}'
            | '\u{3400}'..='\u{9FFF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Whether `line` may hold a word for a component of an insurance card (記号, 番号,
/// 枝番 in any writing).
pub(super) fn names_component(line: &str) -> bool {
    holds(line, &COMPONENT)
}

/// Whether `line` may hold a word for an insurance card's 記号 (記号, きごう, ｷｺﾞｳ,
/// kigo, symbol): a cheap test before the line is folded.
pub(super) fn may_name_symbol(line: &str) -> bool {
    holds(line, &SYMBOL)
}

/// What a word may show of itself: characters that start or mark it in one of its
/// writings, and ASCII words (any case).
type Marks = (&'static [char], &'static [&'static [u8]]);

/// A 記号's words: 記号 (记号 in Chinese, 기호 in Korean), きごう, ｷｺﾞｳ, kigo, symbol.
const SYMBOL_MARKS: Marks = (
    &['記', '记', '기', 'キ', 'き', 'ｷ', 'ｋ', 'Ｋ', 'ｓ', 'Ｓ'],
    &[b"kigo", b"symb"],
);
/// The words of a card's 番号 and 枝番 (`branch` in English).
const NUMBER_MARKS: Marks = (
    &['番', '枝', 'バ', 'ば', 'ﾊ', 'エ', 'え', 'ｴ'],
    &[b"bang", b"numb", b"eda", b"branch"],
);

/// What [`may_name_symbol`] looks for.
const SYMBOL: Needles = Needles::new(&[SYMBOL_MARKS]);
/// What [`names_component`] looks for: a 記号's words, and those of 番号 and 枝番.
const COMPONENT: Needles = Needles::new(&[SYMBOL_MARKS, NUMBER_MARKS]);

/// Up to 18 characters of three UTF-8 bytes to look for, which bytes their last
/// byte may be (a cheap first test) as bits, and up to 8 ASCII words.
struct Needles {
    chars: [[u8; 3]; 18],
    len: usize,
    last: [u32; 8],
    words: [&'static [u8]; 8],
    words_len: usize,
}

impl Needles {
    /// The needles for the marks of `lists` (characters U+0800–U+FFFF; the first
    /// 18 characters and 8 words).
    const fn new(lists: &[Marks]) -> Self {
        let mut out = Needles {
            chars: [[0; 3]; 18],
            len: 0,
            last: [0; 8],
            words: [&[]; 8],
            words_len: 0,
        };
        let mut l = 0;
        while l < lists.len() {
            let (chars, words) = lists[l];
            let mut i = 0;
            while i < chars.len() && out.len < 18 {
                let u = chars[i] as u32;
                let bytes = [
                    0xE0 | (u >> 12) as u8,
                    0x80 | ((u >> 6) & 0x3F) as u8,
                    0x80 | (u & 0x3F) as u8,
                ];
                out.chars[out.len] = bytes;
                out.last[(bytes[2] >> 5) as usize] |= 1 << (bytes[2] & 31);
                out.len += 1;
                i += 1;
            }
            let mut w = 0;
            while w < words.len() && out.words_len < 8 {
                out.words[out.words_len] = words[w];
                out.words_len += 1;
                w += 1;
            }
            l += 1;
        }
        out
    }

    /// Whether `three` is one of the characters.
    fn holds(&self, three: &[u8]) -> bool {
        let Some(&l) = three.get(2) else { return false };
        self.last
            .get(usize::from(l >> 5))
            .is_some_and(|bits| bits & (1 << (l & 31)) != 0)
            && self
                .chars
                .get(..self.len)
                .unwrap_or(&[])
                .iter()
                .any(|c| c == three)
    }

    /// Whether `rest` starts with one of the words (any case).
    fn starts(&self, rest: &[u8]) -> bool {
        self.words
            .get(..self.words_len)
            .unwrap_or(&[])
            .iter()
            .any(|w| {
                rest.get(..w.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(w))
            })
    }
}

/// Whether `line` holds one of the characters or words of `needles`: one pass over
/// its bytes.
fn holds(line: &str, needles: &Needles) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        if b >= 0xE0 {
            needles.holds(bytes.get(i..i + 3).unwrap_or(&[]))
        } else {
            b.is_ascii_alphabetic() && needles.starts(bytes.get(i..).unwrap_or(&[]))
        }
    })
}

/// Whether `c` is a bracket or space (what may stand around a value alone on its
/// line).
pub(super) fn is_space_or_bracket(c: char) -> bool {
    crate::substring::is_whitespace(c)
        || matches!(
            c,
            '(' | ')' | '（' | '）' | '【' | '】' | '「' | '」' | '[' | ']'
        )
}

/// Kanji or katakana (folded text has no hiragana).
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{30A1}'..='\u{30FA}' | '\u{3400}'..='\u{9FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_component_word_in_any_writing_is_seen() {
        for line in [
            "記号 12",
            "ｷｺﾞｳ",
            "きごう",
            "KIGO 12",
            "Symbol",
            "ｋ",
            "Ｓ",
            "番号",
            "枝番",
            "えだばん",
            "ｴﾀﾞﾊﾞﾝ",
            "Bango",
            "NUMBER",
            "eda 01",
        ] {
            assert!(names_component(line), "{line}");
        }
        for line in ["記号 12", "きごう", "ｷｺﾞｳ", "kigo", "SYMB", "ｓ"] {
            assert!(may_name_symbol(line), "{line}");
        }
        // Characters that share a last byte with a needle (番 E7 95 AA, 畫 E7 95 AB)
        // and words cut short are not taken.
        for line in ["口座 1234", "電話", "畫", "kig", "ban", "ed", ""] {
            assert!(!names_component(line), "{line}");
        }
        assert!(!may_name_symbol("番号 12"));
    }
}
