"""positions: a statement followed by its source ("..., the union said."), where the source holds
a speech verb of its own that reports nothing: in a relative clause about the source, or a noun."""
import pytest

from briefing.extract.positions import restate

STATED = [
    ("The closure is illegal, lawyers for residents who say they were never consulted argued.", "Lee",
     "The closure is illegal."),
    ("Claims of fraud were baseless, the head of claims at the insurer said.", "Lee",
     "Claims of fraud were baseless."),
    ("Drivers are paid less than the minimum wage, the union, which says it represents 5,000 drivers, said.",
     "Lee", "Drivers are paid less than the minimum wage."),
    # A source that reports a claim of its own is no source: what it says is the claim.
    ("Ms Hale's lawyer, Tom Reyes, said the ruling showed the firm's case was weaker than it claimed.", "Reyes",
     "The ruling showed the firm's case was weaker than it claimed."),
]


@pytest.mark.parametrize("sentence, speaker, want", STATED, ids=[w for _, _, w in STATED])
def test_a_statement_keeps_its_source_out(sentence, speaker, want):
    assert restate(sentence, speaker) == want
