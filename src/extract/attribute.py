"""Say what each figure measures, whose it is and when: indicator
(`indicator.py`), measure and modality (the cues of `rules/cues.yaml`),
subject (`subject.py`) and period (`period.py`); then the passes that read
figures together: restatements and sidebar headlines."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from extract.context import Context
from extract.frame import Frame
from extract.indicator import figure_indicators
from extract.normalise import Quantity
from extract.period import article_periods
from extract.rules import Rules, first_label, first_rule
from extract.subject import article_subjects
from extract.times import ArticleDate

HEADLINE_REACH = 400  # how far after a sidebar's headline figure its caption may restate it
PASSED = (">", ">=")  # the approximations of a threshold passed (`突破`, `超过`, `以上`)
AMONG_THE_FIRST = "<="  # the approximation of a rank among the first places (`前三位`)
THRESHOLD_REACH = Decimal("1.5")  # a title's threshold is a round figure below the one passed, not far below

Figure = tuple[Context, Quantity]


@dataclass(frozen=True)
class Attribution:
    indicator: str
    measure: str
    subject: str
    period: str
    modality: str
    unit: str  # the quantity's, its local currency named (`元` in a Hong Kong article is HKD)
    approx: str | None = None  # where a restatement takes its statement's approx (§7)


def attribute(
    text: str, offset: int, date: str, sentence_starts: list[int], figures: list[Figure], frame: Frame, rules: Rules
) -> list[Attribution]:
    """The attribution of each figure of `text` (an article of `date`, or its chunk at `offset`)."""
    subjects = article_subjects(text, offset, sentence_starts, frame, rules)
    periods = article_periods(
        text, offset, date, sentence_starts, [context.start for context, _ in figures], frame, rules
    )
    indicators = figure_indicators(figures, rules, frame.topic)
    cues = rules.cues
    article_year = ArticleDate.of(date).year
    ranks = [quantity.kind in rules.indicators.ranking_kinds for _, quantity in figures]
    in_turn = subjects.in_turn([context for context, _ in figures], ranks)
    attributions = []
    for index, ((context, quantity), figure_indicator) in enumerate(zip(figures, indicators, strict=True)):
        parts = {
            "left": context.clause_left,
            "right": context.clause_right,
            "sentence_left": context.sentence_left,
            "sentence_right": context.sentence_right,
            "kind": quantity.kind,
            "unit": quantity.unit,
            "indicator": figure_indicator,
        }
        # a cue of the figure's own clause before one of an earlier clause (`给予20万元奖励,力争...5000家`)
        own_clause = {**parts, "sentence_left": context.clause_left, "sentence_right": context.clause_right}
        cue = first_rule(cues.modality[quantity.kind], own_clause)
        in_a_longer_sentence = (context.clause_start, context.clause_end) != (
            context.sentence_start,
            context.sentence_end,
        )
        if cue is None and in_a_longer_sentence:
            cue = first_rule(cues.modality_in_sentence[quantity.kind], parts)
        by_frame = cues.plan_heading.label if frame.planned_at(offset + context.start) else frame.modality
        time = periods.ahead(context)
        ahead = time and cues.modality_ahead.applies({"time": text[time.start : time.end]})
        modality = cue.label if cue else by_frame or (ahead and cues.modality_ahead.label) or cues.modality_default
        period = periods.period(context, modality)
        # an estimate of a period that has ended is what happened, and so is a figure a policy
        # document tells of such a period with no cue of its own (`2023年,全市新能源产业实现产值...`)
        ended = cue.name in cues.ended_expectations if cue else modality == frame.modality and bool(frame.modality)
        if ended:
            as_done = periods.period(context, cues.modality_default)
            if _ended_before(as_done, article_year):
                modality, period = cues.modality_default, as_done
        attributions.append(
            Attribution(
                indicator=figure_indicator,
                measure=first_label(cues.measure[quantity.kind], parts, cues.measure_default),
                subject=in_turn.get(index)
                or subjects.in_table(context.cell)
                or subjects.subject(context, figure_indicator, _first_places(quantity, rules)),
                period=period,
                modality=modality,
                unit=_local_unit(quantity.unit, frame, rules),
            )
        )
    taken = _headlines_take_their_captions(figures, _conversions_take_their_amounts(figures, attributions, rules))
    if offset == 0:
        taken = _titles_take_their_body(text, frame.title, figures, taken)
    return _restatements_take_their_statements(figures, taken)


def _titles_take_their_body(
    text: str, title: str, figures: list[Figure], attributions: list[Attribution]
) -> list[Attribution]:
    """A figure of the title line that the body states again, of the same value and unit, previews
    that fact (§7): it takes the body's fields (`上修今年经济成长率至1.61%` over a forecast); so
    does a threshold the title says a figure passed (`突破2000亿元`), where the body states the
    figure of its unit and indicator that passed it (`达836.7亿元`)."""
    first_line = text.split("\n", 1)[0]
    if not title or first_line.strip() != title:
        return attributions
    taken = list(attributions)
    body = [(i, other) for i, (later, other) in enumerate(figures) if later.start > len(first_line)]
    for index, (context, quantity) in enumerate(figures):
        if context.start >= len(first_line):
            break
        same = (i for i, other in body if (other.value, other.unit) == (quantity.value, quantity.unit))
        passed = (
            i
            for i, other in body
            if quantity.approx in PASSED
            and other.unit == quantity.unit
            and quantity.value <= other.value < quantity.value * THRESHOLD_REACH
            and attributions[i].indicator == attributions[index].indicator
        )
        stated = next(same, None)
        if stated is not None:  # and its approximation, where the title leaves it out (`增6倍` of `约是去年的6倍`)
            approx = figures[stated][1].approx if quantity.approx == "=" else None
            taken[index] = replace(attributions[stated], unit=attributions[index].unit, approx=approx)
        elif (stated := next(passed, None)) is not None:
            taken[index] = replace(attributions[stated], unit=attributions[index].unit, approx=None)
    return taken


def _first_places(quantity: Quantity, rules: Rules) -> int:
    """How many places a rank among the first takes together (`前三位` → 3), else 0."""
    among_the_first = quantity.kind in rules.indicators.ranking_kinds and quantity.approx == AMONG_THE_FIRST
    return int(quantity.value) if among_the_first else 0


def _ended_before(period: str, year: int | None) -> bool:
    """Whether a period (`2010`, `2019/2020`, `2010-Q4`) ends in a year before `year`."""
    last = period.rsplit("/", 1)[-1][:4]
    return year is not None and last.isdigit() and int(last) < year


def _local_unit(unit: str, frame: Frame, rules: Rules) -> str:
    local = rules.local_currency
    return frame.currency + unit.removeprefix(local) if unit.startswith(local) else unit


def _conversions_take_their_amounts(
    figures: list[Figure], attributions: list[Attribution], rules: Rules
) -> list[Attribution]:
    """An amount in another currency in brackets right after an amount converts it: it takes
    that amount's fields but its own unit."""
    taken = list(attributions)
    conversion = rules.cues.conversion
    for index in range(1, len(figures)):
        (before, amount), (context, quantity) = figures[index - 1], figures[index]
        if amount.kind == quantity.kind == "money" and conversion.applies(
            {"between": context.text[before.end : context.start]}
        ):
            taken[index] = replace(taken[index - 1], unit=attributions[index].unit)
    return taken


def _restatements_take_their_statements(figures: list[Figure], attributions: list[Attribution]) -> list[Attribution]:
    """A figure that restates the last earlier figure of its value and unit, stated with an
    approximation word (`突破2000亿元` ... `探访2000亿元GDP`), written with the same digits
    (`2万余台` is not restated by `20000台`), and measures the same indicator, takes that
    statement's fields and approx (§7). A limit (`最高不超过50万元`, `不低于3亿元`) is a
    parameter of its own clause: a later equal amount is no restatement."""
    taken = list(attributions)
    last_stated: dict[tuple[object, ...], int] = {}
    for index, (context, quantity) in enumerate(figures):
        digits = "".join(character for character in context.mention if character.isdigit())
        key = (quantity.value, quantity.value_max, quantity.unit, digits)
        earlier = last_stated.get(key)
        last_stated[key] = index
        if quantity.approx != "=" or earlier is None:
            continue
        statement = figures[earlier][1]
        restated = statement.approx in ("~", ">", "<")
        if restated and attributions[earlier].indicator == attributions[index].indicator:
            taken[index] = replace(taken[earlier], approx=statement.approx)
    return taken


def _headlines_take_their_captions(figures: list[Figure], attributions: list[Attribution]) -> list[Attribution]:
    """A sidebar's headline figure standing alone on its line (`35\\n\\n家`) takes
    the fields of the caption that restates it soon after."""
    taken = list(attributions)
    for index, (context, quantity) in enumerate(figures):
        if not context.alone_on_line:
            continue
        for later in range(index + 1, len(figures)):
            other_context, other = figures[later]
            if other_context.start - context.end > HEADLINE_REACH:
                break
            if (other.value, other.unit) == (quantity.value, quantity.unit) and not other_context.alone_on_line:
                taken[index] = attributions[later]
                break
    return taken
