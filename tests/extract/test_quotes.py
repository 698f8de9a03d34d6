"""quotes: text between matching marks, verbatim, per paragraph."""
import pytest
from cases import cases

from briefing.extract.quotes import find_quotes, straight_openings


@pytest.mark.parametrize("text, expected", cases("quotes"))
def test_quotes(text, expected):
    spans = find_quotes(text)
    assert all(text[s.start:s.end] == s.text for s in spans)
    assert [s.text for s in spans] == expected["quotes"]


@pytest.mark.parametrize("text, expected", [
    # Only the marks that open quotations: not "RCN's", "O'Brien", "'90s" nor the closing marks.
    ("'We have no choice,' said the RCN's Pat O'Brien, 'and the '90s are over.'", (0, 49)),
    # An article with double marks quotes in them: its straight single marks are apostrophes.
    ("Nurses' pay is low. 'It's time,' she said. \"Not here,\" he said.", ()),
    # A curly opening mark is no straight one; the straight mark after it still counts.
    ("‘Curly,’ she said. 'Straight,' he said.", (19,)),
    # A capitalised elision that opens a quotation opens it; "'em" inside a sentence does not.
    ("'Til the end,' he said, and we let 'em stay.", (0,)),
    ("No quotation here, only the nurses' pay.", ()),
])
def test_straight_openings_are_the_marks_that_open_quotes_not_apostrophes(text, expected):
    # What the rules after this one look for the quotations' straight single marks by.
    straight_openings.cache_clear()
    assert straight_openings(text) == expected
