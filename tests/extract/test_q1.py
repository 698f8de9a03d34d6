"""positions: an interjection or a greeting that opens a quotation goes ("Oh, we ..." -> "They
..."); when and where a quotation was said is no part of it ("said last week in Kingsmouth, “...”");
first person agrees past an aside between commas ("I personally, as a parent, think" -> "X
personally, as a parent, thinks"); an oath ("My God, ...") names no one."""
import pytest

from cases import members
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
    # An oath that "my" opens speaks of no one: it is no possessive to name.
    ("“I saw the bus leave the road and I said, My God, it is going into the river,” Okafor said.",
     "Okafor saw the bus leave the road and Okafor said, My God, it is going into the river."),
    # Words that only open like one stay: no comma, or the word is the statement's.
    ("“Well-paid managers should share the pain of the cuts,” Okafor said.",
     "Well-paid managers should share the pain of the cuts."),
    ("“Look at the state of the bridge after ten years of neglect,” Okafor said.",
     "Look at the state of the bridge after ten years of neglect."),
    ("“Thanks to the union, the nurses will get their back pay,” Okafor said.",
     "Thanks to the union, the nurses will get their back pay."),
    ("“Thanks, but no thanks: the offer is an insult to the drivers,” Okafor said.",
     "Thanks, but no thanks: the offer is an insult to the drivers."),
    # Nor before a person addressed in lower case, or an oath: alone, "Sir, they will ..." reads as
    # the site's address to its reader.
    ("“No, sir, we will not sell the harbour land to anyone,” Okafor said.",
     "No, sir, they will not sell the harbour land to anyone."),
    ("“Oh, my goodness, we never expected the harbour to flood,” Okafor said.",
     "Oh, my goodness, they never expected the harbour to flood."),
    # Thanks are no interjection: what follows may be whom they are for, which alone misleads.
    ("“Thank you, Minister, for nothing at all this winter,” Okafor said.",
     "Thank you, Minister, for nothing at all this winter."),
    # Nor before a capitalised word: a person addressed, or a title the word is part of.
    ("“No, Prime Minister, the country cannot afford another year of this,” Okafor said.",
     "No, Prime Minister, the country cannot afford another year of this."),
    ("“Yes, Minister is still the best comedy ever made about government,” Okafor said.",
     "Yes, Minister is still the best comedy ever made about government."),
]


@pytest.mark.parametrize("sentence, want", INTERJECTIONS, ids=[s for s, _ in INTERJECTIONS])
def test_an_interjection_opening_a_quotation_goes(sentence, want):
    assert restate(sentence, "Okafor", ("she",)) == want


SAID_WHEN_WHERE = [
    ("As Okafor said last week in Kingsmouth, “The bridge is the heart of the town and must stay open.”",
     "The bridge is the heart of the town and must stay open."),
    ("Okafor said on Tuesday at the town hall, “The bridge is the heart of the town and must stay open.”",
     "The bridge is the heart of the town and must stay open."),
    ("The minister said yesterday in Geneva: “Our embassy will not be lectured by a foreign government.”",
     "Their embassy will not be lectured by a foreign government."),
    ("Okafor told reporters during her visit to the site, “The footbridge must be rebuilt before winter.”",
     "The footbridge must be rebuilt before winter."),
    # With no quotation marks, nothing shows where what was said begins: the phrase may be the
    # statement's own, and stays.
    ("Okafor said in the end, the council had no choice but to close the bridge.",
     "In the end, the council had no choice but to close the bridge."),
    ("Okafor said in Varna, children were dying of hunger every day.",
     "In Varna, children were dying of hunger every day."),
    ("Okafor said during his visit, the president had lied.", "During his visit, the president had lied."),
    ("Okafor said in January, the plant would close for good.", "In January, the plant would close for good."),
    ("Okafor said in London, Manchester and Leeds, rents had risen by a fifth.",
     "In London, Manchester and Leeds, rents had risen by a fifth."),
    ("Okafor said in Kingsmouth, where she grew up, the bridge was everything.",
     "In Kingsmouth, where she grew up, the bridge was everything."),
]


@pytest.mark.parametrize("sentence, want", SAID_WHEN_WHERE, ids=[w for _, w in SAID_WHEN_WHERE])
def test_when_and_where_it_was_said_is_no_part_of_the_statement(sentence, want):
    assert restate(sentence, "Okafor", ("she",)) == want


ASIDES = [
    ("“I personally, as a parent, think the ban is wrong,” Okafor said.",
     "Okafor personally, as a parent, thinks the ban is wrong."),
    ("“I, as a parent, think the ban on phones in class is wrong,” Okafor said.",
     "Okafor, as a parent, thinks the ban on phones in class is wrong."),
    ("“I, for one, want the bridge to stay open for the shops,” Okafor said.",
     "Okafor, for one, wants the bridge to stay open for the shops."),
    ("“I, however, believe the tribunal got the law wrong,” Okafor said.",
     "Okafor, however, believes the tribunal got the law wrong."),
    # Not a list that "I" heads: the verb after it is theirs too.
    ("“I, and many others in the village, oppose the quarry,” Okafor said.",
     "Okafor, and many others in the village, oppose the quarry."),
]


@pytest.mark.parametrize("sentence, want", ASIDES, ids=[w for _, w in ASIDES])
def test_first_person_agrees_past_an_aside_between_commas(sentence, want):
    assert restate(sentence, "Okafor", ("she",)) == want


TWO_SOURCES = [
    # A second source's report, joined by "while", is its own: the speaker's side is not given
    # the first source's words.
    ("The union said pay had fallen by a fifth in real terms, while the employer says that the offer is the best "
     "in the sector.", "employer", ("it", "they"), "The offer is the best in the sector."),
    # What the first source says that is no clause of its own stays with the sentence whole.
    ("She has said little about the ferry in recent weeks, and friends of the family say she now accepts "
     "that the crossing will close.", "Lee", ("she",),
     "Lee has said little about the ferry in recent weeks, and friends of the family say she now accepts that "
     "the crossing will close."),
    # A second source's "it" may be the first report's subject: the sentence stays whole, which
    # says who said what, rather than "Coastline Buses is the best in the region".
    ("The Unite union said the offer was an insult to drivers, but Coastline Buses says it is the best in the "
     "region.", "Coastline Buses", ("it", "they"),
     "The Unite union said the offer was an insult to drivers, but Coastline Buses says it is the best in the region."),
]


@pytest.mark.parametrize("sentence, speaker, pronouns, want", TWO_SOURCES, ids=[w for *_, w in TWO_SOURCES])
def test_a_sentence_of_two_sources_reports(sentence, speaker, pronouns, want):
    assert restate(sentence, speaker, pronouns) == want


def test_an_employer_of_a_deciding_kind_answering_a_request_for_a_rise_is_a_party():
    text = (
        "Bus drivers employed by the Vale Transport Authority will strike on Friday after talks over pay broke down.\n\n"
        "\"Our members have had a real-terms cut every year since 2019,\" said Kieran Doyle, the drivers' union rep. "
        "\"We are asking for a rise that matches inflation, nothing more.\"\n\n"
        "The Vale Transport Authority said it would examine the drivers' request for a rise but warned that fares "
        "could not go up again. \"We value our drivers, but we have to balance the books,\" a spokeswoman said.\n")
    assert "Vale Transport Authority" in members(text)


@pytest.mark.parametrize("ruling", [
    "Judge Susan Hale dismissed the claims as time-barred, and said the tenant could not show the association "
    "had been told of the damp before 2021.",
    # From the bench, a judge gives her reasons for dismissing the claims: she is no party.
    "Judge Susan Hale dismissed the claims, saying the tenant had waited too long to bring them.",
    "Judge Susan Hale dismissed the claims as false, saying the photographs had been taken at another flat.",
])
def test_a_judge_who_dismisses_a_claim_from_the_bench_rules(ruling):
    text = (
        "A tenant's lawsuit against a housing association over damp in her flat has been thrown out.\n\n"
        "Lawyers for the tenant, Grace Obi, said the association had ignored her complaints for two years. "
        "\"She and her children lived with black mould,\" said her solicitor, Tom Reeve.\n\n"
        "The association's lawyer, Ian Clark, said repairs had been offered three times and refused.\n\n"
        + ruling + "\n")
    assert "Susan Hale" not in members(text)


def test_a_firm_called_advisory_that_answers_for_its_advice_is_a_party():
    text = (
        "Hundreds of pensioners have lost savings after a council pension fund lost £40 million on failed property "
        "deals.\n\n"
        "The Pensioners' Action Group said the losses were a scandal. \"Our members trusted the council with their "
        "life savings,\" said its chair, Doreen Platt.\n\n"
        "Kestrel Advisory, the firm that recommended the investments, said it would review the claims but insisted "
        "its advice had been sound.\n\n"
        "The council's finance director, Mark Yates, said the fund had been badly advised. \"We relied on Kestrel "
        "Advisory's expertise and we were let down,\" he said.\n")
    assert "Kestrel Advisory" in members(text)


def test_a_consultant_that_advises_one_party_is_no_decider():
    text = (
        "A developer's plan for 300 homes on green belt land near Wexley has drawn more than 900 objections.\n\n"
        "Residents' group Save Wexley Fields said the scheme would swamp local schools. \"This is the wrong place "
        "for houses,\" said its spokesman, Ron Mills.\n\n"
        "Bellbrook Consulting, which advises the developer, said it would review the objections and submit revised "
        "plans. \"We are confident the scheme meets every local policy,\" said director Sue Hart.\n")
    assert "Bellbrook Consulting" in members(text)


def test_an_authority_examining_an_operators_request_for_a_rise_decides_it():
    text = (
        "Bus fares in the Vale could rise by a fifth after the operator asked permission to raise them.\n\n"
        "\"Our costs have gone up by a third since 2021,\" said Kieran Doyle, managing director of Valeline Buses. "
        "\"We are asking for a rise that covers fuel, nothing more.\"\n\n"
        "Passenger group Fair Fares Vale said the rise would price people off the buses. \"Pensioners and students "
        "will be hit hardest,\" said its chair, Meg Riley.\n\n"
        "The Vale Transport Authority, which sets fares, said it would examine the operator's request for a rise "
        "and decide in March.\n")
    assert "Vale Transport Authority" not in members(text)


def test_an_aside_with_an_i_of_its_own_is_no_aside_to_pass():
    # Passing it, the aside's own verb lost its agreement ("as far as Okafor know").
    restated = restate("“I, as far as I know, am the only one who voted against the closure,” Okafor said.",
                       "Okafor", ("she",))
    assert "as far as Okafor knows," in restated


@pytest.mark.parametrize("sentence, kept", [
    ("Okafor said since the flood, “The bridge has been our lifeline.”", "Since the flood"),
    ("Okafor said from 2019 to 2021, “The council did nothing at all.”", "From 2019 to 2021"),
    ("Okafor said before 2019, “Nobody crossed the bridge at night.”", "Before 2019"),
])
def test_a_time_that_limits_what_a_quotation_says_stays_with_it(sentence, kept):
    """Only when or where it was said goes ("said last week in Kingsmouth, “...”"): a phrase that
    narrows the claim to a time is part of the claim."""
    assert restate(sentence, "Okafor", ("she",)).startswith(kept)


def test_a_council_reviewing_the_drivers_request_for_a_rise_in_fares_decides_it():
    """Staff asking for a rise in something other than their pay ask it of whoever decides it: the
    licensing committee that will review the taxi drivers' request for a rise in fares is no party."""
    text = (
        "Taxi drivers in Dunmore have asked the council to raise the fare they may charge, saying fuel costs have "
        "doubled.\n\n"
        "\"We cannot keep driving at a loss,\" said Ivo Brandt, who chairs the Dunmore Taxi Drivers' Association.\n\n"
        "A council spokeswoman, Ada Lund, said the licensing committee would review the drivers' request for a rise "
        "in fares at its meeting next month.\n")
    assert "Ada Lund" not in members(text)
