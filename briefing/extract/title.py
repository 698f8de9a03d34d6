"""Rule: a title for an article that has no headline."""
from __future__ import annotations

from .sentences import Sentence


def make_title(text: str, sentences: list[Sentence]) -> str:
    if not sentences:
        return "Untitled briefing"
    words = sentences[0].text.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")
