"""Issue 7, bad input: every case of its table, each on a real site folder built by the real tool.

Most cases run `python build.py` in a subprocess, the way an editor does, so the
exit code and the exact lines on stderr are what is checked, and a traceback
anywhere fails the test. The messages asserted here are the ones quoted in
docs/errors.md.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefing.model import Briefing
from briefing.problems import Problems
from briefing.site import PACKAGE_TEMPLATES, build
from briefing.schema import load_yaml
from briefing.store import load

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build.py"
SEED = REPO / "seeds" / "000_5194b2e46cd9eb77.txt"
BRIEFINGS = "site_src/briefings"


def cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`python build.py ARGS` run in the site folder, as an editor runs it; never a traceback."""
    proc = subprocess.run(
        [sys.executable, str(BUILD), *args], cwd=root, capture_output=True, text=True, timeout=120,
        env={**os.environ, "CI": "1"},  # no progress bar: stderr holds only the problem lines
    )
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    return proc


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def yamls(root: Path) -> dict[str, dict]:
    """The briefing YAMLs a build left, parsed, by file name."""
    folder = root / BRIEFINGS
    return {p.name: yaml.safe_load(p.read_text()) for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


def whole(root: Path, result, outline: Briefing) -> Briefing:
    """The briefing as its YAML holds it: a build's result lists outlines, without quotes and sides."""
    path = root / result.yaml_paths[outline.slug]
    return load(path.read_text(encoding="utf-8"), path.name, Problems())


def pages(root: Path) -> set[str]:
    """The slugs that got a briefing page."""
    return {p.parent.name for p in (root / "output").glob("*/index.html")} - {"page"}


# ---------------------------------------------------------------- YAML problems


def test_yaml_errors_are_all_listed_with_their_place_exit_1_and_output_unchanged(site):
    assert cli(site).returncode == 0
    before = snapshot(site / "output")
    write(site / BRIEFINGS / "syntax.yaml", "title: [unclosed\nslug: syntax\n")
    write(site / BRIEFINGS / "types.yaml",
          "title: Types\nslug: types\nsides: nope\ndate: 2021-02-30\nquotes:\n  - id: q1\n    text: [a, list]\n")
    write(site / BRIEFINGS / "missing.yaml", "slug: no-title\nquotes:\n  - text: a quote without an id\n")
    write(site / BRIEFINGS / "colon.yaml", "title: Putin: a call\nslug: colon\n")
    write(site / BRIEFINGS / "tab.yaml", "title: Tab\nslug: tab\nsummary:\n\t- text: indented with a tab\n")
    write(site / BRIEFINGS / "member.yaml", "title: M\nslug: m\nsides:\n  - id: s\n    label: S\n    members: [Bob]\n")
    write(site / "site_src" / "site.yaml", "title: My briefings\nper_page: many\n")

    proc = cli(site)

    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    # Every problem of every file, in one run, each with path:line:col.
    for expected in [
        "site_src/site.yaml:2:11: error: expected a whole number of at least 1, found 'many'",
        "site_src/briefings/syntax.yaml:2:5: error: YAML syntax error: did not find expected ',' or ']'; a value "
        "that starts with '[' or '{' is a list or a mapping to YAML: close it, or if it is text, put the whole value "
        "in quotes, like title: \"[Update] Putin calls\"",
        "site_src/briefings/types.yaml:3:8: error: expected a list, found a value; write each item on a line of its own, "
        "after '- '",
        "site_src/briefings/colon.yaml:1:13: error: YAML syntax error: mapping values are not allowed in this context; "
        "a value that holds ': ' must be in quotes, like title: \"Putin: let us talk\"",
        "site_src/briefings/tab.yaml:4:1: error: YAML syntax error: found character that cannot start any token; "
        "indent with spaces, not tabs",
        "site_src/briefings/member.yaml:6:15: error: expected a member, found a value; write it as keys and values, "
        "such as 'name: …'",
        "site_src/briefings/types.yaml:4:7: error: expected a date (YYYY-MM-DD), found '2021-02-30' "
        "(day is out of range for month)",
        "site_src/briefings/types.yaml:7:11: error: expected text, found a list",
        "site_src/briefings/missing.yaml:1:1: error: missing required key 'title' in a briefing",
        "site_src/briefings/missing.yaml:3:5: error: missing required key 'id' in a quote",
        "output/ was left as it was",
    ]:
        assert expected in lines, proc.stderr
    assert snapshot(site / "output") == before


def test_a_base_url_that_would_break_every_link_is_an_error(site):
    write(site / "site_src" / "site.yaml", "title: Desk\nbase_url: example.org/news\n")
    proc = cli(site)
    assert proc.returncode == 1
    assert ("site_src/site.yaml:2:11: error: base_url 'example.org/news' must be a full URL like "
            "https://example.org/news or a path from the root like /repo/") in proc.stderr.splitlines()

    (site / "site_src" / "site.yaml").unlink()
    for wrong in ("user.github.io/repo/", "javascript:alert(1)//", "//cdn.example.org/"):
        proc = cli(site, "build", "--base-url", wrong)
        assert proc.returncode == 1
        assert proc.stderr.startswith(f"--base-url: error: base_url {wrong!r} must be a full URL like ")
    proc = cli(site, "build", "--base-url", "https://user.github.io/re po/?x=1#top")
    assert proc.returncode == 1
    assert proc.stderr.startswith("--base-url: error: base_url 'https://user.github.io/re po/?x=1#top' must not hold "
                                  "a space, a query (?), a fragment (#) or any of ")
    proc = cli(site, "build", "--base-url", "https://[::1/repo/")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("--base-url: error: base_url 'https://[::1/repo/' is not a URL (Invalid IPv6 URL)")
    proc = cli(site, "build", "--base-url", "https://user.github.io/repo/index.html")
    assert proc.returncode == 1
    assert proc.stderr.startswith("--base-url: error: base_url 'https://user.github.io/repo/index.html' names a page, "
                                  "not the site's folder; write 'https://user.github.io/repo/'")
    for wrong, why in [("/repo/../", "holds a '.' or '..' folder; write the folder it leads to, like /repo/"),
                       ("https://user.github.io/a/./repo/", "holds a '.' or '..' folder"),
                       ("/repo/%2e%2e/", "holds a '.' or '..' folder"),
                       ("https://user.github.io/repo/%", "has a % that starts no escape like %20; write a % itself as %25"),
                       ("/re%zzpo/", "has a % that starts no escape")]:
        proc = cli(site, "build", "--base-url", wrong)
        assert proc.returncode == 1 and proc.stderr.startswith(f"--base-url: error: base_url {wrong!r} {why}"), proc.stderr
    for right in ("https://user.github.io/repo/", "/repo/", "http://localhost:8000", "/re%20po/", "https://user.github.io/répo/"):
        assert cli(site, "build", "--base-url", right).returncode == 0


def test_a_file_system_error_is_one_line_naming_the_file_not_a_traceback(site):
    write(site / BRIEFINGS, "a file where the briefings folder goes\n")
    proc = cli(site)  # asserts no traceback
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"{BRIEFINGS}/president-vladimir-putins-offer-to-talk-by-phone-with-us.yaml: error: Not a directory; "
        "check that it can be read and written",
        "stopped; no output/ was written yet",  # the site's first build: there is no output/ to speak of
    ]


def test_an_output_folder_linked_elsewhere_is_built_where_it_leads(site, tmp_path):
    (tmp_path / "www").mkdir()
    (site / "output").symlink_to(tmp_path / "www")
    for _ in range(2):
        assert cli(site).returncode == 0
        assert (site / "output").is_symlink() and (tmp_path / "www" / "index.html").is_file()


def test_a_domain_must_be_a_host_name_and_agree_with_base_url(site):
    config = write(site / "site_src" / "site.yaml", "domain: https://news.example.org/\n")
    proc = cli(site)
    assert proc.returncode == 1
    assert ("site_src/site.yaml:1:9: error: domain 'https://news.example.org/' must be a bare host name like "
            "news.example.org: GitHub Pages reads it from CNAME") in proc.stderr.splitlines()
    config.write_text("base_url: https://user.github.io/repo/\ndomain: news.example.org\n")
    proc = cli(site)
    assert proc.returncode == 0
    assert ("site_src/site.yaml:2:9: warning: base_url's host user.github.io is not the domain news.example.org: "
            "every absolute link would name user.github.io, which GitHub Pages redirects; set base_url to "
            "https://news.example.org/") in proc.stderr.splitlines()
    config.write_text("base_url: https://news.example.org/\ndomain: news.example.org\n")
    proc = cli(site)
    assert proc.returncode == 0 and "warning" not in proc.stderr
    assert (site / "output" / "CNAME").read_text() == "news.example.org\n"
    config.write_text("domain: news.example.org\n")  # base_url left at its default, /
    proc = cli(site)
    assert proc.returncode == 0 and "warning" not in proc.stderr
    assert "<loc>https://news.example.org/</loc>" in (site / "output" / "sitemap.xml").read_text()
    assert "<id>https://news.example.org/</id>" in (site / "output" / "feed.xml").read_text()
    assert cli(site, "build", "--base-url", "/preview/").returncode == 0  # a preview elsewhere: as asked
    assert "<loc>/preview/</loc>" in (site / "output" / "sitemap.xml").read_text()


def test_an_out_folder_holding_sources_or_other_files_is_refused_and_nothing_is_deleted(site):
    """A build replaces its output folder whole: never with the sources, the site or a folder it did not write."""
    write(site / "docs" / "notes.md", "mine\n")
    assert cli(site).returncode == 0
    before = snapshot(site)
    refused = {
        "seeds": "seeds/ is or overlaps a folder the build reads (seeds/)",
        "site_src": "site_src/ is or overlaps a folder the build reads (site_src/)",
        "site_src/briefings": "site_src/briefings/ is or overlaps a folder the build reads (site_src/)",
        ".briefing-cache": ".briefing-cache/ is or overlaps a folder the build reads (.briefing-cache/)",
        ".": f"{site.resolve()}/ holds the site's own files",
        "..": f"{site.resolve().parent}/ holds the site's own files",
        "docs": "docs/ holds files no build wrote (such as notes.md), which a build would delete",
        "docs/notes.md": "docs/notes.md is a file, not a folder",
    }
    for out, message in refused.items():
        proc = cli(site, "build", "--out", out)
        assert proc.returncode == 1, out
        assert proc.stderr.startswith(f"--out: error: {message}"), proc.stderr
    assert snapshot(site) == before
    write(site / "site_src" / "site.yaml", "articles: [.]\n")
    proc = cli(site)
    assert proc.returncode == 1 and proc.stderr.startswith(
        "site_src/site.yaml: error: the article folder '.' holds output/, so a build would read its own pages as articles")
    (site / "site_src" / "site.yaml").unlink()
    for fine in ("output", "public", "output"):  # a new folder, then the folders builds wrote
        assert cli(site, "build", "--out", fine).returncode == 0
    assert (site / "public" / ".nojekyll").is_file() and (site / "docs" / "notes.md").read_text() == "mine\n"


def test_a_missing_article_folder_and_a_site_without_articles_are_warnings(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = cli(empty)
    assert proc.returncode == 0
    assert proc.stderr.splitlines() == [
        "seeds: warning: no articles found in seeds/, site_src/articles/: add .txt or .md files there, "
        "or list your folders under 'articles:' in site_src/site.yaml"
    ]
    write(empty / "site_src" / "site.yaml", "articles: [stories]\n")
    assert cli(empty).stderr.splitlines()[0] == (
        "site_src/site.yaml:1:12: warning: article folder 'stories' does not exist: "
        "fix its name, or create it and put articles in it"
    )


def test_unknown_keys_are_warnings_with_their_place(site):
    write(site / "site_src" / "site.yaml", "title: Desk\ncolour: blue\n")
    write(site / BRIEFINGS / "hand.yaml", "title: Hand written\nslug: hand\nsumary:\n  - text: typo in the key\n")
    write(site / "site_src" / "articles" / "fm.md", "---\ntitle: Front matter\nauthr: Ann\n---\nThe council met on Monday.\n")

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert ("site_src/site.yaml:2:1: warning: unknown key 'colour' ignored (known keys: articles, author, "
            "base_url, description, domain, language, per_page, title)") in lines
    assert any(line.startswith("site_src/briefings/hand.yaml:3:1: warning: unknown key 'sumary' ignored") for line in lines)
    assert any(line.startswith("site_src/articles/fm.md:3:1: warning: unknown key 'authr' ignored") for line in lines)
    assert {"hand", "front-matter"} <= pages(site)


def test_article_folders_outside_the_site_and_odd_languages_are_errors_at_their_place(site, tmp_path):
    outside = write(tmp_path / "private" / "secret.txt", "The board met in secret on Monday, officials said.\n")
    write(site / "site_src" / "site.yaml", f"language: 5\narticles:\n  - seeds\n  - ../private\n  - {outside.parent}\n")

    proc = cli(site, "check")

    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert "site_src/site.yaml:1:11: error: language '5' must be a language tag like en, en-GB or fr" in lines
    assert "site_src/site.yaml:4:5: error: article folder '../private' must be a relative path inside the site" in lines
    assert (f"site_src/site.yaml:5:5: error: article folder '{outside.parent}' must be a relative path inside "
            "the site") in lines
    assert "private" not in proc.stdout and "secret" not in proc.stderr.replace(str(outside.parent), "")

    write(site / "site_src" / "site.yaml", "language: en_US\n")
    proc = cli(site)
    assert proc.returncode == 0, proc.stderr
    assert ("site_src/site.yaml:1:11: warning: language 'en_US' is a locale name; using the language tag 'en-US', "
            "which HTML and feeds read") in proc.stderr.splitlines()
    assert '<html lang="en-US"' in (site / "output" / "index.html").read_text(encoding="utf-8")
    write(site / "site_src" / "site.yaml", b"\x89PNG\r\n\x1a\n\x00\x00")
    assert ("site_src/site.yaml: error: not a text file (it looks binary): write the site's settings as YAML text"
            in cli(site).stderr.splitlines())


def test_odd_yaml_values_are_errors_not_crashes(site):
    """Explicit tags, impossible dates and folders named like YAML files: reported, never a traceback."""
    write(site / BRIEFINGS / "tags.yaml", "title: !!python/object:os.system x\nslug: !!int abc\n")
    write(site / BRIEFINGS / "custom.yaml", "title: !mine x\nslug: custom\n")
    write(site / BRIEFINGS / "empty.yaml", "")
    write(site / BRIEFINGS / "list.yaml", "- just\n- a list\n")
    write(site / BRIEFINGS / "binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (site / BRIEFINGS / "folder.yaml").mkdir()
    write(site / "site_src" / "articles" / "dates.md", "---\ndate: 2021-13-01\ntags: 5\n---\nThe council met.\n")

    proc = cli(site)

    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    for expected in [
        "site_src/briefings/tags.yaml:1:8: error: expected text, found 'x' "
        "(could not determine a constructor for the tag 'tag:yaml.org,2002:python/object:os.system')",
        "site_src/briefings/tags.yaml:2:7: error: expected text, found 'abc' "
        "(invalid literal for int() with base 10: 'abc')",
        "site_src/briefings/custom.yaml:1:8: error: expected text, found 'x' "
        "(could not determine a constructor for the tag '!mine')",
        "site_src/briefings/empty.yaml:1:1: error: empty briefing: expected a mapping with at least 'title' and 'slug'",
        "site_src/briefings/list.yaml:1:1: error: expected a briefing, found a list",
        "site_src/briefings/folder.yaml: warning: not a file (a folder named like a briefing?); skipped",
        "site_src/articles/dates.md:2:7: error: expected a date (YYYY-MM-DD), found '2021-13-01' "
        "(month must be in 1..12)",
        "site_src/articles/dates.md:3:7: error: expected a list of tags, found a value; write each item on a line of its own, after '- '",
    ]:
        assert expected in lines, proc.stderr
    assert ("site_src/briefings/binary.yaml: error: not a text file (it looks binary), so not a briefing: "
            "delete it, or save it as YAML text") in lines


# ---------------------------------------------------------------- articles that are hard to read


def test_non_utf8_article_is_read_as_cp1252_with_a_warning(site):
    write(site / "seeds" / "latin.txt",
          b"Caf\xe9 owners said \x93we will stay open\x94 after the council vote on Monday.\n")

    assert cli(site, "build", "--strict").returncode == 1
    assert not [b for b in yamls(site).values() if b["source"]["path"] == "seeds/latin.txt"]  # failed: no YAML yet
    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    assert ("seeds/latin.txt:1: warning: not valid UTF-8; read as cp1252 (Windows-1252). "
            "Save it as UTF-8 to be sure") in proc.stderr.splitlines()
    (briefing,) = [b for b in yamls(site).values() if b["source"]["path"] == "seeds/latin.txt"]
    assert briefing["title"].startswith("Café owners said “we will stay open”")
    assert briefing["slug"] in pages(site)


def test_utf16_article_is_read_with_a_warning(site):
    text = "Café owners said “we will stay open” after the vote on Monday.\n"
    write(site / "seeds" / "notepad.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    proc = cli(site)
    assert proc.returncode == 0, proc.stderr
    assert "seeds/notepad.txt: warning: saved as UTF-16; read as UTF-16. Save it as UTF-8 to be sure" in proc.stderr
    assert any(b["title"].startswith("Café owners said") for b in yamls(site).values())


def test_briefing_yaml_and_site_yaml_in_windows_encodings_are_read_as_articles_are(site):
    """An editor's Windows-1252 or UTF-16 save: read, with the warning articles get, never mangled."""
    assert cli(site).returncode == 0
    ((name, generated),) = yamls(site).items()
    briefing = (site / BRIEFINGS / name).read_text(encoding="utf-8")
    briefing = re.sub(r"(?m)^title: .*$", "title: Caf\u00e9 owners and Putin offer", briefing, count=1)
    write(site / BRIEFINGS / name, briefing.encode("cp1252"))
    write(site / "site_src" / "site.yaml", "title: Na\u00efve news\n".encode("utf-16"))

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    line = briefing[:briefing.index("Caf")].count("\n") + 1
    assert (f"{BRIEFINGS}/{name}:{line}: warning: not valid UTF-8; read as cp1252 (Windows-1252). "
            "Save it as UTF-8 to be sure") in lines
    assert "site_src/site.yaml: warning: saved as UTF-16; read as UTF-16. Save it as UTF-8 to be sure" in lines
    page = (site / "output" / generated["slug"] / "index.html").read_text(encoding="utf-8")
    assert "Café owners and Putin offer" in page and "\ufffd" not in page
    assert "Naïve news" in (site / "output" / "index.html").read_text(encoding="utf-8")


def test_one_windows_byte_in_a_utf8_yaml_is_read_alone_and_the_rest_stays_utf8(site):
    assert cli(site).returncode == 0
    ((name, generated),) = yamls(site).items()
    data = (site / BRIEFINGS / name).read_bytes()
    assert "’".encode() in data  # the generated YAML holds curly quotes, in UTF-8
    title = re.search(rb"(?m)^title: .*$", data)
    write(site / BRIEFINGS / name, data[:title.start()] + b"title: Caf\xe9 talks" + data[title.end():])

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    page = (site / "output" / generated["slug"] / "index.html").read_text(encoding="utf-8")
    assert "Café talks" in page and "’" in page and "â€" not in page


def test_a_character_yaml_does_not_allow_is_reported_at_its_place():
    problems = Problems()
    load_yaml("title: x\nslug: y\nsummary:\n  - text: \"pasted\ufffefrom\"\n", "b.yaml", problems)
    assert [str(p) for p in problems.items] == [
        "b.yaml:4:18: error: YAML error: character U+FFFE is not allowed in YAML; delete it"]


def test_empty_articles_and_articles_without_sentences_are_skipped_with_a_warning(site):
    write(site / "seeds" / "empty.txt", "")
    write(site / "seeds" / "blank.txt", "  \n\n\t\n")
    write(site / "site_src" / "articles" / "only-front-matter.md", "---\ntitle: Nothing below\n---\n\n")
    write(site / "seeds" / "rules.txt", "* * *\n\n1. 2. 3.\n\n— 2021 —\n")

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert "seeds/empty.txt: warning: empty article (no text to extract); skipped" in lines
    assert "seeds/blank.txt: warning: empty article (no text to extract); skipped" in lines
    assert "site_src/articles/only-front-matter.md: warning: empty article (no text to extract); skipped" in lines
    assert "seeds/rules.txt: warning: no sentences in this article (not a single word); skipped" in lines
    # Only the seed got a YAML and a page.
    assert [b["source"]["path"] for b in yamls(site).values()] == ["seeds/000_5194b2e46cd9eb77.txt"]
    assert len(pages(site)) == 1


def test_binary_files_in_article_folders_are_skipped_with_a_warning(site):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    write(site / "seeds" / "photo.txt", png)  # binary with an article's suffix
    write(site / "seeds" / "photo.png", png)
    write(site / "site_src" / "articles" / "notes.docx", b"PK\x03\x04\x14\x00")

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    assert "seeds/photo.txt: warning: not a text article (it looks binary); skipped" in lines
    assert "seeds/photo.png: warning: not a text article (expected .txt or .md); skipped" in lines
    assert "site_src/articles/notes.docx: warning: not a text article (expected .txt or .md); skipped" in lines
    assert len(yamls(site)) == 1 and len(pages(site)) == 1


def test_a_5_mb_article_builds_and_its_quotes_stay_bounded(site):
    # News-like prose with an attributed quote now and then and stray, never-closed marks.
    paragraphs = []
    for n in range(6000):
        if n % 600 == 0:
            paragraphs.append(f"“We will keep talking about item {n},” the mayor said on Monday.")
        elif n % 997 == 0:
            paragraphs.append("A stray “ mark opens here and is never closed in this long paragraph of text.")
        else:
            # Long sentences: extraction's cost is per word and per sentence (about 16 s for 5 MB of
            # short news sentences, mostly in extract/summary.py), this keeps the suite quick.
            paragraphs.append("The committee met again and discussed the budget, the roads and the schools, " * 10
                              + "and then it adjourned.")
    text = "\n\n".join(paragraphs)
    while len(text.encode()) < 5_000_000:
        text += "\n\n" + paragraphs[1]
    write(site / "seeds" / "big.txt", text)

    result = build(site)

    assert not result.failed, [str(p) for p in result.problems.items]
    (big,) = [whole(site, result, b) for b in result.briefings if b.source.path == "seeds/big.txt"]
    assert (site / "output" / big.slug / "index.html").is_file()
    assert big.quotes, "the attributed quotes were found"
    for quote in big.quotes:
        assert quote.text in text and len(quote.text) < 2000


def test_a_5_mb_news_article_builds(site):
    seed = SEED.read_text()
    write(site / "seeds" / "big.txt", "\n\n".join([seed] * (5_000_000 // len(seed) + 1)))
    assert not build(site).failed


def test_unbalanced_mixed_and_nested_quote_marks_never_swallow_the_article(site):
    body = [
        "ALPHA: “This quote opens and never closes, said the first speaker in the first paragraph.",
        "He added: \"Straight marks ‘nested single’ inside, and a curly close here,” Smith said.",
        "“A quote spanning paragraphs begins here.",
        "“And it goes on in the next paragraph,” Jones said.",
        "„A German-style opening with no close, Müller said.",
        "Stray closing marks” everywhere” and 'single' ones ’ too.",
        "\"\"\"\"\"",
        "«Guillemets» are used, Dupont said, «and one left open.",
    ] + [f"Filler paragraph {n} about the council budget and the roads." for n in range(40)] + [
        "OMEGA: the last paragraph, with a final closing mark.”"
    ]
    article = "\n\n".join(body) + "\n"
    write(site / "seeds" / "marks.txt", article)

    result = build(site)

    assert not result.failed, [str(p) for p in result.problems.items]
    (briefing,) = [whole(site, result, b) for b in result.briefings if b.source.path == "seeds/marks.txt"]
    assert briefing.quotes, "the balanced quotes are still found"
    longest_paragraph = max(len(p) for p in body)
    for quote in briefing.quotes:
        assert quote.text in article  # verbatim
        assert not ("ALPHA" in quote.text and "OMEGA" in quote.text)
        assert len(quote.text) <= 2 * longest_paragraph + 2


# ---------------------------------------------------------------- slugs, paths and symlinks


def test_duplicate_slugs_get_a_suffix_and_no_briefing_overwrites_another(site):
    for name, title in (("a.md", "First story"), ("b.md", "Second story")):
        write(site / "site_src" / "articles" / name,
              f"---\ntitle: {title}\nslug: same-story\n---\nThe council said on Monday it would meet. {title}.\n")

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    assert ("site_src/articles/b.md:3:7: warning: slug 'same-story' is the slug of site_src/articles/a.md's briefing; "
            "using 'same-story-2'; its briefing is site_src/briefings/same-story-2.yaml: to give its page another "
            "address, set slug there") in proc.stderr.splitlines()
    by_source = {b["source"]["path"]: b for b in yamls(site).values()}
    assert by_source["site_src/articles/a.md"]["slug"] == "same-story"
    assert by_source["site_src/articles/b.md"]["slug"] == "same-story-2"
    assert "First story" in (site / "output" / "same-story" / "index.html").read_text()
    assert "Second story" in (site / "output" / "same-story-2" / "index.html").read_text()
    # A rebuild keeps both, with the same slugs.
    before = snapshot(site / BRIEFINGS)
    assert cli(site).returncode == 0
    assert snapshot(site / BRIEFINGS) == before


def test_slug_and_path_tricks_are_sanitised_and_nothing_lands_outside_output(site, tmp_path):
    tricks = {
        "dots": "../../escape",
        "absolute": "/etc/passwd",
        "backslash": "..\\\\..\\\\windows",
        "lookalike": "．．／ｅｔｃ／ｐａｓｓｗｄ",  # fullwidth dots and slash
        "reserved": "con",
        "site-name": "static",
        "dot": ".",
        "nul": "a\\0b",  # the NUL is dropped where YAML text comes in
        "long": (long := "-".join(["word"] * 15)),  # safe, but 74 characters
    }
    for name, slug in tricks.items():
        write(site / BRIEFINGS / f"{name}.yaml", f'title: Trick {name}\nslug: "{slug}"\n')
    write(site / "site_src" / "articles" / "fm.md", "---\nslug: ../../../fm-escape\n---\nThe council met on Monday.\n")
    outside_before = {p for p in tmp_path.rglob("*") if not p.is_relative_to(site)}

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    fix = "or a slug of your own, to end this warning"
    assert ("site_src/briefings/dots.yaml:2:7: warning: slug '../../escape' is not a slug (lowercase letters, digits, "
            f"hyphens); using 'escape': write 'slug: escape', {fix}") in lines
    assert ("site_src/briefings/reserved.yaml:2:7: warning: slug 'con' is reserved by the site; using 'con-briefing': "
            f"write 'slug: con-briefing', {fix}") in lines
    cut = long[:long.rfind('-', 0, 61)]
    assert f"site_src/briefings/long.yaml:2:7: warning: slug '{long}' is longer than 60 characters, which makes a hard URL " \
           f"to read; using '{cut}': write 'slug: {cut}', {fix}" in lines
    assert ("site_src/articles/fm.md:2:7: warning: slug '../../../fm-escape' is not a slug (lowercase letters, digits, "
            "hyphens); using 'fm-escape'; "
            "its briefing is site_src/briefings/fm-escape.yaml: to give its page another address, set slug there") in lines
    assert {"escape", "etc-passwd", "windows", "con-briefing", "static-briefing", "briefing", "ab", "fm-escape"} <= pages(site)
    # Nothing new anywhere but inside the site, and inside it only where the tool writes.
    assert {p for p in tmp_path.rglob("*") if not p.is_relative_to(site)} == outside_before
    for path in site.rglob("*"):
        top = path.relative_to(site).parts[0]
        assert top in {"output", "site_src", "seeds", ".briefing-cache"}, path
    assert sorted(p.name for p in (site / "seeds").iterdir()) == [SEED.name]


def test_symlinks_pointing_outside_the_site_are_not_followed(site, tmp_path):
    outside = tmp_path / "outside"
    write(outside / "secret.txt", "“SECRET-ARTICLE words,” the spy said on Monday in the capital.\n")
    write(outside / "secret.yaml", "title: SECRET-YAML\nslug: secret-yaml\n")
    write(outside / "more" / "inner.txt", "“SECRET-FOLDER words,” the spy said on Monday.\n")
    write(outside / "style.css", "/* SECRET-STATIC */\n")
    (site / "seeds" / "linked.txt").symlink_to(outside / "secret.txt")
    (site / "seeds" / "linked-folder").symlink_to(outside / "more")
    write(site / BRIEFINGS / "keep.yaml", "title: Kept\nslug: kept\n")
    (site / BRIEFINGS / "linked.yaml").symlink_to(outside / "secret.yaml")
    (site / "site_src" / "templates" / "static").mkdir(parents=True)
    (site / "site_src" / "templates" / "static" / "leak.css").symlink_to(outside / "style.css")
    # An article folder that is itself a link out of the site.
    (site / "elsewhere").symlink_to(outside / "more")
    write(site / "site_src" / "site.yaml", "articles: [seeds, elsewhere]\n")

    proc = cli(site)

    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    for expected in [
        "seeds/linked.txt: warning: symlink points outside the site; not followed",
        "seeds/linked-folder: warning: symlink points outside the site; not followed",
        "site_src/briefings/linked.yaml: warning: symlink points outside the site; not followed",
        "elsewhere: warning: article folder is a symlink pointing outside the site; not followed",
    ]:
        assert expected in lines, proc.stderr
    assert any("leak.css: warning: symlink points outside the static folder; not copied" in line for line in lines)
    everything = b"".join(snapshot(site / "output").values()) + b"".join(snapshot(site / BRIEFINGS).values())
    assert b"SECRET" not in everything
    assert "kept" in pages(site)


def test_a_template_symlinked_from_outside_the_site_is_not_used(site, tmp_path):
    write(tmp_path / "outside" / "robots.txt", "SECRET-TEMPLATE\n")
    (site / "site_src" / "templates").mkdir(parents=True)
    (site / "site_src" / "templates" / "robots.txt").symlink_to(tmp_path / "outside" / "robots.txt")
    proc = cli(site)
    assert b"SECRET" not in (site / "output" / "robots.txt").read_bytes()
    assert "robots.txt: warning: symlink points outside" in proc.stderr


def test_a_symlinked_template_with_no_default_is_skipped_with_a_warning(site, tmp_path):
    write(tmp_path / "outside" / "extra.html", "SECRET-TEMPLATE\n")
    (site / "site_src" / "templates").mkdir(parents=True)
    (site / "site_src" / "templates" / "extra.html").symlink_to(tmp_path / "outside" / "extra.html")
    proc = cli(site, "--strict")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "extra.html: error: symlink points outside the site; not followed" in proc.stderr


# ---------------------------------------------------------------- templates


@pytest.mark.parametrize(
    "template, expected",
    [
        ('{% extends "base.html" %}\n{% block content %}\n<p>\n{{ b.briefing.title \n{% endblock %}\n',
         "site_src/templates/briefing.html:5: error: template syntax error: expected token 'end of print statement', "
         "got '{'"),
        ('{% extends "base.html" %}\n{% block content %}\n<p>ok</p>\n{{ b.briefing.no_such_field.name }}\n'
         '{% endblock %}\n',
         "site_src/templates/briefing.html:4: error: template error: 'briefing.model.Briefing object' has no "
         "attribute 'no_such_field'"),
        ('{% extends "nope-base.html" %}\n',
         "site_src/templates/briefing.html:1: error: template error: template 'nope-base.html' not found in "
         "site_src/templates, {templates}; fix the name, or add the file"),
    ],
    ids=["syntax", "undefined-attribute", "extends-missing"],
)
def test_a_broken_site_template_is_reported_as_template_line_message(site, template, expected):
    assert cli(site).returncode == 0
    before = snapshot(site / "output")
    write(site / "site_src" / "templates" / "briefing.html", template)

    proc = cli(site)

    assert proc.returncode == 1
    assert expected.replace("{templates}", str(PACKAGE_TEMPLATES)) in proc.stderr.splitlines(), proc.stderr
    assert snapshot(site / "output") == before


def test_a_template_error_is_reported_in_the_same_run_as_a_yaml_error(site):
    assert cli(site).returncode == 0
    before = snapshot(site / "output")
    write(site / "site_src" / "templates" / "index.html",
          '{% extends "base.html" %}\n{% block content %}\n{{ site.title.nope() }}\n{% endblock %}\n')
    write(site / BRIEFINGS / "broken.yaml", "title: [unclosed\nslug: broken\n")

    proc = cli(site)

    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert any(line.startswith("site_src/briefings/broken.yaml:") and ": error: YAML syntax error" in line for line in lines)
    assert "site_src/templates/index.html:3: error: template error: 'str object' has no attribute 'nope'" in lines
    assert snapshot(site / "output") == before
    # Nothing is written anywhere: not even the folders above another output folder.
    assert cli(site, "build", "--out", "elsewhere/deep/out").returncode == 1
    assert not (site / "elsewhere").exists()


def test_check_fails_on_a_feed_that_is_not_well_formed_xml(site):
    templates = site / "site_src" / "templates"
    templates.mkdir(parents=True)
    feed = (PACKAGE_TEMPLATES / "feed.xml").read_text(encoding="utf-8")
    (templates / "feed.xml").write_text(feed.replace("</title>", " & friends</title>", 1), encoding="utf-8")
    assert cli(site, "build").returncode == 0
    proc = cli(site, "check")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert re.search(r"^output/feed\.xml:\d+:\d+: error: not well-formed XML, which feed readers and crawlers cannot "
                     r"read: not well-formed \(invalid token\); check its template$", proc.stderr, re.M), proc.stderr


def test_a_template_not_in_utf8_or_extending_itself_is_an_error_at_its_place(site):
    templates = site / "site_src" / "templates"
    templates.mkdir(parents=True)
    (templates / "briefing.html").write_bytes(b'{% extends "base.html" %}\n{% block content %}<p>Caf\xe9</p>{% endblock %}')
    proc = cli(site, "build")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert ("site_src/templates/briefing.html:2: error: template syntax error: not valid UTF-8 (byte 0xe9); "
            "save the file as UTF-8") in proc.stderr.splitlines()
    (templates / "briefing.html").unlink()
    (templates / "base.html").write_text('{% extends "base.html" %}{% block head %}<meta name="x">{% endblock %}')
    proc = cli(site, "build")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "site_src/templates/base.html:1: error: template error: base.html extends itself" in proc.stderr
    (templates / "base.html").unlink()
    (templates / "404.html").write_text('{% extends "base.html" %}{% macro count(n) %}{{ count(n + 1) }}{% endmacro %}'
                                        '{% block content %}{{ count(1) }}{% endblock %}')
    proc = cli(site, "build")
    assert "site_src/templates/404.html:1: error: template error: recursion too deep: a macro or an include that calls " \
           "itself without end" in proc.stderr.splitlines()


def test_an_article_folder_listed_twice_or_inside_another_is_read_once(site):
    articles = site / "site_src" / "articles"
    articles.mkdir(parents=True)
    story = next((site / "seeds").iterdir()).read_text(encoding="utf-8")
    (articles / "story.txt").write_text(story + "\nA line the seed has not.\n", encoding="utf-8")  # no copy of it
    (site / "alias").symlink_to(articles)
    write(site / "site_src" / "site.yaml",
          "articles: [site_src/articles, site_src/articles, ./site_src/articles, alias, seeds]\n")
    proc = cli(site, "build")
    assert proc.returncode == 0, proc.stderr
    for column, listed in ((31, "site_src/articles"), (50, "./site_src/articles"), (71, "alias")):
        assert (f"site_src/site.yaml:1:{column}: warning: article folder {listed!r} overlaps 'site_src/articles', "
                f"listed before (folders are read with their subfolders): each article is read once") \
            in proc.stderr.splitlines(), proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("built 2 briefings")
    write(site / "site_src" / "site.yaml", "articles: [site_src/articles, site_src]\n")  # the outer one is read instead
    proc = cli(site, "build")
    assert "warning: article folder 'site_src' overlaps 'site_src/articles'" in proc.stderr


def test_a_misspelt_block_in_a_site_template_is_warned_of(site):
    templates = site / "site_src" / "templates"
    templates.mkdir(parents=True)
    page = (PACKAGE_TEMPLATES / "briefing.html").read_text(encoding="utf-8")
    (templates / "briefing.html").write_text(page.replace("{% block content %}", "{% block contnet %}"), encoding="utf-8")
    line = 1 + page[:page.index("{% block content %}")].count("\n")
    proc = cli(site, "build")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert (f"site_src/templates/briefing.html:{line}: warning: block 'contnet' is in no template briefing.html "
            f"extends, so it shows nowhere; the blocks there are content, head, title") in proc.stderr.splitlines()
    assert cli(site, "build", "--strict").returncode == 1
    # A block inside an overriding block shows in it: no warning.
    (templates / "briefing.html").unlink()
    (templates / "404.html").write_text('{% extends "base.html" %}{% block content %}<main>{% block notice %}Not here'
                                        '{% endblock %}</main>{% endblock %}')
    proc = cli(site, "build", "--strict")
    assert proc.returncode == 0, proc.stderr
    assert "Not here" in (site / "output" / "404.html").read_text()
