//! The methods of the bindings' classes (`Project`, `ApplicationRecord`, `Portfolio`,
//! `Amount`) by row, for the bindings: one table
//! ([`for_each_method!`](crate::for_each_method)) gives each method's name, its JavaScript
//! name, its arguments and their kinds, its answer's kind, the core call it makes and its
//! description, so a binding writes one reader per argument kind and one writer per answer
//! kind instead of a wrapper per method.

/// The table of class methods: `for_each_method!(Class, m)` calls `$m!` with the rows of
/// `Class` (`Project`, `ApplicationRecord`, `Portfolio` or `Amount`), written
///
/// `[extra] Class { form name "jsName" [feature] (arg "what": kind "TS type", ...)
/// options "TS options type" { option, ... } -> answer "TS answer" = |obj| core call, "doc line" ...; }`
///
/// - `extra` is what the caller passed after the class (`for_each_method!(Class, m, extra)`),
///   e.g. the binding's own methods of that class, to be expanded in the same block.
/// - `feature` is the WASM binding's cargo feature the method needs beyond its class's (or none).
/// - `form`: `new` (the constructor), `from` (a static method answering a new object),
///   `get` (a getter), `pure` (a method that cannot fail), `call` (a method) or `call_mut` (a
///   method that changes the object).
/// - `name` is the Rust and Python name, `jsName` the WASM one.
/// - Each argument's `kind` says how a binding reads it: `date` (an ISO date, a Python
///   `datetime.date`), `json` (a JSON value: an object or its text, read with
///   [`read`](super::read) in the call), `text`, `rulesets` (a list of rulesets). `what`
///   names it in the WASM package's type errors.
/// - The options (absent when the method takes none) are the kinds `calendar` (the official
///   calendar when absent) and `ruleset` (the default ruleset when absent): in JavaScript
///   one options object of the type given; in Python keyword arguments defaulting to
///   `None`, keyword-only when written `keywords` instead of `options`.
/// - `answer`: `this` (an object of the class), `unit`, `text`, `opt_text`, `int` (a
///   64-bit count), `record` (JSON data of the TypeScript type given; a Python record
///   class of that name) or `plain` (JSON data; a Python dict).
/// - The call is an expression of the closure's parameter (the core object; `_` for `new` and
///   `from`) and
///   of the arguments, read as their kinds say (options: `&Calendar`, `&Ruleset`).
/// - The doc lines are the JavaScript doc comment, each as a `///` line would give it (Python's
///   docstrings are in its stubs).
///
/// A method the bindings give with different names, arguments or answers (`Project.fromJson`
/// and `from_json(data, *, application=...)`) is not a row: each binding writes it.
///
/// # Example
/// ```
/// macro_rules! names {
///     ([] $class:ident { $(
///         $form:ident $f:ident $js:literal [$($feat:literal)?] ($($arg:ident $what:literal: $kind:ident $ts:literal),*)
///         $($opts:ident $ots:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
///         = |$this:pat_param| $call:expr, $($doc:literal)+;
///     )* }) => {
///         [$($js),*]
///     };
/// }
/// let names = fuling_rules::for_each_method!(Amount, names);
/// assert_eq!(names, ["parse", "fen", "toYuanString", "toChineseUppercase"]);
/// ```
#[macro_export]
macro_rules! for_each_method {
    (Project, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Project {
            call_mut apply "apply" [] (event "event": json "ProjectEntry | string")
                keywords "StatusOptions | null" { calendar, ruleset }
                -> unit "void" = |obj| obj.record_with($crate::call::read(&event)?, ruleset, calendar)?,
                " Appends one event, or a correction or void; a refused one throws a `RulesError` and" " leaves the project unchanged.";
            get ruleset_id "rulesetId" [] () -> opt_text "string | undefined" = |obj| obj.ruleset_id(),
                " The id of the ruleset the project is kept under, if recorded.";
            call status_in "statusIn" ["records"] (as_of "asOf": date "string", rulesets "rulesets": rulesets "(Ruleset | string)[]")
                options "StatusOptions | null" { calendar }
                -> record "Status" = |obj| obj.status_in(as_of, calendar, &$crate::records::Rulesets::new(rulesets)?)?,
                " The status on `asOf` under the ruleset of `rulesets` in force on that date (第四十五条)," " with warnings where the record was kept under another.";
            get state "state" [] () -> text "State" = |obj| obj.state().as_str(),
                " The current state (snake_case).";
            get id "id" [] () -> text "string" = |obj| obj.id(),
                " The project's id.";
            call status "status" [] (as_of "asOf": date "string")
                options "StatusOptions | null" { calendar, ruleset }
                -> record "Status" = |obj| obj.status(as_of, calendar, ruleset)?,
                " The status on `asOf`: state, open obligations with due dates and explanations, overdue ones.";
            pure to_json "toJson" [] () -> text "string" = |obj| obj.to_json(),
                " The project record as JSON text (what `Project.fromJson` reads back).";
            call timeline_mermaid "timelineMermaid" [] ()
                options "StatusOptions | null" { calendar, ruleset }
                -> text "string" = |obj| obj.timeline_mermaid(calendar, ruleset)?,
                " The project's timeline as a Mermaid `gantt` diagram.";
        } }
    };
    (ApplicationRecord, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] ApplicationRecord {
            new new "constructor" [] (application "application": json "Application | string")
                -> this "ApplicationRecord" = |_| $crate::call::application_record(&application)?,
                " A new record for `application` (`{\"id\", \"name\", ...}`; `id` is required).";
            call_mut apply "apply" [] (event "event": json "ApplicationEntry | string")
                keywords "StatusOptions | null" { ruleset }
                -> unit "void" = |obj| obj.record_with($crate::call::read(&event)?, ruleset)?,
                " Appends one event, or a correction or void; a refused one throws and changes nothing.";
            get id "id" [] () -> text "string" = |obj| obj.application().id.as_str(),
                " The application's id.";
            call status "status" [] (as_of "asOf": date "string")
                options "StatusOptions | null" { calendar, ruleset }
                -> plain "ApplicationStatus" = |obj| obj.status(as_of, calendar, ruleset)?,
                " The status on `asOf`: state, release channel, labels, obligations (第四十二条).";
            pure to_json "toJson" [] () -> text "string" = |obj| obj.to_json(),
                " The record as JSON text (what `ApplicationRecord.fromJson` reads back).";
        } }
    };
    (Portfolio, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Portfolio {
            from from_jsonl "fromJsonl" [] (text "text": text "string")
                -> this "Portfolio" = |_| $crate::portfolio::Portfolio::from_jsonl(&text),
                " Records from JSON lines (one record a line; blank lines skipped). A line that does not" " load is listed in `problems` with its line number.";
        } }
    };
    (Amount, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Amount {
            from parse "parse" [] (text "text": text "string")
                -> this "Amount" = |_| $crate::Amount::parse(&text)?,
                " Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.";
            get fen "fen" [] () -> int "bigint" = |obj| obj.fen(),
                " The amount in fen, as a BigInt.";
            pure to_yuan_string "toYuanString" [] () -> text "string" = |obj| obj.to_yuan_string(),
                " The canonical yuan string, e.g. `\"5000000.00\"` (the JSON form).";
            pure to_chinese_uppercase "toChineseUppercase" [] () -> text "string" = |obj| obj.to_chinese_uppercase(),
                " The uppercase Chinese form used on finance forms, e.g. `人民币伍佰万元整`.";
        } }
    };
}
