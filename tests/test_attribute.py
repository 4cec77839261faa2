"""Attribution behaviours that span several figures or the whole article."""

import pytest

from extract.frame import article_frame
from extract.read import Article


def fields(rows, mention):
    return next(row for row in rows if row["mention"] == mention)


def test_a_restatement_takes_its_statements_approx_and_fields(extract_text):
    rows = extract_text(
        "2020年南康区地区生产总值突破800亿元。\n\n近日,记者走进南康区,探寻800亿元GDP背后的产业故事。", "2021-03"
    )
    first, second = rows
    assert (first["approx"], first["period"]) == (">", "2020")
    assert (second["approx"], second["period"], second["indicator"]) == (">", "2020", "gdp")


def test_a_different_fact_with_the_same_amount_is_no_restatement(extract_text):
    rows = extract_text("每年统筹不低于2亿元财政资金。\n\n2018年,市科技局与南康区政府共同设立2亿元担保基金。", "2021")
    assert [(row["approx"], row["indicator"]) for row in rows] == [(">=", "subsidy"), ("=", "fund")]


def test_the_same_amount_written_otherwise_is_no_restatement(extract_text):
    rows = extract_text("甲厂已建成年产3万余台的生产线。乙厂项目建成后,预计年产30000台。", "2021")
    assert [(row["mention"], row["approx"], row["modality"]) for row in rows] == [
        ("3万余台", ">", "actual"),
        ("30000台", "=", "target"),
    ]


@pytest.mark.parametrize(("date", "modality"), [("2012-03-01", "actual"), ("2010-03-01", "target")])
def test_an_expectation_for_a_year_already_ended_is_what_happened(extract_text, date, modality):
    rows = extract_text("全省脐橙种植面积将由2008年的186万亩发展到2011年的243万亩。", date)
    assert [row["modality"] for row in rows if row["mention"] == "243万亩"] == [modality]


def test_a_policy_document_tells_of_a_year_ended_as_what_happened(extract_text):
    text = "2023年,全市新能源产业实现产值5200亿元。对新认定的企业给予50万元奖励。"
    rows = extract_text(text, "2024-04-12", title="星河市支持新能源产业发展若干措施")
    assert [(row["mention"], row["period"], row["modality"]) for row in rows] == [
        ("5200亿元", "2023", "actual"),
        ("50万元", "", "policy"),
    ]


def test_a_sidebar_headline_takes_its_caption(extract_text):
    text = "数读\n\n48\n\n家\n\n孵化平台建设\n\n截至2021年11月末,南康区累计建成各类孵化载体48家。"
    headline, caption = extract_text(text)
    assert headline["mention"] == "48\n\n家"
    for field in ("indicator", "measure", "subject", "period", "modality"):
        assert headline[field] == caption[field]
    assert (caption["indicator"], caption["period"]) == ("incubators", "2021-11")


def test_home_region_is_disambiguated_by_the_city_named(rules):
    home = _home(Article("a", "南昌市西湖区科技局介绍,全区新增企业20家。西湖区将继续努力。"), rules)
    assert home == {"district": "西湖区", "city": "南昌市", "province": "江西省"}


def test_a_development_zone_named_most_is_the_articles_own_area(rules):
    text = "2022年,吉安高新区实现地区生产总值620亿元。全区拥有高新技术企业318家。吉安高新区将继续努力。"
    home = _home(Article("a", text), rules)
    assert home["district"] == "吉安高新区"
    assert home["city"] == "吉安市"


def test_meta_region_overrides_the_text(rules):
    home = _home(Article("a", "瑞金市新增企业20家。", region="南康区"), rules)
    assert home["district"] == "南康区"


def _home(article, rules):
    return {level: name for level, name in article_frame(article, rules).home.items() if level != "country"}


def test_a_title_figure_the_body_states_again_takes_the_bodys_fields(extract_text):
    text = "主计总处上修今年经济成长率至1.61%\n主计总处今日公布最新经济预测,上修今年经济成长率至1.61%。"
    title, body = extract_text(text, "2023-11-28", title="主计总处上修今年经济成长率至1.61%")
    for field in ("indicator", "measure", "subject", "period", "modality"):
        assert title[field] == body[field], field
    assert title["modality"] == "target"
    # and its approximation word, where the title leaves it out
    text = "星岚华东营收同比增4倍\n华东地区给星岚带来23亿美元营收,约是去年的4倍。"
    rows = extract_text(text, "2011-07-20", title="星岚华东营收同比增4倍")
    assert [(row["approx"], row["measure"]) for row in rows if row["unit"] == "倍"] == [("~", "growth_rate")] * 2


def test_a_threshold_the_title_says_a_figure_passed_takes_the_fields_of_the_figure_that_passed_it(extract_text):
    title = "丽水体育产业规模突破800亿元"
    text = f"{title}\n9月19日,丽水市发布体育产业年度报告。报告指出,2023年,丽水市体育产业规模达836.7亿元。"
    rows = extract_text(text, "2024-09-20", title=title)
    assert [(row["mention"], row["period"], row["approx"]) for row in rows] == [
        ("800亿元", "2023", ">"),
        ("836.7亿元", "2023", "="),
    ]
