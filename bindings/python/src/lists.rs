//! `kinds()` and `form_fields()`: the core's lists as Python reads them, so that the
//! Python half of the package (and its tests of the type stubs) take them from the
//! module rather than writing them out again.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use mamori::form::Field;
use mamori::redact::Kind;

/// The built-in kinds, in the core's order, each `{name, label, is_default}`:
/// its name in `kinds=` and in findings, what style "label" writes, and whether
/// redact looks for it when `kinds` is not given.
///
/// >>> [k["name"] for k in kinds() if not k["is_default"]]
/// ['phone', 'email']
#[pyfunction]
pub fn kinds(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for k in Kind::ALL.iter() {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "name"), k.as_str())?;
        d.set_item(intern!(py, "label"), k.label())?;
        d.set_item(intern!(py, "is_default"), k.is_default())?;
        list.append(d)?;
    }
    Ok(list)
}

/// The contact form's fields, in the order of the page, by their Python names.
///
/// >>> form_fields()
/// ['inquiry_type', 'name', 'phone', 'email', 'body']
#[pyfunction]
pub fn form_fields(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    PyList::new(py, Field::ALL.iter().map(|f| crate::form::field_name(*f)))
}
