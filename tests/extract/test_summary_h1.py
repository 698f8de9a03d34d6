"""summary and title: furniture rules keep the news. A photo's credit after a short lead cuts only
the credit, never the lead; a bare time stamp opening a live blog's entry is cut like an update's
stamp, so every entry stays news; a deck that is a sentence ranks after the lead."""
import pytest

from briefing.extract import extract
from briefing.extract.boilerplate import prose
from briefing.extract.sentences import split_sentences

SHORT_LEAD = "The council opened a new skate park in Dunmore on Sunday."
AFTER = "Dozens of teenagers queued from dawn for the first go on the ramps."


@pytest.mark.parametrize("credit", ["Picture: Dunmore Gazette", "Photo: Sam Reid", "(Photo: Sam Reid)"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_short_lead_that_a_credit_follows_stays_the_summarys_lead(credit, gap):
    text = f"Skate park opens\n\n{SHORT_LEAD} {credit}{gap}{AFTER}\n\nThe park cost two hundred thousand pounds.\n"
    extraction = extract(text, "Skate park opens")
    assert extraction.summary[0] == SHORT_LEAD
    assert not any("Reid" in s or "Gazette" in s for s in extraction.summary)


def test_a_short_lead_on_the_first_line_that_a_credit_follows_stays_prose():
    text = f"{SHORT_LEAD} Picture: Dunmore Gazette\n{AFTER}\n"
    assert [piece.text for piece in prose(text, split_sentences(text))] == [SHORT_LEAD, AFTER]


ENTRIES = ["Turnout in the harbour ward was the highest for twenty years, officials said.",
           "The Greens have held the Quayside seat with a smaller majority.",
           "The first count suggests no party will control the council."]


@pytest.mark.parametrize("stamp", ["10.50pm: ", "10:50 p.m. — ", "22:50 GMT: "])
def test_a_live_blogs_time_stamped_entries_all_stay_news_beside_an_updated_one(stamp):
    text = (f"Live: Count night in Dunmore as it happened\n\n{stamp}{ENTRIES[0]}\n\n"
            f"UPDATED 10.35pm: {ENTRIES[1]}\n\n10.10pm: {ENTRIES[2]}\n")
    pieces = [piece.text for piece in prose(text, split_sentences(text))]
    assert all(entry in pieces for entry in ENTRIES)
    assert extract(text, "Count night").summary[0] == ENTRIES[0]


def test_a_paragraph_opening_with_a_year_keeps_its_year():
    line = "2019: The harbour wall was rebuilt after the winter storms."
    text = f"{SHORT_LEAD} {AFTER}\n\n{line}\n"
    assert line in [piece.text for piece in prose(text, split_sentences(text))]


def test_a_deck_that_is_a_sentence_ranks_after_the_lead():
    lead = "The county council approved its budget by 40 votes to 31 on Thursday after a long debate."
    text = (f"Council passes budget;\nThe plan now goes to the mayor.\n{lead}\n\n"
            "Opposition members said the cuts to bus routes would hurt villages.\n")
    extraction = extract(text)
    assert extraction.title == "Council passes budget"
    assert extraction.summary[0] == lead


def test_a_deck_keeps_its_rank_before_a_quotation():
    deck = "Tarnby's council leader Rhona Vale lost a vote of no confidence by 31 votes to 9 on Tuesday."
    text = (f"Council leader loses vote;\n{deck}\n\n"
            "“We will carry on with the work we were elected to do,” Vale told reporters after the meeting.\n\n"
            "She said she would stand again at the next election in May.\n")
    assert extract(text).summary[0] == deck
