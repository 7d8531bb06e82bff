"""Portfolio: loading with problems, the agenda, the fund view and to_pandas()."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import fuling_rules as fr

APP = {
    "schema": 2,
    "application": {"id": "APP-1", "responsible_department": "区水利局", "lead_department": "区农业农村委"},
}


def dev(pid: str, submitted: str, amount: str = "120万元") -> dict[str, Any]:
    return {
        "schema": 2,
        "id": pid,
        "kind": "development",
        "application_id": "APP-1",
        "events": [
            {"type": "ledgered", "date": "2025-09-01"},
            {"type": "funding_plan_submitted", "date": submitted, "amount": amount},
        ],
    }


def test_objects_dicts_and_text_load_together() -> None:
    app = fr.ApplicationRecord.from_json(APP)
    project = fr.Project.from_json(dev("FL-1", "2025-09-30"), application=app)
    p = fr.Portfolio([project, json.dumps(dev("FL-2", "2025-09-30")), dev("FL-2", "2025-09-30")], [app])
    assert len(p) == 2
    assert [x.id for x in p.projects] == ["FL-1", "FL-2"]
    assert [a.id for a in p.applications] == ["APP-1"]
    (problem,) = p.problems
    assert (problem.index, problem.kind, problem.record_id) == (2, "duplicate_id", "FL-2")
    assert "Portfolio(projects=2" in repr(p)


def test_one_text_is_not_a_sequence() -> None:
    with pytest.raises(TypeError, match="from_jsonl"):
        fr.Portfolio(json.dumps(APP))


def test_jsonl_and_dir(tmp_path: Path) -> None:
    text = json.dumps(APP) + "\n" + json.dumps(dev("FL-1", "2025-09-30")) + "\nnot json\n"
    p = fr.Portfolio.from_jsonl(text)
    assert [(x.line, x.code) for x in p.problems] == [(3, "invalid_json")]
    (tmp_path / "a.jsonl").write_text(text, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([dev("FL-9", "2025-09-30")]), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    d = fr.Portfolio.from_dir(tmp_path)
    assert [x.id for x in d.projects] == ["FL-1", "FL-9"]
    (x,) = d.problems
    assert x.file is not None and x.file.endswith("a.jsonl") and x.line == 3


def test_agenda_items_and_rulesets() -> None:
    p = fr.Portfolio([APP, dev("FL-1", "2025-09-30")])
    # Due 10-14: 10-09, 10-10, Saturday 10-11 (worked), 10-13, 10-14.
    agenda = p.agenda(dt.date(2025, 10, 15), ruleset=[fr.Ruleset()])
    (item,) = agenda
    assert isinstance(item, fr.AgendaItem)
    assert (item.due, item.working_days_left, item.overdue) == (dt.date(2025, 10, 14), -1, True)
    assert (item.responsible, item.department) == ("lead_department", "区农业农村委")
    assert item.article == fr.Citation(19, 2)
    assert len(agenda) == 1 and agenda[0] == item
    with pytest.raises(fr.RulesError):
        p.agenda(dt.date(2025, 10, 15), responsible="nobody")


def test_fund_view_amounts_stay_exact() -> None:
    p = fr.Portfolio([APP, dev("FL-1", "2025-09-30", "500万元")])
    v = p.fund_view()
    (row,) = v.rows
    assert (row.year, row.lead_department, row.funding_requested.to_yuan_string()) == (2025, "区农业农村委", "5000000.00")
    assert isinstance(row.funding_requested, fr.Amount)
    assert v.large_plans == ()  # no development plan submitted yet
    assert p.fund_view(2024).rows == ()


@pytest.mark.parametrize("year", [0, -2025, 2**40])
def test_fund_view_year_is_read_as_in_js(year: int) -> None:
    # The core's call::year, as JS fundView: a positive whole number that fits 32 bits.
    p = fr.Portfolio([APP, dev("FL-1", "2025-09-30")])
    with pytest.raises(fr.InputError) as e:
        p.fund_view(year)
    assert e.value.code == "invalid_input"


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    p = fr.Portfolio([APP, dev("FL-1", "2025-09-30")])
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'fuling-rules\[pandas\]'"):
        p.agenda(dt.date(2025, 10, 15)).to_pandas()
    with pytest.raises(ImportError, match=r"fuling-rules\[pandas\]"):
        p.fund_view().to_pandas()


def test_to_pandas() -> None:
    pd = pytest.importorskip("pandas")
    p = fr.Portfolio([APP, dev("FL-1", "2025-09-30", "5,200,000.01")])
    df = p.agenda(dt.date(2025, 10, 15)).to_pandas()
    assert list(df["obligation"]) == ["lead_department_opinion"]
    assert df["due"].iloc[0] == pd.Timestamp("2025-10-14")
    assert df["working_days_left"].iloc[0] == -1
    rows = p.fund_view().to_pandas()
    assert rows["funding_requested"].iloc[0] == "5200000.01"
    assert rows["funding_requested_fen"].iloc[0] == 520000001
    with pytest.raises(ValueError):
        p.fund_view().to_pandas("nope")
