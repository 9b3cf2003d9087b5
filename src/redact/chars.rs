//! Character classes of the redaction scanner: what is a letter or digit of a
//! value, what joins digit groups, what may stand between a label and its value,
//! and how label text is folded (width, case, half-width katakana) before matching.

/// A letter or digit of a value, folded to ASCII (`b'0'..=b'9'`, `b'A'..=b'Z'`), or a
/// mask character already in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// A half- or full-width digit.
    Digit(u8),
    /// A half- or full-width Latin letter, upper-cased; `true` when it was upper case.
    Letter(u8, bool),
    /// A mask character (`*`, `＊`, `●`): a digit someone already hid.
    Wild,
}

/// What a separator inside a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    /// A space or U+3000.
    Space,
    /// A hyphen, dash, minus or long-vowel mark.
    Dash,
    /// `.` or `．`.
    Dot,
    /// A parenthesis (phone numbers such as `03(1234)5678`).
    Paren,
}

/// The value unit `c` stands for, if any.
#[inline]
pub(crate) fn unit(c: char) -> Option<Unit> {
    match c {
        '0'..='9' => Some(Unit::Digit(c as u8)),
        'A'..='Z' => Some(Unit::Letter(c as u8, true)),
        'a'..='z' => Some(Unit::Letter(c.to_ascii_uppercase() as u8, false)),
        '０'..='９' => Some(Unit::Digit(b'0' + (c as u32 - '０' as u32) as u8)),
        'Ａ'..='Ｚ' => Some(Unit::Letter(b'A' + (c as u32 - 'Ａ' as u32) as u8, true)),
        'ａ'..='ｚ' => Some(Unit::Letter(b'A' + (c as u32 - 'ａ' as u32) as u8, false)),
        '*' | '＊' | '●' => Some(Unit::Wild),
        // The digits of other scripts a resident from abroad may type
        // (`बैंक खाता नम्बर（口座番号）: ८२११२५३`): Arabic-Indic, Persian,
        // Devanagari (Nepali, Hindi), Bengali, Thai and Myanmar, each script's
        // ten in a row from zero (Unicode's `Nd` blocks).
        '\u{0660}'..='\u{0669}' => Some(Unit::Digit(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Some(Unit::Digit(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{0966}'..='\u{096F}' => Some(Unit::Digit(b'0' + (c as u32 - 0x0966) as u8)),
        '\u{09E6}'..='\u{09EF}' => Some(Unit::Digit(b'0' + (c as u32 - 0x09E6) as u8)),
        '\u{0E50}'..='\u{0E59}' => Some(Unit::Digit(b'0' + (c as u32 - 0x0E50) as u8)),
        '\u{1040}'..='\u{1049}' => Some(Unit::Digit(b'0' + (c as u32 - 0x1040) as u8)),
        _ => None,
    }
}

/// Whether `c` is a digit of another script [`unit`] reads (`८`, `٣`).
fn foreign_digit(c: char) -> bool {
    !c.is_ascii() && (c as u32) < 0x1100 && matches!(unit(c), Some(Unit::Digit(_)))
}

/// The lead bytes of the UTF-8 of [`foreign_digit`]s: D9 and DB (Arabic-Indic,
/// Persian), E0 (Devanagari to Thai), E1 (Myanmar).
pub(crate) const FOREIGN_DIGIT_LEADS: [u8; 4] = [0xD9, 0xDB, 0xE0, 0xE1];

/// Whether a digit of another script ([`foreign_digit`]) starts at byte `at` of
/// valid UTF-8 `bytes`: its lead byte first, the character only then.
#[inline]
pub(crate) fn foreign_digit_at(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at)
        .is_some_and(|b| FOREIGN_DIGIT_LEADS.contains(b))
        && crate::redact::labels::char_at(bytes, at).is_some_and(|(c, _)| foreign_digit(c))
}

/// The separator `c` is, if it may stand between two groups of one value.
#[inline]
pub(crate) fn sep(c: char) -> Option<Sep> {
    match c {
        ' ' | '\u{3000}' => Some(Sep::Space),
        '-' | '－' | 'ー' | '−' | '‐' | '‑' | '‒' | '–' | '—' | '―' | 'ｰ' | '﹣' => {
            Some(Sep::Dash)
        }
        '.' | '．' => Some(Sep::Dot),
        '(' | ')' | '（' | '）' => Some(Sep::Paren),
        // An emoji between a chat's groups (`4805🔸3198🔸7700🔸9731`) parts them as
        // a space would.
        // The joiner and the emoji presentation selector of an emoji's sequence
        // (`2940👩‍👧7561👩‍👧3664`) are part of it.
        '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}' | '\u{200D}' | '\u{FE0F}' => {
            Some(Sep::Space)
        }
        _ => None,
    }
}

/// A letter or digit as `char::is_alphanumeric` tells, for the scripts these texts
/// are written in — ASCII and full width, Latin with accents (romaji, Vietnamese
/// names), Greek, Cyrillic, Hangul, kana (ー, ゝ and half-width kana included) and
/// kanji (々, 〆, 〇, and those outside the BMP), circled and Roman numerals —
/// without core's tables of every script (some 4 KB of the browser build).
pub(crate) fn is_alnum(c: char) -> bool {
    matches!(c,
        '0'..='9' | 'A'..='Z' | 'a'..='z'
        | 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼'..='¾'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}'
        | '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{52F}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2160}'..='\u{2188}' | '\u{2460}'..='\u{24FF}'
        | '\u{3005}'..='\u{3007}'
        | '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}'
        | '\u{30A1}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// What a mask hides of a value: every character but ASCII punctuation and the
/// characters of the blocks of punctuation, symbols, arrows, box drawing, emoji and
/// variation selectors, none of which is a letter or digit, but for the circles a
/// letter writes as a zero among kanji digits (`○`, `◯`) (a test checks every
/// character against `char::is_alphanumeric`). A letter or digit of any script is
/// hidden, without core's tables of every script.
pub(crate) fn hides(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c,
        '\u{80}'..='\u{A9}' | '\u{AB}'..='\u{B1}' | '\u{B4}' | '\u{B6}'..='\u{B8}' | '\u{BB}'
        | '\u{BF}' | '\u{D7}' | '\u{F7}' | '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20FF}'
        | '\u{2190}'..='\u{245F}' | '\u{2500}'..='\u{25CA}' | '\u{25CC}'..='\u{25EE}'
        | '\u{25F0}'..='\u{2775}' | '\u{2794}'..='\u{2BFF}'
        | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{3030}' | '\u{303D}' | '\u{30FB}'
        | '\u{FE00}'..='\u{FE1F}' | '\u{FE30}'..='\u{FE6F}' | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
        | '\u{FFE0}'..='\u{FFEE}' | '\u{FFF0}'..='\u{FFFD}' | '\u{1F000}'..='\u{1F0FF}'
        | '\u{1F10D}'..='\u{1F12F}' | '\u{1F14A}'..='\u{1F14F}' | '\u{1F16A}'..='\u{1F16F}'
        | '\u{1F18A}'..='\u{1FAFF}' | '\u{E0000}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Horizontal white space.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// A character that shows nothing and parts nothing: the zero-width space, the
/// word joiner and the byte-order mark a copy from a web page or an app leaves
/// inside a number (`6208\u{200B}9588\u{200B}5329`), and the emoji presentation
/// selector and the enclosing keycap that make a digit an emoji (`1️⃣4️⃣2️⃣5️⃣`, a
/// number someone dressed up in a post), and the overlays that strike a character
/// through (U+0335, U+0336, U+0338: `2̶4̶4̶2̶`, a value crossed out in an editor,
/// still shown). A value reads on across it;
/// a reading of spoken digits fills a word's other kana with the word joiner, and
/// the spaces around a hyphen said with U+0001 ([`super::spoken_digits`]), a
/// control character no text shows.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{1}'
            | '\u{200B}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '\u{FE0F}'
            | '\u{20E3}'
            | '\u{335}'
            | '\u{336}'
            | '\u{338}'
    )
}

/// Whether a time's colon after its hour stands right before byte `at` of `bytes`
/// (`18:02 4354 8957`): two digits there are the time's minutes, which no value
/// goes on from (the scanner's tokens and the context's runs ask alike).
#[inline]
pub(crate) fn minutes_at(bytes: &[u8], at: usize) -> bool {
    at >= 2 && bytes.get(at - 1) == Some(&b':') && bytes.get(at - 2).is_some_and(u8::is_ascii_digit)
}

/// Whether the one or two ASCII digits at byte `at` of `bytes`, up to `end`, are a
/// date's day after its month and a slash (`3/15 4325-7433-7460-1926`, a year
/// before them or not): no value goes on from a date either.
#[inline]
pub(crate) fn day_at(bytes: &[u8], at: usize, end: usize) -> bool {
    let number = |from: usize, to: usize| {
        bytes.get(from..to).and_then(|d| {
            d.iter().try_fold(0u32, |n, b| {
                b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
            })
        })
    };
    if at < 2 || bytes.get(at - 1) != Some(&b'/') {
        return false;
    }
    let month_start = (at.saturating_sub(3)..at - 1)
        .find(|&i| {
            bytes
                .get(i..at - 1)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        })
        .unwrap_or(at - 1);
    // A year may stand before the month (`2025/3/15`), nothing else of digits.
    let year = month_start >= 5
        && bytes.get(month_start - 1) == Some(&b'/')
        && number(month_start - 5, month_start - 1).is_some()
        && !(month_start > 5 && bytes.get(month_start - 6).is_some_and(u8::is_ascii_digit));
    let month_ok = month_start < at - 1
        && (year
            || !(month_start > 0
                && matches!(bytes.get(month_start - 1), Some(b'0'..=b'9' | b'/'))));
    month_ok
        && matches!(end - at, 1 | 2)
        && number(month_start, at - 1).is_some_and(|m| (1..=12).contains(&m))
        && number(at, end).is_some_and(|d| (1..=31).contains(&d))
}

/// How many ASCII digits `bytes` starts with, and whether a comma and three
/// digits follow them: an amount's lead and its first thousands' group.
fn amount_lead(bytes: &[u8]) -> Option<usize> {
    let lead = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    ((1..=3).contains(&lead) && thousands_at(bytes, lead)).then_some(lead)
}

/// Whether a comma and three ASCII digits stand at byte `at` of `bytes`.
fn thousands_at(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b',')
        && bytes
            .get(at + 1..at + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// How many bytes of `bytes` an amount with thousands' commas takes from its start
/// (`1,836,990` whole), or 0.
pub(crate) fn amount_len(bytes: &[u8]) -> usize {
    let Some(lead) = amount_lead(bytes) else {
        return 0;
    };
    let mut at = lead;
    while thousands_at(bytes, at) && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit) {
        at += 4;
    }
    if at == lead {
        0
    } else {
        at
    }
}

/// Whether an amount written with thousands' commas starts at byte `at` of
/// `bytes`: one to three ASCII digits, a comma, three digits (`4,492,000円`). After a
/// space it is no group of the number before it (`843171005679　4,492,000円`).
pub(crate) fn amount_at(bytes: &[u8], at: usize) -> bool {
    amount_lead(bytes.get(at..).unwrap_or(&[])).is_some()
}

/// Hiragana (U+3041–U+309F, the whole block): what marks a sentence between a
/// label and a value.
#[inline]
pub(crate) fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}')
}

/// Kana or kanji: what a 記号 of an insurance card may start with (`ア12`, `千代田5`),
/// and what makes `番号` part of a longer word (`注文番号`).
#[inline]
pub(crate) fn is_kana_or_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}'                      // 々
        | '\u{3041}'..='\u{3096}'       // hiragana
        | '\u{30A1}'..='\u{30FA}'       // katakana
        | '\u{FF66}'..='\u{FF9F}'       // half-width katakana and voiced marks
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Kanji or kana, and the long-vowel mark ー: what a word has on each side of a line
/// break that parts it (a label wrapped in a narrow box, `被保⏎険者番号`; a header
/// cell wrapped in its column, `"口座⏎番号"`).
#[inline]
pub(crate) fn is_word_kana_or_kanji(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FA}' | '\u{30FC}' | '\u{3400}'..='\u{9FFF}')
}

/// Characters that may stand between a label and its value when they must be
/// adjacent (`記号：`, `番号 `, `枝番は`, `【保険者番号】`, `No.`).
#[inline]
pub(crate) fn is_connector(c: char) -> bool {
    is_space(c)
        || matches!(
            c,
            '\n' | ':' | '：' | '=' | '＝' | '→' | '⇒' | 'は' | 'が' | '#' | '＃' | '№'
                // brackets around the value or an aside (`記号（2桁）：`)
                | '【' | '】' | '（' | '）' | '(' | ')' | '「' | '」' | '『' | '』'
                | '［' | '］' | '[' | ']' | '＜' | '＞' | '<' | '>' | '〔' | '〕'
                | '｛' | '｝' | '{' | '}'
                // Markdown's code (`` 番号: `3398` ``)
                | '`'
                // between the components of 記号・番号
                | '、' | ',' | '，' | '・' | '･' | '/' | '／' | '-' | '－'
                // `No.`
                | '.' | '．' | 'N' | 'n' | 'O' | 'o' | 'Ｎ' | 'ｎ' | 'Ｏ' | 'ｏ'
        )
}

/// Whether a letter or digit is written full-width (masked with `＊`, not `*`).
#[inline]
pub(crate) fn is_wide(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x1100..=0x115F)
        || matches!(u, 0x2E80..=0xA4CF)
        || matches!(u, 0xAC00..=0xD7A3)
        || matches!(u, 0xF900..=0xFAFF)
        || matches!(u, 0xFF01..=0xFF60)
        || matches!(u, 0xFFE0..=0xFFE6)
        || u >= 0x20000
}

/// Folds one character for label matching: ASCII and full-width ASCII to lower-case
/// ASCII, half-width katakana to full-width katakana, a romaji's long vowel to its
/// vowel (`kigō`, `bangô`, `hokenshā`). Everything else is itself.
#[inline]
pub(crate) fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'ā' | 'Ā' | 'â' | 'Â' => 'a',
        'ē' | 'Ē' | 'ê' | 'Ê' => 'e',
        'ī' | 'Ī' | 'î' | 'Î' => 'i',
        'ō' | 'Ō' | 'ô' | 'Ô' => 'o',
        'ū' | 'Ū' | 'û' | 'Û' => 'u',
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(c as u32 - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase())
        }
        '\u{FF66}'..='\u{FF9D}' => crate::normalize::full_width_kana(c).unwrap_or(c),
        _ => c,
    }
}

/// Composes a katakana with a following voiced (`dakuten`) or semi-voiced mark, in
/// half-width (ﾞ ﾟ), combining or spacing form. `None` when they do not compose.
#[inline]
pub(crate) fn compose_voiced(base: char, mark: char) -> Option<char> {
    let voiced = matches!(mark, '\u{FF9E}' | '\u{3099}' | '\u{309B}');
    let semi = matches!(mark, '\u{FF9F}' | '\u{309A}' | '\u{309C}');
    if !voiced && !semi {
        return None;
    }
    let u = base as u32;
    let composed = match u {
        0x30A6 if voiced => 0x30F4, // ウ → ヴ
        // カ…ト: the voiceable ones are every other code point (ッ breaks the rhythm).
        0x30AB..=0x30C2 if voiced && (u - 0x30AB) % 2 == 0 => u + 1,
        0x30C4 | 0x30C6 | 0x30C8 if voiced => u + 1,
        // ハ ヒ フ ヘ ホ: +1 voiced, +2 semi-voiced.
        0x30CF | 0x30D2 | 0x30D5 | 0x30D8 | 0x30DB => {
            if voiced {
                u + 1
            } else {
                u + 2
            }
        }
        _ => return None,
    };
    char::from_u32(composed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_one_or_two_digits_after_a_month_and_a_slash() {
        let day = |text: &str| {
            let at = text.rfind('/').map_or(0, |i| i + 1);
            let end = at + text[at..].bytes().take_while(u8::is_ascii_digit).count();
            day_at(text.as_bytes(), at, end)
        };
        for text in ["3/15 4325", "12/1 1234", "記 1/31 9", "03/09", "2025/3/15"] {
            assert!(day(text), "{text}");
        }
        for text in [
            "13/15", "3/32", "3/0", "123/15", "1/2/3", "3/155", "/15", "x/15",
        ] {
            assert!(!day(text), "{text}");
        }
    }

    #[test]
    fn a_mask_hides_every_letter_or_digit_of_any_script() {
        // What it keeps is never a letter or digit, whatever the script.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if !hides(c) {
                assert!(!c.is_alphanumeric(), "{c:?}");
            }
        }
        for c in " -.・｜「」（）\u{3000}－―/／●※😀\u{FE0F}\u{E0100}\u{200D}".chars()
        {
            assert!(!hides(c), "{c:?}");
        }
    }

    #[test]
    fn letters_and_digits_agree_with_core_on_these_scripts() {
        let samples = "0aZ９ｚＡéÑøŁǅαЖĂằ①Ⅻ々〆〇あゝアーｱﾞ漢𠮷한";
        for c in samples.chars() {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        for c in " -_.・、。「」＊*@＠（）😅\u{3000}×÷".chars() {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn units_fold_width_and_case() {
        assert_eq!(unit('7'), Some(Unit::Digit(b'7')));
        assert_eq!(unit('７'), Some(Unit::Digit(b'7')));
        assert_eq!(unit('Ｔ'), Some(Unit::Letter(b'T', true)));
        assert_eq!(unit('ｋ'), Some(Unit::Letter(b'K', false)));
        assert_eq!(unit('＊'), Some(Unit::Wild));
        assert_eq!(unit('あ'), None);
        assert_eq!(unit('①'), None);
    }

    #[test]
    fn separators() {
        for c in [
            ' ', '\u{3000}', '-', '－', 'ー', '−', '‐', '–', '🔸', '✨', '💳',
        ] {
            assert!(sep(c).is_some(), "{c:?}");
        }
        assert_eq!(sep('．'), Some(Sep::Dot));
        assert_eq!(sep('/'), None);
        assert_eq!(sep(','), None);
    }

    #[test]
    fn folding_for_labels() {
        assert_eq!(fold('Ｎ'), 'n');
        assert_eq!(fold('．'), '.');
        assert_eq!(fold('ﾌ'), 'フ');
        assert_eq!(fold('漢'), '漢');
        assert_eq!(compose_voiced('ハ', 'ﾞ'), Some('バ'));
        assert_eq!(compose_voiced('ハ', 'ﾟ'), Some('パ'));
        assert_eq!(compose_voiced('コ', 'ﾞ'), Some('ゴ'));
        assert_eq!(compose_voiced('ト', 'ﾞ'), Some('ド'));
        assert_eq!(compose_voiced('ツ', 'ﾞ'), Some('ヅ'));
        assert_eq!(compose_voiced('ウ', 'ﾞ'), Some('ヴ'));
        assert_eq!(compose_voiced('ア', 'ﾞ'), None);
        assert_eq!(compose_voiced('ッ', 'ﾞ'), None);
        assert_eq!(compose_voiced('カ', 'ﾟ'), None);
    }

    #[test]
    fn width_of_masked_characters() {
        assert!(is_wide('７'));
        assert!(is_wide('千'));
        assert!(is_wide('𠮷'));
        assert!(!is_wide('7'));
        assert!(!is_wide('ｱ'));
    }
}
