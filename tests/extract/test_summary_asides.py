"""summary: the writer's asides in brackets are no summary sentences; brackets inside news are."""
import pytest

from briefing.extract.sentences import split_sentences
from briefing.extract.summary import summarize

NEWS = "The council voted on Tuesday to close the old harbour bridge to cars from March."
LATER = "Drivers will be sent over the ring road while the bridge is repaired."


@pytest.mark.parametrize("aside", [
    "(The vote was five to four, with two members absent.)",
    "(The vote was five to four, with two members absent).",
    "(The bridge opened in 1902 and was last repaired in 1987.",
])
def test_an_aside_in_brackets_is_passed_over(aside):
    text = f"{NEWS} {aside} {LATER}"
    assert summarize(text, split_sentences(text)) == [NEWS, LATER]


@pytest.mark.parametrize("sentence", [
    "(Updated) Engineers found cracks in two of the bridge's piers last month.",
    "Repairs will cost about $4 million (roughly £3 million), officials said.",
    "Repairs will cost the city about $4 million (roughly £3 million).",
])
def test_a_sentence_with_brackets_of_its_own_is_news(sentence):
    text = f"{NEWS} {sentence} {LATER}"
    assert summarize(text, split_sentences(text)) == [NEWS, sentence, LATER]
