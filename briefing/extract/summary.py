"""Rule: a two- or three-sentence summary, each sentence verbatim from the article's prose.

A news lead states the news, so a sentence's worth falls with its rank among the article's
prose sentences. Quotations and picture descriptions are worth less; questions, fragments, the
writer's asides in brackets, and the sentences that go on a quotation opened before them
without naming its speaker (someone's words in the article's voice) are passed over unless
there is nothing else; the sentences the page's title already says always are. A sentence
opening with a pronoun for the one the sentence before it names ("Norland ... offered 410p. It
said ...", "His stunt ...") follows that sentence in a summary, or one that names the same one
first: after any other, the pronoun would be misread. One whose subject stands for what the
sentence before it says ("It is the first time ...", "That was the message ...") follows that
sentence, or the title. A sentence that carries on the one before it ("But councillors said
..."), or a quotation alone, whose speaker only the sentences before it tell, follows that
sentence or is left out. No sentence of a summary repeats another.
Worth is the expected share of a sentence's words that a hand-written summary would also
use, so the rule picks, within a word budget, the two or three sentences that maximise the
expected F-measure against such a summary: a long, weak sentence is left out rather than cut. The
lead, unless something marks it down, opens the summary where that scores within 1% of the best.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator

from . import boilerplate
from .names import POSSESSIVE
from .quotes import QuoteSpan, find_quotes
from .sentences import NEW_SENTENCE_WORDS, OPENING_PHRASE_WORDS, Sentence
from .wordlists import lazy, leftmost, occurrences, words

# The budget of the whole summary. It is what chooses between two lead sentences and three: on
# the dev set three beat two where they fit in 80 words (by 3.5 ROUGE-1 points at 70 to 80 words)
# and no longer beyond (-0.2 at 80 to 90). Over Lead-3, a budget of 80 words scores +1.02, one of
# 75 words +0.63, and one of 90 words +0.91.
MAX_WORDS = 80
WINDOW = 8  # candidates are the first eligible prose sentences
MIN_WORDS = 6  # shorter pieces are fragments ("No wonder.")
# Expected share of a sentence's words that a hand-written summary also uses, by the
# sentence's rank among the eligible ones, once the sentences before it are in: the first
# two carry the news, the third adds some, later ones mostly repeat. Fitted with
# SUMMARY_LENGTH to the highlights of CNN/DailyMail articles (dev set): the shares measured
# there (0.44, 0.33, 0.24, 0.14, 0.10, ...) with the highlights' mean length, 49 words, choose
# almost alike (+0.98 over Lead-3 against +1.02).
RANK_WORTH = (0.5, 0.45, 0.35, 0.25, 0.2, 0.18, 0.16, 0.15)
QUOTE_PENALTY = 0.05  # a quotation gives a voice, rarely the news
CAPTION_PENALTY = 0.1  # "(pictured)", "(left)": picture description that slipped through
# Length of a hand-written summary, as fitted with RANK_WORTH: with it, expected matched words
# turn into an expected F-measure, which is what makes a third sentence worth its words or not.
SUMMARY_LENGTH = 30
# How far below the best summary one that opens with the lead may score and still be chosen
# (`_best_set`): the lead is the news, which a difference this small in expected words does not
# outweigh.
LEAD_MARGIN = 0.01
# The subject of a sentence is among its first words: "Italian swimmer Lucia Ferrante asked".
SUBJECT_WORDS = 6
# Two sentences repeat each other when the shorter has one content word at most that the other
# lacks, and that no number ("... will re-enter the Earth's atmosphere ...", twice): the second
# tells the reader nothing new. Two words of its own are news ("would also cut library hours",
# after "would cut bus routes"), and so is a new number ("a 4% increase"). One of fewer content
# words is too short to tell ("It has since been put on another site.").
REPEAT_NEW_WORDS = 1
REPEAT_MIN_WORDS = 5
# A sentence that speaks to the reader ("you would think ...", "as close as you can get", "all you
# need to know") is a hook or a signpost, not the news: a third fewer of its words are a
# hand-written summary's than of other sentences of its rank (16 on the dev set). A lead that does
# is worth what the fifth sentence is, so the news after it comes first; one that carries it on
# ("But ...") may still follow it. (Weights from 0.25 to 0.35 choose alike on the dev set.)
ADDRESS_PENALTY = 0.3
# Words that open a sentence to carry on the one before it ("But councillors said ..."): read
# after any other sentence, or first, the contrast or the addition would be to the wrong thing.
CONNECTIVES = frozenset({"But", "And", "Yet", "Or", "Nor", "However", "Nevertheless", "Nonetheless", "Instead",
                         "Still", "Also", "Therefore", "Thus", "Otherwise"})

# A sentence whose subject, "it", "that", "this" or "such", stands for what the sentence before it
# says ("It is also the frankest acknowledgment ...", "That was the message ...", "Such is the latest
# ..."): read after any other, it would stand for that one's news. It follows that sentence, or
# opens the summary where that sentence is the title the page shows right above it (or the
# headline before the prose). "It" is such a subject only as the thing that is ("It is the first
# time ...") or that comes or means: "It is hard to say ...", "It would be wrong to ..." say what
# comes after them. A demonstrative before a noun ("This week ...") is no subject.
_REFERS_BACK = lazy(
    r"""(?:
      (?:It|That|This|Such|These|Those)(?:[ ](?:is|was|are|were)|['’]s)[ ]
        (?:(?:also|now|not|still|only|just|perhaps|probably)[ ])*(?:the|a|an|another|one|what|why|how)\b
    | (?:It|That|This)[ ](?:comes|came|means|meant)\b
    | (?:That|This|Such|These|Those)[ ](?:is|was|are|were|has|had|will|would|could|can|may|might|should|must)\b
    )""",
    re.VERBOSE,
)
_WORD = lazy(r"\w+")
_YOU = lazy(r"\b[Yy]ou\b")  # "you", "you'd", "You're"; not "your", often someone's claim ("leave your skin glowing")
# A pronoun that opens a sentence as its subject, or as its subject's owner ("His stunt ..."),
# standing for someone the sentence before named.
_SUBJECT_PRONOUNS = {"He", "She", "It", "They", "His", "Her", "Its", "Their"}
_PUNCTUATION = "\"'‘’“”()[],.;:!?"
_STOPS = ".!?…\"'’” "  # the stops, closing quotes and spaces that may end a sentence after a bracket
_QUOTE_MARKS = ("\"", "'", "‘", "“")
_CAPTION_MARK = lazy(
    r"\((?:pictured|left|right|centre|center|above|below|top|bottom|inset)\b|\bpictured\b", re.I
)


def summarize(text: str, sentences: list[Sentence], title: str | None = None) -> list[str]:
    """The summary of an article shown under `title` (its headline, or the one made for it)."""
    quotations = find_quotes(text)
    title_words = _words(title) if title else None
    pieces: list[Sentence] = []
    eligible: list[int] = []
    fallback: list[int] = []  # the pieces read if none is eligible: any the title does not already say
    titled: set[int] = set()  # the pieces the title already says
    for piece in _pieces(text, sentences):
        pieces.append(piece)
        # The page shows the title above the summary: a headline line ending in a full stop (or
        # a sentence of one made of two), or a lead short enough to be the title as it is, would
        # be read twice, even where there is nothing else ("Headline Only Here").
        if title_words and _within(_words(piece.text), title_words):
            titled.add(len(pieces) - 1)
            continue
        fallback.append(len(pieces) - 1)
        if _eligible(text, piece, quotations):
            eligible.append(len(pieces) - 1)
            if len(eligible) == WINDOW:
                break  # the window is full: the rest of the article cannot be a candidate
    eligible = eligible or fallback[:WINDOW]
    # A deck that is a sentence, under a headline joined to it by a semicolon, sums the story up in
    # a line, but the lead tells the news: the deck ranks after it. Not after a quotation, which
    # only its speaker's words around it tell, and no lead is.
    decked = boilerplate.decked_headline(text)
    if (decked and len(eligible) > 1 and decked.start("deck") <= pieces[eligible[0]].start < decked.end("deck")
            and not pieces[eligible[1]].text.startswith(_QUOTE_MARKS)):
        eligible[0], eligible[1] = eligible[1], eligible[0]
    candidates = [
        (index, len(pieces[index].text.split()),
         _worth(rank, pieces[index].text, _addresses_reader(text, pieces[index], quotations)))
        for rank, index in enumerate(eligible)
    ]
    antecedents = {index: _antecedent(text, pieces, index) for index in eligible}
    leaning = {index for index in eligible if _leans_on_before(text, pieces[index], quotations)}
    referring = {index for index in eligible if _REFERS_BACK.match(pieces[index].text)}

    def may_follow(before: int | None, index: int) -> bool:
        """May piece `index` come right after piece `before` (None: open the summary)?"""
        if index in leaning:  # only right after the sentence it leans on
            return before == index - 1
        if index in referring:  # right after its sentence, or first where that is the title or the headline
            return before == index - 1 or (before is None and (index == 0 or index - 1 in titled))
        name = antecedents[index]
        return (name is None or before == index - 1
                or (before is not None and name in _opening_words(pieces[before].text)))

    content = {index: _content_words(pieces[index].text) for index in eligible}

    @functools.cache  # asked of each pair again for every third sentence tried with it
    def repeats(one: int, other: int) -> bool:
        """Do pieces `one` and `other` say much the same?"""
        shorter, longer = sorted((content[one], content[other]), key=len)
        new = shorter - longer
        return len(shorter) >= REPEAT_MIN_WORDS and len(new) <= REPEAT_NEW_WORDS and not any(map(str.isdigit, new))

    return [pieces[index].text for index in _best_set(candidates, may_follow, repeats)]


def _antecedent(text: str, pieces: list[Sentence], index: int) -> str | None:
    """The name a piece's opening pronoun stands for, if the piece opens with one ("It said the
    deal ...") and the piece before it, in its paragraph, opens with a name ("Castellan, a
    Chicago group, offered ..."): read after another sentence, the pronoun would stand for that
    sentence's subject instead."""
    if index == 0 or pieces[index].text.split(None, 1)[0] not in _SUBJECT_PRONOUNS:
        return None
    before = pieces[index - 1]
    if "\n" in text[before.end:pieces[index].start]:
        return None
    return _opening_name(before.text)


def _leans_on_before(text: str, piece: Sentence, quotations: tuple[QuoteSpan, ...]) -> bool:
    """Does the piece make sense only after the sentence before it: does it open with a word that
    carries that sentence on ("But, ...", "And"), or is it a quotation alone ("'Which is
    remarkable.'"), whose speaker only the sentences before can tell? A quotation that runs on to
    the next paragraph is not alone: an article that quotes another at length opens each of its
    paragraphs with a mark."""
    return (any(word.strip(_PUNCTUATION) in CONNECTIVES for word in piece.text.split(None, 1)[:1])
            or any(q.open_mark == piece.start and not q.continues and _nothing_after(text, q, piece)
                   for q in quotations))


def _opening_name(sentence: str) -> str | None:
    """The head of the name that opens `sentence`: the last of its opening capitalised words, up
    to a comma or a possessive ("Castellan, a ...", "Mr Prewitt said", "Harrowgate's board"), after
    any phrase of time or place ("In 2012, Matthew Ho from ..."). None if a word that opens any
    sentence comes first ("The city's department")."""
    tokens = sentence.split()
    if tokens and tokens[0] in OPENING_PHRASE_WORDS:
        phrase_end = next((at for at, word in enumerate(tokens[:SUBJECT_WORDS]) if word.endswith(",")), None)
        if phrase_end is None:
            return None
        tokens = tokens[phrase_end + 1:]
    name: list[str] = []
    for word in tokens:
        bare = POSSESSIVE.sub("", word.rstrip(",;:"))
        if not bare[:1].isupper() or not bare.replace("-", "").isalpha():
            break
        name.append(bare)
        if bare != word:
            break
    return name[-1] if name and name[0] not in NEW_SENTENCE_WORDS else None


def _opening_words(sentence: str) -> list[str]:
    """The words among which a sentence's subject is, with no punctuation or possessive."""
    return [POSSESSIVE.sub("", word.strip(_PUNCTUATION)) for word in sentence.split()[:SUBJECT_WORDS]]


def _pieces(text: str, sentences: list[Sentence]) -> Iterator[Sentence]:
    """The article's prose, one piece at a time, or its sentences, less a dateline, if nothing reads
    as prose."""
    empty = True
    for piece in boilerplate.iter_prose(text, sentences):
        empty = False
        yield piece
    if empty:
        yield from (boilerplate.undated(text, sentence) for sentence in sentences)


def _eligible(text: str, piece: Sentence, quotations: tuple[QuoteSpan, ...]) -> bool:
    sentence = piece.text
    return (
        len(sentence.split()) >= MIN_WORDS
        and not sentence.rstrip("\"'’”)] ").endswith("?")
        # A piece that opens in lower case is the rest of a sentence; a brand's name opens one all
        # the same ("eBay Inc said ...", "iPhone sales ...").
        and not sentence.split(None, 1)[0].islower()
        and not _aside(text, piece)
        and not _speech_without_speaker(text, piece, quotations)
    )


def _aside(text: str, piece: Sentence) -> bool:
    """Is the sentence an aside the writer put in brackets, background rather than the news: does
    it open a bracket it leaves open ("(The law required ..."), or is it in brackets as a whole
    ("(The vote was 5-4.)"), or does it start inside a bracket opened before it on its line and
    closed after its start ("... could meet.)")? A bracket at its start closed before its end is
    no aside ("(Updated) Engineers found ...")."""
    sentence = piece.text
    if sentence.startswith("("):
        close = sentence.find(")")
        if close < 0 or close == len(sentence.rstrip(_STOPS)) - 1:
            return True
    before = text[text.rfind("\n", 0, piece.start) + 1:piece.start]
    if before.count("(") <= before.count(")"):
        return False
    # (A bracket never closed, a slip of the writer's, makes no aside of the rest of the line.)
    line_end = text.find("\n", piece.start)
    return ")" in text[piece.start:line_end if line_end >= 0 else None]


def _within(words: list[str], title_words: list[str]) -> bool:
    """Are `words` the title's words, or a run of them?"""
    return any(title_words[at:at + len(words)] == words for at in range(len(title_words) - len(words) + 1))


def _words(text: str) -> list[str]:
    """The words of `text`, whatever their case and punctuation: a title drops the final stop."""
    return _WORD.findall(text.casefold())


def _speech_without_speaker(text: str, piece: Sentence, quotations: tuple[QuoteSpan, ...]) -> bool:
    """Does the piece go on a quotation opened before it, to the quotation's end or beyond, with
    no words after its close ("...are lost. It will take years."")? A piece that goes on to name
    the speaker ("...just tourists,' the officer told the Post.") is a quotation like any other."""
    return any(q.open_mark < piece.start < q.end and _nothing_after(text, q, piece) for q in quotations)


def _nothing_after(text: str, quotation: QuoteSpan, piece: Sentence) -> bool:
    """Are there no words in the piece after the quotation's close (the speaker unnamed)?"""
    return not any(c.isalnum() for c in text[quotation.end:piece.end])


def _addresses_reader(text: str, piece: Sentence, quotations: tuple[QuoteSpan, ...]) -> bool:
    """Does the piece say "you" outside its quotations? (Inside one, it is a speaker's word to
    someone, not the article's to its reader.)"""
    return any(not any(q.start <= you.start() < q.end for q in quotations)
               for you in _YOU.finditer(text, piece.start, piece.end))


def _worth(rank: int, sentence: str, addresses_reader: bool) -> float:
    return (
        RANK_WORTH[rank]
        - ADDRESS_PENALTY * addresses_reader
        - QUOTE_PENALTY * _quotation(sentence)
        - CAPTION_PENALTY * bool(leftmost(_CAPTION_MARK, sentence, ("(", "pictured"), ignore_case=True))
    )


def _quotation(sentence: str) -> bool:
    """Does a quotation open the sentence, or follow a colon and any spaces ("He said: “…”")?
    (Tested with str methods: a class of curly quotes is slow for `re` to compile.)"""
    return sentence.startswith(_QUOTE_MARKS) or any(
        sentence[at + 1:].lstrip().startswith(_QUOTE_MARKS) for at in occurrences(sentence, ":"))


def _content_words(sentence: str) -> set[str]:
    """The words of `sentence` that say what it says of its subject: its lower-case words and its
    numbers, not its function words, nor its names, which any sentence of the article may repeat."""
    function_words = words("capitalised_words")
    return {word for word in _WORD.findall(sentence)
            if (word.islower() or word.isdigit()) and word not in function_words}


def _best_set(candidates: list[tuple[int, int, float]], may_follow: Callable[[int | None, int], bool],
              repeats: Callable[[int, int], bool]) -> list[int]:
    """Indexes, in the candidates' order (the text's, but for a deck ranked after the lead), of the
    2-3 candidates with the best expected F-measure, each of which `may_follow` the one before it
    (None before the first), no two of which `repeats`."""
    follow = [may_follow(None, c[0]) for c in candidates]  # a piece that may open the summary
    counts = [count for _, count, _ in candidates]
    # Pairs within the budget, in the order of `combinations`. A triple fits only if its first
    # two do, so the triples are these pairs extended, which spares trying most of them.
    pairs = [(i, j) for i, j in itertools.combinations(range(len(candidates)), 2)
             if counts[i] + counts[j] <= MAX_WORDS and follow[i] and may_follow(candidates[i][0], candidates[j][0])
             and not repeats(candidates[i][0], candidates[j][0])]
    best = _best_of(candidates, pairs, may_follow, repeats)
    # A lead that may open the summary and that nothing marks down (no quotation, picture's
    # description or word to the reader: its rank's whole worth) is the news. Where a summary that
    # opens with it scores within LEAD_MARGIN of the best, it opens the summary: a long lead (48
    # words) was passed over for two sentences of background by 0.3% of an expected F-measure.
    # A scene-setting lead and a filler, 5% below the elaboration and the news after it, are not.
    if candidates and follow[0] and candidates[0][2] == RANK_WORTH[0]:
        led = _best_of(candidates, [pair for pair in pairs if pair[0] == 0], may_follow, repeats)
        if led[1] and led[0] >= (1 - LEAD_MARGIN) * best[0]:
            best = led
    if best[1]:
        return best[1]
    # No two sentences fit the budget: the first alone if it fits, or else the shortest.
    if candidates and candidates[0][1] <= MAX_WORDS:
        return [candidates[0][0]]
    return [min(candidates, key=lambda c: c[1])[0]] if candidates else []


def _best_of(candidates: list[tuple[int, int, float]], pairs: list[tuple[int, int]],
             may_follow: Callable[[int | None, int], bool], repeats: Callable[[int, int], bool]
             ) -> tuple[float, list[int]]:
    """The best expected F-measure of `pairs` of candidates, and of triples that extend them, and
    the indexes of that pair or triple ((-1.0, []) if there is none)."""
    best: tuple[float, list[int]] = (-1.0, [])
    counts = [count for _, count, _ in candidates]
    gains = [count * worth for _, count, worth in candidates]  # expected matched words
    for i, j in pairs:
        score = (gains[i] + gains[j]) / (counts[i] + counts[j] + SUMMARY_LENGTH)
        if score > best[0]:
            best = (score, [candidates[i][0], candidates[j][0]])
    for i, j in pairs:
        for k in range(j + 1, len(candidates)):
            length = counts[i] + counts[j] + counts[k]
            if (length > MAX_WORDS or not may_follow(candidates[j][0], candidates[k][0])
                    or repeats(candidates[i][0], candidates[k][0]) or repeats(candidates[j][0], candidates[k][0])):
                continue
            score = (gains[i] + gains[j] + gains[k]) / (length + SUMMARY_LENGTH)
            if score > best[0]:
                best = (score, [candidates[i][0], candidates[j][0], candidates[k][0]])
    return best
