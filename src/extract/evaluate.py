"""Score predicted quantities against gold, as ANNOTATION §9 defines it.

A prediction matches a gold row of the same article when their spans
overlap; each row is matched at most once, greatest overlap first. Only the
articles that have gold are scored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pandas as pd

FIELDS = ("value", "kind", "indicator", "measure", "subject", "period", "modality")


@dataclass(frozen=True)
class Pair:
    gold: dict[str, str]
    predicted: dict[str, str]


def read_table(path: Path) -> list[dict[str, str]]:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return [{str(key): str(value) for key, value in row.items()} for row in frame.to_dict("records")]


def read_gold(folder: Path) -> dict[str, list[dict[str, str]]]:
    """The gold rows of each set: the CSVs of each subfolder (`seeds/`, `dev/`), and
    of the folder itself (set `gold`)."""
    sets: dict[str, list[dict[str, str]]] = {}
    for path in sorted(folder.rglob("*.csv")):
        name = path.parent.name if path.parent != folder else folder.name
        sets.setdefault(name, []).extend(read_table(path))
    return sets


def _number(text: str) -> Decimal | str:
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


def same(field: str, gold: dict[str, str], predicted: dict[str, str]) -> bool:
    """Whether a matched pair agrees on a field (`value` means value, value_max, unit and approx)."""
    if field == "value":
        return (
            _number(gold["value"]) == _number(predicted["value"])
            and _number(gold["value_max"]) == _number(predicted["value_max"])
            and gold["unit"] == predicted["unit"]
            and gold["approx"] == predicted["approx"]
        )
    if field == "subject":
        return set(gold["subject"].split(";")) == set(predicted["subject"].split(";"))
    return gold[field] == predicted[field]


def _record_match(pair: Pair) -> bool:
    """A record is right when value, unit, indicator, subject and period all agree."""
    gold, predicted = pair.gold, pair.predicted
    return (
        _number(gold["value"]) == _number(predicted["value"])
        and gold["unit"] == predicted["unit"]
        and gold["indicator"] == predicted["indicator"]
        and same("subject", gold, predicted)
        and gold["period"] == predicted["period"]
    )


def match(gold: list[dict[str, str]], predicted: list[dict[str, str]]) -> list[Pair]:
    """Pair overlapping rows of the same article, greatest overlap first, each row once."""
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in predicted:
        by_doc[row["doc_id"]].append(row)
    options = []
    for g_index, g in enumerate(gold):
        g_start, g_end = int(g["start"]), int(g["end"])
        for p in by_doc.get(g["doc_id"], []):
            overlap = min(g_end, int(p["end"])) - max(g_start, int(p["start"]))
            if overlap > 0:
                options.append((-overlap, g_index, int(p["start"]), id(p), g, p))
    options.sort(key=lambda option: option[:4])
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, g_index, _, p_id, g, p in options:
        if g_index in used_gold or p_id in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_id)
        pairs.append(Pair(g, p))
    return pairs


def prf(true_positives: int, predicted: int, gold: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(gold: list[dict[str, str]], predicted: list[dict[str, str]]) -> dict[str, Any]:
    """All the figures of §9, as a plain dict (what `metrics.json` holds)."""
    scored_docs = {row["doc_id"] for row in gold}
    predicted = [row for row in predicted if row["doc_id"] in scored_docs]
    pairs = match(gold, predicted)
    exact = sum(p.gold["start"] == p.predicted["start"] and p.gold["end"] == p.predicted["end"] for p in pairs)
    records = sum(_record_match(p) for p in pairs)
    accuracy = {
        field: round(sum(same(field, p.gold, p.predicted) for p in pairs) / len(pairs), 4) if pairs else 0.0
        for field in FIELDS
    }
    indicators = sorted({row["indicator"] for row in gold} | {row["indicator"] for row in predicted})
    per_indicator = {
        name: {
            **prf(
                sum(p.gold["indicator"] == name and p.predicted["indicator"] == name for p in pairs),
                sum(row["indicator"] == name for row in predicted),
                sum(row["indicator"] == name for row in gold),
            ),
            "gold": sum(row["indicator"] == name for row in gold),
        }
        for name in indicators
    }
    return {
        "documents": len(scored_docs),
        "gold": len(gold),
        "predicted": len(predicted),
        "matched": len(pairs),
        "mention": prf(len(pairs), len(predicted), len(gold)),
        "exact_span": prf(exact, len(predicted), len(gold)),
        "accuracy": accuracy,
        "record": prf(records, len(predicted), len(gold)),
        "per_indicator": per_indicator,
    }


def errors(gold: list[dict[str, str]], predicted: list[dict[str, str]]) -> dict[str, list[Any]]:
    """What went wrong: gold rows never found, predictions with no gold, and field disagreements."""
    scored_docs = {row["doc_id"] for row in gold}
    predicted = [row for row in predicted if row["doc_id"] in scored_docs]
    pairs = match(gold, predicted)
    matched_gold = {id(p.gold) for p in pairs}
    matched_predicted = {id(p.predicted) for p in pairs}
    return {
        "missed": [row for row in gold if id(row) not in matched_gold],
        "false_alarms": [row for row in predicted if id(row) not in matched_predicted],
        "disagreements": [
            (pair, [field for field in FIELDS if not same(field, pair.gold, pair.predicted)])
            for pair in pairs
            if not all(same(field, pair.gold, pair.predicted) for field in FIELDS)
        ],
    }


DOCUMENT_FIGURES = ("mention.f1", *(f"accuracy.{field}" for field in FIELDS), "record.f1")


def figure(metrics: dict[str, Any], name: str) -> Any:
    """A figure by its path into the metrics: `record.f1`, `sets.dev.accuracy.subject`."""
    node: Any = metrics
    for part in name.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def scorecard(gold_sets: dict[str, list[dict[str, str]]], predicted: list[dict[str, str]]) -> dict[str, Any]:
    """The figures of the whole gold, of each set, of each document, and the lowest
    of each document figure (what `metrics.json` holds)."""
    gold = [row for rows in gold_sets.values() for row in rows]
    documents: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in gold:
        documents[row["doc_id"]].append(row)
    per_document = {doc_id: evaluate(rows, predicted) for doc_id, rows in sorted(documents.items())}
    return {
        **evaluate(gold, predicted),
        "sets": {name: evaluate(rows, predicted) for name, rows in gold_sets.items()},
        "per_document": per_document,
        "document_min": _lowest(list(per_document.values())),
    }


def _lowest(documents: list[dict[str, Any]]) -> dict[str, Any]:
    lowest: dict[str, Any] = {}
    for name in DOCUMENT_FIGURES:
        group, field = name.split(".")
        lowest.setdefault(group, {})[field] = min((figure(d, name) for d in documents), default=0.0)
    return lowest


def below_floors(metrics: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """The figures under their floor, as `name: value < floor` lines.

    Floor names are paths into the metrics: `mention.f1`, `accuracy.value`,
    `per_indicator.loan.f1`.
    """
    failures = []
    for name, floor in floors.items():
        node = figure(metrics, name)
        if node is None:
            failures.append(f"{name}: no such figure")
        elif node < floor:
            failures.append(f"{name}: {node} < {floor}")
    return failures
