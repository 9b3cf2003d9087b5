//! Every message the form shows, in one table: polite Japanese that tells the
//! person how to fix the problem, and English.
//!
//! To translate or reword a message, change it here; nothing else in the crate
//! holds message text. `{max}` and `{count}` are replaced by numbers (a length
//! limit and the length found). The one exception is `phone_invalid`, whose
//! message is the phone parser's own, so that it says precisely what is wrong with
//! the number: those messages live with the parser, in [`crate::phone`].

use crate::prelude::*;
use crate::substring;
use crate::text::decimal;

/// Which message: one per situation a person can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageId {
    /// `inquiryType: required`.
    InquiryTypeRequired,
    /// `inquiryType: too_long`.
    InquiryTypeTooLong,
    /// `inquiryType: inquiry_type_must_be_other`.
    InquiryTypeMustBeOther,
    /// `name: required`.
    NameRequired,
    /// `name: too_long`.
    NameTooLong,
    /// `name: invalid_chars`.
    NameInvalidChars,
    /// `phone: required`, when only a phone will do.
    PhoneRequired,
    /// `phone: required` for an ordinary inquiry that accepts an e-mail instead.
    PhoneOrEmailRequired,
    /// `phone: required` for a disclosure request, where an e-mail does not do.
    PhoneRequiredForRequest,
    /// `phone: too_long`.
    PhoneTooLong,
    /// `email: required`.
    EmailRequired,
    /// `email: too_long`.
    EmailTooLong,
    /// `email: email_invalid`.
    EmailInvalid,
    /// `body: required`.
    BodyRequired,
    /// `body: too_long`.
    BodyTooLong,
    /// `body: first_line_mismatch`.
    FirstLineMismatch,
    /// `body: request_content_missing`.
    RequestContentMissing,
    /// The warning `body: sensitive_data_will_be_masked`.
    SensitiveDataWillBeMasked,
    /// The warning `body: looks_like_disclosure_request`.
    LooksLikeDisclosureRequest,
}

/// A message in Japanese and English, possibly with `{max}` and `{count}` in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    /// Polite Japanese that says how to fix the problem.
    pub ja: &'static str,
    /// The same in English.
    pub en: &'static str,
}

impl MessageId {
    /// Every message, for translators and tests.
    pub const ALL: [MessageId; 19] = [
        MessageId::InquiryTypeRequired,
        MessageId::InquiryTypeTooLong,
        MessageId::InquiryTypeMustBeOther,
        MessageId::NameRequired,
        MessageId::NameTooLong,
        MessageId::NameInvalidChars,
        MessageId::PhoneRequired,
        MessageId::PhoneOrEmailRequired,
        MessageId::PhoneRequiredForRequest,
        MessageId::PhoneTooLong,
        MessageId::EmailRequired,
        MessageId::EmailTooLong,
        MessageId::EmailInvalid,
        MessageId::BodyRequired,
        MessageId::BodyTooLong,
        MessageId::FirstLineMismatch,
        MessageId::RequestContentMissing,
        MessageId::SensitiveDataWillBeMasked,
        MessageId::LooksLikeDisclosureRequest,
    ];

    /// The message's text: this match is the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::messages::MessageId;
    /// let m = MessageId::NameRequired.text();
    /// assert_eq!(m.ja, "お名前（氏名）を入力してください。");
    /// assert_eq!(m.en, "Please enter your name.");
    /// ```
    pub const fn text(self) -> Message {
        use MessageId as M;
        let (ja, en) = match self {
            M::InquiryTypeRequired => (
                "お問い合わせの種類を選んでください。",
                "Please choose the type of inquiry.",
            ),
            M::InquiryTypeTooLong => (
                "お問い合わせの種類は{max}文字以内で入力してください（現在{count}文字）。",
                "Please keep the type of inquiry to {max} characters or fewer (it has {count}).",
            ),
            M::InquiryTypeMustBeOther => (
                "個人情報の開示等請求の場合は、お問い合わせの種類を「その他」に変更してください。",
                "For a request about your personal data (個人情報の開示等請求), please set the type of inquiry to 「その他」 (Other).",
            ),
            M::NameRequired => (
                "お名前（氏名）を入力してください。",
                "Please enter your name.",
            ),
            M::NameTooLong => (
                "お名前は{max}文字以内で入力してください（現在{count}文字）。",
                "Please shorten your name to {max} characters or fewer (it has {count}).",
            ),
            M::NameInvalidChars => (
                "お名前には数字、「@」、制御文字は使えません。氏名だけを入力してください。",
                "Your name cannot contain digits, \"@\" or control characters; please enter your name only.",
            ),
            M::PhoneRequired => (
                "電話番号を入力してください。",
                "Please enter your phone number.",
            ),
            M::PhoneOrEmailRequired => (
                "ご連絡先として、電話番号かメールアドレスのどちらかを入力してください。",
                "Please enter a phone number or an email address so that we can reply.",
            ),
            M::PhoneRequiredForRequest => (
                "個人情報の開示等請求には電話番号が必要です（メールアドレスでは代えられません）。電話番号を入力してください。",
                "A request about your personal data needs a phone number (an email address cannot replace it); please enter one.",
            ),
            M::PhoneTooLong => (
                "電話番号は{max}文字以内で入力してください（現在{count}文字）。",
                "Please keep the phone number to {max} characters or fewer (it has {count}).",
            ),
            M::EmailRequired => (
                "メールアドレスを入力してください。",
                "Please enter your email address.",
            ),
            M::EmailTooLong => (
                "メールアドレスは{max}文字以内で入力してください（現在{count}文字）。",
                "Please keep the email address to {max} characters or fewer (it has {count}).",
            ),
            M::EmailInvalid => (
                "メールアドレスの形式が正しくありません。「name@example.jp」のように、半角英数字で入力してください。",
                "This email address is not valid; please enter it like name@example.com, in ASCII letters and digits.",
            ),
            M::BodyRequired => (
                "お問い合わせの内容を入力してください。",
                "Please enter your message.",
            ),
            M::BodyTooLong => (
                "お問い合わせの内容は{max}文字以内にしてください（現在{count}文字）。長くなる場合は分けてお送りください。",
                "Please shorten your message to {max} characters or fewer (it has {count}); send a longer one in parts.",
            ),
            M::FirstLineMismatch => (
                "個人情報の開示等請求の場合は、お問い合わせの内容の1行目に「個人情報の開示等請求」とだけ入力し、請求内容は2行目以降にお書きください。開示等請求ではない場合は、1行目の書き方を変えてください。",
                "For a request about your personal data, write exactly 「個人情報の開示等請求」 on the first line of the message and what you request on the lines below. If this is not such a request, please word the first line differently.",
            ),
            M::RequestContentMissing => (
                "2行目以降に請求内容（開示・訂正・利用停止など、何を求めるか）をお書きください。",
                "Please write what you request (disclosure, correction, suspension of use, …) on the lines after the first.",
            ),
            M::SensitiveDataWillBeMasked => (
                "お問い合わせの内容に保険証やマイナンバーなどの番号が含まれているため、送信前に「*」で伏せます。",
                "Your message contains sensitive numbers (such as a health-insurance card or My Number); they will be masked with * before it is sent.",
            ),
            M::LooksLikeDisclosureRequest => (
                "ご自身の個人情報の開示・訂正・利用停止などをご請求の場合は、お問い合わせの種類を「その他」にし、お問い合わせの内容の1行目に「個人情報の開示等請求」とお書きください。このままでは、通常のお問い合わせとして受け付けます。",
                "If you are asking for disclosure, correction, suspension of use or the like of your own personal data, please set the type of inquiry to 「その他」 (Other) and write 「個人情報の開示等請求」 on the first line of the message. As it is, the message is received as an ordinary inquiry.",
            ),
        };
        Message { ja, en }
    }
}

impl Message {
    /// The message with `{max}` and `{count}` filled in: `(ja, en)`.
    pub(crate) fn render(self, max: usize, count: usize) -> (String, String) {
        let fill = |s: &str| {
            let s = substring::replace(s, "{max}", &decimal(max as u64));
            substring::replace(&s, "{count}", &decimal(count as u64))
        };
        (fill(self.ja), fill(self.en))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_polite_japanese_and_english() {
        for id in MessageId::ALL {
            let Message { ja, en } = id.text();
            assert!(ja.ends_with('。'), "{id:?}: {ja}");
            assert!(
                ja.contains("ください") || ja.contains("ます") || ja.contains("です"),
                "{id:?} is not polite: {ja}"
            );
            assert!(en.ends_with('.'), "{id:?}: {en}");
            // Placeholders agree between the languages.
            for p in ["{max}", "{count}"] {
                assert_eq!(ja.contains(p), en.contains(p), "{id:?} {p}");
            }
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let (ja, en) = MessageId::NameTooLong.text().render(100, 120);
        assert_eq!(ja, "お名前は100文字以内で入力してください（現在120文字）。");
        assert!(en.contains("100") && en.contains("120") && !en.contains('{'));
    }
}
