//! Redacting the columns of a CSV record ([`Redactor::redact_csv`]): what a back
//! office does to an export's CSV, record by record.

use super::{Kind, Redactor};
use crate::csv::write_record;
use crate::prelude::*;

/// What [`Redactor::redact_csv`] made of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRedaction {
    /// The record written again with its columns redacted, without a line break;
    /// `None` when nothing changed (the record is then kept as it was read).
    pub text: Option<String>,
    /// For each value that had findings, in the order of `columns`: the index of its
    /// column in `columns`, and the kinds found in it.
    pub found: Vec<(usize, Vec<Kind>)>,
}

impl Redactor {
    /// Redacts the fields at `columns` of a CSV record (as [`crate::csv::read_record`]
    /// reads them). When a value changes, the whole record is written again
    /// ([`write_record`]), each field quoted as [`crate::csv::write_field`] quotes it
    /// (every field when `quote_all`, as a file whose header quotes every field is
    /// written); when none
    /// does, the record is to be kept as it was read. A column past the record's
    /// fields is passed over.
    ///
    /// ```
    /// let r = mamori::redact::Redactor::default();
    /// let record = ["7", "マイナンバー 1234 5678 9018", "\"至急\""];
    /// let out = r.redact_csv(&record, &[1], false);
    /// assert_eq!(out.text.as_deref(), Some("7,マイナンバー **** **** ****,\"\"\"至急\"\"\""));
    /// assert_eq!(out.found, [(0, vec![mamori::redact::Kind::MyNumber])]);
    /// assert_eq!(r.redact_csv(&["7", "お薬の件"], &[1], false).text, None);
    /// ```
    pub fn redact_csv<S: AsRef<str>>(
        &self,
        fields: &[S],
        columns: &[usize],
        quote_all: bool,
    ) -> CsvRedaction {
        let mut found = Vec::new();
        let mut changed: Vec<(usize, String)> = Vec::new();
        for (c, &index) in columns.iter().enumerate() {
            let Some(value) = fields.get(index).map(AsRef::as_ref) else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            let findings = self.find(value);
            if findings.is_empty() {
                continue;
            }
            let mut hidden = String::with_capacity(value.len());
            self.write_hidden(value, &findings, &mut hidden);
            found.push((c, findings.into_iter().map(|f| f.kind).collect()));
            if hidden != value {
                changed.push((index, hidden));
            }
        }
        if changed.is_empty() {
            return CsvRedaction { text: None, found };
        }
        // The last change of a column counts, as each is made in turn.
        let values: Vec<&str> = fields
            .iter()
            .enumerate()
            .map(|(i, field)| {
                changed
                    .iter()
                    .rev()
                    .find(|(at, _)| *at == i)
                    .map_or(field.as_ref(), |(_, v)| v.as_str())
            })
            .collect();
        let room = values.iter().map(|v| v.len() + 3).sum();
        let mut text = String::with_capacity(room);
        write_record(&values, quote_all, &mut text);
        CsvRedaction {
            text: Some(text),
            found,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_changed_record_is_quoted_again_field_by_field() {
        let r = Redactor::default();
        let record = ["a,b", " x", "保険証 記号 1234 番号 5678", ""];
        let out = r.redact_csv(&record, &[2, 3], false);
        assert_eq!(
            out.text.as_deref(),
            Some("\"a,b\",\" x\",保険証 記号 **** 番号 ****,")
        );
        assert_eq!(out.found.len(), 1);
        assert_eq!(out.found[0].0, 0);
        let all = r.redact_csv(&record, &[2], true);
        assert_eq!(
            all.text.as_deref(),
            Some("\"a,b\",\" x\",\"保険証 記号 **** 番号 ****\",\"\"")
        );
    }

    #[test]
    fn findings_are_told_even_when_the_text_stays() {
        let r = Redactor::default();
        let masked = "マイナンバー **** **** ****";
        let out = r.redact_csv(&["マイナンバー 1234 5678 9018", masked], &[1, 0], false);
        // The second column asked for (field 0) had the finding.
        assert_eq!(out.found, [(1, vec![Kind::MyNumber])]);
        assert_eq!(
            out.text.as_deref(),
            Some("マイナンバー **** **** ****,マイナンバー **** **** ****")
        );
        assert_eq!(
            r.redact_csv(&["x"], &[4], false),
            CsvRedaction {
                text: None,
                found: vec![]
            }
        );
    }
}
