//! CSV records read from their bytes and written back: what a back office does to an
//! export's CSV, one record at a time, with the comma as the field separator.
//!
//! [`read_record`] reads the plain records that make up almost every export: each
//! field either without any `"`, or wholly in double quotes (a `"` inside written
//! `""`), records ended by one line break sequence. Whatever else a CSV reader might
//! make something of (a quote in the middle of a field, text after a closing quote,
//! a line break other than the file's inside an unquoted field, a byte order mark)
//! it leaves as [`Read::Irregular`], for a reader that takes every liberty of the
//! format and says what went wrong. On the records it reads, it reads the same
//! fields as [Papa Parse] 5 with the same separator and line break.
//!
//! [`write_field`] quotes a field as Papa Parse's `unparse` does: only where it
//! needs quotes, or always.
//!
//! ```
//! use mamori::csv::{read_record, write_field, Newline, Read};
//! let bytes = "7,\"電話 03-1234-5678, \"\"至急\"\"\"\r\n8,x\r\n".as_bytes();
//! let Read::Record(r) = read_record(bytes, Newline::CrLf, false) else { panic!() };
//! assert_eq!(r.fields, ["7", "電話 03-1234-5678, \"至急\""]);
//! assert_eq!(r.len, bytes.len() - "8,x\r\n".len());
//! let mut out = String::new();
//! write_field(&r.fields[1], false, &mut out);
//! assert_eq!(out, "\"電話 03-1234-5678, \"\"至急\"\"\"");
//! ```
//!
//! [Papa Parse]: https://www.papaparse.com/docs

use crate::prelude::*;
use alloc::borrow::Cow;

use crate::bytes::{equal, first_of};

/// The line break that ends a record: a file's first line break tells which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `\n`
    Lf,
    /// `\r\n`
    CrLf,
    /// `\r`
    Cr,
}

impl Newline {
    /// The line break's bytes.
    ///
    /// ```
    /// assert_eq!(mamori::csv::Newline::CrLf.as_str(), "\r\n");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Newline::Lf => "\n",
            Newline::CrLf => "\r\n",
            Newline::Cr => "\r",
        }
    }
}

/// A record read by [`read_record`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// Its fields, without their quotes, `""` read as `"`.
    pub fields: Vec<Cow<'a, str>>,
    /// Its length in bytes, its line break included.
    pub len: usize,
    /// Whether it ends with the line break (the last record of a file may not).
    pub ended: bool,
    /// The line breaks in it, its own and those in quoted fields (`\r\n`, `\r` and
    /// `\n` each count one): how far the next record's line number is.
    pub lines: usize,
}

/// What [`read_record`] found at the start of the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read<'a> {
    /// A record.
    Record(Record<'a>),
    /// A line with nothing on it (its length in bytes, the line break included),
    /// which is no record.
    Blank(usize),
    /// The bytes end before the record does: read it again with more.
    Incomplete,
    /// A record outside the plain form this reader takes, or not UTF-8: for a full
    /// CSV reader, which can say what is wrong with it.
    Irregular,
}

/// Reads the record at the start of `bytes`, which ends with the line break
/// `newline`; `last` says that no more input follows `bytes` (a record may then end
/// without a line break). See the [module](self) for the records it reads.
///
/// ```
/// use mamori::csv::{read_record, Newline, Read};
/// let Read::Record(r) = read_record(b"a,\"b\nc\"\nd", Newline::Lf, false) else { panic!() };
/// assert_eq!((r.fields.len(), r.len, r.lines), (2, 8, 2));
/// assert_eq!(read_record(b"\nd", Newline::Lf, false), Read::Blank(1));
/// assert_eq!(read_record(b"a,b", Newline::Lf, false), Read::Incomplete);
/// assert!(matches!(read_record(b"a,b", Newline::Lf, true), Read::Record(_)));
/// assert_eq!(read_record(b"a,b\"c\n", Newline::Lf, false), Read::Irregular);
/// ```
pub fn read_record(bytes: &[u8], newline: Newline, last: bool) -> Read<'_> {
    let nl = newline.as_str().as_bytes();
    if bytes.starts_with(nl) {
        return Read::Blank(nl.len());
    }
    if bytes.is_empty() {
        return Read::Incomplete;
    }
    // A full reader drops a byte order mark at the start of what it reads.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Read::Irregular;
    }
    // Spans of the fields first (with whether a quoted one holds a `""`); the bytes
    // are checked as UTF-8 once the record's end is known.
    let mut spans: Vec<Span> = Vec::new();
    let mut at = 0;
    let end = loop {
        let span = if matches!(bytes.get(at), Some(b'"')) {
            match closing_quote(bytes, at + 1, last) {
                Some((close, doubled)) => Span {
                    from: at + 1,
                    to: close,
                    quoted: true,
                    doubled,
                },
                None if last => return Read::Irregular,
                None => return Read::Incomplete,
            }
        } else {
            let stop = bytes
                .get(at..)
                .and_then(plain_end)
                .map_or(bytes.len(), |n| at + n);
            if matches!(bytes.get(stop), Some(b'"')) {
                return Read::Irregular;
            }
            Span {
                from: at,
                to: stop,
                quoted: false,
                doubled: false,
            }
        };
        // After the field (and its closing quote): a comma, the line break, or the end.
        let next = if span.quoted { span.to + 1 } else { span.to };
        spans.push(span);
        let rest = bytes.get(next..).unwrap_or(&[]);
        match rest.first() {
            Some(b',') => at = next + 1,
            None if last => break (next, false),
            None => return Read::Incomplete,
            Some(_) if rest.starts_with(nl) => break (next + nl.len(), true),
            // The line break may go on in the next bytes.
            Some(_) if !last && nl.starts_with(rest) => return Read::Incomplete,
            Some(_) => return Read::Irregular,
        }
    };
    let (len, ended) = end;
    let Some(text) = bytes.get(..len).and_then(crate::text::utf8) else {
        return Read::Irregular;
    };
    let mut fields = Vec::with_capacity(spans.len());
    // A plain field holds no line break: those of the record are its own and those
    // in its quoted fields.
    let mut lines = usize::from(ended);
    for span in spans {
        let Some(s) = text.get(span.from..span.to) else {
            return Read::Irregular;
        };
        if span.quoted {
            lines += count_lines(s.as_bytes());
        }
        fields.push(if span.doubled {
            Cow::Owned(s.replace("\"\"", "\""))
        } else {
            Cow::Borrowed(s)
        });
    }
    Read::Record(Record {
        fields,
        len,
        ended,
        lines,
    })
}

/// A field of a record being read: where its content is (without its quotes),
/// whether it is quoted, and whether it holds a `""`.
struct Span {
    from: usize,
    to: usize,
    quoted: bool,
    doubled: bool,
}

/// Where a plain field at the start of `bytes` ends: at the first `,`, `"`, `\r` or
/// `\n`.
fn plain_end(bytes: &[u8]) -> Option<usize> {
    first_of(
        bytes,
        |w| equal(w, b',') | equal(w, b'"') | equal(w, b'\r') | equal(w, b'\n'),
        |b| matches!(b, b',' | b'"' | b'\r' | b'\n'),
    )
}

/// Where the quote that closes a quoted field starting at `from` (after its opening
/// quote) is: the first `"` not doubled; and whether a doubled one came before it.
/// None when the bytes end before it (or with a quote that may be the first of a
/// `""`, unless they are the `last`).
fn closing_quote(bytes: &[u8], from: usize, last: bool) -> Option<(usize, bool)> {
    let mut at = from;
    let mut doubled = false;
    loop {
        let q = at + first_of(bytes.get(at..)?, |w| equal(w, b'"'), |b| b == b'"')?;
        match bytes.get(q + 1) {
            Some(b'"') => {
                at = q + 2;
                doubled = true;
            }
            None if !last => return None,
            _ => return Some((q, doubled)),
        }
    }
}

/// The line breaks in `bytes`: `\r\n`, `\r` and `\n` each count one.
fn count_lines(bytes: &[u8]) -> usize {
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && !matches!(bytes.get(i + 1), Some(b'\n'))) {
            n += 1;
        }
    }
    n
}

/// Writes `value` as a CSV field to `out`, as Papa Parse's `unparse` writes it with
/// the comma: in double quotes when `quote_all`, or when it holds a comma, a `"`, a
/// line break or a byte order mark, or starts or ends with a space; a `"` inside is
/// written `""`.
///
/// ```
/// let mut out = String::new();
/// mamori::csv::write_field("保険者番号 ********", false, &mut out);
/// out.push(',');
/// mamori::csv::write_field(" 1", false, &mut out);
/// out.push(',');
/// mamori::csv::write_field("x", true, &mut out);
/// assert_eq!(out, "保険者番号 ********,\" 1\",\"x\"");
/// ```
pub fn write_field(value: &str, quote_all: bool, out: &mut String) {
    let quoted = quote_all
        || value.starts_with(' ')
        || value.ends_with(' ')
        || value.contains(['"', ',', '\r', '\n', '\u{feff}']);
    if !quoted {
        out.push_str(value);
        return;
    }
    out.push('"');
    let mut parts = value.split('"');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for part in parts {
        out.push_str("\"\"");
        out.push_str(part);
    }
    out.push('"');
}

/// Writes `fields` as a record, without its line break, to `out`: each field as
/// [`write_field`] writes it, commas between them.
///
/// ```
/// let mut out = String::new();
/// mamori::csv::write_record(&["7", "a,b", ""], false, &mut out);
/// assert_eq!(out, "7,\"a,b\",");
/// ```
pub fn write_record<S: AsRef<str>>(fields: &[S], quote_all: bool, out: &mut String) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_field(field.as_ref(), quote_all, out);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn fields(bytes: &str, newline: Newline, last: bool) -> Option<Vec<String>> {
        match read_record(bytes.as_bytes(), newline, last) {
            Read::Record(r) => Some(r.fields.iter().map(|f| f.to_string()).collect()),
            _ => None,
        }
    }

    #[test]
    fn plain_and_quoted_fields_are_read() {
        assert_eq!(
            fields("a,b,c\n", Newline::Lf, false).unwrap(),
            ["a", "b", "c"]
        );
        assert_eq!(fields(",,\n", Newline::Lf, false).unwrap(), ["", "", ""]);
        assert_eq!(fields("\"\"\n", Newline::Lf, false).unwrap(), [""]);
        assert_eq!(
            fields("\"a,b\",\"c\"\"d\",\"e\r\nf\"\r\n", Newline::CrLf, false).unwrap(),
            ["a,b", "c\"d", "e\r\nf"]
        );
        // A record at the end of the input needs no line break.
        assert_eq!(fields("a,\"b\"", Newline::Lf, true).unwrap(), ["a", "b"]);
        assert_eq!(fields("a,", Newline::Lf, true).unwrap(), ["a", ""]);
    }

    #[test]
    fn lengths_and_lines_count_what_the_record_spans() {
        let Read::Record(r) = read_record(b"1,\"x\ry\n\"\r\n2\r\n", Newline::CrLf, false) else {
            panic!("not read");
        };
        assert_eq!((r.len, r.lines, r.ended), (10, 3, true));
        let Read::Record(r) = read_record(b"1,2", Newline::CrLf, true) else {
            panic!("not read");
        };
        assert_eq!((r.len, r.lines, r.ended), (3, 0, false));
    }

    #[test]
    fn a_record_cut_by_the_end_of_the_bytes_waits_for_more() {
        for cut in [
            "a,b",
            "a,\"b",
            "a,\"b\"",
            "a,\"b\"\"",
            "a,b\r",
            "\"x\"\r",
            "",
        ] {
            assert_eq!(
                read_record(cut.as_bytes(), Newline::CrLf, false),
                Read::Incomplete,
                "{cut:?}"
            );
        }
        // At the end of the input, an unclosed quote is an error for the full reader.
        assert_eq!(read_record(b"a,\"b", Newline::Lf, true), Read::Irregular);
    }

    #[test]
    fn what_is_not_plain_is_left_to_a_full_reader() {
        for odd in [
            "a,b\"c\n",      // a quote inside a plain field
            "a,\"b\"c\n",    // text after the closing quote
            "a,\"b\" ,c\n",  // a space after it
            "a,b\rc\n",      // a carriage return in a plain field, records ended by \n
            "a,b\nc\r\n",    // a line feed in a plain field, records ended by \r\n
            "\u{feff}a,b\n", // a byte order mark
        ] {
            let newline = if odd.ends_with("\r\n") {
                Newline::CrLf
            } else {
                Newline::Lf
            };
            assert_eq!(
                read_record(odd.as_bytes(), newline, false),
                Read::Irregular,
                "{odd:?}"
            );
        }
        assert_eq!(
            read_record(b"a,\xff\n", Newline::Lf, false),
            Read::Irregular
        );
    }

    #[test]
    fn blank_lines_are_no_records() {
        assert_eq!(read_record(b"\r\nx", Newline::CrLf, false), Read::Blank(2));
        assert_eq!(read_record(b"\rx", Newline::Cr, false), Read::Blank(1));
        // A line of spaces is a record of one field.
        assert_eq!(fields(" \n", Newline::Lf, false).unwrap(), [" "]);
    }

    #[test]
    fn fields_are_quoted_where_they_need_it() {
        let written = |v: &str, all: bool| {
            let mut out = String::new();
            write_field(v, all, &mut out);
            out
        };
        assert_eq!(written("電話 ***", false), "電話 ***");
        assert_eq!(written("", false), "");
        assert_eq!(written("", true), "\"\"");
        assert_eq!(written("a,b", false), "\"a,b\"");
        assert_eq!(written("say \"hi\"", false), "\"say \"\"hi\"\"\"");
        assert_eq!(written("two\nlines", false), "\"two\nlines\"");
        assert_eq!(written("cr\r", false), "\"cr\r\"");
        assert_eq!(written(" lead", false), "\" lead\"");
        assert_eq!(written("trail ", false), "\"trail \"");
        assert_eq!(written("\u{feff}x", false), "\"\u{feff}x\"");
        assert_eq!(written("\t", false), "\t");
    }

    // proptest is a native dev-dependency only, as are these tests.
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

            /// Whatever the fields hold, a record written field by field reads back as
            /// those fields, its length and line breaks told right; one empty field
            /// unquoted is a blank line.
            #[test]
            fn any_written_record_reads_back(
                values in proptest::collection::vec("[a-z\\\" ,\r\n\u{feff}あ]{0,6}|\\PC{0,4}", 1..5),
                all: bool,
                newline in 0..3usize,
                last: bool,
            ) {
                let newline = [Newline::Lf, Newline::CrLf, Newline::Cr][newline];
                let mut line = String::new();
                write_record(&values, all, &mut line);
                line.push_str(newline.as_str());
                let read = read_record(line.as_bytes(), newline, last);
                if values.len() == 1 && values[0].is_empty() && !all {
                    prop_assert_eq!(read, Read::Blank(newline.as_str().len()));
                } else {
                    let Read::Record(r) = read else {
                        return Err(TestCaseError::fail(format!("{line:?} not read: {read:?}")));
                    };
                    prop_assert_eq!(&r.fields, &values);
                    prop_assert_eq!(r.len, line.len());
                    prop_assert_eq!(r.lines, count_lines(line.as_bytes()));
                    prop_assert!(r.ended);
                }
            }

            /// Cut anywhere before its end, a record is incomplete, never misread.
            #[test]
            fn a_cut_record_is_never_misread(
                values in proptest::collection::vec("[a-z\" ,\r\n]{0,5}", 1..4),
                cut in 0..40usize,
            ) {
                let mut line = String::new();
                write_record(&values, false, &mut line);
                line.push_str("\r\n");
                let cut = cut.min(line.len() - 1);
                let read = read_record(&line.as_bytes()[..cut], Newline::CrLf, false);
                prop_assert_eq!(read, Read::Incomplete, "{:?} cut at {}", line, cut);
            }
        }
    }

    #[test]
    fn a_written_record_reads_back_the_same() {
        let values = [
            "plain",
            "",
            " a ",
            "q\"uote",
            "multi\r\nline",
            "c,omma",
            "全角　スペース",
        ];
        for all in [false, true] {
            let mut line = String::new();
            write_record(&values, all, &mut line);
            line.push_str("\r\n");
            assert_eq!(fields(&line, Newline::CrLf, false).unwrap(), values);
        }
    }
}
