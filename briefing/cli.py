"""Command line: arguments in, calls to the stages, messages and exit codes out."""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .problems import Problems

if TYPE_CHECKING:  # imported where used: a build needs neither to start
    from .site import Located, Sources

PROGRESS_MINIMUM = 50  # smaller stages finish before a bar would help
COMMANDS = ("build", "extract", "check", "serve", "newsletter")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in COMMANDS and not args[0].startswith("-"):
        print(f"briefing: error: unknown command {args[0]!r} (commands: {', '.join(COMMANDS)})", file=sys.stderr)
        return 2
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version")):
        args.insert(0, "build")
    parser = _parser()
    options = parser.parse_args(args)
    on_main_thread = threading.current_thread() is threading.main_thread()
    if on_main_thread:
        caller_handler = signal.signal(signal.SIGTERM, _terminate)  # CI cancelling a job, `timeout`, `docker stop`
    try:
        return options.run(options)
    except KeyboardInterrupt as stop:
        print(f"interrupted{_what_output_holds(options)}", file=sys.stderr)
        return 143 if isinstance(stop, Terminated) else 130
    except BrokenPipeError:
        raise  # output piped into `head`, say: build.py leaves quietly
    except OSError as exc:  # permissions or the disk, met outside the readers that report their own
        print(f"{_file_shown(exc.filename)}: error: {exc.strerror or exc}; check that it can be read and written",
              file=sys.stderr)
        if options.run is run_build:
            print(f"stopped{_what_output_holds(options)}", file=sys.stderr)
        return 1
    finally:
        if on_main_thread:  # a program calling main() keeps its own SIGTERM behaviour afterwards
            signal.signal(signal.SIGTERM, caller_handler or signal.SIG_DFL)  # None: set outside Python


def _out_shown(options: argparse.Namespace) -> str:
    """The output folder as the user named it: `--out`, else output/."""
    out = getattr(options, "out", None)
    return f"{str(out).rstrip('/')}/" if out else "output/"


def _what_output_holds(options: argparse.Namespace) -> str:
    """What a stopped command left in the output folder, said truthfully: a first build stopped
    early wrote none, and extract writes nothing (it has no site, so nothing is said)."""
    if not hasattr(options, "root"):
        return ""
    out = getattr(options, "out", None) or options.root / "output"
    # Every build switches the folder whole (see write.py): if it is there, it is a complete build.
    if os.path.isdir(out):
        return f"; {_out_shown(options)} still holds the last complete build"
    return f"; no {_out_shown(options)} was written yet"


def _file_shown(filename: object) -> str:
    if not isinstance(filename, (str, bytes, os.PathLike)) or not filename:
        return "briefing"
    path = os.path.abspath(os.fsdecode(filename))
    try:
        relative = os.path.relpath(path)
    except OSError:  # the working folder is gone
        return path
    return path if relative.startswith("..") else relative


class Terminated(KeyboardInterrupt):
    """SIGTERM, met as Ctrl-C is: the build stops cleanly and leaves output/ whole."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Build a static site of news briefings.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build the site into output/ (the default command)")
    build.add_argument("--base-url", help="override site.yaml's base_url, e.g. https://user.github.io/repo/")
    build.add_argument("--out", type=Path, help="output folder (default: output/)")
    build.add_argument("--strict", "-W", action="store_true", help="treat warnings as errors")
    build.add_argument("--root", type=Path, default=Path("."), help=argparse.SUPPRESS)
    build.set_defaults(run=run_build)

    check = commands.add_parser("check", help="validate the YAML, verbatim quotes and evidence, and output/'s links")
    check.add_argument("--strict", "-W", action="store_true", help="treat warnings as errors")
    check.add_argument("--out", type=Path, help="output folder to link-check (default: output/)")
    check.add_argument("--base-url", help="the base URL the output folder was built for (default: the one its last build was for)")
    check.add_argument("--root", type=Path, default=Path("."), help=argparse.SUPPRESS)
    check.set_defaults(run=run_check)

    extract = commands.add_parser("extract", help="print the extraction of articles; writes nothing")
    extract.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt, .md)")
    extract.add_argument("--format", choices=("json", "yaml"), default="yaml",
                         help="yaml (the default): one document per file; json: one line per file (JSON Lines)")
    extract.set_defaults(run=run_extract)

    newsletter = commands.add_parser("newsletter", help="print a briefing's email-safe newsletter HTML")
    newsletter.add_argument("slug", metavar="SLUG", help="the briefing's slug: its YAML's file name, or its folder in output/")
    newsletter.add_argument("--text", action="store_true", help="print the plain-text version instead")
    newsletter.add_argument("--base-url", help="override site.yaml's base_url (links in email must be absolute)")
    newsletter.add_argument("--root", type=Path, default=Path("."), help=argparse.SUPPRESS)
    newsletter.set_defaults(run=run_newsletter)

    serve = commands.add_parser("serve", help="build, serve output/ and rebuild and reload the browser on every save")
    serve.add_argument("--port", type=_port, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1; 0.0.0.0 exposes the preview to your network)")
    serve.add_argument("--open", action="store_true", help="open the preview in a web browser")
    serve.add_argument("--root", type=Path, default=Path("."), help=argparse.SUPPRESS)
    serve.set_defaults(run=run_serve)
    return parser


def _port(value: str) -> int:
    """A TCP port: 1 to 65535. (The server would take 0, or 99999 modulo 65536, as some other port.)"""
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, found {value!r}")
    return int(value)


def print_problems(problems: Problems) -> None:
    for problem in problems.unique():
        print(problem, file=sys.stderr)


def run_extract(options: argparse.Namespace) -> int:
    from .articles import ARTICLE_SUFFIXES, parse_article
    from .site import briefing_from_extraction, extract_many, extractor_failed
    from .store import dump_body, to_mapping

    problems = Problems()
    articles = []
    for name in options.files:
        if not name.lower().endswith(ARTICLE_SUFFIXES):  # as a build skips it: a .docx read as text is noise
            problems.error(name, "not a text article (expected .txt or .md); save it as plain text or Markdown")
            continue
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            problems.error(name, f"cannot read: {exc.strerror}")
            continue
        before = len(problems.errors)
        article = parse_article(data, name, problems)
        if article is not None and len(problems.errors) == before:  # a broken front matter would be ignored
            articles.append(article)
    for article, extraction in zip(articles, extract_many(articles)):
        if isinstance(extraction, str):
            problems.error(article.path, extractor_failed(extraction))
            continue
        briefing = briefing_from_extraction(article, extraction)
        if options.format == "json":
            print(json.dumps({"path": article.path, **to_mapping(briefing)}, ensure_ascii=False))
        else:
            print("---\n" + dump_body(briefing), end="")
    print_problems(problems)
    return 1 if problems.errors else 0


def progress_bar():
    """A one-line bar on an interactive terminal for long stages; nothing in CI or when piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def draw(stage: str, done: int, total: int) -> None:
        if total < PROGRESS_MINIMUM:
            return
        filled = done * 30 // total
        end = "\n" if done == total else ""
        print(f"\r{stage:<10} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return draw


def run_build(options: argparse.Namespace) -> int:
    from .collector import imported, young_collections_only

    with young_collections_only():  # the build's, begun here so that the import of its code is frozen too
        build = imported("briefing.site").build  # with PyYAML
        result = build(options.root, options.out, options.base_url, options.strict, progress_bar())
    for line in result.deletions():
        print(line, file=sys.stderr)
    print_problems(result.problems)
    if result.failed:
        print(result.problems.summary(result.count, result.seconds, "build failed: read"), file=sys.stderr)
        print(f"{_out_shown(options)} was left as it was", file=sys.stderr)
        return 1
    print(result.problems.summary(result.count, result.seconds, "built"))
    return 0


def run_check(options: argparse.Namespace) -> int:
    from .check import check_site

    started = time.perf_counter()
    problems, count = check_site(options.root, options.out, options.base_url)
    if options.strict:
        problems.promote_warnings()
    print_problems(problems)
    seconds = time.perf_counter() - started
    print(problems.summary(count, seconds, "checked"), file=sys.stderr if problems.errors else sys.stdout)
    return 1 if problems.errors else 0


def run_newsletter(options: argparse.Namespace) -> int:
    """Render one briefing's newsletter from its YAML, ready to paste; writes nothing."""
    from .config import example_base_url, load_config
    from .addresses import moved_pages, unique_slugs, warn_of_moved_pages
    from .cache import Cache
    from .site import Located, last_pages, make_renderer, read_sources
    from .store import BRIEFINGS_DIR

    problems = Problems()
    config = load_config(options.root, problems, options.base_url)
    reading = Problems()  # every file's problems: this command reports only the asked briefing's own
    cache = Cache(options.root)
    sources = read_sources(options.root, config, reading, cache)  # read, never written
    # The slugs the build gives the pages (two briefings may ask for one), else the YAML files' names.
    pages = last_pages(cache, options.root / "output")
    located, changed = unique_slugs([Located.of(s) for s in sources.stored if s.outline], pages, options.root, reading)
    # A slug just changed onto one in use is warned of with its page's move, as a build does; the
    # other moves' warnings (aliases to add) are a build's to give, as before.
    held = [move for move in moved_pages(pages, located) if move.item.rel in changed]
    warn_of_moved_pages(held, located, changed, options.root, reading)
    by_slug = {item.briefing.slug: item for item in located}
    # What a shell completes: "output/<slug>/", "site_src/briefings/<slug>.yaml".
    asked = Path(options.slug.rstrip("/")).name.removesuffix(".yaml")
    item = by_slug.get(asked) or next((i for i in located if Path(i.rel).stem == asked), None)
    briefing = sources.briefings.get(item) if item else None
    if item is None:
        broken = sorted({p.path for p in reading.errors if p.path.startswith(BRIEFINGS_DIR)})
        holder = next((rel for rel in broken if asked in _names_of(options.root, rel)), None)
        if holder:
            problems.items += [p for p in reading.errors if p.path == holder]
            problems.error(options.slug, f"the briefing {asked} ({holder}) has errors (above): fix them to print its "
                                         f"newsletter")
        else:
            known = ", ".join(sorted(by_slug)) or "none yet: run `python build.py` first"
            unknown = f"; the slugs of {', '.join(broken)} are unknown until their errors are fixed" if broken else ""
            problems.items += [p for p in reading.errors if p.path in broken]  # with their places: a slug may be there
            problems.error(options.slug, f"no briefing with this slug (known slugs: {known}){unknown}")
    else:
        problems.items += [p for p in reading.items if p.path == item.rel]
        _warn_of_a_changed_article(sources, item, problems, reading)
    # Of the links of a newsletter printed: a command that fails prints none (a --base-url it
    # refused, say, whose error says what to pass).
    if not config.is_absolute and not problems.errors:
        example = example_base_url(config)
        problems.warning(config.base_url_at, f"base_url {config.base_url!r} has no host, so the newsletter's links "
                                             f"are not absolute and reach no page from an email: set base_url to the "
                                             f"site's full address, like {example}, or pass --base-url {example}",
                         *config.base_url_mark)
    files = make_renderer(options.root, config, problems).briefing_files(briefing) if briefing else {}
    print_problems(problems)
    if problems.errors:
        return 1
    name = "newsletter.txt" if options.text else "newsletter.html"
    sys.stdout.write(files[f"{briefing.slug}/{name}"].decode("utf-8"))
    return 0


def _names_of(root: Path, rel: str) -> set[str]:
    """What a briefing YAML that does not load answers to: its file's name, and the slug it gives, if
    that can be read (its errors may be elsewhere in it)."""
    import yaml

    from .schema import value_of
    from .store import node_again

    node = node_again(root, rel)
    slug = value_of(node, "slug") if node is not None else None
    stem = Path(rel).stem
    return {stem, slug.value} if isinstance(slug, yaml.ScalarNode) else {stem}


def _warn_of_a_changed_article(sources: Sources, item: Located, problems: Problems, reading: Problems) -> None:
    """The newsletter is made from the YAML: a writer who changed the article since must hear that
    it is not in the newsletter, as a build says it: at the YAML's source.sha256, or its source.path
    when the article is gone or skipped (emptied, say; with the article's own warning)."""
    from .site import warn_of_an_edited_briefing, warn_of_deleted_articles, warn_of_lost_articles
    from .store import place_of

    lost = Problems()
    warn_of_deleted_articles(sources, lost)
    warn_of_lost_articles(sources, lost)
    if item.briefing.source.path in sources.skipped:
        problems.items += [p for p in reading.items if p.path == item.briefing.source.path]
    problems.items += [p for p in lost.items if p.path == item.rel]
    if (changed := sources.changed_article(item.rel)) is None:
        return
    stored, article = changed
    if stored.generated_by is None:
        warn_of_an_edited_briefing(sources.root, stored, article, problems)
    else:
        problems.warning(item.rel, f"its article {article.path} has changed since the last build, so this newsletter "
                                   f"shows the briefing as it was: run `python build.py` first",
                         **place_of(sources.root, item.rel, stored.outline.source.sha256))


def run_serve(options: argparse.Namespace) -> int:
    from .serve import serve

    return serve(options.root, options.port, options.host, options.open)
