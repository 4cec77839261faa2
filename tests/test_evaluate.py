import pandas as pd

from extract.evaluate import below_floors, evaluate, match, read_gold, scorecard
from extract.report import scorecard_text

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
)


def row(start, end, **fields):
    base = dict.fromkeys(COLUMNS, "")
    base.update(
        doc_id="d",
        start=str(start),
        end=str(end),
        mention="x" * (end - start),
        kind="count",
        value="5",
        unit="家",
        approx="=",
        indicator="enterprises",
        measure="total",
        subject="章贡区",
        period="2022",
        modality="actual",
    )
    base.update(fields)
    return base


def test_greatest_overlap_is_matched_first():
    gold = [row(0, 4), row(4, 6)]
    predicted = [row(2, 5), row(0, 3)]
    pairs = match(gold, predicted)
    assert {(p.gold["start"], p.predicted["start"]) for p in pairs} == {("0", "0"), ("4", "2")}


def test_each_row_matches_once_and_other_documents_do_not_match():
    gold = [row(0, 4)]
    predicted = [row(0, 4), row(1, 3), row(0, 4, doc_id="other")]
    assert len(match(gold, predicted)) == 1


def test_figures():
    gold = [row(0, 4), row(10, 14, subject="赣州市;南康区"), row(20, 24)]
    predicted = [
        row(0, 4),
        row(10, 13, subject="南康区;赣州市"),  # overlap, not exact; subjects compare as sets
        row(30, 34),  # false alarm
        row(0, 4, doc_id="unscored"),  # an article without gold is not scored
    ]
    metrics = evaluate(gold, predicted)
    assert metrics["matched"] == 2
    assert metrics["mention"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert metrics["exact_span"]["precision"] == 0.3333
    assert metrics["accuracy"]["subject"] == 1.0
    assert metrics["record"]["recall"] == 0.6667


def test_value_accuracy_needs_value_max_unit_and_approx():
    gold = [row(0, 4, value="30", value_max="40", approx="range")]
    assert evaluate(gold, [row(0, 4, value="30.0", value_max="40", approx="range")])["accuracy"]["value"] == 1.0
    assert evaluate(gold, [row(0, 4, value="30", approx="range")])["accuracy"]["value"] == 0.0


def test_floors():
    metrics = {"mention": {"f1": 0.95}, "per_indicator": {"loan": {"f1": 0.5}}}
    assert below_floors(metrics, {"mention.f1": 0.9}) == []
    assert below_floors(metrics, {"mention.f1": 0.98, "per_indicator.loan.f1": 0.4, "record.f1": 0.1}) == [
        "mention.f1: 0.95 < 0.98",
        "record.f1: no such figure",
    ]


def test_a_scorecard_has_the_whole_each_set_each_document_and_the_lowest(tmp_path):
    for name, rows in {"seeds": [row(0, 4)], "dev": [row(0, 4, doc_id="e"), row(10, 14, doc_id="e")]}.items():
        (tmp_path / name).mkdir()
        pd.DataFrame(rows).to_csv(tmp_path / name / f"{name}.csv", index=False)
    gold_sets = read_gold(tmp_path)
    assert sorted(gold_sets) == ["dev", "seeds"]
    predicted = [row(0, 4), row(0, 4, doc_id="e", subject="南康区")]
    card = scorecard(gold_sets, predicted)
    assert card["gold"] == 3
    assert card["sets"]["seeds"]["record"]["f1"] == 1.0
    assert card["sets"]["dev"]["mention"]["recall"] == 0.5
    assert card["per_document"]["e"]["accuracy"]["subject"] == 0.0
    assert card["document_min"]["accuracy"]["subject"] == 0.0
    assert card["document_min"]["mention"]["f1"] == card["per_document"]["e"]["mention"]["f1"]
    assert below_floors(card, {"sets.seeds.record.f1": 1.0, "document_min.record.f1": 0.5}) == [
        "document_min.record.f1: 0.0 < 0.5"
    ]
    text = scorecard_text(card)
    assert "seeds" in text and "document" in text and "\ne " in text
