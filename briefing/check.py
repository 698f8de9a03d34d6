"""`check`: validate the sources without writing anything, then check every internal link in output/.

The source check reads site.yaml, the articles and every briefing YAML, and
insists that each quote and evidence string is verbatim in its article. The
link check follows every internal href and src in the built HTML, #fragments
included, and reports the ones that lead nowhere.
"""
from __future__ import annotations

from html.parser import HTMLParser
from xml.etree import ElementTree
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .addresses import moved_pages, settle_aliases, unique_slugs, warn_of_moved_pages
from .cache import Cache, Memo
from .config import SiteConfig, load_config, warn_of_no_host
from .problems import Problems
from .site import (Located, Sources, built_for, check_verbatim, last_pages, needs_extraction,
                   read_sources, warn_of_an_edited_briefing, warn_of_deleted_articles, warn_of_lost_articles,
                   warn_of_stale_proposals)


def check_site(root: Path, out: Path | None = None, base_url: str | None = None) -> tuple[Problems, int]:
    """(problems, number of briefings checked). Links are read against `base_url`, by default the
    one the last build of that output folder was for."""
    root = Path(root)
    problems = Problems()
    cache = Cache(root)
    asked, out = out is not None, Path(out) if out else root / "output"
    given = base_url is not None
    if not given:
        base_url = built_for(cache, root, out) or _canonical_base_url(out)
    config = load_config(root, problems, base_url, "--base-url" if given else f"--base-url of the last build of {out.name}/")
    warn_of_no_host(config, problems)
    # The build's memos spare parsing every file again; check reads them and never writes them.
    sources = read_sources(root, config, problems, cache)
    warn_of_deleted_articles(sources, problems)
    gone = {s.rel for s in sources.of_deleted_articles}
    briefings = [Located.of(s) for s in sources.stored if s.outline and s.rel not in gone]
    pages = last_pages(cache, out)
    located, changed = unique_slugs(briefings, pages, root, problems)
    warn_of_moved_pages(moved_pages(pages, located), located, changed, root, problems)
    located = settle_aliases(located, root, problems)
    _warn_of_stale_briefings(sources, problems)
    check_verbatim(located, sources, Memo(None, "verbatim"), problems, "error")
    if out.is_dir():
        check_links(out, config, problems)
    else:  # an error when asked for by name: a CI step after a failed build must not pass
        (problems.error if asked else problems.warning)(str(out), "no built site to link-check; run `python build.py` first")
    return problems, len(located)


def _warn_of_stale_briefings(sources: Sources, problems: Problems) -> None:
    """What a build would warn of: briefings whose article is gone or moved, and edited ones whose
    article has changed since (a build writes those a fresh extraction to merge from)."""
    warn_of_lost_articles(sources, problems)
    warn_of_stale_proposals(sources, problems)
    for article in sources.articles:
        stored = sources.by_article.get(article.path)
        if stored and stored.generated_by is None and needs_extraction(article, stored):
            warn_of_an_edited_briefing(sources.root, stored, article, problems)


def _canonical_base_url(out: Path) -> str | None:
    """The base URL a built site was for, as its home page names itself: the record of the
    build is gone with `.briefing-cache/` (a fresh CI machine, a downloaded artifact)."""
    class Canonical(HTMLParser):
        href: str | None = None

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found = dict(attrs)
            if tag == "link" and (found.get("rel") or "").lower() == "canonical" and self.href is None:
                self.href = found.get("href")

    page = Canonical()
    try:
        page.feed((out / "index.html").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    href = page.href or ""
    return href if href.startswith(("/", "http://", "https://")) else None


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int | None]] = []  # (url, line)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            elif name in ("href", "src") and value is not None:
                self.links.append((value, self.getpos()[0]))


def check_links(out: Path, config: SiteConfig, problems: Problems) -> int:
    """Check every internal link in the HTML under `out`, the Atom feed and the sitemap; returns how many were checked."""
    pages: dict[Path, _Page] = {}
    for path in sorted(out.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8", errors="replace"))
        pages[path.resolve()] = page
    for name, links in _feed_links(out, problems).items():
        page = _Page()
        page.links = links
        pages[(out / name).resolve()] = page
    site, published = urlsplit(config.base_url), out.resolve()  # resolved once: it asks the file system
    checked = 0
    for path, page in pages.items():
        where = path.relative_to(published).as_posix()
        for url, line in page.links:
            try:
                target, fragment = _resolve(url, path, published, site, config.base_path)
            except ValueError:  # "https://[::1/": no URL a browser could follow
                problems.error(f"{out.name}/{where}", f"malformed link {url!r}", line)
                continue
            if target is None:
                continue
            checked += 1
            if not target.is_relative_to(published):  # "../README.md": a file of the project, or of the machine
                problems.error(f"{out.name}/{where}", f"broken link {url!r}: it leads out of {out.name}/, above "
                                                      "the site's root, where the published site has no file", line)
            elif not target.is_file():
                problems.error(f"{out.name}/{where}", f"broken link {url!r}: no such file in {out.name}/", line)
            elif fragment and target.suffix == ".html" and fragment not in pages.get(target, _Page()).ids:
                problems.error(f"{out.name}/{where}", f"broken link {url!r}: no element with id {fragment!r}", line)
    return checked


def _feed_links(out: Path, problems: Problems) -> dict[str, list[tuple[str, int | None]]]:
    """The URLs the Atom feed and the sitemap point at, by file (without lines: ElementTree keeps
    none). A file that is not well-formed XML, which no feed reader or crawler can read (a site's
    own template, say), is an error."""
    found: dict[str, list[tuple[str, int | None]]] = {}
    for name, tag, url_of in (("feed.xml", _ATOM_LINK, lambda e: e.get("href")), ("sitemap.xml", _SITEMAP_LOC, lambda e: e.text)):
        try:
            root = ElementTree.parse(out / name).getroot()
        except OSError:  # none: a site's own templates may leave it out
            continue
        except ElementTree.ParseError as exc:
            line, col = exc.position
            problems.error(f"{out.name}/{name}", f"not well-formed XML, which feed readers and crawlers "
                                                 f"cannot read: {str(exc).split(':')[0]}; check its template", line, col + 1)
            continue
        found[name] = [(url.strip(), None) for element in root.iter(tag) if (url := url_of(element))]
    return found


_ATOM_LINK = "{http://www.w3.org/2005/Atom}link"
_SITEMAP_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def _resolve(url: str, page: Path, out: Path, site, base_path: str) -> tuple[Path | None, str]:
    """The file an internal URL points at, or None for external links."""
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "tel", "data") or (parts.scheme and parts.scheme not in ("http", "https")):
        return None, ""
    if parts.netloc and (parts.netloc != site.netloc or not site.netloc):
        return None, ""
    fragment = unquote(parts.fragment)
    if not parts.path:
        return page, fragment
    if parts.path.startswith("/"):
        if not parts.path.startswith(base_path):
            return out / "__outside_base_path__", fragment
        target = out / unquote(parts.path[len(base_path):])
    else:
        target = page.parent / unquote(parts.path)
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target.resolve(), fragment
