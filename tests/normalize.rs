//! The normalization rules, one table each, with cases that must change and cases
//! that must not.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;

use mamori::normalize::{normalize, ParseProfileError, Profile};
use unicode_normalization::UnicodeNormalization;

use Profile::{Kana, Name, Text};

/// Asserts every `(input, want)` under `profile`, and that `want` is a fixed point.
#[track_caller]
fn check(profile: Profile, table: &[(&str, &str)]) {
    for &(input, want) in table {
        let got = normalize(input, profile);
        assert_eq!(got, want, "{profile} {input:?}");
        let again = normalize(&got, profile);
        assert!(
            matches!(again, Cow::Borrowed(_)) && again == got,
            "{profile} {input:?} is not idempotent: {got:?} then {again:?}"
        );
    }
}

/// Asserts that each input comes back unchanged, and borrowed.
#[track_caller]
fn unchanged(profile: Profile, inputs: &[&str]) {
    for &input in inputs {
        let got = normalize(input, profile);
        assert!(
            matches!(got, Cow::Borrowed(_)) && got == input,
            "{profile} {input:?} changed to {got:?}"
        );
    }
}

#[test]
fn full_width_ascii_becomes_ascii() {
    check(
        Text,
        &[
            ("ＡＢＣｘｙｚ０１９", "ABCxyz019"),
            ("！＂＃＄％＆＇（）＊＋，－．／", "!\"#$%&'()*+,-./"),
            ("：；＜＝＞？＠［＼］＾＿｀｛｜｝", ":;<=>?@[\\]^_`{|}"),
            ("ＴＥＬ：０３－１２３４－５６７８", "TEL:03-1234-5678"),
            ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "taro@example.com"),
        ],
    );
    // Every character of the block, against NFKC (the wave dash aside, below).
    for c in '\u{FF01}'..='\u{FF5D}' {
        let nfkc: String = c.to_string().nfkc().collect();
        assert_eq!(normalize(&c.to_string(), Text), nfkc);
    }
    // Not full-width ASCII: dashes and the long-vowel mark keep their meaning.
    unchanged(Text, &["ー", "‐", "−", "—", "―", "〜", "\u{3000}"]);
}

#[test]
fn full_width_tilde_is_the_wave_dash() {
    check(Text, &[("～", "〜"), ("10時～12時", "10時〜12時")]);
    unchanged(Text, &["〜", "~", "a~b"]);
}

#[test]
fn full_width_signs_become_their_nfkc_forms() {
    check(
        Text,
        &[
            ("￠", "¢"),
            ("￡", "£"),
            ("￢", "¬"),
            ("￣", " \u{304}"),
            ("￤", "¦"),
            ("￥１，０００", "¥1,000"),
            ("￦", "₩"),
            ("￨￩￪￫￬￭￮", "│←↑→↓■○"),
        ],
    );
    unchanged(Text, &["¥", "\\", "¢", "£", "→", "■"]);
}

#[test]
fn half_width_katakana_become_full_width_with_voiced_marks_composed() {
    check(
        Text,
        &[
            ("ｱｲｳｴｵ", "アイウエオ"),
            ("ﾊﾞﾅﾅ", "バナナ"),
            ("ﾊﾟﾝ", "パン"),
            ("ｶﾞｷﾞｸﾞｹﾞｺﾞ", "ガギグゲゴ"),
            ("ｳﾞｧｲｵﾘﾝ", "ヴァイオリン"),
            ("ﾜﾞｦﾞ", "ヷヺ"),
            ("ｯｬｭｮｧｨｩｪｫ", "ッャュョァィゥェォ"),
            ("ｺｰﾋｰ", "コーヒー"),
            ("｡｢｣､･", "。「」、・"),
            ("ｦﾝ", "ヲン"),
            // A full-width kana typed before a half-width mark takes it too.
            ("カﾞ", "ガ"),
        ],
    );
}

#[test]
fn a_half_width_voiced_mark_that_cannot_compose_becomes_the_spacing_mark() {
    check(
        Text,
        &[
            ("ﾞ", "゛"),
            ("ﾟ", "゜"),
            ("ｱﾞ", "ア゛"),
            ("ｶﾟ", "カ゜"),
            ("ﾊﾞﾟ", "バ゜"),
            ("ｶﾞﾞ", "ガ゛"),
            ("Aﾞ 1ﾟ", "A゛ 1゜"),
            ("山ﾞ", "山゛"),
            ("\nﾞ", "\n゛"),
        ],
    );
    // The spacing marks people type are kept as typed (NFKC would split them).
    unchanged(Text, &["゛", "゜", "カ゛", "ハ゜"]);
}

#[test]
fn nfc_composes_and_canonicalizes() {
    check(
        Text,
        &[
            ("e\u{301}", "é"),
            ("か\u{3099}", "が"),
            ("ハ\u{309A}", "パ"),
            ("\u{212B}", "Å"),
            ("a\u{301}\u{316}", "á\u{316}"),
            ("ｶ\u{3099}", "ガ"),
        ],
    );
    unchanged(Text, &["é", "が", "パ", "á\u{316}", "\u{3099}"]);
}

#[test]
fn cjk_compatibility_ideographs_keep_their_code_point() {
    // U+FA10 塚, U+F929 朗, U+FA30 侮, U+2F800 丽: NFC would replace each of them
    // by its unified twin.
    for text in [
        "\u{FA10}本",
        "\u{F929}",
        "\u{FA30}",
        "\u{2F800}",
        "\u{FA10}\u{3000}花子",
    ] {
        let nfc: String = text.nfc().collect();
        assert_ne!(nfc, text, "{text:?} should be one that NFC changes");
        unchanged(Text, &[text]);
        unchanged(Name, &[text]);
        unchanged(Kana, &[text]);
    }
    // U+FA11 﨑 has no decomposition; it stays too.
    unchanged(Name, &["山\u{FA11}\u{3000}太郎"]);
    check(
        Text,
        &[
            ("\u{FA10}\u{301}e\u{301}", "\u{FA10}\u{301}é"),
            ("ﾂｶ\r\n\u{FA10}", "ツカ\n\u{FA10}"),
            (
                "e\u{301}\u{FA10}\u{2F800}\u{F900}a\u{301}",
                "é\u{FA10}\u{2F800}\u{F900}á",
            ),
        ],
    );
    check(Name, &[("\u{FA10}本  花子", "\u{FA10}本\u{3000}花子")]);
    check(Kana, &[("\u{FA10}もと", "\u{FA10}モト")]);
    // The unified ideograph stays unified, with or without a variation selector.
    unchanged(Text, &["\u{585A}本", "\u{585A}\u{FE00}本"]);
}

#[test]
fn enclosed_squared_and_japanese_punctuation_are_kept_as_typed() {
    unchanged(Text, &["〜ー「」、。・『』", "※〒♪"]);
    // NFKC would change each of these; they are kept as typed.
    let kept = ["①②", "㈱おかぴ", "㍻", "㌔", "ⅰⅱ", "ﬁ", "²", "…", "゛゜"];
    for text in kept {
        unchanged(Text, &[text]);
        let nfkc: String = text.nfkc().collect();
        assert_ne!(nfkc, text, "{text:?}: NFKC would change it");
    }
}

#[test]
fn line_breaks_become_lf() {
    check(
        Text,
        &[
            ("a\r\nb", "a\nb"),
            ("a\rb", "a\nb"),
            ("a\r\r\nb", "a\n\nb"),
            ("a\n\rb", "a\n\nb"),
            ("a\u{85}b\u{2028}c\u{2029}d", "a\nb\nc\nd"),
            ("\r\n\r\n", "\n\n"),
        ],
    );
    unchanged(Text, &["a\nb", "\n\n", "a\n"]);
}

#[test]
fn controls_and_invisible_characters_are_removed() {
    check(
        Text,
        &[
            ("山\u{200B}田", "山田"),
            ("\u{FEFF}こんにちは", "こんにちは"),
            ("abc\u{2060}def", "abcdef"),
            ("a\0b\u{1B}c\u{7}d\u{7F}e", "abcde"),
            ("a\u{B}b\u{C}c", "abc"),
            ("a\u{80}b\u{9F}c", "abc"),
            ("soft\u{AD}hyphen", "softhyphen"),
            ("\u{202E}abc\u{202C}", "abc"),
            ("a\u{200E}b\u{200F}c\u{2066}d\u{2069}", "abcd"),
        ],
    );
}

#[test]
fn joiners_variation_selectors_tab_and_emoji_are_kept() {
    unchanged(
        Text,
        &[
            "項目\t値",
            "👨\u{200D}👩\u{200D}👧",
            "ﻻ\u{200C}",
            "❤\u{FE0F}",
            "1\u{FE0F}\u{20E3}",
            "🇯🇵",
            "葛\u{E0100}飾",
            "𠮷野家",
            "ありがとう😀",
            "\u{FFFD}",
        ],
    );
}

#[test]
fn text_keeps_spaces_and_layout() {
    unchanged(
        Text,
        &[
            "テスト\u{3000}です",
            "  indented",
            "trailing  ",
            "\u{3000}山田\u{3000}",
            "a\u{A0}b",
            "改行\n\n二つ",
            "",
        ],
    );
    check(
        Text,
        &[("Ｈｅｌｌｏ，\u{3000}Ｗｏｒｌｄ！", "Hello,\u{3000}World!")],
    );
}

#[test]
fn names_are_one_line_with_one_space_between_parts() {
    check(
        Name,
        &[
            ("山田 太郎", "山田\u{3000}太郎"),
            ("山田  \u{3000}太郎", "山田\u{3000}太郎"),
            ("山田\n太郎", "山田\u{3000}太郎"),
            ("山田\r\n太郎", "山田\u{3000}太郎"),
            ("山田\t太郎", "山田\u{3000}太郎"),
            ("山田\u{A0}太郎", "山田\u{3000}太郎"),
            ("山田\u{2003}太郎", "山田\u{3000}太郎"),
            ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ\u{3000}タロウ"),
            ("やまだ たろう", "やまだ\u{3000}たろう"),
            ("佐々木 ゆう", "佐々木\u{3000}ゆう"),
            ("〆 太郎", "〆\u{3000}太郎"),
            ("ジョン・スミス ー", "ジョン・スミス\u{3000}ー"),
            ("𠮷田 太郎", "𠮷田\u{3000}太郎"),
            ("葛\u{E0100} 太郎", "葛\u{E0100}\u{3000}太郎"),
            ("John\u{3000}\u{3000}Smith", "John Smith"),
            ("ＹＡＭＡＤＡ\u{3000}Ｔａｒｏ", "YAMADA Taro"),
            ("Taro\u{3000}山田", "Taro 山田"),
            ("山田\u{3000}Taro", "山田 Taro"),
            ("  Mary   Jane  ", "Mary Jane"),
            ("Mary\u{A0}Jane", "Mary Jane"),
            ("\u{3000}山田太郎\u{3000}", "山田太郎"),
            ("山\u{200B}田 太郎", "山田\u{3000}太郎"),
            ("山田 ① 太郎", "山田 ① 太郎"),
            (" \n\t\u{3000}", ""),
        ],
    );
    unchanged(
        Name,
        &[
            "山田\u{3000}太郎",
            "John Smith",
            "Taro 山田",
            "山田太郎",
            "",
            "O'Brien",
        ],
    );
    // Not a name layout: the wrong space, two spaces, a space at an end.
    for bad in [
        "山田 太郎",
        "John\u{3000}Smith",
        "山田\u{3000}\u{3000}太郎",
        " 山田",
        "山田 ",
    ] {
        assert_ne!(normalize(bad, Name), bad);
    }
}

#[test]
fn a_name_is_also_normalized_as_text() {
    check(
        Name,
        &[
            ("ＪＯＨＮ　ｓｍｉｔｈ", "JOHN smith"),
            ("山田\u{FEFF}太郎", "山田太郎"),
            ("ｶﾞｯｺｳ", "ガッコウ"),
            ("ﾀﾞ\u{3000}\u{3000}ﾞ", "ダ\u{3000}゛"),
        ],
    );
}

#[test]
fn furigana_becomes_katakana() {
    check(
        Kana,
        &[
            ("やまだ\u{3000}たろう", "ヤマダ\u{3000}タロウ"),
            ("やまだ たろう", "ヤマダ\u{3000}タロウ"),
            ("ゔぃ", "ヴィ"),
            ("きゃりー", "キャリー"),
            ("ｷｬﾘｰ", "キャリー"),
            ("か\u{3099}んた", "ガンタ"),
            ("わ\u{3099}", "ヷ"),
            ("わﾞ", "ヷ"),
            ("いすゞ ゝ", "イスヾ\u{3000}ヽ"),
            ("ゕゖ", "ヵヶ"),
            ("Taro やまだ", "Taro ヤマダ"),
            (
                "\u{3000}さとう\u{3000}\r\n\u{3000}はなこ\u{3000}",
                "サトウ\u{3000}ハナコ",
            ),
            ("すずき\u{3000}いちろう ", "スズキ\u{3000}イチロウ"),
        ],
    );
    // Katakana, kanji, Latin and ゟ (no katakana twin) are left as they are.
    unchanged(Kana, &["ヤマダ\u{3000}タロウ", "山田", "Taro", "ゟ", "ヴ"]);
    // The text and name profiles keep hiragana.
    unchanged(Text, &["やまだ"]);
    unchanged(Name, &["やまだ\u{3000}たろう"]);
}

#[test]
fn normal_text_is_borrowed_and_other_text_owned() {
    assert!(matches!(
        normalize("plain ASCII\twith\ttabs\n", Text),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        normalize("日本語のテキスト。", Text),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        normalize("山田\u{3000}太郎", Name),
        Cow::Borrowed(_)
    ));
    assert!(matches!(
        normalize("ヤマダ\u{3000}タロウ", Kana),
        Cow::Borrowed(_)
    ));
    assert!(matches!(normalize("ＡＢＣ", Text), Cow::Owned(_)));
    assert!(matches!(normalize("やまだ", Kana), Cow::Owned(_)));
    // Normal, though the quick check cannot tell: still borrowed.
    assert!(matches!(
        normalize("\u{0B47}\u{0300}\u{0B3E}", Text),
        Cow::Borrowed(_)
    ));
}

#[test]
fn profiles_parse_from_their_javascript_names_only() {
    assert_eq!("text".parse(), Ok(Text));
    assert_eq!("name".parse(), Ok(Name));
    assert_eq!("kana".parse(), Ok(Kana));
    assert_eq!(Profile::default(), Text);
    for bad in ["", "Text", "NAME", "kana ", "nfkc", "katakana"] {
        assert_eq!(
            bad.parse::<Profile>(),
            Err(ParseProfileError::Unknown),
            "{bad:?}"
        );
    }
}
