"""Rule: find a quote's cue, the phrase that says who said it, as the text words it.

A cue is a speech verb (lexicon/speech_verbs.txt) with its subject, looked for
  1. right after the closing mark: “…,” Peskov said. / “…,” said Peskov, the spokesman. /
     “…,” Trump’s attorney, Alan Garten, said. / “Is that all?” Trump asked.
  2. before the opening mark, in the same sentence: Biden replied, “…” / Putin said: “…” /
     According to X, “…” / X said that … adding that “…” / The paradox, says X, is that “…”
     (the verb nearest the quote first; participles and coordinated verbs take the
     subject of their clause);
  3. in the narration sentence just before a quote that opens a sentence (`lead_in`).
The phrase is a name, a pronoun or a nominal ("the statement"); `speakers` resolves it.
`Reader.adjacent` tells whether one quote goes on from another.
"""
from __future__ import annotations

import bisect
import re
from functools import partial
from itertools import islice
from typing import NamedTuple

from .actors import ROLE_MODIFIERS, Cast
from .names import NameMention, is_title
from .quotes import QuoteSpan
from .sentences import Sentence, ends_with_abbreviation
from .wordlists import lazy, words

TOKEN = lazy(r"[^\W_][\w'’\-]*\.?|[,:;—–()]")
POSSESSIVE_MARK = lazy(r"['’]")
POSSESSIVE_END = lazy(r"\w['’]s?$")
POSSESSIVE_START = lazy(r"^['’]s?\b")

# Sizes.
MAX_CUE_TOKENS = 14  # a cue is short: "the spokesman for the ministry said in a statement"
MAX_GAP_CHARS = 400  # a continued quote follows its neighbour closely
MAX_NOMINAL_TOKENS = 10
MAX_ROLE_LEAD = 6  # words of a role before a name: "Democratic presidential candidate Sen."

# Closed word classes the cue reading needs.
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": None, "it": None}  # -> gender
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "one", "another"}
RELATIVES = {"who", "which", "that", "whom", "whose"}
# Clause openers may lead to a subject's name ("when Cruz knocked Rubio and called him").
CLAUSE_OPENERS = {"when", "as", "but", "and", "while", "after", "before", "since", "because", "although",
                  "though", "if", "so", "then", "such", "that", "yet"}
# Before a verb these make it coordinated or infinitive: "… and said", "agreed … only to tell".
CONJUNCTIONS = {"and", "but", "or", "then", "before", "after", "to"}
PROGRESSIVE = {"is", "was", "were", "are", "am", "be", "been", "being", "also", "now", "still", "not"}
# A nominal subject never ends in one of these: "the GOP candidate by" is not a speaker.
FUNCTION_WORDS = {"and", "but", "or", "by", "of", "to", "in", "for", "with", "that", "at", "on", "from", "as", "than"}
PREPOSITION = lazy(r"\b(?:of|at|for|from|in|with|by|to|on|about)\b", re.IGNORECASE)
# Words that may sit between a subject and its speech verb: "Putin has also said".
BETWEEN = {"has", "had", "have", "also", "then", "later", "previously", "once", "recently", "would",
           "will", "is", "was", "again", "often", "publicly", "flatly", "simply", "just", "never",
           "reportedly", "repeatedly", "further", "earlier", "quickly", "angrily", "first", "not",
           "did", "does", "went", "on", "being", "been", "even", "still", "only", "told", "however",
           "meanwhile", "too", "nonetheless", "nevertheless", "instead", "now", "soon", "later"}

# Verb forms.
IRREGULAR_PAST = {"said", "told", "wrote", "written", "spoke", "spoken", "read", "pled", "cried", "replied", "put"}
PUT_IT = {"put", "puts"}  # a speech verb only in "as X put it"
# Say-verbs that put their subject after them in "…, says Carl Anthony, …" (not "telling Reuters").
INVERTING_VERBS = {"said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "noted", "notes",
                   "continued", "continues", "recalled", "recalls", "argued", "argues", "insisted", "insists",
                   "observed", "observes", "concluded", "concludes", "conceded", "concedes", "replied",
                   "replies", "responded", "responds", "countered", "counters", "quipped", "joked", "declared",
                   "tweeted", "predicted", "predicts", "acknowledged", "acknowledges", "warned", "warns"}


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    word: str  # lowercase, without a final stop: what the word lists are matched against


# Cues are read token by token: built as NamedTuple._make builds one, without the
# Python-level __new__ of `_Token(start, end, text, word)`, at half the cost.
_new_token = partial(tuple.__new__, _Token)


# A speaker's label opening a line of a live blog or a transcript: "Moore:", "Sen. Ann Moore:".
LABEL = lazy(r"\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*:\s*")


class Phrase(NamedTuple):
    """A speaker as the text gives it: a name, a pronoun or a nominal ("the statement")."""

    text: str
    start: int
    kind: str  # name | pronoun | nominal


class Reader:
    """The article with its quotes, sentences and names, indexed for looking up cues."""

    def __init__(self, text: str, sentences: list[Sentence], spans: tuple[QuoteSpan, ...], cast: Cast):
        self.text = text
        self.spans = spans
        self.cast = cast
        self.sentence_starts = [s.start for s in sentences]
        self.sentence_ends = [s.end for s in sentences]
        # Each quote from its opening mark to its closing one, or its end when it runs on.
        self.quote_opens = [s.open_mark for s in spans]
        self.quote_closes = [s.close_mark if s.close_mark is not None else s.end for s in spans]
        self.names = [n for n in cast.names if not self.inside_quote(n.start)]
        self.name_starts = [n.start for n in self.names]

    # -- where cues may be

    def inside_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quote_opens, offset) - 1
        return index >= 0 and offset <= self.quote_closes[index]

    def sentence_start(self, offset: int) -> int:
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentence_starts[index] if index >= 0 else 0

    def sentence_end(self, offset: int) -> int:
        index = bisect.bisect_left(self.sentence_ends, offset + 1)
        return self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.text)

    def paragraph_end(self, offset: int) -> int:
        end = self.text.find("\n", offset)
        return len(self.text) if end < 0 else end

    def adjacent(self, first: int, second: int, speaker: str | None) -> bool:
        """The second quote goes on from the first: at most one paragraph break and a short
        stretch of narration lie between, and that narration is the first quote's cue
        (“…,” Weaver said. “…”) or names no one but the speaker."""
        a, b = self.spans[first], self.spans[second]
        gap_start = a.close_mark + 1 if a.close_mark is not None else a.end
        gap = self.text[gap_start:b.open_mark]
        # Narration with a paragraph break inside it is a paragraph of its own: not a cue.
        if len(gap) > MAX_GAP_CHARS or "\n" in gap.strip() or gap.count("\n") > 2:
            return False
        gap_tokens = self._tokens(gap_start, b.open_mark)
        if any(self._is_verb(gap_tokens, k) for k in range(len(gap_tokens))):
            return True
        for name in self.names_between(gap_start, b.open_mark):
            actor = self.cast.actor_at(name.start)
            if actor is not None and actor.name != speaker:
                return False
        return True

    def names_between(self, start: int, end: int) -> list[NameMention]:
        lo = bisect.bisect_left(self.name_starts, start)
        hi = bisect.bisect_left(self.name_starts, end)
        return self.names[lo:hi]

    # -- finding the cue

    def cue(self, index: int) -> Phrase | None:
        span = self.spans[index]
        return self._cue_after(index, span) or self._cue_before(index, span)

    def _cue_after(self, index: int, span: QuoteSpan) -> Phrase | None:
        """“…,” Peskov said. / “…,” said Peskov. / “…,” Putin’s spokesman, Dmitry Peskov, said."""
        if span.close_mark is None:
            return None
        start = span.close_mark + 1
        # “Is that all?” Trump said. — after a question or exclamation the cue is a new
        # "sentence"; after a full stop (“I do.” Russia responded…) it is not a cue.
        ends_sentence = span.text.rstrip("’'\"”)]").endswith((".", "…"))
        end = self.sentence_end(span.close_mark if ends_sentence else min(start + 1, len(self.text) - 1))
        end = min(end, self.paragraph_end(start))
        if index + 1 < len(self.spans):
            end = min(end, self.spans[index + 1].open_mark)
        if self.text.startswith((".", "!", "?"), start):
            # calling it “a sensible saving”. Drivers disagree. — the full stop after the mark ends
            # the quote's sentence: the next one's subject did not say it.
            return None
        tokens = self._tokens(start, end, MAX_CUE_TOKENS)
        while tokens and tokens[0].text in ",;—–(":
            tokens = tokens[1:]
        for k, token in enumerate(tokens):
            if self._is_verb(tokens, k):
                if self._introduces_next(index, token) and self.sentence_start(span.open_mark) != span.open_mark:
                    # asked if Putin was a “killer,” Biden replied, “I do.”: the cue is the next quote's
                    return None
                if k == 0:
                    # “…,” said Peskov — but not “…” — asserting that, whose subject came before.
                    return None if token.word.endswith("ing") else self._phrase_after(tokens[1:])
                if tokens[k - 1].text == "," and token.word in INVERTING_VERBS:
                    phrase = self._inverted_subject(tokens[k + 1:], closed=False)  # “…” for Clinton, said Kunin.
                    if phrase:
                        return phrase
                # The subject stretch nearest the verb first: “…,” Trump’s attorney, Alan Garten, said.
                return self._speaker_in(list(reversed(_chunks(_trim_between(tokens[:k])))), forward=True)
            if token.text in ";:":
                break
        return None

    def _cue_before(self, index: int, span: QuoteSpan) -> Phrase | None:
        """Biden replied, “…” / According to X, “…” / X said that … adding that “…”."""
        return self._cue_in(self.sentence_start(span.open_mark), span.open_mark)

    def label(self, index: int) -> Phrase | None:
        """A live blog's or a transcript's label: `Moore: “…”`, a name of the cast alone before a
        colon that opens the quote's line."""
        open_mark = self.spans[index].open_mark
        line_start = self.text.rfind("\n", 0, open_mark) + 1
        found = LABEL.fullmatch(self.text, line_start, open_mark)
        if not found or self.cast.resolve(found.group(1), at=found.start(1)) is None:
            return None
        return Phrase(found.group(1), found.start(1), "name")

    def lead_in(self, index: int) -> Phrase | None:
        """The narration just before a quote that opens a paragraph or sentence introduces it:
        "Carter said the region would not be abandoned. / “That is because…”"."""
        open_mark = self.spans[index].open_mark
        if self.sentence_start(open_mark) != open_mark:
            return None
        previous = bisect.bisect_left(self.sentence_starts, open_mark) - 1
        if previous < 0:
            return None
        start, end = self.sentence_starts[previous], self.sentence_ends[previous]
        if self.inside_quote(start) or self.text[end:open_mark].count("\n") > 2:
            return None
        return self._cue_in(start, end)

    def _cue_in(self, start: int, end: int) -> Phrase | None:
        """The speaker of the speech verb nearest the end of [start, end), outside quotes."""
        # Earlier quotes of the sentence are skipped, not a barrier: in “…,” Biden replied,
        # “I do.” and in Bush called him a “loser” and a “liar” the cue precedes both.
        tokens = [t for t in self._tokens(start, end) if not self.inside_quote(t.start)]
        # Read lazily, from the end: most often the nearest verb settles it.
        verbs = (k for k in range(len(tokens) - 1, -1, -1) if _according_to(tokens, k) or self._is_verb(tokens, k))
        # The verb nearest the quote first. A participle ("…, calling him", "a letter to
        # Lynch asking") takes its clause's subject; a coordinated verb ("… and said") an
        # earlier speech verb's subject, else its clause's.
        deferred = None
        for k in verbs:
            if k > 0 and tokens[k - 1].word in CONJUNCTIONS:
                deferred = deferred or k
                continue
            if self._is_participle(tokens, k):
                phrase = self._clause_subject(tokens, k)
            else:
                phrase = self._own_subject(tokens, k)
            if phrase:
                return phrase
        return self._clause_subject(tokens, deferred) if deferred is not None else None

    def _clause_subject(self, tokens: list[_Token], k: int) -> Phrase | None:
        return self._speaker_in(list(reversed(_chunks(_trim_between(tokens[:k])))))

    def _is_participle(self, tokens: list[_Token], k: int) -> bool:
        """"…, adding", "to Lynch asking"; not "Trump is telling" nor "with Trump tweeting"."""
        if _according_to(tokens, k) or not tokens[k].word.endswith("ing"):
            return False
        if k > 0 and tokens[k - 1].word in PROGRESSIVE:
            return False
        name = self._name_ending(tokens[k - 1].end) if k > 0 else None
        if name is None:
            return True
        opener = self.text[max(0, name.start - 5):name.start].split()[-1:]  # "with Donald Trump tweeting"
        return not (opener == ["with"] or self.sentence_start(name.start) == name.start)

    def _own_subject(self, tokens: list[_Token], k: int) -> Phrase | None:
        """"according to X", "…, says X,", "Said X," or the subject right before the verb."""
        if _according_to(tokens, k):
            return self._phrase_after(tokens[k + 2:])
        if k > 0 and tokens[k - 1].text == "," and tokens[k].word in INVERTING_VERBS:
            phrase = self._inverted_subject(tokens[k + 1:])  # "…, says Carl Anthony, …"
            if phrase:
                return phrase
        if k == 0 and tokens[0].start == self.sentence_start(tokens[0].start):
            return self._phrase_after(tokens[1:])  # "Said Dorothy Poynter, a neighbour, “…”"
        return self._subject_of(tokens, k)

    def _introduces_next(self, index: int, verb: _Token) -> bool:
        """The verb leads straight into the next quote: "Biden replied, “…"."""
        if index + 1 >= len(self.spans):
            return False
        between = self.text[verb.end:self.spans[index + 1].open_mark]
        return not verb.text.endswith(".") and not between.strip(" ,:")

    def _is_verb(self, tokens: list[_Token], k: int) -> bool:
        """A speech verb: lowercase, or capitalised only where a sentence opens ("Said Poynter");
        after a determiner or a possessive it is a noun ("his comments", "Trump’s call")."""
        token = tokens[k]
        if token.word in PUT_IT:
            return k + 1 < len(tokens) and tokens[k + 1].word == "it"  # "as Cornyn put it"
        if token.word not in words("speech_verbs"):
            return False
        if k > 0 and (tokens[k - 1].word in DETERMINERS or POSSESSIVE_END.search(tokens[k - 1].text)):
            return False
        return token.text[0].islower() or self.sentence_start(token.start) == token.start

    def _tokens(self, start: int, end: int, limit: int | None = None) -> list[_Token]:
        """The tokens of [start, end), the first `limit` of them if given."""
        return [_new_token((m.start(), m.end(), token, token.lower().rstrip(".")))
                for m in islice(TOKEN.finditer(self.text, start, max(start, end)), limit) for token in (m.group(),)]

    def _subject_of(self, tokens: list[_Token], verb: int) -> Phrase | None:
        """The subject right before a speech verb, across an appositive ("Peskov, Putin’s spokesman, said")."""
        before = _trim_between(tokens[:verb])
        if not before:
            return None
        last = before[-1]
        if last.word in RELATIVES:
            # "said Weaver, who said …": the name the relative clause hangs on; but "a
            # candidate who promised" is a clause about someone else.
            if last.word == "who" and len(before) > 2 and before[-2].text == ",":
                name = self._name_ending(before[-3].end)
                return Phrase(name.text, name.start, "name") if name else None
            return None
        if last.word in PRONOUNS:
            return Phrase(last.text, last.start, "pronoun")
        if last.text == ",":
            # "Peskov, Putin’s spokesman, said": the subject before the appositive.
            return self._speaker_in(list(reversed(_chunks(before[:-1]))))
        name = self._name_ending(last.end)
        if name:
            name = self._person_speaking_for(name)
        if name and (_inflected(tokens[verb].word) or name.text.endswith("s")):
            return Phrase(name.text, name.start, "name")  # not "a Twitter comment"
        # A bare verb form after a nominal is more often a noun: "an unprompted call".
        return self._nominal_ending(before) if _inflected(tokens[verb].word) else None

    def _person_speaking_for(self, name: NameMention) -> NameMention:
        """"Ana Ferreira for the Institute said": the person who speaks for the body is the
        subject, not the body (names never join a person to a body across "for")."""
        body = self.cast.actor_at(name.start)
        if body is None or body.kind != "organisation":
            return name
        for between in (" for the ", " for "):
            if self.text.endswith(between, 0, name.start):
                person = self._name_ending(name.start - len(between))
                actor = self.cast.actor_at(person.start) if person else None
                return person if person and actor and actor.kind == "person" else name
        return name

    def _inverted_subject(self, tokens: list[_Token], closed: bool = True) -> Phrase | None:
        """A name right after the verb: "…, says Carl Anthony, a historian," (`closed` by a
        comma, as the verb sits mid-sentence) or "…, said Lind." at the end of the cue."""
        chunk = _chunks(tokens[:MAX_CUE_TOKENS])[0]
        if not chunk or (closed and len(chunk) == len(tokens)) or not chunk[0].text[0].isupper():
            return None
        name = self._head_name(chunk[0].start, chunk[-1].end, actors_only=False)
        return Phrase(name.text, name.start, "name") if name and name.start == chunk[0].start else None

    def _phrase_after(self, tokens: list[_Token]) -> Phrase | None:
        """The speaker after "said" or "according to": the first phrase that names someone."""
        chunks = _chunks(tokens[:MAX_CUE_TOKENS], stop_at_clause=True)
        return self._speaker_in(chunks[:2], forward=True)

    def _speaker_in(self, chunks: list[list[_Token]], forward: bool = False) -> Phrase | None:
        """The speaker in comma-separated stretches, taken in order.

        `forward` stretches are a subject phrase next to its verb (“…,” an angry Hollande
        said / said Will Doyle, a professor): any name there is a speaker, and a nominal
        ("the statement") is the fallback. Otherwise the stretches are clauses read back
        from a participle ("Trump went after Bush, calling him"), and only actors count.
        A stretch opening with a lowercase word or determiner is an appositive or relative
        clause ("the head of the group", "who has known him") unless a role or adjective
        leads to its name ("his friend Mahamat Oumar", "an angry Hollande"); one whose
        only name is a possessive is a role ("Trump’s attorney").
        """
        for chunk in chunks:
            if not chunk:
                continue
            first = chunk[0]
            if first.word in PRONOUNS:
                return Phrase(first.text, first.start, "pronoun")
            name = self._head_name(chunk[0].start, chunk[-1].end, actors_only=not forward)
            if name is None:
                continue
            lead = self.text[chunk[0].start:name.start]
            if _only_role_words(lead) or (forward and not PREPOSITION.search(lead)):
                return Phrase(name.text, name.start, "name")
        if forward:
            for chunk in chunks:
                # "the statement", "Powell’s office"
                possessive = len(chunk) > 1 and POSSESSIVE_END.search(chunk[0].text)
                if chunk and (chunk[0].word in DETERMINERS or possessive):
                    nominal = _before_relative(chunk)[:MAX_NOMINAL_TOKENS]
                    return Phrase(self.text[nominal[0].start:_phrase_end(nominal[-1])], nominal[0].start, "nominal")
        return None

    def _head_name(self, start: int, end: int, actors_only: bool) -> NameMention | None:
        """The head of the first name phrase in [start, end): in "Snyder spokesman Dave Murray"
        or "White House press secretary Jen Psaki" the last name; None if it is a possessive."""
        names = self.names_between(start, end)
        if actors_only:
            names = [n for n in names if self.cast.actor_at(n.start)]
        if not names:
            return None
        head = names[0]
        for following in names[1:]:
            if not _joined_by_role(self.text[head.end:following.start]):
                break
            head = following
        if POSSESSIVE_MARK.match(self.text, head.end):
            return None  # "Trump’s attorney"
        after = self.text[head.end:end].split()
        if after and after[0].islower() and is_title(after[0]):
            return None  # "the Democratic leader": the name only modifies a role
        return head

    def _name_ending(self, end: int) -> NameMention | None:
        index = bisect.bisect_right(self.name_starts, end) - 1
        while index >= 0 and self.names[index].end >= end - 1:
            name = self.names[index]
            if name.end == end or self.text[name.end:end] == ".":
                return name
            index -= 1
        return None

    def _nominal_ending(self, tokens: list[_Token]) -> Phrase | None:
        """"the statement", "a spokesman for the campaign": a determiner opens it."""
        for back in range(1, min(6, len(tokens)) + 1):
            token = tokens[-back]
            if token.text in ",;:()—–":
                return None
            if token.word in DETERMINERS or (back > 1 and POSSESSIVE_END.search(token.text)):
                # "the statement", "Sanders’ campaign"; not "a news release calling"
                last = tokens[-1].word
                if back == 1 or last in FUNCTION_WORDS or last.endswith(("ing", "ed")):
                    return None
                return Phrase(self.text[token.start:tokens[-1].end], token.start, "nominal")
        return None

    # -- resolving the phrase to an actor


def _phrase_end(last: _Token) -> int:
    """Where a phrase ending on `last` ends: before a sentence's full stop ("said one driver."),
    which a token takes in with it, but after an abbreviation's or an initial's ("Acme Inc.")."""
    if last.text.endswith(".") and not ends_with_abbreviation(last.text):
        return last.end - 1
    return last.end


def _inflected(verb: str) -> bool:
    """"said", "says", "adding", "added": not a bare form that doubles as a noun ("call")."""
    return verb.endswith(("ed", "s", "ing")) or verb in IRREGULAR_PAST


def _trim_between(tokens: list[_Token]) -> list[_Token]:
    """Drop what sits between a subject and its verb: auxiliaries and adverbs ("Putin has
    also said") and a parenthesis ("Paul Ryan (R-Wis.) said")."""
    end = len(tokens)
    while end > 0:
        word = tokens[end - 1].word
        if word in BETWEEN or (word.endswith("ly") and tokens[end - 1].text.islower()):
            end -= 1  # "Carter however said", "Cruz gingerly said"
        elif tokens[end - 1].text == ")":
            opening = next((k for k in range(end - 1, max(-1, end - 8), -1) if tokens[k].text == "("), None)
            if opening is None:
                break
            end = opening
        else:
            break
    return tokens[:end]


def _chunks(tokens: list[_Token], stop_at_clause: bool = False) -> list[list[_Token]]:
    """Split at commas and brackets; with stop_at_clause, end at the first ";", ":" or full stop."""
    chunks: list[list[_Token]] = [[]]
    for token in tokens:
        if token.text in ",()—–":
            chunks.append([])
        elif token.text in ";:":
            break
        else:
            chunks[-1].append(token)
            if stop_at_clause and token.text.endswith(".") and not is_title(token.text):
                break
    return chunks


def _before_relative(tokens: list[_Token]) -> list[_Token]:
    """"a committee member who supports Trump" -> "a committee member"."""
    for k, token in enumerate(tokens):
        if k and token.word in RELATIVES:
            return tokens[:k]
    return tokens


def _only_role_words(lead: str) -> bool:
    """"his friend ", "Journalist ", "former adviser ", "when ", "Democratic presidential
    candidate Sen. ": nothing but a role or a clause opener leads to the name ("also
    attacked billionaire " is a predicate)."""
    lead_words = DETERMINERS | ROLE_MODIFIERS | CLAUSE_OPENERS
    found = lead.split()
    if all(w[0].isupper() or w.lower() in lead_words or is_title(w) for w in found):
        return True
    # Plain modifiers may come before a title, but no verb form: "presidential candidate".
    if len(found) > MAX_ROLE_LEAD or not (is_title(found[-1]) or found[-1][0].isupper()):
        return False
    return not any(w.islower() and (w.endswith(("ed", "ing")) or w in words("speech_verbs")) for w in found)


def _joined_by_role(between: str) -> bool:
    """" spokesman ", "’s press secretary ": a role that ties two names into one phrase."""
    words_ = POSSESSIVE_START.sub("", between).split()
    if not words_:
        return between != " "  # "The Post’s Ruth Marcus", "RealClearPolitics’ David Byler"
    return len(words_) <= 4 and all(w.islower() for w in words_) and is_title(words_[-1])


def _according_to(tokens: list[_Token], k: int) -> bool:
    return tokens[k].word == "according" and k + 1 < len(tokens) and tokens[k + 1].word == "to"
