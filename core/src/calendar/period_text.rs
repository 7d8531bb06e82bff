//! Periods in the regulation's own words: "5个工作日内", "不低于90天", "申报前10个工作日".

use super::numerals;
use super::period::{Direction, Period, PeriodKind, PeriodUnit};
use crate::error::{Error, ErrorCode, Result};
use crate::message::calendar as m;
use crate::message::Quoted;
use crate::prelude::*;

/// Words before the number that make a period a minimum duration.
const MINIMUM: [&str; 4] = ["不低于", "不少于", "不短于", "至少"];

fn not_a_period(text: &str) -> Error {
    let shown: String = text.chars().take(40).collect();
    Error::msg(ErrorCode::InvalidInput, m::NOT_A_PERIOD, &[&shown, &Quoted(&shown)])
}

impl Period {
    /// Reads a period as the regulation writes it.
    ///
    /// # Properties
    /// - The count in Arabic digits (half- or full-width) or Chinese numerals: `5`, `６０`,
    ///   `五`, `六十`, `两`.
    /// - The unit: `个工作日` / `工作日` (working days), `个月` (months), `天` / `日` (days).
    /// - `内`, `以内` or `之内` after the unit may be written or not: a deadline either way.
    /// - `不低于` / `不少于` / `不短于` / `至少` before the count: a minimum duration
    ///   ([`PeriodKind::Minimum`]), as Art. 33's "试运行期不低于90天".
    /// - `前` before the count, after what it is counted from (`申报前`, `提前`): counted
    ///   backward ([`Direction::Before`]), as Art. 24's "申报前10个工作日".
    /// - Spaces are ignored.
    ///
    /// # Errors
    /// `invalid_input` for text that is not a period, naming the forms expected;
    /// `invalid_period` for a count above [`super::MAX_PERIOD_COUNT`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ErrorCode, Period};
    /// assert_eq!(Period::parse("5个工作日内")?, Period::working_days(5));
    /// assert_eq!(Period::parse("五个工作日")?, Period::working_days(5));
    /// assert_eq!(Period::parse("60个工作日")?, Period::working_days(60));
    /// assert_eq!(Period::parse("一个月")?, Period::months(1));
    /// assert_eq!(Period::parse("1个月内")?, Period::months(1));
    /// assert_eq!(Period::parse("90天")?, Period::days(90));
    /// assert_eq!(Period::parse("不低于90天")?, Period::days(90).minimum());
    /// assert_eq!(Period::parse("申报前10个工作日")?, Period::working_days(10).before());
    /// assert_eq!("六十个工作日".parse::<Period>()?, Period::working_days(60));
    /// let err = Period::parse("尽快").unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput);
    /// assert!(err.message_en().contains("expected text such as 5个工作日内"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Period> {
        let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let mut rest = t.as_str();
        for suffix in ["以内", "之内", "内"] {
            if let Some(r) = rest.strip_suffix(suffix) {
                rest = r;
                break;
            }
        }
        let (unit, rest) = [
            ("个工作日", PeriodUnit::WorkingDays),
            ("工作日", PeriodUnit::WorkingDays),
            ("个月", PeriodUnit::Months),
            ("天", PeriodUnit::Days),
            ("日", PeriodUnit::Days),
        ]
        .iter()
        .find_map(|(word, unit)| rest.strip_suffix(*word).map(|r| (*unit, r)))
        .ok_or_else(|| not_a_period(text))?;
        // The count: the longest run of digits or numerals at the end.
        let is_num =
            |c: char| numerals::arabic_digit(c).is_some() || crate::text::has_char("零〇一二两三四五六七八九十百千", c);
        let start = rest
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_num(*c))
            .last()
            .map_or(rest.len(), |(i, _)| i);
        let (before_count, count) = rest.split_at(start);
        let count = numerals::number(count).ok_or_else(|| not_a_period(text))?;
        let mut period = Period {
            unit,
            count,
            direction: Direction::After,
            kind: PeriodKind::Deadline,
        };
        let mut head = crate::text::strip_char(before_count, &['在']).unwrap_or(before_count);
        if let Some(word) = MINIMUM.iter().find(|w| head.starts_with(**w)) {
            period.kind = PeriodKind::Minimum;
            head = head.get(word.len()..).unwrap_or("");
        }
        if let Some(what) = head.strip_suffix("前") {
            // "申报前", "提前", "前": what it is counted back from is a few characters of text.
            if what.chars().count() > 8 || what.chars().any(|c| c.is_ascii_punctuation() || is_num(c)) {
                return Err(not_a_period(text));
            }
            period.direction = Direction::Before;
        } else if !head.is_empty() {
            return Err(not_a_period(text));
        }
        period.validate()?;
        Ok(period)
    }
}

/// Reads the regulation's wording, as [`Period::parse`].
///
/// # Example
/// ```
/// use fuling_rules::Period;
/// let p: Period = "不少于90天".parse()?;
/// assert_eq!(p, Period::days(90).minimum());
/// # Ok::<(), fuling_rules::Error>(())
/// ```
impl core::str::FromStr for Period {
    type Err = Error;

    fn from_str(s: &str) -> Result<Period> {
        Period::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn regulation_wordings() {
        for (text, p) in [
            ("5个工作日内", Period::working_days(5)),
            ("在5个工作日内", Period::working_days(5)),
            ("60个工作日", Period::working_days(60)),
            ("六十个工作日内", Period::working_days(60)),
            ("五个工作日", Period::working_days(5)),
            ("７个工作日", Period::working_days(7)),
            ("10 个工作日", Period::working_days(10)),
            ("1个月内", Period::months(1)),
            ("一个月", Period::months(1)),
            ("两个月以内", Period::months(2)),
            ("90天", Period::days(90)),
            ("九十天", Period::days(90)),
            ("30日内", Period::days(30)),
            ("不低于90天", Period::days(90).minimum()),
            ("至少三个月", Period::months(3).minimum()),
            ("申报前10个工作日", Period::working_days(10).before()),
            ("前十个工作日", Period::working_days(10).before()),
            ("提前5个工作日", Period::working_days(5).before()),
        ] {
            assert_eq!(Period::parse(text).unwrap(), p, "{text}");
        }
    }

    #[test]
    fn not_periods() {
        for text in [
            "",
            "5",
            "工作日",
            "个工作日",
            "5个",
            "5个工作周",
            "五六个工作日",
            "5个工作日后",
            "约5个工作日",
            "{\"unit\":\"days\",\"count\":5}",
            "尽快",
            "前",
            "5,000个工作日",
        ] {
            let e = Period::parse(text).unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidInput, "{text}");
        }
        assert_eq!(Period::parse("99999天").unwrap_err().code(), ErrorCode::InvalidPeriod);
    }

    #[test]
    fn zh_round_trips() {
        for p in [
            Period::working_days(5),
            Period::working_days(10).before(),
            Period::days(90),
            Period::months(1),
        ] {
            assert_eq!(Period::parse(&p.zh()).unwrap(), p);
        }
    }
}
