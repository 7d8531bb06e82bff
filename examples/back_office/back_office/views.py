"""The district views the report shows, from the library's ``fr.Portfolio`` (the store's records
loaded together): the agenda (``Portfolio.agenda``: every open obligation, who owes it, its due
date, working days left, article and explanation) and the fund view (``Portfolio.fund_view``).

This module only names and groups what the library answers: :class:`Item` adds the
application's name and the trigger date (the explanation's start) that the report prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import fuling_rules as fr

from .store import Store

BUREAU = "区大数据发展局"


@dataclass(frozen=True)
class Item:
    """One open obligation: ``fr.AgendaItem``'s fields, with the texts the report prints."""

    project_id: str | None
    application_id: str
    application_name: str
    obligation: str
    what_zh: str
    what_en: str
    responsible: str  # the role: big_data_bureau, lead_department, responsible_department
    department: str | None  # the department in that role, None for the Bureau
    trigger_date: dt.date | None  # the start of the period (the explanation's start)
    due: dt.date | None
    working_days_left: int | None
    overdue: bool
    strength: str
    article: str  # 第十九条第(二)项
    article_en: str  # Art. 19(2)
    explanation: str | None  # how the date was worked out, in Chinese
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


def _item(i: fr.AgendaItem, names: dict[str, str]) -> Item:
    explanation = i.explanation or (i.estimate.explanation if i.estimate else None)
    if i.explanation is not None:
        sentence: str | None = i.explanation.sentence_zh()
    else:
        sentence = i.estimate.basis_zh if i.estimate else None
    return Item(
        project_id=i.project_id,
        application_id=i.application_id,
        application_name=names.get(i.application_id, ""),
        obligation=i.obligation,
        what_zh=i.what_zh,
        what_en=i.what_en,
        responsible=i.responsible,
        department=i.department,
        trigger_date=explanation.start if explanation else None,
        due=i.due,
        working_days_left=i.working_days_left,
        overdue=i.overdue,
        strength=i.strength,
        article=i.article.zh(),
        article_en=i.article.en(),
        explanation=sentence,
        error=i.error.code if i.error else None,
        estimate=i.estimate.due if i.estimate else None,
        provisional=i.provisional or (i.due is None and i.estimate is not None),
    )


def agenda(store: Store, as_of: dt.date, within_working_days: int | None = None) -> list[Item]:
    """``Portfolio.agenda``: every open obligation as of ``as_of``, in the library's order (by
    date, then record id, then obligation; items with neither a due date nor an estimate last)."""
    names = {aid: str(row.metadata.get("name", "")) for aid, row in store.app_rows.items()}
    return [_item(i, names) for i in store.portfolio().agenda(as_of, within_working_days)]


def _key(i: Item) -> tuple[int, dt.date, str, str]:
    d = i.date
    return (1 if d is None else 0, d or dt.date.max, i.record_id(), i.obligation)


def by_owner(items: Iterable[Item]) -> list[tuple[str, list[Item]]]:
    """Items grouped by owner (department, or the Bureau); within an owner overdue first, then by
    date; owners with overdue items first, then by their earliest date."""
    groups: dict[str, list[Item]] = {}
    for i in items:
        groups.setdefault(i.owner, []).append(i)
    for g in groups.values():
        g.sort(key=lambda i: (not i.overdue, *_key(i)))

    def owner_key(kv: tuple[str, list[Item]]) -> tuple[int, dt.date, str]:
        first = kv[1][0]
        return (0 if any(i.overdue for i in kv[1]) else 1, first.date or dt.date.max, kv[0])

    return sorted(groups.items(), key=owner_key)


#: The fund view's stage columns (``fr.FundRow`` fields) and their names (第十九条, 第二十一条).
STAGES = (
    ("funding_requested", "资金需求计划"),
    ("preliminary_funding", "初步资金计划"),
    ("development_plan", "应用开发资金计划"),
    ("om_plan", "运维资金计划"),
    ("approved", "批复金额"),
)


def fund_view(store: Store, year: int | None = None) -> fr.FundView:
    """``Portfolio.fund_view``: per year and lead department, the amounts at each stage (the year of
    an amount is the year of the event that set it), the plans of 500万元 or more and their
    municipal filing (第二十条), 第二十五条 exceptions, adjustments and withdrawals."""
    return store.portfolio().fund_view(year)
