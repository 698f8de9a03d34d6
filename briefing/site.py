"""The build plan: configuration and sources in, output files out.

`build()` hashes every input and, when nothing changed, replays the last
build's report. Otherwise it reads the articles and the YAML briefings (each
file parsed once, then remembered by content hash), drafts briefings for new
or changed articles on every core, keeps every edit an editor made, renders
only the pages whose inputs changed (in forked workers when there are many),
and swaps the result into `output/` in one step. It holds every briefing's
outline, and a whole briefing only while it renders its page. Any error leaves
`output/` as it was.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .addresses import (asked_slug, given_slug, made_from, moved_pages, named_after_slug, page_addresses,
                        page_records, settle_aliases, unique_slugs, warn_of_moved_pages)
from .articles import (Article, decode, find_article_files, front_matter_place, is_editor_leftover, parse_article,
                       symlink_problem)
from .cache import Cache, Memo, code_digest, read_bytes
from .collector import imported, young_collections_only
from .config import CONFIG_PATH, SiteConfig, load_config, warn_of_no_host
from .extract import EXTRACTOR_VERSION, extract, prepare, prepared, preparing
from .model import Briefing, Extraction, Source, moment_of, slugify
from .parallel import PARALLEL_THRESHOLD, Standby, parallel_map
from .problems import Problem, Problems
from .store import (BRIEFINGS_DIR, HEADER, StoredBriefing, dump, generated_by, keep_ids, load, outline,
                    place_of, read_folder, remove, save, verbatim_places, write_atomically, yaml_key)
from .write import Writer, recover

if TYPE_CHECKING:  # rendering is imported when a build renders, so `extract` starts fast
    from .render import Renderer

BASE_URLS = "base-urls.json"  # in the cache: the base URL each output folder was last built for
MANIFEST = "manifest.json"  # in the cache: what each page of output/ was rendered from
# In the cache: each page's slug history (`addresses.page_records`), which is the site's, whatever
# output folder it was built into: deleting output/ to rebuild it whole must not lose it.
PAGES = "pages.json"
LAST_BUILD = "last-build.json"  # in the cache: the sources and problems of the build that output/ is the result of
# The default templates: the project's templates/ folder, which an installed package carries
# inside it (pyproject.toml maps it to briefing/templates).
_PACKAGE = Path(__file__).resolve().parent
PACKAGE_TEMPLATES = _PACKAGE / "templates" if (_PACKAGE / "templates").is_dir() else _PACKAGE.parent / "templates"
# Reports (stage, done, total) as a long build goes; the CLI draws it as a progress bar.
Progress = Callable[[str, int, int], None]
PARALLEL_PAGES = 64  # below this many pages to render, starting worker processes costs more than it saves
# Drafts the standby extractor makes when there are many: about as many as it makes while this
# process loads the rules (see `draft_all`).
STANDBY_DRAFTS = 24
YAML_WRITERS = 4  # threads writing a first build's YAML files
# The last successful build's articles, and which YAML it kept up to date with each that two name:
# see `Sources.by_article`.
LAST_ARTICLES = "last-articles.json"
NUMBERED = "numbered-slugs.json"  # in the cache: the slugs builds numbered clear of another's (`Sources.numbered`)
MIN_MATCH_WORDS = 6  # a summary sentence that tells an article apart: not a blank line, nor "He left."
# Lost briefings times new articles compared by summary (about 10 µs a pair): a mass rename and
# edit gives new pages, and the lost briefings go as a deleted article's do, rather than a stalled build.
MAX_RENAME_PAIRS = 20_000
# How a Markdown article reads, where a quote must stand: as its page shows it, not as its source.
MARKDOWN_READ = " as its text reads without Markdown's marks (*, _, links' addresses), as on the page"


def _quiet(stage: str, done: int, total: int) -> None:
    pass


@dataclass(frozen=True)
class Located:
    """A briefing's outline (`store.outline`) with the YAML file it lives in and the digest of that file."""

    briefing: Briefing
    rel: str
    digest: str

    @classmethod
    def of(cls, stored: StoredBriefing) -> Located:
        return cls(stored.outline, stored.rel, stored.digest)


class Briefings:
    """Whole briefings by digest: parsed in this build, else from the cache, else read again from their file.

    A build holds every briefing's outline but needs the whole briefing only
    for the pages it renders and the verbatim checks it runs. The cache keeps
    them in shards by the digest's first hex digit, each read on first use:
    render workers given the briefings of a few shards read just those, in
    parallel, and a build that renders one page reads one sixteenth.
    """

    def __init__(self, root: Path, cache: Cache | None):
        self.root = root
        self.parsed: dict[str, Briefing] = {}
        self.shards = {digit: Memo(cache, f"briefings-{digit}.pickle") for digit in "0123456789abcdef"}

    def get(self, item: Located) -> Briefing:
        whole = self.parsed.get(item.digest) or self.shards[item.digest[0]].find(item.digest)
        if whole is None:
            whole = self._read(item)
        settled = item.briefing  # the build may have changed the slug or the aliases the file gives (`unique_slugs`)
        if whole.slug == settled.slug and whole.aliases == settled.aliases:
            return whole
        return replace(whole, slug=settled.slug, aliases=settled.aliases)

    def _read(self, item: Located) -> Briefing:
        """Parse the file again; its problems were reported when its outline was read."""
        try:
            data = (self.root / item.rel).read_bytes()
        except OSError:  # deleted during the build: the next build notices
            return item.briefing
        whole = load(decode(data, item.rel, Problems()), item.rel, Problems()) or item.briefing
        if yaml_key(item.rel, hashlib.sha256(data).hexdigest()) == item.digest:  # not saved again meanwhile
            self.parsed[item.digest] = whole
        return whole

    def save(self, live: set[str]) -> None:
        """Keep the whole briefings of the current YAML files for the next build.

        A shard is written if this build read it, if it is new, or if this
        build parsed enough of its briefings to be worth reading it for. A
        handful are left out, to be parsed again when a build needs them.
        """
        fresh: dict[str, dict[str, Briefing]] = {digit: {} for digit in self.shards}
        for digest, whole in self.parsed.items():
            if digest in live:
                fresh[digest[0]][digest] = whole
        for digit, memo in self.shards.items():
            if memo.loaded or len(fresh[digit]) >= Memo.SAVE_AFTER or (memo.path and not memo.path.exists()):
                for digest, whole in fresh[digit].items():
                    memo.remember(digest, whole)
                memo.save(live)


@dataclass
class Sources:
    """What a build reads besides site.yaml: the articles, and the briefing files (as outlines)."""

    root: Path
    articles: list[Article]
    stored: list[StoredBriefing]
    outlines: Memo
    briefings: Briefings
    cache: Cache | None = None
    skipped: set[str] = field(default_factory=set)  # article files found but not read (empty, binary...)

    def text(self, article: Article) -> str | None:
        """An article's plain text, parsed again from its file if the memo gave the article without it.

        None if the file no longer holds the text this build read: it changed
        during the build, and the next build will see it.
        """
        if article.text is not None:
            return article.text
        try:
            data = (self.root / article.path).read_bytes()
        except OSError:
            return None
        again = parse_article(data, article.path, Problems())
        return again.text if again and again.sha256 == article.sha256 else None

    @cached_property
    def article_paths(self) -> set[str]:
        return {article.path for article in self.articles}

    @cached_property
    def by_article(self) -> dict[str, StoredBriefing]:
        """The valid briefings, by the path of the article each was extracted from.

        Where two YAMLs name one article (an editor's copy of one, say), it is the one `_named` keeps.
        An article moved or renamed keeps its briefing, and so its slug and page: when the path
        a briefing names holds no article, the article with the same text at a new path is it.
        Renamed and edited in one go, it is the one new article that holds most of the summary
        of a briefing whose article the last build read and this one does not find.
        """
        by_path = dict(self._named[0])
        orphans: dict[str, list[StoredBriefing]] = {}  # by the hash of the article each names
        for path, s in by_path.items():
            if path not in self.article_paths:
                orphans.setdefault(s.outline.source.sha256, []).append(s)
        for article in self.articles:
            same = orphans.get(article.sha256) or orphans.get(article.byte_sha256)  # a briefing may record either
            if article.path not in by_path and same:
                by_path[article.path] = same.pop(0)
        new = [article for article in self.articles if article.path not in by_path]
        lost = [s for same in orphans.values() for s in same] if new else []
        # Only an article gone since the last build: one deleted long ago keeps its briefing as it is.
        lost = [s for s in lost if s.outline.source.path in self.last_articles]
        if lost and len(lost) * len(new) <= MAX_RENAME_PAIRS:
            by_path.update(_renamed_and_edited(lost, {article.path: self.text(article) or "" for article in new}))
        return by_path

    @cached_property
    def _named(self) -> tuple[dict[str, StoredBriefing], set[str]]:
        """The valid briefings, by the article path their source.path names, and the paths that
        more than one names (an editor's copy of a YAML, say). Of those, the one the last build
        kept up to date (`last_kept`), so that editing it does not hand its article to the other;
        else the one `_claim` puts first, by a rule a user can follow, never by the order files
        are listed in."""
        by_path: dict[str, StoredBriefing] = {}
        shared: set[str] = set()
        for s in self.stored:
            if s.outline is not None and s.outline.source.path:
                held = by_path.setdefault(s.outline.source.path, s)
                if held is not s:
                    shared.add(s.outline.source.path)
                    if self._claim(s) < self._claim(held):
                        by_path[s.outline.source.path] = s
        return by_path, shared

    @property
    def shared(self) -> set[str]:
        """The article paths that more than one valid YAML's source.path names (`_named`)."""
        return self._named[1]

    def _claim(self, stored: StoredBriefing) -> tuple[bool, bool, bool, str]:
        """How a YAML ranks among those naming one article, first first: the one the last build
        kept up to date with it, then the one named after its slug (whose page holds that slug, see
        `addresses.unique_slugs`), then one nobody edited (the build's own, which it keeps up to
        date silently), then the first by file name."""
        return (self.last_kept.get(stored.outline.source.path) != stored.rel,
                not named_after_slug(stored.rel, stored.outline.slug), stored.generated_by is None, stored.rel)

    def why_kept(self, kept: StoredBriefing, other: StoredBriefing) -> str:
        """Why `kept` ranks before `other` (`_claim`), as a warning tells it."""
        first = next(i for i, (a, b) in enumerate(zip(self._claim(kept), self._claim(other))) if a != b)
        return ("they have so far", "its file is named after its slug", "nobody has edited it",
                "its file's name comes first")[first]

    def changed_article(self, rel: str) -> tuple[StoredBriefing, Article] | None:
        """The briefing in `rel` and its article, if the article changed since the briefing's
        source.sha256 was recorded: a build extracts it again, or, for an edited YAML, proposes the
        extraction."""
        stored, path = next(((s, path) for path, s in self.by_article.items() if s.rel == rel), (None, None))
        article = next((article for article in self.articles if article.path == path), None) if stored else None
        return (stored, article) if article and not article.is_recorded_as(stored.outline.source.sha256) else None

    @cached_property
    def of_deleted_articles(self) -> list[StoredBriefing]:
        """The briefings a build made and nobody edited whose article file was deleted since the
        last build, and that no article took over (a renamed one, say): a build deletes them and
        takes their pages down, as it made them. One whose article was gone before (a site that
        kept such briefings when builds did not delete them), or whose folder is gone, stays,
        with a warning; so does a copy of the YAML whose article moved, which the other follows."""
        orphans = [s for s in self.stored if s.outline and s.generated_by and s.outline.source.path
                   and s.outline.source.path not in self.article_paths and s.outline.source.path in self.last_articles]
        if not orphans:  # nearly every build
            return []
        followed = {s.rel for path, s in self.by_article.items() if path in self.article_paths}
        gone = []
        for s in orphans:
            path = self.root / s.outline.source.path
            holder = self.by_article.get(s.outline.source.path)  # this one, or the copy it is of
            if (s.rel not in followed and holder.rel not in followed and path.parent.is_dir()
                    and not path.exists()):  # a file deleted, not a folder moved
                gone.append(s)
        return gone

    @cached_property
    def _last_build(self) -> dict:
        """The last successful build's record of its articles (`remember_articles`): empty without a
        cache, or where the file holds no such record."""
        record = self.cache.load_json(LAST_ARTICLES) if self.cache else {}
        return record if isinstance(record, dict) else {}

    @cached_property
    def last_articles(self) -> set[str]:
        """The paths of the article files the last successful build found, read or skipped; none
        without a cache."""
        paths = self._last_build.get("paths")
        return {path for path in paths if isinstance(path, str)} if isinstance(paths, list) else set()

    @cached_property
    def last_kept(self) -> dict[str, str]:
        """{article path: the YAML the last successful build kept up to date with it} for each
        article that more than one YAML named then; none without a cache (a fresh checkout)."""
        kept = self._last_build.get("kept")
        return ({path: rel for path, rel in kept.items() if isinstance(rel, str)} if isinstance(kept, dict)
                else {})

    @cached_property
    def numbered(self) -> dict[str, str]:
        """{slug: the slug it was numbered clear of} for each slug a build gave a number
        ('election-2', clear of 'election') while the front matter still asks for what it asked
        then: only such a slug is what the front matter made, once the other briefing is gone
        (`addresses.made_from`). `draft_jobs` drops what the front matter no longer asks for,
        `reconcile` adds what it numbers, and `remember_numbered` keeps it for the next build."""
        return dict(self._numbered_as_recorded)

    @cached_property
    def _numbered_as_recorded(self) -> dict[str, str]:
        """`numbered` as the last build recorded it: read once, to tell whether it changed."""
        return self.cache.load_json(NUMBERED) if self.cache else {}

    def remember_numbered(self, located: list[Located] | None) -> None:
        """Record `numbered` for the next build, if it changed: just for the slugs a briefing of
        `located` has, when given (a build with errors may not have read every briefing)."""
        numbered = self.numbered
        if located is not None:
            slugs = {item.briefing.slug for item in located}
            numbered = {slug: clear_of for slug, clear_of in numbered.items() if slug in slugs}
        if self.cache and numbered != self._numbered_as_recorded:
            self.cache.save_json(NUMBERED, numbered)

    def remember_articles(self) -> None:
        """Record this build's article files for the next build's `last_articles`, and the YAML it
        kept up to date with each article that two name for its `last_kept`, if they changed (an
        edit does not change them, so most builds write nothing). The skipped ones too: an
        article cut down to its headline and then deleted was there at the last build, and its
        briefing goes with it."""
        found = self.article_paths | self.skipped
        named, shared = self._named
        kept = {path: named[path].rel for path in shared}
        if self.cache and (found != self.last_articles or kept != self.last_kept):
            self.cache.save_json(LAST_ARTICLES, {"paths": sorted(found), "kept": kept})


def _renamed_and_edited(lost: list[StoredBriefing], texts: dict[str, str]) -> dict[str, StoredBriefing]:
    """{article path: lost briefing} for each new article that holds more than half of the
    sentences (of MIN_MATCH_WORDS words or more) of exactly one lost briefing's summary, where
    no other new article holds that summary."""
    fits: dict[str, list[StoredBriefing]] = {path: [] for path in texts}
    for s in lost:
        summary = [sentence for sentence in s.outline.summary if len(sentence.split()) >= MIN_MATCH_WORDS]
        holding = [path for path, text in texts.items() if 2 * sum(sentence in text for sentence in summary) > len(summary)]
        if len(holding) == 1:
            fits[holding[0]].append(s)
    return {path: found[0] for path, found in fits.items() if len(found) == 1}


@dataclass
class BuildResult:
    """What a build did and found."""

    problems: Problems
    briefings: list[Briefing] = field(default_factory=list)  # outlines: no quotes or sides
    changed: list[str] = field(default_factory=list)  # output files whose bytes changed
    yaml_paths: dict[str, str] = field(default_factory=dict)  # slug → its YAML, for error pages
    seconds: float = 0.0
    wrote_output: bool = False
    deleted: list[tuple[str, str]] = field(default_factory=list)  # (YAML, its article): see `Sources.of_deleted_articles`
    # The YAML files it wrote or deleted, from the site root, each as the build left it (None: deleted).
    yaml_written: dict[str, os.stat_result | None] = field(default_factory=dict)
    count: int = 0  # briefings in the site (`briefings` is empty when nothing changed since the last build)

    @property
    def failed(self) -> bool:
        return bool(self.problems.errors)

    def deletions(self) -> list[str]:
        """What the build deleted: no problem, but an editor must hear of a file gone from their folder."""
        return [f"{rel}: deleted, and its page taken down, as its article {article} was deleted"
                for rel, article in self.deleted]


def template_dirs(root: Path) -> list[Path]:
    dirs = [root / "site_src" / "templates", root / "templates", PACKAGE_TEMPLATES]
    unique: list[Path] = []
    for d in dirs:
        if d.is_dir() and d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def make_renderer(root: Path, config: SiteConfig, problems: Problems) -> Renderer:
    """The site's templates and static files first, then the defaults: earlier folders win."""
    renderer: type[Renderer] = imported("briefing.render").Renderer  # with Jinja: all their import makes stays
    dirs = template_dirs(root)
    static = [root / "site_src" / "static", *(d / "static" for d in dirs)]
    return renderer(config, dirs, problems, static_dirs=[d for d in static if d.is_dir()],
                    bytecode_dir=Cache(root).path / "templates")


def build(
    root: Path,
    out: Path | None = None,
    base_url: str | None = None,
    strict: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    started = time.perf_counter()
    root = Path(root)
    out_given = out is not None
    out = Path(out) if out else root / "output"
    if out.is_symlink():  # output/ linked to a web root, say: the build replaces the folder it leads to
        out = out.resolve()
    problems = Problems()
    result = BuildResult(problems)
    cache = Cache(root)
    # Most rebuilds extract an article or two, and loading the extractor costs more than
    # extracting one: a standby process loads it while this one reads the sources.
    with cache.locked(), young_collections_only(), Standby(None if prepared() else preparing) as extractor:
        config = load_config(root, problems, base_url)
        refusal = out_refusal(root, config, out)
        if refusal:
            problems.error("--out" if out_given else CONFIG_PATH, refusal)
            result.seconds = time.perf_counter() - started
            return result
        recover(out)  # a switch of output/ that a killed build left half done
        digest, hashes = scan_sources(root, config, out, strict)
        if not problems and _replay(cache, digest, out, result):
            result.seconds = time.perf_counter() - started
            return result
        # From here on output/ may change: the record of an earlier build must not vouch for it
        # once the sources are as they were then (this build may not be recorded: see below).
        cache.forget(LAST_BUILD)
        sources = read_sources(root, config, problems, cache, hashes)
        if not sources.articles and not sources.stored:  # run in the wrong folder, or a new site
            folders = ", ".join(f"{folder}/" for folder in config.articles)
            problems.warning(config.articles[0] if config.articles else CONFIG_PATH,
                             f"no articles found in {folders or 'any folder'}: add .txt or .md files there, "
                             f"or list your folders under 'articles:' in {CONFIG_PATH}")
        jobs = draft_jobs(sources, problems)
        drafts_memo = Memo(cache, "drafts.pickle")
        with draft_all(jobs, drafts_memo, progress or _quiet, extractor) as drafts:
            renderer = make_renderer(root, config, problems)  # while the drafts are made elsewhere
            pages = last_pages(cache, out)
            located, wrote, deleted = reconcile(root, sources, jobs, drafts, drafts_memo, problems, pages, strict)
            result.deleted = [(s.rel, s.outline.source.path) for s in deleted]
            result.yaml_written = {**wrote, **{s.rel: None for s in deleted}}
            located, changed = unique_slugs(located, pages, root, problems)
        moves = moved_pages(pages, located)
        warn_of_moved_pages(moves, located, changed, root, problems)  # of the aliases as written: the advice may add one
        located = settle_aliases(located, root, problems)
        live = {item.digest for item in located}
        sources.outlines.save()
        result.briefings = [item.briefing for item in located]
        result.count = len(located)
        result.yaml_paths = {item.briefing.slug: item.rel for item in located}
        verbatim = Memo(cache, "verbatim.pickle")
        check_verbatim(located, sources, verbatim, problems, "warning")
        verbatim.save()
        warn_of_no_host(config, problems)  # here, not as site.yaml is read: a warning then would stop the replay
        if strict:
            problems.promote_warnings()
        top: list[str] = []
        if problems.errors:
            check_templates(renderer, located, sources.briefings)
        else:
            result.changed, result.wrote_output, top = write_site(
                out, renderer, located, sources.briefings, cache, last_manifest(cache, out), problems, progress or _quiet
            )
            if result.wrote_output:
                _remember_base_url(cache, root, out, config.base_url)
        pages_changed = False
        if not problems.errors:
            kept = {s.rel for s in sources.stored} - {rel for rel, _ in result.deleted}
            records = page_records(pages, located, moves, kept)
            pages_changed = records != pages
            if pages_changed:
                cache.save_json(PAGES, {"pages": records})
        sources.briefings.save(live)
        sources.remember_numbered(None if problems.errors else located)  # as the YAML was written, errors or not
        if not problems.errors:
            sources.remember_articles()
        # A build that wrote or deleted YAML changed its own sources, and one that moved or added a page
        # the advice its slug warnings give (`unique_slugs` reads where the pages were): only the next
        # one can be replayed.
        if (not problems.errors and not result.yaml_written and not pages_changed
                and live <= {s.digest for s in sources.stored}):
            _record(cache, digest, result, top)
    result.seconds = time.perf_counter() - started
    return result


def out_refusal(root: Path, config: SiteConfig, out: Path) -> str | None:
    """Why `out` must not be the output folder, if it must not. A build replaces the whole
    folder with the site, so it must hold no sources and nothing a build did not write."""
    root, out = root.resolve(), out.resolve()
    shown = _folder_shown(out, root)
    if out == root or out in root.parents:
        return f"{shown} holds the site's own files, which a build would replace; choose a folder such as output/"
    for folder in config.articles:
        if out != (root / folder).resolve() and out.is_relative_to((root / folder).resolve()):
            return (f"the article folder {folder!r} holds {shown}, so a build would read its own pages as "
                    f"articles; keep the articles in a folder of their own, such as site_src/articles")
    sources = [root / "site_src", *(root / folder for folder in config.articles), *template_dirs(root), Cache(root).path]
    for source in (s.resolve() for s in sources):
        if out == source or out.is_relative_to(source) or source.is_relative_to(out):
            return (f"{shown} is or overlaps a folder the build reads ({_folder_shown(source, root)}), which a build "
                    f"would replace; choose a folder such as output/")
    if out.exists() and not out.is_dir():
        return f"{shown.rstrip('/')} is a file, not a folder"
    if out.is_dir() and not (out / ".nojekyll").exists():  # every build writes one: this folder is not a build
        stray = next((entry.name for entry in os.scandir(out)), None)
        if stray is not None:
            return (f"{shown} holds files no build wrote (such as {stray}), which a build would delete; "
                    f"choose a new or empty folder, or empty this one first")
    return None


def _remember_base_url(cache: Cache, root: Path, out: Path, base_url: str) -> None:
    built, key = cache.load_json(BASE_URLS), _output_key(root, out)
    if built.get(key) != base_url:
        cache.save_json(BASE_URLS, {**built, key: base_url})


def built_for(cache: Cache, root: Path, out: Path) -> str | None:
    """The base URL that the last build of this output folder was for."""
    return cache.load_json(BASE_URLS).get(_output_key(root, out))


def _output_key(root: Path, out: Path) -> str:
    """An output folder as the cache names it: from the site's root when inside it, so that a
    site moved, or a CI cache restored at another path, still finds it."""
    root, out = root.resolve(), out.resolve()
    return out.relative_to(root).as_posix() if out.is_relative_to(root) else str(out)


def _folder_shown(path: Path, root: Path) -> str:
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) and path != root else str(path)
    return shown if shown.endswith("/") else f"{shown}/"


def scan_sources(root: Path, config: SiteConfig, out: Path, strict: bool) -> tuple[str, dict[str, str]]:
    """(a hash of everything a build reads, the sha256 of each file read by path).

    Everything: the code, the configuration and the file it was read from (a
    key removed after a warning changes no setting, but ends the warning),
    articles, YAML, templates and static files, and files that cannot be read
    (a dangling symlink, reported by the reader that meets it). The readers
    reuse the per-file hashes, so that an unchanged file is read once per build.
    """
    digest = hashlib.sha256(f"{config!r}\0{out.resolve()}\0{strict}\0{code_digest()}".encode())
    try:
        digest.update(read_bytes(root / CONFIG_PATH))
    except OSError:  # no site.yaml: the defaults, which `config` holds
        pass
    hashes: dict[str, str] = {}
    folders = [*(root / f for f in config.articles), root / BRIEFINGS_DIR, *template_dirs(root),
               root / "site_src" / "static"]
    for folder in folders:
        for path in sorted(_files_under(folder)):
            if path.endswith("/"):  # a folder: one named like a briefing is a problem to report again
                digest.update(f"{path}\0".encode())
                continue
            if path not in hashes:
                try:
                    hashes[path] = hashlib.sha256(read_bytes(path)).hexdigest()
                except OSError:  # a dangling symlink, say: the reader that meets it reports it
                    digest.update(f"{path}\0unreadable\0".encode())
                    continue
            digest.update(f"{path}\0{hashes[path]}".encode())
    return digest.hexdigest(), hashes


def _files_under(folder: Path) -> Iterable[str]:
    """The files under `folder`, and the folders, these with a final slash."""
    if folder.is_dir():
        for dirpath, dirnames, filenames in os.walk(folder):
            yield from (os.path.join(dirpath, name, "") for name in dirnames)
            for name in filenames:
                if not name.endswith(".lock"):
                    yield os.path.join(dirpath, name)


def _replay(cache: Cache, digest: str, out: Path, result: BuildResult) -> bool:
    """Nothing changed since the last successful build: report its problems again and stop."""
    last = cache.load_json(LAST_BUILD)
    if last.get("sources") != digest or not out.is_dir():
        return False
    if not set(last["top"]) <= {entry.name for entry in os.scandir(out)}:
        return False  # somebody deleted part of output/
    result.problems.items = [Problem(**p) for p in last["problems"]]
    result.yaml_paths = last["yaml_paths"]
    result.count = last["count"]
    return True


def _record(cache: Cache, digest: str, result: BuildResult, top: list[str]) -> None:
    cache.save_json(LAST_BUILD, {
        "sources": digest,
        "top": top,
        "problems": [asdict(p) for p in result.problems.items],
        "yaml_paths": result.yaml_paths,
        "count": len(result.briefings),
    })


def read_sources(
    root: Path, config: SiteConfig, problems: Problems, cache: Cache | None = None, hashes: dict[str, str] | None = None,
) -> Sources:
    """Everything a build reads besides site.yaml: the articles and the briefing YAMLs, all validated.

    Parsing is remembered by content hash in `cache` (when given), so an
    unchanged file costs one read and one hash, or nothing when `hashes`
    (from `scan_sources`) already holds its hash.
    """
    hashes = hashes or {}
    article_memo = Memo(cache, "articles.pickle")
    articles, skipped = read_articles(root, config, problems, article_memo, hashes)
    article_memo.save()
    briefings = Briefings(root, cache)
    outlines = Memo(cache, "outlines.pickle")
    stored = read_folder(root / BRIEFINGS_DIR, root, problems, outlines, hashes, briefings.parsed)
    return Sources(root, articles, stored, outlines, briefings, cache, skipped)


def read_articles(
    root: Path, config: SiteConfig, problems: Problems, memo: Memo, hashes: dict[str, str]
) -> tuple[list[Article], set[str]]:
    """The articles, each parsed once and then remembered by content hash in `memo`, without its
    text; and the paths of the article files skipped, with a warning (empty, binary...).

    An article parsed in this build keeps its text; one from the memo has None.
    """
    files = find_article_files(root, config.articles, problems)
    whole: dict[str, Article] = {}  # parsed in this build, with their texts, by path

    def remember(article: Article | None) -> Article | None:
        if article is None:
            return None
        whole[article.path] = article
        return replace(article, text=None)

    for key, article, found in memo.parse_missing(files, hashes, _article_key, parse_article):
        memo.remember(key, remember(article), found)
    articles, skipped = [], set()
    for path, rel in files:
        try:
            article, _, _ = memo.get_file(
                path, lambda sha: _article_key(rel, sha),
                lambda data, _key, found: remember(parse_article(data, rel, found)),
                problems, hashes.get(path),
            )
        except OSError as exc:
            problems.error(rel, f"cannot read: {exc.strerror}")
            continue
        if article is not None:
            articles.append(whole.get(rel, article))
        else:
            skipped.add(rel)
    return articles, skipped


def _article_key(rel: str, sha: str | None) -> str:
    return f"{rel}\0{sha}"


def briefing_from_extraction(article: Article, extraction: Extraction, slug: str | None = None) -> Briefing:
    """A briefing for an article: its front matter wins over what extraction guessed."""
    meta = article.meta
    return Briefing(
        title=meta.get("title") or extraction.title,
        slug=slug or _base_slug(article, extraction),
        date=meta.get("date"),
        source=Source(article.path, article.sha256, meta.get("outlet"), meta.get("url")),
        summary=extraction.summary,
        quotes=extraction.quotes,
        sides=extraction.sides,
        author=meta.get("author"),
        tags=list(meta.get("tags") or []),
        updated=meta.get("updated"),
    )


def warn_of_deleted_articles(sources: Sources, problems: Problems) -> None:
    """What the next build does with the briefings whose article was deleted since the last build
    (`Sources.of_deleted_articles`), said before it does it: by `check`, and by `newsletter`, whose
    links would lead to a page the next build takes down."""
    for s in sources.of_deleted_articles:
        problems.warning(s.rel, f"its article {s.outline.source.path} was deleted: the next build deletes this YAML, "
                                "which a build made, and takes its page down")


def warn_of_lost_articles(sources: Sources, problems: Problems) -> None:
    """A warning for each valid briefing whose article is gone (an edited one: a build deletes
    the others), moved while its YAML was edited, or the article of another briefing (a copy made
    as a template for a follow-up, say)."""
    moved = {s.rel: path for path, s in sources.by_article.items() if s.outline.source.path != path}
    followed = {s.rel for s in sources.by_article.values()}
    deleted = {s.rel for s in sources.of_deleted_articles}
    for s in sources.stored:
        source = s.outline.source.path if s.outline and s.rel not in deleted else None
        kept = sources.by_article.get(source) if source else None
        if kept is not None and kept.rel in deleted:  # this build deletes it: nothing follows the article now
            kept = None

        def warn(message: str) -> None:  # at the YAML's source.path, which each warning is about
            problems.warning(s.rel, message, **place_of(sources.root, s.rel, source))

        if kept is not None and kept.rel != s.rel and s.rel not in followed:
            now = f", now {moved[kept.rel]}," if kept.rel in moved else ""
            warn(f"its article {source}{now} is also the article of {kept.rel}, which builds keep up to date with it, "
                 f"as {sources.why_kept(kept, s)}; this one they leave as it is: if it replaces {kept.rel}, delete "
                 f"that; if it is a briefing of its own, set its source.path to its own article, or delete its source")
        elif s.rel in moved and s.generated_by is None:
            warn(f"its article {source} has moved to {moved[s.rel]}: set source.path to {moved[s.rel]} in this "
                 f"YAML, which builds never write once edited")
        elif source and source not in sources.article_paths and s.rel not in moved:
            if source in sources.skipped:
                warn(f"its article {source} is skipped (see its warning), so the briefing is built from the YAML "
                     f"alone until the article has text again")
            else:
                warn(f"its article {source} was not found; the briefing is built from the YAML alone (delete the "
                     f"YAML to take its page down)")


def warn_of_an_edited_briefing(root: Path, stored: StoredBriefing, article: Article, problems: Problems,
                               written: bool = False) -> None:
    """The warning for an edited YAML whose article changed since its source.sha256: a build, `check`
    and `newsletter` give it alike, at that source.sha256. `written`: the build has just written the
    fresh extraction beside it; else the proposal file says where it goes."""
    proposal = proposal_of(stored.path)
    shown = _rel(proposal, root)
    if written:
        fresh = f"the fresh extraction is in {shown}"
    elif _edited(proposal):  # the editor is merging from it: theirs too
        fresh = f"so is {shown}, which you have edited (the fresh extraction goes there once you delete it)"
    else:
        fresh = f"`python build.py` writes the fresh extraction in {shown}"
    problems.warning(stored.rel, f"edited by hand, and its article {article.path} has changed since: your YAML is kept "
                                 f"as it is, and {fresh}; merge what you want from it and delete it, then set "
                                 f"source.sha256 to {article.sha256} to silence this warning",
                     **place_of(root, stored.rel, stored.outline.source.sha256))


def _edited(path: Path) -> bool:
    """Whether the YAML file is there and edited by hand (see `store.generated_by`)."""
    try:
        return generated_by(decode(path.read_bytes(), str(path), Problems())) is None
    except FileNotFoundError:
        return False


def warn_of_stale_proposals(sources: Sources, problems: Problems) -> None:
    """A warning for each `<name>.new.yaml` that builds no longer read, and that would lie there
    for good: beside an edited briefing whose article is again the one its source.sha256 records
    (the article was reverted, or the editor merged and set the hash), or that builds no longer
    keep up to date, as another YAML of its article comes first (`Sources.by_article`; a build
    that ranked them otherwise may have written it)."""
    edited = [(path, s) for path, s in sources.by_article.items() if s.generated_by is None]
    articles = {article.path: article for article in sources.articles} if edited else {}
    stale = [(s, "whose article is again the one its source.sha256 records")
             for path, s in edited if path in articles and not needs_extraction(articles[path], s)]
    if sources.shared:  # nearly always none
        kept = {s.rel for s in sources.by_article.values()}
        for s in sources.stored:  # each edited one left aside, as `warn_of_lost_articles` warns of it
            source = s.outline.source.path if s.outline else None
            if source in sources.shared and s.generated_by is None and s.rel not in kept:
                stale.append((s, f"which builds no longer keep up to date with its article {source} (see its warning)"))
    for s, why in stale:
        proposal = proposal_of(s.path)
        if proposal.is_file():
            problems.warning(_rel(proposal, sources.root),
                             f"a fresh extraction left for {s.rel}, {why}, so builds no longer read this; delete it "
                             "once you have merged what you want from it")


def draft_jobs(sources: Sources, problems: Problems) -> list[tuple[Article, str | None]]:
    """(article, with its text, and its briefing's slug if it has one) for each article to extract.

    An article with no briefing whose text is another article's is a copy (a "Save As", or a
    move done as a copy and a delete): it gets no briefing of its own, so that once the original
    is deleted it takes over the original's briefing, as a renamed article does.
    """
    jobs = []
    holders: dict[str, set[str]] = {}

    def holders_of(name: str) -> set[str]:  # made on first use: only a numbered slug asks
        if not holders:
            holders.update(_holders(sources))
        return holders.get(name, set())

    # The article each content hash is first found in: one with a briefing first.
    first_with = {a.sha256: a for a in reversed(sources.articles) if a.path not in sources.by_article}
    first_with.update({a.sha256: a for a in reversed(sources.articles) if a.path in sources.by_article})
    for article in sources.articles:
        existing = sources.by_article.get(article.path)
        original = first_with[article.sha256]
        if existing is None and original is not article:
            briefing = sources.by_article.get(original.path)
            problems.warning(article.path, f"the same text as {original.path}"
                                           f"{f', whose briefing is {briefing.rel}' if briefing else ''}: a copy gets no "
                                           f"briefing of its own; delete one of the two (once the original is gone, "
                                           f"the copy takes over its briefing)")
            continue
        wanted = article.meta.get("slug")
        slug = existing.outline.slug if existing and existing.outline else None
        if slug in sources.numbered and wanted and asked_slug(wanted) != sources.numbered[slug]:
            del sources.numbered[slug]  # asked for afresh: the number is no longer what it asks for
        if slug and wanted and not made_from(wanted, slug, sources.numbered.get(slug),
                                             lambda name: bool(holders_of(name) - {existing.rel})):
            problems.warning(article.path, f"the front matter asks for slug {wanted!r}, but a briefing keeps its slug "
                                           f"({existing.outline.slug!r}) so that links to its page still work; to move "
                                           f"the page, set the slug in {existing.rel}, with the old one under "
                                           "'aliases:' to send its links on",
                             **front_matter_place(sources.root, article.path, "slug"))
        if needs_extraction(article, existing):
            text = sources.text(article)
            if text is None:
                problems.warning(article.path, "changed during the build; build again to extract it")
            else:
                jobs.append((replace(article, text=text), existing.outline.slug if existing else None))
    return jobs


def _holders(sources: Sources) -> dict[str, set[str]]:
    """The YAML files that hold each name, as their slug, an alias or their file's name."""
    holders: dict[str, set[str]] = {}
    for s in sources.stored:
        for name in (s.stem, *((s.outline.slug, *map(slugify, s.outline.aliases)) if s.outline else ())):
            holders.setdefault(name, set()).add(s.rel)
    return holders


def reconcile(
    root: Path, sources: Sources, jobs: list[tuple[Article, str | None]], drafts: Iterator[Draft], memo: Memo,
    problems: Problems, pages: dict[str, dict], strict: bool = False,
) -> tuple[list[Located], dict[str, os.stat_result | None], list[StoredBriefing]]:
    """Decide, article by article, whether to keep, regenerate or propose a briefing, and write the YAML.

    `drafts` are those of `jobs` (see `draft_all`), in order; `pages`, the last
    build's (`last_pages`), whose addresses a new briefing may not take. Returns every
    valid briefing's outline with the YAML file it lives in, in file order,
    the YAML files it wrote (proposals, `<name>.new.yaml`, too), and the
    briefings it deleted, as their articles were (`Sources.of_deleted_articles`).
    The briefings it writes go, whole, to `sources.briefings`.

    An edited YAML is never written: when its article changes, the fresh
    extraction goes beside it as `<name>.new.yaml`, with a warning.
    """
    folder = root / BRIEFINGS_DIR
    # While any YAML is broken we cannot tell which article it belongs to: write nothing new.
    may_write = not any(p.path.startswith(BRIEFINGS_DIR) for p in problems.errors)
    # An editor may have saved one just now: it is theirs then, and stays.
    deleted = [s for s in sources.of_deleted_articles if may_write and remove(s.path, s.sha256)]
    gone = {s.rel for s in deleted}
    stored = [s for s in sources.stored if s.outline is not None and s.rel not in gone]
    # Who holds each slug a new briefing may not take: a YAML file's name (the file it would be written
    # to), a former slug that redirects (its links must not reach another briefing), an address of a
    # page the last build made that its YAML's slug no longer gives, one it had before that waits for
    # its alias among them (`addresses.page_addresses`), a briefing's slug.
    taken = {s.stem: f"the name of {s.rel}" for s in sources.stored if s.rel not in gone}
    for s in stored:  # the first file to list an alias holds it, as in `settle_aliases`
        for alias in s.outline.aliases:
            taken.setdefault(slugify(alias), f"an alias in {s.rel}")
    for address, rel in page_addresses(pages, {s.rel: s.outline.slug for s in stored}).items():
        taken.setdefault(address, f"an address of the page of {rel}")
    taken.update({s.outline.slug: f"the slug of {s.rel}" for s in stored})
    # Nor for an article with errors (warnings too, when strict makes them errors): its front matter may
    # name the slug it wants, and a slug once written stays.
    broken = {p.path for p in (problems.items if strict else problems.errors)}
    pending: set[str] = set()  # drafts no YAML holds yet (proposals, or not written): worth keeping
    wrote: dict[str, os.stat_result | None] = {}  # the YAML files written, proposals included, as written

    briefings: dict[str, Located] = {}

    def written(path: Path, fresh: Briefing, text: str, as_written: os.stat_result | None) -> None:
        rel = _rel(path, root)
        digest = yaml_key(rel, hashlib.sha256(text.encode("utf-8")).hexdigest())
        briefings[rel] = Located(outline(fresh), rel, digest)
        wrote[rel] = as_written
        # A build's own text, whose header's digest of its body holds: not hashed again (`read_header`).
        body = HEADER.match(text).group(2)
        sources.outlines.remember(digest, (briefings[rel].briefing, EXTRACTOR_VERSION, body))
        sources.briefings.parsed[digest] = fresh

    for s in stored:
        briefings[s.rel] = Located.of(s)
    warn_of_lost_articles(sources, problems)
    warn_of_stale_proposals(sources, problems)

    def propose(article: Article, existing: StoredBriefing, text: str) -> None:
        pending.add(_extraction_key(article))
        proposal = proposal_of(existing.path)
        try:
            before = decode(proposal.read_bytes(), _rel(proposal, root), Problems())
        except FileNotFoundError:
            before = None
        written_now = before is None or generated_by(before) is not None  # else the editor is merging from it
        if written_now and before != text:
            write_atomically(proposal, text)
            wrote[_rel(proposal, root)] = _stat(proposal)
        warn_of_an_edited_briefing(root, existing, article, problems, written_now)

    left_over: dict[str, tuple[Path, Briefing]] | None = None

    def proposal_left(article: Article) -> tuple[Path | None, Briefing | None]:
        """The proposal left for a new article's briefing (`_proposals_left`), if any: only an
        article the last build read can have one, so a new one costs no look."""
        nonlocal left_over
        if article.path not in sources.last_articles:
            return None, None
        if left_over is None:
            left_over = _proposals_left(sources, problems)
        return left_over.get(article.path, (None, None))

    # Each YAML file is written as soon as its draft is in, while the others are still drafted. A build
    # stopped halfway leaves the files written so far: each is whole, and the next build keeps it.
    writes: list[tuple[Article, StoredBriefing | None, Path, Briefing, str, Callable[[], bool]]] = []
    with _saving(len(jobs)) as submit:
        for (article, _), draft in zip(jobs, drafts):
            if draft.failure is not None:
                problems.error(article.path, extractor_failed(draft.failure))
                continue
            if article.path in broken:
                pending.add(_extraction_key(article))
                continue
            existing = sources.by_article.get(article.path)
            if existing is None:
                if not may_write:
                    pending.add(_extraction_key(article))
                    continue
                path, left = proposal_left(article)
                if left and path.stem not in taken and left.slug not in taken and asked_slug(left.slug) == left.slug:
                    slug = left.slug  # its page stays where links point
                else:
                    slug = _new_slug(article, draft.extraction, taken, problems, sources.numbered, sources.root)
                    path = folder / f"{slug}.yaml"
                taken[slug] = f"the slug of {article.path}'s briefing"
                drafted = briefing_from_extraction(article, draft.extraction, slug)
                fresh = _carried(keep_ids(drafted, left), left) if left else drafted
                text = draft.text if slug == draft.slug and fresh is drafted else dump(fresh, EXTRACTOR_VERSION)
                writes.append((article, None, path, fresh, text, submit(path, text, None)))
                continue
            drafted = briefing_from_extraction(article, draft.extraction, existing.outline.slug)
            previous = sources.briefings.get(Located.of(existing))
            fresh = _carried(keep_ids(drafted, previous), previous)
            text = draft.text if fresh is drafted and existing.outline.slug == draft.slug else dump(fresh, EXTRACTOR_VERSION)
            if existing.generated_by is None:
                propose(article, existing, text)
            else:
                writes.append((article, existing, existing.path, fresh, text, submit(existing.path, text, existing.sha256)))
    for article, existing, path, fresh, text, saved in writes:
        done, as_written = saved()
        if done:
            written(path, fresh, text, as_written)
        elif existing is not None:  # the editor saved it during this build: it is theirs now
            propose(article, existing, text)
    memo.save(pending)
    return sorted(briefings.values(), key=lambda located: located.rel), wrote, deleted


def _proposals_left(sources: Sources, problems: Problems) -> dict[str, tuple[Path, Briefing]]:
    """{article: (the YAML file it was written beside, the fresh extraction)} of the proposals
    (`<name>.new.yaml`) an editor may have deleted their `<name>.yaml` to take: each holds the
    slug, aliases and anchors (quote and side ids) that builds kept for links already sent out,
    which a briefing made afresh for its article must keep too. Found by the article each names,
    as a changed headline makes another slug, so another file name. A symlink leading out of the
    site is not read, as no site file is."""
    folder, real_root = sources.root / BRIEFINGS_DIR, sources.root.resolve()
    left: dict[str, tuple[Path, Briefing]] = {}
    names = sorted(name for name in (os.listdir(folder) if folder.is_dir() else ())
                   if name.endswith(".new.yaml") and not is_editor_leftover(name))
    for name in names:
        proposal, rel = folder / name, f"{BRIEFINGS_DIR}/{name}"
        if proposal.is_symlink() and (problem := symlink_problem(str(proposal), real_root)):
            problems.warning(rel, problem)
            continue
        try:
            data = proposal.read_bytes()
        except OSError:  # a folder so named, or gone since
            continue
        found = load(decode(data, rel, Problems()), rel, Problems())  # its problems are the editor's to see in it
        if found is not None and found.source.path:
            left.setdefault(found.source.path, (folder / (name.removesuffix(".new.yaml") + ".yaml"), found))
    return left


def _carried(fresh: Briefing, previous: Briefing) -> Briefing:
    """A fresh extraction with what only an editor writes (aliases, updated) carried from the
    briefing it replaces, or is proposed for: it is to be taken whole."""
    if not previous.aliases and not previous.updated:
        return fresh
    # The later correction's date, the editor's or the article's front matter's.
    updated = max(filter(None, (previous.updated, fresh.updated)), key=moment_of, default=None)
    return replace(fresh, aliases=previous.aliases, updated=updated)


Saved = tuple[bool, "os.stat_result | None"]  # whether it saved, and the file just after


@contextmanager
def _saving(count: int) -> Iterator[Callable[[Path, str, str | None], Callable[[], Saved]]]:
    """`submit(path, text, expected sha256)` runs `store.save`; the call it returns says whether it
    saved, and gives the file's stat just after (the dev server's own write, not an editor's save).

    A first build writes a YAML file per article: those saves go to threads,
    where they overlap the disk's waits and the drafting still going on.
    """
    if count < PARALLEL_THRESHOLD:
        def save_now(path: Path, text: str, expected: str | None) -> Callable[[], Saved]:
            saved = _save(path, text, expected)
            return lambda: saved

        yield save_now
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(YAML_WRITERS) as pool:
        yield lambda path, text, expected: pool.submit(_save, path, text, expected).result


def _save(path: Path, text: str, expected: str | None) -> Saved:
    return (True, _stat(path)) if save(path, text, expected) else (False, None)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def proposal_of(path: Path) -> Path:
    """Where the fresh extraction for the edited briefing in `path` goes: `<name>.new.yaml` beside it."""
    return path.with_name(path.stem + ".new.yaml")


def needs_extraction(article: Article, existing: StoredBriefing | None) -> bool:
    if existing is None:
        return True
    if not article.is_recorded_as(existing.outline.source.sha256):
        return True
    if existing.outline.source.path != article.path:  # moved: a generated YAML follows it, an edited one is told
        return existing.generated_by is not None
    # An untouched YAML from an older extractor is regenerated; an edited one is left alone.
    return existing.generated_by not in (None, EXTRACTOR_VERSION)


@dataclass
class Draft:
    """An article's extraction, with its briefing's YAML as drafted for the slug it was expected to keep."""

    extraction: Extraction | None  # None where the extractor failed on the article: see `failure`
    slug: str
    text: str
    failure: str | None = None


@contextmanager
def draft_all(
    jobs: list[tuple[Article, str | None]], memo: Memo, progress: Progress, extractor: Standby,
) -> Iterator[Iterator[Draft]]:
    """The draft of each (article, slug) job, in order: from the memo when known, else made in parallel.

    The slug is the briefing's if it has one, else None for the slug the
    article asks for (`_base_slug`). The memo keeps only drafts no YAML holds
    yet (see `reconcile`), so it stays small, and is not even read when no
    article needs extracting. A context manager, like `parallel_map`: drafts
    come in as they are made. A few drafts, or the first STANDBY_DRAFTS of
    many, are made by `extractor`, which has been loading the rules meanwhile.
    """
    known = [memo.find(_extraction_key(article)) for article, _ in jobs]
    todo = [job for job, draft in zip(jobs, known) if draft is None]

    def in_order(made: Iterator[Draft]) -> Iterator[Draft]:
        done = 0
        for (article, _), draft in zip(jobs, known):
            if draft is None:
                draft, done = next(made), done + 1
                if draft.failure is None:  # a failure is tried again, by a fixed extractor say
                    memo.remember(_extraction_key(article), draft)
                progress("extracting", done, len(todo))
            yield draft

    if 0 < len(todo) < PARALLEL_THRESHOLD:
        yield in_order(extractor.map(_draft, todo))
        return
    # Many: workers forked from this process draft them, once it has loaded the rules, which they
    # inherit instead of each loading them again. While it loads them, the standby, which prepared
    # as this process read the sources, drafts the first few, if enough are left to share out
    # among the workers (fewer would be drafted here, after the standby's: one core would wait).
    # The workers inherit the end of the pipe the standby's drafts come back through, which does no
    # harm: they never read it, and the standby is stopped when the build ends.
    head = STANDBY_DRAFTS if extractor.running and len(todo) >= STANDBY_DRAFTS + PARALLEL_THRESHOLD else 0
    if not head:
        extractor.close()  # not needed: stopped before any workers fork, so that they do not inherit it
    first = extractor.map(_draft, todo[:head])
    if todo[head:]:
        prepare()
    with parallel_map(_draft, todo[head:], PARALLEL_THRESHOLD) as rest:
        yield in_order(itertools.chain(first, rest))


def _draft(job: tuple[Article, str | None]) -> Draft:
    """Extract, and write the YAML too: both take long, so both run in the workers."""
    article, slug = job
    extraction = _extract_article(article)
    if isinstance(extraction, str):
        return Draft(None, slug or "", "", failure=extraction)
    slug = slug or _base_slug(article, extraction)
    return Draft(extraction, slug, dump(briefing_from_extraction(article, extraction, slug), EXTRACTOR_VERSION))


def extract_many(articles: list[Article]) -> Iterator[Extraction | str]:
    """Each article's extraction (or what failed, see `_extract_article`), in order; on every core
    when there are enough articles to pay for it."""
    with parallel_map(_extract_article, articles, PARALLEL_THRESHOLD) as results:
        yield from results


def _extract_article(article: Article) -> Extraction | str:
    """The article's extraction; or, where the extractor fails on it, what went wrong: that is a bug
    in briefing, reported at the article (`extractor_failed`), and it never stops the other articles."""
    try:
        return extract(article.text, article.headline)
    except Exception as exc:  # any bug at all; Ctrl-C (no Exception) still stops the build
        return f"{type(exc).__name__}: {exc}"


def extractor_failed(failure: str) -> str:
    return (f"the extractor failed on this article ({failure}); this is a bug in briefing: please report it "
            "with the article. Its briefing, if it has one, is left as it was")


def _extraction_key(article: Article) -> str:
    # The path too: a draft's YAML names its article.
    return f"{EXTRACTOR_VERSION}\0{article.path}\0{article.sha256}"


def _base_slug(article: Article, extraction: Extraction) -> str:
    """The slug an article asks for: its front matter's, else its title's."""
    return slugify(article.meta.get("slug") or article.meta.get("title") or extraction.title) or "briefing"


def _new_slug(
    article: Article, extraction: Extraction, taken: dict[str, str], problems: Problems, numbered: dict[str, str],
    root: Path,
) -> str:
    """The slug of a new article's briefing: the one it asks for, made safe and unique (recorded in
    `numbered` when given a number). A warning points at the front matter's slug, else its title,
    if the slug was made of one, and says where to give the page another address: its YAML, as
    the front matter is not read for the slug again."""
    base = _base_slug(article, extraction)
    slug, held, warnings = given_slug(base, article.meta.get("slug") or None, taken)
    if held is not None:
        numbered[slug] = held
        warnings.append(f"slug {held!r} is {taken[held]}; using {slug!r}")
    if warnings:  # the file is read again only for a warning
        # Where `_base_slug` took it from: a headline (no front matter's title) has no place to point at.
        key = next((key for key in ("slug", "title") if article.meta.get(key)), None)
        place = front_matter_place(root, article.path, key) if key else {}
        for message in warnings:
            problems.warning(article.path, f"{message}; its briefing is {BRIEFINGS_DIR}/{slug}.yaml: to give its "
                                           "page another address, set slug there", **place)
    return slug


def last_pages(cache: Cache, out: Path) -> dict[str, dict]:
    """Each page of the last successful build, by slug, as `addresses.page_records` made it. (A
    cache from before builds kept it apart has it in the manifest of `out`.)"""
    found = cache.load_json(PAGES)
    return found["pages"] if "pages" in found else last_manifest(cache, out).get("pages", {})


def last_manifest(cache: Cache, out: Path) -> dict:
    """What the last build rendered into `out`, page by page; empty when `out` is not its result."""
    manifest = cache.load_json(MANIFEST)
    return manifest if manifest.get("out") == str(out.resolve()) and out.is_dir() else {}


def check_verbatim(located: list[Located], sources: Sources, memo: Memo, problems: Problems, level: str) -> None:
    """Every quote and evidence string must stand, letter for letter, in its article.

    The outcome depends on the YAML and the article, so `memo` keeps it by their hashes, and on
    whether builds keep the YAML up to date with the article, which the advice says (`_left_behind`).
    """
    articles = {a.path: a for a in sources.articles}
    for item in located:
        article = articles.get(item.briefing.source.path or "")
        if article is None:
            continue
        behind = _left_behind(item, article, sources)
        key, text = f"{item.digest}\0{article.sha256}\0{level}\0{behind}", None
        if key not in memo.entries and (text := sources.text(article)) is None:
            problems.warning(article.path, "changed during the build; its briefing is checked on the next one")
            continue
        memo.get(
            key, lambda found: _check_verbatim(sources.briefings.get(item), article.path, text, sources.root, item.rel,
                                               found, level, behind),
            problems,
        )


def _left_behind(item: Located, article: Article, sources: Sources) -> tuple[bool, str | None]:
    """Whether `item` is a YAML of `article` that builds leave as it is, another follows it (see
    `Sources.by_article`), made before the article changed, as the `source.sha256` it records says
    (one written by hand without it says nothing of when), so that its quotes go stale; and, when
    it is a copy of that other one, as the command found them (a backup, say), which one: the fix
    for a copy is to delete it, not to mend each quote. A copy is one whose deleting loses nothing:
    with the same body as that other, less the generated header, or, with its slug, never edited
    (a backup of it before builds extracted it again); a follow-up has edits of its own, and so may
    the editor's working YAML when a backup of it comes first by name."""
    kept = sources.by_article.get(article.path)
    recorded = item.briefing.source.sha256
    if kept is None or kept.rel == item.rel or recorded is None or article.is_recorded_as(recorded):
        return False, None
    stored = next(s for s in sources.stored if s.rel == item.rel)
    copy = stored.body_sha256 == kept.body_sha256 or (
        stored.generated_by is not None and stored.outline.slug == kept.outline.slug)
    return True, (kept.rel if copy else None)


def _check_verbatim(
    briefing: Briefing, path: str, text: str, root: Path, rel: str, problems: Problems, level: str,
    behind: tuple[bool, str | None],
) -> None:
    """A problem at each quote and evidence string of `briefing` that `text`, its article's at
    `path`, does not hold; `behind`: whether builds leave the YAML behind the article, and the YAML
    it is a copy of (`_left_behind`)."""
    report = problems.error if level == "error" else problems.warning
    strings = [("quote", q.text) for q in briefing.quotes]
    strings += [("evidence", e) for side in briefing.sides for p in side.positions for e in p.evidence]
    wrong = [(kind, quoted) for kind, quoted in dict.fromkeys(strings) if quoted not in text]  # merged: once a string
    if not wrong:
        return
    places = verbatim_places(root, rel)  # read again only now: the briefing came from the cache, without its places
    stale, copy_of = behind
    exactly = f"copy it exactly from the article{'' if path.endswith('.txt') else MARKDOWN_READ}"
    for kind, quoted in wrong:
        if copy_of is not None:  # where the copy stops matching says nothing: the article changed, not the copy
            advice = (f", which has changed since this copy of {copy_of} was made: if you do not mean to keep this "
                      f"copy, delete it; if you do, {exactly}")
        else:
            since = ", which has changed since this YAML was made" if stale else ""
            advice = f"{since}{_first_difference(quoted, text)}; {exactly}"
        for place in places.get((kind, quoted)) or [{}]:  # each quote holding it, as each merge of it
            report(rel, f"{kind} {_short(quoted)!r} is not verbatim in {path}{advice}", **place)


MIN_SHOWN_MATCH = 8  # characters: a shorter match says nothing of where a string went wrong


def _first_difference(quoted: str, text: str) -> str:
    """Where a string stops matching the article, to point an editor at a straight ' typed for a
    curly ’: after the longest start of it that the article holds (found by halving, as any
    start of a held start is held too)."""
    low, high = 0, len(quoted)  # quoted[:low] is in the text; quoted[:high + 1] is not
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if quoted[:middle] in text else (low, middle - 1)
    if low < MIN_SHOWN_MATCH:
        return ""
    at = text.find(quoted[:low]) + low
    theirs = repr(text[at]) if at < len(text) else "its end"
    return f": it matches up to {_short(quoted[:low][-30:].lstrip(), 30)!r}, then has {quoted[low]!r} where the article has {theirs}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_templates(renderer: Renderer, located: list[Located], briefings: Briefings) -> None:
    """After an error, render what each template makes once, in memory and written nowhere, so that
    the templates' own problems are reported in the same run: the site's pages and one briefing's."""
    renderer.site_files([item.briefing for item in located])
    if located:
        renderer.briefing_files(briefings.get(located[0]))


def write_site(
    out: Path, renderer: Renderer, located: list[Located], briefings: Briefings, cache: Cache, manifest: dict,
    problems: Problems, progress: Progress,
) -> tuple[list[str], bool, list[str]]:
    """Render the pages whose inputs changed and switch `output/` to the result.

    Returns the files whose bytes changed, whether `output/` was written, and
    the top-level names `output/` must hold for the build to count as intact.

    A page's key hashes the templates, static files and configuration
    (`renderer.fingerprint`) with its slug and its YAML's digest: when the key
    is the one in the manifest, the page in `output/` is already right.
    """
    keys = {item.briefing.slug: _page_key(renderer, item) for item in located}
    inputs = hashlib.sha256("\0".join(f"{slug}:{key}" for slug, key in keys.items()).encode()).hexdigest()
    present = {entry.name for entry in os.scandir(out)} if manifest else set()
    if manifest.get("inputs") == inputs and manifest.get("top") and set(manifest["top"]) <= present:
        return [], False, manifest["top"]
    old_pages = manifest.get("pages", {})
    pages = {}
    writer = Writer(out)
    try:
        todo = []
        for item in located:
            slug = item.briefing.slug
            old = old_pages.get(slug)
            if old and old["key"] == keys[slug] and slug in present:
                for name in old["files"]:
                    writer.keep(name)
                pages[slug] = {"key": old["key"], "files": old["files"]}
            else:
                todo.append(item)
        old_keys, index_keys = manifest.get("index_keys", {}), {}

        def reuse(path: str, key: str) -> bool:
            index_keys[path] = key
            return old_keys.get(path) == key and (out / path).is_file()

        with render_pages(renderer, writer, briefings, todo, progress) as rendered:
            site_files = renderer.site_files([item.briefing for item in located], reuse, [item.digest for item in located])
            for name, data in site_files.items():
                if data is None:
                    writer.keep(name)
                else:
                    writer.put(name, data)
            for slug, staged in rendered:
                for name, was_staged in staged.items():
                    writer.record(name, was_staged)
                pages[slug] = {"key": keys[slug], "files": sorted(staged)}
        if problems.errors:
            writer.abandon()
            return [], False, []
        previous = set(manifest.get("site_files", [])).union(*(p["files"] for p in old_pages.values()))
        # Until the new manifest is saved, the old one must not vouch for output/: a build stopped
        # during the switch leaves the next one no manifest, and it renders every page.
        cache.forget(MANIFEST)
        writer.commit(previous if manifest else None)
    except BaseException:
        writer.abandon()
        raise
    top = sorted({name.split("/", 1)[0] for name in writer.files})
    cache.save_json(MANIFEST, {
        "inputs": inputs, "out": str(out.resolve()),
        "pages": dict(sorted(pages.items())), "site_files": sorted(site_files), "index_keys": index_keys, "top": top,
    })
    return writer.changed, True, top


# What forked render workers inherit: (renderer, writer, whole briefings, the items to render). Set only while they run.
_RENDERING: tuple[Renderer, Writer, Briefings, list[Located]] | None = None


@contextmanager
def render_pages(
    renderer: Renderer, writer: Writer, briefings: Briefings, items: list[Located], progress: Progress
) -> Iterator[Iterator[tuple[str, dict[str, bool]]]]:
    """(slug, {output path: staged}) for each item's pages, staged by `writer`; in parallel when many.

    A context manager, like `parallel_map`: the caller can render the index
    pages while the workers render these. The workers inherit the renderer
    and the items (`parallel_map` forks them), so only index ranges go to
    them; each reads the whole briefings it renders and stages its own files.
    The items go out by digest, so that each range needs few of the cache's
    shards (see `Briefings`).
    """
    global _RENDERING
    items = sorted(items, key=lambda item: item.digest)
    _RENDERING = (renderer, writer, briefings, items)
    step = max(1, len(items) // (4 * (os.cpu_count() or 1)))
    ranges = [(start, min(start + step, len(items))) for start in range(0, len(items), step)]
    minimum = 1 if len(items) >= PARALLEL_PAGES else len(ranges) + 1

    def collect(results: Iterator) -> Iterator[tuple[str, dict[str, bool]]]:
        done, found_all = 0, []
        try:
            for pages, found, read in results:
                found_all.extend(found)
                briefings.parsed.update(read)  # for the cache (see `Briefings.save`)
                yield from pages
                done += len(pages)
                progress("rendering", done, len(items))
        finally:
            # The items went out in digest order: report in the order the reader lists the files.
            found_all.sort(key=lambda p: (p.path.split("/"), p.line or 0, p.col or 0))
            renderer.problems.items.extend(found_all)

    try:
        with parallel_map(_render_range, ranges, minimum) as results:
            yield collect(results)
    finally:
        _RENDERING = None


def _render_range(
    bounds: tuple[int, int],
) -> tuple[list[tuple[str, dict[str, bool]]], list[Problem], dict[str, Briefing]]:
    """The pages of some briefings, the problems met rendering them, and the briefings that the
    cache lacked and were parsed again from their files. The pages' files are staged on return."""
    renderer, writer, briefings, items = _RENDERING
    problems, renderer.problems = renderer.problems, Problems()
    known = set(briefings.parsed)
    try:
        pages = []
        for item in items[slice(*bounds)]:
            briefing = briefings.get(item)
            files = renderer.briefing_files(briefing)
            pages.append((briefing.slug, {name: writer.stage(name, data) for name, data in files.items()}))
        read = {digest: whole for digest, whole in briefings.parsed.items() if digest not in known}
        return pages, renderer.problems.items, read
    finally:
        renderer.problems = problems


def _page_key(renderer: Renderer, item: Located) -> str:
    addresses = "\0".join((item.briefing.slug, *item.briefing.aliases))
    return hashlib.sha256(f"{renderer.fingerprint}\0{addresses}\0{item.digest}".encode()).hexdigest()


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
