"""People: found where they open a clause, then wherever the text names them; not officials."""

from extract.person import people, private_people
from extract.segment import matching_view, sentence_starts


def named(text, rules):
    text = matching_view(text)
    return [
        (person.text, text[person.start : person.end])
        for person in people(text, sentence_starts(text, rules.segments), rules)
    ]


def test_a_name_opening_clauses_twice_is_a_person_wherever_the_text_names_it(rules):
    text = "孙国栋今年种了30亩果园。种植大户孙国栋种植的梨树丰收了，孙国栋很高兴。"
    assert [name for name, _ in named(text, rules)] == ["孙国栋", "孙国栋", "孙国栋"]


def test_a_word_ending_in_a_suffix_of_kinds_is_no_name(rules):
    text = "车规级芯片收入1.46亿元。车规级产品占比提升,车规级芯片收入达1.08亿元。"
    assert named(text, rules) == []


def test_a_name_of_two_characters_is_a_persons_where_the_text_speaks_of_one(rules):
    term = "今年1-10月,冷链物流业营业收入52.6亿元。冷链运输率达到41%,冷链集装箱3.1万标箱。"
    assert named(term, rules) == []
    person = "孙立今年种了30亩果园。孙立笑着说,果园丰收了。"
    assert [name for name, _ in named(person, rules)] == ["孙立", "孙立"]


def test_a_region_is_no_persons_name(rules):
    text = "二、柯桥区:2宗地块均已成交。柯桥区本年度供地面积18万平方米,柯桥区成交额增长8%。"
    assert named(text, rules) == []


def test_a_name_opening_one_clause_only_is_no_one_yet(rules):
    assert named("孙国栋今年种了30亩果园。果园在县城东边。", rules) == []


def test_a_surname_and_a_title_stand_for_the_person_of_that_surname(rules):
    text = "孙国栋来到山区。孙国栋担任校长。孙校长写过11本书。"
    assert ("孙国栋", "孙校长") in named(text, rules)


def test_an_official_titled_before_the_name_is_no_person_of_the_article(rules):
    text = "财政司司长孙国栋公布预算案。孙国栋表示开支增加。孙国栋否认指控。"
    assert named(text, rules) == []


def test_a_pronoun_opening_a_clause_stands_for_the_person_named_most(rules):
    text = "孙国栋来到山区。孙国栋担任校长，孙国栋写过11本书。他把奖金捐了出来。"
    assert ("孙国栋", "他") in named(text, rules)


def privately_named(text, rules):
    text = matching_view(text)
    found = private_people(text, sentence_starts(text, rules.segments), rules)
    return sorted((person.start, person.text, text[person.start : person.end]) for person in found)


def test_a_name_after_a_private_role_is_a_person_named_once_as_jieba_cuts_it(rules):
    text = "全县补种晚稻28万亩。种粮大户孙立群告诉记者,他家补种了38亩。"
    assert privately_named(text, rules) == [(15, "孙立群", "孙立群"), (23, "孙立群", "他")]


def test_a_surname_and_a_courtesy_title_name_a_person_but_not_after_a_title_of_office(rules):
    assert [name for _, name, _ in privately_named("“充满一次才花20多元。”家住城关镇的孙先生说。", rules)] == ["孙先生"]
    assert privately_named("“3天就拿到了300万元。”一家鞋企负责人孙女士说。", rules) == []


def test_a_pronoun_stands_for_a_private_person_only_in_their_sentence_or_the_next(rules):
    text = "村民孙立群说,果园丰收了。今年雨水多。他们种了30亩。她种了20亩。"
    assert [written for _, _, written in privately_named(text, rules)] == ["孙立群"]


def test_a_name_after_a_private_role_is_neither_a_word_after_the_name_nor_a_common_word(rules):
    assert [name for _, name, _ in privately_named("村民王芳说,她家种了20亩。", rules)] == ["王芳", "王芳"]
    assert privately_named("宜丰县居民安全感达98%。", rules) == []


def test_a_full_name_before_a_courtesy_title_is_no_surname_titled_alone(rules):
    assert privately_named("集团董事长张国华先生表示,集团营收增长12%。", rules) == []
