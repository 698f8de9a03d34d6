"""The writer: whole-tree swaps, journalled updates, recovery, and no path escaping output/."""
import json

import pytest

from briefing.write import UnsafePath, Writer, recover, safe_relative


def write(out, files, previous=None):
    writer = Writer(out)
    for name, data in files.items():
        writer.put(name, data)
    writer.commit(previous)
    return writer


def test_first_build_swaps_in_a_whole_tree(tmp_path):
    out = tmp_path / "output"
    write(out, {"index.html": b"one", "a/index.html": b"a"})
    assert (out / "index.html").read_bytes() == b"one"
    assert (out / "a" / "index.html").read_bytes() == b"a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]  # no staging left behind


def test_small_change_is_journalled_and_unchanged_files_stay_untouched(tmp_path):
    out = tmp_path / "output"
    files = {f"p{n}/index.html": b"same" for n in range(10)} | {"index.html": b"one", "gone.html": b"x"}
    write(out, files)
    inode = (out / "p3" / "index.html").stat().st_ino
    second = write(out, {**{k: v for k, v in files.items() if k != "gone.html"}, "index.html": b"two"}, set(files))
    assert (out / "index.html").read_bytes() == b"two"
    assert (out / "p3" / "index.html").stat().st_ino == inode
    assert not (out / "gone.html").exists()
    assert second.changed == ["index.html"]


def test_a_journalled_update_removes_the_folders_it_empties(tmp_path):
    out = tmp_path / "output"
    files = {f"p{n}/index.html": b"same" for n in range(10)} | {"page/2/index.html": b"2", "page/3/index.html": b"3"}
    write(out, files)
    kept = {k: v for k, v in files.items() if not k.startswith("page/3")}
    write(out, kept, set(files))
    assert not (out / "page" / "3").exists() and (out / "page" / "2" / "index.html").is_file()
    write(out, {k: v for k, v in kept.items() if not k.startswith("page/")}, set(kept))
    assert not (out / "page").exists()


def test_unknown_previous_build_swaps_the_whole_tree_and_drops_strays(tmp_path):
    out = tmp_path / "output"
    write(out, {"index.html": b"one"})
    (out / "stray.html").write_bytes(b"left by hand")
    write(out, {"index.html": b"one"}, previous=None)
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]


def test_abandoned_build_leaves_the_last_one(tmp_path):
    out = tmp_path / "output"
    write(out, {"index.html": b"good"})
    bad = Writer(out)
    bad.put("index.html", b"half")
    bad.abandon()
    assert (out / "index.html").read_bytes() == b"good"


def test_recover_finishes_a_committed_journal(tmp_path):
    out = tmp_path / "output"
    write(out, {"index.html": b"old", "a.html": b"a", "b.html": b"b", "c.html": b"c"})
    writer = Writer(out)
    writer.put("index.html", b"new")
    # The process died right after committing the journal, before applying it.
    (tmp_path / ".output.journal").write_text(json.dumps({"put": ["index.html"], "delete": ["c.html"]}))
    recover(out)
    assert (out / "index.html").read_bytes() == b"new"
    assert not (out / "c.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_recover_after_a_kill_between_the_two_renames(tmp_path):
    out = tmp_path / "output"
    write(out, {"index.html": b"good"})
    out.rename(tmp_path / ".output.old")  # the process died right here
    (tmp_path / ".output.staging").mkdir()
    recover(out)
    assert (out / "index.html").read_bytes() == b"good"
    assert not (tmp_path / ".output.staging").exists()


@pytest.mark.parametrize("path", ["../x", "/etc/passwd", "a/../../x", "a\\b", "", "a//b", "./a"])
def test_paths_that_could_escape_are_refused(path):
    with pytest.raises(UnsafePath):
        safe_relative(path)


def test_a_cache_written_by_other_code_is_ignored(tmp_path):
    import pickle

    from briefing.cache import Cache, atomic_write

    cache = Cache(tmp_path)
    cache.save_pickle("memo.pickle", {"key": "value"})
    assert cache.load_pickle("memo.pickle", {}) == {"key": "value"}
    atomic_write(cache.path / "memo.pickle", pickle.dumps(("other code", {"key": "stale"})))
    assert cache.load_pickle("memo.pickle", {}) == {}
