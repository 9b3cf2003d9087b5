//! Digits written in kanji (〇一二三四五六七八九): a number read out over the phone
//! and typed with the input method's kanji, or written so in a letter
//! (`記号 七一六 番号 四二四〇九`), is read as the same number in full-width digits.
//! A kanji digit and its full-width digit are both three bytes of UTF-8 and one
//! UTF-16 code unit, so the reading has the text's offsets, and what is found in it
//! is found in the text (a mask hides a kanji as it hides any letter).
//!
//! Only runs of two or more are read as digits: a lone 一 or 三 is part of a word
//! (一度, 三月), and so is a pair such as 一二 only rarely. A run of 〇 alone is a
//! placeholder (〇〇工業健康保険組合, 〇〇様), not a number.

use crate::prelude::*;
use crate::redact::reading;

/// The kanji digits, in the order of their values.
pub(crate) const KANJI: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The zero Chinese writes (零, `E9 9B B6`), as a foreign resident writes a number
/// in their numerals (`一一零八 三二三二`): read as 〇 is.
pub(crate) const ZERO: char = '零';

/// The digit written at byte `at` of `bytes` in ASCII, full width or kanji
/// (`7`, `７`, `七`): its value and its length in bytes.
#[inline]
pub(crate) fn written_at(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    match *bytes.get(at)? {
        b @ b'0'..=b'9' => Some((u32::from(b - b'0'), 1)),
        0xEF => match *bytes.get(at + 1..at + 3)? {
            [0xBC, b @ 0x90..=0x99] => Some((u32::from(b - 0x90), 3)),
            _ => None,
        },
        0xE3..=0xE5 | 0xE9 => Some((digit_at(bytes, at)?, 3)),
        _ => None,
    }
}

/// The kanji digit whose UTF-8 starts at `at` in `bytes` (a text's), as its value
/// ([`ZERO`] too); or a circled digit (① to ⑨, ⓪), which a number copied from a card's app or a
/// form's PDF comes in (`受給者番号 ⑧③⑨⑤①②①`), read as the kanji are.
#[inline(always)]
pub(crate) fn digit_at(bytes: &[u8], at: usize) -> Option<u32> {
    // All ten are three bytes long, with a first byte E3, E4 or E5 (which in UTF-8
    // only ever starts a character of three); 零 starts with E9.
    let (b0, b1, b2) = match bytes.get(at..at + 3) {
        Some(&[b0 @ 0xE3..=0xE5, b1, b2]) => (b0, b1, b2),
        Some(&[0xE2, ..]) => return circled_at(bytes, at),
        Some(&[0xE9, 0x9B, 0xB6]) => return Some(0),
        _ => return None,
    };
    // Most kanji are no digit: the low six bits of the code point, in the last
    // byte, tell most of them apart before the ten are compared.
    if LOW_BITS >> (b2 & 0x3F) & 1 == 0 {
        return None;
    }
    let c = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
    let d = KANJI.iter().position(|&k| k as u32 == c)?;
    u32::try_from(d).ok()
}

/// A bit for each low six bits of a [`KANJI`] digit's code point: [`digit_at`]'s
/// first test, which no digit fails.
const LOW_BITS: u64 = {
    let (mut bits, mut i) = (0u64, 0);
    while i < KANJI.len() {
        bits |= 1 << (KANJI[i] as u32 & 0x3F);
        i += 1;
    }
    bits
};

/// The circled digit at `at` (① to ⑨ are E2 91 A0–A8, ⓪ is E2 93 AA), as its value.
/// One alone numbers a list's items (`①01273002`), so only a run of two or more is
/// a number, and not one beside a written digit. A circle (`○` E2 97 8B, `◯` E2 97
/// AF) is the zero a letter writes among kanji digits (`二九四二　○○五七`), read as
/// 〇 is (a run of them alone is a placeholder: `○○様`).
#[inline]
pub(crate) fn circled_at(bytes: &[u8], at: usize) -> Option<u32> {
    match bytes.get(at..at + 3)? {
        &[0xE2, 0x91, b @ 0xA0..=0xA8] => Some(u32::from(b - 0x9F)),
        [0xE2, 0x93, 0xAA] | [0xE2, 0x97, 0x8B | 0xAF] => Some(0),
        _ => None,
    }
}

/// Whether an ASCII or full-width digit ends right before byte `at` of `bytes` or
/// starts at `end`: kanji digits there are part of its number, however few
/// (`3一3一0四0二`, `５四０９二８９〇５２七０`: digits typed and converted by the input
/// method in turns, or read so by handwriting recognition).
pub(crate) fn beside_digit(bytes: &[u8], at: usize, end: usize) -> bool {
    let wide = |from: usize| matches!(bytes.get(from..from + 3), Some([0xEF, 0xBC, 0x90..=0x99]));
    circled_at(bytes, at).is_none()
        && (matches!(bytes.get(at.wrapping_sub(1)), Some(b'0'..=b'9'))
            || matches!(bytes.get(end), Some(b'0'..=b'9'))
            || at.checked_sub(3).is_some_and(wide)
            || wide(end))
}

/// How many bytes the space at `at` has that may part spaced digits: a space (1) or
/// U+3000 (3); 0 for anything else.
fn space_len(bytes: &[u8], at: usize) -> usize {
    match bytes.get(at) {
        Some(b' ') => 1,
        Some(0xE3) if bytes.get(at + 1..at + 3) == Some(&[0x80, 0x80]) => 3,
        _ => 0,
    }
}

/// The space before the digit at `at`, if one stands there after a digit: how many
/// bytes back that digit starts.
fn spaced_back(bytes: &[u8], at: usize) -> Option<usize> {
    let ends_here = |n: usize| at.checked_sub(n).is_some_and(|s| space_len(bytes, s) == n);
    let back = if ends_here(1) {
        4
    } else if ends_here(3) {
        6
    } else {
        return None;
    };
    digit_at(bytes, at.checked_sub(back)?).map(|_| back)
}

/// Whether the digit at `at` is the fourth of a run of digits one space apart, not
/// all 〇 (the scanner's sign that [`view`] reads one: the two must agree).
pub(crate) fn spaced_fourth(bytes: &[u8], mut at: usize) -> bool {
    let mut any = digit_at(bytes, at).is_some_and(|d| d > 0);
    for _ in 0..3 {
        match spaced_back(bytes, at) {
            Some(back) => at -= back,
            None => return false,
        }
        any |= digit_at(bytes, at).is_some_and(|d| d > 0);
    }
    any
}

/// Where the next kanji or circled digit ([`digit_at`]) starts in `bytes`, from
/// byte `at` (a character's start) on; the end of `bytes` when none does. Only a
/// first byte E2–E5, or E9 ([`ZERO`]: `口座番号零六七四二一六`), starts one: the
/// others are stepped over a character at a time.
fn next_digit(bytes: &[u8], mut at: usize) -> usize {
    while let Some(&b) = bytes.get(at) {
        if matches!(b, 0xE2..=0xE5 | 0xE9) && digit_at(bytes, at).is_some() {
            break;
        }
        at += crate::substring::utf8_len(b);
    }
    at.min(bytes.len())
}

/// `text` with each run of two kanji digits or more (not all 〇), or of any beside
/// a written digit, in full-width digits (`七一六` → `７１６`, `3一` → `3１`),
/// everything else as it is; `None` when it has no such run. (The scanner says
/// whether a text has one as it reads it.)
pub(crate) fn view(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    let mut at = 0;
    // Where a run read as digits ended in an `の` before another run.
    let mut joint = None;
    // Where a group may start after a run read as digits and a dash.
    let mut grouped = None;
    while at < bytes.len() {
        // Up to the next digit: nothing else starts a run, and a joint before one
        // is pushed with it (a joint is only kept before a digit).
        at = next_digit(bytes, at);
        if at >= bytes.len() {
            break;
        }
        let kept = edits.len();
        // An `の` between two runs read as digits parts the groups of one number
        // said aloud (`〇七〇の七七二八の四四五七`): a hyphen, before the run's
        // digits and taken back with them (not inserted once the run is kept:
        // `Vec::insert` brings a panic's message into the browser build).
        if let Some(j) = joint.filter(|&j| j + 3 == at) {
            edits.push((j, '－'));
        }
        // A zero said before them (`まる七三五五八一`, as a 0 is read aloud): its
        // digit and a word joiner, which a value reads on across; taken back with
        // the run.
        if at >= 6
            && matches!(
                bytes.get(at - 6..at),
                Some(b) if b == "まる".as_bytes() || b == "マル".as_bytes() || b == "ゼロ".as_bytes()
            )
        {
            edits.push((at - 6, '０'));
            edits.push((at - 3, super::spoken_digits::FILL));
        }
        // The run's digits, taken back when there are none, or too few or all 〇.
        let (digits, mut end) = (edits.len(), at);
        let push = |edits: &mut Vec<(usize, char)>, end: &mut usize| {
            while let Some(d) = digit_at(bytes, *end) {
                edits.push((*end, char::from_u32(0xFF10 + d).unwrap_or('０')));
                *end += 3;
            }
        };
        push(&mut edits, &mut end);
        // Digits one space apart, as a letter spaces them on a form's boxes
        // (`口座番号　二 五 六 九 九 一 五`): one run, of four at least; fewer, and
        // the run is its digits side by side alone (`五一 八`: `五一`).
        let (side_by_side, plain_end) = (edits.len(), end);
        while end > at {
            let space = space_len(bytes, end);
            if space == 0 || digit_at(bytes, end + space).is_none() {
                break;
            }
            end += space;
            push(&mut edits, &mut end);
        }
        if end != plain_end && edits.len() - digits < 4 {
            edits.truncate(side_by_side);
            end = plain_end;
        }
        let zeros = edits
            .get(digits..)
            .is_some_and(|e| e.iter().all(|&(_, c)| c == '０'));
        if end == at
            || (!beside_digit(bytes, at, end) && grouped != Some(at) && (end - at < 6 || zeros))
        {
            edits.truncate(kept);
        } else {
            joint = (bytes.get(end..end + 3) == Some("の".as_bytes())
                && digit_at(bytes, end + 3).is_some())
            .then_some(end);
            // A dash after the run, and digits after it: the number's next group,
            // however short (`五八八七－〇二九二五九－六`).
            grouped = [&b"-"[..], "－".as_bytes(), "ー".as_bytes()]
                .iter()
                .find(|d| bytes.get(end..end + d.len()) == Some(*d))
                .map(|d| end + d.len())
                .filter(|&next| digit_at(bytes, next).is_some());
        }
        // Past the run, or past the character (the length of its UTF-8 is in its
        // first byte): only a character's first byte may start a kanji digit.
        at = end.max(at + crate::substring::utf8_len(bytes.get(at).copied().unwrap_or(0)));
    }
    (!edits.is_empty()).then(|| reading::with_chars(text, &edits))
}

#[cfg(test)]
mod tests {
    use super::view;

    #[test]
    fn runs_of_two_or_more_are_read_as_full_width_digits() {
        assert_eq!(
            view("記号 七一六 番号 四二四〇九、一度").as_deref(),
            Some("記号 ７１６ 番号 ４２４０９、一度")
        );
        assert_eq!(view("八九").as_deref(), Some("８９"));
        assert_eq!(view("一度、三月、十二"), None);
        assert_eq!(view("〇三").as_deref(), Some("０３"));
        // 零 starts a run as 〇 does.
        assert_eq!(
            view("口座番号零六七四二一六").as_deref(),
            Some("口座番号０６７４２１６")
        );
        assert_eq!(view("零細企業"), None);
        // A group after a dash, however short.
        assert_eq!(
            view("五八八七－〇二九二五九－六").as_deref(),
            Some("５８８７－０２９２５９－６")
        );
        assert_eq!(view("三－二"), None);
        assert_eq!(view("一 二 三"), None);
        // Beside a written digit, one is enough, and 〇 too.
        assert_eq!(view("3一3一0四0二").as_deref(), Some("3１3１0４0２"));
        assert_eq!(view("8〇〇1").as_deref(), Some("8００1"));
        assert_eq!(view("一日3回、1週間"), None);
        // Placeholders.
        assert_eq!(view("〇〇〇〇工業健康保険組合、〇〇様"), None);
        assert_eq!(view("〇〇〇〇一").as_deref(), Some("００００１"));
        // An の between two runs parts one number's groups; not before a lone digit.
        assert_eq!(
            view("〇七〇の七七二八の四四五七です").as_deref(),
            Some("０７０－７７２８－４４５７です")
        );
        assert_eq!(view("七七の三").as_deref(), Some("７７の三"));
    }

    #[test]
    fn circled_and_spaced_digits() {
        assert_eq!(view("⑧③⑨⑤").as_deref(), Some("８３９５"));
        // One alone, beside a written digit, numbers a list's item.
        assert_eq!(view("①01273002"), None);
        assert_eq!(view("二 五 六 九").as_deref(), Some("２ ５ ６ ９"));
        assert_eq!(view("二　五　六"), None);
        assert_eq!(view("一 〇九").as_deref(), Some("一 ０９"));
        assert_eq!(view("五一 八").as_deref(), Some("５１ 八"));
        // The scanner's sign and the view agree: where it says a spaced run is, one
        // is read; a space after the last digit is not part of it.
        for text in [
            "二 五 六 九",
            "〇 〇 〇 一",
            "〇二八 (028)",
            "一 〇九\n0 ",
            "五一 八  \n0 ",
            "二 五 六 九 x",
        ] {
            let b = text.as_bytes();
            let signed = (0..b.len()).any(|at| super::spaced_fourth(b, at));
            assert!(!signed || view(text).is_some(), "{text}");
        }
        assert!(!super::spaced_fourth("〇 〇 〇 〇".as_bytes(), 18));
    }

    #[test]
    fn the_view_keeps_every_offset() {
        let text = "保険者番号は〇六一三九八三三、記号は一二の三です";
        let seen = view(text).unwrap_or_default();
        assert_eq!(seen.len(), text.len());
        assert_eq!(seen.encode_utf16().count(), text.encode_utf16().count());
        for ((i, a), (j, b)) in text.char_indices().zip(seen.char_indices()) {
            assert_eq!(i, j);
            if a != b {
                assert!(('\u{FF10}'..='\u{FF19}').contains(&b), "{a} {b}");
            }
        }
        assert!(seen.contains("０６１３９８３３") && seen.contains("１２の三"));
    }

    #[test]
    fn every_kanji_digit_is_known_and_nothing_else() {
        let digits: String = super::KANJI.iter().collect();
        assert_eq!(digits, "〇一二三四五六七八九");
        for (d, c) in digits.chars().enumerate().skip(1) {
            let pair: String = [c, c].iter().collect();
            let want = char::from_u32(0xFF10 + d as u32).map(|w| [w, w].iter().collect());
            assert_eq!(view(&pair), want, "{c}");
        }
        for u in 0x3000..0xA000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            if !digits.contains(c) && c != super::ZERO {
                assert_eq!(view(&[c, c, '一'].iter().collect::<String>()), None, "{c}");
            }
        }
        assert_eq!(view("零零一").as_deref(), Some("００１"));
    }
}
