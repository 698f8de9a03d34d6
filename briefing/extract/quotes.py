"""Rule: find direct quotations (the text between matching quote marks), verbatim.

Marks are read per paragraph: curly and straight double marks, mixed freely (“…" and
"…” both occur), German „…“ and »…«, French « … »; single marks only in articles that use no double marks (British
style), where an apostrophe inside a word, after a plural ("players’ union") or for left-out
letters ("the '90s", "rock 'n' roll") is never a mark. Typewriter '' pairs are too ambiguous to pair and are left alone (an article
that uses them is read as a double-mark article). A paragraph that opens a
quote and never closes it continues in the next paragraph (the news convention), so
its text up to the paragraph end is a quote. Nothing here can run past a paragraph,
so no quote spans the whole article.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from .wordlists import lazy, occurrences

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"'
GUILLEMETS = "«»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
SINGLE_EITHER = "'"
# What an apostrophe stands in front of where it marks letters left out: "the '90s", "let 'em",
# "'til", "'tis", "'twas", "rock 'n' roll". None is a word itself, so none opens a quotation
# ("'Cause", "'Round" and "'90 per cent" could).
ELISION = lazy(r"(?:\d0s|em|til|tis|twas)(?!\w)|n['’](?=\s)", re.IGNORECASE)
MAX_QUOTE_CHARS = 1500  # longer than any quoted paragraph; guards against stray marks
PARAGRAPH = lazy(r"[^\n]+")


class QuoteSpan(NamedTuple):
    start: int  # offset of the quoted text (inside the marks)
    end: int
    text: str  # always source[start:end]
    open_mark: int = -1  # offset of the opening mark
    close_mark: int | None = None  # offset of the closing mark; None when the paragraph ran out

    @property
    def continues(self) -> bool:
        """True when the quote runs on into the next paragraph (no closing mark)."""
        return self.close_mark is None


@lru_cache(maxsize=4)  # asked by the sentence splitter, then by the extraction, of the one text being read
def find_quotes(text: str) -> tuple[QuoteSpan, ...]:
    marks = (SINGLE_OPEN, SINGLE_CLOSE, SINGLE_EITHER) if single_marked(text) else (DOUBLE_OPEN, DOUBLE_CLOSE, DOUBLE_EITHER)
    any_mark = "".join(marks)
    found = occurrences(text, any_mark)  # every mark, to be read paragraph by paragraph
    spans: list[QuoteSpan] = []
    paragraphs = [(p.start(), p.end()) for p in PARAGRAPH.finditer(text)]
    for index, (start, end) in enumerate(paragraphs):
        inside = found[bisect_left(found, start):bisect_left(found, end)]
        if not inside:
            continue  # most paragraphs quote nobody
        following = text[paragraphs[index + 1][0]] if index + 1 < len(paragraphs) else ""
        runs_on = bool(following) and following in any_mark
        spans.extend(_paragraph_quotes(text, start, end, marks, inside, runs_on))
    return tuple(spans)


def single_marked(text: str) -> bool:
    """Does the article quote in single marks (British style)? Only if it has no double mark.
    Typewriter '' pairs stand for double marks: such an article's single marks are nested."""
    return not (any(mark in text for mark in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER) or "''" in text)


@lru_cache(maxsize=4)  # asked by each rule that looks for the quotations' marks, of the one text being read
def straight_openings(text: str) -> tuple[int, ...]:
    """The offsets of the straight single marks that open a quotation ('We have no choice,'
    said ...). Only the quotes found tell them: the same ' is an apostrophe in "the RCN's",
    "don't", "'90s" and "O'Brien", which no mark pattern of its own tells apart."""
    if "'" not in text or not single_marked(text):
        return ()  # most articles: no straight single mark opens a quotation (cheap tests first)
    return tuple(span.open_mark for span in find_quotes(text) if text[span.open_mark] == SINGLE_EITHER)


def _paragraph_quotes(text: str, start: int, end: int, marks: tuple[str, str, str], found: list[int],
                      runs_on: bool) -> list[QuoteSpan]:
    """The quotes of the paragraph text[start:end], given the offsets of the marks in it."""
    spans = []
    open_at: int | None = None
    for at, index in enumerate(found):
        role = _mark_role(text, index, start, end, marks)
        if role == "elided":
            # "'Tis the season,' said the mayor": a capitalised elision opens a quotation when
            # none is open and a mark later in the paragraph closes it; else an apostrophe.
            later = (_mark_role(text, i, start, end, marks) for i in found[at + 1:])
            role = "open" if open_at is None and any(r in ("close", "either") for r in later) else None
        elif role == "possessive":
            # "'Our members' patience has run out,' said": an apostrophe when a quotation is open
            # and the next mark closes it; else the closing mark it looks like.
            role = "close" if open_at is None or _next_opens(text, found[at + 1:], start, end, marks) else None
        if role is None:
            continue
        if open_at is not None and text[open_at] == "„" and text[index] == "“":
            role = "close"  # German: „…“ opens low and closes with what English opens with
        if open_at is None:
            if role != "close":  # a closing mark with nothing open is stray
                open_at = index
        elif role != "open":
            _add(spans, text, open_at, index, closed=True)
            open_at = None
        else:
            open_at = index  # the earlier opening mark was never closed
    # An unclosed quote runs on when it opens the paragraph or the next paragraph opens
    # with a mark; otherwise the mark was stray.
    if open_at is not None and (runs_on or not text[start:open_at].strip()):
        _add(spans, text, open_at, end, closed=False)
    return spans


def _mark_role(text: str, index: int, start: int, end: int, marks: tuple[str, str, str]) -> str | None:
    """"open", "close", "either", "elided" (a straight mark before a capitalised elision: an
    apostrophe, or the opening mark of a quotation that starts with one), "possessive" (a straight
    mark after an "s" and before a lowercase word: an apostrophe, or a closing mark) or None
    (not a mark here)."""
    opens, closes, either = marks
    char = text[index]
    before = text[index - 1] if index > start else " "
    after = text[index + 1] if index + 1 < end else " "
    if char in GUILLEMETS:
        # « … » in French, »…« in German: a guillemet opens before a word and closes after one.
        if (before.isspace() or before in "([{—–-") and after.isalnum():
            return "open"
        if (before.isalnum() or before in ".,;:!?…") and (after.isspace() or after in ".,;:!?)]}—–-"):
            return "close"
        return "open" if char == "«" else "close"
    if char in opens:
        return "open"
    if (char == SINGLE_CLOSE or char == SINGLE_EITHER) and _elision(text, index, start, before, after):
        if char == SINGLE_EITHER and after.isupper() and (before.isspace() or before in "([{—–-/"):
            return "elided"  # "'Tis", "'Til", "'Em": at a quotation's start, maybe its opening mark
        return None
    if char in closes:
        if before.isalnum() and after.isalpha():
            return None  # an apostrophe inside a word: "don’t", "O’Malley"
        if char == SINGLE_CLOSE and before == "s" and after == " ":
            return None  # a plural possessive: "the players’ offer"
        return "close"
    if char not in either:
        return None
    if before.isalnum() and after.isalnum():
        return None
    if before == "s" and after == " " and text[index + 2:index + 3].islower():
        return "possessive"  # "the members' patience", or a quotation closed before "he said"
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "either"


def _next_opens(text: str, later: list[int], start: int, end: int, marks: tuple[str, str, str]) -> bool:
    """Does the next mark among `later` open a quotation, or is there none that could close one?"""
    for index in later:
        role = _mark_role(text, index, start, end, marks)
        if role is not None and role != "elided":
            return role == "open"
    return True


def _elision(text: str, index: int, start: int, before: str, after: str) -> bool:
    """Is the single mark at `index` an apostrophe for left-out letters, inside a quotation or
    out ("since the '90s,", "rock 'n' roll", "five o' clock")? Read as a mark it would close
    the quotation or open another, and leave only "90s," quoted."""
    if not before.isalnum():
        return bool(ELISION.match(text, index + 1))  # "'90s", "'em", the first mark of "'n'"
    if not after.isspace() or before not in "nNoO":
        return False
    # The second mark of "'n'" and the "o'" of "o' clock": a letter standing alone before it.
    ahead = text[index - 2] if index - 2 >= start else " "
    return ahead.isspace() if before in "oO" else ahead in "'’" and (index - 3 < start or text[index - 3].isspace())


def _add(spans: list[QuoteSpan], text: str, open_mark: int, stop: int, closed: bool) -> None:
    """The quote from `open_mark` to `stop` (its closing mark, or the paragraph end), trimmed."""
    close_mark = stop if closed else None
    start = open_mark + 1
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop - start > MAX_QUOTE_CHARS or not any(c.isalpha() for c in text[start:stop]):
        return
    if text[open_mark - 1:open_mark] == "=":
        return  # an attribute value in embedded markup: author="…"
    spans.append(QuoteSpan(start, stop, text[start:stop], open_mark, close_mark))
