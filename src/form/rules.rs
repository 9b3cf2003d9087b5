//! The rules of the form and the procedure that applies them.

use super::disclosure;
use super::email;
use super::first_line::{self, FirstLine, PHRASE};
use super::messages::MessageId;
use super::{ContactForm, Field, FormResult, Issue, IssueCode, Submission};
use crate::normalize::{normalize, Profile};
use crate::offsets::char_count;
use crate::phone::parse_phone;
use crate::prelude::*;
use crate::redact::Redactor;

/// The type of inquiry a disclosure request must have.
const OTHER: &str = "その他";

/// The rules a form is checked by, built like a builder.
///
/// # Defaults
///
/// The procedure of section 6 of the privacy notice:
///
/// - required for an ordinary inquiry: `name`, `phone` and `body`, where an e-mail
///   address may stand in for the phone number ([`FormRules::email_instead_of_phone`]
///   is `true`); `inquiryType` and `email` are optional;
/// - at most 100 characters of name and 10,000 characters of body, counted in
///   Unicode scalar values after normalization; no limit on the other fields.
///
/// A disclosure request always needs the type 「その他」, a name, a valid Japanese
/// phone number (an e-mail address does not replace it) and request content,
/// whatever these rules say; fields they mark as required are required in
/// addition, and their limits apply.
///
/// # Examples
///
/// ```
/// use mamori::form::{ContactForm, Field, FormRules, IssueCode};
///
/// // A site that wants an e-mail address from everyone and keeps names short.
/// let rules = FormRules::default()
///     .require(Field::Email, true)
///     .max_chars(Field::Name, Some(20));
/// let form = ContactForm {
///     name: "山田 太郎".into(),
///     phone: "03-1234-5678".into(),
///     body: "資料をお送りください。".into(),
///     ..ContactForm::default()
/// };
/// let result = rules.validate(&form);
/// assert_eq!(result.errors.len(), 1);
/// assert_eq!((result.errors[0].field, result.errors[0].code), (Field::Email, IssueCode::Required));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormRules {
    required: [bool; 5],
    max_chars: [Option<usize>; 5],
    email_instead_of_phone: bool,
}

impl Default for FormRules {
    fn default() -> Self {
        let mut rules = FormRules {
            required: [false; 5],
            max_chars: [None; 5],
            email_instead_of_phone: true,
        };
        for field in &[Field::Name, Field::Phone, Field::Body] {
            rules.required[field.index()] = true;
        }
        rules.max_chars[Field::Name.index()] = Some(100);
        rules.max_chars[Field::Body.index()] = Some(10_000);
        rules
    }
}

impl FormRules {
    /// The rules of section 6 (see [`FormRules#defaults`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::{Field, FormRules};
    /// assert_eq!(FormRules::new(), FormRules::default());
    /// assert_eq!(FormRules::new().max_chars_of(Field::Body), Some(10_000));
    /// ```
    pub fn new() -> Self {
        FormRules::default()
    }

    /// Whether an ordinary inquiry must fill in `field`.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::{Field, FormRules};
    /// let rules = FormRules::new().require(Field::Phone, false);
    /// assert!(!rules.is_required(Field::Phone));
    /// assert!(rules.is_required(Field::Name));
    /// ```
    #[must_use]
    pub fn require(mut self, field: Field, required: bool) -> Self {
        self.required[field.index()] = required;
        self
    }

    /// The most characters `field` may hold after normalization; `None` for no
    /// limit.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::{Field, FormRules};
    /// let rules = FormRules::new().max_chars(Field::Email, Some(254));
    /// assert_eq!(rules.max_chars_of(Field::Email), Some(254));
    /// ```
    #[must_use]
    pub fn max_chars(mut self, field: Field, max: Option<usize>) -> Self {
        self.max_chars[field.index()] = max;
        self
    }

    /// Whether an e-mail address may stand in for a required phone number in an
    /// ordinary inquiry (never in a disclosure request).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::{ContactForm, FormRules, IssueCode};
    /// let form = ContactForm {
    ///     name: "田村 海斗".into(),
    ///     email: "kaito@example.com".into(),
    ///     body: "申込方法を教えてください。".into(),
    ///     ..ContactForm::default()
    /// };
    /// assert!(FormRules::new().validate(&form).ok);
    /// let strict = FormRules::new().email_instead_of_phone(false);
    /// assert_eq!(strict.validate(&form).errors[0].code, IssueCode::Required);
    /// ```
    #[must_use]
    pub fn email_instead_of_phone(mut self, accepted: bool) -> Self {
        self.email_instead_of_phone = accepted;
        self
    }

    /// Whether an ordinary inquiry must fill in `field` (see [`FormRules::require`]).
    pub fn is_required(&self, field: Field) -> bool {
        self.required.get(field.index()).copied().unwrap_or(false)
    }

    /// The length limit of `field` (see [`FormRules::max_chars`]).
    pub fn max_chars_of(&self, field: Field) -> Option<usize> {
        self.max_chars.get(field.index()).copied().flatten()
    }

    /// Whether an e-mail address may replace the phone number (see
    /// [`FormRules::email_instead_of_phone`]).
    pub fn accepts_email_instead_of_phone(&self) -> bool {
        self.email_instead_of_phone
    }

    /// Checks `form` with these rules.
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::{ContactForm, Field, FormRules, IssueCode};
    /// let form = ContactForm {
    ///     inquiry_type: "サービスについて".into(),
    ///     name: "山田 太郎".into(),
    ///     phone: "03-1234-5678".into(),
    ///     body: "個人情報の開示等請求\n開示を求めます。".into(),
    ///     ..ContactForm::default()
    /// };
    /// let result = FormRules::new().validate(&form);
    /// assert_eq!(result.errors[0].field, Field::InquiryType);
    /// assert_eq!(result.errors[0].code, IssueCode::InquiryTypeMustBeOther);
    /// assert!(result.disclosure.is_some());
    /// ```
    pub fn validate(&self, form: &ContactForm) -> FormResult {
        self.check(form, false).0
    }

    /// Validates `form` with these rules and, when it is ok, returns the payload
    /// to send (see [`super::prepare_submission`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use mamori::form::{ContactForm, FormRules};
    /// let form = ContactForm { name: "山田 太郎".into(), ..ContactForm::default() };
    /// let submission = FormRules::new().prepare(&form);
    /// assert!(!submission.ok);
    /// assert!(submission.payload.is_none());
    /// ```
    pub fn prepare(&self, form: &ContactForm) -> Submission {
        let (result, masked_body) = self.check(form, true);
        let payload = result.ok.then(|| {
            let mut payload = result.normalized;
            if let Some(masked) = masked_body {
                // The mask writes ＊ for a full-width character (a kana of a 記号);
                // normalized text has * there. Normalizing again keeps the payload a
                // normalized form that validates to itself on the server (the length
                // stays: both are one UTF-16 unit).
                let mut body = normalize(&masked, Profile::Text).into_owned();
                // Normalized, a mask may read otherwise (`記号 ＊＊:` is `記号 **:`,
                // which hands its label on): what the payload still holds is masked
                // too, as the server reading it would find it (the `validate_form`
                // fuzz target found such a body).
                for _ in 0..2 {
                    match mask(&body) {
                        Some(again) => body = normalize(&again, Profile::Text).into_owned(),
                        None => break,
                    }
                }
                payload.body = body;
            }
            payload
        });
        Submission {
            ok: result.ok,
            errors: result.errors,
            warnings: result.warnings,
            payload,
        }
    }

    /// The result, and when `masked` is asked for, the masked body when the body
    /// holds something to mask (validating only needs to know whether it does).
    fn check(&self, form: &ContactForm, masked: bool) -> (FormResult, Option<String>) {
        // str::trim drops U+3000 too.
        let inquiry_type =
            crate::substring::trim(&normalize(&form.inquiry_type, Profile::Text)).to_owned();
        let name = normalize(&form.name, Profile::Name).into_owned();
        let body = normalize(&form.body, Profile::Text).into_owned();
        let email = email::sanitize(&normalize(&form.email, Profile::Text)).into_owned();
        let phone_text = normalize(&form.phone, Profile::Text).into_owned();
        let parsed =
            (!crate::substring::trim(&phone_text).is_empty()).then(|| parse_phone(&phone_text));

        let first = first_line::classify(&body);
        let request = matches!(first, FirstLine::Request { .. });
        let mut issues = Issues::default();

        // お問い合わせの種類
        if request && inquiry_type != OTHER {
            issues.push(
                Field::InquiryType,
                IssueCode::InquiryTypeMustBeOther,
                MessageId::InquiryTypeMustBeOther,
            );
        } else if inquiry_type.is_empty() && self.is_required(Field::InquiryType) {
            issues.required(Field::InquiryType, MessageId::InquiryTypeRequired);
        }
        self.check_length(&mut issues, Field::InquiryType, &inquiry_type);

        // 氏名
        if name.is_empty() {
            if request || self.is_required(Field::Name) {
                issues.required(Field::Name, MessageId::NameRequired);
            }
        } else {
            self.check_length(&mut issues, Field::Name, &name);
            if has_invalid_name_chars(&form.name, &name) {
                issues.push(
                    Field::Name,
                    IssueCode::InvalidChars,
                    MessageId::NameInvalidChars,
                );
            }
        }

        // 電話番号
        match &parsed {
            None if request => issues.required(Field::Phone, MessageId::PhoneRequiredForRequest),
            None if self.is_required(Field::Phone) => {
                if !self.email_instead_of_phone {
                    issues.required(Field::Phone, MessageId::PhoneRequired);
                } else if email.is_empty() {
                    issues.required(Field::Phone, MessageId::PhoneOrEmailRequired);
                }
            }
            None => {}
            Some(Err(error)) => issues.errors.push(Issue {
                field: Field::Phone,
                code: IssueCode::PhoneInvalid,
                message: error.message().into_owned(),
                message_en: error.message_en().into_owned(),
                suggestion: None,
            }),
            Some(Ok(_)) => {}
        }
        self.check_length(&mut issues, Field::Phone, &phone_text);

        // メールアドレス
        if email.is_empty() {
            if self.is_required(Field::Email) {
                issues.required(Field::Email, MessageId::EmailRequired);
            }
        } else if !email::is_valid(&email) {
            issues.push(
                Field::Email,
                IssueCode::EmailInvalid,
                MessageId::EmailInvalid,
            );
        }
        self.check_length(&mut issues, Field::Email, &email);

        // お問い合わせの内容
        match first {
            FirstLine::Request { content } if first_line::is_blank(content) => issues.push(
                Field::Body,
                IssueCode::RequestContentMissing,
                MessageId::RequestContentMissing,
            ),
            FirstLine::Request { .. } => {}
            FirstLine::NearMiss => {
                issues.push(
                    Field::Body,
                    IssueCode::FirstLineMismatch,
                    MessageId::FirstLineMismatch,
                );
                if let Some(last) = issues.errors.last_mut() {
                    last.suggestion = Some(PHRASE);
                }
            }
            FirstLine::Ordinary => {
                if first_line::is_blank(&body) && self.is_required(Field::Body) {
                    issues.required(Field::Body, MessageId::BodyRequired);
                }
            }
        }
        self.check_length(&mut issues, Field::Body, &body);

        let (masked_body, sensitive) = if masked {
            let body = mask(&body);
            let sensitive = body.is_some();
            (body, sensitive)
        } else {
            (None, Redactor::default().finds_anything(&body))
        };
        let mut warnings = Vec::new();
        if sensitive {
            warnings.push(issue(
                Field::Body,
                IssueCode::SensitiveDataWillBeMasked,
                MessageId::SensitiveDataWillBeMasked,
            ));
        }
        // A request written as an ordinary inquiry would be handled as one: say how to
        // send it as a request. (A near miss already has its error, and a request is one.)
        if first == FirstLine::Ordinary && disclosure::asks_for_own_data(&body) {
            warnings.push(Issue {
                suggestion: Some(PHRASE),
                ..issue(
                    Field::Body,
                    IssueCode::LooksLikeDisclosureRequest,
                    MessageId::LooksLikeDisclosureRequest,
                )
            });
        }

        let disclosure = match first {
            FirstLine::Request { content } => Some(disclosure::read(content)),
            _ => None,
        };
        let phone = match parsed {
            Some(Ok(number)) => number.national,
            _ => phone_text,
        };
        let result = FormResult {
            ok: issues.errors.is_empty(),
            errors: issues.errors,
            warnings,
            normalized: ContactForm {
                inquiry_type,
                name,
                phone,
                email,
                body,
            },
            disclosure,
        };
        (result, masked_body)
    }

    fn check_length(&self, issues: &mut Issues, field: Field, value: &str) {
        let Some(max) = self.max_chars_of(field) else {
            return;
        };
        // A character takes a byte at least: no more bytes than `max`, no more
        // characters, and nothing to count.
        if value.len() <= max {
            return;
        }
        // Only the first `max + 1` characters are counted (they lie within the first
        // `4 * (max + 1)` bytes): a huge value costs no more than a short one.
        let mut cut = value.len().min(max.saturating_add(1).saturating_mul(4));
        while !value.is_char_boundary(cut) {
            cut -= 1;
        }
        if value.get(..cut).map_or(0, char_count) <= max {
            return;
        }
        let id = match field {
            Field::InquiryType => MessageId::InquiryTypeTooLong,
            Field::Name => MessageId::NameTooLong,
            Field::Phone => MessageId::PhoneTooLong,
            Field::Email => MessageId::EmailTooLong,
            Field::Body => MessageId::BodyTooLong,
        };
        let (message, message_en) = id.text().render(max, char_count(value));
        issues.errors.push(Issue {
            field,
            code: IssueCode::TooLong,
            message,
            message_en,
            suggestion: None,
        });
    }
}

/// The errors found so far.
#[derive(Default)]
struct Issues {
    errors: Vec<Issue>,
}

impl Issues {
    fn push(&mut self, field: Field, code: IssueCode, id: MessageId) {
        self.errors.push(issue(field, code, id));
    }

    fn required(&mut self, field: Field, id: MessageId) {
        self.push(field, IssueCode::Required, id);
    }
}

fn issue(field: Field, code: IssueCode, id: MessageId) -> Issue {
    let text = id.text();
    Issue {
        field,
        code,
        message: text.ja.to_owned(),
        message_en: text.en.to_owned(),
        suggestion: None,
    }
}

/// Digits and `@` (full-width ones are half-width after normalization) and control
/// characters (looked for in what was typed: normalization removes them). Tabs and
/// line breaks are not counted: the name profile folds them into a space.
fn has_invalid_name_chars(typed: &str, normalized: &str) -> bool {
    normalized.chars().any(|c| c.is_ascii_digit() || c == '@')
        || typed
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// The body with what `redact` finds masked (its default kinds, mask style), or
/// `None` when it finds nothing.
fn mask(body: &str) -> Option<String> {
    let redaction = crate::redact::redact(body);
    (!redaction.findings.is_empty()).then_some(redaction.text)
}
