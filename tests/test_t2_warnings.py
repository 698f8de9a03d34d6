"""The editor's warnings about slugs and stale copies, on real sites built by the real pipeline and
read as `python build.py` prints them: one warning per mistake, at its line, with the fix that is
right for it."""
from pathlib import Path

import pytest

from built import BRIEFINGS, generated, one_article_site, run

ARTICLE = "site_src/articles/harbour.txt"
HARBOUR = """Harbour toll to rise in spring

The harbour board will raise the mooring toll by a fifth from March, its chair said on Monday.

"We cannot keep the piers safe on the old toll," said Marta Quill, who chairs the board.

Boat owners objected. "This prices small crews off the water," said Tomas Reyes of the Fishers' Guild.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    return one_article_site(tmp_path, ARTICLE, HARBOUR)



def test_a_slug_changed_onto_one_in_use_gets_one_warning_to_set_it_back(harbour, capsys):
    """An editor gives a published briefing the slug another briefing has. Its page moves to
    `<slug>-2`, as it always has, and the editor gets one warning at the `slug:` line, the same
    from `check`, `build --strict` and `build`: what happened and the one fix, to set the slug
    back. (Before, two warnings at that line said to set the slug back and to keep the new
    address with an alias.)"""
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: {slug}\n")
    before = notes.read_bytes()
    told = (f"{BRIEFINGS}/notes.yaml:3:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, so this "
            f"briefing's page moved from pier-notes/ to {slug}-2/, and links to pier-notes/ now reach no page: set "
            f"its slug back to 'pier-notes'")

    assert run(capsys, harbour, "check") == (0, [told])
    assert run(capsys, harbour, "build", "--strict") == (1, [told.replace(": warning: ", ": error: ")])
    assert "Pier notes" in (harbour / "output" / "pier-notes" / "index.html").read_text()  # left as it was
    assert run(capsys, harbour, "build") == (0, [told])
    assert "Pier notes" in (harbour / "output" / f"{slug}-2" / "index.html").read_text()
    assert not (harbour / "output" / "pier-notes").exists()
    assert notes.read_bytes() == before

    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")  # the fix it gives
    assert run(capsys, harbour, "build") == (0, [
        f"{BRIEFINGS}/notes.yaml:3:7: warning: slug changed from '{slug}-2' to 'pier-notes' since the last build, so "
        f"links to {slug}-2/ reach no page; to send them on to pier-notes/, add 'aliases: [{slug}-2]' to this "
        f"briefing"])  # the page was there for a build: links may point to it
    assert "Pier notes" in (harbour / "output" / "pier-notes" / "index.html").read_text()


def test_a_slug_changed_onto_one_in_use_once_checked_and_set_back_leaves_no_warning(harbour, capsys):
    """The fix the warning gives, made before a build moved the page, ends it: nothing moved."""
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: {slug}\n")
    assert len(run(capsys, harbour, "check")[1]) == 1
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])


def test_a_slug_changed_twice_onto_one_in_use_is_told_to_go_back_to_the_published_one(harbour, capsys):
    """A slug changed once (its move warned of), then again onto a slug in use, as typed across
    two saves under `serve`: the one warning names every address links may hold, and says to go
    back to the oldest, the one that was published."""
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: harbour-t\n")
    assert run(capsys, harbour, "build") == (0, [
        f"{BRIEFINGS}/notes.yaml:3:7: warning: slug changed from 'pier-notes' to 'harbour-t' since the last build, so "
        "links to pier-notes/ reach no page; to send them on to harbour-t/, add 'aliases: [pier-notes]' to this "
        "briefing"])
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: {slug}\n")
    told = (f"{BRIEFINGS}/notes.yaml:3:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, so this "
            f"briefing's page moved from harbour-t/ to {slug}-2/, and links to pier-notes/ and harbour-t/ now reach "
            f"no page: set its slug back to 'pier-notes'")
    assert run(capsys, harbour, "check") == (0, [told])
    assert run(capsys, harbour, "build") == (0, [told])


@pytest.mark.parametrize("built_before, where", [
    (True, "moved from pier-notes/ to {slug}-2/, and links to pier-notes/ now reach no page: set its slug back to "
           "'pier-notes'"),
    (False, "is at {slug}-2/: give it a slug of its own"),
])
def test_a_slug_that_is_no_slug_and_is_in_use_gets_one_warning(harbour, capsys, built_before, where):
    """A headline typed as a slug, which made a slug is another briefing's: one warning, which
    names what was written; no line to write that would lead straight to the next warning."""
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    if built_before:
        notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
        assert run(capsys, harbour, "build") == (0, [])
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: Harbour Toll To Rise In Spring\n")
    assert run(capsys, harbour, "check") == (0, [
        f"{BRIEFINGS}/notes.yaml:3:7: warning: slug 'Harbour Toll To Rise In Spring' (as a slug, {slug!r}) is the "
        f"slug of {BRIEFINGS}/{slug}.yaml, so this briefing's page {where.format(slug=slug)}"])


def test_a_backup_copy_whose_article_changed_is_told_to_go_not_to_fix_its_quotes(harbour, capsys):
    """A byte-copy of a briefing's YAML (a backup) is left as it is when its article changes, and
    builds keep the original up to date: the copy's quotes are no longer in the article. Its
    verbatim warnings say so, and that the fix is to delete the copy (or, if it is kept on purpose,
    to copy the quote again), not just to copy the quote again, from `check`, the build that sees
    the change and every build after it (which has extracted the original again: the backup, never
    edited, is still a copy of it); no file of the editor's is written or deleted."""
    original = generated(harbour)
    backup = original.with_name("harbour-backup.yaml")
    backup.write_bytes(original.read_bytes())
    assert run(capsys, harbour, "build")[0] == 0
    article = harbour / ARTICLE
    article.write_text(HARBOUR.replace("We cannot keep the piers safe", "We can no longer keep the piers safe"))
    before = backup.read_bytes()
    lines = backup.read_text().splitlines()
    quote_line = next(n for n, line in enumerate(lines, 1) if line.lstrip().startswith("text: We cannot keep"))
    evidence_line = next(n for n, line in enumerate(lines, 1) if line.lstrip().startswith("- '\"We cannot keep"))
    advice = (f"is not verbatim in {ARTICLE}, which has changed since this copy of {original.relative_to(harbour)} "
              f"was made: if you do not mean to keep this copy, delete it; if you do, copy it exactly from the article")
    told = [f"{BRIEFINGS}/harbour-backup.yaml:{quote_line}:9: warning: quote 'We cannot keep the piers safe on the "
            f"old toll,' {advice}",
            f"{BRIEFINGS}/harbour-backup.yaml:{evidence_line}:7: warning: evidence '\"We cannot keep the piers safe on "
            f"the old toll,\" said Marta…' {advice}"]

    status, problems = run(capsys, harbour, "check")  # which extracts nothing: the original's quotes are wrong too
    assert status == 1 and [line for line in problems if "verbatim" in line and "backup" in line] == [
        line.replace(": warning: ", ": error: ") for line in told]
    status, problems = run(capsys, harbour, "build")
    assert status == 0 and [line for line in problems if "verbatim" in line] == told
    assert backup.read_bytes() == before  # never written, never deleted

    status, problems = run(capsys, harbour, "build")
    assert status == 0 and [line for line in problems if "verbatim" in line] == told


def test_a_copy_left_as_the_only_yaml_of_its_article_is_told_to_fix_its_quotes(harbour, capsys):
    """An editor's copy of a briefing (edited: its header line dropped) is told, while builds keep
    the original, that it is a stale copy; once the original is deleted, it is the briefing of its
    article, which builds propose a fresh extraction for, and its quotes are its editor's to fix:
    the advice changes with it, though neither the copy nor the article changed."""
    original = generated(harbour)
    copy = original.with_name("harbour-mine.yaml")
    copy.write_text(original.read_text().split("\n", 1)[1])  # no header: an editor's own
    assert run(capsys, harbour, "build")[0] == 0
    (harbour / ARTICLE).write_text(HARBOUR.replace("We cannot keep the piers safe", "We can no longer keep the piers safe"))
    status, problems = run(capsys, harbour, "build")
    assert status == 0 and any("which has changed since this copy of" in line for line in problems)

    original.unlink()
    status, problems = run(capsys, harbour, "build")
    verbatim = [line for line in problems if "verbatim" in line]
    assert status == 0 and len(verbatim) == 2 and all(
        line.startswith(f"{BRIEFINGS}/harbour-mine.yaml:") and line.endswith(
            f" is not verbatim in {ARTICLE}; copy it exactly from the article") for line in verbatim), verbatim


def test_a_follow_up_whose_article_changed_is_not_told_to_delete_itself(harbour, capsys):
    """A follow-up (a YAML of the same article with a title and slug of its own, published at its
    own address) is no copy: when the article changes, its verbatim warnings keep the usual
    advice, with the hint of where the quote stops matching, and say that the article changed
    since the YAML was made. Deleting it, as a copy is told to, would take a page down."""
    original = generated(harbour)
    follow_up = original.with_name("harbour-follow-up.yaml")
    follow_up.write_text(original.read_text().replace("title: Harbour toll to rise in spring",
                                                      "title: What the toll means for crews")
                         .replace(f"slug: {original.stem}", "slug: toll-follow-up"))
    assert run(capsys, harbour, "build")[0] == 0
    (harbour / ARTICLE).write_text(HARBOUR.replace("safe on the old toll", "safe on the former toll"))

    status, problems = run(capsys, harbour, "build")
    verbatim = [line for line in problems if "verbatim" in line and line.startswith(f"{BRIEFINGS}/harbour-follow-up")]
    assert status == 0 and len(verbatim) == 2 and all(line.endswith(
        f" is not verbatim in {ARTICLE}, which has changed since this YAML was made: it matches up to 'ot keep the piers "
        "safe on the ', then has 'o' where the article has 'f'; copy it exactly from the article")
        for line in verbatim), verbatim


def test_a_copys_warning_makes_no_claim_of_which_yaml_builds_keep_up_to_date(harbour, capsys):
    """The YAML builds follow the article with is edited too, so builds write a fresh extraction
    beside it and keep neither up to date: the copy's warning must not say they keep that one."""
    original = generated(harbour)
    backup = original.with_name("harbour-backup.yaml")
    backup.write_bytes(original.read_bytes())
    original.write_text(original.read_text().split("\n", 1)[1])  # edited: its header dropped
    assert run(capsys, harbour, "build")[0] == 0
    (harbour / ARTICLE).write_text(HARBOUR.replace("We cannot keep the piers safe", "We can no longer keep the piers safe"))

    status, problems = run(capsys, harbour, "build")
    copy = [line for line in problems if line.startswith(f"{BRIEFINGS}/harbour-backup.yaml:") and "verbatim" in line]
    assert status == 0 and original.with_name(f"{original.stem}.new.yaml").exists()
    assert len(copy) == 2 and not any("up to date" in line for line in copy), copy


FIX = "or a slug of your own, to end this warning"


@pytest.mark.parametrize("written, warned", [
    ("Pier Notes", "slug 'Pier Notes' is not a slug (lowercase letters, digits, hyphens); using 'pier-notes': "
                   f"write 'slug: pier-notes', {FIX}"),
    ("pier notes", "slug 'pier notes' is not a slug (lowercase letters, digits, hyphens); using 'pier-notes': "
                   f"write 'slug: pier-notes', {FIX}"),
    ("static", f"slug 'static' is reserved by the site; using 'static-briefing': write 'slug: static-briefing', {FIX}"),
    ("feed.xml", "slug 'feed.xml' is not a slug (lowercase letters, digits, hyphens); using 'feed-xml': "
                 f"write 'slug: feed-xml', {FIX}"),
    # One mistake, one warning: before, one said 'using feed' and the next 'feed is reserved'.
    ("Feed", "slug 'Feed' is not a slug (lowercase letters, digits, hyphens), and 'feed' is reserved by the site; "
             f"using 'feed-briefing': write 'slug: feed-briefing', {FIX}"),
    # Before, an empty slug was said to be longer than 60 characters.
    ("", f"slug '' has no letters or digits to make a slug of; using 'briefing': write 'slug: briefing', {FIX}"),
])
def test_a_newcomers_slug_mistake_is_told_at_its_slug_with_the_line_to_write(harbour, capsys, written, warned):
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: '{written}'\n")
    assert run(capsys, harbour, "check") == (0, [f"{BRIEFINGS}/notes.yaml:3:7: warning: {warned}"])
    status, problems = run(capsys, harbour, "build")
    assert status == 0 and problems == [f"{BRIEFINGS}/notes.yaml:3:7: warning: {warned}"]
    fixed = warned.split("write '", 1)[1].split("'", 1)[0]  # the line the warning gives, as written
    notes.write_text(f"schema: 1\ntitle: Pier notes\n{fixed}\n")
    assert run(capsys, harbour, "build") == (0, [])


def test_a_newcomers_alias_mistakes_are_each_told_at_the_alias_how_to_fix_it(harbour, capsys):
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: pier-notes\naliases: [Old Notes, pier-notes, {slug}, static]\n")
    remove = "so it does not redirect here; remove it"
    assert run(capsys, harbour, "check") == (0, [
        f"{BRIEFINGS}/notes.yaml:4:11: warning: alias 'Old Notes' is not a slug (lowercase letters, digits, hyphens); "
        "using 'old-notes': write 'old-notes' in its place to end this warning",
        f"{BRIEFINGS}/notes.yaml:4:22: warning: alias 'pier-notes' is this briefing's own slug, {remove}",
        f"{BRIEFINGS}/notes.yaml:4:34: warning: alias {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, whose page "
        f"stays at that address, {remove}",
        f"{BRIEFINGS}/notes.yaml:4:{36 + len(slug)}: warning: alias 'static' is a name the site keeps for its own "
        f"pages, {remove}",
    ])


def test_an_alias_that_is_no_slug_and_cannot_redirect_gets_one_warning_to_remove_it(harbour, capsys):
    """'Static' made a slug is 'static', a name the site keeps: one warning, to remove it, not a
    first one saying to write it as 'static' and a second saying to remove that. It names the
    alias as the editor wrote it, to find it by, and the slug made of it, which is the clash."""
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\naliases: [Static, Pier Notes]\n")
    assert run(capsys, harbour, "check") == (0, [
        f"{BRIEFINGS}/notes.yaml:4:11: warning: alias 'Static' (as a slug, 'static') is a name the site keeps for its "
        "own pages, so it does not redirect here; remove it",
        f"{BRIEFINGS}/notes.yaml:4:19: warning: alias 'Pier Notes' (as a slug, 'pier-notes') is this briefing's own "
        "slug, so it does not redirect here; remove it",
    ])


def test_an_empty_alias_is_warned_of_at_its_place_not_dropped_in_silence(harbour, capsys):
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\naliases:\n  - pier-old\n  - ''\n  - '--'\n")
    assert run(capsys, harbour, "check") == (0, [
        f"{BRIEFINGS}/notes.yaml:{line}:5: warning: alias {alias!r} has no letters or digits to make a slug of, so "
        "it redirects nothing; remove it" for line, alias in ((6, ""), (7, "--"))])


def test_a_new_article_never_takes_an_address_a_page_had_that_waits_for_its_alias(harbour, capsys):
    """A briefing's slug changed: its move was warned of, and the build after, with no alias
    written yet, the old address is still one that links sent out hold. A new article whose
    title makes that slug once took it, so those links reached another story; it now gets a
    numbered one, as it would beside any page."""
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: quay-notes\n")
    assert len(run(capsys, harbour, "build")[1]) == 1  # the move
    assert run(capsys, harbour, "build") == (0, [])
    (harbour / "site_src" / "articles" / "pier.md").write_text(
        "---\ntitle: Pier notes\n---\nThe pier reopened on Friday after a winter of repairs, the mayor said.\n")

    assert run(capsys, harbour, "build") == (0, [
        f"site_src/articles/pier.md:2:8: warning: slug 'pier-notes' is an address of the page of {BRIEFINGS}/notes.yaml; "
        f"using 'pier-notes-2'; its briefing is {BRIEFINGS}/pier-notes-2.yaml: to give its page another address, set "
        "slug there"])
    assert not (harbour / "output" / "pier-notes").exists()
    assert "winter of repairs" in (harbour / "output" / "pier-notes-2" / "index.html").read_text()


def test_a_new_article_never_takes_the_numbered_address_of_a_copys_page(harbour, capsys):
    """A backup copy of a YAML is published at `<slug>-2`. A new article with the same headline
    once took `<slug>-2` (only the slugs YAMLs give were held), and the copy's page moved to
    `<slug>-3`, so links to `<slug>-2` reached another story; it now gets `<slug>-3`."""
    original = generated(harbour)
    slug = original.stem
    original.with_name("harbour-backup.yaml").write_bytes(original.read_bytes())
    assert run(capsys, harbour, "build")[0] == 0
    copy_page = (harbour / "output" / f"{slug}-2" / "index.html").read_text()
    (harbour / "site_src" / "articles" / "later.txt").write_text(
        HARBOUR.split("\n", 1)[0] + "\n\nThe board met again on Thursday and kept the new toll, its chair said.\n")

    status, problems = run(capsys, harbour, "build")
    assert status == 0 and (
        f"site_src/articles/later.txt: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml; using "
        f"'{slug}-3'; its briefing is {BRIEFINGS}/{slug}-3.yaml: to give its page another address, set slug there"
    ) in problems
    assert (harbour / "output" / f"{slug}-2" / "index.html").read_text() == copy_page
    assert "kept the new toll" in (harbour / "output" / f"{slug}-3" / "index.html").read_text()


def test_newsletter_gives_the_one_warning_of_a_slug_changed_onto_one_in_use(harbour, capsys):
    """`newsletter` reads the slugs as a build gives them, so an editor who printed one after
    changing the briefing's slug onto another's hears of it, in the words `check` uses."""
    slug = generated(harbour).stem
    notes = harbour / BRIEFINGS / "notes.yaml"
    notes.write_text("schema: 1\ntitle: Pier notes\nslug: pier-notes\n")
    assert run(capsys, harbour, "build") == (0, [])
    notes.write_text(f"schema: 1\ntitle: Pier notes\nslug: {slug}\n")
    status, told = run(capsys, harbour, "check")
    assert status == 0 and len(told) == 1 and told[0].startswith(f"{BRIEFINGS}/notes.yaml:3:7: warning: ")

    status, problems = run(capsys, harbour, "newsletter", "notes", "--text")
    assert status == 0 and [line for line in problems if line.startswith(f"{BRIEFINGS}/")] == told


def test_a_hand_written_yaml_with_no_recorded_hash_is_not_told_its_article_changed(harbour, capsys):
    """A follow-up written by hand names its article but records no `source.sha256`, so nothing
    says when it was made: a quote mistyped in it gets the usual advice, with where it stops
    matching, and no claim that the article changed since (it never did)."""
    (harbour / BRIEFINGS / "crews.yaml").write_text(
        "schema: 1\ntitle: What the toll means for crews\nslug: crews-and-the-toll\n"
        f"source:\n  path: {ARTICLE}\nquotes:\n- id: small-crews\n  text: This prices small crew off the water\n"
        "  speaker: Tomas Reyes\n")
    told = (f"{BRIEFINGS}/crews.yaml:8:9: warning: quote 'This prices small crew off the water' is not verbatim in "
            f"{ARTICLE}: it matches up to 'This prices small crew', then has ' ' where the article has 's'; copy it "
            "exactly from the article")
    for command in ("build", "check"):
        status, problems = run(capsys, harbour, command)
        assert [line for line in problems if "verbatim" in line] == [
            told if command == "build" else told.replace(": warning: ", ": error: ")], command


def test_the_editors_working_yaml_is_not_told_to_delete_itself_as_a_copy_of_its_backup(harbour, capsys):
    """An editor moves a page the README way (a new slug, the old one as an alias), so the YAML is no
    longer named after its slug, then backs it up as `<name>-backup.yaml`, which then comes first
    by name and is the one builds follow the article with. The editor goes on editing the working
    file; the article changes. The working file has the backup's slug, but it is no copy of it (its
    title was edited since): its verbatim warnings keep the usual advice, never to delete it."""
    original = generated(harbour)
    slug = original.stem
    original.write_text(original.read_text().replace(f"slug: {slug}\n", f"slug: harbour-toll\naliases: [{slug}]\n"))
    assert run(capsys, harbour, "build")[0] == 0
    original.with_name(f"{slug}-backup.yaml").write_bytes(original.read_bytes())
    assert run(capsys, harbour, "build")[0] == 0
    original.write_text(original.read_text().replace("title: Harbour toll to rise in spring",
                                                     "title: Harbour toll rises in spring"))
    (harbour / ARTICLE).write_text(HARBOUR.replace("safe on the old toll", "safe on the former toll"))

    for command in ("check", "build"):
        status, problems = run(capsys, harbour, command)
        verbatim = [line for line in problems if "verbatim" in line and line.startswith(f"{BRIEFINGS}/{slug}.yaml:")]
        assert len(verbatim) == 2 and all(line.endswith(
            f" is not verbatim in {ARTICLE}, which has changed since this YAML was made: it matches up to 'ot keep "
            "the piers safe on the ', then has 'o' where the article has 'f'; copy it exactly from the article")
            for line in verbatim), (command, verbatim)


def test_a_yaml_renamed_as_its_slug_changes_onto_one_in_use_gets_one_warning(harbour, capsys):
    """The editor renames a briefing's YAML and, in the same go, gives it the slug another
    briefing has. The build knows the page by its article: it moved, so the one warning is the
    one to set the slug back, not also one to give it a slug of its own and one to add an alias
    for an address nobody asked for."""
    slug = generated(harbour).stem
    (harbour / "site_src" / "articles" / "quay.md").write_text(
        "---\ntitle: Quay lights fixed\n---\nThe lights on the east quay work again after a storm, the council said.\n")
    assert run(capsys, harbour, "build") == (0, [])
    old = harbour / BRIEFINGS / "quay-lights-fixed.yaml"
    (harbour / BRIEFINGS / "quay.yaml").write_text(old.read_text().replace("slug: quay-lights-fixed", f"slug: {slug}"))
    old.unlink()
    told = (f"{BRIEFINGS}/quay.yaml:4:7: warning: slug {slug!r} is the slug of {BRIEFINGS}/{slug}.yaml, so this "
            f"briefing's page moved from quay-lights-fixed/ to {slug}-2/, and links to quay-lights-fixed/ now reach no "
            "page: set its slug back to 'quay-lights-fixed'")
    assert run(capsys, harbour, "check") == (0, [told])
    assert run(capsys, harbour, "build") == (0, [told])
