"""Rule: group the actors into the sides of the dispute, with each side's positions."""
from __future__ import annotations

from ..model import Quote, Side
from .actors import Cast
from .sentences import Sentence


def find_sides(text: str, sentences: list[Sentence], cast: Cast, quotes: list[Quote]) -> list[Side]:
    return []
