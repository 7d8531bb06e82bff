//! `#[derive(ToJson)]`: the writer of an output type, from its `#[serde]` attributes.
//!
//! Generates `impl crate::json_output::ToJson` (compact JSON text appended to a `String`,
//! byte-identical to what serde's derive and `serde_json::to_string` write) and
//! `impl serde::Serialize` as a call of it (`crate::json_output::serialize`), so the type
//! has one writer. A struct also gets `ToJsonFields` (its fields without braces), which a
//! `#[serde(flatten)]` field of another type calls.
//!
//! Supported, with serde's meaning:
//! - structs with named fields: container `transparent` (one field), `into = "Type"`
//!   (written as `Type::from(self.clone())`); field `rename`, `skip_serializing_if = "path"`,
//!   `flatten`; the reader's `default`, `deny_unknown_fields` are accepted and ignored;
//! - enums of unit variants: container `rename_all = "snake_case"`, variant `rename`; the
//!   names are one table, `impl json_output::UnitNames` (also the reader's and `as_str`'s);
//! - enums with `tag = "…"` (internally tagged) whose variants are units or have named
//!   fields (with the field attributes above).
//!
//! Anything else is a compile error naming the attribute.

use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::quote;
use syn::{Data, DeriveInput, Fields, LitStr};

/// A JSON string literal's text (with quotes) for a name, escaped at compile time.
fn quoted(name: &str) -> String {
    let mut s = String::from("\"");
    for c in name.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            c if (c as u32) < 0x20 => s.push_str(&format!("\\u{:04x}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

fn lit(s: &str) -> LitStr {
    LitStr::new(s, Span::call_site())
}

/// A name the writers put in quotes as it is (`json_output::plain`): one that needs no
/// escaping, else a compile error.
fn plain(name: &str, at: &dyn quote::ToTokens) -> syn::Result<LitStr> {
    if quoted(name) == format!("\"{name}\"") {
        Ok(lit(name))
    } else {
        Err(syn::Error::new_spanned(
            at,
            format!("ToJson: the name {name:?} needs escaping"),
        ))
    }
}

/// The statements that write the named fields `fields` (bound to the identifiers the
/// pattern gives them: `access(ident)` is an expression of type `&FieldType`).
fn write_fields(
    fields: &syn::FieldsNamed,
    access: &dyn Fn(&syn::Ident) -> TokenStream2,
) -> syn::Result<Vec<TokenStream2>> {
    let mut out = Vec::new();
    for f in &fields.named {
        let ident = f
            .ident
            .clone()
            .ok_or_else(|| syn::Error::new_spanned(f, "unnamed field"))?;
        let a = super::serde_attrs(&f.attrs)?;
        let value = access(&ident);
        if a.flatten {
            let write = quote! { __jo::ToJsonFields::write_fields(#value, __out); };
            out.push(match a.skip_serializing_if {
                Some(path) => quote! { if !#path(#value) { #write } },
                None => write,
            });
            continue;
        }
        let key = plain(&a.field_key(&ident), &ident)?;
        out.push(match a.skip_serializing_if {
            // The most common case: one shared call per field type (`json_output::field_some`).
            Some(path) if quote! { #path }.to_string() == "Option :: is_none" => {
                quote! { __jo::field_some(__out, #key, #value); }
            }
            Some(path) => quote! { if !#path(#value) { __jo::field(__out, #key, #value); } },
            None => quote! { __jo::field(__out, #key, #value); },
        });
    }
    Ok(out)
}

pub(crate) fn expand(input: &DeriveInput) -> syn::Result<TokenStream2> {
    let name = &input.ident;
    let mut generics = input.generics.clone();
    for p in generics.type_params_mut() {
        p.bounds.push(syn::parse_quote!(crate::json_output::ToJson));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let container = super::serde_attrs(&input.attrs)?;
    let mut fields_impl = quote! {};
    let body = match &input.data {
        _ if container.into.is_some() => {
            let into = &container.into;
            quote! {
                let __v: #into = ::core::convert::From::from(::core::clone::Clone::clone(self));
                crate::json_output::ToJson::write_json(&__v, __out);
            }
        }
        Data::Struct(data) => {
            let Fields::Named(fields) = &data.fields else {
                return Err(syn::Error::new_spanned(name, "ToJson: only structs with named fields"));
            };
            if container.transparent {
                let [f] = fields.named.iter().collect::<Vec<_>>()[..] else {
                    return Err(syn::Error::new_spanned(name, "ToJson: transparent needs one field"));
                };
                let ident = &f.ident;
                quote! { crate::json_output::ToJson::write_json(&self.#ident, __out); }
            } else {
                let writes = write_fields(fields, &|ident| quote! { &self.#ident })?;
                fields_impl = quote! {
                    #[automatically_derived]
                    impl #impl_generics crate::json_output::ToJsonFields for #name #ty_generics #where_clause {
                        fn write_fields(&self, __out: &mut ::alloc::string::String) {
                            use crate::json_output as __jo;
                            #(#writes)*
                        }
                    }
                };
                quote! {
                    __out.push('{');
                    crate::json_output::ToJsonFields::write_fields(self, __out);
                    __out.push('}');
                }
            }
        }
        Data::Enum(data) if container.tag.is_some() => tagged_body(name, &container, data)?,
        Data::Enum(data) => {
            let mut arms = Vec::new();
            let mut names = Vec::new();
            for v in &data.variants {
                let vname = &v.ident;
                let key = super::serde_attrs(&v.attrs)?.variant_key(&container, vname);
                arms.push(match (&container.tag, &v.fields) {
                    (None, Fields::Unit) => {
                        // A unit enum is a table of its written names, indexed by the variant.
                        plain(&key, vname)?;
                        let i = names.len();
                        names.push(key);
                        quote! { #name::#vname => #i, }
                    }
                    (Some(tag), Fields::Unit) => {
                        let (tag, key) = (plain(tag, name)?, plain(&key, vname)?);
                        quote! { #name::#vname => { __jo::open_tagged(__out, #tag, #key); __out.push('}'); } }
                    }
                    (Some(tag), Fields::Named(fields)) => {
                        let (tag, key) = (plain(tag, name)?, plain(&key, vname)?);
                        let idents: Vec<_> = fields.named.iter().map(|f| f.ident.clone()).collect();
                        let writes = write_fields(fields, &|ident| quote! { #ident })?;
                        quote! {
                            #name::#vname { #(#idents),* } => {
                                __jo::open_tagged(__out, #tag, #key);
                                #(#writes)*
                                __out.push('}');
                            }
                        }
                    }
                    _ => {
                        return Err(syn::Error::new_spanned(
                            v,
                            "ToJson: only unit variants, or named fields with `tag` (write ToJson by hand)",
                        ))
                    }
                });
            }
            if container.tag.is_none() {
                // The one table of the names (the reader's and `as_str`'s too).
                let names = super::names_table(&names, name)?;
                fields_impl = quote! {
                    #[automatically_derived]
                    impl crate::json_output::UnitNames for #name {
                        const NAMES: crate::text::Names = #names;
                    }
                };
                quote! {
                    crate::json_output::name(__out, <Self as crate::json_output::UnitNames>::NAMES, match self { #(#arms)* });
                }
            } else {
                quote! {
                    use crate::json_output as __jo;
                    match self { #(#arms)* }
                }
            }
        }
        Data::Union(_) => return Err(syn::Error::new_spanned(name, "ToJson: unions are not supported")),
    };
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics crate::json_output::ToJson for #name #ty_generics #where_clause {
            fn write_json(&self, __out: &mut ::alloc::string::String) {
                #body
            }
        }

        #fields_impl

        #[automatically_derived]
        impl #impl_generics ::serde::Serialize for #name #ty_generics #where_clause {
            fn serialize<__S: ::serde::Serializer>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                crate::json_output::serialize(self, __serializer)
            }
        }
    })
}

/// The writer of an internally tagged enum (`tag = "…"`): `{"tag":"name"` with the name
/// from one table indexed by the variant, then the fields every variant starts with (the
/// events' `date` and `meta`) written once for all variants, then each variant's own
/// fields, then `}`.
fn tagged_body(name: &syn::Ident, container: &super::SerdeAttrs, data: &syn::DataEnum) -> syn::Result<TokenStream2> {
    let tag = plain(container.tag.as_deref().unwrap_or_default(), name)?;
    let mut names = Vec::new();
    let mut index_arms = Vec::new();
    // The leading fields every variant has, the same (name, type and attributes).
    let field_id = |f: &syn::Field| {
        let attrs = &f.attrs;
        let (ident, ty) = (&f.ident, &f.ty);
        quote! { #ident #ty #(#attrs)* }.to_string()
    };
    let mut common: Option<Vec<String>> = None;
    for v in &data.variants {
        let ids: Vec<String> = match &v.fields {
            Fields::Named(fields) => fields.named.iter().map(field_id).collect(),
            _ => Vec::new(),
        };
        common = Some(match common {
            None => ids,
            Some(c) => c
                .into_iter()
                .zip(ids)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    let n_common = common.map_or(0, |c| c.len());
    let mut common_fields = None;
    let mut common_pats = Vec::new();
    let mut own_arms = Vec::new();
    for (i, v) in data.variants.iter().enumerate() {
        let vname = &v.ident;
        let key = super::serde_attrs(&v.attrs)?.variant_key(container, vname);
        plain(&key, vname)?;
        names.push(key);
        index_arms.push(quote! { #name::#vname { .. } => #i, });
        match &v.fields {
            Fields::Unit => own_arms.push(quote! { #name::#vname => {} }),
            Fields::Named(fields) => {
                let (head, own): (Vec<_>, Vec<_>) = fields
                    .named
                    .iter()
                    .cloned()
                    .enumerate()
                    .partition(|(k, _)| *k < n_common);
                let head_idents: Vec<_> = head.iter().map(|(_, f)| f.ident.clone()).collect();
                common_pats.push(quote! { #name::#vname { #(#head_idents,)* .. } });
                if common_fields.is_none() {
                    common_fields = Some(syn::FieldsNamed {
                        brace_token: fields.brace_token,
                        named: head.into_iter().map(|(_, f)| f).collect(),
                    });
                }
                let own = syn::FieldsNamed {
                    brace_token: fields.brace_token,
                    named: own.into_iter().map(|(_, f)| f).collect(),
                };
                let idents: Vec<_> = own.named.iter().map(|f| f.ident.clone()).collect();
                let writes = write_fields(&own, &|ident| quote! { #ident })?;
                own_arms.push(quote! { #name::#vname { #(#idents,)* .. } => { #(#writes)* } });
            }
            _ => {
                return Err(syn::Error::new_spanned(
                    v,
                    "ToJson: only unit variants, or named fields with `tag` (write ToJson by hand)",
                ))
            }
        }
    }
    let common_writes = match &common_fields {
        Some(fields) if n_common > 0 => {
            let idents: Vec<_> = fields.named.iter().map(|f| f.ident.clone()).collect();
            let writes = write_fields(fields, &|ident| quote! { #ident })?;
            quote! {
                let (#(#idents,)*) = match self { #(#common_pats)|* => (#(#idents,)*) };
                #(#writes)*
            }
        }
        _ => quote! {},
    };
    let names = super::names_table(&names, name)?;
    Ok(quote! {
        use crate::json_output as __jo;
        const __NAMES: crate::text::Names = #names;
        __jo::open_tagged_at(__out, #tag, __NAMES, match self { #(#index_arms)* });
        #common_writes
        match self { #(#own_arms)* }
        __out.push('}');
    })
}
