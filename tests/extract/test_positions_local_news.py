"""positions: what a side's positions say on local news, where a side's case is mostly reported
in the reporter's words ("the union said the cuts had ...") and wire copy opens with its dateline."""
import pytest

from briefing.extract.actors import Actor
from briefing.extract.positions import MAX_POSITIONS, _strength, fill, restate
from briefing.extract.sentences import split_sentences
from briefing.extract.voices import Voice, quote_marks
from briefing.model import Side

RESTATED = [
    # A sentence ending in a speech verb ("than it claimed") is no statement followed by its
    # source: the source comes first, and what it reports follows it.
    ("Ms Hale's lawyer, Tom Reyes, said the ruling showed the firm's case was weaker than it claimed.", "Reyes",
     "The ruling showed the firm's case was weaker than it claimed."),
    ("The council's planning chief, Ann Lee, said the tower was far taller than residents believed.", "Lee",
     "The tower was far taller than residents believed."),
    # The wire's dateline, with its date and agency, opens the report, not the statement.
    ("OSLO, March 3 (Nordwire) - The fishermen's union said the quota cut would close half the harbour's boats.",
     "the union", "The quota cut would close half the harbour's boats."),
    ("GENEVA, Jan 20 (Reuters) - Swimmer Ana Ruiz asked the tribunal to lift her two-year ban.", "Ruiz",
     "Swimmer Ana Ruiz asked the tribunal to lift her two-year ban."),
    # "says A and that B" reports both: "that" opens the second report, not the first.
    ("She says her posts were based on council papers and that readers had a right to know about the deal.", "Tran",
     "Her posts were based on council papers and readers had a right to know about the deal."),
    ("The union argued at the hearing last week and again on Friday that the ballot was lawful.", "the union",
     "The ballot was lawful."),
]


@pytest.mark.parametrize("sentence, speaker, want", RESTATED, ids=[w for _, _, w in RESTATED])
def test_restate_states_the_reported_claim(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def _fill(text: str, name: str, kind: str = "organisation") -> Side:
    """The one side of `text`, whose every sentence is spoken by one voice."""
    sentences = split_sentences(text)
    voice = Voice(Actor(name), kind, sentences=list(range(len(sentences))))
    side = Side("side", name)
    fill(text, [side], {"side": [voice]}, sentences, [], quote_marks(text, []))
    return side


def test_a_report_of_what_the_side_says_outranks_narration_about_it():
    # Six sentences of narration about the union come first; the seventh reports its claim in
    # the reporter's words. A side's positions state its case: the report is one of them.
    narration = ["The Riders Union was founded in a café on Dock Street in 2019.",
                 "Its first organiser later became a city councillor for the harbour ward.",
                 "The union now counts about four thousand couriers among its members.",
                 "Members gathered outside the depot on Tuesday evening with banners.",
                 "Several restaurants along the quay closed their kitchens early that night.",
                 "Police officers watched the crowd from across the square until midnight."]
    claim = "The union said the fee cuts had left many riders earning below the minimum wage."
    side = _fill(" ".join(narration + [claim]), "Riders Union")
    assert len(side.positions) == MAX_POSITIONS
    assert "The fee cuts had left many riders earning below the minimum wage." in [p.text for p in side.positions]


def test_a_sentence_that_states_nothing_heads_no_position_and_loses_no_evidence():
    # "“We will not,” Dahl said." restates to nothing: the strongest sentence of the side, it
    # heads no position, and the sentences filed under it are evidence of the positions left.
    text = ("“We will not,” Dahl said. The quota for cod is far too low for the northern fleet. "
            "Dahl said the ministry had ignored the fleet's own catch records.")
    side = _fill(text, "Erik Dahl", "person")
    evidence = [e for p in side.positions for e in p.evidence]
    assert sorted(evidence) == sorted(s.text for s in split_sentences(text))
    assert all(p.text for p in side.positions)


def test_a_claim_with_its_grounds_outranks_a_retort():
    # Six short retorts come first; the seventh sentence states what the side wants, at length.
    retorts = ["“We are not asking for the world,” Lee said.",
               "“Nobody here wanted a fight tonight,” Lee said.",
               "“This city deserves better than this,” Lee said.",
               "“Riders know exactly what happened here,” Lee said.",
               "“Ask anybody waiting outside those restaurants,” Lee said.",
               "“Count the empty bikes yourself, please,” Lee said."]
    claim = ("“We want a guaranteed minimum rate for every engaged hour and an independent appeal against account "
             "deactivations,” Lee said.")
    side = _fill(" ".join(retorts + [claim]), "Mo Lee", "person")
    assert len(side.positions) == MAX_POSITIONS
    assert ("They want a guaranteed minimum rate for every engaged hour and an independent appeal against account "
            "deactivations.") in [p.text for p in side.positions]


def test_a_side_calling_for_something_takes_a_stand():
    # "is calling for" and "is urging" are calls to act as "called for" and "urged" are.
    narration = ["The Riders Union was founded in a café on Dock Street.",
                 "Its first organiser later became a city councillor.",
                 "The union now counts about four thousand couriers.",
                 "Members gathered outside the depot on Tuesday evening.",
                 "Several restaurants along the quay closed their kitchens early.",
                 "Police officers watched the crowd from across the square."]
    calls = ["The union is calling for a minimum hourly rate for riders.",
             "Its members are urging the city to license every delivery app."]
    for call in calls:
        side = _fill(" ".join(narration + [call]), "Riders Union")
        assert call in [p.text for p in side.positions]


AGREES = [
    # "I" becomes the speaker, and its verb agrees: past an adverb, and spelt as the third person is.
    ("“I fundamentally believe the ferry should run all winter,” Dahl said.", "Dahl",
     "Dahl fundamentally believes the ferry should run all winter."),
    ("“I always try to answer every letter the council sends,” said Ann Lee.", "Lee",
     "Lee always tries to answer every letter the council sends."),
    ("“I just don’t trust the figures the ministry published,” Dahl said.", "Dahl",
     "Dahl just doesn’t trust the figures the ministry published."),
    ("“I watch the river rise every single winter,” Dahl said.", "Dahl", "Dahl watches the river rise every single winter."),
    ("“I sure do appreciate what the crew did tonight,” Jordan said.", "Jordan",
     "Jordan sure does appreciate what the crew did tonight."),
    # "apply" is a verb, not an adverb in -ly.
    ("“I apply the same rules to every club in the league,” said Ann Lee.", "Lee",
     "Lee applies the same rules to every club in the league."),
]


@pytest.mark.parametrize("sentence, speaker, want", AGREES, ids=[w for _, _, w in AGREES])
def test_first_person_agrees_with_the_speaker(sentence, speaker, want):
    assert restate(sentence, speaker) == want


SECOND_REPORTS = [
    # "X said A and that B" reports A and B: the "that" goes, as the first one did.
    ("Dashly said the fee changes had been offset by higher bonuses and that the average rider earned $34 an hour.",
     "Dashly", "The fee changes had been offset by higher bonuses and the average rider earned $34 an hour."),
    ("The trust said the strike had been well managed, but that 140 operations had been postponed.", "the trust",
     "The strike had been well managed, but 140 operations had been postponed."),
    # A "that" a verb follows is the pronoun, and stays.
    ("Lee said the ferry would run all winter, and that is what the island needs.", "Lee",
     "The ferry would run all winter, and that is what the island needs."),
]


@pytest.mark.parametrize("sentence, speaker, want", SECOND_REPORTS, ids=[w for _, _, w in SECOND_REPORTS])
def test_a_second_report_loses_its_that(sentence, speaker, want):
    assert restate(sentence, speaker) == want


@pytest.mark.parametrize("noun", ["claims", "notes"])
def test_a_speech_verb_used_as_a_noun_reports_nothing(noun):
    # "the claims were reviewed" narrates; "the union claims the fees were cut" reports.
    narration = "The papers were reviewed by the board in full last month."
    assert _strength(narration.replace("papers", noun)) == _strength(narration)
