"""The render stage: briefings in, the bytes of every output file out.

`Renderer` owns the Jinja environment (a site's `site_src/templates/` searched
before the default `templates/`), the static files, and the views the templates
read. It writes nothing to disk: the build decides where the returned
`{output path: bytes}` go. Template problems, at load or at render time, are
recorded as `template:line: message`, never raised.

Output is reproducible: no clock is read, every list has a stable order, and
dates come from the briefings (a fixed fallback when there are none).
"""
from __future__ import annotations

import datetime
import functools
import hashlib
import html
import json
import re
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import jinja2
import markupsafe

from .config import SiteConfig
from .model import Briefing, Position, Quote, Side, is_blank, moment_of
from .problems import Problem, Problems
from .urls import Urls, anchor, external, fold

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_SUFFIXES = (".html", ".xml", ".txt")
# Used where a date is required (Atom's <updated>) and no briefing has one.
FALLBACK_DATE = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
NEWSLETTER_LIMIT = 100_000  # bytes: larger HTML is clipped by common mail clients
NEWSLETTER_QUOTES = 8
DESCRIPTION_LENGTH = 200
FEED_ENTRIES = 50
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_SAFE_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_OWN_CODE = (Path(__file__), Path(__file__).with_name("urls.py"))


# ---------------------------------------------------------------- views
# What the templates read: the briefing itself plus what is derived from it
# (anchors, counts, URLs), so templates stay free of logic.


@dataclass
class QuoteView:
    quote: Quote
    anchor: str  # "quote-<id>", unique in the page
    side_label: str | None  # the side's label, or the raw side reference when no side matches
    side_anchor: str | None  # "side-<id>" when the quote's side exists
    excerpt: str  # the first words, for links that point to the quote
    # The quotation as shown: without the comma or colon where the article broke it off to say
    # who spoke ("“There is no money,” she said"). Still verbatim: the article's text, cut short.
    text: str


@dataclass
class PositionView:
    position: Position
    quotes: list[QuoteView]  # the quotes it links to that exist


@dataclass
class SideView:
    side: Side
    anchor: str  # "side-<id>"
    positions: list[PositionView]
    quote_count: int
    share: float  # percent of all quotes: the width of its part of the balance bar
    colour: int  # index into the stylesheet's side palette


@dataclass
class PageMeta:
    """`page` in base.html: what the head tells browsers and link previews.

    An object, not a dict: Jinja reads `page.title` as an attribute first, and a
    dict makes every read raise and catch an AttributeError.
    """

    canonical: str  # absolute URL; empty for the 404 page, which is at no address of its own
    title: str
    description: str
    type: str  # "article" or "website"
    published: str | None  # RFC 3339
    modified: str | None  # RFC 3339: the briefing's `updated`, when an editor gave one
    author: str | None  # the briefing's, else the site's


class Teaser:
    """What lists, feeds and the sitemap show of a briefing: cheap, with no sides or quotes.

    The fields that cost anything are worked out when a template first reads
    them: the sitemap, which lists every briefing, reads only the target and
    the dates.
    """

    def __init__(self, briefing: Briefing):
        self.briefing = briefing
        self.target = f"{briefing.slug}/"
        # What its feed entries' ids are made from: its first address, so that a slug changed with
        # the old one kept as an alias (oldest first) is no new entry to feed readers.
        self.first_target = f"{briefing.aliases[0]}/" if briefing.aliases else self.target
        # Reading ("19 March 2021"), YYYY-MM-DD for <time datetime>, RFC 3339 for feeds and meta,
        # and RFC 3339 with the fixed fallback for an undated briefing: remembered by date string.
        self.date, self.date_iso, self.published, dated = _dates(briefing.date)
        # An editor's correction (`updated:` in the YAML): the page shows its date, and the feeds and
        # the sitemap tell readers and crawlers that the briefing changed. A build never reads the clock.
        self.updated_date, self.updated_iso, self.revised, _ = _dates(briefing.updated)
        self.updated = self.revised or dated  # Atom's <updated>, which an entry must have
        self.lastmod = self.revised or self.published  # the sitemap's: none when nothing is known

    @functools.cached_property
    def source_url(self) -> str | None:
        """The source's URL if allowlisted, else None."""
        return external(self.briefing.source.url)

    @functools.cached_property
    def sentences(self) -> list[str]:
        """The summary's sentences that are not blank, as written."""
        return [s for s in self.briefing.summary if s.strip()]

    @functools.cached_property
    def summary_text(self) -> str:
        return " ".join(s.strip() for s in self.sentences)

    @functools.cached_property
    def one_line(self) -> str:
        return self.briefing.summary[0].strip() if self.briefing.summary else ""

    @functools.cached_property
    def description(self) -> str:
        return _shorten(self.summary_text, DESCRIPTION_LENGTH)


class BriefingView(Teaser):
    """A briefing's page: its teaser plus the sides and quotes with their anchors."""

    def __init__(
        self, briefing: Briefing, sides: list[SideView], quotes: list[QuoteView], unassigned_count: int,
    ):
        super().__init__(briefing)
        self.sides = sides
        self.quotes = quotes
        self.key_quotes = [q for q in quotes if q.quote.key]
        self.other_quotes = [q for q in quotes if not q.quote.key]
        self.unassigned_count = unassigned_count  # quotes that belong to no listed side


def _latest(times: list[str | None]) -> str | None:
    """The latest of some RFC 3339 times (compared as moments: their zones may differ), or None."""
    known = [t for t in times if t]
    return max(known, key=moment_of) if known else None


def _rfc3339(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def sort_briefings(briefings: list[Briefing]) -> list[Briefing]:
    """Newest date first, undated last, then by title and slug: the same order on every build."""
    return sorted(briefings, key=_newest_first)


def _newest_first(b: Briefing) -> tuple:
    moment = moment_of(b.date)
    return (moment is None, -(moment.timestamp() if moment else 0), b.title.casefold(), b.title, b.slug)


class _Slugs(dict):
    """Each id's slug, folded once: a briefing's ids come back again and again
    (a side for each of its quotes, a quote for each reference to it)."""

    def __missing__(self, ident: str) -> str:
        slug = self[ident] = fold(ident)
        return slug


def briefing_view(briefing: Briefing) -> BriefingView:
    used: set[str] = set()
    key = _Slugs()  # sides, quotes and references are matched by slug

    def unique(name: str) -> str:
        # Duplicate ids would break deep links; later duplicates get a suffix.
        candidate, n = name, 2
        while candidate in used:
            candidate, n = f"{name}-{n}", n + 1
        used.add(candidate)
        return candidate

    own_anchors = [unique(anchor("side", s.id)) for s in briefing.sides]
    side_anchors: dict[str, str] = {}
    labels: dict[str, str] = {}
    for side, side_anchor in zip(briefing.sides, own_anchors):
        side_anchors.setdefault(key[side.id], side_anchor)
        labels.setdefault(key[side.id], side.label)
    quotes = []
    by_id: dict[str, QuoteView] = {}
    per_side: dict[str, int] = {}
    for q in briefing.quotes:
        if is_blank(q.text):  # emptied by an editor: nothing to show (the YAML's reader warns of it)
            continue
        side_key = key[q.side or ""]
        per_side[side_key] = per_side.get(side_key, 0) + 1
        shown = q.text.rstrip().rstrip(",;:").rstrip()
        view = QuoteView(
            quote=q,
            anchor=unique(anchor("quote", q.id)),
            side_label=labels.get(side_key, q.side),
            side_anchor=side_anchors.get(side_key),
            excerpt=_shorten(" ".join(shown.split()), 60),
            text=shown,
        )
        quotes.append(view)
        by_id.setdefault(key[q.id], view)

    total = len(quotes)
    sides = []
    for index, (side, side_anchor) in enumerate(zip(briefing.sides, own_anchors)):
        count = per_side.get(key[side.id], 0)
        positions = [PositionView(p, [by_id[key[ref]] for ref in p.quotes if key[ref] in by_id]) for p in side.positions]
        sides.append(
            SideView(side, side_anchor, positions, count, round(100 * count / total, 1) if total else 0.0, index % 6)
        )
    assigned = sum(s.quote_count for s in sides)
    return BriefingView(briefing, sides, quotes, unassigned_count=total - assigned)


@functools.lru_cache(maxsize=4096)
def _dates(date: str | None) -> tuple[str | None, str | None, str | None, str]:
    """`Teaser.date`, `.date_iso`, `.published` and `.updated` for a briefing's date (remembered, as `model.moment_of`)."""
    moment = moment_of(date)
    if moment is None:
        return None, None, None, _rfc3339(FALLBACK_DATE)
    published = _rfc3339(moment)
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}", moment.date().isoformat(), published, published


# ---------------------------------------------------------------- renderer


class _SiteLoader(jinja2.FileSystemLoader):
    """Templates from the site's folders first, then the defaults; never through a symlink leading out."""

    def __init__(self, folders: list[Path], problems: Problems):
        super().__init__([str(f) for f in folders])
        self.problems = problems
        self.refused: set[str] = set()

    def get_source(self, environment: jinja2.Environment, template: str):
        for folder in self.searchpath:
            try:
                source, filename, uptodate = jinja2.FileSystemLoader(folder).get_source(environment, template)
            except jinja2.TemplateNotFound:
                continue
            except UnicodeDecodeError as exc:  # saved in another encoding: say where, as for a syntax error
                path = Path(folder) / template
                line = path.read_bytes()[:exc.start].count(b"\n") + 1
                raise jinja2.TemplateSyntaxError(f"not valid UTF-8 (byte {exc.object[exc.start]:#04x}); save the file "
                                                 f"as UTF-8", line, template, str(path)) from None
            if Path(filename).resolve().is_relative_to(Path(folder).resolve()):
                return source, filename, uptodate
            if filename not in self.refused:
                self.refused.add(filename)
                self.problems.warning(_where(filename, template), "symlink points outside the site; not followed")
        raise jinja2.TemplateNotFound(template)


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept in `.briefing-cache/` between runs and in memory within one.

    Compiling the templates costs more than a small build; Jinja checks each
    entry against its template's source, so an edited template is recompiled.
    """

    _memory: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._memory:
            bucket.bytecode_from_string(self._memory[bucket.key])
        else:
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._memory[bucket.key] = bucket.bytecode_to_string()
        super().dump_bytecode(bucket)


class Renderer:
    """Templates and static files loaded once; pages rendered on demand.

    Briefings and the configuration arrive clean: control characters are
    stripped where text enters (the article reader and the YAML schema).
    """

    def __init__(
        self,
        config: SiteConfig,
        template_dirs: list[Path],
        problems: Problems,
        static_dirs: list[Path] | None = None,
        bytecode_dir: Path | None = None,
    ):
        self.config = config
        self.problems = problems
        self.urls = Urls(config.base_url)
        self.template_dirs = [Path(d) for d in template_dirs]
        self._defaults = self.template_dirs[-1].resolve() if self.template_dirs else None  # see `_in_defaults`
        if bytecode_dir:
            bytecode_dir.mkdir(parents=True, exist_ok=True)
        self.env = jinja2.Environment(
            loader=_SiteLoader(self.template_dirs, problems),
            autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
            undefined=jinja2.StrictUndefined,  # a typo in a site's template is an error, not a blank
            finalize=_finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            bytecode_cache=_CompiledTemplates(str(bytecode_dir)) if bytecode_dir else None,
            auto_reload=False,  # a build makes its own Renderer: no need to stat base.html for every page
        )
        self.env.globals.update(site=config, abs_url=self.urls.absolute)
        self.globals = dict(self.env.globals)  # merged once: see _render_text
        self.env.filters["wrap"] = _wrap
        self.env.filters["line"] = _line
        self.templates: dict[str, jinja2.Template] = {}
        for name in self.env.list_templates(filter_func=_is_template):
            try:
                self.templates[name] = _escaping_text(self.env.get_template(name))
            except jinja2.TemplateSyntaxError as exc:
                problems.error(_where(exc.filename, name), f"template syntax error: {exc.message}", exc.lineno)
            except jinja2.TemplateNotFound:
                pass  # listed, but only through a symlink leading out of the site: the loader warned
        self._parsed_blocks: dict[str, tuple[dict[str, tuple[int, set[str]]], str | None]] = {}
        self._check_blocks()
        self.static = self._load_static(static_dirs if static_dirs is not None else [d / "static" for d in self.template_dirs])
        self.fingerprint = self._fingerprint()

    def _check_blocks(self) -> None:
        """Warn of a block in a site's template that the template it extends does not have: it renders
        nowhere, and a misspelt name ({% block contnet %}) would leave every page blank without a word.
        The defaults (the last template folder) are not read: most sites override nothing."""
        for name, template in self.templates.items():
            if not template.filename or self._in_defaults(template.filename):
                continue
            blocks, parent = self._blocks(name)
            inherited: set[str] = set()
            for ancestor in self._ancestors(parent, name):
                inherited |= self._blocks(ancestor)[0].keys()
            if not inherited:
                continue
            nested = {inner for outer in blocks.values() for inner in outer[1]}
            for block, (line, _) in blocks.items():
                if block not in inherited and block not in nested:  # a block inside an overriding block shows in it
                    self.problems.warning(_where(template.filename, name), f"block {block!r} is in no template "
                                          f"{name} extends, so it shows nowhere; the blocks there are "
                                          f"{', '.join(sorted(inherited))}", line)

    def _is_default(self, name: str) -> bool:
        """Whether the template `name` renders with is the default one (from the last template folder)."""
        template = self.templates.get(name)
        return bool(template and template.filename and self._in_defaults(template.filename))

    def _in_defaults(self, filename: str) -> bool:
        """Whether a template's file is in the last template folder, the defaults."""
        return self._defaults is not None and Path(filename).resolve().is_relative_to(self._defaults)

    def _blocks(self, name: str) -> tuple[dict[str, tuple[int, set[str]]], str | None]:
        """A template's blocks (name → its line and the blocks inside it) and the name of the
        template it extends, if it names one; each template parsed once, however many extend it."""
        if name not in self._parsed_blocks:
            try:
                tree = self.env.parse(self.env.loader.get_source(self.env, name)[0])
            except (jinja2.TemplateError, OSError):  # reported where the template is loaded or rendered
                self._parsed_blocks[name] = {}, None
            else:
                extends = tree.find(jinja2.nodes.Extends)
                parent = extends.template.value if extends and isinstance(extends.template, jinja2.nodes.Const) else None
                blocks = {block.name: (block.lineno, {inner.name for inner in block.find_all(jinja2.nodes.Block)})
                          for block in tree.find_all(jinja2.nodes.Block)}
                self._parsed_blocks[name] = blocks, parent
        return self._parsed_blocks[name]

    def _extends_itself(self, name: str) -> bool:
        """Does the chain of templates that `name` extends come back to one of them?"""
        chain = [name, *self._ancestors(self._blocks(name)[1], name)]
        last_parent = self._blocks(chain[-1])[1]
        return last_parent is not None and last_parent in chain

    def _ancestors(self, parent: str | None, name: str) -> list[str]:
        """The templates `name` extends, nearest first, up to where the chain would loop back."""
        found: list[str] = []
        while parent and parent != name and parent not in found:
            found.append(parent)
            parent = self._blocks(parent)[1]
        return found

    # -- public API

    def briefing_files(self, briefing: Briefing) -> dict[str, bytes]:
        """`<slug>/index.html`, `<slug>/newsletter.html`, `<slug>/newsletter.txt`, and for each of
        the briefing's aliases (its former slugs) `<alias>/index.html`, which sends readers on."""
        if not _SAFE_SLUG.fullmatch(briefing.slug):
            self.problems.error(briefing.source.path or briefing.slug, f"unsafe slug {briefing.slug!r}; page not written")
            return {}
        view = briefing_view(briefing)
        page = f"{briefing.slug}/index.html"
        files: dict[str, bytes] = {}
        self._put(files, page, "briefing.html", self._page_context(
            page, view.target, view, b=view, source_url=self.urls.source(view.source_url, absolute=False)))
        for alias in filter(_SAFE_SLUG.fullmatch, briefing.aliases):  # settled by the build: this only guards the path
            moved = f"{alias}/index.html"
            self._put(files, moved, "redirect.html", self._page_context(moved, view.target, view, b=view))
        letter = self._newsletter(view)
        if letter is not None:
            files[f"{briefing.slug}/newsletter.html"] = letter
        self._put(files, f"{briefing.slug}/newsletter.txt", "newsletter.txt", self._letter_context(view))
        return files

    def site_files(
        self, briefings: list[Briefing], reuse: Callable[[str, str], bool] | None = None,
        versions: list[str] | None = None,
    ) -> dict[str, bytes | None]:
        """The index pages, feeds, sitemap, robots.txt (at a host's root),
        404 page, Pages markers and static files.

        Briefings need only their outlines here. An archive has many index
        pages and an edit changes one or two, so each has a key (a hash of
        what it shows): `reuse(path, key)` says whether the page built last
        time for that key is still in place, and then it is not rendered
        again and its value is None. The feeds are keyed the same way, by the
        briefings they hold, and so is the sitemap, which lists every
        briefing: by their addresses and dates, all the default template
        shows, or by the briefings themselves for a site's own template,
        which may show more. `versions[i]` names what `briefings[i]` holds
        (its YAML's digest, say), so that a key costs no look at the
        briefings.
        """
        versions = versions or [repr(b) for b in briefings]
        listed = sorted(
            ((b, version) for b, version in zip(briefings, versions) if _SAFE_SLUG.fullmatch(b.slug)),
            key=lambda pair: _newest_first(pair[0]),
        )
        files: dict[str, bytes | None] = {}

        def kept(path: str, *inputs) -> bool:
            if reuse is None:
                return False
            key = hashlib.sha256(repr((self.fingerprint, *inputs)).encode()).hexdigest()
            if reuse(path, key):
                files[path] = None
                return True
            return False

        # One teaser per briefing, shared by the index page, the feeds and the sitemap that show it.
        teasers = [Teaser(b) for b, _ in listed]

        per_page = max(1, self.config.per_page)
        chunks = [listed[i : i + per_page] for i in range(0, len(listed), per_page)] or [[]]
        pages = [("" if n == 1 else f"page/{n}/") for n in range(1, len(chunks) + 1)]
        for n, chunk in enumerate(chunks, start=1):
            target = pages[n - 1]
            path = target + "index.html"
            pagination = {
                "number": n,
                "count": len(chunks),
                "previous": pages[n - 2] if n > 1 else None,
                "next": pages[n] if n < len(chunks) else None,
            }
            if kept(path, pagination, [(b.slug, version) for b, version in chunk]):
                continue
            views = teasers[(n - 1) * per_page : (n - 1) * per_page + len(chunk)]
            self._put(files, path, "index.html", self._page_context(path, target, None, briefings=views, pagination=pagination))
        not_found = self._page_context(None, "404.html", None)
        # Served at any missing address, it is at none of its own: no canonical link, no og:url. (Empty,
        # not None: a site's base.html from before this reads it as a link to the page itself.)
        not_found["page"] = replace(not_found["page"], canonical="")
        self._put(files, "404.html", "404.html", not_found)

        # Feeds carry the newest briefings only, as readers poll them: they must not grow with the archive.
        # They show nothing else of the site, so an edit to an older briefing leaves them as they are. (The
        # entries' ids are made from their first addresses, which the build may have settled.)
        entries = [(b.slug, b.aliases, version) for b, version in listed[:FEED_ENTRIES]]
        newest = teasers[:FEED_ENTRIES]
        if not kept("feed.xml", entries):
            # The feed changed when its latest entry did: the newest briefing's date, or a later correction.
            updated = _latest([t.updated for t in newest]) or _rfc3339(FALLBACK_DATE)
            feed = {"briefings": newest, "updated": updated, "feed_id": self._id("")}
            self._put(files, "feed.xml", "feed.xml", {**feed, "entry_id": self._id})
        if not kept("feed.json", entries):
            files["feed.json"] = self._json_feed(newest)
        # lastmod is optional: none rather than the fallback date when no briefing has a date.
        newest = _latest([t.lastmod for t in teasers])
        # The default sitemap shows each briefing's address and date, which an edit seldom changes; a site's
        # own may show anything of a briefing.
        if self._is_default("sitemap.xml"):
            listing = [(t.target, t.lastmod) for t in teasers]
        else:
            listing = [(b.slug, version) for b, version in listed]
        if not kept("sitemap.xml", pages, newest, listing):
            self._put(files, "sitemap.xml", "sitemap.xml", {"briefings": teasers, "pages": pages, "updated": newest})
        if self.urls.base_path == "/":  # crawlers read robots.txt at a host's root only: under /repo/ it does nothing
            self._put(files, "robots.txt", "robots.txt", {})
        files[".nojekyll"] = b""  # also how `site.out_refusal` knows a folder for a build's
        if self.config.domain:
            files["CNAME"] = (self.config.domain.strip() + "\n").encode("utf-8")
        files.update(self.static)
        return files

    def error_page(self, problems: list[Problem]) -> bytes:
        """A self-contained page listing problems; it needs no template, so broken templates can be shown."""
        items = "\n".join(
            f'<li class="{html.escape(p.level)}"><code>{html.escape(str(p))}</code></li>' for p in problems
        )
        title = f"Build failed: {len(problems)} problem{'s' if len(problems) != 1 else ''}"
        return _ERROR_PAGE.format(
            lang=html.escape(self.config.language), title=html.escape(title), items=items
        ).encode("utf-8")

    # -- contexts

    def _page_context(self, page: str | None, target: str, view: BriefingView | None, **extra) -> dict:
        """What every HTML page gets: `url()` for links from this page, and the link-preview fields."""
        return {
            "url": self.urls.linker(page),
            "page": PageMeta(
                canonical=self.urls.absolute(target),
                title=view.briefing.title if view else self.config.title,
                description=(view.description if view else "") or self.config.description,
                type="article" if view else "website",
                published=view.published if view else None,
                modified=view.revised if view else None,
                author=(view.briefing.author if view else None) or self.config.author,
            ),
            **extra,
        }

    def _letter_context(self, view: BriefingView, quotes: int = NEWSLETTER_QUOTES) -> dict:
        chosen = (view.key_quotes or view.quotes)[:quotes]
        return {"b": view, "quotes": chosen, "page_url": self.urls.absolute(view.target),
                "source_url": self.urls.source(view.source_url, absolute=True)}

    def _newsletter(self, view: BriefingView) -> bytes | None:
        """The email snippet, fewer quotes until it fits the size mail clients keep."""
        for quotes in (NEWSLETTER_QUOTES, 3, 0):
            data = self._render("newsletter.html", self._letter_context(view, quotes))
            if data is None or len(data) <= NEWSLETTER_LIMIT:
                return data
        self.problems.warning(
            view.briefing.source.path or view.briefing.slug,
            f"newsletter.html is {len(data) // 1000} KB, over the {NEWSLETTER_LIMIT // 1000} KB mail clients keep",
        )
        return data

    def _id(self, target: str) -> str:
        """A permanent id for Atom: the absolute URL, or a URN when base_url has no host."""
        return self.urls.absolute(target) if self.urls.has_host else f"urn:briefing:{target.rstrip('/') or 'site'}"

    def _json_feed(self, views: list[Teaser]) -> bytes:
        items = []
        for v in views:
            item = {
                "id": self._id(v.first_target),
                "url": self.urls.absolute(v.target),
                "title": v.briefing.title,
                "content_text": v.summary_text or v.briefing.title,
                "content_html": "".join(f"<p>{html.escape(s)}</p>" for s in v.sentences)
                or f"<p>{html.escape(v.briefing.title)}</p>",
                "summary": v.description or v.briefing.title,
            }
            if v.published:
                item["date_published"] = v.published
            if v.revised:
                item["date_modified"] = v.revised
            if v.source_url and v.source_url.startswith(("http://", "https://")):
                item["external_url"] = v.source_url
            if v.briefing.author:
                item["authors"] = [{"name": v.briefing.author}]
            if v.briefing.tags:
                item["tags"] = [t for t in v.briefing.tags]
            items.append(item)
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": self.config.title,
            "home_page_url": self.urls.absolute(""),
            "feed_url": self.urls.absolute("feed.json"),
            "description": self.config.description,
            "language": self.config.language,
            "items": items,
        }
        if self.config.author:
            feed["authors"] = [{"name": self.config.author}]
        text = json.dumps(feed, ensure_ascii=False, indent=2)
        # Escaped so the JSON stays inert even if pasted into a page or a <script> block.
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return (text + "\n").encode("utf-8")

    # -- rendering

    def _put(self, files: dict[str, bytes], path: str, name: str, context: dict) -> None:
        data = self._render(name, context)
        if data is not None:
            files[path] = data

    def _render(self, name: str, context: dict) -> bytes | None:
        """Render one template; any failure becomes `template:line: message` and no output."""
        template = self.templates.get(name)
        if template is None:
            if not any(p.path.endswith(name) for p in self.problems.errors):
                looked = ", ".join(map(str, self.template_dirs))
                self.problems.error(f"templates/{name}", f"template not found in {looked}" if looked else
                                    "template not found: no templates/ folder, and the package has lost its own; reinstall it")
            return None
        try:
            return _render_text(template, {**self.globals, **context}).encode("utf-8")
        except Exception as exc:  # a site's template can raise anything; the build must not crash
            filename, line = _template_frame(exc, template.filename)
            if isinstance(exc, jinja2.TemplateNotFound):  # {% extends %} or {% include %} of a missing name
                message = (f"template {exc.name!r} not found in {', '.join(map(str, self.template_dirs))}; "
                           f"fix the name, or add the file")
            elif isinstance(exc, RecursionError) and self._extends_itself(name):  # a site's base.html that extends "base.html"
                message = (f"{Path(filename or name).name} extends itself (a template's name finds the site's own "
                           f"first); to change a default template, copy it from {DEFAULT_TEMPLATES} and edit the copy")
            elif isinstance(exc, RecursionError):
                message = "recursion too deep: a macro or an include that calls itself without end"
            else:
                message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc)
            self.problems.error(_where(filename, name), f"template error: {message}", line)
            return None

    # -- sources

    def _load_static(self, dirs: list[Path]) -> dict[str, bytes]:
        """Static files under `static/`; a file in an earlier folder overrides one in a later folder."""
        found: dict[str, bytes] = {}
        for folder in reversed(dirs):
            if not folder.is_dir():
                continue
            for path in sorted(folder.rglob("*")):
                rel = path.relative_to(folder).as_posix()
                if not path.is_file() or any(part.startswith(".") for part in rel.split("/")):
                    continue
                if path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
                    self.problems.warning(_where(str(path), rel), "symlink points outside the static folder; not copied")
                    continue
                found[f"static/{rel}"] = path.read_bytes()
        return dict(sorted(found.items()))

    def _fingerprint(self) -> str:
        """A hash of everything rendering depends on except the briefings: templates, static files, config, code."""
        digest = hashlib.sha256()
        for position, folder in enumerate(self.template_dirs):  # not the folder's path: it depends on the working folder
            for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
                if path.is_file():
                    digest.update(f"{position}\0{path.relative_to(folder).as_posix()}\0".encode())
                    digest.update(path.read_bytes())
        for name, data in self.static.items():
            digest.update(f"{name}\0".encode() + data)
        digest.update(json.dumps(asdict(self.config), sort_keys=True, default=str).encode())
        for path in _OWN_CODE:
            digest.update(path.read_bytes())
        return digest.hexdigest()


def _render_text(template: jinja2.Template, context: dict) -> str:
    """`template.render(context)` for a context that holds the globals already.

    Jinja's own render reads the globals into every context through a ChainMap,
    key by key in Python: two thirds of what a render costs before any output.
    """
    jinja_context = template.new_context(context, shared=True)
    try:
        return template.environment.concat(template.root_render_func(jinja_context))
    except Exception:
        template.environment.handle_exception()  # re-raised with the template's lines in the traceback


def _escaping_text(template: jinja2.Template) -> jinja2.Template:
    """The template, its `{{ … }}` output escaped to plain `str` rather than to `Markup`.

    A compiled template calls the `escape` it imports from jinja2.runtime only
    around an output, which is then joined into the page, where a `str` is as
    good as a `Markup`. MarkupSafe 3's `escape` is Python code that builds a
    `Markup` for every value: about half of what rendering a briefing costs.
    The text is the same, character for character; autoescaping, `|e`, `|safe`
    and macros work as before. The template's blocks and macros share its
    namespace, so they are covered too.
    """
    template.root_render_func.__globals__["escape"] = _escape
    return template


def _escape(value) -> str:
    """`str(markupsafe.escape(value))`, without the `Markup` in between."""
    if type(value) is str:  # nearly every value: the check markupsafe makes first
        return _escape_text(value)
    if hasattr(value, "__html__"):
        return str(value.__html__())
    return _escape_text(str(value))


try:
    _escape_text = markupsafe._escape_inner  # MarkupSafe 3: the C code that replaces & < > ' "
except AttributeError:  # MarkupSafe 2: `escape` is C code already
    def _escape_text(text: str) -> str:
        return str(markupsafe.escape(text))


def _finalize(value):
    """Every `{{ … }}` output: None prints as nothing."""
    return "" if value is None else value


def _line(text: str) -> str:
    """Text as one line of plain text, each run of spaces and line breaks a single space: a title or
    a name written over two lines in the YAML reads as one in HTML, and must in plain text too."""
    return " ".join(text.split())


def _wrap(text: str, width: int = 72, indent: str = "") -> str:
    """Plain-text lines of at most `width` characters (a longer word keeps its own line)."""
    return ("\n" + indent).join(_lines(width).findall(_line(text)))


@functools.cache
def _lines(width: int) -> re.Pattern:
    """One line of single-spaced text: as many words as fit in `width`, else one long word."""
    return re.compile(r"[^ ].{0,%d}(?![^ ])|[^ ]+" % (max(int(width), 1) - 1))


def _is_template(name: str) -> bool:
    return name.endswith(TEMPLATE_SUFFIXES) and not name.startswith("static/")


def _where(filename: str | None, name: str) -> str:
    """The template's path as an editor finds it: relative to the working folder when possible."""
    if not filename:
        return f"templates/{name}"
    path = Path(filename)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _template_frame(exc: BaseException, fallback: str | None) -> tuple[str | None, int | None]:
    """The innermost template file and line in a render traceback (Jinja maps frames to template lines)."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if not frame.filename.endswith(".py") and not frame.filename.startswith("<"):
            return frame.filename, frame.lineno
    return fallback, getattr(exc, "lineno", None)


_ERROR_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }}
h1 {{ color: #a4000f; font-size: 1.5rem; }}
ul {{ padding: 0; list-style: none; }}
li {{ margin: 0 0 .5rem; padding: .5rem .75rem; border-left: 4px solid #a4000f; background: #fbeeee; overflow-wrap: anywhere; }}
li.warning {{ border-color: #8a5a00; background: #fdf6e3; }}
code {{ font: 14px/1.4 ui-monospace, monospace; white-space: pre-wrap; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>Fix these and save: the page reloads when the build succeeds.</p>
<ul>
{items}
</ul>
</main>
</body>
</html>
"""
