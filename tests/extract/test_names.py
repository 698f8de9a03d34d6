"""names: capitalised runs with their titles split off, possessives and sentence openers dropped."""
import re

import pytest
from cases import cases
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.names import FOR_HEADS, PARTICLES, _particle_between, _token, find_names
from briefing.extract.wordlists import words


@pytest.mark.parametrize("text, expected", cases("names"))
def test_names(text, expected):
    found = find_names(text)
    assert all(text[n.start:n.end] == n.text for n in found)
    assert [{"text": n.text, "title": n.title} for n in found] == expected["names"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from([*sorted(PARTICLES), "d", "e", "l", "s", "_", "'", "’", "-", "é", "1", " ", "."]), max_size=5))
def test_a_particle_joins_two_words_when_it_is_a_whole_word_between_single_spaces(parts):
    middle = "".join(parts)
    text = f"Charles{middle}Gaulle"
    particle = _particle_between(text, [_token(text, 0, 7)], _token(text, len(text) - 6, len(text)))
    # "of" never joins a person to what follows ("Paul Ryan of Wisconsin"), nor "for" ("Smith for Congress").
    expected = re.fullmatch(" (" + "|".join(sorted(set(PARTICLES) - {"of", "for"})) + ") ", middle)
    assert (particle.text if particle else None) == (expected.group(1) if expected else None)


def test_the_heads_that_for_joins_are_organisation_words():
    # A run "for" joins is a body's name, which `actors` tells by its organisation word.
    assert FOR_HEADS <= words("organisation_words")
