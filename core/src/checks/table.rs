//! The table of checks ([`for_each_check!`](crate::for_each_check)) and the [`Check`]
//! enum generated from it: every check by name, with its articles, its input and its
//! answer type; [`crate::call`] re-exports `Check` for the bindings.

use super::{
    check_acceptance, check_catalog, check_deregistration, check_joint_review, check_planning_dossier, label_actions,
    priority_categories, LabelReport,
};
use crate::citation::Citation;
use crate::error::{Error, ErrorCode, Result};
use crate::json_read::Value;
use crate::message::checks as m;
use crate::model::{
    AcceptanceDossier, CatalogDossier, DeregistrationDossier, JointReview, LabelInput, PlanningDossier, PriorityInput,
};
use crate::prelude::*;

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
            // One copy (in this crate), so its names are stored once in the `.wasm`.
            #[inline(never)]
            pub const fn name(self) -> &'static str {
                crate::json_output::name_at(Self::NAME_TABLE, self as usize)
            }

            /// The names as one text (`text::Names`), not a `&str` per check: what the crate
            /// itself reads, so the `.wasm` holds no `NAMES`.
            const NAME_TABLE: crate::text::Names = {
                let names = crate::text::Names::new(concat!($($name, " "),*));
                assert!(names.len() == [$($name),*].len(), "a check name has a space");
                names
            };

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
            Error::msg(
                ErrorCode::UnknownName,
                m::UNKNOWN_CHECK_NAME,
                &[&name, &Check::NAME_TABLE.join("、"), &Check::NAME_TABLE.join(", ")],
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
    pub fn run(self, input: &serde_json::Value) -> Result<serde_json::Value> {
        serde_answer(&self.answer_text(&Value::from(input))?)
    }

    /// [`Check::run`] on the crate's own JSON tree ([`Json`](crate::json_input::Json)):
    /// what the bindings call.
    ///
    /// # Errors
    /// As [`Check::run`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::call::Check;
    /// use fuling_rules::json_input::{parse, Json};
    /// let out = Check::PriorityCategories.run_tree(&parse(r#"{"security_remediation": true}"#)?)?;
    /// assert_eq!(out.get("priority"), Some(&Json::Bool(true)));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn run_tree(self, input: &Value) -> Result<Value> {
        crate::json_input::parse(&self.answer_text(input)?)
    }

    /// The check's answer as JSON text (the one writer's).
    pub(crate) fn answer_text(self, input: &Value) -> Result<String> {
        use crate::json_output::to_string as answer;
        Ok(match self {
            Check::PlanningDossier => answer(&check_planning_dossier(&parse::<PlanningDossier>(input)?)),
            Check::JointReview => answer(&check_joint_review(&parse::<JointReview>(input)?)),
            Check::Acceptance => answer(&check_acceptance(&parse::<AcceptanceDossier>(input)?)),
            Check::Catalog => answer(&check_catalog(&parse::<CatalogDossier>(input)?)),
            Check::Deregistration => answer(&check_deregistration(&parse::<DeregistrationDossier>(input)?)),
            Check::LabelActions => answer(&LabelReport {
                actions: label_actions(&parse::<LabelInput>(input)?.labels),
            }),
            Check::PriorityCategories => answer(&priority_categories(&parse::<PriorityInput>(input)?)),
        })
    }
}

/// An answer's JSON text as serde_json's value (for the serde_json entry points; the text is
/// the crate's own writer's, so it reads).
pub(crate) fn serde_answer(text: &str) -> Result<serde_json::Value> {
    serde_json::from_str(text).map_err(|e| Error::from_serde_json(&e))
}

/// Deserializes `input`; on failure names the JSON Pointer of the offending field.
fn parse<T: crate::json_input::FromJson>(input: &Value) -> Result<T> {
    crate::json_input::from_tree(input).map_err(crate::json_input::ShapeError::into_input_error)
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
}
