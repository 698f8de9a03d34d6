"""cues: the phrase that says who said each quote, as the text words it (before resolution)."""
import pytest
from cases import cases

from briefing.extract.actors import find_actors
from briefing.extract.cues import Reader
from briefing.extract.quotes import find_quotes
from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize("text, expected", cases("cues"))
def test_cues(text, expected):
    sentences = split_sentences(text)
    spans = find_quotes(text)
    reader = Reader(text, sentences, spans, find_actors(text, sentences))
    phrases = [reader.cue(i) for i in range(len(spans))]
    assert [[p.text, p.kind] if p else None for p in phrases] == expected["cues"]
