"""The back-office example (examples/back_office): the store built from the sample district, the
report's content, the import of a sheet with bad rows, re-import, refused events.

Run by scripts/test-python (pytest in the wheel's fresh venv, openpyxl installed there).
Expected dates are worked out by hand from the 2026 calendar (official data: weekends are rest
days; 2026 National Day 10-01..10-07; no holiday in November 2026); each says how.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import fuling_rules as fr  # noqa: E402

from back_office import SAMPLE, SAMPLE_AS_OF, report, views  # noqa: E402
from back_office.__main__ import main  # noqa: E402
from back_office.import_sheet import COLUMNS, import_rows, import_sheet, read_rows, write_xlsx  # noqa: E402
from back_office.store import Refused, Store  # noqa: E402

# The sample's refused rows (spreadsheet row numbers, header = row 1) and their codes.
SAMPLE_REFUSED = {
    185: "municipal_filing_required",  # FL-2026-016: 860万元 plan, no municipal filing (第二十条)
    370: "event_out_of_order",  # FL-2026-012: dated before the funding plan
    371: "conditions_not_met",  # FL-2025-021: four of 第三十四条's conditions missing
    372: "application_event_on_project",  # a label is the application's fact (第三十八条)
    373: "unknown_record",  # FL-2026-099 is not registered
    374: "invalid_input",  # amount "约280万"
    375: "invalid_input",  # date 2026-11-31
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, report.Report]]:
    db = tmp_path_factory.mktemp("bo") / "district.sqlite"
    store = Store(db)
    imported = import_sheet(store, SAMPLE)
    yield store, report.build(store, SAMPLE_AS_OF, [imported])
    store.close()


def _item(rep: report.Report, record: str, obligation: str) -> views.Item:
    (item,) = [i for i in rep.items if i.record_id() == record and i.obligation == obligation]
    return item


def test_sample_loads(sample: tuple[Store, report.Report]) -> None:
    store, rep = sample
    assert store.counts() == {"applications": 30, "projects": 31, "events": 306}
    assert store.problems == []
    assert {r.row: r.code for r in rep.refused} == SAMPLE_REFUSED
    (filing,) = [r for r in rep.refused if r.row == 185]
    assert filing.article == "第二十条"
    # The stories of the sample: a returned plan, a rejection and its resubmission, a deregistration.
    assert store.projects["FL-2026-017"].state == "approved"
    assert any(e["type"] == "preliminary_review_returned" for e in store.projects["FL-2026-017"].events)
    assert store.projects["FL-2025-018"].state == "rejected"
    assert store.projects["FL-2026-018"].to_dict()["follows"] == "FL-2025-018"
    assert store.applications["APP-FL-23"].status(SAMPLE_AS_OF)["state"] == "deregistered"
    assert store.projects["FL-2026-029"].state == "adjusted"
    assert store.projects["FL-2026-028"].state == "withdrawn"


def test_agenda_counts_and_hand_worked_dates(sample: tuple[Store, report.Report]) -> None:
    _, rep = sample
    assert (len(rep.items), len(rep.overdue), len(rep.due_soon), len(rep.undated)) == (14, 5, 4, 3)
    assert {i.record_id() for i in rep.overdue} == {"FL-2026-019", "FL-2025-020", "FL-2026-016", "FL-2026-013", "FL-OM-2026-011"}

    # FL-2026-012: funding plan submitted Fri 2026-11-20; 第十九条(二) 5 working days, start day not
    # counted: Mon 11-23 (1) .. Fri 11-27 (5), the weekend 11-21/22 skipped → 2026-11-27 = as_of: 0 left.
    i = _item(rep, "FL-2026-012", "lead_department_opinion")
    assert (i.due, i.working_days_left, i.overdue, i.article) == (dt.date(2026, 11, 27), 0, False, "第十九条第(二)项")
    assert i.department == "区民政局" and i.responsible == "lead_department"
    # FL-2026-013: submitted Mon 2026-11-09: Tue 10, Wed 11, Thu 12, Fri 13, (weekend) Mon 16 → 2026-11-16;
    # overdue by the working days after it up to 11-27: 17..20 (4) and 23..27 (5) = 9. Owed by the
    # application's lead department (区市场监管局), not its responsible department (区教委).
    i = _item(rep, "FL-2026-013", "lead_department_opinion")
    assert (i.due, i.working_days_left, i.overdue, i.department) == (dt.date(2026, 11, 16), -9, True, "区市场监管局")
    # FL-OM-2026-011: approved Tue 2026-11-10; 第七条 7 working days: 11, 12, 13, 16, 17, 18, 19 → 2026-11-19;
    # overdue by 20, 23, 24, 25, 26, 27 = 6.
    i = _item(rep, "FL-OM-2026-011", "catalog_completion")
    assert (i.due, i.working_days_left, i.article) == (dt.date(2026, 11, 19), -6, "第七条")
    # FL-2025-020: trial run ended Fri 2026-10-09; 第三十三条 one month → Mon 2026-11-09 (民法典 第二百零三条:
    # the same day of the next month, a working day); overdue by 10..13 (4), 16..20 (5), 23..27 (5) = 14.
    i = _item(rep, "FL-2025-020", "trial_run_report")
    assert (i.due, i.working_days_left) == (dt.date(2026, 11, 9), -14)
    # FL-2025-021: ended Mon 2026-11-02 → Wed 2026-12-02; left: Mon 11-30, Tue 12-01, Wed 12-02 = 3.
    i = _item(rep, "FL-2025-021", "trial_run_report")
    assert (i.due, i.working_days_left) == (dt.date(2026, 12, 2), 3)
    # APP-FL-24 (application record): deregistration approved Mon 2026-11-23; 第四十二条 5 working days:
    # 24, 25, 26, 27, (weekend 28/29) Mon 30 → 2026-11-30; 1 working day left.
    i = _item(rep, "APP-FL-24", "deregistration_completion")
    assert (i.project_id, i.due, i.working_days_left, i.article) == (None, dt.date(2026, 11, 30), 1, "第四十二条")
    # FL-2026-016: preliminary review passed Mon 2026-11-02; 第十九条(四) 10 working days for the Bureau:
    # 3..6 (4), 9..13 (9), 16 (10) → 2026-11-16, overdue; its 第二十条 filing has no period (no date).
    i = _item(rep, "FL-2026-016", "joint_review_organisation")
    assert (i.due, i.overdue, i.department, i.owner) == (dt.date(2026, 11, 16), True, None, views.BUREAU)
    i = _item(rep, "FL-2026-016", "municipal_filing")
    assert (i.due, i.article, i.working_days_left) == (None, "第二十条", None)
    # FL-2026-015: 60 working days from 2026-10-21 run past the calendar's end (2026): no due date,
    # the error, and a provisional estimate.
    i = _item(rep, "FL-2026-015", "development_plan_submission")
    assert (i.due, i.error, i.provisional) == (None, "calendar_out_of_range", True)
    assert i.estimate is not None and i.estimate.year == 2027
    # Every dated item carries its explanation, naming the article.
    assert all(i.explanation and i.article[:-1] in i.explanation for i in rep.items if i.due is not None)


def test_agenda_by_owner_overdue_first(sample: tuple[Store, report.Report]) -> None:
    _, rep = sample
    groups = views.by_owner(rep.items)
    flags = [any(i.overdue for i in items) for _, items in groups]
    assert flags == sorted(flags, reverse=True)  # owners with overdue items first
    for _, items in groups:
        overdue = [i.overdue for i in items]
        assert overdue == sorted(overdue, reverse=True)
    assert views.BUREAU in dict(groups)


def test_fund_view(sample: tuple[Store, report.Report]) -> None:
    _, rep = sample
    large = {p.project_id: p for p in rep.fund.large_plans}
    assert set(large) == {"FL-2026-016", "FL-2025-030"}  # 第二十条: 500万元 (含) or more
    assert (large["FL-2026-016"].amount.to_yuan_string(), large["FL-2026-016"].filed) == ("8600000.00", False)
    assert large["FL-2025-030"].filed and large["FL-2025-030"].filed_on is not None
    assert {(x.project_id, x.kind) for x in report.fund_events(rep.fund)} == {
        ("FL-OM-2026-027", "outside_annual_budget"),
        ("FL-2026-028", "withdrawn"),
        ("FL-2026-029", "adjusted"),
    }
    row = {(r.year, r.lead_department): r for r in rep.fund.rows}[(2026, views.BUREAU)]
    got = (row.funding_requested, row.development_plan, row.approved, row.large_plans_unfiled)
    assert got == (fr.Amount("900万元"), fr.Amount("860万元"), fr.Amount(0), 1)


def test_html_is_self_contained(sample: tuple[Store, report.Report], tmp_path: Path) -> None:
    _, rep = sample
    page = report.render_html(rep)
    for needle in ("<script", " src=", "stylesheet", "@import", "url("):
        assert needle not in page
    assert page.count("http") == page.count('xmlns="http://www.w3.org/2000/svg"')  # namespaces only
    assert "<svg" in page and "FL-2026-016" in page and "第二十条" in page and "约280万" in page
    assert page.index("区公共资源交易中心") < page.index("区民政局")  # an owner with overdue items first


def test_xlsx_export(sample: tuple[Store, report.Report], tmp_path: Path) -> None:
    import openpyxl

    _, rep = sample
    path = tmp_path / "report.xlsx"
    report.write_xlsx(rep, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["agenda", "fund_view", "large_plans", "exceptions", "refused_rows"]
    assert wb["agenda"].max_row == 1 + len(rep.items)
    assert wb["refused_rows"].max_row == 1 + len(SAMPLE_REFUSED)


def test_reimport_is_idempotent(tmp_path: Path) -> None:
    store = Store(tmp_path / "d.sqlite")
    first = import_sheet(store, SAMPLE)
    before = store.dump()
    again = import_sheet(store, SAMPLE)
    assert (len(first.accepted), len(first.refused)) == (367, 7)
    assert (len(again.accepted), len(again.present), len(again.refused)) == (0, 367, 7)
    assert store.dump() == before
    # The file reopened replays to the same records.
    reopened = Store(tmp_path / "d.sqlite")
    assert reopened.problems == []
    assert {k: p.to_json() for k, p in reopened.projects.items()} == {k: p.to_json() for k, p in store.projects.items()}


def test_xlsx_import_matches_csv(tmp_path: Path) -> None:
    rows = [cells for _, cells in read_rows(SAMPLE)]
    book = tmp_path / "sample.xlsx"
    write_xlsx(rows, book)
    a, b = Store(), Store()
    ra, rb = import_sheet(a, SAMPLE), import_sheet(b, book)
    assert [(r.row, r.outcome, r.code) for r in ra.rows] == [(r.row, r.outcome, r.code) for r in rb.rows]
    events = "SELECT record_kind, record_id, idx, event FROM events ORDER BY seq"
    assert a.db.execute(events).fetchall() == b.db.execute(events).fetchall()


def test_import_sheet_with_bad_rows(tmp_path: Path) -> None:
    rows: list[dict[str, object]] = [
        {"record": "application", "id": "APP-T", "type": "register", "name": "测试应用", "responsible_department": "区水利局"},
        {"record": "project", "id": "P-T", "type": "register", "application_id": "APP-T", "kind": "development"},
        {"record": "project", "id": "P-T", "type": "ledgered", "date": dt.date(2026, 3, 2)},  # a date cell
        {"record": "project", "id": "P-T", "type": "funding_plan_submitted", "date": "2026-03-09", "amount": "五百万多"},
        {"record": "project", "id": "P-T", "type": "funding_plan_submitted", "date": "2026-03-09", "amount": "510万元"},
        {"record": "project", "id": "P-T", "type": "lead_department_reviewed", "date": "2026-03-06"},
        {"record": "project", "id": "P-X", "type": "ledgered", "date": "2026-03-02"},
        {"record": "project", "id": "P-T", "type": "lead_department_reviewed", "date": "2026-03-12", "fields": "{opinion"},
        {"record": "project", "id": "", "type": "ledgered", "date": "2026-03-02"},
        {"record": "project", "id": "P-U", "type": "register", "application_id": "APP-NONE", "kind": "om"},
        {"record": "project", "id": "P-T", "type": "om_plan_submitted", "date": "2026-03-12"},
        {"record": "project", "id": "P-T", "type": "lead_department_reviewed", "date": "2026-03-12", "fields": '{"opinion": "同意"}'},
    ]
    book = tmp_path / "bad.xlsx"
    write_xlsx(rows, book)
    store = Store(tmp_path / "bad.sqlite")
    rep = import_sheet(store, book)
    got = {r.row: (r.outcome, r.code) for r in rep.rows}
    assert got == {
        2: ("accepted", None),
        3: ("accepted", None),
        4: ("accepted", None),
        5: ("refused", "invalid_input"),  # the amount is unreadable (amount_malformed, at /amount)
        6: ("accepted", None),
        7: ("refused", "event_out_of_order"),  # 03-06 is before the funding plan of 03-09
        8: ("refused", "unknown_record"),  # P-X is not registered
        9: ("refused", "invalid_row"),  # the fields cell is not JSON
        10: ("refused", "invalid_row"),  # no id
        11: ("refused", "unknown_record"),  # its application is not registered
        12: ("refused", "wrong_project_kind"),  # an O&M plan on a development project
        13: ("accepted", None),
    }
    assert "row    5  refused" in rep.text() and "amount_malformed" in rep.text()
    assert store.projects["P-T"].state == "lead_department_reviewed"
    assert store.counts() == {"applications": 1, "projects": 1, "events": 3}


def test_refused_event_leaves_store_unchanged(sample: tuple[Store, report.Report]) -> None:
    store, _ = sample
    before, project_before = store.dump(), store.projects["FL-2026-016"].to_json()
    with pytest.raises(Refused) as e:
        store.append("project", "FL-2026-016", {"type": "joint_review_organised", "date": "2026-11-27"})
    assert (e.value.code, e.value.article, e.value.article_en) == ("municipal_filing_required", "第二十条", "Art. 20")
    with pytest.raises(Refused) as e:
        store.append("application", "APP-FL-24", {"type": "deregistered", "date": "2026-11-27"})
    assert e.value.code == "conditions_not_met"  # 第四十一条: the channels step is not stated
    assert store.dump() == before
    assert store.projects["FL-2026-016"].to_json() == project_before
    # An accepted event is written at the next index; then the filing unblocks the review.
    fresh = Store(store.path)
    n = len(fresh.projects["FL-2026-016"].events)
    assert fresh.append("project", "FL-2026-016", {"type": "municipal_filing_submitted", "date": "2026-11-27"}) == n
    fresh.append("project", "FL-2026-016", {"type": "joint_review_organised", "date": "2026-11-27"})
    assert fresh.projects["FL-2026-016"].state == "joint_review_organised"
    with pytest.raises(Exception, match="append-only"):
        with fresh.db:
            fresh.db.execute("DELETE FROM events WHERE record_id = 'FL-2026-016'")
    fresh.close()


def test_cli_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "374 rows — 367 accepted, 0 already present, 7 refused" in out
    assert "14 open items, 5 overdue, 4 due within 5 working days" in out
    assert {p.name for p in tmp_path.iterdir()} == {"district.sqlite", "report.html", "report.xlsx"}
    assert main(["report", "--db", str(tmp_path / "district.sqlite"), "--out", str(tmp_path / "r"), "--as-of", "2026-11-27"]) == 0


def test_columns_documented() -> None:
    doc = sys.modules["back_office.import_sheet"].__doc__ or ""
    assert all(f"``{c}``" in doc for c in COLUMNS)
    assert import_rows(Store(), [], "empty").summary() == "empty: 0 rows — 0 accepted, 0 already present, 0 refused"
    assert fr.Citation(20).zh() == "第二十条"
