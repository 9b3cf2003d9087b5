//! wasm-bindgen tests of the JS boundary, run in Node by `wasm-bindgen-test-runner`
//! (`cargo test --target wasm32-unknown-unknown --test node`). The cases live in
//! `tests/common/mod.rs`, shared with `tests/browser.rs`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod common;

all_shared_cases!();
