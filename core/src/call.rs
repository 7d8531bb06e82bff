//! Call and answer types the bindings share, so that every target reads its
//! arguments and names its checks the same way (the Python and WASM bindings only
//! convert, call the core and map the error).
//!
//! - [`Whole`], [`day_count`] and [`amount_from_whole`]: one reader for whole numbers
//!   given as text (a Python `int`, a JS `BigInt`, a JSON number's text) or as a
//!   double (a JS `number`). A day count that is not a non-negative 32-bit integer is
//!   [`ErrorCode::InvalidInput`] on every target; [`ErrorCode::CalendarOutOfRange`] is
//!   only for dates and results outside the calendar.
//!   [`year`] reads a year the same way.
//! - [`check_text`]: the size limit of every text argument ([`MAX_TEXT_BYTES`]).
//! - [`period`]: a period from its JSON form, [`ErrorCode::InvalidPeriod`] when malformed;
//!   [`period_text`]: a period given as text, its JSON form or the regulation's wording.
//! - [`Check`]: every check by name, with its articles, its input and its answer
//!   type, in one table ([`for_each_check!`](crate::for_each_check)); the bindings
//!   generate their check functions from the same table.
//! - [`host`]: what a host-language binding reads (type-error texts, live objects by
//!   handle, the error for an argument nested too deeply).
//! - [`CalendarOp`]: every calendar function by name, in one table
//!   ([`for_each_calendar_fn!`](crate::for_each_calendar_fn)) with its parameters and their
//!   kinds, its answer, its description and whether it has an array form; answered on one
//!   date ([`CalendarOp::eval`]) or over day numbers ([`CalendarOp::batch_into`]), so a
//!   binding has one generic path; the WASM binding and `cargo xtask codegen` generate the
//!   JavaScript functions and declarations from the same table. [`on_error`],
//!   [`calendar_base`] and [`CalendarDates`] read the options of array input and custom calendars.
//! - The methods of the bindings' classes (`Project`, `ApplicationRecord`, `Portfolio`,
//!   `Amount`) in one table ([`for_each_method!`](crate::for_each_method)): name, JavaScript
//!   name, argument kinds, answer kind, the core call and the doc text, expanded by each binding.
//! - [`read`], [`named`], [`application_record`] and [`load_project`]: a value of a JSON
//!   shape, an enum by name, a new application record, a project with its application.
//!
//! # Example
//! ```
//! use fuling_rules::call::{day_count, Check, Whole};
//! use fuling_rules::{Art, ErrorCode};
//! assert_eq!(day_count(Whole::Text("5"))?, 5);
//! assert_eq!(day_count(Whole::Text("4294967296")).unwrap_err().code(), ErrorCode::InvalidInput);
//! assert_eq!(Check::JointReview.articles(), &[Art::new(23)]);
//! # Ok::<(), fuling_rules::Error>(())
//! ```

use crate::calendar::Period;
use crate::checks::{
    check_acceptance, check_catalog, check_deregistration, check_joint_review, check_planning_dossier, label_actions,
    priority_categories, LabelReport,
};
use crate::citation::Citation;
use crate::error::{Error, ErrorCode, Result};
use crate::model::{
    AcceptanceDossier, CatalogDossier, DeregistrationDossier, JointReview, LabelInput, PlanningDossier, PriorityInput,
};
use crate::money::Amount;
use serde_json::Value;

pub mod host;
// Calendar functions by name and the record arguments, as every binding reads them.
mod calendar_ops;
// The methods of the bindings' classes, one row each (`for_each_method!`).
mod methods;
mod records;
pub use calendar_ops::{
    calendar_base, on_error, ArgKind, BatchOut, CalendarDates, CalendarOp, OpAnswer, Operand, Param,
};
pub use records::{application_record, load_project, named, read, ProjectApplication};
// The whole-number reader lives below the calendar, which reads its day counts with it.
use crate::whole::read_whole;
pub use crate::whole::{day_count, year, Whole};

/// The unit of a whole-number amount.
///
/// # Example
/// ```
/// use fuling_rules::call::{amount_from_whole, MoneyUnit, Whole};
/// let fen = amount_from_whole(Whole::Text("500000000"), MoneyUnit::Fen)?;
/// assert_eq!(fen, amount_from_whole(Whole::Text("5000000"), MoneyUnit::Yuan)?);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyUnit {
    /// 分.
    Fen,
    /// 元.
    Yuan,
}

/// An amount given as a whole number of fen or yuan (a Python `int`, a JS `BigInt`).
///
/// # Errors
/// [`ErrorCode::AmountNegative`] below zero, [`ErrorCode::AmountOverflow`] above
/// [`Amount::MAX`], [`ErrorCode::AmountMalformed`] for a value that is not a whole number.
///
/// # Example
/// ```
/// use fuling_rules::call::{amount_from_whole, MoneyUnit, Whole};
/// use fuling_rules::ErrorCode;
/// let code = |t| amount_from_whole(Whole::Text(t), MoneyUnit::Fen).unwrap_err().code();
/// assert_eq!(code("-1"), ErrorCode::AmountNegative);
/// assert_eq!(code("100000000000000000000"), ErrorCode::AmountOverflow);
/// assert_eq!(code("1.5"), ErrorCode::AmountMalformed);
/// ```
pub fn amount_from_whole(n: Whole<'_>, unit: MoneyUnit) -> Result<Amount> {
    let (zh, en) = match unit {
        MoneyUnit::Fen => ("分", "fen"),
        MoneyUnit::Yuan => ("元", "yuan"),
    };
    match read_whole(n) {
        Some((false, Some(v))) => match unit {
            MoneyUnit::Fen => Amount::from_fen(v),
            MoneyUnit::Yuan => Amount::from_yuan(v),
        },
        Some((false, None)) => Err(Error::new(
            ErrorCode::AmountOverflow,
            format!("金额超出范围(单位:{zh})"),
            format!("amount is out of range (in {en})"),
        )),
        Some((true, _)) => Err(Error::new(
            ErrorCode::AmountNegative,
            format!("金额不能为负数(单位:{zh})"),
            format!("amount must not be negative (in {en})"),
        )),
        None => Err(Error::new(
            ErrorCode::AmountMalformed,
            format!("金额应为整数(单位:{zh})"),
            format!("amount must be a whole number of {en}"),
        )),
    }
}

/// The longest text a binding accepts for any single string argument (a JSON
/// document, an amount, a name): 4 MiB.
///
/// # Example
/// ```
/// assert_eq!(fuling_rules::call::MAX_TEXT_BYTES, 4 << 20);
/// ```
pub const MAX_TEXT_BYTES: usize = 4 << 20;

/// Checks the length of a text argument, the same on every target.
///
/// # Errors
/// [`ErrorCode::InputTooLarge`] above [`MAX_TEXT_BYTES`] bytes.
///
/// # Example
/// ```
/// use fuling_rules::call::{check_text, MAX_TEXT_BYTES};
/// assert!(check_text("500万元").is_ok());
/// let huge = "x".repeat(MAX_TEXT_BYTES + 1);
/// assert_eq!(check_text(&huge).unwrap_err().code(), fuling_rules::ErrorCode::InputTooLarge);
/// ```
pub fn check_text(text: &str) -> Result<&str> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            ErrorCode::InputTooLarge,
            format!("输入过长({} 字节,上限 {MAX_TEXT_BYTES})", text.len()),
            format!("input too long ({} bytes, at most {MAX_TEXT_BYTES})", text.len()),
        ));
    }
    Ok(text)
}

/// A period (期限) from its JSON form, read and validated as on every target.
///
/// # Errors
/// [`ErrorCode::InvalidPeriod`] for a period of the wrong shape (the message names the
/// JSON Pointer of the offending field) or a count above [`crate::calendar::MAX_PERIOD_COUNT`].
///
/// # Example
/// ```
/// use fuling_rules::{call::period, ErrorCode, Period};
/// let p = period(&serde_json::json!({"unit": "working_days", "count": 5}))?;
/// assert_eq!(p, Period::working_days(5));
/// let err = period(&serde_json::json!({"unit": "weeks", "count": 1})).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidPeriod);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn period(value: &Value) -> Result<Period> {
    let p: Period =
        crate::json_input::from_value(value).map_err(|e| e.into_error(ErrorCode::InvalidPeriod, "期限", "period"))?;
    p.validate()?;
    Ok(p)
}

/// A period given as text: its JSON form (text starting with `{`) or the regulation's own
/// wording ([`Period::parse`]: "5个工作日内", "不低于90天", "申报前10个工作日"), as every
/// binding reads a period passed as a string.
///
/// # Errors
/// [`ErrorCode::InvalidInput`] for text that is neither (the message names the wordings
/// expected); [`ErrorCode::InvalidJson`] for malformed JSON; [`ErrorCode::InvalidPeriod`]
/// as [`period`]; [`ErrorCode::InputTooLarge`] above [`MAX_TEXT_BYTES`].
///
/// # Example
/// ```
/// use fuling_rules::{call::period_text, ErrorCode, Period};
/// assert_eq!(period_text("5个工作日内")?, Period::working_days(5));
/// assert_eq!(period_text("申报前10个工作日")?, Period::working_days(10).before());
/// assert_eq!(period_text(r#"{"unit": "days", "count": 90, "kind": "minimum"}"#)?, period_text("不低于90天")?);
/// let err = period_text("five working days").unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidInput);
/// assert!(err.message_en().contains("expected text such as 5个工作日内"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn period_text(text: &str) -> Result<Period> {
    check_text(text)?;
    if text.trim_start().starts_with('{') {
        period(&crate::json_input::parse_value(text)?)
    } else {
        Period::parse(text)
    }
}

/// The table of checks: calls `$m!` with one row per check, in this order:
///
/// `Variant = "name", function(parameter), "jsName", InputType "TypeScript input" => "Answer", [articles], "doc";`
///
/// - `name` is what [`crate::checks::run_json`] and `run_check` accept (also with a
///   `check_` prefix), `function` the core function (and the Python name, with its parameter's name), `jsName`
///   the WASM export; `InputType` is the core type read from JSON, "TypeScript input"
///   its declared parameter type, `Answer` the result's type name.
/// - `articles` are the articles the check applies (the first one leads), `doc` the
///   one-line description the bindings use; it starts with those articles
///   (a unit test checks it).
///
/// The core's [`Check`] enum is generated from it; the bindings generate their check
/// functions from it, so a new check is one row here and one arm in [`Check::run`].
///
/// # Example
/// ```
/// macro_rules! names {
///     ($( $v:ident = $name:literal, $f:ident($arg:ident), $js:literal, $in:ident $ts:literal => $out:literal, [$($art:literal),*], $doc:literal; )*) => {
///         [$($name),*]
///     };
/// }
/// let names = fuling_rules::for_each_check!(names);
/// assert_eq!(names.len(), fuling_rules::call::Check::ALL.len());
/// ```
#[macro_export]
macro_rules! for_each_check {
    ($m:ident) => {
        $m! {
            PlanningDossier = "planning_dossier", check_planning_dossier(dossier), "checkPlanningDossier",
                PlanningDossier "PlanningDossier | string" => "CheckReport", [16, 17, 18, 11],
                "第十六条、第十七条、第十八条、第十一条: checks a planning dossier (应用开发方案); returns a CheckReport.";
            JointReview = "joint_review", check_joint_review(review), "checkJointReview",
                JointReview "JointReview | string" => "CheckReport", [23],
                "第二十三条: checks a joint review (联合评审); returns a CheckReport with rejection_grounds.";
            Acceptance = "acceptance", check_acceptance(dossier), "checkAcceptance",
                AcceptanceDossier "AcceptanceDossier | string" => "CheckReport", [34],
                "第三十四条: checks an acceptance dossier (验收); returns a CheckReport with unmet_conditions.";
            Catalog = "catalog", check_catalog(dossier), "checkCatalog",
                CatalogDossier "CatalogDossier | string" => "CheckReport", [7],
                "第七条: checks the application catalog (应用编目) entry; returns a CheckReport.";
            Deregistration = "deregistration", check_deregistration(dossier), "checkDeregistration",
                DeregistrationDossier "DeregistrationDossier | string" => "CheckReport", [40, 41],
                "第四十条、第四十一条: checks a deregistration (注销) dossier; returns a CheckReport.";
            LabelActions = "label_actions", label_actions(labels), "labelActions",
                LabelInput "LabelInput | string" => "LabelReport", [38],
                "第三十八条: the actions each label (标签) calls for; returns a LabelReport.";
            PriorityCategories = "priority_categories", priority_categories(input), "priorityCategories",
                PriorityInput "PriorityInput | string" => "PriorityResult", [22],
                "第二十二条: the priority categories (优先实施) an application falls in; returns a PriorityResult.";
        }
    };
}

macro_rules! define_check {
    ($( $v:ident = $name:literal, $f:ident($arg:ident), $js:literal, $in:ident $ts:literal => $out:literal, [$($art:literal),*], $doc:literal; )*) => {
        /// A check of the regulation, by name (see [`for_each_check!`](crate::for_each_check)).
        ///
        /// # Example
        /// ```
        /// use fuling_rules::call::Check;
        /// let c = Check::from_name("check_catalog")?;
        /// assert_eq!((c, c.name(), c.answer()), (Check::Catalog, "catalog", "CheckReport"));
        /// let out = c.run(&serde_json::json!({"development_completed": false}))?;
        /// assert_eq!(out["findings"].as_array().map(Vec::len), Some(5));
        /// # Ok::<(), fuling_rules::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Check {
            $( #[doc = $doc] $v, )*
        }

        impl Check {
            /// Every check, in table order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::call::Check;
            /// assert!(Check::ALL.iter().all(|c| Check::from_name(c.name()) == Ok(*c)));
            /// ```
            pub const ALL: &'static [Check] = &[$(Check::$v),*];

            /// The names of every check, in table order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::call::Check;
            /// assert_eq!(Check::NAMES[1], "joint_review");
            /// ```
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The check's name, e.g. `joint_review`.
            ///
            /// # Example
            /// ```
            /// assert_eq!(fuling_rules::call::Check::Acceptance.name(), "acceptance");
            /// ```
            pub const fn name(self) -> &'static str {
                match self { $( Check::$v => $name, )* }
            }

            /// The articles the check applies, the leading one first.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{call::Check, Art};
            /// assert_eq!(Check::Deregistration.articles(), &[Art::new(40), Art::new(41)]);
            /// ```
            pub fn articles(self) -> &'static [Citation] {
                match self { $( Check::$v => &[$(Citation { article: $art, item: None }),*], )* }
            }

            /// The name of the answer's type: `CheckReport`, `LabelReport` or `PriorityResult`.
            ///
            /// # Example
            /// ```
            /// assert_eq!(fuling_rules::call::Check::LabelActions.answer(), "LabelReport");
            /// ```
            pub const fn answer(self) -> &'static str {
                match self { $( Check::$v => $out, )* }
            }

            /// The one-line description (starting with the articles), as the bindings show it.
            ///
            /// # Example
            /// ```
            /// assert!(fuling_rules::call::Check::JointReview.doc().starts_with("第二十三条: "));
            /// ```
            pub const fn doc(self) -> &'static str {
                match self { $( Check::$v => $doc, )* }
            }
        }
    };
}

for_each_check!(define_check);

impl Check {
    /// The check named `name`, with or without a `check_` prefix.
    ///
    /// # Errors
    /// [`ErrorCode::UnknownName`] for any other name (the message lists the known ones).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{call::Check, ErrorCode};
    /// assert_eq!(Check::from_name("joint_review"), Check::from_name("check_joint_review"));
    /// assert_eq!(Check::from_name("nope").unwrap_err().code(), ErrorCode::UnknownName);
    /// ```
    pub fn from_name(name: &str) -> Result<Check> {
        let bare = name.strip_prefix("check_").unwrap_or(name);
        Check::ALL.iter().copied().find(|c| c.name() == bare).ok_or_else(|| {
            Error::new(
                ErrorCode::UnknownName,
                format!("未知的检查名称“{name}”,可用:{}", Check::NAMES.join("、")),
                format!("unknown check \"{name}\"; known: {}", Check::NAMES.join(", ")),
            )
        })
    }

    /// Runs the check on a JSON input (read with the core's reader) and returns its
    /// JSON answer. No size limits are applied here: [`crate::checks::run_json`] adds them.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidInput`] for input of the wrong shape (the message names
    /// the JSON Pointer of the offending field).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::call::Check;
    /// let out = Check::PriorityCategories.run(&serde_json::json!({"security_remediation": true}))?;
    /// assert_eq!(out["priority"], true);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn run(self, input: &Value) -> Result<Value> {
        use crate::checks::json::parse;
        match self {
            Check::PlanningDossier => answer(&check_planning_dossier(&parse::<PlanningDossier>(input)?)),
            Check::JointReview => answer(&check_joint_review(&parse::<JointReview>(input)?)),
            Check::Acceptance => answer(&check_acceptance(&parse::<AcceptanceDossier>(input)?)),
            Check::Catalog => answer(&check_catalog(&parse::<CatalogDossier>(input)?)),
            Check::Deregistration => answer(&check_deregistration(&parse::<DeregistrationDossier>(input)?)),
            Check::LabelActions => answer(&LabelReport {
                actions: label_actions(&parse::<LabelInput>(input)?.labels),
            }),
            Check::PriorityCategories => answer(&priority_categories(&parse::<PriorityInput>(input)?)),
        }
    }
}

/// The answer as a JSON value: its text from the one writer, read back.
fn answer<T: crate::json_output::ToJson>(v: &T) -> Result<Value> {
    crate::json_input::parse_value(&crate::json_output::to_string(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_start_with_the_articles() {
        for c in Check::ALL {
            let arts: Vec<String> = c.articles().iter().map(Citation::zh).collect();
            assert!(
                c.doc().starts_with(&format!("{}: ", arts.join("、"))),
                "{c:?}: {}",
                c.doc()
            );
            assert!(c.articles().iter().all(|a| a.validate().is_ok()));
        }
    }

    #[test]
    fn whole_numbers() {
        let ok = |w| day_count(w).unwrap();
        assert_eq!(ok(Whole::Text("0")), 0);
        assert_eq!(ok(Whole::Text("-0")), 0);
        assert_eq!(ok(Whole::Number(-0.0)), 0);
        assert_eq!(ok(Whole::Number(4_294_967_295.0)), u32::MAX);
        for bad in [
            "",
            "-",
            "+5",
            " 5",
            "5 ",
            "0x10",
            "1e3",
            "１",
            "99999999999999999999999999",
        ] {
            assert_eq!(
                day_count(Whole::Text(bad)).unwrap_err().code(),
                ErrorCode::InvalidInput,
                "{bad:?}"
            );
        }
        for bad in [f64::NAN, f64::INFINITY, -1.0, 0.5, 1e300, 2f64.powi(64)] {
            assert_eq!(
                day_count(Whole::Number(bad)).unwrap_err().code(),
                ErrorCode::InvalidInput,
                "{bad}"
            );
        }
        assert_eq!(
            amount_from_whole(Whole::Text("-0"), MoneyUnit::Yuan).unwrap(),
            Amount::ZERO
        );
        assert_eq!(
            amount_from_whole(Whole::Text("100000000000000000"), MoneyUnit::Yuan)
                .unwrap_err()
                .code(),
            ErrorCode::AmountOverflow
        );
    }
}
