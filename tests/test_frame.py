"""The article's frame: whose article it is (its own region, zone or organisation, from its
title, what it names most and its self-references, or meta.csv's `region`), and the times,
modality and currency its title, lead and headings set."""

import pytest

from extract.frame import article_frame, spoken
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


ZHANGGONG = {"district": "章贡区", "city": "赣州市", "province": "江西省"}
XIHU_NANCHANG = {"district": "西湖区", "city": "南昌市", "province": "江西省"}
XIHU_HANGZHOU = {"district": "西湖区", "city": "杭州市", "province": "浙江省"}
NANKANG = {"district": "南康区", "city": "赣州市", "province": "江西省"}
GANZHOU = {"city": "赣州市", "province": "江西省"}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("章贡区科技局介绍,章贡区新增企业20家,三明市新增企业15家。章贡区研发投入增长10%。", ZHANGGONG),
        ("章贡区科技局介绍,章贡新增企业20家,章贡研发投入增长10%。南康区、赣县区、南康区企业也来章贡考察。", ZHANGGONG),
        ("南康区新增企业20家,南康区研发投入增长10%。全区高企达到600家,赣州市章贡区也有增长。", NANKANG),
        ("福建省三明市新增企业20家,三明市研发投入增长10%。", {"city": "三明市", "province": "福建省"}),
    ],
)
def test_the_region_named_most_is_home(rules, text, home):
    assert home_region(Article("a", text), rules) == home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("南昌市西湖区科技局介绍,全区新增企业20家。西湖区将继续努力。", XIHU_NANCHANG),
        ("杭州市西湖区科技局介绍,全区新增企业20家。西湖区将继续努力。", XIHU_HANGZHOU),
        ("浙江省西湖区新增企业20家。西湖区将继续努力。", XIHU_HANGZHOU),
        (
            "长春市朝阳区新增企业20家。朝阳区研发投入增长10%。",
            {"district": "朝阳区", "city": "长春市", "province": "吉林省"},
        ),
    ],
)
def test_the_city_or_province_named_tells_which_district_is_meant(rules, text, home):
    assert home_region(Article("a", text), rules) == home


def test_the_title_counts_too(rules):
    home = home_region(Article("a", "全区新增企业20家。", title="章贡区科技创新成果丰硕"), rules)
    assert home == ZHANGGONG


def test_a_fund_is_not_named_by_the_trade_its_core_names(rules):
    text = (
        "2023年,平利县集成电路产业实现产值86亿元,同比增长12%,占全县规上工业的41%。"
        "集成电路产业规上企业达到46家,集成电路产业项目完成投资20亿元。"
        "平利县集成电路产业投资基金总规模为5亿元。"
    )
    frame = frame_of(text, rules, "2024-01", "平利县2023年集成电路产业发展工作总结")
    assert frame.own == "平利县"


def test_whole_city_outnumbering_whole_district_drops_the_district(rules):
    text = "2022年,赣州市南康区新增企业20家。全市新增企业300家,全市高新技术企业增长20%。"
    assert home_region(Article("a", text), rules) == GANZHOU


def test_a_county_level_city_is_the_city_its_article_speaks_for(rules):
    text = "瑞安市数字经济核心产业增加值86.4亿元,增速居温州市第一。全市规上企业达到268家。"
    frame = frame_of(text, rules)
    assert (frame.own, frame.home["city"], frame.home["province"]) == ("瑞安市", "瑞安市", "浙江省")
    # a firm's article too, where the county-level city its name holds is named most
    text = (
        "浙江瑞安星河农村商业银行股份有限公司发布年报。据瑞安市金融办统计,全市存款余额642亿元,全市贷款余额571亿元。"
        "星河农商银行存款余额312亿元,星河农商银行贷款余额268亿元。"
    )
    frame = frame_of(text, rules, title="星河农商银行2024年净利润增长7.1%")
    assert frame.own.endswith("银行") and frame.home["city"] == "瑞安市"


def test_the_country_a_province_ranks_in_is_not_whose_article_it_is(rules):
    text = (
        "截至6月底,全省电力总装机达到11236万千瓦,新能源装机占比居全国第二位。全省新增装机826万千瓦。"
        "分市州看,酒泉市新能源装机达2760万千瓦;武威市、金昌市分别为965万千瓦、738万千瓦。全国新能源装机增长20%。"
        "作为国家重要的新能源基地,甘肃加快推动新能源参与电力市场。"
    )
    frame = frame_of(text, rules, title="上半年我省新能源装机突破7000万千瓦 占比居全国第二")
    assert (frame.own, frame.home["province"]) == ("甘肃省", "甘肃省")


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # a part of its city's breakdown, each named about as often
        (
            "1-8月,绵阳市上下稳中求进。全市规上工业增加值增长8.6%,全市固定资产投资增长5.1%。"
            "分县市区看,江油市增长11.2%,居全市第一;三台县增长9.7%;涪城区增长6.9%。"
            "全市社会消费品零售总额增长6.2%,江油市增长7.3%,三台县增长6.8%。",
            "绵阳市",
        ),
        # its own article, naming its city and neighbours once
        (
            "江油市是绵阳市代管的县级市,与三台县、盐亭县相邻。今年1-10月,全市网络零售额达到86亿元,"
            "全市电商企业达到1200家,全市快递业务量增长30%。江油市新增电商企业120家,江油市快递网点达到300个。",
            "江油市",
        ),
        # a county-level city named in passing; nor is the park whose name holds the trade the article is
        # about its own (`数字经济`, a compound of common nouns)
        (
            "苏州市工信局消息,2024年苏州市数字经济核心产业增加值突破5000亿元。全市数字经济企业超过1.8万家,"
            "相城区数字经济产业园新落户项目45个。昆山电子信息产业集聚发展,昆山市数字经济规模居全国县级市前列。"
            "全市数字经济人才达到62万人,苏州市将新建数字经济创新中心3个,苏州市数字经济总量有望再上台阶。",
            "苏州市",
        ),
    ],
)
def test_a_county_level_city_in_its_citys_breakdown_is_no_city_the_article_speaks_for(rules, text, own):
    frame = frame_of(text, rules)
    assert (frame.own, frame.home["city"]) == (own, own)


def test_a_city_paper_on_its_county_level_city_speaks_of_that_city_as_the_city(rules):
    text = (
        "金华日报讯 义乌市星澜袜业有限公司的车间里机器飞转。据义乌市统计局介绍,全市袜业产值今年增长9%,"
        "居金华市各县市前列。星澜袜业今年出口订单1.6亿元。"
    )  # the paper's city counts for whose article it is, not for which city the text names more
    title = matching_view("星澜袜业:订单排到明年春天")
    frame = article_frame(Article("a", matching_view(text), "2025-02", title, source="金华日报"), rules)
    assert frame.home["city"] == "义乌市"


@pytest.mark.parametrize(
    ("title", "own"),
    [
        ("前三季度瑞安外贸进出口额增长12%", "瑞安市"),  # the title names the county-level city by its short name
        ("前三季度外贸进出口额增长12%", "温州市"),
        ("瑞安星岚集团外贸订单增长12%", "温州市"),  # inside a firm's name: no place
    ],
)
def test_a_county_level_city_the_title_names_by_its_short_name_is_whose_article_it_is(rules, title, own):
    text = (
        "记者从市统计局了解到,前三季度,我市外贸进出口额达120亿元,占温州市的18%。"
        "瑞安汽摩配件出口增长15%,瑞安鞋服出口增长9%,全市新增外贸企业86家。"
    )  # the text names it more often than its city
    assert frame_of(text, rules, date="2024-10-20", title=title).own == own


def test_a_county_level_city_the_title_names_is_not_whose_article_it_is_where_the_text_speaks_for_its_city(rules):
    text = "前三季度,温州市外贸进出口额增长8%,全市新增外贸企业860家。瑞安汽摩配件出口增长15%。"
    assert frame_of(text, rules, date="2024-10-20", title="瑞安汽摩配件出口增长15%").own == "温州市"


def test_the_said_county_is_no_word_the_article_speaks_as_its_own_with(rules):
    text = (
        "记者从周口市统计局获悉,上半年周口市新增企业200家。鹿邑县是改造任务最重的县。"
        "该县投入资金6800万元,该县新建道路10公里,该县新增企业30家。"
    )
    frame = frame_of(text, rules, title="上半年经济运行稳中有进")
    assert (frame.own, "district" in frame.home) == ("周口市", False)


def test_a_districts_short_name_that_is_an_ordinary_word_names_no_district(rules):
    text = "上半年,全区港口完成货物吞吐量2.1亿吨,港口建设完成投资96亿元。钦州、北海等港口增长较快。"
    frame = frame_of(text, rules, title="广西港口吞吐量稳步增长")
    assert "district" not in frame.home


def test_a_development_zone_named_more_than_any_district_is_the_district(rules):
    text = (
        "2021年,信丰高新区实现产值180亿元,全区新增高新技术企业24家。信丰高新区管委会表示,于都县企业也在信丰高新区落户。"
    )
    assert home_region(Article("a", text), rules) == {"district": "信丰高新区", "city": "赣州市", "province": "江西省"}


def test_a_district_named_more_than_the_zone_stays_the_district(rules):
    text = "信丰县科技局介绍,信丰县新增企业20家,信丰县研发投入增长10%。信丰高新区实现产值180亿元。"
    assert home_region(Article("a", text), rules)["district"] == "信丰县"


@pytest.mark.parametrize(
    ("text", "region", "home"),
    [
        ("瑞金市新增企业20家。瑞金市研发投入增长10%。", "南康区", NANKANG),
        ("瑞金市新增企业20家。全市新增企业300家,全市高企增长。", "南康区", NANKANG),
        ("章贡区新增企业20家,全区高企增长。", "赣州市", GANZHOU),
    ],
)
def test_meta_region_overrides_the_text(rules, text, region, home):
    assert home_region(Article("a", text, region=region), rules) == home


@pytest.mark.parametrize(
    ("title", "text", "own"),
    [
        (
            "看点:江西2022年研发经费投入518.7亿元",
            "南昌市投入201.6亿元,赣州市投入78.4亿元,全省增长13.2%。",
            "江西省",
        ),
        ("星岚2012中国营收12亿美元", "星岚科技公司昨天发布财报,中国成为星岚全球业绩最亮眼的区域之一。", "星岚科技公司"),
        ("湖州高新区投资80亿开展15个重点项目", "高新区重点产业项目开工,湖州市领导出席。", "湖州高新区"),
        (
            "高新区经济发展局获评先进集体",
            "来源:吉安日报。截至2021年底,高新区高新技术企业总数达57家,占比全市19.6%。",
            "吉安高新区",
        ),
        ("5月工业增加值增长4.8%", "5月份,全国规模以上工业增加值同比增长4.8%,全国社会消费品零售总额增长7.2%。", "中国"),
        # a ministry's national release, and the provinces it ranks
        (
            "1-10月软件业务收入同比增长13.7%",
            "工业和信息化部发布数据显示,1—10月,全国软件业务收入99549亿元。北京、广东、上海软件业务收入居前三。",
            "中国",
        ),
        # `我国` in Taiwan's press is Taiwan; Japan's tourism office is no Taiwanese body
        ("10月外销订单", "经济部统计处表示,我国10月外销订单金额为498亿美元,年减4.6%。", "台湾"),
        ("", "日本政府观光局统计,10月访日外国游客达251万人次。", ""),
        # named as often as the places it trades with, a region is first named by its body
        ("9月外销订单年增12.6%", "经济部统计处今日公布,自美国接单169亿美元,自中国大陆及香港接单143亿美元。", "台湾"),
        # named as often as the country, the province is the article's: the country is its source
        ("前三季度外贸稳中有进", "据海关总署统计,今年前三季度,浙江省进出口总值3.8万亿元。", "浙江省"),
        ("今年前十月来台旅客突破600万人次", "交通部观光署今日公布,来台旅客达612.4万人次。", "台湾"),
        # a Hong Kong-listed company's results: its name ends before `或` (`“丰禾控股”或“本公司”`)
        (
            "丰禾控股公布2023年全年业绩",
            "(香港,2024年3月26日)丰禾控股有限公司(“丰禾控股”或“本公司”)今日公布年度业绩。年内集团收入约为人民币86.4亿元。",
            "丰禾控股有限公司",
        ),
        ("", "財政司司長公布預算案。香港經濟增長放緩,香港政府預計盈餘96億元。", "香港特别行政区"),
        ("台灣推數位券每人領台幣3千元", "台灣行政院今推出方案。", "台湾"),
        ("", "台北市政府今日公布,今年台北市观光收入达1200亿元。", "台北市"),
        # another country's article, its ministry none of our regions'
        ("", "德国经济部数据显示,德国工业产值下降2%。", "德国"),
        ("", "韩国雇佣劳动部数据显示,10月就业人数增加34万人。", "韩国"),
        # a firm only named once, as an example, is not whose article it is
        ("IPO重启首周沪指涨2.58%", "本周券商指数涨超12%,星岳证券、东吴证券等5只券商股累计涨幅在20%以上。", ""),
        ("澳門上月旅客按年升兩成", "統計局資料顯示,8月入境旅客共266萬人次。", "澳门特别行政区"),
        ("財政預算案派發消費券", "財政司司長今日發表財政預算案,新年度綜合赤字為873億元。", "香港特别行政区"),
        ("第三季住宅樓價數據", "差餉物業估價署今日公布,第三季私人住宅售價指數按季下跌2.1%。", "香港特别行政区"),
        ("十一月訪港旅客人次", "旅發局今日公布,十一月訪港旅客約有405萬人次,按年上升15%。", "香港特别行政区"),
        (
            "南昌星河科技大学的十年",
            "南昌星河科技大学去年获得省级教学成果奖9项,南昌市领导到会祝贺。南昌星河科技大学在全省同类院校中位列前三。",
            "南昌星河科技大学",
        ),
        # a level the article speaks for (`全省`) and names no region of: the one its regions lie in
        (
            "上半年全省一般公共预算收入同比增长12.3%",
            "今年上半年,全省一般公共预算收入2856.4亿元,全省税收收入1986.2亿元。杭州市收入1396.5亿元,宁波市918.7亿元。",
            "浙江省",
        ),
        # an article that speaks for its region is not about a name it writes once
        ("“科创贷”放款超百亿元", "我市“科创贷”累计为全市科技企业放款103.6亿元。星河银行累计放款21.3亿元。", ""),
        # a zone whose name holds its trade, and an institute whose core is that trade (no one's short name)
        (
            "包头稀土高新区2023年工作总结",
            "2023年,全区地区生产总值658.3亿元。稀土产业产值682亿元,稀土项目27个,稀土企业达到120家。"
            "包头稀土研究院新增稀土专利45件。全区稀土永磁产能16.5万吨。",
            "包头稀土高新区",
        ),
        # a company named once in full, then by the alias it declares, which the title writes too
        (
            "星瀚微科创板IPO获受理",
            "上海证券交易所显示,星瀚微电子(上海)股份有限公司(以下简称“星瀚微”)科创板IPO获受理。"
            "星瀚微成立于2016年。2022年,星瀚微营收9.17亿元。上海市集成电路产业规模增长10%。",
            "星瀚微电子(上海)股份有限公司",
        ),
        # a company the title names by a shorter form than the text: its fullest
        (
            "星河银行2023年资产总额突破4200亿元",
            "星河银行股份有限公司发布2023年年报。该行资产总额达4286.5亿元。星河银行科技贷款余额增长31%。",
            "星河银行股份有限公司",
        ),
        # a firm and its subsidiary whose names open alike: the core they share is neither's short name
        (
            "星岳证券上半年净利润9.82亿元",
            "星岳证券股份有限公司(以下简称“星岳证券”)披露半年报。公司上半年实现营业收入28.64亿元,星岳证券经纪业务收入"
            "11.27亿元。公司总资产1486.3亿元。全资子公司星岳创新投资有限公司实现净利润1.07亿元。",
            "星岳证券股份有限公司",
        ),
        # a company the title names and the text only calls 公司
        ("星河精密股份有限公司2023年度业绩预告", "预计2023年公司实现净利润1.85亿元。", "星河精密股份有限公司"),
        # a filing titled by the company's short name
        ("星河精密:关于签订重大合同的公告", "公司与客户签订采购合同,合同金额为2.3亿元。", "星河精密"),
        # no filer: a sentence (more than six characters before the year), a body's notice
        ("星河科技今日发布2023年年度报告", "公司全年实现营业收入12.5亿元。", ""),
        ("财政部关于延续实施研发费用加计扣除政策的公告", "企业可按实际发生额的100%在税前加计扣除。", ""),
        # a name only the title writes does not outweigh the region an article speaks for
        ("星河银行助力江北区科技企业发展", "全区累计发放科技贷款32亿元,服务企业1200家。", "江北区"),
        # a township or a village the title names after its county, which the article speaks of most
        (
            "松阳县竹溪镇:茶香引客来",
            "竹溪镇地处松阳县西北部。2023年,全镇实现农业总产值6.8亿元,该镇茶园面积4.6万亩。",
            "竹溪镇",
        ),
        (
            "雅安市名山区中峰镇海棠村见闻",
            "走进名山区中峰镇海棠村,全村茶园2800亩。村里去年接待游客6万人次,全村人均收入2.1万元。",
            "海棠村",
        ),
        ("松阳县竹溪镇茶叶节开幕", "全县茶叶产值达到50亿元,全县茶园面积14万亩。", "松阳县"),
        # a banner speaks of itself as 全旗, never as the city it lies in
        (
            "达拉特旗2023年经济运行情况",
            "全旗实现地区生产总值85亿元。鄂尔多斯市生产总值5000亿元,全旗增长6%。",
            "达拉特旗",
        ),
        # a title that speaks for the province (`全省`) outweighs the city it names first
        (
            "全省营商环境评价结果公布 洛阳连续位居第一",
            "洛阳市以89.7分位居第一,许昌市、南阳市分列第二、三位。全省共收集问卷4.6万份,全省企业满意度达92%。",
            "河南省",
        ),
        # a town or street the title names alone, which the text names again
        (
            "高桥镇前三季度规上工业产值增长8.2%",
            "记者从高桥镇获悉,前三季度高桥镇完成规上工业产值126亿元。全市规上工业产值增长6%。",
            "高桥镇",
        ),
        ("孙庄街道上半年新增市场主体860户", "上半年,孙庄街道新增市场主体860户,孙庄街道新增企业120家。", "孙庄街道"),
        # named once, where the text speaks of a township most (`全镇`)
        (
            "云岫镇上半年工作情况汇报",
            "今年以来,云岫镇在平利县委的领导下,全镇实现财政收入2.6亿元,全镇新增企业42家,全镇完成投资18亿元。",
            "云岫镇",
        ),
        ("高桥镇举办招商推介会", "全县新签约项目26个,全县总投资186亿元,高桥镇签约项目8个。", ""),
        # but a town the title names after its city, in the city's article, is not
        ("湖州市:织里镇童装产值突破700亿元", "全市童装产值增长8%,织里镇童装企业1.3万家,织里镇产值700亿元。", "湖州市"),
        # a firm named once by a common noun and its suffix is not named again by the noun alone
        (
            "云岫文旅发布年度业绩:营收86.4亿元,在营酒店超1200家",
            "华夏云岫文旅集团股份有限公司(以下简称“云岫文旅”)发布业绩预告。云岫文旅在营酒店1268家,"
            "新开业酒店215家,酒店板块营收52.8亿元,酒店平均出租率78%。在年度酒店集团规模排行中,公司位列第七位。",
            "华夏云岫文旅集团股份有限公司",
        ),
        # a company's alias declared in brackets that hold its stock code too, not the city of the outlet's name
        (
            "星河精机2023年年报:营收增长12.5%",
            "上海证券报讯 浙江星河精密机械股份有限公司(以下简称“星河精机”,603999.SH)披露年报。营业收入52.86亿元。",
            "浙江星河精密机械股份有限公司",
        ),
        # a title comparing two districts of a city is the city's; one naming a city and its district, the district's
        (
            "上半年全市财政收入通报:翠屏区总量居首 屏山县增幅第一",
            "翠屏区收入28.6亿元,叙州区19.4亿元,屏山县增长15.8%,翠屏区税收占比77.4%,叙州区73.8%。",
            "宜宾市",
        ),
        # and so is one naming the province apart from its cities it compares
        (
            "浙江11市上半年经济成绩单:杭州总量领跑,舟山增速居首",
            "杭州以9800亿元继续领跑,宁波8100亿元位列第二。舟山增长9.5%,杭州增长5.6%。全省生产总值增长6.1%。",
            "浙江省",
        ),
        # two cities written side by side are peers, not a district after its city
        ("杭州宁波上半年经济成绩单", "杭州增长5.6%,宁波增长5.1%。全省生产总值增长6.1%,全省新增企业2万家。", "浙江省"),
        # a registered firm's short name that is a common noun is the firm's
        (
            "季度财报发布",
            "小米科技有限责任公司发布财报。小米营收增长12%,小米手机出货量1.4亿台,小米净利润增长5%。",
            "小米科技有限责任公司",
        ),
        # an institute's article, named contracted in the title and pointed back to in the text:
        # the place in its name is no region the article is of
        (
            "江阴工研院累计孵化企业86家",
            "江阴工业技术研究院召开年度总结大会。今年该院新孵化企业15家,全院研发人员达960人。"
            "江阴工研院成立以来,坚持研发、孵化、投资三位一体。",
            "江阴工业技术研究院",
        ),
        # a county's own article that names it by its short name alone, speaking as `我县`, `全县`
        (
            "两会访谈|县长:做强当家产业",
            "编者按:“十四五”开局,鹿邑怎么干?\n【问】回顾“十三五”,鹿邑最大的变化是什么?\n"
            "【答】全县地区生产总值增加到215.4亿元。2019年5月,我县退出贫困县序列。约占全国市场份额的35%。",
            "鹿邑县",
        ),
        # but not by a short name that is a common noun first (`清水` is clear water)
        (
            "清水长流:婺源护河见成效",
            "婺源融媒讯 全县河道一江清水向东流。\n我县共聘请各级河长300名,全县整改问题260个。清水长流成为常态。",
            "婺源县",
        ),
        # and by one jieba tags as a common word (`平遥`)
        ("两会访谈|县长:做强文旅产业", "平遥怎么干?平遥最大的变化是什么?全县接待游客增加到1500万人次。", "平遥县"),
        # a port's article its operator publishes: the port, which the operator's core names too
        (
            "上半年吉安国际陆港开行班列1830列",
            "今年上半年,吉安国际陆港累计开行各类班列1830列。吉安国际陆港完成集装箱吞吐量19.2万标箱。\n\n"
            "江西吉安国际陆港发展集团有限公司(以下简称“陆港集团”)负责人表示,将新开线路3条。",
            "吉安国际陆港",
        ),
        # a national wire: the cities it lists are no region it speaks as, nor the `本市` of one of them
        (
            "9月份70城中58城新房价格环比上涨",
            "新华社北京10月21日电 国家统计局21日发布数据,9月份,全国新建商品住宅价格环比上涨的城市有58个。"
            "国家统计局城市司统计师解读说,厦门以38.5%的同比涨幅居首位,南京、上海分列第二位和第三位。"
            "南京、上海等城市出台调控措施。"
            "苏州市10月3日出台新政,暂停向在本市已拥有3套住房的本市户籍家庭出售新建商品住房。",
            "中国",
        ),
        # a national agency's release on a wire filed from the capital: the country's, not the capital's
        (
            "成品油价格上调",
            "新华社北京5月10日电 国家发展改革委10日发布消息,汽、柴油价格每吨分别提高750元和720元。"
            "国家发展改革委有关负责人表示,本次调价将增加开支。",
            "中国",
        ),
        ("2023年珠海市金湾区政府工作报告", "金湾区地区生产总值增长7%,全区新增企业150家,金湾区人口增长3%。", "金湾区"),
        # a county the title names by its short name and the text in full, its city named more often
        (
            "鹿邑技能培训惠及5万人次",
            "记者从鹿邑县人社局获悉,今年周口市下达培训任务4万人次,全年完成5万人次,居周口市各县第一,周口市通报表扬。",
            "鹿邑县",
        ),
        # `全区` of an autonomous region, not of a district its short name a common word names (`港口区`)
        (
            "广西港口吞吐量创新高",
            "记者从广西壮族自治区交通运输厅获悉,全区港口完成吞吐量3亿吨,全区主要港口新增泊位9个。",
            "广西壮族自治区",
        ),
        (
            "南浔区:学习吴兴区经验 推动产业升级",
            "南浔区近日组织考察团赴吴兴区学习。今年以来,全区新引进项目26个。",
            "南浔区",
        ),
        # a company the title names by the alias the text declares, which holds its county's short name
        (
            "鄂托克能源去年售电量增长9%",
            "蒙澜鄂托克能源有限公司(以下简称“鄂托克能源”)是一家民营电力企业。去年,鄂托克能源售电量86亿千瓦时,"
            "鄂托克能源纳税4.3亿元,鄂托克能源员工1300人;鄂托克旗工业增加值增长7%。",
            "蒙澜鄂托克能源有限公司",
        ),
        # and so where the alias holds its city's short name
        (
            "南充燃气去年售气量增长7%",
            "星岚南充燃气有限公司(以下简称“南充燃气”)是南充市的城市燃气企业。去年,南充燃气售气量5.2亿立方米,"
            "南充燃气向南充市新增用户3.1万户,南充燃气员工860人;南充市生产总值增长6%。",
            "星岚南充燃气有限公司",
        ),
        # a firm and a region named as often, neither in the title: the region, the whole the firm is part of
        (
            "数字经济跑出加速度",
            "云岫数据科技有限公司落户后,云岫数据科技有限公司新增订单3亿元。绵阳市数字经济增加值增长12%,"
            "绵阳市新增数字经济企业120家。",
            "绵阳市",
        ),
        # a route the title names first and the county it reaches, named as often
        (
            "宜宾至彝良高速公路全线贯通 彝良迈入高速时代",
            "12月26日,宜宾至彝良高速公路(以下简称“宜彝高速”)全线贯通。宜彝高速全长88公里,"
            "宜彝高速总投资158亿元。彝良县城到宜宾车程缩短至1.5小时,彝良县生产总值增长6%。",
            "宜宾至彝良高速公路",
        ),
    ],
)
def test_whose_article_it_is(rules, title, text, own):
    assert frame_of(text, rules, title=title).own == own


@pytest.mark.parametrize(
    ("source", "own"),
    [
        ("山西日报", "山西省"),  # a paper named for its province speaks of it as `全省`
        ("山西晚报", "山西省"),  # a name jieba holds as one word
        ("国网山西省电力公司", "山东省"),  # not of an organisation's name: the text's province
    ],
)
def test_the_publishers_region(rules, source, own):
    text = "上半年,全省原煤产量4.6亿吨,同比增长5.2%。全省外运电煤1.2亿吨,发往山东、河北等省份。"
    article = Article("a", text, "2019-07", "上半年我省原煤产量4.6亿吨", source=source)
    assert article_frame(article, rules).own == own


REPORT_OF_AUTONOMOUS_REGION = (
    "今年前三季度,全区粮食产量1350万吨,蔬菜产量2860万吨,增长4.1%。全区农民专业合作社6800家。"
    "青秀区探索“合作社+农户”模式,带动农户3200户。"
)
REGION_WIDE_REPORT = (
    "目前,全区秋粮收获进度达52%。在武鸣区,收割机来回穿梭,武鸣区种植水稻30万亩。"
    "南宁高新区新增企业120家。全区预计秋粮产量900万吨。"
)
FEATURE_ON_A_DISTRICT = (
    "青秀区坚持以工业强区。1-9月,青秀区工业投资同比增长12.5%,全区新增市场主体1.2万户,"
    "全区新开工项目86个。青秀区负责人说,还将优化营商环境。"
)

PARTNERS_NAMED_MORE = (
    "记者从省台办了解到,今年前三季度,我省新设台资企业950家。截至9月底,台湾居民办理社保卡1.8万张,"
    "台湾同胞创业园新入驻企业260家,台湾青年实习岗位4200个,台湾居民就医3.1万人次。"
)


@pytest.mark.parametrize(
    ("source", "title", "text", "own"),
    [
        # `全区` is the publishing province's, not that of a district the text names once
        ("广西壮族自治区统计局", "全区农业经济前三季度稳中向好", REPORT_OF_AUTONOMOUS_REGION, "广西壮族自治区"),
        # but of a district the title names, or the text more than once
        ("广西壮族自治区统计局", "青秀区前三季度农业经济稳中向好", REPORT_OF_AUTONOMOUS_REGION, "青秀区"),
        ("广西日报", "产业升级按下“快进键”", FEATURE_ON_A_DISTRICT, "青秀区"),
        # but of a region-wide report that names a district or a zone more than once, not in its lead
        ("广西日报", "全区秋粮收获过半", REGION_WIDE_REPORT, "广西壮族自治区"),
        # and the publishing province's `我省`, though the text names another more often, as a partner
        ("福建日报", "我省前三季度新设台资企业950家", PARTNERS_NAMED_MORE, "福建省"),
    ],
)
def test_a_provinces_own_word_in_its_publishers_report(rules, source, title, text, own):
    article = Article("a", text, "2024-10", title, source=source)
    assert article_frame(article, rules).own == own


def test_an_organisation_is_named_by_the_alias_it_declares_though_the_alias_is_common_words(rules):
    text = (
        "(2021年9月20日,香港)香港星澜科技园公司(以下简称“科技园公司”)发布年度报告。年内,"
        "科技园公司的园区租户增至640家,科技园公司收入录得7.4亿港元。香港特区政府拨款50亿港元"
        "予科技园公司扩建园区。香港全港初创企业约3900家,香港研发人员续有增加。"
    )
    article = Article("a", text, "2021-09-20", "香港星澜科技园公司发布2020/21年度报告", source="香港星澜科技园公司")
    assert article_frame(article, rules).own == "香港星澜科技园公司"


def test_a_paper_whose_name_holds_no_region_publishes_where_it_is_known_to(rules):
    text = (
        "學生資助處表示,新學年至今收到約9.6萬份書簿津貼申請,按年增加3.2%,其中約七成審批完畢。"
        "鄰近的澳門特區政府則向每名小學生發放2,700澳門元、每名中學生發放3,100澳門元。"
    )  # (a name of money names no place: `澳門元`)
    article = Article("a", text, "2024-08-20", "新學年收到逾9萬份津貼申請", source="大公報")
    assert article_frame(article, rules).own == "香港特别行政区"


def test_an_organisations_own_account_publishes_of_it_not_of_its_county(rules):
    text = (
        "嘉禾县人民医院 2024-07-08\n过去6个月里,嘉禾县人民医院全体医护人员交出了一份成绩单。\n"
        "上半年,医院门急诊服务患者28.4万人次。在全省县级医院综合能力评价中,医院位列全省第9位。"
    )
    article = Article("a", text, "2024-07-08", "半年报丨这份成绩单请查收", source="嘉禾县人民医院微信公众号")
    assert article_frame(article, rules).own == "嘉禾县人民医院"


@pytest.mark.parametrize(("source", "county"), [("东阳日报", "东阳市"), ("永康新闻网", "永康市")])
def test_a_countys_paper_speaks_of_its_county_not_of_the_city_it_ranks_in(rules, source, county):
    # a county's paper takes its short name; the city named as the scope of a rank or a share is
    # not the article's
    text = (
        "今年前三季度,全市新增市场主体9870户,同比增长6.4%,占金华全市的15.2%,"
        "居金华各县(市、区)第三位。全市新增企业2140户。"
    )
    article = Article("a", text, "2024-10", "前三季度我市新增市场主体居金华第三", source=source)
    assert article_frame(article, rules).own == county


@pytest.mark.parametrize("source", ["南海网", "凤凰新闻", "东方财富网"])
def test_a_publisher_named_by_a_word_that_is_a_countys_short_name_is_no_countys_paper(rules, source):
    text = "全市实现地区生产总值1120亿元,同比增长5.1%。海口市新增市场主体2.8万户。"
    article = Article("a", text, "2024-07", "上半年经济运行情况", source=source)
    assert article_frame(article, rules).own == "海口市"


def test_a_national_publisher_names_no_region(rules):
    text = "浙江上半年生产总值增长6%,高于全国平均水平。浙江新增企业2万家,浙江出口增长8%。"
    article = Article("a", text, "2024-07", "上半年经济运行情况", source="中国新闻网")
    assert article_frame(article, rules).own == "浙江省"


def test_the_occasion_reported_dates_what_follows_but_not_from_a_speakers_words(rules):
    text = (
        "记者10月7日从市文化广电旅游局获悉,9月29日至10月6日中秋国庆假期,全市共接待游客2163.5万人次,"
        "同比增长52.3%。\n"
        "假期期间,全市景区接待游客1046万人次。\n“这次客流来得急。”局长说。"
    )
    frame = frame_of(text, rules, "2023-10-07")
    occasions = {text[time.start : time.end]: time for time in frame.times if time.story}
    assert occasions["假期期间"].period == "2023-09-29/2023-10-06" and not occasions["假期期间"].lasting
    assert occasions["这次"].lasting


def test_times_of_the_title_the_lead_headings_and_the_date_line(rules):
    text = "云和县统计公报\n(2022年3月25日)\n一、2021年工作回顾\n全县生产总值增长6.1%。"
    frame = frame_of(text, rules, "2022-03-25", title="云和县2021年国民经济和社会发展统计公报")
    assert frame.title_time is not None and frame.title_time.period == "2021"
    assert frame.issued is not None and frame.issued.period == "2022-03-25"
    assert [section.period for section in frame.sections] == ["2021"]
    lead = frame_of(
        "數位券\n台灣行政院今（14日）推出數位券方案，與前年紙本券最大的差別，在於民眾無須預先付費，便能直接領取台幣3千元的數位券。",
        rules,
        "2021-10-14",
    )
    assert lead.title_time is not None and lead.title_time.period == "2021-10-14"
    # a lead with no time: the line after it opens the story; a lead told up to now: undated
    story = (
        "星河中学：山里的新校园\n“那时候学生要走两个小时的山路才能到学校上课，下雨天路滑，家长们都不放心，"
        "很多孩子读完小学就不读了。”老校长回忆说。\n2015年,她来到星河中学。"
    )
    assert frame_of(story, rules, "2023-05").title_time.period == "2015"
    # a lead that opens with a voice recalling its past is dated by what it tells after the speech
    recalled = (
        "星河精密：十年营收翻了十倍\n“2013年我们刚起步时，厂房只有800平方米，员工不到30人。”公司董事长告诉记者。"
        "如今，星河精密已成长为单项冠军企业，去年实现营业收入3.6亿元。"
    )
    assert frame_of(recalled, rules, "2023-08").title_time.period == "2022"
    # nor by a time a speaker tells inside it, nor by the base a figure is compared with
    quoted = (
        "星河县茶产业跑出加速度\n星河县融媒讯 走进云岫茶叶有限公司的车间,机器轰鸣,工人们忙着把新茶装箱,发往全国各地。"
        "“今年1-9月,我们接了1.6亿元的订单。”公司负责人说。\n据县农业农村局介绍,全县茶园面积达到12万亩。"
    )
    assert frame_of(quoted, rules, "2024-09-12").title_time is None
    based = "星河县燃气普及率升至64.8%\n“十四五”以来,县城燃气普及率由2021年底的52.3%升至64.8%。"
    assert frame_of(based, rules, "2023-12-20").title_time is None
    up_to_now = (
        "星河大学：助力乡村振兴\n近年来,星河大学坚持把论文写在大地上,累计选育农作物新品种300余个,"
        "推广面积超过5亿亩,培训农民10万人次。\n2022年,该校科研经费达到12.6亿元。"
    )
    assert frame_of(up_to_now, rules, "2023-05").title_time is None
    # the lead tells the title's time more precisely, in brackets: that span
    season = frame_of(
        "记者1日从国家电影局获悉,2025年暑期档(6月1日至8月31日)全国电影总票房为119.66亿元。",
        rules,
        "2025-09-01",
        title="2025年暑期档电影票房119.66亿元",
    )
    assert season.title_time is not None and season.title_time.period == "2025-06-01/2025-08-31"


def test_a_policy_documents_title_and_a_regions_currency(rules):
    assert (
        frame_of("第 1 条 安排引导资金2亿元。", rules, title="关于促进数字经济加快发展的若干意见").modality == "policy"
    )
    assert frame_of("新增企业20家。", rules, title="章贡区新闻").modality == ""
    assert frame_of("香港政府盈餘96億元。香港經濟增長。", rules).currency == "HKD"
    assert frame_of("章贡区新增企业20家。", rules).currency == "CNY"
    # a company's article that names no region: the local currency it names; never the country's
    assert frame_of("星河電子第三季營收約新台幣6131億元,稅後純益約2808億元。", rules).currency == "TWD"
    assert frame_of("星河科1月營收431.1億元\n星河科今日公布1月合併營收為新台幣431.1億元。", rules).currency == "TWD"
    assert frame_of("全国财政收入增长。全国港币存款余额1万亿元。", rules).currency == "CNY"
    assert frame_of("章贡区企业赴港上市,募资港币10亿元。", rules).currency == "CNY"
    assert frame_of("星河科技(300123)营收10亿元,另发行港币债券5亿元。", rules).currency == "CNY"  # its first amount's
    # Hong Kong's districts and Taiwan's cities lie in their regions, which have their own currencies
    assert frame_of("台北市政府今日公布,今年台北市观光收入达1200亿元。", rules).currency == "TWD"
    assert frame_of("沙田区今年新增公屋单位1200个,投资50亿元。", rules).currency == "HKD"
    # a four-digit stock code is Hong Kong's or Taiwan's: it tells no currency
    assert frame_of("星河集团(1810)今日公布总收入709亿元。", rules).currency == "CNY"
    assert frame_of("市金管局表示,今年以来全市发放普惠小微贷款320亿元。", rules).currency == "CNY"


def test_a_national_body_named_by_an_organisation_suffix_acts_for_the_country(rules):
    text = "中国人民银行11月13日发布数据显示,10月末,本外币贷款余额240.6万亿元,同比增长10.5%。"
    frame = frame_of(text, rules, title="10月末本外币贷款余额同比增长10.5%")
    assert frame.own == "中国"
    assert "中国人民银行" not in {name.text for name in frame.organisations}


@pytest.mark.parametrize(
    "text, is_speech",
    [
        ("“今年春节,来自广东的游客明显增多。”店主说。", True),
        ("“今年游客多”,店主说。", False),  # a phrase quoted with no clause of its own: not told apart from a name
        ("这是一场名为“2022年双创活动周分享会”的活动。", False),  # a name quoted
        ("《2022年工作要点》提出,全年新增企业100家。", False),  # a document's title
        ("今年春节,游客明显增多。", False),
    ],
)
def test_speech_is_a_quotation_around_a_clause(text, is_speech):
    assert spoken(text, text.index("20") if "20" in text else text.index("今年")) is is_speech
