//! `parsePhone(input)`.

use std::borrow::Cow;

use serde::Serialize;
use wasm_bindgen::prelude::*;

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

/// The plain object `parsePhone` returns.
#[derive(Serialize)]
struct PhoneResult {
    valid: bool,
    #[serde(rename = "type")]
    phone_type: Option<&'static str>,
    e164: Option<String>,
    national: Option<String>,
    error: Option<PhoneErrorObject>,
}

/// `{ code, message, messageEn }`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhoneErrorObject {
    code: &'static str,
    message: Cow<'static, str>,
    message_en: Cow<'static, str>,
}

/// `parsePhone(input) -> PhoneResult`.
#[wasm_bindgen(js_name = parsePhone, skip_typescript)]
pub fn parse_phone(input: JsValue) -> Result<JsValue, JsValue> {
    let input = super::string_arg(&input, "parsePhone", "input")?;
    let result = match phone::parse_phone(&input) {
        Ok(number) => PhoneResult {
            valid: true,
            phone_type: Some(number.phone_type.as_str()),
            e164: Some(number.e164),
            national: Some(number.national),
            error: None,
        },
        Err(e) => PhoneResult {
            valid: false,
            phone_type: None,
            e164: None,
            national: None,
            error: Some(PhoneErrorObject {
                code: e.code(),
                message: e.message(),
                message_en: e.message_en(),
            }),
        },
    };
    super::to_js(&result)
}
