"""Rule: the people and organisations an article names, with their variants and roles."""
from __future__ import annotations

from dataclasses import dataclass, field

from .sentences import Sentence


@dataclass
class Actor:
    name: str  # the fullest form the article uses, e.g. "Vladimir Putin"
    kind: str = "person"  # person | organisation | country | group
    aliases: set[str] = field(default_factory=set)  # "Putin", "Mr. Putin", "the Russian leader"
    role: str | None = None  # "Putin’s spokesman", "White House press secretary"
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (start, end) offsets


@dataclass
class Cast:
    actors: list[Actor] = field(default_factory=list)

    def resolve(self, surface: str) -> Actor | None:
        """The actor a surface form ("Putin", "Mr. Putin") refers to, if any."""
        for actor in self.actors:
            if surface == actor.name or surface in actor.aliases:
                return actor
        return None


def find_actors(text: str, sentences: list[Sentence]) -> Cast:
    return Cast()
