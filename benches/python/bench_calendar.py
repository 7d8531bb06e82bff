#!/usr/bin/env python3
"""Benchmark: fuling_rules.add_working_days against chinese-calendar and python-holidays.

Not a timed test; run by hand (see benches/README.md):

    python3 -m venv .venv-ci/bench
    .venv-ci/bench/bin/pip install dist/python/fuling_rules-*.whl chinesecalendar holidays
    .venv-ci/bench/bin/python benches/python/bench_calendar.py

For the same 100,000 random (date in 2015-2025, n in 1..60) pairs, in one run, it
times, per call:
  - fuling_rules.add_working_days(d, n)                       (the official calendar)
  - fuling_rules.add_working_days_many(dates, ns)             (one batch call)
  - chinese_calendar.find_workday(n, d)   (it first moves a rest-day start to the
    next working day, so answers are compared on working-day starts only)
  - python-holidays: country_holidays("CN").get_nth_working_day(d, n)
checks that the answers are identical, prints the ratios, and measures the time
of `import fuling_rules` in a fresh interpreter. --quick times the two other
libraries on a 10,000-pair sample (their rates are steady).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from typing import Any, Callable

import fuling_rules as fr

SEED = 20250930
N_PAIRS = 100_000


def pairs(count: int) -> tuple[list[dt.date], list[int]]:
    rng = random.Random(SEED)
    lo = dt.date(2015, 1, 1).toordinal()
    hi = dt.date(2025, 12, 31).toordinal()
    dates = [dt.date.fromordinal(rng.randint(lo, hi)) for _ in range(count)]
    ns = [rng.randint(1, 60) for _ in range(count)]
    return dates, ns


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def best_of(k: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    runs = [timed(fn) for _ in range(k)]
    return min(r[0] for r in runs), runs[0][1]


def import_time_ms(runs: int = 15) -> tuple[float, float]:
    """Median wall time of `import fuling_rules` in a fresh interpreter, minus an empty one."""

    def run(code: str) -> float:
        out = subprocess.run(
            [sys.executable, "-c", f"import time; t=time.perf_counter(); {code}; print(time.perf_counter()-t)"],
            check=True,
            capture_output=True,
            text=True,
        )
        return float(out.stdout.strip()) * 1000

    ours = statistics.median(run("import fuling_rules") for _ in range(runs))
    first_call = statistics.median(
        run("import fuling_rules, datetime; fuling_rules.add_working_days(datetime.date(2025, 9, 30), 5)")
        for _ in range(runs)
    )
    return ours, first_call


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="time the other libraries on 10,000 pairs")
    args = ap.parse_args()

    dates, ns = pairs(N_PAIRS)
    print(f"fuling_rules {fr.__version__}, calendar {fr.Calendar.official().version()}, Python {sys.version.split()[0]}")
    print(f"{N_PAIRS:,} random (date in 2015-2025, n in 1..60) pairs, seed {SEED}")

    add = fr.add_working_days
    t_ours, ours = best_of(5, lambda: [add(d, n) for d, n in zip(dates, ns)])
    t_many, many = best_of(5, lambda: fr.add_working_days_many(dates, ns))
    assert many == ours, "batch and per-call answers differ"
    rate_ours = N_PAIRS / t_ours
    rate_many = N_PAIRS / t_many
    print(f"fuling_rules.add_working_days       {rate_ours:>14,.0f} calls/s  ({t_ours * 1e9 / N_PAIRS:,.0f} ns/call)")
    print(f"fuling_rules.add_working_days_many  {rate_many:>14,.0f} dates/s  ({t_many * 1e9 / N_PAIRS:,.0f} ns/date)")

    sample = 10_000 if args.quick else N_PAIRS
    results: dict[str, float] = {}
    try:
        import chinese_calendar as cc

        working = [i for i in range(sample) if fr.is_working_day(dates[i])]
        t_cc, cc_out = timed(lambda: [cc.find_workday(ns[i], dates[i]) for i in range(sample)])
        rate_cc = sample / t_cc
        results["chinese-calendar"] = rate_cc
        diff = [i for i in working if cc_out[i] != ours[i]]
        print(
            f"chinese_calendar.find_workday       {rate_cc:>14,.0f} calls/s  "
            f"(v{getattr(cc, '__version__', '?')}, {sample:,} pairs; answers on the {len(working):,} "
            f"working-day starts: {'identical' if not diff else f'{len(diff)} differ'})"
        )
        for i in diff[:5]:
            print(f"    differs: {dates[i]} + {ns[i]}: fuling_rules {ours[i]}, chinese_calendar {cc_out[i]}")
    except ImportError:
        print("chinese_calendar not installed (pip install chinesecalendar)")

    try:
        import holidays

        cn = holidays.country_holidays("CN", years=range(2014, 2027))
        t_ph, ph_out = timed(lambda: [cn.get_nth_working_day(dates[i], ns[i]) for i in range(sample)])
        rate_ph = sample / t_ph
        results["python-holidays"] = rate_ph
        diff = [i for i in range(sample) if ph_out[i] != ours[i]]
        print(
            f"holidays CN get_nth_working_day     {rate_ph:>14,.0f} calls/s  "
            f"(v{holidays.__version__}, {sample:,} pairs; answers: {'identical' if not diff else f'{len(diff)} differ'})"
        )
        for i in diff[:5]:
            print(f"    differs: {dates[i]} + {ns[i]}: fuling_rules {ours[i]}, holidays {ph_out[i]}")
    except ImportError:
        print("holidays not installed (pip install holidays)")

    for name, rate in results.items():
        print(f"ratio per call vs {name}: {rate_ours / rate:,.0f}x (batch: {rate_many / rate:,.0f}x)")
    imp, first = import_time_ms()
    print(f"import fuling_rules: {imp:.1f} ms (median of 15 fresh interpreters); import + first call: {first:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
