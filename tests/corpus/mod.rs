//! Where the corpus tests find their records.
//!
//! Every corpus test runs twice over: on the project's own labelled fixtures
//! (`tests/fixtures/<name>`, always there) and on the shared development corpus
//! (`$MAMORI_CORPUS_DIR`, else `<crate root>/../shared/corpus`), which a clone of the
//! repository alone does not have. A missing shared corpus skips its test with one
//! line on stderr, unless `MAMORI_REQUIRE_CORPUS=1` (set by `.ci/run`) makes it an
//! error.
// Each test crate uses the half it needs.
#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;

/// The lines of the fixture `tests/fixtures/<name>`, which must exist.
pub fn fixture(name: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the fixture {} is missing ({e})", path.display()));
    lines(&data)
}

/// The lines of the shared corpus file `name`, or `None` (after saying so) when the
/// shared corpus is not there and not required.
pub fn shared(name: &str) -> Option<Vec<String>> {
    let dir = std::env::var_os("MAMORI_CORPUS_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    let path = dir.join(name);
    match std::fs::read_to_string(&path) {
        Ok(data) => Some(lines(&data)),
        Err(e) if std::env::var("MAMORI_REQUIRE_CORPUS").as_deref() == Ok("1") => panic!(
            "the shared corpus is missing at {} ({e}) and MAMORI_REQUIRE_CORPUS=1",
            path.display()
        ),
        Err(_) => {
            // Straight to stderr: the test harness would swallow `eprintln!`.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: no shared corpus at {} (set MAMORI_CORPUS_DIR; MAMORI_REQUIRE_CORPUS=1 makes this an error)",
                path.display()
            );
            None
        }
    }
}

fn lines(data: &str) -> Vec<String> {
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}
