//! `normalize(text, profile = "text")`.

use alloc::borrow::Cow;

use wasm_bindgen::prelude::*;

use mamori::normalize::Profile;

#[wasm_bindgen(typescript_custom_section)]
const TS_NORMALIZE: &str = r#"
/** The normalization profiles: free text, a person's name, or a furigana (kana) field. */
export type Profile = "text" | "name" | "kana";
/**
 * Normalizes Japanese input: full-width ASCII to half-width, half-width katakana to
 * full-width, NFC, line breaks to LF, invisible and control characters removed; CJK
 * compatibility ideographs in names are kept. `"name"` also makes one line with one
 * space between parts (U+3000 between Japanese characters), trimmed; `"kana"` also
 * turns hiragana into katakana. Idempotent.
 * @example normalize("ＴＥＬ：０３－１２３４", "text") // "TEL:03-1234"
 * @example normalize("やまだ たろう", "kana") // "ヤマダ　タロウ"
 * @throws {TypeError} when `text` is not a string or `profile` is not a profile name.
 * @throws {RangeError} when `text` is longer than 32 Mi UTF-16 code units.
 */
export function normalize(text: string, profile?: Profile): string;
"#;

/// `normalize(text, profile = "text") -> string`.
#[wasm_bindgen(js_name = normalize, skip_typescript)]
///
/// `profile` is a plain `JsValue`, not an `Option`, so that `null` is told apart
/// from an omitted argument (`undefined`) and refused like any other non-name.
pub fn normalize(text: JsValue, profile: JsValue) -> Result<JsValue, JsValue> {
    let input = super::string_arg(&text, "normalize", "text")?;
    let profile = profile_arg(&profile)?;
    Ok(match mamori::normalize::normalize(&input, profile) {
        // Already normal: the very string passed in, not a copy back out of the module
        // (unless it had a lone surrogate, read as U+FFFD, which goes back as read).
        Cow::Borrowed(read) if !super::has_replacement(read) => text,
        Cow::Borrowed(read) => super::js_string(read),
        Cow::Owned(normalized) => super::js_string(&normalized),
    })
}

/// The `profile` argument: `undefined` is the default, else one of the names.
/// Anything else is a `TypeError` that lists the names.
fn profile_arg(value: &JsValue) -> Result<Profile, JsValue> {
    let expected = |got: &str| {
        super::type_error_of(&[
            r#"normalize: `profile` must be "text", "name" or "kana", got "#,
            got,
        ])
    };
    match super::optional_string_arg(value, "normalize", "profile") {
        Ok(None) => Ok(Profile::default()),
        Ok(Some(name)) => name.parse().map_err(|_| expected("an unknown name")),
        Err(_) => Err(expected(super::describe(value))),
    }
}
