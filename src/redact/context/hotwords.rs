//! Hotwords: the words around a number that say what it is, in every way people
//! write them — kanji, hiragana or katakana (full or half width), romaji, English and
//! the abbreviations of staff notes (保者, 記, 番).
//!
//! Unlike the scanner's labels ([`crate::redact::labels`]), which must stand right
//! before their value, a hotword is evidence wherever it stands near a number: before
//! or after it, on a line above, in a heading or in a table's header row. The words
//! are matched on a folded copy of the line ([`Folded`]): ASCII lower-cased, full
//! width to half width, half-width katakana composed to full width, hiragana to
//! katakana, white space dropped.

use crate::packed;
use crate::prelude::*;
use crate::redact::chars::{compose_voiced, fold, is_space};
use crate::redact::Kind;
use core::ops::Range;

/// What a hotword says about the number it is near.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// A value of this kind.
    Kind(Kind8),
    /// A component of an insurance card's 記号・番号・枝番 (記号, 枝番, kigo, symbol):
    /// its value may be short, and a 記号 may be kanji or kana (`市川`, `な-4`).
    Component,
    /// A number of some kind (番号, No., ナンバー): the kind comes from elsewhere.
    Generic,
    /// A number that is not sensitive (注文番号, 〒, 受付, tracking…).
    Negative,
    /// A bank or its branch (銀行, 支店): a code of its own (`店番 600`, `支店
    /// 137`) is no value, but an account number right after its name is
    /// (`新宿支店 1234567`). Anywhere else it reads as [`Evidence::Negative`].
    Branch,
}

/// The built-in kinds a hotword can name (a `Copy` mirror of [`Kind`]'s built-in
/// variants, so the tables below can be `const`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind8 {
    MyNumber,
    Insurer,
    Insured,
    Payer,
    Recipient,
    Card,
    Bank,
    Passport,
    Residence,
    License,
    Pension,
    Phone,
}

/// How many digits a payment card has as most are issued: a card sent in parts is
/// whole then, and what follows is its expiry (`きげんは 07/26`).
pub(crate) const CARD_DIGITS: usize = 16;

impl Kind8 {
    /// The hotword kind of a built-in [`Kind`] (none for e-mail and custom kinds).
    pub(crate) fn of(kind: &Kind) -> Option<Kind8> {
        Some(match kind {
            Kind::MyNumber => Kind8::MyNumber,
            Kind::InsurerNumber => Kind8::Insurer,
            Kind::InsuredNumber => Kind8::Insured,
            Kind::PublicExpensePayer => Kind8::Payer,
            Kind::PublicExpenseRecipient => Kind8::Recipient,
            Kind::CreditCard => Kind8::Card,
            Kind::BankAccount => Kind8::Bank,
            Kind::Passport => Kind8::Passport,
            Kind::ResidenceCard => Kind8::Residence,
            Kind::DriversLicense => Kind8::License,
            Kind::PensionNumber => Kind8::Pension,
            Kind::Phone => Kind8::Phone,
            _ => return None,
        })
    }

    /// The [`Kind`] it stands for.
    pub(crate) fn kind(self) -> Kind {
        match self {
            Kind8::MyNumber => Kind::MyNumber,
            Kind8::Insurer => Kind::InsurerNumber,
            Kind8::Insured => Kind::InsuredNumber,
            Kind8::Payer => Kind::PublicExpensePayer,
            Kind8::Recipient => Kind::PublicExpenseRecipient,
            Kind8::Card => Kind::CreditCard,
            Kind8::Bank => Kind::BankAccount,
            Kind8::Passport => Kind::Passport,
            Kind8::Residence => Kind::ResidenceCard,
            Kind8::License => Kind::DriversLicense,
            Kind8::Pension => Kind::PensionNumber,
            Kind8::Phone => Kind::Phone,
        }
    }

    /// How many letters and digits a value of the kind has, at least and at most,
    /// as people write it (a digit or two short or long included).
    pub(crate) fn plausible(self) -> (usize, usize) {
        match self {
            Kind8::MyNumber => (10, 14),
            Kind8::Insurer => (5, 10),
            Kind8::Insured => (3, 20),
            Kind8::Payer => (6, 10),
            Kind8::Recipient => (5, 9),
            Kind8::Card => (12, 20),
            Kind8::Bank => (5, 10),
            Kind8::Passport => (7, 11),
            Kind8::Residence => (10, 14),
            Kind8::License => (10, 14),
            Kind8::Pension => (8, 12),
            Kind8::Phone => (9, 13),
        }
    }
}

/// A hotword and what it says. `tight`: an abbreviation so short (記, 番, 普) that it
/// counts only right before a number or a connector (`記：`, `番 12`).
struct Word {
    folded: &'static str,
    evidence: Evidence,
    tight: bool,
}

const fn w(folded: &'static str, evidence: Evidence) -> Word {
    Word {
        folded,
        evidence,
        tight: false,
    }
}

const fn t(folded: &'static str, evidence: Evidence) -> Word {
    Word {
        folded,
        evidence,
        tight: true,
    }
}

use Evidence::{Component as C, Generic as G, Negative as N};
use Kind8::*;

const fn k(kind: Kind8) -> Evidence {
    Evidence::Kind(kind)
}

/// Every hotword, folded (see [`Folded`]). Where one word holds another
/// (被保険者番号 holds 保険者番号) the longer one is matched first: the table is
/// searched longest first. A word also stands for the longer spellings it starts
/// that say the same (`hokensho` for `hokenshou`, `普通` for `普通預金`), unless what
/// follows it would read as a word of its own (`個人番号カード`, not `カード`).
const WORDS: &[Word] = &[
    // My Number
    w("個人番号", k(MyNumber)),
    // The input method's slip of 個 for 固 (`固人番号`).
    w("固人番号", k(MyNumber)),
    // And OCR's 入 for 人 (`個入番号`).
    w("個入番号", k(MyNumber)),
    w("個人蕃号", k(MyNumber)),
    w("個人畨号", k(MyNumber)),
    // Half-width kana before kanji (`ｺｼﾞﾝ番号`).
    w("コジン番号", k(MyNumber)),
    w("マイナンバー", k(MyNumber)),
    w("マイナ", k(MyNumber)),
    w("マイナンバーカード", k(MyNumber)),
    w("個人番号カード", k(MyNumber)),
    w("通知カード", k(MyNumber)),
    w("コジンバンゴウ", k(MyNumber)),
    w("コジンバンゴー", k(MyNumber)),
    w("個番", k(MyNumber)),
    // Slips of typing or conversion: 個人番 before a mistyped 号 (個人番后, 個人番合),
    // 晩 for 番 (ばん), and the romaji マイナ before any spelling of ナンバー.
    w("個人番", k(MyNumber)),
    w("個人晩号", k(MyNumber)),
    w("mynumber", k(MyNumber)),
    w("mynum", k(MyNumber)),
    // An old system's field (`MYNO=…`).
    w("myno", k(MyNumber)),
    w("mainanbaa", k(MyNumber)),
    w("mainanba", k(MyNumber)),
    w("mainambaa", k(MyNumber)),
    w("maina", k(MyNumber)),
    w("kojinbangou", k(MyNumber)),
    w("kojinbango", k(MyNumber)),
    // A system's key: `kojin_no`, `KOJIN-NO` (a space or `_` inside is skipped).
    w("kojinno", k(MyNumber)),
    w("individualnumber", k(MyNumber)),
    // A call's summary: `MN 9159-8059-5330`.
    t("mn", k(MyNumber)),
    // Insurer
    w("保険者", k(Insurer)),
    // As OCR misreads it (検 for 険), or a conversion slips (健 for 険: ほけん).
    w("保検者", k(Insurer)),
    w("保健者", k(Insurer)),
    // And the input method's other ほけんしゃ (保険車, 保険社), and a speech
    // recognizer's (保健社).
    w("保険車", k(Insurer)),
    w("保険社", k(Insurer)),
    w("保健社", k(Insurer)),
    // 険 misread or mistyped as 陰, a character of the same radical (`保陰者番号`).
    w("保陰者", k(Insurer)),
    // Staff notes' abbreviations (保番 01336882, 被保番, 口番), and the simplified
    // characters of a note written in Chinese (保险者, 记号, 负担者, 受给者).
    w("保番", k(Insurer)),
    w("保险者", k(Insurer)),
    w("ホケンシャ", k(Insurer)),
    w("保者", k(Insurer)),
    // A claim line's public expenses numbered (`公1 54271010  受1 2903367`), tight,
    // and only before their number (see `boundaries`).
    t("公", k(Payer)),
    t("受", k(Recipient)),
    // A claim line's one-kanji column (`保:01426170 記:9012 番:345`), tight as 記
    // is, and only before its colon (see `boundaries`).
    t("保", k(Insurer)),
    w("hokensha", k(Insurer)),
    w("hokenja", k(Insurer)),
    // Kunrei-shiki, as many systems spell their columns (hokensya_no, hutansya_no).
    w("hokensya", k(Insurer)),
    // The receipt files' abbreviations (HKNJA_NO, HKNJNO: 保険者番号).
    w("hknja", k(Insurer)),
    w("hknj", k(Insurer)),
    w("insurer", k(Insurer)),
    // A medical system's key beside `ins_name` (the insurer's name): `ins_no`
    // (a space or `_` inside a word is skipped).
    w("insno", k(Insurer)),
    w("保険医療機関", N),
    // Insured
    w("被保険者", k(Insured)),
    // 雇用保険's 被保険者番号, its 雇用保険番号 as people say.
    w("雇用保険", k(Insured)),
    // Korean: 보험자 (保険者), 피보험자 (被保険者), 기호 (記号), 보험증 (保険証), and
    // the other kinds' words: 공비부담자 (公費負担者), 수급자
    // (受給者), 마이넘버 and 개인번호 (個人番号), 기초연금 (基礎年金), 운전면허 (運転免許),
    // 여권 (旅券), 재류카드 (在留カード), 카드번호 (カード番号).
    w("보험자", k(Insurer)),
    w("피보험자", k(Insured)),
    w("보험증", k(Insured)),
    w("기호", C),
    w("공비부담자", k(Payer)),
    w("수급자", k(Recipient)),
    w("마이넘버", k(MyNumber)),
    w("개인번호", k(MyNumber)),
    w("기초연금", k(Pension)),
    w("연금번호", k(Pension)),
    w("운전면허", k(License)),
    w("여권", k(Passport)),
    w("재류카드", k(Residence)),
    w("카드번호", k(Card)),
    // 번호 (番号) after 기호 is the card's number, as 番号 after 記号 is; a
    // transaction's, a reception's and a booking's number (거래, 접수, 예약) are
    // none of these kinds.
    w("번호", G),
    w("거래번호", N),
    w("접수번호", N),
    w("예약번호", N),
    // Other countries' identity numbers: Viet Nam's citizen card (CCCD), Brazil's
    // CPF, Peru's and Spain's DNI, China's 身份证.
    w("cccd", N),
    w("cpf", N),
    w("dni", N),
    w("身份证", N),
    // Traditional Chinese: 保險者, 被保險者, 保險證, 記號, 番號.
    w("保險者", k(Insurer)),
    w("被保險者", k(Insured)),
    w("保險證", k(Insured)),
    w("記號", C),
    w("番號", G),
    // Portuguese: segurado (被保険者), símbolo (記号).
    w("segurado", k(Insured)),
    w("símbolo", C),
    w("simbolo", C),
    w("被保検者", k(Insured)),
    w("被保健者", k(Insured)),
    w("被保険車", k(Insured)),
    w("被保番", k(Insured)),
    w("ヒホケンシャ", k(Insured)),
    w("被保", k(Insured)),
    w("hihokensha", k(Insured)),
    // A column's romaji of 被保番 (`insurer|hihoban|futan`).
    w("hihoban", k(Insured)),
    w("hihokensya", k(Insured)),
    w("insured", k(Insured)),
    // A policy holder's number (`holder_no`).
    w("holder", k(Insured)),
    w("保険証", k(Insured)),
    w("ホケンショウ", k(Insured)),
    // A staff note's katakana (`ﾎｹﾝ 34133314`), and the card of 後期高齢者医療
    // (`後期 12004558`).
    w("ホケン", k(Insured)),
    w("後期高齢", k(Insured)),
    t("後期", k(Insured)),
    w("hokensho", k(Insured)),
    w("healthinsurance", k(Insured)),
    w("insurancecard", k(Insured)),
    w("記号", C),
    w("記番", C),
    // A registration's number (`登記番号 第9204-6059号`), which holds 記番.
    w("登記番号", N),
    // As OCR misreads them (弓 for 号, 技 for 枝), and as an input method or voice
    // input converts きごう amiss (木号, 既号, 基号, 期号, 機号, 紀号, 規号).
    w("記弓", C),
    w("技番", C),
    w("木号", C),
    w("既号", C),
    w("基号", C),
    w("期号", C),
    w("機号", C),
    w("紀号", C),
    w("規号", C),
    // And 記 before the input method's other ごう (記合, 記后), as 番合 is typed.
    w("記合", C),
    w("記后", C),
    // And OCR's 詑 for 記.
    w("詑号", C),
    // And 記号 converted whole to its homophone 起業 (きぎょう, as きごう is
    // mistyped).
    w("起業", C),
    w("キゴウ", C),
    w("キゴー", C),
    w("kigou", C),
    w("kigo", C),
    w("枝番", C),
    w("枝蕃", C),
    // And えだばん converted with the other ばん (版, as in 改訂版).
    w("枝版", C),
    w("エダバン", C),
    // An old system's column short for it (`ｷｺﾞｳ ﾊﾞﾝｺﾞｳ ｴﾀﾞ`).
    w("エダ", C),
    w("edaban", C),
    w("eda-ban", C),
    w("eda", C),
    w("symbol", C),
    // A FHIR Coverage's `subscriberId` (the card's number) and `dependent` (枝番).
    w("subscriberid", C),
    w("dependent", C),
    // An insurance card's 枝番 is its "branch number" in English; a bank's branch
    // has a code or a name (`branch_code`, `Branch Name`), and a bank's words.
    w("branch", C),
    w("保険", k(Insured)),
    // 国保, 社保 and 健保 name the card too, and keep a spaced `国保 番号` from
    // reading as the abbreviation 保番.
    w("国保", k(Insured)),
    w("社保", k(Insured)),
    w("健保", k(Insured)),
    w("医保", k(Insured)),
    t("記", C),
    t("枝", C),
    w("记号", C),
    w("枝号", C),
    // Public expense
    w("公費負担者", k(Payer)),
    w("負担者", k(Payer)),
    // The input method's other ふたんしゃ and じゅきゅうしゃ (付担者, 重給者, 需給者).
    w("付担者", k(Payer)),
    // And 担 and 者 mistyped or misread (`負坦者番号`, `受給車番号`).
    w("負坦者", k(Payer)),
    w("受給車", k(Recipient)),
    w("不担者", k(Payer)),
    w("重給者", k(Recipient)),
    w("需給者", k(Recipient)),
    // 給 as 級, the input method's other きゅう (`受級者番号`).
    w("受級者", k(Recipient)),
    w("负担者", k(Payer)),
    w("フタンシャ", k(Payer)),
    w("コウヒ", k(Payer)),
    w("公費", k(Payer)),
    w("futansha", k(Payer)),
    // An old system's fields for a public expense's payer and recipient
    // (`KOHI1-FTN=`, `KOHI1-JKY=`).
    w("ftn", k(Payer)),
    w("hutansya", k(Payer)),
    w("futansya", k(Payer)),
    w("kouhi", k(Payer)),
    w("kohi", k(Payer)),
    w("payer", k(Payer)),
    t("負担", k(Payer)),
    // Abbreviations of a note (`公負 54238035／受番 5718523`).
    t("公負", k(Payer)),
    t("受番", k(Recipient)),
    w("受给者", k(Recipient)),
    w("ジュキュウシャ", k(Recipient)),
    w("ジュキュシャ", k(Recipient)),
    // And heard wrong, typed in kana (じゅぎょうしゃ).
    w("ジュギョウシャ", k(Recipient)),
    w("jukyusha", k(Recipient)),
    // A field short for it (`"jukyu1": "…"`), as `kouhi` is the payer's.
    w("jukyu", k(Recipient)),
    w("jky", k(Recipient)),
    w("jukyuusha", k(Recipient)),
    w("jukyusya", k(Recipient)),
    w("zyukyusya", k(Recipient)),
    w("zyukyuusya", k(Recipient)),
    w("recipient", k(Recipient)),
    w("医療証", k(Recipient)),
    w("受給", k(Recipient)),
    // Cards
    w("クレジットカード", k(Card)),
    w("クレジット", k(Card)),
    // Chinese: a credit card, its number.
    w("信用卡", k(Card)),
    w("卡号", k(Card)),
    w("クレカ", k(Card)),
    w("クレジットカード会員番号", k(Card)),
    w("カード会員番号", k(Card)),
    w("カード番号", k(Card)),
    w("カードナンバー", k(Card)),
    w("カードno", k(Card)),
    w("デビット", k(Card)),
    w("カード", k(Card)),
    w("creditcard", k(Card)),
    w("credit", k(Card)),
    w("cardnumber", k(Card)),
    w("card", k(Card)),
    // A card's primary account number, as payment logs name it (`invalid pan`).
    w("pan", k(Card)),
    w("kaado", k(Card)),
    w("kurejitto", k(Card)),
    // A card's number in a form's short field (`cc: 4980 …`), not the copy line of
    // an e-mail (`CC: taro@…`).
    t("cc", k(Card)),
    w("visa", k(Card)),
    // Portuguese and Spanish: a credit card, a debit card.
    w("crédito", k(Card)),
    w("credito", k(Card)),
    w("débito", k(Card)),
    w("mastercard", k(Card)),
    w("master", k(Card)),
    w("amex", k(Card)),
    w("americanexpress", k(Card)),
    w("jcb", k(Card)),
    w("diners", k(Card)),
    w("アメックス", k(Card)),
    w("ダイナース", k(Card)),
    w("ビザ", k(Card)),
    w("マスターカード", k(Card)),
    // Bank
    w("口座", k(Bank)),
    w("口坐", k(Bank)),
    // OCR's katakana ロ for 口 (`ロ座番号 4778636`).
    w("ロ座", k(Bank)),
    w("口番", k(Bank)),
    w("窓口", N),
    w("コウザ", k(Bank)),
    w("コーザ", k(Bank)),
    w("普通", k(Bank)),
    // The input method's other ふつう that no other word means (普痛).
    w("普痛", k(Bank)),
    w("当座", k(Bank)),
    // Its old form, in a letter written the old way (`當座　六五八一三七七`).
    w("當座", k(Bank)),
    w("フツウ", k(Bank)),
    w("トウザ", k(Bank)),
    w("預金", k(Bank)),
    w("貯金", k(Bank)),
    w("定期預金", k(Bank)),
    // A bank's or branch's name right before a number (`新宿支店 1234567`), and
    // the bank whose every number is an account (`ゆうちょ 10180-12345671`).
    w("銀行", Evidence::Branch),
    w("支店", Evidence::Branch),
    w("信用金庫", Evidence::Branch),
    w("信金", Evidence::Branch),
    w("ゆうちょ", k(Bank)),
    // The input method's other こうざ (`↑これ講座番号です`).
    w("講座番号", k(Bank)),
    w("通帳", k(Bank)),
    w("振込先", k(Bank)),
    w("振込み先", k(Bank)),
    w("振り込み先", k(Bank)),
    w("振込口座", k(Bank)),
    w("返金先", k(Bank)),
    w("引落", k(Bank)),
    w("引き落とし", k(Bank)),
    w("koza", k(Bank)),
    w("kouza", k(Bank)),
    w("futsu", k(Bank)),
    w("futsuu", k(Bank)),
    w("futuu", k(Bank)),
    w("touza", k(Bank)),
    w("toza", k(Bank)),
    w("yokin", k(Bank)),
    w("account", k(Bank)),
    w("acct", k(Bank)),
    w("a/c", k(Bank)),
    w("bank", k(Bank)),
    // An account in the languages of people who live here: German, Portuguese,
    // Spanish, Vietnamese (with and without its marks), Korean, Chinese.
    w("konto", k(Bank)),
    w("kontonr", k(Bank)),
    w("conta", k(Bank)),
    w("cuenta", k(Bank)),
    w("banco", Evidence::Branch),
    w("agência", Evidence::Branch),
    w("agencia", Evidence::Branch),
    w("taikhoan", k(Bank)),
    w("tàikhoản", k(Bank)),
    w("계좌", k(Bank)),
    w("账号", k(Bank)),
    w("帐号", k(Bank)),
    t("普", k(Bank)),
    t("当", k(Bank)),
    // Identity documents
    w("パスポート", k(Passport)),
    // 旅券 in an old system's kana (`ﾘｮｹﾝﾊﾞﾝｺﾞｳ`).
    w("リョケン", k(Passport)),
    w("旅券", k(Passport)),
    w("passport", k(Passport)),
    // Portuguese and Spanish (passaporte, pasaporte), Indonesian (paspor).
    w("passaporte", k(Passport)),
    w("pasaporte", k(Passport)),
    w("paspor", k(Passport)),
    // A hotel's and a travel agent's shorthand (`PPT# M50679141`).
    w("ppt", k(Passport)),
    w("护照", k(Passport)),
    w("護照", k(Passport)),
    w("pasupoto", k(Passport)),
    w("ryoken", k(Passport)),
    w("hộchiếu", k(Passport)),
    w("hochieu", k(Passport)),
    w("在留カード", k(Residence)),
    w("在留", k(Residence)),
    w("ザイリュウ", k(Residence)),
    w("特別永住者", k(Residence)),
    w("zairyu", k(Residence)),
    w("residencecard", k(Residence)),
    w("residence", k(Residence)),
    // 運転免許, and what OCR makes of 許 (運転免詐証).
    w("運転免", k(License)),
    w("免許", k(License)),
    // 免 mistyped as 面, its homophone (`運転面許証番号`).
    w("運転面許", k(License)),
    w("面許証", k(License)),
    w("メンキョ", k(License)),
    w("ウンテンメンキョ", k(License)),
    w("menkyo", k(License)),
    w("driverslicense", k(License)),
    w("driver'slicense", k(License)),
    w("driverlicense", k(License)),
    w("drivinglicence", k(License)),
    w("drivinglicense", k(License)),
    w("license", k(License)),
    w("licence", k(License)),
    w("基礎年金", k(Pension)),
    // 金 misread or miswritten as 全 (`基礎年全番号`).
    w("基礎年全", k(Pension)),
    w("年金コード", N),
    w("年金", k(Pension)),
    w("ネンキン", k(Pension)),
    w("nenkin", k(Pension)),
    w("pension", k(Pension)),
    // Phone (a kind only when asked for; otherwise its numbers are left alone)
    w("電話", k(Phone)),
    w("携帯", k(Phone)),
    w("連絡先", k(Phone)),
    w("ファックス", k(Phone)),
    w("ファクス", k(Phone)),
    w("tel", k(Phone)),
    w("phone", k(Phone)),
    w("fax", k(Phone)),
    w("mobile", k(Phone)),
    w("℡", k(Phone)),
    w("☎", k(Phone)),
    // A number of some kind
    w("番号", G),
    // And 番 typed as its look-alike 蕃 (`カード蕃号`, `蕃号 329`), or read by OCR as
    // 畨 (`畨号 208`).
    w("蕃号", G),
    w("畨号", G),
    // The input method's other ばんごう after its ばん (番合, 番好, 番后, 番後).
    w("番合", G),
    w("番好", G),
    w("番后", G),
    w("番後", G),
    w("バンゴウ", G),
    w("バンゴー", G),
    w("ナンバー", G),
    // Chinese (号码, 號碼).
    w("号码", G),
    w("號碼", G),
    w("bangou", G),
    w("bango", G),
    w("number", G),
    // Portuguese and Spanish, with and without the accent.
    w("número", G),
    w("numero", G),
    w("no.", G),
    w("no", G),
    // An identifier (`決済ID 7721-…`, `ID: 2041`): no number of a kind here.
    w("id", N),
    w("№", G),
    t("番", G),
    // Numbers that are not sensitive
    w("注文", N),
    w("受注", N),
    w("受付", N),
    w("問い合わせ", N),
    w("問い合せ", N),
    w("問合わせ", N),
    w("問合せ", N),
    w("伝票", N),
    w("追跡", N),
    w("ツイセキ", N),
    w("送り状", N),
    w("配送", N),
    w("荷物", N),
    w("郵便", N),
    w("〒", N),
    w("請求", N),
    w("取引", N),
    w("会員", N),
    w("診察券", N),
    w("shinsatsuken", N),
    w("シンサツケン", N),
    w("医療機関", N),
    w("機関コード", N),
    w("薬局", N),
    w("予約", N),
    w("整理", N),
    w("管理", N),
    w("登録番号", N),
    w("事業者", N),
    // 介護保険事業所番号: a care provider's number, not a person's.
    w("事業所", N),
    w("レシート", N),
    w("インボイス", N),
    w("内線", N),
    w("品番", N),
    w("商品", N),
    w("型番", N),
    w("部屋", N),
    w("患者", N),
    w("カンジャ", N),
    w("kanja", N),
    w("カルテ", N),
    // Not `顧客` alone: a call log's speaker (`顧客: …`) names no number.
    w("顧客番号", N),
    w("顧客id", N),
    w("顧客コード", N),
    w("社員", N),
    // A municipal office's own numbers for a resident and a household, a notice's,
    // a seal registration card's (印鑑登録証), an office's 整理記号/整理番号 (which
    // hold 記号 and 番号); a missed-delivery slip's, a survey's.
    w("宛名番号", N),
    w("世帯番号", N),
    // The same in romaji, as a system's keys (`"atena_no"`, `"setai_no"`).
    w("atena", N),
    w("setai", N),
    // A welfare office's case (`ケース番号 07-0345`, `"case_no":"04-0112"`), and a
    // care level (`要介護3`, `要支援2`), no 記号.
    w("ケース", N),
    w("case_no", N),
    w("要介護", N),
    w("要支援", N),
    w("通知書番号", N),
    w("通知番号", N),
    w("印鑑登録", N),
    w("整理記号", N),
    w("整理番号", N),
    w("不在票", N),
    w("アンケート", N),
    w("従業員", N),
    w("employee", N),
    w("employer", N),
    // Romaji and a system's key for the same (`shain bangou`, `emp_no`, `EmpNo`).
    w("shain", N),
    w("emp", N),
    w("証券番号", N),
    // An insurance company and a settlement: no number of a kind (`3052392695 は
    // 保険会社への照会用`, a column `精算額`).
    w("保険会社", N),
    w("精算", N),
    // A securities account's number (`証券口座 434-6462488（特定）`): no bank's.
    w("証券口座", N),
    w("証券総合口座", N),
    w("証書", N),
    w("労働保険", N),
    w("到達", N),
    w("お客様番号", N),
    w("お客さま番号", N),
    w("オキャクサマバンゴウ", N),
    // A desk's or a place's number (`番号案内：092-…`, `運転免許試験場 092-…`).
    w("案内", N),
    w("試験場", N),
    // A booking's, a flight's or a programme's number.
    w("confirmation", N),
    w("reception", N),
    w("booking", N),
    w("flight", N),
    w("マイレージ", N),
    w("mileage", N),
    w("シリアル", N),
    w("ロット", N),
    w("製造", N),
    w("領収", N),
    w("明細", N),
    w("案件", N),
    w("チケット", N),
    // Amounts (`受給者番号 6997431 上限 10000`).
    w("金額", N),
    // An amount's column (`配分額`, `支給額`); not 額 alone, which an aside holds
    // (`基礎年金番号（年金額確認のため）：…`).
    w("配分額", N),
    w("支給額", N),
    // A contract's key, a lock's key (`"contract_no"`, `鍵番号 MIWA U9 68163`).
    w("contract", N),
    w("鍵番号", N),
    w("キー番号", N),
    w("上限", N),
    w("限度額", N),
    w("残高", N),
    w("料金", N),
    w("代金", N),
    w("合計", N),
    // A claim's points (`"点数": 842`, `請求点数`).
    w("点数", N),
    // A date's or a salary's field (`<生年月日>19940802`, `<資格取得年月日>`,
    // `<報酬月額>280000`, `"yukoStart": "20260401"`: 有効).
    w("年月日", N),
    // The same dates in an old system's kana (`ｶｲｾﾂﾋﾞ 261208`, `ｼﾞｭｼﾝﾋﾞ 5080101`,
    // `ｼｷｭｳｶｲｼ`, `ﾕｳｺｳ`, `ｾｲﾈﾝｶﾞｯﾋﾟ`).
    w("カイセツビ", N),
    w("ジュシンビ", N),
    w("カイシ", N),
    w("ユウコウ", N),
    w("ガッピ", N),
    w("月額", N),
    // A premium and a tax (`保険料：412330`, `"源泉徴収税額":61200`): amounts.
    // (Not `控除`: a 扶養控除 form's rows hold My Numbers.)
    w("保険料", N),
    // A contract's, an insurance policy's holder's, a therapist's registration
    // under a contract (`契約番号：9779068018595（カードレス）`, `ｹｲﾔｸｼｬﾊﾞﾝｺﾞｳ`,
    // `"keiyaku_no"`, `登録記号番号：契約1300412-0-1`), and an accident's.
    w("契約", N),
    w("ケイヤク", N),
    w("keiyaku", N),
    w("keiyakusha", N),
    w("登録記号", N),
    w("事故", N),
    w("jiko", N),
    // A bank's customer file, a co-op's member (not 組合員証, a mutual aid
    // association's health insurance card), a school's pupil.
    w("cif", N),
    w("組合員番号", N),
    w("生徒番号", N),
    w("学籍", N),
    w("student", N),
    w("gakuseki", N),
    // The date a stay ends (`在留期限=2026-05-31`). (Not 期限 alone: `カードの期限
    // が切れた、番号読みますね`.)
    w("在留期限", N),
    w("税額", N),
    w("報酬", N),
    w("yuko", N),
    w("yukou", N),
    w("price", N),
    w("limit", N),
    w("total", N),
    w("申込", N),
    w("申し込み", N),
    w("店番", N),
    w("金融機関", N),
    w("銀行コード", N),
    w("ポイントカード", N),
    // Cards that hold money, not a payment card's number (`QUOカード 6470…`).
    w("ギフトカード", N),
    w("quoカード", N),
    w("図書カード", N),
    w("プリペイド", N),
    // A medical supply's code (`特定保険医療材料コード`).
    w("材料", N),
    w("会員カード", N),
    w("診察カード", N),
    w("jan", N),
    w("order", N),
    w("uketsuke", N),
    w("yoyaku", N),
    // A hospital's order for a test or a drug (`オーダー番号 7084211253`).
    w("オーダー", N),
    w("chumon", N),
    w("chuumon", N),
    w("tracking", N),
    w("invoice", N),
    w("ref", N),
    w("reference", N),
    w("room", N),
    w("ticket", N),
    w("member", N),
    w("kaiin", N),
    w("承認", N),
    w("取消", N),
    w("取り消し", N),
    w("法人番号", N),
    // A company's number in romaji (`<Hojin_Bango>`).
    w("hojin", N),
    w("照会", N),
    w("発注", N),
    w("patient", N),
    w("row", N),
    w("出荷", N),
    // `レセ番号`, a claim's number in a claim list.
    w("レセ", N),
    w("ウケツケ", N),
    // The same words in kana, as elderly writers and voice input spell them
    // (`ちゅうもん　ばんごう`, `かいいんばんごう`).
    w("チュウモン", N),
    w("シャインバンゴウ", N),
    w("カイイン", N),
    w("ヨヤク", N),
    w("トイアワセ", N),
    w("申請番号", N),
    w("控エ番号", N),
    w("報告番号", N),
    w("amount", N),
    w("point", N),
    w("points", N),
    w("bankcode", N),
    w("branchcode", N),
    w("branchname", N),
    w("ext", N),
    w("利用番号", N),
    w("見積", N),
    w("障害", N),
    w("依頼", N),
    w("取扱", N),
    w("払込", N),
    w("払い込み", N),
    w("収納", N),
    w("所在地", N),
    w("住所", N),
    w("バージョン", N),
    w("version", N),
    w("ver", N),
    w("ios", N),
    w("android", N),
    w("prescription", N),
    w("booking", N),
    w("reservation", N),
    w("accountid", N),
    w("userid", N),
    // Not `customer` alone: a chat log's speaker (`customer: …`) names no number.
    w("customerid", N),
    w("customerno", N),
    w("address", N),
    w("zip", N),
    w("postal", N),
    w("保険組合", k(Insurer)),
    w("処方箋", N),
    w("処方せん", N),
    w("処方番号", N),
    w("レターパック", N),
    w("ゆうパック", N),
    w("書留", N),
    w("policy", N),
    w("宅配", N),
    w("調剤", N),
    w("receipt", N),
    w("application", N),
];

/// The text of [`WORDS`], in their order, for [`TEXT`].
const FOLDED: [&str; WORDS.len()] = {
    let mut folded = [""; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        folded[i] = WORDS[i].folded;
        i += 1;
    }
    folded
};

/// What the module holds of [`WORDS`] (the table itself is read at compile time
/// only): their text, packed ([`packed`]; a pointer per word is larger than its
/// text) …
static TEXT: &str = packed::text(&PACKED);

/// [`TEXT`]'s bytes, checked as UTF-8 when the program is compiled.
const PACKED: [u8; packed::size(&FOLDED)] = packed::pack(&FOLDED);

/// … and what each says and whether it is tight, in their order, one byte a
/// word: the place of its [`Evidence`] in [`EVIDENCES`] ([`code`]), and
/// [`TIGHT`] when it is tight.
static SAYS: [u8; WORDS.len()] = {
    let mut says = [0; WORDS.len()];
    let mut i = 0;
    while i < WORDS.len() {
        says[i] = code(WORDS[i].evidence) | if WORDS[i].tight { TIGHT } else { 0 };
        i += 1;
    }
    says
};

/// The bit of a byte of [`SAYS`] that says its word is tight.
const TIGHT: u8 = 0x80;

/// Every [`Evidence`], each at the place [`code`] gives it.
static EVIDENCES: [Evidence; 16] = [
    k(Kind8::MyNumber),
    k(Kind8::Insurer),
    k(Kind8::Insured),
    k(Kind8::Payer),
    k(Kind8::Recipient),
    k(Kind8::Card),
    k(Kind8::Bank),
    k(Kind8::Passport),
    k(Kind8::Residence),
    k(Kind8::License),
    k(Kind8::Pension),
    k(Kind8::Phone),
    C,
    G,
    N,
    Evidence::Branch,
];

/// Where [`EVIDENCES`] holds `e`.
const fn code(e: Evidence) -> u8 {
    const KINDS: u8 = Kind8::Phone as u8 + 1;
    match e {
        Evidence::Kind(kind) => kind as u8,
        Evidence::Component => KINDS,
        Evidence::Generic => KINDS + 1,
        Evidence::Negative => KINDS + 2,
        Evidence::Branch => KINDS + 3,
    }
}

// [`EVIDENCES`] and [`code`] agree, checked when the program is compiled.
const _: () = {
    let mut i = 0;
    while i < EVIDENCES.len() {
        assert!(code(EVIDENCES[i]) as usize == i);
        i += 1;
    }
};

/// Whether `pred` holds for one of the folded characters `chars`: one loop for every
/// such test of a stretch of a folded line (likewise [`all_folded`]).
pub(crate) fn any_folded(chars: &[(char, usize)], pred: fn(char) -> bool) -> bool {
    for &(c, _) in chars {
        if pred(c) {
            return true;
        }
    }
    false
}

/// Whether `pred` holds for every one of the folded characters `chars`.
pub(crate) fn all_folded(chars: &[(char, usize)], pred: fn(char) -> bool) -> bool {
    for &(c, _) in chars {
        if !pred(c) {
            return false;
        }
    }
    true
}

/// A line folded for matching: each folded character with the byte offset in the
/// text of the character it came from. A run of white space is one `' '`, which
/// words match through (`口座 番号`, `My Number`); a tab stays a tab.
pub(crate) struct Folded {
    /// `(folded character, byte offset of the original character)`.
    pub chars: Vec<(char, usize)>,
    /// Byte offset of the line's end.
    pub end: usize,
}

impl Folded {
    /// Folds `text[start..end]`.
    #[cfg(test)]
    pub(crate) fn new(text: &str, start: usize, end: usize) -> Folded {
        Folded::new_in(text, start, end, Vec::new())
    }

    /// Folds `text[start..end]` into `chars` (cleared first: a buffer to reuse).
    pub(crate) fn new_in(
        text: &str,
        start: usize,
        end: usize,
        mut chars: Vec<(char, usize)>,
    ) -> Folded {
        let line = crate::substring::slice(text, start, end);
        chars.clear();
        // At most one character per byte; most lines are short.
        chars.reserve(line.len());
        let mut lower = false;
        for (i, c) in line.char_indices() {
            // Kanji, most characters, fold to themselves, as do ASCII digits and
            // lower-case letters; hiragana to katakana: one match for them, before
            // the tests of the others. (None of them is upper case, so none parts
            // a camelCase key below.) NUL stands for the others: a NUL itself goes
            // their way, which folds it as itself.
            let plain = match c {
                // The radical 囗 is what OCR reads for 口 (`囗座番号`).
                '囗' => '口',
                '\u{4E00}'..='\u{9FFF}' | '0'..='9' | 'a'..='z' => c,
                '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
                _ => '\0',
            };
            if plain != '\0' {
                lower = c.is_ascii_lowercase();
                chars.push((plain, start + i));
                continue;
            }
            // U+0001 parts no word: a reading puts it for a line break inside a
            // label (`被保\u{1}険者番号`, [`broken_labels`](crate::redact::broken_labels)).
            if c == '\u{1}' {
                continue;
            }
            // A camelCase key's words part as a space parts them
            // (`kouhiFutanshaBango`).
            if core::mem::replace(&mut lower, c.is_ascii_lowercase())
                && c.is_ascii_uppercase()
                && chars.last().is_some_and(|&(l, _)| l != ' ')
            {
                chars.push((' ', start + i));
            }
            // A tab is a table's delimiter: kept, never a word's space. An
            // underscore parts the words of a key as a space does (`my_number`).
            if (is_space(c) && c != '\t') || c == '_' {
                if chars.last().is_some_and(|&(l, _)| l != ' ') {
                    chars.push((' ', start + i));
                }
                continue;
            }
            // ﾊﾞ, か + ゛: a voicing mark composes with the character before.
            if matches!(c, '\u{FF9E}' | '\u{FF9F}' | '\u{3099}'..='\u{309C}') {
                if let Some(last) = chars.last_mut() {
                    if let Some(composed) = compose_voiced(last.0, c) {
                        last.0 = composed;
                        continue;
                    }
                }
            }
            chars.push((to_katakana(fold(c)), start + i));
        }
        Folded { chars, end }
    }

    /// Byte offset in the text where folded character `i` starts (the line's end
    /// past the last).
    pub(crate) fn at(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.end, |&(_, at)| at)
    }
}

/// Hiragana to katakana (the words are written in katakana), 〜 and ~ to ー.
fn to_katakana(c: char) -> char {
    match c {
        '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
        '〜' | '~' => 'ー',
        _ => c,
    }
}

/// A hotword found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hot {
    pub evidence: Evidence,
    /// Index in [`Folded::chars`] of its first character, and after its last.
    pub from: usize,
    pub to: usize,
}

/// The hotwords of a folded line, left to right, not overlapping (at each place
/// the longest word wins).
#[cfg(test)]
pub(crate) fn find(line: &Folded) -> Vec<Hot> {
    find_into(line, Vec::new())
}

/// [`find`] into `out` (cleared first: a buffer to reuse).
pub(crate) fn find_into(line: &Folded, mut out: Vec<Hot>) -> Vec<Hot> {
    let chars = &line.chars;
    out.clear();
    let index = index();
    let mut i = 0;
    while i < chars.len() {
        match longest_at(index, chars, i) {
            // A negative word that names a person (`請求者：`, `申込者）`, `注文者の`)
            // names no number; one that names a thing of theirs does (`障害者手帳`).
            Some((word, to))
                if word.evidence == Evidence::Negative
                    && matches!(chars.get(to), Some(&('者' | '人', _)))
                    && !chars
                        .get(to + 1)
                        .is_some_and(|&(c, _)| matches!(c, '\u{3400}'..='\u{9FFF}')) =>
            {
                i = to;
            }
            // A phone's word before `の` names the fax or the call a value was
            // read from (`FAXの「6821b98」`, `電話の内容`), not the phone's number
            // (`FAXの番号`, `電話のばんごう`).
            Some((word, to))
                if word.evidence == Evidence::Kind(Kind8::Phone)
                    && matches!(chars.get(to), Some(&('ノ', _)))
                    && !matches!(
                        chars.get(to + 1),
                        Some(&('番' | 'バ' | 'ナ' | 'n' | '#', _))
                    ) =>
            {
                i = to;
            }
            // So does one the call is made by (`電話で確認`, `電話じゃだめ`, `お電話にて`,
            // `FAXから`): the medium, no number of its own.
            Some((word, to))
                if word.evidence == Evidence::Kind(Kind8::Phone) && by_phone(chars, to) =>
            {
                i = to;
            }
            Some((word, to)) => {
                out.push(Hot {
                    evidence: word.evidence,
                    from: i,
                    to,
                });
                i = to;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether the folded `chars` from `to` on say that a phone's word before them is
/// the means of a call (`で`, `じゃ`, `にて`, `から`), not a label.
fn by_phone(chars: &[(char, usize)], to: usize) -> bool {
    let c = |i: usize| chars.get(to + i).map(|&(c, _)| c);
    matches!(
        (c(0), c(1)),
        (Some('デ'), _)
            | (Some('ジ'), Some('ャ'))
            | (Some('ニ'), Some('テ'))
            | (Some('カ'), Some('ラ'))
    )
}

/// The longest word that starts at `chars[i]`, and the index after its last
/// character (spaces inside it skipped).
fn longest_at(
    index: &'static Index,
    chars: &[(char, usize)],
    i: usize,
) -> Option<(&'static Word, usize)> {
    let first = chars.get(i)?.0;
    if first == ' ' {
        return None;
    }
    // The character after, past one space (spaces inside a word are skipped).
    let second = match chars.get(i + 1) {
        Some(&(' ', _)) => chars.get(i + 2).map(|&(c, _)| c),
        other => other.map(|&(c, _)| c),
    };
    // Most characters start no word, or none that goes on with the next one
    // (hiragana, folded to katakana, would fill the buckets of katakana words):
    // the words of the two characters' bucket. At a line's end only a word of
    // one character may start, which every bucket of its character holds.
    let bucket = index.by_pair.get(pair_key(first, second.unwrap_or('\0')));
    if bucket.is_empty() {
        return None;
    }
    let mut best: Option<(&'static Word, usize, usize)> = None;
    // The first two characters rule out most of the words of the bucket.
    for &w in bucket {
        let w = usize::from(w);
        let (Some(word), Some(pattern)) = (index.words.get(w), index.patterns.get(w)) else {
            continue;
        };
        if pattern.first().is_none_or(|&b| b != first)
            || pattern.get(1).is_some_and(|&b| Some(b) != second)
        {
            continue;
        }
        let Some(to) = match_word(chars, i, pattern) else {
            continue;
        };
        let len = pattern.len();
        if best.is_some_and(|(_, _, l)| l >= len) || !boundaries(chars, i, to, word) {
            continue;
        }
        best = Some((word, to, len));
    }
    best.map(|(word, to, _)| (word, to))
}

/// How many buckets [`Index::by_pair`] has: [`pair_key`]'s 14 bits.
const PAIR_BUCKETS: usize = 1 << 14;

/// The range of bucket `b` alone.
fn one(b: usize) -> Range<usize> {
    b..b + 1
}

/// The bucket of [`Index::by_pair`] for a word that starts with `a` before `b`:
/// the low 8 bits of the first and the low 6 of the second.
fn pair_key(a: char, b: char) -> usize {
    ((a as usize & 0xFF) << 6) | (b as usize & 0x3F)
}

/// The words of [`WORDS`], and the table of those that may start at a place of a
/// line.
struct Index {
    /// [`WORDS`], read back from [`TEXT`] and [`SAYS`].
    words: Vec<Word>,
    /// The words by their first two characters ([`pair_key`]); a word of one
    /// character in each bucket of its character. A character and the next one
    /// ask only the few words that may start with both, where a bucket of the
    /// first alone would hold all of its words (a katakana's, to which hiragana
    /// are folded, has dozens).
    by_pair: Buckets,
    /// Each word's characters as the folded line has them (katakana), by its
    /// index in `words`.
    patterns: Vec<Vec<char>>,
}

/// Words in buckets: bucket `b` is `order[starts[b]..starts[b + 1]]`, indices into
/// [`Index::words`] in their order (other characters' words too: compare them).
/// Built by counting, with no sort.
struct Buckets {
    starts: Vec<u16>,
    order: Vec<u16>,
}

impl Buckets {
    /// `count` buckets of `n` words, word `i` in each of the buckets `keys(i)` says.
    fn build(count: usize, n: usize, keys: impl Fn(usize) -> Range<usize>) -> Buckets {
        // starts[b] counts bucket b's words, then sums them up to where bucket b
        // ends; each word then goes in from its bucket's end down, the words taken
        // from the last, which leaves starts[b] where bucket b starts (and
        // starts[count] where the last ends).
        let mut starts = vec![0u16; count + 1];
        let mut entries = 0;
        for i in 0..n {
            for b in keys(i) {
                if let Some(k) = starts.get_mut(b) {
                    *k += 1;
                    entries += 1;
                }
            }
        }
        let mut sum = 0;
        for k in &mut starts {
            sum += *k;
            *k = sum;
        }
        let mut order = vec![0u16; entries];
        for i in (0..n).rev() {
            let Ok(word) = u16::try_from(i) else {
                continue;
            };
            for b in keys(i) {
                if let Some(at) = starts.get_mut(b) {
                    *at -= 1;
                    if let Some(slot) = order.get_mut(usize::from(*at)) {
                        *slot = word;
                    }
                }
            }
        }
        Buckets { starts, order }
    }

    /// The words of bucket `b`.
    fn get(&self, b: usize) -> &[u16] {
        match (self.starts.get(b), self.starts.get(b + 1)) {
            (Some(&from), Some(&to)) => self
                .order
                .get(usize::from(from)..usize::from(to))
                .unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The [`Index`], built once.
fn index() -> &'static Index {
    crate::once::built_once!(Index, build_index())
}

/// The [`Index`] of [`WORDS`].
fn build_index() -> Index {
    let mut words = Vec::new();
    for (folded, &says) in packed::words(TEXT).zip(&SAYS) {
        words.push(Word {
            folded,
            evidence: EVIDENCES
                .get(usize::from(says & !TIGHT))
                .copied()
                .unwrap_or(G),
            tight: says & TIGHT != 0,
        });
    }
    let mut patterns = Vec::with_capacity(words.len());
    for w in &words {
        // Room for as many characters as the word has bytes: no growing.
        let mut pattern = Vec::with_capacity(w.folded.len());
        for c in w.folded.chars() {
            pattern.push(to_katakana(c));
        }
        patterns.push(pattern);
    }
    // A word of one character is in the 64 buckets of its character (they
    // follow one another).
    let pair = |i: usize| match patterns.get(i).map(Vec::as_slice) {
        Some([a]) => pair_key(*a, '\0')..pair_key(*a, '\0') + 64,
        Some([a, b, ..]) => one(pair_key(*a, *b)),
        _ => 0..0,
    };
    let by_pair = Buckets::build(PAIR_BUCKETS, words.len(), pair);
    Index {
        words,
        by_pair,
        patterns,
    }
}

/// Whether no hotword can stand in `text`: it is written in digits, spaces and the
/// punctuation of phone numbers, dates and amounts alone (a phone field, a date, an
/// ID), none of which starts a word (a test holds every word of [`WORDS`] to it). A
/// number in such a text has no word around it to say what it is.
#[cfg_attr(not(feature = "reuse"), allow(dead_code))]
pub(crate) fn no_word_in(text: &str) -> bool {
    text.bytes().all(starts_no_word)
}

/// Whether byte `b` is one of the ASCII characters [`no_word_in`] knows start no word.
fn starts_no_word(b: u8) -> bool {
    matches!(
        b,
        b'0'..=b'9'
            | b' '
            | b'\t'
            | b'\r'
            | b'\n'
            | b'+'
            | b'-'
            | b'('
            | b')'
            | b','
            | b'.'
            | b'/'
            | b':'
    )
}

/// Where `pattern` ends if it matches at `chars[i]`, spaces in the text skipped;
/// but not across a space from inside a word of kanji (`川口 番号` holds no `口番`:
/// the space parts the words there; a word spaced letter by letter starts after
/// one, or after a particle: `以前の口 座 番 号`).
fn match_word(chars: &[(char, usize)], i: usize, pattern: &[char]) -> Option<usize> {
    let mut j = i;
    let mut skipped = false;
    for &pc in pattern {
        if chars.get(j).is_some_and(|&(c, _)| c == ' ') && j > i {
            j += 1;
            skipped = true;
        }
        match chars.get(j) {
            Some(&(c, _)) if c == pc => j += 1,
            _ => return None,
        }
    }
    let glued = i
        .checked_sub(1)
        .and_then(|b| chars.get(b))
        .is_some_and(|&(c, _)| matches!(c, '\u{3400}'..='\u{9FFF}'));
    (!(skipped && glued)).then_some(j)
}

/// Whether the letters from `chars[at]` on are a romaji or English word for
/// "number" written glued to the word before them (`hokenshabango`,
/// `kouzabangou`, `accountnumber`, and a camelCase key's `hokenshaNo`,
/// `pensionNum`).
fn glued_number(chars: &[(char, usize)], at: usize) -> bool {
    // Its first seven letters at most.
    let mut word = [0u8; 7];
    let mut n = 0;
    for &(c, _) in chars.get(at..).unwrap_or(&[]) {
        let Some(slot) = word.get_mut(n).filter(|_| c.is_ascii_alphabetic()) else {
            break;
        };
        *slot = c as u8;
        n += 1;
    }
    matches!(
        word.get(..n),
        Some(b"bango" | b"bangou" | b"bangoo" | b"number" | b"no" | b"num")
    )
}

/// Whether a match of `word` at `chars[i..to]` stands on its own: an English or
/// romaji word not inside a longer word, a tight abbreviation right before a number
/// or connector (a space between them allowed).
fn boundaries(chars: &[(char, usize)], i: usize, to: usize, word: &Word) -> bool {
    let before = i.checked_sub(1).and_then(|j| chars.get(j)).map(|&(c, _)| c);
    let after = chars.get(to).map(|&(c, _)| c);
    // Past a space, or a key's closing quote (JSON's `"id": 1022`, a Python
    // dict's `'id': 1022`).
    let after_space = match after {
        Some(' ' | '"' | '\'') => chars.get(to + 1).map(|&(c, _)| c),
        other => other,
    };
    let ascii_word = word
        .folded
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphabetic);
    if ascii_word {
        if before.is_some_and(|c| c.is_ascii_alphabetic()) {
            return false;
        }
        let ends_alpha = word
            .folded
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_alphabetic);
        if ends_alpha && after.is_some_and(|c| c.is_ascii_alphabetic()) && !glued_number(chars, to)
        {
            return false;
        }
        // `no` and `id` are words only before a number or a connector (`No.`,
        // `No:`, `No 12`, `ID 2041`).
        if matches!(word.folded, "no" | "id")
            && !after_space.is_some_and(|c| digit_or_mask(c) || is_tight_follow(c))
        {
            return false;
        }
    }
    // An insurance card's "branch number" (枝番) has two digits; the next number
    // with more is a bank branch's code (`branch: 〇一八 (018)`).
    if word.folded == "branch" {
        // Within the next 16 characters.
        let near = chars.get(to..).unwrap_or(&[]);
        let near = near.get(..16).unwrap_or(near);
        let first = near
            .iter()
            .position(|&(c, _)| c.is_ascii_digit())
            .unwrap_or(near.len());
        let digits = near
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&(c, _)| c.is_ascii_digit())
            .count();
        if digits > 2 {
            return false;
        }
    }
    // A word of what is no value as the object of a verb (`明細を見ると`,
    // `領収書を確認`): the sentence goes on to say something else, no number of its
    // own (unlike `注文番号を 1234 に`, or `伝票には 6464…`, which holds one).
    let object = after == Some('ヲ');
    if object
        && matches!(word.evidence, Evidence::Negative)
        && !word.folded.ends_with("番号")
        && !word.folded.ends_with('番')
        && !word.folded.ends_with('号')
        && !word.folded.ends_with("no")
        && !word.folded.ends_with("id")
    {
        return false;
    }
    // 電話 as the way of saying something (`電話だと聞き取りにくい`, `電話でお伝え
    // します`), not a label.
    if word.folded == "電話" && matches!(after, Some('ダ' | 'デ' | 'ニ' | 'ヲ' | 'シ')) {
        return false;
    }
    // 普通 and 当座 are everyday words too (普通に, 普通の, 当座の間), but for a
    // `普通の` that ends its line or comes right before a number (`水戸支店で普通の`,
    // `普通の、994 1378`).
    let number_next = || {
        chars
            .get(to + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|&&(c, _)| !matches!(c, '、' | ','))
            .is_none_or(|&(c, _)| c.is_ascii_digit())
    };
    if matches!(word.folded, "普通" | "当座" | "フツウ" | "トウザ")
        && matches!(after, Some('ニ' | 'ナ' | 'ノ' | 'ダ' | 'ジ'))
        && !(after == Some('ノ') && number_next())
    {
        return false;
    }
    // エダ (枝番's short form in an old system's columns) is a word of its own, not
    // the end of a name (`ﾏｴﾀﾞ`, `うえだ`) nor the start of another.
    let katakana = |c: Option<char>| c.is_some_and(|c| matches!(c, '\u{30A1}'..='\u{30FC}'));
    if word.folded == "エダ" && (katakana(before) || katakana(after)) {
        return false;
    }
    // A visa to stay is no card's brand (`Visa for medical stay app. no.`, `visa
    // application`): a word of letters after it other than `card`.
    if word.folded == "visa"
        && after == Some(' ')
        && chars
            .get(to + 1)
            .is_some_and(|&(c, _)| c.is_ascii_alphabetic())
        && !matches!(
            (chars.get(to + 1), chars.get(to + 2)),
            (Some(('c', _)), Some(('a', _))) | (Some(('n', _)), Some(('o' | 'u', _)))
        )
    {
        return false;
    }
    // 保 alone is a column only with its colon or sign (`保:01426170`), not as a
    // note's word before a number (`保 3割`); 公 and 受 only with the number of the
    // public expense and a space or a colon (`公1 54271010`, `受2:7114044`).
    if word.folded == "保" && !matches!(after, Some(':' | '=')) {
        return false;
    }
    // A public expense's short words also name the number a word for one after
    // them names (`負担番号`, `受No:`).
    let expense_number =
        matches!(word.folded, "負担" | "受" | "公負") && number_word_next(chars, to);
    // 公 and 受 numbered in a circle too (`公① 12275191`).
    let short_expense = matches!(word.folded, "公" | "受");
    let circled = short_expense && matches!(after, Some('①'..='⑨'));
    if short_expense && !expense_number {
        let numbered = (circled || matches!(after, Some('1'..='9')))
            && matches!(chars.get(to + 1).map(|&(c, _)| c), Some(' ' | ':'));
        // Or standing alone before a number as long as theirs (`公 12275191 受
        // 5542668`).
        let alone = || {
            matches!(before, None | Some(' '))
                && after == Some(' ')
                && chars
                    .get(to + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|&&(c, _)| c.is_ascii_digit())
                    .count()
                    >= 7
        };
        if !(numbered || alone()) {
            return false;
        }
    }
    if word.tight {
        let kanji_before = before.is_some_and(is_cjk);
        if kanji_before
            || !(after_space.is_some_and(|c| digit_or_mask(c) || is_tight_follow(c))
                || symbol_in_kanji_next(chars, to, word)
                || expense_number
                || circled)
        {
            return false;
        }
    }
    true
}

/// Whether a word for a number, 番号 or `No`, starts at `chars[to]`.
fn number_word_next(chars: &[(char, usize)], to: usize) -> bool {
    let next = |k: usize| chars.get(to + k).map(|&(c, _)| c);
    match (next(0), next(1)) {
        (Some('番'), Some('号')) => true,
        (Some('n'), Some('o')) => !next(2).is_some_and(|c| c.is_ascii_alphabetic()),
        _ => false,
    }
}

/// Whether a 記 is followed by a 記号 in kanji or katakana (and its digits) and a 番
/// before a number, one space each between (`記 鶴見 番 0102339`, `記 ア12 番 3309`, a
/// staff note's shorthand).
fn symbol_in_kanji_next(chars: &[(char, usize)], to: usize, word: &Word) -> bool {
    if word.folded != "記" || chars.get(to).is_none_or(|&(c, _)| c != ' ') {
        return false;
    }
    let rest = chars.get(to + 1..).unwrap_or(&[]);
    let kanji = rest
        .iter()
        .take_while(|&&(c, _)| matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{30A1}'..='\u{30FA}'))
        .count();
    let digits = rest
        .get(kanji..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&(c, _)| c.is_ascii_digit())
        .count();
    let end = kanji + digits;
    (1..=5).contains(&kanji)
        && digits <= 4
        && matches!(
            rest.get(end..end + 4),
            Some([(' ', _), ('番', _), (' ', _), (d, _)]) if d.is_ascii_digit()
        )
}

/// Whether `c` (folded) is an ASCII digit or a mask character, which stands for
/// the digit it hid: a word reads alike before a value and before its mask
/// (`公負433` and `公負***`).
fn digit_or_mask(c: char) -> bool {
    c.is_ascii_digit() || c == '*'
}

/// What may follow a tight abbreviation (`記:`, `番 12`, `普)`), or end it as a
/// table's cell (`| 枝 |`).
fn is_tight_follow(c: char) -> bool {
    matches!(
        c,
        ':' | '=' | ')' | ']' | '】' | '」' | '・' | '/' | '.' | '>' | '→' | '#' | '|' | '\t'
    )
}

/// Kanji or kana (folded text has katakana only).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}' | '\u{3400}'..='\u{9FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Evidence> {
        find(&Folded::new(text, 0, text.len()))
            .into_iter()
            .map(|h| h.evidence)
            .collect()
    }

    #[test]
    fn every_word_is_in_the_buckets_of_its_first_characters() {
        let index = index();
        for (i, pattern) in index.patterns.iter().enumerate() {
            let i = u16::try_from(i).expect("few words");
            let Some(&a) = pattern.first() else { continue };
            match pattern.get(1) {
                Some(&b) => assert!(index.by_pair.get(pair_key(a, b)).contains(&i)),
                None => assert!(
                    (0..64).all(|low| index.by_pair.get(pair_key(a, '\0') + low).contains(&i))
                ),
            }
        }
        // Prose asks none: a hiragana particle before a kanji of no word.
        assert!(index.by_pair.get(pair_key('ノ', '猫')).is_empty());
    }

    #[test]
    fn no_word_has_a_space() {
        // A space in the text is passed over inside a word ([`match_word`]): a word
        // written with one would never match.
        for w in WORDS {
            assert!(!w.folded.contains(' '), "{:?}", w.folded);
        }
    }

    #[test]
    fn writings_of_one_word_agree() {
        for text in [
            "口座番号",
            "こうざ",
            "ｺｳｻﾞ",
            "コウザ",
            "Kouza",
            "ＫＯＵＺＡ",
            "account",
        ] {
            assert_eq!(words(text).first(), Some(&k(Bank)), "{text}");
        }
        for text in [
            "マイナンバー",
            "まいなんばー",
            "ﾏｲﾅﾝﾊﾞｰ",
            "My Number",
            "個人番号",
            "個人番后",
            "個人晩号",
            "maina nanba",
            "mainanbaa",
            "kojinbangou",
            "my_num",
        ] {
            assert_eq!(words(text).first(), Some(&k(MyNumber)), "{text}");
        }
        for text in ["カード", "かーど", "kaado", "kurejitto kaado", "cc: 4980"] {
            assert_eq!(words(text).first(), Some(&k(Card)), "{text}");
        }
        assert!(words("250cc").is_empty());
    }

    #[test]
    fn the_longest_word_wins() {
        assert_eq!(words("被保険者番号"), vec![k(Insured), G]);
        assert_eq!(words("保険者番号"), vec![k(Insurer), G]);
        assert_eq!(words("注文番号"), vec![N, G]);
        assert_eq!(words("ポイントカード"), vec![N]);
    }

    #[test]
    fn english_words_stand_on_their_own() {
        assert!(words("discard").is_empty());
        assert!(words("telling").is_empty());
        assert_eq!(words("Tel:"), vec![k(Phone)]);
        assert!(words("no problem").is_empty());
        assert_eq!(words("No.12"), vec![G]);
    }

    #[test]
    fn abbreviations_need_a_number_or_connector_after() {
        assert_eq!(words("記:12"), vec![C]);
        assert!(words("記入してください").is_empty());
        assert!(words("日記").is_empty());
        assert_eq!(words("番 123"), vec![G]);
    }

    #[test]
    fn a_text_without_a_word_is_told_by_its_characters() {
        for text in [
            "03-1234-5678",
            "2026/07/01 10:00:00+09:00",
            "(0120) 12 345",
            "",
        ] {
            assert!(no_word_in(text), "{text}");
        }
        // No word of the table starts with one of those characters, as the matcher
        // holds its words.
        for (w, pattern) in WORDS.iter().zip(&index().patterns) {
            let first = pattern.first().copied();
            assert!(
                !first.is_some_and(|c| c.is_ascii() && starts_no_word(c as u8)),
                "{}",
                w.folded
            );
        }
        assert_eq!(index().patterns.len(), WORDS.len());
        assert!(!no_word_in("#12") && !no_word_in("No.1") && !no_word_in("１２"));
        assert!(!no_word_in("2026-07-01T10:00"), "T starts tel");
    }

    #[test]
    fn the_index_holds_the_table() {
        assert_eq!(index().words.len(), WORDS.len());
        for (read, word) in index().words.iter().zip(WORDS) {
            assert_eq!(
                (read.folded, read.evidence, read.tight),
                (word.folded, word.evidence, word.tight)
            );
        }
    }

    // proptest is a native dev-dependency only.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::{no_word_in, words};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

            /// What the characters say holds: no word is found in a text they clear.
            #[test]
            fn no_word_is_found_where_the_characters_rule_one_out(
                text in "[ -@\\[-`{-~\\t\\n]{0,24}|[ -~]{0,8}",
            ) {
                if no_word_in(&text) {
                    prop_assert!(words(&text).is_empty(), "{:?}", text);
                }
            }
        }
    }

    #[test]
    fn everyday_words_are_no_labels() {
        assert!(words("普通に使えていました").is_empty());
        assert_eq!(words("普通 1234567"), vec![k(Bank)]);
        assert_eq!(words("当座で、番号は"), vec![k(Bank), G]);
    }
}
