"""Segment an article: sentences end at sentence-final punctuation and at
paragraph breaks, as `rules/segments.yaml` defines them (found on
characters); words are jieba's, cut only where
they are read (`cut`); a sentence's spaCy doc (a blank `zh` pipeline with the
jieba segmenter) is built only when asked for (`sentence_docs`).

The rules match a *view* of the text of exactly its length, so that every
offset found in the view is an offset into the original: traditional
characters read as simplified, HTML tags and entities as blanks."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import jieba
import opencc
import regex

from extract.rules import Segments

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

HTML_REMNANT = regex.compile(r"<[a-zA-Z/!][^<>\n]{0,200}>|&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,6});")

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


WINDOWS_LINE_END = regex.compile(r"\r(?=\n)")
# Full-width Latin letters and the symbols of codes, links and amounts (`＄`, `％`, `．`, `／`...)
# read as ASCII; full-width digits and CJK punctuation stay, since `１，７９５` and `1，795` differ.
FULL_WIDTH_SYMBOLS = (0xFF03, 0xFF04, 0xFF05, 0xFF06, 0xFF0B, 0xFF0E, 0xFF0F, 0xFF1D, 0xFF20, 0xFF3F)  # #$%&+./=@_
FOLDED_CODES = (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), *FULL_WIDTH_SYMBOLS)  # and letters
FULL_WIDTH = regex.compile("[" + "".join(map(chr, FOLDED_CODES)) + "]")
FULL_WIDTH_FOLDED = {code: code - 0xFEE0 for code in FOLDED_CODES}


def matching_view(text: str) -> str:
    """The text as the rules read it, of the same length: `研發投入` → `研发投入`, `&nbsp;` → blanks,
    `ＵＳ＄７` → `US$７`, `\r\n` → ` \n`."""
    view = HTML_REMNANT.sub(lambda m: " " * len(m.group()), text)
    if FULL_WIDTH.search(view):  # translating every character costs; most texts have none to fold
        view = view.translate(FULL_WIDTH_FOLDED)
    if "\r" in view:  # Windows line ends read as Unix ones: `\r\n` → ` \n`, a lone `\r` → `\n`
        view = WINDOWS_LINE_END.sub(" ", view).replace("\r", "\n")
    simplified = str(_to_simplified().convert(view))
    if len(simplified) != len(view):  # a phrase mapping changed the length: convert char by char
        simplified = "".join(c if len(s := _to_simplified().convert(c)) != 1 else s for c in view)
    return simplified


def in_original_script(original: str, view: str) -> str:
    """`view` (the matching view of `original`, of the same length) with the characters it
    simplified written as `original` writes them, and nothing else restored (`ＴＣＬ` stays folded)."""
    convert = _to_simplified().convert
    return "".join(o if o != v and convert(o) == v else v for o, v in zip(original, view, strict=True))


def _ends_paragraph(text: str, at: int, segments: Segments, title: str) -> bool:
    """A line break at `at` ends a sentence unless it cuts a long line mid-sentence
    (`...虽然被认定\n\n为江西省新型高端研发机构...`), as page layouts do, but a table's row; the
    article's title written as a line ends there."""
    end = at
    while end > 0 and text[end - 1].isspace():  # the last line with text, past blank ones
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return (
        len(line) <= segments.layout_line
        or line[-1] in segments.sentence_final
        or line[-1] in segments.closing_marks
        or (bool(title) and line.strip() == title)
        or segments.table_row.match(line) is not None
    )


def first_line_title(text: str, segments: Segments) -> str:
    """The text's first line where it reads as the title of the text after it (at most
    `heading_line` characters, no final mark at its end, not a numbered heading: `一、...`):
    what stands for the title of an article meta.csv gives none."""
    line, _, body = text.lstrip().partition("\n")
    line = line.strip()
    short = len(line) <= segments.heading_line and not any(number.match(line) for number in segments.heading_numbers)
    return line if line and short and line[-1] not in segments.sentence_final and body.strip() else ""


def sentence_starts(text: str, segments: Segments, title: str = "") -> list[int]:
    """Where sentences begin: after a final mark (and the closing quotes behind it) and after a
    paragraph; a sentence longer than `segments.longest_sentence` is cut (`_cut_long`)."""
    starts = [0]
    title = title.strip()
    for end in segments.sentence_end.finditer(text):
        if text[end.start()] != "\n" or _ends_paragraph(text, end.start(), segments, title):
            starts.extend(_cut_long(text, starts[-1], end.end(), segments))
            starts.append(end.end())
    starts.extend(_cut_long(text, starts[-1], len(text), segments))
    return starts


def _cut_long(text: str, start: int, end: int, segments: Segments) -> list[int]:
    """Starts inside a stretch too long for a sentence: after the last clause break within
    reach, else every `longest_clause` characters (not between two digits or Latin letters)."""
    cuts = []
    while end - start > segments.longest_sentence:
        breaks = [m.end() for m in segments.clause_break.finditer(text, start + 1, start + segments.longest_sentence)]
        cut = breaks[-1] if breaks else start + segments.longest_clause
        while (
            not breaks and cut > start + 1 and text[cut - 1 : cut + 1].isascii() and text[cut - 1 : cut + 1].isalnum()
        ):
            cut -= 1
        cuts.append(cut)
        start = cut
    return cuts


def sentences_around(sentence_starts: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """Where the sentences holding the stretch `start:end` begin and end (a figure may run over a break: `35\n\n家`)."""
    following = bisect.bisect_right(sentence_starts, end - 1)
    return (
        sentence_starts[bisect.bisect_right(sentence_starts, start) - 1],
        sentence_starts[following] if following < len(sentence_starts) else length,
    )


@lru_cache(maxsize=1)
def chinese_pipeline() -> Language:
    """A blank `zh` pipeline with the jieba segmenter: its vocabulary serves every doc.
    Imported here: the rows need no doc, so a run that writes rows never loads spaCy."""
    import spacy

    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    import jieba.posseg  # its table of the dictionary's part-of-speech tags: loaded once, on first use

    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return tags


def word_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives a word (`n`, `ns`, `v`, `p`, ...), or None."""
    return _word_tags().get(word)


def inside_a_word(text: str, at: int, reach: int = 3) -> bool:
    """Whether jieba cuts the text around `at` with no word starting there: `特区/政府` holds
    no `区政府`, `日本/市场` no `本市`; but `确保/全国` holds `全国` (`保全` is a word too)."""
    if at == 0 or word_tag(text[at - 1 : at + 1]) is None:  # most starts: no word runs over them
        return False
    start = max(0, at - reach)
    for word in cut(text[start : at + reach]):
        if start >= at:
            break
        start += len(word)
    return start > at


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    jieba.initialize()  # the dictionary's counts: loaded once, on first use
    frequencies: dict[str, int] = jieba.dt.FREQ
    return frequencies


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts a word (0 for one it does not hold)."""
    return _frequencies().get(word) or 0


def load_dictionary() -> None:
    jieba.initialize()
    _word_tags()


def cut(text: str) -> list[str]:
    """The words of `text`, as jieba cuts them for spaCy's `zh` tokenizer (whitespace included)."""
    return [word for word in jieba.cut(text, cut_all=False) if word]


def split_words(words: list[str], offsets: Iterable[int]) -> list[str]:
    """The words, split so that every character offset given falls between two words."""
    cuts = sorted(set(offsets))
    result = []
    at = 0
    index = 0
    for word in words:
        end = at + len(word)
        while index < len(cuts) and cuts[index] <= at:
            index += 1
        piece_start = at
        while index < len(cuts) and cuts[index] < end:
            result.append(word[piece_start - at : cuts[index] - at])
            piece_start = cuts[index]
            index += 1
        result.append(word[piece_start - at :])
        at = end
    return result


def make_doc(words: list[str], starts: Iterable[int] = (0,)) -> Doc:
    """A spaCy doc of these words, whose sentences begin at the character offsets `starts`."""
    offsets = set(starts)
    sent_starts: list[bool | int | None] = []
    at = 0
    for word in words:
        sent_starts.append(at in offsets)
        at += len(word)
    from spacy.tokens import Doc

    return Doc(chinese_pipeline().vocab, words=words, spaces=[False] * len(words), sent_starts=sent_starts)


def sentence_docs(text: str, sentence_starts: list[int], spans: list[tuple[int, int, str]]) -> list[Doc]:
    """spaCy docs of the sentences that hold these labelled spans (in order of start), cut
    by jieba and split at the spans' ends; each span is in `doc.spans["quantities"]`.
    A span over a sentence break (`35\n\n家`) joins the sentences it covers in one doc."""
    docs = []
    index = 0
    while index < len(spans):
        start, end = sentences_around(sentence_starts, spans[index][0], spans[index][1], len(text))
        group = [spans[index]]
        index += 1
        while index < len(spans) and spans[index][0] < end:
            end = max(end, sentences_around(sentence_starts, spans[index][0], spans[index][1], len(text))[1])
            group.append(spans[index])
            index += 1
        inside = [offset - start for span in group for offset in span[:2]]
        starts = [
            s - start
            for s in sentence_starts[
                bisect.bisect_left(sentence_starts, start) : bisect.bisect_left(sentence_starts, end)
            ]
        ]
        doc = make_doc(split_words(cut(text[start:end]), inside), starts)
        found = [doc.char_span(a - start, b - start, label=label) for a, b, label in group]
        doc.spans["quantities"] = [span for span in found if span is not None]  # words are split at every span's ends
        docs.append(doc)
    return docs
