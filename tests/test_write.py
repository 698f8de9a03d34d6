"""The writer: atomic swaps, unchanged files kept, and no path escaping output/."""
import pytest

from briefing.write import Staging, UnsafePath, recover, safe_relative


def test_swap_replaces_the_whole_build_and_keeps_unchanged_files(tmp_path):
    out = tmp_path / "output"
    first = Staging(out)
    first.put("index.html", b"one")
    first.put("a/index.html", b"a")
    first.put("gone.html", b"x")
    first.commit()
    inode = (out / "a" / "index.html").stat().st_ino

    second = Staging(out)
    second.put("index.html", b"two")
    second.put("a/index.html", b"a")
    second.commit()
    assert (out / "index.html").read_bytes() == b"two"
    assert (out / "a" / "index.html").stat().st_ino == inode  # same bytes: not rewritten
    assert not (out / "gone.html").exists()
    assert second.changed == ["index.html"]


def test_abandoned_build_leaves_the_last_one(tmp_path):
    out = tmp_path / "output"
    good = Staging(out)
    good.put("index.html", b"good")
    good.commit()
    bad = Staging(out)
    bad.put("index.html", b"half")
    bad.abandon()
    assert (out / "index.html").read_bytes() == b"good"


def test_recover_after_a_kill_between_the_two_renames(tmp_path):
    out = tmp_path / "output"
    build = Staging(out)
    build.put("index.html", b"good")
    build.commit()
    out.rename(tmp_path / ".output.old")  # the process died right here
    (tmp_path / ".output.staging").mkdir()
    recover(out)
    assert (out / "index.html").read_bytes() == b"good"
    assert not (tmp_path / ".output.staging").exists()


@pytest.mark.parametrize("path", ["../x", "/etc/passwd", "a/../../x", "a\\b", "", "a//b", "./a"])
def test_paths_that_could_escape_are_refused(path):
    with pytest.raises(UnsafePath):
        safe_relative(path)
