//! Property tests: any JSON given to any check returns a result or a typed error, never a panic.

use super::json::{run_json, CHECK_NAMES};
use crate::error::ErrorCode;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "yu_kuai_ban",
            "superseded",
            "component",
            "duplicate",
            "compute",
            "provided",
            "function",
            "",
        ])
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Keys: mostly the dossiers' real field names, so the values reach deep into the types.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "requirements",
            "problems",
            "scenario",
            "function",
            "relations",
            "peer",
            "release_channel",
            "v_model",
            "platform",
            "resources",
            "kind",
            "from_platform",
            "in_funding_plan",
            "data",
            "existing",
            "network",
            "internet",
            "connected",
            "boundary",
            "interfaces",
            "direction",
            "performance",
            "reuse_search",
            "candidates",
            "reusable",
            "reuse",
            "mode",
            "application",
            "secret_related",
            "in_ledger",
            "infrastructure",
            "design",
            "overlaps",
            "two_ends",
            "development_plan",
            "plan_complete",
            "catalog",
            "digital_resources",
            "basic_info",
            "grounds",
            "data_consumers",
            "history",
            "channels",
            "channel",
            "components",
            "labels",
            "digital_functions",
            "trial_run_passed",
        ])
        .prop_map(str::to_owned),
        "[a-z_]{1,8}",
    ]
}

fn typed(code: ErrorCode) -> bool {
    matches!(code, ErrorCode::InvalidInput | ErrorCode::InputTooLarge)
}

/// A complete planning dossier to mutate.
fn base() -> Value {
    json!({"requirements": [{"function": "f", "scenario": "s", "problems": ["p"]}],
           "relations": {"own_department": [], "superior": [], "peer": [], "subordinate": []},
           "release_channel": "yu_kuai_zheng",
           "platform": {"architecture": "a", "resources": [{"kind": "compute", "from_platform": true}]},
           "interfaces": [{"name": "i", "direction": "provided"}],
           "reuse_search": {"performed": true, "candidates": [{"name": "x", "reusable": true}]},
           "reuse": [{"application": "x", "mode": "saas"}]})
}

/// Replaces the value at a pseudo-random position (chosen by `pick`) with `v`.
fn mutate(doc: &mut Value, pick: usize, v: Value) {
    let descend = pick % 3 != 0;
    let child = match doc {
        Value::Object(o) if descend && !o.is_empty() => {
            let n = o.len();
            o.values_mut().nth(pick % n)
        }
        Value::Array(a) if descend && !a.is_empty() => {
            let n = a.len();
            a.get_mut(pick % n)
        }
        _ => None,
    };
    match child {
        Some(c) => mutate(c, pick / 3, v),
        None => *doc = v,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, .. ProptestConfig::default() })]

    #[test]
    fn any_json_gives_a_result_or_a_typed_error(v in arb_json()) {
        for name in CHECK_NAMES {
            match run_json(name, &v) {
                Ok(out) => prop_assert!(out.is_object()),
                Err(e) => prop_assert!(typed(e.code()), "{name}: {e}"),
            }
        }
    }

    #[test]
    fn mutated_dossiers_give_findings_or_a_pointer(pick in any::<usize>(), v in arb_json()) {
        let mut doc = base();
        mutate(&mut doc, pick, v.clone());
        for name in ["planning_dossier", "joint_review"] {
            let input = if name == "joint_review" { json!({"development_plan": doc.clone()}) } else { doc.clone() };
            match run_json(name, &input) {
                Ok(out) => prop_assert!(out["findings"].is_array()),
                Err(e) => {
                    prop_assert!(typed(e.code()), "{e}");
                    // The pointer names the offending field, never just the root of an object.
                    if e.code() == ErrorCode::InvalidInput && input.is_object() {
                        prop_assert!(!e.message_en().contains("at \"\":"), "{e}");
                    }
                }
            }
        }
    }

    #[test]
    fn random_strings_are_findings_not_errors(s in ".{0,40}") {
        let d = json!({"requirements": [{"function": s, "scenario": s, "problems": [s]}], "name": s});
        prop_assert!(run_json("planning_dossier", &d).is_ok());
        let j = json!({"design": {"overlaps": [s]}, "other_violations": [s]});
        prop_assert!(run_json("joint_review", &j).is_ok());
    }
}
