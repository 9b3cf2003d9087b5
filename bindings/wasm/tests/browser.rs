//! wasm-bindgen tests of the JS boundary, run in headless Chromium by
//! `wasm-bindgen-test-runner` through chromedriver
//! (`cargo test --target wasm32-unknown-unknown --test browser`). The cases live in
//! `tests/common/mod.rs`, shared with `tests/node.rs`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

all_shared_cases!();
