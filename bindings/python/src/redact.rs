//! `redact`, `redact_many` and the class `Redactor`: checks the options, runs
//! [`mamori::redact::Redactor`] with the GIL released, and turns byte offsets into
//! code-point offsets ([`mamori::offsets::CharCursor`]).

use std::sync::Arc;

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyMapping, PyString, PyTuple};

use mamori::offsets::CharCursor;
use mamori::quoted::Quoted;
use mamori::redact::{Kind, RedactError, Style, DEFAULT_KEEP_LAST};

use crate::normalize::clip;

/// The most entries `kinds` and `rules` may have.
const MAX_ENTRIES: usize = 256;
/// The longest `kind` of a custom rule, in characters.
const MAX_RULE_KIND_CHARS: usize = 256;
/// The longest `pattern` of a custom rule: the regex crate parses a pattern before it
/// can tell that its program is over the size limit.
const MAX_PATTERN_CHARS: usize = 16 * 1024;
/// The longest `label` of a custom rule: it is copied once per finding.
const MAX_LABEL_CHARS: usize = 1024;
/// The longest text one call may give back, in characters (the input limit): with
/// style "label" a finding may come out longer than it went in.
const MAX_OUTPUT_CHARS: usize = super::MAX_INPUT_CHARS;
/// The most findings one text may have (a rule such as `.` finds one per character).
const MAX_FINDINGS: usize = mamori::redact::MAX_CALL_FINDINGS;

/// What one text gave: the redacted text (`None` when nothing was found, so that the
/// caller's string is given back as it is) and the findings in code points.
struct Output {
    text: Option<String>,
    findings: Vec<(Kind, usize, usize)>,
}

/// Why one text could not be redacted within the limits of one call.
enum TooLarge {
    RuleMatches,
    Findings(usize),
    Output,
}

/// A redaction configuration, built once and reused for any number of texts: the
/// options of `redact` (custom rules compiled once). Safe to share between threads;
/// every call releases the GIL.
///
/// >>> r = Redactor(kinds=["my_number", "credit_card"], style="label")
/// >>> r.redact("個人番号 123456789018")["text"]
/// '個人番号 〔個人番号〕'
/// >>> [x["text"] for x in r.redact_many(["カード 4539 5787 6362 1486", "なし"])]
/// ['カード 〔カード番号〕', 'なし']
#[pyclass(frozen, module = "mamori")]
pub struct Redactor {
    inner: Arc<mamori::redact::Redactor>,
    /// How many custom rules it has (to bound what they can match).
    rules: usize,
    /// The options as given, for `repr`.
    repr: String,
    /// The options as read, to be pickled.
    options: Options,
}

/// A redactor's options, as its constructor read them.
#[derive(Clone)]
struct Options {
    kinds: Option<Vec<Kind>>,
    style: Style,
    keep_last: usize,
    rules: Vec<(String, String, Option<String>)>,
}

#[pymethods]
impl Redactor {
    #[new]
    #[pyo3(
        signature = (kinds = None, style = None, keep_last = None, rules = None),
        text_signature = "(kinds=None, style='mask', keep_last=4, rules=None)"
    )]
    fn new(
        py: Python<'_>,
        kinds: Option<&Bound<'_, PyAny>>,
        style: Option<&Bound<'_, PyAny>>,
        keep_last: Option<&Bound<'_, PyAny>>,
        rules: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        build(py, "Redactor", kinds, style, keep_last, rules)
    }

    /// `redact(text)` with this redactor's options: `{text, findings}`.
    fn redact<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
        let py = text.py();
        let input = super::text_arg(text, "Redactor.redact", "text")?;
        let out = py.detach(|| self.run(&input));
        result(
            py,
            text,
            out.map_err(|e| too_large(py, "Redactor.redact", e))?,
        )
    }

    /// One result per text, None for None, the GIL released for the whole batch.
    fn redact_many<'py>(&self, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        self.many(texts, "Redactor.redact_many")
    }

    /// `_redact_column(texts, findings) -> (texts, offsets, kinds, starts, ends)`:
    /// for `mamori.arrow`. The redacted texts (`None` for `None`) and, when
    /// `findings` is true, the findings as flat lists: the findings of row `i` are
    /// entries `offsets[i]..offsets[i + 1]` of `kinds`, `starts` and `ends`.
    fn _redact_column<'py>(
        &self,
        texts: &Bound<'py, PyList>,
        findings: bool,
    ) -> PyResult<Bound<'py, PyTuple>> {
        const FUNC: &str = "redact_array";
        let py = texts.py();
        let inputs = read_texts(texts.as_any(), FUNC)?;
        let outs = self.run_many(py, &inputs);
        let out_texts = PyList::empty(py);
        let (mut offsets, mut kinds, mut starts, mut ends) =
            (vec![0usize], Vec::new(), Vec::new(), Vec::new());
        for (input, out) in inputs.iter().zip(outs) {
            match (input, out) {
                (Some((original, _)), Some(out)) => {
                    let out = out.map_err(|e| too_large(py, FUNC, e))?;
                    match out.text {
                        Some(text) => out_texts.append(text)?,
                        None => out_texts.append(original)?,
                    }
                    if findings {
                        for (kind, start, end) in out.findings {
                            kinds.push(kind.as_str().to_owned());
                            starts.push(start);
                            ends.push(end);
                        }
                    }
                }
                _ => out_texts.append(py.None())?,
            }
            offsets.push(kinds.len());
        }
        if !findings {
            return PyTuple::new(
                py,
                [
                    out_texts.into_any(),
                    py.None().into_bound(py),
                    py.None().into_bound(py),
                    py.None().into_bound(py),
                    py.None().into_bound(py),
                ],
            );
        }
        PyTuple::new(
            py,
            [
                out_texts.into_any(),
                PyList::new(py, offsets)?.into_any(),
                PyList::new(py, kinds)?.into_any(),
                PyList::new(py, starts)?.into_any(),
                PyList::new(py, ends)?.into_any(),
            ],
        )
    }

    fn __repr__(&self) -> String {
        self.repr.clone()
    }

    /// Pickles as its options (for Spark closures and multiprocessing): unpickling
    /// builds the redactor again.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let o = &slf.get().options;
        let kinds = match &o.kinds {
            None => py.None().into_bound(py),
            Some(k) => PyList::new(py, k.iter().map(Kind::as_str))?.into_any(),
        };
        let rules = if o.rules.is_empty() {
            py.None().into_bound(py)
        } else {
            let list = PyList::empty(py);
            for (kind, pattern, label) in &o.rules {
                let d = PyDict::new(py);
                d.set_item(intern!(py, "kind"), kind)?;
                d.set_item(intern!(py, "pattern"), pattern)?;
                if let Some(label) = label {
                    d.set_item(intern!(py, "label"), label)?;
                }
                list.append(d)?;
            }
            list.into_any()
        };
        let args = PyTuple::new(
            py,
            [
                kinds,
                o.style.as_str().into_pyobject(py)?.into_any(),
                o.keep_last.into_pyobject(py)?.into_any(),
                rules,
            ],
        )?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }
}

impl Redactor {
    /// Redacts a batch read by [`read_texts`], the GIL released.
    fn run_many(
        &self,
        py: Python<'_>,
        inputs: &[Option<(Bound<'_, PyAny>, String)>],
    ) -> Vec<Option<Result<Output, TooLarge>>> {
        let texts: Vec<Option<&str>> = inputs
            .iter()
            .map(|t| t.as_ref().map(|(_, t)| t.as_str()))
            .collect();
        py.detach(|| texts.iter().map(|t| t.map(|t| self.run(t))).collect())
    }

    /// Redacts one text within the limits of one call. Runs without the GIL.
    fn run(&self, text: &str) -> Result<Output, TooLarge> {
        let r = &self.inner;
        // Each match of a rule covers at least one byte: only a text of more than
        // MAX_FINDINGS bytes per rule can have too many, and only such a text is
        // counted, before the redactor collects every match.
        if self.rules.saturating_mul(text.len()) > MAX_FINDINGS
            && r.rule_matches(text, MAX_FINDINGS + 1) > MAX_FINDINGS
        {
            return Err(TooLarge::RuleMatches);
        }
        let found = r.find(text);
        if found.len() > MAX_FINDINGS {
            return Err(TooLarge::Findings(found.len()));
        }
        if found.is_empty() {
            return Ok(Output {
                text: None,
                findings: Vec::new(),
            });
        }
        let mut cursor = CharCursor::new(text);
        let mut out = String::with_capacity(text.len());
        let mut findings = Vec::with_capacity(found.len());
        let (mut at, mut at_char, mut out_chars) = (0, 0, 0usize);
        for f in &found {
            let start = cursor.to_chars(f.start);
            let end = cursor.to_chars(f.end);
            out.push_str(text.get(at..f.start).unwrap_or(""));
            let before = out.len();
            r.render(text, f, &mut out);
            let added = out.get(before..).map_or(0, |s| s.chars().count());
            out_chars = out_chars
                .saturating_add(start.saturating_sub(at_char))
                .saturating_add(added);
            if out_chars > MAX_OUTPUT_CHARS {
                return Err(TooLarge::Output);
            }
            findings.push((f.kind.clone(), start, end));
            at = f.end;
            at_char = end;
        }
        let rest = text.get(at..).unwrap_or("");
        if out_chars.saturating_add(rest.chars().count()) > MAX_OUTPUT_CHARS {
            return Err(TooLarge::Output);
        }
        out.push_str(rest);
        Ok(Output {
            text: Some(out),
            findings,
        })
    }

    /// `redact_many` under the name `func`.
    fn many<'py>(&self, texts: &Bound<'py, PyAny>, func: &str) -> PyResult<Bound<'py, PyList>> {
        let py = texts.py();
        let inputs = read_texts(texts, func)?;
        let outs = self.run_many(py, &inputs);
        let list = PyList::empty(py);
        for (input, out) in inputs.iter().zip(outs) {
            match (input, out) {
                (Some((original, _)), Some(out)) => {
                    let out = out.map_err(|e| too_large(py, func, e))?;
                    list.append(result(py, original, out)?)?;
                }
                _ => list.append(py.None())?,
            }
        }
        Ok(list)
    }
}

/// The texts of a batch: each a `str` (kept, to be given back when nothing is found,
/// and read) or `None`.
#[allow(clippy::type_complexity)]
fn read_texts<'py>(
    texts: &Bound<'py, PyAny>,
    func: &str,
) -> PyResult<Vec<Option<(Bound<'py, PyAny>, String)>>> {
    let not_a_list = || {
        super::type_error(format!(
            "{func}: `texts` must be a list of str (or None), got {}",
            super::describe(texts)
        ))
    };
    if texts.is_instance_of::<PyString>() {
        return Err(not_a_list());
    }
    let iter = texts.try_iter().map_err(|_| not_a_list())?;
    let mut inputs = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        if item.is_none() {
            inputs.push(None);
        } else {
            let text = super::text_arg(&item, func, &format!("texts[{i}]"))?;
            inputs.push(Some((item, text)));
        }
    }
    Ok(inputs)
}

/// `{text, findings}` for `out`, the caller's `original` string when nothing was
/// found.
fn result<'py>(
    py: Python<'py>,
    original: &Bound<'py, PyAny>,
    out: Output,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    match out.text {
        Some(text) => d.set_item(intern!(py, "text"), text)?,
        None => d.set_item(intern!(py, "text"), original)?,
    }
    let findings = PyList::empty(py);
    for (kind, start, end) in &out.findings {
        let f = PyDict::new(py);
        f.set_item(intern!(py, "kind"), kind.as_str())?;
        f.set_item(intern!(py, "start"), start)?;
        f.set_item(intern!(py, "end"), end)?;
        findings.append(f)?;
    }
    d.set_item(intern!(py, "findings"), findings)?;
    Ok(d)
}

fn too_large(py: Python<'_>, func: &str, e: TooLarge) -> PyErr {
    let message = match e {
        TooLarge::RuleMatches => format!(
            "{func}: `rules` match the text more than {MAX_FINDINGS} times, the limit of \
             findings of one text: redact it in smaller pieces"
        ),
        TooLarge::Findings(n) => format!(
            "{func}: the text has {n} findings; the limit of one text is {MAX_FINDINGS}: \
             redact it in smaller pieces"
        ),
        TooLarge::Output => format!(
            "{func}: the redacted text would be longer than {MAX_OUTPUT_CHARS} characters, \
             the limit of one text: redact it in smaller pieces or use shorter labels"
        ),
    };
    super::value_error(py, "too_large", message)
}

/// Finds sensitive numbers in `text` and masks them: `{text, findings}`, findings
/// `[{kind, start, end}]` sorted, with `text[start:end]` the value found.
///
/// - `kinds`: which detectors run (see `kinds()`); None: all but "phone" and "email".
/// - `style`: "mask" (each letter or digit becomes `*`, `＊` where it was
///   full-width; the length is kept), "label" (〔保険者番号〕) or "partial" (all but
///   the last `keep_last` letters or digits masked).
/// - `rules`: custom rules `[{"kind", "pattern", "label"?}]`, patterns in the
///   syntax of Rust's regex crate.
///
/// None for an option is its default. To redact many texts with the same options,
/// build a `Redactor` once.
///
/// >>> redact("マイナンバーは 1234 5678 9018 です")
/// {'text': 'マイナンバーは **** **** **** です', 'findings': [{'kind': 'my_number', 'start': 8, 'end': 22}]}
/// >>> redact("カード 4539-5787-6362-1486", style="partial")["text"]
/// 'カード ****-****-****-1486'
///
/// Raises TypeError when an argument has the wrong type, and MamoriError for an
/// unknown kind ("unknown_kind") or style ("unknown_style"), a bad rule
/// ("invalid_pattern", "empty_rule_kind"), a negative `keep_last` ("out_of_range"),
/// or input over a limit ("too_large").
#[pyfunction]
#[pyo3(
    signature = (text, kinds = None, style = None, keep_last = None, rules = None),
    text_signature = "(text, kinds=None, style='mask', keep_last=4, rules=None)"
)]
pub fn redact<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    kinds: Option<&Bound<'py, PyAny>>,
    style: Option<&Bound<'py, PyAny>>,
    keep_last: Option<&Bound<'py, PyAny>>,
    rules: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let input = super::text_arg(text, "redact", "text")?;
    let r = build(py, "redact", kinds, style, keep_last, rules)?;
    let out = py.detach(|| r.run(&input));
    result(py, text, out.map_err(|e| too_large(py, "redact", e))?)
}

/// `redact` over a list of texts, with one redactor built for all and the GIL
/// released for the whole batch; None stays None.
///
/// >>> [r and r["text"] for r in redact_many(["個人番号 123456789018", None])]
/// ['個人番号 ************', None]
#[pyfunction]
#[pyo3(
    signature = (texts, kinds = None, style = None, keep_last = None, rules = None),
    text_signature = "(texts, kinds=None, style='mask', keep_last=4, rules=None)"
)]
pub fn redact_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    kinds: Option<&Bound<'py, PyAny>>,
    style: Option<&Bound<'py, PyAny>>,
    keep_last: Option<&Bound<'py, PyAny>>,
    rules: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    build(py, "redact_many", kinds, style, keep_last, rules)?.many(texts, "redact_many")
}

/// An option's value, `None` when it is absent or `None`.
fn given<'py>(value: Option<&Bound<'py, PyAny>>) -> Option<Bound<'py, PyAny>> {
    value.filter(|v| !v.is_none()).cloned()
}

/// A [`Redactor`] from the options of `func`; `None` is each option's default.
fn build(
    py: Python<'_>,
    func: &str,
    kinds: Option<&Bound<'_, PyAny>>,
    style: Option<&Bound<'_, PyAny>>,
    keep_last: Option<&Bound<'_, PyAny>>,
    rules: Option<&Bound<'_, PyAny>>,
) -> PyResult<Redactor> {
    let kinds = given(kinds).map(|k| read_kinds(&k, func)).transpose()?;
    let style = match given(style) {
        None => Style::default(),
        Some(s) => read_style(&s, func)?,
    };
    let keep_last = match given(keep_last) {
        None => DEFAULT_KEEP_LAST,
        Some(k) => read_keep_last(&k, func)?,
    };
    let rules = given(rules)
        .map(|r| read_rules(&r, func))
        .transpose()?
        .unwrap_or_default();
    let mut b = mamori::redact::Redactor::builder()
        .style(style)
        .keep_last(keep_last);
    if let Some(kinds) = &kinds {
        b = b.kinds(kinds.iter().cloned());
    }
    for (kind, pattern, label) in &rules {
        b = match label {
            Some(label) => b.rule_with_label(kind, pattern, label),
            None => b.rule(kind, pattern),
        };
    }
    let inner = b.build().map_err(|e| match e {
        RedactError::InvalidPattern { index, reason } => super::value_error(
            py,
            "invalid_pattern",
            format!(
                "{func}: `rules[{index}][\"pattern\"]` is not a valid regular expression: {reason}"
            ),
        ),
        RedactError::RulesUnavailable => super::value_error(
            py,
            "rules_unavailable",
            format!("{func}: this build of mamori has no custom rules"),
        ),
        RedactError::EmptyRuleKind { index } => super::value_error(
            py,
            "empty_rule_kind",
            format!("{func}: `rules[{index}][\"kind\"]` is empty"),
        ),
        other => super::value_error(py, "invalid_option", format!("{func}: {other}")),
    })?;
    let repr = format!(
        "Redactor(kinds={}, style='{}', keep_last={keep_last}, rules={})",
        match &kinds {
            None => "None".to_owned(),
            Some(k) => format!(
                "[{}]",
                k.iter()
                    .map(|k| format!("'{}'", k.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
        style.as_str(),
        // The patterns are the caller's, and may say what they look for: count them.
        if rules.is_empty() {
            "None".to_owned()
        } else {
            format!("<{} rules>", rules.len())
        },
    );
    Ok(Redactor {
        inner: Arc::new(inner),
        rules: rules.len(),
        repr,
        options: Options {
            kinds,
            style,
            keep_last,
            rules,
        },
    })
}

/// The entries of list option `name` (a list or tuple; a `str` is not a list here).
fn entries<'py>(
    value: &Bound<'py, PyAny>,
    func: &str,
    name: &str,
    what: &str,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let not_a_list = || {
        super::type_error(format!(
            "{func}: `{name}` must be a list of {what}, got {}",
            super::describe(value)
        ))
    };
    if value.is_instance_of::<PyString>() || value.cast::<PyMapping>().is_ok() {
        return Err(not_a_list());
    }
    let iter = value.try_iter().map_err(|_| not_a_list())?;
    let mut items = Vec::new();
    for item in iter {
        items.push(item?);
        if items.len() > MAX_ENTRIES {
            return Err(super::value_error(
                value.py(),
                "too_large",
                format!("{func}: `{name}` has more than {MAX_ENTRIES} entries; the limit is {MAX_ENTRIES}"),
            ));
        }
    }
    Ok(items)
}

fn valid_kinds() -> String {
    Kind::ALL
        .iter()
        .map(Kind::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn read_kinds(value: &Bound<'_, PyAny>, func: &str) -> PyResult<Vec<Kind>> {
    entries(value, func, "kinds", "kind names")?
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let Ok(name) = entry.cast::<PyString>() else {
                return Err(super::type_error(format!(
                    "{func}: `kinds[{i}]` must be a kind name (a str), got {}; valid kinds: {}",
                    super::describe(entry),
                    valid_kinds()
                )));
            };
            let name = name.to_string_lossy();
            name.parse::<Kind>().map_err(|_| {
                super::value_error(
                    entry.py(),
                    "unknown_kind",
                    format!(
                        "{func}: `kinds[{i}]` is {}, not a kind; valid kinds: {}",
                        Quoted(&clip(&name)),
                        valid_kinds()
                    ),
                )
            })
        })
        .collect()
}

fn read_style(value: &Bound<'_, PyAny>, func: &str) -> PyResult<Style> {
    let Ok(name) = value.cast::<PyString>() else {
        return Err(super::type_error(format!(
            "{func}: `style` must be \"mask\", \"label\" or \"partial\", got {}",
            super::describe(value)
        )));
    };
    let name = name.to_string_lossy();
    name.parse().map_err(|_| {
        super::value_error(
            value.py(),
            "unknown_style",
            format!(
                "{func}: `style` is {}; expected \"mask\", \"label\" or \"partial\"",
                Quoted(&clip(&name))
            ),
        )
    })
}

fn read_keep_last(value: &Bound<'_, PyAny>, func: &str) -> PyResult<usize> {
    if !value.is_instance_of::<pyo3::types::PyInt>()
        || value.is_instance_of::<pyo3::types::PyBool>()
    {
        return Err(super::type_error(format!(
            "{func}: `keep_last` must be an int, got {}",
            super::describe(value)
        )));
    }
    match value.extract::<u32>() {
        Ok(n) => Ok(n as usize),
        Err(_) => Err(super::value_error(
            value.py(),
            "out_of_range",
            format!(
                "{func}: `keep_last` must be a whole number from 0 to {}",
                u32::MAX
            ),
        )),
    }
}

#[allow(clippy::type_complexity)]
fn read_rules(
    value: &Bound<'_, PyAny>,
    func: &str,
) -> PyResult<Vec<(String, String, Option<String>)>> {
    entries(
        value,
        func,
        "rules",
        "{'kind', 'pattern', 'label'?} mappings",
    )?
    .iter()
    .enumerate()
    .map(|(i, rule)| {
        if rule.cast::<PyMapping>().is_err() {
            return Err(super::type_error(format!(
                "{func}: `rules[{i}]` must be a mapping {{'kind', 'pattern', 'label'?}}, got {}",
                super::describe(rule)
            )));
        }
        let field = |key: &str, optional: bool, max: usize| -> PyResult<Option<String>> {
            let arg = format!("rules[{i}][{key:?}]");
            let v = rule.call_method1("get", (key, rule.py().None()))?;
            if optional && v.is_none() {
                return Ok(None);
            }
            let Ok(s) = v.cast::<PyString>() else {
                return Err(super::type_error(format!(
                    "{func}: `{arg}` must be a str, got {}",
                    super::describe(&v)
                )));
            };
            let length = s.code_point_len()?;
            if length > max {
                return Err(super::value_error(
                    rule.py(),
                    "too_large",
                    format!("{func}: `{arg}` is {length} characters long; the limit is {max}"),
                ));
            }
            Ok(Some(s.to_string_lossy().into_owned()))
        };
        let kind = field("kind", false, MAX_RULE_KIND_CHARS)?.unwrap_or_default();
        let pattern = field("pattern", false, MAX_PATTERN_CHARS)?.unwrap_or_default();
        let label = field("label", true, MAX_LABEL_CHARS)?;
        Ok((kind, pattern, label))
    })
    .collect()
}
