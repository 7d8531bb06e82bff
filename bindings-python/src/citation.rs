//! `Citation`: an article (and item) of the regulation.

use crate::convert::{Json, Plain};
use crate::errors::{type_error, R};
use fuling_rules::{Citation, Error, ErrorCode};
use pyo3::prelude::*;
use pyo3::types::PyInt;

/// A citation of an article (条) and optionally an item (项) of the regulation.
///
/// >>> from fuling_rules import Citation
/// >>> c = Citation(19, 2)
/// >>> c.zh(), c.en(), c.to_dict()
/// ('第十九条第(二)项', 'Art. 19(2)', {'article': 19, 'item': 2})
/// >>> '5个工作日内' in c.text()
/// True
#[pyclass(name = "Citation", module = "fuling_rules._native", frozen, eq, hash, ord)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyCitation(pub Citation);

/// An article or item number (`unknown_article` when it cannot be one).
fn number(obj: &Bound<'_, PyAny>, what: &str) -> R<u8> {
    if obj.cast::<PyInt>().is_err() {
        return Err(type_error(format!("{what} must be an int")).into());
    }
    let (zh, en) = (
        format!("本办法没有{what} {obj}"),
        format!("the regulation has no {what} {obj}"),
    );
    obj.extract::<u8>()
        .map_err(|_| Error::new(ErrorCode::UnknownArticle, zh, en).into())
}

methods! { PyCitation {
    /// A citation, checked against the embedded text (`unknown_article` otherwise).
    #[new]
    #[pyo3(signature = (article, item = None))]
    fn new(article: &Bound<'_, PyAny>, item: Option<&Bound<'_, PyAny>>) -> R<Self> = {
        let c = Citation::new(number(article, "article")?);
        let c = match item { Some(i) => c.item(number(i, "item")?), None => c };
        c.validate()?;
        Ok(PyCitation(c))
    };
    /// From the JSON form `{"article": 19, "item": 2}` (a dict or JSON text).
    #[staticmethod]
    fn from_dict(data: Json) -> R<Self> = {
        let c: Citation = fuling_rules::call::read(&data.0)?;
        c.validate()?;
        Ok(PyCitation(c))
    };
    /// The article number (第N条).
    #[getter]
    fn article(&self) -> u8 = self.0.article;
    /// The item number (第(N)项), or None for the whole article.
    #[getter]
    fn item(&self) -> Option<u8> = self.0.item;
    /// Chinese form, e.g. `第十九条第(二)项`.
    fn zh(&self) -> String = self.0.zh();
    /// English form, e.g. `Art. 19(2)`.
    fn en(&self) -> String = self.0.en();
    /// The cited text from the embedded regulation.
    fn text(&self) -> Option<&'static str> = self.0.text();
    /// The JSON form as a dict: `{"article": 19, "item": 2}` (no `item` for a whole article).
    fn to_dict(&self) -> Plain<Citation> = Plain(self.0);
    fn __repr__(&self) -> String = match self.0.item {
        Some(i) => format!("Citation({}, {i})", self.0.article),
        None => format!("Citation({})", self.0.article),
    };
    fn __str__(&self) -> String = self.0.en();
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (u8, Option<u8>)) = (slf.get_type().into_any(), (slf.get().0.article, slf.get().0.item));
}}
