"""The case corpus of numbers (tests/numbers/*.yaml, one file per kind): each text
holds exactly the one figure listed, or none; every case is also run in traditional
characters and with its ASCII written full-width (`3.5%` → `３．５％`)."""

from decimal import Decimal
from pathlib import Path

import opencc
import pytest
import yaml

TO_TRADITIONAL = opencc.OpenCC("s2t")
FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


def variants(text: str) -> list[str]:
    """The text as written, in traditional characters, and with full-width ASCII."""
    return list(dict.fromkeys([text, TO_TRADITIONAL.convert(text), text.translate(FULL_WIDTH)]))


WRITTEN = [
    (path.stem, case)
    for path in sorted((Path(__file__).parent / "numbers").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
]
CASES = [(kind, {**case, "text": text}) for kind, case in WRITTEN for text in variants(case["text"])]


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
    if "mention" in case:  # where the span itself is the point
        assert row["mention"] == case["mention"]


def test_every_case_is_well_formed():
    fields = {"text", "value", "value_max", "unit", "approx", "mention", "none"}
    assert [case for _, case in WRITTEN if not set(case) <= fields or ("none" in case) == ("value" in case)] == []


def test_the_corpus_has_every_kind():
    assert {kind for kind, _ in CASES} >= {"percent", "money", "count", "rank", "multiple", "measure"}
