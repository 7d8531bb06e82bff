"""numpy array input of the calendar functions (the optional extra ``fuling-rules[numpy]``).

Expected dates are worked out by hand from the State Council notices:
- 2025 (国办发明电〔2024〕12号): National Day and Mid-Autumn Festival 10-01..10-08 off;
  Sunday 09-28 and Saturday 10-11 are working days (调休).
- 2026: Spring Festival 02-15..02-23 off; Saturdays 02-14 and 02-28 are working days.
The official data covers 2004-01-01..2026-12-31.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import numpy as np
import pytest

import fuling_rules as fr
from fuling_rules import _optional

D = dt.date


def days(*iso: str) -> Any:
    return np.array(iso, dtype="datetime64[D]")


def test_add_working_days_over_national_day_2025() -> None:
    d = days("2025-09-30", "2025-09-26", "2025-09-30", "2025-10-10", "2025-09-30")
    n = np.array([5, 1, 1, 1, 0])
    out = fr.add_working_days(d, n)
    # 09-30 + 5: 10-09, 10-10, Sat 10-11 (worked), Mon 10-13, Tue 10-14.
    # Fri 09-26 + 1: Sat 09-27 is a rest day, Sun 09-28 is worked.
    # 09-30 + 1: 10-01..10-08 off, so Thu 10-09.  Fri 10-10 + 1: Sat 10-11 (worked).
    # n = 0 returns the date itself.
    assert out.dtype == np.dtype("datetime64[D]")
    assert out.tolist() == [D(2025, 10, 14), D(2025, 9, 28), D(2025, 10, 9), D(2025, 10, 11), D(2025, 9, 30)]
    assert out.flags.writeable


def test_other_functions_over_arrays() -> None:
    d = days("2025-09-28", "2025-10-08", "2025-10-11", "2025-10-12", "2025-10-13")
    # Sun worked, Wed holiday, Sat worked, Sun rest, Mon.
    work = fr.is_working_day(d)
    assert work.dtype == np.bool_ and work.tolist() == [True, False, True, False, True]
    # Next working day on or after: 10-08 -> 10-09, Sun 10-12 -> Mon 10-13.
    nxt = fr.next_working_day(d)
    assert nxt.tolist() == [D(2025, 9, 28), D(2025, 10, 9), D(2025, 10, 11), D(2025, 10, 13), D(2025, 10, 13)]
    # Last working day on or before: 10-08 -> 09-30, Sun 10-12 -> Sat 10-11 (worked).
    prev = fr.previous_working_day(d)
    assert prev.tolist() == [D(2025, 9, 28), D(2025, 9, 30), D(2025, 10, 11), D(2025, 10, 11), D(2025, 10, 13)]
    # 1 working day before 2026-02-24: 02-15..02-23 off, so Saturday 02-14 (worked).
    # 1 before 2025-10-09: 09-30.
    assert fr.sub_working_days(days("2026-02-24", "2025-10-09"), 1).tolist() == [D(2026, 2, 14), D(2025, 9, 30)]
    # Working days in (start, end]: 10-09, 10-10, 10-11, 10-13, 10-14 = 5; Sat 02-14 and Tue 02-24 = 2.
    between = fr.working_days_between(days("2025-09-30", "2026-02-13"), days("2025-10-14", "2026-02-24"))
    assert between.dtype == np.int64 and between.tolist() == [5, 2]


def test_answers_equal_the_scalar_functions() -> None:
    rng = np.random.default_rng(20250930)
    d = np.datetime64("2015-01-01") + rng.integers(0, 4000, 5000).astype("timedelta64[D]")
    n = rng.integers(0, 61, 5000)
    out = fr.add_working_days(d, n)
    back = fr.sub_working_days(d, n)
    work = fr.is_working_day(d)
    for i in range(0, 5000, 7):
        date = d[i].item()
        assert out[i].item() == fr.add_working_days(date, int(n[i]))
        assert back[i].item() == fr.sub_working_days(date, int(n[i]))
        assert bool(work[i]) is fr.is_working_day(date)


def test_broadcasting() -> None:
    # One date, an array of counts: 09-30 + 0..3 -> 09-30, 10-09, 10-10, 10-11 (Saturday worked).
    out = fr.add_working_days(D(2025, 9, 30), np.arange(4))
    assert out.tolist() == [D(2025, 9, 30), D(2025, 10, 9), D(2025, 10, 10), D(2025, 10, 11)]
    out = fr.add_working_days(np.datetime64("2025-09-30"), np.arange(4))
    assert out.shape == (4,)
    # A 2-D array of dates with a row of counts, like numpy.
    grid = days("2025-09-30", "2025-09-26").reshape(2, 1)
    out = fr.add_working_days(grid, np.array([1, 5]))
    assert out.shape == (2, 2)
    # 09-26 + 1 = Sun 09-28; 09-26 + 5 = 09-28, 09-29, 09-30, 10-09, 10-10.
    assert out.tolist() == [[D(2025, 10, 9), D(2025, 10, 14)], [D(2025, 9, 28), D(2025, 10, 10)]]
    # An int count and a 2-D array keep the shape.
    assert fr.add_working_days(days("2025-09-30", "2025-09-26").reshape(1, 2), 1).shape == (1, 2)
    # One end date for many starts.
    assert fr.working_days_between(days("2025-09-30", "2025-10-13"), D(2025, 10, 14)).tolist() == [5, 1]
    # Shapes that do not broadcast: numpy's own error.
    with pytest.raises(ValueError):
        fr.add_working_days(days("2025-09-30", "2025-09-26"), np.array([1, 2, 3]))


def test_zero_dimensional_input_gives_numpy_scalars() -> None:
    out = fr.add_working_days(np.datetime64("2025-09-30"), 5)
    assert isinstance(out, np.datetime64) and out == np.datetime64("2025-10-14")
    assert fr.is_working_day(np.datetime64("2025-09-28")) == np.True_  # Sunday worked
    # A date with a numpy integer count goes through numpy too.
    assert fr.add_working_days(D(2025, 9, 30), np.int64(5)) == np.datetime64("2025-10-14")


def test_empty_arrays() -> None:
    empty = np.array([], dtype="datetime64[D]")
    out = fr.add_working_days(empty, 3)
    assert out.shape == (0,) and out.dtype == np.dtype("datetime64[D]")
    assert fr.add_working_days(empty, np.array([], dtype=np.int64)).shape == (0,)
    assert fr.is_working_day(empty).dtype == np.bool_
    assert fr.working_days_between(empty, empty).shape == (0,)
    assert fr.add_working_days(empty.reshape(0, 2), 1).shape == (0, 2)


def test_out_of_range_names_the_first_bad_position() -> None:
    # 2026-12-31 (Thursday) + 2 working days falls in 2027, beyond the data; 2003-12-31 is before it.
    d = days("2025-09-30", "2026-12-31", "2003-12-31")
    with pytest.raises(fr.CalendarRangeError) as e:
        fr.add_working_days(d, 2)
    assert e.value.code == "calendar_out_of_range"
    assert getattr(e.value, "index") == 1
    assert e.value.message_en.startswith("at position 1: ")
    assert "2026-12-31" in e.value.message_en
    with pytest.raises(fr.CalendarRangeError) as e:
        fr.is_working_day(d)
    assert getattr(e.value, "index") == 2
    # Day numbers far outside what datetime.date holds are out of range too.
    with pytest.raises(fr.CalendarRangeError):
        fr.next_working_day(np.array([10**12], dtype="datetime64[D]"))


def test_errors_nat() -> None:
    d = days("2025-09-30", "2026-12-31", "NaT", "2003-12-31")
    out = fr.add_working_days(d, 2, errors="nat")
    # 09-30 + 2: 10-09, 10-10.
    assert out[0] == np.datetime64("2025-10-10")
    assert np.isnat(out[1:]).all()
    assert np.isnat(fr.next_working_day(d, errors="nat")[2:]).all()
    work = fr.is_working_day(d, errors="nat")
    assert isinstance(work, np.ma.MaskedArray)
    # 09-30 is a Tuesday worked; 2026-12-31 is a Thursday worked; the rest are masked.
    assert work.mask.tolist() == [False, False, True, True]
    assert work.filled(False).tolist() == [True, True, False, False]
    ends = days("2025-10-14", "2026-12-31", "2025-10-14", "2025-10-14")
    between = fr.working_days_between(d, ends, errors="nat")
    assert between.mask.tolist() == [False, False, True, True]
    assert between.filled(-1).tolist() == [5, 0, -1, -1]  # 10-09, 10-10, 10-11, 10-13, 10-14; none


def test_end_before_start_is_always_an_error() -> None:
    with pytest.raises(fr.InputError) as e:
        fr.working_days_between(days("2025-09-30", "2025-10-14"), days("2025-10-14", "2025-09-30"), errors="nat")
    assert e.value.code == "invalid_input" and getattr(e.value, "index") == 1


def test_nat_raises_by_default() -> None:
    with pytest.raises(fr.InputError) as e:
        fr.add_working_days(days("2025-09-30", "NaT"), 1)
    assert e.value.code == "invalid_date" and getattr(e.value, "index") == 1
    assert "NaT" in e.value.message_en


def test_counts_follow_the_scalar_rule() -> None:
    d = days("2025-09-30", "2025-09-30")
    # Negative counts are invalid_input, as for the scalar function (use sub_working_days).
    with pytest.raises(fr.InputError) as e:
        fr.add_working_days(D(2025, 9, 30), -1)
    scalar = e.value.message_en
    for errors in ("raise", "nat"):
        with pytest.raises(fr.InputError) as e:
            fr.add_working_days(d, np.array([1, -1]), errors=errors)
        assert e.value.code == "invalid_input" and getattr(e.value, "index") == 1
        assert e.value.message_en == f"at position 1: {scalar}"
    for big in (np.array([1, 2**32], dtype=np.int64), np.array([1, 2**64 - 1], dtype=np.uint64)):
        with pytest.raises(fr.InputError) as e:
            fr.add_working_days(d, big)
        assert getattr(e.value, "index") == 1
    with pytest.raises(fr.InputError):
        fr.add_working_days(d, -1)
    # Float counts are invalid_input, as the scalar 1.5 or 5.0 (the core's day-count check,
    # same message), at the first position, with errors="nat" too (as a negative count).
    scalar_float: Any
    for scalar_float in (1.5, 5.0):
        with pytest.raises(fr.InputError) as e:
            fr.add_working_days(D(2025, 9, 30), scalar_float)
        assert e.value.code == "invalid_input"
        scalar = e.value.message_en
        floats: Any
        for floats in (np.array([scalar_float, 2.0]), np.array([scalar_float]), np.float64(scalar_float)):
            mode: Any
            for mode in ("raise", "nat"):
                with pytest.raises(fr.InputError) as e:
                    fr.add_working_days(d, floats, errors=mode)
                assert e.value.code == "invalid_input" and getattr(e.value, "index") == 0
                assert e.value.message_en == f"at position 0: {scalar}"
            with pytest.raises(fr.InputError):
                fr.sub_working_days(D(2025, 9, 30), floats)
    # An empty float array has no count to refuse (numpy's default dtype for []).
    no_counts: Any = np.array([])
    assert fr.add_working_days(days(), no_counts).tolist() == []
    # Bool counts are a TypeError, as the scalar True.
    with pytest.raises(TypeError):
        fr.add_working_days(D(2025, 9, 30), True)
    with pytest.raises(TypeError):
        fr.add_working_days(d, np.array([True, False]))
    assert fr.add_working_days(d, np.array([1, 5], dtype=np.uint8)).tolist() == [D(2025, 10, 9), D(2025, 10, 14)]


def test_errors_argument() -> None:
    with pytest.raises(fr.InputError):
        fr.add_working_days(days("2025-09-30"), 1, errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(fr.InputError):
        fr.is_working_day(D(2025, 9, 30), errors="coerce")  # type: ignore[call-overload]
    # A datetime.date has no NaT: its errors are raised whatever `errors` says.
    with pytest.raises(fr.CalendarRangeError):
        fr.add_working_days(D(2026, 12, 31), 2, errors="nat")


def test_dtypes() -> None:
    # datetime64[ns] (pandas' default) and other units finer than a day are accepted
    # when every value is midnight: they are dates.
    ns = np.array(["2025-09-30", "NaT"], dtype="datetime64[ns]")
    assert fr.add_working_days(ns, 5, errors="nat")[0] == np.datetime64("2025-10-14")
    assert fr.add_working_days(ns.astype("datetime64[s]")[:1], 5).tolist() == [D(2025, 10, 14)]
    # A time of day is refused: its calendar day depends on the time zone (as datetime.datetime).
    with pytest.raises(TypeError, match="time of day at position 1"):
        fr.add_working_days(np.array(["2025-09-30", "2025-09-30T08:00"], dtype="datetime64[ns]"), 1)
    # Weeks, months and years are not days; integers and strings are not dates.
    for bad in (
        np.array(["2025-09"], dtype="datetime64[M]"),
        np.array([20361]),
        np.array(["2025-09-30"]),
        np.array([D(2025, 9, 30)], dtype=object),
    ):
        with pytest.raises(TypeError):
            fr.add_working_days(bad, 1)
    # A datetime.datetime beside an array of counts is refused as on the scalar path.
    with pytest.raises(TypeError):
        fr.add_working_days(dt.datetime(2025, 9, 30), np.arange(2))


def test_calendar_methods_take_arrays() -> None:
    local = fr.Calendar.from_dates(holidays={D(2025, 6, 3): "区级停工日"}, version="local-1")
    d = days("2025-06-03", "2025-06-04")
    assert local.is_working_day(d).tolist() == [False, True]
    assert fr.is_working_day(d).tolist() == [True, True]  # the official calendar: Tue, Wed
    # Dragon Boat Festival 2025: 05-31..06-02 off. Fri 05-30 + 1 is Tue 06-03 officially;
    # the local calendar also rests on 06-03, so Wed 06-04.
    friday = days("2025-05-30")
    assert fr.add_working_days(friday, 1).tolist() == [D(2025, 6, 3)]
    assert local.add_working_days(friday, 1).tolist() == [D(2025, 6, 4)]
    cal = fr.Calendar.official(provisional_until=2030)
    assert cal.add_working_days(days("2026-12-31"), 2)[0] > np.datetime64("2026-12-31")


def test_pandas_series() -> None:
    pd = pytest.importorskip("pandas")
    s = pd.Series(pd.to_datetime(["2025-09-30", "2025-09-26"]))
    assert fr.add_working_days(s, 1).tolist() == [D(2025, 10, 9), D(2025, 9, 28)]
    aware = s.dt.tz_localize("Asia/Shanghai")
    with pytest.raises(TypeError):
        fr.add_working_days(aware, 1)  # UTC instants of local midnights: not dates


def test_missing_numpy_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    d = days("2025-09-30")
    monkeypatch.setitem(sys.modules, "numpy", None)  # `import numpy` now fails
    with pytest.raises(ImportError, match=r"fuling-rules\[numpy\]"):
        _optional.require("numpy")
    with pytest.raises(ImportError, match=r"fuling-rules\[numpy\]"):
        fr.add_working_days(d, 1)
    # Scalars never need numpy.
    assert fr.add_working_days(D(2025, 9, 30), 5) == D(2025, 10, 14)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"fuling-rules\[pandas\]"):
        _optional.require("pandas")
    with pytest.raises(ValueError):
        _optional.require("scipy")
