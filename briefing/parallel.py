"""Run a function over many items on every core: forked worker processes, results in order.

Forked workers share what the build has loaded (modules, templates, the
briefings it holds) without pickling it; only the items and the results
cross between processes. With few items, on one core, or where forking is not
safe (anywhere but Linux), the work runs in this process instead.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

PARALLEL_THRESHOLD = 16  # below this many items, starting worker processes costs more than it saves

Item = TypeVar("Item")
Result = TypeVar("Result")


@contextmanager
def parallel_map(
    function: Callable[[Item], Result], items: Sequence[Item], minimum: int
) -> Iterator[Iterator[Result]]:
    """`map(function, items)`, on every core when there are at least `minimum` items.

    A context manager: the workers start on entry, so the caller can do other
    work while they run, and they are stopped on exit. One worker per core,
    even for work that writes files: the writes land in the page cache, and
    more workers than cores cost more CPU than they overlap.
    """
    cores = os.cpu_count() or 1
    if len(items) < minimum or cores < 2 or not sys.platform.startswith("linux"):
        yield map(function, items)
        return
    # Imported here: a build with little to do starts no worker, and need not pay for these.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = cores
    # Out of the collector's sight, the objects the workers inherit are not written to by its
    # sweeps, so the kernel does not copy their pages into every worker.
    gc.freeze()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_ignore_interrupts)
    try:
        # Chunks small enough to share the work out evenly, large enough to pay for their round trip.
        yield pool.map(function, items, chunksize=max(1, min(16, len(items) // (4 * workers))))
    finally:
        # On Ctrl-C, drop the queued work instead of waiting for it.
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the build cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
