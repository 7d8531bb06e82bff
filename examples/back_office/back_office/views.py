"""The district views the report shows: the agenda (every open obligation, who owes it) and the
fund view (amounts by year, lead department and stage).

Both come from the library: ``fr.Portfolio.agenda`` and ``fr.Portfolio.fund_view`` (issue 14)
when the installed fuling_rules has them; otherwise from each record's ``status`` and events
(the same fields, named as issue 14 names them), so the example runs on either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import fuling_rules as fr

from .store import Store

BUREAU = "区大数据发展局"
_PROVISIONAL = fr.Calendar.official(provisional_until=2035)


@dataclass(frozen=True)
class Item:
    """One open obligation (issue 14's ``AgendaItem`` fields, plus the names the report prints)."""

    project_id: str | None
    application_id: str
    application_name: str
    obligation: str
    what_zh: str
    what_en: str
    responsible: str  # the role: big_data_bureau, lead_department, responsible_department
    department: str | None  # the department in that role, None for the Bureau
    trigger_date: dt.date | None
    due: dt.date | None
    working_days_left: int | None
    overdue: bool
    strength: str
    article: str  # 第十九条第(二)项
    article_en: str  # Art. 19(2)
    explanation: str | None  # the due date's explanation, in Chinese
    error: str | None  # e.g. calendar_out_of_range
    estimate: dt.date | None  # the provisional estimate when the due date is out of the calendar
    provisional: bool = False

    @property
    def owner(self) -> str:
        return self.department or BUREAU

    @property
    def date(self) -> dt.date | None:
        """The date the agenda sorts on: the due date, else the estimate."""
        return self.due or self.estimate

    def record_id(self) -> str:
        return self.project_id or self.application_id


def working_days_left(as_of: dt.date, due: dt.date | None, calendar: fr.Calendar | None = None) -> int | None:
    """Issue 14: the working days d with as_of < d <= due; when overdue, minus those with due < d <= as_of."""
    if due is None:
        return None
    cal = calendar or fr.Calendar.official()
    if due >= as_of:
        return cal.working_days_between(as_of, due)
    return -cal.working_days_between(due, as_of)


def _department(role: str, app: dict[str, Any]) -> str | None:
    if role == "lead_department":
        return app.get("lead_department") or app.get("responsible_department")
    if role == "responsible_department":
        return app.get("responsible_department")
    return None  # the Bureau (区大数据发展局)


def _item(
    o: dict[str, Any], as_of: dt.date, project_id: str | None, app: dict[str, Any]
) -> Item:
    """An item from an obligation's JSON (``Obligation.to_dict()`` / an application status)."""
    due = dt.date.fromisoformat(o["due"]) if o.get("due") else None
    est = o.get("estimate")
    estimate = dt.date.fromisoformat(est["due"]) if est else None
    art = fr.Citation.from_dict(o["article"])
    expl = o.get("explanation")
    sentence = None
    if expl:
        sentence = fr.Explanation(expl).sentence_zh()
    elif est:
        sentence = est.get("basis_zh")
    wdl = working_days_left(as_of, due) if due else (working_days_left(as_of, estimate, _PROVISIONAL) if estimate else None)
    return Item(
        project_id=project_id,
        application_id=app.get("id", ""),
        application_name=app.get("name", ""),
        obligation=o["id"],
        what_zh=o["what_zh"],
        what_en=o["what_en"],
        responsible=o["responsible"],
        department=_department(o["responsible"], app),
        trigger_date=dt.date.fromisoformat(o["trigger_date"]) if o.get("trigger_date") else None,
        due=due,
        working_days_left=wdl,
        overdue=bool(o.get("overdue")),
        strength=o.get("strength", "shall"),
        article=art.zh(),
        article_en=art.en(),
        explanation=sentence,
        error=(o.get("error") or {}).get("code"),
        estimate=estimate,
        provisional=bool(o.get("provisional")) or (due is None and estimate is not None),
    )


def _sort_key(i: Item) -> tuple[int, dt.date, str, str]:
    d = i.date
    return (1 if d is None else 0, d or dt.date.max, i.record_id(), i.obligation)


def agenda(store: Store, as_of: dt.date, within_working_days: int | None = None) -> list[Item]:
    """Every open obligation across the store as of ``as_of``, sorted by date, then record id, then
    obligation (items with neither a due date nor an estimate last)."""
    items: list[Item] = []
    for pid, project in store.projects.items():
        aid = store.project_rows[pid].application_id
        record = store.applications[aid]
        status = project.status_with(record, as_of)
        for o in status.obligations:
            items.append(_item(o.to_dict(), as_of, pid, record.application))
    for aid, record in store.applications.items():
        for od in record.status(as_of).get("obligations", []):
            items.append(_item(od, as_of, None, record.application))
    if within_working_days is not None:
        items = [i for i in items if i.working_days_left is None or i.working_days_left <= within_working_days]
    return sorted(items, key=_sort_key)


def by_owner(items: Iterable[Item]) -> list[tuple[str, list[Item]]]:
    """Items grouped by owner (department, or the Bureau); within an owner overdue first, then by
    date; owners with overdue items first, then by their earliest date."""
    groups: dict[str, list[Item]] = {}
    for i in items:
        groups.setdefault(i.owner, []).append(i)
    for g in groups.values():
        g.sort(key=lambda i: (not i.overdue, *_sort_key(i)))

    def owner_key(kv: tuple[str, list[Item]]) -> tuple[int, dt.date, str]:
        first = kv[1][0]
        return (0 if any(i.overdue for i in kv[1]) else 1, first.date or dt.date.max, kv[0])

    return sorted(groups.items(), key=owner_key)


# ---- the fund view ------------------------------------------------------------------------
#: Stage columns: the event that sets each amount (第十九条, 第二十一条).
STAGES = (
    ("funding_demand", "资金需求计划", ("funding_plan_submitted",)),
    ("preliminary", "初步资金计划", ("preliminary_funding_plan_set",)),
    ("plan", "应用开发资金计划 / 运维计划", ("development_plan_submitted", "om_plan_submitted")),
    ("approved", "批复金额", ("approved",)),
)


@dataclass
class FundRow:
    year: int
    lead_department: str
    projects: set[str] = field(default_factory=set)
    fen: dict[str, int] = field(default_factory=dict)

    def yuan(self, stage: str) -> str:
        return fr.Amount.from_fen(self.fen.get(stage, 0)).to_yuan_string()


@dataclass(frozen=True)
class LargePlan:
    project_id: str
    application_name: str
    lead_department: str
    amount: str
    plan_date: dt.date
    filed_on: dt.date | None
    state: str


@dataclass(frozen=True)
class Exceptional:
    project_id: str
    kind: str  # outside_budget (第二十五条), adjusted, replanned, withdrawn
    date: dt.date
    article: str
    detail: str


@dataclass
class FundView:
    rows: list[FundRow]
    large_plans: list[LargePlan]
    exceptions: list[Exceptional]


def fund_view(store: Store, year: int | None = None) -> FundView:
    """Amounts per year and lead department at each stage: for each project the latest amount each
    stage's event set, counted in the year of that event (docs: issue 14)."""
    rows: dict[tuple[int, str], FundRow] = {}
    large: list[LargePlan] = []
    exceptions: list[Exceptional] = []
    for pid, project in store.projects.items():
        app = store.applications[store.project_rows[pid].application_id].application
        lead = app.get("lead_department") or app.get("responsible_department") or "—"
        latest: dict[str, tuple[dt.date, int]] = {}
        plan_date: dt.date | None = None
        plan_amount: fr.Amount | None = None
        filed: dt.date | None = None
        for e in project.events:
            d = dt.date.fromisoformat(e["date"])
            t = e["type"]
            for stage, _, types in STAGES:
                if t in types and e.get("amount") is not None:
                    latest[stage] = (d, fr.Amount(str(e["amount"])).fen)
            if t == "development_plan_submitted" and e.get("amount") is not None:
                plan_date, plan_amount = d, fr.Amount(str(e["amount"]))
            if t == "municipal_filing_submitted":
                filed = d
            if t == "outside_budget_funding_arranged":
                exceptions.append(Exceptional(pid, "outside_budget", d, fr.Citation(25).zh(), e.get("basis", "")))
            if t in ("project_adjusted", "project_replanned"):
                kind = "adjusted" if t == "project_adjusted" else "replanned"
                exceptions.append(Exceptional(pid, kind, d, fr.Citation(19).zh(), e.get("leading_group_consent", "")))
            if t == "withdrawn":
                exceptions.append(Exceptional(pid, "withdrawn", d, "—", e.get("reason", "")))
        for stage, (d, fen) in latest.items():
            if year is not None and d.year != year:
                continue
            row = rows.setdefault((d.year, lead), FundRow(d.year, lead))
            row.projects.add(pid)
            row.fen[stage] = row.fen.get(stage, 0) + fen
        if plan_amount is not None and plan_date is not None and fr.requires_municipal_filing(plan_amount):
            if year is None or plan_date.year == year:
                large.append(
                    LargePlan(pid, app.get("name", ""), lead, plan_amount.to_yuan_string(), plan_date, filed, project.state)
                )
    return FundView(
        sorted(rows.values(), key=lambda r: (r.year, r.lead_department)),
        sorted(large, key=lambda p: (p.filed_on is not None, p.plan_date, p.project_id)),
        sorted(exceptions, key=lambda x: (x.date, x.project_id)),
    )
