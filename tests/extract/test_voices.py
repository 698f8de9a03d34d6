"""voices: who takes a stand in which sentence (speech and stance verbs, sources, pronouns)."""
import pytest
from cases import cases

from briefing.extract.actors import Actor, Cast
from briefing.extract.sentences import split_sentences
from briefing.extract.voices import find_voices, quote_marks


@pytest.mark.parametrize("text, expected", cases("voices"))
def test_voices(text, expected):
    cast = Cast([Actor(e["name"], e.get("kind", "person"), set(e.get("aliases", [])), e.get("role")) for e in expected["cast"]])
    found = {v.name: v.sentences for v in find_voices(text, split_sentences(text), cast, [])}
    for name, sentences in expected["voices"].items():
        assert found.get(name, []) == sentences, name
    for name in expected.get("absent", []):
        assert name not in found


def test_quote_marks_finds_each_opening_mark_once_whatever_the_quotations_share():
    text = ('“Our members have had enough,” she said. “Our members have had more than enough,” he said. '
            '“No,” said Lee. “Our members have had enough,” she said again. “No')
    quotes = ["Our members have had enough,", "Our members have had more than enough,", "No,", "No", "absent"]
    assert quote_marks(text, quotes) == {
        "Our members have had enough,": [0, 107],
        "Our members have had more than enough,": [41],
        "No,": [91],
        "No": [91, 154],
    }
