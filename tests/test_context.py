"""Pins the context attribution reads around a figure (context.py): its clause and
sentence as `rules/segments.yaml` bounds them, and whether it stands alone on its line."""

import pytest

from extract.context import Context
from extract.segment import sentence_starts


def context_of(text, mention, rules):
    start = text.index(mention)
    starts = sentence_starts(text, rules.segments)
    return Context.of(text, start, start + len(mention), starts, rules.segments.clause_break)


@pytest.mark.parametrize(
    "text, mention, clause_left, clause_right, sentence_left, sentence_right",
    [
        (
            "2020年,全县新增高新技术企业47家,同比增长13.7%。下一句。",
            "47家",
            "全县新增高新技术企业",
            "",
            "2020年,全县新增高新技术企业",
            ",同比增长13.7%。",
        ),
        (
            "累计帮助248家省级专精特新企业获得贷款,金额4.3亿元。",
            "248家",
            "累计帮助",
            "省级专精特新企业获得贷款",
            "累计帮助",
            "省级专精特新企业获得贷款,金额4.3亿元。",
        ),
        ("研发投入强度达4.2%——居全省第三。", "4.2%", "研发投入强度达", "", "研发投入强度达", "——居全省第三。"),
        ("重点任务：引进企业30家以上", "30家以上", "引进企业", "", "重点任务：引进企业", ""),
        ("全区新增企业20家;营收增长10%。", "10%", "营收增长", "", "全区新增企业20家;营收增长", "。"),
        ("他说:“今年营收达5亿元。”随后离开。", "5亿元", "“今年营收达", "", "他说:“今年营收达", "。”"),
        ("全区新增企业20家\n营收增长10%", "10%", "营收增长", "", "营收增长", ""),
    ],
)
def test_clauses_and_sentences_end_at_the_breaks_of_segments_yaml(
    text, mention, clause_left, clause_right, sentence_left, sentence_right, rules
):
    context = context_of(text, mention, rules)
    assert context.mention == mention
    assert (context.clause_left, context.clause_right) == (clause_left, clause_right)
    assert (context.sentence_left, context.sentence_right) == (sentence_left, sentence_right)


def test_a_layout_break_in_a_long_line_stays_inside_the_sentence(rules):
    text = "尽管被认定为赣州市重点新型研发机构的这家单位成立还不满一年\n\n但已主导制定了4项行业标准。"
    context = context_of(text, "4项", rules)
    assert context.sentence == text
    assert context.clause_left == text[: text.index("4项")]


def test_a_figure_over_a_line_break_spans_both_sentences(rules):
    text = "数读\n\n48\n\n家\n\n科技服务平台"
    context = context_of(text, "48\n\n家", rules)
    assert any(context.start < start < context.end for start in sentence_starts(text, rules.segments))
    assert (context.sentence_start, context.clause_start) == (context.start, context.start)
    assert context.sentence == "48\n\n家"
    assert context.alone_on_line


@pytest.mark.parametrize(
    "text, mention, alone",
    [
        ("  **48家**  \n科技服务平台", "48家", True),
        ("\t48家", "48家", True),
        ("48家\n科技服务平台", "48家", True),
        ("全区企业48家\n下一段", "48家", False),
        ("区内共有企业\n\n48家。", "48家", False),
        ("（48家）", "48家", False),
    ],
)
def test_alone_on_line_allows_only_blanks_and_emphasis_around_the_figure(text, mention, alone, rules):
    assert context_of(text, mention, rules).alone_on_line is alone
