//! wasm-bindgen tests of the JS boundary, run in headless Chromium by
//! `wasm-bindgen-test-runner` through chromedriver
//! (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

mod common;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn version_matches_the_crate() {
    common::version_matches_the_crate();
}

#[wasm_bindgen_test]
fn wrong_types_throw_type_errors_naming_the_argument() {
    common::wrong_types_throw_type_errors_naming_the_argument();
}

#[wasm_bindgen_test]
fn form_reads_a_disclosure_request() {
    common::form_reads_a_disclosure_request();
}

#[wasm_bindgen_test]
fn form_errors_carry_codes_messages_and_suggestion() {
    common::form_errors_carry_codes_messages_and_suggestion();
}

#[wasm_bindgen_test]
fn form_wrong_field_types_throw_type_errors_naming_the_field() {
    common::form_wrong_field_types_throw_type_errors_naming_the_field();
}

#[wasm_bindgen_test]
fn form_options_map_onto_the_rules() {
    common::form_options_map_onto_the_rules();
}

#[wasm_bindgen_test]
fn form_prepare_submission_masks_the_body() {
    common::form_prepare_submission_masks_the_body();
}
