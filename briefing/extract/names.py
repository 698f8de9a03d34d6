"""Rule: find proper-name mentions (runs of capitalised words) and split off their titles.

"US President Joe Biden" gives the name "Joe Biden" with the title "US President";
"Putin’s" gives "Putin" (the possessive is not part of the name). Capitalised function
words end a run ("Kelly Is No Different Than Kardashian") and Title Case heading lines
give no names. What kind of actor a name is, and whether it is one at all, is decided
in `actors`.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .wordlists import lazy, words

# Lowercase words that sit inside names: "Charles de Gaulle", "Bank of America".
PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "del", "di", "du", "dos", "of"})
PARTICLE_GAP = max(map(len, PARTICLES)) + 1  # the longest particle and the space after it
# A word that opens with a capital (or another letter that is not a-z: "Élan"). It opens with
# a cheap class, ASCII capitals and every non-ASCII character, that the regex engine skips
# ahead to; the lookbehinds then check the letter and that it starts a word. (The class is
# written as the ASCII characters it leaves out: spelt as the ranges it keeps, up to
# \U0010ffff, it takes `re` 9 ms to compile.)
CAPITALISED = lazy(r"[^\x00-@\[-\x7f](?<=[^\W\d_a-z])(?<![\w'’\-].)[\w'’\-]*")
# Capitalised function words that are also given names; kept before a name mid-sentence.
GIVEN_NAME_WORDS = {"Will", "May", "June", "April", "August"}
SENTENCE_OPENERS = ".!?:;\n“\"‘'(—"
# Party adjectives lead a person's name like a title: "Republican Donald Trump".
PARTY_ADJECTIVES = {"Republican", "Democratic", "Democrat", "Independent", "Labour", "Conservative", "Liberal"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
POSSESSIVE = lazy(r"['’]s?$")
LINE = lazy(r"[^\n]+")
LONG_WORD_INITIAL = lazy(r"([^\W\d_])[\w'’\-]{3,}")  # a word of four letters or more; its first letter
MIN_HEADING_WORDS = 3
HEADLINE_SMALL_WORDS = {"Is", "Are", "Was", "Were", "Be", "The", "A", "An", "And", "Or", "But", "Of", "To", "In",
                        "On", "For", "With", "At", "By", "From", "Than", "As", "Not", "No", "Will", "Would", "Can",
                        "Could", "Has", "Have", "Had", "Do", "Does", "It", "He", "She", "They", "We", "You", "His",
                        "Her", "Their", "Its", "That", "This", "What", "Who", "How", "Why", "If", "When", "Says"}
CONTRACTION = lazy(r"['’](?:ll|ve|re|m|d|t)$", re.IGNORECASE)


class NameMention(NamedTuple):
    start: int
    end: int
    text: str  # source[start:end], without title or possessive
    title: str | None = None  # "US President", "Sen.", "Mr."
    title_start: int | None = None


class _Token(NamedTuple):
    start: int
    end: int  # includes an abbreviation's full stop
    text: str
    key: str  # the text in lowercase


def find_names(text: str) -> list[NameMention]:
    headings = _heading_lines(text)
    names = []
    for run in _capitalised_runs(text):
        if headings and any(start <= run[0].start < end for start, end in headings):
            continue  # "Megyn Kelly Is No Different Than Kim Kardashian": a heading, not names
        mention = _split_title(text, run)
        if mention is not None:
            names.append(mention)
    return names


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case: most words of four letters or more capitalised, and a small word
    capitalised too ("Is", "Than", "On") past the first, which prose never does."""
    headings = []
    for line in LINE.finditer(text):
        # The small word first: a set test over the words, cheaper than reading the long words.
        if HEADLINE_SMALL_WORDS.isdisjoint(line.group().split()[1:]):
            continue
        # Counted over the initials with `map`: most lines tested are paragraphs of prose.
        initials = LONG_WORD_INITIAL.findall(line.group())
        if len(initials) >= MIN_HEADING_WORDS and sum(map(str.isupper, initials)) >= 0.8 * len(initials):
            headings.append(line.span())
    return headings


def is_title(word: str) -> bool:
    return word.lower() in words("titles")


def _is_abbreviation(word: str) -> bool:
    # "F.", "Sen.", "Jr.", and the letters of "U.S." ("U.S" once its last stop is seen)
    return (len(word) == 1 or "." in word or f"{word.lower()}." in words("titles")
            or word.lower() in SUFFIXES | {"st"})


def _capitalised_runs(text: str) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens joined by one space, or by a particle ("Charles de
    Gaulle").

    Only capitalised words are tokenised (most words are not); a lowercase word between two
    capitalised ones shows up as a gap wider than a space, which only a particle bridges.
    """
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    function_words = words("capitalised_words", lower=False)
    for match in CAPITALISED.finditer(text):
        token = _token(text, *match.span())
        if not token.text[0].isupper() or (_has_apostrophe(token.text) and CONTRACTION.search(token.text)):
            continue  # "élan", "I’ll": the gap the word leaves ends any run
        # In a Title Case headline function words are capitalised too: "Kelly Is No Different
        # Than Kardashian" holds two names, not one.
        breaks = token.text in function_words and token.text not in GIVEN_NAME_WORDS
        if run and not breaks:
            if _joins(text, run[-1], token):
                run.append(token)
                continue
            particle = _particle_between(text, run, token)
            if particle:
                run += (particle, token)
                continue
        if run:
            runs.append(run)
        run = [token]
    if run:
        runs.append(run)
    return runs


def _particle_between(text: str, run: list[_Token], token: _Token) -> _Token | None:
    """The particle that joins `token` to the run, if one stands between them ("Charles de
    Gaulle"): joined to the run as a capitalised word would be, and one space before `token`.
    Only looked for where a capitalised word does not join the run, as most do not."""
    left = run[-1]
    at = left.end + 1 if text.startswith(" ", left.end) else left.end
    if token.start - at > PARTICLE_GAP or text[at:token.start - 1] not in PARTICLES:
        return None
    particle = _token(text, at, token.start - 1)
    return particle if _joins(text, left, particle) and _joins(text, particle, token) and _may_follow(run, particle) else None


def _may_follow(run: list[_Token], particle: _Token) -> bool:
    """"of" joins an institution or a title to its object ("Bank of America", "Secretary of
    State"), never a person to a place ("Paul Ryan of Wisconsin")."""
    if particle.key != "of":
        return True
    last = run[-1].key
    return last in words("organisation_words") or last in words("place_words") or is_title(last)


def _token(text: str, start: int, end: int) -> _Token:
    # Keep the full stop of abbreviations and initials ("Sen.", "F.", "U.S.") with the word.
    if text.startswith(".", end) and _is_abbreviation(text[start:end]):
        end += 1
    word = text[start:end]
    return _Token(start, end, word, word.lower())


def _joins(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end:right.start]
    # "U.S." tokenises as "U." then "S."; a possessive ends the name ("Putin’s spokesman").
    return (gap == " " or (gap == "" and left.text.endswith("."))) and not (_has_apostrophe(left.text) and POSSESSIVE.search(left.text))


def _has_apostrophe(word: str) -> bool:
    """A cheap test before the possessive and contraction patterns, which need one."""
    return "'" in word or "’" in word


def _given_name(text: str, run: list[_Token]) -> bool:
    """"Will Doyle", "May Chen": a word that doubles as a given name, before a name, mid-sentence."""
    if not (run[0].text in GIVEN_NAME_WORDS and len(run) > 1 and run[1].text[0].isupper()):
        return False
    # The character before the run, skipping spaces: looking back, not copying the text before it.
    before = run[0].start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before] not in SENTENCE_OPENERS


def _split_title(text: str, run: list[_Token]) -> NameMention | None:
    function_words, titles = words("capitalised_words", lower=False), words("titles")
    while run and run[0].text in function_words and not _given_name(text, run):
        run = run[1:]
    if not run:
        return None  # "The", "But": a run of function words names no one
    # The title is everything up to the last title word that still leaves a name after it.
    cut = 0
    for index, token in enumerate(run[:-1]):
        if token.key in titles or is_title(token.text.rstrip(".")) or token.text in PARTY_ADJECTIVES:
            cut = index + 1
            # "Secretary of State John Kerry": the "of" phrase belongs to the title.
            if cut + 2 < len(run) and run[cut].key == "of":
                cut += 2
    if cut and not words("organisation_words").isdisjoint(t.key for t in run[cut:]):
        cut = 0  # "Republican National Committee", "Prime Minister’s Office" are one name
    title_tokens, name_tokens = run[:cut], run[cut:]
    while name_tokens and (name_tokens[0].key in PARTICLES or name_tokens[0].key in titles):
        name_tokens = name_tokens[1:]
    if not name_tokens:
        return None
    start = name_tokens[0].start
    end = name_tokens[-1].end
    last = name_tokens[-1].text
    possessive = _has_apostrophe(last) and POSSESSIVE.search(last)
    if possessive and len(last) > 2:
        end -= len(possessive.group())
    if end <= start:
        return None
    name = text[start:end]
    if name.endswith(".") and not _is_abbreviation(name.rsplit(" ", 1)[-1].rstrip(".")):
        end -= 1
        name = name[:-1]
    title = text[title_tokens[0].start:title_tokens[-1].end] if title_tokens else None
    return NameMention(start, end, name, title, title_tokens[0].start if title_tokens else None)
