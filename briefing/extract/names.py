"""Rule: find proper-name mentions (runs of capitalised words) and split off their titles.

"US President Joe Biden" gives the name "Joe Biden" with the title "US President";
"Putin’s" gives "Putin" (the possessive is not part of the name). Capitalised function
words end a run ("Kelly Is No Different Than Kardashian") and Title Case heading lines
give no names. What kind of actor a name is, and whether it is one at all, is decided
in `actors`.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import NamedTuple

from .gazetteer import country_names, country_proper_names
from .wordlists import lazy, words

# Lowercase words that sit inside names: "Charles de Gaulle", "Bank of America", "Club for Growth".
# "of" and "for" join only some names to what follows (`_may_follow`).
PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "del", "di", "du", "dos", "of",
                       "for"})
# The head nouns of bodies named after what they are for: "Institute for Fiscal Studies", "Club for
# Growth", "Office for National Statistics". All organisation words (lexicon/organisation_words.txt),
# but not those that head a paper, a firm or a building ("Times", "Group", "House"): a body whose
# purpose is its name. Any capitalised run before "for" would join a person or a slogan to what
# follows ("Smith for Congress", "Britain for Sale", "Vote Leave for Britain").
FOR_HEADS = frozenset({
    "institute", "institution", "centre", "center", "foundation", "council", "committee", "commission", "campaign",
    "coalition", "alliance", "society", "association", "union", "office", "department", "ministry", "agency",
    "trust", "fund", "club", "bureau", "league", "network", "party", "school", "university",
    "college", "academy", "federation", "forum", "initiative", "project", "caucus", "board", "authority",
    "organisation", "organization"})
# The elected offices a candidate's campaign is named after: "Biden for President", "Lena Ortiz for
# Mayor". Only as the run's last word: before a name it is that person's title ("for President Ann
# Bell").
CAMPAIGN_OFFICES = frozenset({"president", "congress", "senate", "governor", "mayor"})
# The verbs of backing a candidate, whose object before "for" and an office is the person, not her
# campaign: "endorsed Walz for Governor", "voted for Ann Lee for Mayor".
BACKING_VERBS = frozenset({
    "endorse", "endorsed", "endorses", "endorsing", "back", "backed", "backs", "backing", "support", "supported",
    "supports", "supporting", "nominate", "nominated", "nominates", "nominating", "elect", "elected", "elects",
    "electing", "re-elect", "re-elected", "pick", "picked", "picks", "choose", "chose", "chosen", "tap", "tapped",
    "recruit", "recruited", "draft", "drafted", "vote", "voted", "votes", "voting"})
PARTICLE_GAP = max(map(len, PARTICLES)) + 1  # the longest particle and the space after it
# A word that opens with a capital (or another letter that is not a-z: "Élan"). It opens with
# a cheap class, ASCII capitals and every non-ASCII character, that the regex engine skips
# ahead to; the lookbehinds then check the letter and that it starts a word. (The class is
# written as the ASCII characters it leaves out: spelt as the ranges it keeps, up to
# \U0010ffff, it takes `re` 9 ms to compile.) A full stop right after the word comes with it:
# an abbreviation keeps it ("Sen.", "U.S."), which `_word` decides.
CAPITALISED = lazy(r"[^\x00-@\[-\x7f](?<=[^\W\d_a-z])(?<![\w'’\-].)[\w'’\-]*\.?")
# Link-line verbs ("Watch the video", capitalised_words) that also end bodies' names: "Human Rights
# Watch said", "Bus Watch chair Lee Grant" (see `_ends_body`).
BODY_ENDING_VERBS = {"Watch"}
# After such a verb, a conjunction keeps it a verb ("Investors Watch as Markets Tumble"), and so
# does a preposition before a bare lowercase word ("Parents Watch in horror"); a body's name is
# followed by a preposition before a date, a number or an article ("Millbrook Watch in 2023",
# "Human Rights Watch on Monday", "... in a report").
VERB_CONJUNCTIONS = {"as", "while", "when", "until", "because", "after", "before"}
VERB_PREPOSITIONS = {"in", "on", "with", "for", "from", "over", "at", "into", "through", "across", "during"}
DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "this", "that", "these", "those", "each", "every"}
# Capitalised function words that are also given names; kept before a name mid-sentence.
GIVEN_NAME_WORDS = {"Will", "May", "June", "April", "August"}
SENTENCE_OPENERS = ".!?:;\n“\"‘'(—"
PLURALS_WITHOUT_S = {"women", "men", "children", "people"}  # whose possessive is "’s": "Women’s Institute"
# Party adjectives lead a person's name like a title: "Republican Donald Trump".
PARTY_ADJECTIVES = {"Republican", "Democratic", "Democrat", "Independent", "Labour", "Conservative", "Liberal"}
SUFFIXES = {"jr", "sr", "jnr", "snr", "ii", "iii", "iv"}
# Title words that also name an office's purpose: "Minister for Justice Helen McEntee", "Shadow
# Minister for Labour" (see `_office_object`); any other title after "for" names the person served.
PORTFOLIO_TITLES = {"Justice", "Labour", *PARTY_ADJECTIVES}
POSSESSIVE = lazy(r"['’]s?$")
LINE = lazy(r"[^\n]+")
LONG_WORD_INITIAL = lazy(r"([^\W\d_])[\w'’\-]{3,}")  # a word of four letters or more; its first letter
MIN_HEADING_WORDS = 3
HEADLINE_SMALL_WORDS = {"Is", "Are", "Was", "Were", "Be", "The", "A", "An", "And", "Or", "But", "Of", "To", "In",
                        "On", "For", "With", "At", "By", "From", "Than", "As", "Not", "No", "Will", "Would", "Can",
                        "Could", "Has", "Have", "Had", "Do", "Does", "It", "He", "She", "They", "We", "You", "His",
                        "Her", "Their", "Its", "That", "This", "What", "Who", "How", "Why", "If", "When", "Says"}
# An adjective made of a name, which opens no name: "US-based Castellan Holdings", "Labour-led council".
MADE_BY = lazy(r"-(?:based|owned|born|listed|led|backed|run|headquartered|funded|registered|controlled|linked)$")
CONTRACTION = lazy(r"['’](?:ll|ve|re|m|d|t)$", re.IGNORECASE)


class NameMention(NamedTuple):
    start: int
    end: int
    text: str  # source[start:end], without title or possessive
    title: str | None = None  # "US President", "Sen.", "Mr."
    title_start: int | None = None


class _Word(NamedTuple):
    """What the rules read off a capitalised word, worked out once per spelling (`_word`):
    an article names the same few people and places over and over."""

    text: str  # includes an abbreviation's full stop
    key: str  # the text in lowercase
    skipped: bool  # "élan", "I’ll": no name word; the gap it leaves ends any run
    breaks: bool  # a capitalised function word that is no given name: it ends a run
    function_word: bool
    given_name_word: bool  # "Will", "May": a function word that may open a name
    possessive: int  # the length of a possessive ending ("’s", "’"), 0 without one
    title: bool  # a title or party adjective: "Sen.", "President", "Republican"
    leads_name: bool  # a particle or title, which never opens a name
    organisation: bool  # an organisation word: "Committee", "Office"


class _Token(NamedTuple):
    start: int
    end: int  # includes an abbreviation's full stop
    word: _Word

    @property
    def text(self) -> str:
        return self.word.text


# A token is made for every capitalised word: built as NamedTuple._make builds one, without
# the Python-level __new__ of `_Token(start, end, word)`, at half the cost.
_new_token = partial(tuple.__new__, _Token)


def find_names(text: str) -> list[NameMention]:
    headings = _heading_lines(text)
    names = []
    for run in _capitalised_runs(text):
        if headings and any(start <= run[0].start < end for start, end in headings):
            continue  # "Anna Petrov Is No Better Than Boris Novak": a heading, not names
        mention = _split_title(text, run)
        if mention is not None:
            names.append(mention)
    return names


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines in Title Case (`is_heading`)."""
    return [line.span() for line in LINE.finditer(text) if is_heading(line.group())]


def is_heading(line: str) -> bool:
    """Is this line in Title Case: most words of four letters or more capitalised, and a small word
    capitalised too ("Is", "Than", "On") past the first, which prose never does?"""
    line_words = line.split()
    # The small word first: a set test over the words, cheaper than reading the long words.
    if HEADLINE_SMALL_WORDS.isdisjoint(line_words[1:]):
        return False
    # Then prose, more than a fifth of whose long words are lowercase, by a cheaper count:
    # every word that opens with four letters, a lowercase one first, is such a long word,
    # and a line holds at most one long word in five characters (four letters and a break).
    lowercase = sum(1 for word in line_words if len(word) > 3 and word[0].islower() and word[:4].isalpha())
    if 5 * lowercase > (len(line) + 1) // 5:
        return False
    # The exact count, over the initials with `map`.
    initials = LONG_WORD_INITIAL.findall(line)
    return len(initials) >= MIN_HEADING_WORDS and sum(map(str.isupper, initials)) >= 0.8 * len(initials)


def given_name(word: str) -> str | None:
    """"f" or "m" for a given name the lexicons know ("Dana", "Rob"), else None."""
    if word in words("female_given_names", lower=False):
        return "f"
    return "m" if word in words("male_given_names", lower=False) else None


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
    for match in CAPITALISED.finditer(text):
        word = _word(match.group())
        if word.skipped:
            continue  # the gap the word leaves ends any run
        start = match.start()
        token = _new_token((start, start + len(word.text), word))
        # In a Title Case headline function words are capitalised too: "Kelly Is No Different
        # Than Kardashian" holds two names, not one. Most gaps are too wide for a space or a
        # particle to join the word to the run: a cheap test first.
        if run and start - run[-1].end <= PARTICLE_GAP + 1 and (not word.breaks or _ends_body(text, run, token)):
            if _joins(text, run[-1], token) or _owns_purpose(text, run, token):
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


def _ends_body(text: str, run: list[_Token], token: _Token) -> bool:
    """Is this link-line verb the last word of a body's name ("Bus Watch chair Lee Grant")? Only
    after a capitalised word, and before a lowercase word, a title or a stop ("Judicial Watch
    President Tom Fitton"): a link line's verb opens it ("Watch Ann Lee speak"), a headline's
    stands between names ("Trump Slams Biden")."""
    if token.word.text not in BODY_ENDING_VERBS or run[-1].word.breaks:
        return False
    after = text[token.end:token.end + 2]
    if after[:1] == " " and after[1:].islower() and _verb_follows(text, token.end + 1):
        return False  # "Parents Watch in horror as prices rise"
    if after[:1] in ("", ",", ".", ";", ":", ")", "’", "'") or (after[:1] == " " and after[1:].islower()):
        return True
    following = text[token.end + 1:token.end + 40].split(None, 1)
    return after[:1] == " " and bool(following) and is_title(following[0])


def _verb_follows(text: str, at: int) -> bool:
    """Do the words from `at` go on from a verb, not a body's name (see VERB_CONJUNCTIONS)?"""
    following = text[at:at + 40].split(None, 2)
    first = following[0].rstrip(",.;:") if following else ""
    if first in VERB_CONJUNCTIONS:
        return True
    if first not in VERB_PREPOSITIONS or len(following) < 2 or following[0] != first:
        return False
    second = following[1]
    return second[:1].islower() and second.rstrip(",.;:") not in DETERMINERS


def _particle_between(text: str, run: list[_Token], token: _Token) -> _Token | None:
    """The particle that joins `token` to the run, if one stands between them ("Charles de
    Gaulle"): joined to the run as a capitalised word would be, and one space before `token`.
    Only looked for where a capitalised word does not join the run, as most do not."""
    left = run[-1]
    at = left.end + 1 if text.startswith(" ", left.end) else left.end
    between = text[at:token.start - 1]
    if token.start - at > PARTICLE_GAP or (between not in PARTICLES and not (between == "and" and _and_in_object(text, run, token))):
        return None
    particle = _token(text, at, token.start - 1)
    return particle if _joins(text, left, particle) and _joins(text, particle, token) and _may_follow(text, run, particle, token) else None


def _may_follow(text: str, run: list[_Token], particle: _Token, token: _Token) -> bool:
    """"of" joins an institution or a title to its object ("Bank of America", "Secretary of
    State"), never a person to a place ("Paul Ryan of Wisconsin"). "for" joins a body's head
    to its purpose ("Institute for Fiscal Studies", FOR_HEADS), and so a plural noun for
    people ("Americans for Prosperity"), and a candidate to the office the campaign seeks
    ("Biden for President", CAMPAIGN_OFFICES): never a person to the body he speaks for
    ("Smith for the Institute"), nor a slogan ("Britain for Sale")."""
    key = particle.word.key
    if key == "for":
        return (((_named_for_purpose(run) or _ends_in_title(run)) and not _owned_after(text, token))
                or (token.word.key in CAMPAIGN_OFFICES and not CAPITALISED.match(text, token.end + 1)
                    and not _backed(text, run)))
    if key == "and":
        return True  # `_and_in_object` has decided
    if key != "of":
        return True
    last = run[-1].word.key
    return last in words("organisation_words") or last in words("place_words") or is_title(last)


def _backed(text: str, run: list[_Token]) -> bool:
    """Is the run the object of a verb of backing a candidate (BACKING_VERBS: "endorsed Walz",
    "voted for Ann Lee"), so that a "for" and an office after it say what he is backed for?"""
    before = text[max(0, run[0].start - 30):run[0].start].split()
    if before and before[-1] == "for":
        before.pop()  # "voted for"
    return bool(before) and before[-1].lower() in BACKING_VERBS


def _named_for_purpose(run: list[_Token]) -> bool:
    """Does the run end in the head of a body named for its purpose: a body's head (FOR_HEADS:
    "Institute for Fiscal Studies"), in the plural too ("Centers for Disease Control"), or a plural
    noun for people ("Americans for Prosperity")?"""
    head = run[-1].word
    return head.key in FOR_HEADS or not FOR_HEADS.isdisjoint(_singulars(head.key)) or _people(head.text)


def _ends_in_title(run: list[_Token]) -> bool:
    """Does the run end in a title, or a title's "of" phrase ("Minister", "Secretary of State")?
    "for" joins it to the office's purpose: "Secretary of State for Education Gillian Keegan",
    "Commissioner for Human Rights" (`_split_title` takes the name off the end). Only a title
    word of the lexicon: a party adjective is no office ("Labour for Independence")."""
    if is_title(run[-1].word.key):
        return True
    return len(run) > 2 and run[-2].word.key == "of" and is_title(run[-3].word.key)


def _and_in_object(text: str, run: list[_Token], token: _Token) -> bool:
    """Does an "and" after the run, before `token`, join the purpose of an office ("Minister for
    Women and Equalities Kemi Badenoch") or of a body ("National Institute for Health and Care
    Excellence", "Centers for Medicare and Medicaid Services")? Only once, one or two words after
    the "for": "and" joins no other names ("Ann Lee and Tom Cole", "the Institute for Fiscal
    Studies and the Resolution Foundation"), nor, after a body's purpose, anything but more of
    that purpose (`_purpose_follows`) or a name that shares its head (`_shared_head_follows`)."""
    for back in (2, 3):
        if len(run) > back and run[-back].word.key == "for" and (
                _ends_in_title(run[:-back]) or (_named_for_purpose(run[:-back]) and (
                    _purpose_follows(text, token) or (back == 2 and _shared_head_follows(text, run[-1], token))))):
            return all(earlier.word.key != "and" for earlier in run[-back:])
    return False


def _shared_head_follows(text: str, name: _Token, token: _Token) -> bool:
    """After "for" and a name that is no purpose word ("for Medicare and"), are the words from
    `token` on a second name and a head both names share: "Medicaid Services", of the "Centers for
    Medicare and Medicaid Services" (Medicare's services and Medicaid's)? The head is plural, as
    one of two things is, and in the singular a word of a purpose or of a body (lexicon/
    purpose_words.txt, organisation_words.txt); purpose words may stand before it. Without such a
    head the words after "and" name something else: "Medicaid", "Tom Hale", "Harvard University"."""
    if _purpose_word(name.word.key):
        return False  # "for Health and ...": `_purpose_follows` reads that purpose
    following = text[token.start:token.start + 80].split()
    if not following or following[0] != following[0].rstrip(",.;:"):
        return False  # a comma or a stop after the second name: no head follows
    for word in following[1:]:
        bare = word.rstrip(",.;:")
        key = bare.lower()
        if not bare[:1].isupper():
            return False
        if any(_purpose_word(singular) or singular in words("organisation_words") for singular in _singulars(key)):
            return True
        if bare != word or not _purpose_word(key):
            return False  # the run ends, or a word of another name stands before any head
    return False


def _owned_after(text: str, token: _Token) -> bool:
    """Do the capitalised words from `token` on, after a "for", end in the possessive of a word no
    purpose is made of, before a lowercase word ("Americans for Ukraine's survival", "for South
    Sudan's clinics")? Then they own what follows, and "for" opens a phrase about it, not a body's
    purpose. Not the body's own possessive: after a purpose word ("Americans for Prosperity's",
    `_purpose_word`), or before a title ("Doctors for Ukraine's founder"), since what news says a
    body has is most often its staff. (Before a capitalised word the possessive is inside a name.)"""
    following = text[token.start:token.start + 80].split()
    for at, word in enumerate(following):
        bare = word.rstrip(",.;:")
        if not bare[:1].isupper():
            return False
        if _has_apostrophe(bare) and POSSESSIVE.search(bare):
            owner = POSSESSIVE.sub("", bare)
            owned = following[at + 1].rstrip(",.;:") if at + 1 < len(following) else ""
            return (bare == word and owned[:1].islower() and not _purpose_word(owner.lower())
                    and not is_title(owned))
        if bare != word:
            return False  # a comma or a stop ends the run
    return False


def _purpose_word(key: str) -> bool:
    """Is this lowercase word, or the singular of it, one a purpose is made of (lexicon/purpose_words.txt)?"""
    purposes = words("purpose_words")
    return key in purposes or not purposes.isdisjoint(_singulars(key))


def _purpose_follows(text: str, token: _Token) -> bool:
    """Are the capitalised words from `token` on, to the end of the run or to a title, all words
    a purpose is made of (lexicon/purpose_words.txt: "Care Excellence", "Pensions", "Prevention
    Director ...")? A word that is not makes a name of its own, of another body, a person or a
    place, whatever its kind ("Oxford Economics", "Greenpeace", "Smith", "Sport England"): a
    purpose is made of common nouns, and a list of them is shorter than one of every name."""
    found = False
    for word in text[token.start:token.start + 80].split():
        bare = word.rstrip(",.;:")
        if not bare[:1].isupper():
            break
        if _purpose_word(bare.lower()):
            found = True
        elif found and is_title(bare):
            break  # "... Control and Prevention Director Ann Lee": the title ends the purpose
        else:
            return False
        if bare != word:
            break  # a comma or a stop ends the run
    return found


def _office_object(run: list[_Token], at: int) -> int | None:
    """Where the purpose of an office ends and a name starts, for a run with the office's "for" at
    `at` ("Secretary of State for Education Gillian Keegan"), as the index of the name's first
    token; the name is the last two words (an initial or a particle between them, a suffix
    after, go with them), since lexicons know too few given names to find where it starts. With
    no more than two words after "for" the run holds no name and a purpose ("Commissioner for Human
    Rights"), or a person the title is for ("Lawyer for Ann Lee"), whom a given name tells: None
    for the person; len(run), a run that is all title, for the purpose."""
    served = run[at + 1].word if at + 1 < len(run) else None
    if served and served.title and served.text not in PORTFOLIO_TITLES and at + 2 < len(run):
        return None  # "Spokeswoman for Senator Ann Lee": the person served, with her own title
    words_after = [index for index in range(at + 1, len(run)) if run[index].word.key != "and"]
    first = len(run) - 1
    if _is_suffix(run[first]) and first > at + 1:
        first -= 1
    first -= 1
    while first > at + 1 and (run[first].word.key in PARTICLES or _is_initial(run[first].word.text)):
        first -= 1
    if len(words_after) > 2 and first > at + 1 and run[first - 1].word.key != "and":
        return first
    if given_name(run[at + 1].word.text):
        return None
    return len(run)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".")


def _is_suffix(token: _Token) -> bool:
    """"Jr.", "III": what follows a surname, and names no one by itself."""
    return token.word.key.rstrip(".") in SUFFIXES


def _token(text: str, start: int, end: int) -> _Token:
    word = _word(text[start:end + 1] if text.startswith(".", end) else text[start:end])
    return _new_token((start, start + len(word.text), word))


@lru_cache(maxsize=1 << 16)  # bounded: a server extracts for hours, and spellings keep coming
def _word(spelling: str) -> _Word:
    """The facts of a word, spelt with the full stop after it if there is one (a word itself
    holds none): only an abbreviation or an initial keeps it ("Sen.", "F.", "U.S.")."""
    bare = spelling.removesuffix(".")
    text = spelling if spelling != bare and _is_abbreviation(bare) else bare
    key = text.lower()
    function_words, titles = words("capitalised_words", lower=False), words("titles")
    possessive = _has_apostrophe(text) and POSSESSIVE.search(text)
    return _Word(
        text,
        key,
        (not text[0].isupper() or bool(_has_apostrophe(text) and CONTRACTION.search(text))
         or ("-" in text and bool(MADE_BY.search(text)))),  # skipped
        text in function_words and text not in GIVEN_NAME_WORDS,  # breaks
        text in function_words,  # function_word
        text in GIVEN_NAME_WORDS,  # given_name_word
        len(possessive.group()) if possessive else 0,  # possessive
        key in titles or is_title(text.rstrip(".")) or text in PARTY_ADJECTIVES,  # title
        key in PARTICLES or key in titles,  # leads_name
        key in words("organisation_words"),  # organisation
    )


def _joins(text: str, left: _Token, right: _Token) -> bool:
    # "U.S." tokenises as "U." then "S."; a possessive ends the name ("Putin’s spokesman"), but for
    # a plural's inside a body's name ("Brackley Traders’ Association", "Women’s Institute").
    if left.word.possessive and not (right.word.organisation and _plural_possessive(left.word.text)):
        return False
    gap = right.start - left.end
    return (gap == 1 and text[left.end] == " ") or (gap == 0 and left.word.text.endswith("."))


def _owns_purpose(text: str, run: list[_Token], token: _Token) -> bool:
    """Does the possessive that ends the run own the next word of a body's purpose: "Campaign for
    America's Future", "Fund for Britain's Heritage"? Only right after a body's "for" (its head
    before it, `_named_for_purpose`) and before a purpose word (lexicon/purpose_words.txt): a
    possessive before a title ends the name ("Doctors for Ukraine's Chief Executive"), and one
    after "of" owns what the body has ("Bank of America's Merrill Lynch")."""
    left = run[-1]
    return (bool(left.word.possessive) and len(run) > 2 and run[-2].word.key == "for" and _named_for_purpose(run[:-2])
            and token.start == left.end + 1 and text[left.end] == " " and _purpose_word(token.word.key))


def _plural_possessive(word: str) -> bool:
    """"Traders’", "Families’", "Women’s", "Fishermen’s": the possessive of a plural noun for people
    (lexicon/person_nouns.txt); not of a name that ends in s ("Ellen Powers’ Office")."""
    if word.endswith(("s’", "s'")):
        return person_noun_of(word[:-1]) is not None
    stem = word[:-2].lower()
    return stem in PLURALS_WITHOUT_S or stem.endswith("men")


def _people(word: str) -> bool:
    """"Americans", "Students", "Taxpayers": a plural noun for people, a demonym
    (lexicon/countries.txt) or a word of lexicon/person_nouns.txt; not a country's name that
    ends in s ("Philippines")."""
    if not word.endswith("s"):
        return False  # most heads: a cheap test first
    return person_noun_of(word) is not None or (word in country_names() and word not in country_proper_names())


def plural_of_people(word: str) -> bool:
    """"Lawyers", "Investors", "Americans": a plural noun for people (`_people`), or a title's
    plural, which "for" never joins (`_people` leaves them out: "Lawyers for Ann Lee")."""
    return _people(word) or any(is_title(singular) for singular in _singulars(word.lower()))


def person_noun_of(plural: str) -> str | None:
    """"tenants" -> "tenant", "Families" -> "family": the singular of a plural noun for people
    (lexicon/person_nouns.txt), else None."""
    return next((singular for singular in _singulars(plural.lower()) if singular in words("person_nouns")), None)


def _singulars(plural: str) -> tuple[str, ...]:
    """"families" -> ("family", "familie"), "centers" -> ("center",): what a lowercase plural
    may be the plural of, for a lookup in a list of singulars; () for a word not in -s."""
    if not plural.endswith("s"):
        return ()
    return (plural[:-3] + "y", plural[:-1]) if plural.endswith("ies") else (plural[:-1],)


def _has_apostrophe(word: str) -> bool:
    """A cheap test before the possessive and contraction patterns, which need one."""
    return "'" in word or "’" in word


def _given_name(text: str, run: list[_Token]) -> bool:
    """"Will Doyle", "May Chen": a word that doubles as a given name, before a name, mid-sentence."""
    if not (run[0].word.given_name_word and len(run) > 1 and run[1].word.text[0].isupper()):
        return False
    # The character before the run, skipping spaces: looking back, not copying the text before it.
    before = run[0].start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before] not in SENTENCE_OPENERS


def _describes(text: str, run: list[_Token]) -> bool:
    """"Tenant Hassan Karimi said": a word for a kind of person (lexicon/person_nouns.txt),
    capitalised only as it opens the sentence, before a given name and a surname. Not in a body's
    name ("Farmer Jane Foods"); "Tanka Maya Sitoula" and "Mohamed Ali Hassan" are names. A given
    name the lexicons do not know will do where the article names the person by the surname
    again and never uses the word alone ("Resident Mei Lin Zhao ... Zhao said"), as it would
    if the word were part of the name, or where it uses the word in lowercase ("Rider Tomas
    Ribeiro ... two other riders")."""
    if len(run) not in (3, 4) or run[0].word.key not in words("person_nouns"):
        return False
    known_given_name = len(run) == 3 and given_name(run[1].word.text)
    if not (known_given_name or _named_again_without(text, run) or _used_as_a_noun(text, run[0].word.key)):
        return False
    if any(t.word.organisation for t in run):
        return False
    before = run[0].start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before < 0 or text[before] in SENTENCE_OPENERS


def _named_again_without(text: str, run: list[_Token]) -> bool:
    """Is the run's last word used again in the text, and its first word never?"""
    def uses(word: str) -> int:
        return len(re.findall(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text))
    return uses(run[-1].word.text) > 1 and uses(run[0].word.text) == 1


def _used_as_a_noun(text: str, key: str) -> bool:
    """Does the text use this word for a kind of person in lowercase, or its plural ("Rider Tomas
    Ribeiro ... Two other riders")? Then capitalised it is that word, as no name is spelt so."""
    return re.search(r"(?<![\w’'-])" + re.escape(key) + r"s?(?![\w’'-])", text) is not None


def _opens_object(run: list[_Token], index: int) -> bool:
    """Does the word at `index` open the object of a body's "of" or "for"? A title word there
    describes the object ("Foundation for Independent Journalism", "Council of Independent
    Schools"): it leaves the body its whole name, where as a title it would leave "Journalism"."""
    return index > 1 and run[index - 1].word.key in ("of", "for") and run[index - 2].word.organisation


def _split_title(text: str, run: list[_Token]) -> NameMention | None:
    while run and run[0].word.function_word and not _given_name(text, run):
        run = run[1:]
    if not run:
        return None  # "The", "But": a run of function words names no one
    # The title is everything up to the last title word that still leaves a name after it: more
    # than a suffix, which names no one ("Martin Luther King Jr.": "King" is the surname there).
    named = len(run) - 1
    while named > 0 and _is_suffix(run[named]):
        named -= 1
    cut = 0
    for index in range(named):
        if run[index].word.title and not _opens_object(run, index):
            cut = index + 1
            # "Secretary of State John Kerry": the "of" phrase belongs to the title.
            if cut + 2 < len(run) and run[cut].word.key == "of":
                cut += 2
            # "Secretary of State for Education Gillian Keegan": and so does the purpose of the office.
            if cut < len(run) and run[cut].word.key == "for" and _ends_in_title(run[:cut]):
                name_at = _office_object(run, cut)
                if name_at is None:
                    tail = run[cut + 1:]  # "Lawyer for Ann Lee": the person, without the title
                    if tail[0].word.title:
                        return _split_title(text, tail)  # "Spokeswoman for Senator Ann Lee": her own title
                    return NameMention(tail[0].start, tail[-1].end, text[tail[0].start:tail[-1].end])
                cut = name_at
                break
    if cut and any(token.word.organisation for token in run[cut:]):
        cut = 0  # "Republican National Committee", "Prime Minister’s Office" are one name
    elif not cut and _describes(text, run):
        cut = 1
    first = cut
    while first < len(run) and run[first].word.leads_name:
        first += 1
    if first == len(run):
        return None
    start = run[first].start
    last = run[-1]
    end = last.end
    if last.word.possessive and len(last.word.text) > 2:
        end -= last.word.possessive
    if end <= start:
        return None
    name = text[start:end]
    if not cut:
        return NameMention(start, end, name)
    title_start = run[0].start
    return NameMention(start, end, name, text[title_start:run[cut - 1].end], title_start)
