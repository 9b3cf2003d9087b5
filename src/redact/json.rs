//! Redacting the fields of a JSON record in place ([`Redactor::redact_json`]): what a
//! back office does to an export's JSON Lines, one record a line.

use super::{Finding, Kind, Redactor};
use crate::json::{members, quote, JsonError};
use crate::prelude::*;

/// What [`Redactor::redact_json`] made of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonRedaction {
    /// The record's text with its fields redacted, every other byte as it was; `None`
    /// when nothing changed.
    pub text: Option<String>,
    /// For each value that had findings, in the order they are written: the index
    /// of its field in the `fields` asked for, and the kinds found in it.
    pub found: Vec<(usize, Vec<Kind>)>,
}

impl Redactor {
    /// Redacts the values of `fields` in the JSON object `text`: its top-level
    /// members of those names whose value is a string, or a number, which is masked
    /// as it is written (and written back as a string when it changes). A changed
    /// value is written as JavaScript's `JSON.stringify` writes it; everything else
    /// keeps its bytes, spaces, escapes and order. A key written twice is redacted
    /// twice. See [`crate::json::members`] for what is read as JSON and the errors.
    ///
    /// ```
    /// let r = mamori::redact::Redactor::default();
    /// let line = r#"{"id": 7, "body": "マイナンバー 1234 5678 9018", "n": 1.0}"#;
    /// let out = r.redact_json(line, &["body"]).unwrap();
    /// assert_eq!(
    ///     out.text.as_deref(),
    ///     Some(r#"{"id": 7, "body": "マイナンバー **** **** ****", "n": 1.0}"#)
    /// );
    /// assert_eq!(out.found, [(0, vec![mamori::redact::Kind::MyNumber])]);
    /// assert_eq!(r.redact_json(r#"{"body": "お薬の件"}"#, &["body"]).unwrap().text, None);
    /// ```
    pub fn redact_json(&self, text: &str, fields: &[&str]) -> Result<JsonRedaction, JsonError> {
        let mut out = String::new();
        let mut found = Vec::new();
        let changed = self.redact_json_into(text, fields, &mut out, |field, findings| {
            found.push((field, findings.iter().map(|f| f.kind.clone()).collect()));
        })?;
        Ok(JsonRedaction {
            text: changed.then_some(out),
            found,
        })
    }

    /// [`Redactor::redact_json`] into the caller's buffers, for many records: the
    /// rewritten record is appended to `out` (nothing is, when nothing changed, or on
    /// an error), and `found` is called with each value that had findings (the index
    /// of its field in `fields`, and the findings, in the value's offsets). Whether
    /// the record changed.
    ///
    /// ```
    /// let r = mamori::redact::Redactor::default();
    /// let mut out = String::new();
    /// let mut kinds = Vec::new();
    /// for line in [r#"{"body":"お薬の件"}"#, r#"{"body":"個人番号 123456789018"}"#] {
    ///     let changed = r
    ///         .redact_json_into(line, &["body"], &mut out, |field, found| {
    ///             kinds.push((field, found[0].kind.clone()));
    ///         })
    ///         .unwrap();
    ///     if !changed {
    ///         out.push_str(line);
    ///     }
    ///     out.push('\n');
    /// }
    /// assert_eq!(out, "{\"body\":\"お薬の件\"}\n{\"body\":\"個人番号 ************\"}\n");
    /// assert_eq!(kinds, [(0, mamori::redact::Kind::MyNumber)]);
    /// ```
    pub fn redact_json_into(
        &self,
        text: &str,
        fields: &[&str],
        out: &mut String,
        mut found: impl FnMut(usize, &[Finding]),
    ) -> Result<bool, JsonError> {
        let wanted = members(text, |key| fields.contains(&key))?;
        let mut kept_to = 0;
        // A value with findings, hidden: one buffer for the record's values.
        let mut hidden = String::new();
        for m in &wanted {
            if m.value.is_empty() {
                continue;
            }
            // Most values of an export have nothing to hide: they are read, and
            // neither copied nor compared.
            let findings = self.find(&m.value);
            if findings.is_empty() {
                continue;
            }
            hidden.clear();
            hidden.reserve(m.value.len());
            self.write_hidden(&m.value, &findings, &mut hidden);
            let field = fields.iter().position(|f| *f == m.key).unwrap_or(0);
            found(field, &findings);
            // Unchanged (a value written masked already)? What comes before the first
            // finding was copied as it is, so the rest alone is compared.
            let from = findings.first().map_or(0, |f| f.start);
            if hidden.get(from..) == m.value.get(from..) {
                continue;
            }
            if kept_to == 0 {
                out.reserve(text.len() + 16);
            }
            out.push_str(crate::substring::slice(text, kept_to, m.start));
            quote(&hidden, out);
            kept_to = m.end;
        }
        if kept_to > 0 {
            out.push_str(crate::substring::slice(text, kept_to, text.len()));
        }
        Ok(kept_to > 0)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn numbers_strings_and_repeated_keys() {
        let r = Redactor::default();
        let line = "{\"a\":\"口座番号 1234567\",\"b\":123456789018,\"a\":\"x\",\"c\":\"口座番号 1234567\"}";
        let out = r.redact_json(line, &["a", "b"]).unwrap();
        // A number is masked as it is written (this one has My Number's check
        // digit), and written back as a string; only the fields asked for change.
        assert_eq!(
            out.text.as_deref(),
            Some("{\"a\":\"口座番号 *******\",\"b\":\"************\",\"a\":\"x\",\"c\":\"口座番号 1234567\"}")
        );
        assert_eq!(
            out.found,
            [(0, vec![Kind::BankAccount]), (1, vec![Kind::MyNumber])]
        );
        let out = r
            .redact_json("{\"b\":\"マイナンバー\",\"n\":12}", &["b", "n"])
            .unwrap();
        assert_eq!(
            out,
            JsonRedaction {
                text: None,
                found: Vec::new()
            }
        );
        assert!(r.redact_json("[1]", &["a"]).is_err());
        assert_eq!(
            r.redact_json("{}", &["a"]).unwrap(),
            JsonRedaction {
                text: None,
                found: Vec::new()
            }
        );
    }

    #[test]
    fn records_are_appended_to_the_callers_buffer_and_nothing_on_an_error() {
        let r = Redactor::default();
        let mut out = String::from("kept:");
        let mut calls = Vec::new();
        let mut run = |line: &str, out: &mut String| {
            r.redact_json_into(line, &["a", "b"], out, |field, found| {
                calls.push((field, found.len()));
            })
        };
        // Changed: the whole record is appended, after what the buffer held.
        let changed = run(
            r#"{"b":"個人番号 123456789018","a":"口座 普通 1234567"}"#,
            &mut out,
        );
        assert_eq!(changed, Ok(true));
        assert_eq!(
            out,
            r#"kept:{"b":"個人番号 ************","a":"口座 普通 *******"}"#
        );
        // Unchanged: nothing appended, and no value told.
        assert_eq!(run(r#"{"a":"お薬の件","b":7}"#, &mut out), Ok(false));
        // Not JSON, though a value before the fault has a number: nothing appended,
        // nothing told.
        assert!(run(r#"{"a":"個人番号 123456789018","#, &mut out).is_err());
        assert_eq!(
            out,
            r#"kept:{"b":"個人番号 ************","a":"口座 普通 *******"}"#
        );
        // Each value with findings, in the order written: field `b` (1), then `a` (0).
        assert_eq!(calls, [(1, 1), (0, 1)]);
    }

    #[test]
    fn a_value_is_written_back_escaped() {
        let r = Redactor::default();
        let line = r#"{"body":"改行\nマイナンバー\u003a1234 5678 9018\t\"引用\""}"#;
        let out = r.redact_json(line, &["body"]).unwrap();
        assert_eq!(
            out.text.as_deref(),
            Some(r#"{"body":"改行\nマイナンバー:**** **** ****\t\"引用\""}"#)
        );
    }
}
