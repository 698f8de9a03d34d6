"""Rule: who takes a stand in which sentences — the voices of a dispute and their evidence.

A voice is an actor (person, organisation, country, or a party group such as "Democrats")
that is the agent of a speech or stance verb ("Peskov said", "according to ... Jen Psaki",
"Saudi Arabia has fiercely opposed", "a plan endorsed by Mr. Romney", "Putin’s offer"), or
speaks a quotation (in every sentence the quotation runs through). Names listed together
share a stand. A sentence that opens with "He"/"She" acting, or is a bare quotation,
continues the voice of the sentence before it. Mentions inside quotations, appositions
("a founder of the House Freedom Caucus") or after a preposition are no agents.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import Any

from . import gazetteer
from .actors import Actor, Cast
from .affiliation import mention_spans
from .names import BODY_ENDING_VERBS
from .quotes import straight_openings
from .sentences import Sentence
from .wordlists import lazy, leftmost, occurrences, words
from ..model import Quote

# Words that may sit between an agent and its verb: "Biden has confirmed", "X also said".
AUX = {"has", "have", "had", "also", "then", "later", "again", "will", "would", "did", "does", "is",
       "was", "were", "are", "been", "not", "never", "too", "even", "still", "previously", "often",
       "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
       "this", "week", "month", "year", "publicly", "strongly", "who", "should", "must", "be", "now"}
# A run of capitalised words (with "of the" inside), where lexicon names are looked for; it
# holds no ",;:". (Here and below, a lookbehind placed after the first letter rather than
# before it lets the regex engine skip straight to the letters a match can start with.)
CAPITAL_RUN = lazy(r"[A-Z](?<![\w.].)[\w.’'&-]*(?:\s+(?:of\s+|for\s+)?(?:the\s+)?[A-Z][\w.’'&-]*)*")
MAX_NAME_TOKENS = 6
LIGHT_VERBS = {"had", "has", "have", "made", "make", "makes", "gave", "give", "gives"}
MODALS = {"will", "would", "should", "must"}
PRONOUN_START = lazy(r"[“\"]?(?:(?:But|And|Still|Yet|Later|Then),?\s+)?(He|She|They|he|she|they)\b")
QUOTE_OPEN = "“\"‘"
PREFIX = 16  # characters: quotations that start with the same this many are few (see `quote_marks`)
# "told X" and "asked X" name the listener, so only these verbs put the speaker after them.
# (The flag is global, not scoped to the verbs as it reads best: the rest has no letters to
# fold, and a scoped flag makes the search several times slower.)
SOURCE_WORDS = ("said", "says", "according to", "added", "wrote", "as did")
SOURCE_BEFORE = lazy(r"(?i)(?:\b(?:" + "|".join(SOURCE_WORDS) + r")|[”\"],)\s+((?:[\w.’'-]+,?\s+){0,6})$")
SOURCE_STARTS = (*SOURCE_WORDS, "”,", '",')  # what a match of SOURCE_BEFORE starts with
# A quotation in curly or in straight marks. Two patterns, each opening with one plain
# character, which the regex engine finds several times faster than a choice of two.
QUOTED = (lazy(r"“[^”]*”"), lazy(r"\"[^\"\n]*\""))
PASSIVE_BY = lazy(r"\b([a-z]+ed)\b[^,.;]{0,30}?\s+by\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+|[A-Z][a-z]+\s+)?$")
# A preposition before a name ("of the Senate Harbour and Fisheries Committee").
OBJECT_BEFORE = lazy(r"\b(?:of|in|on|at|to|from|with|against|for|by|about|over)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.’'-]*\s+(?:and\s+)?)*$")
# The start of an apposition ("X, a founder of the conservative ") with no comma since.
IN_APPOSITION = lazy(r",\s+(?:a|an|the)\s+[^,;“”\"—]*\b[a-z]+\s+(?:[A-Z][\w.’'-]*\s+)*$")
# What separates names in a list: "A, B and C", "Senator A and Representative B", "Cllr A and Cllr B".
LIST_GAP = lazy(r"\s*(?:,|,?\s+and)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Cllr)\.?\s+"
                r"|(?:Senator|Representative|Governor|Councillor|Councilman|Councilwoman)\s+)?")
# "the noun", matched from its "he ": a pattern that opens with plain letters is searched for
# several times faster than one that opens with a choice of them; the lookbehind reads the "T".
THE_NOUN = lazy(r"he (?<=(?<!\w)[Tt]he )([a-z]+)\b")
TOKEN = lazy(r"[A-Za-z]+|[^\sA-Za-z]")
# How plainly a voice takes its stand in a sentence: named as the source, as the subject of a
# stance verb, as the speaker a quotation is attributed to, as the owner of a stance noun
# ("Putin’s offer"), as the "he" that goes on, or as the subject of what someone else reports
# ("said Steele must apologize").
REPORTED_SUBJECT = lazy(r"\b(?:said|says|say|told \w+|added|argued|insisted|warned|believes|thinks)\s+(?:that\s+)?"
                              r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+|(?:President|Chairman|Senator|Governor)\s+)?$")
REPORTED_STARTS = ("said", "say", "told", "added", "argued", "insisted", "warned", "believes", "thinks")
# A match of REPORTED_SUBJECT ends where the name starts, so its verb ends one of the last
# REPORTED_REACH words before the name (the verb, the object of "told", "that", a title): a
# look at those few words rules out most mentions before the search.
REPORTED_VERBS = ("said", "says", "say", "told", "added", "argued", "insisted", "warned", "believes", "thinks")
REPORTED_REACH = 4
# The patterns `_agency` and the rules under it try at every mention.
POSSESSIVE = lazy(r"['’]s?\s+([a-z-]+)(?:\s+([a-z-]+))?")  # "Putin’s offer"
POSSESSIVE_END = lazy(r"['’]s$")
LOWER_WORD = lazy(r"\s+([a-z]+)")
ACCORDING_TO = lazy(r"(?i:according to)\s")
CLAUSE_END = lazy(r"\s*(?:[,.;:!?—)”\"]|$)")
SENTENCE_BREAK = lazy(r"[.!?][”\"’]?\s|\n")
# What `_verb_follows` skips, each matched where the words after a mention go on; every one
# of them starts with what SKIPPABLE matches, and most mentions go on with a plain word.
SKIPPABLE = lazy(r"\s+(?:of|and)\s|\s*[(,—]")
OF_PLACE = lazy(r"\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*")  # "X of Sweden"
AND_NAME = lazy(r"\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
BRACKETS = lazy(r"\s*\([^)]{1,60}\)")
LEADING_COMMA = lazy(r"\s*,")
LEADING_COMMA_OR_DASH = lazy(r"\s*[,—]")
APPOSITION = lazy(r"\s*,\s*[^,;“”\"—]{1,120}?(?=,|\s—)|\s*—[^—;“”\"]{1,120}?(?=—)")
PRONOUN_VERB = lazy(r"\s+(?:(?:has|had|also|then|later|again|did|does)\s+|\w+ly\s+)*([a-z]+)")
NON_SPACE = lazy(r"\S+")
SAID = lazy(r"\b(?:said|says)\b")
OF_SPLIT = lazy(r"\s+of\s+")
RANK = {"source": 4, "agent": 3, "quoted": 2, "owner": 2, "continued": 1, "reported": 1}
MAX_GAP = 2  # a pronoun continues a voice heard at most this many sentences back


@dataclass
class Voice:
    """An actor that takes a stand, with the sentences where it does."""

    actor: Actor
    kind: str  # person | organisation | country | group (a party group: evidence, never a member)
    sentences: list[int] = field(default_factory=list)  # indices into the sentence list
    strength: dict[int, int] = field(default_factory=dict)  # sentence index -> how plainly it speaks there (RANK)
    quotes: list[str] = field(default_factory=list)  # ids of the quotations it speaks
    mentions: list[tuple[int, int]] = field(default_factory=list)  # by name, alias or head word ("the conference")
    from_lexicon: bool = False  # found by the lexicons ("the Pentagon"), not named by the cast

    @property
    def name(self) -> str:
        return self.actor.name


def find_voices(text: str, sentences: list[Sentence], cast: Cast, quotes: list[Quote],
                marks: dict[str, list[int]]) -> list[Voice]:
    """Every actor that takes a stand, with the sentences that show it, in order of first stand.
    `marks`: the opening marks of each quotation (`quote_marks`)."""
    collective = _collective_actors(text, cast)
    actors = collective + [a for a in _merge_people(cast) if not party_label(a.name)]
    voices = {a.name: Voice(a, _kind(a)) for a in actors}
    for actor in collective:
        voices[actor.name].from_lexicon = True
    kinds = {name: v.kind for name, v in voices.items()}
    quoted = _quotations(text)
    quoted_starts = [qs for qs, _ in quoted]
    # Each mention outside a quotation, filed under the sentence it falls in.
    starts = [sent.start for sent in sentences]
    by_sentence: dict[int, list[tuple[str, int, int]]] = {}
    nominal = _nominal_spans(text, actors)
    for actor in actors:
        voices[actor.name].mentions = sorted(mention_spans(text, actor) + nominal.get(actor.name, []))
        for s, e in voices[actor.name].mentions:
            q = bisect_right(quoted_starts, s - 1) - 1  # the last quotation opening before s
            if q < 0 or not quoted[q][0] < s < quoted[q][1]:
                by_sentence.setdefault(bisect_right(starts, s) - 1, []).append((actor.name, s, e))
    last_voice: tuple[int, str] | None = None  # (sentence index, voice name) of the last person heard
    # Each quotation's speaker, filed under every sentence the quotation runs through; a
    # quotation repeated with the same speaker is filed once.
    heard_in: dict[int, list[tuple[str, str]]] = {}
    speakers = _speakers(cast, actors)
    filed: set[tuple[str, str, tuple[int, ...]]] = set()
    for quote, its_marks in zip(quotes, _marks_by_quote(marks, quotes)):
        speaker = speakers(quote.speaker)
        if speaker and (quote.id, speaker, tuple(its_marks)) not in filed:
            filed.add((quote.id, speaker, tuple(its_marks)))
            for i in _quote_sentences(starts, its_marks, quote.text):
                heard_in.setdefault(i, []).append((quote.id, speaker))
    for i, sent in enumerate(sentences):
        agents = _agents(text, by_sentence[i], kinds) if i in by_sentence else {}
        for quote_id, speaker in heard_in.get(i, []):
            if quote_id not in voices[speaker].quotes:  # a short list: a voice's own quotations, each once
                voices[speaker].quotes.append(quote_id)
            agents[speaker] = max(agents.get(speaker, 0), RANK["quoted"])
        if last_voice and i - last_voice[0] <= MAX_GAP:
            # "He added that Norway would wait": the pronoun, not Norway, takes the stand.
            if _pronoun_agent(sent.text) or (not agents and _bare_quote(sent.text)):
                agents = {last_voice[1]: RANK["continued"]}
        for name, rank in agents.items():
            voices[name].sentences.append(i)
            voices[name].strength[i] = rank
            if voices[name].kind == "person":
                last_voice = (i, name)
    heard = [v for v in voices.values() if v.sentences]
    return sorted(heard, key=lambda v: v.sentences[0])


def _quotations(text: str) -> list[tuple[int, int]]:
    """Where the quotations are, left to right and without overlaps: what one pattern with the
    two kinds of QUOTED as alternatives finds, the nearer of the two kinds taken each time."""
    spans: list[tuple[int, int]] = []
    curly, straight = (pattern.search(text) for pattern in QUOTED)
    while curly or straight:
        found = curly if curly and (not straight or curly.start() < straight.start()) else straight
        spans.append(found.span())
        # Each kind is looked for again past this quotation if its next one began inside it.
        if curly and curly.start() < found.end():
            curly = QUOTED[0].search(text, found.end())
        if straight and straight.start() < found.end():
            straight = QUOTED[1].search(text, found.end())
    return spans


def _nominal_spans(text: str, actors: list[Actor]) -> dict[str, list[tuple[int, int]]]:
    """"the conference" for the one organisation whose name has that head word ("United States
    Conference of Catholic Bishops"): later mentions of a body are often by its head word alone."""
    heads: dict[str, list[str]] = {}
    for actor in actors:
        if actor.kind == "organisation":
            for word in actor.name.split():
                if word.lower() in words("organisation_words"):
                    heads.setdefault(word.lower(), []).append(actor.name)
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in THE_NOUN.finditer(text) if heads else ():
        names = heads.get(m.group(1))
        if names and len(set(names)) == 1:
            spans.setdefault(names[0], []).append((m.start() - 1, m.end()))  # from the "T"
    return spans


def quote_marks(text: str, quotes: list[str]) -> dict[str, list[int]]:
    """Each quotation (by its text) -> the offsets of the opening marks it follows in `text`.
    One pass over the marks, comparing what follows each with the quotations that start the
    same way, rather than one search of the whole text for each quotation: the first
    PREFIX characters, or the first one for a shorter quotation. (By the first character
    alone, a text of thousands of quotations costs time quadratic in their number.)"""
    by_start: dict[str, set[str]] = {}
    for quote in quotes:
        if quote:
            by_start.setdefault(quote[:PREFIX] if len(quote) >= PREFIX else quote[0], set()).add(quote)
    found: dict[str, list[int]] = {}
    for at in _openings(text) if by_start else ():
        head = text[at + 1:at + 1 + PREFIX]
        for start in (head, head[:1]) if len(head) == PREFIX else (head[:1],):
            for quote in by_start.get(start, ()):
                if text.startswith(quote, at + 1):
                    found.setdefault(quote, []).append(at)
    return found


def _openings(text: str) -> list[int]:
    """Where a quotation may open: each curly or straight double mark and curly single mark, and
    each straight single mark that the quote finder read as opening one. A straight ' is as
    often an apostrophe ("the RCN's", "'90s"), so the character alone cannot tell."""
    openings = occurrences(text, QUOTE_OPEN)
    singles = straight_openings(text)
    return sorted(openings + list(singles)) if singles else openings


def _marks_by_quote(marks: dict[str, list[int]], quotes: list[Quote]) -> list[list[int]]:
    """The opening marks of each quotation, from those of its text.

    A quotation repeated under one id has all its text's marks. Where two people say the same
    words (two ids), each of the quotations, in order, has the mark in the same place of its
    text's marks: one's words are not the other's stand.
    """
    ids: dict[str, set[str]] = {}
    for quote in quotes:
        ids.setdefault(quote.text, set()).add(quote.id)
    copies = Counter(quote.text for quote in quotes)
    seen: Counter[str] = Counter()
    found = []
    for quote in quotes:
        its = marks.get(quote.text, [])
        if len(ids[quote.text]) > 1 and len(its) == copies[quote.text]:
            its = [its[seen[quote.text]]]
        seen[quote.text] += 1
        found.append(its)
    return found


def _quote_sentences(starts: list[int], marks: list[int], quote: str) -> set[int]:
    """Indices of the sentences a quotation runs through, given the opening marks it follows."""
    found: set[int] = set()
    for at in marks:
        first = bisect_right(starts, at + 1) - 1
        last = bisect_right(starts, at + len(quote)) - 1
        found.update(range(max(first, 0), last + 1))
    return found


def _agents(text: str, mentions: list[tuple[str, int, int]], kinds: dict[str, str]) -> dict[str, int]:
    """The actors that take a stand in a sentence, given its mentions, with their RANK; a named
    source ("according to X") outranks the subjects of what it reports ("Biden will continue ...,
    according to Psaki"). Names listed together ("Driggs, Pierce and Worsley said") share a stand."""
    found: dict[str, int] = {}
    for name, s, e in mentions:
        how = _agency(text, s, e)
        if how:
            found[name] = max(found.get(name, 0), RANK[how])
    for run in _lists(text, mentions, kinds):
        rank = max((found[name] for name in run if name in found), default=0)
        for name in run if rank else ():
            found.setdefault(name, rank)
    if RANK["source"] in found.values():
        return {name: rank for name, rank in found.items() if rank == RANK["source"]}
    return found


def _lists(text: str, mentions: list[tuple[str, int, int]], kinds: dict[str, str]) -> list[list[str]]:
    """Runs of names of one kind joined as a list that ends in "and": "A, B and C"."""
    runs: list[list[str]] = []
    if len(mentions) < 2:
        return runs  # a list takes two names
    run: list[tuple[str, int, int]] = []
    gap = ""
    # A nameless mention after the others closes the last run (placed at the last end, not the
    # end of the text, so that no gap to it spans the rest of the article).
    last = max((e for _, _, e in mentions), default=0)
    if "and" not in text[min(s for _, s, _ in mentions):last]:
        return runs  # no gap between the names holds the "and" that ends a list
    for mention in sorted(mentions, key=lambda m: m[1]) + [("", last, last)]:
        joined = bool(run) and LIST_GAP.fullmatch(text[run[-1][2]:mention[1]]) and kinds.get(mention[0]) == kinds.get(run[0][0])
        if joined:
            gap = text[run[-1][2]:mention[1]]
            run.append(mention)
            continue
        if len(run) > 1 and "and" in gap.split():
            runs.append([name for name, _, _ in run])
        run, gap = [mention], ""
    return runs


def _kind(actor: Actor) -> str:
    if actor.name.removeprefix("the ") in gazetteer.country_proper_names():
        return "country"
    if _party_group(actor.name):
        return "group"
    return actor.kind if actor.kind in ("person", "organisation", "country", "group") else "organisation"


def party_label(name: str) -> bool:
    """"Republican", "Democrat of Illinois", "the Arizona Republican", "Democratic-controlled
    Senate": a party label read as a name, not an actor."""
    head = OF_SPLIT.split(name, maxsplit=1)[0].split()
    if head and head[0].split("-")[0] in gazetteer.party_words() and "-" in head[0]:
        return True  # "Democratic-controlled Senate"
    return bool(head) and head[-1] in gazetteer.party_words() and not _party_group(head[-1])


def _party_group(name: str) -> bool:
    """"Democrats", "Senate Republicans", "Top Republicans": a party spoken of as a body."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and last in gazetteer.party_words()


def _merge_people(cast: Cast) -> list[Actor]:
    """Cast actors, with people that share a surname folded into the fullest name."""
    merged: dict[str, Actor] = {}
    out: list[Actor] = []
    capitalised = words("capitalised_words", lower=False)
    for actor in sorted(cast.actors, key=lambda a: -len(a.name)):
        key = _surname(actor.name) if actor.kind == "person" else ""
        if key and key in merged:
            merged[key].aliases |= {actor.name, *actor.aliases}
            merged[key].mentions = sorted(set(merged[key].mentions) | set(actor.mentions))
            merged[key].role = merged[key].role or actor.role
            continue
        # "Michael Steele Sunday" -> "Michael Steele": a weekday caught up in a name is dropped.
        # A link-line verb that ends the name is a body's last word, not one caught up in it:
        # "Human Rights Watch" stays whole.
        tokens = actor.name.split()
        name = " ".join(t for i, t in enumerate(tokens)
                        if t not in capitalised or (i == len(tokens) - 1 and i and t in BODY_ENDING_VERBS)) or actor.name
        # (Built field by field: `dataclasses.replace` costs several times as much.)
        copy = Actor(name=name, kind=actor.kind, aliases=set(actor.aliases), role=actor.role,
                     mentions=list(actor.mentions), gender=actor.gender)
        if key:
            merged[key] = copy
        out.append(copy)
    return out


def _surname(name: str) -> str:
    """"Ed Royce of California" -> "Royce"; "Rod J. Rosenstein" -> "Rosenstein"."""
    bare = OF_SPLIT.split(name, maxsplit=1)[0]
    capitalised = words("capitalised_words", lower=False)
    tokens = [t for t in bare.split()
              if t.rstrip(".").lower() not in {"jr", "sr", "ii", "iii", "iv"} and t not in capitalised]
    return tokens[-1] if tokens else ""


def _collective_actors(text: str, cast: Cast) -> list[Actor]:
    """Countries, institutions and party groups the lexicons know, as actors when the cast lacks them."""
    known = {a.name for a in cast.actors} | {x for a in cast.actors for x in a.aliases}
    lookup = _collective_names()
    firsts = _collective_first_words()
    found: dict[str, Actor] = {}
    # Look up every run of capitalised words, and each shorter run inside it, in one table:
    # far cheaper than one pattern with hundreds of alternatives.
    for run in CAPITAL_RUN.finditer(text):
        if firsts.isdisjoint(run.group().split()):
            continue  # no name starts in this run
        tokens = [(run.start() + m.start(), run.start() + m.end()) for m in NON_SPACE.finditer(run.group())]
        i = 0
        while i < len(tokens):
            first = text[tokens[i][0]:tokens[i][1]]
            if first not in firsts:
                i += 1  # no name starts with this word: skip the runs that start with it
                continue
            for j in range(min(len(tokens), i + MAX_NAME_TOKENS), i, -1):
                start = tokens[i][0]
                surface = text[start:tokens[j - 1][1]]
                name = lookup.get(surface)
                if name:  # the longest name here, even one the cast has: "Democrats" of "Social Democrats" is none
                    if surface not in known and name not in known:
                        found.setdefault(name, Actor(name, "organisation")).mentions.append((start, start + len(surface)))
                    i = j - 1
                    break
            i += 1
    return list(found.values())


@cache
def _collective_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _collective_names())


@cache
def _collective_names() -> dict[str, str]:
    """Surface form -> actor name, for institutions, country names and party groups."""
    names = dict(gazetteer.country_proper_names())
    names.update({w: w for w in gazetteer.party_words() if _party_group(w)})
    names.update({n: n for n in gazetteer.institutions()})
    return names


def _agency(text: str, start: int, end: int) -> str | None:
    """How the mention at start:end takes a stand: "source" ("according to X"), "agent" ("X said"),
    "owner" ("X’s offer"), "reported" ("she said X will"), or None."""
    after = text[end:end + 200]
    possessive = POSSESSIVE.match(after)
    if possessive:  # "Putin’s offer", "Obama’s recent veto"
        return "owner" if {possessive.group(1), possessive.group(2)} & words("stance_nouns") else None
    if LOWER_WORD.match(after) and after.split(None, 1)[0] in _name_modifiers():
        return None  # "White House press secretary Jen Psaki": a modifier of someone else's name
    # "said Mr. X." names a source; "he said Steele tried" reports what Steele did.
    wide = text[max(0, start - 120):start]
    if (CLAUSE_END.match(after) or leftmost(ACCORDING_TO, wide[-60:], ("according to",), ignore_case=True)) \
            and _source_before(wide):
        return "source"
    # The verb first: most mentions have none after them, and the searches before them cost more.
    follows = _verb_follows(after)
    window = text[max(0, start - 80):start]
    if not follows and "by" not in window:
        return None  # no verb after the name, and no "by" before it for one before (a cheap test first)
    if _reported(wide):
        # "she said Mr. Obama will not meet him": a stand reported by someone else, the weakest kind.
        return "reported" if follows else None
    before = SENTENCE_BREAK.split(window)[-1]  # back to the sentence start
    passive = PASSIVE_BY.search(before) if "by" in before else None  # a cheap test first
    if passive and passive.group(1) in _verbs():
        return "agent"  # "a plan broadly endorsed by Mr. Romney"
    if not follows:
        return None
    if OBJECT_BEFORE.search(before):
        return None  # "Lena Holm of Sweden", "talks with Norway": a place or an object, not an agent
    if IN_APPOSITION.search(before):
        return None  # "Okafor, a founder of the Tenants First Caucus, asked": Okafor asked
    return "agent"


def _reported(before: str) -> bool:
    """Does `before` end in the verb of someone else's report on the name after it ("she said Mr. ")?"""
    for word in before.rsplit(None, REPORTED_REACH)[-REPORTED_REACH:]:
        if word.endswith(REPORTED_VERBS):
            return leftmost(REPORTED_SUBJECT, before, REPORTED_STARTS) is not None
    return False


def _verb_follows(after: str) -> bool:
    """"X said", "X has fiercely opposed", "X, Putin’s spokesman, said", "X of Sweden offered",
    "X, the mayor of Dunmore, who is a Quaker, said". (Read by offset: no copy of what is left.)"""
    if not SKIPPABLE.match(after):
        return _verb_next(after, 0)  # nothing to skip: the next words decide (a cheap test first)
    at = _past(OF_PLACE, after, 0)
    # "Mr. Okafor and Ms. Lund would scrap": a joint subject shares the verb.
    at = _past(AND_NAME, after, at)
    at = _past(BRACKETS, after, at)
    if _verb_next(after, _past(LEADING_COMMA, after, at)):
        return True
    # Up to three appositions, each closed by a comma or a dash.
    for _ in range(3):
        m = APPOSITION.match(after, at)
        if not m:
            return False
        at = m.end()
        if _verb_next(after, _past(LEADING_COMMA_OR_DASH, after, at)):
            return True
    return False


def _past(pattern: Any, text: str, at: int) -> int:
    """Where a match of `pattern` at `at` ends, or `at` if there is none."""
    m = pattern.match(text, at)
    return m.end() if m else at


def _verb_next(after: str, at: int) -> bool:
    """Does a stance verb come next after[at:], past auxiliaries and adverbs ("has fiercely opposed"),
    or a stance noun after a light verb ("had nearly identical posts", "made remarks")?"""
    modal = light = False
    for match in islice(TOKEN.finditer(after, at, at + 80), 6):  # most often the first word decides
        token = match.group()
        low = token.lower()
        light = light or low in LIGHT_VERBS
        if low in AUX or low in LIGHT_VERBS or low.endswith("ly"):
            modal = modal or low in MODALS
            continue
        # After "will"/"would", any verb states what the voice means to do.
        if low in _verbs() or (modal and token.islower()):
            return True
        if not (light and token.islower()) or low in words("capitalised_words"):
            return False  # "had deteriorated to post-Cold War levels": "to" ends the search
        if low in words("stance_nouns"):
            return True
    return False


def _source_before(before: str) -> bool:
    """"according to White House press secretary X", "said Mr. X", "”, said X": between the
    verb and the name there are only titles and names."""
    m = leftmost(SOURCE_BEFORE, before, SOURCE_STARTS, ignore_case=True)
    if not m:
        return False
    for word in m.group(1).split():
        bare = POSSESSIVE_END.sub("", word.strip(","))
        if not (bare[:1].isupper() or bare.lower() in words("titles") or bare.lower() in {"the", "press", "top", "former"}):
            return False
    return True


def _pronoun_agent(sentence: str) -> bool:
    """A sentence that opens with "He"/"She"/"They" doing something: "He proposed ...", "But he
    tweaked ..." (any verb in the past tense will do: the pronoun is the last voice acting)."""
    m = PRONOUN_START.match(sentence)
    if not m:
        return False
    verb = PRONOUN_VERB.match(sentence[m.end(1):])
    return _agency(sentence, m.start(1), m.end(1)) is not None or bool(verb and verb.group(1).endswith("ed"))


def _bare_quote(sentence: str) -> bool:
    """A quotation standing alone, which goes on in the voice before it."""
    return sentence[:1] in QUOTE_OPEN and not SAID.search(sentence)


def _speakers(cast: Cast, actors: list[Actor]) -> Callable[[str | None], str | None]:
    """The voice a quotation's speaker names: the first of `actors` with that name or alias,
    else with a name or alias of the cast actor it resolves to. One table for all quotations."""
    first: dict[str, int] = {}  # name or alias -> index of the first actor that has it
    for i, actor in enumerate(actors):
        for name in (actor.name, *actor.aliases):
            first.setdefault(name, i)

    @cache
    def speaker(name: str | None) -> str | None:
        if not name:
            return None
        names = {name}
        if name not in first:
            actor = cast.resolve(name)
            names = {actor.name, *actor.aliases} if actor else names
        found = [first[n] for n in names if n in first]
        return actors[min(found)].name if found else None

    return speaker


@cache
def _name_modifiers() -> frozenset[str]:
    """Words after a name that make it a modifier of someone else's ("White House press secretary")."""
    return words("titles") | {"press"}


@cache
def _verbs() -> frozenset[str]:
    return words("speech_verbs") | words("stance_verbs")
