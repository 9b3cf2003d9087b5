//! mamori's JavaScript boundary: the only code that knows wasm-bindgen. It is a
//! crate of its own beside the core (`mamori`, the repository's root), which it
//! calls through its public API; `scripts/build.mjs` builds it into the npm package.
//!
//! Each function here checks its arguments, calls the pure-Rust core, and turns the
//! result into plain JavaScript objects. No rule lives here. Wrong argument types
//! become a `TypeError` naming the argument; oversized input a `RangeError`; no
//! panic may reach JavaScript (a panic would trap as `unreachable`).
//!
//! No JavaScript exception may pass through the module's frames either: wasm has no
//! unwinding here, so an exception thrown by an import that is not declared `catch`
//! skips the code that restores the module's stack pointer, and every such call leaks
//! a frame of the shadow stack until, a few thousand calls later, memory is corrupted.
//! Every import that can throw on a caller's value (`Reflect.get`, which runs getters
//! and Proxy traps; `Array.isArray`, which throws for a revoked Proxy) is called
//! through a `catch` binding (`get`, `is_array` below).
//!
//! An optional argument (`options?`) is taken as a plain `JsValue`, `undefined`
//! and `null` read as absent, not as an `Option<JsValue>`: wasm-bindgen converts an
//! `Option` argument in each export's shim and in the glue, which cost the browser
//! build about 220 bytes gzip for the three functions it has with options.
//!
//! Rust callers use the core modules; these functions are public so that the
//! wasm-bindgen tests (`tests/node.rs`, `tests/browser.rs`) can call the boundary
//! exactly as JavaScript does.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod prelude;

use crate::prelude::*;
use js_sys::{JsString, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The module's allocator (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Without std (the browser build), a panic traps at once, as std's handler does
/// after formatting its message for a hook the module never shows: no panic is
/// meant to happen (arguments are checked, limits refused before any work), and
/// leaving the message out keeps `core::fmt` out of the download.
#[cfg(all(not(feature = "std"), target_arch = "wasm32"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[cfg(feature = "batch")]
mod batch;
#[cfg(feature = "batch")]
mod csv_records;
mod form;
#[cfg(feature = "batch")]
mod json_lines;
mod lists;
mod normalize;
mod objects;
mod phone;
mod redact;

#[cfg(feature = "batch")]
pub use csv_records::redact_csv_records;
pub use form::{prepare_submission, validate_form};
#[cfg(feature = "batch")]
pub use json_lines::redact_json_lines;
pub use lists::{form_fields, kinds};
pub use normalize::normalize;
pub use phone::parse_phone;
pub use redact::redact;

/// The longest string, in UTF-16 code units, that any function accepts (32 Mi).
/// Longer input is refused with a `RangeError` before it is copied into the module.
pub(crate) const MAX_INPUT_UNITS: u32 = mamori::redact::MAX_CALL_INPUT as u32;

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray(value)`, which throws a `TypeError` for a revoked Proxy.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn array_is_array(value: &JsValue) -> Result<bool, JsValue>;
}

#[wasm_bindgen(inline_js = r#"
const utf16 = new TextDecoder("utf-16le");
export function fromUtf16(units) { return utf16.decode(units); }
"#)]
extern "C" {
    /// The string whose UTF-16 code units are `units` (a view of the module's memory).
    #[wasm_bindgen(js_name = fromUtf16)]
    fn from_utf16(units: &[u16]) -> JsValue;
}

/// `text` as a JavaScript string. A long text goes out as UTF-16, which JavaScript
/// engines read about ten times faster than UTF-8 (for Japanese text in Node 20: 2.6
/// against 26 µs for 2,000 characters); short ones as wasm-bindgen passes strings.
pub(crate) fn js_string(text: &str) -> JsValue {
    if text.len() < 256 {
        return JsValue::from_str(text);
    }
    // No more units than bytes: the buffer never grows.
    let mut units = Vec::with_capacity(text.len());
    for unit in text.encode_utf16() {
        units.push(unit);
    }
    from_utf16(&units)
}

/// Whether `text` holds U+FFFD, which a lone surrogate of a caller's string becomes
/// when it is read. (By its characters: `str::contains` would bring core's pattern
/// searchers and their panic messages into the browser download, 4.6 KiB gzip.)
pub(crate) fn has_replacement(text: &str) -> bool {
    text.chars().any(|c| c == '\u{FFFD}')
}

/// Whether `value` is an array (or a Proxy of one). A revoked Proxy, for which
/// `Array.isArray` throws, is not: reading it will fail later with an error that names
/// the argument.
pub(crate) fn is_array(value: &JsValue) -> bool {
    array_is_array(value).unwrap_or(false)
}

/// `version()`: the package version, which is the crate version.
///
/// A JavaScript string made from the static text: no Rust string is allocated
/// and handed over.
#[wasm_bindgen(js_name = version, unchecked_return_type = "string")]
pub fn version() -> JsValue {
    JsValue::from_str(mamori::VERSION)
}

pub(crate) use mamori::text::{concat, decimal};

/// A `TypeError` with `message`.
pub(crate) fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// A `RangeError` with `message`.
pub(crate) fn range_error(message: &str) -> JsValue {
    js_sys::RangeError::new(message).into()
}

/// A `TypeError` whose message is `parts` joined: one call for every refusal,
/// rather than the joining, the error and the freeing at each.
#[inline(never)]
pub(crate) fn type_error_of(parts: &[&str]) -> JsValue {
    type_error(&concat(parts))
}

/// A `RangeError` whose message is `parts` joined.
#[inline(never)]
pub(crate) fn range_error_of(parts: &[&str]) -> JsValue {
    range_error(&concat(parts))
}

/// An `Error` with `message` and a machine-readable `code` property.
pub(crate) fn coded_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error cannot fail; ignore the Result all the same.
    let _ = Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}

/// What a value is, in the words of a JavaScript developer, for error messages.
/// Never includes the value itself: it may be sensitive.
pub(crate) fn describe(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined"
    } else if value.is_null() {
        "null"
    } else if value.is_string() {
        "a string"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.is_symbol() {
        "a symbol"
    } else if value.is_bigint() {
        "a bigint"
    } else if is_array(value) {
        "an array"
    } else if value.is_function() {
        "a function"
    } else {
        "an object"
    }
}

/// A required string argument `arg` of function `func`.
pub(crate) fn string_arg(value: &JsValue, func: &str, arg: &str) -> Result<String, JsValue> {
    // Lone surrogates become U+FFFD, one code unit for one, so offsets stay valid.
    check_string(value, func, arg).map(rust_string)
}

/// `js` as a Rust string, lone surrogates read as U+FFFD. Not `String::from`, which
/// unwraps with wasm-bindgen's `unwrap_throw`: a JavaScript exception that no
/// `JsString` can raise, and whose import, message and glue the browser build would
/// carry all the same.
pub(crate) fn rust_string(js: &JsString) -> String {
    js.as_string().unwrap_or_default()
}

/// `value` when it is a string `string_arg` accepts, without copying it.
pub(crate) fn check_string<'v>(
    value: &'v JsValue,
    func: &str,
    arg: &str,
) -> Result<&'v JsString, JsValue> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Err(type_error_of(&[
            func,
            ": `",
            arg,
            "` must be a string, got ",
            describe(value),
        ]));
    };
    if js.length() > MAX_INPUT_UNITS {
        return Err(range_error_of(&[
            func,
            ": `",
            arg,
            "` is ",
            &decimal(js.length().into()),
            " UTF-16 code units long; the limit is ",
            &decimal(MAX_INPUT_UNITS.into()),
        ]));
    }
    Ok(js)
}

/// `value` as a Rust string when it is a string of at most `max` UTF-16 code units:
/// `Ok(None)` when it is not a string, `Err(length)` when it is longer, in which case
/// nothing is copied. For names and small options, whose limits are far below
/// [`MAX_INPUT_UNITS`].
pub(crate) fn short_string(value: &JsValue, max: u32) -> Result<Option<String>, u32> {
    let Some(js) = value.dyn_ref::<JsString>() else {
        return Ok(None);
    };
    let length = js.length();
    if length > max {
        return Err(length);
    }
    Ok(Some(rust_string(js)))
}

/// An optional string argument: `undefined` (or absent) is `None`.
pub(crate) fn optional_string_arg(
    value: &JsValue,
    func: &str,
    arg: &str,
) -> Result<Option<String>, JsValue> {
    if value.is_undefined() {
        Ok(None)
    } else {
        string_arg(value, func, arg).map(Some)
    }
}

/// Reads `object[key]`, turning a throwing getter or Proxy trap into an error that
/// names the key instead of letting it escape half-way through a call.
pub(crate) fn get(object: &JsValue, key: &str, func: &str, arg: &str) -> Result<JsValue, JsValue> {
    Reflect::get(object, &JsValue::from_str(key)).map_err(|_| {
        type_error_of(&[
            func,
            ": reading `",
            arg,
            ".",
            key,
            "` threw; pass a plain object",
        ])
    })
}

/// Whether `value` is an object a caller may pass as a record (not an array,
/// function or primitive).
pub(crate) fn is_record(value: &JsValue) -> bool {
    value.is_object() && !is_array(value) && !value.is_function()
}
