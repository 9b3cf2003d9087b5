//! Japanese phone numbers judged like libphonenumber (issue #5).
//!
//! [`parse_phone`] takes a number as people type it — full-width digits, dash look-alikes
//! between digits, spaces, parentheses, `+81` / `＋８１` with or without `(0)` — and
//! answers what libphonenumber's JP metadata answers for it: whether it is a valid
//! Japanese number, its type, its E.164 form and its national format.
//!
//! The metadata is compiled ahead of time (the test `tests/phone_table/` writes
//! `table.rs`); at run time a walk over at most a few dozen digits through a DFA decides
//! everything, with no regular expression and no allocation until a valid number's
//! strings are built. [`check_phone`] gives the verdict without allocating at all.
//!
//! One deliberate difference from libphonenumber: a national number typed without its
//! leading `0` (`312345678`) is refused with [`PhoneError::AreaCodeMissing`] (code
//! `too_short`), whose message asks for the area code, although libphonenumber would
//! read it as `03-1234-5678`. A number typed with its `0` that ends too early
//! (`090-1234-567`) is [`PhoneError::TooShort`]: its message says digits are missing
//! and, when the numbering plan knows, how many digits a number of that kind has.

mod input;
mod plan;
#[rustfmt::skip]
mod table;

use crate::prelude::*;
use crate::text::{concat, decimal};
use alloc::borrow::Cow;
use core::fmt;

/// libphonenumber's number types (those its metadata can give a Japanese number).
///
/// # Examples
///
/// ```
/// use mamori::phone::{parse_phone, PhoneType};
/// let n = parse_phone("0120-123-456").unwrap();
/// assert_eq!(n.phone_type, PhoneType::TollFree);
/// assert_eq!(n.phone_type.as_str(), "toll_free");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhoneType {
    /// 固定電話 (geographic numbers, 1- to 5-digit area codes).
    FixedLine,
    /// 携帯電話 (070/080/090, and 060 with ten national digits).
    Mobile,
    /// フリーダイヤル (0120, 0800, 00xx).
    TollFree,
    /// 0990.
    PremiumRate,
    /// Shared cost (none in the JP plan today).
    SharedCost,
    /// IP 電話 (050).
    Voip,
    /// 060 with nine national digits.
    PersonalNumber,
    /// 020.
    Pager,
    /// 0570 (ナビダイヤル).
    Uan,
    /// Voicemail (none in the JP plan today).
    Voicemail,
}

impl PhoneType {
    /// libphonenumber's name for the type, in snake_case (`"fixed_line"`, `"mobile"`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::phone::PhoneType;
    /// assert_eq!(PhoneType::PersonalNumber.as_str(), "personal_number");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneType::FixedLine => "fixed_line",
            PhoneType::Mobile => "mobile",
            PhoneType::TollFree => "toll_free",
            PhoneType::PremiumRate => "premium_rate",
            PhoneType::SharedCost => "shared_cost",
            PhoneType::Voip => "voip",
            PhoneType::PersonalNumber => "personal_number",
            PhoneType::Pager => "pager",
            PhoneType::Uan => "uan",
            PhoneType::Voicemail => "voicemail",
        }
    }
}

impl PhoneType {
    /// What the type is called in a Japanese message (`携帯電話`, …).
    fn name_ja(self) -> &'static str {
        match self {
            PhoneType::FixedLine => "固定電話",
            PhoneType::Mobile => "携帯電話",
            PhoneType::TollFree => "フリーダイヤル",
            PhoneType::PremiumRate => "0990 から始まる有料サービス",
            PhoneType::SharedCost => "着信課金",
            PhoneType::Voip => "IP 電話",
            PhoneType::PersonalNumber => "060 から始まる番号",
            PhoneType::Pager => "020 から始まる番号",
            PhoneType::Uan => "ナビダイヤル",
            PhoneType::Voicemail => "ボイスメール",
        }
    }

    /// The same in English, with its article.
    fn name_en(self) -> &'static str {
        match self {
            PhoneType::FixedLine => "a landline number",
            PhoneType::Mobile => "a mobile number",
            PhoneType::TollFree => "a toll-free number",
            PhoneType::PremiumRate => "a premium-rate number",
            PhoneType::SharedCost => "a shared-cost number",
            PhoneType::Voip => "an IP phone number",
            PhoneType::PersonalNumber => "a personal number",
            PhoneType::Pager => "a pager number",
            PhoneType::Uan => "a Navi Dial number",
            PhoneType::Voicemail => "a voicemail number",
        }
    }
}

impl fmt::Display for PhoneType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A valid Japanese phone number.
///
/// # Examples
///
/// ```
/// use mamori::phone::{parse_phone, PhoneType};
/// let n = parse_phone("＋８１ (0)3-1234-5678").unwrap();
/// assert_eq!(n.e164, "+81312345678");
/// assert_eq!(n.national, "03-1234-5678");
/// assert_eq!(n.national_significant_number(), "312345678");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    /// Its type.
    pub phone_type: PhoneType,
    /// E.164, e.g. `+81312345678`.
    pub e164: String,
    /// National format, e.g. `03-1234-5678`.
    pub national: String,
}

impl PhoneNumber {
    /// The national significant number: the digits after `+81` (`312345678`; toll-free
    /// `00xx` numbers keep their leading zeros).
    ///
    /// # Examples
    ///
    /// ```
    /// let n = mamori::phone::parse_phone("0037-0561-3404").unwrap();
    /// assert_eq!(n.national_significant_number(), "003705613404");
    /// ```
    pub fn national_significant_number(&self) -> &str {
        crate::substring::slice(&self.e164, 1 + table::COUNTRY_CODE.len(), self.e164.len())
    }
}

/// How many digits a number that begins like the one typed has: what
/// [`PhoneError::TooShort`] tells when the numbering plan allows one kind and one length.
///
/// # Examples
///
/// ```
/// use mamori::phone::{parse_phone, Expected, PhoneError, PhoneType};
/// let err = parse_phone("090-1234-567").unwrap_err();
/// let expected = Expected { phone_type: PhoneType::Mobile, digits: 11 };
/// assert_eq!(err, PhoneError::TooShort { expected: Some(expected) });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Expected {
    /// The kind of number the digits typed so far can only grow into.
    pub phone_type: PhoneType,
    /// Its length in digits as dialled in Japan, leading `0` included
    /// (11 for `090-1234-5678`).
    pub digits: u8,
}

/// Why a phone number was refused. Each variant has a machine-readable
/// [`code`](PhoneError::code) and messages that tell the person what to fix.
///
/// # Examples
///
/// ```
/// use mamori::phone::{parse_phone, PhoneError};
/// let err = parse_phone("1234-5678").unwrap_err();
/// assert_eq!(err, PhoneError::AreaCodeMissing);
/// assert_eq!(err.code(), "too_short");
/// assert!(err.message().contains("市外局番から入力してください"));
///
/// let err = parse_phone("03-1234-567").unwrap_err();
/// assert_eq!(err.code(), "too_short");
/// assert!(err.message().contains("固定電話の番号は、0 から始まる10桁です"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhoneError {
    /// Nothing typed (or only spaces).
    Empty,
    /// Characters that are not digits, dashes between digits, spaces, parentheses or a
    /// leading `+`; or no digit at all.
    InvalidChars,
    /// Too few digits for any number that begins this way (code `too_short`).
    TooShort {
        /// The kind and length of the numbers that begin this way, when there is one
        /// of each; `None` when several fit, or for a number typed with `+81`.
        expected: Option<Expected>,
    },
    /// A national number typed without its leading `0`: the area code is incomplete
    /// (code `too_short`).
    AreaCodeMissing,
    /// More digits than any number that begins this way has.
    TooLong,
    /// Not a number of the Japanese numbering plan (an unassigned prefix, or a length
    /// that no number of this prefix has).
    InvalidNumber,
    /// A foreign country code (`+1 …`), or an international call dialled with `010`.
    NotJapanese,
}

impl PhoneError {
    /// The contract's code: `empty`, `invalid_chars`, `too_short`, `too_long`,
    /// `invalid_number` or `not_japanese`.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::phone::PhoneError;
    /// assert_eq!(PhoneError::NotJapanese.code(), "not_japanese");
    /// assert_eq!(PhoneError::AreaCodeMissing.code(), "too_short");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            PhoneError::Empty => "empty",
            PhoneError::InvalidChars => "invalid_chars",
            PhoneError::TooShort { .. } | PhoneError::AreaCodeMissing => "too_short",
            PhoneError::TooLong => "too_long",
            PhoneError::InvalidNumber => "invalid_number",
            PhoneError::NotJapanese => "not_japanese",
        }
    }

    /// A polite Japanese message that says what to fix. Examples in it are written
    /// `例：03-1234-5678`, with the full-width colon of Japanese text.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::phone::{parse_phone, PhoneError};
    /// assert_eq!(PhoneError::Empty.message(), "電話番号を入力してください。");
    /// assert_eq!(
    ///     parse_phone("０９０ー１２３４ー５６７").unwrap_err().message(),
    ///     "電話番号の数字が足りません。携帯電話の番号は、0 から始まる11桁です。最後まで入力してください。"
    /// );
    /// ```
    pub fn message(self) -> Cow<'static, str> {
        let text = match self {
            PhoneError::Empty => "電話番号を入力してください。",
            PhoneError::InvalidChars => {
                "電話番号は数字で入力してください。区切りに使えるのは、数字の間のハイフン、スペース、かっこだけです。"
            }
            PhoneError::TooShort {
                expected: Some(Expected { phone_type, digits }),
            } => {
                return Cow::Owned(concat(&[
                    "電話番号の数字が足りません。",
                    phone_type.name_ja(),
                    "の番号は、0 から始まる",
                    &decimal(digits.into()),
                    "桁です。最後まで入力してください。",
                ]))
            }
            PhoneError::TooShort { expected: None } => {
                "電話番号の数字が足りません。途中で切れていないかお確かめのうえ、最後まで入力してください（例：03-1234-5678）。"
            }
            PhoneError::AreaCodeMissing => {
                "電話番号の桁数が足りません。市外局番から入力してください（0 から始まる番号です。例：03-1234-5678）。"
            }
            PhoneError::TooLong => {
                "電話番号の桁数が多すぎます。電話番号を一つだけ、正しい桁数で入力してください。"
            }
            PhoneError::InvalidNumber => {
                "日本の電話番号として正しくない番号です。番号をお確かめのうえ、もう一度入力してください。"
            }
            PhoneError::NotJapanese => {
                "日本の電話番号を入力してください（0 または +81 から始まる番号です）。"
            }
        };
        Cow::Borrowed(text)
    }

    /// The same message in English.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::phone::PhoneError;
    /// assert_eq!(PhoneError::Empty.message_en(), "Please enter a phone number.");
    /// ```
    pub fn message_en(self) -> Cow<'static, str> {
        let text = match self {
            PhoneError::Empty => "Please enter a phone number.",
            PhoneError::InvalidChars => {
                "Please enter the phone number in digits; only hyphens between digits, spaces and parentheses may separate them."
            }
            PhoneError::TooShort {
                expected: Some(Expected { phone_type, digits }),
            } => {
                return Cow::Owned(concat(&[
                    "The phone number is missing digits: ",
                    phone_type.name_en(),
                    " has ",
                    &decimal(digits.into()),
                    " digits, starting with 0. Please enter all of them.",
                ]))
            }
            PhoneError::TooShort { expected: None } => {
                "The phone number is missing digits. Please check that it is complete (e.g. 03-1234-5678)."
            }
            PhoneError::AreaCodeMissing => {
                "The phone number is too short. Please enter it starting with the area code, which begins with 0 (e.g. 03-1234-5678)."
            }
            PhoneError::TooLong => {
                "The phone number has too many digits. Please enter a single number with the right number of digits."
            }
            PhoneError::InvalidNumber => {
                "This is not a valid Japanese phone number. Please check the number and enter it again."
            }
            PhoneError::NotJapanese => {
                "Please enter a Japanese phone number (one that starts with 0 or +81)."
            }
        };
        Cow::Borrowed(text)
    }
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl core::error::Error for PhoneError {}

/// Parses a Japanese phone number as people type it and judges it like
/// libphonenumber's JP metadata (`parse` → `isValidNumber` → `getNumberType` →
/// `format(E164 / NATIONAL)`).
///
/// Accepted: ASCII and full-width digits; `-` and its look-alikes (‐ ‑ ‒ – — ― − ー ｰ －
/// ﹣) between digits; spaces (also U+3000, tab, NBSP); `()` and `（）` around digits;
/// a leading `+` / `＋` with the country code `81`, with or without `(0)`; the
/// international prefix `010 81`; surrounding spaces and a trailing newline. Anything
/// else is [`PhoneError::InvalidChars`].
///
/// Allocates only for a valid number (its two strings).
///
/// # Errors
///
/// A [`PhoneError`] saying why the input is not a valid Japanese number.
///
/// # Examples
///
/// ```
/// use mamori::phone::{parse_phone, PhoneError, PhoneType};
///
/// let n = parse_phone("０３ー１２３４ー５６７８").unwrap();
/// assert_eq!((n.phone_type, n.e164.as_str(), n.national.as_str()),
///            (PhoneType::FixedLine, "+81312345678", "03-1234-5678"));
///
/// assert_eq!(parse_phone("0422512345").unwrap().national, "0422-51-2345");
/// assert_eq!(parse_phone("+81 90 1234 5678").unwrap().phone_type, PhoneType::Mobile);
/// assert_eq!(parse_phone("+1 212 555 1234"), Err(PhoneError::NotJapanese));
/// assert_eq!(parse_phone("03-1234-567").map_err(PhoneError::code), Err("too_short"));
/// assert_eq!(parse_phone("TEL 03-1234-5678"), Err(PhoneError::InvalidChars));
/// ```
pub fn parse_phone(input: &str) -> Result<PhoneNumber, PhoneError> {
    let typed = input::read(input)?;
    let judged = plan::judge(typed.plus, typed.digits())?;
    Ok(PhoneNumber {
        phone_type: judged.phone_type,
        e164: judged.e164(),
        national: judged.national(),
    })
}

/// The verdict of [`parse_phone`] without building any string: the number's type, or
/// why it is refused. Never allocates; meant for scanning many candidates in text.
///
/// # Errors
///
/// The same [`PhoneError`] as [`parse_phone`].
///
/// # Examples
///
/// ```
/// use mamori::phone::{check_phone, PhoneError, PhoneType};
/// assert_eq!(check_phone("050-1234-5678"), Ok(PhoneType::Voip));
/// assert_eq!(check_phone("0180-12-3456"), Err(PhoneError::InvalidNumber));
/// ```
pub fn check_phone(input: &str) -> Result<PhoneType, PhoneError> {
    let typed = input::read(input)?;
    plan::judge(typed.plus, typed.digits()).map(|j| j.phone_type)
}

/// Whether ASCII `digits` alone (no `+`, no separators) make a valid Japanese phone
/// number: [`check_phone`] of them, without reading them as text again (a redactor
/// asks it of the digits it has already read).
pub(crate) fn digits_are_phone(digits: &[u8]) -> bool {
    !digits.is_empty()
        && digits.len() <= input::MAX_DIGITS
        && digits.iter().all(u8::is_ascii_digit)
        && plan::judge(false, digits).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_alone_are_judged_as_check_phone_judges_them() {
        // Every length up to past the longest input read, from prefixes of every
        // number plan (0 + one to three digits), filled with a pseudo-random tail.
        let mut seed = 0x2545_f491_u32;
        let mut cases = 0;
        for prefix in 0..1000u32 {
            for len in [0usize, 1, 2, 5, 9, 10, 11, 12, 13, 15, 31, 32, 33] {
                let mut digits = format!("0{prefix}").into_bytes();
                while digits.len() < len {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    digits.push(b'0' + (seed % 10) as u8);
                }
                digits.truncate(len);
                let text = String::from_utf8(digits.clone()).unwrap_or_default();
                assert_eq!(
                    digits_are_phone(&digits),
                    check_phone(&text).is_ok(),
                    "{text}"
                );
                cases += usize::from(check_phone(&text).is_ok());
            }
        }
        assert!(cases > 100, "valid numbers among the cases: {cases}");
        assert!(!digits_are_phone(b"03-1234-5678"));
    }
}
