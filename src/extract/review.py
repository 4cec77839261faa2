"""A review of the output in the browser: static HTML pages that need no network.

`extract review` writes `index.html` (the articles, their counts and, where gold
exists, their scores) and a page per article: its text with every figure
highlighted in its indicator's colour (fields on hover), and its facts as a
sortable table. Where the article has gold, each figure is marked right, with
fields that disagree, a false alarm, or a miss: the visual twin of
`extract evaluate --errors`. Each page checks in the browser that its marks sit
at their offsets in the text (`body[data-offsets]`). Templates: `templates/`
(Jinja2)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from extract.evaluate import FIELDS, evaluate, match, read_gold, read_table, same
from extract.read import Article, Problem, read_articles
from extract.write import write_text

# Colours for indicators, given in order of their names: distinct on white, dark text readable.
PALETTE = (
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
    "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3", "#b2df8a", "#fb9a99", "#cab2d6",
)  # fmt: skip
SHOWN = ("value", "value_max", "unit", "approx", "kind", "indicator", "measure", "subject", "period", "modality")


@dataclass(frozen=True)
class Mark:
    """A figure on the page: what was predicted (or, for a miss, the gold row) and its verdict."""

    row: dict[str, str]
    status: str  # right, differs, false_alarm, miss, or unscored where the article has no gold
    gold: dict[str, str] | None = None
    differing: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return int(self.row["start"])

    @property
    def end(self) -> int:
        return int(self.row["end"])


def marks_of(predicted: list[dict[str, str]], gold: list[dict[str, str]] | None) -> list[Mark]:
    """The article's figures with their verdicts against its gold (None: it has none), by start."""
    if gold is None:
        return sorted((Mark(row, "unscored") for row in predicted), key=lambda mark: mark.start)
    pairs = match(gold, predicted)
    paired = {id(pair.predicted): pair.gold for pair in pairs}
    found = {id(pair.gold) for pair in pairs}
    marks = []
    for row in predicted:
        if id(row) not in paired:
            marks.append(Mark(row, "false_alarm"))
            continue
        truth = paired[id(row)]
        differing = tuple(field for field in FIELDS if not same(field, truth, row))
        marks.append(Mark(row, "differs" if differing else "right", truth, differing))
    marks += [Mark(row, "miss", row) for row in gold if id(row) not in found]
    return sorted(marks, key=lambda mark: (mark.start, mark.status == "miss"))


def pieces(text: str, marks: list[Mark]) -> list[tuple[str, Mark | None]]:
    """The text cut into plain stretches and marked ones; a mark that overlaps an earlier one
    stays out of the text (it is still in the table)."""
    cut = []
    at = 0
    for mark in marks:
        if mark.start < at or mark.end > len(text):
            continue
        cut += [(text[at : mark.start], None), (text[mark.start : mark.end], mark)]
        at = mark.end
    return [*cut, (text[at:], None)]


def review(predicted: Path, corpus: Path, output: Path, gold: Path | None = None) -> list[Problem]:
    """Write the review pages of the predictions of `corpus`'s articles into `output`; what
    cannot be read is returned as problems."""
    problems: list[Problem] = []
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_table(predicted):
        rows[row["doc_id"]].append(row)
    gold_rows: dict[str, list[dict[str, str]]] | None = None
    if gold is not None and gold.is_dir():
        gold_rows = defaultdict(list)
        for row in (row for rows_of_set in read_gold(gold).values() for row in rows_of_set):
            gold_rows[row["doc_id"]].append(row)
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("extract", "templates"), autoescape=True, keep_trailing_newline=True
    )
    environment.filters["text"] = _text_html
    colours = _colours({row["indicator"] for doc_rows in rows.values() for row in doc_rows})
    articles = []
    for article in read_articles(corpus, problems):
        truth = gold_rows.get(article.doc_id) if gold_rows is not None else None
        page = _page_name(article.doc_id)
        marks = marks_of(rows.get(article.doc_id, []), truth)
        summary = _summary(article, page, marks, truth, rows.get(article.doc_id, []))
        articles.append(summary)
        html = environment.get_template("article.html.j2").render(
            article=article, summary=summary, pieces=pieces(article.text, marks), marks=marks,
            colours=colours, shown=SHOWN,
        )  # fmt: skip
        write_text(html, output / page)
    index = environment.get_template("index.html.j2").render(articles=articles, colours=colours)
    write_text(index, output / "index.html")
    return problems


def _text_html(text: str) -> markupsafe.Markup:
    """Text as HTML that keeps its length: a `\r` (which HTML would fold into the line end)
    becomes an empty span the page counts as one character."""
    return markupsafe.escape(text).replace("\r", markupsafe.Markup('<span class="cr"></span>'))


def _page_name(doc_id: str) -> str:
    return "articles/" + doc_id.replace("/", "__") + ".html"


def _colours(indicators: set[str]) -> dict[str, str]:
    return {name: PALETTE[index % len(PALETTE)] for index, name in enumerate(sorted(indicators))}


def _summary(
    article: Article, page: str, marks: list[Mark], gold: list[dict[str, str]] | None, predicted: list[dict[str, str]]
) -> dict[str, Any]:
    counts = {
        status: sum(mark.status == status for mark in marks) for status in ("right", "differs", "false_alarm", "miss")
    }
    scores = evaluate(gold, predicted) if gold else None
    return {
        "doc_id": article.doc_id,
        "title": article.title,
        "date": article.date,
        "page": page,
        "predicted": len(predicted),
        "gold": len(gold) if gold is not None else None,
        "counts": counts,
        "mention_f1": scores["mention"]["f1"] if scores else None,
        "record_f1": scores["record"]["f1"] if scores else None,
    }
