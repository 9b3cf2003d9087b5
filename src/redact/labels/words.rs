//! The label word list: every pattern, the family it announces, and the first
//! characters the scanner looks for.
//!
//! The lists are written below as Rust `const` tables, read at compile time only;
//! the module holds them packed ([`PACKED`]: per entry one byte of length, one of
//! family, then the pattern's bytes), which spares a pointer, a length and padding
//! per pattern in the browser build (about 1.9 KB of wasm data).

use super::Family;

/// A label pattern and the family it announces.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    /// The pattern, folded.
    pub(super) pattern: &'static str,
    /// The family it announces.
    pub(super) family: Family,
    /// Whether it has ASCII (letters that may be written in another case or width,
    /// spaces that stand for any spacing).
    pub(super) ascii: bool,
}

/// An entry: `pattern` (folded) announcing `family`.
const fn e(pattern: &'static str, family: Family) -> Entry {
    Entry {
        pattern,
        family,
        ascii: has_ascii(pattern.as_bytes()),
    }
}

/// Whether `b` has an ASCII byte.
const fn has_ascii(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            return true;
        }
        i += 1;
    }
    false
}

use Family::*;

// Patterns are written folded (see `chars::fold`): lower-case ASCII, full-width
// katakana. A space matches any run of white space, or none. Within one first
// character the longest pattern comes first.
const HO: &[Entry] = &[
    e("保険者番号", Insurer),
    e("保険者の番号", Insurer),
    e("保険者 no.", Insurer),
    e("保険者 no", Insurer),
    e("保険者 番号", Insurer),
    e("保険者コード", Insurer),
    e("保険者", Insurer),
    e("保険証の記号", InsuredSymbol),
    e("保険証番号", InsuredSingle),
    e("保険証の番号", InsuredSingle),
];
const HI: &[Entry] = &[
    e("被保険者証の記号", InsuredSymbol),
    e("被保険者番号", InsuredSingle),
    e("被保険者の番号", InsuredSingle),
    e("被保険者証番号", InsuredSingle),
    e("被保険者証の番号", InsuredSingle),
    e("被保険者 no.", InsuredSingle),
    e("被保険者 no", InsuredSingle),
    e("被保険者 番号", InsuredSingle),
    e("被保険者証 番号", InsuredSingle),
    e("被保険者証", Skip),
    e("被保険者", Skip),
    // The abbreviation of staff notes.
    e("被保番号", InsuredSingle),
    e("被保番", InsuredSingle),
];
// `記・番`, the abbreviation of staff notes, is a combined label as `記号・番号` is.
const KI: &[Entry] = &[e("記号", InsuredSymbol), e("記・番", InsuredSymbol)];
const BAN: &[Entry] = &[e("番号", InsuredNumber)];
const EDA: &[Entry] = &[e("枝番", InsuredNumber)];
const KOU: &[Entry] = &[
    e("公費負担者番号", Payer),
    e("公費負担者", Payer),
    // The abbreviation of staff notes.
    e("公負番号", Payer),
    e("公負", Payer),
    // 公費 alone (公費の情報, 公費受給者番号) announces no value of its own.
    e("公費", Skip),
];
const FU: &[Entry] = &[e("負担者番号", Payer), e("負担者", Payer)];
const JU: &[Entry] = &[
    e("受給者証番号", Recipient),
    e("受給者番号", Recipient),
    e("受給者", Recipient),
    e("受付", Negative),
];
const KUCHI: &[Entry] = &[e("口座", Bank)];
// A securities account's number is no bank's (`証券口座 434-6462488（特定）`).
const SHOUKEN: &[Entry] = &[e("証券総合口座", Negative), e("証券口座", Negative)];
const FUTSU: &[Entry] = &[e("普通預金", Bank), e("普通", AccountType)];
const TOU: &[Entry] = &[e("当座預金", Bank), e("当座", AccountType)];
const CHO: &[Entry] = &[e("貯蓄預金", Bank), e("貯蓄", AccountType)];
// A time deposit's account, listed in a passbook as the others are (`定期　2891556`);
// not a commuter pass's number nor a subscription's (`定期券 1234567`, `定期便`).
const TEIKI: &[Entry] = &[
    e("定期預金", Bank),
    e("定期券", Skip),
    e("定期便", Skip),
    e("定期", AccountType),
];
const YOKIN: &[Entry] = &[e("預金", Bank)];
const YOYAKU: &[Entry] = &[e("予約番号", Negative)];
// Employment insurance's numbers (雇用保険被保険者番号, 雇用保険番号, and a form's row
// `雇用保険　　被保険者番号`: the space stands for any spacing, none too): a person's
// 被保険者番号 too, printed on their 雇用保険被保険者証 (four, six and one digits).
// Not the word alone: a payslip's deduction (`雇用保険 1,946`) is no number.
const KOYOU: &[Entry] = &[
    e("雇用保険 被保険者番号", InsuredSingle),
    e("雇用保険番号", InsuredSingle),
    e("雇用保険 ", Skip),
];
const FURI: &[Entry] = &[
    e("振込先", Bank),
    e("振り込み先", Bank),
    e("振込み先", Bank),
];
const UN: &[Entry] = &[e("運転免許", License)];
const MEN: &[Entry] = &[e("免許", License)];
const KI_NEN: &[Entry] = &[e("基礎年金", Pension)];
// A pension's code (`年金コード 1150`) is four digits after its number, no number.
const NEN: &[Entry] = &[e("年金コード", Negative), e("年金", Pension)];
const KO: &[Entry] = &[e("個人番号カード", MyNumber), e("個人番号", MyNumber)];
const MA: &[Entry] = &[
    e("マイナンバーカード", MyNumber),
    e("マイナンバー", MyNumber),
    e("マイナ", MyNumber),
];
const KU: &[Entry] = &[
    e("クレジットカード会員番号", Card),
    e("クレジットカード", Card),
    e("クレジット", Card),
];
const KA: &[Entry] = &[
    // A card's number as card companies name it (not a shop's 会員番号).
    e("カード会員番号", Card),
    e("カード番号", Card),
    e("カード", Card),
    e("カルテ", Negative),
];
const A: &[Entry] = &[e("アメックス", Card)];
const DA: &[Entry] = &[e("ダイナース", Card)];
const PA: &[Entry] = &[e("パスポ", Passport)];
const RYO: &[Entry] = &[e("旅券", Passport)];
const RYOU: &[Entry] = &[e("領収", Negative)];
const ZAI: &[Entry] = &[e("在留カード", Residence), e("在留", Residence)];
const TOKU: &[Entry] = &[e("特別永住者", Residence)];
const DEN: &[Entry] = &[e("電話", Phone)];
const DENPYO: &[Entry] = &[e("伝票", Negative)];
const KEI: &[Entry] = &[e("携帯", Phone)];
const REN: &[Entry] = &[e("連絡先", Phone)];
// Where to call back, in a call's notes.
const ORI: &[Entry] = &[
    e("折り返し先", Phone),
    e("折返し先", Phone),
    e("折返先", Phone),
];
const TEL_SIGN: &[Entry] = &[e("℡", Phone)];
const PHONE_SIGN: &[Entry] = &[e("☎", Phone)];
// Numbers that are not sensitive (the value right after them is left alone).
const CHU: &[Entry] = &[e("注文", Negative)];
const TOI: &[Entry] = &[
    e("問い合わせ", Negative),
    e("問合わせ", Negative),
    e("問い合せ", Negative),
    e("問合せ", Negative),
];
const TSUI: &[Entry] = &[e("追跡", Negative)];
const SEI: &[Entry] = &[
    e("請求書番号", Negative),
    e("請求番号", Negative),
    e("請求 no", Negative),
    e("請求id", Negative),
];
const SEIRI: &[Entry] = &[e("整理番号", Negative)];
const SEIZO: &[Entry] = &[e("製造番号", Negative)];
const TORI: &[Entry] = &[e("取引", Negative)];
const KAI: &[Entry] = &[e("会員番号", Negative)];
// A loan's or a service's contract (`契約番号：9779068018595（カードレス）`).
const KEIYAKU: &[Entry] = &[e("契約番号", Negative)];
// A municipal office's own numbers for a resident and a household.
const ATENA: &[Entry] = &[e("宛名番号", Negative)];
const SETAI: &[Entry] = &[e("世帯番号", Negative)];
// A registration's (`登録記号番号：契約1300412-0-1`, a therapist's under a
// contract; an invoice issuer's `登録番号`).
const TOUROKU: &[Entry] = &[e("登録記号", Negative), e("登録番号", Negative)];
// An employer's office's number (`事業所番号：7531-727318-9`, 雇用保険's).
const JIGYOU: &[Entry] = &[e("事業所番号", Negative)];
const KAN: &[Entry] = &[e("管理番号", Negative)];
const YUU: &[Entry] = &[e("郵便番号", Negative)];
const POST: &[Entry] = &[e("〒", Negative)];
const HE: &[Entry] = &[e("部屋", Negative)];
const SHIN: &[Entry] = &[e("診察券", Negative)];
// The one who applies names no number (`申込者：よん ご …`, a call's speaker).
const MOUSHI: &[Entry] = &[
    e("申込者", Skip),
    e("申込人", Skip),
    e("申込", Negative),
    e("申し込み者", Skip),
    e("申し込み", Negative),
];
const SHO: &[Entry] = &[e("商品番号", Negative)];
const HIN: &[Entry] = &[e("品番", Negative)];
const KATA: &[Entry] = &[e("型番", Negative)];
const NAI: &[Entry] = &[e("内線", Negative)];
const SHO_HOU: &[Entry] = &[e("処方箋番号", Negative), e("処方せん番号", Negative)];
const KAN_JA: &[Entry] = &[e("患者番号", Negative), e("患者id", Negative)];
const KYAKU: &[Entry] = &[e("客様番号", Negative)];
// Not `顧客` alone: a call log's speaker (`顧客: …`).
const KO_KYAKU: &[Entry] = &[e("顧客番号", Negative), e("顧客id", Negative)];
const SHI_RI: &[Entry] = &[e("シリアル", Negative)];
// Half-width or full-width katakana spellings.
const KANA_HO: &[Entry] = &[e("ホケンシャバンゴウ", Insurer), e("ホケンシャ", Insurer)];
const KANA_HI: &[Entry] = &[
    e("ヒホケンシャバンゴウ", InsuredSingle),
    e("ヒホケンシャ", Skip),
];
// And as a note's half-width kana drop their long vowel (`ｷｺﾞ`, `ﾊﾞﾝｺﾞ`).
const KANA_KI: &[Entry] = &[e("キゴウ", InsuredSymbol), e("キゴ", InsuredSymbol)];
const KANA_BA: &[Entry] = &[e("バンゴウ", InsuredNumber), e("バンゴ", InsuredNumber)];
const KANA_E: &[Entry] = &[e("エダバン", InsuredNumber)];
// A parcel's tracking number (`ﾂｲｾｷﾊﾞﾝｺﾞｳ 4491 2206 8173`), no card's 番号.
const KANA_TSU: &[Entry] = &[e("ツイセキ", Negative)];
const KANA_TO: &[Entry] = &[e("トウザ", AccountType)];
const KANA_KO: &[Entry] = &[e("コウザ", Bank), e("コード", Negative)];
const KANA_JI: &[Entry] = &[e("ジュキュウシャ", Recipient)];
const KANA_ME: &[Entry] = &[e("メンキョ", License)];
const KANA_NE: &[Entry] = &[e("ネンキン", Pension)];
// English (matched on word boundaries).
const EN_A: &[Entry] = &[
    e("account", Bank),
    e("acct", Bank),
    e("a/c", Bank),
    e("american express", Card),
    e("amex", Card),
];
const EN_B: &[Entry] = &[e("bank", Bank)];
const EN_C: &[Entry] = &[e("credit", Card), e("card", Card)];
const EN_D: &[Entry] = &[
    e("driver's license", License),
    e("drivers license", License),
    e("driver license", License),
    e("driving licence", License),
    e("driving license", License),
    e("diners", Card),
];
const EN_E: &[Entry] = &[e("error", Negative), e("err", Negative), e("ext", Negative)];
const EN_F: &[Entry] = &[e("fax", Phone)];
// A digest's key in a log (`card_hash=7324cbd7e2754adb`): no card's number.
const EN_H: &[Entry] = &[e("hash", Negative)];
const EN_I: &[Entry] = &[
    e("insured number", InsuredSingle),
    e("insured no", InsuredSingle),
    e("insurer", Insurer),
    e("invoice", Negative),
];
const EN_J: &[Entry] = &[e("jcb", Card)];
const EN_L: &[Entry] = &[e("license", License), e("licence", License)];
const EN_M: &[Entry] = &[
    e("my number", MyNumber),
    e("mynumber", MyNumber),
    e("mastercard", Card),
    e("master card", Card),
    e("mobile", Phone),
];
const EN_O: &[Entry] = &[e("order", Negative)];
const EN_P: &[Entry] = &[
    e("passport", Passport),
    e("ppt", Passport),
    e("pension", Pension),
    e("payer", Payer),
    e("phone", Phone),
];
const EN_R: &[Entry] = &[
    e("residence card", Residence),
    e("residence", Residence),
    e("recipient", Recipient),
    e("ref", Negative),
    e("room", Negative),
];
const EN_T: &[Entry] = &[
    e("telephone", Phone),
    e("tel", Phone),
    e("tracking", Negative),
    e("transaction", Negative),
];
const EN_V: &[Entry] = &[e("visa", Card), e("version", Negative), e("ver", Negative)];
// 在留 in romaji (`zairyu card: fs 5433 9787 mb`).
const EN_Z: &[Entry] = &[e("zairyuu", Residence), e("zairyu", Residence)];

/// The patterns by the folded character they start with, in the order of that
/// character (the tests check it), for the reader: the module holds them in the order
/// of their [`slot`]s ([`ORDER`]), where [`patterns`] finds a character's in a step.
pub(super) const BY_FIRST: &[(char, &[Entry])] = &[
    ('a', EN_A),
    ('b', EN_B),
    ('c', EN_C),
    ('d', EN_D),
    ('e', EN_E),
    ('f', EN_F),
    ('h', EN_H),
    ('i', EN_I),
    ('j', EN_J),
    ('l', EN_L),
    ('m', EN_M),
    ('o', EN_O),
    ('p', EN_P),
    ('r', EN_R),
    ('t', EN_T),
    ('v', EN_V),
    ('z', EN_Z),
    ('℡', TEL_SIGN),
    ('☎', PHONE_SIGN),
    ('〒', POST),
    ('ア', A),
    ('エ', KANA_E),
    ('カ', KA),
    ('キ', KANA_KI),
    ('ク', KU),
    ('コ', KANA_KO),
    ('シ', SHI_RI),
    ('ジ', KANA_JI),
    ('ダ', DA),
    ('ツ', KANA_TSU),
    ('ト', KANA_TO),
    ('ネ', KANA_NE),
    ('バ', KANA_BA),
    ('パ', PA),
    ('ヒ', KANA_HI),
    ('フ', FU_ALL),
    ('ホ', KANA_HO),
    ('マ', MA),
    ('メ', KANA_ME),
    ('世', SETAI),
    ('予', YOYAKU),
    ('事', JIGYOU),
    ('会', KAI),
    ('伝', DENPYO),
    ('保', HO),
    ('個', KO),
    ('免', MEN),
    ('公', KOU),
    ('内', NAI),
    ('処', SHO_HOU),
    ('取', TORI),
    ('受', JU),
    ('口', KUCHI),
    ('品', HIN),
    ('商', SHO),
    ('問', TOI),
    ('在', ZAI),
    ('型', KATA),
    ('基', KI_NEN),
    ('契', KEIYAKU),
    ('定', TEIKI),
    ('宛', ATENA),
    ('客', KYAKU),
    ('年', NEN),
    ('当', TOU),
    ('患', KAN_JA),
    ('折', ORI),
    ('振', FURI),
    ('携', KEI),
    ('整', SEIRI),
    ('旅', RYO),
    ('普', FUTSU),
    ('枝', EDA),
    ('注', CHU),
    ('特', TOKU),
    ('申', MOUSHI),
    ('番', BAN),
    ('登', TOUROKU),
    ('管', KAN),
    ('被', HI),
    ('製', SEIZO),
    ('記', KI),
    ('診', SHIN),
    ('証', SHOUKEN),
    ('請', SEI),
    ('負', FU),
    ('貯', CHO),
    ('追', TSUI),
    ('連', REN),
    ('運', UN),
    ('部', HE),
    ('郵', YUU),
    ('雇', KOYOU),
    ('電', DEN),
    ('預', YOKIN),
    ('領', RYOU),
    ('顧', KO_KYAKU),
];

/// Characters that start no label but that the scanner must not pass over as inert
/// text: the kanji digits and 零, which a reading of their own reads as digits
/// ([`crate::redact::kanji_digits`]). They have a place in [`FILTER`] and [`INDEX`],
/// with no patterns.
const STOPS: [char; 11] = {
    let k = crate::redact::kanji_digits::KANJI;
    [
        k[0],
        k[1],
        k[2],
        k[3],
        k[4],
        k[5],
        k[6],
        k[7],
        k[8],
        k[9],
        crate::redact::kanji_digits::ZERO,
    ]
};

/// [`BY_FIRST`], then [`STOPS`] with no patterns: every character with a place.
const FIRSTS: [(char, &[Entry]); BY_FIRST.len() + STOPS.len()] = {
    let mut out: [(char, &[Entry]); BY_FIRST.len() + STOPS.len()] =
        [('\0', &[]); BY_FIRST.len() + STOPS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = if i < BY_FIRST.len() {
            BY_FIRST[i]
        } else {
            (STOPS[i - BY_FIRST.len()], &[])
        };
        i += 1;
    }
    out
};

/// How many bytes `entries` pack into: a byte of length and one of family each,
/// and the pattern's bytes.
const fn packed_size(entries: &[Entry]) -> usize {
    let (mut n, mut j) = (0, 0);
    while j < entries.len() {
        n += 2 + entries[j].pattern.len();
        j += 1;
    }
    n
}

/// How many bytes [`BY_FIRST`]'s entries pack into.
const PACKED_SIZE: usize = {
    let (mut n, mut i) = (0, 0);
    while i < BY_FIRST.len() {
        n += packed_size(BY_FIRST[i].1);
        i += 1;
    }
    n
};

/// Every entry of [`BY_FIRST`] in the [`ORDER`] of first characters, each as its
/// pattern's length in bytes,
/// a byte of its family ([`ASCII_BIT`] set when the pattern has ASCII; both bytes
/// below 128, so ASCII), then the pattern's bytes.
const PACKED_BYTES: [u8; PACKED_SIZE] = {
    let mut out = [0u8; PACKED_SIZE];
    let mut at = 0;
    let mut i = 0;
    while i < FIRSTS.len() {
        let entries = FIRSTS[ORDER[i]].1;
        let mut j = 0;
        while j < entries.len() {
            let entry = entries[j];
            let bytes = entry.pattern.as_bytes();
            assert!(bytes.len() < 128, "a pattern is shorter than 128 bytes");
            out[at] = bytes.len() as u8;
            assert!(
                (entry.family as u8) < ASCII_BIT,
                "a family fits below the bit"
            );
            out[at + 1] = entry.family as u8 | if entry.ascii { ASCII_BIT } else { 0 };
            at = crate::packed::put(&mut out, at + 2, bytes);
            j += 1;
        }
        i += 1;
    }
    out
};

/// The bit of a packed entry's family byte that says its pattern has ASCII.
const ASCII_BIT: u8 = 0x40;

/// [`PACKED_BYTES`] as the module holds it: text, checked as UTF-8 when the program
/// is compiled, so that patterns are sliced from it with no check at run time.
static PACKED: &str = match core::str::from_utf8(&PACKED_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("the packed patterns are UTF-8"),
};

/// A character's slot: its low 12 bits. No two characters of [`FIRSTS`] share
/// one ([`ORDER`] checks it when the program is compiled), so a slot names at most
/// one first character, which its first pattern confirms.
const fn slot(c: u32) -> usize {
    (c & 0xFFF) as usize
}

/// [`FIRSTS`]' positions in the order of their characters' [`slot`]s: the order in
/// which [`PACKED`] and [`INDEX`] hold them.
const ORDER: [usize; FIRSTS.len()] = {
    let mut order = [0usize; FIRSTS.len()];
    let mut i = 0;
    while i < order.len() {
        order[i] = i;
        i += 1;
    }
    // Sorted once, when the program is compiled: a selection sort is enough.
    let mut i = 0;
    while i < order.len() {
        let mut least = i;
        let mut j = i + 1;
        while j < order.len() {
            if slot(FIRSTS[order[j]].0 as u32) < slot(FIRSTS[order[least]].0 as u32) {
                least = j;
            }
            j += 1;
        }
        let held = order[i];
        order[i] = order[least];
        order[least] = held;
        if i > 0 {
            assert!(
                slot(FIRSTS[order[i - 1]].0 as u32) < slot(FIRSTS[order[i]].0 as u32),
                "no two first characters share their low 12 bits"
            );
        }
        i += 1;
    }
    order
};

/// A bit per [`slot`], set where a character of [`FIRSTS`] is: the scanner's
/// first test of a character, which rejects most characters of a text.
pub(super) const FILTER: [u64; 64] = {
    let mut bits = [0u64; 64];
    let mut i = 0;
    while i < FIRSTS.len() {
        let at = slot(FIRSTS[i].0 as u32);
        bits[at / 64] |= 1 << (at % 64);
        i += 1;
    }
    bits
};

/// Per word of [`FILTER`], how many bits the words before it have set: with the bits
/// below a slot in its own word, where that slot's character is in [`INDEX`].
static BEFORE: [u8; 64] = {
    let mut out = [0u8; 64];
    let mut n = 0;
    let mut w = 0;
    while w < 64 {
        out[w] = n as u8;
        n += FILTER[w].count_ones();
        w += 1;
    }
    assert!(n < 256, "the counts fit a byte");
    out
};

/// Per first character, in [`ORDER`], where its entries end in [`PACKED`] (they start
/// where the character before's end). The character itself is not kept: its first
/// pattern starts with it.
static INDEX: [u16; FIRSTS.len()] = {
    let mut out = [0u16; FIRSTS.len()];
    let mut at = 0;
    let mut i = 0;
    while i < FIRSTS.len() {
        at += packed_size(FIRSTS[ORDER[i]].1);
        assert!(
            at <= u16::MAX as usize,
            "the packed patterns fit u16 offsets"
        );
        out[i] = at as u16;
        i += 1;
    }
    out
};

/// Per first character, in [`ORDER`], a bit for the low six bits of the second
/// character of each of its patterns (the last byte of a character's UTF-8 holds
/// them); every bit when one of its patterns has no second character or a space
/// there (which matches any spacing, or none), and for a character without
/// patterns ([`STOPS`], which the scanner must always stop at).
static SECONDS: [u64; FIRSTS.len()] = {
    let mut out = [0u64; FIRSTS.len()];
    let mut i = 0;
    while i < FIRSTS.len() {
        let entries = FIRSTS[ORDER[i]].1;
        let mut bits = if entries.is_empty() { !0 } else { 0 };
        let mut j = 0;
        while j < entries.len() {
            let b = entries[j].pattern.as_bytes();
            let first = crate::substring::utf8_len(b[0]);
            bits |= if b.len() <= first || b[first] == b' ' {
                !0
            } else {
                1 << (b[first + crate::substring::utf8_len(b[first]) - 1] & 0x3F)
            };
            j += 1;
        }
        out[i] = bits;
        i += 1;
    }
    out
};

/// Where the character of [`slot`] `at` stands in [`ORDER`] (and so in [`INDEX`]
/// and [`SECONDS`]), if a character of [`FIRSTS`] has that slot.
#[inline]
fn place(at: usize) -> Option<usize> {
    let (word, bit) = (at / 64, 1u64 << (at % 64));
    let bits = *FILTER.get(word).filter(|&&bits| bits & bit != 0)?;
    let before = BEFORE.get(word).map_or(0, |&n| usize::from(n));
    Some(before + (bits & (bit - 1)).count_ones() as usize)
}

/// Whether a pattern of the character of [`slot`] `at` may have a second character
/// whose code point ends in the six bits `low` ([`SECONDS`]): `false` says that
/// none of its patterns goes on with it (`true` may be a false hit). Also `true`
/// when no character of [`FIRSTS`] has that slot.
#[inline]
pub(super) fn second_may_be(at: usize, low: u8) -> bool {
    place(at)
        .and_then(|i| SECONDS.get(i))
        .is_none_or(|bits| bits >> (low & 0x3F) & 1 == 1)
}

/// The patterns that may start with the folded character `c`, longest first within
/// a family of spellings, as [`BY_FIRST`] lists them: found in one step, its
/// [`slot`]'s bit in [`FILTER`] and the bits set before it.
#[inline]
pub(super) fn patterns(c: char) -> Patterns {
    let none = Patterns { rest: "" };
    let Some(i) = place(slot(c as u32)) else {
        return none;
    };
    let start = i
        .checked_sub(1)
        .and_then(|b| INDEX.get(b))
        .map_or(0, |&end| usize::from(end));
    let end = INDEX.get(i).map_or(start, |&end| usize::from(end));
    let rest = crate::substring::slice(PACKED, start, end);
    // Another character with the same slot has none (its first pattern, after the
    // bytes of length and family, would start with it).
    if crate::substring::char_at(rest, 2) != Some(c) {
        return none;
    }
    Patterns { rest }
}

/// The entries of one first character, read from [`PACKED`].
#[derive(Clone)]
pub(super) struct Patterns {
    rest: &'static str,
}

impl Iterator for Patterns {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        let b = self.rest.as_bytes();
        let (len, family) = (usize::from(*b.first()?), *b.get(1)?);
        let pattern = self.rest.get(2..2 + len)?;
        self.rest = self.rest.get(2 + len..)?;
        Some(Entry {
            pattern,
            family: Family::ALL.get(usize::from(family & !ASCII_BIT)).copied()?,
            ascii: family & ASCII_BIT != 0,
        })
    }
}

// ファックス and the katakana spellings of 普通 and 負担者 share their first character.
const FU_ALL: &[Entry] = &[
    e("ファックス", Phone),
    e("ファクス", Phone),
    e("フツウ", AccountType),
    e("フタンシャ", Payer),
];

#[cfg(test)]
mod tests {
    use super::{patterns, second_may_be, slot, BY_FIRST};
    use crate::redact::labels::may_start_label;

    #[test]
    fn the_packed_patterns_read_back_as_written() {
        for &(c, entries) in BY_FIRST {
            let read: Vec<_> = patterns(c).collect();
            assert_eq!(read.len(), entries.len(), "{c}");
            for (r, w) in read.iter().zip(entries) {
                assert_eq!(
                    (r.pattern, r.family, r.ascii),
                    (w.pattern, w.family, w.ascii),
                    "{c}"
                );
            }
        }
        assert!(patterns('x').next().is_none());
        assert!(patterns('\0').next().is_none());
    }

    #[test]
    fn the_first_character_filter_knows_every_pattern() {
        assert!(
            BY_FIRST.windows(2).all(|w| w[0].0 < w[1].0),
            "BY_FIRST is in the order of its characters, each once"
        );
        for &(c, _) in BY_FIRST {
            assert!(patterns(c).next().is_some(), "{c}");
            assert!(may_start_label(c), "{c}");
        }
        // Every pattern's second character passes the second filter.
        for &(c, entries) in BY_FIRST {
            for entry in entries {
                if let Some(second) = entry.pattern.chars().nth(1) {
                    let low = (second as u32 & 0x3F) as u8;
                    assert!(second_may_be(slot(c as u32), low), "{}", entry.pattern);
                }
            }
        }
        for u in 0..0x30000u32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(
                    patterns(c).next().is_some(),
                    BY_FIRST.iter().any(|&(k, _)| k == c),
                    "{c}"
                );
                for entry in patterns(c) {
                    assert!(entry.pattern.starts_with(c), "{} under {c}", entry.pattern);
                }
            }
        }
    }
}
