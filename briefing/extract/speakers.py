"""Rule: resolve a cue's phrase to its speaker: a name to the actor's fullest name, a
pronoun to the actor it refers to, a nominal to its author or as written.

Pronouns take the last few actors named before them, of the kind they agree with ("he"
a person, "it" an organisation); one known to have the pronoun's gender beats one whose
gender is unknown, and of the sentence that names it, its first such actor (the subject).
An unnamed speaker given since ("the union's spokeswoman said") takes it first.
Document nominals ("the statement said") go to the actor named next to the document's
earlier mention, and "the company said" to the one company named before; other nominals ("a
spokesman") stay as written.

Two speakers of the same words are surely two people (`other_speakers`) when the article names
both, or brings in both as someone new, of two kinds ("a resident", "a police officer") or the
second as "another" ("a resident", "another resident").
"""
from __future__ import annotations

import bisect
import re

from .actors import Actor
from .affiliation import KIND_HEADS, named_as
from .cues import PRONOUNS, Phrase, Reader

PERSON_PRONOUNS = {"he", "she", "him", "her"}
# A speaker the text does not name, as the subject of a speech verb: "The union's spokeswoman said
# ... “…,” she said." A pronoun after it is that speaker's, not the last named person's.
UNNAMED_SPEAKER = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[\w'’-]+\s+){0,3}?)(spokes(?:wo)?man|spokesperson)"
                             r"(?=\s+(?:said|says|added)\b)")  # not "told her": that reports what someone said
UNNAMED_GENDER = {"spokeswoman": "f", "spokesman": "m"}  # by the speaker's noun, group 2
# A business the text brings up without a name: "a small electric bike start-up", "a new firm".
UNNAMED_BODY = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|start-?up|business|airline|carrier)\b")
ANTECEDENT_WINDOW = 8  # name mentions looked back over to find a pronoun's antecedent
DOCUMENT_WINDOW = 3000  # characters looked back over for the mention of "the statement"
# Nominals that stand for their author: "the statement said" is whoever issued it.
DOCUMENTS = {"statement", "report", "letter", "release", "memo", "email", "e-mail", "post", "tweet", "ad",
             "advert", "video", "website", "editorial", "article", "story", "transcript", "filing", "complaint",
             "lawsuit", "suit", "ruling", "decision", "order", "note", "message", "document", "notice", "survey",
             "poll", "study", "book", "speech", "announcement", "communique", "communiqué", "readout", "account"}
# How a speaker the article does not name is brought in as someone new: "a resident", "one officer".
INTRODUCING = {"a", "an", "one", "another"}
# Where what a description says of its speaker's kind ends: "a spokesman for the council".
AFTER_HEAD = {"for", "of", "at", "from", "with", "in", "on", "to", "who", "whose", "that", "which"}


def resolve(reader: Reader, phrase: Phrase) -> tuple[str | None, str | None]:
    """(speaker, role): the actor's fullest name, else the phrase as written; a pronoun
    with no antecedent gives no name ("it said" names nobody)."""
    if phrase.kind == "name":
        actor = reader.cast.resolve(phrase.text, at=phrase.start)
    elif phrase.kind == "pronoun":
        actor = _antecedent(reader, phrase)
        unnamed = _unnamed_since(reader, phrase, actor)
        if unnamed:
            return unnamed, None
        if actor is None:
            return None, None
    else:
        actor = (reader.cast.resolve(phrase.text, at=phrase.start) or _document_source(reader, phrase)
                 or _body_named_by(reader, phrase))
    if actor is None:
        return phrase.text, None
    return actor.name, actor.role


def other_speakers(first: str | None, then: str | None, names: set[str]) -> bool:
    """Are these surely two speakers, not one under two descriptions? Two people of the article,
    by their names (`names`); two it does not name, each brought in as someone new ("a resident",
    "a police officer"), of two kinds or the second "another". Not a name and a description: "the
    Prime Minister" and "a local man" may be a person the article names ("Cameron", "Tom Hale"),
    and the lead of a report often quotes someone it names further down; nor anyone and a pronoun
    the article does not resolve (None): merging one person's repeated words matters more than
    telling apart a rare pair."""
    if first is None or then is None or first == then:
        return False
    if first in names and then in names:
        return True
    # A name is no one brought in as new (its kind is None): a name and a description are no pair.
    kinds = [_kind_of_unnamed(speaker) for speaker in (first, then)]
    return None not in kinds and (then.split()[0].lower() == "another" or kinds[0] != kinds[1])


def _kind_of_unnamed(speaker: str) -> str | None:
    """"officer" of "a police officer", "spokesman" of "a spokesman for the council": the kind of
    person a speaker brought in as someone new is, or None for any other speaker ("the minister",
    "Hale")."""
    words = speaker.lower().split()
    if len(words) < 2 or words[0] not in INTRODUCING:
        return None
    described = words[1:]
    head = next((at for at, word in enumerate(described) if word in AFTER_HEAD), len(described))
    return (described[:head] or described)[-1]


def _antecedent(reader: Reader, phrase: Phrase) -> Actor | None:
    """The actor a pronoun refers to: of the last few named, of the kind the pronoun
    agrees with, one known to have its gender beats one whose gender is unknown; and of
    the sentence that names it, the first such actor, its subject ("Trump went after
    Bush, calling him “a stiff.” He says …" is Trump)."""
    pronoun = phrase.text.lower()
    person = pronoun in PERSON_PRONOUNS
    gender = PRONOUNS.get(pronoun)
    index = bisect.bisect_left(reader.name_starts, phrase.start) - 1
    agreeing: list[tuple[int, Actor, bool]] = []  # (mention start, actor, gender known to match)
    for back in range(min(ANTECEDENT_WINDOW, index + 1)):
        name = reader.names[index - back]
        actor = reader.cast.actor_at(name.start)
        if actor is None or (actor.kind == "person") != person:
            continue
        if gender is None or actor.gender in (gender, None):
            agreeing.append((name.start, actor, gender is None or actor.gender == gender))
    if not agreeing:
        return None
    best = next((a for a in agreeing if a[2]), agreeing[0])
    sentence = reader.sentence_start(best[0])
    same_sentence = [a for a in agreeing if a[2] == best[2] and reader.sentence_start(a[0]) == sentence]
    return min(same_sentence, key=lambda a: a[0])[1]


def _unnamed_since(reader: Reader, phrase: Phrase, antecedent: Actor | None) -> str | None:
    """The unnamed speaker ("The union's spokeswoman") a person pronoun refers to: one the
    sentence before the pronoun or its own gives after the last mention of the named
    `antecedent`, of the pronoun's gender; a bare "the spokeswoman" only if the antecedent is no
    spokeswoman (else she is the one meant). None if there is none."""
    pronoun = phrase.text.lower()
    if pronoun not in PERSON_PRONOUNS:
        return None
    named_at = antecedent.last_mention_before(phrase.start) if antecedent else -1
    window = max(named_at + 1, reader.sentence_start(max(0, reader.sentence_start(phrase.start) - 1)))
    held = (antecedent.role or "").lower() if antecedent else ""
    found = [m for m in UNNAMED_SPEAKER.finditer(reader.text, window, phrase.start)
             if not reader.inside_quote(m.start()) and UNNAMED_GENDER.get(m.group(2)) in (PRONOUNS[pronoun], None)
             # A bare "the spokeswoman" is the one named before, if that one is a spokeswoman.
             and not (m.group().lower().startswith("the ") and not m.group(1) and m.group(2) in held)]
    return found[-1].group() if found else None


def _body_named_by(reader: Reader, phrase: Phrase) -> Actor | None:
    """"the company said": the one company (firm, airline, carrier) the text has named before, by
    its name or trade ("Vantage Chemicals"), unless an unnamed one comes up since ("now runs a
    small start-up"). None when it has named none, or several. Not "the union": a union named in
    passing (the European Union, the one the strikers left) is too often another."""
    article, _, noun = phrase.text.lower().partition(" ")
    if article != "the" or noun not in KIND_HEADS:
        return None
    bodies = {a.name: a for a in reader.cast.actors
              if a.kind == "organisation" and a.mentions and a.mentions[0][0] < phrase.start and named_as(a.name, noun)}
    if len(bodies) != 1:
        return None
    (body,) = bodies.values()
    return None if UNNAMED_BODY.search(reader.text, body.last_mention_before(phrase.start), phrase.start) else body


def _document_source(reader: Reader, phrase: Phrase) -> Actor | None:
    """"the statement said": whoever the text last named next to a statement, as in
    "Cook provided a written statement"; None when the text does not say."""
    head = phrase.text.split()[-1].lower()
    if head not in DOCUMENTS:
        return None  # "a spokesman", "an angry crowd": the phrase itself is the speaker
    window = max(0, phrase.start - DOCUMENT_WINDOW)
    for match in reversed(list(re.finditer(rf"\b{re.escape(head)}\b", reader.text[window:phrase.start], re.I))):
        match_start = window + match.start()
        if reader.inside_quote(match_start):
            continue
        sentence_start = reader.sentence_start(match_start)
        issuers = [n for n in reader.names_between(sentence_start, match_start) if reader.cast.actor_at(n.start)]
        return reader.cast.actor_at(issuers[-1].start) if issuers else None
    return None
