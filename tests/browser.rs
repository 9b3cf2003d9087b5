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

#[wasm_bindgen_test]
fn phone_valid_numbers_become_plain_objects() {
    common::phone_valid_numbers_become_plain_objects();
}

#[wasm_bindgen_test]
fn phone_refusals_carry_a_code_and_messages() {
    common::phone_refusals_carry_a_code_and_messages();
}

#[wasm_bindgen_test]
fn phone_keeps_working_after_bad_calls() {
    common::phone_keeps_working_after_bad_calls();
}

#[wasm_bindgen_test]
fn normalize_applies_each_profile() {
    common::normalize_applies_each_profile();
}

#[wasm_bindgen_test]
fn normalize_turns_lone_surrogates_into_replacement_characters() {
    common::normalize_turns_lone_surrogates_into_replacement_characters();
}

#[wasm_bindgen_test]
fn normalize_rejects_a_bad_profile_with_a_type_error_listing_the_names() {
    common::normalize_rejects_a_bad_profile_with_a_type_error_listing_the_names();
}

#[wasm_bindgen_test]
fn redact_masks_and_reports_utf16_offsets() {
    common::redact_masks_and_reports_utf16_offsets();
}

#[wasm_bindgen_test]
fn redact_returns_the_same_string_when_nothing_is_found() {
    common::redact_returns_the_same_string_when_nothing_is_found();
}

#[wasm_bindgen_test]
fn redact_styles_kinds_and_keep_last() {
    common::redact_styles_kinds_and_keep_last();
}

#[wasm_bindgen_test]
fn redact_rejects_bad_options_with_type_errors_naming_them() {
    common::redact_rejects_bad_options_with_type_errors_naming_them();
}

#[wasm_bindgen_test]
fn redact_custom_rules_follow_the_build() {
    common::redact_custom_rules_follow_the_build();
}

#[wasm_bindgen_test]
fn hostile_values_get_type_errors_naming_the_argument() {
    common::hostile_values_get_type_errors_naming_the_argument();
}

#[wasm_bindgen_test]
fn hostile_options_get_type_or_range_errors() {
    common::hostile_options_get_type_or_range_errors();
}

#[wasm_bindgen_test]
fn hostile_throwing_calls_leave_the_module_intact() {
    common::hostile_throwing_calls_leave_the_module_intact();
}

#[wasm_bindgen_test]
fn hostile_100_mb_strings_are_refused_before_they_are_copied() {
    common::hostile_100_mb_strings_are_refused_before_they_are_copied();
}

#[wasm_bindgen_test]
fn hostile_lone_surrogates_keep_offsets_in_the_callers_string() {
    common::hostile_lone_surrogates_keep_offsets_in_the_callers_string();
}

#[wasm_bindgen_test]
fn hostile_forms_with_10000_extra_keys_are_read_like_plain_ones() {
    common::hostile_forms_with_10000_extra_keys_are_read_like_plain_ones();
}

#[wasm_bindgen_test]
fn hostile_proto_keys_pollute_nothing() {
    common::hostile_proto_keys_pollute_nothing();
}
