//! One public error type with stable codes (错误类型).
//!
//! Every fallible function in this crate returns [`Error`]. An error carries
//! a stable snake_case [`ErrorCode`] (the contract the Python and JavaScript
//! bindings mirror), a message in Chinese and in English, and — where the
//! error relates to a rule — the [`Citation`] of the article.

use crate::citation::{Art, Citation};
use crate::json_output::ToJson;
use crate::json_read::FromJson;
use crate::message::misc as m;
use serde::Deserialize;
use std::fmt;

/// The error codes, one row each (variant, stable string, its [`ErrorKind`], the article the
/// code usually relates to), generating the enum, [`ErrorCode::ALL`] and each accessor as an
/// exhaustive `match`.
macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $kind:ident, $art:expr; )*) => {
        /// A stable, machine-readable error code.
        ///
        /// The string form ([`ErrorCode::as_str`]) is part of the public contract:
        /// it never changes meaning once released. [`ErrorCode::ALL`] lists every code.
        ///
        /// # Example
        /// ```
        /// use chrono::NaiveDate;
        /// use fuling_rules::{Calendar, ErrorCode};
        /// // No 2027 notice in the data yet: the calendar answers with an error, not a guess.
        /// let err = Calendar::official().is_working_day(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).unwrap_err();
        /// assert_eq!(err.code(), ErrorCode::CalendarOutOfRange);
        /// assert_eq!(serde_json::to_string(&err.code()).unwrap(), r#""calendar_out_of_range""#);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $( $(#[$doc])* #[serde(rename = $name)] $variant, )*
        }

        impl ErrorCode {
            /// Every error code, in declaration order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ErrorCode;
            /// assert!(ErrorCode::ALL.contains(&ErrorCode::MunicipalFilingRequired));
            /// let mut names: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
            /// names.sort();
            /// names.dedup();
            /// assert_eq!(names.len(), ErrorCode::ALL.len()); // every string is distinct
            /// ```
            pub const ALL: &'static [ErrorCode] = &[ $( ErrorCode::$variant, )* ];

            /// The stable snake_case string of this code.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ErrorCode;
            /// assert_eq!(ErrorCode::CalendarOutOfRange.as_str(), "calendar_out_of_range");
            /// ```
            // One copy (in this crate), so its names are stored once in the `.wasm`.
            #[inline(never)]
            pub const fn as_str(self) -> &'static str {
                // The derived writer's table (`json_output::UnitNames`): the names are stored once.
                crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
            }

            /// The article the code usually relates to, where there is one (a code raised
            /// under several articles, or under none, has `None`). An [`Error`]'s own
            /// [`Error::article`] is set where it is raised and may cite an item or another article.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{Art, ErrorCode};
            /// assert_eq!(ErrorCode::MunicipalFilingRequired.article(), Some(Art::new(20)));
            /// assert_eq!(ErrorCode::ConditionsNotMet.article(), None); // 第三十一条, 第三十四条, 第四十一条
            /// ```
            pub const fn article(self) -> Option<Citation> {
                match self { $( ErrorCode::$variant => $art, )* }
            }

            /// The family of the code (what went wrong, broadly), for bindings that map codes
            /// to exception classes (Python: `CalendarRangeError`, `AmountError`,
            /// `TransitionError`, `InputError`).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{error::ErrorKind, ErrorCode};
            /// assert_eq!(ErrorCode::CalendarOutOfRange.kind(), ErrorKind::CalendarRange);
            /// assert_eq!(ErrorCode::AmountMalformed.kind(), ErrorKind::Amount);
            /// assert_eq!(ErrorCode::MunicipalFilingRequired.kind(), ErrorKind::Process);
            /// assert_eq!(ErrorCode::InvalidJson.kind(), ErrorKind::Input);
            /// ```
            pub const fn kind(self) -> ErrorKind {
                match self { $( ErrorCode::$variant => ErrorKind::$kind, )* }
            }
        }
    };
}

/// The family of an [`ErrorCode`] (a column of the code table). Exhaustive on purpose: a
/// binding that maps families to its own classes matches every one.
///
/// # Example
/// ```
/// use fuling_rules::{error::ErrorKind, ErrorCode};
/// let process: Vec<&str> = ErrorCode::ALL.iter().filter(|c| c.kind() == ErrorKind::Process).map(|c| c.as_str()).collect();
/// assert!(process.contains(&"transition_not_allowed"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// A date or result outside the calendar's coverage.
    CalendarRange,
    /// An amount (金额) that cannot be read.
    Amount,
    /// An event the process refuses (state, order, kind, guard).
    Process,
    /// Any other malformed input (dates, JSON, shapes, sizes, names, data).
    Input,
}

error_codes! {
    /// A date (or a result) lies outside the calendar data's coverage.
    CalendarOutOfRange = "calendar_out_of_range", CalendarRange, None;
    /// A date string is not a valid ISO `YYYY-MM-DD` calendar date.
    InvalidDate = "invalid_date", Input, None;
    /// Calendar data (official or custom JSON) is malformed or inconsistent.
    InvalidCalendarData = "invalid_calendar_data", Input, None;
    /// A period (期限) is malformed (e.g. unknown unit, count too large).
    InvalidPeriod = "invalid_period", Input, None;
    /// An amount text is empty.
    AmountEmpty = "amount_empty", Amount, None;
    /// An amount is negative.
    AmountNegative = "amount_negative", Amount, None;
    /// An amount has more than two decimal places of yuan (finer than 分).
    AmountTooPrecise = "amount_too_precise", Amount, None;
    /// An amount does not fit in the supported range.
    AmountOverflow = "amount_overflow", Amount, None;
    /// An amount text cannot be parsed (including malformed 大写).
    AmountMalformed = "amount_malformed", Amount, None;
    /// Input is not well-formed JSON.
    InvalidJson = "invalid_json", Input, None;
    /// Input is JSON of the wrong shape (missing field, wrong type, unknown variant).
    InvalidInput = "invalid_input", Input, None;
    /// Input declares a schema version this library does not support.
    UnsupportedSchema = "unsupported_schema", Input, None;
    /// A ruleset (规则集) is malformed.
    InvalidRuleset = "invalid_ruleset", Input, None;
    /// A citation names an article or item the regulation text lacks.
    UnknownArticle = "unknown_article", Input, None;
    /// An event is dated before the project's previous event.
    EventOutOfOrder = "event_out_of_order", Process, None;
    /// The event is not allowed in the project's current state.
    TransitionNotAllowed = "transition_not_allowed", Process, None;
    /// Art. 20: a development plan of 500万元 or more must be filed with the
    /// municipal Big Data Bureau before the joint review is organised.
    MunicipalFilingRequired = "municipal_filing_required", Process, Some(Art::new(20));
    /// The event does not apply to this kind of project (development vs O&M).
    WrongProjectKind = "wrong_project_kind", Process, None;
    /// A required basis or consent is not named: ending the trial run before its minimum needs a
    /// recorded exception and its basis (Art. 33); an exception to the ledger needs its basis
    /// and the leading group's consent (Art. 14); an adjustment needs that consent (Art. 19);
    /// funding outside the budget needs its basis (Art. 25).
    ExceptionBasisRequired = "exception_basis_required", Process, None;
    /// Art. 37: a major-function iteration needs the catalog updated first.
    CatalogUpdateRequired = "catalog_update_required", Process, Some(Art::new(37));
    /// Input exceeds a documented size limit (events, string length, JSON depth).
    InputTooLarge = "input_too_large", Input, None;
    /// An unknown name was asked for (e.g. a JSON Schema name).
    UnknownName = "unknown_name", Input, None;
    /// An event lacks a document, condition or step the regulation requires
    /// (Art. 31 testing documents, Art. 34 a passed trial run and the acceptance conditions,
    /// Art. 40 a described reason, Art. 41 disposal steps).
    ConditionsNotMet = "conditions_not_met", Process, None;
    /// A holiday notice's text has a numbered item or dated sentence that cannot be read
    /// (the message names the line, item and sentence).
    NoticeUnreadable = "notice_unreadable", Input, None;
    /// Art. 23: an approval whose joint-review dossier has a blocking ground
    /// (`check_joint_review`); the error cites the first ground's item and names the finding codes.
    JointReviewBlocking = "joint_review_blocking", Process, Some(Art::new(23));
    /// An event of the application's facts (`EventType::APPLICATION_FACTS`: 第三十九条 evaluation
    /// and 整改, 第三十八条 labels, 第四十条至第四十二条 deregistration) given to a schema-2 project: record it on the
    /// application record.
    ApplicationEventOnProject = "application_event_on_project", Process, None;
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The one public error of this crate (错误).
///
/// # Example
/// ```
/// use fuling_rules::{Amount, ErrorCode};
/// let err = Amount::parse("").unwrap_err();
/// assert_eq!(err.code(), ErrorCode::AmountEmpty);
/// assert!(!err.message_zh().is_empty() && !err.message_en().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, thiserror::Error)]
#[serde(transparent)]
#[error("[{}] {} / {}", .inner.code, .inner.message_en, .inner.message_zh)]
pub struct Error {
    // Boxed so that every `Result<_, Error>` in the crate carries a one-word error: smaller
    // code at each `?` (it matters for the WebAssembly build). Serialises as the fields.
    inner: Box<ErrorFields>,
}

/// The fields of an [`Error`], as serialised: `{"code", "message_zh", "message_en", "article"?}`.
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson)]
struct ErrorFields {
    code: ErrorCode,
    message_zh: String,
    message_en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<Citation>,
}

/// Read like its serialised form (`{"code", "message_zh", "message_en", "article"?}`).
///
/// # Example
/// ```
/// use fuling_rules::{json_input::FromJson, Error, ErrorCode};
/// let e = Error::new(ErrorCode::InvalidInput, "缺少项目编号", "missing project id");
/// assert_eq!(Error::from_json(&serde_json::to_value(&e).unwrap()).unwrap(), e);
/// ```
impl FromJson for Error {
    fn from_tree(value: &crate::json_read::Value) -> std::result::Result<Self, crate::json_read::ShapeError> {
        ErrorFields::from_tree(value).map(|fields| Error {
            inner: Box::new(fields),
        })
    }
}

/// Deserialises through [`FromJson`] (one reader).
///
/// # Example
/// ```
/// use fuling_rules::{Error, ErrorCode};
/// let e: Error = serde_json::from_str(r#"{"code": "invalid_input", "message_zh": "缺", "message_en": "missing"}"#).unwrap();
/// assert_eq!(e.code(), ErrorCode::InvalidInput);
/// ```
impl<'de> Deserialize<'de> for Error {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        crate::json_read::deserialize(deserializer)
    }
}

impl Error {
    /// A new error with a code and its Chinese and English messages.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Error, ErrorCode};
    /// let e = Error::new(ErrorCode::InvalidInput, "缺少项目编号", "missing project id");
    /// assert_eq!(e.code(), ErrorCode::InvalidInput);
    /// assert_eq!(e.to_string(), "[invalid_input] missing project id / 缺少项目编号");
    /// ```
    pub fn new(code: ErrorCode, message_zh: impl Into<String>, message_en: impl Into<String>) -> Self {
        Error {
            inner: Box::new(ErrorFields {
                code,
                message_zh: message_zh.into(),
                message_en: message_en.into(),
                article: None,
            }),
        }
    }

    /// The same error, naming the article it relates to.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Art, Error, ErrorCode};
    /// let e = Error::new(ErrorCode::MunicipalFilingRequired, "须先报市大数据发展局备案", "file with the municipal Bureau first")
    ///     .with_article(Art::new(20));
    /// assert_eq!(e.article(), Some(Art::new(20)));
    /// ```
    #[must_use]
    pub fn with_article(mut self, article: Citation) -> Self {
        self.inner.article = Some(article);
        self
    }

    /// The stable code.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, ErrorCode};
    /// assert_eq!(Amount::parse("").unwrap_err().code(), ErrorCode::AmountEmpty);
    /// ```
    pub fn code(&self) -> ErrorCode {
        self.inner.code
    }

    /// The message in Chinese.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let err = Calendar::official().is_working_day(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).unwrap_err();
    /// assert!(err.message_zh().contains("超出工作日历数据范围"));
    /// ```
    pub fn message_zh(&self) -> &str {
        &self.inner.message_zh
    }

    /// The message in English.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::Calendar;
    /// let err = Calendar::official().is_working_day(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).unwrap_err();
    /// assert!(err.message_en().contains("outside the calendar data's coverage"));
    /// ```
    pub fn message_en(&self) -> &str {
        &self.inner.message_en
    }

    /// The article the error relates to, if any.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Art, Calendar, Error, ErrorCode};
    /// let e = Error::new(ErrorCode::ExceptionBasisRequired, "提前结束试运行须说明依据", "basis required").with_article(Art::new(33));
    /// assert_eq!(e.article(), Some(Art::new(33)));
    /// // A calendar error relates to no article.
    /// let err = Calendar::official().is_working_day(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).unwrap_err();
    /// assert_eq!(err.article(), None);
    /// ```
    pub fn article(&self) -> Option<Citation> {
        self.inner.article
    }

    /// An error whose messages are a row of the catalogue (`crate::message`) with its arguments.
    pub(crate) fn msg(code: ErrorCode, m: crate::message::Msg, args: &[&dyn fmt::Display]) -> Self {
        let (zh, en) = m.pair(args);
        Error::new(code, zh, en)
    }

    /// This error as its `Display` shows it, `[code] message_en / message_zh`, written as a
    /// message (a catalogue row with each language's message marked as such), so that the npm
    /// package renders it the same in either field: for a reader's reason that is an error.
    pub(crate) fn shown(&self) -> String {
        use crate::message::{En, Zh};
        m::ERROR_SHOWN.en(&[&self.code(), &En(self.message_en()), &Zh(self.message_zh())])
    }

    /// Maps a serde_json error to `invalid_json` (syntax) or `invalid_input` (shape).
    pub(crate) fn from_serde_json(err: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        match err.classify() {
            Category::Syntax | Category::Eof | Category::Io => {
                Error::msg(ErrorCode::InvalidJson, m::JSON_MALFORMED, &[err])
            }
            Category::Data => Error::msg(ErrorCode::InvalidInput, m::JSON_WRONG_SHAPE, &[err]),
        }
    }
}

/// `Result` with this crate's [`Error`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{due_date, Calendar, Ruleset};
/// fn lead_opinion_due(submitted: NaiveDate) -> fuling_rules::Result<NaiveDate> {
///     due_date(submitted, Ruleset::default().lead_department_review.period, &Calendar::official())
/// }
/// // Saturday 02-14 worked, 02-15..02-23 off: 02-14, 02-24, 02-25, 02-26, 02-27.
/// assert_eq!(lead_opinion_due(NaiveDate::from_ymd_opt(2026, 2, 13).unwrap())?, NaiveDate::from_ymd_opt(2026, 2, 27).unwrap());
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

// Defined here rather than in `citation`, which sits below `Error`.
impl Citation {
    /// Checks that the article (and item) exist in the embedded text.
    ///
    /// # Errors
    /// [`ErrorCode::UnknownArticle`] when the regulation lacks the article or item.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Art, ErrorCode};
    /// assert!(Art::new(19).item(5).validate().is_ok());
    /// assert_eq!(Art::new(19).item(6).validate().unwrap_err().code(), ErrorCode::UnknownArticle);
    /// assert_eq!(Art::new(46).validate().unwrap_err().code(), ErrorCode::UnknownArticle);
    /// ```
    pub fn validate(&self) -> Result<()> {
        if self.exists() {
            Ok(())
        } else {
            Err(Error::msg(
                ErrorCode::UnknownArticle,
                m::NO_SUCH_ARTICLE,
                &[&self.zh(), self],
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_snake_case() {
        let mut seen = std::collections::BTreeSet::new();
        for c in ErrorCode::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(s.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'));
            // serde form equals as_str
            assert_eq!(serde_json::to_value(c).unwrap(), serde_json::json!(s));
        }
        assert_eq!(seen.len(), 26);
    }
}
