//! The error codes and the exception class of each, as module functions.

use crate::convert::Text;
use crate::errors::{class_for, R};
use fuling_rules::{Error, ErrorCode};
use pyo3::prelude::*;

functions! {
    fn error_codes() -> Vec<&'static str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    fn _error_classes(py: Python<'_>) -> PyResult<Vec<(&'static str, String)>> =
        ErrorCode::ALL.iter().map(|c| Ok((c.as_str(), class_for(py, *c).name()?.to_string())))
            .collect();
    fn _raise(code: Text) -> R<()> = {
        let (zh, en) = (format!("测试:{}", code.0), format!("test: {}", code.0));
        Err(match ErrorCode::ALL.iter().find(|c| c.as_str() == code.0) {
            Some(c) => Error::new(*c, zh, en).with_article(fuling_rules::Art::new(20)),
            None => Error::new(ErrorCode::UnknownName, zh, format!("no error code {:?}", code.0)),
        }
        .into())
    };
}
