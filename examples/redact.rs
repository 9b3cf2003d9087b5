//! Masks standard input with the default redactor (or the kinds named as
//! arguments) and prints the result and the findings: for trying texts by hand.
//!
//! ```sh
//! echo '口座番号 1234567' | cargo run --example redact
//! echo 'TEL 090-1234-5678' | cargo run --example redact -- phone
//! ```

use std::io::Read;

use mamori::redact::{Kind, Redactor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let mut builder = Redactor::builder();
    let kinds: Vec<String> = std::env::args().skip(1).collect();
    if !kinds.is_empty() {
        let mut list: Vec<Kind> = Kind::ALL
            .iter()
            .filter(|k| k.is_default())
            .cloned()
            .collect();
        for name in &kinds {
            list.push(name.parse()?);
        }
        builder = builder.kinds(list);
    }
    let r = builder.build()?.redact(&text);
    print!("{}", r.text);
    for f in &r.findings {
        println!("{} {:?}", f.kind, &text[f.start..f.end]);
    }
    Ok(())
}
