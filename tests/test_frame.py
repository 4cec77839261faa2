"""The article's frame: whose article it is (its own region, zone or organisation, from its
title, what it names most and its self-references, or meta.csv's `region`), and the times,
modality and currency its title, lead and headings set."""

import pytest

from extract.frame import article_frame
from extract.read import Article
from extract.segment import matching_view


def home_region(article: Article, rules) -> dict[str, str]:
    """The article's own regions below the country."""
    frame = article_frame(
        Article(article.doc_id, matching_view(article.text), article.date, article.title, article.region), rules
    )
    return {level: name for level, name in frame.home.items() if level != "country"}


def frame_of(text: str, rules, date: str = "2022-12", title: str = ""):
    return article_frame(Article("a", matching_view(text), date, matching_view(title)), rules)


BEIBEI = {"district": "北碚区", "city": "重庆市", "province": "重庆市"}
JIANGBEI_CHONGQING = {"district": "江北区", "city": "重庆市", "province": "重庆市"}
JIANGBEI_NINGBO = {"district": "江北区", "city": "宁波市", "province": "浙江省"}
YUBEI = {"district": "渝北区", "city": "重庆市", "province": "重庆市"}
CHONGQING = {"city": "重庆市", "province": "重庆市"}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("北碚区科技局介绍,北碚区新增企业20家,绵阳市新增企业15家。北碚区研发投入增长10%。", BEIBEI),
        ("北碚区科技局介绍,北碚新增企业20家,北碚研发投入增长10%。渝北区、江北区、渝北区企业也来北碚考察。", BEIBEI),
        ("渝北区新增企业20家,渝北区研发投入增长10%。全区高企达到600家,重庆市北碚区也有增长。", YUBEI),
        ("四川省绵阳市新增企业20家,绵阳市研发投入增长10%。", {"city": "绵阳市", "province": "四川省"}),
    ],
)
def test_the_region_named_most_is_home(rules, text, home):
    assert home_region(Article("a", text), rules) == home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("重庆市江北区科技局介绍,全区新增企业20家。江北区将继续努力。", JIANGBEI_CHONGQING),
        ("宁波市江北区科技局介绍,全区新增企业20家。江北区将继续努力。", JIANGBEI_NINGBO),
        ("浙江省江北区新增企业20家。江北区将继续努力。", JIANGBEI_NINGBO),
        (
            "长春市朝阳区新增企业20家。朝阳区研发投入增长10%。",
            {"district": "朝阳区", "city": "长春市", "province": "吉林省"},
        ),
    ],
)
def test_the_city_or_province_named_tells_which_district_is_meant(rules, text, home):
    assert home_region(Article("a", text), rules) == home


def test_the_title_counts_too(rules):
    home = home_region(Article("a", "全区新增企业20家。", title="北碚区科技创新成果丰硕"), rules)
    assert home == BEIBEI


def test_whole_city_outnumbering_whole_district_drops_the_district(rules):
    text = "2022年,重庆市江北区新增企业20家。全市新增企业300家,全市高新技术企业增长20%。"
    assert home_region(Article("a", text), rules) == CHONGQING


def test_a_development_zone_named_more_than_any_district_is_the_district(rules):
    text = (
        "2022年,綦江高新区实现产值300亿元,全区新增高新技术企业30家。綦江高新区管委会表示,璧山区企业也在綦江高新区落户。"
    )
    assert home_region(Article("a", text), rules) == {"district": "綦江高新区", "city": "重庆市", "province": "重庆市"}


def test_a_district_named_more_than_the_zone_stays_the_district(rules):
    text = "綦江区科技局介绍,綦江区新增企业20家,綦江区研发投入增长10%。綦江高新区实现产值300亿元。"
    assert home_region(Article("a", text), rules)["district"] == "綦江区"


@pytest.mark.parametrize(
    ("text", "region", "home"),
    [
        ("江北区新增企业20家。江北区研发投入增长10%。", "渝北区", YUBEI),
        ("江北区新增企业20家。全市新增企业300家,全市高企增长。", "渝北区", YUBEI),
        ("北碚区新增企业20家,全区高企增长。", "重庆市", CHONGQING),
    ],
)
def test_meta_region_overrides_the_text(rules, text, region, home):
    assert home_region(Article("a", text, region=region), rules) == home


@pytest.mark.parametrize(
    ("title", "text", "own"),
    [
        (
            "看点:贵州2021年共投入研究与试验发展经费180.4亿元",
            "贵阳市投入87.3亿元,遵义市投入22.4亿元,全省增长11.5%。",
            "贵州省",
        ),
        ("苹果2011中国营收38亿美元", "苹果公司昨天发布财报,中国成为苹果全球业绩最耀眼的区域之一。", "苹果公司"),
        ("苏州高新区投资120亿开展20个重点项目", "高新区重点工业项目开工,苏州市领导出席。", "苏州高新区"),
        (
            "高新区科技创新局获评先进集体",
            "来源:平顶山日报。截至2022年底,高新区拥有高新技术企业82家,占比全市25.8%。",
            "平顶山高新区",
        ),
        ("4月工业增加值增长6.5%", "4月份,全国规模以上工业增加值同比增长6.5%,全国固定资产投资增长8.9%。", "中国"),
        ("", "財政司司長公布預算案。香港經濟增長放緩,香港政府預計盈餘168億元。", "香港特别行政区"),
        ("台灣推五倍券每人領台幣5千元", "台灣行政院今推出方案。", "台湾"),
    ],
)
def test_whose_article_it_is(rules, title, text, own):
    assert frame_of(text, rules, title=title).own == own


def test_times_of_the_title_the_lead_headings_and_the_date_line(rules):
    text = "绥德县统计公报\n(2023年3月31日)\n一、2022年工作回顾\n全县生产总值增长5.2%。"
    frame = frame_of(text, rules, "2023-03-31", title="绥德县2022年国民经济和社会发展统计公报")
    assert frame.title_time is not None and frame.title_time.period == "2022"
    assert frame.issued is not None and frame.issued.period == "2023-03-31"
    assert [section.period for section in frame.sections] == ["2022"]
    lead = frame_of(
        "五倍券\n台灣行政院今（9日）推出振興五倍券方案，與去年三倍券最大不同，就是民眾不必自付費用，就可直接領取台幣5千元的五倍券。",
        rules,
        "2021-09-09",
    )
    assert lead.title_time is not None and lead.title_time.period == "2021-09-09"


def test_a_policy_documents_title_and_a_regions_currency(rules):
    assert (
        frame_of("第 1 条 设立引导资金1亿元。", rules, title="关于支持重点产业加快发展的实施意见").modality == "policy"
    )
    assert frame_of("新增企业20家。", rules, title="北碚区新闻").modality == ""
    assert frame_of("香港政府盈餘168億元。香港經濟增長。", rules).currency == "HKD"
    assert frame_of("北碚区新增企业20家。", rules).currency == "CNY"
