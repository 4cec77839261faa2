"""When a figure holds (ANNOTATION §7): the time expressions of
`periods.yaml`, resolved against the article's date, and the time that
governs each figure: its clause, its sentence, its paragraph, the paragraphs
before, else the article's year for what is actual."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

import regex

from extract.context import Context
from extract.rules import PeriodRules, Rule, Rules, any_applies
from extract.segment import sentences_around
from extract.spans import paragraph_context

PARAGRAPHS_BACK = 2  # how many paragraph breaks a time reaches across
PARAGRAPH_START = regex.compile(r"(?m)^(?=[^\n])")
NOW = "now"  # the period of the spans that run up to the article's date


@dataclass(frozen=True)
class Time:
    start: int
    end: int
    period: str  # empty for a span up to now
    now: bool


def resolve(rule: Rule, groups: dict[str, str | None], year: int | None, table: PeriodRules) -> str:
    """The period a time expression gives: its rule's template filled with its groups, read through the tables."""
    readings: dict[str, Any] = {
        "month": lambda v: f"{int(v):02d}",
        "month2": lambda v: f"{int(v):02d}",
        "day": lambda v: f"{int(v):02d}",
        "half": lambda v: str(table.halves[v]),
        "quarter": lambda v: str(table.quarters[v]),
        "plan": lambda v: table.five_year_plans.get(v, ""),
        "relative": lambda v: str(year + table.relative_years[v]) if year else "",
    }
    values = {name: readings.get(name, str)(value) for name, value in groups.items() if value is not None}
    values["article_year"] = str(year) if year else ""
    if ("{relative}" in rule.label and not values.get("relative")) or ("{article_year}" in rule.label and not year):
        return ""
    return rule.label.format(**values)


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


def article_periods(text: str, date: str, sentence_starts: list[int], rules: Rules) -> Periods:
    """The times of an article (of `date`, as meta.csv gives it), ready to date its figures."""
    table = rules.periods
    year = int(date[:4]) if date[:4].isdigit() else None
    times = []
    for found, rule in _matches(text, table):
        start, end = found.span()
        left, right = paragraph_context(text, start, end)
        if any_applies(table.not_governing, {"left": left, "mention": found.group(), "right": right}):
            continue
        now = rule.label == NOW
        times.append(Time(start, end, "" if now else resolve(rule, found.groupdict(), year, table), now))
    return Periods(text, times, str(year) if year else "", sentence_starts, rules)


@dataclass
class Periods:
    text: str
    times: list[Time]
    article_year: str
    sentence_starts: list[int]
    rules: Rules

    def __post_init__(self) -> None:
        self.starts = [time.start for time in self.times]
        self.paragraph_starts = [found.start() for found in PARAGRAPH_START.finditer(self.text)]

    def _between(self, start: int, end: int) -> list[Time]:
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [time for time in self.times[low:high] if time.end <= end]

    def governing(self, context: Context) -> Time | None:
        """The time that dates a figure, nearest first, or None."""
        in_clause_before = self._between(context.clause_start, context.start)
        if in_clause_before:
            return in_clause_before[-1]
        in_clause_after = self._between(context.end, context.clause_end)
        if in_clause_after:
            return in_clause_after[0]
        part_break = self.rules.segments.part_break.search(self.text, context.end, context.sentence_end)
        part_end = (
            part_break.start() if part_break else context.sentence_end
        )  # a time after the figure dates it within its part
        in_sentence = self._between(context.sentence_start, context.start) or self._between(context.end, part_end)
        if in_sentence:
            return in_sentence[-1] if in_sentence[-1].end <= context.start else in_sentence[0]
        paragraph = bisect.bisect_right(self.paragraph_starts, context.start) - 1
        reach = self.paragraph_starts[max(paragraph - PARAGRAPHS_BACK, 0)] if paragraph >= 0 else 0
        before = self._between(reach, context.sentence_start)
        return before[-1] if before else None

    def period(self, context: Context, modality: str) -> str:
        table = self.rules.periods
        time = self.governing(context)
        if (
            time is not None
            and modality in table.dated_by_issue
            and not context.sentence_start <= time.start < context.sentence_end
        ):
            sentence_end = sentences_around(self.sentence_starts, time.start, time.end, len(self.text))[1]
            if not table.policy_issue.found_in(self.text, time.end, sentence_end):
                time = None  # only the issue of a policy dates its parameters
        if time is not None and not time.now:
            return time.period
        return self.article_year if modality in table.dated_by_article else ""
