//! The records of a bank transfer file in 全銀協's fixed-length format (全銀フォー
//! マット: 総合振込, 給与・賞与振込), as a payroll or a refund run exports them and
//! staff paste them: one record a line, its fields side by side with no word
//! beside them, names in half-width katakana.
//!
//! ```text
//! 20005ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ   135ｼﾌﾞﾔ              14516802ﾓﾘﾀ ﾅｵｷ   …  0000312000
//! ```
//!
//! A data record (データ区分 2) holds the payee's bank code (4 digits) and name,
//! branch code (3) and name, a clearing house's code (4, often blank), the account
//! type (1 digit: 1 普通, 2 当座, 4 貯蓄, 9 other) and the account number (7
//! digits), then the payee's name; the header record (データ区分 1) holds the
//! payer's own account in the same order after its bank. Source: 全国銀行協会
//! 「全銀協規定フォーマット」(総合振込・給与振込, 120-byte records).
//!
//! Pasted, a record's columns rarely keep their exact places (a name a character
//! short, spaces lost): the account is read by its neighbours instead — the
//! branch's code glued to its name, then, past the name, the digits that end in
//! the account type and the seven digits of the account, glued to the payee's
//! name or ending the line.

use super::{Finding, Kind};

/// Whether the character at byte `at` of `bytes` is a half-width katakana
/// (U+FF66–U+FF9F: `EF BD A6`–`EF BE 9F`).
fn half_kana(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at..at + 3),
        Some([0xEF, 0xBD, 0xA6..=0xBF] | [0xEF, 0xBE, 0x80..=0x9F])
    )
}

/// Whether `line` may be a record (a cheap look before [`account`]): a data
/// record's データ区分 2 and bank code, its bank's name after them; or the header's
/// データ区分 1, 種別コード, コード区分 and 振込依頼人コード (14 digits), the payer's
/// name after them.
pub(crate) fn may_be_record(line: &[u8]) -> bool {
    let digits = |n: usize| {
        line.get(..n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    line.len() >= 40
        && match line.first() {
            Some(b'2') => digits(5) && half_kana(line, 5),
            Some(b'1') => digits(14) && half_kana(line, 14),
            _ => false,
        }
}

/// The account number in `line`, a record starting at byte `start` of the text
/// ([`may_be_record`]), as a finding: the seven digits after the account type, in
/// the run of digits that follows the branch's code and name.
///
/// ```text
/// 20005ﾐﾗｲｼﾝｷﾝ       001ﾎﾝﾃﾝ               13880712ﾓﾘｼﾀ ﾁﾋﾛ  →  3880712
/// ```
pub(crate) fn account(line: &[u8], start: usize) -> Option<Finding> {
    let mut at = 0;
    let mut branch = false;
    while at < line.len() {
        let from = at;
        while line.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let digits = at - from;
        if digits == 0 {
            at += 1;
            continue;
        }
        let named = half_kana(line, at);
        if !branch {
            // The branch's code, glued to its name.
            branch = digits == 3 && named;
            continue;
        }
        // Past the branch's name: the account type and number (a clearing house's
        // code before them), glued to the payee's name or ending the line.
        let ends = named || matches!(line.get(at), None | Some(b' ' | b'\r'));
        let kind_at = at.checked_sub(8)?;
        let typed = matches!(line.get(kind_at), Some(b'1' | b'2' | b'4' | b'9'));
        return (matches!(digits, 8 | 12) && ends && typed).then_some(Finding {
            kind: Kind::BankAccount,
            start: start + at - 7,
            end: start + at,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Option<&str> {
        account(line.as_bytes(), 0).map(|f| &line[f.start..f.end])
    }

    #[test]
    fn a_data_record_s_account_follows_its_type() {
        let line = "20005ﾐﾗｲｼﾝｷﾝ       001ﾎﾝﾃﾝ               13880712ﾓﾘｼﾀ ﾁﾋﾛ                      0000231500";
        assert!(may_be_record(line.as_bytes()));
        assert_eq!(found(line), Some("3880712"));
        // A clearing house's code before the type.
        let line = "20005ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ  135ｼﾌﾞﾔ          000014516802ﾓﾘﾀ ﾅｵｷ      00003120000";
        assert_eq!(found(line), Some("4516802"));
    }

    #[test]
    fn the_header_record_s_account_ends_the_line() {
        let line = "12109524264323ﾒﾃﾞｨﾄﾄﾞｹ(ｶ                              12250005ﾐﾗｲｼﾝｷﾝ       001ﾎﾝﾃﾝ               13651489";
        assert_eq!(found(line), Some("3651489"));
    }

    #[test]
    fn other_lines_hold_no_account() {
        // No branch code glued to a name; an account type that is none (3).
        assert_eq!(found("20005ﾐﾗｲｼﾝｷﾝ 001 ﾎﾝﾃﾝ 13880712ﾓﾘｼﾀ"), None);
        assert_eq!(found("20005ﾐﾗｲｼﾝｷﾝ       001ﾎﾝﾃﾝ  33880712ﾓﾘｼﾀ"), None);
        assert!(!may_be_record("2025-06-01 ﾃｽﾄ".as_bytes()));
        assert!(!may_be_record("8000002000000518900".as_bytes()));
    }
}
