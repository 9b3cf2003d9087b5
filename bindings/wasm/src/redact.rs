//! `redact(text, options?)`: checks the options, runs [`mamori::redact::Redactor`],
//! and turns byte offsets into UTF-16 offsets ([`mamori::offsets::Utf16Cursor`]).

use crate::prelude::*;
use alloc::rc::Rc;
#[cfg(feature = "std")]
use core::cell::RefCell;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use super::decimal;
use mamori::offsets::{utf16_len, Utf16Cursor};
use mamori::quoted::quote;
use mamori::redact::{Kind, Redactor, Style};

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

/// The declaration of `redactMany`, in the builds that have it.
#[cfg(feature = "batch")]
#[wasm_bindgen(typescript_custom_section)]
const TS_REDACT_MANY: &str = r#"
/**
 * `redact` of each text with one set of options, in one call into the module: for
 * batches (an export's rows, a day's inquiries). Node build only. Result `i` is
 * that of `texts[i]`; a text with nothing found comes back as the very string
 * passed in.
 * @example redactMany(["マイナンバー 1234 5678 9018", "お薬の件です"]).map((r) => r.text)
 * // ["マイナンバー **** **** ****", "お薬の件です"]
 * @throws {TypeError} when `texts` is not an array of strings or an option has the
 *   wrong type (the message names the entry, e.g. `texts[3]`).
 * @throws {RangeError} when the texts are longer than 32 Mi UTF-16 code units in
 *   all, or the batch goes over the other limits of one `redact` call as a whole.
 * @throws {SyntaxError} when a rule's pattern is not a valid regular expression.
 */
export function redactMany<R extends string = never>(texts: readonly string[], options?: RedactOptions<R>): RedactResult<R>[];
"#;

/// The most entries `options.kinds` and `options.rules` may have.
const MAX_ENTRIES: u32 = 256;

/// The longest style or kind name copied in to be compared (longer is no name).
const MAX_NAME_UNITS: u32 = 64;
/// The longest `kind` of a custom rule, in UTF-16 code units.
#[cfg(feature = "rules")]
const MAX_RULE_KIND_UNITS: u32 = 256;
/// The longest `pattern` of a custom rule: the regex crate parses a pattern before it
/// can tell that its program is over the size limit, and a pattern of millions of
/// units takes hundreds of megabytes to parse.
#[cfg(feature = "rules")]
const MAX_PATTERN_UNITS: u32 = 16 * 1024;
/// The longest `label` of a custom rule: it is copied once per finding.
#[cfg(feature = "rules")]
const MAX_LABEL_UNITS: u32 = 1024;
/// The longest text one call may give back, in UTF-16 code units (the input limit).
/// Styles "mask" and "partial" keep the length; with "label" a finding may come out
/// longer than it went in (a rule's label of 1,024 units for a match of one
/// character), and without a bound one call could ask for gigabytes and trap.
const MAX_OUTPUT_UNITS: u32 = super::MAX_INPUT_UNITS;
/// The most findings one call may report: each is an object on the JavaScript heap,
/// and a rule such as `.` finds one per character.
const MAX_FINDINGS: usize = mamori::redact::MAX_CALL_FINDINGS;

/// A redactor's options as JavaScript gave them: the key of the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spec {
    kinds: Option<Vec<Kind>>,
    style: Style,
    keep_last: usize,
    rules: Rules,
}

/// The custom rules of a [`Spec`]: (kind, pattern, label) each.
#[cfg(feature = "rules")]
type Rules = Vec<(String, String, Option<String>)>;
/// Without the `rules` feature there are none: an empty array, which costs the
/// browser build no code.
#[cfg(not(feature = "rules"))]
type Rules = [(String, String, Option<String>); 0];

#[cfg(feature = "std")]
thread_local! {
    /// The last redactor built without custom rules, and the last one with: a
    /// caller passing the same options on every call builds (and compiles rules)
    /// once, and plain calls between rule calls do not evict the compiled rules.
    static LAST: [Cached; 2] = const { [RefCell::new(None), RefCell::new(None)] };
}

/// A redactor kept with the options it was built from.
#[cfg(feature = "std")]
type Cached = RefCell<Option<(Spec, Rc<Redactor>)>>;

#[wasm_bindgen(inline_js = r#"
function assembleOne(text, pieces, spans, names, from, to, p) {
  const n = to - from;
  const findings = new Array(n);
  if (n === 0) return { text, findings };
  const parts = new Array(2 * n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = 4 * (from + i);
    const start = spans[s], end = spans[s + 1], piece = spans[s + 2];
    parts[2 * i] = text.slice(at, start);
    parts[2 * i + 1] = pieces.slice(p, piece);
    findings[i] = { kind: names[spans[s + 3]], start, end };
    at = end;
    p = piece;
  }
  parts[2 * n] = text.slice(at);
  return { text: parts.join(""), findings };
}
const WORD = "[きキぜゼれレまマいイさサよヨろロなナはハにニしシごゴくク][ゅュろロいイるルちチんンくクなナ]?[うウー]?[ \\t\\u3000\\u00a0、・,\\-の]*";
const SPOKEN = new RegExp(`(?:${WORD}){3}`);
const SPOKEN_TWO = new RegExp(`(?:${WORD}){2}`);
const SPOKEN_EN = /(?:\b(?:zero|one|two|three|four|five|six|seven|eight|nine|rei|maru|ichi|ni|san|yon|shichi|shi|go|roku|nana|hachi|kyuu|kyu|ku)\b[ ,\/-]*){2}/i;
const SPOKEN_KATA = /(?:(?:ゼロ|ワン|ツー|スリー|フォー|ファイブ|シックス|セブン|エイト|ナイン)[ \t\u3000\u00a0、・,\-の]*){3}/;
export function mayHoldValues(text, email) {
  return /[0-9０-９〇一二三四五六七八九①-⑨⓪\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u1040-\u1049]/.test(text) || (email && /[@＠]|アットマーク|あっとまーく|ｱｯﾄﾏｰｸ|[([]at[)\]]/i.test(text)) || SPOKEN.test(text) || (text.includes("枝番") && SPOKEN_TWO.test(text)) || SPOKEN_EN.test(text) || SPOKEN_KATA.test(text);
}
export function assemble(text, pieces, spans, names) {
  return assembleOne(text, pieces, spans, names, 0, spans.length / 4, 0);
}
export function assembleMany(texts, pieces, spans, names, counts) {
  const out = new Array(texts.length);
  let from = 0, p = 0;
  for (let i = 0; i < texts.length; i++) {
    const to = from + counts[i];
    out[i] = assembleOne(texts[i], pieces, spans, names, from, to, p);
    if (to > from) p = spans[4 * to - 2];
    from = to;
  }
  return out;
}
export function gather(texts) {
  const n = texts.length;
  const lengths = new Uint32Array(n);
  let units = 0;
  for (let i = 0; i < n; i++) {
    let t;
    try { t = texts[i]; } catch { return { at: i, threw: true }; }
    if (typeof t !== "string") return { at: i, threw: false };
    lengths[i] = t.length;
    units += t.length;
    if (units > 0x2000000) return { units };
  }
  return { joined: texts.join(""), lengths };
}
"#)]
extern "C" {
    /// Builds `{ text, findings }` on the JavaScript side in one call: `spans` holds
    /// (start, end, end of its replacement in `pieces`, index in `names`) per finding.
    fn assemble(text: &JsValue, pieces: &str, spans: &[u32], names: &js_sys::Array) -> JsValue;
    /// Whether `text` has a digit (ASCII, full-width, kanji, circled, or of the
    /// scripts the core reads: Arabic-Indic to Myanmar), two digits said in
    /// English or romaji in a row, three
    /// digits spoken as kana in a row (two where a 枝番 is spoken of; marks and
    /// spaces between them let in more than the core asks), or with `email` an `@`,
    /// `＠` or a word for it: what the core asks before it reads a text
    /// (`may_hold_values`), never less.
    #[wasm_bindgen(js_name = mayHoldValues)]
    fn may_hold_values(text: &JsValue, email: bool) -> bool;
    /// [`assemble`] for a batch: `counts[i]` findings of `spans` belong to `texts[i]`.
    #[cfg(feature = "batch")]
    #[wasm_bindgen(js_name = assembleMany)]
    fn assemble_many(
        texts: &JsValue,
        pieces: &str,
        spans: &[u32],
        names: &js_sys::Array,
        counts: &[u32],
    ) -> JsValue;
    /// The strings of array `texts` joined, and their lengths; or where an entry is not
    /// a string (`at`, `threw`), or the total length once it is over the limit (`units`).
    #[cfg(feature = "batch")]
    fn gather(texts: &JsValue) -> JsValue;
}

/// What the calls of one `redact` or `redactMany` produce, for the glue to splice:
/// the replacements as one string, four numbers per finding, the kinds' names.
struct Output {
    pieces: String,
    spans: Vec<u32>,
    names: js_sys::Array,
    kinds: Vec<Kind>,
    /// The findings so far, and the UTF-16 units of the output so far.
    findings: usize,
    units: u32,
    /// The UTF-16 units of `pieces`.
    piece_units: u32,
}

impl Output {
    fn new() -> Self {
        Output {
            pieces: String::new(),
            spans: Vec::new(),
            names: js_sys::Array::new(),
            kinds: Vec::new(),
            findings: 0,
            units: 0,
            piece_units: 0,
        }
    }

    /// Finds and renders what `redactor` finds in `input`, refusing (with a
    /// `RangeError`) a call that goes over [`MAX_FINDINGS`] or [`MAX_OUTPUT_UNITS`] as
    /// soon as that is known. Returns how many findings `input` has.
    fn add(
        &mut self,
        redactor: &Redactor,
        rules: usize,
        input: &str,
        func: &str,
    ) -> Result<u32, JsValue> {
        let left = MAX_FINDINGS - self.findings;
        // Each match of a rule covers at least one byte: only a text of more than
        // `left` bytes per rule can have too many, and only such a text is counted,
        // before the redactor collects every match (a rule such as `.` on 32 Mi units
        // would take gigabytes). Counting keeps no match and stops at the bound.
        let count = rules.saturating_mul(input.len()) > left;
        let too_many = || {
            super::range_error_of(&[
                func,
                ": the text has more than ",
                &decimal(MAX_FINDINGS as u64),
                " findings, the limit of one call: redact it in smaller pieces",
            ])
        };
        if count && redactor.rule_matches(input, left + 1) > left {
            return Err(super::range_error_of(&[
                func,
                ": `options.rules` match the text more than ",
                &decimal(MAX_FINDINGS as u64),
                " times, the limit of findings of one call: redact it in smaller pieces",
            ]));
        }
        let found = redactor.find(input);
        if found.len() > left {
            return Err(too_many());
        }
        self.findings += found.len();
        let too_long = || {
            super::range_error_of(&[
                func,
                ": the redacted text would be longer than ",
                &decimal(MAX_OUTPUT_UNITS.into()),
                " UTF-16 code units, the limit of one call: redact it in smaller pieces \
                     or use shorter labels",
            ])
        };
        let mut cursor = Utf16Cursor::new(input);
        // The output of this text so far: the text kept between findings and the
        // replacements, and where the text kept last ended.
        let (mut output, mut kept_to) = (0u32, 0u32);
        self.spans.reserve(found.len() * 4);
        for f in &found {
            let before = self.pieces.len();
            redactor.render(input, f, &mut self.pieces);
            let added = self.pieces.get(before..).map_or(0, utf16_len);
            let added = u32::try_from(added).unwrap_or(u32::MAX);
            let name = match self.kinds.iter().position(|k| *k == f.kind) {
                Some(i) => i,
                None => {
                    self.names.push(&JsValue::from_str(f.kind.as_str()));
                    self.kinds.push(f.kind.clone());
                    self.kinds.len() - 1
                }
            };
            // The input is at most MAX_INPUT_UNITS code units: every offset fits.
            let start = cursor.to_utf16(f.start) as u32;
            let end = cursor.to_utf16(f.end) as u32;
            output = output
                .saturating_add(start.saturating_sub(kept_to))
                .saturating_add(added);
            kept_to = end;
            if self.units.saturating_add(output) > MAX_OUTPUT_UNITS {
                return Err(too_long());
            }
            self.piece_units = self.piece_units.saturating_add(added);
            self.spans
                .extend_from_slice(&[start, end, self.piece_units, name as u32]);
        }
        let length = cursor.to_utf16(input.len()) as u32;
        output = output.saturating_add(length.saturating_sub(kept_to));
        self.units = self.units.saturating_add(output);
        if self.units > MAX_OUTPUT_UNITS {
            return Err(too_long());
        }
        Ok(found.len() as u32)
    }
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
pub fn redact(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    const FUNC: &str = "redact";
    let js = super::check_string(&text, FUNC, "text")?;
    let spec = read_options(&options, FUNC)?;
    // Text that cannot hold a value (no digit; no `@` when addresses are asked for) is
    // not even copied into the module: the core would find nothing in it.
    let email = spec
        .kinds
        .as_ref()
        .is_some_and(|k| k.contains(&Kind::Email));
    if spec.rules.is_empty() && !may_hold_values(&text, email) {
        return Ok(assemble(&text, "", &[], &js_sys::Array::new()));
    }
    // Lone surrogates become U+FFFD, one code unit for one, so offsets stay valid.
    let input = super::rust_string(js);
    let rules = spec.rules.len();
    let redactor = redactor_for(spec, FUNC)?;
    let mut out = Output::new();
    out.add(&redactor, rules, &input, FUNC)?;
    Ok(assemble(&text, &out.pieces, &out.spans, &out.names))
}

/// `redactMany(texts, options?) -> RedactResult[]`: [`redact`] of each text with one
/// set of options, crossing into the module once for the batch. The texts come in
/// as one joined string and their lengths, and go back as one call that splices
/// each result from its own string (the very string when nothing is found).
///
/// The limits of one call hold for the batch as a whole: 32 Mi UTF-16 code units in
/// all, [`MAX_FINDINGS`] findings, [`MAX_OUTPUT_UNITS`] units of output.
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = redactMany, skip_typescript)]
pub fn redact_many(texts: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    const FUNC: &str = "redactMany";
    if !super::is_array(&texts) {
        return Err(super::type_error_of(&[
            FUNC,
            ": `texts` must be an array of strings, got ",
            super::describe(&texts),
        ]));
    }
    let gathered = gather(&texts);
    let field = |key: &str| Reflect::get(&gathered, &JsValue::from_str(key)).unwrap_or_default();
    if let Some(at) = field("at").as_f64() {
        let value = Reflect::get(&texts, &JsValue::from_f64(at)).unwrap_or_default();
        let at = decimal(u64::from(at as u32));
        return Err(super::type_error(&if field("threw").is_truthy() {
            super::concat(&[
                FUNC,
                ": reading `texts[",
                &at,
                "]` threw; pass a plain array",
            ])
        } else {
            super::concat(&[
                FUNC,
                ": `texts[",
                &at,
                "]` must be a string, got ",
                super::describe(&value),
            ])
        }));
    }
    if field("units").as_f64().is_some() {
        return Err(super::range_error_of(&[
            FUNC,
            ": the texts are more than ",
            &decimal(super::MAX_INPUT_UNITS.into()),
            " UTF-16 code units long in all, the limit of one call: pass fewer texts at \
                 a time",
        ]));
    }
    let spec = read_options(&options, FUNC)?;
    let rules = spec.rules.len();
    let redactor = redactor_for(spec, FUNC)?;
    let joined = field("joined").as_string().unwrap_or_default();
    let lengths = js_sys::Uint32Array::from(field("lengths")).to_vec();
    let mut out = Output::new();
    let mut counts = Vec::with_capacity(lengths.len());
    for text in Batch::new(&joined, &lengths) {
        counts.push(out.add(&redactor, rules, &text, FUNC)?);
    }
    Ok(assemble_many(
        &texts,
        &out.pieces,
        &out.spans,
        &out.names,
        &counts,
    ))
}

#[cfg(feature = "batch")]
/// The texts of a batch, cut out of their joined UTF-8 by their UTF-16 lengths.
///
/// Joining can pair a lone high surrogate at the end of one text with a lone low
/// surrogate at the start of the next: such a character is cut in two U+FFFD, what
/// each text alone would have become (one code unit for one, so offsets hold).
struct Batch<'a> {
    rest: &'a str,
    lengths: std::slice::Iter<'a, u32>,
    /// The next text starts with U+FFFD, the second half of a character cut in two.
    split: bool,
}

#[cfg(feature = "batch")]
impl<'a> Batch<'a> {
    fn new(joined: &'a str, lengths: &'a [u32]) -> Self {
        Batch {
            rest: joined,
            lengths: lengths.iter(),
            split: false,
        }
    }
}

#[cfg(feature = "batch")]
impl<'a> Iterator for Batch<'a> {
    type Item = alloc::borrow::Cow<'a, str>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut units = *self.lengths.next()? as usize;
        let starts_split = core::mem::take(&mut self.split);
        if starts_split {
            units = units.saturating_sub(1);
        }
        let mut end = 0;
        let mut chars = self.rest.char_indices();
        while units > 0 {
            let Some((i, c)) = chars.next() else { break };
            if c.len_utf16() > units {
                // A pair cut by the end of this text.
                self.split = true;
                end = i;
                break;
            }
            units -= c.len_utf16();
            end = i + c.len_utf8();
        }
        let text = self.rest.get(..end).unwrap_or("");
        self.rest = self.rest.get(end..).unwrap_or("");
        if self.split {
            // Skip the character cut in two: its halves are the U+FFFD on each side.
            let mut rest = self.rest.chars();
            rest.next();
            self.rest = rest.as_str();
        }
        Some(match (starts_split, self.split) {
            (false, false) => alloc::borrow::Cow::Borrowed(text),
            (a, b) => {
                let mut owned = String::with_capacity(text.len() + 6);
                if a {
                    owned.push('\u{FFFD}');
                }
                owned.push_str(text);
                if b {
                    owned.push('\u{FFFD}');
                }
                alloc::borrow::Cow::Owned(owned)
            }
        })
    }
}

/// The redactor for `spec`: without std (the browser build, whose calls are a
/// form's few), built for each call; with it, the one kept for the same options.
#[cfg(not(feature = "std"))]
pub(crate) fn redactor_for(spec: Spec, func: &str) -> Result<Rc<Redactor>, JsValue> {
    Ok(Rc::new(build(&spec, func)?))
}

#[cfg(feature = "std")]
pub(crate) fn redactor_for(spec: Spec, func: &str) -> Result<Rc<Redactor>, JsValue> {
    let slot = usize::from(!spec.rules.is_empty());
    // `try_with`: a thread's values are never torn down here, and `with` would
    // bring the formatting of its panic into the module.
    let cached = LAST
        .try_with(|last| {
            last.get(slot).and_then(|cell| {
                cell.try_borrow()
                    .ok()?
                    .as_ref()
                    .filter(|(s, _)| *s == spec)
                    .map(|(_, r)| Rc::clone(r))
            })
        })
        .ok()
        .flatten();
    if let Some(r) = cached {
        return Ok(r);
    }
    let r = Rc::new(build(&spec, func)?);
    let _kept = LAST.try_with(|last| {
        // `try_`: no borrow is held here, and `borrow_mut` would bring its panic in.
        if let Some(mut cell) = last.get(slot).and_then(|cell| cell.try_borrow_mut().ok()) {
            *cell = Some((spec, Rc::clone(&r)));
        }
    });
    Ok(r)
}

fn build(spec: &Spec, func: &str) -> Result<Redactor, JsValue> {
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
    // Without the `rules` feature only rules make building fail, and
    // `read_rules` has refused them already.
    #[cfg(not(feature = "rules"))]
    return b.build().map_err(|_| unavailable(func));
    #[cfg(feature = "rules")]
    b.build().map_err(|e| match e {
        mamori::redact::RedactError::InvalidPattern { index, reason } => {
            let err = js_sys::SyntaxError::new(&super::concat(&[
                func,
                ": `options.rules[",
                &decimal(index as u64),
                "].pattern` is not a valid regular expression: ",
                &reason,
            ]));
            let _ = Reflect::set(&err, &"code".into(), &"invalid_pattern".into());
            err.into()
        }
        mamori::redact::RedactError::RulesUnavailable => unavailable(func),
        // The core's own message, through its `Display`: only the Node build, which
        // has rules, can get here, and none of the other errors can (the options
        // are read and checked first).
        other => super::type_error_of(&[func, ": ", &other.to_string()]),
    })
}

/// The error of a call with rules to a build without them.
fn unavailable(func: &str) -> JsValue {
    super::coded_error(
        "rules_unavailable",
        &super::concat(&[
            func,
            ": `options.rules` needs the Node build of mamori; the browser build leaves out \
             regular expressions to stay small",
        ]),
    )
}

/// The redactor's options `options` asks for; `undefined` (or absent) and `null` are
/// the defaults.
pub(crate) fn read_options(options: &JsValue, func: &str) -> Result<Spec, JsValue> {
    let mut spec = Spec {
        kinds: None,
        style: Style::Mask,
        keep_last: mamori::redact::DEFAULT_KEEP_LAST,
        rules: Rules::default(),
    };
    if options.is_undefined() || options.is_null() {
        return Ok(spec);
    }
    if !super::is_record(options) {
        return Err(super::type_error_of(&[
            func,
            ": `options` must be an object, got ",
            super::describe(options),
        ]));
    }
    let kinds = super::get(options, "kinds", func, "options")?;
    if !kinds.is_undefined() {
        spec.kinds = Some(read_kinds(&kinds, func)?);
    }
    let style = super::get(options, "style", func, "options")?;
    if !style.is_undefined() {
        let name = match super::short_string(&style, MAX_NAME_UNITS) {
            Ok(Some(name)) => name,
            Ok(None) => {
                return Err(super::type_error_of(&[
                    func,
                    ": `options.style` must be \"mask\", \"label\" or \"partial\", got ",
                    super::describe(&style),
                ]))
            }
            // Longer than any name: not copied, not a style.
            Err(length) => {
                return Err(super::type_error_of(&[
                    func,
                    ": `options.style` is a string of ",
                    &decimal(length.into()),
                    " UTF-16 code units; expected \"mask\", \"label\" or \"partial\"",
                ]))
            }
        };
        // Looked up here rather than parsed: the core's error (its name copied,
        // cut to 40 characters) would be built only to be dropped.
        spec.style = match name.as_str() {
            "mask" => Some(Style::Mask),
            "label" => Some(Style::Label),
            "partial" => Some(Style::Partial),
            _ => None,
        }
        .ok_or_else(|| {
            super::type_error_of(&[
                func,
                ": `options.style` is ",
                &quote(&clip(&name)),
                "; expected \"mask\", \"label\" or \"partial\"",
            ])
        })?;
    }
    let keep = super::get(options, "keepLast", func, "options")?;
    if !keep.is_undefined() {
        spec.keep_last = match keep.as_f64() {
            Some(n) if n >= 0.0 && n % 1.0 == 0.0 && n <= f64::from(u32::MAX) => n as usize,
            _ => {
                return Err(super::type_error_of(&[
                    func,
                    ": `options.keepLast` must be a whole number from 0 up, got ",
                    super::describe(&keep),
                ]))
            }
        };
    }
    let rules = super::get(options, "rules", func, "options")?;
    if !rules.is_undefined() {
        spec.rules = read_rules(&rules, func)?;
    }
    Ok(spec)
}

/// Without the `rules` feature no rule can run: a list of rules is checked to be
/// an array and refused when it is not empty, each rule unread.
#[cfg(not(feature = "rules"))]
fn read_rules(value: &JsValue, func: &str) -> Result<Rules, JsValue> {
    if rule_entries(value, func)?.is_empty() {
        Ok([])
    } else {
        Err(unavailable(func))
    }
}

/// The entries of `options.rules`.
fn rule_entries(value: &JsValue, func: &str) -> Result<Vec<JsValue>, JsValue> {
    entries(value, "rules", "{ kind, pattern, label? } objects", func)
}

/// The entries of array option `name`. Read through `catch` bindings only: the
/// array may be a Proxy, or have getters, that throw.
fn entries(value: &JsValue, name: &str, what: &str, func: &str) -> Result<Vec<JsValue>, JsValue> {
    let arg = super::concat(&["options.", name]);
    if !super::is_array(value) {
        return Err(super::type_error_of(&[
            func,
            ": `",
            &arg,
            "` must be an array of ",
            what,
            ", got ",
            super::describe(value),
        ]));
    }
    let length = super::get(value, "length", func, &arg)?
        .as_f64()
        .filter(|n| *n >= 0.0 && n % 1.0 == 0.0)
        .ok_or_else(|| {
            super::type_error_of(&[
                func,
                ": `",
                &arg,
                ".length` is not a length; pass a plain array",
            ])
        })?;
    if length > f64::from(MAX_ENTRIES) {
        // Not the length itself: a float (or a `u64`, as a Proxy may say anything)
        // would bring its printer into the browser download for this one message.
        let max = decimal(MAX_ENTRIES.into());
        return Err(super::range_error_of(&[
            func,
            ": `",
            &arg,
            "` has more than ",
            &max,
            " entries; the limit is ",
            &max,
        ]));
    }
    // A loop rather than `collect` into a `Result`: less code in the download.
    let mut items = Vec::new();
    for i in 0..length as u32 {
        let item = Reflect::get(value, &JsValue::from(i)).map_err(|_| {
            super::type_error_of(&[
                func,
                ": reading `",
                &arg,
                "[",
                &decimal(i.into()),
                "]` threw; pass a plain array",
            ])
        })?;
        items.push(item);
    }
    Ok(items)
}

fn read_kinds(value: &JsValue, func: &str) -> Result<Vec<Kind>, JsValue> {
    let mut kinds = Vec::new();
    for (i, entry) in entries(value, "kinds", "kind names", func)?
        .iter()
        .enumerate()
    {
        // What is wrong with the entry, if anything: one message around it.
        let problem = match super::short_string(entry, MAX_NAME_UNITS) {
            // Looked up rather than parsed, as the style is.
            Ok(Some(name)) => match Kind::ALL.iter().find(|k| k.as_str() == name) {
                Some(kind) => {
                    kinds.push(kind.clone());
                    continue;
                }
                None => super::concat(&["is ", &quote(&clip(&name)), ", not a kind"]),
            },
            Ok(None) => super::concat(&[
                "must be a kind name (a string), got ",
                super::describe(entry),
            ]),
            // Longer than any name: not copied, not a kind.
            Err(length) => super::concat(&[
                "is a string of ",
                &decimal(length.into()),
                " UTF-16 code units, not a kind",
            ]),
        };
        return Err(super::type_error_of(&[
            func,
            ": `options.kinds[",
            &decimal(i as u64),
            "]` ",
            &problem,
            "; valid kinds: ",
            &kind_names(),
        ]));
    }
    Ok(kinds)
}

/// The built-in kinds' names, comma-separated, for error messages: what
/// `Kind::names()` prints, without the formatting machinery.
fn kind_names() -> String {
    let mut names = String::new();
    for kind in &Kind::ALL {
        if !names.is_empty() {
            names.push_str(", ");
        }
        names.push_str(kind.as_str());
    }
    names
}

#[cfg(feature = "rules")]
fn read_rules(value: &JsValue, func: &str) -> Result<Rules, JsValue> {
    rule_entries(value, func)?
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            let arg = super::concat(&["options.rules[", &decimal(i as u64), "]"]);
            if !super::is_record(rule) {
                return Err(super::type_error_of(&[
                    func,
                    ": `",
                    &arg,
                    "` must be an object { kind, pattern, label? }, got ",
                    super::describe(rule),
                ]));
            }
            let field = |key: &str, optional: bool, max: u32| -> Result<Option<String>, JsValue> {
                let v = super::get(rule, key, func, &arg)?;
                if optional && v.is_undefined() {
                    return Ok(None);
                }
                match super::short_string(&v, max) {
                    Ok(Some(s)) if key != "kind" || !s.is_empty() => Ok(Some(s)),
                    Err(length) => Err(super::range_error_of(&[
                        func,
                        ": `",
                        &arg,
                        ".",
                        key,
                        "` is ",
                        &decimal(length.into()),
                        " UTF-16 code units long; the limit is ",
                        &decimal(max.into()),
                    ])),
                    Ok(s) => Err(super::type_error_of(&[
                        func,
                        ": `",
                        &arg,
                        ".",
                        key,
                        "` must be a ",
                        if key == "kind" { "non-empty " } else { "" },
                        "string, got ",
                        if s.is_some() {
                            "an empty string"
                        } else {
                            super::describe(&v)
                        },
                    ])),
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
    let end = s.char_indices().nth(40).map_or(s.len(), |(at, _)| at);
    s.get(..end).unwrap_or(s).to_owned()
}
