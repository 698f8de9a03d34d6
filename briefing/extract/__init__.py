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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Extraction

# Bump when a rule changes what it extracts: the extraction cache is keyed by it.
EXTRACTOR_VERSION = "41"


def prepared() -> bool:
    """Has this process loaded the rules? (The dev server loads them when it starts.)"""
    return f"{__name__}.sides" in sys.modules


def prepare() -> None:
    """Load the rules and compile their patterns: most of what extracting the first article costs."""
    from . import actors, attribution, quotes, sentences, sides, summary, title  # noqa: F401
    from .wordlists import compile_all

    compile_all()


def extract(text: str, headline: str | None = None) -> Extraction:
    from ..model import Extraction, Quote, content_id
    from . import actors, attribution, quotes, sentences, sides, summary, title

    sents = sentences.split_sentences(text)
    spans = quotes.find_quotes(text)
    cast = actors.find_actors(text, sents)
    attributed = attribution.attribute(text, sents, spans, cast)
    found = [
        Quote(
            id=content_id("", a.text),
            text=a.text,
            speaker=a.speaker,
            role=a.role,
        )
        for a in attributed
    ]
    return Extraction(
        title=headline or title.make_title(text, sents),
        summary=summary.summarize(text, sents),
        quotes=found,
        sides=sides.find_sides(text, sents, cast, found),
    )
