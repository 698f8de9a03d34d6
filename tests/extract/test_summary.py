"""summary: two or three verbatim sentences of the article's prose, within the word budget."""
import re

import pytest
from cases import cases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract import extract
from briefing.extract.sentences import split_sentences
from briefing.extract.summary import MAX_WORDS, _opening_name, _opening_words, _quotation, summarize


@pytest.mark.parametrize("text, expected", cases("summary"))
def test_summary(text, expected):
    assert summarize(text, split_sentences(text), expected.get("title")) == expected["summary"]


@pytest.mark.parametrize("text, expected", [case for case in cases("summary") if "title" in case.values[1]])
def test_the_page_shows_its_title_once(text, expected):
    """The title extraction gives the page, given or made, is not a sentence of its summary too."""
    extraction = extract(text, expected.get("headline"))
    assert (extraction.title, extraction.summary) == (expected["title"], expected["summary"])


PIECES = st.sampled_from([
    " ", "\n", "\n\n", ".", "?", ":", "'", "‘", "’", "(CNN)", "WASHINGTON (CNN) -- ", "By . ",
    "PUBLISHED: . ", "Scroll down for video ", "The", "He said: ", "Flying high: ", "police",
    "found the missing boat", "on Friday", "Anna Berg", "é", "£4million", "x",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=80).map("".join), st.text(max_size=400))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_summary_never_raises_and_is_verbatim(text):
    summary = summarize(text, split_sentences(text))
    assert len(summary) <= 3
    assert all(sentence and sentence in text for sentence in summary)
    if len(summary) > 1:
        assert sum(len(s.split()) for s in summary) <= MAX_WORDS


@settings(max_examples=500)
@given(st.text(alphabet="\"'‘“”: \t\na", max_size=12))
def test_quotation_is_what_a_regex_search_finds(sentence):
    assert _quotation(sentence) == bool(re.search(r"^[\"'‘“]|:\s*[\"'‘“]", sentence))


def test_a_name_with_an_apostrophe_alone_for_its_possessive_opens_the_sentence():
    """"Harris' firm offered ...": the name is Harris, as it is in "Harris's firm" and
    "Harris’s firm", so that "It said ..." after it is read as Harris's words."""
    for sentence in ("Harris' firm offered to pay for the school.", "Harris's firm offered to pay for the school.",
                     "Harris’ firm offered to pay for the school."):
        assert _opening_name(sentence) == "Harris", sentence
        assert _opening_words(sentence)[0] == "Harris", sentence
