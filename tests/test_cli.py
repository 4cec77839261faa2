import csv
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pandas as pd
import psutil
import pytest

from extract import parallel, pipeline
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


def evaluate_against(seed_output, floors):
    gold, predicted = str(CORPUS / "gold"), str(seed_output / "quantities.csv")
    return main(["evaluate", "--gold", gold, "--predicted", predicted, "--floors", str(floors)])


def test_seed_corpus_meets_the_quality_floors(seed_output, capsys):
    status = evaluate_against(seed_output, ROOT / "floors.yaml")
    printed = capsys.readouterr()
    assert status == 0, printed.err
    assert "mention" in printed.out
    assert (seed_output / "metrics.json").exists()


def test_evaluate_fails_below_a_floor(seed_output, tmp_path, capsys):
    floors = tmp_path / "floors.yaml"
    floors.write_text("mention.f1: 1.01\n", encoding="utf-8")
    status = evaluate_against(seed_output, floors)
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


def one_line_usage_error(capsys, argv, *words):
    status = main(argv)
    err = capsys.readouterr().err
    assert (status, err.count("\n"), "Traceback" in err) == (2, 1, False), err
    assert err.startswith("extract") and all(word in err for word in words), err


def test_output_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path / "taken")], "is a file")
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path / "taken" / "out")], "is a file")


def test_an_unwritable_output_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # as root, permissions would not stop us
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path / "out")], "cannot write")


def test_an_unknown_encoding_is_said_once(tmp_path, capsys):
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path), "--encoding", "bogus"], "bogus")


@pytest.mark.parametrize("address", ["localhost", "tcp://", "http://host:8786/path"])
def test_a_malformed_scheduler_is_a_usage_error(tmp_path, capsys, monkeypatch, address):
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path), "--scheduler", address], address)
    monkeypatch.setenv("EXTRACT_SCHEDULER", address)
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path)], "EXTRACT_SCHEDULER")


def test_a_scheduler_without_dask_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as if not installed
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"], "pip install")


def test_an_unreachable_scheduler_is_an_error_in_seconds(tmp_path, capsys, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr(parallel, "SCHEDULER_TIMEOUT", "2s")
    started = time.monotonic()
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"], "127.0.0.1:9")
    assert time.monotonic() - started < 15


def test_a_run_that_extracts_nothing_keeps_the_previous_output(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "000_5438cf05bdde2a97.txt", corpus / "good.txt")
    assert main([str(corpus), "-o", str(tmp_path / "out"), "--quiet"]) == 0
    before = (tmp_path / "out" / "quantities.csv").read_bytes()
    (corpus / "good.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main([str(corpus), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "no article could be extracted" in err and "rows written" not in err
    assert (tmp_path / "out" / "quantities.csv").read_bytes() == before


def test_evaluating_a_file_that_is_no_output_is_a_usage_error(tmp_path, capsys):
    status = main(["evaluate", "--gold", str(CORPUS / "gold"), "--predicted", str(CORPUS / "meta.csv")])
    err = capsys.readouterr().err
    assert (status, err.count("\n")) == (2, 1)
    assert "not a quantities.csv of extract" in err


def test_a_reader_that_stops_early_gets_no_traceback(seed_output):
    command = (
        f"{sys.executable} -m extract evaluate --errors --gold {CORPUS / 'gold'} "
        f"--predicted {seed_output / 'quantities.csv'} --floors /dev/null | head -1"
    )
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=120)
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""
    assert result.returncode == 141


def test_jobs_are_capped_at_the_cores(tmp_path, monkeypatch):
    asked = {}

    def run(source, output, rule_dirs, encoding, save_text, jobs, *rest):
        asked["jobs"] = jobs
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "run", run)
    assert main([str(CORPUS), "-o", str(tmp_path), "--jobs", "99"]) == 130
    assert asked["jobs"] == (os.cpu_count() or 1)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("extract 0.")


def test_rows_come_in_doc_id_order(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for name in ("a-b.txt", "a.txt", "sub/c.TXT"):
        (corpus / name).write_text("新增企业3家。", encoding="utf-8")
    assert main([str(corpus), "-o", str(tmp_path / "out"), "--quiet"]) == 0
    frame = pd.read_csv(tmp_path / "out" / "quantities.csv", dtype=str, encoding="utf-8-sig")
    assert list(frame["doc_id"]) == ["a", "a-b", "sub/c"]


def _same_group(group: int) -> list[int]:
    found = []
    for process in psutil.process_iter(["pid"]):
        try:
            if os.getpgid(process.info["pid"]) == group and process.status() != psutil.STATUS_ZOMBIE:
                found.append(process.info["pid"])
        except (ProcessLookupError, psutil.Error):
            pass
    return found


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("big")
    for copy in range(16):
        for article in CORPUS.glob("*.txt"):
            shutil.copy(article, corpus / f"{copy}_{article.name}")
    return corpus


def test_ctrl_c_at_any_moment_ends_everything_in_seconds_and_keeps_the_output(big_corpus, tmp_path):
    output = tmp_path / "out"
    output.mkdir()
    previous = b"the previous output\r\n"
    (output / "quantities.csv").write_bytes(previous)
    # from 0.3 s on: a Ctrl-C while the interpreter itself starts (`import site`, the first tens
    # of milliseconds, more on a loaded machine) is Python's to handle, before any of extract runs
    delays = random.Random().sample([0.05 * step for step in range(6, 50)], 20)
    for delay in delays:
        process = subprocess.Popen(
            [sys.executable, "-m", "extract", str(big_corpus), "-o", str(output), "--jobs", "2"],
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, which Ctrl-C on a terminal signals as a whole
        )
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGINT)
        interrupted = time.monotonic()
        try:
            _, err = process.communicate(timeout=3)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"still running 3 s after Ctrl-C at {delay:.2f} s")
        assert time.monotonic() - interrupted < 3
        assert process.returncode == 130, (delay, err)
        assert b"Traceback" not in err and err.strip().count(b"\n") == 0, (delay, err)
        time.sleep(0.2)
        assert _same_group(process.pid) == [], f"processes left after Ctrl-C at {delay:.2f} s"
        assert (output / "quantities.csv").read_bytes() == previous
        assert [path.name for path in output.iterdir()] == ["quantities.csv"]


def test_text_without_sentence_ends_costs_what_text_with_them_does(tmp_path):
    seed = (CORPUS / "001_77ae7ee425a546ab.txt").read_text(encoding="utf-8")
    flattened = "".join(char for char in seed if char not in "。！？!?\n，,；;：:、")
    costs = {}
    for name, text in (("normal", seed), ("flat", flattened)):
        corpus = tmp_path / name
        corpus.mkdir()
        (corpus / "a.txt").write_text((text * (100_000 // len(text) + 1))[:100_000], encoding="utf-8")
        started = time.monotonic()
        assert main([str(corpus), "-o", str(tmp_path / f"{name}_out"), "--quiet", "--jobs", "1"]) == 0
        costs[name] = (time.monotonic() - started, (tmp_path / f"{name}_out" / "quantities.csv").stat().st_size)
    assert costs["flat"][0] < 3 * costs["normal"][0] + 1
    assert costs["flat"][1] < 4 * costs["normal"][1]


def test_meta_csv_as_the_source_is_a_usage_error(capsys):
    one_line_usage_error(capsys, [str(CORPUS / "meta.csv")], "meta.csv", "give the folder")


def test_every_format_at_once_gives_the_same_rows_and_the_same_csv(seed_output, tmp_path):
    import pyarrow.parquet as pq

    assert main([str(CORPUS), "-o", str(tmp_path), "--quiet", "--format", "csv,jsonl,parquet"]) == 0
    assert (tmp_path / "quantities.csv").read_bytes() == (seed_output / "quantities.csv").read_bytes()
    rows = pd.read_csv(tmp_path / "quantities.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    lines = pd.read_json(tmp_path / "quantities.jsonl", lines=True, dtype=False)
    table = pq.read_table(tmp_path / "quantities.parquet").to_pandas()
    assert len(rows) == len(lines) == len(table) > 1000
    for column in ("doc_id", "mention", "indicator", "subject", "period"):
        assert rows[column].tolist() == lines[column].tolist() == table[column].astype(str).tolist()
    assert [Decimal(v) for v in rows["value"]] == list(table["value"])


def test_an_unknown_format_is_a_usage_error(tmp_path, capsys):
    one_line_usage_error(capsys, [str(CORPUS), "-o", str(tmp_path), "--format", "csv,xlsx"], "xlsx", "parquet")
