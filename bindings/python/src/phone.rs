//! `parse_phone(input)`.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use mamori::phone;

/// `parse_phone(input) -> PhoneResult`: `{valid, type, e164, national, error}`, with
/// `error` `None` or `{code, message, message_en}`.
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
            d.set_item("valid", true)?;
            d.set_item("type", number.phone_type.as_str())?;
            d.set_item("e164", number.e164)?;
            d.set_item("national", number.national)?;
            d.set_item("error", py.None())?;
        }
        Err(e) => {
            d.set_item("valid", false)?;
            d.set_item("type", py.None())?;
            d.set_item("e164", py.None())?;
            d.set_item("national", py.None())?;
            let error = PyDict::new(py);
            error.set_item("code", e.code())?;
            error.set_item("message", e.message())?;
            error.set_item("message_en", e.message_en())?;
            d.set_item("error", error)?;
        }
    }
    Ok(d)
}
