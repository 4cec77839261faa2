"""Tables flattened into text: which bare numbers are figures, with which unit, and what they read as."""

import pytest

from extract.tables import table_cells, table_rows


def _cells(text, rules):
    return [(text[c.start : c.end], c.scale + c.unit, c.reading) for c in table_cells(text, rules).values()]


def test_a_row_takes_the_unit_of_its_unit_cell_and_a_continuing_row_the_label_above(rules):
    text = "指标名称 计量单位 星河经济开发区\n工业总产值 亿元 120.5\n  同比增长 % -1.5\n规上工业企业 家 215\n"
    assert _cells(text, rules) == [
        ("120.5", "亿元", "工业总产值星河经济开发区"),
        ("-1.5", "%", "工业总产值同比增长星河经济开发区"),
        ("215", "家", "规上工业企业星河经济开发区"),
    ]


def test_a_column_header_unit_comes_before_the_caption_and_the_row_unit(rules):
    text = "表1 主要指标\n单位:万元\n指标\t单位\t绝对值\t比上年增长(%)\n营业收入\t亿元\t8.6\t12.5\n利润\t\t3200\t-4.1\n"
    assert _cells(text, rules) == [
        ("8.6", "亿元", "营业收入绝对值"),
        ("12.5", "%", "营业收入绝对值比上年增长(%)"),
        ("3200", "万元", "利润绝对值"),
        ("-4.1", "%", "利润绝对值比上年增长(%)"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全县 2023 年完成投资 45 亿元\n新建学校 3 所\n",  # running text written with blanks
        "星河村 云岫村\n12 15\n",  # no header or caption gives a unit
        "地区生产总值 256.3\n",  # one line is no table
        "指标 数值\n地区生产总值 256.3,增长6.5%。\n",  # a sentence is no row
    ],
)
def test_no_unit_no_figure(text, rules):
    assert _cells(text, rules) == []


def test_digits_grouped_by_a_blank_are_two_cells_and_no_rule_reads_across_them(extract_text):
    rows = extract_text(
        "指标名称 计量单位 2023年1-9月 上年同期\n规上工业企业 家 245 118\n亩均税收 万元 31.6 17.2\n", "2023-10"
    )
    assert [(row["mention"], row["value"], row["unit"]) for row in rows] == [
        ("245", "245", "家"),
        ("118", "118", "家"),
        ("31.6", "316000", "CNY"),
        ("17.2", "172000", "CNY"),
    ]


def test_a_column_headed_by_a_year_is_of_that_year(extract_text):
    text = "指标\t单位\t2022年\t2023年\t比上年增长(%)\n地区生产总值\t亿元\t240.1\t256.3\t6.5\n"
    rows = extract_text(text, "2024-03")
    assert [(row["mention"], row["period"], row["measure"]) for row in rows] == [
        ("240.1", "2022", "total"),
        ("256.3", "2023", "total"),
        ("6.5", "2023", "growth_rate"),
    ]


def test_a_header_is_no_heading_its_comparison_base_dates_nothing(extract_text):
    text = "指标\t单位\t数值\t比上年增长(%)\n地区生产总值\t亿元\t256.3\t6.5\n全县新增企业56家。"
    rows = extract_text(text, "2024-03")
    assert [(row["mention"], row["period"]) for row in rows] == [("256.3", "2024"), ("6.5", "2024"), ("56家", "2024")]


def test_the_rows_of_a_table_are_known_by_their_line(rules):
    text = "一、概况\n指标 单位 数值\n产值 亿元 5.2\n"
    assert table_rows(text, rules) == {len("一、概况\n"), len("一、概况\n指标 单位 数值\n")}


def test_a_pipe_table_under_a_caption_of_two_units_its_rate_column_of_percent(rules):
    text = "表1 主要指标\n单位:亿元、%\n| 指标 | 绝对值 | 比上年增长 |\n|---|---|---|\n| 地区生产总值 | 256.3 | 6.5 |\n"
    assert _cells(text, rules) == [
        ("256.3", "亿元", "地区生产总值绝对值"),
        ("6.5", "%", "地区生产总值绝对值比上年增长"),
    ]


def test_a_row_is_about_the_first_it_names_and_its_other_cells_are_no_words_around_a_number(extract_text):
    text = (
        "序号 企业名称 所属县区 支持方向 资助金额(万元)\n"
        "1 星河食品有限公司 平利县 境外参展超过500万美元 30\n"
        "2 云岫乳业有限公司 岚皋县 新购设备2150万元 172.4\n"
    )
    rows = [row for row in extract_text(text, "2020-04") if row["rule"] == "number_in_a_table"]
    assert [(row["mention"], row["value"], row["unit"], row["approx"], row["subject"]) for row in rows] == [
        ("30", "300000", "CNY", "=", "星河食品有限公司"),
        ("172.4", "1724000", "CNY", "=", "云岫乳业有限公司"),
    ]


def test_a_unit_opened_by_its_currency_and_a_row_label_that_writes_its_unit(rules):
    text = (
        "单位:人民币千元\n项目　2024年　2023年\n收入　86,420　75,310\n"
        "每股盈利(人民币元)　0.52　0.47\n每股股息(人民币分)　12　10\n"
    )
    assert _cells(text, rules) == [
        ("86,420", "千人民币", "收入2024年"),
        ("75,310", "千人民币", "收入2023年"),
        ("0.52", "人民币", "每股盈利(人民币元)2024年"),
        ("0.47", "人民币", "每股盈利(人民币元)2023年"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "一、 经济运行\n全县 2023 年完成投资 45 亿元\n新建学校 3 所\n",
        "星河县 一季度经济开门红\n2023 年 投资 45 亿元 增长 8.1 %\n",
        "2024-03-05 10:30 来源：星河日报\n全市常住人口 3 825 400 人\n",
        "一、 经济运行\n1 新建学校 3 所\n2 新增企业 120 家\n",
    ],
)
def test_prose_written_with_blanks_is_no_table(text, rules):
    assert _cells(text, rules) == []


def test_the_units_a_table_writes(rules):
    text = (
        "单位：亿元、%\n指标\t单位\t数值\t比上年增减(百分点)\t增减额\n"
        "全社会用电量\t亿千瓦时\t56.3\t\t\n新增装机\t万千瓦\t120\t\t30\n"
        "地区生产总值\t亿元\t256.3\t0.5\t12.1\n"
    )
    assert [(number, unit) for number, unit, _ in _cells(text, rules)] == [
        ("56.3", "亿千瓦时"),
        ("120", "万千瓦"),
        ("30", "万千瓦"),
        ("256.3", "亿元"),
        ("0.5", "百分点"),
        ("12.1", "亿元"),
    ]


def test_labels_numbered_or_of_years_no_figures_and_a_caption_row_none(rules):
    text = "单位：万元\n表 1 分乡镇收入\n序号\t乡镇\t收入\n1\t星河镇\t1200\n2\t云岫镇\t860\n"
    assert _cells(text, rules) == [("1200", "万元", "星河镇收入"), ("860", "万元", "云岫镇收入")]
    text = "单位：亿元\n年份\t地区生产总值\n2021\t240.1\n2022\t256.3\n"
    assert [number for number, _, _ in _cells(text, rules)] == ["240.1", "256.3"]


def test_a_row_of_years_with_its_unit_is_data_and_a_section_line_goes_on_the_table(rules):
    text = "指标\t单位\t本年\t上年\n工业用地\t亩\t2000\t1950\n一、工业\n营业收入\t亿元\t—\t—\n  同比增长\t%\t8.2\t6.1\n"
    assert _cells(text, rules) == [
        ("2000", "亩", "工业用地本年"),
        ("1950", "亩", "工业用地上年"),
        ("8.2", "%", "营业收入同比增长本年"),
        ("6.1", "%", "营业收入同比增长上年"),
    ]


def test_a_row_of_a_trade_partner_tells_the_regions_trade(extract_text):
    text = "表1 平利县分国别进出口\n单位：万元\n市场\t进出口\t比上年增长(%)\n美国\t5200\t6.1\n东盟\t4100\t12.3\n"
    rows = extract_text(text, "2024-02", title="2023年平利县对外贸易情况")
    assert {row["subject"] for row in rows} == {"平利县"}


def test_two_figures_a_cell_writes_are_two_mentions_and_blank_lines_go_on_a_table(extract_text):
    text = "单位:万元\n项目\t本年\t增速\n\n\n\n收入\t5,210\t4.6%/5.1%\n"
    rows = extract_text(text, "2024-08")
    assert [(row["mention"], row["unit"], row["measure"]) for row in rows] == [
        ("5,210", "CNY", "total"),
        ("4.6%", "%", "growth_rate"),
        ("5.1%", "%", "growth_rate"),
    ]
