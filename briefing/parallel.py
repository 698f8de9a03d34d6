"""Run a function over many items on every core: forked worker processes, results in order.

Forked workers share what the build has loaded (modules, templates, the
briefings it holds) without pickling it; only the items and the results
cross between processes. With few items, on one core, or where forking is not
safe (anywhere but Linux), the work runs in this process instead.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from .collector import frozen

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
    # The objects the workers inherit are out of the collector's sight (`frozen`).
    with frozen():
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_as_worker, initargs=(os.getpid(),))
        try:
            with stop_signals_held():  # the first submit forks every worker
                # Chunks small enough to share the work out evenly, large enough to pay for their round trip.
                results = pool.map(function, items, chunksize=max(1, min(16, len(items) // (4 * workers))))
            yield results
        finally:
            # On Ctrl-C, drop the queued work instead of waiting for it.
            pool.shutdown(wait=True, cancel_futures=True)


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def stop_signals_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM over a step they must not cut (a fork, the switch of output/), and
    take them after. One that lands in the parent's after-fork hooks (logging's, say) raises there,
    where Python prints "Exception ignored" and drops it: the build would go on as if no one had
    asked it to stop. Threads started meanwhile (the pool's manager) keep them held, so they come
    to the main thread, which stops the build. It holds them in this thread only: a thread started
    outside a hold may take a signal meant for a held step, so every thread the build or the dev
    server starts is started inside one, or is done before such a step.

    A child forked meanwhile keeps them held until `_as_worker` has set its own handlers: let through
    here, a Ctrl-C would raise in the child on its way back into the caller's code, which would then
    run in the child as well (print "interrupted", unlock the site's lock that it shares)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    holder = os.getpid()
    try:
        yield
    finally:
        if os.getpid() == holder:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _as_worker(parent: int) -> None:
    """Workers leave Ctrl-C and SIGTERM to the main process, which stops the build cleanly, and
    die with it: a worker left behind by a killed build would hold the site's lock forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # held while it was forked
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no prctl: such a worker outlives a killed build
        pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>: the signal this process gets when its parent dies


class Standby:
    """A forked process that gets ready for some work while this one does other things.

    The child takes the steps of `prepare`, a generator, at once (for
    extraction: load the rules and compile their patterns, most of the cost of
    extracting one article), and takes a single `map` call's work as soon as
    it comes, leaving the steps not yet taken to be done as the work needs
    them. A one-article rebuild thus prepares its extractor on the second core
    while the first one reads the sources, and extracts while the first one
    loads the templates.

    Not started when there is nothing to prepare (`prepare` is None), nor
    where forking is unsafe or pointless: one core, anything but Linux, or
    threads running (a child forked beside another thread may inherit a lock
    that thread holds). `map` then runs in this process; so it does, all over
    again, if the child died or failed, and an error in `function` is then
    raised here with its traceback.
    """

    def __init__(self, prepare: Callable[[], Iterable[object]] | None):
        self.pid, self._job_write, self._result_read = 0, -1, -1
        if prepare is None or (os.cpu_count() or 1) < 2 or not sys.platform.startswith("linux") or threading.active_count() > 1:
            return
        job_read, self._job_write = os.pipe()
        self._result_read, result_write = os.pipe()
        parent = os.getpid()
        try:
            with stop_signals_held():
                self.pid = os.fork()
        except OSError:  # no process to spare: the work runs here
            self.close()
            os.close(job_read)
            os.close(result_write)
            return
        if self.pid == 0:  # the child: it never returns into the caller's code
            status = 1
            try:
                _as_worker(parent)
                os.close(self._job_write)
                os.close(self._result_read)
                work = select.poll()
                work.register(job_read, select.POLLIN)
                for _ in prepare():
                    if work.poll(0):  # the work has come (or this process's parent has gone)
                        break
                with os.fdopen(job_read, "rb") as jobs, os.fdopen(result_write, "wb") as results:
                    function, items = pickle.load(jobs)
                    pickle.dump([function(item) for item in items], results)
                status = 0
            finally:
                os._exit(status)  # no atexit handlers, no flushing the parent's buffered output twice
        os.close(job_read)
        os.close(result_write)

    @property
    def running(self) -> bool:
        """Whether the child is there, to take work (it may have failed to prepare: see `map`)."""
        return bool(self.pid)

    def map(self, function: Callable[[Item], Result], items: Sequence[Item]) -> Iterator[Result]:
        """`map(function, items)`, in the child if it is there (`function` must be module-level).

        The items go to the child now, and its results are read when first
        asked for: this process can do other work meanwhile.
        """
        if not self.pid:
            return map(function, items)
        try:
            descriptor, self._job_write = self._job_write, -1
            with os.fdopen(descriptor, "wb") as jobs:
                pickle.dump((function, list(items)), jobs)
        except OSError:  # the child is gone
            self.close()
            return map(function, items)
        return self._results(function, items)

    def _results(self, function: Callable[[Item], Result], items: Sequence[Item]) -> Iterator[Result]:
        results = None
        if self._result_read >= 0:  # else the standby was closed before its results were read
            descriptor, self._result_read = self._result_read, -1
            try:
                with os.fdopen(descriptor, "rb") as pipe:
                    results = pickle.load(pipe)
            except (OSError, EOFError, pickle.UnpicklingError):  # the child failed: do the work here
                pass
        self.close()
        yield from map(function, items) if results is None else results

    def __enter__(self) -> Standby:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the child, if it is still there. Each field is cleared before its system call, so
        that a second call (after Ctrl-C in the first, say) cannot close another file's descriptor."""
        for name in ("_job_write", "_result_read"):
            descriptor = getattr(self, name)
            setattr(self, name, -1)
            if descriptor >= 0:
                os.close(descriptor)
        pid, self.pid = self.pid, 0
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
