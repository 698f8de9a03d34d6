"""names: capitalised runs with their titles split off, possessives and sentence openers dropped."""
import re

import pytest
from cases import cases
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.names import PARTICLES, _particle_end, find_names


@pytest.mark.parametrize("text, expected", cases("names"))
def test_names(text, expected):
    found = find_names(text)
    assert all(text[n.start:n.end] == n.text for n in found)
    assert [{"text": n.text, "title": n.title} for n in found] == expected["names"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*PARTICLES, "d", "e", "l", "s", "_", "'", "’", "-", "é", "1", " ", "."]), max_size=5),
       st.integers(0, 3))
def test_particle_end_is_where_a_whole_word_particle_ends(parts, at):
    text = "".join(parts)
    particle = re.compile("(?:" + "|".join(PARTICLES) + r")(?![\w'’\-])").match(text, at)
    assert _particle_end(text, at) == (particle.end() if particle else -1)
