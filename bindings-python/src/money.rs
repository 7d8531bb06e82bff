//! `Amount`: money in integer fen; never a float.

use crate::convert::{decimal, fen as fen_amount, AmountArg, Text};
use crate::errors::R;
use fuling_rules::Amount;
use pyo3::prelude::*;

/// An amount of money (金额): a non-negative whole number of fen (分). Immutable,
/// ordered, hashable. Built from `int` (yuan), `str` (parsed like `Amount.parse`),
/// `decimal.Decimal` or another `Amount`; a `float` is rejected (binary rounding).
///
/// >>> from fuling_rules import Amount
/// >>> a = Amount.parse("500万元")
/// >>> a == Amount.parse("¥5,000,000.00") == Amount.parse("人民币伍佰万元整") == Amount(5_000_000)
/// True
/// >>> a.fen, a.to_yuan_string(), str(a), a.to_chinese_uppercase()
/// (500000000, '5000000.00', '5,000,000.00 元', '人民币伍佰万元整')
/// >>> a
/// Amount('5000000.00')
#[pyclass(name = "Amount", module = "fuling_rules._native", frozen, eq, ord, hash)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PyAmount(pub Amount);

methods! { PyAmount {
    /// `Amount(value)`: value is an `Amount`, an `int` of yuan, a `str` (as `Amount.parse`) or a `Decimal` of yuan.
    #[new]
    fn new(value: AmountArg) -> Self = PyAmount(value.0);
    /// Zero.
    #[classattr]
    #[allow(non_snake_case)]
    fn ZERO() -> Self = PyAmount(Amount::ZERO);
    /// The largest amount, 99,999,999,999,999.99 yuan.
    #[classattr]
    #[allow(non_snake_case)]
    fn MAX() -> Self = PyAmount(Amount::MAX);
    /// 5,000,000.00 yuan (500万元), the Art. 20 threshold.
    #[classattr]
    #[allow(non_snake_case)]
    fn FIVE_MILLION_YUAN() -> Self = PyAmount(Amount::FIVE_MILLION_YUAN);
    /// Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.
    ///
    /// Raises `AmountError` (`amount_empty`, `amount_malformed`, `amount_negative`,
    /// `amount_too_precise`, `amount_overflow`).
    #[staticmethod]
    fn parse(text: Text) -> R<Self> = Ok(PyAmount(Amount::parse(&text.0)?));
    /// An amount of `fen` 分 (an int).
    #[staticmethod]
    fn from_fen(fen: &Bound<'_, PyAny>) -> R<Self> = Ok(PyAmount(fen_amount(fen)?));
    /// An amount of yuan: `int`, `Decimal` or `str`; `float` is rejected with `TypeError`.
    #[staticmethod] // (extracted in the body: no "while processing" note)
    fn from_yuan(yuan: &Bound<'_, PyAny>) -> R<Self> = Ok(PyAmount(yuan.extract::<AmountArg>()?.0));
    /// The amount in fen (an int).
    #[getter]
    fn fen(&self) -> u64 = self.0.fen();
    /// Canonical yuan string, e.g. `"5000000.00"` (the JSON form).
    fn to_yuan_string(&self) -> String = self.0.to_yuan_string();
    /// 中文大写, e.g. `人民币伍佰万元整`.
    fn to_chinese_uppercase(&self) -> String = self.0.to_chinese_uppercase();
    /// The amount in yuan as an exact `decimal.Decimal`.
    fn to_decimal<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> = decimal(py, &self.0.to_yuan_string());
    fn __str__(&self) -> String = self.0.to_string();
    fn __repr__(&self) -> String = format!("Amount('{}')", self.0.to_yuan_string());
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (String,)) = (slf.get_type().into_any(), (slf.get().0.to_yuan_string(),));
}}
