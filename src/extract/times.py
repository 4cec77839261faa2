"""Time expressions (`rules/periods.yaml`): found in a text, and resolved
against the article's date into the periods of ANNOTATION §7."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

import chinese_calendar
import regex

from extract.rules import PeriodRules, Rule, Rules
from extract.spans import occurrences, paragraph_context

NOW = "now"  # the period of the spans that run up to the article's date
LASTING = "lasting"  # ... and of those that last up to it
REVIEW_YEAR = "{review_year}"  # the label (its period's template) of `一年来`: the year a review looks back on
UNTOLD = "untold"  # a time the text does not tell (`过去`, `投产后`): it dates its own sentence to no period
# the occasion the article reports (`此次`): the days the text tells it was held over, else the title's or lead's time
STORY = "story"
STORY_END = "story_end"  # the end of that time (`报告期末`): its year, else its last month
STORY_YEAR = "story_year"  # the year of that time (`本年`), else of the article
STORY_MONTH = "story_month"  # the month of that time where it is a month (`本月` in a report on it), else the article's
STORIES = (STORY, STORY_END, STORY_YEAR, STORY_MONTH)
HOLIDAY_NAME = "holiday_name"  # the group of a holiday's name (`春节`) in the rules that name one
HOLIDAY_RECALLED = datetime.timedelta(days=180)  # how long after a holiday began a text tells of it by its name alone
FESTIVALS_TOGETHER = "festivals_together"  # the one name of two festivals told together (`中秋、国庆`, `双节`)
HOLIDAY = "holiday"  # a holiday named (`春节假期`): of the year reviewed, else the article's, until its days are told
NO_PERIOD = (NOW, LASTING, UNTOLD, STORY, STORY_END)  # the labels of times whose period the text does not tell here
PREVIOUS = "previous"  # the period of a year before the time last named (`上年`)
WHOLE_YEAR = "whole_year"  # the whole year of the time last named (`全年`)
LATER = "later"  # `years` years after the time last named (`20年后`)
THIS_QUARTER = "this_quarter"  # the quarter last named (`本季度`, `当季`)
THIS_SEASON = "this_season"  # the season across two years last named (`本雪季` after `2015—2016雪季`)
SAME_SPAN = "same_span"  # the span last named, where it counts as many years (`三年来`), else up to now
WITHIN = "within"  # the span last named, where it counts as many years (`三年内`), else untold
TO_COME = "to_come"  # the span last named where it counts as many years and runs on (`未来三年`), else untold
YEAR_TO_DATE = "year_to_date"  # from the start of the year of the period last named to its end (`年初至报告期末`)
LAST_NAMED = "last_named"  # the period last named itself (`比年初增加` of a balance at its end)
DAY_OF_MONTH = "day_of_month"  # a day of the month last named (`截至24日` after `6月17日`)
SAME_PERIOD_IN = "same_period_in"  # the period last named, in the year written (`2023年同期`)
FROM_LAST = (
    PREVIOUS,
    WHOLE_YEAR,
    LATER,
    THIS_QUARTER,
    THIS_SEASON,
    SAME_SPAN,
    WITHIN,
    TO_COME,
    YEAR_TO_DATE,
    LAST_NAMED,
    SAME_PERIOD_IN,
)
HALF_OR_QUARTER = regex.compile(r"([0-9]{4})-([HQ])([1-4])")
MONTH = regex.compile(r"([0-9]{4})-([0-9]{2})")
QUARTER = regex.compile(r"[0-9]{4}-Q[1-4]")
YEAR_SPAN = regex.compile(r"([0-9]{4})/([0-9]{4})")
MONTH_SPAN = regex.compile(r"([0-9]{4})-([0-9]{2})/([0-9]{4})-([0-9]{2})")  # a span of months (`2019-01/2019-10`)
DAY_SPAN = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}")  # a span of days
DAY = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
YEAR = regex.compile(r"[0-9]{4}")
YEAR_LENGTH = 4  # the characters of a year in a period (`2024` of `2024-12-25`)
SEASON_YEARS = 2  # a season (`雪季`, `赛季`, `学年`) runs across two years
ROC_EPOCH = 1911  # the year before the first of the Republic of China's calendar (民国1年 is 1912)
# the group of a year of that calendar written alone (`112年`): a year only in the texts that write it so
RECENT_REPUBLIC_YEAR = "recent_roc_year"
ROC_REACH = 10  # how many years from the article's a year of that calendar written alone (`112年`) may be
REVIEW_MONTHS = 3  # a review published in the first months of a year looks back on the year before
TEMPLATE_FIELD = regex.compile(r"\{([a-z_0-9]+)\}")
OTHER_DOCUMENT_REACH = 4  # characters before a document's name that may say it is another one
FISCAL_QUARTER = "fiscal_quarter"  # the group of a quarter numbered in a firm's fiscal year
SINCE_YEAR = "since_year"  # the group of the year a span up to now starts in (`2024年以来`)
SINCE_LAST_YEAR = "since_last_year"  # the group of a span up to now that starts last year (`去年以来`)
YEARS_REVIEWED = "years_reviewed"  # the group of the count of past years a review counts (`过去五年`)
QUARTER_END = "quarter_end"  # the group of the month a fiscal quarter ends in
FISCAL_END = "fiscal_end"  # the group of the month a fiscal year ends in (`截至2021年3月31日止年度`)
MAY_BE_EMPTY = frozenset({"fiscal_from", "fiscal_to"})  # template fields a calendar year leaves empty


@dataclass(frozen=True)
class Time:
    start: int
    end: int
    period: str  # empty for a span up to now or a time the text does not tell
    now: bool
    lasting: bool = False  # it dates only its own sentence and ends no time that governs (`近年来`, `过去`)
    governs: bool = True  # whether it may date figures (not a comparison base, a founding date, ...)
    qualifies: bool = False  # it dates only the figure right after it (`由2015年以前的1800公斤提高到...`)
    # one of STORIES: the occasion the article reports (`此次`), its end (`报告期末`), its
    # year (`本年`) or its month (`本月`), dated once the title's or lead's time is known
    story: str = ""
    holiday: str = ""  # the name of a holiday named (`春节` of `春节假期`), dated by the days the text tells for it
    budgeted: bool = False  # a budget's year (`2025年度预算`): what it sets may come after the article's date


@dataclass(frozen=True)
class ArticleDate:
    """The article's date as meta.csv gives it (`2022`, `2022-07`, `2022-07-12`, or empty)."""

    year: int | None
    month: int | None
    day: int | None = None

    @classmethod
    def of(cls, date: str) -> ArticleDate:
        year = int(date[:4]) if date[:4].isdigit() else None
        month = int(date[5:7]) if date[5:7].isdigit() else None
        day = int(date[8:10]) if date[8:10].isdigit() else None
        return cls(year, month, day)

    def last_day(self) -> datetime.date | None:
        """The last day the article may have been told on: its day, else its month's last, else none."""
        if not (self.year and self.month):
            return None
        if self.day:
            return datetime.date(self.year, self.month, self.day)
        following = datetime.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - datetime.timedelta(days=1)

    def iso(self) -> str:
        """The date as meta.csv gives it, in ISO form (`2022`, `2022-07`, `2022-07-12`), or empty."""
        parts = [f"{self.year:04d}" if self.year else "", f"{self.month:02d}" if self.month else ""]
        parts.append(f"{self.day:02d}" if self.day and self.month else "")
        return "-".join(part for part in parts if part) if self.year else ""

    @property
    def told_days(self) -> set[str]:
        """The days the news may have been told on (`记者昨日获悉`): the article's and the one before."""
        return {self.iso(), self.day_before} if self.day and self.month else set()

    @property
    def day_before(self) -> str:
        """The day before the article's (`昨天`), where its date gives the day."""
        if self.year is None or self.month is None or self.day is None:
            return ""
        return (datetime.date(self.year, self.month, self.day) - datetime.timedelta(days=1)).isoformat()

    @property
    def month_before(self) -> str:
        """The month before the article's (`上月`), where its date gives the month."""
        if self.year is None or self.month is None:
            return ""
        year, month = divmod(self.year * 12 + self.month - 2, 12)
        return f"{year}-{month + 1:02d}"

    @property
    def quarter_before(self) -> str:
        """The quarter before the article's (`刚过去的这一季度`), where its date gives the month."""
        if self.year is None or self.month is None:
            return ""
        year, quarter = divmod(self.year * 4 + (self.month - 1) // 3 - 1, 4)
        return f"{year}-Q{quarter + 1}"

    @property
    def review_year(self) -> int | None:
        """The year a review looks back on: the year before, early in a year."""
        if self.year is None or self.month is None:
            return self.year
        return self.year - 1 if self.month <= REVIEW_MONTHS else self.year


def resolve(
    rule: Rule,
    groups: dict[str, str | None],
    date: ArticleDate,
    table: PeriodRules,
    fiscal_lead: int = 0,
    named_year: str = "",
    reviewing: bool = False,
    republic: bool = False,
    fiscal_end: int = 0,
) -> str:
    """The period a time expression gives: its rule's template filled with its groups, read
    through the tables; empty where the template needs what the date does not give (a year of
    the Republic's calendar written alone reads so only in a text that writes it: `republic`). A fiscal
    quarter is the calendar quarter `fiscal_lead` quarters before it, and a fiscal year (`2020/21年度`)
    runs from the month after `fiscal_end` (the month the text says one ends in) to it. A quarter or month written
    without its year is in the article's year, or in `named_year` (the year before, last named)
    where it has not ended in the article's year (`二季度` in January)."""
    year = date.year

    def month(value: str) -> str:
        return f"{int(value) if value.isdigit() else table.months[value]:02d}"

    readings: dict[str, Callable[[str], str]] = {
        "month": month,
        "month2": month,
        "day": month,
        "day2": month,
        "half": lambda v: str(table.halves[v]),
        "quarter": lambda v: str(table.quarters[v]),
        "quarter2": lambda v: str(table.quarters[v]),
        "quarter_last_month": lambda v: f"{table.quarters[v] * 3:02d}",
        "half_end": month,
        "quarter_of_month": lambda v: str((int(v) - 1) // 3 + 1),
        "plan": lambda v: table.five_year_plans.get(v, ""),
        "plan_end": lambda v: table.five_year_plans.get(v, "").rpartition("/")[2],
        "plan_start": lambda v: table.five_year_plans.get(v, "").partition("/")[0],
        "year_before": lambda v: str(int(v) - 1),
        "roc_year": lambda v: str(int(v) + ROC_EPOCH),
        RECENT_REPUBLIC_YEAR: lambda v: (
            str(int(v) + ROC_EPOCH) if republic and year and abs(int(v) + ROC_EPOCH - year) <= ROC_REACH else ""
        ),
        "relative": lambda v: str(year + table.relative_years[v]) if year else "",
        "years_ago": lambda v: str(year - int(v)) if year else "",
        "next_year": lambda v: (groups.get("year") or "")[: -len(v)] + v,  # `2019/20` → 2020
    }
    values = {name: readings.get(name, str)(value) for name, value in groups.items() if value is not None}
    if RECENT_REPUBLIC_YEAR in values:  # `{dated_year}`: a year of either calendar is the year
        values.setdefault("year", values[RECENT_REPUBLIC_YEAR])
    if "day2" in values:  # a span of days ends in the month it starts in unless it names another
        values.setdefault("month2", values.get("month", ""))
    if "half_end" in values:  # six months to a month's end: `截至2019年9月30日止六个月`, April to September
        values["half_start"] = f"{int(values['half_end']) - 5:02d}"
    if FISCAL_END in values:  # a year to a month's end: `截至2021年3月31日止年度`, from April of the year before
        fiscal_end = int(values[FISCAL_END])
        values["fiscal_start_year"] = str(int(values["year"]) - 1) if values.get("year") else ""
    values["fiscal_from"] = f"-{fiscal_end + 1:02d}" if fiscal_end else ""
    values["fiscal_to"] = f"-{fiscal_end:02d}" if fiscal_end else ""
    if "week" in values and "year" in values:
        values["week_start"], values["week_end"] = _week(int(values["year"]), int(values["week"]))
    values |= _of_article(date)

    def filled(untold_year: int | None) -> str:
        """The template, a time written without its year put in `untold_year`."""
        given = values | _counted(groups, untold_year, table, fiscal_lead)
        given["named_year"] = str(untold_year) if untold_year else ""
        if any(not given.get(name) for name in TEMPLATE_FIELD.findall(rule.label) if name not in MAY_BE_EMPTY):
            return ""
        return _into_the_next_year(rule.label.format(**given))

    period = filled(year)
    untold = "{named_year}" in rule.label or (FISCAL_QUARTER in groups and not groups.get("year"))
    told_day = period in date.told_days  # the news's own day (`3月10日,...召开新闻发布会`) is of its year
    if named_year and untold and period and not told_day and _not_ended(period, date, reviewing):
        return filled(int(named_year))
    return period


def _into_the_next_year(period: str) -> str:
    """A span of one year's months or days whose end reads before its start runs into the next year
    (`2024年12月25日至1月3日` → `2024-12-25/2025-01-03`)."""
    start, slash, end = period.partition("/")
    year, rest = end[:YEAR_LENGTH], end[YEAR_LENGTH:]
    if slash and rest and start.startswith(year) and end < start:
        return f"{start}/{int(year) + 1}{rest}"
    return period


def _not_ended(period: str, date: ArticleDate, reviewing: bool = False) -> bool:
    """Whether a period has not ended by the article's date, as precisely as both are told; in a
    text reviewing the year before, neither has one that ends in the date's month (`一季度` in a
    communiqué of March 21: its statistics are not out yet)."""
    told = date.iso()
    end = period_end(period)
    precision = min(len(end), len(told))
    end, told = end[:precision], told[:precision]
    return bool(told) and (end >= told if reviewing else end > told)


def _of_article(date: ArticleDate) -> dict[str, str]:
    """The template fields the article's date gives."""
    year = date.year
    return {
        "article_year": str(year) if year else "",
        "review_year": str(date.review_year) if date.review_year else "",
        "article_month": f"{date.month:02d}" if date.month else "",
        "article_day": f"{date.day:02d}" if date.day else "",
        "day_before": date.day_before,
        "month_before": date.month_before,
        "quarter_before": date.quarter_before,
        "century": str(year)[:2] if year else "",
    }


def _counted(groups: dict[str, str | None], year: int | None, table: PeriodRules, fiscal_lead: int) -> dict[str, str]:
    """The template fields counted from several groups: the calendar year and quarter of a
    fiscal quarter, and the last of `years` years from `year` (`从2018年开始,连续3年` → 2020) or from
    the start of a plan (`“十四五”前三年` → 2023)."""
    values = {}
    fiscal, count = groups.get(FISCAL_QUARTER), groups.get("years")
    first = groups.get("year") or table.five_year_plans.get(groups.get("plan_start") or "", "").partition("/")[0]
    fiscal_year = int(first or year or 0)
    if fiscal and fiscal_year:
        calendar_year, quarter = divmod(fiscal_year * 4 + table.quarters[fiscal] - 1 - fiscal_lead, 4)
        values["fiscal_year"], values[FISCAL_QUARTER] = str(calendar_year), str(quarter + 1)
    if first and count:
        years = int(count) if count.isdigit() else table.months[count]  # the months' names are the numerals
        values["last_year"] = str(int(first) + years - 1)
    return values


def _matches(text: str, table: PeriodRules) -> list[tuple[regex.Match[str], Rule]]:
    """The time expressions of `text` from left to right, the first rule winning where several
    start at one place: as one alternation of all rules would find them, many times faster."""
    at_each_start = sorted(
        (found.start(), order, found, rule)
        for order, rule in enumerate(table.times)
        for found in rule.finditer(text, overlapped=True)
    )
    taken = []
    end = 0
    for start, _, found, rule in at_each_start:
        if start >= end:
            taken.append((found, rule))
            end = found.end()
    return taken


def fiscal_year_end(text: str, rules: Rules) -> int:
    """The month a body's fiscal year ends in, where the text tells one that ends before December
    (`截至2021年3月31日止财政年度`: March), else none."""
    told = (
        found.group(FISCAL_END)
        for rule in rules.periods.times
        if rule.finds is not None and FISCAL_END in rule.finds.groupindex
        for found in rule.finditer(text)
    )
    return next((int(month) for month in told if month), 0)


def _fiscal_lead(matches: list[tuple[regex.Match[str], Rule]], table: PeriodRules) -> int:
    """How many quarters a firm's fiscal quarters run ahead of the calendar's, where the text
    tells the month one ends in (`截至6月30日的第三财季`: the calendar's second, so one)."""
    for found, _ in matches:
        fiscal, end = found.groupdict().get(FISCAL_QUARTER), found.groupdict().get(QUARTER_END)
        if fiscal and end:
            return table.quarters[fiscal] - (int(end) - 1) // 3 - 1
    return 0


def times_in(
    text: str,
    date: ArticleDate,
    rules: Rules,
    reviewed: str = "",
    republic: bool = False,
    title_period: str = "",
    fiscal_end: int = 0,
) -> list[Time]:
    """The times of `text`, in order; those that date no figure marked so. `全年`, `上年` or a
    quarter without its year count from the year the text reviews (`reviewed`: `2021` of a
    communiqué on 2021 published in 2022) until it names another, else from the date's year;
    `本季度` is the quarter the title names (`title_period`) until the text names one.
    `republic`: the text writes years of the Republic of China's calendar alone (`112年`);
    `fiscal_end`: the month a fiscal year ends in, where the article tells it (`fiscal_year_end`)."""
    table = rules.periods
    times = []
    matches = _matches(text, table)
    fiscal_lead = _fiscal_lead(matches, table)
    quarter = title_period if QUARTER.fullmatch(title_period) else ""
    just_past = bool(years_in_span(title_period)) and date.year is not None and int(title_period[-4:]) == date.year - 1
    title_span = title_period if just_past else ""  # the span of years a review the next year names (`“十三五”期间`)
    named = _LastNamed(reviewed or (str(date.year) if date.year else ""), reviewed, quarter, title_span)
    sentence_ends = rules.segments.sentence_final | {"\n"}
    # the times last named before one that dates its own sentence (`全年` there counts from it), to be
    # named again where that sentence ends unless another time governs after it
    restored_at_its_end: tuple[_LastNamed, int] | None = None
    speakers_paragraph_end = 0  # where the paragraph of a speaker's now ends
    listed_after = (0, True)  # the end of the time before and whether it dates figures
    in_a_past_year = False  # whether the time last named is the past year a review looks back on (`一年来`)
    for found, rule in matches:
        start, end = found.span()
        if restored_at_its_end is not None and start >= restored_at_its_end[1]:
            named, restored_at_its_end = restored_at_its_end[0], None
        left, right = paragraph_context(text, start, end)
        parts = {"left": left, "mention": found.group(), "right": right}
        # a time listed with one that dates no figure has its role: `比2021年、2022年分别增长`
        in_a_list = text[listed_after[0] : start] in rules.segments.list_joiners
        governs = listed_after[1] if in_a_list and not listed_after[1] else not table.not_governing.any_applies(parts)
        listed_after = (end, governs)
        label = rule.label
        period = _period(rule, found.groupdict(), date, rules, (fiscal_lead, fiscal_end), named, republic)
        if not period and found.groupdict().get(RECENT_REPUBLIC_YEAR):  # `100年` of a text that writes no such year
            continue
        if not period and label == THIS_SEASON:  # `本赛季` where no season is named: the usual dating holds
            continue
        qualifies = table.qualifying.any_applies(parts)
        story = label if label in STORIES else ""
        # what `全年` and `上年` count from: a time of the story, not one that only qualifies a
        # figure (`(2022年:每股0.12港元)`) or dates its own sentence (`在2022年度...考核中`), nor
        # the day a review of a past year is told (`今日公布全年业绩` in a release on 2023)
        told_day = bool(reviewed) and period in date.told_days
        # a span up to now told in a review of the year before (`一年来...连续30年居首位`) runs up
        # to that year's end, and so does one from the year a review published early in the next
        # looks back on (`2024年以来` in January 2025, `去年以来` there too)
        since = found.groupdict().get(SINCE_YEAR)
        if found.groupdict().get(SINCE_LAST_YEAR) and date.year:
            since = str(date.year - 1)
        from_the_reviewed_year = bool(reviewed) and since == reviewed == str(date.review_year)
        up_to_review_end = (label == LASTING and in_a_past_year) or from_the_reviewed_year
        if up_to_review_end:
            label, period = "", reviewed if from_the_reviewed_year else named.period[:4]
        # a review's past years: their span, which like any span up to now dates what its sentence tells
        years_reviewed = _count(found.groupdict().get(YEARS_REVIEWED), rules.numbers.digits)
        review_year = date.review_year if years_reviewed and date.review_year != date.year else None
        if review_year is not None:
            label, period = "", f"{review_year - years_reviewed + 1}/{review_year}"
        # (a speaker's plan for this year, or their now, in a review of the year before:
        # `负责人介绍,今年还将...`, `他说,今年以来...`: their paragraph only, and the
        # times they go on to tell in it)
        speakers = bool(reviewed) and (
            table.plan_a_speaker_tells.applies(parts)
            or (period[:4] == str(date.year) and table.now_a_speaker_tells.applies(parts))
        )
        if speakers:
            speakers_paragraph_end = len(text) if (line_end := text.find("\n", end)) == -1 else line_end
        own_sentence = table.own_sentence.any_applies(parts) or speakers
        if governs and not qualifies and not story and label not in FROM_LAST and not told_day:
            if own_sentence and restored_at_its_end is None:  # it is named in its sentence only
                until = speakers_paragraph_end if speakers else _sentence_end(text, end, sentence_ends)
                restored_at_its_end = (replace(named), until)
            elif not own_sentence and period and start >= speakers_paragraph_end:
                restored_at_its_end = None
            named.note(period)
            if period and not up_to_review_end and not own_sentence:
                in_a_past_year = label == REVIEW_YEAR and period != str(date.year)
        up_to_now = label == LASTING or (label == SAME_SPAN and not period)
        untold = label == UNTOLD or (label in (WITHIN, TO_COME) and not period)
        now, lasting = (
            label == NOW or up_to_now,
            up_to_now or untold or own_sentence or bool(story) or review_year is not None,
        )
        holiday = found.groupdict().get(HOLIDAY_NAME) or ""  # also of this year's (`今年春节假期`)
        holiday = FESTIVALS_TOGETHER if table.festivals_together.fullmatch(holiday) else holiday
        budgeted = table.budgeted.any_applies(parts)
        times.append(Time(start, end, period, now, lasting, governs, qualifies, story, holiday, budgeted))
    return _documents_named_again(text, times, table)


def _sentence_end(text: str, at: int, sentence_ends: frozenset[str]) -> int:
    return next((end for end in range(at, len(text)) if text[end] in sentence_ends), len(text))


def _documents_named_again(text: str, times: list[Time], table: PeriodRules) -> list[Time]:
    """A document named with its period (`2023/24年度財政預算案`) is that time wherever the
    text names the document again."""
    found = []
    named = table.document_of_a_period.finds
    other = table.document_of_a_period.pattern("left")  # another of its kind: `往年預算案`
    for time in times:
        document = named.match(text, time.end) if named and time.period and time.governs else None
        if document is None:
            continue
        word = document.group("document")
        for at in occurrences(word, text, document.end()):
            if other.search(text[max(0, at - OTHER_DOCUMENT_REACH) : at]) is None:
                found.append(Time(at, at + len(word), time.period, False, lasting=True))
    if not found:
        return times
    return sorted(
        times + [t for t in found if not any(o.start <= t.start < o.end for o in times)], key=lambda t: t.start
    )


def short_names_named_again(text: str, times: list[Time], rules: Rules) -> list[Time]:
    """The short names a sentence that issues documents gives them (`2012年5月,...颁布...3个配套
    文件(以下简称“1+3”文件)`), as times of that sentence wherever the text names them again."""
    table = rules.periods
    short_names = table.short_name.finds
    found = []
    for time in times:
        if short_names is None or not time.period or not time.governs or time.now:
            continue
        sentence_end = rules.segments.sentence_end.search(text, time.end)
        end = sentence_end.start() if sentence_end else len(text)
        if not table.policy_issue.found_in(text, time.end, end):
            continue
        for short in short_names.finditer(text, time.end, end):
            word = short.group("document")
            found += [
                Time(at, at + len(word), time.period, False, lasting=True)
                for at in occurrences(word, text, short.end())
            ]
    return sorted(found, key=lambda t: t.start)


@dataclass
class _LastNamed:
    """The periods of the times last named, which `上年`, `全年` or `本季度` count from."""

    period: str
    reviewed: str = ""  # the year the text reviews, where its title names one
    quarter: str = ""
    title_span: str = ""  # the span of years just past the title names (`“十三五”期间` in 2021)

    @property
    def reviewing(self) -> bool:
        """Whether the time last named is in the year the text reviews."""
        return bool(self.reviewed) and self.period[:4] == self.reviewed

    def note(self, period: str) -> None:
        self.period = period or self.period
        self.quarter = period if QUARTER.fullmatch(period) else self.quarter

    def span_of(self, years: int) -> str:
        """The span of `years` years that `三年来` or `五年间` restates: the time last named where it
        is one, else the title's."""
        if years_in_span(self.period) != years and years_in_span(self.title_span) == years:
            return self.title_span
        return self.period

    def year_before_article(self, date: ArticleDate) -> str:
        """The year before the article's where it is the year of the time last named: a quarter or
        month written without its year that has not ended in the article's year is in it
        (`2023年...分季度看,二季度` in January 2024); else empty."""
        named = self.period[:4]
        return named if date.year and named.isdigit() and int(named) == date.year - 1 else ""


def _period(
    rule: Rule,
    groups: dict[str, str | None],
    date: ArticleDate,
    rules: Rules,
    fiscal: tuple[int, int],
    named: _LastNamed,
    republic: bool = False,
) -> str:
    """The period of a time expression found by `rule`; `fiscal`: how many quarters the fiscal
    quarters lead the calendar's, and the month a fiscal year ends in."""
    label = rule.label
    if label == STORY_YEAR:
        return str(date.year) if date.year else ""
    if label == STORY_MONTH:
        told = _of_article(date)
        return f"{told['article_year']}-{told['article_month']}" if told["article_month"] else ""
    if label == HOLIDAY:
        return named.reviewed or (str(date.year) if date.year else "")
    if label == DAY_OF_MONTH:
        month, day = MONTH.match(named.period), groups.get("day")
        if month is None and day and _in_articles_month(int(day), named.period, date):
            return f"{date.year}-{date.month:02d}-{int(day):02d}"
        return f"{month.group()}-{int(day):02d}" if month and day else ""
    year = groups.get("year")
    if year and not year.isdigit():  # `二零二三`
        groups = {**groups, "year": "".join(str(rules.numbers.digits[digit]) for digit in year)}
    if label == SAME_PERIOD_IN:
        written = groups["year"] or ""
        return YEAR.sub(written, named.period) if named.period else written
    if label in FROM_LAST:
        years = _count(groups.get("years"), rules.numbers.digits)
        counted_from = {THIS_QUARTER: named.quarter, SAME_SPAN: named.span_of(years)}
        last = counted_from.get(label, named.period)
        return _from_last(last, label, years, bool(groups.get("same_period")), date.year)
    if label in NO_PERIOD:
        return ""
    fiscal_lead, fiscal_end = fiscal
    return resolve(
        rule,
        groups,
        date,
        rules.periods,
        fiscal_lead,
        named.year_before_article(date),
        named.reviewing,
        republic,
        fiscal_end,
    )


def _in_articles_month(day: int, named: str, date: ArticleDate) -> bool:
    """Whether a day written without its month, where the time last named tells none (none, or the
    article's year: `截至20日8时` in a report of 21 June 2024), is of the article's month: one not
    after the article's day."""
    return bool(date.year and date.month and date.day and 1 <= day <= date.day and named in ("", str(date.year)))


def _week(year: int, week: int) -> tuple[str, str]:
    """The first and last day of a week of the ISO calendar, where it has that week."""
    try:
        monday = datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        return "", ""
    return monday.isoformat(), (monday + datetime.timedelta(days=6)).isoformat()


def _count(written: str | None, digits: dict[str, int]) -> int:
    """A count of years written in digits or as one Chinese digit (`三`)."""
    if not written:
        return 0
    return int(written) if written.isdigit() else digits.get(written, 0)


def year_to_date(period: str) -> str:
    """From the start of a period's year to its end, told as the period is (`2023-Q3` →
    `2023-Q1/2023-Q3`, `2023-H1` → `2023-H1`), a month's (or a day's) written as the quarter, half
    or year it ends where it ends one (`2023-06` → `2023-H1`, `2023-09` → `2023-Q1/2023-Q3`, else
    `2023-01/2023-08`); a span from the year's start is itself, and anything else its year."""
    year = period[:4]
    part = HALF_OR_QUARTER.fullmatch(period)
    if part:
        kind, number = part.group(2), part.group(3)
        if kind == "H":
            return period if number == "1" else year
        return {"1": period, "4": year}.get(number, f"{year}-Q1/{period}")
    month = MONTH.match(period)
    if month and "/" not in period:
        ends = {"01": f"{year}-01", "03": f"{year}-Q1", "06": f"{year}-H1", "09": f"{year}-Q1/{year}-Q3", "12": year}
        return ends.get(month.group(2), f"{year}-01/{month.group()}")
    return period if period_start(period) in (year, f"{year}-01") else year


def years_in_span(period: str) -> int:
    """How many years a span of whole years runs (`2016/2020` → 5), else 0."""
    span = YEAR_SPAN.fullmatch(period)
    return int(span.group(2)) - int(span.group(1)) + 1 if span else 0


def runs_on(period: str, year: int | None) -> bool:
    """Whether `period` is a span of years that has not ended by `year` (`2021/2025` in 2023)."""
    return bool(years_in_span(period)) and year is not None and int(period[-4:]) >= year


def _from_last(period: str, label: str, years: int, same_period: bool, article_year: int | None) -> str:
    """A period counted from `period`, the time last named: its year (`全年`; of a span of
    years, the article's where the span holds it, else the span's last where the span is past),
    the year before it (`上年`) or all of it a year before (`上年同期`:
    `2011-Q2` → `2010-Q2`), the year `years` years after it (`20年后`), itself (the quarter last
    named, `本季度`; any period last named, `比年初增加` of a balance told at its time), itself where
    it is a span of `years` years (`2016年至2018年...三年来`,
    `三年内`; `未来三年` where it has not ended) or a season across two (`本雪季`), or from the
    start of its year to its end
    (`年初至报告期末`)."""
    if not period or label in (THIS_QUARTER, LAST_NAMED):
        return period
    if label == YEAR_TO_DATE:
        return year_to_date(period)
    if label in (SAME_SPAN, WITHIN, TO_COME, THIS_SEASON):
        counted = SEASON_YEARS if label == THIS_SEASON else years
        past = label == TO_COME and not runs_on(period, article_year)  # `过去五年...未来五年`
        return period if 0 < years_in_span(period) == counted and not past else ""
    if label == PREVIOUS and same_period:
        return YEAR.sub(lambda year: str(int(year.group()) - 1), period)
    if label == WHOLE_YEAR and _a_fiscal_year(period):  # `全年` of `2020-04/2021-03`: that year
        return period
    if label == WHOLE_YEAR and article_year and (span := YEAR_SPAN.fullmatch(period)):
        first, last = int(span.group(1)), int(span.group(2))
        if first <= article_year <= last:
            return str(article_year)
        if last < article_year:
            return str(last)
    shift = years if label == LATER else {WHOLE_YEAR: 0, PREVIOUS: -1}[label]
    return str(int(period[:4]) + shift)


def _a_fiscal_year(period: str) -> bool:
    """Whether a period is the twelve months of a fiscal year that ends before December."""
    span = MONTH_SPAN.fullmatch(period)
    if span is None:
        return False
    start_year, start_month, end_year, end_month = (int(part) for part in span.groups())
    return end_year == start_year + 1 and end_month == start_month - 1


def story_period(story: str, period: str) -> str:
    """The period of a time of the story (`此次`) whose title or lead sets `period`; of its end
    (`报告期末`), the year where that is a year (`年末` gives the year), else the last month; of
    its year (`本年`), the year it ends in; of its month (`本月`), that month where it is one (else
    empty: the article's month stands)."""
    if story == STORY_YEAR:
        return end_of(period)[:4]
    if story == STORY_MONTH:
        return period if MONTH.fullmatch(period) else ""
    return end_of(period) if story == STORY_END else period


def scheduled_days(holiday: str, year: str, periods: PeriodRules, told: datetime.date | None = None) -> str:
    """The days off the yearly holiday schedule gives a holiday named (`国庆` in 2024 →
    `2024-10-01/2024-10-07`), with the weekend and the festival it runs into (`国庆` in 2023, joined
    to the Mid-Autumn festival: `2023-09-29/2023-10-06`); where the text is told in that year
    (`told`), the last such holiday begun by then (`元旦` told on 30 December: the one it opens), none
    if none has begun lately (a holiday to come: `元旦假期将至`); empty where the schedule has no such
    holiday or year."""
    name = periods.holidays_in_the_schedule.get(holiday)
    if not name or not YEAR.fullmatch(year):
        return ""
    runs = _days_off(name, int(year))
    if told is not None and told.year == int(year):
        runs = tuple(run for run in runs if told - HOLIDAY_RECALLED <= run[0] <= told)[-1:]
    return _span(*runs[0]) if runs else ""


@cache
def _days_off(name: str, year: int) -> tuple[tuple[datetime.date, datetime.date], ...]:
    """The runs of days off, first and last day, that hold a day of the holiday `name` in `year`."""
    runs: list[tuple[datetime.date, datetime.date]] = []
    day, last, step = datetime.date(year, 1, 1), datetime.date(year, 12, 31), datetime.timedelta(days=1)
    try:
        while day <= last:
            if _festival(day) == name and not (runs and runs[-1][1] >= day):
                start = end = day
                while chinese_calendar.is_holiday(start - step):
                    start -= step
                while chinese_calendar.is_holiday(end + step):
                    end += step
                runs.append((start, end))
            day += step
    except NotImplementedError:  # a year the schedule does not cover
        return ()
    return tuple(runs)


def _festival(day: datetime.date) -> str | None:
    """The festival a day off is given for, if any (not a weekend's, nor a working day's)."""
    off, festival = chinese_calendar.get_holiday_detail(day)
    return festival if off else None


def _span(first: datetime.date, last: datetime.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def end_of(period: str) -> str:
    """The end of a period, as a stock at its end is dated: the last year of a year or of a span of
    years (`年末` gives the year), else the last month (`2024-Q1/2024-Q3` → `2024-09`)."""
    last = period.rpartition("/")[2]
    return period_end(last) if "-" in last else last


def period_start(period: str) -> str:
    """Where a period begins, as the start of an ISO date (`2021-Q3/2021-Q4` → `2021-07`)."""
    return _bound(period, last=False)


def period_end(period: str) -> str:
    """Where a period ends, as the start of an ISO date of its last month or day (`2021-Q3` → `2021-09`)."""
    return _bound(period, last=True)


def _bound(period: str, last: bool) -> str:
    told = period.rpartition("/")[2] if last else period.partition("/")[0]
    year, _, part = told.partition("-")
    months = {"Q": 3, "H": 6}.get(part[:1])
    if months and part[1:].isdigit():
        number = int(part[1:])
        return f"{year}-{number * months if last else (number - 1) * months + 1:02d}"
    return told if part or not last else f"{year}-12"


def within(inner: str, outer: str) -> bool:
    """Whether a period lies within another, as far as both are told (`2023-11`, `2023-Q4` within
    `2023-01/2023-11`? the first, not the second; days where both tell them: `2024-02-10` lies within
    `2024-02-10/2024-02-17`, not the span within the day)."""
    if not inner or not outer:
        return inner == outer
    starts = (_first_day(period_start(outer)), _first_day(period_start(inner)))
    ends = (_last_day(period_end(inner)), _last_day(period_end(outer)))
    return starts[0] <= starts[1] and ends[0] <= ends[1]


def before(earlier: str, later: str) -> bool:
    """Whether a period ends before another begins (`2017` before `2018-H1`), both told."""
    return bool(earlier and later) and _last_day(period_end(earlier)) < _first_day(period_start(later))


def _first_day(bound: str) -> str:
    """A period's start as a whole ISO date (`2023` → `2023-01-01`, `2023-12` → `2023-12-01`)."""
    return bound + "-01-01"[len(bound) - 4 :]


def _last_day(bound: str) -> str:
    """A period's end as a whole ISO date, or later than any day of its month (`2023-12` → `2023-12-31`)."""
    return bound + "-12-31"[len(bound) - 4 :]
