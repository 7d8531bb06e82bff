from __future__ import annotations

import datetime as dt
import pickle

import pytest

import fuling_rules as fr

D = dt.date


def test_module_functions_use_the_official_calendar() -> None:
    assert fr.add_working_days(D(2025, 9, 30), 5) == D(2025, 10, 14)
    assert fr.sub_working_days(D(2025, 10, 9), 10) == D(2025, 9, 18)
    assert fr.working_days_between(D(2025, 9, 30), D(2025, 10, 14)) == 5
    assert fr.working_days_between(D(2025, 9, 30), D(2025, 9, 30)) == 0
    assert fr.is_working_day(D(2025, 9, 28)) is True  # Sunday worked
    assert fr.is_working_day(D(2025, 9, 27)) is False
    assert fr.next_working_day(D(2025, 10, 1)) == D(2025, 10, 9)
    assert fr.previous_working_day(D(2025, 10, 8)) == D(2025, 9, 30)
    assert fr.add_working_days(D(2020, 1, 23), 1) == D(2020, 2, 3)  # 2020 extension
    assert fr.add_working_days(D(2025, 9, 30), 0) == D(2025, 9, 30)
    assert type(fr.add_working_days(D(2025, 9, 30), 5)) is dt.date


def test_results_equal_the_calendar_class() -> None:
    cal = fr.Calendar.official()
    assert cal == fr.Calendar()
    for n in range(0, 40):
        assert cal.add_working_days(D(2025, 9, 30), n) == fr.add_working_days(D(2025, 9, 30), n)
    assert cal.version() == "cn-official-2004-2026.r1" or cal.version().startswith("cn-official")
    cov = cal.coverage()
    assert isinstance(cov, fr.Coverage)
    assert cov.first <= D(2015, 1, 1) and cov.last >= D(2025, 12, 31)
    assert cov.contains(D(2020, 1, 1)) and not cov.contains(D(1990, 1, 1))
    assert cov.to_dict() == {"first": cov.first.isoformat(), "last": cov.last.isoformat()}
    assert "Calendar(version=" in repr(cal)


def test_datetime_is_rejected_clearly() -> None:
    naive = dt.datetime(2025, 9, 30, 12, 0)
    aware = dt.datetime(2025, 9, 30, 23, 0, tzinfo=dt.timezone.utc)
    for value in (naive, aware):
        with pytest.raises(TypeError, match=r"datetime\.datetime.*\.date\(\)"):
            fr.add_working_days(value, 1)
        with pytest.raises(TypeError):
            fr.is_working_day(value)
    assert fr.add_working_days(naive.date(), 5) == D(2025, 10, 14)


def test_date_subclass_accepted() -> None:
    class MyDate(dt.date):
        pass

    assert fr.add_working_days(MyDate(2025, 9, 30), 5) == D(2025, 10, 14)


def test_wrong_types_and_counts() -> None:
    with pytest.raises(TypeError):
        fr.add_working_days("2025-09-30", 5)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        fr.add_working_days(D(2025, 9, 30), True)
    # A count that is not a non-negative 32-bit integer is invalid_input on every target.
    for n in (1.5, 5.0, -1, 2**32, 2**70):
        with pytest.raises(fr.InputError) as e:
            fr.add_working_days(D(2025, 9, 30), n)  # type: ignore[arg-type]
        assert e.value.code == "invalid_input"
    with pytest.raises(fr.InputError) as e:
        fr.add_working_days(D(2025, 9, 30), -1)
    assert e.value.code == "invalid_input"
    with pytest.raises(fr.InputError):
        fr.add_working_days(D(2025, 9, 30), 2**70)
    with pytest.raises(fr.CalendarRangeError) as r:
        fr.add_working_days(D(2026, 10, 15), 60)
    assert r.value.code == "calendar_out_of_range"
    assert isinstance(r.value, ValueError)
    with pytest.raises(fr.InputError):
        fr.working_days_between(D(2025, 10, 14), D(2025, 9, 30))


def test_batch() -> None:
    dates = [D(2025, 9, 30), D(2024, 2, 8), D(2020, 1, 23)]
    assert fr.add_working_days_many(dates, [5, 1, 1]) == [D(2025, 10, 14), D(2024, 2, 9), D(2020, 2, 3)]
    assert fr.add_working_days_many(dates, 1) == [fr.add_working_days(d, 1) for d in dates]
    assert fr.add_working_days_many(tuple(dates), (5, 1, 1)) == fr.add_working_days_many(dates, [5, 1, 1])
    assert fr.add_working_days_many([], []) == []
    assert fr.add_working_days_many(iter(dates), 0) == dates
    with pytest.raises(fr.InputError):
        fr.add_working_days_many(dates, [1, 2])
    with pytest.raises(fr.CalendarRangeError) as e:
        fr.add_working_days_many([D(2025, 1, 2), D(1990, 1, 1)], 1)
    assert e.value.index == 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        fr.add_working_days_many("2025-01-01", 1)  # type: ignore[arg-type]
    cal = fr.Calendar.from_dates(holidays=[D(2025, 10, 13)])
    assert cal.add_working_days_many([D(2025, 9, 30)], [5]) == [D(2025, 10, 15)]


def test_custom_calendars() -> None:
    local = fr.Calendar.from_dates(holidays={D(2025, 6, 3): "区级停工日"}, version="local-1")
    assert not local.is_working_day(D(2025, 6, 3))
    assert local.version().endswith("+local-1")
    info = local.day_info(D(2025, 6, 3))
    assert info.kind == "holiday" and info.name == "区级停工日" and not info.working
    assert local != fr.Calendar.official()
    # from lists, extending coverage
    ext = fr.Calendar.from_dates(
        holidays=[D(2027, 1, 1)], workdays=[D(2026, 12, 26)], last=D(2027, 12, 31), version="x"
    )
    assert ext.coverage().last == D(2027, 12, 31)
    assert ext.is_working_day(D(2026, 12, 26)) and not ext.is_working_day(D(2027, 1, 1))
    # regular: back to Monday-Friday
    reg = fr.Calendar.from_dates(regular=[D(2025, 10, 1)])
    assert reg.is_working_day(D(2025, 10, 1))
    # empty base
    empty = fr.Calendar.from_dates(base="none", first=D(2030, 1, 1), last=D(2030, 12, 31), version="bare")
    assert empty.version() == "bare" and empty.add_working_days(D(2030, 1, 4), 1) == D(2030, 1, 7)
    with pytest.raises(fr.InputError) as e:
        fr.Calendar.from_dates(workdays=[D(2025, 6, 4)])  # a Wednesday
    assert e.value.code == "invalid_calendar_data"
    # JSON, as text or dict
    data = {
        "format": 1,
        "version": "j",
        "days": [{"date": "2025-06-03", "type": "holiday", "name": "停工"}],
    }
    import json

    assert fr.Calendar.from_json(data) == fr.Calendar.from_json(json.dumps(data))
    assert not fr.Calendar.from_json(data).is_working_day(D(2025, 6, 3))
    with pytest.raises(fr.InputError) as e:
        fr.Calendar.from_json("{")
    assert e.value.code == "invalid_json"
    with pytest.raises(fr.InputError) as e:
        fr.Calendar.from_json({"format": 1, "bogus": 1})
    assert e.value.code == "invalid_calendar_data"


def test_periods_and_due_dates() -> None:
    p = fr.Period.working_days(5)
    assert p == fr.Period("working_days", 5) == fr.Period.from_dict({"unit": "working_days", "count": 5})
    assert hash(p) == hash(fr.Period("working_days", 5, "after", "deadline"))
    assert p.to_dict() == {"unit": "working_days", "count": 5, "direction": "after", "kind": "deadline"}
    assert (p.unit, p.count, p.direction, p.kind) == ("working_days", 5, "after", "deadline")
    assert str(p) == "5 working days after"
    assert pickle.loads(pickle.dumps(p)) == p
    assert fr.due_date(D(2024, 1, 31), fr.Period.months(1)) == D(2024, 2, 29)
    assert fr.due_date(D(2025, 11, 20), fr.Period.days(90)) == D(2026, 2, 24)
    assert fr.due_date(D(2025, 11, 20), fr.Period.days(90).minimum()) == D(2026, 2, 18)
    assert fr.due_date(D(2025, 10, 9), fr.Period.working_days(10).before()) == D(2025, 9, 18)
    assert fr.due_date(D(2025, 9, 30), {"unit": "working_days", "count": 5}) == D(2025, 10, 14)
    local = fr.Calendar.from_dates(holidays=[D(2025, 10, 13)])
    assert fr.due_date(D(2025, 9, 30), p, calendar=local) == D(2025, 10, 15)
    assert local.due_date(D(2025, 9, 30), p) == D(2025, 10, 15)
    with pytest.raises(fr.InputError) as e:
        fr.Period("weeks", 1)
    assert e.value.code == "invalid_period"  # as in JS: a malformed period
    with pytest.raises(fr.InputError) as e:
        fr.Period.days(10**6).to_dict() and fr.due_date(D(2025, 1, 1), fr.Period.days(10**6))
    assert e.value.code == "invalid_period"
    with pytest.raises(TypeError):
        fr.due_date(D(2025, 1, 1), 5)  # type: ignore[arg-type]


def test_explanations_are_immutable_records() -> None:
    e = fr.explain_due_date(D(2025, 9, 30), fr.Period.working_days(5))
    assert isinstance(e, fr.Explanation) and isinstance(e, fr.Record)
    assert e.due == D(2025, 10, 14) and e.start == D(2025, 9, 30)
    assert e.period == fr.Period.working_days(5)
    assert [d.date for d in e.worked] == [D(2025, 10, 11)]
    assert all(isinstance(d, fr.DayInfo) for d in e.skipped)
    assert e.to_dict()["due"] == "2025-10-14"
    assert e == fr.explain_due_date(D(2025, 9, 30), {"unit": "working_days", "count": 5})
    assert hash(e) == hash(fr.explain_due_date(D(2025, 9, 30), fr.Period.working_days(5)))
    assert e != fr.explain_due_date(D(2025, 9, 30), fr.Period.working_days(6))
    assert "Saturday 10-11 worked" in e.sentence_en()
    assert "调休上班日" in e.sentence_zh()
    assert repr(e).startswith("Explanation(schema=1, ")
    with pytest.raises(AttributeError):
        e.due = D(2000, 1, 1)
    with pytest.raises(AttributeError):
        del e.due
    d = e.to_dict()
    d["due"] = "changed"
    assert e.to_dict()["due"] == "2025-10-14"  # to_dict returns a copy
    assert pickle.loads(pickle.dumps(e)) == e
    rolled = fr.explain_due_date(D(2025, 9, 18), fr.Period.months(1))
    assert rolled.raw_end == D(2025, 10, 18) and rolled.due == D(2025, 10, 20)
    info = fr.day_info(D(2025, 10, 1))
    assert info.to_dict() == {
        "date": "2025-10-01",
        "working": False,
        "kind": "holiday",
        "name": "国庆节、中秋节",
        "name_en": "National Day and Mid-Autumn Festival",
        "notice": "2025",
    }
