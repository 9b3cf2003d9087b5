//! Digits spoken and typed as kana: a number dictated to a phone's voice input
//! (`マイナンバーを送ります きゅうろくはちろく よんろくろくご …`) or spelled out in
//! a chat (`口座番号は ナナヨンマルナナヨンサンロク`) is the same number to whoever
//! reads it.
//!
//! Such a text is read with each word as its digit in full width, the word's other
//! kana as ideographic spaces (`ろく` → `６　`): a reading with the same offsets
//! ([`crate::redact::reading`]), in which the digits of a run read as one spaced
//! number, as OCR spaces them. What is found there is found in the text, widened
//! over the kana of its last word.
//!
//! A word is short and common (`に`, `し`, `ご` are particles and prefixes too), so
//! only two or more in a run are digits, one of them of two kana at least, and not
//! when kana that would go on with a word follow (`いちごを`, `しごとで`). Whether a
//! run is sensitive is for the reading to decide, as for any number: a label, or a
//! check digit. The reading is made only where the scanner saw a run near a label
//! ([`near`]), or for a text without a written digit.

use crate::prelude::*;
use crate::redact::chars::{is_hiragana, is_kana_or_kanji, is_space};
use crate::redact::{kanji_digits, reading};

/// Kana that may follow a number without going on with a word: the particles and
/// the copula people put after one (`…です`, `…の`, `…と`).
const AFTER: [char; 10] = ['で', 'の', 'と', 'は', 'ね', 'よ', 'が', 'か', 'っ', 'や'];

/// The kana at byte `at` of `bytes`, katakana folded to hiragana (the long-vowel
/// mark ー stays itself).
fn kana(bytes: &[u8], at: usize) -> Option<char> {
    let Some(&[0xE3, b1 @ 0x81..=0x83, b2]) = bytes.get(at..at + 3) else {
        return None;
    };
    let c = 0x3000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
    // Katakana ァ–ヶ stand 0x60 above their hiragana.
    char::from_u32(if matches!(c, 0x30A1..=0x30F6) {
        c - 0x60
    } else {
        c
    })
}

/// The digit spoken by the word at byte `at` of `bytes`, and the word's length in
/// bytes (a long-vowel mark after it is part of it: `ニー`, `ゴー`).
///
/// The digits as counted aloud, as a phone's dictation or a person writes them, in
/// hiragana (katakana is folded to it): ぜろ, れい, まる (0), いち, に, さん, よん,
/// し (4), ご, ろく, なな, しち (7), はち, きゅう, く (9); and the English words in
/// katakana, ワン, ツー, スリー, フォー, ファイブ, シックス, セブン, エイト, ナイン.
fn word(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    // Kana first, most of what is asked: neither misheard nor written.
    if !matches!(bytes.get(at..at + 2), Some(&[0xE3, 0x81..=0x83])) {
        if bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            return english(bytes, at);
        }
        if let Some(found) = misheard(bytes, at) {
            return Some(found);
        }
        return if lead_of_written(bytes, at) {
            written_alone(bytes, at)
        } else {
            None
        };
    }
    let next = |n: usize| kana(bytes, at + 3 * n);
    // The English words in katakana (`スリー ファイブ`) and the letters' names
    // (`ピー ユー`), as a transcript writes them: in katakana only (`すり`, `わん` in
    // hiragana are words of their own).
    if let Some((value, len)) = katakana_word(bytes.get(at..).unwrap_or(&[])) {
        let long = kana(bytes, at + len) == Some('ー');
        return Some((u32::from(value), len + 3 * usize::from(long)));
    }
    let (digit, chars) = match kana(bytes, at)? {
        'き' if next(1) == Some('ゅ') && matches!(next(2), Some('う' | 'ー')) => (9, 3),
        'ぜ' if next(1) == Some('ろ') => (0, 2),
        'れ' if next(1) == Some('い') => (0, 2),
        'ま' if next(1) == Some('る') => (0, 2),
        'い' if next(1) == Some('ち') => (1, 2),
        'さ' if next(1) == Some('ん') => (3, 2),
        'よ' if next(1) == Some('ん') => (4, 2),
        'ろ' if next(1) == Some('く') => (6, 2),
        'な' if next(1) == Some('な') => (7, 2),
        'し' if next(1) == Some('ち') => (7, 2),
        'は' if next(1) == Some('ち') => (8, 2),
        'に' => (2, 1),
        'し' => (4, 1),
        'ご' => (5, 1),
        'く' => (9, 1),
        _ => return None,
    };
    let long = next(chars) == Some('ー');
    Some((digit, 3 * (chars + usize::from(long))))
}

/// The English word for a digit or the name of a letter, in katakana as a
/// transcript writes it, that `rest` starts with: what it stands for (0–9 a digit,
/// 10–35 a letter, A to Z; Q, `キュー`, is the digit 9) and its length in bytes.
/// The words are listed by their first character, the longer of two that start
/// alike first.
fn katakana_word(rest: &[u8]) -> Option<(u8, usize)> {
    let Some(&[0xE3, b1 @ 0x82..=0x83, b2]) = rest.get(..3) else {
        return None;
    };
    let first = char::from_u32(0x3000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F))?;
    let words: &[(&str, u8)] = match first {
        'ワ' => &[("ワン", 1), ("ワイ", 34)],
        'ツ' => &[("ツー", 2)],
        'ス' => &[("スリー", 3)],
        'フ' => &[("フォー", 4), ("ファイブ", 5)],
        'シ' => &[("シックス", 6), ("シー", 12)],
        'セ' => &[("セブン", 7)],
        'エ' => &[
            ("エイト", 8),
            ("エイチ", 17),
            ("エックス", 33),
            ("エフ", 15),
            ("エル", 21),
            ("エム", 22),
            ("エヌ", 23),
            ("エス", 28),
            ("エー", 10),
        ],
        'ナ' => &[("ナイン", 9)],
        'ビ' => &[("ビー", 11)],
        'デ' => &[("ディー", 13)],
        'イ' => &[("イー", 14)],
        'ジ' => &[("ジェ", 19), ("ジー", 16)],
        'ア' => &[("アイ", 18), ("アール", 27)],
        'ケ' => &[("ケー", 20)],
        'オ' => &[("オー", 24)],
        'ピ' => &[("ピー", 25)],
        'テ' => &[("ティー", 29)],
        'ユ' => &[("ユー", 30)],
        'ブ' => &[("ブイ", 31)],
        'ダ' => &[("ダブリュ", 32)],
        'ゼ' => &[("ゼット", 35), ("ゼッド", 35)],
        _ => return None,
    };
    words
        .iter()
        .find(|(w, _)| rest.starts_with(w.as_bytes()))
        .map(|&(w, value)| (value, w.len()))
}

/// A kanji a speech recognizer writes for a digit's sound, in a run of digits
/// said (`夜 ご ご ご きゅう`, `なな 煮 なな`): 夜 for よん, 煮 for に, 苦 for く, 丸 for
/// まる; its value and length, when no kanji follows it. (One alone is no run: a
/// run needs a word of two kana.)
fn misheard(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let digit = match bytes.get(at..at + 3)? {
        [0xE5, 0xA4, 0x9C] => 4,
        [0xE7, 0x85, 0xAE] => 2,
        [0xE8, 0x8B, 0xA6] => 9,
        [0xE4, 0xB8, 0xB8] => 0,
        _ => return None,
    };
    // Not the first kanji of a word (`夜間`, `丸ごと` is kana): a kanji after it is
    // one (E4–E9 start the common kanji).
    let kanji_next = matches!(bytes.get(at + 3), Some(0xE4..=0xE9));
    (!kanji_next).then_some((digit, 3))
}

/// A digit written alone among spoken ones, as a transcript mixes them
/// (`きゅう、六、九、よん、五、えー、8`): an ASCII, full-width or kanji digit with no
/// written digit beside it; its value and length. (A written number of its own is
/// the scanner's, and kanji in a row [`kanji_digits`]'.)
fn written_alone(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let (digit, len) = kanji_digits::written_at(bytes, at)?;
    let before = written_before(bytes, at).is_some()
        || at
            .checked_sub(3)
            .is_some_and(|b| kanji_digits::digit_at(bytes, b).is_some());
    (!before && kanji_digits::written_at(bytes, at + len).is_none()).then_some((digit, len))
}

/// Whether the character at byte `at` of `bytes` may be a digit written
/// ([`written_alone`]) by its first bytes, not kana: an ASCII digit, `EF`, `E3 80`
/// (〇), `E4` or `E5`.
#[inline(always)]
fn lead_of_written(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(b'0'..=b'9' | 0xE4 | 0xE5 | 0xEF) => true,
        Some(0xE3) => bytes.get(at + 1) == Some(&0x80),
        _ => false,
    }
}

/// Whether a spoken run may start at byte `at` of `bytes` ([`starts_word`] then
/// tells): kana (`E3`), an ASCII letter (an English word) or digit, or a digit
/// written alone in full width (`EF BC 90`–`99`), 〇 (`E3 80 87`) or kanji
/// (一二三四五六七八九), or a kanji misheard for one ([`misheard`]). Every other
/// character, most kanji among them, is passed over here by its bytes, without
/// the calls [`starts_word`] makes for them.
#[inline(always)]
fn may_start(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at..at + 3) {
        // 〇 (E3 80 87) among the punctuation of E3 80.
        Some(&[0xE3, 0x80, b2]) => b2 == 0x87,
        Some(&[0xE3, ..]) => true,
        // The kanji digits, and 丸 (E4 B8 B8) and 夜 (E5 A4 9C) misheard.
        Some(&[0xE4 | 0xE5, ..]) => {
            kanji_digits::digit_at(bytes, at).is_some() || misheard(bytes, at).is_some()
        }
        // 煮 and 苦 misheard.
        Some(&[0xE7, 0x85, 0xAE] | &[0xE8, 0x8B, 0xA6]) => true,
        Some(&[0xEF, 0xBC, 0x90..=0x99]) => true,
        _ => bytes.get(at).is_some_and(u8::is_ascii_alphanumeric),
    }
}

/// The digits said in English, as a foreign resident dictates or types a number
/// (`my number (phone) is zero eight zero, four one zero four, …`).
const ENGLISH: [&[u8]; 10] = [
    b"zero", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine",
];

/// The digits said in Japanese and written in romaji, as a transcript or a
/// foreign resident spells them (`maina nanbaa wa go ni kyuu hachi, …`): each
/// with its digit, the longer of two forms first (`shichi` before `shi`). (`zero`
/// is [`ENGLISH`]'s.)
const ROMAJI: [(&[u8], u32); 15] = [
    (b"rei", 0),
    (b"maru", 0),
    (b"ichi", 1),
    (b"ni", 2),
    (b"san", 3),
    (b"yon", 4),
    (b"shichi", 7),
    (b"shi", 4),
    (b"go", 5),
    (b"roku", 6),
    (b"nana", 7),
    (b"hachi", 8),
    (b"kyuu", 9),
    (b"kyu", 9),
    (b"ku", 9),
];

/// The first letters of [`ENGLISH`]'s and [`ROMAJI`]'s words, a bit each from `a`.
const FIRST_LETTERS: u32 = {
    let mut bits = 0u32;
    let mut k = 0;
    while k < ENGLISH.len() {
        bits |= 1 << (ENGLISH[k][0] - b'a');
        k += 1;
    }
    k = 0;
    while k < ROMAJI.len() {
        bits |= 1 << (ROMAJI[k].0[0] - b'a');
        k += 1;
    }
    bits
};

/// The digit said by the English word, or the Japanese one in romaji
/// ([`ROMAJI`]), at byte `at` of `bytes` (any case, a whole word), and its length.
fn english(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    if at > 0 && letter(at - 1) {
        return None;
    }
    let rest = bytes.get(at..)?;
    // The words' first letters, before comparing any.
    let first = rest.first().map_or(0, u8::to_ascii_lowercase);
    if !first.is_ascii_lowercase() || FIRST_LETTERS >> (first - b'a') & 1 == 0 {
        return None;
    }
    let whole = |w: &[u8]| {
        rest.get(..w.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
            && !letter(at + w.len())
    };
    let (digit, w) = (0u32..)
        .zip(ENGLISH)
        .find(|(_, w)| whole(w))
        .or_else(|| ROMAJI.iter().find(|(w, _)| whole(w)).map(|&(w, d)| (d, w)))?;
    Some((digit, w.len()))
}

/// The first kana of the words, in hiragana and in katakana: a bit for each of
/// U+3040–U+30FF, in three words by the second byte of its UTF-8 (`81`–`83`), at
/// the low six bits of its third.
const STARTS: [u64; 3] = starts(
    "きぜれまいさよろなしはにごく",
    "わつすふせえびでじあけおぴてゆぶだ",
);

/// [`STARTS`] for the hiragana of `s` (each three bytes of UTF-8) and their
/// katakana (ァ–ヶ stand 0x60 above ぁ–ゖ, as [`kana`] folds them).
/// The English words' first kana (`katakana`, as hiragana) set their katakana's
/// bits only: those words are read in katakana alone ([`word`]), and their hiragana
/// (`す`, `え`, `つ`) are common in prose.
const fn starts(s: &str, katakana: &str) -> [u64; 3] {
    with_bits(with_bits([0; 3], s, true), katakana, false)
}

/// `bits` with the katakana of each kana of `s` (three bytes of UTF-8, as
/// hiragana) set, and its hiragana too when `hiragana`.
const fn with_bits(mut bits: [u64; 3], s: &str, hiragana: bool) -> [u64; 3] {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        let k = ((((b[i + 1] & 0x3F) as u32) << 6 | (b[i + 2] & 0x3F) as u32) - 0x40) as usize;
        if hiragana {
            bits[k / 64] |= 1 << (k % 64);
        }
        bits[(k + 0x60) / 64] |= 1 << ((k + 0x60) % 64);
        i += 3;
    }
    bits
}

/// Whether the kana at byte `at` of `bytes` may start a word ([`STARTS`]): one
/// bit to look at before [`word`] reads it; or an English word for a digit.
#[inline(always)]
fn starts_word(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at..at + 3) {
        Some(&[0xE3, b1 @ 0x81..=0x83, b2]) => kana_starts(b1, b2),
        _ => starts_other(bytes, at),
    }
}

/// Whether the kana `E3 b1 b2` (`b1` in `81`–`83`) may start a word: its bit in
/// [`STARTS`].
#[inline(always)]
fn kana_starts(b1: u8, b2: u8) -> bool {
    STARTS
        .get(usize::from(b1.wrapping_sub(0x81)))
        .is_some_and(|w| w >> (b2 & 0x3F) & 1 == 1)
}

/// Whether byte `at` of `bytes` starts kana (or a character of `E3 80`–`E3 83`
/// other than 〇) that starts no word ([`starts_word`] says no): three bytes to
/// step over. The common case of [`said_aloud`], in one look at a bit.
#[inline(always)]
fn no_word_at(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at..at + 3) {
        Some(&[0xE3, b1 @ 0x81..=0x83, b2]) => !kana_starts(b1, b2),
        Some(&[0xE3, 0x80, b2]) => b2 != 0x87,
        _ => false,
    }
}

/// [`starts_word`] for a character other than kana: an English word for a digit,
/// a digit written alone or a kanji misheard for one.
#[inline(never)]
fn starts_other(bytes: &[u8], at: usize) -> bool {
    if bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
        return english(bytes, at).is_some();
    }
    written_alone(bytes, at).is_some() || misheard(bytes, at).is_some()
}

/// Whether the character at byte `at` of `bytes` parts the groups of a number
/// read aloud (`ゼロキュウゼロの、ヨンヨン…`, `よん・ごー`, `zero eight zero, four…`):
/// の, 、, ・, a comma, a hyphen or a slash, a pause (`なな…さん`: `…` or `‥`), or
/// the first kana of a hyphen said ([`hyphen`]).
fn joint(bytes: &[u8], at: usize) -> bool {
    kana_joint(bytes, at)
        || matches!(bytes.get(at), Some(b',' | b'-' | b'/'))
        || matches!(bytes.get(at..at + 3), Some([0xE2, 0x80, 0xA5 | 0xA6]))
        || hyphen(bytes, at)
}

/// Whether の (or ノ, as voice input writes it in katakana), 、 or ・ (three bytes
/// each) stands at byte `at` of `bytes`: the joints
/// that also join spoken digits to written ones ([`joint_beside`]).
fn kana_joint(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at..at + 3),
        Some([0xE3, 0x81, 0xAE] | [0xE3, 0x80, 0x81] | [0xE3, 0x83, 0xBB] | [0xE3, 0x83, 0x8E])
    )
}

/// Whether a hyphen said stands at byte `at` of `bytes`: はいふん or ハイフン, as
/// voice input writes the `-` of a phone number (`ぜろななぜろ はいふん ごきゅう…`).
pub(crate) fn hyphen(bytes: &[u8], at: usize) -> bool {
    let next = |n: usize| kana(bytes, at + 3 * n);
    next(0) == Some('は') && next(1) == Some('い') && next(2) == Some('ふ') && next(3) == Some('ん')
}

/// How many bytes the [`joint`] at byte `at` of `bytes` has.
fn joint_len(bytes: &[u8], at: usize) -> usize {
    if hyphen(bytes, at) {
        12
    } else if bytes.get(at).is_some_and(u8::is_ascii) {
        1
    } else {
        3
    }
}

/// The words a speaker corrects a digit with, mid-number (`いち、あ、違う、ご`,
/// `きゅういち じゃなくて きゅうきゅう`): the run goes on across them, the digit
/// said wrong and its correction both part of the number said. A longer one comes
/// before a shorter one it starts with.
const CORRECTIONS: [&str; 7] = [
    "あ、違う",
    "あ、ちがう",
    "あ違う",
    "違う",
    "ちがう",
    "じゃなくて",
    "いや",
];

/// The fillers of a speaker thinking between two digits (`よん、あの、さん`,
/// `ゼロ、あー、しち`): a run goes on across them too, as across a correction
/// ([`CORRECTIONS`], looked at first). A longer one comes before a shorter one it
/// starts with.
const PAUSES: [&str; 12] = [
    // A caller looking for their card (`2845、えっと、ちょっと待ってください、7527`).
    "ちょっと待ってください",
    "ちょっと待って",
    "あのー",
    "あのね",
    "あの",
    "あー",
    "えーっと",
    "えっと",
    "えーと",
    "えー",
    "んーと",
    "うーん",
];

/// How many bytes the correction ([`CORRECTIONS`]) or filler ([`PAUSES`]) at byte
/// `at` of `bytes` has, or 0.
pub(crate) fn correction_len(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or(&[]);
    // Their first characters: あ (E3 81 82), い (84), う (86), え (88), じ (98),
    // ち (A1), ん (E3 82 93), 違 (E9 81 95).
    if !matches!(
        rest,
        [0xE3, 0x81, 0x82 | 0x84 | 0x86 | 0x88 | 0x98 | 0xA1, ..]
            | [0xE3, 0x82, 0x93, ..]
            | [0xE9, 0x81, 0x95, ..]
    ) {
        return 0;
    }
    CORRECTIONS
        .iter()
        .chain(&PAUSES)
        .find(|c| rest.starts_with(c.as_bytes()))
        .map_or(0, |c| c.len())
}

/// Whether `between` holds a correction ([`CORRECTIONS`]), not a filler's words
/// alone.
pub(crate) fn corrects(between: &[u8]) -> bool {
    CORRECTIONS
        .iter()
        .any(|w| crate::substring::find_bytes(between, w.as_bytes()).is_some())
}

/// Where the next word of a run may start after byte `at` of `text`, a word's end:
/// past the [`joint`]s, corrections ([`CORRECTIONS`]) and spaces that may stand
/// between two words of one number ([`run_at`] and [`said_aloud`] step alike).
/// (Inlined: called from both, it cost run_at 0.4 % more on prose, 2026-12-07.)
/// Also whether a correction or filler stood there.
#[inline(always)]
fn past_between(text: &str, mut at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut filled = false;
    loop {
        if joint(bytes, at) {
            at += joint_len(bytes, at);
        } else if let n @ 1.. = correction_len(bytes, at) {
            at += n;
            filled = true;
        } else if let Some(c) = crate::substring::char_at(text, at).filter(|&c| is_space(c)) {
            at += c.len_utf8();
        } else {
            return (at, filled);
        }
    }
}

/// The end of the run of words starting at byte `at` of `text` (spaces and
/// [`joint`]s may part them: `きゅう きゅう ご`), and how many it has: two or
/// more, one of two kana at least; `None` when no such run starts there.
fn run_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let (mut next, mut end, mut words, mut long) = (at, at, 0, false);
    // The run before its last word: where a word of prose starts with a digit's
    // kana after a joint (`…はち・に、しんようきんこ`), the run ends before it.
    let mut before_last = (at, 0, false);
    // Letters' names count only in a run with a digit (`エム エル` are sizes).
    let mut digits = 0;
    // Digits written alone in kanji, and whether the speaker thought aloud between
    // two words.
    let (mut kanji, mut filled) = (0, false);
    // Digits written alone, and kana words, in the run.
    let (mut written_words, mut kana_words) = (0, 0);
    // Whether two words stand apart with no `、`, `の` or `・` between them: an ASCII
    // `,` or `-` (a CSV row's cells, a phone's groups), or spaces alone (OCR's).
    let mut not_said = false;
    while let Some((value, len)) = word(bytes, next) {
        before_last = (end, words, long);
        let written = lead_of_written(bytes, next);
        (words, long) = (words + 1, long || (len > 3 && !written));
        kanji += usize::from(written && matches!(bytes.get(next), Some(0xE3..=0xE5)));
        written_words += usize::from(written);
        kana_words += usize::from(!written);
        digits += usize::from(value < 10);
        next += len;
        end = next;
        let (after, filler) = past_between(text, next);
        // (A filler after the last word is no part of the run.)
        let goes_on = word(bytes, after).is_some();
        filled |= filler && goes_on;
        not_said |= goes_on
            && bytes.get(next..after).is_some_and(|b| {
                b.iter().any(|&c| c == b',' || c == b'-')
                    || !(next..after).any(|i| kana_joint(bytes, i))
            });
        next = after;
    }
    // A run is two words at least (the one returned below has no more than this).
    if words < 2 {
        return None;
    }
    // Or a run of digits written one by one, in kanji or with the speaker's
    // fillers between (`〇、一、〇、一、三、九、五、二`, `3、んーと、2、えっと、4…`):
    // said aloud, with no word of two kana.
    // So is a longer one joined by a Japanese comma or の (`8、7、2、6の4、0、6、5、
    // 5、5`): a list is rarely as long.
    // And four words or more of both kinds, said with `、` (`7、8、ご、8`): the kana
    // of one word among written digits is a digit too.
    let long = long
        || (words >= WRITTEN_RUN && (kanji > 0 || filled))
        || (words >= DICTATED_WRITTEN && !not_said)
        || (words >= 4 && written_words > 0 && kana_words > 0 && !not_said);
    // (Both looked at only for a run of two words, one of them long.)
    let goes_on = |end: usize| {
        kana(bytes, end).is_some_and(|h| matches!(h, 'ぁ'..='ゖ') && !AFTER.contains(&h))
    };
    // A run of one-kana words only is prose more often than not (`正しくは`,
    // `にご記入`); nor is one at the end of a name or a word (`ケアマネさんに`,
    // `職員さんに`).
    // (But right after a label's last kanji: `番号なな、ごー…`, `枝番れい、いち`.)
    // Katakana words right after a kanji are a label's value as voice input types
    // it (`普通口座キュウロク…`), and so are words after a digit in kanji
    // (`一六九ゼロ`).
    let katakana = matches!(
        bytes.get(at..at + 3),
        Some([0xE3, 0x82, 0xA0..=0xBF] | [0xE3, 0x83, _])
    );
    let after_word = || {
        let digit_before = at
            .checked_sub(3)
            .is_some_and(|b| kanji_digits::digit_at(bytes, b).is_some());
        crate::substring::char_before(text, at).is_some_and(|c| {
            is_kana_or_kanji(c)
                && !is_hiragana(c)
                && !matches!(c, '号' | '番')
                && (!katakana || matches!(c, '\u{30A0}'..='\u{30FF}'))
                && !digit_before
        })
    };
    // Letters' names right before or after the digits of a document's number
    // (`ティーアール5704528`, `エムゼット 2151286`, `09220601ティーエル`): a passport's
    // or a residence card's letters, said.
    let digits = if digits == 0 && words <= 2 {
        let after = bytes.get(next..).unwrap_or(&[]);
        let n = after.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut back = at;
        while back > 0 && matches!(bytes.get(back - 1), Some(b' ')) {
            back -= 1;
        }
        if back >= 3 && kana_joint(bytes, back - 3) {
            back -= 3;
        }
        let before = bytes.get(..back).unwrap_or(&[]);
        let m = before
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        usize::from(n >= 6 || m >= 6)
    } else {
        digits
    };
    let (end, words, long) = if goes_on(end) && before_last.0 > at {
        before_last
    } else {
        (end, words, long)
    };
    (words >= 2 && digits > 0 && long && !goes_on(end) && !after_word()).then_some((end, words))
}

/// How many digits written one by one make a run said aloud without a word of two
/// kana ([`run_at`]): a number's, not a list's (`1、2、3`).
const WRITTEN_RUN: usize = 6;

/// How many ASCII digits one by one, joined by `、` or `の`, make a run said aloud
/// with nothing else to tell it ([`run_at`]): a number's eight digits at least.
const DICTATED_WRITTEN: usize = 8;

/// `text` with the words of each run of `words` words or more as their digits
/// ([`run_at`]); `None` when it has none.
pub(crate) fn view(text: &str, words: usize) -> Option<String> {
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let Some((end, _)) = Some(at)
            .filter(|&at| starts_word(bytes, at))
            .and_then(|at| run_at(text, at))
            .filter(|&(_, n)| n >= words)
        else {
            at += 1;
            continue;
        };
        // A joint between the run and written digits before it reads as a hyphen
        // too (`070 の きゅう…`), as do those between the groups of those digits
        // (`〇八〇の8441のロク…`, its kanji read as digits first).
        let mut joints = [0; 3];
        let mut n = 0;
        let mut from = at;
        while let Some(j) = joints.get_mut(n).and_then(|slot| {
            *slot = joint_beside(bytes, from, true)?;
            Some(*slot)
        }) {
            n += 1;
            from = j;
            // Back over the digits before the joint, to the joint before them.
            while from > 0 && bytes.get(from - 1) == Some(&b' ') {
                from -= 1;
            }
            while let Some(d) = written_before(bytes, from) {
                from -= d;
            }
        }
        for &j in joints.get(..n).unwrap_or(&[]).iter().rev() {
            if edits.last().is_none_or(|&(e, _)| e < j) {
                edits.push((j, '－'));
            }
        }
        let mut corrected = false;
        while at < end {
            let correction = correction_len(bytes, at);
            // A digit written in ASCII or full width reads as itself.
            if let Some((_, len)) = written_alone(bytes, at).filter(|_| {
                bytes
                    .get(at)
                    .is_some_and(|&b| b.is_ascii_digit() || b == 0xEF)
            }) {
                at += len;
                continue;
            }
            match word(bytes, at) {
                // An English word as its ASCII digit, its other letters as nothing,
                // and so the space after it: digits said one by one (`zero eight
                // zero` as `080`).
                Some((digit, len)) if bytes.get(at).is_some_and(u8::is_ascii) => {
                    edits.push((at, char::from_u32(0x30 + digit).unwrap_or('0')));
                    edits.extend((at + 1..at + len).map(|i| (i, NOTHING)));
                    at += len;
                    if bytes.get(at) == Some(&b' ') && at < end && word(bytes, at + 1).is_some() {
                        edits.push((at, NOTHING));
                        at += 1;
                    }
                }
                Some((value, len)) => {
                    // A digit in full width, a letter's name as the letter (`Ｍ`).
                    let unit = if value < 10 {
                        0xFF10 + value
                    } else {
                        0xFF21 + value - 10
                    };
                    edits.push((at, char::from_u32(unit).unwrap_or('０')));
                    // The word's other kana, three bytes each, become [`FILL`].
                    let mut i = at + 3;
                    while i < at + len {
                        edits.push((i, FILL));
                        i += 3;
                    }
                    at += len;
                }
                // A joint reads as a hyphen, the groups of one number, and the
                // spaces around it as nothing (`ぜろはちぜろ の いちさん…`, `ぜろななぜろ
                // はいふん ごきゅう…` as `080－1322…`); a second one as nothing (`の、`).
                // A correction ([`CORRECTIONS`]) reads as nothing, and so the joint
                // after it: the digits on either side are one number.
                None if correction > 0 => {
                    edits.extend((at..at + correction).step_by(3).map(|i| (i, FILL)));
                    at += correction;
                    corrected = true;
                }
                None if joint(bytes, at) => {
                    // After a joint, past what it made nothing (`、の、`: the `の`).
                    let mut k = edits.len();
                    let mut to = at;
                    while let Some(&(e, c)) = k.checked_sub(1).and_then(|i| edits.get(i)) {
                        if c != FILL || e + 3 != to {
                            break;
                        }
                        (k, to) = (k - 1, e);
                    }
                    let second = core::mem::take(&mut corrected)
                        || k.checked_sub(1)
                            .and_then(|i| edits.get(i))
                            .is_some_and(|&(e, c)| e + 3 == to && c == '－');
                    let space = |i: usize| bytes.get(i) == Some(&b' ');
                    if !second
                        && at > 0
                        && space(at - 1)
                        && edits.last().is_none_or(|&(e, _)| e < at - 1)
                    {
                        edits.push((at - 1, NOTHING));
                    }
                    let len = joint_len(bytes, at);
                    let mark = match (second, len) {
                        (true, 1) => NOTHING,
                        (true, _) => FILL,
                        (false, 1) => '-',
                        (false, _) => '－',
                    };
                    edits.push((at, mark));
                    edits.extend((at + 3..at + len).step_by(3).map(|i| (i, FILL)));
                    at += len;
                    if space(at) {
                        edits.push((at, NOTHING));
                        at += 1;
                    }
                }
                None => at += 1,
            }
        }
        // And one between it and written digits after it (`…ごー の 1942`).
        if let Some(j) = joint_beside(bytes, end, false) {
            edits.push((j, '－'));
            at = j + 3;
        }
    }
    (!edits.is_empty()).then(|| reading::with_chars(text, &edits))
}

/// How many bytes the written digit that ends at byte `at` of `bytes` has (an
/// ASCII digit, or a full-width one), if one does.
fn written_before(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(..at)? {
        [.., b'0'..=b'9'] => Some(1),
        [.., 0xEF, 0xBC, 0x90..=0x99] => Some(3),
        _ => None,
    }
}

/// Where a [`kana_joint`] stands between byte `at` of `bytes` (a run's start when
/// `before`, else its end) and written digits, spaces aside: before it, or after
/// it.
fn joint_beside(bytes: &[u8], at: usize, before: bool) -> Option<usize> {
    let written = |b: &[u8]| matches!(b, [b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..]);
    if before {
        let mut i = at;
        while i > 0 && bytes.get(i - 1) == Some(&b' ') {
            i -= 1;
        }
        let j = i.checked_sub(3).filter(|&j| kana_joint(bytes, j))?;
        let mut k = j;
        while k > 0 && bytes.get(k - 1) == Some(&b' ') {
            k -= 1;
        }
        written_before(bytes, k).map(|_| j)
    } else {
        let mut i = at;
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        let j = Some(i).filter(|&j| kana_joint(bytes, j))?;
        let mut k = j + 3;
        while bytes.get(k) == Some(&b' ') {
            k += 1;
        }
        bytes.get(k..).is_some_and(written).then_some(j)
    }
}

/// Whether a run of spoken digits starts within the [`NEAR`] characters after byte
/// `from` of `text`, right after a label (`口座番号は ナナヨン…`, `年金のやつ⏎…：
/// きゅういち…`), or among written digits (`070 の きゅう なな…`): the scanner
/// looks after each label.
pub(crate) fn near(text: &str, from: usize) -> bool {
    within(text, from, NEAR, 2)
}

/// Whether a number dictated whole ([`DICTATED`] words or more) is quoted, follows
/// a colon (or `→`), `は` or `が`, or starts a line within the [`FAR`] bytes after byte `from`
/// of `text`, a label of a kind's end (`読み上げ：⏎「さん・ぜろ・…」`, `マイナンバー
/// 7820 6913 855⏎11桁しかない。読み上げます。⏎ナナハチニーゼロ …`, `カード番号、読むね。
/// ビザの方が 4 0 6 0 …。ジェーシービーが さん ご に …`): only there is the run looked
/// for, so that the look costs little after the many labels of prose.
pub(crate) fn dictated_after(text: &str, from: usize) -> bool {
    let bytes = text.as_bytes();
    let window = bytes.get(from..).unwrap_or(&[]);
    let window = window.get(..FAR).unwrap_or(window);
    let (mut i, mut lines) = (0, 0);
    // `「` is E3 80 8C, `：` EF BC 9A, `が` E3 81 8C, `は` E3 81 AF: their last
    // bytes, `:` and the line break, eight at a time; and the lead byte of `→`
    // (E2 86 92; its last byte ends many kanji).
    let last = |b: u8| matches!(b, 0x8C | 0x9A | 0xAF | 0xE2 | b':' | b'\n');
    while let Some(k) = window.get(i..).and_then(|rest| {
        use crate::bytes::{equal, first_of};
        first_of(
            rest,
            |w| {
                equal(w, 0x8C)
                    | equal(w, 0xE2)
                    | equal(w, 0x9A)
                    | equal(w, 0xAF)
                    | equal(w, b':')
                    | equal(w, b'\n')
            },
            last,
        )
    }) {
        let mut end = i + k + 1;
        if window.get(i + k) == Some(&0xE2) {
            if window.get(i + k..i + k + 3) != Some(&[0xE2, 0x86, 0x92][..]) {
                i = end;
                continue;
            }
            end += 2;
        }
        i = end;
        let Some(opener) = Opener::ending(window.get(..end).unwrap_or(&[])) else {
            continue;
        };
        let line_start = opener == Opener::LineStart;
        // The two lines after the label's at most (`…読み上げます。⏎ナナハチ…`).
        if line_start {
            lines += 1;
            if lines > 2 {
                break;
            }
        }
        // What may come next: kana (a word, a filler, 「), a space or a line break,
        // or an English word's letter; most particles are followed by a kanji. (A
        // line may start with anything: its lead is looked past.)
        let next = bytes.get(from + i).copied().unwrap_or(0);
        if !(line_start
            || next == 0xE3
            || matches!(next, b' ' | b'\r')
            || next.is_ascii_alphabetic())
        {
            continue;
        }
        // Past spaces, a line break, an opening quote, and (but after a particle) a
        // word said while thinking (`お客様: えっと、ご、さん、…`).
        let thinking = opener != Opener::Particle;
        let mut at = from + i;
        let lead = if line_start {
            line_lead(bytes.get(at..).unwrap_or(&[]))
        } else {
            0
        };
        at += lead;
        loop {
            let rest = bytes.get(at..).unwrap_or(&[]);
            if let Some(filler) = FILLERS
                .iter()
                .find(|f| thinking && rest.starts_with(f.as_bytes()))
            {
                at += filler.len();
                continue;
            }
            match rest {
                // `「`, U+3000, `、`, and `…` or `‥` (E2 80 A6, E2 80 A5).
                [0xE3, 0x80, 0x8C | 0x80 | 0x81, ..] | [0xE2, 0x80, 0xA5 | 0xA6, ..] => at += 3,
                [b' ' | b'\n' | b'\r', ..] => at += 1,
                _ => break,
            }
        }
        // In a quote, the digits may come after a few words (`「しんきんの、…支店で、
        // ふつう、⏎いち・なな・…」`), and past a line's lead a few words too; after a
        // colon or a particle, right there.
        let chars = if opener == Opener::Quote {
            QUOTED
        } else if lead > 0 {
            SAID
        } else {
            1
        };
        if within(text, at, chars, DICTATED) {
            return true;
        }
    }
    false
}

/// What [`dictated_after`] looks for a dictated number after: what the bytes
/// before it end with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// `:` or `：`, or an arrow pointing at the digits (`メモした番号→ さん さん…`).
    Colon,
    /// `「`.
    Quote,
    /// `は` or `が`.
    Particle,
    /// A line break.
    LineStart,
}

impl Opener {
    /// The opener `bytes` end with, if any.
    #[inline]
    fn ending(bytes: &[u8]) -> Option<Self> {
        match bytes {
            [.., b':'] => Some(Self::Colon),
            [.., b'\n'] => Some(Self::LineStart),
            [.., 0xE3, 0x81, 0x8C | 0xAF] => Some(Self::Particle),
            [.., 0xE3, 0x80, 0x8C] => Some(Self::Quote),
            [.., 0xEF, 0xBC, 0x9A] | [.., 0xE2, 0x86, 0x92] => Some(Self::Colon),
            _ => None,
        }
    }
}

/// How many bytes of `line`'s start are its lead, a transcript's time and speaker
/// (`00:00:31 [顧客] `, `00:01:05 CU: `, `【客】`): up to the last closing bracket
/// or colon within its first [`LEAD`] bytes, or none.
fn line_lead(line: &[u8]) -> usize {
    // A lead starts with its time, a bracket or a speaker's letters: other lines
    // are not looked through.
    if !matches!(
        line,
        [b'0'..=b'9' | b'[' | b'(' | b'a'..=b'z' | b'A'..=b'Z', ..] | [0xE3, 0x80, 0x90, ..]
    ) {
        return 0;
    }
    let lead = line.get(..LEAD).unwrap_or(line);
    let mut end = 0;
    for (i, &b) in lead.iter().enumerate() {
        match b {
            b'\n' => break,
            b']' | b')' | b':' => end = i + 1,
            // The last bytes of `】` (E3 80 91) and `：` (EF BC 9A).
            0x91 | 0x9A
                if matches!(
                    lead.get(i.wrapping_sub(2)..=i),
                    Some([0xE3, 0x80, 0x91] | [0xEF, 0xBC, 0x9A])
                ) =>
            {
                end = i + 1;
            }
            _ => {}
        }
    }
    end
}

/// How many characters into a line after its lead ([`line_lead`]) [`dictated_after`]
/// looks for the digits: a few words before them (`じゃあ言いますね はちさん…`).
const SAID: usize = 12;

/// How many bytes into a line [`line_lead`] looks for its lead.
const LEAD: usize = 48;

/// How many characters after a colon or an opening quote [`dictated_after`] looks
/// for the digits: a bank's and a branch's names said before them.
const QUOTED: usize = 32;

/// Whether a run of `fewest` spoken digits or more starts within the `chars`
/// characters after byte `from` of `text`.
fn within(text: &str, from: usize, chars: usize, fewest: usize) -> bool {
    let bytes = text.as_bytes();
    let mut at = from;
    for _ in 0..chars {
        let Some(&b) = bytes.get(at) else {
            return false;
        };
        // Most kana start no word: the run is read only where one does. (Kana and
        // ASCII, most characters here, step without asking the lead byte's length.)
        let len = match b {
            0xE3 => 3,
            ..0x80 => 1,
            _ => crate::substring::utf8_len(b),
        };
        if may_start(bytes, at)
            && starts_word(bytes, at)
            && run_at(text, at).is_some_and(|(_, words)| words >= fewest)
        {
            return true;
        }
        at += len;
    }
    false
}

/// What a word's kana after its first stand as in a reading: the word joiner
/// (U+2060, three bytes as a kana is), which the scanner passes over inside a value,
/// so that `ゼロキュウゼロ` reads as the one group `０⁠９⁠⁠０⁠` a written `090` is.
pub(crate) const FILL: char = '\u{2060}';

/// What a space beside a [`joint`] stands as in a reading: U+0001, a control
/// character the scanner passes over as it does [`FILL`] (one byte, as the space).
const NOTHING: char = '\u{1}';

/// How many characters after a label the scanner looks for spoken digits.
const NEAR: usize = 24;

/// Whether `text` has a run of spoken digits long enough to be a number
/// ([`fewest_words`]): a text without a written digit may still hold one.
pub(crate) fn any(text: &str) -> bool {
    let bytes = text.as_bytes();
    let fewest = fewest_words(text);
    (0..text.len()).any(|at| {
        starts_word(bytes, at) && run_at(text, at).is_some_and(|(_, words)| words >= fewest)
    })
}

/// How many spoken digits a number dictated whole has at least, when it stands
/// further from its label than [`NEAR`] (`基礎年金番号をお願いします」→ …読み上げ：⏎
/// 「いち・に・いち・ろく、…」`): an account's seven, a My Number's twelve; prose
/// strings no seven together.
const DICTATED: usize = 7;

/// The words a caller says while thinking, before the digits they dictate.
/// A longer one comes before a shorter one it starts with.
const FILLERS: [&str; 12] = [
    "はい",
    "えーっと",
    "えっと",
    "ええと",
    "えーと",
    "えー",
    "あのー",
    "あの",
    "あー",
    "うーん",
    "んーと",
    "そうですね",
];

/// How many bytes after a label of a kind the scanner looks for a number dictated
/// whole ([`DICTATED`]): a sentence and the start of the line after it.
const FAR: usize = 120;

/// How many spoken digits a run needs in a text without a written digit: three,
/// or two where a card's 枝番 is spoken of, two digits long (`枝番が ゼロニ のまま…
/// 本当は ゼロイチ`).
fn fewest_words(text: &str) -> usize {
    if crate::substring::contains(text, "枝番") {
        2
    } else {
        3
    }
}

/// Whether `text` is to be read with its spoken digits as digits ([`view`]), and
/// how many words a run needs then: two when the scanner saw a run near a label
/// (`near_label`, [`near`]) or the text has no ASCII digit; [`fewest_words`] when
/// it has no written digit at all (it was let in for them: [`any`]). The settling and
/// `Redactor::finds_anything` ask alike.
///
/// And when the reading found a value already (`found`) in a text of a call or a
/// chat (at most [`RECORD`] bytes) that has a number said aloud ([`ECHOED`] words
/// in a run at least): the same value said again, read back or said in parts
/// (`ごぜろよんに…` … `復唱します 5042 …`), is found in that reading as any value
/// said again is.
pub(crate) fn to_read(text: &str, near_label: bool, found: bool) -> Option<usize> {
    // (Digits masked read as the digits they were: a text's output is read as the
    // text was.)
    let ascii = ascii_digit_or_masked(text);
    if !ascii && !crate::redact::written_digit(text, false) {
        return Some(fewest_words(text));
    }
    (near_label
        || !ascii
        || number_in_kana(text)
        || (found && text.len() <= RECORD && said_aloud(text)))
    .then_some(2)
}

/// Whether `text` has an ASCII digit, or two mask characters side by side or one
/// space apart (`****`, `* * *`, `＊＊`): its output masked reads as the text did
/// ([`to_read`] asks the same of both).
fn ascii_digit_or_masked(text: &str) -> bool {
    let b = text.as_bytes();
    // `＊` is EF BC 8A.
    let mask_at = |i: usize| match b.get(i) {
        Some(b'*') => Some(1),
        Some(0xEF) if b.get(i + 1..i + 3) == Some(&[0xBC, 0x8A]) => Some(3),
        _ => None,
    };
    b.iter().enumerate().any(|(i, &c)| {
        c.is_ascii_digit()
            || mask_at(i).is_some_and(|n| {
                mask_at(i + n).is_some()
                    || (b.get(i + n) == Some(&b' ') && mask_at(i + n + 1).is_some())
            })
    })
}

/// How long a text [`to_read`] looks through for a number said aloud once it
/// holds a value: a call's or a chat's record, not a corpus.
const RECORD: usize = 8 * 1024;

/// How many words a run said aloud needs for [`to_read`] to read a text that holds
/// a value: a card's group of four.
const ECHOED: usize = 4;

/// Whether `text` has a run of [`ECHOED`] spoken digits or more. One pass: words
/// are counted as they follow each other (joints and spaces between), and only a
/// count that reaches [`ECHOED`] is read again as a run ([`run_at`]'s rules).
fn said_aloud(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut at, mut start, mut words) = (0, 0, 0);
    while let Some(&b) = bytes.get(at) {
        // Kana that start no word, most of a text, in one look.
        if no_word_at(bytes, at) {
            words = 0;
            at += 3;
            continue;
        }
        let said = if may_start(bytes, at) && starts_word(bytes, at) {
            word(bytes, at)
        } else {
            None
        };
        if let Some((_, len)) = said {
            if words == 0 {
                start = at;
            }
            words += 1;
            at += len;
            if words >= ECHOED && run_at(text, start).is_some_and(|(_, n)| n >= ECHOED) {
                return true;
            }
            at = past_between(text, at).0;
            continue;
        }
        words = 0;
        at += match b {
            0xE3 => 3,
            // An English word that is no digit is passed whole.
            _ if b.is_ascii_alphabetic() => bytes
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count(),
            ..0x80 => 1,
            _ => crate::substring::utf8_len(b),
        };
    }
    false
}

/// Whether `text` spells the word for a number in hiragana, spoken digits just
/// after it (`かーどばんごう よんきゅう…`, `ほけんしゃばんごうは、さん、きゅう…`):
/// whoever dictates the digits may dictate their label too, and the scanner, which
/// passes over hiragana, sees no label there. (It reads katakana's `バンゴウ`.)
fn number_in_kana(text: &str) -> bool {
    use crate::bytes::{equal, first_of};
    let b = text.as_bytes();
    // Word by word to the last byte of ば (E3 81 B0), rare in prose where ん is
    // common, then the word's three kana from it.
    let mut from = 0;
    while let Some(i) = b
        .get(from..)
        .and_then(|rest| first_of(rest, |w| equal(w, 0xB0), |x| x == 0xB0))
    {
        let at = from + i;
        from = at + 1;
        if b.get(at.wrapping_sub(2)..at + 7) == Some("ばんご".as_bytes()) && near(text, at + 7) {
            return true;
        }
    }
    false
}

/// `findings` of a reading, each widened over the kana its last word has after
/// the digit (`６　` for `ろく`): the spaces the reading has where the text has
/// kana.
pub(crate) fn widen(text: &str, read: &str, findings: &mut [crate::redact::Finding]) {
    // [`FILL`]'s three bytes at `at` (a character's start: no continuation byte
    // is 0xE2).
    let fill = |s: &str, at: usize| matches!(s.as_bytes().get(at..), Some([0xE2, 0x81, 0xA0, ..]));
    // And [`NOTHING`] where the text has an English word's letters.
    let nothing = |s: &str, at: usize| s.as_bytes().get(at) == Some(&0x01);
    for f in findings {
        loop {
            if fill(read, f.end) && !fill(text, f.end) {
                f.end += 3;
            } else if nothing(read, f.end)
                && !nothing(text, f.end)
                && text
                    .as_bytes()
                    .get(f.end)
                    .is_some_and(u8::is_ascii_alphabetic)
            {
                f.end += 1;
            } else {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A redactor of phone numbers alone.
    fn phone_only() -> crate::redact::Redactor {
        crate::redact::Redactor::builder()
            .kinds([crate::redact::Kind::Phone])
            .build()
            .expect("phone")
    }

    #[test]
    fn the_bits_of_a_word_start_are_its_kana_folded() {
        // What the bits say, for every character of U+3000–U+30FF (and a few
        // bytes that end the text too soon), is what folding the kana says.
        let words = "きぜれまいさよろなしはにごく";
        let katakana_only = "ワツスフセエビデジアケオピテユブダ";
        for c in '\u{3000}'..='\u{30FF}' {
            let s = c.to_string();
            // (〇, a kanji digit written alone, starts one too.)
            let folded = kana(s.as_bytes(), 0).is_some_and(|h| words.contains(h))
                || katakana_only.contains(c)
                || c == '〇';
            assert_eq!(starts_word(s.as_bytes(), 0), folded, "{c}");
            assert!(!starts_word(&s.as_bytes()[..2], 0));
        }
    }

    #[test]
    fn a_hyphen_said_or_a_joint_between_spaces_joins_the_groups() {
        let r = phone_only();
        for text in [
            "ぜろななぜろはいふんごきゅうさんさんはいふんにぜろななに",
            "でんわばんごうは ぜろななぜろ はいふん ごきゅうさんさん はいふん にぜろななに",
            "でんわは ぜろはちぜろ の いちさんにに の にろくきゅうさん",
            "電話 ゼロキュウゼロ ハイフン イチニサンヨン ハイフン ゴーロクナナハチ",
        ] {
            let found = r.find(text);
            assert_eq!(found.len(), 1, "{text}");
            assert!(text[found[0].start..].starts_with(['ぜ', 'ゼ']), "{text}");
            assert_eq!(found[0].end, text.len(), "{text}");
        }
        // A hyphen alone is a word like any.
        assert_eq!(view("はいふん", 2), None);
    }

    #[test]
    fn digits_said_in_english_read_as_digits() {
        let r = phone_only();
        let text = "my number (phone) is zero eight zero, four one zero four, seven four six six";
        let found = r.find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            &text[found[0].start..found[0].end],
            "zero eight zero, four one zero four, seven four six six"
        );
        // And the Japanese words in romaji, parted by spaces, commas, hyphens or
        // slashes.
        for text in [
            "denwa wa zero kyuu zero, ichi ni san yon, go roku nana hachi desu",
            "denwa wa zero-kyuu-zero / ichi-ni-san-yon / go-roku-nana-hachi desu",
        ] {
            let found = r.find(text);
            assert_eq!(found.len(), 1, "{text}");
        }
        // The words in prose, or inside other words, are none.
        assert_eq!(view("I have two three-year-old kids and one dog", 3), None);
        assert_eq!(view("Tanaka-san no shigoto", 3), None);
        assert_eq!(view("someone said nine", 2), None);
    }

    #[test]
    fn runs_of_spoken_digits_are_read_as_digits() {
        // A word's other kana read as word joiners (`⁠`, U+2060).
        assert_eq!(
            view("マイナンバー きゅうろくはちろく よんろくろくご です", 2).as_deref(),
            Some("マイナンバー ９\u{2060}\u{2060}６\u{2060}８\u{2060}６\u{2060} ４\u{2060}６\u{2060}６\u{2060}５ です")
        );
        assert_eq!(
            view("口座番号は ナナヨンマルナナ あ", 2).as_deref(),
            Some("口座番号は ７\u{2060}４\u{2060}０\u{2060}７\u{2060} あ")
        );
        assert_eq!(view("ニーゴー", 2).as_deref(), Some("２\u{2060}５\u{2060}"));
        // Three words at least when asked.
        assert_eq!(view("ニーゴー", 3), None);
        assert_eq!(
            view("記号は にろく です", 2).as_deref(),
            Some("記号は ２６\u{2060} です")
        );
        // Groups parted by `の、`: a hyphen, then nothing.
        assert_eq!(
            view("ゼロキュウの、ニー", 2).as_deref(),
            Some("０\u{2060}９\u{2060}\u{2060}－\u{2060}２\u{2060}")
        );
    }

    #[test]
    fn words_that_go_on_are_not_digits() {
        for text in [
            "いちごをください",
            "よろしくお願いします",
            "ごくろうさまです、さんにんで",
            "ご連絡ありがとうございます",
            "にこにこ",
            "午後に伺います。ごごにいきます",
            "田中さん 090-1234-5678",
            "欄に 88134259",
            "正しくは記号",
            "別紙にご記入ください",
            "ケアマネさんに聞かれた",
        ] {
            assert_eq!(view(text, 2), None, "{text}");
        }
        assert!(!any("しごとです"));
        assert!(any("ろくろくななよん"));
    }
}
