"""Pins the segmentation the finder relies on: jieba's words are split so
that mentions are spans, sentences end at 。！？ and at paragraph breaks."""

from extract.find import find_quantities
from extract.segment import cut, make_doc, split_words


def test_jieba_words_are_split_at_mention_boundaries(rules):
    text = "累计帮助357家市级科技型企业获得知识价值信用贷款5.6亿元"
    assert cut(text)[:4] == ["累计", "帮助", "357", "家"]
    doc, found = find_quantities(text, cut(text), rules)
    assert [f.span.text for f in found] == ["357家", "5.6亿元"]
    assert [span.label_ for span in doc.spans["quantities"]] == ["number_with_unit", "number_with_unit"]
    assert doc.text == text


def test_split_words_cuts_inside_words_only_where_asked():
    assert split_words(["三四十家", "企业"], [0, 4]) == ["三四十家", "企业"]
    assert split_words(["第三四十家"], [1, 5]) == ["第", "三四十家"]
    assert split_words(["ab", "cdef"], [3, 1]) == ["a", "b", "c", "def"]


def test_a_mention_split_by_a_line_break_is_one_span(rules):
    text = "35\n\n家\n\n创新载体建设"
    _, found = find_quantities(text, cut(text), rules)
    assert [f.span.text for f in found] == ["35\n\n家"]


def test_sentences_end_at_final_punctuation_and_paragraphs():
    text = "他说:“好。”然后走了!第二段\n第三段"
    doc = make_doc(cut(text), text)
    assert [s.text for s in doc.sents] == ["他说:“好。”", "然后走了!", "第二段\n", "第三段"]


def test_a_layout_break_inside_a_long_sentence_does_not_end_it():
    text = "虽然被认定为重庆市新型高端研发机构的这家单位成立还不到一年\n\n但已牵头制定了3项国际标准。"
    doc = make_doc(cut(text), text)
    assert len(list(doc.sents)) == 1
