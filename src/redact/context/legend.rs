//! Legends: the labels of a row's values listed apart from them, in the values'
//! order — in brackets after them (`06-135974／3775／167259／03（保険者番号・記号・番号・
//! 枝番）`), or on a line below the rows (`（左が負担者番号、右が受給者番号）`,
//! `上から公費番号、受給者番号の順です`). Each value takes the label of its place.

use super::hotwords::Evidence;
use super::runs::Run;
use super::table::{cells, is_rule, name_cell, numbers_after_symbol, Table, SPACED};
use super::{Pass, Say};
use crate::prelude::*;
use crate::redact::chars::is_kana_or_kanji;
use crate::redact::lines::Shape;

/// How many rows of values a legend below may name.
const ROWS: usize = 6;
/// How many labels a legend may list.
const SLOTS: usize = 8;

/// What a legend's labels say, in their order.
type Slots = ([Option<Evidence>; SLOTS], usize);

/// Whether `c` parts two labels of a legend (`ト` is `と` folded).
fn parts_labels(c: char) -> bool {
    matches!(
        c,
        '・' | '･' | '/' | '／' | '、' | ',' | '，' | 'と' | 'ト' | '|' | '｜' | '→'
    )
}

/// Whether `line` has a word that says it is a legend: 順, 左, 右 or 並び. Each is
/// a character of three bytes, which its bytes tell from the others: the look
/// steps from one character's first byte to the next's.
fn says_legend(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    while let Some(&lead) = b.get(i) {
        if matches!(lead, 0xE4 | 0xE5 | 0xE9)
            && matches!(
                b.get(i..i + 3),
                Some(
                    [0xE9, 0xA0, 0x86]
                        | [0xE5, 0xB7, 0xA6]
                        | [0xE5, 0x8F, 0xB3]
                        | [0xE4, 0xB8, 0xA6]
                )
            )
        {
            return true;
        }
        i += crate::substring::utf8_len(lead);
    }
    false
}

/// Whether a run is one of a row's values: two letters or digits at least, or
/// masked.
fn a_value(r: &Run) -> bool {
    r.alnum + r.wild >= 2
}

/// A legend that names the values of one line: what it lists, and where the
/// line's values start, in order.
pub(super) struct Legend {
    /// The line whose values it names.
    pub(super) line: usize,
    slots: Slots,
    starts: [usize; SLOTS],
}

impl Legend {
    /// What the legend says of the value that starts at byte `start`.
    pub(super) fn say(&self, start: usize) -> Option<Say> {
        let nth = self
            .starts
            .get(..self.slots.1)?
            .iter()
            .position(|&s| s == start)?;
        match self.slots.0.get(nth).copied().flatten()? {
            Evidence::Kind(k) => Some(Say::Kind(k, false)),
            Evidence::Negative => Some(Say::Block),
            Evidence::Component => Some(Say::Component(false)),
            Evidence::Generic | Evidence::Branch => None,
        }
    }
}

impl Pass<'_> {
    /// When a legend names the values of line `li` — in brackets closing the line
    /// after them, or on a line below rows of values with a word saying it is one
    /// (順, 左, 右, 並び) — the line's runs parted at spaces and at the marks that
    /// part a legend's labels (a row's values may read as one run:
    /// `80053671　8357758`) into `out`, and the legend; `None` (and `out` untouched)
    /// unless it lists as many labels as the line has values.
    pub(super) fn legend_runs(&mut self, li: usize, out: &mut Vec<Run>) -> Option<Legend> {
        let text = self.text;
        let &(ls, le) = self.lines.get(li)?;
        let line_text = text.get(ls..le)?;
        let bracketed =
            crate::substring::ends_with_any(crate::substring::trim_end(line_text), &['）', ')']);
        let below = if bracketed {
            None
        } else {
            // Below: rows of values, then a line without a digit, the legend's
            // (past a markup's closing tags, `</table>`, and a rule). A masked
            // value stands for the digits it hid (`記号＊*` is no legend).
            // (An ASCII line only with a gap of spaces and a card's words in romaji:
            // `hokensha  kigou  bangou  edaban`.)
            let legend_at = |p: &mut Self, from: usize| {
                (from..=li + ROWS).find(|&l| {
                    !p.shapes.get(l).is_some_and(|s| s.digit)
                        && p.lines
                            .get(l)
                            .and_then(|&(s, e)| text.get(s..e))
                            .is_none_or(|t| {
                                t.bytes().any(|b| b >= 0x80)
                                    || (p.shapes.get(l).is_some_and(|s| s.gap)
                                        && super::shape::names_component(t))
                            })
                        // (A line that cannot hold a run is not read for one.)
                        && !(p.shapes.get(l).is_none_or(|s| s.valued)
                            && p.line(l).runs.iter().any(|r| r.wild > 0))
                })
            };
            let mut lj = legend_at(self, li + 1)?;
            let rule = |p: &Self, l: usize| {
                p.lines
                    .get(l)
                    .and_then(|&(s, e)| text.get(s..e))
                    .is_some_and(is_rule)
            };
            if rule(self, lj) {
                lj = legend_at(self, lj + 1)?;
            }
            let &(s, e) = self.lines.get(lj)?;
            // Its words say it is one; or it is the rows' header, come last (a
            // table copied from a PDF): a word in each of two cells or more.
            Some((lj, !says_legend(text.get(s..e)?)))
        };
        // A row with a table's delimiter (a tab, a comma) has a value in each
        // cell, whatever it holds (`2024/04/01`, `1`). A `／` also parts the words
        // of the legend itself (`2915 / 797 / 01（記号／番号／枝番の順）`): such a
        // row is parted by its spaces.
        let delimiter = self
            .shapes
            .get(li)
            .and_then(Shape::delimiter)
            .filter(|&d| d != '／');
        // A header below: its cells over the row's, one for one; or over a row of
        // values alone (`303528312061　/　2689-712875` under `（運転免許証）
        // （基礎年金番号）`), not one of labels and values. Looked at before the
        // row's runs are parted, since most lines below a row are no header.
        let mut header = None;
        if let Some((lj, true)) = below {
            // Rows of values alone (no kana nor kanji: prose is passed over at its
            // first word), under a short line parted as the rows are (the row's
            // delimiter, or a gap of spaces: two ASCII ones side by side, as the
            // scanner noted, or an ideographic one), naming a card's part or a
            // number in two cells or more.
            let d = delimiter.unwrap_or(SPACED);
            if crate::substring::any_char(line_text, is_kana_or_kanji) {
                return None;
            }
            let head = self.lines.get(lj).and_then(|&(s, e)| text.get(s..e))?;
            let shape = self.shapes.get(lj).copied().unwrap_or_default();
            let parted = head.len() <= 160
                && match delimiter {
                    Some(d) => shape.delimiter() == Some(d),
                    None => shape.gap || crate::substring::contains(head, "\u{3000}"),
                };
            let filled = cells(head, d)
                .filter(|(_, c)| !crate::substring::trim(c).is_empty())
                .count();
            if !parted || filled < 2 || !super::shape::names_component(head) {
                return None;
            }
            header = Some(self.header_slots(lj, d)?);
        }
        // The line's runs, parted; a markup's tags part them too (`<td>`).
        let (mut parted, mut one) = (Vec::new(), Vec::new());
        let (mut from, mut tag) = (ls, false);
        let mut part = |this: &mut Self, from: usize, to: usize| {
            super::runs::runs_into(text, from, to, &mut this.groups, &mut one);
            let n = if delimiter.is_some() { 1 } else { one.len() };
            parted.extend_from_slice(one.get(..n.min(one.len())).unwrap_or(&[]));
        };
        for (i, c) in line_text.char_indices() {
            let parts = match delimiter {
                Some(d) => c == d,
                None => crate::substring::is_whitespace(c) || parts_labels(c),
            };
            if parts || c == '<' || c == '>' {
                if !tag {
                    part(self, from, ls + i);
                }
                tag = c == '<';
                from = ls + i + c.len_utf8();
            }
        }
        part(self, from, le);
        // A row's value: each cell's, in a delimited row; else [`a_value`].
        let counts = |r: &Run| delimiter.is_some() || a_value(r);
        let values = parted.iter().filter(|r| counts(r)).count();
        if !matches!(values, 2..=SLOTS) {
            return None;
        }
        let slots = match below {
            // Cells may hold what no word names (`患者ID`, `優先順位`).
            Some((lj, false)) => self.slots(lj, 0, delimiter.is_some())?,
            Some((_, true)) => header?,
            None => {
                // In brackets after the line's last value.
                let last = parted.iter().rev().find(|r| counts(r))?.end;
                let tail = crate::substring::trim_start(text.get(last..le)?);
                if !crate::substring::starts_with_any(tail, &['（', '(']) {
                    return None;
                }
                let from = self.line(li).index(last);
                self.slots(li, from, false)?
            }
        };
        if slots.1 != values {
            return None;
        }
        let mut starts = [usize::MAX; SLOTS];
        for (slot, r) in starts.iter_mut().zip(parted.iter().filter(|r| counts(r))) {
            *slot = r.start;
        }
        out.clear();
        out.extend_from_slice(&parted);
        Some(Legend {
            line: li,
            slots,
            starts,
        })
    }

    /// The labels listed on line `li` from its folded character `from` on, one per
    /// part between the marks that part them (the [`parts_labels`] character the
    /// line has most), each the most specific word of its part (a 番号 after a 記号
    /// is the card's number). `None` unless every part has a word (with `gaps`, one
    /// part at least).
    fn slots(&mut self, li: usize, from: usize, gaps: bool) -> Option<Slots> {
        let line = self.line(li);
        let chars = line.folded().chars.get(from..)?;
        // The mark that parts the most, the last of those that part as many.
        let (mut mark, mut most) = (None, 0);
        for &(m, _) in chars {
            if !parts_labels(m) {
                continue;
            }
            let mut n = 0;
            for &(c, _) in chars {
                n += usize::from(c == m);
            }
            if n >= most {
                (mark, most) = (Some(m), n);
            }
        }
        let mark = mark?;
        let mut slots: Slots = ([None; SLOTS], 1);
        for (i, &(c, _)) in chars.iter().enumerate() {
            if c == mark {
                slots.1 += 1;
                continue;
            }
            let Some(h) = line.hots().iter().find(|h| h.from == from + i) else {
                continue;
            };
            name_cell(slots.0.get_mut(slots.1 - 1)?, h.evidence);
        }
        let listed = slots.0.get(..slots.1)?;
        let words = listed.iter().filter(|s| s.is_some()).count();
        if slots.1 < 2 || words < if gaps { 1 } else { slots.1 } {
            return None;
        }
        numbers_after_symbol(slots.0.get_mut(..slots.1)?);
        Some(slots)
    }

    /// The labels of header row `li` below its rows, one per cell that `d` cuts
    /// (`保険者番号　　記号　　番号　　枝番` under `06230395　　4018　　233　　02`);
    /// `None` unless two cells have a word.
    fn header_slots(&mut self, li: usize, d: char) -> Option<Slots> {
        let &(ls, le) = self.lines.get(li)?;
        let text = self.text.get(ls..le)?;
        let mut slots: Slots = ([None; SLOTS], 0);
        let mut named = 0;
        let line = self.line(li);
        for (from, cell) in cells(text, d) {
            if crate::substring::trim(cell).is_empty() {
                continue;
            }
            let slot = slots.0.get_mut(slots.1)?;
            slots.1 += 1;
            let (start, end) = (ls + from, ls + from + cell.len());
            let mut word = false;
            for h in line.hots() {
                if (start..end).contains(&line.folded().at(h.from)) {
                    name_cell(slot, h.evidence);
                    word = true;
                }
            }
            named += usize::from(word);
        }
        if named < 2 {
            return None;
        }
        numbers_after_symbol(slots.0.get_mut(..slots.1)?);
        Some(slots)
    }

    /// A table whose columns a line without a number says in words, over rows with
    /// a delimiter (`列は左から 受付日／氏名／公費負担者番号／受給者番号 です` over rows
    /// parted by tabs): as many parts as the rows have cells. For row `li`, the
    /// legend may stand a few lines above it, notes or a blank line between
    /// (`列は左から「患者ID／保険者番号／記号／番号／枝番」。⏎タブ区切りのまま貼ります。⏎⏎
    /// A-20011⇥39084280⇥549⇥8278⇥00`).
    pub(super) fn legend_table(&mut self, li: usize) -> Option<Table> {
        let d = self.shapes.get(li)?.delimiter()?;
        let &(s, e) = self.lines.get(li)?;
        let n = cells(self.text.get(s..e)?, d).count();
        (1..5).find_map(|k| self.legend_over(li.checked_sub(k)?, d, n, k == 1))
    }

    /// The table whose `n` columns parted by `d` line `li` says in words; `right
    /// over` the first row, a line that lists as many words says it without saying
    /// it is a legend (`返金リスト（経理へ）店番・口番・金額⏎921⇥9082648⇥2892`).
    fn legend_over(&mut self, li: usize, d: char, n: usize, right_over: bool) -> Option<Table> {
        if let Some(columns) = self.lettered(li, n) {
            return Some(Table::new(d, columns, li));
        }
        let &(ls, le) = self.lines.get(li)?;
        let says = says_legend(self.text.get(ls..le)?);
        if !(says || (right_over && self.line(li).runs.is_empty())) {
            return None;
        }
        let slots = self.slots(li, 0, true)?;
        if !says
            && (n < 3
                || !slots
                    .0
                    .iter()
                    .take(n)
                    .any(|s| matches!(s, Some(Evidence::Kind(_)))))
        {
            return None;
        }
        let columns = slots.0.get(..n).unwrap_or(&[]);
        let mut table = Table::new(d, columns.to_vec(), li);
        // Its 記号 comes first of a card's components (`記号／番号／枝番`): its
        // cells may be kanji (`市国`).
        table.symbol = columns
            .iter()
            .position(|c| matches!(c, Some(Evidence::Component)));
        (slots.1 == n).then_some(table)
    }
}

impl Pass<'_> {
    /// The `n` columns line `li` names by a spreadsheet's letters (`B列が保険者番号、
    /// C列が記号、D列が番号。A列は診察券番号。`): each word, the column of the
    /// `X列` right before it; `None` unless two columns are named so.
    fn lettered(&mut self, li: usize, n: usize) -> Option<Vec<Option<Evidence>>> {
        let &(ls, le) = self.lines.get(li)?;
        let text = self.text;
        // A cheap look first: `列` on the line.
        if !crate::substring::contains(crate::substring::slice(text, ls, le), "列") {
            return None;
        }
        let mut columns = vec![None; n];
        let mut named = 0;
        let line = self.line(li);
        for h in line.hots() {
            let before = crate::substring::slice(text, ls, line.folded().at(h.from));
            // Past the particle or mark between the letter's column and the word.
            let mut end = before.len();
            while let Some(c) = crate::substring::char_before(before, end) {
                if !matches!(c, 'が' | 'は' | '：' | ':' | '=' | '＝' | ' ' | '\u{3000}') {
                    break;
                }
                end -= c.len_utf8();
            }
            let Some(lead) = crate::substring::slice(before, 0, end).strip_suffix('列') else {
                continue;
            };
            let column = match crate::substring::char_before(lead, lead.len()) {
                Some(c @ 'A'..='Z') => c as usize - 'A' as usize,
                Some(c @ 'Ａ'..='Ｚ') => c as usize - 'Ａ' as usize,
                _ => continue,
            };
            if let Some(slot) = columns.get_mut(column) {
                name_cell(slot, h.evidence);
                named += 1;
            }
        }
        numbers_after_symbol(&mut columns);
        (named >= 2).then_some(columns)
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::context::tests::{added, values};
    use crate::redact::Kind;

    #[test]
    fn a_legend_says_so_in_its_words() {
        for (line, says) in [
            ("左から記号、番号", true),
            ("（順に保険者番号・記号）", true),
            ("右：番号", true),
            ("並び替え", true),
            ("記号・番号・枝番", false),
            ("abc 123 ｜ 保険者", false),
            ("", false),
        ] {
            assert_eq!(super::says_legend(line), says, "{line}");
        }
    }

    #[test]
    fn a_legend_below_rows_names_each_value_by_its_place() {
        let text = "子どもの医療証です\n長男　はると　80053671　8357758\n長女　ゆい　80053671　4625299\n上から公費番号、受給者番号の順です";
        let found = added(text);
        let kinds: Vec<_> = found.iter().map(|(k, v)| (k.clone(), v.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (Kind::PublicExpensePayer, "80053671"),
                (Kind::PublicExpenseRecipient, "8357758"),
                (Kind::PublicExpensePayer, "80053671"),
                (Kind::PublicExpenseRecipient, "4625299"),
            ]
        );
    }

    #[test]
    fn a_header_below_its_rows_names_their_values() {
        // Copied from a PDF, the header came last, under a rule.
        let text = "06264048  4402  117  00  2025-04-01\n\
                    01260751  26090315  88  00  2025-05-15\n\
                    ────────────────────────\n\
                    保険者番号  記号  番号  枝番  資格取得日";
        let found = values(text);
        assert_eq!(
            found,
            ["06264048", "4402", "117", "00", "01260751", "26090315", "88", "00"]
        );
        // Labels under values parted otherwise, in brackets.
        let text = "303528312061　/　2689-712875\n（運転免許証）　　　（基礎年金番号）";
        let kinds: Vec<_> = added(text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(kinds, [Kind::DriversLicense, Kind::PensionNumber]);
        // Not a line of labels and values over another line of words.
        let text = "請求書番号 INV-69571177        発行日 2025年7月31日\n\
                    振込先  三井住友銀行 新宿西口支店  普通預金";
        assert!(added(text).is_empty());
    }

    #[test]
    fn a_legend_in_brackets_names_the_values_before_it() {
        let found =
            added("新しい保険証：06-135974／3775／167259／03（保険者番号・記号・番号・枝番）");
        let values: Vec<_> = found.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["06-135974", "3775", "167259", "03"]);
        assert_eq!(found[0].0, Kind::InsurerNumber);
        assert!(found[1..].iter().all(|(k, _)| *k == Kind::InsuredNumber));
    }

    #[test]
    fn columns_said_in_words_name_the_cells_of_the_rows_below() {
        let text = "列は左から 受付日／氏名／公費負担者番号／受給者番号／有効期限 です。\n\
                    2024/06/03\t松本 里美\t15280282\t5272885\t2025/05/31\n\
                    2024/06/04\t長谷川 聡\t82338443\t６９３４２８5\t2025/03/31";
        let found = added(text);
        let kinds: Vec<_> = found.iter().map(|(k, v)| (k.clone(), v.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (Kind::PublicExpensePayer, "15280282"),
                (Kind::PublicExpenseRecipient, "5272885"),
                (Kind::PublicExpensePayer, "82338443"),
                (Kind::PublicExpenseRecipient, "６９３４２８5"),
            ]
        );
    }

    #[test]
    fn a_line_of_words_without_a_legend_s_word_names_nothing_above() {
        // No 順, 左, 右 or 並び: a sentence after the rows, not a legend.
        // (The recipient's check digit fails: no pair by its digits either.)
        let found = added("長男　80053671　8357751\n公費番号と受給者番号のことで質問です");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_legend_below_delimited_rows_names_each_cell_by_its_place() {
        // Tabs part the cells, whatever they hold (a date, a digit); words may
        // name nothing (患者ID).
        let tsv = "890947\t82092198\t2375541\t2024/04/01\t1\n\
                   # ↑ 列は左から 患者ID / 公費負担者番号 / 受給者番号 / 有効開始 / 優先順位";
        let kinds = added(tsv);
        assert_eq!(
            kinds,
            [
                (Kind::PublicExpensePayer, "82092198".to_owned()),
                (Kind::PublicExpenseRecipient, "2375541".to_owned()),
            ]
        );
        // Markup's tags part the cells, and its closing tags stand between.
        let html = "<tr><td>170696</td><td>06246698</td><td>70170</td><td>8584</td></tr>\n\
                    </table>\n\
                    <p>※列は順に 患者番号、保険者番号、被保険者証の記号、番号 です。</p>";
        let values = values(html);
        assert_eq!(values, ["06246698", "70170", "8584"]);
    }
}
