//! `#[derive(FromJson)]` for fuling-rules.
//!
//! Generates `impl fuling_rules::json_input::FromJson` from the type's `#[serde(...)]`
//! attributes (the same attributes `Serialize` and `schemars` read, so one declaration
//! drives the reader, the writer and the schema), and `impl serde::Deserialize` that
//! reads the crate's own JSON tree (as a `serde_json::Value` is read) and calls that `FromJson`: the type has one reader. The
//! generated reader is deliberately small: a struct is a `const` table of its fields
//! driven by one shared, non-generic loop in `json_input`, and a `match` that stores
//! field `i` (see `read.rs`). That keeps the WebAssembly build small (serde's derive
//! generates a visitor, a field-identifier visitor and a sequence visitor per type).
//!
//! The generated code names `crate::json_read`, so the derive is for use inside
//! `fuling-rules` only; the helpers it calls are `pub(crate)`.
//!
//! Supported, with serde's meaning:
//! - structs with named fields: container `default`, `deny_unknown_fields`; field
//!   `rename = "…"`, `default`, `default = "path"`; a missing `Option` field is `None`;
//! - enums of unit variants: container `rename_all = "snake_case"`, variant `rename = "…"`;
//!   the names are read from the table `#[derive(ToJson)]` writes (`json_output::UnitNames`,
//!   checked at compile time against the reader's own), so such an enum derives both;
//! - internally tagged enums (`tag = "…"`) of struct variants, whose tag is read by the
//!   type's own `read_tag` (see `read::tagged_enum_body`); a `flatten` field's keys are
//!   named by `#[from_json(flatten = "key …")]`.
//!
//! Anything else is a compile error naming the attribute, so a new serde attribute
//! cannot silently change the writer (or the schema) and not the reader.

mod read;

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::quote;
use syn::{parse_macro_input, Data, DeriveInput, Expr, ExprLit, Fields, Lit, LitStr, Meta};

mod write;

/// A name table (`crate::text::Names`): the names as one text, each followed by a space
/// (one pointer per table in the `.wasm`, where `&[&str]` has one per name); a compile
/// error for a name with a space in it.
fn names_table(names: &[String], at: &dyn quote::ToTokens) -> syn::Result<TokenStream2> {
    let mut text = String::new();
    for name in names {
        if name.contains(' ') {
            return Err(syn::Error::new_spanned(at, format!("the name {name:?} has a space")));
        }
        text.push_str(name);
        text.push(' ');
    }
    let text = LitStr::new(&text, Span::call_site());
    Ok(quote! { crate::text::Names::new(#text) })
}

/// Derives `fuling_rules::json_output::ToJson` (the writer) from the type's `#[serde]`
/// attributes, and `serde::Serialize` through it (see `write.rs`).
#[proc_macro_derive(ToJson, attributes(serde))]
pub fn derive_to_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match write::expand(&input) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// Derives `fuling_rules::json_input::FromJson` from the type's `#[serde]` attributes,
/// and `serde::Deserialize` through it.
#[proc_macro_derive(FromJson, attributes(serde, from_json))]
pub fn derive_from_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// The `#[serde(...)]` items of one attribute list, read once for both derives (the reader
/// and the writer, `write.rs`): each derive uses the items it needs and refuses the ones it
/// cannot honour.
#[derive(Default)]
struct SerdeAttrs {
    default: Option<Option<syn::Path>>,
    deny_unknown_fields: bool,
    rename: Option<String>,
    rename_all: Option<String>,
    tag: Option<String>,
    flatten: bool,
    /// Writer only: `skip_serializing_if = "path"`.
    skip_serializing_if: Option<syn::Path>,
    /// Writer only: container `transparent`.
    transparent: bool,
    /// Writer only: container `into = "Type"`.
    into: Option<syn::Type>,
}

fn str_value(expr: &Expr) -> syn::Result<String> {
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Ok(s.value()),
        // A `$name` substituted by macro_rules arrives wrapped in an invisible group.
        Expr::Group(g) => str_value(&g.expr),
        other => Err(syn::Error::new_spanned(
            other,
            "fuling-rules-derive: expected a string literal",
        )),
    }
}

fn serde_attrs(attrs: &[syn::Attribute]) -> syn::Result<SerdeAttrs> {
    let mut out = SerdeAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let items = attr.parse_args_with(syn::punctuated::Punctuated::<Meta, syn::Token![,]>::parse_terminated)?;
        for item in items {
            match &item {
                Meta::Path(p) if p.is_ident("default") => out.default = Some(None),
                Meta::Path(p) if p.is_ident("deny_unknown_fields") => out.deny_unknown_fields = true,
                Meta::Path(p) if p.is_ident("flatten") => out.flatten = true,
                Meta::Path(p) if p.is_ident("transparent") => out.transparent = true,
                Meta::NameValue(nv) if nv.path.is_ident("tag") => out.tag = Some(str_value(&nv.value)?),
                Meta::NameValue(nv) if nv.path.is_ident("into") => {
                    out.into = Some(syn::parse_str(&str_value(&nv.value)?)?);
                }
                Meta::NameValue(nv) if nv.path.is_ident("skip_serializing_if") => {
                    out.skip_serializing_if = Some(syn::parse_str(&str_value(&nv.value)?)?);
                }
                Meta::NameValue(nv) if nv.path.is_ident("default") => {
                    let path: syn::Path = syn::parse_str(&str_value(&nv.value)?)?;
                    out.default = Some(Some(path));
                }
                Meta::NameValue(nv) if nv.path.is_ident("rename") => out.rename = Some(str_value(&nv.value)?),
                Meta::NameValue(nv) if nv.path.is_ident("rename_all") => {
                    let rule = str_value(&nv.value)?;
                    if rule != "snake_case" {
                        return Err(syn::Error::new_spanned(
                            nv,
                            "fuling-rules-derive: only rename_all = \"snake_case\" is supported",
                        ));
                    }
                    out.rename_all = Some(rule);
                }
                other => {
                    return Err(syn::Error::new_spanned(
                        other,
                        "fuling-rules-derive: this serde attribute is not supported (extend fuling-rules-derive and its tests)",
                    ))
                }
            }
        }
    }
    Ok(out)
}

impl SerdeAttrs {
    /// The JSON key of a field with these attributes: its `rename`, else its name (without `r#`).
    fn field_key(&self, ident: &syn::Ident) -> String {
        self.rename
            .clone()
            .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_string())
    }

    /// The JSON name of a variant with these attributes in `container`: its `rename`, else
    /// the container's `rename_all` rule, else its name.
    fn variant_key(&self, container: &SerdeAttrs, ident: &syn::Ident) -> String {
        match (&self.rename, &container.rename_all) {
            (Some(r), _) => r.clone(),
            (None, Some(_)) => snake_case(&ident.to_string()),
            (None, None) => ident.to_string(),
        }
    }
}

/// serde's `snake_case` rule for a variant name.
fn snake_case(name: &str) -> String {
    let mut s = String::new();
    for (i, ch) in name.char_indices() {
        if ch.is_uppercase() {
            if i > 0 {
                s.push('_');
            }
            s.extend(ch.to_lowercase());
        } else {
            s.push(ch);
        }
    }
    s
}

fn expand(input: &DeriveInput) -> syn::Result<TokenStream2> {
    let name = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let container = serde_attrs(&input.attrs)?;
    if container.transparent || container.into.is_some() {
        return Err(syn::Error::new_spanned(
            name,
            "FromJson: `transparent` and `into` are the writer's (write FromJson by hand)",
        ));
    }
    let body = match &input.data {
        Data::Struct(data) => {
            let Fields::Named(fields) = &data.fields else {
                return Err(syn::Error::new_spanned(
                    name,
                    "FromJson: only structs with named fields",
                ));
            };
            read::struct_body(name, &ty_generics, &container, fields)?
        }
        Data::Enum(data) if container.tag.is_some() => {
            let tag = container.tag.clone().unwrap_or_default();
            read::tagged_enum_body(name, &container, &tag, data)?
        }
        Data::Enum(data) => {
            // The names are the writer's table (`json_output::UnitNames`, from `#[derive(ToJson)]`,
            // which every unit enum read here also derives), checked against the variants here.
            let mut keys = Vec::new();
            let mut values = Vec::new();
            for v in &data.variants {
                if !matches!(v.fields, Fields::Unit) {
                    return Err(syn::Error::new_spanned(
                        v,
                        "FromJson: only unit variants (write FromJson by hand)",
                    ));
                }
                let vname = &v.ident;
                let key = serde_attrs(&v.attrs)?.variant_key(&container, vname);
                keys.push(key);
                values.push(quote! { #name::#vname });
            }
            let keys = names_table(&keys, name)?;
            quote! {
                const __NAMES: crate::text::Names = #keys;
                const __VALUES: &[#name] = &[#(#values),*];
                const _: () = assert!(crate::json_output::same_names(__NAMES, <#name as crate::json_output::UnitNames>::NAMES));
                __fj::unit_variant(__value, <#name as crate::json_output::UnitNames>::NAMES, __VALUES)
            }
        }
        Data::Union(_) => return Err(syn::Error::new_spanned(name, "FromJson: unions are not supported")),
    };
    // `Deserialize` through `FromJson` (one reader): the generics of the type plus `'de`.
    let mut de_generics = input.generics.clone();
    de_generics.params.insert(0, syn::parse_quote!('de));
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics crate::json_read::FromJson for #name #ty_generics #where_clause {
            fn from_tree(__value: &crate::json_read::Value) -> ::core::result::Result<Self, crate::json_read::ShapeError> {
                use crate::json_read as __fj;
                #body
            }
        }

        #[automatically_derived]
        impl #de_impl_generics ::serde::Deserialize<'de> for #name #ty_generics #where_clause {
            fn deserialize<__D: ::serde::Deserializer<'de>>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error> {
                crate::json_read::deserialize(__deserializer)
            }
        }
    })
}
