"""The standby process: prepared in a child, work done there, and done here when the child fails or is unsafe."""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest

from briefing.parallel import Standby

PREPARED_IN: list[int] = []  # the pid of each process that ran `_prepare`


def _prepare() -> Iterator[None]:
    PREPARED_IN.append(os.getpid())
    yield


def _fail_to_prepare() -> Iterator[None]:
    raise RuntimeError("cannot prepare")
    yield


def _prepare_at_length() -> Iterator[None]:
    """Steps that would take half a minute in all; then it says it finished."""
    PREPARED_IN.append(os.getpid())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        yield
    PREPARED_IN.append(0)


def _where(item: int) -> tuple[int, int, list[int]]:
    """(item doubled, the pid that ran this, the pids that prepared in this process)."""
    return item * 2, os.getpid(), list(PREPARED_IN)


def _reject(item: int) -> int:
    raise ValueError(f"bad item {item}")


def _assert_reaped(pid: int) -> None:
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_the_work_runs_in_the_child_after_it_prepared():
    with Standby(_prepare) as standby:
        child = standby.pid
        assert child and child != os.getpid()
        results = list(standby.map(_where, [1, 2, 3]))
    assert [doubled for doubled, _, _ in results] == [2, 4, 6]
    assert {pid for _, pid, _ in results} == {child}
    assert results[0][2] == [child]  # prepared there, before the work
    assert PREPARED_IN == []  # and not here
    _assert_reaped(child)


def test_the_work_is_taken_as_it_comes_and_the_preparing_left_off():
    with Standby(_prepare_at_length) as standby:
        child = standby.pid
        [(doubled, pid, prepared)] = standby.map(_where, [4])
    assert (doubled, pid, prepared) == (8, child, [child])  # not finished: no 0 after the pid


def test_a_child_that_fails_to_prepare_leaves_the_work_to_this_process():
    with Standby(_fail_to_prepare) as standby:
        child = standby.pid
        assert list(standby.map(_where, [5])) == [(10, os.getpid(), [])]
    _assert_reaped(child)


def test_an_error_in_the_work_is_raised_here():
    with Standby(_prepare) as standby, pytest.raises(ValueError, match="bad item 7"):
        list(standby.map(_reject, [7]))


def test_nothing_to_prepare_starts_no_child():
    with Standby(None) as standby:
        assert standby.pid == 0
        assert list(standby.map(_where, [4])) == [(8, os.getpid(), [])]


def test_an_unused_standby_is_stopped_and_reaped():
    standby = Standby(_prepare)
    child = standby.pid
    standby.close()
    standby.close()  # twice is harmless
    assert standby.pid == 0
    _assert_reaped(child)


def test_no_child_is_forked_beside_a_running_thread():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with Standby(_prepare) as standby:
            assert standby.pid == 0
            assert list(standby.map(_where, [3])) == [(6, os.getpid(), [])]
    finally:
        stop.set()
        thread.join()


def test_when_no_process_can_be_forked_the_work_runs_here(monkeypatch):
    def refuse() -> int:
        raise BlockingIOError("fork: resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refuse)
    opened = len(os.listdir("/proc/self/fd"))
    with Standby(_prepare) as standby:
        assert standby.pid == 0
        assert list(standby.map(_where, [2])) == [(4, os.getpid(), [])]
    assert len(os.listdir("/proc/self/fd")) == opened  # its pipes were closed


def test_results_asked_for_after_close_are_made_here():
    standby = Standby(_prepare)
    child = standby.pid
    results = standby.map(_where, [1])
    standby.close()
    assert list(results) == [(2, os.getpid(), [])]
    _assert_reaped(child)


def test_many_drafts_come_in_order_whoever_makes_them():
    """A first build drafts many articles in forked workers, and the first few in the standby that
    loaded the rules meanwhile: each draft is the one made here, in the order of the jobs."""
    from briefing.articles import parse_article
    from briefing.cache import Memo
    from briefing.extract import preparing
    from briefing.problems import Problems
    from briefing.site import STANDBY_DRAFTS, _draft, draft_all

    texts = [f"Talks {n} stall\n\n“We will not move on tariffs {n},” said Ana Ruiz, the trade minister. "
             f"Officials in Lima met on day {n}.\n" for n in range(STANDBY_DRAFTS + 20)]
    jobs = [(parse_article(text.encode(), f"a{n}.txt", Problems()), None) for n, text in enumerate(texts)]
    expected = [_draft(job) for job in jobs]
    for prepares in (preparing, None):  # with a standby that loaded the rules, and with none
        with Standby(prepares) as standby, draft_all(jobs, Memo(None, "drafts"), lambda *_: None, standby) as drafts:
            assert [(d.slug, d.text) for d in drafts] == [(d.slug, d.text) for d in expected]
