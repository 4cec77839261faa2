"""Write the quantities table: CSV in UTF-8 with a BOM (Excel opens it as
UTF-8; pandas reads it with `encoding="utf-8-sig"`), written to a temporary
name and renamed into place so a crash never leaves half a file."""

from __future__ import annotations

import csv
import io
import operator
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

COLUMNS = (
    "doc_id",
    "start",
    "end",
    "mention",
    "kind",
    "value",
    "value_max",
    "unit",
    "approx",
    "indicator",
    "measure",
    "subject",
    "period",
    "modality",
    "sentence",
    "rule",
)
IN_COLUMN_ORDER = operator.itemgetter(*COLUMNS)


@contextmanager
def replacing(path: Path, encoding: str) -> Iterator[TextIO]:
    """A file written under a temporary name and renamed over `path` only when
    complete: an interrupted run leaves the previous `path` as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding=encoding, newline="", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def csv_text(rows: Iterable[dict[str, str]], header: bool = False) -> str:
    """The rows as lines of the table (made where the rows are, so a worker process
    hands back one string rather than thousands of dicts)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if header:
        writer.writerow(COLUMNS)
    writer.writerows(map(IN_COLUMN_ORDER, rows))
    return buffer.getvalue()


def write_table(parts: Iterable[str], path: Path) -> None:
    """The header, then each part made by `csv_text`."""
    with replacing(path, "utf-8-sig") as handle:
        handle.write(csv_text([], header=True))
        for part in parts:
            handle.write(part)


def write_text(text: str, path: Path) -> None:
    with replacing(path, "utf-8") as handle:
        handle.write(text)
