"""End to end: build the shipped seed into a temporary site with a subpath base URL, and read what a reader gets."""
import json
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from briefing.check import check_site
from briefing.cli import main

BASE = "https://example.github.io/briefs/"
ATOM = "{http://www.w3.org/2005/Atom}"


class Page(HTMLParser):
    """The text of a page and the ids of its elements."""

    def __init__(self, html: str):
        super().__init__()
        self.ids: list[str] = []
        self.text: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "meta" and "content" in a:
            self.meta[a.get("property") or a.get("name")] = a["content"]
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")

    def handle_data(self, data):
        self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    import shutil

    from conftest import SEED

    root = tmp_path_factory.mktemp("e2e") / "site"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds")
    assert main(["build", "--root", str(root), "--base-url", BASE]) == 0
    (yaml_file,) = (root / "site_src" / "briefings").glob("*.yaml")
    return root, yaml_file.stem


def test_seed_page_has_sides_quotes_and_ids(built):
    root, slug = built
    page = Page((root / "output" / slug / "index.html").read_text())
    text = page.plain
    for name in ("Putin", "Peskov", "Biden", "Psaki"):
        assert name in text
    assert "Russia" in text and "United States" in text
    assert "it makes sense to have a talk to preserve Russia-US relations rather than trade barbs" in text
    assert "I do." in text
    assert {"summary", "sides", "side-russia", "side-united-states"} <= set(page.ids)
    assert len([i for i in page.ids if i.startswith("quote-")]) >= 3
    # The article itself is not republished: its closing sentence, which no quote or evidence needs, is absent.
    assert "post-Cold War levels" not in text


def test_link_previews_and_canonical(built):
    root, slug = built
    page = Page((root / "output" / slug / "index.html").read_text())
    assert page.meta["og:url"] == f"{BASE}{slug}/"
    assert page.meta["og:type"] == "article"
    assert page.meta["og:title"] and page.meta["og:description"]
    assert page.meta["twitter:card"]
    assert page.canonical == f"{BASE}{slug}/"


def test_feeds_and_sitemap_are_well_formed_with_absolute_urls(built):
    root, slug = built
    atom = ET.parse(root / "output" / "feed.xml").getroot()
    (entry,) = atom.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == f"{BASE}{slug}/"
    feed = json.loads((root / "output" / "feed.json").read_text())
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["items"][0]["url"] == f"{BASE}{slug}/"
    sitemap = ET.parse(root / "output" / "sitemap.xml").getroot()
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert f"{BASE}{slug}/" in locs and all(u.startswith(BASE) for u in locs)
    assert (root / "output" / ".nojekyll").exists()
    assert not (root / "output" / "robots.txt").exists()  # under /briefs/, where no crawler reads it


def test_no_broken_internal_link_or_anchor(built):
    root, _ = built
    problems, count = check_site(root)
    assert count == 1
    assert not problems.errors, [str(p) for p in problems.errors]


def test_check_reads_each_output_folder_against_the_base_url_it_was_built_for(built, tmp_path):
    """A preview built at / beside the published site: check must not take one for the other."""
    root, _ = built
    preview = tmp_path / "preview"
    assert main(["build", "--root", str(root), "--out", str(preview), "--base-url", "/"]) == 0
    for out in (root / "output", preview):
        problems, _ = check_site(root, out)
        assert not problems.errors, [str(p) for p in problems.errors]


def test_check_reads_the_base_url_from_the_built_site_when_the_cache_is_gone(built, tmp_path):
    """A CI job checking a downloaded artifact, or a fresh clone: no record of the build's base URL."""
    root = tmp_path / "site"
    shutil.copytree(built[0], root, ignore=shutil.ignore_patterns("output", ".briefing-cache"))
    for base in ("/repo/", BASE):
        out = tmp_path / f"artifact-{len(base)}"
        assert main(["build", "--root", str(root), "--out", str(out), "--base-url", base]) == 0
        shutil.rmtree(root / ".briefing-cache")
        problems, _ = check_site(root, out)
        assert not problems.errors, [str(p) for p in problems.errors]
        (out / "index.html").unlink()  # nothing to read it from: site.yaml's base URL, and the broken links it finds
        problems, _ = check_site(root, out)
        assert any("broken link" in str(p) for p in problems.errors)


def test_newsletter_beside_the_page(built):
    root, slug = built
    html = (root / "output" / slug / "newsletter.html").read_text()
    assert "<script" not in html and 'rel="stylesheet"' not in html and "style=" in html
    assert f'href="{BASE}{slug}/#quote-' in html
    # a copy for email: search engines index the page instead
    assert '<meta name="robots" content="noindex">' in html
    assert len(html.encode()) <= 100_000
    assert f"{BASE}{slug}/" in (root / "output" / slug / "newsletter.txt").read_text()


def test_a_second_clean_build_is_byte_identical(built, tmp_path):
    root, _ = built
    first = {p.relative_to(root / "output"): p.read_bytes() for p in (root / "output").rglob("*") if p.is_file()}
    assert main(["build", "--root", str(root), "--base-url", BASE, "--out", str(tmp_path / "again")]) == 0
    second = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*") if p.is_file()}
    assert first == second
