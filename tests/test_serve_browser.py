"""The live preview in a real browser: Debian's Chromium, driven by Playwright, follows edits without a manual reload."""
from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from browsers import browser, chromium, needs_chromium  # noqa: F401 (fixtures)
from test_serve import REPO, Served, save, seed_yaml, set_title, wait_for

pytestmark = needs_chromium
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")

SEEN = 5_000  # ms: how soon a save must show in the open page
CONNECTED = "() => window.LiveReload && window.LiveReload.connector && window.LiveReload.connector.protocol >= 7"


@pytest.fixture
def served(site: Path) -> Iterator[Served]:
    server = Served(site)
    yield server
    server.stop()


def open_connected(browser, url: str):
    page = browser.new_page()
    page.goto(url)
    page.wait_for_function(CONNECTED)  # livereload.js has said hello: the next save reaches this page
    return page


def shows(page, text: str) -> None:
    # During a reload there is a moment with no body yet.
    page.wait_for_function("text => document.body && document.body.innerText.includes(text)", arg=text, timeout=SEEN)


def test_the_page_follows_edits_errors_and_fixes(browser, served: Served) -> None:
    seed = seed_yaml(served.root)
    page = open_connected(browser, f"http://127.0.0.1:{served.port}/{seed.stem}/")

    good = set_title(seed, "Seen without reloading by hand")
    shows(page, "Seen without reloading by hand")

    page.wait_for_function(CONNECTED)
    edited = seed.read_text(encoding="utf-8")
    save(seed, edited.replace("title: Seen without reloading by hand", "title: [unclosed", 1))
    shows(page, f"site_src/briefings/{seed.name}:")
    shows(page, "YAML syntax error")

    page.wait_for_function(CONNECTED)  # the error page carries the client too
    save(seed, good)
    page.wait_for_function("() => !document.body.innerText.includes('Build failed')", timeout=SEEN)
    assert page.locator("h1").first.inner_text().strip()
    page.close()


def test_the_reader_keeps_their_place_through_an_error_and_its_fix(browser, served: Served) -> None:
    seed = seed_yaml(served.root)
    page = browser.new_page(viewport={"width": 800, "height": 400})
    page.goto(f"http://127.0.0.1:{served.port}/{seed.stem}/#side-united-states")
    page.wait_for_function(CONNECTED)
    place = page.evaluate("scrollY")
    assert place > 0  # the anchor is below the fold

    good = seed.read_text(encoding="utf-8")
    save(seed, good.replace("title: ", "title: [unclosed ", 1))
    shows(page, "YAML syntax error")
    page.wait_for_function(CONNECTED)
    save(seed, good)
    page.wait_for_function("() => !document.body.innerText.includes('Build failed')", timeout=SEEN)
    page.wait_for_function(f"() => Math.abs(scrollY - {place}) < 2", timeout=SEEN)
    page.close()


def test_a_stylesheet_change_applies_without_reloading_the_page(browser, served: Served) -> None:
    page = open_connected(browser, f"http://127.0.0.1:{served.port}/")
    page.evaluate("() => { window.notReloaded = true; }")
    override = served.root / "site_src" / "templates" / "static" / "style.css"
    override.parent.mkdir(parents=True)
    shutil.copy(REPO / "templates" / "static" / "style.css", override)
    with override.open("a", encoding="utf-8") as css:
        css.write("\nhtml { --live-css-probe: applied; }\n")
    page.wait_for_function(
        "() => getComputedStyle(document.documentElement).getPropertyValue('--live-css-probe').trim() === 'applied'",
        timeout=SEEN,
    )
    assert page.evaluate("() => window.notReloaded === true")
    page.close()


def test_a_page_still_loading_when_a_build_ends_catches_up(browser, served: Served) -> None:
    """The build's reload goes out while the page has not joined yet: it reloads once it joins."""
    seed = seed_yaml(served.root)
    url = f"http://127.0.0.1:{served.port}/{seed.stem}/"
    page = browser.new_page()
    held = []  # livereload.js, kept back until the build is over
    page.route("**/livereload.js*", lambda route: held.append(route))
    page.goto(url, wait_until="domcontentloaded")
    while not held:
        page.wait_for_timeout(50)
    set_title(seed, "Built while the page loaded")
    wait_for(lambda: "Built while the page loaded" in served.page(f"/{seed.stem}/"), "the rebuild")
    assert "Built while the page loaded" not in page.content()
    held[0].continue_()
    shows(page, "Built while the page loaded")
    page.close()


def test_two_tabs_both_follow_two_quick_saves(browser, chromium, served: Served) -> None:
    """Format-on-save writes a file twice in a blink: a tab reloading for the first save can miss the
    second's reload, and the other tab's cookie would hide it. Each tab catches up for itself.

    Headless Chromium here crashes a tab now and then under such a storm of reloads (about one run
    in ten to fifteen), or, rarer, wedges until the watchdog kills it (see `browsers.browser`); the
    test then runs once more, in a Chromium that is alive. A tab left on the old build, the failure
    it is for, fails it at once."""
    seed = seed_yaml(served.root)
    original = seed.read_text(encoding="utf-8")
    try:
        try:
            _follow_double_saves(browser, served, seed)
        except sync_api.Error as exc:
            if "crashed" not in str(exc) and "closed" not in str(exc):
                raise
            _follow_double_saves(chromium.get(), served, seed)
    finally:
        save(seed, original)


def _follow_double_saves(browser, served: Served, seed: Path) -> None:
    context = browser.new_context()
    try:
        tabs = [context.new_page(), context.new_page()]
        tabs[0].goto(f"http://127.0.0.1:{served.port}/")
        tabs[1].goto(f"http://127.0.0.1:{served.port}/{seed.stem}/")
        for trial in range(4):
            for tab in tabs:  # each double save starts from tabs at rest
                tab.wait_for_function(CONNECTED)
            set_title(seed, f"First save {trial}")
            time.sleep(0.15)
            set_title(seed, f"Second save {trial}")
            for tab in tabs:
                shows(tab, f"Second save {trial}")
    finally:
        context.close()


def test_a_warning_about_the_page_is_shown_at_its_foot_until_fixed(browser, served: Served) -> None:
    seed = seed_yaml(served.root)
    page = open_connected(browser, f"http://127.0.0.1:{served.port}/{seed.stem}/")
    assert page.locator("#briefing-warnings").count() == 0
    good = seed.read_text(encoding="utf-8")
    save(seed, good.replace("text: I do.", "text: I do not.", 1))
    shows(page, "1 warning from the last build")
    banner = page.locator("#briefing-warnings")
    assert "quote 'I do not.' is not verbatim" in banner.inner_text()
    assert banner.is_visible()

    page.wait_for_function(CONNECTED)
    save(seed, good)
    page.wait_for_function("() => document.body && !document.getElementById('briefing-warnings')", timeout=SEEN)
    page.close()


def test_a_wedged_chromium_is_killed_not_waited_for(chromium) -> None:
    """What `browsers.browser`'s watchdog does, on a Chromium stopped as a wedged one is: the call
    waiting on it fails once it is killed, and the next test gets a Chromium that is alive."""
    import signal
    import threading

    page = chromium.get().new_page()
    chromium.signal(signal.SIGSTOP)
    threading.Timer(1, chromium.kill).start()
    with pytest.raises(sync_api.Error):
        page.evaluate("1 + 1")
    assert chromium.get().new_page().evaluate("1 + 1") == 2
