"""voices: who takes a stand in which sentence (speech and stance verbs, sources, pronouns)."""
import pytest
from cases import cases

from briefing.extract.actors import Actor, Cast
from briefing.extract.sentences import split_sentences
from briefing.extract.voices import find_voices, quote_marks


@pytest.mark.parametrize("text, expected", cases("voices"))
def test_voices(text, expected):
    cast = Cast([Actor(e["name"], e.get("kind", "person"), set(e.get("aliases", [])), e.get("role")) for e in expected["cast"]])
    found = {v.name: v.sentences for v in find_voices(text, split_sentences(text), cast, [], {})}
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


def test_each_copy_of_a_quotation_two_people_said_is_heard_in_its_own_sentence():
    from briefing.extract.actors import find_actors
    from briefing.extract.sentences import split_sentences
    from briefing.extract.voices import find_voices, quote_marks
    from briefing.model import Quote

    words = "We will not back down,"
    text = (f"\"{words}\" said Mary Smith.\n\n\"{words}\" said John Brown.\n\n"
            f"The crowd at the rally heard it once more: \"{words}\"\n")
    sentences = split_sentences(text)
    quotes = [Quote("m", words, "Mary Smith"), Quote("j", words, "John Brown"), Quote("m", words, "Mary Smith")]
    heard = {v.name: sorted(v.sentences) for v in find_voices(text, sentences, find_actors(text, sentences), quotes,
                                                                     quote_marks(text, [q.text for q in quotes]))}
    assert heard == {"Mary Smith": [0, 2], "John Brown": [1]}
