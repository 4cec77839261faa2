"""The rules as the stages read them: what `loader.py` compiles from the rule
files of `rules/` (YAML, and the gazetteer `regions.csv`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from extract.gazetteer import Gazetteer


Pattern = re.Pattern[str] | regex.Pattern[str]


def searcher(source: str) -> Pattern:
    """A pattern that is only searched, in the standard library's engine where that reads
    it (it searches a short text several times faster) and in `regex` where it takes
    what only `regex` reads (`\\p{Han}`, lookbehinds of several lengths, `\\K`).
    The rule files use no syntax the two read differently."""
    try:
        return re.compile(source)
    except re.error:
        return regex.compile(source)


def last_match(pattern: Pattern, text: str, start: int, end: int) -> re.Match[str] | regex.Match[str] | None:
    """The last match of a searched pattern between `start` and `end`."""
    found = pattern.search(text, start, end)
    while found is not None and (later := pattern.search(text, found.end(), end)) is not None:
        found = later
    return found


class RuleError(ValueError):
    """A rule file is malformed or refers to something that does not exist;
    the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    """A named rule: patterns over named parts of a text (`left`, `mention`,
    `right`, ...) and the values other parts must take (`kind`, `unit`,
    `indicator`). Where all hold, the rule applies and gives its `label`.
    A rule that finds things in a text (a time expression, an alias) has the
    pattern it finds them by: `finds`."""

    name: str
    label: str = ""
    patterns: tuple[tuple[str, Pattern], ...] = ()  # the cheapest part first
    allowed: tuple[tuple[str, frozenset[str]], ...] = ()
    finds: regex.Pattern[str] | None = None

    def applies(self, parts: Mapping[str, str]) -> bool:
        for part, values in self.allowed:  # loops, not all(): this runs for every rule and figure
            if parts[part] not in values:
                return False
        for part, pattern in self.patterns:
            if pattern.search(parts[part]) is None:
                return False
        return True

    def pattern(self, part: str) -> Pattern:
        """The pattern over `part`, where the match itself is read (`(?P<scheme>...)`)."""
        for name, pattern in self.patterns:
            if name == part:
                return pattern
        raise KeyError(f"{self.name} has no pattern over {part}")

    def finditer(self, text: str, overlapped: bool = False) -> Iterator[regex.Match[str]]:
        assert self.finds is not None, f"{self.name} finds nothing"
        return self.finds.finditer(text, overlapped=overlapped)

    def found_in(self, text: str, start: int, end: int) -> bool:
        assert self.finds is not None, f"{self.name} finds nothing"
        return self.finds.search(text, start, end) is not None

    def match_at(self, text: str, at: int) -> regex.Match[str] | None:
        assert self.finds is not None, f"{self.name} finds nothing"
        return self.finds.match(text, at)


def first_label(rules: list[Rule], parts: Mapping[str, str], default: str = "") -> str:
    """The label of the first rule that applies, else `default`."""
    rule = first_rule(rules, parts)
    return rule.label if rule else default


def first_rule(rules: list[Rule], parts: Mapping[str, str]) -> Rule | None:
    """The first rule that applies, if any."""
    for rule in rules:
        if rule.applies(parts):
            return rule
    return None


@dataclass(frozen=True)
class RuleSet:
    """Rules tried together: those that test a single part as one alternation per part, and
    the others only where the first pattern of one of them matches (one alternation per part
    too), since most figures meet none of them."""

    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        alone: dict[str, list[str]] = {}
        others = []
        for rule in self.rules:
            if len(rule.patterns) == 1 and not rule.allowed:
                part, pattern = rule.patterns[0]
                alone.setdefault(part, []).append(f"(?:{pattern.pattern})")
            else:
                others.append(rule)
        object.__setattr__(self, "merged", _merged(alone))
        object.__setattr__(self, "others", tuple(others))
        object.__setattr__(self, "screens", _screens(self.rules))
        object.__setattr__(self, "others_screens", _screens(tuple(others)))

    def any_applies(self, parts: Mapping[str, str]) -> bool:
        for part, pattern in self.merged:  # type: ignore[attr-defined]
            if pattern.search(parts[part]) is not None:
                return True
        if not _passes(self.others_screens, parts):  # type: ignore[attr-defined]
            return False
        for rule in self.others:  # type: ignore[attr-defined]
            if rule.applies(parts):
                return True
        return False

    def first_label(self, parts: Mapping[str, str], default: str = "") -> str:
        """The label of the first rule that applies, in order, else `default`."""
        if not _passes(self.screens, parts):  # type: ignore[attr-defined]
            return default
        return first_label(list(self.rules), parts, default)


def _merged(sources: dict[str, list[str]]) -> tuple[tuple[str, Pattern], ...]:
    return tuple((part, searcher("|".join(alternatives))) for part, alternatives in sources.items())


def _screens(rules: tuple[Rule, ...]) -> tuple[tuple[str, Pattern], ...] | None:
    """Per part, the first patterns of the rules: one of them matches wherever a rule applies
    (None where a rule has no pattern, and so no screen)."""
    firsts: dict[str, list[str]] = {}
    for rule in rules:
        if not rule.patterns:
            return None
        part, pattern = rule.patterns[0]
        firsts.setdefault(part, []).append(f"(?:{pattern.pattern})")
    return _merged(firsts)


def _passes(screens: tuple[tuple[str, Pattern], ...] | None, parts: Mapping[str, str]) -> bool:
    return screens is None or any(pattern.search(parts[part]) is not None for part, pattern in screens)


@dataclass(frozen=True)
class Unit:
    surface: str
    kind: str
    base: str
    factor: Decimal


@dataclass(frozen=True)
class MentionRule:
    name: str
    pattern: regex.Pattern[str]
    left: Pattern | None
    kind: str | None
    unit: str | None
    approx: str | None
    value: Decimal | None
    factor: Decimal
    in_tables: bool = False  # its matches are figures only in a table's cells, of the unit the table gives


@dataclass(frozen=True)
class TableRules:
    separators: str  # the characters that part a row's cells
    separator: Pattern  # a run of them
    cell: regex.Pattern[str]  # a cell: what lies between them
    caption_row: Pattern  # a row that captions the table
    label_columns: frozenset[str]  # a header over a column of labels, not of figures
    longest_cell: int
    sentence_marks: frozenset[str]  # a line holding one is running text, no row
    unit_caption: Pattern  # a caption giving the table's unit, (?P<unit>...)
    unit_columns: frozenset[str]  # a header over a column of units
    unit_in_header: Pattern  # a header cell writing its column's unit, (?P<unit>...)
    rate_headers: tuple[str, ...]  # a header cell naming a rate without a unit heads a column of %
    rank_headers: tuple[str, ...]  # a header cell over places among peers
    index_rows: tuple[str, ...]  # a row label naming an index, whose values have no unit
    caption_lines: int
    continuing_rows: frozenset[str]  # a row label that measures the row above


@dataclass(frozen=True)
class Numbers:
    digits: dict[str, int]
    scales: dict[str, int]
    vague_prefixes: dict[str, str]
    unknown_digit: str
    scale_filler: str
    decimal_point: str
    minor_digits: dict[str, int]  # digits after a proportion besides the digits: `半`


@dataclass(frozen=True)
class Approximations:
    prefix: dict[str, str]
    infix: dict[str, str]
    suffix: dict[str, str]
    before: RuleSet  # labelled by approx, the first that applies
    decrease: RuleSet
    per_capita: RuleSet  # labelled by the denominator, the first that applies


@dataclass(frozen=True)
class Segments:
    sentence_end: Pattern  # a final mark or a line break, with the closing marks behind it
    sentence_final: frozenset[str]
    closing_marks: frozenset[str]
    layout_line: int
    table_row: Pattern  # a line that is a table's row ends its sentence, however long
    heading_line: int
    heading_numbers: tuple[Pattern, ...]  # how headings are numbered, level by level
    item_opening: Pattern  # a numbered item (`三是`), its group `first` the first of a run (`一是`)
    appendix_line: Pattern  # a line that opens an appendix, which ends every section
    caption_line: Pattern  # a line that captions a picture: no heading
    longest_sentence: int  # a longer one is cut at its clause breaks
    longest_clause: int  # a stretch without clause breaks is cut at this length
    lead_line: int
    clause_break: Pattern
    part_break: Pattern
    speech_openings: frozenset[str]  # the marks that open a paragraph of direct speech
    speech_marks: dict[str, str]  # each of them → the mark that closes it
    continuing_openings: tuple[str, ...]  # a paragraph that opens with one goes on with the one before it
    list_joiners: frozenset[str]  # what joins the items of a list: `、`, `和`
    list_joiner: Pattern  # ... as a pattern, blanks around it allowed
    respectively: Pattern  # `分别`: the figures after it go in turn with what is listed before it


@dataclass(frozen=True)
class IndicatorRules:
    names: frozenset[str]
    default: str
    term_indicator: dict[str, str]
    terms: regex.Pattern[str]
    terms_backward: regex.Pattern[str]  # the same, searched from the end of a text
    unit_indicator: dict[str, str]
    as_money: dict[str, str]
    amount_of: dict[str, str]  # what an amount written right before an indicator's terms measures
    as_firms: dict[str, str]
    as_count: dict[str, str]  # a money indicator → what a count of its deals is (`技术合同95.8万项`)
    money: frozenset[str]
    amount_terms: frozenset[str]  # the terms that may name an amount written before them
    not_money_counts: frozenset[str]
    generic_heads: frozenset[str]
    heads_the_article_reads: tuple[str, ...]  # `收入`, `收益` alone: what the article's terms ending in it mostly mean
    rate_kinds: frozenset[str]
    ranking_kinds: frozenset[str]
    not_of_kind: dict[str, frozenset[str]]  # a kind → the indicators no figure of it measures
    share_whole: regex.Pattern[str]  # where the whole of a share is named: `占GDP的`
    growth: regex.Pattern[str]  # a rate's clause that says it is a growth: `增长`, `增速`
    respectively: regex.Pattern[str]  # the cue of figures listed in the order of the terms before it
    list_of_terms: regex.Pattern[str]  # what may lie between two terms listed, and after the last
    contractions: dict[str, str]  # a word that contracts two terms (`产销`), and them written out
    contractions_pattern: regex.Pattern[str]
    passed_over: regex.Pattern[str]  # told before a figure, naming none of its measure: a cause, a share's whole
    rank_scope: regex.Pattern[str]  # the peers a rank is among, right before it (`居全国农林类高校`)
    firm_units: frozenset[str]  # the units firms and households are counted in (`户`, `家`)
    item_opening: regex.Pattern[str]  # how an item of a list opens after a part break (`二是`)
    rate_words: regex.Pattern[str]  # what a rate's clause may hold besides places, naming nothing: `同比`
    ratio_change_units: frozenset[str]  # a change of a ratio before it is told in these: `百分点`
    places: regex.Pattern[str]  # a count of them is the default's, and no ranking ranks it
    money_kinds: frozenset[str]
    kind_indicators: dict[str, tuple[str, ...]]  # a kind → the indicators it may have, the default first
    unit_indicators: dict[str, tuple[str, ...]]  # a unit → ... (people are no projects, lengths no investment)
    firm_kinds: frozenset[str]
    firms_by_type: str  # the indicator of firms counted by presence or type, which yields to what they have or did
    granted_kinds: frozenset[str]
    noun_phrase_end: Pattern
    no_head_noun_kinds: frozenset[str]
    of: str
    head_noun_reach: int  # how far after a figure its noun may start
    size_classes: tuple[str, ...]  # what a noun may open with before that reach (`限额以上`)
    counted_noun_tags: frozenset[str]  # a count's noun written before it is a word of these: `新增学位820个`
    level_lead_in: regex.Pattern[str]  # what lies between that noun and the count: `达`, `共有`
    uncounted_nouns: frozenset[str]  # nouns of a total or a part of a place: `总数`, `农村`
    own_rate_kinds: frozenset[str]  # figures of these kinds may be a rate named right before them
    own_rate_endings: tuple[str, ...]  # how such a rate's name ends: `利用率`
    rates_of_the_figure_before: tuple[str, ...]  # but not these: `增长率`
    share_of_the_figure_before: Rule  # a market's share, of what the figure before it measures
    phrases: list[Rule]
    unit_phrases: list[Rule]  # ... and those read before a unit that fixes the indicator
    granted_as: Rule
    scheme_head: regex.Pattern[str]  # words that close a scheme's name at its end: `政策`
    firm_head: Pattern
    threshold_count_verbs: frozenset[str]  # between firms over a threshold and their count: `...的企业有38家`
    roles: list[Rule]
    benefiting: Rule
    paid_to: Rule  # those a scheme's money is paid to (`为860名高校毕业生发放就业补贴`): the scheme after them
    benefit_outcome: Pattern  # a clause telling what a scheme brought about (`带动消费3亿元`), not the scheme


@dataclass(frozen=True)
class CueRules:
    measure: dict[str, list[Rule]]  # a figure's kind → the rules that may give its measure, in order
    measure_default: str
    modality: dict[str, list[Rule]]  # ... and its modality
    modality_in_sentence: dict[str, list[Rule]]  # those of them that read beyond the figure's clause
    modality_default: str
    modality_ahead: Rule  # a time of a year to come (`明年`) dating a figure in its sentence, where no cue says
    policy_document: Rule  # a title that names a policy instrument: its figures are policies
    plan_heading: Rule  # a heading that names a plan: its section's figures are targets
    conversion: Rule  # an amount in brackets after an amount converts it: it takes that amount's fields
    ended_expectations: frozenset[str]  # rules whose figure is the default for a period already ended


@dataclass(frozen=True)
class SubjectRules:
    self_reference: dict[str, tuple[str, ...]]  # word → the levels of the home region it names
    self_pattern: regex.Pattern[str]
    bodies_of_a_region: dict[str, str]  # an office only one region has → that region (`财政司` → Hong Kong)
    acting_body_lead: Pattern  # what an office acting for its region in a sentence is right after: a clause's start
    body_of_a_region: regex.Pattern[str]
    organisation_suffixes: tuple[str, ...]  # and facilities'
    heads_of_bodies: tuple[str, ...]  # a body's head, one word with its suffix (`医院院长`)
    pointing_suffixes: frozenset[str]  # those that written alone point back to a name (`公司`)
    facility_suffixes: tuple[str, ...]  # those that written alone are any such facility (`机场`)
    facilities_of_many_kinds: tuple[str, ...]  # a name of one opens with a place or a name's word
    project_suffixes: tuple[str, ...]  # a project's or a works' (`项目`), named by more than a class
    list_mark: str  # what lists places without joining them as partners (`、`)
    project_phase: regex.Pattern[str]  # a phase of a project (`二期`)
    project_name_word_tags: frozenset[str]  # the tags of names jieba knows that name a project after a region
    works_in_project_names: frozenset[str]  # the works a project is, right before its suffix (`改扩建`)
    facility_areas: tuple[str, ...]  # what makes a facility's suffix an area's (`区` of `产业园区`)
    facilities_counted: tuple[str, ...]  # what follows a kind of facility counted in a place (`数量`)
    facilities_many_in_a_province: frozenset[str]  # a province's short name before one names them all
    needing_a_proper_core: frozenset[str]  # suffixes no region nor grade alone names (`优秀实验室`)
    insurance_pool_words: tuple[str, ...]  # a fund whose core ends in one is a region's insurance pool (`医保`)
    grading_word_tags: frozenset[str]  # the tags of words that grade (`优秀`)
    class_levels: tuple[str, ...]  # levels that make a name a class (`县级医院`)
    national_grades: tuple[str, ...]  # the country's grade of a body in its name (`国家重点实验室`)
    class_openings: tuple[str, ...]  # words that open a class, no name (`各乡镇中心学校`)
    organisation_suffix: regex.Pattern[str]
    organisation_suffix_at_end: regex.Pattern[str]
    route_link: regex.Pattern[str]  # what links the two places a route is named by (`至`)
    route_kinds: tuple[str, ...]  # the kinds of route named so, the longest first (`高速公路`, `高速`)
    brand_trade: regex.Pattern[str]  # the trades a firm is named by after its brand (`汽车` of `小鹏汽车`)
    brand_word_tags: frozenset[str]  # the tags of a brand jieba knows (else it knows none)
    industry_words: frozenset[str]  # what a trade goes on into as a word of its industry (`产业` of `汽车产业`)
    no_brand_endings: tuple[str, ...]  # what ends words of places or classes of firms, no brand (`三地`, `国企`)
    zone_classing_words: tuple[str, ...]  # what makes a zone suffix after it a class (`各` of `各自贸试验区`)
    zone_pointing_words: tuple[str, ...]  # ... but these point at one (`整个开发区`)
    county_paper_names: frozenset[str]  # what a county's paper adds to its short name (`日报` of `东阳日报`)
    name_word_tags: frozenset[str]
    proper_word_tags: frozenset[str]
    township_word_tags: frozenset[str]  # of the words a township's name is made of, before its suffix
    bounded_township_word_tags: frozenset[str]  # ... and where a list or a clause bounds the name
    no_village_opening_words: frozenset[str]  # words that, as its line is cut, open no village's name
    levels_of_government: tuple[str, ...]  # what makes a town's or village's suffix a level (`村级`)
    words_holding_no_village_suffix: tuple[str, ...]  # where a village's suffix is none: `乡村`
    kinds_of_towns: frozenset[str]  # words that say what kind of town a town is, not its name
    verbs_in_names: frozenset[str]
    places_acting_at: frozenset[str]  # prepositions jieba glues to a verb after a place (`在` of `在位`)
    name_word_of_any_tag: Rule  # `第一` of `杭州市第一人民医院`, `控股` of `星河控股有限公司`
    not_jointly_after: tuple[str, ...]  # what ends a list whose names do not hold a figure together (`等`)
    partners_before: tuple[str, ...]  # what opens a list of partners, not of subjects in turn (`对`)
    description_before_name: Pattern  # what ends a description before a firm's name (`平台`)
    description_before_placed_name: Pattern  # ... before one that opens with its place only (`企业`)
    name_stops: frozenset[str]
    lone_name_stops: frozenset[str]  # words that stop a name where jieba cuts them alone (`给`)
    publishers_own_words: frozenset[str]  # a publisher's first person of its region (`我省`)
    noun_joiners: frozenset[str]  # `与` of `材料科学与工程学院`: a stop that joins two common nouns inside a name
    character_joiners: frozenset[str]  # `和` of `信和置业`: a stop that joins a name's lone first character to it
    pointing_characters: frozenset[str]  # `本` of `本公司`: before a suffix, it points back and ends no name
    joined_word_tags: frozenset[str]  # the parts of speech of the words a joining word joins
    generic_words: regex.Pattern[str]
    generic_words_at_end: regex.Pattern[str]
    title_weight: int
    publisher_weight: int
    regions_of_publishers: dict[str, str]  # a paper whose name holds no region → where it publishes
    zones_in_full: dict[str, tuple[str, ...]]  # a zone's short suffix → the full ones (`经开区` → `经济技术开发区`)
    own_city_suffixes: tuple[str, ...]  # a district-level region named so is a city of its own
    speaks_as_a_district: dict[str, frozenset[str]]  # a province-level region's suffix → the district words it uses
    district_kinds: tuple[str, ...]  # the kinds of district the words that stand for one name (`区` of `全区`)
    speaks_of_itself_as: dict[str, frozenset[str]]  # the end of a region's name → self words only it uses
    speaks_of_itself_only_as: dict[str, frozenset[str]]  # ... and that stand for no other region
    state_bodies_with_branches: tuple[str, ...]  # their branch in a region acts for it (`中国人民银行甘肃省分行`)
    short_name_ending: regex.Pattern[str]
    contracted_name_endings: tuple[str, ...]  # institutions named contracted end so: `所` (`光机所`)
    legal_forms: tuple[str, ...]  # what a registered name ends in, and all that may follow a name in its fuller form
    pointing_back_to_a_level: frozenset[str]  # `本市`: the region of its level its sentence named before
    the_said: frozenset[str]  # `该县`: the region of its level named last
    not_subject: RuleSet
    not_a_level: RuleSet  # where a word that stands for a level names an event or an honour's scope
    ranked_in: RuleSet  # where a region, by name or level, is the scope a rank is in
    compared_with: RuleSet  # where a region is the one whose average a figure is compared with
    peer_average: Rule
    field_of_peers: Rule  # a count of the peers a rank is among (`在全国120个城市中`): the scope's
    indicators_of_places: frozenset[str]  # what no one organisation's figure measures: a place's certified firms
    division_of_a_department: Rule  # `省水利厅水资源管理处`: acts for its region, no organisation
    joint_action: Rule
    held_together: Rule  # a total the names listed before it make together (`合计`)
    anaphora: list[Rule]
    first_person: list[Rule]  # what an organisation of the antecedent's kind calls itself: `我校`
    pointed_back: list[Rule]  # what points back to an organisation of the antecedent's kind: `该校`
    owner: Rule
    alias_declaration: Rule
    leading_words_of_a_clause: Rule  # a time or a word leading on that opens a clause before its names
    stock_code: Rule  # a listed company's name comes before it
    country_region: Rule  # a region of the country that holds provinces (`东部地区`)
    country_region_suffix: str
    filing_titles: tuple[Rule, ...]  # a listed company's filing, or news of its results, is titled by its short name
    person: RuleSet  # where a person named is no subject: a speaker, an official by title
    person_cues: RuleSet  # what shows a name of two characters is a person's: `村民孙立`, `孙立说`
    person_title: Pattern  # `校长` of `陈校长`: a surname and a title name the person of that surname
    private_role: Rule  # a role before a person's name that makes them speak for themselves: `村民`
    courtesy_title: Rule  # a title after a surname that names a person speaking for themselves: `女士`
    person_name_tags: frozenset[str]  # jieba's tags of the words a person's name may be cut as
    speaks_for_an_office: Pattern  # a firm's title before a surname titled by courtesy: they speak for the firm
    trade_suffixes: tuple[str, ...]  # after an alias, it names a trade: `银行业`
    counted_ranks: frozenset[str]  # after a numeral, the top of a class (`十大`): it opens a class counted
    surnames: frozenset[str]  # what a person's name opens with
    not_given_name_endings: frozenset[str]  # what no person's name ends with: suffixes of kinds (`级`, `型`)
    official_title: Pattern  # a title before a person's name that makes them act for an office
    pronoun: Pattern  # `他`: at a clause's start, the person the article is about
    school_people: Rule  # a sentence of a school's people (`sentence`), and what names a school (`antecedent`)
    locality: Rule  # a township or village named right after its region (`...乡南村`): groups `township`, `locality`
    news_source: Rule  # after the name a paragraph opens with: it gives out the news
    item_naming_a_place: Rule  # `一是甘州区。`: the item tells of the place it names alone
    scene: Pattern  # a paragraph opening in a place: `在`
    document_title: Pattern  # a document's title in its marks: `《...》`
    named_service: Pattern  # a name in quotation marks that a service is named after: `“…”上门服务`
    ranking_named_after: Rule  # a name a ranking is named after: `在年度中国大学排名中`
    answer_line: regex.Pattern[str]  # an interview's answer, opened by (?P<speaker>...)
    role_in_a_firm: regex.Pattern[str]  # a speaker's role in a firm, right before their name
    named_after_stop: Pattern  # where the search for a subject named after a figure stops: `；`


@dataclass(frozen=True)
class PeriodRules:
    times: list[Rule]  # labelled by the period they give, a template over their groups
    not_governing: RuleSet
    qualifying: RuleSet  # times that date only the figure they qualify
    own_sentence: RuleSet  # times that date only their own sentence: an event's (`于2015年完工`)
    plan_a_speaker_tells: Rule  # a speaker's plan for this year, told in a review of the year before: its sentence only
    now_a_speaker_tells: Rule  # this year so far told right after the verb of a speech, in a review: its paragraph only
    festivals_together: Pattern  # two festivals told together (`中秋、国庆`) and `双节`: one holiday's names
    holidays_in_the_schedule: dict[str, str]  # a holiday's name → its name in the yearly holiday schedule
    budgeted: RuleSet  # the year a budget is drawn up for: what it sets may come after the article's date
    list_item: Rule  # a line that is an item of the list a line ending in a colon opens (`─ 拨款35亿元`)
    restated_time: Rule  # a time in brackets after the words another dates: it tells that time more precisely
    reference_time: RuleSet  # a census's or survey's reference time: it dates all the figures no nearer time dates
    policy_issue: Rule
    policy_to_come: Rule  # a policy its sentence tells is still to be issued: its parameters take no date
    own_voice: Rule  # speech in which the speaker tells of their own affairs (`我们的订单`)
    replaced_parameter: Rule  # the old value of a policy's parameter: the story's time dates it
    average_growth: Rule  # an average growth rate, which spans the years its sentence runs over
    growth_base: Rule  # a year compared with, which an average growth rate after it runs from
    stock: RuleSet  # a stock (`余额`) and its yearly growth: under a span they hold at the span's end
    span_told_whole: Rule  # a span counted from its start (`前三季度`): no list told with `分别` takes its parts
    effect_forecast: Rule  # an effect a measure is expected to have: only a time told for it dates it
    change_start: Rule  # the value a change starts from, no time told for it: the year before
    days_of_an_occasion: Rule  # a span of days told as an occasion's (`6月9日至12日举行`)
    occasion_by_its_days: Rule  # an occasion named right after its days: `6月9日至12日赛事期间`
    news_source: Rule  # a sentence's opening clause that tells where the news came from (`记者从…获悉,`)
    counted_events: Rule  # after a list of times: the events they date are counted (`两次扩建`)
    document_of_a_period: Rule  # matched after a time: the document it names (`预算案`), a time where named again
    short_name: Rule  # the short name of a document a time issues (`(以下简称“1+3”文件)`): it dates its parameters
    dated_by_issue: frozenset[str]
    dated_by_article: frozenset[str]
    halves: dict[str, int]
    quarters: dict[str, int]
    months: dict[str, int]  # months written in words (`十一`), by number
    relative_years: dict[str, int]
    five_year_plans: dict[str, str]
    republic_calendar_regions: frozenset[str]  # whose texts write years of the Republic of China's calendar alone
    off_the_holiday_schedule: frozenset[str]  # whose public holidays the mainland's holiday schedule does not set
    the_day_itself: tuple[str, ...]  # after an occasion's name, its day (`当天`), not the days it runs over


@dataclass(frozen=True)
class Enumeration:
    """How a list of items is written, so that a count of exactly its items is known to refer back."""

    item_separators: regex.Pattern[str]
    last_item_joiners: regex.Pattern[str]
    verb_tags: frozenset[str]  # jieba tags of words that make the list an object: `新认定A、B`
    topic_markers: regex.Pattern[str]  # a word opening a list that the clause talks about: `将A和B`


@dataclass(frozen=True)
class Rules:
    numbers: Numbers
    units: dict[str, Unit]
    rate_denominators: dict[str, str]
    per_unit_before: regex.Pattern[str]  # a unit of measure a price is per, written before it: (?P<per>...)
    small_units: dict[str, Decimal]  # small units of money by what they are worth of the main one
    local_currency: str  # the base unit of an amount in the local currency, which the article's region names
    local_currencies: dict[str, str]  # a region → the currency its `元` is; `default` for the others
    currency_before: regex.Pattern[str]  # a currency written right before an amount: (?P<currency>...)
    currencies: dict[str, str]  # a currency word → its code
    currency_word: regex.Pattern[str]  # any currency written before an amount (`新台币`), wherever
    approx: Approximations
    mentions: list[MentionRule]
    exclusions: RuleSet
    enumeration: Enumeration
    indicators: IndicatorRules
    cues: CueRules
    subjects: SubjectRules
    periods: PeriodRules
    segments: Segments
    tables: TableRules
    gazetteer: Gazetteer
