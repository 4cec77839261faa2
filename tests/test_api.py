"""The Python API as a notebook meets it (its docstring examples run too, as doctests)."""

from decimal import Decimal

import extract
from extract import extract_folder, extract_text, to_dataframe


def test_the_region_given_is_the_subject_of_unnamed_figures():
    [fact] = extract_text("全区高新技术企业达248家。", date="2022", region="南康区")
    assert (fact.value, fact.subject, fact.period) == (Decimal("248"), "南康区", "2022")


def test_a_folder_gives_facts_and_reports_what_it_cannot_read(tmp_path):
    (tmp_path / "a.txt").write_text("新增企业3家。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\x00\x00")
    problems = []
    facts = list(extract_folder(tmp_path, problems))
    assert [(f.doc_id, f.mention) for f in facts] == [("a", "3家")]
    assert [str(p) for p in problems] == [f"{tmp_path / 'b.txt'}: binary file (NUL bytes), skipped"]


def test_a_dataframe_has_exact_values_and_typed_columns():
    frame = to_dataframe(extract_text("投资3至5亿元,增长百分之三十点二。", date="2022"))
    assert list(frame["value"]) == [Decimal("300000000"), Decimal("30.2")]
    assert list(frame["value_max"]) == [Decimal("500000000"), None]
    assert (str(frame["end"].dtype), str(frame["unit"].dtype)) == ("int64", "category")


def test_the_package_names_its_api_without_importing_the_pipeline():
    assert extract.__all__ == ["extract_folder", "extract_text", "to_dataframe"]
    assert "extract_text(" in extract.__doc__
