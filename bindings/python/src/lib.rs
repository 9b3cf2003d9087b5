//! mamori's Python boundary: the only code that knows PyO3. It is a crate of its own
//! beside the core (`mamori`, the repository's root) and the JavaScript boundary
//! (`bindings/wasm/`); maturin builds it into the extension module `mamori._mamori`
//! of the `mamori` wheel, whose Python half is `python/mamori/`.
//!
//! Each function here checks its arguments, calls the pure-Rust core with the GIL
//! released, and turns the result into plain Python objects (dicts, lists, str).
//! No rule lives here. Wrong argument types become a `TypeError` naming the
//! argument; a wrong value (an unknown kind or style, oversized input) a
//! [`MamoriError`], a `ValueError` with a machine-readable `code`. Offsets are
//! Python `str` indices (code points), converted once by
//! [`mamori::offsets::CharCursor`].

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyString};

mod form;
mod lists;
mod normalize;
mod phone;
mod redact;

create_exception!(
    mamori,
    MamoriError,
    PyValueError,
    "A value mamori refuses (an unknown kind, style or profile, an invalid pattern, \
     input over a limit). A `ValueError` whose `code` attribute says which, as the \
     `code` of the JavaScript errors does."
);

/// The longest string, in code points, that any function accepts (32 Mi), as the
/// JavaScript API's limit of 32 Mi UTF-16 code units.
pub(crate) const MAX_INPUT_CHARS: usize = mamori::redact::MAX_CALL_INPUT;

/// A [`MamoriError`] with `message` and attribute `code`.
pub(crate) fn value_error(py: Python<'_>, code: &str, message: String) -> PyErr {
    let err = MamoriError::new_err(message);
    // Setting an attribute on a fresh exception cannot fail; ignore the Result all the same.
    let _ = err.value(py).setattr("code", code);
    err
}

/// A `TypeError` with `message`.
pub(crate) fn type_error(message: String) -> PyErr {
    PyTypeError::new_err(message)
}

/// What a value is, for error messages: its type's name. Never the value itself: it
/// may be sensitive.
pub(crate) fn describe(value: &Bound<'_, PyAny>) -> String {
    if value.is_none() {
        return "None".to_owned();
    }
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "an object".to_owned())
}

/// A required `str` argument `arg` of function `func`, as a Rust string.
///
/// A lone surrogate (which a Python `str` may hold and UTF-8 cannot) becomes U+FFFD,
/// one code point for one, so offsets into the caller's string stay right.
pub(crate) fn text_arg(value: &Bound<'_, PyAny>, func: &str, arg: &str) -> PyResult<String> {
    let Ok(s) = value.cast::<PyString>() else {
        return Err(type_error(format!(
            "{func}: `{arg}` must be a str, got {}",
            describe(value)
        )));
    };
    text_of(s, func, arg)
}

/// The text of `s`, refused when longer than [`MAX_INPUT_CHARS`].
pub(crate) fn text_of(s: &Bound<'_, PyString>, func: &str, arg: &str) -> PyResult<String> {
    let py = s.py();
    let length = s.code_point_len()?;
    if length > MAX_INPUT_CHARS {
        return Err(value_error(
            py,
            "too_large",
            format!("{func}: `{arg}` is {length} characters long; the limit is {MAX_INPUT_CHARS}"),
        ));
    }
    match s.to_cow() {
        Ok(text) => Ok(text.into_owned()),
        Err(_) => lossy(s),
    }
}

/// `s` with each lone surrogate replaced by U+FFFD: read as UTF-32 (one unit per code
/// point, surrogates passed through), so that the replacement is one for one.
fn lossy(s: &Bound<'_, PyString>) -> PyResult<String> {
    let encoded = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>()?.as_bytes();
    Ok(bytes
        .chunks_exact(4)
        .map(|c| {
            let unit = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect())
}

/// An optional `bool` argument; `None` is `None`, anything but a `bool` an error.
pub(crate) fn bool_arg(value: &Bound<'_, PyAny>, func: &str, arg: &str) -> PyResult<bool> {
    match value.cast::<PyBool>() {
        Ok(b) => Ok(b.is_true()),
        Err(_) => Err(type_error(format!(
            "{func}: `{arg}` must be a bool, got {}",
            describe(value)
        ))),
    }
}

/// The package version, which is the version of the Rust core.
///
/// >>> version() == __version__
/// True
#[pyfunction]
fn version() -> &'static str {
    mamori::VERSION
}

/// The extension module `mamori._mamori`; `mamori/__init__.py` re-exports it.
#[pymodule]
fn _mamori(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("MamoriError", m.py().get_type::<MamoriError>())?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(normalize::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(phone::parse_phone, m)?)?;
    m.add_function(wrap_pyfunction!(form::validate_form, m)?)?;
    m.add_function(wrap_pyfunction!(form::validate_many, m)?)?;
    m.add_function(wrap_pyfunction!(form::prepare_submission, m)?)?;
    m.add_function(wrap_pyfunction!(lists::kinds, m)?)?;
    m.add_function(wrap_pyfunction!(lists::form_fields, m)?)?;
    m.add_class::<redact::Redactor>()?;
    m.add_function(wrap_pyfunction!(redact::redact, m)?)?;
    m.add_function(wrap_pyfunction!(redact::redact_many, m)?)?;
    Ok(())
}
