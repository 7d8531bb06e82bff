//! Events (事件): the dated facts a project is made of.
//!
//! JSON: an internally tagged object, `{"type": "<snake_case>", "date": "YYYY-MM-DD", ...fields}`.
//! Unknown fields are refused. Every event type and field is documented, with its
//! article, in `docs/events.md`.

use crate::citation::{Art, Citation};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::grounds::DeregistrationReason;
use crate::model::{
    AcceptanceCondition, DeclarationReason, JointReview, Label, ProjectKind, RejectionGround, ReleaseChannel, Role,
};
use crate::money::Amount;
use chrono::NaiveDate;

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
        ///
        /// # Example
        /// ```
        /// use chrono::NaiveDate;
        /// use fuling_rules::{Calendar, Event, EventType, Project, ProjectKind, Ruleset};
        /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        /// // 第二十四条: the district is to declare the application on Friday 2025-10-17.
        /// let e = Event::from_json_str(
        ///     r#"{"type": "declaration_planned", "date": "2025-09-15", "declaration_date": "2025-10-17", "reason": "higher_level_declaration"}"#,
        /// )?;
        /// assert_eq!((e.event_type(), e.date()), (EventType::DeclarationPlanned, d("2025-09-15")));
        /// let mut p = Project::new("FL-2025-040", ProjectKind::Development);
        /// p.apply(e)?;
        /// // 10 working days before 10-17, over the National Day holiday: Sunday 09-28 (worked).
        /// let s = p.status(d("2025-09-26"), &Calendar::official(), &Ruleset::default())?;
        /// assert_eq!(s.obligations[0].due, Some(d("2025-09-28")));
        /// # Ok::<(), fuling_rules::Error>(())
        /// ```
        // Read by `FromJson` (one table per variant, `read_tag` below for the tag):
        // serde's derive for an internally tagged enum buffers the input and compiles a
        // second reader for every field type.
        #[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
        #[serde(tag = "type", deny_unknown_fields)]
        pub enum Event {
            $(
                $(#[$meta])*
                #[serde(rename = $name)]
                $variant {
                    /// The date of the event (事件日期).
                    date: NaiveDate,
                    /// Who entered the event and the document it rests on (every event may carry them).
                    #[serde(flatten)]
                    #[from_json(flatten = "document recorded_by")]
                    meta: Option<Box<EventMeta>>,
                    $( $(#[$fmeta])* $field: $ty, )*
                },
            )*
        }

        /// The type of an [`Event`], without its fields (the `"type"` tag).
        ///
        /// # Example
        /// ```
        /// use fuling_rules::{process::Process, EventType, ProjectKind, State};
        /// let t: EventType = serde_json::from_str(r#""municipal_filing_submitted""#).unwrap();
        /// assert_eq!(t.article().unwrap().zh(), "第二十条");
        /// assert!(Process::allowed_events(State::DevelopmentPlanSubmitted, ProjectKind::Development).contains(&t));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
        pub enum EventType {
            $(
                $(#[$meta])*
                #[serde(rename = $name)]
                $variant,
            )*
        }

        impl Event {
            /// The `"type"` tag's variant (its index in declaration order, the order of
            /// [`EventType`]) and the fields every event may carry, read once for every
            /// type; `#[derive(FromJson)]` then reads the variant's own fields.
            #[inline(never)]
            fn read_tag(
                value: &crate::json_read::Value,
            ) -> Result<(usize, Option<Box<EventMeta>>), crate::json_input::ShapeError> {
                use crate::json_input::{from_tree, ShapeError};
                let Some(tag) = value.get("type") else {
                    return Err(if value.is_object() {
                        ShapeError::missing("type")
                    } else {
                        ShapeError::custom("invalid type: expected internally tagged enum Event")
                    });
                };
                let tag: EventType = from_tree(tag).map_err(|e| e.at("type"))?;
                let (recorded_by, document) = common(value)?;
                Ok((tag as usize, EventMeta::boxed(recorded_by, document)))
            }
        }

        impl EventType {
            /// Every event type, in the order of the process.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::EventType;
            /// assert_eq!(EventType::ALL[0], EventType::DeclarationPlanned); // 第二十四条 comes first
            /// assert!(EventType::ALL.iter().flat_map(|t| t.article()).all(|a| a.validate().is_ok()));
            /// ```
            pub const ALL: &'static [EventType] = &[$(EventType::$variant),*];

            /// The snake_case name (the JSON `"type"`).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::EventType;
            /// assert_eq!(EventType::FundingPlanSubmitted.as_str(), "funding_plan_submitted");
            /// ```
            pub const fn as_str(self) -> &'static str {
                // The derived writer's table (`json_output::UnitNames`): the names are stored once.
                crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
            }

            /// The project kinds the event applies to.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{EventType, ProjectKind};
            /// assert_eq!(EventType::OmStarted.kinds(), [ProjectKind::Om]);
            /// assert_eq!(EventType::LeadDepartmentReviewed.kinds(), [ProjectKind::Development, ProjectKind::Om]);
            /// ```
            pub const fn kinds(self) -> &'static [ProjectKind] {
                match self { $(EventType::$variant => &[$(ProjectKind::$kind),+]),* }
            }

            /// The article the event records; `None` for a step the text does not set
            /// (`withdrawn`, see `docs/readings.md`).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{Art, EventType};
            /// assert_eq!(EventType::TrialRunEnded.article(), Some(Art::new(33)));
            /// assert_eq!(EventType::LeadDepartmentReviewed.article(), Some(Art::new(19).item(2)));
            /// assert_eq!(EventType::Withdrawn.article(), None); // not in the text
            /// ```
            pub const fn article(self) -> Option<Citation> {
                match self { $(EventType::$variant => $article),* }
            }
        }

        impl Event {
            /// The event's date.
            ///
            /// # Example
            /// ```
            /// use chrono::NaiveDate;
            /// use fuling_rules::Event;
            /// let e = Event::from_json_str(r#"{"type": "ledgered", "date": "2026-02-14"}"#)?;
            /// assert_eq!(e.date(), NaiveDate::from_ymd_opt(2026, 2, 14).unwrap());
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn date(&self) -> NaiveDate {
                match self { $(Event::$variant { date, .. } => *date),* }
            }

            /// Who entered the event, when recorded.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::Event;
            /// let e = Event::from_json_str(r#"{"type": "ledgered", "date": "2026-02-14", "recorded_by": "张三"}"#)?;
            /// assert_eq!(e.recorded_by(), Some("张三"));
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn recorded_by(&self) -> Option<&str> {
                self.meta().recorded_by.as_deref()
            }

            /// The document (文号) the event rests on, when recorded.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::Event;
            /// let e = Event::from_json_str(r#"{"type": "approved", "date": "2025-10-09", "document": "涪大数据发〔2025〕12号"}"#)?;
            /// assert_eq!(e.document(), Some("涪大数据发〔2025〕12号"));
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn document(&self) -> Option<&str> {
                self.meta().document.as_deref()
            }

            /// Who entered the event and the document it rests on.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::Event;
            /// let e = Event::from_json_str(r#"{"type": "ledgered", "date": "2026-02-14", "recorded_by": "张三"}"#)?;
            /// assert_eq!((e.meta().recorded_by.as_deref(), e.meta().document.as_deref()), (Some("张三"), None));
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn meta(&self) -> &EventMeta {
                let meta = match self { $(Event::$variant { meta, .. } => meta),* };
                meta.as_deref().unwrap_or(&NO_META)
            }

            /// The event's type.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{Event, EventType};
            /// let e = Event::from_json_str(r#"{"type": "label_marked", "date": "2025-11-03", "label": "high_risk"}"#)?;
            /// assert_eq!(e.event_type(), EventType::LabelMarked);
            /// assert_eq!(e.event_type().as_str(), "label_marked");
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn event_type(&self) -> EventType {
                match self { $(Event::$variant { .. } => EventType::$variant),* }
            }

            /// The longest free-text field of the event, in characters (for the size limit).
            /// Every field is measured (see [`Measure`]).
            pub(crate) fn max_text_len(&self) -> usize {
                match self {
                    $(Event::$variant { date, meta: _, $($field,)* } => {
                        let longest = Measure::text_len(date);
                        $( let longest = longest.max(Measure::text_len($field)); )*
                        longest
                    })*
                }
                // The fields every event carries, measured once.
                .max(self.meta().text_len())
            }

            /// The longest list field of the event (for the size limit). Every field is
            /// measured (see [`Measure`]).
            pub(crate) fn max_list_len(&self) -> usize {
                match self {
                    $(Event::$variant { date, meta: _, $($field,)* } => {
                        let longest = Measure::list_len(date);
                        $( let longest = longest.max(Measure::list_len($field)); )*
                        longest
                    })*
                }
            }
        }
    };
}

events! {
    /// 第二十四条: a national ministry or municipal authority has the district declare the
    /// application, or it needs district matching funds; the declaration date is known.
    /// Opens the obligation to apply for the preliminary review 10 working days before it.
    DeclarationPlanned = "declaration_planned", [Development], Some(Art::new(24)), {
        /// The date of the declaration to the higher level (申报日期).
        declaration_date: NaiveDate,
        /// Why the district declares it.
        reason: DeclarationReason,
    },
    /// 第二十四条: the written preliminary review application (书面初审申请) is made to the Bureau.
    PreliminaryReviewApplied = "preliminary_review_applied", [Development], Some(Art::new(24)), {
        /// The date of the declaration to the higher level (申报日期).
        declaration_date: NaiveDate,
        /// Why the district declares it.
        reason: DeclarationReason,
    },
    /// 第二十四条: the higher-level approval is filed with the Bureau (审批文件报备案).
    HigherApprovalFiled = "higher_approval_filed", [Development], Some(Art::new(24)), {},
    /// 第十四条 last sentence: the responsible department asks for a need that does not meet the
    /// 三张清单 rules to be ledgered, to implement a central or municipal decision or a municipal assessment.
    LedgerExceptionRequested = "ledger_exception_requested", [Development], Some(Art::new(14)), {
        /// The ground.
        ground: ExceptionGround,
        /// The decision or assessment relied on (required, non-empty).
        basis: String,
    },
    /// 第十四条: the need is included in the district ledger (纳入"一本账").
    Ledgered = "ledgered", [Development], Some(Art::new(14)), {
        /// The leading group's consent (document or minutes) — required after a
        /// `ledger_exception_requested` (第十四条: "报请……领导小组同意后纳入").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        leading_group_consent: Option<String>,
    },
    /// 第十四条: the leading group does not consent to ledgering the need by exception (terminal).
    LedgerExceptionRefused = "ledger_exception_refused", [Development], Some(Art::new(14)), {},
    /// 第二十四条: the national ministry or municipal authority does not approve (terminal).
    HigherApprovalRefused = "higher_approval_refused", [Development], Some(Art::new(24)), {},
    /// 第十九条(一): the funding requirement plan (资金需求计划) is submitted to the lead department.
    FundingPlanSubmitted = "funding_plan_submitted", [Development], Some(Art::new(19).item(1)), {
        /// The development funding requested.
        #[schemars(with = "String")]
        amount: Amount,
    },
    /// 第十九条(二) / 第二十一条(二): the lead department gives its review opinion (审核意见).
    LeadDepartmentReviewed = "lead_department_reviewed", [Development, Om], Some(Art::new(19).item(2)), {
        /// The opinion, free text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        opinion: Option<String>,
    },
    /// 第十九条(二): the Bureau sets the preliminary funding plan (初步资金计划).
    PreliminaryFundingPlanSet = "preliminary_funding_plan_set", [Development], Some(Art::new(19).item(2)), {
        /// The preliminary amount, when it differs from the requested one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
    },
    /// 第十九条(三): the development plan (应用开发方案) is submitted to the Bureau.
    DevelopmentPlanSubmitted = "development_plan_submitted", [Development], Some(Art::new(19).item(3)), {
        /// The plan's development funding plan (第二十条's 应用开发资金计划): required; it
        /// decides the municipal filing.
        #[schemars(with = "String")]
        amount: Amount,
    },
    /// 第二十条: the Bureau files the development plan with the municipal Big Data Bureau (备案).
    MunicipalFilingSubmitted = "municipal_filing_submitted", [Development], Some(Art::new(20)), {},
    /// 第十九条(四): the Bureau's preliminary review (初审) of the development plan passes.
    PreliminaryReviewPassed = "preliminary_review_passed", [Development], Some(Art::new(19).item(4)), {},
    /// 第十九条(四): the Bureau returns the development plan for revision; the department
    /// revises it and submits it again (`development_plan_submitted`).
    PreliminaryReviewReturned = "preliminary_review_returned", [Development], Some(Art::new(19).item(4)), {
        /// What is to be revised.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        opinion: Option<String>,
    },
    /// 第十九条(四): the Bureau's preliminary review does not pass (terminal).
    PreliminaryReviewFailed = "preliminary_review_failed", [Development], Some(Art::new(19).item(4)), {
        /// Why.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        opinion: Option<String>,
    },
    /// 第二十一条(一): the O&M plan (运维方案) is submitted to the lead department.
    OmPlanSubmitted = "om_plan_submitted", [Om], Some(Art::new(21).item(1)), {
        /// The O&M funding requested, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
    },
    /// 第十九条(四) / 第二十一条(三): the Bureau organises the joint review (联合评审) with the
    /// Cyberspace Office, the Confidential Bureau and the Finance Bureau.
    JointReviewOrganised = "joint_review_organised", [Development, Om], Some(Art::new(19).item(4)), {
        /// The reviewing bodies (第十九条(四) "区委网信办、区委机要局、区财政局等单位": an
        /// open list), e.g. `e_government_centre` (第六条(二)).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        reviewers: Vec<Role>,
        /// Further reviewing bodies the roles do not name, by name.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        other_reviewers: Vec<String>,
    },
    /// 第十九条(四) / 第二十一条(三): the joint review passes; the joint approval document (评审批复文件) is issued.
    Approved = "approved", [Development, Om], Some(Art::new(19).item(4)), {
        /// 第十九条(五): whether the funds are included in the special-fund plan (纳入专项资金安排计划);
        /// the 60-working-day start obligation applies only then. Default `true`.
        #[serde(default = "default_true", skip_serializing_if = "is_true")]
        in_special_fund_plan: bool,
        /// The amount approved (批复金额), if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
        /// The joint-review dossier ([`JointReview`]): when given, an approval over a blocking
        /// Art. 23 ground of [`crate::checks::check_joint_review`] is refused
        /// (`joint_review_blocking`). Kept as given and read when the event is applied.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<JointReview>")]
        review: Option<crate::json_read::Value>,
    },
    /// 第二十三条: the joint review is not passed, on the named grounds (at least one, named
    /// here or found by [`crate::checks::check_joint_review`] in `review`).
    Rejected = "rejected", [Development, Om], Some(Art::new(23)), {
        /// The grounds (第二十三条 items).
        #[serde(default)]
        grounds: Vec<RejectionGround>,
        /// The joint-review dossier ([`JointReview`]) whose blocking findings give the grounds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<JointReview>")]
        review: Option<crate::json_read::Value>,
    },
    /// 第十九条(三)(五): the Bureau, with the leading group's consent, adjusts a project whose
    /// development plan or development start is overdue by taking it out of the plan
    /// (terminal). Refused before the deadline has passed.
    ProjectAdjusted = "project_adjusted", [Development], Some(Art::new(19).item(3)), {
        /// Which deadline was missed.
        reason: AdjustmentReason,
        /// The leading group's consent (required, non-empty).
        leading_group_consent: String,
    },
    /// 第十九条(三)(五): the Bureau, with the leading group's consent, adjusts an overdue project
    /// by re-planning it: a new deadline and/or amount; the project continues. Refused before
    /// the deadline has passed.
    ProjectReplanned = "project_replanned", [Development], Some(Art::new(19).item(3)), {
        /// Which deadline was missed.
        reason: AdjustmentReason,
        /// The leading group's consent (required, non-empty).
        leading_group_consent: String,
        /// The new deadline; without it the period runs again from the re-planning date.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        new_due: Option<NaiveDate>,
        /// The new amount, if it changes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(with = "Option<String>")]
        amount: Option<Amount>,
    },
    /// 第二十五条: the Bureau and the Finance Bureau arrange the funding source of an application
    /// outside the department's annual budget and adjust the annual special-fund plan.
    OutsideBudgetFundingArranged = "outside_budget_funding_arranged", [Development, Om], Some(Art::new(25)), {
        /// The requirement relied on (central or municipal requirement, assessment,
        /// continuation, O&M); required, non-empty.
        basis: String,
    },
    /// 第七条: the responsible department completes the catalog information (编目信息) in IRS
    /// (from approval on). Schema 1 only: the application record's event in schema 2.
    CatalogCompleted = "catalog_completed", [Development, Om], Some(Art::new(7)), {},
    /// 第七条, 第三十七条: the catalog information is updated in IRS (dynamic maintenance over
    /// the whole lifecycle, 谋划 to 注销). Schema 1 only: the application record's event in schema 2.
    CatalogUpdated = "catalog_updated", [Development, Om], Some(Art::new(37)), {},
    /// 第十九条(五), 第二十六条: development starts, by the department itself or by procurement.
    DevelopmentStarted = "development_started", [Development], Some(Art::new(19).item(5)), {
        /// 第二十六条: self-development or procurement of third-party services.
        mode: DeliveryMode,
    },
    /// 第二十一条(三), 第二十六条: the O&M project is implemented per the approval.
    OmStarted = "om_started", [Om], Some(Art::new(21).item(3)), {
        /// 第二十六条: self-operation or procurement of third-party services.
        mode: DeliveryMode,
    },
    /// 第三十一条: testing and joint debugging are done; the documents they produced.
    TestingCompleted = "testing_completed", [Development], Some(Art::new(31)), {
        /// The documents (all four are required).
        documents: Vec<TestingDocument>,
    },
    /// 第三十一条: the application is released (集成发布) through 渝快办 or 渝快政.
    Released = "released", [Development], Some(Art::new(31)), {
        /// The channel; may be omitted only for a secret (涉密) application.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channel: Option<ReleaseChannel>,
    },
    /// 第三十三条: the stable trial run (稳定试运行) starts.
    TrialRunStarted = "trial_run_started", [Development], Some(Art::new(33)), {},
    /// 第三十三条: the trial run ends. Before the minimum (原则上不低于90天) only with a recorded exception.
    TrialRunEnded = "trial_run_ended", [Development], Some(Art::new(33)), {
        /// The exception to the minimum and its basis.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exception: Option<TrialRunException>,
        /// 第三十四条: the trial run was found satisfactory (试运行合格). Acceptance needs it
        /// (here or on `accepted`).
        #[serde(default, skip_serializing_if = "is_false")]
        passed: bool,
    },
    /// 第三十四条: the trial run is found unsatisfactory (不合格): rectification, then a new
    /// trial run (`trial_run_started`).
    TrialRunFailed = "trial_run_failed", [Development], Some(Art::new(34)), {
        /// What failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// 第三十三条: the trial-run report (试运行报告) is compiled.
    TrialRunReportSubmitted = "trial_run_report_submitted", [Development], Some(Art::new(33)), {},
    /// 第三十三条: a major fault (重大故障) occurs after deployment.
    MajorFaultOccurred = "major_fault_occurred", [Development, Om], Some(Art::new(33)), {
        /// What happened.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    /// 第三十三条: the fault is repaired and the fault report (故障情况报告) is made.
    FaultReportSubmitted = "fault_report_submitted", [Development, Om], Some(Art::new(33)), {},
    /// 第三十四条: the application is accepted (验收); names the conditions met (all nine are
    /// required; 第三十四条(三) may be omitted for a secret application). Accepting during the
    /// trial run ends it on the same date, under the same minimum.
    Accepted = "accepted", [Development], Some(Art::new(34)), {
        /// The conditions met.
        conditions: Vec<AcceptanceCondition>,
        /// When accepting during the trial run before its minimum: the exception.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exception: Option<TrialRunException>,
        /// 第三十四条: the trial run was found satisfactory (when `trial_run_ended` did not say so).
        #[serde(default, skip_serializing_if = "is_false")]
        trial_run_passed: bool,
    },
    /// 第三十七条: a major-function iteration (重大功能迭代) starts; the catalog must have been
    /// updated first (on or after the previous iteration, or acceptance).
    MajorIterationStarted = "major_iteration_started", [Development, Om], Some(Art::new(37)), {
        /// What changes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    /// 第三十八条: the Bureau marks a label in IRS.
    LabelMarked = "label_marked", [Development, Om], Some(Art::new(38)), {
        /// The label.
        label: Label,
        /// For `label: "other"`: its name and the item of 第三十八条 it falls under (第三十八条's
        /// lists end in 等).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other: Option<OtherLabel>,
    },
    /// 第三十九条: the joint evaluation (应用评价) of the application, without outstanding problems.
    Evaluated = "evaluated", [Development, Om], Some(Art::new(39)), {
        /// The result, free text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        result: Option<String>,
    },
    /// 第三十九条: the evaluation found outstanding problems; the Bureau issues its
    /// rectification opinion (整改意见).
    RectificationRequired = "rectification_required", [Development, Om], Some(Art::new(39)), {
        /// The rectification opinion (required, non-empty).
        opinion: String,
    },
    /// 第三十九条: the rectification is done.
    Rectified = "rectified", [Development, Om], Some(Art::new(39)), {},
    /// 第四十条, 第四十二条: the deregistration application is made in IRS, with its reason
    /// and the disposal steps (第四十一条) done so far.
    DeregistrationApplied = "deregistration_applied", [Development, Om], Some(Art::new(42)), {
        /// 第四十条: the reason (one of its items, or `other` described in `other_reason`).
        reason: DeregistrationReason,
        /// For `reason: "other"`: the reason, described (required, non-empty).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_reason: Option<String>,
        /// 第四十一条: the disposal steps done so far (all are needed by `deregistered`).
        #[serde(default)]
        disposal: Disposal,
    },
    /// 第四十二条: the municipal Big Data Bureau approves the deregistration (审核通过).
    DeregistrationApproved = "deregistration_approved", [Development, Om], Some(Art::new(42)), {},
    /// 第四十二条: the municipal Big Data Bureau does not approve; the application stays in operation.
    DeregistrationRefused = "deregistration_refused", [Development, Om], Some(Art::new(42)), {
        /// The opinion, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        opinion: Option<String>,
    },
    /// 第四十一条, 第四十二条: the deregistration is completed; every 第四十一条 step must be
    /// done by now (stated here or on `deregistration_applied`).
    Deregistered = "deregistered", [Development, Om], Some(Art::new(42)), {
        /// 第四十一条: the disposal steps done since the application.
        #[serde(default)]
        disposal: Disposal,
    },
    /// The responsible department withdraws the project (撤回) before acceptance, or an O&M
    /// project before `om_started` (terminal). Not in the text: no article (see `docs/readings.md`).
    Withdrawn = "withdrawn", [Development, Om], None, {
        /// Why, free text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
}

impl EventType {
    /// The project event types whose facts belong to the application (第七条 and 第三十七条
    /// catalog, 第三十九条 evaluation and 整改, 第三十八条 labels, 第四十条至第四十二条
    /// deregistration): a schema-2 project refuses them
    /// (`application_event_on_project`; record them on the application record), a project
    /// loaded from schema 1 keeps them, and the migration moves them to the application record.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Event, EventType, ErrorCode, Project, ProjectKind};
    /// assert!(EventType::APPLICATION_FACTS.contains(&EventType::LabelMarked));
    /// let mut p = Project::new("FL-2025-001", ProjectKind::Om);
    /// let e = Event::from_json_str(r#"{"type": "label_marked", "date": "2025-11-03", "label": "high_risk"}"#)?;
    /// assert_eq!(p.apply(e).unwrap_err().code(), ErrorCode::ApplicationEventOnProject);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub const APPLICATION_FACTS: &'static [EventType] = &[
        EventType::CatalogCompleted,
        EventType::CatalogUpdated,
        EventType::Evaluated,
        EventType::RectificationRequired,
        EventType::Rectified,
        EventType::LabelMarked,
        EventType::DeregistrationApplied,
        EventType::DeregistrationApproved,
        EventType::DeregistrationRefused,
        EventType::Deregistered,
    ];

    /// Whether the event type is one of [`EventType::APPLICATION_FACTS`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::EventType;
    /// assert!(EventType::Deregistered.is_application_fact());
    /// assert!(!EventType::Released.is_application_fact()); // a step of the project (第三十一条)
    /// ```
    pub fn is_application_fact(self) -> bool {
        EventType::APPLICATION_FACTS.contains(&self)
    }
}

/// Who entered an event (`recorded_by`, 录入人) and the document (`document`, 文号) it rests
/// on: every event may carry them (flattened into the event's JSON object).
///
/// # Example
/// ```
/// use fuling_rules::{process::EventMeta, Event};
/// let e = Event::from_json_str(r#"{"type": "approved", "date": "2025-10-09", "document": "涪大数据发〔2025〕12号"}"#)?;
/// assert_eq!(e.meta(), &EventMeta { recorded_by: None, document: Some("涪大数据发〔2025〕12号".into()) });
/// assert!(e.to_json().contains(r#""document":"涪大数据发〔2025〕12号""#));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, schemars::JsonSchema)]
pub struct EventMeta {
    /// Who entered the event (录入人), free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
    /// The document (文号) the event rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// No recorded_by, no document.
pub(crate) const NO_META: EventMeta = EventMeta {
    recorded_by: None,
    document: None,
};

impl EventMeta {
    /// The boxed metadata, or none when both fields are absent (most events carry none; a
    /// box keeps every event small).
    #[inline(never)]
    pub(crate) fn boxed(recorded_by: Option<String>, document: Option<String>) -> Option<Box<EventMeta>> {
        if recorded_by.is_none() && document.is_none() {
            None
        } else {
            Some(Box::new(EventMeta { recorded_by, document }))
        }
    }

    pub(crate) fn text_len(&self) -> usize {
        let EventMeta { recorded_by, document } = self;
        recorded_by.text_len().max(document.text_len())
    }
}

/// The fields every event may carry (`recorded_by`, `document`), read once for every type.
#[inline(never)]
pub(crate) fn common(
    value: &crate::json_read::Value,
) -> Result<(Option<String>, Option<String>), crate::json_input::ShapeError> {
    let get = |key: &str| match value.get(key) {
        None => Ok(None),
        Some(v) => <Option<String> as FromJson>::from_tree(v).map_err(|e| e.at(key)),
    };
    Ok((get("recorded_by")?, get("document")?))
}

fn default_true() -> bool {
    true
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_true(b: &bool) -> bool {
    *b
}

#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// 第十四条: the grounds for ledgering a need that does not meet the 三张清单 rules.
///
/// # Example
/// ```
/// use fuling_rules::{ErrorCode, Project, ProjectKind, State};
/// let mut p = Project::new("FL-2025-017", ProjectKind::Development);
/// let request = |basis: &str| {
///     format!(r#"{{"type": "ledger_exception_requested", "date": "2025-04-01", "ground": "municipal_assessment", "basis": "{basis}"}}"#)
/// };
/// // 第十四条: the exception names the assessment it relies on.
/// assert_eq!(p.apply_json(&request(" ")).unwrap_err().code(), ErrorCode::ExceptionBasisRequired);
/// p.apply_json(&request("纳入2025年市级数字重庆建设考核"))?;
/// assert_eq!(p.state(), State::ExceptionRequested);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionGround {
    /// 贯彻落实党中央、国务院、市委、市政府决策部署.
    CentralDecision,
    /// 纳入市级以上考核.
    MunicipalAssessment,
}

/// 第十九条(三)(五): the deadline whose miss leads to an adjustment.
///
/// # Example
/// ```
/// use fuling_rules::{ErrorCode, Project, ProjectKind, State};
/// let mut p = Project::new("FL-2025-042", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "100万元"}"#)?;
/// for t in ["lead_department_reviewed", "preliminary_funding_plan_set"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-01"}}"#))?;
/// }
/// p.apply_json(r#"{"type": "development_plan_submitted", "date": "2025-09-01", "amount": "100万元"}"#)?;
/// for t in ["preliminary_review_passed", "joint_review_organised"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-01"}}"#))?;
/// }
/// p.apply_json(r#"{"type": "approved", "date": "2025-09-26"}"#)?;
/// // 第十九条(五): development should start within 60 working days of 09-26, i.e. by 2025-12-25.
/// let adjust = |date: &str| {
///     format!(r#"{{"type": "project_adjusted", "date": "{date}", "reason": "development_start_overdue", "leading_group_consent": "领导小组2025年第9次会议"}}"#)
/// };
/// assert_eq!(p.apply_json(&adjust("2025-12-25")).unwrap_err().code(), ErrorCode::TransitionNotAllowed);
/// p.apply_json(&adjust("2025-12-26"))?;
/// assert_eq!(p.state(), State::Adjusted);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AdjustmentReason {
    /// 第十九条(三): the development plan was not submitted within 60 working days.
    DevelopmentPlanOverdue,
    /// 第十九条(五): development did not start within 60 working days of the approval.
    DevelopmentStartOverdue,
}

impl AdjustmentReason {
    /// The article.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::AdjustmentReason, Art};
    /// assert_eq!(AdjustmentReason::DevelopmentPlanOverdue.article(), Art::new(19).item(3));
    /// assert_eq!(AdjustmentReason::DevelopmentStartOverdue.article(), Art::new(19).item(5));
    /// ```
    pub const fn article(self) -> Citation {
        match self {
            AdjustmentReason::DevelopmentPlanOverdue => Art::new(19).item(3),
            AdjustmentReason::DevelopmentStartOverdue => Art::new(19).item(5),
        }
    }
}

/// 第二十六条: how development or O&M is delivered.
///
/// # Example
/// ```
/// use fuling_rules::{process::DeliveryMode, Event};
/// let e = Event::from_json_str(r#"{"type": "development_started", "date": "2026-01-04", "mode": "self_development"}"#)?;
/// assert_eq!(e, Event::DevelopmentStarted { date: e.date(), meta: Default::default(), mode: DeliveryMode::SelfDevelopment });
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    /// 自主完成: by the department itself.
    SelfDevelopment,
    /// 向第三方采购: third-party services procured.
    Procurement,
}

/// 第三十一条: the documents testing and joint debugging must produce.
///
/// # Example
/// ```
/// use fuling_rules::{process::TestingDocument, ErrorCode, Project, ProjectKind, State};
/// let mut p = Project::new("FL-2025-034", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-01-06"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "100万元"}"#)?;
/// for t in ["lead_department_reviewed", "preliminary_funding_plan_set"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-01-06"}}"#))?;
/// }
/// p.apply_json(r#"{"type": "development_plan_submitted", "date": "2025-01-06", "amount": "100万元"}"#)?;
/// for t in ["preliminary_review_passed", "joint_review_organised", "approved"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-01-06"}}"#))?;
/// }
/// p.apply_json(r#"{"type": "development_started", "date": "2025-01-10", "mode": "procurement"}"#)?;
/// let tested = |docs: &[TestingDocument]| {
///     format!(r#"{{"type": "testing_completed", "date": "2025-03-03", "documents": {}}}"#, serde_json::to_string(docs).unwrap())
/// };
/// // 第三十一条: no 联调记录, no testing completed.
/// let three = &TestingDocument::ALL[..3];
/// assert_eq!(p.apply_json(&tested(three)).unwrap_err().code(), ErrorCode::ConditionsNotMet);
/// p.apply_json(&tested(&TestingDocument::ALL))?;
/// assert_eq!(p.state(), State::Tested);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
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
    ///
    /// # Example
    /// ```
    /// use fuling_rules::process::TestingDocument;
    /// let names: Vec<&str> = TestingDocument::ALL.iter().map(|d| d.zh()).collect();
    /// assert_eq!(names, ["测试用例", "测试计划", "测试报告", "联调记录"]); // 第三十一条
    /// ```
    pub const ALL: [TestingDocument; 4] = [
        TestingDocument::TestCases,
        TestingDocument::TestPlan,
        TestingDocument::TestReport,
        TestingDocument::JointDebuggingRecord,
    ];

    /// The Chinese name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::process::TestingDocument;
    /// assert_eq!(TestingDocument::JointDebuggingRecord.zh(), "联调记录");
    /// ```
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
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{process::ExceptionKind, Calendar, ErrorCode, Project, ProjectKind, Ruleset};
/// let mut p = Project::new("FL-2025-029", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-01-06"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "100万元"}"#)?;
/// for t in ["lead_department_reviewed", "preliminary_funding_plan_set"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-01-10"}}"#))?;
/// }
/// p.apply_json(r#"{"type": "development_plan_submitted", "date": "2025-01-10", "amount": "100万元"}"#)?;
/// for t in ["preliminary_review_passed", "joint_review_organised", "approved"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-01-10"}}"#))?;
/// }
/// p.apply_json(r#"{"type": "development_started", "date": "2025-01-10", "mode": "procurement"}"#)?;
/// p.apply_json(r#"{"type": "testing_completed", "date": "2025-03-05",
///     "documents": ["test_cases", "test_plan", "test_report", "joint_debugging_record"]}"#)?;
/// p.apply_json(r#"{"type": "released", "date": "2025-03-05", "channel": "yu_kuai_zheng"}"#)?;
/// p.apply_json(r#"{"type": "trial_run_started", "date": "2025-03-05"}"#)?;
/// // 第三十三条: 76 days is below the 90-day minimum; ending early needs an exception with its basis.
/// let end = |basis: &str| {
///     format!(r#"{{"type": "trial_run_ended", "date": "2025-05-20", "exception": {{"approved_by": "区大数据发展局", "basis": "{basis}"}}}}"#)
/// };
/// assert_eq!(p.apply_json(&end("")).unwrap_err().code(), ErrorCode::ExceptionBasisRequired);
/// p.apply_json(&end("防汛期前须上线"))?;
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 5, 21).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.exceptions[0].kind, ExceptionKind::TrialRunShortened);
/// // The report is due 1 month after the end: Friday 2025-06-20 (after 第七条's catalog entry,
/// // open: the project was loaded without its application record).
/// assert_eq!(s.obligations[1].due, NaiveDate::from_ymd_opt(2025, 6, 20));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrialRunException {
    /// Who approved the exception (may be empty: the text names no approver).
    #[serde(default)]
    pub approved_by: String,
    /// The basis (required, non-empty).
    pub basis: String,
}

/// 第三十八条: a label its lists do not name (each list ends in 等): its name and the item
/// (1, 2 or 3) it falls under, since the item sets what the department must do.
///
/// # Example
/// ```
/// use fuling_rules::{process::OtherLabel, Art};
/// let l: OtherLabel = serde_json::from_str(r#"{"name": "僵尸应用", "item": 1}"#).unwrap();
/// assert_eq!(l.article(), Some(Art::new(38).item(1))); // phase out or merge
/// assert_eq!(OtherLabel { name: "x".into(), item: 4 }.article(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherLabel {
    /// The label's name (non-empty).
    pub name: String,
    /// The item of 第三十八条 (1, 2 or 3).
    pub item: u8,
}

impl OtherLabel {
    /// The item of 第三十八条 the label falls under, if `item` is 1, 2 or 3.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::OtherLabel, Art};
    /// assert_eq!(OtherLabel { name: "低效应用".into(), item: 3 }.article(), Some(Art::new(38).item(3)));
    /// ```
    pub const fn article(&self) -> Option<Citation> {
        match self.item {
            1..=3 => Some(Art::new(38).item(self.item)),
            _ => None,
        }
    }
}

/// Whether a disposal step was done or does not apply.
///
/// # Example
/// ```
/// use fuling_rules::process::{Disposal, StepStatus};
/// // A secret application was never released on 渝快办/渝快政: step 41(4) does not apply.
/// let d: Disposal = serde_json::from_str(r#"{"channels": "not_applicable", "components": "done"}"#).unwrap();
/// assert_eq!((d.channels, d.components), (Some(StepStatus::NotApplicable), Some(StepStatus::Done)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// Done.
    Done,
    /// Not applicable to this application.
    NotApplicable,
}

/// 第四十一条(二): how the historical data was dealt with.
///
/// # Example
/// ```
/// use fuling_rules::process::{Disposal, HistoryData};
/// let d: Disposal = serde_json::from_str(r#"{"history_data": "migrated"}"#).unwrap();
/// assert_eq!(d.history_data, Some(HistoryData::Migrated)); // 41(2) after a merger (第四十条(二))
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HistoryData {
    /// 历史数据归属迁移至新的应用 (required when deregistered for a merger, 第四十条(二)).
    Migrated,
    /// 按照公共数据资源管理相关规定规范妥善处理.
    Handled,
}

/// 第四十一条: the disposal and release of digital resources before deregistration
/// ("应用注销前"). The steps may be stated on `deregistration_applied` and on `deregistered`;
/// every one must be stated by `deregistered`, else it is refused citing the item.
///
/// # Example
/// ```
/// use fuling_rules::{model::Application, records::{ApplicationRecord, ApplicationState}, ErrorCode};
/// let mut app = ApplicationRecord::new(Application { id: "APP-PARKING".into(), ..Default::default() });
/// app.apply_json(r#"{"type": "deregistration_applied", "date": "2025-09-10", "reason": "superseded",
///     "disposal": {"shared_data": "done", "history_data": "handled"}}"#)?;
/// app.apply_json(r#"{"type": "deregistration_approved", "date": "2025-09-12"}"#)?;
/// let complete = |history: &str| {
///     format!(r#"{{"type": "deregistered", "date": "2025-09-15", "disposal":
///         {{"history_data": "{history}", "components": "done", "channels": "not_applicable"}}}}"#)
/// };
/// // 第四十一条(二): merged into another application, the history must move there.
/// assert_eq!(app.apply_json(&complete("handled")).unwrap_err().code(), ErrorCode::ConditionsNotMet);
/// app.apply_json(&complete("migrated"))?;
/// let s = app.status(chrono::NaiveDate::from_ymd_opt(2025, 9, 15).unwrap(), &fuling_rules::Calendar::official(), &fuling_rules::Ruleset::default())?;
/// assert_eq!(s.state, ApplicationState::Deregistered);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
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

impl Disposal {
    /// The steps of `self`, with those `later` states added or restated.
    pub(crate) fn merged(self, later: Disposal) -> Disposal {
        Disposal {
            shared_data: later.shared_data.or(self.shared_data),
            history_data: later.history_data.or(self.history_data),
            components: later.components.or(self.components),
            channels: later.channels.or(self.channels),
        }
    }
}

impl Event {
    /// Parses one event from JSON.
    ///
    /// # Errors
    /// `invalid_json` for malformed JSON, `invalid_input` for a wrong shape
    /// (unknown type, missing or unknown field, bad date).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ErrorCode, Event, EventType};
    /// let e = Event::from_json_str(r#"{"type": "rejected", "date": "2025-10-09", "grounds": ["not_on_platform"]}"#)?;
    /// assert_eq!(e.event_type().article().unwrap().zh(), "第二十三条");
    /// let err = Event::from_json_str(r#"{"type": "rejected", "date": "2025-10-09", "ground": []}"#).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput); // unknown field `ground`
    /// assert_eq!(Event::from_json_str("{").unwrap_err().code(), ErrorCode::InvalidJson);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> crate::Result<Event> {
        crate::json_input::from_str(json)
    }

    /// The event as compact JSON.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::Event;
    /// let json = r#"{"type":"municipal_filing_submitted","date":"2025-10-09"}"#;
    /// let e = Event::from_json_str(json)?;
    /// assert_eq!(e.to_json(), json);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        crate::json_output::to_string(self)
    }
}

/// How an event field counts toward the size limits ([`crate::process::MAX_TEXT_CHARS`],
/// [`crate::process::MAX_LIST_LEN`]). Every field type of an event implements it, and
/// [`Event::max_text_len`] and [`Event::max_list_len`] measure every field: a field of a new
/// type does not compile until it says how it counts, so no free text escapes the limit.
trait Measure {
    /// The longest free text in the field, in characters.
    fn text_len(&self) -> usize;
    /// The longest list in the field.
    fn list_len(&self) -> usize;
}

impl Measure for String {
    fn text_len(&self) -> usize {
        self.chars().count()
    }
    fn list_len(&self) -> usize {
        0
    }
}

impl<T: Measure> Measure for Option<T> {
    fn text_len(&self) -> usize {
        self.as_ref().map_or(0, T::text_len)
    }
    fn list_len(&self) -> usize {
        self.as_ref().map_or(0, T::list_len)
    }
}

impl<T: Measure> Measure for Vec<T> {
    fn text_len(&self) -> usize {
        self.iter().map(T::text_len).max().unwrap_or(0)
    }
    fn list_len(&self) -> usize {
        self.iter().map(T::list_len).fold(self.len(), usize::max)
    }
}

impl Measure for TrialRunException {
    fn text_len(&self) -> usize {
        let TrialRunException { approved_by, basis } = self;
        approved_by.text_len().max(basis.text_len())
    }
    fn list_len(&self) -> usize {
        0
    }
}

impl Measure for OtherLabel {
    fn text_len(&self) -> usize {
        let OtherLabel { name, item: _ } = self;
        name.text_len()
    }
    fn list_len(&self) -> usize {
        0
    }
}

/// The joint-review dossier is measured as JSON (every string and every array).
impl Measure for crate::json_read::Value {
    fn text_len(&self) -> usize {
        match self {
            crate::json_read::Value::String(s) => s.chars().count(),
            crate::json_read::Value::Array(a) => a.iter().map(Measure::text_len).max().unwrap_or(0),
            crate::json_read::Value::Object(o) => o
                .iter()
                .map(|(k, v)| k.chars().count().max(v.text_len()))
                .max()
                .unwrap_or(0),
            crate::json_read::Value::Null | crate::json_read::Value::Bool(_) | crate::json_read::Value::Number(_) => 0,
        }
    }
    fn list_len(&self) -> usize {
        match self {
            crate::json_read::Value::Array(a) => a.iter().map(Measure::list_len).fold(a.len(), usize::max),
            crate::json_read::Value::Object(o) => o.values().map(Measure::list_len).max().unwrap_or(0),
            crate::json_read::Value::Null
            | crate::json_read::Value::Bool(_)
            | crate::json_read::Value::Number(_)
            | crate::json_read::Value::String(_) => 0,
        }
    }
}

impl Measure for Disposal {
    fn text_len(&self) -> usize {
        // Destructured without `..`: a field added to `Disposal` must be looked at here.
        let Disposal {
            shared_data: _,
            history_data: _,
            components: _,
            channels: _,
        } = self;
        0
    }
    fn list_len(&self) -> usize {
        0
    }
}

/// Field types without text or list: they count zero.
macro_rules! measures_nothing {
    ($($ty:ty),* $(,)?) => {$(
        impl Measure for $ty {
            fn text_len(&self) -> usize {
                0
            }
            fn list_len(&self) -> usize {
                0
            }
        }
    )*};
}

measures_nothing!(
    NaiveDate,
    bool,
    Amount,
    DeclarationReason,
    ExceptionGround,
    AdjustmentReason,
    DeliveryMode,
    TestingDocument,
    ReleaseChannel,
    AcceptanceCondition,
    RejectionGround,
    Label,
    DeregistrationReason,
    Role,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_articles_exist() {
        for t in EventType::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::json!(t.as_str()));
            if let Some(a) = t.article() {
                a.validate().unwrap();
            }
        }
        for r in [
            DeregistrationReason::NoLongerNeeded,
            DeregistrationReason::Superseded,
            DeregistrationReason::Stagnant,
            DeregistrationReason::MajorIncident,
            DeregistrationReason::Other,
        ] {
            r.article().validate().unwrap();
        }
    }

    #[test]
    fn json_shape() {
        let e = Event::from_json_str(r#"{"type":"funding_plan_submitted","date":"2025-09-01","amount":"520万元"}"#)
            .unwrap();
        assert_eq!(e.event_type(), EventType::FundingPlanSubmitted);
        let back = Event::from_json_str(&e.to_json()).unwrap();
        assert_eq!(e, back);
        let e = Event::from_json_str(r#"{"type":"approved","date":"2025-09-01"}"#).unwrap();
        assert_eq!(e.to_json(), r#"{"type":"approved","date":"2025-09-01"}"#);
        let err = Event::from_json_str(r#"{"type":"approved","date":"2025-09-01","bogus":1}"#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        let err = Event::from_json_str(r#"{"type":"nope","date":"2025-09-01"}"#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        let err = Event::from_json_str(r#"{"type":"approved","date":"2025-02-30"}"#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        let err = Event::from_json_str(r#"{"type":"approved""#).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidJson);
    }
}
