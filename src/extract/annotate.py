"""Grow the gold by correcting the extractor: Label Studio round trips.

`labeling_config()` is a Label Studio project's config for the guide's fields: a
figure is a span labelled with its indicator, with its kind, approx, measure
and modality as choices and its value, value_max, unit, subject and period as
text, per span. `tasks(articles, rows)` gives one task per article with the
extractor's rows (`quantities.csv`) as predictions, to import into the project; annotators accept
or correct them. `gold_rows(export)` reads Label Studio's JSON export back into
gold rows (ANNOTATION §2), checked against the guide's label sets: a label
outside them is an `AnnotationError` naming the task, the span and the label.
`write_gold(rows, folder)` writes a gold CSV per article.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from extract import __version__
from extract.fact import COLUMNS
from extract.read import Article
from extract.sections import APPROX_LABELS, KINDS, MEASURES, MODALITIES
from extract.write import format_decimal, replacing

GOLD_COLUMNS = COLUMNS[: COLUMNS.index("modality") + 1]
SPAN = "indicator"  # the labels of the spans: the figure's indicator
CHOSEN = {"kind": KINDS, "approx": APPROX_LABELS, "measure": MEASURES, "modality": MODALITIES}
WRITTEN = ("value", "value_max", "unit", "subject", "period")  # free text per span


class AnnotationError(ValueError):
    """An exported annotation the guide does not allow."""


def labeling_config(indicators: Iterable[str]) -> str:
    """The project's labeling config (Label Studio's XML): spans labelled by indicator, the other
    fields per span."""
    labels = "".join(f"<Label value={quoteattr(name)}/>" for name in sorted(indicators))
    choices = "".join(
        f'<Header value="{field}"/><Choices name="{field}" toName="text" perRegion="true" choice="single">'
        + "".join(f"<Choice value={quoteattr(label)}/>" for label in sorted(allowed))
        + "</Choices>"
        for field, allowed in CHOSEN.items()
    )
    written = "".join(
        f'<Header value="{field}"/><TextArea name="{field}" toName="text" perRegion="true" maxSubmissions="1"/>'
        for field in WRITTEN
    )
    return (
        '<View><Text name="text" value="$text" granularity="symbol"/>'
        f'<Labels name="{SPAN}" toName="text">{labels}</Labels>'
        f'<View visibleWhen="region-selected">{choices}{written}</View></View>'
    )


def tasks(articles: Iterable[Article], rows: Iterable[dict[str, str]]) -> list[dict[str, Any]]:
    """A task per article (its text and doc_id), its rows as the prediction to correct."""
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc_id"]].append(row)
    return [
        {
            "data": {"text": article.text, "doc_id": article.doc_id, "date": article.date, "title": article.title},
            "predictions": [
                {
                    "model_version": f"extract {__version__}",
                    "result": [
                        item for index, row in enumerate(by_doc[article.doc_id]) for item in _region(index, row)
                    ],
                }
            ],
        }
        for article in articles
    ]


def _region(index: int, row: dict[str, str]) -> list[dict[str, Any]]:
    """A row as Label Studio's result items: one span and its per-span fields, sharing an id."""
    where = {"start": int(row["start"]), "end": int(row["end"]), "text": row["mention"]}

    def item(field: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
        return {"id": f"f{index}", "from_name": field, "to_name": "text", "type": kind, "value": {**where, **value}}

    items = [item(SPAN, "labels", {"labels": [row[SPAN]]})]
    items += [item(field, "choices", {"choices": [row[field]]}) for field in CHOSEN]
    items += [item(field, "textarea", {"text": [row[field]]}) for field in WRITTEN if row[field]]
    return items


def gold_rows(export: list[dict[str, Any]], indicators: Iterable[str]) -> list[dict[str, str]]:
    """The gold rows of Label Studio's JSON export (the latest annotation of each task), in the
    order of doc_id and start; a label outside the guide's sets is an AnnotationError."""
    allowed = {SPAN: frozenset(indicators), **CHOSEN}
    rows = []
    for task in export:
        doc_id = task["data"]["doc_id"]
        annotations = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
        if not annotations:
            continue
        latest = max(annotations, key=lambda annotation: str(annotation.get("updated_at") or annotation.get("id")))
        regions: dict[str, dict[str, str]] = defaultdict(dict)
        for item in latest["result"]:
            value = item["value"]
            region = regions[item["id"]]
            region.update(start=str(value["start"]), end=str(value["end"]), mention=value.get("text", ""))
            field = item["from_name"]
            given = value.get("labels") or value.get("choices") or value.get("text")
            label = given[0] if isinstance(given, list) and given else ""
            if field in allowed and label not in allowed[field]:
                raise AnnotationError(
                    f"task {doc_id}, span {region['start']}-{region['end']}: {field} {label!r} is not in the guide"
                )
            region[field] = label
        text = task["data"]["text"]
        for region in regions.values():
            region["mention"] = text[int(region["start"]) : int(region["end"])]
            _check_numbers(doc_id, region)
            rows.append({column: region.get(column, "") for column in GOLD_COLUMNS} | {"doc_id": doc_id})
    return sorted(rows, key=lambda row: (row["doc_id"], int(row["start"])))


def _check_numbers(doc_id: str, region: dict[str, str]) -> None:
    for field in ("value", "value_max"):
        if region.get(field):
            try:
                region[field] = format_decimal(Decimal(region[field]))
            except InvalidOperation as error:
                where = f"task {doc_id}, span {region['start']}-{region['end']}"
                raise AnnotationError(f"{where}: {field} {region[field]!r} is not a number") from error


def write_gold(rows: Iterable[dict[str, str]], folder: Path) -> list[Path]:
    """A gold CSV per article (`<doc_id>.csv`, UTF-8, the guide's columns), in `folder`."""
    by_doc: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc_id"]].append(row)
    written = []
    for doc_id, doc_rows in by_doc.items():
        path = folder / f"{doc_id}.csv"
        with replacing(path, "utf-8") as handle:
            writer = csv.DictWriter(handle, GOLD_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(doc_rows)
        written.append(path)
    return written
