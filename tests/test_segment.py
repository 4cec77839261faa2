"""Pins the segmentation the finder relies on: jieba's tokens are split so
that mentions are spans, sentences end at 。！？ and at line breaks."""

from extract.find import find_quantities
from extract.segment import split_sentences, tokenize


def test_jieba_tokens_are_split_at_mention_boundaries(rules):
    doc = tokenize("累计帮助357家市级科技型企业获得知识价值信用贷款5.6亿元")
    found = find_quantities(doc, rules)
    assert [f.span.text for f in found] == ["357家", "5.6亿元"]
    assert [span.label_ for span in doc.spans["quantities"]] == ["number_with_unit", "number_with_unit"]
    assert doc.text == "累计帮助357家市级科技型企业获得知识价值信用贷款5.6亿元"


def test_a_mention_split_by_a_line_break_is_one_span(rules):
    doc = tokenize("35\n\n家\n\n创新载体建设")
    assert [f.span.text for f in find_quantities(doc, rules)] == ["35\n\n家"]


def test_sentences_end_at_final_punctuation_and_line_breaks():
    doc = split_sentences(tokenize("他说:“好。”然后走了!第二段\n第三段"))
    assert [s.text for s in doc.sents] == ["他说:“好。”", "然后走了!", "第二段\n", "第三段"]
