//! Health-insurance and public-expense numbers (保険証, 受給者証). All of them need a
//! label before them; the label decides which one a number is.
//!
//! - 保険者番号 (`insurer_number`): 8 digits (法別 2 + 都道府県 2 + 保険者 3 + check) or
//!   6 for 国民健康保険 (都道府県 2 + 保険者 3 + check); the 都道府県 code is 01–47 and
//!   the check digit is the 検証番号 of 厚生労働省's 保険者番号等設定要領, a Luhn
//!   check ([`crate::checkdigit::luhn_valid`]).
//! - 被保険者証の記号・番号・枝番 (`insured_number`): free-form, no check; each
//!   component is found right behind its own label (`記号 ア12 番号 34 枝番 01`), or
//!   behind a combined one (`記号・番号：12-3456・789`). A 記号 may start with kana or
//!   kanji (`千代田5`). 被保険者番号 written as one number may also stand further
//!   from its label (`被保険者番号ですが、正しくは12345678です`).
//! - 公費負担者番号 (`public_expense_payer`): 8 digits (法別 2 + 都道府県 2 + 実施機関 3 +
//!   check), Luhn, 都道府県 01–47.
//! - 公費負担医療の受給者番号 (`public_expense_recipient`): 7 digits (6 + check), Luhn.

use super::labels::Family;
use super::token::Value;
use crate::checkdigit::luhn_valid;

/// Whether the two digits at `at` are a 都道府県 code (01–47).
fn prefecture(d: &[u8], at: usize) -> bool {
    match d.get(at..at + 2) {
        Some(&[a, b]) => {
            let code = u32::from(a.wrapping_sub(b'0')) * 10 + u32::from(b.wrapping_sub(b'0'));
            matches!(code, 1..=47)
        }
        _ => false,
    }
}

/// The family a JP Core identifier system names, when `oid` (a value's text) is one:
/// `1.2.392.100495.20.3.` and 61 保険者番号, 62 被保険者証記号, 63 被保険者証番号, 71
/// 公費負担者番号, 72 公費受給者番号. A FHIR resource or a CDA document gives it right
/// before the value (`"system": "urn:oid:1.2.392.100495.20.3.61", "value": "06123456"`,
/// `<id root="1.2.392.100495.20.3.62" extension="92045"/>`), and no word besides.
/// Source: JP Core (jpfhir.jp), 「JP Core で使用する OID と URI」, the table of
/// identifier systems; 厚生労働省, 電子処方箋 HL7 FHIR 記述仕様.
///
/// ```text
/// oid_family(b"1.2.392.100495.20.3.61") == Some(Family::Insurer)
/// oid_family(b"1.2.392.100495.20.3.23") == None   // 医療機関コード: not a person's
/// ```
pub(crate) fn oid_family(oid: &[u8]) -> Option<Family> {
    match crate::bytes::after(oid, b"1.2.392.100495.20.3.")? {
        b"61" => Some(Family::Insurer),
        b"62" | b"63" => Some(Family::InsuredNumber),
        b"71" => Some(Family::Payer),
        b"72" => Some(Family::Recipient),
        _ => None,
    }
}

/// Whether the two digits at the start of `d` are a 法別番号 of 公費負担医療: 10–30
/// and 38 (the national programmes under their laws: 結核, 生活保護, 精神通院, 肝炎 …),
/// 51–54, 62, 66 and 79 (特定疾患, 小児慢性, 難病, 石綿 …), and 80–99, which each
/// prefecture and city gives its own (子ども医療, ひとり親 …). None of them is a
/// 保険者番号's 法別 (01–07, 31–34, 39, 63, 67, 72–75). Source: 厚生労働省,
/// 「診療報酬請求書等の記載要領」別表「法別番号及び制度の略称表」.
pub(crate) fn public_law(d: &[u8]) -> bool {
    match d {
        [a @ b'0'..=b'9', b @ b'0'..=b'9', ..] => {
            let law = (a - b'0') * 10 + (b - b'0');
            matches!(law, 10..=30 | 38 | 51..=54 | 62 | 66 | 79 | 80..=99)
        }
        _ => false,
    }
}

/// Whether `payer` and `recipient` (ASCII digits) are the two numbers of a 受給者証
/// written side by side: a 公費負担者番号 (8 digits, a 法別番号, a 都道府県 code and
/// its check digit) and a 受給者番号 (7 digits and its check digit). Two check digits
/// and the programme's number together say what no label does; one of them alone is
/// any number.
///
/// ```text
/// public_pair(b"88136833", b"2434538") == true
/// public_pair(b"06136832", b"2434538") == false   // 06: an insurer's 法別
/// ```
pub(crate) fn public_pair(payer: &[u8], recipient: &[u8]) -> bool {
    // Luhn's check holds only for digits.
    public_payer(payer) && recipient.len() == 7 && luhn_valid(recipient)
}

/// Whether `payer` (ASCII digits) is a 公費負担者番号 by its digits alone: eight, a
/// 法別番号 of 公費 ([`public_law`]), a 都道府県 code and its check digit.
pub(crate) fn public_payer(payer: &[u8]) -> bool {
    payer.len() == 8 && public_law(payer) && prefecture(payer, 2) && luhn_valid(payer)
}

/// Whether `v` reads as a date: `20261125` (year 1900–2099, a real month and day)
/// or grouped like `2026-11-25`. Far from its label, such a number is taken for the
/// date it looks like.
pub(crate) fn looks_like_date(v: &Value) -> bool {
    if date_grouping(v) {
        return true;
    }
    let d = v.units();
    if d.len() != 8 || !v.digits_only() {
        return false;
    }
    let n = |r: core::ops::Range<usize>| {
        d.get(r)
            .map(|s| s.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')))
            .unwrap_or(0)
    };
    matches!(n(0..4), 1900..=2099) && matches!(n(4..6), 1..=12) && matches!(n(6..8), 1..=31)
}

/// Whether digits `d` start with a date and a time written as one number, as a
/// batch's or a file's stamp has them (`202501160941`: a year of 1950–2039, a month,
/// a day, an hour and a minute).
pub(crate) fn date_and_time(d: &[u8]) -> bool {
    let n = |i: usize, len: usize| {
        d.get(i..i + len).map(|s| {
            s.iter()
                .fold(0u32, |a, &b| a * 10 + u32::from(b.wrapping_sub(b'0')))
        })
    };
    n(0, 4).is_some_and(|y| (1950..=2039).contains(&y))
        && n(4, 2).is_some_and(|m| (1..=12).contains(&m))
        && n(6, 2).is_some_and(|d| (1..=31).contains(&d))
        && n(8, 2).is_some_and(|h| h < 24)
        && n(10, 2).is_some_and(|m| m < 60)
}

/// Written like a date (`2026-11-25`, `2026.11.25`, `2027-01`, `R7.7.31`): a year,
/// a month and maybe a day, as separate groups.
fn date_grouping(v: &Value) -> bool {
    let d = v.units();
    let mut lens = v.group_lens();
    let (Some(y), Some(m), day, None) = (lens.next(), lens.next(), lens.next(), lens.next()) else {
        return false;
    };
    // A year of the Japanese era by its initial (`R7.7.31`, `H30/4/1`): 令和, 平成,
    // 昭和, 大正, 明治.
    let era = matches!(y, 2..=3)
        && matches!(
            d.first(),
            Some(b'R' | b'H' | b'S' | b'T' | b'M' | b'r' | b'h' | b's' | b't' | b'm')
        )
        && d.get(1..y)
            .is_some_and(|n| n.iter().all(u8::is_ascii_digit));
    if y != 4 && !era {
        return false;
    }
    let num = |from: usize, len: usize| {
        d.get(from..from + len)
            .filter(|s| s.iter().all(u8::is_ascii_digit))
            .map(|s| s.iter().fold(0u32, |a, &b| a * 10 + u32::from(b - b'0')))
    };
    let year = era || num(0, 4).is_some_and(|y| matches!(y, 1900..=2099));
    let month = matches!(m, 1..=2) && num(y, m).is_some_and(|x| matches!(x, 1..=12));
    let day = match day {
        None => true,
        Some(n) => matches!(n, 1..=2) && num(y + m, n).is_some_and(|x| matches!(x, 1..=31)),
    };
    year && month && day
}

/// 保険者番号.
pub(crate) fn is_insurer(v: &Value) -> bool {
    if !v.numeric_shape() || date_grouping(v) {
        return false;
    }
    matches!(v.len(), 6 | 8) && (v.is_masked() || insurer_digits(v.units()))
}

/// Whether `d` (ASCII digits) is a 保険者番号 by its digits alone: eight (a 法別番号
/// first) or six (国民健康保険), a 都道府県 code and its check digit.
pub(crate) fn insurer_digits(d: &[u8]) -> bool {
    let at = match d.len() {
        8 => 2,
        6 => 0,
        _ => return false,
    };
    prefecture(d, at) && luhn_valid(d)
}

/// 公費負担者番号.
pub(crate) fn is_payer(v: &Value) -> bool {
    v.numeric_shape()
        && !date_grouping(v)
        && v.len() == 8
        && (v.is_masked() || (prefecture(v.units(), 2) && luhn_valid(v.units())))
}

/// 受給者番号.
pub(crate) fn is_recipient(v: &Value) -> bool {
    v.numeric_shape() && v.len() == 7 && (v.is_masked() || luhn_valid(v.units()))
}

/// A component of 記号・番号・枝番 right behind its label: anything with a digit, up
/// to 16 letters and digits (once masked, a kana or kanji prefix adds up to five).
pub(crate) fn is_insured_component(v: &Value) -> bool {
    v.digits + v.wild > 0 && (v.len() <= 16 || v.is_masked())
}

/// 被保険者番号 at some distance from its label: 4 to 10 digits.
pub(crate) fn is_insured_number(v: &Value) -> bool {
    v.numeric_shape() && matches!(v.len(), 4..=10)
}

/// Whether `v` is written as 雇用保険's 被保険者番号 is, four, six and one digits
/// (`雇用保険の被保険者番号 4687-729164-3`), or an employer's 事業所番号: a number a
/// label names whole, whose first groups alone are none (a pension number's four
/// and six digits).
pub(crate) fn employment_insurance(v: &Value) -> bool {
    let mut lens = v.group_lens();
    v.digits_only()
        && lens.next() == Some(4)
        && lens.next() == Some(6)
        && lens.next() == Some(1)
        && lens.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::value;

    #[test]
    fn a_date_and_a_time_as_one_number() {
        assert!(date_and_time(b"202501160941"));
        assert!(date_and_time(b"20250116094107"));
        // A minute past 59, an hour past 23, a month past 12, a year of no stamp.
        for d in [
            b"202501160960",
            b"202501162441",
            b"202513160941",
            b"180001160941",
        ] {
            assert!(!date_and_time(d), "{}", String::from_utf8_lossy(d));
        }
        // Too short for a time.
        assert!(!date_and_time(b"2025011609"));
    }

    #[test]
    fn a_payer_and_a_recipient_side_by_side() {
        assert!(public_pair(b"88136833", b"2434538"));
        assert!(public_pair(b"54130380", b"1857242"));
        // An insurer's 法別, a prefecture past 47, a recipient's check digit off,
        // lengths swapped.
        assert!(!public_pair(b"06136832", b"2434538"));
        assert!(!public_pair(b"88606835", b"2434538"));
        assert!(!public_pair(b"88136833", b"2434537"));
        assert!(!public_pair(b"2434538", b"88136833"));
    }

    #[test]
    fn insurer_numbers() {
        for text in [
            "01130012",
            "138008",
            "０１３１７７１８",
            "32300188",
            "289546",
        ] {
            assert!(is_insurer(&value(text)), "{text}");
        }
        for text in [
            "01130013", "138009", "1300012", "01480018", "488001", "0113001A",
        ] {
            assert!(!is_insurer(&value(text)), "{text}");
        }
    }

    #[test]
    fn payer_numbers() {
        assert!(is_payer(&value("21136015")));
        assert!(is_payer(&value("８０１８０３３４")));
        assert!(!is_payer(&value("21136016")));
        assert!(!is_payer(&value("2113601")));
        // 都道府県 code 99 does not exist.
        assert!(!is_payer(&value("21990004")));
    }

    #[test]
    fn recipient_numbers() {
        assert!(is_recipient(&value("4018214")));
        assert!(is_recipient(&value("７７９１８３３")));
        assert!(!is_recipient(&value("4018215")));
        assert!(!is_recipient(&value("40182140")));
    }

    #[test]
    fn insured_components() {
        for text in ["ア12", "12-3456", "WPR89217", "4", "０４"] {
            // Kana are not part of a value; the scanner adds them as a prefix.
            let t = text.trim_start_matches('ア');
            assert!(is_insured_component(&value(t)), "{text}");
        }
        assert!(!is_insured_component(&value("ABC")));
        assert!(is_insured_number(&value("02435221")));
        assert!(!is_insured_number(&value("123")));
        assert!(!is_insured_number(&value("AB12345")));
    }
}
