//! The notice reader against the texts in `tests/notices`:
//! - every file reads into the hand-read entries of `tests/notices/expected.json`;
//! - all files applied in order reproduce `core/data/holidays.json`'s working/rest status for
//!   every date 2007-12-29..2026-12-31, except in 2013, 2017 and 2021 (notices held back).

use chrono::{Datelike, NaiveDate};
use fuling_rules::calendar::{parse_notice, ParsedNotice};
use fuling_rules::{Calendar, CalendarBuilder};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("notices")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(dir().join(name)).unwrap()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The notice files in the order they were issued (supplements after their year's notice).
const IN_ORDER: &[&str] = &[
    "2008.partial.txt",
    "2009.partial.txt",
    "2010.txt",
    "2011.txt",
    "2012.txt",
    "2014.txt",
    "2015.txt",
    "2015-victory-day.txt",
    "2016.txt",
    "2018.txt",
    "2019.txt",
    "2019-labor-day-adjustment.txt",
    "2020.txt",
    "2020-extension.txt",
    "2022.txt",
    "2023.txt",
    "2024.txt",
    "2025.txt",
    "2026.txt",
];

#[test]
fn every_notice_file_is_listed() {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt") && !n.starts_with("fangjia"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = IN_ORDER.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed);
}

/// The data's name for a heading as the notice writes it.
fn data_name(heading: &str) -> &str {
    match heading {
        "“五一”国际劳动节" => "劳动节",
        "中秋节、国庆节" => "国庆节、中秋节",
        "春节(延长)" => "春节",
        other => other,
    }
}

#[test]
fn every_file_reads_into_its_expected_entries() {
    let expected: serde_json::Value = serde_json::from_str(&read("expected.json")).unwrap();
    for file in IN_ORDER {
        let n = parse_notice(&read(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        // Expected, per holiday name: the days off and the days worked.
        let mut want_off: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
        let mut want_work: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
        for item in expected[file].as_array().unwrap() {
            let name = data_name(item["name"].as_str().unwrap()).to_owned();
            let off = want_off.entry(name.clone()).or_default();
            for range in item["off"].as_array().unwrap() {
                let (a, b) = (d(range[0].as_str().unwrap()), d(range[1].as_str().unwrap()));
                off.extend(a.iter_days().take_while(|x| *x <= b));
            }
            let work = want_work.entry(name).or_default();
            work.extend(item["work"].as_array().unwrap().iter().map(|w| d(w.as_str().unwrap())));
        }
        want_work.retain(|_, v| !v.is_empty());
        let mut got_off: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
        for h in &n.holidays {
            got_off.entry(h.name.clone()).or_default().insert(h.date);
        }
        let mut got_work: BTreeMap<String, BTreeSet<NaiveDate>> = BTreeMap::new();
        for w in &n.workdays {
            got_work.entry(w.name.clone()).or_default().insert(w.date);
        }
        assert_eq!(got_off, want_off, "{file}: days off");
        assert_eq!(got_work, want_work, "{file}: days worked");
        assert!(n.regular.is_empty(), "{file}: {:?}", n.regular);
        assert!(n.holidays.iter().all(|h| h.name_en.is_some()), "{file}: English names");
    }
}

#[test]
fn notice_records() {
    let n = |f: &str| parse_notice(&read(f)).unwrap().notice;
    let r2010 = n("2010.txt");
    assert_eq!(r2010.id, "2010");
    assert_eq!(r2010.year, Some(2010));
    assert_eq!(r2010.title, "国务院办公厅关于2010年部分节假日安排的通知");
    assert_eq!(r2010.number.as_deref(), Some("国办发明电〔2009〕27号"));
    // "二○○九年十二月七日" on the last line.
    assert_eq!(r2010.published.as_deref(), Some("2009-12-07"));
    assert_eq!(n("2012.txt").published.as_deref(), Some("2011-12-05")); // 二〇一一年十二月五日
    assert_eq!(n("2026.txt").number, None); // "(not printed in the copies used)"
    assert_eq!(n("2008.partial.txt").published, None);
    // Supplements get the ids the embedded data uses.
    assert_eq!(n("2015-victory-day.txt").id, "2015-victory");
    assert_eq!(n("2019-labor-day-adjustment.txt").id, "2019-labour");
    assert_eq!(n("2020-extension.txt").id, "2020-extension");
    // The embedded data's records agree.
    let cal = Calendar::official();
    for file in IN_ORDER {
        let r = n(file);
        let data = cal.notices().iter().find(|x| x.id == r.id).unwrap();
        assert_eq!(data.title, r.title, "{file}");
        if let (Some(a), Some(b)) = (&data.number, &r.number) {
            assert_eq!(a, b, "{file}");
        }
        if let (Some(a), Some(b)) = (&data.published, &r.published) {
            assert!(b.starts_with(a.as_str()), "{file}: {a} {b}");
        }
    }
}

/// Applies every file in order to an empty calendar 2007-12-01..2026-12-31.
fn rebuilt() -> Calendar {
    let mut b = CalendarBuilder::empty().first(d("2007-12-01")).last(d("2026-12-31"));
    for file in IN_ORDER {
        b = b.notice_text(&read(file));
    }
    b.build().unwrap()
}

#[test]
fn all_files_in_order_reproduce_the_embedded_data() {
    let cal = rebuilt();
    let official = Calendar::official();
    let mut checked = 0;
    for day in d("2007-12-29").iter_days().take_while(|x| *x <= d("2026-12-31")) {
        if [2013, 2017, 2021].contains(&day.year()) {
            continue; // held back: their notices are not in the folder
        }
        assert_eq!(
            cal.is_working_day(day).unwrap(),
            official.is_working_day(day).unwrap(),
            "{day}"
        );
        checked += 1;
    }
    // 2007-12-29..31 (3 days) + 2008..2026 (19 × 365 + 5 leap days = 6,940) − 2013, 2017, 2021 (3 × 365).
    assert_eq!(checked, 3 + 6940 - 3 * 365);
    // 2020-02-01, a make-up Saturday of the 2020 notice, is a rest day after the extension.
    assert!(!cal.is_working_day(d("2020-02-01")).unwrap());
    assert_eq!(cal.loaded_notices().len(), IN_ORDER.len());
}

#[test]
fn a_supplement_read_alone_against_an_older_calendar() {
    // Against a calendar holding only the 2020 notice, the extension starts after 01-30.
    let cal = CalendarBuilder::empty()
        .first(d("2020-01-01"))
        .last(d("2020-12-31"))
        .notice_text(&read("2020.txt"))
        .build()
        .unwrap();
    assert!(cal.is_working_day(d("2020-02-01")).unwrap()); // Saturday, made a working day
    let ext: ParsedNotice = cal.read_notice(&read("2020-extension.txt")).unwrap();
    let days: Vec<NaiveDate> = ext.holidays.iter().map(|h| h.date).collect();
    assert_eq!(days, [d("2020-01-31"), d("2020-02-01"), d("2020-02-02")]);
    let after = cal.with_notice(&read("2020-extension.txt")).unwrap();
    assert!(!after.is_working_day(d("2020-02-01")).unwrap());
    // 01-23 (Thu): next working day Mon 02-03.
    assert_eq!(after.add_working_days(d("2020-01-23"), 1).unwrap(), d("2020-02-03"));
}

/// Notice data read back from its JSON (what the browser package's main module applies, the
/// text reader being its optional module): every file round-trips, and applying the data
/// gives the calendar that applying the text gives.
#[test]
fn notice_data_round_trips_through_json_and_applies_as_the_text_does() {
    let mut by_text = CalendarBuilder::empty()
        .first(d("2007-12-01"))
        .last(d("2026-12-31"))
        .build()
        .unwrap();
    let mut by_data = by_text.clone();
    for file in IN_ORDER {
        let parsed = by_text.read_notice(&read(file)).unwrap();
        let json = serde_json::to_string(&parsed).unwrap();
        let back = ParsedNotice::from_json_str(&json).unwrap();
        assert_eq!(back, parsed, "{file}");
        by_text = by_text.with_notice(&read(file)).unwrap();
        by_data = by_data.with_parsed_notice(&back).unwrap();
    }
    assert_eq!(by_data, by_text);
    assert_eq!(by_data.version(), by_text.version());
    assert_eq!(by_data.loaded_notices(), by_text.loaded_notices());
}

/// The JSON reader checks what the text reader guarantees; each wrong input names its pointer.
#[test]
fn notice_data_that_the_text_reader_would_never_give_is_refused() {
    use fuling_rules::ErrorCode;
    let good = serde_json::to_value(parse_notice(&read("2026.txt")).unwrap()).unwrap();
    let day = |date: &str| serde_json::json!({"date": date, "name": "春节", "name_en": null});
    let cases: Vec<(&str, serde_json::Value, &str)> = vec![
        // Monday 2026-02-16 is a day off; a working day must be a Saturday or Sunday.
        ("/workdays", serde_json::json!([day("2026-02-16")]), "/workdays/0"),
        // Saturday 2026-02-14 is the 2026 notice's second working day (after Sunday 01-04);
        // a day off too, it is refused where it appears the second time.
        ("/holidays", serde_json::json!([day("2026-02-14")]), "/workdays/1"),
        // Outside 2025-12-01..2026-12-31.
        ("/regular", serde_json::json!(["2025-11-30"]), "/regular/0"),
        (
            "/holidays",
            serde_json::json!([day("2026-10-02"), day("2026-10-01")]),
            "/holidays/1",
        ),
        ("/published", serde_json::json!("2025-11-4"), "/published"),
        ("/extra", serde_json::json!(1), "/extra"),
    ];
    for (key, value, pointer) in cases {
        let mut v = good.clone();
        v.as_object_mut().unwrap().insert(key[1..].to_owned(), value);
        let e = ParsedNotice::from_json_str(&v.to_string()).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidCalendarData, "{key}");
        assert!(
            e.message_en().contains(&format!("at \"{pointer}\"")),
            "{key}: {}",
            e.message_en()
        );
    }
    let mut empty = good.clone();
    for k in ["holidays", "workdays", "regular"] {
        empty[k] = serde_json::json!([]);
    }
    assert_eq!(
        ParsedNotice::from_json_str(&empty.to_string()).unwrap_err().code(),
        ErrorCode::InvalidCalendarData
    );
    assert_eq!(
        ParsedNotice::from_json_str("{").unwrap_err().code(),
        ErrorCode::InvalidJson
    );
}
