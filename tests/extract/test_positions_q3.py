"""positions: statements in the tool's words, read across local news and wire copy: no
attribution left in (however long the speaker's description, or with a relative clause on
the speaker), a long statement cut where a phrase ends, an organisation named for "it"."""
import pytest

from briefing.extract.positions import restate

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
    ("“It’s going to be well over a million dollars by the time it’s done,” Tenney said about the money being "
     "spent against her in the primary.", "Tenney",
     "It’s going to be well over a million dollars by the time it’s done."),
    ("“Nobody here is against new homes,” said Janet Pickersgill, who chairs the group and has lived on "
     "Recreation Terrace for 38 years.", "Pickersgill", "Nobody here is against new homes."),
    ("\"Our members are frustrated with the minister,\" said Jack Mozloom, a spokesman for the National "
     "Federation of Independent Business, which represents 325,000 small businesses.", "Mozloom",
     "Their members are frustrated with the minister."),
    ("“Surasta has acted fully within its rights under trade rules,” Commerce Minister Tomas Okari said in a "
     "statement.", "Okari", "Surasta has acted fully within its rights under trade rules."),
    # A second quotation the sentence runs on into: the first is the statement.
    ("''A populist platform is appealing to those who came of age during the meltdown,'' said Kurt Walters, the "
     "campaign director at Rootstrikers. ''We need to be bolder.", "Walters",
     "A populist platform is appealing to those who came of age during the meltdown."),
]


@pytest.mark.parametrize("sentence, speaker, want", RESTATED, ids=[w for _, _, w in RESTATED])
def test_restate_leaves_no_attribution(sentence, speaker, want):
    assert restate(sentence, speaker) == want


def test_restate_reads_past_a_quoted_title_to_the_report():
    sentence = ("Mr. Khan said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife.")
    assert restate(sentence, "Khan") == "Trump had shown disrespect to his wife."


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
