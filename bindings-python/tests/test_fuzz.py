"""Random junk into every public callable: only RulesError or TypeError may come
out (never a Rust panic, OverflowError, UnicodeError, RecursionError, ...)."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from typing import Any, Callable

import fuling_rules as fr

SEED = 20250930


def junk(rng: random.Random, depth: int = 0) -> Any:
    kinds: list[Callable[[], Any]] = [
        lambda: None,
        lambda: True,
        lambda: rng.randint(-(2**70), 2**70),
        lambda: rng.choice([0, 1, -1, 5, 60, 2**31, 2**32, 2**63, 2**64, -(2**63)]),
        lambda: rng.choice([0.0, -1.5, 1e308, float("nan"), float("inf"), 5e6]),
        lambda: rng.choice(["", "500万元", "伍佰佰万", "2025-09-30", "{", "[]", "null", "\ud800", "x" * 300]),
        lambda: "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 12))),
        lambda: json.dumps({"unit": rng.choice(["days", "weeks", 5]), "count": rng.randint(-3, 10**6)}),
        lambda: dt.date(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28)),
        lambda: dt.date(rng.randint(2004, 2026), rng.randint(1, 12), rng.randint(1, 28)),
        lambda: dt.datetime(2025, 9, 30, 12, 0),
        lambda: dt.datetime(2025, 9, 30, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        lambda: dt.date.min,
        lambda: dt.date.max,
        lambda: Decimal(rng.choice(["5000000", "-1", "NaN", "1E+30", "0.001", "sNaN", "Infinity"])),
        lambda: b"bytes",
        lambda: object(),
        lambda: fr.Amount.parse("5000000"),
        lambda: fr.Period.working_days(rng.randint(0, 100)),
        lambda: fr.Citation(19, 2),
        lambda: {"format": 1, "days": [{"date": "2025-06-03", "type": rng.choice(["holiday", "workday", "x"])}]},
        lambda: {"schema": 1, "id": "p", "kind": rng.choice(["development", "om", "x"]), "events": []},
        lambda: {"type": rng.choice(["need_registered", "funding_plan_submitted", "nope"]), "date": "2025-09-30"},
    ]
    if depth < 3:
        kinds.append(lambda: [junk(rng, depth + 1) for _ in range(rng.randint(0, 3))])
        kinds.append(lambda: tuple(junk(rng, depth + 1) for _ in range(rng.randint(0, 3))))
        kinds.append(lambda: {str(junk(rng, depth + 1))[:8]: junk(rng, depth + 1) for _ in range(rng.randint(0, 3))})
        kinds.append(lambda: {1: "non-str key"})
    return rng.choice(kinds)()


def targets() -> list[tuple[str, Callable[..., Any]]]:
    cal = fr.Calendar.official()
    project = fr.Project("fuzz", "development")
    names = [
        "is_working_day",
        "add_working_days",
        "add_working_days_many",
        "sub_working_days",
        "working_days_between",
        "next_working_day",
        "previous_working_day",
        "day_info",
        "due_date",
        "explain_due_date",
        "requires_municipal_filing",
        "run_check",
        "check_planning_dossier",
        "check_joint_review",
        "check_acceptance",
        "check_catalog",
        "check_deregistration",
        "label_actions",
        "priority_categories",
        "json_schema",
    ]
    out: list[tuple[str, Callable[..., Any]]] = [(n, getattr(fr, n)) for n in names]
    out += [
        ("Amount", fr.Amount),
        ("Amount.parse", fr.Amount.parse),
        ("Amount.from_fen", fr.Amount.from_fen),
        ("Amount.from_yuan", fr.Amount.from_yuan),
        ("Period", fr.Period),
        ("Period.from_dict", fr.Period.from_dict),
        ("Period.working_days", fr.Period.working_days),
        ("Period.months", fr.Period.months),
        ("Citation", fr.Citation),
        ("Citation.from_dict", fr.Citation.from_dict),
        ("Calendar.from_json", fr.Calendar.from_json),
        ("Calendar.from_dates", lambda *a: fr.Calendar.from_dates(holidays=a[0] if a else None, last=a[1] if len(a) > 1 else None)),
        ("Ruleset.from_json", fr.Ruleset.from_json),
        ("Ruleset.requires_municipal_filing", fr.Ruleset().requires_municipal_filing),
        ("Project", fr.Project),
        ("Project.from_json", fr.Project.from_json),
        ("project.apply", project.apply),
        ("project.apply_json", project.apply_json),
        ("project.status", project.status),
        ("project.timeline_mermaid", project.timeline_mermaid),
        ("cal.add_working_days", cal.add_working_days),
        ("cal.add_working_days_many", cal.add_working_days_many),
        ("cal.working_days_between", cal.working_days_between),
        ("cal.due_date", cal.due_date),
        ("cal.explain_due_date", cal.explain_due_date),
        ("cal.day_info", cal.day_info),
        ("Explanation", fr.Explanation),
    ]
    return out


def test_fuzz_only_rules_error_or_type_error() -> None:
    rng = random.Random(SEED)
    calls = 0
    outcomes = {"ok": 0, "RulesError": 0, "TypeError": 0}
    for name, fn in targets():
        for _ in range(400):
            args = [junk(rng) for _ in range(rng.randint(0, 3))]
            calls += 1
            try:
                fn(*args)
                outcomes["ok"] += 1
            except fr.RulesError as e:
                assert isinstance(e.code, str) and e.code in fr.ERROR_CODES, (name, args, e)
                assert e.message_zh and e.message_en
                outcomes["RulesError"] += 1
            except TypeError:
                outcomes["TypeError"] += 1
            except BaseException as e:  # noqa: BLE001 - that is the point
                raise AssertionError(f"{name}{tuple(args)!r} raised {type(e).__name__}: {e}") from e
    assert calls > 10_000
    assert all(v > 0 for v in outcomes.values()), outcomes


def test_deep_and_cyclic_input() -> None:
    deep: Any = []
    for _ in range(10_000):
        deep = [deep]
    cyc: list[Any] = []
    cyc.append(cyc)
    d: dict[str, Any] = {}
    d["self"] = d
    values: list[Any] = [deep, cyc, d, {"a": deep}]
    for value in values:
        for fn in (fr.check_catalog, fr.Calendar.from_json, fr.Project.from_json, fr.Period.from_dict):
            try:
                fn(value)
            except fr.RulesError as e:
                assert e.code in ("input_too_large", "invalid_input", "invalid_calendar_data")
            except TypeError:
                pass


def test_malformed_json_text() -> None:
    for text in ("{", '{"schema": 1', "[1,]", "nul", '"\\x"', "1e99999", "{}" * 1000):
        for fn in (fr.check_catalog, fr.Calendar.from_json, fr.Project.from_json, fr.Ruleset.from_json):
            try:
                fn(text)
            except fr.RulesError as e:
                assert e.code in fr.ERROR_CODES
