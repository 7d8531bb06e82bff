//! Messages of the area `calendar` (see the catalogue's module documentation).

super::messages! { 1000;
}
