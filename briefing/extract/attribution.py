"""Rule: decide who said each quotation."""
from __future__ import annotations

from dataclasses import dataclass

from .actors import Cast
from .quotes import QuoteSpan
from .sentences import Sentence


@dataclass(frozen=True)
class Attributed:
    start: int
    end: int
    text: str  # verbatim source[start:end]
    speaker: str | None
    role: str | None = None


def attribute(text: str, sentences: list[Sentence], spans: list[QuoteSpan], cast: Cast) -> list[Attributed]:
    return [Attributed(s.start, s.end, s.text, None) for s in spans]
