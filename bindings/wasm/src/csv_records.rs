//! `redactCsvRecords`: the columns of CSV records redacted, a batch of records in
//! one call, bytes in and bytes out (the CLI's `mamori redact` on CSV). The core
//! reads the records (`mamori::csv`) and does the work (`Redactor::redact_csv`);
//! this reads the arguments and packs the results into typed arrays.

use js_sys::{Int32Array, Object, Uint32Array, Uint8Array};
use mamori::csv::{read_record, Newline, Read};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::batch::{read_bytes, set, Found};

#[wasm_bindgen(typescript_custom_section)]
const TS_REDACT_CSV_RECORDS: &str = r#"
/**
 * The CSV file a batch of records comes from: its line break, its number of
 * fields (the header's), the indices of the columns to redact, and whether its
 * header quotes every field (a changed record is then written so).
 */
export interface CsvShape {
  newline: "\n" | "\r\n" | "\r";
  width: number;
  columns: Uint32Array;
  quoteAll: boolean;
}
/**
 * What `redactCsvRecords` made of a batch of records.
 */
export interface CsvRecordsResult {
  /** How many bytes of the input the records read span. */
  taken: number;
  /**
   * Whether reading stopped at a record outside the plain form (a quote inside a
   * field, text after a closing quote, a stray line break, a byte order mark, an
   * unclosed quote at the end of the input) or not UTF-8: a full CSV reader is to
   * read on from `taken`. False when the input ran out (the rest, if any, is the
   * start of a record that goes on after it).
   */
  irregular: boolean;
  /** Per record read (or blank line), in order: where it ends in the input. */
  ends: Uint32Array;
  /** Per record read (or blank line): the line breaks in it. */
  lines: Uint32Array;
  /**
   * Two numbers per record read: where its rewritten text is in `bytes` (start,
   * end; its line break included); -1, -1 when nothing changed; -2 and its number
   * of fields when that is not `width` (left to the caller, to say so); -3, -3 for
   * a blank line, which is no record.
   */
  spans: Int32Array;
  /** The rewritten records' UTF-8, one after the other. */
  bytes: Uint8Array;
  /**
   * The findings, value by value: record, index of the column in `columns`, count,
   * then that many indices into `names`.
   */
  found: Uint32Array;
  /** The kinds' names that `found` refers to. */
  names: string[];
}
/**
 * Redacts the columns `shape.columns` of the CSV records at the start of `bytes`
 * (UTF-8, the comma between fields), reading on until the input runs out or a
 * record is not in the plain form; `last` says no input follows (the last record
 * may then end without a line break). A record with nothing to change is to be
 * kept as it was read; a changed one is written again, each field quoted as Papa
 * Parse's `unparse` quotes it. Node build only; what `mamori redact` runs on CSV.
 * @example
 * const bytes = new TextEncoder().encode('7,マイナンバー 1234 5678 9018\r\n');
 * const shape = { newline: "\r\n", width: 2, columns: new Uint32Array([1]), quoteAll: false };
 * const r = redactCsvRecords(bytes, shape, true);
 * new TextDecoder().decode(r.bytes.subarray(r.spans[0], r.spans[1]));
 * // '7,マイナンバー **** **** ****\r\n'
 * @throws {TypeError} when an argument or an option has the wrong type.
 * @throws {RangeError} when `bytes` is longer than 32 MiB.
 */
export function redactCsvRecords<R extends string = never>(bytes: Uint8Array, shape: CsvShape, last: boolean, options?: RedactOptions<R>): CsvRecordsResult;
"#;

/// `redactCsvRecords(bytes, shape, last, options?) -> CsvRecordsResult`.
#[wasm_bindgen(js_name = redactCsvRecords, skip_typescript)]
pub fn redact_csv_records(
    bytes: JsValue,
    shape: JsValue,
    last: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    const FUNC: &str = "redactCsvRecords";
    let bytes = read_bytes(bytes, FUNC, "records")?;
    let shape = Shape::read(&shape)?;
    let last = last
        .as_bool()
        .ok_or_else(|| super::type_error("redactCsvRecords: `last` must be a boolean"))?;
    let spec = super::redact::read_options(&options, FUNC)?;
    let redactor = super::redact::redactor_for(spec, FUNC)?;

    let mut out: Vec<u8> = Vec::new();
    let mut ends: Vec<u32> = Vec::new();
    let mut lines: Vec<u32> = Vec::new();
    let mut spans: Vec<i32> = Vec::new();
    let mut found = Found::default();
    let mut at = 0usize;
    let mut irregular = false;
    while at < bytes.len() {
        let rest = bytes.get(at..).unwrap_or(&[]);
        let (len, breaks, span) = match read_record(rest, shape.newline, last) {
            Read::Incomplete => break,
            Read::Irregular => {
                irregular = true;
                break;
            }
            Read::Blank(len) => (len, 1, [-3, -3]),
            Read::Record(record) if record.fields.len() != shape.width => {
                let count = i32::try_from(record.fields.len()).unwrap_or(i32::MAX);
                (record.len, record.lines, [-2, count])
            }
            Read::Record(record) => {
                let done = redactor.redact_csv(&record.fields, &shape.columns, shape.quote_all);
                for (column, kinds) in &done.found {
                    found.push(ends.len(), *column, kinds);
                }
                let span = match done.text {
                    None => [-1, -1],
                    Some(text) => {
                        let ending = if record.ended {
                            shape.newline.as_str()
                        } else {
                            ""
                        };
                        let from = out.len();
                        out.extend_from_slice(text.as_bytes());
                        out.extend_from_slice(ending.as_bytes());
                        // At most 32 MiB in: the rewritten records stay far below 2 GiB.
                        [
                            i32::try_from(from).unwrap_or(i32::MAX),
                            i32::try_from(out.len()).unwrap_or(i32::MAX),
                        ]
                    }
                };
                (record.len, record.lines, span)
            }
        };
        at += len;
        // `bytes` is at most 32 MiB long: every offset fits.
        ends.push(at as u32);
        lines.push(breaks as u32);
        spans.extend_from_slice(&span);
    }

    let result = Object::new();
    set(&result, "taken", &JsValue::from_f64(at as f64))?;
    set(&result, "irregular", &JsValue::from_bool(irregular))?;
    set(&result, "ends", &Uint32Array::from(ends.as_slice()).into())?;
    set(
        &result,
        "lines",
        &Uint32Array::from(lines.as_slice()).into(),
    )?;
    set(&result, "spans", &Int32Array::from(spans.as_slice()).into())?;
    set(&result, "bytes", &Uint8Array::from(out.as_slice()).into())?;
    found.set_on(&result)?;
    Ok(result.into())
}

/// `shape`, read.
struct Shape {
    newline: Newline,
    width: usize,
    columns: Vec<usize>,
    quote_all: bool,
}

impl Shape {
    fn read(shape: &JsValue) -> Result<Shape, JsValue> {
        const FUNC: &str = "redactCsvRecords";
        if !super::is_record(shape) {
            return Err(super::type_error(
                "redactCsvRecords: `shape` must be an object { newline, width, columns, quoteAll }",
            ));
        }
        let newline = match super::get(shape, "newline", FUNC, "shape")?
            .as_string()
            .as_deref()
        {
            Some("\n") => Newline::Lf,
            Some("\r\n") => Newline::CrLf,
            Some("\r") => Newline::Cr,
            _ => {
                return Err(super::type_error(
                    "redactCsvRecords: `shape.newline` must be \"\\n\", \"\\r\\n\" or \"\\r\"",
                ))
            }
        };
        let width = super::get(shape, "width", FUNC, "shape")?
            .as_f64()
            .filter(|n| n % 1.0 == 0.0 && (1.0..=1_048_576.0).contains(n))
            .ok_or_else(|| {
                super::type_error(
                    "redactCsvRecords: `shape.width` must be a whole number from 1 to 1048576",
                )
            })? as usize;
        let columns = super::get(shape, "columns", FUNC, "shape")?
            .dyn_into::<Uint32Array>()
            .map_err(|_| {
                super::type_error("redactCsvRecords: `shape.columns` must be a Uint32Array")
            })?
            .to_vec()
            .into_iter()
            .map(|c| c as usize)
            .collect();
        let quote_all = super::get(shape, "quoteAll", FUNC, "shape")?
            .as_bool()
            .ok_or_else(|| {
                super::type_error("redactCsvRecords: `shape.quoteAll` must be a boolean")
            })?;
        Ok(Shape {
            newline,
            width,
            columns,
            quote_all,
        })
    }
}
