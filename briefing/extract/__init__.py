"""Extraction: article text in, `Extraction` out. A pure function of the text.

Each rule lives in its own module (sentences, quotes, attribution, actors,
sides, summary, title) and is tested from its own fixture files. This module
only wires them together, in the order the data flows. The rules are imported
when first used, not with this package: every command imports it, most runs
extract nothing, and compiling the rules' code costs more than all the rest of
the import.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Extraction
    from .attribution import Attributed

# Bump when a rule changes what it extracts: the extraction cache is keyed by it.
EXTRACTOR_VERSION = "65"


def prepared() -> bool:
    """Has this process loaded the rules? (The dev server loads them when it starts.)"""
    return f"{__name__}.sides" in sys.modules


def preparing() -> Iterator[None]:
    """Load the rules, then compile their patterns one by one: most of what extracting a first
    article costs. In steps, for a process that may stop between them: the standby extractor
    (`parallel.Standby`) stops when its article comes, and the patterns left compile as the
    article uses them."""
    from . import actors, attribution, quotes, sentences, sides, summary, title  # noqa: F401
    from .wordlists import compiling

    yield
    yield from compiling()


def prepare() -> None:
    """All of `preparing`: the workers forked to extract many articles inherit the rules ready,
    instead of each compiling the patterns again."""
    for _ in preparing():
        pass


def extract(text: str, headline: str | None = None) -> Extraction:
    from ..model import Extraction, Quote
    from . import actors, attribution, quotes, sentences, sides, summary, title

    sents = sentences.split_sentences(text)
    spans = quotes.find_quotes(text)
    cast = actors.find_actors(text, sents)
    attributed = attribution.attribute(text, sents, spans, cast)
    found = [
        Quote(id=quote_id, text=a.text, speaker=a.speaker, role=a.role)
        for a, quote_id in zip(attributed, _quote_ids(attributed, {actor.name for actor in cast.actors}))
    ]
    heading = headline or title.make_title(text, sents)
    return Extraction(
        title=heading,
        summary=summary.summarize(text, sents, heading),
        quotes=found,
        sides=sides.find_sides(text, sents, cast, found),
    )


def _quote_ids(attributed: list[Attributed], names: set[str]) -> list[str]:
    """Each quotation's id: from its words, and from its speaker too where someone surely other
    said the same words before (`speakers.other_speakers`). A quotation the article repeats is
    one quote, under one id, even under another description ("Cameron", then "the Prime
    Minister") or none; two people's identical words ("We will not back down") are two quotes,
    each on its speaker's side, and so are two unnamed speakers' ("a resident", then "a police
    officer")."""
    from ..model import content_id
    from .speakers import other_speakers

    said: dict[str, list[tuple[str | None, str]]] = {}  # words -> (speaker, id) of each quote of them so far
    ids = []
    for a in attributed:
        earlier = said.setdefault(a.text, [])
        quote_id = next((i for speaker, i in earlier if not other_speakers(speaker, a.speaker, names)), None)
        if quote_id is None:
            # Someone surely other said them before: a speaker the article gives, whose name tells
            # the two quotes apart (`other_speakers` holds for no unknown one: `or ""` is for the type).
            quote_id = content_id("", a.text, salt=(a.speaker or "") if earlier else "")
            earlier.append((a.speaker, quote_id))
        ids.append(quote_id)
    return ids
