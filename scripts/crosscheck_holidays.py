#!/usr/bin/env python3
"""Cross-check core/data/holidays.json against two independent libraries.

Dev tool, run by hand; the Rust library never depends on it.

    python3 -m venv /tmp/holidays-venv
    /tmp/holidays-venv/bin/pip install chinesecalendar holidays
    /tmp/holidays-venv/bin/python scripts/crosscheck_holidays.py

(run from the repository root, or pass the data file as the only argument).

What it does
  1. Validates the data file: format 1, entries sorted ascending, each date at
     most once and inside first..last, "workday" only on Saturday/Sunday,
     "holiday" names from the fixed list, every referenced notice declared.
  2. For EVERY date from "first" to "last" it compares working/rest status
     (Mon-Fri work, Sat/Sun rest, unless the date is listed) with
       (a) chinese_calendar.is_workday()            (PyPI: chinesecalendar)
       (b) python-holidays China, is_working_day()  (PyPI: holidays) -- it
           knows statutory holidays, 补休/调休 rest days and, through its
           substituted-day table, the Saturdays/Sundays made working days.
     Every disagreement is printed.  A disagreement is "explained" only when
     the data lists that date with a "note" that names the disagreeing
     source ("chinese_calendar" or "python-holidays") -- the note says why
     that source is wrong and the notice decides.  Any unexplained
     disagreement makes the script exit 1.
  3. Prints the yearly working-day totals and asserts 2024 = 251,
     2025 = 248, 2026 = 248 (official totals).

The libraries only cover the years they know; a date outside a library's
range is reported as "not covered" and counts as a failure, so that a stale
library cannot silently skip years.
"""

import datetime as dt
import json
import os
import sys
from collections import Counter, defaultdict

EXPECTED_TOTALS = {2024: 251, 2025: 248, 2026: 248}
NAMES = {
    "元旦": "New Year's Day",
    "春节": "Spring Festival",
    "清明节": "Qingming Festival",
    "劳动节": "Labour Day",
    "端午节": "Dragon Boat Festival",
    "中秋节": "Mid-Autumn Festival",
    "国庆节": "National Day",
    "国庆节、中秋节": "National Day and Mid-Autumn Festival",
    "抗战胜利70周年纪念日": "70th Victory Anniversary",
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validate(data):
    errors = []
    if data.get("format") != 1:
        errors.append("format must be 1")
    first = dt.date.fromisoformat(data["first"])
    last = dt.date.fromisoformat(data["last"])
    notice_ids = [n["id"] for n in data["notices"]]
    if len(set(notice_ids)) != len(notice_ids):
        errors.append("duplicate notice id")
    for n in data["notices"]:
        for key in ("id", "title", "published"):
            if key not in n:
                errors.append(f"notice {n.get('id')} lacks {key}")
    used = set()
    prev = None
    by_date = {}
    for e in data["days"]:
        d = dt.date.fromisoformat(e["date"])
        if prev is not None and d <= prev:
            errors.append(f"{e['date']}: not strictly ascending")
        prev = d
        if not first <= d <= last:
            errors.append(f"{e['date']}: outside {first}..{last}")
        if e["type"] not in ("holiday", "workday"):
            errors.append(f"{e['date']}: bad type {e['type']}")
        if e["type"] == "workday" and d.weekday() < 5:
            errors.append(f"{e['date']}: workday on a weekday")
        if NAMES.get(e["name"]) != e["name_en"]:
            errors.append(f"{e['date']}: bad name pair {e['name']}/{e['name_en']}")
        if e["notice"] not in notice_ids:
            errors.append(f"{e['date']}: unknown notice {e['notice']}")
        extra = set(e) - {"date", "type", "name", "name_en", "notice", "note"}
        if extra:
            errors.append(f"{e['date']}: unknown fields {sorted(extra)}")
        used.add(e["notice"])
        by_date[d] = e
    for nid in notice_ids:
        if nid not in used:
            errors.append(f"notice {nid} is declared but no day uses it")
    return first, last, by_date, errors


def data_is_workday(by_date, d):
    e = by_date.get(d)
    if e is None:
        return d.weekday() < 5
    return e["type"] == "workday"


def daterange(a, b):
    while a <= b:
        yield a
        a += dt.timedelta(days=1)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "core", "data", "holidays.json")
    data = load(path)
    first, last, by_date, errors = validate(data)
    print(f"data: {path}")
    print(f"version {data['version']}, {first}..{last}, {len(data['days'])} entries, "
          f"{len(data['notices'])} notices")
    if errors:
        for msg in errors:
            print("FORMAT ERROR:", msg)

    try:
        import chinese_calendar
        import holidays
    except ImportError as exc:
        print(f"missing library ({exc}); see the install command at the top of this file")
        return 2
    print(f"chinese_calendar {getattr(chinese_calendar, '__version__', '?')}, "
          f"holidays {holidays.__version__}")

    # one year either side: a notice can move days of the neighbouring year
    cn = holidays.country_holidays("CN", years=range(first.year - 1, last.year + 2))

    def cc_is_workday(d):
        try:
            return chinese_calendar.is_workday(d)
        except NotImplementedError:
            return None

    def ph_is_workday(d):
        return cn.is_working_day(d)

    sources = [("chinese_calendar", cc_is_workday), ("python-holidays", ph_is_workday)]
    unexplained = 0
    explained = 0
    per_source = Counter()
    totals = defaultdict(int)
    for d in daterange(first, last):
        ours = data_is_workday(by_date, d)
        if ours:
            totals[d.year] += 1
        for name, fn in sources:
            theirs = fn(d)
            if theirs is None:
                print(f"{d} {d:%a}: NOT COVERED by {name}")
                unexplained += 1
                continue
            if theirs == ours:
                continue
            per_source[name] += 1
            e = by_date.get(d)
            note = e.get("note") if e else None
            status = lambda w: "working" if w else "rest"
            line = (f"{d} {d:%a}: data={status(ours)} ({e['type'] + ' ' + e['name'] + ', notice ' + e['notice'] if e else 'not listed'})"
                    f" vs {name}={status(theirs)}")
            if note and name in note:
                explained += 1
                print(f"{line}\n    explained by note: {note}")
            else:
                unexplained += 1
                why = f" (its note does not mention {name})" if note else ""
                print(f"{line}\n    UNEXPLAINED{why}")

    print()
    print("working days per year:")
    for year in range(first.year, last.year + 1):
        mark = ""
        if year in EXPECTED_TOTALS:
            ok = totals[year] == EXPECTED_TOTALS[year]
            mark = f"  (expected {EXPECTED_TOTALS[year]}: {'ok' if ok else 'MISMATCH'})"
        print(f"  {year}: {totals[year]}{mark}")
    bad_totals = [y for y, n in EXPECTED_TOTALS.items() if first.year <= y <= last.year and totals[y] != n]

    print()
    print(f"disagreements: {sum(per_source.values())} "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(per_source.items())) or 'none'}); "
          f"explained by a note: {explained}; unexplained: {unexplained}")
    if errors or unexplained or bad_totals:
        print("FAIL")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
