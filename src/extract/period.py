"""When a figure holds (ANNOTATION §7): the time expressions of
`periods.yaml`, resolved against the article's date, and the time that
governs each figure: its clause, its sentence, its paragraph, the paragraphs
before, else the article's year for what is actual."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from extract.context import Context, paragraph_context
from extract.read import Article
from extract.rules import RuleError, Rules, compile_pattern, context_rules

PARAGRAPHS_BACK = 2  # how many paragraph breaks a time reaches across


@dataclass(frozen=True)
class TimeRule:
    name: str
    pattern: regex.Pattern[str]
    period: str
    now: bool


@dataclass(frozen=True)
class Time:
    start: int
    end: int
    period: str  # empty for a span up to now
    now: bool


class Periods:
    def __init__(self, rules: Rules) -> None:
        table = rules.raw["periods"]
        self.rules = [
            TimeRule(
                e["name"], compile_pattern(e["pattern"], f"periods.yaml/{e['name']}"), e.get("period", ""), bool(e.get("now"))
            )
            for e in table["times"]
        ]
        self.not_governing = context_rules(table["not_governing"], {}, "periods.yaml/not_governing")
        self.halves = {str(k): int(v) for k, v in table["halves"].items()}
        self.quarters = {str(k): int(v) for k, v in table["quarters"].items()}
        self.relative_years = {str(k): int(v) for k, v in table["relative_years"].items()}
        self.plans = {str(k): str(v) for k, v in table["five_year_plans"].items()}
        self.policy_issued = compile_pattern(table["policy_issue"]["pattern"], "periods.yaml/policy_issue")
        for rule in self.rules:
            if rule.pattern.groups != len(rule.pattern.groupindex):
                raise RuleError(f"periods.yaml/{rule.name}: use named groups only")

    def resolve(self, rule: TimeRule, groups: dict[str, str | None], year: int | None) -> str:
        values: dict[str, str] = {}
        for name, value in groups.items():
            if value is None:
                continue
            if name in ("month", "month2", "day"):
                values[name] = f"{int(value):02d}"
            elif name == "half":
                values[name] = str(self.halves[value])
            elif name == "quarter":
                values[name] = str(self.quarters[value])
            elif name == "plan":
                values[name] = self.plans.get(value, "")
            elif name == "relative":
                values[name] = str(year + self.relative_years[value]) if year else ""
            else:
                values[name] = value
        values["article_year"] = str(year) if year else ""
        if ("{relative}" in rule.period and not values.get("relative")) or ("{article_year}" in rule.period and not year):
            return ""
        return rule.period.format(**values)

    def _matches(self, text: str) -> list[tuple[regex.Match[str], TimeRule]]:
        """The time expressions of `text` from left to right, the first rule winning where several
        start at one place: as one alternation of all rules would find them, many times faster."""
        at_each_start = sorted(
            (found.start(), order, found, rule)
            for order, rule in enumerate(self.rules)
            for found in rule.pattern.finditer(text, overlapped=True)
        )
        taken = []
        end = 0
        for start, _, found, rule in at_each_start:
            if start >= end:
                taken.append((found, rule))
                end = found.end()
        return taken

    def for_article(self, article: Article) -> ArticlePeriods:
        year = int(article.date[:4]) if article.date[:4].isdigit() else None
        text = article.text
        times = []
        for found, rule in self._matches(text):
            start, end = found.span()
            left, right = paragraph_context(text, start, end)
            if any(r.applies(left, found.group(), right) for r in self.not_governing):
                continue
            times.append(Time(start, end, self.resolve(rule, found.groupdict(), year), rule.now))
        return ArticlePeriods(text, times, str(year) if year else "", self.policy_issued)


@dataclass
class ArticlePeriods:
    text: str
    times: list[Time]
    article_year: str
    policy_issued: regex.Pattern[str]

    def __post_init__(self) -> None:
        self.starts = [time.start for time in self.times]
        self.paragraph_starts = [found.start() for found in regex.finditer(r"(?m)^(?=[^\n])", self.text)]

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
        part_end = context.sentence_end  # a time after the figure dates it only up to a semicolon
        for mark in "；;":
            found = self.text.find(mark, context.end, part_end)
            part_end = found if found != -1 else part_end
        in_sentence = self._between(context.sentence_start, context.start) or self._between(context.end, part_end)
        if in_sentence:
            return in_sentence[-1] if in_sentence[-1].end <= context.start else in_sentence[0]
        paragraph = bisect.bisect_right(self.paragraph_starts, context.start) - 1
        reach = self.paragraph_starts[max(paragraph - PARAGRAPHS_BACK, 0)] if paragraph >= 0 else 0
        before = self._between(reach, context.sentence_start)
        return before[-1] if before else None

    def period(self, context: Context, modality: str) -> str:
        time = self.governing(context)
        if time is not None and modality == "policy" and not context.sentence_start <= time.start < context.sentence_end:
            ends = [i for i in (self.text.find("。", time.end), self.text.find("\n", time.end)) if i != -1]
            if not self.policy_issued.search(self.text, time.end, min(ends, default=len(self.text))):
                time = None  # only the issue of a policy dates its parameters
        if time is not None and not time.now:
            return time.period
        return self.article_year if modality == "actual" else ""
