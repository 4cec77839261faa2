"""Say what each figure measures, whose it is and when: indicator, measure,
modality (here), subject (`subject.py`) and period (`period.py`), from the
lexicons and cue rules of `rules/`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from spacy.tokens import Doc

from extract.context import Context
from extract.normalise import Quantity
from extract.period import Periods
from extract.read import Article
from extract.rules import Rules, RuleError
from extract.subject import Subjects

HEAD_NOUN_REACH = 6  # how far after a figure its noun may start (`357家市级科技型企业`)
NO_HEAD_NOUN_KINDS = frozenset({"percent", "multiple", "rank"})


@dataclass(frozen=True)
class Attribution:
    indicator: str
    measure: str
    subject: str
    period: str
    modality: str


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
    return [
        CueRule(
            name=entry["name"],
            label=entry[label_key],
            scope=entry.get("scope", "clause"),
            left=regex.compile(entry["left"]) if "left" in entry else None,
            right=regex.compile(entry["right"]) if "right" in entry else None,
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
        for entry in table["indicators"]:
            for term in entry.get("terms") or []:
                self.term_indicator.setdefault(str(term), entry["name"])
            for unit in entry.get("units") or []:
                self.unit_indicator[str(unit)] = entry["name"]
        known = {entry["name"] for entry in table["indicators"]}
        terms = sorted(self.term_indicator, key=len, reverse=True)
        self.terms = regex.compile("|".join(regex.escape(term) for term in terms))
        firms = sorted(table["firm_terms"], key=len, reverse=True)
        self.firm_head = regex.compile(
            f"^[^,，。；;]{{0,{HEAD_NOUN_REACH}}}?(?:{'|'.join(map(regex.escape, firms))})"
        )
        self.roles = []
        for role in table["roles"]:
            if role["indicator"] != "scheme" and role["indicator"] not in known:
                raise RuleError(f"indicators.yaml/{role['name']}: unknown indicator {role['indicator']!r}")
            self.roles.append((regex.compile(role["pattern"]), role["indicator"]))

    def nearest_before(self, text: str) -> str | None:
        """The indicator of the term ending last in `text` (the longest where several end there)."""
        best: tuple[int, int, str] | None = None
        for found in self.terms.finditer(text, overlapped=True):
            key = (found.end(), len(found.group()), found.group())
            if best is None or key[:2] > best[:2]:
                best = key
        return self.term_indicator[best[2]] if best else None

    def head_noun(self, text: str) -> str | None:
        """The indicator of the noun phrase starting within reach of `text`'s start.

        Terms written back to back make one compound whose last term is its
        head: `企业发展基金` → 基金 (fund), not 企业.
        """
        found = self.terms.search(text)
        if found is None or found.start() > HEAD_NOUN_REACH:
            return None
        head = found
        while (following := self.terms.match(text, head.end())) is not None:
            head = following
        return self.term_indicator[head.group()]

    def __call__(self, context: Context, quantity: Quantity) -> str:
        right = context.clause_right
        if quantity.kind == "count":
            head = self.firm_head.match(right)
            if head:
                after_head = right[head.end() :]
                for pattern, indicator in self.roles:
                    role = pattern.search(after_head)
                    if role and indicator == "scheme":
                        scheme = self.nearest_before(role.group("scheme"))
                        if scheme:
                            return "financed_firms" if scheme == "loan" else scheme
                    elif role:
                        return indicator
        if quantity.kind not in NO_HEAD_NOUN_KINDS or right.startswith("的"):
            head = self.head_noun(right.removeprefix("的"))
            if head:
                return head
        return (
            self.unit_indicator.get(quantity.unit)
            or self.nearest_before(context.clause_left)
            or self.nearest_before(context.sentence_left)
            or "other"
        )


class Attributor:
    """Fills the attribution columns of every figure of an article."""

    def __init__(self, rules: Rules) -> None:
        self.indicators = Indicators(rules.raw["indicators"])
        self.measures = _cue_rules(rules.raw["cues"]["measure"], "measure")
        self.modalities = _cue_rules(rules.raw["cues"]["modality"], "modality")
        self.subjects = Subjects(rules)
        self.periods = Periods(rules)

    def __call__(self, article: Article, doc: Doc, figures: list[tuple[Context, Quantity]]) -> list[Attribution]:
        subjects = self.subjects.for_article(article, doc)
        periods = self.periods.for_article(article)
        attributions = []
        for context, quantity in figures:
            indicator = self.indicators(context, quantity)
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
        return attributions
