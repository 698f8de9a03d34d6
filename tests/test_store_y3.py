"""Publishing and YAML-store leftovers, on real sites built by the real pipeline: a briefing that
loses its slug to another is told where, in its YAML, and how to fix it; a copy of a briefing's
YAML, published as a second page of its article, is told so."""
from pathlib import Path

import pytest

from built import BRIEFINGS, generated, one_article_site, run

ARTICLE = "site_src/articles/library.txt"
LIBRARY = """Library opening hours cut to four days

The town library will open four days a week from April, the council decided on Tuesday, to save money on staff.

"A library that is shut is no library at all," said Priya Nair, who chairs the Friends of the Library group.

The council said the savings were needed. "We have no other way to balance the budget this year," said Owen Hale, the council's finance chief.
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return one_article_site(tmp_path, ARTICLE, LIBRARY)



def test_a_briefing_that_loses_its_slug_is_told_at_its_slug_how_to_keep_its_page(library, capsys):
    """Two briefings of two stories ask for one slug: the one that loses it is published at
    `<slug>-2`, and its editor is told so at the `slug:` line, with, once its page is there, the
    line that keeps it there."""
    slug = generated(library).stem
    notes = library / BRIEFINGS / "zz-notes.yaml"
    notes.write_text(f"schema: 1\ntitle: What the library cut means for readers\nslug: {slug}\n")
    before = notes.read_bytes()
    told = (f"{BRIEFINGS}/zz-notes.yaml:3:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, "
            f"so this briefing's page is at {slug}-2/: give it a slug of its own")
    warned = f"{told}, or write 'slug: {slug}-2' to keep its page where it is"

    status, problems = run(capsys, library, "build")
    assert status == 0 and problems == [told]  # a new page: nothing links to it yet
    assert (library / "output" / f"{slug}-2" / "index.html").is_file() and notes.read_bytes() == before
    # Once a build has put it there, links may point to it: keeping it there is an option.
    status, problems = run(capsys, library, "check")
    assert status == 0 and problems == [warned]
    status, problems = run(capsys, library, "build", "--strict")
    assert status == 1 and problems == [warned.replace(": warning: ", ": error: ")]
    assert notes.read_bytes() == before


@pytest.mark.parametrize("written, warned", [
    ("feed", "slug 'feed' is reserved by the site; using 'feed-briefing': write 'slug: feed-briefing', or a slug "
             "of your own, to end this warning"),
    ("Library Hours!", "slug 'Library Hours!' is not a slug (lowercase letters, digits, hyphens); using "
                       "'library-hours': write 'slug: library-hours', or a slug of your own, to end this warning"),
])
def test_a_slug_the_build_cannot_use_is_warned_of_at_its_place(library, capsys, written, warned):
    notes = library / BRIEFINGS / "notes.yaml"
    notes.write_text(f"schema: 1\ntitle: Notes\nslug: '{written}'\n")
    status, problems = run(capsys, library, "build")
    assert status == 0 and problems == [f"{BRIEFINGS}/notes.yaml:3:7: warning: {warned}"]


def test_a_copy_of_a_briefings_yaml_is_told_it_is_published_as_a_second_page(library, capsys):
    """An editor's backup copy of a YAML (or a rename done as a copy) names the same article and the
    same slug: builds publish it too, at `<slug>-2`, so the feeds and the index list the story twice.
    The warning at its slug says so, and how to end it; no file of the editor's is deleted or written."""
    original = generated(library)
    slug = original.stem
    copy = original.with_name("backup.yaml")
    copy.write_bytes(original.read_bytes())
    before = {path: path.read_bytes() for path in (original, copy)}

    status, problems = run(capsys, library, "build")
    assert status == 0
    (warned,) = [line for line in problems if "is the slug of" in line]
    assert warned == (
        f"{BRIEFINGS}/backup.yaml:4:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, a YAML of "
        f"the same article {ARTICLE}, so this one is published too, as a second page of that story, at {slug}-2/: "
        f"if it is a copy you do not mean to publish, delete it (or, if it is to replace {BRIEFINGS}/{slug}.yaml, "
        f"delete that); if not, give it a slug of its own")
    assert {path: path.read_bytes() for path in before} == before
    assert (library / "output" / f"{slug}-2" / "index.html").is_file()
    status, problems = run(capsys, library, "check")  # after a build that put its page at <slug>-2
    assert f"{warned}, or write 'slug: {slug}-2' to keep its page where it is" in problems

    copy.unlink()  # as the warning says: the second page goes, the first stays
    status, problems = run(capsys, library, "build")
    assert status == 0 and problems == []
    assert not (library / "output" / f"{slug}-2").exists() and (library / "output" / slug / "index.html").is_file()


@pytest.mark.parametrize("front_matter, place", [
    ("title: Library hours\nslug: library-opening-hours-cut-to-four-days\n", "3:7"),  # at the slug it asks for
    ("title: Library opening hours cut to four days\n", "2:8"),  # at the title its slug is made of
    ("title: Weekly notes\nslug: feed\n", "3:7"),  # a name the site keeps
])
def test_a_new_articles_slug_the_build_had_to_change_is_warned_of_at_its_front_matter(library, capsys,
                                                                                      front_matter, place):
    """A new article whose front matter asks for a slug in use (or reserved) is told so at the line
    that asks for it, as a briefing's YAML is, and where to change it: that line is no longer read
    for the slug once its briefing's YAML is written."""
    first = generated(library).name
    (library / "site_src" / "articles" / "later.md").write_text(
        f"---\n{front_matter}---\nThe library will open on Saturdays again from June, the council said on Friday.\n")
    status, problems = run(capsys, library, "build")
    (yaml_file,) = {path.name for path in (library / BRIEFINGS).glob("*.yaml")} - {first}
    assert status == 0 and len(problems) == 1
    assert problems[0].startswith(f"site_src/articles/later.md:{place}: warning: slug ")
    assert problems[0].endswith(f"; its briefing is {BRIEFINGS}/{yaml_file}: to give its page another address, "
                                "set slug there")


def test_a_follow_up_of_the_same_article_is_not_told_to_change_its_source_at_its_slug(library, capsys):
    """A follow-up briefing started from a copy of the generated YAML (its header line dropped, a
    title of its own) keeps the article and the slug: its slug's warning gives the slug's options
    only, as a follow-up has no article of its own to point source.path at; what to do with
    source.path is the source.path warning's to say."""
    original = generated(library)
    slug = original.stem
    text = original.read_text().split("\n", 1)[1]  # no header: an editor's own
    follow_up = original.with_name("library-follow-up.yaml")
    follow_up.write_text(text.replace("title: Library opening hours cut to four days",
                                      "title: What four days of opening mean for the library's readers"))

    status, problems = run(capsys, library, "build")
    assert status == 0
    (held,) = [line for line in problems if "is the slug of" in line]
    assert held == (
        f"{BRIEFINGS}/library-follow-up.yaml:3:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, a "
        f"YAML of the same article {ARTICLE}, so this one is published too, as a second page of that story, at "
        f"{slug}-2/: if it is a copy you do not mean to publish, delete it (or, if it is to replace "
        f"{BRIEFINGS}/{slug}.yaml, delete that); if not, give it a slug of its own")
    (source,) = [line for line in problems if "source.path" in line]
    assert source.startswith(f"{BRIEFINGS}/library-follow-up.yaml:") and "or delete its source" in source


@pytest.mark.parametrize("front_matter", ["title: ''\n", "author: Priya Nair\n"])
def test_a_new_articles_slug_made_of_its_headline_is_warned_of_at_no_front_matter_line(library, capsys,
                                                                                       front_matter):
    """A new article whose front matter gives no title (a blank one is left out) takes its slug from
    its headline: the warning has no line of the front matter to point at, and points at none."""
    slug = generated(library).stem
    (library / "site_src" / "articles" / "later.md").write_text(
        f"---\n{front_matter}---\n# Library opening hours cut to four days\n\n"
        "The library will open on Saturdays again from June, the council said on Friday.\n")
    status, problems = run(capsys, library, "build")
    assert status == 0
    (held,) = [line for line in problems if "is the slug of" in line]
    assert held.startswith(f"site_src/articles/later.md: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml; "
                           f"using '{slug}-2'")


def test_a_txt_articles_slug_warning_points_at_no_line_of_its_text(library, capsys):
    """A .txt article has no front matter, so first lines that read like one are its text, and its
    slug comes from its headline: a warning about the slug has no line to point at, and points at
    none (not at a 'title:' in its text)."""
    articles = library / "site_src" / "articles"
    text = "---\ntitle: Weekly\n---\nLibrary hours\n\nThe library will open on Saturdays again from June, the council said.\n"
    (articles / "weekly.txt").write_text(text)
    assert run(capsys, library, "build")[0] == 0
    (articles / "weekly-again.txt").write_text(text + "\nMore to follow.\n")  # the same headline: the same slug
    status, problems = run(capsys, library, "build")
    assert status == 0
    (held,) = [line for line in problems if "is the slug of" in line]
    assert held.startswith("site_src/articles/weekly-again.txt: warning: slug ")


def test_a_second_plain_build_gives_the_advice_of_where_the_page_now_is(library, capsys):
    """The build that first put a page at `<slug>-2` is not replayed: its advice was for a page not
    yet there. The next plain build, like check, offers the line that keeps the page where it is."""
    slug = generated(library).stem
    notes = library / BRIEFINGS / "zz-notes.yaml"
    notes.write_text(f"schema: 1\ntitle: What the library cut means for readers\nslug: {slug}\n")
    kept = (f"{BRIEFINGS}/zz-notes.yaml:3:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, "
            f"so this briefing's page is at {slug}-2/: give it a slug of its own, or write 'slug: {slug}-2' "
            f"to keep its page where it is")
    run(capsys, library, "build")
    assert run(capsys, library, "build") == (0, [kept])
    assert run(capsys, library, "build") == (0, [kept])  # replayed now: the advice is the same
