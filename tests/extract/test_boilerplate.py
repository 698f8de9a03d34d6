"""boilerplate: the prose pieces of an article, without tags, bylines, prompts and captions."""
import pytest
from cases import cases

from briefing.extract.boilerplate import prose
from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", cases("boilerplate"))
def test_prose(text, expected):
    pieces = prose(text, split_sentences(text))
    assert all(text[p.start:p.end] == p.text for p in pieces)
    assert [p.text for p in pieces] == expected["prose"]
