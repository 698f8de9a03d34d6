"""Rule: the people and organisations an article names, with their variants and roles.

Names come from `names`; this module decides which are actors (people, organisations,
countries), merges variants ("Vladimir Putin", "Putin", "Mr. Putin", "the Russian leader")
into one `Actor`, and reads roles from titles and appositives ("Putin’s spokesman,
Dmitry Peskov", "White House press secretary Jen Psaki").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import NameMention, find_names, is_title
from .sentences import Sentence
from .wordlists import words

MALE_TITLES = {"mr.", "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman",
               "businessman", "councilman", "father", "husband", "son", "brother", "actor"}
FEMALE_TITLES = {"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman",
                 "spokeswoman", "chairwoman", "businesswoman", "councilwoman", "mother", "wife",
                 "daughter", "sister", "actress"}
DEMONYM = re.compile(r"(?:an|ian|ese|ish|i)$")
ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)
# Words that follow an organisation used as a subject: "the Kremlin said", "the Times has".
SUBJECT_VERBS = {"is", "was", "has", "had", "will", "would", "did", "does", "says", "said", "could",
                 "can", "may", "might", "also", "on", "in", "and", "to", "for"}
ROLE_STOP = {"the", "a", "an", "and", "or", "but", "to", "by", "with", "from", "at", "in", "on", "for",
             "as", "that", "than", "said", "says", "told", "according", "who", "which", "when", "while",
             "is", "was", "are", "were", "be", "been", "has", "have", "had", "of"}
APPOSITIVE_AFTER = re.compile(r",\s+((?:the|a|an)\s+)?([^,.;:“”\"()\n]{3,120}?)(?=[,.;:]|\s+(?:who|said|says|told)\b)")
MAX_ROLE_WORDS = 12


@dataclass
class Actor:
    name: str  # the fullest form the article uses, e.g. "Vladimir Putin"
    kind: str = "person"  # person | organisation | country | group
    aliases: set[str] = field(default_factory=set)  # "Putin", "Mr. Putin", "the Russian leader"
    role: str | None = None  # "Putin’s spokesman", "White House press secretary"
    mentions: list[tuple[int, int]] = field(default_factory=list)  # (start, end) offsets
    gender: str | None = None  # "m" | "f" | None, from titles ("Mr.", "spokeswoman") for pronouns

    def last_mention_before(self, at: int) -> int:
        """Offset of the latest mention starting before `at`, or -1."""
        return max((start for start, _ in self.mentions if start < at), default=-1)


@dataclass
class Cast:
    actors: list[Actor] = field(default_factory=list)

    def resolve(self, surface: str, at: int | None = None) -> Actor | None:
        """The actor a surface form ("Putin", "Mr. Putin", "the spokesman") refers to, if any.

        With `at` (an offset), ties go to the actor mentioned most recently before it.
        """
        key = _normal(surface)
        if not key:
            return None
        found = [a for a in self.actors if key == _normal(a.name) or key in {_normal(x) for x in a.aliases}]
        if not found and " " not in key:
            found = [a for a in self.actors if a.kind == "person" and key in (_first(a.name).lower(), _last(a.name).lower())]
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
    # Longer names first, so that "Putin" can merge into "Vladimir Putin".
    ordered = sorted(mentions, key=lambda m: (-len(m.text.split()), m.start))
    cast = Cast()
    for mention in ordered:
        _add_mention(cast, text, mention, sentence_starts)
    for actor in cast.actors:
        actor.mentions.sort()
    cast.actors.sort(key=lambda a: a.mentions[0][0])
    return cast


def _add_mention(cast: Cast, text: str, mention: NameMention, sentence_starts: set[int]) -> None:
    kind = _kind(text, mention)
    if kind is None:
        return
    actor = _match(cast, mention, kind)
    if actor is None:
        if not _is_actor(text, mention, kind, sentence_starts):
            return
        actor = Actor(mention.text, kind)
        cast.actors.append(actor)
    elif mention.text != actor.name:
        actor.aliases.add(mention.text)
    actor.mentions.append((mention.start, mention.end))
    if mention.title:
        actor.aliases.add(f"{mention.title} {mention.text}")
    role = _role(text, mention)
    if role and (actor.role is None or len(role) > len(actor.role)):
        actor.role = role
    if actor.gender is None:
        actor.gender = _gender(role or mention.title or "")
    nominal = _nominal_alias(text, mention)
    if nominal:
        actor.aliases.add(nominal)


def _kind(text: str, mention: NameMention) -> str | None:
    """person | organisation | country, or None for places, laws, events and adjectives."""
    tokens = mention.text.split()
    lowered = [t.lower().rstrip(",") for t in tokens]
    if mention.text in words("countries", lower=False):
        return "country"
    if any(t in words("organisation_words") for t in lowered):
        return "organisation"
    if lowered[-1] in words("place_words") or (lowered[0] in words("place_words") and len(tokens) == 1):
        return None
    if len(tokens) == 1:
        if mention.text.isupper() and len(mention.text.replace(".", "")) > 1:
            return "organisation"  # acronyms: "NATO", "FBI"
        if mention.title:
            return "person"
        before = text[max(0, mention.start - 4):mention.start].lower()
        if before.endswith("the "):
            after = text[mention.end:mention.end + 20].split()
            # "the Kremlin said" is an organisation; "the Russian leader" is an adjective.
            if not after or not after[0][0].islower() or after[0] in SUBJECT_VERBS or after[0] in words("speech_verbs"):
                return "organisation"
            return None
        if DEMONYM.search(mention.text) and text[mention.end:mention.end + 2][1:2].islower():
            return None
    return "person"


def _match(cast: Cast, mention: NameMention, kind: str) -> Actor | None:
    same = [a for a in cast.actors if a.name == mention.text or mention.text in a.aliases]
    if same:
        return max(same, key=lambda a: a.last_mention_before(mention.start))
    if kind != "person":
        if kind == "organisation":
            # "the Times" after "The New York Times".
            return next((a for a in cast.actors if a.kind == kind and _last(a.name) == mention.text), None)
        return None
    tokens = mention.text.split()
    people = [a for a in cast.actors if a.kind == "person"]
    if len(tokens) == 1:
        by_last = [a for a in people if _last(a.name) == mention.text]
        if by_last:
            # "Clinton" is the Clinton named most recently ("Bill" or "Hillary").
            return max(by_last, key=lambda a: a.last_mention_before(mention.start))
        by_first = [a for a in people if _first(a.name) == mention.text]
        return by_first[0] if len(by_first) == 1 else None
    # "John Kerry" and "John F. Kerry" are one person.
    return next((a for a in people if _first(a.name) == tokens[0] and _last(a.name) == _last(mention.text)), None)


def _is_actor(text: str, mention: NameMention, kind: str, sentence_starts: set[int]) -> bool:
    """Multi-word people and organisations always; a lone capitalised word needs evidence."""
    if kind == "country":
        return _speaks(text, mention)
    if len(mention.text.split()) > 1 or kind == "organisation" or mention.title:
        return True
    if mention.start in sentence_starts or _after_quote_opening(text, mention.start):
        return False  # "Critics said" is a common noun at the start of a sentence
    return _speaks(text, mention)


def _after_quote_opening(text: str, start: int) -> bool:
    return text[max(0, start - 1):start] in {"“", '"', "‘", "("}


def _speaks(text: str, mention: NameMention) -> bool:
    after = text[mention.end:mention.end + 40].split()
    before = text[max(0, mention.start - 30):mention.start].split()
    verbs = words("speech_verbs")
    return bool((after and after[0].strip(",.") in verbs)
                or (len(after) > 1 and after[0] in {"has", "had", "also", "then", "later"} and after[1].strip(",.") in verbs)
                or (before and before[-1].strip(",") in verbs)
                or (len(before) > 1 and [w.lower() for w in before[-2:]] == ["according", "to"]))


def _role(text: str, mention: NameMention) -> str | None:
    """The title before a name, with its modifiers, or a role from an appositive."""
    start = mention.title_start if mention.title_start is not None else mention.start
    before = _role_before(text, start)
    if before and mention.title:
        return f"{before} {mention.title}"
    if before and is_title(before.split()[-1]):
        return before
    if mention.title and mention.title.lower() not in {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss"}:
        return mention.title
    return _appositive_before(text, mention.start) or _appositive_after(text, mention.end)


def _role_before(text: str, start: int) -> str | None:
    """"White House press secretary" in "according to White House press secretary Jen Psaki"."""
    chunk = text[max(0, start - 120):start]
    if not chunk.endswith(" "):
        return None
    picked: list[str] = []
    for word in reversed(chunk.split()):
        if word.lower() in ROLE_STOP or not re.fullmatch(r"[\w'’\-.]+", word) or len(picked) >= 6:
            break
        picked.insert(0, word)
    # Capitalised words may open the role ("White House") but the role must end in a title word.
    return " ".join(picked) if picked else None


def _appositive_before(text: str, start: int) -> str | None:
    """"Putin’s spokesman" in "Putin’s spokesman, Dmitry Peskov"."""
    if not text[max(0, start - 2):start] == ", ":
        return None
    role = _role_before(text, start - 1)
    if role and is_title(role.split()[-1].rstrip(",")):
        return role.rstrip(",")
    return None


def _appositive_after(text: str, end: int) -> str | None:
    """"Carter’s press secretary" in "Peter Cook, Carter’s press secretary, told..."."""
    match = APPOSITIVE_AFTER.match(text, end)
    if not match:
        return None
    role = match.group(2).strip()
    role_words = role.split()
    if len(role_words) > MAX_ROLE_WORDS or not any(is_title(w.strip("’'s")) for w in role_words):
        return None
    if not match.group(1) and role_words[0][0].islower():
        return None  # "Putin, who" / "Biden, then" are not appositives
    return role


def _nominal_alias(text: str, mention: NameMention) -> str | None:
    """"the Russian leader" in "Putin, the Russian leader," names Putin too."""
    match = APPOSITIVE_AFTER.match(text, mention.end)
    if match and match.group(1) and match.group(1).lower().startswith("the") and len(match.group(2).split()) <= 4:
        return f"the {match.group(2).strip()}"
    return None


def _gender(role: str) -> str | None:
    lowered = {w.lower().strip(",") for w in role.split()}
    if lowered & MALE_TITLES:
        return "m"
    if lowered & FEMALE_TITLES:
        return "f"
    return None


def _normal(surface: str) -> str:
    """"Mr. Putin’s" -> "putin": no article, title or possessive; lowercase."""
    words_ = surface.strip().split()
    while len(words_) > 1 and (is_title(words_[0]) or words_[0].lower() in {"the", "a", "an", "former"}):
        words_ = words_[1:]
    joined = " ".join(words_)
    return re.sub(r"['’]s?$", "", joined).lower()


def _first(name: str) -> str:
    return name.split()[0]


def _last(name: str) -> str:
    tokens = [t for t in name.split() if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii", "iv"}]
    return tokens[-1] if tokens else name
