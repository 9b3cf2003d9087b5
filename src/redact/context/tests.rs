//! The context reading's rules, one by one: [`widen`] on the scanner's findings.

use super::widen;
use crate::redact::{scan, Kind, KindSet};

/// The findings of `text` (all kinds but phone and e-mail) after the context
/// reading, as (kind, value).
pub(super) fn added(text: &str) -> Vec<(Kind, String)> {
    let kinds = KindSet::defaults();
    let checked = scan::find_checked(text, kinds);
    let (all, _) = widen(
        text,
        kinds,
        checked.findings,
        [&[], &[]],
        checked.lines,
        &checked.refused,
    );
    all.into_iter()
        .map(|f| (f.kind, text[f.start..f.end].to_owned()))
        .collect()
}

pub(super) fn values(text: &str) -> Vec<String> {
    added(text).into_iter().map(|(_, v)| v).collect()
}

#[test]
fn a_label_line_above_with_notes_between() {
    assert_eq!(
        added("口座番号\n※確認済み\n（念のため再送します）\n２05８06０7"),
        [(Kind::BankAccount, "２05８06０7".to_owned())]
    );
    // An address or a date between the label and its value is no value of its own.
    assert_eq!(
        added("保険者番号\n〒150-0001 東京都渋谷区\n06130013"),
        [(Kind::InsurerNumber, "06130013".to_owned())]
    );
    assert_eq!(
        values("マイナンバー\n2025年3月31日までに提出\n1234 5678 9010"),
        ["1234 5678 9010"]
    );
    // Past a line with a value of its own, a label line above no longer governs.
    assert_eq!(
        values("下記のカードで登録します。\nカード番号 4539 5787 6362 1486\n山田 070-8287-4690"),
        ["4539 5787 6362 1486"]
    );
}

#[test]
fn a_heading_governs_its_block_until_a_blank_line() {
    assert_eq!(
        added("■年金番号について\n手帳の番号：1234-567891"),
        [(Kind::PensionNumber, "1234-567891".to_owned())]
    );
    assert!(values("■年金番号について\n\n\n受付は 1234-567891 です").is_empty());
}

#[test]
fn a_label_after_the_value() {
    assert_eq!(values("1234567（口座番号）"), ["1234567"]);
    assert_eq!(
        values("6913818 と 80017957 （受給者番号と負担者番号）"),
        ["6913818", "80017957"]
    );
}

#[test]
fn a_table_header_governs_its_column() {
    let csv = "受付ID,受付日時,氏名,保険者番号,記号,番号\nA20241001-0007,2024/10/01 09:12,山田 太郎,0113001,国保板橋,40211";
    let found = values(csv);
    assert!(found.contains(&"0113001".to_owned()), "{found:?}");
    assert!(found.contains(&"国保板橋".to_owned()), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|v| v.contains("0007") || v.contains("2024")),
        "{found:?}"
    );
}

#[test]
fn negative_words_block_the_nearest_number() {
    for text in [
        "注文番号 123456789011",
        "お問い合わせ番号：3398-1015-7720",
        "レターパックの番号は 3451-2209-8875 です",
        "保険者所在地 浜松市中区砂山町 325-6",
        "電話 0312345678",
    ] {
        assert!(values(text).is_empty(), "{text}");
    }
    // A label right after the value outweighs a negative word further off.
    assert_eq!(
        values("第一営業支店（251）の2964810（普通口座）"),
        ["2964810"]
    );
}

#[test]
fn a_run_is_masked_whole() {
    assert_eq!(
        added("マイナンバー 1234 5678 9018 1112"),
        [(Kind::MyNumber, "1234 5678 9018 1112".to_owned())]
    );
    // The rest of a value broken across a line end: after a line the scanner
    // masked whole (which the context pass passes over), a ー between groups and a
    // full-width space at the end included; not after a line that goes on past it.
    assert_eq!(values("個人番号 1234 5678\n9012"), ["1234 5678", "9012"]);
    assert_eq!(values("個人番号 1234ー5678\n9012"), ["1234ー5678", "9012"]);
    assert_eq!(
        values("マイナンバー：1234 5678\u{3000}\n9012"),
        ["1234 5678", "9012"]
    );
    assert_eq!(values("個人番号 1234 5678 です\n9012"), ["1234 5678"]);
}

#[test]
fn components_of_an_insurance_card() {
    assert_eq!(values("記号 市川 番号 0158773"), ["市川", "0158773"]);
    assert_eq!(
        values("記号は「な-4」、番号は「1120」です"),
        ["な-4", "1120"]
    );
    assert_eq!(
        values("旧 06040240 2201・75（保険変更）"),
        ["06040240 2201", "75"]
    );
    // 記号と番号 is no value.
    assert!(values("記号と番号を入力してください").is_empty());
}

#[test]
fn dates_amounts_quantities_versions_stay() {
    for text in [
        "マイナンバーカードの有効期限 2030 年",
        "保険者番号の変更日 2026/11/25",
        "口座番号の件、¥12,800 をお振込みください",
        "受給者番号 ロキソプロフェン60mg 3錠",
        "バージョン 17.4.1",
        "被保険者番号の欄が読めません。20270513に受診しました",
        "カード番号 入力例 10:30",
        "控えのP.20を見ながら",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
}

#[test]
fn labels_in_every_writing() {
    for text in [
        "こうざばんごう 1234567",
        "ｺｳｻﾞ 1234567",
        "kouza bangou: 1234567",
        "Account No. 1234567",
    ] {
        assert_eq!(values(text), ["1234567"], "{text}");
    }
    assert_eq!(values("ＫＯＵＺＡ １２３４５６７"), ["１２３４５６７"]);
}

#[test]
fn the_scanner_notes_the_numbers_a_label_right_before_them_refused() {
    let text = "受付番号：1234-5678-9012\n連絡先は090-1234-5678です\n注文番号 A-1\n";
    let refused = |kinds: KindSet| {
        let checked = scan::find_checked(text, kinds);
        checked
            .refused
            .iter()
            .map(|&(s, e)| text[s..e].to_owned())
            .collect::<Vec<_>>()
    };
    // (A letter and a digit past a hyphen are one value, as a 記号's are.)
    assert_eq!(
        refused(KindSet::defaults()),
        ["1234-5678-9012", "090-1234-5678", "A-1"]
    );
    // Phone numbers asked for are findings, not refused.
    assert_eq!(
        refused(KindSet::defaults().with(&Kind::Phone)),
        ["1234-5678-9012", "A-1"]
    );
}

#[test]
fn a_refused_number_stays_refused_under_a_heading_that_names_a_kind() {
    assert!(values("■マイナンバーについて\n受付番号：1234 5678 9012").is_empty());
    assert!(values("【口座の変更】\n連絡先は 090-1234-5678 です").is_empty());
    // Without the negative label, the heading governs.
    assert_eq!(
        values("■マイナンバーについて\n番号：1234 5678 9012"),
        ["1234 5678 9012"]
    );
}

#[test]
fn amounts_postal_codes_rooms_and_doses_are_never_values() {
    for text in [
        "口座番号：¥12,800",
        "口座番号：￥１２，８００",
        "保険者番号 〒150-0001",
        "口座番号 3,000円",
        "口座番号 1506号室",
        "マイナンバー 60mg",
        "口座番号 ２.５ｇ",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A value next to them still is one.
    assert_eq!(values("口座番号 1234567（手数料 ¥220）"), ["1234567"]);
}

#[test]
fn a_value_broken_over_lines_of_its_own() {
    // As a phone's form or an OCR splits it: each line alone, under its label.
    assert_eq!(
        values("マイナンバー\n1234\n5678\n9011"),
        ["1234", "5678", "9011"]
    );
    // Lines of other words end it.
    assert_eq!(
        values("マイナンバー\n1234\n5678\n受付番号\n9011"),
        ["1234", "5678"]
    );
    // Its last digits alone on the next line, after ten on the label's.
    assert_eq!(values("個人番号：9257 6373 40\n09"), ["9257 6373 40", "09"]);
    // Typed in two chat messages, each after the speaker's name.
    let chat = "[10:02] 係: 新しいカード番号をご入力ください。\n[10:03] 客: 5577 6767\n[10:04] 客: 8380 7828\n[10:05] 客: 途中で送ってしまいました";
    assert_eq!(values(chat), ["5577 6767", "8380 7828"]);
    // Another speaker's number is no part of it.
    let chat = "[10:02] 係: 新しいカード番号をご入力ください。\n[10:03] 客: 5577 6767\n[10:04] 係: 8380 7828";
    assert_eq!(values(chat), Vec::<String>::new());
}

#[test]
fn a_list_under_one_label_and_its_corrections() {
    // The values after the first, of the same shape, in later lines of a chat.
    let chat = "田中：受給者番号の確認お願いします\n森：佐藤さま 5047527\n森：小川さま 0038349\n森：正しくは 8327322 でした";
    assert_eq!(values(chat), ["5047527", "0038349", "8327322"]);
    // A correction on the same line, after the label's own value.
    assert_eq!(
        values("口座番号を5894646と書きましたが、正しくは5894664です。"),
        ["5894646", "5894664"]
    );
    // A date or a phone number below is what it looks like.
    assert_eq!(
        values("受給者番号: 7921505\n有効期間：20250123〜\n山田 09010043101"),
        ["7921505"]
    );
    // After a card's component, the generic word of the next line names the next.
    assert_eq!(values("Symbol: 2714\nNumber: 96"), ["2714", "96"]);
    // A card's component named for several values alike in one sentence.
    assert_eq!(values("枝番は私が「01」、主人が「00」です。"), ["01", "00"]);
    // Not a value of another length after it.
    assert_eq!(values("枝番は「01」、家族は3人、部屋は 205 です。"), ["01"]);
}

#[test]
fn an_insurance_card_s_branch_in_english() {
    // The 枝番 is the card's "branch number"; a bank's branch code is not.
    let md = "Insurer No | Symbol | Number | Branch\n--- | --- | --- | ---\n01238377 | 847 | 823284 | 00";
    assert_eq!(values(md), ["01238377", "847", "823284", "00"]);
    let json = "{\"insurance\": {\"symbol\": \"12\", \"number\": \"1204\", \"branch\": \"03\"},\n\"bank\": {\"branch_code\": \"177\", \"kouza\": \"7071953\"}}";
    assert_eq!(values(json), ["12", "1204", "03", "7071953"]);
}

#[test]
fn a_length_on_the_label_line_is_no_value_of_its_own() {
    assert_eq!(
        values("マイナンバー（12桁）\n123456789011"),
        ["123456789011"]
    );
}

#[test]
fn romaji_labels_glued_to_their_number_word() {
    assert_eq!(
        added("hokenshabango 06131234"),
        [(Kind::InsurerNumber, "06131234".to_owned())]
    );
    assert_eq!(
        added("kouzabangou 1234567"),
        [(Kind::BankAccount, "1234567".to_owned())]
    );
    // Not inside a longer word.
    assert!(values("hokenshabangoux 06131234").is_empty());
}

#[test]
fn identifiers_and_a_chat_speaker() {
    // `ID` before a number names an identifier; `customer:` a chat's speaker.
    assert_eq!(
        values("カード番号 4539 5787 6362 1486\n決済ID 7721-0046-1182-5539"),
        ["4539 5787 6362 1486"]
    );
    assert_eq!(
        values("customer: unten menkyo no bangou wa kore desu\ncustomer: 626555702093"),
        ["626555702093"]
    );
    assert!(values("Customer ID: 12345678").is_empty());
}

#[test]
fn a_speaker_named_by_a_negative_word_labels_nothing_below() {
    // `窓口:` and `受付:` say who speaks: the question two lines up still names the
    // answer.
    assert_eq!(
        added("佐藤: 負担者番号も？\n窓口: はい、お願いします\n佐藤: 15290042"),
        [(Kind::PublicExpensePayer, "15290042".to_owned())]
    );
    assert_eq!(
        values("負担者番号を教えてください\n受付：はい\n15290042"),
        ["15290042"]
    );
    // A label line of its own still blocks.
    assert!(values("負担者番号を教えてください\n受付番号\n15290042").is_empty());
    assert!(values("負担者番号を教えてください\n受付:\n15290042").is_empty());
}

#[test]
fn a_value_named_as_the_subject_of_its_label_with_spaces_between() {
    assert_eq!(
        added("4186904 が受給者番号で、88354428 が負担者番号です。")
            .first()
            .cloned(),
        Some((Kind::PublicExpenseRecipient, "4186904".to_owned()))
    );
}

#[test]
fn a_word_on_the_line_above_a_value_alone_is_as_tight_as_one_before_it() {
    assert_eq!(
        added("三菱UFJ銀行 新宿支店\n1234567"),
        [(Kind::BankAccount, "1234567".to_owned())]
    );
    assert_eq!(
        added("返金先\nみずほ銀行\n渋谷支店\n7654321\nヤマダ タロウ"),
        [(Kind::BankAccount, "7654321".to_owned())]
    );
    // Not a phone number, nor a value with more on its line.
    assert!(added("新宿支店\n03-1234-5678").is_empty());
    assert!(added("新宿支店\n1234567 の件").is_empty());
    // As tight, a card's component on the line above takes a digit of its own.
    assert_eq!(
        added("枝番は？\n1"),
        [(Kind::InsuredNumber, "1".to_owned())]
    );
}

#[test]
fn a_legend_s_labels_parted_by_to() {
    assert_eq!(
        added("06130013 1234 56（保険者番号と記号と番号）"),
        [
            (Kind::InsurerNumber, "06130013".to_owned()),
            (Kind::InsuredNumber, "1234".to_owned()),
            (Kind::InsuredNumber, "56".to_owned()),
        ]
    );
}

#[test]
fn a_symbol_in_kanji_behind_a_json_key() {
    assert_eq!(
        values(r#"{"hokensha_no": "31131253", "kigo": "文科-8", "bango": "40022"}"#),
        ["31131253", "文科-8", "40022"]
    );
}

#[test]
fn a_symbol_may_start_with_a_card_s_word() {
    // 国保 is a word of its own, and here the 記号's start.
    assert_eq!(
        values(r#"{"insurer_no":"017020","kigo":"国保16","bango":"770996"}"#),
        ["017020", "国保16", "770996"]
    );
}

#[test]
fn a_symbol_over_its_number_under_a_romaji_word() {
    // The scanner leaves `bango`'s number to the context: the 記号 above it is read
    // all the same, in YAML and in XML.
    assert_eq!(
        values("  symbol: \"大阪市淀\"\n  number: \"2209817\""),
        ["大阪市淀", "2209817"]
    );
    assert_eq!(
        values("<InsuredCardSymbol>国家公務</InsuredCardSymbol>\n<InsuredCardNumber>1234</InsuredCardNumber>"),
        ["国家公務", "1234"]
    );
    // A word tied by の to what follows is prose.
    assert_eq!(values("記号は下記の通り\n番号 1234567"), ["1234567"]);
}

#[test]
fn a_symbol_in_hiragana_in_quotes() {
    assert_eq!(
        values(
            r#""hokensha_bangou": "119511", "hihokensha_kigou": "さいたま", "hihokensha_bango": "2093312""#
        ),
        ["119511", "さいたま", "2093312"]
    );
    // Unquoted, or not closed by its quote, hiragana is prose.
    assert_eq!(
        values("記号は「よろしくおねがいします」\n番号 1234567"),
        ["1234567"]
    );
}

#[test]
fn a_symbol_and_a_branch_in_chinese() {
    assert_eq!(
        values("保险者番号：01132570\n记号：13110422　号码：2751　枝号：00"),
        ["01132570", "13110422", "2751", "00"]
    );
    assert_eq!(values("记号は 船橋、号码は 2093312"), ["船橋", "2093312"]);
}

#[test]
fn a_json_member_is_no_table_header() {
    // Its trailing comma is no delimiter: `"card"` names no column below.
    assert_eq!(
        values("{\n  \"cardType\": \"shaho\",\n  \"insurerNumber\": \"06133813\",\n}"),
        ["06133813"]
    );
}

#[test]
fn one_person_a_column_aligned_with_spaces() {
    // The word of the first cell keys every value after a gap; 番号 under 記号 is
    // the card's number, however short.
    let text = "　　　　　　父　　　　　　母\n記号　　　　6620　　　　6620\n番号　　　　181　　　　 181\n枝番　　　　00　　　　　01";
    assert_eq!(values(text), ["6620", "6620", "181", "181", "00", "01"]);
}

#[test]
fn a_bare_number_word_in_a_card_s_record_is_the_card_s() {
    // 番号 alone names a short number when a 記号 was named just above: an audit
    // log's field, past another key's value on its line.
    let log = "user=op12 patient=P0048812 field=kigo old=6693 new=92312\n\
               user=op12 patient=P0048812 field=bango old=162 new=304";
    assert_eq!(values(log), ["6693", "92312", "162", "304"]);
    let sql = "-- kigo=11892\nUPDATE card SET bango = '11829'";
    assert_eq!(values(sql), ["11892", "11829"]);
    // Without a 記号 near, a short number after 番号 stays.
    assert!(values("user=op12 patient=P0048812 field=bango old=162").is_empty());
    // Nor does a negative word's value before 番号 let it name one (a ticket's).
    assert!(values("料金 600円  券番号 344326").is_empty());
}

#[test]
fn records_of_back_office_tools() {
    // A card's short number after its 記号 on the line.
    assert_eq!(
        values(
            r#"{"insurer_no":"01270834","card_symbol":"27100314","card_no":"1086","branch_no":"00"}"#
        ),
        ["01270834", "27100314", "1086", "00"]
    );
    // An audit export: the column's name two cells before its new value.
    let csv = "changed_at,actor,column,old_value,new_value\n2025-06-13T09:12:33,batch,jukyusha_no,2351955,2757763";
    assert_eq!(values(csv), ["2351955", "2757763"]);
    // SQL: an INSERT's columns over its VALUES.
    let sql = "INSERT INTO t\n  (patient_id, hknja_no, kigo, bango, edaban, copay_rate)\nVALUES\n  (30291, '06279145', '2140', '39', '02', 20);";
    assert_eq!(values(sql), ["06279145", "2140", "39", "02"]);
    // An ini file's comment names the value before it.
    assert_eq!(values("v2 = 17              ; kigo"), ["17"]);
}

#[test]
fn abbreviations_of_a_public_expense_card() {
    assert_eq!(
        added("公負 54238035／受番 5718523"),
        [
            (Kind::PublicExpensePayer, "54238035".to_owned()),
            (Kind::PublicExpenseRecipient, "5718523".to_owned())
        ]
    );
}

#[test]
fn a_symbol_in_kanji_in_a_key_value_table() {
    let md =
        "| 項目 | 値 |\n|---|---|\n| 保険者No. | 141549 |\n| 記号 | 横浜港北 |\n| 番号 | 0041827 |";
    assert_eq!(values(md), ["141549", "横浜港北", "0041827"]);
}

#[test]
fn a_symbol_in_kanji_in_a_column_a_legend_names() {
    let text = "列は左から「患者ID／保険者番号／記号／番号／枝番」。\n\
                A-20019\t33218801\t東452\t221\t01\n\
                A-20027\t437657\t市国\t8786013\t";
    assert_eq!(
        values(text),
        ["33218801", "東452", "221", "01", "437657", "市国", "8786013"]
    );
}

#[test]
fn a_symbol_in_kanji_on_a_line_of_its_own_or_after_a_bracketed_label() {
    // Beside the card's number on the next line.
    assert_eq!(
        values("保険者番号 270439\n記号 大阪\n番号 1234567"),
        ["270439", "大阪", "1234567"]
    );
    // Without a card's number beside it, prose stays.
    assert!(values("記号 大阪\nよろしくお願いします").is_empty());
    assert_eq!(values("［記号］都職　［番号］20417"), ["都職", "20417"]);
    assert_eq!(values("記号→ホ　番号→91222"), ["ホ", "91222"]);
}

#[test]
fn a_stack_of_labels_and_its_values_in_the_same_order() {
    // A form read by OCR: the labels, then the values, pairing from the last.
    let ocr =
        "【処方箋】\n公費負担者番号\n受給者番号\n15111883\n8411647\n交付年月日 令和8年2月27日";
    assert_eq!(
        added(ocr),
        [
            (Kind::PublicExpensePayer, "15111883".to_owned()),
            (Kind::PublicExpenseRecipient, "8411647".to_owned())
        ]
    );
    // One label line over two values is no stack, nor is a greeting a label, nor a
    // date a value.
    assert_eq!(
        values("お問い合わせ番号\n15111883\n8411647"),
        Vec::<String>::new()
    );
    assert_eq!(
        added("お問い合わせありがとうございます。\n年金番号\n4111  275477\n2026年11月25日に届きました。"),
        [(Kind::PensionNumber, "4111  275477".to_owned())]
    );
}

#[test]
fn a_question_for_the_next_component_and_its_answer() {
    let call =
        "係：記号をお願いします。\n客：記号は 96381544。\n係：番号をお願いします。\n客：320。";
    assert_eq!(values(call), ["96381544", "320"]);
    // Without a card's value before it, a 番号 asked for names no short number.
    assert_eq!(
        values("係：番号をお願いします。\n客：320。"),
        Vec::<String>::new()
    );
}

#[test]
fn four_digit_groups_parted_by_an_odd_mark() {
    assert_eq!(
        values("mynumber=7452_0381_6575 doc=card.jpg"),
        ["7452_0381_6575"]
    );
    assert_eq!(values("個人番号／8682/6809/8178"), ["8682/6809/8178"]);
    assert_eq!(
        values("新しいカードは\n4926・0617・2492・6964\nです"),
        ["4926・0617・2492・6964"]
    );
    // A date or two groups stay apart.
    assert_eq!(values("個人番号の届出日 2026/0302"), Vec::<String>::new());
}

#[test]
fn a_symbol_s_kanji_count_toward_its_length() {
    assert_eq!(
        values("{\n  \"symbol\": \"千代田5\",\n  \"number\": \"669772\"\n}"),
        ["千代田5", "669772"]
    );
}

#[test]
fn approval_codes_file_sizes_and_bank_codes_are_no_values() {
    assert_eq!(
        values("カード 4088 1915 3237 2418 の件、承認番号は 919618 です"),
        ["4088 1915 3237 2418"]
    );
    assert_eq!(
        values("保険者番号 06240204\n添付: jukyusha.jpg (1217KB), hokensho.heic (1.3MB)"),
        ["06240204"]
    );
    assert_eq!(
        values("refund_to bank_code=0009 type=futsu account=0597961 amount=1980"),
        ["0597961"]
    );
    // A phone number under a question about a card's number is a phone number.
    assert_eq!(
        values("マイナ保険証にしたので番号は書かなくていいですか？\n日中は 070-3648-7099 に連絡ください。"),
        Vec::<String>::new()
    );
}

#[test]
fn tables_drawn_with_boxes_and_digits_in_boxes() {
    let drawn = "┌────┬────┐\n│公費負担者番号│受給者番号│\n├────┼────┤\n│52272788│2778652│\n│　　　　│8026148│\n└────┴────┘";
    let found = values(drawn);
    assert!(found.contains(&"8026148".to_owned()), "{found:?}");
    // One digit per box of a printed form.
    assert_eq!(
        added("個人番号　｜3｜8｜4｜1｜2｜6｜3｜6｜3｜3｜9｜0｜"),
        [(
            Kind::MyNumber,
            "3｜8｜4｜1｜2｜6｜3｜6｜3｜3｜9｜0".to_owned()
        )]
    );
}

#[test]
fn a_row_s_key_names_its_values_under_a_column_that_does_not() {
    let md = "|項目|請求者|配偶者|\n|---|---|---|\n|基礎年金番号|9092-305360|8142-318004|";
    assert_eq!(values(md), ["9092-305360", "8142-318004"]);
    // A word in a data cell is no key: a negative column still blocks.
    let md = "| # | ブランド | カード番号 | 決済ID |\n|---|---|---|---|\n| 1 | VISA | 4687-7743-3548-4418 | 7053678922775713 |";
    assert_eq!(values(md), ["4687-7743-3548-4418"]);
}

#[test]
fn staff_abbreviations_and_simplified_characters() {
    assert_eq!(
        added("保番：01336882\n枝 02"),
        [
            (Kind::InsurerNumber, "01336882".to_owned()),
            (Kind::InsuredNumber, "02".to_owned())
        ]
    );
    assert_eq!(values("支店：駅前（店番600）/ 口番：0335200"), ["0335200"]);
    assert_eq!(
        added("公费负担者番号是88271614，受给者番号是1807783"),
        [
            (Kind::PublicExpensePayer, "88271614".to_owned()),
            (Kind::PublicExpenseRecipient, "1807783".to_owned())
        ]
    );
}

#[test]
fn romaji_and_short_card_words_name_a_card() {
    for text in [
        "kurejitto kaado 4980 0000 0000 0004",
        "cc: 4980 0000 0000 0004",
    ] {
        assert_eq!(values(text), ["4980 0000 0000 0004"], "{text}");
    }
    // An e-mail's copy line is no card's.
    assert_eq!(
        values("CC: taro@example.jp 090-1234-5678"),
        Vec::<String>::new()
    );
}

#[test]
fn a_bank_or_branch_names_the_account_right_after_it_not_its_code() {
    assert_eq!(values("秋田駅前支店 9708689（普通預金）"), ["9708689"]);
    assert_eq!(values("秋田駅前支店 9708689 に振り込みます"), ["9708689"]);
    assert_eq!(values("城南信用金庫 船橋支店 7774506"), ["7774506"]);
    assert_eq!(values("ゆうちょ 10180-12345671"), ["10180-12345671"]);
    assert_eq!(values("通帳の番号は 1234567 です"), ["1234567"]);
    // A bank's or branch's code, a number past a bracket or in the next cell, and
    // a number before the bank's name are no account of it.
    for text in [
        "みずほ銀行 0001 渋谷支店 137",
        "支店：駅前（店番600）",
        "（十六銀行 岐阜駅前支店）\t058-263-4417",
        "返金ID 20241019 みずほ銀行 横浜駅前支店",
    ] {
        assert_eq!(values(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_list_of_components_is_parted_by_commas_or_to() {
    // An amount after a 枝番 is no second 枝番.
    assert_eq!(values("山田 太郎　枝番 00　自己負担額 86,430円"), ["00"]);
    assert_eq!(
        values("記号 848 番号 517／ 枝番 01〜03（家族）"),
        ["848", "517", "01", "03"]
    );
    // A footnote's mark is no part of the value after it.
    assert_eq!(values("保険者番号※2　39145727"), ["39145727"]);
}

#[test]
fn a_symbol_in_hiragana_starts_its_cell() {
    let listing = "PTID    NAME      INSURER   KIGO   BANGO   EDA\n000383  ｵｵﾀ ﾕｳｺ   31060098  よ5    957364  01";
    assert!(values(listing).contains(&"よ5".to_owned()));
    // After a label, hiragana is a particle, not the 記号's.
    assert_eq!(values("記号は12 番号 345"), ["12", "345"]);
}

#[test]
fn timestamps_bank_codes_and_registered_mail_are_no_values() {
    assert_eq!(
        values("{\"ts\":\"2026-04-17T09:12:44+09:00\",\"card\":{\"number\":\"3532505563560316\"}}"),
        ["3532505563560316"]
    );
    // A ticket's number after its sign, beside a card's words.
    assert_eq!(
        values("チケット #6012 公費情報 修正履歴\n#5823 保険証情報の修正依頼"),
        Vec::<&str>::new()
    );
    // A log line's timestamp under a card's word: its day and hour are no 記号.
    assert_eq!(
        values("kind=insurance_card\n2025-12-05T11:02:13.415Z DEBUG kigo=37495743 bango=17"),
        ["37495743", "17"]
    );
    assert_eq!(
        values("refund queued bank=0005 branch_code=600 account_no=6134678"),
        ["6134678"]
    );
    assert_eq!(
        values("個人番号 8190‐6577‐4967 ／ 書留 5797 7905 5216"),
        ["8190‐6577‐4967"]
    );
}

#[test]
fn a_label_in_brackets_names_the_value_before_it() {
    // Not the value after it, which has a label of its own.
    assert_eq!(
        added("12144119（負担者番号）／5317201（受給者番号）"),
        [
            (Kind::PublicExpensePayer, "12144119".to_owned()),
            (Kind::PublicExpenseRecipient, "5317201".to_owned())
        ]
    );
    // A card's components named after them, joined by `・`.
    assert_eq!(
        values("06137566（保険者）、12・345（記号・番号）"),
        ["06137566", "12", "345"]
    );
    // A label with a value of its own inside the brackets names that one.
    assert_eq!(
        values("被保険者番号 79492828（保険者番号は1)と同じです）"),
        ["79492828"]
    );
    // Components only in brackets: an error code before its description is none.
    assert!(values("E102 枝番桁数").is_empty());
}

#[test]
fn stacked_labels_over_a_rule_and_a_symbol_in_kana() {
    assert_eq!(
        added("保険者番号\n記号\n番号\n------\n147009\nイ55\n835957\n------"),
        [
            (Kind::InsurerNumber, "147009".to_owned()),
            (Kind::InsuredNumber, "イ55".to_owned()),
            (Kind::InsuredNumber, "835957".to_owned())
        ]
    );
}

#[test]
fn a_table_drawn_with_double_lines() {
    let text = "╔════╦════╗\n║ 公費負担者番号 ║ 受給者番号 ║\n╠════╬════╣\n║ 54116777 ║ 1058189 ║\n╚════╩════╝";
    assert_eq!(
        added(text),
        [
            (Kind::PublicExpensePayer, "54116777".to_owned()),
            (Kind::PublicExpenseRecipient, "1058189".to_owned())
        ]
    );
}

#[test]
fn employee_and_policy_numbers_are_no_values() {
    assert!(values("社員番号は 260735 です。").is_empty());
    assert!(values("\"employee_no\": \"290686\",").is_empty());
}

#[test]
fn a_misread_letter_keeps_a_list_alike() {
    assert_eq!(
        values("旅券番号を共有します。\n佐野 恭平：TK6244971\n村上 里奈：MU96O8510（OCR）"),
        ["TK6244971", "MU96O8510"]
    );
    // A 記号 with a variation selector on its kanji.
    assert_eq!(
        values("記号「葛\u{E0100}飾35」、番号「901135」"),
        ["葛\u{E0100}飾35", "901135"]
    );
}

#[test]
fn a_call_log_s_speaker_and_an_account_type_ending_its_line() {
    // `顧客:` is a speaker, not a customer number's label; `普通の` at a line's end
    // names the account read out below it.
    assert_eq!(
        added("顧客: えー 常陽銀行の 水戸支店 で 普通の\n顧客: 7 6 0 8 6 0 6 です"),
        [(Kind::BankAccount, "7 6 0 8 6 0 6".to_owned())]
    );
    assert!(values("顧客番号: 60817886").is_empty());
    assert!(values("普通の人は 1234567 を知りません").is_empty());
}

#[test]
fn a_json_key_after_a_value_is_the_next_key_s() {
    assert_eq!(
        values(r#"{"patient":"2097260","kouhi_futansha":"21132410","kouhi_jukyusha":"7182819"}"#),
        ["21132410", "7182819"]
    );
}

#[test]
fn a_value_broken_by_a_quoted_mail_s_line_end_goes_on_after_the_marks() {
    assert_eq!(
        values(">> 妻のマイナンバーは 7066 4170 10\n>> 35 で\n>> す。"),
        ["7066 4170 10", "35"]
    );
}

#[test]
fn negative_words_in_kana_block_a_generic_number() {
    assert!(values("ちゅうもん　ばんごう　97405429").is_empty());
    assert!(values("かいいんばんごう　56906953").is_empty());
    assert!(values("よやくばんごう　56906953").is_empty());
    assert!(values("といあわせばんごう　12345678").is_empty());
    assert_eq!(values("ほけんしゃばんごう　06133748"), ["06133748"]);
}

#[test]
fn labour_insurance_certificates_and_e_filing_receipts_are_no_values() {
    assert!(values("労働保険番号 13-1-01-775722-000").is_empty());
    assert!(values("定期預金 — 証書番号 350535").is_empty());
    assert!(values("到達番号：209796733725369879").is_empty());
}

#[test]
fn a_chat_s_timestamps_are_no_values_between_a_label_and_its_value() {
    assert_eq!(
        added("18:21 高田 ゆき: 年金の番号これです\n18:21 高田 ゆき: [写真]\n18:22 高田 ゆき: 3345 509237"),
        [(Kind::PensionNumber, "3345 509237".to_owned())]
    );
}

#[test]
fn a_corrected_component_under_a_note_and_a_rule() {
    assert_eq!(
        values(
            "ほけんしょうの きごう と ばんごう おくります\nきごう 66142410\nばんごう 296\n（手でうちました）\n──\nごめんなさい ばんごう まちがえてました\nただしくは 496 です"
        ),
        ["66142410", "296", "496"]
    );
}

#[test]
fn a_table_drawn_with_heavy_lines() {
    let text = "┏━━━━┳━━━━┓\n┃ 公費負担者番号 ┃ 受給者番号 ┃\n┣━━━━╋━━━━┫\n┃ 28137016 ┃ 4402917 ┃\n┃ 12135208 ┃ 3016624 ┃\n┗━━━━┻━━━━┛";
    assert_eq!(
        added(text),
        [
            (Kind::PublicExpensePayer, "28137016".to_owned()),
            (Kind::PublicExpenseRecipient, "4402917".to_owned()),
            (Kind::PublicExpensePayer, "12135208".to_owned()),
            (Kind::PublicExpenseRecipient, "3016624".to_owned())
        ]
    );
}

#[test]
fn a_rule_between_the_header_and_the_rows_keeps_the_table() {
    // Light bars with rules of dashes alone (no crossings), and an ASCII table.
    let drawn = "─────────\n 続柄 │ 保険者番号 │ 記号 │ 番号\n─────────\n 本人 │ 01130012 │ 512 │ 7730\n 長男 │ 01130012 │ 512 │ 7731\n─────────";
    assert_eq!(
        values(drawn),
        ["01130012", "512", "7730", "01130012", "512", "7731"]
    );
    let ascii = "+------+------------+\n| 区分 | 受給者番号 |\n+------+------------+\n| 難病 | 5021346 |\n| 自立 | 7318825 |\n+------+------------+";
    assert_eq!(values(ascii), ["5021346", "7318825"]);
    // Without a header, a rule starts no table: the numbers stay.
    assert!(values("────────\n 本人 │ 512 │ 7730\n────────").is_empty());
}

#[test]
fn a_card_cut_after_three_groups_goes_on_below() {
    assert_eq!(
        values("カード番号 4539 5787 6362\n1486 有効期限 11/28"),
        ["4539 5787 6362", "1486"]
    );
    // Not a date or a time that starts the next line.
    assert_eq!(
        values("カード番号 4539 5787 6362\n2026年4月9日に登録"),
        ["4539 5787 6362"]
    );
}

#[test]
fn an_underscore_parts_the_words_of_a_key() {
    assert_eq!(
        added("resource=patient/P0073321 field=my_number old=\"063693735901\""),
        [(Kind::MyNumber, "063693735901".to_owned())]
    );
}

#[test]
fn romaji_for_the_insurance_card() {
    assert_eq!(
        added("hokensho no bango wa 4505 desu."),
        [(Kind::InsuredNumber, "4505".to_owned())]
    );
}

#[test]
fn a_value_changed_to_another_keeps_its_kind() {
    assert_eq!(
        added("記号 114523 → 中央8\n口座番号 1234567 -> 0012345"),
        [
            (Kind::InsuredNumber, "114523".to_owned()),
            (Kind::InsuredNumber, "中央8".to_owned()),
            (Kind::BankAccount, "1234567".to_owned()),
            (Kind::BankAccount, "0012345".to_owned())
        ]
    );
    // What was not masked hands nothing on; dates and ratios stay.
    assert!(values("受付 12 → 13\n負担割合 3割 → 2割").is_empty());
    assert_eq!(values("口座番号 1234567 → 2026年4月から"), ["1234567"]);
}

#[test]
fn a_log_s_old_and_new_values_are_of_one_kind() {
    assert_eq!(
        values("field=kigo old=6693 new=92312\n{\"hihoken_bangou\":{\"old\":\"580379\",\"new\":\"469869\"}}"),
        ["6693", "92312", "580379", "469869"]
    );
    // A value not masked hands nothing on.
    assert!(values("field=qty old=3 new=5").is_empty());
}

#[test]
fn a_combined_label_in_romaji_names_both_components() {
    assert_eq!(
        values("\"kigo_bango\": \"タ373 / 0401896\","),
        ["タ373", "0401896"]
    );
    assert_eq!(
        values("| kigo / bango | 560 / 6552724 |"),
        ["560", "6552724"]
    );
}

#[test]
fn a_care_provider_s_number_is_no_value() {
    // 介護保険事業所番号 and 事業所番号 name a provider, not a person.
    assert!(values("当施設の介護保険事業所番号は1474030259です").is_empty());
    assert!(values("デイサービス（事業所番号 1374163167）").is_empty());
    assert_eq!(
        values("介護保険の被保険者番号は1474030259です"),
        ["1474030259"]
    );
}

#[test]
fn a_value_sent_in_two_messages_around_a_remark() {
    // The same speaker's message without a value between the two parts.
    assert_eq!(
        values("14:02 佐藤: マイナンバー送ります\n14:02 佐藤: 3014 3205\n14:03 佐藤: あ、途中で送信しちゃった\n14:03 佐藤: 7682"),
        ["3014 3205", "7682"]
    );
    // So does another speaker's short reply between (on a call: `はい。`).
    assert_eq!(
        values("14:02 佐藤: マイナンバー送ります\n14:02 佐藤: 3014 3205\n14:03 森: 続きをどうぞ\n14:03 佐藤: 7682"),
        ["3014 3205", "7682"]
    );
    assert_eq!(
        values("[00:01:12] 係: マイナンバーをお伺いします。\n[00:01:31] お客様：1291\n[00:01:33] 係：はい。\n[00:01:35] お客様：4350\n[00:01:38] お客様：えー、7290、です。"),
        ["1291", "4350", "7290"]
    );
    // Not a message with a value of its own between, nor a count after.
    assert_eq!(
        values("14:02 佐藤: マイナンバー送ります\n14:02 佐藤: 3014 3205\n14:03 森: 受付は1234です\n14:03 佐藤: 7682"),
        ["3014 3205"]
    );
    assert_eq!(
        values("14:02 佐藤: マイナンバー送ります\n14:02 佐藤: 3014 3205 7682\n14:03 森: はい\n14:03 佐藤: 3枚です"),
        ["3014 3205 7682"]
    );
}

#[test]
fn the_next_line_names_a_value_alone_on_its_own() {
    assert_eq!(values("静岡銀行の浜松支店\n3125437\n普通です"), ["3125437"]);
    assert_eq!(
        added("15:43 私: 静岡銀行の浜松支店\n15:43 私: ３１２５４３７\n15:44 私: 普通です"),
        [(Kind::BankAccount, "３１２５４３７".to_owned())]
    );
    assert_eq!(values("3125437\n↑口座番号です"), ["3125437"]);
    assert_eq!(
        values("123456789012\n（これがマイナンバー）"),
        ["123456789012"]
    );
    assert_eq!(values("3125437\n※それは口座番号"), ["3125437"]);
    // With one word for whose it is (a My Number whose check digit fails).
    assert_eq!(
        values("８５９７・５１０４・９０４９\n　これが私の個人番号（マイナンバー）でございます。"),
        ["８５９７・５１０４・９０４９"]
    );
    // A label that ends the run's sentence, whatever the next sentence holds.
    assert_eq!(
        values("06133748、これが保険者番号です。09546が記号で"),
        ["06133748", "09546"]
    );
    assert_eq!(
        values("06133748、これが保険者番号です！09546が記号で"),
        ["06133748", "09546"]
    );
    // Not a word after other words (`本日の`), another speaker's message, a line with
    // a value of its own, or a year.
    assert!(values("15:43 私: 3125437\n15:44 店員: 普通です").is_empty());
    assert!(values("3125437\n口座番号 1234 は別です").is_empty());
    assert!(values("2026\n保険証をお持ちください").is_empty());
    assert!(values("3125437\n本日の口座番号です").is_empty());
}

#[test]
fn an_sql_insert_on_one_line_names_its_values_by_its_column_list() {
    // The values under `account_no`, far from it, and none of the bank's codes
    // (the scanner's `account` label still takes the first value after it).
    let sql = "INSERT INTO refund_accounts (customer_id, bank_code, branch_code, account_type, account_no, \
               holder_kana, created_at) VALUES (4418270, '0005', '363', 1, '7089529', 'ﾐﾔﾓﾄ, ｼﾞﾛｳ', NOW()), \
               (4418391, '0010', '286', 2, '0137874', 'ｱｵﾊﾞ', NOW());";
    let found = values(sql);
    for v in ["7089529", "0137874"] {
        assert!(found.iter().any(|f| f == v), "{found:?}");
    }
    for v in ["0005", "363", "0010", "286", "4418391"] {
        assert!(!found.iter().any(|f| f.contains(v)), "{found:?}");
    }
}

#[test]
fn a_short_branch_number_under_its_english_word() {
    assert_eq!(
        values("insured_symbol: AB12\ninsured_no: 8686\nbranch_no: 01"),
        ["AB12", "8686", "01"]
    );
}

#[test]
fn a_value_typed_with_odd_marks_between_its_groups() {
    assert_eq!(
        added("（再掲）マイナンバー 9769~5055~7068"),
        [
            (Kind::MyNumber, "9769".to_owned()),
            (Kind::MyNumber, "5055".to_owned()),
            (Kind::MyNumber, "7068".to_owned())
        ]
    );
    assert_eq!(
        values("マイナンバー9892＿3086＿1643"),
        ["9892", "3086", "1643"]
    );
    assert_eq!(values("受給者番号　628・1539"), ["628", "1539"]);
    assert_eq!(values("普通預金 口座番号 856・5224"), ["856", "5224"]);
    // Not an amount's comma, an expiry's slash, or a list of short numbers.
    assert!(values("受給者番号 1234567 上限2,500円")
        .iter()
        .all(|v| v == "1234567"));
    assert!(values("有効期限 12/27").is_empty());
}

#[test]
fn a_phone_word_in_an_aside_between_a_label_and_its_value() {
    // Phone numbers are not asked for here: the word says nothing of the value.
    assert_eq!(values("口座番号（電話で確認済み）1234567"), ["1234567"]);
    assert_eq!(
        values("免許証番号（FAX控え）1274・5813・6269"),
        ["1274・5813・6269"]
    );
}

#[test]
fn camel_case_keys() {
    assert_eq!(
        added("{\"hokenshaNo\": \"32395360\", \"pensionNo\": \"4109-171031\", \"jukyushaNo\": \"1846351\"}"),
        [
            (Kind::InsurerNumber, "32395360".to_owned()),
            (Kind::PensionNumber, "4109-171031".to_owned()),
            (Kind::PublicExpenseRecipient, "1846351".to_owned())
        ]
    );
}

#[test]
fn kunrei_shiki_column_names() {
    let csv =
        "hokenja_bango,kigo,bangou,jukyusya_no,hutansya_no\n34178525,3386,94061,1089564,21261789";
    assert_eq!(
        added(csv).into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        ["34178525", "3386", "94061", "1089564", "21261789"]
    );
}

#[test]
fn a_form_laid_out_with_ideographic_spaces() {
    // Columns aligned with U+3000, a row with a mistyped value between.
    let text = "法別　制度名　　　　　　公費負担者番号　　受給者番号\n\
                15　　更生医療　　　　　15075435　　　5314935\n\
                21　　精神通院　　　　　2127336　　　　0706135\n\
                54　　難病　　　　　　　54122270　　　6900740\n\
                （令和７年４月現在）";
    assert_eq!(
        values(text),
        ["15075435", "5314935", "2127336", "0706135", "54122270", "6900740"]
    );
    // A value far right of its label.
    let far = format!("被保険者証の番号{}308\n生年月日", "\u{3000}".repeat(24));
    assert_eq!(values(&far), ["308"]);
    // The lines below a table that are no rows are read as they are.
    let card = "記号　　　　　　　　番号　　　　　（枝番）\n\
                46448382　　　　　　　371　　　　　　00\n\
                氏名　　　𠮷田　葛子\n\
                生年月日　昭和５３年　８月１２日　　性別　女";
    assert_eq!(values(card), ["46448382", "371", "00"]);
}

#[test]
fn digits_in_the_boxes_of_a_form() {
    assert_eq!(
        values("個人番号［7］［4］［7］［5］［3］［4］［3］［8］［1］［6］［O］［1］"),
        ["7］［4］［7］［5］［3］［4］［3］［8］［1］［6］［O］［1"]
    );
    assert_eq!(
        values("カード会員番号\n［5549］［9679］［7596］［7149］"),
        ["5549］［9679］［7596］［7149"]
    );
    // Dates in brackets side by side are no boxes of one value.
    assert!(values("受付［2025］［04］［01］").is_empty());
}

#[test]
fn a_number_said_aloud_in_parts() {
    assert_eq!(
        values("口頭で聴取（マイナンバー）：8413の4898の0534\n基礎年金番号も：6596の166547"),
        ["8413", "4898", "0534", "6596", "166547"]
    );
    // Spaced as said.
    assert_eq!(
        values("マイナンバーは 1234 の 5678 の 9012"),
        ["1234", "5678", "9012"]
    );
    assert_eq!(
        values("マイナンバー：1234 ・ 5678 ・ 9012"),
        ["1234", "5678", "9012"]
    );
    // Not a count after a value.
    assert_eq!(values("口座番号 1234567 の 3回目"), ["1234567"]);
}

#[test]
fn a_kind_in_brackets_right_after_outweighs_a_word_far_before() {
    assert_eq!(
        values("「カード（5220 4277 6679 0818）への返金じゃなくて、返金は 4762326（普通口座）にお願いします」"),
        ["5220 4277 6679 0818", "4762326"]
    );
}

#[test]
fn keys_in_camel_case_and_cells_parted_by_semicolons() {
    assert_eq!(
        values("{\"kouhiFutanshaBango\": \"52239704\", \"jukyushaBango\": \"7770167\"}"),
        ["52239704", "7770167"]
    );
    assert_eq!(
        values("Insurer No;Symbol;Number;Branch;Copay\n34314286;ABC18;459;;30%\n301929;千代田1;9548;;30%"),
        ["34314286", "ABC18", "459", "301929", "千代田1", "9548"]
    );
}

#[test]
fn labels_as_ocr_misreads_them() {
    assert_eq!(
        values("保検者番号 01131044\n記弓 19133259 番号 3651 技番 03\n口坐番号 5789647"),
        ["01131044", "19133259", "3651", "03", "5789647"]
    );
}

#[test]
fn a_value_said_in_parts_with_words() {
    assert_eq!(
        values(
            "マイナンバー、電話だと聞き取りにくいと思うので分けて送りますね。\n\
             上4桁は2663、\n次が0494、\n最後が0328です。"
        ),
        ["2663", "0494", "0328"]
    );
    assert_eq!(
        values("カード番号の最初の4つが5301、次が6623、その次が2625、最後が3665です。"),
        ["5301", "6623", "2625", "3665"]
    );
    assert_eq!(
        values("基礎年金番号は、手帳の欄に、4桁が4418、6桁が367135と書いてあります。"),
        ["4418", "367135"]
    );
    assert_eq!(
        values("口座番号は上3桁が718、下4桁が9942です"),
        ["718", "9942"]
    );
    assert_eq!(
        values("マイナンバー\n前半 123456\n後半 789012"),
        ["123456", "789012"]
    );
    // Without a label, a part's word names nothing.
    assert!(values("次回の予約は3月です。最後が 1234 でした").is_empty());
    // The end of a value said alone, or of one given whole, is no part of a value
    // said in parts.
    assert!(values("マスターカードの下4桁は2262です。").is_empty());
    assert_eq!(
        values("新カード（JCB）：3543-8853-4384-3324\n旧カード末尾 4469 は削除希望"),
        ["3543-8853-4384-3324"]
    );
}

#[test]
fn a_key_of_its_own_after_a_labelled_value() {
    assert_eq!(
        values(r#"{"recipientNo": "6997431", "limitYen": 10000}"#),
        ["6997431"]
    );
    assert_eq!(values("recipientNo=6997431 limit=10000"), ["6997431"]);
    // A correction's `old:` and `new:` name the label's value again.
    assert_eq!(
        values("口座番号 new: 1234567 old: 7654321"),
        ["1234567", "7654321"]
    );
    // A log line's keys are no values, nor part of the value before them.
    assert_eq!(
        values("hihoken_bango=1042279 kouhi1=88032099 jukyusha1=1299171"),
        ["1042279", "88032099", "1299171"]
    );
}

#[test]
fn amounts_after_a_labelled_value() {
    assert_eq!(values("受給者番号 6997431 上限 10000"), ["6997431"]);
    assert_eq!(values("口座番号 1234567 金額 10000"), ["1234567"]);
}

#[test]
fn tags_tickets_and_branch_codes_are_no_values() {
    assert!(values("#dev-crm\nbuild: 20240612.3 / commit 9b1e4f27c0a8").is_empty());
    assert!(values("【チケット #48213】返金口座変更依頼").is_empty());
    assert!(values("Bank: Yucho\nBranch: 〇二八 (028)").is_empty());
    // An insurance card's branch number (枝番) has two digits.
    assert_eq!(
        values("symbol: 1234 number: 56 branch: 01"),
        ["1234", "56", "01"]
    );
}

#[test]
fn a_card_sent_in_messages_ends_at_sixteen_digits() {
    assert_eq!(
        values(
            "客: カード番号送ります\n客: 4459\n客: 9819\n客: 9384\n客: 6079\n\
             客: きげんは 07/26"
        ),
        ["4459", "9819", "9384", "6079"]
    );
}

#[test]
fn a_time_of_day_is_no_component() {
    assert_eq!(values("[09:58] 客：記号は\n[09:59] 客：西14"), ["西14"]);
}

#[test]
fn staff_words_for_the_card() {
    assert_eq!(values("ﾎｹﾝ 34133314"), ["34133314"]);
    assert_eq!(
        values("村井 スエ　後期 １２００７０３１"),
        ["１２００７０３１"]
    );
    assert!(values("前期 1000円 後期 2000円").is_empty());
    assert_eq!(
        values("保険者番号が330365、記号が世田谷、番号が40217とございます。"),
        ["330365", "世田谷", "40217"]
    );
}

#[test]
fn a_value_given_again_corrected() {
    assert_eq!(
        values(
            "> 受給者番号が 1432568 となっていますが、検査で不一致です。\n\n\
             すみません、写し間違えていました。\n正しくは 1432566 です。"
        ),
        ["1432568", "1432566"]
    );
    // Not a number of another length (a date, an amount).
    assert_eq!(values("受給者番号 1432568\n正しくは 3 月です"), ["1432568"]);
}

#[test]
fn lists_and_lines_that_go_on() {
    // Whole numbers of a card's kind listed alike under one sentence.
    assert_eq!(
        values(
            "父と母の年金の番号をお送りします（介護保険の確認に使うとのことで）。\n\
             父：1619-008909\n母：6613-417220"
        )
        .len(),
        2
    );
    // Groups of four broken over a line end.
    assert_eq!(
        values("個人番号カード提示あり（番号控え：3700 4722\n4332）※控えは同意済み"),
        ["3700 4722", "4332"]
    );
    // An account after `普通の、`; a 記号 in brackets on a line of its own.
    assert_eq!(
        values("西武信用金庫の、荻窪支店、普通の、994 1378です。"),
        ["994 1378"]
    );
    assert_eq!(
        values("保険者番号 275727 で確定。\n・記号「大阪市北」、番号は変更なし。"),
        ["275727", "大阪市北"]
    );
}

#[test]
fn numbers_of_other_things() {
    // A 番号 ending a name no word knows, in a sentence or a table's header.
    assert!(values("【貸渡契約控】契約番号 2561513214　店舗コード 4081").is_empty());
    assert!(values("予約番号,航空券番号,便名\nFTUF5D,2053136971717,GK562").is_empty());
    // …but a known word inside the name still speaks (`年金手帳番号` is 年金's).
    assert_eq!(values("年金手帳番号 1234-567890"), ["1234-567890"]);
    // Gift and shop cards, a gate's card, a card already masked but its ends.
    assert!(values("QUOカード 6470544727598807 を 3 枚発送済み").is_empty());
    assert!(values("2024/10/06 10:21:18  IN   card=5741219153  横浜 631").is_empty());
    assert!(values("masked_pan,brand\n371313******5069,AMEX").is_empty());
    // A compound header whose head is a negative word (材料).
    assert!(values(
        "発注番号\t特定保険医療材料コード\tJAN\n844144828984\t701471556\t4955631810213"
    )
    .is_empty());
}

#[test]
fn numbers_of_desks_bookings_and_customers() {
    // A desk's phone number under a card's word, or after 番号案内 or a place.
    assert!(values("カード紛失・盗難（24時間）　0120-411-423").is_empty());
    assert!(values(
        "マイナンバーは12桁だと聞きました。\n市役所の番号案内：092-862-8164、受付番号札は123番でした。"
    )
    .is_empty());
    assert!(values("運転免許試験場 092-541-0290").is_empty());
    // A booking's, a flight's or a customer's number.
    assert!(values("Passport No.: TK1234567\nConfirmation #: 73448859")
        .iter()
        .all(|v| v == "TK1234567"));
    assert!(values("お客さま番号　02-8278-8589-527").is_empty());
    assert!(values("ANAのマイレージ番号は 4134248750 です").is_empty());
}

#[test]
fn a_date_after_a_value_is_not_the_value_s_rest() {
    // A passport and its expiry, apart by U+3000.
    assert_eq!(
        values("参加者名簿\n1. 鈴木 大輔　TH2095464　2030/07/31"),
        ["TH2095464"]
    );
}

#[test]
fn an_answer_takes_the_asked_kind_its_length_fits() {
    // The question's last word (カード) is a payment card's, eight digits too few
    // for one: the insurer's number asked for before it names the answer.
    let text = "スタッフ：保険者番号も教えていただけますか？カードの下の方に8桁で書いてあります\n\
                お客様：06390171";
    assert_eq!(added(text), [(Kind::InsurerNumber, "06390171".to_owned())]);
}

#[test]
fn a_value_broken_over_lines_under_its_label_is_masked_whole() {
    let text = "口座番号\n629\n2635\nごめん改行しちゃった";
    assert_eq!(
        added(text),
        [
            (Kind::BankAccount, "629".to_owned()),
            (Kind::BankAccount, "2635".to_owned())
        ]
    );
}

#[test]
fn a_value_given_instead_of_another_is_of_its_kind() {
    let text = "記号：1234、番号：5678 と入力しましたが、\n記号は7354でなく7345です";
    let values: Vec<_> = added(text).into_iter().map(|(_, v)| v).collect();
    assert!(values.contains(&"7345".to_owned()), "{values:?}");
}

#[test]
fn digits_in_the_boxes_of_a_form_drawn_with_heavy_bars_are_one_value() {
    let text = "個人番号（マイナンバー）\n┃1┃2┃3┃4┃5┃6┃7┃8┃9┃0┃1┃8┃";
    let found = added(text);
    assert!(found.iter().all(|(k, _)| *k == Kind::MyNumber), "{found:?}");
    let digits: String = found.iter().map(|(_, v)| v.replace('┃', "")).collect();
    assert_eq!(digits, "123456789018");
}

#[test]
fn a_label_below_that_says_a_length_names_the_value_above() {
    let text = "受給者番号 ※ 下記を参照\n\n4959979\n（受給者証 右上の7桁）";
    assert_eq!(
        added(text),
        [(Kind::PublicExpenseRecipient, "4959979".to_owned())]
    );
}

#[test]
fn an_account_is_named_in_the_languages_of_people_who_live_here() {
    for text in [
        "Kontonr. 9406198",
        "nº da conta: 5754415",
        "số tài khoản của em: 83838398",
        "계좌번호 9170392",
    ] {
        let found = added(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, Kind::BankAccount, "{text}");
    }
}

#[test]
fn a_short_number_in_its_card_number_column_is_masked_an_amount_is_not() {
    let text = "氏名\t被保険者番号\t健康保険\n山田　花子\t830\t13,013";
    assert_eq!(added(text), [(Kind::InsuredNumber, "830".to_owned())]);
}
#[test]
fn components_parted_by_a_slash_are_no_date() {
    // A chat: the question names the card's components, the answer gives them
    // parted by a slash, four digits and three (no month or day has three).
    assert_eq!(
        values("12:04 サポート：記号・番号もお願いします\n12:06 お客様：3709／617"),
        ["3709", "617"]
    );
    assert!(
        values("12:04 サポート：記号・番号もお願いします\n12:06 お客様：2026/11/25").is_empty()
    );
}

#[test]
fn a_count_of_lines_on_the_label_line_is_no_value_of_its_own() {
    assert_eq!(
        values("マイナンバーカードの裏の番号、文字が小さくて2行に分けて書きます\n798975\n462813"),
        ["798975", "462813"]
    );
}

#[test]
fn stacked_labels_over_a_blank_line_pair_with_the_values_below_it() {
    assert_eq!(
        values("下の順で書きます\n保険者番号\n記号\n番号\n枝番\n\n06350078\n9618\n8843\n01"),
        ["06350078", "9618", "8843", "01"]
    );
}

#[test]
fn a_column_of_kinds_names_the_numbers_in_the_cell_after_it() {
    let ledger = "| 請求No. | 請求者 | 書類種別 | 書類番号 | 確認日 |\n|---|---|---|---|---|\n\
                  | K-24-0311 | 本人 | 運転免許証 | 500201692293 | 10/29 |";
    assert_eq!(
        added(ledger),
        [(Kind::DriversLicense, "500201692293".to_owned())]
    );
}

#[test]
fn a_list_of_numbers_under_one_number_word_takes_the_kind_of_the_first() {
    assert_eq!(
        values("記号：57570748\n番号：夫 97／私 66／娘 42"),
        ["57570748", "97", "66", "42"]
    );
    // Parted by で too (the first as the scanner reads it, with the words before).
    let found = values("枝番は夫が00で私が01です。");
    assert!(
        found.len() == 2 && found[0].ends_with("00") && found[1] == "01",
        "{found:?}"
    );
}

#[test]
fn abbreviations_of_receipt_files_and_english_exports() {
    assert_eq!(
        values("ID|KANA|HKNJA_NO|KIGO|BANGO|EDA\n0000812|ｵｵﾉ ｹｲｺ|06072920|7232|76559|00"),
        ["06072920", "7232", "76559", "00"]
    );
    assert_eq!(
        values("holder_symbol,holder_no,branch_no,insurer\nAB296,1291,01,06025332"),
        ["AB296", "1291", "01", "06025332"]
    );
    assert_eq!(
        values("■医保\n06140032  75013／622"),
        ["06140032  75013", "622"]
    );
}
#[test]
fn a_log_line_with_values_is_no_heading_of_the_next() {
    let log = "[2024-11-01 15:23:12] req=KJ-241101-06 doc_type=drivers_license doc_no=481770144905 operator=sv02\n\
               [2024-11-01 15:25:40] req=KJ-241101-07 doc_type=passport doc_no=TH1158693 operator=sv02";
    assert_eq!(values(log), ["481770144905", "TH1158693"]);
}

#[test]
fn a_keys_value_is_not_named_by_a_word_after_it() {
    assert!(values("ticket=8734561 口座番号の変更").is_empty());
    assert_eq!(values("8734561 口座番号の変更"), ["8734561"]);
}
#[test]
fn an_aside_in_brackets_between_a_label_and_its_value_counts_little() {
    // A card's number a digit short, its label before a long remark.
    assert_eq!(
        values("Card number (typed from the app, maybe one digit missing): 3547-060436-75715"),
        ["3547-060436-75715"]
    );
}

#[test]
fn a_capital_g_after_digits_is_a_misread_six_not_grams() {
    assert_eq!(values("保険者番号　23225G"), ["23225G"]);
    assert!(values("粉薬 23225g を処方").is_empty());
}

#[test]
fn a_legend_a_few_lines_above_tab_separated_rows_names_their_cells() {
    let text = "列は左から「患者ID／保険者番号／記号／番号／枝番」。\n\
                タブ区切りのまま貼ります。\n\n\
                A-20011\t39084280\t549\t8278\t00\n\
                A-20014\t06176770\t1297\t221284\t";
    assert_eq!(
        values(text),
        ["39084280", "549", "8278", "00", "06176770", "1297", "221284"]
    );
}

#[test]
fn rows_alike_under_a_masked_row_are_of_its_kinds() {
    let text = "子ども医療証（3人分）\n　　　　　 負担者番号　　受給者番号\n\
                長男 9歳　88124094　9745399\n次男 6歳　88124094　1056118\n長女 2歳　88124094　2987476";
    assert_eq!(
        added(text),
        [
            (Kind::PublicExpensePayer, "88124094".to_owned()),
            (Kind::PublicExpenseRecipient, "9745399".to_owned()),
            // Both check digits pass: a pair of its own.
            (Kind::PublicExpensePayer, "88124094".to_owned()),
            (Kind::PublicExpenseRecipient, "1056118".to_owned()),
            // The recipient's check digit fails: the row alike says what both are,
            // each a value of its own.
            (Kind::PublicExpenseRecipient, "88124094".to_owned()),
            (Kind::PublicExpenseRecipient, "2987476".to_owned()),
        ]
    );
    // A label of its own on the line (住民票コード), a phone number, or a row the
    // line above does not match: nothing handed on.
    assert_eq!(
        values("個人番号 8439 7597 7657\n住民票コード 16963929612"),
        ["8439 7597 7657"]
    );
    // (The recipient's check digit fails: no pair by its digits either.)
    assert_eq!(
        values("長男　88124094　9745398\n連絡先 090-1234-5678"),
        Vec::<&str>::new()
    );
}

#[test]
fn a_pension_number_grouped_four_six_is_no_phone_number() {
    // 0392538607 reads as a Tokyo number, but no phone number is written 4-6.
    assert_eq!(
        values("年金手帳を見直したところ、私のは 5405-744281 でした。\n夫の分（0392-538607）は登録しないでください。"),
        ["5405-744281", "0392-538607"]
    );
    // Written as a phone number is, it is one.
    assert_eq!(
        values("年金番号 5405-744281\n妻 03-9253-8607"),
        ["5405-744281"]
    );
}

#[test]
fn portuguese_words_for_the_card_s_components() {
    assert_eq!(
        values("número do segurado – símbolo 84475702, número 79353"),
        ["84475702", "79353"]
    );
}

#[test]
fn a_value_sent_in_messages_under_headers_of_their_own() {
    // A chat as a phone copies it: each message under its sender and time.
    let text = "母 20:14\nマイナンバー要るって言ってたよね？番号だけ送るね\n母 20:15\n1248\n\
                母 20:15\n3745\n母 20:16\n9126\nけんた 20:31\nありがと！";
    assert_eq!(values(text), ["1248", "3745", "9126"]);
    let card = "彼女 22:40\nこっちのカードにして\n彼女 22:40\n4605 5016\n彼女 22:41\n9820 0134\n\
                彼女 22:41\n12/29 まで";
    assert_eq!(values(card), ["4605 5016", "9820 0134"]);
    // The times themselves are no value.
    assert!(values("母 20:15\nおはよう\n母 20:16\n了解").is_empty());
}

#[test]
fn a_struck_value_s_correction_is_of_its_kind() {
    assert_eq!(
        values("- 記号：4410\n- 番号：~~1185~~ 1158（数字の並びを逆に入力していた）"),
        ["4410", "1185", "1158"]
    );
}
