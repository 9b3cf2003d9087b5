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
        assert!(!has_shape(&value("****-****")));
    }
}
