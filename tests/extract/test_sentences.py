"""sentences: split with exact offsets; abbreviations and initials do not end a sentence."""
import pytest
from cases import cases

from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", cases("sentences"))
def test_sentences(text, expected):
    found = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in found)
    assert [s.text for s in found] == expected["sentences"]
