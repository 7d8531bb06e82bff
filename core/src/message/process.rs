//! Messages of the area `process` (see the catalogue's module documentation).

super::messages! { 6000;
}
