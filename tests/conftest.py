"""Shared fixtures: a real site folder with the shipped seed, built by the real pipeline."""
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# No test may fail for being slow on a busy machine: Hypothesis's 200 ms deadline per example is off.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_5194b2e46cd9eb77.txt"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh site root holding only the seed article (templates come from the package)."""
    root = tmp_path / "site"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    return root
