"""Pins what a figure measures (indicator.py, ANNOTATION §4): the terms before it,
the noun after it, the role of counted firms, and rates that share one verb."""

import pytest

from extract.context import Context
from extract.find import candidates
from extract.indicator import head_noun, money_head, nearest_before, role, share_predicates
from extract.normalise import normalise, normalised
from extract.segment import sentence_starts


def indicators(rows):
    return [(row["mention"], row["indicator"]) for row in rows]


def figures(text, rules):
    starts = sentence_starts(text, rules.segments)
    return [
        (Context.of(text, c.start, c.end, starts, rules.segments.clause_break), normalise(c, rules))
        for c in [c for c, _ in normalised(candidates(text, rules), rules)]
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全区新增高新技术企业", "high_tech_enterprises"),
        ("研发投入(R&D)强度达", "rd_intensity"),
        ("全县已建成各类孵化载体总面积", "incubators"),
        ("研发机构法人化试点单位", "rd_platforms"),
        ("园区规划占地面积", "land_area"),
        ("规划总面积", "land_area"),
        ("按研究与试验发展(R&D)人员全时工作量计算的人均经费", "rd_spending"),
        ("全年下达财政科技经费", "subsidy"),
        ("安排技术改造引导 资金", "subsidy"),  # a blank a line break left in a PDF
        ("累计服务市场主体数量超过", "events"),  # firms by what was done for them
        ("全区研发备案企业", "rd_spending"),
        ("研发投入较大的企业", "enterprises"),
        ("企业年产 值", "revenue"),
        ("全区", None),
    ],
)
def test_nearest_before_takes_the_last_term_a_generic_head_yielding(text, expected, rules):
    assert nearest_before(rules.indicators, text) == expected


def test_nearest_before_skips_excluded_indicators(rules):
    table = rules.indicators
    assert nearest_before(table, "累计发放科技信用贷款") == "loan"
    assert nearest_before(table, "累计发放科技信用贷款", table.money) is None
    assert nearest_before(table, "外商投资企业增长", frozenset({"enterprises"})) is None  # not its 投资


@pytest.mark.parametrize(
    "text, expected",
    [
        ("市级科技型企业获得", "tech_enterprises"),
        ("企业发展基金", "fund"),
        ("家重点研发投入企业", "rd_spending"),
        ("国家重点实验室", "rd_platforms"),
        ("孵化载体总面积", "incubators"),
        ("用于支持重点产业链上下游企业", None),
        ("乡镇、26个行政村", "other"),
    ],
)
def test_head_noun_is_the_last_term_of_a_compound_within_reach(text, expected, rules):
    assert head_noun(rules.indicators, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("信用贷款帮我们渡过难关", "loan"),
        ("的“章江青创科技种子投资基金”", "fund"),
        ("规模的企业发展基金", "fund"),
        ("的高新技术企业", None),
        ("用于企业技术改造", None),
        ("经济效益,遭受学者质疑", "other"),
        ("的南昌大学等5所高校", None),
    ],
)
def test_money_head_reads_money_terms_after_an_amount_and_its_owner(text, expected, rules):
    assert money_head(rules.indicators, rules.subjects.owner, text) == expected


@pytest.mark.parametrize(
    "right, sentence, expected",
    [
        ("市级科技型企业获得科技信用贷款", "", "financed_firms"),
        ("科技型企业申请科技信用贷款", "", "loan"),
        ("企业享受研发费用加计扣除", "", "tax_incentive"),
        ("企业获得财政补贴", "", "subsidy"),
        ("企业享受续贷支持", "", "financed_firms"),
        ("企业参加高新技术企业认定", "", "high_tech_enterprises"),
        ("企业参加", "大赛吸引了60余家企业参加", "other"),
        ("企业参加", "", None),
        ("家企业共建了重点实验室", "", "rd_platforms"),
        ("家大型企业集团签署全面合作协议", "", "achievements"),
        ("个项目获得科技信用贷款", "", None),
    ],
)
def test_role_gives_firms_the_indicator_of_what_they_got_or_did(right, sentence, expected, rules):
    assert role(rules.indicators, right, sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全区登记科技成果863项,财政经费支持5270万元,同比增长13.7%和9.8%。", ["a", "b", "a", "b"]),
        ("全区营业收入52亿元,利润3亿元,分别增长12%、8%。", ["a", "b", "a", "b"]),
        ("全区营业收入52亿元,利润3亿元,营收增长12%,利润增长8%。", ["a", "b", "c", "d"]),
        ("全区营业收入52亿元。利润3亿元,增长12%和8%。", ["a", "b", "c", "d"]),
        ("分别给予400万元、250万元的奖励,而此前分别是180万元、120万元。", ["subsidy", "subsidy", "c", "d"]),
    ],
)
def test_joined_rates_take_the_figures_before_them_in_their_sentence(text, expected, rules):
    assert share_predicates(rules, figures(text, rules), ["a", "b", "c", "d"]) == expected


def test_shared_growth_rates_measure_their_own_figures(extract_text):
    rows = extract_text("2022年,全区登记科技成果863项,财政经费支持5270万元,同比增长13.7%和9.8%。")
    assert [(row["mention"], row["indicator"], row["measure"]) for row in rows] == [
        ("863项", "achievements", "total"),
        ("5270万元", "subsidy", "total"),
        ("13.7%", "achievements", "growth_rate"),
        ("9.8%", "subsidy", "growth_rate"),
    ]


def test_joined_growth_rates_whose_clause_names_what_grew_measure_that(extract_text):
    rows = extract_text("全县地区生产总值158.6亿元,增长7.2%;城乡居民人均可支配收入分别增长5.8%和7.9%。")
    assert [(row["mention"], row["indicator"]) for row in rows] == [
        ("158.6亿元", "gdp"),
        ("7.2%", "gdp"),
        ("5.8%", "other"),
        ("7.9%", "other"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "对主导制定国际标准、国家标准的,分别给予企业80万元、40万元和20万元奖励。",
            [("80万元", "subsidy"), ("40万元", "subsidy"), ("20万元", "subsidy")],
        ),
        (
            "投资1500万元以上至4500万元、4500万元以上的,参照其对地方财政贡献的45%和65%给予企业奖励。",
            [
                ("1500万元以上至4500万元", "investment"),
                ("4500万元以上", "investment"),
                ("45%", "subsidy"),
                ("65%", "subsidy"),
            ],
        ),
    ],
)
def test_figures_listed_before_a_noun_all_measure_it(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("奖励新认定的高新技术企业,每家40万元", [("40万元", "subsidy")]),
        ("贷款支持科技型企业,总额达1.2亿元", [("1.2亿元", "loan")]),
        ("技术合作项目金额达3亿元", [("3亿元", "tech_trade")]),
        ("设立8000万元规模的企业发展基金", [("8000万元", "fund")]),
        ("全区研发投入达12亿元,研发机构120家", [("12亿元", "rd_spending"), ("120家", "rd_platforms")]),
        ("帮助248家市级科技型企业获得科技信用贷款4.3亿元", [("248家", "financed_firms"), ("4.3亿元", "loan")]),
        ("30家企业获得股权投资2亿元", [("30家", "financed_firms"), ("2亿元", "investment")]),
    ],
)
def test_amounts_take_money_indicators_and_counts_do_not(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "全市研究与试验发展(R&D)经费支出38.7亿元,占GDP的比重为1.8%,居全省第四位。",
            [("38.7亿元", "rd_spending"), ("1.8%", "rd_intensity"), ("第四位", "rd_intensity")],
        ),
        (
            "一季度GDP为2874.9亿元,在所有城市中排名第15位,而在财政收入城市排名中,排名第9位。",
            [("2874.9亿元", "gdp"), ("第15位", "gdp"), ("第9位", "other")],
        ),
        ("上半年GDP排名第4位的乙市,财政收入增长6%。", [("第4位", "gdp"), ("6%", "other")]),  # 的 names the one ranked
        (
            "该市GDP增速居全省第二。入选名单的城市已增至30个,该市居第21位。",
            [("第二", "gdp"), ("30个", "other"), ("第21位", "gdp")],
        ),
    ],
)
def test_a_ranking_with_no_term_since_the_figure_before_ranks_it(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("该校立项数居全国农林类高校第三位。", [("第三位", "projects")]),
        ("学校发明专利授权量在江苏高校中排名第六。", [("第六", "patents")]),
        ("全校科研经费总量在全省高校中排名第一。", [("第一", "rd_spending")]),
        ("该市在全省GDP排名中居第三。", [("第三", "gdp")]),  # the measure told inside the scope
    ],
)
def test_the_peers_a_rank_is_among_name_nothing_it_measures(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("5A级景区接待游客425万人次,同比增长18.7%。", [("425万人次", "events"), ("18.7%", "events")]),
        (
            "乡村游接待游客873万人次,占全省游客总量的27.4%。",
            [("873万人次", "events"), ("27.4%", "events")],
        ),
        (
            "截至9月底,全省发电装机容量达到9865万千瓦,同比增长11.2%。",
            [("9865万千瓦", "capacity"), ("11.2%", "capacity")],
        ),
        # a clause that names what changed, though with no term of the lexicon, measures that
        ("全年接待游客425万人次,人均消费增长8%。", [("425万人次", "events"), ("8%", "other")]),
        # but an industry is a part of what the sentence before measures
        (
            "全市规上工业增加值增长6.8%。分行业看,汽车制造业增长31.5%,纺织业增长2.1%。",
            [("6.8%", "gdp"), ("31.5%", "gdp"), ("2.1%", "gdp")],
        ),
        # a noun after the rate, or a term before it, says what it measures
        (
            "全年撬动商业贷款3.7亿元,帮助解决了62.48%科技型企业融资难题。",
            [("3.7亿元", "loan"), ("62.48%", "financed_firms")],
        ),
    ],
)
def test_a_rate_whose_sentence_names_nothing_measures_the_figure_before_it(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("去年公共开支占GDP的18%。", [("18%", "other")]),
        ("高新技术企业增加值占GDP比重达31%。", [("31%", "gdp")]),
        # `占地` is no land taken here
        ("全区财政收入18亿元,占地区生产总值的比重为8%。", [("18亿元", "other"), ("8%", "other")]),
        ("上述行业经费占全部研究与试验发展经费的比重为64.2%。", [("64.2%", "rd_spending")]),
        # a clause that opens with the share: its part is named before it
        ("公司研发投入达85.9亿元,占营业收入的13.8%。", [("85.9亿元", "rd_spending"), ("13.8%", "rd_spending")]),
        # a share of a plan, or of another figure
        ("一般公共预算收入完成156.3亿元,完成年度预算的54.6%。", [("156.3亿元", "other"), ("54.6%", "other")]),
        ("技术合同成交额1200亿元,相当于全省地区生产总值的7.6%。", [("1200亿元", "tech_trade"), ("7.6%", "tech_trade")]),
        ("全市重点项目完成年度投资计划的82.6%。", [("82.6%", "investment")]),  # a plan named in the part's clause
    ],
)
def test_a_share_takes_its_part_not_its_whole(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全市研发经费支出45亿元,占地区生产总值的2.1%,比上年增长8.2%。", "rd_spending"),
        ("一般公共预算收入完成156.3亿元,为预算的103.2%,增长8.1%。", "other"),
    ],
)
def test_a_growth_after_a_share_grows_the_part_not_the_whole(text, expected, extract_text):
    assert indicators(extract_text(text))[-1] == (text[text.rindex("长") + 1 : -1], expected)


def test_a_rate_after_a_firm_term_measures_what_grew_not_the_firms(extract_text):
    rows = extract_text("分经济类型看,股份制企业增加值同比增长6.3%,集体企业增长2.4%;入驻企业达260家。")
    assert indicators(rows) == [("6.3%", "gdp"), ("2.4%", "gdp"), ("260家", "enterprises")]
    # but a rate right after a count of firms grows the count
    rows = extract_text("其中,新设企业4830户,同比增长16.2%;新设个体工商户9120户,增长7.4%,占新设总量的65.3%。")
    assert indicators(rows) == [
        ("4830户", "enterprises"),
        ("16.2%", "enterprises"),
        ("9120户", "enterprises"),
        ("7.4%", "enterprises"),
        ("65.3%", "enterprises"),
    ]


def test_those_benefiting_take_the_money_scheme_before_them(extract_text):
    rows = extract_text("去年发放消费券共50亿元,共有1900万人领取;另有10万人参加培训。")
    assert indicators(rows) == [("50亿元", "subsidy"), ("1900万人", "subsidy"), ("10万人", "events")]


def test_those_counted_as_of_a_money_scheme_take_it(extract_text):
    rows = extract_text("领取电子消费券的180万人,大多是老人;参加培训的5万人则不计;获得贷款的30家企业,总投资的8个项目。")
    assert indicators(rows) == [
        ("180万人", "subsidy"),
        ("5万人", "events"),
        ("30家", "financed_firms"),
        ("8个", "projects"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "该市营业收入增长较快。此后公司延续势头,跨过500亿元门槛,跻身十强。",
            [("500亿元", "revenue"), ("十强", "revenue")],
        ),
        (
            "全市GDP增速居全省第二。\n二、新的挑战\n8000亿元,这座城市仍在追赶。",
            [("第二", "gdp"), ("8000亿元", "other")],
        ),
        ("全市GDP增速居全省第二。该市创新能力排名第5位。", [("第二", "gdp"), ("第5位", "other")]),
        (
            "全省高新技术企业总数达到12362家。其中郑州市占全省总数的44.2%。",
            [("12362家", "high_tech_enterprises"), ("44.2%", "high_tech_enterprises")],
        ),
        # not a growth of something its clause names (`旅客发送量`, no term of the lexicon)
        (
            "全市实现地区生产总值5000亿元,同比增长6%。全年旅客发送量增长5.6%。",
            [("5000亿元", "gdp"), ("6%", "gdp"), ("5.6%", "other")],
        ),
        # a growth, said before the rate or right after it
        (
            "苏州市实现地区生产总值1.76万亿元,增长5.0%。\n从增速看,盐城市以7.1%的增速位居全省第一,宿迁市增长6.8%。",
            [("1.76万亿元", "gdp"), ("5.0%", "gdp"), ("7.1%", "gdp"), ("第一", "gdp"), ("6.8%", "gdp")],
        ),
        # a growth in a part of the year, or told with an adverb, names nothing else
        (
            "全年地区生产总值10243.3亿元,增长6.9%。分季度看,一季度增长12.7%,上半年增长9.9%。",
            [("10243.3亿元", "gdp"), ("6.9%", "gdp"), ("12.7%", "gdp"), ("9.9%", "gdp")],
        ),
        (
            "國際旅客有97,516人次,按年大幅上升2.9倍,按月亦增加3.1%。",
            [("97,516人次", "events"), ("2.9倍", "events"), ("3.1%", "events")],
        ),
    ],
)
def test_an_amount_or_rank_whose_sentence_names_nothing_continues_its_section(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("今年发放消费券20亿元,市民可在全市300家便利店领取。", [("20亿元", "subsidy"), ("300家", "other")]),
        ("今年发放消费券,市民走访了50多名学生的家。", [("50多名", "events")]),
        ("在获得的10项科技奖中,有8项与材料有关。", [("10项", "achievements"), ("8项", "achievements")]),
        # ... nor a count whose clause names its noun right before it
        ("全区研发投入3.5亿元,新增学位820个。", [("3.5亿元", "rd_spending"), ("820个", "other")]),
        ("全市研发投入1.8亿元,清理河道淤泥达9.4万立方米。", [("1.8亿元", "rd_spending"), ("9.4万立方米", "other")]),
        # but a total or a part of a place counts what the clause before names
        (
            "新增高新技术企业260家,总数达1480家。",
            [("260家", "high_tech_enterprises"), ("1480家", "high_tech_enterprises")],
        ),
        # ... nor a rate of its own named right before it
        ("全省发电量增长7%,新能源利用率达97.2%。", [("7%", "capacity"), ("97.2%", "other")]),
        # but a rate of the figure before is of what that figure is
        ("全省生产总值达1.6万亿元,增长率为5.8%。", [("1.6万亿元", "gdp"), ("5.8%", "gdp")]),
        # and people listed after people take their term
        ("全市引进高层次人才860名,引进青年人才2万余人。", [("860名", "talent"), ("2万余人", "talent")]),
    ],
)
def test_a_count_of_a_noun_of_its_own_takes_no_term_of_another_clause(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


def test_a_share_of_firms_helped_by_financing_counts_financed_firms(extract_text):
    rows = extract_text("全区发放信用贷款4亿元,缓解了45%科技型企业融资困难。")
    assert indicators(rows) == [("4亿元", "loan"), ("45%", "financed_firms")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "全省营业收入超3亿元的高新技术企业95家,占比12.5%。",
            [("超3亿元", "revenue"), ("95家", "revenue"), ("12.5%", "revenue")],
        ),
        (
            "全省投资额超3亿元的项目95个,占比12.5%。",
            [("超3亿元", "investment"), ("95个", "projects"), ("12.5%", "projects")],
        ),
        (  # a verb between the firms and their count
            "利润总额超过50亿元的企业有16家。",
            [("50亿元", "profit"), ("16家", "profit")],
        ),
        (  # a threshold the rules read no measure in leaves the firms firms
            "年缴税额超千万元的电商企业达326家。",
            [("超千万元", "other"), ("326家", "enterprises")],
        ),
        (  # goods traded online are sales
            "年网络交易额超千万元的电商企业达326家。",
            [("超千万元", "revenue"), ("326家", "revenue")],
        ),
    ],
)
def test_firms_counted_over_a_threshold_take_what_it_measures(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


def test_a_bare_amount_whose_section_names_nothing_takes_the_topic_the_title_names(extract_text):
    text = "1、冠军的危与机\n多少年了，该市在省内遥遥领先。\n9876.5亿元，该市仍是全省唯一的“万亿俱乐部”候选。"
    rows = extract_text(text, "2022-02", title="2021年全省各市地区生产总值排行出炉")
    assert [(row["mention"], row["indicator"]) for row in rows] == [("9876.5亿元", "gdp")]
    untitled = extract_text(text, "2022-02")
    assert [(row["mention"], row["indicator"]) for row in untitled] == [("9876.5亿元", "other")]


def test_a_head_written_alone_means_what_the_article_s_terms_ending_in_it_mean(extract_text):
    # `经费` alone is R&D funds in an R&D bulletin, a subsidy in a subsidy notice
    bulletin = "全省R&D经费578.6亿元。分活动主体看,各类企业R&D经费495.1亿元;政府属研究机构经费34.8亿元。"
    notice = "对认定的平台给予项目经费支持。财政经费共安排3000万元,每个平台经费50万元。"
    rows = [*extract_text(bulletin, "2024-09"), *extract_text(notice, "2024-09")]
    assert {row["mention"]: row["indicator"] for row in rows if row["mention"] in ("34.8亿元", "50万元")} == {
        "34.8亿元": "rd_spending",
        "50万元": "subsidy",
    }


def test_a_count_of_people_measures_people_not_the_projects_named_before(extract_text):
    rows = extract_text("如今,明月村已引进文创项目51个,吸引新村民100余人,培养本地人才30名。")
    assert indicators(rows) == [("51个", "projects"), ("100余人", "other"), ("30名", "talent")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "全市研发经费投入96.3亿元,占地区生产总值比重达2.45%,较上年提高0.12个百分点。",
            [("96.3亿元", "rd_spending"), ("2.45%", "rd_intensity"), ("0.12个百分点", "rd_intensity")],
        ),
        # a clause that names what changed keeps it
        (
            "全市研发投入强度为2.45%,城镇化率提高0.8个百分点。",
            [("2.45%", "rd_intensity"), ("0.8个百分点", "other")],
        ),
    ],
)
def test_a_change_in_points_that_names_nothing_changes_the_ratio_before_it(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


def test_a_rate_told_as_hong_kong_and_macau_tell_it_measures_the_figure_before_it(extract_text):
    rows = extract_text("统计暨普查局资料显示,十月份入境旅客共282.6万人次,按年增加2.4倍。")
    assert indicators(rows) == [("282.6万人次", "events"), ("2.4倍", "events")]


def test_a_share_right_after_a_count_is_a_share_of_what_it_counts(extract_text):
    rows = extract_text("其中,合肥市累计拥有国家级“小巨人”企业203家,占全省总数的39.6%。")
    assert indicators(rows) == [("203家", "enterprises"), ("39.6%", "enterprises")]


def test_a_rate_measures_the_figure_right_before_it_though_its_sentence_names_other_terms(extract_text):
    rows = extract_text("成都市实现旅游收入168.2亿元;乐山市接待游客386.5万人次,同比增长25.6%。")
    assert indicators(rows)[-1] == ("25.6%", "events")
    # but rates listed together each grow their own figure, in order
    rows = extract_text("全市实施基金项目1320项,财政经费支持8740万元,同比增长14.2%和12.8%。")
    assert indicators(rows)[-2:] == [("14.2%", "projects"), ("12.8%", "subsidy")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "公司营业收入和净利润分别为12.3亿元和1.5亿元,同比分别增长10.2%和20.1%。",
            [("12.3亿元", "revenue"), ("1.5亿元", "profit"), ("10.2%", "revenue"), ("20.1%", "profit")],
        ),
        (
            "1—10月,汽车产销分别完成2401.6万辆和2396.9万辆,同比分别增长8.9%和9.1%。",
            [("2401.6万辆", "capacity"), ("2396.9万辆", "revenue"), ("8.9%", "capacity"), ("9.1%", "revenue")],
        ),
        # the names of those who did it are no list of what they did, nor are the parties where a term follows
        ("河南农业大学、河南大学分别获奖18项和15项。", [("18项", "achievements"), ("15项", "achievements")]),
        ("规上企业和高新技术企业分别实现营业收入120亿元和80亿元。", [("120亿元", "revenue"), ("80亿元", "revenue")]),
    ],
)
def test_figures_listed_after_respectively_measure_the_terms_before_it_in_order(text, expected, extract_text):
    assert indicators(extract_text(text)) == expected


def test_households_counted_outside_a_loan_terms_clause_are_no_borrowers(extract_text):
    rows = extract_text("全县贷款余额增长15%,今年拆除危房1200户。", "2023-07")
    assert [row["indicator"] for row in rows if row["mention"] == "1200户"] != ["financed_firms"]
