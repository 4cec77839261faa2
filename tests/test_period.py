"""Pins when a figure holds (period.py, ANNOTATION §7): what each time rule gives,
which time governs a figure, and what falls back to the article's year."""

import datetime

import pytest
import regex

from extract.times import ArticleDate, _matches, resolve, scheduled_days, within, year_to_date

DATE = "2023-06"


def periods(rows):
    return [(row["mention"], row["period"]) for row in rows]


@pytest.mark.parametrize(
    "text, period",
    [
        ("2019年11月14日,来自遂昌县内的40余家众创空间负责人齐聚一堂", "2019-11-14"),
        ("2020年1-8月,全市技术合同成交额85亿元", "2020-01/2020-08"),
        ("截至2020年11月末,全区累计建成各级众创空间26家", "2020-11"),
        ("2016—2020年研发投入年均增长10%", "2016/2020"),
        ("2022年上半年实现营业收入3亿元", "2022-H1"),
        ("2022年下半年,全区新增企业20家", "2022-H2"),
        ("2022年前三季度,全区完成投资50亿元", "2022-Q1/2022-Q3"),
        ("2022年第4季度,全区完成投资20亿元", "2022-Q4"),
        ("“十三五”期间研发投入年均增长10%", "2016/2020"),
        ("“十四五”时期研发投入年均增长10%", "2021/2025"),
        ("2021年,德清新认定省级研发平台7家", "2021"),
        ("2020年以来,全县新增企业20家", "2023"),  # up to now: the article's year, as the dev gold dates `2008年以来`
        ("到2027年底,全县建成标准厂房总面积600万平方米以上", "2027"),
        ("截至今年5月底,本市合作银行累计投放信贷86.42亿元", "2023-05"),
        ("去年3月,全区新增企业20家", "2022-03"),
        ("前年,全区新增企业20家", "2021"),
        ("今年以来,全区新增企业20家", "2023"),
        ("第1季度,全省新增市场主体8.6万户", "2023-Q1"),
        ("截至3月末,实有市场主体总量达到460多万户", "2023-03"),
        ("截至目前,本市已认定各类新型研发机构64家", "2023"),
        ("3年来,全区新增企业20家", "2023"),
        ("近5年,学院承担各类横向课题1300余项", "2023"),
        ("自2009年在该县推行以来,全县新增茶园16000亩", "2023"),
        ("17/18年度,政府有1,000多亿盈余", "2017/2018"),
        ("在“十三五”开局之际,新增服务网点47个", "2016"),
        ("从2013年开始,连续4年累计投入12亿元", "2013/2016"),
    ],
)
def test_each_time_rule_gives_its_period(text, period, extract_text):
    [row] = extract_text(text, DATE)
    assert row["period"] == period


def test_times_relative_to_the_article_need_its_year(rules):
    table = rules.periods
    rule = {time.name: time for time in table.times}
    assert resolve(rule["relative_year"], {"relative": "去年"}, ArticleDate.of("2023"), table) == "2022"
    assert resolve(rule["relative_year"], {"relative": "去年"}, ArticleDate.of(""), table) == ""
    assert resolve(rule["quarter_of_this_year"], {"quarter": "二"}, ArticleDate.of(""), table) == ""
    assert resolve(rule["year_month"], {"year": "2022", "month": "9"}, ArticleDate.of(""), table) == "2022-09"
    assert resolve(rule["past_year"], {}, ArticleDate.of("2022-02-23"), table) == "2021"
    assert resolve(rule["fiscal_year"], {"year": "2019", "next_year": "20"}, ArticleDate.of(""), table) == "2019/2020"


@pytest.mark.parametrize(
    "text, found",
    [
        ("2019年11月14日", [("2019年11月14日", "full_date")]),
        ("2020年1-8月", [("2020年1-8月", "month_span")]),
        ("截至今年5月底,较2017年", [("今年5月底", "relative_year_month"), ("2017年", "year")]),
        ("2022年前三季度和第4季度", [("2022年前三季度", "first_quarters"), ("第4季度", "quarter_of_this_year")]),
    ],
)
def test_time_matches_run_left_to_right_the_first_rule_winning_at_a_start(text, found, rules):
    assert [(match.group(), rule.name) for match, rule in _matches(text, rules.periods)] == found


def test_time_matches_are_those_of_one_alternation_of_all_rules(rules):
    times = rules.periods.times
    alternation = regex.compile(
        "|".join(f"(?P<rule{i}>{time.finds.pattern})" for i, time in enumerate(times)), times[0].finds.flags
    )
    text = "2019年11月14日,截至今年5月底,2020年1-8月,“十三五”期间,3年来,第1季度,2021年至今,去年3月初,2019年上半年"
    expected = [
        (m.span(), next(time.name for i, time in enumerate(times) if m.group(f"rule{i}") is not None))
        for m in alternation.finditer(text)
    ]
    assert len(expected) == 10
    assert [(m.span(), rule.name) for m, rule in _matches(text, rules.periods)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全区2021年新增企业20家,2022年新增企业30家。", [("20家", "2021"), ("30家", "2022")]),
        ("2021年,全区新增企业20家,营收增长10%。", [("20家", "2021"), ("10%", "2021")]),
        ("研发投入强度达4.2%——2021年,青田经开区交出这样一份成绩单。", [("4.2%", "2021")]),
        ("全区新增企业20家；2021年,营收增长10%。", [("20家", "2023"), ("10%", "2021")]),
        ("2021年,全区新增企业20家。\n\n营收增长10%。", [("20家", "2021"), ("10%", "2021")]),
        (
            "2020年,全区新增企业10家。2021年,全区新增企业20家。\n\n其中高新技术企业8家。",
            [("10家", "2020"), ("20家", "2021"), ("8家", "2021")],
        ),
    ],
)
def test_the_nearest_governing_time_clause_then_sentence_part_then_paragraphs_before(text, expected, extract_text):
    assert periods(extract_text(text, DATE)) == expected


def test_what_has_happened_is_not_dated_by_a_plan_told_after_it(extract_text):
    text = (
        "5月10日,高新区2023年第二季度重大项目集中签约仪式在科技城举行,此次签约项目8个,涉及新材料、电子信息等产业。\n\n"
        "星岚科技项目分两期建设,一期投资12亿元,用地约300亩,计划2024年3月开工,2025年6月建成投产。\n\n"
        "恒远材料项目投资6亿元,租用标准厂房5万平方米。"
    )
    assert periods(extract_text(text, DATE)) == [
        ("8个", "2023-05-10"),
        ("12亿元", "2023-05-10"),
        ("约300亩", "2023-05-10"),
        ("6亿元", "2023-05-10"),
        ("5万平方米", "2023-05-10"),
    ]


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("全区高新技术企业累计216家,较2017年增长1.8倍。", DATE, [("216家", "2023"), ("1.8倍", "2023")]),
        ("2021年,云和县的国家高新技术企业累计216家,较2017年增长1.8倍", DATE, [("216家", "2021"), ("1.8倍", "2021")]),
        (
            "2022年,全县生产总值85亿元,比2019年、2020年分别增长21%、15%",
            DATE,
            [("85亿元", "2022"), ("21%", "2022"), ("15%", "2022")],
        ),
        ("成立于2015年的恒岳机电拥有外观专利23件。", DATE, [("23件", "2023")]),
        ("2018年4月,吉安县启动科技信用贷款试点,已发放贷款2亿元。", DATE, [("2亿元", "2023")]),
        ("记者5月14日从南昌高新区获悉,该区已集聚企业2700余家", "2024-06", [("2700余家", "2024")]),
        ("编制了《江西省基础研究行动计划(2022—2030年)》,我省共有8个国家重点实验室", DATE, [("8个", "2023")]),
    ],
)
def test_times_that_qualify_something_else_do_not_govern(text, date, expected, extract_text):
    assert periods(extract_text(text, date)) == expected


@pytest.mark.parametrize(
    "text, modality, period",
    [
        ("截至目前,本市已认定各类新型研发机构64家", "actual", "2023"),
        ("目前,全区力争新增企业20家。", "target", ""),
        ("目前,对新认定的省级专精特新企业一次性奖励25万元。", "policy", ""),
        ("全区新增企业20家。", "actual", "2023"),
        ("力争新增企业20家。", "target", ""),
    ],
)
def test_now_and_no_time_give_the_article_year_only_to_actual_figures(text, modality, period, extract_text):
    [row] = extract_text(text, DATE)
    assert (row["modality"], row["period"]) == (modality, period)


def test_a_time_up_to_now_stops_an_earlier_time_governing(extract_text):
    rows = extract_text("2021年,全区新增企业20家。目前,全区拥有专利30件。", DATE)
    assert periods(rows) == [("20家", "2021"), ("30件", "2023")]
    # also where it opens the part of a sentence after a semicolon, not where it ends one
    text = "处长介绍,2023年全市教育支出318.4亿元;“十四五”以来,教育经费累计投入1265亿元,年均增长5.2%。"
    rows = extract_text(text, "2024-11-19")
    assert periods(rows) == [("318.4亿元", "2023"), ("1265亿元", "2024"), ("5.2%", "2024")]


@pytest.mark.parametrize(
    "text, date, title, expected",
    [
        # a now-word within quotation marks
        (
            "2019年是全县推进医共体建设的第一年。\n01 看病不用往外跑\n2019年,县域内就诊率达到89.6%。\n"
            "“现在在家门口就能做胃镜,只花了200元。”王阿姨说。\n02 基层越来越强\n全县基层门急诊量达到298.7万人次。",
            "2020-01-10",
            "",
            [("89.6%", "2019"), ("200元", "2020"), ("298.7万人次", "2019")],
        ),
        # any time within speech, a longer one (`今年`) or another (`2023年`)
        (
            "记者5月6日从市文化和旅游局获悉,5月1日至5日,全市共接待游客30万人次。\n\n"
            "“今年我们的民宿提前一周订满,客人比往年多两成。”一位店主说。\n\n"
            "全市A级景区接待游客12万人次,实现门票收入860万元。",
            "2024-05-06",
            "五一假期全市接待游客30万人次",
            [
                ("30万人次", "2024-05-01/2024-05-05"),
                ("两成", "2024"),
                ("12万人次", "2024-05-01/2024-05-05"),
                ("860万元", "2024-05-01/2024-05-05"),
            ],
        ),
        (
            "上半年,全市外贸进出口总额达到1260亿元,同比增长8.2%。\n\n"
            "“2023年我们出口额只有3亿元,今年上半年已经超过了去年全年。”一家企业负责人说。\n\n"
            "全市出口额780亿元,增长10.5%。",
            "2024-07-20",
            "上半年全市外贸进出口增长8.2%",
            [
                ("1260亿元", "2024-H1"),
                ("8.2%", "2024-H1"),
                ("3亿元", "2023"),
                ("780亿元", "2024-H1"),
                ("10.5%", "2024-H1"),
            ],
        ),
    ],
)
def test_a_speakers_time_dates_their_paragraph_not_the_paragraphs_after_it(text, date, title, expected, extract_text):
    assert periods(extract_text(text, date, title=title)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2016年,婺源县出台《若干措施》。\n\n比如,科技型中小企业审核入库一次性奖2万元", [("2万元", "2016")]),
        (
            "2023年,该公司研发投入达17.6亿元。\n\n对新认定的省级专精特新企业一次性奖励25万元",
            [("17.6亿元", "2023"), ("25万元", "")],
        ),
        ("2018年4月,吉安县启动科技信用贷款试点,单户最高额度可达300万元", [("300万元", "")]),
    ],
)
def test_a_policy_parameter_is_dated_only_by_the_issue_of_its_policy(text, expected, extract_text):
    rows = extract_text(text, DATE)
    assert periods(rows) == expected
    assert rows[-1]["modality"] == "policy"


def test_a_policy_the_lead_tells_issued_is_dated_by_that_day_where_no_date_line_is(extract_text):
    text = (
        "湖州发布引才新政\n"
        "2017年4月12日,湖州市《关于加快人才集聚的若干意见》正式发布,引起了省内外各类人才和用人单位的普遍关注。\n"
        "2016年,湖州市在人才方面的财政投入是9.4亿元。\n"
        "对经认定的顶尖人才给予200万元的安家补贴。"
    )
    rows = extract_text(text, "2017-06-02")
    assert periods(rows) == [("9.4亿元", "2016"), ("200万元", "2017-04-12")]
    assert rows[-1]["modality"] == "policy"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("购物券自10月12日起可用到明年3月31日。\n县政府通过追加预算案,编列420亿元。", [("420亿元", "2021")]),
        ("纸质券自9月27日起可在全省1.2万家便利店预订。", [("1.2万家", "2021")]),
        ("8月25日,全市新增企业20家。", [("20家", "2021-08-25")]),
    ],
)
def test_a_time_after_the_article_date_does_not_date_what_is_actual(text, expected, extract_text):
    assert periods(extract_text(text, "2021-09-09")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("明年,全市将安排资金25亿元。", ("2022", "target")),
        # a year written out may name a programme or a fiscal year: no target by itself
        ("2023年度市级科技计划项目申报工作已结束,共受理申报项目1200项。", ("2021", "actual")),
        # a day to come of the article's year dates an event, not the figure: no target
        ("纸质券自9月27日起可在全省1.2万家便利店预订。", ("2021", "actual")),
        # a deadline further on in the sentence neither
        ("五倍券共设有11道防伪设计,使用期限至2022年4月30日。", ("2021", "actual")),
    ],
)
def test_a_figure_its_sentence_dates_in_a_year_to_come_is_a_target(text, expected, extract_text):
    first = extract_text(text, "2021-09-09")[0]
    assert (first["period"], first["modality"]) == expected


def test_fiscal_quarters_are_the_calendar_quarters_the_text_says_they_cover(extract_text):
    text = (
        "星岚科技公司今日公布2012财年第三季度的财报,亚太成为星岚全球业绩增长最快的区域之一,服务器销量稳步上升。\n"
        "截至6月30日的第三财季,星岚科技公司实现净利润8.6亿美元。\n"
        "星岚预计第四财季营收将达到45亿美元左右。"
    )
    rows = extract_text(text, "2012-07-20")
    assert periods(rows) == [("8.6亿美元", "2012-Q2"), ("45亿美元左右", "2012-Q3")]


@pytest.mark.parametrize("text", ["上一季度,全区新增企业20家", "增幅只有前一季度的一半"])
def test_the_quarter_before_is_not_the_first_quarter(text, extract_text):
    [row] = extract_text(text, "2011-07-22")
    assert row["period"] != "2011-Q1"


def test_a_time_relative_to_completion_dates_what_it_will_yield_to_no_period_and_leaves_a_policy_its_issue(
    extract_text,
):
    text = (
        "(2022年3月15日)\n"
        "一期工程于2012年如期完成并达产,二期工程投产后可新增年产0.85亿片晶圆的产能。\n"
        "成果在县域内转化后,有良好市场前景的,给予企业20万元奖励。"
    )
    rows = extract_text(text, "2022-03")
    assert [(row["mention"], row["period"], row["modality"]) for row in rows] == [
        ("0.85亿片", "", "target"),
        ("20万元", "2022-03-15", "policy"),
    ]


def test_a_story_whose_lead_holds_no_time_is_dated_by_the_time_the_next_paragraph_opens_with(extract_text):
    text = (
        "湖州市清源中学校长林书航要退休了,作为省重点高中校长,他在全省教育界都广受认可,但这位名校长却做了一个决定。\n"
        "2015年,他来到青海海东市,当这所中学的校长。\n"
        "这所学校的中考成绩在全市垫底。\n"
        "校园本该是安静之地,可是午休时吵吵嚷嚷好似集市。\n"
        "1\n"
        "省级名校长在小县城遇难题\n"
        "刚在学校走了一圈,2000多名师生只有一个食堂。\n"
        "2018年,全校620名学生参加高考。"
    )
    rows = extract_text(text, "2018-09-09")
    assert periods(rows) == [("2000多名", "2015"), ("一个", "2015"), ("620名", "2018")]


def test_a_lead_told_this_year_so_far_leaves_the_sections_to_the_titles_span_from_the_years_start(extract_text):
    text = (
        "今年以来,全省外资工作稳中有进。2024年1—9月,全省新设外商投资企业786家,较上年同期增加30家。\n"
        "一、产业结构\n"
        "制造业实际使用外资9.8亿美元,较上年同期提高4.9个百分点。\n"
        "二、重点区域\n"
        "合肥市实际使用外资10.7亿美元,占全省的47.3%。"
    )
    rows = extract_text(text, "2024-10-25", title="前三季度全省实际使用外资22.6亿美元")
    assert periods(rows) == [
        ("786家", "2024-01/2024-09"),
        ("30家", "2024-01/2024-09"),
        ("9.8亿美元", "2024-01/2024-09"),
        ("4.9个百分点", "2024-01/2024-09"),
        ("10.7亿美元", "2024-Q1/2024-Q3"),
        ("47.3%", "2024-Q1/2024-Q3"),
    ]
    rows = extract_text(text, "2024-10-25", title="全省外资工作综述")  # no span in the title: the lead's year
    assert periods(rows)[-2:] == [("10.7亿美元", "2024"), ("47.3%", "2024")]


def test_the_start_of_a_change_dates_only_the_figure_it_qualifies(extract_text):
    text = "2012年,示范区柑橘亩产量由2009年以前的1800公斤提升到了2500公斤,亩增产700公斤。"
    assert periods(extract_text(text, "2013-04")) == [("1800公斤", "2008"), ("2500公斤", "2012"), ("700公斤", "2012")]


@pytest.mark.parametrize(
    "text, period",
    [
        ("县政府今通过追加预算案,编列420亿元", "2021-09-09"),
        ("今天,全市新增本土个案7例", "2021-09-09"),
        ("在竞争日益激烈的今天,全市新增企业20家", "2021"),
        ("当今,全市新增企业20家", "2021"),
    ],
)
def test_today_is_the_article_day_but_not_these_days(text, period, extract_text):
    [row] = extract_text(text, "2021-09-09")
    assert row["period"] == period


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "2021年,全省高技术制造业增加值占规上工业的比重从上年的22.6%提高到24.1%。",
            [("22.6%", "2020"), ("24.1%", "2021")],
        ),
        ("2002年,全省GDP为2785.4亿元。19年后,全省GDP突破3万亿元。", [("2785.4亿元", "2002"), ("3万亿元", "2021")]),
    ],
)
def test_years_before_and_after_are_counted_from_the_time_last_named_not_from_the_article(text, expected, extract_text):
    assert periods(extract_text(text, "2022-01-27")) == expected


def test_an_untold_past_dates_its_own_sentence_to_no_period_and_no_further(extract_text):
    text = "2012年,全县新建茶园1.6万亩。过去由于缺少灌溉设施,每亩浇水要花200多元。于是,县财政安排专项资金150万元。"
    assert periods(extract_text(text, "2013-04")) == [("1.6万亩", "2012"), ("200多元", ""), ("150万元", "2012")]


@pytest.mark.parametrize("span", ["连续多年", "多年来", "近5年", "在此支教三年期间"])
def test_a_span_of_many_years_up_to_now_gives_the_article_year(span, extract_text):
    rows = extract_text(f"2021年,全市新增企业20家。人均GDP{span}位居全省第二。", DATE)
    assert periods(rows) == [("20家", "2021"), ("第二", "2023")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "2015年至2017年间,鼎丰置业的营业成本分别为21.3亿元、36.8亿元和52.7亿元,三年内增幅达147%。",
            [("21.3亿元", "2015"), ("36.8亿元", "2016"), ("52.7亿元", "2017"), ("147%", "2015/2017")],
        ),
        ("2015年至2017年间,营业支出和营业成本分别增长86.2%和147%。", [("86.2%", "2015/2017"), ("147%", "2015/2017")]),
        # a list of as many times, the digits of a figure grouped by commas
        (
            "2016年、2017年及2018年1-6月,公司分别实现营业收入2.86亿元、6.43亿元和4.02亿元;"
            "同期净利润分别为-1.24亿元、3,712.5万元和4,096.8万元。",
            [
                ("2.86亿元", "2016"),
                ("6.43亿元", "2017"),
                ("4.02亿元", "2018-01/2018-06"),
                ("-1.24亿元", "2016"),
                ("3,712.5万元", "2017"),
                ("4,096.8万元", "2018-01/2018-06"),
            ],
        ),
    ],
)
def test_a_list_of_one_figure_a_year_after_respectively_gives_each_its_year(text, expected, extract_text):
    assert periods(extract_text(text, "2019-08")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021年,全区新增企业20家。计划在未来两个月内开27家新店。", [("20家", "2021"), ("27家", "")]),
        (
            "2015年至2017年间,营业支出从21.3亿元增至52.7亿元,三年内增幅达147%。",
            [("21.3亿元", "2015"), ("52.7亿元", "2017"), ("147%", "2015/2017")],
        ),
    ],
)
def test_a_span_within_some_years_is_the_span_just_named_or_else_untold(text, expected, extract_text):
    assert periods(extract_text(text, "2022-05")) == expected


def test_a_paragraph_that_opens_with_a_time_and_introduces_headed_sections_dates_them(extract_text):
    text = (
        "2025年,该县将实施“四大行动”。\n\n"
        "企业培育行动\n\n"
        "加大宣传力度,做好服务工作。\n\n"
        "平台建设行动\n\n"
        "深化校地合作,强化平台建设。\n\n"
        "孵化提升行动\n\n"
        "力争新增众创空间3家。"
    )
    assert periods(extract_text(text, "2025-03")) == [("3家", "2025")]


def test_an_untold_time_after_a_figure_in_its_clause_dates_only_what_comes_after_it(extract_text):
    text = "5月11日,全区新开工项目9个,其中二期200MW生产线投产后可形成年产3亿片的产能。"
    assert periods(extract_text(text, "2020-05")) == [("9个", "2020-05-11"), ("200MW", "2020-05-11"), ("3亿片", "")]


def test_direct_speech_opening_a_paragraph_is_a_new_voice_no_earlier_time_reaches(extract_text):
    text = "去年6月,星河公司新项目进入储备库。\n“企业普遍贷款难。”局长称,为此,该区争取市财政资金3.5亿元。"
    assert [(row["mention"], row["period"]) for row in extract_text(text, "2021-05")] == [("3.5亿元", "2021")]


def test_a_time_within_the_titles_dates_its_own_paragraph_and_the_titles_time_the_paragraphs_after(extract_text):
    text = (
        "今年前11个月,全市外贸进出口总值1.22万亿元,同比增长0.7%。\n"
        "11月当月,全市外贸进出口1136.8亿元,同比增长4.1%。\n"
        "从贸易方式看,一般贸易进出口9417.4亿元,增长1.5%。\n"
        "从市场看,对东盟进出口1082.2亿元,增长5.6%。\n"
        "从商品看,机电产品出口4507.8亿元,增长3.2%。"
    )
    rows = extract_text(text, "2023-12-20", title="前11个月全市外贸进出口总值1.22万亿元")
    months = "2023-01/2023-11"
    assert periods(rows) == [
        ("1.22万亿元", months),
        ("0.7%", months),
        ("1136.8亿元", "2023-11"),
        ("4.1%", "2023-11"),
        ("9417.4亿元", months),
        ("1.5%", months),
        ("1082.2亿元", months),
        ("5.6%", months),
        ("4507.8亿元", months),
        ("3.2%", months),
    ]
    # a day within a span of days, as within a span of months
    text = "首日(10月1日)全市接待游客80万人次。\n从区域看,主城区接待游客120万人次。"
    rows = extract_text(text, "2023-10-08", title="10月1日至7日全市接待游客500万人次")
    assert periods(rows) == [("80万人次", "2023-10-01"), ("120万人次", "2023-10-01/2023-10-07")]
    # a paragraph that goes on with the one before keeps its time
    text = "一季度,全市GDP增长5%。\n其中,工业增加值增长6%。\n全市GDP达3000亿元。"
    assert periods(extract_text(text, "2023-05-20", title="2023年全市经济运行情况")) == [
        ("5%", "2023-Q1"),
        ("6%", "2023-Q1"),
        ("3000亿元", "2023"),
    ]


def test_a_time_the_same_as_the_titles_written_otherwise_runs_on_as_any_time(extract_text):
    text = "今年1-9月,全省技术合同成交额达1386.5亿元。\n从输出方来看,企业输出技术合同成交额1102.3亿元。"
    rows = extract_text(text, "2023-11-02", title="前三季度全省技术合同成交额同比增长32%")
    assert periods(rows) == [("1386.5亿元", "2023-01/2023-09"), ("1102.3亿元", "2023-01/2023-09")]


def test_the_day_the_news_is_told_does_not_end_the_titles_time(extract_text):
    text = (
        "星河地产今日公布截至2023年6月30日止六个月之中期业绩。\n期内,集团股东基础溢利为137.73亿港元。\n"
        "董事局宣布派发中期股息每股1.25港元。\n期内,集团的合约销售额约为119.23亿港元。"
    )
    rows = extract_text(text, "2023-08-24", title="星河地产公布截至2023年6月30日止六个月中期业绩")
    assert [period for _, period in periods(rows)] == ["2023-H1"] * 3


@pytest.mark.parametrize(
    ("period", "to_date"),
    [
        ("2023-Q3", "2023-Q1/2023-Q3"),
        ("2023-Q1", "2023-Q1"),
        ("2023-H1", "2023-H1"),
        ("2023-H2", "2023"),
        ("2023-08", "2023-01/2023-08"),
        ("2023-06", "2023-H1"),
        ("2023-09", "2023-Q1/2023-Q3"),
        ("2023", "2023"),
        ("2016/2020", "2016/2020"),
        ("2023-09-30", "2023-Q1/2023-Q3"),
        ("2023-12-31", "2023"),
        ("2023-Q4", "2023"),
    ],
)
def testyear_to_date_runs_from_the_start_of_the_year_to_the_end_of_the_period(period, to_date):
    assert year_to_date(period) == to_date


def test_a_quarter_written_without_its_year_is_in_the_year_last_named_if_recent(extract_text):
    text = "国家统计局介绍了2023年国民经济运行情况。分季度看,一季度国内生产总值同比增长4.5%,二季度增长6.3%。"
    assert [period for _, period in periods(extract_text(text, "2024-01-17"))] == ["2023-Q1", "2023-Q2"]
    # a year long past is no year of the quarter: the article's is
    text = "公司成立于2009年。2015年,公司营收1亿元。一季度,公司营收增长20%。"
    assert periods(extract_text(text, "2024-05-10"))[-1] == ("20%", "2024-Q1")
    # a quarter or day that has ended in the article's year is in it, whatever year was named
    text = "去年,公司营收增长20%。一季度,公司营收3亿元。1月15日,公司新签订单3亿元。"
    assert periods(extract_text(text, "2024-05-20"))[1:] == [("3亿元", "2024-Q1"), ("3亿元", "2024-01-15")]
    # a day or month of the article's own month that follows last year's figures is this year's
    text = "2023年,全市地区生产总值增长5.2%。3月5日,全市新签约项目12个。3月份,全市新开工项目8个。"
    assert [period for _, period in periods(extract_text(text, "2024-03-05"))] == ["2023", "2024-03-05", "2024-03"]
    # and a span from a month up to now is in the article's year (ANNOTATION §7)
    text = "2023年,全市地区生产总值增长5.2%。2月份以来,全市新开工项目8个。"
    assert [period for _, period in periods(extract_text(text, "2024-03-05"))] == ["2023", "2024"]


def test_whole_year_and_yearless_quarters_count_from_the_year_a_title_reviews(extract_text):
    # the year before the article's, named in its title: a quarter ending in the article's month is in it too
    text = "初步核算,全年全省地区生产总值1.02万亿元。分季度看,一季度增长12.7%。年末常住人口2490万人。"
    rows = extract_text(text, "2022-03-21", title="甘肃省2021年国民经济和社会发展统计公报")
    assert periods(rows) == [("1.02万亿元", "2021"), ("12.7%", "2021-Q1"), ("2490万人", "2021")]
    # not a year the title names as a founding, a target or a span's start
    text = "全年公司实现营业收入10.2亿元,上年营业收入为8.1亿元。"
    rows = extract_text(text, "2023-12-20", title="2018年落户北碚 这家企业今年营收突破10亿元")
    assert periods(rows) == [("10.2亿元", "2023"), ("8.1亿元", "2022")]
    rows = extract_text("上年全市高新技术企业总数为1100家。", "2023-12-28", title="到2025年全市高新技术企业达到2000家")
    assert periods(rows) == [("1100家", "2022")]


def test_a_span_of_months_up_to_the_titles_month_dates_only_its_own_paragraph(extract_text):
    text = (
        "10月份,全国居民消费价格同比上涨3.8%。1—10月平均,全国居民消费价格比去年同期上涨2.6%。\n"
        "从环比看,居民消费价格上涨0.9%。\n"
        "从同比看,食品烟酒价格上涨11.4%。"
    )
    rows = extract_text(text, "2019-11-09", title="2019年10月份居民消费价格解读")
    assert periods(rows) == [
        ("3.8%", "2019-10"),
        ("2.6%", "2019-01/2019-10"),
        ("0.9%", "2019-10"),
        ("11.4%", "2019-10"),
    ]
    # a year is no such span: the review of a year goes on dating the paragraphs after it
    text = "2015年日本出口总额为75.6万亿日元。\n分地区看,日本对美国出口15.2万亿日元,增长11.0%。"
    rows = extract_text(text, "2016-02-15", title="日本去年第四季度经济再现负增长")
    assert periods(rows) == [("75.6万亿日元", "2015"), ("15.2万亿日元", "2015"), ("11.0%", "2015")]


@pytest.mark.parametrize(
    ("text", "date", "title", "expected"),
    [
        (
            "记者从星河省保险行业协会获悉,截至8月9日,全省保险机构共接到台风相关报案4.7万件,已支付赔款5.8亿元。\n"
            "台风7月28日在沿海登陆,带来强风暴雨,多地受灾较重。\n"
            "从险种看,车险报案3.2万件,已赔付2.0亿元。",
            "2023-08-10",
            "全省保险业台风已赔付5.8亿元",
            [
                ("4.7万件", "2023-08-09"),
                ("5.8亿元", "2023-08-09"),
                ("3.2万件", "2023-08-09"),
                ("2.0亿元", "2023-08-09"),
            ],
        ),
        # a day may open the story of an article on a month
        (
            "7月28日,星河港二期工程正式开工。项目总投资50亿元,建设泊位6个。",
            "2023-09-05",
            "8月全省工业增加值增长5%",
            [("50亿元", "2023-07-28"), ("6个", "2023-07-28")],
        ),
        # a day past the span the article tells of: the day its news came out, its paragraph's only
        (
            "截至7月31日,全县规上企业2023年半年报已全部报送。全县规上企业利润总额8.4亿元。\n\n"
            "“效益稳中向好。”局长说。\n\n“下一步将加强运行监测。”局长说。\n\n"
            "分行业看,平利县食品加工企业利润总额2.6亿元。",
            "2023-08-05",
            "上半年全县规上企业利润增长",
            [("8.4亿元", "2023-H1"), ("2.6亿元", "2023-H1")],
        ),
        # but a day past it that the story moves on to goes on dating what follows
        (
            "截至10月25日,全市秋收工作已基本结束。\n\n据统计,全市秋粮播种面积320万亩。",
            "2024-10-28",
            "前三季度全市农业增加值增长3.5%",
            [("320万亩", "2024-10-25")],
        ),
        # a year the story moves to goes on dating what follows
        (
            "2001年,中国加入世贸组织,经济进入新阶段。这一年,全省生产总值仅有3500亿元。",
            "2021-12-30",
            "全省生产总值20年增长12倍",
            [("3500亿元", "2001")],
        ),
    ],
)
def test_the_day_of_an_event_looked_back_at_or_of_the_news_dates_nothing_after_its_sentence(
    text, date, title, expected, extract_text
):
    assert periods(extract_text(text, date, title=title)) == expected


def test_the_day_the_news_is_told_does_not_date_the_results_the_title_dates(extract_text):
    text = "(2024年11月20日,北京)星澜网络今日公布业绩。\n总收入为86.2亿元,同比增长12%。"
    rows = extract_text(text, "2024-11-20", title="星澜网络公布2024年第三季度业绩")
    assert periods(rows) == [("86.2亿元", "2024-Q3"), ("12%", "2024-Q3")]
    rows = extract_text(text, "2024-11-20", title="星澜网络公布业绩")  # a title without a time: the day stays
    assert periods(rows) == [("86.2亿元", "2024-11-20"), ("12%", "2024-11-20")]
    # nor where the lead tells the time of the results (a title of no time)
    text = (
        "8月26日晚,星河城建控股有限公司发布2021年中期业绩公告。公告显示,公司实现收入143.7亿港元。"
        "\n\n期内,公司新签合约额412亿港元。"
    )
    rows = extract_text(text, "2021-08-27", title="星河城建中期收入增23.5%")
    assert periods(rows) == [("143.7亿港元", "2021-H1"), ("412亿港元", "2021-H1")]
    # within its own paragraph the day goes on dating what happened on it
    text = "10月20日,全市举办专场招聘会。现场提供岗位5000个,达成就业意向3200人。"
    rows = extract_text(text, "2024-10-20", title="前三季度全市城镇新增就业3.2万人")
    assert periods(rows) == [("5000个", "2024-10-20"), ("3200人", "2024-10-20")]


@pytest.mark.parametrize(
    "inner, outer, lies_within",
    [
        ("2024-02-10", "2024-02-10/2024-02-17", True),
        ("2024-02-10/2024-02-17", "2024-02-10", False),
        ("2023-11", "2023-01/2023-11", True),
        ("2023-Q4", "2023-01/2023-11", False),
        ("2023", "2023-12-31", False),
        ("2023-12-31", "2023", True),
        ("2024-02", "2024-02-10/2024-02-17", False),
        ("2021-H1", "2021", True),
    ],
)
def test_a_period_lies_within_another_as_far_as_both_are_told(inner, outer, lies_within):
    assert within(inner, outer) is lies_within


@pytest.mark.parametrize(
    ("text", "date", "title", "expected"),
    [
        # a heading that tells no time goes back to the title's, past the times of the section before
        (
            "记者11月18日从市财政部门获悉,今年1—10月,全市民生领域支出531.6亿元。局长表示,2023年全市民生领域支出654.9亿元。\n"
            "【稳岗就业】\n"
            "全市就业补助支出17.4亿元,增长5.6%。",
            "2024-11-19",
            "星河市1—10月民生支出占比达80.4%",
            [
                ("531.6亿元", "2024-01/2024-10"),
                ("654.9亿元", "2023"),
                ("17.4亿元", "2024-01/2024-10"),
                ("5.6%", "2024-01/2024-10"),
            ],
        ),
        # ... a numbered one to its peer's before it, else its parent's
        (
            "一、2023年预算执行情况\n(一)一般公共预算\n全县一般公共预算收入18.42亿元。\n"
            "二、2024年预算草案\n全县一般公共预算收入预期19.8亿元。\n三、主要措施\n对16个重点项目开展绩效评估。",
            "2024-01-10",
            "关于2023年预算执行情况和2024年预算草案的报告",
            [("18.42亿元", "2023"), ("19.8亿元", "2024"), ("16个", "2024")],
        ),
        # a table's cells and a picture's caption open no section
        (
            "全市经济稳中有进。\n2023年1-9月主要指标\n工业增加值\n1250亿元\n增长6.5%",
            "2024-01-20",
            "2023年全市经济运行稳中有进",
            [("1250亿元", "2023-01/2023-09"), ("6.5%", "2023-01/2023-09")],
        ),
        (
            "1—11月,全市新增企业2.1万家。\n图为星河工业园区\n全市新增市场主体3.2万户。",
            "2024-01-20",
            "2023年全市经济运行稳中有进",
            [("2.1万家", "2023-01/2023-11"), ("3.2万户", "2023-01/2023-11")],
        ),
        # an unnumbered heading goes on in the numbered section it lies in; a chapter holds its items
        (
            "一、2023年工作回顾\n全市经济稳中向好。\n工业经济\n全市规上工业增加值增长8.2%。",
            "2024-01-20",
            "2024年政府工作报告",
            [("8.2%", "2023")],
        ),
        (
            "第一章 2023年发展成就\n一、经济实力\n全市地区生产总值达3000亿元。",
            "2024-01-20",
            "2024年政府工作报告",
            [("3000亿元", "2023")],
        ),
    ],
)
def test_where_a_heading_that_tells_no_time_lies_and_what_opens_no_section(text, date, title, expected, extract_text):
    assert periods(extract_text(text, date, title=title)) == expected


def test_a_time_off_the_reports_told_in_a_numbered_item_does_not_reach_into_the_next(extract_text):
    # `去年` ends a change in item 二 and dates it; item 三 goes on in the time told before the run
    # of items, as item 五 does in one told within the report's (`6月末`)
    text = (
        "今年以来,全县加大交通投入,上半年完成交通投资3.1亿元。\n"
        "一是农村公路提档。新改建农村公路74公里。\n"
        "二是客运站场建设推进。完成站场改造5处,县城公交客运量由2015年的420万人次增加到去年的760万人次。\n"
        "三是物流网络完善。投资2600万元建成乡镇物流站点14个。\n"
        "四是交通信贷加力。6月末全县交通贷款余额7.2亿元。\n"
        "五是交通基金扩容。全县交通发展基金余额3亿元。"
    )
    rows = extract_text(text, "2018-07-20", title="平利县上半年完成交通投资3.1亿元")
    assert periods(rows) == [
        ("3.1亿元", "2018-H1"),
        ("74公里", "2018-H1"),
        ("5处", "2018-H1"),
        ("420万人次", "2015"),
        ("760万人次", "2017"),
        ("2600万元", "2018-H1"),
        ("14个", "2018-H1"),
        ("7.2亿元", "2018-06"),
        ("3亿元", "2018-06"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # where the title tells no time, no time is off it: one an item tells reaches into the next
        (
            "近日,县统计局发布数据。\n一是农业稳定。2023年全县粮食产量9.8万吨。\n二是工业提速。规上工业增加值增长6.9%。",
            "我县经济运行总体平稳",
            [("9.8万吨", "2023"), ("6.9%", "2023")],
        ),
        # a run opened within a paragraph (`...:一是`) begins there: the time told before it is no item's
        (
            "2023年,全市经济回升向好。\n2024年,全市将着力抓好以下几项工作:一是地区生产总值增长5.5%。\n"
            "二是固定资产投资达到420亿元。",
            "2023年全市经济回升向好",
            [("5.5%", "2024"), ("420亿元", "2024")],
        ),
        # a plan's year after the report's, told in an item, goes on in the next
        (
            "2023年,全县地区生产总值增长5.8%。下一步,我县将重点抓好以下工作:\n一是稳增长。2024年力争地区生产总值增长6%。\n"
            "二是抓项目。实施重点项目50个。",
            "平利县2023年工作总结",
            [("5.8%", "2023"), ("6%", "2024"), ("50个", "2024")],
        ),
        # `之一是` is no first item: the run goes on
        (
            "上半年,全县完成投资3.1亿元。\n一是产业提质。去年全县新材料产值12亿元。\n"
            "二是园区扩容。星河园区三大主导产业之一是新材料,新增企业8家。\n三是招商提速。签约项目15个。",
            "平利县上半年经济运行",
            [("3.1亿元", "2024-H1"), ("12亿元", "2023"), ("8家", "2024-H1"), ("15个", "2024-H1")],
        ),
    ],
)
def test_where_a_run_of_numbered_items_begins_and_what_is_off_the_report(text, title, expected, extract_text):
    assert periods(extract_text(text, "2024-02-10", title=title)) == expected


def test_a_time_the_first_sentence_under_a_heading_tells_is_its_sections(extract_text):
    text = (
        "市住建局昨日公布,9月全市新建商品住宅成交3200套。\n\n二手房市场\n\n"
        "据统计,今年7月至9月全市二手住宅成交9800套。\n\n成交均价为每平方米1.52万元,环比下降0.6%。\n\n"
        "土地市场\n\n全市出让住宅用地4宗。"  # the next section: the title's time again
    )
    rows = extract_text(text, "2025-10-12", title="9月全市新房成交3200套")
    assert periods(rows) == [
        ("3200套", "2025-09"),
        ("9800套", "2025-07/2025-09"),
        ("1.52万元", "2025-07/2025-09"),
        ("0.6%", "2025-07/2025-09"),
        ("4宗", "2025-09"),
    ]


@pytest.mark.parametrize(
    "holiday, year, told, days",
    [
        ("国庆", "2024", None, "2024-10-01/2024-10-07"),
        ("国庆", "2023", None, "2023-09-29/2023-10-06"),  # run into the Mid-Autumn festival's days off
        ("端午", "2024", None, "2024-06-08/2024-06-10"),  # and into the weekend before it
        ("元旦", "2024", None, "2023-12-30/2024-01-01"),  # the days off before the year's first
        ("元旦", "2025", None, "2025-01-01"),
        ("五一", "2019", None, "2019-05-01/2019-05-04"),
        ("元旦", "2023", datetime.date(2023, 12, 30), "2023-12-30/2024-01-01"),  # the one begun by then
        ("元旦", "2023", datetime.date(2023, 12, 28), ""),  # none begun lately: one to come
        ("春节", "2024", datetime.date(2024, 1, 20), ""),
        ("春节", "2024", datetime.date(2024, 3, 5), "2024-02-10/2024-02-17"),
        ("国庆", "2090", None, ""),  # a year the schedule does not cover yet
        ("暑运", "2024", None, ""),  # no holiday of the schedule
    ],
)
def test_a_holiday_whose_days_are_not_told_runs_over_the_days_the_schedule_gives_it(holiday, year, told, days, rules):
    assert scheduled_days(holiday, year, rules.periods, told) == days


def test_a_holiday_of_a_region_off_the_mainland_schedule_keeps_its_year(extract_text):
    rows = extract_text("交通部统计,国庆假期,台铁运送旅客186万人次。", "2023-10-11", title="台湾国庆连假交通统计")
    assert [row["period"] for row in rows] == ["2023"]


def test_a_fiscal_year_runs_to_the_month_the_text_says_one_ends_in(extract_text):
    text = (
        "星河科学园公司今日发表年报(截至2021年3月31日止财政年度)。2020/21年度,公司总收入为9.6亿港元。"
        "全年举办活动400场。政府2021/22年度预算拨款3亿港元。"
    )
    rows = dict(periods(extract_text(text, "2021-10-15", title="星河科学园公司发表2020/21年度年报")))
    assert rows["9.6亿港元"] == rows["400场"] == "2020-04/2021-03"
    assert rows["3亿港元"] == "2021-04/2022-03"
    # where no text says, a fiscal year is its two years (`2025/26年度财政预算案`)
    assert periods(extract_text("2025/26年度财政预算案动用760亿元。", "2025-02")) == [("760亿元", "2025/2026")]
