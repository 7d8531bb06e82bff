//! `Ruleset`: every number the regulation sets, each with its article.

use crate::convert::{AmountArg, JsonText, Plain};
use crate::errors::R;
use fuling_rules::Ruleset;
use pyo3::prelude::*;

#[doc = pydoc!("Ruleset")]
#[pyclass(name = "Ruleset", module = "fuling_rules._native", frozen, eq)]
#[derive(Clone, PartialEq, Default)]
pub struct PyRuleset(pub Ruleset);

/// The ruleset argument of functions: `None` means the default.
pub fn ruleset_of(r: &Option<PyRef<'_, PyRuleset>>) -> Ruleset {
    r.as_ref().map(|r| r.0.clone()).unwrap_or_default()
}

methods! { PyRuleset {
    #[doc = pydoc!("Ruleset.__new__")]
    #[new]
    fn new() -> Self = PyRuleset::default();
    #[doc = pydoc!("Ruleset.default")]
    #[staticmethod]
    fn default() -> Self = PyRuleset(Ruleset::default());
    #[doc = pydoc!("Ruleset.from_json")]
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyRuleset(Ruleset::from_json_str(&data.0)?));
    #[doc = pydoc!("Ruleset.id")]
    #[getter]
    fn id(&self) -> &str = &self.0.id;
    #[doc = pydoc!("Ruleset.title")]
    #[getter]
    fn title(&self) -> &str = &self.0.title;
    #[doc = pydoc!("Ruleset.requires_municipal_filing")]
    fn requires_municipal_filing(&self, amount: AmountArg) -> bool = self.0.requires_municipal_filing(amount.0);
    #[doc = pydoc!("Ruleset.to_dict")]
    fn to_dict(&self) -> Plain<&Ruleset> = Plain(&self.0);
    #[doc = pydoc!("Ruleset.to_json")]
    fn to_json(&self) -> String = serde_json::to_string(&self.0).unwrap_or_default();
    fn __repr__(&self) -> String = format!("Ruleset(id='{}')", self.0.id);
}}

functions! {
    #[doc = pydoc!("requires_municipal_filing")]
    fn requires_municipal_filing(amount: AmountArg) -> bool = fuling_rules::requires_municipal_filing(amount.0);
}
