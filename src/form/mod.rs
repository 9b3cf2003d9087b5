//! The contact form, checked the way section 6 of the privacy notice asks.
//!
//! A person who wants 開示等 (disclosure, correction, suspension, erasure, the stop
//! of third-party provision, the disclosure of provision records) sets the type of
//! inquiry to 「その他」, writes 「個人情報の開示等請求」 as the first line of the
//! message, and gives their name, phone number and what they request. Everyone else
//! sends an ordinary inquiry, which needs a name, a message, and a phone number or
//! an e-mail address.
//!
//! [`validate_form`] checks a [`ContactForm`] field by field and says what is wrong
//! in polite Japanese and in English (every message is in [`messages`]); it also
//! reads what a disclosure request asks for ([`Disclosure`]).
//! [`prepare_submission`] gives the payload to send: the normalized form with the
//! message's sensitive numbers masked. [`FormRules`] changes the rules (required
//! fields, length limits, whether an e-mail replaces the phone number).
//!
//! # Examples
//!
//! ```
//! use mamori::form::{validate_form, ContactForm, DisclosureKind, Requester};
//!
//! let form = ContactForm {
//!     inquiry_type: "その他".into(),
//!     name: "山田　太郎".into(),
//!     phone: "０３－１２３４－５６７８".into(),
//!     body: "個人情報の開示等請求\n本人です。訂正は不要です、開示をお願いします。".into(),
//!     ..ContactForm::default()
//! };
//! let result = validate_form(&form);
//! assert!(result.ok);
//! assert_eq!(result.normalized.phone, "03-1234-5678");
//! let disclosure = result.disclosure.unwrap();
//! assert_eq!(disclosure.kinds, [DisclosureKind::Disclosure]);
//! assert_eq!(disclosure.requester, Some(Requester::Principal));
//! ```

use crate::prelude::*;
use serde::Serialize;

mod disclosure;
mod email;
mod first_line;
pub mod messages;
mod rules;

pub use first_line::PHRASE;
pub use rules::FormRules;

/// The fields of the contact form, as typed. An empty string is an empty field.
///
/// The same type carries the normalized form in [`FormResult::normalized`] and the
/// payload of [`Submission`].
///
/// # Examples
///
/// ```
/// use mamori::form::ContactForm;
/// let form = ContactForm { name: "山田 太郎".into(), ..ContactForm::default() };
/// assert!(form.email.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactForm {
    /// お問い合わせの種類 (a disclosure request needs 「その他」).
    pub inquiry_type: String,
    /// 氏名.
    pub name: String,
    /// 電話番号.
    pub phone: String,
    /// メールアドレス.
    pub email: String,
    /// お問い合わせの内容.
    pub body: String,
}

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// `inquiryType`.
    InquiryType,
    /// `name`.
    Name,
    /// `phone`.
    Phone,
    /// `email`.
    Email,
    /// `body`.
    Body,
}

impl Field {
    /// Every field, in the order of the form.
    pub const ALL: [Field; 5] = [
        Field::InquiryType,
        Field::Name,
        Field::Phone,
        Field::Email,
        Field::Body,
    ];

    /// The field's name in JavaScript.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(mamori::form::Field::InquiryType.as_str(), "inquiryType");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Field::InquiryType => "inquiryType",
            Field::Name => "name",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Body => "body",
        }
    }

    /// The field of a JavaScript name (`"inquiryType"`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::Field;
    /// assert_eq!(Field::from_name("body"), Some(Field::Body));
    /// assert_eq!(Field::from_name("Body"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.iter().find(|f| f.as_str() == name).copied()
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What is wrong with a field (or, for the one warning, what will happen to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IssueCode {
    /// The field is empty but needed.
    Required,
    /// Longer than allowed, counted in characters after normalization.
    TooLong,
    /// The name holds digits, `@` or control characters.
    InvalidChars,
    /// The phone number is not a valid Japanese number.
    PhoneInvalid,
    /// Not a valid e-mail address (the `input type=email` rule).
    EmailInvalid,
    /// The first line is close to 「個人情報の開示等請求」 but not it, or the phrase
    /// is on a later line. Comes with a [`Issue::suggestion`].
    FirstLineMismatch,
    /// A disclosure request whose type of inquiry is not 「その他」.
    InquiryTypeMustBeOther,
    /// A disclosure request with nothing after its first line.
    RequestContentMissing,
    /// A warning: the message holds sensitive numbers, masked when it is sent.
    SensitiveDataWillBeMasked,
    /// A warning: an inquiry that is not set up as a disclosure request (and whose first
    /// line is no near miss) asks for 開示, 訂正・追加・削除, 利用停止, 消去, 第三者提供の
    /// 停止 or 利用目的の通知 of the person's own data. Comes with a
    /// [`Issue::suggestion`]: the first line that makes it a request.
    LooksLikeDisclosureRequest,
}

impl IssueCode {
    /// The code as JavaScript sees it (`"phone_invalid"`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::IssueCode;
    /// assert_eq!(IssueCode::FirstLineMismatch.as_str(), "first_line_mismatch");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            IssueCode::Required => "required",
            IssueCode::TooLong => "too_long",
            IssueCode::InvalidChars => "invalid_chars",
            IssueCode::PhoneInvalid => "phone_invalid",
            IssueCode::EmailInvalid => "email_invalid",
            IssueCode::FirstLineMismatch => "first_line_mismatch",
            IssueCode::InquiryTypeMustBeOther => "inquiry_type_must_be_other",
            IssueCode::RequestContentMissing => "request_content_missing",
            IssueCode::SensitiveDataWillBeMasked => "sensitive_data_will_be_masked",
            IssueCode::LooksLikeDisclosureRequest => "looks_like_disclosure_request",
        }
    }
}

/// An error or a warning about one field, with a message that says how to fix it.
///
/// # Examples
///
/// ```
/// use mamori::form::{validate_form, ContactForm, Field, IssueCode};
/// let result = validate_form(&ContactForm::default());
/// let issue = &result.errors[0];
/// assert_eq!((issue.field, issue.code), (Field::Name, IssueCode::Required));
/// assert_eq!(issue.message, "お名前（氏名）を入力してください。");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    /// The field it is about.
    pub field: Field,
    /// What it is.
    pub code: IssueCode,
    /// Polite Japanese that says how to fix it.
    pub message: String,
    /// The same in English.
    pub message_en: String,
    /// With [`IssueCode::FirstLineMismatch`] and
    /// [`IssueCode::LooksLikeDisclosureRequest`]: the first line to write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<&'static str>,
}

/// What a disclosure request asks for: the seven requests of section 6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisclosureKind {
    /// 利用目的の通知: telling the person what their data is used for.
    PurposeNotification,
    /// 開示: disclosing the data held.
    Disclosure,
    /// 訂正・追加・削除 of the content.
    Correction,
    /// 利用停止: stopping its use.
    Suspension,
    /// 消去: erasing it.
    Erasure,
    /// 第三者への提供の停止: stopping its provision to third parties.
    StopThirdPartyProvision,
    /// 第三者提供記録の開示: disclosing the records of provision to third parties
    /// (not, by itself, also [`DisclosureKind::Disclosure`]).
    ThirdPartyRecordDisclosure,
}

impl DisclosureKind {
    /// The seven kinds, in the order of section 6.
    pub const ALL: [DisclosureKind; 7] = [
        DisclosureKind::PurposeNotification,
        DisclosureKind::Disclosure,
        DisclosureKind::Correction,
        DisclosureKind::Suspension,
        DisclosureKind::Erasure,
        DisclosureKind::StopThirdPartyProvision,
        DisclosureKind::ThirdPartyRecordDisclosure,
    ];

    /// The kind as JavaScript sees it (`"stop_third_party_provision"`, …).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::DisclosureKind;
    /// assert_eq!(DisclosureKind::Erasure.as_str(), "erasure");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            DisclosureKind::PurposeNotification => "purpose_notification",
            DisclosureKind::Disclosure => "disclosure",
            DisclosureKind::Correction => "correction",
            DisclosureKind::Suspension => "suspension",
            DisclosureKind::Erasure => "erasure",
            DisclosureKind::StopThirdPartyProvision => "stop_third_party_provision",
            DisclosureKind::ThirdPartyRecordDisclosure => "third_party_record_disclosure",
        }
    }
}

/// Who makes a disclosure request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Requester {
    /// 本人: the person the data is about (`"self"` in JavaScript).
    #[serde(rename = "self")]
    Principal,
    /// 代理人: someone acting for them (法定代理人, 親権者, 成年後見人, or by 委任);
    /// `"agent"` in JavaScript.
    #[serde(rename = "agent")]
    Agent,
}

/// How a disclosure request was read.
///
/// # Examples
///
/// ```
/// use mamori::form::{validate_form, ContactForm, DisclosureKind, Requester};
/// let form = ContactForm {
///     body: "個人情報の開示等請求\n代理人として、消去と第三者への提供の停止を求めます。".into(),
///     ..ContactForm::default()
/// };
/// let disclosure = validate_form(&form).disclosure.unwrap();
/// assert_eq!(
///     disclosure.kinds,
///     [DisclosureKind::Erasure, DisclosureKind::StopThirdPartyProvision]
/// );
/// assert_eq!(disclosure.requester, Some(Requester::Agent));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Disclosure {
    /// What is asked, in the order of [`DisclosureKind::ALL`], each once; empty when
    /// the content names no kind.
    pub kinds: Vec<DisclosureKind>,
    /// Who asks: `None` unless the content says so. When it names both the person
    /// (本人) and an agent, the agent.
    pub requester: Option<Requester>,
}

/// The result of [`validate_form`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormResult {
    /// Whether the form may be sent: no errors (warnings do not count).
    pub ok: bool,
    /// What must be fixed, in the order of the form's fields.
    pub errors: Vec<Issue>,
    /// What the person should know: sensitive numbers that will be masked, a message
    /// that reads like a disclosure request but is not set up as one.
    pub warnings: Vec<Issue>,
    /// The fields after normalization: name with the `Name` profile, body with
    /// `Text`, phone in national format when valid (else the text-normalized
    /// input), e-mail and type of inquiry text-normalized and trimmed.
    pub normalized: ContactForm,
    /// How a disclosure request was read; `None` for anything else (near misses
    /// included). A disclosure request with errors still has it.
    pub disclosure: Option<Disclosure>,
}

/// The result of [`prepare_submission`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Submission {
    /// Whether the form may be sent.
    pub ok: bool,
    /// As in [`FormResult::errors`].
    pub errors: Vec<Issue>,
    /// As in [`FormResult::warnings`].
    pub warnings: Vec<Issue>,
    /// When `ok`: the normalized form with the sensitive numbers of the body masked
    /// (name and phone are contact data and stay). `None` otherwise.
    pub payload: Option<ContactForm>,
}

/// Checks a contact form with the rules of section 6 ([`FormRules::default`]).
///
/// # Examples
///
/// ```
/// use mamori::form::{validate_form, ContactForm, Field, IssueCode};
/// let form = ContactForm {
///     inquiry_type: "その他".into(),
///     name: "山田 太郎".into(),
///     phone: "090-1234-5678".into(),
///     body: "個人情報開示請求\n開示してください。".into(),
///     ..ContactForm::default()
/// };
/// let result = validate_form(&form);
/// assert!(!result.ok);
/// assert_eq!(result.errors[0].code, IssueCode::FirstLineMismatch);
/// assert_eq!(result.errors[0].suggestion, Some("個人情報の開示等請求"));
/// assert_eq!(result.disclosure, None);
///
/// // A request written as an ordinary inquiry passes, with a warning that says how
/// // to send it as a request.
/// let form = ContactForm {
///     inquiry_type: "お薬の配送について".into(),
///     name: "山田 太郎".into(),
///     phone: "090-1234-5678".into(),
///     body: "保有個人データの開示をお願いします。".into(),
///     ..ContactForm::default()
/// };
/// let result = validate_form(&form);
/// assert!(result.ok);
/// assert_eq!(result.warnings[0].code, IssueCode::LooksLikeDisclosureRequest);
/// assert_eq!(result.warnings[0].suggestion, Some("個人情報の開示等請求"));
/// ```
pub fn validate_form(form: &ContactForm) -> FormResult {
    FormRules::default().validate(form)
}

/// Validates the form and, when it is ok, returns what may be sent: the normalized
/// form with sensitive numbers in the body masked (rules of
/// [`FormRules::default`]).
///
/// # Examples
///
/// ```
/// use mamori::form::{prepare_submission, ContactForm};
/// let form = ContactForm {
///     inquiry_type: "サービスについて".into(),
///     name: "森田 葵".into(),
///     phone: "090-1234-5678".into(),
///     body: "処方箋について質問です。\n保険者番号：０６１３２０１３".into(),
///     ..ContactForm::default()
/// };
/// let submission = prepare_submission(&form);
/// assert!(submission.ok);
/// let payload = submission.payload.unwrap();
/// assert!(!payload.body.contains("06132013"));
/// assert_eq!(payload.phone, "090-1234-5678");
/// ```
pub fn prepare_submission(form: &ContactForm) -> Submission {
    FormRules::default().prepare(form)
}
