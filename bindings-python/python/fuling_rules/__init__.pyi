"""Type stubs of the public package (re-exports; see _native.pyi and _records.py)."""

from . import _native
from ._native import (
    VERSION as VERSION,
    AmountError as AmountError,
    Amount as Amount,
    Calendar as Calendar,
    CalendarRangeError as CalendarRangeError,
    Citation as Citation,
    InputError as InputError,
    Period as Period,
    Ruleset as Ruleset,
    RulesError as RulesError,
    TransitionError as TransitionError,
    add_working_days as add_working_days,
    add_working_days_many as add_working_days_many,
    day_info as day_info,
    due_date as due_date,
    error_codes as error_codes,
    explain_due_date as explain_due_date,
    is_working_day as is_working_day,
    next_working_day as next_working_day,
    previous_working_day as previous_working_day,
    requires_municipal_filing as requires_municipal_filing,
    sub_working_days as sub_working_days,
    working_days_between as working_days_between,
)
from ._records import Coverage as Coverage, DayInfo as DayInfo, Explanation as Explanation, Record as Record

__version__: str

#: Every error code of the core, in declaration order (mirrors Rust ``ErrorCode::ALL``).
ERROR_CODES: tuple[str, ...]

__all__ = [
    "VERSION",
    "ERROR_CODES",
    "Amount",
    "AmountError",
    "Calendar",
    "CalendarRangeError",
    "Citation",
    "Coverage",
    "DayInfo",
    "Explanation",
    "InputError",
    "Period",
    "Record",
    "Ruleset",
    "RulesError",
    "TransitionError",
    "add_working_days",
    "add_working_days_many",
    "day_info",
    "due_date",
    "error_codes",
    "explain_due_date",
    "is_working_day",
    "next_working_day",
    "previous_working_day",
    "requires_municipal_filing",
    "sub_working_days",
    "working_days_between",
]
