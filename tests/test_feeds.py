"""Atom, JSON Feed 1.1 and the sitemap: well-formed, absolute URLs, stable order, escaped text."""
from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

from briefing.model import Briefing
from briefing.problems import Problems
from briefing.store import load

from render_samples import EVIL, nasty, renderer, seed_like

BASE = "https://example.github.io/briefs/"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")


def briefings() -> list[Briefing]:
    return [
        seed_like(slug="older", title="Older", date="2021-03-01"),
        seed_like(),
        seed_like(slug="undated", title="Undated", date=None, author=None, tags=[]),
    ]


def test_atom_feed_is_well_formed_with_absolute_links_and_dates():
    feed = ET.fromstring(renderer().site_files(briefings())["feed.xml"])
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == BASE
    assert feed.findtext(f"{ATOM}title") == "Briefings"
    assert feed.findtext(f"{ATOM}updated") == "2021-03-19T00:00:00Z"  # the newest briefing, not the clock
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {"self": BASE + "feed.xml", "alternate": BASE}
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Putin offers Biden a public call after ‘killer’ remark", "Older", "Undated"]
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        assert href.startswith(BASE) and entry.findtext(f"{ATOM}id") == href
        assert RFC3339.fullmatch(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}summary")
    first = entries[0]
    assert first.findtext(f"{ATOM}published") == "2021-03-19T00:00:00Z"
    assert first.findtext(f"{ATOM}summary").startswith("Vladimir Putin offered to talk")
    assert entries[2].find(f"{ATOM}published") is None
    assert entries[2].findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z"  # the fixed fallback


def test_a_corrected_briefing_tells_feed_readers_and_crawlers_when_it_changed():
    """An `updated:` date in the YAML: without one, feed readers never see a correction."""
    corrected = seed_like(updated="2021-03-22T10:30:00Z")
    files = renderer().site_files([corrected, seed_like(slug="older", title="Older", date="2021-03-01")])
    atom = ET.fromstring(files["feed.xml"])
    entry = atom.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}published") == "2021-03-19T00:00:00Z"
    assert entry.findtext(f"{ATOM}updated") == "2021-03-22T10:30:00Z"
    assert atom.findtext(f"{ATOM}updated") == "2021-03-22T10:30:00Z"  # the feed changed when its entry did
    item = json.loads(files["feed.json"])["items"][0]
    assert (item["date_published"], item["date_modified"]) == ("2021-03-19T00:00:00Z", "2021-03-22T10:30:00Z")
    assert "date_modified" not in json.loads(files["feed.json"])["items"][1]
    lastmods = [u.findtext(f"{SITEMAP}lastmod") for u in ET.fromstring(files["sitemap.xml"]).findall(f"{SITEMAP}url")]
    assert lastmods == ["2021-03-22T10:30:00Z", "2021-03-22T10:30:00Z", "2021-03-01T00:00:00Z"]
    page = renderer().briefing_files(corrected)["putin-offers-biden-a-call/index.html"].decode()
    assert 'Updated <time datetime="2021-03-22">22 March 2021</time>' in page
    assert '<meta property="article:modified_time" content="2021-03-22T10:30:00Z">' in page


def test_a_briefing_moved_with_its_old_slug_as_an_alias_keeps_its_feed_ids():
    """Readers know an entry by its id: a new one would show the briefing again as news."""
    def ids(briefing: Briefing) -> tuple[str, str]:
        files = renderer().site_files([briefing])
        atom = ET.fromstring(files["feed.xml"]).find(f"{ATOM}entry")
        assert atom.find(f"{ATOM}link").get("href") == f"{BASE}{briefing.slug}/"  # links go to where it is now
        return atom.findtext(f"{ATOM}id"), json.loads(files["feed.json"])["items"][0]["id"]

    before = ids(seed_like(slug="putin-call"))
    assert ids(seed_like(slug="putin-biden-call", aliases=["putin-call"])) == before == (f"{BASE}putin-call/",) * 2
    assert ids(seed_like(slug="biden-putin", aliases=["putin-call", "putin-biden-call"])) == before


def test_json_feed_1_1_has_the_required_keys_and_absolute_urls():
    feed = json.loads(renderer(author="The Desk").site_files(briefings())["feed.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Briefings"
    assert feed["home_page_url"] == BASE and feed["feed_url"] == BASE + "feed.json"
    assert feed["authors"] == [{"name": "The Desk"}] and feed["language"] == "en"
    items = feed["items"]
    assert [i["title"] for i in items] == ["Putin offers Biden a public call after ‘killer’ remark", "Older", "Undated"]
    for item in items:
        assert item["id"] and item["url"].startswith(BASE)
        assert item.get("content_text") or item.get("content_html")
        assert item["summary"]
    assert items[0]["date_published"] == "2021-03-19T00:00:00Z"
    assert items[0]["external_url"] == "https://news.example.com/putin-biden"
    assert items[0]["tags"] == ["russia", "united-states"] and items[0]["authors"] == [{"name": "Desk"}]
    assert "date_published" not in items[2]


def test_sitemap_lists_every_page_with_absolute_urls():
    files = renderer(per_page=2).site_files(briefings())
    urlset = ET.fromstring(files["sitemap.xml"])
    locs = [u.findtext(f"{SITEMAP}loc") for u in urlset.findall(f"{SITEMAP}url")]
    assert locs == [BASE, BASE + "page/2/", BASE + "putin-offers-biden-a-call/", BASE + "older/", BASE + "undated/"]
    lastmods = [u.findtext(f"{SITEMAP}lastmod") for u in urlset.findall(f"{SITEMAP}url")]
    assert lastmods == ["2021-03-19T00:00:00Z", None, "2021-03-19T00:00:00Z", "2021-03-01T00:00:00Z", None]
    undated = ET.fromstring(renderer().site_files(briefings()[2:])["sitemap.xml"])
    assert undated.find(f"{SITEMAP}url/{SITEMAP}lastmod") is None  # no date known: none, never 1970


def test_no_robots_txt_under_a_subpath():
    """Crawlers read robots.txt at a host's root only, so one under /repo/ does nothing."""
    subpath = renderer(base_url="/repo/").site_files(briefings())
    assert "robots.txt" not in subpath and "sitemap.xml" in subpath  # a preview's: see config.warn_of_no_host
    root = renderer(base_url="/").site_files(briefings())
    assert root["robots.txt"] == b"User-agent: *\nAllow: /\n"
    project = renderer(base_url="https://user.github.io/repo/").site_files(briefings())
    assert "robots.txt" not in project
    assert ET.fromstring(project["sitemap.xml"]).findtext(f"{SITEMAP}url/{SITEMAP}loc") == "https://user.github.io/repo/"
    domain = renderer(base_url="https://news.example.org/").site_files(briefings())
    assert domain["robots.txt"].decode().endswith("Sitemap: https://news.example.org/sitemap.xml\n")


def test_feeds_escape_markup_and_drop_unsafe_urls():
    files = renderer().site_files([nasty()])
    for name in ("feed.xml", "feed.json", "sitemap.xml"):
        assert b"<script" not in files[name] and b"javascript:" not in files[name], name
    atom = ET.fromstring(files["feed.xml"])
    assert atom.find(f"{ATOM}entry/{ATOM}title").text == f"Title {EVIL}"  # the text survives, as text
    item = json.loads(files["feed.json"])["items"][0]
    assert item["title"] == f"Title {EVIL}" and "external_url" not in item
    assert item["content_html"] == f"<p>{html.escape('Title ' + EVIL)}</p>"


def test_feeds_survive_control_characters():
    problems = Problems()
    text = 'title: "Bell\\x07 title"\nslug: putin-offers-biden-a-call\nsummary:\n  - text: "Form\\x0cfeed"\n'
    files = renderer().site_files([load(text, "b.yaml", problems)])
    assert ET.fromstring(files["feed.xml"]).find(f"{ATOM}entry/{ATOM}title").text == "Bell title"
    assert json.loads(files["feed.json"])["items"][0]["content_text"] == "Formfeed"


def test_without_a_host_feeds_use_rooted_urls_and_urn_ids():
    files = renderer("/briefs/").site_files([seed_like()])
    atom = ET.fromstring(files["feed.xml"])
    assert atom.findtext(f"{ATOM}id") == "urn:briefing:site"
    entry = atom.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}id") == "urn:briefing:putin-offers-biden-a-call"
    assert entry.find(f"{ATOM}link").get("href") == "/briefs/putin-offers-biden-a-call/"
    assert json.loads(files["feed.json"])["home_page_url"] == "/briefs/"


def test_feeds_are_byte_identical_across_renders():
    one, two = renderer().site_files(briefings()), renderer().site_files(list(reversed(briefings())))
    for name in ("feed.xml", "feed.json", "sitemap.xml"):
        assert one[name] == two[name]
