"""The pipeline, top to bottom: read → segment → find → normalise → attribute → write."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.attribute import Attributor
from extract.context import Context
from extract.find import find_quantities
from extract.normalise import format_decimal, normalise
from extract.read import Article, Problem, read_articles
from extract.rules import Rules
from extract.segment import split_sentences, tokenize
from extract.write import write_rows

OUTPUT_FILE = "quantities.csv"


@dataclass
class Summary:
    articles: int = 0
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)


class Extractor:
    """Everything loaded once per run: the rules, compiled, and the attributor."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.attribute = Attributor(rules)

    def rows(self, article: Article) -> list[dict[str, str]]:
        doc = tokenize(article.text)  # segment
        found = find_quantities(doc, self.rules)  # find
        split_sentences(doc)
        figures, rule_names = [], []
        for mention in found:
            c = mention.candidate
            quantity = normalise(c.rule, c.groups, c.left, mention.span.text, c.right, self.rules)  # normalise
            if quantity is not None:
                figures.append((Context.of(mention.span), quantity))
                rule_names.append(c.rule.name)
        attributions = self.attribute(article, doc, figures)  # attribute
        return [
            {
                "doc_id": article.doc_id,
                "start": str(context.start),
                "end": str(context.end),
                "mention": context.mention,
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
                "sentence": context.sentence,
                "rule": rule,
            }
            for (context, quantity), attribution, rule in zip(figures, attributions, rule_names)
        ]


def run(
    folder: Path,
    output: Path,
    rules: Rules,
    on_article: Callable[[Article], None] = lambda article: None,
) -> Summary:
    summary = Summary()
    extractor = Extractor(rules)

    def all_rows() -> Iterator[dict[str, str]]:
        for article in read_articles(folder, summary.problems):  # read
            on_article(article)
            summary.articles += 1
            yield from extractor.rows(article)

    summary.rows = write_rows(all_rows(), output / OUTPUT_FILE)  # write
    return summary
