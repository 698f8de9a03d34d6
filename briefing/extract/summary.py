"""Rule: a two- or three-sentence summary, each sentence verbatim from the article."""
from __future__ import annotations

from .sentences import Sentence


def summarize(text: str, sentences: list[Sentence]) -> list[str]:
    return [s.text for s in sentences[:3]]
