"""Where articles are extracted: in this process, in a pool of processes
(`--jobs N`), or on a Dask cluster (`--scheduler tcp://HOST:PORT`). The same
per-article function runs everywhere, and results come back in the order the
articles were read, so the output is the same bytes whichever is used.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from extract.read import Article
from extract.rules import load_rules
from extract.write import csv_text

IN_FLIGHT_PER_WORKER = 4  # articles handed out ahead per worker: keeps workers busy, memory bounded
SCHEDULER_VARIABLE = "EXTRACT_SCHEDULER"


@dataclass(frozen=True)
class Outcome:
    table: str  # the article's rows, as lines of the CSV
    rows: int
    error: str | None = None  # what went wrong, where the article could not be extracted


@lru_cache(maxsize=4)
def extractor(rule_dirs: tuple[str, ...] = ()) -> Any:
    """The extractor of these rule folders, built once per process (a broken rule file raises RuleError)."""
    from extract.pipeline import Extractor  # the pipeline module uses this one

    return Extractor(load_rules(tuple(Path(d) for d in rule_dirs)))


def extract_article(article: Article, rule_dirs: tuple[str, ...] = ()) -> Outcome:
    """Extract one article; the rules are loaded once per process."""
    loaded = extractor(rule_dirs)
    try:
        rows = list(loaded.rows(article))
    except Exception as error:  # one broken article must not sink the run
        return Outcome("", 0, repr(error))
    return Outcome(csv_text(rows), len(rows))


class Future(Protocol):
    def result(self) -> Outcome: ...


def in_order(submit: Callable[[Article], Future], articles: Iterable[Article], window: int) -> Iterator[tuple[Article, Outcome]]:
    """Submit articles, at most `window` ahead, and yield their outcomes in order."""
    pending: list[tuple[Article, Future]] = []
    for article in articles:
        pending.append((article, submit(article)))
        if len(pending) >= window:
            done, future = pending.pop(0)
            yield done, future.result()
    for done, future in pending:
        yield done, future.result()


def extracted(
    articles: Iterable[Article], rule_dirs: tuple[str, ...], jobs: int, scheduler: str | None
) -> Iterator[tuple[Article, Outcome]]:
    """Each article with its outcome, in the order read."""
    scheduler = scheduler or os.environ.get(SCHEDULER_VARIABLE) or None
    if scheduler:
        from dask.distributed import Client  # optional: pip install "extract[dask]"

        with Client(scheduler) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            submit = lambda article: client.submit(extract_article, article, rule_dirs, pure=False)  # noqa: E731
            yield from in_order(submit, articles, workers * IN_FLIGHT_PER_WORKER)
    elif jobs > 1:
        extractor(rule_dirs)  # loaded before the workers fork, which then share it
        gc.freeze()  # and kept out of their garbage collections, which would copy its pages into each
        try:
            with ProcessPoolExecutor(jobs) as pool:
                submit = lambda article: pool.submit(extract_article, article, rule_dirs)  # noqa: E731
                yield from in_order(submit, articles, jobs * IN_FLIGHT_PER_WORKER)
        finally:
            gc.unfreeze()
    else:
        for article in articles:
            yield article, extract_article(article, rule_dirs)
