"""Find quantity mentions: every mention rule over the text, minus the
exclusions, overlaps resolved longest first. Only the sentences that hold a
mention are segmented: each becomes a spaCy doc of jieba's words, with its
mentions as spans in `doc.spans["quantities"]`, labelled with their rules."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Span

from extract.context import longest_first, paragraph_context
from extract.rules import MentionRule, Rules
from extract.segment import cut, make_doc, sentences_around, split_words

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
    span: Span  # in the doc of its sentence
    candidate: Candidate  # its offsets are the article's


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


def find_quantities(text: str, sentence_starts: list[int], rules: Rules) -> list[Found]:
    """The quantity mentions of `text`, as spans of the docs of their sentences, and what found each."""
    found = []
    kept = longest_first(candidates(text, rules))
    index = 0
    while index < len(kept):
        start, end = sentences_around(sentence_starts, kept[index].start, kept[index].end, len(text))
        group = [kept[index]]
        index += 1
        while index < len(kept) and kept[index].start < end:
            end = max(end, sentences_around(sentence_starts, kept[index].start, kept[index].end, len(text))[1])
            group.append(kept[index])
            index += 1
        inside = [offset - start for c in group for offset in (c.start, c.end)]
        starts = [s - start for s in sentence_starts[bisect.bisect_left(sentence_starts, start) : bisect.bisect_left(sentence_starts, end)]]
        doc = make_doc(split_words(cut(text[start:end]), inside), starts)
        spans = [doc.char_span(c.start - start, c.end - start, label=c.rule.name) for c in group]
        assert all(span is not None for span in spans), "words are split at mention boundaries"
        doc.spans["quantities"] = spans
        found += [Found(span, c) for span, c in zip(spans, group)]
    return found
