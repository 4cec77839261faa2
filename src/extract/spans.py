"""Stretches of text: overlaps resolved longest first, and the paragraph
around a stretch."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

import regex

HAN = regex.compile(r"\p{Han}")
CONTEXT_CHARS = 80  # far enough for any cue; the cost of matching grows with it


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
    reach_start = max(0, start - CONTEXT_CHARS)
    paragraph_start = max(text.rfind("\n", reach_start, start) + 1, reach_start)
    paragraph_end = text.find("\n", end, end + CONTEXT_CHARS)
    if paragraph_end == -1:
        paragraph_end = min(len(text), end + CONTEXT_CHARS)
    return text[paragraph_start:start], text[end:paragraph_end]


def occurrences(word: str, text: str, start: int = 0) -> Iterator[int]:
    """Where `word` starts in `text` (from `start`), left to right, not overlapping: a plain
    search, no pattern compiled for each word."""
    at = text.find(word, start)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def han_at(text: str, at: int) -> bool:
    """Whether a Han character stands at `at` (none before the text's start)."""
    return at >= 0 and HAN.match(text, at) is not None
