"""The review pages, as their reader meets them: opened in headless Chromium, every figure
highlighted at its offsets in the rendered text, misses and false alarms marked."""

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract.cli import main
from extract.review import Mark, marks_of, pieces

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def row(start, end, **fields):
    base = {"doc_id": "a", "start": str(start), "end": str(end), "mention": "x", "value": "1", "kind": "count"}
    base.update({name: "" for name in ("value_max", "unit", "approx", "measure", "subject", "period", "modality")})
    return {**base, "indicator": "enterprises", **fields}


def test_figures_get_their_verdicts_against_gold():
    predicted = [row(0, 2), row(5, 7, indicator="other"), row(10, 12)]
    gold = [row(0, 2), row(5, 7), row(20, 22)]
    assert [(m.start, m.status, m.differing) for m in marks_of(predicted, gold)] == [
        (0, "right", ()),
        (5, "differs", ("indicator",)),
        (10, "false_alarm", ()),
        (20, "miss", ()),
    ]
    assert [m.status for m in marks_of(predicted, None)] == ["unscored"] * 3


def test_a_mark_over_an_earlier_one_stays_out_of_the_text():
    text = "新增企业35家和3家"
    marks = [Mark(row(4, 7), "right"), Mark(row(5, 7), "miss"), Mark(row(8, 10), "right")]
    assert [(piece, mark and mark.start) for piece, mark in pieces(text, marks)] == [
        ("新增企业", None), ("35家", 4), ("和", None), ("3家", 8), ("", None),
    ]  # fmt: skip


class Marks(HTMLParser):
    """The marks of a rendered page, with the offsets the page itself measured in the browser."""

    def __init__(self):
        super().__init__()
        self.marks, self.offsets = [], None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "mark":
            self.marks.append(attributes)
        if tag == "body":
            self.offsets = attributes.get("data-offsets")


def rendered(page: Path) -> Marks:
    assert CHROMIUM, (
        "the review test needs Chromium: apt-get install chromium fonts-noto-cjk (scripts/setup-tests.sh does)"
    )
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=3000", "--dump-dom"]
    dom = subprocess.run([*command, page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    parsed = Marks()
    parsed.feed(dom)
    return parsed


@pytest.fixture(scope="module")
def review_pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    assert main([str(CORPUS), "-o", str(folder), "--quiet"]) == 0
    assert (
        main(
            [
                "review",
                "--corpus",
                str(CORPUS),
                "--predicted",
                str(folder / "quantities.csv"),
                "-o",
                str(folder / "review"),
            ]
        )
        == 0
    )
    return folder


def test_every_predicted_row_is_highlighted_at_its_offsets_in_the_browser(review_pages):
    import pandas as pd

    rows = pd.read_csv(review_pages / "quantities.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for doc_id, predicted in rows.groupby("doc_id"):
        page = rendered(review_pages / "review" / "articles" / f"{doc_id}.html")
        assert page.offsets == "checked", doc_id
        shown = {(m["data-start"], m["data-end"]): m for m in page.marks}
        for start, end in zip(predicted["start"], predicted["end"], strict=True):
            mark = shown[(start, end)]
            assert (mark["data-rendered-start"], mark["data-rendered-end"]) == (start, end), doc_id
        assert {m["class"].split()[1] for m in page.marks} <= {"right", "differs", "false_alarm", "miss"}


def test_the_index_lists_every_article_with_its_scores(review_pages):
    index = (review_pages / "review" / "index.html").read_text(encoding="utf-8")
    assert index.count('href="articles/') == len(list(CORPUS.glob("*.txt")))
    assert re.search(r"d12_anhui_gdp_2021</a>.*?0\.9\d\d", index, re.S)


def test_windows_line_ends_keep_the_marks_at_their_offsets(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (CORPUS / "001_77ae7ee425a546ab.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    (corpus / "crlf.txt").write_bytes(text.encode("utf-8"))
    assert main([str(corpus), "-o", str(tmp_path / "out"), "--quiet"]) == 0
    assert (
        main(
            [
                "review",
                "--corpus",
                str(corpus),
                "--predicted",
                str(tmp_path / "out" / "quantities.csv"),
                "-o",
                str(tmp_path / "review"),
            ]
        )
        == 0
    )
    page = rendered(tmp_path / "review" / "articles" / "crlf.html")
    assert page.offsets == "checked" and len(page.marks) > 80
    assert all(m["data-rendered-start"] == m["data-start"] for m in page.marks)


def test_a_screenshot_of_a_page_is_saved_under_output(review_pages):
    assert CHROMIUM
    screenshot = ROOT / "output" / "review-d12_anhui_gdp_2021.png"
    screenshot.unlink(missing_ok=True)
    page = (review_pages / "review" / "articles" / "d12_anhui_gdp_2021.html").as_uri()
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1300,1500"]
    subprocess.run([*command, f"--screenshot={screenshot}", page], capture_output=True, timeout=120, check=True)
    assert screenshot.read_bytes().startswith(b"\x89PNG") and screenshot.stat().st_size > 50_000
