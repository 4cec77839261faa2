"""The rule loader: a user's folder extends the shipped rules (tables merge, lists
append, gazetteer rows add up), and every kind of mistake is an error naming the
file and the rule."""

import pytest

from extract.frame import article_frame
from extract.loader import load_rules, read_rule_files
from extract.read import Article
from extract.rules import RuleError

CUE = "measure:\n  - name: my_cue\n    measure: growth_rate\n    left: '增幅'\n    examples: []\n"


def load_with(tmp_path, **files: str):
    for name, content in files.items():
        (tmp_path / name.replace("_yaml", ".yaml").replace("_csv", ".csv")).write_text(content, encoding="utf-8")
    return load_rules((tmp_path,))


def test_a_users_rules_are_appended(tmp_path):
    rules = load_with(tmp_path, cues_yaml=CUE)
    assert rules.cues.measure["percent"][-1].name == "my_cue"
    assert len(rules.cues.measure["count"]) == len(load_rules().cues.measure["count"]) + 1


@pytest.mark.parametrize(
    "pattern,text,applies",
    [
        ("增幅", "增幅达", True),  # plain: read by the standard library's engine
        (r"\p{Han}幅", "增幅达", True),  # `\p{...}`: only `regex` reads it
        (r"(?<!同比|比上年)增幅", "比上年增幅", False),  # a lookbehind of several lengths: only `regex`
        (r"(?<!同比|比上年)增幅", "全年增幅", True),
    ],
)
def test_a_rules_pattern_may_use_what_only_regex_reads(tmp_path, pattern, text, applies):
    rules = load_with(tmp_path, cues_yaml=CUE.replace("增幅", pattern, 1))
    assert rules.cues.measure["percent"][-1].applies({"left": text}) is applies


def test_a_users_regions_extend_the_gazetteer(tmp_path):
    rules = load_with(tmp_path, regions_csv="name,level,city,province\n雄安新区,district,保定市,河北省\n")
    home = _home(Article("a", "雄安新区新增企业20家。雄安新区将继续努力。"), rules)
    assert home == {"district": "雄安新区", "city": "保定市", "province": "河北省"}


@pytest.mark.parametrize(
    "file,content,message",
    [
        (
            "cues_yaml",
            CUE.replace("growth_rate", "growth_rat"),
            "cues.yaml/measure/my_cue: unknown measure 'growth_rat'",
        ),
        (
            "cues_yaml",
            CUE.replace("    examples", "    indicators: [rd_intensty]\n    examples"),
            "cues.yaml/measure/my_cue: unknown indicator 'rd_intensty'",
        ),
        (
            "cues_yaml",
            CUE.replace("    examples", "    kinds: [monye]\n    examples"),
            "cues.yaml/measure/my_cue: unknown kind 'monye'",
        ),
        (
            "cues_yaml",
            CUE.replace("    examples", "    scope: paragraph\n    examples"),
            "cues.yaml/measure/my_cue: unknown scope 'paragraph'",
        ),
        ("cues_yaml", CUE.replace("left:", "lef:"), "cues.yaml/measure/my_cue: unknown key 'lef'"),
        ("cues_yaml", CUE.replace("'增幅'", "'{numbr}增幅'"), "cues.yaml/measure/my_cue: unknown fragment {numbr}"),
        ("cues_yaml", CUE.replace("'增幅'", "'(?:增幅'"), "cues.yaml/measure/my_cue: bad pattern:"),
        ("cues_yaml", CUE.replace("name: my_cue", "nam: my_cue"), "cues.yaml/measure: a rule without a name"),
        ("cues_yaml", "measures:\n  - name: x\n", "cues.yaml: unknown section 'measures'"),
        ("cues_yaml", "measure: [", "not valid YAML"),
        ("cues_yaml", CUE.replace("    examples", "    left: '增速'\n    examples"), "key 'left' written twice"),
        ("approx_yaml", "prefix:\n  大约: about\n", "approx.yaml/prefix/大约: unknown label 'about'"),
        (
            "subjects_yaml",
            "self_reference:\n  我镇: town\n",
            "subjects.yaml/self_reference/我镇: unknown level in 'town'",
        ),
        (
            "subjects_yaml",
            "bodies_of_a_region:\n  星河署: 星河特区\n",
            "subjects.yaml/bodies_of_a_region/星河署: no such region in regions.csv",
        ),
        (
            "periods_yaml",
            "times:\n  - name: my_time\n    pattern: '(?P<year>[0-9]{4})年度'\n    period: '{yaer}'\n",
            "periods.yaml/times/my_time: the period names a group the pattern lacks",
        ),
        (
            "indicators_yaml",
            "indicators:\n  - name: exports\n    as_money: exprts\n    terms: [出口]\n",
            "indicators.yaml/indicators/exports: unknown indicator 'exprts'",
        ),
        (
            "indicators_yaml",
            "indicators:\n  - name: revenue\n    terms: [星河额]\n  - name: other\n    terms: [星河额]\n",
            "indicators.yaml/indicators/other: '星河额' is listed already, under revenue",
        ),
        (
            "mentions_yaml",
            "rules:\n  - name: my_rule\n    pattern: '{number}斤'\n    kind: weight\n",
            "mentions.yaml/rules/my_rule: unknown kind 'weight'",
        ),
        ("regions_csv", "name,level\n雄安新区,district\n", "columns must be name,level,city,province"),
        (
            "regions_csv",
            "name,level,city,province\n雄安新区,town,保定市,河北省\n",
            "line 2: a region needs a name and a level",
        ),
    ],
)
def test_each_kind_of_mistake_is_named(tmp_path, file, content, message):
    with pytest.raises(RuleError) as raised:
        load_with(tmp_path, **{file: content})
    assert message in str(raised.value)


def test_a_missing_rule_folder_is_named(tmp_path):
    with pytest.raises(RuleError, match="rule folder not found"):
        load_rules((tmp_path / "nowhere",))


def _home(article, rules):
    return {level: name for level, name in article_frame(article, rules).home.items() if level != "country"}


def _lists_of_rules(node, path):
    """Each list of named rules in a parsed rule file, with where it lies."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists_of_rules(value, f"{path}/{key}")
    elif isinstance(node, list):
        names = [item["name"] for item in node if isinstance(item, dict) and "name" in item]
        if names:
            yield path, names
        for item in node:
            yield from _lists_of_rules(item, path)


def test_the_shipped_rules_of_a_list_have_names_of_their_own():
    shared = [
        (path, name)
        for file, content in read_rule_files(()).yaml.items()
        for path, names in _lists_of_rules(content, file)
        for name in set(names)
        if names.count(name) > 1
    ]
    assert shared == []
