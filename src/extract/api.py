"""Extract from Python, in a notebook: one text, a folder, a DataFrame.

>>> from extract import extract_text, to_dataframe
>>> facts = extract_text("2021年,章贡区研发经费投入37亿元,规模居全市第三。", date="2022-03")
>>> for fact in facts:
...     print(fact.mention, fact.value, fact.unit, fact.indicator, fact.subject, fact.period)
37亿元 3700000000 CNY rd_spending 章贡区 2021
第三 3 名次 rd_spending 章贡区 2021
>>> frame = to_dataframe(facts)
>>> frame.loc[0, "value"], frame["value"].sum()
(Decimal('3700000000'), Decimal('3700000003'))
>>> str(frame["indicator"].dtype), str(frame["start"].dtype), str(frame["mention"].dtype)
('category', 'int64', 'string')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from extract.fact import Fact
from extract.pipeline import article_facts, extract_article, rules_for
from extract.read import Article, Problem, read_articles
from extract.write import arrow_table

if TYPE_CHECKING:
    import pandas


def extract_text(text: str, date: str | None = None, region: str | None = None, title: str = "") -> list[Fact]:
    """The facts of one text, read as an article of `date` (`2022`, `2022-03` or `2022-03-15`:
    it dates figures that name no time) whose own region is `region` where given (`江北区`;
    else the text tells)."""
    article = Article("text", text, date or "", title, region or "")
    return list(article_facts(article, rules_for()))


def extract_folder(source: Path | str, problems: list[Problem] | None = None) -> Iterator[Fact]:
    """The facts of every article of a folder (and its subfolders, and its meta.csv), article by
    article in doc_id order; what cannot be read or extracted goes to `problems` (a list you pass)
    and the rest goes on.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("全区高新技术企业达357家。", encoding="utf-8")
    >>> [(f.doc_id, f.mention, f.indicator) for f in extract_folder(folder)]
    [('a', '357家', 'high_tech_enterprises')]
    """
    reported = [] if problems is None else problems
    for article in read_articles(Path(source), reported):
        outcome = extract_article(article)
        if outcome.error:
            reported.append(Problem(Path(source) / article.doc_id, f"failed: {outcome.error}"))
        yield from outcome.facts


def to_dataframe(facts: Iterable[Fact]) -> pandas.DataFrame:
    """The facts as a pandas DataFrame: offsets int64, values exact `Decimal`s, labels
    categorical, text as strings (the Parquet output's types)."""
    import pandas as pd

    listed = list(facts)
    frame: pd.DataFrame = arrow_table(listed).to_pandas()
    frame["value"] = pd.Series([fact.value for fact in listed], dtype=object)
    frame["value_max"] = pd.Series([fact.value_max for fact in listed], dtype=object)
    for name in ("mention", "sentence"):
        frame[name] = frame[name].astype("string")
    return frame
