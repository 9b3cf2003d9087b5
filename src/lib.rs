//! # mamori — Japanese contact-form checks and redaction
//!
//! mamori (守り, "protection") checks the contact form through which people ask a
//! company for 開示等 of their personal data, normalizes Japanese input, and masks
//! sensitive numbers (My Number, health-insurance numbers, cards, bank accounts…)
//! before anything leaves the browser. The same code runs natively, in Node and in
//! the browser (WebAssembly).
//!
//! The core is plain Rust:
//!
//! - [`normalize`] — width folding, kana, NFC with names kept intact;
//! - [`phone`] — Japanese phone numbers judged like libphonenumber;
//! - [`form`] — the disclosure-request contact form;
//! - [`redact`] — detectors and masking for sensitive numbers;
//! - [`checkdigit`] — the check-digit rules the detectors rely on;
//! - [`offsets`] — the one place that converts byte offsets to UTF-16 offsets;
//! - [`json`] — the members of a JSON object in its text, for rewriting a record's
//!   fields in place (the CLI's JSON Lines).
//!
//! The JavaScript boundary is a crate of its own beside this one
//! (`bindings/wasm/`, `mamori-wasm`), which calls the public API below; nothing in
//! the core knows about wasm-bindgen.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

extern crate alloc;

mod bytes;
pub mod checkdigit;
pub mod csv;
pub mod form;
pub mod json;
pub mod normalize;
pub mod offsets;
mod once;
mod packed;
pub mod phone;
mod prelude;
pub mod quoted;
pub mod redact;
mod substring;
pub mod text;

/// The crate's version, as in `Cargo.toml` (`version()` in JavaScript).
///
/// ```
/// assert_eq!(mamori::VERSION, env!("CARGO_PKG_VERSION"));
/// ```
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
