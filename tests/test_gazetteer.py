"""The gazetteer: names found longest first, the short names districts and cities go by, and
development zones named by a place and a zone suffix."""

from collections import Counter

import pytest

from extract.gazetteer import Name, NameIndex

INDEX = NameIndex(["湖州", "湖州市", "市南", "南浔", "南浔区", "太湖", "湖东", "湖东区"])


@pytest.mark.parametrize(
    ("text", "start", "end", "names"),
    [
        ("湖州市南浔区科技局", 0, None, ["湖州市", "南浔区"]),
        ("太湖东区", 0, None, ["湖东区"]),
        ("太湖东岸", 0, None, ["太湖"]),
        ("湖州市南浔区", 0, 5, ["湖州市", "南浔"]),
        ("湖州市南浔区", 1, None, ["南浔区"]),
        ("位于南浔的企业", 0, None, ["南浔"]),
    ],
)
def test_find_takes_the_longest_name_and_resolves_overlaps_longest_first(text, start, end, names):
    assert [name.text for name in INDEX.find(text, start, end)] == names


@pytest.mark.parametrize(
    ("stop", "start", "name"),
    [
        (6, 0, Name(3, 6, "南浔区")),
        (5, 0, Name(3, 5, "南浔")),
        (3, 0, Name(0, 3, "湖州市")),
        (3, 1, None),
        (6, 4, None),
        (4, 0, Name(2, 4, "市南")),
    ],
)
def test_ending_at_is_the_longest_name_ending_there_that_begins_after_start(stop, start, name):
    assert INDEX.ending_at("湖州市南浔区", stop, start) == name


def test_regions_in_a_sentence(rules):
    text = "2022年,赣州市章贡区与福建省三明市签约共建科技创新合作区。"
    assert [(name.text, text[name.start : name.end]) for name in rules.gazetteer.regions_in(text)] == [
        ("赣州市", "赣州市"),
        ("章贡区", "章贡区"),
        ("福建省", "福建省"),
        ("三明市", "三明市"),
    ]


@pytest.mark.parametrize(
    ("region", "short"),
    [
        ("章贡区", "章贡"),
        ("南康区", "南康"),
        ("三明市", "三明"),
        ("石柱土家族自治县", "石柱"),
        ("酉阳土家族苗族自治县", "酉阳"),
        ("延边朝鲜族自治州", "延边"),
        ("四川省", "四川"),
        ("广西壮族自治区", "广西"),
        # a people written without `族`, as in Xinjiang, and `蒙古` both a people and a name's end
        ("伊犁哈萨克自治州", "伊犁"),
        ("巴音郭楞蒙古自治州", "巴音郭楞"),
        ("内蒙古自治区", "内蒙古"),
        ("清新区", None),  # `新区` ends it from its second character
        ("东乡族自治县", None),  # a people's name
        ("香港特别行政区", "香港"),
        ("赣州市", "赣州"),
        ("泾县", None),
        ("台湾", None),
    ],
)
def test_short_names_keep_two_characters(rules, region, short):
    gazetteer = rules.gazetteer
    assert gazetteer.short_of.get(region) == short
    if short:
        assert region in gazetteer.short_names[short]


def test_a_name_of_money_names_no_place(rules):
    text = "澳门特区政府向中学生发放3600澳门元,澳门币汇率稳定。"
    assert [name.text for name in rules.gazetteer.names_in(text)] == ["澳门"]


def test_a_short_name_of_a_city_and_its_county_both_named_is_the_citys(rules):
    gazetteer = rules.gazetteer
    assert gazetteer.resolve("衡阳", {"衡阳市", "衡阳县"}) == "衡阳市"
    assert gazetteer.resolve("衡阳", {"衡阳县"}) == "衡阳县"
    assert gazetteer.resolve("吉林", {"吉林省", "吉林市"}) is None  # a province and its city: either


def test_a_district_name_may_stand_in_several_cities(rules):
    options = rules.gazetteer.regions["西湖区"]
    assert {(region.level, region.city, region.province) for region in options} == {
        ("district", "南昌市", "江西省"),
        ("district", "杭州市", "浙江省"),
    }


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("2022年,吉安高新区实现地区生产总值620亿元,吉安高新区高企达到318家。", {"吉安高新区": 2}),
        ("信丰高新区和吉安经开区签约", {"信丰高新区": 1, "吉安经开区": 1}),
        ("信丰高新技术产业开发区新增企业20家", {"信丰高新技术产业开发区": 1}),
        ("赣南(赣州)科创城章贡园区新引进项目17个", {}),
        # a place the dictionary knows that is no region, but the country
        ("松山湖高新区上半年新增高新技术企业86家,漕河泾开发区新增20家", {"松山湖高新区": 1, "漕河泾开发区": 1}),
        ("中国高新区发展报告显示,全国高新区营收增长8%", {}),
        ("苏州工业园区实现地区生产总值3686亿元", {"苏州工业园区": 1}),
        ("南昌临空经济区实现固定资产投资41亿元", {"南昌临空经济区": 1}),  # an airport's economic zone
        ("中日韩自贸区谈判重启,海南自贸区新增企业2万家", {"海南自贸区": 1}),
        # the noun of the zone's trade between its place and its suffix, not a rank
        ("包头稀土高新区新增稀土企业12家,宝鸡钛谷新区也有增长", {"包头稀土高新区": 1}),
        ("宝鸡航空港经济综合实验区新签约项目36个", {"宝鸡航空港经济综合实验区": 1}),  # a noun of three characters
        ("株洲市中心区片区改造完成投资5.2亿元", {}),  # a part of the city, no trade
        ("南昌市级开发区共有9个", {}),
        ("江苏国家高新区营收8.5万亿元,浙江重点开发区共有企业5000家", {}),
        # a province's name before a suffix speaks of all its zones; a municipality names one
        ("江苏高新区营收8.5万亿元,浙江开发区共有企业5000家", {}),
        ("北京经开区新增企业1200家", {"北京经开区": 1}),
        # and a region's full name before any zone's suffix; its short name names one
        ("宝鸡市开发区新增企业100家,大连开发区新增80家,平利县开发区新增12家", {"大连开发区": 1, "平利县开发区": 1}),
        # but the country's zone of a city or county (`国家` is no rank there)
        ("武进国家高新区新认定高新技术企业68家", {"武进国家高新区": 1}),
        # the country's pilot zones, their region in brackets
        ("中国（广西）自由贸易试验区新设企业1.13万家", {"中国（广西）自由贸易试验区": 1}),
        # and their areas, any name right after the zone's making one (a port's, a quarter's)
        ("中国(上海)自由贸易试验区临港新片区", {"中国(上海)自由贸易试验区": 1, "临港新片区": 1}),
        ("依托中国(福建)自由贸易试验区星澜湾片区,片区新增企业120家", {"中国(福建)自由贸易试验区": 1, "星澜湾片区": 1}),
        ("星澜湾片区新增企业120家", {}),  # not right after a pilot zone: no zone
        (
            "中国(江西)自由贸易试验区三个片区新设企业1200家,江西自贸试验区的各片区",
            {"中国(江西)自由贸易试验区": 1, "江西自贸试验区": 1},
        ),
        ("(广西)自由贸易试验区,中国(东盟)自由贸易试验区", {}),
        # the country's new areas and cooperation zones, named by what no region is named
        ("雄安新区新增企业1200家,西咸新区新增800家", {"雄安新区": 1, "西咸新区": 1}),
        ("前海深港现代服务业合作区和深汕特别合作区", {"前海深港现代服务业合作区": 1, "深汕特别合作区": 1}),
    ],
)
def test_zones_are_a_place_and_a_zone_suffix(rules, text, zones):
    assert rules.gazetteer.zones(text) == Counter(zones)


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("上半年,南宁片区新设企业8921家。片区还新引进项目27个", [("片区", "南宁片区")]),
        # in another paragraph, the one zone of that suffix the text named before
        ("南宁片区新设企业8921家。\n片区还新引进项目27个", [("片区", "南宁片区")]),
        # a quantity or `各` before it, two zones of that suffix named in other paragraphs, or none named
        ("南宁片区新设企业8921家,增速居三个片区首位,各片区共有企业100家", []),
        ("南宁片区新设企业8921家,崇左片区新设企业900家。\n片区还新引进项目27个", []),
        ("南宁高新区新设企业8921家。片区还新引进项目27个", []),
    ],
)
def test_a_suffix_alone_names_the_zone_of_it_named_last_in_its_paragraph_or_the_one_named_before(rules, text, again):
    assert [(text[n.start : n.end], n.text) for n in rules.gazetteer.zones_named_again(text)] == again


def test_an_autonomous_regions_short_name_takes_its_suffixs_last_character(rules):
    assert rules.gazetteer.short_names["延边州"] == ["延边朝鲜族自治州"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("湖州经济总量领先丽水", ["湖州", "丽水"]),
        ("赣州通天岩丹霞地貌景区", ["赣州"]),
        ("引进30个以上海外高层次人才团队", []),
        ("澳门上月旅客增加两成", ["澳门"]),  # `门上` is a word, rarer than `澳门`
        ("黔南州政府工作报告", ["黔南州"]),  # `州政府` is a word, but no name ends in `州`
        ("积石山县实现地区生产总值38.6亿元", ["积石山县"]),  # an autonomous county, shortened to its suffix
        ("香港特区政府统计处公布数字", ["香港"]),  # `香港特区` is a word: a longer name of the place
        ("赣州通天岩金佛山景区", ["赣州"]),  # `金佛山` holds `佛山`: no name of it
        # a name of two characters that ends one word and starts the next, full name or not
        ("全市有孵化器68家,其中国家级孵化器12家,其中国有企业5家", []),
        ("中国企业在全中国有3万家", ["中国", "中国"]),
        # a district's short name after it is named in full, but not one that is an ordinary word
        ("莲都区新签约项目8个,莲都新增企业5家", ["莲都区", "莲都"]),
        ("南昌市新建区新建商品房销售面积下降", ["南昌市", "新建区"]),
        # a full name of two characters that a word holds (`示范县`, `主城区`), but not where none does
        ("新增知识产权强县建设试点示范县2个,两个主城区接待游客5万人次", []),
        ("河南省范县新增企业20家", ["河南省", "范县"]),
        ("滑县城关镇新增市场主体860户", ["滑县"]),  # a word over one edge only (`县城`)
        # a conjunction after a noun, not a county that opens with it; after a region's suffix, the county
        ("据县统计局和县农业农村局统计,全县夏粮增产", []),
        ("马鞍山市和县新增企业20家", ["马鞍山市", "和县"]),
        ("安徽和县夏粮增产,记者从和县获悉", ["安徽", "和县", "和县"]),
        # a short name that opens a town's or a street's name is the town's, not the region's
        ("记者从锦江区玉林街道获悉,玉林街道辖区面积2.2平方公里", ["锦江区"]),
        ("江西乡村振兴投入增长,江西镇村道路全部硬化", ["江西", "江西"]),
        ("浙江镇、村两级干部培训覆盖12万人,温州镇一级财政收入增长", ["浙江", "温州"]),  # levels of government
        ("延安路步行街客流量增长12%,延安大道改造完成", []),
        ("广东街头小吃走红,湖南路桥集团中标", ["广东", "湖南"]),  # the suffix opens a word of its own
        ("浙江号科考船返航,湖南号专列开行120列", []),  # ... and a train's or a ship's
        # a full name that is a common noun first, but right after its city
        ("在矿区旧址建成博物馆,中心城区人口增长", []),
        ("阳泉市矿区新增企业20家,铜陵郊区新增企业8家", ["阳泉市", "矿区", "铜陵", "郊区"]),
        # a full name that begins inside a place's name written before it is not read, where that
        # place's name is a word there (`宜丰/城市`), not where it is none (`从/江阴市`, `和/平凉市`)
        ("宜丰县城投公司新签项目6个,宜丰城市发展集团新签项目9个", ["宜丰县"]),
        ("记者从江阴市获悉,兰州和平凉市新增企业", ["江阴市", "兰州", "平凉市"]),
        ("星河项目位于都江堰市,洛阳和平顶山市新增企业", ["都江堰市", "洛阳", "平顶山市"]),
    ],
)
def test_a_short_name_counts_only_as_a_word_of_its_own(rules, text, names):
    assert [name.text for name in rules.gazetteer.names_in(text)] == names


def test_a_districts_short_name_that_opens_a_trains_name_is_not_the_district(rules):
    text = "上半年,岚皋号旅游专列开行120列,岚皋新增企业8家"
    assert [name.start for name in rules.gazetteer.district_short_names(text)] == [text.rindex("岚皋")]
