"""title: a short headline made of the lead sentence's own words."""
import pytest
from cases import cases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract.sentences import split_sentences
from briefing.extract.title import HEADLINE_MAX_WORDS, make_title


@pytest.mark.parametrize("text, expected", cases("title"))
def test_title(text, expected):
    assert make_title(text, split_sentences(text)) == expected["title"]


PIECES = st.sampled_from([
    " ", "\n\n", ".", ",", " - ", ":", "(CNN)", "who", "which", "has", "was found", "after",
    "A man", "the council", "55", "in", "Anna Berg", "é", "x",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=300))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_title_never_raises_and_is_short(text):
    title = make_title(text, split_sentences(text))
    assert title and len(title.split()) <= HEADLINE_MAX_WORDS
