//! Messages of the area `records` (see the catalogue's module documentation).

super::messages! { 7000;
}
