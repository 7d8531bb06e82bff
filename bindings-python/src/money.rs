//! `Amount`: money in integer fen; never a float.

use crate::classes::PyAmount;
use crate::convert::{decimal, fen as fen_amount, AmountArg};
use crate::errors::R;
use crate::table::py_methods;
use fuling_rules::Amount;
use pyo3::prelude::*;

fuling_rules::for_each_method!(Amount, py_methods, PyAmount = "Amount" {
    #[new]
    fn __new__(value: AmountArg) -> Self = PyAmount(value.0);
    #[classattr]
    #[allow(non_snake_case)]
    fn ZERO() -> Self = PyAmount(Amount::ZERO);
    #[classattr]
    #[allow(non_snake_case)]
    fn MAX() -> Self = PyAmount(Amount::MAX);
    #[classattr]
    #[allow(non_snake_case)]
    fn FIVE_MILLION_YUAN() -> Self = PyAmount(Amount::FIVE_MILLION_YUAN);
    #[staticmethod]
    fn from_fen(fen: &Bound<'_, PyAny>) -> R<Self> = Ok(PyAmount(fen_amount(fen)?));
    #[staticmethod] // (extracted in the body: no "while processing" note)
    fn from_yuan(yuan: &Bound<'_, PyAny>) -> R<Self> = Ok(PyAmount(yuan.extract::<AmountArg>()?.0));
    fn to_decimal<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> = decimal(py, &self.0.to_yuan_string());
} plain {
    fn __str__(&self) -> String = self.0.to_string();
    fn __repr__(&self) -> String = format!("Amount('{}')", self.0.to_yuan_string());
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (String,)) = (slf.get_type().into_any(), (slf.get().0.to_yuan_string(),));
});
