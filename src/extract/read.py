"""Read articles and their metadata (`meta.csv`) from a folder or a file.

Articles are the `.txt` files (in any case) of the folder and its subfolders,
hidden ones left out; an article's doc_id is its path from the folder without
the suffix (`2022/jan/a`). They may come in UTF-8 (with or without a BOM),
UTF-16 (with or without a BOM), or the legacy Chinese encodings
GB18030/GBK/GB2312 and Big5, detected without being told; a few bytes that
are not valid in the encoding are read as U+FFFD and reported. What cannot be
read is reported as a `Problem` naming the file, and the rest is read on.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import charset_normalizer
import regex

from extract.spans import HAN

META_FILE = "meta.csv"
ARTICLE_SUFFIX = ".txt"
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
LEGACY_ENCODINGS = ("gb18030", "big5")
BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
BOM = "\ufeff"
REPLACEMENT = "\ufffd"
# Text in these encodings is mostly Chinese, ASCII and their punctuation; a
# wrong guess yields other scripts or control characters.
PLAUSIBLE = regex.compile(r"[\p{Han}\x20-\x7e\s\p{P}\p{S}０-９Ａ-Ｚａ-ｚ\u3000-\u303f\uff00-\uffef]")
PLAUSIBLE_SHARE = 0.95
# UTF-8 with a few stray or cut bytes is still UTF-8: at most this many invalid
# sequences, or this share of the bytes when that is more.
FEW_BAD_SEQUENCES = 8
BAD_SEQUENCE_SHARE = 0.001
# ...provided its valid part holds this many Chinese characters per invalid
# sequence: GB18030 and Big5 read as UTF-8 give fewer than one per hundred.
HAN_PER_BAD_SEQUENCE = 4
# A forced encoding that leaves more than this share of the text replaced is the wrong one.
FORCED_BAD_SHARE = 0.1


@dataclass(frozen=True)
class Article:
    doc_id: str
    text: str
    date: str = ""  # as meta.csv gives it: `2022`, `2022-07`, `2022-07-12`, or empty
    title: str = ""
    region: str = ""  # meta.csv's optional `region` column: the article's own region
    source: str = ""  # its publisher, as meta.csv names it


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Decoded:
    text: str
    warning: str = ""  # how many invalid byte sequences were read as U+FFFD, when any were


class NotText(ValueError):
    """The bytes are not text in any encoding tried."""


def _plausible(text: str) -> bool:
    if not text:
        return True
    return len(PLAUSIBLE.findall(text)) / len(text) >= PLAUSIBLE_SHARE


def decoded(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of an article's bytes, in `encoding` or the one detected; a BOM is not part of
    the text. A few invalid byte sequences are read as U+FFFD, one each, and the warning says so."""
    if encoding:
        return _forced(data, encoding)
    for mark, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _marked(data, name)
    if b"\x00" in data:
        return Decoded(_utf16_without_bom(data))
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        first_bad = error.start
    return _mostly_utf8(data, first_bad) or Decoded(_legacy(data))


def _forced(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding).removeprefix(BOM))
    except LookupError as error:
        raise NotText(f"no text encoding {encoding!r}") from error
    except UnicodeDecodeError as error:
        first_bad = error.start
    text = data.decode(encoding, "replace").removeprefix(BOM)
    bad = text.count(REPLACEMENT)
    if bad > FORCED_BAD_SHARE * len(text):
        raise NotText(f"not valid {encoding} ({bad} invalid byte sequences, the first at byte offset {first_bad})")
    return Decoded(text, _replaced(bad, encoding, first_bad))


def _marked(data: bytes, name: str) -> Decoded:
    """Bytes that start with a byte-order mark, in the encoding it marks."""
    try:
        return Decoded(data.decode(name).removeprefix(BOM))
    except UnicodeDecodeError as error:
        first_bad = error.start
    if name == "utf-8" and (decoded := _mostly_utf8(data, first_bad)):
        return decoded
    raise NotText(f"not valid {name.upper()} despite its byte-order mark")


def _mostly_utf8(data: bytes, first_bad: int) -> Decoded | None:
    """UTF-8 with a few invalid sequences, each read as U+FFFD; None when they are too many for UTF-8."""
    text = data.decode("utf-8", "replace")
    bad = text.count(REPLACEMENT)
    if bad > max(FEW_BAD_SEQUENCES, BAD_SEQUENCE_SHARE * len(data)) or not _holds_han(text, HAN_PER_BAD_SEQUENCE * bad):
        return None
    return Decoded(text.removeprefix(BOM), _replaced(bad, "UTF-8", first_bad))


def _holds_han(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` Chinese characters (counted no further)."""
    return sum(1 for _ in islice(HAN.finditer(text), count)) == count


def _replaced(bad: int, encoding: str, first_bad: int) -> str:
    sequences = "1 byte sequence" if bad == 1 else f"{bad} byte sequences"
    return f"{sequences} not valid {encoding} (first at byte offset {first_bad}), read with U+FFFD in their place"


def _utf16_without_bom(data: bytes) -> str:
    """UTF-16 text without a byte-order mark, in the byte order its NUL bytes point to
    (the high bytes of ASCII characters), else the other."""
    little_endian_first = data[1::2].count(0) >= data[0::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if little_endian_first else ("utf-16-be", "utf-16-le")
    for order in orders:
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise NotText("binary file (NUL bytes)")


def _legacy(data: bytes) -> str:
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
    """meta.csv's rows by doc_id; a malformed row, or one whose doc_id came before, is reported and ignored."""
    path = folder / META_FILE
    if not path.exists():
        return {}
    text = _meta_text(path, problems)
    if text is None:
        return {}
    rows = csv.DictReader(io.StringIO(text, newline=""))
    missing = [column for column in ("doc_id", "date") if column not in (rows.fieldnames or [])]
    if missing:
        problems.append(Problem(path, f"no {', '.join(missing)} column; read without metadata"))
        return {}
    meta: dict[str, dict[str, str]] = {}
    first_lines: dict[str, int] = {}
    for row in rows:
        doc_id = (row.get("doc_id") or "").strip()
        problem = _row_problem(row, doc_id, first_lines.get(doc_id))
        if problem:
            problems.append(Problem(path, f"line {rows.line_num}: {problem}"))
        else:
            meta[doc_id] = {key: (value or "").strip() for key, value in row.items() if key}
            first_lines[doc_id] = rows.line_num
    return meta


def _meta_text(path: Path, problems: list[Problem]) -> str | None:
    try:
        meta = decoded(path.read_bytes())
    except (OSError, NotText) as error:
        problems.append(Problem(path, f"{getattr(error, 'strerror', None) or error}; read without metadata"))
        return None
    if meta.warning:
        problems.append(Problem(path, meta.warning))
    return meta.text


def _row_problem(row: dict[str | None, str | None], doc_id: str, first_line: int | None) -> str | None:
    date = (row.get("date") or "").strip()
    if None in row:
        return "more fields than columns; row ignored"
    if not doc_id:
        return "no doc_id; row ignored"
    if first_line:
        return f"doc_id {doc_id!r} again; the first row (line {first_line}) is kept"
    if date and not DATE.match(date):
        return f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD; row ignored"
    if date and not _is_real_date(date):
        return f"date {date!r} is not a real date; row ignored"
    return None


def _is_real_date(date: str) -> bool:
    """Whether a date shaped YYYY, YYYY-MM or YYYY-MM-DD names a real year, month or day."""
    year, month, day = (date.split("-") + ["1", "1"])[:3]
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def source_problem(source: Path) -> str | None:
    """Why `source` cannot be read as a folder of articles or one article, if it cannot."""
    if not source.exists():
        return "no such file or folder"
    if not source.is_dir():
        return None if _is_article(source) else f"is not a {ARTICLE_SUFFIX} article: give the folder that holds it"
    try:
        with os.scandir(source):
            return None
    except OSError as error:
        return f"cannot read folder ({error.strerror or error})"


def _is_article(path: Path) -> bool:
    return path.suffix.lower() == ARTICLE_SUFFIX


def doc_id_of(path: Path, source: Path) -> str:
    """The doc_id of the article at `path` read from `source` (its folder, or the article itself):
    the path from the folder without the suffix, `/` between folders."""
    folder = source if source.is_dir() else source.parent
    return path.relative_to(folder).with_suffix("").as_posix()


def article_paths(source: Path, problems: list[Problem] | None = None, exclude: Path | None = None) -> list[Path]:
    """The articles to read, in doc_id order: the .txt file given, or the .txt files of the folder
    and its subfolders, but hidden ones and those in `exclude` (the output folder, if inside).
    Why there are none, folders that cannot be listed, and a file whose doc_id another holds,
    go to `problems`."""
    reported = [] if problems is None else problems
    problem = source_problem(source)
    if problem:
        reported.append(Problem(source, problem))
        return []
    if not source.is_dir():
        return [source]
    listing: list[Problem] = []
    paths = _folder_articles(source, listing, exclude)
    if not paths and not listing:
        listing.append(Problem(source, f"no {ARTICLE_SUFFIX} articles"))
    reported.extend(listing)
    return paths


def _folder_articles(folder: Path, problems: list[Problem], exclude: Path | None) -> list[Path]:
    """The .txt files of `folder` and its subfolders, but hidden ones and `exclude`, in doc_id order; a
    folder that cannot be listed, and a file whose doc_id an earlier one holds, go to `problems`."""
    excluded = exclude.resolve() if exclude else None

    def unreadable(error: OSError) -> None:
        problems.append(Problem(Path(error.filename), f"cannot read folder ({error.strerror or error})"))

    found = []
    for root, folders, files in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".") and Path(root, name).resolve() != excluded]
        found += [Path(root, name) for name in files if not name.startswith(".") and _is_article(Path(name))]
    articles: dict[str, Path] = {}
    for doc_id, _, path in sorted((doc_id_of(path, folder), path.name, path) for path in found):
        if doc_id in articles:
            problems.append(Problem(path, f"same doc_id as {articles[doc_id].name}, skipped"))
        else:
            articles[doc_id] = path
    return list(articles.values())


def read_articles(
    source: Path, problems: list[Problem], encoding: str | None = None, paths: list[Path] | None = None
) -> Iterator[Article]:
    """Each readable article of `source` (a folder or one file) in doc_id order, of `paths` when
    `article_paths` has listed them already; what cannot be read goes to `problems`, with the file named."""
    if paths is None:
        paths = article_paths(source, problems)
    if not paths:
        return
    meta = read_meta(source if source.is_dir() else source.parent, problems)
    for path in paths:
        doc_id = doc_id_of(path, source)
        text = _article_text(path, problems, encoding)
        if text is not None:
            row = meta.get(doc_id, {})
            yield Article(
                doc_id, text, row.get("date", ""), row.get("title", ""), row.get("region", ""), row.get("source", "")
            )


def _article_text(path: Path, problems: list[Problem], encoding: str | None) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(path, f"cannot read ({error.strerror or error}), skipped"))
        return None
    if not data:
        problems.append(Problem(path, "empty file, skipped"))
        return None
    try:
        article = decoded(data, encoding)
    except NotText as error:
        problems.append(Problem(path, f"{error}, skipped"))
        return None
    if article.warning:
        problems.append(Problem(path, article.warning))
    return article.text
