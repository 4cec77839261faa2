"""Attribution behaviours that span several figures or the whole article."""

import pytest

from extract.frame import article_frame
from extract.read import Article


def fields(rows, mention):
    return next(row for row in rows if row["mention"] == mention)


def test_a_restatement_takes_its_statements_approx_and_fields(extract_text):
    rows = extract_text(
        "2020年渝北区地区生产总值突破2000亿元。\n\n近日,记者深入渝北区,探访2000亿元GDP背后的创新故事。", "2021-03"
    )
    first, second = rows
    assert (first["approx"], first["period"]) == (">", "2020")
    assert (second["approx"], second["period"], second["indicator"]) == (">", "2020", "gdp")


def test_a_different_fact_with_the_same_amount_is_no_restatement(extract_text):
    rows = extract_text("每年整合不低于3亿元财政资金。\n\n2017年,市科技局与渝北区政府共同设立3亿元担保基金。", "2021")
    assert [(row["approx"], row["indicator"]) for row in rows] == [(">=", "subsidy"), ("=", "fund")]


def test_the_same_amount_written_otherwise_is_no_restatement(extract_text):
    rows = extract_text("甲厂已建成年产3万余台的生产线。乙厂项目建成后,预计年产30000台。", "2021")
    assert [(row["mention"], row["approx"], row["modality"]) for row in rows] == [
        ("3万余台", ">", "actual"),
        ("30000台", "=", "target"),
    ]


@pytest.mark.parametrize(("date", "modality"), [("2011-03-01", "actual"), ("2009-03-01", "target")])
def test_an_expectation_for_a_year_already_ended_is_what_happened(extract_text, date, modality):
    rows = extract_text("全省苹果种植面积将由2007年的727万亩发展到2010年的902万亩。", date)
    assert [row["modality"] for row in rows if row["mention"] == "902万亩"] == [modality]


def test_a_sidebar_headline_takes_its_caption(extract_text):
    text = "数读\n\n35\n\n家\n\n创新载体建设\n\n截至2022年9月末,江北区累计建成各级孵化载体35家。"
    headline, caption = extract_text(text)
    assert headline["mention"] == "35\n\n家"
    for field in ("indicator", "measure", "subject", "period", "modality"):
        assert headline[field] == caption[field]
    assert (caption["indicator"], caption["period"]) == ("incubators", "2022-09")


def test_home_region_is_disambiguated_by_the_city_named(rules):
    home = _home(Article("a", "重庆市江北区科技局介绍,全区新增企业20家。江北区将继续努力。"), rules)
    assert home == {"district": "江北区", "city": "重庆市", "province": "重庆市"}


def test_a_development_zone_named_most_is_the_articles_own_area(rules):
    text = "2023年,合肥高新区实现地区生产总值1450亿元。全区拥有高新技术企业2156家。合肥高新区将继续努力。"
    home = _home(Article("a", text), rules)
    assert home["district"] == "合肥高新区"
    assert home["city"] == "合肥市"


def test_meta_region_overrides_the_text(rules):
    home = _home(Article("a", "江北区新增企业20家。", region="渝北区"), rules)
    assert home["district"] == "渝北区"


def _home(article, rules):
    return {level: name for level, name in article_frame(article, rules).home.items() if level != "country"}
