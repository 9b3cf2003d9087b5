//! The findings of a batch (`redactJsonLines`, `redactCsvRecords`) packed for
//! JavaScript: one `Uint32Array` of numbers and the kinds' names it refers to,
//! instead of an object per value.

use js_sys::{Array, Object, Reflect, Uint32Array};
use mamori::redact::Kind;
use wasm_bindgen::JsValue;

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
