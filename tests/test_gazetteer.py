"""The gazetteer: names found longest first, the short names districts and cities go by, and
development zones named by a place and a zone suffix."""

from collections import Counter

import pytest

from extract.gazetteer import Name, NameIndex

INDEX = NameIndex(["重庆", "重庆市", "市北", "北碚", "北碚区", "长江", "江北", "江北区"])


@pytest.mark.parametrize(
    ("text", "start", "end", "names"),
    [
        ("重庆市北碚区科技局", 0, None, ["重庆市", "北碚区"]),
        ("长江北区", 0, None, ["江北区"]),
        ("长江北岸", 0, None, ["长江"]),
        ("重庆市北碚区", 0, 5, ["重庆市", "北碚"]),
        ("重庆市北碚区", 1, None, ["北碚区"]),
        ("位于北碚的企业", 0, None, ["北碚"]),
    ],
)
def test_find_takes_the_longest_name_and_resolves_overlaps_longest_first(text, start, end, names):
    assert [name.text for name in INDEX.find(text, start, end)] == names


@pytest.mark.parametrize(
    ("stop", "start", "name"),
    [
        (6, 0, Name(3, 6, "北碚区")),
        (5, 0, Name(3, 5, "北碚")),
        (3, 0, Name(0, 3, "重庆市")),
        (3, 1, None),
        (6, 4, None),
        (4, 0, Name(2, 4, "市北")),
    ],
)
def test_ending_at_is_the_longest_name_ending_there_that_begins_after_start(stop, start, name):
    assert INDEX.ending_at("重庆市北碚区", stop, start) == name


def test_regions_in_a_sentence(rules):
    text = "2022年,重庆市北碚区与四川省绵阳市签约共建科技创新合作区。"
    assert [(name.text, text[name.start : name.end]) for name in rules.gazetteer.regions_in(text)] == [
        ("重庆市", "重庆市"),
        ("北碚区", "北碚区"),
        ("四川省", "四川省"),
        ("绵阳市", "绵阳市"),
    ]


@pytest.mark.parametrize(
    ("region", "short"),
    [
        ("北碚区", "北碚"),
        ("綦江区", "綦江"),
        ("绵阳市", "绵阳"),
        ("石柱土家族自治县", "石柱"),
        ("酉阳土家族苗族自治县", "酉阳"),
        ("黔南布依族苗族自治州", "黔南"),
        ("四川省", "四川"),
        ("广西壮族自治区", "广西"),
        ("香港特别行政区", "香港"),
        ("重庆市", "重庆"),
        ("泾县", None),
        ("台湾", None),
    ],
)
def test_short_names_keep_two_characters(rules, region, short):
    gazetteer = rules.gazetteer
    assert gazetteer.short_of.get(region) == short
    if short:
        assert region in gazetteer.short_names[short]


def test_a_district_name_may_stand_in_several_cities(rules):
    options = rules.gazetteer.regions["江北区"]
    assert {(region.level, region.city, region.province) for region in options} == {
        ("district", "重庆市", "重庆市"),
        ("district", "宁波市", "浙江省"),
    }


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("2023年,合肥高新区实现地区生产总值1450亿元,合肥高新区高企达到2156家。", {"合肥高新区": 2}),
        ("綦江高新区和合肥经开区签约", {"綦江高新区": 1, "合肥经开区": 1}),
        ("綦江高新技术产业开发区新增企业20家", {"綦江高新技术产业开发区": 1}),
        ("西部(重庆)科学城北碚园区新签约项目22个", {}),
    ],
)
def test_zones_are_a_place_and_a_zone_suffix(rules, text, zones):
    assert rules.gazetteer.zones(text) == Counter(zones)


def test_an_autonomous_regions_short_name_takes_its_suffixs_last_character(rules):
    assert rules.gazetteer.short_names["黔南州"] == ["黔南布依族苗族自治州"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("苏州经济总量领先杭州", ["苏州", "杭州"]),
        ("重庆金佛山喀斯特生态系统", ["重庆"]),
        ("引进50个以上海外高层次人才团队", []),
    ],
)
def test_a_short_name_counts_only_as_a_word_of_its_own(rules, text, names):
    assert [name.text for name in rules.gazetteer.names_in(text)] == names
