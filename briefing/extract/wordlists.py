"""Load the lexicon word lists in `lexicon/` once each, as frozen sets."""
from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicon")


@cache
def words(name: str, lower: bool = True) -> frozenset[str]:
    """The entries of lexicon/<name>.txt, less blank lines and `#` comments."""
    entries = set()
    for line in (LEXICON / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(line.lower() if lower else line)
    return frozenset(entries)
