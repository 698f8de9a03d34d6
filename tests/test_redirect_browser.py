"""A briefing's former address, in Debian's Chromium: a newsletter's link to it, anchor and all,
reaches the briefing at its new address, on a site published under a /repo/ subpath."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing.site import build
from browsers import browser, chromium, needs_chromium, serving  # noqa: F401 (fixtures)
from test_build import only_yaml, rename_slug

pytestmark = needs_chromium


@pytest.fixture
def published(site: Path, tmp_path: Path):
    """(origin, former slug): the seed's briefing renamed to putin-call, its old slug kept as an alias,
    built for /repo/ into <web root>/repo and served over real HTTP on the loopback."""
    web_root = tmp_path / "web"
    assert not build(site, out=web_root / "repo", base_url="/repo/").failed
    old = rename_slug(only_yaml(site), "putin-call", aliases=f"[{only_yaml(site).stem}]")
    assert not build(site, out=web_root / "repo", base_url="/repo/").failed
    with serving(web_root) as origin:
        yield origin, old


@pytest.mark.parametrize("anchor", ["#side-russia", "#side-united-states"])
def test_a_link_to_a_side_at_the_old_address_lands_on_that_side(browser, published, anchor):
    origin, old = published
    page = browser.new_page()
    try:
        page.goto(f"{origin}/repo/{old}/{anchor}")
        page.wait_for_url(f"{origin}/repo/putin-call/{anchor}")
        assert page.locator(anchor).is_visible()
        assert page.evaluate("location.hash") == anchor
    finally:
        page.close()


def test_without_script_the_old_address_still_reaches_the_page(browser, published):
    origin, old = published
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{origin}/repo/{old}/")
        page.wait_for_url(f"{origin}/repo/putin-call/")
        assert "Putin" in page.locator("h1").inner_text()
    finally:
        context.close()
