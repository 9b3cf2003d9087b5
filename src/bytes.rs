//! Looking for a few byte values eight bytes at a time, as little-endian words: the
//! JSON and CSV readers skip the text between quotes, escapes and separators, which
//! in a Japanese message runs for dozens or hundreds of bytes.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `word` below `n` (`n` ≤ 0x80): exact for the lowest
/// such byte, which is all [`first_of`] reads (a borrow can only mark bytes above it).
pub(crate) fn below(word: u64, n: u8) -> u64 {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS
}

/// The high bit of each byte of `word` that is `b`, as [`below`] marks them.
pub(crate) fn equal(word: u64, b: u8) -> u64 {
    below(word ^ (ONES * u64::from(b)), 1)
}

/// Where the first byte of `bytes` is that `marks` marks in its word (built of
/// [`below`] and [`equal`]), and `is` tells of the bytes of the tail, which is
/// read byte by byte; the two must agree.
pub(crate) fn first_of(
    bytes: &[u8],
    marks: impl Fn(u64) -> u64,
    is: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let w = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        let found = marks(w);
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is(b))
        .map(|i| at + i)
}

/// `bytes` after `prefix`, when they start with it: `<[u8]>::strip_prefix`
/// without its `split_at`, whose panic and message (`mid > len`, which cannot
/// happen there) the browser build would carry.
pub(crate) fn after<'a>(bytes: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    bytes
        .get(prefix.len()..)
        .filter(|_| bytes.get(..prefix.len()) == Some(prefix))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn words_find_what_bytes_find(
            bytes in prop::collection::vec(prop_oneof![Just(b','), Just(b'"'), 0u8..0x20, any::<u8>()], 0..40),
            target in any::<u8>().prop_filter("a byte below 0x80", |b| *b < 0x80),
            limit in 1u8..=0x80,
        ) {
            let naive = bytes.iter().position(|&b| b == target || b < limit);
            prop_assert_eq!(first_of(&bytes, |w| equal(w, target) | below(w, limit), |b| b == target || b < limit), naive);
        }
    }
}
