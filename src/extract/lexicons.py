"""The attribution rule files, checked and compiled: indicators, cues of
measure and modality, subjects and periods (for `loader.py`)."""

from __future__ import annotations

from typing import Any

import regex

from extract.gazetteer import words_pattern
from extract.grammar import alternation
from extract.rules import (
    CueRules,
    IndicatorRules,
    PeriodRules,
    Rule,
    RuleError,
    RuleSet,
    SubjectRules,
    Unit,
    searcher,
)
from extract.sections import KINDS, LEVELS, MEASURES, MODALITIES, Sections, Shape

TEMPLATE_FIELD = regex.compile(r"\{([^{}]*)\}")


INDICATOR_KEYS = frozenset({"name", "examples", "terms", "units", "as_money", "as_firms", "as_count", "amount_of"})


def _indicator_tables(entries: list[Any]) -> tuple[dict[str, str], ...]:
    """Each indicator's terms, units, and what its amounts, its firms and its counts are counted as."""
    names = {entry.get("name") for entry in entries if isinstance(entry, dict)}
    term_indicator: dict[str, str] = {}
    unit_indicator: dict[str, str] = {}
    as_money: dict[str, str] = {}
    as_firms: dict[str, str] = {}
    as_count: dict[str, str] = {}
    amount_of: dict[str, str] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("name"):
            raise RuleError("indicators.yaml/indicators: an indicator without a name")
        where = f"indicators.yaml/indicators/{entry['name']}"
        unknown = sorted(set(entry) - INDICATOR_KEYS)
        if unknown:
            raise RuleError(f"{where}: unknown key {unknown[0]!r}")
        tables = (("as_money", as_money), ("as_firms", as_firms), ("as_count", as_count), ("amount_of", amount_of))
        for key, table in tables:
            if key in entry:
                if entry[key] not in names:
                    raise RuleError(f"{where}: unknown indicator {entry[key]!r}")
                table[entry["name"]] = entry[key]
        for term in entry.get("terms") or []:
            if str(term) in term_indicator:  # the first listing would win silently
                raise RuleError(f"{where}: {term!r} is listed already, under {term_indicator[str(term)]}")
            term_indicator[str(term)] = entry["name"]
        for unit in entry.get("units") or []:
            unit_indicator[str(unit)] = entry["name"]
    return term_indicator, unit_indicator, as_money, as_firms, as_count, amount_of


def indicators(sections: Sections, units: dict[str, Unit]) -> IndicatorRules:
    entries = sections.get("indicators", "indicators", list)
    base_units = frozenset(unit.base for unit in units.values())
    term_indicator, unit_indicator, as_money, as_firms, as_count, amount_of = _indicator_tables(entries)
    names = frozenset(str(entry["name"]) for entry in entries)
    default = sections.get("indicators", "default", str)
    money = frozenset(sections.words("indicators", "money_indicators"))
    for word in sorted((money | {default}) - names):
        raise RuleError(f"indicators.yaml: unknown indicator {word!r}")
    default_amounts = frozenset(sections.words("indicators", "default_amounts"))
    for word in sorted(default_amounts):
        if term_indicator.get(word) != default:
            raise RuleError(f"indicators.yaml/default_amounts: {word!r} is no term of {default!r}")
    firms = alternation(sections.words("indicators", "firm_terms"))
    reach = sections.get("indicators", "head_noun_reach", int)
    contractions = {str(word): str(terms) for word, terms in sections.get("indicators", "contractions", dict).items()}
    for word, written_out in contractions.items():
        contracted = words_pattern(term_indicator).findall(written_out)
        if len(contracted) < 2:
            raise RuleError(f"indicators.yaml/contractions/{word}: {written_out!r} names fewer than two terms")
        term_indicator.setdefault(word, term_indicator[contracted[0]])  # read alone, it is its first term
    terms = words_pattern(term_indicator)
    return IndicatorRules(
        names=names,
        default=default,
        term_indicator=term_indicator,
        terms=terms,
        terms_backward=regex.compile(terms.pattern, flags=regex.REVERSE),
        unit_indicator=unit_indicator,
        as_money=as_money,
        as_firms=as_firms,
        as_count=as_count,
        money=money,
        amount_terms=frozenset(t for t, name in term_indicator.items() if name in money or name in amount_of)
        | default_amounts,
        amount_of=amount_of,
        not_money_counts=frozenset(sections.words("indicators", "not_money_counts")),
        generic_heads=frozenset(sections.words("indicators", "generic_heads")),
        heads_the_article_reads=tuple(sections.words("indicators", "heads_the_article_reads")),
        rate_kinds=_kinds(sections, "rate_kinds"),
        ranking_kinds=_kinds(sections, "ranking_kinds"),
        not_of_kind=_not_of_kind(sections, names),
        share_whole=regex.compile(sections.get("indicators", "share_whole", str)),
        growth=regex.compile(sections.get("indicators", "growth", str)),
        passed_over=regex.compile(sections.get("indicators", "passed_over", str)),
        rank_scope=regex.compile(sections.get("indicators", "rank_scope", str)),
        firm_units=frozenset(sections.words("indicators", "firm_units")),
        item_opening=regex.compile(sections.get("indicators", "item_opening", str)),
        respectively=regex.compile(sections.get("indicators", "respectively", str)),
        list_of_terms=regex.compile(sections.get("indicators", "list_of_terms", str)),
        contractions=contractions,
        contractions_pattern=words_pattern(contractions) if contractions else regex.compile("(?!)"),
        rate_words=regex.compile(sections.get("indicators", "rate_words", str)),
        ratio_change_units=frozenset(sections.words("indicators", "ratio_change_units")),
        places=words_pattern(sections.words("indicators", "places")),
        money_kinds=_kinds(sections, "money_kinds"),
        kind_indicators=_indicators_by(sections, "kind_indicators", KINDS, names, "kind"),
        unit_indicators=_indicators_by(sections, "unit_indicators", base_units, names, "unit"),
        firm_kinds=_kinds(sections, "firm_kinds"),
        firms_by_type=sections.get("indicators", "firms_by_type", str),
        granted_kinds=_kinds(sections, "granted_kinds"),
        noun_phrase_end=searcher(words_pattern(sections.words("indicators", "noun_phrase_ends")).pattern),
        counted_noun_tags=frozenset(sections.words("indicators", "counted_noun_tags")),
        level_lead_in=regex.compile(sections.get("indicators", "level_lead_in", str)),
        uncounted_nouns=frozenset(sections.words("indicators", "uncounted_nouns")),
        own_rate_kinds=frozenset(sections.words("indicators", "own_rate_kinds")),
        own_rate_endings=tuple(sections.words("indicators", "own_rate_endings")),
        rates_of_the_figure_before=tuple(sections.words("indicators", "rates_of_the_figure_before")),
        share_of_the_figure_before=sections.one(
            "indicators", "share_of_the_figure_before", Shape(("between",), filters={"indicators": names})
        ),
        no_head_noun_kinds=_kinds(sections, "no_head_noun_kinds"),
        of=sections.get("indicators", "of", str),
        phrases=sections.rules("indicators", "phrases", Shape(("sentence_left",), "indicator", names, required=True)),
        unit_phrases=sections.rules(
            "indicators", "unit_phrases", Shape(("sentence_left", "right"), "indicator", names, required=True)
        ),
        granted_as=sections.one("indicators", "granted_as", Shape(("right",))),
        benefiting=sections.one("indicators", "benefiting", Shape(("left", "right"))),
        paid_to=sections.one("indicators", "paid_to", Shape(("left", "mention", "right"))),
        benefit_outcome=regex.compile(sections.get("indicators", "benefit_outcome", str)),
        head_noun_reach=reach,
        size_classes=tuple(sections.words("indicators", "size_classes")),
        scheme_head=regex.compile(f"(?:{alternation(sections.words('indicators', 'scheme_heads'))})$"),
        threshold_count_verbs=frozenset(sections.words("indicators", "threshold_count_verbs")),
        firm_head=searcher(f"^[^,，。；;、0-9]{{0,{sections.get('indicators', 'firm_head_reach', int)}}}?(?:{firms})"),
        roles=sections.rules(
            "indicators", "roles", Shape(("after", "sentence"), "indicator", names | {"scheme"}, required=True)
        ),
    )


def _indicators_by(
    sections: Sections, key: str, known: frozenset[str], names: frozenset[str], what: str
) -> dict[str, tuple[str, ...]]:
    """A kind (or a unit: `what` it is) → the indicators its figures may measure, the default first."""
    table = {
        str(name): tuple(map(str, indicators)) for name, indicators in sections.get("indicators", key, dict).items()
    }
    for name, indicators in table.items():
        if name not in known or not set(indicators) <= names:
            raise RuleError(f"indicators.yaml/{key}/{name}: unknown {what} or indicator")
    return table


def _not_of_kind(sections: Sections, names: frozenset[str]) -> dict[str, frozenset[str]]:
    """A kind → the indicators that no figure of it measures (`indicator_kinds` turned round)."""
    table = {
        str(name): frozenset(map(str, kinds))
        for name, kinds in sections.get("indicators", "indicator_kinds", dict).items()
    }
    for name, kinds in table.items():
        if name not in names or not kinds <= KINDS:
            raise RuleError(f"indicators.yaml/indicator_kinds/{name}: unknown indicator or kind")
    return {kind: frozenset(name for name, kinds in table.items() if kind not in kinds) for kind in KINDS}


def _words_by_name_end(sections: Sections, key: str) -> dict[str, frozenset[str]]:
    """The words regions whose names end in a key speak of themselves with (subjects.yaml `key`)."""
    return {str(end): frozenset(map(str, words)) for end, words in sections.get("subjects", key, dict).items()}


def _kinds(sections: Sections, key: str) -> frozenset[str]:
    kinds = sections.words("indicators", key)
    for kind in kinds:
        if kind not in KINDS:
            raise RuleError(f"indicators.yaml/{key}: unknown kind {kind!r}")
    return frozenset(kinds)


def cues(sections: Sections, units: dict[str, Any], indicators: frozenset[str]) -> CueRules:
    filters = {"kinds": KINDS, "units": frozenset(unit.base for unit in units.values()), "indicators": indicators}
    measure = Shape(("left", "right"), "measure", MEASURES, True, scoped=True, filters=filters)
    modality = Shape(("left", "right"), "modality", MODALITIES, True, scoped=True, filters=filters)
    defaults = {key: sections.get("cues", f"{key}_default", str) for key in ("measure", "modality")}
    for key, labels in (("measure", MEASURES), ("modality", MODALITIES)):
        if defaults[key] not in labels:
            raise RuleError(f"cues.yaml/{key}_default: unknown {key} {defaults[key]!r}")
    modality_rules = sections.rules("cues", "modality", modality)
    return CueRules(
        _by_kind(sections.rules("cues", "measure", measure)),
        defaults["measure"],
        _by_kind(modality_rules),
        _by_kind([rule for rule in modality_rules if any(part.startswith("sentence") for part, _ in rule.patterns)]),
        defaults["modality"],
        sections.one("cues", "modality_ahead", Shape(("time",), "modality", MODALITIES, required=True)),
        sections.one("cues", "policy_document", Shape(("title",), "modality", MODALITIES, required=True)),
        sections.one("cues", "plan_heading", Shape(("heading",), "modality", MODALITIES, required=True)),
        sections.one("cues", "conversion", Shape(("between",))),
        _rule_names(sections.words("cues", "ended_expectations"), modality_rules),
    )


def _rule_names(names: list[str], rules: list[Rule]) -> frozenset[str]:
    strange = [name for name in names if name not in {rule.name for rule in rules}]
    if strange:
        raise RuleError(f"cues.yaml/ended_expectations: no modality rule {strange[0]!r}")
    return frozenset(names)


def _by_kind(rules: list[Rule]) -> dict[str, list[Rule]]:
    """For each kind of figure, the rules that may apply to it: the others ask for other kinds."""
    return {
        kind: [rule for rule in rules if all(part != "kind" or kind in values for part, values in rule.allowed)]
        for kind in KINDS
    }


def subjects(sections: Sections) -> SubjectRules:
    self_reference = {}
    for word, levels in sections.get("subjects", "self_reference", dict).items():
        named = tuple(str(levels).split(";"))
        if not set(named) <= LEVELS:
            raise RuleError(f"subjects.yaml/self_reference/{word}: unknown level in {levels!r}")
        self_reference[str(word)] = named
    pointing = sections.words("subjects", "organisation_suffixes")
    projects = sections.words("subjects", "project_suffixes")
    many_kinds = [*sections.words("subjects", "facilities_of_many_kinds"), *projects]
    # the longest first: a name ending in `湿地公园` is of that kind, not a `公园`
    facilities = sorted([*sections.words("subjects", "facilities_of_one_kind"), *many_kinds], key=len, reverse=True)
    suffixes = pointing + facilities
    bodies = {str(body): str(region) for body, region in sections.get("subjects", "bodies_of_a_region", dict).items()}
    generic = sections.words("subjects", "generic_name_words")
    zones_in_full = sections.get("subjects", "zones_in_full", dict)
    alias = sections.one("subjects", "alias_declaration", Shape(("pattern",)))
    if alias.finds is None or not {"alias", "bare"} <= alias.finds.groupindex.keys():
        raise RuleError("subjects.yaml/alias_declaration: the pattern needs (?P<alias>...) and (?P<bare>...) groups")
    return SubjectRules(
        self_reference=self_reference,
        self_pattern=words_pattern(self_reference),
        bodies_of_a_region=bodies,
        body_of_a_region=words_pattern(bodies),
        organisation_suffixes=tuple(suffixes),
        heads_of_bodies=tuple(sections.words("subjects", "heads_of_bodies")),
        pointing_suffixes=frozenset(pointing),
        facility_suffixes=tuple(facilities),
        facilities_of_many_kinds=tuple(many_kinds),
        project_suffixes=tuple(projects),
        list_mark=str(sections.get("subjects", "list_mark", str)),
        project_phase=regex.compile(sections.get("subjects", "project_phase", str)),
        project_name_word_tags=frozenset(sections.words("subjects", "project_name_word_tags")),
        works_in_project_names=frozenset(sections.words("subjects", "works_in_project_names")),
        facility_areas=tuple(sections.words("subjects", "facility_areas")),
        facilities_counted=tuple(sections.words("subjects", "facilities_counted")),
        facilities_many_in_a_province=frozenset(sections.words("subjects", "facilities_many_in_a_province")),
        needing_a_proper_core=frozenset(sections.words("subjects", "needing_a_proper_core")),
        insurance_pool_words=tuple(sections.words("subjects", "insurance_pool_words")),
        grading_word_tags=frozenset(sections.words("subjects", "grading_word_tags")),
        class_levels=tuple(sections.words("subjects", "class_levels")),
        national_grades=tuple(sections.words("subjects", "national_grades")),
        class_openings=tuple(sections.words("subjects", "class_openings")),
        organisation_suffix=words_pattern(suffixes),
        organisation_suffix_at_end=regex.compile(f"(?:{alternation(suffixes)})$"),
        route_link=regex.compile(
            r"(?<=\p{Han})(?:"
            + "|".join(map(regex.escape, sections.words("subjects", "route_links")))
            + r")(?=\p{Han})"
        ),
        route_kinds=tuple(sorted(sections.words("subjects", "route_kinds"), key=len, reverse=True)),
        brand_trade=words_pattern(sections.words("subjects", "brand_trades")),
        brand_word_tags=frozenset(sections.words("subjects", "brand_word_tags")),
        industry_words=frozenset(sections.words("subjects", "industry_words")),
        no_brand_endings=tuple(sections.words("subjects", "no_brand_endings")),
        zone_classing_words=tuple(sections.words("subjects", "zone_classing_words")),
        zone_pointing_words=tuple(sections.words("subjects", "zone_pointing_words")),
        county_paper_names=frozenset(sections.words("subjects", "county_paper_names")),
        name_word_tags=frozenset(sections.words("subjects", "name_word_tags")),
        proper_word_tags=frozenset(sections.words("subjects", "proper_word_tags")),
        township_word_tags=frozenset(sections.words("subjects", "township_word_tags")),
        bounded_township_word_tags=frozenset(sections.words("subjects", "bounded_township_word_tags")),
        no_village_opening_words=frozenset(sections.words("subjects", "no_village_opening_words")),
        levels_of_government=tuple(sections.words("subjects", "levels_of_government")),
        kinds_of_towns=frozenset(sections.words("subjects", "kinds_of_towns")),
        words_holding_no_village_suffix=tuple(sections.words("subjects", "words_holding_no_village_suffix")),
        verbs_in_names=frozenset(sections.words("subjects", "verbs_in_names")),
        places_acting_at=frozenset(sections.words("subjects", "places_acting_at")),
        not_jointly_after=tuple(sections.words("subjects", "not_jointly_after")),
        partners_before=tuple(sections.words("subjects", "partners_before")),
        description_before_name=searcher(alternation(sections.words("subjects", "descriptions_before_names"))),
        description_before_placed_name=searcher(
            alternation(sections.words("subjects", "descriptions_before_placed_names"))
        ),
        name_stops=frozenset(sections.words("subjects", "name_stops")) | frozenset(self_reference),
        lone_name_stops=frozenset(sections.words("subjects", "lone_name_stops")),
        publishers_own_words=frozenset(sections.words("subjects", "publishers_own_words")),
        noun_joiners=frozenset(sections.words("subjects", "noun_joiners")),
        character_joiners=frozenset(sections.words("subjects", "character_joiners")),
        name_word_of_any_tag=sections.one("subjects", "name_word_of_any_tag", Shape(("pattern",))),
        pointing_characters=frozenset(sections.words("subjects", "pointing_characters")),
        joined_word_tags=frozenset(sections.words("subjects", "joined_word_tags")),
        generic_words=words_pattern(generic),
        generic_words_at_end=regex.compile(f"(?:{alternation(generic)})$"),
        title_weight=sections.get("subjects", "title_weight", int),
        publisher_weight=sections.get("subjects", "publisher_weight", int),
        regions_of_publishers={
            str(paper): str(region) for paper, region in sections.get("subjects", "regions_of_publishers", dict).items()
        },
        zones_in_full={str(short): tuple(map(str, fulls)) for short, fulls in zones_in_full.items()},
        own_city_suffixes=tuple(sections.words("subjects", "own_city_suffixes")),
        speaks_as_a_district=_words_by_name_end(sections, "speaks_as_a_district"),
        district_kinds=tuple(sections.words("subjects", "district_kinds")),
        speaks_of_itself_as=_words_by_name_end(sections, "speaks_of_itself_as"),
        speaks_of_itself_only_as=_words_by_name_end(sections, "speaks_of_itself_only_as"),
        state_bodies_with_branches=tuple(sections.words("subjects", "state_bodies_with_branches")),
        contracted_name_endings=tuple(sections.words("subjects", "contracted_name_endings")),
        legal_forms=tuple(sections.words("subjects", "legal_forms")),
        pointing_back_to_a_level=frozenset(sections.words("subjects", "pointing_back_to_a_level")),
        the_said=frozenset(sections.words("subjects", "the_said")),
        short_name_ending=regex.compile(f"(?:{alternation(sections.words('subjects', 'short_name_endings'))})$"),
        not_subject=RuleSet(tuple(sections.rules("subjects", "not_subject", Shape(("left", "written", "right"))))),
        not_a_level=RuleSet(tuple(sections.rules("subjects", "not_a_level", Shape(("left", "right"))))),
        ranked_in=RuleSet(tuple(sections.rules("subjects", "ranked_in", Shape(("left", "right"))))),
        compared_with=RuleSet(tuple(sections.rules("subjects", "compared_with", Shape(("left", "right"))))),
        peer_average=sections.one("subjects", "peer_average", Shape(("between", "mention"))),
        field_of_peers=sections.one("subjects", "field_of_peers", Shape(("written", "between", "right"))),
        indicators_of_places=frozenset(sections.words("subjects", "indicators_of_places")),
        division_of_a_department=sections.one("subjects", "division_of_a_department", Shape(("written",))),
        joint_action=sections.one("subjects", "joint_action", Shape(("left", "right"))),
        held_together=sections.one("subjects", "held_together", Shape(("left",))),
        anaphora=sections.rules(
            "subjects",
            "anaphora",
            Shape(("pattern", "antecedent"), "refers_to", frozenset({"", "joint", "former", "latter"})),
        ),
        first_person=sections.rules("subjects", "first_person", Shape(("pattern", "antecedent"))),
        pointed_back=sections.rules("subjects", "pointed_back", Shape(("pattern", "antecedent"))),
        owner=sections.one("subjects", "owner", Shape(("right",))),
        alias_declaration=alias,
        leading_words_of_a_clause=sections.one("subjects", "leading_words_of_a_clause", Shape(("pattern",))),
        stock_code=sections.one("subjects", "stock_code", Shape(("pattern",))),
        country_region=_with_group(
            sections.one("subjects", "country_region", Shape(("pattern",))), "region", "subjects"
        ),
        country_region_suffix=sections.get("subjects", "country_region_suffix", str),
        filing_titles=tuple(
            _with_group(rule, "issuer", "subjects")
            for rule in sections.rules("subjects", "filing_title", Shape(("pattern",)))
        ),
        person=RuleSet(tuple(sections.rules("subjects", "person_not_subject", Shape(("left", "right"))))),
        person_cues=RuleSet(tuple(sections.rules("subjects", "person_cues", Shape(("left", "right"))))),
        person_title=searcher(alternation(sections.words("subjects", "person_titles"))),
        private_role=sections.one("subjects", "private_role", Shape(("pattern",))),
        courtesy_title=sections.one("subjects", "courtesy_title", Shape(("pattern",))),
        person_name_tags=frozenset(sections.words("subjects", "person_name_tags")),
        speaks_for_an_office=searcher(sections.get("subjects", "speaks_for_an_office", str)),
        counted_ranks=frozenset(sections.get("subjects", "counted_ranks", str)),
        trade_suffixes=tuple(sections.words("subjects", "trade_suffixes")),
        surnames=frozenset(sections.get("subjects", "surnames", str)),
        not_given_name_endings=frozenset(sections.get("subjects", "not_given_name_endings", str)),
        official_title=searcher(sections.get("subjects", "official_title", str)),
        pronoun=searcher(sections.get("subjects", "pronoun", str)),
        school_people=sections.one("subjects", "school_people", Shape(("sentence", "antecedent"))),
        locality=_with_group(
            _with_group(sections.one("subjects", "locality", Shape(("pattern",))), "locality", "subjects"),
            "township",
            "subjects",
        ),
        scene=searcher(sections.get("subjects", "scene", str)),
        document_title=searcher(sections.get("subjects", "document_title", str)),
        named_service=searcher(sections.get("subjects", "named_service", str)),
        ranking_named_after=sections.one("subjects", "ranking_named_after", Shape(("left", "right"))),
        answer_line=regex.compile(sections.get("subjects", "answer_line", str)),
        role_in_a_firm=regex.compile(sections.get("subjects", "role_in_a_firm", str)),
        named_after_stop=searcher(sections.get("subjects", "named_after_stop", str)),
        acting_body_lead=regex.compile(sections.get("subjects", "acting_body_lead", str)),
        news_source=sections.one("subjects", "news_source", Shape(("pattern",))),
        item_naming_a_place=sections.one("subjects", "item_naming_a_place", Shape(("pattern",))),
    )


def _with_group(rule: Rule, group: str, file: str = "periods") -> Rule:
    if rule.finds is None or group not in rule.finds.groupindex:
        raise RuleError(f"{file}.yaml/{rule.name}: the pattern needs a (?P<{group}>...) group")
    return rule


def periods(sections: Sections) -> PeriodRules:
    times = sections.rules("periods", "times", Shape(("pattern",), "period", required=True))
    for time in times:
        found = time.finds
        assert found is not None
        fields = set(TEMPLATE_FIELD.findall(time.label))
        if found.groups != len(found.groupindex):
            raise RuleError(f"periods.yaml/times/{time.name}: use named groups only")
        if time.label not in ("now", "lasting") and not fields <= {
            *found.groupindex,
            "article_year",
            "named_year",  # the year of the time last named where it is the article's or the one before
            "article_month",
            "review_year",
            "fiscal_year",  # the calendar year of a `fiscal_quarter`
            "century",  # the first two digits of the article's year
            "article_day",
            "day_before",  # the day before the article's
            "month_before",  # the month before the article's
            "quarter_before",  # the quarter before the article's
            "last_year",  # the last of `years` years from `year`
            "week_start",  # the first and last day of `week` of `year`
            "week_end",
            "half_start",  # the first month of six to `half_end`
            "fiscal_start_year",  # the year before the one a fiscal year ends in (`fiscal_end`)
            "fiscal_from",  # `-04` of a fiscal year that ends in March the text tells, else empty
            "fiscal_to",  # `-03` of it
        }:
            raise RuleError(f"periods.yaml/times/{time.name}: the period names a group the pattern lacks")
    dated = {}
    for key in ("dated_by_issue", "dated_by_article"):
        dated[key] = frozenset(sections.words("periods", key))
        if not dated[key] <= MODALITIES:
            raise RuleError(f"periods.yaml/{key}: unknown modality in {sorted(dated[key])}")
    return PeriodRules(
        times=times,
        not_governing=RuleSet(tuple(sections.rules("periods", "not_governing", Shape(("left", "mention", "right"))))),
        qualifying=RuleSet(tuple(sections.rules("periods", "qualifying", Shape(("left", "mention", "right"))))),
        own_sentence=RuleSet(tuple(sections.rules("periods", "own_sentence", Shape(("left", "mention", "right"))))),
        plan_a_speaker_tells=sections.one("periods", "plan_a_speaker_tells", Shape(("left", "mention", "right"))),
        now_a_speaker_tells=sections.one("periods", "now_a_speaker_tells", Shape(("left", "mention"))),
        festivals_together=regex.compile(sections.get("periods", "festivals_together", str)),
        holidays_in_the_schedule=dict(sections.get("periods", "holidays_in_the_schedule", dict)),
        budgeted=RuleSet(tuple(sections.rules("periods", "budgeted", Shape(("left", "mention", "right"))))),
        restated_time=sections.one("periods", "restated_time", Shape(("left", "right"))),
        reference_time=RuleSet(tuple(sections.rules("periods", "reference_time", Shape(("left", "right"))))),
        policy_issue=sections.one("periods", "policy_issue", Shape(("pattern",))),
        policy_to_come=sections.one("periods", "policy_to_come", Shape(("pattern",))),
        own_voice=sections.one("periods", "own_voice", Shape(("pattern",))),
        replaced_parameter=sections.one("periods", "replaced_parameter", Shape(("left", "right"))),
        average_growth=sections.one("periods", "average_growth", Shape(("left",))),
        growth_base=sections.one("periods", "growth_base", Shape(("left",))),
        stock=RuleSet(tuple(sections.rules("periods", "stock", Shape(("left", "years"), scoped=True)))),
        span_told_whole=sections.one("periods", "span_told_whole", Shape(("pattern",))),
        effect_forecast=sections.one("periods", "effect_forecast", Shape(("left", "right"))),
        change_start=sections.one("periods", "change_start", Shape(("left", "right"))),
        days_of_an_occasion=sections.one("periods", "days_of_an_occasion", Shape(("told",))),
        occasion_by_its_days=sections.one("periods", "occasion_by_its_days", Shape(("right",))),
        news_source=sections.one("periods", "news_source", Shape(("right",))),
        counted_events=sections.one("periods", "counted_events", Shape(("right",))),
        document_of_a_period=_with_group(
            sections.one("periods", "document_of_a_period", Shape(("pattern", "left"))), "document"
        ),
        short_name=_with_group(sections.one("periods", "short_name", Shape(("pattern",))), "document"),
        list_item=sections.one("periods", "list_item", Shape(("pattern", "left"))),
        dated_by_issue=dated["dated_by_issue"],
        dated_by_article=dated["dated_by_article"],
        halves={str(k): int(v) for k, v in sections.get("periods", "halves", dict).items()},
        quarters={str(k): int(v) for k, v in sections.get("periods", "quarters", dict).items()},
        months={str(k): int(v) for k, v in sections.get("periods", "months", dict).items()},
        relative_years={str(k): int(v) for k, v in sections.get("periods", "relative_years", dict).items()},
        five_year_plans={str(k): str(v) for k, v in sections.get("periods", "five_year_plans", dict).items()},
        republic_calendar_regions=frozenset(sections.words("periods", "republic_calendar_regions")),
        off_the_holiday_schedule=frozenset(sections.words("periods", "off_the_holiday_schedule")),
        the_day_itself=tuple(sections.words("periods", "the_day_itself")),
    )
