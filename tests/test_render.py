"""The render stage: pages from hand-built briefings, URLs under a subpath and at a root, safety, template errors."""
from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import Briefing, Quote, Side, Source, slugify
from briefing.problems import Problem, Problems
from briefing.render import DEFAULT_TEMPLATES, _wrap, sort_briefings
from briefing.store import load
from briefing.urls import Urls, anchor, external, fold

from render_samples import EVIL, broken_links, nasty, render_all, renderer, seed_like

BASE = "https://example.github.io/briefs/"


def page(files: dict[str, bytes], name: str) -> str:
    return files[name].decode("utf-8")


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return match.group(1) if match else None


# ---------------------------------------------------------------- URLs


def test_urls_relative_rooted_and_absolute():
    urls = Urls(BASE)
    assert urls.relative("", "index.html") == "./"
    assert urls.relative("", "slug/index.html") == "../"
    assert urls.relative("static/style.css", "page/2/index.html") == "../../static/style.css"
    assert urls.relative("slug/", "index.html") == "slug/"
    assert urls.relative("slug/#quote-x", "slug/index.html") == "./#quote-x"
    assert urls.rooted("static/style.css") == "/briefs/static/style.css"
    assert urls.absolute("slug/") == "https://example.github.io/briefs/slug/"
    root = Urls("https://example.com/")
    assert root.rooted("feed.xml") == "/feed.xml" and root.absolute("") == "https://example.com/"
    path_only = Urls("/briefs/")
    assert not path_only.has_host and path_only.absolute("slug/") == "/briefs/slug/"


def test_external_urls_are_allowlisted():
    assert external("https://example.com/a") == "https://example.com/a"
    assert external("mailto:desk@example.com") == "mailto:desk@example.com"
    assert external("../relative") == "../relative"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "java\tscript:x", None, "",
                "/\\evil.com/x", "\\\\evil.com/x"):  # a browser reads "/\" as "//": another host
        assert external(bad) is None


def test_anchor_ids_are_slugs():
    assert anchor("quote", "i-do-d4e5f6") == "quote-i-do-d4e5f6"
    assert anchor("side", "United States") == "side-united-states"
    assert re.fullmatch(r"quote-[0-9a-f]{8}", anchor("quote", "“…”"))


@settings(max_examples=300)
@given(st.text(alphabet="aZ09-_ .é/", max_size=30) | st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True),
       st.sampled_from([1, 5, 60, 80]))
def test_fold_is_slugify(text, max_length):
    assert fold(text, max_length) == slugify(text, max_length)


# ---------------------------------------------------------------- the briefing page


def test_slugs_spell_letters_out_rather_than_drop_them():
    assert slugify("Ölstraße in Zürich") == "olstrasse-in-zurich"
    assert slugify("Søren Ødegaard, Łódź, Þór, Æsir") == "soren-odegaard-lodz-thor-aesir"
    # Other scripts are spelled out too, so a title in them gives a slug of its own, not "briefing".
    assert slugify("Путин предложил Байдену звонок") == "putin-predlozhil-baydenu-zvonok"
    assert slugify("Ελλάδα") == "ellada" and slugify("普京") == "pujing"
    assert slugify("Putin’s offer") == slugify("Putins offer") == "putins-offer"
    # Symbols are dropped, as ever: only letters are spelled out.
    assert slugify("Council agrees £5m fund for 20°C days in Hawaiʻi") == "council-agrees-5m-fund-for-20c-days-in-hawaii"
    # Dashes keep words apart; marks and digits of other scripts are spelled out too.
    assert slugify("Budget for 2024–2025: Paris–Berlin") == "budget-for-2024-2025-paris-berlin"
    assert slugify("हिन्दी समाचार २०२४") == "hindi-smacar-2024"


def test_briefing_page_has_every_part_and_deep_link():
    files = renderer().briefing_files(seed_like())
    assert set(files) == {f"putin-offers-biden-a-call/{n}" for n in ("index.html", "newsletter.html", "newsletter.txt")}
    html = page(files, "putin-offers-biden-a-call/index.html")
    assert '<h1 dir="auto">Putin offers Biden a public call after ‘killer’ remark</h1>' in html
    assert '<time datetime="2021-03-19">19 March 2021</time>' in html
    assert '<a href="https://news.example.com/putin-biden" rel="nofollow noopener">Example Wire</a>' in html
    assert '<span class="author">By Desk</span>' in html and meta(html, "author") == "Desk"
    assert re.search(r'<ul class="tags" aria-label="Tags">\s*<li>russia</li><li>united-states</li>\s*</ul>', html)
    for ident in ("summary", "sides", "side-russia", "side-united-states", "side-european-union",
                  "quote-it-makes-sense-to-a1b2c3", "quote-i-do-d4e5f6", "quote-a-lot-of-honest-aa11bb"):
        assert f'id="{ident}"' in html
        assert f'href="#{ident}"' in html, f"no visible link to #{ident}"
    assert "Vladimir Putin</span>, <span class=\"role\">President" in html
    assert "Jen Psaki</span>, <span class=\"role\">White House press secretary" in html
    # evidence is marked as quotation, and positions link to their quotes
    assert '<blockquote class="evidence"><p dir="auto">According to Putin’s spokesman' in html
    assert html.count('<figure class="quote"') == 3
    assert re.search(r'<section id="key-quotes".*quote-it-makes-sense.*quote-i-do.*<section id="quotes"', html, re.S)
    # the balance: a bar, counts, and a visible note for the side nobody quoted
    assert 'class="balance-bar"' in html
    assert "Russia</a>: 2 quotes (67%)" in html
    assert "No quote from the European Union side in this briefing." in html
    # the article itself is not republished; no script needed or present
    assert "<script" not in html


def test_a_quotation_broken_off_for_its_speaker_is_shown_without_its_comma():
    files = renderer().briefing_files(seed_like())
    quoted = "it makes sense to have a talk to preserve Russia-US relations rather than trade barbs"
    html = page(files, "putin-offers-biden-a-call/index.html")
    assert f'<blockquote><p dir="auto">{quoted}</p></blockquote>' in html
    assert f"“{quoted}”" in page(files, "putin-offers-biden-a-call/newsletter.html")
    text = page(files, "putin-offers-biden-a-call/newsletter.txt")
    assert "barbs”" in text and "barbs,”" not in text
    assert '<blockquote><p dir="auto">I do.</p></blockquote>' in html  # a full stop is the quotation's own


def test_right_to_left_text_reads_right_to_left():
    html = page(renderer(language="ar").briefing_files(seed_like(title="مجلس المدينة يصوت على خطة النقل")),
                "putin-offers-biden-a-call/index.html")
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 dir="auto">مجلس المدينة يصوت على خطة النقل</h1>' in html  # and on an English site, from its own script
    for tag, direction in (("en-GB", "ltr"), ("ku-Arab", "rtl"), ("az-Latn", "ltr"), ("he", "rtl")):
        html = page(renderer(language=tag).briefing_files(seed_like()), "putin-offers-biden-a-call/index.html")
        assert f'<html lang="{tag}" dir="{direction}">' in html


def test_sections_are_named_by_their_heading_not_by_its_permalink():
    html = page(renderer().briefing_files(seed_like()), "putin-offers-biden-a-call/index.html")
    names = {}
    for label in re.findall(r'aria-labelledby="([^"]+)"', html):
        element = re.search(rf'<(\w+)[^>]* id="{label}"[^>]*>(.*?)</\1>', html, re.S)
        names[label] = re.sub(r"<[^>]+>", "", element.group(2)).strip()
    assert names["summary-title"] == "Summary" and names["sides-title"] == "The sides"
    assert names["heading-side-russia"] == "Russia"
    assert not any("Link to" in name for name in names.values()), names


def test_link_previews_and_canonical():
    html = page(renderer().briefing_files(seed_like()), "putin-offers-biden-a-call/index.html")
    url = BASE + "putin-offers-biden-a-call/"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "og:url") == url
    assert meta(html, "og:title") == "Putin offers Biden a public call after ‘killer’ remark"
    assert meta(html, "og:description").startswith("Vladimir Putin offered to talk")
    assert meta(html, "og:type") == "article"
    assert meta(html, "article:published_time") == "2021-03-19T00:00:00Z"
    assert meta(html, "twitter:card") == "summary"


def test_every_html_page_has_previews_and_a_canonical_link():
    files = render_all(renderer(), [seed_like()])
    for name in ("index.html", "putin-offers-biden-a-call/index.html"):
        html = page(files, name)
        for key in ("og:title", "og:description", "og:url", "og:type", "twitter:card"):
            assert meta(html, key), (name, key)
        assert '<link rel="canonical" href="https://example.github.io/briefs/' in html


def test_the_404_page_names_no_address_of_its_own():
    """It is served at every missing address: a canonical link would name one address for all of
    them, as if each were a page there, where search engines want none on an error page."""
    html = page(render_all(renderer(), [seed_like()]), "404.html")
    assert 'rel="canonical"' not in html and meta(html, "og:url") is None
    assert meta(html, "og:title") and 'content="noindex"' in html


def test_empty_summary_and_no_quotes():
    bare = Briefing(title="Bare", slug="bare", sides=[Side("a", "A")])
    html = page(renderer().briefing_files(bare), "bare/index.html")
    assert 'id="summary"' in html and "No summary yet." in html
    assert meta(html, "og:description") == "News briefings: the summary, the key quotes and the sides of each story."
    assert "No quote from the A side" in html and "No direct quotes in this briefing." in html
    assert meta(html, "article:published_time") is None

    no_sides = page(renderer().briefing_files(Briefing(title="None", slug="none")), "none/index.html")
    assert no_sides.count("No sides identified") == 1 and "Nobody is quoted in this briefing." in no_sides
    assert 'class="balance-legend"' not in no_sides  # no empty list


def test_odd_dates_still_give_a_valid_time_element():
    for date in ("2021-03-19T08:00:00Z", "2021-03-19 junk", "2021-03-19T23:30:00-05:00"):
        html = page(renderer().briefing_files(seed_like(date=date)), "putin-offers-biden-a-call/index.html")
        assert '<time datetime="2021-03-19">19 March 2021</time>' in html, date
    html = page(renderer().briefing_files(seed_like(date="not a date")), "putin-offers-biden-a-call/index.html")
    assert "<time" not in html and meta(html, "article:published_time") is None


def test_stylesheet_covers_dark_scheme_print_and_phones():
    css = renderer().site_files([])["static/style.css"].decode("utf-8")
    assert "@media (prefers-color-scheme: dark)" in css and "@media print" in css and "max-width: 40rem" in css


def test_duplicate_and_odd_ids_stay_unique_and_valid():
    b = seed_like(quotes=[Quote("same", "one"), Quote("same", "two"), Quote("Has Spaces!", "three", side="Russia")])
    html = page(renderer().briefing_files(b), "putin-offers-biden-a-call/index.html")
    ids = re.findall(r'id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert 'id="quote-same"' in html and 'id="quote-same-2"' in html and 'id="quote-has-spaces"' in html
    assert "Russia</a>: 1 quote (33%)" in html  # the side reference matches the side whatever its spelling


def test_a_relative_source_url_is_a_file_of_this_site_on_the_page_and_in_the_newsletters():
    b = seed_like(source=Source("seeds/000.txt", "0" * 64, "Our notes", "notes/background.html"))
    files = renderer("https://user.github.io/repo/").briefing_files(b)
    assert 'href="/repo/notes/background.html"' in page(files, "putin-offers-biden-a-call/index.html")
    absolute = "https://user.github.io/repo/notes/background.html"
    assert f'href="{absolute}"' in page(files, "putin-offers-biden-a-call/newsletter.html")
    assert f"Source: Our notes {absolute}" in page(files, "putin-offers-biden-a-call/newsletter.txt")
    # "./" and "../" are resolved; a fragment stays on the page; full URLs stay as they are, and a rooted one gets the host.
    urls = Urls("https://user.github.io/repo/")
    assert [urls.source(u, absolute=False) for u in ("./notes/a.html", "../other/a.html", "notes/", "#top")] == [
        "/repo/notes/a.html", "/other/a.html", "/repo/notes/", "#top"]
    for url, letter in [("https://news.example.com/a", "https://news.example.com/a"),
                        ("/elsewhere/a.html", "https://user.github.io/elsewhere/a.html")]:
        files = renderer("https://user.github.io/repo/").briefing_files(seed_like(source=Source("s.txt", "0" * 64, None, url)))
        assert f'href="{url}"' in page(files, "putin-offers-biden-a-call/index.html")
        assert f'href="{letter}"' in page(files, "putin-offers-biden-a-call/newsletter.html")


def test_no_side_id_can_take_another_sides_heading_id():
    """A side "russia-title" once had the id "side-russia-title" of side "russia"'s heading."""
    b = seed_like()
    b = seed_like(sides=[*b.sides, Side("russia-title", "Russia title", [], [])])
    html = page(renderer().briefing_files(b), "putin-offers-biden-a-call/index.html")
    ids = re.findall(r'id="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert 'id="side-russia-title"' in html and 'aria-labelledby="heading-side-russia"' in html


# ---------------------------------------------------------------- the index and site files


def test_index_lists_newest_first_then_title_and_paginates():
    briefings = [
        seed_like(title="Beta", slug="beta", date="2021-03-01"),
        seed_like(title="Undated", slug="undated", date=None),
        seed_like(title="Alpha", slug="alpha", date="2021-03-01"),
        seed_like(title="Newest", slug="newest", date="2021-04-01T09:30:00+02:00"),
    ]
    assert [b.slug for b in sort_briefings(briefings)] == ["newest", "alpha", "beta", "undated"]
    files = render_all(renderer(per_page=3), briefings)
    first, second = page(files, "index.html"), page(files, "page/2/index.html")
    assert [m for m in re.findall(r'<h2 dir="auto"><a href="([^"]+)"', first)] == ["newest/", "alpha/", "beta/"]
    assert '<a href="../../undated/">Undated</a>' in second
    assert '<a href="page/2/" rel="next">' in first and '<a href="../../" rel="prev">' in second
    assert "Vladimir Putin offered to talk with Joe Biden by phone." in first  # the one-line summary
    assert not broken_links(files, BASE)


def test_empty_site_still_has_an_index():
    files = renderer().site_files([])
    assert "No briefings yet." in page(files, "index.html")
    assert {"index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", ".nojekyll", "static/style.css"} <= set(files)


@pytest.mark.parametrize("base_url", [BASE, "https://example.com/", "/briefs/", "/"])
def test_internal_links_work_under_a_subpath_and_at_a_root(base_url):
    files = render_all(renderer(base_url, per_page=1), [seed_like(), seed_like(slug="second", title="Second")])
    assert not broken_links(files, base_url)
    html = page(files, "second/index.html")
    assert 'href="../static/style.css"' in html and 'href="../"' in html


def test_404_links_carry_the_base_path_and_work_from_any_depth():
    html = page(renderer().site_files([seed_like()]), "404.html")
    hrefs = re.findall(r'(?:href|src)="([^"#][^"]*)"', html)
    assert hrefs and all(h.startswith(("/briefs/", "https://example.github.io/briefs/")) for h in hrefs), hrefs
    assert '<link rel="stylesheet" href="/briefs/static/style.css">' in html


def test_a_base_path_in_any_script_is_written_as_http_sends_it():
    """Sitemaps need escaped URLs; the preview matches the path a browser sends."""
    files = renderer(base_url="https://user.github.io/répo/").site_files([seed_like()])
    assert "<loc>https://user.github.io/r%C3%A9po/putin-offers-biden-a-call/</loc>" in page(files, "sitemap.xml")
    assert 'href="/r%C3%A9po/static/style.css"' in page(files, "404.html")


def test_a_source_address_pasted_with_a_space_is_linked_escaped():
    files = renderer().briefing_files(seed_like(source=Source("seeds/000.txt", None, "Wire", 'https://news.example.com/a b"c')))
    for name in ("putin-offers-biden-a-call/index.html", "putin-offers-biden-a-call/newsletter.html"):
        assert 'href="https://news.example.com/a%20b%22c"' in page(files, name), name
    assert "https://news.example.com/a%20b%22c" in page(files, "putin-offers-biden-a-call/newsletter.txt")


def test_pages_markers_robots_and_cname():
    files = renderer("https://briefs.example.org/", domain="briefs.example.org").site_files([])
    assert files[".nojekyll"] == b"" and files["CNAME"] == b"briefs.example.org\n"
    assert "Sitemap: https://briefs.example.org/sitemap.xml" in page(files, "robots.txt")
    assert "CNAME" not in renderer().site_files([])
    assert page(renderer(base_url="/").site_files([]), "robots.txt") == "User-agent: *\nAllow: /\n"


# ---------------------------------------------------------------- safety


def test_script_in_every_field_is_escaped_and_javascript_urls_dropped():
    problems = Problems()
    files = render_all(renderer(problems=problems), [nasty()])
    assert not problems.errors, [str(p) for p in problems.items]
    # A former address (an alias) gets a page, but an alias that is no slug never makes a path.
    assert {name.split("/")[0] for name in files if name.endswith("index.html")} >= {"nasty", "nasty-before"}
    assert not any("script" in name or ".." in name for name in files)
    for name, data in files.items():
        text = data.decode("utf-8")
        assert "javascript:" not in text, name
        if name == "nasty-before/index.html":  # the one script the site writes: it keeps a link's #anchor
            text = text.replace('<script>location.replace("../nasty/" + location.hash)</script>', "", 1)
        if name.endswith((".html", ".xml", ".json")):
            assert "<script" not in text and "<img" not in text, name
    html = page(files, "nasty/index.html")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "Source: Outlet &lt;script&gt;" in html  # the outlet stays, as text, without its unsafe link
    assert "No quote from the Quiet &lt;script&gt;" in html


def test_plain_text_newsletter_folds_line_breaks_in_one_line_fields():
    """A title, label, name, speaker or outlet written over two lines in the YAML is one line in
    HTML; in the text version a line break would split it, the title's underline under half of it."""
    briefing = seed_like(title="Putin offers Biden\na public call", source=Source("s.txt", None, "Example\n  Wire", None))
    briefing.sides[0].label = "Russia\nand allies"
    briefing.sides[0].members[0].name = "Vladimir\nPutin"
    briefing.quotes[0].speaker, briefing.quotes[0].role = "Dmitry\nPeskov", "Putin’s\r\nspokesman"
    text = page(renderer().briefing_files(briefing), "putin-offers-biden-a-call/newsletter.txt")
    title = "Putin offers Biden a public call"
    assert text.startswith(f"{title}\n{'=' * len(title)}\n")
    for line in ("Russia and allies (2 quotes)", "- Vladimir Putin, President", "Source: Example Wire"):
        assert line in text.splitlines(), line
    assert "  — Dmitry Peskov, Putin’s spokesman (Russia and allies)" in text.splitlines()


def test_plain_text_newsletter_keeps_text_literal_but_drops_unsafe_links():
    text = page(renderer().briefing_files(nasty()), "nasty/newsletter.txt")
    assert f"Title {EVIL}" in text  # plain text is not markup: nothing to escape
    assert "javascript:" not in text


_SHARED_PROBLEMS = Problems()
_SHARED = renderer(problems=_SHARED_PROBLEMS)  # compiled once: hypothesis calls the test many times


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_any_text_renders_without_markup_or_a_crash(text):
    evil = text + "<script>x</script>"
    b = seed_like(title=evil, summary=[evil], quotes=[Quote("q", evil, evil, evil, "russia", True)])
    files = render_all(_SHARED, [b])
    assert not _SHARED_PROBLEMS.errors
    for name, data in files.items():
        if name.endswith((".html", ".xml", ".json")):
            assert b"<script" not in data, name


def test_control_characters_are_dropped_where_text_comes_in():
    problems = Problems()
    briefing = load('title: "Bell\\x07 and\\x0b tab"\nslug: putin-offers-biden-a-call\n', "b.yaml", problems)
    html = page(renderer().briefing_files(briefing), "putin-offers-biden-a-call/index.html")
    assert '<h1 dir="auto">Bell and tab</h1>' in html
    coloured = load('title: "\\e[31mRed\\e[0m alert"\nslug: red\n', "c.yaml", problems)
    assert coloured.title == "Red alert"  # a terminal colour code goes whole, not leaving "[31m"


def test_unsafe_slug_is_refused():
    problems = Problems()
    assert renderer(problems=problems).briefing_files(seed_like(slug="../escape")) == {}
    assert "unsafe slug" in problems.errors[0].message


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["a", "bb", "x" * 12, " ", "  ", "\n", "\t", "\xa0", "é"]), max_size=40).map("".join),
       st.integers(min_value=-2, max_value=20))
def test_wrap_fills_each_line_with_the_words_that_fit(text, width):
    lines = _wrap(text, width, "  ").split("\n  ")
    assert " ".join(lines).split() == text.split()  # every word, in order, single-spaced
    for line, following in zip(lines, lines[1:] + [None]):
        assert line == " ".join(line.split())
        assert len(line) <= width or " " not in line  # only a word longer than width overflows
        if following is not None:
            assert len(line) + 1 + len(following.split()[0]) > width  # the next word would not have fit


# ---------------------------------------------------------------- reproducibility and fingerprint


def test_two_renders_are_byte_identical_whatever_the_input_order():
    briefings = [seed_like(slug=f"b{i}", title=f"B {i}", date=f"2021-03-{10 + i % 3}") for i in range(7)]
    shuffled = briefings[:]
    random.Random(4).shuffle(shuffled)
    assert render_all(renderer(per_page=3), briefings) == render_all(renderer(per_page=3), shuffled)


def test_fingerprint_tracks_templates_static_and_config(tmp_path):
    assert renderer().fingerprint == renderer().fingerprint
    assert renderer().fingerprint != renderer(title="Other").fingerprint
    site = tmp_path / "templates"
    site.mkdir()
    before = renderer(template_dirs=[site, DEFAULT_TEMPLATES]).fingerprint
    (site / "static").mkdir()
    (site / "static" / "extra.css").write_text("p { color: red }")
    assert renderer(template_dirs=[site, DEFAULT_TEMPLATES]).fingerprint != before


# ---------------------------------------------------------------- site overrides and template errors


def test_a_site_template_and_static_file_override_the_defaults(tmp_path):
    site = tmp_path / "templates"
    (site / "static").mkdir(parents=True)
    (site / "404.html").write_text('{% extends "base.html" %}{% block content %}<h1>Lost at sea</h1>{% endblock %}')
    (site / "static" / "style.css").write_text("body { color: teal }")
    (site / "static" / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    files = renderer(template_dirs=[site, DEFAULT_TEMPLATES]).site_files([])
    assert "<h1>Lost at sea</h1>" in page(files, "404.html")
    assert files["static/style.css"] == b"body { color: teal }" and "static/logo.svg" in files


def test_a_template_syntax_error_is_a_problem_with_its_line(tmp_path):
    site = tmp_path / "templates"
    site.mkdir()
    (site / "briefing.html").write_text("<p>\n{{ b.briefing.title }\n</p>\n")
    problems = Problems()
    r = renderer(template_dirs=[site, DEFAULT_TEMPLATES], problems=problems)
    [problem] = problems.errors
    assert problem.path.endswith("templates/briefing.html") and problem.line == 2
    assert "template syntax error" in problem.message
    assert r.briefing_files(seed_like()).keys() == {"putin-offers-biden-a-call/newsletter.html", "putin-offers-biden-a-call/newsletter.txt"}
    assert len(problems.errors) == 1  # a broken template is reported once


def test_an_undefined_variable_at_render_time_is_a_problem_not_a_traceback(tmp_path):
    site = tmp_path / "templates"
    site.mkdir()
    (site / "index.html").write_text('{% extends "base.html" %}\n{% block content %}\n<p>{{ headline }}</p>\n{% endblock %}\n')
    problems = Problems()
    files = renderer(template_dirs=[site, DEFAULT_TEMPLATES], problems=problems).site_files([seed_like()])
    assert "index.html" not in files and "404.html" in files
    [problem] = problems.errors
    assert problem.path.endswith("templates/index.html") and problem.line == 3
    assert "'headline' is undefined" in problem.message


def test_an_error_in_the_base_template_or_a_macro_names_its_own_line(tmp_path):
    site = tmp_path / "templates"
    site.mkdir()
    (site / "base.html").write_text("<main>\n{% block content %}{% endblock %}\n</main>\n{{ footer }}\n")
    (site / "briefing.html").write_text(
        '{% extends "base.html" %}\n{% macro line(q) %}\n{{ q.nothing.here }}\n{% endmacro %}\n'
        "{% block content %}{% for q in b.quotes %}{{ line(q) }}{% endfor %}{% endblock %}\n"
    )
    problems = Problems()
    renderer(template_dirs=[site, DEFAULT_TEMPLATES], problems=problems).briefing_files(seed_like())
    [problem] = problems.errors
    assert problem.path.endswith("templates/briefing.html") and problem.line == 3
    (site / "briefing.html").write_text('{% extends "base.html" %}\n')
    problems = Problems()
    renderer(template_dirs=[site, DEFAULT_TEMPLATES], problems=problems).briefing_files(seed_like())
    [problem] = problems.errors
    assert problem.path.endswith("templates/base.html") and problem.line == 4
    assert "'footer' is undefined" in problem.message


def test_error_page_lists_problems_escaped():
    data = renderer().error_page([
        Problem("site_src/briefings/a.yaml", "expected text, found <script>", "error", 3, 7),
        Problem("templates/x.html", "unknown tag", "warning", 2),
    ]).decode("utf-8")
    assert "site_src/briefings/a.yaml:3:7: error: expected text, found &lt;script&gt;" in data
    assert "templates/x.html:2: warning: unknown tag" in data
    assert "<title>Build failed: 2 problems</title>" in data and "<link" not in data


# ---------------------------------------------------------------- newsletter


def test_newsletter_is_email_safe_with_absolute_deep_links():
    files = renderer().briefing_files(seed_like())
    html = page(files, "putin-offers-biden-a-call/newsletter.html")
    assert len(files["putin-offers-biden-a-call/newsletter.html"]) <= 100_000
    assert "<script" not in html and "<style" not in html and "<link" not in html
    assert 'role="presentation" style=' in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("https://") for h in hrefs), hrefs
    url = BASE + "putin-offers-biden-a-call/"
    assert f"{url}#side-russia" in hrefs and f"{url}#quote-i-do-d4e5f6" in hrefs
    text = page(files, "putin-offers-biden-a-call/newsletter.txt")
    assert f"Read online: {url}" in text
    assert f"{url}#side-united-states" in text and f"{url}#quote-it-makes-sense-to-a1b2c3" in text
    assert "Dmitry Peskov, Putin’s spokesman (Russia)" in text


def test_a_huge_briefing_still_gives_a_newsletter_under_100_kb():
    quotes = [Quote(f"q{i}", "word " * 400, "Speaker", None, "russia", True) for i in range(60)]
    files = renderer().briefing_files(seed_like(quotes=quotes))
    assert len(files["putin-offers-biden-a-call/newsletter.html"]) <= 100_000
