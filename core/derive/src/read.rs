//! The reader of a struct with named fields: a `const` table (JSON names in sorted order,
//! which fields are required) driven by the crate's one shared, non-generic loop
//! `json_read::read_struct`, plus a per-struct closure that stores field `i` through a
//! helper shared by every field of the same type. Per field, the struct's own code is one
//! arm of a `match` and, for a field without a default, one slot check when the struct is
//! assembled; the object walk, the `missing`/`unknown field` errors and the JSON Pointer
//! of a bad field are in the shared loop.

use super::SerdeAttrs;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::quote;
use syn::{FieldsNamed, LitStr};

/// The body of `FromJson::from_tree` (the value is `__value`, the helpers `__fj`).
pub(crate) fn struct_body(
    name: &syn::Ident,
    ty_generics: &syn::TypeGenerics<'_>,
    container: &SerdeAttrs,
    fields: &FieldsNamed,
) -> syn::Result<TokenStream2> {
    let expecting = LitStr::new(&format!("struct {name}"), Span::call_site());
    let fields_by_key = sorted_fields(fields)?;
    let deny = container.deny_unknown_fields;
    let mut names = Vec::new();
    let mut required = Vec::new();
    let mut arms = Vec::new();
    if container.default.is_none() {
        return slots_body(&expecting, deny, &fields_by_key, &quote! { #name });
    }
    // Every field has a default: read straight into `Self::default()`, a field with a
    // default of its own first set to it (serde's precedence when the field is absent).
    let mut presets = Vec::new();
    for (i, (key, ident, ty, attrs)) in fields_by_key.iter().enumerate() {
        names.push(key.clone());
        required.push(quote! { false });
        arms.push(quote! { #i => __fj::read_into::<#ty>(&mut __o.#ident, __v), });
        match &attrs.default {
            Some(Some(path)) => presets.push(quote! { __out.#ident = #path(); }),
            Some(None) => presets.push(quote! { __out.#ident = ::core::default::Default::default(); }),
            None => {}
        }
    }
    let table = struct_table(&expecting, deny, &names, &required, name)?;
    Ok(quote! {
        #table
        let mut __out: #name #ty_generics = ::core::default::Default::default();
        #(#presets)*
        let __o = &mut __out;
        __fj::read_struct(__value, &__TABLE, &mut move |__i: usize, __v: &__fj::Value| match __i {
            #(#arms)*
            _ => ::core::result::Result::Ok(()),
        })?;
        ::core::result::Result::Ok(__out)
    })
}

/// One field of a struct or struct variant: its JSON key, name, type and `#[serde]` items.
type Field = (String, syn::Ident, syn::Type, SerdeAttrs);

/// The `const __TABLE` the shared loop `json_read::read_struct` walks: the JSON names in
/// sorted order, which are required, and whether unknown keys are refused.
fn struct_table(
    expecting: &LitStr,
    deny: bool,
    names: &[String],
    required: &[TokenStream2],
    at: &dyn quote::ToTokens,
) -> syn::Result<TokenStream2> {
    let names = super::names_table(names, at)?;
    let required = required_bits(required, at)?;
    Ok(quote! {
        const __TABLE: __fj::StructTable = __fj::StructTable {
            expecting: #expecting,
            names: #names,
            required: #required,
            deny_unknown: #deny,
        };
    })
}

/// The `required` bits of a table (bit `i` for entry `i`): one `u32` instead of a
/// pointer to a `[bool]`.
fn required_bits(required: &[TokenStream2], at: &dyn quote::ToTokens) -> syn::Result<TokenStream2> {
    if required.len() > 32 {
        return Err(syn::Error::new_spanned(at, "FromJson: over 32 fields"));
    }
    let bits = required.iter().enumerate().map(|(i, r)| {
        let i = u32::try_from(i).unwrap_or_default();
        quote! { | ((#r) as u32) << #i }
    });
    Ok(quote! { 0u32 #(#bits)* })
}

/// The fields sorted by JSON key: fields are read in that order (the order a
/// `serde_json::Map` yields them), so the first error reported is the one serde reports.
fn sorted_fields(fields: &FieldsNamed) -> syn::Result<Vec<Field>> {
    let mut fields_by_key = Vec::new();
    for f in &fields.named {
        let ident = f
            .ident
            .clone()
            .ok_or_else(|| syn::Error::new_spanned(f, "unnamed field"))?;
        let attrs = super::serde_attrs(&f.attrs)?;
        let key = attrs.field_key(&ident);
        fields_by_key.push((key, ident, f.ty.clone(), attrs));
    }
    fields_by_key.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(fields_by_key)
}

/// The reader of the fields `fields_by_key` into `path { … }` (a struct without a
/// container `default`).
fn slots_body(
    expecting: &LitStr,
    deny: bool,
    fields_by_key: &[Field],
    path: &TokenStream2,
) -> syn::Result<TokenStream2> {
    let mut names = Vec::new();
    let mut required = Vec::new();
    let mut arms = Vec::new();
    // One slot per field in a tuple: the field's default for a field with one,
    // else an `Option` that is `None` until read (`Some(None)` for an `Option` field).
    // The fields are in key order, so field `i` is table entry `i`.
    for (key, _, ty, attrs) in fields_by_key {
        names.push(key.clone());
        required.push(match attrs.default {
            None => quote! { <#ty as __fj::FromJson>::REQUIRED },
            Some(_) => quote! { false },
        });
    }
    let mut inits = Vec::new();
    let mut slot_names = Vec::new();
    let mut checked = Vec::new();
    let mut assign = Vec::new();
    for (i, (_, ident, ty, attrs)) in fields_by_key.iter().enumerate() {
        let index = syn::Index::from(i);
        let t = i;
        let slot = syn::Ident::new(&format!("__f{i}"), Span::call_site());
        match &attrs.default {
            Some(default) => {
                inits.push(match default {
                    Some(path) => quote! { #path() },
                    None => quote! { <#ty as ::core::default::Default>::default() },
                });
                arms.push(quote! { #t => __fj::read_into::<#ty>(&mut __o.#index, __v), });
            }
            // An `Option` field: absent is `None` (`when_missing`), so its slot is the
            // field itself, `None` until read, like a field with a default.
            None if is_option(ty) => {
                inits.push(quote! { ::core::option::Option::None });
                arms.push(quote! { #t => __fj::read_into::<#ty>(&mut __o.#index, __v), });
            }
            None => {
                inits.push(quote! { __fj::absent::<#ty>() });
                arms.push(quote! { #t => __fj::read_some::<#ty>(&mut __o.#index, __v), });
                checked.push(slot.clone());
            }
        }
        assign.push(quote! { #ident: #slot, });
        slot_names.push(slot);
    }
    let assemble = if checked.is_empty() {
        quote! { ::core::result::Result::Ok(#path { #(#assign)* }) }
    } else {
        quote! {
            match (#(#checked,)*) {
                (#(::core::option::Option::Some(#checked),)*) => ::core::result::Result::Ok(#path { #(#assign)* }),
                #[allow(unreachable_patterns)]
                _ => ::core::result::Result::Err(__fj::unread()),
            }
        }
    };
    let table = struct_table(expecting, deny, &names, &required, expecting)?;
    Ok(quote! {
        #table
        let mut __slots = (#(#inits,)*);
        let __o = &mut __slots;
        __fj::read_struct(__value, &__TABLE, &mut move |__i: usize, __v: &__fj::Value| match __i {
            #(#arms)*
            _ => ::core::result::Result::Ok(()),
        })?;
        let (#(#slot_names,)*) = __slots;
        #assemble
    })
}

/// The body of `FromJson::from_tree` of an internally tagged enum (`#[serde(tag = "…")]`)
/// of struct variants: the type's own `Self::read_tag(__value)` (hand-written: it reads the
/// tag and what the `#[serde(flatten)]` field holds, with the type's own errors) gives the
/// variant's index in declaration order and the flattened field's value; the variant is
/// then read like a struct, through its table (one per variant, in a `const` array), by ONE
/// call of the shared loop for the whole enum: every field of every variant has a slot in
/// one tuple (`Option<T>`; fields of the same key, type and default share one), and the
/// variant's slot map (table position → slot) sends field `i` to its slot, so the enum has
/// one field closure instead of one per variant. The variant is then assembled from its
/// slots. The tag and the keys of the flattened field (`#[from_json(flatten = "a b")]`,
/// sorted in with the others) are accepted and not read again.
pub(crate) fn tagged_enum_body(
    name: &syn::Ident,
    container: &SerdeAttrs,
    tag: &str,
    data: &syn::DataEnum,
) -> syn::Result<TokenStream2> {
    // The slots: (identity: key, type and default; type; initial value).
    let mut slots: Vec<(String, syn::Type, TokenStream2, TokenStream2)> = Vec::new();
    let mut tables = Vec::new();
    let mut map_bytes: Vec<u8> = Vec::new();
    let mut map_starts: Vec<u16> = Vec::new();
    let mut variants = Vec::new();
    // Only for a value that is not an object, which `read_tag` has already refused: one
    // text for every variant.
    let expecting = LitStr::new(&format!("struct {name}"), Span::call_site());
    let deny = container.deny_unknown_fields;
    for (index, v) in data.variants.iter().enumerate() {
        let syn::Fields::Named(fields) = &v.fields else {
            return Err(syn::Error::new_spanned(
                v,
                "FromJson: a tagged enum's variants need named fields",
            ));
        };
        let vname = &v.ident;
        let mut plain = syn::punctuated::Punctuated::<syn::Field, syn::Token![,]>::new();
        let mut extra = vec![(tag.to_owned(), true)];
        let mut assign = Vec::new();
        // The flattened field last: it is the one value to drop if a slot is found empty.
        let mut flat = Vec::new();
        for f in &fields.named {
            if super::serde_attrs(&f.attrs)?.flatten {
                for attr in f.attrs.iter().filter(|a| a.path().is_ident("from_json")) {
                    let nv: syn::MetaNameValue = attr.parse_args()?;
                    if !nv.path.is_ident("flatten") {
                        return Err(syn::Error::new_spanned(nv, "FromJson: expected flatten = \"keys\""));
                    }
                    for key in super::str_value(&nv.value)?.split_whitespace() {
                        extra.push((key.to_owned(), false));
                    }
                }
                let ident = f
                    .ident
                    .clone()
                    .ok_or_else(|| syn::Error::new_spanned(f, "unnamed field"))?;
                flat.push(quote! { #ident: __flat, });
            } else {
                plain.push(f.clone());
            }
        }
        let fields = FieldsNamed {
            brace_token: fields.brace_token,
            named: plain,
        };
        let fields_by_key = sorted_fields(&fields)?;
        // Table entries in key order: a field's (required, slot), an extra key's (required, none).
        let mut keys: Vec<(&str, TokenStream2, Option<u8>)> = Vec::new();
        for (key, ident, ty, attrs) in &fields_by_key {
            // A field with a default: a slot of its type, set to the default, read by
            // `read_into` and taken by `mem::take` (the type's own `Default` value left
            // behind). Without: an `Option` slot, read by `read_some`, taken by `some`.
            let (init, required, read, take) = match &attrs.default {
                // An `Option` field: absent is `None`, as for a field with a default.
                None if is_option(ty) => (
                    quote! { ::core::option::Option::None },
                    quote! { false },
                    quote! { read_into },
                    quote! { ::core::mem::take },
                ),
                Some(default) => (
                    match default {
                        Some(path) => quote! { #path() },
                        None => quote! { <#ty as ::core::default::Default>::default() },
                    },
                    quote! { false },
                    quote! { read_into },
                    quote! { ::core::mem::take },
                ),
                None => (
                    quote! { __fj::absent::<#ty>() },
                    quote! { <#ty as __fj::FromJson>::REQUIRED },
                    quote! { read_some },
                    quote! { __fj::some },
                ),
            };
            let identity = format!("{key} {} {init}", quote! { #ty });
            let slot = match slots.iter().position(|s| s.0 == identity) {
                Some(slot) => slot,
                None => {
                    slots.push((identity, ty.clone(), init, read));
                    slots.len() - 1
                }
            };
            assign.push((ident.clone(), slot, take, attrs.default.is_none() && !is_option(ty)));
            let slot = u8::try_from(slot).map_err(|_| syn::Error::new_spanned(v, "FromJson: over 255 slots"))?;
            keys.push((key.as_str(), required, Some(slot)));
        }
        for (key, required) in &extra {
            keys.push((key.as_str(), quote! { #required }, None));
        }
        keys.sort_by(|a, b| a.0.cmp(b.0));
        let names = super::names_table(&keys.iter().map(|k| k.0.to_owned()).collect::<Vec<_>>(), v)?;
        let required = required_bits(&keys.iter().map(|k| k.1.clone()).collect::<Vec<_>>(), v)?;
        let map = keys.iter().map(|k| k.2.unwrap_or(u8::MAX));
        tables.push(quote! {
            __fj::StructTable {
                expecting: #expecting,
                names: #names,
                required: #required,
                deny_unknown: #deny,
            }
        });
        // The variant's map starts at `map_starts[variant]` in one byte table for the enum.
        map_starts.push(
            u16::try_from(map_bytes.len())
                .map_err(|_| syn::Error::new_spanned(v, "FromJson: over 65535 map entries"))?,
        );
        map_bytes.extend(map);
        variants.push((index, vname, assign, flat));
    }
    // A slot every variant has (the events' `date`) is taken once, before the variant's arm.
    let mut uses = vec![0usize; slots.len()];
    for (_, _, assign, _) in &variants {
        for (_, slot, _, _) in assign {
            if let Some(n) = uses.get_mut(*slot) {
                *n += 1;
            }
        }
    }
    let common = |slot: usize| uses.get(slot) == Some(&variants.len());
    let mut taken = Vec::new();
    let mut arms = Vec::new();
    for (index, vname, assign, flat) in &variants {
        let mut fields = Vec::new();
        for (ident, slot, take, fallible) in assign {
            let value = syn::Ident::new(&format!("__c{slot}"), Span::call_site());
            let at = syn::Index::from(*slot);
            let q = if *fallible {
                quote! { ? }
            } else {
                quote! {}
            };
            if common(*slot) {
                if *index == 0 {
                    taken.push(quote! { let #value = #take(&mut __slots.#at) #q; });
                }
                fields.push(quote! { #ident: #value, });
            } else {
                fields.push(quote! { #ident: #take(&mut __slots.#at) #q, });
            }
        }
        arms.push(quote! { #index => #name::#vname { #(#fields)* #(#flat)* }, });
    }
    let inits = slots.iter().map(|s| &s.2);
    let read_arms = slots.iter().enumerate().map(|(i, (_, ty, _, read))| {
        let index = syn::Index::from(i);
        let i = u8::try_from(i).unwrap_or(u8::MAX);
        quote! { ::core::option::Option::Some(#i) => __fj::#read::<#ty>(&mut __o.#index, __v), }
    });
    Ok(quote! {
        const __TABLES: &[__fj::StructTable] = &[#(#tables),*];
        // Per variant, table position -> slot, one byte table for the enum (a variant's part
        // starts at `__MAP_STARTS[variant]`) rather than a slice per variant.
        const __MAP: &[u8] = &[#(#map_bytes),*];
        const __MAP_STARTS: &[u16] = &[#(#map_starts),*];
        let (__variant, __flat) = Self::read_tag(__value)?;
        let (::core::option::Option::Some(__table), ::core::option::Option::Some(&__start)) =
            (__TABLES.get(__variant), __MAP_STARTS.get(__variant))
        else {
            return ::core::result::Result::Err(__fj::unread());
        };
        let __map = __MAP.get(usize::from(__start)..).unwrap_or_default();
        let mut __slots = (#(#inits,)*);
        let __o = &mut __slots;
        __fj::read_struct(__value, __table, &mut move |__i: usize, __v: &__fj::Value| match __map.get(__i).copied() {
            #(#read_arms)*
            _ => ::core::result::Result::Ok(()),
        })?;
        #(#taken)*
        ::core::result::Result::Ok(match __variant {
            #(#arms)*
            _ => return ::core::result::Result::Err(__fj::unread()),
        })
    })
}

/// Whether a field's type is written `Option<…>` (`core::option::Option`, `std::option::Option`):
/// its reader takes `null` and an absent key as `None`.
fn is_option(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else {
        return false;
    };
    let names: Vec<String> = p.path.segments.iter().map(|s| s.ident.to_string()).collect();
    p.qself.is_none()
        && matches!(
            names.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
            ["Option"] | ["core" | "std", "option", "Option"]
        )
}
