#!/usr/bin/env python3
"""Build benchmark: our build against the naive reference pipeline, on a synthetic site.

    python benchmarks/build_bench.py --n 1000 [--n 10000] [--repeat 3]

For each size it generates a site (benchmarks/synthetic.py) and times, median
of --repeat runs, each in a fresh Python process:
  reference   read each Markdown file, render it with markdown-it and Jinja, write it (no extraction)
  cold        no YAML, no cache, no output/: extraction included
  rerender    output/ deleted, YAML and cache present
  noop        nothing changed
  one_changed one article edited; the whole `python build.py` process timed
The reference's timer starts once its libraries (Jinja, markdown-it) are
imported; so do those of cold, rerender and noop (Jinja, markdown-it and
PyYAML), and they time the import of our own package, as the reference's
pipeline code is in its timed loop. one_changed includes everything: the
interpreter's start and every import.

Also reported: the peak memory (max RSS) of the cold build, its main process
and its largest worker (forked workers share most of their pages with the
main process). Every figure is also given as a ratio to the reference, with
the issue's target beside it. The reference runs again before the cold build,
before the re-render (the no-op follows it) and before the one-article build,
and each ratio is the median, over the repeats, of a build's time over the
reference run just before it: these machines' speed drifts within minutes, so
a ratio to a reference timed minutes earlier would measure the drift too. The
seconds shown are medians of each figure's runs.

Folders the scenarios delete are moved aside and deleted only after the last
measurement of the last size. On a file system without a journal (like these machines' ext4),
the kernel slows every file creation for minutes after a large deletion
(`recently_deleted` in ext4's inode allocator), which would bill the
benchmark's own clean-up to whichever build ran next.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import make_site  # noqa: E402

TARGETS = {"cold": 3.0, "rerender": 1.0, "noop": 0.25, "one_changed": 0.35}
PEAK_MB = {1000: 250, 10000: 1024}

REFERENCE = r"""
import sys, time, resource
from pathlib import Path
import jinja2
from markdown_it import MarkdownIt
root, out = Path(sys.argv[1]), Path(sys.argv[2])
md = MarkdownIt("commonmark")
page = jinja2.Environment(autoescape=True).from_string(
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>{{ title }}</title>"
    "<link rel=stylesheet href=/style.css></head><body><main><h1>{{ title }}</h1>{{ body|safe }}</main></body></html>")
start = time.perf_counter()
for path in sorted((root / "site_src" / "articles").glob("*.md")):
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    title = front.split("title: ", 1)[1].split("\n", 1)[0]
    target = out / path.stem / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page.render(title=title, body=md.render(body)), encoding="utf-8")
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

# Timed like the reference (see the module's docstring): after the libraries' imports, with our own package's.
OURS = r"""
import sys, time, resource
from pathlib import Path
import jinja2, markdown_it, yaml
start = time.perf_counter()
from briefing.site import build
result = build(Path(sys.argv[1]))
assert not result.failed, [str(p) for p in result.problems.errors][:5]
peaks = [resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(time.perf_counter() - start, *peaks)
"""


def run_child(code: str, *args: str, cwd: Path) -> tuple[float, list[float]]:
    """(seconds measured inside the child, its peak RSS in MB [and its largest worker's])."""
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    if done.returncode:
        sys.exit(done.stderr[-2000:])
    seconds, *peaks_kb = done.stdout.splitlines()[-1].split()
    return float(seconds), [float(kb) / 1024 for kb in peaks_kb]


def run_whole(cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(REPO / "build.py")], cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        sys.exit(done.stderr[-2000:])
    return time.perf_counter() - start


def clean(site: Path, trash: Path, *names: str) -> None:
    """Delete these folders, as far as the next build can tell: they are moved into `trash` (see above)."""
    trash.mkdir(exist_ok=True)
    for name in names:
        if (site / name).exists():
            (site / name).rename(trash / f"{len(list(trash.iterdir()))}")


def measure(n: int, repeat: int, workdir: Path) -> dict:
    site = make_site(workdir / f"site-{n}", n)
    figures: dict[str, list[float]] = {k: [] for k in ("reference", *TARGETS)}
    paired: dict[str, list[float]] = {k: [] for k in TARGETS}  # each build over the reference run just before it
    peak, worker_peak = 0.0, 0.0
    trash = workdir / "trash"
    article = site / "site_src" / "articles" / "article-00000.md"
    original = article.read_text(encoding="utf-8")

    def reference() -> float:
        clean(workdir, trash, "reference-out")
        seconds = run_child(REFERENCE, str(site), str(workdir / "reference-out"), cwd=site)[0]
        figures["reference"].append(seconds)
        return seconds

    def record(key: str, seconds: float, against: float) -> None:
        figures[key].append(seconds)
        paired[key].append(seconds / against)

    for attempt in range(repeat):
        against = reference()
        clean(site, trash, "output", ".briefing-cache", "site_src/briefings")
        seconds, (rss, worker_rss) = run_child(OURS, str(site), cwd=site)
        record("cold", seconds, against)
        peak, worker_peak = max(peak, rss), max(worker_peak, worker_rss)

        against = reference()
        clean(site, trash, "output")
        record("rerender", run_child(OURS, str(site), cwd=site)[0], against)
        record("noop", run_child(OURS, str(site), cwd=site)[0], against)

        against = reference()
        article.write_text(original.replace("traded accusations", f"traded accusations ({attempt})"), encoding="utf-8")
        record("one_changed", run_whole(site), against)
        article.write_text(original, encoding="utf-8")
    medians = {k: statistics.median(v) for k, v in figures.items()}
    return {"n": n, "seconds": medians, "peak_mb": peak, "worker_peak_mb": worker_peak,
            "ratios": {k: statistics.median(v) for k, v in paired.items()}}


def report(result: dict) -> list[str]:
    n, ref = result["n"], result["seconds"]["reference"]
    lines = [f"== {n} articles: reference pipeline {ref:.3f} s (ratios: to the reference run just before each build)"]
    for key, target in TARGETS.items():
        ratio = result["ratios"][key]
        verdict = "ok" if ratio <= target else "MISSES"
        lines.append(f"   {key:<12} {result['seconds'][key]:7.3f} s  {ratio:5.2f}x reference  (target <= {target}x: {verdict})")
    limit, peak = PEAK_MB.get(n), max(result["peak_mb"], result["worker_peak_mb"])
    verdict = "" if limit is None else f"  (target <= {limit} MB: {'ok' if peak <= limit else 'MISSES'})"
    lines.append(f"   peak memory  {result['peak_mb']:7.1f} MB{verdict}; largest worker {result['worker_peak_mb']:.1f} MB")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, action="append", help="site sizes (repeatable; default 1000)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    sizes = options.n or [1000]
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        results = [measure(n, options.repeat, Path(tmp)) for n in sizes]
    if options.json:
        print(json.dumps(results, indent=1))
        return
    for result in results:
        print("\n".join(report(result)))
    if len(results) > 1:
        small, large = results[0], results[-1]
        growth = large["n"] / small["n"]
        print(f"== growth from {small['n']} to {large['n']} articles (target <= {1.1 * growth:.0f}x, i.e. linear)")
        for key in ("reference", *TARGETS):
            factor = large["seconds"][key] / small["seconds"][key]
            # The reference has no target: its growth tells how much the machine moved within the run.
            verdict = "the machine's own" if key == "reference" else "ok" if factor <= 1.1 * growth else "MISSES"
            print(f"   {key:<12} {factor:6.1f}x  ({verdict})")


if __name__ == "__main__":
    main()
