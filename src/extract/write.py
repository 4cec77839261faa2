"""Write the quantities table: CSV in UTF-8 with a BOM (Excel opens it as
UTF-8; pandas reads it with `encoding="utf-8-sig"`), written to a temporary
name and renamed into place so a crash never leaves half a file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

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


def write_rows(rows: Iterable[dict[str, str]], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8-sig", newline="", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    count = 0
    try:
        with handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return count
