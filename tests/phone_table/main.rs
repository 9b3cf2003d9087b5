//! Generates `src/phone/table.rs` from libphonenumber's JP metadata, pinned in
//! `tests/fixtures/phone/PhoneNumberMetadata-JP.xml`, and fails when the checked-in
//! table is stale or the pinned metadata is not the one its checksum names.
//!
//! Regenerate: `MAMORI_REGENERATE=1 cargo test --test phone_table`.
//!
//! No regular expression runs in mamori. The generator parses the subset of regular
//! expressions the JP metadata uses (`regex.rs`) and compiles:
//!
//! - a DFA over the ten digits ("NUMBER") that, walked over a national significant
//!   number, tells at its last state (a bit mask) whether the general description
//!   matches, which number types match and which anchored national-prefix
//!   alternatives match; a further bit marks states from which a valid number can
//!   still be reached;
//! - a second DFA ("FORMAT"), walked only over valid numbers, whose mask tells which
//!   number formats' last leading-digits pattern matches at the start (those
//!   languages are closed under extension, so "matches a prefix" is "the walk ends
//!   accepting"); two machines are smaller than their product;
//! - national_prefix_for_parsing as its alternatives in the order a backtracking
//!   engine tries them: an anchored, captured alternative becomes a DFA bit; any
//!   other alternative becomes the list of strings it matches, in backtracking
//!   priority order, so "first listed string that starts the number" is what a
//!   regex engine's match returns;
//! - number formats as their group lengths and a national template (the
//!   national-prefix formatting rule applied to the first group).
//!
//! The output is deterministic: regenerating reproduces the committed file byte for
//! byte.
#![cfg(not(target_arch = "wasm32"))]

mod dfa;
mod emit;
mod metadata;
mod regex;
mod sha256;
mod xml;

use std::path::PathBuf;

use dfa::{Pattern, LIVE_BIT};
use emit::{FormatRow, PrefixRow, Table, TypeRow};
use metadata::{NumberFormat, Territory, TYPE_ORDER};
use regex::Node;

/// The pinned metadata, relative to the crate root.
pub const SOURCE: &str = "tests/fixtures/phone/PhoneNumberMetadata-JP.xml";
/// The crate it was cut from, and the libphonenumber release that crate ships.
pub const SOURCE_CRATE: &str = "phonenumber-0.3.10+9.0.33";
pub const SOURCE_LIBPHONENUMBER: &str = "9.0.33";
/// SHA-256 of the pinned metadata. A new cut changes it, on purpose.
const SOURCE_SHA256: &str = "6ba1d229a71366a54b357ae95dd19a0ae698e64842beeab7b1926480c4ef7e9a";

const OUT: &str = "src/phone/table.rs";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `(\d{4})(\d{1,2})(\d)` -> `[(4, 4), (1, 2), (1, 1)]`.
fn format_groups(pattern: &str) -> Result<Vec<(u32, u32)>, String> {
    let bad = || format!("number format pattern {pattern:?} is not a sequence of digit groups");
    let mut groups = Vec::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        let after = rest.strip_prefix("(\\d").ok_or_else(bad)?;
        let (inside, tail) = after.split_once(')').ok_or_else(bad)?;
        let (lo, hi) = if inside.is_empty() {
            (1, 1)
        } else {
            let bounds = inside
                .strip_prefix('{')
                .and_then(|b| b.strip_suffix('}'))
                .ok_or_else(bad)?;
            let number = |s: &str| -> Result<u32, String> {
                if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(bad());
                }
                s.parse().map_err(|_| bad())
            };
            match bounds.split_once(',') {
                Some((lo, hi)) => (number(lo)?, number(hi)?),
                None => (number(bounds)?, number(bounds)?),
            }
        };
        groups.push((lo, hi));
        rest = tail;
    }
    Ok(groups)
}

/// The national format with the national-prefix formatting rule applied to the first
/// group; the characters U+0001..U+0009 stand for groups 1..9.
fn national_template(f: &NumberFormat, ngroups: usize) -> Result<String, String> {
    let rule = match &f.np_rule {
        Some(np) => f.format.replacen("$1", np, 1),
        None => f.format.clone(),
    };
    let mut out = String::new();
    let mut chars = rule.chars();
    while let Some(c) = chars.next() {
        if c == '$' {
            match chars.next().and_then(|g| g.to_digit(10)) {
                Some(g) if (1..=ngroups as u32).contains(&g) => {
                    out.push(char::from_u32(g).unwrap());
                }
                _ => return Err(format!("format {rule:?}: bad group reference")),
            }
            continue;
        }
        if matches!(c, '\\' | '"') || !(' '..='~').contains(&c) {
            return Err(format!("format {rule:?}: unsupported character {c:?}"));
        }
        out.push(c);
    }
    Ok(out)
}

/// The table's text for the metadata.
fn generate(meta: &Territory) -> Result<String, String> {
    if meta.country_code != "81" {
        return Err("unexpected country code".into());
    }
    let idd = &meta.international_prefix;
    if idd.is_empty() || !idd.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the international prefix must be a plain digit string".into());
    }
    let transform = meta.transform.as_deref();
    if !matches!(transform, None | Some("$1")) {
        return Err("only the national prefix transform rule $1 is supported".into());
    }

    let mut patterns = Vec::new();
    let mut bit = 0;
    let general_bit = bit;
    patterns.push(Pattern {
        node: regex::parse(&meta.general.pattern)?,
        bit,
        prefix_closed: false,
    });
    bit += 1;

    let mut types = Vec::new();
    for (name, variant) in TYPE_ORDER {
        let Some((_, d)) = meta.types.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        if d.pattern.is_empty() {
            continue;
        }
        patterns.push(Pattern {
            node: regex::parse(&d.pattern)?,
            bit,
            prefix_closed: false,
        });
        types.push(TypeRow {
            variant,
            bit,
            pattern: &d.pattern,
            lengths: &d.lengths,
        });
        bit += 1;
    }

    // national_prefix_for_parsing, alternative by alternative.
    let alts = match regex::parse(&meta.npfp)? {
        Node::Alt(alts) => alts,
        node => vec![node],
    };
    let mut prefixes = Vec::new();
    for alt in alts {
        let Node::Cat(items) = &alt else {
            return Err("a prefix alternative must be a sequence".into());
        };
        if let Some((Node::End, body)) = items.split_last() {
            let inner = match body {
                [Node::Group(inner, true)]
                    if !regex::has_end_or_capture(inner) && transform == Some("$1") =>
                {
                    inner
                }
                _ => {
                    return Err(
                        "an anchored prefix alternative must be `(X)$` with transform $1".into(),
                    )
                }
            };
            patterns.push(Pattern {
                node: (**inner).clone(),
                bit,
                prefix_closed: false,
            });
            prefixes.push(PrefixRow::Whole(bit));
            bit += 1;
        } else {
            if regex::has_end_or_capture(&alt) {
                return Err("captures are supported only in `(X)$` alternatives".into());
            }
            prefixes.push(PrefixRow::Literals(regex::literals(&alt)?));
        }
    }
    let whole = prefixes.iter().any(|p| matches!(p, PrefixRow::Whole(_)));
    if !whole && transform.is_some_and(|t| !t.is_empty()) {
        return Err("a transform rule needs a captured alternative".into());
    }
    if bit > LIVE_BIT {
        return Err("too many patterns for a 32-bit mask".into());
    }

    // A second DFA, walked only over valid numbers, for the formats' leading digits.
    let mut formats = Vec::new();
    let mut format_patterns = Vec::new();
    for f in &meta.formats {
        let groups = format_groups(&f.pattern)?;
        let template = national_template(f, groups.len())?;
        let fbit = match f.leading.last() {
            Some(leading) => {
                let fbit = format_patterns.len() as u32;
                format_patterns.push(Pattern {
                    node: regex::parse(leading)?,
                    bit: fbit,
                    prefix_closed: true,
                });
                Some(fbit)
            }
            None => None,
        };
        formats.push(FormatRow {
            bit: fbit,
            groups,
            template,
            format: f,
        });
    }
    if format_patterns.len() > 32 {
        return Err("too many number formats for a 32-bit mask".into());
    }

    let mut number = dfa::build(&patterns)?;
    let type_bits = types.iter().fold(0u32, |m, t| m | 1 << t.bit);
    dfa::mark_live(&mut number, |m| {
        m & (1 << general_bit) != 0 && m & type_bits != 0
    });
    // getNumberType reports FIXED_LINE_OR_MOBILE when both match; the JP plan keeps
    // them apart, which the runtime relies on.
    let bit_of = |variant: &str| types.iter().find(|t| t.variant == variant).map(|t| t.bit);
    if let (Some(fixed), Some(mobile)) = (bit_of("FixedLine"), bit_of("Mobile")) {
        if number
            .mask
            .iter()
            .any(|m| m & (1 << fixed) != 0 && m & (1 << mobile) != 0)
        {
            return Err(
                "fixed-line and mobile patterns overlap: FIXED_LINE_OR_MOBILE needed".into(),
            );
        }
    }
    let format = dfa::build(&format_patterns)?;

    emit::emit(&Table {
        meta,
        general_bit,
        types,
        prefixes,
        formats,
        number,
        format,
    })
}

#[test]
fn the_pinned_metadata_is_the_one_its_checksum_names() {
    let bytes = std::fs::read(root().join(SOURCE)).expect(SOURCE);
    assert_eq!(
        sha256::hex(&bytes),
        SOURCE_SHA256,
        "{SOURCE} changed: if on purpose (a new cut, see tests/fixtures/phone/README.md), \
         update SOURCE_SHA256 in tests/phone_table/main.rs and regenerate the table"
    );
}

#[test]
fn the_phone_table_is_up_to_date() {
    let text = std::fs::read_to_string(root().join(SOURCE)).expect(SOURCE);
    let meta = metadata::load_territory(&text).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let want = generate(&meta).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let path = root().join(OUT);
    if std::env::var_os("MAMORI_REGENERATE").is_some() {
        std::fs::write(&path, &want).expect("write the table");
        return;
    }
    let have = std::fs::read_to_string(&path).expect(OUT);
    assert!(
        have == want,
        "{OUT} is stale: run `MAMORI_REGENERATE=1 cargo test --test phone_table`"
    );
}

#[test]
fn sha256_matches_the_standard_vectors() {
    assert_eq!(
        sha256::hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        sha256::hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        sha256::hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
    assert_eq!(
        sha256::hex(&[b'a'; 1_000]),
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    );
}
