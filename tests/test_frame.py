"""The article's frame: its own district, city and province, found from the regions and
self-references it names, or given by meta.csv's `region`."""

import pytest

from extract.frame import Frame, article_frame, home_region
from extract.read import Article

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


def test_article_frame_holds_the_home_region(rules):
    article = Article("a", "北碚区科技局介绍,全区新增高新技术企业32家。", "2022-12")
    frame = article_frame(article, rules)
    assert isinstance(frame, Frame)
    assert frame == Frame(BEIBEI)
    assert article_frame(Article("a", "新增企业20家。"), rules) == Frame({})
