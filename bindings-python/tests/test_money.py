from __future__ import annotations

import pickle
from decimal import Decimal

import pytest

import fuling_rules as fr
from fuling_rules import Amount


def test_parse_and_forms() -> None:
    a = Amount.parse("500万元")
    assert a == Amount.parse("¥5,000,000.00") == Amount.parse("人民币伍佰万元整") == Amount.FIVE_MILLION_YUAN
    assert a.fen == 500_000_000
    assert a.to_yuan_string() == "5000000.00"
    assert str(a) == "5,000,000.00 元"
    assert repr(a) == "Amount('5000000.00')"
    assert a.to_chinese_uppercase() == "人民币伍佰万元整"
    assert a.to_decimal() == Decimal("5000000.00")
    assert Amount.ZERO.fen == 0 and Amount.MAX.to_yuan_string() == "99999999999999.99"
    assert pickle.loads(pickle.dumps(a)) == a
    assert hash(a) == hash(Amount.from_fen(500_000_000))


def test_constructors() -> None:
    assert Amount.from_fen(499_999_999).to_yuan_string() == "4999999.99"
    assert Amount.from_yuan(5_000_000) == Amount.FIVE_MILLION_YUAN
    assert Amount.from_yuan(Decimal("5000000.5")).fen == 500_000_050
    assert Amount.from_yuan(Decimal("5E+6")) == Amount.FIVE_MILLION_YUAN
    assert Amount.from_yuan("500万") == Amount.FIVE_MILLION_YUAN
    assert Amount(5_000_000) == Amount("500万元") == Amount(Decimal("5000000")) == Amount(Amount.FIVE_MILLION_YUAN)
    with pytest.raises(TypeError, match="float"):
        Amount.from_yuan(5e6)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Amount.from_yuan(True)
    with pytest.raises(TypeError):
        Amount.from_fen(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Amount.parse(5)  # type: ignore[arg-type]
    with pytest.raises(fr.AmountError) as e:
        Amount.from_fen(-1)
    assert e.value.code == "amount_negative"
    with pytest.raises(fr.AmountError) as e:
        Amount.from_fen(2**64)
    assert e.value.code == "amount_overflow"
    with pytest.raises(fr.AmountError) as e:
        Amount.from_yuan(-5)
    assert e.value.code == "amount_negative"
    with pytest.raises(fr.AmountError) as e:
        Amount.from_yuan(Decimal("0.001"))
    assert e.value.code == "amount_too_precise"
    with pytest.raises(fr.AmountError) as e:
        Amount.from_yuan(Decimal("NaN"))
    assert e.value.code == "amount_malformed"


def test_ordering() -> None:
    assert Amount.parse("4,999,999.99") < Amount.FIVE_MILLION_YUAN <= Amount.parse("5000000.01")
    assert sorted([Amount(3), Amount(1), Amount(2)]) == [Amount(1), Amount(2), Amount(3)]


def test_requires_municipal_filing() -> None:
    assert fr.requires_municipal_filing("500万元")
    assert fr.requires_municipal_filing(5_000_000)
    assert fr.requires_municipal_filing(Decimal("5000000.00"))
    assert fr.requires_municipal_filing(Amount.parse("5,000,000.01"))
    assert not fr.requires_municipal_filing("4,999,999.99")
    with pytest.raises(TypeError):
        fr.requires_municipal_filing(5e6)  # type: ignore[arg-type]
    with pytest.raises(fr.AmountError):
        fr.requires_municipal_filing("")


def test_ruleset() -> None:
    r = fr.Ruleset.default()
    assert r == fr.Ruleset()
    assert r.id == "fuling-draft-for-comment"
    d = r.to_dict()
    assert d["municipal_filing"] == {"threshold": "5000000.00", "article": {"article": 20}}
    revised = dict(d, id="revised", municipal_filing={"threshold": "1000万元", "article": {"article": 20}})
    r2 = fr.Ruleset.from_json(revised)
    assert r2.id == "revised" and r2 != r
    assert not r2.requires_municipal_filing("500万元")
    assert fr.Ruleset.from_json(r.to_json()) == r
    with pytest.raises(fr.InputError) as e:
        fr.Ruleset.from_json({"id": "x"})
    assert e.value.code == "invalid_ruleset"
    with pytest.raises(fr.InputError) as e:
        fr.Ruleset.from_json("{not json")
    assert e.value.code == "invalid_json"


def test_citation() -> None:
    c = fr.Citation(19, 2)
    assert (c.article, c.item) == (19, 2)
    assert c.zh() == "第十九条第(二)项" and c.en() == "Art. 19(2)" and str(c) == "Art. 19(2)"
    assert repr(c) == "Citation(19, 2)"
    assert c.to_dict() == {"article": 19, "item": 2}
    assert fr.Citation.from_dict({"article": 19, "item": 2}) == c
    assert fr.Citation(20).to_dict() == {"article": 20}
    assert pickle.loads(pickle.dumps(c)) == c
    assert fr.Citation(19) < c
    with pytest.raises(fr.InputError) as e:
        fr.Citation(99)
    assert e.value.code == "unknown_article"
