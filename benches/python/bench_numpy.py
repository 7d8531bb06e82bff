#!/usr/bin/env python3
"""Benchmark: fuling_rules' numpy array API against numpy's own business-day functions.

Not a timed test; run by hand (see benches/README.md):

    .venv-ci/bench/bin/pip install 'dist/python/fuling_rules-*.whl[numpy]'
    .venv-ci/bench/bin/python benches/python/bench_numpy.py

The same 2,000,000 random (date in 2015-2025, n in 1..60) pairs (seed 20250930), in one
run, through
  - fr.add_working_days(dates, ns)                 datetime64[D] in and out
  - np.busday_offset(dates, ns, roll="backward", busdaycal=...)
with a numpy busdaycalendar built from the same official calendar: weekmask Mon-Fri and,
as holidays, every weekday the calendar says is not a working day. roll="backward" gives
numpy the library's counting rule (the n-th working day strictly after the date, the
start day never counted) for n >= 1. numpy has no way to make a Saturday or Sunday a
working day, so on the dates whose answer crosses a 调休 make-up weekend day its answers
differ; the script counts those positions and prints a few.

Also: fr.is_working_day vs np.is_busday and fr.working_days_between vs np.busday_count
(whose interval [begin, end) is shifted by a day to match (start, end]).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, Callable

import numpy as np

import fuling_rules as fr

SEED = 20250930


def best_of(k: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    times: list[float] = []
    out: Any = None
    for _ in range(k):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def numpy_calendar() -> Any:
    """A numpy busdaycalendar from the official calendar: Mon-Fri, minus its weekday rest days."""
    cov = fr.Calendar.official().coverage()
    every = np.arange(np.datetime64(cov.first, "D"), np.datetime64(cov.last, "D") + 1)
    weekday = np.is_busday(every, weekmask="1111100")
    holidays = every[weekday & ~fr.is_working_day(every)]
    made_up = every[~weekday & fr.is_working_day(every)]
    print(
        f"calendar {fr.Calendar.official().version()}: {len(holidays):,} weekday holidays given to numpy; "
        f"{len(made_up):,} weekend days worked (调休) numpy cannot express"
    )
    return np.busdaycalendar(weekmask="1111100", holidays=holidays)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2_000_000, help="number of dates (default 2,000,000)")
    ap.add_argument("-k", type=int, default=7, help="runs of each timing; the best is kept (default 7)")
    args = ap.parse_args()
    n_dates = args.n

    print(f"fuling_rules {fr.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}")
    busdaycal = numpy_calendar()
    rng = np.random.default_rng(SEED)
    first, last = np.datetime64("2015-01-01"), np.datetime64("2025-12-31")
    span = int((last - first).astype(np.int64)) + 1
    dates = first + rng.integers(0, span, n_dates).astype("timedelta64[D]")
    ns = rng.integers(1, 61, n_dates)
    print(f"{n_dates:,} random (date in 2015-2025, n in 1..60) pairs, seed {SEED}, best of {args.k}")

    rows: list[tuple[str, float, float]] = []

    def compare(label: str, ours: Callable[[], Any], theirs: Callable[[], Any]) -> tuple[Any, Any]:
        t_ours, a = best_of(args.k, ours)
        t_np, b = best_of(args.k, theirs)
        rows.append((label, n_dates / t_ours, n_dates / t_np))
        return a, b

    ours, theirs = compare(
        "add_working_days(dates, ns) / busday_offset",
        lambda: fr.add_working_days(dates, ns),
        lambda: np.busday_offset(dates, ns, roll="backward", busdaycal=busdaycal),
    )
    compare(
        "add_working_days(dates, 5) / busday_offset",
        lambda: fr.add_working_days(dates, 5),
        lambda: np.busday_offset(dates, 5, roll="backward", busdaycal=busdaycal),
    )
    work, busday = compare(
        "is_working_day(dates) / is_busday",
        lambda: fr.is_working_day(dates),
        lambda: np.is_busday(dates, busdaycal=busdaycal),
    )
    ends = dates + ns.astype("timedelta64[D]")
    counts, np_counts = compare(
        "working_days_between(dates, ends) / busday_count",
        lambda: fr.working_days_between(dates, ends),
        lambda: np.busday_count(dates + 1, ends + 1, busdaycal=busdaycal),
    )

    print()
    print(f"{'what (fuling_rules / numpy)':52s} {'fuling_rules':>16s} {'numpy':>16s} {'ratio':>7s}")
    for label, ours_rate, np_rate in rows:
        print(f"{label:52s} {ours_rate:>12,.0f} /s {np_rate:>12,.0f} /s {ours_rate / np_rate:>6.1f}x")

    print()
    for label, a, b in (
        ("add_working_days", ours, theirs),
        ("is_working_day", work, busday),
        ("working_days_between", counts, np_counts),
    ):
        diff = np.flatnonzero(a != b)
        print(f"{label}: numpy differs at {len(diff):,} of {n_dates:,} positions ({len(diff) / n_dates:.2%})")
        for i in diff[:4]:
            extra = f" + {ns[i]}" if label == "add_working_days" else ""
            extra = f" .. {ends[i]}" if label == "working_days_between" else extra
            print(f"    [{i}] {dates[i]}{extra}: fuling_rules {a[i]}, numpy {b[i]}")
    # Every difference comes from a weekend day worked (调休): check it.
    check = np.arange(np.datetime64("2015-01-01"), np.datetime64("2026-03-01"))
    made_up = check[~np.is_busday(check, weekmask="1111100") & fr.is_working_day(check)]
    for i in np.flatnonzero(ours != theirs)[:1000]:
        lo, hi = dates[i], max(ours[i], theirs[i])
        assert ((made_up > lo) & (made_up <= hi)).any(), f"difference at {i} without a 调休 day"
    print("each checked difference (first 1,000) spans a weekend day worked (调休)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
