//! Every number the regulation sets, each with its article (规则集).
//!
//! [`Ruleset::default`] is the draft for comment (征求意见稿). The final text may
//! change a number; a revised ruleset loads from JSON ([`Ruleset::from_json_str`])
//! without a new release, and every result reports the ruleset id it used.

use crate::calendar::Period;
use crate::citation::{Art, Citation};
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::money::Amount;

/// A period the regulation sets, with the article that sets it.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{due_date, Art, Calendar, Period, Ruleset};
/// let rule = Ruleset::default().lead_department_review; // 第十九条(二)
/// assert_eq!((rule.period, rule.article), (Period::working_days(5), Art::new(19).item(2)));
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// assert_eq!(due_date(d("2025-09-30"), rule.period, &Calendar::official())?, d("2025-10-14"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeriodRule {
    /// The period.
    pub period: Period,
    /// The article (and item) that sets it.
    pub article: Citation,
}

impl PeriodRule {
    const fn new(period: Period, article: Citation) -> Self {
        PeriodRule { period, article }
    }
}

/// An amount threshold the regulation sets, with its article.
///
/// # Example
/// ```
/// use fuling_rules::{Amount, Art, Ruleset};
/// let rule = Ruleset::default().municipal_filing; // 第二十条
/// assert_eq!(rule.threshold, Amount::parse("500万元")?);
/// assert_eq!(rule.article, Art::new(20));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AmountRule {
    /// The threshold; the rule applies at or above it (含).
    #[schemars(with = "String")]
    pub threshold: Amount,
    /// The article that sets it.
    pub article: Citation,
}

/// Every number the regulation sets.
///
/// # Example
/// ```
/// use fuling_rules::{Amount, Ruleset};
/// let rules = Ruleset::default();
/// assert_eq!(rules.lead_department_review.period.count, 5);
/// assert!(rules.requires_municipal_filing(Amount::parse("500万元")?));
/// assert!(!rules.requires_municipal_filing(Amount::parse("4,999,999.99")?));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ruleset {
    /// Identifier reported in every result's receipt.
    pub id: String,
    /// 第四十五条 "自印发之日起施行": the date the text is in force from; none for the draft,
    /// which has no date. See [`crate::records::Rulesets`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_from: Option<chrono::NaiveDate>,
    /// The text the numbers come from.
    pub title: String,
    /// 第七条: "应用责任部门应当在应用开发和运维项目取得批复文件的7个工作日内……完善应用编目信息".
    pub catalog_completion: PeriodRule,
    /// 第十九条(二): "区级应用牵头部门应在5个工作日内……提出审核意见".
    pub lead_department_review: PeriodRule,
    /// 第十九条(三): "区级应用责任部门应当在60个工作日内完成应用开发方案编制工作".
    pub development_plan_submission: PeriodRule,
    /// 第十九条(四): "区大数据发展局初审通过后,应当在10个工作日内组织……进行联合评审".
    pub joint_review_organisation: PeriodRule,
    /// 第十九条(五): "原则上在取得批复文件之日起60个工作日内启动开发".
    pub development_start: PeriodRule,
    /// 第二十条: "应用开发资金计划在500万元(含)以上的应用开发项目……报市大数据发展局备案".
    pub municipal_filing: AmountRule,
    /// 第二十一条(二): "区级应用牵头部门应在5个工作日内对……运维项目……提出审核意见".
    pub om_lead_department_review: PeriodRule,
    /// 第二十四条: "应在申报前10个工作日向区大数据发展局提出书面初审申请".
    pub preliminary_review_application: PeriodRule,
    /// 第三十三条: "应用的稳定试运行期限原则上不低于90天".
    pub trial_run_minimum: PeriodRule,
    /// 第三十三条: "在结束试运行的1个月内……组织编制应用试运行报告".
    pub trial_run_report: PeriodRule,
    /// 第四十二条: "在市大数据发展局审核通过之日起的5个工作日内完成应用注销".
    pub deregistration_completion: PeriodRule,
}

/// The id of [`Ruleset::default`].
///
/// # Example
/// ```
/// use fuling_rules::{ruleset::DEFAULT_RULESET_ID, Ruleset};
/// assert_eq!(Ruleset::default().id, DEFAULT_RULESET_ID);
/// ```
pub const DEFAULT_RULESET_ID: &str = "fuling-draft-for-comment";

impl Default for Ruleset {
    fn default() -> Self {
        Ruleset {
            id: DEFAULT_RULESET_ID.to_owned(),
            in_force_from: None,
            title: crate::citation::REGULATION_TITLE.to_owned(),
            catalog_completion: PeriodRule::new(Period::working_days(7), Art::new(7)),
            lead_department_review: PeriodRule::new(Period::working_days(5), Art::new(19).item(2)),
            development_plan_submission: PeriodRule::new(Period::working_days(60), Art::new(19).item(3)),
            joint_review_organisation: PeriodRule::new(Period::working_days(10), Art::new(19).item(4)),
            development_start: PeriodRule::new(Period::working_days(60), Art::new(19).item(5)),
            municipal_filing: AmountRule {
                threshold: Amount::FIVE_MILLION_YUAN,
                article: Art::new(20),
            },
            om_lead_department_review: PeriodRule::new(Period::working_days(5), Art::new(21).item(2)),
            preliminary_review_application: PeriodRule::new(Period::working_days(10).before(), Art::new(24)),
            trial_run_minimum: PeriodRule::new(Period::days(90).minimum(), Art::new(33)),
            trial_run_report: PeriodRule::new(Period::months(1), Art::new(33)),
            deregistration_completion: PeriodRule::new(Period::working_days(5), Art::new(42)),
        }
    }
}

impl Ruleset {
    /// Loads a ruleset from JSON (the shape of `serde_json::to_string(&Ruleset::default())`).
    ///
    /// # Errors
    /// `invalid_json` for malformed JSON; `invalid_ruleset` for a wrong shape, a
    /// period above the limit or a citation the regulation text lacks.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ErrorCode, Period, Ruleset};
    /// // A revised text shortens the lead department's review to 3 working days.
    /// let mut v = serde_json::to_value(Ruleset::default()).unwrap();
    /// v["id"] = "fuling-final".into();
    /// v["lead_department_review"]["period"]["count"] = 3.into();
    /// let rules = Ruleset::from_json_str(&v.to_string())?;
    /// assert_eq!(rules.lead_department_review.period, Period::working_days(3));
    /// v["lead_department_review"]["article"]["article"] = 46.into(); // no 第四十六条
    /// assert_eq!(Ruleset::from_json_str(&v.to_string()).unwrap_err().code(), ErrorCode::InvalidRuleset);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<Ruleset> {
        let value = crate::json_input::parse(json)?;
        let rules: Ruleset = crate::json_input::from_tree(&value)
            .map_err(|e| e.into_error(ErrorCode::InvalidRuleset, "规则集内容", "ruleset"))?;
        rules.validate()?;
        Ok(rules)
    }

    /// Every period rule with its field name, in the order of the regulation.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Art, Ruleset};
    /// let rules = Ruleset::default();
    /// let (name, rule) = rules.period_rules()[6];
    /// assert_eq!(name, "preliminary_review_application");
    /// assert_eq!((rule.period.zh(), rule.article), ("前10个工作日".to_string(), Art::new(24)));
    /// ```
    pub fn period_rules(&self) -> [(&'static str, &PeriodRule); 10] {
        [
            ("catalog_completion", &self.catalog_completion),
            ("lead_department_review", &self.lead_department_review),
            ("development_plan_submission", &self.development_plan_submission),
            ("joint_review_organisation", &self.joint_review_organisation),
            ("development_start", &self.development_start),
            ("om_lead_department_review", &self.om_lead_department_review),
            ("preliminary_review_application", &self.preliminary_review_application),
            ("trial_run_minimum", &self.trial_run_minimum),
            ("trial_run_report", &self.trial_run_report),
            ("deregistration_completion", &self.deregistration_completion),
        ]
    }

    /// Checks every period and citation.
    ///
    /// # Errors
    /// `invalid_ruleset`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Art, ErrorCode, Ruleset};
    /// let mut rules = Ruleset::default();
    /// assert!(rules.validate().is_ok());
    /// rules.trial_run_report.article = Art::new(33).item(1); // 第三十三条 has no items
    /// assert_eq!(rules.validate().unwrap_err().code(), ErrorCode::InvalidRuleset);
    /// ```
    pub fn validate(&self) -> Result<()> {
        let bad = |name: &str, e: Error| {
            Error::msg(
                ErrorCode::InvalidRuleset,
                crate::message::misc::RULESET_FIELD_INVALID,
                &[&name, &e.message_zh(), &e.message_en()],
            )
        };
        for (name, rule) in self.period_rules() {
            rule.period.validate().map_err(|e| bad(name, e))?;
            rule.article.validate().map_err(|e| bad(name, e))?;
        }
        self.municipal_filing
            .article
            .validate()
            .map_err(|e| bad("municipal_filing", e))?;
        Ok(())
    }

    /// 第二十条: whether a development funding plan of `amount` must be filed with
    /// the municipal Big Data Bureau (市大数据发展局备案) before the joint review:
    /// true iff `amount` ≥ the threshold (500万元, inclusive: 含).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, Ruleset};
    /// let mut rules = Ruleset::default();
    /// assert!(!rules.requires_municipal_filing(Amount::parse("320万元")?));
    /// rules.municipal_filing.threshold = Amount::parse("300万元")?; // a lowered threshold
    /// assert!(rules.requires_municipal_filing(Amount::parse("320万元")?));
    /// assert!(rules.requires_municipal_filing(Amount::parse("300万元")?)); // 含
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn requires_municipal_filing(&self, amount: Amount) -> bool {
        amount >= self.municipal_filing.threshold
    }
}

/// 第二十条 under the default ruleset: true iff `amount` ≥ 5,000,000.00 yuan (500万元(含)以上).
///
/// # Example
/// ```
/// use fuling_rules::{requires_municipal_filing, Amount};
/// assert!(requires_municipal_filing(Amount::parse("5,000,000.00")?));
/// assert!(requires_municipal_filing(Amount::parse("伍佰万元整")?));
/// assert!(!requires_municipal_filing(Amount::parse("4999999.99")?));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn requires_municipal_filing(amount: Amount) -> bool {
    amount >= Amount::FIVE_MILLION_YUAN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_is_inclusive() {
        // 500万元(含)以上: the boundary itself requires filing.
        let r = Ruleset::default();
        assert!(!r.requires_municipal_filing(Amount::from_fen(499_999_999).unwrap()));
        assert!(r.requires_municipal_filing(Amount::from_fen(500_000_000).unwrap()));
        assert!(r.requires_municipal_filing(Amount::from_fen(500_000_001).unwrap()));
        assert!(!requires_municipal_filing(Amount::from_fen(499_999_999).unwrap()));
        assert!(requires_municipal_filing(Amount::from_fen(500_000_000).unwrap()));
    }

    #[test]
    fn default_round_trips_and_validates() {
        let r = Ruleset::default();
        r.validate().unwrap();
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(Ruleset::from_json_str(&json).unwrap(), r);
    }

    #[test]
    fn revised_numbers_load() {
        let mut v = serde_json::to_value(Ruleset::default()).unwrap();
        v["id"] = "final-text".into();
        v["lead_department_review"]["period"]["count"] = 3.into();
        v["municipal_filing"]["threshold"] = "1000万元".into();
        let r = Ruleset::from_json_str(&v.to_string()).unwrap();
        assert_eq!(r.lead_department_review.period.count, 3);
        assert!(!r.requires_municipal_filing(Amount::parse("500万元").unwrap()));
    }

    #[test]
    fn bad_rulesets_are_typed_errors() {
        assert_eq!(Ruleset::from_json_str("{").unwrap_err().code(), ErrorCode::InvalidJson);
        assert_eq!(
            Ruleset::from_json_str("{}").unwrap_err().code(),
            ErrorCode::InvalidRuleset
        );
        let mut v = serde_json::to_value(Ruleset::default()).unwrap();
        v["catalog_completion"]["article"] = serde_json::json!({"article": 99});
        assert_eq!(
            Ruleset::from_json_str(&v.to_string()).unwrap_err().code(),
            ErrorCode::InvalidRuleset
        );
    }
}
