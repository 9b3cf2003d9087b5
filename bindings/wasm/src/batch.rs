//! What the batch functions (`redactJsonLines`, `redactCsvRecords`) share: their
//! `bytes` argument read, and their findings packed for JavaScript as one
//! `Uint32Array` of numbers and the kinds' names it refers to, instead of an object
//! per value.

use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
use mamori::redact::Kind;
use wasm_bindgen::{JsCast, JsValue};

/// `bytes`, a `Uint8Array` of at most 32 MiB, copied into the module: `func` names
/// the function in the errors, and `units` what a caller passes fewer of when it is
/// too long ("lines", "records").
pub(crate) fn read_bytes(bytes: JsValue, func: &str, units: &str) -> Result<Vec<u8>, JsValue> {
    let bytes = bytes
        .dyn_into::<Uint8Array>()
        .map_err(|_| super::type_error_of(&[func, ": `bytes` must be a Uint8Array"]))?;
    if bytes.length() > super::MAX_INPUT_UNITS {
        return Err(super::range_error_of(&[
            func,
            ": `bytes` is longer than 32 MiB, the limit of one call: pass fewer ",
            units,
            " at a time",
        ]));
    }
    Ok(bytes.to_vec())
}

/// Values with findings, in order: the record, the index of the field, the number
/// of kinds, then that many indices into the names.
#[derive(Default)]
pub(crate) struct Found {
    numbers: Vec<u32>,
    kinds: Vec<Kind>,
}

impl Found {
    /// Adds a value of record `record`, field `field`, with the kinds found in it.
    pub(crate) fn push(&mut self, record: usize, field: usize, kinds: &[Kind]) {
        self.numbers
            .extend_from_slice(&[record as u32, field as u32, kinds.len() as u32]);
        for kind in kinds {
            let index = match self.kinds.iter().position(|k| k == kind) {
                Some(i) => i,
                None => {
                    self.kinds.push(kind.clone());
                    self.kinds.len() - 1
                }
            };
            self.numbers.push(index as u32);
        }
    }

    /// Sets `found` (the numbers) and `names` (the kinds) on `result`.
    pub(crate) fn set_on(&self, result: &Object) -> Result<(), JsValue> {
        let names: Array = self
            .kinds
            .iter()
            .map(|k| JsValue::from_str(k.as_str()))
            .collect();
        set(
            result,
            "found",
            &Uint32Array::from(self.numbers.as_slice()).into(),
        )?;
        set(result, "names", &names.into())
    }
}

/// `result[key] = value`.
pub(crate) fn set(result: &Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    Reflect::set(result, &JsValue::from_str(key), value).map(|_| ())
}
