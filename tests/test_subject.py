"""Whom a figure is about (ANNOTATION §6), in the order `rules/subjects.yaml` gives: the name it is
written against, the name before it, the name after it, the article's own region."""

import pytest

from extract.context import Context
from extract.frame import article_frame
from extract.read import Article
from extract.segment import matching_view, sentence_starts
from extract.subject import article_subjects

BEIBEI = "北碚区科技局介绍,北碚区今年成效显著。"
CASE = ("text", "mention", "subject")


def subject_of(extract_text, text, mention):
    return next(row["subject"] for row in extract_text(text) if row["mention"] == mention)


@pytest.mark.parametrize(
    CASE,
    [
        ("北碚区成立了总规模为3000万元的“嘉陵创客科技创业种子投资基金”。", "3000万元", "嘉陵创客科技创业种子投资基金"),
        ("渝北区设立了总规模为5000万元的“渝北区科技种子基金”。", "5000万元", "渝北区科技种子基金"),
        ("投资70亿元的重庆(中德)埃森大学正在加紧建设。", "70亿元", "重庆(中德)埃森大学"),
        (BEIBEI + "2022年,江北区新增高新技术企业50家。", "50家", "江北区"),
        ("重庆斯太宝科技有限公司研发投入500万元,北碚区研发投入增长20%。", "500万元", "重庆斯太宝科技有限公司"),
        ("重庆斯太宝科技有限公司研发投入500万元,北碚区研发投入增长20%。", "20%", "北碚区"),
    ],
)
def test_the_name_written_against_the_figure_or_the_last_named_before_it(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        ("2022年,北碚区帮助位于璧山区的企业获得贷款3亿元。", "3亿元", "北碚区"),
        ("江北区推动重庆光子空间网络科技有限公司等30家企业获得贷款1.5亿元。", "30家", "江北区"),
        ("江北区推动重庆光子空间网络科技有限公司等30家企业获得贷款1.5亿元。", "1.5亿元", "江北区"),
        ("北碚区研发投入强度达3.5%,居全市第二。", "第二", "北碚区"),
        ("江北区设立风险补偿基金,合作银行已发放贷款10亿元。", "10亿元", "江北区"),
    ],
)
def test_places_examples_peers_and_generic_names_are_passed_over(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        (BEIBEI + "营业收入增长93.6%——2021年,綦江高新区交出这样一份成绩单。", "93.6%", "綦江高新区"),
        (BEIBEI + "\n\n“今年我们获得贷款400万元。”斯太宝公司董事长说。", "400万元", "斯太宝公司"),
        (
            BEIBEI + "\n\n“2021年公司实现营业收入2亿元。”重庆斯太宝科技有限公司总经理说。",
            "2亿元",
            "重庆斯太宝科技有限公司",
        ),
    ],
)
def test_else_the_first_named_after_it_or_the_speaker_of_its_quotation(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        (BEIBEI + "全区新增高新技术企业32家,全市新增高新技术企业1000家。", "32家", "北碚区"),
        (BEIBEI + "全区新增高新技术企业32家,全市新增高新技术企业1000家。", "1000家", "重庆市"),
        (BEIBEI + "\n\n2022年在西部(重庆)科学城北碚园区,我区新签约项目22个。", "22个", "北碚区"),
        ("重庆市江北区科技局介绍,2021年,市区共同出资设立风险补偿基金1亿元。", "1亿元", "重庆市;江北区"),
        ("2017年,市科技局与渝北区政府共同设立3亿元担保基金。", "3亿元", "重庆市;渝北区"),
        (
            "2022年北碚区与重庆材料研究院有限公司共建实验室,投入资金3000万元。",
            "3000万元",
            "北碚区;重庆材料研究院有限公司",
        ),
        ("由北碚区与重庆大学共同建设的重庆高新技术产业研究院拥有研发人员200人。", "200人", "重庆高新技术产业研究院"),
    ],
)
def test_self_references_take_the_home_levels_and_partners_are_joined(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        (
            "重庆光子空间网络科技有限公司(下称“光子空间”)成立于2019年。光子空间已申请专利30件。",
            "30件",
            "重庆光子空间网络科技有限公司",
        ),
        (
            "位于江津区的重庆霏洋环保科技有限公司(下称“霏洋环保”)是一家高新技术企业。\n\n"
            "“2019年续贷400万元。”霏洋环保董事长刘必衍说。",
            "400万元",
            "重庆霏洋环保科技有限公司",
        ),
        (
            "北碚区的重庆斯太宝科技有限公司成立于2016年。不仅如此,该公司目前正推进2条生产线建设。",
            "2条",
            "重庆斯太宝科技有限公司",
        ),
        (
            "重庆斯太宝科技有限公司成立于2016年。2022年,斯太宝公司实现营业收入1.2亿元。",
            "1.2亿元",
            "重庆斯太宝科技有限公司",
        ),
        (
            "位于北碚区的重庆高新技术产业研究院是一家新型研发机构。目前,该研究院已孵化科技企业21家。",
            "21家",
            "重庆高新技术产业研究院",
        ),
        (BEIBEI + "四川省绵阳市与我区牵手组CP。2022年两地同步发布科技成果100项。", "100项", "绵阳市;北碚区"),
    ],
)
def test_aliases_short_names_and_anaphora_take_the_full_name(extract_text, text, mention, subject):
    assert subject_of(extract_text, text, mention) == subject


@pytest.mark.parametrize(
    CASE,
    [
        ("渝北区科技局介绍,2022年,渝北区研发投入强度达到3.2%,高于全市平均水平(2.36%)。", "3.2%", "渝北区"),
        ("渝北区科技局介绍,2022年,渝北区研发投入强度达到3.2%,高于全市平均水平(2.36%)。", "2.36%", "重庆市"),
        (BEIBEI + "2022年,新增高新技术企业50家。", "50家", "北碚区"),
        ("重庆市江北区科技局介绍,全市新增企业2000家。全市研发投入增长15%。研发投入增长12%。", "12%", "重庆市"),
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
    ],
)
def test_figures_listed_after_respectively_take_the_names_listed_before_it_in_turn(
    extract_text, text, mention, subject
):
    assert subject_of(extract_text, text, mention) == subject


def test_a_self_reference_below_the_articles_level_is_the_region_of_that_level_named_last(extract_text):
    text = "陕西省苹果产业发展迅速。在延安市洛川县，全县苹果种植面积达到53万亩。陕西省果园面积1000万亩。"
    rows = {row["mention"]: row["subject"] for row in extract_text(text)}
    assert rows == {"53万亩": "洛川县", "1000万亩": "陕西省"}


def test_a_company_named_in_full_is_known_by_its_core_too(extract_text):
    text = "武汉科技大学与长江钢铁集团签订全面合作协议。按照协议，长江钢铁每年投入50万元做运行经费。"
    assert subject_of(extract_text, text, "50万元") == "长江钢铁集团"


def test_a_paragraph_opening_in_a_place_is_about_that_place(extract_text):
    text = "陕西省苹果产业发展迅速。\n在铜川市印台区，区财政局局长向记者介绍，过去一亩地光浇水就得花300多元。"
    assert subject_of(extract_text, text, "300多元") == "印台区"


def test_each_list_pairs_with_the_names_before_its_own_respectively(extract_text):
    text = "宁波、温州的研发投入分别增长5%和6%，绍兴、台州分别增长7%和8%。"
    rows = {row["mention"]: row["subject"] for row in extract_text(text)}
    assert rows == {"5%": "宁波市", "6%": "温州市", "7%": "绍兴市", "8%": "台州市"}


def test_lists_of_other_lengths_are_not_paired(extract_text):
    rows = extract_text("宁波、温州的高新技术企业分别达到3000家、2500家和2000家。")
    assert [row["mention"] for row in rows] == ["3000家", "2500家", "2000家"]
    assert len({row["subject"] for row in rows}) == 1 and rows[1]["subject"] != "温州市"


def test_subjects_built_as_attribution_builds_them(rules):
    text = matching_view("北碚区科技局介绍,全区新增企业20家。2021年,江北区帮助位于璧山区的企业获得贷款5亿元。")
    starts = sentence_starts(text, rules.segments)
    subjects = article_subjects(text, 0, starts, article_frame(Article("a", text), rules), rules)
    assert subjects.default == "北碚区"
    assert subjects.named_before(text.index("20家")) == "北碚区"
    assert subjects.named_before(text.index("2021年")) == ""
    assert subjects.named_before(text.index("的企业")) == "江北区"
    figure = text.index("5亿元")
    context = Context.of(text, figure, figure + len("5亿元"), starts, rules.segments.clause_break)
    assert subjects.subject(context) == "江北区"


def test_a_pronoun_opening_a_clause_stands_for_the_person_named_most(extract_text):
    text = "孙立群是北山中学的校长。孙立群家住县城，孙校长写过16本书。他把20万元奖金捐了出来。"
    assert subject_of(extract_text, text, "20万元") == "孙立群"


def test_the_people_of_a_school_are_counted_for_the_school_the_article_names_most(extract_text):
    text = "北山实验中学地处山区。北山实中扩建了校舍，北山实中每年都有十几位教师离职。全校1200名学生吃上了热饭。"
    assert subject_of(extract_text, text, "十几位") == "北山实验中学"
    assert subject_of(extract_text, text, "1200名") == "北山实验中学"
