"""Issue 7: builds killed half-way, interrupted, or run two at once never leave a broken output/.

Each test runs `python build.py` in its own process group (so the extraction
workers die with it) and checks the output against complete builds.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.problems import Problems
from briefing.store import load

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build.py"
ARTICLES = 60  # enough for parallel extraction and a few hundred output files; small enough to be quick
ENV = {**os.environ, "CI": "1"}


@pytest.fixture(autouse=True)
def ctrl_c_as_from_a_terminal():
    """Ctrl-C raises KeyboardInterrupt here and reaches the builds started here, however the suite
    was started. Started with SIGINT ignored (`pytest &` in a script: see test_interrupt_with_ctrl_c_ignored.py),
    Python keeps it ignored and so do the processes it starts, which then took no Ctrl-C at all.
    A Python handler is reset to the default by exec: `python build.py` installs its own."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before or signal.SIG_DFL)  # None: set outside Python


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def make_site(root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    for n in range(ARTICLES):
        (root / "seeds" / f"a{n:03}.txt").write_text(
            f"Council story {n}\n\n“We will vote on item {n} next week,” Mayor Anna Smith said on Monday.\n\n"
            f"The council met for the {n}th time, officials said. Residents asked about roads.\n"
        )
    return root


def start(root: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(BUILD)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=ENV, start_new_session=True)


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the build and its extraction workers: its own process group, started by `start`."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:  # it had already finished
        pass
    proc.communicate()


def complete_build(root: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(BUILD)], cwd=root, capture_output=True, text=True, env=ENV, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    return time.perf_counter() - started


def edit_articles(root: Path, n: int) -> None:
    for path in sorted((root / "seeds").glob("*.txt"))[::3]:
        path.write_text(path.read_text() + f"\nMore news came in round {n}, officials said.\n")


def edit_template(root: Path, n: int) -> None:
    # A site override that changes every page but needs no extraction: the build goes straight to writing.
    folder = root / "site_src" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "briefing.html").write_text(
        (REPO / "templates" / "briefing.html").read_text() + f"{{# round {n} #}}<!-- round {n} -->\n"
    )


def published(root: Path) -> dict[str, bytes] | None:
    """What a reader would get: output/, or between the writer's two renames its `.old` twin."""
    if (root / "output").is_dir():
        return snapshot(root / "output")
    if (root / ".output.old").is_dir():
        return snapshot(root / ".output.old")
    return None


def assert_yamls_whole(root: Path) -> None:
    """No half-written briefing YAML: every file parses and validates."""
    for path in (root / "site_src" / "briefings").glob("*.yaml"):
        problems = Problems()
        assert load(path.read_text(), path.name, problems) is not None, (path, [str(p) for p in problems.items])


def test_kill_9_at_any_moment_leaves_the_last_complete_build(tmp_path):
    root = make_site(tmp_path / "site")
    # Killed during the very first build: there is no output, or a complete one.
    proc = start(root)
    time.sleep(0.5)
    kill(proc)
    first = published(root)
    full_time = complete_build(root)
    previous = snapshot(root / "output")
    assert first in (None, previous)
    edit_template(root, 0)
    template_time = complete_build(root)
    previous = snapshot(root / "output")

    interrupted = 0
    rounds = [(edit_articles, full_time, f) for f in (0.3, 0.7)]
    rounds += [(edit_template, template_time, f) for f in (0.15, 0.45, 0.75)]
    for n, (edit, duration, fraction) in enumerate(rounds, start=1):
        edit(root, n)
        proc = start(root)
        time.sleep(duration * fraction)
        interrupted += proc.poll() is None
        kill(proc)
        killed = published(root)

        complete_build(root)  # the next build works: no stale lock, no half-written cache
        current = snapshot(root / "output")
        assert killed is not None, f"round {n}: no output at all"
        # Either the old build or the new one, complete: never a mixture.
        assert killed == previous or killed == current, f"round {n}: output/ is neither the last nor the next build"
        assert not (root / ".output.staging").exists() and not (root / ".output.old").exists()
        assert_yamls_whole(root)
        previous = current
    assert interrupted >= len(rounds) // 2, "most kills should land while a build is running"


def test_two_builds_at_once_give_one_clean_output(tmp_path):
    root = make_site(tmp_path / "site")
    complete_build(root)
    edit_articles(root, 1)
    edit_template(root, 1)

    first, second = start(root), start(root)
    results = [p.communicate(timeout=120) + (p.returncode,) for p in (first, second)]

    for out, err, code in results:
        assert code == 0 and "Traceback" not in err, err
    together = snapshot(root / "output")
    assert not (root / ".output.staging").exists() and not (root / ".output.old").exists()
    # A third, sequential build changes nothing: the concurrent ones left exactly the right output.
    complete_build(root)
    assert snapshot(root / "output") == together
    assert_yamls_whole(root)


def children(pid: int) -> list[int]:
    """The processes `pid` forked (its extraction workers), from /proc."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"  # a zombie holds nothing: only its parent's wait is missing


def test_a_build_killed_alone_takes_its_workers_with_it_and_the_next_build_runs(tmp_path):
    """The OOM killer, `timeout` and `docker stop` signal the build's main process only: its
    workers must not live on holding the site's lock, which would stall every later build."""
    root = make_site(tmp_path / "site")
    for path in (root / "seeds").glob("*.txt"):  # longer: the drafts overfill the pipe to the build
        path.write_text(path.read_text() + "".join(
            f"\n“Item {k} is the one we cannot delay,” Councillor Ben Ortiz said. Residents agreed.\n" for k in range(40)))
    for signum, code in ((signal.SIGKILL, -signal.SIGKILL), (signal.SIGTERM, 143)):
        edit_articles(root, signum)
        proc = start(root)
        deadline = time.monotonic() + 60
        while not children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        workers = children(proc.pid)
        assert workers, "the build finished before it forked any worker"
        # Paused, the build reads no results: its workers fill the pipe and block writing, as
        # they do when a build is killed in the middle of a large extraction.
        os.kill(proc.pid, signal.SIGSTOP)
        time.sleep(1)
        os.kill(proc.pid, signum)
        os.kill(proc.pid, signal.SIGCONT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == code, err
        if signum == signal.SIGTERM:
            assert err.rstrip().endswith("interrupted; output/ still holds the last complete build")
        deadline = time.monotonic() + 10
        while not all(gone(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(gone(pid) for pid in workers), "a worker outlived its build"
        complete_build(root)  # within complete_build's timeout: no lock left held


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_command() -> list[str]:
    return [sys.executable, str(BUILD), "serve", "--port", str(free_port())]


def signal_mid_build(proc: subprocess.Popen, signum: int) -> None:
    """Send `signum` while the build runs: once it has forked its extraction workers. Stopped
    meanwhile, it cannot finish the build between our look and the signal, however slow we are."""
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        os.kill(proc.pid, signal.SIGSTOP)  # before looking: the workers seen are still there when it is signalled
        if children(proc.pid):
            os.kill(proc.pid, signum)
            os.kill(proc.pid, signal.SIGCONT)
            return
        os.kill(proc.pid, signal.SIGCONT)
        time.sleep(0.01)
    raise AssertionError("the build finished before it forked any worker")


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_serve_stopped_during_a_rebuild_stops_the_rebuild_and_leaves_the_last_complete_build(tmp_path, signum, code):
    """An editor's Ctrl-C must not wait for a rebuild of the whole site: serve stops as `build`
    does, with its exit code, output/ as the last complete build left it and every YAML whole."""
    root = make_site(tmp_path / "site")
    log = tmp_path / "serve.log"
    proc = subprocess.Popen(serve_command(), cwd=root, stdout=subprocess.DEVNULL, stderr=log.open("wb"), env=ENV,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while "serving http://" not in log.read_text() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "serving http://" in log.read_text(), log.read_text()
        first = snapshot(root / "output")
        os.kill(proc.pid, signal.SIGSTOP)  # so that one rebuild sees every edit, not a first few
        edit_articles(root, 1)  # every third article: re-extracted on the workers
        edit_template(root, 1)  # every page: re-rendered
        os.kill(proc.pid, signal.SIGCONT)
        signal_mid_build(proc, signum)
        assert proc.wait(timeout=60) == code, log.read_text()
    finally:
        kill(proc)
    messages = log.read_text()
    assert "rebuilt" not in messages and "Traceback" not in messages, messages  # the rebuild never ended
    assert messages.rstrip().endswith("interrupted; output/ still holds the last complete build"), messages
    assert snapshot(root / "output") == first
    assert not (root / ".output.staging").exists() and not (root / ".output.old").exists()
    assert_yamls_whole(root)
    complete_build(root)  # the build the rebuild would have made changes output/: it was stopped, not done
    assert snapshot(root / "output") != first


@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_first_build_interrupted_says_no_output_was_written(tmp_path, command):
    """With no output/ yet, "output/ still holds the last complete build" would send the editor
    looking for a folder that is not there."""
    root = make_site(tmp_path / "site")
    argv = serve_command() if command == "serve" else [sys.executable, str(BUILD)]
    proc = subprocess.Popen(argv, cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV, start_new_session=True)
    try:
        signal_mid_build(proc, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        kill(proc)
    assert proc.returncode == 130, err
    assert not (root / "output").exists()
    assert err.rstrip().endswith("interrupted; no output/ was written yet"), err
    assert "Traceback" not in err, err


# Runs build.py with a Ctrl-C sent to the extraction standby the moment it is forked, before it
# set up its own handlers: the signal is real, only its moment is chosen.
_CTRL_C_IN_THE_NEW_CHILD = """
import os, runpy, signal, sys
fork = os.fork
def fork_and_press_ctrl_c_in_the_child():
    os.fork = fork  # the standby's fork only, the build's first
    pid = fork()
    if pid == 0:
        os.kill(os.getpid(), signal.SIGINT)
    else:
        print("forked the standby", file=sys.stderr)
    return pid
os.fork = fork_and_press_ctrl_c_in_the_child
sys.argv = [sys.argv[1]]
sys.path.insert(0, os.path.dirname(sys.argv[0]))  # as `python build.py` does: this checkout's package
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="on one core the build forks no standby")
def test_a_ctrl_c_reaching_the_standby_as_it_starts_never_runs_the_build_in_it(site):
    """The standby leaves Ctrl-C to the build. Raised in it before its handlers were set, the
    KeyboardInterrupt went back into the build's code in the child: it printed "interrupted" while
    the build itself went on (and unlocked the site's lock, which the build shares with it)."""
    done = subprocess.run([sys.executable, "-c", _CTRL_C_IN_THE_NEW_CHILD, str(BUILD)], cwd=site,
                          capture_output=True, text=True, env=ENV, timeout=120)
    assert done.returncode == 0 and "forked the standby" in done.stderr, done.stderr
    assert "interrupted" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.count("built 1 briefing") == 1, done.stdout


def test_a_ctrl_c_between_the_two_renames_of_a_full_swap_leaves_a_complete_output(site, monkeypatch, capsys):
    """A real SIGINT, sent the moment output/ has been renamed away for the new tree: raised there,
    the build stopped with no output/ at all, deleted the new tree, and said none was written yet."""
    from briefing.cli import main

    assert main(["build", "--root", str(site)]) == 0
    first = snapshot(site / "output")
    shutil.rmtree(site / ".briefing-cache")  # no record of the last build: the next one swaps the whole tree
    press_ctrl_c_after(monkeypatch, "rename", ".output.old")
    capsys.readouterr()
    assert main(["build", "--root", str(site)]) == 130
    assert capsys.readouterr().err.rstrip().endswith("interrupted; output/ still holds the last complete build")
    assert snapshot(site / "output") == first
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".output")) == []


def test_a_ctrl_c_as_a_rebuild_switches_output_waits_for_the_switch(tmp_path, monkeypatch, capsys):
    """A real SIGINT, sent the moment a rebuild's journal commits it: raised there, output/ held
    some of this build's files and some of the last one's, though the message said it was whole."""
    from briefing.cli import main

    root = make_site(tmp_path / "site")
    assert main(["build", "--root", str(root)]) == 0
    article = root / "seeds" / "a007.txt"
    article.write_text(article.read_text().replace("Residents asked", "Residents of the east ward asked"))
    press_ctrl_c_after(monkeypatch, "replace", ".output.journal")
    capsys.readouterr()
    assert main(["build", "--root", str(root)]) == 130
    assert capsys.readouterr().err.rstrip().endswith("interrupted; output/ still holds the last complete build")
    assert not [p.name for p in tmp_path.glob("site/.output.*")]
    switched = snapshot(root / "output")
    monkeypatch.undo()
    assert main(["build", "--root", str(root)]) == 0
    assert snapshot(root / "output") == switched  # it was the rebuild, whole: nothing left to change


def press_ctrl_c_after(monkeypatch, move: str, name: str) -> None:
    """A real SIGINT to this process right after `os.<move>` puts a file or folder called `name`."""
    original = getattr(os, move)

    def move_then_press_ctrl_c(source, target, **options):
        original(source, target, **options)
        if Path(target).name == name:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(os, move, move_then_press_ctrl_c)
