//! `Citation`: an article (and item) of the regulation.

use crate::classes::PyCitation;
use crate::convert::{Json, Plain};
use crate::errors::{type_error, R};
use fuling_rules::{Citation, Error, ErrorCode};
use pyo3::prelude::*;
use pyo3::types::PyInt;

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

methods! { PyCitation = "Citation" {
    #[new]
    #[pyo3(signature = (article, item = None))]
    fn __new__(article: &Bound<'_, PyAny>, item: Option<&Bound<'_, PyAny>>) -> R<Self> = {
        let c = Citation::new(number(article, "article")?);
        let c = match item { Some(i) => c.item(number(i, "item")?), None => c };
        c.validate()?;
        Ok(PyCitation(c))
    };
    #[staticmethod]
    fn from_dict(data: Json) -> R<Self> = {
        let c: Citation = fuling_rules::call::read(&data.0)?;
        c.validate()?;
        Ok(PyCitation(c))
    };
    #[getter]
    fn article(&self) -> u8 = self.0.article;
    #[getter]
    fn item(&self) -> Option<u8> = self.0.item;
    fn zh(&self) -> String = self.0.zh();
    fn en(&self) -> String = self.0.en();
    fn text(&self) -> Option<&'static str> = self.0.text();
    fn to_dict(&self) -> Plain<Citation> = Plain(self.0);
} plain {
    fn __repr__(&self) -> String = match self.0.item {
        Some(i) => format!("Citation({}, {i})", self.0.article),
        None => format!("Citation({})", self.0.article),
    };
    fn __str__(&self) -> String = self.0.en();
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (u8, Option<u8>)) = (slf.get_type().into_any(), (slf.get().0.article, slf.get().0.item));
}}
