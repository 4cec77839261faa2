"""Pins the segmentation the finder relies on: sentences end at 。！？ and at
paragraph breaks; the sentences that hold a figure are cut by jieba, their
words split so that mentions are spans."""

import pytest
from spacy import displacy

from extract.find import candidates
from extract.normalise import normalised
from extract.pipeline import article_docs
from extract.read import Article
from extract.segment import (
    cut,
    first_line_title,
    make_doc,
    matching_view,
    sentence_docs,
    sentence_starts,
    split_words,
)


def test_jieba_words_are_split_at_mention_boundaries(rules):
    text = "累计帮助248家市级科技型企业获得科技信用贷款4.3亿元"
    assert cut(text)[:4] == ["累计", "帮助", "248", "家"]
    [doc] = article_docs(Article("example", text, "2022-12"), rules)
    assert doc.text == text
    assert [token.text for token in doc][:5] == ["累计", "帮助", "248", "家", "市级"]
    assert [(span.text, span.label_) for span in doc.spans["quantities"]] == [
        ("248家", "financed_firms"),
        ("4.3亿元", "loan"),
    ]
    html = displacy.render(doc, style="span", options={"spans_key": "quantities"})
    assert "248" in html and "financed_firms" in html


def test_only_sentences_with_figures_are_segmented(rules):
    text = "南康区是赣州的中心城区之一。\n\n全区共有高新技术企业248家,同比增长13.7%。\n\n区内环境优美。"
    [doc] = article_docs(Article("example", text, "2022-12"), rules)
    assert doc.text == "全区共有高新技术企业248家,同比增长13.7%。"
    assert [span.text for span in doc.spans["quantities"]] == ["248家", "13.7%"]


def test_split_words_cuts_inside_words_only_where_asked():
    assert split_words(["三四十家", "企业"], [0, 4]) == ["三四十家", "企业"]
    assert split_words(["第三四十家"], [1, 5]) == ["第", "三四十家"]
    assert split_words(["ab", "cdef"], [3, 1]) == ["a", "b", "c", "def"]


def test_a_mention_split_by_a_line_break_is_one_span(rules):
    text = "35\n\n家\n\n创新载体建设"
    assert [text[c.start : c.end] for c in [c for c, _ in normalised(candidates(text, rules), rules)]] == ["35\n\n家"]
    [doc] = sentence_docs(text, sentence_starts(text, rules.segments), [(0, 5, "figure")])
    assert doc.text == "35\n\n家\n"
    assert [span.text for span in doc.spans["quantities"]] == ["35\n\n家"]


def test_sentences_end_at_final_punctuation_and_paragraphs(rules):
    text = "他说:“好。”然后走了!第二段\n第三段"
    starts = sentence_starts(text, rules.segments)
    assert [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)] == [
        "他说:“好。”",
        "然后走了!",
        "第二段\n",
        "第三段",
    ]
    doc = make_doc(cut(text), starts)
    assert [s.text for s in doc.sents] == ["他说:“好。”", "然后走了!", "第二段\n", "第三段"]


def test_a_layout_break_inside_a_long_sentence_does_not_end_it(rules):
    text = "尽管被认定为赣州市重点新型研发机构的这家单位成立还不满一年\n\n但已主导制定了4项行业标准。"
    assert sentence_starts(text, rules.segments) == [0, len(text)]


def test_a_tables_row_ends_its_sentence_however_long(rules):
    rows = ["工业企业营业收入:1286.4亿元,增长6.2%\n", "限额以上批发零售业销售额:412.9亿元,增长3.8%\n"]
    text = "".join(rows) + "“今年以来,我们稳住了工业基本盘。”局长说。"
    starts = sentence_starts(text, rules.segments)
    assert [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)][:2] == rows
    speech = (
        "星河公司董事长说:2023年公司营收12亿元,今年1-9月营收已达\n16.2亿元,较上年同期多出三成。"  # no row: a layout cut
    )
    assert sentence_starts(speech, rules.segments) == [0, len(speech)]


def test_the_articles_title_written_as_its_first_line_ends_there(rules):
    title = "星河港务集团前10个月集装箱吞吐量突破2000万标箱"
    text = f"{title}\n\n1至10月,集团完成集装箱吞吐量2018.6万标准箱。"
    assert sentence_starts(text, rules.segments) == [0, len(text)]  # a long line: a layout cut, were it no title
    starts = sentence_starts(text, rules.segments, title)
    sentences = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    assert [sentence for sentence in sentences if sentence] == [title, text[len(title) :].strip()]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "\n星河港务集团前10个月集装箱吞吐量增长9%\n\n1至10月,集团完成集装箱吞吐量2018.6万标准箱。",
            "星河港务集团前10个月集装箱吞吐量增长9%",
        ),
        ("全县茶园面积60万亩,2022年茶叶产量8.2万吨", ""),  # a text of one line has no title
        ("一、地区生产总值\n全年地区生产总值1200亿元。", ""),  # a numbered heading is no title
        ("1至10月,集团完成集装箱吞吐量2018.6万标准箱。\n其中10月份213.4万标准箱。", ""),  # a sentence
    ],
)
def test_the_first_line_stands_for_a_title_meta_csv_does_not_give(rules, text, title):
    assert first_line_title(text, rules.segments) == title


def test_the_rules_read_a_view_of_the_same_length():
    text = "研發投入&nbsp;ＵＳ＄７，增長１，６８４家"
    view = matching_view(text)
    assert len(view) == len(text)
    assert view == "研发投入      US$７，增长１，６８４家"  # full-width digits and commas stay
