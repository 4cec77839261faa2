"""Read articles and their metadata (`meta.csv`) from a folder or a file.

Articles may come in UTF-8 (with or without a BOM), UTF-16 with a BOM, or the
legacy Chinese encodings GB18030/GBK/GB2312 and Big5, detected without being
told. What cannot be read is reported as a `Problem` naming the file, and the
rest is read on.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import regex

META_FILE = "meta.csv"
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LEGACY_ENCODINGS = ("gb18030", "big5")
# Text in these encodings is mostly Chinese, ASCII and their punctuation; a
# wrong guess yields other scripts or control characters.
PLAUSIBLE = regex.compile(r"[\p{Han}\x20-\x7e\s\p{P}\p{S}０-９Ａ-Ｚａ-ｚ\u3000-\u303f\uff00-\uffef]")
PLAUSIBLE_SHARE = 0.95


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


class NotText(ValueError):
    """The bytes are not text in any encoding tried."""


def _plausible(text: str) -> bool:
    if not text:
        return True
    return len(PLAUSIBLE.findall(text)) / len(text) >= PLAUSIBLE_SHARE


def decode(data: bytes, encoding: str | None = None) -> str:
    """The text of an article's bytes; a BOM is not part of the text."""
    if encoding:
        try:
            return codecs.decode(data, encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as error:
            raise NotText(f"not valid {encoding} ({error.__class__.__name__})") from error
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as error:
                raise NotText(f"not valid {name.upper()[:6]} despite its byte-order mark") from error
    if b"\x00" in data:
        raise NotText("binary file (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    guesses = ([best.encoding] if best else []) + [e for e in LEGACY_ENCODINGS if not best or best.encoding != e]
    for guess in guesses:
        try:
            text = data.decode(guess)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text
    raise NotText("not text in UTF-8, UTF-16, GB18030 or Big5")


def read_meta(folder: Path, problems: list[Problem]) -> dict[str, dict[str, str]]:
    """meta.csv's rows by doc_id; a malformed row is reported and ignored."""
    path = folder / META_FILE
    if not path.exists():
        return {}
    try:
        text = decode(path.read_bytes())
    except (OSError, NotText) as error:
        problems.append(Problem(path, f"{getattr(error, 'strerror', None) or error}; read without metadata"))
        return {}
    rows = csv.DictReader(text.splitlines())
    missing = [column for column in ("doc_id", "date") if column not in (rows.fieldnames or [])]
    if missing:
        problems.append(Problem(path, f"no {', '.join(missing)} column; read without metadata"))
        return {}
    meta: dict[str, dict[str, str]] = {}
    for line, row in enumerate(rows, start=2):
        doc_id = (row.get("doc_id") or "").strip()
        date = (row.get("date") or "").strip()
        if None in row:
            problems.append(Problem(path, f"line {line}: more fields than columns; row ignored"))
        elif not doc_id:
            problems.append(Problem(path, f"line {line}: no doc_id; row ignored"))
        elif date and not DATE.match(date):
            problems.append(
                Problem(path, f"line {line}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD; row ignored")
            )
        else:
            meta[doc_id] = {key: (value or "").strip() for key, value in row.items() if key}
    return meta


def article_paths(source: Path) -> list[Path]:
    """The articles to read: the file given, or the folder's .txt files in name order."""
    if source.is_file():
        return [source]
    return sorted(path for path in source.glob("*.txt") if not path.is_dir())


def read_articles(source: Path, problems: list[Problem], encoding: str | None = None) -> Iterator[Article]:
    """Each readable article of `source` (a folder or one file), in name order;
    what cannot be read goes to `problems`, with the file named."""
    folder = source if source.is_dir() else source.parent
    paths = article_paths(source)
    if not paths:
        problems.append(Problem(source, "no .txt articles"))
        return
    meta = read_meta(folder, problems)
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.append(Problem(path, f"cannot read ({error.strerror or error}), skipped"))
            continue
        if not data:
            problems.append(Problem(path, "empty file, skipped"))
            continue
        try:
            text = decode(data, encoding)
        except NotText as error:
            problems.append(Problem(path, f"{error}, skipped"))
            continue
        row = meta.get(path.stem, {})
        yield Article(path.stem, text, row.get("date", ""), row.get("title", ""), row.get("region", ""))
