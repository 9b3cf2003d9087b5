//! Helpers for the detectors' unit tests.

use super::chars::{sep, unit};
use super::token::{Group, Token, Value};

/// The value of `text`, split into groups at separators (every separator joins).
pub(crate) fn value(text: &str) -> Value<'static> {
    let mut t = Token::default();
    let mut g: Option<Group> = None;
    let mut pending = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if let Some(u) = unit(c) {
            match g.as_mut() {
                Some(g) => t.extend_group(g, end, u),
                None => g = Some(t.start_group(i, end, u, pending.take())),
            }
        } else if let Some(s) = sep(c) {
            if let Some(done) = g.take() {
                t.groups.push(done);
            }
            pending = Some(s);
        } else {
            panic!("{c:?} is neither a unit nor a separator");
        }
    }
    if let Some(done) = g {
        t.groups.push(done);
    }
    // Tests only: the token lives as long as the test process.
    let t: &'static Token = Box::leak(Box::new(t));
    Value::new(&t.groups, &t.norm).expect("a value of at most 24 units")
}
