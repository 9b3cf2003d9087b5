//! Recognising a disclosure request by the first line of the message.
//!
//! Section 6 of the privacy notice asks people to write 「個人情報の開示等請求」 as the
//! first line. People wrap it in brackets, add a full stop, or write something
//! close to it. The first two are accepted; the last is a *near miss*, reported so
//! that the person can fix it instead of having the request silently treated as an
//! ordinary inquiry.
//!
//! Every function here takes the body after `"text"` normalization: line breaks are
//! LF, full-width ASCII is half-width, zero-width characters are gone.

use crate::packed;
use crate::prelude::*;
use crate::substring::{contains, Words};

/// The first line that makes a message a disclosure request.
pub const PHRASE: &str = "個人情報の開示等請求";

/// Brackets that may surround the first line: 「」『』, ASCII "" (full-width ＂
/// becomes ASCII under normalization) and the typographic “” that some input
/// methods produce instead.
const QUOTE_PAIRS: [(&str, &str); 4] = [("「", "」"), ("『", "』"), ("\"", "\""), ("“", "”")];

/// Full stops that may end the first line (full-width ． is `.` after normalization).
const FULL_STOPS: [&str; 2] = ["。", "."];

/// Words of section 6 that make a first line mentioning 個人情報 a request written
/// the wrong way: the contract's 開示, 訂正, 追加, 削除, 利用停止, 消去 and 第三者, with
/// 停止 standing for 利用の停止 and 提供の停止 as the notice spells them, and
/// 利用目的の通知.
const REQUEST_WORDS: [&str; 8] = [
    "開示",
    "訂正",
    "追加",
    "削除",
    "停止",
    "消去",
    "第三者",
    "利用目的の通知",
];
/// [`REQUEST_WORDS`], packed.
static REQUEST_TEXT: [u8; packed::size(&REQUEST_WORDS)] = packed::pack(&REQUEST_WORDS);
/// [`REQUEST_WORDS`], ready to look for.
static REQUEST: Words = Words::new(&REQUEST_TEXT);

/// What the first line makes of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstLine<'a> {
    /// The first non-empty line is the phrase: a disclosure request. `content` is
    /// everything after that line (the request content, possibly blank).
    Request {
        /// The text after the first line.
        content: &'a str,
    },
    /// Not the phrase, but close to it, or the phrase on a later line.
    NearMiss,
    /// An ordinary inquiry (an empty body included).
    Ordinary,
}

/// Classifies a text-normalized body by its first non-empty line.
pub fn classify(body: &str) -> FirstLine<'_> {
    let mut lines = Lines { rest: body };
    let Some(first) = lines.by_ref().find(|line| !is_blank(line)) else {
        return FirstLine::Ordinary;
    };
    if is_phrase(first) {
        return FirstLine::Request {
            content: lines.rest,
        };
    }
    // A later line is the phrase only where the phrase is: one search of the rest
    // before the lines are trimmed one by one.
    if is_near_miss(first) || (contains(lines.rest, PHRASE) && lines.any(is_phrase)) {
        FirstLine::NearMiss
    } else {
        FirstLine::Ordinary
    }
}

/// Whether a line holds nothing but white space.
pub fn is_blank(line: &str) -> bool {
    line.chars().all(crate::substring::is_whitespace)
}

/// Whether `line`, trimmed and without its brackets and full stop, is the phrase.
///
/// One pair of brackets and a full stop inside or outside them (or both) are
/// accepted: 「個人情報の開示等請求」。 and 「個人情報の開示等請求。」 alike.
fn is_phrase(line: &str) -> bool {
    let line = strip_full_stop(crate::substring::trim(line));
    match strip_quotes(line) {
        Some(inner) => strip_full_stop(inner) == PHRASE,
        None => line == PHRASE,
    }
}

fn strip_full_stop(s: &str) -> &str {
    FULL_STOPS
        .iter()
        .find_map(|&stop| s.strip_suffix(stop))
        .map_or(s, crate::substring::trim_end)
}

/// The text inside a pair of brackets around `s`, trimmed.
fn strip_quotes(s: &str) -> Option<&str> {
    QUOTE_PAIRS
        .iter()
        .find_map(|&(open, close)| s.strip_prefix(open)?.strip_suffix(close))
        .map(crate::substring::trim)
}

/// Whether a first line that is not the phrase is an attempt at it: it contains
/// 開示等請求, or 個人情報 together with a request word. White space inside the line
/// is ignored (個人 情報の 開示 is still about 個人情報 and 開示).
fn is_near_miss(line: &str) -> bool {
    let mut compact = String::with_capacity(line.len());
    for c in line
        .chars()
        .filter(|&c| !crate::substring::is_whitespace(c))
    {
        compact.push(c);
    }
    contains(&compact, "開示等請求")
        || (contains(&compact, "個人情報") && REQUEST.in_text(&compact))
}

/// The lines of a text split at LF, keeping track of what is left after each one.
struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        // By bytes: `split_once('\n')` brings core's one-character searcher.
        match self.rest.bytes().position(|b| b == b'\n') {
            Some(at) => {
                let line = self.rest.get(..at);
                self.rest = crate::substring::slice(self.rest, at + 1, self.rest.len());
                line
            }
            None => Some(core::mem::take(&mut self.rest)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_request(body: &str) -> bool {
        matches!(classify(body), FirstLine::Request { .. })
    }

    #[test]
    fn the_phrase_alone_or_dressed_up_is_a_request() {
        for body in [
            "個人情報の開示等請求\n開示を求めます",
            "個人情報の開示等請求",
            "  個人情報の開示等請求 \t\nx",
            "\u{3000}個人情報の開示等請求\u{3000}\nx",
            "\n\n \u{3000}\n個人情報の開示等請求\nx",
            "「個人情報の開示等請求」\nx",
            "『個人情報の開示等請求』\nx",
            "\"個人情報の開示等請求\"\nx",
            "“個人情報の開示等請求”\nx",
            "個人情報の開示等請求。\nx",
            "個人情報の開示等請求.\nx",
            "「個人情報の開示等請求」。\nx",
            "「個人情報の開示等請求。」\nx",
            "「 個人情報の開示等請求 」\nx",
            "\u{3000}「個人情報の開示等請求」\nx",
        ] {
            assert!(is_request(body), "{body:?}");
        }
    }

    #[test]
    fn the_content_is_what_follows_the_first_line() {
        assert_eq!(
            classify("\n個人情報の開示等請求\n本人です\n開示"),
            FirstLine::Request {
                content: "本人です\n開示"
            }
        );
        assert_eq!(
            classify("個人情報の開示等請求"),
            FirstLine::Request { content: "" }
        );
        assert_eq!(
            classify("個人情報の開示等請求\n\n"),
            FirstLine::Request { content: "\n" }
        );
    }

    #[test]
    fn near_misses_of_the_first_line() {
        for body in [
            "個人情報開示請求\n本人です",
            "個人情報の開示請求\nx",
            "個人情報の開示等の請求\nx",
            "開示等請求\nx",
            "個人情報の開示等請求について\nx",
            "個人情報の開示等請求の件\nx",
            "【個人情報の開示等請求】\nx",
            "個人情報の開示等要求\nx",
            "個人情報の 開示等請求\nx",
            "個人情報の訂正のお願い\nx",
            "個人情報を削除してください",
            "個人情報の利用停止について",
            "個人情報の利用の停止",
            "個人情報の第三者への提供について",
            "個人情報の消去",
            "個人情報の追加",
            "個人情報の利用目的の通知",
            "「個人情報の開示等請求」について\nx",
            "「個人情報の開示等請求\nx",
            "個人情報の開示等請求。。\nx",
            "いつもお世話になっております。\n個人情報の開示等請求\n開示",
            "お世話になります。\n\n「個人情報の開示等請求」。\n開示",
        ] {
            assert_eq!(classify(body), FirstLine::NearMiss, "{body:?}");
        }
    }

    #[test]
    fn ordinary_inquiries_are_not_near_misses() {
        for body in [
            "",
            "  \n\u{3000}\n",
            "サービスの料金を教えてください。",
            "個人情報の取り扱いについて\n教えてください。",
            "個人情報保護方針について質問です。",
            "質問です。\n個人情報の開示について教えてください。",
            "申込方法について\n開示等請求の手続きを知りたいです。",
            "お世話になります。\n個人情報の開示等請求について手順を教えてください。",
            "開示\n個人情報",
        ] {
            assert_eq!(classify(body), FirstLine::Ordinary, "{body:?}");
        }
    }
}
