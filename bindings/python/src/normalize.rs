//! `normalize(text, profile="text")`.

use pyo3::prelude::*;
use pyo3::types::PyString;

use mamori::normalize::Profile;

/// `normalize(text, profile="text") -> str`: the core's [`mamori::normalize::normalize`].
///
/// `profile` is `"text"`, `"name"` or `"kana"`; `None` is the default.
#[pyfunction]
#[pyo3(signature = (text, profile = None))]
pub fn normalize(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    profile: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let text = super::text_arg(text, "normalize", "text")?;
    let profile = match profile.filter(|p| !p.is_none()) {
        None => Profile::default(),
        Some(p) => {
            let Ok(name) = p.cast::<PyString>() else {
                return Err(super::type_error(format!(
                    r#"normalize: `profile` must be "text", "name" or "kana", got {}"#,
                    super::describe(p)
                )));
            };
            let name = name.to_cow()?;
            name.parse::<Profile>().map_err(|_| {
                super::value_error(
                    py,
                    "unknown_profile",
                    format!(
                        r#"normalize: `profile` is {}; expected "text", "name" or "kana""#,
                        mamori::quoted::Quoted(&clip(&name))
                    ),
                )
            })?
        }
    };
    Ok(py.detach(|| mamori::normalize::normalize(&text, profile).into_owned()))
}

/// A caller's name, short enough for an error message.
pub(crate) fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}
