"""When a figure holds (ANNOTATION §7): the time that governs it, nearest
first: a time in its clause, in its sentence, in the paragraphs before it,
the heading of its section, the article's title; else the article's year for
what is actual."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import takewhile

import regex

from extract.context import Context
from extract.frame import Frame, quoted, spoken
from extract.rules import Rules, last_match
from extract.segment import sentences_around
from extract.times import (
    DAY,
    MONTH_SPAN,
    YEAR,
    ArticleDate,
    Time,
    before,
    end_of,
    period_end,
    period_start,
    within,
    years_in_span,
)

# a span of years, or of quarters within a year: `2017/2019`, `2023-Q1/2023-Q4`
PARTS_SPAN = regex.compile(
    r"(?P<first>[0-9]{4})/(?P<last>[0-9]{4})|(?P<year>[0-9]{4})-Q(?P<first>[1-4])/(?P=year)-Q(?P<last>[1-4])"
)
PARAGRAPHS_BACK = 2  # how many paragraph breaks a time reaches across
PART_REACH = 200  # characters before a figure its part of the sentence (after a semicolon) is looked for in
QUALIFIER_REACH = 4  # how many characters (`的全国`) may stand between a qualifying time and its figure
BRACKET_REACH = 8  # ... where the time opens a bracket, the figure's label too (`(2023年同期:每股港币6.5仙)`)
OPENING_BRACKETS = ("(", "（")
PARAGRAPH_START = regex.compile(r"(?m)^(?=[^\S\n]*\S)")  # a line with text (a blank `\r\n` reads ` \n`)
PARAGRAPH_START_MARKS = regex.compile(r"[^\S\n]*")  # the blanks a paragraph's text may start after


def article_periods(
    text: str, offset: int, date: str, sentence_starts: list[int], figure_starts: list[int], frame: Frame, rules: Rules
) -> Periods:
    """The times of an article's text (or of its chunk at `offset`), ready to date its figures
    (which begin at `figure_starts`, in order)."""
    article_date = ArticleDate.of(date)
    in_text = [_shifted(time, offset) for time in frame.times if offset <= time.start < offset + len(text)]
    times = [time for time in in_text if time.governs and not time.qualifies]
    qualifiers = [time for time in in_text if time.qualifies]
    bases = [time for time in in_text if not time.governs]
    sections = [_shifted(time, offset) for time in frame.sections if time.start >= offset]
    items = [(run - offset, item - offset) for run, item in frame.items if item >= offset]
    title = _shifted(frame.title_time, offset) if frame.title_time else None
    issued = frame.issued.period if frame.issued else ""
    documents = [_shifted(time, offset) for time in frame.documents if offset <= time.start < offset + len(text)]
    year = str(article_date.year) if article_date.year else ""
    return Periods(
        text,
        times,
        qualifiers,
        bases,
        year,
        date,
        sentence_starts,
        figure_starts,
        sections,
        items,
        title,
        frame.title_holds,
        issued,
        documents,
        rules,
    )


def _shifted(time: Time, offset: int) -> Time:
    return replace(time, start=time.start - offset, end=time.end - offset)


@dataclass
class Periods:
    text: str
    times: list[Time]
    qualifiers: list[Time]  # times that date only the figure right after them
    bases: list[Time]  # times that date no figure: comparison bases (`比2020年增长`), founding dates, ...
    article_year: str
    article_date: str  # as meta.csv gives it: `2021`, `2021-09` or `2021-09-09`
    sentence_starts: list[int]
    figure_starts: list[int]
    sections: list[Time]  # the times of headings, each governing the text after it
    items: list[tuple[int, int]]  # where each paragraph of a numbered item and its run of items begin
    title_time: Time | None
    title_holds: bool  # the title's time governs to the end of the text: a survey's reference time
    issued: str  # the date the document was issued
    documents: list[Time]  # where the text names an issued document again: it dates its parameters
    rules: Rules

    def __post_init__(self) -> None:
        self.starts = [time.start for time in self.times]
        self.document_starts = [time.start for time in self.documents]
        self.qualifier_ends = [time.end for time in self.qualifiers]
        self.section_starts = [section.start for section in self.sections]
        self.item_starts = [item for _, item in self.items]
        date = ArticleDate.of(self.article_date)
        self.told_days = date.told_days
        self.spoken_starts = {time.start for time in self.times if not time.now and spoken(self.text, time.start)}
        # The title's time, and each heading's, governs until another time takes over.
        self.title_until = self._title_until()
        self.section_until = [self._taken_over(section, section.end) for section in self.sections]
        self.paragraph_starts = [found.start() for found in PARAGRAPH_START.finditer(self.text)]
        headings = set(self.section_starts)
        self.text_start = next((start for start in self.paragraph_starts if start not in headings), len(self.text))
        self.lists = self._lists()
        self.list_starts = [start for start, _, _ in self.lists]
        self.governed: dict[int, Time | None] = {}  # by a figure's start: its period and modality both ask

    def _lists(self) -> list[tuple[int, int, Time]]:
        """The lists the text opens with a line ending in a colon that holds a time: where their
        items run, and that time."""
        lists = []
        item, opens = self.rules.periods.list_item.finds, self.rules.periods.list_item.pattern("left")
        lines = [(start, self.text.find("\n", start)) for start in self.paragraph_starts]
        for index, (start, end) in enumerate(lines):
            end = len(self.text) if end == -1 else end
            on_line = self._between(start, end)
            if not on_line or item is None or opens.search(self.text, start, end) is None:
                continue
            items = list(takewhile(lambda line: item.match(self.text, line[0]), lines[index + 1 :]))
            if items:
                last_end = items[-1][1]
                lists.append((end, len(self.text) if last_end == -1 else last_end, on_line[-1]))
        return lists

    def _taken_over(self, time: Time | None, start: int, happened: bool = False) -> int:
        """Where a time that governs from `start` meets the first other time after it, not one
        within it (`11月当月` in a report on `前11个月` details it: past its reach, the report's
        time governs again), nor a span up to its end (`1—10月` in a report on `10月份`), nor the
        day the news was told (`今日公布...中期业绩`, `记者昨日获悉`) or came out (`_day_of_the_news`),
        nor the day of an event looked back at (`_flashback`), nor a speaker's time (`_speakers_time`);
        over what has `happened`, nor one after the article's date (a plan: `计划2025年3月开工`)."""
        period = time.period if time else ""
        later = self.times[bisect.bisect_left(self.starts, start) :]
        return next(
            (
                t.start
                for t in later
                if not t.lasting
                and not self._flashback(t)
                and not self._day_of_the_news(t)
                and not self._speakers_time(t)
                and not (happened and self._after_article(t))
                and t.period not in self.told_days
                and (t.now or not within(t.period, period))
                and not self._up_to(t, period)
            ),
            len(self.text),
        )

    def _speakers_time(self, time: Time) -> bool:
        """Whether a time is a speaker's: a now-word within quotation marks (`“...现在在家门口就能做...”`,
        or a title's marks), or any time within quoted speech (`“今年春节,…”`, `“2023年我们…”`): it
        dates their paragraph, not the paragraphs after it."""
        return quoted(self.text, time.start) if time.now else time.start in self.spoken_starts

    def _between(self, start: int, end: int) -> list[Time]:
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [time for time in self.times[low:high] if time.end <= end]

    def governing(self, context: Context) -> Time | None:
        """The time that dates a figure, nearest first, or None."""
        if context.start not in self.governed:
            self.governed[context.start] = self._governing(context)
        return self.governed[context.start]

    def _governing(self, context: Context, happened: bool = False) -> Time | None:
        """The time that dates a figure; of what has `happened`, neither a time told after it in its
        sentence, nor one after the article's date (`一期投资32亿元,计划2025年3月开工`), nor one of
        the paragraphs before it: its section's, or the title's or lead's, else none. Of the
        paragraphs before, not the day the news was told where the title tells another time, nor a
        time beside the title's (`_beside_the_title`), nor the day of an event looked back at
        (`_flashback`)."""
        qualifier = self._qualifier(context)
        if qualifier is not None:
            return qualifier
        cell = context.cell
        if cell and cell.header and cell.header_row:
            # a table's column headed by a time (`2023年`) is of that time; one headed by none, where
            # others are (`变动`), of the latest
            in_header = [time for time in self._between(*cell.header) if time.governs]
            in_row = [time for time in self._between(*cell.header_row) if time.governs]
            if in_header or in_row:
                return in_header[-1] if in_header else max(in_row, key=lambda time: time.period)
        between = self._between_before_the_article if happened else self._between
        in_clause_before = between(context.clause_start, context.start)
        if in_clause_before:
            return in_clause_before[-1]
        # an untold time after the figure (`二期300MW项目投产后将形成...`) dates what comes after it
        in_clause_after = [time for time in self._between(context.end, context.clause_end) if time.period or time.now]
        if in_clause_after and not happened:
            return in_clause_after[0]
        part_break = self.rules.segments.part_break.search(self.text, context.end, context.sentence_end)
        part_end = (
            part_break.start() if part_break else context.sentence_end
        )  # a time after the figure dates it within its part
        after = [
            time for time in self._between(context.end, part_end) if not time.lasting and not self._opens_a_figure(time)
        ]
        # a span up to now dates its own clause, and the clauses after only where it opens the sentence
        # or the part of it the figure is in (`近年来,...`, `...;“十四五”以来,全市累计投入...`; not
        # `...增长4.9%,连续15年位居全球第一;完成集装箱吞吐量...`)
        part_start = context.sentence_start
        searched = max(context.sentence_start, context.start - PART_REACH)  # not the whole of a long sentence
        while (part := self.rules.segments.part_break.search(self.text, searched, context.start)) is not None:
            part_start = searched = part.end()
        told_before = between(context.sentence_start, context.start)
        openings = (
            [
                (start, self._first_clause_end(self._past_news_source(start, context.start), context.start))
                for start in {context.sentence_start, part_start}
            ]
            if any(time.lasting and time.now for time in told_before)  # only these need them
            else []
        )
        in_sentence = [
            time
            for time in told_before
            if not (time.lasting and time.now)
            or time.start >= context.clause_start
            or any(start <= time.start and time.end <= end for start, end in openings)
        ] or ([] if happened else after)
        if in_sentence:
            if in_sentence[-1].end > context.start:
                return in_sentence[0]
            # a time that does not govern past its own sentence (a detail: `1-10月,...,其中10月当月
            # 增长11.3%;`, an aim: `力争全年...;`, an event's, an untold one, a review's past years),
            # told after another in it, dates its own part only: past it, the whole, or the time
            # told before, governs again
            last = in_sentence[-1]
            if not (last.lasting and not last.now and last.start < part_start and len(in_sentence) > 1):
                return last
            wholes = [
                time for time in in_sentence[:-1] if within(last.period, time.period) and time.period != last.period
            ]
            return wholes[-1] if wholes else in_sentence[-2]
        at = bisect.bisect_right(self.list_starts, context.start) - 1
        if at >= 0 and context.start < self.lists[at][1]:
            return self.lists[at][2]
        paragraph = bisect.bisect_right(self.paragraph_starts, context.start) - 1
        # from a numbered item, back from where its run begins: the items before it are passed over
        run_start, item_start = self._item(context.start)
        back_from = bisect.bisect_right(self.paragraph_starts, run_start) - 1
        reach = self.paragraph_starts[max(back_from - PARAGRAPHS_BACK, 0)] if paragraph >= 0 else 0
        section = bisect.bisect_right(self.section_starts, context.start) - 1
        heading = self.sections[section] if section >= 0 else None
        if paragraph >= 0 and self._opens_with_speech(self.paragraph_starts[paragraph]):
            reach = self.paragraph_starts[paragraph]
        paragraph_start = self.paragraph_starts[paragraph] if paragraph >= 0 else 0
        goes_on = self.text.startswith(self.rules.segments.continuing_openings, paragraph_start)  # `其中,...`
        # of what has happened, not a time of the paragraphs before (a plan's, or one it left);
        # nor the occasion (`假期期间`) named in one; nor any where a survey's reference time holds
        before = [
            time
            for time in ([] if happened else self._between(reach, context.sentence_start))
            if not time.lasting
            and not self._flashback(time)
            and not (time.start < paragraph_start and (self._speakers_time(time) or self._day_of_the_news(time)))
            # not past the heading of its section, but the same time written otherwise (`1—9月`, `前三季度`)
            and (heading is None or time.start >= heading.start or _same_span(time.period, heading.period))
            # nor one before the title's told in an item of the run before this one (`二是...去年`)
            and not (run_start <= time.start < item_start and self._before_the_title(time))
            and (
                time.start >= paragraph_start
                or goes_on
                or not ((self._beside_the_title(time) and not self._opens_a_section(time)) or time.story)
            )
            and not (
                time.start < paragraph_start
                and (self._told_on_another_time(time) or (self.title_holds and not goes_on))
            )
        ]
        if before:
            return before[-1]
        if heading is not None:
            if context.start >= self.section_until[section]:
                return None
            return self.title_time if self._title_tells(heading) else heading
        # the title's time governs until another takes over, but one before it told in an item before this one
        until = self.title_until_happened if happened else self.title_until
        if context.start < until:
            return self.title_time
        taking = bisect.bisect_left(self.starts, until)
        taken_by = self.times[taking] if taking < len(self.times) and self.starts[taking] == until else None
        item_before = taken_by is not None and self._before_the_title(taken_by) and run_start <= until < item_start
        return self.title_time if item_before else None

    def _before_the_title(self, time: Time) -> bool:
        """Whether a time ends before the title's begins (`去年` in a report on `上半年`; not `9月末` in
        one on `前三季度`, nor a plan's year after it, nor any where the title tells none): told in an
        item, it is that item's own."""
        return self.title_time is not None and before(time.period, self.title_time.period)

    def _item(self, at: int) -> tuple[int, int]:
        """Where the run of numbered items and the item whose paragraph `at` lies in begin (`at`
        for both where it lies in none)."""
        item = bisect.bisect_right(self.item_starts, at) - 1
        if item < 0:
            return at, at
        next_paragraph = bisect.bisect_right(self.paragraph_starts, self.items[item][1])
        in_its_paragraph = next_paragraph == len(self.paragraph_starts) or at < self.paragraph_starts[next_paragraph]
        return self.items[item] if in_its_paragraph else (at, at)

    @cached_property
    def title_until_happened(self) -> int:
        """Where the title's time stops governing what has happened: past plans told after the
        article's date. Read only where an actual figure met such a plan."""
        return self._title_until(happened=True)

    def _title_until(self, happened: bool = False) -> int:
        """Where the title's time stops governing: where another takes over, but a survey's
        reference time governs to the end."""
        if self.title_holds:
            return len(self.text)
        return self._taken_over(self.title_time, self.title_time.end if self.title_time else 0, happened)

    def _between_before_the_article(self, start: int, end: int) -> list[Time]:
        return [time for time in self._between(start, end) if not self._after_article(time)]

    def _title_tells(self, time: Time) -> bool:
        """Whether the title tells a time of the article's year more precisely: from that year's
        start (`今年以来` in a report on `前三季度`, `1-9月`)."""
        title = self.title_time.period if self.title_time else ""
        year = self.article_year
        return bool(title) and time.period == year and within(title, year) and period_start(title) == f"{year}-01"

    def _told_on_another_time(self, time: Time) -> bool:
        """Whether a time is the day the news was told (`今日公布业绩`, `(2024年11月20日,北京)`)
        where the title tells another, which the figures of the paragraphs after it are of
        (`...第三季度业绩`)."""
        title = self.title_time.period if self.title_time else ""
        return bool(title) and time.period in self.told_days and not within(time.period, title)

    @staticmethod
    def _up_to(time: Time, period: str) -> bool:
        """Whether a time is a span of months up to the end of `period` from before it (`1—10月`
        in a report on `10月份`; not `2015年` in one on its fourth quarter)."""
        months = MONTH_SPAN.fullmatch(time.period) is not None
        return months and within(period, time.period) and period_end(period) == period_end(time.period)

    def _opens_a_section(self, time: Time) -> bool:
        """Whether a time is told in the first sentence under a heading that some text is before
        (not a title's second line): it is the section's."""
        section = bisect.bisect_right(self.section_starts, time.start) - 1
        if section < 0 or self.sections[section].start <= self.text_start:
            return False
        first = bisect.bisect_right(self.paragraph_starts, self.sections[section].end)
        if first >= len(self.paragraph_starts) or self.paragraph_starts[first] > time.start:
            return False
        second_sentence = bisect.bisect_right(self.sentence_starts, self.paragraph_starts[first])
        return second_sentence >= len(self.sentence_starts) or time.start < self.sentence_starts[second_sentence]

    def _beside_the_title(self, time: Time) -> bool:
        """Whether a time lies within the title's and is shorter (`11月当月` in a report on `前11个月`,
        not `1-9月` in one on `前三季度`), or holds it and is longer (`1—10月平均` in a report on
        `10月份`, up to its end): it dates its own paragraph, and the title's time the paragraphs
        after it."""
        title = self.title_time.period if self.title_time else ""
        inside, holding = within(time.period, title), within(title, time.period)
        return inside != holding and (inside or self._up_to(time, title))

    def _flashback(self, time: Time) -> bool:
        """Whether a day is told in a sentence that tells no figure and lies before the article's
        own time, itself a day (`截至8月9日,...报案4.72万件` then `台风7月28日登陆,...`): the day of
        an event looked back at, which dates nothing after its sentence, the article's day going on
        (not a year the story moves to: `2001年,中国加入WTO。这一年,...`; nor a day in an article on a
        month, which may open its story: `7月28日,二期工程开工。项目总投资50亿元`)."""
        title = self.title_time.period if self.title_time else ""
        both_days = DAY.fullmatch(title) is not None and DAY.fullmatch(time.period) is not None
        if not both_days or time.period >= title:
            return False
        return self._tells_no_figure(*sentences_around(self.sentence_starts, time.start, time.end, len(self.text)))

    def _day_of_the_news(self, time: Time) -> bool:
        """Whether a day past the span the article's time tells is told in a sentence that tells no
        figure but names that span (`截至7月31日,规上企业2023年半年报已全部报送` in an article on the
        first half): the day the news of the span came out, which dates its own paragraph at most,
        the article's time going on after (not a day a story moves on to: `截至10月25日,秋收已结束`)."""
        title = self.title_time.period if self.title_time else ""
        if not title or DAY.fullmatch(title) is not None or DAY.fullmatch(time.period) is None:
            return False
        span_end = period_end(title)  # (to the month)
        if span_end >= time.period[: len(span_end)]:
            return False
        start, end = sentences_around(self.sentence_starts, time.start, time.end, len(self.text))
        names_the_span = any(other.period == title for other in self._between(start, end))
        return names_the_span and self._tells_no_figure(start, end)

    def _tells_no_figure(self, start: int, end: int) -> bool:
        return bisect.bisect_left(self.figure_starts, start) == bisect.bisect_left(self.figure_starts, end)

    def _opens_a_figure(self, time: Time) -> bool:
        """Whether a figure follows a time in its clause (`面积60万亩,2022年产量8.2万吨`): the
        time dates that figure, not those before it."""
        clause_break = self.rules.segments.clause_break.search(self.text, time.end)
        clause_end = clause_break.start() if clause_break else len(self.text)
        following = bisect.bisect_left(self.figure_starts, time.end)
        return following < len(self.figure_starts) and self.figure_starts[following] < clause_end

    def _past_news_source(self, start: int, end: int) -> int:
        """Where a sentence's own words start: past an opening clause that only tells where the news
        came from (`记者从市人社局了解到,`)."""
        told = self.rules.periods.news_source.pattern("right").match(self.text[start:end])
        return start + told.end() if told else start

    def _first_clause_end(self, start: int, end: int) -> int:
        """Where the first clause from `start` ends, before `end`."""
        breaking = self.rules.segments.clause_break.search(self.text, start, end)
        return breaking.start() if breaking else end

    def _opens_with_speech(self, paragraph_start: int) -> bool:
        """Whether a paragraph opens with direct speech: a new voice, which the times of the
        paragraphs before it do not reach."""
        opening = PARAGRAPH_START_MARKS.match(self.text, paragraph_start)
        return (
            opening is not None and self.text[opening.end() : opening.end() + 1] in self.rules.segments.speech_openings
        )

    def _qualifier(self, context: Context) -> Time | None:
        """A qualifying time that ends just before the figure, or before the list of figures it
        ends in its clause (`高于上年同期的28.4亿美元和2.3美元`)."""
        at = bisect.bisect_right(self.qualifier_ends, context.start) - 1
        if at < 0:
            return None
        time = self.qualifiers[at]
        bracketed = self.text[time.start - 1 : time.start] in OPENING_BRACKETS
        reach = BRACKET_REACH if bracketed else QUALIFIER_REACH
        close = context.start - time.end <= reach  # a break between them too: `(2023年同期:55.4港仙)`
        listed = self.rules.segments.list_joiner.fullmatch(self.text, context.start - 1, context.start)
        return time if close or (listed and context.clause_start <= time.start) else None

    def period(self, context: Context, modality: str) -> str:
        table = self.rules.periods
        if modality in table.dated_by_issue:
            return self._issue(context)
        growth_years = self._growth_years(context) or self._respective_time(context)
        if growth_years:
            return growth_years
        dated_by_article = modality in table.dated_by_article
        if not dated_by_article and self._forecasts_an_effect(context):
            return self._time_of_effect(context)
        time = self.governing(context)
        told_before_in_sentence = time is not None and context.sentence_start <= time.start < context.start
        if dated_by_article and time is not None and self._after_article(time) and not told_before_in_sentence:
            time = self._governing(context, happened=True)
        if time is not None and not time.now and not (dated_by_article and self._after_article(time)):
            period = self._respective_part(time, context) or time.period
            if table.change_start.applies({"left": context.clause_left, "right": context.clause_right}):
                start = self._change_start(context, time, period)
                if start:
                    return start
            parts = {
                "left": context.clause_left,
                "sentence_left": context.sentence_left,
                "years": str(years_in_span(period) or ""),
            }
            stock = table.stock.any_applies(parts)
            return end_of(period) if stock else period
        return self.article_year if dated_by_article else ""

    def _forecasts_an_effect(self, context: Context) -> bool:
        effect = self.rules.periods.effect_forecast
        told = (
            effect.pattern("left").search(context.clause_left),
            effect.pattern("right").search(context.clause_right),
        )
        return told != (None, None)  # either tells it

    def _time_of_effect(self, context: Context) -> str:
        """The time an effect is forecast for: one told before it in its own clause or in its
        sentence's first clause (`2024年,全市力争拉动社会投资500亿元`, `预计今年可带动就业2万人,
        创造税收3亿元`), not the day the news is told (`今(9日)`), else none."""
        first_break = self.rules.segments.clause_break.search(self.text, context.sentence_start, context.start)
        first_clause_end = first_break.start() if first_break else context.start
        before = [
            time
            for time in self._between(context.sentence_start, context.start)
            if (time.start >= context.clause_start or time.end <= first_clause_end)
            and time.period
            and not (time.now or time.story or time.lasting)  # nor the occasion or its document (`是次预算案`)
            and time.period not in self.told_days
        ]
        return before[-1].period if before else ""

    def _change_start(self, context: Context, governing: Time, period: str) -> str:
        """The time a change starts from, for the value it starts from told with no time of its own:
        the year another change told before it in its sentence starts from (`从2015年的...增加到2020年
        的...,比重由7.2%提高到8.4%` → `2015`; not a year compared with, `比2019年增长`), else the year
        before the year or the span of years that governs it (`“十三五”期间` → `2015`), or the span's
        first year where the text writes it (`2015年至2017年间` → `2015`), else empty."""
        started = [
            time.period
            for time in self.qualifiers
            if context.sentence_start <= time.start and time.end <= context.start
        ]
        if started and YEAR.fullmatch(started[-1]):
            return started[-1]
        first, _, last = period.partition("/")
        if not (YEAR.fullmatch(first) and (not last or YEAR.fullmatch(last))):
            return ""
        written_from = last and self.text.startswith(first, governing.start)
        return first if written_from else str(int(first) - 1)

    def _growth_years(self, context: Context) -> str:
        """The years of growth of an average growth rate whose sentence names a base year and a
        last one before it (`从2015年的...到2020年的...,年均增长9%`, `2020年...比2015年增长...,年均增长9%`
        → `2016/2020`), else empty."""
        if not self.rules.periods.average_growth.applies({"left": context.clause_left}):
            return ""
        growth_base = self.rules.periods.growth_base
        # of the times that date no figure, a year compared with, not a founding date nor a record's
        # start (`创2013年以来新高`)
        named = self._between(context.sentence_start, context.start) + [
            time
            for time in [*self.qualifiers, *self.bases]
            if context.sentence_start <= time.start
            and time.end <= context.start
            and (time.qualifies or growth_base.applies({"left": self.text[context.sentence_start : time.start]}))
        ]
        years = sorted(int(time.period) for time in named if YEAR.fullmatch(time.period))
        if len(years) < 2 or years[0] == years[-1]:
            return ""
        first, last = years[0] + 1, years[-1]
        return f"{first}/{last}" if first < last else str(last)

    def _respective_time(self, context: Context) -> str:
        """The time a figure takes in a list told with `分别` after a list of as many times in its
        sentence (`2020年、2021年及2022年,营业收入分别为2.86亿元、6.43亿元和9.17亿元` → `2021`
        for the second), else empty."""
        listed_at = self._in_a_list(context, context.clause_start)
        if listed_at is None:
            return ""
        told, before, after = listed_at
        joiner = self.rules.segments.list_joiner
        runs: list[list[Time]] = []
        for time in self._between(context.sentence_start, told):
            joined = runs and joiner.fullmatch(self.text, runs[-1][-1].end, time.start)
            if joined:
                runs[-1].append(time)
            else:
                runs.append([time])
        events = self.rules.periods.counted_events
        listed = next(
            (
                run
                for run in reversed(runs)
                if len(run) == before + 1 + after > 1 and not events.applies({"right": self.text[run[-1].end :]})
            ),
            None,
        )
        return listed[before].period if listed else ""

    def _in_a_list(self, context: Context, start: int) -> tuple[int, int, int] | None:
        """Where the last `分别` between `start` and a figure begins, and how many items of the list
        after it come before the figure and after it (`分别为21.3亿元、40.2亿元和66.8亿元`: one and
        one for the second); None where there is none."""
        told = last_match(self.rules.segments.respectively, self.text, start, context.start)
        if told is None:
            return None
        joiner = self.rules.segments.list_joiner
        before = len(joiner.findall(self.text, told.end(), context.start))
        return told.start(), before, len(joiner.findall(self.text, context.end, context.clause_end))

    def _respective_part(self, time: Time, context: Context) -> str:
        """The year or quarter of a span that a figure takes in a list of one figure for each, told
        with `分别` (`2017年至2019年间,营业支出分别为21.3亿元、40.2亿元和66.8亿元`,
        `第一季度至第四季度分别实现营业收入...`), else empty; not where the span is told as a
        whole (`前三季度,一二三产业增加值分别...`: the parts are the industries)."""
        parts = _parts_of(time.period)  # most times are no span: the cheap test first
        if not parts or self.rules.periods.span_told_whole.match_at(self.text, time.start):
            return ""
        listed_at = self._in_a_list(context, max(time.end, context.clause_start))
        if listed_at is None:
            return ""
        _, before, after = listed_at
        return parts[before] if before + 1 + after == len(parts) else ""

    def ahead(self, context: Context) -> Time | None:
        """The time that dates a figure, in its clause or opening its sentence, where it is of a year
        after the article's (`明年,...`; not a day to come of its year, nor a deadline further on)."""
        time = self.governing(context)
        if time is None or time.now or not self.article_year:
            return None
        opening = time.start >= context.sentence_start and not self.text[context.sentence_start : time.start].strip()
        told_here = context.clause_start <= time.start < context.clause_end or opening
        return time if told_here and period_start(time.period)[:4] > self.article_year else None

    def _after_article(self, time: Time) -> bool:
        """Whether a time begins after the article's date, as precisely as both are told: what
        is actual cannot hold then, but for what a budget sets for its year."""
        if time.budgeted:
            return False
        start = period_start(time.period)
        told = min(len(start), len(self.article_date))
        return bool(self.article_year) and start[:told] > self.article_date[:told]

    def _issue(self, context: Context) -> str:
        """A policy's parameter is dated by a time in its own sentence, by the time that governs
        a sentence that issues it (`在当地设立奖教金,每年奖励10名教师`), or by the issue of a
        policy told before it (`2017年,...出台...政策` then `比如,...奖励50万元`), else by
        the document's date line; where its sentence names a document issued before, by that; where
        it tells the policy is still to come, by nothing."""
        at = bisect.bisect_left(self.document_starts, context.start) - 1
        if at >= 0 and self.documents[at].start >= context.sentence_start:
            return self.documents[at].period
        to_come = self.rules.periods.policy_to_come.found_in(self.text, context.sentence_start, context.sentence_end)
        time = self.governing(context)
        if time is None or time.now or not time.period:  # a relative time (`投产后`) leaves the issue to date it
            return "" if to_come else self.issued
        replaced = {"left": context.clause_left, "right": context.clause_right}
        if self.rules.periods.replaced_parameter.applies(replaced):
            return time.period
        if context.sentence_start <= time.start < context.sentence_end:
            return time.period
        if to_come and not self._in_paragraph_of(time, context):  # a policy told since, still to come
            return ""
        if self._issues_a_policy(time):
            return time.period
        issued_here = self.rules.periods.policy_issue.found_in(self.text, context.sentence_start, context.sentence_end)
        return time.period if issued_here else self.issued

    def _in_paragraph_of(self, time: Time, context: Context) -> bool:
        paragraph = bisect.bisect_right(self.paragraph_starts, context.start)
        return paragraph > 0 and time.start >= self.paragraph_starts[paragraph - 1]

    def _issues_a_policy(self, time: Time) -> bool:
        sentence_end = sentences_around(self.sentence_starts, max(time.start, 0), max(time.end, 0), len(self.text))[1]
        return self.rules.periods.policy_issue.found_in(self.text, max(time.end, 0), sentence_end)


def _parts_of(period: str) -> list[str]:
    """The years of a span of years, the quarters of a span of them in one year (`2023-Q1/2023-Q4`),
    in order; else none."""
    span = PARTS_SPAN.fullmatch(period)
    if span is None:
        return []
    year, first, last = span.group("year"), int(span.group("first")), int(span.group("last"))
    return [f"{year}-Q{part}" if year else str(part) for part in range(first, last + 1)]


def _same_span(period: str, other: str) -> bool:
    return within(period, other) and within(other, period)
