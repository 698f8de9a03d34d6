"""The dev server's memory: what each rebuild drops is freed, by a full collection run when the server is idle."""
import asyncio
import gc
import weakref
from pathlib import Path

import jinja2

from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher

from briefing.cache import Memo
from briefing.check import check_site
from briefing.parallel import parallel_map
from briefing.serve import Preview, _CatchingUp, snapshot
from briefing.site import build


def environments_alive(seen: set[int]) -> list[weakref.ref]:
    """The Jinja environments alive now (the Renderers' of the builds so far) that are not among
    `seen` (ids), which then holds them too."""
    found = [obj for obj in gc.get_objects() if isinstance(obj, jinja2.Environment) and id(obj) not in seen]
    seen.update(map(id, found))
    return [weakref.ref(env) for env in found]


def test_the_dev_server_frees_its_earlier_builds_renderers_when_idle(site: Path, monkeypatch):
    """Each build makes a Renderer, whose Jinja environment and templates hold each other in
    reference cycles. A build runs without full collections, and leaves them in the oldest
    generation: unless the server runs one, every save adds some 160 KB for good. It runs one
    once idle, and never between a save and its reload, which it would hold up."""
    preview = Preview(site)
    # livereload's settings, as `serve` makes them (its server is not started: no page listens)
    monkeypatch.setattr(LiveReloadHandler, "watcher", Watcher())
    monkeypatch.setattr(LiveReloadHandler, "waiters", _CatchingUp(preview))
    preview.collect_after_s = 0  # idle as soon as the loop is: the test waits for no clock
    full_collections: list[str] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full_collections.append("idle" if idle else "on the way to a reload")

    async def saves_then_idle() -> list[weakref.ref]:
        nonlocal idle
        seen: set[int] = set()
        environments_alive(seen)  # the earlier tests': not this server's to free
        preview.seen = snapshot(preview.watched(), preview.out)
        preview.rebuild()
        (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
        environments = environments_alive(seen)
        gc.callbacks.append(count)
        try:
            for n in range(4):
                yaml_file.write_text(yaml_file.read_text().replace("title: ", f"title: Edit {n} ", 1))
                preview.poll()
                environments += environments_alive(seen)
            assert preview.builds == 5
            idle = True
            for _ in range(3):  # the loop runs what is due
                await asyncio.sleep(0)
        finally:
            gc.callbacks.remove(count)
        return environments

    idle = False
    environments = asyncio.run(saves_then_idle())
    assert len(environments) >= 5  # one a build, alive after its poll: none freed on the way to a reload
    assert [env() is None for env in environments] == [True] * len(environments)
    assert full_collections == ["idle"]  # one, after the last save: the pending ones were put off


def test_a_check_after_a_build_leaves_nothing_frozen(site: Path):
    """`check` reads the build's memos whole, outside any build: a freeze then would last as long as
    the process (a program calling `check_site`, a test run), as nothing would unfreeze it."""
    build(site)
    Memo._in_memory.clear()  # read from the files, as a fresh process does
    problems, count = check_site(site)
    assert count == 1 and not problems.errors
    assert gc.get_freeze_count() == 0


def test_a_build_leaves_what_its_caller_froze_frozen(site: Path):
    """A program that embeds `build` and froze its own objects (say, before forking) keeps them frozen."""
    build(site)  # the modules imported: the next build has only memos to freeze
    Memo._in_memory.clear()
    (site / "site_src" / "briefings" / "second.yaml").write_text("title: Second\nslug: second\n")
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        assert not build(site).failed
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_work_on_every_core_leaves_what_its_caller_froze_frozen():
    """`parallel_map` freezes what its workers inherit: a caller's own frozen objects stay frozen
    after it, and it freezes nothing for them that nothing would unfreeze."""
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        with parallel_map(abs, list(range(-200, 0)), 1) as results:
            assert sum(results) == 20100
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_work_on_every_core_outside_a_build_leaves_nothing_frozen():
    with parallel_map(abs, list(range(-200, 0)), 1) as results:
        assert sum(results) == 20100
    assert gc.get_freeze_count() == 0
