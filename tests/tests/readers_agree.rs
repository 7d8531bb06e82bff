//! The two JSON readers of every input type agree: `serde_json::from_value::<T>` (serde's
//! `Deserialize`, for Rust users) and `fuling_rules::json_input::from_value::<T>` (`FromJson`,
//! which the library, the Python binding and the WebAssembly build read all input through)
//! accept and reject the same JSON values, and where both accept they give equal values —
//! except for the differences listed, with their reasons, in [`ALLOWED`].
//!
//! Types: the input of each check name (`checks::run_json`: the five dossiers, `LabelInput`,
//! `PriorityInput`), `Event`, `ProjectRecord` (what `Project::from_json` reads), `Application`,
//! `Ruleset`, `Period`, `Citation`, `Amount`, `Notice`, `Explanation` (the Python binding reads
//! one back) and `NaiveDate`. (`Event`'s
//! `Deserialize` is written as a call of `FromJson`, so the two agree on it by construction.)
//! Not covered: the calendar data file type (`CalendarFile`, `DayEntry`) is crate-private,
//! with no public serde reader to compare with; its public `Notice` is covered.
//!
//! Inputs: every input part of `tests/scenarios/*.json` (check dossiers by check name,
//! projects, events, article citations, periods, dates, amounts), the fuzz corpora under
//! `fuzz/corpus/` read as their targets read them (`tests/src/fuzz.rs`; a `checks_json` input
//! is also read, unmutated, as every other check's dossier), the notices of the official
//! calendar data, the default ruleset, and the explanations of the scenarios' and the corpus's
//! due dates.
//!
//! Mutations, for the error paths: at every node of an input, the node replaced by each of
//! [`replacements`] (`null`, `true`, `0`, `-1`, `1.5`, `4294967296`, `"x"`, `"2025-02-30"`,
//! `[]`, `{}`); a string also by `{"<string>": null}` (a unit enum variant's map form), and a
//! date string also by its other spellings (`+2025-09-01`, `2025-9-1`); an object field also
//! removed; an object also given an unknown field `"zz_unknown": 1`. Every distinct node
//! position (type, path with array indices generalised, event type) is mutated once, from an
//! input both readers accept when there is one; the other nodes are sampled evenly, up to
//! [`MAX_CASES`] cases in all (a few seconds in a debug build).
//!
//! Every disagreement not in [`ALLOWED`] fails the test, listing the first 20 with the type,
//! the mutation, the JSON input and both results; so does an [`ALLOWED`] entry that no case
//! shows any more (remove it once its difference is gone).

use chrono::NaiveDate;
use fuling_rules::calendar::Notice;
use fuling_rules::checks::CHECK_NAMES;
use fuling_rules::json_input::{self, FromJson};
use fuling_rules::model::dossier::{JointReview, PlanningDossier, PriorityInput};
use fuling_rules::model::lifecycle_dossier::{AcceptanceDossier, CatalogDossier, DeregistrationDossier, LabelInput};
use fuling_rules::model::Application;
use fuling_rules::{
    explain_due_date, Amount, Calendar, Citation, Direction, Event, Explanation, Period, PeriodKind, PeriodUnit,
    ProjectRecord, Ruleset,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::{Debug, Write as _};
use std::path::{Path, PathBuf};

/// The most mutation cases run in all (all distinct node positions, then an even sample).
const MAX_CASES: usize = 60_000;

/// The values every node is replaced by, one at a time.
fn replacements() -> [Value; 10] {
    [
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(4_294_967_296_u64),
        json!("x"),
        json!("2025-02-30"),
        json!([]),
        json!({}),
    ]
}

/// The outcome of reading one value with both readers.
enum Outcome {
    /// Both accepted with equal values (`true`), or both refused (`false`).
    Agree(bool),
    /// They differ.
    Differ {
        serde: String,
        from_json: String,
        serde_ok: bool,
        /// `FromJson`'s error: (JSON Pointer, reason).
        from_json_err: Option<(String, String)>,
    },
}

fn compare<T>(v: &Value) -> Outcome
where
    T: DeserializeOwned + FromJson + PartialEq + Debug,
{
    let by_serde = serde_json::from_value::<T>(v.clone());
    let by_from_json = json_input::from_value::<T>(v);
    match (&by_serde, &by_from_json) {
        (Ok(a), Ok(b)) if a == b => Outcome::Agree(true),
        (Err(_), Err(_)) => Outcome::Agree(false),
        _ => Outcome::Differ {
            serde: match &by_serde {
                Ok(x) => format!("Ok({x:?})"),
                Err(e) => format!("Err({e})"),
            },
            from_json: match &by_from_json {
                Ok(x) => format!("Ok({x:?})"),
                Err(e) => format!("Err(at {:?}: {})", e.pointer(), e.reason()),
            },
            serde_ok: by_serde.is_ok(),
            from_json_err: by_from_json
                .err()
                .map(|e| (e.pointer().to_owned(), e.reason().to_owned())),
        },
    }
}

macro_rules! kinds {
    ($($kind:ident => $ty:ty),* $(,)?) => {
        /// The input types compared.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        enum Kind { $($kind),* }

        impl Kind {
            const ALL: &'static [Kind] = &[$(Kind::$kind),*];

            fn compare(self, v: &Value) -> Outcome {
                match self { $(Kind::$kind => compare::<$ty>(v)),* }
            }
        }
    };
}

kinds! {
    PlanningDossier => PlanningDossier,
    JointReview => JointReview,
    AcceptanceDossier => AcceptanceDossier,
    CatalogDossier => CatalogDossier,
    DeregistrationDossier => DeregistrationDossier,
    LabelInput => LabelInput,
    PriorityInput => PriorityInput,
    Event => Event,
    ProjectRecord => ProjectRecord,
    Application => Application,
    Ruleset => Ruleset,
    Period => Period,
    Citation => Citation,
    Amount => Amount,
    Notice => Notice,
    Explanation => Explanation,
    NaiveDate => NaiveDate,
}

/// The type `fuling_rules::checks::run_json` reads for a check name (see `core/src/checks/json.rs`).
fn check_kind(name: &str) -> Option<Kind> {
    Some(match name.strip_prefix("check_").unwrap_or(name) {
        "planning_dossier" => Kind::PlanningDossier,
        "joint_review" => Kind::JointReview,
        "acceptance" => Kind::AcceptanceDossier,
        "catalog" => Kind::CatalogDossier,
        "deregistration" => Kind::DeregistrationDossier,
        "label_actions" => Kind::LabelInput,
        "priority_categories" => Kind::PriorityInput,
        _ => return None,
    })
}

/// A known difference between the readers: serde accepts, `FromJson` refuses.
struct Allowed {
    id: &'static str,
    reason: &'static str,
    /// Whether it explains a case: the input, `FromJson`'s error pointer and reason.
    applies: fn(&Value, &str, &str) -> bool,
}

/// The known differences (serde accepts, `FromJson` refuses), each with its reason.
const ALLOWED: &[Allowed] = &[
    Allowed {
        id: "struct-from-array",
        reason: "serde_json's `Deserializer for Value` hands an array to a struct's `visit_seq`, which reads the \
                 fields in declaration order and fills missing trailing fields from `#[serde(default)]` (so `[]` \
                 is a valid all-default dossier); FromJson takes a struct only from an object. Deliberate and \
                 documented on `fuling_rules::json_input::from_value`.",
        applies: |input, pointer, reason| {
            reason.starts_with("invalid type: sequence, expected struct ")
                && input.pointer(pointer).is_some_and(Value::is_array)
        },
    },
    Allowed {
        id: "unit-variant-from-map",
        reason: "serde_json reads a unit enum variant also in its externally tagged map form \
                 `{\"<variant>\": null}` (`deserialize_enum` takes a string or a single-key map; `unit_variant` \
                 accepts a null value); FromJson takes only the string. Not documented in core.",
        applies: |input, pointer, reason| {
            reason == "invalid type: map, expected variant identifier"
                && input
                    .pointer(pointer)
                    .and_then(Value::as_object)
                    .is_some_and(|o| o.len() == 1 && o.values().all(Value::is_null))
        },
    },
    Allowed {
        id: "strict-date",
        reason: "FromJson reads a date strictly as `YYYY-MM-DD` (`calendar::iso_date`; the doc comment on \
                 `impl FromJson for NaiveDate` says it is stricter than chrono's `Deserialize`); chrono's \
                 `Deserialize` (`str::parse`) also takes a sign, a year beyond 9999 such as `+10594-06-26`, \
                 and unpadded months and days such as `2025-9-1`. Shows in `Explanation` and a bare `NaiveDate`; \
                 not in `Event`, whose `Deserialize` calls `FromJson`.",
        applies: |input, pointer, reason| {
            reason.starts_with("invalid date ") && input.pointer(pointer).is_some_and(Value::is_string)
        },
    },
];

/// One input: its type, where it comes from, the value, and whether to mutate it.
struct Input {
    kind: Kind,
    source: String,
    value: Value,
    mutate: bool,
}

#[derive(Default)]
struct Inputs {
    list: Vec<Input>,
    index: HashMap<(Kind, String), usize>,
}

impl Inputs {
    fn add(&mut self, kind: Kind, source: &str, value: &Value, mutate: bool) {
        let key = (kind, value.to_string());
        if let Some(&i) = self.index.get(&key) {
            self.list[i].mutate |= mutate;
            return;
        }
        self.index.insert(key, self.list.len());
        self.list.push(Input {
            kind,
            source: source.to_owned(),
            value: value.clone(),
            mutate,
        });
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn items(v: &Value) -> impl Iterator<Item = &Value> {
    v.as_array().into_iter().flatten()
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every object under a key `"article"`, anywhere in `v` (findings, actions, obligations,
/// refused events).
fn articles<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                if k == "article" && x.is_object() {
                    out.push(x);
                } else {
                    articles(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| articles(x, out)),
        _ => {}
    }
}

fn add_project(inputs: &mut Inputs, src: &str, project: &Value) {
    inputs.add(Kind::ProjectRecord, src, project, true);
    if let Some(app) = project.get("application") {
        inputs.add(Kind::Application, src, app, true);
    }
    for e in items(&project["events"]) {
        inputs.add(Kind::Event, src, e, true);
    }
}

fn scenario_inputs(inputs: &mut Inputs, skipped: &mut Vec<String>) {
    let files = fuling_rules_tests::scenario_files();
    assert!(!files.is_empty(), "no scenarios");
    for path in files {
        let doc = fuling_rules_tests::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let src = file_name(&path);
        match doc["type"].as_str() {
            Some("check") => {
                let name = doc["check"].as_str().unwrap_or_default();
                match check_kind(name) {
                    Some(kind) => inputs.add(kind, &src, &doc["input"], true),
                    None => skipped.push(format!(
                        "{src}: check name {name:?} is not a check (run_json refuses it)"
                    )),
                }
            }
            Some("process") => {
                add_project(inputs, &src, &doc["project"]);
                for e in items(&doc["events"]) {
                    inputs.add(Kind::Event, &src, e, true);
                }
                inputs.add(Kind::NaiveDate, &src, &doc["as_of"], true);
            }
            Some("calendar" | "money") => {
                for case in items(&doc["cases"]) {
                    if let Some(p) = case.get("period") {
                        inputs.add(Kind::Period, &src, p, true);
                        let start = case["date"].as_str().and_then(|d| d.parse().ok());
                        if let (Some(start), Ok(period)) = (start, json_input::from_value::<Period>(p)) {
                            add_explanation(inputs, &src, start, period);
                        }
                    }
                    for k in ["date", "start", "end"] {
                        if let Some(d) = case.get(k) {
                            inputs.add(Kind::NaiveDate, &src, d, true);
                        }
                    }
                    for k in ["text", "amount"] {
                        if let Some(a) = case.get(k) {
                            inputs.add(Kind::Amount, &src, a, true);
                        }
                    }
                }
            }
            other => skipped.push(format!("{src}: unknown scenario type {other:?}")),
        }
        let mut found = Vec::new();
        articles(&doc, &mut found);
        for a in found {
            inputs.add(Kind::Citation, &src, a, true);
        }
    }
}

/// The files of one fuzz target's corpus (and of its past crashes, when kept), sorted.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root().join("fuzz").join(dir).join(target)) else {
            continue;
        };
        files.extend(entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()));
    }
    files.sort();
    assert!(!files.is_empty(), "no corpus for {target}");
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (format!("fuzz/{target}/{}", file_name(&p)), bytes)
        })
        .collect()
}

fn json(bytes: &[u8]) -> Option<Value> {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|t| serde_json::from_str(t).ok())
}

fn fuzz_inputs(inputs: &mut Inputs) {
    // checks_json: the first byte picks the check, the rest is its JSON. The value is also read
    // (unmutated) as every other check's dossier.
    for (src, bytes) in corpus("checks_json") {
        let Some((&selector, rest)) = bytes.split_first() else {
            continue;
        };
        let Some(v) = json(rest) else { continue };
        let picked = CHECK_NAMES[usize::from(selector) % CHECK_NAMES.len()];
        for name in CHECK_NAMES {
            let kind = check_kind(name).unwrap_or_else(|| panic!("check {name} has no input type here"));
            inputs.add(kind, &src, &v, *name == picked);
        }
    }
    // project_replay: `Project::from_json` reads a `ProjectRecord` (after checking `schema`).
    for (src, bytes) in corpus("project_replay") {
        if let Some(v) = json(&bytes) {
            add_project(inputs, &src, &v);
        }
    }
    // calendar_json: the calendar file type is crate-private; its notices are `Notice`s.
    for (src, bytes) in corpus("calendar_json") {
        if let Some(v) = json(&bytes) {
            for n in items(&v["notices"]) {
                inputs.add(Kind::Notice, &src, n, true);
            }
        }
    }
    // amount_parse: the text, as a JSON string (and, when it is JSON, as that value).
    for (src, bytes) in corpus("amount_parse") {
        if let Ok(text) = std::str::from_utf8(&bytes) {
            inputs.add(Kind::Amount, &src, &Value::from(text), true);
        }
        if let Some(v) = json(&bytes) {
            inputs.add(Kind::Amount, &src, &v, true);
        }
    }
    // due_date: the start date and the period, decoded as `fuzz::due_date_target` decodes them.
    for (src, bytes) in corpus("due_date") {
        let [d0, d1, d2, d3, c0, c1, c2, c3, unit, flags, ..] = *bytes.as_slice() else {
            continue;
        };
        let start = NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes([d0, d1, d2, d3]));
        if let Some(start) = start {
            inputs.add(Kind::NaiveDate, &src, &Value::from(start.to_string()), true);
        }
        let period = Period {
            unit: [PeriodUnit::WorkingDays, PeriodUnit::Days, PeriodUnit::Months][usize::from(unit % 3)],
            count: u32::from_le_bytes([c0, c1, c2, c3]),
            direction: if flags & 1 == 0 {
                Direction::After
            } else {
                Direction::Before
            },
            kind: if flags & 2 == 0 {
                PeriodKind::Deadline
            } else {
                PeriodKind::Minimum
            },
        };
        inputs.add(
            Kind::Period,
            &src,
            &serde_json::to_value(period).unwrap_or_default(),
            true,
        );
        if let Some(start) = start {
            add_explanation(inputs, &src, start, period);
        }
    }
}

/// The explanation of a due date (an input too: the Python binding reads one back to render
/// its sentence), when there is one and it lists at most 20 days (a long one only repeats
/// its `DayInfo`s and would make every mutation slow).
fn add_explanation(inputs: &mut Inputs, src: &str, start: NaiveDate, period: Period) {
    if let Ok(e) = explain_due_date(start, period, &Calendar::official()) {
        if e.skipped.len() + e.worked.len() <= 20 {
            let v = serde_json::to_value(e).unwrap_or_else(|e| panic!("{e}"));
            inputs.add(Kind::Explanation, src, &v, true);
        }
    }
}

fn other_inputs(inputs: &mut Inputs) {
    let path = root().join("core/data/holidays.json");
    let data = fuling_rules_tests::load(&path).unwrap_or_else(|e| panic!("{e}"));
    for n in items(&data["notices"]) {
        inputs.add(Kind::Notice, "core/data/holidays.json", n, true);
    }
    let rules = serde_json::to_value(Ruleset::default()).unwrap_or_else(|e| panic!("{e}"));
    inputs.add(Kind::Ruleset, "Ruleset::default()", &rules, true);
}

/// One step of a path into a JSON value.
#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn pointer(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        s.push('/');
        match seg {
            Seg::Key(k) => s.push_str(&k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => s.push_str(&i.to_string()),
        }
    }
    s
}

/// A node of an input to mutate.
struct Site {
    input: usize,
    path: Vec<Seg>,
}

/// Visits every node of `v` in order with its path and its position: the path with array
/// indices as `*` and the `"type"` of every object on the way that has one (an event's fields
/// depend on it).
fn walk(v: &Value, path: &mut Vec<Seg>, position: &mut String, visit: &mut dyn FnMut(&[Seg], &str, &Value)) {
    let len = position.len();
    if let Some(t) = v.get("type").and_then(Value::as_str) {
        let _ = write!(position, "[{t}]");
    }
    visit(path, position, v);
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let before = position.len();
                let _ = write!(position, "/{k}");
                path.push(Seg::Key(k.clone()));
                walk(x, path, position, visit);
                path.pop();
                position.truncate(before);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let before = position.len();
                position.push_str("/*");
                path.push(Seg::Index(i));
                walk(x, path, position, visit);
                path.pop();
                position.truncate(before);
            }
        }
        _ => {}
    }
    position.truncate(len);
}

/// A date string `YYYY-MM-DD` written the other ways chrono's `str::parse` takes: with a
/// sign, and with the month and day unpadded.
fn date_variants(s: &str) -> Vec<String> {
    if s.len() != 10 || NaiveDate::parse_from_str(s, "%Y-%m-%d").is_err() {
        return Vec::new();
    }
    let mut out = vec![format!("+{s}")];
    let unpadded = s.replace("-0", "-");
    if unpadded != s {
        out.push(unpadded);
    }
    out
}

/// How many cases [`mutations`] makes of `node` at `path`.
fn case_count(path: &[Seg], node: &Value) -> usize {
    let dates = node.as_str().map_or(0, |s| date_variants(s).len());
    10 + dates
        + usize::from(node.is_string())
        + usize::from(node.is_object())
        + usize::from(matches!(path.last(), Some(Seg::Key(_))))
}

/// The mutations of the node at `path` in `root`: (description, mutated input).
fn mutations(root: &Value, path: &[Seg]) -> Vec<(String, Value)> {
    let at = pointer(path);
    let Some(node) = root.pointer(&at) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut replaced = |what: String, by: Value| {
        let mut v = root.clone();
        if let Some(slot) = v.pointer_mut(&at) {
            *slot = by;
        }
        out.push((format!("{at:?} := {what}"), v));
    };
    for r in replacements() {
        replaced(r.to_string(), r);
    }
    if let Value::String(s) = node {
        let by = json!({ s.clone(): null });
        replaced(by.to_string(), by);
        for d in date_variants(s) {
            replaced(format!("{d:?}"), Value::from(d));
        }
    }
    if let Value::Object(o) = node {
        let mut v = root.clone();
        let mut o = o.clone();
        o.insert("zz_unknown".into(), json!(1));
        if let Some(slot) = v.pointer_mut(&at) {
            *slot = Value::Object(o);
        }
        out.push((format!("{at:?} + \"zz_unknown\": 1"), v));
    }
    if let Some((Seg::Key(k), parent)) = path.split_last() {
        let mut v = root.clone();
        if let Some(Value::Object(o)) = v.pointer_mut(&pointer(parent)) {
            o.remove(k);
        }
        out.push((format!("{at:?} removed"), v));
    }
    out
}

#[derive(Default)]
struct Tally {
    inputs: usize,
    accepted: usize,
    cases: usize,
    cases_accepted: usize,
}

#[derive(Default)]
struct Findings {
    disagreements: Vec<String>,
    /// Per allowed difference: the cases per type, and the first case.
    allowed: BTreeMap<&'static str, (BTreeMap<Kind, usize>, String)>,
}

impl Findings {
    /// Records the outcome; returns whether both readers accepted.
    fn record(&mut self, kind: Kind, what: &str, input: &Value, outcome: Outcome) -> bool {
        let (serde, from_json, serde_ok, from_json_err) = match outcome {
            Outcome::Agree(accepted) => return accepted,
            Outcome::Differ {
                serde,
                from_json,
                serde_ok,
                from_json_err,
            } => (serde, from_json, serde_ok, from_json_err),
        };
        let report =
            format!("{kind:?}: {what}\n    input:     {input}\n    serde:     {serde}\n    FromJson:  {from_json}");
        let allowed = match (serde_ok, &from_json_err) {
            (true, Some((ptr, reason))) => ALLOWED.iter().find(|a| (a.applies)(input, ptr, reason)),
            _ => None,
        };
        match allowed {
            Some(a) => {
                let e = self.allowed.entry(a.id).or_insert_with(|| (BTreeMap::new(), report));
                *e.0.entry(kind).or_default() += 1;
            }
            None => self.disagreements.push(report),
        }
        false
    }
}

#[test]
fn serde_and_from_json_read_every_input_alike() {
    for name in CHECK_NAMES {
        assert!(
            check_kind(name).is_some(),
            "check {name}: add its input type to this test"
        );
    }
    let mut inputs = Inputs::default();
    let mut skipped = Vec::new();
    scenario_inputs(&mut inputs, &mut skipped);
    fuzz_inputs(&mut inputs);
    other_inputs(&mut inputs);
    let inputs = inputs.list;

    let mut findings = Findings::default();
    let mut tally: BTreeMap<Kind, Tally> = Kind::ALL.iter().map(|k| (*k, Tally::default())).collect();

    // The inputs as they are.
    let mut accepted = vec![false; inputs.len()];
    for (i, input) in inputs.iter().enumerate() {
        let ok = findings.record(
            input.kind,
            &format!("{} (unmutated)", input.source),
            &input.value,
            input.kind.compare(&input.value),
        );
        accepted[i] = ok;
        let t = tally.entry(input.kind).or_default();
        t.inputs += 1;
        t.accepted += usize::from(ok);
    }

    // The nodes to mutate: each distinct position once, taken from an accepted input when
    // there is one (up to 3/4 of the cases), then an even sample of the other nodes.
    let mut order: Vec<usize> = (0..inputs.len()).filter(|&i| inputs[i].mutate).collect();
    order.sort_by_key(|&i| !accepted[i]);
    let mut sites = Vec::new();
    let mut seen: HashSet<(Kind, String)> = HashSet::new();
    let (mut distinct, mut distinct_cases, mut others) = (0usize, 0usize, 0usize);
    for &i in &order {
        let kind = inputs[i].kind;
        walk(
            &inputs[i].value,
            &mut Vec::new(),
            &mut String::new(),
            &mut |path, position, node| {
                let n = case_count(path, node);
                if seen.insert((kind, position.to_owned())) && distinct_cases + n <= MAX_CASES / 4 * 3 {
                    distinct += 1;
                    distinct_cases += n;
                    sites.push(Site {
                        input: i,
                        path: path.to_vec(),
                    });
                } else {
                    others += 1;
                }
            },
        );
    }
    let room = (MAX_CASES - distinct_cases) / 12;
    let stride = others.div_ceil(room.max(1)).max(1);
    let phase_one: HashSet<(usize, String)> = sites.iter().map(|s| (s.input, pointer(&s.path))).collect();
    let mut skip = 0usize;
    for &i in &order {
        walk(
            &inputs[i].value,
            &mut Vec::new(),
            &mut String::new(),
            &mut |path, _, _| {
                if !phase_one.contains(&(i, pointer(path))) {
                    if skip == 0 {
                        sites.push(Site {
                            input: i,
                            path: path.to_vec(),
                        });
                        skip = stride;
                    }
                    skip -= 1;
                }
            },
        );
    }

    let mut cases = 0usize;
    for site in &sites {
        let input = &inputs[site.input];
        let variants = mutations(&input.value, &site.path);
        if cases + variants.len() > MAX_CASES {
            break;
        }
        for (what, v) in variants {
            let ok = findings.record(
                input.kind,
                &format!("{}, {what}", input.source),
                &v,
                input.kind.compare(&v),
            );
            let t = tally.entry(input.kind).or_default();
            t.cases += 1;
            t.cases_accepted += usize::from(ok);
            cases += 1;
        }
    }

    println!(
        "{} inputs; {} mutated nodes ({distinct} distinct positions, {} of {others} other nodes); {cases} mutation cases",
        inputs.len(),
        sites.len(),
        sites.len() - distinct,
    );
    println!(
        "{:<22} {:>7} {:>9} {:>7} {:>9}",
        "type", "inputs", "accepted", "cases", "accepted"
    );
    for (kind, t) in &tally {
        println!(
            "{:<22} {:>7} {:>9} {:>7} {:>9}",
            format!("{kind:?}"),
            t.inputs,
            t.accepted,
            t.cases,
            t.cases_accepted
        );
    }
    for s in &skipped {
        println!("skipped: {s}");
    }
    for a in ALLOWED {
        match findings.allowed.get(a.id) {
            Some((per_kind, example)) => {
                let counts: Vec<String> = per_kind.iter().map(|(k, n)| format!("{k:?} {n}")).collect();
                println!(
                    "allowed difference {} ({} cases: {}): {}\n  e.g. {example}",
                    a.id,
                    per_kind.values().sum::<usize>(),
                    counts.join(", "),
                    a.reason
                );
            }
            None => findings.disagreements.push(format!(
                "allowed difference {:?} no longer occurs: remove it from ALLOWED",
                a.id
            )),
        }
    }
    let d = &findings.disagreements;
    assert!(
        d.is_empty(),
        "{} disagreements between serde_json::from_value and json_input::from_value; the first {}:\n{}",
        d.len(),
        d.len().min(20),
        d.iter().take(20).cloned().collect::<Vec<_>>().join("\n")
    );
}
