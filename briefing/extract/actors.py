"""Rule: the people and organisations an article names, with their variants and roles.

Names come from `names`; this module decides which are actors (people and organisations;
a lone word only when it speaks or has a title), merges variants ("Vladimir Putin", "Putin",
"Mr. Putin", "the Russian leader") into one `Actor`, reads roles from titles and
appositives ("Putin’s spokesman, Dmitry Peskov", "White House press secretary Jen Psaki")
and genders from titles and pronouns, for resolving "he" and "she".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from .gazetteer import country_names, party_words, us_states
from .names import POSSESSIVE, NameMention, find_names, given_name, is_title
from .sentences import Sentence
from .wordlists import every_match, lazy, words

MALE_TITLES = {"mr.", "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman",
               "businessman", "councilman", "father", "husband", "son", "brother", "actor"}
FEMALE_TITLES = {"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman",
                 "spokeswoman", "chairwoman", "businesswoman", "councilwoman", "mother", "wife",
                 "daughter", "sister", "actress"}
GENDERED_PRONOUN = lazy(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
FEMININE = {"she", "her", "hers", "herself"}
DEMONYM_ENDINGS = ("an", "ese", "ish")
MIN_INITIALS = 3  # "TSU" may stand for a body's name; "US" is too short to tell
HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss"}  # titles that say no role
# Those, and others that say no role after one that does: "Vice-chancellor Professor Ann Lee".
STACKED_HONORIFICS = HONORIFICS | {"professor", "prof", "prof.", "sir", "dame"}
PROFESSOR_RANKS = {"associate", "assistant", "adjunct", "emeritus", "visiting", "honorary", "regius", "clinical",
                   "research"}  # "Associate Professor": the rank is the role
EVENT_WORDS = frozenset({"war", "act", "day"})  # they make a name a place or an event, like place words
ARTICLE = lazy(r"(?:the|a|an)\s+", re.I)
# Words that follow an organisation used as a subject: "the Kremlin said", "the Times has".
SUBJECT_VERBS = {"is", "was", "has", "had", "will", "would", "did", "does", "says", "said", "could",
                 "can", "may", "might", "also", "on", "in", "and", "to", "for"}
# Organisation heads that are common surnames too: after a given name, a person ("Harriet Nation";
# "Hope Foundation" and "Victoria Police" stay bodies).
SURNAME_HEADS = {"nation", "house", "post", "press", "lines", "records"}
ROLE_STOP = {"the", "a", "an", "and", "or", "but", "to", "by", "with", "from", "at", "in", "on", "for",
             "as", "that", "than", "said", "says", "told", "according", "who", "which", "when", "while",
             "is", "was", "are", "were", "be", "been", "has", "have", "had", "of", "if", "whether",
             "because", "since", "after", "before", "like", "against", "about", "over", "under",
             # A role's possessive or number points elsewhere ("Its chief executive", "One board member").
             "its", "their", "his", "her", "our", "my", "your", "one"}
APPOSITIVE_AFTER = lazy(r",\s+((?:the|a|an)\s+)?([^,.;:“”\"()\n]{3,120}?)(?=[,.;:])")
NOMINAL_AFTER = lazy(r",\s+the\s")  # how an appositive that gives a nominal alias opens
RELATIVE_IN_ROLE = lazy(r"\s(?:who|whose|which)\s")  # where a clause about the person starts, inside an appositive
MAX_ROLE_WORDS = 12
# A title without an article, then the body it is held at: "chief executive of Network Rail",
# "director of policy at Transport Focus", "spokeswoman for the RMT" (the wire form of a role).
CUT_AT_INITIAL = lazy(r"\s[A-Z]$")
TITLE_OF_BODY = lazy(r"((?:(?!(?:of|at|for)\s)[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|at|for)\s+"
                     r"(?:[a-z]+\s+(?:at|for)\s+)?(?:the\s+)?[A-Z]")
# A capitalised title, its "of" phrase, "for" and the purpose of the office, at the end of a line
# of text before a name: "Commissioner for Human Rights", "Secretary of State for Business and Trade"
# (names reads the same run, `names._office_object`).
OFFICE_FOR = lazy(r"(?<!\S)([A-Z][\w'’-]*)(?:\s+of\s+[A-Z][\w'’-]*)?\s+for\s+[A-Z][\w'’-]*"
                  r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2}$")
# A one-word name before the title of a company's officer (see `_staffed`).
# ("Its chairman" or "The board" open sentences: capitalised words that are no names; and a person
# has a head of policy or a board of advisers, so those count only right after a name, without "'s".)
# It opens with the capital, which the regex engine skips ahead to; the lookbehind then checks,
# at that capital, that a word starts there and is none of those openers.
STAFFED = lazy(r"([A-Z](?<=(?<!\w)(?!(?:The|Its|Their|His|Her|Former|Our)\b).)[\w&-]+)(?:(?:['’]s)?\s+(?:chief\s+executive"
               r"|managing\s+director|general\s+manager|chair(?:man|woman)?|chief\s+(?:financial|operating)\s+officer"
               r"|finance\s+director)|\s+(?:board|head\s+of))\b")
STAFFED_WORDS = ("chief", "managing", "general", "chair", "finance", "board", "head")  # one in each match
# A one-word name that speaks and is then called "its" (see `_called_it`): the name, an
# apposition between commas ("Zoomr, based in Austin,", or with a capitalised place after it,
# "Zoomr, based in Austin, Texas,"; none that opens with an age, "Hargreaves, 71,": a person's),
# a lowercase word that may be a speech verb, and "its" ("announced its results"), or "it" in a
# sentence after which the next opens with "Its" ("said it would appeal. Its manager ..."). A lone
# "it" may be anything the sentence names ("Alvarez said it would not pass"). It opens with the
# capital, as STAFFED does.
CALLED_IT = lazy(r"([A-Z](?<=(?<!\w).)[\w&-]+)(?:,(?!\s*\d)[^,.;:\n“”\"]{1,60}(?:,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?,)?"
                 r"\s+([a-z]+)\s+(?:that\s+)?(?:its\b|it\b[^.!?\n]*[.!?]\s+Its\b)")
# What a state has and no person does: its ministers and ambassadors, its government, embassy and
# parliament; and, after "of", its people, capital and heads ("the president of Veland", which
# a company has too, and is a body as well). See `_states`.
STATE_NOUNS = ("minister", "ambassador", "government", "embassy", "parliament")
STATE_OWNED = lazy(r"([A-Z](?<=(?<!\w).)[\w-]*)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(STATE_NOUNS) + r")\b")
STATE_OF_HEADS = (*STATE_NOUNS, "people", "capital", "president", "prime minister", "citizens")
STATE_OF = lazy(r"\b(?i:" + "|".join(head.replace(" ", r"\s+") for head in STATE_OF_HEADS) + r")\s+of\s+"
                r"([A-Z][\w-]*)\b(?![\w'’-]|\s+[A-Z])")
STATE_OF_STARTS = tuple(head.split()[0] for head in STATE_OF_HEADS)  # what a STATE_OF match opens with
MAX_ACRONYM = 5
# Places of learning are bodies to their heads ("the university's vice-chancellor"), not to
# the staff news quotes as experts ("a university economist"): see lexicon/body_nouns.txt.
LEARNING = {"university", "college"}
# The common nouns for a body that a sentence may open with, capitalised only there: "Company
# spokeswoman Amy Hart", "Union leaders said", "Council member Jo Park". Those of lexicon/
# body_nouns.txt, places of learning and "council" (which that list leaves out for what its
# members do, not for what the word names); not a legislature's ("Congress", "Senate"), which
# names one body.
COMMON_BODY_NOUNS = frozenset({"council", *LEARNING})
SPEAKS_AFTER = {"has", "had", "also", "then", "later"}  # "Cook has said", "Cook later told"
ROLE_WORD = lazy(r"[\w'’\-]+\.?")
ROLE_MODIFIERS = {"former", "then", "acting", "interim", "outgoing", "incoming", "late", "deputy", "vice",
                  "top", "senior", "longtime", "veteran", "current", "ex"}


@dataclass
class Actor:
    """A person or organisation the article names, with every form it is named by."""

    name: str  # the fullest form the article uses, e.g. "Vladimir Putin"
    kind: str = "person"  # person | organisation here; sides tells countries and groups apart
    aliases: set[str] = field(default_factory=set)  # "Putin", "Mr. Putin", "the Russian leader"
    role: str | None = None  # "Putin’s spokesman", "White House press secretary"
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (start, end) offsets
    gender: str | None = None  # "m" | "f" | None, from titles ("Mr.", "spokeswoman") or pronouns

    def last_mention_before(self, at: int) -> int:
        """Offset of the latest mention starting before `at`, or -1 (mentions are kept in order)."""
        index = bisect.bisect_left(self.mentions, (at, -1)) - 1
        return self.mentions[index][0] if index >= 0 else -1


@dataclass
class Cast:
    """The article's actors and name mentions, with lookups by surface form and offset."""

    actors: list[Actor] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)  # every name mention, actor or not, in order

    def actor_at(self, start: int) -> Actor | None:
        """The actor whose mention starts at `start`, if any (built once the cast is complete)."""
        return self._starts.get(start)

    @cached_property
    def _keys(self) -> dict[str, list[Actor]]:
        keys: dict[str, list[Actor]] = {}
        for actor in self.actors:
            for surface in {_normal(actor.name), *(_normal(alias) for alias in actor.aliases)}:
                keys.setdefault(surface, []).append(actor)
        return keys

    @cached_property
    def _starts(self) -> dict[int, Actor]:
        return {start: actor for actor in self.actors for start, _ in actor.mentions}

    def resolve(self, surface: str, at: int | None = None) -> Actor | None:
        """The actor a surface form ("Putin", "Mr. Putin", "the spokesman") refers to, if any.

        With `at` (an offset), ties go to the actor mentioned most recently before it.
        """
        key = _normal(surface)
        if not key:
            return None
        found = list(self._keys.get(key, []))
        if not found and " " not in key:
            found = [a for a in self.actors
                     if a.kind == "person" and key in (_first(a.name).lower(), _last(a.name).lower())]
        if not found:
            found = self._by_role(surface)
        return self._latest(found, at)

    def _by_role(self, surface: str) -> list[Actor]:
        """Nominal mentions ("the spokesman", "the senator") match an actor by the head of its role."""
        head = surface.split()[-1].lower() if surface.split() else ""
        if not ARTICLE.match(surface) or not is_title(head):
            return []
        return [a for a in self.actors if a.role and head in a.role.lower().split()]

    def _latest(self, found: list[Actor], at: int | None) -> Actor | None:
        if not found:
            return None
        if at is None or len(found) == 1:
            return found[0]
        return max(found, key=lambda a: a.last_mention_before(at))


def find_actors(text: str, sentences: list[Sentence]) -> Cast:
    sentence_starts = {s.start for s in sentences}
    mentions = find_names(text)
    # Longer names first, so that "Putin" can merge into "Vladimir Putin"; mentions come in
    # text order, which the stable sort keeps among names of one length.
    ordered = sorted(mentions, key=lambda m: -_surface(m.text).word_count)
    found = _Found()
    for mention in ordered:
        _add_mention(found, text, mention, sentence_starts)
    cast = Cast(sorted(found.actors, key=lambda a: a.mentions[0][0]), mentions)
    _learn_genders(text, sentences, cast)
    return cast


def _learn_genders(text: str, sentences: list[Sentence], cast: Cast) -> None:
    """A person who opens a sentence is most often what its first "he"/"she" refers to:
    "Clinton posted a comment of her own" makes Clinton "f". Titles decide first."""
    votes: dict[int, list[str]] = {}
    for sentence in sentences:
        actor = cast.actor_at(sentence.start)
        if actor is None or actor.kind != "person" or actor.gender:
            continue
        pronoun = GENDERED_PRONOUN.search(text, sentence.start, sentence.end)
        # "Rob Kessler, her rival," — a pronoun opening an appositive is someone else.
        if pronoun and not text.endswith(", ", 0, pronoun.start()):
            votes.setdefault(id(actor), []).append("f" if pronoun.group().lower() in FEMININE else "m")
    for actor in cast.actors:
        ballot = votes.get(id(actor))
        if ballot and actor.gender is None:
            actor.gender = max(("m", "f"), key=ballot.count)


class _Found:
    """The actors found so far, indexed by the forms that find them, so that matching a
    mention takes a lookup rather than a pass over every actor."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self.by_surface: dict[str, list[Actor]] = {}  # name and aliases
        self.by_last: dict[tuple[str, str], list[Actor]] = {}  # (kind, last word of the name)
        self.by_first: dict[tuple[str, str], list[Actor]] = {}  # (kind, first word): people by given name, bodies
        self.by_initials: dict[str, list[Actor]] = {}  # bodies by the initials of their name ("TSU")

    def add(self, actor: Actor) -> None:
        self.actors.append(actor)
        self.by_surface.setdefault(actor.name, []).append(actor)
        self.by_last.setdefault((actor.kind, _last(actor.name)), []).append(actor)
        if actor.kind == "person" or " " in actor.name:
            self.by_first.setdefault((actor.kind, _first(actor.name)), []).append(actor)
        if actor.kind == "organisation" and " " in actor.name:
            self.by_initials.setdefault("".join(w[0] for w in actor.name.split() if w[0].isupper()), []).append(actor)

    def alias(self, actor: Actor, surface: str) -> None:
        if surface != actor.name and surface not in actor.aliases:
            actor.aliases.add(surface)
            self.by_surface.setdefault(surface, []).append(actor)


def _add_mention(found: _Found, text: str, mention: NameMention, sentence_starts: set[int]) -> None:
    # A lone word that is a known person's surname or given name is that person, even
    # where it looks like something else ("the Christie supporter", "the Donald").
    lone = " " not in mention.text
    known = lone and (("person", mention.text) in found.by_last or ("person", mention.text) in found.by_first)
    kind = "person" if known else _kind(text, mention)
    if kind is None:
        return
    # "Skylark said" after "Skylark Airways": the company's short name, where a lone word would be a person.
    short = _short_name(found, mention.text) if kind == "person" and not known and not mention.title else None
    if short and mention.text not in found.by_surface and not _is_actor(text, mention, kind, sentence_starts, found):
        return  # a first use must show it is someone, as a person's lone name would
    actor = short or _match(found, mention, kind)
    if actor is None:
        if not _is_actor(text, mention, kind, sentence_starts, found):
            return
        actor = Actor(mention.text, kind)
        found.add(actor)
    found.alias(actor, mention.text)
    bisect.insort(actor.mentions, (mention.start, mention.end))
    if mention.title:
        found.alias(actor, f"{mention.title} {mention.text}")
    # "Putin, the Russian leader," gives a role and an alias: the appositive is read once for both,
    # and only where one may come of it: a role yet to be found, or "the" for an alias (cheap tests first).
    appositive = None
    if text.startswith(",", mention.end) and (actor.role is None or NOMINAL_AFTER.match(text, mention.end)):
        appositive = APPOSITIVE_AFTER.match(text, mention.end)
    if actor.role is None:
        actor.role = _role(text, mention, appositive)  # the role at the first full mention is the one news leads with
    if actor.gender is None:
        actor.gender = _gender(mention.title) or _gender(actor.role) or _given_name_gender(actor)
    nominal = _nominal_alias(appositive)
    if nominal:
        found.alias(actor, nominal)


class _Surface(NamedTuple):
    """What a name's surface form tells on its own, whatever its context."""

    word_count: int
    kind: str | None  # None or "organisation" whatever the context; "person" unless the context says otherwise
    placelike: bool  # "Pennsylvania Avenue", "Iraq War"
    demonym: bool  # "Russian", "Japanese": an adjective, in some contexts
    acronym: bool  # "NATO", "FBI"; not a dateline's "WASHINGTON"
    nominal: bool  # "President", "Democratic": after "the", a nominal, not a name


@lru_cache(maxsize=1 << 16)  # bounded: a server extracts for hours, and names keep coming
def _surface(name: str) -> _Surface:
    """The facts of a name's surface form, worked out once per form: an article names the
    same people, places and sentence openers over and over."""
    tokens = name.split()
    lowered = name.lower().split()
    if len(tokens) > 2 and tokens[1] == "of" and tokens[0] in party_words():
        kind = None  # "Democrat of Pennsylvania" describes a member, it names no one
    elif name in us_states():
        kind = None  # a state is a place; the sides rule reads countries from the gazetteer
    elif not words("organisation_words").isdisjoint(lowered) and not (
            len(tokens) == 2 and lowered[1] in SURNAME_HEADS and given_name(tokens[0])):
        kind = "organisation"  # but "Harriet Nation", "Tom House": a given name and a surname
    elif "for" in lowered:
        # Named for its purpose ("Americans for Prosperity", "Biden for President"): `names` joins
        # "for" into no person's name.
        kind = "organisation"
    else:
        kind = "person"
    return _Surface(
        word_count=len(tokens),
        kind=kind,
        placelike=lowered[-1] in words("place_words") or not EVENT_WORDS.isdisjoint(lowered),
        # "Native American" may be an adjective; "Molly Brennan" is a name.
        demonym=name.endswith(DEMONYM_ENDINGS) and not (len(tokens) > 1 and given_name(tokens[0])),
        acronym=name.isupper() and 1 < len(name.replace(".", "")) <= MAX_ACRONYM,
        nominal=is_title(name) or name in party_words(),
    )


def _kind(text: str, mention: NameMention) -> str | None:
    """person | organisation, or None for places, laws, events and adjectives ("Russian leader")."""
    surface = _surface(mention.text)
    if surface.kind != "person":
        return surface.kind
    # A title or a speech verb makes a person of "Ms. Helen Park" or "Ed Hall said".
    if surface.placelike and not (mention.title or _speaks(text, mention)):
        return None
    if surface.demonym and _adjectival(text, mention):
        return None
    if surface.word_count == 1 and not mention.title:
        if surface.acronym or ((mention.text in _staffed(text) or mention.text in _called_it(text))
                               and not given_name(mention.text)):
            return "organisation"
        if mention.text in _states(text) and mention.text not in country_names():
            return "organisation"  # a state's government; one the gazetteer knows, `voices` reads as a country
        if text[max(0, mention.start - 4):mention.start].lower() == "the ":
            # "the President", "the Democratic nominee": a nominal, not a name; but "the
            # Kremlin", "the Pentagon", "the Times"
            return None if surface.nominal else "organisation"
    return "person"


@lru_cache(maxsize=4)  # asked at each one-word name of the text being read
def _staffed(text: str) -> frozenset[str]:
    """The one-word names that a company's officer is somewhere named by: "Kinderwell chief
    executive Brian Castellano", "Kinderwell’s chairman". A person has a spokesman or a lawyer,
    never a chief executive: those names are bodies wherever they stand ("Kinderwell said")."""
    if not any(word in text for word in STAFFED_WORDS):
        return frozenset()  # most texts name no such officer: a cheap test first
    return frozenset(m.group(1) for m in STAFFED.finditer(text))


@lru_cache(maxsize=4)  # asked at each one-word name of the text being read
def _called_it(text: str) -> frozenset[str]:
    """The one-word names that speak and are called "its" right after (CALLED_IT): "Pellow
    announced its results", "Zoomr, based in Austin, said it would contest the fine. Its regional
    manager ...". A person is "his" or "her", never "its": those names are bodies wherever they
    stand ("Zoomr said"). A person's surname the article gave in full is a person's all the same
    (`_add_mention` knows it first); "China announced its plan" is a country's."""
    if "its" not in text and "Its" not in text:
        return frozenset()  # every match ends with one of them: a cheap test first
    verbs = words("speech_verbs")
    # A country or a state the gazetteer knows is left as it was: `voices` reads it as a country.
    return frozenset(m.group(1) for m in CALLED_IT.finditer(text) if m.group(2) in verbs
                     and m.group(1) not in country_names() and m.group(1) not in us_states())


@lru_cache(maxsize=4)  # asked at each one-word name of the text being read
def _states(text: str) -> frozenset[str]:
    """The one-word names the text uses as a state's: "Veland's foreign minister", "the government
    of Veland" (STATE_NOUNS). A state speaks through its government, a body: the gazetteer knows
    many states, but not every one an article names, and "Veland said" would make a person of it."""
    # Each pattern is tried only where its nouns occur, rather than at every capital or every
    # word of the text: a third of the texts have none of them, and the rest a few.
    owned = STATE_OWNED.finditer(text) if any(noun in text for noun in STATE_NOUNS) else ()
    of = every_match(STATE_OF, text, STATE_OF_STARTS, ignore_case=True)
    return frozenset(m.group(1) for matches in (owned, of) for m in matches)


def _adjectival(text: str, mention: NameMention) -> bool:
    """"Russian" in "the Russian leader", "Native American" in "Native American slaughter":
    a demonym (`_Surface.demonym`) before a lowercase word."""
    if text[max(0, mention.start - 4):mention.start].lower() == "the ":
        return True
    after = text[mention.end:mention.end + 30].split()
    if not after:
        return False
    nxt = after[0].strip(",.")
    return nxt[:1].islower() and nxt not in SUBJECT_VERBS and nxt not in words("speech_verbs")


def _short_name(found: _Found, name: str) -> Actor | None:
    """The company this name opens the name of ("Skylark" of "Skylark Airways", "Northern Crest"
    of "Northern Crest Railways"): the one such body found so far, named as a company by its last
    word (lexicon/company_heads.txt); none for a place ("UK" of "UK Independence Party") or a
    given name ("Julia" of a "Julia Church" the cast took for a church)."""
    first = _first(name)
    opening = found.by_first.get(("organisation", first))
    if not opening:
        return None  # most names open no body's name: asked at every lone name, a cheap test first
    bodies = [b for b in opening if b.name.startswith(name + " ")]
    if len(bodies) != 1 or name in country_names() or name in us_states() or given_name(first):
        return None
    return bodies[0] if _last(bodies[0].name).lower() in words("company_heads") else None


def _without_purpose(found: _Found, name: str) -> Actor | None:
    """The body this name is the head of, less what the body is for ("Brennan Center" of
    "Brennan Center for Justice", "the Institute" of "Institute for Fiscal Studies"): the one
    such body found so far. News names such a body in full once, then by its head."""
    bodies = [b for b in found.by_first.get(("organisation", _first(name)), []) if b.name.startswith(name + " for ")]
    return bodies[0] if len(bodies) == 1 else None


def _match(found: _Found, mention: NameMention, kind: str) -> Actor | None:
    same = found.by_surface.get(mention.text)
    if same:
        return same[0] if len(same) == 1 else max(same, key=lambda a: a.last_mention_before(mention.start))
    if kind == "organisation":
        # "the Times" after "The New York Times"; "Skylark" after "Skylark Airways".
        by_last = found.by_last.get((kind, mention.text))
        if by_last:
            return by_last[0]
        # "TSU" after "The Transport Staff Union (TSU)": the one body named with those initials.
        if len(mention.text) >= MIN_INITIALS and mention.text.isupper() and mention.text not in country_names():
            by_initials = found.by_initials.get(mention.text, [])
            if len(by_initials) == 1:
                return by_initials[0]
        return _short_name(found, mention.text) or _without_purpose(found, mention.text)
    if kind != "person":
        return None
    if _surface(mention.text).word_count == 1:
        by_last = found.by_last.get(("person", mention.text))
        if by_last:
            # "Clinton" is the Clinton named most recently ("Bill" or "Hillary").
            return by_last[0] if len(by_last) == 1 else max(by_last, key=lambda a: a.last_mention_before(mention.start))
        by_first = found.by_first.get(("person", mention.text), [])
        return by_first[0] if len(by_first) == 1 else None
    # "John Kerry" and "John F. Kerry" are one person.
    same_last = found.by_last.get(("person", _last(mention.text)), [])
    return next((a for a in same_last if _first(a.name) == _first(mention.text)), None)


def _is_actor(text: str, mention: NameMention, kind: str, sentence_starts: set[int], found: _Found) -> bool:
    """Multi-word people and organisations always; a lone capitalised word needs evidence.
    `found`: the actors found so far, which hold every name of more than one word."""
    if _surface(mention.text).word_count > 1 or mention.title:
        return True
    opens = mention.start in sentence_starts or _after_quote_opening(text, mention.start)
    if kind == "organisation":
        # "Company spokeswoman Amy Hart": the article's company, which has a name of its own (see
        # COMMON_BODY_NOUNS); a body named by the word ("the Food Workers Union", then "Union
        # leader ...") has matched it before this is asked. Where the article names no body in
        # full, the word is the only name the body has ("The council's plan ...", then "Council
        # leader Ann Price"), and leaving it out would leave her speaking for no one.
        named_in_full = any(a.kind == "organisation" for a in found.actors)
        return not (opens and _common_body_noun(mention.text) and named_in_full)
    if opens and _plural(mention.text):
        return False  # "Critics said", "Officials say": a common noun opening a sentence
    return _speaks(text, mention)


def _common_body_noun(word: str) -> bool:
    key = word.lower()
    return key in COMMON_BODY_NOUNS or key in words("body_nouns")


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _after_quote_opening(text: str, start: int) -> bool:
    return text[max(0, start - 1):start] in {"“", '"', "‘", "("}


def _speaks(text: str, mention: NameMention) -> bool:
    # Two words each side are read: split no further. The words before only if those after
    # do not tell.
    after = text[mention.end:mention.end + 40].split(None, 2)
    verbs = words("speech_verbs")
    if (after and after[0].strip(",.") in verbs) or (len(after) > 1 and after[0] in SPEAKS_AFTER and after[1].strip(",.") in verbs):
        return True
    before = text[max(0, mention.start - 30):mention.start].rsplit(None, 2)
    return bool((before and before[-1].strip(",") in verbs)
                or (len(before) > 1 and before[-2].lower() == "according" and before[-1].lower() == "to"))


def _role(text: str, mention: NameMention, appositive: re.Match[str] | None) -> str | None:
    """The title before a name, with its modifiers, or a role from an appositive (the
    APPOSITIVE_AFTER match after the name, if any)."""
    if mention.title and mention.title_start is not None:
        if mention.title.lower() in HONORIFICS:
            # "Acas chief conciliator Dr Linda Farrow": the role is the title before the honorific.
            before = _role_before(text, mention.title_start, titled=True)
            if before:
                return before
        else:
            title = _without_honorific(mention.title)
            before = _role_before(text, mention.title_start, title)
            return f"{before} {title}" if before else title
    else:
        before = _role_before(text, mention.start, titled=True)
        if before:
            return before
    # "The association’s president, Dr. Henrik Lund": the appositive ends where the honorific starts.
    opens = mention.title_start if mention.title_start is not None else mention.start
    return _appositive_before(text, opens) or _appositive_after(appositive)


def _without_honorific(title: str) -> str:
    """"Vice-chancellor" of the stacked title "Vice-chancellor Professor", "Spokeswoman" of
    "Spokeswoman Dr": the role, without the honorific between it and the name, which says no
    role (HONORIFICS, and the knight's and the professor's). A professor's rank is a role:
    "Associate Professor" stays (PROFESSOR_RANKS)."""
    head, _, last = title.rpartition(" ")
    honorific = last.lower()
    if not head or honorific not in STACKED_HONORIFICS:
        return title
    if honorific.startswith("prof") and head.rsplit(None, 1)[-1].lower() in PROFESSOR_RANKS:
        return title
    return head


def _role_before(text: str, end: int, title: str = "", titled: bool = False) -> str | None:
    """"White House press secretary" in "according to White House press secretary Jen Psaki".

    `titled`: only a role that ends with a title, as one before a name without its own must.
    """
    picked: list[str] = []
    chunk = text[max(0, end - 120):end]
    line = chunk[chunk.rfind("\n") + 1:]  # a role never spans a paragraph break
    if titled and not is_title((line.rsplit(None, 1) or [""])[-1]):
        # "the Commissioner for Human Rights, Dunja Mijatovic": a title and the purpose of its office.
        office = " for " in line and OFFICE_FOR.search(line)  # a cheap test first
        if not office or not is_title(office.group(1)):
            return None  # the word next to the name is no title: the role could not end with one
        line, picked = line[:office.start()], [office.group()]
    # Seven words at most are read: six picked and the one that stops the role.
    for word in reversed(line.rsplit(None, 7)[-7:]):
        if word.lower() in ROLE_STOP or not ROLE_WORD.fullmatch(word) or len(picked) >= 6:
            break
        if word.endswith(".") and not is_title(word):
            break  # the end of the previous sentence
        # Lowercase words sit before a lowercase title ("press secretary"); before a
        # capitalised one only modifiers do ("former Governor", not "meet Governor").
        if word[0].islower() and any(w[0].isupper() for w in [*picked, *title.split()]) and word not in ROLE_MODIFIERS:
            break
        picked.insert(0, word)
    return " ".join(picked) if picked else None


def _appositive_before(text: str, start: int) -> str | None:
    """"Putin’s spokesman" in "Putin’s spokesman, Dmitry Peskov"."""
    return _role_before(text, start - 2, titled=True) if text[max(0, start - 2):start] == ", " else None


def _appositive_after(match: re.Match[str] | None) -> str | None:
    """"Carter’s press secretary" in "Peter Cook, Carter’s press secretary, told..."."""
    if not match:
        return None
    # "a lecturer at Northgate University who has studied tall buildings": the clause is no part of the role.
    role = RELATIVE_IN_ROLE.split(match.group(2), 1)[0].strip()
    role_words = role.split()
    if len(role_words) > MAX_ROLE_WORDS or not any(is_title(w) for w in role_words):
        return None
    if not match.group(1) and role_words[0][0].islower() and not _title_of_body(role):
        return None  # "Putin, who" / "Biden, then" / "Jones, speaking on Monday" are not appositives
    return role


def _title_of_body(role: str) -> bool:
    """"chief executive of Network Rail", "chair of Railfuture": an appositive with no article is
    a role when it opens with a title held at a named body. The words before the "of" must end
    in a title ("general secretary", "managing director"), which "who lives nearby" and
    "speaking on behalf of" do not."""
    m = TITLE_OF_BODY.match(role)
    if not m or not is_title(m.group(1).rsplit(None, 1)[-1]):
        return False
    # "president of the Thomas B. Fordham Institute" is read to the first stop: a body's name
    # cut at an initial is no role ("of the Thomas B"), and none beats a wrong one.
    return not CUT_AT_INITIAL.search(role)


def _nominal_alias(match: re.Match[str] | None) -> str | None:
    """"the Russian leader" in "Putin, the Russian leader," names Putin too."""
    if not match or not match.group(1) or not match.group(1).lower().startswith("the"):
        return None
    role_words = match.group(2).split()
    if len(role_words) <= 4 and is_title(role_words[-1]):
        return f"the {match.group(2).strip()}"
    return None


@lru_cache(maxsize=1 << 12)  # asked again at every mention of an actor whose gender is not known yet
def _gender(role: str | None) -> str | None:
    if not role:
        return None
    lowered = {w.lower().strip(",") for w in role.split()}
    if lowered & MALE_TITLES:
        return "m"
    if lowered & FEMALE_TITLES:
        return "f"
    return None


def _given_name_gender(actor: Actor) -> str | None:
    """"Dana Whitfield" is "f", "Rob Kessler" "m"; a lone surname says nothing."""
    if actor.kind != "person" or " " not in actor.name:
        return None
    return given_name(_first(actor.name))


@cache
def _normal(surface: str) -> str:
    """"Mr. Putin’s" -> "putin": no article, title or possessive; lowercase."""
    words_ = surface.strip().split()
    while len(words_) > 1 and (is_title(words_[0]) or words_[0].lower() in {"the", "a", "an", "former"}):
        words_ = words_[1:]
    joined = " ".join(words_)
    return POSSESSIVE.sub("", joined).lower()


@cache
def _first(name: str) -> str:
    return name.split()[0]


@cache
def _last(name: str) -> str:
    tokens = [t for t in name.split() if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii", "iv"}]
    return tokens[-1] if tokens else name
