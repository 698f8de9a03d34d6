"""positions: first person turned into third past a run of adverbs ("I also strongly oppose"),
a second report's "and that" told from the pronoun, the first report put back only when it is
one, and a wire dateline told from a subject that holds capitals and a bracket."""
import pytest

from briefing.extract.positions import restate

FIRST_PERSON = [
    # A run of adverbs between "I" and its verb: the verb after them agrees, the adverbs stay.
    ("“I also strongly oppose the closure of the bridge,” Lee said.", "Lee also strongly opposes the closure of the bridge."),
    ("“I just simply cannot accept the closure of the bridge,” Lee said.",
     "Lee just simply cannot accept the closure of the bridge."),
    ("“I still very much believe the closure of the bridge is wrong,” Lee said.",
     "Lee still very much believes the closure of the bridge is wrong."),
    ("“I never ever said the bridge should close,” Lee said.", "Lee never ever said the bridge should close."),
    ("“I just so happen to think the bridge should stay open,” Lee said.",
     "Lee just so happens to think the bridge should stay open."),
    ("“I already told the council the bridge should stay open,” Lee said.",
     "Lee already told the council the bridge should stay open."),
    ("“I often cross the bridge to get to work each day,” Lee said.", "Lee often crosses the bridge to get to work each day."),
    # Short adverbs in -ly are adverbs too; verbs spelt in -ly are verbs.
    ("“I truly believe the bridge should stay open,” Lee said.", "Lee truly believes the bridge should stay open."),
    ("“I fully support the plan to keep the bridge open,” Lee said.", "Lee fully supports the plan to keep the bridge open."),
    ("“I reapply for the bridge grant every single year,” Lee said.", "Lee reapplies for the bridge grant every single year."),
    ("“I rally the town to save the bridge every single year,” Lee said.",
     "Lee rallies the town to save the bridge every single year."),
    # An adverb with no verb after it is no verb; an aside between commas after it, which the verb follows, neither.
    ("“I personally, the bridge is what matters most to me,” Lee said.",
     "Lee personally, the bridge is what matters most to Lee."),
    ("“I personally, as a driver, want the bridge to stay open,” Lee said.",
     "Lee personally, as a driver, wants the bridge to stay open."),
    # Verbs whose present ends in -ed or -s take an "s" like any other; past and third-person forms stay.
    ("“I need the bridge to stay open for the shop,” Lee said.", "Lee needs the bridge to stay open for the shop."),
    ("“I guess the bridge will close after all,” Lee said.", "Lee guesses the bridge will close after all."),
    ("“I miss the old bridge and the views it gave,” Lee said.", "Lee misses the old bridge and the views it gave."),
    ("“I focus on the bridge and its repairs every day,” Lee said.", "Lee focuses on the bridge and its repairs every day."),
    ("“I used the bridge to get to work each day,” Lee said.", "Lee used the bridge to get to work each day."),
    ("“I agreed the bridge should stay open for now,” Lee said.", "Lee agreed the bridge should stay open for now."),
    ("“I was sure the bridge would stay open for now,” Lee said.", "Lee was sure the bridge would stay open for now."),
    # Spelling: a verb in -oo takes "s", one in -iz doubles its "z".
    ("“I woo voters on the bridge every single weekend,” Lee said.", "Lee woos voters on the bridge every single weekend."),
    ("“I quiz the engineers about the bridge every week,” Lee said.", "Lee quizzes the engineers about the bridge every week."),
]


@pytest.mark.parametrize("sentence, want", FIRST_PERSON, ids=[w for _, w in FIRST_PERSON])
def test_first_person_verb_agrees_past_adverbs(sentence, want):
    assert restate(sentence, "Lee") == want


AND_THAT = [
    # "that" the pronoun, which a verb or an adverb follows, stays.
    ("Lee said the vote was close and that happens in every election.",
     "The vote was close and that happens in every election."),
    ("Lee said the plan was rushed and that alone should be enough to stop it.",
     "The plan was rushed and that alone should be enough to stop it."),
    # "and that" opening a second report goes, whatever opens its subject: a quotation too.
    ("Lee said the bridge was unsafe, and that “urgent repairs” could not wait another winter.",
     "The bridge was unsafe, and urgent repairs could not wait another winter."),
    ("Lee said the bridge was unsafe and that 40 homes would be cut off by a closure.",
     "The bridge was unsafe and 40 homes would be cut off by a closure."),
    ("Lee said the bridge was unsafe and that it would cost £2m to repair.",
     "The bridge was unsafe and it would cost £2m to repair."),
    # A verb in -s stays a verb, but is a plural subject when a verb follows it.
    ("Lee said the bridge was unsafe and that costs money every single week.",
     "The bridge was unsafe and that costs money every single week."),
    ("Lee said the bridge was unsafe and that costs had doubled since the spring.",
     "The bridge was unsafe and costs had doubled since the spring."),
    ("Lee said the bridge was unsafe and that local traders had lost half their trade.",
     "The bridge was unsafe and local traders had lost half their trade."),
]


@pytest.mark.parametrize("sentence, want", AND_THAT, ids=[w for _, w in AND_THAT])
def test_and_that_goes_only_before_a_second_report(sentence, want):
    assert restate(sentence, "Lee") == want


TWO_REPORTS = [
    # "told" takes a listener, which is no part of the first report: the second report alone.
    ("Lee told the BBC the plan was rushed and that the vote should be delayed.", "Lee",
     "The vote should be delayed."),
    ("Ms Lee told the panel her posts were accurate and that residents had a right to know.", "Lee",
     "Residents had a right to know."),
    # A time phrase or a preposition after the verb says when or where, not what.
    ("Lee said on Monday the plan was rushed and that the vote should be delayed.", "Lee",
     "The vote should be delayed."),
    ("Lee said this week the plan was rushed and that the vote should be delayed.", "Lee",
     "The vote should be delayed."),
    # A first report between the verb and "and that" is still put back.
    ("Lee says her posts were based on council papers and that readers had a right to know.", "Lee",
     "Her posts were based on council papers and readers had a right to know."),
]


@pytest.mark.parametrize("sentence, speaker, want", TWO_REPORTS, ids=[w for _, _, w in TWO_REPORTS])
def test_first_report_is_put_back_only_when_it_is_one(sentence, speaker, want):
    assert restate(sentence, speaker) == want


DATELINES = [
    # A subject in capitals with a bracketed short name is no dateline.
    ("NHS England (NHSE) - the body that runs the health service - said it would act.", "the board",
     "NHS England - the body that runs the health service - said it would act."),
    # Wire datelines go, a place of several words and a date or a source tag with them.
    ("RIO DE JANEIRO, Jan 20 (Reuters) - Dockers must not be asked to work through the strike.", "the union",
     "Dockers must not be asked to work through the strike."),
    ("BEIJING/HONG KONG, Jan 20 (Reuters) - Dockers must not be asked to work through the strike.", "the union",
     "Dockers must not be asked to work through the strike."),
    ("LONDON (Reuters) - Dockers must not be asked to work through the strike.", "the union",
     "Dockers must not be asked to work through the strike."),
    ("PURCHASE, N.Y., April 1 (UPI) — Dockers must not be asked to work through the strike.", "the union",
     "Dockers must not be asked to work through the strike."),
]


@pytest.mark.parametrize("sentence, speaker, want", DATELINES, ids=[w for _, _, w in DATELINES])
def test_dateline_goes_but_not_a_subject(sentence, speaker, want):
    assert restate(sentence, speaker) == want
