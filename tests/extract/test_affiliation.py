"""affiliation: an actor's country, party, institution and patron, read from the words around it."""
import pytest
from cases import cases

from briefing.extract.actors import Actor, Cast
from briefing.extract.affiliation import affiliate
from briefing.extract.sentences import split_sentences


def cast_from(entries: list[dict]) -> Cast:
    return Cast([Actor(e["name"], e.get("kind", "person"), set(e.get("aliases", [])), e.get("role"), gender=e.get("gender"))
                 for e in entries])


@pytest.mark.parametrize("text, expected", cases("affiliation"))
def test_affiliation(text, expected):
    found = affiliate(text, split_sentences(text), cast_from(expected["cast"]))
    for name, want in expected["affiliations"].items():
        for field, value in want.items():
            assert getattr(found[name], field) == value, f"{name}.{field}"


def test_no_cues_no_affiliation():
    text = "Jo Marsh said the weather was fine."
    found = affiliate(text, split_sentences(text), cast_from([{"name": "Jo Marsh"}]))
    assert found["Jo Marsh"].country is None and found["Jo Marsh"].party is None


def test_lexicons_agree_with_iso_3166():
    """countries.txt and us_states.txt were generated from pycountry; they must still match it."""
    pycountry = pytest.importorskip("pycountry")
    from briefing.extract.gazetteer import LEXICON

    for line in (LEXICON / "countries.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            assert pycountry.countries.get(alpha_2=line.split("|")[0].strip()), line
    for line in (LEXICON / "us_states.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            assert pycountry.subdivisions.get(code="US-" + line.split("|")[2].strip()), line


def test_two_people_sharing_a_mention_do_not_stop_a_pronoun_title_being_read():
    # "Vance" is a mention of both Claire and Joan Vance: their mentions are ordered by offset alone.
    from briefing.extract import extract

    text = ("His daughter, Claire Vance, is contesting the will. Her barrister, Tom Hale KC, said the will was "
            "signed under pressure. \"Mr Vance was not himself,\" Hale said.\n\n"
            "His widow, Joan Vance, says the will is valid.")
    quote, = extract(text).quotes
    assert quote.speaker.endswith("Hale")
