//! `Project`: the approval and lifecycle process (event-sourced), its status and diagrams.

use crate::calendar::{calendar_of, PyCalendar};
use crate::convert::{Date, Json, JsonText, Plain, Record, Text};
use crate::errors::R;
use crate::ruleset::{ruleset_of, PyRuleset};
use fuling_rules::call::{self, ProjectApplication};
use fuling_rules::model::ProjectKind;
use fuling_rules::records::{ApplicationRecord, MigrationReport};
use fuling_rules::{Event, Process, Project, Status};
use pyo3::prelude::*;

type Cal<'a> = Option<PyRef<'a, PyCalendar>>;
type Rules<'a> = Option<PyRef<'a, PyRuleset>>;

/// The methods of a class: the rows of the core's table (`fuling_rules::for_each_method!`) that
/// every binding has (`all`; the `js` rows are the WASM package's), then the class's own rows
/// (`methods!` syntax, given to the table after the class), in one `#[pymethods]` block. An
/// argument is read by its kind (`kind`, `py_read!`), the options are keyword arguments
/// defaulting to `None`, and the answer is written by its kind (`py_answer!`).
macro_rules! py_methods {
    ([$($head:tt)*] $table:ident { $($rows:tt)* }) => {
        $crate::process::py_methods! { @rows [$($head)*] [] $($rows)* }
    };
    (@rows [$ty:ident = $class:literal { $($own:tt)* } $(plain { $($plain:tt)* })?] [$($done:tt)*]) => {
        methods! { $ty = $class { $($done)* $($own)* } plain { $($($plain)*)? } }
    };
    (@rows $head:tt $done:tt $target:ident $form:ident $f:ident $js:literal [$($feat:literal)?]
        ($($arg:ident $what:literal: $kind:ident $ts:literal),* $(; $($oarg:ident $owhat:literal: $okind:ident $ots:literal),*)?)
        $($opts:ident $ots2:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
        = |$this:pat_param| $call:expr, $($doc:literal)+; $($rest:tt)*) => {
        $crate::process::py_methods! { @form $target $form [$($opts)?] $f [$($arg $kind)*] [$($($opt)*)?] $ans $ret
            |$this| $call => $head $done $($rest)* }
    };
    // By form: a `js` row is skipped; the signature is the arguments, then the options.
    (@form js $($row:tt)*) => { $crate::process::py_methods! { @skip $($row)* } };
    (@form all new [] $f:ident $($row:tt)*) => { $crate::process::py_methods! { @new [#[new]] __new__ $($row)* } };
    (@form all from [] $f:ident $($row:tt)*) => { $crate::process::py_methods! { @new [#[staticmethod]] $f $($row)* } };
    (@form all get [] $($row:tt)*) => { $crate::process::py_methods! { @fn [#[getter]] [&self] $($row)* } };
    (@form all pure [] $($row:tt)*) => { $crate::process::py_methods! { @fn [] [&self] $($row)* } };
    (@form all call [options] $f:ident [$($arg:ident $kind:ident)*] [$($opt:ident)*] $($row:tt)*) => {
        $crate::process::py_methods! { @fn [#[pyo3(signature = ($($arg,)* $($opt = None),*))]] [&self]
            $f [$($arg $kind)*] [$($opt)*] $($row)* }
    };
    (@form all call_mut [keywords] $f:ident [$($arg:ident $kind:ident)*] [$($opt:ident)*] $($row:tt)*) => {
        $crate::process::py_methods! { @fn [#[pyo3(signature = ($($arg,)* *, $($opt = None),*))]] [&mut self]
            $f [$($arg $kind)*] [$($opt)*] $($row)* }
    };
    (@skip $form:ident $o:tt $f:ident $a:tt $op:tt $ans:ident $ret:literal |$this:pat_param| $call:expr
        => $head:tt $done:tt $($rest:tt)*) => {
        $crate::process::py_methods! { @rows $head $done $($rest)* }
    };
    // A constructor or static method answering a new object.
    (@new [$($attr:tt)*] $f:ident [$($arg:ident $kind:ident)*] [] this $ret:literal |$this:pat_param| $call:expr
        => $head:tt [$($done:tt)*] $($rest:tt)*) => {
        $crate::process::py_methods! { @rows $head [$($done)*
            $($attr)*
            fn $f($($arg: $crate::process::kind::$kind<'_>),*) -> R<Self> = {
                $(let $arg = $crate::process::py_read!($kind, $arg);)*
                Ok(Self($call))
            };
        ] $($rest)* }
    };
    // A method or getter of the object (`self.0`).
    (@fn [$($attr:tt)*] [$($recv:tt)*] $f:ident [$($arg:ident $kind:ident)*] [$($opt:ident)*] $ans:ident $ret:literal
        |$this:pat_param| $call:expr => $head:tt [$($done:tt)*] $($rest:tt)*) => {
        $crate::process::py_methods! { @rows $head [$($done)*
            $($attr)*
            fn $f($($recv)*, py: Python<'_>, $($arg: $crate::process::kind::$kind<'_>,)*
                $($opt: $crate::process::kind::$opt<'_>),*) -> R<Py<PyAny>> = {
                $(let $arg = $crate::process::py_read!($kind, $arg);)*
                $(let $opt = &$crate::process::py_read!($opt, $opt);)*
                let $this = $($recv)*.0;
                $crate::process::py_answer!($ans $ret, py, $call)
            };
        ] $($rest)* }
    };
}
pub(crate) use py_methods;

/// The core value of an argument of the table's kind `$kind` (its Python type is `kind::$kind`).
macro_rules! py_read {
    (rulesets, $x:ident) => {
        $x.iter().map(|r| r.0.clone()).collect::<Vec<_>>()
    };
    (calendar, $x:ident) => {
        $crate::calendar::calendar_of(&$x)
    };
    (ruleset, $x:ident) => {
        $crate::ruleset::ruleset_of(&$x)
    };
    ($kind:ident, $x:ident) => {
        $x.0
    };
}
pub(crate) use py_read;

/// The answer of a row as a Python object by its kind: the record class of the table's name
/// (`record`), plain data (`plain`), `None` (`unit`) or the value itself (a `str`, an `int`, ...).
macro_rules! py_answer {
    (record $ret:literal, $py:ident, $v:expr) => {
        Ok(pyo3::IntoPyObjectExt::into_py_any(
            $crate::convert::Record($ret, $v),
            $py,
        )?)
    };
    (unit $ret:literal, $py:ident, $v:expr) => {{
        $v;
        Ok($py.None())
    }};
    (plain $ret:literal, $py:ident, $v:expr) => {
        Ok(pyo3::IntoPyObjectExt::into_py_any($crate::convert::Plain($v), $py)?)
    };
    ($ans:ident $ret:literal, $py:ident, $v:expr) => {
        Ok(pyo3::IntoPyObjectExt::into_py_any($v, $py)?)
    };
}
pub(crate) use py_answer;

/// The Python types of the table's argument kinds (each with a lifetime, for the borrowed ones).
#[allow(non_camel_case_types, dead_code)]
pub(crate) mod kind {
    use crate::convert::{Date, Json, Text};
    use pyo3::PyRef;

    pub type date<'a> = Date;
    pub type json<'a> = Json;
    pub type text<'a> = Text;
    pub type rulesets<'a> = Vec<PyRef<'a, crate::ruleset::PyRuleset>>;
    pub type calendar<'a> = super::Cal<'a>;
    pub type ruleset<'a> = super::Rules<'a>;
}

#[doc = pydoc!("Project")]
#[pyclass(name = "Project", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyProject(pub Project);

fuling_rules::for_each_method!(Project, py_methods, PyProject = "Project" {
    #[new]
    #[pyo3(signature = (id, kind = None))]
    fn __new__(id: Text, kind: Option<Text>) -> R<Self> = {
        let kind = kind.map_or(Ok(ProjectKind::Development), |k| call::named(&k.0))?;
        Ok(PyProject(Project::new(&id.0, kind)))
    };
    #[staticmethod]
    #[pyo3(signature = (data, *, application = None, calendar = None, ruleset = None))]
    fn from_json(data: JsonText, application: Option<&Bound<'_, PyAny>>, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Self> = {
        let record = application.and_then(|a| a.extract::<PyRef<'_, PyApplicationRecord>>().ok());
        let meta = match (&record, application) {
            (None, Some(a)) => Some(a.extract::<Json>()?.0),
            _ => None,
        };
        let app = match (&record, &meta) {
            (Some(r), _) => Some(ProjectApplication::Record(&r.0)),
            (None, m) => m.as_ref().map(ProjectApplication::Metadata),
        };
        Ok(PyProject(call::load_project(&data.0, app, &ruleset_of(&ruleset), calendar_of(&calendar))?))
    };
    #[pyo3(signature = (application, as_of, calendar = None, ruleset = None))]
    fn status_with(&self, application: PyRef<'_, PyApplicationRecord>, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<Status>> =
        Ok(Record("Status", self.0.status_with(&application.0, as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    fn apply_json(&mut self, json: Text) -> R<()> = Ok(self.0.apply_json(&json.0)?);
    #[getter]
    fn kind(&self) -> &'static str = self.0.kind().as_str();
    #[getter]
    fn events(&self) -> Plain<&[Event]> = Plain(self.0.events());
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    #[getter]
    fn amount(&self) -> Option<crate::money::PyAmount> = self.0.amount().map(crate::money::PyAmount);
    #[getter]
    fn origin(&self) -> Plain<Option<fuling_rules::model::application::ProjectOrigin>> = Plain(self.0.origin());
    fn allowed_events(&self) -> Vec<&'static str> =
        Process::allowed_events(self.0.state(), self.0.kind()).into_iter().map(|e| e.as_str()).collect();
    fn to_dict(&self) -> Plain<fuling_rules::ProjectRecord> = Plain(self.0.to_record());
} plain {
    fn __repr__(&self) -> String = format!(
        "Project(id={:?}, kind='{}', state='{}', events={})",
        self.0.id(), self.0.kind().as_str(), self.0.state().as_str(), self.0.events().len()
    );
});

#[doc = pydoc!("ApplicationRecord")]
#[pyclass(name = "ApplicationRecord", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyApplicationRecord(pub ApplicationRecord);

fuling_rules::for_each_method!(ApplicationRecord, py_methods, PyApplicationRecord = "ApplicationRecord" {
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyApplicationRecord(ApplicationRecord::from_json_str(&data.0)?));
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    fn to_dict(&self) -> Plain<&ApplicationRecord> = Plain(&self.0);
} plain {
    fn __repr__(&self) -> String =
        format!("ApplicationRecord(id={:?}, events={})", self.0.application().id, self.0.events.len());
});

functions! {
    fn migrate(records: Vec<JsonText>) -> Plain<MigrationReport> =
        Plain(fuling_rules::records::migrate(&records.iter().map(|r| r.0.as_str()).collect::<Vec<_>>()));
    fn process_mermaid() -> String = Process::mermaid();
    fn process_markdown_table() -> String = Process::markdown_table();
}
