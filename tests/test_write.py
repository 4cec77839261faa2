"""Writing facts: values exact until formatted, one CSV row per fact in the columns of
ANNOTATION §2, a file replaced only when complete."""

import csv
import json
import os
import stat
from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from extract.fact import COLUMNS, Fact
from extract.write import WRITERS, as_row, format_decimal, text_fields, write_facts

FACT = Fact(
    "doc", 14, 18, "37亿元", "money", Decimal("37") * Decimal("1E8"), None, "CNY", "=",
    "rd_spending", "total", "南康区", "2021", "actual", "2021年,全区研发经费投入37亿元。", "number_with_unit",
)  # fmt: skip


@pytest.mark.parametrize(
    "value,text",
    [("1E+8", "100000000"), ("85.230", "85.23"), ("-2.30", "-2.3"), ("33.33", "33.33"), ("0.00", "0"), (None, "")],
)
def test_format_decimal(value, text):
    assert format_decimal(Decimal(value) if value is not None else None) == text


def test_a_fact_is_a_row_of_the_guides_columns_then_sentence_and_rule():
    assert COLUMNS[:14] == (
        "doc_id", "start", "end", "mention", "kind", "value", "value_max", "unit", "approx",
        "indicator", "measure", "subject", "period", "modality",
    )  # fmt: skip
    assert COLUMNS[14:] == ("sentence", "rule")
    row = as_row(FACT)
    assert (row["start"], row["value"], row["value_max"], row["subject"]) == ("14", "3700000000", "", "南康区")


def test_csv_is_utf8_with_a_bom_and_crlf_rows(tmp_path):
    path = tmp_path / "quantities.csv"
    write_facts([FACT, FACT._replace(start=30, end=34)], tmp_path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc_id,start,end,mention,")
    assert data.count(b"\r\n") == 3
    assert "doc,14,18,37亿元,money,3700000000,,CNY,=,rd_spending" in data.decode("utf-8-sig")


def test_a_failed_write_leaves_the_previous_file(tmp_path):
    path = tmp_path / "quantities.csv"
    path.write_text("previous", encoding="utf-8")

    def failing():
        yield FACT
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_facts(failing(), tmp_path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["quantities.csv"]


def test_writers_are_chosen_from_a_table():
    assert {name: file_name for name, (file_name, _) in WRITERS.items()} == {
        "csv": "quantities.csv",
        "jsonl": "quantities.jsonl",
        "parquet": "quantities.parquet",
    }


FACTS = [
    FACT,
    FACT._replace(start=30, end=35, mention="三分之一", kind="percent", value=Decimal("33.33"), unit="%"),
    FACT._replace(start=40, end=47, mention="百万分之二", kind="percent", value=Decimal("0.0002"), unit="%"),
    FACT._replace(start=50, end=58, value=Decimal("3E8"), value_max=Decimal("5E8"), approx="range", subject=""),
    FACT._replace(start=60, end=64, value=Decimal("-19.4"), kind="percent", unit="%", mention="-19.4%"),
]


def read_back(output):
    """The facts of each format, read back as the user reads them, as text rows."""
    with (output / "quantities.csv").open(encoding="utf-8-sig", newline="") as handle:
        from_csv = [tuple(row) for row in list(csv.reader(handle))[1:]]
    with (output / "quantities.jsonl").open(encoding="utf-8") as handle:
        lines = [json.loads(line, parse_float=Decimal) for line in handle]
    from_jsonl = [
        text_fields(
            Fact(
                **{
                    **line,
                    "value": Decimal(line["value"]),
                    "value_max": line["value_max"] and Decimal(line["value_max"]),
                }
            )
        )
        for line in lines
    ]
    table = pq.read_table(output / "quantities.parquet").to_pylist()
    from_parquet = [text_fields(Fact(**row)) for row in table]
    return from_csv, from_jsonl, from_parquet


def test_every_format_holds_the_same_rows_in_the_same_order(tmp_path):
    write_facts(iter(FACTS), tmp_path, ("csv", "jsonl", "parquet"))
    from_csv, from_jsonl, from_parquet = read_back(tmp_path)
    assert from_csv == from_jsonl == from_parquet == [text_fields(fact) for fact in FACTS]


def test_jsonl_values_are_exact_json_numbers(tmp_path):
    write_facts(iter(FACTS), tmp_path, ("jsonl",))
    lines = (tmp_path / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    assert '"value": 3700000000, "value_max": null' in lines[0]
    assert '"value": 0.0002,' in lines[2]
    assert json.loads(lines[3])["start"] == 50


def test_parquet_is_read_by_pandas_polars_and_duckdb_with_decimal_values(tmp_path):
    import duckdb
    import pandas as pd
    import polars as pl

    write_facts(iter(FACTS), tmp_path, ("parquet",))
    path = tmp_path / "quantities.parquet"
    schema = pq.read_schema(path)
    assert str(schema.field("value").type) == "decimal128(38, 18)"
    assert str(schema.field("indicator").type) == "dictionary<values=string, indices=int32, ordered=0>"
    frame = pd.read_parquet(path)
    assert frame["value"].tolist()[:3] == [Decimal("3700000000"), Decimal("33.33"), Decimal("0.0002")]
    assert pl.read_parquet(path)["value_max"].to_list()[3] == Decimal("500000000")
    [(total,)] = duckdb.connect().execute(f"select sum(value) from '{path}' where unit = '%'").fetchall()
    assert total == Decimal("33.33") + Decimal("0.0002") - Decimal("19.4")


def test_parquet_of_no_facts_has_the_columns(tmp_path):
    write_facts(iter([]), tmp_path, ("parquet",))
    assert pq.read_schema(tmp_path / "quantities.parquet").names == list(COLUMNS)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_the_file_mode_follows_the_umask(tmp_path, umask):
    previous = os.umask(umask)
    try:
        write_facts([FACT], tmp_path)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "quantities.csv").stat().st_mode) == 0o666 & ~umask
