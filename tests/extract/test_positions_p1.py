"""positions: statements a reader can trust. "and that" as a pronoun before a noun, first person
past a comma between adverbs, an organisation's "we" left "they", a participle "said", a sentence's second
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
    # A comma after an adverb that no verb follows still changes nothing.
    assert restate("“I personally, frankly, could not care less,” Okafor said.", "Okafor") == \
        "Okafor personally, frankly, could not care less."


def test_the_we_of_a_person_or_a_party_group_stays_they():
    # (An organisation's "We" is "They" too: WE_NOT_BEFORE_A_VERB below.)
    group = Voice(Actor("Democrats", "organisation"), "group")
    text = "“We need a chairman who can win back the rural counties,” a senior Democrat said."
    assert _positions(text, group) == ["They need a chairman who can win back the rural counties."]
    person = Voice(Actor("Ann Okafor", "person", gender="f"), "person")
    text = "“We need a chairman who can win back the rural counties,” Okafor said."
    assert _positions(text, person) == ["They need a chairman who can win back the rural counties."]


PARTICIPLE_SAID = [
    # "said" after a noun, in the passive, reports no one's speech: the sentence is the statement.
    ("It was the truth said out loud in that room that finally changed the minds of the board.", "Okafor",
     "It was the truth said out loud in that room that finally changed the minds of the board."),
    ("The words said by the mayor at the meeting were cruel and untrue to the families.", "Okafor",
     "The words said by the mayor at the meeting were cruel and untrue to the families."),
    # A speaker with a verb of time before "said" still reports.
    ("Okafor has long said that the bridge is unsafe for lorries.", "Okafor", "The bridge is unsafe for lorries."),
    # Nor is a clause of its own before a speech verb a speaker: the report stays in its sentence.
    ("Some residents cheer when the council spends on roads; others cheer when Okafor insists that parks matter more.",
     "Okafor",
     "Some residents cheer when the council spends on roads; others cheer when Okafor insists that parks matter more."),
    ("While Okafor admitted that the vote would be close, her campaign has argued for a recount all week.", "Okafor",
     "While Okafor admitted that the vote would be close, her campaign has argued for a recount all week."),
    # "As X said, Y" reports Y.
    ("As Okafor explained, the ward had been losing nurses to the city for a decade.", "Okafor",
     "The ward had been losing nurses to the city for a decade."),
    # One part that names the speaker is enough.
    ("Asked whether the plan was dead, Okafor said the council would vote on it again in June.", "Okafor",
     "The council would vote on it again in June."),
    # "that" pointing to a noun opens no report.
    ("The Valley Gazette confirmed that account, reporting that the bridge had been shut twice.", "Gazette",
     "The Valley Gazette confirmed that account, reporting that the bridge had been shut twice."),
]


@pytest.mark.parametrize("sentence, speaker, want", PARTICIPLE_SAID, ids=[w for _, _, w in PARTICIPLE_SAID])
def test_a_participle_said_or_a_clause_is_no_report(sentence, speaker, want):
    assert restate(sentence, speaker) == want


SECOND_QUOTATION = [
    ("“The budget is a mess,” Okafor said, “Nobody on the council has even read it.”", "Okafor",
     "The budget is a mess. Nobody on the council has even read it."),
    ("“The budget is a mess,” said Ann Okafor, a councillor. “Nobody on the council has even read it.”", "Okafor",
     "The budget is a mess. Nobody on the council has even read it."),
    ("“Is this a budget?” Okafor asked the meeting, and told them: “Nobody on the council has even read it.”", "Okafor",
     "Is this a budget? Nobody on the council has even read it."),
    # Two that make a long statement: the first alone, rather than either cut short.
    ("“The budget is a mess that nobody on the council has read, and it will cost the town its library, its pool "
     "and its bus service,” Okafor said. “We warned them about this in March, and again in June, and again last week.”",
     "Okafor", "The budget is a mess that nobody on the council has read, and it will cost the town its library, its "
     "pool and its bus service."),
]


@pytest.mark.parametrize("sentence, speaker, want", SECOND_QUOTATION, ids=[w for _, _, w in SECOND_QUOTATION])
def test_a_second_quotation_in_the_sentence_is_kept(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_a_cut_statement_keeps_its_verb():
    sentence = ("The library, which has served the east side for ninety years and which hundreds of families rely on "
                "every single week for books, computers and a warm room in winter, will close next spring after the "
                "council voted to cut its funding.")
    text = restate(sentence, "Okafor")
    assert "will close" in text
    # A subordinate clause alone states nothing: its verb is not the statement's.
    sentence = ("When you run a hospital, when you run a ward or a clinic, the five-year plan does not fix one broken "
                "boiler, and it does not hire one nurse for the night shift that the ward has needed ever since the "
                "long winter began.")
    assert restate(sentence, "Okafor") == ("When you run a hospital, when you run a ward or a clinic, the five-year plan "
                                           "does not fix one broken boiler.")
    # A long statement whose subject and verb come first is still cut short.
    sentence = ("The council will close the library on the east side next spring, and the families who rely on it "
                "every single week for books, computers and a warm room in winter will have nowhere else to go at all.")
    assert restate(sentence, "Okafor") == "The council will close the library on the east side next spring."


ATTRIBUTION_VERBS = [
    ("Okafor announced that the council would close the east side library next spring.", "Okafor",
     "The council would close the east side library next spring."),
    ("Okafor admitted that the council had not consulted the families who use the library.", "Okafor",
     "The council had not consulted the families who use the library."),
    ("Okafor stressed that no decision had been taken on the future of the library.", "Okafor",
     "No decision had been taken on the future of the library."),
    ("Okafor pointed out that the library had been open for ninety years without a break.", "Okafor",
     "The library had been open for ninety years without a break."),
    ("Okafor confirmed on Tuesday that the library would close in the spring.", "Okafor",
     "The library would close in the spring."),
    ("Okafor warns the library will close in the spring unless the funding is found.", "Okafor",
     "The library will close in the spring unless the funding is found."),
    ("“The library will close in the spring,” the council announced.", "council",
     "The library will close in the spring."),
    # An inserted source goes; a comma stays before what sums the statement up.
    ("The clinic will stop seeing new patients in March, its owners announced on Monday, a decision that leaves "
     "the valley without a doctor.", "owners",
     "The clinic will stop seeing new patients in March, a decision that leaves the valley without a doctor."),
    # A noun that is spelt as a verb of attribution is no attribution.
    ("Okafor added that she had questioned the ruling, but she did not withdraw her remarks, something the party "
     "had asked for.", "Okafor",
     "She had questioned the ruling, but she did not withdraw her remarks, something the party had asked for."),
    # Without "that", these verbs take a thing, not a report: the sentence stays as it is.
    ("Okafor adds details to every model with a brush no wider than a matchstick.", "Okafor",
     "Okafor adds details to every model with a brush no wider than a matchstick."),
    ("The council confirmed the closure of the east side library after a vote.", "council",
     "The council confirmed the closure of the east side library after a vote."),
    ("Okafor announced plans for a new library on the site of the old fire station.", "Okafor",
     "Okafor announced plans for a new library on the site of the old fire station."),
]


@pytest.mark.parametrize("sentence, speaker, want", ATTRIBUTION_VERBS, ids=[w for _, _, w in ATTRIBUTION_VERBS])
def test_attribution_verbs_beyond_said_go(sentence, speaker, want):
    assert restate(sentence, speaker) == want


GREETINGS = [("“Good evening, everyone,” Okafor said.", ""), ("Thank you for coming.", ""),
             ("“Welcome back, everyone,” Okafor said.", ""),
             # Thanks that state a case are a statement.
             ("Thanks to the council, the library is open again.", "Thanks to the council, the library is open again."),
             ("Welcome news for families in the valley.", "Welcome news for families in the valley.")]


@pytest.mark.parametrize("sentence, want", GREETINGS, ids=[s for s, _ in GREETINGS])
def test_a_greeting_states_nothing(sentence, want):
    assert restate(sentence, "Okafor") == want


@pytest.mark.parametrize("hollow", ["“Good evening, everyone,” Okafor said.", "“I do, I do,” Okafor replied."])
def test_a_head_that_states_nothing_leaves_its_place_to_the_next(hollow):
    voice = Voice(Actor("Ann Okafor", "person", gender="f"), "person")
    text = (hollow + " "
            "The council should reopen the library on Saturdays. "
            "Bus fares must fall for pensioners travelling before nine. "
            "Ministers should fund school meals through the summer holidays. "
            "Developers must build affordable flats beside the railway station. "
            "Potholes should be repaired within a fortnight of any report. "
            "Councillors must publish every expense claim online each month.")
    positions = _positions(text, voice)
    assert len(positions) == MAX_POSITIONS
    assert "Good evening, everyone." not in positions and "I do, I do." not in positions
    assert positions[-1] == "Councillors must publish every expense claim online each month."


def test_a_weekday_goes_with_the_part_of_the_day_after_it():
    assert restate("The council closed the east side library on Tuesday night after a vote.", "council") == \
        "The council closed the east side library after a vote."


LEFT_ATTRIBUTION = [
    # A semicolon after the speech verb, as a comma or a colon.
    ("A club spokesman said; the manager wanted to come but the team is playing away that night.", "spokesman",
     "The manager wanted to come but the team is playing away that night."),
    # The end of a quotation opened in an earlier sentence, closed with a typewriter mark.
    ("Because that will decide what kind of town we are going to be,\" she told the meeting.", "Okafor",
     "Because that will decide what kind of town they are going to be."),
    # Where the source said it, after its verb.
    ("The closure of the ward is a disgrace, Okafor said on Tuesday in Kingsmouth.", "Okafor",
     "The closure of the ward is a disgrace."),
    ("All they are asking is that the trust keeps its promise, union secretary Ann Okafor told reporters outside the "
     "hospital in the town centre.", "Okafor", "All they are asking is that the trust keeps its promise."),
    # A quotation that the speech verb opens, after a comma, and that ends the sentence is the statement.
    ("The row grew so heated that the council leader, Ann Okafor, said, “I feel like I need a translator for this budget.”",
     "Okafor", "Okafor feels like Okafor needs a translator for this budget."),
    ("Okafor called the plan “a mess” and said, “Nobody on the council has even read it.”", "Okafor",
     "Nobody on the council has even read it."),
    # An answer keeps the question it answers.
    ("Okafor, asked on “The Morning Show” whether the trust should sell the site, said, “I will leave that to the "
     "board.”", "Okafor",
     "Okafor, asked on The Morning Show whether the trust should sell the site, said, Okafor will leave that to the board."),
    # A curt answer is no statement on its own: the sentence keeps the question it answers.
    ("Asked whether she would stand again, Okafor shook her head and said, “No.”", "Okafor",
     "Asked whether she would stand again, Okafor shook her head and said, No."),
    # A quotation that ends with one in single marks, then its source described at length.
    ("“The answer they want is, ‘Close the ward, save the money,’” Okafor, who has chaired the board since 2019, said "
     "at the time.", "Okafor", "The answer they want is, Close the ward, save the money."),
]


@pytest.mark.parametrize("sentence, speaker, want", LEFT_ATTRIBUTION, ids=[w for _, _, w in LEFT_ATTRIBUTION])
def test_no_attribution_is_left_in_the_statement(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_a_single_mark_that_opens_a_quotation_closed_in_a_later_sentence_goes():
    assert restate("‘A ward like this one saves lives every single week, and the trust knows it.", "Okafor") == \
        "A ward like this one saves lives every single week, and the trust knows it."
    assert restate("Okafor went as far as to say the trust would be 'answerable to nobody,’” a colleague said.",
                   "Okafor") == "Okafor went as far as to say the trust would be answerable to nobody."


def test_a_pronoun_of_another_person_is_not_named_for_the_source():
    # "It adds that their role ...": "their" is not the "it" that spoke.
    assert restate("It adds that their role should be to stay at home and serve the community.", "The Brotherhood",
                   ("it", "they")) == "Their role should be to stay at home and serve the community."
    assert restate("It adds that its members should stay at home and serve the community.", "The Brotherhood",
                   ("it", "they")) == "The Brotherhood’s members should stay at home and serve the community."


# A later "that" after a verb that takes a thing ("admitted the charge at a hearing that ...")
# opens a relative clause or a "so ... that", not what the verb reports: the main clause stays.
ANNOUNCED_THEN_A_LATER_THAT = [
    "Patel admitted dangerous driving at a hearing that lasted an hour.",
    "The school confirmed the change in an email that families got on Monday.",
    "The firm announced 300 redundancies, a step that staff said would hurt the town.",
    "The bakery recalled its bread after it emerged that the flour was spoiled.",
    "The audit revealed gaps so large that the chief executive quit.",
    "The board announced, after a long meeting that ran until midnight, that the pool would shut.",
]


@pytest.mark.parametrize("sentence", ANNOUNCED_THEN_A_LATER_THAT)
def test_a_later_that_after_an_announcing_verb_keeps_the_main_clause(sentence):
    assert restate(sentence, "Lee").rstrip(".") == sentence.rstrip(".").replace(" on Monday", "")


# What the verb reports still comes out when only the time or the place of saying it stands
# between the verb and its "that".
ANNOUNCED_WHEN_OR_WHERE = [
    ("The council confirmed on Tuesday that the pool would shut.", "The pool would shut."),
    ("The council announced last week that the pool would close in May.", "The pool would close in May."),
    ("The council confirmed in a statement that the pool would close in May.", "The pool would close in May."),
]


@pytest.mark.parametrize("sentence, want", ANNOUNCED_WHEN_OR_WHERE, ids=[w for _, w in ANNOUNCED_WHEN_OR_WHERE])
def test_an_announcing_verb_reports_past_the_time_or_place_of_saying(sentence, want):
    assert restate(sentence, "Lee") == want


# An allegation is no fact: "alleged" (and a witness's "testified") stays with what it reports,
# and so does the source of a report that follows ", but" (the other party to a dispute).
ALLEGATIONS = [
    "Prosecutors alleged that Patel stole $3 million from the hospice.",
    "Patel stole $3 million from the hospice, prosecutors alleged.",
    "It is alleged that Patel stole $3 million from the hospice.",
    "The alleged theft meant that dozens of families lost their homes.",
    "Patel denied the charge, but prosecutor Dana Reyes said that he had hidden the money.",
]


@pytest.mark.parametrize("sentence", ALLEGATIONS)
def test_an_allegation_keeps_its_attribution(sentence):
    assert restate(sentence, "Patel", ("he",)) == sentence


def test_the_accused_side_holds_no_allegation_as_its_own():
    text = ("Patel, 47, denies two counts of theft. “I never touched the hospice's money,” Patel told the court.\n\n"
            "Patel denied the charges, but prosecutor Dana Reyes alleged that he had hidden the money in a second "
            "account.\n")
    accused = Voice(Actor("Vik Patel", "person", gender="m"), "person")
    positions = _positions(text, accused)
    assert not any(p.startswith("He had hidden") for p in positions), positions


# An organisation's "We" is "They", as anyone's is: naming the organisation made verbs of the
# words after it ("The union alls want"), and its article and number were guesses.
WE_NOT_BEFORE_A_VERB = [
    ("“We all want the same thing,” the union said.", "They all want the same thing."),
    ("“We and our members reject this,” the union said.", "They and their members reject this."),
    ("“We both want a deal,” the union said.", "They both want a deal."),
    ("“We nurses want a deal,” the union said.", "They nurses want a deal."),
    ("“We’d already left when the fire started,” the union said.", "They’d already left when the fire started."),
]


@pytest.mark.parametrize("sentence, want", WE_NOT_BEFORE_A_VERB, ids=[w for _, w in WE_NOT_BEFORE_A_VERB])
def test_an_organisations_we_is_never_made_a_verb(sentence, want):
    union = Voice(Actor("Harbour Nurses Union", "organisation"), "organisation")
    assert _positions(sentence, union) == [want]


# "and that" before a mass noun opens a second report: the noun is its subject, not what "that"
# points back to ("and that funding was cut" reports that funding was cut).
THAT_BEFORE_A_SUBJECT = [
    ("Okafor said the timetable was rushed and that funding was cut.", "The timetable was rushed and funding was cut."),
    ("Okafor said the estate was neglected and that crime had risen.", "The estate was neglected and crime had risen."),
    ("Okafor said the ward was short of nurses, and that access was limited.",
     "The ward was short of nurses, and access was limited."),
]


@pytest.mark.parametrize("sentence, want", THAT_BEFORE_A_SUBJECT, ids=[w for _, w in THAT_BEFORE_A_SUBJECT])
def test_and_that_before_a_mass_noun_opens_a_second_report(sentence, want):
    assert restate(sentence, "Okafor") == want


# A first report of three words is a report all the same: "said pay must rise and that staff
# were leaving" reports both. Not "said so": that only says that something was said.
SHORT_FIRST_REPORT = [
    ("Okafor said fares must fall and that drivers were leaving.", "Fares must fall and drivers were leaving."),
    ("Okafor says rents went up and that wages did not.", "Rents went up and wages did not."),
    ("Okafor said so on Monday and that drivers were leaving.", "Drivers were leaving."),
    # Cut short at an auxiliary or "not", a first report says nothing on its own.
    ("Okafor said he would not and that the count was rigged.", "The count was rigged."),
    ("Okafor said the depot had, and that drivers were leaving.", "Drivers were leaving."),
    ("Okafor says she will not, and that the scheme is dead.", "The scheme is dead."),
    ("Okafor said the union leaders had not and that drivers were leaving.", "Drivers were leaving."),
]


@pytest.mark.parametrize("sentence, want", SHORT_FIRST_REPORT, ids=[w for _, w in SHORT_FIRST_REPORT])
def test_a_first_report_of_three_words_is_kept_with_the_second(sentence, want):
    assert restate(sentence, "Okafor") == want


def test_a_long_statement_is_cut_where_its_verb_stays():
    # "If" with no comma after its clause: the main clause ("the buses will stop") follows in
    # the same run of words, so a cut after it keeps a verb.
    sentence = ("If the county shuts the depot the buses will stop running and hundreds of villagers who depend on "
                "them to reach the surgery, the market and the station will be stranded, this winter and probably the "
                "next one as well, with no other way to get about.")
    text = restate(sentence, "Okafor")
    assert text.startswith("If the county shuts the depot the buses will stop running")
    assert len(text.split()) <= 30
    # A plural subject and its bare verb ("Teachers deserve") are a finite clause too.
    sentence = ("Teachers deserve a fair settlement after a decade of falling pay, while ministers who have never "
                "stood in front of a class of thirty keep telling them that the money simply is not there this year.")
    assert restate(sentence, "Okafor") == "Teachers deserve a fair settlement after a decade of falling pay."


# A report that opens with a pronoun no one is named for keeps its attribution, which names the
# pronoun's person: "he" in "Rhodri revealed that he is out of work" is Rhodri, not the side's voice.
PRONOUN_WITH_NO_REFERENT = [
    ("She was fined after she admitted that she had taken cash from the till.", "Lee", ("she",),
     "Lee was fined after she admitted that she had taken cash from the till."),
    ("Tomas Brandt, 41, revealed that he is now out of work after losing his licence.", "Lee", ("she",),
     "Tomas Brandt, 41, revealed that he is now out of work after losing his licence."),
]


@pytest.mark.parametrize("sentence, speaker, pronouns, want", PRONOUN_WITH_NO_REFERENT,
                         ids=[w for *_, w in PRONOUN_WITH_NO_REFERENT])
def test_a_report_opening_with_an_unnamed_pronoun_keeps_its_attribution(sentence, speaker, pronouns, want):
    assert restate(sentence, speaker, pronouns) == want


LOOSE_ENDS = [
    # A quoted title or slogan after the attribution is not the speaker's second sentence.
    ("“The cuts will hurt,” Lee told the radio programme, “Newsnight.”", "The cuts will hurt."),
    ("“We will never give in,” Lee said, quoting the old slogan: “No cuts.”", "They will never give in."),
    ("“We will never give in,” Lee said. “The ward stays open and that is final.”",
     "They will never give in. The ward stays open and that is final."),
    # Thanks that answer something state it; a greeting before a clause goes, and "they won" alone says too little.
    ("“Hi, we won!” Lee said.", ""),
    ("“Thanks for nothing, minister,” Lee said.", "Thanks for nothing, minister."),
    ("“Thanks, but no thanks,” Lee said.", "Thanks, but no thanks."),
    ("“Good evening, everyone,” Lee said.", ""),
    # The part of the day after a weekday goes with the attribution.
    ("The pool will close in the spring, the union announced on Tuesday night.", "The pool will close in the spring."),
    # "explains" and "writes" report with "that" (without it, they take a thing: "explains how").
    ("The report explains that the pool will close in the spring.", "The pool will close in the spring."),
    ("Lee writes that the pool will close in the spring.", "The pool will close in the spring."),
    ("Lee explains how the pool will close in the spring.", "Lee explains how the pool will close in the spring."),
    ("The pool will close in the spring, the newsletter explains.", "The pool will close in the spring."),
]


@pytest.mark.parametrize("sentence, want", LOOSE_ENDS, ids=[w or s for s, w in LOOSE_ENDS])
def test_loose_ends_of_the_review(sentence, want):
    assert restate(sentence, "Lee") == want


def test_a_report_holding_another_sources_report_stays_whole():
    # What "she has said" is no report: "little" is its object, and after ", and" other people
    # report what she now thinks. Neither half alone is hers to state.
    sentence = ("She has said little about the ferry in recent weeks, and friends of the family say she now accepts "
                "that the crossing will close.")
    assert restate(sentence, "Lee", ("she",)) == ("Lee has said little about the ferry in recent weeks, and friends "
                                                  "of the family say she now accepts that the crossing will close.")
