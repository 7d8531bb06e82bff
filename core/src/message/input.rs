//! Messages of the area `input` (see the catalogue's module documentation).

super::messages! { 3000;
}
