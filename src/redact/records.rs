//! The records of the two interchange formats a pharmacy's texts hold as they are
//! written: the receipt files (レセプト電算処理システム, `.UKE`) and the
//! prescription's two-dimensional symbol (the JAHIS QR code read at the counter).
//! Each line is a record that starts with its code, its fields parted by commas and
//! named by their place, with no word beside them:
//!
//! ```text
//! HO,06142426,２３１,７８０５,3,1520,,,,     保険者番号, 記号, 番号, …
//! KO,54118765,7952633,,3,1520,,,,           公費負担者番号, 受給者番号, …
//! 23,ＴＫ７,３１２０,1,00                     記号, 番号, 被保険者/被扶養者, 枝番
//! ```
//!
//! What each field holds is in the layouts below. Sources:
//! - the receipt files: 厚生労働省「オンライン又は光ディスク等による請求に係る記録
//!   条件仕様」(医科用・調剤用), 保険者レコード (HO), 公費レコード (KO) and
//!   資格確認レコード (SN, from 令和3年);
//! - the symbol: JAHIS「院外処方箋2次元シンボル記録条件規約」, the version record
//!   (`JAHIS9`, `JAHIS10`) first, then 保険者番号レコード (22), 記号番号レコード (23),
//!   第一〜第三公費レコード (27–29) and 特殊公費レコード (30).
//!
//! A bank transfer file's records (全銀フォーマット) are read by [`zengin`].
//!
//! An HL7 v2 message's insurance segment (`IN1|…`, fields parted by `|`, their
//! components by `^`) holds the card as JAHIS's 交換規約 fill it: IN1-3 (Insurance
//! Company ID) the insurer's number, or a public expense's payer where the plan's
//! 法別番号 in IN1-2 is one; IN1-10 and IN1-11 (Insured's Group Emp ID and Name) the
//! 記号 and the 番号; a card with one number has it in another field (IN1-36 Policy
//! Number, IN1-49 Insured's ID Number). So every field after IN1-3 that is a
//! number and no date is the insured's.
//!
//! ```text
//! IN1|1|06^^JHSD0001|06130876|||||||2299|60515||20120401    保険者番号, 記号, 番号
//! ```
//!
//! A line is read as a record only in a text that is one: a receipt file's record
//! when another line is a receipt's common record (`RE,`) or its own first field
//! is the number the record starts with (6 or 8 digits); a symbol's record below
//! its version record.

use super::context::Kind8;
use super::{zengin, Finding, Kind, KindSet};
use crate::prelude::*;

/// A record's code with the comma after it, and what its fields hold, field by
/// field from the code's (0): `-` nothing of ours, `A` the insurer's number, `B` the
/// insured's 記号, 番号 or 枝番, `C` a public expense's payer (公費負担者番号), `D`
/// its recipient (受給者番号).
type Layout = (&'static [u8; 3], &'static [u8]);

/// The receipt files' records with values: 保険者 (HO), 公費 (KO), and 資格確認
/// (SN: 負担者種別, 確認区分, 保険者番号等 — a public expense's payer when the
/// first field is not 1, 医療保険 —, 記号, 番号, 枝番, 受給者番号).
const RECEIPT: [Layout; 3] = [(b"HO,", b"-ABB"), (b"KO,", b"-CD"), (b"SN,", b"---ABBBD")];

/// The symbol's records with values: 保険者番号 (22), 記号番号 (23: 記号, 番号,
/// 被保険者/被扶養者 — a code —, 枝番), 公費 (27–29) and 特殊公費 (30).
const SYMBOL: [Layout; 6] = [
    (b"22,", b"-A"),
    (b"23,", b"-BB-B"),
    (b"27,", b"-CD"),
    (b"28,", b"-CD"),
    (b"29,", b"-CD"),
    (b"30,", b"-CD"),
];

/// The values of the records among `lines` (the text's lines, in order) whose
/// kinds `kinds` holds, in order: each a whole field.
pub(crate) fn values(text: &str, lines: &[(usize, usize)], kinds: KindSet) -> Vec<Finding> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Most texts have neither: a look at the start of each line.
    let (mut symbol, mut receipt, mut coded, mut transfer) = (false, false, false, false);
    let mut hl7 = false;
    for &(s, _) in lines {
        let head = bytes.get(s..).unwrap_or(&[]);
        symbol |= head.starts_with(b"JAHIS");
        receipt |= head.starts_with(b"RE,");
        coded |= matches!(head.get(2), Some(b','));
        transfer |= matches!(head, [b'1' | b'2', b'0'..=b'9', ..]);
        hl7 |= head.starts_with(b"IN1|");
    }
    if !coded && !transfer && !hl7 {
        return out;
    }
    let table: &[Layout] = if symbol { &SYMBOL } else { &RECEIPT };
    for &(s, e) in lines {
        let record = bytes.get(s..e).unwrap_or(&[]);
        if hl7 && record.starts_with(b"IN1|") {
            insurance_segment(record, s, kinds, &mut out);
            continue;
        }
        // A bank transfer file's record ([`zengin`]).
        if transfer && kinds.contains(&Kind::BankAccount) && zengin::may_be_record(record) {
            if let Some(f) = zengin::account(record, s) {
                out.push(f);
            }
            continue;
        }
        if !coded {
            continue;
        }
        let Some(&(code, places)) = table.iter().find(|l| record.get(..3) == Some(l.0)) else {
            continue;
        };
        if !symbol && !receipt && !opens_with_number(record) {
            continue;
        }
        // A 資格確認 record of a public expense names its payer.
        let payer = code == b"SN," && !record.starts_with(b"SN,1,");
        let (mut field, mut from) = (0, s);
        for i in 0..=record.len() {
            if record.get(i).is_some_and(|&b| b != b',') {
                continue;
            }
            let kind = match places.get(field) {
                Some(b'A') if payer => Some(Kind8::Payer),
                // A date where the insurer's number stands is another layout's
                // field (`SN,1,01,20260311`): no insurer's 法別 is 19 or 20.
                Some(b'A') if is_date(record.get(from - s..i).unwrap_or(&[])) => None,
                Some(b'A') => Some(Kind8::Insurer),
                Some(b'B') => Some(Kind8::Insured),
                Some(b'C') => Some(Kind8::Payer),
                Some(b'D') => Some(Kind8::Recipient),
                _ => None,
            };
            if let Some(kind) = kind
                .map(Kind8::kind)
                .filter(|k| s + i > from && kinds.contains(k))
            {
                out.push(Finding {
                    kind,
                    start: from,
                    end: s + i,
                });
            }
            field += 1;
            from = s + i + 1;
        }
    }
    out
}

/// The card's numbers in `segment`, an HL7 v2 insurance segment (`IN1|…`) starting
/// at byte `start` of the text, added to `out`: IN1-3 the insurer's (or the payer's,
/// by IN1-2's 法別番号), and each later field that is a number but no date the
/// insured's. A field's first component is its value (`06^^JHSD0001`).
fn insurance_segment(segment: &[u8], start: usize, kinds: KindSet, out: &mut Vec<Finding>) {
    let mut public = false;
    let (mut field, mut from) = (0, 0);
    for i in 0..=segment.len() {
        if segment.get(i).is_some_and(|&b| b != b'|') {
            continue;
        }
        let value = segment.get(from..i).unwrap_or(&[]);
        let value = value.split(|&b| b == b'^').next().unwrap_or(&[]);
        let kind = match field {
            2 => {
                public = super::health::public_law(value);
                None
            }
            3 if public => Some(Kind::PublicExpensePayer),
            3 => Some(Kind::InsurerNumber),
            4.. if !is_date(value) => Some(Kind::InsuredNumber),
            _ => None,
        };
        if let Some(kind) = kind.filter(|k| kinds.contains(k) && a_number(value)) {
            out.push(Finding {
                kind,
                start: start + from,
                end: start + from + value.len(),
            });
        }
        field += 1;
        from = i + 1;
    }
}

/// Whether `value` is a card's number as a segment's field holds it: letters,
/// digits and `-`, `:` or `.` between them, at least two digits, at most 20 bytes.
fn a_number(value: &[u8]) -> bool {
    (2..=20).contains(&value.len())
        && value.iter().filter(|b| b.is_ascii_digit()).count() >= 2
        && value
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'.'))
}

/// Whether `value` is a date as HL7 writes one, with or without its time
/// (`20120401`, `202606161015`): 8, 12 or 14 digits from 19xx or 20xx, month 01–12.
fn is_date(value: &[u8]) -> bool {
    matches!(value.len(), 8 | 12 | 14)
        && value.iter().all(u8::is_ascii_digit)
        && matches!(value, [b'1', b'9', ..] | [b'2', b'0', ..])
        && matches!(
            value.get(4..6),
            Some([b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2'])
        )
}

/// Whether `record`'s first field is a number of 6 or 8 digits, in either width:
/// the insurer's or the payer's number a receipt file's record starts with.
fn opens_with_number(record: &[u8]) -> bool {
    let (mut digits, mut at) = (0, 3);
    loop {
        at += match record.get(at..) {
            Some([b'0'..=b'9', ..]) => 1,
            Some([0xEF, 0xBC, 0x90..=0x99, ..]) => 3,
            Some([b',', ..] | []) | None => break,
            _ => return false,
        };
        digits += 1;
    }
    digits == 6 || digits == 8
}

#[cfg(test)]
mod tests {
    use crate::redact::{Kind, Redactor};

    fn found(text: &str) -> Vec<(Kind, &str)> {
        Redactor::default()
            .find(text)
            .into_iter()
            .map(|f| (f.kind, crate::substring::slice(text, f.start, f.end)))
            .collect()
    }

    #[test]
    fn a_receipt_file_s_insurance_and_public_expense_records() {
        let text = "RE,1,4117,202604,ﾀﾅｶ ﾋﾛｼ,1,19580412,30,,,\n\
                    HO,06142426,２３１,７８０５,3,1520,,,,\n\
                    KO,54118765,7952633,,3,1520,,,,\n\
                    IY,1,620000419,14,1,,,,";
        assert_eq!(
            found(text),
            [
                (Kind::InsurerNumber, "06142426"),
                (Kind::InsuredNumber, "２３１"),
                (Kind::InsuredNumber, "７８０５"),
                (Kind::PublicExpensePayer, "54118765"),
                (Kind::PublicExpenseRecipient, "7952633"),
            ]
        );
    }

    #[test]
    fn an_hl7_insurance_segment_s_card() {
        let text = "PID|1||12345^^^^PI||ヤマダ^タロウ||19800101|M\n\
                    IN1|1|06^^JHSD0001|06130876|||||||2299|60515||20120401|||||SEL^本人^HL70063";
        assert_eq!(
            found(text),
            [
                (Kind::InsurerNumber, "06130876"),
                (Kind::InsuredNumber, "2299"),
                (Kind::InsuredNumber, "60515"),
            ]
        );
        // A public expense's plan (法別 12): its payer.
        assert_eq!(
            found("IN1|2|12^^JHSD0001|12136017|||||||||||20260401"),
            [(Kind::PublicExpensePayer, "12136017")]
        );
        // Elsewhere than at a line's start, a `|` parts nothing of ours.
        assert_eq!(found("メモ IN1|1|06|123|||||||2299"), []);
    }

    #[test]
    fn a_record_pasted_alone_opens_with_its_number() {
        assert_eq!(
            found("返戻分です\nHO,138057,ﾁ45,1020,4,2210,,,,"),
            [
                (Kind::InsurerNumber, "138057"),
                (Kind::InsuredNumber, "ﾁ45"),
                (Kind::InsuredNumber, "1020"),
            ]
        );
        // Not a record: a code of two letters in other text.
        assert_eq!(found("HO,3,12 の件"), []);
    }

    #[test]
    fn a_qualification_record_names_a_payer_for_a_public_expense() {
        let text = "RE,1,1127,202604\nSN,2,01,12136017,,,,1234566,";
        assert_eq!(
            found(text),
            [
                (Kind::PublicExpensePayer, "12136017"),
                (Kind::PublicExpenseRecipient, "1234566")
            ]
        );
    }

    #[test]
    fn a_date_where_an_insurer_s_number_stands_is_none() {
        assert_eq!(found("RE,1,1127,202604\nSN,1,01,20260311,,,"), []);
    }

    #[test]
    fn a_prescription_symbol_s_records() {
        let text = "JAHIS10\n1,1,1310934471,13,たちかわ内科クリニック\n11,,森田 清,ﾓﾘﾀ ｷﾖｼ\n\
                    13,19500312\n21,1\n22,06114706\n23,ＴＫ７,３１２０,1,00\n\
                    27,21129978,5601067\n51,20260408\n101,1,1,,28";
        assert_eq!(
            found(text),
            [
                (Kind::InsurerNumber, "06114706"),
                (Kind::InsuredNumber, "ＴＫ７"),
                (Kind::InsuredNumber, "３１２０"),
                (Kind::InsuredNumber, "00"),
                (Kind::PublicExpensePayer, "21129978"),
                (Kind::PublicExpenseRecipient, "5601067"),
            ]
        );
        // Without its version record, lines `22,…` and `23,…` are a list's.
        assert_eq!(found("22,1234\n23,56,78,1,00"), []);
    }
}
