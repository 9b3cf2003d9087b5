//! Check-digit rules the redaction detectors rely on.
//!
//! Every function takes the digits as ASCII bytes (`b'0'..=b'9'`), already stripped of
//! separators and folded from full width; anything else makes the number invalid
//! (never a panic). The detectors in [`crate::redact`] call these after their own
//! length and shape checks.

/// The check digit of a My Number (個人番号) from its first eleven digits, or `None`
/// when `payload` is not exactly eleven ASCII digits.
///
/// Source: 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令
/// 第8条, and the formula of 平成26年総務省令第85号 第5条 (検査用数字を算出する算式):
/// with Pn the n-th digit counted from the right (n = 1…11) and Qn = n + 1 for
/// n ≤ 6, n − 5 for n ≥ 7, r = Σ Pn·Qn mod 11; the check digit is 0 when r ≤ 1,
/// else 11 − r.
///
/// # Examples
///
/// ```
/// use mamori::checkdigit::my_number_check_digit;
/// assert_eq!(my_number_check_digit(b"12345678901"), Some(8));
/// assert_eq!(my_number_check_digit(b"1234567890"), None);
/// ```
pub fn my_number_check_digit(payload: &[u8]) -> Option<u8> {
    if payload.len() != 11 {
        return None;
    }
    let mut sum: u32 = 0;
    // n counts from the right, starting at 1.
    for (i, &b) in payload.iter().rev().enumerate() {
        let p = ascii_digit(b)?;
        let n = i as u32 + 1;
        let q = if n <= 6 { n + 1 } else { n - 5 };
        sum += p * q;
    }
    let r = sum % 11;
    Some(if r <= 1 { 0 } else { (11 - r) as u8 })
}

/// Whether `digits` is a My Number: twelve ASCII digits whose last one is the check
/// digit of [`my_number_check_digit`].
///
/// # Examples
///
/// ```
/// use mamori::checkdigit::is_my_number;
/// assert!(is_my_number(b"123456789018"));
/// assert!(!is_my_number(b"123456789012"));
/// ```
pub fn is_my_number(digits: &[u8]) -> bool {
    match digits.split_last() {
        Some((&last, payload)) if digits.len() == 12 => {
            my_number_check_digit(payload).map(u32::from) == ascii_digit(last)
        }
        _ => false,
    }
}

/// Whether `digits` passes the Luhn (mod 10, weights 2-1 from the right) check.
///
/// Source: ISO/IEC 7812-1, Annex B (payment cards). The same rule is the 検証番号 of
/// 保険者番号, 公費負担者番号 and 受給者番号 in 厚生労働省's 保険者番号等設定要領:
/// starting from the digit left of the check digit, multiply alternately by 2 and
/// 1, add the digits of each product, and the check digit is (10 − sum mod 10)
/// mod 10. Fewer than two digits is never valid.
///
/// # Examples
///
/// ```
/// use mamori::checkdigit::luhn_valid;
/// assert!(luhn_valid(b"4539578763621486"));
/// assert!(luhn_valid(b"01130012")); // 保険者番号, 協会けんぽ 東京
/// assert!(!luhn_valid(b"4539578763621487"));
/// ```
pub fn luhn_valid(digits: &[u8]) -> bool {
    if digits.len() < 2 {
        return false;
    }
    let mut sum: u32 = 0;
    for (i, &b) in digits.iter().rev().enumerate() {
        let Some(d) = ascii_digit(b) else {
            return false;
        };
        // The check digit (i = 0) has weight 1, its left neighbour 2, and so on.
        sum += if i % 2 == 1 {
            let twice = d * 2;
            if twice > 9 {
                twice - 9
            } else {
                twice
            }
        } else {
            d
        };
    }
    sum % 10 == 0
}

/// Whether `digits` passes the EAN-13 check (a JAN code's, printed under the bar
/// code of goods sold in Japan): thirteen ASCII digits whose weighted sum, weights
/// 1 and 3 alternately from the left, is a multiple of ten.
///
/// Source: GS1 General Specifications, section 7.9.1 (standard check digit
/// calculation for GTIN-13).
///
/// # Examples
///
/// ```
/// use mamori::checkdigit::ean13_valid;
/// assert!(ean13_valid(b"4901234567894"));
/// assert!(!ean13_valid(b"4901234567895"));
/// assert!(!ean13_valid(b"490123456789"));
/// ```
pub fn ean13_valid(digits: &[u8]) -> bool {
    if digits.len() != 13 {
        return false;
    }
    let mut sum: u32 = 0;
    for (i, &b) in digits.iter().enumerate() {
        let Some(d) = ascii_digit(b) else {
            return false;
        };
        sum += if i % 2 == 1 { 3 * d } else { d };
    }
    sum % 10 == 0
}

fn ascii_digit(b: u8) -> Option<u32> {
    b.is_ascii_digit().then(|| u32::from(b - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn my_number_worked_example() {
        // From the corpus README: Σ = 212, 212 mod 11 = 3, check 8.
        assert_eq!(my_number_check_digit(b"12345678901"), Some(8));
        assert!(is_my_number(b"123456789018"));
        for wrong in b'0'..=b'9' {
            if wrong != b'8' {
                let mut n = *b"123456789018";
                n[11] = wrong;
                assert!(!is_my_number(&n));
            }
        }
    }

    #[test]
    fn my_number_remainders_zero_and_one_give_zero() {
        // 00000000000: sum 0, r = 0 → 0.
        assert_eq!(my_number_check_digit(b"00000000000"), Some(0));
        // Find a payload with r = 1 by brute force over the last digit.
        let mut found = false;
        for d in b'0'..=b'9' {
            let payload = [
                b'0', b'0', b'0', b'0', b'0', b'0', b'0', b'0', b'0', b'0', d,
            ];
            let sum = u32::from(d - b'0') * 2;
            if sum % 11 == 1 {
                assert_eq!(my_number_check_digit(&payload), Some(0));
                found = true;
            }
        }
        assert!(found, "6 × 2 = 12 ≡ 1 (mod 11)");
    }

    #[test]
    fn my_number_rejects_non_digits_and_lengths() {
        assert_eq!(my_number_check_digit(b"1234567890a"), None);
        assert!(!is_my_number(b"12345678901"));
        assert!(!is_my_number(b"1234567890188"));
        assert!(!is_my_number("１23456789018".as_bytes()));
        assert!(!is_my_number(b""));
    }

    #[test]
    fn luhn_worked_examples_of_the_corpus_readme() {
        assert!(luhn_valid(b"01130012"));
        assert!(luhn_valid(b"138008"));
        assert!(luhn_valid(b"21136015"));
        assert!(luhn_valid(b"4018214"));
        assert!(luhn_valid(b"4539578763621486"));
        // A single changed digit is always caught.
        assert!(!luhn_valid(b"01130013"));
        assert!(!luhn_valid(b"138018"));
        assert!(!luhn_valid(b"21136016"));
        assert!(!luhn_valid(b"4018215"));
    }

    #[test]
    fn luhn_rejects_short_and_non_digit_input() {
        assert!(!luhn_valid(b""));
        assert!(!luhn_valid(b"0"));
        assert!(luhn_valid(b"00"));
        assert!(!luhn_valid(b"4539-5787"));
    }
}
