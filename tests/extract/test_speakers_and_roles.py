"""Speakers and roles: two unnamed speakers' identical words are two quotes, one speaker's repeated
words one; "Prof" without a full stop is a title; a stacked title's role is the title before the
honorific."""
import pytest

from briefing.extract import extract
from briefing.extract.actors import find_actors
from briefing.extract.sentences import split_sentences


def people(text: str) -> list[str]:
    """The names of the people the article names, in the order it first names them."""
    cast = find_actors(text, split_sentences(text))
    return [a.name for a in cast.actors if a.kind == "person"]


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text).quotes]


def quote_ids(text: str) -> list[tuple[str | None, str]]:
    """(speaker, id) of each quotation, in order."""
    return [(q.speaker, q.id) for q in extract(text).quotes]


STORY = "The footbridge over the canal was closed without notice on Monday.\n\n{}\n\nThe council apologised.\n\n{}\n"


@pytest.mark.parametrize("first, then", [
    ("“Nobody told us a thing,” a resident said.", "“Nobody told us a thing,” a police officer said."),
    ("“Nobody told us a thing,” a resident said.", "“Nobody told us a thing,” another resident said."),
    ("“Nobody told us a thing,” one shopkeeper said.", "“Nobody told us a thing,” a spokeswoman for the bus firm said."),
])
def test_two_unnamed_speakers_identical_words_are_two_quotes(first: str, then: str) -> None:
    (one, one_id), (other, other_id) = quote_ids(STORY.format(first, then))
    assert one != other
    assert one_id != other_id


@pytest.mark.parametrize("first, then", [
    # One person named, then described: the same words are his, repeated.
    ("“Nobody told us a thing,” Mayor Tom Hale said.", "“Nobody told us a thing,” the mayor said."),
    ("“Nobody told us a thing,” Mayor Tom Hale said.", "“Nobody told us a thing,” a local man said."),
    # Quoted unnamed first, named further down, as a report's lead often does.
    ("“Nobody told us a thing,” a resident said.", "“Nobody told us a thing,” said Tom Hale, who lives by the canal."),
    # One description twice, or one kind of person under two descriptions.
    ("“Nobody told us a thing,” a resident said.", "“Nobody told us a thing,” a resident said."),
    ("“Nobody told us a thing,” a council spokesman said.", "“Nobody told us a thing,” a spokesman for the council said."),
    # Words whose speaker is not known: they may be anyone's.
    ("“Nobody told us a thing,” a resident said.", "“Nobody told us a thing,” it said."),
])
def test_one_speakers_repeated_words_stay_one_quote(first: str, then: str) -> None:
    ids = {quote_id for _, quote_id in quote_ids(STORY.format(first, then))}
    assert len(ids) == 1


def test_two_unnamed_speakers_identical_words_both_reach_the_briefing_and_its_page(tmp_path) -> None:
    """Built from a real article: each speaker's quote is in the YAML under an id of its own, and a
    newsletter's link to #quote-<id> reaches it (not an anchor the page numbers "-2" for the
    second copy of an id, which moves as quotes come and go)."""
    from briefing.problems import Problems
    from briefing.site import build
    from briefing.store import load
    from built import generated, messages

    root = tmp_path / "site"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "footbridge.txt").write_text(STORY.format(
        "“Nobody told us a thing,” a resident said.", "“Nobody told us a thing,” a police officer said."))
    result = build(root)
    assert not result.failed, messages(result)
    path = generated(root)
    problems = Problems()
    briefing = load(path.read_text(), str(path), problems)
    assert [q.speaker for q in briefing.quotes] == ["a resident", "a police officer"]
    assert len({q.id for q in briefing.quotes}) == 2
    page = (root / "output" / path.stem / "index.html").read_text()
    assert all(f'id="quote-{q.id}"' in page for q in briefing.quotes)


@pytest.mark.parametrize("again", ["Prof Castell", "Prof. Castell", "Professor Castell", "Castell"])
def test_prof_without_a_full_stop_is_a_title_so_the_surname_after_it_names_the_professor(again: str) -> None:
    text = ("Dean Professor Nia Castell said the herbarium would move to the new wing.\n\n"
            f"“The old roof leaks onto the cabinets,” {again} said.\n")
    assert people(text) == ["Nia Castell"]
    assert speakers(text) == [("Nia Castell", "The old roof leaks onto the cabinets,")]


def roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in find_actors(text, split_sentences(text)).actors if a.kind == "person"}


@pytest.mark.parametrize("written, role", [
    # An honorific between a role and the name says no role: the role is the title before it.
    ("Vice-chancellor Professor Nia Castell", "Vice-chancellor"),
    ("Spokeswoman Dr Nia Castell", "Spokeswoman"),
    ("Chief Constable Dr Nia Castell", "Chief Constable"),
    ("Health Secretary Dame Nia Castell", "Health Secretary"),
    # A professor's rank is her role; and a lone honorific is no role.
    ("Associate Professor Nia Castell", "Associate Professor"),
    ("Professor Nia Castell", "Professor"),
])
def test_a_stacked_titles_role_is_the_title_before_the_honorific(written: str, role: str) -> None:
    text = f"{written} said the herbarium would move to the new wing.\n\n“The roof leaks,” Castell said.\n"
    assert roles(text) == {"Nia Castell": role}
