//! `Ruleset`: every number the regulation sets, each with its article.

use crate::convert::{AmountArg, JsonText, Plain};
use crate::errors::R;
use fuling_rules::Ruleset;
use pyo3::prelude::*;

/// Every number the regulation sets (规则集). `Ruleset()` / `Ruleset.default()`
/// is the draft for comment; `Ruleset.from_json` loads a revised text.
///
/// >>> from fuling_rules import Ruleset
/// >>> r = Ruleset.default()
/// >>> r.id, r.to_dict()["lead_department_review"]
/// ('fuling-draft-for-comment', {'article': {'article': 19, 'item': 2}, 'period': {'count': 5, 'direction': 'after', 'kind': 'deadline', 'unit': 'working_days'}})
/// >>> r.requires_municipal_filing("500万元"), r.requires_municipal_filing("4,999,999.99")
/// (True, False)
#[pyclass(name = "Ruleset", module = "fuling_rules._native", frozen, eq)]
#[derive(Clone, PartialEq, Default)]
pub struct PyRuleset(pub Ruleset);

/// The ruleset argument of functions: `None` means the default.
pub fn ruleset_of(r: &Option<PyRef<'_, PyRuleset>>) -> Ruleset {
    r.as_ref().map(|r| r.0.clone()).unwrap_or_default()
}

methods! { PyRuleset {
    /// `Ruleset()` is the default (draft for comment) ruleset.
    #[new]
    fn new() -> Self = PyRuleset::default();
    /// The draft-for-comment ruleset.
    #[staticmethod]
    fn default() -> Self = PyRuleset(Ruleset::default());
    /// A ruleset from JSON text or a dict (the shape of `to_dict()`); raises
    /// `InputError` (`invalid_json`, `invalid_ruleset`, `unknown_article`).
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyRuleset(Ruleset::from_json_str(&data.0)?));
    /// The identifier reported in results.
    #[getter]
    fn id(&self) -> &str = &self.0.id;
    /// The title of the text the numbers come from.
    #[getter]
    fn title(&self) -> &str = &self.0.title;
    /// Art. 20 under this ruleset: whether `amount` (Amount, int yuan, str or Decimal) needs municipal filing.
    fn requires_municipal_filing(&self, amount: AmountArg) -> bool = self.0.requires_municipal_filing(amount.0);
    /// The JSON form as a dict.
    fn to_dict(&self) -> Plain<&Ruleset> = Plain(&self.0);
    /// The JSON text.
    fn to_json(&self) -> String = serde_json::to_string(&self.0).unwrap_or_default();
    fn __repr__(&self) -> String = format!("Ruleset(id='{}')", self.0.id);
}}

functions! {
    /// Art. 20: whether a development plan of `amount` (Amount, int yuan, str or
    /// Decimal; float rejected) must be filed with the municipal Big Data Bureau
    /// (500万元 inclusive).
    ///
    /// >>> import fuling_rules as fr
    /// >>> fr.requires_municipal_filing("500万元"), fr.requires_municipal_filing(4_999_999)
    /// (True, False)
    fn requires_municipal_filing(amount: AmountArg) -> bool = fuling_rules::requires_municipal_filing(amount.0);
}
