//! Messages of the area `json` (see the catalogue's module documentation).

super::messages! { 8000;
}
