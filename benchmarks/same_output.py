#!/usr/bin/env python3
"""Check that this checkout builds what another commit builds, byte for byte.

    python benchmarks/same_output.py BASE_COMMIT [--n 1000]

A speed-up must change no output. This builds two sites with each version,
the seed site (the checkout's `seeds/` and `site_src/site.yaml`) and a
synthetic one of N articles (benchmarks/synthetic.py): first cold (no YAML,
no cache, no output/), then again with output/ deleted (a re-render from the
YAML and the cache), then once more after one article is edited. After each
build it compares every file of output/, of site_src/briefings/ and of
.briefing-cache/. Each version builds in the same folder, one after the
other, as the cache records absolute paths.

The cache's pickles start with a hash of the code that wrote them, which two
commits with different code never share: a pickle whose bytes differ is
compared again by its value, and reported as differing only if that differs
too. `last-build.json` holds a hash of the sources that names the default
templates by their absolute paths, which differ between the two checkouts:
it is compared without it. The compiled templates (.briefing-cache/templates) are named after the
templates' paths, which differ between the two checkouts, so they are not
compared. Exits 1 if anything differs.
"""
from __future__ import annotations

import argparse
import json
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from synthetic import make_site

REPO = Path(__file__).resolve().parent.parent
COMPARED = ("output", "site_src/briefings", ".briefing-cache")
NOT_COMPARED = (".briefing-cache/templates", ".briefing-cache/lock")
STEPS = ("cold", "rerender", "one_changed")


def seed_site(root: Path) -> Path:
    (root / "site_src").mkdir(parents=True)
    shutil.copy(REPO / "site_src" / "site.yaml", root / "site_src" / "site.yaml")
    shutil.copytree(REPO / "seeds", root / "seeds")
    return root


def prepare(site: Path, step: str) -> None:
    """Set the site up for a step: the sources a build of that kind meets."""
    if step == "cold":
        for name in ("output", ".briefing-cache", "site_src/briefings"):
            shutil.rmtree(site / name, ignore_errors=True)
    elif step == "rerender":
        shutil.rmtree(site / "output", ignore_errors=True)
    else:
        article = min(p for p in (site / "seeds").glob("*.txt")) if (site / "seeds").is_dir() else \
            site / "site_src" / "articles" / "article-00000.md"
        text = article.read_text(encoding="utf-8")
        first, rest = text.split("\n", 1)
        article.write_text(first + "\n" + rest.replace(".", ". Officials said nothing more.", 1), encoding="utf-8")


def files_of(site: Path) -> dict[str, bytes]:
    found = {}
    for folder in COMPARED:
        for path in sorted((site / folder).rglob("*")) if (site / folder).is_dir() else []:
            rel = path.relative_to(site).as_posix()
            if path.is_file() and not rel.startswith(NOT_COMPARED):
                found[rel] = path.read_bytes()
    return found


def differences(base: dict[str, bytes], this: dict[str, bytes]) -> list[str]:
    found = []
    for rel in sorted(base.keys() | this.keys()):
        if rel not in base or rel not in this:
            found.append(f"{rel}: only in {'this checkout' if rel in this else 'the base'}")
        elif base[rel] != this[rel] and _value(rel, base[rel]) != _value(rel, this[rel]):
            found.append(f"{rel}: differs")
    return found


def _value(rel: str, data: bytes) -> object:
    """What a file holds that must be the same: a cache pickle's value, without the hash of the code
    that wrote it; the last build's record, without the hash of its sources; else its bytes."""
    if rel.endswith(".pickle"):
        return pickle.loads(data)[1]
    if rel.endswith("/last-build.json"):
        return {key: value for key, value in json.loads(data).items() if key != "sources"}
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the commit to compare this checkout with")
    parser.add_argument("--n", type=int, default=1000, help="articles in the synthetic site")
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))  # the cache's pickles name this package's classes
    failed = False
    with tempfile.TemporaryDirectory(prefix="briefing-same-") as tmp:
        work = Path(tmp)
        base = work / "base"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(base), options.base], check=True)
        try:
            for name, make in (("seed", seed_site), (f"synthetic-{options.n}", lambda root: make_site(root, options.n))):
                results: dict[str, dict[str, dict[str, bytes]]] = {}
                for version, code in (("base", base), ("this", REPO)):
                    site = make(work / "site")  # the same path for both: the cache records it
                    results[version] = {}
                    for step in STEPS:
                        prepare(site, step)
                        subprocess.run([sys.executable, str(code / "build.py")], cwd=site, check=True, capture_output=True)
                        results[version][step] = files_of(site)
                    shutil.rmtree(site)
                for step in STEPS:
                    found = differences(results["base"][step], results["this"][step])
                    count = len(results["this"][step])
                    print(f"{name}, {step}: {count} files, {'identical' if not found else f'{len(found)} differ'}")
                    for line in found[:20]:
                        print(f"  {line}")
                    failed = failed or bool(found)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base)], check=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
