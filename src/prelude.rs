//! What std's prelude gives every module, from `alloc`: the core builds without std
//! too (the browser build), where only `core`'s prelude is implicit.

pub(crate) use alloc::borrow::ToOwned;
pub(crate) use alloc::boxed::Box;
pub(crate) use alloc::string::String;
pub(crate) use alloc::vec;
pub(crate) use alloc::vec::Vec;
