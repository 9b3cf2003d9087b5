//! Per-detector tables of positive and negative cases, through the public API.
//!
//! Each case is a text and the values that must be found in it, by kind; every
//! other letter or digit must stay. Phone and e-mail are asked for explicitly.
#![cfg(not(target_arch = "wasm32"))]

use mamori::redact::{Kind, Redaction, Redactor, Style};

/// A redactor that looks for every kind.
fn every_kind() -> Redactor {
    Redactor::builder()
        .kinds(Kind::ALL)
        .build()
        .expect("a redactor")
}

/// The findings of `text` with every kind enabled, as (kind, value) pairs.
fn found(text: &str) -> Vec<(String, String)> {
    every_kind()
        .find(text)
        .into_iter()
        .map(|f| (f.kind.as_str().to_owned(), text[f.start..f.end].to_owned()))
        .collect()
}

/// Asserts that `text` yields exactly `expected` ((kind, value) in order).
fn check(text: &str, expected: &[(&str, &str)]) {
    let got = found(text);
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

fn none(text: &str) {
    check(text, &[]);
}

/// `text` redacted by `r`, after asserting that redacting the output again finds
/// nothing: what the first redaction left in clear stays in clear.
fn settled(r: &Redactor, text: &str) -> Redaction {
    let once = r.redact(text);
    let again = r.find(&once.text);
    assert!(again.is_empty(), "{text:?} → {:?}: {again:?}", once.text);
    once
}

#[test]
fn my_number_with_and_without_labels() {
    for (text, value) in [
        ("マイナンバーは123456789018です", "123456789018"),
        ("個人番号：1234 5678 9018", "1234 5678 9018"),
        ("個人番号 1234-5678-9018", "1234-5678-9018"),
        (
            "（マイナンバー）１２３４　５６７８　９０１８",
            "１２３４　５６７８　９０１８",
        ),
        ("ﾏｲﾅﾝﾊﾞｰ:1234.5678.9018", "1234.5678.9018"),
        ("My Number: 1234 5678 9018", "1234 5678 9018"),
        ("1234 5678 9018（マイナンバー）", "1234 5678 9018"),
        (
            "番号は１２３４－5678ー９０１８です",
            "１２３４－5678ー９０１８",
        ),
        ("カード裏面の番号は123456789018です", "123456789018"),
        ("本人です。\n123456789018\nよろしく", "123456789018"),
        ("is 1234 5678 9018 ok", "1234 5678 9018"),
    ] {
        check(text, &[("my_number", value)]);
    }
}

#[test]
fn labelled_values_are_masked_whatever_their_check_digit() {
    // A label decides the kind; a check digit only decides unlabelled values.
    for (text, kind, value) in [
        ("個人番号：123456789012", "my_number", "123456789012"),
        (
            "マイナンバー：１２３４ ５６７８ ９０１２",
            "my_number",
            "１２３４ ５６７８ ９０１２",
        ),
        ("保険者番号：01130013", "insurer_number", "01130013"),
        ("保険者番号：01480018", "insurer_number", "01480018"),
        ("保険者番号：0113001", "insurer_number", "0113001"),
        (
            "公費負担者番号：21136016",
            "public_expense_payer",
            "21136016",
        ),
        ("受給者番号：4018215", "public_expense_recipient", "4018215"),
        (
            "カード番号 4539 5787 6362 1487",
            "credit_card",
            "4539 5787 6362 1487",
        ),
        (
            "カード番号 5500 0000 0000 0005",
            "credit_card",
            "5500 0000 0000 0005",
        ),
        ("口座番号：123456", "bank_account", "123456"),
        ("口座番号：12345678", "bank_account", "12345678"),
        ("旅券番号 TK123456", "passport", "TK123456"),
        (
            "運転免許証番号 12345678901",
            "drivers_license",
            "12345678901",
        ),
        ("基礎年金番号 1234-56789", "pension_number", "1234-56789"),
        ("電話番号 090-1234-567", "phone", "090-1234-567"),
    ] {
        check(text, &[(kind, value)]);
    }
    // The whole run, not the part that passes the check (`…1112` stays no longer).
    check(
        "マイナンバー\n4111 1111 1111 1112",
        &[("my_number", "4111 1111 1111 1112")],
    );
}

#[test]
fn my_number_negatives() {
    // Inside longer runs; tracking numbers. (A labelled number failing its check
    // digit is masked: `labelled_values_are_masked_whatever_their_check_digit`.)
    none("追跡番号：9083-4139-8564");
    none("注文番号 1234567890180");
    none("1123456789018");
    none("A123456789018");
    none("伝票 312517560788 の件");
}

#[test]
fn insurer_numbers() {
    for (text, value) in [
        ("保険者番号：01130012", "01130012"),
        ("保険者番号 138008", "138008"),
        ("保険者No.：32300188", "32300188"),
        ("保険者ＮＯ．０１１３００１２", "０１１３００１２"),
        ("保険者の番号は01130012です", "01130012"),
        ("【保険者番号】01130012", "01130012"),
        ("（保険者番号）０１１３００１２", "０１１３００１２"),
        ("保険者番号：\n01130012", "01130012"),
        ("保険者番号（8桁）：01130012", "01130012"),
        ("ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ 01130012", "01130012"),
        ("Insurer No. 01130012", "01130012"),
        (
            "保険者番号が変わりました。新しい番号は01130012です",
            "01130012",
        ),
    ] {
        check(text, &[("insurer_number", value)]);
    }
}

#[test]
fn insurer_negatives() {
    none("01130012"); // no label
    none("保険者番号の欄は空欄でよいですか。有効期限は2026-11-25です");
    // 被保険者番号 is not 保険者番号.
    check("被保険者番号 01130012", &[("insured_number", "01130012")]);
}

#[test]
fn insured_numbers_by_component() {
    check(
        "記号 1234 番号 56 枝番 01",
        &[
            ("insured_number", "1234"),
            ("insured_number", "56"),
            ("insured_number", "01"),
        ],
    );
    check(
        "記号・番号：12-3456・789",
        &[("insured_number", "12-3456"), ("insured_number", "789")],
    );
    check(
        "記号・番号：品７９／６４９６８",
        &[
            ("insured_number", "品７９"),
            ("insured_number", "６４９６８"),
        ],
    );
    check(
        "記号・番号 AB123 / 45",
        &[("insured_number", "AB123"), ("insured_number", "45")],
    );
    check(
        "記号：千代田796 番号：32280",
        &[("insured_number", "千代田796"), ("insured_number", "32280")],
    );
    check(
        "記号：キ982\n番号：8289",
        &[("insured_number", "キ982"), ("insured_number", "8289")],
    );
    check(
        "記号　う1785　番号　8758792",
        &[("insured_number", "う1785"), ("insured_number", "8758792")],
    );
    check(
        "記号はア12、番号は34です",
        &[("insured_number", "ア12"), ("insured_number", "34")],
    );
    check(
        "被保険者証の記号は「12」、番号は「345」です",
        &[("insured_number", "12"), ("insured_number", "345")],
    );
    check(
        "記号：731-371、番号：51、枝番：00",
        &[
            ("insured_number", "731-371"),
            ("insured_number", "51"),
            ("insured_number", "00"),
        ],
    );
    check(
        "ｷｺﾞｳ ｱ12 ﾊﾞﾝｺﾞｳ 34",
        &[("insured_number", "ｱ12"), ("insured_number", "34")],
    );
    check(
        "記号・番号・枝番：12・345・01",
        &[
            ("insured_number", "12"),
            ("insured_number", "345"),
            ("insured_number", "01"),
        ],
    );
    check(
        "記号（2桁）：12 番号：345",
        &[("insured_number", "12"), ("insured_number", "345")],
    );
    check("記号：【ア12】", &[("insured_number", "ア12")]);
    check(
        "記号・番号 ア12・34・01",
        &[
            ("insured_number", "ア12"),
            ("insured_number", "34"),
            ("insured_number", "01"),
        ],
    );
    check(
        "被保険者証の記号・番号ですが、正しくは千代田12・345でした",
        &[("insured_number", "千代田12"), ("insured_number", "345")],
    );
}

#[test]
fn insured_numbers_as_one_number() {
    for (text, value) in [
        ("被保険者番号：02435221", "02435221"),
        ("被保険者番号 ６７８０６４５８", "６７８０６４５８"),
        ("正しくは被保険者番号：02435221です", "02435221"),
        ("被保険者番号ですが、正しくは56497006でした", "56497006"),
        ("保険証の番号は12345678です", "12345678"),
        ("被保険者番号（8桁）：12345678", "12345678"),
        // Staff notes abbreviate it.
        ("被保番：33", "33"),
        ("被保番号 1234567", "1234567"),
        // A call note keeps what was said while thinking.
        ("被保険者番号は、えーと、33です", "33"),
        ("被保険者番号は えー 33", "33"),
    ] {
        check(text, &[("insured_number", value)]);
    }
    check(
        "記号：7120　被保番：33",
        &[("insured_number", "7120"), ("insured_number", "33")],
    );
}

#[test]
fn values_named_by_the_label_after_them() {
    // `XがLABELで、…`: the label names the value before it, although another
    // value follows the label.
    let got = found("06133615が保険者番号で、33が番号です");
    assert!(
        got.contains(&("insurer_number".to_owned(), "06133615".to_owned())),
        "{got:?}"
    );
    let got = found("7120が記号で33が番号です");
    assert!(
        got.iter()
            .any(|(k, v)| k == "insured_number" && v.contains("7120")),
        "{got:?}"
    );
}

#[test]
fn insured_negatives() {
    // A bare 番号 is not a card's number; nor is a 記号 without a value.
    none("注文番号 1234");
    none("番号は 1234 です");
    none("記号と番号の欄の書き方を教えてください");
    none("カードの番号 56");
    // Quantities are not values, however close to a label.
    none("記号の欄が読めません。2024年に発行されました");
    none("記号が分かりません。12時に電話します");
    none("口座番号を変更したいです。1234567円の返金です");
    // Dates and times near a label without its value.
    none("被保険者番号の欄が読めません。2027-01に更新されます");
    none("被保険者番号の欄が読めません。20270513に受診しました");
    none("保険者番号の欄は空欄でよいですか。2026/11/25 12:30に受診");
}

#[test]
fn public_expense_numbers() {
    check(
        "公費負担者番号：21136015\n受給者番号：4018214",
        &[
            ("public_expense_payer", "21136015"),
            ("public_expense_recipient", "4018214"),
        ],
    );
    check(
        "（公費負担者番号）８０１８０３３４",
        &[("public_expense_payer", "８０１８０３３４")],
    );
    check(
        "受給者番号の記載がありませんでした。\n患者様に確認したところ７７９１８３３とのことです。",
        &[("public_expense_recipient", "７７９１８３３")],
    );
    check(
        "公費負担者番号・受給者番号：21136015・4018214",
        &[
            ("public_expense_payer", "21136015"),
            ("public_expense_recipient", "4018214"),
        ],
    );
    check(
        "受給者証番号 4018214",
        &[("public_expense_recipient", "4018214")],
    );
    check(
        "ｼﾞｭｷｭｳｼｬ 4018214",
        &[("public_expense_recipient", "4018214")],
    );
    check(
        "受給者番号 4018214 2025年4月から",
        &[("public_expense_recipient", "4018214")],
    );
}

#[test]
fn public_expense_negatives() {
    none("4018214");
    none("受給者番号は不明です。\n\n\n明日電話します。注文は4018214です。");
}

#[test]
fn credit_cards() {
    for (text, value) in [
        ("カード番号 4539 5787 6362 1486", "4539 5787 6362 1486"),
        ("4539-5787-6362-1486で支払いました", "4539-5787-6362-1486"),
        (
            "４５３９５７８７６３６２１４８６",
            "４５３９５７８７６３６２１４８６",
        ),
        (
            "決済に使ったカードは3776 329271 46444（アメックス）です",
            "3776 329271 46444",
        ),
        ("カード:4457287954869", "4457287954869"),
        ("JCB 3532-1502-7083-3779", "3532-1502-7083-3779"),
        ("Card number: 5483 7030 6685 2413", "5483 7030 6685 2413"),
    ] {
        check(text, &[("credit_card", value)]);
    }
}

#[test]
fn credit_card_negatives() {
    none("請求番号：6979600019536083");
    none("取引ID：7217 1773 8325 9455");
    none("14539578763621486");
}

#[test]
fn bank_accounts() {
    for (text, value) in [
        ("口座番号：1367257", "1367257"),
        ("普通 6025010（みずほ銀行 船橋支店）", "6025010"),
        ("三菱UFJ銀行 渋谷支店 普通 8094336 に振り込んで", "8094336"),
        ("みずほ銀行 船橋支店\n普通 3223459", "3223459"),
        ("当座預金 0564557", "0564557"),
        ("口座番号（普通）1234567", "1234567"),
        ("ﾌﾂｳ 1234567", "1234567"),
        ("Account No. 1234567", "1234567"),
        ("口座 No. １２３４５６７", "１２３４５６７"),
        // One run: the branch number is masked with the account.
        ("普通 店番123 1234567", "123 1234567"),
        ("振込先：横浜銀行 新宿支店 1234567", "1234567"),
        ("種別：普通\n番号：1234567", "1234567"),
    ] {
        check(text, &[("bank_account", value)]);
    }
}

#[test]
fn bank_negatives() {
    none("1234567");
    none("返金先の口座を変更したいです。注文番号：1234567");
    // 普通 and 当座 are everyday words too.
    none("普通に使えていました。1234567の件です");
    none("当座の間、念のため1054087でした。");
    none("口座を変更します。〒100-0001の住所です");
}

#[test]
fn identity_documents() {
    check("旅券番号 TK1234567", &[("passport", "TK1234567")]);
    check(
        "本人確認書類の番号はＴＺ２９８１０５８です",
        &[("passport", "ＴＺ２９８１０５８")],
    );
    check("パスポート番号：tk 1234567", &[("passport", "tk 1234567")]);
    check("ﾊﾟｽﾎﾟｰﾄ tk1234567", &[("passport", "tk1234567")]);
    check(
        "在留カード番号 AB12345678CD",
        &[("residence_card", "AB12345678CD")],
    );
    check(
        "身分証の番号はRA85218268HAです",
        &[("residence_card", "RA85218268HA")],
    );
    check(
        "在留カード ab 12345678 cd",
        &[("residence_card", "ab 12345678 cd")],
    );
    check(
        "運転免許証番号 第５１０５８９０６３０６０号",
        &[("drivers_license", "５１０５８９０６３０６０")],
    );
    check(
        "免許証番号：4617-9680-6720",
        &[("drivers_license", "4617-9680-6720")],
    );
    check(
        "ﾒﾝｷｮｼｮｳ 461796806720",
        &[("drivers_license", "461796806720")],
    );
    check(
        "基礎年金番号 4632-576792",
        &[("pension_number", "4632-576792")],
    );
    check(
        "基礎年金番号は3844 806580",
        &[("pension_number", "3844 806580")],
    );
    check("年金番号：8760712518", &[("pension_number", "8760712518")]);
    // A passport's machine-readable zone, read by OCR: the number is the second
    // line's first nine characters (its check digit, nationality and birth date
    // follow them).
    check(
        "P<JPNSUZUKI<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<\nTZ03480892JPN9004090F3012310<<<<<<<<<<<<<<04",
        &[("passport", "TZ0348089")],
    );
    check(
        "基礎年金番号ですが、年金手帳を見直したところ、正しくは1234-567890でした",
        &[("pension_number", "1234-567890")],
    );
}

#[test]
fn identity_negatives() {
    // Not a machine-readable line: no nationality after the check digit.
    none("TZ034808921239004090F");
    none("受付番号：R18348729");
    none("注文番号 TDK-5878176053");
    none("tk1234567"); // lower case, no label
    none("XTK1234567");
    none("TK12345678");
    // `NO` is no passport's letters; as a generic label (番号, No.) it still
    // makes a long number worth masking.
    assert_eq!(
        found("NO 1234567"),
        [("insured_number".to_owned(), "1234567".to_owned())]
    );
    none("123456789012"); // fails My Number, no licence label
                          // A phone number, not a pension number.
    check("年金事務所 0570-05-1165", &[("phone", "0570-05-1165")]);
    none("免許証を持っていないので、パスポートで本人確認をお願いします。");
}

#[test]
fn phones_when_asked_for() {
    for (text, value) in [
        ("日中の連絡先は06-5222-7806です", "06-5222-7806"),
        ("TEL：070-8628-3158", "070-8628-3158"),
        (
            "電話番号 ０９２－３５６－９１２７",
            "０９２－３５６－９１２７",
        ),
        ("佐藤　翔　0120-241-157", "0120-241-157"),
        ("TEL：+81 50 5013 9805", "+81 50 5013 9805"),
        ("連絡先は+81-90-4535-0552です", "+81-90-4535-0552"),
        ("電話 (03)1234-5678", "(03)1234-5678"),
        ("電話 03(1234)5678", "03(1234)5678"),
        ("携帯 090 1234 5678", "090 1234 5678"),
        // Written as a phone number, after a negative word too.
        (
            "お問い合わせは 0120-484-215（平日9:00〜18:00）",
            "0120-484-215",
        ),
        ("銀行の紛失受付0120-431-348に連絡済み", "0120-431-348"),
        ("お問い合わせは 03 1234 5678 まで", "03 1234 5678"),
        // A mobile's shape, from a block not yet given out: still a phone's.
        ("スタジオ（駅前） 050-0182-6539", "050-0182-6539"),
        ("代表 03-0567-0213（内線 3312）", "03-0567-0213"),
    ] {
        check(text, &[("phone", value)]);
    }
    // Not asked for: nothing.
    let r = Redactor::default();
    assert!(r.find("TEL：070-8628-3158").is_empty());
}

#[test]
fn phone_negatives() {
    // Digits alone after a negative word are that word's number.
    none("注文番号 0312345678");
    none("受付番号 0312345678");
    none("〒100-0001");
    // Three groups not grouped as a phone number's are none.
    none("型番 012-34-5678 の部品");
}

#[test]
fn emails_when_asked_for() {
    check(
        "メールはtaro@example.jpまで",
        &[("email", "taro@example.jp")],
    );
    check(
        "返信はken.ishii@example.comまでお願いします。",
        &[("email", "ken.ishii@example.com")],
    );
    check(
        "（hina70@example.ne.jp）",
        &[("email", "hina70@example.ne.jp")],
    );
    check(
        "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
        &[("email", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")],
    );
    // Digits of an address are the address's, not an account or a My Number.
    check(
        "口座 1234567@example.jp",
        &[("email", "1234567@example.jp")],
    );
    check(
        "123456789018@example.jp",
        &[("email", "123456789018@example.jp")],
    );
    assert!(Redactor::default().find("taro@example.jp").is_empty());
}

#[test]
fn things_that_are_not_spans() {
    for text in [
        "2026年11月25日に受診しました",
        "2026/11/25 と 20261125 と 令和8年11月25日",
        "¥12,800 と 12,800円",
        "〒100-0001 東京都千代田区1-2-3",
        "お問い合わせ番号：1468656585119667",
        "追跡番号 692530794417",
        "請求番号 5571-9796-5938-7300",
        "アプリのバージョンはiOS 17.4.1です",
        "部屋番号（1506号室）",
        "ロキソプロフェン60mg 3錠を14日分",
        "エラーコードはERR674でした",
        "内線1234におつなぎください",
        "口座を変更します。処方箋番号 1234567",
        "免許証の件です。カルテ番号：123456789012",
        "保険者番号の欄は空欄でよいですか",
        "15:45頃に何度か試しました",
    ] {
        none(text);
    }
}

#[test]
fn masks_keep_width_and_separators() {
    let r = Redactor::default();
    assert_eq!(
        r.redact("個人番号：１２３４－5678 9018").text,
        "個人番号：＊＊＊＊－**** ****"
    );
    assert_eq!(r.redact("記号：千代田796").text, "記号：＊＊＊***");
}

#[test]
fn label_and_partial_styles() {
    let label = Redactor::builder().style(Style::Label).build().unwrap();
    assert_eq!(
        label.redact("保険者番号：01130012 記号 12 番号 34").text,
        "保険者番号：〔保険者番号〕 記号 〔被保険者番号〕 番号 〔被保険者番号〕"
    );
    let partial = Redactor::builder()
        .style(Style::Partial)
        .keep_last(4)
        .build()
        .unwrap();
    assert_eq!(partial.redact("口座番号 1234567").text, "口座番号 ***4567");
    assert_eq!(partial.redact("枝番 01").text, "枝番 **");
}

#[test]
fn kinds_option_limits_what_is_reported() {
    let r = Redactor::builder()
        .kinds([Kind::CreditCard])
        .build()
        .unwrap();
    let text = "個人番号 123456789018 カード 4539 5787 6362 1486";
    let found = r.find(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, Kind::CreditCard);
    // A value its label claims is not reported as another kind either.
    let r = Redactor::builder().kinds([Kind::MyNumber]).build().unwrap();
    assert!(r.find("運転免許証番号 123456789018").is_empty());
}

#[test]
fn already_masked_values_are_left_as_they_are() {
    let r = Redactor::default();
    assert!(r.find("個人番号 ****-****-****").is_empty());
    assert!(r.find("口座番号 *******").is_empty());
}

#[test]
fn non_bmp_text_around_values() {
    let r = Redactor::default();
    let text = "𠮷田です😀 個人番号 123456789018 👩‍⚕️ 辻󠄀";
    let out = r.redact(text);
    assert_eq!(out.text, "𠮷田です😀 個人番号 ************ 👩‍⚕️ 辻󠄀");
    let f = &out.findings[0];
    assert_eq!(&text[f.start..f.end], "123456789018");
}

#[test]
fn a_katakana_word_glued_after_a_number_does_not_hide_it() {
    // ケ after a number reads as a length (`12ケタ`) or a count (`3ケ月`) only when it
    // is one; before any other katakana word the number is judged as usual.
    check(
        "マイナンバー：123456789018ケース",
        &[("my_number", "123456789018")],
    );
    check("123456789018ケ", &[("my_number", "123456789018")]);
    check(
        "カード4539578763621486ケースに",
        &[("credit_card", "4539578763621486")],
    );
    // Real lengths and counts stay what they are.
    none("マイナンバーは12ケタです");
    none("個人番号の12桁を確認");
    none("保険証番号は8文字でした");
}

#[test]
fn a_typed_asterisk_before_a_value_hides_nothing() {
    // The fuzz target redact found the insurer number left as it was: `*` and the
    // number were judged as one value already masked, which an insured label took.
    check(
        "記号番号 31867820 番号 3478 枝番 01\n保険者番号* 32082851",
        &[
            ("insured_number", "31867820"),
            ("insured_number", "3478"),
            ("insured_number", "01"),
            ("insurer_number", "32082851"),
        ],
    );
    check(
        "マイナンバー * 1234 5678 9018",
        &[("my_number", "1234 5678 9018")],
    );
    check(
        "カード ＊ 4539 5787 6362 1486",
        &[("credit_card", "4539 5787 6362 1486")],
    );
    // A value masked whole, or partly by the partial style, is still left alone.
    none("マイナンバー **** **** ****");
    none("マイナンバー **** **** 9018");
    none("保険者番号 ****2851");
}

/// The redaction of `text` with `kinds`, masked.
fn masked(text: &str, kinds: &[Kind]) -> String {
    Redactor::builder()
        .kinds(kinds.iter().cloned())
        .build()
        .expect("a redactor")
        .redact(text)
        .text
}

#[test]
fn a_number_or_an_address_run_into_an_address_is_masked_whole() {
    // The fuzz target redact found `taro@` left visible: the second address began
    // inside the first one's domain and the first finding was dropped. A number typed
    // right against an address was dropped the same way (with e-mail not asked for,
    // nothing masked it at all).
    let defaults = [Kind::MyNumber, Kind::CreditCard, Kind::InsurerNumber];
    let with_email = [
        Kind::MyNumber,
        Kind::CreditCard,
        Kind::InsurerNumber,
        Kind::Email,
    ];
    for (text, by_default, by_email) in [
        (
            "マイナンバー 1234 5678 9018@example.com",
            "マイナンバー **** **** ****@example.com",
            "マイナンバー **** **** ****@*******.***",
        ),
        (
            "マイナンバー 1234 5678 9018.taro@example.com",
            "マイナンバー **** **** ****.taro@example.com",
            "マイナンバー **** **** ****.****@*******.***",
        ),
        (
            "カード 4539 5787 6362 1486@example.com",
            "カード **** **** **** ****@example.com",
            "カード **** **** **** ****@*******.***",
        ),
        (
            "taro@example.comhanako@example.com",
            "taro@example.comhanako@example.com",
            "****@*******.*********@*******.***",
        ),
    ] {
        assert_eq!(masked(text, &defaults), by_default, "{text}");
        assert_eq!(masked(text, &with_email), by_email, "{text}");
    }
    check(
        "taro@example.jp.hanako@example.com",
        &[("email", "taro@example.jp.hanako@example.com")],
    );
}

#[test]
fn a_card_printed_in_its_groups_is_found_inside_a_longer_run() {
    // Found by the re-redaction property: labels took the card's first groups as an
    // insured number and left `6362 1486` visible.
    // A run of digit groups is judged whole: now the whole run is masked.
    check(
        "記号 被保険者番号 a TK1234567 4539 5787 6362 1486 0 ",
        &[("insured_number", "TK1234567 4539 5787 6362 1486 0")],
    );
    check(
        "4539 5787 6362 1486 0123",
        &[("credit_card", "4539 5787 6362 1486 0123")],
    );
    // The groups must be the printed ones and pass the card's checks.
    none("注文 5571 9796 5938 7300 1234");
    none("4539 5787 6362 1487 0123");
}

#[test]
fn a_word_after_a_number_does_not_hide_it_from_a_negative_label() {
    // 注文番号 does not stop a valid My Number; a short word after it did.
    check("注文番号 123456789018", &[("my_number", "123456789018")]);
    check("注文番号 123456789018 a", &[("my_number", "123456789018")]);
    check(
        "注文番号 123456789018 a.b@x.co.jp",
        &[("my_number", "123456789018"), ("email", "a.b@x.co.jp")],
    );
}

#[test]
fn the_local_part_of_an_address_is_no_labels_value() {
    // Masked, `taro@` became `****@`, which the 記号・番号 label took as a masked value,
    // freeing its second value for the digit after it: the output had a finding the
    // text had not.
    let text = "記号・番号、 です👩\u{200d}⚕\u{fe0f}   taro@example.jp アアア 0 ";
    let all = every_kind();
    let once = settled(&all, text);
    let kinds: Vec<&str> = once.findings.iter().map(|f| f.kind.as_str()).collect();
    assert_eq!(kinds, ["email"], "{:?}", once.text);
}

#[test]
fn a_masked_address_and_number_read_again_hold_the_label_above() {
    // The masked line reads `****@*******.** ************`, one run glued to the
    // `@`; what was masked there was a value all the same, and the label two lines
    // up names nothing below it.
    let r = every_kind();
    let out = settled(&r, "保険者番号、 \ntaro@example.jp 123456789018\n0000 ");
    assert!(out.text.ends_with("\n0000 "), "{:?}", out.text);
}

#[test]
fn values_masked_before_in_the_text_hold_their_labels_the_second_time() {
    // Found by the redact fuzz target: a text already holding masked values, with
    // four plain digits after them, redacted twice in the partial style. The second
    // time the four digits were taken as the label's value before the masked groups.
    let text = "保険証番号IIIIII番号：5336 **** ******-6615-527 8668 83730";
    let partial = Redactor::builder()
        .style(Style::Partial)
        .keep_last(4)
        .build()
        .expect("a redactor");
    let once = settled(&partial, text);
    assert_eq!(once.findings.len(), 1, "{:?}", once.text);
}

#[test]
fn an_account_type_does_not_reach_across_another_label() {
    // Found by the re-redaction property: 普通 took the number on the next line once
    // the hiragana between them (the 記号's の) had been masked.
    let text = "普通 記号の0\n０００００００ ";
    // The number on the next line is no account; the 記号 above it makes it an
    // insurance card's number for the context reading.
    check(
        text,
        &[
            ("insured_number", "の0"),
            ("insured_number", "０００００００"),
        ],
    );
    let all = every_kind();
    settled(&all, text);
    // Right after its label, the account is still found.
    check("普通 1234567", &[("bank_account", "1234567")]);
}

#[test]
fn an_address_that_a_masked_number_completes_is_masked_in_the_first_reading() {
    // `example.03-1234-5979`: the phone's digits are no top-level domain, but masked
    // (`example.**`) they read like one; the address must not appear only when the
    // output is redacted again (a case the fuzzer found).
    let all = every_kind();
    for text in [
        "個人情anako.sato@example.03-1234-5979",
        "連絡先 taro＠example.090-1234-5678 まで",
    ] {
        let once = settled(&all, text);
        assert!(!once.text.contains("1234"), "{:?}", once.text);
    }
}

#[test]
fn a_number_after_a_time_like_sign_reads_alike_written_and_masked() {
    // `0:1` reads like a time; masked, `*:1` must too, or the `1` is found only
    // when the output is redacted again (a case the fuzzer found).
    let r = Redactor::default();
    for text in ["保険者証記号0:1", "保険者証記号１２：３"] {
        settled(&r, text);
    }
}

#[test]
fn a_word_taken_into_a_value_labels_nothing_after_it() {
    // `記号番号保険9T`: the scanner takes `保険9T` whole as the 記号, so 保険 is part
    // of a value, not a label of the numbers after it; masked it is gone, and the
    // `72` after it must read the same before and after (a case the fuzzer found:
    // the 72 was found only when the output was redacted again).
    let r = Redactor::default();
    for text in [
        "記・\n記号番号保険9T 9\t2˂72",
        "保険証が新しくな。\n記号・番\n記号・番号：2]保険々T9˂427]˂4\tT˂472]˂4\tT 9\t72]˂472]˂4\tT ˂5\t9ˊ願いします。",
    ] {
        settled(&r, text);
    }
}

#[test]
fn a_value_of_single_characters_takes_no_word_before_or_after_masking() {
    // `記号0)3&8`: the scanner takes `0)3` as the 記号. Masked, it is `*)*`, two
    // runs of one character, which do not take the word 記号 from the `8` after
    // it; the first reading must read it so too (the validate_form fuzz target
    // found the 8 masked only when the output was redacted again).
    let r = Redactor::default();
    for text in [
        "記号0)3&8",
        "23451075-222-31112345161-1mその6123456、記号が(0)3&161-1mその6123456、訸号が(0)3-1234-5678 90-1234)5!78 90",
    ] {
        let out = settled(&r, text);
        assert!(!out.findings.is_empty(), "{text}");
    }
    // Two characters side by side are a value masked too: the word stays theirs.
    let out = settled(&r, "記号 12 番号 7 メモ");
    assert_eq!(out.text, "記号 ** 番号 * メモ");
}

#[test]
fn a_line_naming_the_values_above_it_holds_none_written_or_masked() {
    // `上から保険者番号、被保険者番号の順です` under two values names them, top down.
    let r = Redactor::default();
    let named = "39341367\n41789074\n上から保険者番号、被保険者番号の順です";
    assert_eq!(settled(&r, named).findings.len(), 2);
    // With a value of its own the line labels that one, not the values above; masked,
    // the value must read the same (the redact fuzz target found the values above
    // masked only when the output was redacted again).
    for text in [
        "39341367\n41789074\n上から保険者番号、被保険者番号の順です 記号 2002178775",
        "46144\n747457\n上%訙で@@@保険証で受@@@保険証で受み2002178775ます。",
    ] {
        let out = settled(&every_kind(), text);
        assert_eq!(out.findings.len(), 1, "{:?}", out.text);
        assert!(out.text.ends_with("**********ます。") || out.text.ends_with("**********"));
    }
}

#[test]
fn a_value_masked_above_speaks_for_the_next_no_more_than_when_it_was_found() {
    // Found, `3362-152319` is a pension number, and the phone number of the same
    // shape under it is weak evidence of one: left as a phone number. Masked, its
    // kind is not known when the output is read again; the label line above must
    // not then name the phone number (the redact fuzz target found this).
    let r = Redactor::builder().build().expect("a redactor");
    let out = settled(&r, "年金番号：3362-152319 番号\n070-3153-4553");
    assert_eq!(out.findings.len(), 1, "{:?}", out.text);
    // A value of another shape under it is still named by the label line.
    let out = settled(&r, "年金番号：3362-152319 番号\n12345");
    assert_eq!(out.findings.len(), 2, "{:?}", out.text);
    // Nor may a generic word after it name it once the value above is masked
    // (found by the fuzz target too, with every kind asked for).
    let all = every_kind();
    let out = settled(&all, "電話番号は0994554458\n0*0-4415-0190番号は");
    assert_eq!(out.findings.len(), 1, "{:?}", out.text);
}

#[test]
fn a_word_inside_a_value_on_the_line_above_labels_nothing() {
    // `ver.@m.eZ#` over `ZZ2GGG`: the `ver` (a version, which blocks a number) is
    // inside the address, which is masked. The line above then reads `***.@*.**#`.
    // When `#` was a word for "number", it named the number below in the masked
    // output only (the redact fuzz target found `ZZ2GGG` only when the output was
    // redacted again); a `#` names nothing now (`#5823 保険証情報の修正依頼` is a
    // ticket), and both readings leave the number alone.
    let all = every_kind();
    for text in [
        "ver.@m.eZ#\nZZ2GGG",
        "アプリ（ver.@0mail.eZZAAAAAAAAAAAA# AAAAAAAAAAAAAAAZZZZZZZZZZ\nZZZZZZZZZZZZxamplG2GGG）",
    ] {
        let out = settled(&all, text);
        assert_eq!(out.findings.len(), 1, "{text:?} → {:?}", out.text);
    }
    // A word outside any value still decides: `ver` blocks the number below.
    let out = settled(&all, "ver #\nZZ2GGG");
    assert!(out.findings.is_empty(), "{:?}", out.text);
}

#[test]
fn an_address_that_starts_a_line_is_no_value_under_a_stack_of_labels() {
    // Found, the addresses below `記号・番号、保険者番号` start their lines with
    // words; masked, with `****@`. Neither reading may pair them with the labels
    // above as values (the property test found `0000` named the insurer's number
    // only when the output was redacted again).
    let all = every_kind();
    let out = settled(
        &all,
        "記号・番号、保険者番号\ntaro@example.jp\na.b@x.co.jp、0、0\n0000 ",
    );
    assert_eq!(out.findings.len(), 2, "{:?}", out.text);
}

#[test]
fn in_the_partial_style_values_an_address_joins_are_one_value() {
    // `Yo@em.mt` (an address) and `8868mo` (a number) side by side: written
    // partially, `*o@em.mt*868mo` reads as one address, whose partial form keeps
    // other characters, and that form makes ペ the 記号's value. The output is
    // written as a second reading reads it, so that redacting it again finds only
    // what is already replaced (a case the redact fuzz target found).
    let text = "\n記号ペYo@em.mt8868mo";
    let kinds = [Kind::InsuredNumber, Kind::Email];
    let partial = Redactor::builder()
        .kinds(kinds.clone())
        .style(Style::Partial)
        .keep_last(5)
        .build()
        .expect("a redactor");
    let once = partial.redact(text);
    let replaced: Vec<(usize, usize)> = {
        let (mut at, mut out_at, mut v) = (0, 0, Vec::new());
        for f in &once.findings {
            out_at += f.start - at;
            let len = text[f.start..f.end].len();
            v.push((out_at, out_at + len));
            out_at += len;
            at = f.end;
        }
        v
    };
    for g in partial.find(&once.text) {
        assert!(
            replaced.iter().any(|&(s, e)| s < g.end && g.start < e),
            "{:?} finds {g:?} again outside {replaced:?}",
            once.text
        );
    }
    assert!(once
        .findings
        .iter()
        .any(|f| f.kind == Kind::Email && &text[f.start..f.end] == "Yo@em.mt8868mo"));
}

#[test]
fn a_line_after_one_whose_mask_changes_its_length_is_read_again_masked() {
    // `ﾐ` (three bytes) is masked as `*` (one): that line is read masked only
    // later, and the line after it, whose labels it hands on, with it. The debug
    // build checks that the whole masked output reads as settled (a case the
    // fuzzer found, where that check missed the line after).
    let text = "さくグしくなりました。\n記号 ~申し######＆ 番号証 ７７８／ﾐ０\n保険者No. 450603\n叾給者番号：1722248\n保険者番号の3";
    let partial = Redactor::builder()
        .style(Style::Partial)
        .keep_last(4)
        .build()
        .expect("a redactor");
    let once = partial.redact(text);
    assert!(!once.text.contains("450603"), "{:?}", once.text);
    settled(&Redactor::default(), text);
}

#[test]
fn a_date_after_a_value_is_no_part_of_it() {
    // A card's expiry after a mistyped card number: the number is the label's,
    // the expiry stays.
    check(
        "カード：4980 0000 0000 0004 12/28",
        &[("credit_card", "4980 0000 0000 0004")],
    );
    check(
        "カード：4980-0000-0000-0004 12/28",
        &[("credit_card", "4980-0000-0000-0004")],
    );
    // A year and a time are one date still.
    none("Sent: Friday, November 8, 2024 4:12 PM");
}

#[test]
fn labels_listed_in_a_sentence_name_the_values_below_in_order() {
    check(
        "マイナンバーとカード番号を送ります\n123456789012\n4539 5787 6362 1487",
        &[
            ("my_number", "123456789012"),
            ("credit_card", "4539 5787 6362 1487"),
        ],
    );
    check(
        "以下の保険者番号、記号、番号で登録してください。\n06132013\n7120\n33",
        &[
            ("insurer_number", "06132013"),
            ("insured_number", "7120"),
            ("insured_number", "33"),
        ],
    );
    // Words that name no value name none in a list either.
    none("注文番号と受付番号です\n12345678\n87654321");
}

#[test]
fn a_cards_number_named_before_its_symbol_or_as_the_subject() {
    for text in [
        "番号：33　記号：7120",
        "保険証は番号33、記号7120です",
        "記号は7120で、33が番号です",
    ] {
        let got = found(text);
        assert_eq!(got.len(), 2, "{text:?}: {got:?}");
        assert!(got.iter().all(|(k, _)| k == "insured_number"), "{text:?}");
    }
    check("7120-33 記号番号", &[("insured_number", "7120-33")]);
    // A 番号 at the end of a longer word is not the card's.
    none("都道府県番号 1 3　点数表番号 1");
}

#[test]
fn a_label_over_a_blank_line_names_a_value_alone_below_it() {
    check(
        "マイナンバーについて。\n\n123456789012",
        &[("my_number", "123456789012")],
    );
    none("お問い合わせについて。\n\n123456789012");
}

#[test]
fn a_figure_dash_or_commas_between_groups_of_four() {
    check(
        "マイナンバー 1234‒5678‒9012",
        &[("my_number", "1234‒5678‒9012")],
    );
    check(
        "マイナンバー 1234,5678,9012",
        &[("my_number", "1234,5678,9012")],
    );
    // An amount's groups have three digits.
    none("合計 1,234,567円");
}

#[test]
fn a_masked_value_after_the_components_reads_as_the_value_did() {
    // Property-test find: `00` before `ｷｺﾞｳ ０` was named by the components only once
    // the `０` after them was masked.
    let r = every_kind();
    settled(&r, "00、ｷｺﾞｳ ０ 😀 ");
    settled(&r, "7120-33 記号番号 ０");
}

#[test]
fn a_label_with_a_masked_value_after_it_reads_as_it_will_be_masked() {
    // Property-test find: `口座番号` named `1、０００` before it as long as the
    // e-mail address after it was letters, and no longer once it was masked
    // (`*.*@*.**.**` reads as a value of its own).
    let r = every_kind();
    settled(&r, "公費負担者番号\n1、０００ 口座番号、a.b@x.co.jp ");
    settled(&r, "公費負担者番号\n1、０００ 口座番号、ab@example.jp");
}

#[test]
fn a_letter_between_digits_reads_as_its_mask_does() {
    // Property-test find: `A` between `00` and `0400000000` parted them, and its mask
    // `*` joined them once the first two were masked.
    let r = every_kind();
    settled(&r, "ｷｺﾞｳ、A、00 A 0400000000 ");
}

#[test]
fn an_address_between_a_label_and_a_value_reads_as_its_mask_does() {
    // Property-test find: the e-mail address between `電話番号` and `番号 100000 …`
    // was no value of its line until it was masked (`****@*******.**`), so the
    // heading reached over it on the first reading only.
    let r = every_kind();
    settled(&r, "電話番号\ntaro@example.jp\n番号 100000 00000 * ");
}

#[test]
fn digits_written_in_kanji_are_read_as_digits() {
    // A number read out and typed with the input method's kanji, or written so in a
    // letter: the same number, masked in place.
    check(
        "保険証の記号は 七一六、番号は 四二四〇九 です。",
        &[
            ("insured_number", "七一六"),
            ("insured_number", "四二四〇九"),
        ],
    );
    check(
        "保険者番号 〇六一三九八三三",
        &[("insurer_number", "〇六一三九八三三")],
    );
    // A zero said as a word before them (`まる`, `ゼロ`) is the number's first digit.
    check(
        "じいちゃん：新しい通帳の口座番号は　まる七三五五八一　です",
        &[("bank_account", "まる七三五五八一")],
    );
    let r = Redactor::default();
    assert_eq!(
        settled(&r, "マイナンバー：一二三四 五六七八 九〇一八").text,
        "マイナンバー：＊＊＊＊ ＊＊＊＊ ＊＊＊＊"
    );
    assert!(r.finds_anything("口座番号は 一二三四五六七 です（普通）"));
    // A lone kanji digit is a word, and a run of 〇 a placeholder; dates stay.
    none("保険者番号は一度お電話で伺います");
    none("〇〇〇〇工業健康保険組合の〇〇様、記号 〇〇");
    none("二〇二五年一二月三日に受診しました");
}

#[test]
fn a_digest_under_a_key_that_says_hash_is_no_card() {
    // A log's `card_hash=…` names a digest, not the card; a card's own number there
    // is still one (its check digit says so).
    none("reason=CARD_EXPIRED card_hash=7324cbd7e2754adb");
    check(
        "card_hash=4539578763621486",
        &[("credit_card", "4539578763621486")],
    );
}

#[test]
fn a_word_before_a_masked_value_is_no_symbol_of_it() {
    // Found by the redact fuzz target: `正しくは被5555` masked reads `正しくは＊****`,
    // and the four characters before the masked run were taken for its 記号's kana
    // (as `よ5` is): the line seemed to start with a value, a second one under the
    // heading, and the heading's label went to the next line's `mgX0 6` the second
    // time. A kanji with hiragana after it is a word (正しく), not a 記号.
    let r = Redactor::default();
    let once = settled(&r, "保険保険証の番号です\n正しくは被5555\nmgX0 6");
    assert_eq!(once.text, "保険保険証の番号です\n正しくは＊****\nmgX0 6");
}

#[test]
fn kanji_digits_beside_written_digits_are_digits_however_few() {
    // Digits typed and converted by the input method in turns: one kanji at a time
    // between written digits is part of the number.
    check(
        "保険者番号は3一3一0四0二です",
        &[("insurer_number", "3一3一0四0二")],
    );
    // Not a kanji beside nothing but words.
    none("一日3回、1週間分です");
    // Nor a word of a negative label's: read as digits, the run is too long to be a
    // value, as it is written in digits (a case the property test found).
    none("注文番号一一123456789018ア");
    none("注文番号１１123456789018ア");
}

#[test]
fn a_masked_value_keeps_its_line_from_reading_as_a_legend() {
    // Found by the redact fuzz target: `記号手3` masked reads `記号＊*`, a line
    // without a digit under a line of values, which read as the legend naming them
    // (`l 5` a card's component the second time).
    let r = every_kind();
    let once = settled(
        &r,
        "\u{1}l 5翔（sho.mmas/to;05@6\n記号手3\u{3000}敪右・スミス",
    );
    assert_eq!(once.findings.len(), 1, "{:?}", once.text);
}

#[test]
fn a_remark_in_brackets_after_a_label_leaves_it_its_value() {
    // A word for what is not sensitive (申込) in an aside right after the label
    // says where the value was written, not what it is.
    check(
        "免許証番号（申込書記入欄）：30-18-998375-60",
        &[("drivers_license", "30-18-998375-60")],
    );
    check(
        "口座番号（申込書記入欄）：1234567",
        &[("bank_account", "1234567")],
    );
    // Alone in brackets, it still names the number after it.
    none("（申込番号）12345678");
}

#[test]
fn a_quote_parts_a_number_word_from_a_negative_word_before_it() {
    // 患者 is no compound with the 番号 that opens the patient's quoted words.
    let r = Redactor::default();
    let out = r.redact("患者さん曰く「番号は 1943 1169 3493」とのこと");
    assert_eq!(out.text, "患者さん曰く「番号は **** **** ****」とのこと");
    none("患者番号 12345678");
}

#[test]
fn a_number_in_a_my_number_s_groups_again_in_the_text_is_one() {
    let r = Redactor::default();
    let out = r.redact(
        "「さっき送った番号は間違いで、正しくは3458 8892 6310です」\n\
         前に送ったのは6627 7306 8985でしたが、これは捨ててください。",
    );
    assert_eq!(
        out.text,
        "「さっき送った番号は間違いで、正しくは**** **** ****です」\n\
         前に送ったのは**** **** ****でしたが、これは捨ててください。"
    );
    assert!(out.findings.iter().all(|f| f.kind == Kind::MyNumber));
    // Not one with a word of its own before it, nor in other groups.
    let out = r.redact("個人番号 4383 6165 0196\n照会番号 7604 1046 9454\n電話 090 1234 5678");
    assert_eq!(
        out.text,
        "個人番号 **** **** ****\n照会番号 7604 1046 9454\n電話 090 1234 5678"
    );
}

#[test]
fn a_year_right_after_a_card_s_word_is_no_value() {
    none("出向者の健保切替（2025年3月10日付）です。");
    none("保険証 2025年4月から変わります");
    none("記号（2025年）");
    check(
        "記号・番号 12／345",
        &[("insured_number", "12"), ("insured_number", "345")],
    );
}

#[test]
fn a_pension_s_code_is_no_label_of_its_number() {
    // 年金コード names the four digits after the pension number, stacked or listed.
    let r = Redactor::default();
    let out = r.redact("基礎年金番号・年金コード\n7650-410941-6350\n支払期 令和 7年 12月");
    assert_eq!(
        out.text,
        "基礎年金番号・年金コード\n****-******-****\n支払期 令和 7年 12月"
    );
    let out = r.redact("基礎年金番号\n年金コード\n9118－238074\n1150\n受給権者の氏名");
    assert_eq!(
        out.text,
        "基礎年金番号\n年金コード\n****－******\n1150\n受給権者の氏名"
    );
    none("年金コード 1150");
}

#[test]
fn a_header_s_words_numbered_are_no_values() {
    // `公費1,受給者1`: the header of a CSV export, its columns numbered.
    let r = Redactor::default();
    let out = r.redact(
        "患者番号,氏名,保険者番号,記号,番号,枝番,公費1,受給者1\n\
         4194260,荻野 千春,34134007,727,64924337,01,12411781,1551662",
    );
    assert_eq!(
        out.text,
        "患者番号,氏名,保険者番号,記号,番号,枝番,公費1,受給者1\n\
         4194260,荻野 千春,********,***,********,**,********,*******"
    );
}

#[test]
fn a_word_in_a_tabbed_row_s_first_cell_keys_every_value_after_it() {
    // Before and after a change, side by side: each row's label keys both values,
    // and a 番号 under a row of 記号 is the card's.
    let r = Redactor::default();
    let out =
        r.redact("項目\t変更前\t変更後\n記号\tK236\t1612115\n番号\t3853\t19112\n枝番\t00\t01");
    assert_eq!(
        out.text,
        "項目\t変更前\t変更後\n記号\t****\t*******\n番号\t****\t*****\n枝番\t**\t**"
    );
    // A value of its own key after the first keeps its key.
    none("受付番号\t12345678\t87654321");
}

#[test]
fn kibann_is_a_card_s_symbol_and_number_but_not_in_a_registration_s_number() {
    check(
        "記番 8513・37420",
        &[("insured_number", "8513"), ("insured_number", "37420")],
    );
    none("後見登記の証明書（登記番号 第9204-6059号）");
}

#[test]
fn a_kanji_symbol_before_a_middle_dot_is_the_card_s() {
    // `記号・番号` written as they are, the 記号 in kanji and a middle dot between.
    let r = Redactor::default();
    let out = settled(&r, "被保険者証の記号・番号　横浜・009558");
    assert_eq!(out.text, "被保険者証の記号・番号　＊＊・******");
    let out = settled(&r, "保番 349548\n記・番 安佐南・208817");
    assert_eq!(out.text, "保番 ******\n記・番 ＊＊＊・******");
}

#[test]
fn a_value_whose_line_ends_in_a_hyphen_goes_on_below() {
    let r = Redactor::default();
    let out = settled(&r, "（5）申請者の個人番号　6477-9438-\n7315\n（6）連絡先");
    assert_eq!(
        out.text,
        "（5）申請者の個人番号　****-****-\n****\n（6）連絡先"
    );
    // Below a value written whole, an amount of its own stays.
    let out = settled(&r, "個人番号　6477-9438-7315\n7315 円");
    assert_eq!(out.text, "個人番号　****-****-****\n7315 円");
}

#[test]
fn a_number_in_a_licence_s_dai_go_is_named_by_the_line_below() {
    check(
        "第460106580010号\n（免許証の番号部分だけ切り抜いてOCR）",
        &[("drivers_license", "460106580010")],
    );
    none("第12345号\n（受付番号）");
}

#[test]
fn a_symbol_s_kana_are_none_of_a_newer_label_s() {
    // Found by the validate_form fuzz target: the ド ending 個人番号カード was taken
    // for the kana of a 記号 the older label 記号 named (`ドh00-123`), and the masked
    // `カー＊***-***` left the My Number label to the next number the second time.
    let r = every_kind();
    let out = settled(&r, "保険証の記号((個人番号カードh00-123),33333333保陸4,");
    assert!(
        out.text.starts_with("保険証の記号((個人番号カード"),
        "{:?}",
        out.text
    );
}

#[test]
fn a_bank_named_before_a_bare_number_names_its_account() {
    check(
        "静岡銀行の浜松支店、番号は6887138です",
        &[("bank_account", "6887138")],
    );
    check(
        "Minha conta é conta corrente, banco Shizuoka, agência Hamamatsu 215, número 6887138.",
        &[("bank_account", "6887138")],
    );
    // A branch's name in the next sentence does not block the number before it.
    let r = Redactor::default();
    let out = settled(
        &r,
        "当座です。\nオペレーター：では番号をお願いします。\nお客様：9004667。支店は丸の内で",
    );
    assert!(out.text.contains("お客様：*******。"), "{}", out.text);
    // A branch's own number stays.
    none("支店番号 137");
}

#[test]
fn twelve_digits_alone_in_a_dai_go_are_a_licence_s_number() {
    check(
        "運転免許証（表）読取\n住所 埼玉県川口市並木2-8-14\n交付 令和04年08月19日 12345\n第　３０１５１８５８３６９０　号",
        &[("drivers_license", "３０１５１８５８３６９０")],
    );
    none("請求書 第202406150001号 をお送りします");
}

#[test]
fn markdown_around_labels_and_values_is_no_value() {
    let r = Redactor::default();
    let out = settled(
        &r,
        "## 登録内容\n- **保険者番号**: `63133888`\n- **記号**: `特退12`\n- **番号**: `3398`\n- **枝番**: `00`",
    );
    assert_eq!(
        out.text,
        "## 登録内容\n- **保険者番号**: `********`\n- **記号**: `＊＊**`\n- **番号**: `****`\n- **枝番**: `**`"
    );
    check("*口座番号*：1234567", &[("bank_account", "1234567")]);
}

#[test]
fn a_symbol_may_be_one_letter_and_a_hyphen() {
    check(
        "記号：N-12　番号：098",
        &[("insured_number", "N-12"), ("insured_number", "098")],
    );
    check(
        "記号 KTS-07 番号 1184",
        &[("insured_number", "KTS-07"), ("insured_number", "1184")],
    );
    check(
        "Hokensha No. 06277958\nKigo G-31\nBango 00419",
        &[
            ("insurer_number", "06277958"),
            ("insured_number", "G-31"),
            ("insured_number", "00419"),
        ],
    );
    check(
        "1) 村上様　保番 31231616　記・番 千代田5／1043　→ 写真再提出待ち",
        &[
            ("insurer_number", "31231616"),
            ("insured_number", "千代田5"),
            ("insured_number", "1043"),
        ],
    );
}

#[test]
fn values_alike_under_one_label_go_on_past_a_blank_line() {
    let r = Redactor::default();
    let out = settled(&r, "受給者番号\n3479243\n\n6494504");
    assert_eq!(out.text, "受給者番号\n*******\n\n*******");
    // Not what is no value: a date, an amount.
    let out = settled(&r, "受給者番号\n3479243\n\n2024年4月\n\n1234567 円");
    assert_eq!(out.text, "受給者番号\n*******\n\n2024年4月\n\n1234567 円");
}

#[test]
fn digits_spoken_as_kana_after_a_label_are_masked() {
    let r = Redactor::default();
    let out = settled(
        &r,
        "（音声入力）マイナンバーを送ります きゅうろくはちろく よんろくろくご いちさんろくご です",
    );
    assert_eq!(
        out.text,
        "（音声入力）マイナンバーを送ります ＊＊＊＊＊＊＊＊＊ ＊＊＊＊＊＊＊ ＊＊＊＊＊＊＊ です"
    );
    check(
        "口座番号はですね ナナヨンマルナナヨンサンロク あ 普通です",
        &[("bank_account", "ナナヨンマルナナヨンサンロク")],
    );
    check(
        "保険証の記号は ろくろくななよん 番号は にろく 枝番は ゼロサン です",
        &[
            ("insured_number", "ろくろくななよん"),
            ("insured_number", "にろく"),
            ("insured_number", "ゼロサン"),
        ],
    );
    // A label on the line above, in a chat.
    check(
        "兄：これ書いといて。年金のやつ\n兄：きゅういちきゅうぜろ さんぜろさんさんにいち",
        &[(
            "pension_number",
            "きゅういちきゅうぜろ さんぜろさんさんにいち",
        )],
    );
    // Groups read out with の, a comma or a dot between them.
    check(
        "お電話ください。番号は、ゼロキュウゼロの、ヨンヨンイチナナの、ニーハチサンロクです。",
        &[(
            "phone",
            "ゼロキュウゼロの、ヨンヨンイチナナの、ニーハチサンロク",
        )],
    );
    check(
        "受給者番号　よん・ごー・にー・ろく・ろく・きゅう・ごー",
        &[(
            "public_expense_recipient",
            "よん・ごー・にー・ろく・ろく・きゅう・ごー",
        )],
    );
    // Kana that are words, not digits, stay.
    none("保険証の番号を間違えて登録してしまいました。\n正しくは記号・番号を別紙にご記入ください");
    none("介護保険証の番号、ケアマネさんに聞かれたので");
}

#[test]
fn an_address_in_a_url_s_query_is_found_with_its_encoded_at_sign() {
    check(
        "GET /lookup?email=yuki.shimada%40example.jp&src=cs",
        &[("email", "yuki.shimada%40example.jp")],
    );
    // A percent before 40 elsewhere is no address.
    none("税率10%40件");
}

#[test]
fn a_value_whose_mask_reads_as_markdown_bold_is_read_again() {
    // `**記号・番号22:` masked is `**記号・番号**:`, a bold label that has taken no value
    // yet: the values below are the label's in both readings (debug builds check
    // the line-by-line reading of the masked output against a whole one).
    let r = Redactor::default();
    let out = settled(&r, "**記号・番号22:\n2\n2\n2");
    assert_eq!(out.text, "**記号・番号**:\n*\n*\n*");
    // A value starting with a letter after a separator: masked, its `*` joins the
    // group before it.
    let out = settled(&r, "記号・番号a-TK1234567(00000");
    assert_eq!(out.text, "記号・番号a-*********(*****");
}

#[test]
fn a_number_sign_after_a_symbol_labels_the_next_value() {
    // Two letters after digits may end a residence card (`AB12345678 CD`); `No.`
    // labels the card's number instead.
    check(
        "保険者No.06424691\n記号 ｲｼｶﾜ101 No. 2284",
        &[
            ("insurer_number", "06424691"),
            ("insured_number", "ｲｼｶﾜ101"),
            ("insured_number", "2284"),
        ],
    );
}

#[test]
fn a_short_card_number_under_an_insurance_symbol_is_the_insurance_card_s() {
    check(
        "field_card_symbol   : 東京21\nfield_card_number   : 88310",
        &[("insured_number", "東京21"), ("insured_number", "88310")],
    );
}

#[test]
fn spaced_out_letters_of_a_card_are_part_of_it() {
    check(
        "在 留 カ ー ド\n番 号   M R 9 1 7 7 4 3 0 8 D M",
        &[("residence_card", "M R 9 1 7 7 4 3 0 8 D M")],
    );
    check(
        "旅券番号 T K 1 2 3 4 5 6 7",
        &[("passport", "T K 1 2 3 4 5 6 7")],
    );
}

#[test]
fn an_emoji_sequence_between_groups_parts_them_as_one_emoji_does() {
    check(
        "個人番号 2940👩‍👧7561👩‍👧3664",
        &[("my_number", "2940👩‍👧7561👩‍👧3664")],
    );
}

#[test]
fn finds_anything_answers_as_find_does_for_spoken_digits() {
    // A label the scanner does not know (hiragana), in a text without a written
    // digit: the spoken digits are read all the same, and `finds_anything` says so.
    let r = Redactor::default();
    for text in [
        "まいなんばーは ろくさんぜろきゅう よんごよんろく さんさんはちはち です",
        "口座番号はですね ナナヨンマルナナヨンサンロク あ 普通です",
        "しごとで よろしくお願いします",
    ] {
        assert_eq!(r.finds_anything(text), !r.find(text).is_empty(), "{text}");
    }
    assert!(
        r.finds_anything("まいなんばーは ろくさんぜろきゅう よんごよんろく さんさんはちはち です")
    );
}

#[test]
fn a_labelled_international_number_is_a_phone_number_however_mistyped() {
    // 090-0… is no number libphonenumber knows; its label says what it is, and its
    // `+` is part of it.
    let r = every_kind();
    let once = settled(&r, "電話番号：+81 90‐0283‐9810\nメール：haru.t@example.jp");
    assert_eq!(once.findings[0].kind, Kind::Phone);
    assert_eq!(
        once.text,
        "電話番号：+** **‐****‐****\nメール：****.*@*******.**"
    );
    assert_eq!(
        &"電話番号：+81 90‐0283‐9810"[once.findings[0].start..once.findings[0].end],
        "+81 90‐0283‐9810"
    );
}

#[test]
fn an_address_between_a_label_s_values_reads_the_same_masked() {
    // Masked, the address reads as values would (`*.*@*.**.**`): the value after it
    // is found on the first reading, as redacting the output again finds it (a case
    // the property test found).
    let r = every_kind();
    let once = settled(&r, "被保険者番号、850726、a.b@x.co.jp、809860 ");
    assert_eq!(once.text, "被保険者番号、******、*.*@*.**.**、****** ");
}

#[test]
fn a_masked_value_in_brackets_after_its_label_is_still_the_label_s() {
    // `(記号238568)` masked is `(記号******)`: the bracket holds the label's own
    // value, and names no value before it either way (a case the redact fuzz target
    // found).
    let once = settled(&Redactor::default(), "x\nuuuu7(記号238568)");
    assert_eq!(once.text, "x\nuuuu7(記号******)");
}

#[test]
fn a_number_spoken_in_long_words_reads_as_its_written_groups() {
    // `キュウ` and `ニー` are longer than one kana a digit: the number still reads as
    // the groups it was said in, a phone number without its label too.
    check(
        "折り返し先：ゼロキュウゼロ-ロクハチゼロヨン-ナナゼロロクニー",
        &[("phone", "ゼロキュウゼロ-ロクハチゼロヨン-ナナゼロロクニー")],
    );
    check(
        "ゼロキュウゼロ ロクハチゼロヨン ナナゼロロクニー",
        &[("phone", "ゼロキュウゼロ ロクハチゼロヨン ナナゼロロクニー")],
    );
    // Its groups parted by `の、`.
    check(
        "番号は、ゼロキュウゼロの、ヨンヨンイチナナの、ニーハチサンロクです。",
        &[(
            "phone",
            "ゼロキュウゼロの、ヨンヨンイチナナの、ニーハチサンロク",
        )],
    );
    check(
        "じゅきゅうしゃばんごう は まるごーななななごーまるに です",
        &[("public_expense_recipient", "まるごーななななごーまるに")],
    );
    none("ごくろうさまです、さんにんで");
}

#[test]
fn a_value_broken_off_leaves_its_label_for_the_whole_said_after_it() {
    check(
        "被保険者番号　「ゼロゼロイチ…」\n　ゼロゼロイチニーハチハチサンヨン\n負担割合 1割",
        &[
            ("insured_number", "ゼロゼロイチ"),
            ("insured_number", "ゼロゼロイチニーハチハチサンヨン"),
        ],
    );
    check(
        "被保険者番号 0012... いや 00128834 です",
        &[("insured_number", "0012"), ("insured_number", "00128834")],
    );
    // Not broken off: the label takes its one value.
    check(
        "被保険者番号 0012 です。予約 00128834",
        &[("insured_number", "0012")],
    );
}

#[test]
fn a_phone_number_after_its_label_may_have_letters_ocr_misread() {
    check("電話　O742-47-2945", &[("phone", "O742-47-2945")]);
    // Without its label, letters are letters.
    none("型番 O742-47-2945");
    none("O742-47-2945");
}

#[test]
fn a_bank_account_corrected_is_still_the_account() {
    check(
        "普通 1824690\nごめんなさい間違えてました 6じゃなくて2です\n1824290 が正しいです",
        &[("bank_account", "1824690"), ("bank_account", "1824290")],
    );
    // A number unlike it stays, as does one of letters and digits alike.
    check(
        "普通 1824690\n注文 5519302 です",
        &[("bank_account", "1824690")],
    );
}

#[test]
fn a_payer_and_a_recipient_side_by_side_need_no_label() {
    // Two check digits and a programme's 法別番号 say what no word does.
    check(
        "乳幼児（マル乳）88136833 / 2434538\n原本は本日郵送します。",
        &[
            ("public_expense_payer", "88136833"),
            ("public_expense_recipient", "2434538"),
        ],
    );
    // In one run with what follows them, which stays.
    check(
        "54130380  1857242  2025/10/01  2026/09/30  10,000\n（受給者証管理表）",
        &[
            ("public_expense_payer", "54130380"),
            ("public_expense_recipient", "1857242"),
        ],
    );
    // An insurer's 法別 (06), a recipient's check digit off, or a negative word
    // before them: numbers of something else.
    none("伝票 06136832 / 2434538 の件です");
    none("伝票 88136833 / 2434537 の件です");
    none("注文番号 88136833 / 2434538 の件です");
    // One over the other, each alone on its line after the same words.
    check(
        "上から順に
54267711
8285256
です！",
        &[
            ("public_expense_payer", "54267711"),
            ("public_expense_recipient", "8285256"),
        ],
    );
    check(
        "入力値：83127902
入力値：4045779",
        &[
            ("public_expense_payer", "83127902"),
            ("public_expense_recipient", "4045779"),
        ],
    );
    none(
        "伝票
54267711
8285257",
    );
}

#[test]
fn invisible_characters_inside_a_number_part_nothing() {
    check(
        "個人番号 6208\u{200B}9588\u{200B}5329\n電話番号 070\u{2060}1424\u{FEFF}4805",
        &[
            ("my_number", "6208\u{200B}9588\u{200B}5329"),
            ("phone", "070\u{2060}1424\u{FEFF}4805"),
        ],
    );
}

#[test]
fn a_row_of_cards_keyed_by_its_first_cell_is_no_header() {
    // One person a column: `記号`'s row holds kanji 記号, not the words of the
    // columns below it.
    let md = "| 項目 | 父 | 母 |\n|---|---|---|\n| 保険者番号 | 31131394 | 31138761 |\n\
              | 記号 | 文科 | 文科 |\n| 番号 | 40815 | 40815 |\n| 枝番 | 00 | 01 |\n| 区分 | 本人 | 家族 |";
    let values: Vec<String> = found(md).into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        values,
        ["31131394", "31138761", "文科", "文科", "40815", "40815", "00", "01"]
    );
    check(
        "記号\t文科\n番号\t40815\n枝番\t01",
        &[
            ("insured_number", "文科"),
            ("insured_number", "40815"),
            ("insured_number", "01"),
        ],
    );
}

#[test]
fn digits_written_and_spoken_in_one_number_read_as_one() {
    check(
        "連絡先は 070 の きゅう なな ごー ごー の 1942 でお願いします。",
        &[("phone", "070 の きゅう なな ごー ごー の 1942")],
    );
    // Kanji digits, written digits and kana, after a bare 番号.
    check(
        "番号は、〇八〇の8441のロクキュウゼロサン、です。",
        &[("phone", "〇八〇の8441のロクキュウゼロサン")],
    );
    none("今日は3の日でいちにのさんで");
}

#[test]
fn a_label_mistyped_with_the_wrong_kanji_is_still_the_label() {
    check(
        "保健者番号　01274885\n被保検者　記号　6102　番号　731",
        &[
            ("insurer_number", "01274885"),
            ("insured_number", "6102"),
            ("insured_number", "731"),
        ],
    );
    // きごう converted amiss, as 番号 is (番后).
    check(
        "保険者番号 06119838\n記合  2201  番后 3357",
        &[
            ("insurer_number", "06119838"),
            ("insured_number", "2201"),
            ("insured_number", "3357"),
        ],
    );
    // As a speech recognizer writes ほけんしゃ.
    check(
        "話者1: 国民健康保険の保健社番号 06131081 で合ってますか",
        &[("insurer_number", "06131081")],
    );
}

#[test]
fn a_bank_transfer_file_s_records_hold_accounts() {
    // 全銀フォーマット, pasted with its columns a little off: the header's own account
    // and each payee's, not the amounts, codes or dates.
    let text = "給与振込データ（全銀固定長）\n\
                12109524264323ﾒﾃﾞｨﾄﾄﾞｹ(ｶ                              12250005ﾐﾗｲｼﾝｷﾝ       001ﾎﾝﾃﾝ               13651489\n\
                20005ﾐﾗｲｼﾝｷﾝ       001ﾎﾝﾃﾝ               13880712ﾓﾘｼﾀ ﾁﾋﾛ                      0000231500\n\
                20005ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ  135ｼﾌﾞﾔ          000014516802ﾓﾘﾀ ﾅｵｷ                       00003120000\n\
                8000002000000518900\n9";
    check(
        text,
        &[
            ("bank_account", "3651489"),
            ("bank_account", "3880712"),
            ("bank_account", "4516802"),
        ],
    );
}

#[test]
fn a_form_copied_column_by_column_pairs_its_labels_and_values() {
    // The labels in the block's first half, the values in its second, a name and
    // a date among them.
    check(
        "氏名\n生年月日\nマイナンバー\n基礎年金番号\n電話\n北村 美和\n1991/02/27\n318377042018\n3819830098\n080-9004-1069",
        &[
            ("my_number", "318377042018"),
            ("pension_number", "3819830098"),
            ("phone", "080-9004-1069"),
        ],
    );
    // A title over the block stays out of it.
    let text = "被保険者資格登録申請書（お薬配送サービス用）\n申請日\n氏名（カナ）\n生年月日\n保険者番号\n\
                被保険者証　記号\n被保険者証　番号\n枝番\n2026年4月3日\nヤマモト　ケイコ\n昭和52年8月14日\n\
                06263156\nア12\n4038\n01";
    let values: Vec<String> = found(text).into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, ["06263156", "ア12", "4038", "01"]);
    // Labels that name nothing pair with nothing.
    none("氏名\n生年月日\n受付日\n北村 美和\n1991/02/27\n20250601");
}

#[test]
fn an_answer_by_its_number_takes_the_question_s_label() {
    let text =
        "確認したい項目\n① 保険者番号\n② 被保険者証の記号\n③ 番号\n\nお客様回答（メール）：\n\
                ①01273002\n②29599208\n③3456\nよろしくお願いします。";
    check(
        text,
        &[
            ("insurer_number", "01273002"),
            ("insured_number", "29599208"),
            ("insured_number", "3456"),
        ],
    );
    none("① 注文番号\n② 数量\n①12345678\n②3");
}

#[test]
fn a_licence_number_printed_in_its_form_may_have_a_letter_ocr_misread() {
    check(
        "交付 令和5年 6月10日 12345\n2028年(令和10年) 07月 02日まで有効\n第 45l672284892 号",
        &[("drivers_license", "45l672284892")],
    );
}

#[test]
fn a_phone_number_stored_as_a_number_is_still_its_column_s() {
    // A spreadsheet dropped the leading 0.
    let text = "氏名,電話番号,備考\n森 真一,9056619118,至急\n堀 愛,8012345678,\n";
    check(text, &[("phone", "9056619118"), ("phone", "8012345678")]);
    // Not outside a phone's column, nor a number no phone reads as with its 0.
    none("氏名,会員番号\n森 真一,9056619118");
    none("氏名,電話番号\n森 真一,1234");
}

#[test]
fn a_phone_number_before_its_hours_in_brackets_is_one() {
    check(
        "土日の問い合わせ窓口は 0120-557-218（9-18時）のみ。",
        &[("phone", "0120-557-218")],
    );
    // In brackets, its area code in brackets of its own.
    check(
        "処方元: さくら内科クリニック（03(7094)7813）",
        &[("phone", "03(7094)7813")],
    );
    check("電話 (03)1234-5678", &[("phone", "(03)1234-5678")]);
}

#[test]
fn rows_of_pairs_keep_their_order_numbers_out() {
    let text = "D-32006  12/04  54134952  1614726\nC-67034  12/23  54133186  3984317\n\
                ↑注文番号 / 日付 / 公負 / 受給者番号";
    check(
        text,
        &[
            ("public_expense_payer", "54134952"),
            ("public_expense_recipient", "1614726"),
            ("public_expense_payer", "54133186"),
            ("public_expense_recipient", "3984317"),
        ],
    );
    check(
        "公負番号 21-11-443-4",
        &[("public_expense_payer", "21-11-443-4")],
    );
}

#[test]
fn an_address_with_its_marks_spelled_out_is_an_address() {
    check(
        "変更できたか、メールで教えてください。\nmitsuki.f アットマーク example.ne.jp\n（＠が打てないのでカタカナで）",
        &[("email", "mitsuki.f アットマーク example.ne.jp")],
    );
    check(
        "hanako.kimura1948 あっとまーく example ドット ne ドット jp\n孫に教わって作りました。",
        &[(
            "email",
            "hanako.kimura1948 あっとまーく example ドット ne ドット jp",
        )],
    );
    check(
        "メールはtsuyoshi.n アットマーク example.comです",
        &[("email", "tsuyoshi.n アットマーク example.com")],
    );
    // With a space on each side of the `@`; not a log's query (`api @http.url`).
    check(
        "登録しているメールは ken-ichi_sato @ example.co.jp です",
        &[("email", "ken-ichi_sato @ example.co.jp")],
    );
    none("service:kohi-api @http.url_details.q");
    none("アットマークの打ち方がわかりません");
    // Addresses not asked for: the words are words.
    let r = Redactor::builder()
        .kinds([Kind::MyNumber])
        .build()
        .expect("a redactor");
    assert!(r.find("mitsuki.f アットマーク example.ne.jp").is_empty());
}

#[test]
fn a_header_in_romaji_below_its_rows_names_their_values() {
    let text =
        "06134662  26330760  708  00\n06231195  2239  121  03\nhokensha  kigou  bangou  edaban\n\
                （↑列名が下になってしまいました）";
    let values: Vec<String> = found(text).into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        values,
        ["06134662", "26330760", "708", "00", "06231195", "2239", "121", "03"]
    );
}

#[test]
fn a_line_listing_the_columns_right_over_the_rows_names_them() {
    let text = "返金リスト（経理へ）店番・口番・金額\n921\t9082648\t2892\n716\t4383440\t5851";
    check(
        text,
        &[("bank_account", "9082648"), ("bank_account", "4383440")],
    );
    // A row of values is no such line.
    none("伝票\t注文\t数量\n921\t9082648\t2892");
}

#[test]
fn a_value_under_its_label_whose_line_ends_in_a_hyphen_goes_on_below() {
    check(
        "年金番号\n5735-\n289509\nです。",
        &[("pension_number", "5735"), ("pension_number", "289509")],
    );
}

#[test]
fn a_my_number_broken_over_two_lines_is_one_by_its_check_digit() {
    check(
        "本人確認のため↓\n3845 0942\n5666\n（マイナンバーです。改行してしまいました）",
        &[("my_number", "3845 0942"), ("my_number", "5666")],
    );
    // Twelve digits that fail the check, or a part with more on its line, stay.
    none("本人確認のため↓\n3845 0942\n5667\nです");
    none("注文 12345678\n1234 円");
}

#[test]
fn a_kanji_symbol_of_two_words_that_ends_its_line_is_whole() {
    check(
        "保険者番号：34135228\n記号：公立学校 東京\n番号：406579",
        &[
            ("insurer_number", "34135228"),
            ("insured_number", "公立学校 東京"),
            ("insured_number", "406579"),
        ],
    );
}

#[test]
fn a_labelled_value_too_short_goes_on_at_the_start_of_the_next_line() {
    // A PDF's copy broke it; the rest starts the next line, alone or before an
    // aside on why.
    let r = Redactor::default();
    let out = settled(&r, "受給者番号 45\n70156\n自己負担上限額 月額 5,000 円");
    assert_eq!(
        out.text,
        "受給者番号 **\n*****\n自己負担上限額 月額 5,000 円"
    );
    let out = settled(
        &r,
        "口座番号 557\n3920（枠が足りず次の行に）\n名義 オオタケ",
    );
    assert_eq!(
        out.text,
        "口座番号 ***\n****（枠が足りず次の行に）\n名義 オオタケ"
    );
    let out = settled(&r, "受給者番号 302\n1920 ←つづき\n生活保護の医療券です");
    assert_eq!(
        out.text,
        "受給者番号 ***\n**** ←つづき\n生活保護の医療券です"
    );
    // Not a line that goes on with words.
    let out = settled(&r, "口座番号 557\n3920円の振込手数料");
    assert_eq!(out.text, "口座番号 557\n3920円の振込手数料");
}

#[test]
fn words_people_write_in_their_own_languages_or_by_slips() {
    // An input method's slips for 記号 (木号, 既号).
    check(
        "既号 9833 番号 9386",
        &[("insured_number", "9833"), ("insured_number", "9386")],
    );
    // A FHIR Coverage's subscriberId.
    check(
        r#"{"subscriberId": "98159", "relationship": "self"}"#,
        &[("insured_number", "98159")],
    );
    // Chinese: a credit card's first eight digits (信用卡号前8位).
    check("信用卡号前8位：45599506", &[("credit_card", "45599506")]);
}

#[test]
fn an_address_with_its_at_in_brackets() {
    check(
        "アドレスは tanaka.kei (at) example.com です",
        &[("email", "tanaka.kei (at) example.com")],
    );
    check(
        "mail: Sato.Ken[AT]example.co.jp",
        &[("email", "Sato.Ken[AT]example.co.jp")],
    );
    none("(at) home, [at] work");
}

#[test]
fn a_ratio_and_a_date_of_the_era_are_no_card_s_component() {
    // The combined label still has its 枝番 to take; neither a share of the cost
    // (2割) nor a date by the era's initial (R7.7.31) is one.
    check(
        "記号・番号 3224・299350\n高齢受給者証　負担割合2割　有効期限 R7.7.31",
        &[("insured_number", "3224"), ("insured_number", "299350")],
    );
}

#[test]
fn a_value_sent_in_messages_led_by_a_name_and_time_or_a_time_alone() {
    // As a chat tool exports it: a name and the time, no colon; the time joins
    // the value's rest into one run.
    check(
        "田村 10:31  年金番号、お客様が今言ったの 7345-\n田村 10:31  524328 です\n村井 10:32  ありがとう",
        &[("pension_number", "7345"), ("pension_number", "524328")],
    );
    // The time alone in brackets, and a message of the same person without a
    // digit between the parts.
    check(
        "（14:03）口座番号　7438\n（14:03）あ途中で送っちゃった\n（14:04）830\n（14:04）ろうきん　本店　普通です",
        &[("bank_account", "7438"), ("bank_account", "830")],
    );
    // A part that starts with its hyphen.
    check(
        "お客様 15:22 注文は9127128112、電話は070-9119\nお客様 15:22 -4382です",
        &[("phone", "070-9119"), ("phone", "4382")],
    );
    // Another value in the next message is none of it.
    check(
        "田村 10:31  口座番号 7345\n田村 10:32  注文番号 524328 です",
        &[],
    );
}

#[test]
fn a_time_s_minutes_are_no_part_of_the_value_after_them() {
    // A chat message's time, then a card's number in two messages.
    check(
        "小島 18:02 お客様がカード番号を途中まで言って切れちゃいました\n小島 18:02 4354 8957 まで\n小島 18:04 かけ直しいただいて続き → 4950 6462",
        &[("credit_card", "4354 8957"), ("credit_card", "4950 6462")],
    );
    // Not a phone number made of the minutes and what follows (02 4354 8957).
    none("18:02 4354 8957 まで");
}

#[test]
fn a_residence_card_labelled_in_romaji() {
    check(
        "zairyu card: fs 5433 9787 mb",
        &[("residence_card", "fs 5433 9787 mb")],
    );
}

#[test]
fn a_log_s_field_names_the_value_key_after_another_key() {
    check(
        "user=mori action=update field=my_number employee=468816 value=154520704794 result=error(check_digit)",
        &[("my_number", "154520704794")],
    );
    // The other key's value is its own; without the field, nothing.
    none("user=mori action=update employee=468816 value=154520704794");
}

#[test]
fn a_number_of_a_found_pension_number_s_shape_is_another_one() {
    check(
        "基礎年金番号を聞かれたので\n6202-595872\nと答えました。\nお母さんの方は 4989-348785、こっちはまだ",
        &[("pension_number", "6202-595872"), ("pension_number", "4989-348785")],
    );
    // Not without one found.
    none("お母さんの方は 4989-348785、こっちはまだ");
}

#[test]
fn a_passport_s_machine_readable_line_ends_its_number_on_a_character() {
    // Letters and full-width digits that look like the line's pattern: no finding
    // ends inside a character (a debug assertion caught one).
    let text = "taro@example.jp\u{3000}００００００００TEL0000000";
    for f in Redactor::default().find(text) {
        assert!(text.get(f.start..f.end).is_some(), "{f:?}");
    }
    // A line that OCR spaced: its first nine characters across the space.
    check(
        "P<JPNSUZUKI<<KENTA<<<<<<<<<<<<<<<<<<<<<<<<<<\nTZ72 571477JPN8511021M2909303<<<<<<<<<<<<<<02",
        &[("passport", "TZ72 57147")],
    );
}

#[test]
fn circled_digits_copied_from_a_card_s_app_are_digits() {
    check(
        "負担者番号 54279492\n受給者番号 ⑧③⑨⑤①②①",
        &[
            ("public_expense_payer", "54279492"),
            ("public_expense_recipient", "⑧③⑨⑤①②①"),
        ],
    );
    // One alone numbers a list's item, and is no digit of the number after it.
    check(
        "①保険者番号 06133615 ②記号 1234",
        &[("insurer_number", "06133615"), ("insured_number", "1234")],
    );
}

#[test]
fn kanji_digits_a_letter_spaces() {
    // One space apart, four or more.
    check(
        "口座番号　　二 五 六 九 九 一 五",
        &[("bank_account", "二 五 六 九 九 一 五")],
    );
    // Fewer are words (`一 二 三` heads a list), and 〇 alone a placeholder.
    none("記号 七 一 六");
    none("口座番号 〇 〇 〇 〇");
}

#[test]
fn an_insured_number_broken_at_its_line_s_end_goes_on_below() {
    check(
        "後期高齢者医療被保険者証\n被保険者番号 54240\n660\n住所 横浜市港北区",
        &[("insured_number", "54240"), ("insured_number", "660")],
    );
    // Before an aside on why.
    check(
        "申請者 被保険者番号 767239\n9410（用紙の枠が足りず次行に続けて記入）",
        &[("insured_number", "767239"), ("insured_number", "9410")],
    );
    // A rate or an amount below is none.
    check("被保険者番号 54240\n3割", &[("insured_number", "54240")]);
}

#[test]
fn digits_dictated_after_a_label_dictated_in_hiragana() {
    check(
        "かーどばんごう よんきゅうさんよん ぜろよんいちはち きゅうよんよんさん いちきゅうよんろく\nでんわ 070-8510-5057",
        &[
            (
                "credit_card",
                "よんきゅうさんよん ぜろよんいちはち きゅうよんよんさん いちきゅうよんろく",
            ),
            ("phone", "070-8510-5057"),
        ],
    );
    check(
        "「ほけんしゃばんごうは、さん、きゅう、いち、さん、なな、はち、きゅう、はち」\n被保険者番号　60967060",
        &[
            ("insurer_number", "さん、きゅう、いち、さん、なな、はち、きゅう、はち"),
            ("insured_number", "60967060"),
        ],
    );
    // Without the word, kana are words (a written digit elsewhere).
    none("いちごを さんこ かいました 090");
}

#[test]
fn romaji_labels_with_long_vowels() {
    check(
        "hokensha bangō 06225056, kigō 17, bangō 5886",
        &[
            ("insurer_number", "06225056"),
            ("insured_number", "17"),
            ("insured_number", "5886"),
        ],
    );
}

#[test]
fn long_numbers_a_spreadsheet_shows_in_exponent_form() {
    check(
        "社員番号\t氏名\tマイナンバー\n13884\t金子　舞\t3.55282E+11",
        &[("my_number", "3.55282E+11")],
    );
    check(
        "部署\t利用者\tカード番号\n営業1課\t島崎 亮\t4.98061E+15",
        &[("credit_card", "4.98061E+15")],
    );
    // Thirteen digits are a JAN code as often.
    none("品名\tJAN\tカロナール錠200\t4.98776E+12\t500");
}

#[test]
fn labels_the_input_method_converted_amiss() {
    check(
        "期号714 番好96920 保険車番号06278519",
        &[
            ("insured_number", "714"),
            ("insured_number", "96920"),
            ("insurer_number", "06278519"),
        ],
    );
    check(
        "公費付担者番号　21133194\n重給者番号　7854557",
        &[
            ("public_expense_payer", "21133194"),
            ("public_expense_recipient", "7854557"),
        ],
    );
    check(
        "みずほ銀行 渋谷支店 普痛 9870464",
        &[("bank_account", "9870464")],
    );
}

#[test]
fn amounts_with_thousands_commas_are_no_values_of_a_row_s_word() {
    // A count table's rows are named by the insurance they count.
    none("区分　件数　日数　点数　一部負担金\n社保本人　412　498　612,330　1,836,990\n国保　　　351　409　587,640　1,410,336");
    // In a table whose cells commas part, each cell is its own.
    check(
        "記号,番号\n123,456",
        &[("insured_number", "123"), ("insured_number", "456")],
    );
}

#[test]
fn a_label_behind_an_arrow_pointing_back_names_the_value_before() {
    let got = found("54018007 ←負担者番号、0782979 ←受給者番号（北海道の難病）");
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(values, ["54018007", "0782979"]);
    assert_eq!(got[0].0, "public_expense_payer");
}

#[test]
fn what_a_value_became_after_an_arrow_and_new() {
    check(
        "難病受給者証の更新で受給者番号が変わった方\n旧 4572459 → 新 8709032",
        &[
            ("public_expense_recipient", "4572459"),
            ("public_expense_recipient", "8709032"),
        ],
    );
    // A log's previous value, after the key of the value before.
    check(
        "nenkin_no=\"4994597566\" prev=\"6472-777476\"",
        &[
            ("pension_number", "4994597566"),
            ("pension_number", "6472-777476"),
        ],
    );
    // And with a key of words between the field and its previous value.
    check(
        "nenkin_no=\"4994597566\" status=linked prev=\"6472-777476\" note=merged",
        &[
            ("pension_number", "4994597566"),
            ("pension_number", "6472-777476"),
        ],
    );
    // A key of its own between still parts them.
    check(
        "nenkin_no=\"4994597566\" status=linked employee_id=\"6472-777476\"",
        &[("pension_number", "4994597566")],
    );
    // A column's romaji abbreviation of 被保険者番号.
    check(
        "rece_no|insurer|hihoban|futan\n0441|39139241|46158065|1",
        &[
            ("insurer_number", "39139241"),
            ("insured_number", "46158065"),
        ],
    );
}

#[test]
fn a_symbol_in_kanji_after_a_combined_label_or_the_one_kanji_記() {
    check(
        "記号・番号 水戸南／30495",
        &[("insured_number", "水戸南"), ("insured_number", "30495")],
    );
    // Not a word said of them.
    check("記号・番号 不一致 30495", &[("insured_number", "30495")]);
    // Two words of kanji before the 番号's word.
    check(
        "記号 財務 東　番号 410629",
        &[("insured_number", "財務 東"), ("insured_number", "410629")],
    );
    check(
        "[保険] 国保 146621 記 鶴見 番 0102339 割 3",
        &[
            ("insured_number", "146621"),
            ("insured_number", "鶴見"),
            ("insured_number", "0102339"),
        ],
    );
}

#[test]
fn a_claim_lines_one_kanji_columns() {
    check(
        "保:01426170 記:9012 番:345",
        &[
            ("insurer_number", "01426170"),
            ("insured_number", "9012"),
            ("insured_number", "345"),
        ],
    );
    // Tight: not inside a word (確保, 担保), nor before words.
    none("確保:12345678 担保: 12345678 保 3割");
}

#[test]
fn an_account_and_its_branch_from_a_zero_are_no_phone_number() {
    // Grouped 7-3 under a header's 口座 (its tabs lost): a phone number's first
    // group, its area's code, has five digits at most. (The header's words, one
    // space apart, make a table: the first row's 店番 is a cell of its own; the
    // second's, which the scanner reads with the account before it, is masked with
    // it.)
    let r = Redactor::builder().build().expect("a redactor");
    let out = settled(
        &r,
        "氏名 口座 店番 銀行 金額\n岡村 誠 2033283 390 三井住友 12,400\nNguyen Van Long 0522554 126 りそな 21,000",
    );
    assert_eq!(
        out.text,
        "氏名 口座 店番 銀行 金額\n岡村 誠 ******* 390 三井住友 12,400\nNguyen Van Long ******* *** りそな 21,000"
    );
    // Grouped as a phone number is, it is one, the kinds asked for or not.
    let all = every_kind();
    let out = settled(&all, "口座 店番\n0522-55-4126");
    assert_eq!(out.findings.len(), 1, "{:?}", out.text);
    assert_eq!(out.findings[0].kind, Kind::Phone);
}

#[test]
fn underscores_part_a_value_from_a_japanese_label_not_from_an_identifier() {
    check(
        "年金番号_4382_227042_です",
        &[("pension_number", "4382_227042")],
    );
    check("口座番号_1234567_", &[("bank_account", "1234567")]);
    // A file name's date stays.
    none("返金先口座一覧_20241018.csv 保険証登録_20240923.xlsx");
}

#[test]
fn a_part_of_a_keys_dotted_path_is_no_value() {
    // Masking `PublicExpense2` would hide a field's name, not a value.
    none("PublicExpense2.PayerNo:\nPublicExpense2.RecipientNo:");
    check(
        "PublicExpense1.PayerNo: 21149026\nPublicExpense1.RecipientNo: 2835296",
        &[
            ("public_expense_payer", "21149026"),
            ("public_expense_recipient", "2835296"),
        ],
    );
}

#[test]
fn a_branch_number_spoken_and_corrected_and_half_width_kana_labels_without_their_long_vowel() {
    // Two spoken digits are a number where a 枝番 is spoken of, in a text without a
    // written digit; and what it really is (本当は) is the same card's 枝番.
    check(
        "枝番が ゼロニ のまま入ってたけど本当は ゼロイチ。月曜に修正お願いします",
        &[("insured_number", "ゼロニ"), ("insured_number", "ゼロイチ")],
    );
    check(
        "枝番が 02 のまま入ってたけど本当は 01。",
        &[("insured_number", "02"), ("insured_number", "01")],
    );
    check(
        "ｷｺﾞｳ ｼﾝ 12 ﾊﾞﾝｺﾞ 3308",
        &[("insured_number", "ｼﾝ 12"), ("insured_number", "3308")],
    );
}

#[test]
fn a_stamp_of_a_date_and_time_and_a_date_after_an_account_type_are_no_values() {
    // A batch's stamp under a log's my_number= key, and the dates it would have
    // made look like its parts.
    let r = Redactor::builder().build().expect("a redactor");
    let log = "2025-01-16 09:41:07 WARN import row=58 my_number=<empty> reason=not_submitted\n2025-01-16 09:41:08 INFO import done batch=20250116-0941";
    assert!(settled(&r, log).findings.is_empty());
    // A stamp that passes the My Number check is none either, unlabelled.
    none("お問い合わせ番号 #20250311-0042 の件です。ファイル 202501160948.csv");
    // An expiry in the cell after 普通.
    none("50013,石井 勇気,普通,2027-06-15,2025-01-10");
    check(
        "50013,石井 勇気,普通,1234567",
        &[("bank_account", "1234567")],
    );
}

#[test]
fn a_word_of_no_value_as_a_verbs_object_parts_no_label_from_its_value() {
    // `明細を見ると`: the statement is looked at, it names no number.
    check(
        "カード番号ですが、明細を見ると 4980 1234 5678 901 となっていて",
        &[("credit_card", "4980 1234 5678 901")],
    );
    // A slip that holds the number still speaks for it.
    none("伝票には6464-6902-0157とありました。");
}

#[test]
fn values_one_a_line_named_in_order_below_them() {
    check(
        "14:02 39341367\n14:03 41789074\n14:03 さっきの上が保険者番号、下が被保険者番号です🙏",
        &[
            ("insurer_number", "39341367"),
            ("insured_number", "41789074"),
        ],
    );
    check(
        "120500850\n6321582\n上が負担者番号、下が受給者番号です",
        &[
            ("public_expense_payer", "120500850"),
            ("public_expense_recipient", "6321582"),
        ],
    );
    // A line below that names what is no value names none.
    none("39341367\n41789074\n上が注文番号、下が伝票番号です");
}

#[test]
fn a_bare_number_under_its_cards_insurer_is_the_cards_number() {
    check(
        "保険者番号 06425638\n（最後の8は3かもしれません。字がにじんでいて…）\n番号は　1204　です。",
        &[
            ("insurer_number", "06425638"),
            ("insured_number", "1204"),
        ],
    );
    // A listing's row numbers (`No`) stay.
    check(
        "点数 842 → 保険者番号 06137459\nNo 0032 処方箋番号 2604302192 点数 1,204",
        &[("insurer_number", "06137459")],
    );
}

#[test]
fn a_symbol_in_romaji_a_place_and_its_digits() {
    check(
        "hokensha bango 131136, kigo Shinagawa 7 bango 20588.",
        &[
            ("insurer_number", "131136"),
            ("insured_number", "Shinagawa 7"),
            ("insured_number", "20588"),
        ],
    );
    check(
        "My insurance number is 1033871 (kigo: Kita 2).",
        &[("insured_number", "1033871"), ("insured_number", "Kita 2")],
    );
    // Not a word of a sentence that goes on.
    none("kigo Shinagawa 7");
}

#[test]
fn an_html_tables_rows_read_by_their_header_cells() {
    check(
        "<tr><th>保険者番号</th><th>記号</th><th>番号</th><th>枝番</th><th>資格取得日</th></tr>\n<tr><td>06136626</td><td>7031</td><td>158</td><td>00</td><td>2024/10/01</td></tr>\n<tr><td>06136626</td><td>7031</td><td>158</td><td>01</td><td>2024/10/01</td></tr>",
        &[
            ("insurer_number", "06136626"),
            ("insured_number", "7031"),
            ("insured_number", "158"),
            ("insured_number", "00"),
            ("insurer_number", "06136626"),
            ("insured_number", "7031"),
            ("insured_number", "158"),
            ("insured_number", "01"),
        ],
    );
    // A column of what is no value stays.
    check(
        "<tr><th>氏名</th><th>保険者番号</th><th>注文番号</th></tr>\n<tr><td>山田</td><td>06136626</td><td>12345678</td></tr>",
        &[("insurer_number", "06136626")],
    );
}

#[test]
fn values_named_by_their_length_on_a_line_by_them() {
    check(
        "「81175648」と「9609595」という数字が並んで書いてある黄色いカードがあります。\n上の8けたが公費負担者番号、下の7けたが受給者番号だと娘に言われました",
        &[
            ("public_expense_payer", "81175648"),
            ("public_expense_recipient", "9609595"),
        ],
    );
    // A length said of what is no value names none.
    none("「12345678」と「7654321」\n8桁が注文番号、7桁が伝票番号です");
    check(
        "「12345678」と「7654321」\n8桁が負担者番号、7桁が受給者番号です",
        &[
            ("public_expense_payer", "12345678"),
            ("public_expense_recipient", "7654321"),
        ],
    );
}

#[test]
fn digits_written_as_keycap_emoji_read_as_digits() {
    check(
        "#マイナンバーカード 届いた！番号だけ絵文字にしてみた 1\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}4\u{FE0F}\u{20E3} 5\u{FE0F}\u{20E3}6\u{FE0F}\u{20E3}7\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3} 9\u{FE0F}\u{20E3}0\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3}",
        &[(
            "my_number",
            "1\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}4\u{FE0F}\u{20E3} 5\u{FE0F}\u{20E3}6\u{FE0F}\u{20E3}7\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3} 9\u{FE0F}\u{20E3}0\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}8",
        )],
    );
    // A keycap alone is no number.
    none("今日は 3\u{FE0F}\u{20E3} 回目の診察です");
}

#[test]
fn numbers_said_in_a_call_transcript() {
    // The label in the operator's question, the digits in the caller's turn after
    // the turn's time and speaker, with a filler.
    check(
        "00:00:19 [オペレーター] まずはカード番号16桁をお伺いしてもよろしいでしょうか\n00:00:31 [顧客] えっと よんごさんきゅう の ごななはちなな の ろくさんろくに の いちよんはちろく です\n00:00:41 [オペレーター] 復唱いたします 4539 5787 6362 1486 でお間違いないでしょうか",
        &[
            (
                "credit_card",
                "よんごさんきゅう の ごななはちなな の ろくさんろくに の いちよんはちろく",
            ),
            ("credit_card", "4539 5787 6362 1486"),
        ],
    );
    // A few words before them in the caller's turn.
    check(
        "00:01:26 [寄附者] 番号ってマイナンバーのことですよね\n00:01:31 [寄附者] じゃあ言いますね いちにさんよん ごろくななはち きゅうぜろいちはち",
        &[(
            "my_number",
            "いちにさんよん ごろくななはち きゅうぜろいちはち",
        )],
    );
    // English digits in katakana.
    check(
        "カード番号は フォー ファイブ スリー ナイン、ファイブ セブン エイト セブン、シックス スリー シックス ツー、ワン フォー エイト シックス です",
        &[(
            "credit_card",
            "フォー ファイブ スリー ナイン、ファイブ セブン エイト セブン、シックス スリー シックス ツー、ワン フォー エイト シックス",
        )],
    );
    // A digit said wrong and corrected mid-number: the number is all of it.
    check(
        "[オペレーター] 個人番号カードの裏面の12桁をお願いいたします\n[お客様] いちにさんよん、ごろく、なな、あ、違う、はち、なな きゅうぜろいちはち",
        &[(
            "my_number",
            "いちにさんよん、ごろく、なな、あ、違う、はち、なな きゅうぜろいちはち",
        )],
    );
    // Hiragana words that only sound like English digits are prose.
    none("わんこと すりっぱ を買いました");
    // Letters said by their names, in a residence card's number.
    check(
        "00:00:27 [スタッフ] 在留カードですね 番号をお願いします\n00:00:36 [お客様] ジーエル イチイチニハチキュウキュウロクサン ティージー",
        &[(
            "residence_card",
            "ジーエル イチイチニハチキュウキュウロクサン ティージー",
        )],
    );
    // Letters' names alone are words (sizes).
    none("サイズは エム エル どちらもあります");
    // A number said in parts and read back whole: the parts said are the number.
    check(
        "00:00:45 [通訳] セブン スリー ナイン ファイブ 2313 イチイチゴゴ と言っています\n00:00:54 [職員] 個人番号 7395-2313-1155 確認しました",
        &[
            ("my_number", "セブン スリー ナイン ファイブ 2313 イチイチゴゴ"),
            ("my_number", "7395-2313-1155"),
        ],
    );
    check(
        "[00:01:05] OP: 4桁ずつお願いします\n[00:01:12] CU: ゴーサンロクヨン\n[00:01:48] OP: マスターカードの 5364 5630 3265 0018 ですね",
        &[
            ("credit_card", "ゴーサンロクヨン"),
            ("credit_card", "5364 5630 3265 0018"),
        ],
    );
}

#[test]
fn a_number_dictated_whole_a_sentence_after_its_label() {
    check(
        "1月16日 10:30 窓口で「基礎年金番号をお願いします」→ 本人同意書を提示済みの旨伝え、読み上げ：\n「いち・に・いち・ろく、よん・なな・ぜろ・はち・さん・いち」\n裁定請求は受理済み",
        &[(
            "pension_number",
            "いち・に・いち・ろく、よん・なな・ぜろ・はち・さん・いち",
        )],
    );
    // Far from a label, a few digit words are prose.
    none("マイナンバーカードを持っています。予約は：ごご に しますね。");
    // Or on a line of its own, a sentence after the label's line.
    check(
        "マイナンバー 7820 6913 855\nあれ？11桁しかない。読み上げます。\nナナハチニーゼロ ロクキュウキュウイチ サンハチゴーゴー",
        &[
            ("my_number", "7820 6913 855"),
            ("my_number", "ナナハチニーゼロ ロクキュウキュウイチ サンハチゴーゴー"),
        ],
    );
    // After a bare 番号 (the person's number), a number of twelve words whose
    // check digit holds.
    check(
        "電話 10:05 ご家族より、母の番号を確認したいとのこと。\n読み上げ：「ハチサンイチゴ、ゼロナナニーロク、ヨンキュウイチニ」で合ってますか",
        &[("my_number", "ハチサンイチゴ、ゼロナナニーロク、ヨンキュウイチニ")],
    );
    // A word of prose that starts with a digit's kana ends the run before it
    // (`し` of `しんようきんこ`).
    check(
        "お電話でご本人より「こうざばんごうさん・なな・いち・きゅう・ぜろ・はち・に、しんようきんこの ふつう です」",
        &[("bank_account", "さん・なな・いち・きゅう・ぜろ・はち・に")],
    );
    // After a particle, a sentence after the label (its first card written out).
    check(
        "「お母さんのカード番号、読むね。ビザの方が 4 5 3 9 5 7 8 7 6 3 6 2 1 4 8 6。ジェーシービーが さん ご に きゅう はち に はち ゼロ ご よん いち ろく ろく いち さん なな。以上です」",
        &[
            ("credit_card", "4 5 3 9 5 7 8 7 6 3 6 2 1 4 8 6"),
            ("credit_card", "さん ご に きゅう はち に はち ゼロ ご よん いち ろく ろく いち さん なな"),
        ],
    );
    // A line of a few digit words is not a number.
    none("マイナンバーカードを持っています。\nいち に さん、はい！");
}

#[test]
fn korean_and_traditional_chinese_labels_and_a_symbol_ending_in_its_kana() {
    check(
        "[일본 건강보험증 정보]\n보험자번호: 131094\n기호: 新宿あ  번호: 2071",
        &[
            ("insurer_number", "131094"),
            ("insured_number", "新宿あ"),
            ("insured_number", "2071"),
        ],
    );
    check(
        "공비부담자번호: 54130026\n수급자번호: 9204173",
        &[
            ("public_expense_payer", "54130026"),
            ("public_expense_recipient", "9204173"),
        ],
    );
    check(
        "國民健康保險 被保險者證\n保險者番號 271239\n記號 北區 番號 0056721",
        &[
            ("insurer_number", "271239"),
            ("insured_number", "北區"),
            ("insured_number", "0056721"),
        ],
    );
    check(
        "記号は中野ち / 番号 7712",
        &[("insured_number", "中野ち"), ("insured_number", "7712")],
    );
    // A word of a sentence after a kanji is no 記号's kana.
    none("記号は中野です");
    // But a 記号 may start with its place's name in hiragana (`さい北`, after a
    // space).
    check(
        "国保 保険者番号 110213　記号 さい北 番号 778758",
        &[
            ("insurer_number", "110213"),
            ("insured_number", "さい北"),
            ("insured_number", "778758"),
        ],
    );
    check("記号 はい 番号 778758", &[("insured_number", "778758")]);
}

#[test]
fn a_number_dictated_after_a_filler_and_a_symbol_in_katakana_after_the_one_kanji_記() {
    check(
        "受付 10:02\nオペレーター: カード番号を一桁ずつお願いできますか。\nお客様: えっと、ご、さん、きゅう、はち、よん、いち、ご、さん、なな、なな、ろく、ぜろ、に、ぜろ、なな、に、です。",
        &[(
            "credit_card",
            "ご、さん、きゅう、はち、よん、いち、ご、さん、なな、なな、ろく、ぜろ、に、ぜろ、なな、に",
        )],
    );
    check(
        "保険者番号 67014951\n   記 ア12 番 3309",
        &[
            ("insurer_number", "67014951"),
            ("insured_number", "ア12"),
            ("insured_number", "3309"),
        ],
    );
}

#[test]
fn a_welfare_case_and_a_care_level_are_no_values() {
    none("ケース番号　07-1182\n変更年月日　令和7年4月1日");
    check(
        "夫　被保険者番号 7205827186　要介護1",
        &[("insured_number", "7205827186")],
    );
}

#[test]
fn an_account_dictated_in_a_quote_after_its_bank_and_branch() {
    check(
        "10:05 返金の振込先（電話で聞き取り）\n「しんきんの、ひがしみなと支店で、ふつう、\nいち・なな・ぜろ・ご・さん・はち・よん」です",
        &[("bank_account", "いち・なな・ぜろ・ご・さん・はち・よん")],
    );
}

#[test]
fn a_familys_branch_numbers_listed_with_their_words() {
    check(
        "記号 2240 番号 153 は全員同じで\n枝番が 夫 00 私 01 長男 02 長女 03 になってます。",
        &[
            ("insured_number", "2240"),
            ("insured_number", "153"),
            ("insured_number", "00"),
            ("insured_number", "01"),
            ("insured_number", "02"),
            ("insured_number", "03"),
        ],
    );
    // A count after a word is no 枝番.
    check("枝番 01 と 2 人", &[("insured_number", "01")]);
}

#[test]
fn a_claim_lines_public_expenses_numbered_and_their_numbers_kept() {
    let r = Redactor::builder().build().expect("a redactor");
    let out = settled(&r, " 公1 54271010  受1 2903367\n 公2 80270028  受2 7114044");
    assert_eq!(
        out.text,
        " 公1 ********  受1 *******\n 公2 ********  受2 *******"
    );
    let out = settled(&r, "公費1 21270699　受給者1 9700873　（精神通院）");
    assert_eq!(out.text, "公費1 ********　受給者1 *******　（精神通院）");
    // 公 and 受 alone say nothing.
    none("公 1234 受1件 12345678");
}

#[test]
fn a_tracking_number_in_kana_a_company_and_a_notice_and_a_word_after_記号が_are_no_values() {
    none("ﾂｲｾｷﾊﾞﾝｺﾞｳ 4491 2206 8173");
    none("<Hojin_Bango>5720938863256</Hojin_Bango>\n通知番号：7671709014");
    none("保険証の記号がアルファベットなので念のため。");
    // A 記号 in half-width katakana still is one.
    check(
        "記号 ﾄｳｷｮｳ 番号 12345",
        &[("insured_number", "ﾄｳｷｮｳ"), ("insured_number", "12345")],
    );
}

#[test]
fn a_mistyped_insurer_word_an_english_correction_and_a_card_after_a_diffs_plus() {
    check("保検者番号 01230117", &[("insurer_number", "01230117")]);
    check(
        "The insurer number is wrong. It shows 01140144, but my new card says 06141188.",
        &[
            ("insurer_number", "01140144"),
            ("insurer_number", "06141188"),
        ],
    );
    // A `+` stands for a phone number's country only before fifteen digits at most.
    check(
        "P-1,[-4924686249352882-]{+4975190528689419+},3980",
        &[
            ("credit_card", "4924686249352882"),
            ("credit_card", "4975190528689419"),
        ],
    );
}

#[test]
fn a_cards_parts_after_its_insurers_number_slashes_between() {
    check(
        "保険証 06274690/7043/211/02",
        &[
            ("insured_number", "06274690"),
            ("insured_number", "7043"),
            ("insured_number", "211"),
            ("insured_number", "02"),
        ],
    );
    // A family's 枝番s, each as long.
    check(
        "枝番が 00/01/02 って家族で違うだけ",
        &[
            ("insured_number", "00"),
            ("insured_number", "01"),
            ("insured_number", "02"),
        ],
    );
    // A date after a space is its own.
    check(
        "保険者番号 01274109 受診日 2025/06/27",
        &[("insurer_number", "01274109")],
    );
}

#[test]
fn a_masked_value_reads_as_its_digits_did() {
    // `347,851` is an amount's groups, so `851` is no value; masked, `***,851` must
    // read so too, or redacting the output would find `851 122q` new (a fuzz find).
    let r = Redactor::builder()
        .kinds(Kind::ALL.to_vec())
        .build()
        .expect("a redactor");
    // Nor may a label whose value is masked (`記号* *****`) name the value before
    // it, as it does with none after it (`求５９５６は記号`).
    for text in [
        "保険証が新しくなりました。\n記号 31867820 番号 347,851 122q 6944",
        "求５９５６保険しくは記号4 15024４桁",
    ] {
        assert_settled(&r, text);
    }
}

/// Asserts that redacting `r`'s output of `text` again finds nothing but what its
/// findings cover.
fn assert_settled(r: &Redactor, text: &str) {
    let once = r.redact(text);
    for g in r.find(&once.text) {
        assert!(
            once.findings
                .iter()
                .any(|f| f.start < g.end && g.start < f.end),
            "{:?} found again at {}..{}",
            once.text,
            g.start,
            g.end
        );
    }
}

#[test]
fn phone_numbers_abroad_and_letter_led_codes_are_no_values() {
    // A number after a `+` is a phone number: another country's is none of these
    // kinds, whatever word names it; Japan's is a phone number when phones are
    // asked for, else nothing.
    none("My number in India +91 98450 12345 (only WhatsApp)");
    none("Mi número es +34 692 816 873. Quiero saber el estado.");
    let phones = Redactor::builder()
        .kinds(vec![Kind::Phone, Kind::BankAccount])
        .build()
        .expect("a redactor");
    let r = phones.redact("口座の件は 海外から +81-3-5155-8954 へ");
    assert_eq!(r.text, "口座の件は 海外から +**-*-****-**** へ");
    let accounts = Redactor::builder()
        .kinds(vec![Kind::BankAccount])
        .build()
        .expect("a redactor");
    let r = accounts.redact("口座の件は 海外から +81-3-5155-8954 へ");
    assert!(r.findings.is_empty(), "{}", r.text);
    // A diff's added row still reads as a row.
    check(
        "口座番号 一覧\n+2231,0134,072,1,1309599",
        &[("bank_account", "1309599")],
    );
    // A code led by one letter and a hyphen is a record's number, even under an
    // account's word in brackets or on the line above.
    none("3) 通話 C-0313-047（口座振替）");
    none("口座番号を取り違えかけた\n4) 通話 C-0314-003（本人確認）");
    // A number in hexadecimal is an address or a hash, whatever word is beside it.
    none("0   RxApp   0x0000000104a1c2f8 CardScanViewController.parse(_:) + 412");
    none("DEBUG JPKI read ok, cert_serial=78bddfcbd375d8ac card");
    // Nor is an IPv4 address a value, on the line after a word.
    check(
        "アクセスログにマイナンバーが出ています\n10.242.222.190 - - \"GET /lookup?mynumber=150682155428 HTTP/1.1\"",
        &[("my_number", "150682155428")],
    );
    // A residence card read twice by OCR is still one.
    check(
        "書類の種類：在留カード\n書類の番号：AA72445909BCAA72445909BC",
        &[("residence_card", "AA72445909BCAA72445909BC")],
    );
    // A card's 記号 right behind its word may start so.
    check(
        "記号 A-12 番号 345",
        &[("insured_number", "A-12"), ("insured_number", "345")],
    );
}

#[test]
fn words_escaped_by_machines_are_read_decoded() {
    // Percent-encoded (a form's body), JSON's `\u` escapes, quoted-printable.
    check(
        "POST /apply body: name=x&%E5%8F%A3%E5%BA%A7%E7%95%AA%E5%8F%B7=0024721&ok=1",
        &[("bank_account", "0024721")],
    );
    check(
        r#"{"\u53e3\u5ea7\u756a\u53f7":"4909301","\u7a2e\u5225":"1"}"#,
        &[("bank_account", "4909301")],
    );
    check(
        "=E5=8F=A3=E5=BA=A7=E7=95=AA=E5=8F=B7 7431378=0D=0A",
        &[("bank_account", "7431378")],
    );
    // What the words say decides, as written out: an order's number stays.
    none("%E6%B3%A8%E6%96%87%E7%95%AA%E5%8F%B7=12345678");
}

#[test]
fn headers_in_two_rows_and_words_that_key_what_follows() {
    // A second header row refines the first column by column; a column it leaves
    // empty keeps the name above.
    let r = every_kind().redact(
        "患者ID\t氏名\t保険者番号\t被保険者証\t\n\t\t\t記号\t番号\n1748231\t田中\t06113278\t74086808\t9529\n92053989\t藤井\t32124778\t大阪94\t13628",
    );
    assert_eq!(
        r.text,
        "患者ID\t氏名\t保険者番号\t被保険者証\t\n\t\t\t記号\t番号\n1748231\t田中\t********\t********\t****\n92053989\t藤井\t********\t＊＊**\t*****"
    );
    // A word with a colon after the value keys what follows it: a policy's number
    // stays.
    none("証券番号：7108214266　被保険者：小林 誠（コバヤシ）");
    // A company's free dial under an account's word is a phone number.
    let accounts = Redactor::builder()
        .kinds(vec![Kind::BankAccount])
        .build()
        .expect("a redactor");
    assert!(accounts
        .find("口座開設サポート 0120-251-508（平日9:00〜17:00）")
        .is_empty());
    // A run too long for a card is none, unless it is a card pasted twice.
    none("カードの不正利用の件。ARN： 46873446487647813070516");
    check(
        "card_no: 52739007339801225273900733980122",
        &[("credit_card", "52739007339801225273900733980122")],
    );
}

#[test]
fn boxed_digits_spaced_symbols_and_the_one_who_applies() {
    // Digits one to a box read as one number.
    check(
        "基礎年金番号　｜7｜0｜9｜3｜－｜3｜0｜8｜3｜7｜1｜",
        &[("pension_number", "7｜0｜9｜3｜－｜3｜0｜8｜3｜7｜1")],
    );
    // A table's cells are no boxes.
    check(
        "|氏名|公費負担者番号|受給者番号|有効期限|\n|---|---|---|---|\n|小林 蓮|16417131|4507885|2027/07/末|",
        &[
            ("public_expense_payer", "16417131"),
            ("public_expense_recipient", "4507885"),
        ],
    );
    // A 記号 in kanji apart from its number by a spaced `・`, as OCR spaces a card.
    let r = every_kind().redact("被保険者証の記号・番号\n　　岡崎 ・ 932568（枝番 02）");
    assert_eq!(
        r.text,
        "被保険者証の記号・番号\n　　＊＊ ・ ******（枝番 **）"
    );
    // A 記号 in hiragana at the start of an element.
    let r = every_kind().redact("<Kigo>い23</Kigo>\n<Bango>4567</Bango>");
    assert_eq!(r.text, "<Kigo>＊**</Kigo>\n<Bango>****</Bango>");
    // The one who applies names no number: a call's speaker.
    check(
        "運転免許証の番号を。\n申込者：4512 5418 8200",
        &[("drivers_license", "4512 5418 8200")],
    );
}

#[test]
fn a_value_in_bold_is_read_without_its_stars() {
    let r = every_kind().redact("| 種別 | 当座 |\n| 口座番号 | **3143349** |");
    assert_eq!(r.findings.len(), 1, "{}", r.text);
    assert!(!r.text.contains("3143349"), "{}", r.text);
    // Stars that mask a value are still a mask.
    none("| 口座番号 | ******* |");
}

#[test]
fn columns_named_by_their_spreadsheet_letters() {
    let r = every_kind().redact(
        "Excelの B列が保険者番号、C列が記号、D列が番号、E列が枝番です。A列は診察券番号。\n7802154\t06341952\t21638738\t77748\t01\n0669084\t346601\tナ97\t60386\t02",
    );
    assert_eq!(
        r.text,
        "Excelの B列が保険者番号、C列が記号、D列が番号、E列が枝番です。A列は診察券番号。\n7802154\t********\t********\t*****\t**\n0669084\t******\t＊**\t*****\t**"
    );
}

#[test]
fn a_csv_cell_quoted_over_lines_and_a_heading_with_an_aside() {
    let r = every_kind().redact(
        "社員番号,氏名,住所,口座番号,備考\nE630672,松本 結衣,\"川崎市中原区小杉町1-403, 201\",7460445,\"旧口座は解約済み\n新口座で登録\"\nS533627,山田 太郎,さいたま市浦和区高砂2-1-16,8335098,\"振込名義が旧姓\n（婚姻前）のまま\"\nE74258,田中 健太,\"船橋市本町4-2-1, 1203号室\",8909959,",
    );
    assert_eq!(
        r.findings
            .iter()
            .map(|f| &r.text[f.start..f.end])
            .collect::<Vec<_>>(),
        ["*******", "*******", "*******"],
        "{}",
        r.text
    );
    assert!(
        r.text.contains("S533627") && r.text.contains("E74258"),
        "{}",
        r.text
    );
    // A heading whose only kind's word is in an aside labels nothing below it.
    check(
        "お客様メモ（FAX判読）\nカード番号\n44425745\n30431420",
        &[("credit_card", "44425745"), ("credit_card", "30431420")],
    );
}

#[test]
fn a_payment_log_s_pan_and_runs_with_letters_under_a_card_s_word() {
    check(
        "row 11716: invalid pan '4018 0548 3768 1528' (luhn check failed)",
        &[("credit_card", "4018 0548 3768 1528")],
    );
    // A hash under a card's word is none; digits OCR read as letters still are.
    none("{\"ev\":\"card PAN\"}\n{\"cart\":\"162ae9373606\"}");
    check(
        "お支払方法　■クレジットカード\nカード番号　4O23 4O4O 9797 O437",
        &[("credit_card", "4O23 4O4O 9797 O437")],
    );
}

#[test]
fn an_employers_office_number_is_no_pension_number() {
    // An employer's office's number is no pension number of its shape.
    check(
        "<事業所番号>7703-541475</事業所番号>\n<基礎年金番号>2977-821106</基礎年金番号>",
        &[("pension_number", "2977-821106")],
    );
    check(
        "被保険者番号：0058-855497-4　事業所番号：7531-727318-9",
        &[("insured_number", "0058-855497-4")],
    );
    // A health insurance card's number stays one.
    check("被保険者番号：12345678", &[("insured_number", "12345678")]);
}

#[test]
fn phone_numbers_and_codes_under_a_pension_s_word_are_none() {
    let pensions = Redactor::builder()
        .kinds(vec![Kind::PensionNumber])
        .build()
        .expect("a redactor");
    for text in [
        "お問い合わせ 〇〇区役所 保険年金課  03-2350-6620",
        "孫：年金事務所なら 0570-32-7924 に自分からかけ直して",
        "ねんきんネット　アクセスキー 34ZUN-79FSD-JPEAB",
    ] {
        assert!(pensions.find(text).is_empty(), "{text}");
    }
    // Another number of a pension's shape that a negative word names.
    check(
        "基礎年金番号 2977-821106\n登記事項証明書（証明書番号 第2024-118327号）",
        &[("pension_number", "2977-821106")],
    );
    // Digits OCR read as letters, or a number said and read back, still are one.
    check(
        "基礎年金番号 318O-SS4682",
        &[("pension_number", "318O-SS4682")],
    );
}

#[test]
fn a_negative_word_naming_a_person_names_no_number() {
    check(
        "マイナンバー（請求者）：２０９８　２８３６　４１４７",
        &[("my_number", "２０９８\u{3000}２８３６\u{3000}４１４７")],
    );
    // One naming a thing of theirs still does.
    none("障害者手帳の番号（576010）とは別の番号です");
}

#[test]
fn a_circle_among_kanji_digits_is_a_zero() {
    let r =
        every_kind().redact("正しくは　二九四二　○○五七　一一九七　が私の個人番号でございます。");
    assert_eq!(r.findings.len(), 1, "{}", r.text);
    assert!(
        !r.text.contains('○') && !r.text.contains('五'),
        "{}",
        r.text
    );
    // Circles alone are a placeholder.
    none("○○様 ○ 口座振替");
}

#[test]
fn digits_in_bracketed_boxes_with_a_dash_box_between() {
    check(
        "年金の書類　基礎年金番号の欄：[4][5][1][9]-[6][9][8][1][3][8]",
        &[("pension_number", "4][5][1][9]-[6][9][8][1][3][8")],
    );
}

#[test]
fn a_bank_s_codes_and_a_securities_account_are_no_account() {
    // A transfer file's bank code and branch before the account's type.
    let r = every_kind().redact("035  ﾀﾅｶ ﾊﾙｶ         0009 450  ﾌﾂｳ  6520747");
    assert_eq!(r.text, "035  ﾀﾅｶ ﾊﾙｶ         0009 450  ﾌﾂｳ  *******");
    none("元の証券口座（部店-口座）：307-268822");
    // A word with an aside, then a colon, keys what follows it.
    none("証券番号：5415153020　被保険者（故人）：松田 昭");
}

#[test]
fn a_partial_output_s_stars_read_as_no_bold() {
    // `記号　**6023　番号　**` is two values shown in part, no bold text: read so, the
    // 番号 would take the number after its own (a fuzz find).
    let r = Redactor::builder()
        .style(mamori::redact::Style::Partial)
        .keep_last(4)
        .build()
        .expect("a redactor");
    // Nor `記号：**5160 番号：**`, whose 番号 would take the insurer's number below.
    for text in [
        "保険者番号:454264\n記号　806023　番号　64\u{0}\u{0}\u{0}\u{0}34280\n処方箋の画像と一緒に送ります。",
        "保険証が新しくなりました。\n記号：185160 番号：12\n保\u{0}\u{0}険者番号: 284299\n次回から変更をお願いします。",
    ] {
        assert_settled(&r, text);
    }
}

#[test]
fn records_parted_by_full_width_slashes_under_their_header() {
    // A daily report's records, their fields parted by `／` under a header naming
    // them: the licence column's numbers (no check digit) are licences.
    check(
        "No.／氏名／連絡先／免許証番号／備考\n03／大城 美咲／080-1234-5678／912146041440／ナビ英語\n05／石田 恒一／080-4144-9813／301654820640／—",
        &[
            ("phone", "080-1234-5678"),
            ("drivers_license", "912146041440"),
            ("phone", "080-4144-9813"),
            ("drivers_license", "301654820640"),
        ],
    );
    // A kind named in a cell outweighs its column's.
    check(
        "No.／氏名／免許証番号／備考\n04／PARK JIHO／国際免許・旅券 M195A1162／ナビ英語",
        &[("passport", "M195A1162")],
    );
    // A `／` in the legend after a card's parts parts no cell.
    check(
        "2915 / 797 / 01（記号／番号／枝番の順）",
        &[
            ("insured_number", "2915"),
            ("insured_number", "797"),
            ("insured_number", "01"),
        ],
    );
}

#[test]
fn a_python_dict_s_keys_and_a_spreadsheet_s_xml_cells() {
    // A log line with a Python dict: a key in single quotes keys its value as one
    // in double quotes does.
    let r = every_kind()
        .redact("payload={'patient_id': 'P-0659', 'ins_no': '06357412', 'futan_wari': 3}");
    assert_eq!(
        r.text,
        "payload={'patient_id': 'P-0659', 'ins_no': '********', 'futan_wari': 3}"
    );
    // Excel's XML: a row of `<Cell>`s under a header row, a value of the wrong
    // length in the passport column.
    check(
        "<Row><Cell><Data ss:Type=\"String\">氏名</Data></Cell><Cell><Data ss:Type=\"String\">旅券番号</Data></Cell></Row>\n<Row><Cell><Data ss:Type=\"String\">SILVA PEDRO</Data></Cell><Cell><Data ss:Type=\"String\">TK581896</Data></Cell></Row>",
        &[("passport", "TK581896")],
    );
}

#[test]
fn a_number_dictated_after_a_yes_and_a_filler() {
    // A call's memo: the caller answers the question with `はい、えっと…` before the
    // digits, below a line with a date.
    let text = "（審査部 通話メモ 3/14 15:20）\n担当：運転免許証の番号を頭から読み上げていただけますか。\n申込者：はい、えっと…ヨン ゴー イチ ゴー ヨン イチ ハチ ハチ ニー ゼロ ゼロ ゼロです。";
    let r = settled(&every_kind(), text);
    let values: Vec<&str> = r.findings.iter().map(|f| &text[f.start..f.end]).collect();
    assert_eq!(
        values,
        ["ヨン ゴー イチ ゴー ヨン イチ ハチ ハチ ニー ゼロ ゼロ ゼロ"]
    );
}

#[test]
fn a_listing_s_header_words_are_its_columns_over_a_rule_in_one_piece() {
    // Single spaces part the header's last words; the rule under it draws no
    // columns. Each value stands under its word: 枝番, 公費負担者, 受給者.
    check(
        "行 年月    保険者番号  記号        番号      枝番 公費負担者 受給者   点数\n----------------------------------------------------------------------------\n 1 2026/03  144642      横浜939     652613    01   21140959 5081062  1432",
        &[
            ("insurer_number", "144642"),
            ("insured_number", "横浜939"),
            ("insured_number", "652613"),
            ("insured_number", "01"),
            ("public_expense_payer", "21140959"),
            ("public_expense_recipient", "5081062"),
        ],
    );
}

#[test]
fn a_claim_s_points_are_no_value() {
    check(
        "{\"no\": 1, \"受給者番号\": \"3594553\", \"点数\": 3120}",
        &[("public_expense_recipient", "3594553")],
    );
}

#[test]
fn a_card_s_fields_one_a_line_and_a_fax_s_misread_value() {
    // A card copied one field a line: the 記号 in kana alone under its word.
    check(
        "国民健康保険\n被保険者証\n記号\nア\n番号\n076715\n（枝番）\n00",
        &[
            ("insured_number", "ア"),
            ("insured_number", "076715"),
            ("insured_number", "00"),
        ],
    );
    // A word for a fax before `の` names where the value was read, not a phone.
    check(
        "・マル子の受給者番号、FAXの「6821b98」はOCR誤り。",
        &[("public_expense_recipient", "6821b98")],
    );
}

#[test]
fn a_tax_notice_s_columns_and_an_employee_s_number() {
    // A header with a column per month is a header; a header cell over two values
    // (`市区町村CD 指定番号`) leaves each value under its own header word.
    check(
        "市区町村CD 指定番号    宛名番号    個人番号      氏名         年税額   6月    7月以降\n131083     0000412873  3249306005  512323951919  ｺﾊﾞﾔｼ ｱｶﾘ   186,400  16,400 15,000",
        &[("my_number", "512323951919")],
    );
    // An employee's number in a system's key or in romaji.
    none("emp_no: 204519");
    none("EmpNo\tName\n310882\tTRAN Thi Mai");
    none("(shain bangou 310905)");
    // A validation log names the field a value failed in by its key.
    check(
        "{\"level\":\"error\",\"row\":1822,\"col\":\"kojin_no\",\"value\":\"590377659605\"}",
        &[("my_number", "590377659605")],
    );
}

#[test]
fn an_account_cut_by_a_quoted_line_break_and_a_symbol_before_a_spaced_slash() {
    // A reply quoting a message whose account number the mailer wrapped.
    check(
        "> 返金の件、りそな銀行 博多支店 普通 口座番号 8963\n> 366 名義オオノミサキでお願いします。",
        &[("bank_account", "8963"), ("bank_account", "366")],
    );
    check(
        "> 受給者番号は435\n> 9113です。",
        &[
            ("public_expense_recipient", "435"),
            ("public_expense_recipient", "9113"),
        ],
    );
    // Not a CSV row's last cell over the next row's first.
    none("1,内藤,りそな,池袋,普通,口座メモ,1240\n2,内藤 剛,naito");
    // A one-kanji 記号 after a combined label, the number past ` / `.
    check(
        "保険者No.046938 / 記号・番号 練 / 5329869",
        &[
            ("insurer_number", "046938"),
            ("insured_number", "練"),
            ("insured_number", "5329869"),
        ],
    );
}

#[test]
fn a_number_dictated_with_fillers_between_its_digits() {
    check(
        "カード番号は よん、あの、さん、く、はち、さん、よん、なな、ご、はち、ゼロ、あー、しち、あの、にー、なな、はち、えっと、はち、はち です",
        &[("credit_card", "よん、あの、さん、く、はち、さん、よん、なな、ご、はち、ゼロ、あー、しち、あの、にー、なな、はち、えっと、はち、はち")],
    );
    check(
        "受給者番号…あのね、はち、なな、ろく、んーと、ゼロ、ご、いち、んーと、よん",
        &[(
            "public_expense_recipient",
            "はち、なな、ろく、んーと、ゼロ、ご、いち、んーと、よん",
        )],
    );
}

#[test]
fn digits_written_one_by_one_among_spoken_ones() {
    // A transcript writes what it heard as kana, kanji or digits, in one number.
    check(
        "個人番号は きゅう、六、九、よん、五、えー、8、にー、えっと、7、いち、9、ご、0",
        &[(
            "my_number",
            "きゅう、六、九、よん、五、えー、8、にー、えっと、7、いち、9、ご、0",
        )],
    );
    // Kanji one by one, or digits with the speaker's fillers between.
    check(
        "保険者番号、えっと、〇、一、〇、一、三、九、五、二…はい",
        &[("insurer_number", "〇、一、〇、一、三、九、五、二")],
    );
    check(
        "口座番号 3、4、0、7、あの、2、7、えっと、4",
        &[("bank_account", "3、4、0、7、あの、2、7、えっと、4")],
    );
    // Four said with 、, a kana digit among written ones: a part of the number
    // said over three turns and read back.
    let text = "オペレーター：個人番号をお読み上げください\nお客様：はい、5、三、九、ろく\nオペレーター：はい、どうぞ\nお客様：7、8、ご、8\nオペレーター：はい、最後の4桁を\nお客様：8、いち、いち、〇、です\nオペレーター：復唱いたします。5396 7858 8110";
    let r = settled(&every_kind(), text);
    assert!(
        r.findings
            .iter()
            .any(|f| &text[f.start..f.end] == "7、8、ご、8"),
        "{:?}",
        r.text
    );
    // Not a list of digits.
    none("1、2、3、4、5、6、7、8 の順に並べてください");
}

#[test]
fn a_card_s_parts_dictated_after_their_words_and_digits_said_one_by_one() {
    // Each word glued to the digits said after it.
    check(
        "お客様：保険者番号れい、ろく、に、さん、に、さん、はち、さん、番号なな、ごー、はち、さん、はち、枝番れい、いち",
        &[
            ("insurer_number", "れい、ろく、に、さん、に、さん、はち、さん"),
            ("insured_number", "なな、ごー、はち、さん、はち"),
            ("insured_number", "れい、いち"),
        ],
    );
    // Ten digits written one by one, said with 、 and の.
    check(
        "CS：基礎年金番号が8、7、2、6の4、0、6、5、5、5",
        &[("pension_number", "8、7、2、6の4、0、6、5、5、5")],
    );
    // A call's summary names a My Number `MN`.
    check(
        "■通話後メモ\nMN：4880 744o 1727",
        &[("my_number", "4880 744o 1727")],
    );
    check(
        "■通話後メモ\nMN 4880 744o 1727",
        &[("my_number", "4880 744o 1727")],
    );
    // Not a CSV row of scores, nor digits spaced by OCR.
    none("回答,3,4,2,5,1,3,4,5,2,1");
}

#[test]
fn a_passport_s_letters_said_apart_from_its_digits() {
    check("旅券番号 TRの8728334", &[("passport", "TRの8728334")]);
    check("パスポート、VN、6079380", &[("passport", "VN、6079380")]);
    // Not a name's last letters before a residence card's whole number.
    check(
        "氏名,在留カード番号\nNGUYEN VAN AN,XK55811359PP",
        &[("residence_card", "XK55811359PP")],
    );
}

#[test]
fn parts_of_a_number_said_with_の_between_are_one_value() {
    check(
        "基礎年金番号ですが、正しくは6073の903112でした",
        &[("pension_number", "6073の903112")],
    );
    // Masked whole, the の too, and the output settled.
    let r = settled(
        &every_kind(),
        "カード番号は 4111 の 1111 の 1111 の 1111 です",
    );
    assert_eq!(r.text, "カード番号は **** ＊ **** ＊ **** ＊ **** です");
}

#[test]
fn fixed_width_records_read_by_the_layout_said_for_them() {
    check(
        "* レイアウト：1-6桁 社員番号 / 7-18桁 個人番号 / 19-28桁 基礎年金番号 / 29-36桁 資格取得日\n000451901337548994461089987620260401\n000452954127826890888042604520260401",
        &[
            ("my_number", "901337548994"),
            ("pension_number", "4610899876"),
            ("my_number", "954127826890"),
            ("pension_number", "8880426045"),
        ],
    );
    // The layout below, by its fields' lengths (the record's line only: the
    // lengths in the legend are read as a label's values would be).
    let text = "6731523944906185609716ﾌｼﾞﾀ ﾏｻｺ          19410822220240401\n* 項目：患者番号(6) 保険者番号(8) 被保険者番号(8) 氏名カナ(20) 生年月日(8)";
    let record: Vec<(String, String)> = found(text)
        .into_iter()
        .filter(|(_, v)| v.len() > 2)
        .collect();
    assert_eq!(
        record,
        [
            ("insurer_number".to_owned(), "39449061".to_owned()),
            ("insured_number".to_owned(), "85609716".to_owned()),
        ]
    );
    // A range of hours or a date is no layout.
    none("受付 10-12時 / 2024-05-01\n000451901337548994461089987620260401");
}

#[test]
fn an_html_table_s_head_and_body_tags_between_header_and_rows() {
    check(
        "<table>\n<thead><tr><th>No</th><th>公費種別</th><th>負担者番号</th><th>受給者番号</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>難病</td><td>54400254</td><td>2281871</td></tr>\n</tbody></table>",
        &[
            ("public_expense_payer", "54400254"),
            ("public_expense_recipient", "2281871"),
        ],
    );
}

#[test]
fn korean_words_for_a_card_s_number_and_other_things_numbers() {
    check(
        "구 보험증 — 보험자번호 06135487, 기호 1963, 번호 346.",
        &[
            ("insurer_number", "06135487"),
            ("insured_number", "1963"),
            ("insured_number", "346"),
        ],
    );
    none("주문번호: 26368842588145\n운송장 번호 5520 3318 7714");
    // Another country's identity number.
    none("ベトナムの国民IDカード（số CCCD 001299721794）のコピー");
}

#[test]
fn a_date_s_or_a_salary_s_field_and_a_log_s_time_are_no_value() {
    check(
        "<被保険者>\n  <生年月日>19940802</生年月日>\n  <基礎年金番号>6378428883</基礎年金番号>\n  <資格取得年月日>20260401</資格取得年月日>\n  <報酬月額>280000</報酬月額>\n</被保険者>",
        &[("pension_number", "6378428883")],
    );
    check(
        "{'kojin_no': '864627583464', 'ts': 1712718001.552}",
        &[("my_number", "864627583464")],
    );
}

#[test]
fn a_number_sent_in_parts_one_chat_message_each() {
    // A chat's export: each message's time and sender before it, a sticker between.
    let text = "20:31\t母\tけんた、年末調整でマイナンバー要るんだって\n20:50\tけんた\t1234\n20:52\tけんた\t5678\n20:54\tけんた\t[スタンプ]\n20:55\tけんた\t9018\n20:56\t母\tありがとう！";
    let r = settled(&every_kind(), text);
    assert_eq!(
        r.text,
        "20:31\t母\tけんた、年末調整でマイナンバー要るんだって\n20:50\tけんた\t****\n20:52\tけんた\t****\n20:54\tけんた\t[スタンプ]\n20:55\tけんた\t****\n20:56\t母\tありがとう！"
    );
    // Not a card's parts listed one a line, nor a pass book's items.
    check(
        "口座番号\n3887768\n店番\n737",
        &[("bank_account", "3887768")],
    );
}

#[test]
fn an_eights_b_before_spaced_digits_ocr_read() {
    check(
        "マイナンバーカード裏面読取結果\n個人番号\nB 5 6 1 8 6 0 2 1 9 9 3",
        &[("my_number", "B 5 6 1 8 6 0 2 1 9 9 3")],
    );
    // Nor is the S of a word after a number one (`Số`: number, in Vietnamese).
    check(
        "- Ký hiệu (記号): 3100   Số (番号): 60941",
        &[("insured_number", "3100"), ("insured_number", "60941")],
    );
}

#[test]
fn a_message_pointing_up_at_the_value_above() {
    check(
        "姉「4983966」\n姉「↑口番ね、普通口座」",
        &[("bank_account", "4983966")],
    );
    // Not a value with another after it on its line.
    none("注文 4983966 と 12\n↑口番ね");
}

#[test]
fn a_card_s_rest_masked_on_the_line_below_weighs_as_its_digits_did() {
    // A fuzz find: a number under a card's word, two digits short, over a My
    // Number found on the line below. Read with the digits below, it is too long
    // for a card; masked, the line below reads as long, and still no card.
    let r = Redactor::default();
    for text in [
        "カード 49 5011 4948\n1294 5011 7474",
        "あと払い\u{0}\u{0}byとどくすりの支払いでカードエラーが出うか。必要で\u{3040}れば0：J4830 2589 501:\u{0}7!49 5011 4948\n1294 5011 7474\n🙏74\n2589 5011 7474\n🙏",
    ] {
        assert_settled(&r, text);
    }
}

#[test]
fn a_symbol_s_letters_before_a_colon_read_as_its_mask_does() {
    // A fuzz find: `ナz２:８９６` masked is `＊*＊:８９６`, whose 896 stands after a
    // part of three, not a time's hour; so it does in the text.
    let r = Redactor::builder()
        .kinds(Kind::ALL)
        .build()
        .expect("a redactor");
    for text in [
        "記号 ナz２:８９６ 番号",
        "保険証の番号を間違えくは記号 \u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}h0\u{0}\u{0}\u{0}\u{0}\u{0}\n佐藤\u{2}\u{0}\u{0}\u{0}\u{3000}081-証記号 ナz２:８９６ 番号 －回は新しくなりました。\n記号 ナ２:８＾した。\nお手数ですがよろしの番号を間違えくは記号 \u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}",
        "保険証の番号を間違えくは記号 \u{0}\u{0}h0\u{0}\n佐藤\u{2}\u{0}\u{3000}081-証記号 ナz２:８９６ 番号 －回は新しくなりました。\n記号 ナ２:８＾した。",
    ] {
        assert_settled(&r, text);
    }
}

#[test]
fn a_code_of_letters_is_no_number_written_in_digits() {
    // A job's step before a message about a recipient's number: a log, no value.
    check(
        " KHCHK01 E 0412 受給者番号チェックエラー REC#000318 受給者番号=8071257",
        &[("public_expense_recipient", "8071257")],
    );
    none("//STEP01   EXEC PGM=KHCHK01\n保険者番号桁数不正");
    // A passport's number under a licence's word is still masked, as the licence's.
    let r = every_kind();
    let out = r.redact("免許証No 期限切れ→PP MZ2O17740 で再確認").text;
    assert!(!out.contains("MZ2O17740"), "{out}");
}

#[test]
fn premiums_taxes_contracts_and_an_office_s_own_numbers_are_no_values() {
    none("保険料：412330");
    none("介護保険料　52000");
    none(r#"{"社会保険料":412330,"源泉徴収税額":61200}"#);
    none("契約番号：9779068018595（カードレス）　残高 4,554,123円");
    none(r#"{"atena_no": "1144673058", "setai_no": "7837616507"}"#);
    none("宛名番号 7592511564 の方の国保、資格取得日どうなってる？");
    // The account to pay a premium from is still an account.
    check(
        "国民健康保険料の口座振替：普通 1234567",
        &[("bank_account", "1234567")],
    );
}

#[test]
fn a_company_s_name_keys_no_row_of_a_table_with_a_header() {
    // クレジット in a creditor's name names neither the card's column nor the
    // contract's beside it.
    check(
        "No\t債権者\tカード番号\t契約番号\t最終返済日\n2\tイオンクレジットサービス株式会社\t5212133290599705\t5436648034619770\t2021/01/22",
        &[("credit_card", "5212133290599705")],
    );
    // A key with old and new values still keys its row.
    check(
        "field,old,new\njukyusha_no,2351955,2757763",
        &[
            ("public_expense_recipient", "2351955"),
            ("public_expense_recipient", "2757763"),
        ],
    );
}

#[test]
fn an_airline_booking_s_passport_and_card() {
    check(
        " 8 SSR DOCS JL HK1 P/JPN/TK70689097/JPN/03APR78/M/10OCT29/YAMADA/TARO/P1\n12 FP CCVI4399776853629539/0829*CV/N48213",
        &[("passport", "TK70689097"), ("credit_card", "4399776853629539")],
    );
    check(
        "1.1WATANABE/YUKO MS   SSR FOID NH HK1/PPMZ5306458  SEAT 22A",
        &[("passport", "MZ5306458")],
    );
    // A frequent flyer's number and a ticket's are no values.
    none("SSR FQTV JL HK/JL401288573/P1\nFA PAX 131-1935707937/ETJL/JPY312400");
}

#[test]
fn a_number_dictated_in_groups_with_what_was_said_between() {
    check(
        "カード番号は3727、あのー、454608、37289です",
        &[("credit_card", "3727、あのー、454608、37289")],
    );
    check(
        "マイナンバーは9059。3540、8736。これで登録お願いします。",
        &[("my_number", "9059。3540、8736")],
    );
    check(
        "基礎年金番号は5425の、えー、027093。",
        &[("pension_number", "5425の、えー、027093")],
    );
    // Two whole numbers, one correcting the other, are two values.
    check(
        "被保番 6633639 じゃなくて 6233639 でした",
        &[("insured_number", "6633639"), ("insured_number", "6233639")],
    );
    // Counts and dates said with pauses are none.
    none("2026、4月、5月に3、5枚ずつ");
}

#[test]
fn digits_said_in_katakana_right_after_a_label_and_letters_names() {
    check(
        "返金先は普通口座キュウロクハチイチイチキュウナナ。",
        &[("bank_account", "キュウロクハチイチイチキュウナナ")],
    );
    check(
        "年金番号はサンゼロサンハチノサンハチイチゴサンナナです。",
        &[("pension_number", "サンゼロサンハチノサンハチイチゴサンナナ")],
    );
    let r = every_kind();
    for text in [
        "旅券番号ってティーアール5704528であってる？",
        "パスポート番号、エムゼット 2151286、コピー取り忘れ。",
    ] {
        let out = r.redact(text).text;
        assert!(
            !out.contains("ティー") && !out.contains("ゼット") && !out.contains("57045"),
            "{out}"
        );
    }
    // Not a size's letters, nor kana after a name.
    none("サイズはエムエル、2点");
    none("ケアマネさんに電話");
}

#[test]
fn a_hotel_s_passport_shorthand_and_an_airline_s_dates_and_flights() {
    check(
        "Mr. KIM MIN-JUN (KOR) / PPT# M50679141 / 2 nights",
        &[("passport", "M50679141")],
    );
    // The expiry beside it, a flight's number and a booking's are no values.
    check("PPT# MZ4753374 exp 14AUG29", &[("passport", "MZ4753374")]);
    none("旅券申請中。航空券：CI 221 / CI 222 団体運賃");
    // A passport's letters said apart still count toward its length.
    let out = every_kind()
        .redact("旅券番号をアルファベットからお願いします\n話者2：MEの270798")
        .text;
    assert!(!out.contains("270798"), "{out}");
}

#[test]
fn digits_in_a_pdf_s_square_boxes() {
    check(
        "自立支援医療受給者証（精神通院）\n公費負担者蕃号□1□5□4□0□6□3□5□8□\n公費受給者番号□３□8□８□７□7□１□８□",
        &[
            ("public_expense_payer", "1□5□4□0□6□3□5□8"),
            ("public_expense_recipient", "３□8□８□７□7□１□８"),
        ],
    );
}

#[test]
fn a_policy_s_holder_an_accident_a_bank_s_customer_file_and_a_stay_s_end_are_no_values() {
    none("ｹｲﾔｸｼｬﾊﾞﾝｺﾞｳ:474170291");
    none(r#"{"keiyakusha_bangou": "809565807", "jiko_no":"2018722012"}"#);
    none("CIF番号   :  3673263541       店番 : 569");
    none("施術管理者 登録記号番号：契約1300412-0-1");
    // A mutual aid association's card is a health insurance card.
    check(
        "組合員証 記号 32280109 番号 479",
        &[("insured_number", "32280109"), ("insured_number", "479")],
    );
    // An expiry said before a number read aloud names no other kind.
    let out = every_kind()
        .redact("マイナンバーカードの期限が切れた、番号読みますね\n読み上げ：はち、さん、はち、ゼロ、よん、なな、きゅう、きゅう、いち、なな、ろく、ご")
        .text;
    assert!(!out.contains("ゼロ、よん"), "{out}");
}

#[test]
fn boxes_with_a_bare_dash_or_a_letter_ocr_read_and_letters_said_after_digits() {
    check(
        "年金手帳\n基礎年金番号\n|1|4|6|1－3□0□5□0□8□2|",
        &[("pension_number", "1|4|6|1－3□0□5□0□8□2")],
    );
    check(
        "特定医療費（指定難病）受給者証\n負担者番号|９|３|Ｉ|４|０|９|３|７|",
        &[("public_expense_payer", "９|３|Ｉ|４|０|９|３|７")],
    );
    check(
        "在留カード、ビーピー09220601ティーエル。",
        &[("residence_card", "ビーピー09220601ティーエル")],
    );
    // Not a size's letters after an order's number.
    none("注文 12345678 エムエル");
}

#[test]
fn a_lock_s_key_a_contract_s_key_an_area_and_a_booking_in_romaji_are_no_values() {
    none(r#"{"contract_no": "RC115-45734", "room": "1312"}"#);
    none("交換後：GOAL V18 キー番号 435382");
    none("土地 110.25㎡　建物 95.80㎡");
    none("check-in kiosk, yoyaku No. 5530-2291");
    none("佐々木: しゃいんばんごう は 60714 です");
    // An aside about an amount names no value after its word.
    check(
        "基礎年金番号（年金額確認のため）：3823-9655O9",
        &[("pension_number", "3823-9655O9")],
    );
}

#[test]
fn an_old_system_s_half_width_and_romaji_fields() {
    // Names no word knows before a 番号 or NO name something else's number.
    none("ｾﾀｲNO  7557532231   ｾﾀｲﾇｼ ｲｹﾀﾞ ｼﾞﾛｳ");
    none("ｺｷｬｸNO  6874761156    ｼﾒｲ ｸﾎﾞ ﾐﾁｺ");
    none("SHOKEN-NO= 9449933013");
    none("ｶｲｾﾂﾋﾞ  261208");
    // Known words still name theirs, whole or ending in kana.
    check("ｺｳｻﾞNO 1234567", &[("bank_account", "1234567")]);
    check(
        "在留カード番号 AV49358327F",
        &[("residence_card", "AV49358327F")],
    );
    check("hihoken_no: 12345678", &[("insured_number", "12345678")]);
    check(
        "KIGO=ｷﾀ504 BANGO=2440 EDA=01 KOHI1-FTN=21228788 KOHI1-JKY=7837123",
        &[
            ("insured_number", "ｷﾀ504"),
            ("insured_number", "2440"),
            ("insured_number", "01"),
            ("public_expense_payer", "21228788"),
            ("public_expense_recipient", "7837123"),
        ],
    );
    check("MYNO=123456789012", &[("my_number", "123456789012")]);
    check(
        "固人番号： 9511 6273 1444",
        &[("my_number", "9511 6273 1444")],
    );
}

#[test]
fn a_run_of_empty_cells_is_no_pause_in_a_number_said() {
    // A fuzz find: `0364,,,,…,011` read as one number said with pauses was too long
    // for a card; masked, the same groups an earlier copy had read as one were a
    // card. A CSV's empty cells are no pause: the number ends at 0364.
    let r = Redactor::builder()
        .keep_last(4)
        .build()
        .expect("a redactor");
    let text = "あと払いbyとどくすりの支払いでカードエ\u{0}\u{0}\u{4}\u{0}あと払いbyとどくすりの支払いでカー列エーエラーが出ます。\nカード番号：\n4830 2589 5011 7474\nエラーコードはERR966でした。ラーが出ます。\nカード番号：\n4831 2589 5,,,,,,,,,,,,,,,,,,,,,,,,,,,,5\u{1}@0g7\u{17}6 1817 216。4862 0受\u{0}0g7\u{17}6 1817 216。4862 0364,,,,,,,,,,,,,,,,,,,011 7474\nエラーコードはERR966でした。🙏";
    assert_settled(&r, text);
}

#[test]
fn a_record_line_is_read_by_its_own_words() {
    // A row that starts with its own number and names its values is a record: the
    // value that ended the line above does not run on into it, nor does a title
    // two lines up name it.
    check(
        "003 2729410832 ﾀｶﾊｼ ﾐﾕｷ      01 ﾒﾝｷｮ NO 461061834039\n004 9422066896 ｻﾄｳ ﾊﾅｺ       05 ｻﾞｲﾘｭｳ NO PT55302057DD",
        &[
            ("drivers_license", "461061834039"),
            ("residence_card", "PT55302057DD"),
        ],
    );
    check(
        "参加者 健康保険証 確認台帳\n作成：2025/05/20　担当：保健師\n01 22J9906 青木 大輝　保険者番号 01131507",
        &[("insurer_number", "01131507")],
    );
    // A word that begins another value's label names that value (`国保 保険者番号`).
    check(
        "枝番 04\n03 21A5027 上野 湊　国保 保険者番号 270850",
        &[("insured_number", "04"), ("insurer_number", "270850")],
    );
    // Still: a list of values under one label, and a number broken at a line's end.
    check(
        "口座番号\n佐藤さま 5047527\n小川さま 0038349",
        &[("bank_account", "5047527"), ("bank_account", "0038349")],
    );
    check(
        "公費負担者番号 5214\nl439",
        &[
            ("public_expense_payer", "5214"),
            ("public_expense_payer", "l439"),
        ],
    );
}

#[test]
fn a_key_to_codes_names_no_value_below() {
    check(
        "ｼｭﾍﾞﾂ 01=ﾒﾝｷｮｼｮｳ 03=ﾘｮｹﾝ 05=ｻﾞｲﾘｭｳｶｰﾄﾞ\n001 8389253558 ﾏﾂﾓﾄ ｴﾐ       03 ﾘｮｹﾝ NO TS0511847",
        &[("passport", "TS0511847")],
    );
    // A label line over its value is still one.
    check(
        "運転免許証\n461061834039",
        &[("drivers_license", "461061834039")],
    );
}

#[test]
fn an_old_system_s_short_columns() {
    // ｴﾀﾞ is 枝番; ｶﾝｼﾞｬNO a patient's number. Not the エダ of a name (ﾏｴﾀﾞ).
    check(
        "ｶﾝｼﾞｬNO  ｼﾒｲ            ﾎｹﾝｼｬNO   ｷｺﾞｳ       ﾊﾞﾝｺﾞｳ   ｴﾀﾞ\n88495283  ﾔﾏﾀﾞ ﾀﾛｳ       01268382  ﾄ8         5186763  02",
        &[
            ("insurer_number", "01268382"),
            ("insured_number", "ﾄ8"),
            ("insured_number", "5186763"),
            ("insured_number", "02"),
        ],
    );
    none("ﾏｴﾀﾞ ｺｳｼﾞ 05 ｼｭﾍﾞﾂ");
}

#[test]
fn a_public_expense_s_short_words() {
    for (text, expected) in [
        (
            "公費1 自立支援（精神）負担No: 21271622  受No:6002315  上限5000",
            &[
                ("public_expense_payer", "21271622"),
                ("public_expense_recipient", "6002315"),
            ][..],
        ),
        ("負担番号 21271622", &[("public_expense_payer", "21271622")]),
        (
            "医療券（内）公① 12275191 受 5542668",
            &[
                ("public_expense_payer", "12275191"),
                ("public_expense_recipient", "5542668"),
            ],
        ),
        (
            "ｼﾞｭｷﾞｮｳｼｬNo  7816036",
            &[("public_expense_recipient", "7816036")],
        ),
    ] {
        check(text, expected);
    }
    // 受 and 公 inside words name nothing.
    none("受付 5542668");
    none("公開 12275191");
}

#[test]
fn a_column_names_its_cells_whatever_the_row_s_other_cells_say() {
    // A card's brand in its own column is no key of the row: the 取引ID stays.
    check(
        "取引日,部屋,カード番号,ブランド,金額,取引ID\n2025-05-03,A-209,3577711802089416,JCB,33000,1014384812190705",
        &[("credit_card", "3577711802089416")],
    );
    // A 番号 ending a name no word knows heads no value (`約定番号`).
    none("約定番号\n740286929399\n776331919895");
    none("Student No. 202500576");
    none(r#"[{"employerNo":"64870667","monthlyContribution":20000}]"#);
}

#[test]
fn parts_sent_apart_and_boxes_spaced_read_as_one() {
    check(
        "カード番号 49686416 [スタンプ] 17252518",
        &[("credit_card", "49686416 [スタンプ] 17252518")],
    );
    check(
        "カード番号欄\n[4][3][4][1] [4][6][0][1] [2][3][9][4] [6][7][3][9]",
        &[(
            "credit_card",
            "4][3][4][1] [4][6][0][1] [2][3][9][4] [6][7][3][9",
        )],
    );
    check(
        "カードの番号4つにわけて送るね\n5150\n2840\n5988\n5597",
        &[
            ("credit_card", "5150"),
            ("credit_card", "2840"),
            ("credit_card", "5988"),
            ("credit_card", "5597"),
        ],
    );
    // OCR's 囗 for 口.
    check("囗座番号　484331O", &[("bank_account", "484331O")]);
}

#[test]
fn a_number_said_in_groups_is_seen_by_the_quick_look_too() {
    // `finds_anything` answers as `find` does for a number only a reading of the
    // groups said finds (a property test's find).
    let r = every_kind();
    let text = "旅券番号000、０００１ 123456789018123456789018";
    assert!(!r.find(text).is_empty());
    assert!(r.finds_anything(text));
}

#[test]
fn a_group_that_goes_on_past_a_hyphen_is_no_group_said() {
    // A phone's first group ends the groups said before it; its output read again
    // finds nothing new (a property test's find).
    settled(&every_kind(), "0、0000000、090-1234-5678 0、マイナンバー ");
}

#[test]
fn a_spreadsheet_s_number_formats_and_cells() {
    // Twelve digits with thousands' commas, in a My Number column.
    check(
        "社員番号\t氏名\tマイナンバー\t確認書類\nE56819\t松本\t665,352,887,708\t通知カード",
        &[("my_number", "665,352,887,708")],
    );
    none("合計 123,456,789,012円");
    // Exponent form in a note about a cell.
    check(
        "D5セルのマイナンバーが 4.50884E+11 表示になってます",
        &[("my_number", "4.50884E+11")],
    );
    // A 記号 with a hiragana kana, one person a column; not a note of two.
    check(
        "記号\t練馬あ\t84-258\n番号\t9972\t4813",
        &[
            ("insured_number", "練馬あ"),
            ("insured_number", "84-258"),
            ("insured_number", "9972"),
            ("insured_number", "4813"),
        ],
    );
}

#[test]
fn words_typed_said_or_read_otherwise() {
    for (text, expected) in [
        (
            "年金番号は 5655ハイフン270988 です。",
            &[("pension_number", "5655ハイフン270988")][..],
        ),
        (
            "OCR取込結果\n個入番号 19511l175164",
            &[("my_number", "19511l175164")],
        ),
        (
            "記号 保35 番号 1721162 枝蕃 01",
            &[
                ("insured_number", "保35"),
                ("insured_number", "1721162"),
                ("insured_number", "01"),
            ],
        ),
        (
            "Cartão de crédito: 4024 6413 0671 6333",
            &[("credit_card", "4024 6413 0671 6333")],
        ),
    ] {
        check(text, expected);
    }
}

#[test]
fn a_word_after_its_value_names_no_line_below() {
    // `(Visa)` names the card before it; the receipt's number below is none.
    check(
        "Số thẻ tín dụng: 4916248401877188 (Visa)\nSố biên lai: 1337 3874 6418",
        &[("credit_card", "4916248401877188")],
    );
    // A visa to stay is no card's brand.
    none("Visa for medical stay: MS-0809-98440");
    check(
        "VISA card 4024 6413 0671 6333",
        &[("credit_card", "4024 6413 0671 6333")],
    );
}

#[test]
fn a_securities_account_is_no_bank_s() {
    none("証券口座 434-6462488（特定）");
    none("※証券総合口座番号 821-3101178 は変更なし");
    // A bank's account still is, under a heading about one.
    check(
        "証券口座ではなく銀行口座です。千葉銀行の普通2110924でお願いします。",
        &[("bank_account", "2110924")],
    );
    check(
        "証券口座\n証券会社\t部店\t口座番号\t評価額\n楽天証券\t393\t3902471\t1",
        &[("bank_account", "3902471")],
    );
}

#[test]
fn misheard_keyed_and_slashed_numbers() {
    // A recognizer's kanji for a digit's sound, in a run of digits said.
    check(
        "BOT: カード番号をゆっくりお話しください\nASR(raw): 「夜 ご ご ご きゅう なな きゅう 煮 なな さん さん さん なな に いち はち」",
        &[(
            "credit_card",
            "夜 ご ご ご きゅう なな きゅう 煮 なな さん さん さん なな に いち はち",
        )],
    );
    none("夜間はこちらへ 夜に電話します");
    // Keys pressed on a phone's pad.
    check(
        "input_type=DTMF label=\"個人番号\"\n  keys=3178#0659#9518#",
        &[("my_number", "3178#0659#9518")],
    );
    // A bank, its branch and the account, parted by slashes.
    check(
        "長男：ゆうちょ銀行／〇一八／5288175",
        &[("bank_account", "5288175")],
    );
    check(
        "母：楽天銀行／第一営業／8481507",
        &[("bank_account", "8481507")],
    );
    // 番 typed as 蕃, and half-width kana before kanji.
    check(
        "個人蕃号（奥様）232951453094",
        &[("my_number", "232951453094")],
    );
    check(
        "ｺｼﾞﾝ番号： 2881 6102 34111",
        &[("my_number", "2881 6102 34111")],
    );
}

#[test]
fn a_card_printed_in_groups_is_not_cut_from_the_number_before_it() {
    // A parcel's number, then a card's: the card's four groups, not a window across
    // both that passes Luhn.
    check(
        "10:55 5830-8372-2484 5107 2683 5662 9067 ¥9,338",
        &[("credit_card", "5107 2683 5662 9067")],
    );
    check(
        "13:56 0399-4113-6964 3573 9041 0460 6995 ¥10,961",
        &[("credit_card", "3573 9041 0460 6995")],
    );
}

#[test]
fn a_yucho_passbook_s_symbol_and_number_are_the_account_s() {
    check(
        "ゆうちょ銀行 記号 16060 番号 53956271",
        &[("bank_account", "16060"), ("bank_account", "53956271")],
    );
    check(
        "ゆうちょ銀行の口座　記号 10180　番号 10503721",
        &[("bank_account", "10180"), ("bank_account", "10503721")],
    );
    // An insurance card's words between keep the card's.
    check(
        "ゆうちょに振り込みます。保険証の記号 1234 番号 5678",
        &[("insured_number", "1234"), ("insured_number", "5678")],
    );
}

#[test]
fn amounts_and_row_numbers_beside_a_list_s_values() {
    // An amount after a value's number is no group of it; a row's number before it
    // leaves it the next of the list.
    check(
        "No.　氏名　マイナンバー　支払額\n03　松本 拓也　843171005679　4,492,000円\n04　吉田 隆　39223619417　2,346,000円",
        &[("my_number", "843171005679"), ("my_number", "39223619417")],
    );
    // Not a table's first two cells (`2 / 327804`, an employee's number after the
    // row's) under a row that ended in an account.
    check(
        "1 / 661413 / りそな銀行 川口支店 普通 6941418\n2 / 327804 / りそな銀行 川口支店 普通 2763250",
        &[("bank_account", "6941418"), ("bank_account", "2763250")],
    );
    // A key two cells before gives way to a column that names none.
    check(
        "社員番号,氏名,銀行コード,支店コード,種別,口座番号,精算額\n606691,森さやか,0005,618,普通,3479365,23217",
        &[("bank_account", "3479365")],
    );
    check(
        "column,old_value,new_value\njukyusha_no,2351955,2757763",
        &[
            ("public_expense_recipient", "2351955"),
            ("public_expense_recipient", "2757763"),
        ],
    );
    none("海外旅行保険の証券番号 3052392695 は保険会社への照会用なので");
    // A passport's machine-readable line without its birth date's check digit.
    check(
        "P<JPNKATO<<KENJI<<<<<<<<<<<<<<<<<<<<<<<\nTK82891967JPN620413F300703<<<<<<<<<<<<<<03",
        &[("passport", "TK8289196")],
    );
    for (text, expected) in [
        (
            "負坦者番号 54162979",
            &[("public_expense_payer", "54162979")][..],
        ),
        (
            "受給車番号 7598790",
            &[("public_expense_recipient", "7598790")],
        ),
        (
            "詑号 6018 番号 091",
            &[("insured_number", "6018"), ("insured_number", "091")],
        ),
    ] {
        check(text, expected);
    }
}

#[test]
fn a_date_s_day_ends_the_number_a_space_would_join_it_to() {
    // A list of payments dated m/d: the day is no part of the card after it.
    check(
        "① 3/01 3535470864839561 ¥50,000\n② 3/15 4325-7433-7460-1926 ¥50,000（別カード）",
        &[
            ("credit_card", "3535470864839561"),
            ("credit_card", "4325-7433-7460-1926"),
        ],
    );
    // Not a date: a thirteenth month, or three digits before the slash.
    none("13/15 4325 7433");
    // A flight's number before 便 is a count's number, not a value.
    none("海外旅行保険の証明書\n出発 8/12 NH881便");
}

#[test]
fn a_negative_word_that_ends_its_sentence_labels_nothing_below() {
    // 依頼 names a request's number (`依頼番号`); as the verb that ends a
    // sentence it says nothing of the next line's number, which the heading names.
    check(
        "【マイナンバー回収状況】\n・未回収 2名に再依頼。\n・番号の記載が 6640 4662 6930 と不一致。",
        &[("my_number", "6640 4662 6930")],
    );
    // As a label it still speaks for the number under it.
    none("【マイナンバー回収状況】\n・依頼番号\n・6640 4662 6930");
}

#[test]
fn digits_of_other_scripts_are_read_as_digits() {
    // Nepali (Devanagari) and Arabic-Indic digits under a Japanese label.
    check(
        "मेरो बैंक खाता नम्बर（口座番号）: ८२११२५३",
        &[("bank_account", "८२११२५३")],
    );
    check("口座番号 ٤٩٨٧٦٥٤", &[("bank_account", "٤٩٨٧٦٥٤")]);
    // A text with no digit of any script is still passed over.
    none("नमस्ते दिदी, मेरो बैंक खाता");
    // A lone digit of another script starts no value (a Myanmar four the fuzz
    // target redact put before a greeting: the lines' shapes must agree).
    check(
        "၄いつもありがとうございます\n保険者番号：０６２５５２６９",
        &[("insurer_number", "０６２５５２６９")],
    );
}

#[test]
fn a_number_before_its_card_s_companion_is_its_card_s_other_number() {
    // The insurer's number before the card's 記号 and 番号, the payer's before the
    // recipient's, each with its check digit.
    check(
        "06435721 記号1145 番号159",
        &[
            ("insurer_number", "06435721"),
            ("insured_number", "1145"),
            ("insured_number", "159"),
        ],
    );
    check(
        "生保 12113908 受給者 0183400",
        &[
            ("public_expense_payer", "12113908"),
            ("public_expense_recipient", "0183400"),
        ],
    );
    // Without its check digit, a number before 記号 is no insurer's.
    check(
        "12345678 記号1145 番号159",
        &[("insured_number", "1145"), ("insured_number", "159")],
    );
    // A health insurance society's name beside a number is its insurer's.
    check(
        "保険者名称 / 保険者番号\n協会けんぽ 大阪支部 / 01270016\n○○健康保険組合 / 06271282",
        &[
            ("insurer_number", "01270016"),
            ("insurer_number", "06271282"),
        ],
    );
}

#[test]
fn a_row_with_the_row_above_s_key_is_of_its_kind() {
    // 会員 names a member's number, but each row has it: the mistyped card in
    // the last row is the next card of the list.
    let text = "本会員カード番号　5283-4655-3858-1242\n家族会員（長男）　5508-2757-3292-1667\n家族会員（長女）　2646-1827-3068-4706-4";
    let found = found(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().all(|(kind, _)| kind == "credit_card"),
        "{found:?}"
    );
    assert_eq!(found[2].1, "2646-1827-3068-4706-4");
}

#[test]
fn a_slash_with_a_space_on_each_side_parts_a_table_s_cells() {
    // The header names each column; a row with a comma after its last cell
    // (a phone number's note, an e-mail) is still a row of the ` / ` table.
    let text = "氏名 / 保険者番号 / 記号 / 番号 / 枝番 / 連絡先\n\
                大谷 清 / 06137566 / - / 88123410 / - / 03-6835-1365\n\
                佐伯 一郎 / 06136048 / 7443 / 032 / 01 / 090-3321-9610（長男）, saeki@example.jp";
    let found = found(text);
    for value in ["06136048", "7443", "032", "01"] {
        assert!(found.iter().any(|(_, v)| v == value), "{value}: {found:?}");
    }
    // A date's slash, spaceless, parts nothing.
    none("受付 2025/3/15 来局");
}

#[test]
fn one_ideographic_space_parts_a_table_s_cells_under_a_header_of_kinds() {
    // Names with ASCII spaces stay in their cell; each value takes its column's
    // kind, a foreign passport's and a licence's too.
    check(
        "氏名　在留カード番号　旅券番号　個人番号　日本の運転免許証番号\n\
         LE VAN DUC　WB25668302DN　C9986258　799216432620　333697831292",
        &[
            ("residence_card", "WB25668302DN"),
            ("passport", "C9986258"),
            ("my_number", "799216432620"),
            ("drivers_license", "333697831292"),
        ],
    );
    // A card's columns, an empty cell before the amount's.
    let found = found(
        "受診者　保険者番号　記号　番号　枝番　　支払額\n\
         本人　06134738　8801　112　00　　126,400円\n\
         妻　06134738　8801　112　01　　48,210円",
    );
    for value in ["8801", "112", "01"] {
        assert!(found.iter().any(|(_, v)| v == value), "{value}: {found:?}");
    }
    assert!(!found.iter().any(|(_, v)| v.contains("48")), "{found:?}");
    // A title parted by U+3000 is no header.
    none(
        "海外旅行保険　保険金請求書（郵送分　入力）\n証券番号 4261189003　　事故受付番号 90-037041",
    );
}

#[test]
fn an_arrow_back_names_the_value_with_its_phrase_s_head() {
    // The words before the head only qualify it (保険料, 引落し); a bare 番号
    // ends the name before it (在留カードの番号).
    check(
        "3534 2928 2382 3389 ← 保険料引落しのカード番号",
        &[("credit_card", "3534 2928 2382 3389")],
    );
    check(
        "012732←国保の保険者番号（北海道）",
        &[("insurer_number", "012732")],
    );
}

#[test]
fn a_card_after_the_value_a_negative_label_took_is_still_a_card() {
    // The member number is the label's; the card after it passes its check.
    check(
        "会員番号 47816326　4494 2995 6994 9665　有効 11/28",
        &[("credit_card", "4494 2995 6994 9665")],
    );
    // Without its check, the card's groups stay the member number's line's.
    none("会員番号 47816326　3541 1654 1024 4281");
}

#[test]
fn digits_said_in_romaji_are_read_as_digits() {
    check(
        "maina nanbaa wa go ni kyuu hachi , ichi roku ni hachi , roku nana zero ichi desu.",
        &[(
            "my_number",
            "go ni kyuu hachi , ichi roku ni hachi , roku nana zero ichi",
        )],
    );
    // A name's honorific and a particle are no number.
    none("kouza bangou wa Tanaka san ni kiite kudasai");
}

#[test]
fn a_negative_word_in_a_heading_s_aside_is_the_aside_s() {
    // 精算 (a settlement's number) in the brackets after the heading's label.
    check(
        "■カード番号（経費精算・手書き申請）\n3729-088117-46661",
        &[("credit_card", "3729-088117-46661")],
    );
    // Standing alone after the label, it still blocks.
    none("■精算番号\n3729-088117-46661");
}

#[test]
fn a_table_parted_by_single_spaces_reads_its_rows_by_column() {
    let r = Redactor::default();
    // A transfer list pasted from a PDF: each cell is its own, the account alone
    // is masked (not joined with the branch before it or the amount after it).
    let text = "区分 銀行 支店 種目 口座番号 金額\n2 0005 123 1 4021188 0000120000\n2 0009 456 2 7318260 0000048000";
    assert!(r
        .redact(text)
        .text
        .ends_with("\n2 0009 456 2 ******* 0000048000"));
    // A name written with a space takes two cells of its column, and an empty cell
    // (`－`) one: the values after it keep their columns.
    assert_eq!(
        r.redact("No. 氏名 保険者番号 被保険者番号 受給者番号\n1. 林 花子 39131018 20513377 7120834\n2. 森 一郎 39131026 20513378 －").text,
        "No. 氏名 保険者番号 被保険者番号 受給者番号\n1. 林 花子 ******** ******** *******\n2. 森 一郎 ******** ******** －"
    );
    // A line of a label and its value under a title spaced so is no row: its own
    // label names it.
    check(
        "後期高齢者医療 被保険者証 交付者一覧\n保険者番号　39131018　（広域連合）",
        &[("insurer_number", "39131018")],
    );
}

#[test]
fn a_csv_cell_quoted_over_lines_is_read_by_its_own_words() {
    // The continued cell's line has no commas of the table's: its label is not
    // blocked by the first column's (社員番号).
    check(
        "社員番号,氏名,免許情報\n1021,青木 進,\"中型\n免許証番号  302455187730\"\n1022,上野 楓,\"普通\"",
        &[("drivers_license", "302455187730")],
    );
}

#[test]
fn a_json_key_with_a_digit_is_no_value() {
    check(
        r#"{"hihokenshaNo": "54646530", "memo1": "abc", "jukyu1": "6892150"}"#,
        &[
            ("insured_number", "54646530"),
            ("public_expense_recipient", "6892150"),
        ],
    );
}

#[test]
fn a_free_dial_grouped_four_three_three_is_a_phone() {
    check("相談窓口 0800-278-631 まで", &[("phone", "0800-278-631")]);
    check("予約は 0120-251-508 へ", &[("phone", "0120-251-508")]);
}

#[test]
fn spoken_digits_after_an_arrow() {
    check(
        "読み上げてしまったマイナンバーの番号→ なな いち なな いち ろく さん ご ご さん よん いち いち",
        &[(
            "my_number",
            "なな いち なな いち ろく さん ご ご さん よん いち いち",
        )],
    );
}

#[test]
fn a_branch_number_typed_with_the_other_ban() {
    check(
        "記号 87500 番号 7137 枝版 03",
        &[
            ("insured_number", "87500"),
            ("insured_number", "7137"),
            ("insured_number", "03"),
        ],
    );
}

#[test]
fn a_row_of_a_list_takes_the_kind_masked_above_past_a_negative_label_after_it() {
    // Each card of the list is followed by the inquiry's number; the second card is
    // a digit off (no Luhn), its row alike the first's.
    check(
        "05. 4600 5260 2602 0305  照会番号 CB231871\n06. 5257-6235-7234-3818  照会番号 CB121732",
        &[
            ("credit_card", "4600 5260 2602 0305"),
            ("credit_card", "5257-6235-7234-3818"),
        ],
    );
    // A row with a label of its own is not the row above's.
    check(
        "05. 4600 5260 2602 0305  照会番号 CB231871\n06. 注文番号 5257-6235-7234-3818",
        &[("credit_card", "4600 5260 2602 0305")],
    );
}

#[test]
fn a_number_after_the_bracket_that_closed_on_another_stands_apart() {
    // The employee's number is in the aside; the My Number after it is its own.
    check(
        "1. 佐藤 健一（社員番号 10482）　3817 0976 5322",
        &[("my_number", "3817 0976 5322")],
    );
    check(
        "1. 松田 直樹（内線 2200）　080-1300-9809",
        &[("phone", "080-1300-9809")],
    );
    // A phone's area code in brackets stays the phone's.
    check("(03) 1234-5678", &[("phone", "(03) 1234-5678")]);
}

#[test]
fn a_header_parted_by_u3000_may_have_a_bracket_in_a_cell() {
    let r = Redactor::default();
    assert_eq!(
        r.redact("時刻　患者　保険者番号　被保番号　公費(受給者)\n09:00　大西 ヨシ　39135884　46060701　8118549").text,
        "時刻　患者　保険者番号　被保番号　公費(受給者)\n09:00　大西 ヨシ　********　********　*******"
    );
}

#[test]
fn a_card_or_a_residence_card_broken_over_a_line_end() {
    check(
        "カード：3587-9820-\n0840-6930（二重に決済された）",
        &[("credit_card", "3587-9820"), ("credit_card", "0840-6930")],
    );
    check(
        "在流カード番号（手入力）\nJF1970\n4971GX",
        &[("residence_card", "JF1970"), ("residence_card", "4971GX")],
    );
    // A date that starts the next line is no part of a number.
    none("伝票 6484-6984-5070\n2025/8/25 発送");
}

#[test]
fn a_value_read_back_after_a_speaker_s_name_is_masked_as_said() {
    // 受付 names the receptionist here, not a reception number: the whole value
    // said again is the value.
    check(
        "患者：負担者番号 54135397\n受付：54135397 で登録しました",
        &[
            ("public_expense_payer", "54135397"),
            ("public_expense_payer", "54135397"),
        ],
    );
    // After a negative label of its own, a number is still that label's.
    check(
        "患者：負担者番号 54135397\n受付番号：54135396",
        &[("public_expense_payer", "54135397")],
    );
}

#[test]
fn a_word_is_not_read_across_a_space_from_inside_a_word_of_kanji() {
    // `川口 番号` holds no `口番` (an account's number's short form): the 記号 is
    // the two kanji.
    let r = Redactor::default();
    assert_eq!(
        r.redact("記号 川口 番号 0934417").text,
        "記号 ＊＊ 番号 *******"
    );
    // After a particle, a label spaced letter by letter is still read.
    check(
        "以前の口 座 番 号 9814769 は使っていません",
        &[("bank_account", "9814769")],
    );
}

#[test]
fn a_number_in_chinese_numerals_with_their_zero() {
    check(
        "マイナンバー（中国語で）：一一零八 三二三二 五二六零",
        &[("my_number", "一一零八 三二三二 五二六零")],
    );
    // A 零 in a word is none (零細企業).
    none("零細企業の支援");
}

#[test]
fn a_passport_number_in_its_machine_readable_zone() {
    check(
        "P<JPNYAMADA<<TARO<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTK12345675JPN7804032M2910107<<<<<<<<<<<<<<02",
        &[("passport", "TK1234567")],
    );
}

#[test]
fn a_number_s_word_read_by_ocr_with_a_look_alike() {
    // 番 read as 畨: the card's 番号 after its 記号.
    check(
        "記号 ｲﾁ3　畨号 208",
        &[("insured_number", "ｲﾁ3"), ("insured_number", "208")],
    );
}

#[test]
fn a_time_deposit_s_account_in_a_passbook_list() {
    check(
        "三井住友銀行　　　定期　2891556　　2,000,000円",
        &[("bank_account", "2891556")],
    );
    // A commuter pass's number is none.
    none("定期券 1234567 を紛失しました");
}

#[test]
fn a_card_s_component_named_by_an_arrow_from_the_line_s_end() {
    check(
        "06146211　← 保険者番号\nア12　← 記号\n56468　← 番号",
        &[
            ("insurer_number", "06146211"),
            ("insured_number", "ア12"),
            ("insured_number", "56468"),
        ],
    );
}

#[test]
fn a_my_number_broken_over_a_line_end_with_a_short_last_part() {
    // Its check holds the two parts together, however short the second one is.
    check(
        "メモ\n1234 5678 901\n8\n（以上）",
        &[("my_number", "1234 5678 901"), ("my_number", "8")],
    );
}

#[test]
fn a_card_sent_in_two_chat_messages_without_times() {
    // Each message after its sender's name (`ゆうた: `), or after a time and a
    // sender closed by a bracket (`19:21 客) `).
    check(
        "ママ: カードの番号おしえて\nゆうた: 4177 5983\nゆうた: 1408 0229\nゆうた: 期限は09/28",
        &[("credit_card", "4177 5983"), ("credit_card", "1408 0229")],
    );
    check(
        "19:21 客) 5542 1904\n19:21 客) 8363 0037\n19:22 客) カード番号です",
        &[("credit_card", "5542 1904"), ("credit_card", "8363 0037")],
    );
    // A listing's labels are no sender: two of them are no one's two messages.
    none("会員番号: 4177 5983\n電話: 1408 0229");
}

#[test]
fn a_value_said_in_three_named_parts_or_numbered_fields() {
    check(
        "マイナンバーの最初の４けたは2086、真ん中が7285、最後が4156です",
        &[
            ("my_number", "2086"),
            ("my_number", "7285"),
            ("my_number", "4156"),
        ],
    );
    check(
        "kojin_no_1=5497&kojin_no_2=9331&kojin_no_3=0708&fuyo_cnt=2",
        &[
            ("my_number", "5497"),
            ("my_number", "9331"),
            ("my_number", "0708"),
        ],
    );
    // A later field alone is the end of a value given elsewhere, no part.
    none("tel_2=0708&fuyo_cnt=2");
}

#[test]
fn a_label_alone_above_a_line_that_points_to_the_value() {
    check(
        "件名: Re: 基礎年金番号\n\n下記です。\n8141 651951\nよろしくお願いします。",
        &[("pension_number", "8141 651951")],
    );
}

#[test]
fn labels_mistyped_or_misread_by_ocr() {
    check(
        "受級者番号 8574907\n保陰者番号 31129521（共済）",
        &[
            ("public_expense_recipient", "8574907"),
            ("insurer_number", "31129521"),
        ],
    );
    check("店番 045　ロ座番号 4778636", &[("bank_account", "4778636")]);
    check(
        "基礎年全番号：8701-840068",
        &[("pension_number", "8701-840068")],
    );
}

#[test]
fn a_spaced_table_whose_header_is_commented() {
    check(
        "# 銀行ｺｰﾄﾞ 支店 科目 口座番号 受取人ｶﾅ 金額\n3101 021 1 3417324 ｱﾗｲ ﾀｹｼ            0000384120\n3101 021 1 7879019 ｲｹﾀﾞ ﾐﾂｺ           0000096300",
        &[("bank_account", "3417324"), ("bank_account", "7879019")],
    );
}

#[test]
fn kanji_digits_among_full_width_ones_and_struck_values() {
    check(
        "個人番号欄 → 「５四０９二８９〇５２七０」",
        &[("my_number", "５四０９二８９〇５２七０")],
    );
    // Struck through with a combining overlay, the value still shows.
    let struck =
        "旅券番号：T\u{336}K\u{336}2\u{336}4\u{336}4\u{336}2\u{336}7\u{336}7\u{336}0\u{336}";
    let out = every_kind().redact(struck);
    assert!(!out.text.contains('4'), "{}", out.text);
}

#[test]
fn a_symbol_in_kana_in_sql_values() {
    check(
        "INSERT INTO t (hokensha_no, kigo, bango) VALUES ('271239', 'あ12', '851');",
        &[
            ("insurer_number", "271239"),
            ("insured_number", "あ12"),
            ("insured_number", "851"),
        ],
    );
}

#[test]
fn what_the_first_reading_left_the_masked_output_leaves_too() {
    // An identifier glued by `_` to the value (`1_t6`): masked, `*_t6` is glued
    // alike (the redact fuzz target found the `t6` masked only on a second
    // redaction).
    let all = every_kind();
    for text in [
        "保険証の番号 1_t6",
        "保険証の番号㌲して027-01-1_t6に受診した分の診療費",
    ] {
        let out = settled(&all, text);
        assert!(out.text.contains("_t6"), "{}", out.text);
    }
    // Digits masked still count as written ones: kana read as digits in the
    // masked output only where the text's own reading read them (`〇〇さんに` is a
    // friend's name left out, not four digits).
    for text in [
        "ママ友の〇〇さんに聞いたら健保に直接出すらしい\nわたしの口座 1 2 3 4 5 6 7 (ゆうちょ以外)で書いたよ\n保険証は記号 1234 番号 567 だった気がする",
        "mai nanbaa wa san nana hachi roku / nana kyuu roku go desu.\nfurikomi saki wa futsuu no 1781617.",
    ] {
        settled(&all, text);
    }
    // A line led by a label holds a value of its own, not the rest of the one above
    // (`普通 0f45⏎普通 0f459`, two accounts): masked, `*****` is no rest either (the
    // redact fuzz target found `0f45` masked only on a second redaction).
    // A word read tight before a value reads so before its mask (`公負433-9210`,
    // masked `公負***-****`): it is never the 記号's kanji (the redact fuzz target
    // found `公負` masked only on a second redaction).
    for kinds in [
        Kind::ALL.to_vec(),
        vec![Kind::MyNumber, Kind::InsuredNumber],
    ] {
        let r = Redactor::builder()
            .kinds(kinds)
            .build()
            .expect("a redactor");
        let out = settled(&r, "記号　公負433-9210　番号　665\nマイナンバーも必要でしょうか。必要であれば9160-69です。");
        assert!(out.text.contains("公負"), "{}", out.text);
    }
    // A title spaced as a table's header is none (`給付奨学金 申込 生計維持者の
    // マイナンバー`): the rows under it are read as lines, written or masked.
    let out = settled(
        &all,
        "給付奨学金 申込 生計維持者のマイナンバー\n父：4875 9748 7041\n母：7070 7894 751（←1桁足りない？カード確認中）",
    );
    assert!(!out.text.contains("7070"), "{}", out.text);
    for text in [
        "普通 0f45\n普通 0f459",
        "振込先の口店ます。\nみずほ銀行 船橋支店\n普通 3223\u{1}\u{0}0f45\n普通 3223\u{1}\u{0}0f459\n口座名義：ヨシダ",
    ] {
        let out = settled(&all, text);
        assert!(out.text.contains("0f45\n"), "{:?}", out.text);
    }
}

#[test]
fn a_card_embossed_and_read_by_ocr_with_a_letter_for_a_digit() {
    check(
        "(エンボス文字のOCR)\n4757 0883 61B7 4391\nSUSUMU ITO",
        &[("credit_card", "4757 0883 61B7 4391")],
    );
    // A code of four groups that fails the check, its letter read as a digit, stays.
    none("(エンボス文字のOCR)\n4757 0883 61B7 4392");
}

#[test]
fn later_parts_named_after_a_verb_a_middle_or_a_numbered_column() {
    check(
        "マイナンバーの最初の8桁は 5733 9423 です\n（写真が暗くて残りは後で）\n→ 残り4桁わかりました: 5920",
        &[("my_number", "5733 9423"), ("my_number", "5920")],
    );
    check(
        "電話で聞いたマイナンバー\n上の4けた 4498\nまん中 7372",
        &[("my_number", "4498"), ("my_number", "7372")],
    );
    check(
        "受付ID\tカード番号1\tカード番号2\tカード番号3\tカード番号4\t有効期限\nW-30112\t4177\t6490\t6562\t0091\t08/27",
        &[
            ("credit_card", "4177"),
            ("credit_card", "6490"),
            ("credit_card", "6562"),
            ("credit_card", "0091"),
        ],
    );
    // A particle is no verb: `先頭の0` names no part of the account.
    check(
        "口座番号 0062224\n通帳が古くて最初の0が消えているかも",
        &[("bank_account", "0062224")],
    );
}

#[test]
fn old_and_ocr_forms_of_labels() {
    check(
        "個人畨号\n5770 76Ol 5711",
        &[("my_number", "5770 76Ol 5711")],
    );
    check(
        "丸三銀行　本店　當座　六五八一三七七",
        &[("bank_account", "六五八一三七七")],
    );
}

#[test]
fn parts_said_in_quotes() {
    check(
        "免許証番号は前半「432180」後半「428830」と口頭で確認",
        &[("drivers_license", "432180"), ("drivers_license", "428830")],
    );
}

#[test]
fn a_label_broken_over_a_line_end() {
    check(
        "後期高齢者医療被保険者証\n被保\n険者番号 O4088603",
        &[("insured_number", "O4088603")],
    );
    check(
        "被保険者証の記\n号 7702　番\n号 31",
        &[("insured_number", "7702"), ("insured_number", "31")],
    );
    // A label that starts the next line is its own: no `通知カード` across the break.
    check(
        "決済エラー通知\nカード番号 5158-3880-2714-2265 で承認",
        &[("credit_card", "5158-3880-2714-2265")],
    );
}

#[test]
fn a_numbered_heading_with_a_count_names_the_values_under_it() {
    // A data-quality report: the section's heading numbers it and counts its rows.
    check(
        "[2] card_no  (クレジットカード番号)  NG=3\n    cust_id=C0300118  value=4878-4372-2751-2390  reason=Luhn NG",
        &[("credit_card", "4878-4372-2751-2390")],
    );
    // A layout's field widths are no count: its words name no value below.
    none("# 区分1 種別2 被仕向銀行4 支店3 種目1 口座番号7 受取人30\n20005ﾐﾂﾋﾞｼUFJ 568ｼﾝｼﾞｭｸ 1 0000369986");
}

#[test]
fn a_quoted_cell_broken_over_lines_keeps_its_record_one_row() {
    check(
        "\"id\",\"shimei\",\"jusho\",\"口座番号（普通）\"\n\"9001\",\"森 由紀\",\"立石1-2-3\nメゾン立石 201\",\"9348684\"\n\"9002\",\"吉村 隆\",\"本町4-1-8\",\"8247083\"",
        &[("bank_account", "9348684"), ("bank_account", "8247083")],
    );
    // A header cell wrapped in its column.
    check(
        "振込先\t\"口座\n番号\"\t\"名義\n(カナ)\"\n城南信金 大森\t3048057\tｲﾉｳｴ ﾏｻﾙ",
        &[("bank_account", "3048057")],
    );
}

#[test]
fn employment_insurance_numbers_are_a_persons_insured_number() {
    // A 被保険者番号 is one whatever insurance prints it: 雇用保険's too.
    check(
        "雇用保険被保険者番号：5252-174585-6（前職で加入）",
        &[("insured_number", "5252-174585-6")],
    );
    check(
        "雇用保険番号（4621-273088-1）",
        &[("insured_number", "4621-273088-1")],
    );
    check(
        "雇用保険　　　被保険者番号 4401-318822-7",
        &[("insured_number", "4401-318822-7")],
    );
    check(
        "受給資格者証　被保険者番号  3511-895052-4",
        &[("insured_number", "3511-895052-4")],
    );
    check(
        "雇用保険の被保険者番号 4687-729164-3 は別表で管理。",
        &[("insured_number", "4687-729164-3")],
    );
    // The employer's office's number is no person's, nor a payslip's deduction.
    none("②事業所番号 5303-221234-5");
    none("健康保険 16,092　雇用保険 1,946　所得税 7,890");
}

#[test]
fn a_count_after_a_label_is_not_its_value() {
    check(
        "カード番号を2通に分けて送ります。\n前半：4996 8429",
        &[("credit_card", "4996 8429")],
    );
}

#[test]
fn kanji_zero_starts_a_number() {
    check(
        "振込先は本店の普通預金、口座番号零六七四二一六にて宜しく",
        &[("bank_account", "零六七四二一六")],
    );
    check(
        "運転面許証番号（ライドシェア登録用）\n620886391820",
        &[("drivers_license", "620886391820")],
    );
}

#[test]
fn a_first_part_takes_the_kind_named_before_it_however_far() {
    check(
        "松田 10:12　免許証の番号の照会お願いできますか。前半 221323\n松田 10:12　後半 669970 です",
        &[("drivers_license", "221323"), ("drivers_license", "669970")],
    );
    check(
        "総務 15:31　出張用の法人カード番号、前半だけ先に送ります 4092 3538\n総務 15:32　後半はこちら 5119 3270",
        &[("credit_card", "4092 3538"), ("credit_card", "5119 3270")],
    );
    // A length alone names no part: a security code, a note on a shape.
    check(
        "カード番号 4805 3198 7700 9731\n期限は 09/28 裏の3桁は 771",
        &[("credit_card", "4805 3198 7700 9731")],
    );
}

#[test]
fn a_negative_word_in_a_kind_words_aside_is_the_asides() {
    check(
        "マイナンバー（従業員 三浦 拓也）電話で確認\n上4桁：5358\n中4桁：8172\n下4桁：1156",
        &[
            ("my_number", "5358"),
            ("my_number", "8172"),
            ("my_number", "1156"),
        ],
    );
}

#[test]
fn a_block_of_bank_fields_names_its_number() {
    check(
        "■ 振替口座（引落用）\n　銀行：百五銀行\n　支店：津駅前\n　番号：6836538",
        &[("bank_account", "6836538")],
    );
}

#[test]
fn a_licence_number_ocr_read_onto_its_validity_line() {
    check(
        "運 転 免 許 証\n令和11年03月09日まで有効　第 6288O2526271 号",
        &[("drivers_license", "6288O2526271")],
    );
}

#[test]
fn a_value_written_as_the_found_one_below_it_is_of_its_kind() {
    check(
        "決済代行に問い合わせる用のメモ（編集済み）\n~4832 1120 6902 2615~ ← 違った\n4517 3226 3585 5089 ← 正しいカード番号",
        &[
            ("credit_card", "4832 1120 6902 2615"),
            ("credit_card", "4517 3226 3585 5089"),
        ],
    );
}

#[test]
fn kanji_groups_after_a_dash_and_pauses_in_spoken_digits() {
    check(
        "雇用保険の被保険者番号　五八八七－〇二九二五九－六",
        &[("insured_number", "五八八七－〇二九二五九－六")],
    );
    check(
        "マイナンバーは いち、はち、ろく、なな…さん、きゅう、よん、ろく、いち、はち、に、なな",
        &[(
            "my_number",
            "いち、はち、ろく、なな…さん、きゅう、よん、ろく、いち、はち、に、なな",
        )],
    );
}

#[test]
fn a_negative_word_in_an_aside_right_after_a_kind_is_the_asides() {
    check(
        "クレジットカード番号（手書き申込書より転記）：3549 2606 7034 6021",
        &[("credit_card", "3549 2606 7034 6021")],
    );
    // Not a kind's word inside the aside itself: `法人番号` is the number's.
    none("支払者　（個人番号又は法人番号） 6549195692709");
}

#[test]
fn passports_named_in_portuguese_spanish_and_indonesian() {
    check("Nº do passaporte: FS059062", &[("passport", "FS059062")]);
    check(
        "Número de pasaporte: FS0590621",
        &[("passport", "FS0590621")],
    );
}

#[test]
fn spoken_groups_parted_by_a_comma_an_no_and_a_comma() {
    check(
        "マイナンバーは ニ、ナナ、ニ、イチ、の、ゴ、ハチ、キュウ、ヨン、の、ハチ、イチ、ロク、ハチ",
        &[(
            "my_number",
            "ニ、ナナ、ニ、イチ、の、ゴ、ハチ、キュウ、ヨン、の、ハチ、イチ、ロク、ハチ",
        )],
    );
}

#[test]
fn parts_said_by_their_turn_or_as_the_head() {
    check(
        "マイナンバーを3回に分けて言います。\n1回目、4594。\n2回目、4102。\n3回目、4374。",
        &[
            ("my_number", "4594"),
            ("my_number", "4102"),
            ("my_number", "4374"),
        ],
    );
    check(
        "返金先の口座ですけど、覚えてるのは頭が 055 で…\n（10分後 かけ直し）見つかりました、続きは 2210 です。",
        &[("bank_account", "055"), ("bank_account", "2210")],
    );
}

#[test]
fn a_dumps_rows_are_named_by_the_create_table_above() {
    check(
        "CREATE TABLE jinji.shain (\n  shain_id   INT PRIMARY KEY,\n  kojin_no   CHAR(12)   COMMENT '個人番号',\n  nenkin_no  VARCHAR(11) COMMENT '基礎年金番号',\n  kouza_no   CHAR(7)    COMMENT '給与振込口座番号'\n);\nINSERT INTO `shain` VALUES (6681, '938145443081', '4146-874220', '5469460');",
        &[
            ("my_number", "938145443081"),
            ("pension_number", "4146-874220"),
            ("bank_account", "5469460"),
        ],
    );
}

#[test]
fn a_caller_looking_for_their_card_between_its_groups() {
    check(
        "00:12:04 客: カードは、2445、2845、えっと、ちょっと待ってください、7527、0557",
        &[(
            "credit_card",
            "2445、2845、えっと、ちょっと待ってください、7527、0557",
        )],
    );
}

#[test]
fn a_json_objects_first_line_is_no_tables_header() {
    let text = "{\"pharmacy\":\"みなと薬局 本牧店\",\"kohi\":[\n  {\"futansha\":\"54141940\",\"jukyusha\":\"5603105\"},\n  {\"futansha\":\"52140010\",\"jukyusha\":\"1782259\"}\n]}";
    check(
        text,
        &[
            ("public_expense_payer", "54141940"),
            ("public_expense_recipient", "5603105"),
            ("public_expense_payer", "52140010"),
            ("public_expense_recipient", "1782259"),
        ],
    );
}

#[test]
fn a_yucho_inside_a_value_found_names_no_passbook_after_it() {
    // `ユウチョ９` is the 記号's value (kana and a digit), masked: the 番号 after it
    // is the card's, as a reading of the masked output has it.
    let r = every_kind();
    let out = settled(&r, "記号ユウチョ９\n番号９");
    assert_eq!(out.text, "記号＊＊＊＊＊\n番号＊");
    // A ゆうちょ before the 記号 still makes both a passbook's.
    check(
        "ゆうちょ銀行\n記号 16770\n番号 50111591",
        &[("bank_account", "16770"), ("bank_account", "50111591")],
    );
}

#[test]
fn a_forms_rows_as_a_values_parts() {
    let found =
        found("マイナンバー記入欄（4桁ずつ3段）\n上段 2407\n中段 9605\n下段 0234\n記入者 ☑本人");
    for part in ["2407", "9605", "0234"] {
        assert!(
            found.contains(&("my_number".to_owned(), part.to_owned())),
            "{part}: {found:?}"
        );
    }
}
