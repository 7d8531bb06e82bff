"""The Python list of error codes equals the Rust list, and every code maps to
a RulesError subclass carrying code, article and both messages."""

from __future__ import annotations

import pickle
import re

import pytest

import fuling_rules as fr
from fuling_rules import _native

from conftest import REPO


def rust_codes_from_source() -> list[str]:
    """The codes in `ErrorCode::ALL` order (the row order of the `error_codes!` table),
    parsed from core/src/error.rs: one row per code, `Variant = "code", article;`."""
    src = (REPO / "core" / "src" / "error.rs").read_text(encoding="utf-8")
    table = re.search(r"^error_codes! \{(.*?)^\}", src, re.S | re.M)
    assert table, "the error_codes! table was not found in core/src/error.rs"
    return re.findall(r"^\s+[A-Z]\w* = \"([a-z_]+)\",", table.group(1), re.M)


def test_python_codes_equal_rust_codes() -> None:
    rust = rust_codes_from_source()
    assert len(rust) >= 20
    assert list(fr.ERROR_CODES) == rust
    assert fr.error_codes() == rust
    assert len(set(rust)) == len(rust)


EXPECTED_CLASS = {
    "calendar_out_of_range": fr.CalendarRangeError,
    "transition_not_allowed": fr.TransitionError,
    "event_out_of_order": fr.TransitionError,
    "municipal_filing_required": fr.TransitionError,
}


@pytest.mark.parametrize("code", fr.ERROR_CODES)
def test_every_code_maps_to_a_rules_error(code: str) -> None:
    with pytest.raises(fr.RulesError) as info:
        _native._raise(code)
    e = info.value
    assert isinstance(e, ValueError)
    assert e.code == code
    assert e.article == fr.Citation(20)
    assert e.message_zh and e.message_en
    assert code in str(e)
    if code.startswith("amount_"):
        assert type(e) is fr.AmountError
    elif code in EXPECTED_CLASS:
        assert type(e) is EXPECTED_CLASS[code]
    else:
        assert type(e) in (fr.InputError, fr.TransitionError)
    again = pickle.loads(pickle.dumps(e))
    assert type(again) is type(e) and again.code == code and again.article == e.article


def test_exception_classes_live_in_their_module() -> None:
    for cls in (fr.RulesError, fr.CalendarRangeError, fr.AmountError, fr.TransitionError, fr.InputError):
        assert cls.__module__ == "fuling_rules._native"
        assert issubclass(cls, fr.RulesError) and issubclass(cls, ValueError)
    assert repr(fr.RulesError("x")) == "RulesError('x')"


def test_real_errors_carry_attributes() -> None:
    with pytest.raises(fr.AmountError) as info:
        fr.Amount.parse("伍佰佰万")
    e = info.value
    assert e.code == "amount_malformed" and e.article is None
    assert "伍佰佰万" in e.message_zh and "伍佰佰万" in e.message_en
