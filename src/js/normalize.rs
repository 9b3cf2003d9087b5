//! `normalize(text, profile = "text")`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_NORMALIZE: &str = r#"
/** The normalization profiles: free text, a person's name, or a furigana (kana) field. */
export type Profile = "text" | "name" | "kana";
/**
 * Normalizes Japanese input: full-width ASCII to half-width, half-width katakana to
 * full-width, NFC, line breaks to LF, invisible and control characters removed; CJK
 * compatibility ideographs in names are kept.
 * @example normalize("ＴＥＬ：０３－１２３４", "text") // "TEL:03-1234"
 * @throws {TypeError} when `text` is not a string or `profile` is not a profile name.
 */
export function normalize(text: string, profile?: Profile): string;
"#;

/// `normalize(text, profile = "text") -> string`.
#[wasm_bindgen(js_name = normalize, skip_typescript)]
pub fn normalize(text: JsValue, profile: Option<JsValue>) -> Result<JsValue, JsValue> {
    let _text = super::string_arg(&text, "normalize", "text")?;
    let _profile = super::optional_string_arg(
        &profile.unwrap_or(JsValue::UNDEFINED),
        "normalize",
        "profile",
    )?;
    Err(super::not_implemented("normalize"))
}
