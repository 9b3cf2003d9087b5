//! Native micro benchmarks of the core functions (divan): `cargo bench --bench core`.
//!
//! Inputs come from the labelled corpus (`$MAMORI_CORPUS_DIR` or
//! `<crate root>/../shared/corpus`); the run stops with a clear message when it is
//! missing. `npm run bench` runs these too and copies the table into
//! `bench/RESULTS.md`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    divan::main();
}

// The wasm32 target has no benchmarks (divan is a native dev-dependency); this keeps
// `cargo clippy --target wasm32-unknown-unknown --all-targets` building.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod benches {
    use divan::{black_box, Bencher};
    use mamori::form::{validate_form, ContactForm};
    use mamori::normalize::{normalize, Profile};
    use mamori::offsets::{utf16_len, Utf16Cursor};
    use mamori::phone::parse_phone;
    use mamori::redact::redact;
    use std::path::PathBuf;
    use std::sync::OnceLock;

    fn corpus_dir() -> PathBuf {
        std::env::var_os("MAMORI_CORPUS_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
    }

    /// One string field of every record of a corpus file.
    fn corpus_field(file: &str, field: &str) -> Vec<String> {
        let path = corpus_dir().join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("the corpus is missing at {}: {e}", path.display()));
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("corpus line is JSON");
                v[field].as_str().unwrap_or_default().to_owned()
            })
            .collect()
    }

    fn phones() -> &'static [String] {
        static P: OnceLock<Vec<String>> = OnceLock::new();
        P.get_or_init(|| corpus_field("phone.jsonl", "input"))
    }

    /// The redaction corpus texts, repeated to about 1 MiB of Japanese text.
    fn text_1mib() -> &'static str {
        static T: OnceLock<String> = OnceLock::new();
        T.get_or_init(|| {
            let texts = corpus_field("redact.jsonl", "text");
            let mut out = String::with_capacity(1 << 20);
            while out.len() < 1 << 20 {
                for t in &texts {
                    out.push_str(t);
                    out.push_str("\n\n");
                }
            }
            out
        })
    }

    /// parsePhone over every typed-in number of the phone corpus (one iteration = all).
    #[divan::bench]
    fn parse_phone_corpus(bencher: Bencher) {
        let inputs = phones();
        bencher
            .counter(divan::counter::ItemsCount::new(inputs.len()))
            .bench(|| {
                for x in inputs {
                    let _ = black_box(parse_phone(black_box(x)));
                }
            });
    }

    #[divan::bench(args = [Profile::Text, Profile::Name, Profile::Kana])]
    fn normalize_1mib(bencher: Bencher, profile: Profile) {
        let text = text_1mib();
        bencher
            .counter(divan::counter::BytesCount::of_str(text))
            .bench(|| black_box(normalize(black_box(text), profile)).len());
    }

    #[divan::bench]
    fn utf16_offsets_1mib(bencher: Bencher) {
        let text = text_1mib();
        // Every 97th character boundary: about the density of findings in real text.
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(97).collect();
        bencher
            .counter(divan::counter::BytesCount::of_str(text))
            .bench(|| {
                let mut cursor = Utf16Cursor::new(text);
                let mut sum = 0usize;
                for &o in &offsets {
                    sum = sum.wrapping_add(cursor.to_utf16(o));
                }
                black_box(sum + utf16_len(text))
            });
    }

    fn forms() -> &'static [ContactForm] {
        static F: OnceLock<Vec<ContactForm>> = OnceLock::new();
        F.get_or_init(|| {
            let path = corpus_dir().join("forms.jsonl");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("the corpus is missing at {}: {e}", path.display()));
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    let v: serde_json::Value =
                        serde_json::from_str(l).expect("corpus line is JSON");
                    let field = |k: &str| v["form"][k].as_str().unwrap_or_default().to_owned();
                    ContactForm {
                        inquiry_type: field("inquiryType"),
                        name: field("name"),
                        phone: field("phone"),
                        email: field("email"),
                        body: field("body"),
                    }
                })
                .collect()
        })
    }

    /// validate_form over every form of the forms corpus (one iteration = all).
    #[divan::bench]
    fn validate_form_corpus(bencher: Bencher) {
        let forms = forms();
        bencher
            .counter(divan::counter::ItemsCount::new(forms.len()))
            .bench(|| {
                for f in forms {
                    black_box(validate_form(black_box(f)));
                }
            });
    }

    /// redact with the defaults on about 1 MiB of the redaction corpus texts.
    #[divan::bench]
    fn redact_1mib(bencher: Bencher) {
        let text = text_1mib();
        bencher
            .counter(divan::counter::BytesCount::of_str(text))
            .bench(|| black_box(redact(black_box(text))).findings.len());
    }

    /// redact on one short message: the fixed cost of a call, natively.
    #[divan::bench]
    fn redact_short(bencher: Bencher) {
        let text = "マイナンバーは 1234 5678 9018 です。ご確認をお願いします。";
        bencher.bench(|| black_box(redact(black_box(text))).findings.len());
    }
}
