//! Generated redaction cases, composed from the rule rather than from any corpus:
//! for every kind, label wordings (kanji, kana, half-width kana, romaji, English,
//! abbreviations) × connectors × separators × widths × layouts (same line, the line
//! above, a note line between, a heading over a generic label, the label after the
//! value, a CSV / TSV / Markdown table, the words of the sentence) × valid and
//! mistyped values (check digit wrong, a digit short or long) × decoys (order,
//! tracking, postal, invoice, dates, amounts, quantities, 診察券番号, 医療機関コード).
//!
//! Asserted: no letter or digit of a sensitive value survives, the decoys stay as
//! they were, and the mask keeps the length. `npm test` runs the fixed seed;
//! `MAMORI_GEN_SEED` and `MAMORI_GEN_CASES` explore further. Run with `--nocapture`
//! for the per-kind recall.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use mamori::checkdigit;
use mamori::redact::redact;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum K {
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
}

const KINDS: [K; 11] = [
    K::MyNumber,
    K::Insurer,
    K::Insured,
    K::Payer,
    K::Recipient,
    K::Card,
    K::Bank,
    K::Passport,
    K::Residence,
    K::License,
    K::Pension,
];

/// How people name each kind.
fn labels(k: K) -> &'static [&'static str] {
    match k {
        K::MyNumber => &[
            "マイナンバー",
            "個人番号",
            "まいなんばー",
            "ﾏｲﾅﾝﾊﾞｰ",
            "My Number",
            "マイナンバーカードの番号",
            "ＭＹ ＮＵＭＢＥＲ",
        ],
        K::Insurer => &[
            "保険者番号",
            "保険者No.",
            "ほけんしゃばんごう",
            "ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ",
            "Insurer No.",
            "保者番号",
            "hokensha bango",
        ],
        K::Insured => &[
            "被保険者番号",
            "被保番",
            "ひほけんしゃばんごう",
            "Insured No.",
            "保険証の番号",
        ],
        K::Payer => &[
            "公費負担者番号",
            "負担者番号",
            "こうひ",
            "Payer No.",
            "公費",
        ],
        K::Recipient => &[
            "受給者番号",
            "受給者証番号",
            "じゅきゅうしゃばんごう",
            "Recipient No.",
            "医療証の番号",
        ],
        K::Card => &[
            "カード番号",
            "クレジットカード",
            "クレカ",
            "カードNo.",
            "Card number",
            "ｶｰﾄﾞ番号",
        ],
        K::Bank => &[
            "口座番号",
            "普通預金",
            "こうざばんごう",
            "Kouza",
            "Account No.",
            "振込先口座",
            "ｺｳｻﾞ",
        ],
        K::Passport => &["旅券番号", "パスポート番号", "ぱすぽーと", "Passport No."],
        K::Residence => &[
            "在留カード番号",
            "在留カード",
            "Residence card",
            "ざいりゅうカード",
        ],
        K::License => &[
            "運転免許証番号",
            "免許証番号",
            "めんきょしょう",
            "Driver's license",
            "ﾒﾝｷｮ",
        ],
        K::Pension => &[
            "基礎年金番号",
            "年金番号",
            "ねんきん",
            "Pension No.",
            "年金手帳の番号",
        ],
    }
}

/// A value of kind `k`: valid, or mistyped (check digit wrong, a digit short or
/// long). Returned as its groups, to be joined by a separator.
fn value(rng: &mut Rng, k: K, mistyped: bool) -> Vec<String> {
    let raw = match k {
        K::MyNumber => {
            let body = rng.digits(11);
            let check = my_number_check(&body);
            format!("{body}{check}")
        }
        K::Insurer | K::Payer => {
            let pref = 1 + rng.below(47);
            let body = format!("{:02}{:02}{}", 1 + rng.below(80), pref, rng.digits(3));
            format!("{body}{}", luhn(&body))
        }
        K::Recipient => {
            let body = rng.digits(6);
            format!("{body}{}", luhn(&body))
        }
        K::Card => {
            let body = format!("4{}", rng.digits(14));
            format!("{body}{}", luhn(&body))
        }
        K::Insured | K::Bank => {
            let n = 7 + rng.below(2);
            rng.digits(n)
        }
        K::Passport => format!("{}{}", pick_letters(rng, 2), rng.digits(7)),
        K::Residence => format!(
            "{}{}{}",
            pick_letters(rng, 2),
            rng.digits(8),
            pick_letters(rng, 2)
        ),
        K::License => rng.digits(12),
        K::Pension => rng.digits(10),
    };
    let raw = if mistyped { mistype(rng, &raw) } else { raw };
    let sizes: &[usize] = match (k, raw.len()) {
        (K::MyNumber | K::License, _) => &[4, 4, 4, 4],
        (K::Card, _) => &[4, 4, 4, 4, 4],
        (K::Pension, _) => &[4, 6, 6],
        _ => &[64],
    };
    let grouped = rng.below(3) > 0;
    if !grouped {
        return vec![raw];
    }
    let mut out = Vec::new();
    let mut rest = raw.as_str();
    for &n in sizes {
        if rest.is_empty() {
            break;
        }
        let (a, b) = rest.split_at(n.min(rest.len()));
        out.push(a.to_owned());
        rest = b;
    }
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

fn pick_letters(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'A' + rng.below(26) as u8))
        .collect()
}

/// The My Number check digit of an 11-digit `body`.
fn my_number_check(body: &str) -> u8 {
    checkdigit::my_number_check_digit(body.as_bytes()).unwrap_or(0)
}

/// The Luhn check digit of `body`.
fn luhn(body: &str) -> u32 {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

/// One typo: the last digit changed, a digit dropped, or one added.
fn mistype(rng: &mut Rng, raw: &str) -> String {
    let mut chars: Vec<char> = raw.chars().collect();
    match rng.below(3) {
        0 => {
            if let Some(last) = chars.last_mut() {
                let d = last.to_digit(10).unwrap_or(0);
                *last = char::from(b'0' + ((d + 1 + rng.below(8) as u32) % 10) as u8);
            }
        }
        1 => {
            let i = chars.iter().rposition(char::is_ascii_digit).unwrap_or(0);
            chars.remove(i);
        }
        _ => {
            let i = chars.iter().rposition(char::is_ascii_digit).unwrap_or(0);
            chars.insert(i, char::from(b'0' + rng.below(10) as u8));
        }
    }
    chars.into_iter().collect()
}

/// Full width for ASCII letters and digits.
fn wide(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

const SEPARATORS: &[&str] = &[" ", "-", "　", "－", " - ", "　－　", "  ", "ー", "."];
const CONNECTORS: &[&str] = &["：", ":", " ", "は", "→", "＝", "は、", "："];

/// A piece of text: sensitive or not.
struct Piece {
    text: String,
    sensitive: bool,
}

/// Decoys that must stay as written: none passes a check digit or carries a label
/// of a sensitive kind.
fn decoy(rng: &mut Rng) -> String {
    let order = loop {
        let d = rng.digits(12);
        if my_number_check(&d[..11]).to_string() != d[11..] {
            break d;
        }
    };
    match rng.below(10) {
        0 => format!("注文番号 {order} の件です。"),
        1 => format!("追跡番号：{} {} {}", &order[..4], &order[4..8], &order[8..]),
        2 => "〒100-0001 東京都千代田区".to_owned(),
        3 => "2026年11月25日、2026/11/26 に届きました。".to_owned(),
        4 => "お薬代は ¥12,800 と 3,200円でした。ロキソプロフェン60mg 3錠、14日分。".to_owned(),
        5 => loop {
            let t = rng.digits(13);
            if luhn(&t[..12]).to_string() != t[12..] {
                break format!("請求書の登録番号 T{t}");
            }
        },
        6 => format!("診察券番号 {}", rng.digits(8)),
        7 => format!("医療機関コード {}", rng.digits(7)),
        8 => format!("受付番号：{}-{}", rng.digits(4), rng.digits(4)),
        _ => "お問い合わせありがとうございます。".to_owned(),
    }
}

/// One generated text: its pieces, the kind and the layout's name.
fn case(rng: &mut Rng, k: K) -> (Vec<Piece>, &'static str) {
    let label = rng.pick(labels(k)).to_string();
    let label = if rng.below(5) == 0 {
        wide(&label)
    } else {
        label
    };
    let mistyped = rng.below(2) == 0;
    let groups = value(rng, k, mistyped);
    let sep = *rng.pick(SEPARATORS);
    // Dots join digits only.
    let sep = if sep == "."
        && groups
            .iter()
            .any(|g| g.chars().any(|c| c.is_ascii_alphabetic()))
    {
        " "
    } else {
        sep
    };
    let mut v = groups.join(sep);
    match rng.below(4) {
        0 => v = wide(&v),
        1 => {
            // Mixed widths within one value.
            v = v
                .chars()
                .enumerate()
                .map(|(i, c)| {
                    if i % 3 == 0 {
                        wide(&c.to_string())
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        }
        _ => {}
    }
    let conn = *rng.pick(CONNECTORS);
    let p = |text: &str, sensitive: bool| Piece {
        text: text.to_owned(),
        sensitive,
    };
    let mut pieces = Vec::new();
    if rng.below(3) == 0 {
        pieces.push(p(&decoy(rng), false));
        pieces.push(p("\n", false));
    }
    let layout = match rng.below(8) {
        0 => {
            pieces.push(p(&format!("{label}{conn}"), false));
            pieces.push(p(&v, true));
            pieces.push(p("です。", false));
            "same line"
        }
        1 => {
            pieces.push(p(&format!("{label}\n"), false));
            pieces.push(p(&v, true));
            "line above"
        }
        2 => {
            let note = rng.pick(&[
                "（保険証の右下に記載）",
                "※確認済み",
                "（念のため再送します）",
            ]);
            pieces.push(p(&format!("{label}\n{note}\n"), false));
            pieces.push(p(&v, true));
            "note line between"
        }
        3 => {
            let generic = rng.pick(&["番号", "No.", "ナンバー"]);
            pieces.push(p(&format!("■{label}について\n{generic}："), false));
            pieces.push(p(&v, true));
            "heading"
        }
        4 => {
            pieces.push(p("念のため ", false));
            pieces.push(p(&v, true));
            pieces.push(p(&format!("（{label}）です。"), false));
            "label after"
        }
        5 => {
            let d = *rng.pick(&[",", "\t", " | "]);
            let (open, close) = if d == " | " { ("| ", " |") } else { ("", "") };
            pieces.push(p(
                &format!("{open}氏名{d}{label}{d}備考{close}\n{open}山田 太郎{d}"),
                false,
            ));
            pieces.push(p(&v, true));
            pieces.push(p(&format!("{d}変更{close}"), false));
            "table"
        }
        6 => {
            pieces.push(p(&format!("先日お伝えした{label}ですが、正しくは"), false));
            pieces.push(p(&v, true));
            pieces.push(p("でした。", false));
            "sentence"
        }
        _ => {
            pieces.push(p(&format!("【{label}】"), false));
            pieces.push(p(&v, true));
            "brackets"
        }
    };
    if rng.below(2) == 0 {
        pieces.push(p("\n", false));
        pieces.push(p(&decoy(rng), false));
    }
    (pieces, layout)
}

#[test]
fn generated_texts_leak_nothing_and_keep_decoys() {
    let seed: u64 = std::env::var("MAMORI_GEN_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_201);
    let cases: usize = std::env::var("MAMORI_GEN_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(6_000);
    let mut rng = Rng(seed | 1);
    let mut per_kind: BTreeMap<K, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for i in 0..cases {
        let k = KINDS[i % KINDS.len()];
        let (pieces, layout) = case(&mut rng, k);
        let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
        let out = redact(&text);
        assert_eq!(
            text.encode_utf16().count(),
            out.text.encode_utf16().count(),
            "the mask changed the length of {text:?}"
        );
        // Compare piece by piece: the mask keeps every character's width in bytes
        // except full-width letters and digits (＊ for them), so walk both by char.
        let mut outs = out.text.chars();
        let mut leaked = false;
        let mut decoy_changed = false;
        for p in &pieces {
            for c in p.text.chars() {
                let o = outs.next().unwrap_or(c);
                if p.sensitive && c.is_alphanumeric() && o == c {
                    leaked = true;
                }
                if !p.sensitive && o != c {
                    decoy_changed = true;
                }
            }
        }
        let entry = per_kind.entry(k).or_default();
        entry.0 += 1;
        if !leaked {
            entry.1 += 1;
        }
        if leaked || decoy_changed {
            failures.push(format!(
                "{k:?} [{layout}] {}: {text:?} -> {:?}",
                if leaked { "leaked" } else { "over-masked" },
                out.text
            ));
        }
    }
    println!("kind            cases  masked whole  recall");
    for (k, (n, ok)) in &per_kind {
        println!(
            "{:<15} {n:>5} {ok:>13} {:>7.4}",
            format!("{k:?}"),
            *ok as f64 / *n as f64
        );
    }
    println!(
        "{} cases from seed {seed}, {} failed",
        cases,
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} generated cases failed",
        failures.len()
    );
}
