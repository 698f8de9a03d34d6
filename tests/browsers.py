"""What the browser tests share: Debian's Chromium driven by Playwright, and a folder served over real HTTP.

A test module imports `browser` (a fixture) and `needs_chromium` (its mark); the
machines cannot download Playwright's own browsers, and `.ci/run` installs
Debian's.
"""
from __future__ import annotations

import functools
import os
import signal
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-dev-shm-usage"]
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Debian's chromium is not installed at {CHROMIUM} "
                                                                  "(.ci/run installs it)")


# Longer than any browser test takes on a slow machine; see `browser`.
HUNG_AFTER = 180  # seconds


class Chromium:
    """One Chromium for a module's tests, launched again after it died. Its processes carry a
    switch of their own in their command line, so the watchdog can find them."""

    def __init__(self, playwright: object) -> None:
        self.playwright = playwright
        self.browser = None
        self.marker = ""

    def get(self) -> object:
        if self.browser is None or not self.browser.is_connected():
            self.marker = f"--briefing-test-browser={uuid.uuid4().hex}"  # a switch Chromium ignores
            self.browser = self.playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                                           args=[*ARGS, self.marker])
        return self.browser

    def signal(self, signum: int) -> None:
        """Send `signum` to the browser's processes (those of its command line's switch)."""
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                if self.marker.encode() in cmdline.read_bytes().split(b"\0"):
                    os.kill(int(cmdline.parent.name), signum)
            except OSError:  # gone meanwhile
                pass

    def kill(self) -> None:
        self.signal(signal.SIGKILL)


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as playwright:
        launched = Chromium(playwright)
        yield launched
        if launched.browser is not None and launched.browser.is_connected():
            launched.browser.close()


@pytest.fixture
def browser(chromium: Chromium) -> Iterator[object]:
    """The module's Chromium, with a watchdog. Headless Chromium now and then wedges under a storm of
    reloads, and a Playwright call then waits for it forever, whatever its timeout (the driver
    keeps the time, and waits too): killed, the call fails at once, and the next test gets a new one."""
    watchdog = threading.Timer(HUNG_AFTER, chromium.kill)
    watchdog.start()
    try:
        yield chromium.get()
    finally:
        watchdog.cancel()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output clean
        pass


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """`folder` served over real HTTP on the loopback, as a static host serves a site; yields the origin."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
