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
            "2021年,全区新增高新技术企业83家,同比增长16.9%。下一句。",
            "83家",
            "全区新增高新技术企业",
            "",
            "2021年,全区新增高新技术企业",
            ",同比增长16.9%。",
        ),
        (
            "累计帮助357家市级科技型企业获得贷款,金额5.6亿元。",
            "357家",
            "累计帮助",
            "市级科技型企业获得贷款",
            "累计帮助",
            "市级科技型企业获得贷款,金额5.6亿元。",
        ),
        ("研发投入强度达3.5%——居全市第二。", "3.5%", "研发投入强度达", "", "研发投入强度达", "——居全市第二。"),
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
    text = "虽然被认定为重庆市新型高端研发机构的这家单位成立还不到一年\n\n但已牵头制定了3项国际标准。"
    context = context_of(text, "3项", rules)
    assert context.sentence == text
    assert context.clause_left == text[: text.index("3项")]


def test_a_figure_over_a_line_break_spans_both_sentences(rules):
    text = "数读\n\n35\n\n家\n\n创新载体建设"
    context = context_of(text, "35\n\n家", rules)
    assert any(context.start < start < context.end for start in sentence_starts(text, rules.segments))
    assert (context.sentence_start, context.clause_start) == (context.start, context.start)
    assert context.sentence == "35\n\n家"
    assert context.alone_on_line


@pytest.mark.parametrize(
    "text, mention, alone",
    [
        ("  **35家**  \n创新载体", "35家", True),
        ("\t35家", "35家", True),
        ("35家\n创新载体", "35家", True),
        ("全区企业35家\n下一段", "35家", False),
        ("区内共有企业\n\n35家。", "35家", False),
        ("（35家）", "35家", False),
    ],
)
def test_alone_on_line_allows_only_blanks_and_emphasis_around_the_figure(text, mention, alone, rules):
    assert context_of(text, mention, rules).alone_on_line is alone
