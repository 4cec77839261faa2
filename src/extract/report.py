"""Scores as text: the summary table, the table of sets and of documents, and
the list of errors that `extract evaluate --errors` prints."""

from __future__ import annotations

from typing import Any

from extract.evaluate import DOCUMENT_FIGURES, FIELDS, figure


def table(metrics: dict[str, Any]) -> str:
    """A readable summary of the figures."""
    lines = [
        f"documents {metrics['documents']}  gold {metrics['gold']}  predicted {metrics['predicted']}"
        f"  matched {metrics['matched']}",
        "",
        f"{'':<14}{'precision':>10}{'recall':>10}{'f1':>10}",
    ]
    for name in ("mention", "exact_span", "record"):
        figures = metrics[name]
        lines.append(f"{name:<14}{figures['precision']:>10.4f}{figures['recall']:>10.4f}{figures['f1']:>10.4f}")
    lines += ["", "accuracy over matched mentions"]
    lines += [f"  {field:<12}{value:>8.4f}" for field, value in metrics["accuracy"].items()]
    lines += ["", f"{'indicator':<24}{'gold':>6}{'precision':>10}{'recall':>10}{'f1':>10}"]
    for name, figures in metrics["per_indicator"].items():
        lines.append(
            f"{name:<24}{figures['gold']:>6}{figures['precision']:>10.4f}{figures['recall']:>10.4f}{figures['f1']:>10.4f}"
        )
    return "\n".join(lines)


COMPARED = ("gold", "predicted", *DOCUMENT_FIGURES)
SHORT = {"mention.f1": "mention", "record.f1": "record"}


def comparison(rows: dict[str, dict[str, Any]], title: str) -> str:
    """One line per set or document: gold and predicted rows, mention F1, each field's accuracy, record F1."""
    names = [SHORT.get(name, name.removeprefix("accuracy.")) for name in COMPARED]
    width = max([len(title), *map(len, rows)]) + 2
    lines = [f"{title:<{width}}" + "".join(f"{name:>10}" for name in names)]
    for key, metrics in rows.items():
        cells = [figure(metrics, name) for name in COMPARED]
        lines.append(
            f"{key:<{width}}" + "".join(f"{cell:>10d}" if isinstance(cell, int) else f"{cell:>10.4f}" for cell in cells)
        )
    return "\n".join(lines)


def scorecard_text(card: dict[str, Any]) -> str:
    """The whole gold's table, then the sets and the documents side by side."""
    sets = {"whole": card, **card["sets"]}
    return "\n\n".join([table(card), comparison(sets, "set"), comparison(card["per_document"], "document")])


def _row_line(row: dict[str, str]) -> str:
    fields = " ".join(f"{name}={row.get(name, '')}" for name in ("value", "unit", "approx", *FIELDS[2:]))
    return f"{row['doc_id']} {row['start']}-{row['end']} {row['mention']!r} {fields}"


def error_report(found: dict[str, list[Any]], sentences: bool = True) -> str:
    lines = [f"missed ({len(found['missed'])})"]
    lines += [f"  {_row_line(row)}" for row in found["missed"]]
    lines.append(f"false alarms ({len(found['false_alarms'])})")
    for row in found["false_alarms"]:
        lines.append(f"  {_row_line(row)}")
        if sentences and row.get("sentence"):
            lines.append(f"      in: {row['sentence']}")
    lines.append(f"disagreements ({len(found['disagreements'])})")
    for pair, fields in found["disagreements"]:
        lines.append(f"  {pair.gold['doc_id']} {pair.gold['start']} {pair.gold['mention']!r}")
        for field in fields:
            names = ("value", "value_max", "unit", "approx") if field == "value" else (field,)
            gold = "/".join(pair.gold[n] for n in names)
            predicted = "/".join(pair.predicted[n] for n in names)
            lines.append(f"      {field}: gold {gold!r} predicted {predicted!r}")
        if sentences and pair.predicted.get("sentence"):
            lines.append(f"      in: {pair.predicted['sentence']}")
    return "\n".join(lines)
