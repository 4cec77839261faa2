from pathlib import Path

import pytest

from extract.loader import load_rules
from extract.pipeline import article_facts
from extract.read import Article
from extract.rules import Rules
from extract.write import as_row

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def extract_text(rules: Rules):
    """The rows `extract` gives for one text, read as an article of the given date, as the CSV holds them."""

    def run(text: str, date: str = "2022-12", **meta: str) -> list[dict[str, str]]:
        return [as_row(fact) for fact in article_facts(Article("example", text, date, **meta), rules)]

    return run
