import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from extract.cli import main
from extract.fact import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("output")
    assert main([str(CORPUS), "-o", str(output), "--quiet"]) == 0
    return output


def test_output_opens_in_excel_and_pandas(seed_output):
    path = seed_output / "quantities.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads it as UTF-8
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) > 300
    keys = list(zip(frame["doc_id"], frame["start"].astype(int), strict=True))
    assert keys == sorted(keys)


def test_offsets_index_the_original_text(seed_output):
    texts = {path.stem: path.read_text(encoding="utf-8") for path in CORPUS.glob("*.txt")}
    with (seed_output / "quantities.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            assert texts[row["doc_id"]][int(row["start"]) : int(row["end"])] == row["mention"]
            assert row["rule"]


def test_seed_corpus_meets_the_quality_floors(seed_output, capsys):
    status = main(
        [
            "evaluate",
            "--gold",
            str(CORPUS / "gold"),
            "--predicted",
            str(seed_output / "quantities.csv"),
            "--floors",
            str(ROOT / "floors.yaml"),
        ]
    )
    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert "mention" in printed.out
    assert (seed_output / "metrics.json").exists()


def test_evaluate_fails_below_a_floor(seed_output, tmp_path, capsys):
    floors = tmp_path / "floors.yaml"
    floors.write_text("mention.f1: 1.01\n", encoding="utf-8")
    status = main(
        [
            "evaluate",
            "--gold",
            str(CORPUS / "gold"),
            "--predicted",
            str(seed_output / "quantities.csv"),
            "--floors",
            str(floors),
        ]
    )
    assert status == 1
    assert "below floor: mention.f1" in capsys.readouterr().err


def test_a_bad_article_is_reported_and_the_others_still_written(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "000_5438cf05bdde2a97.txt", corpus / "good.txt")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text")
    status = main([str(corpus), "-o", str(tmp_path / "out")])
    assert status == 1
    err = capsys.readouterr().err
    assert f"extract: {corpus / 'broken.txt'}: not valid UTF-16 despite its byte-order mark, skipped\n" in err
    frame = pd.read_csv(tmp_path / "out" / "quantities.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert set(frame["doc_id"]) == {"good"}
    assert len(frame) > 30


def test_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere"), "-o", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"extract: {tmp_path / 'nowhere'}: no such file or folder\n"


def test_help_explains_the_output(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "quantities.csv" in capsys.readouterr().out


def test_a_broken_pattern_in_a_users_rule_file_is_named(tmp_path, capsys):
    rules = tmp_path / "my_rules"
    rules.mkdir()
    (rules / "cues.yaml").write_text(
        "modality:\n  - name: my_cue\n    modality: target\n    left: '(?:力争'\n    examples: []\n", encoding="utf-8"
    )
    assert main([str(CORPUS), "-o", str(tmp_path / "out"), "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("extract: bad rules: cues.yaml/modality/my_cue: bad pattern:")
    assert not (tmp_path / "out").exists()
