#!/usr/bin/env python3
"""Benchmark: how fast results come back to Python (status, agenda, fund view, to_dict).

Not a timed test; run by hand (see benches/README.md):

    .venv-ci/bench/bin/python benches/python/bench_results.py     # -n projects, -k runs

The portfolio is the one of the Rust bench `portfolio` (benches/benches/portfolio.rs), with
fewer projects by default: each project takes the first k (1..=23) project events of scenario
process-54 and pads to 30 with corrections; 100 application records. Timed (best of k):
  - Project.status(as_of) of the full process-54 project  (a Status record)
  - Project.to_dict() of that project                      (a plain dict)
  - Portfolio.agenda(as_of)                                (an Agenda of every open item)
  - Portfolio.fund_view()                                  (a FundView)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any, Callable

import fuling_rules as fr

SCENARIO = Path(__file__).resolve().parents[2] / "tests/scenarios/process-54-dev-major-faults-at-every-stage.json"
AS_OF = dt.date(2025, 7, 10)


def best_of(k: int, fn: Callable[[], Any]) -> float:
    times: list[float] = []
    for _ in range(k):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def portfolio_lines(events: list[dict[str, Any]], projects: int, applications: int = 100) -> list[str]:
    lines = []
    for a in range(applications):
        app = {
            "id": f"APP-{a:03}",
            "responsible_department": f"责任部门{a % 17}",
            "lead_department": f"牵头部门{a % 7}",
        }
        lines.append(json.dumps({"schema": 2, "application": app}, ensure_ascii=False))
    for i in range(projects):
        evs = events[: 1 + i % len(events)]
        last = evs[-1]
        while len(evs) < 30:
            evs = evs + [
                {"type": "correction", "date": last["date"], "replaces": len(evs) - 1,
                 "reason": "复核无误,重录", "event": last}
            ]
        p = {"schema": 2, "id": f"FL-{i:05}", "kind": "development",
             "application_id": f"APP-{i % applications:03}", "events": evs}
        lines.append(json.dumps(p, ensure_ascii=False))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2_000, help="projects in the portfolio (default 2,000)")
    ap.add_argument("-k", type=int, default=7, help="runs of each measurement, best kept (default 7)")
    args = ap.parse_args()

    scenario = json.loads(SCENARIO.read_text(encoding="utf-8"))
    events = [e for e in scenario["events"] if not e["type"].startswith("catalog_")]
    assert len(events) == 23
    project = fr.Project.from_json({"schema": 2, "id": "FL-1", "kind": "development", "events": events})
    portfolio = fr.Portfolio(portfolio_lines(events, args.n))
    assert not portfolio.problems

    reps = 1_000
    status = best_of(args.k, lambda: [project.status(AS_OF) for _ in range(reps)]) / reps
    to_dict = best_of(args.k, lambda: [project.to_dict() for _ in range(reps)]) / reps
    items = len(portfolio.agenda(AS_OF))
    agenda = best_of(args.k, lambda: portfolio.agenda(AS_OF))
    fund = best_of(args.k, lambda: portfolio.fund_view())
    print(f"fuling_rules {fr.__version__}, {args.n:,} projects, best of {args.k}")
    print(f"Project.status(as_of)     {status * 1e6:8.1f} µs")
    print(f"Project.to_dict()         {to_dict * 1e6:8.1f} µs")
    print(f"Portfolio.agenda(as_of)   {agenda * 1e3:8.2f} ms  ({items:,} items)")
    print(f"Portfolio.fund_view()     {fund * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()
