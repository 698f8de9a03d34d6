"""positions: statements in the tool's words, read across local news and wire copy: no
attribution left in (however long the speaker's description, or with a relative clause on
the speaker), a long statement cut where a phrase ends, an organisation named for "it"."""
import pytest

from briefing.extract.actors import Actor
from briefing.extract.positions import fill, restate
from briefing.extract.sentences import split_sentences
from briefing.extract.voices import Voice, quote_marks
from briefing.model import Side

RESTATED = [
    # "X, who ..., said Y" reports Y: the relative clause describes the speaker.
    ("Cllr Peter Danvers, who chairs the planning committee, said members had been entitled to reach their own view.",
     "Danvers", "Members had been entitled to reach their own view."),
    ("Mr. Vermeer, who served one term in the provincial legislature, said in a video posted online that he had "
     "spoken at universities in three provinces without incident.", "Vermeer",
     "He had spoken at universities in three provinces without incident."),
    # A quotation, then its attribution: however long the speaker's description, and whatever the
    # sentence adds about when or why it was said, the quotation is the statement.
    ("“There are cases where a face is the only lead we have,” said Chief Raymond Duarte of the Vista Verde "
     "Police Department, the coalition's president.", "Duarte",
     "There are cases where a face is the only lead they have."),
    ("“It’s going to cost the town well over two million euros by the time it’s finished,” Brennan said about "
     "the legal fees being run up against her in the appeal.", "Brennan",
     "It’s going to cost the town well over two million euros by the time it’s finished."),
    ("“Nobody here is against new homes,” said Janet Pickersgill, who chairs the group and has lived on "
     "Recreation Terrace for 38 years.", "Pickersgill", "Nobody here is against new homes."),
    ("\"Our members are tired of waiting for the ministry,\" said Pavel Hruska, a spokesman for the Moravian "
     "Guild of Independent Bakers, which represents 4,200 family bakeries.", "Hruska",
     "Their members are tired of waiting for the ministry."),
    ("“Surasta has acted fully within its rights under trade rules,” Commerce Minister Tomas Okari said in a "
     "statement.", "Okari", "Surasta has acted fully within its rights under trade rules."),
    # A quoted title in what the sentence says of the speaker.
    ("“The banks have a firm grip on the coalition,” said Ines Carvalho, author of “The Lisbon Ledger,” a "
     "history of the pension reform fight.", "Carvalho", "The banks have a firm grip on the coalition."),
    ("“Marta Kuusk would be the strongest candidate, but she doesn't have a chance,” Tamm said on ETV's \"Evening "
     "Desk,\" adding, “Marta Kuusk's problem is she is a veteran in a year for newcomers.”",
     "Tamm", "Marta Kuusk would be the strongest candidate, but she doesn't have a chance."),
    ("''The reason she has lasted so long is that she kept every faction at the table, '' said Mr. Okonjo, who now "
     "advises the party. ''She doesn't see herself as a radical.", "Okonjo",
     "The reason she has lasted so long is that she kept every faction at the table."),
    # A second quotation the sentence runs on into: the first is the statement.
    ("''A cheaper rail pass is popular with those who started work during the downturn,'' said Lotte Brandt, the "
     "campaign director at Fair Fares Now. ''We need to go further.", "Brandt",
     "A cheaper rail pass is popular with those who started work during the downturn."),
]


@pytest.mark.parametrize("sentence, speaker, want", RESTATED, ids=[w for _, _, w in RESTATED])
def test_restate_leaves_no_attribution(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_a_quotation_resumed_after_its_source_is_one_statement():
    assert restate("“We will fight this ruling,” she said, “and we will win.”", "Lee") == \
        "They will fight this ruling and they will win."


def test_restate_reads_past_a_quoted_title_to_the_report():
    sentence = ("Mr. Osei said on GBC's ''Weekend Forum'' on Sunday that Mr. Mensah had shown contempt for his family.")
    assert restate(sentence, "Osei") == "Mensah had shown contempt for his family."


CUT = [
    # Over MAX_WORDS, with no clause break to cut at: the statement ends where a phrase ends,
    # before a preposition or a relative pronoun, not on it.
    ("The union said the new rota would leave wards on the night shift with one nurse for every fourteen patients "
     "in the hospital and with no cover at all for staff who are off sick or on leave during the holidays.",
     "The new rota would leave wards on the night shift with one nurse for every fourteen patients in the hospital "
     "and with no cover at all for staff."),
    ("The decision to close the Dock Street library has managed to anger almost everyone in the old harbour ward, "
     "with parents saying the council lacked the courage to explain why it acted and readers accusing the mayor of "
     "closing it by stealth.",
     "The decision to close the Dock Street library has managed to anger almost everyone in the old harbour ward, "
     "with parents saying the council lacked the courage."),
]


@pytest.mark.parametrize("sentence, want", CUT, ids=[w[-40:] for _, w in CUT])
def test_a_statement_cut_short_ends_where_a_phrase_ends(sentence, want):
    assert restate(sentence, "Lee") == want


NAMED = [
    # "X said it ...": the pronoun is the organisation that spoke; the position names it.
    ("Brantwood said it was “happy to discuss” additional monitoring with neighbours.", "Brantwood Aggregates",
     ("it", "they"), "Brantwood was happy to discuss additional monitoring with neighbours."),
    ("The Kingsmouth Civic Society, which has campaigned to keep the statue, said it was deeply disappointed.",
     "Kingsmouth Civic Society", ("it", "they"), "The Kingsmouth Civic Society was deeply disappointed."),
    ("The Council of Indigenous Communities of Corquemayu says it will go to court.",
     "Council of Indigenous Communities of Corquemayu", ("it", "they"),
     "The Council of Indigenous Communities of Corquemayu will go to court."),
    ("North Sea Terminal Group said in a statement that its offer was \"generous and responsible\".",
     "North Sea Terminal Group", ("it", "they"), "North Sea Terminal Group’s offer was generous and responsible."),
    ("It said it would keep its offer open until Friday.", "North Sea Terminal Group", ("it", "they"),
     "North Sea Terminal Group would keep its offer open until Friday."),
    # "X said he ...": the person who spoke, named as the other positions name them.
    ("Councilmember Darnell Hughes, who has pushed for tougher rules, said he supported the move.", "Hughes",
     ("he",), "Hughes supported the move."),
    ("Mr. Vermeer, who served one term in the provincial legislature, said in a video posted online that he had "
     "spoken at universities in three provinces without incident.", "Vermeer", ("he", "she"),
     "Vermeer had spoken at universities in three provinces without incident."),
    # Not where the speaker is someone else, or the pronoun cannot be theirs: the pronoun stays.
    ("Rafael Quintero, a senior adviser to Mr. Alcaraz, said he believed the delegation would be fairly treated.",
     "Alcaraz", ("he",), "He believed the delegation would be fairly treated."),
    ("Sofia Brandt, a publicist for Greta Holm, said that he was back at the farm recovering with his sons.",
     "Brandt", ("he", "she"), "He was back at the farm recovering with his sons."),
    ("Ann Lee said he had been the finest teacher the school ever had.", "Lee", ("she",),
     "He had been the finest teacher the school ever had."),
    ("“We will fight this ruling,” said Ann Lee.", "Lee", ("she",), "They will fight this ruling."),
    ("Indigenous communities around the salt flat in southwestern Bolivia said they would block the roads to the "
     "plant.", "Bolivia", ("it", "they"), "They would block the roads to the plant."),
    ("“It will ask whether the minister took the law into account,” the corporation said.", "Wardangu Corporation",
     ("it", "they"), "It will ask whether the minister took the law into account."),
]


@pytest.mark.parametrize("sentence, speaker, pronouns, want", NAMED, ids=[w for *_, w in NAMED])
def test_restate_names_the_speaker_a_pronoun_stands_for(sentence, speaker, pronouns, want):
    assert restate(sentence, speaker, pronouns) == want


def test_a_side_s_positions_name_the_organisation_its_pronoun_stands_for():
    text = "Brantwood said it would appeal against the council's refusal of the quarry extension."
    sentences = split_sentences(text)
    voice = Voice(Actor("Brantwood Aggregates", "organisation"), "organisation", sentences=[0])
    side = Side("brantwood", "Brantwood Aggregates")
    fill(text, [side], {"brantwood": [voice]}, sentences, [], quote_marks(text, []))
    assert [p.text for p in side.positions] == ["Brantwood would appeal against the council's refusal of the quarry extension."]
    assert side.positions[0].evidence == [text]


SPEAKER_DESCRIBED = [
    ("Ms Leary’s barrister, Nadia Farouk, who is acting for her without charge, told the court that every statement "
     "in the posts was drawn from the council’s own register.", "Farouk",
     "Every statement in the posts was drawn from the council’s own register."),
    ("The Nurses’ Federation, which claims a membership of over 22,000 nurses, says the move will create a two-tier "
     "workforce.", "Nurses’ Federation", "The move will create a two-tier workforce."),
    ("Dr. Katrin Baumann, who chairs the pelagic working group, the body that advises coastal states, said the quotas "
     "added up to about 40% more than the scientific advice.", "Baumann",
     "The quotas added up to about 40% more than the scientific advice."),
    # A statement with a relative clause, whose verb is no speech verb, keeps it.
    ("The council will close the library, which opened in 1901, and sell the site to a developer.", "the council",
     "The council will close the library and sell the site to a developer."),
]


@pytest.mark.parametrize("sentence, speaker, want", SPEAKER_DESCRIBED, ids=[w for _, _, w in SPEAKER_DESCRIBED])
def test_restate_lifts_the_report_past_a_speaker_described_at_length(sentence, speaker, want):
    assert restate(sentence, speaker) == want


@pytest.mark.parametrize("sentence, speaker, want", [
    ("“He said the paperwork was coming and that it was his call,” Ruiz told the jury.", "Ruiz",
     "He said the paperwork was coming and that it was his call."),
    ("“He said Norway would be at the end of the line,” Mr Lindqvist told Radio Nord.", "Lindqvist",
     "He said Norway would be at the end of the line."),
])
def test_a_he_in_a_quotation_is_not_the_speaker(sentence, speaker, want):
    # The speaker of a quotation is "I" in it: its "he" is someone else, and "Lindqvist said
    # Norway would be at the end of the line" would put another man's words in Lindqvist's mouth.
    assert restate(sentence, speaker, ("he",)) == want


@pytest.mark.parametrize("sentence, speaker, want", [
    # After a name, "the ..." between commas describes; after a common word it opens the main clause.
    ("“Under the code, the burden is on the athlete to establish the source, and in this case that burden has "
     "not been met,” said the agency's legal director, Helene Roussel.", "Roussel",
     "Under the code, the burden is on the athlete to establish the source, and in this case that burden has not "
     "been met."),
    ("“Month after month, the defendant moved money into accounts that he controlled, and then he lied to his own "
     "board about it.”", "Prosecution",
     "Month after month, the defendant moved money into accounts that he controlled, and then he lied to his own "
     "board about it."),
    ("Castellan, a Chicago industrial group, offered 640p per share in cash.", "Castellan",
     "Castellan offered 640p per share in cash."),
])
def test_restate_drops_a_description_but_not_a_clause(sentence, speaker, want):
    assert restate(sentence, speaker) == want


@pytest.mark.parametrize("sentence, speaker, want", [
    # A speech verb used as any other verb ("acknowledged our letters", "warned about his
    # behaviour") reports no statement: the sentence is the statement.
    ("So far they haven't even acknowledged our letters.\"", "Vega",
     "So far they haven't even acknowledged their letters."),
    ("I ask only to be heard, and then argued with.’", "Hartley", "Hartley asks only to be heard, and then argued with."),
])
def test_restate_wants_a_clause_after_a_speech_verb(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_examples_set_between_commas_go_and_the_verb_stays():
    sentence = ("National Prosecuting Authority spokesperson Luyolo Mahote said the state was “confident in the strength "
                "of the evidence” and that 31 witnesses, including forensic auditors and residents of affected villages, "
                "would testify.")
    assert restate(sentence, "Mahote") == \
        "The state was confident in the strength of the evidence and 31 witnesses would testify."


def test_a_curt_yes_states_neither_the_question_nor_what_the_sentence_adds_of_it():
    # "You bet I would" leaves too little to state; the question it answers ("when asked whether
    # he would close the border") and a relative clause about its place are no statement of his.
    sentence = ("“You bet I would,” Moreau said when asked whether he would close the border to cattle trucks coming "
                "into France from Belgium, where the number of confirmed cases of the disease has risen.")
    assert restate(sentence, "Moreau", ("he",)) == ""


@pytest.mark.parametrize("sentence, speaker, want", [
    ("The hiker was found alive after a Chilean rescue team dug her out of the snow near the summit of Cerro Alvear, "
     "said Ramon J.P., a spokesman for the Andean Rescue Corps of Patagonia.", "J.P.",
     "The hiker was found alive after a Chilean rescue team dug her out of the snow near the summit of Cerro Alvear."),
    ("Any honest reading of Halvorsen's remarks, said Ingrid Solberg, an expert on fisheries at the Nordic Policy "
     "Institute, would take this as a quiet admission that Norway is giving ground.", "Solberg",
     "Any honest reading of Halvorsen's remarks would take this as a quiet admission that Norway is giving ground."),
    ("Even as the count moves to the northern districts, the result will be close, said Aiko Tanabe, director of "
     "Harbour Research and an independent election analyst in Osaka.", "Tanabe",
     "Even as the count moves to the northern districts, the result will be close."),
    ("The puzzle of Greta, says Olaf Brenner, archivist at the Royal Consorts Museum, is that she was one of the "
     "shyest queens of the century.", "Brenner",
     "The puzzle of Greta is that she was one of the shyest queens of the century."),
])
def test_restate_drops_a_source_named_after_its_verb(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_a_place_after_the_speaker_is_not_taken_for_them():
    sentence = "Mr Pryce, from Llanfair Mawr, Powys said his cat woke him before the fire spread."
    assert restate(sentence, "Powys", ("he", "she")) == "His cat woke him before the fire spread."
