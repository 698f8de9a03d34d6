"""The editor's warnings about slugs and stale copies, on real sites built by the real pipeline and
read as `python build.py` prints them: one warning per mistake, at its line, with the fix that is
right for it."""
from pathlib import Path

import pytest

from briefing.cli import main
from built import BRIEFINGS, generated

ARTICLE = "site_src/articles/harbour.txt"
HARBOUR = """Harbour toll to rise in spring

The harbour board will raise the mooring toll by a fifth from March, its chair said on Monday.

"We cannot keep the piers safe on the old toll," said Marta Quill, who chairs the board.

Boat owners objected. "This prices small crews off the water," said Tomas Reyes of the Fishers' Guild.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    """A site with one article of our own, built once: its briefing is `<slug>.yaml`."""
    root = tmp_path / "site"
    (root / "site_src" / "articles").mkdir(parents=True)
    (root / ARTICLE).write_text(HARBOUR)
    assert main(["build", "--root", str(root)]) == 0
    return root


def run(capsys, root: Path, *argv: str) -> tuple[int, list[str]]:
    """A command's exit status and the problems it printed, one a line."""
    capsys.readouterr()
    status = main([*argv, "--root", str(root)])
    return status, [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line or ": error: " in line]


def test_a_slug_changed_onto_one_in_use_keeps_the_page_where_it_was_with_one_warning(harbour, capsys):
    """An editor gives a published briefing the slug another briefing has. Its page stays where
    it was, where links point, and the editor gets one warning at the `slug:` line, the same from
    `check`, `build --strict` and `build`, with one fix: set the slug back. (Before, the page moved
    to `<slug>-2`, and two warnings at that line said to set the slug back and to keep the new
    address with an alias; following the first then warned of a move from `<slug>-2`.)"""
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: {slug}\n")
    before = notes.read_bytes()
    told = (f"{BRIEFINGS}/notes.yaml:3:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, so this "
            f"briefing's page stays where it was, at pier-notes/: set its slug back to 'pier-notes' (or, to move "
            f"the page, to a slug no other briefing has)")

    assert run(capsys, harbour, "check") == (0, [told])
    assert run(capsys, harbour, "build", "--strict") == (1, [told.replace(": warning: ", ": error: ")])
    for _ in range(2):  # and again, as the page is still where it was
        assert run(capsys, harbour, "build") == (0, [told])
        assert "Pier notes" in (harbour / "output" / "pier-notes" / "index.html").read_text()
        assert not (harbour / "output" / f"{slug}-2").exists()
    assert notes.read_bytes() == before

    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")  # the fix it gives
    assert run(capsys, harbour, "build") == (0, [])
    assert run(capsys, harbour, "check") == (0, [])
