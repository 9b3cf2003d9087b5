//! An SQL dump's rows: `INSERT INTO t VALUES (…)` with no list of columns, as
//! `mysqldump` and `pg_dump --inserts` write them, names each value by the column
//! at its place in the text's `CREATE TABLE t (…)`, whose line may say what the
//! column holds (`kojin_no CHAR(12) COMMENT '個人番号'`).

use core::ops::Range;

/// The byte range of the column definition that names the value at byte `at` of
/// `line` (a line of `text` starting at byte `ls`), when the line inserts a row with
/// no list of columns and `text` creates its table before it.
pub(super) fn column_of(text: &str, ls: usize, line: &str, at: usize) -> Option<Range<usize>> {
    let b = line.as_bytes();
    let (table, values) = insert_into(b)?;
    let index = place_in_tuple(b, values, at.checked_sub(ls)?)?;
    let before = text.as_bytes().get(..ls)?;
    let open = created(before, table)?;
    columns(before, open).nth(index)
}

/// The place of the value at byte `at` of `line` in its parentheses, the last opened
/// after byte `values` (its `VALUES`): how many commas stand before it there, those
/// in quotes aside.
pub(super) fn place_in_tuple(line: &[u8], values: usize, at: usize) -> Option<usize> {
    let tuple = line.get(values..at)?.iter().rposition(|&c| c == b'(')? + values + 1;
    let mut quoted = false;
    let mut index = 0;
    for &c in line.get(tuple..at)? {
        quoted ^= c == b'\'';
        index += usize::from(c == b',' && !quoted);
    }
    Some(index)
}

/// The table's name in a line `b` that starts `INSERT INTO name VALUES` (no list of
/// columns), and where its `VALUES` ends.
fn insert_into(b: &[u8]) -> Option<(&[u8], usize)> {
    // At the line's start (past spaces): a look at its first bytes only.
    let lead = b.iter().take_while(|&&c| c == b' ').count();
    if !starts_ci(b.get(lead..)?, b"insert into ") {
        return None;
    }
    let start = lead + 12;
    let (name, next) = name_at(b.get(start..)?);
    starts_ci(b.get(start + next..)?, b"values").then(|| (name, start + next + 6))
}

/// Where the parenthesis that opens the columns of `CREATE TABLE name (` ends in
/// `text` (the last such statement before the row), if it does.
fn created(text: &[u8], name: &[u8]) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    while let Some(i) = text.get(from..).and_then(|t| find_ci(t, b"create table ")) {
        let start = from + i + 13;
        let rest = text.get(start..)?;
        // `IF NOT EXISTS` may stand before the name.
        let skip = if starts_ci(rest, b"if not exists ") {
            14
        } else {
            0
        };
        let (table, next) = name_at(rest.get(skip..)?);
        if table.eq_ignore_ascii_case(name) && rest.get(skip + next) == Some(&b'(') {
            found = Some(start + skip + next + 1);
        }
        from = start;
    }
    found
}

/// The byte ranges of the column definitions (without the spaces around them) of a
/// `CREATE TABLE` whose columns
/// start at byte `open` of `text`: its items at the first depth of parentheses,
/// parted by commas (not in quotes, nor in a type's `DECIMAL(10,2)`), less the
/// constraints (`PRIMARY KEY (…)`, `KEY`, `UNIQUE`, `CONSTRAINT`, `INDEX`, `FOREIGN`).
fn columns(text: &[u8], open: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = open;
    let mut done = false;
    core::iter::from_fn(move || loop {
        if done {
            return None;
        }
        let (mut depth, mut quoted) = (0usize, false);
        let start = at;
        loop {
            let Some(&c) = text.get(at) else {
                done = true;
                break;
            };
            match c {
                b'\'' => quoted = !quoted,
                b'(' if !quoted => depth += 1,
                b')' if !quoted && depth == 0 => {
                    done = true;
                    break;
                }
                b')' if !quoted => depth -= 1,
                b',' if !quoted && depth == 0 => break,
                _ => {}
            }
            at += 1;
        }
        let item = start..at;
        at += 1;
        let words = text.get(item.clone()).unwrap_or(&[]);
        let first = words
            .iter()
            .skip_while(|c| c.is_ascii_whitespace())
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let lead = words.iter().take_while(|c| c.is_ascii_whitespace()).count();
        let keyword = words.get(lead..lead + first).unwrap_or(&[]);
        let constraint = [
            &b"primary"[..],
            b"key",
            b"unique",
            b"constraint",
            b"index",
            b"foreign",
        ]
        .iter()
        .any(|k| keyword.eq_ignore_ascii_case(k));
        if !constraint && !words.iter().all(u8::is_ascii_whitespace) {
            // Without the spaces and line breaks around it.
            let end = words
                .iter()
                .rposition(|c| !c.is_ascii_whitespace())
                .map_or(item.start, |i| item.start + i + 1);
            return Some(item.start + lead..end);
        }
    })
}

/// A name without its schema and quotes (`jinji.shain`, `` `shain` `` → `shain`).
fn bare(name: &[u8]) -> &[u8] {
    let last = name
        .iter()
        .rposition(|&c| c == b'.')
        .map_or(name, |i| name.get(i + 1..).unwrap_or(&[]));
    let trim = |c: &u8| matches!(c, b'`' | b'"' | b'[' | b']');
    let start = last.iter().position(|c| !trim(c)).unwrap_or(last.len());
    let end = last.iter().rposition(|c| !trim(c)).map_or(start, |i| i + 1);
    last.get(start..end).unwrap_or(&[])
}

/// The name that starts `rest` (up to a space or `(`), bare ([`bare`]), and where
/// what follows it starts past its spaces.
fn name_at(rest: &[u8]) -> (&[u8], usize) {
    let len = rest
        .iter()
        .position(|&c| c == b' ' || c == b'(')
        .unwrap_or(rest.len());
    let spaces = rest
        .get(len..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&c| c == b' ')
        .count();
    (bare(rest.get(..len).unwrap_or(&[])), len + spaces)
}

/// Whether `b` starts with `word` (lower-case ASCII), in either case.
fn starts_ci(b: &[u8], word: &[u8]) -> bool {
    b.get(..word.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// Where `needle` (lower-case ASCII) first stands in `hay`, in either case.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::column_of;

    #[test]
    fn a_dumps_row_takes_its_columns_from_the_create_table() {
        let text = "CREATE TABLE jinji.shain (\n  shain_id INT PRIMARY KEY,\n  kojin_no CHAR(12) COMMENT '個人番号',\n  rate DECIMAL(10,2),\n  PRIMARY KEY (shain_id),\n  nenkin_no VARCHAR(11) COMMENT '基礎年金番号'\n);\nINSERT INTO `shain` VALUES (6681, '938145443081', 1.5, '4146-874220');";
        let ls = text.find("INSERT").unwrap_or(0);
        let line = &text[ls..];
        let name = |value: &str| {
            let at = ls + line.find(value).unwrap_or(0);
            column_of(text, ls, line, at).map(|r| text[r].to_owned())
        };
        assert_eq!(
            name("938145443081").as_deref(),
            Some("kojin_no CHAR(12) COMMENT '個人番号'")
        );
        assert_eq!(name("1.5").as_deref(), Some("rate DECIMAL(10,2)"));
        assert_eq!(
            name("4146-874220").as_deref(),
            Some("nenkin_no VARCHAR(11) COMMENT '基礎年金番号'")
        );
        // No such table, or a row with its own list of columns.
        assert_eq!(
            column_of(
                "INSERT INTO t VALUES (1)",
                0,
                "INSERT INTO t VALUES (1)",
                21
            ),
            None
        );
        let listed = "CREATE TABLE t (a INT);\nINSERT INTO t (a) VALUES (1)";
        let ls = listed.find("INSERT").unwrap_or(0);
        assert_eq!(column_of(listed, ls, &listed[ls..], listed.len() - 2), None);
    }
}
