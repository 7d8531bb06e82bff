//! The schema-1 → schema-2 rewrites of the process (issue 12) — steps of
//! [`crate::records::migrate`] — one function per change
//! whose meaning schema 2 states explicitly. Each step works on the record's JSON object
//! and reports what it changed.

use crate::error::{Error, ErrorCode, Result};
use crate::json_read::{Map, Value};
use crate::message::process as m;
use crate::records::MigrationNote;

/// The events of a record (a non-object among them is skipped by the callers and left to the reader,
/// which refuses them).
fn events_mut(project: &mut Map) -> &mut [Value] {
    match project.get_mut("events").and_then(Value::as_array_mut) {
        Some(events) => events,
        None => &mut [],
    }
}

fn type_of(event: &Map) -> &str {
    event.get("type").and_then(Value::as_str).unwrap_or_default()
}

/// 第三十四条 "区级应用试运行合格后…组织验收": schema 2 records the trial's result. A schema-1
/// record could only be accepted (the process had no failed trial), so each `accepted` event
/// not preceded by a passed `trial_run_ended` gains `"trial_run_passed": true`, with a note.
pub(crate) fn trial_passed_when_accepted(project: &mut Map, notes: &mut Vec<MigrationNote>) -> Result<()> {
    let mut passed = false;
    for (i, event) in events_mut(project).iter_mut().enumerate() {
        let Some(event) = event.as_object_mut() else {
            continue;
        };
        match type_of(event) {
            "trial_run_started" => passed = false,
            "trial_run_ended" => passed = event.get("passed") == Some(&Value::Bool(true)),
            "accepted" if !passed && !event.contains_key("trial_run_passed") => {
                event.insert("trial_run_passed".to_owned(), Value::Bool(true));
                let (message_zh, message_en) = m::TRIAL_PASSED_ASSUMED.pair(&[]);
                notes.push(MigrationNote {
                    code: "trial_run_passed_assumed".to_owned(),
                    pointer: format!("/events/{i}/trial_run_passed"),
                    message_zh,
                    message_en,
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// 第二十条 keys on the development plan's own amount, which schema 2 requires on
/// `development_plan_submitted`. In schema 1 a plan without an amount meant "unchanged from
/// the latest amount recorded" (`funding_plan_submitted`, `preliminary_funding_plan_set`, an
/// earlier plan); that amount is written in, with a note.
///
/// # Errors
/// `invalid_input` when no amount precedes such a plan (the record would not have replayed).
pub(crate) fn plan_amount_from_latest(project: &mut Map, notes: &mut Vec<MigrationNote>) -> Result<()> {
    let mut latest: Option<Value> = None;
    for (i, event) in events_mut(project).iter_mut().enumerate() {
        let Some(event) = event.as_object_mut() else {
            continue;
        };
        match type_of(event) {
            "funding_plan_submitted" | "preliminary_funding_plan_set" => {
                if let Some(a) = event.get("amount").filter(|a| !a.is_null()) {
                    latest = Some(a.clone());
                }
            }
            "development_plan_submitted" => match event.get("amount").filter(|a| !a.is_null()) {
                Some(a) => latest = Some(a.clone()),
                None => {
                    let Some(amount) = latest.clone() else {
                        return Err(Error::msg(
                            ErrorCode::InvalidInput,
                            m::MIGRATION_PLAN_AMOUNT_MISSING,
                            &[&i],
                        ));
                    };
                    let shown = amount
                        .as_str()
                        .map_or_else(|| crate::json_output::to_string(&amount), str::to_owned);
                    event.insert("amount".to_owned(), amount);
                    let (message_zh, message_en) = m::PLAN_AMOUNT_FROM_LATEST.pair(&[&shown]);
                    notes.push(MigrationNote {
                        code: "plan_amount_from_latest".to_owned(),
                        pointer: format!("/events/{i}/amount"),
                        message_zh,
                        message_en,
                    });
                }
            },
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(v: serde_json::Value) -> Map {
        match Value::from(&v) {
            Value::Object(m) => m,
            _ => unreachable!(),
        }
    }

    /// The object as serde_json's value (to index it).
    fn serde(m: &Map) -> serde_json::Value {
        serde_json::Value::from(&Value::Object(m.clone()))
    }

    #[test]
    fn accepted_without_result_migrates_as_passed() {
        let mut p = object(json!({"events": [
            {"type": "trial_run_started", "date": "2025-03-05"},
            {"type": "trial_run_ended", "date": "2025-06-03"},
            {"type": "accepted", "date": "2025-06-10", "conditions": []}
        ]}));
        let mut notes = Vec::new();
        trial_passed_when_accepted(&mut p, &mut notes).unwrap();
        assert_eq!(serde(&p)["events"][2]["trial_run_passed"], json!(true));
        assert_eq!(serde(&p)["events"][1].get("passed"), None); // the trial event is left as it was
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].pointer, "/events/2/trial_run_passed");
        // Not accepted: nothing is assumed.
        let mut q = object(json!({"events": [{"type": "trial_run_ended", "date": "2025-06-03"}]}));
        let mut notes = Vec::new();
        trial_passed_when_accepted(&mut q, &mut notes).unwrap();
        assert!(notes.is_empty());
    }

    #[test]
    fn plan_amount_comes_from_the_latest() {
        let mut p = object(json!({"events": [
            {"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "520万元"},
            {"type": "preliminary_funding_plan_set", "date": "2025-01-08", "amount": 4500000},
            {"type": "development_plan_submitted", "date": "2025-02-10"},
            {"type": "development_plan_submitted", "date": "2025-03-10", "amount": "480万元"}
        ]}));
        let mut notes = Vec::new();
        plan_amount_from_latest(&mut p, &mut notes).unwrap();
        assert_eq!(serde(&p)["events"][2]["amount"], json!(4_500_000));
        assert_eq!(serde(&p)["events"][3]["amount"], json!("480万元"));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].code, "plan_amount_from_latest");
        assert!(notes[0].message_en.contains("4500000"));
    }

    #[test]
    fn plan_without_any_amount_is_refused() {
        let mut p = object(json!({"events": [{"type": "development_plan_submitted", "date": "2025-02-10"}]}));
        let before = p.clone();
        let err = plan_amount_from_latest(&mut p, &mut Vec::new()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        assert_eq!(p, before);
    }
}
