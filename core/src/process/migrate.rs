//! Stored project records of an older schema, brought to the current one ([`PROJECT_SCHEMA`]).
//!
//! A schema-1 record is rewritten step by step (each step a function over the record's JSON
//! object, in `migrate_v1`), every rewrite reported as a [`MigrationNote`]; then it is read
//! as a current record. A record that cannot migrate is refused with its reason, never
//! half-converted. [`Project::from_json_str`](crate::Project::from_json_str) migrates on the way in.

use super::project::PROJECT_SCHEMA;
use crate::error::{Error, ErrorCode, Result};
use serde::Serialize;
use serde_json::{Map, Value};

/// One change the migration made to a stored record.
///
/// # Example
/// ```
/// use fuling_rules::process::migrate::migrate_project;
/// let mut record = serde_json::json!({"schema": 1, "id": "P-1", "kind": "development", "events": [
///     {"type": "ledgered", "date": "2025-01-06"},
///     {"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "450万元"},
///     {"type": "lead_department_reviewed", "date": "2025-01-07"},
///     {"type": "preliminary_funding_plan_set", "date": "2025-01-08"},
///     {"type": "development_plan_submitted", "date": "2025-02-10"}]});
/// let notes = migrate_project(&mut record)?;
/// assert_eq!(record["schema"], 2);
/// // 第二十条: a schema-1 plan without its own amount meant "unchanged from the latest".
/// assert_eq!(record["events"][4]["amount"], "450万元");
/// assert_eq!((notes[0].code.as_str(), notes[0].pointer.as_str()), ("plan_amount_from_latest", "/events/4/amount"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct MigrationNote {
    /// A stable code naming the step.
    pub code: String,
    /// The JSON Pointer of what changed, in the migrated record.
    pub pointer: String,
    /// What changed and why, in Chinese.
    pub message_zh: String,
    /// What changed and why, in English.
    pub message_en: String,
}

/// A migration step over a schema-1 project record.
type Step = fn(&mut Map<String, Value>, &mut Vec<MigrationNote>) -> Result<()>;

/// The schema-1 → schema-2 steps, in order.
const V1_STEPS: &[Step] = &[
    super::migrate_v1::trial_passed_when_accepted,
    super::migrate_v1::plan_amount_from_latest,
];

/// Brings a stored project record (its JSON value) to [`PROJECT_SCHEMA`] in place, and says
/// what changed. A current record is left as it is (no notes).
///
/// # Errors
/// `invalid_input` when the record is not an object, lacks `schema`, or cannot migrate (the
/// value is then unchanged); `unsupported_schema` for a schema this version does not know.
///
/// # Example
/// ```
/// use fuling_rules::{process::migrate::migrate_project, ErrorCode};
/// let mut current = serde_json::json!({"schema": 2, "id": "P-1", "kind": "om"});
/// assert!(migrate_project(&mut current)?.is_empty());
/// let mut future = serde_json::json!({"schema": 9, "id": "P-1", "kind": "om"});
/// assert_eq!(migrate_project(&mut future).unwrap_err().code(), ErrorCode::UnsupportedSchema);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn migrate_project(record: &mut Value) -> Result<Vec<MigrationNote>> {
    let schema = match record.get("schema") {
        Some(Value::Number(n)) => n.as_u64(),
        Some(_) => None,
        None => {
            return Err(Error::new(
                ErrorCode::InvalidInput,
                "项目 JSON 缺少 schema 字段",
                "project JSON lacks the \"schema\" field",
            ))
        }
    };
    match schema {
        Some(s) if s == u64::from(PROJECT_SCHEMA) => Ok(Vec::new()),
        Some(1) => {
            let Value::Object(map) = record else {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "项目 JSON 须为对象",
                    "project JSON must be an object",
                ));
            };
            let mut migrated = map.clone();
            let mut notes = Vec::new();
            for step in V1_STEPS {
                step(&mut migrated, &mut notes)?;
            }
            migrated.insert("schema".to_owned(), Value::from(PROJECT_SCHEMA));
            *map = migrated;
            Ok(notes)
        }
        _ => {
            let shown = record.get("schema").map(Value::to_string).unwrap_or_default();
            Err(Error::new(
                ErrorCode::UnsupportedSchema,
                format!("不支持的项目数据版本 {shown}(支持 1、{PROJECT_SCHEMA})"),
                format!("unsupported project schema {shown} (supported: 1, {PROJECT_SCHEMA})"),
            ))
        }
    }
}
