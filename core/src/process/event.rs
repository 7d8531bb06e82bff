//! Events (事件): the dated facts a project is made of.
//!
//! JSON: an internally tagged object, `{"type": "<snake_case>", "date": "YYYY-MM-DD", ...fields}`.
//! Unknown fields are refused. Every event type and field is documented, with its
//! article, in `docs/events.md`.

use crate::citation::{Art, Citation};
use crate::model::{AcceptanceCondition, DeclarationReason, Label, ProjectKind, RejectionGround, ReleaseChannel};
use crate::money::Amount;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

macro_rules! events {
    ($(
        $(#[$meta:meta])*
        $variant:ident = $name:literal, [$($kind:ident),+], $article:expr, {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ),* $(,)?) => {
        /// One dated event of a project (the persistence format and public API).
        ///
        /// See `docs/events.md` for every type, field and article.
        // `Deserialize` is written below: serde's derive for an internally tagged enum
        // buffers the input and compiles a second reader for every field type.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
        #[serde(tag = "type", deny_unknown_fields)]
        pub enum Event {
            $(
                $(#[$meta])*
                #[serde(rename = $name)]
                $variant {
                    /// The date of the event (事件日期).
                    date: NaiveDate,
                    $( $(#[$fmeta])* $field: $ty, )*
                },
            )*
        }

        /// The type of an [`Event`], without its fields (the `"type"` tag).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
        pub enum EventType {
            $(
                $(#[$meta])*
                #[serde(rename = $name)]
                $variant,
            )*
        }

        /// One struct per event type, read after the `"type"` tag has chosen it.
        #[allow(non_camel_case_types, dead_code)]
        mod fields {
            use super::*;
            $(
                // (JsonSchema only so that the fields' `#[schemars]` attributes are accepted.)
                #[derive(Deserialize, schemars::JsonSchema)]
                #[serde(deny_unknown_fields)]
                pub(super) struct $variant {
                    #[serde(rename = "type")]
                    #[schemars(skip)]
                    pub(super) tag: serde::de::IgnoredAny,
                    pub(super) date: NaiveDate,
                    $( $(#[$fmeta])* pub(super) $field: $ty, )*
                }
            )*
        }

        impl<'de> Deserialize<'de> for Event {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Event, D::Error> {
                use serde::de::Error as _;
                let value = serde_json::Value::deserialize(deserializer)?;
                let Some(tag) = value.get("type") else {
                    return Err(if value.is_object() {
                        D::Error::missing_field("type")
                    } else {
                        D::Error::custom("invalid type: expected internally tagged enum Event")
                    });
                };
                let tag: EventType = crate::json_input::from_value(tag).map_err(|e| D::Error::custom(e.reason()))?;
                let read = |e: crate::json_input::ShapeError| D::Error::custom(e.reason());
                Ok(match tag {
                    $(EventType::$variant => {
                        let f: fields::$variant = crate::json_input::from_value(&value).map_err(read)?;
                        Event::$variant { date: f.date, $( $field: f.$field, )* }
                    })*
                })
            }
        }

        impl EventType {
            /// Every event type, in the order of the process.
            pub const ALL: &'static [EventType] = &[$(EventType::$variant),*];

            /// The snake_case name (the JSON `"type"`).
            pub const fn as_str(self) -> &'static str {
                match self { $(EventType::$variant => $name),* }
            }

            /// The project kinds the event applies to.
            pub const fn kinds(self) -> &'static [ProjectKind] {
                match self { $(EventType::$variant => &[$(ProjectKind::$kind),+]),* }
            }

            /// The article the event records.
            pub const fn article(self) -> Citation {
                match self { $(EventType::$variant => $article),* }
            }
        }

        impl Event {
            /// The event's date.
            pub fn date(&self) -> NaiveDate {
                match self { $(Event::$variant { date, .. } => *date),* }
            }

            /// The event's type.
            pub fn event_type(&self) -> EventType {
                match self { $(Event::$variant { .. } => EventType::$variant),* }
            }
        }
    };
}

events! {
    /// 第二十四条: a national ministry or municipal authority has the district declare the
    /// application, or it needs district matching funds; the declaration date is known.
    /// Opens the obligation to apply for the preliminary review 10 working days before it.
    DeclarationPlanned = "declaration_planned", [Development], Art::new(24), {
        /// The date of the declaration to the higher level (申报日期).
        declaration_date: NaiveDate,
        /// Why the district declares it.
        reason: DeclarationReason,
    },
    /// 第二十四条: the written preliminary review application (书面初审申请) is made to the Bureau.
    PreliminaryReviewApplied = "preliminary_review_applied", [Development], Art::new(24), {
        /// The date of the declaration to the higher level (申报日期).
        declaration_date: NaiveDate,
        /// Why the district declares it.
        reason: DeclarationReason,
    },
    /// 第二十四条: the higher-level approval is filed with the Bureau (审批文件报备案).
    HigherApprovalFiled = "higher_approval_filed", [Development], Art::new(24), {
        /// The higher-level approval document's number, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        document: Option<String>,
    },
    /// 第十四条 last sentence: the responsible department asks for a need that does not meet the
    /// 三张清单 rules to be ledgered, to implement a central or municipal decision or a municipal assessment.
    LedgerExceptionRequested = "ledger_exception_requested", [Development], Art::new(14), {
        /// The ground.
        ground: ExceptionGround,
        /// The decision or assessment relied on (required, non-empty).
        basis: String,
    },
    /// 第十四条: the need is included in the district ledger (纳入"一本账").
    Ledgered = "ledgered", [Development], Art::new(14), {
        /// The leading group's consent (document or minutes) — required after a
        /// `ledger_exception_requested` (第十四条: "报请……领导小组同意后纳入").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        leading_group_consent: Option<String>,
    },
    /// 第十九条(一): the funding requirement plan (资金需求计划) is submitted to the lead department.
    FundingPlanSubmitted = "funding_plan_submitted", [Development], Art::new(19).item(1), {
        /// The development funding requested.
        #[schemars(with = "String")]
        amount: Amount,
    },
    /// 第十九条(二) / 第二十一条(二): the lead department gives its review opinion (审核意见).
    LeadDepartmentReviewed = "lead_department_reviewed", [Development, Om], Art::new(19).item(2), {
        /// The opinion, free text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        opinion: Option<String>,
    },
    /// 第十九条(二): the Bureau sets the preliminary funding plan (初步资金计划).
    PreliminaryFundingPlanSet = "preliminary_funding_plan_set", [Development], Art::new(19).item(2), {
        /// The preliminary amount, when it differs from the requested one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
    },
    /// 第十九条(三): the development plan (应用开发方案) is submitted to the Bureau.
    DevelopmentPlanSubmitted = "development_plan_submitted", [Development], Art::new(19).item(3), {
        /// The development funding plan of the submitted plan (第二十条's 应用开发资金计划), when it differs.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
    },
    /// 第二十条: the Bureau files the development plan with the municipal Big Data Bureau (备案).
    MunicipalFilingSubmitted = "municipal_filing_submitted", [Development], Art::new(20), {},
    /// 第十九条(四): the Bureau's preliminary review (初审) of the development plan passes.
    PreliminaryReviewPassed = "preliminary_review_passed", [Development], Art::new(19).item(4), {},
    /// 第二十一条(一): the O&M plan (运维方案) is submitted to the lead department.
    OmPlanSubmitted = "om_plan_submitted", [Om], Art::new(21).item(1), {
        /// The O&M funding requested, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
    },
    /// 第十九条(四) / 第二十一条(三): the Bureau organises the joint review (联合评审) with the
    /// Cyberspace Office, the Confidential Bureau and the Finance Bureau.
    JointReviewOrganised = "joint_review_organised", [Development, Om], Art::new(19).item(4), {},
    /// 第十九条(四) / 第二十一条(三): the joint review passes; the joint approval document (评审批复文件) is issued.
    Approved = "approved", [Development, Om], Art::new(19).item(4), {
        /// The approval document's number.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        document: Option<String>,
        /// 第十九条(五): whether the funds are included in the special-fund plan (纳入专项资金安排计划);
        /// the 60-working-day start obligation applies only then. Default `true`.
        #[serde(default = "default_true", skip_serializing_if = "is_true")]
        in_special_fund_plan: bool,
    },
    /// 第二十三条: the joint review is not passed, on the named grounds (at least one).
    Rejected = "rejected", [Development, Om], Art::new(23), {
        /// The grounds (第二十三条 items).
        grounds: Vec<RejectionGround>,
    },
    /// 第十九条(三)(五): the Bureau, with the leading group's consent, adjusts a project whose
    /// development plan or development start is overdue. Refused before the deadline has passed.
    ProjectAdjusted = "project_adjusted", [Development], Art::new(19).item(3), {
        /// Which deadline was missed.
        reason: AdjustmentReason,
        /// The leading group's consent (required, non-empty).
        leading_group_consent: String,
    },
    /// 第二十五条: the Bureau and the Finance Bureau arrange the funding source of an application
    /// outside the department's annual budget and adjust the annual special-fund plan.
    OutsideBudgetFundingArranged = "outside_budget_funding_arranged", [Development, Om], Art::new(25), {
        /// The requirement relied on (central or municipal requirement, assessment, continuation, O&M).
        basis: String,
    },
    /// 第七条: the responsible department completes the catalog information (编目信息) in IRS.
    CatalogCompleted = "catalog_completed", [Development, Om], Art::new(7), {},
    /// 第七条, 第三十七条: the catalog information is updated in IRS (dynamic maintenance).
    CatalogUpdated = "catalog_updated", [Development, Om], Art::new(37), {},
    /// 第十九条(五), 第二十六条: development starts, by the department itself or by procurement.
    DevelopmentStarted = "development_started", [Development], Art::new(19).item(5), {
        /// 第二十六条: self-development or procurement of third-party services.
        mode: DeliveryMode,
    },
    /// 第二十一条(三), 第二十六条: the O&M project is implemented per the approval.
    OmStarted = "om_started", [Om], Art::new(21).item(3), {
        /// 第二十六条: self-operation or procurement of third-party services.
        mode: DeliveryMode,
    },
    /// 第三十一条: testing and joint debugging are done; the documents they produced.
    TestingCompleted = "testing_completed", [Development], Art::new(31), {
        /// The documents (all four are required).
        documents: Vec<TestingDocument>,
    },
    /// 第三十一条: the application is released (集成发布) through 渝快办 or 渝快政.
    Released = "released", [Development], Art::new(31), {
        /// The channel; may be omitted only for a secret (涉密) application.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channel: Option<ReleaseChannel>,
    },
    /// 第三十三条: the stable trial run (稳定试运行) starts.
    TrialRunStarted = "trial_run_started", [Development], Art::new(33), {},
    /// 第三十三条: the trial run ends. Before the minimum (原则上不低于90天) only with a recorded exception.
    TrialRunEnded = "trial_run_ended", [Development], Art::new(33), {
        /// The approved exception to the minimum and its basis.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exception: Option<TrialRunException>,
    },
    /// 第三十三条: the trial-run report (试运行报告) is compiled.
    TrialRunReportSubmitted = "trial_run_report_submitted", [Development], Art::new(33), {},
    /// 第三十三条: a major fault (重大故障) occurs after deployment.
    MajorFaultOccurred = "major_fault_occurred", [Development, Om], Art::new(33), {
        /// What happened.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    /// 第三十三条: the fault is repaired and the fault report (故障情况报告) is made.
    FaultReportSubmitted = "fault_report_submitted", [Development, Om], Art::new(33), {},
    /// 第三十四条: the application is accepted (验收); names the conditions met (all nine are
    /// required; 第三十四条(三) may be omitted for a secret application). Accepting during the
    /// trial run ends it on the same date, under the same minimum.
    Accepted = "accepted", [Development], Art::new(34), {
        /// The conditions met.
        conditions: Vec<AcceptanceCondition>,
        /// When accepting during the trial run before its minimum: the approved exception.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exception: Option<TrialRunException>,
    },
    /// 第三十七条: a major-function iteration (重大功能迭代) starts; the catalog must have been
    /// updated first (on or after the previous iteration, or acceptance).
    MajorIterationStarted = "major_iteration_started", [Development, Om], Art::new(37), {
        /// What changes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    /// 第三十八条: the Bureau marks a label in IRS.
    LabelMarked = "label_marked", [Development, Om], Art::new(38), {
        /// The label.
        label: Label,
    },
    /// 第四十条, 第四十一条, 第四十二条: the deregistration application is made in IRS, with its
    /// reason and the disposal of digital resources done before it.
    DeregistrationApplied = "deregistration_applied", [Development, Om], Art::new(42), {
        /// 第四十条: the reason.
        reason: DeregistrationReason,
        /// 第四十一条: the disposal steps.
        #[serde(default)]
        disposal: Disposal,
    },
    /// 第四十二条: the municipal Big Data Bureau approves the deregistration (审核通过).
    DeregistrationApproved = "deregistration_approved", [Development, Om], Art::new(42), {},
    /// 第四十二条: the deregistration is completed.
    Deregistered = "deregistered", [Development, Om], Art::new(42), {},
}

fn default_true() -> bool {
    true
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_true(b: &bool) -> bool {
    *b
}

/// 第十四条: the grounds for ledgering a need that does not meet the 三张清单 rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionGround {
    /// 贯彻落实党中央、国务院、市委、市政府决策部署.
    CentralDecision,
    /// 纳入市级以上考核.
    MunicipalAssessment,
}

/// 第十九条(三)(五): the deadline whose miss leads to an adjustment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AdjustmentReason {
    /// 第十九条(三): the development plan was not submitted within 60 working days.
    DevelopmentPlanOverdue,
    /// 第十九条(五): development did not start within 60 working days of the approval.
    DevelopmentStartOverdue,
}

impl AdjustmentReason {
    /// The article.
    pub const fn article(self) -> Citation {
        match self {
            AdjustmentReason::DevelopmentPlanOverdue => Art::new(19).item(3),
            AdjustmentReason::DevelopmentStartOverdue => Art::new(19).item(5),
        }
    }
}

/// 第二十六条: how development or O&M is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    /// 自主完成: by the department itself.
    SelfDevelopment,
    /// 向第三方采购: third-party services procured.
    Procurement,
}

/// 第三十一条: the documents testing and joint debugging must produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TestingDocument {
    /// 测试用例.
    TestCases,
    /// 测试计划.
    TestPlan,
    /// 测试报告.
    TestReport,
    /// 联调记录.
    JointDebuggingRecord,
}

impl TestingDocument {
    /// All four, in the order of 第三十一条.
    pub const ALL: [TestingDocument; 4] = [
        TestingDocument::TestCases,
        TestingDocument::TestPlan,
        TestingDocument::TestReport,
        TestingDocument::JointDebuggingRecord,
    ];

    /// The Chinese name.
    pub const fn zh(self) -> &'static str {
        match self {
            TestingDocument::TestCases => "测试用例",
            TestingDocument::TestPlan => "测试计划",
            TestingDocument::TestReport => "测试报告",
            TestingDocument::JointDebuggingRecord => "联调记录",
        }
    }
}

/// 第三十三条 "原则上": an approved exception to the trial run's minimum duration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrialRunException {
    /// Who approved the exception.
    #[serde(default)]
    pub approved_by: String,
    /// The basis (required, non-empty).
    pub basis: String,
}

/// 第四十条: the reasons an application is deregistered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeregistrationReason {
    /// (一) 应用已无使用必要.
    NoLongerNeeded,
    /// (二) 应用被其他应用覆盖,需要归并整合.
    Superseded,
    /// (三) 应用停滞,内容长期不更新,用户活跃度低、数字资源利用效能差.
    Stagnant,
    /// (四) 应用出现重大舆情、产生重大危害等问题.
    MajorIncident,
}

impl DeregistrationReason {
    /// The item of 第四十条.
    pub const fn article(self) -> Citation {
        match self {
            DeregistrationReason::NoLongerNeeded => Art::new(40).item(1),
            DeregistrationReason::Superseded => Art::new(40).item(2),
            DeregistrationReason::Stagnant => Art::new(40).item(3),
            DeregistrationReason::MajorIncident => Art::new(40).item(4),
        }
    }
}

/// Whether a disposal step was done or does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// Done.
    Done,
    /// Not applicable to this application.
    NotApplicable,
}

/// 第四十一条(二): how the historical data was dealt with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HistoryData {
    /// 历史数据归属迁移至新的应用 (required when deregistered for a merger, 第四十条(二)).
    Migrated,
    /// 按照公共数据资源管理相关规定规范妥善处理.
    Handled,
}

/// 第四十一条: the disposal and release of digital resources before deregistration.
/// Every step must be stated; a missing one refuses the application citing its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Disposal {
    /// (一) shared or opened data and interfaces settled with their users (数据归集或者接口注销).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_data: Option<StepStatus>,
    /// (二) historical data migrated (merger) or handled (other reasons).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history_data: Option<HistoryData>,
    /// (三) components taken down in IRS (下架组件).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<StepStatus>,
    /// (四) taken down from 渝快办/渝快政 (required as done when the application was released there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<StepStatus>,
}

impl Event {
    /// Parses one event from JSON.
    ///
    /// # Errors
    /// `invalid_json` for malformed JSON, `invalid_input` for a wrong shape
    /// (unknown type, missing or unknown field, bad date).
    pub fn from_json(json: &str) -> crate::Result<Event> {
        crate::json_input::from_str(json)
    }

    /// The event as compact JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The longest free-text field of the event, in characters (for the size limit).
    pub(crate) fn max_text_len(&self) -> usize {
        let texts: Vec<&str> = match self {
            Event::HigherApprovalFiled { document, .. } | Event::Approved { document, .. } => {
                document.as_deref().into_iter().collect()
            }
            Event::LedgerExceptionRequested { basis, .. } | Event::OutsideBudgetFundingArranged { basis, .. } => {
                vec![basis.as_str()]
            }
            Event::Ledgered {
                leading_group_consent, ..
            } => leading_group_consent.as_deref().into_iter().collect(),
            Event::LeadDepartmentReviewed { opinion, .. } => opinion.as_deref().into_iter().collect(),
            Event::ProjectAdjusted {
                leading_group_consent, ..
            } => vec![leading_group_consent.as_str()],
            Event::TrialRunEnded { exception, .. } | Event::Accepted { exception, .. } => exception
                .as_ref()
                .map(|e| vec![e.basis.as_str(), e.approved_by.as_str()])
                .unwrap_or_default(),
            Event::MajorFaultOccurred { description, .. } | Event::MajorIterationStarted { description, .. } => {
                description.as_deref().into_iter().collect()
            }
            _ => Vec::new(),
        };
        texts.iter().map(|t| t.chars().count()).max().unwrap_or(0)
    }

    /// The longest list field of the event.
    pub(crate) fn max_list_len(&self) -> usize {
        match self {
            Event::Rejected { grounds, .. } => grounds.len(),
            Event::TestingCompleted { documents, .. } => documents.len(),
            Event::Accepted { conditions, .. } => conditions.len(),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_articles_exist() {
        for t in EventType::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::json!(t.as_str()));
            t.article().validate().unwrap();
        }
        for r in [
            DeregistrationReason::NoLongerNeeded,
            DeregistrationReason::Superseded,
            DeregistrationReason::Stagnant,
            DeregistrationReason::MajorIncident,
        ] {
            r.article().validate().unwrap();
        }
    }

    #[test]
    fn json_shape() {
        let e =
            Event::from_json(r#"{"type":"funding_plan_submitted","date":"2025-09-01","amount":"520万元"}"#).unwrap();
        assert_eq!(e.event_type(), EventType::FundingPlanSubmitted);
        let back = Event::from_json(&e.to_json()).unwrap();
        assert_eq!(e, back);
        let e = Event::from_json(r#"{"type":"approved","date":"2025-09-01"}"#).unwrap();
        assert_eq!(e.to_json(), r#"{"type":"approved","date":"2025-09-01"}"#);
        let err = Event::from_json(r#"{"type":"approved","date":"2025-09-01","bogus":1}"#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        let err = Event::from_json(r#"{"type":"nope","date":"2025-09-01"}"#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        let err = Event::from_json(r#"{"type":"approved","date":"2025-02-30"}"#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        let err = Event::from_json(r#"{"type":"approved""#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidJson);
    }
}
