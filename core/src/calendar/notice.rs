//! Reading a State Council holiday notice (节假日安排通知) from its published text.
//!
//! # What is read
//! - The **title** (国务院办公厅关于2027年部分节假日安排的通知; a line of its own, or a
//!   `# title:` header line as in `tests/notices`), the **document number** (国办发明电〔2026〕N号)
//!   and the **date** on the last line (2026年11月4日 or 二〇二六年十一月四日).
//! - Every **numbered item** (一、二、…) and, in a notice without numbered items (the 2015
//!   victory-day notice), every paragraph. In an item, each sentence that contains a date
//!   (`M月D日`, `YYYY年M月D日`, or `D日` after a date of the same sentence) is read
//!   clause by clause:
//!   - `…放假` / `放假调休` / `放假公休` / `调休放假` / `补休` / `调休` / `为法定节假日` /
//!     `照常公休`: days off (ranges `至`, `—` expanded);
//!   - `…上班`: make-up working days (调休上班);
//!   - `A…公休日调至B`: the old style (2008, 2009): B is off, and A is worked unless A is
//!     itself a day off;
//!   - `延长…假期至D`: an extension, resolved against the calendar it is read on (the
//!     days after that holiday's last day through D are off);
//!   - `D起正常上班`: work resumes (no entry);
//!   - `共N天` and `放假N天` are checked against the days named (with 与周末连休, the
//!     adjacent weekend counts).
//! - Weekday annotations (`(星期六)`, `(周日)`, `(农历除夕、周二)`) are checked against the
//!   date; a mismatch is an error.
//!
//! # What is ignored
//! The address line, the opening paragraphs before the first numbered item, sentences
//! without a date, numbered items without a date that name no holiday (2019's "二、各地区、
//! 各部门要抓紧做好…"), and sentences of encouragement (`鼓励…在除夕(2月9日)休息`, which
//! sets no day: see `docs/readings.md`).
//!
//! # Errors
//! A numbered item or dated sentence that cannot be read is [`ErrorCode::NoticeUnreadable`],
//! naming the line, the item, the sentence and what was not understood — never a partial
//! or guessed result. Dates must lie in the notice's year or in the December before it.

use super::date_map::{DateMap, DateSet};
use super::file::{DayEntry, EntryKind, Notice};
use super::numerals;
use super::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::{FromJson, ShapeError};
use crate::json_output::ToJson;
use crate::message::calendar as msg;
use crate::message::Msg;
use chrono::{Datelike, NaiveDate, Weekday};
use std::fmt;

/// The longest notice text accepted, in characters (real notices have about 1,000).
///
/// # Example
/// ```
/// use fuling_rules::{calendar::{parse_notice, MAX_NOTICE_CHARS}, ErrorCode};
/// let err = parse_notice(&"。".repeat(MAX_NOTICE_CHARS + 1)).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_NOTICE_CHARS: usize = 20_000;

/// One day a notice names, with the holiday it belongs to.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::calendar::parse_notice;
/// let n = parse_notice("国务院办公厅关于2014年部分节假日安排的通知\n一、元旦:1月1日放假1天。")?;
/// let day = &n.holidays[0];
/// assert_eq!(day.date, NaiveDate::from_ymd_opt(2014, 1, 1).unwrap());
/// assert_eq!((day.name.as_str(), day.name_en.as_deref()), ("元旦", Some("New Year's Day")));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeDay {
    /// The day.
    pub date: NaiveDate,
    /// The holiday's Chinese name as the calendar data writes it (国庆节、中秋节).
    pub name: String,
    /// Its English name, for the holidays of 全国年节及纪念日放假办法 and the victory anniversaries.
    #[schemars(required, extend("type" = ["string", "null"]))]
    pub name_en: Option<String>,
}

/// A notice read from its text: the notice record and the days it sets.
///
/// Serialises as `{"id", "year", "title", "number", "published", "holidays", "workdays",
/// "regular"}`: every key present (`null` when the text does not give it), dates as ISO
/// strings — the same object in Rust, Python (`Notice.to_dict()`) and JS (`parseNotice`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::calendar::parse_notice;
/// let text = "国务院办公厅关于2010年部分节假日安排的通知\n\
///             二、春节:2月13日至19日放假调休,共7天。2月20日(星期六)、21日(星期日)上班。";
/// let n = parse_notice(text)?;
/// assert_eq!((n.notice.id.as_str(), n.notice.year), ("2010", Some(2010)));
/// assert_eq!(n.holidays.len(), 7);
/// let worked: Vec<String> = n.workdays.iter().map(|w| w.date.to_string()).collect();
/// assert_eq!(worked, ["2010-02-20", "2010-02-21"]); // the month of 21日 carries over
/// let json = serde_json::to_string(&n).unwrap();
/// assert!(json.starts_with(r#"{"id":"2010","year":2010,"title":"国务院办公厅关于2010年部分节假日安排的通知","number":null,"published":null,"holidays":[{"date":"2010-02-13","name":"春节","name_en":"Spring Festival"},"#));
/// assert!(json.ends_with(r#""regular":[]}"#));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson)]
#[serde(into = "NoticeJson")]
pub struct ParsedNotice {
    /// The notice record (id, year, title, number, published).
    #[serde(flatten)]
    pub notice: Notice,
    /// Days off, in date order.
    pub holidays: Vec<NoticeDay>,
    /// Saturdays and Sundays made working days (调休上班), in date order.
    pub workdays: Vec<NoticeDay>,
    /// Days an adjusting notice returns to the ordinary Monday–Friday rule: days an earlier
    /// notice set for the same holiday that this one no longer names.
    pub regular: Vec<NaiveDate>,
}

/// A State Council holiday notice read from its text: the notice record and the days it
/// sets (every key present, `null` when the text does not give it).
// The JSON form of a `ParsedNotice`, in this order; also what its JSON reader reads.
#[derive(ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "ParsedNotice")]
struct NoticeJson {
    /// Identifier used by day entries, e.g. `"2027"` or `"2020-extension"`.
    id: String,
    /// The year whose days the notice arranges.
    #[schemars(required, extend("type" = ["integer", "null"]))]
    year: Option<u16>,
    /// The notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知.
    title: String,
    /// The document number (文号), e.g. 国办发明电〔2026〕12号, or `null` when the text has none.
    #[schemars(required, extend("type" = ["string", "null"]))]
    number: Option<String>,
    /// The publication date from the notice's last line, or `null` when the text has none.
    // An ISO date (`NaiveDate::to_string` of the date read off the text): kept as text, not
    // parsed back, so the WASM build does not carry chrono's date parser.
    #[schemars(required, with = "Option<NaiveDate>", extend("type" = ["string", "null"]))]
    published: Option<String>,
    /// Days off, in date order.
    holidays: Vec<NoticeDay>,
    /// Saturdays and Sundays made working days (调休上班), in date order.
    workdays: Vec<NoticeDay>,
    /// Days an adjusting notice returns to the ordinary Monday–Friday rule.
    regular: Vec<NaiveDate>,
}

impl From<ParsedNotice> for NoticeJson {
    fn from(p: ParsedNotice) -> Self {
        let Notice {
            id,
            year,
            title,
            number,
            published,
        } = p.notice;
        NoticeJson {
            id,
            year,
            title,
            number,
            published,
            holidays: p.holidays,
            workdays: p.workdays,
            regular: p.regular,
        }
    }
}

impl From<NoticeJson> for ParsedNotice {
    fn from(j: NoticeJson) -> Self {
        let NoticeJson {
            id,
            year,
            title,
            number,
            published,
            holidays,
            workdays,
            regular,
        } = j;
        ParsedNotice {
            notice: Notice {
                id,
                year,
                title,
                number,
                published,
            },
            holidays,
            workdays,
            regular,
        }
    }
}

impl NoticeJson {
    /// What the text reader guarantees of every notice it reads, checked again on notice data
    /// read from JSON: each list in date order without repeats, no day in two lists, working
    /// days on a Saturday or Sunday, every day in the notice's year or the December before it,
    /// at least one day, and `published` an ISO date.
    fn check(&self) -> std::result::Result<(), ShapeError> {
        if let Some(p) = &self.published {
            if crate::text::iso_date(p).is_none() {
                return Err(ShapeError::msg(msg::NOTICE_JSON_PUBLISHED_NOT_DATE, &[]).at("published"));
            }
        }
        let holidays = self.holidays.iter().map(|d| d.date);
        let workdays = self.workdays.iter().map(|d| d.date);
        let lists: [(&str, Vec<NaiveDate>); 3] = [
            ("holidays", holidays.collect()),
            ("workdays", workdays.collect()),
            ("regular", self.regular.clone()),
        ];
        let range = self.year.and_then(|y| {
            let y = i32::from(y);
            NaiveDate::from_ymd_opt(y - 1, 12, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31))
        });
        for (k, (key, dates)) in lists.iter().enumerate() {
            for (i, &d) in dates.iter().enumerate() {
                let at = |why: Msg, args: &[&dyn fmt::Display]| ShapeError::msg(why, args).at(&i.to_string()).at(key);
                if i > 0 && dates.get(i - 1).is_some_and(|&before| before >= d) {
                    return Err(at(msg::NOTICE_JSON_DAY_OUT_OF_ORDER, &[&d]));
                }
                if let Some((first, last)) = range.filter(|(f, l)| d < *f || d > *l) {
                    return Err(at(msg::NOTICE_JSON_DAY_OUTSIDE_YEAR, &[&d, &first, &last]));
                }
                if *key == "workdays" && !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                    return Err(at(msg::NOTICE_JSON_WORKDAY_NOT_WEEKEND, &[&d]));
                }
                if let Some((other, _)) = lists.iter().take(k).find(|(_, ds)| ds.binary_search(&d).is_ok()) {
                    return Err(at(msg::NOTICE_JSON_DAY_IN_TWO_LISTS, &[&d, other]));
                }
            }
        }
        if lists.iter().all(|(_, ds)| ds.is_empty()) {
            return Err(ShapeError::msg(msg::NOTICE_JSON_NO_DAY, &[]));
        }
        Ok(())
    }
}

/// Reads notice data: the JSON a [`ParsedNotice`] writes (what `parse_notice` returns, Python's
/// `Notice.to_dict()`, JS `parseNotice`), checked as the text reader checks its result (each
/// list in date order, no day in two lists, working days on weekends, days in the notice's
/// year or the December before it). This is not the text reader: it applies notice data read
/// elsewhere (the browser package's main module reads no notice text).
///
/// # Example
/// ```
/// use fuling_rules::calendar::{parse_notice, ParsedNotice};
/// use fuling_rules::json_input::FromJson;
/// let n = parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")?;
/// let json = serde_json::to_value(&n).unwrap();
/// assert_eq!(ParsedNotice::from_json(&json).unwrap(), n);
/// let mut monday = json.clone();
/// monday["workdays"] = serde_json::json!([{"date": "2027-01-04", "name": "元旦", "name_en": null}]);
/// let e = ParsedNotice::from_json(&monday).unwrap_err();
/// assert_eq!(e.pointer(), "/workdays/0");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
impl FromJson for ParsedNotice {
    fn from_tree(value: &crate::json_read::Value) -> std::result::Result<ParsedNotice, ShapeError> {
        let json = NoticeJson::from_tree(value)?;
        json.check()?;
        Ok(json.into())
    }
}

/// `Deserialize` through the one reader, [`ParsedNotice`]'s `FromJson`.
///
/// # Example
/// ```
/// use fuling_rules::calendar::{parse_notice, ParsedNotice};
/// let n = parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")?;
/// let back: ParsedNotice = serde_json::from_str(&serde_json::to_string(&n).unwrap()).unwrap();
/// assert_eq!(back, n);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
impl<'de> serde::Deserialize<'de> for ParsedNotice {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<ParsedNotice, D::Error> {
        crate::json_input::deserialize(deserializer)
    }
}

impl ParsedNotice {
    /// Reads notice data from its JSON text (see the `FromJson` impl): what a notice read
    /// elsewhere gives, e.g. the browser package's optional module `fuling-rules/notice`.
    ///
    /// # Errors
    /// `invalid_json` for malformed JSON, `invalid_calendar_data` naming the JSON Pointer of
    /// what is wrong, `input_too_large` beyond [`super::MAX_CALENDAR_JSON_BYTES`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{calendar::ParsedNotice, ErrorCode};
    /// let n = ParsedNotice::from_json_str(r#"{"id": "2027", "year": 2027, "title": "国务院办公厅关于2027年部分节假日安排的通知",
    ///     "number": null, "published": null, "regular": [], "workdays": [],
    ///     "holidays": [{"date": "2027-01-01", "name": "元旦", "name_en": "New Year's Day"}]}"#)?;
    /// assert_eq!(n.holidays.len(), 1);
    /// let err = ParsedNotice::from_json_str(r#"{"id": "2027"}"#).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidCalendarData);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<ParsedNotice> {
        super::file::check_json_size(json)?;
        crate::json_input::from_tree(&crate::json_input::parse(json)?)
            .map_err(|e| e.into_error(ErrorCode::InvalidCalendarData, "通知数据", "notice data"))
    }
}

impl schemars::JsonSchema for ParsedNotice {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        NoticeJson::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        NoticeJson::json_schema(generator)
    }
}

/// Reads a notice's text against the embedded official calendar (which resolves
/// supplementary notices such as 2020's extension "延长…春节假期至2月2日").
///
/// Same as `Calendar::official().read_notice(text)`; see [`Calendar::read_notice`].
///
/// # Errors
/// `notice_unreadable` naming the sentence and its position; `input_too_large`
/// beyond [`MAX_NOTICE_CHARS`].
///
/// # Example
/// ```
/// use fuling_rules::{calendar::parse_notice, ErrorCode};
/// let n = parse_notice("国务院办公厅关于2015年部分节假日安排的通知\n三、清明节:4月5日放假,4月6日(星期一)补休。")?;
/// assert_eq!(n.holidays.len(), 2); // 补休 is a day off
/// let err = parse_notice("国务院办公厅关于2015年部分节假日安排的通知\n三、清明节:4月5日另行安排。").unwrap_err();
/// assert_eq!(err.code(), ErrorCode::NoticeUnreadable);
/// assert!(err.message_en().contains("line 2 (item 3), sentence 1"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn parse_notice(text: &str) -> Result<ParsedNotice> {
    Calendar::official().read_notice(text)
}

impl Calendar {
    /// Reads a notice's text (see [`ParsedNotice`]); a supplementary notice is resolved
    /// against this calendar (an extension runs from the day after the holiday's last day
    /// here; an adjustment returns the days it no longer names to the ordinary rule).
    ///
    /// # Errors
    /// `notice_unreadable` naming the sentence and its position; `input_too_large`
    /// beyond [`MAX_NOTICE_CHARS`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Calendar;
    /// let text = "国务院办公厅关于延长2020年春节假期的通知\n\
    ///             一、延长2020年春节假期至2月2日(农历正月初九,星期日),2月3日(星期一)起正常上班。";
    /// let n = Calendar::official().read_notice(text)?;
    /// let days: Vec<String> = n.holidays.iter().map(|h| h.date.to_string()).collect();
    /// // The 2020 notice's Spring Festival ended 01-30; Saturday 02-01 was to be worked.
    /// assert_eq!(days, ["2020-01-31", "2020-02-01", "2020-02-02"]);
    /// assert_eq!(n.notice.id, "2020-extension");
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn read_notice(&self, text: &str) -> Result<ParsedNotice> {
        read(text, &self.inner.special)
    }
}

/// Where a sentence is: its line, its item and its rank in the item.
#[derive(Debug, Clone, Copy)]
struct Pos {
    line: usize,
    item: Option<u32>,
    sentence: usize,
}

/// `notice_unreadable`: why (`why` with `args`), and where if `pos` says.
fn unreadable(pos: Option<Pos>, sentence: &str, why: Msg, args: &[&dyn fmt::Display]) -> Error {
    let (zh, en) = why.pair(args);
    match pos {
        Some(p) => {
            let shown: String = sentence.chars().take(80).collect();
            let (item_zh, item_en) = match p.item {
                Some(n) => msg::NOTICE_ITEM.pair(&[&n]),
                None => (String::new(), String::new()),
            };
            Error::msg(
                ErrorCode::NoticeUnreadable,
                msg::NOTICE_UNREADABLE_AT,
                &[&p.line, &item_zh, &p.sentence, &shown, &zh, &item_en, &en],
            )
        }
        None => Error::msg(ErrorCode::NoticeUnreadable, msg::NOTICE_UNREADABLE, &[&zh, &en]),
    }
}

/// The holidays of 全国年节及纪念日放假办法: keyword in the text, name in the data, English name, id slug.
const FESTIVALS: [(&str, &str, &str, &str); 7] = [
    ("元旦", "元旦", "New Year's Day", "new-year"),
    ("春节", "春节", "Spring Festival", "spring-festival"),
    ("清明", "清明节", "Qingming Festival", "qingming"),
    ("劳动节", "劳动节", "Labour Day", "labour"),
    ("端午", "端午节", "Dragon Boat Festival", "dragon-boat"),
    ("国庆", "国庆节", "National Day", "national-day"),
    ("中秋", "中秋节", "Mid-Autumn Festival", "mid-autumn"),
];

/// The festivals a heading or title names, as (name, English name, slug), joined in the data's order.
fn festival_name(text: &str) -> Option<(String, String, &'static str)> {
    let found: Vec<_> = FESTIVALS
        .iter()
        .filter(|(key, ..)| text.contains(key) || (*key == "劳动节" && text.contains("五一")))
        .collect();
    let first = found.first()?;
    let zh: Vec<&str> = found.iter().map(|f| f.1).collect();
    let en: Vec<&str> = found.iter().map(|f| f.2).collect();
    Some((crate::text::join(&zh, "、"), crate::text::join(&en, " and "), first.3))
}

/// 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知 → (抗战胜利70周年纪念日, 70th Victory Anniversary).
fn victory_name(title: &str) -> Option<(String, String)> {
    if !title.contains("抗日战争") || !title.contains("胜利") {
        return None;
    }
    let before = title.split("周年").next()?;
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let n: u32 = digits.parse().ok()?;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    Some((
        format!("抗战胜利{n}周年纪念日"),
        format!("{n}{suffix} Victory Anniversary"),
    ))
}

/// Half-width punctuation and digits, no whitespace.
fn normalise(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '，' => ',',
            '：' => ':',
            '（' => '(',
            '）' => ')',
            '；' => ';',
            '～' | '〜' => '~',
            '－' => '-',
            '０'..='９' => numerals::arabic_digit(c)
                .and_then(|d| char::from_digit(d, 10))
                .unwrap_or(c),
            other => other,
        })
        .collect::<String>()
        .pipe(arabic_dates)
}

/// `.pipe(f)`: `f(self)`, to end a chain.
trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl Pipe for String {}

/// Chinese-numeral dates in Arabic digits: 二月二十日 → 2月20日, 至十二日 → 至12日 (a day
/// after a month, a range or a list mark), so that a date written either way is read —
/// or refused — like any other. 农历 dates (农历八月十五) and 正月/腊月 are left alone.
fn arabic_dates(line: String) -> String {
    const CN: &str = "〇零一二两三四五六七八九十";
    let c: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while let Some(&ch) = c.get(i) {
        let run = c.iter().skip(i).take_while(|x| CN.contains(**x)).count();
        if run == 0 {
            out.push(ch);
            i += 1;
            continue;
        }
        let text: String = c.iter().skip(i).take(run).collect();
        let next = c.get(i + run).copied();
        let prev = out.chars().last();
        let lunar = out.ends_with("农历") || matches!(prev, Some('正' | '腊' | '初'));
        let value = numerals::number(&text);
        let convert = match (next, value) {
            (Some('月'), Some(1..=12)) => !lunar,
            (Some('日'), Some(1..=31)) => {
                !lunar && matches!(prev, Some('月' | '至' | '到' | '、' | '和' | '及' | '-' | '—' | '~'))
            }
            _ => false,
        };
        match value.filter(|_| convert) {
            Some(v) => out.push_str(&v.to_string()),
            None => out.push_str(&text),
        }
        i += run;
    }
    out
}

/// `一、…`, `(一)…`, `1.…`, `1、…`, `(1)…` → (1, rest).
fn item_numeral(line: &str) -> Option<(u32, &str)> {
    let numeral = |head: &str| {
        let chinese = head.chars().all(|c| "一二三四五六七八九十".contains(c));
        let arabic = head.chars().all(|c| c.is_ascii_digit());
        (!head.is_empty() && head.chars().count() <= 3 && (chinese || arabic))
            .then(|| numerals::number(head))
            .flatten()
    };
    if let Some(inner) = line.strip_prefix('(') {
        let (head, rest) = inner.split_once(')')?;
        return Some((numeral(head)?, rest.trim_start_matches('、')));
    }
    let end = line.find(|c: char| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))?;
    let (head, rest) = line.split_at(end);
    let rest = match rest.chars().next() {
        Some('、') => rest.get('、'.len_utf8()..)?,
        // `1.` but not `1.5`: an Arabic item number takes a dot.
        Some('.' | '．') if head.chars().all(|c| c.is_ascii_digit()) => {
            let r = rest.get(rest.chars().next()?.len_utf8()..)?;
            if r.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some((numeral(head)?, rest))
}

/// A whole line that is a date: 2024年11月12日 or 二〇二四年十一月十二日.
fn date_line(line: &str) -> Option<NaiveDate> {
    let rest = line.strip_suffix('日')?;
    let (y, rest) = rest.split_once('年')?;
    let (m, d) = rest.split_once('月')?;
    NaiveDate::from_ymd_opt(numerals::year_digits(y)?, numerals::number(m)?, numerals::number(d)?)
}

/// A document number: `国办发明电〔2024〕12号` (possibly followed by a remark, as in the file headers).
fn doc_number(text: &str) -> Option<String> {
    let end = text.find('号')? + '号'.len_utf8();
    let number = text.get(..end)?.trim();
    (crate::text::has_char(number, '〔') || crate::text::has_char(number, '[')).then(|| number.to_owned())
}

/// The first `YYYY年` in the text.
fn first_year(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).find_map(|w| match w {
        [a, b, c, d, '年'] if [a, b, c, d].iter().all(|x| x.is_ascii_digit()) => format!("{a}{b}{c}{d}").parse().ok(),
        _ => None,
    })
}

/// A date as written: year and month may be left out.
#[derive(Debug, Clone)]
struct Written {
    year: Option<i32>,
    month: Option<u32>,
    day: u32,
    note: Option<String>,
}

#[derive(Debug, Clone)]
enum Tok {
    Date(Written),
    To,
    And,
    Text(String),
}

/// Reads `YYYY年M月D日`, `M月D日` or `D日` at `i`: (date, next index).
fn written_at(c: &[char], i: usize) -> Option<(Written, usize)> {
    let digits = |from: usize| -> (String, usize) {
        let s: String = c.iter().skip(from).take_while(|x| x.is_ascii_digit()).collect();
        let n = s.len();
        (s, from + n)
    };
    let (a, j) = digits(i);
    if a.is_empty() {
        return None;
    }
    let at = |k: usize| c.get(k).copied();
    match at(j) {
        Some('年') if a.len() == 4 => {
            let (m, k) = digits(j + 1);
            let (d, l) = digits(k + 1);
            if m.is_empty() || at(k) != Some('月') || d.is_empty() || at(l) != Some('日') {
                return None;
            }
            Some((
                Written {
                    year: a.parse().ok(),
                    month: Some(m.parse().ok()?),
                    day: d.parse().ok()?,
                    note: None,
                },
                l + 1,
            ))
        }
        Some('月') if a.len() <= 2 => {
            let (d, l) = digits(j + 1);
            if d.is_empty() || at(l) != Some('日') {
                return None;
            }
            Some((
                Written {
                    year: None,
                    month: Some(a.parse().ok()?),
                    day: d.parse().ok()?,
                    note: None,
                },
                l + 1,
            ))
        }
        Some('日') if a.len() <= 2 => Some((
            Written {
                year: None,
                month: None,
                day: a.parse().ok()?,
                note: None,
            },
            j + 1,
        )),
        _ => None,
    }
}

/// Splits a clause into dates, range and list marks, and text. A parenthesis right after
/// a date is that date's annotation.
fn tokens(clause: &str) -> Vec<Tok> {
    let c: Vec<char> = clause.chars().collect();
    let mut out: Vec<Tok> = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let flush = |text: &mut String, out: &mut Vec<Tok>| {
        if !text.is_empty() {
            out.push(Tok::Text(std::mem::take(text)));
        }
    };
    while let Some(&ch) = c.get(i) {
        let after_date = text.is_empty() && matches!(out.last(), Some(Tok::Date(_)));
        if ch.is_ascii_digit() && !c.get(i.wrapping_sub(1)).is_some_and(char::is_ascii_digit) {
            if let Some((mut w, mut j)) = written_at(&c, i) {
                if c.get(j) == Some(&'(') {
                    let close = c.iter().skip(j).position(|&x| x == ')').map(|p| p + j);
                    if let Some(close) = close {
                        w.note = Some(c.iter().take(close).skip(j + 1).collect());
                        j = close + 1;
                    }
                }
                flush(&mut text, &mut out);
                out.push(Tok::Date(w));
                i = j;
                continue;
            }
        }
        if after_date {
            // A mark between two dates: skip it and any repeat (——).
            let mut j = i;
            while c.get(j).is_some_and(|x| matches!(x, '—' | '–' | '-' | '~')) {
                j += 1;
            }
            let (tok, next) = match ch {
                '至' | '到' => (Some(Tok::To), i + 1),
                '—' | '–' | '-' | '~' => (Some(Tok::To), j),
                '、' | '和' | '及' => (Some(Tok::And), i + 1),
                _ => (None, i),
            };
            if let Some(tok) = tok {
                if c.get(next).is_some_and(char::is_ascii_digit) && written_at(&c, next).is_some() {
                    out.push(tok);
                    i = next;
                    continue;
                }
            }
        }
        text.push(ch);
        i += 1;
    }
    flush(&mut text, &mut out);
    out
}

/// Splits at `,` `:` outside parentheses.
fn clauses(sentence: &str) -> Vec<String> {
    split_outside_parens(sentence, &[',', ':'])
}

/// Splits at `。` and `;` outside parentheses.
fn sentences(line: &str) -> Vec<String> {
    split_outside_parens(line, &['。', ';'])
}

/// Splits `text` at any of `separators` that stands outside parentheses; empty pieces are dropped.
fn split_outside_parens(text: &str, separators: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && separators.contains(&ch) {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(ch);
        }
    }
    out.push(cur);
    out.retain(|s| !s.is_empty());
    out
}

fn has_date(text: &str) -> bool {
    let c: Vec<char> = text.chars().collect();
    (0..c.len()).any(|i| {
        c.get(i).is_some_and(char::is_ascii_digit)
            && !c.get(i.wrapping_sub(1)).is_some_and(char::is_ascii_digit)
            && written_at(&c, i).is_some()
    })
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn weekday_zh(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// The weekday an annotation names (星期六, 周日, …), if any.
fn annotated_weekday(note: &str) -> Option<Weekday> {
    let c: Vec<char> = note.chars().collect();
    c.windows(2).find_map(|w| {
        let day = match w {
            ['期', x] | ['周', x] => *x,
            _ => return None,
        };
        Some(match day {
            '一' => Weekday::Mon,
            '二' => Weekday::Tue,
            '三' => Weekday::Wed,
            '四' => Weekday::Thu,
            '五' => Weekday::Fri,
            '六' => Weekday::Sat,
            '日' | '天' => Weekday::Sun,
            _ => return None,
        })
    })
}

/// A count `共N天` / `放假N天` in a clause's text.
fn count_in(text: &str) -> Option<Option<u32>> {
    for key in ["共", "放假"] {
        let mut rest = text;
        while let Some(at) = rest.find(key) {
            let after = rest.get(at + key.len()..).unwrap_or("");
            let num: String = after
                .chars()
                .take_while(|&c| c.is_ascii_digit() || "零〇一二两三四五六七八九十".contains(c))
                .collect();
            if !num.is_empty() && after.get(num.len()..).is_some_and(|r| r.starts_with('天')) {
                return Some(numerals::number(&num));
            }
            rest = after;
        }
    }
    None
}

/// The name of a day (zh, en).
type DayName = (String, Option<String>);

/// The notice-wide context of a sentence.
struct Ctx {
    year: i32,
    /// A December date without a year belongs to the year before (annual notices).
    december_before: bool,
}

/// What one item (or the unnumbered body) says.
#[derive(Default)]
struct ItemDays {
    off: DateSet,
    work: DateSet,
    /// Days `A` of "A公休日调至B", with the sentence that moved them.
    moved_from: Vec<(NaiveDate, Pos, String)>,
    /// "延长…至D".
    extend_to: Option<(NaiveDate, Pos, String)>,
}

/// Reads one dated sentence into `days`.
fn read_sentence(ctx: &Ctx, pos: Pos, sentence: &str, days: &mut ItemDays) -> Result<()> {
    let fail = |why: Msg, args: &[&dyn fmt::Display]| unreadable(Some(pos), sentence, why, args);
    let first = NaiveDate::from_ymd_opt(ctx.year - 1, 12, 1);
    let last = NaiveDate::from_ymd_opt(ctx.year, 12, 31);
    let (Some(first), Some(last)) = (first, last) else {
        return Err(fail(msg::NOTICE_YEAR_INVALID, &[]));
    };
    let mut prev: Option<NaiveDate> = None;
    let mut sentence_off = DateSet::default();
    let mut counts: Vec<u32> = Vec::new();
    let mut joins_weekend = false;
    for clause in clauses(sentence) {
        let toks = tokens(&clause);
        // Resolve the dates of the clause in order; a range becomes its days.
        let mut groups: Vec<Vec<NaiveDate>> = vec![Vec::new()]; // dates split by text
        let mut residual = String::new();
        let mut pending_to = false;
        for tok in &toks {
            match tok {
                Tok::Text(t) => {
                    residual.push_str(t);
                    if groups.last().is_some_and(|g| !g.is_empty()) {
                        groups.push(Vec::new());
                    }
                }
                Tok::To => pending_to = true,
                Tok::And => {}
                Tok::Date(w) => {
                    let (y, m) = match (w.year, w.month, prev) {
                        (Some(y), Some(m), _) => (y, m),
                        (None, Some(m), _) => (
                            if m == 12 && ctx.december_before {
                                ctx.year - 1
                            } else {
                                ctx.year
                            },
                            m,
                        ),
                        (_, None, Some(p)) => (p.year(), p.month()),
                        (_, None, None) => return Err(fail(msg::NOTICE_DAY_WITHOUT_MONTH, &[&w.day])),
                    };
                    let Some(date) = NaiveDate::from_ymd_opt(y, m, w.day) else {
                        return Err(fail(msg::NOTICE_NOT_A_DATE, &[&y, &m, &w.day]));
                    };
                    if date < first || date > last {
                        return Err(fail(msg::NOTICE_DATE_OUTSIDE_YEAR, &[&date, &ctx.year]));
                    }
                    if let Some(wd) = w.note.as_deref().and_then(annotated_weekday) {
                        if wd != date.weekday() {
                            return Err(fail(
                                msg::NOTICE_WEEKDAY_MISMATCH,
                                &[&date, &weekday_zh(date), &date.weekday()],
                            ));
                        }
                    }
                    let group = groups.last_mut().ok_or_else(|| fail(msg::NOTICE_INTERNAL_ERROR, &[]))?;
                    if pending_to {
                        pending_to = false;
                        let Some(&start) = group.last() else {
                            return Err(fail(msg::NOTICE_RANGE_WITHOUT_START, &[]));
                        };
                        if date < start || (date - start).num_days() > 62 {
                            return Err(fail(msg::NOTICE_RANGE_INVALID, &[&start, &date]));
                        }
                        group.extend(start.iter_days().skip(1).take_while(|d| *d <= date));
                    } else {
                        group.push(date);
                    }
                    prev = Some(date);
                }
            }
        }
        groups.retain(|g| !g.is_empty());
        // "调休上班" and "补班" are make-up working days, not days off.
        let residual = residual.replace("调休上班", "上班").replace("补班", "上班");
        let dates: Vec<NaiveDate> = groups.iter().flatten().copied().collect();
        if residual.contains("连休") {
            joins_weekend = true;
        }
        if let Some(n) = count_in(&residual) {
            counts.push(n.ok_or_else(|| fail(msg::NOTICE_DAY_COUNT_UNREADABLE, &[]))?);
        }
        if dates.is_empty() {
            continue; // 共3天, 与周末连休, 不调休, 其中 …
        }
        let off_words = ["放假", "补休", "调休", "公休", "休息", "连休", "法定节假日", "法定假日"];
        let has_off = off_words.iter().any(|w| residual.contains(w));
        if residual.contains("延长") {
            let [through] = dates.as_slice() else {
                return Err(fail(msg::NOTICE_EXTENSION_NEEDS_ONE_DAY, &[]));
            };
            days.extend_to = Some((*through, pos, sentence.to_owned()));
        } else if residual.contains("调至") {
            let (Some(from), Some(to)) = (groups.first(), groups.get(1)) else {
                return Err(fail(msg::NOTICE_MOVE_NEEDS_TWO_DATES, &[]));
            };
            if groups.len() != 2 {
                return Err(fail(msg::NOTICE_MOVE_DATES_UNPAIRED, &[]));
            }
            for d in to {
                days.off.add(*d);
                sentence_off.add(*d);
            }
            for d in from {
                days.moved_from.push((*d, pos, sentence.to_owned()));
            }
        } else if residual.contains("上班") {
            if residual.contains('起') || residual.contains("正常上班") {
                // "2月3日(星期一)起正常上班": work resumes; no day changes.
                if dates.iter().any(|d| weekend(*d)) {
                    return Err(fail(msg::NOTICE_RESUMES_ON_WEEKEND, &[]));
                }
            } else if has_off {
                return Err(fail(msg::NOTICE_OFF_AND_WORK_IN_CLAUSE, &[]));
            } else {
                days.work.extend(dates.iter().copied());
            }
        } else if residual.contains('起') {
            return Err(fail(msg::NOTICE_OPEN_ENDED, &[]));
        } else if has_off {
            for d in &dates {
                days.off.add(*d);
                sentence_off.add(*d);
            }
        } else {
            return Err(fail(msg::NOTICE_NO_KEYWORD, &[]));
        }
    }
    for n in counts {
        let named = sentence_off.len();
        if usize::try_from(n).ok() == Some(named) {
            continue;
        }
        if joins_weekend && usize::try_from(n).ok() == Some(with_adjacent_weekend(&sentence_off).len()) {
            continue;
        }
        return Err(fail(msg::NOTICE_DAY_COUNT_MISMATCH, &[&n, &named]));
    }
    Ok(())
}

/// The days plus the Saturdays and Sundays next to them (与周末连休).
fn with_adjacent_weekend(days: &DateSet) -> DateSet {
    let mut out = days.clone();
    for d in days.dates() {
        let mut x = d;
        while let Some(p) = x.pred_opt().filter(|p| weekend(*p)) {
            out.add(p);
            x = p;
        }
        let mut x = d;
        while let Some(n) = x.succ_opt().filter(|n| weekend(*n)) {
            out.add(n);
            x = n;
        }
    }
    out
}

/// Adds a line to a part; a line that continues a dated sentence broken by the copy (the
/// previous line has a date and ends without `。` `;` `:`) is joined to it.
fn push_line(lines: &mut Vec<(usize, String)>, no: usize, line: &str) {
    if let Some((_, last)) = lines.last_mut() {
        if !last.ends_with(['。', ';', ':']) && has_date(last) {
            last.push_str(line);
            return;
        }
    }
    lines.push((no, line.to_owned()));
}

/// A part of the body: a numbered item, or (in a notice without items) the whole body.
struct Part {
    item: Option<u32>,
    lines: Vec<(usize, String)>,
}

/// Reads a notice's text; supplements are resolved against `base` (the calendar's entries).
pub(crate) fn read(text: &str, base: &DateMap<DayEntry>) -> Result<ParsedNotice> {
    let chars = text.chars().count();
    if chars > MAX_NOTICE_CHARS {
        return Err(Error::msg(
            ErrorCode::InputTooLarge,
            msg::NOTICE_TEXT_TOO_LONG,
            &[&chars, &MAX_NOTICE_CHARS],
        ));
    }
    let mut title: Option<String> = None;
    let mut number: Option<String> = None;
    let mut published: Option<NaiveDate> = None;
    let mut opening: Vec<(usize, String)> = Vec::new();
    let mut parts: Vec<Part> = Vec::new();
    let mut body: Vec<(usize, String)> = Vec::new(); // every body line, for a notice without items
    for (i, raw) in text.lines().enumerate() {
        let no = i + 1;
        let raw = raw.trim();
        if let Some(header) = raw.strip_prefix('#') {
            // The file header of tests/notices: `# title: …`, `# number: …`; other lines are remarks.
            let header = header.trim();
            if let Some(t) = header.strip_prefix("title:") {
                title = Some(normalise(t));
            } else if let Some(n) = header.strip_prefix("number:") {
                number = doc_number(&normalise(n));
            }
            continue;
        }
        let line = normalise(raw);
        if line.is_empty() {
            continue;
        }
        if let Some(d) = date_line(&line) {
            published = Some(d);
            continue;
        }
        if let Some((n, rest)) = item_numeral(&line) {
            parts.push(Part {
                item: Some(n),
                lines: vec![(no, rest.to_owned())],
            });
            body.push((no, line));
            continue;
        }
        if line.starts_with("国务院") && line.contains("关于") && line.ends_with("通知") && !line.contains('。')
        {
            if title.is_none() {
                title = Some(line);
            }
            continue;
        }
        if line.chars().count() <= 30 && !line.contains('。') {
            if let Some(n) = doc_number(&line).filter(|n| n.len() == line.len()) {
                number.get_or_insert(n);
                continue;
            }
        }
        match parts.last_mut() {
            Some(p) => push_line(&mut p.lines, no, &line),
            None => push_line(&mut opening, no, &line),
        }
        push_line(&mut body, no, &line);
    }
    let opening: Vec<String> = opening.into_iter().map(|(_, l)| l).collect();
    let opening_text = crate::text::join(&opening, "");
    let year = title
        .as_deref()
        .and_then(first_year)
        .or_else(|| first_year(&opening_text))
        .ok_or_else(|| unreadable(None, "", msg::NOTICE_YEAR_NOT_FOUND, &[]))?;
    let title = match title {
        Some(t) => t,
        None if opening_text.contains("部分节假日") || opening_text.contains("放假调休日期的具体安排") =>
        {
            format!("国务院办公厅关于{year}年部分节假日安排的通知")
        }
        None => return Err(unreadable(None, "", msg::NOTICE_TITLE_NOT_FOUND, &[])),
    };
    let annual = title.contains("部分节假日安排");
    let title_festival = festival_name(&title);
    let victory = victory_name(&title);
    let id = if annual {
        year.to_string()
    } else if title.contains("延长") {
        format!("{year}-extension")
    } else if victory.is_some() {
        format!("{year}-victory")
    } else if let (true, Some((_, _, slug))) = (title.contains("调整"), &title_festival) {
        format!("{year}-{slug}")
    } else {
        format!("{year}-supplement")
    };
    // The name of days set outside a headed item.
    let default_name: (String, Option<String>) = match (&title_festival, &victory) {
        (Some((zh, en, _)), _) => (zh.clone(), Some(en.clone())),
        (None, Some((zh, en))) => (zh.clone(), Some(en.clone())),
        (None, None) => {
            let mut subject = title.split_once("关于").map_or(title.as_str(), |(_, s)| s);
            for suffix in ["的通知", "调休放假", "放假安排", "假期安排"] {
                subject = crate::text::trim_suffix(subject, suffix);
            }
            (subject.to_owned(), None)
        }
    };
    let ctx = Ctx {
        year,
        december_before: annual,
    };
    if parts.is_empty() {
        parts.push(Part {
            item: None,
            lines: body,
        });
    }
    let mut holidays: DateMap<DayName> = DateMap::default();
    let mut workdays: DateMap<DayName> = DateMap::default();
    for part in &parts {
        let mut lines = part.lines.iter();
        let mut first_body: Option<(usize, String)> = None;
        let mut name = default_name.clone();
        let mut headed = false;
        if let Some((no, line)) = lines.next() {
            let heading = line.split_once(':').filter(|(h, _)| {
                part.item.is_some() && !h.is_empty() && h.chars().count() <= 24 && !h.contains(',') && !has_date(h)
            });
            match heading {
                Some((h, rest)) => {
                    headed = true;
                    name = match festival_name(h) {
                        Some((zh, en, _)) => (zh, Some(en)),
                        None => (h.to_owned(), None),
                    };
                    first_body = Some((*no, rest.to_owned()));
                }
                None => first_body = Some((*no, line.clone())),
            }
        }
        let all: Vec<(usize, String)> = first_body.into_iter().chain(lines.cloned()).collect();
        if !all.iter().any(|(_, l)| has_date(l)) {
            if headed && part.item.is_some() && festival_name(&name.0).is_some() {
                let (no, l) = all.first().cloned().unwrap_or((0, String::new()));
                let pos = Pos {
                    line: no,
                    item: part.item,
                    sentence: 1,
                };
                return Err(unreadable(Some(pos), &l, msg::NOTICE_ITEM_WITHOUT_DATE, &[&name.0]));
            }
            continue; // 二、各地区、各部门要… : no day is set
        }
        let mut days = ItemDays::default();
        let mut rank = 0;
        for (no, line) in &all {
            for s in sentences(line) {
                rank += 1;
                if !has_date(&s) || s.contains("鼓励") {
                    continue;
                }
                let pos = Pos {
                    line: *no,
                    item: part.item,
                    sentence: rank,
                };
                read_sentence(&ctx, pos, &s, &mut days)?;
            }
        }
        for (d, pos, s) in &days.moved_from {
            if days.off.contains(d) {
                continue; // the holiday itself fell on the weekend day moved
            }
            if !weekend(*d) {
                return Err(unreadable(Some(*pos), s, msg::NOTICE_MOVED_DAY_NOT_WEEKEND, &[&d]));
            }
            days.work.add(*d);
        }
        if let Some((through, pos, s)) = &days.extend_to {
            let from = base
                .values()
                .filter(|e| {
                    e.kind == EntryKind::Holiday
                        && e.name.as_deref() == Some(name.0.as_str())
                        && e.notice.as_deref() != Some(id.as_str())
                        && e.date < *through
                        && (*through - e.date).num_days() <= 62
                })
                .map(|e| e.date)
                .max()
                .or_else(|| days.off.dates().filter(|d| d < through).max());
            let Some(from) = from else {
                return Err(unreadable(
                    Some(*pos),
                    s,
                    msg::NOTICE_NOTHING_TO_EXTEND,
                    &[&through, &name.0, &name.1.as_deref().unwrap_or(&name.0)],
                ));
            };
            days.off.extend(from.iter_days().skip(1).take_while(|d| d <= through));
        }
        for d in days.off.dates() {
            if days.work.contains(&d) || workdays.contains(&d) {
                return Err(unreadable(None, "", msg::NOTICE_DAY_OFF_AND_WORKING, &[&d]));
            }
            holidays.insert_new(d, || name.clone());
        }
        for d in days.work.dates() {
            if holidays.contains(&d) {
                return Err(unreadable(None, "", msg::NOTICE_DAY_OFF_AND_WORKING, &[&d]));
            }
            workdays.insert_new(d, || name.clone());
        }
    }
    // A working day on a Monday–Friday ("…上班" after a change) is the ordinary rule.
    // Split in one pass rather than `retain`ed: B-tree removal code costs the `.wasm`
    // (benches/README.md, WASM).
    let mut regular = DateSet::default();
    let mut weekend_workdays: DateMap<DayName> = DateMap::default();
    for (d, day) in workdays.into_entries() {
        if weekend(d) {
            weekend_workdays.push_last(d, day);
        } else {
            regular.add(d);
        }
    }
    let workdays = weekend_workdays;
    // An adjusting notice (调整…安排) replaces the earlier arrangement of its holiday.
    if title.contains("调整") {
        if let Some((festival, ..)) = &title_festival {
            let (first, last) = (
                NaiveDate::from_ymd_opt(year - 1, 12, 1),
                NaiveDate::from_ymd_opt(year, 12, 31),
            );
            for e in base.values() {
                let in_year = first.is_some_and(|f| e.date >= f) && last.is_some_and(|l| e.date <= l);
                if in_year
                    && e.name.as_deref() == Some(festival.as_str())
                    && e.notice.as_deref() != Some(id.as_str())
                    && !holidays.contains(&e.date)
                    && !workdays.contains(&e.date)
                {
                    regular.add(e.date);
                }
            }
        }
    }
    if holidays.is_empty() && workdays.is_empty() && regular.is_empty() {
        return Err(unreadable(None, "", msg::NOTICE_NAMES_NO_DAY, &[]));
    }
    let day = |(date, (name, name_en)): (NaiveDate, DayName)| NoticeDay { date, name, name_en };
    Ok(ParsedNotice {
        notice: Notice {
            id,
            year: u16::try_from(year).ok(),
            title,
            number,
            published: published.map(|d| d.to_string()),
        },
        holidays: holidays.into_entries().into_iter().map(day).collect(),
        workdays: workdays.into_entries().into_iter().map(day).collect(),
        regular: regular.dates().collect(),
    })
}

impl ParsedNotice {
    /// The calendar entries this notice sets, in date order, each naming the notice.
    pub(crate) fn entries(&self) -> Vec<DayEntry> {
        let entry = |d: &NoticeDay, kind| DayEntry {
            date: d.date,
            kind,
            name: Some(d.name.clone()),
            name_en: d.name_en.clone(),
            notice: Some(self.notice.id.clone()),
            note: None,
        };
        let mut out: Vec<DayEntry> = self
            .holidays
            .iter()
            .map(|d| entry(d, EntryKind::Holiday))
            .chain(self.workdays.iter().map(|d| entry(d, EntryKind::Workday)))
            .chain(self.regular.iter().map(|&date| DayEntry {
                date,
                kind: EntryKind::Regular,
                name: None,
                name_en: None,
                notice: Some(self.notice.id.clone()),
                note: None,
            }))
            .collect();
        crate::sort::sort_by_key(&mut out, |e| e.date);
        out
    }

    /// The last day of the notice's year (a calendar loading it covers at least this far).
    pub(crate) fn year_end(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(i32::from(self.notice.year?), 12, 31)
    }
}

#[cfg(test)]
mod tests;
