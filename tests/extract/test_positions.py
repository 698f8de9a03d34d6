"""positions: restatements in the tool's own words, verbatim evidence, sides on quotes, key quotes."""
import pytest
import yaml
from cases import FIXTURES

from briefing.extract.positions import MAX_KEY_QUOTES, fill, restate
from briefing.extract.sentences import split_sentences
from briefing.extract.voices import Voice, quote_marks
from briefing.extract.actors import Actor
from briefing.model import Quote, Side

LINES = (FIXTURES / "positions" / "restate.txt").read_text(encoding="utf-8").splitlines()
EXPECTED = yaml.safe_load((FIXTURES / "positions" / "restate.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line, want", list(zip(LINES, EXPECTED)), ids=[w["speaker"] for w in EXPECTED])
def test_restate(line, want):
    assert restate(line, want["speaker"]) == want["text"]


def test_restate_is_never_a_copied_quote():
    line = LINES[0]
    assert "“" not in restate(line, "Dahl") and restate(line, "Dahl") not in line


def test_fill_gives_verbatim_evidence_sides_and_few_key_quotes():
    text = " ".join(f"“Point number {i} is that the fishing quota is far too low,” Dahl said." for i in range(10))
    sentences = split_sentences(text)
    quotes = [Quote(f"q{i}", f"Point number {i} is that the fishing quota is far too low,", "Erik Dahl") for i in range(10)]
    dahl = Voice(Actor("Erik Dahl"), "person", sentences=list(range(10)), quotes=[q.id for q in quotes])
    side = Side("norway", "Norway")
    fill(text, [side], {"norway": [dahl]}, sentences, quotes, quote_marks(text, [q.text for q in quotes]))
    assert side.positions
    for position in side.positions:
        assert position.evidence and all(e in text for e in position.evidence)
        assert position.quotes
    assert all(q.side == "norway" for q in quotes)
    assert 0 < sum(q.key for q in quotes) <= MAX_KEY_QUOTES


def test_restate_drops_what_says_nothing():
    # A bare "I do." with nothing outside the quotation to fall back on states no position.
    assert restate("“I do,” Pratt replied.", "Pratt") == ""


def test_restate_is_a_sentence_or_nothing():
    for line, want in zip(LINES, EXPECTED):
        text = restate(line, want["speaker"])
        if not want["text"]:
            assert text == ""  # nothing to state
            continue
        assert text[0].isupper() and text.endswith(".") and not text.endswith(("!.", "?.", ".."))


def test_a_repeated_quotation_gets_its_side_on_every_copy_and_is_linked_once():
    text = ("“We will not pay for the bridge,” Dahl said on Monday. The council met again. "
            "“We will not pay for the bridge,” Dahl said on Tuesday.")
    sentences = split_sentences(text)
    quotes = [Quote("q1", "We will not pay for the bridge,", "Erik Dahl") for _ in range(2)]
    dahl = Voice(Actor("Erik Dahl"), "person", sentences=[0, 2], quotes=["q1"])
    side = Side("norway", "Norway")
    fill(text, [side], {"norway": [dahl]}, sentences, quotes, quote_marks(text, [q.text for q in quotes]))
    assert [q.side for q in quotes] == ["norway", "norway"]
    assert side.positions and all(position.quotes == ["q1"] for position in side.positions)
