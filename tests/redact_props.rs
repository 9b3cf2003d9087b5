//! Properties of `redact` on generated text: no panic on any input; findings sorted,
//! non-overlapping, in bounds; the mask style keeps the UTF-16 length and every
//! character outside the findings; redacting the output again finds nothing new;
//! adversarial input stays linear.
#![cfg(not(target_arch = "wasm32"))]

use mamori::redact::{Kind, Redactor, Style};
use proptest::prelude::*;

/// Pieces that make text look like what the detectors see: digits in both widths and
/// in kanji, separators, letters, kana, kanji, labels, e-mail signs, line breaks,
/// emoji and characters outside the BMP.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[0-9]{1,13}",
        2 => "[０-９]{1,8}",
        1 => "[〇一二三四五六七八九]{1,6}",
        3 => prop::sample::select(vec![" ", "\u{3000}", "-", "－", "ー", ".", "(", ")", "・", "／", "：", "、", "。", "\n"]).prop_map(str::to_owned),
        1 => "[A-Za-z]{1,3}",
        1 => "[ア-ン]{1,3}",
        1 => "[あ-ん]{1,4}",
        1 => "[ｱ-ﾝﾞﾟ]{1,3}",
        2 => prop::sample::select(vec![
            "保険者番号", "被保険者番号", "記号", "番号", "枝番", "記号・番号", "公費負担者番号",
            "受給者番号", "口座番号", "普通", "当座", "運転免許証番号", "基礎年金番号", "マイナンバー",
            "個人番号", "カード番号", "旅券番号", "在留カード", "電話番号", "TEL", "注文番号", "〒",
            "ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ", "ｷｺﾞｳ", "No.", "第", "号", "年", "円", "桁", "千代田",
        ]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["@", "＠", "taro@example.jp", "a.b@x.co.jp", "*", "＊", "●"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["😀", "👩‍⚕️", "𠮷", "辻󠄀", "\u{FFFD}", "\u{200B}"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["123456789018", "4539 5787 6362 1486", "01130012", "TK1234567", "AB12345678CD", "090-1234-5678"]).prop_map(str::to_owned),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|parts| parts.concat())
}

/// Text whose pieces are not glued together: each one is followed by a space, a
/// line break, punctuation or kana, as in what people write.
fn written_text() -> impl Strategy<Value = String> {
    let boundary = prop::sample::select(vec![" ", "\n", "、", "。", "です", "は", "の"]);
    prop::collection::vec((piece(), boundary), 0..30)
        .prop_map(|parts| parts.into_iter().map(|(p, b)| p + b).collect())
}

/// `text` with each run of two full-width digits or more, not all ０, written in
/// kanji digits (`１２` → `一二`): what the engine reads back as the same digits.
fn in_kanji(text: &str) -> String {
    const KANJI: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..]
            .iter()
            .take_while(|c| ('０'..='９').contains(c))
            .count();
        let digits = &chars[i..i + run.max(1)];
        if run >= 2 && digits.iter().any(|&c| c != '０') {
            out.extend(
                digits
                    .iter()
                    .map(|&c| KANJI[(c as u32 - '０' as u32) as usize]),
            );
        } else {
            out.extend(digits);
        }
        i += run.max(1);
    }
    out
}

/// The UTF-16 offset of byte offset `at` of `text`.
fn utf16(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |t| t.encode_utf16().count())
}

fn all_kinds() -> Redactor {
    Redactor::builder()
        .kinds(Kind::ALL)
        .build()
        .expect("a redactor")
}

fn check_findings(text: &str, r: &Redactor) {
    let found = r.find(text);
    let mut last_end = 0;
    for f in &found {
        assert!(f.start < f.end, "empty finding in {text:?}");
        assert!(f.start >= last_end, "overlap or disorder in {text:?}");
        assert!(f.end <= text.len(), "out of bounds in {text:?}");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        last_end = f.end;
    }
}

fn check_mask(text: &str, r: &Redactor) {
    let out = r.redact(text);
    assert_eq!(
        out.text.encode_utf16().count(),
        text.encode_utf16().count(),
        "UTF-16 length changed for {text:?}"
    );
    // Outside the findings every character is as it was; inside, only letters and
    // digits change, each into `*` or `＊`.
    let mut inside = vec![false; text.len()];
    for f in &out.findings {
        inside[f.start..f.end].iter_mut().for_each(|b| *b = true);
    }
    let mut out_units = out.text.encode_utf16();
    for (i, c) in text.char_indices() {
        let mut buf = [0u16; 2];
        for &u in c.encode_utf16(&mut buf).iter() {
            let o = out_units.next().expect("same length");
            if !inside[i] || !c.is_alphanumeric() {
                assert_eq!(o, u, "{c:?} at {i} changed in {text:?}");
            } else {
                assert!(
                    o == u16::from(b'*') || o == 0xFF0A,
                    "{c:?} at {i} not masked in {text:?}"
                );
            }
        }
    }
}

/// What the partial-output property below once found: a 記号 in kanji digits shown
/// in part (`＊四`) was no value when read again, and its label took the next one
/// (`* ０００００００`). Such a value is now masked whole.
#[test]
fn partial_output_of_a_number_in_kanji_finds_nothing_new() {
    let r = Redactor::builder()
        .kinds(Kind::ALL)
        .style(Style::Partial)
        .keep_last(1)
        .build()
        .unwrap();
    let s = "記号、六四、* ０００００００ ";
    let once = r.redact(s);
    assert_eq!(once.text, "記号、＊＊、* ０００００００ ");
    assert!(r
        .find(&once.text)
        .iter()
        .all(|f| f.end <= "記号、＊＊".len()));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn no_panic_on_any_string(s in any::<String>()) {
        let r = all_kinds();
        check_findings(&s, &r);
        let _ = r.redact(&s);
    }

    #[test]
    fn utf16_offsets_of_findings_match_the_utf16_encoding(s in text()) {
        let mut cursor = mamori::offsets::Utf16Cursor::new(&s);
        for f in all_kinds().find(&s) {
            prop_assert_eq!(cursor.to_utf16(f.start), s[..f.start].encode_utf16().count());
            prop_assert_eq!(cursor.to_utf16(f.end), s[..f.end].encode_utf16().count());
        }
    }

    #[test]
    fn digits_written_in_kanji_are_found_as_the_digits_they_stand_for(s in text()) {
        // Without kanji digits of its own (they would join the runs written in kanji).
        let s: String = s.chars().filter(|&c| !"〇一二三四五六七八九".contains(c)).collect();
        let kanji = in_kanji(&s);
        for r in [all_kinds(), Redactor::default()] {
            prop_assert_eq!(r.find(&kanji), r.find(&s), "{:?}", kanji);
            prop_assert_eq!(r.finds_anything(&kanji), r.finds_anything(&s));
        }
    }

    #[test]
    fn findings_are_sorted_and_disjoint(s in text()) {
        check_findings(&s, &all_kinds());
        check_findings(&s, &Redactor::default());
    }

    #[test]
    fn mask_keeps_length_and_everything_outside(s in text()) {
        check_mask(&s, &all_kinds());
    }

    #[test]
    fn redacting_the_output_again_finds_nothing(s in written_text()) {
        let r = all_kinds();
        let once = r.redact(&s);
        let twice = r.find(&once.text);
        prop_assert!(twice.is_empty(), "{:?} → {:?} → {:?}", s, once.text, twice);
    }

    #[test]
    fn redacting_partial_output_again_finds_nothing_new(s in written_text(), keep in 0usize..6) {
        // The letters and digits the partial style leaves may be found again, but
        // only where something was found the first time.
        let r = Redactor::builder().kinds(Kind::ALL).style(Style::Partial).keep_last(keep).build().unwrap();
        let once = r.redact(&s);
        // Compared in UTF-16 code units, the offsets both texts share (a masked 𠮷 is
        // one ＊ of three bytes instead of four, but two units either way).
        for f in r.find(&once.text) {
            let (fs, fe) = (utf16(&once.text, f.start), utf16(&once.text, f.end));
            prop_assert!(
                once.findings.iter().any(|g| utf16(&s, g.start) < fe && fs < utf16(&s, g.end)),
                "{:?} → {:?}: new {:?}", s, once.text, f
            );
        }
    }

    #[test]
    fn label_style_replaces_exactly_the_findings(s in text()) {
        let r = Redactor::builder().kinds(Kind::ALL).style(Style::Label).build().unwrap();
        let out = r.redact(&s);
        let mut expected = String::new();
        let mut at = 0;
        for f in &out.findings {
            expected.push_str(&s[at..f.start]);
            expected.push_str(f.kind.label());
            at = f.end;
        }
        expected.push_str(&s[at..]);
        prop_assert_eq!(out.text, expected);
    }

    #[test]
    fn partial_style_keeps_length_and_shows_at_most_keep_last(s in text(), keep in 0usize..8) {
        let r = Redactor::builder().kinds(Kind::ALL).style(Style::Partial).keep_last(keep).build().unwrap();
        let out = r.redact(&s);
        prop_assert_eq!(out.text.encode_utf16().count(), s.encode_utf16().count());
        // It hides at least what the mask style hides (more where its visible
        // characters would lead a second reading to another value).
        let masked = Redactor::builder().kinds(Kind::ALL).build().unwrap().redact(&s);
        for m in &masked.findings {
            prop_assert!(
                out.findings.iter().any(|f| f.start <= m.start && m.end <= f.end),
                "{:?} hidden by the mask style only in {:?}", &s[m.start..m.end], s
            );
        }
        // Per finding, the visible letters and digits are at most `keep`.
        let (o16, s16): (Vec<u16>, Vec<u16>) = (out.text.encode_utf16().collect(), s.encode_utf16().collect());
        let mut unit = 0;
        let mut starts = Vec::new();
        for (i, c) in s.char_indices() {
            starts.push((i, unit));
            unit += c.len_utf16();
        }
        starts.push((s.len(), unit));
        let to16 = |b: usize| starts.iter().find(|(i, _)| *i == b).map(|(_, u)| *u).unwrap();
        for f in &out.findings {
            let (a, b) = (to16(f.start), to16(f.end));
            let shown = (a..b)
                .filter(|&k| o16[k] == s16[k] && char::from_u32(u32::from(s16[k])).is_some_and(char::is_alphanumeric))
                .count();
            prop_assert!(shown <= keep, "{} shown of {:?} in {:?}", shown, &s[f.start..f.end], s);
        }
    }
}

/// Inputs built to make a careless scanner quadratic are processed whole and keep
/// their length. How the time grows with input size is measured in `bench/` (the
/// scaling rows of `npm run bench`), never here: a pass/fail test takes no timings.
#[test]
fn adversarial_input_is_processed_whole() {
    let r = all_kinds();
    let n = 200_000;
    let cases: Vec<String> = vec![
        "1-".repeat(n / 2),
        "1 ".repeat(n / 2),
        "記号 1 ".repeat(n / 8),
        "保険者番号".repeat(n / 15),
        "@".repeat(n),
        format!("{}@{}", "a".repeat(n / 2), "b.".repeat(n / 4)),
        "a@".repeat(n / 2),
        "ﾊﾞ".repeat(n / 6),
        "1".repeat(n),
        "１ー".repeat(n / 6),
        "TK ".repeat(n / 3),
        "番号 ".repeat(n / 9),
        "（".repeat(n / 3),
        "記号（".repeat(n / 9),
        "1.a".repeat(n / 3),
        "a.".repeat(n / 2),
        "1-".repeat(n / 4) + "@x.jp",
        "ア1 ".repeat(n / 6),
        "普通 ".repeat(n / 7),
    ];
    for text in &cases {
        let out = r.redact(text);
        assert_eq!(
            out.text.encode_utf16().count(),
            text.encode_utf16().count(),
            "{} bytes starting {:?}",
            text.len(),
            text.chars().take(8).collect::<String>()
        );
        assert!(out.findings.windows(2).all(|w| w[0].end <= w[1].start));
    }
}

/// A phone number masked whole is still one to its 電話番号 label; otherwise the
/// 記号・番号 above takes it as the nearest label, moves past it and reaches `0 0`
/// two lines down, which it could not reach in the original text.
#[test]
fn masked_phone_number_stays_with_its_label() {
    let s = "記号・番号  \n電話番号、0172 000000、 \n0 0 ";
    let r = all_kinds();
    let once = r.redact(s);
    assert_eq!(once.text, "記号・番号  \n電話番号、**** ******、 \n0 0 ");
    let twice = r.find(&once.text);
    assert!(twice.is_empty(), "{:?} → {:?}", once.text, twice);
    let partial = Redactor::builder()
        .kinds(Kind::ALL)
        .style(Style::Partial)
        .keep_last(4)
        .build()
        .expect("a redactor");
    let once = partial.redact(s);
    for f in partial.find(&once.text) {
        assert!(
            once.findings
                .iter()
                .any(|g| g.start < f.end && f.start < g.end),
            "{:?} → {:?}: new {:?}",
            s,
            once.text,
            f
        );
    }
}

/// The label that took a value before it was masked goes on from the value's end
/// after it too: here 記号・番号 reaches ` * 090-1234-5678` (and swallows it) only from
/// the end of the `0` it took.
#[test]
fn masked_value_moves_its_label_on() {
    let s = "記号・番号です000000ですカード番号、カード番号です0ですああああ * 090-1234-5678 ";
    let r = all_kinds();
    let once = r.redact(s);
    let twice = r.find(&once.text);
    assert!(twice.is_empty(), "{:?} → {:?}", once.text, twice);
}

/// Texts whose masked output the context reading once read differently from the
/// text: a masked run taken for a heading mark (`*`), a masked neighbour counted
/// shorter than it was, a continuation that stopped the reading of its line's
/// number, masked letters taken for the digits of a phone number
/// (`0000000 TK1234567` → `0000000 *********`), a masked e-mail address taken for a
/// value where the written one was none, a masked 記号 taken for the first of a list. Redacting the output again finds nothing
/// new, masked or partial.
#[test]
fn the_context_reading_reads_masked_output_alike() {
    let r = all_kinds();
    for s in [
        "123456789018、保険者番号 ０ \n 0000 ",
        "被保険者番号、00000 ：\n0000 ",
        "枝番の です000\n000000、保険者番号     ０ ",
        "0000000 123456789018、公費負担者番号 ",
        "記号、00。0 ",
        "電話番号、0000000 TK1234567 0 ",
        "0 運転免許証番号 taro@example.jp\n000000、番号   ",
        // A masked 記号 (`品７Ｈ` → `＊＊＊`) reads as no list with the number after.
        "記号・瑪号：品７Ｈするとた。.12.4。",
        // A found value in a row makes it no table header, masked or not
        // (`a@m.ex` → `*@*.**`): the component below reads alike.
        ".a@m.ex\tエダバン。\n\t\t0o",
    ] {
        let once = r.redact(s);
        let twice = r.find(&once.text);
        assert!(twice.is_empty(), "{s:?} → {:?} → {twice:?}", once.text);
    }
    let partial = Redactor::builder()
        .kinds(Kind::ALL)
        .style(Style::Partial)
        .keep_last(5)
        .build()
        .expect("a redactor");
    for s in [
        "記号、123456789018。00 ",
        "被保険者番号、000000 ：\n0000 ",
        "記号・番号 𠮷です0 ",
    ] {
        let once = partial.redact(s);
        for g in partial.find(&once.text) {
            let (gs, ge) = (utf16(&once.text, g.start), utf16(&once.text, g.end));
            assert!(
                once.findings
                    .iter()
                    .any(|f| utf16(s, f.start) < ge && gs < utf16(s, f.end)),
                "{s:?} → {:?}: {g:?}",
                once.text
            );
        }
    }
}
