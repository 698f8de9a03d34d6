#!/usr/bin/env python3
"""Paired A/B of build times: this checkout against another commit, one build at a time.

    python benchmarks/ab_builds.py BASE_COMMIT [--scenario cold|rerender|one_changed] [--pairs 8] [--n 1000]

On a shared machine the speed drifts by a factor of two within minutes, so two
blocks of runs compare the drift, not the code. This alternates the two
versions build by build (ABBA order), each on its own copy of one synthetic
site (benchmarks/synthetic.py), and reports the median of the paired ratios
of wall time and of CPU time (the build's process and its workers). The base
commit is checked out with `git worktree` into a temporary folder.

Scenarios, timed as `python build.py` processes:
  cold         no YAML, no cache, no output/
  rerender     output/ deleted, YAML and cache present
  one_changed  one article edited
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build_bench import clean
from synthetic import make_site

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = {"cold": ("output", ".briefing-cache", "site_src/briefings"), "rerender": ("output",), "one_changed": ()}


def timed_build(code: Path, site: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the build and its workers) of `python build.py` in `site`."""
    before, start = os.times(), time.perf_counter()
    subprocess.run([sys.executable, str(code / "build.py")], cwd=site, check=True, capture_output=True)
    wall, after = time.perf_counter() - start, os.times()
    return wall, (after.children_user + after.children_system) - (before.children_user + before.children_system)


def run_one(code: Path, site: Path, scenario: str, trash: Path, attempt: int) -> tuple[float, float]:
    clean(site, trash, *SCENARIOS[scenario])
    if scenario != "one_changed":
        return timed_build(code, site)
    article = site / "site_src" / "articles" / "article-00000.md"
    original = article.read_text(encoding="utf-8")
    article.write_text(original.replace("traded accusations", f"traded accusations ({attempt})"), encoding="utf-8")
    try:
        return timed_build(code, site)
    finally:
        article.write_text(original, encoding="utf-8")
        timed_build(code, site)  # back to the original, untimed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the commit to compare this checkout with")
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="cold")
    parser.add_argument("--pairs", type=int, default=8)
    parser.add_argument("--n", type=int, default=1000, help="articles in the synthetic site")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-ab-") as tmp:
        work = Path(tmp)
        base = work / "base"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(base), options.base], check=True)
        try:
            versions = {"base": base, "this": REPO}
            sites = {name: make_site(work / f"site-{name}", options.n) for name in versions}
            for name, code in versions.items():  # YAML and cache in place, and the code's first-run costs paid
                timed_build(code, sites[name])
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in versions}
            for attempt in range(options.pairs):
                order = ["base", "this"] if attempt % 2 == 0 else ["this", "base"]
                for name in order:
                    times[name].append(run_one(versions[name], sites[name], options.scenario, work / "trash", attempt))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base)], check=True)
    for name, runs in times.items():
        print(f"{name:5} wall median {statistics.median(w for w, _ in runs):.3f} s, "
              f"CPU median {statistics.median(c for _, c in runs):.3f} s")
    wall = statistics.median(t[0] / b[0] for b, t in zip(times["base"], times["this"]))
    cpu = statistics.median(t[1] / b[1] for b, t in zip(times["base"], times["this"]))
    print(f"{options.scenario}: this / {options.base} = {wall:.3f} wall, {cpu:.3f} CPU "
          f"(median of {options.pairs} paired ratios)")


if __name__ == "__main__":
    main()
