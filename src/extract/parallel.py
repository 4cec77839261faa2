"""Run a function over items: in this process, in a pool of processes
(`jobs` > 1) or on a Dask cluster (`scheduler`, e.g. `tcp://HOST:8786`).
Results come back in the order of the items, so a run gives the same output
whichever is used. The function must be defined at a module's top level, so
that workers can import it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol, TypeVar

IN_FLIGHT_PER_WORKER = 4  # items handed out ahead per worker: keeps workers busy, memory bounded

Item = TypeVar("Item")
Result = TypeVar("Result")
Result_co = TypeVar("Result_co", covariant=True)


class Future(Protocol[Result_co]):
    def result(self) -> Result_co: ...


def in_order(
    submit: Callable[[Item], Future[Result]], items: Iterable[Item], window: int
) -> Iterator[tuple[Item, Result]]:
    """Submit items, at most `window` ahead, and yield their results in order."""
    pending: list[tuple[Item, Future[Result]]] = []
    for item in items:
        pending.append((item, submit(item)))
        if len(pending) >= window:
            done, future = pending.pop(0)
            yield done, future.result()
    for done, future in pending:
        yield done, future.result()


def run_over(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    jobs: int = 1,
    scheduler: str | None = None,
    prepare: Callable[[], object] = lambda: None,
) -> Iterator[tuple[Item, Result]]:
    """Each item with `function(item)`, in the order of the items. `prepare` runs here
    first: what it loads before a pool's workers fork, they share."""
    if scheduler:
        from dask.distributed import Client  # optional: pip install "extract[dask]"

        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield from in_order(
                lambda item: client.submit(function, item, pure=False), items, workers * IN_FLIGHT_PER_WORKER
            )
    elif jobs > 1:
        prepare()
        gc.freeze()  # what is loaded stays out of the workers' garbage collections, which would copy its pages
        try:
            with ProcessPoolExecutor(jobs) as pool:
                yield from in_order(lambda item: pool.submit(function, item), items, jobs * IN_FLIGHT_PER_WORKER)
        finally:
            gc.unfreeze()
    else:
        prepare()
        for item in items:
            yield item, function(item)
