"""Say what each figure measures, whose it is and when: indicator, measure,
modality (here), subject (`subject.py`) and period (`period.py`), from the
lexicons and cue rules of `rules/`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import regex

from extract.context import Context
from extract.normalise import Quantity
from extract.period import Periods
from extract.read import Article
from extract.rules import RuleError, Rules, compile_pattern
from extract.subject import Subjects

HEAD_NOUN_REACH = 6  # how far after a figure its noun may start (`357家市级科技型企业`)
MONEY_PHRASE = 20  # how far after an amount the name of what it is may end
NO_HEAD_NOUN_KINDS = frozenset({"percent", "multiple", "rank"})
PARENTHETICAL = regex.compile(r"[(（][^()（）]{0,12}[)）]")  # `R&D(研究与试验发展)支出`
NOUN_PHRASE_END = regex.compile(r"[、和及与]")
MONEY_OWNER = regex.compile(r"(?:规模)?的[“\"]?")
HEADLINE_REACH = 400  # how far after a sidebar's headline figure its caption may restate it


@dataclass(frozen=True)
class Attribution:
    indicator: str
    measure: str
    subject: str
    period: str
    modality: str
    approx: str | None = None  # where a restatement takes its statement's approx (§7)


@dataclass(frozen=True)
class CueRule:
    name: str
    label: str
    scope: str
    left: regex.Pattern[str] | None
    right: regex.Pattern[str] | None
    kinds: frozenset[str]
    units: frozenset[str]
    indicators: frozenset[str]

    def applies(self, context: Context, quantity: Quantity, indicator: str) -> bool:
        sentence = self.scope == "sentence"
        left = context.sentence_left if sentence else context.clause_left
        right = context.sentence_right if sentence else context.clause_right
        return (
            (not self.kinds or quantity.kind in self.kinds)
            and (not self.units or quantity.unit in self.units)
            and (not self.indicators or indicator in self.indicators)
            and (self.left is None or self.left.search(left) is not None)
            and (self.right is None or self.right.search(right) is not None)
        )


def _cue_rules(entries: list[dict[str, Any]], label_key: str) -> list[CueRule]:
    where = f"cues.yaml/{label_key}"
    return [
        CueRule(
            name=entry["name"],
            label=entry[label_key],
            scope=entry.get("scope", "clause"),
            left=compile_pattern(entry["left"], f"{where}/{entry['name']}") if "left" in entry else None,
            right=compile_pattern(entry["right"], f"{where}/{entry['name']}") if "right" in entry else None,
            kinds=frozenset(entry.get("kinds", ())),
            units=frozenset(entry.get("units", ())),
            indicators=frozenset(entry.get("indicators", ())),
        )
        for entry in entries
    ]


class Indicators:
    """Finds the indicator of a figure from the terms of `indicators.yaml`."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.term_indicator: dict[str, str] = {}
        self.unit_indicator: dict[str, str] = {}
        self.as_money: dict[str, str] = {}
        for entry in table["indicators"]:
            for term in entry.get("terms") or []:
                self.term_indicator.setdefault(str(term), entry["name"])
            for unit in entry.get("units") or []:
                self.unit_indicator[str(unit)] = entry["name"]
            if entry.get("as_money"):
                self.as_money[entry["name"]] = entry["as_money"]
        known = {entry["name"] for entry in table["indicators"]}
        self.all_indicators = frozenset(known)
        self.money = frozenset(table["money_indicators"])
        self.not_money_counts = frozenset(table["not_money_counts"])
        self.generic_heads = frozenset(table["generic_heads"])
        self.joiners = tuple(table["shared_predicate_joiners"])
        self.granted_as = compile_pattern(table["granted_as"], "indicators.yaml/granted_as")
        self.phrases = [
            (compile_pattern(p["pattern"], f"indicators.yaml/{p['name']}"), p["indicator"]) for p in table["phrases"]
        ]
        unknown = (
            self.money | set(self.as_money.values()) | set(self.unit_indicator.values()) | {i for _, i in self.phrases}
        ) - known
        if unknown:
            raise RuleError(f"indicators.yaml: unknown indicators {sorted(unknown)}")
        terms = sorted(self.term_indicator, key=len, reverse=True)
        self.terms = regex.compile("|".join(regex.escape(term) for term in terms))
        firms = sorted(table["firm_terms"], key=len, reverse=True)
        self.firm_head = regex.compile(
            f"^[^,，。；;、]{{0,{HEAD_NOUN_REACH}}}?(?:{'|'.join(map(regex.escape, firms))})"
        )
        self.roles = []
        for role in table["roles"]:
            if role["indicator"] != "scheme" and role["indicator"] not in known:
                raise RuleError(f"indicators.yaml/{role['name']}: unknown indicator {role['indicator']!r}")
            where = f"indicators.yaml/{role['name']}"
            sentence = compile_pattern(role["sentence"], where) if "sentence" in role else None
            self.roles.append((compile_pattern(role["pattern"], where), sentence, role["indicator"]))

    def _terms(self, text: str, allowed: frozenset[str] | None = None) -> list[regex.Match[str]]:
        found = self.terms.finditer(text, overlapped=True)
        return [f for f in found if allowed is None or self.term_indicator[f.group()] in allowed]

    def nearest_before(self, text: str, excluded: frozenset[str] = frozenset()) -> str | None:
        """The indicator of the term ending last in `text` (the longest where several end there);
        a generic head (`总面积`) yields to the term before it (`孵化载体总面积`)."""
        text = PARENTHETICAL.sub("", text)
        found = [f for f in self._terms(text) if self.term_indicator[f.group()] not in excluded]
        if not found:
            return None
        best = max(found, key=lambda f: (f.end(), len(f.group())))
        if best.group() in self.generic_heads:
            owners = [f for f in found if f.end() <= best.start() and f.group() not in self.generic_heads]
            if owners:
                best = max(owners, key=lambda f: (f.end(), len(f.group())))
        return self.term_indicator[best.group()]

    def head_noun(self, text: str) -> str | None:
        """The indicator of the noun phrase a count qualifies, starting within reach.

        Terms written back to back make one compound whose last term is its
        head: `企业发展基金` → 基金 (fund), not 企业.
        """
        found = self.terms.search(text)
        if found is None or found.start() > HEAD_NOUN_REACH:
            return None
        head = found
        while (following := self.terms.match(text, head.end())) is not None:
            head = following
        if head.group() in self.generic_heads and head is not found:
            return self.term_indicator[found.group()]
        return self.term_indicator[head.group()]

    def money_head(self, text: str) -> str | None:
        """What an amount is of, written after it: `400万元信用贷款`, `3000万元的“...种子投资基金”`."""
        owner = MONEY_OWNER.match(text)
        phrase = PARENTHETICAL.sub("", text[owner.end() :] if owner else text)
        found = self._terms(phrase[:MONEY_PHRASE], self.money)
        if not found or (not owner and found[0].start() > HEAD_NOUN_REACH):
            return None
        return self.term_indicator[max(found, key=lambda f: (f.end(), len(f.group()))).group()]

    def role(self, right: str, sentence: str) -> str | None:
        head = self.firm_head.match(right)
        if head is None:
            return None
        after_head = right[head.end() :]
        for pattern, needs, indicator in self.roles:
            role = pattern.search(after_head)
            if role is None or (needs is not None and needs.search(sentence) is None):
                continue
            if indicator != "scheme":
                return indicator
            scheme = self.nearest_before(role.group("scheme"))
            if scheme:
                return "financed_firms" if scheme == "loan" else scheme
        return None

    def __call__(self, context: Context, quantity: Quantity) -> str:
        right = NOUN_PHRASE_END.split(context.clause_right, maxsplit=1)[0]
        excluded = self.money if quantity.unit in self.not_money_counts else frozenset()
        if quantity.kind == "count":
            role = self.role(context.clause_right, context.sentence)
            if role:
                return role
        granted = self.granted_as.match(right)
        if granted and quantity.kind in ("money", "percent"):
            head = self.money_head(right[granted.end() :])
        elif quantity.kind == "money":
            head = self.money_head(right)
        elif quantity.kind not in NO_HEAD_NOUN_KINDS or right.startswith("的"):
            head = self.head_noun(right.removeprefix("的"))
        else:
            head = None
        if head and head not in excluded:
            return head
        clause_left = PARENTHETICAL.sub("", context.clause_left)
        phrase = next((indicator for pattern, indicator in self.phrases if pattern.search(clause_left)), None)
        if quantity.kind == "money":  # an amount is of money first: `每年最高不超过500万元` after `给予补助`
            excluded = self.all_indicators - self.money - {"other"} - set(self.as_money)
        indicator = (
            phrase
            or self.unit_indicator.get(quantity.unit)
            or self.nearest_before(context.clause_left, excluded)
            or (self.money_head(context.clause_right) if quantity.kind == "money" else None)
            or self.nearest_before(context.sentence_left, excluded)
            or (self.nearest_before(context.clause_left) if quantity.kind == "money" else None)
            or "other"
        )
        return self.as_money.get(indicator, indicator) if quantity.kind == "money" else indicator

    def share_predicates(self, figures: list[tuple[Context, Quantity]], indicators: list[str]) -> list[str]:
        """`1510项,...9645万元,同比增长16.9%和16.4%`: rates joined by 和 grow the figures before them, in order."""
        shared = list(indicators)
        index = 0
        while index < len(figures):
            group = [index]
            while group[-1] + 1 < len(figures):
                this, following = figures[group[-1]][0], figures[group[-1] + 1][0]
                if this.text[this.end : following.start] not in self.joiners:
                    break
                group.append(group[-1] + 1)
            if len(group) > 1:
                first = figures[group[0]][0]
                earlier = [
                    i
                    for i in range(group[0])
                    if figures[i][0].sentence_start == first.sentence_start
                    and figures[i][1].kind not in ("percent", "multiple")
                ]
                if len(earlier) >= len(group):
                    for target, source in zip(group, earlier[-len(group) :]):
                        shared[target] = indicators[source]
            index = group[-1] + 1
        return shared


class Attributor:
    """Fills the attribution columns of every figure of an article."""

    def __init__(self, rules: Rules) -> None:
        self.indicators = Indicators(rules.raw["indicators"])
        self.measures = _cue_rules(rules.raw["cues"]["measure"], "measure")
        self.modalities = _cue_rules(rules.raw["cues"]["modality"], "modality")
        self.subjects = Subjects(rules)
        self.periods = Periods(rules)

    def __call__(
        self, article: Article, figures: list[tuple[Context, Quantity]], home: dict[str, str] | None = None
    ) -> list[Attribution]:
        subjects = self.subjects.for_article(article, home)
        periods = self.periods.for_article(article)
        indicators = self.indicators.share_predicates(figures, [self.indicators(c, q) for c, q in figures])
        attributions = []
        for (context, quantity), indicator in zip(figures, indicators):
            measure = next((r.label for r in self.measures if r.applies(context, quantity, indicator)), "total")
            modality = next((r.label for r in self.modalities if r.applies(context, quantity, indicator)), "actual")
            attributions.append(
                Attribution(
                    indicator=indicator,
                    measure=measure,
                    subject=subjects.subject(context),
                    period=periods.period(context, modality),
                    modality=modality,
                )
            )
        return _restatements_take_their_statements(figures, _headlines_take_their_captions(figures, attributions))


def _restatements_take_their_statements(
    figures: list[tuple[Context, Quantity]], attributions: list[Attribution]
) -> list[Attribution]:
    """A figure that restates the last earlier figure of its value and unit, stated with an
    approximation word (`突破2000亿元` ... `探访2000亿元GDP`), and measures the same
    indicator, takes that statement's fields and approx (§7)."""
    taken = list(attributions)
    last_stated: dict[tuple[object, ...], int] = {}
    for index, (_, quantity) in enumerate(figures):
        key = (quantity.value, quantity.value_max, quantity.unit)
        earlier = last_stated.get(key)
        last_stated[key] = index
        if quantity.approx != "=" or earlier is None:
            continue
        statement = figures[earlier][1]
        if attributions[earlier].indicator == attributions[index].indicator and statement.approx not in ("=", "range"):
            taken[index] = replace(taken[earlier], approx=statement.approx)
    return taken


def _headlines_take_their_captions(
    figures: list[tuple[Context, Quantity]], attributions: list[Attribution]
) -> list[Attribution]:
    """A sidebar's headline figure standing alone on its line (`35\n\n家`) takes
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
