"""A synthetic newsroom: N articles of about 600 words, in Markdown with front matter.

Deterministic (seeded), so two runs build the same site. The articles have
named people, roles, affiliations and direct quotes, so extraction does real
work on them.
"""
from __future__ import annotations

import random
from pathlib import Path

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "James", "Keiko", "Luis"]
LAST = ["Morales", "Petrov", "Okafor", "Lindqvist", "Haddad", "Brennan", "Tanaka", "Novak", "Silva", "Weber"]
PLACES = [("Russia", "Kremlin", "Moscow"), ("the United States", "White House", "Washington"),
          ("France", "Elysee", "Paris"), ("Brazil", "Planalto", "Brasilia"), ("Japan", "Kantei", "Tokyo")]
ROLES = ["spokesman", "foreign minister", "press secretary", "senior adviser", "trade envoy"]
WORDS = ("talks tariffs sanctions border agreement treaty ministers officials economy pressure "
         "negotiations proposal statement relations security dispute deal week meeting").split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, index: int) -> str:
    a, b = rng.sample(PLACES, 2)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES), side) for side in (a, b, a, b)]
    paragraphs = [
        f"{a[2]} and {b[2]} traded accusations on Tuesday over the {rng.choice(WORDS)} dispute, "
        f"as officials in the {a[1]} said talks could resume next week."
    ]
    while sum(len(p.split()) for p in paragraphs) < 560:
        name, role, side = rng.choice(people)
        quote = _sentence(rng, rng.randint(8, 18))[:-1]
        paragraphs.append(
            f"“{quote},” said {name}, the {side[1]} {role}. "
            f"{_sentence(rng, rng.randint(12, 22))} {_sentence(rng, rng.randint(10, 20))}"
        )
        paragraphs.append(f"According to {name.split()[-1]}, {_sentence(rng, rng.randint(15, 25)).lower()}")
    title = f"{a[0].replace('the ', '').title()} and {b[0].replace('the ', '').title()} clash over {rng.choice(WORDS)} ({index})"
    front = f"---\ntitle: {title}\ndate: 2024-{1 + index % 12:02d}-{1 + index % 28:02d}\noutlet: Synthetic Wire\n---\n"
    return front + "\n\n".join(paragraphs) + "\n"


def make_site(root: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    folder = root / "site_src" / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (root / "site_src" / "site.yaml").write_text("title: Bench\narticles: [site_src/articles]\n")
    for i in range(n):
        (folder / f"article-{i:05d}.md").write_text(article(rng, i), encoding="utf-8")
    return root
