//! One public error type with stable codes (错误类型).
//!
//! Every fallible function in this crate returns [`Error`]. An error carries
//! a stable snake_case [`ErrorCode`] (the contract the Python and JavaScript
//! bindings mirror), a message in Chinese and in English, and — where the
//! error relates to a rule — the [`Citation`] of the article.

use crate::citation::Citation;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable, machine-readable error code.
///
/// The string form ([`ErrorCode::as_str`]) is part of the public contract:
/// it never changes meaning once released. [`ErrorCode::ALL`] lists every code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorCode {
    /// A date (or a result) lies outside the calendar data's coverage.
    CalendarOutOfRange,
    /// A date string is not a valid ISO `YYYY-MM-DD` calendar date.
    InvalidDate,
    /// Calendar data (official or custom JSON) is malformed or inconsistent.
    InvalidCalendarData,
    /// A period (期限) is malformed (e.g. unknown unit, count too large).
    InvalidPeriod,
    /// An amount text is empty.
    AmountEmpty,
    /// An amount is negative.
    AmountNegative,
    /// An amount has more than two decimal places of yuan (finer than 分).
    AmountTooPrecise,
    /// An amount does not fit in the supported range.
    AmountOverflow,
    /// An amount text cannot be parsed (including malformed 大写).
    AmountMalformed,
    /// Input is not well-formed JSON.
    InvalidJson,
    /// Input is JSON of the wrong shape (missing field, wrong type, unknown variant).
    InvalidInput,
    /// Input declares a schema version this library does not support.
    UnsupportedSchema,
    /// A ruleset (规则集) is malformed.
    InvalidRuleset,
    /// A citation names an article or item the regulation text lacks.
    UnknownArticle,
    /// An event is dated before the project's previous event.
    EventOutOfOrder,
    /// The event is not allowed in the project's current state.
    TransitionNotAllowed,
    /// Art. 20: a development plan of 500万元 or more must be filed with the
    /// municipal Big Data Bureau before the joint review is organised.
    MunicipalFilingRequired,
    /// The event does not apply to this kind of project (development vs O&M).
    WrongProjectKind,
    /// Art. 33: ending the trial run before 90 days needs a recorded exception and its basis.
    ExceptionBasisRequired,
    /// Art. 37: a major-function iteration needs the catalog updated first.
    CatalogUpdateRequired,
    /// Input exceeds a documented size limit (events, string length, JSON depth).
    InputTooLarge,
    /// An unknown name was asked for (e.g. a JSON Schema name).
    UnknownName,
    /// An event lacks a document, condition or step the regulation requires
    /// (Art. 31 testing documents, Art. 34 acceptance conditions, Art. 41 disposal steps).
    ConditionsNotMet,
}

impl ErrorCode {
    /// Every error code, in declaration order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::CalendarOutOfRange,
        ErrorCode::InvalidDate,
        ErrorCode::InvalidCalendarData,
        ErrorCode::InvalidPeriod,
        ErrorCode::AmountEmpty,
        ErrorCode::AmountNegative,
        ErrorCode::AmountTooPrecise,
        ErrorCode::AmountOverflow,
        ErrorCode::AmountMalformed,
        ErrorCode::InvalidJson,
        ErrorCode::InvalidInput,
        ErrorCode::UnsupportedSchema,
        ErrorCode::InvalidRuleset,
        ErrorCode::UnknownArticle,
        ErrorCode::EventOutOfOrder,
        ErrorCode::TransitionNotAllowed,
        ErrorCode::MunicipalFilingRequired,
        ErrorCode::WrongProjectKind,
        ErrorCode::ExceptionBasisRequired,
        ErrorCode::CatalogUpdateRequired,
        ErrorCode::InputTooLarge,
        ErrorCode::UnknownName,
        ErrorCode::ConditionsNotMet,
    ];

    /// The stable snake_case string of this code.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::ErrorCode;
    /// assert_eq!(ErrorCode::CalendarOutOfRange.as_str(), "calendar_out_of_range");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::CalendarOutOfRange => "calendar_out_of_range",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::InvalidCalendarData => "invalid_calendar_data",
            ErrorCode::InvalidPeriod => "invalid_period",
            ErrorCode::AmountEmpty => "amount_empty",
            ErrorCode::AmountNegative => "amount_negative",
            ErrorCode::AmountTooPrecise => "amount_too_precise",
            ErrorCode::AmountOverflow => "amount_overflow",
            ErrorCode::AmountMalformed => "amount_malformed",
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::UnsupportedSchema => "unsupported_schema",
            ErrorCode::InvalidRuleset => "invalid_ruleset",
            ErrorCode::UnknownArticle => "unknown_article",
            ErrorCode::EventOutOfOrder => "event_out_of_order",
            ErrorCode::TransitionNotAllowed => "transition_not_allowed",
            ErrorCode::MunicipalFilingRequired => "municipal_filing_required",
            ErrorCode::WrongProjectKind => "wrong_project_kind",
            ErrorCode::ExceptionBasisRequired => "exception_basis_required",
            ErrorCode::CatalogUpdateRequired => "catalog_update_required",
            ErrorCode::InputTooLarge => "input_too_large",
            ErrorCode::UnknownName => "unknown_name",
            ErrorCode::ConditionsNotMet => "conditions_not_met",
        }
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("[{code}] {message_en} / {message_zh}")]
pub struct Error {
    code: ErrorCode,
    message_zh: String,
    message_en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<Citation>,
}

impl Error {
    /// A new error with a code and its Chinese and English messages.
    pub fn new(code: ErrorCode, message_zh: impl Into<String>, message_en: impl Into<String>) -> Self {
        Error {
            code,
            message_zh: message_zh.into(),
            message_en: message_en.into(),
            article: None,
        }
    }

    /// The same error, naming the article it relates to.
    #[must_use]
    pub fn with_article(mut self, article: Citation) -> Self {
        self.article = Some(article);
        self
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The message in Chinese.
    pub fn message_zh(&self) -> &str {
        &self.message_zh
    }

    /// The message in English.
    pub fn message_en(&self) -> &str {
        &self.message_en
    }

    /// The article the error relates to, if any.
    pub fn article(&self) -> Option<Citation> {
        self.article
    }

    /// Shorthand for an [`ErrorCode::InvalidInput`] error.
    pub(crate) fn invalid_input(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Error::new(ErrorCode::InvalidInput, zh, en)
    }

    /// Maps a serde_json error to `invalid_json` (syntax) or `invalid_input` (shape).
    pub(crate) fn from_json(err: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        match err.classify() {
            Category::Syntax | Category::Eof | Category::Io => Error::new(
                ErrorCode::InvalidJson,
                format!("JSON 格式错误:{err}"),
                format!("malformed JSON: {err}"),
            ),
            Category::Data => Error::new(
                ErrorCode::InvalidInput,
                format!("输入内容不符合要求:{err}"),
                format!("input has the wrong shape: {err}"),
            ),
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

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
        assert_eq!(seen.len(), 23);
    }
}
