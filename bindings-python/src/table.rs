//! The methods of a class from the core's table of methods (`fuling_rules::for_each_method!`):
//! `py_methods!`, the Python types of the table's argument kinds and the answers by kind.

/// The methods of a class: the rows of the core's table (`fuling_rules::for_each_method!`) that
/// every binding has (`all`; the `js` rows are the WASM package's), then the class's own rows
/// (`methods!` syntax, given to the table after the class), in one `#[pymethods]` block. An
/// argument is read by its kind (`kind`, `py_read!`), the options are keyword arguments
/// defaulting to `None`, and the answer is written by its kind (`py_answer!`).
macro_rules! py_methods {
    ([$($head:tt)*] $table:ident { $($rows:tt)* }) => {
        $crate::table::py_methods! { @rows [$($head)*] [] $($rows)* }
    };
    (@rows [$ty:ident = $class:literal { $($own:tt)* } $(plain { $($plain:tt)* })?] [$($done:tt)*]) => {
        methods! { $ty = $class { $($done)* $($own)* } plain { $($($plain)*)? } }
    };
    (@rows $head:tt $done:tt $target:ident $form:ident $f:ident $js:literal [$($feat:literal)?]
        ($($arg:ident $what:literal: $kind:ident $ts:literal),* $(; $($oarg:ident $owhat:literal: $okind:ident $ots:literal),*)?)
        $($opts:ident $ots2:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
        = |$this:pat_param| $call:expr, $($doc:literal)+; $($rest:tt)*) => {
        $crate::table::py_methods! { @form $target $form [$($opts)?] $f [$($arg $kind)*] [$($($opt)*)?] $ans $ret
            |$this| $call => $head $done $($rest)* }
    };
    // By form: a `js` row is skipped; the signature is the arguments, then the options.
    (@form js $($row:tt)*) => { $crate::table::py_methods! { @skip $($row)* } };
    (@form all new [] $f:ident $($row:tt)*) => { $crate::table::py_methods! { @new [#[new]] __new__ $($row)* } };
    (@form all from [] $f:ident $($row:tt)*) => { $crate::table::py_methods! { @new [#[staticmethod]] $f $($row)* } };
    (@form all get [] $($row:tt)*) => { $crate::table::py_methods! { @fn [#[getter]] [&self] $($row)* } };
    (@form all pure [] $($row:tt)*) => { $crate::table::py_methods! { @fn [] [&self] $($row)* } };
    (@form all call [options] $f:ident [$($arg:ident $kind:ident)*] [$($opt:ident)*] $($row:tt)*) => {
        $crate::table::py_methods! { @fn [#[pyo3(signature = ($($arg,)* $($opt = None),*))]] [&self]
            $f [$($arg $kind)*] [$($opt)*] $($row)* }
    };
    (@form all call_mut [keywords] $f:ident [$($arg:ident $kind:ident)*] [$($opt:ident)*] $($row:tt)*) => {
        $crate::table::py_methods! { @fn [#[pyo3(signature = ($($arg,)* *, $($opt = None),*))]] [&mut self]
            $f [$($arg $kind)*] [$($opt)*] $($row)* }
    };
    (@skip $form:ident $o:tt $f:ident $a:tt $op:tt $ans:ident $ret:literal |$this:pat_param| $call:expr
        => $head:tt $done:tt $($rest:tt)*) => {
        $crate::table::py_methods! { @rows $head $done $($rest)* }
    };
    // A constructor or static method answering a new object.
    (@new [$($attr:tt)*] $f:ident [$($arg:ident $kind:ident)*] [] this $ret:literal |$this:pat_param| $call:expr
        => $head:tt [$($done:tt)*] $($rest:tt)*) => {
        $crate::table::py_methods! { @rows $head [$($done)*
            $($attr)*
            fn $f($($arg: $crate::table::kind::$kind<'_>),*) -> R<Self> = {
                $(let $arg = $crate::table::py_read!($kind, $arg);)*
                Ok(Self($call))
            };
        ] $($rest)* }
    };
    // A method or getter of the object (`self.0`).
    (@fn [$($attr:tt)*] [$($recv:tt)*] $f:ident [$($arg:ident $kind:ident)*] [$($opt:ident)*] $ans:ident $ret:literal
        |$this:pat_param| $call:expr => $head:tt [$($done:tt)*] $($rest:tt)*) => {
        $crate::table::py_methods! { @rows $head [$($done)*
            $($attr)*
            fn $f($($recv)*, py: Python<'_>, $($arg: $crate::table::kind::$kind<'_>,)*
                $($opt: $crate::table::kind::$opt<'_>),*) -> R<Py<PyAny>> = {
                $(let $arg = $crate::table::py_read!($kind, $arg);)*
                $(let $opt = &$crate::table::py_read!($opt, $opt);)*
                let $this = $($recv)*.0;
                $crate::table::py_answer!($ans $ret, py, $call)
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
        $crate::classes::calendar_of(&$x)
    };
    (ruleset, $x:ident) => {
        $crate::classes::ruleset_of(&$x)
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
    pub type rulesets<'a> = Vec<PyRef<'a, crate::classes::PyRuleset>>;
    pub type calendar<'a> = crate::classes::Cal<'a>;
    pub type ruleset<'a> = crate::classes::Rules<'a>;
}
