"""quotes: text between matching marks, verbatim, per paragraph."""
import pytest
from cases import cases

from briefing.extract.quotes import find_quotes


@pytest.mark.parametrize("text, expected", cases("quotes"))
def test_quotes(text, expected):
    spans = find_quotes(text)
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert [s.text for s in spans] == expected["quotes"]
