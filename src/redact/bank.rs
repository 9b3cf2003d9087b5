//! Bank account numbers (口座番号): 7 digits, only behind a label (口座, 普通, 当座,
//! 預金, 振込先, Account…). No check digit exists; bank and branch names and the
//! 3-digit branch number (店番) are not part of the value.

use super::token::Value;

/// Whether `v` is an account number.
pub(crate) fn is_account(v: &Value) -> bool {
    v.numeric_shape() && v.len() == 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::value;

    #[test]
    fn seven_digits_only() {
        assert!(is_account(&value("6025010")));
        assert!(is_account(&value("０５６４５５７")));
        assert!(is_account(&value("602-5010")));
        assert!(!is_account(&value("135")));
        assert!(!is_account(&value("60250101")));
        assert!(!is_account(&value("A602501")));
    }
}
