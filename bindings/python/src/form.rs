//! The disclosure-request contact form: `validate_form`, `validate_many` and
//! `prepare_submission`, with the options of [`FormRules`] as keyword arguments.
//!
//! Python spells the fields in snake_case (`inquiry_type`): in the form's keys, in
//! the options, in `Issue["field"]` and in the normalized form.

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyMapping, PyString};

use mamori::form::{ContactForm, Disclosure, Field, FormResult, FormRules, Issue, Requester};

/// The Python name of `field`: the core's name in snake_case (`inquiryType` →
/// `inquiry_type`).
pub(crate) fn field_name(field: Field) -> String {
    let mut name = String::new();
    for c in field.as_str().chars() {
        if c.is_ascii_uppercase() {
            name.push('_');
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

/// The field whose Python name is `name`.
fn field_of(name: &str) -> Option<Field> {
    Field::ALL.into_iter().find(|f| field_name(*f) == name)
}

/// The value of `field` in `form`.
fn value_of(form: &ContactForm, field: Field) -> &str {
    match field {
        Field::InquiryType => &form.inquiry_type,
        Field::Name => &form.name,
        Field::Phone => &form.phone,
        Field::Email => &form.email,
        Field::Body => &form.body,
    }
}

/// The fields as a list, in [`Field::ALL`]'s order, for the one list of names.
fn fields_sentence() -> String {
    Field::ALL
        .iter()
        .map(|f| field_name(*f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks the contact form field by field, following section 6 of the privacy
/// notice, and returns `{ok, errors, warnings, normalized, disclosure}`.
///
/// `form` maps field names (`inquiry_type`, `name`, `phone`, `email`, `body`) to
/// str; an absent field or None is empty, other keys are ignored. The options change
/// the defaults: `required` (which fields an ordinary inquiry needs, merged into
/// `{"name": True, "phone": True, "body": True}`), `max_length` (characters after
/// normalization, None for no limit, merged into `{"name": 100, "body": 10000}`),
/// `email_instead_of_phone` (default True; never for a disclosure request).
///
/// >>> r = validate_form({"inquiry_type": "その他", "name": "山田　太郎",
/// ...     "phone": "03-1234-5678", "body": "個人情報の開示等請求\n開示をお願いします"})
/// >>> r["ok"], r["disclosure"]
/// (True, {'kinds': ['disclosure'], 'requester': None})
/// >>> [(e["field"], e["code"]) for e in validate_form({"name": "山田"})["errors"]]
/// [('phone', 'required'), ('body', 'required')]
///
/// Raises TypeError when `form` is not a mapping or a field or option has the wrong
/// type, and MamoriError for an option keyed by an unknown field ("unknown_field")
/// or a negative length ("out_of_range").
#[pyfunction]
#[pyo3(signature = (form, *, required = None, max_length = None, email_instead_of_phone = None))]
pub fn validate_form<'py>(
    py: Python<'py>,
    form: &Bound<'py, PyAny>,
    required: Option<&Bound<'py, PyAny>>,
    max_length: Option<&Bound<'py, PyAny>>,
    email_instead_of_phone: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    const FUNC: &str = "validate_form";
    let form = read_form(form, FUNC, "form")?;
    let rules = read_rules(FUNC, required, max_length, email_instead_of_phone)?;
    let result = py.detach(|| rules.validate(&form));
    result_dict(py, &result)
}

/// A `FormResult` as the dict `validate_form` returns.
fn result_dict<'py>(py: Python<'py>, result: &FormResult) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "ok"), result.ok)?;
    d.set_item(intern!(py, "errors"), issues(py, &result.errors)?)?;
    d.set_item(intern!(py, "warnings"), issues(py, &result.warnings)?)?;
    d.set_item(
        intern!(py, "normalized"),
        form_dict(py, &result.normalized)?,
    )?;
    d.set_item(
        intern!(py, "disclosure"),
        disclosure(py, result.disclosure.as_ref())?,
    )?;
    Ok(d)
}

/// `validate_form` over a list of forms: the options read once, the GIL released
/// for the whole batch.
///
/// >>> [r["ok"] for r in validate_many([{}, {"name": "山田", "email": "a@example.com", "body": "質問"}])]
/// [False, True]
#[pyfunction]
#[pyo3(signature = (forms, *, required = None, max_length = None, email_instead_of_phone = None))]
pub fn validate_many<'py>(
    py: Python<'py>,
    forms: &Bound<'py, PyAny>,
    required: Option<&Bound<'py, PyAny>>,
    max_length: Option<&Bound<'py, PyAny>>,
    email_instead_of_phone: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    const FUNC: &str = "validate_many";
    let iter = match forms.try_iter() {
        Ok(iter) if !forms.is_instance_of::<PyString>() && forms.cast::<PyMapping>().is_err() => {
            iter
        }
        _ => {
            return Err(super::type_error(format!(
                "{FUNC}: `forms` must be a list of forms, got {}",
                super::describe(forms)
            )))
        }
    };
    let mut read = Vec::new();
    for (i, form) in iter.enumerate() {
        read.push(read_form(&form?, FUNC, &format!("forms[{i}]"))?);
    }
    let rules = read_rules(FUNC, required, max_length, email_instead_of_phone)?;
    let results: Vec<_> = py.detach(|| read.iter().map(|f| rules.validate(f)).collect());
    let list = PyList::empty(py);
    for result in &results {
        list.append(result_dict(py, result)?)?;
    }
    Ok(list)
}

/// Validates the form and, when it is ok, returns the normalized payload with the
/// body redacted: `{ok, errors, warnings, payload}`, `payload` None when not ok.
/// The form and options are those of `validate_form`.
///
/// >>> s = prepare_submission({"name": "山田", "email": "a@example.com",
/// ...     "body": "マイナンバー 1234 5678 9018 の件です"})
/// >>> s["payload"]["body"]
/// 'マイナンバー **** **** **** の件です'
#[pyfunction]
#[pyo3(signature = (form, *, required = None, max_length = None, email_instead_of_phone = None))]
pub fn prepare_submission<'py>(
    py: Python<'py>,
    form: &Bound<'py, PyAny>,
    required: Option<&Bound<'py, PyAny>>,
    max_length: Option<&Bound<'py, PyAny>>,
    email_instead_of_phone: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    const FUNC: &str = "prepare_submission";
    let form = read_form(form, FUNC, "form")?;
    let rules = read_rules(FUNC, required, max_length, email_instead_of_phone)?;
    let result = py.detach(|| rules.prepare(&form));
    let d = PyDict::new(py);
    d.set_item(intern!(py, "ok"), result.ok)?;
    d.set_item(intern!(py, "errors"), issues(py, &result.errors)?)?;
    d.set_item(intern!(py, "warnings"), issues(py, &result.warnings)?)?;
    match &result.payload {
        Some(payload) => d.set_item(intern!(py, "payload"), form_dict(py, payload)?)?,
        None => d.set_item(intern!(py, "payload"), py.None())?,
    }
    Ok(d)
}

/// The form's fields from a mapping; an absent key or `None` is an empty field,
/// anything but a `str` an error. Other keys are ignored.
fn read_form(form: &Bound<'_, PyAny>, func: &str, arg: &str) -> PyResult<ContactForm> {
    if form.cast::<PyMapping>().is_err() {
        return Err(super::type_error(format!(
            "{func}: `{arg}` must be a mapping (a dict) of field names to str, got {}",
            super::describe(form)
        )));
    }
    let py = form.py();
    let field = |field: Field| -> PyResult<String> {
        let key = field_name(field);
        let value = form.call_method1("get", (key.as_str(), py.None()))?;
        if value.is_none() {
            return Ok(String::new());
        }
        super::text_arg(&value, func, &format!("{arg}[{key:?}]"))
    };
    Ok(ContactForm {
        inquiry_type: field(Field::InquiryType)?,
        name: field(Field::Name)?,
        phone: field(Field::Phone)?,
        email: field(Field::Email)?,
        body: field(Field::Body)?,
    })
}

/// The rules the keyword arguments ask for, starting from the defaults.
fn read_rules(
    func: &str,
    required: Option<&Bound<'_, PyAny>>,
    max_length: Option<&Bound<'_, PyAny>>,
    email_instead_of_phone: Option<&Bound<'_, PyAny>>,
) -> PyResult<FormRules> {
    let mut rules = FormRules::default();
    if let Some(required) = required.filter(|v| !v.is_none()) {
        for (field, value) in field_entries(required, func, "required")? {
            let arg = format!("required[{:?}]", field_name(field));
            rules = rules.require(field, super::bool_arg(&value, func, &arg)?);
        }
    }
    if let Some(max_length) = max_length.filter(|v| !v.is_none()) {
        for (field, value) in field_entries(max_length, func, "max_length")? {
            let max = if value.is_none() {
                None
            } else {
                Some(max_chars(&value, func, field)?)
            };
            rules = rules.max_chars(field, max);
        }
    }
    if let Some(email) = email_instead_of_phone.filter(|v| !v.is_none()) {
        rules =
            rules.email_instead_of_phone(super::bool_arg(email, func, "email_instead_of_phone")?);
    }
    Ok(rules)
}

/// The entries of an option keyed by field name. An unknown key is an error: a
/// misspelt field name would otherwise be ignored without a word.
fn field_entries<'py>(
    option: &Bound<'py, PyAny>,
    func: &str,
    arg: &str,
) -> PyResult<Vec<(Field, Bound<'py, PyAny>)>> {
    let Ok(mapping) = option.cast::<PyMapping>() else {
        return Err(super::type_error(format!(
            "{func}: `{arg}` must be a mapping (a dict) keyed by field name, got {}",
            super::describe(option)
        )));
    };
    let mut entries = Vec::new();
    for item in mapping.items()?.iter() {
        let (key, value): (Bound<'py, PyAny>, Bound<'py, PyAny>) = item.extract()?;
        let field = key
            .cast::<PyString>()
            .ok()
            .and_then(|k| k.to_cow().ok().and_then(|k| field_of(&k)));
        let Some(field) = field else {
            let shown = match key.cast::<PyString>() {
                Ok(k) => mamori::quoted::Quoted(&crate::normalize::clip(&k.to_string_lossy()))
                    .to_string(),
                Err(_) => format!("of type {}", super::describe(&key)),
            };
            return Err(super::value_error(
                option.py(),
                "unknown_field",
                format!(
                    "{func}: `{arg}` has the key {shown}, which is not a field; the fields are {}",
                    fields_sentence()
                ),
            ));
        };
        entries.push((field, value));
    }
    Ok(entries)
}

/// A length limit: a non-negative `int`.
fn max_chars(value: &Bound<'_, PyAny>, func: &str, field: Field) -> PyResult<usize> {
    let arg = format!("max_length[{:?}]", field_name(field));
    if !value.is_instance_of::<PyInt>() || value.is_instance_of::<pyo3::types::PyBool>() {
        return Err(super::type_error(format!(
            "{func}: `{arg}` must be an int or None, got {}",
            super::describe(value)
        )));
    }
    let negative: bool = value.lt(0)?;
    if negative {
        return Err(super::value_error(
            value.py(),
            "out_of_range",
            format!("{func}: `{arg}` must be a non-negative integer"),
        ));
    }
    // Saturating: a limit beyond usize is no limit in practice.
    Ok(value.extract::<usize>().unwrap_or(usize::MAX))
}

/// `{inquiry_type, name, phone, email, body}`.
fn form_dict<'py>(py: Python<'py>, form: &ContactForm) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for field in Field::ALL {
        d.set_item(field_name(field), value_of(form, field))?;
    }
    Ok(d)
}

/// `[{field, code, message, message_en, suggestion?}]`.
fn issues<'py>(py: Python<'py>, issues: &[Issue]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for issue in issues {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "field"), field_name(issue.field))?;
        d.set_item(intern!(py, "code"), issue.code.as_str())?;
        d.set_item(intern!(py, "message"), &issue.message)?;
        d.set_item(intern!(py, "message_en"), &issue.message_en)?;
        if let Some(suggestion) = issue.suggestion {
            d.set_item(intern!(py, "suggestion"), suggestion)?;
        }
        list.append(d)?;
    }
    Ok(list)
}

/// `{kinds, requester}` or `None`.
fn disclosure<'py>(
    py: Python<'py>,
    disclosure: Option<&Disclosure>,
) -> PyResult<Bound<'py, PyAny>> {
    let Some(disclosure) = disclosure else {
        return Ok(py.None().into_bound(py));
    };
    let d = PyDict::new(py);
    d.set_item(
        "kinds",
        PyList::new(py, disclosure.kinds.iter().map(|k| k.as_str()))?,
    )?;
    let requester = disclosure.requester.map(|r| match r {
        Requester::Principal => "self",
        Requester::Agent => "agent",
    });
    d.set_item(intern!(py, "requester"), requester)?;
    Ok(d.into_any())
}
