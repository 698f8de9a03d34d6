"""Editing leftovers on real sites: which of two YAMLs of one article builds keep up to date."""
import shutil
from pathlib import Path

import pytest

from briefing.site import build
from built import BRIEFINGS, generated, messages

ARTICLE = "site_src/articles/ferry.txt"
FERRY = """Ferry workers strike over pay

Ferry workers walked off the job on Monday in a dispute over pay, halting crossings between the two ports for the day.

"We have waited three years for a fair offer and we are done waiting," said Maria Lopez, who leads the ferry workers' union.

The operator said the strike was unnecessary. "Our offer is generous and on the table," said Tom Reed, a spokesman for the company.
"""
MORE = '\nThe talks resume on Friday. "We will be there," said Maria Lopez.\n'


@pytest.fixture
def ferry(tmp_path: Path) -> Path:
    """A site with one article of our own, built once: its briefing is `<slug>.yaml`."""
    root = tmp_path / "site"
    (root / "site_src" / "articles").mkdir(parents=True)
    (root / ARTICLE).write_text(FERRY)
    result = build(root)
    assert not result.failed and not result.problems.items, [str(p) for p in result.problems.items]
    return root


@pytest.mark.parametrize("name", ["a-copy", "ferry-fixed", "ferry_fixed", "zz-copy"])
def test_an_edited_copy_of_a_generated_yaml_leaves_the_generated_one_kept_whatever_its_name(ferry, name):
    original = generated(ferry)
    copy = original.with_name(f"{name}.yaml")
    edited = original.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1)
    copy.write_text(edited)
    (ferry / ARTICLE).write_text(FERRY + MORE)

    result = build(ferry)
    assert not result.failed, messages(result)
    # The build's own YAML, named after its slug, follows its article; the editor's copy is left as it is.
    assert "We will be there" in original.read_text()
    assert copy.read_text() == edited
    assert not copy.with_name(f"{name}.new.yaml").exists()
    (warning,) = [m for m in messages(result) if "is also the article of" in m]
    assert warning.startswith(f"{BRIEFINGS}/{copy.name}:")
    assert f"{BRIEFINGS}/{original.name}, which builds keep up to date with it" in warning
    assert f"if it replaces {BRIEFINGS}/{original.name}, delete that" in warning


@pytest.mark.parametrize("name", ["a-copy", "zz-copy"])
def test_an_exact_copy_leaves_the_yaml_named_after_its_slug_kept(ferry, name):
    original = generated(ferry)
    copy = original.with_name(f"{name}.yaml")
    copy.write_bytes(original.read_bytes())  # a copy nobody edited: a build's own YAML too
    before = copy.read_bytes()
    (ferry / ARTICLE).write_text(FERRY + MORE)

    result = build(ferry)
    assert "We will be there" in original.read_text()
    assert copy.read_bytes() == before
    (warning,) = [m for m in messages(result) if "is also the article of" in m]
    assert warning.startswith(f"{BRIEFINGS}/{copy.name}:")


@pytest.mark.parametrize("name", ["a-follow-up", "zz-follow-up"])
def test_an_edited_yaml_with_a_slug_of_its_own_leaves_the_unedited_one_kept(ferry, name):
    """Both YAMLs are named after their slugs: the one nobody edited is the build's, and follows the article."""
    original = generated(ferry)
    copy = original.with_name(f"{name}.yaml")
    copy.write_text(original.read_text().replace(f"\nslug: {original.stem}\n", f"\nslug: {name}\n", 1))
    (ferry / ARTICLE).write_text(FERRY + MORE)

    result = build(ferry)
    assert "We will be there" in original.read_text()
    assert "We will be there" not in copy.read_text()
    assert not copy.with_name(f"{name}.new.yaml").exists()
    (warning,) = [m for m in messages(result) if "is also the article of" in m]
    assert warning.startswith(f"{BRIEFINGS}/{copy.name}:")


def test_deleting_the_kept_yaml_as_the_warning_says_hands_the_article_to_the_copy(ferry):
    """The last build recorded the deleted one as kept (`Sources.last_kept`): the record must not
    hold the article for a YAML that is gone."""
    original = generated(ferry)
    copy = original.with_name("zz-copy.yaml")
    edited = original.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1)
    copy.write_text(edited)
    build(ferry)
    original.unlink()
    (ferry / ARTICLE).write_text(FERRY + MORE)

    result = build(ferry)
    assert not original.exists() and copy.read_text() == edited
    assert "We will be there" in copy.with_name("zz-copy.new.yaml").read_text()
    assert not [m for m in messages(result) if "is also the article of" in m]
    assert (ferry / "output" / original.stem / "index.html").is_file()  # the copy's page takes the slug back


@pytest.mark.parametrize("edited", [False, True])
def test_a_copy_of_a_moved_articles_yaml_stays_and_is_told_where_the_article_went(ferry, edited):
    original = generated(ferry)
    copy = original.with_name("zz-copy.yaml")
    copy.write_text(original.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1) if edited
                    else original.read_text())
    before = copy.read_text()
    build(ferry)
    moved = ferry / "site_src" / "articles" / "ferry-strike.txt"
    (ferry / ARTICLE).rename(moved)

    result = build(ferry)
    assert not result.deleted, result.deletions()  # its article was moved, not deleted
    assert copy.read_text() == before
    assert (ferry / "output" / f"{original.stem}-2" / "index.html").is_file()
    (warning,) = [m for m in messages(result) if "is also the article of" in m]
    assert warning.startswith(f"{BRIEFINGS}/{copy.name}:9:9: warning: its article {ARTICLE}, now "
                              f"site_src/articles/ferry-strike.txt, is also the article of {BRIEFINGS}/{original.name}")


def test_a_proposal_beside_a_copy_that_builds_no_longer_keep_up_to_date_is_warned_of(ferry):
    """As a site left by a build that kept the copy (which one was kept hung on the files' names)."""
    original = generated(ferry)
    copy = original.with_name("zz-copy.yaml")
    copy.write_text(original.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1))
    proposal = copy.with_name("zz-copy.new.yaml")
    proposal.write_text(original.read_text())  # what such a build wrote beside it

    result = build(ferry)
    (warning,) = [m for m in messages(result) if m.startswith(f"{BRIEFINGS}/{proposal.name}:")]
    assert warning == (f"{BRIEFINGS}/{proposal.name}: warning: a fresh extraction left for {BRIEFINGS}/{copy.name}, "
                       f"which builds no longer keep up to date with its article {ARTICLE} (see its warning), so "
                       f"builds no longer read this; delete it once you have merged what you want from it")


def test_which_of_two_yamls_builds_keep_up_to_date_sticks_as_the_editor_edits_both_in_turn(ferry):
    """The rule picks the original (the one nobody edited); editing it must not hand its article to the
    follow-up, whose name comes first, nor editing the follow-up hand it back."""
    original = generated(ferry)
    follow_up = original.with_name("ferry-follow-up.yaml")
    follow_up.write_text(original.read_text().replace(f"\nslug: {original.stem}\n", "\nslug: ferry-follow-up\n", 1)
                         .replace("\ntitle: ", "\ntitle: After the strike, ", 1))

    def warning() -> str:
        result = build(ferry)
        assert not result.failed, messages(result)
        (warning,) = [m for m in messages(result) if "is also the article of" in m]
        return warning

    at_the_follow_up = f"{BRIEFINGS}/{follow_up.name}:"
    first = warning()
    assert first.startswith(at_the_follow_up)
    assert f"{BRIEFINGS}/{original.name}, which builds keep up to date with it, as nobody has edited it;" in first
    kept_as_before = f"{BRIEFINGS}/{original.name}, which builds keep up to date with it, as they have so far;"
    original.write_text(original.read_text().replace("role: spokesman for the company", "role: company spokesman"))
    second = warning()
    assert second.startswith(at_the_follow_up) and kept_as_before in second
    follow_up.write_text(follow_up.read_text().replace("role: spokesman for the company", "role: spokesperson"))
    third = warning()
    assert third.startswith(at_the_follow_up) and kept_as_before in third

    (ferry / ARTICLE).write_text(FERRY + MORE)
    result = build(ferry)
    assert "We will be there" in original.with_name(f"{original.stem}.new.yaml").read_text()
    assert not follow_up.with_name("ferry-follow-up.new.yaml").exists()
    assert [m for m in messages(result) if m.startswith(f"{BRIEFINGS}/{original.name}:") and "has changed" in m]


def test_without_the_cache_the_rule_alone_says_which_of_two_edited_yamls_builds_keep_up_to_date(ferry):
    """As on a fresh checkout: nothing says which one builds kept, so the first by name is kept."""
    original = generated(ferry)
    follow_up = original.with_name("ferry-follow-up.yaml")
    follow_up.write_text(original.read_text().replace(f"\nslug: {original.stem}\n", "\nslug: ferry-follow-up\n", 1))
    build(ferry)
    original.write_text(original.read_text().replace("role: spokesman for the company", "role: company spokesman"))
    shutil.rmtree(ferry / ".briefing-cache")

    result = build(ferry)
    (warning,) = [m for m in messages(result) if "is also the article of" in m]
    assert warning.startswith(f"{BRIEFINGS}/{original.name}:")
    assert (f"{BRIEFINGS}/{follow_up.name}, which builds keep up to date with it, as its file's name comes first"
            in warning)


@pytest.mark.parametrize("record", ['["site_src/articles/ferry.txt"]', '{"paths": 7, "kept": []}'])
def test_a_damaged_record_of_the_last_build_is_taken_for_none(ferry, record):
    """The cache is the build's own, but a disk, a sync tool or a hand can leave it so: no traceback."""
    (ferry / ".briefing-cache" / "last-articles.json").write_text(record)
    (ferry / ARTICLE).write_text(FERRY + MORE)

    result = build(ferry)
    assert not result.failed and not result.problems.items, messages(result)
    assert "We will be there" in generated(ferry).read_text()


def test_an_exact_copy_goes_with_its_deleted_article_and_an_edited_one_stays(ferry):
    """As docs/errors.md says: a copy nobody edited is a build's own YAML, so it is deleted with the article."""
    original = generated(ferry)
    exact, edited = original.with_name("zz-copy.yaml"), original.with_name("zz-edited.yaml")
    exact.write_bytes(original.read_bytes())
    edited.write_text(original.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1))
    build(ferry)
    assert (ferry / "output" / f"{original.stem}-2" / "index.html").is_file()  # the exact copy's page

    (ferry / ARTICLE).unlink()
    result = build(ferry)
    assert sorted(rel for rel, _ in result.deleted) == [f"{BRIEFINGS}/{original.name}", f"{BRIEFINGS}/{exact.name}"]
    assert not (ferry / "output" / f"{original.stem}-2").exists()
    assert edited.is_file() and (ferry / "output" / original.stem / "index.html").is_file()


def test_an_edited_copy_is_not_told_to_delete_the_yaml_the_build_deletes_with_its_article(ferry):
    original = generated(ferry)
    copy = original.with_name("zz-copy.yaml")
    copy.write_text(original.read_text().replace("\ntitle: ", "\ntitle: Corrected ", 1))
    build(ferry)

    (ferry / ARTICLE).unlink()
    result = build(ferry)
    assert [rel for rel, _ in result.deleted] == [f"{BRIEFINGS}/{original.name}"]
    (warning,) = [m for m in messages(result) if m.startswith(f"{BRIEFINGS}/{copy.name}:9:9:")]
    assert warning == (f"{BRIEFINGS}/{copy.name}:9:9: warning: its article {ARTICLE} was not found; the briefing is "
                       f"built from the YAML alone (delete the YAML to take its page down)")
    assert warning in messages(build(ferry))  # as the next build says it
