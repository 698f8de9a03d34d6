"""Load the lexicon word lists in `lexicon/` once each, as frozen sets; search for listed words in any case."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

LEXICON = Path(__file__).with_name("lexicon")
# The letters that match an ASCII letter only when case is folded ("İ" and "ı" as "i", "ſ" as
# "s", the Kelvin sign as "k"): in a text with one of them, lowercasing is no stand-in for re.I.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@cache
def words(name: str, lower: bool = True) -> frozenset[str]:
    """The entries of lexicon/<name>.txt, less blank lines and `#` comments."""
    entries = set()
    for line in (LEXICON / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(line.lower() if lower else line)
    return frozenset(entries)


def caseless(pattern: str) -> Callable[[str], bool]:
    """A test for `pattern` (written in lowercase) anywhere in a text, ignoring case. The
    lowercased text is searched with a case-sensitive pattern: several times faster than re.I,
    which it keeps for texts with the few letters that only case folding makes ASCII."""
    folded, lowered = re.compile(pattern, re.I), re.compile(pattern)

    def found(text: str) -> bool:
        if FOLDS_TO_ASCII.search(text):
            return bool(folded.search(text))
        return bool(lowered.search(text.lower()))

    return found
