//! Writing the redacted text in one of the [`Style`]s.

use super::chars::{hides, is_wide};
use super::kanji_digits::digit_at;
use super::{Kind, Style};
use crate::prelude::*;

/// Writes what replaces `value`, a finding of `kind`, in `style`.
pub(crate) fn render<'k>(
    out: &mut String,
    value: &str,
    kind: &Kind,
    style: Style,
    keep_last: usize,
    label: impl Fn(&Kind) -> &'k str,
) {
    match style {
        Style::Label => out.push_str(label(kind)),
        Style::Mask => mask(out, value, usize::MAX),
        Style::Partial => {
            // Never the whole value: a finding no longer than `keep_last` is masked
            // entirely. So is one that ends in a kanji digit: one shown alone (`記号
            // ＊四`) is no digit when the output is read again, and its label would
            // take the next value instead.
            let units = crate::substring::count_chars(value, hides);
            let kanji = digit_at(value.as_bytes(), value.len().saturating_sub(3));
            let hide = if units > keep_last && kanji.is_none() {
                units - keep_last
            } else {
                usize::MAX
            };
            mask(out, value, hide);
        }
    }
}

/// Writes `value` with its first `hide` letters and digits masked. Every masked
/// character keeps its length in UTF-16 code units.
fn mask(out: &mut String, value: &str, hide: usize) {
    out.reserve(value.len());
    let mut hidden = 0;
    let mut rest = value;
    while !rest.is_empty() {
        // ASCII, most values: byte by byte, without decoding.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let Some((head, tail)) = rest.split_at_checked(ascii) else {
            break;
        };
        // One push of one byte each: `b` is ASCII, which `& 0x7F` tells `push`.
        for b in head.bytes() {
            let star = b.is_ascii_alphanumeric() && hidden < hide;
            hidden += usize::from(star);
            out.push(char::from(if star { b'*' } else { b & 0x7F }));
        }
        let mut chars = tail.chars();
        let Some(c) = chars.next() else { break };
        rest = chars.as_str();
        // A full-width digit or letter, most of the rest, is hidden as one wide
        // star without asking the tables of `hides` and `is_wide`.
        let full_width = matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
        if (full_width || hides(c)) && hidden < hide {
            hidden += 1;
            let star = if full_width || is_wide(c) { '＊' } else { '*' };
            for _ in 0..c.len_utf16() {
                out.push(star);
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Finding;

    /// `text` with every finding hidden in `style`.
    fn apply<'k>(
        text: &str,
        findings: &[Finding],
        style: Style,
        keep_last: usize,
        label: impl Fn(&Kind) -> &'k str,
    ) -> String {
        let mut out = String::new();
        let mut at = 0;
        for f in findings {
            out.push_str(&text[at..f.start]);
            render(
                &mut out,
                &text[f.start..f.end],
                &f.kind,
                style,
                keep_last,
                &label,
            );
            at = f.end;
        }
        out.push_str(&text[at..]);
        out
    }

    fn finding(text: &str, value: &str, kind: Kind) -> Finding {
        let start = text.find(value).unwrap();
        Finding {
            kind,
            start,
            end: start + value.len(),
        }
    }

    #[test]
    fn mask_keeps_separators_and_width() {
        let text = "番号 １２３４－5678 です";
        let f = finding(text, "１２３４－5678", Kind::MyNumber);
        let out = apply(text, &[f], Style::Mask, 4, Kind::label);
        assert_eq!(out, "番号 ＊＊＊＊－**** です");
    }

    #[test]
    fn mask_keeps_utf16_length_of_non_bmp_letters() {
        let text = "記号 𠮷12";
        let f = finding(text, "𠮷12", Kind::InsuredNumber);
        let out = apply(text, &[f], Style::Mask, 4, Kind::label);
        assert_eq!(out, "記号 ＊＊**");
        assert_eq!(out.encode_utf16().count(), text.encode_utf16().count());
    }

    #[test]
    fn partial_keeps_the_last_units() {
        let text = "4539 5787 6362 1486";
        let f = finding(text, text, Kind::CreditCard);
        assert_eq!(
            apply(
                text,
                core::slice::from_ref(&f),
                Style::Partial,
                4,
                Kind::label
            ),
            "**** **** **** 1486"
        );
        assert_eq!(
            apply(
                text,
                core::slice::from_ref(&f),
                Style::Partial,
                6,
                Kind::label
            ),
            "**** **** **62 1486"
        );
        // Never the whole value; keeping none masks it all.
        assert_eq!(
            apply(
                text,
                core::slice::from_ref(&f),
                Style::Partial,
                16,
                Kind::label
            ),
            "**** **** **** ****"
        );
        assert_eq!(
            apply(
                text,
                core::slice::from_ref(&f),
                Style::Partial,
                15,
                Kind::label
            ),
            "*539 5787 6362 1486"
        );
        assert_eq!(
            apply(text, &[f], Style::Partial, 0, Kind::label),
            "**** **** **** ****"
        );
    }

    #[test]
    fn partial_shows_no_kanji_digit() {
        let text = "記号 七一六 番号 4240";
        let found = [
            finding(text, "七一六", Kind::InsuredNumber),
            finding(text, "4240", Kind::InsuredNumber),
        ];
        assert_eq!(
            apply(text, &found, Style::Partial, 1, Kind::label),
            "記号 ＊＊＊ 番号 ***0"
        );
    }

    #[test]
    fn label_replaces_the_value() {
        let text = "口座番号：1234567です";
        let f = finding(text, "1234567", Kind::BankAccount);
        assert_eq!(
            apply(text, &[f], Style::Label, 4, Kind::label),
            "口座番号：〔口座番号〕です"
        );
    }
}
