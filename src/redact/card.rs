//! Payment card numbers, found with or without a label.
//!
//! Rule: 13–19 digits that pass the Luhn check of ISO/IEC 7812-1 Annex B
//! ([`crate::checkdigit::luhn_valid`]) and start with an issuer's prefix at a length
//! that issuer uses (ISO/IEC 7812 issuer identification numbers as the networks
//! publish them): Visa `4` (13, 16, 19); Mastercard `51`–`55` and `2221`–`2720` (16);
//! JCB `3528`–`3589` (16–19); American Express `34`, `37` (15); Diners Club `36`,
//! `300`–`305`, `3095`, `38`, `39` (14–19); Discover `6011`, `644`–`649`, `65`
//! (16–19); UnionPay `62` (16–19). Invoice and transaction numbers fail the check.

use super::token::Value;
use crate::checkdigit::{ean13_valid, luhn_valid};

/// Whether `v` is a payment card number.
pub(crate) fn is_card(v: &Value) -> bool {
    if !v.digits_only() || !matches!(v.len(), 13..=19) {
        return false;
    }
    let d = v.units();
    issuer_allows(d) && luhn_valid(d)
}

/// Whether `d` (ASCII digits) are a payment card's number of 14 to 19 digits
/// (no JAN code's length): its issuer's prefix and its Luhn check.
pub(crate) fn is_card_digits(d: &[u8]) -> bool {
    matches!(d.len(), 14..=19)
        && d.iter().all(u8::is_ascii_digit)
        && issuer_allows(d)
        && luhn_valid(d)
}

/// Whether `v`, a payment card number by [`is_card`], may be masked without a label:
/// not a JAN code, 13 digits with the prefix GS1 Japan assigns (`45`, `49`) and a
/// valid EAN-13 check digit ([`crate::checkdigit::ean13_valid`]), as goods are
/// listed in orders and stock sheets. A Visa number of 13 digits is no longer
/// issued; with a card's label it is still masked.
pub(crate) fn stands_alone(v: &Value) -> bool {
    let d = v.units();
    !(d.len() == 13 && matches!(prefix(d, 2), 45 | 49) && ean13_valid(d))
}

/// Whether `v` is grouped as cards are printed: 4-4-4-4, or 4-6-5 and 4-6-4
/// (American Express, Diners Club). Such a run is judged as a card even inside a
/// longer run of groups (`TK1234567 4539 5787 6362 1486 0`).
pub(crate) fn printed_grouping(v: &Value) -> bool {
    const PRINTED: [&[usize]; 3] = [&[4, 4, 4, 4], &[4, 6, 5], &[4, 6, 4]];
    v.digits_only() && PRINTED.iter().any(|p| v.group_lens().eq(p.iter().copied()))
}

/// Whether an already masked `v` has the shape of one.
pub(crate) fn has_shape(v: &Value) -> bool {
    v.numeric_shape() && matches!(v.len(), 13..=19)
}

fn prefix(d: &[u8], n: usize) -> u32 {
    d.iter()
        .take(n)
        .fold(0, |acc, &b| acc * 10 + u32::from(b.wrapping_sub(b'0')))
}

fn issuer_allows(d: &[u8]) -> bool {
    let n = d.len();
    let (p1, p2, p3, p4) = (prefix(d, 1), prefix(d, 2), prefix(d, 3), prefix(d, 4));
    let visa = p1 == 4 && matches!(n, 13 | 16 | 19);
    let mastercard = (matches!(p2, 51..=55) || matches!(p4, 2221..=2720)) && n == 16;
    let jcb = matches!(p4, 3528..=3589) && matches!(n, 16..=19);
    let amex = matches!(p2, 34 | 37) && n == 15;
    let diners = (p2 == 36 || matches!(p3, 300..=305) || p4 == 3095 || matches!(p2, 38 | 39))
        && matches!(n, 14..=19);
    let discover = (p4 == 6011 || matches!(p3, 644..=649) || p2 == 65) && matches!(n, 16..=19);
    let unionpay = p2 == 62 && matches!(n, 16..=19);
    visa || mastercard || jcb || amex || diners || discover || unionpay
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::value;

    #[test]
    fn positives() {
        for text in [
            "4539578763621486",
            "4539 5787 6362 1486",
            "4539-5787-6362-1486",
            "４５３９　５７８７　６３６２　１４８６",
            "4457287954869",       // Visa, 13
            "5483-7030-6685-2413", // Mastercard 51–55
            "2576-4119-3635-3092", // Mastercard 2221–2720
            "3532-1502-7083-3779", // JCB
            "3582994508814632679", // JCB, 19
            "3776 329271 46444",   // Amex 4-6-5
            "3622 917515 1052",    // Diners 4-6-4
        ] {
            assert!(is_card(&value(text)), "{text}");
        }
    }

    #[test]
    fn a_jan_code_is_no_card_without_a_label() {
        // A JAN code that passes Luhn too: 13 digits, GS1 Japan's 49, EAN-13 valid.
        let jan = value("4901234567894");
        assert!(is_card(&jan) && !stands_alone(&jan));
        // A 13-digit Visa number that is no JAN code still stands alone.
        let visa = value("4457287954869");
        assert!(is_card(&visa) && stands_alone(&visa));
        assert!(stands_alone(&value("4539578763621486")));
    }

    #[test]
    fn printed_groupings() {
        for text in [
            "4539 5787 6362 1486",
            "3776 329271 46444",
            "3622-917515-1052",
        ] {
            assert!(printed_grouping(&value(text)), "{text}");
        }
        for text in [
            "4539578763621486",
            "4539 5787 6362",
            "45395 787 6362 1486",
            "4539 5787 6362 148A",
        ] {
            assert!(!printed_grouping(&value(text)), "{text}");
        }
    }

    #[test]
    fn negatives() {
        for text in [
            "4539578763621487",    // Luhn fails
            "6979600019536083",    // invoice number: no issuer, Luhn fails
            "1234567812345670",    // passes Luhn, no issuer
            "453957876362148",     // Visa prefix at 15 digits
            "3776 329271 4644",    // Amex prefix at 14 digits
            "2721000000000004",    // just past the Mastercard range
            "4539578763621486124", // Visa length but Luhn fails
        ] {
            assert!(!is_card(&value(text)), "{text}");
        }
    }
}
