"""quotes: text between matching marks, verbatim, per paragraph."""
import pytest
from cases import cases

from briefing.extract.quotes import find_quotes, straight_openings


@pytest.mark.parametrize("text, expected", cases("quotes"))
def test_quotes(text, expected):
    spans = find_quotes(text)
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert [s.text for s in spans] == expected["quotes"]


@pytest.mark.parametrize("text, expected", cases("quotes"))
def test_straight_openings_are_the_marks_that_open_quotes_not_apostrophes(text, expected):
    # What the rules after this one look for the quotations' straight single marks by.
    assert straight_openings(text) == tuple(s.open_mark for s in find_quotes(text) if text[s.open_mark] == "'")
