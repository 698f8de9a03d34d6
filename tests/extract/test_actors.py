"""actors: names merged across variants, kinds, roles from titles and appositives."""
import pytest
from cases import cases

from briefing.extract.actors import find_actors
from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", cases("actors"))
def test_actors(text, expected):
    cast = find_actors(text, split_sentences(text))
    by_name = {actor.name: actor for actor in cast.actors}
    for want in expected.get("actors", []):
        assert want["name"] in by_name, f"{want['name']} not in {sorted(by_name)}"
        actor = by_name[want["name"]]
        assert actor.kind == want.get("kind", "person")
        if "role" in want:
            assert actor.role == want["role"]
        assert set(want.get("aliases", [])) <= actor.aliases
        assert all(text[s:e] in {actor.name, *actor.aliases} | {a.split()[-1] for a in actor.aliases} for s, e in actor.mentions)
    for name in expected.get("not_actors", []):
        assert name not in by_name
    for surface, name in (expected.get("resolve") or {}).items():
        actor = cast.resolve(surface)
        assert (actor.name if actor else None) == name, surface
