//! `schemas/<name>.json`: one JSON Schema per name in `fuling_rules::schema::SCHEMA_NAMES`.

use crate::{AnyResult, Output};

pub fn outputs() -> AnyResult<Vec<Output>> {
    Ok(fuling_rules::schema::all_schema_files()?
        .into_iter()
        .map(|(name, text)| Output::new(format!("schemas/{name}.json"), text))
        .collect())
}
