//! csv_records: what `mamori::csv::read_record` reads as a record, the `csv` crate
//! reads as the same fields; a record `Redactor::redact_csv` rewrites reads back as
//! the record with its columns redacted as `redact` redacts their text, every other
//! field unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mamori::csv::{read_record, Newline, Read};
use mamori::redact::Redactor;

fuzz_target!(|input: (u8, &[u8])| {
    let (style, bytes) = input;
    let newline = [Newline::Lf, Newline::CrLf, Newline::Cr][usize::from(style % 3)];
    let quote_all = style & 4 != 0;
    let last = style & 8 != 0;
    let redactor = Redactor::default();
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        let record = match read_record(rest, newline, last) {
            Read::Incomplete | Read::Irregular => return,
            Read::Blank(len) => {
                assert!(rest.starts_with(newline.as_str().as_bytes()));
                at += len;
                continue;
            }
            Read::Record(r) => r,
        };
        assert!(record.len > 0 && record.len <= rest.len());
        let raw = &rest[..record.len];
        // The csv crate ends a record at any of \r, \n and \r\n: a plain record holds
        // none outside its quotes but its own ending.
        let mut theirs = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(raw);
        let row = theirs.records().next().expect("a record").expect("read by the csv crate");
        let fields: Vec<&str> = record.fields.iter().map(|f| f.as_ref()).collect();
        assert_eq!(row.iter().collect::<Vec<_>>(), fields, "{raw:?}");

        let columns = [0, 2];
        let done = redactor.redact_csv(&record.fields, &columns, quote_all);
        if let Some(text) = done.text {
            let line = format!("{text}{}", newline.as_str());
            let Read::Record(again) = read_record(line.as_bytes(), newline, false) else {
                panic!("the rewritten record {line:?} is not read back");
            };
            assert_eq!(again.fields.len(), record.fields.len());
            for (i, (before, after)) in record.fields.iter().zip(&again.fields).enumerate() {
                if columns.contains(&i) {
                    assert_eq!(*after, redactor.redact(before).text);
                } else {
                    assert_eq!(after, before);
                }
            }
        }
        at += record.len;
    }
});
