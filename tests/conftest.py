from pathlib import Path

import pytest

from extract.pipeline import Extractor
from extract.read import Article
from extract.rules import Rules, load_rules

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def extractor(rules: Rules) -> Extractor:
    return Extractor(rules)


@pytest.fixture(scope="session")
def extract_text(extractor: Extractor):
    """The rows `extract` gives for one text, read as an article of the given date."""

    def run(text: str, date: str = "2022-12") -> list[dict[str, str]]:
        return list(extractor.rows(Article("example", text, date)))

    return run
