"""Hand-built briefings and helpers shared by the render tests (test_render, test_feeds, test_html_valid, test_accessibility)."""
from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from briefing.config import SiteConfig
from briefing.model import Briefing, Member, Position, Quote, Side, Source
from briefing.problems import Problems
from briefing.render import DEFAULT_TEMPLATES, Renderer

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_5194b2e46cd9eb77.txt"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def seed_like(**changes) -> Briefing:
    """A briefing shaped like the seed's: two sides, key and plain quotes, evidence, a quoteless third side."""
    briefing = Briefing(
        title="Putin offers Biden a public call after ‘killer’ remark",
        slug="putin-offers-biden-a-call",
        date="2021-03-19",
        source=Source("seeds/000.txt", "0" * 64, "Example Wire", "https://news.example.com/putin-biden"),
        summary=[
            "Vladimir Putin offered to talk with Joe Biden by phone.",
            "The Kremlin said the offer was meant to keep relations from collapsing.",
        ],
        quotes=[
            Quote("it-makes-sense-to-a1b2c3", "it makes sense to have a talk to preserve Russia-US relations rather than trade barbs,",
                  "Dmitry Peskov", "Putin’s spokesman", "russia", True),
            Quote("i-do-d4e5f6", "I do.", "Joe Biden", "US President", "united-states", True),
            Quote("a-lot-of-honest-aa11bb", "a lot of honest and decent citizens in the United States want peace and friendship with Russia.",
                  "Vladimir Putin", "President", "russia", False),
        ],
        sides=[
            Side("russia", "Russia", [Member("Vladimir Putin", "President"), Member("Dmitry Peskov", "Putin’s spokesman")],
                 [Position("Talks would preserve relations.",
                           ["According to Putin’s spokesman, Dmitry Peskov, “it makes sense to have a talk.”"],
                           ["it-makes-sense-to-a1b2c3", "a-lot-of-honest-aa11bb"])]),
            Side("united-states", "United States", [Member("Joe Biden", "US President"), Member("Jen Psaki", "White House press secretary")],
                 [Position("Biden stands by calling Putin a killer.", [], ["i-do-d4e5f6"])]),
            Side("european-union", "European Union", [Member("European Union")], []),
        ],
        author="Desk",
        tags=["russia", "united-states"],
    )
    for key, value in changes.items():
        setattr(briefing, key, value)
    return briefing


def nasty() -> Briefing:
    """Script in every text field, a javascript: source URL, an empty summary, a side with no quote."""
    return Briefing(
        title=f"Title {EVIL}",
        slug="nasty",
        date="2021-03-20",
        source=Source(f"x{EVIL}", None, f"Outlet {EVIL}", "javascript:alert(1)"),
        summary=[],
        quotes=[Quote(f"q{EVIL}", f"Quote {EVIL}", f"Speaker {EVIL}", f"Role {EVIL}", "evil", True),
                Quote("plain", f"Other {EVIL}", None, None, f"nowhere {EVIL}", False)],
        sides=[Side("evil", f"Side {EVIL}", [Member(f"Name {EVIL}", f"Role {EVIL}")],
                    [Position(f"Position {EVIL}", [f"Evidence {EVIL}"], [f"q{EVIL}", "missing"])]),
               Side("quiet", f"Quiet {EVIL}", [], [])],
        author=f"Author {EVIL}",
        tags=[f"tag {EVIL}"],
        aliases=["nasty-before", f"../{EVIL}"],  # the second is no slug: the page guards the path too
    )


def long_words() -> Briefing:
    """Words and a web address longer than a phone's screen is wide, in every kind of text a page shows."""
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung"
    url = "https://www.harbourtown.gov.uk/consultations/ferry-services-review-2024/responses/final-report"
    return seed_like(
        title=f"{word} ruling", slug="long-words", summary=[f"The {word} ruled, as {url} shows."],
        quotes=[Quote("long-quote", f"Read it at {url} and weep,", f"Anna {word}", f"{word} chair", "long-side", True)],
        sides=[Side("long-side", f"{word} board", [Member(f"Anna {word}", f"{word} chair")],
                    [Position(f"The {word} was right.", [f"See {url} for the {word}."], ["long-quote"])])],
        tags=[word],
    )


def renderer(base_url: str = "https://example.github.io/briefs/", template_dirs: list[Path] | None = None,
             problems: Problems | None = None, **config) -> Renderer:
    return Renderer(SiteConfig(base_url=base_url, **config), template_dirs or [DEFAULT_TEMPLATES],
                    problems if problems is not None else Problems())


def render_all(r: Renderer, briefings: list[Briefing]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for b in briefings:
        files.update(r.briefing_files(b))
    files.update(r.site_files(briefings))
    return files


def write(files: dict[str, bytes], out: Path) -> Path:
    for name, data in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return out


def build_seed_site(tmp: Path, base_url: str = "https://example.github.io/briefs/") -> Path:
    """The seed built by the real pipeline, plus the hand-built briefings rendered beside it."""
    from briefing.site import build

    root = tmp / "site"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    out = tmp / "output"
    result = build(root, out, base_url)
    assert not result.problems.errors, [str(p) for p in result.problems.items]
    samples = [seed_like(aliases=["putin-offers-a-call"]), nasty(), long_words()]  # an alias: a former address
    write(render_all(renderer(base_url), samples), tmp / "samples")
    return tmp


class Links(HTMLParser):
    """Every href/src and id in a page."""

    def __init__(self, text: str):
        super().__init__()
        self.links: list[str] = []
        self.ids: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value is not None:
                self.ids.append(value)


def broken_links(files: dict[str, bytes], base_url: str) -> list[str]:
    """Internal links (and #fragments) that point at no output file or id, resolved as a browser would."""
    site = urlsplit(urljoin("https://host.invalid/", base_url))
    root = f"{site.scheme}://{site.netloc}{site.path}"
    pages = {name: Links(data.decode("utf-8")) for name, data in files.items() if name.endswith(".html")}
    broken = []
    for name, page in pages.items():
        here = root + name
        for link in page.links:
            target = urljoin(here, link)
            if not target.startswith(root):
                if urlsplit(target).netloc == site.netloc:
                    broken.append(f"{name}: {link} leaves the base path")
                continue
            path, _, fragment = target[len(root):].partition("#")
            if path == "" or path.endswith("/"):
                path += "index.html"
            if path not in files:
                broken.append(f"{name}: {link} -> missing {path}")
            elif fragment and fragment not in pages[path].ids:
                broken.append(f"{name}: {link} -> no id {fragment!r} in {path}")
    return broken
