"""Find quantity mentions: every mention rule over the text, minus the
exclusions, overlaps resolved longest first."""

from __future__ import annotations

from dataclasses import dataclass

from extract.rules import MentionRule, Rules, any_applies
from extract.spans import longest_first, paragraph_context


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    mention: str
    rule: MentionRule
    groups: dict[str, str | None]
    left: str  # the paragraph before the mention
    right: str  # the paragraph after it


def candidates(text: str, rules: Rules) -> list[Candidate]:
    found = []
    for rule in rules.mentions:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            left, right = paragraph_context(text, start, end)
            if rule.left is not None and rule.left.search(left) is None:
                continue
            parts = {"left": left, "mention": match.group(), "right": right}
            if not any_applies(rules.exclusions, parts):
                found.append(Candidate(start, end, match.group(), rule, match.groupdict(), left, right))
    return found


def find_quantities(text: str, rules: Rules) -> list[Candidate]:
    """The quantity mentions of `text`, in order."""
    return longest_first(candidates(text, rules))
