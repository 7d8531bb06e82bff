//! The calendar JSON format, shared by the official data and custom calendars: its
//! notices and day entries, the official data as one such file, and the reader with its
//! size limit. The builder ([`super::CalendarBuilder`]), the notice reader and the
//! provisional years all build on these types.

use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::calendar as m;
use crate::prelude::*;
use chrono::NaiveDate;

/// The official data (国务院办公厅部分节假日安排通知), embedded at compile time: `build.rs`
/// writes `data/holidays.json` as tables (the days as runs of dates).
#[allow(clippy::type_complexity)]
mod official {
    include!(concat!(env!("OUT_DIR"), "/official_calendar.rs"));
}

/// A notice (通知) that calendar entries come from.
///
/// # Example
/// ```
/// use fuling_rules::Calendar;
/// let cal = Calendar::official();
/// let n = cal.notices().iter().find(|n| n.id == "2026").unwrap();
/// assert_eq!(n.title, "国务院办公厅关于2026年部分节假日安排的通知");
/// assert_eq!(n.published.as_deref(), Some("2025-11-04"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Notice {
    /// Identifier used by day entries, e.g. `"2025"` or `"2020-extension"`.
    pub id: String,
    /// The year whose days the notice arranges (set for notices read from their text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The notice's title, e.g. 国务院办公厅关于2025年部分节假日安排的通知.
    pub title: String,
    /// The document number (文号), when known, e.g. 国办发明电〔2024〕12号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Publication date (ISO), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

/// The type of a day entry in calendar data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum EntryKind {
    /// A rest day inside a statutory holiday period (法定节假日放假).
    Holiday,
    /// A Saturday or Sunday made a working day (调休上班).
    Workday,
    /// Back to the Monday–Friday default (custom calendars: removes an official entry).
    Regular,
}

/// One entry of calendar data.
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DayEntry {
    pub date: NaiveDate,
    #[serde(rename = "type")]
    pub kind: EntryKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The calendar JSON file, shared by the official data and custom calendars (its JSON Schema is
/// [`calendar_json_schema`]).
#[derive(Debug, Clone, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CalendarFile {
    pub(super) format: u32,
    #[serde(default)]
    pub(super) base: Option<String>,
    #[serde(default)]
    pub(super) version: Option<String>,
    #[serde(default)]
    pub(super) first: Option<NaiveDate>,
    #[serde(default)]
    pub(super) last: Option<NaiveDate>,
    #[serde(default)]
    #[allow(dead_code)]
    pub(super) note: Option<String>,
    #[serde(default)]
    pub(super) notices: Vec<Notice>,
    #[serde(default)]
    pub(super) days: Vec<DayEntry>,
}

/// `invalid_calendar_data` with these words.
pub(super) fn invalid(msg: crate::message::Msg, args: &[&dyn core::fmt::Display]) -> Error {
    Error::msg(ErrorCode::InvalidCalendarData, msg, args)
}

/// The largest calendar JSON accepted, in bytes (the official file is about 100 KB).
///
/// # Example
/// ```
/// use fuling_rules::{calendar::MAX_CALENDAR_JSON_BYTES, Calendar, ErrorCode};
/// let too_big = " ".repeat(MAX_CALENDAR_JSON_BYTES + 1);
/// assert_eq!(Calendar::from_json_str(&too_big).unwrap_err().code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_CALENDAR_JSON_BYTES: usize = 4 * 1024 * 1024;

/// The official data as read from `data/holidays.json` (the same file, its `note`s aside,
/// which the library does not use), from the tables `build.rs` writes.
pub(super) fn official_file() -> Result<CalendarFile> {
    let date = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d);
    let malformed = || invalid(m::OFFICIAL_DATA_MALFORMED, &[]);
    // An absent text is empty, an absent year 0 (build.rs).
    let text = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
    let mut notices = Vec::with_capacity(official::NOTICE_YEARS.len());
    let columns = (official::NOTICE_IDS.iter().zip(official::NOTICE_YEARS))
        .zip(official::NOTICE_TITLES.iter().zip(official::NOTICE_NUMBERS.iter()))
        .zip(official::NOTICE_PUBLISHED.iter());
    for (((id, &year), (title, number)), published) in columns {
        notices.push(Notice {
            id: id.to_owned(),
            year: Some(year).filter(|&y| y != 0),
            title: title.to_owned(),
            number: text(number),
            published: text(published),
        });
    }
    let mut days = Vec::new();
    let mut first = date(official::RUNS_FROM).ok_or_else(malformed)?;
    // Generated by one loop of build.rs, so the columns have the same length.
    const _: () = assert!(
        official::RUN_NAMES.len() == official::RUN_NOTICES.len()
            && official::RUN_KINDS.len() == official::RUN_NOTICES.len()
            && official::RUN_GAPS.len() == official::RUN_NOTICES.len()
            && official::RUN_COUNTS.len() == official::RUN_NOTICES.len()
    );
    let runs = (official::RUN_NOTICES.iter().zip(official::RUN_NAMES))
        .zip(official::RUN_KINDS.iter().zip(official::RUN_GAPS))
        .zip(official::RUN_COUNTS);
    for (((&notice, &name), (&kind, &gap)), &count) in runs {
        first = first
            .checked_add_days(chrono::Days::new(u64::from(gap)))
            .ok_or_else(malformed)?;
        let (Some(id), Some(&(zh, en))) = (
            official::NOTICE_IDS.get(usize::from(notice)),
            official::NAMES.get(usize::from(name)),
        ) else {
            return Err(malformed());
        };
        for i in 0..count {
            days.push(DayEntry {
                date: first
                    .checked_add_days(chrono::Days::new(u64::from(i)))
                    .ok_or_else(malformed)?,
                kind,
                name: Some(zh.to_owned()),
                name_en: Some(en.to_owned()),
                notice: Some(id.to_owned()),
                note: None,
            });
        }
    }
    Ok(CalendarFile {
        format: 1,
        base: None,
        version: official::VERSION.map(str::to_owned),
        first: official::FIRST.and_then(date),
        last: official::LAST.and_then(date),
        note: None,
        notices,
        days,
    })
}

/// `input_too_large` for calendar or notice data beyond [`MAX_CALENDAR_JSON_BYTES`].
pub(super) fn check_json_size(json: &str) -> Result<()> {
    if json.len() > MAX_CALENDAR_JSON_BYTES {
        return Err(Error::msg(
            ErrorCode::InputTooLarge,
            m::CALENDAR_DATA_TOO_LARGE,
            &[&json.len(), &MAX_CALENDAR_JSON_BYTES],
        ));
    }
    Ok(())
}

pub(super) fn parse_file(json: &str) -> Result<CalendarFile> {
    check_json_size(json)?;
    let value = crate::json_input::parse(json)?;
    crate::json_input::from_tree::<CalendarFile>(&value)
        .map_err(|e| e.into_error(ErrorCode::InvalidCalendarData, "日历数据内容", "calendar data"))
}

/// The JSON Schema of the calendar data format (official and custom).
///
/// # Example
/// ```
/// use fuling_rules::calendar::calendar_json_schema;
/// let schema = calendar_json_schema();
/// assert!(schema["properties"]["days"].is_object());
/// assert_eq!(schema["required"][0], "format");
/// ```
pub fn calendar_json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(CalendarFile)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables `build.rs` writes hold what `data/holidays.json` holds (its `note`s aside).
    #[test]
    fn official_tables_agree_with_the_json() {
        let json = parse_file(include_str!("../../data/holidays.json")).unwrap();
        let tables = official_file().unwrap();
        assert_eq!(
            (tables.format, &tables.base, &tables.version, tables.first, tables.last),
            (json.format, &json.base, &json.version, json.first, json.last)
        );
        assert_eq!(tables.notices, json.notices);
        let days: Vec<DayEntry> = json.days.into_iter().map(|d| DayEntry { note: None, ..d }).collect();
        assert_eq!(days.len(), 800);
        assert_eq!(tables.days, days);
    }
}
