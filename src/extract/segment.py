"""Segment an article into tokens and sentences: a blank spaCy `zh` pipeline
with the jieba segmenter, and sentence boundaries at Chinese sentence-final
punctuation and at line breaks.

The rules match a *view* of the text of exactly its length, so that every
offset found in the view is an offset into the original: traditional
characters read as simplified, HTML tags and entities as blanks."""

from __future__ import annotations

import bisect
import logging
from functools import lru_cache

import jieba
import numpy
import opencc
import regex
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

SENTENCE_FINAL = frozenset("。！？!?")
CLOSING_MARKS = frozenset("”’」』）)")
LAYOUT_LINE = 20  # a longer line that stops without final punctuation runs on past its break

HTML_REMNANT = regex.compile(r"<[a-zA-Z/!][^<>\n]{0,200}>|&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,6});")

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def matching_view(text: str) -> str:
    """The text as the rules read it, of the same length: `研發投入` → `研发投入`, `&nbsp;` → blanks."""
    view = HTML_REMNANT.sub(lambda m: " " * len(m.group()), text)
    simplified = _to_simplified().convert(view)
    if len(simplified) != len(view):  # a phrase mapping changed the length: convert char by char
        simplified = "".join(c if len(s := _to_simplified().convert(c)) != 1 else s for c in view)
    return simplified


def _ends_paragraph(text: str, token: Token) -> bool:
    """A line break ends a sentence unless it cuts a long line mid-sentence
    (`...虽然被认定\n\n为重庆市新型高端研发机构...`), as page layouts do."""
    line_start = text.rfind("\n", 0, token.idx) + 1
    line = text[line_start : token.idx].rstrip()
    return len(line) <= LAYOUT_LINE or line[-1] in SENTENCE_FINAL or line[-1] in CLOSING_MARKS


@Language.component("sentence_boundaries")
def sentence_boundaries(doc: Doc) -> Doc:
    """A sentence starts after 。！？ (and the closing quotes behind them) and after a paragraph."""
    starts = []
    ended = True
    text = doc.text  # built anew at each access: read it once
    for token in doc:
        if ended and token.text in CLOSING_MARKS and starts:
            starts.append(-1)
            continue
        starts.append(1 if ended else -1)
        ended = ("\n" in token.text and _ends_paragraph(text, token)) or token.text[-1] in SENTENCE_FINAL
    # Set all at once: spaCy checks the whole doc at each token's is_sent_start.
    doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


@lru_cache(maxsize=1)
def chinese_pipeline() -> Language:
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("sentence_boundaries")
    return nlp


def tokenize(text: str) -> Doc:
    """Tokens only; sentences are set by `split_sentences` once mention boundaries are tokens."""
    return chinese_pipeline().make_doc(text)


def split_sentences(doc: Doc) -> Doc:
    return sentence_boundaries(doc)


def split_at(doc: Doc, offsets: set[int]) -> None:
    """Split tokens so that every character offset given is a token boundary."""
    cuts: dict[int, list[int]] = {}
    ordered = sorted(offsets)
    for token in doc:
        low = bisect.bisect_right(ordered, token.idx)
        high = bisect.bisect_left(ordered, token.idx + len(token.text))
        if low < high:
            cuts[token.i] = [o - token.idx for o in ordered[low:high]]
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for index, points in cuts.items():
            token = doc[index]
            edges = [0, *points, len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
