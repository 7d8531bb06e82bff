"""Records (docs/records.md): application records, corrections, rules in force, and the
schema-1 migration replayed on every process scenario's project, as in
tests/tests/migration.rs."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

import fuling_rules as fr

from conftest import SCENARIOS

D = dt.date


def schema_1_record(doc: dict[str, Any]) -> dict[str, Any]:
    project = fr.Project.from_json(doc["project"])
    record: dict[str, Any] = json.loads(json.dumps(doc["project"]))
    for event in doc.get("events") or []:
        try:
            project.apply(event)
            record["events"].append(event)
        except fr.RulesError:
            pass
    return record


# The deliberate differences of tests/tests/migration.rs (EXPECTED_DIFFERENCES, docs/records.md).
DIFFERENT = {
    "process-71-deregistration-during-trial-run-refused.json",
}
# The schema-1 corpus: scenarios with a schema-2 project (process-106 on) are not part of it.
PROCESS = [
    p
    for p in sorted(SCENARIOS.glob("process-*.json"))
    if json.loads(p.read_text(encoding="utf-8"))["project"]["schema"] == 1
]


def _answers(doc: dict[str, Any]) -> tuple[Any, Any]:
    """The answers of the scenario's project loaded as schema 1, and migrated (the project
    evaluated with its application record)."""
    as_of = D.fromisoformat(doc["as_of"])
    v1 = schema_1_record(doc)
    old = fr.Project.from_json(v1).status(as_of)
    report = fr.migrate([v1])
    assert report["refused"] == [] and report["conflicts"] == []
    app = fr.ApplicationRecord.from_json(report["applications"][0])
    project = fr.Project.from_json(report["projects"][0]["project"], application=app)
    new = project.status_with(app, as_of)
    app_status = app.status(as_of)
    state = new.state if app_status["state"] == "registered" else app_status["state"]
    after = (
        state,
        sorted(
            [(o.id, o.due, o.overdue) for o in new.obligations]
            + [(o["id"], o["due"] and D.fromisoformat(o["due"]), o["overdue"]) for o in app_status["obligations"]]
        ),
        set(new.labels) | set(app_status["labels"]),
    )
    before = (old.state, sorted((o.id, o.due, o.overdue) for o in old.obligations), set(old.labels))
    return before, after


@pytest.mark.parametrize("path", PROCESS, ids=lambda p: p.name)
def test_scenario_projects_migrate_to_the_same_answers(path: Any) -> None:
    before, after = _answers(json.loads(path.read_text(encoding="utf-8")))
    if path.name in DIFFERENT:
        assert before != after, f"{path.name} is listed as different but is not"
    else:
        assert before == after


def test_application_record_deregistration_and_audit_trail() -> None:
    app = fr.ApplicationRecord({"id": "APP-RIVER", "name": "涪陵区智慧河长"})
    app.apply({"type": "released", "date": "2025-03-05", "channel": "yu_kuai_ban"})
    disposal = {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}
    app.apply({"type": "deregistration_applied", "date": "2025-09-19", "reason": "stagnant", "disposal": disposal})
    app.apply({"type": "deregistration_approved", "date": "2025-09-26", "recorded_by": "张三"})
    # 第四十二条: 5 working days after Friday 09-26: 09-28 (Sunday, worked), 09-29, 09-30, 10-09, 10-10.
    s = app.status(D(2025, 10, 11))
    assert (s["state"], s["obligations"][0]["due"], s["overdue"]) == (
        "deregistration_approved",
        "2025-10-10",
        ["deregistration_completion"],
    )
    app.apply({"type": "correction", "date": "2025-10-11", "replaces": 2, "reason": "日期录错",
               "event": {"type": "deregistration_approved", "date": "2025-09-30"}})
    s = app.status(D(2025, 10, 11))
    assert s["obligations"][0]["due"] == "2025-10-14"  # 09-30 → 10-09, 10, 11 (Saturday, worked), 13, 14
    assert s["corrections"][0]["reason"] == "日期录错"
    before = app.to_json()
    with pytest.raises(fr.RulesError) as e:  # 第四十一条(四): released on 渝快办, taken down there first
        app.apply({"type": "deregistered", "date": "2025-10-13"})
    assert e.value.code == "conditions_not_met"
    assert app.to_json() == before
    app.apply({"type": "deregistered", "date": "2025-10-13", "disposal": {"channels": "done"}})
    assert app.status(D(2025, 10, 13))["state"] == "deregistered"
    assert fr.ApplicationRecord.from_json(app.to_json()) == app


def test_project_corrections_and_rules_in_force() -> None:
    p = fr.Project("FL-2025-030", "development")
    p.apply({"type": "ledgered", "date": "2025-09-01", "recorded_by": "王五"})
    p.apply({"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"})
    before = p.to_json()
    with pytest.raises(fr.TransitionError):
        p.apply({"type": "void", "date": "2025-10-09", "voids": 0, "reason": "x"})
    assert p.to_json() == before
    p.apply({"type": "void", "date": "2025-10-09", "voids": 1, "reason": "重复申报"})
    assert p.state == "ledgered"
    assert p.status(D(2025, 10, 9)).corrections[0]["kind"] == "void"
    record = p.to_dict()
    assert record["schema"] == 2 and record["events"][0]["recorded_by"] == "王五"
    # One shape on every target: the dict's keys in the order of the core's JSON text.
    assert json.dumps(record, ensure_ascii=False, indent=2) == p.to_json()
    assert list(record) == ["schema", "id", "kind", "application_id", "events"]
    draft = fr.Ruleset()
    final = fr.Ruleset.from_json({**draft.to_dict(), "id": "fuling-final", "in_force_from": "2026-03-01"})
    q = fr.Project.from_json({**record, "ruleset_id": draft.id})
    s = q.status_in(D(2026, 3, 2), [draft, final])
    assert s.receipt.ruleset_id == "fuling-final"
    assert [w["code"] for w in s.warnings] == ["ruleset_differs", "event_before_in_force"]
    assert q.status_in(D(2026, 2, 27), [draft, final]).warnings == ()


def test_migrate_refuses_and_reports_conflicts() -> None:
    a = {"schema": 1, "id": "FL-1", "kind": "om", "application": {"id": "APP-1", "name": "智慧河长"}}
    b = {"schema": 1, "id": "FL-2", "kind": "om", "application": {"id": "APP-1", "name": "智慧河长应用"}}
    report = fr.migrate([a, b, "{"])
    assert [r["code"] for r in report["refused"]] == ["invalid_json"]
    assert report["conflicts"][0]["project_ids"] == ["FL-1", "FL-2"]
    assert report["applications"] == []
