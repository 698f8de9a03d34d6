"""positions: statements a reader can trust. "and that" as a pronoun before a noun, first person
past a comma between adverbs, an organisation's "we", a participle "said", a sentence's second
quotation, a cut that keeps its verb, the attribution verbs outside "said", heads that state nothing."""
import pytest

from briefing.extract.actors import Actor
from briefing.extract.positions import MAX_POSITIONS, fill, restate
from briefing.extract.sentences import split_sentences
from briefing.extract.voices import Voice, quote_marks
from briefing.model import Side


def _positions(text: str, voice: Voice) -> list[str]:
    """The position texts of one side whose only voice speaks in every sentence of `text`."""
    sentences = split_sentences(text)
    voice.sentences = list(range(len(sentences)))
    side = Side("side", voice.name)
    fill(text, [side], {"side": [voice]}, sentences, [], quote_marks(text, []))
    return [p.text for p in side.positions]


THAT_BEFORE_A_NOUN = [
    # "that decision" is a noun phrase, the subject of the second report: its "that" stays.
    ("Okafor said the plan was flawed, and that decision would cost jobs in the valley.", "Okafor",
     "The plan was flawed, and that decision would cost jobs in the valley."),
    ("Okafor said the bridge was unsafe but that closure was never the answer for traders.", "Okafor",
     "The bridge was unsafe but that closure was never the answer for traders."),
    # "that" opening the second report still goes, whatever its subject.
    ("Okafor said the bridge was unsafe and that lorries would be sent through the village.", "Okafor",
     "The bridge was unsafe and lorries would be sent through the village."),
    ("Okafor said the bridge was unsafe and that people would be cut off for weeks.", "Okafor",
     "The bridge was unsafe and people would be cut off for weeks."),
    ("Okafor said the bridge was unsafe and that nothing had been done for years.", "Okafor",
     "The bridge was unsafe and nothing had been done for years."),
]


@pytest.mark.parametrize("sentence, speaker, want", THAT_BEFORE_A_NOUN, ids=[w for _, _, w in THAT_BEFORE_A_NOUN])
def test_and_that_before_a_noun_is_a_pronoun_and_stays(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_first_person_agrees_past_a_comma_between_adverbs():
    assert restate("“I never, ever want to see a child go hungry in this town again,” Okafor said.", "Okafor") == \
        "Okafor never, ever wants to see a child go hungry in this town again."
    # A comma after an adverb that no verb follows ("I personally, as ...") still changes nothing.
    assert restate("“I personally, as a parent, think the school is wonderful,” Okafor said.", "Okafor") == \
        "Okafor personally, as a parent, think the school is wonderful."
