//! The reader of a struct with named fields: a `const` table (JSON names in sorted order,
//! which fields are required) driven by the crate's one shared, non-generic loop
//! `json_input::read_struct`, plus a per-struct closure that stores field `i` through a
//! helper shared by every field of the same type. Per field, the struct's own code is one
//! arm of a `match` and, for a field without a default, one slot check when the struct is
//! assembled; the object walk, the `missing`/`unknown field` errors and the JSON Pointer
//! of a bad field are in the shared loop.

use super::SerdeAttrs;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::quote;
use syn::{FieldsNamed, LitStr};

/// The body of `FromJson::from_json` (the value is `__value`, the helpers `__fj`).
pub(crate) fn struct_body(
    name: &syn::Ident,
    ty_generics: &syn::TypeGenerics<'_>,
    container: &SerdeAttrs,
    fields: &FieldsNamed,
) -> syn::Result<TokenStream2> {
    let expecting = LitStr::new(&format!("struct {name}"), Span::call_site());
    // Fields are read in the sorted order of their JSON keys (the order a
    // `serde_json::Map` yields them), so the first error reported is the one serde reports.
    let mut fields_by_key = Vec::new();
    for f in &fields.named {
        let ident = f
            .ident
            .clone()
            .ok_or_else(|| syn::Error::new_spanned(f, "unnamed field"))?;
        let attrs = super::serde_attrs(&f.attrs)?;
        let key = attrs
            .rename
            .clone()
            .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_string());
        fields_by_key.push((key, ident, f.ty.clone(), attrs));
    }
    fields_by_key.sort_by(|a, b| a.0.cmp(&b.0));
    let deny = container.deny_unknown_fields;
    let mut names = Vec::new();
    let mut required = Vec::new();
    let mut arms = Vec::new();
    if container.default.is_some() {
        // Every field has a default: read straight into `Self::default()`, a field with a
        // default of its own first set to it (serde's precedence when the field is absent).
        let mut presets = Vec::new();
        for (i, (key, ident, ty, attrs)) in fields_by_key.iter().enumerate() {
            names.push(LitStr::new(key, Span::call_site()));
            required.push(quote! { false });
            arms.push(quote! { #i => __fj::read_into::<#ty>(&mut __o.#ident, __v), });
            match &attrs.default {
                Some(Some(path)) => presets.push(quote! { __out.#ident = #path(); }),
                Some(None) => presets.push(quote! { __out.#ident = ::core::default::Default::default(); }),
                None => {}
            }
        }
        return Ok(quote! {
            const __TABLE: __fj::StructTable = __fj::StructTable {
                expecting: #expecting,
                names: &[#(#names),*],
                required: &[#(#required),*],
                deny_unknown: #deny,
            };
            let mut __out: #name #ty_generics = ::core::default::Default::default();
            #(#presets)*
            let __o = &mut __out;
            __fj::read_struct(__value, &__TABLE, &mut move |__i, __v| match __i {
                #(#arms)*
                _ => ::core::result::Result::Ok(()),
            })?;
            ::core::result::Result::Ok(__out)
        });
    }
    // Otherwise one slot per field in a tuple: the field's default for a field with one,
    // else an `Option` that is `None` until read (`Some(None)` for an `Option` field).
    let mut inits = Vec::new();
    let mut slot_names = Vec::new();
    let mut checked = Vec::new();
    let mut assign = Vec::new();
    for (i, (key, ident, ty, attrs)) in fields_by_key.iter().enumerate() {
        names.push(LitStr::new(key, Span::call_site()));
        let index = syn::Index::from(i);
        let slot = syn::Ident::new(&format!("__f{i}"), Span::call_site());
        match &attrs.default {
            Some(default) => {
                required.push(quote! { false });
                inits.push(match default {
                    Some(path) => quote! { #path() },
                    None => quote! { <#ty as ::core::default::Default>::default() },
                });
                arms.push(quote! { #i => __fj::read_into::<#ty>(&mut __o.#index, __v), });
            }
            None => {
                required.push(quote! { <#ty as __fj::FromJson>::REQUIRED });
                inits.push(quote! { __fj::absent::<#ty>() });
                arms.push(quote! { #i => __fj::read_some::<#ty>(&mut __o.#index, __v), });
                checked.push(slot.clone());
            }
        }
        assign.push(quote! { #ident: #slot, });
        slot_names.push(slot);
    }
    let assemble = if checked.is_empty() {
        quote! { ::core::result::Result::Ok(#name { #(#assign)* }) }
    } else {
        quote! {
            match (#(#checked,)*) {
                (#(::core::option::Option::Some(#checked),)*) => ::core::result::Result::Ok(#name { #(#assign)* }),
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(__fj::unread()),
            }
        }
    };
    Ok(quote! {
        const __TABLE: __fj::StructTable = __fj::StructTable {
            expecting: #expecting,
            names: &[#(#names),*],
            required: &[#(#required),*],
            deny_unknown: #deny,
        };
        let mut __slots = (#(#inits,)*);
        let __o = &mut __slots;
        __fj::read_struct(__value, &__TABLE, &mut move |__i, __v| match __i {
            #(#arms)*
            _ => ::core::result::Result::Ok(()),
        })?;
        let (#(#slot_names,)*) = __slots;
        #assemble
    })
}
