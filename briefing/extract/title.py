"""Rule: a headline-like title for an article that has none, made of the lead's own words.

The lead sentence of a news story says what happened; its main clause, before the
commas, dashes and "after ..." clauses that add detail, usually makes a fair headline.
When no clause boundary gives a short enough title, the sentence is cut before a
preposition or conjunction, where a phrase ends, rather than mid-phrase with "…".

A first line in Title Case is the writer's headline, even ending in a full stop, even after a
kicker ("Breaking: "), and even made of two sentences ("This Council Isn't Closing Its Bridge.
It's Closing It For A Year."): it is the title as it is. (A first line without a full stop is
the article's headline, which `articles` reads and passes as it is, kicker and all: the
headline the writer gave. So is one joined to its deck by a semicolon: see
`boilerplate.decked_headline`.) So is the text's first line, of one sentence no longer than a
made title, that the lead under it restates ("Okafor will back Lindqvist, in the end, old rival
says.\n\nMira Okafor will throw her support behind Anna Lindqvist ..."): cut at a clause, the
headline would be read again whole as the summary's first sentence. A line the next sentence does
not restate may be the lead ("A 17-year-old boy was shot and wounded Saturday night near Lincoln
Park, police said.\n\nNo arrests have been made."), which stays the summary's.

A line that a photo's credit ends gives the title its sentence, less the credit: a caption and a
lead that the page ran a credit after look alike, and the lead is the news. A title keeps no
dateline, and does not end inside a quotation.
"""
from __future__ import annotations

import re

from . import boilerplate
from .sentences import OPENING_PHRASE_WORDS, Sentence
from .wordlists import lazy

MAX_WORDS = 14
MIN_WORDS = 5
HEADLINE_MAX_WORDS = 20  # a writer's headline (as the reader takes one) may be longer than a made title
FALLBACK = "Untitled briefing"

_WORD = lazy(r"[^\W_]+")
# A last word of initials with stops ("D.C.", "U.S.", "p.m."), whose final stop a title keeps.
_INITIALS_WITH_STOPS = lazy(r"(?:^|\W)(?:[A-Za-z]\.){2,}$")
# Where a sentence's main clause gives way to detail.
_CLAUSE_BREAK = lazy(
    r"\s+[-–—]+\s+|[,;:]\s+|\s+\((?!CNN)|"
    r"\s+(?=(?:after|as|because|following|despite|amid|while|when|before|since|but|according to|"
    r"amid|until|unless|although|though|whereas|prompting|leaving)\s)"
)
_AGE = lazy(r",\s+\d{1,3},(?=\s)")
# A phrase of this many words at most after a title's last comma, cut off before "after", "as"
# ..., is cut short: "..., fifty years" of "..., fifty years after the old one was built".
_SHORT_PHRASE_WORDS = 2
# A named subject's apposition, between commas, before the main clause goes on in lower case
# ("Harlow Systems, the chip maker, today announced ...", "Ann Lee, a former teacher, was ..."):
# cut at its commas, the title would be the subject and the apposition, with no verb. Not where a
# relative clause or another noun phrase follows it ("Yesterday, the harbour board, which met ...":
# the board is the subject), nor after a word that says when or how (_SENTENCE_ADVERBS).
_APPOSITION = lazy(r"(?P<subject>(?:[A-Z][\w.'’&-]*[ ]){0,4}[A-Z][\w.'’&-]*),[ ](?:the|a|an)[ ][^,;:()]{1,60}?,"
                   r"(?=[ ](?!(?:which|who|whose|that|where|when|a|an|the)\b)[a-z])")
_SENTENCE_ADVERBS = {"Yesterday", "Today", "Tonight", "Overnight", "Meanwhile", "However", "Now", "Later", "Still",
                    "Instead"}
_DECADE = lazy(r"‘\d0s\b")  # "the ‘90s": the mark stands for the century's digits
# A subject of up to six words with a relative clause: "A black cat who fell sick ... is".
_SUBJECT_RELATIVE = lazy(r"(?P<subject>(?:\S+\s+){1,6}?)(?:who|which)\s+\S+")
# Auxiliaries: one opens a main clause (`_AUXILIARY`); a title cut after one's adverb leaves its verb
# out (`_ADVERBS_OF_THE_VERB`).
_AUXILIARIES = ("has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might",
                "must")
# An auxiliary that opens the main clause is followed by a participle or an adverb
# ("has vowed", "is now nursing"); "is a far cry" may still be inside the relative clause.
_AUXILIARY = lazy(
    rf"(?<=\s)(?:{'|'.join(_AUXILIARIES)})\s+"
    r"(?=\w+(?:ed|en|ing|ly|wn)\b|(?:been|being|now|not|also|set|made|put|left|told|found|held|won|lost)\b)"
)
# Words before an auxiliary that show it still belongs to the relative clause.
_NOT_CLAUSE_END = {"who", "which", "that", "he", "she", "it", "they", "i", "we", "you", "and", "or", "but"}
# Words a phrase does not end on: a title cut before them ends where a phrase ends.
PHRASE_HEADS = {
    "in", "at", "on", "for", "with", "from", "by", "over", "after", "as", "that", "who", "which",
    "to", "of", "and", "or", "but", "into", "about", "than", "when", "while", "where", "because",
    "during", "before", "since", "under", "against", "between", "without", "through", "near",
}
# Words a title does not end on. Particles such as "over" and "out" may end one ("is over").
_DANGLING = (PHRASE_HEADS - {"over", "in", "on", "after", "before", "since"}) | {
    "the", "a", "an", "his", "her", "their", "its", "has", "have", "had", "is", "are", "was",
    "were", "will", "be", "been", "said", "says",
    "some", "many", "several",  # before "of ...", cut off ("most", "each" may end a sentence)
}
# Adverbs a title does not end on after an auxiliary, cut off before more words: "... are still" of
# "... are still in shelters" leaves the verb out. ("Stood still" is a verb and its adverb, and a
# sentence may end "... to act is now.")
_ADVERBS_OF_THE_VERB = {"still", "now", "also", "already", "not", "never", "yet", "just", "even", "only"}
# Nouns that "at the" opens a phrase of, which says nothing without its "of": "died at the age" of
# "... at the age of 84", "at the hands", "at the end". ("In protest at the seizure" of "... of six
# boats" says what the protest was at, and ends well.)
_NOUNS_OF_AN_OF = {"age", "hands", "end", "start", "expense", "behest", "mercy", "request", "height"}
# Nouns that "at a" opens such a phrase of: "sold at a price" of "... at a price of two million" means
# "at some loss" alone. ("Fired at a crowd", "sold at a loss", "grew at a rate" say something alone.)
_PRICES_OF_AN_OF = {"price", "cost"}


def make_title(text: str, sentences: list[Sentence]) -> str:
    decked = boilerplate.decked_headline(text)
    if decked:
        return _headline(decked.group("headline").split())
    pieces = boilerplate.iter_prose(text, sentences)
    first = next(pieces, None) or (boilerplate.undated(text, sentences[0]) if sentences else None)
    if not first:
        return FALLBACK
    line = _headline_line(text, first, next(pieces, None))
    if line:
        return _headline(line.split())
    lead = _without_asides(first.text)
    words = lead.split()
    cut = "…" if len(words) > MAX_WORDS else ""  # a short lead is a title as it is
    return _clause_title(lead) or _phrase_title(lead) or (_headline(words[:MAX_WORDS]) + cut) or FALLBACK


def title_case(line: str) -> bool:
    """Is `line` in Title Case, as headlines are? Its words of four letters or more (two of them
    at least) are capitalised: a line of prose has lower-case ones ("said", "the board")."""
    long_words = [word for word in line.split() if len(word) > 3 and word[:1].isalpha()]
    return len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


def _headline_line(text: str, first: Sentence, second: Sentence | None) -> str | None:
    """The line `first` opens, past a kicker ("Breaking: "), if it is a headline: no longer than
    one, and in Title Case, or the text's first line, of one sentence of a made title's length,
    that the next sentence, `second`, restates."""
    before = text[text.rfind("\n", 0, first.start) + 1:first.start]
    if before.strip() and not boilerplate.after_lead_label(text, first.start):
        return None  # `first` does not open its line
    end = text.find("\n", first.start)
    line = text[first.start:end if end >= 0 else len(text)]
    if len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    # A lead on the first line reads as a headline too ("A 17-year-old boy was shot ..., police
    # said."), and the summary would drop it as the title's. A headline is short, and the lead
    # under it restates it; a lead's next sentence goes on to something else ("No arrests have
    # been made.").
    alone = (line.rstrip() == first.text and MIN_WORDS <= len(line.split()) <= MAX_WORDS and end >= 0
             and not text[:first.start].strip() and second is not None and _restates(second.text, line))
    return line if alone or title_case(line) else None


def _restates(sentence: str, headline: str) -> bool:
    """Does `sentence` say again what `headline` says: half its words at least, function words
    left out, are in it (by their first four letters: "votes" and "voted")?"""
    said = _stems(sentence)
    stems = _stems(headline)
    return bool(stems) and 2 * len(stems & said) >= len(stems)


def _stems(text: str) -> set[str]:
    """The first four letters of each word of `text` but the function words (`_DANGLING`)."""
    return {word[:4] for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in _DANGLING}


def _without_asides(sentence: str) -> str:
    """The sentence less an age ("Leon Yeaman, 55, was..."), an apposition ("Harlow Systems, the
    chip maker, today announced ...") and a relative clause on its subject ("A ferry captain who was
    fined ... has promised"): headlines keep the main clause."""
    sentence = _AGE.sub("", sentence)
    apposition = _APPOSITION.match(sentence)
    # (Not after a phrase of place or time: "In Dunmore, the town's only bank, a branch ..." has its
    # subject after the second comma.)
    if apposition and apposition.group("subject").split(None, 1)[0] not in OPENING_PHRASE_WORDS | _SENTENCE_ADVERBS:
        sentence = apposition.group("subject") + sentence[apposition.end():]
    relative = _SUBJECT_RELATIVE.match(sentence)
    if relative:
        for verb in _AUXILIARY.finditer(sentence, relative.end()):
            before = sentence[: verb.start()].split()
            if before and before[-1].lower().strip(",") not in _NOT_CLAUSE_END:
                return relative.group("subject") + sentence[verb.start():]
    return sentence


def _clause_title(sentence: str) -> str | None:
    """The longest clause-boundary prefix of `sentence` that is short enough to be a title, and
    that does not end on a phrase begun after its last comma and cut short ("... on Thursday,
    fifty years" of "..., fifty years after the old one was built")."""
    # (A break before a word, "after", "as", is all spaces: it may fall inside a phrase.)
    ends = [(m.start(), not m.group().strip()) for m in _CLAUSE_BREAK.finditer(sentence)] + [(len(sentence), False)]
    for end, before_word in reversed(ends):
        words = sentence[:end].split()
        comma = sentence.rfind(", ", 0, end)
        cut_short = before_word and comma >= 0 and len(sentence[comma + 2:end].split()) <= _SHORT_PHRASE_WORDS
        if MIN_WORDS <= len(words) <= MAX_WORDS and _ends_well(words, sentence[end:]) and not cut_short:
            return _headline(words)
    return None


def _phrase_title(sentence: str) -> str | None:
    """`sentence` cut before the last phrase head within the length limit."""
    words = sentence.split()[: MAX_WORDS + 1]
    for end in range(len(words) - 1, MIN_WORDS - 1, -1):
        if words[end].lower() in PHRASE_HEADS and _ends_well(words[:end], words[end]):
            return _headline(words[:end])
    return None


def _ends_well(words: list[str], rest: str = "") -> bool:
    """May a title end on `words`, cut before `rest`? Not on a word whose phrase goes on in `rest`
    (`_DANGLING`), nor on an auxiliary's adverb, its verb cut off (`_ADVERBS_OF_THE_VERB`) and its
    clause going on ("... is now, the mayor said" ends well), nor inside a quotation. "Ever" may end
    a sentence ("the biggest crowd ever"), but not a title cut off before its "since"; "at a price",
    "at a cost" (`_PRICES_OF_AN_OF`) may not end one cut off before its "of", which says how much:
    alone, the phrase means "at some loss"; nor may "at the age" (`_NOUNS_OF_AN_OF`)."""
    at, before, last = (["", ""] + [word.lower().strip("\"'‘’“”.,;:") for word in words[-3:]])[-3:]
    following = rest.split(None, 1)[:1]
    ever_since = last == "ever" and following == ["since"]
    # (The comma is in `rest` where a clause break cut before it, on the last word where a phrase head did.)
    clause_ends = (words[-1].rstrip("\"'’”") + rest.lstrip()[:1]).endswith((",", ";", ":"))
    adverb_cut = last in _ADVERBS_OF_THE_VERB and before in _AUXILIARIES and bool(following) and not clause_ends
    of_cut = (at == "at" and following == ["of"]
              and (before == "a" and last in _PRICES_OF_AN_OF or before == "the" and last in _NOUNS_OF_AN_OF))
    return (last not in _DANGLING and not ever_since and not adverb_cut and not of_cut
            and not words[-1].endswith(("‘", "“", "(", "'s")) and not _inside_quotation(words))


def _inside_quotation(words: list[str]) -> bool:
    """Do `words` end inside a quotation opened in curly marks ("... where the River ‘Was Once
    Full")? A title cut there quotes half of someone's words. (Straight marks open and close
    alike, and are not counted; an apostrophe ending a word, "Donations’", counts as a close, and
    one for a decade's century, "the ‘90s", opens nothing.)"""
    opened = sum(word.startswith(("‘", "“")) and not _DECADE.match(word) for word in words)
    closed = sum(word.rstrip(".,;:!?").endswith(("’", "”")) for word in words)
    return opened > closed


def _headline(words: list[str]) -> str:
    title = " ".join(words).rstrip(" .,;:!-–—")
    if words and _INITIALS_WITH_STOPS.search(words[-1]):  # "S.C.", "p.m.": the stop is the abbreviation's
        title += "."
    # The full stop or the comma a writer puts inside the closing quotation mark ("... ‘Makes You
    # Want To Retch.’") ends the sentence, not the quotation: a title has none. (An ellipsis stays.)
    quoted = title.rstrip("’”'\"")
    if (quoted != title and quoted.endswith((".", ",")) and not quoted.endswith("..")
            and not _INITIALS_WITH_STOPS.search(quoted)):  # "‘... With The U.S.’" keeps its stop
        title = quoted[:-1] + title[len(quoted):]
    first = title.split(None, 1)[:1]
    if first and first[0][:1].islower() and not first[0].islower():
        return title  # a brand's name: "eBay", "iPhone"
    return title[:1].upper() + title[1:]
