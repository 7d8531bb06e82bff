"""Replays every conformance scenario in tests/scenarios/ through the Python API
and asserts the same expected outputs as the Rust runners."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Callable

import pytest

import fuling_rules as fr

from conftest import SCENARIOS

FILES = sorted(SCENARIOS.glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_scenarios_are_present() -> None:
    assert FILES, f"no scenario files in {SCENARIOS}"


def date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return ("ok", fn())
    except fr.RulesError as e:
        return ("error", e.code)


def calendar_case(case: dict[str, Any]) -> tuple[str, Any]:
    op = case["op"]
    start: str = case.get("date") or case.get("start") or ""

    def run() -> Any:
        if op == "add_working_days":
            return fr.add_working_days(date(case["date"]), case["n"]).isoformat()
        if op == "sub_working_days":
            return fr.sub_working_days(date(case["date"]), case["n"]).isoformat()
        if op == "next_working_day":
            return fr.next_working_day(date(case["date"])).isoformat()
        if op == "is_working_day":
            return fr.is_working_day(date(case["date"]))
        if op == "working_days_between":
            return fr.working_days_between(date(case["start"]), date(case["end"]))
        if op == "due_date":
            return fr.due_date(date(start), case["period"]).isoformat()
        if op == "parse_amount":
            return str(fr.Amount.parse(case["text"]).fen)
        if op == "requires_municipal_filing":
            return fr.requires_municipal_filing(case["amount"])
        raise AssertionError(f"unknown op {op!r}")

    return outcome(run)


def check_cases(path: Path, doc: dict[str, Any]) -> None:
    failures = []
    for i, case in enumerate(doc["cases"]):
        got = calendar_case(case)
        if "error" in case:
            want: tuple[str, Any] = ("error", case["error"])
        elif "expect_fen" in case:
            want = ("ok", case["expect_fen"])
        else:
            want = ("ok", case["expect"])
        if got != want:
            failures.append(f"case {i} {case}: got {got}, want {want}")
    assert not failures, f"{path.name}:\n" + "\n".join(failures)


def check_agenda(path: Path, doc: dict[str, Any]) -> None:
    """As the Rust runner (tests/src/lib.rs, run_agenda_scenario): the records load into a
    Portfolio, whose problems must be exactly the expected ones; each case's agenda must list
    exactly the expected items, in order, compared on the keys given."""
    portfolio = fr.Portfolio(doc["records"])
    failures: list[str] = []

    def compare(what: str, got: dict[str, Any], want: dict[str, Any]) -> None:
        for k, w in want.items():
            if k == "error_code":
                g = (got.get("error") or {}).get("code")
            elif k == "estimate_due":
                g = (got.get("estimate") or {}).get("due")
            else:
                g = got.get(k)
            if g != w:
                failures.append(f"{what}.{k}: got {g!r}, want {w!r}")

    problems = [p.to_dict() for p in portfolio.problems]
    want_problems = doc.get("problems", [])
    if len(problems) != len(want_problems):
        failures.append(f"problems: got {problems}, want {want_problems}")
    else:
        for i, (g, w) in enumerate(zip(problems, want_problems)):
            compare(f"problems[{i}]", g, w)
    as_of = date(doc["as_of"])
    for c, case in enumerate(doc["cases"]):
        o = case["options"]
        agenda = portfolio.agenda(
            as_of,
            o.get("within_working_days"),
            responsible=o.get("responsible"),
            department=o.get("department"),
        )
        got = [i.to_dict() for i in agenda]
        want = case["items"]
        if len(got) != len(want):
            failures.append(f"case {c}: got {[(g['project_id'], g['obligation']) for g in got]}, want {len(want)} items")
            continue
        for i, (g, w) in enumerate(zip(got, want)):
            compare(f"case {c} items[{i}]", g, w)
        if agenda.problems:
            failures.append(f"case {c}: agenda problems {agenda.problems}")
    assert not failures, f"{path.name}:\n" + "\n".join(failures)


RUNNERS: dict[str, Callable[[Path, dict[str, Any]], None]] = {
    "agenda": check_agenda,
    "calendar": check_cases,
    "money": check_cases,
}

try:  # process and checks are wrapped once the core has them
    from scenario_process import run_check, run_process

    RUNNERS["process"] = run_process
    RUNNERS["check"] = run_check
except ImportError:  # pragma: no cover
    pass


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_scenario(path: Path) -> None:
    doc = load(path)
    kind = doc.get("type")
    assert kind in RUNNERS, f"{path.name}: unknown or unsupported scenario type {kind!r}"
    RUNNERS[kind](path, doc)
