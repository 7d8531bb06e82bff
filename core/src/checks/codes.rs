//! The finding codes (发现代码): one stable snake_case code per kind of
//! problem, each with the article (and item) that requires the element, its
//! severity, and a message in Chinese and English.
//!
//! The string form ([`FindingCode::as_str`], also the serde form) is part of
//! the public contract, like [`crate::ErrorCode`]: the Python and JavaScript
//! bindings and the scenario files use it. `docs/checks.md` lists every code.

use crate::citation::{Art, Citation};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::{AcceptanceCondition, RejectionGround};

/// How serious a finding is.
///
/// # Example
/// ```
/// use fuling_rules::checks::{FindingCode, Severity};
/// // 第十七条 asks the search to cover four dimensions only as a matter of degree: a warning.
/// assert_eq!(FindingCode::Art17SearchDimensionsIncomplete.severity(), Severity::Warning);
/// assert_eq!(FindingCode::Art16ScenarioMissing.severity(), Severity::Blocking);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The text requires the element ("须", "应当", "不得"); the dossier cannot pass as is.
    /// Under 第二十三条 a blocking finding means 不予通过联合评审.
    Blocking,
    /// The text asks for it "原则上" or "充分" (a principle or a matter of degree), or
    /// the element is advisory; the reviewer decides.
    Warning,
}

impl Severity {
    /// The snake_case name (as in JSON).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::checks::Severity;
    /// assert_eq!(Severity::Blocking.as_str(), "blocking");
    /// assert_eq!(serde_json::to_string(&Severity::Warning).unwrap(), r#""warning""#);
    /// ```
    pub const fn as_str(self) -> &'static str {
        // The derived writer's table (`json_output::UnitNames`): the names are stored once.
        crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
    }
}

macro_rules! finding_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $art:expr, $sev:ident, $zh:literal, $en:literal; )*) => {
        /// A stable finding code. See `docs/checks.md` for the full table.
        ///
        /// # Example
        /// ```
        /// use fuling_rules::checks::{FindingCode, Severity};
        /// use fuling_rules::Art;
        /// let c = FindingCode::Art23NotOnTwoEnds;
        /// assert_eq!(c.as_str(), "art23_not_on_two_ends");
        /// assert_eq!((c.article(), c.severity()), (Art::new(23).item(5), Severity::Blocking));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
        pub enum FindingCode {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
        }

        impl FindingCode {
            /// Every finding code, in declaration order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::checks::FindingCode;
            /// assert!(FindingCode::ALL.iter().all(|c| c.article().validate().is_ok())); // every article exists
            /// assert!(FindingCode::ALL.iter().all(|c| c.as_str().starts_with("art")));
            /// ```
            pub const ALL: &'static [FindingCode] = &[ $( FindingCode::$variant, )* ];

            /// The stable snake_case string of this code.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::checks::FindingCode;
            /// assert_eq!(FindingCode::Art16ScenarioMissing.as_str(), "art16_scenario_missing");
            /// ```
            pub const fn as_str(self) -> &'static str {
                // The derived writer's table (`json_output::UnitNames`): the names are stored once.
                crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
            }

            /// The article (and item) that requires the element.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{checks::FindingCode, Art};
            /// assert_eq!(FindingCode::Art16ScenarioMissing.article(), Art::new(16).item(1));
            /// assert_eq!(FindingCode::Art41ChannelNotDelisted.article(), Art::new(41).item(4));
            /// ```
            pub const fn article(self) -> Citation {
                match self { $( FindingCode::$variant => $art, )* }
            }

            /// The severity.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::checks::{FindingCode, Severity};
            /// assert_eq!(FindingCode::Art9OwnIntegrationPlatform.severity(), Severity::Warning); // 第九条 原则上不得
            /// assert_eq!(FindingCode::Art23NotInLedger.severity(), Severity::Blocking);
            /// ```
            pub const fn severity(self) -> Severity {
                match self { $( FindingCode::$variant => Severity::$sev, )* }
            }

            /// The general message in Chinese (the finding's `message_zh` when it has no detail).
            /// Only with the feature `message-text` (on by default); without it, findings carry
            /// the message's token (see `crate::message`).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::checks::FindingCode;
            /// assert_eq!(FindingCode::Art16RequirementsMissing.message_zh(), "未列出应用的功能需求");
            /// ```
            #[cfg(feature = "message-text")]
            pub const fn message_zh(self) -> &'static str {
                match self { $( FindingCode::$variant => $zh, )* }
            }

            /// The general message in English (the finding's `message_en` when it has no detail).
            /// Only with the feature `message-text` (on by default).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::checks::FindingCode;
            /// assert_eq!(FindingCode::Art16RequirementsMissing.message_en(), "no function requirement is listed");
            /// ```
            #[cfg(feature = "message-text")]
            pub const fn message_en(self) -> &'static str {
                match self { $( FindingCode::$variant => $en, )* }
            }

            /// The general message: the catalogue row made from this table's row
            /// (`crate::message::checks`, named as the variant).
            pub(crate) const fn msg(self) -> crate::message::Msg {
                match self { $( FindingCode::$variant => crate::message::checks::$variant, )* }
            }
        }
    };
}

crate::message::findings::finding_table!(finding_codes);

impl FindingCode {
    /// The code for a 第二十三条 ground: `art23_` followed by the ground's snake_case name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{checks::FindingCode, model::RejectionGround};
    /// let c = FindingCode::from_ground(RejectionGround::PrivateLines);
    /// assert_eq!(c.as_str(), "art23_private_lines");
    /// assert_eq!(c.article(), RejectionGround::PrivateLines.article());
    /// ```
    pub const fn from_ground(ground: RejectionGround) -> FindingCode {
        match ground {
            RejectionGround::NotInLedger => FindingCode::Art23NotInLedger,
            RejectionGround::NewInfrastructure => FindingCode::Art23NewInfrastructure,
            RejectionGround::UnclearScenarioOrOverlap => FindingCode::Art23UnclearScenarioOrOverlap,
            RejectionGround::SensingNotConnected => FindingCode::Art23SensingNotConnected,
            RejectionGround::NotOnTwoEnds => FindingCode::Art23NotOnTwoEnds,
            RejectionGround::PrivateLines => FindingCode::Art23PrivateLines,
            RejectionGround::NotOnPlatform => FindingCode::Art23NotOnPlatform,
            RejectionGround::SecurityNonCompliant => FindingCode::Art23SecurityNonCompliant,
            RejectionGround::IncompletePlan => FindingCode::Art23IncompletePlan,
        }
    }

    /// The 第二十三条 ground this code names, if any.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{checks::FindingCode, model::RejectionGround};
    /// assert_eq!(FindingCode::Art23NotOnPlatform.ground(), Some(RejectionGround::NotOnPlatform));
    /// assert_eq!(FindingCode::Art16ScenarioMissing.ground(), None);
    /// ```
    pub fn ground(self) -> Option<RejectionGround> {
        RejectionGround::ALL
            .into_iter()
            .find(|g| FindingCode::from_ground(*g) == self)
    }

    /// The code for an unmet 第三十四条 condition: `art34_unmet_` followed by the condition's name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{checks::FindingCode, model::AcceptanceCondition};
    /// let c = FindingCode::from_condition(AcceptanceCondition::RecordsComplete);
    /// assert_eq!(c.as_str(), "art34_unmet_records_complete");
    /// assert_eq!(c.article(), AcceptanceCondition::RecordsComplete.article());
    /// ```
    pub const fn from_condition(condition: AcceptanceCondition) -> FindingCode {
        match condition {
            AcceptanceCondition::SupervisorConsents => FindingCode::Art34UnmetSupervisorConsents,
            AcceptanceCondition::ContentCompleteAndGoalsMet => FindingCode::Art34UnmetContentCompleteAndGoalsMet,
            AcceptanceCondition::BuiltOnPlatform => FindingCode::Art34UnmetBuiltOnPlatform,
            AcceptanceCondition::IrsCatalogMaintained => FindingCode::Art34UnmetIrsCatalogMaintained,
            AcceptanceCondition::TestsAndAssessmentsPassed => FindingCode::Art34UnmetTestsAndAssessmentsPassed,
            AcceptanceCondition::TrainingCompleted => FindingCode::Art34UnmetTrainingCompleted,
            AcceptanceCondition::TechnicalMaterialsHeld => FindingCode::Art34UnmetTechnicalMaterialsHeld,
            AcceptanceCondition::RecordsComplete => FindingCode::Art34UnmetRecordsComplete,
            AcceptanceCondition::OtherRequirementsMet => FindingCode::Art34UnmetOtherRequirementsMet,
        }
    }

    /// The 第三十四条 condition this code names, if any.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{checks::FindingCode, model::AcceptanceCondition};
    /// assert_eq!(FindingCode::Art34UnmetTrainingCompleted.condition(), Some(AcceptanceCondition::TrainingCompleted));
    /// assert_eq!(FindingCode::Art34TrialRunNotPassed.condition(), None); // "试运行合格后", not one of the nine
    /// ```
    pub fn condition(self) -> Option<AcceptanceCondition> {
        AcceptanceCondition::ALL
            .into_iter()
            .find(|c| FindingCode::from_condition(*c) == self)
    }
}

impl core::fmt::Display for FindingCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snake(v: impl serde::Serialize) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    #[test]
    fn codes_are_unique_snake_case_and_cite_existing_text() {
        let mut seen = alloc::collections::BTreeSet::new();
        for c in FindingCode::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "duplicate {s}");
            assert!(s
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'));
            assert_eq!(snake(c), s);
            assert!(
                s.starts_with(&format!("art{}_", c.article().article)),
                "{s} vs {}",
                c.article()
            );
            c.article().validate().unwrap();
            #[cfg(feature = "message-text")]
            assert!(!c.message_zh().is_empty() && !c.message_en().is_empty());
            let back: FindingCode = serde_json::from_value(serde_json::json!(s)).unwrap();
            assert_eq!(back, *c);
        }
    }

    #[test]
    #[cfg(feature = "message-text")]
    fn findings_carry_the_tables_texts_through_the_catalogue() {
        for c in FindingCode::ALL {
            assert_eq!(
                c.msg().pair(&[]),
                (c.message_zh().to_owned(), c.message_en().to_owned())
            );
        }
    }

    #[test]
    fn ground_and_condition_codes_follow_the_enums() {
        for g in RejectionGround::ALL {
            let c = FindingCode::from_ground(g);
            assert_eq!(c.as_str(), format!("art23_{}", snake(g)));
            assert_eq!(c.article(), g.article());
            assert_eq!(c.ground(), Some(g));
            assert_eq!(c.severity(), Severity::Blocking);
        }
        for k in AcceptanceCondition::ALL {
            let c = FindingCode::from_condition(k);
            assert_eq!(c.as_str(), format!("art34_unmet_{}", snake(k)));
            assert_eq!(c.article(), k.article());
            assert_eq!(c.condition(), Some(k));
        }
        assert_eq!(FindingCode::Art16ScenarioMissing.ground(), None);
    }
}
