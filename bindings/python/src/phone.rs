//! `parse_phone(input)`.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use mamori::phone;

/// Parses a Japanese phone number as people type it (full-width digits, any dash,
/// spaces, brackets, +81) and judges it like libphonenumber's JP metadata.
///
/// Returns `{valid, type, e164, national, error}`: `error` is None or
/// `{code, message, message_en}` (codes "empty", "invalid_chars", "too_short",
/// "too_long", "invalid_number", "not_japanese").
///
/// >>> parse_phone("０３－１２３４－５６７８")["national"]
/// '03-1234-5678'
/// >>> parse_phone("03-1234")["error"]["code"]
/// 'too_short'
///
/// Raises TypeError when `input` is not a str.
#[pyfunction]
pub fn parse_phone<'py>(
    py: Python<'py>,
    input: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let input = super::text_arg(input, "parse_phone", "input")?;
    let parsed = py.detach(|| phone::parse_phone(&input));
    let d = PyDict::new(py);
    match parsed {
        Ok(number) => {
            d.set_item(intern!(py, "valid"), true)?;
            d.set_item(intern!(py, "type"), number.phone_type.as_str())?;
            d.set_item(intern!(py, "e164"), number.e164)?;
            d.set_item(intern!(py, "national"), number.national)?;
            d.set_item(intern!(py, "error"), py.None())?;
        }
        Err(e) => {
            d.set_item(intern!(py, "valid"), false)?;
            d.set_item(intern!(py, "type"), py.None())?;
            d.set_item(intern!(py, "e164"), py.None())?;
            d.set_item(intern!(py, "national"), py.None())?;
            let error = PyDict::new(py);
            error.set_item(intern!(py, "code"), e.code())?;
            error.set_item(intern!(py, "message"), e.message())?;
            error.set_item(intern!(py, "message_en"), e.message_en())?;
            d.set_item(intern!(py, "error"), error)?;
        }
    }
    Ok(d)
}
