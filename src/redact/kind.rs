//! The built-in kinds, declared once: [`kinds!`] turns the table at the end of this
//! file into [`Kind`], [`Kind::ALL`], the names, labels and defaults, and
//! each kind's place in a [`super::KindSet`]. The JavaScript boundary exports the
//! same table (`kinds()`), and the package's tests hold the TypeScript types, the
//! CLI, the page and the README to it.

#[cfg(feature = "rules")]
use alloc::sync::Arc;

/// Declares [`Kind`] and its tables from one list: per kind its doc, variant,
/// name (as in the JavaScript API), label (what [`super::Style::Label`] writes),
/// whether [`super::redact`] looks for it by
/// default, and whether a value proves itself without a label.
macro_rules! kinds {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident {
            name: $name:literal,
            label: $label:literal,
            default: $default:literal,
            proven: $proven:literal $(,)?
        }
    )*) => {
        /// The kind of a sensitive value.
        ///
        /// The built-in kinds are named as in the JavaScript API ([`Kind::as_str`]);
        /// `Kind::Custom`, with the `rules` feature, is the kind of a caller's rule
        /// ([`super::RedactorBuilder::rule`]). Without that feature no rule can run
        /// and there is no custom kind: a kind is then a plain tag, which the
        /// browser build carries no string for (about 1.2 KiB gzip less code).
        ///
        /// # Examples
        ///
        /// ```
        /// use mamori::redact::Kind;
        /// let kind: Kind = "insurer_number".parse().unwrap();
        /// assert_eq!(kind, Kind::InsurerNumber);
        /// assert_eq!(kind.as_str(), "insurer_number");
        /// assert!("ssn".parse::<Kind>().is_err());
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Kind {
            $($(#[doc = $doc])* $variant,)*
            /// What a caller's rule found, by the name the rule gave it (with the
            /// `rules` feature, which custom rules need).
            #[cfg(feature = "rules")]
            Custom(Arc<str>),
        }

        /// The built-in kinds in their order, without data: their places.
        #[derive(Clone, Copy)]
        enum Place {
            $($variant,)*
        }

        impl Kind {
            /// The built-in kinds, in the order of the table.
            pub const ALL: [Kind; [$($name),*].len()] = [$(Kind::$variant),*];

            /// The kind's name: snake_case for the built-in kinds, the rule's name
            /// for a custom one.
            ///
            /// ```
            /// assert_eq!(mamori::redact::Kind::PublicExpensePayer.as_str(), "public_expense_payer");
            /// ```
            pub fn as_str(&self) -> &str {
                match self {
                    $(Kind::$variant => $name,)*
                    #[cfg(feature = "rules")]
                    Kind::Custom(name) => name,
                }
            }

            /// The text that replaces a value of this kind in
            /// [`super::Style::Label`].
            ///
            /// ```
            /// assert_eq!(mamori::redact::Kind::InsurerNumber.label(), "〔保険者番号〕");
            /// ```
            pub fn label(&self) -> &'static str {
                match self {
                    $(Kind::$variant => $label,)*
                    #[cfg(feature = "rules")]
                    Kind::Custom(_) => "〔非表示〕",
                }
            }

            /// Whether [`super::redact`] looks for this kind by default: every
            /// built-in kind but [`Kind::Phone`] and [`Kind::Email`] (a contact form
            /// needs those in the clear).
            ///
            /// ```
            /// use mamori::redact::Kind;
            /// assert!(Kind::MyNumber.is_default());
            /// assert!(!Kind::Phone.is_default());
            /// ```
            pub fn is_default(&self) -> bool {
                match self {
                    $(Kind::$variant => $default,)*
                    #[cfg(feature = "rules")]
                    Kind::Custom(_) => false,
                }
            }

            /// Whether a value of this kind proves itself, by its check digit or its
            /// form, without a label (a table column that says otherwise does not
            /// undo it).
            pub(crate) fn proven(&self) -> bool {
                match self {
                    $(Kind::$variant => $proven,)*
                    #[cfg(feature = "rules")]
                    Kind::Custom(_) => false,
                }
            }

            /// A built-in kind's bit in a [`super::KindSet`]: `1 << i` for
            /// `Kind::ALL[i]`.
            pub(crate) fn bit(&self) -> Option<u32> {
                match self {
                    $(Kind::$variant => Some(1 << Place::$variant as u32),)*
                    #[cfg(feature = "rules")]
                    Kind::Custom(_) => None,
                }
            }
        }
    };
}

kinds! {
    /// 個人番号 (My Number): 12 digits with its check digit.
    MyNumber {
        name: "my_number",
        label: "〔個人番号〕",
        default: true,
        proven: true,
    }
    /// 保険者番号: 8 or 6 digits, behind a label.
    InsurerNumber {
        name: "insurer_number",
        label: "〔保険者番号〕",
        default: true,
        proven: false,
    }
    /// 被保険者証の記号・番号・枝番, or 被保険者番号: behind a label.
    InsuredNumber {
        name: "insured_number",
        label: "〔被保険者番号〕",
        default: true,
        proven: false,
    }
    /// 公費負担者番号: 8 digits, behind a label.
    PublicExpensePayer {
        name: "public_expense_payer",
        label: "〔公費負担者番号〕",
        default: true,
        proven: false,
    }
    /// 公費負担医療の受給者番号: 7 digits, behind a label.
    PublicExpenseRecipient {
        name: "public_expense_recipient",
        label: "〔受給者番号〕",
        default: true,
        proven: false,
    }
    /// A payment card number (Luhn, issuer ranges).
    CreditCard {
        name: "credit_card",
        label: "〔カード番号〕",
        default: true,
        proven: true,
    }
    /// 口座番号: 7 digits, behind a label.
    BankAccount {
        name: "bank_account",
        label: "〔口座番号〕",
        default: true,
        proven: false,
    }
    /// 旅券番号: 2 letters and 7 digits.
    Passport {
        name: "passport",
        label: "〔旅券番号〕",
        default: true,
        proven: true,
    }
    /// 在留カード番号: 2 letters, 8 digits, 2 letters.
    ResidenceCard {
        name: "residence_card",
        label: "〔在留カード番号〕",
        default: true,
        proven: true,
    }
    /// 運転免許証番号: 12 digits, behind a label.
    DriversLicense {
        name: "drivers_license",
        label: "〔運転免許証番号〕",
        default: true,
        proven: false,
    }
    /// 基礎年金番号: 10 digits, behind a label.
    PensionNumber {
        name: "pension_number",
        label: "〔基礎年金番号〕",
        default: true,
        proven: false,
    }
    /// A Japanese phone number (only when asked for).
    Phone {
        name: "phone",
        label: "〔電話番号〕",
        default: false,
        proven: true,
    }
    /// An e-mail address (only when asked for).
    Email {
        name: "email",
        label: "〔メールアドレス〕",
        default: false,
        proven: true,
    }
}

impl Kind {
    /// The built-in kinds' names in their order, parted by `, `: what an error
    /// lists as the valid kinds.
    ///
    /// ```
    /// let names = mamori::redact::Kind::names().to_string();
    /// assert!(names.starts_with("my_number, insurer_number, "));
    /// assert!(names.ends_with(", email"));
    /// ```
    pub fn names() -> impl core::fmt::Display {
        struct Names;
        impl core::fmt::Display for Names {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                for (i, k) in Kind::ALL.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(k.as_str())?;
                }
                Ok(())
            }
        }
        Names
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn names_are_distinct_snake_case_and_read_back() {
        for (i, k) in Kind::ALL.iter().enumerate() {
            let name = k.as_str();
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{name}"
            );
            assert_eq!(name.parse::<Kind>().ok().as_ref(), Some(k));
            assert_eq!(k.bit(), Some(1 << i), "{name}");
            assert!(
                k.label().starts_with('〔') && k.label().ends_with('〕'),
                "{name}"
            );
        }
        let mut names: Vec<&str> = Kind::ALL.iter().map(Kind::as_str).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Kind::ALL.len());
    }

    #[test]
    fn only_phone_and_email_are_left_out_by_default() {
        let off: Vec<&str> = Kind::ALL
            .iter()
            .filter(|k| !k.is_default())
            .map(Kind::as_str)
            .collect();
        assert_eq!(off, ["phone", "email"]);
        #[cfg(feature = "rules")]
        {
            assert!(!Kind::Custom("x".into()).is_default());
            assert_eq!(Kind::Custom("x".into()).bit(), None);
        }
    }
}
