//! Messages of the area `checks` (see the catalogue's module documentation).

super::messages! { 2000;
}
