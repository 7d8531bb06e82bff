"""numpy array input of the calendar functions (called from the extension module).

``fr.add_working_days(dates, n)`` with ``dates`` a numpy ``datetime64[D]`` array (or
anything with a ``dtype``: a numpy scalar, a pandas Series or Index) comes here: the
dtypes are checked, the arguments broadcast like numpy, the dates turned into ``int64``
day numbers (days since 1970-01-01) as bytes, and the Rust core answers them, 65,536
elements per call (``_native._calendar_batch``). No Python code runs per element.

Dates: ``datetime64[D]``; a finer unit (``datetime64[ns]``, pandas' default, ``[s]``, …)
is accepted when every value is midnight (a date) and refused with ``TypeError`` when one
has a time of day (its calendar day depends on a time zone, as for ``datetime.datetime``);
coarser units (weeks, months, years) are refused. Counts: integer dtypes; a float
array is bad input as a scalar ``float`` is: ``InputError`` (``invalid_input``, the core's
day-count message) at its first position, with or without ``errors="nat"`` (as a negative
count); other dtypes (bool, strings, objects) are a ``TypeError``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from . import _native
from ._optional import require

#: Units finer than a day, and how many of them make a day.
_PER_DAY = {
    "h": 24,
    "m": 24 * 60,
    "s": 86_400,
    "ms": 86_400_000,
    "us": 86_400_000_000,
    "ns": 86_400_000_000_000,
}


def _dates(np: Any, x: Any, what: str) -> Any:
    """``x`` as a ``datetime64[D]`` array."""
    if isinstance(x, _dt.datetime):
        raise TypeError(f"{what}: expected datetime.date, got datetime.datetime: pass value.date()")
    if isinstance(x, _dt.date):
        return np.asarray(np.datetime64(x, "D"))
    a = np.asarray(x)
    if a.dtype.kind != "M":
        raise TypeError(f"{what} must be numpy datetime64[D] dates, got dtype {a.dtype}")
    unit, step = np.datetime_data(a.dtype)
    if unit == "D" and step == 1:
        return a
    per_day = _PER_DAY.get(unit)
    if per_day is None or step != 1:
        raise TypeError(
            f"{what} must be datetime64[D] dates, got {a.dtype}: a week, month or year is not a day"
        )
    ticks = a.view(np.int64)
    timed = (ticks % per_day != 0) & ~np.isnat(a)
    if timed.any():
        i = int(np.flatnonzero(timed)[0])
        raise TypeError(
            f"{what} has a time of day at position {i} ({a.reshape(-1)[i]}): its calendar day depends on "
            "the time zone, so it is not converted implicitly; pass .astype('datetime64[D]') in the right zone"
        )
    return a.astype("datetime64[D]")


def _counts(np: Any, n: Any) -> Any:
    """``n`` as an ``int64`` array (an ``int`` stays an ``int``: the core checks it; a float
    array stays as it is: ``apply`` sends its first element, which the core refuses)."""
    if isinstance(n, bool) or isinstance(n, np.bool_):
        raise TypeError("n must be an int or an integer array, got bool")
    if isinstance(n, int):
        return n
    a = np.asarray(n)
    if a.dtype.kind == "f":
        return a
    if a.dtype.kind not in "iu":
        raise TypeError(f"n must be an int or an integer array, got dtype {a.dtype}")
    if a.dtype.kind == "u" and a.dtype.itemsize >= 8:
        a = np.minimum(a, 1 << 32)  # anything above u32 is too large; keep it so in int64
    return a.astype(np.int64, copy=False)


#: Elements per call into the core (512 KiB of int64): the buffers of a chunk stay in
#: the CPU cache and are reused by the allocator, where one pair of whole-array buffers
#: would be fresh memory (page faults) on every call; the loop is per chunk, not per element.
CHUNK = 1 << 16

#: The output dtype of each operation's bytes.
_RAW = {"is_working_day": "uint8", "working_days_between": "int64"}


def apply(op: str, calendar: Any, a: Any, b: Any, nat: bool) -> Any:
    """``op`` of the calendar over array input: ``a`` dates, ``b`` counts (or end dates
    for ``working_days_between``, or ``None``)."""
    np = require("numpy")
    days = _dates(np, a, "start" if op == "working_days_between" else "d")
    other: Any = None
    if b is not None:
        other = _dates(np, b, "end") if op == "working_days_between" else _counts(np, b)
    if other is not None and not isinstance(other, int):
        days, other = np.broadcast_arrays(days, other)
        other = np.ravel(other)
        if other.dtype.kind != "f":
            other = other.view(np.int64)
    shape = days.shape
    flat = np.ravel(days).view(np.int64)
    raw = np.empty(flat.size, dtype=_RAW.get(op, "int64"))
    for start in range(0, flat.size, CHUNK):
        stop = start + CHUNK
        extra: Any
        if other is None or isinstance(other, int):
            extra = other
        elif other.dtype.kind == "f":
            extra = float(other[start])  # refused by the core: InputError at position `start`
        else:
            extra = other[start:stop].tobytes()
        chunk = _native._calendar_batch(calendar, op, flat[start:stop].tobytes(), extra, nat, start)
        raw[start:stop] = np.frombuffer(chunk, dtype=raw.dtype)
    raw = raw.reshape(shape)
    if op == "is_working_day":
        out: Any = np.ma.masked_array(raw == 1, mask=raw == 2) if nat else raw.view(np.bool_)
    elif op == "working_days_between":
        out = np.ma.masked_array(raw, mask=raw < 0) if nat else raw
    else:
        out = raw.view("datetime64[D]")
    return out[()] if out.ndim == 0 else out
