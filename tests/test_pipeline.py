"""The per-article function: facts of one article, in order, with offsets into the
original text; an article that fails is an outcome, not an exception."""

from decimal import Decimal
from pathlib import Path

import pytest

from extract import pipeline
from extract.pipeline import article_facts, chunks, extract_article
from extract.read import Article

TEXT = "2021年,全区研发经费投入37亿元,规模居全市第二。\n\n全区高新技术企业达248家,同比增长13.7%。"


def test_an_articles_facts_in_order(rules):
    facts = list(article_facts(Article("a", TEXT, "2022", region="南康区"), rules))
    assert [(f.mention, f.value, f.indicator, f.subject) for f in facts] == [
        ("37亿元", Decimal("3700000000"), "rd_spending", "南康区"),
        ("第二", Decimal("2"), "rd_spending", "南康区"),
        ("248家", Decimal("248"), "high_tech_enterprises", "南康区"),
        ("13.7%", Decimal("13.7"), "high_tech_enterprises", "南康区"),
    ]
    assert all(TEXT[f.start : f.end] == f.mention for f in facts)
    assert facts[2].sentence == "全区高新技术企业达248家,同比增长13.7%。"


def test_chunks_are_cut_at_paragraph_breaks(rules):
    text = "一段。\n" * 10
    pieces = list(chunks(text, rules, size=8))
    assert "".join(piece for _, piece in pieces) == text
    assert all(piece.endswith("\n") for _, piece in pieces)
    assert [offset for offset, _ in pieces] == list(range(0, len(text), 8))


@pytest.mark.parametrize("text", ["设立总规模4亿元的基金" * 40, "设立总规模4亿元的基金，" * 40])
def test_a_chunk_without_paragraphs_is_cut_where_no_figure_straddles(rules, text):
    pieces = [piece for _, piece in chunks(text, rules, size=50)]
    assert "".join(pieces) == text
    assert all(piece.count("2亿元") == piece.count("2") for piece in pieces)


def test_an_article_without_paragraphs_gives_the_same_figures_chunked(rules, monkeypatch):
    text = "各区设立总规模4亿元的基金并新增企业57家" * 200
    whole = [f.start for f in pipeline.article_facts(Article("a", text, "2022"), rules)]
    monkeypatch.setattr(pipeline.chunks, "__defaults__", (300,))
    assert [f.start for f in pipeline.article_facts(Article("a", text, "2022"), rules)] == whole
    assert len(whole) == 400


def test_an_article_that_fails_is_an_outcome(monkeypatch):
    def failing(article, rules):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "article_facts", failing)
    outcome = extract_article(Article("a", TEXT))
    assert (outcome.facts, outcome.error) == ([], "ValueError('boom')")


@pytest.mark.parametrize("seed", sorted((Path(__file__).parents[1] / "corpus").glob("00*.txt")), ids=lambda p: p.stem)
def test_windows_line_ends_give_the_same_rows(rules, seed):
    text = seed.read_text(encoding="utf-8")
    mixed = "".join(line + ("\r\n" if index % 2 else "\n") for index, line in enumerate(text.split("\n")))

    def rows(variant):
        facts = pipeline.article_facts(Article("a", variant, "2022-12"), rules)
        return [(f.mention.replace("\r", ""), f.value, f.indicator, f.subject, f.period, f.modality) for f in facts]

    assert rows(text.replace("\n", "\r\n")) == rows(text) == rows(mixed)


def test_an_organisation_is_named_as_written_and_a_region_in_simplified_characters(rules):
    text = "電子零組件廠宏碩精密工業股份有限公司8日公布10月合併營收為新台幣128.6億元。臺北市營收增長5%。"
    facts = list(article_facts(Article("a", text, "2024-11-09"), rules))
    assert [(f.mention, f.subject) for f in facts] == [("128.6億元", "宏碩精密工業股份有限公司"), ("5%", "台北市")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [  # named both ways: in full; its full name only in quotation marks (a former name): as written
        ("安平经济技术开发区位于县城东部。前三季度,安平经开区完成规上工业产值86亿元。", "安平经济技术开发区"),
        ("2000年成立“安平经济技术开发区”。前三季度,安平经开区完成规上工业产值86亿元。", "安平经开区"),
        ("2000年成立“河北安平经济技术开发区”。前三季度,安平经开区完成规上工业产值86亿元。", "安平经开区"),
        # a pilot zone of the country, its region in brackets
        ("中国（安平）自由贸易试验区位于县城东部。前三季度,安平自贸试验区产值86亿元。", "中国（安平）自由贸易试验区"),
        # ... and its pilot zone for cross-border e-commerce, by its short suffix
        (
            "中国（安平）跨境电子商务综合试验区位于县城东部。前三季度,安平综试区进出口额86亿元。",
            "中国（安平）跨境电子商务综合试验区",
        ),
    ],
)
def test_a_zone_named_in_full_is_written_in_full(rules, text, subject):
    facts = list(article_facts(Article("a", text, "2024-10-20", "安平经开区前三季度产值增长"), rules))
    assert [(f.mention, f.subject) for f in facts] == [("86亿元", subject)]


def test_a_zone_its_suffix_alone_names_is_written_as_the_text_names_it_in_full(rules):
    text = "宝鸡国际港务区今年前三季度外贸进出口增长12%。港务区新增入驻企业30家。"
    facts = list(article_facts(Article("a", text, "2024-10-20"), rules))
    assert [(f.mention, f.subject) for f in facts] == [("12%", "宝鸡国际港务区"), ("30家", "宝鸡国际港务区")]
