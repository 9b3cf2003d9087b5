//! `redact(text, options?)`: checks the options, runs [`mamori::redact::Redactor`],
//! and turns byte offsets into UTF-16 offsets ([`mamori::offsets::Utf16Cursor`]).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use mamori::offsets::{utf16_len, Utf16Cursor};
use mamori::quoted::Quoted;
use mamori::redact::{Kind, RedactError, Redactor, Style};

/// The TypeScript declarations of this file's functions and types (the section
/// below reads it; rustc does not count that as a use).
#[allow(dead_code)]
pub(crate) const TS_REDACT: &str = r#"
/** The kinds of sensitive value mamori finds. */
export type Kind =
  | "my_number" | "insurer_number" | "insured_number" | "public_expense_payer"
  | "public_expense_recipient" | "credit_card" | "bank_account" | "passport"
  | "residence_card" | "drivers_license" | "pension_number" | "phone" | "email";
/** How a finding is masked. */
export type RedactStyle = "mask" | "label" | "partial";
/**
 * A custom rule: every match of `pattern` (a regular expression in the syntax of
 * Rust's `regex` crate) is a finding of `kind`. Node build only: the browser build
 * throws an Error with code "rules_unavailable".
 */
export interface RedactRule<R extends string = string> {
  /** The findings' kind: a built-in kind or a name of your own. */
  kind: R;
  /** The regular expression. */
  pattern: string;
  /** With style "label": the text that replaces a match (default 〔kind〕). */
  label?: string;
}
/** Options of redact. */
export interface RedactOptions<R extends string = never> {
  /** Which detectors run; default: all but "phone" and "email". */
  kinds?: Kind[];
  /** "mask" (default), "label" or "partial". */
  style?: RedactStyle;
  /** With style "partial": how many letters/digits stay visible at the end (default 4). */
  keepLast?: number;
  /** Custom rules (Node build only). */
  rules?: RedactRule<R>[];
}
/** One thing found: its kind and UTF-16 offsets into the input. Never the value. */
export interface Finding<R extends string = never> { kind: Kind | R; start: number; end: number; }
/** The result of redact. */
export interface RedactResult<R extends string = never> { text: string; findings: Finding<R>[]; }
/**
 * Finds sensitive numbers in `text` and masks them.
 * @example redact("マイナンバー 1234 5678 9018").text // "マイナンバー **** **** ****"
 * @throws {TypeError} when `text` is not a string or an option has the wrong type.
 * @throws {RangeError} when `text` is longer than 32 Mi UTF-16 code units, `kinds` or
 *   `rules` has more than 256 entries, a rule's kind, pattern or label is longer
 *   than 256, 16,384 or 1,024 code units, or the call would find more than 4 Mi
 *   values or give back a text longer than 32 Mi code units (labels longer than the
 *   values they replace).
 * @throws {SyntaxError} when a rule's pattern is not a valid regular expression.
 */
export function redact<R extends string = never>(text: string, options?: RedactOptions<R>): RedactResult<R>;
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_REDACT_SECTION: &str = TS_REDACT;

/// The most entries `options.kinds` and `options.rules` may have.
const MAX_ENTRIES: u32 = 256;

/// The longest style or kind name copied in to be compared (longer is no name).
const MAX_NAME_UNITS: u32 = 64;
/// The longest `kind` of a custom rule, in UTF-16 code units.
const MAX_RULE_KIND_UNITS: u32 = 256;
/// The longest `pattern` of a custom rule: the regex crate parses a pattern before it
/// can tell that its program is over the size limit, and a pattern of millions of
/// units takes hundreds of megabytes to parse.
const MAX_PATTERN_UNITS: u32 = 16 * 1024;
/// The longest `label` of a custom rule: it is copied once per finding.
const MAX_LABEL_UNITS: u32 = 1024;
/// The longest text one call may give back, in UTF-16 code units (the input limit).
/// Styles "mask" and "partial" keep the length; with "label" a finding may come out
/// longer than it went in (a rule's label of 1,024 units for a match of one
/// character), and without a bound one call could ask for gigabytes and trap.
const MAX_OUTPUT_UNITS: u32 = super::MAX_INPUT_UNITS;
/// The most findings one call may report: each is an object on the JavaScript heap,
/// and a rule such as `.` finds one per character.
const MAX_FINDINGS: usize = 1 << 22;

/// A redactor's options as JavaScript gave them: the key of the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Spec {
    kinds: Option<Vec<Kind>>,
    style: Style,
    keep_last: usize,
    rules: Vec<(String, String, Option<String>)>,
}

thread_local! {
    /// The last redactor built without custom rules, and the last one with: a
    /// caller passing the same options on every call builds (and compiles rules)
    /// once, and plain calls between rule calls do not evict the compiled rules.
    static LAST: [Cached; 2] = const { [RefCell::new(None), RefCell::new(None)] };
}

/// A redactor kept with the options it was built from.
type Cached = RefCell<Option<(Spec, Rc<Redactor>)>>;

#[wasm_bindgen(inline_js = r#"
export function assemble(text, pieces, spans, names) {
  const n = spans.length / 4;
  const findings = new Array(n);
  if (n === 0) return { text, findings };
  const parts = new Array(2 * n + 1);
  let at = 0, p = 0;
  for (let i = 0; i < n; i++) {
    const start = spans[4 * i], end = spans[4 * i + 1], piece = spans[4 * i + 2];
    parts[2 * i] = text.slice(at, start);
    parts[2 * i + 1] = pieces.slice(p, piece);
    findings[i] = { kind: names[spans[4 * i + 3]], start, end };
    at = end;
    p = piece;
  }
  parts[2 * n] = text.slice(at);
  return { text: parts.join(""), findings };
}
"#)]
extern "C" {
    /// Builds `{ text, findings }` on the JavaScript side in one call: `spans` holds
    /// (start, end, end of its replacement in `pieces`, index in `names`) per finding.
    fn assemble(text: &JsValue, pieces: &str, spans: &[u32], names: &js_sys::Array) -> JsValue;
}

/// `redact(text, options?) -> RedactResult`.
///
/// A text with no finding comes back as the very string passed in. Otherwise the
/// engine hands over, in one call, the replacements as one string and a flat array
/// of offsets; the glue splices them between slices of the caller's string, so the
/// unchanged text is never copied back out of the module.
///
/// What one call produces is bounded ([`MAX_FINDINGS`], [`MAX_OUTPUT_UNITS`]): a
/// call beyond either is refused with a `RangeError` as soon as it is known, before
/// the output is built.
#[wasm_bindgen(js_name = redact, skip_typescript)]
pub fn redact(text: JsValue, options: Option<JsValue>) -> Result<JsValue, JsValue> {
    let input = super::string_arg(&text, "redact", "text")?;
    let spec = read_options(options.as_ref())?;
    // Each match of a rule covers at least one byte: only a text of more than
    // MAX_FINDINGS bytes per rule can have too many, and only such a text is counted,
    // before the redactor collects every match (a rule such as `.` on 32 Mi units
    // would take gigabytes). Counting keeps no match and stops at the bound.
    let count = spec.rules.len().saturating_mul(input.len()) > MAX_FINDINGS;
    let redactor = redactor_for(spec)?;
    if count && redactor.rule_matches(&input, MAX_FINDINGS + 1) > MAX_FINDINGS {
        return Err(super::range_error(&format!(
            "redact: `options.rules` match the text more than {MAX_FINDINGS} times, the \
             limit of findings of one call: redact it in smaller pieces"
        )));
    }
    let found = redactor.find(&input);
    if found.len() > MAX_FINDINGS {
        return Err(super::range_error(&format!(
            "redact: the text has {} findings; the limit of one call is {MAX_FINDINGS}: \
             redact it in smaller pieces",
            found.len()
        )));
    }
    let too_long = || {
        super::range_error(&format!(
            "redact: the redacted text would be longer than {MAX_OUTPUT_UNITS} UTF-16 code \
             units, the limit of one call: redact it in smaller pieces or use shorter labels"
        ))
    };
    let mut cursor = Utf16Cursor::new(&input);
    let mut pieces = String::new();
    let mut spans = Vec::with_capacity(found.len() * 4);
    let names = js_sys::Array::new();
    let mut kinds: Vec<&Kind> = Vec::new();
    let mut units = 0u32;
    // The output so far: the text kept between findings and the replacements.
    let (mut output, mut kept_to) = (0u32, 0u32);
    for f in &found {
        let before = pieces.len();
        redactor.render(&input, f, &mut pieces);
        let added = pieces.get(before..).map_or(0, utf16_len);
        let added = u32::try_from(added).unwrap_or(u32::MAX);
        units = units.saturating_add(added);
        let name = match kinds.iter().position(|k| **k == f.kind) {
            Some(i) => i,
            None => {
                names.push(&JsValue::from_str(f.kind.as_str()));
                kinds.push(&f.kind);
                kinds.len() - 1
            }
        };
        // The input is at most MAX_INPUT_UNITS code units: every offset fits.
        let start = cursor.to_utf16(f.start) as u32;
        let end = cursor.to_utf16(f.end) as u32;
        output = output
            .saturating_add(start.saturating_sub(kept_to))
            .saturating_add(added);
        kept_to = end;
        if output > MAX_OUTPUT_UNITS {
            return Err(too_long());
        }
        spans.extend_from_slice(&[start, end, units, name as u32]);
    }
    let length = cursor.to_utf16(input.len()) as u32;
    if output.saturating_add(length.saturating_sub(kept_to)) > MAX_OUTPUT_UNITS {
        return Err(too_long());
    }
    Ok(assemble(&text, &pieces, &spans, &names))
}

fn redactor_for(spec: Spec) -> Result<Rc<Redactor>, JsValue> {
    let slot = usize::from(!spec.rules.is_empty());
    let cached = LAST.with(|last| {
        last.get(slot).and_then(|cell| {
            cell.borrow()
                .as_ref()
                .filter(|(s, _)| *s == spec)
                .map(|(_, r)| Rc::clone(r))
        })
    });
    if let Some(r) = cached {
        return Ok(r);
    }
    let r = Rc::new(build(&spec)?);
    LAST.with(|last| {
        if let Some(cell) = last.get(slot) {
            *cell.borrow_mut() = Some((spec, Rc::clone(&r)));
        }
    });
    Ok(r)
}

fn build(spec: &Spec) -> Result<Redactor, JsValue> {
    let mut b = Redactor::builder()
        .style(spec.style)
        .keep_last(spec.keep_last);
    if let Some(kinds) = &spec.kinds {
        b = b.kinds(kinds.iter().cloned());
    }
    for (kind, pattern, label) in &spec.rules {
        b = match label {
            Some(label) => b.rule_with_label(kind, pattern, label),
            None => b.rule(kind, pattern),
        };
    }
    b.build().map_err(|e| match e {
        RedactError::InvalidPattern { index, reason } => {
            let err = js_sys::SyntaxError::new(&format!(
                "redact: `options.rules[{index}].pattern` is not a valid regular expression: {reason}"
            ));
            let _ = Reflect::set(&err, &"code".into(), &"invalid_pattern".into());
            err.into()
        }
        RedactError::RulesUnavailable => super::coded_error(
            "rules_unavailable",
            "redact: `options.rules` needs the Node build of mamori; the browser build leaves \
             out regular expressions to stay small",
        ),
        other => super::type_error(&format!("redact: {other}")),
    })
}

fn read_options(options: Option<&JsValue>) -> Result<Spec, JsValue> {
    let mut spec = Spec {
        kinds: None,
        style: Style::Mask,
        keep_last: mamori::redact::DEFAULT_KEEP_LAST,
        rules: Vec::new(),
    };
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(spec);
    };
    if !super::is_record(options) {
        return Err(super::type_error(&format!(
            "redact: `options` must be an object, got {}",
            super::describe(options)
        )));
    }
    let kinds = super::get(options, "kinds", "redact", "options")?;
    if !kinds.is_undefined() {
        spec.kinds = Some(read_kinds(&kinds)?);
    }
    let style = super::get(options, "style", "redact", "options")?;
    if !style.is_undefined() {
        let name = match super::short_string(&style, MAX_NAME_UNITS) {
            Ok(Some(name)) => name,
            Ok(None) => {
                return Err(super::type_error(&format!(
                    "redact: `options.style` must be \"mask\", \"label\" or \"partial\", got {}",
                    super::describe(&style)
                )))
            }
            // Longer than any name: not copied, not a style.
            Err(length) => {
                return Err(super::type_error(&format!(
                    "redact: `options.style` is a string of {length} UTF-16 code units; \
                     expected \"mask\", \"label\" or \"partial\""
                )))
            }
        };
        spec.style = name.parse().map_err(|_| {
            super::type_error(&format!(
                "redact: `options.style` is {}; expected \"mask\", \"label\" or \"partial\"",
                Quoted(&clip(&name))
            ))
        })?;
    }
    let keep = super::get(options, "keepLast", "redact", "options")?;
    if !keep.is_undefined() {
        spec.keep_last = match keep.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => n as usize,
            _ => {
                return Err(super::type_error(&format!(
                    "redact: `options.keepLast` must be a whole number from 0 up, got {}",
                    super::describe(&keep)
                )))
            }
        };
    }
    let rules = super::get(options, "rules", "redact", "options")?;
    if !rules.is_undefined() {
        spec.rules = read_rules(&rules)?;
    }
    Ok(spec)
}

/// The entries of array option `name`. Read through `catch` bindings only: the
/// array may be a Proxy, or have getters, that throw.
fn entries(value: &JsValue, name: &str, what: &str) -> Result<Vec<JsValue>, JsValue> {
    let arg = format!("options.{name}");
    if !super::is_array(value) {
        return Err(super::type_error(&format!(
            "redact: `{arg}` must be an array of {what}, got {}",
            super::describe(value)
        )));
    }
    let length = super::get(value, "length", "redact", &arg)?
        .as_f64()
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
        .ok_or_else(|| {
            super::type_error(&format!(
                "redact: `{arg}.length` is not a length; pass a plain array"
            ))
        })?;
    if length > f64::from(MAX_ENTRIES) {
        // Shown as a whole number (it is one): formatting a float would bring the
        // float printer into the browser download.
        let shown = length as u64;
        return Err(super::range_error(&format!(
            "redact: `{arg}` has {shown} entries; the limit is {MAX_ENTRIES}"
        )));
    }
    (0..length as u32)
        .map(|i| {
            Reflect::get(value, &JsValue::from(i)).map_err(|_| {
                super::type_error(&format!(
                    "redact: reading `{arg}[{i}]` threw; pass a plain array"
                ))
            })
        })
        .collect()
}

fn read_kinds(value: &JsValue) -> Result<Vec<Kind>, JsValue> {
    let valid = || {
        Kind::ALL
            .iter()
            .map(Kind::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    };
    entries(value, "kinds", "kind names")?
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let name = match super::short_string(entry, MAX_NAME_UNITS) {
                Ok(Some(name)) => name,
                Ok(None) => {
                    return Err(super::type_error(&format!(
                        "redact: `options.kinds[{i}]` must be a kind name (a string), got {}; \
                         valid kinds: {}",
                        super::describe(entry),
                        valid()
                    )))
                }
                // Longer than any name: not copied, not a kind.
                Err(length) => {
                    return Err(super::type_error(&format!(
                        "redact: `options.kinds[{i}]` is a string of {length} UTF-16 code \
                         units, not a kind; valid kinds: {}",
                        valid()
                    )))
                }
            };
            name.parse::<Kind>().map_err(|_| {
                super::type_error(&format!(
                    "redact: `options.kinds[{i}]` is {}, not a kind; valid kinds: {}",
                    Quoted(&clip(&name)),
                    valid()
                ))
            })
        })
        .collect()
}

fn read_rules(value: &JsValue) -> Result<Vec<(String, String, Option<String>)>, JsValue> {
    entries(value, "rules", "{ kind, pattern, label? } objects")?
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            if !super::is_record(rule) {
                return Err(super::type_error(&format!(
                    "redact: `options.rules[{i}]` must be an object {{ kind, pattern, label? }}, got {}",
                    super::describe(rule)
                )));
            }
            let arg = format!("options.rules[{i}]");
            let field = |key: &str, optional: bool, max: u32| -> Result<Option<String>, JsValue> {
                let v = super::get(rule, key, "redact", &arg)?;
                if optional && v.is_undefined() {
                    return Ok(None);
                }
                match super::short_string(&v, max) {
                    Ok(Some(s)) if key != "kind" || !s.is_empty() => Ok(Some(s)),
                    Err(length) => Err(super::range_error(&format!(
                        "redact: `{arg}.{key}` is {length} UTF-16 code units long; the limit is {max}"
                    ))),
                    Ok(s) => Err(super::type_error(&format!(
                        "redact: `{arg}.{key}` must be a {}string, got {}",
                        if key == "kind" { "non-empty " } else { "" },
                        if s.is_some() { "an empty string" } else { super::describe(&v) }
                    ))),
                }
            };
            let kind = field("kind", false, MAX_RULE_KIND_UNITS)?.unwrap_or_default();
            let pattern = field("pattern", false, MAX_PATTERN_UNITS)?.unwrap_or_default();
            let label = field("label", true, MAX_LABEL_UNITS)?;
            Ok((kind, pattern, label))
        })
        .collect()
}

/// A caller's name, short enough for an error message.
fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}
