"""attribution: who said each quote; unattributed scare quotes and titles dropped."""
import pytest
from cases import cases

from briefing.extract.actors import find_actors
from briefing.extract.attribution import attribute
from briefing.extract.quotes import find_quotes
from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", cases("attribution"))
def test_attribution(text, expected):
    sentences = split_sentences(text)
    found = attribute(text, sentences, find_quotes(text), find_actors(text, sentences))
    assert all(text[q.start:q.end] == q.text for q in found)
    assert [{"text": q.text, "speaker": q.speaker} for q in found] == expected["quotes"]
