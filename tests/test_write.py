"""Writing facts: values exact until formatted, one CSV row per fact in the columns of
ANNOTATION §2, a file replaced only when complete."""

import os
import stat
from decimal import Decimal

import pytest

from extract.fact import COLUMNS, Fact
from extract.write import WRITERS, as_row, format_decimal, write_csv

FACT = Fact(
    "doc", 15, 19, "52亿元", "money", Decimal("52") * Decimal("1E8"), None, "CNY", "=",
    "rd_spending", "total", "江北区", "2021", "actual", "2021年,全区研发投入总量达52亿元。", "number_with_unit",
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
    assert (row["start"], row["value"], row["value_max"], row["subject"]) == ("15", "5200000000", "", "江北区")


def test_csv_is_utf8_with_a_bom_and_crlf_rows(tmp_path):
    path = tmp_path / "quantities.csv"
    write_csv([FACT, FACT._replace(start=30, end=34)], path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc_id,start,end,mention,")
    assert data.count(b"\r\n") == 3
    assert "doc,15,19,52亿元,money,5200000000,,CNY,=,rd_spending" in data.decode("utf-8-sig")


def test_a_failed_write_leaves_the_previous_file(tmp_path):
    path = tmp_path / "quantities.csv"
    path.write_text("previous", encoding="utf-8")

    def failing():
        yield FACT
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(failing(), path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["quantities.csv"]


def test_writers_are_chosen_from_a_table():
    file_name, write = WRITERS["csv"]
    assert (file_name, write) == ("quantities.csv", write_csv)


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_the_file_mode_follows_the_umask(tmp_path, umask):
    previous = os.umask(umask)
    try:
        write_csv([FACT], tmp_path / "quantities.csv")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "quantities.csv").stat().st_mode) == 0o666 & ~umask
