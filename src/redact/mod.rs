//! Finds and masks Japanese sensitive numbers: My Number, health-insurance and
//! public-expense numbers, payment cards, bank accounts, identity documents, and
//! (when asked) phone numbers and e-mail addresses.
//!
//! [`redact`] masks with the defaults; a [`Redactor`] built once with
//! [`Redactor::builder`] chooses the kinds, the style and custom rules, and is reused
//! for every text.
//!
//! # How values are found
//!
//! Two readings. The first (`scan/`) is one pass over the text that finds labels
//! (`保険者番号：`, `記号・番号`, `口座番号 普通`, `TEL`…, in full or half width,
//! half-width katakana or English) and candidate values: groups of letters and digits
//! in half or full width joined by the separators people type inside one number
//! (space, U+3000, `-`, `－`, `ー`, `−`, `‐`, `–`, and `.` between digits). Each
//! detector checks its kind's length, grouping and check digit; the kinds without
//! structure of their own need a label at most 30 characters before the value, on its
//! line or the line above.
//!
//! The second (`context/`) reads every number as a whole run and weighs the words
//! around it — before or after it, on the lines above, in a heading or a table's
//! header row, in kanji, kana, romaji or English — the way proximity hotwords work.
//! **A label decides the kind; a check digit only decides unlabelled values**: a
//! number its context names is masked even when its check digit fails or it is a
//! digit short or long, and a run of digit groups is masked whole. Nothing is found
//! inside a longer run of letters or digits; dates, prices, quantities, postal codes,
//! order or tracking numbers, and unlabelled numbers failing their check digit are
//! left alone.
//!
//! See each detector's module for its rule and source:
//!
//! | kind | module |
//! | --- | --- |
//! | `my_number` | `mynumber.rs` |
//! | `insurer_number`, `insured_number`, `public_expense_payer`, `public_expense_recipient` | `health.rs` |
//! | `credit_card` | `card.rs` |
//! | `bank_account` | `bank.rs` |
//! | `passport`, `residence_card`, `drivers_license`, `pension_number` | `ids.rs` |
//! | `phone`, `email` | `contact.rs` |
//!
//! # Offsets
//!
//! [`Finding`]s carry **byte** offsets into the text, as Rust string slicing uses.
//! The JavaScript API converts them to UTF-16 code units with
//! [`crate::offsets::Utf16Cursor`].
//!
//! # Examples
//!
//! ```
//! use mamori::redact::{redact, Kind};
//! let r = redact("マイナンバーは 1234 5678 9018 です");
//! assert_eq!(r.text, "マイナンバーは **** **** **** です");
//! assert_eq!(r.findings[0].kind, Kind::MyNumber);
//! ```

mod bank;
mod boxed;
mod broken_labels;
mod card;
mod chars;
mod chat_parts;
mod contact;
mod context;
mod csv;
mod emphasis;
mod escaped;
mod exponent;
mod health;
mod ids;
mod json;
mod kanji_digits;
mod kind;
mod labels;
mod lines;
mod mrz;
mod mynumber;
mod pnr;
mod quoted_breaks;
mod reading;
mod records;
mod rules;
mod said_groups;
mod scan;
mod scratch;
mod settle;
mod spelled_address;
mod spoken_digits;
mod style;
#[cfg(test)]
mod testing;
mod token;
mod vertical;
mod zengin;

use crate::prelude::*;
use crate::quoted::Quoted;
use core::fmt;
use core::str::FromStr;
pub use csv::CsvRedaction;
pub use json::JsonRedaction;
pub use kind::Kind;

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = RedactError;

    /// Parses a built-in kind's name (`"my_number"`…).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .iter()
            .find(|k| k.as_str() == s)
            .cloned()
            .ok_or_else(|| RedactError::UnknownKind(clip(s)))
    }
}

/// How many letters and digits [`Style::Partial`] leaves visible at the end of a
/// value unless told otherwise ([`RedactorBuilder::keep_last`]).
///
/// ```
/// use mamori::redact::{Redactor, Style, DEFAULT_KEEP_LAST};
/// let r = Redactor::builder().style(Style::Partial).build().unwrap();
/// let out = r.redact("口座番号 1234567").text;
/// assert_eq!(out.chars().filter(|c| c.is_ascii_digit()).count(), DEFAULT_KEEP_LAST);
/// ```
pub const DEFAULT_KEEP_LAST: usize = 4;

/// The longest text the bindings accept in one call, in their callers' units (UTF-16
/// code units in JavaScript, characters in Python): 32 Mi. Longer input is refused
/// before it is copied, and what one call gives back is held to it too. The core
/// itself takes any length.
///
/// ```
/// assert_eq!(mamori::redact::MAX_CALL_INPUT, 32 * 1024 * 1024);
/// ```
pub const MAX_CALL_INPUT: usize = 32 * 1024 * 1024;

/// The most findings the bindings let one call report: each becomes an object on the
/// caller's heap, and a custom rule such as `.` finds one per character.
///
/// ```
/// assert_eq!(mamori::redact::MAX_CALL_FINDINGS, 1 << 22);
/// ```
pub const MAX_CALL_FINDINGS: usize = 1 << 22;

/// Whether `text` may hold a value of the built-in kinds: every one has a digit
/// (ASCII, full-width, kanji or spoken: [`kanji_digits`], [`spoken_digits`]), but
/// an e-mail address (`email`), which has an `@` or `＠` or a word for it
/// ([`spelled_address`]). Prose without any is passed over in a look at its bytes.
/// (The JavaScript boundary asks much the same of a string before copying it into
/// the module: a digit, two kanji digits in a row, three words of spoken digits, or
/// an `@` or its word.)
fn may_hold_values(text: &str, email: bool) -> bool {
    written_digit(text, email) || spoken_digits::any(text) || (email && spelled_address::any(text))
}

/// Whether `text` has a digit written as one, ASCII, full-width or kanji, or (with
/// `email`) an `@` or `＠`.
pub(crate) fn written_digit(text: &str, email: bool) -> bool {
    let bytes = text.as_bytes();
    // An ASCII digit first, which most texts with a value have.
    if bytes
        .iter()
        .any(|&b| b.is_ascii_digit() || (email && b == b'@'))
    {
        return true;
    }
    bytes.iter().enumerate().any(|(i, &b)| {
        // ０–９ are EF BC 90–99, ＠ is EF BC A0.
        (b == 0xEF
            && matches!(bytes.get(i + 1), Some(0xBC))
            && bytes
                .get(i + 2)
                .is_some_and(|&c| matches!(c, 0x90..=0x99) || (email && c == 0xA0)))
            // A kanji digit (the scanner reads on where two stand in a row).
            || kanji_digits::digit_at(bytes, i).is_some()
            // A digit of another script.
            || chars::foreign_digit_at(bytes, i)
    })
}

/// A set of built-in kinds: bit `i` stands for `Kind::ALL[i]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KindSet(u32);

// One bit per built-in kind.
const _: () = assert!(Kind::ALL.len() <= u32::BITS as usize);

impl KindSet {
    /// Every built-in kind but phone and e-mail.
    pub(crate) fn defaults() -> Self {
        Kind::ALL
            .iter()
            .filter(|k| k.is_default())
            .fold(KindSet(0), |set, k| set.with(k))
    }

    fn with(self, kind: &Kind) -> Self {
        KindSet(self.0 | kind.bit().unwrap_or(0))
    }

    /// Whether `kind` is reported. A custom kind always is (its rule asked for it).
    pub(crate) fn contains(&self, kind: &Kind) -> bool {
        kind.bit().is_none_or(|bit| self.0 & bit != 0)
    }
}

/// How a finding is hidden in [`Redaction::text`].
///
/// ```
/// use mamori::redact::Style;
/// assert_eq!("partial".parse::<Style>().unwrap(), Style::Partial);
/// assert_eq!(Style::default(), Style::Mask);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// Each letter or digit becomes `*`, or `＊` where it was full-width; separators
    /// stay. The length in UTF-16 code units (JavaScript's `length`) is kept.
    #[default]
    Mask,
    /// The whole value becomes its kind's label ([`Kind::label`], `〔保険者番号〕`).
    Label,
    /// Like [`Style::Mask`] but the last `keep_last` letters or digits stay.
    Partial,
}

impl Style {
    /// The style's name in the JavaScript API: `"mask"`, `"label"`, `"partial"`.
    ///
    /// ```
    /// assert_eq!(mamori::redact::Style::Label.as_str(), "label");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Style::Mask => "mask",
            Style::Label => "label",
            Style::Partial => "partial",
        }
    }
}

impl FromStr for Style {
    type Err = RedactError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "mask" => Ok(Style::Mask),
            "label" => Ok(Style::Label),
            "partial" => Ok(Style::Partial),
            _ => Err(RedactError::UnknownStyle(clip(s))),
        }
    }
}

/// One sensitive value found: its kind and its **byte** range in the text. Never the
/// value itself.
///
/// ```
/// use mamori::redact::{redact, Kind};
/// let text = "口座番号：1234567";
/// let f = &redact(text).findings[0];
/// assert_eq!((f.kind.clone(), &text[f.start..f.end]), (Kind::BankAccount, "1234567"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Finding {
    /// What was found.
    pub kind: Kind,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
}

/// How many findings of `found` (sorted, apart) end by byte `at`: the index of the
/// first that ends after it. One binary search for every caller, rather than one
/// compiled for each predicate (likewise the two below).
pub(crate) fn ended_by(found: &[Finding], at: usize) -> usize {
    found.partition_point(|f| f.end <= at)
}

/// How many findings of `found` (sorted, apart) start by byte `at`.
pub(crate) fn started_by(found: &[Finding], at: usize) -> usize {
    found.partition_point(|f| f.start <= at)
}

/// How many spans of `spans` (sorted by start) start by byte `at`.
pub(crate) fn spans_started_by(spans: &[(usize, usize)], at: usize) -> usize {
    spans.partition_point(|&(s, _)| s <= at)
}

/// The result of redacting a text: the text with every finding hidden, and the
/// findings (sorted, non-overlapping, byte offsets into the input).
///
/// ```
/// let r = mamori::redact::redact("お問い合わせです");
/// assert_eq!(r.text, "お問い合わせです");
/// assert!(r.findings.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    /// The redacted text.
    pub text: String,
    /// What was hidden, in order.
    pub findings: Vec<Finding>,
}

/// Why a [`Redactor`] could not be built, or a name could not be parsed.
///
/// ```
/// use mamori::redact::{Kind, RedactError};
/// assert!(matches!("ssn".parse::<Kind>(), Err(RedactError::UnknownKind(_))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedactError {
    /// Not the name of a built-in kind (the name, cut to 40 characters).
    UnknownKind(String),
    /// Not `"mask"`, `"label"` or `"partial"` (the name, cut to 40 characters).
    UnknownStyle(String),
    /// Rule `index` has an empty kind name.
    EmptyRuleKind {
        /// Position of the rule, from 0, in the order it was added.
        index: usize,
    },
    /// Rule `index` has a pattern the regular-expression engine refuses.
    InvalidPattern {
        /// Position of the rule, from 0, in the order it was added.
        index: usize,
        /// What the engine said.
        reason: String,
    },
    /// Custom rules need the `rules` cargo feature (the Node build has it, the
    /// browser build does not).
    RulesUnavailable,
}

impl fmt::Display for RedactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RedactError::UnknownKind(name) => write!(
                f,
                "unknown kind {}; expected one of {}",
                Quoted(name),
                Kind::names()
            ),
            RedactError::UnknownStyle(name) => {
                write!(
                    f,
                    "unknown style {}; expected mask, label or partial",
                    Quoted(name)
                )
            }
            RedactError::EmptyRuleKind { index } => write!(f, "rule {index} has an empty kind"),
            RedactError::InvalidPattern { index, reason } => {
                write!(f, "rule {index} has an invalid pattern: {reason}")
            }
            RedactError::RulesUnavailable => f.write_str(
                "custom rules need the `rules` feature (the Node build of mamori has it; \
                 the browser build leaves out regular expressions to stay small)",
            ),
        }
    }
}

impl core::error::Error for RedactError {}

/// A name from the caller, short enough for an error message.
fn clip(s: &str) -> String {
    let end = s.char_indices().nth(40).map_or(s.len(), |(at, _)| at);
    s.get(..end).unwrap_or(s).into()
}

/// A caller's rule as given to the builder, compiled by [`RedactorBuilder::build`].
#[derive(Debug, Clone, PartialEq, Eq)]
struct RuleSpec {
    kind: String,
    pattern: String,
    label: Option<String>,
}

/// Builds a [`Redactor`].
///
/// # Defaults
///
/// - kinds: every built-in kind but [`Kind::Phone`] and [`Kind::Email`];
/// - style: [`Style::Mask`];
/// - keep_last: [`DEFAULT_KEEP_LAST`] (used by [`Style::Partial`]);
/// - no custom rules.
///
/// # Examples
///
/// ```
/// use mamori::redact::{Kind, Redactor, Style};
/// let r = Redactor::builder()
///     .kinds([Kind::MyNumber, Kind::CreditCard])
///     .style(Style::Partial)
///     .keep_last(4)
///     .build()
///     .unwrap();
/// assert_eq!(r.redact("カード 4539-5787-6362-1486").text, "カード ****-****-****-1486");
/// ```
#[derive(Debug, Clone)]
pub struct RedactorBuilder {
    kinds: KindSet,
    style: Style,
    keep_last: usize,
    rules: Vec<RuleSpec>,
}

impl Default for RedactorBuilder {
    fn default() -> Self {
        RedactorBuilder {
            kinds: KindSet::defaults(),
            style: Style::Mask,
            keep_last: DEFAULT_KEEP_LAST,
            rules: Vec::new(),
        }
    }
}

impl RedactorBuilder {
    /// The built-in kinds to look for (replaces the default set; custom kinds in
    /// the list are ignored: rules always run).
    pub fn kinds<I: IntoIterator<Item = Kind>>(mut self, kinds: I) -> Self {
        self.kinds = kinds
            .into_iter()
            .fold(KindSet(0), |set, kind| set.with(&kind));
        self
    }

    /// How findings are hidden.
    pub fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }

    /// With [`Style::Partial`], how many letters or digits stay visible at the end of
    /// each finding.
    pub fn keep_last(mut self, n: usize) -> Self {
        self.keep_last = n;
        self
    }

    /// Adds a custom rule: every match of the regular expression `pattern` (syntax of
    /// the `regex` crate) is a finding of kind `kind`. A built-in kind's name gives
    /// findings of that kind; any other name a `Kind::Custom`. Matches that overlap
    /// other findings are merged with them. Needs the `rules` cargo feature; without
    /// it [`RedactorBuilder::build`] fails with [`RedactError::RulesUnavailable`].
    pub fn rule(mut self, kind: &str, pattern: &str) -> Self {
        self.rules.push(RuleSpec {
            kind: kind.to_owned(),
            pattern: pattern.to_owned(),
            label: None,
        });
        self
    }

    /// Like [`RedactorBuilder::rule`], with the text that replaces the rule's
    /// findings in [`Style::Label`] (else `〔kind〕`, or the built-in kind's label).
    pub fn rule_with_label(mut self, kind: &str, pattern: &str, label: &str) -> Self {
        self.rules.push(RuleSpec {
            kind: kind.to_owned(),
            pattern: pattern.to_owned(),
            label: Some(label.to_owned()),
        });
        self
    }

    /// Compiles the redactor.
    ///
    /// # Errors
    ///
    /// [`RedactError::EmptyRuleKind`], [`RedactError::InvalidPattern`], or
    /// [`RedactError::RulesUnavailable`] when rules were added without the `rules`
    /// feature.
    pub fn build(self) -> Result<Redactor, RedactError> {
        let rules = rules::Rules::compile(&self.rules)?;
        Ok(Redactor {
            kinds: self.kinds,
            style: self.style,
            keep_last: self.keep_last,
            rules,
        })
    }
}

/// A compiled redaction configuration, reusable for any number of texts.
///
/// ```
/// use mamori::redact::{Redactor, Style};
/// let r = Redactor::builder().style(Style::Label).build().unwrap();
/// assert_eq!(r.redact("保険者番号：01130012").text, "保険者番号：〔保険者番号〕");
/// assert_eq!(r.redact("口座番号 1234567").text, "口座番号 〔口座番号〕");
/// ```
#[derive(Debug, Clone)]
pub struct Redactor {
    kinds: KindSet,
    style: Style,
    keep_last: usize,
    rules: rules::Rules,
}

impl Default for Redactor {
    /// The redactor of [`redact`]: see [`RedactorBuilder`]'s defaults.
    fn default() -> Self {
        Redactor {
            kinds: KindSet::defaults(),
            style: Style::Mask,
            keep_last: DEFAULT_KEEP_LAST,
            rules: rules::Rules::default(),
        }
    }
}

impl Redactor {
    /// A builder with the defaults.
    ///
    /// ```
    /// let r = mamori::redact::Redactor::builder().build().unwrap();
    /// assert_eq!(r.redact("個人番号 123456789018").text, "個人番号 ************");
    /// ```
    pub fn builder() -> RedactorBuilder {
        RedactorBuilder::default()
    }

    /// The sensitive values in `text`, sorted and non-overlapping, in byte offsets.
    ///
    /// ```
    /// use mamori::redact::{Kind, Redactor};
    /// let found = Redactor::default().find("記号 12-345 番号 67");
    /// assert_eq!(found.len(), 2);
    /// assert!(found.iter().all(|f| f.kind == Kind::InsuredNumber));
    /// ```
    pub fn find(&self, text: &str) -> Vec<Finding> {
        if self.rules.is_empty() && !may_hold_values(text, self.kinds.contains(&Kind::Email)) {
            return Vec::new();
        }
        settle::settle(self, text)
    }

    /// Whether [`Redactor::find`] finds anything in `text`: the same answer, at less
    /// cost with the `reuse` feature (about two thirds of a `find` on 2,000-character
    /// inquiries). A value the first reading finds stays found whatever the settling
    /// adds (it only adds), so that reading alone answers yes; and where the scanner
    /// found nothing, the settling has nothing to read again, so it answers no. Only
    /// when the context reading dropped all the scanner found is the text read in
    /// full. Without `reuse` (the browser build), it is a whole `find`.
    ///
    /// ```
    /// use mamori::redact::Redactor;
    /// let r = Redactor::default();
    /// assert!(r.finds_anything("保険者番号：06132013"));
    /// assert!(!r.finds_anything("注文番号 12345678 のお届けについて"));
    /// assert!(!r.finds_anything("お薬の配送について"));
    /// ```
    pub fn finds_anything(&self, text: &str) -> bool {
        // The browser build (without `reuse`) answers with a whole `find`, the smaller
        // download: its one form is checked in well under a millisecond either way.
        if !self.rules.is_empty() || cfg!(not(feature = "reuse")) {
            return !self.find(text).is_empty();
        }
        if !may_hold_values(text, self.kinds.contains(&Kind::Email)) {
            return false;
        }
        // As the settling reads it, without the masked reading alongside.
        let scanned = scan::find_unchecked(text, self.kinds);
        // A column written vertically is read as a line ([`vertical`]), digits in
        // kanji or spoken as digits ([`kanji_digits`], [`spoken_digits`]), and a
        // number dictated in groups ([`said_groups`]).
        if scanned.kanji_digits
            || spoken_digits::to_read(text, scanned.spoken, false).is_some()
            || vertical::spaced(text, scanned.lines.as_ref()).is_some()
            || broken_labels::view(text, scanned.lines.as_ref()).is_some()
            || quoted_breaks::view(text, scanned.lines.as_ref()).is_some()
            || settle::unmarked(text, scanned.lines.as_ref()).is_some()
            || chat_parts::any(text, scanned.lines.as_ref())
            || !said_groups::stretches(text).is_empty()
            || (self.kinds.contains(&Kind::Email) && spelled_address::any(text))
        {
            return !self.find(text).is_empty();
        }
        let scanner_found = !scanned.findings.is_empty();
        let (found, _) = context::widen(
            text,
            self.kinds,
            scanned.findings,
            [&[], &[]],
            scanned.lines,
            &scanned.refused,
        );
        if !found.is_empty() {
            return true;
        }
        scanner_found && !self.find(text).is_empty()
    }

    /// One reading of `text`: the built-in detectors (which read digits in kanji as
    /// digits: [`kanji_digits`]), then the custom rules (which read the text as it is).
    fn find_once(&self, text: &str) -> Vec<Finding> {
        let view = kanji_digits::view(text);
        let read = view.as_deref().unwrap_or(text);
        let (found, _) = context::widen(
            read,
            self.kinds,
            scan::find(read, self.kinds),
            [&[], &[]],
            None,
            &[],
        );
        self.rules.apply(text, found)
    }

    /// Finds the sensitive values in `text` and hides them in the configured style.
    ///
    /// ```
    /// let r = mamori::redact::Redactor::default().redact("カード 4539 5787 6362 1486");
    /// assert_eq!(r.text, "カード **** **** **** ****");
    /// ```
    pub fn redact(&self, text: &str) -> Redaction {
        let findings = self.find(text);
        let mut out = String::with_capacity(text.len());
        self.write_hidden(text, &findings, &mut out);
        Redaction {
            text: out,
            findings,
        }
    }

    /// Appends `text` to `out` with `findings` (sorted and apart, as
    /// [`Redactor::find`] gives them) hidden in the configured style.
    fn write_hidden(&self, text: &str, findings: &[Finding], out: &mut String) {
        let mut at = 0;
        for f in findings {
            out.push_str(crate::substring::slice(text, at, f.start));
            self.render(text, f, out);
            at = f.end;
        }
        out.push_str(crate::substring::slice(text, at, text.len()));
    }

    /// [`Redactor::redact`] of each text, in order: for back-office batches (an
    /// export's rows, a day's inquiries) masked with one set of options.
    ///
    /// ```
    /// let r = mamori::redact::Redactor::default();
    /// let out = r.redact_many(["マイナンバー 1234 5678 9018", "お薬の件です"]);
    /// assert_eq!(out[0].text, "マイナンバー **** **** ****");
    /// assert_eq!(out[1].text, "お薬の件です");
    /// assert!(out[1].findings.is_empty());
    /// ```
    pub fn redact_many<'t, I>(&self, texts: I) -> Vec<Redaction>
    where
        I: IntoIterator<Item = &'t str>,
    {
        texts.into_iter().map(|t| self.redact(t)).collect()
    }

    /// How many matches its custom rules have in `text`, counted up to `limit` (empty
    /// matches do not count, as they find nothing). A caller that bounds what one
    /// call may produce refuses such a text before [`Redactor::find`] collects every
    /// match (a rule such as `.` matches each character). Always 0 without rules.
    ///
    /// ```
    /// use mamori::redact::Redactor;
    /// assert_eq!(Redactor::default().rule_matches("abc", 10), 0);
    /// # #[cfg(feature = "rules")]
    /// # {
    /// let r = Redactor::builder().rule("any", ".").build().unwrap();
    /// assert_eq!(r.rule_matches("abc", 10), 3);
    /// assert_eq!(r.rule_matches("abc", 2), 2);
    /// # }
    /// ```
    pub fn rule_matches(&self, text: &str, limit: usize) -> usize {
        self.rules.count(text, limit)
    }

    /// Writes what replaces `finding` (found in `text`) into `out`: for callers that
    /// assemble the redacted text themselves (the JavaScript boundary does, from
    /// slices of the caller's string). [`Redactor::redact`] is
    /// the text between findings with this written in place of each.
    ///
    /// ```
    /// use mamori::redact::{Redactor, Style};
    /// let r = Redactor::builder().style(Style::Partial).build().unwrap();
    /// let text = "口座番号 1234567";
    /// let found = r.find(text);
    /// let mut out = String::new();
    /// r.render(text, &found[0], &mut out);
    /// assert_eq!(out, "***4567");
    /// ```
    pub fn render(&self, text: &str, finding: &Finding, out: &mut String) {
        let value = crate::substring::slice(text, finding.start, finding.end);
        style::render(
            out,
            value,
            &finding.kind,
            self.style,
            self.keep_last,
            |kind| self.label_of(kind),
        );
    }

    fn label_of(&self, kind: &Kind) -> &str {
        self.rules.label(kind).unwrap_or_else(|| kind.label())
    }
}

/// Redacts `text` with the defaults: every built-in kind but phone and e-mail,
/// masked with `*` (`＊` for full-width characters), length kept.
///
/// # Examples
///
/// ```
/// let r = mamori::redact::redact("保険者番号：０１１３００１２\n記号 ア12 番号 34");
/// assert_eq!(r.text, "保険者番号：＊＊＊＊＊＊＊＊\n記号 ＊** 番号 **");
/// assert_eq!(r.findings.len(), 3);
/// ```
pub fn redact(text: &str) -> Redaction {
    Redactor::default().redact(text)
}

/// The readings `find` and `finds_anything` leave out: what they answer without
/// them is what the full reading gives.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod shortcut_tests {
    use super::*;
    use proptest::prelude::*;

    /// The kind sets the properties try: the defaults, all but e-mail, and all.
    fn redactors() -> impl Iterator<Item = (bool, Redactor)> {
        let all: Vec<Kind> = Kind::ALL.to_vec();
        let no_email: Vec<Kind> = Kind::ALL
            .iter()
            .filter(|k| **k != Kind::Email)
            .cloned()
            .collect();
        [None, Some(no_email), Some(all)].into_iter().map(|kinds| {
            let email = kinds.as_ref().is_some_and(|k| k.contains(&Kind::Email));
            let mut b = Redactor::builder();
            if let Some(kinds) = kinds {
                b = b.kinds(kinds);
            }
            (email, b.build().expect("a redactor"))
        })
    }

    /// Text of labels, letters, kana, separators, masks and signs, without a digit.
    fn digitless() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => prop::sample::select(vec![
                "保険者番号", "記号・番号", "口座番号", "普通", "マイナンバー", "カード番号", "旅券番号",
                "在留カード", "電話番号", "基礎年金番号", "受給者番号", "\n", " ", "\u{3000}", "-", "ー",
                "：", "、", "*", "＊", "●", "@", "＠", "taro@example.jp", "ｷｺﾞｳ", "〒", "円", "号",
            ]).prop_map(str::to_owned),
            2 => "[A-Za-zＡ-Ｚ]{1,10}",
            1 => "[あ-んア-ン一-龥]{1,4}",
            1 => any::<char>().prop_filter("no digit", |c| !c.is_numeric()).prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..30).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        /// What `find` passes over is what the full reading finds nothing in: text
        /// without a digit, and without an `@` when addresses are asked for.
        #[test]
        fn text_that_may_hold_no_value_has_none(text in digitless()) {
            for (email, r) in redactors() {
                if !may_hold_values(&text, email) {
                    prop_assert!(settle::settle(&r, &text).is_empty(), "{:?}", text);
                }
            }
        }
    }

    #[test]
    fn two_spoken_digits_in_text_without_a_written_one_are_passed_over_alike() {
        // `find` lets such a text in for three words at least; the full reading
        // reads no fewer (a case the property above found).
        let text = "保険者番号ＡＡロくニ保険者番号";
        assert!(!may_hold_values(text, true));
        for (_, r) in redactors() {
            assert!(settle::settle(&r, text).is_empty());
        }
        assert!(!Redactor::default()
            .find("枝番はロくニ、記号はニロくサン")
            .is_empty());
    }

    #[test]
    fn digits_and_signs_in_both_widths_are_seen() {
        for (text, email, want) in [
            ("番号 1", false, true),
            ("番号 １", false, true),
            ("番号 ９", false, true),
            ("a@b.jp", false, false),
            ("a@b.jp", true, true),
            ("a＠b.jp", true, true),
            ("a アットマーク b.jp", true, true),
            ("a アットマーク b.jp", false, false),
            ("マイナンバー ＊＊＊＊", true, false),
            ("", true, false),
            ("ＡＢ", true, false),
        ] {
            assert_eq!(may_hold_values(text, email), want, "{text:?} {email}");
        }
    }

    /// Labels, negative words, numbers (valid, mistyped, masked), dates and prose.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => prop::sample::select(vec![
                "保険者番号", "記号・番号", "記号", "番号", "口座番号", "普通", "マイナンバー",
                "カード番号", "注文番号", "受付番号", "電話番号", "〒", "円", "錠", "\n", " ",
                "：", "、", "-", "*", "＊", "\t", "taro@example.jp", "06132013", "1234 5678 9018",
                "4539 5787 6362 1486", "1234567", "０３-１２３４-５６７８", "2025年3月31日", "12",
                "8406662", "ｱ-1208", "です。", "お願いします", "保険証",
            ]).prop_map(str::to_owned),
            2 => "[0-9]{1,13}",
            1 => "[あ-んア-ン一-龥]{1,4}",
        ];
        prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

        /// `finds_anything` answers what `find` finds, for each set of kinds.
        #[test]
        fn finds_anything_is_find_not_empty(text in text()) {
            for (_, r) in redactors() {
                prop_assert_eq!(r.finds_anything(&text), !r.find(&text).is_empty(), "{:?}", text);
            }
        }
    }
}
