//! `Amount`: money in integer fen; never a float.

use crate::errors::{type_error, IntoPy};
use fuling_rules::{Amount, Error, ErrorCode};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyFloat, PyInt, PyString, PyType};

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

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Whether `obj` is a `decimal.Decimal` (imports `decimal` only when asked).
pub fn is_decimal(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    let py = obj.py();
    let ty = DECIMAL.import(py, "decimal", "Decimal")?;
    obj.is_instance(ty)
}

/// A Decimal in positional notation (`format(d, "f")`), parsed as yuan text.
pub fn decimal_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    obj.call_method1("__format__", ("f",))?.extract()
}

fn from_int(py: Python<'_>, i: &Bound<'_, PyInt>, fen: bool) -> PyResult<Amount> {
    match i.extract::<u64>() {
        Ok(v) if fen => Amount::from_fen(v).py_err(py),
        Ok(v) => Amount::from_yuan(v).py_err(py),
        Err(_) => {
            let unit_zh = if fen { "分" } else { "元" };
            let unit_en = if fen { "fen" } else { "yuan" };
            let err = if i.lt(0i32)? {
                Error::new(
                    ErrorCode::AmountNegative,
                    format!("金额不能为负数:{i} {unit_zh}"),
                    format!("amount must not be negative: {i} {unit_en}"),
                )
            } else {
                Error::new(
                    ErrorCode::AmountOverflow,
                    format!("金额超出范围:{i} {unit_zh}"),
                    format!("amount is out of range: {i} {unit_en}"),
                )
            };
            Err(crate::errors::core_error(py, &err))
        }
    }
}

/// `Amount | int (yuan) | str | Decimal` to an Amount; `float` and `bool` are `TypeError`.
pub fn to_amount(obj: &Bound<'_, PyAny>) -> PyResult<Amount> {
    let py = obj.py();
    if let Ok(a) = obj.cast::<PyAmount>() {
        return Ok(a.get().0);
    }
    if obj.cast::<PyBool>().is_ok() {
        return Err(type_error("expected Amount, int (yuan), str or Decimal, got bool"));
    }
    if let Ok(i) = obj.cast::<PyInt>() {
        return from_int(py, i, false);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Amount::parse(&crate::convert::str_of(s)?).py_err(py);
    }
    if obj.cast::<PyFloat>().is_ok() {
        return Err(type_error(
            "float is not accepted for money (binary floating point cannot hold 0.1 exactly): \
             pass a str such as \"5000000.50\", a decimal.Decimal or an int of yuan",
        ));
    }
    if is_decimal(obj)? {
        return Amount::parse(&decimal_text(obj)?).py_err(py);
    }
    Err(type_error(format!(
        "expected Amount, int (yuan), str or Decimal, got {}",
        obj.get_type().name()?
    )))
}

#[pymethods]
impl PyAmount {
    /// `Amount(value)`: value is an `Amount`, an `int` of yuan, a `str` (as `Amount.parse`) or a `Decimal` of yuan.
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        to_amount(value).map(PyAmount)
    }

    /// Zero.
    #[classattr]
    #[allow(non_snake_case)]
    fn ZERO() -> Self {
        PyAmount(Amount::ZERO)
    }

    /// The largest amount, 99,999,999,999,999.99 yuan.
    #[classattr]
    #[allow(non_snake_case)]
    fn MAX() -> Self {
        PyAmount(Amount::MAX)
    }

    /// 5,000,000.00 yuan (500万元), the Art. 20 threshold.
    #[classattr]
    #[allow(non_snake_case)]
    fn FIVE_MILLION_YUAN() -> Self {
        PyAmount(Amount::FIVE_MILLION_YUAN)
    }

    /// Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.
    ///
    /// Raises `AmountError` (`amount_empty`, `amount_malformed`, `amount_negative`,
    /// `amount_too_precise`, `amount_overflow`).
    #[staticmethod]
    fn parse(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let Ok(s) = text.cast::<PyString>() else {
            return Err(type_error(format!("expected str, got {}", text.get_type().name()?)));
        };
        Amount::parse(&crate::convert::str_of(s)?).py_err(py).map(PyAmount)
    }

    /// An amount of `fen` 分 (an int).
    #[staticmethod]
    fn from_fen(py: Python<'_>, fen: &Bound<'_, PyAny>) -> PyResult<Self> {
        if fen.cast::<PyBool>().is_ok() {
            return Err(type_error("expected int, got bool"));
        }
        let Ok(i) = fen.cast::<PyInt>() else {
            return Err(type_error(format!("expected int, got {}", fen.get_type().name()?)));
        };
        from_int(py, i, true).map(PyAmount)
    }

    /// An amount of yuan: `int`, `Decimal` or `str`; `float` is rejected with `TypeError`.
    #[staticmethod]
    fn from_yuan(yuan: &Bound<'_, PyAny>) -> PyResult<Self> {
        to_amount(yuan).map(PyAmount)
    }

    /// The amount in fen (an int).
    #[getter]
    fn fen(&self) -> u64 {
        self.0.fen()
    }

    /// Canonical yuan string, e.g. `"5000000.00"` (the JSON form).
    fn to_yuan_string(&self) -> String {
        self.0.to_yuan_string()
    }

    /// 中文大写, e.g. `人民币伍佰万元整`.
    fn to_chinese_uppercase(&self) -> String {
        self.0.to_chinese_uppercase()
    }

    /// The amount in yuan as an exact `decimal.Decimal`.
    fn to_decimal<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        DECIMAL
            .import(py, "decimal", "Decimal")?
            .call1((self.0.to_yuan_string(),))
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Amount('{}')", self.0.to_yuan_string())
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().into_any(), (slf.get().0.to_yuan_string(),)))
    }
}
