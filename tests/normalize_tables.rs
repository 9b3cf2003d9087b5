//! Generates `src/normalize/tables.rs`, the Unicode data of mamori's NFC, from the
//! `unicode-normalization` crate, and fails when the checked-in file is stale.
//!
//! Regenerate (after updating `unicode-normalization`):
//! `MAMORI_REGENERATE=1 cargo test --test normalize_tables`.
//!
//! Why a table of our own: `unicode-normalization` stores its tables for speed
//! (perfect hashes of 32-bit words) and its NFC iterator links the NFKC tables
//! too, which together cost tens of KiB in the browser download. NFC needs far
//! less: one-step canonical decompositions (without the thousand CJK compatibility
//! ideographs, which mamori keeps, and without Hangul, which is arithmetic),
//! canonical combining classes as a step function, and the starters that can
//! compose with what precedes them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
use unicode_normalization::UnicodeNormalization;

fn is_compat_ideograph(c: char) -> bool {
    matches!(c, '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}')
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn full_decomposition(c: char) -> Vec<char> {
    let mut out = Vec::new();
    decompose_canonical(c, |d| out.push(d));
    out
}

fn is_nfc_stable(c: char) -> bool {
    c.to_string().nfc().eq(std::iter::once(c))
}

/// One table entry: `c` decomposes into `first` then `second` (if any).
struct Entry {
    c: char,
    first: char,
    second: Option<char>,
    /// `c` is a primary composite: NFC composes `first` + `second` into it.
    composes: bool,
}

fn entries() -> Vec<Entry> {
    let decomposable: Vec<char> = ('\0'..='\u{10FFFF}')
        .filter(|&c| !is_hangul_syllable(c) && !is_compat_ideograph(c))
        .filter(|&c| full_decomposition(c) != [c])
        .collect();
    // Every decomposable character by its full decomposition, to find the first
    // half of a one-step decomposition that is itself a decomposable character.
    let mut by_decomposition: HashMap<Vec<char>, Vec<char>> = HashMap::new();
    for &c in &decomposable {
        by_decomposition
            .entry(full_decomposition(c))
            .or_default()
            .push(c);
    }
    let mut entries = Vec::new();
    for &c in &decomposable {
        let full = full_decomposition(c);
        assert!(
            full.iter().all(|&d| !is_compat_ideograph(d)),
            "U+{:04X}",
            c as u32
        );
        let Some((&last, prefix)) = full.split_last() else {
            unreachable!()
        };
        if prefix.is_empty() {
            entries.push(Entry {
                c,
                first: last,
                second: None,
                composes: false,
            });
            continue;
        }
        assert_eq!(
            full_decomposition(last),
            [last],
            "the second half never decomposes"
        );
        let candidates: Vec<char> = match prefix {
            [one] => vec![*one],
            _ => by_decomposition.get(prefix).cloned().unwrap_or_default(),
        };
        let composes = is_nfc_stable(c);
        let first = if composes {
            let found: Vec<char> = candidates
                .iter()
                .copied()
                .filter(|&a| compose(a, last) == Some(c))
                .collect();
            assert_eq!(found.len(), 1, "U+{:04X}: {found:?}", c as u32);
            found[0]
        } else {
            // Any character whose full decomposition is the prefix will do;
            // prefer one that NFC keeps.
            let mut sorted = candidates.clone();
            sorted.sort_by_key(|&a| (!is_nfc_stable(a), a));
            *sorted
                .first()
                .unwrap_or_else(|| panic!("U+{:04X}: no first half", c as u32))
        };
        entries.push(Entry {
            c,
            first,
            second: Some(last),
            composes,
        });
    }
    entries
}

/// The source text of `src/normalize/tables.rs`.
fn generate() -> String {
    let entries = entries();
    let seconds: Vec<char> = entries
        .iter()
        .filter_map(|e| e.second)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(seconds.len() < 128, "second halves must fit 7 bits");
    let second_index: BTreeMap<char, usize> = seconds
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, i + 1))
        .collect();
    assert!(entries.len() < 1 << 16);

    // The first half is always in the plane of the character.
    assert!(entries
        .iter()
        .all(|e| e.first as u32 >> 16 == e.c as u32 >> 16));
    // Packed for the download, in code point order, as three columns (gzip finds
    // more repeats in a column of like numbers than in the entries interleaved):
    // each character's distance from the one before (a varint); a byte `second << 1
    // | composes` per entry; and how far the first half is below the character, as
    // a zigzag varint of its change from the entry before (runs of accented
    // letters share the change: À Á Â… lie as far above A as the next run above E).
    let (mut decomposed, mut seconds_packed, mut firsts) = (Vec::new(), Vec::new(), Vec::new());
    let (mut last_c, mut last_back) = (0i64, 0i64);
    for e in &entries {
        let (c, first) = (i64::from(e.c as u32), i64::from(e.first as u32));
        varint(&mut decomposed, (c - last_c) as u64);
        seconds_packed
            .push((e.second.map_or(0, |s| second_index[&s]) as u8) << 1 | u8::from(e.composes));
        varint(&mut firsts, zigzag((c - first) - last_back));
        (last_c, last_back) = (c, c - first);
    }

    // Canonical combining classes as a step function, in two columns: each run's
    // start as its distance from the start before (a varint), and its class.
    let (mut combining_starts, mut combining_classes) = (Vec::new(), Vec::new());
    let (mut current, mut last_start) = (0u8, 0u32);
    for c in '\0'..='\u{10FFFF}' {
        let class = canonical_combining_class(c);
        if class != current {
            varint(&mut combining_starts, u64::from(c as u32 - last_start));
            combining_classes.push(class);
            (current, last_start) = (class, c as u32);
        }
    }

    // Starters that may compose with the character before them (Hangul jamo
    // aside): the second halves of compositions with class 0, and the characters
    // whose decomposition starts with one of those.
    let seconds_of_starters: BTreeSet<char> = entries
        .iter()
        .filter(|e| e.composes)
        .filter_map(|e| e.second)
        .filter(|&s| canonical_combining_class(s) == 0 && !('\u{1100}'..='\u{11FF}').contains(&s))
        .collect();
    let composing_starters: BTreeSet<u32> = entries
        .iter()
        .filter(|e| {
            full_decomposition(e.c)
                .first()
                .is_some_and(|d| seconds_of_starters.contains(d))
        })
        .map(|e| e.c as u32)
        .chain(seconds_of_starters.iter().map(|&s| s as u32))
        .collect();

    // Which 32-code-point blocks of the BMP hold any data, so that lookups can
    // skip the binary search for the rest (kanji, most kana, Latin…).
    let blocks = |chars: &mut dyn Iterator<Item = u32>| {
        let mut bits = vec![0u32; 64];
        for c in chars.filter(|&c| c < 0x10000) {
            bits[(c >> 10) as usize] |= 1 << ((c >> 5) & 31);
        }
        bits
    };
    let decomposition_blocks = blocks(&mut entries.iter().map(|e| e.c as u32));
    let combining_blocks = blocks(
        &mut ('\0'..='\u{FFFF}')
            .filter(|&c| canonical_combining_class(c) != 0)
            .map(|c| c as u32),
    );

    let (major, minor, update) = unicode_normalization::UNICODE_VERSION;
    let mut out = String::new();
    out.push_str(
        "// @generated by tests/normalize_tables.rs from the unicode-normalization crate.\n",
    );
    out.push_str("// Regenerate: `MAMORI_REGENERATE=1 cargo test --test normalize_tables`.\n");
    out.push_str("//! Unicode data for NFC: one-step canonical decompositions (the composition\n");
    out.push_str(
        "//! pairs are derived from them), canonical combining classes. Hangul syllables\n",
    );
    out.push_str("//! and CJK compatibility ideographs are left out (arithmetic, and kept as they\n//! are). Packed small for the download, unpacked once on first use (`unicode.rs`).\n\n");
    writeln!(out, "/// The Unicode version of the data.").unwrap();
    writeln!(
        out,
        "pub(super) const UNICODE_VERSION: (u8, u8, u8) = ({major}, {minor}, {update});\n"
    )
    .unwrap();
    bytes(
        &mut out,
        "The characters with a one-step canonical decomposition, in code point order:\n/// each one's distance from the one before, as a varint (7 bits a byte, low first,\n/// the high bit set on all but the last byte).",
        "DECOMPOSED",
        &decomposed,
    );
    bytes(
        &mut out,
        "Per character of [`DECOMPOSED`], a byte `second << 1 | composes`: `second`\n/// indexes [`SECONDS`] from 1 (0: a singleton) and `composes` marks a primary\n/// composite.",
        "DECOMPOSITION_SECONDS",
        &seconds_packed,
    );
    bytes(
        &mut out,
        "Per character of [`DECOMPOSED`], the first half of its decomposition (itself\n/// perhaps decomposable): how far below the character it is, as a zigzag varint of\n/// the change from that of the character before.",
        "DECOMPOSITION_FIRSTS",
        &firsts,
    );
    array(
        &mut out,
        "The second halves of decompositions (never decomposable).",
        "SECONDS",
        "u32",
        &seconds.iter().map(|&c| c as u32).collect::<Vec<_>>(),
        8,
    );
    bytes(
        &mut out,
        "Canonical combining classes as a step function: the start of each run, as its\n/// distance from the start before (a varint, as in [`DECOMPOSED`]).",
        "COMBINING_STARTS",
        &combining_starts,
    );
    bytes(
        &mut out,
        "The class of each run of [`COMBINING_STARTS`], up to the next start.",
        "COMBINING_CLASSES",
        &combining_classes,
    );
    array(
        &mut out,
        "Starters (class 0) that may compose with the character before them, Hangul aside.",
        "COMPOSING_STARTERS",
        "u32",
        &composing_starters.into_iter().collect::<Vec<_>>(),
        8,
    );
    let blocks_doc = "Blocks of 32 code points of the BMP, one bit each (bit `b & 31` of word `b >> 5`\n/// for block `b = c >> 5`): set where";
    array(
        &mut out,
        &format!("{blocks_doc} [`DECOMPOSED`] has a character."),
        "DECOMPOSITION_BLOCKS",
        "u32",
        &decomposition_blocks,
        8,
    );
    array(
        &mut out,
        &format!("{blocks_doc} a character has a combining class other than 0."),
        "COMBINING_BLOCKS",
        "u32",
        &combining_blocks,
        8,
    );
    out
}

/// Appends `n` to `out` as a varint: 7 bits a byte, low bits first, the high bit
/// set on every byte but the last.
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n & 0x7F) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// `n` with its sign in the low bit (0, -1, 1, -2… → 0, 1, 2, 3…).
fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn bytes(out: &mut String, doc: &str, name: &str, values: &[u8]) {
    writeln!(out, "/// {doc}").unwrap();
    writeln!(out, "pub(super) const {name}: &[u8] = &[").unwrap();
    for line in values.chunks(20) {
        let items: Vec<String> = line.iter().map(|v| v.to_string()).collect();
        writeln!(out, "    {},", items.join(", ")).unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

fn array(out: &mut String, doc: &str, name: &str, ty: &str, values: &[u32], per_line: usize) {
    writeln!(out, "/// {doc}").unwrap();
    writeln!(out, "pub(super) const {name}: &[{ty}] = &[").unwrap();
    for line in values.chunks(per_line) {
        let items: Vec<String> = line.iter().map(|v| format!("0x{v:X}")).collect();
        writeln!(out, "    {},", items.join(", ")).unwrap();
    }
    writeln!(out, "];\n").unwrap();
}

#[test]
fn the_nfc_tables_are_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/normalize/tables.rs");
    let want = generate();
    if std::env::var_os("MAMORI_REGENERATE").is_some() {
        std::fs::write(&path, &want).expect("write the tables");
        return;
    }
    let have = std::fs::read_to_string(&path).expect("src/normalize/tables.rs");
    assert!(
        have == want,
        "src/normalize/tables.rs is stale: run `MAMORI_REGENERATE=1 cargo test --test normalize_tables`"
    );
}
