//! `Ruleset`: every number the regulation sets, each with its article.

use crate::classes::PyRuleset;
use crate::convert::{AmountArg, JsonText, Plain};
use crate::errors::R;
use fuling_rules::Ruleset;
use pyo3::prelude::*;

methods! { PyRuleset = "Ruleset" {
    #[new]
    fn __new__() -> Self = PyRuleset::default();
    #[staticmethod]
    fn default() -> Self = PyRuleset(Ruleset::default());
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyRuleset(Ruleset::from_json_str(&data.0)?));
    #[getter]
    fn id(&self) -> &str = &self.0.id;
    #[getter]
    fn title(&self) -> &str = &self.0.title;
    fn requires_municipal_filing(&self, amount: AmountArg) -> bool = self.0.requires_municipal_filing(amount.0);
    fn to_dict(&self) -> Plain<&Ruleset> = Plain(&self.0);
    fn to_json(&self) -> String = fuling_rules::json_output::to_string(&self.0);
} plain {
    fn __repr__(&self) -> String = format!("Ruleset(id='{}')", self.0.id);
}}

functions! {
    fn requires_municipal_filing(amount: AmountArg) -> bool = fuling_rules::requires_municipal_filing(amount.0);
}
