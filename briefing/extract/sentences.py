"""Rule: split text into sentences, keeping each one's exact offsets in the source."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple

from .names import is_heading, plural_of_people
from .quotes import QuoteSpan, find_quotes
from .wordlists import lazy, words

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "jnr", "snr", "prof", "gen", "rep", "sen", "gov", "lt",
    "col", "capt", "sgt", "no", "vs", "inc", "co", "cos", "corp", "ltd", "bros", "dept", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "u.s", "u.k", "a.m",
    "p.m", "calif", "fla", "ill", "mass", "conn", "ariz", "wash", "pa", "va", "n.y", "d.c",
    # Titles, plural ones too, stand before a name and never end a sentence: "Sens. Ted Cruz".
    "sens", "reps", "govs", "gens", "messrs", "drs", "profs", "adm", "cmdr", "maj", "supt", "det",
    "atty", "amb", "fr", "pres",
}
# The short forms that end a firm's, an office's or a person's name ("Warner Bros.", "the Labor
# Dept.", "Tom Reyes Jnr."), and so often a sentence: a capitalised word after one goes on with
# the name or its title ("Jnr. Chief Executive Ann Lee"), unless it is a function word that opens
# a sentence (NEW_SENTENCE_WORDS) or a plural noun for people ("Lawyers", "Investors"), which no
# name or title goes on with.
NAME_ENDINGS = {"jr", "sr", "jnr", "snr", "inc", "co", "cos", "corp", "ltd", "bros", "dept"}
# A firm's legal form, which ends its name: the plural before one is the firm's trade, no noun
# for people opening a sentence ("Hale Bros. Builders Ltd", "Marlow Co. Engineers Inc.").
LEGAL_FORMS = {"inc", "co", "corp", "ltd", "plc", "llc", "llp"}
# The short forms that end a place's name or a time ("Washington, D.C.", "in the U.S.", "8 p.m.",
# "Peoria, Ill."), and so often a sentence: before a word that opens a sentence one ends, as a
# name's short form does; before any other capitalised word it goes on with it ("U.S. Army",
# "p.m. News", "Fresno, Calif. Mayor Tom Hale"), plural nouns too ("U.S. Marshals").
PLACE_AND_TIME_ENDINGS = {"u.s", "u.k", "d.c", "n.y", "a.m", "p.m", "calif", "fla", "ill", "mass", "conn", "ariz",
                          "wash", "pa", "va"}
NEW_SENTENCE_WORDS = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
    "This", "That", "These", "Those", "There", "But", "And", "Yet", "So", "In", "On", "At", "For", "After",
    "Before", "When", "While", "If", "As", "Although", "Since", "However", "Meanwhile", "Then", "Now",
}
# Words that open a phrase of time, place or circumstance before a sentence's subject: "In 2012,
# Matthew Ho promposed ...", "After the vote, the mayor said ...".
OPENING_PHRASE_WORDS = {"In", "On", "At", "After", "Before", "Since", "During", "When", "While", "As", "Last",
                        "Earlier"}
# A full stop, ?, or ! (plus closing quotes/brackets), then space and a capital,
# digit or opening quote; or a paragraph break. (One class for the first character lets the
# regex engine skip ahead to it; the lookbehinds tell which character it was.)
BOUNDARY = lazy(r"[.!?\n](?:(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9])|(?<=\n)\s*\n|(?<=\n)(?=\S))")
OPENING_MARKS = "\"'‘“([«„"
# Abbreviations spelt as everyday words: lowercase, they are those words ("fell ill.", "reached
# critical mass.", "a car wash.", "to mar."), which end a sentence; the abbreviations of states and
# of March are capitalised ("Peoria, Ill.", "Mar. 4").
EVERYDAY_WORDS = {"ill", "mass", "wash", "mar"}
# "no." is an abbreviation only before a number ("no. 10"): elsewhere it is the word "no". A
# capitalised "No." stays one before anything: split, "‘No. That’s not what happened.’" would
# cut a quoted answer, and its evidence, in two.
NUMBER_SIGN = "no"
MAX_ATTRIBUTION_WORDS = 12  # "said Tom Reyes", "Joy Amara, the union's chair, told reporters"
INITIALS = lazy(r"(?:[a-z]\.)*[a-z]")  # "u.s", "j": a word of initials


class Sentence(NamedTuple):
    start: int
    end: int
    text: str  # always source[start:end]


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    quotations = find_quotes(text)
    # A quotation that closes right after a full stop ends its sentence there, even where the word
    # before the stop may be an abbreviation (`She said, "No." Then ...`, `“Call Hale Bros.” Nobody
    # ...`): nothing the abbreviation could go with follows inside the quotation. The quotations
    # tell a closing mark from an apostrophe ("Warner Bros.’ Chief Executive").
    closing_marks = {quotation.close_mark for quotation in quotations}
    start = 0
    for match in BOUNDARY.finditer(text):
        # A line break ends a sentence whatever stands before it: "Washington, D.C." ending a
        # paragraph does not run on into the next (and so the word before it is not read).
        if "\n" not in match.group() and (
                (match.start() + 1 not in closing_marks and _abbreviation_before(text, start, match))
                or _inside_attributed_quote(text, quotations, start, match.start())):
            continue
        _append(sentences, text, start, match.end())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _inside_attributed_quote(text: str, quotations: Sequence[QuoteSpan], start: int, at: int) -> bool:
    """Is `at` inside a quotation of two sentences, opened in this sentence, that closes with a comma
    in the same paragraph ("“People are sleeping in their coats. Children do homework in gloves,”
    said Mensah.")? Then the quotation and its attribution are one sentence, not a fragment and an
    orphan. The quotations (`quotes.find_quotes`) tell the marks, straight, curly, double or single,
    from apostrophes ("'Don't ask me. Ask the board,' said ...")."""
    index = bisect_right(quotations, at, key=attrgetter("open_mark")) - 1
    if index < 0:
        return False
    opened, closed = quotations[index].open_mark, quotations[index].close_mark
    # Two sentences quoted at most: a longer quotation stays split, as the sides weigh a voice by
    # its sentences, and one of five would weigh as one.
    if opened < start or closed is None or closed <= at or text[closed - 1] != ",":
        return False
    inside = [m for m in BOUNDARY.finditer(text, opened, closed) if not _abbreviation_before(text, opened, m)]
    return len(inside) == 1 and _attribution_follows(text, closed + 1)


def _attribution_follows(text: str, at: int) -> bool:
    """Is there a speech verb (lexicon/speech_verbs.txt) in the rest of the sentence from `at`,
    after a quotation ("said Mensah", "Joy Amara, the union's chair, told reporters")? A
    quotation cited in a noun phrase (`the motto "...," a line from ...`) has none."""
    verbs = words("speech_verbs")
    for word in text[at:].split("\n", 1)[0].split()[:MAX_ATTRIBUTION_WORDS]:
        if word.strip(".,;:!?'’\"”").lower() in verbs:
            return True
        if word.endswith((".", "!", "?")) and not ends_with_abbreviation(word):
            return False
    return False


def _abbreviation_before(text: str, start: int, match: re.Match[str]) -> bool:
    """Does an abbreviation that goes on with what follows end the text from `start` to the stop
    at `match` ("Sen. Ted Cruz"), so that no sentence ends there?"""
    return ends_with_abbreviation(text[start:match.start() + 1]) and not _abbreviation_ends_sentence(text, start, match)


def _abbreviation_ends_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    """Does the abbreviation before `match` end its sentence all the same? "No." before anything
    but a number ("The answer was no. The board ..."); a name's short form (NAME_ENDINGS: "Hale
    Bros.") before a word that opens a sentence ("The", "He"; NEW_SENTENCE_WORDS) or a plural noun
    for people ("the Justice Dept. Lawyers for the agency said") that no legal form follows
    (LEGAL_FORMS: "Hale Bros. Builders Ltd"); a place's or a time's (PLACE_AND_TIME_ENDINGS:
    "D.C.", "p.m.") before a word that opens a sentence. Not in a Title Case line, whose every
    word is capitalised ("Veland Moves Troops With A Nod From The U.K. And France"), where
    "And" or "The" opens nothing."""
    last = text[start:match.start()].rsplit(None, 1)
    word = last[-1].lstrip(OPENING_MARKS) if last else ""
    abbreviation = word.lower()
    following = text[match.end():match.end() + 30].split(None, 2)
    first = following[0].lstrip(OPENING_MARKS) if following else ""
    if word == NUMBER_SIGN:  # lowercase only, see NUMBER_SIGN
        return not first[:1].isdigit()
    first = first.rstrip(",;:")
    if abbreviation in NAME_ENDINGS:
        trade = len(following) > 1 and following[1].rstrip(".,;:").lower() in LEGAL_FORMS
        ends = first in NEW_SENTENCE_WORDS or (plural_of_people(first) and not trade)
    else:
        ends = abbreviation in PLACE_AND_TIME_ENDINGS and first in NEW_SENTENCE_WORDS
    return ends and not is_heading(_line_at(text, match.start()))


def _line_at(text: str, at: int) -> str:
    """The line of `text` that holds the character at `at`."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def ends_with_abbreviation(chunk: str) -> bool:
    split = chunk.rsplit(None, 1)  # only the last word matters
    if not split:
        return False
    # An opening mark or bracket comes with the word: "“Mr.", "(Sen." are abbreviations too.
    word = split[-1].lstrip(OPENING_MARKS).rstrip(".")
    last = word.lower()
    if last in EVERYDAY_WORDS and word[:1].islower():
        return False  # "fell ill.": the word, not "Ill."
    # Initials are one letter, or a letter and a full stop first: a cheap test before the pattern.
    return last in ABBREVIATIONS or (last[1:2] in ("", ".") and bool(INITIALS.fullmatch(last)))


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """The sentence text[start:end], less the spaces around it, unless it is all spaces."""
    chunk = text[start:end]
    sentence = chunk.strip()  # str methods, not a loop over characters: run for every sentence
    if sentence:
        start += len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(start, start + len(sentence), sentence))
