"""Real corpora: encodings, bad files, text variants, nothing lost."""

import csv
import io
import os
import shutil
from pathlib import Path

import pytest

from extract import pipeline
from extract.cli import main
from extract.read import Article, Problem, article_paths, decoded, read_articles, source_problem

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
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le"),
        pytest.param(lambda t: t.encode("utf-16-be"), id="utf-16-be"),
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
    assert decoded("研发经费投入37亿元".encode("gb18030")).text == "研发经费投入37亿元"


def test_traditional_characters_are_read_with_offsets_on_the_original(extract_text):
    text = "2021年,南康區研發經費投入37億元,規模居全市第二。"
    rows = extract_text(text)
    assert [row["mention"] for row in rows] == ["37億元", "第二"]
    first = rows[0]
    assert text[int(first["start"]) : int(first["end"])] == "37億元"
    assert (first["value"], first["indicator"], first["subject"]) == ("3700000000", "rd_spending", "南康区")


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
    assert "1 article read, 1 problem," in err
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
    real_scandir = os.scandir

    class ReversedListing:
        def __init__(self, path):
            with real_scandir(path) as entries:
                self.entries = iter(sorted(entries, key=lambda entry: entry.name, reverse=True))

        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            return None

        def __iter__(self):
            return self

        def __next__(self):
            return next(self.entries)

    monkeypatch.setattr(os, "scandir", ReversedListing)
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


def read(source: Path, encoding: str | None = None) -> tuple[list[Article], list[str]]:
    """The articles of `source` and its problems, each checked to be one line."""
    problems: list[Problem] = []
    articles = list(read_articles(source, problems, encoding))
    assert all("\n" not in str(problem) for problem in problems)
    return articles, [str(problem) for problem in problems]


def replaced(count: int, encoding: str, offset: int) -> str:
    sequences = "1 byte sequence" if count == 1 else f"{count} byte sequences"
    return f"{sequences} not valid {encoding} (first at byte offset {offset}), read with U+FFFD in their place"


@pytest.mark.parametrize("stray", [b"\xa0", b"\x96", b"\x93"])
def test_a_stray_byte_is_read_as_a_replacement_character_and_reported(tmp_path, stray):
    data = SEED_TEXT.encode("utf-8")
    cut = data.index("投入".encode())
    (tmp_path / "a.txt").write_bytes(data[:cut] + stray + data[cut:])
    articles, problems = read(tmp_path)
    chars = len(data[:cut].decode("utf-8"))
    assert [article.text for article in articles] == [SEED_TEXT[:chars] + "\ufffd" + SEED_TEXT[chars:]]
    assert problems == [f"{tmp_path / 'a.txt'}: {replaced(1, 'UTF-8', cut)}"]


def test_a_cut_last_character_is_read_as_a_replacement_character(tmp_path):
    data = (SEED_TEXT.rstrip() + "。").encode("utf-8")[:-1]
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + data)
    articles, problems = read(tmp_path)
    assert [article.text for article in articles] == [SEED_TEXT.rstrip() + "\ufffd"]
    assert problems == [f"{tmp_path / 'a.txt'}: {replaced(1, 'UTF-8', len(data) + 1)}"]


def test_offsets_index_the_text_read_with_replacement_characters(corpus, utf8_rows):
    data = SEED_TEXT.encode("utf-8")
    middle = data.index("。".encode()) + len("。".encode())
    (corpus / "seed.txt").write_bytes(data[:middle] + b"\x93\x94" + data[middle:])
    assert run_cli(corpus, corpus / "out", "--save-text") == 1
    saved = (corpus / "out" / "texts" / "seed.txt").read_text(encoding="utf-8")
    assert saved.count("\ufffd") == 2
    rows = list(csv.DictReader(io.StringIO(rows_of(corpus / "out").decode("utf-8-sig"))))
    assert len(rows) == utf8_rows.count(b"\nseed,")
    assert all(saved[int(row["start"]) : int(row["end"])] == row["mention"] for row in rows)


def test_many_bad_bytes_are_not_read_as_utf8(tmp_path):
    data = bytearray("新增企业3家,投资48亿元。".encode() * 4)
    for index in range(10):
        data.insert(index * 12, 0xA0)
    (tmp_path / "a.txt").write_bytes(bytes(data))
    articles, problems = read(tmp_path)
    assert articles == []
    assert problems == [f"{tmp_path / 'a.txt'}: not text in UTF-8, UTF-16, GB18030 or Big5, skipped"]


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("研发经费投入37亿元", "gb18030"),
        (SEED_TEXT, "gb18030"),
        ("南康區研發經費投入37億元,規模居全市第二。", "big5"),
        ("2021年, total 35 items 家", "big5"),
        ("你好", "big5"),
    ],
)
def test_legacy_encodings_are_not_mistaken_for_utf8_with_bad_bytes(text, encoding):
    assert decoded(text.encode(encoding)) == decoded(text.encode("utf-8"))


def test_a_forced_utf8_reads_bad_bytes_as_replacement_characters(tmp_path):
    (tmp_path / "a.txt").write_bytes("新增企业3家,".encode() + b"\xa0" + "投资48亿元。".encode())
    articles, problems = read(tmp_path, "utf-8")
    assert [article.text for article in articles] == ["新增企业3家,\ufffd投资48亿元。"]
    assert problems == [f"{tmp_path / 'a.txt'}: {replaced(1, 'utf-8', len('新增企业3家,'.encode()))}"]


def test_a_forced_legacy_encoding_reads_bad_bytes_as_replacement_characters(tmp_path):
    text = "新增企业3家,投资48亿元,同比增长12%。"
    (tmp_path / "a.txt").write_bytes(text.encode("gb18030") + b"\xff")
    articles, problems = read(tmp_path, "gb18030")
    assert [article.text for article in articles] == [text + "\ufffd"]
    assert problems == [f"{tmp_path / 'a.txt'}: {replaced(1, 'gb18030', len(text.encode('gb18030')))}"]


def test_a_forced_encoding_that_replaces_much_of_the_text_skips_the_article(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED_TEXT.encode("gb18030"))
    articles, problems = read(tmp_path, "utf-8")
    assert articles == []
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'a.txt'}: not valid utf-8 (")
    assert problems[0].endswith(" invalid byte sequences, the first at byte offset 2), skipped")


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [SEED_TEXT, "新增企业3家。\n", "Revenue grew 12% to 3.5 billion yuan.\n"])
def test_utf16_without_a_byte_order_mark_is_read(order, text):
    assert decoded(text.encode(order)).text == text


def make_files(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def test_articles_in_subfolders_are_read_in_doc_id_order(tmp_path):
    make_files(
        tmp_path,
        {
            "a-b.txt": "甲",
            "a.txt": "乙",
            "2022/jan/a.TXT": "丙",
            "2022/b.Txt": "丁",
            "2022/meta.csv": "doc_id,date\nb,2021\n",
            ".hidden/c.txt": "戊",
            "2022/.d.txt": "己",
            "notes.md": "庚",
            "meta.csv": "doc_id,date,title\n2022/jan/a,2022-01,一月\na-b,2020,\n",
        },
    )
    doc_ids = ["2022/b", "2022/jan/a", "a", "a-b"]
    assert [path.relative_to(tmp_path).as_posix() for path in article_paths(tmp_path)] == [
        "2022/b.Txt",
        "2022/jan/a.TXT",
        "a.txt",
        "a-b.txt",
    ]
    articles, problems = read(tmp_path)
    assert problems == []
    assert articles == [
        Article("2022/b", "丁"),
        Article("2022/jan/a", "丙", "2022-01", "一月"),
        Article("a", "乙"),
        Article("a-b", "甲", "2020"),
    ]
    assert [article.doc_id for article in articles] == doc_ids


def test_one_file_in_a_subfolder_takes_its_name_as_doc_id(tmp_path):
    make_files(tmp_path, {"2022/a.TXT": "丙", "2022/meta.csv": "doc_id,date\na,2022\n"})
    articles, problems = read(tmp_path / "2022" / "a.TXT")
    assert (articles, problems) == ([Article("a", "丙", "2022")], [])


def test_two_files_of_one_doc_id_keep_the_first(tmp_path):
    make_files(tmp_path, {"a.txt": "甲", "a.TXT": "乙"})
    articles, problems = read(tmp_path)
    assert articles == [Article("a", "乙")]
    assert problems == [f"{tmp_path / 'a.txt'}: same doc_id as a.TXT, skipped"]


def test_an_output_folder_inside_the_source_is_not_read(tmp_path):
    make_files(tmp_path, {"a.txt": "甲", "out/texts/a.txt": "甲"})
    problems: list[Problem] = []
    assert article_paths(tmp_path, problems, exclude=tmp_path / "out") == [tmp_path / "a.txt"]
    assert problems == []


def test_a_folder_without_articles_is_reported(tmp_path):
    make_files(tmp_path, {"notes.md": "甲", ".hidden.txt": "乙"})
    assert read(tmp_path) == ([], [f"{tmp_path}: no .txt articles"])


def test_meta_csv_given_as_the_source_is_not_an_article(tmp_path):
    make_files(tmp_path, {"a.txt": "甲", "meta.csv": "doc_id,date\na,2022\n"})
    message = "is not a .txt article: give the folder that holds it"
    assert source_problem(tmp_path / "meta.csv") == message
    assert article_paths(tmp_path / "meta.csv") == []
    assert read(tmp_path / "meta.csv") == ([], [f"{tmp_path / 'meta.csv'}: {message}"])


def test_a_source_that_is_not_there(tmp_path):
    assert source_problem(tmp_path / "nowhere") == "no such file or folder"
    assert read(tmp_path / "nowhere") == ([], [f"{tmp_path / 'nowhere'}: no such file or folder"])


def test_a_readable_source_has_no_problem(tmp_path):
    make_files(tmp_path, {"a.TXT": "甲"})
    assert source_problem(tmp_path) is None
    assert source_problem(tmp_path / "a.TXT") is None


@pytest.fixture
def locked(monkeypatch):
    """Folders that cannot be listed: the tests run as root, for whom chmod 000 locks nothing."""
    folders: list[Path] = []
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) in folders:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return folders


def test_a_folder_that_cannot_be_listed_is_reported_as_such(tmp_path, locked):
    make_files(tmp_path, {"a.txt": "甲"})
    locked.append(tmp_path)
    message = "cannot read folder (Permission denied)"
    assert source_problem(tmp_path) == message
    assert read(tmp_path) == ([], [f"{tmp_path}: {message}"])


def test_a_subfolder_that_cannot_be_listed_is_reported_and_the_rest_read(tmp_path, locked):
    make_files(tmp_path, {"a.txt": "甲", "locked/b.txt": "乙", "z/c.txt": "丙"})
    locked.append(tmp_path / "locked")
    articles, problems = read(tmp_path)
    assert [article.doc_id for article in articles] == ["a", "z/c"]
    assert problems == [f"{tmp_path / 'locked'}: cannot read folder (Permission denied)"]


def test_a_meta_row_whose_doc_id_came_before_is_reported_and_the_first_kept(tmp_path):
    make_files(tmp_path, {"x.txt": "甲", "meta.csv": "doc_id,date,title\nx,2021,first\n\ny,2020,\nx,2022,second\n"})
    articles, problems = read(tmp_path)
    assert articles == [Article("x", "甲", "2021", "first")]
    assert problems == [f"{tmp_path / 'meta.csv'}: line 5: doc_id 'x' again; the first row (line 2) is kept"]


@pytest.mark.parametrize("date", ["2022-13-45", "2022-02-30", "2022-13", "0000", "2021-00"])
def test_a_meta_date_that_is_not_a_real_date_is_reported_and_its_row_ignored(tmp_path, date):
    make_files(tmp_path, {"x.txt": "甲", "meta.csv": f"doc_id,date,title\nx,{date},t\n"})
    articles, problems = read(tmp_path)
    assert articles == [Article("x", "甲")]
    assert problems == [f"{tmp_path / 'meta.csv'}: line 2: date {date!r} is not a real date; row ignored"]


def test_real_meta_dates_are_kept(tmp_path):
    make_files(tmp_path, {"x.txt": "甲", "y.txt": "乙", "meta.csv": "doc_id,date\nx,2024-02-29\ny,2022-12\n"})
    articles, problems = read(tmp_path)
    assert ([article.date for article in articles], problems) == (["2024-02-29", "2022-12"], [])


def test_bad_bytes_in_meta_csv_are_reported_and_the_rest_read(tmp_path):
    make_files(tmp_path, {"x.txt": "甲"})
    (tmp_path / "meta.csv").write_bytes(b"doc_id,date,title\nx,2022," + b"\x96" + "章贡区科技创新".encode())
    articles, problems = read(tmp_path)
    assert articles == [Article("x", "甲", "2022", "\ufffd章贡区科技创新")]
    assert problems == [f"{tmp_path / 'meta.csv'}: {replaced(1, 'UTF-8', 25)}"]


def test_a_long_article_may_have_a_thousandth_of_its_bytes_bad(tmp_path):
    data = (SEED_TEXT * 3).encode()
    line_ends = [index for index, byte in enumerate(data) if byte == ord("\n")][:20]
    for index in reversed(line_ends):
        data = data[:index] + b"\x93" + data[index:]
    assert 8 < len(line_ends) <= len(data) / 1000
    (tmp_path / "a.txt").write_bytes(data)
    articles, problems = read(tmp_path)
    assert articles[0].text.count("\ufffd") == len(line_ends)
    assert problems == [f"{tmp_path / 'a.txt'}: {replaced(len(line_ends), 'UTF-8', line_ends[0])}"]
