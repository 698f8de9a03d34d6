"""Properties of the quote, actor and attribution rules on any text: they never raise,
every quote is an exact substring of its article, and no quote runs past a paragraph."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.extract.actors import find_actors
from briefing.extract.attribution import attribute
from briefing.extract.quotes import MAX_QUOTE_CHARS, find_quotes
from briefing.extract.sentences import split_sentences

# Pieces that stress the rules: every kind of mark, names, titles, speech verbs, breaks.
PIECES = st.sampled_from([
    "“", "”", '"', "‘", "’", "'", "«", "»", "„", " ", " ", "\n", "\n\n", ",", ".", ":", "(", ")", "—",
    "said", "told", "according to", "he", "she", "the statement", "Mr.", "Sen.", "President",
    "Anna Berg", "Berg", "the Kremlin", "Putin’s spokesman", "O’Neill", "U.S.", "é", "x",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=300))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_rules_never_raise_and_quotes_are_verbatim(text):
    sentences = split_sentences(text)
    spans = find_quotes(text)
    cast = find_actors(text, sentences)
    found = attribute(text, sentences, spans, cast)
    for quote in [*spans, *found]:
        assert text[quote.start:quote.end] == quote.text
        assert "\n" not in quote.text and len(quote.text) <= MAX_QUOTE_CHARS
    assert [q.start for q in found] == sorted(q.start for q in found)
    for actor in cast.actors:
        assert cast.resolve(actor.name) is not None
