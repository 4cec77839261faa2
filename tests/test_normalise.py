from decimal import Decimal

import pytest

from extract.find import candidates
from extract.normalise import normalise, normalised, parse_number


@pytest.mark.parametrize(
    "text,value,value_max,approx",
    [
        ("357", "357", None, "="),
        ("16.4亿", "1640000000", None, "="),  # exact: a float would give 1639999999.9999998
        ("5.55亿", "555000000", None, "="),
        ("1,795", "1795", None, "="),
        ("１２.５万", "125000", None, "="),
        ("3.2\n\n亿", "320000000", None, "="),
        ("两", "2", None, "="),
        ("十", "10", None, "="),
        ("十二", "12", None, "="),
        ("二十", "20", None, "="),
        ("一百零五", "105", None, "="),
        ("一千二百零五", "1205", None, "="),
        ("三千万", "30000000", None, "="),
        ("一亿三千万", "130000000", None, "="),
        ("一千万亿", "1000000000000000", None, "="),
        ("万亿", "1000000000000", None, "="),
        ("千万", "10000000", None, "="),
        ("二〇二二", "2022", None, "="),
        ("三四十", "30", "40", "range"),
        ("五六", "5", "6", "range"),
        ("两三百", "200", "300", "range"),
        ("十几", "10", None, ">"),
        ("几十", "10", None, ">"),
        ("数十亿", "1000000000", None, ">"),
        ("上百", "100", None, "~"),
    ],
)
def test_parse_number(rules, text, value, value_max, approx):
    number = parse_number(text, rules)
    assert number is not None
    assert number.value == Decimal(value)
    assert number.value_max == (Decimal(value_max) if value_max else None)
    assert number.approx == approx


@pytest.mark.parametrize("text", ["", "几", "3A"])
def test_parse_number_gives_nothing_without_a_value(rules, text):
    assert parse_number(text, rules) is None


@pytest.mark.parametrize(
    "text,value,value_max,unit,approx",
    [
        ("投资3至5亿元", "300000000", "500000000", "元", "range"),
        ("事故起数下降30%以上", "-30", None, "%", "<="),
        ("人均可支配收入达4.2万元", "42000", None, "元", "="),
        ("人均10.5万元", "105000", None, "元/人", "="),
        ("按15元/平米·月的标准给予租金补贴", "15", None, "元/平方米·月", "="),
        ("猪肉平均价格为23.45元/公斤", "23450", None, "元/吨", "="),  # a denominator in base units scales the value
        ("居民用气价格为每立方米2.63元", "2.63", None, "元/立方米", "="),  # a unit of measure before the price
        ("小麦收购价为每斤1.35元", "2700", None, "元/吨", "="),
        ("92号汽油每升上调0.59元", "0.59", None, "元/升", "="),  # fuel by the litre, across the verb of the change
        ("给予每标箱最高800元的物流补贴", "800", None, "元/标箱", "<="),  # per a thing counted, as written
        ("国际油价涨至每桶96美元", "96", None, "USD/桶", "="),
        ("百公里油耗8升", "8", None, "升", "="),
        ("台币3千元", "3000", None, "TWD", "="),
        ("占全区企业的三分之一", "33.33", None, "%", "="),
        ("不良率为1.5‰", "0.15", None, "%", "="),
        ("新增变电容量1.62亿千伏安", "162000000", None, "千伏安", "="),  # power, not an amount of money
        ("带来了超过全省35%的出口额", "35", None, "%", ">"),
    ],
)
def test_normalise_a_candidate(rules, text, value, value_max, unit, approx):
    [candidate] = [c for c, _ in normalised(candidates(text, rules), rules)]
    quantity = normalise(candidate, rules)
    assert quantity is not None
    assert (quantity.value, quantity.value_max) == (Decimal(value), Decimal(value_max) if value_max else None)
    assert (quantity.unit, quantity.approx) == (unit, approx)


def test_a_list_of_prices_shares_the_unit_of_measure_written_before_it(rules):
    found = normalised(candidates("汽、柴油价格每吨分别提高750元和720元", rules), rules)
    assert [(c.mention, normalise(c, rules).unit) for c, _ in found] == [("750元", "元/吨"), ("720元", "元/吨")]


@pytest.mark.parametrize(
    "text, mentions",
    [
        ("材料工程、化学工程两个一级学科进入全国前十", ["前十"]),
        ("江西赣州和福建三明两个地级市增幅领先", []),
        ("把湖州和丽水两个城市放在一起比较", []),
        ("生物医药、电子信息、现代纺织、绿色食品4个产业", []),
        ("培育软件、芯片、装备等5个产业", ["5个"]),
        ("新增企业和机构2家。", ["2家"]),
        ("新增企业和机构20家企业", ["20家"]),
    ],
)
def test_a_count_of_the_items_just_listed_refers_back(rules, text, mentions):
    assert [c.mention for c, _ in normalised(candidates(text, rules), rules)] == mentions


@pytest.mark.parametrize(
    "text",
    ["南康区新认定云栖众创空间、启航科技园2家区级众创空间", "通过农商行、赣州银行、建行、中行4家合作银行累计放贷"],
)
def test_a_count_of_a_verbs_listed_objects_is_a_fact(rules, text):
    assert len(normalised(candidates(text, rules), rules)) == 1


@pytest.mark.parametrize(
    ("text", "mention", "approx"),
    [
        ("今年共签约10亿元。", "10亿元", "="),  # 签约: signed, no `约` of about
        ("国庆节约386万人次到访景区。", "约386万人次", "~"),  # 节 of 国庆节, no 节约
        ("投资约10亿元。", "约10亿元", "~"),
    ],
)
def test_a_prefix_that_ends_a_word_is_none(extract_text, text, mention, approx):
    [row] = extract_text(text)
    assert (row["mention"], row["approx"]) == (mention, approx)
