//! The JP territory of libphonenumber's metadata, read from the pinned XML.

use crate::xml::{self, Element};

/// The region the table is generated for.
pub const REGION: &str = "JP";

/// libphonenumber's order of checks in getNumberType (after the general
/// description): XML element, Rust variant.
pub const TYPE_ORDER: [(&str, &str); 10] = [
    ("premiumRate", "PremiumRate"),
    ("tollFree", "TollFree"),
    ("sharedCost", "SharedCost"),
    ("voip", "Voip"),
    ("personalNumber", "PersonalNumber"),
    ("pager", "Pager"),
    ("uan", "Uan"),
    ("voicemail", "Voicemail"),
    ("fixedLine", "FixedLine"),
    ("mobile", "Mobile"),
];

/// A number description: its pattern and possible national lengths.
pub struct Desc {
    pub pattern: String,
    pub lengths: Vec<u32>,
}

/// A number format as the metadata gives it.
pub struct NumberFormat {
    pub pattern: String,
    pub format: String,
    pub leading: Vec<String>,
    /// The national-prefix formatting rule, `$NP` and `$FG` replaced.
    pub np_rule: Option<String>,
}

/// What the generator needs of one territory.
pub struct Territory {
    pub country_code: String,
    pub international_prefix: String,
    pub national_prefix: String,
    /// national_prefix_for_parsing, white space removed; the national prefix when absent.
    pub npfp: String,
    pub transform: Option<String>,
    pub general: Desc,
    /// The number types present, by XML element name, in [`TYPE_ORDER`].
    pub types: Vec<(&'static str, Desc)>,
    pub formats: Vec<NumberFormat>,
}

fn strip_ws(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// possibleLengths syntax: "9", "8,10", "[8-17]", "[6-8],10".
fn parse_lengths(spec: &str) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    let bad = || format!("possibleLengths: cannot read {spec:?}");
    for part in spec.split(',').map(str::trim) {
        if let Some(range) = part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
            let (lo, hi) = range.split_once('-').ok_or_else(bad)?;
            let lo: u32 = number(lo).ok_or_else(bad)?;
            let hi: u32 = number(hi).ok_or_else(bad)?;
            out.extend(lo..=hi);
        } else if let Some(n) = number(part) {
            out.push(n);
        } else if !part.is_empty() {
            return Err(bad());
        }
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

fn number(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A description element as written: its pattern and, when it has them, its lengths.
struct RawDesc {
    pattern: String,
    lengths: Option<Vec<u32>>,
}

fn desc(t: &Element, name: &str) -> Result<Option<RawDesc>, String> {
    let Some(e) = t.child(name) else {
        return Ok(None);
    };
    let pattern = strip_ws(
        e.child("nationalNumberPattern")
            .map_or("", |p| p.text.as_str()),
    );
    let lengths = match e.child("possibleLengths") {
        None => None,
        Some(pl) => {
            if pl.attr("localOnly").is_some_and(|v| !v.is_empty()) {
                return Err(format!("{name}: localOnly lengths are not supported"));
            }
            let national = pl
                .attr("national")
                .ok_or_else(|| format!("{name}: possibleLengths without national"))?;
            Some(parse_lengths(national)?)
        }
    };
    Ok(Some(RawDesc { pattern, lengths }))
}

/// Reads the territory [`REGION`] of a PhoneNumberMetadata.xml document.
pub fn load_territory(text: &str) -> Result<Territory, String> {
    let root = xml::parse(text)?;
    let mut all = vec![&root];
    all.extend(root.descendants());
    let found: Vec<&Element> = all
        .into_iter()
        .filter(|e| e.name == "territory" && e.attr("id") == Some(REGION))
        .collect();
    let [t] = found[..] else {
        return Err(format!(
            "expected one territory {REGION}, found {}",
            found.len()
        ));
    };
    let np = t.attr("nationalPrefix").unwrap_or("").to_string();
    let npfp = strip_ws(t.attr("nationalPrefixForParsing").unwrap_or(""));
    let npfp = if npfp.is_empty() { np.clone() } else { npfp };

    let general = match desc(t, "generalDesc")? {
        Some(RawDesc {
            pattern,
            lengths: None,
        }) => pattern,
        _ => return Err("generalDesc must exist and carry no possibleLengths".into()),
    };
    let mut types = Vec::new();
    for (name, _) in TYPE_ORDER {
        if let Some(d) = desc(t, name)? {
            types.push((name, d));
        }
    }
    // libphonenumber's build: the general description's lengths are the union of
    // those of the number types (noInternationalDialling excluded); a type without
    // its own lengths has the general ones.
    let mut union: Vec<u32> = types
        .iter()
        .flat_map(|(_, d)| d.lengths.iter().flatten().copied())
        .collect();
    union.sort_unstable();
    union.dedup();
    let types = types
        .into_iter()
        .map(|(name, d)| {
            let lengths = d.lengths.unwrap_or_else(|| union.clone());
            let pattern = d.pattern;
            (name, Desc { pattern, lengths })
        })
        .collect();

    let default_rule = t.attr("nationalPrefixFormattingRule");
    let available = t
        .child("availableFormats")
        .ok_or("the territory has no availableFormats")?;
    let mut formats = Vec::new();
    for f in available.children("numberFormat") {
        let rule = f
            .attr("nationalPrefixFormattingRule")
            .or(default_rule)
            .map(|r| r.replace("$NP", &np).replace("$FG", "$1"))
            .filter(|r| !r.is_empty());
        formats.push(NumberFormat {
            pattern: f
                .attr("pattern")
                .ok_or("numberFormat without pattern")?
                .into(),
            format: strip_ws(f.child("format").map_or("", |e| e.text.as_str())),
            leading: f
                .children("leadingDigits")
                .map(|l| strip_ws(&l.text))
                .collect(),
            np_rule: rule,
        });
    }

    Ok(Territory {
        country_code: t.attr("countryCode").unwrap_or("").into(),
        international_prefix: t.attr("internationalPrefix").unwrap_or("").into(),
        national_prefix: np,
        npfp,
        transform: t.attr("nationalPrefixTransformRule").map(String::from),
        general: Desc {
            pattern: general,
            lengths: union,
        },
        types,
        formats,
    })
}
