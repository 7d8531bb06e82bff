"""Issue 16 in Python: notice texts (fr.parse_notice, Calendar.with_notice), provisional
calendars (Calendar.official(provisional_until=...)), estimates in the status, and periods
in the regulation's words (Period.parse, period text wherever a period is accepted)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from typing import Any

import pytest

import fuling_rules as fr

from conftest import REPO

D = dt.date
NOTICES = REPO / "tests" / "notices"

# A 2027 notice as a clerk would paste it (two items; the real one is not out yet).
N2027 = (
    "国务院办公厅关于2027年部分节假日安排的通知\n"
    "一、元旦:1月1日(周五)至3日(周日)放假,共3天。\n"
    "二、春节:2月5日至11日放假调休,共7天。2月13日(星期六)上班。"
)


def read(name: str) -> str:
    return (NOTICES / name).read_text(encoding="utf-8")


def data_name(heading: str) -> str:
    """The data's name for a heading as expected.json writes it (as tests/tests/notices.rs)."""
    return {"“五一”国际劳动节": "劳动节", "中秋节、国庆节": "国庆节、中秋节", "春节(延长)": "春节"}.get(
        heading, heading
    )


def test_every_notice_file_reads_into_its_expected_entries() -> None:
    expected: dict[str, Any] = json.loads(read("expected.json"))
    files = sorted(p.name for p in NOTICES.glob("*.txt") if not p.name.startswith("fangjia"))
    assert len(files) == 19 and set(files) == {k for k in expected if k != "_about"}
    for file in files:
        n = fr.parse_notice(read(file))
        want_off: dict[str, set[D]] = {}
        want_work: dict[str, set[D]] = {}
        for item in expected[file]:
            name = data_name(item["name"])
            off = want_off.setdefault(name, set())
            for a, b in item["off"]:
                day, last = D.fromisoformat(a), D.fromisoformat(b)
                while day <= last:
                    off.add(day)
                    day += dt.timedelta(days=1)
            if item["work"]:
                want_work.setdefault(name, set()).update(D.fromisoformat(w) for w in item["work"])
        got_off: dict[str, set[D]] = {}
        for h in n.holidays:
            got_off.setdefault(h.name, set()).add(h.date)
        got_work: dict[str, set[D]] = {}
        for w in n.workdays:
            got_work.setdefault(w.name, set()).add(w.date)
        assert got_off == want_off, file
        assert got_work == want_work, file
        assert n.regular == (), file
        assert all(h.name_en for h in n.holidays), file


def test_notice_record() -> None:
    n = fr.parse_notice(read("2010.txt"))
    assert isinstance(n, fr.Notice) and isinstance(n, fr.Record)
    assert (n.id, n.year, n.title) == ("2010", 2010, "国务院办公厅关于2010年部分节假日安排的通知")
    assert n.number == "国办发明电〔2009〕27号"
    assert n.published == D(2009, 12, 7)  # "二○○九年十二月七日" on the last line
    assert all(isinstance(h, fr.NoticeDay) and type(h.date) is D for h in n.holidays)
    d = n.to_dict()
    # Keys in the core's declaration order: the order of the JSON text Rust and JS write.
    assert list(d) == ["id", "year", "title", "number", "published", "holidays", "workdays", "regular"]
    assert d["published"] == "2009-12-07"
    assert d["holidays"][0] == {"date": "2010-01-01", "name": "元旦", "name_en": "New Year's Day"}
    assert d["workdays"][0] == {"date": "2010-02-20", "name": "春节", "name_en": "Spring Festival"}
    with pytest.raises(AttributeError):
        n.year = 2011
    assert pickle.loads(pickle.dumps(n)) == n and hash(n) == hash(fr.parse_notice(read("2010.txt")))
    # Absent values are None (null in the dict); a supplementary notice returns days to normal.
    bare = fr.parse_notice("国务院办公厅关于2014年部分节假日安排的通知\n一、元旦:1月1日放假1天。")
    assert (bare.number, bare.published, bare.to_dict()["number"]) == (None, None, None)
    ext = fr.parse_notice(read("2020-extension.txt"))
    assert ext.id == "2020-extension"
    # The 2020 notice's Spring Festival ended 01-30; the extension ran to 02-02 (Sunday).
    assert [h.date for h in ext.holidays] == [D(2020, 1, 31), D(2020, 2, 1), D(2020, 2, 2)]
    labour = fr.parse_notice(read("2019-labor-day-adjustment.txt"))
    assert labour.id == "2019-labour"


def test_unreadable_notices() -> None:
    with pytest.raises(fr.InputError) as e:
        fr.parse_notice("国务院办公厅关于2015年部分节假日安排的通知\n三、清明节:4月5日另行安排。")
    assert e.value.code == "notice_unreadable"
    assert "line 2 (item 3), sentence 1" in e.value.message_en
    assert "第2行(第3项)第1句" in e.value.message_zh
    with pytest.raises(fr.InputError) as e:
        fr.Calendar.official().with_notice("一、元旦:1月1日放假。")  # no title: the year is unknown
    assert e.value.code == "notice_unreadable"
    with pytest.raises(fr.InputError) as e:
        fr.parse_notice("。" * 20001)
    assert e.value.code == "input_too_large"
    with pytest.raises(TypeError):
        fr.parse_notice(b"2027")  # type: ignore[arg-type]


def test_with_notice_extends_the_calendar_and_the_receipt() -> None:
    official = fr.Calendar.official()
    cal = official.with_notice(N2027)
    assert official.loaded_notices() == [] and cal.loaded_notices() == ["2027"]
    assert cal.version() == official.version() + "+notice-2027"
    assert cal.coverage().last == D(2027, 12, 31)
    # Thu 2026-12-31, then 元旦 01-01..01-03 off: the 2nd working day is Mon 2027-01-04.
    assert cal.add_working_days(D(2026, 12, 30), 2) == D(2027, 1, 4)
    assert cal.is_working_day(D(2027, 2, 13))  # Saturday worked (调休上班)
    info = cal.day_info(D(2027, 2, 5))
    assert (info.working, info.notice, info.provisional) == (False, "2027", False)
    with pytest.raises(fr.CalendarRangeError):
        official.add_working_days(D(2026, 12, 30), 2)
    # A later notice overrides the days it names; loading the same notice twice lists it once.
    again = cal.with_notice(N2027)
    assert again.loaded_notices() == ["2027"]
    # The status's receipt names the notice loaded beyond the embedded ones.
    p = status_project()
    s = p.status(D(2026, 10, 16), calendar=cal)
    assert s.receipt.calendar_version.endswith("+notice-2027")
    [n] = s.receipt.notices_loaded
    assert isinstance(n, fr.LoadedNotice)
    assert (n.id, n.year, n.title) == ("2027", 2027, "国务院办公厅关于2027年部分节假日安排的通知")
    assert s.receipt.provisional_from is None
    assert s.to_dict()["receipt"]["notices_loaded"][0]["id"] == "2027"
    o = s.obligations[0]
    # 55 working days to 2026-12-31, then 01-01..01-03 off (notice), Mon 01-04..Fri 01-08.
    assert (o.due, o.provisional, o.estimate, o.error) == (D(2027, 1, 8), False, None, None)


def status_project() -> fr.Project:
    """A 第十九条(三) 60-working-day deadline triggered on 2026-10-15 (past 2026-12-31)."""
    p = fr.Project("FL-2026-049", "development")
    p.apply({"type": "ledgered", "date": "2026-09-01"})
    p.apply({"type": "funding_plan_submitted", "date": "2026-09-01", "amount": "80万元"})
    p.apply({"type": "lead_department_reviewed", "date": "2026-09-02"})
    p.apply({"type": "preliminary_funding_plan_set", "date": "2026-10-15"})
    return p


def test_status_gives_an_estimate_on_the_strict_calendar() -> None:
    s = status_project().status(D(2026, 10, 16))
    o = s.obligations[0]
    assert o.due is None and o.error is not None and o.error.code == "calendar_out_of_range"
    assert o.provisional is False
    e = o.estimate
    assert isinstance(e, fr.Estimate)
    # 2026-10-16..12-31 hold 55 working days (Oct 11, Nov 21, Dec 23); then Fri 2027-01-01
    # 元旦 (provisional) and the weekend; 01-04..01-08 are the 56th..60th.
    assert e.due == D(2027, 1, 8)
    assert "may move by up to 3 working days (10 calendar days) when the 2027 notice is published" in e.basis_en
    assert e.basis_zh
    assert e.explanation.due == D(2027, 1, 8) and e.explanation.provisional_from == D(2027, 1, 1)
    assert o.to_dict()["estimate"]["due"] == "2027-01-08"
    # The receipt says a provisional day was used (by the estimate); no notice was loaded.
    assert s.receipt.provisional_from == D(2027, 1, 1)
    assert s.receipt.notices_loaded == ()
    assert "notices_loaded" not in s.to_dict()["receipt"]


def test_provisional_calendar() -> None:
    cal = fr.Calendar.official(provisional_until=2035)
    assert cal.provisional_from() == D(2027, 1, 1)
    assert fr.Calendar.official().provisional_from() is None
    assert cal.coverage().last == D(2035, 12, 31)
    assert "+provisional-2027-2035" in cal.version()
    # 除夕 2027 is Friday 02-05 (a holiday under the 2024 revision of the 放假办法).
    info = cal.day_info(D(2027, 2, 5))
    assert (info.working, info.provisional) == (False, True)
    assert cal.day_info(D(2026, 12, 31)).provisional is False
    # No 调休 in provisional years: Saturday 2027-02-13 stays a rest day.
    assert not cal.is_working_day(D(2027, 2, 13))
    # National Day 2027: 10-01 (Fri) .. 10-03 (Sun); Saturday and Sunday are given back on
    # Mon 10-04 and Tue 10-05 (第六条 补假, docs/readings.md): the next working day is Wed 10-06.
    assert cal.add_working_days(D(2027, 9, 30), 1) == D(2027, 10, 6)
    assert cal.day_info(D(2027, 10, 4)).provisional and not cal.is_working_day(D(2027, 10, 5))
    e = cal.explain_due_date(D(2026, 10, 15), fr.Period.working_days(60))
    assert e.due == D(2027, 1, 8) and e.provisional_from == D(2027, 1, 1)
    assert "provisional" in e.sentence_en()
    s = status_project().status(D(2026, 10, 16), calendar=cal)
    o = s.obligations[0]
    assert (o.due, o.provisional, o.estimate, o.error) == (D(2027, 1, 8), True, None, None)
    assert s.receipt.calendar_version.endswith("+provisional-2027-2035")
    assert fr.Calendar.official(provisional_until=2028) == fr.Calendar.official().with_provisional_until(2028)
    # A notice loaded first moves the provisional years on.
    assert fr.Calendar.official().with_notice(N2027).with_provisional_until(2030).provisional_from() == D(2028, 1, 1)
    for bad in (2026, 2036, 0, -1, 1.5, 10**30):
        with pytest.raises(fr.InputError) as err:
            fr.Calendar.official(provisional_until=bad)  # type: ignore[arg-type]
        assert err.value.code == "invalid_input", bad
    for wrong in ("2035", True, [2035]):
        with pytest.raises(TypeError):
            fr.Calendar.official(provisional_until=wrong)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        fr.Calendar.official(2035)  # type: ignore[call-arg]  # keyword only


PERIOD_TEXTS = [
    ("5个工作日内", fr.Period.working_days(5)),
    ("60个工作日", fr.Period.working_days(60)),
    ("五个工作日", fr.Period.working_days(5)),
    ("1个月内", fr.Period.months(1)),
    ("一个月", fr.Period.months(1)),
    ("90天", fr.Period.days(90)),
    ("不低于90天", fr.Period.days(90).minimum()),
    ("申报前10个工作日", fr.Period.working_days(10).before()),
    ("６０个工作日", fr.Period.working_days(60)),
]


@pytest.mark.parametrize(("text", "period"), PERIOD_TEXTS)
def test_periods_in_the_regulations_words(text: str, period: fr.Period) -> None:
    assert fr.Period.parse(text) == period
    assert fr.Period.from_dict(text) == period
    start = D(2025, 9, 30)
    assert fr.due_date(start, text) == fr.due_date(start, period)
    assert fr.explain_due_date(start, text) == fr.explain_due_date(start, period)
    assert fr.Calendar.official().due_date(start, text) == fr.due_date(start, period)


def test_period_text_dates() -> None:
    # Over National Day 2025 (10-01..10-08 off, Sat 10-11 worked): 10-09, 10-10, 10-11, 10-13, 10-14.
    assert fr.due_date(D(2025, 9, 30), "5个工作日内") == D(2025, 10, 14)
    # 10 working days before 2025-10-09: 09-30, 29, 28 (Sun worked), 26, 25, 24, 23, 22, 19, 18.
    assert fr.due_date(D(2025, 10, 9), "申报前10个工作日") == D(2025, 9, 18)
    # A minimum never rolls: 2025-11-20 + 90 days is Wed 2026-02-18 (in the Spring Festival).
    assert fr.due_date(D(2025, 11, 20), "不低于90天") == D(2026, 2, 18)
    # JSON text still works.
    assert fr.due_date(D(2025, 9, 30), '{"unit": "working_days", "count": 5}') == D(2025, 10, 14)


def test_text_that_is_not_a_period() -> None:
    for text in ("尽快", "5个工作周", "", "5", "null", "[]"):
        with pytest.raises(fr.InputError) as e:
            fr.due_date(D(2025, 9, 30), text)
        assert e.value.code == "invalid_input", text
        assert "expected text such as 5个工作日内" in e.value.message_en
        with pytest.raises(fr.InputError) as e:
            fr.Period.parse(text)
        assert e.value.code == "invalid_input", text
    with pytest.raises(fr.InputError) as e:
        fr.due_date(D(2025, 9, 30), '{"unit": "days",')
    assert e.value.code == "invalid_json"
    with pytest.raises(fr.InputError) as e:
        fr.Period.parse("99999天")
    assert e.value.code == "invalid_period"
    with pytest.raises(TypeError):
        fr.Period.parse(5)  # type: ignore[arg-type]
