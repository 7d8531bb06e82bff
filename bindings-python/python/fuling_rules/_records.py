"""Immutable result objects built from the core's JSON output.

Each record keeps the exact JSON-shaped dict the Rust core produced, keys in the order
of the core's JSON text (``to_dict()`` returns a copy of it, so
``json.dumps(r.to_dict(), ensure_ascii=False, separators=(",", ":"))`` equals the Rust JSON), and
exposes typed attributes: ISO date strings become ``datetime.date``, citations
become ``Citation``, periods ``Period`` and nested objects records. Records
compare equal when their data are equal, are hashable, and cannot be changed.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, ClassVar, Iterator, Mapping

from . import _native, _optional

__all__ = [
    "Record",
    "Coverage",
    "DayInfo",
    "Explanation",
    "NoticeDay",
    "Notice",
    "LoadedNotice",
    "Receipt",
    "ObligationError",
    "Obligation",
    "MetLate",
    "Unchecked",
    "ExceptionRecord",
    "Status",
    "Finding",
    "CheckReport",
    "LabelAction",
    "LabelReport",
    "PriorityMatch",
    "PriorityResult",
    "PortfolioProblem",
    "AgendaItem",
    "Agenda",
    "FundRow",
    "LargePlan",
    "FundEvent",
    "FundView",
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


def _flag(v: Any) -> Any:
    """A boolean the core leaves out when false."""
    return bool(v)


def _amount(v: Any) -> Any:
    return None if v is None else _native.Amount(v)


def _pandas() -> Any:
    """pandas, imported on first use: an optional extra (``_optional.require``)."""
    return _optional.require("pandas")


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

    __slots__ = ("date", "working", "kind", "name", "name_en", "notice", "provisional")
    date: _dt.date
    working: bool
    kind: str
    name: str | None
    name_en: str | None
    notice: str | None
    provisional: bool
    _fields = (
        ("date", _date),
        ("working", _same),
        ("kind", _same),
        ("name", _same),
        ("name_en", _same),
        ("notice", _same),
        ("provisional", _flag),
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
        "provisional_from",
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
    provisional_from: _dt.date | None
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
        ("provisional_from", _date),
    )
    # Fields of the core's JSON offered as methods (checked by `cargo xtask codegen --check`).
    _methods = ("sentence_zh", "sentence_en")

    def sentence_en(self) -> str:
        """The explanation as one English sentence (rendered by the core)."""
        return str(self._data["sentence_en"])

    def sentence_zh(self) -> str:
        """The explanation as one Chinese sentence (rendered by the core)."""
        return str(self._data["sentence_zh"])


class NoticeDay(Record):
    """One day a notice names: the ``date``, the holiday's ``name`` (国庆节) and ``name_en``."""

    __slots__ = ("date", "name", "name_en")
    date: _dt.date
    name: str
    name_en: str | None
    _fields = (("date", _date), ("name", _same), ("name_en", _same))


class Notice(Record):
    """A State Council holiday notice read from its text (``fr.parse_notice``): the record
    (``id``, ``year``, ``title``, document ``number``, ``published`` date; ``None`` when the
    text does not give them) and the days it sets: ``holidays`` (days off), ``workdays``
    (Saturdays and Sundays worked, 调休上班) and ``regular`` (days an adjusting notice returns
    to the Monday–Friday rule, e.g. 2020-02-01 after the 2020 extension).

    >>> import fuling_rules as fr
    >>> n = fr.parse_notice("国务院办公厅关于2010年部分节假日安排的通知\\n"
    ...                     "二、春节:2月13日至19日放假调休,共7天。2月20日(星期六)、21日(星期日)上班。")
    >>> n.year, len(n.holidays), [d.date.isoformat() for d in n.workdays]
    (2010, 7, ['2010-02-20', '2010-02-21'])
    >>> list(n.to_dict())
    ['id', 'year', 'title', 'number', 'published', 'holidays', 'workdays', 'regular']
    """

    __slots__ = ("id", "year", "title", "number", "published", "holidays", "workdays", "regular")
    id: str
    year: int | None
    title: str
    number: str | None
    published: _dt.date | None
    holidays: tuple[NoticeDay, ...]
    workdays: tuple[NoticeDay, ...]
    regular: tuple[_dt.date, ...]
    _fields = (
        ("id", _same),
        ("year", _same),
        ("title", _same),
        ("number", _same),
        ("published", _date),
        ("holidays", _list_of(_record_of("NoticeDay"))),
        ("workdays", _list_of(_record_of("NoticeDay"))),
        ("regular", _list_of(_date)),
    )


class LoadedNotice(Record):
    """A notice a receipt names, loaded from its text beyond the embedded data: ``id``,
    ``year``, ``title``, document ``number`` and ``published`` date (``None`` when not given)."""

    __slots__ = ("id", "year", "title", "number", "published")
    id: str
    year: int | None
    title: str
    number: str | None
    published: _dt.date | None
    _fields = (
        ("id", _same),
        ("year", _same),
        ("title", _same),
        ("number", _same),
        ("published", _date),
    )


class Receipt(Record):
    """What produced a result: library version, ruleset id, calendar version, the
    ``notices_loaded`` beyond the embedded data (``LoadedNotice``, in the order loaded) and
    ``provisional_from``, the first provisional day a date of the result relies on (``None``
    when none was used).

    >>> import datetime, fuling_rules as fr
    >>> cal = fr.Calendar.official().with_notice(
    ...     "国务院办公厅关于2027年部分节假日安排的通知\\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")
    >>> p = fr.Project("FL-2026-001", "development")
    >>> r = p.status(datetime.date(2026, 12, 1), calendar=cal).receipt
    >>> [(n.id, n.title) for n in r.notices_loaded], r.provisional_from
    ([('2027', '国务院办公厅关于2027年部分节假日安排的通知')], None)
    """

    __slots__ = ("library_version", "ruleset_id", "calendar_version", "notices_loaded", "provisional_from")
    library_version: str
    ruleset_id: str
    calendar_version: str
    notices_loaded: tuple[LoadedNotice, ...]
    provisional_from: _dt.date | None
    _fields = (
        ("library_version", _same),
        ("ruleset_id", _same),
        ("calendar_version", _same),
        ("notices_loaded", _list_of(_record_of("LoadedNotice"))),
        ("provisional_from", _date),
    )


class ObligationError(Record):
    """Why an obligation's due date could not be computed (e.g. ``calendar_out_of_range``)."""

    __slots__ = ("code", "message_zh", "message_en")
    code: str
    message_zh: str
    message_en: str
    _fields = (("code", _same), ("message_zh", _same), ("message_en", _same))


class Estimate(Record):
    """A labelled provisional due date for an obligation whose date lies beyond the loaded
    holiday notices: ``due``, what it rests on and how far it may move (``basis_zh``,
    ``basis_en``) and the ``explanation`` on the provisional calendar."""

    __slots__ = ("due", "basis_zh", "basis_en", "explanation")
    due: _dt.date
    basis_zh: str
    basis_en: str
    explanation: Explanation
    _fields = (
        ("due", _date),
        ("basis_zh", _same),
        ("basis_en", _same),
        ("explanation", _record_of("Explanation")),
    )


class Obligation(Record):
    """One open obligation: what, who, the trigger and ``due`` date, the ``article``,
    whether it is ``overdue``, the consequence, and the ``explanation`` of the date."""

    __slots__ = (
        "id",
        "what_zh",
        "what_en",
        "responsible",
        "strength",
        "trigger_date",
        "due",
        "article",
        "overdue",
        "consequence_zh",
        "consequence_en",
        "explanation",
        "error",
        "estimate",
        "provisional",
    )
    id: str
    what_zh: str
    what_en: str
    responsible: str
    strength: str
    trigger_date: _dt.date
    due: _dt.date | None
    article: _native.Citation
    overdue: bool
    consequence_zh: str
    consequence_en: str
    explanation: Explanation | None
    error: ObligationError | None
    estimate: Estimate | None
    provisional: bool
    _fields = (
        ("id", _same),
        ("what_zh", _same),
        ("what_en", _same),
        ("responsible", _same),
        ("strength", _same),
        ("trigger_date", _date),
        ("due", _date),
        ("article", _citation),
        ("overdue", _same),
        ("consequence_zh", _same),
        ("consequence_en", _same),
        ("explanation", _record_of("Explanation")),
        ("error", _record_of("ObligationError")),
        ("estimate", _record_of("Estimate")),
        ("provisional", _flag),
    )


class MetLate(Record):
    """An obligation met after its due date."""

    __slots__ = ("id", "due", "met_on", "article")
    id: str
    due: _dt.date
    met_on: _dt.date
    article: _native.Citation
    _fields = (("id", _same), ("due", _date), ("met_on", _date), ("article", _citation))


class Unchecked(Record):
    """A met obligation whose due date could not be computed (lateness unknown)."""

    __slots__ = ("id", "met_on", "error")
    id: str
    met_on: _dt.date
    error: ObligationError
    _fields = (("id", _same), ("met_on", _date), ("error", _record_of("ObligationError")))


class ExceptionRecord(Record):
    """An exception the regulation allows, recorded with its basis."""

    __slots__ = ("kind", "date", "basis", "approved_by", "article")
    kind: str
    date: _dt.date
    basis: str
    approved_by: str | None
    article: _native.Citation
    _fields = (
        ("kind", _same),
        ("date", _date),
        ("basis", _same),
        ("approved_by", _same),
        ("article", _citation),
    )


class Status(Record):
    """A project's status as of a date (``Project.status``)."""

    __slots__ = (
        "schema",
        "receipt",
        "project_id",
        "follows",
        "kind",
        "state",
        "stage",
        "origin",
        "as_of",
        "obligations",
        "overdue",
        "met_late",
        "unchecked",
        "exceptions",
        "labels",
        "corrections",
        "warnings",
        "closed",
    )
    schema: int
    receipt: Receipt
    project_id: str
    follows: str | None
    kind: str
    state: str
    stage: str
    origin: str | None
    as_of: _dt.date
    obligations: tuple[Obligation, ...]
    overdue: tuple[str, ...]
    met_late: tuple[MetLate, ...]
    unchecked: tuple[Unchecked, ...]
    exceptions: tuple[ExceptionRecord, ...]
    labels: tuple[str, ...]
    corrections: tuple[dict[str, Any], ...]
    warnings: tuple[dict[str, Any], ...]
    closed: tuple[dict[str, Any], ...]
    _fields = (
        ("schema", _same),
        ("receipt", _record_of("Receipt")),
        ("project_id", _same),
        ("follows", _same),
        ("kind", _same),
        ("state", _same),
        ("stage", _same),
        ("origin", _same),
        ("as_of", _date),
        ("obligations", _list_of(_record_of("Obligation"))),
        ("overdue", _list_of(_same)),
        ("met_late", _list_of(_record_of("MetLate"))),
        ("unchecked", _list_of(_record_of("Unchecked"))),
        ("exceptions", _list_of(_record_of("ExceptionRecord"))),
        ("labels", _list_of(_same)),
        ("corrections", _list_of(_same)),
        ("warnings", _list_of(_same)),
        ("closed", _list_of(_same)),
    )


class Finding(Record):
    """One problem found in a dossier: ``code``, ``severity`` (``blocking``/``warning``),
    ``article``, JSON Pointer ``path`` into the input, and the messages."""

    __slots__ = ("code", "severity", "article", "path", "message_zh", "message_en")
    code: str
    severity: str
    article: _native.Citation
    path: str
    message_zh: str
    message_en: str
    _fields = (
        ("code", _same),
        ("severity", _same),
        ("article", _citation),
        ("path", _same),
        ("message_zh", _same),
        ("message_en", _same),
    )


class _Items(Record):
    """A report that is also a read-only sequence of its items."""

    __slots__ = ()
    _items: ClassVar[str] = ""

    def __len__(self) -> int:
        return len(getattr(self, self._items))

    def __iter__(self) -> Iterator[Any]:
        return iter(getattr(self, self._items))

    def __getitem__(self, i: int) -> Any:
        return getattr(self, self._items)[i]


class CheckReport(_Items):
    """The result of a ``check_*`` function: ``passed`` (no blocking finding) and the
    ``findings``; iterating, ``len`` and indexing go over the findings. The joint review
    adds ``rejection_grounds`` and the acceptance check ``unmet_conditions``."""

    __slots__ = ("passed", "findings", "rejection_grounds", "unmet_conditions")
    _items = "findings"
    passed: bool
    findings: tuple[Finding, ...]
    rejection_grounds: tuple[str, ...]
    unmet_conditions: tuple[str, ...]
    _fields = (
        ("passed", _same),
        ("findings", _list_of(_record_of("Finding"))),
        ("rejection_grounds", _list_of(_same)),
        ("unmet_conditions", _list_of(_same)),
    )

    def __getitem__(self, i: int) -> Finding:
        return self.findings[i]

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)


class LabelAction(Record):
    """What a label (第三十八条) calls for."""

    __slots__ = ("label", "action", "mandatory", "article", "message_zh", "message_en")
    label: str
    action: str
    mandatory: bool
    article: _native.Citation
    message_zh: str
    message_en: str
    _fields = (
        ("label", _same),
        ("action", _same),
        ("mandatory", _same),
        ("article", _citation),
        ("message_zh", _same),
        ("message_en", _same),
    )


class LabelReport(_Items):
    """The actions the labels call for; iterating goes over ``actions``."""

    __slots__ = ("actions",)
    _items = "actions"
    actions: tuple[LabelAction, ...]
    _fields = (("actions", _list_of(_record_of("LabelAction"))),)

    def __getitem__(self, i: int) -> LabelAction:
        return self.actions[i]

    def __iter__(self) -> Iterator[LabelAction]:
        return iter(self.actions)


class PriorityMatch(Record):
    """One priority category (第二十二条) matched, and the input fields ``because`` of which."""

    __slots__ = ("article", "because")
    article: _native.Citation
    because: tuple[str, ...]
    _fields = (("article", _citation), ("because", _list_of(_same)))


class PriorityResult(Record):
    """Whether the application is a priority (第二十二条), its categories and why."""

    __slots__ = ("priority", "categories", "matches")
    priority: bool
    categories: tuple[_native.Citation, ...]
    matches: tuple[PriorityMatch, ...]
    _fields = (
        ("priority", _same),
        ("categories", _list_of(_citation)),
        ("matches", _list_of(_record_of("PriorityMatch"))),
    )


class PortfolioProblem(Record):
    """A record that did not load into a ``Portfolio`` (or whose status the agenda could not
    compute): where it was (``file``, ``line``, ``index``), its ``record_id`` when known, the
    ``kind`` (``unreadable``, ``unrecognised``, ``refused``, ``application_missing``,
    ``duplicate_id``, ``status``), the error ``code``, ``article`` and messages."""

    __slots__ = ("file", "line", "index", "record_id", "kind", "code", "article", "message_zh", "message_en")
    file: str | None
    line: int | None
    index: int | None
    record_id: str | None
    kind: str
    code: str
    article: _native.Citation | None
    message_zh: str
    message_en: str
    _fields = (
        ("file", _same),
        ("line", _same),
        ("index", _same),
        ("record_id", _same),
        ("kind", _same),
        ("code", _same),
        ("article", _citation),
        ("message_zh", _same),
        ("message_en", _same),
    )


class AgendaItem(Record):
    """One open obligation on a portfolio's agenda: the ``project_id`` (``None`` for an
    application's own obligation), ``application_id``, ``obligation`` id, what, who
    (``responsible`` role and ``department`` name), ``due``, ``working_days_left`` (negative
    when overdue), ``overdue``, ``strength``, ``article``, ``explanation``, ``error``,
    ``estimate`` and ``provisional``."""

    __slots__ = (
        "project_id",
        "application_id",
        "obligation",
        "what_zh",
        "what_en",
        "responsible",
        "department",
        "due",
        "working_days_left",
        "overdue",
        "strength",
        "article",
        "explanation",
        "error",
        "estimate",
        "provisional",
    )
    project_id: str | None
    application_id: str
    obligation: str
    what_zh: str
    what_en: str
    responsible: str
    department: str | None
    due: _dt.date | None
    working_days_left: int | None
    overdue: bool
    strength: str
    article: _native.Citation
    explanation: Explanation | None
    error: ObligationError | None
    estimate: Estimate | None
    provisional: bool
    _fields = (
        ("project_id", _same),
        ("application_id", _same),
        ("obligation", _same),
        ("what_zh", _same),
        ("what_en", _same),
        ("responsible", _same),
        ("department", _same),
        ("due", _date),
        ("working_days_left", _same),
        ("overdue", _same),
        ("strength", _same),
        ("article", _citation),
        ("explanation", _record_of("Explanation")),
        ("error", _record_of("ObligationError")),
        ("estimate", _record_of("Estimate")),
        ("provisional", _flag),
    )

    def _row(self) -> dict[str, Any]:
        """The item as a table row: every field, the nested records as their key value."""
        row = {name: getattr(self, name) for name, _ in self._fields}
        row["article"] = self.article.zh()
        row["explanation"] = None if self.explanation is None else self.explanation.sentence_zh()
        row["error"] = None if self.error is None else self.error.code
        row["estimate"] = None if self.estimate is None else self.estimate.due
        return row


class Agenda(_Items):
    """Every open obligation of a portfolio as of a date (``Portfolio.agenda``): a read-only
    sequence of ``AgendaItem`` (sorted by date, undated last), with the ``receipt``, the
    ``problems`` (records whose status could not be computed) and ``to_pandas()``.

    >>> import datetime as dt, fuling_rules as fr
    >>> p = fr.Portfolio([{"schema": 2, "id": "FL-1", "kind": "development", "events": [
    ...     {"type": "ledgered", "date": "2025-09-01"},
    ...     {"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}]}])
    >>> item = p.agenda(dt.date(2025, 10, 10))[0]
    >>> item.due, item.working_days_left  # 10-11 (Saturday, worked), 10-13, 10-14
    (datetime.date(2025, 10, 14), 3)
    """

    __slots__ = ("receipt", "as_of", "within_working_days", "items", "problems")
    _items = "items"
    receipt: Receipt
    as_of: _dt.date
    within_working_days: int | None
    items: tuple[AgendaItem, ...]
    problems: tuple[PortfolioProblem, ...]
    _fields = (
        ("receipt", _record_of("Receipt")),
        ("as_of", _date),
        ("within_working_days", _same),
        ("items", _list_of(_record_of("AgendaItem"))),
        ("problems", _list_of(_record_of("PortfolioProblem"))),
    )

    def __getitem__(self, i: int) -> AgendaItem:
        return self.items[i]

    def __iter__(self) -> Iterator[AgendaItem]:
        return iter(self.items)

    def to_pandas(self) -> Any:
        """The items as a ``pandas.DataFrame``, one row each, in order: dates as
        ``datetime64``, ``working_days_left`` as nullable ``Int64``, ``article`` in Chinese,
        ``explanation`` as its Chinese sentence, ``error`` as its code, ``estimate`` as its
        date. Needs pandas (``pip install fuling-rules[pandas]``)."""
        pd = _pandas()
        columns = [name for name, _ in AgendaItem._fields]
        df = pd.DataFrame([i._row() for i in self.items], columns=columns)
        for c in ("due", "estimate"):
            df[c] = pd.to_datetime(df[c])
        df["working_days_left"] = df["working_days_left"].astype("Int64")
        return df


_STAGES = ("funding_requested", "preliminary_funding", "development_plan", "om_plan", "approved")


def _table(pd: Any, rows: list[dict[str, Any]], columns: list[str], amounts: tuple[str, ...]) -> Any:
    """A DataFrame with each amount as text (``"5200000.00"``) and as an integer of fen
    (``<name>_fen``), dates as ``datetime64``."""
    out = []
    for r in rows:
        row = dict(r)
        for a in amounts:
            v = row.get(a)
            row[a] = None if v is None else v.to_yuan_string()
            row[a + "_fen"] = None if v is None else v.fen
        out.append(row)
    cols = []
    for c in columns:
        cols.append(c)
        if c in amounts:
            cols.append(c + "_fen")
    df = pd.DataFrame(out, columns=cols)
    for a in amounts:
        df[a + "_fen"] = df[a + "_fen"].astype("Int64")
    return df


class FundRow(Record):
    """The amounts of one year and one lead department (``Amount``): ``funding_requested``
    (资金需求计划), ``preliminary_funding`` (初步资金计划), ``development_plan`` (应用开发资金计划),
    ``om_plan``, ``approved``; and the counts of projects, large plans (unfiled), 第二十五条
    exceptions, adjustments and withdrawals."""

    __slots__ = (
        "year",
        "lead_department",
        "funding_requested",
        "preliminary_funding",
        "development_plan",
        "om_plan",
        "approved",
        "projects",
        "large_plans",
        "large_plans_unfiled",
        "outside_budget",
        "adjustments",
        "withdrawals",
    )
    year: int
    lead_department: str | None
    funding_requested: _native.Amount
    preliminary_funding: _native.Amount
    development_plan: _native.Amount
    om_plan: _native.Amount
    approved: _native.Amount
    projects: int
    large_plans: int
    large_plans_unfiled: int
    outside_budget: int
    adjustments: int
    withdrawals: int
    _fields = (
        ("year", _same),
        ("lead_department", _same),
        ("funding_requested", _amount),
        ("preliminary_funding", _amount),
        ("development_plan", _amount),
        ("om_plan", _amount),
        ("approved", _amount),
        ("projects", _same),
        ("large_plans", _same),
        ("large_plans_unfiled", _same),
        ("outside_budget", _same),
        ("adjustments", _same),
        ("withdrawals", _same),
    )


class LargePlan(Record):
    """A development plan of 500万元 (含) or more (第二十条) and whether its municipal filing is
    recorded (``filed``, ``filed_on``)."""

    __slots__ = (
        "year",
        "lead_department",
        "project_id",
        "application_id",
        "amount",
        "plan_date",
        "filed",
        "filed_on",
        "article",
    )
    year: int
    lead_department: str | None
    project_id: str
    application_id: str
    amount: _native.Amount
    plan_date: _dt.date
    filed: bool
    filed_on: _dt.date | None
    article: _native.Citation
    _fields = (
        ("year", _same),
        ("lead_department", _same),
        ("project_id", _same),
        ("application_id", _same),
        ("amount", _amount),
        ("plan_date", _date),
        ("filed", _same),
        ("filed_on", _date),
        ("article", _citation),
    )


class FundEvent(Record):
    """A 第二十五条 exception, an adjustment (``adjusted``, ``replanned``) or a withdrawal, with
    the ``amount`` concerned, the ``basis`` as recorded and the ``article``."""

    __slots__ = (
        "year",
        "lead_department",
        "project_id",
        "application_id",
        "kind",
        "date",
        "amount",
        "basis",
        "article",
    )
    year: int
    lead_department: str | None
    project_id: str
    application_id: str
    kind: str
    date: _dt.date
    amount: _native.Amount | None
    basis: str | None
    article: _native.Citation | None
    _fields = (
        ("year", _same),
        ("lead_department", _same),
        ("project_id", _same),
        ("application_id", _same),
        ("kind", _same),
        ("date", _date),
        ("amount", _amount),
        ("basis", _same),
        ("article", _citation),
    )


class FundView(Record):
    """The fund view of a portfolio (``Portfolio.fund_view``): ``rows`` per year and lead
    department, ``large_plans`` (第二十条), ``exceptions`` (第二十五条), ``adjustments`` and
    ``withdrawals``. The year of an amount is the year of the event that set it.

    >>> import fuling_rules as fr
    >>> p = fr.Portfolio([{"schema": 2, "id": "FL-OM-1", "kind": "om", "events": [
    ...     {"type": "om_plan_submitted", "date": "2025-12-29", "amount": "36万元"}]}])
    >>> row = p.fund_view(2025).rows[0]
    >>> row.year, row.om_plan.to_yuan_string(), row.om_plan.fen
    (2025, '360000.00', 36000000)
    """

    __slots__ = ("year", "ruleset_id", "rows", "large_plans", "exceptions", "adjustments", "withdrawals")
    year: int | None
    ruleset_id: str
    rows: tuple[FundRow, ...]
    large_plans: tuple[LargePlan, ...]
    exceptions: tuple[FundEvent, ...]
    adjustments: tuple[FundEvent, ...]
    withdrawals: tuple[FundEvent, ...]
    _fields = (
        ("year", _same),
        ("ruleset_id", _same),
        ("rows", _list_of(_record_of("FundRow"))),
        ("large_plans", _list_of(_record_of("LargePlan"))),
        ("exceptions", _list_of(_record_of("FundEvent"))),
        ("adjustments", _list_of(_record_of("FundEvent"))),
        ("withdrawals", _list_of(_record_of("FundEvent"))),
    )

    def to_pandas(self, table: str = "rows") -> Any:
        """One table as a ``pandas.DataFrame``: ``"rows"`` (default), ``"large_plans"``,
        ``"exceptions"``, ``"adjustments"`` or ``"withdrawals"``. Each amount is a text column
        (``"5200000.00"``, exact) and an integer column of fen (``<name>_fen``, nullable
        ``Int64``); no float. Needs pandas (``pip install fuling-rules[pandas]``)."""
        kinds: dict[str, tuple[type[Record], tuple[str, ...]]] = {
            "rows": (FundRow, _STAGES),
            "large_plans": (LargePlan, ("amount",)),
            "exceptions": (FundEvent, ("amount",)),
            "adjustments": (FundEvent, ("amount",)),
            "withdrawals": (FundEvent, ("amount",)),
        }
        if table not in kinds:
            raise ValueError(f"table must be one of {', '.join(kinds)}, got {table!r}")
        pd = _pandas()
        cls, amounts = kinds[table]
        columns = [name for name, _ in cls._fields]
        rows = []
        for r in getattr(self, table):
            row = {c: getattr(r, c) for c in columns}
            if row.get("article") is not None:
                row["article"] = row["article"].zh()
            rows.append(row)
        df = _table(pd, rows, columns, amounts)
        for c in ("plan_date", "filed_on", "date"):
            if c in df.columns:
                df[c] = pd.to_datetime(df[c])
        return df
