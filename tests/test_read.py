"""Real corpora: encodings, bad files, text variants, nothing lost."""

import csv
import io
import shutil
from pathlib import Path

import pytest

from extract import pipeline
from extract.cli import main
from extract.read import Article, decode, read_articles

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_5438cf05bdde2a97.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def run_cli(corpus: Path, output: Path, *options: str) -> int:
    return main([str(corpus), "-o", str(output), "--quiet", *options])


def rows_of(output: Path) -> bytes:
    return (output / "quantities.csv").read_bytes()


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "meta.csv").write_text("doc_id,date,title,source\nseed,2022-12,,\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def utf8_rows(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("utf8")
    (folder / "seed.txt").write_bytes(SEED_TEXT.encode("utf-8"))
    (folder / "meta.csv").write_text("doc_id,date,title,source\nseed,2022-12,,\n", encoding="utf-8")
    assert run_cli(folder, folder / "out") == 0
    return rows_of(folder / "out")


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(lambda t: t.encode("gb18030"), id="gb18030"),
        pytest.param(lambda t: t.encode("gbk"), id="gbk"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
    ],
)
def test_every_encoding_gives_byte_identical_rows(corpus, utf8_rows, encoded):
    (corpus / "seed.txt").write_bytes(encoded(SEED_TEXT))
    assert run_cli(corpus, corpus / "out") == 0
    assert rows_of(corpus / "out") == utf8_rows


def test_windows_line_endings_give_the_same_figures(corpus, utf8_rows):
    (corpus / "seed.txt").write_bytes(SEED_TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert run_cli(corpus, corpus / "out") == 0
    text = (corpus / "seed.txt").read_bytes().decode("utf-8")
    fields = ("value", "unit", "approx", "indicator", "measure", "subject", "period", "modality")

    def figures(data: bytes) -> list[tuple[str, ...]]:
        return [tuple(row[f] for f in fields) for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))]

    crlf = rows_of(corpus / "out")
    assert figures(crlf) == figures(utf8_rows)
    for row in csv.DictReader(io.StringIO(crlf.decode("utf-8-sig"))):
        assert text[int(row["start"]) : int(row["end"])] == row["mention"]


def test_a_forced_encoding_is_used(corpus, utf8_rows):
    (corpus / "seed.txt").write_bytes(SEED_TEXT.encode("gb18030"))
    assert run_cli(corpus, corpus / "out", "--encoding", "gb18030") == 0
    assert rows_of(corpus / "out") == utf8_rows


def test_saved_text_is_what_the_offsets_index(corpus):
    (corpus / "seed.txt").write_bytes(SEED_TEXT.encode("gb18030"))
    assert run_cli(corpus, corpus / "out", "--save-text") == 0
    saved = (corpus / "out" / "texts" / "seed.txt").read_text(encoding="utf-8")
    assert saved == SEED_TEXT


def test_short_gb18030_text_is_not_mistaken_for_utf16():
    assert decode("研发投入总量达52亿元".encode("gb18030")) == "研发投入总量达52亿元"


def test_traditional_characters_are_read_with_offsets_on_the_original(extract_text):
    text = "2021年,江北區研發投入總量達52億元,居全市第二。"
    rows = extract_text(text)
    assert [row["mention"] for row in rows] == ["52億元", "第二"]
    first = rows[0]
    assert text[int(first["start"]) : int(first["end"])] == "52億元"
    assert (first["value"], first["indicator"], first["subject"]) == ("5200000000", "rd_spending", "江北区")


def test_html_remnants_do_not_shift_offsets(extract_text):
    text = "<p>全区累计建成孵化载体35&nbsp;家,面积22万平方米。</p>"
    rows = extract_text(text)
    assert [row["mention"] for row in rows] == ["35&nbsp;家", "22万平方米"]
    assert [text[int(r["start"]) : int(r["end"])] for r in rows] == [r["mention"] for r in rows]


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty file, skipped"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), skipped"),
        ("noise.txt", bytes(range(128, 256)) * 8, "not text in UTF-8, UTF-16, GB18030 or Big5, skipped"),
    ],
)
def test_a_bad_article_is_named_and_skipped(corpus, capsys, name, content, message):
    shutil.copy(SEED, corpus / "seed.txt")
    (corpus / name).write_bytes(content)
    assert main([str(corpus), "-o", str(corpus / "out")]) == 1
    err = capsys.readouterr().err
    assert f"extract: {corpus / name}: {message}\n" in err
    assert "1 articles read, 1 problems" in err
    assert b"seed," in rows_of(corpus / "out")


def test_an_unreadable_article_is_named_and_skipped(corpus, capsys, monkeypatch):
    shutil.copy(SEED, corpus / "seed.txt")
    (corpus / "locked.txt").write_text("锁定", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert main([str(corpus), "-o", str(corpus / "out")]) == 1
    assert f"extract: {corpus / 'locked.txt'}: cannot read (Permission denied), skipped\n" in capsys.readouterr().err


def test_a_folder_without_articles(tmp_path, capsys):
    assert main([str(tmp_path), "-o", str(tmp_path / "out")]) == 1
    assert f"extract: {tmp_path}: no .txt articles\n" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_malformed_meta_row_is_named_and_ignored(corpus, capsys):
    shutil.copy(SEED, corpus / "seed.txt")
    (corpus / "meta.csv").write_text("doc_id,date,title,source\nseed,December,,\nother,2022,a,b,c\n", encoding="utf-8")
    assert main([str(corpus), "-o", str(corpus / "out")]) == 1
    err = capsys.readouterr().err
    meta = corpus / "meta.csv"
    assert f"extract: {meta}: line 2: date 'December' is not YYYY, YYYY-MM or YYYY-MM-DD; row ignored\n" in err
    assert f"extract: {meta}: line 3: more fields than columns; row ignored\n" in err
    assert b"seed," in rows_of(corpus / "out")


def test_one_file_can_be_given(corpus):
    shutil.copy(SEED, corpus / "seed.txt")
    assert run_cli(corpus / "seed.txt", corpus / "out") == 0
    assert rows_of(corpus / "out").count(b"\nseed,") > 30


def test_an_interrupted_run_leaves_the_previous_output_intact(corpus, monkeypatch):
    shutil.copy(SEED, corpus / "a.txt")
    shutil.copy(SEED, corpus / "b.txt")
    output = corpus / "out"
    assert run_cli(corpus, output) == 0
    before = rows_of(output)
    real_facts = pipeline.article_facts

    def facts_then_interrupt(article, rules):
        if article.doc_id == "b":
            raise KeyboardInterrupt
        return real_facts(article, rules)

    monkeypatch.setattr(pipeline, "article_facts", facts_then_interrupt)
    assert run_cli(corpus, output, "--jobs", "1") == 130
    assert rows_of(output) == before
    assert sorted(p.name for p in output.iterdir()) == ["quantities.csv"]


def test_an_article_that_fails_does_not_sink_the_run(corpus, capsys, monkeypatch):
    shutil.copy(SEED, corpus / "a.txt")
    shutil.copy(SEED, corpus / "b.txt")
    real_facts = pipeline.article_facts

    def failing(article, rules):
        if article.doc_id == "a":
            raise ValueError("boom")
        return real_facts(article, rules)

    monkeypatch.setattr(pipeline, "article_facts", failing)
    assert main([str(corpus), "-o", str(corpus / "out"), "--jobs", "1"]) == 1
    assert f"extract: {corpus / 'a.txt'}: failed: ValueError('boom'); article skipped\n" in capsys.readouterr().err
    assert b"\nb," in rows_of(corpus / "out")


def test_output_does_not_depend_on_the_order_files_are_listed(corpus, monkeypatch):
    for name in ("c", "a", "b"):
        shutil.copy(SEED, corpus / f"{name}.txt")
    assert run_cli(corpus, corpus / "one") == 0
    real_glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, pattern: reversed(list(real_glob(self, pattern))))
    assert run_cli(corpus, corpus / "two") == 0
    assert rows_of(corpus / "one") == rows_of(corpus / "two")


def test_a_long_article_is_read_in_chunks_with_the_same_rows(rules, monkeypatch):
    text = (SEED_TEXT + "\n") * 3
    whole = list(pipeline.article_facts(Article("long", text, "2022-12"), rules))
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    monkeypatch.setattr(pipeline.chunks, "__defaults__", (2000,))
    chunked = list(pipeline.article_facts(Article("long", text, "2022-12"), rules))
    assert [(f.start, f.mention, f.value) for f in chunked] == [(f.start, f.mention, f.value) for f in whole]


def test_articles_are_read_lazily(tmp_path):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text("新增企业3家。", encoding="utf-8")
    articles = read_articles(tmp_path, [])
    assert next(articles).doc_id == "0"
