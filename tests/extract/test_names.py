"""names: capitalised runs with their titles split off, possessives and sentence openers dropped."""
import pytest
from cases import cases

from briefing.extract.names import find_names


@pytest.mark.parametrize("text, expected", cases("names"))
def test_names(text, expected):
    found = find_names(text)
    assert all(text[n.start:n.end] == n.text for n in found)
    assert [{"text": n.text, "title": n.title} for n in found] == expected["names"]
