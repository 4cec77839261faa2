"""The case corpus of numbers (tests/numbers/*.yaml, one file per kind): each text
holds exactly the one figure listed, or none; every form also in its traditional and
full-width variants."""

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

CASES = [
    (path.stem, case)
    for path in sorted((Path(__file__).parent / "numbers").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
]


@pytest.mark.parametrize(("kind", "case"), CASES, ids=[f"{kind}:{case['text']}" for kind, case in CASES])
def test_case(extract_text, kind, case):
    rows = extract_text(case["text"])
    if case.get("none"):
        assert rows == []
        return
    assert len(rows) == 1, [row["mention"] for row in rows]
    [row] = rows
    assert Decimal(row["value"]) == Decimal(str(case["value"]))
    expected_max = case.get("value_max")
    assert (Decimal(row["value_max"]) if row["value_max"] else None) == (
        Decimal(str(expected_max)) if expected_max is not None else None
    )
    assert row["unit"] == case["unit"]
    assert row["approx"] == case.get("approx", "=")


def test_every_case_is_well_formed():
    fields = {"text", "value", "value_max", "unit", "approx", "none"}
    assert [case for _, case in CASES if not set(case) <= fields or ("none" in case) == ("value" in case)] == []


def test_the_corpus_has_every_kind():
    assert {kind for kind, _ in CASES} >= {"percent", "money", "count", "rank", "multiple", "measure"}
