"""Type stubs of the extension module ``fuling_rules._native`` (checked by mypy.stubtest)."""

import datetime
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal, final, overload

import numpy as np
import numpy.typing as npt

from os import PathLike

from ._records import (
    Agenda,
    CheckReport,
    Coverage,
    DayInfo,
    Explanation,
    FundView,
    LabelReport,
    Notice,
    PortfolioProblem,
    PriorityResult,
    Status,
)

__all__ = [
    "__version__",
    "VERSION",
    "RulesError",
    "CalendarRangeError",
    "AmountError",
    "TransitionError",
    "InputError",
    "Citation",
    "Amount",
    "Period",
    "Calendar",
    "Ruleset",
    "error_codes",
    "_error_classes",
    "_raise",
    "_calendar_batch",
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
    "parse_notice",
    "requires_municipal_filing",
    "Project",
    "ApplicationRecord",
    "Portfolio",
    "migrate",
    "process_mermaid",
    "process_markdown_table",
    "run_check",
    "check_planning_dossier",
    "check_joint_review",
    "check_acceptance",
    "check_catalog",
    "check_deregistration",
    "label_actions",
    "priority_categories",
    "json_schema",
    "check_names",
    "schema_names",
]

__version__: str
VERSION: str

class RulesError(ValueError):
    """An error from fuling-rules: `.code` (stable snake_case), `.article` (Citation or None), `.message_zh`, `.message_en`."""

    code: str
    article: Citation | None
    message_zh: str
    message_en: str

class CalendarRangeError(RulesError):
    """A date or result outside the calendar data's coverage (code `calendar_out_of_range`)."""

class AmountError(RulesError):
    """An amount that cannot be read (codes `amount_*`)."""

class TransitionError(RulesError):
    """An event the process does not allow now (e.g. `transition_not_allowed`, `event_out_of_order`, `municipal_filing_required`)."""

class InputError(RulesError):
    """Input of the wrong shape or value (e.g. `invalid_input`, `invalid_json`, `invalid_date`, `invalid_period`)."""

_AmountLike = Amount | int | str | Decimal
_PeriodLike = Period | Mapping[str, Any] | str
_DateSet = Iterable[datetime.date] | Mapping[datetime.date, str]

# Array input of the calendar functions (the extra fuling-rules[numpy]). At run time
# anything with a dtype (a pandas Series or Index) is accepted too; pass .to_numpy() to
# keep the types.
_Errors = Literal["raise", "nat"]
_DateArray = npt.NDArray[np.datetime64]
_CountArray = npt.NDArray[np.integer[Any]]
_Date64 = np.datetime64
_Int64 = np.integer[Any]

@final
class Citation:
    """A citation of an article (条) and optionally an item (项) of the regulation.

    >>> from fuling_rules import Citation
    >>> c = Citation(19, 2)
    >>> c.zh(), c.en(), c.to_dict()
    ('第十九条第(二)项', 'Art. 19(2)', {'article': 19, 'item': 2})
    >>> '5个工作日内' in c.text()
    True
    """
    def __new__(cls, article: int, item: int | None = None) -> Citation:
        """A citation, checked against the embedded text (`unknown_article` otherwise)."""
    @staticmethod
    def from_dict(data: Mapping[str, Any] | str) -> Citation:
        """From the JSON form `{"article": 19, "item": 2}` (a dict or JSON text)."""
    @property
    def article(self) -> int:
        """The article number (第N条)."""
    @property
    def item(self) -> int | None:
        """The item number (第(N)项), or None for the whole article."""
    def zh(self) -> str:
        """Chinese form, e.g. `第十九条第(二)项`."""
    def en(self) -> str:
        """English form, e.g. `Art. 19(2)`."""
    def text(self) -> str | None:
        """The cited text from the embedded regulation."""
    def to_dict(self) -> dict[str, int]:
        """The JSON form as a dict: `{"article": 19, "item": 2}` (no `item` for a whole article)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __lt__(self, other: Citation, /) -> bool: ...
    def __le__(self, other: Citation, /) -> bool: ...
    def __gt__(self, other: Citation, /) -> bool: ...
    def __ge__(self, other: Citation, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[int, int | None]]: ...

@final
class Amount:
    """An amount of money (金额): a non-negative whole number of fen (分). Immutable,
    ordered, hashable. Built from `int` (yuan), `str` (parsed like `Amount.parse`),
    `decimal.Decimal` or another `Amount`; a `float` is rejected (binary rounding).

    >>> from fuling_rules import Amount
    >>> a = Amount.parse("500万元")
    >>> a == Amount.parse("¥5,000,000.00") == Amount.parse("人民币伍佰万元整") == Amount(5_000_000)
    True
    >>> a.fen, a.to_yuan_string(), str(a), a.to_chinese_uppercase()
    (500000000, '5000000.00', '5,000,000.00 元', '人民币伍佰万元整')
    >>> a
    Amount('5000000.00')
    """
    ZERO: ClassVar[Amount]
    """Zero."""
    MAX: ClassVar[Amount]
    """The largest amount, 99,999,999,999,999.99 yuan."""
    FIVE_MILLION_YUAN: ClassVar[Amount]
    """5,000,000.00 yuan (500万元), the Art. 20 threshold."""
    def __new__(cls, value: _AmountLike) -> Amount:
        """`Amount(value)`: value is an `Amount`, an `int` of yuan, a `str` (as `Amount.parse`) or a `Decimal` of yuan."""
    @staticmethod
    def parse(text: str) -> Amount:
        """Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.

        Raises `AmountError` (`amount_empty`, `amount_malformed`, `amount_negative`,
        `amount_too_precise`, `amount_overflow`).
        """
    @staticmethod
    def from_fen(fen: int) -> Amount:
        """An amount of `fen` 分 (an int)."""
    @staticmethod
    def from_yuan(yuan: _AmountLike) -> Amount:
        """An amount of yuan: `int`, `Decimal` or `str`; `float` is rejected with `TypeError`."""
    @property
    def fen(self) -> int:
        """The amount in fen (an int)."""
    def to_yuan_string(self) -> str:
        """Canonical yuan string, e.g. `"5000000.00"` (the JSON form)."""
    def to_chinese_uppercase(self) -> str:
        """中文大写, e.g. `人民币伍佰万元整`."""
    def to_decimal(self) -> Decimal:
        """The amount in yuan as an exact `decimal.Decimal`."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __lt__(self, other: Amount, /) -> bool: ...
    def __le__(self, other: Amount, /) -> bool: ...
    def __gt__(self, other: Amount, /) -> bool: ...
    def __ge__(self, other: Amount, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[str]]: ...

@final
class Period:
    """A period (期限): a count of working days, days or months, forward or
    backward, deadline or minimum duration. Immutable and hashable; its JSON
    form is `{"unit", "count", "direction", "kind"}`.

    >>> from fuling_rules import Period
    >>> p = Period.working_days(10).before()
    >>> p
    Period(unit='working_days', count=10, direction='before', kind='deadline')
    >>> str(p), p.zh()
    ('10 working days before', '前10个工作日')
    >>> Period.from_dict({"unit": "days", "count": 90, "kind": "minimum"}) == Period.days(90).minimum()
    True
    """
    def __new__(
        cls,
        unit: Literal["working_days", "days", "months"] | str,
        count: int,
        direction: Literal["after", "before"] | str | None = None,
        kind: Literal["deadline", "minimum"] | str | None = None,
    ) -> Period:
        """`Period(unit, count, direction="after", kind="deadline")`; unit is
        `"working_days"`, `"days"` or `"months"`.
        """
    @staticmethod
    def from_dict(data: _PeriodLike) -> Period:
        """From the JSON form (a dict or JSON text; the regulation's wording is read too)."""
    @staticmethod
    def parse(text: str) -> Period:
        """From the regulation's wording: "5个工作日内", "60个工作日", "五个工作日", "1个月内",
        "90天", "不低于90天" (a minimum), "申报前10个工作日" (counted before). Other text is
        `invalid_input` naming the wordings expected.

        >>> from fuling_rules import Period
        >>> Period.parse("申报前10个工作日") == Period.working_days(10).before()
        True
        >>> Period.parse("不低于90天")
        Period(unit='days', count=90, direction='after', kind='minimum')
        """
    @staticmethod
    def working_days(count: int) -> Period:
        """N working days after (N个工作日内)."""
    @staticmethod
    def days(count: int) -> Period:
        """N calendar days after (N天内)."""
    @staticmethod
    def months(count: int) -> Period:
        """N months after (N个月内)."""
    def before(self) -> Period:
        """The same period counted backward."""
    def minimum(self) -> Period:
        """The same period as a minimum duration (never rolls)."""
    @property
    def unit(self) -> str:
        """`"working_days"`, `"days"` or `"months"`."""
    @property
    def count(self) -> int:
        """The count."""
    @property
    def direction(self) -> str:
        """`"after"` or `"before"`."""
    @property
    def kind(self) -> str:
        """`"deadline"` or `"minimum"`."""
    def zh(self) -> str:
        """Chinese wording, e.g. `5个工作日`."""
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as a dict."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[str, int, str, str]]: ...

@final
class Calendar:
    """A working-day calendar: the official data (State Council notices, 调休
    included) plus any local changes. Immutable.

    >>> import datetime as dt
    >>> from fuling_rules import Calendar
    >>> cal = Calendar.official()
    >>> cal.add_working_days(dt.date(2025, 9, 30), 5)
    datetime.date(2025, 10, 14)
    >>> local = Calendar.from_dates(holidays={dt.date(2025, 6, 3): "区级停工日"}, version="local-1")
    >>> local.is_working_day(dt.date(2025, 6, 3)), local.version().endswith("+local-1")
    (False, True)
    """
    def __new__(cls) -> Calendar:
        """`Calendar()` is the official calendar."""
    @staticmethod
    def official(*, provisional_until: int | None = None) -> Calendar:
        """The official calendar embedded in the library. With `provisional_until=Y`
        (2027–2035), the years after the last loaded notice through `Y` are provisional:
        computed from 全国年节及纪念日放假办法 (no 调休), labelled in `DayInfo.provisional`
        and `Explanation.provisional_from`.

        >>> import datetime as dt, fuling_rules as fr
        >>> cal = fr.Calendar.official(provisional_until=2035)
        >>> cal.day_info(dt.date(2027, 2, 5)).provisional  # 除夕 2027 (2024 revision)
        True
        """
    def with_notice(self, text: str) -> Calendar:
        """This calendar with a State Council notice's text added (pasted the day it
        appears): its days replace earlier entries, the coverage grows to the end of its
        year and the version (hence every receipt) gains `+notice-<id>`. Unreadable text
        is `notice_unreadable`, naming the sentence and its position.
        """
    def with_provisional_until(self, year: int) -> Calendar:
        """This calendar with provisional years after its data, through the end of `year`."""
    def provisional_from(self) -> datetime.date | None:
        """The first provisional day, or `None` when the calendar has no provisional years."""
    def loaded_notices(self) -> list[str]:
        """The ids of the notices loaded from their text beyond the data the calendar
        started from (`with_notice`), in the order loaded.
        """
    @staticmethod
    def from_json(data: Mapping[str, Any] | str) -> Calendar:
        """A custom calendar from the calendar JSON format (a dict or JSON text):
        `{"format": 1, "base": "official" | "none", "version", "first", "last", "notices", "days": [{"date", "type": "holiday" | "workday" | "regular", "name"}]}`.
        """
    @staticmethod
    def from_dates(
        *,
        holidays: _DateSet | None = None,
        workdays: _DateSet | None = None,
        regular: Iterable[datetime.date] | None = None,
        first: datetime.date | None = None,
        last: datetime.date | None = None,
        version: str | None = None,
        base: Literal["official", "none"] | str | None = None,
    ) -> Calendar:
        """A custom calendar from lists of dates: `holidays` (rest days) and
        `workdays` (Saturdays/Sundays worked) as iterables of `date` or dicts
        `date -> name`; `regular` dates return to the Monday–Friday default.
        `base="official"` starts from the official data, `base="none"` from nothing
        (then give `first` and `last`).
        """
    def coverage(self) -> Coverage:
        """The first and last covered date (`Coverage`)."""
    def version(self) -> str:
        """The data version, reported in results."""
    @overload
    def is_working_day(self, d: datetime.date, *, errors: _Errors | None = None) -> bool: ...
    @overload
    def is_working_day(self, d: _DateArray, *, errors: _Errors | None = None) -> npt.NDArray[np.bool_]: ...
    @overload
    def is_working_day(self, d: _Date64, *, errors: _Errors | None = None) -> np.bool_: ...
    @overload
    def add_working_days(self, d: datetime.date, n: int, *, errors: _Errors | None = None) -> datetime.date: ...
    @overload
    def add_working_days(self, d: _DateArray, n: int | _Int64 | _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
    @overload
    def add_working_days(self, d: datetime.date | _Date64, n: _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
    @overload
    def add_working_days(self, d: _Date64, n: int | _Int64, *, errors: _Errors | None = None) -> _Date64: ...
    @overload
    def add_working_days(self, d: datetime.date, n: _Int64, *, errors: _Errors | None = None) -> _Date64: ...
    def add_working_days_many(
        self, dates: Iterable[datetime.date], ns: int | Iterable[int]
    ) -> list[datetime.date]: ...
    @overload
    def sub_working_days(self, d: datetime.date, n: int, *, errors: _Errors | None = None) -> datetime.date: ...
    @overload
    def sub_working_days(self, d: _DateArray, n: int | _Int64 | _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
    @overload
    def sub_working_days(self, d: datetime.date | _Date64, n: _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
    @overload
    def sub_working_days(self, d: _Date64, n: int | _Int64, *, errors: _Errors | None = None) -> _Date64: ...
    @overload
    def sub_working_days(self, d: datetime.date, n: _Int64, *, errors: _Errors | None = None) -> _Date64: ...
    @overload
    def working_days_between(self, start: datetime.date, end: datetime.date, *, errors: _Errors | None = None) -> int: ...
    @overload
    def working_days_between(self, start: _DateArray, end: datetime.date | _Date64 | _DateArray, *, errors: _Errors | None = None) -> npt.NDArray[np.int64]: ...
    @overload
    def working_days_between(self, start: datetime.date | _Date64, end: _DateArray, *, errors: _Errors | None = None) -> npt.NDArray[np.int64]: ...
    @overload
    def working_days_between(self, start: _Date64, end: datetime.date | _Date64, *, errors: _Errors | None = None) -> np.int64: ...
    @overload
    def working_days_between(self, start: datetime.date, end: _Date64, *, errors: _Errors | None = None) -> np.int64: ...
    @overload
    def next_working_day(self, d: datetime.date, *, errors: _Errors | None = None) -> datetime.date: ...
    @overload
    def next_working_day(self, d: _DateArray, *, errors: _Errors | None = None) -> _DateArray: ...
    @overload
    def next_working_day(self, d: _Date64, *, errors: _Errors | None = None) -> _Date64: ...
    @overload
    def previous_working_day(self, d: datetime.date, *, errors: _Errors | None = None) -> datetime.date: ...
    @overload
    def previous_working_day(self, d: _DateArray, *, errors: _Errors | None = None) -> _DateArray: ...
    @overload
    def previous_working_day(self, d: _Date64, *, errors: _Errors | None = None) -> _Date64: ...
    def day_info(self, d: datetime.date) -> DayInfo: ...
    def due_date(self, start: datetime.date, period: _PeriodLike) -> datetime.date:
        """The due date of `period` (a `Period` or its dict) triggered on `start`."""
    def explain_due_date(self, start: datetime.date, period: _PeriodLike) -> Explanation:
        """The due date with its reasons (`Explanation`)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class Ruleset:
    """Every number the regulation sets (规则集). `Ruleset()` / `Ruleset.default()`
    is the draft for comment; `Ruleset.from_json` loads a revised text.

    >>> from fuling_rules import Ruleset
    >>> r = Ruleset.default()
    >>> r.id, r.to_dict()["lead_department_review"]
    ('fuling-draft-for-comment', {'period': {'unit': 'working_days', 'count': 5, 'direction': 'after', 'kind': 'deadline'}, 'article': {'article': 19, 'item': 2}})
    >>> r.requires_municipal_filing("500万元"), r.requires_municipal_filing("4,999,999.99")
    (True, False)
    """
    def __new__(cls) -> Ruleset:
        """`Ruleset()` is the default (draft for comment) ruleset."""
    @staticmethod
    def default() -> Ruleset:
        """The draft-for-comment ruleset."""
    @staticmethod
    def from_json(data: Mapping[str, Any] | str) -> Ruleset:
        """A ruleset from JSON text or a dict (the shape of `to_dict()`); raises
        `InputError` (`invalid_json`, `invalid_ruleset`, `unknown_article`).
        """
    @property
    def id(self) -> str:
        """The identifier reported in results."""
    @property
    def title(self) -> str:
        """The title of the text the numbers come from."""
    def requires_municipal_filing(self, amount: _AmountLike) -> bool:
        """Art. 20 under this ruleset: whether `amount` (Amount, int yuan, str or Decimal) needs municipal filing."""
    def to_dict(self) -> dict[str, Any]:
        """The JSON form as a dict."""
    def to_json(self) -> str:
        """The JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

def error_codes() -> list[str]:
    """Every error code of the core, in declaration order (`ErrorCode::ALL`)."""
def _error_classes() -> list[tuple[str, str]]:
    """The Python exception class name the binding raises for each error code."""
def _raise(code: str) -> None:
    """Raises the exception for `code` (testing aid: checks the mapping of every code)."""
def _calendar_batch(
    calendar: Calendar | None, op: str, a: bytes, b: bytes | int | float | None, nat: bool, offset: int = 0
) -> bytearray:
    """Runs the core's batch query `op` (`CalendarOp::batch_into`) over `int64` day numbers
    (`a`, and `b`: `None`, an `int` count, `int64` counts or, for `working_days_between`,
    end days, as bytes; or a `float`, the first count of a float array, which the core's
    day-count check refuses: `InputError` at position `offset`). Returns a `bytearray`: `int64` day numbers (NaT = `i64::MIN`) for
    dates, `int64` counts (-1 = missing) for `working_days_between`, `uint8` 0/1 (2 =
    missing) for `is_working_day`, written in place when the buffer is aligned. `offset`: the
    position of the first element in the caller's array (`fuling_rules._arrays` sends large
    arrays in chunks), added to error positions. Internal: called by `fuling_rules._arrays`.
    """
@overload
def is_working_day(d: datetime.date, *, errors: _Errors | None = None) -> bool:
    """Whether `d` (a `datetime.date`) is a working day. Array input (numpy
    `datetime64[D]`) gives a `bool` array; with `errors="nat"` a masked array,
    masked where a date is NaT or outside the calendar.

    >>> import datetime as dt, fuling_rules as fr
    >>> fr.is_working_day(dt.date(2025, 9, 28))  # a Sunday worked (调休)
    True
    """
@overload
def is_working_day(d: _DateArray, *, errors: _Errors | None = None) -> npt.NDArray[np.bool_]: ...
@overload
def is_working_day(d: _Date64, *, errors: _Errors | None = None) -> np.bool_: ...
@overload
def add_working_days(d: datetime.date, n: int, *, errors: _Errors | None = None) -> datetime.date:
    """The n-th working day strictly after `d`; the start day is never counted ("在N个工作日内").
    Array input (numpy `datetime64[D]` dates, `n` an int or an int array, broadcast)
    gives a `datetime64[D]` array; see the guide's "numpy arrays" section.

    >>> import datetime as dt, fuling_rules as fr
    >>> fr.add_working_days(dt.date(2025, 9, 30), 5)  # over National Day 2025
    datetime.date(2025, 10, 14)
    """
@overload
def add_working_days(d: _DateArray, n: int | _Int64 | _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
@overload
def add_working_days(d: datetime.date | _Date64, n: _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
@overload
def add_working_days(d: _Date64, n: int | _Int64, *, errors: _Errors | None = None) -> _Date64: ...
@overload
def add_working_days(d: datetime.date, n: _Int64, *, errors: _Errors | None = None) -> _Date64: ...
def add_working_days_many(dates: Iterable[datetime.date], ns: int | Iterable[int]) -> list[datetime.date]:
    """`add_working_days` over sequences: `ns` is one int or a sequence as long as
    `dates`. Returns a list of dates. On error the exception has an `.index`
    attribute naming the failing position.

    >>> import datetime as dt, fuling_rules as fr
    >>> fr.add_working_days_many([dt.date(2025, 9, 30), dt.date(2025, 1, 2)], [5, 1])
    [datetime.date(2025, 10, 14), datetime.date(2025, 1, 3)]
    """
@overload
def sub_working_days(d: datetime.date, n: int, *, errors: _Errors | None = None) -> datetime.date:
    """The n-th working day strictly before `d` (e.g. Art. 24's "申报前10个工作日").
    Array input as `add_working_days`.
    """
@overload
def sub_working_days(d: _DateArray, n: int | _Int64 | _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
@overload
def sub_working_days(d: datetime.date | _Date64, n: _CountArray, *, errors: _Errors | None = None) -> _DateArray: ...
@overload
def sub_working_days(d: _Date64, n: int | _Int64, *, errors: _Errors | None = None) -> _Date64: ...
@overload
def sub_working_days(d: datetime.date, n: _Int64, *, errors: _Errors | None = None) -> _Date64: ...
@overload
def working_days_between(start: datetime.date, end: datetime.date, *, errors: _Errors | None = None) -> int:
    """The number of working days `x` with `start < x <= end`. Array input (either side,
    broadcast) gives an `int64` array; with `errors="nat"` a masked array.
    """
@overload
def working_days_between(start: _DateArray, end: datetime.date | _Date64 | _DateArray, *, errors: _Errors | None = None) -> npt.NDArray[np.int64]: ...
@overload
def working_days_between(start: datetime.date | _Date64, end: _DateArray, *, errors: _Errors | None = None) -> npt.NDArray[np.int64]: ...
@overload
def working_days_between(start: _Date64, end: datetime.date | _Date64, *, errors: _Errors | None = None) -> np.int64: ...
@overload
def working_days_between(start: datetime.date, end: _Date64, *, errors: _Errors | None = None) -> np.int64: ...
@overload
def next_working_day(d: datetime.date, *, errors: _Errors | None = None) -> datetime.date:
    """The first working day on or after `d`. Array input as `add_working_days`."""
@overload
def next_working_day(d: _DateArray, *, errors: _Errors | None = None) -> _DateArray: ...
@overload
def next_working_day(d: _Date64, *, errors: _Errors | None = None) -> _Date64: ...
@overload
def previous_working_day(d: datetime.date, *, errors: _Errors | None = None) -> datetime.date:
    """The last working day on or before `d`. Array input as `add_working_days`."""
@overload
def previous_working_day(d: _DateArray, *, errors: _Errors | None = None) -> _DateArray: ...
@overload
def previous_working_day(d: _Date64, *, errors: _Errors | None = None) -> _Date64: ...
def day_info(d: datetime.date) -> DayInfo:
    """What the calendar says about `d` (`DayInfo`)."""
def due_date(start: datetime.date, period: _PeriodLike, calendar: Calendar | None = None) -> datetime.date:
    """The due date of `period` (a `Period` or its dict) triggered on `start`, on
    the official calendar (or `calendar`), under 民法典 第二百零一条至第二百零三条.

    >>> import datetime as dt, fuling_rules as fr
    >>> fr.due_date(dt.date(2025, 9, 18), fr.Period.months(1))  # Sat 10-18 rolls to Mon
    datetime.date(2025, 10, 20)
    >>> fr.due_date(dt.date(2025, 9, 30), {"unit": "working_days", "count": 5})
    datetime.date(2025, 10, 14)
    """
def explain_due_date(start: datetime.date, period: _PeriodLike, calendar: Calendar | None = None) -> Explanation:
    """The due date with its reasons (`Explanation`, with `sentence_zh` and `sentence_en`),
    on the official calendar (or `calendar`).

    >>> import datetime as dt, fuling_rules as fr
    >>> e = fr.explain_due_date(dt.date(2025, 9, 30), fr.Period.working_days(5))
    >>> e.due, [d.date.isoformat() for d in e.worked]
    (datetime.date(2025, 10, 14), ['2025-10-11'])
    """
def parse_notice(text: str) -> Notice:
    r"""Reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知,
    or a supplementary notice) into a `Notice`: `id`, `year`, `title`, `number`,
    `published`, and the `holidays`, `workdays` and `regular` days it sets. A numbered item
    or dated sentence that cannot be read is `notice_unreadable`, naming it and its position.

    >>> import fuling_rules as fr
    >>> n = fr.parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")
    >>> n.id, [d.date.isoformat() for d in n.holidays]
    ('2027', ['2027-01-01', '2027-01-02', '2027-01-03'])
    """
def requires_municipal_filing(amount: _AmountLike) -> bool:
    """Art. 20: whether a development plan of `amount` (Amount, int yuan, str or
    Decimal; float rejected) must be filed with the municipal Big Data Bureau
    (500万元 inclusive).

    >>> import fuling_rules as fr
    >>> fr.requires_municipal_filing("500万元"), fr.requires_municipal_filing(4_999_999)
    (True, False)
    """

@final
class Project:
    """A project (项目): its id, kind (`"development"` or `"om"`), application and
    ordered dated events; its state is the replay of the events. Events are
    dicts (or JSON text) in the shape of `docs/events.md`. A refused event
    raises (`TransitionError`, `InputError`, …) and leaves the project unchanged.

    >>> import datetime as dt, fuling_rules as fr
    >>> p = fr.Project("FL-2025-001", "development")
    >>> p.state
    'proposed'
    >>> p == fr.Project.from_json(p.to_json())
    True
    """
    def __new__(cls, id: str, kind: Literal["development", "om"] | str | None = None) -> Project:
        """A new project with no events, in state `proposed`."""
    @staticmethod
    def from_json(
        data: Mapping[str, Any] | str,
        *,
        application: ApplicationRecord | Mapping[str, Any] | None = None,
        calendar: Calendar | None = None,
        ruleset: Ruleset | None = None,
    ) -> Project:
        """Loads a project (JSON text or a dict: `{"schema": 2, "id", "kind", "application_id",
        "events"}`; a schema-1 record loads through the migration), replaying its events with
        `ruleset` and `calendar` (default and official when omitted). With `application` (an
        `ApplicationRecord`, or the application's metadata as a dict, e.g. `project.application`),
        the guards read that application's secrecy and labels, and a record's catalog (第七条,
        第三十七条: the project's catalog entry and major iterations; see `docs/records.md`).
        """
    def apply(
        self, event: Mapping[str, Any] | str, *, calendar: Calendar | None = None, ruleset: Ruleset | None = None
    ) -> None:
        """Appends one event, or a correction or void (a dict or JSON text, see `docs/events.md`
        and `docs/records.md`).
        """
    def apply_json(self, json: str) -> None:
        """Applies one event given as JSON text (as Rust's `apply_json`)."""
    @property
    def id(self) -> str:
        """The project's identifier."""
    @property
    def kind(self) -> str:
        """`"development"` or `"om"`."""
    @property
    def state(self) -> str:
        """The current state, e.g. `"proposed"`."""
    @property
    def events(self) -> list[dict[str, Any]]:
        """The events applied, as dicts (their JSON form)."""
    @property
    def application(self) -> dict[str, Any]:
        """The application's metadata, as a dict."""
    @property
    def amount(self) -> Amount | None:
        """The development funding plan amount (第二十条), the latest recorded."""
    @property
    def origin(self) -> str | None:
        """How the need entered the ledger, once known."""
    @property
    def ruleset_id(self) -> str | None:
        """The id of the ruleset the project is kept under, if recorded."""
    def allowed_events(self) -> list[str]:
        """The event types allowed in the current state (guards not evaluated)."""
    def status_in(
        self, as_of: datetime.date, rulesets: Sequence[Ruleset], calendar: Calendar | None = None
    ) -> Status:
        """The status as of `as_of` under the ruleset of `rulesets` (a list of `Ruleset`) in force
        on that date (第四十五条), with warnings where the record was kept under another.
        """
    def status_with(
        self,
        application: ApplicationRecord,
        as_of: datetime.date,
        calendar: Calendar | None = None,
        ruleset: Ruleset | None = None,
    ) -> Status:
        """The status as of `as_of` evaluated with the project's `application` record (an
        `ApplicationRecord`): once the application is deregistered (第四十二条), the project's
        open obligations are closed, not met (`Status.closed`).
        """
    def status(
        self, as_of: datetime.date, calendar: Calendar | None = None, ruleset: Ruleset | None = None
    ) -> Status:
        """The status as of `as_of` (a `datetime.date`): open obligations with due
        dates, articles and explanations, what is overdue and what was met late.
        """
    def timeline_mermaid(self, calendar: Calendar | None = None, ruleset: Ruleset | None = None) -> str:
        """The timeline as a Mermaid `gantt` chart."""
    def to_json(self) -> str:
        """The project as JSON text; `Project.from_json` reads it back unchanged."""
    def to_dict(self) -> dict[str, Any]:
        """The project's JSON form as a dict."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class ApplicationRecord:
    """An application record (应用档案, schema 2): the application's metadata and its own events
    (release channel, 第三十八条 labels, 第四十条至第四十二条 deregistration), state and status.
    A refused event raises and leaves the record unchanged. See `docs/records.md`.

    >>> import datetime as dt, fuling_rules as fr
    >>> a = fr.ApplicationRecord({"id": "APP-1", "name": "涪陵区智慧河长"})
    >>> a.apply({"type": "label_marked", "date": "2025-11-03", "label": "high_risk"})
    >>> a.status(dt.date(2025, 11, 3))["labels"]
    ['high_risk']
    >>> fr.ApplicationRecord.from_json(a.to_json()) == a
    True
    """
    def __new__(cls, application: Mapping[str, Any] | str) -> ApplicationRecord:
        """A new record for `application` (a dict: `{"id", "name", ...}`; `id` is required)."""
    @staticmethod
    def from_json(data: Mapping[str, Any] | str) -> ApplicationRecord:
        """Loads a record (JSON text or a dict `{"schema": 2, "application", "events"}`)."""
    def apply(self, event: Mapping[str, Any] | str, *, ruleset: Ruleset | None = None) -> None:
        """Appends one event, or a correction or void (a dict or JSON text)."""
    @property
    def id(self) -> str:
        """The application's id."""
    @property
    def application(self) -> dict[str, Any]:
        """The application's metadata, as a dict."""
    def status(
        self, as_of: datetime.date, calendar: Calendar | None = None, ruleset: Ruleset | None = None
    ) -> dict[str, Any]:
        """The status as of `as_of` (a dict: state, release channel, labels, obligations, ...)."""
    def to_json(self) -> str:
        """The record as JSON text."""
    def to_dict(self) -> dict[str, Any]:
        """The record as a dict."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

_PortfolioRecord = Project | ApplicationRecord | Mapping[str, Any] | str

@final
class Portfolio:
    """Application records and projects loaded together (`docs/portfolio.md`). Each item of
    `projects` and `applications` is a `Project`, an `ApplicationRecord`, a dict or JSON text
    (a record with `kind` is a project, one with `application` an application record). A
    record that does not load is listed in `problems` (its `index` counts `projects` first,
    then `applications`); the rest still load.

    >>> import datetime as dt, fuling_rules as fr
    >>> p = fr.Portfolio([{"schema": 2, "id": "FL-1", "kind": "om",
    ...                    "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}, "{"])
    >>> [(x.index, x.kind, x.code) for x in p.problems]
    [(1, 'unreadable', 'invalid_json')]
    >>> [i.obligation for i in p.agenda(dt.date(2025, 5, 7))]
    ['lead_department_opinion']
    """
    def __new__(
        cls,
        projects: Iterable[_PortfolioRecord] | None = None,
        applications: Iterable[_PortfolioRecord] | None = None,
    ) -> Portfolio:
        """Loads `projects` and `applications` (sequences of records)."""
    @staticmethod
    def from_jsonl(text: str) -> Portfolio:
        """Loads JSON lines (one project or application record per line; a problem names its line)."""
    @staticmethod
    def from_dir(path: str | PathLike[str]) -> Portfolio:
        """Loads a folder of record files (`*.json`: one record or an array; `*.jsonl`: one per
        line), in file-name order; a problem names its file.
        """
    @property
    def problems(self) -> list[PortfolioProblem]:
        """The records that did not load (`PortfolioProblem`), in the order of the input."""
    @property
    def projects(self) -> list[Project]:
        """The projects loaded, in the order given."""
    @property
    def applications(self) -> list[ApplicationRecord]:
        """The application records loaded, in the order given."""
    def agenda(
        self,
        as_of: datetime.date,
        within_working_days: int | None = None,
        *,
        responsible: str | None = None,
        department: str | None = None,
        calendar: Calendar | None = None,
        ruleset: Ruleset | Sequence[Ruleset] | None = None,
    ) -> Agenda:
        """Every open obligation as of `as_of` (an `Agenda` of `AgendaItem`): within
        `within_working_days` working days (overdue and undated items kept), owed by
        `responsible` (a role, e.g. `"lead_department"`) or `department` (a name); `ruleset` is
        a `Ruleset` or a list of them (the one in force on `as_of` is used).
        """
    def fund_view(self, year: int | None = None, *, ruleset: Ruleset | None = None) -> FundView:
        """The fund view (`FundView`): per year and lead department, the amounts at each stage,
        the plans of 500万元 (含) or more and their municipal filing (第二十条), 第二十五条
        exceptions, adjustments and withdrawals; only `year` when given (a positive whole
        number, else `InputError`, as in JS). The year of an amount is the year of the event
        that set it.
        """
    def __len__(self) -> int: ...

def migrate(records: Sequence[Mapping[str, Any] | str]) -> dict[str, Any]:
    """Migrates stored project files (a list of JSON texts or dicts, schema 1 or 2) to schema 2:
    a dict with `projects` (each with its `notes`), `applications`, `conflicts` and `refused`
    (see `docs/records.md`). The input is not changed.
    """

_Dossier = Mapping[str, Any] | str

def process_mermaid() -> str:
    """The process diagram (Mermaid `stateDiagram-v2`), generated from the transition table."""
def process_markdown_table() -> str:
    """The transition table as Markdown, generated from the same data as the diagram."""
def run_check(name: str, input: _Dossier) -> CheckReport | LabelReport | PriorityResult:
    """Runs the check `name` (see `check_names()`; each also with a `check_` prefix) on a
    dict or JSON text.
    """
def check_planning_dossier(dossier: _Dossier) -> CheckReport: ...
def check_joint_review(review: _Dossier) -> CheckReport: ...
def check_acceptance(dossier: _Dossier) -> CheckReport: ...
def check_catalog(dossier: _Dossier) -> CheckReport: ...
def check_deregistration(dossier: _Dossier) -> CheckReport: ...
def label_actions(labels: _Dossier | Sequence[str]) -> LabelReport: ...
def priority_categories(input: _Dossier) -> PriorityResult: ...
def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (a dict) of an input or output shape (see `schema_names()`)."""
def check_names() -> list[str]:
    """The check names `run_check` accepts."""
def schema_names() -> list[str]:
    """The names `json_schema` accepts."""
