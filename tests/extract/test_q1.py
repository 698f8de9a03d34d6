"""positions: an interjection or a greeting that opens a quotation goes ("Oh, we ..." -> "They ...")."""
import pytest

from briefing.extract.positions import restate

INTERJECTIONS = [
    ("“Oh, we know the residents came to complain about the bridge again,” Okafor said.",
     "They know the residents came to complain about the bridge again."),
    ("“Well, we feel confident the strike will end before the holidays,” Okafor said.",
     "They feel confident the strike will end before the holidays."),
    ("“Hello everyone, we won the vote on the bridge tonight,” Okafor said.", "They won the vote on the bridge tonight."),
    ("“Look, the council has ignored the parents for two whole years,” Okafor said.",
     "The council has ignored the parents for two whole years."),
    ("“OK, for a start, the council never asked the parents,” Okafor said.",
     "For a start, the council never asked the parents."),
    ("“No, the embassy will not apologise for the ambassador’s remarks,” Okafor said.",
     "The embassy will not apologise for the ambassador’s remarks."),
    # A greeting with nothing but a short clause or a name after it states nothing of a case.
    ("“Hi, we won,” Okafor said.", ""),
    ("“Thank you, son,” Okafor replied, before adding that she thinks “the talks should resume.”", ""),
    # Words that only open like one stay: no comma, or the word is the statement's.
    ("“Well-paid managers should share the pain of the cuts,” Okafor said.",
     "Well-paid managers should share the pain of the cuts."),
    ("“Look at the state of the bridge after ten years of neglect,” Okafor said.",
     "Look at the state of the bridge after ten years of neglect."),
    ("“Thanks to the union, the nurses will get their back pay,” Okafor said.",
     "Thanks to the union, the nurses will get their back pay."),
    ("“Thanks, but no thanks: the offer is an insult to the drivers,” Okafor said.",
     "Thanks, but no thanks: the offer is an insult to the drivers."),
]


@pytest.mark.parametrize("sentence, want", INTERJECTIONS, ids=[s for s, _ in INTERJECTIONS])
def test_an_interjection_opening_a_quotation_goes(sentence, want):
    assert restate(sentence, "Okafor", ("she",)) == want
