//! Reading a disclosure request: what is asked (the kinds of section 6) and who
//! asks (the person or an agent).
//!
//! The request content is scanned once, left to right, for *mentions*: words of
//! section 6 (開示, 訂正, 利用停止, 第三者への提供の停止, …) and words naming the
//! requester (本人, 代理人, 委任, …). At each position the longest word wins, so
//! 第三者提供記録の開示 is one mention (a record disclosure, not also a disclosure)
//! and 開示等 (the umbrella term of the notice) names no kind at all.
//!
//! A mention counts unless it is negated. Its negation is read from its *tail*: the
//! text after it up to the next mention or the end of the clause (。、！？, a line
//! break…). 「開示は不要です、訂正だけお願いします」 gives 開示 the tail 「は不要です」,
//! so only 訂正 counts. Mentions joined by と, ・, 及び, 、… share the fate of the
//! last one (「開示と訂正は不要です」 negates both). 「開示以外」 negates 開示, and
//! 「開示以外は不要です」 negates it twice. A mention followed by a past or passive
//! form (開示された情報, 訂正済み) reports what happened, not what is asked.
//!
//! The same reading tells whether an ordinary inquiry asks for one of these things
//! about the person's own data ([`asks_for_own_data`]): such a message should have been
//! sent as a disclosure request.
//!
//! The content must be text-normalized (see [`crate::normalize`]).

use super::{Disclosure, DisclosureKind, Requester};
use crate::packed;
use crate::prelude::*;
use crate::substring::{find, find_bytes, Words};

/// What a mention stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Kind(DisclosureKind),
    Requester(Requester),
    /// A word that looks like a mention but names nothing (開示等, 本人確認, 代理店):
    /// matched only so that its parts are not read on their own.
    Nothing,
}

use DisclosureKind as K;
use Meaning::{Kind, Nothing};

const SELF: Meaning = Meaning::Requester(Requester::Principal);
const AGENT: Meaning = Meaning::Requester(Requester::Agent);

/// Words matched as they stand, as a stem and its endings; the longest ending
/// wins (an empty ending is the stem alone).
const WORDS: &[(&str, &[(&str, Meaning)])] = &[
    // Disclosure (開示) and the words that contain 開示 without asking for it.
    (
        "開示",
        &[
            ("", Kind(K::Disclosure)),
            ("等", Nothing),
            ("対象", Nothing),
        ],
    ),
    ("非開示", &[("", Nothing)]),
    ("不開示", &[("", Nothing)]),
    // Correction: 訂正・追加・削除 of the content, and the plain word 修正.
    ("訂正", &[("", Kind(K::Correction))]),
    ("追加", &[("", Kind(K::Correction)), ("で", Nothing)]),
    ("削除", &[("", Kind(K::Correction))]),
    ("修正", &[("", Kind(K::Correction))]),
    // Suspension of use (利用の停止); 使用 as in the notice's heading.
    ("利用", STOPPED_USE),
    ("使用", STOPPED_USE),
    ("使わない", &[("", Kind(K::Suspension))]),
    // Erasure (消去) and its plain synonyms; 削除 belongs to correction in section 6.
    ("消去", &[("", Kind(K::Erasure))]),
    ("消して", &[("", Kind(K::Erasure))]),
    ("抹消", &[("", Kind(K::Erasure))]),
    ("破棄", &[("", Kind(K::Erasure))]),
    ("廃棄", &[("", Kind(K::Erasure))]),
    ("取り消", &[("", Nothing)]),
    ("取消", &[("", Nothing)]),
    // Provision without 第三者 in front (他社への提供の停止, 提供記録の開示).
    (
        "提供",
        &[
            ("の停止", Kind(K::StopThirdPartyProvision)),
            ("を停止", Kind(K::StopThirdPartyProvision)),
            ("停止", Kind(K::StopThirdPartyProvision)),
            ("の中止", Kind(K::StopThirdPartyProvision)),
            ("を中止", Kind(K::StopThirdPartyProvision)),
            ("中止", Kind(K::StopThirdPartyProvision)),
            ("をやめ", Kind(K::StopThirdPartyProvision)),
            ("を止め", Kind(K::StopThirdPartyProvision)),
            ("しない", Kind(K::StopThirdPartyProvision)),
            ("記録", Kind(K::ThirdPartyRecordDisclosure)),
            ("の記録", Kind(K::ThirdPartyRecordDisclosure)),
        ],
    ),
    // The requester.
    ("本人", &[("", SELF), ("確認", Nothing)]),
    ("代理", &[("", AGENT), ("店", Nothing)]),
    ("代わって", &[("", AGENT)]),
    ("代わり", &[("", AGENT)]),
    ("委任", &[("", AGENT)]),
    ("親権", &[("", AGENT)]),
    ("後見", &[("", AGENT)]),
    ("保佐人", &[("", AGENT)]),
    ("補助人", &[("", AGENT)]),
];

/// [`Meaning`] as one byte of the packed [`WORDS`]: below 128 (ASCII).
const fn meaning_byte(m: Meaning) -> u8 {
    match m {
        Nothing => 0,
        Meaning::Requester(Requester::Principal) => 1,
        Meaning::Requester(Requester::Agent) => 2,
        Kind(k) => 16 + k as u8,
    }
}

/// The [`Meaning`] of a byte made by [`meaning_byte`].
fn byte_meaning(b: u8) -> Option<Meaning> {
    Some(match b {
        0 => Nothing,
        1 => SELF,
        2 => AGENT,
        _ => Kind(*DisclosureKind::ALL.get(usize::from(b.checked_sub(16)?))?),
    })
}

/// How many bytes [`WORDS`] packs into.
const WORDS_SIZE: usize = {
    let (mut n, mut i) = (0, 0);
    while i < WORDS.len() {
        n += 3 + WORDS[i].0.len();
        let mut j = 0;
        while j < WORDS[i].1.len() {
            n += 2 + WORDS[i].1[j].0.len();
            j += 1;
        }
        i += 1;
    }
    n
};

/// [`WORDS`] as the module holds it (no pointer per word): per stem, its length in
/// bytes, how many endings it has and how many bytes they take, its bytes, then per
/// ending its length, its meaning ([`meaning_byte`]) and its bytes.
static WORDS_PACKED: [u8; WORDS_SIZE] = {
    let mut out = [0u8; WORDS_SIZE];
    let (mut at, mut i) = (0, 0);
    while i < WORDS.len() {
        let (stem, endings) = WORDS[i];
        let mut endings_size = 0;
        let mut j = 0;
        while j < endings.len() {
            endings_size += 2 + endings[j].0.len();
            j += 1;
        }
        assert!(
            stem.len() < 128 && endings.len() < 128 && endings_size < 256,
            "a stem fits its bytes"
        );
        out[at] = stem.len() as u8;
        out[at + 1] = endings.len() as u8;
        out[at + 2] = endings_size as u8;
        at = packed::put(&mut out, at + 3, stem.as_bytes());
        let mut j = 0;
        while j < endings.len() {
            let (ending, meaning) = endings[j];
            out[at] = ending.len() as u8;
            out[at + 1] = meaning_byte(meaning);
            at = packed::put(&mut out, at + 2, ending.as_bytes());
            j += 1;
        }
        i += 1;
    }
    out
};

/// The word of [`WORDS`] that starts `text`: the first stem that does, with its
/// longest ending that follows it, as a meaning and a length in bytes. The endings
/// of the stems that do not start it are stepped over whole.
fn word_at(text: &[u8]) -> Option<(Meaning, usize)> {
    let mut rest: &[u8] = &WORDS_PACKED;
    while let [stem_len, endings, endings_size, after @ ..] = rest {
        let (stem, after) = after.split_at_checked(usize::from(*stem_len))?;
        let (mut listed, next) = after.split_at_checked(usize::from(*endings_size))?;
        if !packed::starts_with(text, stem) {
            rest = next;
            continue;
        }
        let tail = text.get(stem.len()..).unwrap_or(&[]);
        let mut best: Option<(u8, usize)> = None;
        for _ in 0..*endings {
            let [len, meaning, more @ ..] = listed else {
                return None;
            };
            let (ending, more) = more.split_at_checked(usize::from(*len))?;
            if packed::starts_with(tail, ending) && best.is_none_or(|(_, n)| ending.len() >= n) {
                best = Some((*meaning, ending.len()));
            }
            listed = more;
        }
        let (meaning, n) = best?;
        return Some((byte_meaning(meaning)?, stem.len() + n));
    }
    None
}

/// After 利用 or 使用: the ways of stopping it.
const STOPPED_USE: &[(&str, Meaning)] = &[
    ("停止", Kind(K::Suspension)),
    ("の停止", Kind(K::Suspension)),
    ("を停止", Kind(K::Suspension)),
    ("中止", Kind(K::Suspension)),
    ("の中止", Kind(K::Suspension)),
    ("を中止", Kind(K::Suspension)),
    ("をやめ", Kind(K::Suspension)),
    ("を止め", Kind(K::Suspension)),
    ("しない", Kind(K::Suspension)),
];

/// After a record (提供記録), the 開示 that belongs to it.
const RECORD_SUFFIXES: [&str; 3] = ["の開示", "を開示", "開示"];
/// [`RECORD_SUFFIXES`], packed.
static RECORD_SUFFIX_TEXT: [u8; packed::size(&RECORD_SUFFIXES)] = packed::pack(&RECORD_SUFFIXES);

/// Verbs that stop something (提供の停止, 提供をやめて, 提供しないで).
const STOP_VERBS: [&str; 5] = ["停止", "中止", "やめ", "止め", "しない"];
/// [`STOP_VERBS`], packed.
static STOP_VERB_TEXT: [u8; packed::size(&STOP_VERBS)] = packed::pack(&STOP_VERBS);

/// After 第三者, ways of saying "do not pass it on" without 提供.
const DO_NOT_PASS: [&str; 3] = ["渡さない", "渡すのをやめ", "渡さず"];
/// [`DO_NOT_PASS`], packed.
static DO_NOT_PASS_TEXT: [u8; packed::size(&DO_NOT_PASS)] = packed::pack(&DO_NOT_PASS);

/// After 利用目的: particles, then what makes it a request for notification.
const PURPOSE_PARTICLES: [&str; 6] = ["について", "に関して", "に関する", "の", "を", "が"];
const PURPOSE_VERBS: [&str; 8] = [
    "通知",
    "開示",
    "教え",
    "知らせ",
    "知り",
    "説明",
    "明示",
    "回答",
];
/// [`PURPOSE_PARTICLES`], packed.
static PURPOSE_PARTICLE_TEXT: [u8; packed::size(&PURPOSE_PARTICLES)] =
    packed::pack(&PURPOSE_PARTICLES);
/// [`PURPOSE_VERBS`], packed.
static PURPOSE_VERB_TEXT: [u8; packed::size(&PURPOSE_VERBS)] = packed::pack(&PURPOSE_VERBS);

/// Words that negate the mention before them.
const NEGATIONS: &[&str] = &[
    "不要",
    "結構です",
    "結構で",
    "けっこうです",
    "必要ありません",
    "必要はありません",
    "必要ございません",
    "必要ない",
    "必要はない",
    "いりません",
    "要りません",
    "いらない",
    "要らない",
    "しないで",
    "しなくて",
    "しません",
    "しない",
    "せず",
    "求めません",
    "求めない",
    "求めず",
    "望みません",
    "望まない",
    "ていません",
    "てません",
    "はいません",
    "おりません",
    "ではなく",
    "でなく",
    "じゃなく",
    "ではありません",
    "ではございません",
    "ではない",
    "じゃない",
    "なし",
    "無し",
    "除く",
    "除き",
    "除いて",
    "取り下げ",
    "撤回",
];
/// [`NEGATIONS`] as the module holds them ([`packed`]: no pointer per word).
static NEGATION_TEXT: [u8; packed::size(NEGATIONS)] = packed::pack(NEGATIONS);

/// Whether a word of [`NEGATIONS`] or [`NOT_NEGATIONS`] may start with `c`.
fn may_start_negation(c: char) -> bool {
    matches!(
        c,
        '不' | '結'
            | 'け'
            | '必'
            | 'い'
            | '要'
            | 'し'
            | 'せ'
            | '求'
            | '望'
            | 'て'
            | 'は'
            | 'お'
            | 'で'
            | 'じ'
            | 'な'
            | '無'
            | '除'
            | '取'
            | '撤'
            | 'だ'
            | 'の'
            | 'ば'
    )
}

/// Negation words that, in these longer words, negate nothing: 不要な情報 (an
/// adjective), 開示だけでなく訂正も ("not only").
const NOT_NEGATIONS: &[&str] = &[
    "不要な",
    "不要に",
    "不要の",
    "だけでなく",
    "だけではなく",
    "のみでなく",
    "のみではなく",
    "ばかりでなく",
    "ばかりではなく",
];
/// [`NOT_NEGATIONS`], packed.
static NOT_NEGATION_TEXT: [u8; packed::size(NOT_NEGATIONS)] = packed::pack(NOT_NEGATIONS);

/// What right after a kind says it already happened (開示された情報, 訂正済み)
/// rather than that it is asked for.
const PAST: &[&str] = &[
    "され",
    "済",
    "していただいた",
    "してもらった",
    "しました",
    "を受けた",
];
/// [`PAST`], packed.
static PAST_TEXT: [u8; packed::size(PAST)] = packed::pack(PAST);

/// Characters that end a clause: the tail of a mention stops at them.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '。' | '、' | '.' | ',' | '!' | '?' | '！' | '？' | ';' | '；' | '\n'
    )
}

/// Words that join mentions into one list (開示と訂正, 訂正・追加・削除).
const JOINERS: &[&str] = &[
    "および",
    "及び",
    "ならびに",
    "並びに",
    "または",
    "又は",
    "とか",
    "と",
    "や",
    "も",
    "か",
    "・",
    "、",
    ",",
    "/",
    "／",
];
/// [`JOINERS`], packed.
static JOINER_TEXT: [u8; packed::size(JOINERS)] = packed::pack(JOINERS);

/// One mention: what it means and where it is (byte offsets into the content).
#[derive(Debug, Clone, Copy)]
struct Mention {
    meaning: Meaning,
    start: usize,
    end: usize,
}

/// Reads the kinds and the requester from the request content (the text after the
/// first line of a disclosure request).
pub fn read(content: &str) -> Disclosure {
    let asked = asked(content, &mentions(content));
    Disclosure {
        kinds: {
            let mut listed = Vec::new();
            for &k in &DisclosureKind::ALL {
                if asked.kinds & (1 << k as u8) != 0 {
                    listed.push(k);
                }
            }
            listed
        },
        requester: if asked.by_agent {
            Some(Requester::Agent)
        } else if asked.by_self {
            Some(Requester::Principal)
        } else {
            None
        },
    }
}

/// What the mentions of a text ask for, their negations read.
#[derive(Debug, Default)]
struct Asked {
    /// Bit `k` for each [`DisclosureKind`] `k` asked for.
    kinds: u8,
    /// Whether the person (本人) says they ask.
    by_self: bool,
    /// Whether an agent says they ask.
    by_agent: bool,
}

/// What `mentions` (the mentions of `content` from some place on, in order, with
/// offsets into `content`) ask for: each counts unless it is negated.
fn asked(content: &str, mentions: &[Mention]) -> Asked {
    let mut asked = Asked::default();
    // Right to left, so that a list takes the verdict of its last member: the
    // mention after this one, and whether it was negated.
    let mut next: Option<(&Mention, bool)> = None;
    for m in mentions.iter().rev() {
        let tail_end = next.map_or(content.len(), |(n, _)| n.start);
        let tail = clause_prefix(crate::substring::slice(content, m.end, tail_end));
        let joined = next.filter(|(n, _)| {
            same_category(m.meaning, n.meaning)
                && content.get(m.end..n.start).is_some_and(is_joiner_only)
        });
        let negated = match joined {
            Some((_, negated)) => negated,
            None => is_negated(tail, crate::substring::slice(content, m.end, content.len())),
        };
        if !negated {
            match m.meaning {
                Kind(kind) => asked.kinds |= 1 << kind as u8,
                Meaning::Requester(Requester::Principal) => asked.by_self = true,
                Meaning::Requester(Requester::Agent) => asked.by_agent = true,
                Nothing => {}
            }
        }
        next = Some((m, negated));
    }
    asked
}

/// Words that say the data is the person's own: 個人情報 and (保有)個人データ, 私の情報,
/// 登録情報… Matched anywhere in the sentence of the request or the one before it.
const OWN_DATA: &[&str] = &[
    "個人情報",
    "個人データ",
    "私の情報",
    "私の個人",
    "私のデータ",
    "私に関する",
    "わたしの情報",
    "自分の情報",
    "自分の個人",
    "自分のデータ",
    "本人の情報",
    "登録情報",
    "登録内容",
    "登録データ",
    "登録されている",
    "登録している",
    "登録した情報",
    "登録済み",
    "登録住所",
    "登録電話番号",
    "登録メールアドレス",
    "会員情報",
    "顧客情報",
    "お客様情報",
    "お客さま情報",
    "アカウント情報",
    // What the company holds about the person: 貴社が保有する情報.
    "保有する",
    "保有している",
    "保有されている",
    // Who asks, as a request states it: the data is theirs (or the one they act for).
    "本人として",
    "本人です",
    "代理人として",
];
/// [`OWN_DATA`], packed.
static OWN_DATA_TEXT: [u8; packed::size(OWN_DATA)] = packed::pack(OWN_DATA);
/// [`OWN_DATA`], ready to look for.
static OWN_DATA_WORDS: Words = Words::new(&OWN_DATA_TEXT);

/// Words that make a sentence a question about the procedure or the policy rather
/// than a request: 「個人情報の開示について教えてください」, 「消去の方法を知りたい」.
const GENERAL_QUESTION: &[&str] = &[
    "について教え",
    "について知り",
    "についてお聞き",
    "についてお尋ね",
    "についてお伺い",
    "について伺",
    "について質問",
    "についての質問",
    "方法",
    "手続き",
    "手続",
    "手順",
    "やり方",
    "仕方",
    "流れ",
    "どうすれば",
    "どうしたら",
    "どのように",
    "どうやって",
    "必要書類",
    "手数料",
    "取り扱い",
    "取扱い",
    "取扱",
    "方針",
    "ポリシー",
];
/// [`GENERAL_QUESTION`], packed.
static GENERAL_QUESTION_TEXT: [u8; packed::size(GENERAL_QUESTION)] = packed::pack(GENERAL_QUESTION);
/// [`GENERAL_QUESTION`], ready to look for.
static GENERAL_QUESTION_WORDS: Words = Words::new(&GENERAL_QUESTION_TEXT);

/// Ends of sentences: a request and a question are told apart one sentence at a time.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '.' | '!' | '?' | '！' | '？' | '\n')
}

/// Whether `body` (an ordinary inquiry, text-normalized) asks for one of the kinds of
/// section 6 about the person's own data: a sentence from which [`read`] takes a kind
/// (so negations such as 「開示は不要です」 do not count), that is not a question about the
/// procedure or the policy, with a word naming the person's data (個人情報, 私の情報,
/// 登録情報…) in it or in the sentence before it.
pub fn asks_for_own_data(body: &str) -> bool {
    // The mentions of the whole body are those of its sentences (no word runs over
    // the end of a sentence, which ends a clause too), found in one pass. Only the
    // sentences with a kind among them are cut out, with the sentence before each.
    let mentions = mentions(body);
    let mut i = 0;
    while let Some(m) = mentions.get(i) {
        if !matches!(m.meaning, Kind(_)) {
            i += 1;
            continue;
        }
        let (start, end) = sentence_around(body, m.start);
        // The sentence's mentions, read as `read` reads the sentence alone: the text
        // up to its end, from the sentence's first mention on.
        let mut first = i;
        while first > 0 && mentions.get(first - 1).is_some_and(|m| m.start >= start) {
            first -= 1;
        }
        i += mentions
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|m| m.start < end)
            .count();
        let within = mentions.get(first..i).unwrap_or(&[]);
        let sentence = crate::substring::slice(body, start, end);
        let own = |s: &str| OWN_DATA_WORDS.in_text(s);
        if asked(crate::substring::slice(body, 0, end), within).kinds != 0
            && !GENERAL_QUESTION_WORDS.in_text(sentence)
            && (own(sentence) || own(sentence_before(body, start)))
        {
            return true;
        }
    }
    false
}

/// The sentence of `body` that holds byte `at` (not the end of a sentence), as a
/// byte range: from after the end of the sentence before it to after its own end
/// (or the end of the body), as `split_inclusive` would cut it.
fn sentence_around(body: &str, at: usize) -> (usize, usize) {
    let mut start = at;
    while let Some(c) = crate::substring::char_before(body, start) {
        if ends_sentence(c) {
            break;
        }
        start -= c.len_utf8();
    }
    let after = crate::substring::slice(body, at, body.len());
    let end = match after.char_indices().find(|&(_, c)| ends_sentence(c)) {
        Some((i, c)) => at + i + c.len_utf8(),
        None => body.len(),
    };
    (start, end)
}

/// The last sentence of `body` before byte `start` (where a sentence starts) that
/// is not blank; empty when there is none.
fn sentence_before(body: &str, start: usize) -> &str {
    let mut end = start;
    // The sentence around the character that ends the one before.
    while let Some(c) = crate::substring::char_before(body, end) {
        let (from, _) = sentence_around(body, end - c.len_utf8());
        let sentence = crate::substring::slice(body, from, end);
        if !crate::substring::trim(sentence).is_empty() {
            return sentence;
        }
        end = from;
    }
    ""
}

/// The mentions of `content`, in order, not overlapping. Words that name nothing
/// are left out once they have done their job of hiding their parts.
fn mentions(content: &str) -> Vec<Mention> {
    let bytes = content.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    // Character by character, by their bytes: most are told from the characters of
    // [`MENTION_STARTS`] by their first byte, without decoding them.
    while let Some(&lead) = bytes.get(at) {
        if !may_start_mention(bytes.get(at..).unwrap_or(&[])) {
            at += crate::substring::utf8_len(lead);
            continue;
        }
        let Some((meaning, len)) = content.get(at..).and_then(mention_at) else {
            at += crate::substring::utf8_len(lead);
            continue;
        };
        if meaning != Nothing {
            found.push(Mention {
                meaning,
                start: at,
                end: at + len,
            });
        }
        at += len.max(1);
    }
    found
}

/// The characters a mention may start with: the first characters of the stems of
/// [`WORDS`], 第三者 and 利用目的, all of them kanji (three bytes of UTF-8, the first
/// from 0xE4 to 0xE9). Checked before the words themselves, so that the scan costs
/// a comparison or two for most characters of a text.
const MENTION_STARTS: &str = "開非不訂追削修利使消抹破廃取提本代委親後保補第";

/// Whether `text` (UTF-8 from a character on) starts with a character of
/// [`MENTION_STARTS`].
fn may_start_mention(text: &[u8]) -> bool {
    let [first @ 0xE4..=0xE9, second, third, ..] = *text else {
        return false;
    };
    MENTION_STARTS
        .as_bytes()
        .chunks_exact(3)
        .any(|c| *c == [first, second, third])
}

/// The mention that starts `text`, with its length in bytes.
fn mention_at(text: &str) -> Option<(Meaning, usize)> {
    let (meaning, len) = if let Some(rest) = text.strip_prefix("第三者") {
        let head = text.len() - rest.len();
        third_party(rest).map_or((Nothing, head), |(meaning, n)| (meaning, head + n))
    } else if let Some(rest) = text.strip_prefix("利用目的") {
        purpose(rest)
            .map(|n| (Kind(K::PurposeNotification), text.len() - rest.len() + n))
            .unwrap_or((Nothing, text.len() - rest.len()))
    } else {
        word_at(text.as_bytes())?
    };
    let after = crate::substring::slice(text, len, text.len());
    let (len, after) = match meaning {
        Kind(K::ThirdPartyRecordDisclosure) => {
            let n = record_suffix(after);
            (len + n, crate::substring::slice(after, n, after.len()))
        }
        _ => (len, after),
    };
    if matches!(meaning, Kind(_)) && is_past(after) {
        return Some((Nothing, len));
    }
    Some((meaning, len))
}

/// After 第三者: a record of provision (第三者提供記録, 第三者に提供した記録) or the stop
/// of provision (第三者への提供の停止, 第三者に提供しないで), read within a short
/// window of the same clause. Then the whole phrase is one mention.
/// Returns the meaning and the length of the phrase after 第三者.
fn third_party(rest: &str) -> Option<(Meaning, usize)> {
    const WINDOW_CHARS: usize = 16;
    // The window ends at the first end of a clause among its first characters, else
    // after them.
    let mut window_end = rest.len();
    for (n, (i, c)) in rest.char_indices().enumerate() {
        if n == WINDOW_CHARS || ends_clause(c) {
            window_end = i;
            break;
        }
    }
    let window = rest.get(..window_end)?;
    let record = find(window, "記録");
    let provision = find(window, "提供");
    let stop_after_provision = provision.and_then(|p| first_end(&STOP_VERB_TEXT, window, p));
    let do_not_pass = first_end(&DO_NOT_PASS_TEXT, window, 0);
    let stop = match (stop_after_provision, do_not_pass) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    match (record, stop) {
        (Some(r), s) if s.is_none_or(|s| r < s) => {
            Some((Kind(K::ThirdPartyRecordDisclosure), r + "記録".len()))
        }
        (_, Some(s)) => Some((Kind(K::StopThirdPartyProvision), s)),
        _ => None,
    }
}

/// Where the word of `packed` found first in `window` from byte `from` on ends (the
/// least end of them all), if one is there.
fn first_end(packed: &'static [u8], window: &str, from: usize) -> Option<usize> {
    let hay = window.as_bytes().get(from..)?;
    let mut first: Option<usize> = None;
    for word in packed::bytes(packed) {
        if let Some(at) = find_bytes(hay, word) {
            let end = from + at + word.len();
            first = Some(first.map_or(end, |f| f.min(end)));
        }
    }
    first
}

/// After 利用目的: the length of 「の通知」, 「を教えて」… when the purpose of use
/// is asked for.
fn purpose(rest: &str) -> Option<usize> {
    let particle = packed::prefix_len(&PURPOSE_PARTICLE_TEXT, rest.as_bytes()).unwrap_or(0);
    let after = rest.get(particle..)?;
    let honorific = if crate::substring::starts_with_any(after, &['ご', 'お']) {
        'ご'.len_utf8()
    } else {
        0
    };
    let after = after.get(honorific..)?;
    let verb = packed::prefix_len(&PURPOSE_VERB_TEXT, after.as_bytes())?;
    Some(particle + honorific + verb)
}

fn record_suffix(after: &str) -> usize {
    packed::prefix_len(&RECORD_SUFFIX_TEXT, after.as_bytes()).unwrap_or(0)
}

/// Whether `after` starts with a word of [`PAST`] (no word of it starts another, so
/// the first that matches is the only one).
fn is_past(after: &str) -> bool {
    let bytes = after.as_bytes();
    let Some(n) = packed::prefix_len(&PAST_TEXT, bytes) else {
        return false;
    };
    // 受けたい, 受けたく: a wish, not the past.
    let wish = crate::substring::starts_with_any(
        crate::substring::slice(after, n, after.len()),
        &['い', 'く'],
    );
    !(bytes.get(..n).is_some_and(|p| p.ends_with("た".as_bytes())) && wish)
}

/// The part of `tail` before the end of its clause.
fn clause_prefix(tail: &str) -> &str {
    for (i, c) in tail.char_indices() {
        if ends_clause(c) {
            return crate::substring::slice(tail, 0, i);
        }
    }
    tail
}

fn same_category(a: Meaning, b: Meaning) -> bool {
    matches!(
        (a, b),
        (Kind(_), Kind(_)) | (Meaning::Requester(_), Meaning::Requester(_))
    )
}

/// Whether the text between two mentions only joins them into a list.
fn is_joiner_only(mut gap: &str) -> bool {
    loop {
        gap = crate::substring::trim_start(gap);
        if gap.is_empty() {
            return true;
        }
        match packed::prefix_len(&JOINER_TEXT, gap.as_bytes()) {
            Some(n) => gap = crate::substring::slice(gap, n, gap.len()),
            None => return false,
        }
    }
}

/// Whether a mention whose clause continues with `tail` is negated. `after` is all
/// the text after the mention (for 以外, which may end the clause: 開示以外、…).
fn is_negated(tail: &str, after: &str) -> bool {
    let except = after.starts_with("以外") && !after.starts_with("以外に");
    except != has_negation(tail)
}

fn has_negation(tail: &str) -> bool {
    let mut at = 0;
    while let Some(rest) = tail.get(at..) {
        let Some(c) = rest.chars().next() else { break };
        if !may_start_negation(c) {
            at += c.len_utf8();
            continue;
        }
        let bytes = rest.as_bytes();
        if let Some(skip) = packed::prefix_len(&NOT_NEGATION_TEXT, bytes) {
            at += skip;
            continue;
        }
        if packed::prefix_len(&NEGATION_TEXT, bytes).is_some() {
            return true;
        }
        at += c.len_utf8();
    }
    false
}

#[cfg(test)]
mod tests;
