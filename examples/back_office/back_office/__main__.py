"""Command line: ``python -m back_office {demo,import,report} ...`` (see README.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import SAMPLE, SAMPLE_AS_OF, report
from .import_sheet import ImportReport, import_sheet
from .store import Store


def _write(store: Store, as_of: dt.date, out: Path, imports: list[ImportReport]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rep = report.build(store, as_of, imports)
    page = out / "report.html"
    page.write_text(report.render_html(rep), encoding="utf-8")
    print(f"{len(rep.items)} open items, {len(rep.overdue)} overdue, {len(rep.due_soon)} due within {report.SOON} working days")
    print(f"report: {page}")
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        print("(openpyxl not installed: no XLSX export; pip install openpyxl)")
        return
    book = out / "report.xlsx"
    report.write_xlsx(rep, book)
    print(f"tables: {book}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m back_office", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("demo", help="build a store from the embedded sample district and write its report")
    d.add_argument("--out", type=Path, required=True, help="folder for district.sqlite, report.html, report.xlsx")
    d.add_argument("--as-of", type=dt.date.fromisoformat, default=SAMPLE_AS_OF)
    i = sub.add_parser("import", help="import a CSV or XLSX sheet into a store")
    i.add_argument("sheet", type=Path)
    i.add_argument("--db", type=Path, required=True)
    r = sub.add_parser("report", help="write the report of a store")
    r.add_argument("--db", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--as-of", type=dt.date.fromisoformat, required=True)
    args = p.parse_args(argv)

    if args.cmd == "demo":
        args.out.mkdir(parents=True, exist_ok=True)
        db = args.out / "district.sqlite"
        if db.exists():
            db.unlink()  # the demo starts from the sample every time
        store = Store(db)
        rep = import_sheet(store, SAMPLE)
        print(rep.text())
        _write(store, args.as_of, args.out, [rep])
    elif args.cmd == "import":
        store = Store(args.db)
        rep = import_sheet(store, args.sheet)
        print(rep.text())
    else:
        store = Store(args.db)
        _write(store, args.as_of, args.out, [])
    for problem in store.problems:
        print(f"not loaded: {problem.record_kind} {problem.record_id} [{problem.code}] {problem.message}", file=sys.stderr)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
