"""Pins when a figure holds (period.py, ANNOTATION §7): what each time rule gives,
which time governs a figure, and what falls back to the article's year."""

import pytest
import regex

from extract.times import ArticleDate, _matches, resolve

DATE = "2023-06"


def periods(rows):
    return [(row["mention"], row["period"]) for row in rows]


@pytest.mark.parametrize(
    "text, period",
    [
        ("2022年9月21日,来自江北区内的30余家孵化载体负责人齐聚一堂", "2022-09-21"),
        ("2022年1-9月,全市技术合同成交额120亿元", "2022-01/2022-09"),
        ("截至2022年9月末,全区累计建成各级孵化载体35家", "2022-09"),
        ("2016—2020年研发投入年均增长10%", "2016/2020"),
        ("2022年上半年实现营业收入3亿元", "2022-H1"),
        ("2022年下半年,全区新增企业20家", "2022-H2"),
        ("2022年前三季度,全区完成投资50亿元", "2022-Q1/2022-Q3"),
        ("2022年第4季度,全区完成投资20亿元", "2022-Q4"),
        ("“十三五”期间研发投入年均增长10%", "2016/2020"),
        ("“十四五”时期研发投入年均增长10%", "2021/2025"),
        ("2021年,綦江引进市级研发机构新增18家", "2021"),
        ("2022年以来,全区新增企业20家", "2022"),
        ("到2025年底,全市建成孵化载体总面积1000万平方米以上", "2025"),
        ("截至今年6月底,我市已促成合作银行累计发放贷款157.38亿元", "2023-06"),
        ("去年3月,全区新增企业20家", "2022-03"),
        ("前年,全区新增企业20家", "2021"),
        ("今年以来,全区新增企业20家", "2023"),
        ("第1季度,全省新增市场主体12.5万户", "2023-Q1"),
        ("截至3月末,实有市场主体总量达到780多万户", "2023-03"),
        ("截至目前,我市共引进和培育新型研发机构179家", "2023"),
        ("3年来,全区新增企业20家", "2023"),
        ("近5年,学校承担各类科研项目2000余项", "2023"),
        ("自2008年在该县实施以来,全县新增果园22000亩", "2023"),
        ("17/18年度,政府有1,000多亿盈余", "2017/2018"),
        ("在“十三五”开局之际,新增政策点86个", "2016"),
        ("从2011年开始,连续5年累计投入20亿元", "2011/2015"),
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
        ("2022年9月21日", [("2022年9月21日", "full_date")]),
        ("2022年1-9月", [("2022年1-9月", "month_span")]),
        ("截至今年6月底,较2018年", [("今年6月底", "relative_year_month"), ("2018年", "year")]),
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
    text = "2022年9月21日,截至今年6月底,2022年1-9月,“十三五”期间,3年来,第1季度,2021年至今,去年3月初,2019年上半年"
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
        ("研发投入强度达3.5%——2021年,綦江高新区交出这样一份成绩单。", [("3.5%", "2021")]),
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


@pytest.mark.parametrize(
    "text, date, expected",
    [
        ("全区高新技术企业累计123家,较2018年增长2.7倍。", DATE, [("123家", "2023"), ("2.7倍", "2023")]),
        ("2021年,綦江区的国家高新技术企业累计123家,较2018年增长2.7倍", DATE, [("123家", "2021"), ("2.7倍", "2021")]),
        ("成立于2016年的超群工业拥有外观专利15件。", DATE, [("15件", "2023")]),
        ("2019年2月,江北区启动知识价值信用贷款试点,已发放贷款3亿元。", DATE, [("3亿元", "2023")]),
        ("记者5月20日从武汉东湖高新区获悉,该区已集聚企业3200余家", "2024-06", [("3200余家", "2024")]),
        ("编制了《重庆市基础研究行动计划(2021—2030年)》,我市共有10个国家重点实验室", DATE, [("10个", "2023")]),
    ],
)
def test_times_that_qualify_something_else_do_not_govern(text, date, expected, extract_text):
    assert periods(extract_text(text, date)) == expected


@pytest.mark.parametrize(
    "text, modality, period",
    [
        ("截至目前,我市共引进和培育新型研发机构179家", "actual", "2023"),
        ("目前,全区力争新增企业20家。", "target", ""),
        ("目前,对新认定的国家高新技术企业一次性奖励30万元。", "policy", ""),
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2017年,渝北区出台《若干政策》。\n\n比如,科技型企业审核入库一次性奖3万元", [("3万元", "2017")]),
        (
            "2023年,该公司研发投入达38.5亿元。\n\n对新认定的国家高新技术企业一次性奖励30万元",
            [("38.5亿元", "2023"), ("30万元", "")],
        ),
        ("2019年2月,江北区启动知识价值信用贷款试点工作,最高额度可达500万元", [("500万元", "")]),
    ],
)
def test_a_policy_parameter_is_dated_only_by_the_issue_of_its_policy(text, expected, extract_text):
    rows = extract_text(text, DATE)
    assert periods(rows) == expected
    assert rows[-1]["modality"] == "policy"


def test_a_policy_the_lead_tells_issued_is_dated_by_that_day_where_no_date_line_is(extract_text):
    text = (
        "深圳出台人才新政\n"
        "2016年3月18日,深圳市《关于促进人才优先发展的若干措施》正式出台,引起了海内外各类人才和用人单位的广泛关注。\n"
        "2015年,深圳市在人才方面的实际投入是16.8亿元。\n"
        "对经认定的国家级领军人才给予300万元的奖励补贴。"
    )
    rows = extract_text(text, "2016-05-24")
    assert periods(rows) == [("16.8亿元", "2015"), ("300万元", "2016-03-18")]
    assert rows[-1]["modality"] == "policy"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("消费券自10月8日起可用到明年4月30日。\n市政府通过特别预算案,编列1600亿元。", [("1600亿元", "2021")]),
        ("纸本券自9月25日可在全国1.5万家超商门市预订。", [("1.5万家", "2021")]),
        ("8月25日,全市新增企业20家。", [("20家", "2021-08-25")]),
    ],
)
def test_a_time_after_the_article_date_does_not_date_what_is_actual(text, expected, extract_text):
    assert periods(extract_text(text, "2021-09-09")) == expected


def test_fiscal_quarters_are_the_calendar_quarters_the_text_says_they_cover(extract_text):
    text = (
        "苹果公司昨天发布2011财年第三季度的财报,中国成为苹果全球业绩最耀眼的区域之一,iPhone销量节节攀升。\n"
        "截至6月25日的第三财季,苹果公司实现净利润73.1亿美元。\n"
        "苹果公司预计第四财季收入将达到250亿美元左右。"
    )
    rows = extract_text(text, "2011-07-22")
    assert periods(rows) == [("73.1亿美元", "2011-Q2"), ("250亿美元左右", "2011-Q3")]


@pytest.mark.parametrize("text", ["上一季度,全区新增企业20家", "增速为前一季度的一半"])
def test_the_quarter_before_is_not_the_first_quarter(text, extract_text):
    [row] = extract_text(text, "2011-07-22")
    assert row["period"] != "2011-Q1"


def test_a_time_relative_to_completion_dates_what_it_will_yield_to_no_period_and_leaves_a_policy_its_issue(
    extract_text,
):
    text = (
        "(2023年2月8日)\n"
        "一期项目于2010年顺利完成并达产,二期项目投产后将形成新增年产1.62亿片硅片的生产规模。\n"
        "产品在县域内投产后,有良好市场前景的,给予企业30万元奖励。"
    )
    rows = extract_text(text, "2023-02")
    assert [(row["mention"], row["period"], row["modality"]) for row in rows] == [
        ("1.62亿片", "", "target"),
        ("30万元", "2023-02-08", "policy"),
    ]


def test_a_story_whose_lead_holds_no_time_is_dated_by_the_time_the_next_paragraph_opens_with(extract_text):
    text = (
        "杭州市学军中学校长陈立群要退休了,作为全国重点高中校长,他在全国教育界都广获认可,但这个名校长却做了一个决定。\n"
        "2016年,他来到贵州台江县,当这所中学的校长。\n"
        "这是所高考成绩在全州垫底的学校。\n"
        "校园本是宁静之地,可是晚自习吵吵嚷嚷好似菜市场。\n"
        "1\n"
        "全国名校长在小地方遇难题\n"
        "刚在学校转了一圈,3000多名学生只有一个食堂。\n"
        "2019年,全校885名学生参加高考。"
    )
    rows = extract_text(text, "2019-09-09")
    assert periods(rows) == [("3000多名", "2016"), ("一个", "2016"), ("885名", "2019")]


def test_the_start_of_a_change_dates_only_the_figure_it_qualifies(extract_text):
    text = "2010年,项目区苹果亩产量由2008年以前的2300公斤提高到了3000公斤,亩增产700公斤。"
    assert periods(extract_text(text, "2011-04")) == [("2300公斤", "2007"), ("3000公斤", "2010"), ("700公斤", "2010")]


@pytest.mark.parametrize(
    "text, period",
    [
        ("行政院今通过特别预算案,编列1600亿元", "2021-09-09"),
        ("今天,全市新增本土个案4例", "2021-09-09"),
        ("在竞争愈发白热化的今天,全市新增企业20家", "2021"),
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
            "2021年,全省战略性新兴产业产值占全部工业比重由上年的40.3%提高到41.9%。",
            [("40.3%", "2020"), ("41.9%", "2021")],
        ),
        ("2001年,全省GDP为3246.8亿元。20年后,全省GDP超过4万亿元。", [("3246.8亿元", "2001"), ("4万亿元", "2021")]),
    ],
)
def test_years_before_and_after_are_counted_from_the_time_last_named_not_from_the_article(text, expected, extract_text):
    assert periods(extract_text(text, "2022-01-27")) == expected


def test_an_untold_past_dates_its_own_sentence_to_no_period_and_no_further(extract_text):
    text = (
        "2010年,全县新建果园2.2万亩。过去由于没有灌溉水源,一亩地光浇水就得花300多元。于是,财政部门安排专项资金300万元。"
    )
    assert periods(extract_text(text, "2011-04")) == [("2.2万亩", "2010"), ("300多元", ""), ("300万元", "2010")]


@pytest.mark.parametrize("span", ["连续多年", "多年来", "近5年", "在此支教三年期间"])
def test_a_span_of_many_years_up_to_now_gives_the_article_year(span, extract_text):
    rows = extract_text(f"2021年,全市新增企业20家。人均GDP{span}位居全省第二。", DATE)
    assert periods(rows) == [("20家", "2021"), ("第二", "2023")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "2016年至2018年间,龙湖的营业支出分别为34.5亿元、50.9亿元和85.9亿元,三年内增幅高达149%。",
            [("34.5亿元", "2016"), ("50.9亿元", "2017"), ("85.9亿元", "2018"), ("149%", "2016/2018")],
        ),
        ("2016年至2018年间,营业支出和营业成本分别增长100.5%和149%。", [("100.5%", "2016/2018"), ("149%", "2016/2018")]),
    ],
)
def test_a_list_of_one_figure_a_year_after_respectively_gives_each_its_year(text, expected, extract_text):
    assert periods(extract_text(text, "2019-08")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021年,全区新增企业20家。计划在未来两个月内开33家新店。", [("20家", "2021"), ("33家", "")]),
        (
            "2016年至2018年间,营业支出从34.5亿元增至85.9亿元,三年内增幅高达149%。",
            [("34.5亿元", "2016/2018"), ("85.9亿元", "2016/2018"), ("149%", "2016/2018")],
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
    text = "5月8日,全区新开工项目12个,其中二期300MW项目投产后将形成年产2亿片的产能。"
    assert periods(extract_text(text, "2020-05")) == [("12个", "2020-05-08"), ("300MW", "2020-05-08"), ("2亿片", "")]


def test_direct_speech_opening_a_paragraph_is_a_new_voice_no_earlier_time_reaches(extract_text):
    text = "去年6月,星河公司新项目进入储备库。\n“企业普遍贷款难。”局长称,为此,该区争取市财政资金3.5亿元。"
    assert [(row["mention"], row["period"]) for row in extract_text(text, "2021-05")] == [("3.5亿元", "2021")]
