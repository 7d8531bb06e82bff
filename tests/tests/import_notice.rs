//! The maintainer's notice import (`tests/src/import_notice.rs`, binary `import_notice`).

use chrono::NaiveDate;
use fuling_rules::Calendar;
use fuling_rules_tests::import_notice::{format_data, import};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn data() -> String {
    std::fs::read_to_string(root().join("core/data/holidays.json")).unwrap()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn the_writer_reproduces_the_data_file_byte_for_byte() {
    let text = data();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(format_data(&v).unwrap(), text);
}

#[test]
fn importing_a_notice_the_data_holds_changes_nothing() {
    let text = data();
    for file in [
        "2026.txt",
        "2025.txt",
        "2020-extension.txt",
        "2019-labor-day-adjustment.txt",
    ] {
        let notice = std::fs::read_to_string(root().join("tests/notices").join(file)).unwrap();
        let (out, summary) = import(&text, &notice).unwrap();
        assert!(!summary.changed_anything(), "{file}: {summary:?}");
        assert_eq!(out, text, "{file}");
    }
}

#[test]
fn importing_every_notice_file_keeps_every_days_status() {
    // Some files name days differently from the data (e.g. 2008's items name no weekend days
    // that the data lists), so entries may change; the working/rest status never does.
    let official = Calendar::official();
    let dir = root().join("tests/notices");
    let mut text = data();
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".txt") || name.starts_with("fangjia") {
            continue;
        }
        text = import(&text, &std::fs::read_to_string(&p).unwrap()).unwrap().0;
    }
    let cal = Calendar::from_json_str(&text).unwrap();
    let c = official.coverage();
    for day in c.first.iter_days().take_while(|x| *x <= c.last) {
        assert_eq!(
            cal.is_working_day(day).unwrap(),
            official.is_working_day(day).unwrap(),
            "{day}"
        );
    }
}

#[test]
fn importing_the_next_years_notice() {
    let notice = "国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕9号\n\
                  一、元旦:1月1日(周五)至3日(周日)放假,共3天。\n\
                  二、春节:2月5日至11日放假调休,共7天。2月13日(星期六)上班。\n国务院办公厅\n2026年11月10日";
    let (out, s) = import(&data(), notice).unwrap();
    assert_eq!(s.notice, "2027");
    assert!(s.record_added);
    // 01-01..01-03 and 02-05..02-11 off (3 + 7), Saturday 02-13 worked.
    assert_eq!((s.added.len(), s.changed.len(), s.removed.len()), (11, 0, 0));
    assert_eq!(
        s.version,
        (
            "cn-official-2004-2026.r1".to_owned(),
            "cn-official-2004-2027.r1".to_owned()
        )
    );
    let cal = Calendar::from_json_str(&out).unwrap();
    assert_eq!(cal.coverage().last, d("2027-12-31"));
    assert!(cal.is_working_day(d("2027-02-13")).unwrap());
    let record = cal.notices().iter().find(|n| n.id == "2027").unwrap();
    assert_eq!(record.published.as_deref(), Some("2026-11-10"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let note = v["note"].as_str().unwrap();
    assert!(
        note.contains("late December 2027") && note.contains("the 2028 notice"),
        "{note}"
    );
    assert!(out.contains(
        r#"{"date": "2027-02-13", "type": "workday", "name": "春节", "name_en": "Spring Festival", "notice": "2027"}"#
    ));
    // Importing it again changes nothing.
    let (again, s2) = import(&out, notice).unwrap();
    assert!(!s2.changed_anything());
    assert_eq!(again, out);
    // An unreadable notice is refused with the reader's error.
    let err = import(
        &data(),
        "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日另行通知。",
    )
    .unwrap_err();
    assert!(
        err.contains("notice_unreadable") && err.contains("line 2 (item 1)"),
        "{err}"
    );
}

#[test]
fn a_notice_after_a_gap_is_refused() {
    // The data ends 2026-12-31: importing a 2029 notice would leave 2027 and 2028 without holidays.
    let err = import(
        &data(),
        "国务院办公厅关于2029年部分节假日安排的通知\n一、元旦:1月1日放假,共1天。",
    )
    .unwrap_err();
    assert!(err.contains("gap"), "{err}");
}
