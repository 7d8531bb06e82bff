"""Issue 11 §2: the junk cases of tests/junk/cases.json give the same outcome here as in
Rust (tests/tests/junk_agreement.rs) and JS (bindings-wasm/tests/junk-agreement.test.mjs):
"ok", "TypeError" or the same error code, with the same messages (message_zh, message_en: the
core's, which the file keeps beside the code; issue 17)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Callable

import fuling_rules as fr

from conftest import REPO

DATES = {
    "is_working_day": [0], "add_working_days": [0], "sub_working_days": [0], "working_days_between": [0, 1],
    "next_working_day": [0], "previous_working_day": [0], "day_info": [0], "due_date": [0],
    "explain_due_date": [0], "project_status": [0], "project_status_in": [0],
}  # fmt: skip


def arg(v: Any) -> Any:
    if isinstance(v, dict) and "$repeat" in v:
        return v["$repeat"][0] * v["$repeat"][1]
    if isinstance(v, dict) and "$big" in v:
        return int(v["$big"])
    return v


def function(name: str) -> Callable[..., Any]:
    calls: dict[str, Callable[..., Any]] = {
        "amount_parse": fr.Amount.parse,
        "amount_from_fen": fr.Amount.from_fen,
        "calendar_from_json": fr.Calendar.from_json,
        "ruleset_from_json": fr.Ruleset.from_json,
        "project_new": fr.Project,
        "project_from_json": fr.Project.from_json,
        "project_apply": lambda e: fr.Project("junk", "development").apply(e),
        "project_status": lambda d: fr.Project("junk", "development").status(d),
        "project_status_in": lambda d, rs: fr.Project("junk", "development").status_in(d, rs),
        "check_label_actions": fr.label_actions,
        "check_priority_categories": fr.priority_categories,
        "period_parse": fr.Period.parse,
        "calendar_with_notice": lambda t: fr.Calendar.official().with_notice(t),
        "calendar_official": lambda y: fr.Calendar.official(provisional_until=y),
    }
    return calls.get(name) or getattr(fr, name)


def outcome(name: str, raw: list[Any]) -> tuple[str, str | None, str | None]:
    """The outcome of a case, and the error's messages."""
    args = [arg(v) for v in raw]
    for i in DATES.get(name, []):
        if isinstance(args[i], str):
            args[i] = dt.date.fromisoformat(args[i])
    try:
        function(name)(*args)
        return ("ok", None, None)
    except fr.RulesError as e:
        return (str(e.code), e.message_zh, e.message_en)
    except TypeError:
        return ("TypeError", None, None)


def expected(c: dict[str, Any]) -> tuple[str, str | None, str | None]:
    """The outcome and messages of a case in Python: the core's (the file's), except where
    Python's message differs (same code), each for its reason."""
    zh, en = c.get("message_zh"), c.get("message_en")
    # Python's converter of Python objects to JSON refuses a nesting deeper than 64 itself
    # (convert.rs, MAX_DEPTH), with its own message, before the check's reader would.
    if c["call"].startswith("check_") and en == "input is nested deeper than 64 levels":
        zh, en = "输入无效:input nests deeper than 64 levels", "invalid input: input nests deeper than 64 levels"
    # A float is never a day count in Python (5.0 is refused too): a huge one is "not a whole
    # number" rather than "too large" (the core's reading of a JS number or a JSON double).
    if isinstance(c["args"][-1], float) and en == "the day count is too large (at most 4294967295)":
        zh, en = "天数应为非负整数", "the day count must be a non-negative whole number"
    return (c["expect"], zh, en)


def test_junk_gives_the_same_codes_and_messages_as_rust_and_js() -> None:
    doc = json.loads((REPO / "tests" / "junk" / "cases.json").read_text(encoding="utf-8"))
    cases = doc["cases"]
    assert len(cases) >= 200
    wrong = [
        f"case {i} {c['call']}{json.dumps(c['args'], ensure_ascii=False)[:80]}: expected {want}, got {got}"
        for i, c in enumerate(cases)
        if (got := outcome(c["call"], c["args"])) != (want := expected(c))
    ]
    assert not wrong, "\n".join(wrong)
