"""Run a function over items: in this process, in a pool of processes
(`jobs` > 1) or on a Dask cluster (`scheduler`, e.g. `tcp://HOST:8786`).
Results come back in the order of the items, so a run gives the same output
whichever is used. The function must be defined at a module's top level, so
that workers can import it. Items the caller keeps for itself (`local`) come
back in their place with no result: the caller works them, streaming.

Workers ignore Ctrl-C: the interrupt reaches this process, which stops them
at once (pending work is dropped, running workers are terminated)."""

from __future__ import annotations

import gc
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Protocol, TypeVar

IN_FLIGHT_PER_WORKER = 4  # items handed out ahead per worker: keeps workers busy, memory bounded
SCHEDULER_TIMEOUT = "10s"  # how long to wait for a Dask scheduler before giving up
STOP_WAIT = 0.3  # seconds a terminated worker is given to end before it is killed

Item = TypeVar("Item")
Result = TypeVar("Result")
Result_co = TypeVar("Result_co", covariant=True)


class Future(Protocol[Result_co]):
    def result(self) -> Result_co: ...


def in_order(
    submit: Callable[[Item], Future[Result]],
    items: Iterable[Item],
    window: int,
    local: Callable[[Item], bool] = lambda item: False,
) -> Iterator[tuple[Item, Result | None]]:
    """Submit items, at most `window` ahead, and yield their results in order; a local item
    is not submitted and comes with None."""
    pending: deque[tuple[Item, Future[Result] | None]] = deque()
    for item in items:
        pending.append((item, None if local(item) else submit(item)))
        while pending and (pending[0][1] is None or len(pending) >= window):
            done, future = pending.popleft()
            yield done, None if future is None else future.result()
    for done, future in pending:
        yield done, None if future is None else future.result()


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # one that came while forking is dropped


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Ctrl-C held back while the block runs, raised after it: blocked in this thread, and noted,
    not raised, where another thread takes it."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    noted: list[int] = []
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, lambda number, frame: noted.append(number)) if in_main else None
    try:
        yield
    finally:
        if in_main:
            signal.signal(signal.SIGINT, previous)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # an interrupt held back arrives here
        if noted:
            raise KeyboardInterrupt


def _submit_shielded(pool: ProcessPoolExecutor, function: Callable[[Item], Result], item: Item) -> Future[Result]:
    """Submit with Ctrl-C held back: a submit may fork the workers, and an interrupt between a
    fork and a worker's first line would kill that worker instead of reaching this process, or
    one raised here between a fork and the pool noting its worker would leave that worker running."""
    with interrupts_held():
        return pool.submit(function, item)


def run_over(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    jobs: int = 1,
    scheduler: str | None = None,
    prepare: Callable[[], object] = lambda: None,
    local: Callable[[Item], bool] = lambda item: False,
) -> Generator[tuple[Item, Result | None], None, None]:
    """Each item with `function(item)` (None for a local item), in the order of the items.
    `prepare` runs here first: what it loads before a pool's workers fork, they share."""
    if scheduler:
        from dask.distributed import Client  # optional: pip install "extract[dask]"

        with Client(scheduler, timeout=SCHEDULER_TIMEOUT) as client:  # type: ignore[no-untyped-call]
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield from in_order(
                lambda item: client.submit(function, item, pure=False), items, workers * IN_FLIGHT_PER_WORKER, local
            )
    elif jobs > 1:
        prepare()
        gc.freeze()  # what is loaded stays out of the workers' garbage collections, which would copy its pages
        pool = ProcessPoolExecutor(jobs, initializer=_ignore_interrupts)
        try:
            yield from in_order(
                lambda item: _submit_shielded(pool, function, item), items, jobs * IN_FLIGHT_PER_WORKER, local
            )
        except BaseException:
            _stop(pool)
            raise
        else:
            pool.shutdown()
        finally:
            gc.unfreeze()
    else:
        prepare()
        for item in items:
            yield item, None if local(item) else function(item)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool now: drop what waits, terminate what runs (an interrupted run must not hang)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=STOP_WAIT)
        if process.is_alive():
            process.kill()
