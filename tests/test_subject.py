"""Whom a figure is about (ANNOTATION §6), in the order `rules/subjects.yaml` gives: the name it is
written against, the name before it, the name after it, the article's own region."""

import pytest

from extract.context import Context
from extract.frame import article_frame
from extract.read import Article
from extract.segment import matching_view, sentence_starts
from extract.subject import article_subjects

HOME = "章贡区科技局介绍,章贡区今年成效显著。"
CASE = ("text", "mention", "subject")


def subject_of(extract_text, text, mention):
    return next(row["subject"] for row in extract_text(text) if row["mention"] == mention)


def subjects(extract_text, text, *args, **kwargs):
    """Each figure's subject, by its mention."""
    return {row["mention"]: row["subject"] for row in extract_text(text, *args, **kwargs)}


@pytest.mark.parametrize(
    CASE,
    [
        ("章贡区设立了首期规模为5000万元的“章江青创科技种子投资基金”。", "5000万元", "章江青创科技种子投资基金"),
        ("南康区设立了总规模为6000万元的“南康区科技天使基金”。", "6000万元", "南康区科技天使基金"),
        ("投资45亿元的赣州(中德)应用技术大学正在加紧建设。", "45亿元", "赣州(中德)应用技术大学"),
        (HOME + "2022年,南康区新增高新技术企业50家。", "50家", "南康区"),
        ("赣州瑞岭科技有限公司研发投入800万元,章贡区研发投入增长20%。", "800万元", "赣州瑞岭科技有限公司"),
        ("赣州瑞岭科技有限公司研发投入800万元,章贡区研发投入增长20%。", "20%", "章贡区"),
        ("上半年,江西自贸试验区新设企业1200户。", "1200户", "江西自贸试验区"),
        ("赣州片区:新设企业820户,实际使用外资0.6亿美元。", "0.6亿美元", "赣州片区"),
        # a pilot zone's area named after a port is the zone's, and the port its own
        (
            "依托中国(福建)自由贸易试验区星澜港片区,片区新增企业120家。星澜港完成集装箱吞吐量86万标箱。",
            "120家",
            "中国(福建)自由贸易试验区星澜港片区",
        ),
        (
            "依托中国(福建)自由贸易试验区星澜港片区,片区新增企业120家。星澜港完成集装箱吞吐量86万标箱。",
            "86万标箱",
            "星澜港",
        ),
        # a name in an aside names nothing after the aside closes
        ("章贡区网络零售额增长21.6%(同期江西省增长14.2%),占赣州市的31.5%。", "14.2%", "江西省"),
        ("章贡区网络零售额增长21.6%(同期江西省增长14.2%),占赣州市的31.5%。", "31.5%", "章贡区"),
    ],
)
def test_the_name_written_against_the_figure_or_the_last_named_before_it(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        ("2022年,章贡区帮助位于于都县的企业获得贷款3亿元。", "3亿元", "章贡区"),
        ("南康区推动赣州云梯数据科技有限公司等30家企业获得贷款1.5亿元。", "30家", "南康区"),
        ("南康区推动赣州云梯数据科技有限公司等30家企业获得贷款1.5亿元。", "1.5亿元", "南康区"),
        ("章贡区研发投入强度达3.5%,居全市第二。", "第二", "章贡区"),
        ("南康区设立风险补偿基金,合作银行已发放贷款10亿元。", "10亿元", "南康区"),
        # a pedestrian street, an incubator park, a themed town keep their figures
        ("上半年,碑林区星河路步行街接待游客860万人次。", "860万人次", "碑林区星河路步行街"),
        ("2023年,石城县星岚科创孵化园新入驻企业28家。", "28家", "石城县星岚科创孵化园"),
        ("2023年,赣州西站发送旅客860万人次。全市铁路客运量2100万人次。", "860万人次", "赣州西站"),  # a station
        ("分片区看,青山湖区完成投资18亿元,南昌临空经济区完成投资41亿元。", "41亿元", "南昌临空经济区"),
        ("2023年,赣州西站发送旅客860万人次。全市铁路客运量2100万人次。", "2100万人次", "赣州市"),
        # a bare suffix its count ends is the kind counted, not the cooperative named before
        ("石城县星岚蔬菜种植专业合作社流转土地1200亩。目前,全县现有种植专业合作社860家。", "860家", "石城县"),
    ],
)
def test_places_examples_peers_and_generic_names_are_passed_over(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    ("mention", "subject"),
    [("42亿元", "石城县星河电子有限公司"), ("38家", "石城县"), ("2.7%", "石城县")],
)
def test_a_sentence_naming_no_one_goes_on_with_the_firm_before_it_but_not_with_a_places_figures(
    extract_text, mention, subject
):
    text = (
        "全县工业投资增长9%。石城县星河电子有限公司实现营收42亿元,增长16%。"
        "全年新认定高新技术企业38家,研发投入强度为2.7%。"
    )
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        (HOME + "营业收入增长87.4%——2021年,信丰高新区交出这样一份成绩单。", "87.4%", "信丰高新区"),
        (HOME + "\n\n“今年我们获得贷款300万元。”瑞岭公司董事长说。", "300万元", "瑞岭公司"),
        (
            HOME + "\n\n“2021年公司实现营业收入3亿元。”赣州瑞岭科技有限公司总经理说。",
            "3亿元",
            "赣州瑞岭科技有限公司",
        ),
        # but not past a semicolon: the clause after it tells of its own subject
        (HOME + "\n\n调查显示,高达9成市民支持发放现金;赣州消费者协会会长表示遗憾。", "9成", "章贡区"),
    ],
)
def test_else_the_first_named_after_it_or_the_speaker_of_its_quotation(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        (HOME + "全区新增高新技术企业41家,全市新增高新技术企业1600家。", "41家", "章贡区"),
        (HOME + "全区新增高新技术企业41家,全市新增高新技术企业1600家。", "1600家", "赣州市"),
        (HOME + "\n\n2022年在赣南(赣州)科创城章贡园区,我区新引进项目17个。", "17个", "章贡区"),
        ("赣州市南康区科技局介绍,2021年,市区共同设立了风险补偿基金2亿元。", "2亿元", "赣州市;南康区"),
        ("2018年,市科技局与赣县区政府共同设立5亿元担保基金。", "5亿元", "赣州市;赣县区"),
        (
            "2022年章贡区与赣州新材料研究院有限公司共建实验室,投入资金1500万元。",
            "1500万元",
            "章贡区;赣州新材料研究院有限公司",
        ),
        ("由章贡区与南昌大学共同建设的赣州先进制造研究院拥有研发人员260人。", "260人", "赣州先进制造研究院"),
        # a prefecture's or a league's word stands for the region of its kind, not a county-level `市`
        (
            "恩施州能源局介绍,利川市新能源装机达到48万千瓦。利川市光伏发电量7亿千瓦时,"
            "利川市风电装机21万千瓦。全州新能源装机390万千瓦。",
            "390万千瓦",
            "恩施土家族苗族自治州",
        ),
        # a province's whole by its one-character name (`全疆`), and its scope (`从新疆全区范围来看`)
        (
            "记者从喀什地区获悉,2024年全地区接待游客5210万人次。从全疆看,全年接待游客3.1亿人次。",
            "3.1亿人次",
            "新疆维吾尔自治区",
        ),
        (
            "记者从喀什地区获悉,2024年全地区接待游客5210万人次。从新疆全区范围来看,全年接待游客3.1亿人次。",
            "3.1亿人次",
            "新疆维吾尔自治区",
        ),
    ],
)
def test_self_references_take_the_home_levels_and_partners_are_joined(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        # a company whose text declares its short name is named by it, not by its core (`啤酒`)
        (
            "第25届青岛国际啤酒节落下帷幕。本届啤酒节共接待游客388万人次,消费啤酒1650吨。\n\n"
            "青岛啤酒股份有限公司(以下简称“青岛啤酒”)相关负责人介绍,青岛啤酒销售啤酒710吨。",
            "1650吨",
            "青岛市",
        ),
        (
            "赣州云梯数据科技有限公司(下称“云梯数据”)成立于2019年。云梯数据已申请专利45件。",
            "45件",
            "赣州云梯数据科技有限公司",
        ),
        (
            "位于宁都县的赣州澄川环保科技有限公司(下称“澄川环保”)是一家高新技术企业。\n\n"
            "“2020年续贷600万元。”澄川环保董事长周启明说。",
            "600万元",
            "赣州澄川环保科技有限公司",
        ),
        (  # a speaker's firm named in full after the quotation, however long its name
            "满洲里口岸外贸增长。“去年我们从俄罗斯进口木材3万多立方米。”满洲里市兴边木业有限责任公司经理说。",
            "3万多立方米",
            "满洲里市兴边木业有限责任公司",
        ),
        (  # but not a firm the speaker goes on to tell of
            "满洲里市外贸增长。“去年进口木材3万多立方米。”他在接受采访时说,满洲里市兴边木业有限责任公司已成立十年。",
            "3万多立方米",
            "满洲里市",
        ),
        (
            "章贡区的赣州瑞岭科技有限公司成立于2017年。此外,该公司目前正在推进3条生产线建设。",
            "3条",
            "赣州瑞岭科技有限公司",
        ),
        (
            "赣州瑞岭科技有限公司成立于2017年。2022年,瑞岭公司实现营业收入0.9亿元。",
            "0.9亿元",
            "赣州瑞岭科技有限公司",
        ),
        (
            "位于章贡区的赣州先进制造研究院是一家新型研发机构。目前,该研究院已孵化科技企业16家。",
            "16家",
            "赣州先进制造研究院",
        ),
        (HOME + "福建省三明市与我区结对共建。2022年两地联合发布科技成果80项。", "80项", "三明市;章贡区"),
        (  # a shorter name still, whose fuller form is the alias declared later
            "农商银行去年在村里发放贷款40万元。\n\n浙江云岫农村商业银行股份有限公司"
            "(下称“云岫农商银行”)相关负责人介绍,云岫农商银行今年已发放贷款12.3亿元。",
            "40万元",
            "浙江云岫农村商业银行股份有限公司",
        ),
        # an alias this long is the declared name where a word runs over its edge (`银行将`, `银行存款`),
        # not the home district its place name is
        (
            "沂水县讯 截至去年末,山东沂水农村商业银行股份有限公司(以下简称“沂水农商银行”)的资产规模208.4亿元,"
            "约为全县金融机构的四成。临沂市9家农商银行里,沂水农商银行存款增幅排在第一位。"
            "明年,沂水农商银行将力争贷款余额再增90亿元。",
            "90亿元",
            "山东沂水农村商业银行股份有限公司",
        ),
        # ... but an alias followed by a trade's suffix names the trade (`北京银行业`)
        (
            "北京银行股份有限公司(以下简称“北京银行”)上半年营收352亿元。北京银行业金融机构贷款余额增长7%。",
            "7%",
            "北京市",
        ),
        # a facility named by its place alone is no other facility holding the place (`芜湖港`, `芜湖新港`)
        ("上半年,芜湖港完成集装箱吞吐量82.4万标箱。“十四五”以来,芜湖新港累计完成投资46亿元。", "82.4万标箱", "芜湖港"),
        ("上半年,芜湖港完成集装箱吞吐量82.4万标箱。“十四五”以来,芜湖新港累计完成投资46亿元。", "46亿元", "芜湖新港"),
    ],
)
def test_aliases_short_names_and_anaphora_take_the_full_name(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        ("赣县区科技局介绍,2022年,赣县区研发投入强度达到2.9%,高于全市平均水平(2.15%)。", "2.9%", "赣县区"),
        ("赣县区科技局介绍,2022年,赣县区研发投入强度达到2.9%,高于全市平均水平(2.15%)。", "2.15%", "赣州市"),
        (HOME + "2022年,新增高新技术企业50家。", "50家", "章贡区"),
        ("赣州市南康区科技局介绍,全市新增企业2000家。全市研发投入增长15%。研发投入增长12%。", "12%", "赣州市"),
    ],
)
def test_a_peer_average_is_the_peers_and_a_figure_named_by_no_one_the_home_regions(
    extract_text, text, mention, subject
):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        ("在杭州之后的绍兴、台州和湖州，研发投入分别增长9.1%、8.7%、7.5%。", "9.1%", "绍兴市"),
        ("在杭州之后的绍兴、台州和湖州，研发投入分别增长9.1%、8.7%、7.5%。", "8.7%", "台州市"),
        ("在杭州之后的绍兴、台州和湖州，研发投入分别增长9.1%、8.7%、7.5%。", "7.5%", "湖州市"),
        ("宁波、温州的高新技术企业分别达到3000家和2000家。", "2000家", "温州市"),
        # a list as long later in the sentence goes with the same names in turn
        ("宿迁市、淮安市分别增长6.8%和6.5%,位列第二、第三。", "第二", "宿迁市"),
        ("宿迁市、淮安市分别增长6.8%和6.5%,位列第二、第三。", "第三", "淮安市"),
        ("宿迁市、淮安市GDP分别增长6.8%和6.5%,其中宿迁市工业、服务业增加值增长9.1%和7.2%。", "7.2%", "宿迁市"),
        # past a figure of them all (`居全国前三`)
        ("北京、广东、江苏软件业务收入居全国前三,分别为20173亿元、15217亿元、10914亿元。", "15217亿元", "广东省"),
        # but not past a figure of something else (`招商推介会2场`)
        ("今年以来,江北区在北京、上海举办招商推介会2场,签约项目和意向投资分别为30个和50亿元。", "30个", "江北区"),
        # of two cues the last: the names between them go in turn; `分列` hands out ranks
        ("排名前三的城市依次为嘉兴市、湖州市、丽水市,分别完成7.4亿件、5.1亿件和3.6亿件。", "5.1亿件", "湖州市"),
        ("排名前三的城市依次为嘉兴市、湖州市、丽水市,分别完成7.4亿件、5.1亿件和3.6亿件。", "3.6亿件", "丽水市"),
        ("泉州以26.1%的增速居全省首位,漳州、莆田分列第二位和第三位。", "第三位", "莆田市"),
        # an alias is a word of its own: `软件业` of `软件业务` is none
        (
            "我国软件和信息技术服务业(以下简称软件业)运行良好。北京、广东软件业务收入分别为20173亿元、15217亿元。",
            "15217亿元",
            "广东省",
        ),
    ],
)
def test_figures_listed_after_respectively_take_the_names_listed_before_it_in_turn(
    extract_text, text, mention, subject
):
    assert subject_of(extract_text, text, mention) == subject


def test_a_self_reference_below_the_articles_level_is_the_region_of_that_level_named_last(extract_text):
    text = "江西省脐橙产业发展迅速。在赣州市寻乌县，全县脐橙种植面积达到38万亩。江西省果园面积800万亩。"
    rows = subjects(extract_text, text)
    assert rows == {"38万亩": "寻乌县", "800万亩": "江西省"}


def test_a_self_reference_after_a_shares_base_is_the_base_no_subject(extract_text):
    text = "2023年,全区落实奖补资金2600万元。火龙果种植面积稳定在8.2万亩,占广西全区的12%左右,产量达到2.1万吨。"
    rows = subjects(extract_text, text, "2024-01-15", title="青秀区2023年农业工作综述")
    assert set(rows.values()) == {"青秀区"}


def test_an_autonomous_region_speaks_of_itself_as_a_district(extract_text):
    text = "10月末,广西本外币各项存款余额33856亿元。全区普惠小微贷款余额增长21.4%。"
    assert subject_of(extract_text, text, "21.4%") == "广西壮族自治区"
    text = "10月末,广西存款余额33856亿元。南宁市青秀区全区贷款余额增长9.1%。"  # a district named for it
    assert subject_of(extract_text, text, "9.1%") == "青秀区"
    # a county is no `区`: `全区` stays the autonomous region's, in the text and in the frame
    text = (
        "记者从自治区水利厅获悉,一季度全区水利建设完成投资92.7亿元。桂林市灵川县完成投资3.1亿元。"
        "全区新开工水利项目312个。全区农村自来水普及率达到88%。"
    )
    rows = subjects(extract_text, text)
    assert rows == {
        "92.7亿元": "广西壮族自治区",
        "3.1亿元": "灵川县",
        "312个": "广西壮族自治区",
        "88%": "广西壮族自治区",
    }
    # nor does a `区` of a city it names in passing take `全区` over from it
    text = (
        "上半年,全区糖料蔗收购量1740万吨。星糖集团在来宾市兴宾区投资8亿元建设糖厂。"
        "截至目前,全区已发放糖料蔗良种补贴2.6亿元。"
    )
    rows = subjects(extract_text, text, "2021-07", title="上半年广西糖料蔗收购量1740万吨")
    assert rows["2.6亿元"] == "广西壮族自治区"
    # nor a city the article names in passing, in an article on a port (no city speaks of itself as `全区`)
    text = (
        "记者从广西壮族自治区交通运输厅获悉,2021年北部湾港完成货物吞吐量3亿吨。其中防城港完成货物吞吐量1亿吨,"
        "北海港完成5000万吨。全区高速公路总里程达到7000公里。"
    )
    rows = subjects(extract_text, text, "2022-01", title="广西北部湾港2021年货物吞吐量达3亿吨")
    assert (rows["3亿吨"], rows["7000公里"]) == ("北部湾港", "广西壮族自治区")


def test_an_autonomous_region_names_itself_by_its_rank(extract_text):
    text = (
        "自治区审计厅报告,2020年自治区本级一般公共预算收入386.2亿元。"
        "临桂区将8.7亿元债券资金用于非公益性项目。自治区财政厅代编资金218.6亿元。"
    )
    rows = subjects(extract_text, text, "2021-07")
    assert rows == {"386.2亿元": "广西壮族自治区", "8.7亿元": "临桂区", "218.6亿元": "广西壮族自治区"}
    # in another province's article, the autonomous region named last
    text = "湖南省上半年外贸进出口增长8%。另据广西壮族自治区商务厅消息,自治区上半年外贸进出口增长12%。"
    rows = subjects(extract_text, text, "2022-08", title="湖南省上半年外贸运行情况")
    assert rows == {"8%": "湖南省", "12%": "广西壮族自治区"}
    # its own zone of a kind only a region's name makes, written alone, is it; not after `各`
    text = "上半年,广西自贸试验区新设企业1.13万家。自治区商务厅表示,力争全年自贸试验区外贸进出口突破2500亿元。"
    assert subject_of(extract_text, text, "2500亿元") == "广西自贸试验区"
    text = "上半年,广西自贸试验区新设企业1.13万家。全国各自贸试验区实际使用外资增长12%。"
    assert subject_of(extract_text, text, "12%") == "中国"
    # an area of a pilot zone written right after the zone is named in full so, and `片区` alone is it
    text = "从中国(广西)自由贸易试验区南宁片区(以下简称“南宁片区”)获悉,南宁片区新设企业8921家。\n片区新引进项目27个。"
    rows = subjects(extract_text, text, "2024-07")
    assert rows == {"8921家": "中国(广西)自由贸易试验区南宁片区", "27个": "中国(广西)自由贸易试验区南宁片区"}


def test_the_village_whose_article_it_is_is_what_the_words_of_a_village_stand_for(extract_text):
    text = "白岭村位于安吉县东北部,全村有农户426户。如今,村里白茶种植面积已达1.2万亩。"
    rows = extract_text(text, "2019-06", title="一片叶子富了一个村——安吉县白岭村的绿色发展之路")
    assert {row["mention"]: row["subject"] for row in rows} == {"426户": "白岭村", "1.2万亩": "白岭村"}
    text = "白岭村位于安吉县东北部,全村有农户426户。与之相邻的安吉县天荒坪镇余村,全村有农户280户。"
    rows = extract_text(text, "2019-06", title="一片叶子富了一个村——安吉县白岭村的绿色发展之路")
    assert {row["mention"]: row["subject"] for row in rows} == {"426户": "白岭村", "280户": "余村"}


def test_a_village_or_town_named_alone_twice_owns_its_figures(extract_text):
    text = (
        "全县村级集体经济总收入1.38亿元。\n一、石板沟村:茶旅融合\n"
        "石板沟村去年接待游客12万人次,石板沟村集体收入286万元。\n"
        "二、收入50万元以上的村达到98个\n全县集体经济收入100万元以上的村41个。"
    )
    rows = subjects(extract_text, text, "2022-01", title="湄潭县村集体经济总收入")
    assert rows == {
        "1.38亿元": "湄潭县",
        "12万人次": "石板沟村",
        "286万元": "石板沟村",
        "50万元以上": "湄潭县",
        "98个": "湄潭县",
        "100万元以上": "湄潭县",
        "41个": "湄潭县",
    }
    # a kind of village or a class of towns, named twice, is no one's name
    text = (
        "经济薄弱村12个,经济薄弱村集体收入增长10%。各乡镇街道新建公厕120座,各乡镇街道新增绿地5处。"
        "城中村改造8个,城中村拆迁面积5万平方米。"
        "2019年,全县还有“空壳村”45个,空壳村集体收入不足1万元。"
    )
    rows = subjects(extract_text, text, "2023-01", title="德清县乡村振兴")
    assert set(rows.values()) == {"德清县"}
    text = "全县新签约项目26个。盛泽镇新增市场主体3200户,盛泽镇纺织产值增长6%。"
    rows = subjects(extract_text, text, "2025-01", title="吴江区经济运行")
    assert rows == {"26个": "吴江区", "3200户": "盛泽镇", "6%": "盛泽镇"}
    # a name jieba cuts with its suffix joined to its last character (`鹿/山镇`)
    text = "全县新建农村公路215公里。鹿山镇排名第一,鹿山镇新建农村公路42公里。"
    rows = subjects(extract_text, text, "2024-07", title="永嘉县农村公路建设情况")
    assert rows == {"215公里": "永嘉县", "第一": "鹿山镇", "42公里": "鹿山镇"}


def test_a_village_written_right_after_its_town_owns_its_figures_and_the_villages_words(extract_text):
    text = "梅溪街道电商企业增长12%。从村看,梅溪街道星岚村现有各类网店860余家,全村电商销售额达到12亿元。"
    rows = subjects(extract_text, text, "2021-11")
    assert (rows["860余家"], rows["12亿元"]) == ("星岚村", "星岚村")


def test_a_town_named_once_opening_a_clause_owns_its_figures(extract_text):
    # past an item's opening (`二是`); not a clause opening with a verb (`力争`) or a place's word
    # of itself (`惠及全乡`)
    text = (
        "去年,全区新建口袋公园52个。一是石湾镇街道新建口袋公园17个;二是九江镇新增绿道23公里。"
        "西樵镇新设经营主体368户。全区绿道总长超过600公里,惠及全乡8个行政村,力争城乡居民人均绿地增加1平方米。"
        "大力发展乡村旅游,接待游客46万人次。"
    )
    rows = subjects(extract_text, text, "2024-01", title="南海区去年新建口袋公园52个")
    assert rows == {
        "52个": "南海区",
        "17个": "石湾镇街道",
        "23公里": "九江镇",
        "368户": "西樵镇",
        "600公里": "南海区",
        "8个": "南海区",
        "1平方米": "南海区",
        "46万人次": "南海区",
    }


def test_names_listed_after_a_word_of_partners_are_no_subjects_in_turn_but_after_others_they_are(extract_text):
    text = "位居前三的为杭州、宁波、温州,分别增长9.1%、8.5%和8.2%。"
    rows = subjects(extract_text, text, "2023-01", title="浙江省经济")
    assert rows == {"9.1%": "杭州市", "8.5%": "宁波市", "8.2%": "温州市"}
    text = "全省出口至美国的光伏组件增长25%,赴日本旅游人数增长12%。"
    rows = subjects(extract_text, text, "2023-01", title="浙江省外贸")
    assert rows == {"25%": "浙江省", "12%": "浙江省"}


def test_another_country_owns_its_figures_but_not_as_a_trade_partner(extract_text):
    text = "日本内阁府公布,去年四季度日本实际GDP环比下降0.4%。日本出口增长3.1%,对美国出口下降1.2%。"
    rows = subjects(extract_text, text, "2016-02", title="日本四季度经济负增长")
    assert rows == {"0.4%": "日本", "3.1%": "日本", "1.2%": "日本"}
    text = "1-10月,全省对东盟、欧盟分别进出口2119.6亿元和2030.4亿元,输往越南的出口增长18.6%。"
    rows = subjects(extract_text, text, "2025-11", title="山东省外贸运行")
    assert rows == {"2119.6亿元": "山东省", "2030.4亿元": "山东省", "18.6%": "山东省"}


def test_our_country_is_the_country_but_in_the_press_of_a_region_that_speaks_as_one(extract_text):
    text = "长沙市工程机械产业实现总产值1060亿元。业内专家认为,当前我国挖掘机保有量约为140万台。"
    assert subject_of(extract_text, text, "140万台") == "中国"
    text = "台湾经济部统计处今日公布,10月外销订单金额为543亿美元。我国出口增长12%。"
    assert subject_of(extract_text, text, "12%") == "台湾"
    text = "台湾经济部统计处今日公布,10月外销订单金额为543亿美元。全国失业率为3.4%。"  # only `我国`
    assert subject_of(extract_text, text, "3.4%") != "台湾"


def test_the_whole_of_hong_kong_is_hong_kongs_only_in_its_own_press(extract_text):
    text = "香港特区政府统计处今日公布,全港失业率为2.9%。"
    assert subject_of(extract_text, text, "2.9%") == "香港特别行政区"
    text = "广西交通运输厅统计,2024年防城港港完成货物吞吐量1.8亿吨。全港新开航线6条。"
    assert subject_of(extract_text, text, "6条") == "防城港港"


def test_a_company_named_in_full_is_known_by_its_core_too(extract_text):
    text = "江西理工大学与赣江钢铁集团签订全面合作协议。按照协议，赣江钢铁每年投入35万元做运行经费。"
    assert subject_of(extract_text, text, "35万元") == "赣江钢铁集团"
    # the core leaves the trade the name ends in, and a core of four characters is the company's
    # wherever written, whatever dictionary word runs over its edge (`精密/实现`: `密实`)
    text = (
        "常州市武进区新增高新技术企业120家。武进区的江苏恒立精密机械有限公司是其中之一。\n"
        "今年上半年,恒立精密实现营收2.1亿元。"
    )
    assert subject_of(extract_text, text, "2.1亿元") == "江苏恒立精密机械有限公司"


def test_a_word_pointing_back_before_any_name_is_the_articles_own(extract_text):
    text = "这家企业十年营收翻了十倍\n走进位于常州市武进区的江苏恒立精密机械有限公司车间。恒立精密去年营收3.6亿元。"
    assert subject_of(extract_text, text, "十倍") == "江苏恒立精密机械有限公司"


def test_a_second_list_in_turn_pairs_with_the_names_of_the_first(extract_text):
    text = "其中，滁州市、马鞍山市分别实现地区生产总值3600亿元和2900亿元，分别增长8.2%和4.6%。"
    rows = subjects(extract_text, text)
    assert rows == {"3600亿元": "滁州市", "2900亿元": "马鞍山市", "8.2%": "滁州市", "4.6%": "马鞍山市"}


def test_a_paragraph_opening_in_a_place_is_about_that_place(extract_text):
    text = "江西省脐橙产业发展迅速。\n在赣州市信丰县，县财政局局长告诉记者，过去一亩地浇一次水就要200多元。"
    assert subject_of(extract_text, text, "200多元") == "信丰县"


def test_each_list_pairs_with_the_names_before_its_own_respectively(extract_text):
    text = "宁波、温州的研发投入分别增长5%和6%，绍兴、台州分别增长7%和8%。"
    rows = subjects(extract_text, text)
    assert rows == {"5%": "宁波市", "6%": "温州市", "7%": "绍兴市", "8%": "台州市"}


@pytest.mark.parametrize(
    ("text", "mention", "subject"),
    [
        ("宁波、温州、绍兴的研发投入增速居全省前三位。", "前三位", "宁波市;温州市;绍兴市"),
        ("浙江、江苏各有3个城市入围。", "3个", "浙江省;江苏省"),
        ("星河公司在宁波、温州各有3家门店。", "3家", "星河公司"),  # places where something is
    ],
)
def test_names_listed_before_a_figure_hold_it_together(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


def test_lists_of_other_lengths_are_not_paired(extract_text):
    rows = extract_text("宁波、温州的高新技术企业分别达到3000家、2500家和2000家。")
    assert [row["mention"] for row in rows] == ["3000家", "2500家", "2000家"]
    assert len({row["subject"] for row in rows}) == 1 and rows[1]["subject"] != "温州市"


def test_subjects_built_as_attribution_builds_them(rules):
    text = matching_view("章贡区科技局介绍,全区新增企业20家。2021年,南康区帮助位于于都县的企业获得贷款5亿元。")
    starts = sentence_starts(text, rules.segments)
    subjects = article_subjects(text, 0, starts, article_frame(Article("a", text), rules), rules)
    assert subjects.default == "章贡区"
    assert subjects.named_before(text.index("20家")) == "章贡区"
    assert subjects.named_before(text.index("2021年")) == ""
    assert subjects.named_before(text.index("的企业")) == "南康区"
    figure = text.index("5亿元")
    context = Context.of(text, figure, figure + len("5亿元"), starts, rules.segments.clause_break)
    assert subjects.subject(context) == "南康区"


def test_a_pronoun_opening_a_clause_stands_for_the_person_named_most(extract_text):
    text = "孙国栋是青石中学的校长。孙国栋家住县城，孙校长写过11本书。他把15万元奖金捐了出来。"
    assert subject_of(extract_text, text, "15万元") == "孙国栋"


def test_the_people_of_a_school_are_counted_for_the_school_the_article_names_most(extract_text):
    text = "青石实验中学地处山区。青石实中扩建了校舍，青石实中每年总有十几位老师调走。全校900名学生吃上了热饭。"
    assert subject_of(extract_text, text, "十几位") == "青石实验中学"
    assert subject_of(extract_text, text, "900名") == "青石实验中学"


def test_a_name_opening_with_its_region_is_written_with_the_region_s_level_alone(extract_text):
    text = "“十三五”期间,我县组建平利县总医院统筹医疗资源。全县财政投入卫生资金9.6亿元。县总医院购置大型设备46台。"
    assert subject_of(extract_text, text, "9.6亿元") == "平利县"
    assert subject_of(extract_text, text, "46台") == "平利县总医院"
    # not another county's, named in full (`岚皋县人民医院`), for the article's own (`县人民医院`)
    text = "今年以来,平利县投入卫生资金1.2亿元。县人民医院新增床位200张。岚皋县人民医院专家来我县义诊3次。"
    assert subject_of(extract_text, text, "200张") == "平利县"
    # nor a class counted (`6个县人民医院`)
    text = "平利县人民医院今年门诊量增长10%。据统计,全市6个县人民医院共接诊患者300万人次。"
    assert subject_of(extract_text, text, "300万人次") != "平利县人民医院"


def test_a_regions_article_counts_the_people_of_its_schools_for_the_region(extract_text):
    text = (
        "新建宁都县青石中学等学校6所。其中,宁都县青石中学总投资2.6亿元。\n"
        "全年新招聘中小学教师586名。\n一是推进宁都县青石中学二期建设。"
    )
    rows = extract_text(text, "2019-01-15", title="宁都县教育局2018年工作总结")
    assert {row["mention"]: row["subject"] for row in rows}["586名"] == "宁都县"


def test_the_first_person_is_the_article_s_speaker_not_a_part_of_it_named_since(extract_text):
    text = (
        "来源：星河理工大学新闻网\n我校共获批项目147项。从学院分布看，材料科学与工程学院获批28项，"
        "化学化工学院获批21项，化学化工学院居第二。\n从申请情况看，今年我校共提交申请824项。"
    )
    rows = extract_text(text, "2024-08-28", title="我校获批国家自然科学基金项目147项")
    assert [(row["mention"], row["subject"]) for row in rows if row["mention"] in ("21项", "824项")] == [
        ("21项", "化学化工学院"),
        ("824项", "星河理工大学"),
    ]


def test_a_sentence_naming_no_one_goes_on_telling_of_the_one_organisation_named_before(extract_text):
    text = (
        "南康区新开工项目多。星岚医疗器械有限公司专业生产手术床,公司计划投资5000万元。项目建成后,预计年产手术床8000台。"
    )
    assert subject_of(extract_text, text, "8000台") == "星岚医疗器械有限公司"


def test_after_a_sentence_naming_several_organisations_no_one_goes_on(extract_text):
    text = "南康区举办创业大赛。星岚科技有限公司、云梯数据有限公司获得一等奖。此外,大赛还评出优秀奖8名。"
    assert subject_of(extract_text, text, "8名") == "南康区"


@pytest.mark.parametrize(
    CASE,
    [
        ("澳门旅客增加。\n特区政府预计全年博彩毛收入约1800亿澳门元。", "约1800亿澳门元", "澳门特别行政区"),
        ("澳门旅客增加。\n日本市场销售额达5亿元。", "5亿元", "澳门特别行政区"),
        # but a word jieba cuts there is a self-reference: `确保/全市` (though `保全` is a word too)
        ("宜丰县新增企业50家。确保全市规上工业企业达到1200家。", "1200家", "宜春市"),
        ("南昌市新增高新技术企业300家。加大全省研发投入,研发投入强度达到2%。", "2%", "江西省"),
    ],
)
def test_a_self_reference_inside_a_word_is_none(extract_text, text, mention, subject):
    # `特区政府` holds no `区政府` (the district), `日本市场` no `本市` (the city)
    assert subject_of(extract_text, text, mention) == subject


def test_a_bare_zone_suffix_in_an_article_on_a_zone_is_that_zone(extract_text):
    text = (
        "前三季度,宜春经开区实现规模以上工业营业收入286.4亿元。经开区完成固定资产投资68.2亿元。"
        "开发区新签约项目42个,新投产项目21个。整个开发区新增企业12家。"
    )
    rows = extract_text(text, "2023-10-25", title="宜春经开区前三季度主要经济指标稳步增长")
    assert {row["subject"] for row in rows} == {"宜春经开区"}
    assert [row["measure"] for row in rows if row["mention"] == "21个"] == ["increase"]


def test_a_bare_zone_suffix_of_another_kind_is_the_citys_zone_of_that_kind(extract_text):
    text = "前三季度,宜春经开区实现营业收入286.4亿元。同期,宜春高新区实现营业收入210亿元,高新区新引进项目18个。"
    rows = extract_text(text, "2023-10-25", title="宜春经开区前三季度主要经济指标稳步增长")
    assert [row["subject"] for row in rows if row["mention"] == "18个"] == ["宜春高新区"]


def test_a_zone_a_title_names_after_its_city_is_the_articles_in_its_fullest_form(extract_text):
    # the city is the zone's address; a province's `经济开发区` is written `经开区` too; the parks of
    # the city (`全市各工业园区`) are a class, no zone of the city
    text = (
        "记者从嘉陵经济开发区管委会获悉,前三季度,园区实现规上工业总产值215.6亿元,亩均税收居全市各工业园区首位。"
        "南充市规上工业增加值增长7.8%。"
    )
    rows = subjects(extract_text, text, "2024-10", title="南充市嘉陵经开区前三季度工业产值增长12.3%")
    assert rows == {"215.6亿元": "嘉陵经济开发区", "首位": "嘉陵经济开发区", "7.8%": "南充市"}


def test_a_class_of_a_regions_own_firms_is_the_regions(extract_text):
    text = (
        "2019年,山东省省属企业实现营业收入2.1万亿元。山东高速集团有限公司全年实现利润总额116.3亿元。"
        "省属企业现有各类研发人员4.7万人,其中两院院士6名。"
    )
    rows = subjects(extract_text, text, "2020-02")
    assert rows == {"2.1万亿元": "山东省", "116.3亿元": "山东高速集团有限公司", "4.7万人": "山东省", "6名": "山东省"}


def test_the_countrys_own_firms_are_the_countrys_not_the_datelines_city(extract_text):
    text = (
        "新华社北京7月20日电 国务院国资委20日发布数据,上半年中央企业实现利润总额1.1万亿元,同比增长6.2%。"
        "央企研发经费投入2100亿元。"
    )
    rows = subjects(extract_text, text, "2023-07-20")
    assert rows == {"1.1万亿元": "中国", "6.2%": "中国", "2100亿元": "中国"}


def test_a_bare_group_is_the_group_not_its_subsidiary_named_last(extract_text):
    text = (
        "1月17日,湖北交通投资集团有限公司召开2025年工作会议。全年实现营业收入512.7亿元。\n"
        "所属湖北交投科技发展有限公司入选科改企业,当年营业收入同比增长41%。集团主编或参编国家和行业标准16项。"
    )
    title = "湖北交通投资集团有限公司召开2025年工作会议"
    rows = subjects(extract_text, text, "2025-01-18", title=title)
    assert rows["41%"] == "湖北交投科技发展有限公司"
    assert rows["16项"] == "湖北交通投资集团有限公司"


def test_a_bare_group_in_an_article_on_its_firm_is_the_group_named_paragraphs_before(extract_text):
    text = (
        "3月5日,星澜建材集团有限公司召开年度会议。2023年,星澜云岫水泥有限公司生产水泥740万吨。\n"
        "会上,云岫汽车集团有限公司签下供货协议。\n"
        "今年,集团将新建骨料生产线2条。另据介绍,集团2023年实现利税4.6亿元。"
    )
    rows = subjects(extract_text, text, "2024-03-06", title="星澜云岫水泥有限公司2023年水泥产量增长")
    assert rows["740万吨"] == "星澜云岫水泥有限公司"
    assert rows["2条"] == rows["4.6亿元"] == "星澜建材集团有限公司"  # not the customer named last


def test_the_said_county_is_the_county_named_last_not_the_articles_own(extract_text):
    text = (
        "青河灌区今年引水2亿立方米。东阿县铜城街道完成渠道衬砌30公里,东阿县节水面积达到5万亩。"
        "阳谷县是改造任务最重的县。该县今年投入县级配套资金6800万元。青河灌区节水1000万立方米。"
    )
    rows = subjects(extract_text, text, "2019-11", title="青河灌区节水改造让黄河水多浇地")
    assert (rows["5万亩"], rows["6800万元"]) == ("东阿县", "阳谷县")


def test_the_said_district_may_be_the_zone_named_last(extract_text):
    text = "前三季度,全省高新区营业收入达1.2万亿元。宝鸡高新区管委会主任说,该区已有120家企业申报高企。"
    rows = subjects(extract_text, text, "2019-10-29", title="陕西高新区前三季度营收1.2万亿元")
    assert (rows["1.2万亿元"], rows["120家"]) == ("陕西省", "宝鸡高新区")


def test_the_said_district_may_be_the_autonomous_region_named_last_but_a_zone_in_a_districts_article_is_not(
    extract_text,
):
    text = "记者在南宁市青秀区采访时了解到,广西壮族自治区今年重点项目完成投资1800亿元。该区新开工项目320个。"
    assert subjects(extract_text, text, "2023-10-10")["320个"] == "广西壮族自治区"
    text = "2023年,渭滨区生产总值达500亿元。辖区内的宝鸡高新区新增企业60家。该区研发投入增长15%。"
    assert subjects(extract_text, text, "2024-01-10", source="渭滨区融媒体中心")["15%"] == "渭滨区"


def test_a_short_name_that_is_a_verb_names_no_county(extract_text):
    text = (
        "今年以来,区科技局会同区财政局安排风险补偿资金3亿元,为园区内500家企业提供贷款。"
        "我们将会同各街道做好服务。全区新增科技型企业800家。"
    )
    rows = subjects(extract_text, text, "2021-06-01", title="科技金融成效明显")
    assert rows["3亿元"] == rows["800家"] == ""  # `会同` ("jointly with") is no `会同县`


def test_a_firm_of_a_trade_written_as_its_kind_is_no_ones_name(extract_text):
    text = (
        "前三季度,全省房地产开发投资3100亿元,同比下降2.1%。分市州看,长沙市房地产开发投资1200亿元。\n"
        "注释\n1.统计范围为辖区内各类房地产开发公司。"
    )
    rows = subjects(extract_text, text, "2021-10-20", title="前三季度全省房地产开发和销售情况", source="湖南省统计局")
    assert (rows["3100亿元"], rows["1200亿元"]) == ("湖南省", "长沙市")


def test_a_levels_purse_spends_for_its_region_but_money_won_from_it_is_the_winners(extract_text):
    text = (
        "今年,平利县争取中央财政专项资金3000万元,全县新建高标准农田5万亩。"
        "中央财政安排农田建设补助资金1000亿元,省级财政配套20亿元。"
    )
    rows = subjects(extract_text, text, "2022-07", title="平利县高标准农田建设")
    assert (rows["3000万元"], rows["1000亿元"], rows["20亿元"]) == ("平利县", "中国", "陕西省")


def test_a_zone_written_by_its_suffix_alone_is_the_one_of_that_kind_named_last(extract_text):
    text = (
        "“十三五”期间,全县高企数量达到40家。截至2020年底,岚皋经开区规划面积12平方公里。"
        "2020年,经开区规上工业产值达86亿元。"
    )
    rows = subjects(extract_text, text, "2021-02", title="岚皋县“十三五”科技创新综述")
    assert rows["86亿元"] == "岚皋经开区"  # not its city's `安康经开区`


def test_a_zone_written_by_its_suffix_alone_is_not_one_of_another_city_named_before(extract_text):
    text = "近日,宝鸡市党政考察团赴苏州高新区学习考察。今年以来,高新区新认定高企60家。"
    assert subjects(extract_text, text, "2023-10-20", source="宝鸡日报")["60家"] == "宝鸡高新区"


def test_development_zones_of_any_kind_in_a_citys_article_are_the_citys(extract_text):
    text = "上半年,我市12个开发区营业收入达900亿元。开发区内高新技术企业300家,占全市的80%。"
    rows = subjects(extract_text, text, "2022-07-26", title="上半年我市开发区主要指标过半", source="宝鸡日报")
    assert rows["300家"] == rows["80%"] == "宝鸡市"


def test_townships_listed_together_are_named_once_each(extract_text):
    text = (
        "上半年,章贡区工业运行平稳。从营业收入看,黄岭镇、白沙镇和东山街道位列前三,分别完成8.5亿元、5.3亿元、4.9亿元。"
    )
    subjects = {row["mention"]: row["subject"] for row in extract_text(text, "2018-07-20")}
    assert subjects["8.5亿元"] == "黄岭镇"
    assert subjects["4.9亿元"] == "东山街道"


def test_a_county_seat_named_after_its_county_is_a_township(extract_text):
    text = "上半年,平利县新增学位900个,其中平利镇、老县镇分别新增学位420个、160个。"
    subjects = {row["mention"]: row["subject"] for row in extract_text(text, "2024-07-20")}
    assert (subjects["900个"], subjects["420个"], subjects["160个"]) == ("平利县", "平利镇", "老县镇")


def test_a_township_bounded_by_a_clause_or_a_list_may_be_named_with_common_nouns(extract_text):
    text = (
        "上半年,平利县工业产值增长8%。石榴湾镇新引进项目14个,总投资36亿元;老县镇、杏花镇分别完成投资3.1亿元、2.4亿元。"
        "全县营业网点86个,城区及乡镇网点占七成。"
    )
    subjects = {row["mention"]: row["subject"] for row in extract_text(text, "2024-07-20")}
    assert (subjects["14个"], subjects["3.1亿元"], subjects["2.4亿元"]) == ("石榴湾镇", "老县镇", "杏花镇")
    assert subjects["七成"] == "平利县"  # a joiner is in no name


def test_words_that_hold_a_township_suffix_name_no_township(extract_text):
    text = (
        "上半年,平利县卫健系统开展名医坐镇义诊,服务群众860人次;科技下乡开展活动36场;人才返乡创业项目达到26个;"
        "平安街道创建投入资金120万元;县城街道新增路灯420盏。"
    )
    subjects = {row["mention"]: row["subject"] for row in extract_text(text, "2024-07-20")}
    assert set(subjects.values()) == {"平利县"}
    # but a village after its township stays (`乡下` is a word)
    rows = extract_text("平利县高桥乡下坝村今年种植茶叶860亩。", "2024-07-20")
    assert [row["subject"] for row in rows] == ["下坝村"]


def test_townships_whose_names_hold_common_words_are_found(extract_text):
    text = (
        "上半年,平利县新城乡、古城乡分别完成投资3.2亿元、2.6亿元。三和镇新增市场主体320户。白沙乡村民人均收入1.56万元。"
    )
    subjects = {row["mention"]: row["subject"] for row in extract_text(text, "2024-07-20")}
    assert (subjects["3.2亿元"], subjects["2.6亿元"], subjects["320户"]) == ("新城乡", "古城乡", "三和镇")
    assert subjects["1.56万元"] == "白沙乡"


def test_the_articles_own_region_named_since_takes_a_paragraph_back_from_its_opening(extract_text):
    text = "东盟连续多年保持云南第一大贸易伙伴地位。2022年,云南对东盟进出口420亿元。其中,对越南进出口180亿元。"
    rows = extract_text(text, "2023-01-18", title="云南外贸稳步增长")
    assert {row["mention"]: row["subject"] for row in rows}["180亿元"] == "云南省"
    # not where it is named but not acting (a complement)
    rows = extract_text("昆明市是云南省省会。2022年实现地区生产总值7500亿元。", "2023-01", title="云南各州市经济运行")
    assert {row["mention"]: row["subject"] for row in rows}["7500亿元"] == "昆明市"


def test_an_article_whose_title_names_a_school_beside_its_county_is_the_schools(extract_text):
    text = "青石中学地处宁都县山区,青石中学扩建了校舍,青石中学名声在外。如今每年总有十几位老师调走。"
    rows = extract_text(text, "2019-09-09", title="宁都县:山里的青石中学")
    assert {row["mention"]: row["subject"] for row in rows}["十几位"] == "青石中学"


def test_an_office_only_one_region_has_acts_for_it_in_a_firms_article(extract_text):
    text = (
        "星岚电子股份有限公司公布8月营收。据经济部发布的数据,7月制造业营业额为1.38兆元。"
        "星岚电子表示,公司配合市生态环境部门完成检查,8月营收18.4亿元。"  # not `生态环境部` of `部门`
    )
    found = subjects(extract_text, text, "2025-09-08", title="星岚电子8月营收年增9%")
    assert found == {"1.38兆元": "台湾", "18.4亿元": "星岚电子股份有限公司"}
    # an office a clause only names is a party, not whom its figures are of
    text = "无锡市科技局表示,去年全市获批国家知识产权局专利导航项目4个,集团经济部统计显示,下属企业利润增长7%。"
    assert subjects(extract_text, text, "2025-03-01") == {"4个": "无锡市", "7%": "无锡市"}


def test_an_interviews_answers_are_of_the_firm_its_speaker_has_a_role_in(extract_text):
    text = (
        "在星河工业园区,记者见到了星河纺织有限公司总经理孙国栋。\n\n"
        "记者:今年企业经营情况如何?\n\n"
        "孙国栋:今年新上生产线3条,投资1.2亿元。全年订单预计增长20%。\n"
    )
    rows = extract_text(text, "2017-11", title="星河工业园区纺织企业见闻")
    assert {row["subject"] for row in rows} == {"星河纺织有限公司"}
