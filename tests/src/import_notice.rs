//! The maintainer's step for a new holiday notice: read its text and write it into
//! `core/data/holidays.json` (entries, notice record, data version).
//!
//! Run `cargo xtask import-notice path/to/notice.txt`
//! (`--data FILE` for another data file, `--check` to only report whether the data
//! already holds the notice). The notice text is read by the library's own reader
//! ([`fuling_rules::Calendar::read_notice`]) against the data file itself, so a
//! supplementary notice finds the holiday it extends or adjusts.
//!
//! What changes:
//! - **days**: each day the notice names gets an entry `{date, type, name, name_en, notice}`;
//!   an existing entry of the same type, name and notice is kept as it is (with its `note`);
//!   any other entry for that day is replaced; a day the notice returns to the ordinary rule
//!   loses its entry. Entries stay sorted by date.
//! - **notices**: the record `{id, title, number?, published?}` is added in id order; a
//!   record with the same title keeps its id (the entries use it).
//! - **last** grows to the end of the notice's year, and the free-text `note`'s
//!   "December YYYY" and "the YYYY+1 notice" follow it.
//! - **version** `cn-official-FIRST-LAST.rN`: a new last year resets to `.r1`; any other
//!   change raises N. Nothing changes when the data already holds the notice.

use fuling_rules::calendar::ParsedNotice;
use fuling_rules::Calendar;
use serde_json::{Map, Value};

/// What [`import`] changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    /// The notice's id in the data.
    pub notice: String,
    /// Whether its record was added.
    pub record_added: bool,
    /// Days given an entry that had none.
    pub added: Vec<String>,
    /// Days whose entry was replaced.
    pub changed: Vec<String>,
    /// Days whose entry was removed (returned to the ordinary rule).
    pub removed: Vec<String>,
    /// The data version before and after.
    pub version: (String, String),
}

impl Summary {
    /// Whether the data changed.
    pub fn changed_anything(&self) -> bool {
        self.record_added || !self.added.is_empty() || !self.changed.is_empty() || !self.removed.is_empty()
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// One JSON object on one line, keys in the given order, as the data file writes them.
fn line(obj: &Value, keys: &[&str]) -> Result<String, String> {
    let map = obj.as_object().ok_or("not an object")?;
    if let Some(k) = map.keys().find(|k| !keys.contains(&k.as_str())) {
        return Err(format!("unexpected key {k:?} in {obj}"));
    }
    let mut parts = Vec::new();
    for k in keys {
        if let Some(v) = map.get(*k) {
            parts.push(format!("{}: {}", Value::String((*k).to_owned()), v));
        }
    }
    Ok(format!("{{{}}}", parts.join(", ")))
}

/// The data file's layout: top-level keys one a line, one notice and one day a line.
pub fn format_data(data: &Value) -> Result<String, String> {
    let top = ["format", "version", "first", "last", "note", "notices", "days"];
    let map = data.as_object().ok_or("the data is not an object")?;
    if let Some(k) = map.keys().find(|k| !top.contains(&k.as_str())) {
        return Err(format!("unexpected top-level key {k:?}"));
    }
    let mut out = String::from("{\n");
    let mut fields = Vec::new();
    for k in top {
        let Some(v) = map.get(k) else { continue };
        let key = Value::String(k.to_owned());
        let text = match k {
            "notices" | "days" => {
                let keys: &[&str] = if k == "notices" {
                    &["id", "year", "title", "number", "published"]
                } else {
                    &["date", "type", "name", "name_en", "notice", "note"]
                };
                let items = v.as_array().ok_or(format!("{k} is not an array"))?;
                let lines = items
                    .iter()
                    .map(|x| line(x, keys).map(|l| format!("    {l}")))
                    .collect::<Result<Vec<_>, _>>()?;
                format!("  {key}: [\n{}\n  ]", lines.join(",\n"))
            }
            _ => format!("  {key}: {v}"),
        };
        fields.push(text);
    }
    out.push_str(&fields.join(",\n"));
    out.push_str("\n}\n");
    Ok(out)
}

/// `cn-official-2004-2026.r1` → the version after the change.
fn next_version(version: &str, old_last_year: i32, new_last_year: i32) -> Result<String, String> {
    let bad = || format!("version {version:?} is not of the form cn-official-FIRST-LAST.rN");
    let (stem, r) = version.rsplit_once(".r").ok_or_else(bad)?;
    let r: u32 = r.parse().map_err(|_| bad())?;
    let (head, last) = stem.rsplit_once('-').ok_or_else(bad)?;
    if last.parse::<i32>().ok() != Some(old_last_year) {
        return Err(format!(
            "version {version:?} does not end in the data's last year {old_last_year}"
        ));
    }
    Ok(if new_last_year > old_last_year {
        format!("{head}-{new_last_year}.r1")
    } else {
        format!("{stem}.r{}", r + 1)
    })
}

fn year_of(date: &str) -> Result<i32, String> {
    date.get(..4)
        .and_then(|y| y.parse().ok())
        .ok_or(format!("bad date {date:?}"))
}

/// Reads `notice_text` against the data `data_json` and returns the new data text and what changed.
///
/// # Errors
/// The reader's error (e.g. `notice_unreadable` with the sentence and its position), or a
/// message when the data file is not in the expected layout.
pub fn import(data_json: &str, notice_text: &str) -> Result<(String, Summary), String> {
    let mut data: Value = serde_json::from_str(data_json).map_err(|e| format!("data: {e}"))?;
    // The data file itself, not layered over the embedded copy.
    let mut standalone = data.clone();
    standalone
        .as_object_mut()
        .ok_or("the data is not an object")?
        .insert("base".into(), Value::String("none".into()));
    let cal = Calendar::from_json_str(&standalone.to_string()).map_err(|e| e.to_string())?;
    let parsed: ParsedNotice = cal.read_notice(notice_text).map_err(|e| e.to_string())?;
    // Loading it must give a valid calendar: no year left without a notice before it.
    cal.with_notice(notice_text).map_err(|e| e.to_string())?;
    let record = &parsed.notice;
    let map = data.as_object_mut().ok_or("the data is not an object")?;
    let old_version = map.get("version").and_then(Value::as_str).unwrap_or("").to_owned();
    let old_last = map
        .get("last")
        .and_then(Value::as_str)
        .ok_or("no last date")?
        .to_owned();
    let mut summary = Summary::default();

    // The notice record.
    let notices = map
        .get_mut("notices")
        .and_then(Value::as_array_mut)
        .ok_or("no notices array")?;
    let id = match notices
        .iter()
        .find(|n| str_of(n, "title") == Some(record.title.as_str()))
    {
        Some(existing) => str_of(existing, "id").ok_or("a notice without id")?.to_owned(),
        None => {
            if notices.iter().any(|n| str_of(n, "id") == Some(record.id.as_str())) {
                return Err(format!(
                    "the data already has a notice with id {:?} and another title",
                    record.id
                ));
            }
            let mut obj = Map::new();
            obj.insert("id".into(), record.id.clone().into());
            obj.insert("title".into(), record.title.clone().into());
            if let Some(n) = &record.number {
                obj.insert("number".into(), n.clone().into());
            }
            if let Some(p) = &record.published {
                obj.insert("published".into(), p.clone().into());
            }
            let at = notices
                .iter()
                .position(|n| str_of(n, "id").is_some_and(|x| x > record.id.as_str()))
                .unwrap_or(notices.len());
            notices.insert(at, Value::Object(obj));
            summary.record_added = true;
            record.id.clone()
        }
    };
    summary.notice = id.clone();

    // The days.
    let days = map
        .get_mut("days")
        .and_then(Value::as_array_mut)
        .ok_or("no days array")?;
    let mut by_date: std::collections::BTreeMap<String, Value> = std::collections::BTreeMap::new();
    for e in days.drain(..) {
        let date = str_of(&e, "date").ok_or("a day without date")?.to_owned();
        by_date.insert(date, e);
    }
    let entry = |date: &str, kind: &str, name: &str, name_en: &Option<String>| {
        let mut obj = Map::new();
        obj.insert("date".into(), date.into());
        obj.insert("type".into(), kind.into());
        obj.insert("name".into(), name.into());
        if let Some(en) = name_en {
            obj.insert("name_en".into(), en.clone().into());
        }
        obj.insert("notice".into(), id.clone().into());
        Value::Object(obj)
    };
    let named = parsed
        .holidays
        .iter()
        .map(|d| (d, "holiday"))
        .chain(parsed.workdays.iter().map(|d| (d, "workday")));
    for (day, kind) in named {
        let date = day.date.to_string();
        let same = by_date.get(&date).is_some_and(|e| {
            str_of(e, "type") == Some(kind)
                && str_of(e, "name") == Some(day.name.as_str())
                && str_of(e, "notice") == Some(id.as_str())
        });
        if same {
            continue;
        }
        match by_date.insert(date.clone(), entry(&date, kind, &day.name, &day.name_en)) {
            Some(_) => summary.changed.push(date),
            None => summary.added.push(date),
        }
    }
    for date in &parsed.regular {
        let date = date.to_string();
        if by_date.remove(&date).is_some() {
            summary.removed.push(date);
        }
    }
    *days = by_date.into_values().collect();

    // Coverage, note and version.
    let old_year = year_of(&old_last)?;
    let new_year = i32::from(record.year.ok_or("the notice has no year")?).max(old_year);
    if new_year > old_year {
        map.insert("last".into(), format!("{new_year}-12-31").into());
        if let Some(Value::String(note)) = map.get_mut("note") {
            *note = note
                .replace(
                    &format!("the {} notice", old_year + 1),
                    &format!("the {} notice", new_year + 1),
                )
                .replace(&format!("December {old_year}"), &format!("December {new_year}"));
        }
    }
    let new_version = if summary.changed_anything() || new_year > old_year {
        next_version(&old_version, old_year, new_year)?
    } else {
        old_version.clone()
    };
    map.insert("version".into(), new_version.clone().into());
    summary.version = (old_version, new_version);
    let text = format_data(&data)?;
    // The result must load.
    Calendar::from_json_str(&text).map_err(|e| format!("the updated data does not load: {e}"))?;
    Ok((text, summary))
}
