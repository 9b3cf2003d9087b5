//! My Number (個人番号): twelve digits, found with or without a label.
//!
//! Rule: the last digit is the check digit of 番号法施行令 第8条 and 平成26年総務省令
//! 第85号 第5条 ([`crate::checkdigit::is_my_number`]). Any grouping is accepted
//! (`1234 5678 9018`, `1234-5678-9018`, full-width, mixed width). Twelve digits that
//! fail the check are left alone: tracking numbers look exactly like My Numbers.

use super::token::Value;
use crate::checkdigit;

/// Whether `v` is a My Number.
pub(crate) fn is_my_number(v: &Value) -> bool {
    v.digits_only() && v.len() == 12 && checkdigit::is_my_number(v.units())
}

/// Whether `v`, a My Number by its check digit, may be taken as one without a
/// label: not a date and time written as one number (`20250116-0941`,
/// `202501160941`: a batch's or a file's stamp passes the check one time in
/// eleven).
pub(crate) fn stands_alone(v: &Value) -> bool {
    let mut groups = v.group_lens();
    let shape = matches!(
        (groups.next(), groups.next(), groups.next()),
        (Some(12), None, _) | (Some(8), Some(4), None)
    );
    !(shape && super::health::date_and_time(v.units()))
}

/// Whether an already masked `v` has the shape of one.
pub(crate) fn has_shape(v: &Value) -> bool {
    v.numeric_shape() && v.len() == 12
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::value;

    #[test]
    fn positives() {
        for text in [
            "123456789018",
            "1234 5678 9018",
            "1234-5678-9018",
            "１２３４５６７８９０１８",
            "1234－５６７８ー9018",
        ] {
            assert!(is_my_number(&value(text)), "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "123456789012",
            "12345678901",
            "1234567890188",
            "12345678901A",
        ] {
            assert!(!is_my_number(&value(text)), "{text}");
        }
        assert!(has_shape(&value("****-****-****")));
        // A date and time as one number passes the check now and then.
        for text in ["20250116-0948", "202501160948"] {
            assert!(is_my_number(&value(text)), "{text}");
            assert!(!stands_alone(&value(text)), "{text}");
        }
        assert!(stands_alone(&value("1234 5678 9018")));
        assert!(!has_shape(&value("****-****")));
    }
}
