"""Find quantity mentions: every mention rule over the text, minus the
exclusions, overlaps resolved longest first. Mentions become spaCy spans in
`doc.spans["quantities"]`, labelled with the rule that found them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extract.context import longest_first, paragraph_context
from extract.rules import MentionRule, Rules
from extract.segment import make_doc, split_words

@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: MentionRule
    groups: dict[str, str | None]
    left: str  # the paragraph before the mention
    right: str  # the paragraph after it


@dataclass(frozen=True)
class Found:
    span: Span
    candidate: Candidate


def candidates(text: str, rules: Rules) -> list[Candidate]:
    found = []
    for rule in rules.mention_rules:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            left, right = paragraph_context(text, start, end)
            if rule.left is not None and rule.left.search(left) is None:
                continue
            if any(exclusion.applies(left, match.group(), right) for exclusion in rules.exclusions):
                continue
            found.append(Candidate(start, end, rule, match.groupdict(), left, right))
    return found


def find_quantities(text: str, words: list[str], rules: Rules) -> tuple[Doc, list[Found]]:
    """The doc of `text` with its quantity mentions as spans, and what found each."""
    kept = longest_first(candidates(text, rules))
    doc = make_doc(split_words(words, (offset for c in kept for offset in (c.start, c.end))), text)
    found = []
    for c in kept:
        span = doc.char_span(c.start, c.end, label=c.rule.name)
        assert span is not None, "words are split at mention boundaries"
        found.append(Found(span, c))
    doc.spans["quantities"] = [f.span for f in found]
    return doc, found
