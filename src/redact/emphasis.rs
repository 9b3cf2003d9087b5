//! A value set in bold the Markdown way (`| 口座番号 | **3143349** |`, a wiki's or a
//! chat's table): its stars are no masked digits. Such a text is read with the
//! stars around a value as nothing, in a reading with the same offsets.

use crate::prelude::*;

/// At most this many bytes between the stars: a value, not a sentence.
const MAX_INSIDE: usize = 64;

/// `text` with the `**` around each value set in bold read as U+0001 (which the
/// readers pass over as they do other invisible characters), or `None` when it
/// has none. Bold is `**` after neither a star nor a letter or digit, then a value
/// in ASCII with a digit (digits and letters, spaces, hyphens and dots between
/// them), then `**` before neither.
pub(crate) fn view(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = String::new();
    let (mut at, mut copied) = (0, 0);
    while let Some(k) = b.get(at..).and_then(|rest| {
        use crate::bytes::{equal, first_of};
        first_of(rest, |w| equal(w, b'*'), |x| x == b'*')
    }) {
        let open = at + k;
        at = open + 1;
        if b.get(open + 1) != Some(&b'*')
            || open
                .checked_sub(1)
                .and_then(|p| b.get(p))
                .is_some_and(|&c| word(c))
        {
            continue;
        }
        let from = open + 2;
        let Some(len) = b.get(from..).and_then(|rest| {
            rest.iter()
                .take(MAX_INSIDE + 1)
                .position(|&c| matches!(c, b'*' | b'\n'))
        }) else {
            continue;
        };
        let close = from + len;
        let inside = b.get(from..close).unwrap_or(&[]);
        let closed = b.get(close..close + 2) == Some(b"**")
            && !b.get(close + 2).is_some_and(|&c| word(c))
            && len > 0
            // A value alone, in ASCII: its digits and letters, a space, a hyphen
            // or a dot between them; not words, which the stars of a partial
            // output may enclose (`記号：**5160 番号：**`, two values shown in part).
            && inside.first().is_some_and(u8::is_ascii_alphanumeric)
            && inside.last().is_some_and(u8::is_ascii_alphanumeric)
            && inside
                .iter()
                .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b'-' | b'.'))
            && inside.iter().any(u8::is_ascii_digit);
        if !closed {
            at = close;
            continue;
        }
        for i in [open, close] {
            out.push_str(crate::substring::slice(text, copied, i));
            out.push_str("\u{1}\u{1}");
            copied = i + 2;
        }
        at = close + 2;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(crate::substring::slice(text, copied, text.len()));
    Some(out)
}

/// Whether `c` continues a word or a masked run (a star, an ASCII letter or digit).
fn word(c: u8) -> bool {
    c == b'*' || c.is_ascii_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_of_bold_around_a_value_read_as_nothing() {
        assert_eq!(
            view("| 口座番号 | **3143349** |").as_deref(),
            Some("| 口座番号 | \u{1}\u{1}3143349\u{1}\u{1} |")
        );
        // Masked values, a card masked in part, bold words without a digit: none.
        for text in [
            "**** **** **** 1486",
            "口座 *******",
            "**注意** 1234567",
            "12**34**",
            "**1234",
        ] {
            assert_eq!(view(text), None, "{text}");
        }
    }
}
