//! The disclosure reading's cases: what each wording of a request asks for.

use super::*;
use DisclosureKind::*;

fn kinds(content: &str) -> Vec<DisclosureKind> {
    read(content).kinds
}

fn requester(content: &str) -> Option<Requester> {
    read(content).requester
}

#[test]
fn each_kind_alone() {
    let cases: &[(&str, DisclosureKind)] = &[
        (
            "私の個人情報の利用目的の通知を求めます。",
            PurposeNotification,
        ),
        ("利用目的を教えてください。", PurposeNotification),
        ("利用目的通知を請求します", PurposeNotification),
        ("利用目的のご通知をお願いします", PurposeNotification),
        ("保有個人データの開示を請求します。", Disclosure),
        ("私の情報を開示してください", Disclosure),
        ("登録住所の訂正を請求します。", Correction),
        ("電話番号の追加をお願いします", Correction),
        ("古い住所を削除してください", Correction),
        ("氏名の誤りを修正してください", Correction),
        ("利用停止を請求します", Suspension),
        ("個人情報の利用の停止を求めます", Suspension),
        ("私の情報の利用をやめてください", Suspension),
        ("私の個人情報の消去を請求します。", Erasure),
        ("登録情報を抹消してください", Erasure),
        (
            "第三者への提供の停止を請求します。",
            StopThirdPartyProvision,
        ),
        ("第三者提供の停止を求めます", StopThirdPartyProvision),
        ("第三者に提供しないでください", StopThirdPartyProvision),
        ("第三者への提供をやめてください", StopThirdPartyProvision),
        ("第三者に渡さないでください", StopThirdPartyProvision),
        ("私の情報を消してください", Erasure),
        ("私の情報を使わないでください", Suspension),
        ("提携先への提供を停止してください", StopThirdPartyProvision),
        (
            "第三者提供記録の開示を請求します。",
            ThirdPartyRecordDisclosure,
        ),
        (
            "第三者に提供した記録を開示してください",
            ThirdPartyRecordDisclosure,
        ),
        ("提供記録の開示を求めます", ThirdPartyRecordDisclosure),
    ];
    for (content, kind) in cases {
        assert_eq!(kinds(content), [*kind], "{content}");
    }
}

#[test]
fn record_disclosure_is_not_also_disclosure() {
    assert_eq!(
        kinds("第三者提供記録の開示を請求します。"),
        [ThirdPartyRecordDisclosure]
    );
    assert_eq!(
        kinds("保有個人データの開示と、第三者提供記録の開示を請求します。"),
        [Disclosure, ThirdPartyRecordDisclosure]
    );
}

#[test]
fn stopping_provision_is_not_suspension() {
    assert_eq!(
        kinds("第三者への提供の停止を請求します"),
        [StopThirdPartyProvision]
    );
    assert_eq!(
        kinds("利用停止および第三者への提供の停止を請求します"),
        [Suspension, StopThirdPartyProvision]
    );
}

#[test]
fn all_seven_in_one_sentence() {
    assert_eq!(
        kinds("利用目的の通知、開示、内容の訂正・追加・削除、利用停止、消去、第三者への提供の停止、第三者提供記録の開示のすべてを請求します。"),
        DisclosureKind::ALL
    );
}

#[test]
fn the_umbrella_term_names_no_kind() {
    assert_eq!(kinds("開示等の請求をします。"), []);
    assert_eq!(
        kinds("個人情報の開示等請求として、消去を求めます"),
        [Erasure]
    );
    assert_eq!(kinds("開示対象個人情報について"), []);
    assert_eq!(kinds("申込を取り消してください"), []);
    assert_eq!(kinds("よろしくお願いします。"), []);
    assert_eq!(kinds(""), []);
}

#[test]
fn negations() {
    let cases: &[(&str, &[DisclosureKind])] = &[
        ("開示は不要です、訂正だけお願いします", &[Correction]),
        ("開示は結構です。訂正をお願いします。", &[Correction]),
        ("消去はしないでください。利用停止を求めます", &[Suspension]),
        ("開示は求めません。消去を求めます。", &[Erasure]),
        ("開示と訂正は不要です。消去を求めます", &[Erasure]),
        ("開示、訂正は不要です。消去を求めます", &[Erasure]),
        ("消去ではなく利用停止を求めます", &[Suspension]),
        ("開示は不要で訂正をお願いします", &[Correction]),
        ("開示を求め、訂正は求めません", &[Disclosure]),
        ("開示を求め訂正は求めません", &[Disclosure]),
        ("訂正以外を請求します", &[]),
        ("訂正以外は不要です", &[Correction]),
        ("開示以外に、訂正も求めます", &[Disclosure, Correction]),
        ("開示だけでなく訂正も求めます", &[Disclosure, Correction]),
        ("開示は必要ありません。削除をお願いします", &[Correction]),
        ("利用停止は求めず、消去のみ請求します", &[Erasure]),
        ("不要な情報の削除を求めます", &[Correction]),
        (
            "開示及び不要な情報の削除を求めます",
            &[Disclosure, Correction],
        ),
        (
            "第三者提供記録の開示のみで、保有個人データの開示は不要です",
            &[ThirdPartyRecordDisclosure],
        ),
    ];
    for (content, want) in cases {
        assert_eq!(kinds(content), *want, "{content}");
    }
}

#[test]
fn what_already_happened_is_not_asked() {
    assert_eq!(
        kinds("以前開示された情報に誤りがあったため、訂正を請求します。"),
        [Correction]
    );
    assert_eq!(kinds("住所は訂正済みです。消去を求めます"), [Erasure]);
    assert_eq!(kinds("開示を受けたいです"), [Disclosure]);
    assert_eq!(kinds("訂正したいです"), [Correction]);
}

#[test]
fn requesters() {
    let cases: &[(&str, Option<Requester>)] = &[
        ("請求者：本人\n開示を求めます", Some(Requester::Principal)),
        ("私は本人です。", Some(Requester::Principal)),
        ("代理人として請求します。", Some(Requester::Agent)),
        (
            "法定代理人（親権者）として請求します。",
            Some(Requester::Agent),
        ),
        ("本人から委任を受けました。", Some(Requester::Agent)),
        ("成年後見人として請求します", Some(Requester::Agent)),
        ("母に代わって請求します", Some(Requester::Agent)),
        (
            "私は山田花子の父で、法定代理人として請求します。\n本人（山田花子）の個人情報の開示",
            Some(Requester::Agent),
        ),
        ("代理人ではなく本人です", Some(Requester::Principal)),
        (
            "本人です。代理人は立てていません。",
            Some(Requester::Principal),
        ),
        ("本人ではなく代理人です", Some(Requester::Agent)),
        (
            "代理人による請求ではありません。本人です。",
            Some(Requester::Principal),
        ),
        ("保有個人データの開示を請求します。", None),
        ("本人確認書類を郵送します。", None),
        ("代理店経由で申し込みました。", None),
    ];
    for (content, want) in cases {
        assert_eq!(requester(content), *want, "{content}");
    }
}

#[test]
fn the_prefilters_know_every_first_character() {
    let firsts =
        |words: &[&str]| -> Vec<char> { words.iter().filter_map(|w| w.chars().next()).collect() };
    let words: Vec<&str> = WORDS.iter().map(|(stem, _)| *stem).collect();
    for c in firsts(&words).into_iter().chain(['第', '利']) {
        let mut utf8 = [0; 4];
        assert!(
            may_start_mention(c.encode_utf8(&mut utf8).as_bytes()),
            "{c}"
        );
    }
    // The first stem that matches is the only one tried.
    for a in &words {
        for b in &words {
            assert!(a == b || !b.starts_with(a), "{a} is a prefix of {b}");
        }
    }
    for c in firsts(NEGATIONS).into_iter().chain(firsts(NOT_NEGATIONS)) {
        assert!(may_start_negation(c), "{c}");
    }
}

#[test]
fn an_inquiry_that_asks_for_a_kind_about_own_data() {
    for body in [
        "保有個人データの開示をお願いします。",
        "私の個人情報を削除してください。",
        "登録されている住所が古いので訂正してください",
        "会員です。登録情報に誤りがあります。訂正をお願いします。",
        "私の情報を第三者に提供しないでください。",
        "個人情報の利用停止を希望します。",
        "私に関する情報の利用目的を通知してください。",
        "退会したので、私の個人情報を消去してください。",
        "開示は不要ですが、私の個人情報の消去をお願いします。",
        "本人として、第三者提供記録の開示を請求します。",
        "貴社が保有する情報の開示を請求します。",
    ] {
        assert!(asks_for_own_data(body), "{body}");
    }
}

#[test]
fn negations_questions_and_other_data_are_not_requests() {
    for body in [
        "個人情報の取り扱いについて教えてください。",
        "個人情報の開示については不要です。",
        "私の個人情報の開示は不要です。",
        "個人情報の開示について教えてください。",
        "個人情報の開示請求の方法を知りたいです。",
        "個人情報の削除はどうすればできますか。",
        "個人情報保護方針について質問です。",
        "カートに商品を追加できません。",
        "注文を削除してください。",
        "以前開示された情報について確認したいです。",
        "サービスの料金を教えてください。",
        "",
    ] {
        assert!(!asks_for_own_data(body), "{body}");
    }
}

#[test]
fn long_and_odd_input_does_not_panic() {
    let long = "開示と訂正と".repeat(2000) + "不要";
    assert_eq!(kinds(&long), []);
    for s in [
        "第三者",
        "利用目的",
        "第三者提供",
        "利用目的の",
        "提供記録",
        "以外",
        "𠮷開示",
    ] {
        let _ = read(s);
    }
}

#[test]
fn the_packed_words_read_as_the_table_is_written() {
    // As the table reads: the first stem that starts the text, with its longest
    // ending that follows.
    let written = |text: &str| {
        let (stem, endings) = WORDS.iter().find(|(stem, _)| text.starts_with(stem))?;
        let rest = &text[stem.len()..];
        endings
            .iter()
            .filter(|(ending, _)| rest.starts_with(ending))
            .max_by_key(|(ending, _)| ending.len())
            .map(|&(ending, meaning)| (meaning, stem.len() + ending.len()))
    };
    let mut texts = vec!["".to_owned(), "請求".to_owned(), "開".to_owned()];
    for (stem, endings) in WORDS {
        texts.push(format!("{stem}を"));
        for (ending, _) in *endings {
            texts.push(format!("{stem}{ending}"));
            texts.push(format!("{stem}{ending}してください"));
        }
    }
    for text in &texts {
        assert_eq!(word_at(text.as_bytes()), written(text), "{text}");
    }
    for b in 0..=255u8 {
        if let Some(m) = byte_meaning(b) {
            assert_eq!(meaning_byte(m), b);
        }
    }
}
