"""boilerplate: the prose pieces of an article, without tags, bylines, prompts and captions."""
import re

import pytest
from cases import cases
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.boilerplate import _CLOSERS, _JOINING, _TERMINALS, _ends_with, prose
from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", cases("boilerplate"))
def test_prose(text, expected):
    pieces = prose(text, split_sentences(text))
    assert all(text[p.start:p.end] == p.text for p in pieces)
    assert [p.text for p in pieces] == expected["prose"]


@settings(max_examples=500)
@given(st.text(alphabet=_TERMINALS + _CLOSERS + _JOINING + "a \n", max_size=12))
def test_ends_with_finds_what_a_regex_search_finds(text):
    # `$` matches before a final line break too.
    assert _ends_with(text, _TERMINALS, _CLOSERS) == bool(re.search(r"[.!?…][\"'’”)\]]*$", text))
    assert _ends_with(text, _JOINING) == bool(re.search(r"[:;,–—-]$", text))
