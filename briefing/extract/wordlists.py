"""Load the lexicon word lists in `lexicon/` once each, as frozen sets; search for listed words
in any case; compile the rules' patterns when first used."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

LEXICON = Path(__file__).with_name("lexicon")
# The letters that match an ASCII letter only when case is folded ("İ" and "ı" as "i", "ſ" as
# "s", the Kelvin sign as "k"): in a text with one of them, lowercasing is no stand-in for re.I.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


@cache
def words(name: str, lower: bool = True) -> frozenset[str]:
    """The entries of lexicon/<name>.txt, less blank lines and `#` comments."""
    return frozenset(entry.lower() for entry in _entries(name)) if lower else frozenset(_entries(name))


@cache
def _entries(name: str) -> tuple[str, ...]:
    """The lines of lexicon/<name>.txt, stripped, less blank lines and comments: read once for
    both cases of `words` (the file is read with plain `open`, cheaper than a Path's methods)."""
    with open(f"{LEXICON}/{name}.txt", encoding="utf-8") as file:
        lines = file.read().splitlines()
    return tuple(line for line in map(str.strip, lines) if line and not line.startswith("#"))


class LazyPattern:
    """A regex compiled when first used rather than at import (the command line imports the
    extractor on every run, most runs extract little). After the first use its methods are the
    compiled pattern's own, so a call costs no more than on a pattern compiled at import."""

    created: list[LazyPattern] = []  # every one, for `compiling`

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        LazyPattern.created.append(self)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._source)
        for attr in ("match", "search", "fullmatch", "finditer", "findall", "sub", "split", "pattern", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def compiling() -> Iterator[None]:
    """Compile every pattern made so far that is not compiled yet, one a step."""
    for pattern in LazyPattern.created:
        pattern.pattern  # noqa: B018 - the first attribute read compiles it
        yield


def lazy(pattern: str, flags: int = 0) -> Any:
    """`re.compile`, when first used (typed Any: it stands in for a compiled pattern)."""
    return LazyPattern(pattern, flags)


def _folds(text: str) -> bool:
    """Does the text hold one of FOLDS_TO_ASCII? (Looked for with `in`: a character class of
    them would cost more to compile than all the texts of a run take to scan.)"""
    return not text.isascii() and any(map(text.__contains__, FOLDS_TO_ASCII))  # isascii costs nothing


def leftmost(pattern: Any, text: str, starts: Iterable[str], ignore_case: bool = False) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern whose every match begins with one of `starts`
    (written in lowercase when the pattern ignores case): the pattern is tried only where one
    of them occurs, found with str.find, rather than at every offset as a search does, which
    is slow for a pattern that opens with a word boundary or ignores case."""
    return next(_matches(pattern, text, starts, ignore_case), None)


def every_match(pattern: Any, text: str, starts: Iterable[str], ignore_case: bool = False) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))` for a pattern that matches no empty string and whose every
    match begins with one of `starts` (as `leftmost`)."""
    return list(_matches(pattern, text, starts, ignore_case))


def _matches(pattern: Any, text: str, starts: Iterable[str], ignore_case: bool) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, the pattern tried only where one of `starts` occurs, and past the
    end of the last match, as finditer goes on from there (see `leftmost`)."""
    if ignore_case and _folds(text):  # lowercasing is no stand-in for re.I in this text
        yield from pattern.finditer(text)
        return
    haystack = text.lower() if ignore_case else text
    end = 0
    for at in occurrences(haystack, starts):
        if at >= end:
            match = pattern.match(text, at)
            if match:
                yield match
                end = match.end()


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """The offsets where one of `needles` occurs in `text`, in order. For a few fixed strings
    str.find is as fast as a regex search, and there is no pattern to compile."""
    offsets = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            offsets.append(at)
            at = text.find(needle, at + 1)
    return sorted(offsets)


def words_pattern(alternatives: Iterable[str]) -> str:
    """`\\b(?:alternatives)\\b` for regexes that each open with a letter, grouped by that letter:
    "a(?:gainst|ttack\\w*)|b(?:ad|last\\w*)". The regex engine then tries one group where a
    word starts instead of every alternative, which makes a search half again as fast. It
    matches what the plain alternation matches: alternatives that open with different letters
    never match at the same offset, and those in one group keep their order."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return r"\b(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + r")\b"


def caseless(pattern: str) -> Callable[[str], bool]:
    """A test for `pattern` (written in lowercase) anywhere in a text, ignoring case. The
    lowercased text is searched with a case-sensitive pattern: several times faster than re.I,
    which it keeps for texts with the few letters that only case folding makes ASCII."""
    folded, lowered = lazy(pattern, re.I), lazy(pattern)

    def found(text: str) -> bool:
        if _folds(text):
            return bool(folded.search(text))
        return bool(lowered.search(text.lower()))

    return found


def whole_words(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where the text has one of `names` as whole words, left to right and without overlaps,
    the first of the names winning where several start at once: what a regex alternation of
    the names finds, without compiling a pattern for every voice of every article."""
    first: dict[int, int] = {}  # start -> end of the first name found there
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if at not in first and not _word_char(text, at - 1) and not _word_char(text, end):
                first[at] = end
            at = text.find(name, at + 1)
    spans: list[tuple[int, int]] = []
    for start in sorted(first):
        if not spans or start >= spans[-1][1]:
            spans.append((start, first[start]))
    return spans


def _word_char(text: str, i: int) -> bool:
    """Is text[i] a character regex `\\w` matches (False off either end)?"""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")
