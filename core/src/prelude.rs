//! What the standard library's prelude gives a `std` crate and a `no_std` one lacks: the crate's
//! files `use crate::prelude::*;` so that they read the same with and without the feature `std`.

pub(crate) use alloc::borrow::ToOwned;
pub(crate) use alloc::boxed::Box;
pub(crate) use alloc::string::{String, ToString};
pub(crate) use alloc::vec::Vec;
pub(crate) use alloc::{format, vec};
