//! The regulation's checklists and JSON Schemas: dicts in, typed reports out. The
//! check functions are generated from the core's table of checks (`for_each_check!`).

use crate::convert::{Json, Plain, Record, Text};
use crate::errors::R;
use fuling_rules::call::Check;
use fuling_rules::checks::run_tree;
use fuling_rules::json_input::Json as Tree;
use pyo3::prelude::*;

fn run(check: Check, input: Json) -> R<Record<Tree>> {
    Ok(Record(check.answer(), run_tree(check.name(), &input.0)?))
}

functions! {
    fn run_check(name: Text, input: Json) -> R<Record<Tree>> = run(Check::from_name(&name.0)?, input);
    fn json_schema(name: Text) -> R<Plain<serde_json::Value>> = Ok(Plain(fuling_rules::schema::json_schema(&name.0)?));
    fn check_names() -> &'static [&'static str] = Check::NAMES;
    fn schema_names() -> &'static [&'static str] = fuling_rules::schema::SCHEMA_NAMES;
}

macro_rules! check_functions {
    ($( $v:ident = $name:literal, $f:ident($arg:ident), $js:literal, $in:ident $ts:literal => $out:literal, [$($art:literal),*], $doc:tt; )*) => {
        $(
            #[doc = $doc]
            #[pyfunction]
            pub fn $f($arg: &Bound<'_, PyAny>) -> R<Record<Tree>> {
                run(Check::$v, labels_as_input(Check::$v, $arg)?)
            }
        )*

        /// Adds every check function to the module.
        pub fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_function(wrap_pyfunction!($f, m)?)?; )*
            Ok(())
        }
    };
}

fuling_rules::for_each_check!(check_functions);

/// `label_actions` also takes a bare list of label names (as `{"labels": [...]}`).
fn labels_as_input(check: Check, input: &Bound<'_, PyAny>) -> R<Json> {
    let list = input.is_instance_of::<pyo3::types::PyList>() || input.is_instance_of::<pyo3::types::PyTuple>();
    if check == Check::LabelActions && list {
        let d = pyo3::types::PyDict::new(input.py());
        d.set_item("labels", input)?;
        return d.as_any().extract();
    }
    input.extract()
}
