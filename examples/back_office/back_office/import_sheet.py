"""Import a spreadsheet (CSV, or XLSX through openpyxl) of records and events into the store.

One row is one registration or one event, applied in file order. Columns (a header row first;
unknown columns are ignored, missing optional ones are empty):

=======================  ==================================================================
``record``               ``application`` or ``project``
``id``                   the application's or the project's id
``type``                 ``register`` (creates the record) or an event type (docs/events.md,
                         docs/records.md)
``date``                 YYYY-MM-DD (an XLSX date cell works too)
``application_id``       register project: its application
``kind``                 register project: ``development`` or ``om``
``follows``              register project: the rejected project it resubmits (第二十三条)
``name``                 register application: its name
``responsible_department``, ``lead_department``  register application: 第三条(五)(六)
``amount``               the event's ``amount`` (``520万元``, ``5,200,000.00``, ...)
``fields``               any other fields of the event (or of the application), as JSON
``document``             the 文号 the event rests on
``recorded_by``          who entered it
``note``                 ignored (free text)
=======================  ==================================================================

Every row is reported by its spreadsheet row number (the header is row 1): ``accepted``,
``present`` (already stored: the same registration, or the very same event on the same record —
a re-import writes nothing twice) or ``refused`` with the code and article. A refused row writes
nothing; the rows after it are still tried.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .store import Refused, Store

COLUMNS = (
    "record",
    "id",
    "type",
    "date",
    "application_id",
    "kind",
    "follows",
    "name",
    "responsible_department",
    "lead_department",
    "amount",
    "fields",
    "document",
    "recorded_by",
    "note",
)


@dataclass(frozen=True)
class RowResult:
    row: int  # the spreadsheet's row number (header = 1)
    record_kind: str
    record_id: str
    type: str
    outcome: str  # accepted | present | refused
    code: str | None = None
    article: str | None = None
    message: str | None = None
    note: str | None = None

    def line(self) -> str:
        head = f"row {self.row:>4}  {self.outcome:<8}  {self.record_id} {self.type}"
        if self.outcome != "refused":
            return head
        where = f" {self.article}" if self.article else ""
        return f"{head}: [{self.code}]{where} {self.message}"


@dataclass
class ImportReport:
    source: str
    rows: list[RowResult]

    def by_outcome(self, outcome: str) -> list[RowResult]:
        return [r for r in self.rows if r.outcome == outcome]

    @property
    def accepted(self) -> list[RowResult]:
        return self.by_outcome("accepted")

    @property
    def present(self) -> list[RowResult]:
        return self.by_outcome("present")

    @property
    def refused(self) -> list[RowResult]:
        return self.by_outcome("refused")

    def summary(self) -> str:
        return (
            f"{self.source}: {len(self.rows)} rows — {len(self.accepted)} accepted, "
            f"{len(self.present)} already present, {len(self.refused)} refused"
        )

    def text(self) -> str:
        lines = [self.summary()]
        lines += [r.line() for r in self.rows if r.outcome == "refused"]
        return "\n".join(lines)


# ---- reading sheets -----------------------------------------------------------------------
def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {column: text}) of a CSV or XLSX sheet; the header is row 1."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            import openpyxl
        except ImportError:  # optional for the library, installed by scripts/setup-python for the tests
            raise SystemExit("reading .xlsx needs openpyxl: pip install openpyxl") from None
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            it = ws.iter_rows(values_only=True)
            header = [_cell(h) for h in next(it, ())]
            for n, values in enumerate(it, start=2):
                cells = {h: _cell(v) for h, v in zip(header, values) if h}
                if any(cells.values()):
                    yield n, cells
        finally:
            wb.close()
    else:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            for n, row in enumerate(reader, start=2):
                cells = {k: (v or "").strip() for k, v in row.items() if k}
                if any(cells.values()):
                    yield n, cells


def write_xlsx(rows: Iterable[Mapping[str, Any]], path: Path, columns: Iterable[str] = COLUMNS) -> None:
    """Writes rows as a one-sheet XLSX (e.g. the sample CSV as a spreadsheet)."""
    import openpyxl

    cols = list(columns)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "events"
    ws.append(cols)
    for r in rows:
        ws.append([r.get(c, "") for c in cols])
    wb.save(path)


# ---- importing ----------------------------------------------------------------------------
def _fields(cells: Mapping[str, str]) -> dict[str, Any]:
    text = cells.get("fields", "")
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise Refused("invalid_row", f"fields 列不是 JSON:{e.msg}", f"the fields cell is not JSON: {e.msg}") from None
    if not isinstance(value, dict):
        raise Refused("invalid_row", "fields 列应为 JSON 对象", "the fields cell must be a JSON object")
    return value


def _row(store: Store, cells: Mapping[str, str], source: str) -> str:
    """Applies one row; returns ``accepted`` or ``present``; raises :class:`Refused`."""
    record, rid, typ = cells.get("record", ""), cells.get("id", ""), cells.get("type", "")
    if record not in ("application", "project") or not rid or not typ:
        raise Refused("invalid_row", "record、id、type 三列必填", "the record, id and type cells are required")
    fields = _fields(cells)
    by = cells.get("recorded_by") or None
    if typ == "register":
        if record == "application":
            meta: dict[str, Any] = {"id": rid}
            for c in ("name", "responsible_department", "lead_department"):
                if cells.get(c):
                    meta[c] = cells[c]
            meta.update(fields)
            return "accepted" if store.register_application(meta, recorded_by=by) else "present"
        added = store.register_project(
            rid, cells.get("kind", ""), cells.get("application_id", ""), follows=cells.get("follows") or None, recorded_by=by
        )
        return "accepted" if added else "present"
    event: dict[str, Any] = {"type": typ, "date": cells.get("date", "")}
    if cells.get("amount"):
        event["amount"] = cells["amount"]
    event.update(fields)
    if cells.get("document"):
        event["document"] = cells["document"]
    if by:
        event["recorded_by"] = by
    if store.has_event(record, rid, event):
        return "present"
    store.append(record, rid, event, source=source)
    return "accepted"


def import_rows(store: Store, rows: Iterable[tuple[int, Mapping[str, str]]], source: str) -> ImportReport:
    results: list[RowResult] = []
    for n, cells in rows:
        record, rid, typ = cells.get("record", ""), cells.get("id", ""), cells.get("type", "")
        try:
            outcome = _row(store, cells, f"{source}:{n}")
            results.append(RowResult(n, record, rid, typ, outcome, note=cells.get("note") or None))
        except Refused as e:
            results.append(
                RowResult(n, record, rid, typ, "refused", e.code, e.article, e.message_zh, note=cells.get("note") or None)
            )
    return ImportReport(source, results)


def import_sheet(store: Store, path: str | Path) -> ImportReport:
    """Imports a CSV or XLSX sheet into ``store``; see the module's documentation."""
    p = Path(path)
    return import_rows(store, read_rows(p), p.name)
