"""Command line: arguments in, calls to the stages, messages and exit codes out."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .problems import Problems

COMMANDS = ("build", "extract", "check", "serve", "newsletter")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version")):
        args.insert(0, "build")
    parser = _parser()
    options = parser.parse_args(args)
    try:
        return options.run(options)
    except KeyboardInterrupt:
        print("interrupted; output/ still holds the last complete build", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Build a static site of news briefings.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print the extraction of articles; writes nothing")
    extract.add_argument("files", nargs="+", metavar="FILE")
    extract.add_argument("--format", choices=("json", "yaml"), default="yaml")
    extract.set_defaults(run=run_extract)
    return parser


def print_problems(problems: Problems) -> None:
    for problem in problems.items:
        print(problem, file=sys.stderr)


def run_extract(options: argparse.Namespace) -> int:
    from .articles import parse_article
    from .extract import extract
    from .site import briefing_from_extraction
    from .store import dump, to_mapping

    problems = Problems()
    for name in options.files:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            problems.error(name, f"cannot read: {exc.strerror}")
            continue
        article = parse_article(data, name, problems)
        if article is None:
            continue
        briefing = briefing_from_extraction(article, extract(article.text, article.headline))
        if options.format == "json":
            print(json.dumps({"path": name, **to_mapping(briefing)}, ensure_ascii=False))
        else:
            print("---\n" + dump(briefing).split("\n", 1)[1], end="")
    print_problems(problems)
    return 1 if problems.errors else 0
