"""Read the articles of a folder and their metadata (`meta.csv`)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

META_FILE = "meta.csv"


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    date: str = ""  # as meta.csv gives it: `2022`, `2022-07`, `2022-07-12`, or empty
    title: str = ""
    region: str = ""  # meta.csv's optional `region` column: the article's own region


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def read_meta(folder: Path) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    path = folder / META_FILE
    if not path.exists():
        return {}, []
    meta: dict[str, dict[str, str]] = {}
    problems = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            doc_id = (row.get("doc_id") or "").strip()
            if not doc_id:
                problems.append(Problem(path, f"line {line}: no doc_id"))
                continue
            meta[doc_id] = {key: (value or "").strip() for key, value in row.items() if key}
    return meta, problems


def article_paths(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob("*.txt") if path.is_file())


def read_articles(folder: Path, problems: list[Problem]) -> Iterator[Article]:
    """Each readable article of `folder`, in name order; what cannot be read goes to `problems`."""
    meta, meta_problems = read_meta(folder)
    problems.extend(meta_problems)
    for path in article_paths(folder):
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(path, f"cannot read: {error}"))
            continue
        doc_id = path.stem
        row = meta.get(doc_id, {})
        yield Article(doc_id, text, row.get("date", ""), row.get("title", ""), row.get("region", ""))
