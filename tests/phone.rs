//! `mamori::phone`: rules with positive and negative cases (expected values are
//! libphonenumber 9.0.43's) and property tests. The generated table is checked by
//! `tests/phone_table/`.
#![cfg(not(target_arch = "wasm32"))]

use mamori::phone::{check_phone, parse_phone, Expected, PhoneError, PhoneType};
use proptest::prelude::*;

fn valid(input: &str, phone_type: PhoneType, e164: &str, national: &str) {
    let n = parse_phone(input).unwrap_or_else(|e| panic!("{input:?} refused: {e:?}"));
    assert_eq!(
        (n.phone_type, n.e164.as_str(), n.national.as_str()),
        (phone_type, e164, national),
        "{input:?}"
    );
    assert_eq!(check_phone(input), Ok(phone_type), "{input:?}");
}

/// `too_short` for a number that a kind of number of `digits` digits would complete.
fn short(phone_type: PhoneType, digits: u8) -> PhoneError {
    PhoneError::TooShort {
        expected: Some(Expected { phone_type, digits }),
    }
}

/// `too_short` when the plan knows no single kind and length.
const SHORT: PhoneError = PhoneError::TooShort { expected: None };

fn invalid(input: &str, err: PhoneError) {
    assert_eq!(parse_phone(input), Err(err), "{input:?}");
    assert_eq!(check_phone(input), Err(err), "{input:?}");
}

#[test]
fn every_type_of_the_plan() {
    use PhoneType::*;
    valid("03-1234-5678", FixedLine, "+81312345678", "03-1234-5678");
    valid("090-1234-5678", Mobile, "+819012345678", "090-1234-5678");
    valid("070-1234-5678", Mobile, "+817012345678", "070-1234-5678");
    valid("080-1234-5678", Mobile, "+818012345678", "080-1234-5678");
    valid("060-1234-5678", Mobile, "+816012345678", "060-1234-5678");
    valid(
        "060-123-4567",
        PersonalNumber,
        "+81601234567",
        "060-123-4567",
    );
    valid("050-1234-5678", Voip, "+815012345678", "050-1234-5678");
    valid("020-1234-5678", Pager, "+812012345678", "020-1234-5678");
    valid("0120-123-456", TollFree, "+81120123456", "0120-123-456");
    valid("0800-123-4567", TollFree, "+818001234567", "0800-123-4567");
    valid("0570-123-456", Uan, "+81570123456", "0570-123-456");
    valid("0990-123-456", PremiumRate, "+81990123456", "0990-123-456");
    // Near misses of each: a length no number of the range has.
    invalid("090-1234-567", short(Mobile, 11));
    invalid("090-1234-56789", PhoneError::TooLong);
    invalid("060-123-456", SHORT);
    invalid("0120-123", short(TollFree, 10));
    invalid("0120-123-4567", PhoneError::TooLong);
    invalid("050-0123-4567", PhoneError::InvalidNumber);
}

#[test]
fn national_grouping_follows_the_area_code() {
    use PhoneType::FixedLine;
    valid("0422512345", FixedLine, "+81422512345", "0422-51-2345");
    valid("0422123456", FixedLine, "+81422123456", "042-212-3456");
    valid("0420123456", FixedLine, "+81420123456", "04-2012-3456");
    valid("0126723456", FixedLine, "+81126723456", "01267-2-3456");
    valid("0980283809", FixedLine, "+81980283809", "09802-8-3809");
    valid("0663791931", FixedLine, "+81663791931", "06-6379-1931");
    // Unassigned prefixes.
    invalid("0180-12-3456", PhoneError::InvalidNumber);
    invalid("0910-123-456", PhoneError::InvalidNumber);
}

#[test]
fn toll_free_numbers_keep_their_leading_zeros() {
    use PhoneType::TollFree;
    valid("0037-123-456", TollFree, "+810037123456", "0037-123-456");
    valid("0037-123-4567", TollFree, "+8100371234567", "0037-123-4567");
    valid(
        "0066-0304-39214",
        TollFree,
        "+810066030439214",
        "0066-0304-39214",
    );
    valid("0078-123-456", TollFree, "+810078123456", "0078-123-456");
    valid("0077-7012", TollFree, "+8100777012", "0077-7012");
    valid("0088-21-2345", TollFree, "+810088212345", "0088-21-2345");
    // 0077-7123 is a number; two more digits are too many.
    invalid("0077-7123-45", PhoneError::TooLong);
    invalid("0077-7223", PhoneError::InvalidNumber);
    invalid("0037-1234-5678-9012-34", PhoneError::TooLong);
    invalid("0000000000", PhoneError::InvalidNumber);
    invalid("0002-123-456", PhoneError::InvalidNumber);
}

#[test]
fn international_forms() {
    use PhoneType::{FixedLine, Mobile};
    valid("+81 3-1234-5678", FixedLine, "+81312345678", "03-1234-5678");
    valid("+81312345678", FixedLine, "+81312345678", "03-1234-5678");
    valid(
        "+81 (0)3 1234 5678",
        FixedLine,
        "+81312345678",
        "03-1234-5678",
    );
    valid(
        "＋８１ ９０－１２３４－５６７８",
        Mobile,
        "+819012345678",
        "090-1234-5678",
    );
    // The international prefix dialled from Japan, 010, then 81.
    valid(
        "010-81-3-1234-5678",
        FixedLine,
        "+81312345678",
        "03-1234-5678",
    );
    invalid("+1 212 555 1234", PhoneError::NotJapanese);
    invalid("+44 20 7946 0018", PhoneError::NotJapanese);
    invalid("010-1-212-555-1234", PhoneError::NotJapanese);
    invalid("+03-1234-5678", PhoneError::NotJapanese);
    invalid("+81", SHORT);
    invalid("+8", SHORT);
    invalid("+81 3-1234-567", SHORT);
}

#[test]
fn the_national_prefix_rules_of_libphonenumber() {
    // The carrier prefix 0037-68 before a number is stripped.
    valid(
        "0037680312345678",
        PhoneType::FixedLine,
        "+81312345678",
        "03-1234-5678",
    );
    // `00` + a number is not stripped to a number: the 00 form was viable.
    invalid("00312345678", PhoneError::InvalidNumber);
}

#[test]
fn a_number_without_its_area_code_is_refused() {
    // libphonenumber reads these as 03-1234-5678 and 090-1234-5678; a person must type
    // the 0 and the area code.
    for input in ["312345678", "9012345678", "1234-5678", "81312345678"] {
        let err = parse_phone(input).expect_err(input);
        assert_eq!(err, PhoneError::AreaCodeMissing, "{input:?}");
        assert_eq!(err.code(), "too_short");
        assert!(err.message().contains("市外局番から入力してください"));
    }
}

#[test]
fn a_number_with_its_zero_is_missing_digits_not_its_area_code() {
    // The area code is there: the message says digits are missing, and how many a
    // number of that kind has.
    for (input, kind, digits) in [
        ("090-1234-567", PhoneType::Mobile, 11),
        ("０３ー１２３４ー５６７", PhoneType::FixedLine, 10),
        ("0422-51-234", PhoneType::FixedLine, 10),
        ("0120-12-345", PhoneType::TollFree, 10),
        ("050-1234-567", PhoneType::Voip, 11),
    ] {
        let err = parse_phone(input).expect_err(input);
        assert_eq!(err, short(kind, digits), "{input:?}");
        assert_eq!(err.code(), "too_short");
        let message = err.message();
        assert!(!message.contains("市外局番"), "{input:?}: {message}");
        assert!(message.contains("数字が足りません"), "{input:?}: {message}");
        assert!(
            message.contains(&format!("{digits}桁")),
            "{input:?}: {message}"
        );
        assert!(err.message_en().contains(&format!("{digits} digits")));
    }
    assert_eq!(
        parse_phone("090-1234-567").unwrap_err().message(),
        "電話番号の数字が足りません。携帯電話の番号は、0 から始まる11桁です。最後まで入力してください。"
    );
    // Without one kind and length, the message still says digits are missing.
    let err = parse_phone("060-123-456").expect_err("060");
    assert!(err.message().contains("数字が足りません") && !err.message().contains("市外局番"));
}

#[test]
fn examples_in_messages_use_japanese_punctuation() {
    let all = [
        PhoneError::Empty,
        PhoneError::InvalidChars,
        SHORT,
        short(PhoneType::Mobile, 11),
        PhoneError::AreaCodeMissing,
        PhoneError::TooLong,
        PhoneError::InvalidNumber,
        PhoneError::NotJapanese,
    ];
    for err in all {
        let message = err.message();
        assert!(
            !message.contains("例:") && !message.contains("例 :"),
            "{message}"
        );
        if message.contains('例') {
            assert!(message.contains("例："), "{message}");
        }
    }
}

#[test]
fn what_people_type_around_the_digits() {
    use PhoneType::FixedLine;
    for input in [
        "０３－１２３４－５６７８",
        "03ー1234ー5678",
        "03ｰ1234ｰ5678",
        "03−1234−5678",
        "03‐1234‐5678",
        "03–1234–5678",
        "03—1234—5678",
        "03―1234―5678",
        "03﹣1234﹣5678",
        "03 1234 5678",
        "03\u{3000}1234\u{3000}5678",
        "03(1234)5678",
        "(03)1234-5678",
        "（03）1234-5678",
        "  03-1234-5678\u{3000}",
        "03-1234-5678\n",
    ] {
        valid(input, FixedLine, "+81312345678", "03-1234-5678");
    }
    for input in [
        "TEL 03-1234-5678",
        "03-1234-5678 (代表)",
        "03.1234.5678",
        "03/1234/5678",
        "-03-1234-5678",
        "03-1234-5678-",
        "03--1234-5678",
        "03-1234-5678,03-1234-5679",
        "０３－ＸＸＸＸ－ＸＸＸＸ",
        "(03",
        "（）",
        "---",
    ] {
        invalid(input, PhoneError::InvalidChars);
    }
    invalid("", PhoneError::Empty);
    invalid(" \u{3000}\n", PhoneError::Empty);
}

#[test]
fn errors_have_codes_and_messages_that_say_what_to_fix() {
    let all = [
        (PhoneError::Empty, "empty"),
        (PhoneError::InvalidChars, "invalid_chars"),
        (SHORT, "too_short"),
        (short(PhoneType::FixedLine, 10), "too_short"),
        (PhoneError::AreaCodeMissing, "too_short"),
        (PhoneError::TooLong, "too_long"),
        (PhoneError::InvalidNumber, "invalid_number"),
        (PhoneError::NotJapanese, "not_japanese"),
    ];
    for (err, code) in all {
        assert_eq!(err.code(), code);
        assert!(err.message().contains("ください"), "{}", err.message());
        assert!(err.message_en().starts_with("Please") || err.message_en().contains(" Please "));
        assert_eq!(err.to_string(), err.message_en());
    }
}

#[test]
fn huge_and_strange_input_is_refused_quickly() {
    let long = "0".repeat(1_000_000);
    invalid(&long, PhoneError::TooLong);
    let long_junk = format!("03-1234-5678{}", "x".repeat(1_000_000));
    invalid(&long_junk, PhoneError::InvalidChars);
    invalid("\u{0}", PhoneError::InvalidChars);
    invalid("0\u{FFFD}3", PhoneError::InvalidChars);
}

/// National digit strings of the ranges of the plan, most of them valid.
fn plan_digits() -> impl Strategy<Value = String> {
    prop_oneof![
        "0[1-9][0-9]{8}",
        "0[6-9]0[1-9][0-9]{7}",
        "0(50|20)[1-9][0-9]{7}",
        "0(120|570|990)[0-9]{6}",
        "0800[0-9]{7}",
        "060[0-9]{7}",
        "00(37|66|78)[0-9]{6,13}",
        "00777[01][0-9]{2}",
        "00882[1245][0-9]{4}",
        "0[0-9]{7,12}",
    ]
}

/// Renders digits the way people type them: some full-width, with dashes, spaces or
/// nothing between them.
fn decorate(digits: &str, choices: &[u8]) -> String {
    const SEPARATORS: [&str; 8] = ["", "", "", "-", "ー", "－", " ", "\u{3000}"];
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        let pick = choices.get(i).copied().unwrap_or(0);
        if i > 0 {
            out.push_str(SEPARATORS[usize::from(pick >> 4) % SEPARATORS.len()]);
        }
        if pick & 1 == 1 {
            out.push(char::from_u32(0xFF10 + (c as u32 - '0' as u32)).unwrap());
        } else {
            out.push(c);
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Formatting `national` and parsing it again gives the same E.164 (and the same
    /// national format and type); so does parsing the E.164 form.
    #[test]
    fn national_round_trips(digits in plan_digits()) {
        let Ok(n) = parse_phone(&digits) else { return Ok(()); };
        let again = parse_phone(&n.national).expect("the national format parses");
        prop_assert_eq!(&again, &n);
        let from_e164 = parse_phone(&n.e164).expect("the E.164 form parses");
        prop_assert_eq!(&from_e164, &n);
        prop_assert!(n.national.starts_with('0'));
        prop_assert_eq!(n.national.replace('-', "").len(), n.national_significant_number().len()
            + usize::from(!n.national_significant_number().starts_with('0')));
    }

    /// Full-width digits and separators between digits never change the verdict.
    #[test]
    fn decoration_does_not_change_the_verdict(
        digits in plan_digits(),
        choices in prop::collection::vec(any::<u8>(), 24),
    ) {
        let plain = parse_phone(&digits);
        prop_assert_eq!(parse_phone(&decorate(&digits, &choices)), plain.clone());
        prop_assert_eq!(parse_phone(&format!(" {digits}\n")), plain);
    }

    /// Any string: no panic, and check_phone agrees with parse_phone.
    #[test]
    fn any_string_is_judged(input in ".{0,40}") {
        let parsed = parse_phone(&input);
        prop_assert_eq!(check_phone(&input), parsed.map(|n| n.phone_type));
    }
}
