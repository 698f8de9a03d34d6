"""The command line as a user runs it: exit codes, the extract contract, newsletter and check."""
import json
import signal
import subprocess
import sys
from pathlib import Path

import yaml

from briefing.cli import main

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "build.py"), *args], cwd=cwd, capture_output=True, text=True)


def test_extract_json_prints_the_eval_contract(site):
    done = run("extract", "--format", "json", "seeds/000_5194b2e46cd9eb77.txt", cwd=site)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    data = json.loads(line)
    assert data["path"] == "seeds/000_5194b2e46cd9eb77.txt"
    assert data["summary"] and all(isinstance(s["text"], str) for s in data["summary"])
    assert all({"text", "speaker"} <= set(q) for q in data["quotes"])
    assert all({"label", "members", "positions"} <= set(s) for s in data["sides"])
    assert not (site / "site_src").exists() and not (site / "output").exists()  # writes nothing


def test_extract_reports_a_missing_file_without_a_traceback(site):
    done = run("extract", "--format", "json", "nope.txt", cwd=site)
    assert done.returncode == 1
    assert done.stderr.startswith("nope.txt: error: cannot read")
    assert "Traceback" not in done.stderr


def test_extract_refuses_what_a_build_skips(site):
    (site / "story.docx").write_bytes(b"PK\x03\x04 a word document")
    done = run("extract", "story.docx", cwd=site)
    assert done.returncode == 1 and not done.stdout
    assert done.stderr.startswith("story.docx: error: not a text article (expected .txt or .md)")


def test_build_prints_a_summary_line(site):
    done = run(cwd=site)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("built 1 briefing, 0 warnings, 0 errors in ")


def test_newsletter_prints_html_with_absolute_links(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    capsys.readouterr()
    assert main(["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "https://example.org/b/"]) == 0
    html = capsys.readouterr().out
    assert html.startswith("<!doctype html>") and f"https://example.org/b/{yaml_file.stem}/" in html
    assert main(["newsletter", "no-such-slug", "--root", str(site)]) == 1
    assert "no briefing with this slug" in capsys.readouterr().err
    # As a shell completes it: the page's folder, or the YAML file.
    for asked in (f"output/{yaml_file.stem}/", f"site_src/briefings/{yaml_file.name}", f"{yaml_file.stem}/"):
        assert main(["newsletter", asked, "--root", str(site), "--base-url", "https://example.org/b/"]) == 0, asked
        assert f"https://example.org/b/{yaml_file.stem}/" in capsys.readouterr().out


def test_a_refused_out_folder_is_the_one_named_as_left_as_it_was(site, capsys):
    (site / "docs").mkdir()
    (site / "docs" / "notes.txt").write_text("mine")
    assert main(["build", "--root", str(site), "--out", str(site / "docs")]) == 1
    err = capsys.readouterr().err
    assert f"{site / 'docs'}/ was left as it was" in err and "output/ was left" not in err


def test_newsletter_of_a_page_is_that_page_s_briefing_when_two_ask_for_one_slug(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    (site / "site_src" / "briefings" / "zz-note.yaml").write_text(f"title: Hand-written note\nslug: {yaml_file.stem}\n")
    assert main(["build", "--root", str(site)]) == 0  # the note's page is <slug>-2
    for asked, title in ((yaml_file.stem, "Putin"), (f"{yaml_file.stem}-2", "Hand-written note"), ("zz-note", "Hand-written note")):
        capsys.readouterr()
        assert main(["newsletter", "--text", asked, "--root", str(site), "--base-url", "https://example.org/"]) == 0
        out = capsys.readouterr().out
        assert title in out.splitlines()[0] and f"https://example.org/{asked.replace('zz-note', yaml_file.stem + '-2')}/" in out


def test_check_fails_on_a_quote_that_is_not_verbatim(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    assert main(["check", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    text = yaml_file.read_text()
    yaml_file.write_text(text.replace("text: I do.", "text: I do not.", 1))
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 1
    assert "'I do not.' is not verbatim" in capsys.readouterr().err


def test_check_warns_of_what_a_build_would_about_stale_briefings(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    seed = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    seed.write_text(seed.read_text() + "\nPeskov said, “We are waiting.”\n")
    capsys.readouterr()
    main(["check", "--root", str(site)])
    (warning,) = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warning.startswith(f"site_src/briefings/{yaml_file.name}:10:11: warning: edited by hand, and its article "
                              "seeds/000_5194b2e46cd9eb77.txt has changed since: your YAML is kept as it is, and "
                              "`python build.py` writes the fresh extraction in")
    seed.unlink()
    main(["check", "--root", str(site)])
    (warning,) = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warning == (f"site_src/briefings/{yaml_file.name}:9:9: warning: its article seeds/000_5194b2e46cd9eb77.txt "
                       "was not found; the briefing is built from the YAML alone (delete the YAML to take its page down)")


def test_check_warns_of_a_slug_in_use_as_a_build_does(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    (yaml_file.parent / "copy.yaml").write_text(yaml_file.read_text())
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 0
    assert (f"site_src/briefings/copy.yaml:4:7: warning: slug '{yaml_file.stem}' is the slug of "
            f"site_src/briefings/{yaml_file.name}, a YAML of the same article seeds/000_5194b2e46cd9eb77.txt, so this "
            f"one is published too, as a second page of that story, at {yaml_file.stem}-2/: if it is a copy you do not "
            f"mean to publish, delete it (or, if it is to replace site_src/briefings/{yaml_file.name}, delete that); if "
            f"not, give it a slug of its own") in capsys.readouterr().err.splitlines()
    assert main(["check", "--root", str(site), "--strict"]) == 1


def test_check_warns_of_a_moved_page_and_an_alias_that_redirects_nowhere_as_a_build_does(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    yaml_file.write_text(yaml_file.read_text().replace(f"slug: {yaml_file.stem}", "slug: putin-call\naliases: [feed]"))
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 0
    warnings = [line.split(": warning: ")[1] for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert warnings == [f"slug changed from {yaml_file.stem!r} to 'putin-call' since the last build, so links to "
                        f"{yaml_file.stem}/ reach no page; to send them on to putin-call/, add {yaml_file.stem!r} at "
                        "the end of its aliases",  # it has some: a second 'aliases:' would be a duplicate key
                        "alias 'feed' is a name the site keeps for its own pages, so it does not redirect here; remove it"]


def test_check_of_an_out_folder_that_is_not_there_fails(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    assert main(["check", "--root", str(site), "--out", str(site / "nope")]) == 1
    assert f"{site / 'nope'}: error: no built site to link-check" in capsys.readouterr().err


def test_check_follows_the_links_of_the_feed_and_the_sitemap(site, capsys):
    base = "https://example.github.io/briefs/"
    assert main(["build", "--root", str(site), "--base-url", base]) == 0
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 0
    for name in ("sitemap.xml", "feed.xml"):
        path = site / "output" / name
        path.write_text(path.read_text().replace(f"{base}president", f"{base}gone-president"))
    assert main(["check", "--root", str(site)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]
    assert {line.split(":")[0] for line in errors} == {"output/sitemap.xml", "output/feed.xml"}
    assert all("broken link 'https://example.github.io/briefs/gone-president" in line for line in errors)


def test_check_fails_a_link_that_leads_out_of_the_site(site, capsys):
    """Files above output/ exist on the editor's machine, never on the published site."""
    (site / "site_src" / "templates").mkdir(parents=True)
    shell = (REPO / "templates" / "404.html").read_text()
    (site / "site_src" / "templates" / "404.html").write_text(shell.replace(
        "<p><a href=", '<p><a href="../README.md">r</a> <a href="/../../../../etc/passwd">p</a></p>\n<p><a href=', 1))
    (site / "README.md").write_text("the project's own")
    assert main(["build", "--root", str(site)]) == 0
    capsys.readouterr()
    assert main(["check", "--root", str(site)]) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]
    assert [line.split(": error: ")[1].split(":")[0] for line in errors] == [
        "broken link '../README.md'", "broken link '/../../../../etc/passwd'"], errors
    assert all("it leads out of output/" in line and line.startswith("output/404.html:") for line in errors)


def test_extract_prints_nothing_for_an_article_with_errors(site):
    (site / "bad.md").write_text("---\ntitle: [unclosed\n---\n\n“Hello,” said Bob.\n")
    done = run("extract", "--format", "json", "bad.md", "seeds/000_5194b2e46cd9eb77.txt", cwd=site)
    assert done.returncode == 1 and "bad.md:" in done.stderr and "error" in done.stderr
    assert [json.loads(line)["path"] for line in done.stdout.splitlines()] == ["seeds/000_5194b2e46cd9eb77.txt"]


def test_extract_piped_into_a_reader_that_stops_early_says_nothing(site):
    seed = "seeds/000_5194b2e46cd9eb77.txt"
    done = subprocess.run(f"{sys.executable} {REPO / 'build.py'} extract {' '.join([seed] * 200)} | head -c 1",
                          shell=True, cwd=site, capture_output=True, text=True)
    assert done.stderr == ""


def test_a_rebuild_extracts_an_edited_article_again(site):
    """The one-article rebuild of the command line, whose extraction a standby process makes."""
    assert run(cwd=site).returncode == 0
    seed = next((site / "seeds").iterdir())
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\n“We will answer in kind,” said Dmitry Peskov, the Kremlin spokesman.\n",
        encoding="utf-8",
    )
    done = run(cwd=site)
    assert done.returncode == 0, done.stderr
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    quotes = yaml.safe_load(yaml_file.read_text(encoding="utf-8"))["quotes"]
    assert {"text": "We will answer in kind,", "speaker": "Dmitry Peskov"}.items() <= next(
        q for q in quotes if q["text"].startswith("We will answer")
    ).items()


def test_serve_refuses_a_port_out_of_range_before_building(site):
    for port in ("0", "99999", "http"):
        done = run("serve", "--port", port, cwd=site)
        assert done.returncode == 2
        assert f"expected a port number from 1 to 65535, found '{port}'" in done.stderr
    assert not (site / "output").exists()


def test_an_unknown_command_is_named_and_nothing_is_built(site):
    done = run("bild", cwd=site)
    assert done.returncode == 2
    assert done.stderr == "briefing: error: unknown command 'bild' (commands: build, extract, check, serve, newsletter)\n"
    assert not (site / "output").exists()


def test_newsletter_ignores_other_briefings_problems_and_names_broken_files(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    (site / "site_src" / "briefings" / "zz.yaml").write_text("title: [broken\n")
    capsys.readouterr()
    assert main(["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "https://example.org/"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("<!doctype html>") and "zz.yaml" not in err
    assert main(["newsletter", "zy", "--root", str(site), "--base-url", "https://example.org/"]) == 1
    assert "the slugs of site_src/briefings/zz.yaml are unknown until their errors are fixed" in capsys.readouterr().err


def test_newsletter_of_a_briefing_with_errors_says_so_not_that_its_slug_is_unknown(site, capsys):
    """Its slug is readable (the file's name, or its `slug:`): what stops the newsletter is its errors."""
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    yaml_file.write_text(yaml_file.read_text().replace("  key: true", "  key: maybe", 1))
    (site / "site_src" / "briefings" / "zz.yaml").write_text("title: Hand-written\nslug: hand\nschema: x\n")
    rel = f"site_src/briefings/{yaml_file.name}"
    for asked, at in ((yaml_file.stem, rel), ("hand", "site_src/briefings/zz.yaml")):
        capsys.readouterr()
        assert main(["newsletter", asked, "--root", str(site), "--base-url", "https://example.org/"]) == 1
        *errors, last = capsys.readouterr().err.splitlines()
        assert errors and all(error.startswith(f"{at}:") for error in errors), errors
        assert last == f"{asked}: error: the briefing {asked} ({at}) has errors (above): fix them to print its newsletter"


def test_newsletter_warns_when_the_article_changed_since_its_briefing_was_made(site, capsys):
    """The newsletter is made from the YAML: a writer who corrected the article and did not build
    would send the old words without knowing it."""
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    article.write_text(article.read_text() + "\nPeskov added, \u201cWe are still waiting.\u201d\n")
    capsys.readouterr()
    newsletter = ["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "https://example.org/"]
    assert main(newsletter) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"site_src/briefings/{yaml_file.name}:10:11: warning: its article seeds/{article.name} has changed since "
        "the last build, so this newsletter shows the briefing as it was: run `python build.py` first"]
    assert main(["build", "--root", str(site)]) == 0
    capsys.readouterr()
    assert main(newsletter) == 0
    assert capsys.readouterr().err == ""
    # An editor's YAML stays as it is when the article changes: the newsletter is theirs, and says so.
    yaml_file.write_text(yaml_file.read_text().replace("title: ", "title: Edited — ", 1))
    article.write_text(article.read_text() + "\nLavrov said nothing.\n")
    assert main(newsletter) == 0
    (warning,) = capsys.readouterr().err.splitlines()
    proposal = yaml_file.with_name(f"{yaml_file.stem}.new.yaml")
    # The build's own warning, word for word: one message, which says how to silence it.
    assert main(["build", "--root", str(site)]) == 0 and proposal.is_file()
    assert warning.replace("`python build.py` writes the fresh extraction in", "the fresh extraction is in") in (
        capsys.readouterr().err.splitlines())
    assert f"then set source.sha256 to " in warning
    # Once the editor is merging in the proposal, a build no longer writes there: the newsletter says so.
    proposal.write_text(proposal.read_text().replace("title: ", "title: Merging — ", 1))
    assert main(newsletter) == 0
    assert f"so is site_src/briefings/{proposal.name}, which you have edited" in capsys.readouterr().err


def test_newsletter_names_the_errors_that_hide_a_slug_and_no_advice_it_cannot_use(site, capsys):
    assert main(["build", "--root", str(site)]) == 0
    (site / "site_src" / "briefings" / "zz.yaml").write_text("title: Hand-written\nslug: [broken\n")
    capsys.readouterr()
    assert main(["newsletter", "zz", "--root", str(site), "--base-url", "https://example.org/"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("site_src/briefings/zz.yaml:3:1: error: YAML syntax error: ")  # where to fix it
    assert err[1] == ("zz: error: the briefing zz (site_src/briefings/zz.yaml) has errors (above): fix them to print "
                      "its newsletter") and len(err) == 2
    # A --base-url refused is an error that says what to pass: no warning then says to pass one.
    (site / "site_src" / "briefings" / "zz.yaml").unlink()
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    assert main(["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "javascript:alert(1)//"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "--base-url: error: base_url 'javascript:alert(1)//' must be a full URL like https://user.github.io/repo/ "
        "or a path from the root like /repo/"]


def test_a_base_url_without_a_host_is_warned_of_where_it_is_set(site, capsys):
    """A sitemap's and a feed's addresses must be full URLs, which a base_url without a host cannot
    make: the publisher of a site under /repo/ learns it from build and check, at the line to fix."""
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("title: News\nbase_url: /repo/\n")
    warned = ("base_url '/repo/' has no host, so sitemap.xml, the feeds and the newsletters give pages by path "
              "alone, which crawlers, feed readers and mail cannot follow: set base_url to the site's full address, like "
              "https://user.github.io/repo/, or build with --base-url https://user.github.io/repo/")
    assert main(["build", "--root", str(site)]) == 0
    assert f"site_src/site.yaml:2:11: warning: {warned}" in capsys.readouterr().err.splitlines()
    assert "<loc>/repo/</loc>" in (site / "output" / "sitemap.xml").read_text()
    assert main(["check", "--root", str(site)]) == 0
    assert f"site_src/site.yaml:2:11: warning: {warned}" in capsys.readouterr().err.splitlines()
    assert main(["build", "--root", str(site), "--base-url", "/preview/"]) == 0
    assert f"--base-url: warning: {warned}".replace("/repo/", "/preview/") in capsys.readouterr().err.splitlines()
    # check reads output/ as built, for /preview/: it says where that base URL came from.
    assert main(["check", "--root", str(site)]) == 0
    assert f"--base-url of the last build of output/: warning: {warned}".replace("/repo/", "/preview/") \
        in capsys.readouterr().err.splitlines()
    assert main(["build", "--root", str(site), "--base-url", "https://user.github.io/repo/"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert "<loc>https://user.github.io/repo/</loc>" in (site / "output" / "sitemap.xml").read_text()
    # At a host's root, as an editor previews the site: nothing to say.
    (site / "site_src" / "site.yaml").write_text("title: News\n")
    assert main(["build", "--root", str(site)]) == 0 and main(["check", "--root", str(site)]) == 0
    assert "warning" not in capsys.readouterr().err and (site / "output" / "sitemap.xml").is_file()
    # robots.txt is read at a host's root only: moved under /repo/, the site's goes.
    assert (site / "output" / "robots.txt").is_file()
    assert main(["build", "--root", str(site), "--base-url", "https://user.github.io/repo/"]) == 0
    assert not (site / "output" / "robots.txt").exists()


def test_a_site_with_its_own_domain_is_told_to_use_it_as_its_base_url(site, capsys):
    """GitHub Pages serves a custom domain at its root: the advice for a base_url without a host is
    the domain's address, which then builds without a warning, not a github.io one that the
    domain check would warn of next."""
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("title: News\ndomain: news.example.org\nbase_url: /repo/\n")
    assert main(["build", "--root", str(site)]) == 0
    (warning,) = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warning.startswith("site_src/site.yaml:3:11: warning: base_url '/repo/' has no host")
    assert warning.endswith("like https://news.example.org/, or build with --base-url https://news.example.org/")
    assert main(["build", "--root", str(site), "--base-url", "https://news.example.org/"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_newsletter_warns_of_relative_links_at_the_line_that_sets_base_url(site, capsys):
    (site / "site_src").mkdir()
    (site / "site_src" / "site.yaml").write_text("title: News\nbase_url: /repo/\n")
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    capsys.readouterr()
    assert main(["newsletter", yaml_file.stem, "--root", str(site)]) == 0
    assert ("site_src/site.yaml:2:11: warning: base_url '/repo/' has no host, so the newsletter's links are not "
            "absolute and reach no page from an email: set base_url to the site's full address, like "
            "https://user.github.io/repo/, or pass --base-url https://user.github.io/repo/"
            ) in capsys.readouterr().err.splitlines()
    assert main(["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "/other/"]) == 0
    assert capsys.readouterr().err.startswith("--base-url: warning: base_url '/other/' has no host")


def test_main_gives_the_caller_back_its_sigterm_handler(site, capsys):
    """A program or test runner calling main() keeps its own SIGTERM behaviour afterwards: its own
    handler, not the default one (which a main() that merely reset SIGTERM would leave too)."""
    def callers_handler(signum: int, frame: object) -> None:
        pass

    before = signal.signal(signal.SIGTERM, callers_handler)
    try:
        assert main(["check", "--root", str(site)]) in (0, 1)
        assert signal.getsignal(signal.SIGTERM) is callers_handler
    finally:
        signal.signal(signal.SIGTERM, before)


def test_newsletter_warns_when_the_article_was_emptied_or_cut_to_its_headline_since(site, capsys):
    """Its briefing is then the YAML alone, as a build says: the newsletter must not keep quiet."""
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    article = site / "seeds" / "000_5194b2e46cd9eb77.txt"
    newsletter = ["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "https://example.org/"]
    for text, why in (("Talks to resume\n", "only a headline"), ("", "empty")):
        article.write_text(text)
        capsys.readouterr()
        assert main(newsletter) == 0
        skipped, kept = capsys.readouterr().err.splitlines()
        assert skipped.startswith(f"seeds/{article.name}: warning: ") and why in skipped, skipped
        assert kept == (f"site_src/briefings/{yaml_file.name}:9:9: warning: its article seeds/{article.name} is "
                        f"skipped (see its warning), so the briefing is built from the YAML alone until the article "
                        f"has text again")


def test_newsletter_of_a_briefing_whose_article_was_deleted_says_the_next_build_takes_its_page_down(site, capsys):
    """As `check` says it: links the writer would paste lead to a page the next build deletes."""
    assert main(["build", "--root", str(site)]) == 0
    (yaml_file,) = (site / "site_src" / "briefings").glob("*.yaml")
    cache = sorted((p.name, p.stat().st_mtime_ns) for p in (site / ".briefing-cache").rglob("*") if p.is_file())
    (site / "seeds" / "000_5194b2e46cd9eb77.txt").unlink()
    capsys.readouterr()
    assert main(["newsletter", yaml_file.stem, "--root", str(site), "--base-url", "https://example.org/"]) == 0
    err = capsys.readouterr().err
    assert (f"site_src/briefings/{yaml_file.name}: warning: its article seeds/000_5194b2e46cd9eb77.txt was deleted: "
            f"the next build deletes this YAML, which a build made, and takes its page down") in err, err
    assert "built from the YAML alone" not in err
    assert sorted((p.name, p.stat().st_mtime_ns) for p in (site / ".briefing-cache").rglob("*") if p.is_file()) == cache
