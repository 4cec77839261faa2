"""Organisation names: found by their suffix, cut at name stops, generic ones left out, and
expanded to the fullest form the article writes."""

import pytest

from extract.organisation import fullest, is_proper, organisations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("重庆斯太宝科技有限公司成立于2016年。", ["重庆斯太宝科技有限公司"]),
        ("2022年,北碚区帮助重庆斯太宝科技有限公司获得贷款400万元。", ["重庆斯太宝科技有限公司"]),
        ("江北区支持重庆光子空间网络科技有限公司申请专利30件。", ["重庆光子空间网络科技有限公司"]),
        ("记者从重庆斯太宝科技有限公司了解到,公司新增专利20件。", ["重庆斯太宝科技有限公司"]),
        ("位于江津区的重庆霏洋环保科技有限公司(下称“霏洋环保”)是一家高新技术企业。", ["重庆霏洋环保科技有限公司"]),
        ("高新技术企业重庆润际远东新材料科技股份有限公司实现营收2亿元。", ["重庆润际远东新材料科技股份有限公司"]),
        ("重庆邮电大学自动化学院与重庆银行签约。", ["重庆邮电大学自动化学院", "重庆银行"]),
        ("投资70亿元的重庆(中德)埃森大学正在加紧建设。", ["重庆(中德)埃森大学"]),
        ("北碚区成立了总规模为3000万元的“嘉陵创客科技创业种子投资基金”。", ["嘉陵创客科技创业种子投资基金"]),
        ("渝北区科技种子基金累计投资项目12个。", ["渝北区科技种子基金"]),
        ("北碚区引进了中国科学院重庆绿色智能技术研究院。", ["中国科学院重庆绿色智能技术研究院"]),
        ("江北区设立风险补偿基金,合作银行已发放贷款10亿元。", []),
        # a suffix cut in two words (`科技/城`); a place whatever jieba tags it (`大连` an adverb)
        ("沈阳浑南科技城落户87个项目，大连英歌石科学城汇聚300多个科研团队。", ["沈阳浑南科技城", "大连英歌石科学城"]),
        # a place's members of a class the text counts: no one's name
        ("在年初6家合作银行的基础上增加到8家。泰安市合作银行发放贷款2亿元。", []),
        ("渝北区科技种子基金累计投资项目12个。全市已有3个科技种子基金。", []),
        ("新建省级卓越工程师学院7个、省级市域产教联合体5个。", []),
        # a place and a bare suffix stays a name, whatever the text counts
        ("全市已有3家银行参与。杭州银行发放贷款2亿元。", ["杭州银行"]),
        ("綦江区设立了5000万元规模的企业发展基金。", []),
        ("该公司目前正推进2条生产线建设。", []),
        # a name begins past a verb of having or commissioning, and past a stop glued to a word jieba does not know
        ("市发改委也有委托华东经济研究院进行评估。", ["华东经济研究院"]),
        ("宁波市云帆光电有限公司由奥格林投资管理有限公司控股。", ["宁波市云帆光电有限公司", "奥格林投资管理有限公司"]),
    ],
)
def test_organisations_are_proper_names_ending_in_a_suffix(rules, text, names):
    found, _ = organisations(text, rules)
    assert [name.text for name in found] == names
    for name in found:
        assert text[name.start : name.end].replace("“", "").replace("”", "") == name.text


@pytest.mark.parametrize(
    ("name", "proper"),
    [
        ("重庆银行", True),
        ("绵碚科创基金", True),
        ("渝北区科技种子基金", True),
        ("嘉陵创客科技创业种子投资基金", True),
        ("市科技金融集团", True),
        ("风险补偿基金", False),
        ("“风险补偿基金”", False),
        ("合作银行", False),
        ("企业发展基金", False),
        ("天使、风险基金", False),
        ("中小企业融资增信基金", False),
        ("国家高新技术企业", False),
    ],
)
def test_is_proper_needs_more_than_generic_words(rules, name, proper):
    assert is_proper(name, rules.subjects) is proper


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        ("重庆斯太宝科技有限公司成立于2016年。目前,斯太宝公司已申请专利12件。", "斯太宝公司", "重庆斯太宝科技有限公司"),
        ("重庆邮电大学自动化学院与重庆银行签约。自动化学院新增专利20件。", "自动化学院", "重庆邮电大学自动化学院"),
        ("重庆邮电大学自动化学院与重庆银行签约。自动化学院新增专利20件。", "重庆银行", "重庆银行"),
        ("市科技金融集团与重庆银行签约,重庆科技金融服务有限公司参与。", "市科技金融集团", "市科技金融集团"),
        ("重庆光子空间网络科技有限公司申请专利30件,斯太宝公司申请专利12件。", "斯太宝公司", "斯太宝公司"),
    ],
)
def test_fullest_is_the_longest_form_the_article_writes(rules, text, name, full):
    assert fullest(name, organisations(text, rules)[0], rules.subjects) == full


def test_a_kind_of_organisation_of_the_region_points_back_like_a_bare_suffix(rules):
    text = "临湖县现代农业项目区涉及5个乡镇。2020年,全县优质梨园项目区的亩产量提高到了2800公斤。"
    names, pointers = organisations(text, rules)
    assert [name.text for name in names] == ["临湖县现代农业项目区"]
    assert [(name.text, text[name.start : name.end]) for name in pointers] == [("项目区", "项目区")]
