//! Lookups in the generated Unicode data (`tables.rs`): canonical combining
//! classes, canonical decomposition and composition, and a per-character NFC
//! quick check. Hangul syllables are computed (Unicode §3.12); CJK compatibility
//! ideographs are not decomposed at all.

use crate::prelude::*;
use core::cmp::Ordering;

use super::tables::{
    COMBINING_BLOCKS, COMBINING_CLASSES, COMBINING_STARTS, COMPOSING_STARTERS, DECOMPOSED,
    DECOMPOSITION_BLOCKS, DECOMPOSITION_FIRSTS, DECOMPOSITION_SECONDS, SECONDS,
};

/// The tables unpacked for lookups: binary searches over sorted arrays.
struct Data {
    /// Canonical decompositions by code point: `c << 8 | second << 1 | composes`,
    /// where `second` indexes [`SECONDS`] from 1 (0: a singleton) and `composes`
    /// marks a primary composite.
    decomposition: Vec<u32>,
    /// The first half of each decomposition of `decomposition`.
    first: Vec<char>,
    /// Indices into `decomposition` of the primary composites, by (first, second).
    composition: Vec<u16>,
    /// Canonical combining classes: `start << 8 | class`, each up to the next start.
    combining: Vec<u32>,
}

/// The two halves of a canonical decomposition.
type Pair = (char, Option<char>);

/// The unpacked tables, unpacked on first use (a fraction of a millisecond, once).
fn data() -> &'static Data {
    crate::once::built_once!(Data, unpack())
}

/// Reads a varint (see [`DECOMPOSED`]) from `bytes` at `at`, moving `at` past it.
fn varint(bytes: &[u8], at: &mut usize) -> u32 {
    let mut n = 0u32;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        n |= u32::from(b & 0x7F).checked_shl(shift).unwrap_or(0);
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    n
}

fn unpack() -> Data {
    let (mut decomposition, mut first) = (Vec::new(), Vec::new());
    // The three columns of the table, read side by side.
    let (mut gaps, mut firsts, mut c, mut below) = (0, 0, 0u32, 0u32);
    for &packed in DECOMPOSITION_SECONDS {
        c = c.wrapping_add(varint(DECOMPOSED, &mut gaps));
        let zigzag = varint(DECOMPOSITION_FIRSTS, &mut firsts);
        below = below.wrapping_add((zigzag >> 1) ^ (zigzag & 1).wrapping_neg());
        decomposition.push(c << 8 | u32::from(packed));
        first.push(char::from_u32(c.wrapping_sub(below)).unwrap_or('\0'));
    }
    // The primary composites by (first, second), each pair once. Sorted by
    // insertion, once (some 170,000 swaps, a fraction of a millisecond): its code
    // is a fraction of the size of `sort_by_key`'s or a binary heap's.
    let mut pairs: Vec<(Option<Pair>, u16)> = Vec::new();
    for (i, &p) in decomposition.iter().enumerate() {
        if let (1, Ok(at)) = (p & 1, u16::try_from(i)) {
            let pair = entry_in(&decomposition, &first, i).map(|d| (d.first, d.second));
            let mut j = pairs.len();
            pairs.push((pair, at));
            while j > 0 && pairs.get(j - 1) > pairs.get(j) {
                pairs.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut composition = Vec::new();
    for &(_, i) in &pairs {
        composition.push(i);
    }
    let mut combining = Vec::new();
    let (mut at, mut start) = (0, 0u32);
    for &class in COMBINING_CLASSES {
        start = start.wrapping_add(varint(COMBINING_STARTS, &mut at));
        combining.push(start << 8 | u32::from(class));
    }
    Data {
        decomposition,
        first,
        composition,
        combining,
    }
}

/// Whether the 32-code-point block of `c` may hold data, by a block bitmap of the
/// BMP (characters beyond it always may).
fn in_blocks(blocks: &[u32], c: char) -> bool {
    let block = u32::from(c) >> 5;
    blocks
        .get(block as usize >> 5)
        .is_none_or(|word| word >> (block & 31) & 1 == 1)
}

/// The CJK compatibility ideographs. Most have a singleton canonical decomposition
/// (U+FA10 → U+585A), which NFC would apply; the rest are unified ideographs.
pub(super) fn is_compat_ideograph(c: char) -> bool {
    matches!(c, '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}')
}

/// The canonical combining class of `c` (0 for starters).
pub(super) fn combining_class(c: char) -> u8 {
    if !in_blocks(COMBINING_BLOCKS, c) {
        return 0;
    }
    let c = u32::from(c);
    let runs = &data().combining;
    let i = runs.partition_point(|&run| run >> 8 <= c);
    i.checked_sub(1)
        .and_then(|i| runs.get(i))
        .map_or(0, |&run| (run & 0xFF) as u8)
}

/// One step of a canonical decomposition.
struct Decomposition {
    first: char,
    second: Option<char>,
    /// NFC composes `first` and `second` back into the character.
    composes: bool,
}

fn entry_in(decomposition: &[u32], first: &[char], index: usize) -> Option<Decomposition> {
    let packed = *decomposition.get(index)?;
    let second = match (packed >> 1) & 0x7F {
        0 => None,
        n => Some(char::from_u32(*SECONDS.get(n as usize - 1)?)?),
    };
    Some(Decomposition {
        first: *first.get(index)?,
        second,
        composes: packed & 1 == 1,
    })
}

fn entry(index: usize) -> Option<Decomposition> {
    let data = data();
    entry_in(&data.decomposition, &data.first, index)
}

fn decomposition(c: char) -> Option<Decomposition> {
    if !in_blocks(DECOMPOSITION_BLOCKS, c) {
        return None;
    }
    let c = u32::from(c);
    let index = data()
        .decomposition
        .binary_search_by_key(&c, |&packed| packed >> 8)
        .ok()?;
    entry(index)
}

// Hangul syllables, Unicode §3.12 "Conjoining Jamo Behavior".
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// Emits the full canonical decomposition of `c` (`c` itself when it has none).
/// CJK compatibility ideographs are not decomposed.
pub(super) fn decompose<F: FnMut(char)>(c: char, emit: &mut F) {
    let s = u32::from(c).wrapping_sub(S_BASE);
    if s < S_COUNT {
        let jamo = [
            L_BASE + s / N_COUNT,
            V_BASE + (s % N_COUNT) / T_COUNT,
            T_BASE + s % T_COUNT,
        ];
        for (i, &j) in jamo.iter().enumerate() {
            // The trailing consonant T_BASE means "none".
            if i < 2 || j != T_BASE {
                emit(char::from_u32(j).unwrap_or(c));
            }
        }
        return;
    }
    // The table leaves CJK compatibility ideographs out: they stay as they are.
    match decomposition(c) {
        // The first half may decompose further (at most a few levels deep);
        // the second half never does.
        Some(d) => {
            decompose(d.first, emit);
            if let Some(second) = d.second {
                emit(second);
            }
        }
        None => emit(c),
    }
}

/// The primary composite of `a` followed by `b`, if there is one.
pub(super) fn compose(a: char, b: char) -> Option<char> {
    let (a, b) = (u32::from(a), u32::from(b));
    // Hangul: L + V → LV, LV + T → LVT.
    let (l, v, t) = (
        a.wrapping_sub(L_BASE),
        b.wrapping_sub(V_BASE),
        b.wrapping_sub(T_BASE),
    );
    if l < L_COUNT && v < V_COUNT {
        return char::from_u32(S_BASE + (l * V_COUNT + v) * T_COUNT);
    }
    let s = a.wrapping_sub(S_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && matches!(t, 1..T_COUNT) {
        return char::from_u32(a + t);
    }
    let pair_at = |index: u16| {
        let d = entry(usize::from(index))?;
        Some((u32::from(d.first), u32::from(d.second?)))
    };
    let data = data();
    let found = data
        .composition
        .binary_search_by(|&index| pair_at(index).map_or(Ordering::Less, |pair| pair.cmp(&(a, b))))
        .ok()?;
    let index = *data.composition.get(found)?;
    let packed = data.decomposition.get(usize::from(index))?;
    char::from_u32(packed >> 8)
}

/// Whether the starter `c` may compose with the character before it: Hangul
/// vowels and trailing consonants, and a few vowel signs of Indic scripts.
pub(super) fn may_compose_with_previous(c: char) -> bool {
    matches!(c, '\u{1161}'..='\u{1175}' | '\u{11A8}'..='\u{11C2}')
        || COMPOSING_STARTERS.binary_search(&u32::from(c)).is_ok()
}

/// Whether `c` is certainly NFC wherever it stands: a starter that does not
/// decompose (or is a primary composite) and composes with nothing before it.
/// `false` means "maybe not": combining marks, singletons, excluded composites,
/// Hangul vowels and trailing consonants, and the few starters that compose.
/// CJK compatibility ideographs count as NFC, since they are kept.
pub(super) fn is_nfc_alone(c: char) -> bool {
    if c.is_ascii() || is_compat_ideograph(c) {
        return true;
    }
    if combining_class(c) != 0 || may_compose_with_previous(c) {
        return false;
    }
    decomposition(c).is_none_or(|d| d.composes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char as un;
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

    #[test]
    fn agrees_with_unicode_normalization_on_every_character() {
        for c in '\0'..='\u{10FFFF}' {
            assert_eq!(
                combining_class(c),
                un::canonical_combining_class(c),
                "U+{:04X}",
                u32::from(c)
            );
            if is_compat_ideograph(c) {
                continue;
            }
            let mut ours = Vec::new();
            decompose(c, &mut |d| ours.push(d));
            let mut theirs = Vec::new();
            un::decompose_canonical(c, |d| theirs.push(d));
            assert_eq!(ours, theirs, "U+{:04X}", u32::from(c));
            if is_nfc_alone(c) {
                assert_eq!(
                    is_nfc_quick(core::iter::once(c)),
                    IsNormalized::Yes,
                    "U+{:04X}",
                    u32::from(c)
                );
                assert_eq!(c.to_string().nfc().collect::<String>(), c.to_string());
            }
        }
    }

    #[test]
    fn composes_exactly_the_primary_composites() {
        // Every pair the data knows, both ways round, and Hangul.
        for c in '\0'..='\u{10FFFF}' {
            if let Some(d) = decomposition(c) {
                if let Some(second) = d.second {
                    assert_eq!(
                        compose(d.first, second),
                        un::compose(d.first, second),
                        "U+{:04X}",
                        u32::from(c)
                    );
                    assert_eq!(compose(second, d.first), un::compose(second, d.first));
                }
            }
        }
        for a in ('\u{1100}'..='\u{1113}').chain(['\u{AC00}', '\u{AC01}', '\u{D788}', 'a', 'か']) {
            for b in ('\u{1160}'..='\u{11C3}').chain(['\u{3099}', '\u{301}']) {
                assert_eq!(compose(a, b), un::compose(a, b), "{a:?} {b:?}");
            }
        }
        assert_eq!(compose('か', '\u{3099}'), Some('が'));
        assert_eq!(compose('ワ', '\u{3099}'), Some('ヷ'));
        assert_eq!(compose('わ', '\u{3099}'), None);
        assert_eq!(
            compose('\u{915}', '\u{93C}'),
            None,
            "U+0958 is excluded from composition"
        );
    }
}
