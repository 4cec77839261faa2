"""Write facts out. Each format is a writer in `WRITERS`; CSV (the default)
is UTF-8 with a BOM (Excel opens it as UTF-8; pandas reads it with
`encoding="utf-8-sig"`). Files are written to a temporary name and renamed
into place, so a crash never leaves half a file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import IO

from extract.fact import COLUMNS, Fact


def format_decimal(value: Decimal | None) -> str:
    """A plain decimal: no exponent, no trailing zeros (`1E+8` → `100000000`)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def text_fields(fact: Fact) -> tuple[str, ...]:
    """The fact's columns as text, as the CSV holds them."""
    return (
        *(str(field) for field in fact[:5]),
        format_decimal(fact.value),
        format_decimal(fact.value_max),
        *fact[7:],
    )


def as_row(fact: Fact) -> dict[str, str]:
    """The fact as a CSV row reads back: column → text."""
    return dict(zip(COLUMNS, text_fields(fact), strict=True))


@contextmanager
def replacing(path: Path, encoding: str) -> Iterator[IO[str]]:
    """A file written under a temporary name and renamed over `path` only when
    complete: an interrupted run leaves the previous `path` as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding=encoding, newline="", dir=path.parent, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.chmod(handle.name, 0o666 & ~_umask())  # as any file the user writes, not the temporary file's 0600
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)  # reading the umask means setting it: set it straight back
    os.umask(mask)
    return mask


def write_csv(facts: Iterable[Fact], path: Path) -> None:
    with replacing(path, "utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(map(text_fields, facts))


# Each output format: its file name and the function that writes facts to it.
WRITERS: dict[str, tuple[str, Callable[[Iterable[Fact], Path], None]]] = {
    "csv": ("quantities.csv", write_csv),
}


def write_text(text: str, path: Path) -> None:
    with replacing(path, "utf-8") as handle:
        handle.write(text)
