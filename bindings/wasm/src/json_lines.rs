//! `redactJsonLines`: the fields of JSON Lines records redacted in place, a batch of
//! lines in one call, bytes in and bytes out (the CLI's `mamori redact` on JSONL).
//! The core does the work (`Redactor::redact_json_into`); this reads the arguments and
//! packs the results into typed arrays.

use js_sys::{Int32Array, Object, Uint32Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::batch::{read_bytes, set, Found};

#[wasm_bindgen(typescript_custom_section)]
const TS_REDACT_JSON_LINES: &str = r#"
/**
 * What `redactJsonLines` made of a batch of lines.
 */
export interface JsonLinesResult {
  /** The rewritten lines' UTF-8, one after the other. */
  bytes: Uint8Array;
  /**
   * Two numbers per line: where its rewritten text is in `bytes` (start, end; the
   * line's ending included); -1, -1 when nothing changed; -2, -2 when the line is
   * left to the caller (not UTF-8, not a JSON object, a lone surrogate in a field,
   * nesting deeper than 512): read it yourself to say why.
   */
  spans: Int32Array;
  /**
   * The findings, value by value: line, index of the field in `fields`, count, then
   * that many indices into `names`.
   */
  found: Uint32Array;
  /** The kinds' names that `found` refers to. */
  names: string[];
}
/**
 * Redacts the fields `fields` (top-level members whose value is a string or a
 * number) of each line of a batch of JSON Lines, every other byte kept; a changed
 * value is written as `JSON.stringify` writes a string. `ends[i]` is where line `i`
 * ends in `bytes` (after its newline, if it has one). Node build only; what
 * `mamori redact` runs on JSONL input.
 * @example
 * const bytes = new TextEncoder().encode('{"body":"マイナンバー 1234 5678 9018"}\n');
 * const r = redactJsonLines(bytes, new Uint32Array([bytes.length]), ["body"]);
 * new TextDecoder().decode(r.bytes.subarray(r.spans[0], r.spans[1]));
 * // '{"body":"マイナンバー **** **** ****"}\n'
 * @throws {TypeError} when an argument or an option has the wrong type.
 * @throws {RangeError} when `ends` does not cut `bytes` into lines in order, or
 *   `bytes` is longer than 32 MiB.
 */
export function redactJsonLines<R extends string = never>(bytes: Uint8Array, ends: Uint32Array, fields: readonly string[], options?: RedactOptions<R>): JsonLinesResult;
"#;

/// `redactJsonLines(bytes, ends, fields, options?) -> JsonLinesResult`.
#[wasm_bindgen(js_name = redactJsonLines, skip_typescript)]
pub fn redact_json_lines(
    bytes: JsValue,
    ends: JsValue,
    fields: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    const FUNC: &str = "redactJsonLines";
    let bytes = read_bytes(bytes, FUNC, "lines")?;
    let ends = ends
        .dyn_into::<Uint32Array>()
        .map_err(|_| super::type_error("redactJsonLines: `ends` must be a Uint32Array"))?
        .to_vec();
    let fields = read_fields(&fields)?;
    let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
    let spec = super::redact::read_options(&options, FUNC)?;
    let redactor = super::redact::redactor_for(spec, FUNC)?;

    // The rewritten lines, one after the other: each is written here by the core.
    let mut out = String::new();
    let mut spans: Vec<i32> = Vec::with_capacity(2 * ends.len());
    let mut found = Found::default();
    // The kinds of a value, in a buffer kept from value to value.
    let mut kinds = Vec::new();
    let mut start = 0usize;
    for (line, &end) in ends.iter().enumerate() {
        let end = end as usize;
        let Some(raw) = bytes.get(start..end).filter(|_| start <= end) else {
            return Err(super::range_error(
                "redactJsonLines: `ends` must cut `bytes` into lines, in order",
            ));
        };
        start = end;
        let (content, ending) = raw.split_at(content_length(raw));
        let from = out.len();
        // With the core's `simd-utf8` and wasm's vector instructions (the Node
        // build), `mamori redact` is about 4 % faster than with `std::str::from_utf8`,
        // which reads Japanese text a byte at a time.
        let done = mamori::text::utf8(content).and_then(|text| {
            redactor
                .redact_json_into(text, &fields, &mut out, |field, findings| {
                    kinds.clear();
                    kinds.extend(findings.iter().map(|f| f.kind.clone()));
                    found.push(line, field, &kinds);
                })
                .ok()
        });
        match done {
            None => spans.extend_from_slice(&[-2, -2]),
            Some(false) => spans.extend_from_slice(&[-1, -1]),
            Some(true) => {
                // The line's ending, as `content_length` cut it.
                out.push_str(match ending {
                    b"\r\n" => "\r\n",
                    b"\n" => "\n",
                    _ => "",
                });
                let (Ok(from), Ok(to)) = (i32::try_from(from), i32::try_from(out.len())) else {
                    return Err(super::range_error(
                        "redactJsonLines: the rewritten lines would be longer than 2 GiB: pass fewer lines at a time",
                    ));
                };
                spans.extend_from_slice(&[from, to]);
            }
        }
    }

    let result = Object::new();
    set(&result, "bytes", &Uint8Array::from(out.as_bytes()).into())?;
    set(&result, "spans", &Int32Array::from(spans.as_slice()).into())?;
    found.set_on(&result)?;
    Ok(result.into())
}

/// The length of a line without its ending: `\n`, or `\r\n`, as the CLI cuts lines.
fn content_length(line: &[u8]) -> usize {
    let mut end = line.len();
    if line.get(end.wrapping_sub(1)) == Some(&b'\n') {
        end -= 1;
    }
    if line.get(end.wrapping_sub(1)) == Some(&b'\r') {
        end -= 1;
    }
    end
}

/// `fields`: an array of strings, each at most 1,024 UTF-16 code units.
fn read_fields(fields: &JsValue) -> Result<Vec<String>, JsValue> {
    const FUNC: &str = "redactJsonLines";
    const MAX_FIELDS: u32 = 256;
    const MAX_FIELD_UNITS: u32 = 1024;
    let bad = || {
        super::type_error(
            "redactJsonLines: `fields` must be an array of at most 256 field names (strings)",
        )
    };
    if !super::is_array(fields) {
        return Err(bad());
    }
    let length = super::get(fields, "length", FUNC, "fields")?
        .as_f64()
        .filter(|n| n % 1.0 == 0.0 && (0.0..=f64::from(MAX_FIELDS)).contains(n))
        .ok_or_else(bad)? as u32;
    (0..length)
        .map(|i| {
            let f = super::get(fields, &super::decimal(i.into()), FUNC, "fields")?;
            match super::short_string(&f, MAX_FIELD_UNITS) {
                Ok(Some(name)) => Ok(name),
                _ => Err(bad()),
            }
        })
        .collect()
}
