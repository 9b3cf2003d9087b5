//! `redact(text, options?)`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_REDACT: &str = r#"
/** The kinds of sensitive value mamori finds. */
export type Kind =
  | "my_number" | "insurer_number" | "insured_number" | "public_expense_payer"
  | "public_expense_recipient" | "credit_card" | "bank_account" | "passport"
  | "residence_card" | "drivers_license" | "pension_number" | "phone" | "email";
/** How a finding is masked. */
export type RedactStyle = "mask" | "label" | "partial";
/** Options of redact. */
export interface RedactOptions {
  /** Which detectors run; default: all but "phone" and "email". */
  kinds?: Kind[];
  /** "mask" (default), "label" or "partial". */
  style?: RedactStyle;
  /** With style "partial": how many letters/digits stay visible at the end (default 4). */
  keepLast?: number;
}
/** One thing found: its kind and UTF-16 offsets into the input. Never the value. */
export interface Finding { kind: Kind; start: number; end: number; }
/** The result of redact. */
export interface RedactResult { text: string; findings: Finding[]; }
/**
 * Finds sensitive numbers in `text` and masks them.
 * @example redact("マイナンバー 1234 5678 9018").text // "マイナンバー **** **** ****"
 * @throws {TypeError} when `text` is not a string or an option has the wrong type.
 */
export function redact(text: string, options?: RedactOptions): RedactResult;
"#;

/// `redact(text, options?) -> RedactResult`.
#[wasm_bindgen(js_name = redact, skip_typescript)]
pub fn redact(text: JsValue, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let _text = super::string_arg(&text, "redact", "text")?;
    let _ = options;
    Err(super::not_implemented("redact"))
}
