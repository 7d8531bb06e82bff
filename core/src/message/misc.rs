//! Messages of the area `misc` (see the catalogue's module documentation).

super::messages! { 4000;
    NO_SUCH_ARTICLE: "本办法没有{0}", "the regulation has no {1}";
}
