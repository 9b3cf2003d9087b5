//! Japanese phone numbers judged like libphonenumber (issue #5).

/// libphonenumber's number types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhoneType {
    /// 固定電話.
    FixedLine,
    /// 携帯電話 (070/080/090).
    Mobile,
    /// フリーダイヤル (0120, 0800, 00xx).
    TollFree,
    /// 0990.
    PremiumRate,
    /// IP 電話 (050).
    Voip,
    /// 060.
    PersonalNumber,
    /// 020.
    Pager,
    /// 0570.
    Uan,
}

/// A valid Japanese phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    /// Its type.
    pub phone_type: PhoneType,
    /// E.164, e.g. `+81312345678`.
    pub e164: String,
    /// National format, e.g. `03-1234-5678`.
    pub national: String,
}

/// Why a phone number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhoneError {
    /// Nothing typed.
    Empty,
    /// Characters that are not digits, dashes, spaces, parentheses or `+`.
    InvalidChars,
    /// Too few digits.
    TooShort,
    /// Too many digits.
    TooLong,
    /// Right shape, but not a number of the Japanese plan.
    InvalidNumber,
    /// A foreign country code.
    NotJapanese,
}

/// Parses a Japanese phone number as people type it.
pub fn parse_phone(input: &str) -> Result<PhoneNumber, PhoneError> {
    unimplemented!("parse_phone is being built (issue #5): {}", input.len())
}
