"""Writes tests/junk/cases.json: junk inputs for every binding function (issue 11 §2).

Run from the repository root, then fill the expected outcomes from the Rust runner and
review the diff by hand:
    python3 tests/junk/make_cases.py
    FULING_JUNK_BLESS=1 cargo test -p fuling-rules-tests --test junk_agreement
The Python and JS runners must then agree with every "expect".
"""
import json
D = "2025-09-30"
big_s = {"$repeat": ["x", 4194305]}
huge_amt = {"$repeat": ["9", 5000]}
cases = []
def add(call, *args):
    cases.append({"call": call, "args": list(args)})
counts = [5, 0, -1, 1.5, 4294967295, 4294967296, 18446744073709551616, 1e20, -0.5, "5", "五", None, True, [], {}]
for n in counts:
    add("add_working_days", D, n)
for n in [-1, 1.5, 4294967296, 2147483648, "1", None, False, 60]:
    add("sub_working_days", D, n)
for d in ["1990-01-01", "2100-01-01", "0001-01-01", "9999-12-31", 20250101, None, True, [], {}, 1.5]:
    add("is_working_day", d)
for d in ["2026-12-31", "2004-01-01", "1999-12-31", 7, None]:
    add("next_working_day", d)
    add("previous_working_day", d)
    add("day_info", d)
for a, b in [(D, "2025-10-14"), ("2025-10-14", D), ("1990-01-01", D), (D, "2100-01-01"), (D, 5), (None, D)]:
    add("working_days_between", a, b)
periods = [
    {"unit": "working_days", "count": 5}, {"unit": "weeks", "count": 1}, {"unit": "days", "count": -1},
    {"unit": "days", "count": 1000000}, {"unit": "months", "count": 4294967295}, {"unit": "months", "count": 4294967296},
    {"unit": "days", "count": 1.5}, {"unit": "days", "count": "五"}, {"unit": "days"}, {"count": 5},
    {"unit": "days", "count": 5, "extra": 1}, {"unit": "days", "count": 5, "direction": "sideways"},
    {"unit": "days", "count": 5, "kind": "maximum"}, {"unit": "working_days", "count": 99999},
    '{"unit":"days","count":5}', '{"unit":"days",', "[]", "null", "", 5, None, [], True,
]
for p in periods:
    add("due_date", D, p)
for p in periods[:8] + ["{", 3]:
    add("explain_due_date", D, p)
add("explain_due_date", "2026-12-01", {"unit": "months", "count": 3})
add("due_date", "2026-12-01", {"unit": "working_days", "count": 60})
# Issue 16: periods in the regulation's words, notice texts, provisional years.
for t in ["5个工作日内", "不低于90天", "申报前10个工作日", "六十个工作日", "尽快", "5个工作周", "", "99999天",
          '{"unit":"days","count":5}', "{", big_s, 5, None, {}]:
    add("period_parse", t)
for t in ["5个工作日内", "申报前10个工作日", "尽快"]:
    add("due_date", D, t)
n2027 = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。"
for t in [n2027, "一、元旦:1月1日放假。", "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:另行通知1月1日。",
          "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:2月30日放假。", "", {"$repeat": ["。", 20001]},
          big_s, 2027, None, []]:
    add("parse_notice", t)
    add("calendar_with_notice", t)
for y in [2035, 2027, 2026, 2036, 0, -1, 1.5, 1e10, None, "2035", True, [2035]]:
    add("calendar_official", y)
amounts = ["500万元", "", " ", "-5", "5.001", "伍佰佰万", "9" * 400, "1e5", "¥5,000,000.00", "人民币伍佰万元整",
           "五", "5,00,000", "0", "NaN", huge_amt, big_s, None, [], {}, True]
for t in amounts:
    add("amount_parse", t)
for t in amounts[:6] + [None, {}]:
    add("requires_municipal_filing", t)
for b in ["0", "-1", "-0", "500000000", "9999999999999999", "10000000000000000", "18446744073709551616",
          "1" + "0" * 40, "-" + "9" * 30, "5", None, [], 1.5]:
    add("amount_from_fen", {"$big": b} if isinstance(b, str) and b != "5" else b)
cals = ["{", "null", "[]", {}, {"format": 2}, {"format": 1, "base": "none"},
        {"format": 1, "base": "none", "first": "2025-01-01", "last": "2024-01-01"},
        {"format": 1, "base": "official", "days": [{"date": "2025-02-30", "type": "holiday", "name": "x"}]},
        {"format": 1, "base": "official", "days": [{"date": "2025-1-1", "type": "holiday", "name": "x"}]},
        {"format": 1, "base": "official", "days": [{"date": "2025-06-03", "type": "party", "name": "x"}]},
        {"format": 1, "base": "elsewhere"}, big_s, 5, True]
for c in cals:
    add("calendar_from_json", c)
for r in ["{", "[]", {}, {"id": 5}, "5", big_s, [1, 2]]:
    add("ruleset_from_json", r)
names = ["catalog", "check_catalog", "joint_review", "nope", "", "CATALOG", "check_", "priority", 5, None]
for n in names:
    add("run_check", n, {})
deep = "x"
for _ in range(70):
    deep = [deep]
inputs = [{}, "{", "[]", "null", None, 5, [], {"development_completed": "yes"}, {"unknown_field": 1},
          {"name": {"$repeat": ["河", 100001]}}, {"requirements": deep}, "x", big_s]
for c in ["catalog", "planning_dossier", "joint_review", "acceptance", "deregistration"]:
    for i in inputs[:7] if c != "catalog" else inputs:
        add("check_" + c, i)
for i in [{"labels": ["high_risk"]}, {"labels": ["nice"]}, {"labels": "high_risk"}, {}, "null"]:
    add("check_label_actions", i)
for i in [{}, {"security_remediation": "yes"}, {"security_remediation": True}, "[1]"]:
    add("check_priority_categories", i)
for a, b in [("p", "development"), ("p", "om"), ("p", "maintenance"), ("p", ""), (5, "om"), ("p", 5), (big_s, "om")]:
    add("project_new", a, b)
events = [{"type": "ledgered", "date": "2025-09-01"}, {"type": "ledgered", "date": "2025-02-30"},
          {"type": "ledgered", "date": "2025-9-1"}, {"type": "ledgered", "date": 20250901}, {"type": "ledgered"},
          {"type": "teleported", "date": "2025-09-01"}, {"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "120万元"},
          {"type": "ledgered", "date": "1990-01-01"}, "{", "null", [], 5, {}]
for e in events:
    add("project_apply", e)
projects = ["{", {}, {"schema": 1, "id": "x", "kind": "om", "events": []}, {"schema": 3, "id": "x", "kind": "om", "events": []},
            {"schema": 2, "id": "x", "kind": "om", "events": []},
            {"schema": 1, "id": "x", "kind": "om", "events": [{"type": "ledgered", "date": "2025-02-30"}]},
            {"schema": 1, "id": "x", "kind": "spaceship", "events": []}, 5, big_s]
for p in projects:
    add("project_from_json", p)
for d in ["2025-10-15", "1990-01-01", 5, None]:
    add("project_status", d)
# Array arguments: anything but an array (a Python list or tuple) is a TypeError.
for records in [[], 5, "[]", {}, None]:
    add("migrate", records)
for rulesets in [[], 5, "[]", {}, None]:
    add("project_status_in", D, rulesets)
print(len(cases))
doc = {"kinds": {
    "date": "ISO text (only valid YYYY-MM-DD in date positions: Python passes datetime.date); other JSON types are a TypeError",
    "count": "a JSON number (Python int or float, JS number); other types are a TypeError",
    "big": "{\"$big\": \"digits\"}: a Python int, a JS BigInt",
    "text/amount": "a string; other types are a TypeError (amounts: never numbers, which Python reads as yuan)",
    "json": "a JSON value or JSON text; {\"$repeat\": [text, n]} is text repeated n times",
    "functions": "kinds per function are in the three runners; check_<name> are the check functions"},
    "cases": cases}
lines = ",\n".join("    " + json.dumps(c, ensure_ascii=False, sort_keys=True) for c in cases)
open("tests/junk/cases.json", "w").write('{\n  "kinds": ' + json.dumps(doc["kinds"], ensure_ascii=False) + ',\n  "cases": [\n' + lines + "\n  ]\n}\n")
