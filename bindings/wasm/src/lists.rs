//! `kinds()` and `formFields()`: the core's lists as JavaScript reads them, so that
//! the CLI and pages take them from the module rather than writing them out again.
//! The TypeScript types written in this crate are checked against the same lists
//! (the tests below).

use js_sys::Array;
use wasm_bindgen::prelude::*;

use mamori::form::Field;
use mamori::redact::Kind;

#[wasm_bindgen(typescript_custom_section)]
const TS_LISTS: &str = r#"
/** A built-in kind as the core declares it. */
export interface KindInfo {
  /** Its name, in `options.kinds` and in findings. */
  name: Kind;
  /** What style "label" writes in its place (`〔保険者番号〕`). */
  label: string;
  /** Whether redact looks for it when `options.kinds` is not given. */
  isDefault: boolean;
}
/**
 * The built-in kinds, in the core's order.
 * @example kinds().filter((k) => k.isDefault).map((k) => k.name) // every kind but phone and email
 */
export function kinds(): KindInfo[];
/**
 * The contact form's fields, in the order of the page.
 * @example formFields() // ["inquiryType", "name", "phone", "email", "body"]
 */
export function formFields(): FormField[];
"#;

#[wasm_bindgen(
    inline_js = "export function kind_info(name, label, isDefault) { return { name, label, isDefault }; }"
)]
extern "C" {
    /// `{ name, label, isDefault }`, made on the JavaScript side.
    fn kind_info(name: &str, label: &str, is_default: bool) -> JsValue;
}

/// `kinds()`: the built-in kinds, in [`Kind::ALL`]'s order.
#[wasm_bindgen(js_name = kinds, skip_typescript)]
pub fn kinds() -> JsValue {
    let out = Array::new();
    for k in &Kind::ALL {
        out.push(&kind_info(k.as_str(), k.label(), k.is_default()));
    }
    out.into()
}

/// `formFields()`: the form's fields, in [`Field::ALL`]'s order.
#[wasm_bindgen(js_name = formFields, skip_typescript)]
pub fn form_fields() -> JsValue {
    let out = Array::new();
    for f in &Field::ALL {
        out.push(&JsValue::from_str(f.as_str()));
    }
    out.into()
}

/// The names a TypeScript union type declared in `ts` as `export type {name} = … ;`
/// lists, in order.
#[cfg(test)]
pub(crate) fn union(ts: &str, name: &str) -> Vec<String> {
    let head = format!("export type {name} =");
    let Some(rest) = ts.split(&head).nth(1) else {
        return Vec::new();
    };
    let body = rest.split(';').next().unwrap_or("");
    body.split('|')
        .map(|v| v.trim().trim_matches('"').to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::union;
    use mamori::form::Field;
    use mamori::redact::{Kind, DEFAULT_KEEP_LAST};

    #[test]
    fn the_typescript_kind_union_is_the_core_s_list() {
        let names: Vec<&str> = Kind::ALL.iter().map(Kind::as_str).collect();
        assert_eq!(union(crate::redact::TS_REDACT, "Kind"), names);
    }

    #[test]
    fn the_typescript_field_union_is_the_core_s_list() {
        let names: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
        assert_eq!(union(crate::form::TS_FORM, "FormField"), names);
    }

    #[test]
    fn the_typescript_docs_give_the_core_s_default_keep_last() {
        let doc = format!("(default {DEFAULT_KEEP_LAST})");
        assert!(crate::redact::TS_REDACT.contains(&doc));
    }
}
