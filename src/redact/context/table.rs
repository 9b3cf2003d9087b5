//! Tables: a line with delimiters and hotwords starts one, its header row names
//! the kind of each column, and the rows below it read their values by column.

use super::hotwords::Evidence;
use super::runs::Run;
use super::{Dirty, Pass};
use crate::redact::lines::{Shape, DELIMITERS};

/// A table's header row: which delimiter, and the hotwords of each column.
pub(super) struct Table {
    /// The delimiter of its cells (`,`, tab, `|`).
    pub(super) delimiter: char,
    /// What the header row says of each column.
    pub(super) columns: Vec<Option<Evidence>>,
    /// The header's line.
    pub(super) header: usize,
}

impl Pass<'_> {
    /// Keeps the header row of the table line `li` belongs to, if any: a line with
    /// a delimiter (`,`, tab, `|`) and hotwords starts a table; it lasts while lines
    /// have as many delimiters.
    pub(super) fn track_table(&mut self, li: usize, shape: Shape) {
        let count = |d: u8| {
            DELIMITERS
                .iter()
                .position(|&x| x == d)
                .and_then(|i| shape.delimiters.get(i))
                .map_or(0, |&n| n as usize)
        };
        // A header has no number: a line with a digit is at most a row.
        let digit = shape.digit;
        if let Some(table) = &self.table {
            let d = table.delimiter as u8;
            let n = count(d);
            if n + 1 >= table.columns.len() && n > 0 {
                // A row of the table, or a new header with the same delimiter.
                if digit || !self.is_header(li, d) {
                    return;
                }
            } else {
                self.table = None;
            }
        }
        if digit {
            return;
        }
        for d in DELIMITERS {
            if count(d) >= 1 && self.is_header(li, d) {
                let line = self.line(li);
                let mut columns = vec![None];
                for &(c, _) in &line.folded().chars {
                    if c == d as char {
                        columns.push(None);
                    }
                }
                for h in line.hots() {
                    let col = line.folded().chars[..h.from]
                        .iter()
                        .filter(|&&(c, _)| c == d as char)
                        .count();
                    if let Some(slot) = columns.get_mut(col) {
                        // The most specific word of the cell.
                        if !matches!(slot, Some(Evidence::Kind(_))) {
                            *slot = Some(h.evidence);
                        }
                    }
                }
                // Next to a 記号 column, a 番号 column is the card's number.
                if columns.contains(&Some(Evidence::Component)) {
                    for c in columns
                        .iter_mut()
                        .filter(|c| **c == Some(Evidence::Generic))
                    {
                        *c = Some(Evidence::Component);
                    }
                }
                // A Markdown table's leading `|` opens an empty first cell.
                self.table = Some(Table {
                    delimiter: d as char,
                    columns,
                    header: li,
                });
                return;
            }
        }
    }

    /// Whether `run` of line `li` is in a table column whose header is a negative
    /// word (受付ID, 受付日時, 注文番号).
    pub(super) fn blocked_column(&self, li: usize, run: &Run) -> bool {
        self.table.as_ref().is_some_and(|t| t.header != li)
            && self
                .column(li, run.start)
                .is_some_and(|(_, e)| e == Some(Evidence::Negative))
    }

    /// Marks `start..end` of line `li` dirty: the findings changed there.
    pub(super) fn mark(&mut self, li: usize, start: usize, end: usize) {
        let read_from = self.table_start(li).min(start);
        self.dirty.push(Dirty {
            read_from,
            start,
            end,
        });
    }

    /// Where the reading of line `li` begins: the start of its table's header row,
    /// or of the line itself.
    pub(super) fn table_start(&self, li: usize) -> usize {
        let li = self.table.as_ref().map_or(li, |t| t.header.min(li));
        self.lines.get(li).map_or(0, |&(s, _)| s)
    }

    /// The table's delimiter and the header's evidence for the column that byte
    /// `at` of line `li` stands in; `None` outside a table.
    pub(super) fn column(&self, li: usize, at: usize) -> Option<(char, Option<Evidence>)> {
        let table = self.table.as_ref()?;
        let (ls, _) = self.lines.get(li).copied()?;
        let col = self
            .text
            .get(ls..at)
            .unwrap_or("")
            .chars()
            .filter(|&c| c == table.delimiter)
            .count();
        Some((table.delimiter, table.columns.get(col).copied().flatten()))
    }

    /// Whether line `li` is a table header with delimiter `d`: hotwords, and no
    /// number.
    pub(super) fn is_header(&mut self, li: usize, d: u8) -> bool {
        let line = self.line(li);
        line.hots()
            .iter()
            .any(|h| h.evidence != Evidence::Generic || d != b',')
            && line.runs.is_empty()
            && line
                .folded()
                .chars
                .iter()
                .filter(|&&(c, _)| c == d as char)
                .count()
                >= 1
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::context::tests::added;
    use crate::redact::Kind;

    #[test]
    fn a_header_row_names_the_kind_of_its_column() {
        let csv = "氏名,口座番号,メモ\n山田,2058060,\n佐藤,3069171,";
        assert_eq!(
            added(csv),
            [
                (Kind::BankAccount, "2058060".to_owned()),
                (Kind::BankAccount, "3069171".to_owned())
            ]
        );
    }

    #[test]
    fn a_table_ends_where_the_delimiters_change() {
        // Below the table, a line with another number of delimiters is prose.
        let text = "氏名|口座番号\n山田|2058060\n\n連絡 3069171";
        assert_eq!(added(text), [(Kind::BankAccount, "2058060".to_owned())]);
        // Without a header's hotwords, no table.
        assert_eq!(added("氏名|メモ\n山田|2058060"), []);
    }
}
