"""Python replay of the "process" and "check" conformance scenarios; the same
comparisons as the Rust runners in tests/src/lib.rs and tests/tests/check_scenarios.rs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import fuling_rules as fr


def _article(a: Any) -> Any:
    return None if a is None else fr.Citation.from_dict(a)


def run_process(path: Path, doc: dict[str, Any]) -> None:
    errs: list[str] = []
    # An optional application record: the project is loaded for it and evaluated with it.
    app = fr.ApplicationRecord.from_json(doc["application"]) if "application" in doc else None
    project = fr.Project.from_json(doc["project"], application=app)
    rejected = {r["index"]: r for r in doc.get("rejected") or []}
    events = doc.get("events") or []
    for i, event in enumerate(events):
        before = project.to_json()
        want = rejected.get(i)
        try:
            project.apply(event)
            if want is not None:
                errs.append(f"event {i} was accepted; expected {want['code']}")
        except fr.RulesError as e:
            if want is None:
                errs.append(f"event {i} refused unexpectedly: [{e.code}] {e.message_en}")
                continue
            if e.code != want["code"]:
                errs.append(f"event {i}: expected {want['code']}, got [{e.code}] {e.message_en}")
            if want.get("article") is not None and e.article != _article(want["article"]):
                errs.append(f"event {i}: expected article {want['article']}, got {e.article!r}")
            if project.to_json() != before:
                errs.append(f"event {i}: refused but the project changed")
    for idx in rejected:
        if idx >= len(events):
            errs.append(f"rejected index {idx} is past the {len(events)} events")

    as_of = dt.date.fromisoformat(doc["as_of"])
    status = project.status(as_of) if app is None else project.status_with(app, as_of)
    expect = doc["expect"]
    if status.state != expect["state"]:
        errs.append(f"state: expected {expect['state']}, got {status.state}")
    assert project.state == status.state

    got = [
        (o.id, None if o.due is None else o.due.isoformat(), o.overdue, o.article.to_dict())
        for o in status.obligations
    ]
    unmatched = list(got)
    for o in expect["obligations"]:
        w = (o["id"], o.get("due"), bool(o.get("overdue", False)), o.get("article"))
        pos = next(
            (
                k
                for k, g in enumerate(unmatched)
                if g[0] == w[0] and g[1] == w[1] and g[2] == w[2] and (w[3] is None or g[3] == w[3])
            ),
            None,
        )
        if pos is None:
            errs.append(f"expected obligation {w} not found; got {got}")
        else:
            unmatched.pop(pos)
    for g in unmatched:
        errs.append(f"unexpected obligation {g}")
    for o in status.obligations:
        if (o.due is None) != (o.explanation is None) or (o.explanation is not None and o.explanation.due != o.due):
            errs.append(f"obligation {o.id} lacks a matching explanation")
    if "met_late" in expect:
        g2 = sorted((m.id, m.due.isoformat(), m.met_on.isoformat()) for m in status.met_late)
        w2 = sorted((m["id"], m["due"], m["met_on"]) for m in expect["met_late"])
        if g2 != w2:
            errs.append(f"met_late: expected {w2}, got {g2}")
    if "exceptions" in expect:
        g3 = sorted(e.kind for e in status.exceptions)
        w3 = sorted(e["kind"] for e in expect["exceptions"])
        if g3 != w3:
            errs.append(f"exceptions: expected {w3}, got {g3}")
    # The application record's own status, where the scenario states it.
    if app is not None and "application" in expect:
        a = app.status(as_of)
        if a["state"] != expect["application"]["state"]:
            errs.append(f"application state: expected {expect['application']['state']}, got {a['state']}")
        fields = ("id", "due", "overdue")
        ga = sorted(_key(o, fields) for o in a["obligations"])
        wa = sorted(_key(o, fields) for o in expect["application"]["obligations"])
        if ga != wa:
            errs.append(f"application obligations: expected {wa}, got {ga}")
        # The catalog (Art 7, Art 37), where stated.
        if "catalog" in expect["application"] and a["catalog"] != expect["application"]["catalog"]:
            errs.append(f"application catalog: expected {expect['application']['catalog']}, got {a['catalog']}")
    # Obligations closed by the application's deregistration.
    g4 = sorted(_key(c, ("id", "due", "overdue", "closed_on")) for c in status.closed)
    w4 = sorted(_key(c, ("id", "due", "overdue", "closed_on")) for c in expect.get("closed") or [])
    if g4 != w4:
        errs.append(f"closed: expected {w4}, got {g4}")
    if "origin" in expect and status.origin != expect["origin"]:
        errs.append(f"origin: expected {expect['origin']}, got {status.origin}")
    # The typed objects carry exactly the core's serde output.
    assert status.to_dict()["as_of"] == doc["as_of"]
    # Schema 2 names the application by id: its metadata (secrecy) comes with it, and its
    # record's catalog (Art 37's guard) where the scenario gives one.
    assert fr.Project.from_json(project.to_json(), application=app or project.application) == project
    assert not errs, f"{path.name}:\n  " + "\n  ".join(errs)


def _key(d: dict[str, Any], fields: tuple[str, ...]) -> str:
    return json.dumps({f: d.get(f) for f in fields}, sort_keys=True, ensure_ascii=False)


def run_check(path: Path, doc: dict[str, Any]) -> None:
    name = doc["check"]
    expect = doc["expect"]
    try:
        report = fr.run_check(name, doc["input"])
    except fr.RulesError as e:
        assert "error" in expect, f"{path.name}: unexpected error [{e.code}] {e.message_en}"
        assert e.code == expect["error"]["code"], f"{path.name}: expected {expect['error']}, got {e.code}"
        return
    assert "error" not in expect, f"{path.name}: expected error {expect['error']}, got {report!r}"
    out = report.to_dict()
    if "findings" in expect:
        assert isinstance(report, fr.CheckReport)
        fields = ("code", "severity", "article", "path")
        want = sorted(_key(f, fields) for f in expect["findings"])
        have = sorted(_key(f, fields) for f in out["findings"])
        assert want == have, f"{path.name}: findings differ\n  want {want}\n  have {have}"
        blocking = any(f["severity"] == "blocking" for f in expect["findings"])
        assert report.passed is (not blocking), f"{path.name}: passed is {report.passed}"
        # The typed findings mirror the dicts field for field.
        for f, d in zip(report, out["findings"]):
            assert isinstance(f, fr.Finding)
            assert (f.code, f.severity, f.article.to_dict(), f.path) == (
                d["code"],
                d["severity"],
                d["article"],
                d["path"],
            )
            assert f.message_zh == d["message_zh"] and f.message_en == d["message_en"]
        bare = name.removeprefix("check_")
        direct = getattr(fr, "check_" + bare)(doc["input"])
        assert direct == report
    if "actions" in expect:
        fields = ("label", "action", "article", "mandatory")
        want = sorted(_key(a, fields) for a in expect["actions"])
        have = sorted(_key(a, fields) for a in out["actions"])
        assert want == have, f"{path.name}: actions differ: {have}"
        assert fr.label_actions(doc["input"]) == report
    if "priority" in expect:
        assert out["priority"] == expect["priority"], f"{path.name}: priority {out['priority']}"
        assert out["categories"] == expect["categories"], f"{path.name}: categories {out['categories']}"
        assert fr.priority_categories(doc["input"]) == report
