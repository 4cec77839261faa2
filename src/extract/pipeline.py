"""The pipeline, top to bottom: read → segment → find → normalise → frame →
attribute → write.

`article_facts` runs the stages on one article, `extract_article` is the
same as the unit of work of a run, and `run` extracts a folder (here, in
processes or on Dask: `parallel.py`) and writes the facts.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from extract.attribute import attribute
from extract.context import Context
from extract.fact import Fact
from extract.find import candidates
from extract.frame import Frame, article_frame
from extract.loader import load_rules
from extract.normalise import normalised
from extract.organisation import as_written
from extract.parallel import run_over
from extract.read import Article, Problem, article_paths, doc_id_of, read_articles
from extract.rules import Rules
from extract.segment import first_line_title, load_dictionary, matching_view, sentence_docs, sentence_starts
from extract.write import write_facts, write_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

TEXTS_FOLDER = "texts"  # with --save-text: each article's decoded text, which the offsets index
CHUNK_CHARS = 100_000  # an article longer than this is read a chunk of paragraphs at a time
FRAME_CHARS = 200_000  # the article's frame (its own region, time, genre) is read from its first characters
LARGE_ARTICLE = 1_000_000  # characters: an article longer is extracted here, its rows streamed, not in a worker


@lru_cache(maxsize=4)
def rules_for(rule_dirs: tuple[str, ...] = ()) -> Rules:
    """The rules of these folders (extending the shipped ones), loaded once per process with
    jieba's dictionary; a broken rule file raises RuleError."""
    rules = load_rules(tuple(Path(d) for d in rule_dirs))
    load_dictionary()
    return rules


def article_facts(article: Article, rules: Rules) -> Iterator[Fact]:
    """The facts of one article, a chunk of paragraphs at a time: a 50 MB article too, whose
    frame is read from its first `FRAME_CHARS` characters."""
    opening = matching_view(article.text[:FRAME_CHARS])  # read: the text as the rules read it, of the same length
    frame = article_frame(replace(article, text=opening, title=_title(article, opening, rules)), rules)  # frame
    # organisations are named in the article's script, zones in full where the text names them so
    written = frame.zones_in_full | as_written(frame.organisations, article.text, opening)
    for offset, chunk in chunks(article.text, rules):
        whole = offset == 0 and len(chunk) == len(opening)  # an article of one chunk is viewed once
        yield from _chunk_facts(article, opening if whole else matching_view(chunk), offset, frame, written, rules)


def _title(article: Article, view: str, rules: Rules) -> str:
    """The article's title as the rules read it: meta.csv's, else the text's first line where it reads as one."""
    return matching_view(article.title) or first_line_title(view, rules.segments)


def _chunk_facts(
    article: Article, chunk: str, offset: int, frame: Frame, written: dict[str, str], rules: Rules
) -> list[Fact]:
    starts = sentence_starts(chunk, rules.segments, frame.title)  # segment
    figures, rule_names = [], []
    found = candidates(chunk, rules)  # find
    for candidate, quantity in normalised(found, rules):  # normalise
        context = (
            Context.of_cell(chunk, candidate.start, candidate.end, candidate.cell)
            if candidate.cell
            else Context.of(chunk, candidate.start, candidate.end, starts, rules.segments.clause_break)
        )
        figures.append((context, quantity))
        rule_names.append(candidate.rule.name)
    attributions = attribute(chunk, offset, article.date, starts, figures, frame, rules)  # attribute
    original = article.text
    return [
        Fact(
            doc_id=article.doc_id,
            start=offset + context.start,
            end=offset + context.end,
            mention=original[offset + context.start : offset + context.end],
            kind=quantity.kind,
            value=quantity.value,
            value_max=quantity.value_max,
            unit=attribution.unit,
            approx=attribution.approx or quantity.approx,
            indicator=attribution.indicator,
            measure=attribution.measure,
            subject=";".join(written.get(part, part) for part in attribution.subject.split(";")),
            period=attribution.period,
            modality=attribution.modality,
            sentence=original[offset + context.sentence_start : offset + context.sentence_end].strip(),
            rule=rule,
        )
        for (context, quantity), attribution, rule in zip(figures, attributions, rule_names, strict=True)
    ]


def chunks(text: str, rules: Rules, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """The text in pieces of at most `size` characters, cut where no figure can straddle the cut."""
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= size else _safe_cut(text, start, start + size, rules)
        yield start, text[start:end]
        start = end


def _safe_cut(text: str, start: int, limit: int, rules: Rules) -> int:
    """Where to end a chunk before `limit`: after its last paragraph, else its last sentence or
    clause in the window's second half, else between two characters no figure is written with."""
    paragraph_end = text.rfind("\n", start, limit) + 1
    if paragraph_end > start:
        return paragraph_end
    for boundary in (rules.segments.sentence_end, rules.segments.clause_break):
        ends = [match.end() for match in boundary.finditer(text, (start + limit) // 2, limit)]
        if ends:
            return ends[-1]
    in_figures = set("".join(rules.units)) | set(rules.numbers.digits) | set(rules.numbers.scales) | set(".%")
    for cut in range(limit - 1, start, -1):
        if not any(char in in_figures or char.isdigit() or char.isascii() for char in text[cut - 1 : cut + 1]):
            return cut
    return limit


def article_docs(article: Article, rules: Rules) -> list[Doc]:
    """spaCy docs of the article's sentences that hold figures, cut by jieba, each
    figure a span labelled with its indicator: `displacy.render(docs, style="span",
    options={"spans_key": "quantities"})`. The facts do not need them, so only this builds them."""
    spans = [(fact.start, fact.end, fact.indicator) for fact in article_facts(article, rules)]
    view = matching_view(article.text)
    return sentence_docs(article.text, sentence_starts(view, rules.segments, _title(article, view, rules)), spans)


@dataclass(frozen=True)
class Outcome:
    facts: list[Fact]
    error: str | None = None  # what went wrong, where the article could not be extracted


def extract_article(article: Article, rule_dirs: tuple[str, ...] = ()) -> Outcome:
    """One article's facts, as a run's unit of work: what fails is reported, not raised."""
    rules = rules_for(rule_dirs)
    try:
        return Outcome(list(article_facts(article, rules)))
    except Exception as error:  # one broken article must not sink the run
        return Outcome([], repr(error))


def _streamed(article: Article, rules: Rules, summary: Summary, path: Path) -> Iterator[Fact]:
    """A large article's facts, a chunk at a time; a failure keeps the rows before it."""
    try:
        for fact in article_facts(article, rules):
            summary.rows += 1
            yield fact
    except Exception as error:  # one broken article must not sink the run
        summary.problems.append(Problem(path, f"failed: {error!r}; its rows after that lost"))


def _is_large(article: Article) -> bool:
    return len(article.text) > LARGE_ARTICLE


@dataclass
class Summary:
    articles: int = 0  # read and extracted
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    written: bool = False  # the output was replaced: not when no article could be extracted


class NothingExtracted(Exception):
    """No article could be extracted: the previous output is worth more than an empty one."""


def run(
    source: Path,
    output: Path,
    rule_dirs: tuple[Path, ...] = (),
    encoding: str | None = None,
    save_text: bool = False,
    jobs: int = 1,
    scheduler: str | None = None,
    on_article: Callable[[Article], object] = lambda article: None,
    formats: tuple[str, ...] = ("csv",),
) -> Summary:
    """Extract every article of `source` (a folder or one .txt file) into `output/quantities.csv`
    (and the other `formats` of `write.WRITERS`: jsonl, parquet).

    An article that cannot be read or extracted is reported in the summary's
    problems and the run goes on; the CSV only replaces the previous one once
    it is complete, and not at all when no article could be extracted.
    """
    summary = Summary()
    paths = article_paths(source, summary.problems, exclude=output)
    if not paths:  # why is in the problems
        return summary
    path_of = {doc_id_of(path, source): path for path in paths}

    def articles() -> Iterator[Article]:
        for article in read_articles(source, summary.problems, encoding, paths):  # read
            if save_text:
                write_text(article.text, output / TEXTS_FOLDER / f"{article.doc_id}.txt")
            yield article

    def facts() -> Generator[Fact, None, None]:
        dirs = tuple(str(d) for d in rule_dirs)
        work = partial(extract_article, rule_dirs=dirs)
        # closed however the run ends: an interrupt raised while a row is written stops the workers too
        with closing(run_over(work, articles(), jobs, scheduler, partial(rules_for, dirs), _is_large)) as outcomes:
            for article, outcome in outcomes:
                on_article(article)
                if outcome is None:  # a large article: its rows stream out a chunk at a time
                    summary.articles += 1
                    yield from _streamed(article, rules_for(dirs), summary, path_of[article.doc_id])
                elif outcome.error:
                    summary.problems.append(
                        Problem(path_of[article.doc_id], f"failed: {outcome.error}; article skipped")
                    )
                else:
                    summary.articles += 1
                    summary.rows += len(outcome.facts)
                    yield from outcome.facts
        if not summary.articles:
            raise NothingExtracted

    try:
        with closing(facts()) as rows:
            write_facts(rows, output, formats)  # write
    except NothingExtracted:
        return summary
    summary.written = True
    return summary
