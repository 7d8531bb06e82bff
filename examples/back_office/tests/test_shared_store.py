"""One SQLite file, two languages: the store written here is read by the Rust service, and the
file the service appended to is read back here (examples/back_office/README.md, "The shared file").

Only when ``FULING_SHARED_STORE_DIR`` is set (scripts/test sets it to ``target/shared-store``):

1. :func:`test_write_shared_store` builds the sample district into ``$DIR/district.sqlite`` and
   writes ``$DIR/agenda.json``: this side's agenda as of 2026-11-27, the fund view's rows, the
   state of every record and the row counts of each table.
2. ``examples/back-office-service/tests/shared_store.rs`` opens that file with the service, checks
   the same answers over HTTP, appends one event (and has one refused), and writes
   ``$DIR/rust_appended.json``.
3. :func:`test_read_rust_written_store` (only once that marker exists: scripts/test runs it again
   after the Rust test) reopens the file with the store and sees the appended event.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from back_office import SAMPLE, SAMPLE_AS_OF, views  # noqa: E402
from back_office.import_sheet import import_sheet  # noqa: E402
from back_office.store import Store  # noqa: E402

ENV = "FULING_SHARED_STORE_DIR"
DIR = os.environ.get(ENV)
needs_dir = pytest.mark.skipif(not DIR, reason=f"{ENV} is not set (scripts/test sets it)")

#: Written by the Rust test after its append: what it appended and its agenda afterwards.
MARKER = "rust_appended.json"
#: The fund view's amount columns (``fr.FundRow``), compared as yuan strings ("8600000.00").
AMOUNTS = ("funding_requested", "preliminary_funding", "development_plan", "om_plan", "approved")


def agenda_items(store: Store) -> list[list[Any]]:
    """The agenda as of the sample's date: [project_id, application_id, obligation, due, working_days_left]."""
    return [
        [i.project_id, i.application_id, i.obligation, i.due.isoformat() if i.due else None, i.working_days_left]
        for i in views.agenda(store, SAMPLE_AS_OF)
    ]


def fund_rows(store: Store) -> list[dict[str, Any]]:
    rows = []
    for r in views.fund_view(store).rows:
        row: dict[str, Any] = {"year": r.year, "lead_department": r.lead_department}
        row.update({k: getattr(r, k).to_yuan_string() for k in AMOUNTS})
        row.update({k: getattr(r, k) for k in ("projects", "large_plans", "large_plans_unfiled")})
        rows.append(row)
    return rows


@needs_dir
def test_write_shared_store() -> None:
    out = Path(str(DIR))
    out.mkdir(parents=True, exist_ok=True)
    for name in ("district.sqlite", "district.sqlite-wal", "district.sqlite-shm", "agenda.json", MARKER):
        (out / name).unlink(missing_ok=True)
    store = Store(out / "district.sqlite")
    import_sheet(store, SAMPLE)
    assert store.problems == []
    expected = {
        "as_of": SAMPLE_AS_OF.isoformat(),
        "agenda": agenda_items(store),
        "funds": fund_rows(store),
        "project_states": {pid: p.state for pid, p in sorted(store.projects.items())},
        "application_states": {aid: a.status(SAMPLE_AS_OF)["state"] for aid, a in sorted(store.applications.items())},
        "counts": store.counts(),
    }
    store.close()  # the last connection: SQLite checkpoints the WAL into the file
    assert len(expected["agenda"]) == 14 and len(expected["project_states"]) == 31
    (out / "agenda.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")


@needs_dir
def test_read_rust_written_store() -> None:
    out = Path(str(DIR))
    if not (out / MARKER).exists():
        pytest.skip(f"{MARKER} not written yet: the Rust test (tests/shared_store.rs) runs after this one")
    before = json.loads((out / "agenda.json").read_text(encoding="utf-8"))
    rust = json.loads((out / MARKER).read_text(encoding="utf-8"))
    store = Store(out / "district.sqlite")
    try:
        assert store.problems == []
        # One event more than the Python side wrote: the refused one left nothing.
        assert store.counts() == {**before["counts"], "events": before["counts"]["events"] + 1}
        project = store.projects[rust["project_id"]]
        assert len(project.events) == rust["index"] + 1
        assert project.events[rust["index"]] == rust["event"]
        assert project.state == rust["state"]
        # The agenda read here from the Rust-written file is the one the service answered after its write.
        assert agenda_items(store) == rust["agenda"]
        assert agenda_items(store) != before["agenda"]
    finally:
        store.close()
