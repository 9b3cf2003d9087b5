//! Bank account numbers (口座番号): 7 digits, only behind a label (口座, 普通, 当座,
//! 預金, 振込先, Account…). No check digit exists; bank and branch names and the
//! 3-digit branch number (店番) are not part of the value.

use super::token::Value;

/// How many bytes before a 記号 or 番号 a word for ゆうちょ may stand: its name and
/// a few words (`ゆうちょ銀行の口座　記号 10180　番号`), or the line above.
const YUCHO_BEFORE: usize = 60;

/// The words for ゆうちょ銀行 (the post office's bank), as bytes: hiragana,
/// katakana, half-width katakana, its old name, romaji.
const YUCHO: [&[u8]; 5] = [
    "ゆうちょ".as_bytes(),
    "ユウチョ".as_bytes(),
    "ﾕｳﾁｮ".as_bytes(),
    "郵便貯金".as_bytes(),
    b"yucho",
];

/// Whether ゆうちょ is named in the [`YUCHO_BEFORE`] bytes before byte `at` of
/// `text`: a 記号 and 番号 there are a passbook's (`ゆうちょ銀行 記号 16060 番号
/// 53956271`), the account's, not an insurance card's. (Most writers leave the
/// 記号 out of what is sensitive, some count it the account's: masked, it costs
/// little; left, it may leak.)
/// An insurance card's word between them says the card's (`ゆうちょに振り込み
/// ます。保険証の記号 1234`).
pub(crate) fn yucho_before(text: &str, at: usize) -> bool {
    yucho_outside(text, at, |_| false)
}

/// [`yucho_before`], but for a word that starts at a byte `found` holds: a word
/// inside a value found before (`記号ユウチョ９`, a 記号 with kana) names no bank
/// once masked, and so not here.
pub(crate) fn yucho_outside(text: &str, at: usize, found: impl Fn(usize) -> bool) -> bool {
    let b = text.as_bytes();
    let from = at.saturating_sub(YUCHO_BEFORE);
    let window = b.get(from..at).unwrap_or(&[]);
    YUCHO.iter().any(|w| {
        // Each place the word stands, until one outside what was found.
        let mut start = 0;
        while let Some(i) = window
            .get(start..)
            .and_then(|rest| crate::substring::find_bytes(rest, w))
        {
            let i = start + i;
            start = i + w.len();
            if found(from + i) {
                continue;
            }
            let after = window.get(i + w.len()..).unwrap_or(&[]);
            return !["保険", "ホケン", "ﾎｹﾝ"]
                .iter()
                .any(|card| crate::substring::find_bytes(after, card.as_bytes()).is_some());
        }
        false
    })
}

/// Whether `v` is an account number.
pub(crate) fn is_account(v: &Value) -> bool {
    v.numeric_shape() && v.len() == 7
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::testing::value;

    #[test]
    fn a_passbook_s_words_after_yucho() {
        let text = "ゆうちょ銀行\n記号 16770\n番号 50111591";
        let at = text.find("記号").unwrap_or(0);
        assert!(yucho_before(text, at));
        assert!(!yucho_before("保険証 記号 16770", "保険証 ".len()));
        let text = "ゆうちょに振り込みます。保険証の記号 1234";
        assert!(!yucho_before(text, text.find("記号").unwrap_or(0)));
    }

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
