//! Batch queries: the calendar's questions over slices of day numbers, for array
//! callers (the Python binding's numpy `datetime64[D]` input).
//!
//! A day number counts days from 1970-01-01 (numpy's `datetime64[D]` as `int64`);
//! [`NAT`] (`i64::MIN`, numpy's `NaT`) is a missing date. Each element is answered
//! exactly as the scalar method answers it ([`Calendar::add_working_days`], …), by index
//! arithmetic on the precomputed tables (a prefix count and a select table), without a
//! walk over the days.
//!
//! # Errors
//! With [`OnError::Raise`] the first bad element stops the batch: a [`BatchError`]
//! naming its position (0-based) and carrying the scalar method's error for it
//! (`calendar_out_of_range` for a date or result outside the coverage), or
//! `invalid_date` for a [`NAT`]. With [`OnError::Missing`] those elements are missing in
//! the output ([`NAT`] or `None`) and the rest are answered. Invalid counts (negative,
//! or beyond 32 bits) and `end < start` are always errors: they are bad input, not
//! dates the calendar lacks.

use super::Calendar;
use crate::error::{Error, ErrorCode};
use crate::message::calendar as m;
use crate::prelude::*;
use crate::whole::{day_count, Whole};
use chrono::{Datelike, NaiveDate};

/// The day number of a missing date: numpy's `NaT` (`i64::MIN`).
///
/// # Example
/// ```
/// use fuling_rules::calendar::{OnError, NAT};
/// use fuling_rules::Calendar;
/// let out = Calendar::official().next_working_day_batch(&[NAT], OnError::Missing)?;
/// assert_eq!(out, [NAT]);
/// # Ok::<(), fuling_rules::calendar::BatchError>(())
/// ```
pub const NAT: i64 = i64::MIN;

/// 1970-01-01 in chrono's days from the common era.
const EPOCH_CE: i64 = 719_163;

/// The day number (days since 1970-01-01) of a date.
pub(crate) fn day_number(date: NaiveDate) -> i32 {
    // Both terms are within ±100 million: no overflow.
    date.num_days_from_ce() - EPOCH_CE as i32
}

/// The date of a day number, when chrono can hold it.
pub(crate) fn date_of(day: i64) -> Option<NaiveDate> {
    day.checked_add(EPOCH_CE)
        .and_then(|ce| i32::try_from(ce).ok())
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// The day counts of a batch: one count for every date, or one per date.
///
/// Counts are `i64` so that a bad one (negative, or beyond `u32`) is reported at its
/// position with the scalar rule's error (`invalid_input`).
///
/// # Example
/// ```
/// use fuling_rules::calendar::{Counts, OnError};
/// use fuling_rules::Calendar;
/// let cal = Calendar::official();
/// // 2025-09-30 as a day number: 20,361 days after 1970-01-01.
/// let one = cal.add_working_days_batch(&[20_361, 20_361], Counts::One(5), OnError::Raise)?;
/// let each = cal.add_working_days_batch(&[20_361, 20_361], Counts::Each(&[5, 5]), OnError::Raise)?;
/// assert_eq!(one, each);
/// # Ok::<(), fuling_rules::calendar::BatchError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts<'a> {
    /// The same count for every date.
    One(i64),
    /// One count per date (as many as there are dates).
    Each(&'a [i64]),
}

/// What a batch does with a missing date ([`NAT`]) or a date (or result) outside the
/// calendar's coverage.
///
/// # Example
/// ```
/// use fuling_rules::calendar::{Counts, OnError, NAT};
/// use fuling_rules::{Calendar, ErrorCode};
/// let cal = Calendar::official();
/// let days = [20_361, 0]; // 2025-09-30, and 1970-01-01 (before the data)
/// let err = cal.add_working_days_batch(&days, Counts::One(5), OnError::Raise).unwrap_err();
/// assert_eq!((err.position, err.error.code()), (1, ErrorCode::CalendarOutOfRange));
/// let out = cal.add_working_days_batch(&days, Counts::One(5), OnError::Missing)?;
/// assert_eq!(out[1], NAT);
/// # Ok::<(), fuling_rules::calendar::BatchError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnError {
    /// Stop at the first such element with a [`BatchError`] (the default).
    #[default]
    Raise,
    /// Answer it as missing ([`NAT`] or `None`) and go on.
    Missing,
}

/// A batch query whose answers are dates ([`Calendar::dates_batch_into`]).
///
/// # Example
/// ```
/// use fuling_rules::calendar::{Counts, DateQuery, OnError};
/// use fuling_rules::Calendar;
/// let cal = Calendar::official();
/// let mut out = [0i64; 1];
/// // 2025-10-01 (day 20,362), a holiday: the next working day is 2025-10-09 (day 20,370).
/// cal.dates_batch_into(DateQuery::NextWorkingDay, &[20_362], Counts::One(0), OnError::Raise, &mut out)?;
/// assert_eq!(out, [20_370]);
/// # Ok::<(), fuling_rules::calendar::BatchError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateQuery {
    /// [`Calendar::add_working_days`].
    AddWorkingDays,
    /// [`Calendar::sub_working_days`].
    SubWorkingDays,
    /// [`Calendar::next_working_day`].
    NextWorkingDay,
    /// [`Calendar::previous_working_day`].
    PreviousWorkingDay,
}

/// The first failing element of a batch: its position (0-based) and its error (the
/// scalar method's error for that element). [`BatchError::into_error`] (and `Display`)
/// name the position in the messages.
///
/// # Example
/// ```
/// use fuling_rules::calendar::{Counts, OnError};
/// use fuling_rules::{Calendar, ErrorCode};
/// let err = Calendar::official()
///     .add_working_days_batch(&[20_361, 20_361], Counts::Each(&[5, -1]), OnError::Missing)
///     .unwrap_err();
/// assert_eq!((err.position, err.error.code()), (1, ErrorCode::InvalidInput));
/// assert!(err.into_error().message_en().starts_with("at position 1: "));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchError {
    /// The 0-based position of the element.
    pub position: usize,
    /// The element's error (the scalar method's for it).
    pub error: Error,
}

impl BatchError {
    fn new(position: usize, error: Error) -> Self {
        BatchError { position, error }
    }

    /// The error with the position at the start of both messages (`at position 3: …`,
    /// `第 3 项(从 0 起):…`); same code and article.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::calendar::OnError;
    /// use fuling_rules::{Calendar, ErrorCode};
    /// let err = Calendar::official().is_working_day_batch(&[20_361, 0], OnError::Raise).unwrap_err();
    /// let e = err.into_error(); // day 0 is 1970-01-01, before the data
    /// assert_eq!(e.code(), ErrorCode::CalendarOutOfRange);
    /// assert!(e.message_en().starts_with("at position 1: date 1970-01-01 is outside"));
    /// ```
    pub fn into_error(self) -> Error {
        let (p, e) = (self.position, self.error);
        let out = Error::msg(e.code(), m::BATCH_AT_POSITION, &[&p, &e.message_zh(), &e.message_en()]);
        match e.article() {
            Some(a) => out.with_article(a),
            None => out,
        }
    }
}

impl core::fmt::Display for BatchError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.clone().into_error().fmt(f)
    }
}

impl core::error::Error for BatchError {}

impl From<BatchError> for Error {
    fn from(e: BatchError) -> Error {
        e.into_error()
    }
}

/// The result of a batch.
type Batch<T> = core::result::Result<Vec<T>, BatchError>;

fn nat_error() -> Error {
    Error::msg(ErrorCode::InvalidDate, m::DATE_MISSING_NAT, &[])
}

fn count_error(n: i64) -> Error {
    day_count(Whole::Text(&n.to_string()))
        .err()
        .unwrap_or_else(|| Error::msg(ErrorCode::InvalidInput, m::DAY_COUNT_INVALID, &[]))
}

/// Whether a count breaks the scalar rule (a non-negative `u32`).
#[inline]
fn bad_count(n: i64) -> bool {
    u32::try_from(n).is_err()
}

impl<'a> Counts<'a> {
    /// The count of element `i`.
    #[inline]
    fn at(&self, i: usize) -> i64 {
        match self {
            Counts::One(n) => *n,
            Counts::Each(ns) => ns.get(i).copied().unwrap_or(0),
        }
    }
}

impl Calendar {
    /// Index of day number `day` in the tables, if covered.
    #[inline]
    fn day_index(&self, day: i64) -> Option<usize> {
        let first = i64::from(self.inner.first_ce) - EPOCH_CE;
        usize::try_from(day.wrapping_sub(first))
            .ok()
            .filter(|&i| i < self.inner.prefix.len())
    }

    /// The error of element `i` (day `day`): the scalar method's error for it, or
    /// the out-of-range error of a day chrono cannot hold.
    #[cold]
    fn element_error(&self, i: usize, day: i64, scalar: impl FnOnce(NaiveDate) -> Option<Error>) -> BatchError {
        if day == NAT {
            return BatchError::new(i, nat_error());
        }
        let error = match date_of(day) {
            Some(d) => scalar(d).unwrap_or_else(|| self.out_of_range(d)),
            None => {
                let c = self.inner.coverage;
                Error::msg(
                    ErrorCode::CalendarOutOfRange,
                    m::DAY_NUMBER_OUT_OF_RANGE,
                    &[&day, &c.first, &c.last],
                )
            }
        };
        BatchError::new(i, error)
    }

    /// `f(day, n)` over the dates and counts into `out`, for date answers ([`NAT`] where
    /// `f` has none). The loop has no error branch: errors are found afterwards by a scan.
    #[inline]
    fn dates_into(
        &self,
        days: &[i64],
        counts: Counts<'_>,
        on_error: OnError,
        out: &mut [i64],
        f: impl Fn(&Self, i64, u32) -> i64,
        scalar: impl Fn(&Self, NaiveDate, u32) -> Option<Error>,
    ) -> Result<(), BatchError> {
        check_lengths(days.len(), out.len())?;
        let mut missing = false;
        match counts {
            Counts::One(n) => match u32::try_from(n) {
                Ok(n) => {
                    for (o, &d) in out.iter_mut().zip(days) {
                        *o = f(self, d, n);
                        missing |= *o == NAT;
                    }
                }
                Err(_) => {
                    out.fill(NAT);
                    missing = true;
                }
            },
            Counts::Each(ns) => {
                check_lengths(days.len(), ns.len())?;
                for (o, (&d, &n)) in out.iter_mut().zip(days.iter().zip(ns)) {
                    *o = u32::try_from(n).map_or(NAT, |n| f(self, d, n));
                    missing |= *o == NAT;
                }
            }
        }
        if !missing {
            return Ok(());
        }
        let first_bad = match on_error {
            OnError::Raise => out.iter().position(|&d| d == NAT),
            OnError::Missing => match counts {
                Counts::One(n) => (bad_count(n) && !days.is_empty()).then_some(0),
                Counts::Each(ns) => ns.iter().position(|&n| bad_count(n)),
            },
        };
        match first_bad {
            None => Ok(()),
            Some(p) => {
                let n = counts.at(p);
                Err(match u32::try_from(n) {
                    Err(_) => BatchError::new(p, count_error(n)),
                    Ok(n) => {
                        let day = days.get(p).copied().unwrap_or(NAT);
                        self.element_error(p, day, |d| scalar(self, d, n))
                    }
                })
            }
        }
    }

    /// One of the date queries over day numbers, written into `out` (as long as `days`):
    /// the form of [`Calendar::add_working_days_batch`] and its siblings that allocates
    /// nothing, for callers that own the output buffer (the Python binding writes into
    /// the bytes numpy will view). [`DateQuery::NextWorkingDay`] and
    /// [`DateQuery::PreviousWorkingDay`] ignore `counts`.
    ///
    /// # Errors
    /// As [`Calendar::add_working_days_batch`]; `invalid_input` when `out` has another
    /// length than `days`. On error `out` holds partial answers.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::calendar::{Counts, DateQuery, OnError};
    /// use fuling_rules::Calendar;
    /// let mut out = [0i64; 2];
    /// // 2025-09-30 (day 20,361) + 5 working days = 2025-10-14 (day 20,375), over National Day.
    /// Calendar::official().dates_batch_into(DateQuery::AddWorkingDays, &[20_361, 20_361], Counts::Each(&[5, 0]), OnError::Raise, &mut out)?;
    /// assert_eq!(out, [20_375, 20_361]);
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn dates_batch_into(
        &self,
        query: DateQuery,
        days: &[i64],
        counts: Counts<'_>,
        on_error: OnError,
        out: &mut [i64],
    ) -> Result<(), BatchError> {
        let next = |c: &Self, day: i64, _: u32| match c.working_at(day) {
            Some(true) => day,
            Some(false) => c.add_one(day, 1),
            None => NAT,
        };
        let previous = |c: &Self, day: i64, _: u32| match c.working_at(day) {
            Some(true) => day,
            Some(false) => c.sub_one(day, 1),
            None => NAT,
        };
        let zero = Counts::One(0);
        match query {
            DateQuery::AddWorkingDays => self.dates_into(days, counts, on_error, out, Self::add_one, |c, d, n| {
                c.add_working_days(d, n).err()
            }),
            DateQuery::SubWorkingDays => self.dates_into(days, counts, on_error, out, Self::sub_one, |c, d, n| {
                c.sub_working_days(d, n).err()
            }),
            DateQuery::NextWorkingDay => {
                self.dates_into(days, zero, on_error, out, next, |c, d, _| c.next_working_day(d).err())
            }
            DateQuery::PreviousWorkingDay => self.dates_into(days, zero, on_error, out, previous, |c, d, _| {
                c.previous_working_day(d).err()
            }),
        }
    }

    fn dates_batch(&self, query: DateQuery, days: &[i64], counts: Counts<'_>, on_error: OnError) -> Batch<i64> {
        let mut out = vec![0; days.len()];
        self.dates_batch_into(query, days, counts, on_error, &mut out)?;
        Ok(out)
    }

    /// The `n`-th working day after `day`, or [`NAT`].
    #[inline]
    fn add_one(&self, day: i64, n: u32) -> i64 {
        let Some(i) = self.day_index(day) else { return NAT };
        if n == 0 {
            return day;
        }
        let before = self.inner.prefix.get(i).map_or(0, |&p| p as usize); // working days through `day`
        let k = before + n as usize - 1; // 0-based rank of the answer
        self.inner.working_days.get(k).map_or(NAT, |&d| i64::from(d))
    }

    /// The `n`-th working day before `day`, or [`NAT`].
    #[inline]
    fn sub_one(&self, day: i64, n: u32) -> i64 {
        let Some(i) = self.day_index(day) else { return NAT };
        if n == 0 {
            return day;
        }
        let here = self.inner.working.get(i).map_or(0, |&w| usize::from(w));
        let through = self.inner.prefix.get(i).map_or(0, |&p| p as usize);
        // Working days strictly before `day`, minus n: the 0-based rank of the answer.
        match through.checked_sub(here).and_then(|b| b.checked_sub(n as usize)) {
            Some(k) => self.inner.working_days.get(k).map_or(NAT, |&d| i64::from(d)),
            None => NAT,
        }
    }

    #[inline]
    fn working_at(&self, day: i64) -> Option<bool> {
        self.inner.working.get(self.day_index(day)?).copied()
    }

    /// [`Calendar::add_working_days`] over day numbers: for each date, the `n`-th working
    /// day strictly after it.
    ///
    /// # Properties
    /// Each answer equals the scalar method's; O(1) per element (a prefix lookup and a
    /// select); the output has one day number per input date, in order.
    ///
    /// # Errors
    /// A [`BatchError`] at the first bad element (see [`OnError`]): `calendar_out_of_range`,
    /// `invalid_date` for a [`NAT`] (unless [`OnError::Missing`]); `invalid_input` for a
    /// negative or too large count, or [`Counts::Each`] of another length than the dates.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::calendar::{Counts, OnError};
    /// use fuling_rules::Calendar;
    /// let cal = Calendar::official();
    /// let day = |s: &str| (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days();
    /// // National Day 2025: 10-01..10-08 off, Saturday 10-11 worked.
    /// let out = cal.add_working_days_batch(&[day("2025-09-30"), day("2025-09-26")], Counts::Each(&[5, 1]), OnError::Raise)?;
    /// assert_eq!(out, [day("2025-10-14"), day("2025-09-28")]); // Sunday 09-28 worked (调休)
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn add_working_days_batch(&self, days: &[i64], counts: Counts<'_>, on_error: OnError) -> Batch<i64> {
        self.dates_batch(DateQuery::AddWorkingDays, days, counts, on_error)
    }

    /// [`Calendar::sub_working_days`] over day numbers: for each date, the `n`-th working
    /// day strictly before it.
    ///
    /// # Errors
    /// As [`Calendar::add_working_days_batch`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::calendar::{Counts, OnError};
    /// use fuling_rules::Calendar;
    /// let day = |s: &str| (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days();
    /// // Spring Festival 2026: 02-15..02-23 off, Saturday 02-14 worked.
    /// let out = Calendar::official().sub_working_days_batch(&[day("2026-02-24")], Counts::One(1), OnError::Raise)?;
    /// assert_eq!(out, [day("2026-02-14")]);
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn sub_working_days_batch(&self, days: &[i64], counts: Counts<'_>, on_error: OnError) -> Batch<i64> {
        self.dates_batch(DateQuery::SubWorkingDays, days, counts, on_error)
    }

    /// [`Calendar::next_working_day`] over day numbers: the first working day on or after each date.
    ///
    /// # Errors
    /// As [`Calendar::add_working_days_batch`] (no counts).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::calendar::OnError;
    /// use fuling_rules::Calendar;
    /// let day = |s: &str| (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days();
    /// let out = Calendar::official().next_working_day_batch(&[day("2025-10-01"), day("2025-09-30")], OnError::Raise)?;
    /// assert_eq!(out, [day("2025-10-09"), day("2025-09-30")]);
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn next_working_day_batch(&self, days: &[i64], on_error: OnError) -> Batch<i64> {
        self.dates_batch(DateQuery::NextWorkingDay, days, Counts::One(0), on_error)
    }

    /// [`Calendar::previous_working_day`] over day numbers: the last working day on or before each date.
    ///
    /// # Errors
    /// As [`Calendar::add_working_days_batch`] (no counts).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::calendar::OnError;
    /// use fuling_rules::Calendar;
    /// let day = |s: &str| (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days();
    /// let out = Calendar::official().previous_working_day_batch(&[day("2026-02-23")], OnError::Raise)?;
    /// assert_eq!(out, [day("2026-02-14")]); // a Saturday worked before the Spring Festival
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn previous_working_day_batch(&self, days: &[i64], on_error: OnError) -> Batch<i64> {
        self.dates_batch(DateQuery::PreviousWorkingDay, days, Counts::One(0), on_error)
    }

    /// [`Calendar::is_working_day`] over day numbers; `None` for a missing or uncovered
    /// date with [`OnError::Missing`].
    ///
    /// # Errors
    /// With [`OnError::Raise`], the first [`NAT`] (`invalid_date`) or uncovered date
    /// (`calendar_out_of_range`).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::calendar::{OnError, NAT};
    /// use fuling_rules::Calendar;
    /// let day = |s: &str| (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days();
    /// let out = Calendar::official().is_working_day_batch(&[day("2025-09-28"), day("2025-10-08"), NAT], OnError::Missing)?;
    /// assert_eq!(out, [Some(true), Some(false), None]); // a Sunday worked, a National Day holiday
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn is_working_day_batch(&self, days: &[i64], on_error: OnError) -> Batch<Option<bool>> {
        let out: Vec<Option<bool>> = days.iter().map(|&d| self.working_at(d)).collect();
        if on_error == OnError::Raise {
            if let Some(p) = out.iter().position(Option::is_none) {
                let day = days.get(p).copied().unwrap_or(NAT);
                return Err(self.element_error(p, day, |d| self.is_working_day(d).err()));
            }
        }
        Ok(out)
    }

    /// [`Calendar::working_days_between`] over pairs of day numbers: for each pair, the
    /// number of working days `d` with `start < d <= end`; `None` for a missing or
    /// uncovered date with [`OnError::Missing`].
    ///
    /// # Errors
    /// A [`BatchError`] at the first bad pair: `invalid_input` when the slices differ in
    /// length or `end < start` (always); with [`OnError::Raise`], `invalid_date` for a
    /// [`NAT`] and `calendar_out_of_range` for an uncovered date.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::calendar::OnError;
    /// use fuling_rules::Calendar;
    /// let day = |s: &str| (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days();
    /// let cal = Calendar::official();
    /// // 10-09, 10-10, Saturday 10-11, 10-13, 10-14; then Saturday 02-14 and Tuesday 02-24.
    /// let out = cal.working_days_between_batch(
    ///     &[day("2025-09-30"), day("2026-02-13")],
    ///     &[day("2025-10-14"), day("2026-02-24")],
    ///     OnError::Raise,
    /// )?;
    /// assert_eq!(out, [Some(5), Some(2)]);
    /// # Ok::<(), fuling_rules::calendar::BatchError>(())
    /// ```
    pub fn working_days_between_batch(&self, starts: &[i64], ends: &[i64], on_error: OnError) -> Batch<Option<u32>> {
        check_lengths(starts.len(), ends.len())?;
        let count = |k: usize| self.inner.prefix.get(k).copied().unwrap_or(0);
        let out: Vec<Option<u32>> = starts
            .iter()
            .zip(ends)
            .map(|(&a, &b)| match (self.day_index(a), self.day_index(b)) {
                (Some(ia), Some(ib)) if ib >= ia => Some(count(ib) - count(ia)),
                _ => None,
            })
            .collect();
        let reversed = |a: i64, b: i64| a != NAT && b != NAT && b < a;
        let first_bad = out
            .iter()
            .zip(starts.iter().zip(ends))
            .position(|(o, (&a, &b))| o.is_none() && (on_error == OnError::Raise || reversed(a, b)));
        let Some(p) = first_bad else { return Ok(out) };
        let (a, b) = (
            starts.get(p).copied().unwrap_or(NAT),
            ends.get(p).copied().unwrap_or(NAT),
        );
        Err(match (reversed(a, b), date_of(a), date_of(b)) {
            (true, Some(s), Some(e)) => BatchError::new(p, super::end_before_start(s, e)),
            _ => {
                let bad = if self.day_index(a).is_none() { a } else { b };
                self.element_error(p, bad, |d| self.is_working_day(d).err())
            }
        })
    }
}

fn check_lengths(dates: usize, other: usize) -> Result<(), BatchError> {
    if dates == other {
        return Ok(());
    }
    Err(BatchError::new(
        dates.min(other),
        Error::msg(ErrorCode::InvalidInput, m::BATCH_LENGTHS_DIFFER, &[&dates, &other]),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> i64 {
        (NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap() - NaiveDate::default()).num_days()
    }

    /// Every covered day, and a margin outside, against the scalar methods.
    #[test]
    fn batch_equals_scalar_everywhere() {
        let cal = Calendar::official();
        let c = cal.coverage();
        let days: Vec<i64> = (day(&c.first.to_string()) - 40..=day(&c.last.to_string()) + 40).collect();
        for n in [0u32, 1, 2, 5, 60, 400] {
            let add = cal
                .add_working_days_batch(&days, Counts::One(n.into()), OnError::Missing)
                .unwrap();
            let sub = cal
                .sub_working_days_batch(&days, Counts::One(n.into()), OnError::Missing)
                .unwrap();
            for (k, &d) in days.iter().enumerate() {
                let date = date_of(d).unwrap();
                let s = cal.add_working_days(date, n).ok().map(|x| i64::from(day_number(x)));
                assert_eq!(Some(add[k]).filter(|&x| x != NAT), s, "add {date} {n}");
                let s = cal.sub_working_days(date, n).ok().map(|x| i64::from(day_number(x)));
                assert_eq!(Some(sub[k]).filter(|&x| x != NAT), s, "sub {date} {n}");
            }
        }
        let next = cal.next_working_day_batch(&days, OnError::Missing).unwrap();
        let prev = cal.previous_working_day_batch(&days, OnError::Missing).unwrap();
        let work = cal.is_working_day_batch(&days, OnError::Missing).unwrap();
        let ends: Vec<i64> = days.iter().map(|d| d + 17).collect();
        let between = cal.working_days_between_batch(&days, &ends, OnError::Missing).unwrap();
        for (k, &d) in days.iter().enumerate() {
            let date = date_of(d).unwrap();
            let num = |r: crate::Result<NaiveDate>| r.ok().map(|x| i64::from(day_number(x)));
            assert_eq!(Some(next[k]).filter(|&x| x != NAT), num(cal.next_working_day(date)));
            assert_eq!(Some(prev[k]).filter(|&x| x != NAT), num(cal.previous_working_day(date)));
            assert_eq!(work[k], cal.is_working_day(date).ok());
            let e = date_of(ends[k]).unwrap();
            assert_eq!(between[k], cal.working_days_between(date, e).ok());
        }
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn errors_name_the_first_bad_position() {
        let cal = Calendar::official();
        // 2026-12-31 (Thursday) + 2 working days is in 2027: beyond the data.
        let days = [day("2025-09-30"), day("2026-12-31"), day("2030-01-01")];
        let err = cal
            .add_working_days_batch(&days, Counts::One(2), OnError::Raise)
            .unwrap_err();
        assert_eq!((err.position, err.error.code()), (1, ErrorCode::CalendarOutOfRange));
        let scalar = cal.add_working_days(date_of(days[1]).unwrap(), 2).unwrap_err();
        assert_eq!(err.error, scalar);
        assert_eq!(
            err.into_error().message_en(),
            format!("at position 1: {}", scalar.message_en())
        );
        let out = cal
            .add_working_days_batch(&days, Counts::One(2), OnError::Missing)
            .unwrap();
        assert_eq!(out, [day("2025-10-10"), NAT, NAT]); // 10-09, 10-10 after National Day
                                                        // A NaT is invalid_date when raising.
        let err = cal
            .is_working_day_batch(&[day("2025-01-02"), NAT], OnError::Raise)
            .unwrap_err();
        assert_eq!((err.position, err.error.code()), (1, ErrorCode::InvalidDate));
        // Day numbers chrono cannot hold are out of range too.
        let err = cal.next_working_day_batch(&[i64::MAX], OnError::Raise).unwrap_err();
        assert_eq!(err.error.code(), ErrorCode::CalendarOutOfRange);
        // Bad counts and lengths are always errors.
        for ns in [&[1, -1][..], &[1, i64::from(u32::MAX) + 1], &[1]] {
            let err = cal
                .add_working_days_batch(&days[..2], Counts::Each(ns), OnError::Missing)
                .unwrap_err();
            assert_eq!((err.position, err.error.code()), (1, ErrorCode::InvalidInput), "{ns:?}");
        }
        let err = cal
            .working_days_between_batch(&[day("2025-10-14")], &[day("2025-09-30")], OnError::Missing)
            .unwrap_err();
        assert_eq!((err.position, err.error.code()), (0, ErrorCode::InvalidInput));
        let out = cal
            .working_days_between_batch(&[NAT, 0], &[day("2025-09-30"), day("2025-09-30")], OnError::Missing)
            .unwrap();
        assert_eq!(out, [None, None]);
    }
}
