"""Rule: decide who said each quotation, and drop quoted words nobody said.

Each quote's cue (`cues`), or a label opening its line (`Moore: “…”`), is resolved to a
speaker (`speakers`). A quote with no cue of its own goes on from a neighbour: the quote
before or after it when only that quote's cue or plain narration lies between (one
paragraph break at most), and a paragraph that runs on belongs to the quote that ends the
run; failing that, the narration sentence just before a quote that opens a sentence
introduces it. A short quote with no cue (a scare quote: "rolling over") and the title of a
work (ABC’s “This Week”) are dropped, and so is a clause hyphenated into a modifier (a
“not-in-my-backyard” campaign), whoever is near it.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from .actors import Cast
from .cues import FUNCTION_WORDS, Reader
from .quotes import QuoteSpan
from .sentences import Sentence
from .speakers import resolve
from .wordlists import lazy, words

MAX_SCARE_WORDS = 3  # an unattributed quote this short ("rolling over", "a bad deal") is a scare quote
MAX_TITLE_WORDS = 6  # a title of a work is short: “Meet the Press”
# A quoted word of this many hyphenated parts is a clause made a modifier (“one-size-fits-all”); fewer
# are often the speaker's own word (a “machine-made” princess).
MIN_COINAGE_PARTS = 4
# Titles of works.
TITLE_WORD = lazy(r"[^\W\d_][\w'’\-]*")
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "de", "in", "on", "for", "to", "at", "by", "or", "with"}
# What introduces a title: a possessive ("ABC’s"), "on" / "in" (a show, a book) or a word
# for a work or its naming.
TITLE_LEAD = lazy(
    r"(?:\w['’]s?|\b(?:on|in|titled|entitled|called|named|dubbed|show|programme|program|podcast|book|film|movie|"
    r"novel|series|play|song|album|column|headline|segment|documentary|magazine|episode|slogan))\s*$",
    re.IGNORECASE,
)
# After a closing mark: a lowercase word, which a noun after its modifier is ("response" after “tit-for-tat”).
WORD_AFTER = lazy(r"\s+([a-z]+)\b")
DETERMINER_BEFORE = lazy(r"\b(?:a|an|the|this|that|his|her|its|their|our|[A-Z][\w.-]*['’]s?)\s+$")  # "in a “…”"


class Attributed(NamedTuple):
    start: int
    end: int
    text: str  # verbatim source[start:end]
    speaker: str | None
    role: str | None = None


def attribute(text: str, sentences: list[Sentence], spans: tuple[QuoteSpan, ...], cast: Cast) -> list[Attributed]:
    reader = Reader(text, sentences, spans, cast)
    phrases = [reader.cue(i) or reader.label(i) for i in range(len(spans))]
    # (speaker, role) for each quote with a cue, even if the speaker stays unknown; None without one.
    speakers: list[tuple[str | None, str | None] | None] = [
        resolve(reader, phrase) if phrase else None for phrase in phrases
    ]
    _continue_neighbours(reader, speakers)
    for i, speaker in enumerate(speakers):
        if speaker is None:
            phrase = reader.lead_in(i)
            speakers[i] = resolve(reader, phrase) if phrase else None
    found = []
    for span, speaker in zip(spans, speakers):
        if (speaker is None and _is_scare_quote(span.text)) or _is_title(reader.text, span) or _is_coinage(text, span):
            continue
        name, role = speaker if speaker else (None, None)
        found.append(Attributed(span.start, span.end, span.text, name, role))
    return found


def _is_scare_quote(quote: str) -> bool:
    return len(quote.split()) <= MAX_SCARE_WORDS


def _is_coinage(text: str, span: QuoteSpan) -> bool:
    """A clause the writer hyphenated into one word to modify a noun ("a “one-size-fits-all”
    approach"): nobody said it, though a speaker may be close by. Between a determiner and a
    noun only: not "“Take-it-or-leave-it,” she said", nor "“Once-in-a-generation” was how ..."."""
    if (span.close_mark is None or span.text.count("-") < MIN_COINAGE_PARTS - 1
            or not span.text[-1].isalnum() or any(c.isspace() for c in span.text)):
        return False
    after = WORD_AFTER.match(text, span.close_mark + 1)
    return (bool(after) and after.group(1) not in FUNCTION_WORDS and after.group(1) not in words("speech_verbs")
            and bool(DETERMINER_BEFORE.search(text, max(0, span.open_mark - 20), span.open_mark)))


def _is_title(text: str, span: QuoteSpan) -> bool:
    """A work's title, not speech: Title Case words after "ABC’s" or "a show called"."""
    # Read no further than one word past the longest title: most quotes are longer.
    title_words = [word.group() for word in islice(TITLE_WORD.finditer(span.text), MAX_TITLE_WORDS + 1)]
    if not 0 < len(title_words) <= MAX_TITLE_WORDS:
        return False
    if not title_words[0][0].isupper():
        return False
    if not all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in title_words):
        return False
    return bool(TITLE_LEAD.search(text, max(0, span.open_mark - 30), span.open_mark))


def _continue_neighbours(reader: Reader, speakers: list) -> None:
    """A quote with no cue takes the speaker of the quote it continues.

    A short fragment inside narration ("the era of “easy money”") continues nothing: it
    has no cue because nobody said it.
    """
    spans = reader.spans
    may_continue = [reader.sentence_start(s.open_mark) == s.open_mark or not _is_scare_quote(s.text) for s in spans]
    # Backwards first: a paragraph that runs on belongs to the quote that ends the run.
    for i in range(len(spans) - 2, -1, -1):
        if speakers[i] is None and may_continue[i] and spans[i].continues and speakers[i + 1] is not None:
            speakers[i] = speakers[i + 1]
    for i in range(1, len(spans)):
        previous = speakers[i - 1]
        if speakers[i] is None and may_continue[i] and previous and reader.adjacent(i - 1, i, previous[0]):
            speakers[i] = previous
    for i in range(len(spans) - 2, -1, -1):
        following = speakers[i + 1]
        if speakers[i] is None and may_continue[i] and following and reader.adjacent(i, i + 1, following[0]):
            speakers[i] = following
