//! The methods of the bindings' classes (`Calendar`, `Project`, `ApplicationRecord`,
//! `Portfolio`, `Amount`) and their module functions by row: one table
//! ([`for_each_method!`](crate::for_each_method)) gives each method's name, its JavaScript
//! name, its arguments and their kinds, its answer's kind, the core call it makes and its
//! description, so a binding writes one reader per argument kind and one writer per answer
//! kind instead of a wrapper per method.

/// The table of class methods and module functions: `for_each_method!(Class, m)` calls `$m!`
/// with the rows of `Class` (`Calendar`, `Project`, `ApplicationRecord`, `Portfolio`, `Amount`,
/// or `functions` for the module functions), written
///
/// `[extra] Class { target form name "jsName" [feature] (arg "what": kind "TS type", ...; optional
/// arg ...) options "TS options type" { option, ... } -> answer "TS answer" = |object| call, "doc line" ...; }`
///
/// - `extra` is what the caller passed after the class (`for_each_method!(Class, m, extra)`),
///   e.g. the binding's own methods of that class, to be expanded in the same block.
/// - `target`: `all` (every binding has the method so) or `js` (the WASM package only: Python
///   gives it otherwise, e.g. `to_dict` for `toJSON`, `from_json(data, *, application=...)`).
/// - `form`: `new` (the constructor), `from` (a static method answering a new object),
///   `get` (a getter), `pure` (a method that cannot fail), `call` (a method) or `call_mut` (a
///   method that changes the object); `function` and `pure_function` for module functions.
///   `get` and `pure` rows take no arguments.
/// - `name` is the Rust and Python name, `jsName` the WASM one.
/// - `feature` is the WASM binding's cargo feature the row needs beyond its class's (or none), or
///   `"office"`: the row is in the package's optional module `fuling-rules/office`, not in the
///   main `.wasm` (as is every `Portfolio` row).
/// - Each argument's `kind` says how a binding reads it: `date` (an ISO date, a Python
///   `datetime.date`), `json` (a JSON value: an object or its text), `json_text` (the same,
///   passed on as JSON text), `json_texts` (a list of them), `text`, `year`, `ruleset` (the
///   default one when absent), `rulesets` (a list of rulesets), `records` (a list of records
///   for a portfolio), `amount` (an `Amount` or its text), `fen` (a whole number of fen),
///   `opt_year` (a year or none), `notice` (a notice's data, a `ParsedNotice`, as JSON). `what`
///   names it in the WASM package's type errors. The arguments after `;` may be left out.
/// - The options (absent when the method takes none): `calendar` (the official calendar
///   when absent), `ruleset` (the default ruleset when absent), `application` (a project's
///   application, as JSON), `provisional_until`, `within_working_days`, `responsible`,
///   `department`, `in_force` (one ruleset or several, by the key `ruleset`) and `object`
///   (the options must be an object). In JavaScript they are one options object of the type
///   given; in Python keyword arguments defaulting to `None`, keyword-only when written
///   `keywords` instead of `options`.
/// - `answer`: `this` (an object of the class), `unit`, `bool`, `text`, `opt_text`, `strings`,
///   `mermaid` (a Mermaid diagram's text, which may embed messages: the WASM package renders
///   them), `int` (a 64-bit count), `record` (JSON data of the TypeScript type given; a Python
///   record class of that name) or `plain` (JSON data; a Python dict).
/// - The call is an expression of the closure's parameter (the core object; `_` for `new`,
///   `from` and functions) and of the arguments, read as their kinds say (options by reference:
///   `&Calendar`, `&Ruleset`, ...).
/// - The calendar functions of a `Calendar` are not rows here but of
///   [`for_each_calendar_fn!`](crate::for_each_calendar_fn).
/// - The doc lines are the JavaScript doc comment, each as a `///` line would give it (Python's
///   docstrings are in its stubs).
///
/// # Example
/// ```
/// macro_rules! names {
///     ([] $class:ident { $(
///         $target:ident $form:ident $f:ident $js:literal [$($feat:literal)?]
///         ($($arg:ident $what:literal: $kind:ident $ts:literal),* $(; $($oarg:ident $owhat:literal: $okind:ident $ots:literal),*)?)
///         $($opts:ident $ots2:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
///         = |$this:pat_param| $call:expr, $($doc:literal)+;
///     )* }) => {
///         [$($js),*]
///     };
/// }
/// let names = fuling_rules::for_each_method!(Amount, names);
/// assert_eq!(names, ["parse", "fromFen", "fen", "toYuanString", "toJSON", "toString", "toChineseUppercase"]);
/// assert!(fuling_rules::for_each_method!(Project, names).contains(&"statusIn"));
/// let tables = [
///     &fuling_rules::for_each_method!(Calendar, names)[..],
///     &fuling_rules::for_each_method!(ApplicationRecord, names),
///     &fuling_rules::for_each_method!(Portfolio, names),
///     &fuling_rules::for_each_method!(functions, names),
/// ];
/// assert_eq!(tables.map(<[_]>::len), [8, 7, 7, 11]);
/// ```
#[macro_export]
macro_rules! for_each_method {
    (Calendar, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Calendar {
            js from official "official" [] () options "OfficialOptions | null" { object, provisional_until }
                -> this "Calendar" = |_| match *provisional_until {
                    None => $crate::Calendar::official(),
                    Some(year) => $crate::Calendar::official_provisional_until(year)?,
                },
                " The official calendar (State Council notices, 调休 included). With"
                " `{ provisionalUntil: 2035 }`, the years after the last loaded notice through that year"
                " are provisional (全国年节及纪念日放假办法, no 调休), labelled in `DayInfo.provisional`"
                " and `Explanation.provisional_from`.";
            js call with_provisional_until "withProvisionalUntil" [] (year "year": year "number")
                -> this "Calendar" = |cal| cal.with_provisional_until(year)?,
                " This calendar with provisional years after its data, through the end of `year`.";
            js get provisional_from "provisionalFrom" [] () -> opt_text "string | undefined"
                = |cal| cal.provisional_from().map(|d| d.to_string()),
                " The first provisional day (ISO), or `null` when the calendar has no provisional years.";
            js from from_json "fromJson" [] (json "calendar JSON": json_text "CalendarData | string")
                -> this "Calendar" = |_| $crate::Calendar::from_json_str(&json)?,
                " A custom calendar from calendar JSON (a string or an object; see `CalendarData`).";
            js get coverage "coverage" [] () -> record "Coverage" = |cal| cal.coverage(),
                " The first and last covered dates.";
            js get version "version" [] () -> text "string" = |cal| cal.version(),
                " The calendar data's version.";
            js call with_notice "withNotice" [] (notice "notice": notice "ParsedNotice | string")
                -> this "Calendar" = |cal| cal.with_parsed_notice(&notice)?,
                " This calendar with a State Council notice added: `notice` is what `parseNotice` of the"
                " optional module `fuling-rules/notice` returns (a `ParsedNotice` object or its JSON text)."
                " Its days replace earlier entries, the coverage grows to the end of its year, and the"
                " version (hence every receipt) gains `+notice-<id>`. Notice text throws `invalid_input`"
                " naming that module; wrong notice data throws `invalid_calendar_data`.";
            js get loaded_notices "loadedNotices" [] () -> strings "string[]"
                = |cal| cal.loaded_notices().iter().map(|n| n.id.as_str()),
                " The ids of the notices loaded beyond the data the calendar started from.";
        } }
    };
    (Project, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Project {
            js new new "constructor" [] (id "id": text "string", kind "kind": text "ProjectKind")
                -> this "Project" = |_| $crate::Project::new(&id, $crate::call::named(&kind)?),
                " A new project with no events (state `proposed`); `kind` is `\"development\"` or `\"om\"`.";
            js from from_json "fromJson" [] (json "project": json_text "ProjectRecord | string")
                options "StatusOptions | null" { calendar, ruleset, application }
                -> this "Project" = |_| {
                    let app = application.as_ref().map($crate::call::ProjectApplication::Json);
                    $crate::call::load_project(&json, app, ruleset, calendar)?
                },
                " A project from its JSON record (`{\"schema\": 2, \"id\", \"kind\", \"application_id\", \"events\"}`;"
                " a schema-1 record loads through the migration), replaying every event under the given"
                " calendar and ruleset; `options.application` (the application record's JSON, e.g."
                " `appRecord.toJSON()`, or its metadata alone, e.g. `appRecord.toJSON().application`)"
                " gives what the guards and the status read (secrecy, labels; the record's catalog,"
                " 第七条 and 第三十七条).";
            all call_mut apply "apply" [] (event "event": json "ProjectEntry | string")
                keywords "StatusOptions | null" { calendar, ruleset }
                -> unit "void" = |obj| obj.record_with($crate::call::read(&event)?, ruleset, calendar)?,
                " Appends one event, or a correction or void; a refused one throws a `RulesError` and"
                " leaves the project unchanged.";
            all get ruleset_id "rulesetId" [] () -> opt_text "string | undefined" = |obj| obj.ruleset_id(),
                " The id of the ruleset the project is kept under, if recorded.";
            all call status_in "statusIn" ["records"]
                (as_of "asOf": date "string", rulesets "rulesets": rulesets "(Ruleset | string)[]")
                options "StatusOptions | null" { calendar }
                -> record "Status" = |obj| obj.status_in(as_of, calendar, &$crate::records::Rulesets::new(rulesets)?)?,
                " The status on `asOf` under the ruleset of `rulesets` in force on that date (第四十五条),"
                " with warnings where the record was kept under another.";
            all get state "state" [] () -> text "State" = |obj| obj.state().as_str(),
                " The current state (snake_case).";
            all get id "id" [] () -> text "string" = |obj| obj.id(),
                " The project's id.";
            all call status "status" [] (as_of "asOf": date "string")
                options "StatusOptions | null" { calendar, ruleset }
                -> record "Status" = |obj| obj.status(as_of, calendar, ruleset)?,
                " The status on `asOf`: state, open obligations with due dates and explanations, overdue ones.";
            all pure to_json "toJson" [] () -> text "string" = |obj| obj.to_json(),
                " The project record as JSON text (what `Project.fromJson` reads back).";
            js call to_json_value "toJSON" [] () -> record "ProjectRecord" = |obj| obj,
                " The project record as a plain object (`JSON.stringify` uses it).";
            all call timeline_mermaid "timelineMermaid" [] ()
                options "StatusOptions | null" { calendar, ruleset }
                -> mermaid "string" = |obj| obj.timeline_mermaid(calendar, ruleset)?,
                " The project's timeline as a Mermaid `gantt` diagram.";
        } }
    };
    (ApplicationRecord, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] ApplicationRecord {
            all new new "constructor" [] (application "application": json "Application | string")
                -> this "ApplicationRecord" = |_| $crate::call::application_record(&application)?,
                " A new record for `application` (`{\"id\", \"name\", ...}`; `id` is required).";
            js from from_json "fromJson" [] (json "application record": json_text "ApplicationRecordJson | string")
                -> this "ApplicationRecord" = |_| $crate::records::ApplicationRecord::from_json_str(&json)?,
                " A record from its JSON (`{\"schema\": 2, \"application\", \"events\"}`).";
            all call_mut apply "apply" [] (event "event": json "ApplicationEntry | string")
                keywords "StatusOptions | null" { ruleset }
                -> unit "void" = |obj| obj.record_with($crate::call::read(&event)?, ruleset)?,
                " Appends one event, or a correction or void; a refused one throws and changes nothing.";
            all get id "id" [] () -> text "string" = |obj| obj.application().id.as_str(),
                " The application's id.";
            all call status "status" [] (as_of "asOf": date "string")
                options "StatusOptions | null" { calendar, ruleset }
                -> plain "ApplicationStatus" = |obj| obj.status(as_of, calendar, ruleset)?,
                " The status on `asOf`: state, release channel, labels, obligations (第四十二条).";
            all pure to_json "toJson" [] () -> text "string" = |obj| obj.to_json(),
                " The record as JSON text (what `ApplicationRecord.fromJson` reads back).";
            js call to_json_value "toJSON" [] () -> record "ApplicationRecordJson" = |obj| obj,
                " The record as a plain object (`JSON.stringify` uses it).";
        } }
    };
    (Portfolio, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Portfolio {
            js new new "constructor" [] (; projects "projects": records "PortfolioRecord[] | null",
                applications "applications": records "PortfolioRecord[] | null")
                -> this "Portfolio" = |_| $crate::portfolio::Portfolio::from_inputs(projects.into_iter().chain(applications).collect()),
                " Records loaded together: `projects` and `applications` are arrays whose items are record"
                " objects, their JSON text, `Project`s or `ApplicationRecord`s (application records load"
                " first, whatever the order). A record that does not load is listed in `problems`.";
            all from from_jsonl "fromJsonl" [] (text "text": text "string")
                -> this "Portfolio" = |_| $crate::portfolio::Portfolio::from_jsonl(&text),
                " Records from JSON lines (one record a line; blank lines skipped). A line that does not"
                " load is listed in `problems` with its line number.";
            js get problems "problems" [] () -> record "PortfolioProblem[]" = |obj| obj.problems(),
                " The records that did not load: where (`line` or `index`), `record_id`, `kind`, `code`,"
                " `article`, `message_zh`, `message_en`.";
            js get projects "projects" [] () -> record "ProjectRecord[]" = |obj| obj.projects(),
                " The projects loaded, as their records (`Project.fromJson` reads one back).";
            js get applications "applications" [] () -> record "ApplicationRecordJson[]" = |obj| obj.applications(),
                " The application records loaded, as their JSON.";
            js call agenda "agenda" [] (as_of "asOf": date "string")
                options "AgendaOptions | null" { object, within_working_days, responsible, department, calendar, in_force }
                -> record "Agenda" = |obj| obj.agenda(as_of, &$crate::portfolio::AgendaOptions {
                    within_working_days: *within_working_days,
                    responsible: *responsible,
                    department: department.as_deref(),
                    calendar: Some(calendar),
                    ruleset: in_force.0.as_ref(),
                    rulesets: in_force.1.as_ref(),
                })?,
                " Every open obligation across the portfolio on `asOf`, sorted by date (undated last), with"
                " who owes it and under which article; `options` filter them (`withinWorkingDays`,"
                " `responsible`, `department`) and set the `calendar` and `ruleset` (one, or an array: the"
                " one in force on `asOf`).";
            js call fund_view "fundView" [] (; year "year": opt_year "number | null")
                options "FundViewOptions | null" { object, ruleset }
                -> record "FundView" = |obj| obj.fund_view_with(year, ruleset),
                " The amounts per year and lead department at each stage (第十九条至第二十一条), the plans"
                " of 500万元 (含) or more with their municipal filing, 第二十五条 exceptions, adjustments and"
                " withdrawals; `year` keeps one year (the year of the event that set the amount).";
        } }
    };
    (Amount, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] Amount {
            all from parse "parse" [] (text "text": text "string")
                -> this "Amount" = |_| $crate::Amount::parse(&text)?,
                " Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.";
            js from from_fen "fromFen" [] (fen "fen": fen "bigint") -> this "Amount" = |_| fen,
                " An amount of `fen` 分, given as a BigInt.";
            all get fen "fen" [] () -> int "bigint" = |obj| obj.fen(),
                " The amount in fen, as a BigInt.";
            all pure to_yuan_string "toYuanString" [] () -> text "string" = |obj| obj.to_yuan_string(),
                " The canonical yuan string, e.g. `\"5000000.00\"` (the JSON form).";
            js pure to_json "toJSON" [] () -> text "string" = |obj| obj.to_yuan_string(),
                " The JSON form (`JSON.stringify` uses it): the canonical yuan string.";
            js pure to_string_js "toString" [] () -> text "string" = |obj| obj.to_string(),
                " The display form, e.g. `\"5,000,000.00 元\"`.";
            all pure to_chinese_uppercase "toChineseUppercase" [] () -> text "string" = |obj| obj.to_chinese_uppercase(),
                " The uppercase Chinese form used on finance forms, e.g. `人民币伍佰万元整`.";
        } }
    };
    (functions, $m:ident $(, $($extra:tt)*)?) => {
        $m! { [$($($extra)*)?] functions {
            js function parse_period "parsePeriod" [] (text "text": text "string")
                -> record "Period" = |_| $crate::Period::parse(&text)?,
                " Reads a period in the regulation's words: \"5个工作日内\", \"不低于90天\", \"申报前10个工作日\"."
                " Other text throws `invalid_input` naming the wordings expected.";
            js function requires_municipal_filing "requiresMunicipalFiling" []
                (amount "amount": amount "Amount | string"; ruleset "ruleset": ruleset "Ruleset | string | null")
                -> bool "boolean" = |_| ruleset.requires_municipal_filing(amount),
                " 第二十条: whether a development funding plan of `amount` must be filed with the"
                " municipal Big Data Bureau: `amount` ≥ 500万元 (含), or the given ruleset's threshold.";
            js function default_ruleset "defaultRuleset" [] () -> record "Ruleset" = |_| $crate::Ruleset::default(),
                " The draft for comment's ruleset: every number the regulation sets, with its article.";
            js function parse_ruleset "parseRuleset" [] (json "ruleset": ruleset "Ruleset | string")
                -> record "Ruleset" = |_| json,
                " Validates a ruleset (an object or JSON text) and returns it in canonical form.";
            js pure_function error_codes "errorCodes" [] () -> strings "ErrorCode[]"
                = |_| $crate::ErrorCode::ALL.iter().map(|c| c.as_str()),
                " Every stable error code, in the core's order.";
            js pure_function version "version" [] () -> text "string" = |_| $crate::VERSION,
                " The library's version.";
            js function article_text "articleText" ["regulation-text"] (citation "citation": json "Citation")
                -> opt_text "string | undefined" = |_| $crate::call::read::<$crate::Citation>(&citation)?.text(),
                " The text of a cited article or item of the regulation, or `null` if it has none."
                " (Only with feature `regulation-text`; the package's `articleText` is the JavaScript"
                " module `pkg/regulation.mjs`, generated from the same text by build.sh.)";
            js pure_function process_mermaid "processMermaid" ["process"] () -> text "string"
                = |_| $crate::Process::mermaid(),
                " The whole approval and lifecycle process as a Mermaid `stateDiagram-v2`.";
            js function migrate "migrate" ["office"] (records "records": json_texts "(ProjectRecord | string)[]")
                -> record "MigrationReport"
                = |_| $crate::records::migrate(&records.iter().map(String::as_str).collect::<Vec<_>>()),
                " Migrates stored project files (schema 1 or 2) to schema 2: `projects` (with `notes`),"
                " `applications`, `conflicts` and `refused` (see `docs/records.md`).";
            js function run_check "runCheck" ["checks"] (name "name": text "string", input "input": json "object | string")
                -> record "CheckReport | LabelReport | PriorityResult"
                = |_| $crate::checks::run_tree($crate::call::Check::from_name(&name)?.name(), &input)?,
                " Runs the check `name` (see `checkNames()`) on a JSON input.";
            js pure_function check_names "checkNames" ["checks"] () -> strings "string[]"
                = |_| $crate::call::Check::ALL.iter().map(|c| c.name()),
                " The names `runCheck` accepts.";
        } }
    };
}
