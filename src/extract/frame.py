"""The article's frame, found once per article before its figures are
attributed (ANNOTATION §6, §7): whose article it is (its own region, zone or
organisation, which `我区`, `全市`, `公司` and figures that name no one stand
for), the organisations it names, and the times its title and headings set.

Whose article it is, is said by its title above all, then by what it names
most: regions (in full, or by short names such as `贵州`), development zones
(`湖州高新区`, or a bare `高新区` of the article's city), organisations (in
full, or by their core: `星岚` for `星岚公司`), and words that stand for a
level (`全省`, `全国`).
"""

from __future__ import annotations

import bisect
import datetime
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise

import regex

from extract.gazetteer import Name
from extract.indicator import nearest_before
from extract.organisation import (
    COMMON_NOUN_TAG,
    alias_declarations,
    contractions,
    core,
    declared_aliases,
    fullest,
    known_by_another_short_name,
    organisations,
    routes,
)
from extract.read import Article
from extract.rules import Rules
from extract.sections import FOREIGN, TOWNSHIP, VILLAGE
from extract.segment import cut, inside_a_word, matching_view, word_tag
from extract.spans import occurrences, paragraph_context
from extract.tables import table_rows
from extract.times import (
    DAY_SPAN,
    STORY,
    ArticleDate,
    Time,
    fiscal_year_end,
    runs_on,
    scheduled_days,
    short_names_named_again,
    story_period,
    times_in,
    within,
    years_in_span,
)

COUNTRY = "country"
DISTRICT = "district"
PROVINCE = "province"
SHORT_NAMED_AT_LEAST = 2  # how often an article names its district by its short name alone to be of it
NAMED_AT_LEAST = 2  # how often an article that speaks for its region names an organisation it is about,
# names in full a firm whose short name is a common noun, or names a town or a village written alone
ITEM_OPENING_LONGEST = 12  # characters an item's opening may take, indented (`　　(十二)`)
CLAUSE_TOWNSHIP_LONGEST = 3  # characters before its suffix a township named once opening a clause may have
SUFFIX_CONTEXT = 4  # characters after a township's suffix cut to see whether the suffix opens a word
VERB_TAG = "v"  # jieba's part of speech of verbs (and `vn`, `vd`)
LEVEL_REACH = 16  # characters around a word that stands for a level that may say it does not
BREAKDOWN_PEERS = 2  # the other counties of its city a county-level city is listed with in a breakdown
HAN = regex.compile(r"\p{Han}+")
TOWN_NAME_LONGEST = 4  # characters before its suffix a town's or a village's name holds at most
TOWN_NAME_SHORTEST = 2  # and at least, written alone (`余村` is named after its region only)
VILLAGE_CONTEXT = 30  # characters around a village's name cut to see the word it opens with
OCCASION_REACH = 16  # characters after a span of days that may say it is an occasion's (`至12日在西宁举行`)
QUOTES = (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))  # opening and closing marks
CLOSING_MARKS = (*(closing for _, closing in QUOTES), '"')
SPEECH_QUOTES = QUOTES[:3]  # not book-title marks
SPEECH_BREAK = regex.compile(r"[,，。!！?？;；]")  # a clause's end: what a name quoted does not hold
BY_A_HOLIDAY = regex.compile(r"[(（)）“”\"‘’\s]*")  # what may stand between a holiday named and its days
DATE_LINE_REST = regex.compile(r"[\s()（）\[\]【】—\-]+")  # what a line holding only a date may hold besides


@dataclass(frozen=True)
class Frame:
    home: dict[str, str] = field(default_factory=dict)  # level → the article's own region at that level
    own: str = ""  # whose article it is: the subject of a figure that names no one
    organisations: list[Name] = field(default_factory=list)  # organisation names of the text, in order
    contracted: list[Name] = field(default_factory=list)  # names written contracted (`工研院`), as the full name
    pointers: list[Name] = field(default_factory=list)  # bare suffixes (`公司`) pointing back to an organisation
    # the time the title (or else the lead, or a survey's reference time the lead tells) sets: it
    # governs figures no nearer time dates
    title_time: Time | None = None
    title_holds: bool = False  # that time is a survey's reference time: it governs to the end of the text
    times: list[Time] = field(default_factory=list)  # the article's time expressions, in order
    sections: list[Time] = field(default_factory=list)  # headings' times: each governs the text after it
    # the paragraphs that open with a numbered item (`二是`), where each and its run (from `一是`) begin:
    # a time one item tells does not reach into the next
    items: list[tuple[int, int]] = field(default_factory=list)
    issued: Time | None = None  # the date the document was issued, on a line of its own: it dates its policies
    documents: list[Time] = field(default_factory=list)  # short names of issued documents: they date their parameters
    modality: str = ""  # what the article's figures are unless a cue says otherwise, where its title says
    currency: str = ""  # what `元` is in the article: the currency of its own region
    topic: str = ""  # the indicator the title names (`...地区生产总值排行`): what bare amounts measure
    planned: list[tuple[int, int]] = field(default_factory=list)  # sections headed by a plan: their figures are targets
    title: str = ""  # the article's title as the rules read it
    zones_in_full: dict[str, str] = field(default_factory=dict)  # a zone's short name → its full one, both in the text

    def planned_at(self, position: int) -> bool:
        """Whether `position` (in the article) lies in a section headed by a plan."""
        return any(start <= position < end for start, end in self.planned)


def article_frame(article: Article, rules: Rules) -> Frame:
    """`article` as the rules read it (its matching view)."""
    title = matching_view(article.title)
    names, pointers = organisations(article.text, rules, title)
    names = [name for name in names if name.text not in rules.subjects.bodies_of_a_region]  # they act for a region
    zones = rules.gazetteer.zones_in(title) + rules.gazetteer.zones_in(article.text)
    contracted = contractions(article.text, [name.text for name in names], names, rules)
    home, own = _whose(article, title, names, contracted, zones, rules)
    date = ArticleDate.of(article.date)
    republic = bool({own, *home.values()} & rules.periods.republic_calendar_regions)
    fiscal_end = fiscal_year_end(article.text, rules)
    in_title = times_in(title, date, rules, republic=republic, fiscal_end=fiscal_end)
    # not the occasion it names (`春节假期...`): the lead tells its time
    title_times = [time for time in in_title if time.governs and not time.now and not time.story]
    # else a span of years it looks back on, which dates nothing but what restates it (`五年间`)
    looked_back_on = next((time.period for time in in_title if years_in_span(time.period)), "")
    title_period = title_times[0].period if title_times else looked_back_on
    times = times_in(article.text, date, rules, _reviewed_year(title_times, date), republic, title_period, fiscal_end)
    holidays = _days_of_holidays(times, article.text, title_times[0].holiday if title_times else "")
    on_schedule = not {own, *home.values()} & rules.periods.off_the_holiday_schedule
    told = date.last_day()
    title_times = _holidays_dated(title_times, holidays, on_schedule, told, rules)
    times = _holidays_dated(times, holidays, on_schedule, told, rules)
    lead = _lead_times(article.text, times, rules)
    # the lead's times of the article's year but the day the news was told, where it tells such
    # another (`8月26日晚,...发布2021年中期业绩`; not `与去年三倍券最大不同`)
    of_the_year = [time for time in lead if time.period not in date.told_days and within(time.period, str(date.year))]
    story_lead = of_the_year or lead
    restated = _restated(story_lead, article.text, rules)
    title_time = Time(0, 0, title_times[0].period, False) if title_times else restated
    in_brackets = restated if story_lead and restated is not story_lead[0] else None  # its first time told again
    title_time = _story_time(title_time, in_brackets)
    # the title's own time, as the lead may restate it (not the lead's, nor a survey's reference time)
    own_period = title_time.period if title_times and title_time else ""
    reference = _reference_time(article.text, lead, rules)
    holds = reference is not None and (title_time is None or within(reference.period, title_time.period))
    title_time = reference if holds else title_time
    # the lead reports an occasion (`本届青洽会期间`): the days the text tells it was held over are the article's
    occasion = (
        _occasion(times, title_time, article.text, rules)
        if _lead_reports_an_occasion(article.text, times, rules)
        else None
    )
    if occasion is not None and not holds:
        title_time = occasion
    times = _occasions_told(_stories_dated(times, occasion, title_time, article.text), article.text, rules)
    if title_times and in_brackets and title_time is in_brackets:  # the lead told the days of the title's occasion
        times = _named_again(times, title[title_times[0].start : title_times[0].end], in_brackets, article.text, rules)
    title_period = "" if holds else own_period  # a survey's reference time holds to the end
    sections, date_line, items = _headings(article.text, times, date, title_period, rules)
    # the year of a budget the title names: its time, and the headings that carry it, are the budget's too
    budget_years = {time.period for time in title_times if time.budgeted}
    if title_time is not None and title_time.period in budget_years:
        title_time = replace(title_time, budgeted=True)
    sections = [replace(s, budgeted=True) if s.period in budget_years else s for s in sections]
    issued = date_line or _lead_issue(article.text, lead, rules)
    policy = rules.cues.policy_document.applies({"title": title.strip()})
    modality = rules.cues.policy_document.label if policy else ""
    currency = _currency(article.text, own, home, rules)
    documents = short_names_named_again(article.text, times, rules)
    topic = nearest_before(rules.indicators, title) or ""
    planned = _planned(article.text, rules)
    return Frame(
        home=home,
        own=own,
        organisations=names,
        contracted=sorted(
            (Name(form.start, form.end, full) for full, forms in contracted.items() for form in forms),
            key=lambda name: name.start,
        ),
        pointers=pointers,
        title_time=title_time,
        title_holds=holds,
        times=times,
        sections=sections,
        items=items,
        issued=issued,
        documents=documents,
        modality=modality,
        currency=currency,
        topic=topic,
        planned=planned,
        title=title.strip(),
        zones_in_full=_zones_in_full(
            [*zones, own, *(name.text for name in bare_zone_names(article.text, home, rules))], article.text, rules
        ),
    )


def _speaking(texts: tuple[str, str], names: list[str], rules: Rules) -> list[tuple[str, tuple[int, int]]]:
    """Who speaks in the first person as an organisation of a kind (`我校` of a university), or is
    pointed back to (`该校`), and how often in the title and the text: the first of `names` (in the
    order named) of that kind, the article's speaker, who names its own parts later (`生命科学学院`)."""
    speakers = []
    for rule in [*rules.subjects.first_person, *rules.subjects.pointed_back]:
        kind = rule.pattern("antecedent")
        speaker = next((name for name in names if kind.search(name)), None)
        if speaker is not None and rule.finds is not None:
            speakers.append((speaker, (len(rule.finds.findall(texts[0])), len(rule.finds.findall(texts[1])))))
    return speakers


def _reviewed_year(title_times: list[Time], date: ArticleDate) -> str:
    """The year the title names where it is the year before the article's: what a report or
    communiqué reviews (`甘肃省2021年国民经济和社会发展统计公报` of March 2022), not a
    founding year or a target named in a story's title."""
    year = title_times[0].period if title_times else ""
    return year if date.year and year == str(date.year - 1) else ""


def _currency(text: str, own: str, home: dict[str, str], rules: Rules) -> str:
    """What `元` is in the article: the currency of its own region; where it is no region's nor
    the country's own (a company's), a local currency other than the default that its first
    amount is written in (`营收约新台币6131亿元`), past a title line that names it without one,
    else the default."""
    currencies = rules.local_currencies
    default = currencies.get("default", "")
    regional = next((currencies[r] for r in (own, *home.values()) if r in currencies), None)
    if regional is not None or set(home) - {COUNTRY} or own == rules.gazetteer.country:
        return regional or default
    first_line = text.split("\n", 1)[0]
    body = len(first_line) + 1 if first_line.strip() and _is_heading(first_line, rules) else 0  # past a title
    named = rules.currency_word.search(text, body)
    first_amount = text.find(rules.local_currency, body)
    if named is None or (first_amount != -1 and named.start() > first_amount):
        return default
    code = rules.currencies[named.group()]
    return code if code in set(currencies.values()) - {default} else default


def _named_again(times: list[Time], named: str, told: Time, text: str, rules: Rules) -> list[Time]:
    """The times of `text` that name the occasion as the title does (`“双11”期间` after a title's
    `双11`, whose days the lead told: `(10月14日20时至11月11日24时)`), dated by the days told; not
    its day itself (`“双11”当天`)."""

    def of_the_days(time: Time) -> bool:
        after = time.end + 1 if text.startswith(CLOSING_MARKS, time.end) else time.end  # past `”`
        return not text.startswith(rules.periods.the_day_itself, after)

    return [
        replace(time, period=told.period)
        if text[time.start : time.end] == named and within(time.period, told.period) and of_the_days(time)
        else time
        for time in times
    ]


def _days_of_holidays(times: list[Time], text: str, title_holiday: str) -> dict[str, str]:
    """The days of each holiday the text names (`春节假期`), by its name: the span of days written
    right by it (`春节假期(2月10日至17日)`, `1月28日至2月4日春节假期`); for the holiday the title
    names, where no such span is, the first span of days the text tells outside speech that
    dates figures (not a comparison's: `较2019年同期(2月4日至10日)`)."""
    days: dict[str, str] = {}
    for before, after in pairwise(times):
        by_it = BY_A_HOLIDAY.fullmatch(text, before.end, after.start) is not None
        for holiday, span in ((before, after), (after, before)):
            if holiday.holiday and by_it and DAY_SPAN.fullmatch(span.period):
                days.setdefault(holiday.holiday, span.period)
    if title_holiday and title_holiday not in days:
        told = (
            time for time in times if time.governs and DAY_SPAN.fullmatch(time.period) and not spoken(text, time.start)
        )
        first = next(told, None)
        if first is not None:
            days[title_holiday] = first.period
    return days


def _holidays_dated(
    times: list[Time], holidays: dict[str, str], on_schedule: bool, told: datetime.date | None, rules: Rules
) -> list[Time]:
    """`times`, each holiday named among them dated by its days where the text tells them, else, in
    an article `on_schedule`, by those the year's holiday schedule gives it (the last begun by the
    day the article is `told`, where it is of that year)."""
    dated = []
    for time in times:
        told_days = holidays.get(time.holiday, "")
        if time.holiday and not told_days and on_schedule:
            told_days = scheduled_days(time.holiday, time.period, rules.periods, told)
        dated.append(replace(time, period=told_days) if told_days else time)
    return dated


def _stories_dated(times: list[Time], occasion: Time | None, title_time: Time | None, text: str) -> list[Time]:
    """The times of `text` that name the occasion the article reports (`此次`, `赛事期间`) dated by the
    days the text tells it was held over (`occasion`), else by its title's or lead's time, the occasion
    itself dating the sentences after it too (`假期期间,...。其中,...`), but not from a speaker's words
    (`“这次旱情来得急...”`); dropped where none tells one, but the year and the month of the story
    (`本年`, `本月`): the article's, which they keep too where that time tells no month (`本月`)."""
    if title_time is None and occasion is None:  # `本年`, `本月` are the article's
        return [time for time in times if not time.story or time.period]
    return [
        replace(
            time,
            period=story_period(time.story, _story_setting(time, title_time, occasion)) or time.period,
            lasting=time.lasting and (time.story != STORY or quoted(text, time.start)),
        )
        if time.story
        else time
        for time in times
    ]


def _occasions_told(times: list[Time], text: str, rules: Rules) -> list[Time]:
    """`times`, each that names an occasion by its days (`赛事期间`) dated by the days told last before it
    right before an occasion's name (`9月20日至22日赛事周期间`: `occasion_by_its_days`)."""
    named = rules.periods.occasion_by_its_days.pattern("right")
    told = ""
    dated = []
    for time in times:
        if time.governs and DAY_SPAN.fullmatch(time.period) and named.match(text[time.end : time.end + OCCASION_REACH]):
            told = time.period
        elif told and time.story == STORY and named.fullmatch(text[time.start : time.end]):
            time = replace(time, period=told)
        dated.append(time)
    return dated


def _occasion(times: list[Time], title_time: Time | None, text: str, rules: Rules) -> Time | None:
    """The days the occasion the article reports was held over (`7月6日至10日举行`): the first span of
    days the text tells outside speech as an occasion's (`days_of_an_occasion`), where the title's or
    lead's time holds it or lies within it."""
    as_days = rules.periods.days_of_an_occasion
    for time in times:
        if not DAY_SPAN.fullmatch(time.period) or quoted(text, time.start):
            continue
        if as_days.applies({"told": text[time.start : time.end + OCCASION_REACH]}):
            told = title_time.period if title_time else ""
            return time if not told or within(time.period, told) or within(told, time.period) else None
    return None


def _lead_reports_an_occasion(text: str, times: list[Time], rules: Rules) -> bool:
    """Whether the lead (the first line long enough to be a paragraph) names the occasion the article
    reports (`本届青洽会期间`, `此次`)."""
    start, line = _lead_line(text, rules)
    return any(time.story == STORY for time in times if start <= time.start < start + len(line))


def _lead_line(text: str, rules: Rules) -> tuple[int, str]:
    """Where the lead starts and its line: the first line long enough to be a paragraph."""
    return next(
        ((start, line) for start, line in _lines(text) if len(line.strip()) >= rules.segments.lead_line), (0, "")
    )


def _lead_sentence(text: str, rules: Rules) -> str:
    """The first sentence of the lead."""
    line = _lead_line(text, rules)[1]
    end = rules.segments.sentence_end.search(line)
    return line[: end.end()] if end else line


def _story_setting(time: Time, title_time: Time | None, occasion: Time | None) -> str:
    """The period that sets a time of the story's: the occasion's days for the occasion itself
    (`此次`, `赛事期间`), else the title's or lead's time."""
    if occasion is not None and (time.story == STORY or title_time is None):
        return occasion.period
    return title_time.period if title_time else ""


def _reference_time(text: str, times: list[Time], rules: Rules) -> Time | None:
    """The reference time of a census or survey that one of `times` (the lead's) tells
    (`以2020年11月1日零时为标准时点`)."""
    for time in times:
        left, right = paragraph_context(text, time.start, time.end)
        if time.period and rules.periods.reference_time.any_applies({"left": left, "right": right}):
            return time
    return None


def _story_time(title_time: Time | None, restated: Time | None) -> Time | None:
    """The time of the article and of the occasion it reports: its title's, or the time the lead
    restates in brackets where that tells the title's more precisely (`2025年暑期档...` then
    `2025年暑期档(6月1日至8月31日)`)."""
    if not title_time or not restated or restated.period == title_time.period:
        return title_time
    if within(restated.period, title_time.period) or within(title_time.period, restated.period):
        return restated
    return title_time


def _lead_times(text: str, times: list[Time], rules: Rules) -> list[Time]:
    """The governing times of the lead that tell the article's story: the first line long enough
    to be a paragraph, past the direct speech it may open with (`“2013年我们刚起步时...”`: a voice
    recalling its past), or where it holds no time, the time the line after it opens with (a story
    that goes on `2015年,她来到...`)."""
    lead_start, lead = _lead_line(text, rules)
    if not lead:
        return []
    for start, line in islice(_lines(text, lead_start), 2):  # the lead, and the line after it
        told_from = start + _past_speech(line, rules)
        # (not the time of a base a figure is compared with: `由2021年底的52.3%升至...`, nor one a
        # speaker tells of their own affairs: `...发往全国各地。“今年1-9月,我们接了1.6亿元的订单。”`)
        on_line = [
            time
            for time in times
            if told_from <= time.start < start + len(line)
            and time.governs
            and not time.qualifies
            and not _in_own_voice(text, time.start, rules)
        ]
        found = [time for time in on_line if _dates_a_story(time)]
        if start > lead_start:
            opening = start + len(line) - len(line.lstrip())
            return [time for time in found if time.start == opening]
        if found or on_line:  # a lead told up to now (`近年来`) leaves its story undated
            return found
    return []


def _restated(times: list[Time], text: str, rules: Rules) -> Time | None:
    """The first of a line's governing times (the lead's, a heading's), or the time in brackets
    after it in its clause that restates it more precisely, where the words between name the
    occasion it dates (`2023年中秋国庆“双节”假期(9月29日至10月6日)`)."""
    if not times:
        return None
    first = times[0]
    for time in times[1:]:
        between = text[first.end : time.start]
        if rules.segments.clause_break.search(between):
            break
        parts = {"left": between, "right": text[time.end : time.end + 1]}
        if within(time.period, first.period) and rules.periods.restated_time.applies(parts):
            return time
    return first


def _past_speech(line: str, rules: Rules) -> int:
    """Where a line's text goes on after the direct speech it opens with (0 where it opens with none)."""
    opening = len(line) - len(line.lstrip())
    closing = rules.segments.speech_marks.get(line[opening : opening + 1])
    if closing is None:
        return 0
    at = line.find(closing, opening + 1)
    return at + 1 if at != -1 else len(line)


def _in_own_voice(text: str, at: int, rules: Rules) -> bool:
    """Whether `at` lies inside quoted speech in which the speaker tells of their own affairs."""
    speech = _speech_around(text, at)
    return speech is not None and rules.periods.own_voice.found_in(text, *speech)


def _dates_a_story(time: Time) -> bool:
    """Whether a time may date an article's story: one it tells, that governs beyond its sentence."""
    return time.governs and not time.now and not time.lasting


def _lead_issue(text: str, lead: list[Time], rules: Rules) -> Time | None:
    """The day a policy was issued as the lead tells it (`2019年5月6日,...两项政策同时登场`): it
    dates the policy's parameters where no date line does."""
    for time in lead:
        sentence_end = rules.segments.sentence_end.search(text, time.end)
        if rules.periods.policy_issue.found_in(text, time.end, sentence_end.start() if sentence_end else len(text)):
            return time
    return None


def _headings(
    text: str, times: list[Time], date: ArticleDate, title_period: str, rules: Rules
) -> tuple[list[Time], Time | None, list[tuple[int, int]]]:
    """The first time that dates figures, else the first time (but a plan still running that dates
    nothing), of each heading (a short line that
    ends in no sentence mark and holds no clause break) and of each paragraph that opens with a
    time and introduces the headed sections after it (`2025年,该县将实施四大行动。` then
    `企业培育行动`; `10月7日,记者获悉,国庆假期(10月1日至7日),...`: the holiday), and the date
    line (a line that holds a date and nothing else: the day the document was issued). The day the
    news is told gives way to another time of its line (`3月10日,教育部召开新闻发布会,介绍2025年...`).
    A heading that tells no time goes on in the time of the heading before it (`HeadingTimes`),
    else back in the title's (`title_period`): the times of the section before do not reach past it.
    And the paragraphs that open with a numbered item (`二是`), each with where its run of items
    begins (at `一是`)."""
    sections = []
    items: list[tuple[int, int]] = []
    run_start: int | None = None
    carrying = HeadingTimes(title_period)
    issued = None
    times = [time for time in times if not time.now]  # all of them: a date line dates no figure
    in_tables = table_rows(text, rules)  # a table's header is no heading: its `比上年` dates nothing
    lines = [(start, line) for start, line in _lines(text) if line.strip() and start not in in_tables]
    at = 0
    for index, (line_start, line) in enumerate(lines):
        on_line = []
        while at < len(times) and times[at].start < line_start + len(line):
            on_line.append(times[at])
            at += 1
        # a run of items begins at its first, which may open a paragraph or be told within one (`...:一是`)
        firsts = [found.start() for found in rules.segments.item_opening.finditer(line) if found.group("first")]
        if firsts:
            run_start = line_start + firsts[-1]
        if rules.segments.item_opening.match(line, len(line) - len(line.lstrip())):
            items.append((run_start if run_start is not None else line_start, line_start))
        dating = [time for time in on_line if time.governs and time.period not in date.told_days]
        # a heading whose only times are plans still running that it names, dating nothing
        # (`一、谱写“十四五”新篇章` in 2023), tells none; a plan past is the span it looks back on
        running = all(not time.governs and runs_on(time.period, date.year) for time in on_line)
        if on_line and running and _is_heading(line, rules):
            # it ends the section before it (a plan past does not go on into the one begun): the
            # title's time holds again, if it tells one
            sections.append(Time(line_start, line_start + len(line), title_period, False))
            carrying.told(_numbering(line.strip(), rules), title_period)
            continue
        if not on_line:
            if index > 0 and _opens_a_section(line, lines[index + 1 : index + 2], rules):
                numbering = _numbering(line.strip(), rules)
                carried = carrying.carried(numbering)
                if carried:
                    sections.append(Time(line_start, line_start + len(line), carried, False))
                carrying.told(numbering, carried)
            continue
        rest = line
        for time in reversed(on_line):
            rest = rest[: time.start - line_start] + rest[time.end - line_start :]
        opening = line_start + len(line) - len(line.lstrip())
        introduces = on_line[0].start == opening and index + 1 < len(lines) and _is_heading(lines[index + 1][1], rules)
        if not DATE_LINE_REST.sub("", rest):
            issued = issued or on_line[0]
        elif _is_heading(line, rules) or introduces:
            first = _restated(dating, text, rules) or on_line[0]
            sections.append(Time(line_start, line_start + len(line), first.period, False))
            if not introduces:
                carrying.told(_numbering(line.strip(), rules), first.period)
    return sections, issued, items


def _opens_a_section(line: str, following: list[tuple[int, str]], rules: Rules) -> bool:
    """Whether a line that tells no time heads a section: a heading, numbered, or else one a
    paragraph follows (not a table's cells: `工业增加值` then `1250亿元`) that captions no picture."""
    if not _is_heading(line, rules):
        return False
    if _numbering(line.strip(), rules) >= 0:
        return True
    body_follows = bool(following) and not _is_heading(following[0][1], rules)
    return body_follows and not rules.segments.caption_line.match(line)


class HeadingTimes:
    """The times the headings of a text go on in, read in order: a numbered one that tells none,
    its peer's before it (`三、主要措施` after `二、2024年预算草案`), else its parent's (`(一)一般公共预算`
    under `一、2023年预算执行情况`); an unnumbered one, the numbered section's it lies in (`工业经济`
    under `一、2023年工作回顾`); else the title's. A way of numbering nests under those that appear
    before it in the text (`第一章` over `一、`)."""

    def __init__(self, title_period: str) -> None:
        self.title_period = title_period
        self.depths: dict[int, int] = {}  # a way of numbering (`heading_numbers`) → how deep it nests
        self.by_depth: dict[int, str] = {}  # the time of the last numbered heading of each depth

    def carried(self, numbering: int) -> str:
        """The time a heading numbered so (-1: not numbered) that tells none goes on in."""
        depth = self.depths.setdefault(numbering, len(self.depths)) if numbering >= 0 else len(self.depths)
        return next((self.by_depth[d] for d in range(depth, -1, -1) if self.by_depth.get(d)), self.title_period)

    def told(self, numbering: int, period: str) -> None:
        """A heading numbered so (-1: not numbered) goes on in `period`."""
        if numbering >= 0:
            depth = self.depths.setdefault(numbering, len(self.depths))
            self.by_depth = {d: p for d, p in self.by_depth.items() if d < depth} | {depth: period}


def _planned(text: str, rules: Rules) -> list[tuple[int, int]]:
    """The sections whose heading names a plan (`二、2024年工作安排`): from the heading to the next
    heading numbered as it is (`三、`), or not numbered where it is not, or to an appendix."""
    lines = list(_lines(text))
    headings = [(start, line.strip()) for start, line in lines if line.strip() and _is_heading(line, rules)]
    appendix = next((start for start, line in lines if rules.segments.appendix_line.match(line)), len(text))
    planned = []
    for index, (start, heading) in enumerate(headings):
        if not rules.cues.plan_heading.applies({"heading": heading}) or start >= appendix:
            continue
        level = _numbering(heading, rules)
        after = (later for later, other in headings[index + 1 :] if _numbering(other, rules) == level)
        planned.append((start, min(next(after, len(text)), appendix)))
    return planned


def _numbering(heading: str, rules: Rules) -> int:
    """Which way a heading is numbered (segments.yaml/heading_numbers), -1 where it is not."""
    return next((level for level, number in enumerate(rules.segments.heading_numbers) if number.match(heading)), -1)


def _is_heading(line: str, rules: Rules) -> bool:
    segments = rules.segments
    stripped = line.strip()
    return (
        len(stripped) <= segments.heading_line
        and stripped[-1] not in segments.sentence_final
        and segments.clause_break.search(line) is None
    )


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Each line of `text` from `start` on, and where it starts."""
    for line in text[start:].split("\n"):
        yield start, line
        start += len(line) + 1


def _region_counts(
    texts: tuple[str, str],
    organisations_of: tuple[list[Name], list[Name]],
    contracted: tuple[dict[str, list[Name]], dict[str, list[Name]]],
    aliases: dict[str, list[str]],
    district_words: list[str],
    rules: Rules,
) -> tuple[Counter[str], Counter[str], dict[str, int]]:
    """How often each region is named in the title and in the text: in full, or by a short
    name of a region named in full, or of the one city or province it can name, or by an
    office only it has (`财政司`); not a short name inside an organisation's name (`南昌` of
    `南昌星河大学`, of `南昌工研院` written `contracted`, of its alias the text declares, `aliases`,
    written in the title), nor a place in the bracket that declares a firm's alias, which says
    where it is listed (`(“星澜”或“公司”,香港联交所股份代号:1024)`).
    An article that speaks as a district (`我县`, `district_words`) and names none in full, nor
    an autonomous region that speaks of itself so (`全区`), names it by the short name only it
    has, written twice at least (`鹿邑`). And where each is first named so, the
    title before the text."""
    gazetteer = rules.gazetteer
    title, text = texts
    in_title_organisations, in_text_organisations = (
        [(name.start, name.end) for name in names] for names in organisations_of
    )
    in_title_asides, in_text_asides = (
        [(name.start, name.end) for forms in of_text.values() for name in forms] for of_text in contracted
    )
    in_text_asides += in_text_organisations
    in_text_asides += [found.span() for found in alias_declarations(text, rules)]
    # a title that names an organisation by the alias the text declares names no place it holds
    # (`鄂托克能源` of `...鄂托克能源有限公司(以下简称“鄂托克能源”)`, no `鄂托克旗`), nor one a route
    # links (`彝良` of `宜宾至彝良高速公路`)
    in_title_asides += [
        (at, at + len(alias)) for of_name in aliases.values() for alias in of_name for at in occurrences(alias, title)
    ]
    in_title_asides += [(route.start, route.end) for route in routes(title, rules)]
    in_text = gazetteer.names_in(text)
    in_title = gazetteer.names_in(title)
    # a district's short name in the title where the text names it in full (`鹿邑` of `鹿邑县`), but
    # inside an organisation's name there (`鹿邑口岸`, which the title names)
    in_full = frozenset(name.text for name in in_text if name.text in gazetteer.regions)
    by_the_text = [name for name in gazetteer.names_in(title, in_full) if name not in in_title]
    found = [
        _outside(in_title, in_title_asides, rules)
        + _outside(by_the_text, in_title_asides + in_title_organisations, rules),
        _outside(in_text, in_text_asides, rules),
    ]
    full = {name.text for names in found for name in names if name.text in gazetteer.regions}
    speaks_as_a_district = bool(district_words) and not all(
        any(speaks_as_its_district(region, word, rules) for region in full) for word in district_words
    )
    if not any(gazetteer.level(name) == DISTRICT for name in full):
        shorts = [gazetteer.district_short_names(written) for written in texts]
        times_written = Counter(name.text for names in shorts for name in names)
        # or, where the title names no region, the one it names by such a short name (`瑞安外贸...`),
        # not inside an organisation's name (`龙湖` of `龙湖集团`), where the text names it more
        # often than its city (not `温州市...全市...` with `瑞安` once)
        by_title: set[str] = set()
        if not found[0]:
            shorts_in_text = Counter(name.text for name in _outside(shorts[1], in_text_asides, rules))
            regions_in_text = Counter(
                name.text
                for name in found[1]
                if not _ranked_in(text, name.start, name.end, rules)
                and not rules.subjects.compared_with.any_applies(_around(text, name.start, name.end))
            )
            by_title = {
                name.text
                for name in _outside(shorts[0], in_title_asides + in_title_organisations, rules)
                if shorts_in_text[name.text] > _times_its_city_named(name.text, regions_in_text, rules)
            }
        often = {
            short
            for short, count in times_written.items()
            if count >= SHORT_NAMED_AT_LEAST and (speaks_as_a_district or short in by_title)
        }
        found = [
            names + [name for name in by_short if name.text in often]
            for names, by_short in zip(found, shorts, strict=True)
        ]
        full |= {gazetteer.short_names[short][0] for short in often}
    counts = []
    first: dict[str, int] = {}
    for shift, text, names in zip((0, len(title)), texts, found, strict=True):
        zones_at = {at for at, _ in gazetteer.zones_written(text)}
        named = [
            (name.start, region)
            for name in names
            if (region := gazetteer.resolve(name.text, full)) is not None
            and not gazetteer.zone_name_after(text, name)  # `湖州` of `湖州高新区`, `包头` of `包头稀土高新区`
            and name.end not in zones_at  # a zone's address (`南充市` of `南充市嘉陵经开区`)
            and not _ranked_in(text, name.start, name.end, rules)
        ]
        named += [(body.start, body.text) for body in bodies_acting(text, rules)]
        for start, region in sorted(named):
            first.setdefault(region, shift + start)
        counts.append(Counter(region for _, region in named))
    return counts[0], counts[1], first


def _times_its_city_named(short: str, named: Counter[str], rules: Rules) -> int:
    """How often `named` holds the city of the district a short name names, in full or short."""
    gazetteer = rules.gazetteer
    city = gazetteer.regions[gazetteer.short_names[short][0]][0].city
    return named[city] + named[gazetteer.short_of.get(city, city)] if city else 0


def bodies_acting(text: str, rules: Rules) -> list[Name]:
    """The offices only one region has, where the text names them (`经济部`), each as the region
    it acts for; not another country's (`德国经济部`), nor one inside a word (`生态环境部门`)."""
    bodies = rules.subjects.bodies_of_a_region
    return [
        Name(body.start(), body.end(), bodies[body.group()])
        for body in rules.subjects.body_of_a_region.finditer(text)
        if rules.gazetteer.place_word_before(text, body.start()) is None and not inside_a_word(text, body.end())
    ]


def _outside(names: list[Name], asides: list[tuple[int, int]], rules: Rules) -> list[Name]:
    """The names but short ones inside the stretches `asides`."""
    inside = {at for start, end in asides for at in range(start, end)}
    return [name for name in names if name.start not in inside or name.text in rules.gazetteer.regions]


def _publishers_regions(source: str, rules: Rules) -> set[str]:
    """The regions a publisher's name holds (`山西日报`, `泉州晚报`, `四川省统计局`): where it
    publishes; not the country (`中国新闻网` writes of anywhere), nor those of an organisation's
    name (`国网江苏省电力有限公司`, `星河县人民医院微信公众号` write of themselves); the region
    of a paper whose name holds none (`大公報`); and the county whose short name a county's paper
    or media centre is named by (`东阳日报`)."""
    gazetteer = rules.gazetteer
    source = matching_view(source.strip())
    if source in rules.subjects.regions_of_publishers:
        return {rules.subjects.regions_of_publishers[source]}
    if rules.subjects.organisation_suffix_at_end.search(source) or organisations(source, rules)[0]:
        return set()
    # a paper's name is often one word of the dictionary (`北京日报`): read for names within words too
    written = gazetteer.wide_names.find(source)
    if not written:  # a county's paper takes its short name (`东阳日报` of `东阳市`, not `凤凰新闻` of `凤凰县`)
        return {
            gazetteer.short_names[name.text][0]
            for name in gazetteer.district_short_names(source)
            if name.start == 0 and source[name.end :] in rules.subjects.county_paper_names
        }
    named = {name.text for name in written if name.text in gazetteer.regions}
    regions = {gazetteer.resolve(name.text, named) for name in written}
    return {region for region in regions if region and region != gazetteer.country}


def _level_words(texts: tuple[str, str], rules: Rules) -> Counter[str]:
    """How often the article speaks of its own district, city, province or country, by word (`全区`,
    `全国`); not a word that points back (`本市`) where its sentence names a region of that level
    before it, which the word stands for (`苏州市出台新政,暂停向在本市已拥有3套住房的家庭出售` in a
    national wire), nor one that says the region of its level named last (`该县`) where the text
    names one before it."""
    words: Counter[str] = Counter()
    gazetteer = rules.gazetteer
    for text in texts:
        ends = [0, *(end.end() for end in rules.segments.sentence_end.finditer(text))]
        named = [(name.start, gazetteer.level(name.text)) for name in gazetteer.regions_in(text)]
        starts = [at for at, _ in named]
        for found in rules.subjects.self_pattern.finditer(text):
            if not speaks_of_a_level(text, found.start(), found.end(), rules):
                continue
            pointing = found.group() in rules.subjects.pointing_back_to_a_level
            if pointing or found.group() in rules.subjects.the_said:
                sentence_start = ends[bisect.bisect_right(ends, found.start()) - 1] if pointing else 0
                levels = rules.subjects.self_reference[found.group()]
                before = named[bisect.bisect_left(starts, sentence_start) : bisect.bisect_left(starts, found.start())]
                if any(level in levels for _, level in before):
                    continue
            words[found.group()] += 1
    return words


def _levels(words: Counter[str], rules: Rules) -> Counter[str]:
    """How often the article speaks of its own regions, by level."""
    levels: Counter[str] = Counter()
    for word, count in words.items():
        for level in rules.subjects.self_reference[word]:
            levels[level] += count
    return levels


def of_its_kind(region: str, word: str, rules: Rules) -> bool:
    """Whether a word that stands for a district may stand for `region`: `全区` for a `区` (a zone,
    an autonomous region), `全县` for a `县`, never the one for the other."""
    kinds = rules.subjects.district_kinds
    word_kind = next((kind for kind in kinds if kind in word), "")
    region_kind = next((kind for kind in kinds if region.endswith(kind)), "")
    return not word_kind or not region_kind or word_kind == region_kind


def speaks_as_its_district(province: str, word: str, rules: Rules) -> bool:
    """Whether a province-level region speaks of itself with a district's word (`全区` of `广西壮族自治区`)."""
    return any(province.endswith(end) and word in words for end, words in rules.subjects.speaks_as_a_district.items())


def _ranked_in(text: str, at: int, end: int, rules: Rules) -> bool:
    """Whether the region named, or the word of a level, from `at` to `end` is the scope a rank is
    in (`居金华第三`, `居全国第三位`), not the region spoken of."""
    return rules.subjects.ranked_in.any_applies(_around(text, at, end))


def _around(text: str, at: int, end: int) -> dict[str, str]:
    return {"left": text[max(0, at - LEVEL_REACH) : at], "right": text[end : end + LEVEL_REACH]}


def speaks_of_a_level(text: str, at: int, end: int, rules: Rules) -> bool:
    """Whether the word of `self_reference` from `at` to `end` speaks of a level: not where it is
    part of another word (`保全/国`) or a region's name (`广西壮族自治区`), nor of an event's name
    (`第七次全国人口普查`), nor the scope of a rank (`居全国第三位`) or of an honour (`全国“四好农村路”示范县`)."""
    named = rules.gazetteer.wide_names.ending_at(text, end)  # the end of a name (`广西壮族自治区`)
    inside_a_name = named is not None and named.start < at
    return (
        not inside_a_word(text, at)
        and not inside_a_name
        and not rules.subjects.not_a_level.any_applies(_around(text, at, end))
        and not _ranked_in(text, at, end, rules)
    )


def localities(text: str, at: int, rules: Rules) -> tuple[Name | None, Name | None]:
    """The township and the village named right after a region's name ending at `at`, the village
    spanning its township, where named (not where the dictionary holds a word of that shape that
    is no name: `乡村`, `城镇`)."""
    named = rules.subjects.locality.match_at(text, at)
    if named is None:
        return None, None
    township, village = (_proper(named.group(group), rules) for group in ("township", "locality"))
    if township:
        suffix_start = named.end("township") - len(_township_suffix(township, rules))
        # where a village follows, jieba's word over the suffix is of the village's name (`高桥乡下坝村`)
        in_a_word = not village and _suffix_in_a_word(
            text, named.start("township"), suffix_start, named.end("township"), rules
        )
        if in_a_word or not _township_name(township, rules):
            township = ""
    if village and not _village_name(text, named.start("locality"), village, rules):
        village = ""
    return (
        Name(named.start("township"), named.end("township"), township) if township else None,
        Name(named.start(), named.end(), village) if village else None,
    )


def localities_named_alone(text: str, rules: Rules, regions: Iterable[str]) -> tuple[set[str], set[str]]:
    """The townships and the villages the text names alone, not after their region (`核桃坝村`,
    `盛泽镇`), each at least twice, or a township once in a list of townships (`龙岭镇、镜坝镇`; not a
    quoted slogan's) or opening a clause, the one it tells of (`二是大沥镇完成...`):
    names made as those `localities` finds, opening where a word of the line does, and saying no
    kind of place (`经济薄弱村`, `新型农村社区`). `regions`: those the text names in full or is about,
    whose short names may name a county's seat (`平利镇` of 平利县)."""
    gazetteer = rules.gazetteer
    hits = [
        (hit, _names_ending(text, hit.start(), hit.end()))
        for hit in gazetteer.locality_suffix.finditer(text)
        if hit.group() in gazetteer.township_suffixes
        or not _within_one_of(text, hit, rules.subjects.words_holding_no_village_suffix)
    ]
    named_in_full = frozenset(gazetteer.short_of.get(region, "") for region in regions) - {""}
    tally = Counter(name for _, names in hits for name in names)  # each time a name is written, it ends in a hit
    # a quoted list that is no speech is a slogan's (`“商贸活镇、文旅兴镇”`), no list of townships
    listed = _townships_listed(
        [hit for hit, _ in hits if not (quoted(text, hit.start()) and not spoken(text, hit.start()))], text, rules
    )
    townships: set[str] = set()
    villages: set[str] = set()
    for hit, ending in hits:
        township = hit.group() in gazetteer.township_suffixes
        names: list[str] = []
        bounded: set[str] = set()  # by a list's joiner or a clause's opening
        for name in ending:
            at = hit.end() - len(name)
            opens_a_clause = township and _township_opening_a_clause(text, at, hit, rules)
            if opens_a_clause or (township and at == listed.get(hit.end())):
                bounded.add(name)
            if tally[name] >= NAMED_AT_LEAST or at >= listed.get(hit.end(), len(text)) or opens_a_clause:
                names.append(name)
        if not names or any(name in townships | villages for name in names):
            continue
        opening = max(text.rfind("\n", 0, hit.start()) + 1, hit.start() - VILLAGE_CONTEXT)
        starts = [opening + at for at in _word_starts(text[opening : hit.end()])]
        for name in (name for name in names if hit.end() - len(name) in starts and _proper(name, rules)):
            at = hit.end() - len(name)
            if not township:
                if _village_name(text, at, name, rules) and _made_of_name_words(
                    cut(name)[:-1], rules.subjects.name_word_tags
                ):
                    villages.add(name)
                    break
            elif (
                _township_name(name, rules, name in bounded, named_in_full)
                and not _suffix_in_a_word(text, at, hit.start(), hit.end(), rules)
                and not _opens_with_a_word_no_village_opens_with(text, at, rules)
            ):
                townships.add(name)
                break
    return townships, villages


def _within_one_of(text: str, found: regex.Match[str], words: tuple[str, ...]) -> bool:
    """Whether what was found lies inside one of the words as written there (`乡` of `乡村`)."""
    return any(
        text.startswith(word, found.start() - before)
        for word in words
        for before in range(len(word) - len(found.group()) + 1)
        if found.start() >= before
    )


def _township_opening_a_clause(text: str, at: int, suffix: regex.Match[str], rules: Rules) -> bool:
    """Whether the township's name from `at` to its `suffix` opens a clause, the one it tells of
    (`二是大沥镇完成...`): short (not `大力发展乡村旅游`), past an item's opening, with no word
    that stops a name (not `力争城乡居民...`)."""
    name = text[at : suffix.end()]
    return (
        suffix.start() - at <= CLAUSE_TOWNSHIP_LONGEST
        and opens_a_clause(text, at, rules)
        and not rules.indicators.item_opening.match(name)
        and rules.subjects.name_stops.isdisjoint(cut(name))
    )


def opens_a_clause(text: str, at: int, rules: Rules) -> bool:
    """Whether `at` opens a clause: the text's start, or after a clause break or a sentence's end,
    past an item's opening (`二是`), a time (`1-10月`) and a word leading on (`其中`)."""
    window = max(0, at - ITEM_OPENING_LONGEST)
    before = text[window:at]
    breaks = [
        found.end()
        for pattern in (rules.segments.clause_break, rules.segments.sentence_end)
        for found in pattern.finditer(before)
    ]
    if not breaks and window > 0:
        return False
    between = before[max(breaks, default=0) :]
    item = rules.indicators.item_opening.match(between)
    rest = between[item.end() :] if item else between
    return not rest or rules.subjects.leading_words_of_a_clause.found_in(rest, 0, len(rest))


def _townships_listed(hits: list[regex.Match[str]], text: str, rules: Rules) -> dict[int, int]:
    """Where the township suffixes end that a list joins to another (`龙岭镇、镜坝镇以及东山街道`), each
    with where its name may begin at the earliest: past the joiner before it (not `石门镇和乡村`)."""
    suffixes = rules.gazetteer.township_suffixes
    listed: dict[int, int] = {}
    for hit, following in pairwise(hit for hit in hits if hit.group() in suffixes):
        joiner = rules.segments.list_joiner.match(text, hit.end())
        if joiner and following.start() - joiner.end() <= TOWN_NAME_LONGEST:
            listed.setdefault(hit.end(), 0)
            listed[following.end()] = joiner.end()
    return listed


def _names_ending(text: str, suffix_start: int, suffix_end: int) -> tuple[str, ...]:
    """The runs of Han characters that may be a town's or a village's name ending in the suffix
    from `suffix_start` to `suffix_end`, the longest first."""
    return tuple(
        text[suffix_start - length : suffix_end]
        for length in range(TOWN_NAME_LONGEST, TOWN_NAME_SHORTEST - 1, -1)
        if suffix_start >= length and HAN.fullmatch(text, suffix_start - length, suffix_start)
    )


def _made_of_name_words(words: list[str], tags: frozenset[str], names: Container[str] = frozenset()) -> bool:
    """Whether the words are of these tags, unknown to the dictionary or among `names`, but single
    characters after the first word (`孙家/集/街道`; not `以上/的/村`)."""
    return all(
        word_tag(word) in (None, *tags) or word in names or (index > 0 and len(word) == 1)
        for index, word in enumerate(words)
    )


def _village_name(text: str, at: int, village: str, rules: Rules) -> bool:
    """Whether a village's name at `at` is one: not words of the dictionary (`农业/农村`, `新农村`;
    but `袁/家村`, `东山/渔村`), nor a kind of village (`重点帮扶村`), nor opening with a word no
    village opens with (`以茶兴村`), nor a level (`新建村级服务站`)."""
    words = cut(village)
    return (
        not text.startswith(rules.subjects.levels_of_government, at + len(village))
        and not _common_words(words, rules)
        and not _of_a_kind(village, rules)
        and not _opens_with_a_word_no_village_opens_with(text, at, rules)
    )


def _opens_with_a_word_no_village_opens_with(text: str, at: int, rules: Rules) -> bool:
    """Whether such a word (`以` in `汤湖镇以茶兴村`) opens at `at` as the text around it is cut:
    from its line's start, within `VILLAGE_CONTEXT` characters, to as far after it."""
    start = max(text.rfind("\n", 0, at) + 1, at - VILLAGE_CONTEXT)
    position = start
    for word in cut(text[start : at + VILLAGE_CONTEXT]):
        if position >= at:
            return position == at and word in rules.subjects.no_village_opening_words
        position += len(word)
    return False


def _common_words(words: list[str], rules: Rules) -> bool:
    """Whether the words are words of the dictionary that are no names, the last of two characters
    at least (a single character that is a surname may open a name: `马/家村`)."""
    surnames = rules.subjects.surnames
    common = all(not _proper(word, rules) and (len(word) > 1 or word not in surnames) for word in words)
    return common and len(words[-1]) > 1


def _township_name(
    township: str, rules: Rules, bounded: bool = False, short_names: frozenset[str] = frozenset()
) -> bool:
    """Whether a township's words before its suffix are proper, unknown to the dictionary or the
    short name of a region the text names in full (`short_names`: a county's seat, `平利/镇` in
    平利县), or common nouns where a list or a clause `bounded` the name (`杏花/镇`), but single
    characters after the first word (`孙家/集/街道`) other than a joiner after a longer word
    (`城区/及/乡镇`; but `三/和/镇`) (not a
    clause, `是著名侨乡`, nor a programme, `特色小镇`), say no kind of town (`中心镇`, `城镇`),
    and hold no region's full name (`南康区乡`) nor a word a place speaks of itself by (`惠及全乡`).
    The words are those of the name before its suffix, cut alone (jieba joins a suffix to the
    character before it: `狮/山镇`)."""
    table = rules.subjects
    words = cut(township.removesuffix(_township_suffix(township, rules)))
    tags = table.township_word_tags | (table.bounded_township_word_tags if bounded else frozenset())
    joining = any(
        index > 0 and word in rules.segments.list_joiners and len(words[index - 1]) > 1
        for index, word in enumerate(words)
    )
    return (
        _made_of_name_words(words, tags, short_names)
        and not joining
        and not _of_a_kind(township, rules)
        and not rules.gazetteer.regions_in(township)
        and table.self_pattern.search(township) is None
    )


def _township_suffix(township: str, rules: Rules) -> str:
    return next((suffix for suffix in rules.gazetteer.township_suffixes if township.endswith(suffix)), "")


def _suffix_in_a_word(text: str, name_start: int, suffix_start: int, suffix_end: int, rules: Rules) -> bool:
    """Whether jieba, cutting the name and what follows it, puts its suffix inside a longer word that
    is no name: one of the dictionary the suffix opens (`乡村`, `乡亲`, `城乡居民`; not `乡政府`), or
    a verb that ends in it (`送戏/下乡`), or a word that ends in it alone or after a word of the
    dictionary that is no name (`名医/坐镇`; but after a surname or a word jieba guessed, `新/城乡`,
    `白塔/湖镇`, `盛泽镇`)."""
    names = rules.subjects.township_word_tags
    at = name_start
    for word in cut(text[name_start : suffix_end + SUFFIX_CONTEXT]):
        end = at + len(word)
        if end > suffix_start:  # the word that holds the suffix's first character
            tag = word_tag(word)  # none for a word jieba guessed (`镇新设`, `黄田镇`)
            if tag is None or tag in names or (at == suffix_start and end == suffix_end):
                return False
            if end > suffix_end:  # a suffix of one character (`街道社区` is two words), not a body's (`乡政府`)
                one_character = suffix_end - suffix_start == 1
                return one_character and rules.subjects.organisation_suffix_at_end.search(word) is None
            if tag.startswith(VERB_TAG):  # `送戏/下乡`
                return True
            if word_tag(text[name_start:suffix_start]) in names:  # `新城` of `新/城乡`
                return False
            before = word_tag(text[name_start:at]) if at > name_start else ""
            return before == "" or (before is not None and before not in names)  # not after a surname or a guess
        at = end
    return False


def _of_a_kind(name: str, rules: Rules) -> bool:
    """Whether a town's or a village's name says what kind of place it is (`经济薄弱村`, `中心镇`,
    `新型农村社区`, `城中村`), in a word or within one."""
    return any(kind in name for kind in rules.subjects.kinds_of_towns)


def _proper(name: str | None, rules: Rules) -> str:
    """The name, unless the dictionary holds it as a word that is no name."""
    known_as = word_tag(name) if name else None
    return name if name and (known_as is None or known_as in rules.subjects.proper_word_tags) else ""


def _whose(
    article: Article,
    title: str,
    names: list[Name],
    contracted_in_text: dict[str, list[Name]],
    named_zones: Counter[str],
    rules: Rules,
) -> tuple[dict[str, str], str]:
    """The article's own regions by level, and whose article it is, of the zones the title and
    the text name (`named_zones`, how often)."""
    gazetteer = rules.gazetteer
    texts = (title, article.text)
    in_title_names = organisations(title, rules, title)[0]
    fulls = [name.text for name in [*names, *in_title_names]]
    contracted = (contractions(title, fulls, in_title_names, rules), contracted_in_text)
    level_words = _level_words(texts, rules)
    levels = _levels(level_words, rules)
    district_words = [word for word in level_words if DISTRICT in rules.subjects.self_reference[word]]
    aliases = declared_aliases(article.text, names, rules)
    in_title, counts, first_named = _region_counts(
        texts, (in_title_names, names), contracted, aliases, district_words, rules
    )
    named_in_text = Counter(counts)
    publishers = _publishers_regions(article.source, rules)
    for region in publishers:
        counts[region] += rules.subjects.publisher_weight
    in_title = _peers_for_their_parent(title, in_title, counts, levels, rules)
    zones = Counter(named_zones)  # and the bare ones, added below
    home = _home(article.region, (counts, named_in_text), zones, levels, rules)
    bare = [*bare_zone_names(title, home, rules), *bare_zone_names(article.text, home, rules)]
    zones.update(name.text for name in bare)
    weight = rules.subjects.title_weight
    scores: Counter[str] = Counter()
    for name in in_title | counts:
        scores[name] = counts[name] + weight * in_title[name]
    # `全省营商环境评价结果公布`: the title speaks for the province
    in_title_words = _level_words((title, ""), rules)
    in_title_levels = _levels(in_title_words, rules)
    if levels[COUNTRY]:
        scores[gazetteer.country] += levels[COUNTRY] + weight * bool(in_title_levels[COUNTRY])
    in_title_zones = Counter(name.text for name in bare_zone_names(title, home, rules)) + gazetteer.zones_in(title)
    for zone, count in zones.items():
        scores[zone] = count + weight * in_title_zones[zone]
    kinds = {name: "region" for name in scores}
    named = Counter(n.text for n in names)
    # and the names only the title writes (the title read as a text of its own, its filer too)
    in_title_only = [n.text for n in in_title_names if n.text not in named]
    named.update(dict.fromkeys(in_title_only, 0))
    speaking = _speaking(texts, [*in_title_only, *(n.text for n in names)], rules)
    cores = {name: core(name, rules) for name in named}
    speaks_for_a_region = levels.total() > levels[COUNTRY]
    titled: set[str] = set()  # the organisations the title names
    for name, count in named.items():
        # An organisation the title names by its core (`星岚` for `星岚公司`) is named so in the text too,
        # unless another name holds that core past its start (`稀土` of `包头稀土研究院` and `包头稀土高新区`)
        # or another firm's name opens with it (`东岳` of `东岳创新投资有限公司` and `东岳证券股份有限公司`):
        # then it is no one's short name; nor where it is a name of its own (`星河国际陆港` of
        # `星河国际陆港发展集团有限公司`), or where the text declares another (`青岛啤酒`, not `啤酒`).
        short = cores[name]
        shared = (
            any(other.find(short) > 0 for other in [*named, *zones] if other != name)
            or any(short in other and cores[other] != short for other in named)
            or known_by_another_short_name(name, short, named, aliases.get(name, ()), rules)
        )
        # nor a common noun (`酒店` of `酒店集团`): written alone it is the thing, not the firm, but of a
        # registered name (`小米科技有限责任公司`) or in an article that names the firm in full more
        # than once (`苹果公司`)
        common = (
            word_tag(short) == COMMON_NOUN_TAG
            and not name.endswith(rules.subjects.legal_forms)
            and count < NAMED_AT_LEAST
        )
        by_core = short not in gazetteer.short_names and not shared and not common
        said = [said for speaker, said in speaking if speaker == name]  # as `我校`, in title and text
        said.append((len(contracted[0].get(name, ())), len(contracted[1].get(name, ()))))  # as `工研院`
        for alias in aliases.get(name, ()):  # as its declared alias, but a bare suffix (`公司`) or its core
            if alias not in rules.subjects.organisation_suffixes and not (by_core and short in alias):
                within = article.text.count(name) if alias in name else 0
                said.append((title.count(alias), article.text.count(alias) - within - 1))  # not its declaration
        named_in_title = (_known_by(short, title, rules) if by_core else title.count(name)) + sum(s[0] for s in said)
        times_named = (_known_by(short, article.text, rules) if by_core else count) + sum(s[1] for s in said)
        in_title_and_text = named_in_title and times_named
        published = bool(article.source) and name in article.source  # its own account's article
        if (
            times_named < NAMED_AT_LEAST
            and not in_title_and_text
            and not published
            and (speaks_for_a_region or not named_in_title)
        ):
            # an article is not about a name its text writes once (`国元证券、东吴证券等5只券商股`), nor,
            # where it speaks for its region (`我市`), about one only its title writes
            continue
        scores[name] = times_named + weight * named_in_title + rules.subjects.publisher_weight * published
        kinds[name] = "organisation"
        if named_in_title:
            titled.add(name)
    for alias in {alias for name in scores for alias in aliases.get(name, ()) if alias != name}:
        if kinds.get(alias) == "organisation":  # counted as the name it stands for
            del scores[alias]
    weighed: set[tuple[str, str]] = set()
    lead = _lead_sentence(article.text, rules)
    for word, count in level_words.items():
        for level in rules.subjects.self_reference[word]:
            # the region of that level and kind named most, else the one the regions named lie in
            # (`全省` of an article that names only its cities); not one of another kind, but where
            # the province speaks so of itself (`全区` of `广西壮族自治区` in an article naming a county)
            named_region = next(
                (
                    n
                    for n, _ in counts.most_common()
                    if _speaks_as(n, rules) == level
                    and of_its_kind(n, word, rules)
                    and not _listed_with_peers(n, counts, rules)
                ),
                None,
            )
            top = named_region or (home.get(level) if level != COUNTRY else None)  # the country counts below
            if top is not None:
                province = home.get("province", "")
                # the province's own word where it publishes (`全区` in a report of `广西壮族自治区统计局`),
                # but in an article about a district or zone its title or its lead names (a feature on one)
                about = in_title[top] or top in lead
                its_own = province in publishers and top not in publishers and not about
                if its_own or not of_its_kind(top, word, rules):
                    top = province if speaks_as_its_district(province, word, rules) else top
                # and a publisher's first person of its level (`我省` in `福建日报`, naming `台湾青年` more
                # often; not `全省`, which may be of the province it reports on)
                publishing = [r for r in publishers if _speaks_as(r, rules) == level and of_its_kind(r, word, rules)]
                in_first_person = word in rules.subjects.publishers_own_words
                if publishing and in_first_person and top not in publishers and not about:
                    top = publishing[0]
                title_says = bool(in_title_words[word]) and (level, top) not in weighed  # once a level and region
                scores[top] += count + weight * title_says
                if title_says:
                    weighed.add((level, top))
                kinds.setdefault(top, "region")
    home = _own_city(home, rules)
    if article.region in gazetteer.regions:
        return home, article.region
    if not scores:
        level, locality = _named_locality(title, article.text, levels, rules)
        if locality:
            return {**home, level: locality}, locality
        return home, home.get("district") or home.get("city") or home.get("province", "")

    def tie_rank(name: str) -> int:
        # named as often as another region, the country is where it lies, or the source of its figures
        # (`据海关总署统计,...浙江省进出口...`): the other is the article's; named as often as a company,
        # it is the whole of which the company is a part (`全国新能源汽车产销...比亚迪...`), and so is
        # a region, but for an organisation the title names: then the one the title names first, its
        # subject (`宜宾至彝良高速公路全线贯通 彝良迈入高速时代`)
        if name == gazetteer.country:
            return 1
        return 0 if kinds.get(name) == "organisation" and name not in titled else 2

    own = max(scores, key=lambda name: (scores[name], tie_rank(name), -first_named.get(name, _first(name, texts))))
    if kinds.get(own) == "region" and own in gazetteer.regions:
        home = _own_city(_chain(own, counts, rules), rules)
        level, locality = _named_locality(title, article.text, levels, rules)
        if locality:  # `全村`, `村里` stand for it
            home, own = {**home, level: locality}, locality
    elif own in zones:
        home = {**home, "district": own}
    elif kinds.get(own) == "organisation":
        own = fullest(own, names, rules)  # the title's `星河银行`, the text's `星河银行股份有限公司`
    return home, own


def _known_by(short: str, text: str, rules: Rules) -> int:
    """How often `text` writes an organisation's core as its name, not as the trade it names
    (`集成电路` of `集成电路产业`, where it is a fund's core)."""
    return sum(
        1 for at in occurrences(short, text) if not text.startswith(rules.subjects.trade_suffixes, at + len(short))
    )


def _zones_in_full(zones: list[str], text: str, rules: Rules) -> dict[str, str]:
    """The zones named by a short suffix that the text also names in full outside quotation marks
    (`宁乡经开区`, `宁乡经济技术开发区`), each to its full name: as the article names it, its
    fullest form (in quotation marks it may be a former name: `成立“黄冈高新技术产业开发区”`)."""
    full = {}
    country, in_full = rules.gazetteer.country, rules.subjects.zones_in_full
    region_only = tuple(rules.gazetteer.region_only_zones)
    named = [zone for zone in rules.gazetteer.zones_in(text) if zone.endswith(region_only)]
    shorts = [(short, whole) for short, wholes in in_full.items() for whole in wholes]
    # (a full suffix stands for itself too: `广西自由贸易试验区` for `中国(广西)自由贸易试验区`)
    suffixes = [*shorts, *((whole, whole) for whole in dict.fromkeys(whole for _, whole in shorts))]
    for zone in zones:
        # an area of a pilot zone written right after it (`中国(山东)自由贸易试验区青岛片区`): both zones
        # only a region's name makes
        written_at = occurrences(zone, text) if zone.endswith(region_only) else []
        pilot_zones = [pilot for at in written_at for pilot in named if text.endswith(pilot, 0, at)]
        if pilot_zones:
            full[zone] = max(pilot_zones, key=len) + zone  # its fullest form (`中国(广西)自由贸易试验区`)
            continue
        for short, whole in suffixes:
            if not zone.endswith(short):
                continue
            place = zone.removesuffix(short)
            # the country's pilot zones: `广西自贸试验区` for `中国(广西)自由贸易试验区`
            for name in (f"{country}({place}){whole}", f"{country}（{place}）{whole}", place + whole):
                if name != zone and any(not quoted(text, at) for at in occurrences(name, text)):
                    full[zone] = name
                    break
    return full


def quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside quotation marks or book-title marks opened on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return any(text.rfind(opening, line_start, at) > text.rfind(closing, line_start, at) for opening, closing in QUOTES)


def spoken(text: str, at: int) -> bool:
    """Whether `at` lies inside quoted speech, quotation marks opened on its line around a clause or
    more (`“今年春节,来自广东的游客明显增多”`), not a name quoted (`“2022年双创活动周”`)."""
    return _speech_around(text, at) is not None


def _speech_around(text: str, at: int) -> tuple[int, int] | None:
    """The quoted speech `at` lies inside (see `spoken`), from its opening mark to its closing one."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = len(text) if (found := text.find("\n", at)) == -1 else found
    for opening, closing in SPEECH_QUOTES:
        opened = text.rfind(opening, line_start, at)
        if opened > text.rfind(closing, line_start, at):
            closed = text.find(closing, at, line_end)
            end = line_end if closed == -1 else closed
            return (opened, end) if SPEECH_BREAK.search(text, opened, end) is not None else None
    return None


def _peers_for_their_parent(
    title: str, in_title: Counter[str], counts: Counter[str], levels: Counter[str], rules: Rules
) -> Counter[str]:
    """A title that names two regions of one city or province side by side, in an article that
    speaks for the city or province more than for either (`全市`), compares them
    (`翠屏区总量居首 屏山县增幅第一`, `江苏13市成绩单:苏州领跑总量,盐城增速居首`): it names their
    city or province, not either (not `南浔区:学习吴兴区经验`, where the article speaks as `全区`)."""
    gazetteer = rules.gazetteer
    named = set(in_title) | set(counts)
    written = gazetteer.names_in(title)
    # `珠海市斗门区`: a district written right after its city is named by both (not `杭州宁波`, two cities)
    after_their_parent = {
        inner_region
        for outer, inner in pairwise(written)
        if outer.end == inner.start
        and (inner_region := gazetteer.resolve(inner.text, named))
        and gazetteer.resolve(outer.text, named) in _parents(inner_region, named, rules)
    }
    parents: dict[str, list[str]] = {}
    for name in in_title:  # each a region of the gazetteer
        parent = next(iter(_parents(name, named, rules)), "")
        if parent in gazetteer.regions and name not in after_their_parent:
            parents.setdefault(parent, []).append(name)
    peers = {
        parent: children
        for parent, children in parents.items()
        if len(children) > 1
        and levels[_speaks_as(parent, rules)] > max(levels[_speaks_as(child, rules)] for child in children)
    }
    if not peers:
        return in_title
    compared = Counter({name: count for name, count in in_title.items() if not any(name in c for c in peers.values())})
    compared.update({parent: 1 for parent in peers if parent not in compared})
    return compared


def _parents(name: str, named: set[str], rules: Rules) -> list[str]:
    """The city and the province a region lies in, nearest first (of the regions of its name, the
    one whose city or province the article names)."""
    options = rules.gazetteer.regions[name]
    region = next((r for r in options if r.city in named or r.province in named), options[0])
    return [parent for parent in (region.city, region.province) if parent and parent != name]


def _named_locality(title: str, text: str, levels: Counter[str], rules: Rules) -> tuple[str, str]:
    """The narrowest township or village the title names after its region (`松阳县竹溪镇`,
    `名山区中峰镇海棠村`), or names alone where the text names it after its region (`竹溪镇`
    in the title, `松阳县竹溪镇人民政府` in the source line), in an article that speaks of such
    places most (`全镇`, `村里`); else the town the title names alone (`_town_of_the_title`):
    whose article it is, as its level and its name."""
    speaks_as_a_locality = bool(levels) and levels.most_common(1)[0][0] in (TOWNSHIP, VILLAGE)
    if speaks_as_a_locality:
        for words, alone in ((title, False), (text, True)):
            for name in rules.gazetteer.names_in(words):
                township, village = localities(words, name.end, rules)
                level, named = (VILLAGE, village) if village else (TOWNSHIP, township)
                if named is not None and (not alone or named.text in title):
                    return level, named.text
    town = _town_of_the_title(title, text, rules, 1 if speaks_as_a_locality else NAMED_AT_LEAST)
    return (TOWNSHIP, town) if town else ("", "")


def _town_of_the_title(title: str, text: str, rules: Rules, named_at_least: int) -> str:
    """The town or street the title names alone (`周市镇1-10月规上工业总产值...`), its name made
    as a township's is and named again in the text `named_at_least` times (once where the text
    speaks of a township most, `全镇`): whose article it is."""
    if rules.gazetteer.names_in(title):  # `湖州市:织里镇...`: the region's article
        return ""
    starts = set(_word_starts(title))
    for suffix in rules.gazetteer.township_suffix.finditer(title):
        for name in _names_ending(title, suffix.start(), suffix.end()):
            if (
                suffix.end() - len(name) in starts
                and _proper(name, rules)
                and _township_name(name, rules)
                and text.count(name) >= named_at_least
            ):
                return name
    return ""


def _word_starts(text: str) -> Iterator[int]:
    """Where each word of `text`, as jieba cuts it, starts."""
    at = 0
    for word in cut(text):
        yield at
        at += len(word)


def _speaks_as(region: str, rules: Rules) -> str:
    """The level of the words that stand for a region (`全市` for a city, a county-level city too)."""
    level = rules.gazetteer.level(region)
    return "city" if level == "district" and region.endswith(rules.subjects.own_city_suffixes) else level


def _listed_with_peers(region: str, counts: Counter[str], rules: Rules) -> bool:
    """Whether a county-level city is named beside other counties of its city (two at least),
    each about as often (at least half as often: `射洪市增长11.2%;蓬溪县增长9.7%;大英县增长8.1%`):
    one of the city's parts in a breakdown, which `全市` cannot stand for."""
    gazetteer = rules.gazetteer
    if gazetteer.level(region) != "district":
        return False
    cities = {r.city for r in gazetteer.regions[region] if r.city}
    peers = [
        other
        for other, count in counts.items()
        if other != region
        and 2 * count >= counts[region]
        and any(r.level == "district" and r.city in cities for r in gazetteer.regions[other])
    ]
    return len(peers) >= BREAKDOWN_PEERS


def _own_city(home: dict[str, str], rules: Rules) -> dict[str, str]:
    """The home regions, a county-level city (`瑞安市`) the city `全市` stands for."""
    district = home.get("district", "")
    own_city = district in rules.gazetteer.regions and _speaks_as(district, rules) == "city"
    return {**home, "city": district} if own_city else home


def bare_zone_names(text: str, home: dict[str, str], rules: Rules) -> list[Name]:
    """The zones written by their suffix alone: the article's own zone where they are of its kind
    or of any kind (`开发区` in an article on `宜春经开区`), else named by the article's city (`吉安高新区`),
    but for the suffixes only a region's name makes a zone of (`片区`)."""
    gazetteer = rules.gazetteer
    district = home.get("district", "")
    own_zone = district if district not in gazetteer.regions and gazetteer.zone_suffix.search(district) else ""
    short = gazetteer.short_of.get(home.get("city", ""), "")
    if not (own_zone or short):
        return []
    bare = gazetteer.bare_zones(text, rules.subjects.name_stops)
    # `自贸试验区` alone is the article's own such zone, not its city's; none after a word that makes
    # it a class (`各自贸试验区`, `全市各工业园区`)
    classing, pointing = tuple(rules.subjects.zone_classing_words), tuple(rules.subjects.zone_pointing_words)
    bare = [n for n in bare if not text.endswith(classing, 0, n.start) or text.endswith(pointing, 0, n.start)]
    own = [own_zone if own_zone.endswith(n.text) or n.text in gazetteer.any_zones else "" for n in bare]
    # else the zone of that kind named last before (`岚皋经开区...经开区实现产值`), but one of another
    # city (`赴苏州高新区考察`), else the city's
    named = [(at, zone) for at, zone in gazetteer.zones_written(text) if _at_home(zone, home, rules)]
    before = [next((zone for at, zone in reversed(named) if at < n.start and zone.endswith(n.text)), "") for n in bare]
    # (not a zone of any kind: `开发区内` in a city's article are all the city's zones)
    of_the_city = [
        short + n.text if short and n.text not in gazetteer.region_only_zones | gazetteer.any_zones else ""
        for n in bare
    ]
    return [
        Name(n.start, n.end, mine or last or city)
        for n, mine, last, city in zip(bare, own, before, of_the_city, strict=True)
        if mine or last or city
    ]


def _at_home(zone: str, home: dict[str, str], rules: Rules) -> bool:
    """Whether a zone lies in the article's own regions, or its place is no region's name
    (`松山湖高新区`); one named by another city lies elsewhere (`苏州高新区` in `宝鸡市`'s article)."""
    gazetteer = rules.gazetteer
    regions = gazetteer.regions_of_place(gazetteer.zone_suffix.sub("", zone))
    own = set(home.values())
    return not regions or any(
        region.name in own or region.city in own or ("city" not in home and region.province in own)
        for region in regions
    )


def _first(name: str, texts: tuple[str, str]) -> int:
    """Where a name is first written: in the title before anywhere in the text."""
    title, text = texts
    at = title.find(name)
    if at != -1:
        return at
    at = text.find(name)
    return len(title) + (at if at != -1 else len(text))


def _chain(own: str, counts: Counter[str], rules: Rules) -> dict[str, str]:
    """The regions an own region lies in, by level, and the country."""
    gazetteer = rules.gazetteer
    named = set(counts)
    options = gazetteer.regions[own]
    region = next((r for r in options if r.city in named or r.province in named), options[0])
    home = {region.level: region.name, COUNTRY: gazetteer.country}
    if region.city:
        home.setdefault("city", region.city)
    if region.province:
        home.setdefault("province", region.province)
    return home


def _home(
    override: str,
    named: tuple[Counter[str], Counter[str]],
    zones: Counter[str],
    levels: Counter[str],
    rules: Rules,
) -> dict[str, str]:
    """The article's own regions by level, from those it names most (meta.csv's `region` wins),
    `named`: how often, its publisher's region counted in and not."""
    gazetteer = rules.gazetteer
    counts, in_text = named
    home: dict[str, str] = {COUNTRY: gazetteer.country}
    named_cities = {name for name in counts for r in gazetteer.regions[name] if r.level != "district"}
    candidates = [override] if override in gazetteer.regions else [n for n, _ in counts.most_common()]
    for name in candidates:
        options = gazetteer.regions.get(name, [])
        region = next((r for r in options if r.city in named_cities or r.province in named_cities), None)
        region = region or (options[0] if options else None)
        if region is None or region.level in (COUNTRY, FOREIGN):
            continue
        home.setdefault(region.level, region.name)
        if region.city:
            home.setdefault("city", region.city)
        home.setdefault("province", region.province)
    # words of a city speak of a county-level city its text names as often as its city (`瑞安市`'s
    # `全市`), not past it; not of one named in passing in an article on its city
    own_city = (
        "district" in home
        and _speaks_as(home["district"], rules) == "city"
        and in_text[home["district"]] >= in_text[home.get("city", "")]
    )
    if levels["city"] > levels["district"] and not override and not own_city:
        home.pop("district", None)
    # A development zone named more often than any district is the article's own `区`.
    zone, zone_count = zones.most_common(1)[0] if zones else ("", 0)
    districts = (counts[name] for name in counts if gazetteer.level(name) == "district")
    if zone_count > max(districts, default=0) and levels["district"] >= levels["city"] and not override:
        home["district"] = zone
        place = gazetteer.zone_suffix.sub("", zone)
        for name in [place, *gazetteer.short_names.get(place, [])]:
            for region in gazetteer.regions.get(name, [])[:1]:
                home.setdefault("city", region.city or region.name)
                home.setdefault("province", region.province)
    return home
