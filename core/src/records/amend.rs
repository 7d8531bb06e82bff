//! Corrections and voids (更正、撤销): a record is corrected by appending, never by
//! editing its history.
//!
//! A stored event list holds [`Entry`]s: events, corrections (which replace an earlier
//! entry, by its index in the stored list, corrections included) and voids (which
//! withdraw one). The history that is replayed is the list of events with every
//! correction and void applied ([`resolve`]); the audit trail is kept in the status's
//! `corrections`.

use crate::error::{Error, ErrorCode, Result};
use crate::json_input::{FromJson, ShapeError};
use crate::json_output::ToJson;
use crate::json_read::{Map, Value};
use crate::message::records as m;
use crate::message::Msg;
use crate::prelude::*;
use chrono::NaiveDate;
use serde::Serialize;

/// One entry of a stored event list: an event, a correction or a void.
///
/// JSON: an event as usual; a correction
/// `{"type": "correction", "date", "replaces": <index>, "reason", "event": {...}}`; a void
/// `{"type": "void", "date", "voids": <index>, "reason"}`; both may carry `recorded_by` and
/// `document`.
///
/// # Example
/// ```
/// use fuling_rules::{records::Entry, Event};
/// let e: Entry<Event> = serde_json::from_str(
///     r#"{"type": "void", "date": "2025-10-10", "voids": 1, "reason": "录入错误", "recorded_by": "李四"}"#,
/// ).unwrap();
/// let Entry::Void(v) = &e else { panic!() };
/// assert_eq!((v.voids, v.recorded_by.as_deref()), (1, Some("李四")));
/// assert_eq!(serde_json::to_value(&e).unwrap()["type"], "void");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry<E> {
    /// An event.
    Event(E),
    /// A correction of an earlier entry.
    Correction(Correction<E>),
    /// A void of an earlier entry.
    Void(Void),
}

/// A correction: the entry at index `replaces` is replaced by `event`, for `reason`.
///
/// # Example
/// ```
/// use fuling_rules::{records::{Correction, Entry}, Event};
/// let e: Entry<Event> = serde_json::from_str(
///     r#"{"type": "correction", "date": "2025-10-10", "replaces": 0, "reason": "日期录错",
///         "event": {"type": "ledgered", "date": "2025-09-02"}}"#,
/// ).unwrap();
/// let Entry::Correction(Correction { replaces, event, .. }) = e else { panic!() };
/// assert_eq!((replaces, event.date().to_string()), (0, "2025-09-02".to_owned()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction<E> {
    /// When the correction was recorded.
    pub date: NaiveDate,
    /// The index (from 0, in the stored list, corrections and voids included) of the entry replaced.
    pub replaces: u32,
    /// Why (required, non-empty).
    pub reason: String,
    /// Who entered the correction.
    pub recorded_by: Option<String>,
    /// The document (文号) it rests on.
    pub document: Option<String>,
    /// The event as it should have been recorded.
    pub event: E,
}

/// A void: the entry at index `voids` is withdrawn, for `reason`.
///
/// # Example
/// ```
/// use fuling_rules::records::{Entry, Void};
/// let e: Entry<fuling_rules::Event> =
///     serde_json::from_str(r#"{"type": "void", "date": "2025-10-10", "voids": 2, "reason": "重复录入"}"#).unwrap();
/// assert!(matches!(e, Entry::Void(Void { voids: 2, .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Void {
    /// When the void was recorded.
    pub date: NaiveDate,
    /// The index (from 0, in the stored list) of the entry withdrawn.
    pub voids: u32,
    /// Why (required, non-empty).
    pub reason: String,
    /// Who entered the void.
    pub recorded_by: Option<String>,
    /// The document (文号) it rests on.
    pub document: Option<String>,
}

impl<E> Entry<E> {
    /// The event, when the entry is one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::Entry, Event};
    /// let e = Entry::Event(Event::from_json_str(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?);
    /// assert!(e.as_event().is_some());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn as_event(&self) -> Option<&E> {
        match self {
            Entry::Event(e) => Some(e),
            Entry::Correction(_) | Entry::Void(_) => None,
        }
    }

    /// Whether the entry is a correction or a void.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::Entry, Event};
    /// let e: Entry<Event> = serde_json::from_str(r#"{"type": "void", "date": "2025-10-10", "voids": 0, "reason": "x"}"#).unwrap();
    /// assert!(e.is_amendment());
    /// ```
    pub fn is_amendment(&self) -> bool {
        !matches!(self, Entry::Event(_))
    }
}

impl<E> From<E> for Entry<E> {
    fn from(event: E) -> Self {
        Entry::Event(event)
    }
}

const CORRECTION_FIELDS: crate::text::Names =
    crate::text::Names::new("type date replaces reason recorded_by document event ");
const VOID_FIELDS: crate::text::Names = crate::text::Names::new("type date voids reason recorded_by document ");

fn read_amendment_fields(object: &Map, names: crate::text::Names) -> core::result::Result<(), ShapeError> {
    for key in object.keys() {
        if names.position(key).is_none() {
            return Err(ShapeError::unknown_field(key, names));
        }
    }
    Ok(())
}

fn field<T: FromJson>(object: &Map, key: &'static str) -> core::result::Result<T, ShapeError> {
    crate::json_read::take(object.get(key), key)
}

/// A correction's fields but its event, and the object to read the event from: not
/// generic, so written once for every event type.
type CorrectionHead<'a> = (&'a Map, NaiveDate, u32, String, Option<String>, Option<String>);

#[inline(never)]
fn read_correction_head(value: &Value) -> core::result::Result<CorrectionHead<'_>, ShapeError> {
    let o = crate::json_read::object(value, "struct Correction")?;
    read_amendment_fields(o, CORRECTION_FIELDS)?;
    Ok((
        o,
        field(o, "date")?,
        field(o, "replaces")?,
        field(o, "reason")?,
        field(o, "recorded_by")?,
        field(o, "document")?,
    ))
}

#[inline(never)]
fn read_void(value: &Value) -> core::result::Result<Void, ShapeError> {
    let o = crate::json_read::object(value, "struct Void")?;
    read_amendment_fields(o, VOID_FIELDS)?;
    Ok(Void {
        date: field(o, "date")?,
        voids: field(o, "voids")?,
        reason: field(o, "reason")?,
        recorded_by: field(o, "recorded_by")?,
        document: field(o, "document")?,
    })
}

impl<E: FromJson> FromJson for Entry<E> {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        match value.get("type").and_then(Value::as_str) {
            Some("correction") => {
                let (o, date, replaces, reason, recorded_by, document) = read_correction_head(value)?;
                Ok(Entry::Correction(Correction {
                    date,
                    replaces,
                    reason,
                    recorded_by,
                    document,
                    event: field(o, "event")?,
                }))
            }
            Some("void") => read_void(value).map(Entry::Void),
            _ => E::from_tree(value).map(Entry::Event),
        }
    }
}

impl<'de, E: FromJson> serde::Deserialize<'de> for Entry<E> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> core::result::Result<Self, D::Error> {
        crate::json_input::deserialize(deserializer)
    }
}

impl<E: ToJson> ToJson for Entry<E> {
    fn write_json(&self, out: &mut String) {
        use crate::json_output::field;
        let tail = |out: &mut String, reason: &String, recorded_by: &Option<String>, document: &Option<String>| {
            field(out, "reason", reason);
            if let Some(r) = recorded_by {
                field(out, "recorded_by", r);
            }
            if let Some(d) = document {
                field(out, "document", d);
            }
        };
        match self {
            Entry::Event(e) => e.write_json(out),
            Entry::Correction(c) => {
                crate::json_output::open_tagged(out, "type", "correction");
                field(out, "date", &c.date);
                field(out, "replaces", &c.replaces);
                tail(out, &c.reason, &c.recorded_by, &c.document);
                field(out, "event", &c.event);
                out.push('}');
            }
            Entry::Void(v) => {
                crate::json_output::open_tagged(out, "type", "void");
                field(out, "date", &v.date);
                field(out, "voids", &v.voids);
                tail(out, &v.reason, &v.recorded_by, &v.document);
                out.push('}');
            }
        }
    }
}

impl<E: ToJson> Serialize for Entry<E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> core::result::Result<S::Ok, S::Error> {
        crate::json_output::serialize(self, serializer)
    }
}

impl<E: schemars::JsonSchema> schemars::JsonSchema for Entry<E> {
    fn schema_name() -> alloc::borrow::Cow<'static, str> {
        format!("Entry_{}", E::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let event = generator.subschema_for::<E>();
        let date = generator.subschema_for::<NaiveDate>();
        let text = serde_json::json!({"type": ["string", "null"]});
        schemars::json_schema!({
            "description": "An event, or a correction or void of an earlier entry (by its index in the stored list).",
            "anyOf": [
                event.clone(),
                {
                    "type": "object",
                    "description": "A correction: the entry at `replaces` is replaced by `event`.",
                    "properties": {
                        "type": {"const": "correction"},
                        "date": date.clone(),
                        "replaces": {"type": "integer", "minimum": 0},
                        "reason": {"type": "string"},
                        "recorded_by": text.clone(),
                        "document": text.clone(),
                        "event": event
                    },
                    "required": ["type", "date", "replaces", "reason", "event"],
                    "additionalProperties": false
                },
                {
                    "type": "object",
                    "description": "A void: the entry at `voids` is withdrawn.",
                    "properties": {
                        "type": {"const": "void"},
                        "date": date,
                        "voids": {"type": "integer", "minimum": 0},
                        "reason": {"type": "string"},
                        "recorded_by": text.clone(),
                        "document": text
                    },
                    "required": ["type", "date", "voids", "reason"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

/// Whether an audit-trail entry replaced or withdrew an event.
///
/// # Example
/// ```
/// use fuling_rules::records::AmendmentKind;
/// assert_eq!(serde_json::to_string(&AmendmentKind::Void).unwrap(), r#""void""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AmendmentKind {
    /// A correction replaced the event.
    Correction,
    /// A void withdrew the event.
    Void,
}

/// One correction or void, as the status reports it (the audit trail).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::AmendmentKind, Calendar, Project, ProjectKind, Ruleset};
/// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?;
/// p.apply_json(r#"{"type": "correction", "date": "2025-10-09", "replaces": 1, "reason": "金额录错", "recorded_by": "王五",
///     "event": {"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "210万元"}}"#)?;
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 10, 9).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// let c = &s.corrections[0];
/// assert_eq!((c.index, c.kind, c.target, c.event), (2, AmendmentKind::Correction, 1, 1));
/// assert_eq!(c.recorded_by.as_deref(), Some("王五"));
/// assert_eq!(p.amount().unwrap().to_yuan_string(), "2100000.00");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct AmendmentRecord {
    /// The correction's or void's own index in the stored list.
    pub index: u32,
    /// Correction or void.
    pub kind: AmendmentKind,
    /// The index it names (an event, or an earlier correction).
    pub target: u32,
    /// The index of the event finally concerned (following corrections of corrections).
    pub event: u32,
    /// When it was recorded.
    pub date: NaiveDate,
    /// Why.
    pub reason: String,
    /// Who entered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
    /// The document it rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// The history to replay — for each event still in force, in stored order, its index and the
/// index of the entry holding its current version (itself, or its latest correction) — and the
/// audit trail.
pub(crate) struct Resolved {
    pub events: Vec<(usize, usize)>,
    pub trail: Vec<AmendmentRecord>,
}

/// The event held by the entry at `holder` (an event, or a correction's replacement).
pub(crate) fn held<E>(entries: &[Entry<E>], holder: usize) -> Option<&E> {
    match entries.get(holder) {
        Some(Entry::Event(e)) => Some(e),
        Some(Entry::Correction(c)) => Some(&c.event),
        Some(Entry::Void(_)) | None => None,
    }
}

fn bad_target(index: usize, m: Msg) -> Error {
    Error::msg(ErrorCode::InvalidInput, m, &[&index])
}

/// Applies every correction and void of `entries`.
///
/// # Errors
/// `invalid_input` for an amendment that names itself, a later entry or a void, or states
/// no reason.
pub(crate) fn resolve<E>(entries: &[Entry<E>]) -> Result<Resolved> {
    // For each stored index: the event index it concerns (`None` for a void), and for an
    // event, the entry holding its current version (`None` once voided).
    let mut root: Vec<Option<usize>> = Vec::with_capacity(entries.len());
    let mut content: Vec<Option<usize>> = Vec::with_capacity(entries.len());
    let mut trail = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let (target, reason) = match entry {
            Entry::Event(_) => {
                root.push(Some(i));
                content.push(Some(i));
                continue;
            }
            Entry::Correction(c) => (c.replaces, &c.reason),
            Entry::Void(v) => (v.voids, &v.reason),
        };
        if reason.trim().is_empty() {
            return Err(bad_target(i, m::AMENDMENT_WITHOUT_REASON));
        }
        let t = usize::try_from(target).unwrap_or(usize::MAX);
        if t >= i {
            return Err(bad_target(i, m::AMENDMENT_OF_LATER_ENTRY));
        }
        let Some(Some(event_index)) = root.get(t).copied() else {
            return Err(bad_target(i, m::AMENDMENT_OF_VOID));
        };
        let (kind, new, recorded_by, document, date) = match entry {
            Entry::Correction(c) => (AmendmentKind::Correction, Some(i), &c.recorded_by, &c.document, c.date),
            Entry::Void(v) => (AmendmentKind::Void, None, &v.recorded_by, &v.document, v.date),
            Entry::Event(_) => continue,
        };
        if let Some(slot) = content.get_mut(event_index) {
            *slot = new;
        }
        root.push(match kind {
            AmendmentKind::Correction => Some(event_index),
            AmendmentKind::Void => None,
        });
        content.push(None);
        trail.push(AmendmentRecord {
            index: u32::try_from(i).unwrap_or(u32::MAX),
            kind,
            target,
            event: u32::try_from(event_index).unwrap_or(u32::MAX),
            date,
            reason: reason.clone(),
            recorded_by: recorded_by.clone(),
            document: document.clone(),
        });
    }
    let mut events = Vec::with_capacity(content.len());
    for (i, c) in content.into_iter().enumerate() {
        if let Some(e) = c {
            events.push((i, e));
        }
    }
    Ok(Resolved { events, trail })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Event;

    fn entries(json: &str) -> Vec<Entry<Event>> {
        crate::json_input::from_str(json).unwrap()
    }

    #[test]
    fn corrections_of_corrections_and_voids() {
        let list = entries(
            r#"[{"type": "ledgered", "date": "2025-09-01"},
                {"type": "catalog_updated", "date": "2025-09-02"},
                {"type": "correction", "date": "2025-09-03", "replaces": 0, "reason": "a", "event": {"type": "ledgered", "date": "2025-08-01"}},
                {"type": "correction", "date": "2025-09-03", "replaces": 2, "reason": "b", "event": {"type": "ledgered", "date": "2025-08-02"}},
                {"type": "void", "date": "2025-09-04", "voids": 1, "reason": "c"}]"#,
        );
        let r = resolve(&list).unwrap();
        assert_eq!(r.events.len(), 1);
        assert_eq!(r.events[0].0, 0);
        assert_eq!(held(&list, r.events[0].1).unwrap().date().to_string(), "2025-08-02");
        assert_eq!(r.trail.iter().map(|t| t.event).collect::<Vec<_>>(), [0, 0, 1]);
        // Round trip.
        let back: Vec<Entry<Event>> = crate::json_input::from_str(&serde_json::to_string(&list).unwrap()).unwrap();
        assert_eq!(back, list);
    }

    #[test]
    fn bad_targets_are_refused() {
        for (json, why) in [
            (
                r#"[{"type": "void", "date": "2025-09-04", "voids": 0, "reason": "x"}]"#,
                "itself",
            ),
            (
                r#"[{"type": "ledgered", "date": "2025-09-01"}, {"type": "void", "date": "2025-09-04", "voids": 0, "reason": " "}]"#,
                "no reason",
            ),
            (
                r#"[{"type": "ledgered", "date": "2025-09-01"}, {"type": "void", "date": "2025-09-04", "voids": 0, "reason": "x"},
                    {"type": "void", "date": "2025-09-04", "voids": 1, "reason": "x"}]"#,
                "a void",
            ),
        ] {
            assert_eq!(
                resolve(&entries(json)).err().map(|e| e.code()),
                Some(ErrorCode::InvalidInput),
                "{why}"
            );
        }
        let e = crate::json_input::from_str::<Entry<Event>>(
            r#"{"type": "void", "date": "2025-09-04", "voids": 0, "reason": "x", "bogus": 1}"#,
        );
        assert_eq!(e.unwrap_err().code(), ErrorCode::InvalidInput);
    }
}
