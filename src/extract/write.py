"""Write facts out. Each format is a writer in `WRITERS`: its file name and a sink
that takes facts one at a time, so that a run writes every format it is asked
for in one pass. CSV (the default) is UTF-8 with a BOM (Excel opens it as
UTF-8; pandas reads it with `encoding="utf-8-sig"`); JSONL is one fact a line
with its values as exact JSON numbers; Parquet (through pyarrow) keeps values
as decimals and labels dictionary-encoded, for pandas, polars and DuckDB. Files
are written to a temporary name and renamed into place, so a crash never leaves
half a file."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from extract.fact import COLUMNS, Fact
from extract.parallel import interrupts_held

if TYPE_CHECKING:
    import pyarrow

Sink = Callable[[Fact], object]
PARQUET_BATCH = 10_000  # facts a Parquet row group holds
VALUE_DIGITS, VALUE_SCALE = 38, 18  # a value's decimal type in Parquet: up to 1e20, exact to 18 places
LABELS = ("doc_id", "kind", "unit", "approx", "indicator", "measure", "subject", "period", "modality", "rule")


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
def replacing(path: Path, encoding: str | None = None) -> Iterator[IO[Any]]:
    """A file written under a temporary name and renamed over `path` only when
    complete: an interrupted run leaves the previous `path` as it was. Text when
    an encoding is given, else bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = None
    try:
        with interrupts_held():  # a Ctrl-C between the file's making and its name's keeping would leave it
            handle = tempfile.NamedTemporaryFile(
                "w" if encoding else "wb",
                encoding=encoding,
                newline="" if encoding else None,
                dir=path.parent,
                prefix=f".{path.name}.",
                delete=False,
            )
        with handle:
            yield handle
        os.chmod(handle.name, 0o666 & ~_umask())  # as any file the user writes, not the temporary file's 0600
        os.replace(handle.name, path)
    except BaseException:
        if handle is not None:
            Path(handle.name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)  # reading the umask means setting it: set it straight back
    os.umask(mask)
    return mask


@contextmanager
def csv_sink(path: Path) -> Iterator[Sink]:
    with replacing(path, "utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        yield lambda fact: writer.writerow(text_fields(fact))


def json_line(fact: Fact) -> str:
    """The fact as a JSON object: offsets as integers, values as exact numbers, the rest as text."""
    fields = {name: value for name, value in zip(COLUMNS, fact, strict=True) if name not in ("value", "value_max")}
    text = json.dumps(fields, ensure_ascii=False)
    value_max = format_decimal(fact.value_max) if fact.value_max is not None else "null"
    return f'{text[:-1]}, "value": {format_decimal(fact.value)}, "value_max": {value_max}}}'


@contextmanager
def jsonl_sink(path: Path) -> Iterator[Sink]:
    with replacing(path, "utf-8") as handle:
        yield lambda fact: handle.write(json_line(fact) + "\n")


def arrow_schema() -> pyarrow.Schema:
    import pyarrow as pa

    decimal = pa.decimal128(VALUE_DIGITS, VALUE_SCALE)
    types = {"start": pa.int64(), "end": pa.int64(), "value": decimal, "value_max": decimal}
    return pa.schema(
        [
            (name, types.get(name, pa.dictionary(pa.int32(), pa.string()) if name in LABELS else pa.string()))
            for name in COLUMNS
        ]
    )


def arrow_table(facts: Iterable[Fact]) -> pyarrow.Table:
    """The facts as an Arrow table of `arrow_schema`: values exact decimals, labels dictionary-encoded."""
    import pyarrow as pa

    schema = arrow_schema()
    columns = list(zip(*facts, strict=True)) or [() for _ in COLUMNS]
    arrays = []
    for field, values in zip(schema, columns, strict=True):
        if pa.types.is_dictionary(field.type):
            arrays.append(pa.array(values, pa.string()).dictionary_encode().cast(field.type))
        else:
            arrays.append(pa.array(values, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


@contextmanager
def parquet_sink(path: Path) -> Iterator[Sink]:
    import pyarrow.parquet as pq  # optional: only a Parquet run needs it

    batch: list[Fact] = []
    with replacing(path) as handle, pq.ParquetWriter(handle, arrow_schema()) as writer:

        def add(fact: Fact) -> None:
            batch.append(fact)
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(arrow_table(batch))
                batch.clear()

        yield add
        writer.write_table(arrow_table(batch))


# Each output format: its file name and the sink that writes facts to it.
WRITERS: dict[str, tuple[str, Callable[[Path], AbstractContextManager[Sink]]]] = {
    "csv": ("quantities.csv", csv_sink),
    "jsonl": ("quantities.jsonl", jsonl_sink),
    "parquet": ("quantities.parquet", parquet_sink),
}


def write_facts(facts: Iterable[Fact], output: Path, formats: Iterable[str] = ("csv",)) -> None:
    """Write the facts to `output` in each format, in one pass; each file replaces the
    previous one only once complete, and none does when the facts fail."""
    with ExitStack() as files:
        sinks = [files.enter_context(WRITERS[name][1](output / WRITERS[name][0])) for name in formats]
        for fact in facts:
            for sink in sinks:
                sink(fact)


def write_text(text: str, path: Path) -> None:
    with replacing(path, "utf-8") as handle:
        handle.write(text)
