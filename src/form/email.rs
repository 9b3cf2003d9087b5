//! E-mail addresses, judged by the rule browsers apply to `<input type="email">`.
//!
//! The HTML Standard (the E-mail state of `input`, "valid e-mail address") defines
//! it as `1*( atext / "." ) "@" label *( "." label )`: a local part of ASCII
//! letters, digits, `.` and ``!#$%&'*+/=?^_`{|}~-``, then `@`, then one or more
//! labels of at most 63 letters, digits and hyphens that neither start nor end with
//! a hyphen. It is deliberately narrower than RFC 5322 (no quoted local parts, no
//! comments) and wider in one way: the domain needs no dot (`user@localhost`).
//!
//! The value is sanitized first as the browser does: line breaks are removed and
//! leading and trailing white space is stripped.

/// Whether `address`, after the browser's value sanitization, is a valid e-mail
/// address of the HTML Standard.
pub fn is_valid(address: &str) -> bool {
    let address = sanitize(address);
    // Split by bytes: `split_once('@')` and `split('.')` bring core's searcher for
    // one character (and `memchr`) into the browser build for these two calls.
    let Some(at) = address.bytes().position(|b| b == b'@') else {
        return false;
    };
    let (local, domain) = address.as_bytes().split_at_checked(at).unwrap_or_default();
    let domain = domain.get(1..).unwrap_or(&[]);
    !local.is_empty()
        && local.iter().copied().all(is_local_byte)
        && domain.split(|&b| b == b'.').all(is_label)
}

/// What the browser submits for an `<input type="email">` value: without CR and
/// LF, and trimmed. U+3000 counts as white space too, since a Japanese input
/// method types it where an ASCII space was meant.
pub fn sanitize(address: &str) -> alloc::borrow::Cow<'_, str> {
    let space = |c: char| c.is_ascii_whitespace() || c == '\u{3000}';
    let trimmed =
        crate::substring::trim_end_by(crate::substring::trim_start_by(address, space), space);
    // By characters: a pattern of two brings core's searcher for it.
    let line_break = |c: char| c == '\r' || c == '\n';
    if trimmed.chars().any(line_break) {
        let mut kept = alloc::string::String::with_capacity(trimmed.len());
        for c in trimmed.chars().filter(|&c| !line_break(c)) {
            kept.push(c);
        }
        kept.into()
    } else {
        trimmed.into()
    }
}

/// A letter, a digit, `.` or one of ``!#$%&'*+/=?^_`{|}~-``. (A pattern, not
/// `contains` on a string of them: that brings core's `memchr` into the browser
/// build.)
fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'!' | b'#'..=b'\'' | b'*' | b'+' | b'-' | b'.' | b'/' | b'=' | b'?' | b'^' | b'_' | b'`' | b'{'..=b'~'
        )
}

fn is_label(bytes: &[u8]) -> bool {
    matches!(bytes.len(), 1..=63)
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        && bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_addresses() {
        for address in [
            "taro@example.com",
            "hanako.sato@example.co.jp",
            "a@b",
            "user@localhost",
            ".dots..anywhere.@example.com",
            "x+tag@example.com",
            "!#$%&'*+/=?^_`{|}~-@example.com",
            "a@x-y.example",
            "1@2.3",
            "  taro@example.com\u{3000}",
            "taro@exa\nmple.com",
        ] {
            assert!(is_valid(address), "{address:?}");
        }
        let label = "a".repeat(63);
        assert!(is_valid(&format!("a@{label}.com")));
    }

    #[test]
    fn invalid_addresses() {
        for address in [
            "",
            " ",
            "taro",
            "taro@",
            "@example.com",
            "taro@@example.com",
            "ta ro@example.com",
            "taro@example..com",
            "taro@.example.com",
            "taro@example.com.",
            "taro@-example.com",
            "taro@example-.com",
            "taro@exam_ple.com",
            "\"taro\"@example.com",
            "taro(comment)@example.com",
            "たろう@example.com",
            "taro@例え.jp",
            "taro＠example.com",
            "a@b@c",
        ] {
            assert!(!is_valid(address), "{address:?}");
        }
        let label = "a".repeat(64);
        assert!(!is_valid(&format!("a@{label}.com")));
    }

    #[test]
    fn sanitization_is_what_the_browser_submits() {
        assert_eq!(sanitize(" a@b \t"), "a@b");
        assert_eq!(sanitize("\u{3000}a@b\u{3000}"), "a@b");
        assert_eq!(sanitize("a@\r\nb"), "a@b");
        assert!(matches!(sanitize("a@b"), alloc::borrow::Cow::Borrowed(_)));
    }
}
