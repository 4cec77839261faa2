"""The text around a mention that attribution reads: its clause and its
sentence, split at the mention, as character offsets into the article; and
the helpers that find and resolve stretches of text."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import regex

from extract.segment import sentences_around

CLAUSE_BREAK = regex.compile(r"[,，;；:：。！？!?]|——")  # line breaks: where sentences end
CONTEXT_CHARS = 200


class Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=Located)


def longest_first(found: Sequence[L]) -> list[L]:
    """Resolve overlaps: the longer span wins, then the earlier one."""
    starts: list[int] = []  # of the spans taken, kept in order
    taken: list[L] = []
    for item in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        at = bisect.bisect_left(starts, item.start)
        if (at == 0 or taken[at - 1].end <= item.start) and (at == len(taken) or item.end <= starts[at]):
            starts.insert(at, item.start)
            taken.insert(at, item)
    return taken


def paragraph_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The text before and after a stretch, within its paragraph (at most CONTEXT_CHARS each way)."""
    paragraph_start = max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS)
    paragraph_end = text.find("\n", end)
    if paragraph_end == -1 or paragraph_end > end + CONTEXT_CHARS:
        paragraph_end = min(len(text), end + CONTEXT_CHARS)
    return text[paragraph_start:start], text[end:paragraph_end]


@dataclass(frozen=True)
class Context:
    text: str  # the whole article
    start: int
    end: int
    clause_start: int
    clause_end: int
    sentence_start: int
    sentence_end: int
    # the slices attribution reads many times, cut once
    clause_left: str
    clause_right: str
    sentence_left: str
    sentence_right: str

    @classmethod
    def of(cls, text: str, start: int, end: int, sentence_starts: list[int]) -> Context:
        """The context of `text[start:end]`; a figure over a sentence break (`35\n\n家`) spans both sentences."""
        sentence_start, sentence_end = sentences_around(sentence_starts, start, end, len(text))
        before = [m.end() for m in CLAUSE_BREAK.finditer(text, sentence_start, start)]
        after = CLAUSE_BREAK.search(text, end, sentence_end)
        clause_start = before[-1] if before else sentence_start
        clause_end = after.start() if after else sentence_end
        return cls(
            text,
            start,
            end,
            clause_start,
            clause_end,
            sentence_start,
            sentence_end,
            clause_left=text[clause_start:start],
            clause_right=text[end:clause_end],
            sentence_left=text[sentence_start:start],
            sentence_right=text[end:sentence_end],
        )

    @property
    def mention(self) -> str:
        return self.text[self.start : self.end]

    @property
    def alone_on_line(self) -> bool:
        """Nothing but the figure on its line(s): a sidebar's headline figure."""
        line_start = self.text.rfind("\n", 0, self.start) + 1
        line_end = self.text.find("\n", self.end)
        after = self.text[self.end : line_end if line_end != -1 else len(self.text)]
        return not self.text[line_start : self.start].strip(" *\t\u3000") and not after.strip(" *\t\u3000")

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start : self.sentence_end].strip()
