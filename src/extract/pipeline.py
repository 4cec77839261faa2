"""The pipeline, top to bottom: read → segment → find → normalise → attribute → write."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from extract.attribute import Attributor
from extract.context import Context
from extract.find import find_quantities
from extract.normalise import format_decimal, normalise
from extract.read import Article, Problem, article_paths, read_articles
from extract.parallel import extracted
from extract.rules import Rules
from extract.segment import load_dictionary, matching_view, sentence_docs, sentence_starts
from extract.write import write_table, write_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

OUTPUT_FILE = "quantities.csv"
TEXTS_FOLDER = "texts"  # with --save-text: each article's decoded text, which the offsets index
CHUNK_CHARS = 100_000  # an article longer than this is read a chunk of paragraphs at a time


@dataclass
class Summary:
    articles: int = 0
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)


class Extractor:
    """Everything loaded once per run: the rules, compiled, the attributor and jieba's
    dictionary (before any worker process forks, so that all share one copy)."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.attribute = Attributor(rules)
        load_dictionary()

    def rows(self, article: Article) -> Iterator[dict[str, str]]:
        """The article's rows, a chunk of paragraphs at a time (a 50 MB article too)."""
        view = matching_view(article.text)
        home = self.attribute.subjects.home_region(replace(article, text=view))
        for offset, chunk in chunks(view):
            yield from self._chunk_rows(article, replace(article, text=chunk), offset, home)

    def docs(self, article: Article) -> list[Doc]:
        """spaCy docs of the article's sentences that hold figures, cut by jieba, each
        figure a span labelled with its indicator: `displacy.render(docs, style="span",
        options={"spans_key": "quantities"})`. The rows do not need them, so only this builds them."""
        rows = list(self.rows(article))
        spans = [(int(row["start"]), int(row["end"]), row["indicator"]) for row in rows]
        return sentence_docs(article.text, sentence_starts(matching_view(article.text)), spans)

    def _chunk_rows(self, article: Article, chunk: Article, offset: int, home: dict[str, str]) -> list[dict[str, str]]:
        starts = sentence_starts(chunk.text)  # segment (words: where names are read, in attribute)
        found = find_quantities(chunk.text, self.rules)  # find
        figures, rule_names = [], []
        for c in found:
            quantity = normalise(c.rule, c.groups, c.left, chunk.text[c.start : c.end], c.right, self.rules)  # normalise
            if quantity is not None:
                figures.append((Context.of(chunk.text, c.start, c.end, starts), quantity))
                rule_names.append(c.rule.name)
        attributions = self.attribute(chunk, figures, home)  # attribute
        original = article.text
        return [
            {
                "doc_id": article.doc_id,
                "start": str(offset + context.start),
                "end": str(offset + context.end),
                "mention": original[offset + context.start : offset + context.end],
                "kind": quantity.kind,
                "value": format_decimal(quantity.value),
                "value_max": format_decimal(quantity.value_max),
                "unit": quantity.unit,
                "approx": attribution.approx or quantity.approx,
                "indicator": attribution.indicator,
                "measure": attribution.measure,
                "subject": attribution.subject,
                "period": attribution.period,
                "modality": attribution.modality,
                "sentence": original[offset + context.sentence_start : offset + context.sentence_end].strip(),
                "rule": rule,
            }
            for (context, quantity), attribution, rule in zip(figures, attributions, rule_names)
        ]


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """The text in pieces of at most about `size` characters, cut at paragraph breaks."""
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= size else text.rfind("\n", start, start + size) + 1
        if end <= start:
            end = start + size
        yield start, text[start:end]
        start = end


def run(
    source: Path,
    output: Path,
    rule_dirs: tuple[Path, ...] = (),
    encoding: str | None = None,
    save_text: bool = False,
    jobs: int = 1,
    scheduler: str | None = None,
    on_article: Callable[[Article], None] = lambda article: None,
) -> Summary:
    """Extract every article of `source` (a folder or one .txt file) into `output/quantities.csv`.

    Articles are extracted here, in `jobs` processes or on a Dask `scheduler`
    (`parallel.py`), with the same output. An article that cannot be read or
    extracted is reported in the summary's problems and the run goes on; the
    CSV only replaces the previous one once it is complete.
    """
    summary = Summary()
    if not article_paths(source):
        summary.problems.append(Problem(source, "no .txt articles"))
        return summary

    def articles() -> Iterator[Article]:
        for article in read_articles(source, summary.problems, encoding):  # read
            if save_text:
                write_text(article.text, output / TEXTS_FOLDER / f"{article.doc_id}.txt")
            yield article

    def tables() -> Iterator[str]:
        dirs = tuple(str(d) for d in rule_dirs)
        for article, outcome in extracted(articles(), dirs, jobs, scheduler):  # segment … attribute
            on_article(article)
            summary.articles += 1
            summary.rows += outcome.rows
            if outcome.error:
                path = source / f"{article.doc_id}.txt" if source.is_dir() else source
                summary.problems.append(Problem(path, f"failed: {outcome.error}; article skipped"))
            yield outcome.table

    write_table(tables(), output / OUTPUT_FILE)  # write
    return summary
