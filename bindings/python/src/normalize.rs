//! `normalize(text, profile="text")`.

use pyo3::prelude::*;
use pyo3::types::PyString;

use mamori::normalize::Profile;

/// Normalizes Japanese input: full-width ASCII to half-width, half-width katakana
/// to full-width, NFC, line breaks to LF, invisible and control characters removed;
/// CJK compatibility ideographs in names are kept. Profile "name" also makes one line
/// with one space between parts (U+3000 between Japanese characters), trimmed;
/// "kana" also turns hiragana into katakana. Idempotent.
///
/// >>> normalize("ＴＥＬ：０３－１２３４－５６７８")
/// 'TEL:03-1234-5678'
/// >>> normalize("やまだ たろう", "kana")
/// 'ヤマダ\u3000タロウ'
///
/// Raises TypeError when `text` or `profile` is not a str, MamoriError (code
/// "unknown_profile") for a profile other than "text", "name" or "kana" (None is
/// "text"), and MamoriError ("too_large") for a text over 32 Mi characters.
#[pyfunction]
#[pyo3(signature = (text, profile = None), text_signature = "(text, profile='text')")]
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
