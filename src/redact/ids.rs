//! Identity documents: passport (旅券), residence card (在留カード), driver's licence
//! (運転免許証) and basic pension number (基礎年金番号).
//!
//! - Passport: two letters and seven digits (`TK1234567`), the format of Japanese
//!   passports (旅券法施行規則 別記様式); a space may separate letters and digits.
//!   Found without a label when the letters are upper case.
//! - Residence card (and 特別永住者証明書): two letters, eight digits, two letters
//!   (`AB12345678CD`, 出入国管理及び難民認定法 第19条の4); found without a label when
//!   the letters are upper case.
//! - Driver's licence: twelve digits, behind a label with 免許 (`第…号` around it is not
//!   part of the value).
//! - Basic pension number: ten digits as 4-6 (`1234-567890`) or one run, behind a
//!   label with 年金.

use super::chars::Sep;
use super::token::Value;

/// Letters then digits (then letters), with the given counts; a mask character
/// (`*`) stands for either.
fn pattern(units: &[u8], head: usize, digits: usize, tail: usize) -> bool {
    units.len() == head + digits + tail
        && units.iter().enumerate().all(|(i, &b)| {
            if i < head || i >= head + digits {
                b.is_ascii_uppercase() || b == b'*'
            } else {
                b.is_ascii_digit() || b == b'*'
            }
        })
}

/// Two letters written apart that are a word, not a document prefix (`No 1234567`).
fn is_word_prefix(v: &Value) -> bool {
    v.group_lens().next() == Some(2) && matches!(v.units().get(..2), Some(b"NO" | b"ID"))
}

/// Passport number; `any_case` when a passport label stands before it.
pub(crate) fn is_passport(v: &Value, any_case: bool) -> bool {
    pattern(v.units(), 2, 7, 0)
        && (any_case || v.upper == 2 || v.is_masked())
        && v.seps().all(|s| s == Sep::Space)
        && !is_word_prefix(v)
}

/// Whether `units` (upper-case letters and digits) are shaped as a residence
/// card's number is, `AB12345678CD`.
pub(crate) fn residence_shape(units: &[u8]) -> bool {
    pattern(units, 2, 8, 2) && !units.contains(&b'*')
}

/// Residence card number; `any_case` when a residence-card label stands before it.
pub(crate) fn is_residence_card(v: &Value, any_case: bool) -> bool {
    pattern(v.units(), 2, 8, 2)
        && (any_case || v.upper == 4 || v.is_masked())
        && v.seps().all(|s| s == Sep::Space)
        && !is_word_prefix(v)
}

/// Driver's licence number.
pub(crate) fn is_drivers_license(v: &Value) -> bool {
    v.numeric_shape() && v.len() == 12
}

/// Basic pension number.
pub(crate) fn is_pension_number(v: &Value) -> bool {
    if !v.numeric_shape() || v.len() != 10 {
        return false;
    }
    let mut lens = v.group_lens();
    matches!(
        (lens.next(), lens.next(), lens.next()),
        (Some(10), None, None) | (Some(4), Some(6), None)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::value;

    #[test]
    fn passports() {
        for text in ["TK1234567", "ＴＫ９５８７３５５", "TK 1234567"] {
            assert!(is_passport(&value(text), false), "{text}");
        }
        assert!(is_passport(&value("tk1234567"), true));
        for text in [
            "tk1234567",
            "T1234567",
            "TKX1234567",
            "TK123456",
            "TK12345678",
            "TK-1234567",
            "NO 1234567",
        ] {
            assert!(!is_passport(&value(text), false), "{text}");
        }
    }

    #[test]
    fn residence_cards() {
        for text in [
            "AB12345678CD",
            "ＳＳ７０６１２４０８ＫＨ",
            "AB 12345678 CD",
            "AB12345678 CD",
        ] {
            assert!(is_residence_card(&value(text), false), "{text}");
        }
        for text in ["ab12345678cd", "AB1234567CD", "AB12345678C", "A12345678CD"] {
            assert!(!is_residence_card(&value(text), false), "{text}");
        }
    }

    #[test]
    fn licences_and_pensions() {
        assert!(is_drivers_license(&value("428557508891")));
        assert!(is_drivers_license(&value("4617-9680-6720")));
        assert!(!is_drivers_license(&value("42855750889")));
        assert!(is_pension_number(&value("4632-576792")));
        assert!(is_pension_number(&value("3844 806580")));
        assert!(is_pension_number(&value("8760712518")));
        assert!(!is_pension_number(&value("06-4266-0520")));
        assert!(!is_pension_number(&value("463-2576792")));
    }
}
