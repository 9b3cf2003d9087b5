//! Contact data: phone numbers and e-mail addresses. Both are found only when the
//! caller asks for them (`kinds`), since a contact form needs them in the clear.
//!
//! - Phone: a candidate (digits with the separators and parentheses people type, an
//!   optional leading `+`) that [`crate::phone::check_phone`] accepts as a valid
//!   Japanese number. The `+` of an international number is part of the finding.
//! - E-mail: `local@domain` scanned by hand around each `@` (or `＠`), so that an
//!   address touching Japanese text is found exactly (`メールはtaro@example.jpまで`):
//!   the local part is at most 64 characters of letters, digits and `._%+-`, the
//!   domain at most 253 of letters, digits, `-` and `.`, with a dot and a
//!   top-level domain of two or more letters (RFC 5321 §4.5.3.1 limits).

use super::chars::{fold, is_invisible, Sep};
use super::token::Value;

/// The byte offset where a phone finding starts if `v` is a phone number, checked
/// with `parse_phone` when `validate` (else by its shape alone, for a phone label
/// whose number must not be taken for anything else). `misread`: after a phone's
/// label, letters OCR gives for digits (`O742-47-2945`, `o8o`, `l` or `I` for 1)
/// are those digits.
pub(crate) fn phone_start(text: &str, v: &Value, validate: bool, misread: bool) -> Option<usize> {
    let mut read = [0u8; crate::redact::token::MAX_UNITS];
    let mut n = 0;
    for &u in v.units() {
        *read.get_mut(n)? = match u {
            b'O' if misread => b'0',
            b'I' | b'L' if misread => b'1',
            b'0'..=b'9' | b'*' => u,
            _ => return None,
        };
        n += 1;
    }
    let d = read.get(..n)?;
    let plus_len = plus_before(text, v.start);
    let plus = plus_len > 0;
    let paren_len = mark_before(text, v.start, b'(', 0x88);
    // An area code in parentheses (`(03)1234-5678`): the value's first
    // parenthesis closes the one before it (not `（03(7094)7813）`, one inside
    // another's).
    let paren = paren_len > 0
        && v.seps().any(|s| s == Sep::Paren)
        && text
            .get(v.start..v.end)
            .and_then(|t| t.chars().find(|c| matches!(c, '(' | '（' | ')' | '）')))
            .is_some_and(|c| matches!(c, ')' | '）'));
    let start = v.start
        - if plus {
            plus_len
        } else if paren {
            paren_len
        } else {
            0
        };
    // A digit already masked (`*`) may have been the one the shape asks for: a
    // phone number masked whole (`**** ******`) is still one to its label.
    let is = |at: usize, digit: u8| d.get(at).is_some_and(|&u| u == digit || u == b'*');
    let shaped = if plus {
        is(0, b'8') && is(1, b'1') && matches!(d.len(), 11..=13)
    } else {
        is(0, b'0') && matches!(d.len(), 10..=11)
    };
    if !shaped {
        return None;
    }
    if validate && !v.is_masked() {
        let candidate = text.get(start..v.end)?;
        // A number with invisible characters among its digits (a reading of
        // spoken digits has them: `spoken_digits`), or letters misread: its digits
        // are judged alone.
        let valid = if v.letters > 0 || crate::substring::any_char(candidate, is_invisible) {
            !plus && crate::phone::digits_are_phone(d)
        } else {
            crate::phone::check_phone(candidate).is_ok() || (!plus && phone_shape(candidate))
        };
        valid.then_some(())?;
    }
    Some(start)
}

/// Whether `candidate` is written as a Japanese phone number is, in three groups
/// parted by hyphens from a `0`: 3-4-4 from `050`, `070`, `080` or `090` (a mobile's
/// or an IP phone's, `050-0182-6539`), or ten digits as a fixed line's are grouped,
/// 2-4-4, 3-3-4, 4-2-4 or 5-1-4 (`03-0567-0213`); or a company's free or navi dial
/// 4-3-3 (`0120-251-508`, and `0800-278-631` written as a 0120 number is, a digit
/// short of the eleven `0800` has). A number of that shape is a phone's
/// whether or not the numbering plan has given its block out (a number mistyped or
/// made up is masked as the one it stands for).
fn phone_shape(candidate: &str) -> bool {
    let b = candidate.as_bytes();
    let mut groups = b.split(|&c| c == b'-');
    let (Some(a), Some(m), Some(z), None) =
        (groups.next(), groups.next(), groups.next(), groups.next())
    else {
        return false;
    };
    let digits = |g: &[u8]| !g.is_empty() && g.iter().all(u8::is_ascii_digit);
    if matches!(a, b"0120" | b"0800" | b"0570") && m.len() == 3 && z.len() == 3 {
        return digits(m) && digits(z);
    }
    if !(digits(a) && digits(m) && digits(z)) || z.len() != 4 || a.first() != Some(&b'0') {
        return false;
    }
    match (a.len(), m.len()) {
        (3, 4) => matches!(a, [b'0', b'5' | b'7' | b'8' | b'9', b'0']),
        (2, 4) | (3, 3) | (4, 2) | (5, 1) => a.get(1).is_some_and(|&d| d != b'0'),
        _ => false,
    }
}

/// How many bytes of invisible characters and at most one space stand at the start
/// of `chars` (a text's characters after or, reversed, before a place), and how
/// many spaces (0 or 1) of them.
fn spaced(chars: impl Iterator<Item = char>) -> (usize, usize) {
    let mut n = 0;
    let mut spaces = 0;
    for c in chars {
        if is_invisible(c) || (c == ' ' && spaces == 0) {
            spaces += usize::from(c == ' ');
            n += c.len_utf8();
        } else {
            break;
        }
    }
    (n, spaces)
}

/// Whether `d` (digits) are a phone number's: a person's, as [`crate::phone`]
/// judges them, or a service's a company answers, free dial `0120` (ten digits)
/// and `0800` (eleven) or navi dial `0570` (ten), which [`crate::phone`] leaves out
/// but a text names as a phone's (`口座開設サポート 0120-251-508`).
pub(crate) fn phone_digits(d: &[u8]) -> bool {
    crate::phone::digits_are_phone(d)
        || matches!(
            (d.get(..4), d.len()),
            (Some(b"0120" | b"0570"), 10) | (Some(b"0800"), 11)
        )
}

/// How many bytes the `+` right before byte `at` of `text` has when it stands in a
/// sentence, a phone number's abroad or Japan's (`海外から +81-3-5155-8954`), or 0;
/// a `+` that starts a line is a diff's added row (`+2231,0134,…`).
pub(crate) fn plus_in_sentence(text: &str, at: usize) -> usize {
    let plus = plus_before(text, at);
    let line_start = matches!(
        text.as_bytes().get((at - plus).wrapping_sub(1)),
        None | Some(b'\n')
    );
    if plus > 0 && !line_start {
        plus
    } else {
        0
    }
}

/// How many bytes the `+` or `＋` right before byte `at` of `text` has (an
/// international number's), or 0.
pub(crate) fn plus_before(text: &str, at: usize) -> usize {
    mark_before(text, at, b'+', 0x8B)
}

/// How many bytes the ASCII `mark` or its full-width form (`EF BC wide`) right
/// before byte `at` of `text` has, or 0.
pub(crate) fn mark_before(text: &str, at: usize, mark: u8, wide: u8) -> usize {
    match text.as_bytes().get(..at).unwrap_or(&[]) {
        [.., b] if *b == mark => 1,
        [.., 0xEF, 0xBC, b] if *b == wide => 3,
        _ => 0,
    }
}

// `*` stands for a letter or digit someone already masked: an address masked once
// is still an address, and redacting it again finds nothing new.
fn local_char(c: char) -> bool {
    let f = fold(c);
    f.is_ascii_alphanumeric() || matches!(f, '.' | '_' | '%' | '+' | '-' | '*')
}

fn domain_char(c: char) -> bool {
    let f = fold(c);
    f.is_ascii_alphanumeric() || matches!(f, '.' | '-' | '*')
}

/// The e-mail address around the `@` (`at_len` bytes) at byte `at`, if any. A
/// space may stand on either side of the `@` (`ken_sato @ example.co.jp`) and
/// around a dot of the domain, and invisible characters anywhere in it (a
/// spelled-out address read as one has them: [`super::spelled_address`]).
pub(crate) fn email_at(text: &str, at: usize, at_len: usize) -> Option<(usize, usize)> {
    // Local part: back from the @ (and a space before it), at most 64 characters,
    // starting with a letter or digit.
    let at_start = at;
    // Spaced on both sides or on neither (`api @http.url` is a log's query).
    let ((before, lead), (after, trail)) = (
        spaced(crate::substring::slice(text, 0, at).chars().rev()),
        spaced(crate::substring::slice(text, at + at_len, text.len()).chars()),
    );
    if lead != trail {
        return None;
    }
    let at = at - before;
    let mut start = at;
    for (n, c) in text.get(..at)?.chars().rev().enumerate() {
        if n >= 64 || !local_char(c) {
            break;
        }
        start -= c.len_utf8();
    }
    let local = text.get(start..at)?;
    let trimmed =
        crate::substring::trim_start_by(local, |c| !matches!(fold(c), 'a'..='z' | '0'..='9' | '*'));
    start += local.len() - trimmed.len();
    if start == at {
        return None;
    }
    let at = at_start;
    // Domain: forward, at most 253 characters of labels; it ends after the last
    // label that starts with two or more letters (the top-level domain), so digits
    // right after an address are not part of it (`taro@example.jp0312345678`).
    let from = at + at_len + after;
    let mut end = None;
    let mut label_start = from;
    let mut letters = 0usize;
    let mut letters_end = from;
    let mut in_letters = true;
    // A `*` counts as a masked letter only before the label's first real letter: a
    // mask hides a value from its start (`*om` of the partial style), so `com*` is
    // `com` followed by something else, such as a value masked on its own.
    let mut seen_letter = false;
    let mut labels = 0;
    let domain = text.get(from..)?;
    for (n, (i, c)) in domain.char_indices().enumerate() {
        let f = fold(c);
        let at_char = from + i;
        if is_invisible(c) {
            continue;
        }
        // A space beside a dot spelled out (`example ドット ne`, read `example ．⁠⁠
        // ne`: the dot and its word joiners).
        let dot_beside = || {
            let before = crate::substring::trim_end_by(
                crate::substring::slice(text, from, at_char),
                is_invisible,
            );
            (before.as_bytes().ends_with("．".as_bytes()) && before.len() < at_char - from)
                || domain
                    .as_bytes()
                    .get(i + 1..)
                    .is_some_and(|r| r.starts_with("．\u{2060}".as_bytes()))
        };
        if c == ' ' && dot_beside() {
            continue;
        }
        if n >= 253 || !domain_char(c) {
            break;
        }
        if f == '.' {
            if at_char == label_start {
                break; // an empty label
            }
            labels += 1;
            label_start = at_char + c.len_utf8();
            letters = 0;
            in_letters = true;
            seen_letter = false;
            continue;
        }
        if in_letters && (f.is_ascii_alphabetic() || (f == '*' && !seen_letter)) {
            seen_letter |= f != '*';
            letters += 1;
            letters_end = at_char + c.len_utf8();
        } else {
            in_letters = false;
        }
        if labels >= 1 && letters >= 2 {
            end = Some(letters_end);
        }
    }
    end.map(|end| (start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(text: &str) -> Vec<&str> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (at, sign) in text.match_indices(['@', '＠']) {
            if let Some((s, e)) = email_at(text, at, sign.len()) {
                if found.last().is_none_or(|&(_, end)| s >= end) {
                    found.push((s, e));
                }
            }
        }
        found.into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn addresses_touching_japanese_text() {
        assert_eq!(emails("メールはtaro@example.jpまで"), ["taro@example.jp"]);
        assert_eq!(
            emails("返信はken.ishii@example.comまでお願いします。"),
            ["ken.ishii@example.com"]
        );
        assert_eq!(emails("（hina70@example.ne.jp）"), ["hina70@example.ne.jp"]);
        assert_eq!(
            emails("メール：yoshida_yuko19@example.ne.jp。"),
            ["yoshida_yuko19@example.ne.jp"]
        );
        assert_eq!(
            emails("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"),
            ["ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"]
        );
        assert_eq!(emails("a@b.jp, c@d.co.jp"), ["a@b.jp", "c@d.co.jp"]);
    }

    #[test]
    fn not_addresses() {
        assert!(emails("@example.jp").is_empty());
        assert!(emails("taro@localhost").is_empty());
        assert!(emails("taro@example.j").is_empty());
        assert!(emails("taro@example..jp").is_empty());
        assert!(emails("taro@123.456").is_empty());
        assert!(emails("価格は¥100@3個").is_empty());
        assert!(emails("no at sign here").is_empty());
    }

    #[test]
    fn digits_after_an_address_are_not_part_of_it() {
        assert_eq!(emails("taro@example.jp0312345678"), ["taro@example.jp"]);
        assert_eq!(emails("a.b@x.co.jp0"), ["a.b@x.co.jp"]);
        assert_eq!(emails("a@x.co.123"), ["a@x.co"]);
    }

    #[test]
    fn masked_letters_lead_a_top_level_domain_and_never_follow_it() {
        // Masked whole, or by the partial style (which keeps the end).
        assert_eq!(emails("****@*******.***"), ["****@*******.***"]);
        assert_eq!(emails("****@*******.*om"), ["****@*******.*om"]);
        // A value masked on its own right after an address is not part of it: the
        // first pass saw `taro@example.com5`, and masking the 5 must not change
        // what the address is.
        assert_eq!(emails("taro@example.com*-"), ["taro@example.com"]);
        assert_eq!(emails("a@x.co.jp**"), ["a@x.co.jp"]);
    }

    #[test]
    fn trailing_dots_are_not_part_of_the_address() {
        assert_eq!(emails("x.y@example.jp."), ["x.y@example.jp"]);
        assert_eq!(emails(".x@example.jp"), ["x@example.jp"]);
    }

    #[test]
    fn long_runs_stay_linear() {
        let text = format!("{}@{}", "a".repeat(100_000), "@".repeat(100_000));
        assert!(emails(&text).is_empty());
    }
}
