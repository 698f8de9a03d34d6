"""The build plan end to end on real files: YAML generation, editor edits, failures and slugs."""
import hashlib
import re
import shutil
from dataclasses import replace
from pathlib import Path

from briefing.cli import main
from briefing.extract import EXTRACTOR_VERSION
from briefing.model import Briefing
from briefing.problems import Problems
from briefing.site import build
from briefing.store import dump, generated_by, load
from built import messages

SEED_YAML = "site_src/briefings"


def only_yaml(root: Path) -> Path:
    (path,) = [p for p in (root / SEED_YAML).glob("*.yaml") if not p.name.endswith(".new.yaml")]
    return path


def test_first_build_writes_yaml_and_pages(site):
    result = build(site)
    assert not result.failed, messages(result)
    yaml_file = only_yaml(site)
    slug = yaml_file.stem
    assert (site / "output" / slug / "index.html").is_file()
    assert (site / "output" / "index.html").is_file()
    assert "source:\n  path: seeds/000_5194b2e46cd9eb77.txt" in yaml_file.read_text()


def test_editor_edit_survives_rebuilds_and_article_changes(site):
    build(site)
    yaml_file = only_yaml(site)
    edited = yaml_file.read_text().replace("title: ", "title: Edited by the desk — ", 1)
    yaml_file.write_text(edited)

    result = build(site)
    assert yaml_file.read_text() == edited
    assert "Edited by the desk" in (site / "output" / yaml_file.stem / "index.html").read_text()
    assert not result.problems.warnings, messages(result)

    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov said on Saturday, “We are waiting for an answer.”\n")
    result = build(site)
    assert not result.failed
    assert yaml_file.read_text() == edited
    proposal = yaml_file.with_name(yaml_file.stem + ".new.yaml")
    assert "We are waiting for an answer." in proposal.read_text()
    (warning,) = [m for m in messages(result) if "edited by hand" in m]
    assert warning.startswith(f"{SEED_YAML}/{yaml_file.name}:10:11: warning: edited by hand, and its article")  # at source.sha256

    again = build(site)
    assert yaml_file.read_text() == edited
    assert any("edited by hand" in m for m in messages(again))

    merging = proposal.read_text().replace("title: ", "title: Merge in progress — ", 1)
    proposal.write_text(merging)
    article.write_text(article.read_text() + "\nPeskov added, “We are still waiting.”\n")
    result = build(site)
    assert proposal.read_text() == merging and yaml_file.read_text() == edited
    (warning,) = [m for m in messages(result) if "edited by hand" in m]
    assert f"so is {SEED_YAML}/{proposal.name}, which you have edited (the fresh extraction goes there once you delete it)" in warning
    proposal.unlink()
    build(site)
    assert "We are still waiting." in proposal.read_text()

    # The editor gives up their YAML: the build generates it again, and the proposal is a stray.
    yaml_file.unlink()
    for result in (build(site), build(site)):
        assert any(m.startswith(f"{SEED_YAML}/{proposal.name}: warning: a fresh extraction left for an edited")
                   for m in messages(result)), messages(result)


def test_unedited_yaml_follows_its_article(site):
    build(site)
    yaml_file = only_yaml(site)
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov said on Saturday, “We are waiting for an answer.”\n")
    result = build(site)
    assert not result.problems.warnings, messages(result)
    assert "We are waiting for an answer." in yaml_file.read_text()
    assert only_yaml(site) == yaml_file  # the slug stays


def test_a_side_keeps_the_id_links_point_to_when_its_article_is_extracted_again(site):
    """A newsletter links to #side-kremlin-camp: the regenerated YAML, and the proposal beside an
    edited one, keep that id for the side mostly the same people make up, whatever its fresh label."""
    build(site)
    yaml_file = only_yaml(site)
    briefing = load(yaml_file.read_text(), yaml_file.name, Problems())
    assert [side.id for side in briefing.sides] == ["russia", "united-states"]
    renamed = replace(briefing, sides=[replace(briefing.sides[0], id="kremlin-camp"), briefing.sides[1]],
                      quotes=[replace(q, side="kremlin-camp" if q.side == "russia" else q.side) for q in briefing.quotes])
    yaml_file.write_text(dump(renamed, EXTRACTOR_VERSION))  # still generated: the build may write it again
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov said on Saturday, “We are waiting for an answer.”\n")

    assert not build(site).failed
    regenerated = yaml_file.read_text()
    assert "We are waiting for an answer." in regenerated
    assert "- id: kremlin-camp\n  label: Russia\n" in regenerated and "side: russia\n" not in regenerated
    assert 'id="side-kremlin-camp"' in (site / "output" / yaml_file.stem / "index.html").read_text()

    yaml_file.write_text(regenerated.replace("label: Russia", "label: The Kremlin", 1))  # edited now
    article.write_text(article.read_text() + "\nPeskov added, “We are still waiting.”\n")
    assert not build(site).failed
    proposal = yaml_file.with_name(yaml_file.stem + ".new.yaml").read_text()
    assert "We are still waiting." in proposal and "- id: kremlin-camp\n  label: Russia\n" in proposal


def test_a_yaml_error_fails_the_build_and_leaves_output_alone(site):
    build(site)
    before = {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    yaml_file = only_yaml(site)
    yaml_file.write_text(yaml_file.read_text().replace("title:", "title: [broken", 1))
    (site / SEED_YAML / "hand.yaml").write_text("title: Hand\nslug: 12\nsides: nope\n")
    result = build(site)
    assert result.failed
    errors = [str(p) for p in result.problems.errors]
    assert any(e.startswith(f"{SEED_YAML}/{yaml_file.name}:") for e in errors), errors
    assert any(e.startswith(f"{SEED_YAML}/hand.yaml:3:8: error: expected a list") for e in errors), errors
    after = {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    assert after == before


def test_duplicate_slugs_both_get_pages(site):
    (site / "site_src" / "briefings").mkdir(parents=True)
    for name in ("one", "two"):
        (site / SEED_YAML / f"{name}.yaml").write_text(f"title: {name}\nslug: same\n")
    result = build(site)
    assert not result.failed, messages(result)
    assert (site / "output" / "same" / "index.html").is_file()
    assert (site / "output" / "same-2" / "index.html").is_file()
    assert (f"{SEED_YAML}/two.yaml:2:7: warning: slug 'same' is the slug of {SEED_YAML}/one.yaml, so this briefing's "
            "page is at same-2/: give it a slug of its own") in messages(result)


def test_a_slug_set_by_hand_to_one_in_use_never_moves_the_page_that_has_it(site):
    """The briefing in `same.yaml` keeps `/same/`, whatever order the files come in."""
    (site / SEED_YAML).mkdir(parents=True)
    (site / SEED_YAML / "same.yaml").write_text("title: Owner\nslug: same\n")
    (site / SEED_YAML / "another.yaml").write_text("title: Newcomer\nslug: another\n")
    assert not build(site).failed
    (site / SEED_YAML / "another.yaml").write_text("title: Newcomer\nslug: same\n")
    result = build(site)
    assert "Owner" in (site / "output" / "same" / "index.html").read_text()
    assert "Newcomer" in (site / "output" / "same-2" / "index.html").read_text()
    assert (f"{SEED_YAML}/another.yaml:2:7: warning: slug 'same' is the slug of {SEED_YAML}/same.yaml, so this "
            "briefing's page moved from another/ to same-2/, and links to another/ now reach no page: set its slug "
            "back to 'another'") in messages(result)


def test_a_briefing_saved_as_yml_is_named_not_skipped_in_silence(site):
    (site / SEED_YAML).mkdir(parents=True)
    (site / SEED_YAML / "hand.yml").write_text("title: Hand\nslug: hand\n")
    (site / SEED_YAML / "other.YAML").write_text("title: Other\nslug: other\n")
    for result in (build(site), build(site)):  # the second replays the first's report
        assert {m for m in messages(result) if "yaml files only" in m} == {
            f"{SEED_YAML}/{name}: warning: briefings are read from .yaml files only, so this one is not; rename it to "
            f"{stem}.yaml" for name, stem in [("hand.yml", "hand"), ("other.YAML", "other")]}


def test_a_site_warned_of_its_base_url_is_still_replayed_when_nothing_changed(site):
    """The no-host warning is raised after the replay check: raised with site.yaml's other
    problems, it would stop every build of a /repo/ site from replaying."""
    (site / "site_src").mkdir(exist_ok=True)
    (site / "site_src" / "site.yaml").write_text("title: News\nbase_url: /repo/\n")
    assert not build(site).failed  # writes the YAML: a change of the sources the next build reads
    first, again = build(site), build(site)
    assert first.briefings and not again.briefings  # the third did nothing but replay the second
    assert [m for m in messages(again) if "has no host" in m] == [m for m in messages(first) if "has no host" in m] != []


def test_a_folder_named_like_a_briefing_is_reported_by_a_warm_build_too(site):
    assert not build(site).failed
    assert not build(site).problems.items  # replayed, nothing changed
    (site / SEED_YAML / "folder.yaml").mkdir()
    assert f"{SEED_YAML}/folder.yaml: warning: not a file (a folder named like a briefing?); skipped" \
        in messages(build(site))


def test_a_slug_added_to_the_front_matter_later_is_warned_of(site):
    (site / "site_src" / "articles").mkdir(parents=True)
    story = site / "site_src" / "articles" / "ferry.md"
    story.write_text("---\ntitle: Ferry vote\n---\nThe council voted to cut the ferry, islanders said on Monday.\n")
    assert not build(site).failed
    story.write_text("---\ntitle: Ferry vote\nslug: ferry-cut\n---\nThe council voted to cut the ferry, islanders said on Monday.\n")
    result = build(site)
    assert (site / "output" / "ferry-vote" / "index.html").exists()
    assert ("site_src/articles/ferry.md:3:7: warning: the front matter asks for slug 'ferry-cut', but a briefing keeps its "
            "slug ('ferry-vote') so that links to its page still work; to move the page, set the slug in "
            "site_src/briefings/ferry-vote.yaml, with the old one under 'aliases:' to send its links on") in messages(result)


def test_a_front_matter_slug_the_build_had_to_change_is_warned_of_once(site):
    """A reserved name, one in use or one with no letters: the first build says what it used instead,
    and later builds, `--strict` ones as the Pages workflow runs, have nothing more to say."""
    (site / "site_src" / "articles").mkdir(parents=True)
    for name, slug in [("con", "con"), ("first", "same-story"), ("second", "same-story"), ("dashes", "'---'")]:
        (site / "site_src" / "articles" / f"{name}.md").write_text(
            f"---\ntitle: {name.title()} story\nslug: {slug}\n---\nThe council met on Monday, {name} said.\n")
    first = messages(build(site))
    assert ("site_src/articles/con.md:3:7: warning: slug 'con' is reserved by the site; using 'con-briefing'; its "
            "briefing is site_src/briefings/con-briefing.yaml: to give its page another address, set slug there") in first
    assert ("site_src/articles/second.md:3:7: warning: slug 'same-story' is the slug of site_src/articles/first.md's "
            "briefing; using 'same-story-2'; its briefing is site_src/briefings/same-story-2.yaml: to give its page "
            "another address, set slug there") in first
    assert (site / "output" / "con-briefing" / "index.html").exists() and (site / "output" / "same-story-2").exists()
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").write_text("Another article, to make the next build a real one.\n")
    result = build(site, strict=True)
    assert not result.problems.items, messages(result)


def test_a_numbered_slug_is_not_warned_of_once_the_briefing_it_was_numbered_clear_of_is_gone(site):
    """'election' taken, so 'election-2'; then the article that held 'election' is deleted. The page
    stays where links point, and a `--strict` build (the Pages workflow's) has nothing to say."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    for name, words in [("a", "The council voted on Monday, officials said."),
                        ("b", "The mayor lost the vote on Tuesday, aides said.")]:
        (articles / f"{name}.md").write_text(f"---\ntitle: Vote {name}\nslug: election\n---\n{words}\n")
    assert not build(site).failed
    (articles / "a.md").unlink()
    assert build(site).deleted
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").write_text("Another article, to make the next build a real one.\n")
    result = build(site, strict=True)
    assert not result.problems.items, messages(result)
    assert (site / "output" / "election-2" / "index.html").exists()
    # Asking for it afresh is another matter: the page does not move, and the editor hears why.
    for slug in ("election-2", "election"):
        (articles / "b.md").write_text(f"---\ntitle: Vote b\nslug: {slug}\n---\nThe mayor lost the vote on Tuesday, aides said.\n")
        result = build(site)
    assert any(m.startswith("site_src/articles/b.md:3:7: warning: the front matter asks for slug 'election', but a "
                            "briefing keeps its slug ('election-2')") for m in messages(result)), messages(result)


def test_a_front_matter_slug_changed_to_the_start_of_the_old_one_is_warned_of_every_build(site):
    """'election-2024' asked for and given, then 'election': the slug ends in a number, but the
    build never numbered it, so the page stays and every build says why, as for any other slug."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    story = articles / "a.md"
    story.write_text("---\ntitle: Vote\nslug: election-2024\n---\nThe council voted on Monday, officials said.\n")
    assert not build(site).failed
    story.write_text(story.read_text().replace("slug: election-2024", "slug: election"))
    warning = ("site_src/articles/a.md:3:7: warning: the front matter asks for slug 'election', but a briefing keeps "
               "its slug ('election-2024')")
    for _ in range(2):
        result = build(site)
        assert any(m.startswith(warning) for m in messages(result)), messages(result)
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").write_text("Another article, to make the next build a real one.\n")
    result = build(site)
    assert any(m.startswith(warning) for m in messages(result)), messages(result)


def test_a_quote_copied_from_a_markdown_source_is_told_to_drop_the_marks(site):
    (site / "site_src" / "articles").mkdir(parents=True)
    (site / "site_src" / "articles" / "a.md").write_text('"This is *really* important," said Ana Gomez, the mayor.\n')
    assert not build(site).failed
    yaml_file = site / SEED_YAML / "this-is-really-important-said-ana-gomez-the-mayor.yaml"
    yaml_file.write_text(yaml_file.read_text().replace("text: This is really important,", "text: This is *really* important,"))
    assert any(m.endswith("quote 'This is *really* important,' is not verbatim in site_src/articles/a.md: it matches "
                          "up to 'This is ', then has '*' where the article has 'r'; copy it "
                          "exactly from the article as its text reads without Markdown's marks (*, _, links' addresses), "
                          "as on the page") for m in messages(build(site)))


def test_an_article_with_crlf_endings_is_parsed_once_a_build(site):
    from briefing.config import load_config
    from briefing.site import read_sources

    article = next((site / "seeds").iterdir())
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r\n"))
    sources = read_sources(site, load_config(site, Problems()), Problems())
    assert [a.text is not None for a in sources.articles] == [True]  # its text kept, not read again later


def test_a_warning_fixed_in_site_yaml_is_not_replayed(site):
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("title: Desk\ncolour: red\n")
    assert any("unknown key 'colour'" in m for m in messages(build(site)))
    assert any("unknown key 'colour'" in m for m in messages(build(site)))  # replayed while it is there
    (site / "site_src" / "site.yaml").write_text("title: Desk\n")
    assert not any("colour" in m for m in messages(build(site)))


def test_a_blank_site_title_is_left_out_with_a_warning_at_its_place(site):
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text('title: " "\n')
    result = build(site)
    assert messages(result) == ["site_src/site.yaml:1:8: warning: a blank title is left out, and the site keeps its "
                                "default title; write the site's name, or delete the line"]
    assert "<title>Briefings</title>" in (site / "output" / "index.html").read_text()


def test_line_endings_converted_by_a_checkout_change_no_article(site):
    assert not build(site).failed
    briefings = sorted((site / SEED_YAML).glob("*.yaml"))
    before = [path.read_bytes() for path in briefings]
    article = next((site / "seeds").iterdir())
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r\n"))  # git's core.autocrlf, on Windows
    result = build(site)
    assert not result.problems.items
    assert [path.read_bytes() for path in sorted((site / SEED_YAML).glob("*.yaml"))] == before


def test_a_briefing_moved_into_a_subfolder_is_warned_of_and_editor_lock_files_are_ignored(site):
    assert not build(site).failed
    briefings = site / SEED_YAML
    generated = next(briefings.glob("*.yaml"))
    (briefings / f".#{generated.name}").symlink_to("root@host.1:2")  # what Emacs leaves while a buffer is unsaved
    (briefings / "loop.yaml").symlink_to("loop.yaml")
    (briefings / "usr").symlink_to("/usr")  # a folder outside the site: not walked
    (briefings / "2024").mkdir()
    generated.rename(briefings / "2024" / generated.name)
    result = build(site)
    assert messages(result) == [f"{SEED_YAML}/2024/: warning: briefings in a subfolder are not read; "
                                f"move its YAML files up into {SEED_YAML}/",
                                f"{SEED_YAML}/loop.yaml: warning: symlink loop (it leads back to itself); skipped"]


def test_a_generated_yaml_kept_elsewhere_through_a_symlink_is_updated_where_it_is(site):
    assert not build(site).failed
    yaml_file = only_yaml(site)
    kept = site / "keep" / yaml_file.name
    kept.parent.mkdir()
    yaml_file.rename(kept)
    yaml_file.symlink_to(kept)
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov said, “We are ready.”\n")
    assert not build(site).failed
    assert yaml_file.is_symlink() and "We are ready." in kept.read_text()


def test_path_tricks_in_slugs_stay_inside_output(site, tmp_path):
    (site / SEED_YAML).mkdir(parents=True)
    tricks = ["../../escape", "/etc/passwd", "a\\\\b", "ｅｔｃ／ｐａｓｓｗｄ", "con", "static"]
    for n, slug in enumerate(tricks):
        (site / SEED_YAML / f"t{n}.yaml").write_text(f'title: Trick {n}\nslug: "{slug}"\n')
    result = build(site)
    assert not result.failed, messages(result)
    written = {p.resolve() for p in tmp_path.rglob("*") if p.is_file()}
    output = (site / "output").resolve()
    assert all(output in p.parents or p.is_relative_to(site.resolve()) for p in written)
    assert not (tmp_path / "escape").exists()
    assert {b.slug for b in result.briefings} >= {"escape", "etc-passwd", "a-b", "con-briefing", "static-briefing"}


def test_strict_makes_warnings_fatal(site):
    (site / "seeds" / "empty.txt").write_text("")
    assert main(["build", "--root", str(site)]) == 0
    assert main(["build", "--root", str(site), "--strict"]) == 1


def test_no_op_rebuild_writes_nothing(site):
    build(site)
    result = build(site)
    assert result.changed == [] and not result.wrote_output


def test_going_back_to_an_earlier_state_of_the_sources_takes_down_what_came_since(site):
    """Only a build that left output/ as it is may be replayed: a build that wrote YAML (and is
    not recorded) must not leave an older record to vouch for the pages it added."""
    build(site)
    build(site)  # recorded: the seed alone
    article = site / "site_src" / "articles" / "oops.txt"
    article.parent.mkdir(parents=True)
    article.write_text('Mayor Jane Smith said "we will fight this plan" on Monday.\n', encoding="utf-8")
    result = build(site)
    added = next(slug for slug in result.yaml_paths if "mayor" in slug)
    assert (site / "output" / added / "index.html").is_file()
    article.unlink()
    (site / result.yaml_paths[added]).unlink()
    result = build(site)  # the sources are those of the recorded build again
    assert not result.failed, messages(result)
    assert not (site / "output" / added).exists()
    assert added not in (site / "output" / "index.html").read_text(encoding="utf-8")


def test_a_build_stopped_while_it_switches_output_leaves_no_record_that_vouches_for_it(site, monkeypatch):
    """Ctrl-C in the middle of a journalled update, then the sources put back as they were: the
    next build finishes the switch and renders what the sources say, never the stopped build's pages."""
    import briefing.write

    article = site / "site_src" / "articles"
    article.mkdir(parents=True)
    for n in range(20):  # enough pages that one edit is a journalled update, not a whole-tree swap
        (article / f"a{n}.md").write_text(f"---\ntitle: Story {n}\n---\nMayor Kim Lee said the plan was good.\n",
                                          encoding="utf-8")
    build(site)
    build(site)
    (yaml_file,) = (site / SEED_YAML).glob("president-*.yaml")
    before = yaml_file.read_text(encoding="utf-8")
    yaml_file.write_text(before.replace("title: ", "title: Stopped midway ", 1), encoding="utf-8")

    apply = briefing.write._apply

    def stopped(out, staging, journal):  # the first file moves, then Ctrl-C
        apply(out, staging, {**journal, "put": journal["put"][:1], "delete": []})
        raise KeyboardInterrupt

    monkeypatch.setattr(briefing.write, "_apply", stopped)
    try:
        build(site)
    except KeyboardInterrupt:
        pass
    monkeypatch.setattr(briefing.write, "_apply", apply)
    yaml_file.write_text(before, encoding="utf-8")
    for _ in range(2):
        result = build(site)
        assert not result.failed, messages(result)
        stale = [p for p in (site / "output").rglob("*") if p.is_file() and b"Stopped midway" in p.read_bytes()]
        assert not stale, stale
    assert not (site / ".output.journal").exists()


def test_check_finds_the_base_url_of_a_site_that_moved(site, tmp_path):
    """A CI cache restored at another path, or a site folder moved: check still reads links
    against the base URL its output/ was built for."""
    from briefing.check import check_site

    assert main(["build", "--root", str(site), "--base-url", "https://example.github.io/briefs/"]) == 0
    moved = site.rename(tmp_path / "moved")
    problems, count = check_site(moved)
    assert count == 1 and not problems.errors, [str(p) for p in problems.errors]


def test_two_long_titles_alike_keep_two_pages_without_a_warning_each_build(site):
    """A suffix on a slug of the longest length makes room for itself: cut back, the slug would
    be the one it was made to differ from, and the two pages would swap at every build."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    title = "Councillors reject the neighbourhood regeneration masterplan abcd again today"  # a 60-character slug
    for name, verdict in (("a.md", "good"), ("b.md", "bad")):
        (articles / name).write_text(f"---\ntitle: {title}\n---\nMayor Kim Lee said the plan was {verdict}.\n",
                                     encoding="utf-8")
    first = build(site)
    slugs = sorted(s for s in first.yaml_paths if s.startswith("councillors"))
    assert len(slugs) == 2 and all(len(s) <= 60 for s in slugs)
    again = build(site)
    assert not again.problems.warnings, messages(again)
    assert sorted(s for s in again.yaml_paths if s.startswith("councillors")) == slugs


def test_site_static_files_and_templates_override_the_defaults(site):
    (site / "site_src" / "static").mkdir(parents=True)
    (site / "site_src" / "static" / "style.css").write_text("body { color: teal; }\n")
    (site / "site_src" / "static" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>\n")
    result = build(site)
    assert not result.failed, messages(result)
    assert (site / "output" / "static" / "style.css").read_text() == "body { color: teal; }\n"
    assert (site / "output" / "static" / "logo.svg").is_file()


def test_an_edit_rewrites_its_pages_and_its_index_page_only(site):
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("per_page: 2\n")
    for n in range(6):
        (site / "seeds" / f"story-{n}.txt").write_text(
            f"Council story {n}\n\n“We will meet on day {n},” the mayor said on Monday. The council agreed.\n")
    first = build(site)
    assert not first.failed, messages(first)
    index_pages = [name for name in first.changed if name == "index.html" or name.startswith("page/")]
    assert len(index_pages) >= 3, first.changed

    yaml_file = site / SEED_YAML / "council-story-3.yaml"
    # A new title that keeps its place in the list (undated briefings are listed by title).
    yaml_file.write_text(yaml_file.read_text().replace("title: Council story 3", "title: Council story 3, updated"))
    result = build(site)

    assert not result.failed, messages(result)
    rewritten_index = [name for name in result.changed if name in index_pages]
    assert len(rewritten_index) == 1, result.changed
    assert "Council story 3, updated" in (site / "output" / rewritten_index[0]).read_text()
    assert not any(name.startswith("council-story-1/") for name in result.changed)


def test_builds_read_an_unchanged_article_again_when_they_need_its_text(site):
    """The build's memo keeps articles without their texts; extraction and the verbatim check still get them."""
    build(site)
    yaml_file = only_yaml(site)
    generated = yaml_file.read_text()
    yaml_file.unlink()
    assert not build(site).failed
    assert only_yaml(site).read_text() == generated

    only_yaml(site).write_text(generated.replace("text: I do.", "text: I do not.", 1))
    result = build(site)
    line = 1 + generated[: generated.index("text: I do.")].count("\n")
    assert any(m.startswith(f"{SEED_YAML}/{only_yaml(site).name}:{line}:9: warning: quote 'I do not.' is not verbatim")
               for m in messages(result)), messages(result)


def test_a_quote_merged_in_that_is_not_verbatim_is_reported_at_each_quote_naming_its_anchor(site):
    """As every message about a merged value: at the quote that is wrong, once each, the one that
    merges it at its '<<', saying where the text is written."""
    build(site)
    yaml_file = only_yaml(site)
    merged = yaml_file.read_text().replace(
        "quotes:\n- id: ", "quotes:\n- &q\n  id: mine\n  text: Not in the article.\n- <<: *q\n  id: merged\n- id: ", 1)
    yaml_file.write_text(merged)
    line = 1 + merged[: merged.index("- &q")].count("\n")
    name = f"{SEED_YAML}/{yaml_file.name}"
    warnings = [m for m in messages(build(site)) if "is not verbatim" in m]
    assert [m.split(" is not verbatim")[0] for m in warnings] == [
        f"{name}:{line + 2}:9: warning: quote 'Not in the article.'",
        f"{name}:{line + 3}:3: warning: quote 'Not in the article.'"]
    assert [m.endswith(f"(merged from *q on line {line})") for m in warnings] == [False, True]


def test_a_draft_made_for_one_path_is_not_written_for_another(site):
    """Drafts are remembered by article path and hash: the YAML names its article."""
    briefings = site / SEED_YAML
    briefings.mkdir(parents=True)
    (briefings / "broken.yaml").write_text("title: [unclosed\n")
    assert build(site).failed  # the seed's draft waits while a YAML is broken
    (briefings / "broken.yaml").unlink()
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").rename(site / "seeds" / "renamed.txt")
    assert not build(site).failed
    assert "path: seeds/renamed.txt" in only_yaml(site).read_text()


def test_an_article_with_broken_front_matter_gets_no_yaml_until_it_is_fixed(site):
    """Its slug is not known while its front matter is broken, and a slug once written stays."""
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    body = article.read_text(encoding="utf-8")
    article.rename(article.with_suffix(".md"))
    article = article.with_suffix(".md")
    article.write_text("---\ntitle: Putin: let us talk\nslug: putin-offers-a-call\n---\n\n" + body, encoding="utf-8")
    result = build(site)
    assert result.failed and messages(result)[0].startswith("seeds/000_5194b2e46cd9eb77.md:2:13: error: YAML syntax error")
    assert not list((site / SEED_YAML).glob("*.yaml"))
    article.write_text(article.read_text(encoding="utf-8").replace("Putin: let", "Putin says let"), encoding="utf-8")
    result = build(site)
    assert not result.failed, messages(result)
    assert only_yaml(site).name == "putin-offers-a-call.yaml"


def test_a_renamed_article_keeps_its_briefing_and_its_page(site):
    assert not build(site).failed
    yaml_file = only_yaml(site)
    pages = sorted(p.name for p in (site / "output").iterdir() if p.is_dir())
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").rename(site / "seeds" / "putin-call.txt")
    result = build(site)
    assert not result.failed and not result.problems.warnings, messages(result)
    assert only_yaml(site) == yaml_file and "path: seeds/putin-call.txt" in yaml_file.read_text()
    assert sorted(p.name for p in (site / "output").iterdir() if p.is_dir()) == pages

    edited = yaml_file.read_text().replace("title: ", "title: Edited — ", 1)
    yaml_file.write_text(edited)
    (site / "seeds" / "putin-call.txt").rename(site / "seeds" / "putin.txt")
    result = build(site)
    assert yaml_file.read_text() == edited and only_yaml(site) == yaml_file
    assert messages(result) == [f"{SEED_YAML}/{yaml_file.name}:9:9: warning: its article seeds/putin-call.txt has moved to "
                                f"seeds/putin.txt: set source.path to seeds/putin.txt in this YAML, which builds "
                                f"never write once edited"]
    yaml_file.write_text(edited.replace("path: seeds/putin-call.txt", "path: seeds/putin.txt"))
    result = build(site)
    assert not result.problems.warnings, messages(result)
    assert sorted(p.name for p in (site / "output").iterdir() if p.is_dir()) == pages


def test_an_article_renamed_and_edited_in_one_go_keeps_its_briefing_and_its_page(site):
    assert not build(site).failed
    yaml_file = only_yaml(site)
    pages = sorted(p.name for p in (site / "output").iterdir() if p.is_dir())
    seed = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    text = seed.read_text(encoding="utf-8")
    seed.unlink()
    (site / "seeds" / "putin-call.txt").write_text(text.replace("post-Cold War levels.", "post-Cold War lows."),
                                                   encoding="utf-8")
    result = build(site)
    assert not result.failed and not result.problems.warnings, messages(result)
    assert only_yaml(site) == yaml_file and "path: seeds/putin-call.txt" in yaml_file.read_text()
    assert sorted(p.name for p in (site / "output").iterdir() if p.is_dir()) == pages


def test_a_new_article_never_takes_the_briefing_of_one_deleted_builds_ago(site):
    """Its briefing stays as the editor kept it (built from the YAML alone), even when the new
    article repeats the old one's lead."""
    assert not build(site).failed
    yaml_file = only_yaml(site)
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Kept — ", 1))
    seed = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    text = seed.read_text(encoding="utf-8")
    seed.unlink()
    assert "was not found" in " ".join(messages(build(site)))
    (site / "seeds" / "follow-up.txt").write_text("Kremlin repeats its offer.\n\n" + text, encoding="utf-8")
    result = build(site)
    assert not result.failed
    assert "path: seeds/000_5194b2e46cd9eb77.txt" in yaml_file.read_text()
    assert len(list((site / SEED_YAML).glob("*.yaml"))) == 2


def test_an_article_and_its_copy_moved_together_keep_their_one_page(site):
    seed = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    (site / "seeds" / "copy.txt").write_text(seed.read_text())
    result = build(site)
    assert not result.failed
    assert [m.split(":")[0] for m in messages(result)] == ["seeds/copy.txt"]  # "the same text as …"
    pages = sorted(p.name for p in (site / "output").iterdir() if (p / "index.html").is_file())
    assert len(pages) == 1
    (site / "seeds" / "moved").mkdir()
    for path in sorted((site / "seeds").glob("*.txt")):
        path.rename(site / "seeds" / "moved" / path.name)
    result = build(site)
    assert [m.split(":")[0] for m in messages(result)] == ["seeds/moved/copy.txt"]
    assert sorted(p.name for p in (site / "output").iterdir() if (p / "index.html").is_file()) == pages


def test_a_sites_own_sitemap_template_follows_the_briefings(site):
    templates = site / "site_src" / "templates"
    templates.mkdir(parents=True)
    (templates / "sitemap.xml").write_text("{% for b in briefings %}{{ b.briefing.title }}\n{% endfor %}")
    build(site, base_url="https://example.org/")
    yaml_file = only_yaml(site)
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Retitled — ", 1))
    assert not build(site, base_url="https://example.org/").failed
    assert "Retitled — " in (site / "output" / "sitemap.xml").read_text()


def test_problems_met_rendering_are_listed_in_the_order_of_the_files(site):
    # Pages are rendered in digest order (to read few cache shards); their problems are not reported so.
    folder = site / SEED_YAML
    folder.mkdir(parents=True)
    long_summary = "\n".join(f"  - text: Sentence number {i} of a summary far too long for a newsletter." for i in range(1200))
    # In the order articles are read: a folder's files before the names that sort after it as text.
    sources = ["articles/a/1.txt", "articles/a-b.txt", "articles/a.txt", "articles/b.txt", "articles/c/d/2.txt"]
    for n, source in enumerate(reversed(sources)):
        (folder / f"briefing-{n}.yaml").write_text(
            f"title: B{n}\nslug: briefing-{n}\nsource:\n  path: {source}\nsummary:\n{long_summary}\n", encoding="utf-8"
        )
    result = build(site)
    too_big = [p.path for p in result.problems.warnings if "newsletter.html is" in p.message]
    assert too_big == sources


def test_a_corrected_quotation_keeps_its_id_so_links_to_it_still_work(site):
    build(site)
    yaml_file = only_yaml(site)
    before = load(yaml_file.read_text(), "b.yaml", Problems())
    quote = max(before.quotes, key=lambda q: len(q.text))
    words = quote.text.split()
    longest = max(words, key=len)
    corrected = quote.text.replace(longest, longest[:-1] + "x", 1)  # one letter, as a correction would
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    assert quote.text in article.read_text()
    article.write_text(article.read_text().replace(quote.text, corrected))

    result = build(site)
    assert not result.failed, messages(result)
    after = load(yaml_file.read_text(), "a.yaml", Problems())
    (fixed,) = [q for q in after.quotes if q.text == corrected]
    assert fixed.id == quote.id
    assert {q.id for q in after.quotes} == {q.id for q in before.quotes}
    refs = {ref for side in after.sides for p in side.positions for ref in p.quotes}
    assert refs <= {q.id for q in after.quotes}
    page = (site / "output" / yaml_file.stem / "index.html").read_text()
    assert f'id="quote-{quote.id}"' in page


def test_a_proposal_deleted_right_after_the_build_that_wrote_it_is_written_again(site):
    build(site)
    yaml_file = only_yaml(site)
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov said on Saturday, “We are waiting for an answer.”\n")
    build(site)
    proposal = yaml_file.with_name(yaml_file.stem + ".new.yaml")
    assert proposal.is_file()

    proposal.unlink()
    result = build(site)
    assert proposal.is_file(), messages(result)
    assert any("the fresh extraction is in" in m for m in messages(result))


def test_a_briefing_copied_with_its_article_path_is_warned_of(site):
    build(site)
    yaml_file = only_yaml(site)
    copy = yaml_file.with_name("follow-up.yaml")
    copy.write_text(yaml_file.read_text().replace(f"slug: {yaml_file.stem}", "slug: follow-up", 1))
    result = build(site)
    (warning,) = [m for m in messages(result) if "is also the article of" in m]
    assert warning.startswith(f"{SEED_YAML}/") and yaml_file.name in warning
    assert not result.failed


def test_a_quote_retyped_with_a_straight_apostrophe_is_told_where_it_differs(site):
    build(site)
    yaml_file = only_yaml(site)
    generated = yaml_file.read_text()
    curly = next(q.text for q in load(generated, "b.yaml", Problems()).quotes if "’" in q.text)
    yaml_file.write_text(generated.replace(curly, curly.replace("’", "'"), 1))
    (warning,) = [m for m in messages(build(site)) if "is not verbatim" in m]
    start = curly[: curly.index("’")]
    assert f"it matches up to {start[-30:].lstrip()!r}, then has \"'\" where the article has '’'" in warning


def test_an_article_moved_by_copy_and_delete_keeps_its_briefing_without_a_duplicate(site):
    build(site)
    yaml_file = only_yaml(site)
    original = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    copy = site / "seeds" / "putin-call.txt"
    copy.write_bytes(original.read_bytes())
    result = build(site)  # a build between the copy and the delete: under serve, the usual case
    assert only_yaml(site) == yaml_file  # no second briefing
    assert any(m.startswith("seeds/putin-call.txt: warning: the same text as seeds/000_5194b2e46cd9eb77.txt, whose "
                            f"briefing is {SEED_YAML}/{yaml_file.name}") for m in messages(result)), messages(result)
    assert len([p for p in (site / "output").iterdir() if (p / "index.html").is_file()]) == 1

    original.unlink()
    result = build(site)
    assert not result.problems.warnings, messages(result)
    assert only_yaml(site) == yaml_file and "path: seeds/putin-call.txt" in yaml_file.read_text()


def rename_slug(yaml_file: Path, new: str, aliases: str | None = None) -> str:
    """Give the briefing a new slug (and aliases, a YAML flow list), as an editor would; return the old slug."""
    text = yaml_file.read_text()
    old = load(text, str(yaml_file), Problems()).slug
    extra = f"\naliases: {aliases}" if aliases else ""
    yaml_file.write_text(text.replace(f"\nslug: {old}\n", f"\nslug: {new}{extra}\n", 1))
    return old


def test_a_former_slug_in_aliases_sends_its_links_on_to_the_page(site):
    build(site)
    yaml_file = only_yaml(site)
    old = rename_slug(yaml_file, "putin-call", aliases=f"[{yaml_file.stem}]")
    result = build(site)
    assert not result.problems.items, messages(result)
    out = site / "output"
    moved = (out / old / "index.html").read_text()
    assert '<link rel="canonical" href="/putin-call/">' in moved and 'content="noindex"' in moved
    assert 'location.replace("../putin-call/" + location.hash)' in moved  # keeps #side-… and #quote-…
    assert 'url=../putin-call/"' in moved  # and without script
    assert "Putin" in (out / "putin-call" / "index.html").read_text()
    # Listed once, at its address: an old one is no page of its own.
    assert f"{old}/" not in (out / "index.html").read_text() and "putin-call/" in (out / "index.html").read_text()
    assert not build(site, base_url="https://example.org/").problems.items  # full addresses, as crawlers read them
    assert f"/{old}/" not in (out / "sitemap.xml").read_text() and "/putin-call/" in (out / "sitemap.xml").read_text()
    assert not build(site).problems.items and (out / old / "index.html").is_file()  # kept by the next build

    yaml_file.write_text(yaml_file.read_text().replace(f"\naliases: [{old}]", ""))
    build(site)
    assert not (out / old).exists()


def test_a_slug_changed_with_no_alias_is_warned_of_with_the_fix(site):
    build(site)
    yaml_file = only_yaml(site)
    old = rename_slug(yaml_file, "putin-call")
    result = build(site)
    line = yaml_file.read_text().splitlines().index("slug: putin-call") + 1
    assert f"{SEED_YAML}/{yaml_file.name}:{line}:7: warning: slug changed from {old!r} to 'putin-call' since the " \
           f"last build, so links to {old}/ reach no page; to send them on to putin-call/, add 'aliases: [{old}]' " \
           "to this briefing" in messages(result)
    assert not (site / "output" / old).exists()


def test_a_slug_changed_twice_is_warned_of_with_every_former_slug_oldest_first(site):
    """A slug typed across two saves under serve, or changed in two builds: the published one, which
    newsletters link to, must not be forgotten after the first change."""
    build(site)
    yaml_file = only_yaml(site)
    published = rename_slug(yaml_file, "putin-c")
    assert any(f"slug changed from {published!r} to 'putin-c'" in m for m in messages(build(site)))
    build(site)  # nothing changed: the same report, replayed
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Corrected — ", 1))
    assert not build(site).problems.items  # the page rendered again under putin-c

    rename_slug(yaml_file, "putin-call")
    result = build(site)
    line = yaml_file.read_text().splitlines().index("slug: putin-call") + 1
    assert f"{SEED_YAML}/{yaml_file.name}:{line}:7: warning: slug changed from 'putin-c' to 'putin-call' since the " \
           f"last build, so links to {published}/ and putin-c/ reach no page; to send them on to putin-call/, add " \
           f"'aliases: [{published}, putin-c]' to this briefing" in messages(result), messages(result)

    # The last slug sent on, the first one not: the warning still names the first.
    rename_slug(yaml_file, "putin-phone-call", aliases="[putin-call]")
    result = build(site)
    assert any(f"slug changed from 'putin-call' to 'putin-phone-call' since the last build, so links to {published}/ "
               f"and putin-c/ reach no page; to send them on to putin-phone-call/, add '{published}', 'putin-c' at the "
               "end of its aliases" in m for m in messages(result)), messages(result)
    # Every former slug sent on: no warning.
    rename_slug(yaml_file, "putin-call-offer", aliases=f"[{published}, putin-c, putin-call, putin-phone-call]")
    yaml_file.write_text(yaml_file.read_text().replace("\naliases: [putin-call]\n", "\n", 1))
    result = build(site)
    assert not result.problems.items, messages(result)
    assert all((site / "output" / old / "index.html").is_file() for old in (published, "putin-c", "putin-call"))


def test_an_alias_never_takes_another_briefings_address(site):
    (site / SEED_YAML).mkdir(parents=True)
    (site / SEED_YAML / "other.yaml").write_text("title: Other\nslug: other\n")
    (site / SEED_YAML / "mine.yaml").write_text(
        "title: Mine\nslug: mine\naliases: [other, feed, mine, Old Name, old-name, ours]\n")
    (site / SEED_YAML / "third.yaml").write_text("title: Third\nslug: third\naliases: [ours]\n")
    result = build(site)
    mine = f"{SEED_YAML}/mine.yaml"
    assert {m for m in messages(result) if "alias" in m} == {
        f"{mine}:3:11: warning: alias 'other' is the slug of {SEED_YAML}/other.yaml, whose page stays at that "
        "address, so it does not redirect here; remove it",
        f"{mine}:3:18: warning: alias 'feed' is a name the site keeps for its own pages, so it does not redirect "
        "here; remove it",
        f"{mine}:3:24: warning: alias 'mine' is this briefing's own slug, so it does not redirect here; remove it",
        f"{mine}:3:30: warning: alias 'Old Name' is not a slug (lowercase letters, digits, hyphens); using 'old-name': "
        "write 'old-name' in its place to end this warning",
        f"{SEED_YAML}/third.yaml:3:11: warning: alias 'ours' is an alias in {mine} too, and redirects there, so it "
        "does not redirect here; remove it",
    }
    out = site / "output"
    assert "Other" in (out / "other" / "index.html").read_text()
    assert "../mine/" in (out / "old-name" / "index.html").read_text() and "../mine/" in (out / "ours" / "index.html").read_text()
    # A new article whose title asks for a former slug gets another: old links must not reach it.
    (site / "seeds" / "ours.md").write_text("---\ntitle: Ours\n---\nA new story, told in a sentence or two.\n")
    result = build(site)
    assert (f"seeds/ours.md:2:8: warning: slug 'ours' is an alias in {mine}; using 'ours-2'; its briefing is "
            f"{SEED_YAML}/ours-2.yaml: to give its page another address, set slug there") in messages(result)
    assert "../mine/" in (out / "ours" / "index.html").read_text()


def test_the_slug_history_outlives_output_deleted_and_a_build_into_another_folder(site, tmp_path):
    """output/ deleted to rebuild it whole, as the README says, or a preview built with --out: the
    next move still names the slug that was published."""
    build(site)
    yaml_file = only_yaml(site)
    published = rename_slug(yaml_file, "putin-c")
    assert any(f"slug changed from {published!r} to 'putin-c'" in m for m in messages(build(site)))
    shutil.rmtree(site / "output")
    rename_slug(yaml_file, "putin-call")
    result = build(site)
    assert any(f"slug changed from 'putin-c' to 'putin-call' since the last build, so links to {published}/ and "
               f"putin-c/ reach no page" in m for m in messages(result)), messages(result)
    assert not build(site, out=tmp_path / "preview").problems.items
    rename_slug(yaml_file, "putin-phone-call")
    result = build(site)
    assert any(f"slug changed from 'putin-call' to 'putin-phone-call' since the last build, so links to {published}/, "
               f"putin-c/ and putin-call/ reach no page" in m for m in messages(result)), messages(result)


def test_a_former_slug_left_out_of_aliases_changed_after_the_warning_is_forgotten(site):
    """'putin-c' was live for a moment (a save under serve): the warning names it with the published
    slug, and the editor sends only the published one on. Later moves no longer name it."""
    build(site)
    yaml_file = only_yaml(site)
    published = rename_slug(yaml_file, "putin-c")
    build(site)
    rename_slug(yaml_file, "putin-call")
    assert any(f"links to {published}/ and putin-c/ reach no page" in m for m in messages(build(site)))
    rename_slug(yaml_file, "putin-call", aliases=f"[{published}]")
    assert not build(site).problems.items
    rename_slug(yaml_file, "putin-phone-call")
    result = build(site)
    assert any("slug changed from 'putin-call' to 'putin-phone-call' since the last build, so links to putin-call/ "
               "reach no page; to send them on to putin-phone-call/, add 'putin-call' at the end of its aliases" in m
               for m in messages(result)), messages(result)


def test_a_new_briefing_in_the_file_of_a_deleted_one_does_not_take_over_its_slug_history(site):
    """A briefing moved to bridge-vote is deleted with its article, and a new article's briefing gets
    the same slug and file: its later move must not send the old briefing's links to it."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    (articles / "a.txt").write_text("Council vote on bridge\n\nThe council voted for the bridge on Monday, officials said.\n")
    assert not build(site).failed
    old_file, yaml_file = site / SEED_YAML / "council-vote-on-bridge.yaml", site / SEED_YAML / "bridge-vote.yaml"
    yaml_file.write_text(old_file.read_text().replace("\nslug: council-vote-on-bridge\n", "\nslug: bridge-vote\n"))
    old_file.unlink()
    assert any("slug changed from 'council-vote-on-bridge' to 'bridge-vote'" in m for m in messages(build(site)))
    yaml_file.unlink()
    (articles / "a.txt").unlink()
    (articles / "b.txt").write_text("Bridge vote\n\nThe mayor lost a second vote on the bridge on Tuesday, aides said.\n")
    assert not build(site).failed
    assert "slug: bridge-vote\n" in yaml_file.read_text() and "b.txt" in yaml_file.read_text()
    rename_slug(yaml_file, "bridge-vote-2024")
    result = build(site)
    assert any("slug changed from 'bridge-vote' to 'bridge-vote-2024' since the last build, so links to bridge-vote/ "
               "reach no page" in m for m in messages(result)), messages(result)


def test_a_proposal_for_an_edited_briefing_keeps_its_aliases(site):
    build(site)
    yaml_file = only_yaml(site)
    old = rename_slug(yaml_file, "putin-call", aliases=f"[{yaml_file.stem}]")
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov said on Saturday, “We are waiting for an answer.”\n")
    build(site)
    proposal = load(yaml_file.with_name(yaml_file.stem + ".new.yaml").read_text(), "", Problems())
    assert (proposal.slug, proposal.aliases) == ("putin-call", [old])


def test_a_slug_only_a_yaml_files_name_still_holds_is_named_as_that(site):
    """After a slug is changed in the YAML, its file keeps the old name, which a new briefing's file cannot take."""
    build(site)
    yaml_file = only_yaml(site)
    rename_slug(yaml_file, "putin-call")
    build(site)
    (site / "seeds" / "again.txt").write_text((site / "seeds" / "000_5194b2e46cd9eb77.txt").read_text() + "\nMore.\n")
    result = build(site)
    assert (f"seeds/again.txt: warning: slug {yaml_file.stem!r} is the name of {SEED_YAML}/{yaml_file.name}; using "
            f"'{yaml_file.stem}-2'; its briefing is {SEED_YAML}/{yaml_file.stem}-2.yaml: to give its page another "
            "address, set slug there") in messages(result)


def test_a_deleted_articles_page_goes_with_its_generated_yaml_and_an_edited_one_stays(site):
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    for name in ("ferry", "tram"):
        (articles / f"{name}.txt").write_text(f"The {name} runs again, Mayor Ann Lee said on Monday.\n")
    result = build(site)
    ferry, tram = (site / result.yaml_paths[slug] for slug in sorted(result.yaml_paths) if "runs" in slug)
    tram.write_text(tram.read_text().replace("title: ", "title: Edited ", 1))
    for name in ("ferry", "tram"):
        (articles / f"{name}.txt").unlink()
    result = build(site)
    assert not ferry.exists() and not (site / "output" / ferry.stem).exists()  # the build made it: the build takes it down
    assert tram.exists() and (site / "output" / tram.stem / "index.html").is_file()  # the editor's: kept, with a warning
    assert messages(result) == [f"{SEED_YAML}/{tram.name}:9:9: warning: its article site_src/articles/tram.txt was not "
                                "found; the briefing is built from the YAML alone (delete the YAML to take its page down)"]
    assert ferry.stem not in (site / "output" / "index.html").read_text()
    assert result.deletions() == [f"{SEED_YAML}/{ferry.name}: deleted, and its page taken down, as its article "
                                  "site_src/articles/ferry.txt was deleted"]


def two_stories(site: Path) -> tuple[Path, Path]:
    """Two articles built into two briefings: (the first article, the YAML made for it)."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    for name in ("ferry", "tram"):
        (articles / f"{name}.txt").write_text(f"The {name} runs again, Mayor Ann Lee said on Monday.\n")
    result = build(site)
    return articles / "ferry.txt", site / result.yaml_paths["the-ferry-runs-again-mayor-ann-lee-said-on-monday"]


def test_a_briefing_is_deleted_only_by_the_build_that_sees_its_article_go(site, capsys):
    """Not when no build saw the article (a fresh checkout, or a site from before builds deleted
    such briefings, which kept them on purpose), nor while a YAML has errors."""
    article, yaml_file = two_stories(site)
    article.unlink()
    (site / SEED_YAML / "broken.yaml").write_text("title: [unclosed\n")
    assert build(site).failed and yaml_file.exists()
    (site / SEED_YAML / "broken.yaml").unlink()
    shutil.rmtree(site / ".briefing-cache")
    result = build(site)
    assert yaml_file.exists() and any("ferry.txt was not found" in m for m in messages(result))

    article, yaml_file = two_stories(site.parent / "second")
    article.unlink()
    assert main(["build", "--root", str(site.parent / "second")]) == 0
    assert not yaml_file.exists()
    assert f"{SEED_YAML}/{yaml_file.name}: deleted, and its page taken down, as its article " \
           "site_src/articles/ferry.txt was deleted" in capsys.readouterr().err.splitlines()


def test_an_article_deleted_after_a_build_that_skipped_it_takes_its_generated_yaml_down(site):
    """Cut down to its headline (to be written again), then deleted: the build still saw the file
    last time, so it is deleted now, not one deleted long ago whose briefing a site kept on purpose."""
    article, yaml_file = two_stories(site)
    article.write_text("Council splits over library hours\n")
    assert any("is skipped (see its warning)" in m for m in messages(build(site)))
    article.unlink()
    result = build(site)
    assert not yaml_file.exists() and not (site / "output" / yaml_file.stem).exists()
    assert messages(result) == []
    assert result.deletions() == [f"{SEED_YAML}/{yaml_file.name}: deleted, and its page taken down, as its article "
                                  "site_src/articles/ferry.txt was deleted"]


def test_check_says_what_the_next_build_deletes_and_deletes_nothing(site, capsys):
    article, yaml_file = two_stories(site)
    article.unlink()
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 0
    assert f"{SEED_YAML}/{yaml_file.name}: warning: its article site_src/articles/ferry.txt was deleted: the next " \
           "build deletes this YAML, which a build made, and takes its page down" in capsys.readouterr().err.splitlines()
    assert yaml_file.exists()


def test_a_front_matter_slug_changed_to_a_shorter_one_is_warned_of(site):
    """'election-2024' asked for, then 'election': the page stays where links point, and the editor hears why."""
    (site / "site_src" / "articles").mkdir(parents=True)
    story = site / "site_src" / "articles" / "vote.md"
    for slug in ("election-2024", "election"):
        story.write_text(f"---\ntitle: Vote\nslug: {slug}\n---\nThe council voted on Monday, officials said.\n")
        result = build(site)
    assert (site / "output" / "election-2024" / "index.html").exists()
    assert any(m.startswith("site_src/articles/vote.md:3:7: warning: the front matter asks for slug 'election', but a "
                            "briefing keeps its slug ('election-2024')") for m in messages(result)), messages(result)


def test_a_yaml_restored_after_the_build_deleted_it_is_read_not_replayed_away(site):
    article, yaml_file = two_stories(site)
    kept = yaml_file.read_bytes()
    article.unlink()
    assert build(site).deleted and not yaml_file.exists()
    yaml_file.write_bytes(kept)  # git checkout: the sources are those of the build that deleted it
    result = build(site)
    assert (site / "output" / yaml_file.stem / "index.html").is_file()
    assert any("ferry.txt was not found; the briefing is built from the YAML alone" in m for m in messages(result))


def test_an_alias_not_written_as_a_slug_still_counts_as_the_old_address(site):
    build(site)
    yaml_file = only_yaml(site)
    old = rename_slug(yaml_file, "putin-call", aliases=f"[{yaml_file.stem.title()}]")
    result = build(site)
    assert not any("slug changed" in m for m in messages(result)), messages(result)
    assert "../putin-call/" in (site / "output" / old / "index.html").read_text()


def test_a_proposal_left_after_its_article_is_back_as_the_yaml_records_it_is_warned_of(site):
    build(site)
    yaml_file = only_yaml(site)
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    original = article.read_text()
    article.write_text(original + "\nPeskov said on Saturday, “We are waiting for an answer.”\n")
    build(site)
    proposal = yaml_file.with_name(yaml_file.stem + ".new.yaml")
    assert proposal.is_file()
    article.write_text(original)  # the change is taken back
    result = build(site)
    assert messages(result) == [f"{SEED_YAML}/{proposal.name}: warning: a fresh extraction left for "
                                f"{SEED_YAML}/{yaml_file.name}, whose article is again the one its source.sha256 "
                                "records, so builds no longer read this; delete it once you have merged what you "
                                "want from it"]
    proposal.unlink()
    assert not build(site).problems.items


def test_an_article_saved_again_in_another_encoding_changes_no_briefing(site):
    """Saving an article again without changing a word (as UTF-8 from cp1252, with a BOM, as
    Word's UTF-16 text) is no change: an edited briefing gets no proposal, a generated one stays."""
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    words = article.read_text(encoding="utf-8")
    article.write_bytes(words.encode("cp1252"))  # as it came from a Windows desk
    assert not build(site).failed
    yaml_file = only_yaml(site)
    generated = yaml_file.read_text()
    article.write_bytes(b"\xef\xbb\xbf" + words.encode("utf-8"))
    assert not build(site).problems.items and yaml_file.read_text() == generated  # its source.sha256 too
    edited = generated.replace("title: ", "title: Edited by the desk — ", 1)
    yaml_file.write_text(edited)
    for saved in (words.encode("utf-8"), b"\xef\xbb\xbf" + words.encode("utf-8"),
                  words.replace("\n", "\r\n").encode("utf-16"), words.encode("cp1252")):
        article.write_bytes(saved)
        result = build(site)
        assert not result.failed
        assert not [m for m in messages(result) if "edited by hand" in m], messages(result)
        assert yaml_file.read_text() == edited
        assert not yaml_file.with_name(yaml_file.stem + ".new.yaml").exists()


def test_a_briefing_that_records_its_articles_bytes_still_matches_it(site):
    """Briefings written before source.sha256 hashed an article's text record the hash of its
    bytes (line endings as LF): it still names the article, as it is and once it is renamed."""
    import hashlib

    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    data = b"\xef\xbb\xbf" + article.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8")
    article.write_bytes(data)
    assert not build(site).failed
    yaml_file = only_yaml(site)
    recorded = next(line for line in yaml_file.read_text().splitlines() if "sha256: " in line).split()[-1]
    old = hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()
    assert recorded != old
    edited = yaml_file.read_text().replace(recorded, old).replace("title: ", "title: Edited — ", 1)
    yaml_file.write_text(edited)
    result = build(site)
    assert not result.problems.items, messages(result)
    assert not yaml_file.with_name(yaml_file.stem + ".new.yaml").exists()
    article.rename(article.with_name("renamed.txt"))
    result = build(site)
    assert [m for m in messages(result)] == [
        f"{SEED_YAML}/{yaml_file.name}:9:9: warning: its article seeds/000_5194b2e46cd9eb77.txt has moved to "
        f"seeds/renamed.txt: set source.path to seeds/renamed.txt in this YAML, which builds never write once edited"]
    assert yaml_file.read_text() == edited


def test_a_briefing_whose_article_is_there_but_skipped_says_so_not_that_it_was_not_found(site):
    assert not build(site).failed
    yaml_file = only_yaml(site)
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text("Putin offers Biden a call\n")  # cut down to its headline, to be written again
    result = build(site)
    assert not result.failed and yaml_file.is_file()
    assert messages(result) == [
        "seeds/000_5194b2e46cd9eb77.txt: warning: only a headline ('Putin offers Biden a call'), no text to extract; "
        "skipped: write the article below it",
        f"{SEED_YAML}/{yaml_file.name}:9:9: warning: its article seeds/000_5194b2e46cd9eb77.txt is skipped (see its "
        "warning), so the briefing is built from the YAML alone until the article has text again"]


def test_an_updated_date_in_an_articles_front_matter_reaches_its_briefing_and_feed(site):
    """A correction made to the article itself: its front matter says when, as a briefing's YAML does."""
    (site / "seeds" / "corrected.md").write_text(
        "---\ntitle: Council delays the bridge vote\ndate: 2021-03-19\nupdated: 2021-03-25\n---\n"
        "The council delayed its vote on the bridge plan on Monday, officials said.\n\n"
        "“We need more time to study the costs,” Mayor Anna Smith said.\n")
    result = build(site, base_url="https://example.org/")
    assert not result.problems.items, messages(result)
    yaml_file = site / SEED_YAML / "council-delays-the-bridge-vote.yaml"
    assert "\nupdated: '2021-03-25'\n" in yaml_file.read_text()
    assert "<updated>2021-03-25T00:00:00Z</updated>" in (site / "output" / "feed.xml").read_text()
    # Edited by hand, then corrected again in the article: the proposal carries the later date.
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    article = site / "seeds" / "corrected.md"
    article.write_text(article.read_text().replace("updated: 2021-03-25", "updated: 2021-03-28"))
    assert not build(site, base_url="https://example.org/").failed
    assert "\nupdated: '2021-03-28'\n" in yaml_file.with_name(f"{yaml_file.stem}.new.yaml").read_text()


def test_an_updated_date_written_into_the_yaml_reaches_the_feeds_sitemap_and_page(site):
    """A correction is news to feed readers only when its entry's <updated> changes."""
    base = "https://example.org/"
    assert not build(site, base_url=base).failed
    yaml_file = only_yaml(site)
    slug = yaml_file.stem
    yaml_file.write_text(yaml_file.read_text().replace("\ndate: null\n", "\ndate: '2021-03-19'\n", 1))
    assert not build(site, base_url=base).failed
    assert "<updated>2021-03-19T00:00:00Z</updated>" in (site / "output" / "feed.xml").read_text()
    yaml_file.write_text(yaml_file.read_text().replace("\ndate: ", "\nupdated: '2021-03-25'\ndate: ", 1))
    result = build(site, base_url=base)
    assert not result.problems.items, [str(p) for p in result.problems.items]
    out = site / "output"
    feed = out.joinpath("feed.xml").read_text()
    assert feed.count("<updated>2021-03-25T00:00:00Z</updated>") == 2  # the entry's and the feed's
    assert "<published>2021-03-19T00:00:00Z</published>" in feed
    assert '"date_modified": "2021-03-25T00:00:00Z"' in out.joinpath("feed.json").read_text()
    assert f"<loc>{base}{slug}/</loc>\n    <lastmod>2021-03-25T00:00:00Z</lastmod>" in out.joinpath("sitemap.xml").read_text()
    assert 'Updated <time datetime="2021-03-25">25 March 2021</time>' in out.joinpath(slug, "index.html").read_text()
    # The article changes: the fresh extraction proposed beside the YAML keeps the correction's date.
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text().replace("Putin", "Vladimir Putin", 1))
    assert not build(site, base_url=base).failed
    assert "\nupdated: '2021-03-25'\n" in yaml_file.with_name(f"{slug}.new.yaml").read_text()


STADIUM = """---
title: Mayor and councillor clash over stadium budget
date: 2024-06-01
---
The mayor said on Monday that the stadium plan and its budget would pass, a claim that split the council.

"We will build it and they will come," said Mayor Ana Ortiz, who backed the plan.

Councillor Tom Reed, who voted against the plan, disagreed. "It is a trap for taxpayers," Reed said.
"""

BRIDGE = """---
title: Council splits over bridge tolls
date: 2024-05-02
---
The Riverside council voted 5-2 on Tuesday to approve a toll on the new Elm Street bridge, a plan that has split residents and business owners.

"This toll is the only way to pay for the bridge without raising property taxes," said Mayor Ana Ortiz, who sponsored the measure.

Councillor Tom Reed, who voted against the plan, said the toll would hurt commuters. "Working families will pay twice for a bridge they already funded," Reed said.

Maria Gomez, the chamber of commerce's chair, welcomed the plan. "Our members need the bridge open, and a toll gets it open," she said.

Dan Paulsen, one of the two no votes, urged the council to scrap the plan. "We were elected to protect taxpayers, not to charge them at every turn," Paulsen said.
"""


def test_a_side_keeps_its_anchor_when_the_article_corrects_its_members_names(site):
    """README: links into a page survive an article's correction. A side named for its one member
    (#side-tom-reed), or one whose members and label both change with the correction, is still the
    side that holds the same quotes."""
    for name, text in (("stadium.md", STADIUM), ("bridge.md", BRIDGE)):
        (site / "seeds" / name).write_text(text)
    assert not build(site).failed

    def side_ids(slug: str) -> list[str]:
        briefing = load((site / SEED_YAML / f"{slug}.yaml").read_text(), "b.yaml", Problems())
        return [side.id for side in briefing.sides]

    stadium, bridge = "mayor-and-councillor-clash-over-stadium-budget", "council-splits-over-bridge-tolls"
    before = {stadium: side_ids(stadium), bridge: side_ids(bridge)}
    assert "tom-reed" in before[stadium] and "against-the-measure" in before[bridge], before
    (site / "seeds" / "stadium.md").write_text(STADIUM.replace("Reed", "Reid"))
    (site / "seeds" / "bridge.md").write_text(
        BRIDGE.replace("Paulsen", "Paulson").replace("sponsored the measure", "sponsored the plan"))

    result = build(site)
    assert not result.failed, messages(result)
    assert "Tom Reid" in (site / SEED_YAML / f"{stadium}.yaml").read_text()  # extracted again
    assert {stadium: side_ids(stadium), bridge: side_ids(bridge)} == before
    assert 'id="side-tom-reed"' in (site / "output" / stadium / "index.html").read_text()
    assert 'id="side-against-the-measure"' in (site / "output" / bridge / "index.html").read_text()


def test_a_quote_keeps_its_anchor_when_a_correction_changes_its_speakers_name_and_words_together(site):
    (site / "seeds" / "bridge.md").write_text(BRIDGE)
    assert not build(site).failed
    yaml_file = site / SEED_YAML / "council-splits-over-bridge-tolls.yaml"
    before = load(yaml_file.read_text(), "b.yaml", Problems())
    (site / "seeds" / "bridge.md").write_text(BRIDGE.replace("Paulsen", "Paulson").replace("every turn", "each turn"))

    result = build(site)
    assert not result.failed, messages(result)
    after = load(yaml_file.read_text(), "b.yaml", Problems())
    (corrected,) = [q for q in after.quotes if "at each turn" in q.text]
    assert corrected.speaker == "Dan Paulson"
    assert [q.id for q in after.quotes] == [q.id for q in before.quotes]
    assert f'id="quote-{corrected.id}"' in (site / "output" / "council-splits-over-bridge-tolls" / "index.html").read_text()


def test_an_edited_yaml_deleted_to_take_the_fresh_extraction_keeps_the_ids_links_point_to(site):
    """The article corrected a quotation; the proposal beside the editor's YAML kept the quote's id.
    The editor deletes their YAML to take the fresh extraction: the YAML generated again keeps it too."""
    build(site)
    yaml_file = only_yaml(site)
    before = load(yaml_file.read_text(), "b.yaml", Problems())
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    quote = max(before.quotes, key=lambda q: len(q.text))
    longest = max(quote.text.split(), key=len)
    corrected = quote.text.replace(longest, longest[:-1] + "x", 1)
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text().replace(quote.text, corrected))
    build(site)
    proposal = yaml_file.with_name(yaml_file.stem + ".new.yaml")
    assert [q.id for q in load(proposal.read_text(), "b.yaml", Problems()).quotes if q.text == corrected] == [quote.id]

    yaml_file.unlink()
    result = build(site)
    assert not result.failed, messages(result)
    after = load(yaml_file.read_text(), "b.yaml", Problems())
    assert "Edited" not in after.title and [q.text for q in after.quotes if q.id == quote.id] == [corrected]
    assert [q.id for q in after.quotes] == [q.id for q in before.quotes]
    assert f'id="quote-{quote.id}"' in (site / "output" / yaml_file.stem / "index.html").read_text()


FERRY = """Ferry workers strike over pay

Ferry workers walked off the job on Monday after talks on pay broke down, the Transport Staff Union (TSU) said.

"We have been left with no choice but to strike," said TSU general secretary Declan Hale. "Our members cannot pay their rent on these wages."

Tidewater Lines said the walkout was unlawful. "The union has ignored the agreement it signed last year," said managing director Nadia Petrov. "We will not be held to ransom by a handful of militants."

Passengers were stranded at the terminal. "I have been waiting for three hours and nobody has told us anything," said commuter Tom Reed.
"""


def ferry_proposal_left(site: Path) -> tuple[Path, Path, Briefing]:
    """An edited ferry briefing whose article then changed its headline and a quote: (the editor's
    YAML, the proposal beside it, the proposal as it reads)."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    (articles / "ferry.txt").write_text(FERRY)
    assert not build(site).failed
    yaml_file = site / SEED_YAML / "ferry-workers-strike-over-pay.yaml"
    yaml_file.write_text(yaml_file.read_text().replace("\ntags: []\n", "\ntags: []\naliases: [ferry-strike]\n"))
    assert not build(site).failed
    (articles / "ferry.txt").write_text(FERRY.replace("strike over pay", "strike over low pay")
                                        .replace("by a handful", "by a small handful"))
    assert not build(site).failed
    proposal = yaml_file.with_name("ferry-workers-strike-over-pay.new.yaml")
    return yaml_file, proposal, load(proposal.read_text(), "p.yaml", Problems())


def test_an_edited_yaml_deleted_after_its_headline_changed_gives_back_its_slug_file_and_ids(site):
    """The proposal is named after the editor's file, not after the slug the new headline would make:
    deleting the YAML to take it keeps the page, its aliases and the quotes' anchors where links point."""
    yaml_file, _, left = ferry_proposal_left(site)
    assert left.slug == "ferry-workers-strike-over-pay" and left.aliases == ["ferry-strike"]
    yaml_file.unlink()
    result = build(site)
    assert not result.failed, messages(result)
    assert not any("slug changed" in m for m in messages(result)), messages(result)
    assert not (site / SEED_YAML / "ferry-workers-strike-over-low-pay.yaml").exists()
    after = load(yaml_file.read_text(), "b.yaml", Problems())
    assert (after.slug, after.aliases) == (left.slug, left.aliases)
    assert [q.id for q in after.quotes] == [q.id for q in left.quotes]
    assert [s.id for s in after.sides] == [s.id for s in left.sides]
    assert (site / "output" / "ferry-strike" / "index.html").exists()
    assert "small handful" in (site / "output" / left.slug / "index.html").read_text()
    assert f"{SEED_YAML}/ferry-workers-strike-over-pay.new.yaml: warning: a fresh extraction left for an edited " \
           f"{SEED_YAML}/ferry-workers-strike-over-pay.yaml, which is gone or generated again since; delete it, " \
           f"or merge from it into {SEED_YAML}/ferry-workers-strike-over-pay.yaml first" in messages(result)


def test_a_proposal_that_is_a_symlink_out_of_the_site_is_not_read(site, tmp_path):
    yaml_file, proposal, left = ferry_proposal_left(site)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(proposal.read_text().replace(left.quotes[0].id, "from-outside-0a0a0a"))
    proposal.unlink()
    proposal.symlink_to(outside)
    yaml_file.unlink()
    result = build(site)
    assert f"{SEED_YAML}/{proposal.name}: warning: symlink points outside the site; not followed" in messages(result)
    assert "from-outside" not in "".join(p.read_text() for p in (site / SEED_YAML).glob("*.yaml") if not p.is_symlink())


def test_an_extractor_bug_on_one_article_is_an_error_at_it_and_the_last_output_stays(site, monkeypatch, capsys):
    """A bug in the extractor, met on one article, is reported at that article, never as a traceback:
    the build fails as on any error, with output/ as the last good build left it."""
    import briefing.site

    assert not build(site).failed
    page = next((site / "output").glob("*/index.html")).read_bytes()
    article = site / "seeds" / "crash.txt"
    article.write_text("Council row\n\nThe council said the bridge would close. \"It is unsafe,\" said Ann Lee.\n")
    real = briefing.site.extract

    def failing_on_the_new_article(text, headline=None):
        if "bridge" in text:
            raise TypeError("'<' not supported")
        return real(text, headline)

    monkeypatch.setattr(briefing.site, "extract", failing_on_the_new_article)
    result = build(site)
    assert result.failed
    assert [str(p) for p in result.problems.errors] == [
        "seeds/crash.txt: error: the extractor failed on this article (TypeError: '<' not supported); this is a "
        "bug in briefing: please report it with the article. Its briefing, if it has one, is left as it was"]
    assert next((site / "output").glob("*/index.html")).read_bytes() == page

    assert main(["extract", "--format", "json", str(article), str(site / "seeds" / "000_5194b2e46cd9eb77.txt")]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and "Traceback" not in err and "the extractor failed on this article" in err


FERRY_STAYING_OUT = ("Ferry workers strike over pay\n\n"
                     "Ferry workers walked off the job on Monday after talks on pay broke down, the Transport Staff Union "
                     "(TSU) said.\n\n"
                     'TSU general secretary Declan Hale said: "We will stay out as long as it takes."\n')


def test_a_corrected_quotation_whose_old_words_still_stand_leaves_the_link_on_those_words(site):
    """The article corrects Hale's words and puts his old ones, unattributed, above: a link to the
    old words stays on them, and no two quotes share an id."""
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    (articles / "ferry.txt").write_text(FERRY_STAYING_OUT)
    assert not build(site).failed
    yaml_file = site / SEED_YAML / "ferry-workers-strike-over-pay.yaml"
    (old,) = load(yaml_file.read_text(), "f.yaml", Problems()).quotes
    corrected = FERRY_STAYING_OUT.replace("stay out as long", "stay out for as long")
    (articles / "ferry.txt").write_text(corrected.replace("pay\n\n", 'pay\n\n"We will stay out as long as it takes."\n\n', 1))

    result = build(site)
    assert not result.failed, messages(result)
    problems = Problems()
    after = load(yaml_file.read_text(), "f.yaml", problems)
    assert not problems.items, [str(p) for p in problems.items]  # no id used twice
    assert [(q.text, q.speaker) for q in after.quotes] == [
        ("We will stay out as long as it takes.", None), ("We will stay out for as long as it takes.", "Declan Hale")]
    assert after.quotes[0].id == old.id and after.quotes[1].id != old.id
    html = (site / "output" / "ferry-workers-strike-over-pay" / "index.html").read_text()
    assert html.count(f'id="quote-{old.id}"') == 1 and f'id="quote-{old.id}-2"' not in html
    assert main(["check", "--root", str(site)]) == 0


def test_a_generated_yaml_that_no_longer_loads_says_it_may_be_deleted_to_be_extracted_again(site):
    """A blank title, written by a build before it was an error: the file is as that build wrote it
    (header and body digest), so the error says it may simply be deleted; deleted, it comes back."""
    build(site)
    yaml_file = only_yaml(site)
    header, body = yaml_file.read_text().split("\n", 1)
    body = re.sub(r"^title: .*$", "title: '   '", body, count=1, flags=re.M)
    digest = re.search(r"body sha256 ([0-9a-f]{64})", header).group(1)
    yaml_file.write_text(header.replace(digest, hashlib.sha256(body.encode()).hexdigest()) + "\n" + body)
    assert generated_by(yaml_file.read_text()) == EXTRACTOR_VERSION
    result = build(site)
    assert result.failed
    assert messages(result)[0] == (
        f"{SEED_YAML}/{yaml_file.name}:3:8: error: 'title' is blank, and a briefing needs one: write it, as readers "
        f"see it; this YAML is as a build wrote it, and nobody has edited it since: fix it, or delete it to have its "
        f"article extracted again")
    yaml_file.unlink()
    assert not build(site).failed and "title: '   '" not in only_yaml(site).read_text()
