//! Labels: the words people write before a value (`保険者番号：`, `口座番号 普通`,
//! `記号・番号`, `TEL`), matched after folding width, case and half-width katakana.
//!
//! A label says which detector family the next value belongs to. Families whose
//! values have no structure of their own (an insurance card's 記号/番号, a bank
//! account) are only found behind one; the others use labels to settle which kind a
//! value is when two could fit. Words such as 注文番号 or 〒 are labels too, of values
//! that must be left alone.

use super::chars::{compose_voiced, fold, is_kana_or_kanji, is_space};

/// The detector family a label announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// 保険者番号 (not 被保険者番号).
    Insurer,
    /// 被保険者番号 written as one number.
    InsuredSingle,
    /// 記号, or 記号・番号 / 記号・番号・枝番 announcing several components.
    InsuredSymbol,
    /// 番号 after a 記号, or 枝番.
    InsuredNumber,
    /// 公費負担者番号.
    Payer,
    /// 受給者番号.
    Recipient,
    /// 口座番号, 普通, 当座.
    Bank,
    /// 運転免許証番号.
    License,
    /// 基礎年金番号.
    Pension,
    /// 個人番号, マイナンバー.
    MyNumber,
    /// クレジットカード, カード番号.
    Card,
    /// 旅券番号, パスポート.
    Passport,
    /// 在留カード.
    Residence,
    /// 電話番号, TEL.
    Phone,
    /// 注文番号, 追跡番号, 〒…: the value right after it is not sensitive.
    Negative,
    /// A word recognised only so that a shorter label inside it is not
    /// (被保険者 holds 保険者; 番号 alone after a kana).
    Skip,
}

impl Family {
    /// Whether the value must follow the label closely (only connectors between).
    pub(crate) fn is_tight(self) -> bool {
        matches!(
            self,
            Family::InsuredSymbol | Family::InsuredNumber | Family::Negative
        )
    }
}

type Entry = (&'static str, Family);

use Family::*;

// Patterns are written folded (see `chars::fold`): lower-case ASCII, full-width
// katakana. A space matches any run of white space, or none. Within one first
// character the longest pattern comes first.
const HO: &[Entry] = &[
    ("保険者番号", Insurer),
    ("保険者の番号", Insurer),
    ("保険者 no.", Insurer),
    ("保険者 no", Insurer),
    ("保険者 番号", Insurer),
    ("保険者コード", Insurer),
    ("保険者", Insurer),
    ("保険証の記号", InsuredSymbol),
    ("保険証番号", InsuredSingle),
    ("保険証の番号", InsuredSingle),
];
const HI: &[Entry] = &[
    ("被保険者証の記号", InsuredSymbol),
    ("被保険者番号", InsuredSingle),
    ("被保険者の番号", InsuredSingle),
    ("被保険者証番号", InsuredSingle),
    ("被保険者証の番号", InsuredSingle),
    ("被保険者 no.", InsuredSingle),
    ("被保険者 no", InsuredSingle),
    ("被保険者証", Skip),
    ("被保険者", Skip),
];
const KI: &[Entry] = &[("記号", InsuredSymbol)];
const BAN: &[Entry] = &[("番号", InsuredNumber)];
const EDA: &[Entry] = &[("枝番", InsuredNumber)];
const KOU: &[Entry] = &[
    ("公費負担者番号", Payer),
    ("公費負担者", Payer),
    ("公費負担医療", Skip),
    ("公費", Payer),
];
const FU: &[Entry] = &[("負担者番号", Payer), ("負担者", Payer)];
const JU: &[Entry] = &[
    ("受給者証番号", Recipient),
    ("受給者番号", Recipient),
    ("受給者", Recipient),
    ("受付", Negative),
];
const KUCHI: &[Entry] = &[("口座", Bank)];
const FUTSU: &[Entry] = &[("普通預金", Bank), ("普通", Bank)];
const TOU: &[Entry] = &[("当座預金", Bank), ("当座", Bank)];
const CHO: &[Entry] = &[("貯蓄預金", Bank), ("貯蓄", Bank)];
const YO: &[Entry] = &[("預金", Bank), ("予約", Negative)];
const FURI: &[Entry] = &[("振込先", Bank), ("振り込み先", Bank), ("振込み先", Bank)];
const UN: &[Entry] = &[("運転免許", License)];
const MEN: &[Entry] = &[("免許", License)];
const KI_NEN: &[Entry] = &[("基礎年金", Pension)];
const NEN: &[Entry] = &[("年金", Pension)];
const KO: &[Entry] = &[("個人番号カード", MyNumber), ("個人番号", MyNumber)];
const MA: &[Entry] = &[
    ("マイナンバーカード", MyNumber),
    ("マイナンバー", MyNumber),
    ("マイナ", MyNumber),
];
const KU: &[Entry] = &[("クレジットカード", Card), ("クレジット", Card)];
const KA: &[Entry] = &[("カード番号", Card), ("カード", Card)];
const A: &[Entry] = &[("アメックス", Card)];
const DA: &[Entry] = &[("ダイナース", Card)];
const PA: &[Entry] = &[("パスポート", Passport)];
const RYO: &[Entry] = &[("旅券", Passport), ("領収", Negative)];
const ZAI: &[Entry] = &[("在留カード", Residence), ("在留", Residence)];
const TOKU: &[Entry] = &[("特別永住者", Residence)];
const DEN: &[Entry] = &[("電話", Phone), ("伝票", Negative)];
const KEI: &[Entry] = &[("携帯", Phone)];
const REN: &[Entry] = &[("連絡先", Phone)];
const TEL_SIGN: &[Entry] = &[("℡", Phone), ("☎", Phone)];
// Numbers that are not sensitive (the value right after them is left alone).
const CHU: &[Entry] = &[("注文", Negative)];
const TOI: &[Entry] = &[
    ("問い合わせ", Negative),
    ("問合わせ", Negative),
    ("問い合せ", Negative),
    ("問合せ", Negative),
];
const TSUI: &[Entry] = &[("追跡", Negative)];
const SEI: &[Entry] = &[
    ("請求書番号", Negative),
    ("請求番号", Negative),
    ("請求 no", Negative),
    ("請求id", Negative),
    ("整理番号", Negative),
    ("製造番号", Negative),
];
const TORI: &[Entry] = &[("取引", Negative)];
const KAI: &[Entry] = &[("会員番号", Negative)];
const KAN: &[Entry] = &[("管理番号", Negative)];
const YUU: &[Entry] = &[("郵便番号", Negative)];
const POST: &[Entry] = &[("〒", Negative)];
const HE: &[Entry] = &[("部屋", Negative)];
const SHIN: &[Entry] = &[("診察券", Negative), ("申込", Negative), ("申し込み", Negative)];
const SHO: &[Entry] = &[("商品番号", Negative)];
const HIN: &[Entry] = &[("品番", Negative)];
const KATA: &[Entry] = &[("型番", Negative)];
const NAI: &[Entry] = &[("内線", Negative)];
// Half-width or full-width katakana spellings.
const KANA_HO: &[Entry] = &[("ホケンシャバンゴウ", Insurer), ("ホケンシャ", Insurer)];
const KANA_HI: &[Entry] = &[("ヒホケンシャバンゴウ", InsuredSingle), ("ヒホケンシャ", Skip)];
const KANA_KI: &[Entry] = &[("キゴウ", InsuredSymbol)];
const KANA_BA: &[Entry] = &[("バンゴウ", InsuredNumber)];
const KANA_E: &[Entry] = &[("エダバン", InsuredNumber)];
const KANA_TO: &[Entry] = &[("トウザ", Bank)];
const KANA_KO: &[Entry] = &[("コウザ", Bank)];
const KANA_JI: &[Entry] = &[("ジュキュウシャ", Recipient)];
const KANA_ME: &[Entry] = &[("メンキョ", License)];
const KANA_NE: &[Entry] = &[("ネンキン", Pension)];
// English (matched on word boundaries).
const EN_A: &[Entry] = &[
    ("account", Bank),
    ("acct", Bank),
    ("a/c", Bank),
    ("american express", Card),
    ("amex", Card),
];
const EN_B: &[Entry] = &[("bank", Bank)];
const EN_C: &[Entry] = &[("credit", Card), ("card", Card)];
const EN_D: &[Entry] = &[
    ("driver's license", License),
    ("drivers license", License),
    ("driver license", License),
    ("driving licence", License),
    ("driving license", License),
    ("diners", Card),
];
const EN_E: &[Entry] = &[("error", Negative), ("err", Negative), ("ext", Negative)];
const EN_F: &[Entry] = &[("fax", Phone)];
const EN_I: &[Entry] = &[
    ("insured number", InsuredSingle),
    ("insured no", InsuredSingle),
    ("insurer", Insurer),
    ("invoice", Negative),
];
const EN_J: &[Entry] = &[("jcb", Card)];
const EN_L: &[Entry] = &[("license", License), ("licence", License)];
const EN_M: &[Entry] = &[
    ("my number", MyNumber),
    ("mynumber", MyNumber),
    ("mastercard", Card),
    ("master card", Card),
    ("mobile", Phone),
];
const EN_O: &[Entry] = &[("order", Negative)];
const EN_P: &[Entry] = &[
    ("passport", Passport),
    ("pension", Pension),
    ("payer", Payer),
    ("phone", Phone),
];
const EN_R: &[Entry] = &[
    ("residence card", Residence),
    ("residence", Residence),
    ("recipient", Recipient),
    ("ref", Negative),
    ("room", Negative),
];
const EN_T: &[Entry] = &[
    ("telephone", Phone),
    ("tel", Phone),
    ("tracking", Negative),
    ("transaction", Negative),
];
const EN_V: &[Entry] = &[("visa", Card), ("version", Negative), ("ver", Negative)];

/// The patterns that may start with the folded character `c`.
#[inline]
fn patterns(c: char) -> &'static [Entry] {
    match c {
        '保' => HO,
        '被' => HI,
        '記' => KI,
        '番' => BAN,
        '枝' => EDA,
        '公' => KOU,
        '負' => FU,
        '受' => JU,
        '口' => KUCHI,
        '普' => FUTSU,
        '当' => TOU,
        '貯' => CHO,
        '預' | '予' => YO,
        '振' => FURI,
        '運' => UN,
        '免' => MEN,
        '基' => KI_NEN,
        '年' => NEN,
        '個' => KO,
        'マ' => MA,
        'ク' => KU,
        'カ' => KA,
        'ア' => A,
        'ダ' => DA,
        'パ' => PA,
        '旅' | '領' => RYO,
        '在' => ZAI,
        '特' => TOKU,
        '電' | '伝' => DEN,
        '携' => KEI,
        '連' => REN,
        'フ' => FU_ALL,
        '℡' | '☎' => TEL_SIGN,
        '注' => CHU,
        '問' => TOI,
        '追' => TSUI,
        '請' | '整' | '製' => SEI,
        '取' => TORI,
        '会' => KAI,
        '管' => KAN,
        '郵' => YUU,
        '〒' => POST,
        '部' => HE,
        '診' | '申' => SHIN,
        '商' => SHO,
        '品' => HIN,
        '型' => KATA,
        '内' => NAI,
        'ホ' => KANA_HO,
        'ヒ' => KANA_HI,
        'キ' => KANA_KI,
        'バ' => KANA_BA,
        'エ' => KANA_E,
        'ト' => KANA_TO,
        'コ' => KANA_KO,
        'ジ' => KANA_JI,
        'メ' => KANA_ME,
        'ネ' => KANA_NE,
        'a' => EN_A,
        'b' => EN_B,
        'c' => EN_C,
        'd' => EN_D,
        'e' => EN_E,
        'f' => EN_F,
        'i' => EN_I,
        'j' => EN_J,
        'l' => EN_L,
        'm' => EN_M,
        'o' => EN_O,
        'p' => EN_P,
        'r' => EN_R,
        't' => EN_T,
        'v' => EN_V,
        _ => &[],
    }
}

// ファックス and the katakana spellings of 普通 and 負担者 share their first character.
const FU_ALL: &[Entry] = &[
    ("ファックス", Phone),
    ("ファクス", Phone),
    ("フツウ", Bank),
    ("フタンシャ", Payer),
];

/// Whether `c` (folded) may start a label: the scanner's cheap first test.
#[inline]
pub(crate) fn may_start_label(c: char) -> bool {
    !patterns(c).is_empty()
}

/// A label found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Its family.
    pub family: Family,
    /// Byte offset where the label ends.
    pub end: usize,
    /// How many values it announces (記号・番号・枝番: 3).
    pub quota: u8,
    /// A bare 番号: a label only right after a 記号 (the scanner checks).
    pub needs_symbol: bool,
}

/// Matches a label starting at byte `pos` of `text`, whose folded first character is
/// `first`. `prev` is the character before `pos`, if any.
pub(crate) fn match_at(text: &str, pos: usize, first: char, prev: Option<char>) -> Option<Found> {
    let ascii = first.is_ascii();
    if ascii && prev.is_some_and(|p| fold(p).is_ascii_alphanumeric()) {
        return None;
    }
    for &(pattern, family) in patterns(first) {
        let Some(end) = match_pattern(text, pos, pattern) else {
            continue;
        };
        if pattern.is_ascii() && pattern.ends_with(|c: char| c.is_ascii_alphabetic()) {
            // English words end on a word boundary ("tel" is not "tell").
            let next = text.get(end..).and_then(|s| s.chars().next());
            if next.is_some_and(|n| fold(n).is_ascii_alphabetic()) {
                continue;
            }
        }
        return Some(finish(text, pos, end, family, prev));
    }
    None
}

/// Adjusts a raw match: combined 記号・番号 labels, 番号 alone, and the words after a
/// negative label (注文 + 番号).
fn finish(text: &str, pos: usize, end: usize, family: Family, prev: Option<char>) -> Found {
    match family {
        InsuredSymbol => {
            let (end, quota) = combined_symbol(text, end);
            Found {
                family,
                end,
                quota,
                needs_symbol: false,
            }
        }
        InsuredNumber => {
            // 枝番 always labels a component; 番号 only on its own (not 注文番号, not
            // カードの番号); the scanner checks that a 記号 came just before.
            let alone = prev.is_none_or(|p| !is_kana_or_kanji(p));
            let is_branch = text.get(pos..).is_some_and(|s| {
                s.starts_with('枝') || s.starts_with('エ') || s.starts_with('ｴ')
            });
            Found {
                family: if alone || is_branch { family } else { Skip },
                end,
                quota: 1,
                needs_symbol: !is_branch,
            }
        }
        Negative => Found {
            family,
            end: absorb_word(text, end),
            quota: 1,
            needs_symbol: false,
        },
        _ => Found {
            family,
            end,
            quota: 1,
            needs_symbol: false,
        },
    }
}

/// After 記号: `・番号`, `番号`, `／番号`, `及び番号`… and then `・枝番` make one
/// label for two or three components.
fn combined_symbol(text: &str, end: usize) -> (usize, u8) {
    let mut quota = 1u8;
    let mut at = end;
    for next in ["番号", "枝番"] {
        let Some(after) = joined(text, at, next) else {
            break;
        };
        at = after;
        quota += 1;
    }
    (at, quota)
}

/// If `word` follows `at` after at most one joiner, the end of `word`.
fn joined(text: &str, at: usize, word: &str) -> Option<usize> {
    let rest = text.get(at..)?;
    let trimmed = rest.trim_start_matches(is_space);
    let mut skip = rest.len() - trimmed.len();
    let rest = trimmed;
    for joiner in ["・", "･", "/", "／", "、", "&", "＆", "と", "及び", "および", "-", "－", ""] {
        if let Some(after) = rest.strip_prefix(joiner) {
            let after_trim = after.trim_start_matches(is_space);
            let kana = match word {
                "番号" => "バンゴウ",
                _ => "エダバン",
            };
            let hit = after_trim
                .strip_prefix(word)
                .or_else(|| after_trim.strip_prefix(kana));
            if let Some(tail) = hit {
                skip += rest.len() - tail.len();
                return Some(at + skip);
            }
        }
    }
    None
}

/// Extends a negative label over the rest of its word (`注文` + `番号`, `取引` +
/// `ID`), at most eight characters.
fn absorb_word(text: &str, end: usize) -> usize {
    let mut at = end;
    if let Some(rest) = text.get(end..) {
        for (n, c) in rest.chars().enumerate() {
            let hiragana = ('\u{3041}'..='\u{309F}').contains(&c);
            let word = (is_kana_or_kanji(c) && !hiragana)
                || c.is_ascii_alphabetic()
                || matches!(c, 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
            if !word || n >= 8 {
                break;
            }
            at += c.len_utf8();
        }
    }
    at
}

/// Matches folded `pattern` at byte `pos`; returns the end byte offset.
fn match_pattern(text: &str, pos: usize, pattern: &str) -> Option<usize> {
    let rest = text.get(pos..)?;
    let mut chars = rest.char_indices().peekable();
    let mut end = 0usize;
    for p in pattern.chars() {
        if p == ' ' {
            while let Some(&(i, c)) = chars.peek() {
                if !is_space(c) {
                    break;
                }
                chars.next();
                end = i + c.len_utf8();
            }
            continue;
        }
        let (i, c) = chars.next()?;
        let mut folded = fold(c);
        end = i + c.len_utf8();
        // A half-width katakana and its separate voiced mark are one character.
        if let Some(&(j, mark)) = chars.peek() {
            if let Some(composed) = compose_voiced(folded, mark) {
                folded = composed;
                chars.next();
                end = j + mark.len_utf8();
            }
        }
        if folded != p {
            return None;
        }
    }
    Some(pos + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str) -> Option<(Family, &str, u8)> {
        let first = fold(text.chars().next()?);
        match_at(text, 0, first, None).map(|f| (f.family, &text[..f.end], f.quota))
    }

    #[test]
    fn insurer_labels_in_their_forms() {
        assert_eq!(label("保険者番号：1"), Some((Insurer, "保険者番号", 1)));
        assert_eq!(label("保険者No.：1"), Some((Insurer, "保険者No.", 1)));
        assert_eq!(label("保険者ＮＯ．1"), Some((Insurer, "保険者ＮＯ．", 1)));
        assert_eq!(label("保険者 No 1"), Some((Insurer, "保険者 No", 1)));
        assert_eq!(label("保険者の番号は"), Some((Insurer, "保険者の番号", 1)));
        assert_eq!(label("ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ 1"), Some((Insurer, "ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ", 1)));
        assert_eq!(label("Insurer No. 1").map(|l| l.0), Some(Insurer));
    }

    #[test]
    fn insured_labels_are_not_insurer_labels() {
        assert_eq!(label("被保険者番号 1"), Some((InsuredSingle, "被保険者番号", 1)));
        assert_eq!(label("被保険者証の記号・番号：1"), Some((InsuredSymbol, "被保険者証の記号・番号", 2)));
        assert_eq!(label("被保険者氏名").map(|l| l.0), Some(Skip));
    }

    #[test]
    fn combined_symbol_labels_count_their_components() {
        assert_eq!(label("記号 1"), Some((InsuredSymbol, "記号", 1)));
        assert_eq!(label("記号・番号：1"), Some((InsuredSymbol, "記号・番号", 2)));
        assert_eq!(label("記号番号 1"), Some((InsuredSymbol, "記号番号", 2)));
        assert_eq!(label("記号／番号 1"), Some((InsuredSymbol, "記号／番号", 2)));
        assert_eq!(label("記号及び番号 1"), Some((InsuredSymbol, "記号及び番号", 2)));
        assert_eq!(label("記号・番号・枝番 1"), Some((InsuredSymbol, "記号・番号・枝番", 3)));
        assert_eq!(label("ｷｺﾞｳ 1").map(|l| l.0), Some(InsuredSymbol));
    }

    #[test]
    fn bare_number_is_a_component_only_on_its_own() {
        let text = "注文番号";
        let at = text.find('番').unwrap();
        let found = match_at(text, at, '番', Some('文')).unwrap();
        assert_eq!(found.family, Skip);
        let text = " 番号 12";
        let found = match_at(text, 1, '番', Some(' ')).unwrap();
        assert_eq!(found.family, InsuredNumber);
        let text = "の枝番";
        let found = match_at(text, 3, '枝', Some('の')).unwrap();
        assert_eq!(found.family, InsuredNumber);
    }

    #[test]
    fn negative_labels_take_their_whole_word() {
        assert_eq!(label("注文番号：1"), Some((Negative, "注文番号", 1)));
        assert_eq!(label("問い合わせ伝票番号：1"), Some((Negative, "問い合わせ伝票番号", 1)));
        assert_eq!(label("取引ID：1"), Some((Negative, "取引ID", 1)));
        assert_eq!(label("注文したお薬").map(|l| l.1), Some("注文"));
    }

    #[test]
    fn other_families() {
        assert_eq!(label("口座番号").map(|l| l.0), Some(Bank));
        assert_eq!(label("ﾌﾂｳ 1").map(|l| l.0), Some(Bank));
        assert_eq!(label("運転免許証番号").map(|l| l.0), Some(License));
        assert_eq!(label("基礎年金番号").map(|l| l.0), Some(Pension));
        assert_eq!(label("公費負担者番号").map(|l| l.0), Some(Payer));
        assert_eq!(label("受給者番号").map(|l| l.0), Some(Recipient));
        assert_eq!(label("受付番号").map(|l| l.0), Some(Negative));
        assert_eq!(label("マイナンバーカード").map(|l| l.1), Some("マイナンバーカード"));
        assert_eq!(label("ﾏｲﾅﾝﾊﾞｰ").map(|l| l.0), Some(MyNumber));
        assert_eq!(label("在留カード番号").map(|l| l.0), Some(Residence));
        assert_eq!(label("TEL:").map(|l| l.0), Some(Phone));
        assert_eq!(label("ＴＥＬ：").map(|l| l.0), Some(Phone));
        assert_eq!(label("Account No.").map(|l| l.0), Some(Bank));
    }

    #[test]
    fn english_words_need_boundaries() {
        assert_eq!(label("tell me"), None);
        assert_eq!(label("cards"), None);
        let text = "hotel";
        assert_eq!(match_at(text, 2, 't', Some('o')), None);
    }
}
