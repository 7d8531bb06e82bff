"""Immutable result objects built from the core's serde output.

Each record keeps the exact JSON-shaped dict the Rust core produced (``to_dict()``
returns a copy of it, so ``json.dumps(r.to_dict())`` equals the Rust JSON), and
exposes typed attributes: ISO date strings become ``datetime.date``, citations
become ``Citation``, periods ``Period`` and nested objects records. Records
compare equal when their data are equal, are hashable, and cannot be changed.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, ClassVar, Mapping

from . import _native

__all__ = [
    "Record",
    "Coverage",
    "DayInfo",
    "Explanation",
]


def _copy(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_copy(x) for x in v]
    return v


def _freeze(v: Any) -> Any:
    if isinstance(v, dict):
        return tuple(sorted((k, _freeze(x)) for k, x in v.items()))
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    return v


def _date(v: Any) -> Any:
    return None if v is None else _dt.date.fromisoformat(v)


def _citation(v: Any) -> Any:
    return None if v is None else _native.Citation.from_dict(v)


def _period(v: Any) -> Any:
    return None if v is None else _native.Period.from_dict(v)


def _same(v: Any) -> Any:
    return _copy(v)


def _list_of(conv: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(v: Any) -> Any:
        return () if v is None else tuple(conv(x) for x in v)

    return convert


def _record_of(name: str) -> Callable[[Any], Any]:
    def convert(v: Any) -> Any:
        return None if v is None else globals()[name](v)

    return convert


class Record:
    """Base of the result objects: immutable, comparable, ``to_dict()``."""

    __slots__ = ("_data",)
    _data: dict[str, Any]
    _fields: ClassVar[tuple[tuple[str, Callable[[Any], Any]], ...]] = ()

    def __init__(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping):
            raise TypeError(f"{type(self).__name__} takes a dict, got {type(data).__name__}")
        raw = _copy(dict(data))
        object.__setattr__(self, "_data", raw)
        for name, conv in self._fields:
            object.__setattr__(self, name, conv(raw.get(name)))

    def to_dict(self) -> dict[str, Any]:
        """The JSON-shaped dict, exactly as the Rust core serialises it (dates as ISO strings)."""
        return _copy(self._data)  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._data == other._data  # type: ignore[attr-defined]

    def __ne__(self, other: object) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self) -> int:
        return hash((type(self).__name__, _freeze(self._data)))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n, _ in self._fields)
        return f"{type(self).__name__}({parts})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self._data,))


class Coverage(Record):
    """The first and last date a calendar covers, both inclusive."""

    __slots__ = ("first", "last")
    first: _dt.date
    last: _dt.date
    _fields = (("first", _date), ("last", _date))

    def contains(self, d: _dt.date) -> bool:
        """Whether ``d`` lies within the coverage."""
        return bool(self.first <= d <= self.last)


class DayInfo(Record):
    """What the calendar says about one day: ``working``, ``kind``
    (``weekday``/``weekend``/``holiday``/``adjusted_workday``) and, for listed
    days, the holiday ``name``, ``name_en`` and ``notice`` id."""

    __slots__ = ("date", "working", "kind", "name", "name_en", "notice")
    date: _dt.date
    working: bool
    kind: str
    name: str | None
    name_en: str | None
    notice: str | None
    _fields = (
        ("date", _date),
        ("working", _same),
        ("kind", _same),
        ("name", _same),
        ("name_en", _same),
        ("notice", _same),
    )


class Explanation(Record):
    """Why a due date is what it is: the period, the days skipped and worked, the result.

    >>> import datetime as dt, fuling_rules as fr
    >>> e = fr.explain_due_date(dt.date(2025, 9, 30), fr.Period.working_days(5))
    >>> e.due
    datetime.date(2025, 10, 14)
    >>> print(e.sentence_en())
    5 working days after 2025-09-30: 10-01..10-08 (National Day and Mid-Autumn Festival) and Sunday 10-12 skipped, Saturday 10-11 worked → 2025-10-14
    """

    __slots__ = (
        "schema",
        "rule",
        "article",
        "start",
        "period",
        "raw_end",
        "skipped",
        "worked",
        "due",
        "calendar_version",
    )
    schema: int
    rule: str | None
    article: _native.Citation | None
    start: _dt.date
    period: _native.Period
    raw_end: _dt.date | None
    skipped: tuple[DayInfo, ...]
    worked: tuple[DayInfo, ...]
    due: _dt.date
    calendar_version: str
    _fields = (
        ("schema", _same),
        ("rule", _same),
        ("article", _citation),
        ("start", _date),
        ("period", _period),
        ("raw_end", _date),
        ("skipped", _list_of(_record_of("DayInfo"))),
        ("worked", _list_of(_record_of("DayInfo"))),
        ("due", _date),
        ("calendar_version", _same),
    )

    def sentence_en(self) -> str:
        """The explanation as one English sentence (rendered by the core)."""
        return _native._explanation_sentence(self._data, "en")

    def sentence_zh(self) -> str:
        """The explanation as one Chinese sentence (rendered by the core)."""
        return _native._explanation_sentence(self._data, "zh")
