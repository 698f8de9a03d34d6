"""axe-core (in Debian's Chromium, through Playwright) finds no serious or critical violation, in light and dark schemes."""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from render_samples import build_seed_site

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"Chromium is not installed at {CHROMIUM}")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep test output clean
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The built site served over real HTTP on the loopback, so relative links and styles load as published."""
    root = build_seed_site(tmp_path_factory.mktemp("a11y"))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    seed = next(p.parent.name for p in (root / "output").glob("*/index.html") if p.parent.name != "page")
    yield f"http://127.0.0.1:{httpd.server_address[1]}", seed
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["index", "seed", "sample", "nasty"])
def test_no_serious_or_critical_violation(server, browser, which, scheme):
    origin, seed = server
    path = {
        "index": "/output/",
        "seed": f"/output/{seed}/",
        "sample": "/samples/putin-offers-biden-a-call/",
        "nasty": "/samples/nasty/",
    }[which]
    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        response = page.goto(origin + path)
        assert response is not None and response.ok
        assert page.evaluate("getComputedStyle(document.body).margin") == "0px"  # the stylesheet loaded
        results = axe_module.Axe().run(page)
    finally:
        context.close()
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, "\n".join(f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']]}" for v in bad)


@pytest.mark.parametrize("path", ["/output/", "/seed/", "/samples/", "/samples/long-words/", "/samples/long-words/newsletter.html"])
def test_no_page_scrolls_sideways_on_a_phone(server, browser, path):
    """Long words and web addresses wrap: a 320-pixel screen shows the whole width of every page."""
    origin, seed = server
    page = browser.new_page(viewport={"width": 320, "height": 640})
    try:
        response = page.goto(origin + path.replace("/seed/", f"/output/{seed}/"))
        assert response is not None and response.ok
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        page.close()


def test_a_quote_copied_from_a_page_carries_no_permalink_text(server, browser):
    origin, _ = server
    page = browser.new_page()
    try:
        page.goto(origin + "/samples/putin-offers-biden-a-call/")
        copied = page.evaluate("""() => {
            const figure = document.getElementById('quote-i-do-d4e5f6');
            getSelection().selectAllChildren(figure);
            return getSelection().toString();
        }""")
    finally:
        page.close()
    assert "I do." in copied and "Joe Biden" in copied
    assert "#" not in copied and "Link to this quote" not in copied
