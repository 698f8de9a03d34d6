"""Benchmark, not a test: how long from saving a briefing's YAML to the live preview serving the new page.

    python benchmarks/serve_bench.py [--briefings 1000] [--edits 10] [--seed-edits 5] [--dir /dev/shm]

Starts the real `build.py serve` on a synthetic site of hand-written YAML
briefings (no articles, so no extraction), then edits one briefing's title at a
time and polls the page over HTTP until the new title is served. Prints the
median latency; the target is 300 ms for 1,000 briefings. Then does the same on
the shipped seed site (acceptance: under 1 s). A build rewrites a staging copy
of output/, so the numbers depend on the file system: `--dir` picks where the
sites are made (the system's temporary folder by default).
"""
from __future__ import annotations

import argparse
import http.client
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLL_SECONDS = 0.005

SPEAKERS = [("Ana Lima", "Minister of Finance"), ("Tom Berg", "opposition leader"),
            ("Mei Chen", "union spokeswoman"), ("Raj Patel", "economist")]


def briefing_yaml(n: int) -> str:
    """One briefing, written the way an editor would: no generated header, no article behind it."""
    (a, a_role), (b, b_role) = SPEAKERS[n % 4], SPEAKERS[(n + 1) % 4]
    return f"""schema: 1
title: Budget dispute number {n} reaches the chamber
slug: briefing-{n:04d}
date: '2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}'
tags: [budget, story-{n % 20}]
summary:
- text: The government and the opposition clashed over budget plan {n} on Tuesday.
- text: {a} defended the plan, while {b} said it would cut services.
quotes:
- id: q1
  text: This budget keeps the country on a steady course.
  speaker: {a}
  role: {a_role}
  side: government
  key: true
- id: q2
  text: These cuts will be felt in every town.
  speaker: {b}
  role: {b_role}
  side: opposition
  key: true
sides:
- id: government
  label: Government
  members:
  - name: {a}
    role: {a_role}
  positions:
  - text: The plan is prudent.
    quotes: [q1]
- id: opposition
  label: Opposition
  members:
  - name: {b}
    role: {b_role}
  positions:
  - text: The plan cuts services.
    quotes: [q2]
"""


def make_synthetic_site(root: Path, count: int) -> None:
    folder = root / "site_src" / "briefings"
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"briefing-{n:04d}.yaml").write_text(briefing_yaml(n), encoding="utf-8")


def make_seed_site(root: Path) -> None:
    shutil.copytree(REPO / "seeds", root / "seeds")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(port: int, path: str) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        return connection.getresponse().read().decode("utf-8", "replace")
    finally:
        connection.close()


def start(root: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", "--port", str(port)],
                               cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            fetch(port, "/")
            return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start")


def edit_latencies(root: Path, edits: int, pick) -> list[float]:
    """Seconds from each save to the first response carrying the new title."""
    process, port = start(root)
    latencies = []
    try:
        time.sleep(1.0)  # let the first poll settle the files the initial build wrote
        for n in range(edits):
            path = pick(n)
            slug = path.stem
            title = f"Edited title {n} {time.time_ns()}"
            text = re.sub(r"(?m)^title: .*$", f"title: {title}", path.read_text(encoding="utf-8"), count=1)
            saved = time.perf_counter()
            path.write_text(text, encoding="utf-8")
            while title not in fetch(port, f"/{slug}/"):
                if time.perf_counter() - saved > 30:
                    raise SystemExit(f"edit {n} never reached the page")
                time.sleep(POLL_SECONDS)
            latencies.append(time.perf_counter() - saved)
            time.sleep(0.3)  # edits a person makes are apart; keep one from landing inside the previous build
    finally:
        process.terminate()
        process.wait(timeout=30)
    return latencies


def report(name: str, latencies: list[float], target: float) -> None:
    ms = sorted(round(s * 1000) for s in latencies)
    median = statistics.median(latencies) * 1000
    verdict = "meets" if median <= target else "misses"
    print(f"{name}: median {median:.0f} ms over {len(ms)} edits (all: {ms}); {verdict} the {target:.0f} ms target")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--seed-edits", type=int, default=5)
    parser.add_argument("--dir", type=Path, help="make the sites in this folder (default: the temporary folder)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=options.dir) as temporary:
        synthetic = Path(temporary) / "synthetic"
        make_synthetic_site(synthetic, options.briefings)
        folder = synthetic / "site_src" / "briefings"
        step = max(1, options.briefings // max(1, options.edits))
        latencies = edit_latencies(synthetic, options.edits, lambda n: folder / f"briefing-{n * step:04d}.yaml")
        report(f"{options.briefings} briefings", latencies, 300)

        seed = Path(temporary) / "seed"
        make_seed_site(seed)
        latencies = edit_latencies(
            seed, options.seed_edits, lambda n: next((seed / "site_src" / "briefings").glob("*.yaml"))
        )
        report("seed site", latencies, 1000)


if __name__ == "__main__":
    main()
