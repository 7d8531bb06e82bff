#!/usr/bin/env python3
"""Three-target agreement: random (date, n) pairs and random projects evaluated through
the Rust API, the Python binding and the WASM binding (Node); all answers must be identical,
errors included: their codes and both messages (message_zh, message_en; issue 17: the WASM
package renders them from the message catalogue).

Usage (after the Python wheel is installed in the interpreter running this script and
bindings-wasm/build.sh has built bindings-wasm/pkg/node):
    python scripts/agreement.py [--seed N] [--pairs N] [--projects N]
Prints 'agreement: N passed, M failed' and exits non-zero on any disagreement.
"""
import argparse
import datetime as dt
import glob
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def make_cases(seed: int, n_pairs: int, n_projects: int) -> dict:
    rng = random.Random(seed)
    first, last = dt.date(2004, 1, 1), dt.date(2026, 12, 31)
    span = (last - first).days
    pairs = []
    for _ in range(n_pairs):
        d = first + dt.timedelta(days=rng.randrange(span + 1))
        n = rng.choice([0, 1, 2, 5, 7, 10, 60, rng.randrange(0, 400)])
        pairs.append([d.isoformat(), n])
    scenarios = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(ROOT, "tests/scenarios/process-*.json")))]
    projects = []
    for _ in range(n_projects):
        s = rng.choice(scenarios)
        events = list(s["events"])
        # Mutate: drop, duplicate or swap a few events so some are refused, or give an event an
        # amount that does not parse (issue 17: an error inside a reader's reason).
        for _ in range(rng.randrange(3)):
            if not events:
                break
            i = rng.randrange(len(events))
            op = rng.randrange(4)
            if op == 0:
                events.pop(i)
            elif op == 1:
                events.insert(i, dict(events[i]))
            elif op == 2:
                j = rng.randrange(len(events))
                events[i], events[j] = events[j], events[i]
            else:
                events[i] = dict(events[i], amount=rng.choice(["abc", "", "-5", "5.001", "9" * 1100, "伍佰佰万", -1]))
        dates = [e["date"] for e in events] or [s["as_of"]]
        as_of = dt.date.fromisoformat(max(dates)) + dt.timedelta(days=rng.randrange(0, 120))
        projects.append({"project": s["project"], "events": events, "as_of": as_of.isoformat()})
    # Issue 16: every notice file of tests/notices, and periods in the regulation's words.
    notices = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(ROOT, "tests/notices/*.txt")))
               if not os.path.basename(f).startswith("fangjia")]
    periods = ["5个工作日内", "60个工作日", "五个工作日", "1个月内", "一个月", "90天", "不低于90天", "申报前10个工作日",
               "六十个工作日内", "至少三个月", "尽快", "", "99999天", '{"unit":"days","count":5}', "{"]
    return {"pairs": pairs, "projects": projects, "notices": notices, "periods": periods}


def error(e) -> dict:
    """An error as the three runners write it: its code and both messages (issue 17)."""
    return {"error": e.code, "message_zh": e.message_zh, "message_en": e.message_en}


def run_python(cases: dict) -> dict:
    import fuling_rules as fr

    pairs = []
    for d, n in cases["pairs"]:
        try:
            pairs.append(fr.add_working_days(dt.date.fromisoformat(d), n).isoformat())
        except fr.RulesError as e:
            pairs.append(error(e))
    projects = []
    for c in cases["projects"]:
        p = fr.Project.from_json(c["project"])
        applied = []
        for e in c["events"]:
            try:
                p.apply(e)
                applied.append(None)
            except fr.RulesError as err:
                applied.append(error(err))
        try:
            status = p.status(dt.date.fromisoformat(c["as_of"])).to_dict()
        except fr.RulesError as err:
            status = error(err)
        try:
            timeline = p.timeline_mermaid()
        except fr.RulesError as err:
            timeline = error(err)
        projects.append({"applied": applied, "status": status, "project": json.loads(p.to_json()), "timeline": timeline})
    notices = []
    for t in cases["notices"]:
        try:
            notices.append(fr.parse_notice(t).to_dict())
        except fr.RulesError as err:
            notices.append(error(err))
    periods = []
    for t in cases["periods"]:
        try:
            periods.append(fr.due_date(dt.date(2025, 9, 30), t).isoformat())
        except fr.RulesError as err:
            periods.append(error(err))
    return {"pairs": pairs, "projects": projects, "notices": notices, "periods": periods}


def run_command(cmd: list, cases: dict) -> dict:
    out = subprocess.run(cmd, input=json.dumps(cases), capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20251125)
    ap.add_argument("--pairs", type=int, default=5000)
    ap.add_argument("--projects", type=int, default=300)
    args = ap.parse_args()
    cases = make_cases(args.seed, args.pairs, args.projects)
    rust = run_command(["cargo", "run", "-q", "--locked", "-p", "fuling-rules-examples", "--bin", "agree"], cases)
    python = run_python(cases)
    node = run_command(["node", "scripts/agreement.mjs"], cases)
    passed = failed = 0
    for kind in ("pairs", "projects", "notices", "periods"):
        for i, (r, p, n) in enumerate(zip(rust[kind], python[kind], node[kind])):
            if r == p == n:
                passed += 1
            else:
                failed += 1
                if failed <= 5:
                    print(f"DISAGREE {kind}[{i}] case={json.dumps(cases[kind][i], ensure_ascii=False)[:300]}")
                    print(f"  rust:   {json.dumps(r, ensure_ascii=False)[:400]}")
                    print(f"  python: {json.dumps(p, ensure_ascii=False)[:400]}")
                    print(f"  node:   {json.dumps(n, ensure_ascii=False)[:400]}")
        if not (len(rust[kind]) == len(python[kind]) == len(node[kind]) == len(cases[kind])):
            failed += 1
            print(f"length mismatch in {kind}")
    print(f"agreement: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
