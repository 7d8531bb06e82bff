"""An append-only event store over SQLite (``sqlite3``), every event checked by fuling-rules.

The table layout is ``schema.sql`` beside this package, shared with the Rust service
(``examples/back-office-service``). On opening, the stored records are replayed by the library
(``fr.Project`` / ``fr.ApplicationRecord``); a stored record that no longer replays is listed in
``Store.problems`` with its code, not dropped silently. Appending an event applies it to the
loaded record first: a refusal raises :class:`Refused` (code, article, messages) and writes
nothing; an accepted event is written in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fuling_rules as fr

SCHEMA_SQL = Path(__file__).resolve().parent.parent / "schema.sql"

#: Refusals of the store itself (not of the regulation); the library's codes are ``fr.ERROR_CODES``.
STORE_CODES = (
    "unknown_record",  # an event for a record that is not registered
    "record_conflict",  # a record registered again with other metadata
    "invalid_row",  # a cell the store cannot read (dates, JSON, the record kind)
)


def canonical(value: Mapping[str, Any]) -> str:
    """The stored text of an event or of metadata: keys sorted, compact, UTF-8 (as serde_json writes it)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Refused(Exception):
    """An event or record the library (or the store) refuses; nothing was written."""

    code: str
    message_zh: str
    message_en: str
    article: str | None = None  # e.g. 第二十条
    article_en: str | None = None  # e.g. Art. 20

    @staticmethod
    def from_error(e: fr.RulesError) -> Refused:
        return Refused(
            e.code,
            e.message_zh,
            e.message_en,
            e.article.zh() if e.article else None,
            e.article.en() if e.article else None,
        )

    def __str__(self) -> str:
        where = f" ({self.article})" if self.article else ""
        return f"[{self.code}]{where} {self.message_zh} / {self.message_en}"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "article": self.article, "message_zh": self.message_zh, "message_en": self.message_en}


@dataclass
class Problem:
    """A stored record that does not load (listed, never dropped silently)."""

    record_kind: str
    record_id: str
    code: str
    message: str


@dataclass
class ProjectRow:
    id: str
    kind: str
    application_id: str
    follows: str | None
    ruleset_id: str | None
    events: list[dict[str, Any]] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        r: dict[str, Any] = {"schema": 2, "id": self.id, "kind": self.kind, "application_id": self.application_id}
        if self.follows:
            r["follows"] = self.follows
        if self.ruleset_id:
            r["ruleset_id"] = self.ruleset_id
        r["events"] = self.events
        return r


@dataclass
class ApplicationRow:
    id: str
    metadata: dict[str, Any]
    ruleset_id: str | None
    events: list[dict[str, Any]] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        r: dict[str, Any] = {"schema": 2, "application": self.metadata}
        if self.ruleset_id:
            r["ruleset_id"] = self.ruleset_id
        r["events"] = self.events
        return r


class Store:
    """The event store: SQLite file (or ``":memory:"``) plus the records replayed by the library."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        # One transaction per event: WAL with synchronous=NORMAL keeps that cheap (durable at the
        # next checkpoint; a crash loses at most the last transactions, never half of one).
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(SCHEMA_SQL.read_text(encoding="utf-8"))
        self.db.execute("PRAGMA foreign_keys = ON")
        self.applications: dict[str, fr.ApplicationRecord] = {}
        self.projects: dict[str, fr.Project] = {}
        self.app_rows: dict[str, ApplicationRow] = {}
        self.project_rows: dict[str, ProjectRow] = {}
        self.problems: list[Problem] = []
        self._portfolio: fr.Portfolio | None = None
        self._load()
        for p in self.portfolio().problems:
            self.problems.append(Problem(p.kind, p.record_id or "", p.code, p.message_en))

    # ---- loading ---------------------------------------------------------------------
    def _load(self) -> None:
        for aid, meta, ruleset in self.db.execute("SELECT id, metadata, ruleset_id FROM applications ORDER BY id"):
            self.app_rows[aid] = ApplicationRow(aid, json.loads(meta), ruleset)
        for pid, kind, aid, follows, ruleset in self.db.execute(
            "SELECT id, kind, application_id, follows, ruleset_id FROM projects ORDER BY id"
        ):
            self.project_rows[pid] = ProjectRow(pid, kind, aid, follows, ruleset)
        for rk, rid, event in self.db.execute("SELECT record_kind, record_id, event FROM events ORDER BY record_kind, record_id, idx"):
            rows: Mapping[str, ApplicationRow | ProjectRow] = self.app_rows if rk == "application" else self.project_rows
            if rid in rows:
                rows[rid].events.append(json.loads(event))
        for aid, arow in self.app_rows.items():
            try:
                self.applications[aid] = fr.ApplicationRecord.from_json(arow.record())
            except fr.RulesError as e:
                self.problems.append(Problem("application", aid, e.code, str(e)))
        for pid, prow in self.project_rows.items():
            app = self.applications.get(prow.application_id)
            if app is None:
                self.problems.append(Problem("project", pid, "unknown_record", f"application {prow.application_id} does not load"))
                continue
            try:
                self.projects[pid] = fr.Project.from_json(prow.record(), application=app)
            except fr.RulesError as e:
                self.problems.append(Problem("project", pid, e.code, str(e)))

    def close(self) -> None:
        self.db.close()

    # ---- registering records -----------------------------------------------------------
    def register_application(
        self, metadata: Mapping[str, Any], *, recorded_by: str | None = None, ruleset_id: str | None = None
    ) -> bool:
        """Registers an application; ``False`` when the same one is already stored.

        Raises :class:`Refused` when the library refuses the metadata, or the id is stored with
        other metadata (``record_conflict``).
        """
        meta = dict(metadata)
        aid = str(meta.get("id") or "")
        if aid in self.app_rows:
            if canonical(self.app_rows[aid].metadata) == canonical(meta):
                return False
            raise Refused("record_conflict", f"应用 {aid} 已登记,内容不同", f"application {aid} is already registered with other metadata")
        row = ApplicationRow(aid, meta, ruleset_id)
        try:
            record = fr.ApplicationRecord.from_json(row.record())
        except fr.RulesError as e:
            raise Refused.from_error(e) from None
        if not aid:
            raise Refused("invalid_row", "应用标识为空", "the application id is empty")
        with self.db:
            self.db.execute(
                "INSERT INTO applications (id, metadata, ruleset_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                (aid, canonical(meta), ruleset_id, recorded_by, _now()),
            )
        self.app_rows[aid], self.applications[aid] = row, record
        self._portfolio = None
        return True

    def register_project(
        self,
        project_id: str,
        kind: str,
        application_id: str,
        *,
        follows: str | None = None,
        recorded_by: str | None = None,
        ruleset_id: str | None = None,
    ) -> bool:
        """Registers a project of a registered application; ``False`` when already stored the same."""
        row = ProjectRow(project_id, kind, application_id, follows or None, ruleset_id)
        if project_id in self.project_rows:
            old = self.project_rows[project_id]
            if (old.kind, old.application_id, old.follows, old.ruleset_id) == (kind, application_id, row.follows, ruleset_id):
                return False
            raise Refused("record_conflict", f"项目 {project_id} 已登记,内容不同", f"project {project_id} is already registered differently")
        app = self.applications.get(application_id)
        if app is None:
            raise Refused("unknown_record", f"应用 {application_id} 未登记", f"application {application_id} is not registered")
        try:
            project = fr.Project.from_json(row.record(), application=app)
        except fr.RulesError as e:
            raise Refused.from_error(e) from None
        with self.db:
            self.db.execute(
                "INSERT INTO projects (id, kind, application_id, follows, ruleset_id, recorded_by, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (project_id, kind, application_id, row.follows, ruleset_id, recorded_by, _now()),
            )
        self.project_rows[project_id], self.projects[project_id] = row, project
        self._portfolio = None
        return True

    # ---- appending events ----------------------------------------------------------------
    def has_event(self, record_kind: str, record_id: str, event: Mapping[str, Any]) -> bool:
        """Whether this very event (same canonical JSON) is already stored on the record."""
        row = self.db.execute(
            "SELECT 1 FROM events WHERE record_kind = ? AND record_id = ? AND event = ? LIMIT 1",
            (record_kind, record_id, canonical(event)),
        ).fetchone()
        return row is not None

    def append(self, record_kind: str, record_id: str, event: Mapping[str, Any], *, source: str | None = None) -> int:
        """Checks ``event`` with the library, then writes it; returns its index in the record.

        Raises :class:`Refused` (nothing written, the loaded record unchanged) when the library or
        the store refuses it.
        """
        ev = dict(event)
        text = canonical(ev)
        recorded_by = ev.get("recorded_by")
        with self.db:  # one transaction: the check and the write, or neither
            records: Mapping[str, fr.Project | fr.ApplicationRecord]
            rows: Mapping[str, ApplicationRow | ProjectRow]
            if record_kind == "project":
                records, rows, zh = self.projects, self.project_rows, "项目"
            elif record_kind == "application":
                records, rows, zh = self.applications, self.app_rows, "应用"
            else:
                raise Refused("invalid_row", f"未知的记录类型“{record_kind}”", f"unknown record kind {record_kind!r}")
            record = records.get(record_id)
            if record is None:
                raise Refused("unknown_record", f"{zh} {record_id} 未登记", f"{record_kind} {record_id} is not registered")
            index = len(rows[record_id].events)
            try:
                record.apply(ev)
            except fr.RulesError as e:
                raise Refused.from_error(e) from None
            try:
                self.db.execute(
                    "INSERT INTO events (record_kind, record_id, idx, event, recorded_by, recorded_at, source)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (record_kind, record_id, index, text, recorded_by, _now(), source),
                )
            except sqlite3.Error:
                self._reload(record_kind, record_id)  # the write failed: the loaded record follows the file
                raise
            rows[record_id].events.append(ev)
            self._portfolio = None
        if record_kind == "application":
            self._reload_projects_of(record_id)
        return index

    def _reload(self, record_kind: str, record_id: str) -> None:
        if record_kind == "project":
            prow = self.project_rows[record_id]
            self.projects[record_id] = fr.Project.from_json(prow.record(), application=self.applications[prow.application_id])
        else:
            self.applications[record_id] = fr.ApplicationRecord.from_json(self.app_rows[record_id].record())
            self._reload_projects_of(record_id)

    def _reload_projects_of(self, application_id: str) -> None:
        """Projects read their application's facts (secrecy, labels, catalog): reload them after it
        changes. A project that no longer replays is listed in ``problems`` (the event is stored)."""
        app = self.applications[application_id]
        for pid, prow in self.project_rows.items():
            if prow.application_id == application_id and pid in self.projects:
                try:
                    self.projects[pid] = fr.Project.from_json(prow.record(), application=app)
                except fr.RulesError as e:
                    del self.projects[pid]
                    self.problems.append(Problem("project", pid, e.code, str(e)))

    # ---- reading -----------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {
            t: int(self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])  # noqa: S608 (fixed names)
            for t in ("applications", "projects", "events")
        }

    def dump(self) -> list[tuple[Any, ...]]:
        """Every row of every table, for comparing the file before and after (tests)."""
        out: list[tuple[Any, ...]] = []
        for t in ("applications", "projects", "events"):
            out.extend((t, *r) for r in self.db.execute(f"SELECT * FROM {t} ORDER BY 1"))  # noqa: S608
        return out

    def project_records(self) -> Iterator[dict[str, Any]]:
        for prow in self.project_rows.values():
            if prow.id in self.projects:
                yield prow.record()

    def application_records(self) -> Iterator[dict[str, Any]]:
        for arow in self.app_rows.values():
            if arow.id in self.applications:
                yield arow.record()

    def portfolio(self) -> fr.Portfolio:
        """The stored records loaded together as a ``fr.Portfolio`` (built on opening, rebuilt
        after a write). Its ``problems`` list what does not load there, with code and article."""
        if self._portfolio is None:
            self._portfolio = fr.Portfolio(list(self.project_records()), applications=list(self.application_records()))
        return self._portfolio
