"""fuling_rules — 涪陵区政务数字化应用管理暂行办法(征求意见稿) as code.

A thin Python binding of the Rust library ``fuling-rules``: the official Chinese
working-day calendar (State Council notices, 调休 included), deadlines under
民法典 第二百零一条至第二百零三条, money in integer fen, the approval process
and the regulation's checklists. Every function converts its arguments, calls
the Rust core and maps errors; results equal the Rust results field for field.

Dates are ``datetime.date`` in and out. A ``datetime.datetime`` is rejected
with ``TypeError`` (its calendar day depends on a time zone): pass ``.date()``.

>>> import datetime as dt
>>> import fuling_rules as fr
>>> fr.add_working_days(dt.date(2025, 9, 30), 5)
datetime.date(2025, 10, 14)
>>> fr.requires_municipal_filing("500万元")
True
>>> try:
...     fr.add_working_days(dt.date(1999, 1, 1), 1)
... except fr.CalendarRangeError as e:
...     print(e.code)
calendar_out_of_range
"""

from __future__ import annotations

from . import _native
from ._native import (
    VERSION,
    AmountError,
    Amount,
    Calendar,
    CalendarRangeError,
    Citation,
    InputError,
    Period,
    Ruleset,
    RulesError,
    TransitionError,
    Project,
    ApplicationRecord,
    Portfolio,
    migrate,
    add_working_days,
    add_working_days_many,
    check_acceptance,
    check_catalog,
    check_deregistration,
    check_joint_review,
    check_names,
    check_planning_dossier,
    day_info,
    due_date,
    error_codes,
    explain_due_date,
    is_working_day,
    json_schema,
    label_actions,
    next_working_day,
    parse_notice,
    previous_working_day,
    priority_categories,
    process_markdown_table,
    process_mermaid,
    requires_municipal_filing,
    run_check,
    schema_names,
    sub_working_days,
    working_days_between,
)
from ._records import (
    Agenda,
    AgendaItem,
    FundEvent,
    FundRow,
    FundView,
    LargePlan,
    PortfolioProblem,
    CheckReport,
    Coverage,
    DayInfo,
    ExceptionRecord,
    Explanation,
    Finding,
    LabelAction,
    LabelReport,
    MetLate,
    LoadedNotice,
    Notice,
    NoticeDay,
    Obligation,
    ObligationError,
    Estimate,
    PriorityMatch,
    PriorityResult,
    Receipt,
    Record,
    Status,
    Unchecked,
)

__version__: str = _native.__version__

#: Every error code of the core, in declaration order (mirrors Rust ``ErrorCode::ALL``).
ERROR_CODES: tuple[str, ...] = tuple(error_codes())

__all__ = [
    "Agenda",
    "AgendaItem",
    "FundEvent",
    "FundRow",
    "FundView",
    "LargePlan",
    "PortfolioProblem",
    "Portfolio",
    "Amount",
    "AmountError",
    "Calendar",
    "CalendarRangeError",
    "CheckReport",
    "Citation",
    "Coverage",
    "DayInfo",
    "ERROR_CODES",
    "ExceptionRecord",
    "Explanation",
    "Finding",
    "InputError",
    "LabelAction",
    "LabelReport",
    "MetLate",
    "Notice",
    "NoticeDay",
    "Obligation",
    "ObligationError",
    "Estimate",
    "Period",
    "PriorityMatch",
    "PriorityResult",
    "Project",
    "ApplicationRecord",
    "migrate",
    "LoadedNotice",
    "Receipt",
    "Record",
    "RulesError",
    "Ruleset",
    "Status",
    "TransitionError",
    "Unchecked",
    "VERSION",
    "add_working_days",
    "add_working_days_many",
    "check_acceptance",
    "check_catalog",
    "check_deregistration",
    "check_joint_review",
    "check_names",
    "check_planning_dossier",
    "day_info",
    "due_date",
    "error_codes",
    "explain_due_date",
    "is_working_day",
    "json_schema",
    "label_actions",
    "next_working_day",
    "parse_notice",
    "previous_working_day",
    "priority_categories",
    "process_markdown_table",
    "process_mermaid",
    "requires_municipal_filing",
    "run_check",
    "schema_names",
    "sub_working_days",
    "working_days_between",
]
