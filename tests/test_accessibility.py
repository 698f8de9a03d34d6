"""axe-core (in Debian's Chromium, through Playwright) finds no serious or critical violation, in light and dark schemes."""
from __future__ import annotations

import pytest

from browsers import browser, chromium, needs_chromium, serving  # noqa: F401 (fixtures)
from render_samples import build_seed_site

pytestmark = needs_chromium
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The built site served over real HTTP on the loopback, so relative links and styles load as published."""
    root = build_seed_site(tmp_path_factory.mktemp("a11y"))
    seed = next(p.parent.name for p in (root / "output").glob("*/index.html") if p.parent.name != "page")
    with serving(root) as origin:
        yield origin, seed


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
