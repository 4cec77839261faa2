"""Every example of every rule file is a test: the text must give exactly the
records listed, with the values listed (Duckling's corpus-as-test-suite)."""

from decimal import Decimal

import pytest

from extract.loader import examples, named_rules, read_rule_files

RAW = read_rule_files().yaml
EXAMPLES = examples(RAW)


def _same(field: str, expected: object, actual: str) -> bool:
    if field in ("value", "value_max") and expected not in (None, ""):
        return Decimal(str(expected)) == Decimal(actual)
    return str(expected if expected is not None else "") == actual


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.file}/{e.rule}/{e.text[:20]}" for e in EXAMPLES])
def test_example(example, extract_text):
    rows = extract_text(example.text, example.date, title=example.title)
    found = [row["mention"] for row in rows]
    assert found == [str(record["mention"]) for record in example.gives], f"mentions in {example.text!r}"
    for record, row in zip(example.gives, rows, strict=True):
        for field, expected in record.items():
            assert _same(field, expected, row[field]), f"{record['mention']!r} {field}: {row[field]!r}"


@pytest.mark.parametrize("file,rule", [(f, e["name"]) for f, e in named_rules(RAW)])
def test_every_rule_has_examples(file, rule):
    entry = next(e for f, e in named_rules(RAW) if f == file and e["name"] == rule)
    assert entry.get("examples"), f"{file}.yaml: rule {rule!r} has no examples"


def test_every_mention_rule_is_shown_finding_something():
    for _, entry in named_rules({"mentions": RAW["mentions"]}):
        assert any(e.get("gives") for e in entry["examples"]), entry["name"]
