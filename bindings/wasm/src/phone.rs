//! `parsePhone(input)`.

use wasm_bindgen::prelude::*;

use crate::objects::{phone_error, phone_result};

use mamori::phone;

#[wasm_bindgen(typescript_custom_section)]
const TS_PHONE: &str = r#"
/** libphonenumber's number type, in snake_case. */
export type PhoneType =
  | "fixed_line" | "mobile" | "toll_free" | "premium_rate" | "shared_cost"
  | "voip" | "personal_number" | "pager" | "uan" | "voicemail";
/** Why a phone number was refused. */
export type PhoneErrorCode =
  | "empty" | "invalid_chars" | "too_short" | "too_long" | "invalid_number" | "not_japanese";
/** A phone error: a code, a Japanese message that says how to fix it, and English. */
export interface PhoneError { code: PhoneErrorCode; message: string; messageEn: string; }
/** The result of parsePhone. */
export type PhoneResult =
  | { valid: true; type: PhoneType; e164: string; national: string; error: null }
  | { valid: false; type: null; e164: null; national: null; error: PhoneError };
/**
 * Parses a Japanese phone number as people type it and judges it like
 * libphonenumber's JP metadata.
 * @example parsePhone("０３－１２３４－５６７８").national // "03-1234-5678"
 * @throws {TypeError} when `input` is not a string.
 */
export function parsePhone(input: string): PhoneResult;
"#;

/// `parsePhone(input) -> PhoneResult`.
#[wasm_bindgen(js_name = parsePhone, skip_typescript)]
pub fn parse_phone(input: JsValue) -> Result<JsValue, JsValue> {
    let input = super::string_arg(&input, "parsePhone", "input")?;
    let result = match phone::parse_phone(&input) {
        Ok(number) => phone_result(
            true,
            JsValue::from_str(number.phone_type.as_str()),
            JsValue::from_str(&number.e164),
            JsValue::from_str(&number.national),
            JsValue::NULL,
        ),
        Err(e) => {
            let error = phone_error(e.code(), &e.message(), &e.message_en());
            phone_result(false, JsValue::NULL, JsValue::NULL, JsValue::NULL, error)
        }
    };
    Ok(result)
}
