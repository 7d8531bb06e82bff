#!/usr/bin/env python3
"""What is due: read a spreadsheet (CSV) of project events and print, for each
project, its state, the next due date, what is overdue, and the article behind each.

    python examples/python/deadlines.py                       # the shipped projects.csv, as of 2025-10-20
    python examples/python/deadlines.py my.csv --as-of 2025-11-03

CSV columns: project_id, kind (development | om), type (an event type of
docs/events.md), date (YYYY-MM-DD), amount (optional, e.g. 520万元), note (ignored).
Rows of one project are applied in file order; a refused row is reported and skipped.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import fuling_rules as fr

HERE = Path(__file__).resolve().parent


def load(path: Path) -> tuple[dict[str, fr.Project], list[str]]:
    projects: dict[str, fr.Project] = {}
    problems: list[str] = []
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            pid = row["project_id"].strip()
            project = projects.setdefault(pid, fr.Project(pid, row["kind"].strip() or "development"))
            event: dict[str, Any] = {"type": row["type"].strip(), "date": row["date"].strip()}
            if (row.get("amount") or "").strip():
                event["amount"] = row["amount"].strip()
            try:
                project.apply(event)
            except fr.RulesError as e:
                where = f" ({e.article.zh()})" if e.article else ""
                problems.append(f"{path.name}:{line} {pid} {event['type']}: [{e.code}] {e.message_zh}{where}")
    return projects, problems


def report(projects: dict[str, fr.Project], as_of: dt.date) -> None:
    print(f"截至 {as_of}(as of {as_of})")
    for pid, project in projects.items():
        status = project.status(as_of)
        dated = sorted((o for o in status.obligations if o.due is not None), key=lambda o: o.due or as_of)
        upcoming = [o for o in dated if not o.overdue]
        print(f"\n{pid}  [{status.kind}] state: {status.state}")
        if upcoming:
            o = upcoming[0]
            print(f"  next due  {o.due}  {o.what_zh} — {o.article.zh()} ({o.article.en()})")
        for o in dated:
            if o.overdue:
                print(f"  OVERDUE   {o.due}  {o.what_zh} — {o.article.zh()} ({o.article.en()})")
        for o in status.obligations:
            if o.due is None:
                why = f"[{o.error.code}]" if o.error else "no period set"
                print(f"  open      {'—':<10}  {o.what_zh} — {o.article.zh()} ({why})")
        if not status.obligations:
            print("  nothing open")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", nargs="?", default=str(HERE / "projects.csv"))
    ap.add_argument("--as-of", default="2025-10-20", help="the date to report for (default 2025-10-20)")
    args = ap.parse_args(argv)
    projects, problems = load(Path(args.csv))
    for p in problems:
        print("refused:", p)
    report(projects, dt.date.fromisoformat(args.as_of))
    return 0


if __name__ == "__main__":
    sys.exit(main())
