#!/usr/bin/env python3
"""Check core/data/lunar.json (除夕, 春节, 清明, 端午, 中秋 for 2015–2035) against independent
implementations from PyPI.

The table is data, read by the Rust core for provisional calendars (nothing lunar is
computed at run time). It was written with `--write`, which computes it with `sxtwl`
(lunar dates and the 清明 solar term). The check recomputes every row with two other
libraries: `lunardate` (lunar → solar for 正月初一, 五月初五, 八月十五; 除夕 is the day
before 正月初一 and must lie in the twelfth month) and `cnlunar` (solar → lunar for every
date of the row, and its 24-solar-term table for 清明).

    python3 -m pip install lunardate cnlunar sxtwl    # sxtwl only for --write
    python3 scripts/verify_lunar.py                   # exit 1 on any difference
    python3 scripts/verify_lunar.py --write           # regenerate (then verify)
"""
import datetime
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(ROOT, "core", "data", "lunar.json")
YEARS = range(2015, 2036)
KEYS = ["chuxi", "chunjie", "qingming", "duanwu", "zhongqiu"]


def write():
    import sxtwl

    def lunar(y, m, d):
        day = sxtwl.fromLunar(y, m, d)
        return datetime.date(day.getSolarYear(), day.getSolarMonth(), day.getSolarDay())

    rows = []
    for y in YEARS:
        chunjie = lunar(y, 1, 1)
        qingming = [
            datetime.date(y, 4, d)
            for d in range(1, 11)
            if sxtwl.fromSolar(y, 4, d).hasJieQi() and sxtwl.fromSolar(y, 4, d).getJieQi() == 7
        ]
        assert len(qingming) == 1, (y, qingming)
        rows.append({
            "year": y,
            "chuxi": (chunjie - datetime.timedelta(days=1)).isoformat(),
            "chunjie": chunjie.isoformat(),
            "qingming": qingming[0].isoformat(),
            "duanwu": lunar(y, 5, 5).isoformat(),
            "zhongqiu": lunar(y, 8, 15).isoformat(),
        })
    lines = ",\n".join("    " + json.dumps(r, ensure_ascii=False).replace('": ', '": ') for r in rows)
    text = (
        "{\n"
        '  "format": 1,\n'
        '  "about": "Gregorian dates of 农历除夕 (last day of the 12th lunar month), 春节 (正月初一), '
        "清明 (the day of the 清明 solar term, Beijing time), 端午 (五月初五) and 中秋 (八月十五), "
        'for provisional calendars. Written with sxtwl; checked by scripts/verify_lunar.py against lunardate and cnlunar.",\n'
        '  "years": [\n' + lines + "\n  ]\n}\n"
    )
    with open(PATH, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {PATH}")


def verify():
    import cnlunar
    import lunardate

    with open(PATH, encoding="utf-8") as f:
        data = json.load(f)
    rows = data["years"]
    problems = []
    if [r["year"] for r in rows] != list(YEARS):
        problems.append(f"years are not {YEARS.start}..{YEARS.stop - 1}")
    for r in rows:
        y = r["year"]
        got = {k: datetime.date.fromisoformat(r[k]) for k in KEYS}
        # lunardate: lunar → solar.
        ld = lambda m, d: lunardate.LunarDate(y, m, d).to_solar_date()
        want = {
            "chunjie": ld(1, 1),
            "chuxi": ld(1, 1) - datetime.timedelta(days=1),
            "duanwu": ld(5, 5),
            "zhongqiu": ld(8, 15),
        }
        for k, v in want.items():
            if got[k] != v:
                problems.append(f"{y} {k}: table {got[k]}, lunardate {v}")
        if lunardate.LunarDate.from_solar_date(got["chuxi"].year, got["chuxi"].month, got["chuxi"].day).month != 12:
            problems.append(f"{y} chuxi {got['chuxi']} is not in the twelfth month (lunardate)")
        # cnlunar: solar → lunar, and the solar-term table.
        lunar_of = lambda d: cnlunar.Lunar(datetime.datetime(d.year, d.month, d.day))
        for k, (m, d) in {"chunjie": (1, 1), "duanwu": (5, 5), "zhongqiu": (8, 15)}.items():
            x = lunar_of(got[k])
            if (x.lunarMonth, x.lunarDay, x.isLunarLeapMonth) != (m, d, False):
                problems.append(f"{y} {k} {got[k]}: cnlunar reads {x.lunarMonth}/{x.lunarDay} leap={x.isLunarLeapMonth}")
        x = lunar_of(got["chuxi"])
        if x.lunarMonth != 12 or lunar_of(got["chunjie"]).lunarDay != 1:
            problems.append(f"{y} chuxi {got['chuxi']}: cnlunar reads {x.lunarMonth}/{x.lunarDay}")
        terms = [datetime.date(y, 4, d) for d in range(1, 11) if lunar_of(datetime.date(y, 4, d)).todaySolarTerms == "清明"]
        if terms != [got["qingming"]]:
            problems.append(f"{y} qingming: table {got['qingming']}, cnlunar {terms}")
    for p in problems:
        print("MISMATCH", p)
    print(f"lunar.json: {len(rows)} years checked against lunardate and cnlunar, {len(problems)} problems")
    return not problems


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        write()
    sys.exit(0 if verify() else 1)
