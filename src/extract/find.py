"""Find quantity mentions: every mention rule over the text, minus the
exclusions, overlaps resolved longest first."""

from __future__ import annotations

from dataclasses import dataclass

from extract.context import longest_first, paragraph_context
from extract.rules import MentionRule, Rules

@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: MentionRule
    groups: dict[str, str | None]
    left: str  # the paragraph before the mention
    right: str  # the paragraph after it


def candidates(text: str, rules: Rules) -> list[Candidate]:
    found = []
    for rule in rules.mention_rules:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            left, right = paragraph_context(text, start, end)
            if rule.left is not None and rule.left.search(left) is None:
                continue
            mention = match.group()
            for exclusion in rules.exclusions:
                if exclusion.applies(left, mention, right):
                    break
            else:
                found.append(Candidate(start, end, rule, match.groupdict(), left, right))
    return found


def find_quantities(text: str, rules: Rules) -> list[Candidate]:
    """The quantity mentions of `text`, in order."""
    return longest_first(candidates(text, rules))
