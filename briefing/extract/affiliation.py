"""Rule: what each actor belongs to — a country, a party, an institution, or a patron it speaks for.

The cues are the words the article puts around a name: the actor's role ("White House press
secretary", "Putin’s spokesman"), what comes just before a mention ("US President Joe Biden",
"Democratic Sen. X") and the apposition just after it ("X, R-Ariz.", "X, Republican of Ohio",
"X of Russia", "X, the president of the N.A.W.U."). A body that local news names by a
common noun ("union president", "the health board's chief executive", "chair of the
parents' group") is an institution too, and its head no government official. Two rules
read a whole sentence: "the Russian leader" names the one leader there whose country is
still unknown, and people listed after a party's name ("Republicans ... including X, Y and
Z") belong to that party, and a body the article points back to where it introduces someone
("the group's chair", "Its chief executive") is the one it named before, as a name or a
pronoun before a title is the one the person works for ("HTAC’s chief executive, X", "His
barrister, Y"); so is a ministry ("The ministry's spokeswoman, X" serves the government of
"Surasta's commerce ministry", named before). A body named with its owner ("Veland's National
Dairy Council") is the owner's. Nothing here knows particular people.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from . import gazetteer
from .actors import LEARNING, Actor, Cast
from .sentences import Sentence
from .wordlists import lazy, whole_words, words, words_pattern

PRE_WINDOW = 70  # characters before a mention that may hold its premodifiers
MAX_CUE_MENTIONS = 5  # news describes people where it first names them
POST_WINDOW = 110  # characters after a mention that may hold its apposition
APOS = "['’]"
# Titles that only a U.S. official carries in English-language news.
US_TITLES = lazy(r"\b(?:Sen|Rep|Gov|Senator|Representative|Congressman|Congresswoman|Speaker)\b\.?")
# A body's own staff, as local news titles them: "Tallis Minerals' site manager", "site manager at
# Tallis Minerals".
BODY_STAFF = r"manager|officer|organi[sz]er|negotiator|treasurer|coordinator|convener"
STAFF = (r"spokesman|spokeswoman|spokesperson|press secretary|aide|adviser|advisor|lawyer|attorney"
         r"|chief of staff|deputy|campaign manager|strategist|communications director|senior adviser"
         r"|policy director|running mate|ally|allies|secretary|director|counsel|envoy|minister|" + BODY_STAFF)
HEADS = (r"president|chairman|chairwoman|chair|head|leader|director|founder|member|members|executive"
         r"|chief executive|official|officials|secretary|spokesman|spokeswoman|spokesperson|fellow|" + BODY_STAFF)
WHO_HEADS = r"(?:chairs|heads|leads|runs|directs|represents|founded)"  # "X, who chairs the parents' group"
ORG_NAME = r"(?:the\s+)?((?:[A-Z][\w.&'’-]*)(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w.&'’-]*)*)"
LEADER_NOUNS = ("leader", "president", "prime minister", "premier", "chancellor", "foreign minister", "king", "ambassador")
# A party named before a list: "Republicans ... including X", "the Republican leaders – X and Y".
LISTED = lazy(r"\b((?:Democrat|Republican)(?:s|ic)?)\b[^.;:—–]{0,80}?(?:\b(?:including|such as|among them)\b|\s[—–]\s)")
HEAD_TITLES = lazy(r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|supreme leader)\b")
# The patterns read around every mention, compiled once.
OF_PLACE_END = lazy(r"\sof\s+(?:the\s+)?([A-Z].*)$")  # "X of Israel"
OF_PLACE = lazy(r"\s+(of\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)")  # " of Delaware"
OF_WHERE = lazy(r"of\s+(?:the\s+)?(.+?)(?:,|$)")
# Role words whose holder serves no government today: "former President", "Shadow trade minister".
NO_LONGER = ("former", "ex", "then", "late", "shadow")
NOT_SERVING = lazy(words_pattern(NO_LONGER) + r"|\b(?:of|for|at)\s+the\s")
# Role words that make a title someone else's: the deputy mayor is not "the mayor".
NOT_THE_HOLDER = {*NO_LONGER, "deputy", "vice", "assistant", "outgoing"}
LOWER_WORDS = lazy(r"[a-z]+")
CAPITAL_WORDS = lazy(r"[A-Z][\w.]*")
CLAUSE_BREAK = lazy(r"[;:“”\"(]|,\s(?!(?:Jr|Sr)\b)")
APPOSITION = lazy(r"\s*(?:\(([^)]{1,40})\)|,([^,;“”\"]{1,90})(?:,|$))")
PARTY_STATE = lazy(r"\s*[,(]\s*([DRI])-\s?([A-Z][\w.]*(?:\s?[A-Z][\w.]*)?)")  # ", D-Calif."
PARTY_APPOSITION = lazy(r"\s*,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?([A-Z][\w.]+)\b")  # ", a Democrat"
# "Putin’s spokesman", and "Haines' attorney" of a name that ends in s.
PATRON_OWNS = lazy(r"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)(?:" + APOS + r"s|(?<=s)" + APOS + r")\s+(?:[\w-]+\s+){0,2}?(?:"
                   + STAFF + r"|campaign)\b")
STAFF_FOR = lazy(r"(?:" + STAFF + r")\s+(?:for|to)\s+(?:the\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)")
CAMPAIGN = lazy(r"([A-Z][\w.-]+)\s+(?:campaign|administration)\b")
HONORIFIC = lazy(r"^(?:Mr|Mrs|Ms|Dr|President|Senator|Sen|Gov)\.?\s+")
HEAD_OF = lazy(r"\b(?:" + HEADS + r")\s+(?:\w+\s+){0,2}?(?:of|at|for|with)\s+" + ORG_NAME)
THE_LEADER = lazy(r"\bthe\s+([A-Z][\w.]+(?:\s[A-Z][\w]+)?)\s+(" + "|".join(LEADER_NOUNS) + r")\b")  # "the Russian leader"
APPOSITION_OPENER = lazy(r"(?:an?|the|another)\s", re.I)  # a noun phrase before ", Name" that describes the person
# What may open a sentence before its subject: "On Monday the Water Quality Authority fined ...".
# A word before the body that describes it ("The opposition Social Democrats said", "The troubled
# Skylark Airways said"), not one that makes it describe others ("The former Skylark pilots").
TIME_OPENER = lazy(r"(?:(?:On|In|Last|Earlier|Later|This)\s+\w+(?:\s+\w+)?,?\s+)?"
                   r"(?:[Tt]he\s+(?:(?:opposition|ruling|governing|local|regional|national|state|city|county|federal"
                   r"|conservative|liberal|progressive|independent|nonprofit|non-profit|private|public|troubled"
                   r"|struggling|embattled|beleaguered|influential|powerful|new)\s+)?)?")
# The capitalised words that open a title, before its first lowercase word: "Calder Transit’s chief executive".
ROLE_OPENING_NAME = lazy(r"((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)(?:['’]s)?\s+[a-z]")
# A name's title, as an apposition before a person's name: "HTAC’s chief executive", "Surasta's
# ambassador to the WTO" (group 1: the name; group 2: the title's head, checked against the titles).
OWNER_TITLE = lazy(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)"
                   r"(?:\s+(?:to|for|of|at)\s.*)?")
# "His barrister, " right before a name, opening a sentence or clause: the staff of the person
# named last before (group 1: the pronoun; group 2: the title's head).
PRONOUN_TITLE = lazy(r"(?:^|[.;:]\s+|\n)(His|Her)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*),\s*$")
PRESIDING = {"judge", "magistrate", "coroner", "justice", "recorder"}  # who sit in judgment
# A name that is the object of the words before it in its sentence, however titled: "faced
# criticism from Reform UK leader X", "was sued by X", "met with X".
OBJECT_OPENER = lazy(r"\b(?:from|by|with|against|to|of|for)\s+(?:[^\s,;:]+\s+){0,4}$")
COUNTRY_STAFF = lazy(r"\b(?:minister|ambassador)\b", re.I)  # titles a country gives, and no person does
# "Its chief executive, " right before a name: a body named in the sentence before; so is the one
# in '"...," said its site manager, Owen Greer' (the quotation opens the sentence, the body the one before).
POSSESSIVE_ROLE = lazy(r"(?:^|[.;:]\s+|\n|[,”\"]\s+(?:said|says|added)\s+)(?:Its|Their|(?<=\s)its|(?<=\s)their)"
                       r"\s+[\w\s'’-]{2,60},\s*$")
# A title its holder no longer has: "former manager of", "ex-manager of", "who was manager of ...
# until March" (a body's old staff are no voice of it: they may be suing it).
LEFT = lazy(r"\b(?:former|ex|retired|who\s+was)\b[\s-]*(?:[\w-]+\s+){0,2}$", re.I)
UNTIL = lazy(r"[^,;]*?\buntil\b")
# A lowercase word after a possessive name, which names a part of it: "Strathmoor Council’s planning
# committee"; not "chief executive of Sainsbury's" or "Macy's in New York".
PART_AFTER = lazy(r"\s+(?!(?:of|for|at|in|on|and|to|with|from|since|until|who|which|said|says)\b)[a-z]")
FOR_WHAT = lazy(r"\s+(?:for|of)\s+[a-z][\w\s-]*$")  # what a title is for: "for operations", "of communications"
LEARNING_HEADS = {"chancellor", "president", "provost", "principal", "rector"}
# A title of a body's staff that may open a sentence bare: "Chief executive Alan Marsh said".
# Not an office ("President", "Commissioner"), nor one that either side may have ("Attorney").
BODY_TITLE = lazy(r"chief executive|managing director|general (?:manager|secretary)|chief \w+ officer"
                  r"|spokes(?:man|woman|person)|(?:deputy|assistant) commissioner|chief constable|superintendent")
# An owner's possessive in a role: "the union's chief economist" speaks for the union.
POSSESSIVE_IN = lazy(r"\w['’]s\b")
TOLD_BEFORE = lazy(r"\btold\s+(?:the\s+)?$")
UNNAMED_BODY = lazy(r"\bthe\s+(?:company|firm|union|airline|carrier|group|board|council|agency|authority|trust)\b")
# A title owned by a thing named by a common noun: "the institute’s president" heads the institute
# (group 1), not a government; "the country's president" does (see PUBLIC_OWNERS).
NOUN_OWNED = lazy(r"^(?:[Tt]he\s+)?([a-z]+)['’]s\s")
# The common nouns a state, or a part of its government, goes by: a closed class, where the
# bodies a president or a secretary may head otherwise (institute, bank, club, party...) are not.
PUBLIC_OWNERS = {"country", "nation", "state", "government", "province", "region", "city", "territory", "island",
                 "republic", "kingdom", "emirate", "principality", "sultanate", "monarchy", "commonwealth", "empire",
                 "regime", "junta", "administration", "ministry", "department", "cabinet", "presidency", "embassy",
                 "consulate", "capital", "bloc", "municipality", "town"}
# A name and its possessive right before a body's name: "Veland's National Dairy Council" (group 1).
OWNER_BEFORE = lazy(r"(?<![\w’'])([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$")
# A ministry named with whose it is: "Surasta's commerce ministry" (group 1: the owner, group 2: the
# ministry's kind), "the French foreign ministry" (group 3: the country's word, group 4: the kind).
OWNED_MINISTRY = lazy(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+((?:[a-z-]+\s+){0,2})ministry\b"
                      r"|\b[Tt]he\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+((?:[a-z-]+\s+){0,2})ministry\b")
# A role that points back to a ministry named before: "ministry's spokeswoman", "ministry spokesman"
# (the ministry named last), or a minister's title, "Trade Minister" (group 1: the kind of ministry
# that the sentence before or the same one must name: "Brevia's trade ministry").
# Not "Ministry of Defence spokesman", which names its ministry itself.
MINISTRY_ROLE = lazy(r"[Mm]inistry(?:['’]s)?(?:\s+(?!of\b)[a-z][\w-]*){1,3}|((?i:[a-z-]+(?:\s+[a-z-]+)?))\s+[Mm]inister")
ORGANISERS_SECRETARY = lazy(r"\b(?:general|branch|regional|national|district|club|company|honorary)\s+secretary\b")
# Titles of those news quotes as experts, who speak for no body: "an airline analyst" (and any
# scholar of an -ology: see `expert_title`).
EXPERT_TITLES = {"analyst", "economist", "expert", "researcher", "consultant", "scientist", "historian", "professor",
                 "commentator", "pundit", "pollster", "observer", "lecturer", "demographer", "statistician"}
OBJECT_BEFORE = lazy(r"\b(?:of|by|to|with|for)\s+(?:Mr\.|Mrs\.|Ms\.)?\s*$")
# Words before a body noun that qualify the role rather than name the body ("former union president").
NOT_BODY = {"the", "a", "an", "former", "then", "acting", "interim", "outgoing", "incoming", "late", "deputy",
            "vice", "top", "senior", "longtime", "veteran", "current", "ex", "its", "their", "his", "her",
            "several", "many", "some", "most", "all", "few", "both", "each", "every", "other"}
# The kinds of company news points back to by a common noun ("the company's lawyer", "the
# airline's spokeswoman"), and the lexicon of the last words of the names it may point back to.
KIND_HEADS = {"company": "company_heads", "firm": "company_heads", "airline": "airline_heads", "carrier": "airline_heads"}
MAX_BODY_WORDS = 3  # "regional transport agency": a body noun and the words that name which


Resolve = Callable[[str], Actor | None]  # a surface form ("Mr. Putin") -> the actor it names


@dataclass
class Affiliation:
    """What an actor belongs to."""

    country: str | None = None  # country label, as in lexicon/countries.txt
    party: str | None = None  # party label, as in lexicon/parties.txt
    institution: str | None = None  # a named body: "White House", "N.A.A.C.P.", "Obama campaign"
    branch: str | None = None  # "executive" for a government and those who serve it, else the lexicon's branch
    patron: str | None = None  # name of the actor this one speaks for ("Putin’s spokesman")


def affiliate(text: str, sentences: list[Sentence], cast: Cast, everyone: Cast | None = None) -> dict[str, Affiliation]:
    """Each actor's affiliation, keyed by actor name; a patron is looked up among `everyone`
    (default: the cast itself), since one may be named without ever taking a stand."""
    starts = [sent.start for sent in sentences]
    resolve = _resolver(everyone or cast)
    found = {actor.name: _affiliate_one(text, sentences, starts, actor, resolve) for actor in cast.actors}
    _name_the_other_leader(text, sentences, starts, cast, found)
    _name_the_listed(text, sentences, starts, cast, found)
    _name_the_bodies(text, sentences, starts, cast, everyone or cast, found)
    _name_the_ministries(text, sentences, starts, cast, found)
    _name_the_patrons(text, sentences, starts, cast, everyone or cast, found)
    return found


def mention_spans(text: str, actor: Actor) -> list[tuple[int, int]]:
    """The actor's mentions: the cast's offsets, or a search for its name and aliases."""
    if actor.mentions:
        return sorted(actor.mentions)
    spans: list[tuple[int, int]] = []
    for surface in sorted({actor.name, *actor.aliases}, key=len, reverse=True):
        if not surface.strip():
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(s <= m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def _affiliate_one(text: str, sentences: list[Sentence], starts: list[int], actor: Actor, resolve: Resolve) -> Affiliation:
    aff = Affiliation()
    _read_name(actor.name, aff)
    if actor.role:  # the role is all premodifier: "Norwegian foreign ministry spokeswoman"
        _read_cues(actor.role, "", actor, resolve, aff)
    for start, end in mention_spans(text, actor)[:MAX_CUE_MENTIONS]:
        if aff.country and aff.party and (aff.institution or aff.patron):
            break
        sent = _sentence_at(sentences, starts, start)
        lo, hi = (sent.start, sent.end) if sent else (0, len(text))
        window = text[max(lo, start - PRE_WINDOW):start]
        _read_cues(_premodifier(window), text[end:min(hi, end + POST_WINDOW)], actor, resolve, aff)
        # The apposition before the name and its title: "A lawyer for the company, David Stein, said",
        # "The university's vice-chancellor, Professor Elaine Grant"; not a phrase that ends there
        # ("In a letter to the president of the union, X wrote").
        untitled = window.removesuffix(f"{actor.role} ") if actor.role else window
        if not (aff.institution or aff.patron) and untitled.endswith(", "):
            lead = CLAUSE_BREAK.split(untitled[:-2])[-1].strip()
            if APPOSITION_OPENER.match(lead):
                aff.institution = _body_of(lead) or body_in_role(lead)  # "The university's vice-chancellor, X"
            elif owner := _title_owner(lead):  # "HTAC’s chief executive, Professor Declan Furlong"
                patron = resolve(owner)
                if patron and patron.name != actor.name:
                    aff.patron = patron.name
                    aff.institution = _body_served(patron, lead)
                elif not patron and not aff.country and _serves_government(lead):
                    # "Surasta's ambassador to the WTO, Lee Chan": a government the gazetteer does not
                    # know and the cast does not name is still one, and no other's.
                    aff.institution = owner
    if actor.kind == "organisation" and not (aff.institution or aff.country or aff.patron):
        _read_owner(text, actor, resolve, aff)
    if aff.institution and aff.patron in (None, aff.institution) and " " in aff.institution:
        owner = resolve(aff.institution.split()[0])  # "counsel for the Trump Organization": Trump's
        if owner and owner.kind == "person" and owner.name != actor.name:
            aff.patron = owner.name
    if aff.institution and not aff.country:
        inst = gazetteer.institutions().get(aff.institution)
        aff.country = inst.country if inst else None
    if not aff.branch and actor.role and _serves_government(actor.role):
        aff.branch = "executive"
    if aff.party and not aff.country:
        aff.country = _party_country(aff.party)
    return aff


def _read_owner(text: str, body: Actor, resolve: Resolve, aff: Affiliation) -> None:
    """A body named with its owner where the article first names it: "Veland's National Dairy
    Council" is Veland's, as its minister is; "Britain's Royal College of Nursing" is of the
    United Kingdom. An owner is a country, a body, or a name of one word that the cast took for a
    person (a country the gazetteer does not know); not a person ("Trump's lawyers")."""
    spans = mention_spans(text, body)
    owned = OWNER_BEFORE.search(text, max(0, spans[0][0] - PRE_WINDOW), spans[0][0]) if spans else None
    if not owned:
        return
    country = _country_named(owned.group(1))
    owner = resolve(owned.group(1)) if not country else None
    if country:
        aff.country = country
    elif owner and owner.name != body.name and (owner.kind in ("organisation", "country") or " " not in owner.name):
        aff.institution = owner.name


def _title_owner(phrase: str) -> str | None:
    """The name whose title the phrase is: "HTAC" of "HTAC’s chief executive", "Surasta" of
    "Surasta's ambassador to the WTO"; None where the phrase is no title of a name's."""
    m = OWNER_TITLE.fullmatch(phrase)
    return m.group(1) if m and m.group(2).lower() in _title_words() else None


def _read_name(name: str, aff: Affiliation) -> None:
    """An actor's own name may say it: "Saudi Arabia", "the Kremlin", "Senate Republicans", "X of Israel"."""
    country = gazetteer.country_names().get(name.removeprefix("the ").strip())
    if country:
        aff.country = country
    place = OF_PLACE_END.search(name)
    if place and not aff.country:
        aff.country = _place_country(place.group(1))
    inst = _institution_in(name)
    if inst:
        aff.institution, aff.branch, aff.country = inst.name, inst.branch, aff.country or inst.country
    party = _party_word_in(name, whole=False)
    if party:
        aff.party = party


def _read_cues(premod: str, after: str, actor: Actor, resolve: Resolve, aff: Affiliation) -> None:
    after_head = _apposition(after)
    near = premod + " " + after_head
    if not aff.party:
        aff.party = _party_marker(after) or _party_word_in(premod, whole=True) or _party_word_in(after_head, whole=True)
    if not premod and not after_head:
        return  # most mentions: nothing before or around the name says more than a party marker
    if not aff.patron:
        patron = _patron(near, actor, resolve)
        aff.patron = patron.name if patron else None
        if patron and not aff.institution:
            aff.institution = _body_served(patron, near)  # "Ashby’s managing director" works for Ashby Bakeries
    if not aff.country:
        aff.country = _country(premod, after_head)
    if not (aff.country or aff.institution) and actor.role and COUNTRY_STAFF.search(actor.role):
        # "Commerce Minister Raj Patel of Surasta": a country the gazetteer does not know, which the cast names.
        of_place = OF_PLACE.match(after)
        ruler = resolve(of_place.group(1).split(None, 1)[1].removeprefix("the ")) if of_place else None
        if ruler and ruler.name != actor.name:
            aff.institution = _body_served(ruler, actor.role)
    if not aff.institution:
        inst = _institution_in(near)
        if inst:
            aff.institution, aff.branch = inst.name, inst.branch
            aff.country = aff.country or inst.country
        elif not aff.patron:
            # The common-noun body first: "chair of the Hillside parents' group" is no "Hillside".
            aff.institution = (_body_of(after_head) or _organisation(after_head) or _organisation(premod)
                               or body_in_role(premod))


def _body_served(patron: Actor, title: str) -> str | None:
    """The body a patron's staff member (of this title) is of: the patron, where it is a body; so is
    a country whose minister or ambassador the person is, where the cast took that country, which
    the gazetteer does not know ("Surasta's trade minister"), for a person of one word."""
    if patron.kind == "organisation" or (" " not in patron.name and patron.name not in gazetteer.country_names()
                                         and COUNTRY_STAFF.search(title)):
        return patron.name
    return None


def _serves_government(role: str) -> bool:
    """"US President", "Transportation Secretary", "national security adviser"; not "former President"."""
    low = role.lower()
    # "president of the N.A.W.U.", "union president" or "the institute’s president" heads something else; "former
    # President" no longer serves; a general or branch secretary runs a union, a party or an association.
    owner = NOUN_OWNED.match(role)  # lowercase: "Russia's president" serves a government
    if (NOT_SERVING.search(low) or body_in_role(role) or ORGANISERS_SECRETARY.search(low)
            or (owner and owner.group(1) not in PUBLIC_OWNERS)):
        return False
    return bool(_executive_titles().search(low))


def _has_speech_verb(phrase: str) -> bool:
    return not words("speech_verbs").isdisjoint(LOWER_WORDS.findall(phrase))


def _premodifier(before: str) -> str:
    """The words right before a name, back to the clause start: "with US President "."""
    # The window already stops at the sentence start, so a full stop here is an abbreviation.
    parts = CLAUSE_BREAK.split(before)
    tail = parts[-1] if parts else ""
    # A premodifier reads into the name: stop at a verb-like lowercase run that is not a title.
    words = tail.split()
    keep: list[str] = []
    for word in reversed(words):
        bare = word.strip(",").rstrip(APOS + "s").lower() if word.endswith(("'s", "’s")) else word.strip(",").lower()
        if word[:1].isupper() or bare in _title_words() or word in ("of", "the", "for", "and", "to"):
            keep.append(word)
            continue
        break
    return " ".join(reversed(keep))


def _apposition(after: str) -> str:
    """What follows a name to describe it: "of Delaware, a Democrat", "(D-Calif.)", ", the top Democrat"."""
    parts = []
    m = OF_PLACE.match(after)
    if m:
        parts.append(m.group(1))
        after = after[m.end():]
    m = APPOSITION.match(after)
    # "Biden, the Kremlin said Friday," is a clause about something else, not an apposition.
    if m and not _has_speech_verb(m.group(m.lastindex) or ""):
        parts.append(m.group(m.lastindex).strip())
    return ", ".join(parts)


def _party_marker(after: str) -> str | None:
    """"X, D-Calif." / "X (R-Texas)" / "X, Republican of Ohio" / "X, a Democrat"."""
    of_place = OF_PLACE.match(after)  # "X of Ohio, a Democrat": the place is no party
    after = after[of_place.end():] if of_place else after
    m = PARTY_STATE.match(after)
    if m and m.group(2).rstrip(",") in gazetteer.us_states() | {m.group(2)}:
        return gazetteer.party_words().get(m.group(1), (None, None))[0]
    m = PARTY_APPOSITION.match(after)
    if m:
        party = gazetteer.party_words().get(m.group(1))
        if party and len(m.group(1)) > 1:
            return party[0]
    return None


@lru_cache(maxsize=1024)  # as `_country`
def _party_word_in(phrase: str, whole: bool) -> str | None:
    """A party named by a multi-letter marker word in the phrase ("Democratic Sen.", "Senate
    Republicans"), or by a marker of several words, which wins ("the Social Democrats' leader")."""
    for marker, label in gazetteer.party_phrases():
        if marker in phrase and whole_words(phrase, (marker,)):
            return label
    for word in CAPITAL_WORDS.findall(phrase):
        hit = gazetteer.party_words().get(word) or gazetteer.party_words().get(word.rstrip("."))
        if hit and len(word.rstrip(".")) > 1:
            # "Democratic-controlled Senate" names the chamber, not the person.
            if whole and _hyphenated(word).search(phrase):
                continue
            return hit[0]
    return None


def _party_country(party: str) -> str | None:
    return next((country for label, country in gazetteer.party_words().values() if label == party), None)


def _patron(phrase: str, actor: Actor, resolve: Resolve) -> Actor | None:
    """The actor this one speaks or works for: "Putin’s spokesman", "adviser to X", "the X campaign"."""
    for surface in _patron_names(phrase):
        other = resolve(surface)
        if other and other.name != actor.name:
            return other
    return None


@lru_cache(maxsize=1024)  # as `_country`
def _patron_names(phrase: str) -> tuple[str, ...]:
    """The names in the phrase that may be someone's patron, in the order they are tried."""
    # Each pattern only where the words it needs are (cheap tests first).
    candidates = []
    if "'" in phrase or "’" in phrase:
        candidates += [m.group(1) for m in PATRON_OWNS.finditer(phrase)]
    if "for" in phrase or "to" in phrase:
        candidates += [m.group(1) for m in STAFF_FOR.finditer(phrase)]
    if "campaign" in phrase or "administration" in phrase:
        candidates += [m.group(1) for m in CAMPAIGN.finditer(phrase)]
    return tuple(candidates)


def _resolver(cast: Cast) -> Resolve:
    """Find an actor of the cast by a surface form, falling back to the one person with that
    last name (people indexed by last name once, not searched for each surface)."""
    by_last: dict[str, list[Actor]] = {}
    for a in cast.actors:
        if a.kind == "person" and a.name.split():
            by_last.setdefault(a.name.split()[-1], []).append(a)

    def resolve(surface: str) -> Actor | None:
        surface = HONORIFIC.sub("", surface.strip())
        actor = cast.resolve(surface)
        if actor:
            return actor
        matches = by_last.get(surface.split()[-1], []) if surface.split() else []
        return matches[0] if len(matches) == 1 else None

    return resolve


@lru_cache(maxsize=1024)  # as `_country`
def _institution_in(phrase: str) -> gazetteer.Institution | None:
    m = _institution_pattern().search(phrase)
    return gazetteer.institutions()[m.group()] if m else None


@cache
def _institution_pattern() -> re.Pattern[str]:
    names = sorted(gazetteer.institutions(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


@lru_cache(maxsize=1024)  # as `_country`
def _organisation(phrase: str) -> str | None:
    """"president of the N.A.W.U." -> "N.A.W.U."; "spokeswoman for the Lindqvist campaign"."""
    m = HEAD_OF.search(phrase)
    if not m:
        return None
    if LEFT.search(phrase, 0, m.start()) or UNTIL.match(phrase, m.end()):
        return None  # "former manager of Calder Rovers", "who was manager of it until March": no longer its
    name = m.group(1).rstrip(" ,")
    if name.endswith(("'s", "’s")) and PART_AFTER.match(phrase, m.end(1)):
        return None  # "convener of Strathmoor Council’s planning committee": of a part the phrase does not name
    # Keep the full stop of an abbreviation ("N.A.A.C.P."), drop a sentence's.
    if name.endswith(".") and "." not in name[:-1]:
        name = name[:-1]
    if name in gazetteer.country_names() or name in gazetteer.us_states() or len(name.replace(".", "")) < 2:
        return None
    return name


def expert_title(title: str) -> bool:
    """Is the title (lowercase) one news quotes an outside expert by: "analyst", "economist", or a
    scholar of some -ology ("criminologist")?"""
    return title in EXPERT_TITLES or title.endswith("ologist")


def unowned_expert(title: str, role: str) -> bool:
    """Is the role's title an expert's that no one owns in the role ("an airline analyst", "a
    criminologist"), so that it speaks for no body, unlike "the union's chief economist"?"""
    return expert_title(title) and not POSSESSIVE_IN.search(role)


@lru_cache(maxsize=1024)  # the same roles and premodifiers come back at every mention
def body_in_role(role: str) -> str | None:
    """A body named by a common noun (lexicon/body_nouns.txt) right before a title: "union
    president" -> "union", "the health board's chief executive" -> "health board". Local news
    names the union, the board or the county this way rather than by a proper name."""
    tokens = FOR_WHAT.sub("", role).split()  # "company's vice president for operations": a vice president
    if len(tokens) < 2:
        return None
    title = tokens[-1].lower().strip(",")
    if title not in _title_words():
        title = title.rsplit("-", 1)[-1]  # "vice-chancellor" is a chancellor; "president-elect" is a title itself
    if title not in _title_words() or unowned_expert(title, role):
        return None  # "an airline analyst" is no airline's; "the union's chief economist" is the union's
    # A place of learning to its serving head: not "a former university president".
    learning = title in LEARNING_HEADS and not NOT_SERVING.search(role.lower())
    # The body noun closest to the title, with up to three words of the title between
    # ("county's education director", "board chief executive", "authority's chief financial officer"),
    # none of them another's, a conjunction or "of" ("the company and France's secretary", "Royal
    # College of Physicians president").
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 5), -1):
        if tokens[k + 1].lower() in ("and", "or", "of") or tokens[k + 1].endswith(("'s", "’s")):
            return None
        noun = _without_possessive(tokens[k])
        if noun.lower() in words("body_nouns") or (learning and noun.lower() in LEARNING):
            body = _body_phrase(tokens[:k], noun)
            # "School board chair" opens a sentence: its capital is no part of the body's name.
            if noun.islower() and role.startswith(body) and body[1:].islower():
                body = body[0].lower() + body[1:]
            return body
    return None


@lru_cache(maxsize=1024)  # as `_country`
def _body_of(phrase: str) -> str | None:
    """"chair of the Hillside parents' group" -> "Hillside parents' group": the lowercase
    counterpart of `_organisation`, for a body named by a common noun."""
    if not any(word in phrase for word in (" of ", " for ", " at ", "who ", "and ")):
        return None  # a cheap test first
    m = _body_of_pattern().search(phrase)
    return _body_phrase(m.group(1).split(), m.group(2)) if m else None


def _body_phrase(before: list[str], noun: str) -> str:
    """The body noun with the words just before it that say which body it is ("health board"),
    back to a determiner, a modifier of the role ("former") or a title."""
    kept: list[str] = []
    for word in reversed(before[-(MAX_BODY_WORDS - 1):]):
        low = word.lower()
        if low in NOT_BODY or low in _title_words() or not low.replace("'", "").replace("’", "").isalpha():
            break
        kept.insert(0, word)
    return " ".join([*kept, noun])


@cache
def _body_of_pattern() -> re.Pattern[str]:
    """HEAD_OF for the body nouns: "(president) of the (teachers') (union)", "(lawyer) for the
    (company)", "who chairs the (lecturers') (association)", "and leads the (Save Hawthorn) (group)",
    noun not possessive."""
    nouns = "|".join(sorted(words("body_nouns"), key=len, reverse=True))
    return re.compile(r"\b(?:(?:" + HEADS + "|" + STAFF + r")\s+(?:of|at|for)|(?:who|and)\s+" + WHO_HEADS + r")\s+(?:the\s+)?"
                      r"((?:[\w'’-]+\s+){0,"
                      + str(MAX_BODY_WORDS - 1) + r"})(" + nouns + r")\b(?!['’])"
                      # the noun ends the phrase: not "a charity shop", "several hospital workers"
                      r"(?=\s*$|\s*[,.;:)]|\s+(?:and|or|but|in|at|on|of|for|with|as|to|from|until|since|after|before"
                      r"|during|which|that|who|said|says|told)\b)")


@lru_cache(maxsize=1024)  # the same premodifiers and appositions come back at many mentions
def _country(premod: str, after_head: str) -> str | None:
    # "US President", "Russian Foreign Minister", "Israel’s prime minister"
    country = _country_named(premod)
    if country:
        return country
    # "President Vladimir V. Putin of Russia", "Representative X of California"
    m = OF_WHERE.match(after_head)
    country = _place_country(m.group(1)) if m else None
    if country:
        return country
    # "X, the Israeli prime minister"
    country = _country_named(after_head)
    if country:
        return country
    if US_TITLES.search(premod):
        return "United States"
    return None


def _place_country(place: str) -> str | None:
    """"Russia" -> Russia; "California" -> United States (a U.S. state); else None."""
    place = place.strip(" ,.")
    if place in gazetteer.country_names():
        return gazetteer.country_names()[place]
    return "United States" if place in gazetteer.us_states() else None


def _country_named(phrase: str) -> str | None:
    """The country that a capitalised word pair of the phrase names, else a capitalised word,
    the first in the phrase; possessives stripped: "Saudi Arabia’s" -> Saudi Arabia."""
    names = gazetteer.country_names()
    words = [w for w in map(_without_possessive, (w.strip(",.") for w in phrase.split())) if w]
    # A pair is put together only where its first word opens a name of two words or more.
    openers = _name_openers()
    for first, second in zip(words, words[1:]):
        if first in openers and first[:1].isupper():
            pair = f"{first} {second}"
            if pair in names:
                return names[pair]
    for word in words:
        if word[:1].isupper() and word in names:
            return names[word]
    return None


@cache
def _name_openers() -> frozenset[str]:
    """The first words of the country names with a space in them ("Saudi" of "Saudi Arabia")."""
    return frozenset(name.split(" ", 1)[0] for name in gazetteer.country_names() if " " in name)


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _name_the_other_leader(text: str, sentences: list[Sentence], starts: list[int], cast: Cast,
                           found: dict[str, Affiliation]) -> None:
    """"the Russian leader" in a sentence names the one leader there whose country is still unknown
    and whose title fits ("leader" fits any head of state or government)."""
    names = gazetteer.country_names()
    people = [a for a in cast.actors if a.kind == "person" and a.role and not found[a.name].country]
    # Only sentences with a leader noun: THE_LEADER tries every "the".
    named_leader = _sentences_with(text, sentences, starts, LEADER_NOUNS) if people else []
    if not named_leader:
        return  # no one to name, or no leader named
    offsets, owners = _mention_index(text, people)  # owners: indices into people
    for sent in named_leader:
        for m in THE_LEADER.finditer(sent.text):
            country = names.get(m.group(1))
            title = m.group(2).lower()
            named = sorted(set(owners[bisect_left(offsets, sent.start):bisect_left(offsets, sent.end)]))
            fits = [a for a in (people[i] for i in named) if not found[a.name].country
                    and (title in a.role.lower() or (title == "leader" and HEAD_TITLES.search(a.role.lower())))]
            if country and len(fits) == 1:
                found[fits[0].name].country = country


def _sentences_with(text: str, sentences: list[Sentence], starts: list[int], needles: tuple[str, ...]) -> list[Sentence]:
    """The sentences that hold one of `needles`, in order (`starts`: theirs): each needle looked
    for once in the whole text, rather than in every sentence."""
    found: set[int] = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(needle) <= sentences[i].end:
                found.add(i)
            at = text.find(needle, at + 1)
    return [sentences[i] for i in sorted(found)]


def _name_the_listed(text: str, sentences: list[Sentence], starts: list[int], cast: Cast,
                     found: dict[str, Affiliation]) -> None:
    """"Top Republicans were mute, though a handful — including X, Y and Z — urged ...", "the
    Republican leaders – X and Y – ...": people listed after a party's name belong to it."""
    lists: list[tuple[int, int, str]] = []  # where each list runs, and its party
    # Only sentences that name a party: the pattern tries every word of the sentence.
    for sent in _sentences_with(text, sentences, starts, ("Democrat", "Republican")):
        m = LISTED.search(sent.text)
        party = gazetteer.party_words().get(m.group(1)) if m else None
        if not party:
            continue
        # The list runs to its closing dash; "a critic of Mr. Trump" inside it lists no one.
        start = sent.start + m.end()
        close = min((i for i in (sent.text.find(d, m.end()) for d in "—–") if i >= 0), default=-1)
        lists.append((start, sent.start + close if close >= 0 else sent.end, party[0]))
    if not lists:
        return
    people = [a for a in cast.actors if a.kind == "person"]
    offsets, owners = _mention_index(text, people)
    for start, end, party_label in lists:
        for k in range(bisect_left(offsets, start), bisect_left(offsets, end)):
            s, aff = offsets[k], found[people[owners[k]].name]
            if not aff.party and not OBJECT_BEFORE.search(text[max(0, s - 12):s]):
                aff.party = party_label


def _name_the_bodies(text: str, sentences: list[Sentence], starts: list[int], cast: Cast, everyone: Cast,
                     found: dict[str, Affiliation]) -> None:
    """A body the article points back to rather than names, where it introduces a person:
    "Maria Gomez, the group's chair" is of the latest body named before that the article calls
    a group, by its name ("the Parents Group") or in the apposition after it ("the Friends of
    Elm Street Library, a volunteer group"); "Its chief executive, Miriam Osei" is of the body
    the sentence before opens with ("The Energy Standards Authority fined ..."), and so is a
    sentence's bare "Chief executive Alan Marsh" ("Brightwave said it would challenge ...")."""
    # Every mention of a body, found once for all the people who may point back to one.
    bodies = [(start, end, a.name) for a in everyone.actors if a.kind == "organisation"
              for start, end in mention_spans(text, a)]
    # The bodies a title may open with: those named, and those others' titles name ("Pellham county").
    names = {aff.institution: aff.institution for aff in found.values() if aff.institution}
    names.update({surface: a.name for a in everyone.actors if a.kind == "organisation" for surface in (a.name, *a.aliases)})
    for actor in cast.actors if names else []:
        aff, spans = found[actor.name], mention_spans(text, actor)
        if not spans:
            continue
        first = spans[0][0]
        noun = aff.institution
        if noun and (noun.lower() in words("body_nouns") or noun.lower() in LEARNING):  # not one with a name or a qualifier ("health board")
            aff.institution = _latest_called(text, bodies, first, noun.lower()) or noun
        elif not (noun or aff.patron or aff.party or aff.country):
            # A title owned by a noun, even one that names no body in a role ("the council's president":
            # a council president may be a councillor who speaks for herself; the head of a body
            # named "Council" speaks for it).
            owner = NOUN_OWNED.match(actor.role or "")
            if owner and (named := _latest_called(text, bodies, first, owner.group(1))):
                aff.institution = named
            elif named := _body_opening(actor.role, names):
                aff.institution = named
            elif POSSESSIVE_ROLE.search(text[max(0, first - 80):first]):
                aff.institution = _subject_before(text, sentences, starts, first, bodies)
            elif _opens_with_title(text, sentences, starts, first, actor.role):
                # A bare title says less than "Its": only the one body the sentence before names will do.
                aff.institution = _subject_before(text, sentences, starts, first, bodies, sole=True)


def _name_the_ministries(text: str, sentences: list[Sentence], starts: list[int], cast: Cast,
                         found: dict[str, Affiliation]) -> None:
    """A person introduced by a ministry ("The ministry's spokeswoman, Leila Ortiz", "A ministry
    spokesman") serves a government: the one of the ministry named last before her, where the
    article says whose it is ("Surasta's commerce ministry", "the French foreign ministry"). A
    minister's bare title ("Trade Minister Omar Haddad") is of the ministry of that name that the
    same sentence or the one before names ("Brevia's trade ministry rejected ..."). A country the
    gazetteer knows is her country; another owner is her institution, as it is of "Surasta's
    ambassador" (see `_affiliate_one`)."""
    ministries: list[re.Match[str]] | None = None  # every ministry named with its owner: found when needed
    for actor in cast.actors:
        aff = found[actor.name]
        role = MINISTRY_ROLE.fullmatch(actor.role or "")
        # (Not "Former foreign minister" nor "Shadow trade minister": neither serves today's ministry.)
        if (actor.kind != "person" or not role or NOT_SERVING.search(role.group().lower())
                or aff.country or aff.institution or aff.patron or aff.party
                or not (spans := mention_spans(text, actor))):
            continue
        aff.branch = "executive"  # a ministry's staff serve a government, as its minister does
        if ministries is None:
            ministries = list(OWNED_MINISTRY.finditer(text))
        first = spans[0][0]
        kind = role.group(1)
        if kind:  # the minister's own ministry, named just before: the sentence before or this one
            here = bisect_right(starts, first) - 1
            lo = sentences[max(0, here - 1)].start if here >= 0 else 0
            named = [m for m in ministries if lo <= m.start() and m.end() <= first
                     and ((m.group(2) if m.group(1) else m.group(4)) or "").strip().lower() == kind.lower()]
        else:
            named = [m for m in ministries if m.end() <= first]
        if not named:
            continue
        latest = named[-1]
        if latest.group(1):
            country = _country_named(latest.group(1))
            aff.country, aff.institution = (country, None) if country else (None, latest.group(1))
        else:  # "the Health ministry": an adjective that is no country's says nothing
            aff.country = _country_named(latest.group(3))


def holds_title(role: str) -> bool:
    """Whether whoever a role names holds its title: not "Former foreign minister", "Shadow trade
    minister" or "ex-mayor" (see NOT_THE_HOLDER)."""
    return NOT_THE_HOLDER.isdisjoint(LOWER_WORDS.findall(role.lower()))


def _latest_called(text: str, bodies: list[tuple[int, int, str]], before: int, noun: str) -> str | None:
    """The latest body mentioned before `before` that "the <noun>" may point back to (see `_called`).
    `bodies`: every mention of a body, (start, end, name)."""
    called = [(start, name) for start, end, name in bodies
              if start < before and _called(name, text[max(0, start - 20):start], text[end:end + POST_WINDOW], noun)]
    return max(called, key=lambda m: m[0])[1] if called else None


def _name_the_patrons(text: str, sentences: list[Sentence], starts: list[int], cast: Cast, everyone: Cast,
                      found: dict[str, Affiliation]) -> None:
    """"His barrister, Jonathan Reeve KC" and "Her spokeswoman, Ana Ruiz" work for the subject of
    the sentence before, as a case in court or a campaign is told: the person it opens with, of that
    pronoun's gender where it is known. Not the last person it names, who is often its object ("faced
    criticism from Reform UK leader X"), and never a judge, before whom counsel speak. A sentence
    that names no one the pronoun fits passes the question to the one before it; one whose subject
    does not fit but that names two others who may, or whose first person named is an object, is
    too unsure to answer."""
    people: list[tuple[int, Actor]] | None = None  # (offset, person) of every mention, in order: made when needed
    for actor in cast.actors:
        aff, spans = found[actor.name], mention_spans(text, actor)
        if aff.patron or aff.institution or not spans:
            continue
        first = spans[0][0]
        m = PRONOUN_TITLE.search(text, max(0, first - 80), first)
        if not m or m.group(2) not in _title_words():
            continue
        theirs = "m" if m.group(1) == "His" else "f"
        if people is None:
            # By offset alone: two people may share a mention ("Vance" of Claire and Joan Vance).
            people = sorted(((start, other) for other in everyone.actors if other.kind == "person" and not _presides(other)
                             for start, _ in mention_spans(text, other)), key=lambda mention: mention[0])
        named = [(start, other) for start, other in people if other.name != actor.name and start < m.start()]
        patron = _antecedent(text, sentences, starts, m.start(1), named, theirs)
        if patron:
            aff.patron = patron.name


def _antecedent(text: str, sentences: list[Sentence], starts: list[int], at: int,
                named: list[tuple[int, Actor]], gender: str) -> Actor | None:
    """The person a pronoun of `gender` at `at` points back to (see `_name_the_patrons`), among
    `named`: (offset, person) of each mention before it, in order."""
    here = bisect_right(starts, at) - 1
    # The clause before the pronoun in its own sentence ("X lost; his lawyer, Y"), then the
    # sentences before, nearest first.
    spans = [(sentences[here].start, at)] if here >= 0 else []
    # However many sentences of a speaker's own words come between ("she said. ... Her solicitor").
    spans += [(sentences[i].start, sentences[i].end) for i in range(here - 1, -1, -1)]
    for lo, hi in spans:
        inside = [(start, person) for start, person in named if lo <= start < hi]
        fits = [person for _, person in inside if person.gender in (None, gender)]
        if not fits:
            continue  # no one here the pronoun may be of
        subject_at, subject = inside[0]
        if OBJECT_OPENER.search(text, lo, subject_at):
            return None  # the subject is no one the cast knows: "Starmer faced criticism from X"
        if subject in fits:
            return subject
        sure = {person.name: person for person in fits if person.gender == gender}
        return sure.popitem()[1] if len(sure) == 1 and len(set(p.name for p in fits)) == 1 else None
    return None


def _presides(person: Actor) -> bool:
    """Does the person sit in judgment ("Judge", "District Judge", "the coroner")? Such a one is no patron."""
    return bool(person.role) and person.role.split()[-1].lower() in PRESIDING


def _body_opening(role: str | None, bodies: dict[str, str]) -> str | None:
    """The body whose name, or the first words of it, opens a title: "Harlow chief executive" and
    "Granite’s chief financial officer" are of Harlow Group and Granite Foods, where the article
    names no other body that opens with those words. Not an expert's: "a Monmouth University pollster".
    `bodies`: each name or alias of a body -> the body's name."""
    opening = ROLE_OPENING_NAME.match(role or "")
    title = role.rsplit(None, 1)[-1].lower() if opening else ""
    if title not in _title_words() or unowned_expert(title, role):
        return None
    first = opening.group(1).casefold().split()
    fits = {body for surface, body in bodies.items() if surface.casefold().split()[:len(first)] == first}
    return fits.pop() if len(fits) == 1 else None


def _opens_with_title(text: str, sentences: list[Sentence], starts: list[int], first: int, role: str | None) -> bool:
    """Does the sentence open with the person's bare title, a body's staff title ("Chief executive
    Alan Marsh said"), as "Its chief executive" would? Not an office's ("Councillor", "Health Minister")."""
    opens = first - len(role) - 1 if role else -1
    sentence = _sentence_at(sentences, starts, first)
    return (bool(role) and sentence is not None and sentence.start == opens and text.startswith(role + " ", opens)
            and bool(BODY_TITLE.fullmatch(role.lower())))


def _subject_before(text: str, sentences: list[Sentence], starts: list[int], offset: int,
                    bodies: list[tuple[int, int, str]], sole: bool = False) -> str | None:
    """The body that the sentence before `offset` opens with, as its subject ("The Energy
    Standards Authority fined ...", "On Monday the Energy Standards Authority ..."); none when
    a person or a plain noun opens it ("The tenants sued Crestline ...: Their lawyer" is the
    tenants'). With `sole`, only a body that is the one the sentence names ("The regulator
    ordered the airline to refund ..." names two), an outlet it talks to aside, and not before
    a person's title ("GMB organiser Sue Hale said"). `bodies`: every mention of a body, (start,
    end, name)."""
    before = bisect_right(starts, offset) - 2
    if before < 0:
        return None
    lo, hi = sentences[before].start, sentences[before].end
    named = [(start, end, name) for start, end, name in bodies if lo <= start < hi]
    if sole:
        # Told something, a body is no subject ("Harbourline told the BBC it would appeal"); told to do
        # something, it is one of the sentence's bodies ("The regulator told Skylark to refund").
        named = [m for m in named if not (TOLD_BEFORE.search(text, max(lo, m[0] - 10), m[0])
                                          and not text.startswith(" to ", m[1]))]
        if (len({name for _, _, name in named}) != 1 or _title_after(text, named[0][1])
                or UNNAMED_BODY.search(text, lo, hi)):  # "ordered the company to pay": a body besides the one named
            return None
    return next((name for start, _, name in named if TIME_OPENER.fullmatch(text, lo, start)), None)


def _title_after(text: str, end: int) -> bool:
    """Is the word after a body's name a title, so that the name is a premodifier ("GMB organiser")?"""
    after = LOWER_WORDS.match(text, end + 1) if text.startswith(" ", end) else None
    return bool(after) and after.group() in _title_words()


def _called(name: str, before: str, after: str, noun: str) -> bool:
    """Does the body's name (see `named_as`), the word right before this mention of it ("residents’
    group Friends of Broadwater") or the apposition after it use this noun?"""
    return (named_as(name, noun) or before.lower().endswith(f" {noun} ")
            or noun in LOWER_WORDS.findall(_apposition(after).lower()))


def named_as(name: str, noun: str) -> bool:
    """Is a body of this name one that "the <noun>" points back to? The noun is in its name, or
    names its kind: a company is also any body named by its legal form or its trade ("Crestline
    Property Group", "Kestrel Motors"), and an airline one named so ("Skylark Airways")."""
    name_words = name.lower().split()
    if noun in name_words:
        return True
    # Not a public body's trade: "Department of Energy" is no energy company.
    return noun in KIND_HEADS and "of" not in name_words and name_words[-1] in words(KIND_HEADS[noun])


def _mention_index(text: str, actors: list[Actor]) -> tuple[list[int], list[int]]:
    """Every mention of `actors` in one sorted index (its offsets, and the index of the actor
    each is of), so that a sentence or a list looks only at the names inside it."""
    pairs = sorted((s, i) for i, actor in enumerate(actors) for s, _ in mention_spans(text, actor))
    return [s for s, _ in pairs], [i for _, i in pairs]


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence | None:
    i = bisect_right(starts, offset) - 1
    return sentences[i] if 0 <= i < len(sentences) and offset < sentences[i].end else None


@cache
def _executive_titles() -> re.Pattern[str]:
    """Any title of lexicon/executive_titles.txt, as whole words."""
    titles = sorted(words("executive_titles", lower=True), key=len, reverse=True)
    # Not inside a hyphenated title: a vice-chancellor heads a university, not a government.
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, titles)) + r")(?![\w-])")


@cache
def _hyphenated(word: str) -> re.Pattern[str]:
    """A party marker joined to the next word ("Democratic-controlled"); one pattern per marker."""
    return re.compile(re.escape(word) + r"-\w")


@cache
def _title_words() -> frozenset[str]:
    return words("titles") | {"press", "national", "security", "foreign", "top", "former", "deputy", "senior"}
