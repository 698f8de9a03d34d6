"""Live preview: serve `output/` with livereload, rebuild on every saved input, and reload the browser.

One `Preview` holds the state: the folders it watches, the errors of the last
build, and which pages those errors belong to. Everything runs on one event
loop: a poll notices a saved input, `build()` runs to the end (it writes only
what changed), and only then is the browser told to reload, so no request can
see a half-written build and no reload can arrive before the new page.

Ctrl-C or SIGTERM during a build stops the build as it stops `python build.py
build` (`output/` stays the last complete build; see `cli.main`); between
builds, they stop the server once the request it is answering is answered.

While a build fails, `output/` keeps the last good build (the build is
atomic); the broken briefing's page and the index are answered with an error
page naming `path:line:col`, and every other page keeps serving. Fixing the
file rebuilds, and the error page reloads into the real one, at the place the reader had.
"""
from __future__ import annotations

import asyncio
import gc
import ipaddress
import mimetypes
import os
import re
import signal
import sys
import threading
import traceback
import webbrowser
from collections import Counter
from dataclasses import dataclass, field, replace
from html import escape
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

from .articles import is_editor_leftover
from .cli import Terminated
from .config import SiteConfig, load_config
from .extract import prepare as prepare_extraction
from .parallel import stop_signals_held
from .problems import Problem, Problems
from .render import Renderer
from .site import BuildResult, build, template_dirs
from .store import BRIEFINGS_DIR

POLL_MS = 100  # how often inputs are checked; half of it is the average wait before a rebuild starts
# After a rebuild, with no save for this long, a full garbage collection frees what the builds dropped.
COLLECT_AFTER_S = 2.0
# Percent-encoded '.', '/', '\' and NUL: a path that needs them is an attempt to leave output/.
_ENCODED_TRAVERSAL = re.compile(r"%(2e|2f|5c|00)", re.IGNORECASE)
_INDEX_PAGE = re.compile(r"(page/\d+/)?index\.html")
NEWSLETTER = "newsletter.html"  # <slug>/newsletter.html, served as built (see `PreviewHandler._send_as_built`)

Snapshot = dict[str, tuple[int, int, int]]  # path → (mtime_ns, size, inode)


def _unplaced(problem: Problem) -> Problem:
    """The problem wherever it is: what the console compares from one build to the next."""
    return replace(problem, line=None, col=None)


@dataclass
class Preview:
    """The site being previewed: builds it, and decides what each request is answered with."""

    root: Path
    out: Path = field(init=False)
    config: SiteConfig = field(init=False)
    errors: list[Problem] = field(default_factory=list)  # of the last build; empty when it succeeded
    warnings: list[Problem] = field(default_factory=list)  # of the last build, shown on the pages they concern
    error_slugs: set[str] = field(default_factory=set)  # pages those errors belong to
    everywhere: bool = False  # an error in site.yaml, a template or the build itself: every page shows it
    error_html: bytes = b""
    slug_of: dict[str, str] = field(default_factory=dict)  # YAML or article path → slug, from every build so far
    seen: Snapshot = field(default_factory=dict)
    builds: int = 0
    building: bool = False  # a build is running: a signal stops it (see `serve`)
    reloads: int = 0  # reloads sent so far; each HTML response carries the count it was served at
    output_built: bool = False  # output/ was there after the last build
    collect_after_s: float = COLLECT_AFTER_S  # idle time before the full collection (see `collect_when_idle`)
    _collection: object | None = None  # the pending full collection's timeout on the IOLoop
    _reported: Counter[Problem] = field(default_factory=Counter)  # those printed (`_unplaced`), to print only news

    def __post_init__(self) -> None:
        self.out = self.root / "output"
        self.config = load_config(self.root, Problems())

    @property
    def base_path(self) -> str:
        return self.config.base_path

    # -- watching and building

    def watched(self) -> list[Path]:
        """Every folder the build reads: site_src/ (briefings, site.yaml, templates, static), articles, templates."""
        folders = [self.root / "site_src", *template_dirs(self.root)]
        folders += [self.root / folder for folder in self.config.articles]
        return list(dict.fromkeys(folders))

    def poll(self) -> None:
        """Rebuild when any input changed since the last look, then reload the browsers that need it."""
        current = snapshot(self.watched(), self.out)
        output_deleted = self.output_built and not self.out.is_dir()  # by hand: build it again, once
        if current == self.seen and not output_deleted:
            return
        # Taken before the build: a save made while it runs shows up as a change on the next poll.
        self.seen = current
        paths = self.rebuild()
        if paths:
            self.reloads += 1
        for path in paths:
            LiveReloadHandler.reload_waiters(path)
        self.collect_when_idle()

    def collect_when_idle(self) -> None:
        """A full garbage collection, once no save has come for a while after a build.

        A build runs without full collections (`collector.young_collections_only`), and what it
        leaves in reference cycles (its Renderer's Jinja environment and templates, say) is in the
        oldest generation, which only a full collection frees: without one, the server's memory
        would grow with every save. It costs tens of milliseconds, so it runs neither between a
        save and its reload nor once per save: another save puts the pending one off.
        """
        loop = IOLoop.current()
        if self._collection is not None:
            loop.remove_timeout(self._collection)
        self._collection = loop.call_later(self.collect_after_s, self._collect)

    def _collect(self) -> None:
        self._collection = None
        gc.collect()

    def _take_as_seen(self, written: dict[str, os.stat_result | None]) -> None:
        """The YAML files the build itself wrote or deleted are no change to build again for (that
        build would change nothing, and keep the preview busy, on a first build for minutes); one
        an editor saved or deleted since is, as any save made during a build."""
        for rel, as_written in written.items():
            path = str(self.root / rel)
            try:
                now: tuple[int, int, int] | None = identity(os.stat(path))
            except OSError:
                now = None
            if now != (as_written and identity(as_written)):
                continue
            if now is None:
                self.seen.pop(path, None)
            else:
                self.seen[path] = now

    def rebuild(self) -> list[str]:
        """Build once; the paths to announce to the browsers (empty when nothing they show changed)."""
        before = [str(p) for p in self.errors + self.warnings]
        self.building = True
        try:
            result = build(self.root)
        except Exception as exc:  # a bug in a stage must not take the preview down; show it instead
            traceback.print_exc()
            result = BuildResult(Problems([Problem("build", f"internal error: {type(exc).__name__}: {exc}")]))
        finally:
            self.building = False
        self._take_as_seen(result.yaml_written)
        self._reread_config()
        self.builds += 1
        self.output_built = self.out.is_dir()
        self._report(result, fixed=bool(self.errors) and not result.failed, first=self.builds == 1)
        self._learn(result)
        self.errors = result.problems.errors
        self.warnings = [p for p in result.problems.unique() if p.level == "warning"]
        self._place_errors()
        if [str(p) for p in self.errors + self.warnings] != before:
            return ["index.html"]  # an error page or a warning appeared, changed or went: reload whole pages
        if not result.changed:
            return []
        if all(name.endswith(".css") for name in result.changed):
            return result.changed  # livereload.js swaps these stylesheets in place, without reloading
        return ["index.html"]

    def _reread_config(self) -> None:
        """site.yaml may have changed the article folders or base_url; a broken one keeps the last good values."""
        problems = Problems()
        config = load_config(self.root, problems)
        if not problems.errors:
            self.config = config  # else the preview would jump to the default base path and 404 the open page

    def _report(self, result: BuildResult, fixed: bool, first: bool) -> None:
        for line in result.deletions():  # once: the next build has nothing more to delete
            print(line, file=sys.stderr)
        # What this save changed: the whole list of warnings again on each change would bury it. A warning
        # is the same one wherever it now is (a line added above it moves it), and may be there twice.
        # Errors are few and stop the build: each build prints them, with the place the editor needs.
        problems = result.problems.unique()
        unplaced = [_unplaced(problem) for problem in problems]
        before, now = self._reported, Counter(unplaced)
        unprinted = before.copy()
        for problem, key in zip(problems, unplaced):
            if problem.level != "error" and unprinted[key] > 0:
                unprinted[key] -= 1
            else:
                print(problem, file=sys.stderr)
        if result.failed:
            # A failed build stops short of checks (a YAML that does not parse is checked no further): what
            # it did not report may still be there, so none is gone until a build gets through.
            self._reported = before | now
        else:
            if gone := (before - now).total():
                kept = (before & now).total()
                remain = f", {kept} printed before remain{'s' if kept == 1 else ''}" if kept else ""
                print(f"{gone} problem{'s' if gone != 1 else ''} gone since the last build{remain}", file=sys.stderr)
            self._reported = now
        if result.failed:
            serving = "serving the last good build" if self.out.is_dir() else "no build to serve yet: pages show the errors"
            print(f"build failed with {len(result.problems.errors)} error(s); {serving}", file=sys.stderr)
        elif first:
            print(result.problems.summary(result.count, result.seconds, "built"), file=sys.stderr)
        elif fixed:
            print(f"fixed: built in {result.seconds:.2f} s", file=sys.stderr)
        elif result.changed:
            print(f"rebuilt {len(result.changed)} file(s) in {result.seconds:.2f} s", file=sys.stderr)

    def _learn(self, result: BuildResult) -> None:
        for briefing in result.briefings:
            if briefing.source.path:
                self.slug_of[briefing.source.path] = briefing.slug
        for slug, yaml_path in result.yaml_paths.items():
            self.slug_of[yaml_path] = slug

    def _place_errors(self) -> None:
        """Which pages show the error page: the broken briefing's, the index, or every page."""
        places = [self._page_of(problem) for problem in self.errors]
        self.error_slugs = {place for place in places if place}
        self.everywhere = "" in places
        self.error_html = error_page(self.config, self.errors) if self.errors else b""

    def _page_of(self, problem: Problem) -> str | None:
        """The slug of the page a problem is about; "" for every page (site.yaml, templates: every
        page depends on them); None for the index alone (an article with no page yet)."""
        if problem.path in self.slug_of:
            return self.slug_of[problem.path]
        if problem.path.startswith(BRIEFINGS_DIR + "/"):
            # A briefing never built yet: generated YAML files are named after their slug.
            return PurePosixPath(problem.path).name.split(".")[0]
        article_folders = tuple(folder.strip("/") + "/" for folder in self.config.articles)
        return None if problem.path.startswith(article_folders) else ""

    def warnings_for(self, name: str) -> list[Problem]:
        """The last build's warnings about the page `name` (an output path), and the site's own."""
        page = None if _INDEX_PAGE.fullmatch(name) else name.split("/")[0]
        return [w for w in self.warnings if (place := self._page_of(w)) == "" or place == page]

    # -- answering requests

    def error_for(self, name: str) -> bytes | None:
        """The error page when the output file `name` is a page the current errors belong to."""
        if not self.errors or not name.endswith(".html"):
            return None
        # With no build to serve yet, every page shows the errors: its own is not there to show.
        if self.everywhere or not self.output_built or _INDEX_PAGE.fullmatch(name) or name.split("/")[0] in self.error_slugs:
            return self.error_html
        return None


def snapshot(folders: list[Path], out: Path) -> Snapshot:
    """The identity of every input file: a save, an atomic rename or a deletion all change it."""
    found: Snapshot = {}
    pending = [str(folder) for folder in folders]
    skip = str(out)
    while pending:  # os.scandir, not Path.rglob: it runs ten times a second over thousands of files
        folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:  # missing, or deleted while we looked: it shows as gone next time
            continue
        for entry in entries:
            if is_editor_leftover(entry.name) or entry.path == skip:
                continue
            try:
                if entry.is_dir(follow_symlinks=False):  # a symlink loop must not hang the poll
                    pending.append(entry.path)
                    continue
                stat = entry.stat()
            except OSError:
                continue
            found[entry.path] = identity(stat)
    return found


def identity(stat: os.stat_result) -> tuple[int, int, int]:
    """What tells a file's versions apart in a snapshot: a save, an atomic rename or a rewrite."""
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def error_page(config: SiteConfig, problems: list[Problem]) -> bytes:
    # No templates and no static files: the error may be in them, and the error page must still show.
    return Renderer(config, [], Problems(), static_dirs=[]).error_page(problems)


# ---------------------------------------------------------------- HTTP


class PreviewHandler(web.RequestHandler):
    """Files under `output/`, read at request time (the build swaps the folder by rename), and nothing else."""

    def initialize(self, preview: Preview, script: bytes) -> None:
        self.preview = preview
        self.script = script

    def set_default_headers(self) -> None:
        # A reload must fetch the new build, never a copy the browser kept.
        self.set_header("Cache-Control", "no-store")

    def head(self) -> None:
        self.get()  # tornado drops the body of a HEAD response and keeps its Content-Length

    def get(self) -> None:
        try:
            self._answer()
        except OSError:  # a name too long for the file system, say: no such page
            self._not_found()

    def _answer(self) -> None:
        raw = self.request.path
        base = self.preview.base_path
        if raw == RELOADS_PATH:  # outside any base path; no page of a site is named so (slugs hold no "_")
            self.set_header("Cache-Control", "no-store")
            self._refuse(200, str(self.preview.reloads))
            return
        if _ENCODED_TRAVERSAL.search(raw) or "\\" in raw or ".." in raw.split("/"):
            self._refuse(403, "Forbidden: the preview serves only files under output/")
            return
        if not raw.startswith(base):
            if raw in ("/", base.rstrip("/")):
                self.redirect(base)
            else:
                self._outside_base(base, raw)
            return
        name = unquote(raw[len(base):])
        parts = name.split("/")
        if any(part in (".", "..") for part in parts) or "\x00" in name or name.startswith("/"):
            self._refuse(403, "Forbidden: the preview serves only files under output/")
            return
        out = self.preview.out.resolve()
        target = (out / name).resolve()
        if not target.is_relative_to(out):  # a symlink in output/ that leads elsewhere
            self._refuse(403, "Forbidden: the preview serves only files under output/")
            return
        if name == "" or name.endswith("/"):
            name += "index.html"
            target = target / "index.html"
        elif target.is_dir() or name in self.preview.error_slugs:
            self.redirect(raw + "/")  # relative links in the page resolve from the folder
            return
        override = self.preview.error_for(name)
        if override is not None:
            self._send(override, "text/html; charset=utf-8", keeps_place=False)
            return
        try:
            data = target.read_bytes()
        except OSError:
            self._not_found()
            return
        if PurePosixPath(name).name == NEWSLETTER:
            self._send_as_built(data, _content_type(name))
            return
        warnings = self.preview.warnings_for(name) if name.endswith(".html") else []
        self._send(data, _content_type(name), banner=_warnings_banner(warnings))

    def _send(self, data: bytes, content_type: str, keeps_place: bool = True, banner: bytes = b"") -> None:
        if content_type.startswith("text/html"):
            markup = banner
            if b"</head>" not in data:
                markup += self.script  # livereload injects before </head>; a page without one gets it here
            if keeps_place:
                markup += _KEEP_PLACE
            markup += _CATCH_UP.replace(b"SERVED", str(self.preview.reloads).encode())
            data = _inside_body(data, markup)
            self.set_cookie(_reloads_cookie(self.request.host), str(self.preview.reloads),
                            httponly=True, samesite="Strict")
        self.set_header("Content-Type", content_type)
        self.finish(data)

    def _send_as_built(self, data: bytes, content_type: str) -> None:
        """A newsletter as the build wrote it: a writer copies it, source or page, into an email,
        which must carry neither the preview's scripts nor its warnings (it reloads by hand).
        livereload's injector edits only a response's first chunk: sent empty, with the headers."""
        self.set_header("Content-Type", content_type)
        self.set_header("Content-Length", len(data))
        self.flush()
        self.finish(data)

    def _not_found(self) -> None:
        self.set_status(404)
        try:
            data = (self.preview.out / "404.html").read_bytes()
        except OSError:
            data = b"<!doctype html><title>Not found</title><h1>Not found</h1>"
        self._send(data, "text/html; charset=utf-8")

    def _outside_base(self, base: str, raw: str) -> None:
        """A page asked for outside the base path: most likely one open when base_url changed. A
        page, with a link to it under the base path, that reloads like the others: when base_url
        changes back, the tab shows the page again."""
        self.set_status(404)
        # The same page under the base path: asked for under the old one ("/oldrepo/story/") or none.
        rest = unquote(raw).lstrip("/")
        pages = [rest, rest.partition("/")[2].lstrip("/")]  # never an absolute path: only output/ is looked in
        here = next((page for page in pages if page and (self.preview.out / page).exists()), "")
        under = escape(base + here)
        page = (f"<!doctype html><html lang=en><meta charset=utf-8><title>Not found</title>"
                f"<p>This site is served under {escape(base)}: <a href=\"{under}\">{under}</a></p></html>")
        self._send(page.encode("utf-8"), "text/html; charset=utf-8", keeps_place=False)

    def _refuse(self, status: int, message: str) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish(message + "\n")


def _inside_body(page: bytes, markup: bytes) -> bytes:
    """`markup` put into `page` before its last </body>, so that the page's source stays one
    document; at its end if it has none."""
    end = page.lower().rfind(b"</body")
    return page[:end] + markup + page[end:] if end >= 0 else page + markup


def _warnings_banner(warnings: list[Problem]) -> bytes:
    """The warnings about a page, at its foot, in the preview only: what a build printed in the
    terminal ("quote … is not verbatim") is seen where the editor looks. Folded away with a click."""
    if not warnings:
        return b""
    items = "".join(f"<li>{escape(str(w))}</li>" for w in warnings)
    count = f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''}"
    return (f'<details id="briefing-warnings" open role="status" style="position:fixed;left:0;right:0;bottom:0;'
            f'z-index:2147483647;max-height:40vh;overflow:auto;margin:0;padding:.5em 1em;background:#fff4ce;'
            f'color:#222;border-top:3px solid #c98a00;font:14px/1.4 system-ui,sans-serif">'
            f'<summary><strong>{count}</strong> from the last build (shown only in this preview)</summary>'
            f'<ul style="margin:.4em 0;padding-left:1.2em;overflow-wrap:anywhere">{items}</ul></details>').encode()


# A reload puts the reader back where they were, even after the error page, whose own place (the
# top) the browser would restore instead. The error page goes without it: it records no place.
_KEEP_PLACE = b"""<script>(() => {
  const key = "briefing-place:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null && performance.getEntriesByType("navigation")[0]?.type === "reload") {
    history.scrollRestoration = "manual";
    addEventListener("load", () => scrollTo(0, Number(saved)));
  }
  addEventListener("pagehide", () => sessionStorage.setItem(key, String(scrollY)));
})();</script>
"""


# Each page asks, once loaded and again a little later, whether a reload came while it was loading:
# with two tabs open, one can miss a reload (see `_CatchingUp`), and the cookie cannot tell tabs apart.
RELOADS_PATH = "/__briefing_reloads"
_CATCH_UP = b"""<script>(() => {
  let leaving = false;  // a reload already under way (livereload's): do not start another
  addEventListener("beforeunload", () => { leaving = true; });
  const check = () => leaving || fetch("%s", {cache: "no-store"}).then((r) => r.text())
    .then((n) => { if (Number(n) > SERVED && !leaving) { leaving = true; location.reload(); } }).catch(() => {});
  addEventListener("load", () => { check(); setTimeout(check, 1500); });
})();</script>
""" % RELOADS_PATH.encode()


def _reloads_cookie(host: str) -> str:
    """The cookie that says which reloads a page has had. Cookies ignore the port: its name
    carries it, so that two previews on one machine keep their counts apart."""
    port = host.rpartition(":")[2]  # "127.0.0.1:8000", "[::1]:8000"; "localhost" has none
    return f"briefing-reloads-{port if port.isdigit() else 80}"


class _CatchingUp(set):
    """livereload's set of pages to tell of reloads (`LiveReloadHandler.waiters`), which also
    reloads a page that joins late.

    A page joins once its script has loaded and its websocket has connected. A build that
    ends in between sends its reload before the page listens, and the page would show the old
    build until the next save. A page whose cookie says it was served before the last reload
    is reloaded as it joins. (Two tabs loading at once share the cookie: the later one's count
    can hide the earlier one's miss; each page also asks for itself, see `_CATCH_UP`.)
    """

    def __init__(self, preview: Preview):
        super().__init__()
        self.preview = preview

    def add(self, waiter: LiveReloadHandler) -> None:
        super().add(waiter)
        served = waiter.get_cookie(_reloads_cookie(waiter.request.host), "")
        if served.isdigit() and int(served) < self.preview.reloads:
            waiter.send_message({"command": "reload", "path": "index.html", "liveCSS": True, "liveImg": True})


def _content_type(name: str) -> str:
    guessed, _ = mimetypes.guess_type(name)
    guessed = guessed or "application/octet-stream"
    if guessed.startswith("text/") or guessed in ("application/json", "application/xml", "application/javascript"):
        guessed += "; charset=utf-8"
    return guessed


class _Server(Server):
    """livereload's server (its websocket, client script and script injection) with our file handler."""

    def __init__(self, preview: Preview):
        # livereload's own watcher is never started: its 800 ms poll and its 3 s reload throttle
        # would drop quick successive saves. `Preview.poll` watches instead.
        super().__init__(watcher=Watcher())
        self.preview = preview

    def get_web_handlers(self, script: bytes) -> list:
        return [(r"/.*", PreviewHandler, {"preview": self.preview, "script": script})]


# ---------------------------------------------------------------- running


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(root: Path, port: int = 8000, host: str = "127.0.0.1", open_browser: bool = False) -> int:
    """Build, serve until Ctrl-C, and return the exit code."""
    if not is_loopback(host):
        print(f"warning: serving on {host}: anyone who can reach this machine can read the preview",
              file=sys.stderr)
    # Loaded here once, the rules extract an edited article at once on every rebuild; left
    # unloaded, every build would fork a standby to load them again (see `parallel.Standby`).
    prepare_extraction()
    preview = Preview(Path(root))
    LiveReloadHandler.waiters = _CatchingUp(preview)  # livereload reads its settings from the class, as here
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    # Listen before the first build, which can take minutes on a big site: a port in use is
    # reported at once. A browser that connects meanwhile waits for the loop, after the build.
    try:
        _Server(preview).application(port, host, live_css=True)
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        loop.close()
        return 1
    preview.seen = snapshot(preview.watched(), preview.out)

    def stop(signum: int, frame: object) -> None:
        if preview.building:  # stop it as `build` stops: cli.main says what output/ holds
            raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt
        loop.call_soon_threadsafe(loop.stop)  # between callbacks: no request is cut off halfway

    before = {signum: signal.signal(signum, stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        preview.rebuild()
        preview.collect_when_idle()
        PeriodicCallback(preview.poll, POLL_MS).start()
        shown = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # a browser cannot open the wildcard
        url = f"http://{f'[{shown}]' if ':' in shown else shown}:{port}{preview.base_path}"
        print(f"serving {url} (Ctrl-C to stop)", file=sys.stderr)
        if open_browser:
            with stop_signals_held():  # which the thread inherits: Ctrl-C must reach this one, held or not
                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        IOLoop.current().start()
    finally:
        IOLoop.current().close(all_fds=True)
        for signum, handler in before.items():  # `stop` needs the loop just closed
            signal.signal(signum, handler)
    print("stopped", file=sys.stderr)
    return 0
