//! What std's prelude gives the modules that need it, from `alloc`: the browser
//! build of the boundary is `no_std`, where only `core`'s prelude is implicit.

pub(crate) use alloc::borrow::ToOwned;
pub(crate) use alloc::string::String;
pub(crate) use alloc::vec::Vec;
