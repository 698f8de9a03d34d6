"""What a rebuild after one article changed need not pay for (issue #5), held with the output unchanged."""
import datetime
import hashlib
import gc
import os
import subprocess
import sys
from pathlib import Path, PurePath

import pytest

from briefing.cache import Cache, Memo
from briefing.collector import young_collections_only
from briefing.model import Briefing
from briefing.problems import Problems
from briefing.render import DEFAULT_TEMPLATES, FEED_ENTRIES, Renderer
from briefing.site import build
from briefing.store import read_folder
from render_samples import renderer, seed_like

REPO = Path(__file__).resolve().parent.parent


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

    with young_collections_only():  # as in a build, which unfreezes them at its end
        gc.callbacks.append(count)
        try:
            entries = Memo(cache, "memo.pickle").entries
        finally:
            gc.callbacks.remove(count)
        assert entries["key-4999"] == (["value-4999"], [])
        assert collections == []
        looked_at = {id(obj) for obj in gc.get_objects()}
        assert id(entries) not in looked_at and id(entries["key-1"][0]) not in looked_at
    assert gc.get_freeze_count() == 0


def test_a_build_leaves_every_object_in_the_collectors_sight(site: Path):
    """The dev server runs build after build: what one build held and dropped must be collected as
    before, even when the build stops halfway (Ctrl-C), and a rebuild freezes nothing."""
    Memo._in_memory.clear()  # read from the files, as a fresh process does
    thresholds = gc.get_threshold()

    def interrupt(stage: str, done: int, total: int) -> None:
        assert gc.get_freeze_count() > 0  # the memos read so far: what the build must unfreeze
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(site, progress=interrupt)
    assert (gc.get_freeze_count(), gc.isenabled(), gc.get_threshold()) == (0, True, thresholds)
    build(site)
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited ", 1))
    # A rebuild in the same process reads no memo and imports no module anew: nothing to freeze, and a
    # freeze would take the last build's garbage (its Renderer, in cycles) out of the collector's sight.
    frozen: list[int] = []
    build(site, progress=lambda stage, done, total: frozen.append(gc.get_freeze_count()))
    assert frozen and set(frozen) == {0}
    assert (gc.get_freeze_count(), gc.isenabled(), gc.get_threshold()) == (0, True, thresholds)


def dated(n: int, **changes) -> Briefing:
    """The n-th of a site's briefings, one a day: the higher n, the newer."""
    day = datetime.date(2021, 1, 1) + datetime.timedelta(days=n)
    return seed_like(**{"slug": f"briefing-{n}", "title": f"Briefing {n}", "date": day.isoformat(), **changes})


def rendered_again(r: Renderer, before: list[Briefing], after: list[Briefing],
                   versions: list[str] | None = None) -> set[str]:
    """The index pages, feeds and sitemap that a build of `after` renders, where the last build
    was of `before` and left its pages' keys (as the manifest keeps them). `versions` name what
    each briefing's YAML holds, in both builds: by default, all of each briefing."""
    last: dict[str, str] = {}
    r.site_files(before, lambda path, key: last.__setitem__(path, key) or False, versions)
    files = r.site_files(after, lambda path, key: last.get(path) == key, versions)
    return {path for path, data in files.items() if data is not None} & {*last, "feed.xml", "feed.json", "sitemap.xml"}


SITE = [dated(n) for n in range(FEED_ENTRIES + 10)]  # the ten oldest are in no feed


def test_an_edit_to_a_briefing_no_feed_holds_renders_neither_feed_nor_the_sitemap_again():
    edited = [dated(0, summary=["A corrected summary."]), *SITE[1:]]
    assert rendered_again(renderer(per_page=10), SITE, edited) == {"page/6/index.html"}  # the oldest ten, last


def test_an_edit_to_a_briefing_a_feed_holds_renders_both_feeds_again():
    edited = [*SITE[:-1], dated(len(SITE) - 1, summary=["A corrected summary."])]
    assert rendered_again(renderer(per_page=10), SITE, edited) == {"index.html", "feed.xml", "feed.json"}

def test_an_alias_the_build_takes_from_a_briefing_a_feed_holds_renders_both_feeds_again():
    """An entry's id is made from its first address. When another briefing takes an alias's slug, the
    build takes the alias away, and the briefing's YAML stays as it was: its digest tells nothing."""
    aliased = [*SITE[:-1], dated(len(SITE) - 1, aliases=["an-old-slug"])]
    yaml_unchanged = [repr(b) for b in SITE]
    assert rendered_again(renderer(per_page=10), aliased, SITE, yaml_unchanged) >= {"feed.xml", "feed.json"}


def test_the_sitemap_is_rendered_again_when_an_address_or_a_date_changes():
    r = renderer(per_page=10)
    assert "sitemap.xml" in rendered_again(r, SITE, [dated(0, date="2020-12-01"), *SITE[1:]])
    # A correction date older than the newest briefing's: the sitemap's own date stays as it was.
    assert "sitemap.xml" in rendered_again(r, SITE, [dated(0, updated="2021-01-15"), *SITE[1:]])
    assert "sitemap.xml" in rendered_again(r, SITE, [dated(0, slug="moved"), *SITE[1:]])


def test_a_sites_own_sitemap_is_rendered_again_when_any_briefing_changes(tmp_path: Path):
    """A site's own sitemap template may show more of a briefing than its address and date."""
    own = tmp_path / "templates"
    own.mkdir()
    (own / "sitemap.xml").write_text("{% for b in briefings %}{{ b.target }} {{ b.one_line }}\n{% endfor %}",
                                     encoding="utf-8")
    r = renderer(template_dirs=[own, DEFAULT_TEMPLATES], per_page=10)
    assert "sitemap.xml" in rendered_again(r, SITE, [dated(0, summary=["A corrected summary."]), *SITE[1:]])


COUNT_COLLECTIONS_IN_IMPORTS = """
import gc, sys
# Imported by argparse as the command line is read, not by the build: locale by its messages (through
# gettext), shutil by its help formatter (the terminal's width). Where no .pth file imported them first.
import locale, shutil
from briefing.cli import main
imports = []
def during_import(phase, info):
    frame = sys._getframe(1)
    while frame:  # a module's body running, with the collection set off in it
        if frame.f_code.co_name == "<module>" and frame.f_code.co_filename.endswith(".py"):
            imports.append(frame.f_code.co_filename)
            return
        frame = frame.f_back
gc.callbacks.append(during_import)
status = main(["build"])
gc.callbacks.remove(during_import)
print(status, sorted(set(imports)))
"""


def test_a_build_imports_its_modules_without_setting_off_a_collection(site: Path):
    """A build imports most of its code lazily (the site's plan, the renderer with Jinja and PyYAML):
    what importing makes lives as long as the process, so a collection then looks at thousands of
    objects to free none."""
    done = subprocess.run([sys.executable, "-c", COUNT_COLLECTIONS_IN_IMPORTS], cwd=site, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.stdout.splitlines()[-1] == "0 []", done.stderr


def test_the_briefings_folder_is_read_without_a_path_object_per_file(site: Path):
    """Every build lists every briefing's file, and writes one or two: a `Path` for each of a
    thousand files costs more than reading their outlines from the cache."""
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").unlink()
    folder = site / "site_src" / "briefings"
    folder.mkdir(parents=True)
    for n in range(60):
        (folder / f"briefing-{n}.yaml").write_text(f"title: Briefing {n}\nslug: briefing-{n}\n", encoding="utf-8")
    problems = Problems()

    def paths() -> int:
        return sum(isinstance(obj, PurePath) for obj in gc.get_objects())

    before = paths()
    stored = read_folder(folder, site, problems, Memo(None, "outlines"), {}, {})
    assert paths() - before < len(stored) == 60
    assert not problems.items
    assert [(s.path, s.stem) for s in stored[:2]] == [(folder / "briefing-0.yaml", "briefing-0"),
                                                       (folder / "briefing-1.yaml", "briefing-1")]


def test_a_changed_briefing_file_is_hashed_once(site: Path, monkeypatch):
    """A rebuild reads the edited YAML file and takes its digest, which is its key in the memo: a
    second digest of the same bytes is a second pass over the file for nothing."""
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").unlink()
    folder = site / "site_src" / "briefings"
    folder.mkdir(parents=True)
    data = b"title: Edited\nslug: edited\n"
    (folder / "edited.yaml").write_bytes(data)
    digests: list[bytes] = []
    sha256 = hashlib.sha256

    def counted(given: bytes = b"", **kwargs):
        digests.append(bytes(given))
        return sha256(given, **kwargs)

    monkeypatch.setattr(hashlib, "sha256", counted)
    problems = Problems()
    (stored,) = read_folder(folder, site, problems, Memo(None, "outlines"), {}, {})
    monkeypatch.undo()
    assert stored.sha256 == sha256(data).hexdigest() and not problems.items
    assert digests.count(data) == 1
