"""Look up the places, institutions and parties that sides are named after (lexicon/ tables).

Each file in `lexicon/` is a `|`-separated table with `#` comment lines; the loaders turn
them into lookups keyed by the surface form an article would use.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

LEXICON = Path(__file__).with_name("lexicon")


class Institution(NamedTuple):
    name: str
    country: str
    branch: str  # executive | legislature | judiciary | agency | international


@cache  # countries.txt is read for names with demonyms and without
def _rows(name: str) -> list[list[str]]:
    rows = []
    with open(f"{LEXICON}/{name}.txt", encoding="utf-8") as file:  # plain `open`: cheaper than a Path's methods
        lines = file.read().splitlines()
    for line in lines:
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("|")])
    return rows


def _cells(cell: str) -> list[str]:
    return [c.strip() for c in cell.split(";") if c.strip()]


@cache
def country_names() -> dict[str, str]:
    """Every name and demonym of a country ("Russia", "Russian Federation", "Russians") -> label."""
    names: dict[str, str] = {}
    for _code, label, others, demonyms in _rows("countries"):
        for name in [label, *_cells(others), *_cells(demonyms)]:
            names.setdefault(name, label)
    return names


@cache
def country_proper_names() -> dict[str, str]:
    """The names of countries, without demonyms ("Russia", "Russian Federation") -> label."""
    names: dict[str, str] = {}
    for _code, label, others, _demonyms in _rows("countries"):
        for name in [label, *_cells(others)]:
            names.setdefault(name, label)
    return names


@cache
def institutions() -> dict[str, Institution]:
    return {name: Institution(name, country, branch) for name, country, branch in _rows("institutions")}


@cache
def party_words() -> dict[str, tuple[str, str | None]]:
    """A party marker ("Democrat", "R", "G.O.P.") -> (party label, country label, None where many
    countries have such a party)."""
    words: dict[str, tuple[str, str | None]] = {}
    for label, country, markers in _rows("parties"):
        for word in _cells(markers):
            words[word] = (label, country or None)
    return words


@cache
def party_phrases() -> tuple[tuple[str, str], ...]:
    """The party markers of several words ("Social Democrats"), longest first, with their party labels."""
    return tuple(sorted(((marker, label) for marker, (label, _) in party_words().items() if " " in marker),
                        key=lambda pair: -len(pair[0])))


@cache
def us_states() -> frozenset[str]:
    """U.S. state names, AP abbreviations and postal codes ("California", "Calif.", "CA")."""
    return frozenset(cell for row in _rows("us_states") for cell in row)
