"""Pins how mentions are found (find.py, ANNOTATION §1, §3) and how overlapping
spans and the paragraph around a span are cut (spans.py)."""

from dataclasses import dataclass

import pytest

from extract.find import candidates
from extract.spans import CONTEXT_CHARS, longest_first, paragraph_context


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    name: str


def mentions(text, rules):
    return [found.mention for found in longest_first(candidates(text, rules))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("引进项目、团队180余家(个)", ["180余家(个)"]),
        ("年销售额近亿元,签约订单超4亿元", ["近亿元", "超4亿元"]),
        ("全市科技型企业突破1万家以上", ["1万家以上"]),
        ("企业研发投入占比超过70%", ["70%"]),
        ("勞動人口由3 825 400人增至3 828 100人", ["3 825 400人", "3 828 100人"]),  # digits grouped by spaces
        ("2022 2023年增長5%", ["5%"]),  # not a year after a year
        ("公司拥有14项发明专利和38项实用新型专利", ["14项", "38项"]),
        ("同比增长13.7%和9.8%", ["13.7%", "9.8%"]),
        ("48\n\n家\n\n科技服务平台", ["48\n\n家"]),
        ("“‘科创贷’的300万元信用贷款帮我们渡过难关。”", ["300万元"]),
        ("全年研发投入总量达37亿元,居全省第三", ["37亿元", "第三"]),
        ("每年新增2—3家", ["2—3家"]),
        ("64支队伍、1500余名选手,来自大陆、港澳的游客", ["64支", "1500余名"]),  # capital digits ending words
        ("全年收入伍拾万元,投入伍仟万元", ["伍拾万元", "伍仟万元"]),  # but not a word before capital digits
    ],
)
def test_a_span_runs_from_the_numeral_or_its_prefix_to_the_unit_or_its_suffix(text, expected, rules):
    found = longest_first(candidates(text, rules))
    assert [c.mention for c in found] == expected
    assert all(text[c.start : c.end] == c.mention for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "2019年10月",
        "7月12日召开",
        "连续六年",
        "他今年45岁",
        "县第十五次党代会提出",
        "产业转型中,排在第一位的难题",
        "推出“科创36条”",
        "印发了《赣州市众创空间提质行动方案(2022—2026年)》",
        "是一家专业检测认证企业",
        "吸引多家企业",
        "主要从两个方面去破解",
        "按3:7出资比例",
        "审批时限压缩至3个月",
        "建成B2栋厂房",
        "跻身世界500强",
        # a region's name opening with a numeral and a unit
        "九台区法院执结案件",
        "七台河市、三门县、五家渠市",
    ],
)
def test_what_only_looks_like_a_quantity_is_no_mention(text, rules):
    assert mentions(text, rules) == []


@pytest.mark.parametrize(
    "text, inner, whole",
    [("每年新增2—3家", "3家", "2—3家"), ("单个项目补助300万-500万元", "500万元", "300万-500万元")],
)
def test_a_longer_candidate_swallows_the_one_inside_it(text, inner, whole, rules):
    assert sorted(c.mention for c in candidates(text, rules)) == sorted([inner, whole])
    assert mentions(text, rules) == [whole]


def test_a_candidate_carries_its_paragraph_around_it(rules):
    text = "上一段。\n安吉县新增企业20家,营收增长10%。\n下一段"
    first, second = longest_first(candidates(text, rules))
    assert (first.left, first.right) == ("安吉县新增企业", ",营收增长10%。")
    assert (second.left, second.right) == ("安吉县新增企业20家,营收增长", "。")


@pytest.mark.parametrize(
    "spans, kept",
    [
        ([Span(6, 8, "inner"), Span(4, 8, "range")], ["range"]),
        ([Span(2, 5, "later"), Span(0, 3, "earlier")], ["earlier"]),
        ([Span(2, 4, "second"), Span(0, 2, "first")], ["first", "second"]),
        ([Span(0, 3, "given first"), Span(0, 3, "given second")], ["given first"]),
        ([Span(5, 6, "c"), Span(0, 9, "outer"), Span(10, 12, "d")], ["outer", "d"]),
    ],
)
def test_longest_first_keeps_the_longer_then_the_earlier_span_in_order(spans, kept):
    assert [span.name for span in longest_first(spans)] == kept


def test_paragraph_context_stops_at_line_breaks_and_at_the_reach():
    text = "上一段\n营收增长10%,利润增长8%\n下一段"
    start = text.index("10%")
    assert paragraph_context(text, start, start + 3) == ("营收增长", ",利润增长8%")
    long = "甲" * 300 + "20家" + "乙" * 300
    left, right = paragraph_context(long, 300, 303)
    assert (left, right) == ("甲" * CONTEXT_CHARS, "乙" * CONTEXT_CHARS)
