"""What a rebuild after one article changed need not pay for (issue #5), held with the output unchanged."""
import gc
from pathlib import Path

from briefing.cache import Cache, Memo
from briefing.site import build


def test_a_memo_read_from_the_cache_costs_the_collector_nothing(tmp_path: Path):
    """A build reads its memos whole and keeps them to its end: the young collections that
    thousands of new objects set off would look at each one, twice, and free none of them."""
    cache = Cache(tmp_path)
    cache.path.mkdir()
    cache.save_pickle("memo.pickle", {f"key-{n}": ([f"value-{n}"], []) for n in range(5000)})
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        entries = Memo(cache, "memo.pickle").entries
    finally:
        gc.callbacks.remove(count)
    try:
        assert entries["key-4999"] == (["value-4999"], [])
        assert collections == []
        looked_at = {id(obj) for obj in gc.get_objects()}
        assert id(entries) not in looked_at and id(entries["key-1"][0]) not in looked_at
    finally:
        gc.unfreeze()


def test_a_build_leaves_every_object_in_the_collectors_sight(site: Path):
    """The dev server runs build after build: what one build held and dropped must be collected as before."""
    Memo._in_memory.clear()  # read from the files, as a fresh process does
    build(site)
    build(site, out=site / "second")
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
