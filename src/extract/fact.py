"""The record `extract` writes: one quantity fact, its columns those of
ANNOTATION §2 and then `sentence` and `rule`. Values stay `Decimal` until a
writer formats them."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Fact(NamedTuple):
    doc_id: str
    start: int
    end: int
    mention: str
    kind: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    approx: str
    indicator: str
    measure: str
    subject: str
    period: str
    modality: str
    sentence: str  # the sentence the figure stands in
    rule: str  # the mention rule that found it


COLUMNS = Fact._fields
