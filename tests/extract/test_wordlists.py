"""wordlists.every_match: the matches finditer finds, found by trying the pattern only where it may start."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.wordlists import every_match


@settings(max_examples=300)
@given(st.text(alphabet="aAsSbB\u017f\u0130\u212a \n", max_size=30))
def test_every_match_finds_what_finditer_finds(text):
    # A start inside a match ("s" in "as s") is passed over, as finditer goes on after the match;
    # letters that only case folding makes ASCII ("ſ") are found as re.I finds them.
    pattern = re.compile(r"(?i:as|s)[ s]*\w?")
    found = every_match(pattern, text, ("as", "s"), ignore_case=True)
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


def test_every_match_reads_the_text_not_its_lowercase():
    # The starts are looked for in lowercase; the pattern, case and all, in the text.
    pattern = re.compile(r"\b(?i:minister)\s+of\s+([A-Z]\w*)")
    found = every_match(pattern, "The MINISTER of Veland met the minister of finance and the Minister of Ostia.",
                        ("minister",), ignore_case=True)
    assert [m.group(1) for m in found] == ["Veland", "Ostia"]
