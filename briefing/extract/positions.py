"""Rule: each side's positions — short neutral restatements backed by verbatim evidence — and its key quotes.

A side's evidence is every sentence in which one of its voices takes a stand. The most
telling sentences (quotations, calls to act, "should"/"must", reports of what was said)
become positions: the reported content is lifted out of its attribution ("X said that ...",
"“...,” X said"), inserted attributions, appositions, weekdays and an opening interjection
("Oh, ...") go, first person is turned into third ("I think" -> "Kristol thinks", "we" ->
"they"), quote marks go, and the result is cut at a clause break, keeping its verb, to a
short statement; a sentence that states nothing (a greeting, a bare attribution) heads none.
The sentence itself, byte for byte, is the evidence; the side's other sentences are filed as
evidence under the position they share the most words with.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from ..model import Position, Quote, Side
from .actors import _title_of_body
from .quotes import SINGLE_CLOSE, SINGLE_EITHER, SINGLE_OPEN
from .sentences import Sentence
from .title import PHRASE_HEADS
from .voices import OF_SPLIT, Voice
from .wordlists import caseless, lazy, leftmost, words, words_pattern

MAX_POSITIONS = 6  # per side
MAX_KEY_QUOTES = 6  # over the whole briefing
MAX_WORDS = 30  # a position is a short statement, not a paragraph
SLACK = 6  # words over MAX_WORDS still kept rather than cutting a clause short
SOFT_WORDS = 16  # over this, a tail clause goes; a statement cut short keeps this many at least
HEAD_WORDS = 8  # what is left once it has gone
MIN_WORDS = 5  # shorter sentences rarely state a position
FULL_WORDS = 15  # a sentence this long states a claim with its grounds, not only a retort
SAME_POINT = 0.5  # word overlap above which two sentences make the same point
STRONG = caseless(words_pattern((
    "should", "must", "need", "needs", "will", "would", "won’t", "won't", "cannot", "can’t", r"urg(?:e|ed|es|ing)",
    r"call(?:ed|s|ing)? (?:for|on)", r"oppos\w+", r"support\w*", r"demand\w*", r"reject\w*", r"warn\w*", r"insist\w*",
    r"argu\w+", r"accus\w+", r"vow\w*",
)))
# A dateline ("PHOENIX — ", "WASHINGTON - ", the wire's "LONDON, Jan 20 (Reuters) - ") opens a
# report, not a statement: a place in capitals ("RIO DE JANEIRO", "BEIJING/HONG KONG"), then,
# after a comma, its state or the date ("Ariz.", "Jan 20"), then the source tag right before
# the dash. A subject in capitals is none: "NHS England (NHSE) - the body that ..." has no comma.
DATELINE = lazy(r"^[A-Z][A-Z.’'-]+(?:[ /][A-Z][A-Z.’'-]+){0,3}(?:,(?:,?\s+(?:[A-Z][A-Za-z.]+|\d{1,2})){0,4})?"
                r"(?:,?\s+\([A-Z][\w .&-]{1,30}\))?\s+[—–-]+\s+")
# An interjection or a greeting set off by a comma at the head of what was said ("Oh, we know
# ...", "Well, we feel ...", "Hello everyone, we won ..."): the speaker's manner, not what they
# hold, and turned into the third person it would read as the reporter's ("Oh, they know ...").
# Not where the rest answers it ("No, no, no"), nor with no comma ("Look at the bridge"), nor
# before fewer than three words, a greeting's own ("Hi, we won"; GREETING), nor before a
# capitalised word but "I", nor before "sir", "my" and the like: a person addressed or a title it
# is part of ("No, Prime Minister, the country ...", "Yes, Minister is ...", "No, sir, we will
# not sell", "Oh, my goodness, we never ..."). Thanks are none: what follows them is whom or what
# they are for ("Thank you, Minister, for nothing").
INTERJECTION = (r"(?:Oh|Ah|Well|Look|Listen|Wow|OK|Okay|Yes|Yeah|No|"
                r"(?:Hi|Hello|Hey|Good (?:morning|afternoon|evening))(?:\s+(?:everyone|everybody|all|there|folks))?)"
                r",\s+(?!(?:but|and|no|not|thanks|sir|madam|ma['’]am|mate|guys|folks|dear|my)\b|(?!I\b)[A-Z])"
                r"(?=\S+\s+\S+\s+\S)")
OPENERS = lazy(r"^(?:(?:But|And|So(?!\s+(?:far|much|many|long)\b)|Still|Yet|However|Meanwhile|Instead|Also|Indeed|"
                     r"Then|Now|Therefore|Thus|Moreover|"
                     r"Furthermore|Frankly|Plus)\b,?\s*|(?:In fact|Of course|In other words|For now|Even so|After all),\s*|"
                     r"(?:According to [^,“”\"]{1,60}(?:, (?:[A-Z][^,“”\"]{1,40}|who [^,“”\"]{1,80}))?|At the same time|In response(?: to [^,]{1,60})?|On [A-Z]\w+|In an? [^,]{1,60}|"
                     r"From [^,]{1,40}|Speaking [^,]{1,60}|Trying to [^,]{1,60}|By [^,]{1,80}),\s*|" + INTERJECTION + r")+")
# The verbs of an attribution whose report may follow with or without "that" ("said the plan
# was rushed", "warns that the bridge will close").
SPEECH = (r"(?:said|says|say|told [^,]{1,40}?|added|argued|argues|noted|note|notes|wrote|insisted|insists|contended|"
          r"contends|claimed|claims|warned|warns|declared|stated|explained|acknowledged|suggested|predicted|asserted|"
          r"asserts|maintained|replied|complained|conceded|concedes|believes|believed|thinks)")
# The verbs of an attribution that take a thing as often as a report ("announced plans for a
# library", "confirmed the closure", "adds details"): they report only with "that" after them,
# or after a quotation or the statement they attribute ("..., the council confirmed."). (Not
# "alleged" or "testified": an allegation, or what a witness says, lifted out of its
# attribution would read as a fact.) (Not
# the forms in -s that are nouns too: "his remarks", "product recalls", "the stresses of".)
# (Grouped by first letter, `words_pattern`: these are tried at every word of a source.)
ANNOUNCES = words_pattern((
    "adds", "announced", "announces", "admitted", "admits", "stressed", r"emphasi[sz]ed", r"emphasi[sz]es", "pointed out",
    "points out", "confirmed", "confirms", "revealed", "reveals", "reiterated", "reiterates", "cautioned", "countered",
    "recalled", "observed", "observes", "remarked", "explains", "writes"))
ANNOUNCES_ONLY = lazy(ANNOUNCES)
# Any verb of an attribution.
ATTRIBUTES = r"(?:" + SPEECH + r"|" + ANNOUNCES + r")"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_PART = WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"  # "Tuesday", "Tuesday night"
DAY = r"(?:\s+(?:on\s+)?" + WEEKDAY_PART + r")?"
# When or where a report was made, which may follow its verb: "on Monday", "this week", "in a statement".
WHEN = (r"(?:" + WEEKDAY + r"|"
        r"(?:this|last|next)\s+(?:week|month|year|morning|afternoon|evening|weekend)|on|in|at|after|before|during|"
        r"since|from|to|with|for|by|outside|earlier|later|yesterday|today|tonight|recently|again|repeatedly|previously)\b")
MODAL = r"(?:would|will|could|can|may|might|must|should)"
# A verb that needs a subject before it ("would", "is", "has").
AUXILIARY = r"(?:" + MODAL + r"|is|are|was|were|has|have|had)\b"
# A speech verb, then the speaker by name: "said Pushparam K.C.", "says Carl Anthony".
SAID_THEN_NAMED = r"(?:said|says|added|wrote|argued|noted|warned|explained)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
# The attribution after a quotation's closing mark (`{close}`): the speaker and the verb ("Ann Lee
# said on Monday", "said union chief Ann Lee"), or, once a stop or a comma has closed the
# quotation, the verb and whatever more the sentence says of the speaker or of when and why it
# was said ("said Chief Raymond Duarte of the Vista Verde Police Department, the coalition's
# president", "Tenney said about the money spent against her"), quoted titles and the next
# quotation the sentence runs on into included ("said Ines Carvalho, author of “The Long
# Tide,” a history ...", "said Tomas Ruiz, a campaign director. ''We need ..."); but not the
# rest of the quotation itself, set after its source ("“We will fight,” she said, “and win.”").
# (A typewriter quotation may close after a space: "coalitions, '' said"; a quotation may end
# with one in single marks: "is, ‘I’m for the levy, full stop,’” Okafor said".)
AFTER_QUOTE = (r"(?:[,.?!]?{close},?\s+(?:[^“”\"]{1,80}?\s+" + ATTRIBUTES + DAY + r"|" + ATTRIBUTES + r"\s+[^“”\"]{1,80}?)\.?"
               r"|(?:[,.?!][’']?\s?{close},?|{close},)\s+(?:[^“”\"]{1,80}?\s+" + ATTRIBUTES + r"|" + ATTRIBUTES + r")\b"
               r"(?!.*,\s*[“\"][a-z]).*)$")
QUOTE_THEN_SPEAKER = lazy(r"^[“\"](.+?)" + AFTER_QUOTE.replace("{close}", "[”\"]"))
# A second quotation that the attribution after the first runs on into and that closes where
# the sentence ends: "“A,” Lee said, “B.”", "“A,” said Lee, a councillor. “B.”" (one that runs on
# past the sentence, or a quoted title inside the attribution, is none; nor one "adding" opens,
# which, as `_content` has it, adds to the point rather than making it).
SECOND_QUOTE = lazy(r"(?<!adding)[,.:;]\s+[“\"](?P<second>[A-Z][^“”\"]*?)[,.?!]?[”\"]\.?$")
# "Talks must resume,” said union chief Ann Lee.": the end of a quotation opened in an earlier
# sentence, then its attribution. (A closing mark is never part of a speaker: the patterns for
# "X said ..." below leave it out of the speaker.)
QUOTE_END_THEN_SPEAKER = lazy(r"^([^“”\"]+?)" + AFTER_QUOTE.replace("{close}", "”"))
# The same closed with a typewriter mark, which the comma or the stop before it shows to close:
# "... we are going to be," he told the show.
TYPEWRITER_END_THEN_SPEAKER = lazy(r"^([^“”\"]+?)" + AFTER_QUOTE.replace("{close}", "\""))
# The words of WHEN that open when or where a quotation was said, not a limit on what it says:
# "said since the flood, “The bridge has been our lifeline”" is a claim about since the flood.
SAID_AT = (r"(?:" + WEEKDAY + r"|(?:this|last)\s+(?:week|month|year|morning|afternoon|evening|weekend)"
           r"|on|in|at|during|after|outside|earlier|yesterday|today|tonight)\b")
# "X said, “...”" (or "telling reporters, “...”"): the quotation that a speech verb opens after a
# comma or a colon, and that ends the sentence, is what was said; what comes before, quoted
# words included ("called the plan “a mess” and said, “...”"), is its attribution, and so is
# when or where it was said, a phrase that a WHEN word opens between the verb and the comma
# ("said last week in Kingsmouth, “...”", "told reporters at the site, “...”"). (Not in a report
# with no quotation marks, where such a phrase may be the statement's own: "said in Varna,
# children were dying".) Not where it
# says what the speaker was asked, which the quotation answers ("asked if ..., said, “I will
# leave that to the president.”"): that is part of the statement. (The end is tested first, the
# cheapest: most sentences end with no quotation, closed or left open.)
SPEAKER_THEN_QUOTE = lazy(r"^(?=.*(?:[“\"][^“”\"]*|[”\"]\.?)$)(?![^“”\"]*\basked\b)(?:[^“”\"]|[“\"][^“”\"]{1,60}[”\"])*?\s(?:" + ATTRIBUTES + r"|telling\s+[^,“”\"]{1,40}?)" + DAY
                          + r"(?:\s+" + SAID_AT + r"[^,;:“”\"]{0,60}?)?\s*[,:]\s*[“\"](?P<what>[A-Z][^“”\"]{2,}?)[,.?!]?[”\"]?\.?$")
# "X claimed in a recent interview that ...": the content starts after "that". Where it was said
# may be a quoted title ("said on Radio Veland's “Morning Desk” on Sunday that ..."), which no comma
# ends as a quoted sentence does.
SPEAKER_THAT_CONTENT = lazy(r"^(?P<who>[^“”\"]{1,120}?)\s+(?P<verb>" + ATTRIBUTES + r")\b(?P<gap>(?:[^“”\".]|[“\"][A-Z][^“”\".,]{0,40}[”\"]){0,50}?)"
                            r"\bthat\s+(?P<what>.+)$")
# What may stand between an ANNOUNCES verb and the "that" of its report: when or where it was
# said ("confirmed on Tuesday that", "announced last week in a statement that"), nothing else:
# a later "that" opens a relative clause or ends a "so ... that" ("admitted the charge at a
# hearing that lasted an hour", "revealed failings so serious that").
ANNOUNCED_WHEN = lazy(r"(?:,?\s+(?:(?:on|last|this)\s+)?" + WEEKDAY_PART +
                      r"|\s+(?:yesterday|today|(?:earlier|later|last|this)\s+(?:this\s+)?(?:week|month|year))"
                      r"|\s+(?:in|on)\s+(?:a|an|its|his|her|their|the)\s+(?:\w+\s+)?"
                      r"(?:statement|letter|email|interview|report|filing|post|video|speech|briefing|court|hearing))*,?\s+")
# What it reports is a clause of three words at least (`_reported`): "So far they haven't even
# acknowledged our letters" reports no "our letters", nor "warned about his behaviour" "about his behaviour".
SPEAKER_THEN_CONTENT = lazy(r"^(?P<who>[^“”\"]{1,120}?)\s+" + SPEECH + DAY + r"[,:;]?\s+(?P<what>.+)$")
# Where the source said it may follow its verb: "said on Tuesday in Kingsmouth", "told reporters outside the hospital".
SAID_WHERE = r"(?:\s+(?:in|at|outside|during|after|before)\s+[^,“”\"]{1,50})?"
CONTENT_THEN_SPEAKER = lazy(r"^(?P<what>.{20,}?),\s+(?P<source>according to\s+[^“”\"]{1,120}|[^“”\"]{1,120}?\s+" + ATTRIBUTES + DAY
                            + SAID_WHERE + r"|" + SAID_THEN_NAMED + r"(?:,\s+[^“”\"]{1,150})?)\.?$")
# A speech verb inside what CONTENT_THEN_SPEAKER took for the source: "Haines' attorney, Denise
# Okafor, said the ruling showed the label's position was weaker than it claimed." is no
# statement followed by its source, but a source ("..., said") followed by what it reports. A
# speech verb in a relative clause about the source ("lawyers for residents who say they were
# never consulted argued") or a noun ("the head of claims at the insurer said") reports nothing.
# (Here and in REPORTS the word boundary is tested first, the cheapest: both run on every
# sentence a side says.)
SPEECH_VERB = lazy(r"\b(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bthe )(?<!\bof )" + ATTRIBUTES + r"\b")
# A report of speech: a speech verb followed by what was said in the reporter's words (not by a
# quotation, nor by the end of the sentence); not a noun ("the claims were reviewed").
REPORTS = lazy(r"\b(?<!\b[Tt]he )(?<!\b[Oo]f )(?<!\b[Hh]is )(?<!\b[Hh]er )(?<!\b[Ii]ts )(?<!\b[Tt]heir )" + SPEECH + DAY
               + r",?\s+(?:that\s+)?[A-Za-z]")
# "Cllr Peter Danvers, who chairs the planning committee, said ...": a relative clause between
# the speaker and the verb describes who speaks; cut out, it leaves "X said ..." to lift the
# report out of. (Elsewhere a relative clause marks a statement, not a source: `RELATIVE`.)
# The speaker may be named with a role ("Ms Leary's barrister, Nadia Farouk, who ...") and the
# clause run on past a comma in a number or to the body they chair ("who chairs the working
# group, the body that advises ...,"); the verb after it ends it.
SPEAKER_CLAUSE = lazy(r"^([^,“”\"]{1,60}?(?:,\s+[^,“”\"]{1,60}?){0,2}),\s+(?:who|whose|which)\s[^;“”\"]{1,200}?,\s+(?="
                      + ATTRIBUTES + r"\b)")
# ", the Kremlin said Friday," inside a sentence: the attribution, cut out of what it reports.
# What follows it goes on with the statement ("the talks, the Kremlin said, would resume"), or
# sums it up after a comma ("..., its parent company announced Monday, a decision that ...").
INSERTED_SOURCE = lazy(r",\s+(?:according to [^,“”\"]{1,60}|[^,“”\"]{1,60}?\s+" + ATTRIBUTES + DAY + r"),\s+"
                       r"(?=[a-z])(?P<summing>(?=(?:a|an|something|which)\s))?")
# ", said Lena Holm, an expert on shipping at the Baltic Institute, would read ...": the statement
# goes on after it with its verb (not with more about the speaker: "historian at ...").
INSERTED_SAID_THEN_NAMED = lazy(r",\s+" + SAID_THEN_NAMED + r"(?:,\s+[^,“”\"]{1,100})?,\s+(?=" + AUXILIARY + ")")
# A description between commas: a relative clause, or a noun phrase after a name ("Pat Cullen,
# the RCN's general secretary, said"). After a common word, "the ..." opens a clause ("Month after
# month, the defendant moved money ..., and then he lied"; "Under the code, the burden is ...").
APPOSITION = lazy(r"(?<!\S)(\S+),\s+(?:the|a|an)\s[^,;“”\"]{1,100},(?=\s)|,\s+(?:who|whose|which)\s[^,;“”\"]{1,100},(?=\s)")
# ", including forensic auditors and residents of the villages," before the verb it interrupts
# ("31 witnesses ... would testify"): examples, set between commas. (Cut at as a tail clause, it
# would leave the subject without its verb: "the evidence and 31 witnesses.")
EXAMPLES = lazy(r",\s+(?:including|such as)\s[^,;“”\"]{1,80},(?=\s+" + AUXILIARY + ")")
# "When asked if he thought Putin was a killer, Biden replied, “I do.”": a yes that states the question.
ASKED_THEN_YES = lazy(r"^(?:When |After being |Once )?asked (?:if|whether) (?:he|she|they) (?P<verb>thought|believed|felt|agreed)"
                      r"(?: that)? (?P<what>[^,“”\"]{3,120}),\s+[^,“”\"]{1,60}?\s+(?:replied|answered|responded|said),?\s+"
                      r"[“\"]?(?:I do|Yes|Yes, I do|Absolutely|I did)[.!,]?[”\"]?\.?$")
PRESENT = {"thought": "thinks", "believed": "believes", "felt": "feels", "agreed": "agrees"}
# "Steele issued a statement saying: There is ...": the content follows the colon.
SPEAKER_COLON = lazy(r"^(?P<who>[^“”\":]{1,120}?)\s+(?:" + ATTRIBUTES + r"|saying|continued|writing)(?:[^“”\":.]{0,40}?)?\s*:\s+(?P<what>.+)$")
# The patterns that lift out what a sentence reports, in the order they are tried, each with
# a string that every match of it holds: a cheap test before the pattern.
UNATTRIBUTE = ((QUOTE_THEN_SPEAKER, ""), (QUOTE_END_THEN_SPEAKER, "”"), (TYPEWRITER_END_THEN_SPEAKER, "\""),
               (CONTENT_THEN_SPEAKER, ","), (SPEAKER_THEN_QUOTE, ""), (SPEAKER_COLON, ":"), (SPEAKER_THAT_CONTENT, "that"),
               (SPEAKER_THEN_CONTENT, ""))
# ", adding that ...", ", Senator X said." left at the end once the quote marks are gone.
ATTRIBUTION_TAIL = lazy(r"(?:,\s+adding\b[^.]*|"
                        r",\s+(?:Mr\.|Ms\.|Mrs\.|Dr\.|Senator|Sen\.|Representative|Rep\.|Gov\.)(?:\s+[A-Z][\w.’'-]*){0,3}"
                        r"(?:\s+" + ATTRIBUTES + r"(?:\s+[^,.]{1,40})?)?)[.!]?$")
TAIL = lazy(r",\s+(?:adding|saying|noting|which|while|though|although|even though|as well as|like|including|such as)\b")
CLAUSE_BREAK = lazy(r",\s+(?:and|but|which|who|while|adding|saying|as|though|although|even though|so that|when)\b|;|\s[—–]\s|\s--\s")
# A "speaker" holding a relative clause ("The council will ..., which officials") is a statement, not a source.
RELATIVE = lazy(r",\s+(?:which|who|whom|whose)\b")
# A "speaker" that joins a clause of its own to the source ("Patel denied the charge, but the
# prosecutor said that ...") is none: what the source reports is the other party's word, which
# lifted out of it would read as the side's own.
SECOND_CLAUSE = lazy(r",\s+(?:but|and|yet)\s")
# The same clause inside what a speaker is taken to report, with a subject and a speech verb of
# its own: "has said little about the plan, and people close to her say she ..." is no report of
# hers. (The speaker's own go on: "..., and suggested", "..., but he also warned", "..., and that
# her team had suggested".)
SECOND_SOURCE = lazy(r",\s+(?:but|and|yet)\s+(?!(?:that|he|she|it|they|we|I)\b)[^,;“”\"\s]+\s[^,;“”\"]{0,80}?\b"
                     + ATTRIBUTES + r"\b")
# The words that open a subordinate clause. (Not "as", "since" or "once", which open a phrase as
# often: "As many as one in five ...", "As Earnest explained, three taxes were postponed".)
SUBORDINATING = r"(?i:when|whenever|while|if|unless|until|because|although|though|whether)"
# A part of a "speaker" that is a clause of its own, not a name (`_names_speaker`): one that a
# subordinating word opens ("While Sanders", "Some cheer when he"), or after a semicolon.
CLAUSE_NOT_NAME = lazy(r"(?:^|\s)" + SUBORDINATING + r"\b|;")
# "said" as a participle, which what follows it shows: its agent or manner ("the words said by
# the mayor", "the truth said out loud in that room").
PARTICIPLE_SAID = lazy(r"\s*(?:by|out loud|aloud)\b")
# What a bare speech verb takes that is no report: the thing argued or warned about ("argued for
# a recount", "warned about his behaviour").
ABOUT = lazy(r"(?:for|against|about|over|with)\b")
# "that" before a noun that ends the clause, which points to it: "confirmed that observation, reporting".
NOUN_THAT_ENDS = lazy(r"[a-z]+(?:[,.;:]|$)")
# A personal pronoun that opens a report, which only its attribution may name.
UNNAMED_PRONOUN = lazy(r"(?i:he|she|they)\b")
# A part of a sentence that a relative word opens ("where the number of cases has grown") is about the rest.
RELATIVE_OPENS = lazy(r"(?:where|which|who|whom|whose)\b")
# A report that opens with a verb has lost its subject to the "speaker": "a mine that it says would create ...".
NO_SUBJECT = lazy(AUXILIARY)
# Between "says" and "that", a clause ending with its object: "says the mine would threaten the
# river that supplies ..." reports that the mine would threaten the river; "that" opens no report.
CLAUSE_GAP = lazy(r"\b" + MODAL + r"\s+\w+\s+(?:the|a|an)\s+[\w'’-]+\s*$")
# Between "says" and "and that", a first report: "says her posts were based on council documents
# and that residents had a right to know" reports both; "that" opens the second. Read from the
# speech verb on: the first report follows the verb itself, not when or where it was said
# ("said on Monday the plan ..."), nor the listener that "told" takes ("told the BBC the plan ..."),
# nor "so" ("said so on Monday"); three words make one ("said pay must rise and that ...").
TWO_REPORTS = lazy(r"\s+(?!told\b)[a-z]+\s+(?!so\b|" + WHEN + r")\S+(?:\s+\S+){2,}\s+(?:and|but)\s*")
# A first report cut short at an auxiliary or "not" ("said he would not and that …", "said the union
# had, and that …"): what it leaves out is said elsewhere, so it reports nothing on its own.
ELLIPTICAL = lazy(r"\b(?:not|had|has|have|was|were|would|could|will|did|does|do|been|can|is|are|should|might"
                  r"|must|too)\W*\s+(?:and|but)\s*$")
# ", and that" / " but that" opening a second report in what "X said" ("the changes had been
# offset by bonuses and that the average rider earned $34 an hour"), which its subject follows:
# a word, a number or a quotation ("and that “urgent repairs” could not wait"). Not the pronoun,
# which a verb or an adverb follows ("and that is not true", "and that alone should", "and that
# happens"); a verb in -s is a plural subject when a verb follows it ("and that costs had risen").
PRONOUN_THAT = (r"(?:is|was|are|were|has|had|have|" + MODAL + r"|does|did|do|meant|made|took|"
                r"seemed|alone|too|also|again|itself|never)\b|"
                r"(?:means|makes|takes|seems|happens|costs|leaves|gives|goes|shows|says|puts|helps|matters|depends|remains|"
                r"applies|includes|involves|requires|raises|sounds|looks|works|gets|comes|changes)\b"
                r"(?!\s+(?:who|which|" + MODAL + r"|had|have|were|are|did|do|[a-z]+ed)\b)")
# Nor "that" before a noun that points back to what the speaker said first, which it stays
# with: "and that decision would cost jobs", "but that closure was never the answer". Only such
# nouns: before any other ("and that funding was cut", "and that crime had risen") "that" opens
# the second report, whose subject the noun is.
NOUN_AFTER_THAT = (r"(?:decision|move|plan|deal|policy|figure|approach|closure|proposal|idea|scheme|step|change|choice)"
                   r"\s+(?:is|was|has|had|" + MODAL + r"|does|did|cannot)\b")
ANOTHER_REPORT = lazy(r"(,?\s+(?:and|but))\s+that(?=\s+(?!" + PRONOUN_THAT + r"|" + NOUN_AFTER_THAT + r")[\w£$€“\"‘])")
QUOTE_MARK = lazy(r"[“”\"]")
# " on Monday", " on Tuesday night", dropped (`_trim`) with the part of the day, which alone would say nothing.
WEEKDAY_AFTER = lazy(r"\s+(?:on|last|this)\s+" + WEEKDAY_PART + r"\b")
SINGLE_MARKS = SINGLE_OPEN + SINGLE_CLOSE + SINGLE_EITHER
# Single marks that only a quotation explains, left where no quotation was found (`_single_marks`):
# one that closes after a stop or a comma ("fixed,' said"), one that opens before a letter
# ("'Their", "called it 'generous"). An apostrophe follows a letter or opens left-out letters
# ("nurses' pay", "'90s"), and is neither.
CLOSING_SINGLE = lazy(r"(?<=[.,!?;:])[’'](?![\w])")
ANY_CLOSING_SINGLE = lazy(r"(?<=[\w.,!?;:])[’'](?!\w)")  # after a letter too: "'A' and 'B'"
OPENING_SINGLE = lazy(r"(?<![^\s(“\"—–-])[‘'](?=[A-Za-z])")
WORD = lazy(r"[A-Za-z][a-z’']*")
HOLLOW_REPLY = lazy(r"\b(?:replied|answered|responded),?\s+\S+\s+(?:does|did|is|was|will|would)$")  # "Biden replied, Biden does"
# A lowercase word of four letters or more, from a word boundary. (The lookbehind after the
# first letter is the \b before it, placed where the regex engine can skip ahead to letters.)
LONG_LOWER_WORD = lazy(r"[a-z](?<!\w.)[a-z]{3,}")
# "..., Mr. Obama said to applause" at the end, once the quote marks are gone.
QUOTE_THEN_SPEAKER_BARE = lazy(r",\s+(?:Mr\.|Ms\.|Mrs\.|Dr\.|Senator|Sen\.|Representative|Rep\.|Gov\.)?\s*(?:[A-Z][\w.’'-]*\s+){1,3}"
                               + ATTRIBUTES + r"\b[^,.;]{0,40}[.!]?$")
# What an attribution says of its speaker after a comma: a short description ("the RCN's
# general secretary", "a teacher") or a clause about them ("who graduated in 2009 ..."). It is
# about who speaks, not about what they hold. (A longer "the ..." is a statement's subject.)
DESCRIBES = lazy(r"(?:(?:who|whose)\s.*|(?:the|a|an|[A-Z][\w.’'&-]*['’]s)(?:\s+\S+){1,6})$")
MAX_DESCRIPTION_WORDS = 8  # "director of policy at Transport Focus"; a longer one says more
# The verbs of an attribution that names no listener's message: "told" takes only who was told
# ("told reporters", "told the BBC"); "told the party to drop the plan" says something.
SAID = (r"(?:said|says|added|wrote|insisted|warned|declared|stated|explained|replied|answered|responded|"
        r"claimed|argued|noted|told\s+(?:(?:the|a|an)\s+)?[\w’'-]+)")
# What an attribution holds besides its verb and the speaker's name: the rest of the name and
# the role before it ("union chief Ann", "café owner Renée"), and where or when it was said.
NAMED_BEFORE = lazy(r"(?:[\w.’'&-]+\s+){0,5}")
VERB_THEN_ROLE = lazy(SAID + DAY + r"\s+(?:[\w.’'&-]+\s+){0,5}")  # "said union chief Ann "
# With no verb, only the rest of the name ("Pat Cullen", "Mr Dundon"), which no preposition opens.
NAME_BEFORE = lazy(r"(?:(?!(?:To|For|In|By|From|With|At|On|Of|As|After|Before|Against|Under|Like)\s)[A-Z][\w.’'&-]*\s+){0,4}")
# " said on Monday", " said in a statement", " told the trial in 2013", after the name; and the
# question it answers (" said when asked whether he would ..."), which states nothing it holds.
VERB_AFTER_NAME = lazy(r"\s+" + SAID + DAY + r"(?:\s+(?:in|at|outside)\s+(?:(?:a|an|the)\s[^,;]{1,30}|\d{4}))?"
                       r"(?:\s+(?:when|after being)\s+asked\s.*)?")
# The possessive forms of the pronouns that may stand for a speaker (`_pronouns`).
POSSESSIVE_OF = {"he": "his", "she": "her", "it": "its", "they": "their"}
# A source that names someone: a name with the role before it ("Roadhouse owner Terry Mulholland",
# "The union"), which no preposition leads into ("an adviser to Mr. Sanders" names another).
NAMING = lazy(r"(?:(?!(?:to|of|for|at|with|from|by|in|on|about|and)\s)[\w.’'&-]+\s+){0,5}[\w.’'&-]+")
# A part of a source that says where its speaker is from or works: "from Little Haddon", "of Dunmore".
PLACE_OPENS = lazy(r"(?:from|of|in|at|for|with)\s")
# A person who speaks for another: "said he was back home" may be of the one they speak for.
SPEAKS_FOR = lazy(r"\b(?:spokes\w+|publicist|lawyer|attorney|solicitor|barrister|agent|aide|representative|counsel)\b", re.I)
# An organisation's name as a sentence gives it, to name it by: "The Kingsmouth Civic Society", "the union".
ORGANISATION_NAMED = lazy(r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'&-]*\s+){0,5}[\w.’'&-]+")
# A greeting or thanks, with a few words after it at most, states nothing: "Good evening,
# everyone", "Thank you for coming", and a short clause after one, "Hi, they won" (a longer one is
# a statement, whose greeting goes as an opener, INTERJECTION). But "Thanks to the council, the
# library is open" states something, and so do words with a "but" or a "no" in them: "Thanks for
# nothing", "Thanks, but no thanks".
GREETING = lazy(r"(?:[Hh]ello|[Hh]i|[Hh]ey|[Gg]ood (?:morning|afternoon|evening|night)|[Tt]hank you|[Tt]hanks|[Gg]oodbye|"
                r"[Ww]elcome(?=,|\s+(?:to|back|home|everyone|all)\b))\b,?"
                r"(?:\s+(?!(?:but|no|not|nothing|never)\b)[^\s,.;:!?]+,?){0,3}$")
# Words that say nothing on their own: what is left of "I do." or "That she should be saying that?".
HOLLOW = {"i", "he", "she", "it", "they", "them", "we", "you", "that", "this", "do", "does", "did", "is", "was", "are",
          "be", "should", "would", "will", "can", "could", "not", "so", "yes", "no", "the", "a", "an", "and", "or", "but",
          "replied", "said", "says", "answered", "responded", "saying", "when", "asked", "if", "to", "of", "in", "on"}
# An exclamation that "my" opens, which speaks of no one ("My God, look at the water", "oh my goodness").
NOT_OATH = r"(?!\s+(?:God|god|goodness|gosh|word)\b)"
# The first-person words and what they become, tried in turn on every first-person statement
# (compiled once), each with a string that every match of it holds: a statement has one or
# two of them, and `in` rules out the others far faster than a search.
FIRST_PERSON = [(lazy(first), needle, third) for first, needle, third in (
    (r"\bI’ll\b|\bI'll\b", "I", "{who} will"), (r"\bI’ve\b|\bI've\b", "I", "{who} has"),
    (r"\bI’d\b|\bI'd\b", "I", "{who} would"), (r"\bourselves\b", "ourselves", "themselves"),
    (r"\bmyself\b", "myself", "themselves"), (r"\bwe\b", "we", "they"), (r"\bWe\b", "We", "They"),
    (r"\bour\b", "our", "their"), (r"\bOur\b", "Our", "Their"), (r"\bus\b", "us", "them"),
    (r"\bI’m\b|\bI'm\b", "I", "{who} is"), (r"\bI\b", "I", "{who}"), (r"\bmy\b" + NOT_OATH, "my", "{who}’s"),
    (r"\bMy\b" + NOT_OATH, "My", "{who}’s"), (r"\bme\b", "me", "{who}"))]
# Any of FIRST_PERSON: "we", "our", "us", "I", "I’m", "my", "me", "ourselves", "myself". (The
# lookbehinds after the first letter are the \b before it and the choice of word, placed where
# the regex engine can skip ahead to the letters a match can start with: twice as fast.)
FIRST_PERSON_ANY = lazy(r"[IMOWmouw](?<!\w.)(?:(?<=[Ww])e|(?<=[Oo])ur|(?<=o)urselves|(?<=u)s|(?<=I)(?:|[’'][a-z]+)"
                        r"|(?<=[Mm])y|(?<=m)(?:e|yself))\b")
# "I think" -> "X thinks": the verbs after "I" that change with the person.
THIRD_PERSON = {"am": "is", "have": "has", "do": "does", "go": "goes", "are": "is", "were": "was"}
# Negated forms that change with the person ("I don’t" -> "X doesn’t"); other negations ("can’t",
# "won’t", "wasn’t") and "cannot" are the same in every person.
THIRD_PERSON_NEGATED = {"do": "doesn’t", "have": "hasn’t", "are": "isn’t", "were": "wasn’t"}
# Verbs whose past is their present: past where the statement says when ("last year", "in 2019").
PRESENT_OR_PAST = {"cut", "put", "set", "let", "hurt", "quit", "shut"}
PAST_TIME = lazy(r"\b(?:last|ago|yesterday|previously|in (?:19|20)\d\d)\b")
# An adverb that may stand between "I" and its verb ("I also strongly oppose", "I just so
# happen"): one of those listed, or a word in -ly but for the verbs spelt so ("apply", "rally").
ADVERB = (r"(?:never|ever|also|just|still|always|even|sure|so|too|very|much|once|often|already|almost|sometimes|"
          r"(?!(?:(?:re|mis)?apply|reply|rely|(?:re)?supply|comply|imply|multiply|ally|rally|tally|bully|sully|dally)\b)"
          r"[a-z]{2,}ly)")
ADVERB_WORD = lazy(ADVERB)
# An aside set between commas after "I" and its adverbs, which the verb follows: "as a parent",
# "for one", "however", "frankly". (Not a list "I" heads: "I, and many others, oppose"; nor an
# aside with an "I" of its own, whose verb is its own: "I, as far as I know, am".)
ASIDE = r",\s+(?:(?:as|like)\s(?![^,;“”\"]*\bI\b)[^,;“”\"]{1,40}|for one|though|however|" + ADVERB + r"),"
# "I", then the run of adverbs and the aside after it (group 1, kept as it is), then the word
# after them (group 2): the verb, which `_agree` puts in the third person ("I also strongly
# oppose" -> "I also strongly opposes", "I personally, as a parent, think" -> "I personally,
# as a parent, thinks"), or an adverb that no verb follows ("I personally, the ...").
# A comma may stand between two adverbs ("I never, ever want").
I_VERB = lazy(r"\bI((?:\s+" + ADVERB + r"(?:,(?=\s+" + ADVERB + r"\s))?)*(?:" + ASIDE + r")?\s+)([a-z’']+)\b")
# Modal verbs, which take no "s" in any person ("X cannot", not "X cannots"), and past forms.
UNCHANGED = {"will", "would", "can", "cannot", "could", "should", "must", "might", "may", "shall", "ought",
             "was", "did", "had"}
# Verbs whose present ends in -ed, as past forms do ("I need" -> "X needs", but "I used" stays).
PRESENT_IN_ED = {"need", "feed", "heed", "bleed", "breed", "speed", "seed", "weed", "proceed", "succeed", "exceed",
                 "shed", "shred", "wed", "embed"}
# A finite verb, which a statement cut short must keep (`_states`): an auxiliary or a modal, a
# negation, a past in -ed, a contraction ("it’s"), a verb after a personal pronoun ("He sees",
# "they want") or one in -s after a name ("Trump continues"). (Irregular pasts are looked up.)
FINITE_VERB = lazy(r"\b(?:" + AUXILIARY + r"|am|are|were|do|does|did|shall|cannot|[a-z]+n[’']t|[a-z]{2,}ed)\b"
                   r"|[’'](?:s|re|ve|ll|d|m)\b|\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)"
                   r"\s+(?:[a-z]+ly\s+)?[a-z]+\b|\b[A-Z][\w’'-]+\s+[a-z]+s\b")
# A relative clause after a comma, up to the next or the end, whose verb is not the statement's:
# "The library, which has served ..., will close".
COMMA_RELATIVE = lazy(r",\s+(?:which|who|whom|whose)\b[^,;]*(?:,|$)")
# A subordinate clause that opens a statement, whose verb is not the statement's either: the main
# clause follows its comma ("When you run a hospital, ... the plan does not fix ...").
SUBORDINATE_OPENS = lazy(SUBORDINATING + r"\b")
# The fewest words of a subordinate clause: its opener, a subject and a verb ("If the council cuts").
SUBORDINATE_WORDS = 4
# A plural subject and its bare verb opening a statement: "Nurses deserve", "Parents fear" (not
# a preposition or a relative word after the noun: "Parents of pupils", "Nurses across the city").
PLURAL_THEN_VERB = lazy(r"[A-Z][a-z]+s\s+(?!(?:of|in|at|on|for|with|and|or|from|to|by|across|over|under|after|before|"
                        r"near|like|such|who|which|that|whose|here|there|the|a|an)\b)[a-z]+\b(?<!s)")
MODAL_WORD = lazy(r"\b" + MODAL + r"\b")
LOWER_WORDS = lazy(r"\b[a-z]+\b")
# Words a cut statement must not end on.
DANGLING = {"the", "a", "an", "to", "of", "and", "or", "in", "on", "for", "with", "that", "by", "from", "as", "at",
            "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "his", "her", "its", "their"}
# Nor a statement cut where a phrase ends: not on a word that opens a phrase or needs one after it.
PHRASE_END = DANGLING | PHRASE_HEADS | {"not", "been", "said", "says", "whose", "however"}


def fill(text: str, sides: list[Side], voices: dict[str, list[Voice]], sentences: list[Sentence], quotes: list[Quote],
         marks: dict[str, list[int]]) -> None:
    """Give each side its positions, file each quotation under its speaker's side, mark key quotes.
    `marks`: the opening marks of each quotation (`voices.quote_marks`)."""
    by_id: dict[str, list[Quote]] = {}  # a quotation the article repeats has one id for each copy
    for quote in quotes:
        by_id.setdefault(quote.id, []).append(quote)
    held = _quotes_held(sentences, marks)
    single = _single_marks(text, sentences, marks)
    # A sentence two sides speak in is evidence for the side that speaks in it most plainly.
    plainest: dict[int, int] = {}
    for side in sides:
        for voice in voices[side.id]:
            for i, rank in voice.strength.items():
                plainest[i] = max(plainest.get(i, 0), rank)
    for side in sides:
        for voice in voices[side.id]:
            for qid in voice.quotes:
                for quote in by_id.get(qid, ()):
                    quote.side = side.id
    for side in sides:
        speakers = _speakers(voices[side.id], plainest)
        if not speakers:  # every sentence went to another side: a side still states its case
            speakers = _speakers(voices[side.id], {})
        side.positions = _positions(speakers, sentences, quotes, held, single, side.id)
    _mark_key_quotes(sides, quotes)


def _speakers(voices: list[Voice], plainest: dict[int, int]) -> dict[int, Voice]:
    """Sentence index -> the voice that speaks in it, for the sentences the side speaks in most plainly."""
    speakers: dict[int, Voice] = {}
    for voice in voices:
        for i in voice.sentences:
            if voice.strength.get(i, 0) >= plainest.get(i, 0):
                speakers.setdefault(i, voice)
    return speakers


def _quotes_held(sentences: list[Sentence], marks: dict[str, list[int]]) -> dict[int, set[str]]:
    """Sentence index -> the quotations (by text) it holds inside their quote marks (not just the
    same words), given the opening marks of each quotation (`voices.quote_marks`)."""
    starts = [sent.start for sent in sentences]
    held: dict[int, set[str]] = {}
    for quote, openings in marks.items():
        for at in openings:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + 1 + len(quote) <= sentences[i].end:
                held.setdefault(i, set()).add(quote)
    return held


def _single_marks(text: str, sentences: list[Sentence], marks: dict[str, list[int]]) -> dict[int, list[tuple[int, str]]]:
    """Sentence index -> the single marks, curly or straight, that open or close a quotation in
    it (British style), as (offset, the double mark that stands for it): the quotations found
    tell them apart from apostrophes ("the RCN's", "'90s"), which the sentence alone cannot. A
    quotation that runs on past its sentence has its opening mark in one, its closing in another."""
    starts = [sent.start for sent in sentences]
    found: dict[int, list[tuple[int, str]]] = {}
    for quote, openings in marks.items():
        for at in openings:
            if text[at] not in SINGLE_MARKS:
                continue
            close = at + 1 + len(quote)
            while close < len(text) and text[close] in " \t":
                close += 1  # the quote finder trims the space before a closing mark
            pairs = ((at, "“"), (close, "”")) if text[close:close + 1] in SINGLE_MARKS else ((at, "“"),)
            for mark, double in pairs:
                found.setdefault(bisect_right(starts, mark) - 1, []).append((mark, double))
    return found


def _double_marked(sentence: Sentence, single: list[tuple[int, str]] | None) -> str:
    """The sentence with its quotations' single marks as double marks ("‘We will strike,’ she
    said" -> "“We will strike,” she said"), which the restating patterns know: read as words,
    the marks would stay on in the position ("‘They will strike.’")."""
    if not single:
        return sentence.text
    chars = list(sentence.text)
    for mark, double in single:
        if 0 <= mark - sentence.start < len(chars):
            chars[mark - sentence.start] = double
    return "".join(chars)


def _positions(speakers: dict[int, Voice], sentences: list[Sentence], quotes: list[Quote],
               held: dict[int, set[str]], single: dict[int, list[tuple[int, str]]], side: str) -> list[Position]:
    said = {i: _content_words(sentences[i].text) for i in speakers}
    ranked = sorted(speakers, key=lambda i: (-_strength(sentences[i].text), i))
    # A head that states nothing (only quote marks and attribution, a bare name, a greeting)
    # heads no position: it leaves its place to the next sentence, and goes as evidence to the
    # heads that do.
    stated: dict[int, str] = {}
    for i in ranked:
        if len(stated) == MAX_POSITIONS:
            break
        if all(_overlap(said[i], said[h]) < SAME_POINT for h in stated):
            text = restate(_double_marked(sentences[i], single.get(i)), _short_name(speakers[i]), _pronouns(speakers[i]))
            if text:
                stated[i] = text
    heads = sorted(stated)
    evidence = {h: [h] for h in heads}
    for i in sorted(speakers) if heads else ():
        if i not in evidence:
            # The head it shares the most words with, the nearest among equals (the earlier if two
            # are: `max` keeps the first of equals, and the heads are in order).
            best = max(heads, key=lambda h: (_overlap(said[i], said[h]), -abs(h - i)))
            evidence[best].append(i)
    out = []
    for h in heads:
        texts = [sentences[i].text for i in sorted(evidence[h])]
        quoted = set().union(*(held.get(i, ()) for i in evidence[h]))
        # The quotations its evidence holds, but not another side's: a sentence may quote the
        # other side ("Hale dismissed the union's claim that “…”"), and two people may say the same words.
        linked = (q.id for q in quotes if q.text in quoted and q.side in (None, side))
        out.append(Position(stated[h], texts, list(dict.fromkeys(linked))))
    return out


def _strength(sentence: str) -> int:
    """How plainly a sentence states a position: a quotation, a call to act or a report of what
    was said, enough words."""
    score = 2 * ("“" in sentence or "\"" in sentence)
    # A claim: one a stance word states ("must", "opposes", "warned"), or, less plainly, one a
    # report of speech carries ("Dashly said the changes had been offset by higher bonuses"):
    # the side's own case, where a sentence of narration about it holds neither.
    if STRONG(sentence):
        score += 2
    elif REPORTS.search(sentence):
        score += 1
    # Enough words, and more (counted without splitting them all): "We are not asking for the
    # world." answers; "The union is calling for a guaranteed minimum of $32 per engaged hour
    # ..." states what the side holds.
    score += len(sentence.split(None, MIN_WORDS - 1)) == MIN_WORDS
    score += len(sentence.split(None, FULL_WORDS - 1)) == FULL_WORDS
    return score


def restate(sentence: str, speaker: str, pronouns: tuple[str, ...] = ()) -> str:
    """A short third-person statement of what the sentence says the speaker holds. Quotations
    are read in double marks: the caller turns single ones into them (`_double_marked`), and
    typewriter '' pairs are read as the double mark they stand for. `pronouns`: those that may
    stand for the speaker (`_pronouns`), named in the statement where the sentence's source is
    the speaker ("Brantwood said it was ..." -> "Brantwood was ...")."""
    if "''" in sentence:
        sentence = sentence.replace("''", '"')
    content = _content(sentence, speaker, pronouns)
    if _degenerate(content, speaker):
        content = _fallback(sentence, speaker)
    if "'" in content or "‘" in content or "’" in content:  # a cheap test first
        content = _stray_marks(content).strip(" ,.;:—-!?")
    if not content or GREETING.match(content):
        return ""
    return content[0].upper() + content[1:] + "."


def _stray_marks(content: str) -> str:
    """The statement without the single marks that open or close nothing in it: a closing mark
    (after a stop or a comma) with no opening mark before it, an opening mark that none closes,
    and the two marks that wrap the whole statement. A quotation inside it keeps its marks
    ("called it 'generous and final', and said ...")."""
    opening = [m.start() for m in OPENING_SINGLE.finditer(content)]
    drop = []
    for m in CLOSING_SINGLE.finditer(content):
        before = [at for at in opening if at < m.start()]
        if not before:
            drop.append(m.start())  # "fixed,' said Pat Doyle": the quotation opened in an earlier sentence
            continue
        opening.remove(before[-1])
        if before[-1] == 0 and not content[m.end():].strip(" ,.;:—-!?"):
            drop += [0, m.start()]  # "'Their members deserve better.'": the whole statement
    for at in opening:
        # "'Ships will queue", "is, ‘Close the ward", "be 'above the president": the quotation
        # closes in a later sentence. (Before a capital or a word of three letters at least:
        # "get 'em" lacks letters.)
        opens_quotation = content[at + 1].isupper() or content[at + 1:at + 4].isalpha()
        if opens_quotation and not ANY_CLOSING_SINGLE.search(content, at + 1):
            drop.append(at)
    for at in sorted(set(drop), reverse=True):
        content = content[:at] + content[at + 1:]
    return content


def _content(sentence: str, speaker: str, pronouns: tuple[str, ...]) -> str:
    """What the sentence reports, lifted out of its attribution and cut to a short statement."""
    content = DATELINE.sub("", sentence.strip())
    content = OPENERS.sub("", content)
    quoted = content.startswith(("“", '"'))
    asked = "asked" in content and ASKED_THEN_YES.match(QUOTE_MARK.sub("", content))
    if asked:  # "When asked if he thought X was Y, Z replied, “I do.”" -> "Z thinks X is Y"
        verb = PRESENT.get(asked.group("verb"), asked.group("verb"))
        clause = re.sub(r"\bwas\b", "is", re.sub(r"\bwere\b", "are", asked.group("what")))
        return _shorten(f"{speaker or 'the speaker'} {verb} {clause}")
    if "adding" in content:
        content = re.sub(r",\s+adding\b.*$", "", content)  # what the speaker added is not the point they made
    if ", wh" in content:  # a cheap test first
        content = SPEAKER_CLAUSE.sub(r"\1 ", content)
    content = INSERTED_SOURCE.sub(_inserted_source_out, content)
    content = INSERTED_SAID_THEN_NAMED.sub(" ", content)
    attributed = content
    content, source = _unattribute(content)
    if source and pronouns:
        content = _pronoun_named(content, source, speaker, pronouns)
    if source and UNNAMED_PRONOUN.match(content) and ANNOUNCES_ONLY.match(attributed[len(source):].lstrip()):
        # "Rhodri revealed that he is out of work": lifted out, "He is out of work" names no one,
        # and a reader takes "he" for the side's voice. The attribution says who. (Only for the
        # ANNOUNCES verbs: after "said" the side's pronoun is named, `_pronoun_named`.)
        content = attributed
    if QUOTE_MARK.search(content):
        # Once the quote marks are gone, a source set between two quoted halves is an inserted one too.
        content = QUOTE_MARK.sub("", content)
        content = INSERTED_SOURCE.sub(_inserted_source_out, content)
        content = QUOTE_THEN_SPEAKER_BARE.sub("", content)
    content = _trim(OPENERS.sub("", content))
    if "I" in content:
        content = I_VERB.sub(_agree, content)
    if FIRST_PERSON_ANY.search(content):
        who = speaker or "the speaker"
        for first, needle, third in FIRST_PERSON:
            if needle in content:
                content = first.sub(third.format(who=who), content)
    # "He said ..." of the side's own member: name them. (Not in a quotation, where the speaker is
    # "I" and "he" someone else: "“He said the paperwork was coming,” Ruiz testified.")
    if speaker and speaker[:1].isupper() and not quoted:
        content = re.sub(r"^(?:He|She)\b(?=\s+[a-z])", speaker, content)
    return _shorten(content.strip(" ,.;:—-!?"))


def _inserted_source_out(m: re.Match[str]) -> str:
    """What an INSERTED_SOURCE match leaves: a comma before what sums the statement up, else a space."""
    return ", " if m.group("summing") is not None else " "


def _unattribute(content: str) -> tuple[str, str | None]:
    """What the sentence reports, lifted out of its attribution, and who it names as the source
    where the source comes first ("X said ..."); the content as it is if it has no attribution."""
    for pattern, needed in UNATTRIBUTE:
        if needed not in content:
            continue  # a cheap test first
        m = pattern.match(content)
        if not m or not _attribution_found(pattern, m):
            continue
        if "who" not in pattern.groupindex:  # "“...,” X said", "..., X said", "X said, “...”"
            return (m.group("what") if "what" in pattern.groupindex else _quoted(m)), None
        # What "X said": "X said A and that B" reports A and B, and the second "that" only says so.
        what = m.group("what")
        if ("gap" in pattern.groupindex and TWO_REPORTS.fullmatch(m.string, m.end("who"), m.end("gap"))
                and not ELLIPTICAL.search(m.group("gap"))):
            what = m.group("gap").strip() + " that " + what
        return ANOTHER_REPORT.sub(r"\1", what), m.group("who")
    return content, None


def _quoted(m: re.Match[str]) -> str:
    """What a quotation followed by its attribution (QUOTE_THEN_SPEAKER, QUOTE_END_THEN_SPEAKER,
    TYPEWRITER_END_THEN_SPEAKER) says: the quotation, and the second one the attribution runs on
    into (SECOND_QUOTE), each with its stop ("Is this a budget? Nobody has read it"), where the
    two make a short statement: cut short, they would lose the end of the first or leave the
    second dangling. A second of three words at least: fewer are a title or a slogan ("told the
    show, “Newsnight.”")."""
    second = SECOND_QUOTE.search(m.string, m.end(1))
    if not second or not 3 <= len(second.group("second").split()) <= MAX_WORDS + SLACK - len(m.group(1).split()):
        return m.group(1)
    stop = m.string[m.end(1)]
    return m.group(1) + (stop if stop in "?!" else ".") + " " + second.group("second")


def _attribution_found(pattern: re.Pattern[str], m: re.Match[str]) -> bool:
    """Is the match of one of the UNATTRIBUTE patterns an attribution and what it reports? Its
    speaker must name someone, its speech verb be no participle, what it reports be a clause,
    and a source after the statement hold one speech verb: two make it a source followed by its
    own report."""
    groups = pattern.groupindex
    if "who" in groups and not _names_speaker(m.group("who")):
        return False
    if "gap" in groups and (CLAUSE_GAP.search(m.group("gap")) or PARTICIPLE_SAID.match(m.group("gap"))):
        return False  # "says the mine would threaten the river that supplies ...", "said out loud in that room"
    if "verb" in groups and ANNOUNCES_ONLY.fullmatch(m.group("verb")) and not ANNOUNCED_WHEN.fullmatch(m.group("gap")):
        return False  # "admitted the charge at a hearing that lasted an hour"
    if "what" in groups and not _reported(pattern, m.group("what")):
        return False
    return not ("source" in groups and len(SPEECH_VERB.findall(m.group("source"))) > 1)


def _names_speaker(who: str) -> bool:
    """Can `who`, before a speech verb, be who spoke? Not a statement holding a relative clause
    ("The council will ..., which officials") or joining a clause to the source (SECOND_CLAUSE:
    "Patel denied it, but the prosecutor"), nor one whose every part is a clause of its own
    (CLAUSE_NOT_NAME: "Some cheer when he insists"); one part that names is enough ("Asked
    whether the plan was dead, Lee said")."""
    if RELATIVE.search(who) or SECOND_CLAUSE.search(who):
        return False
    return not all(CLAUSE_NOT_NAME.search(part) for part in who.split(","))


def _reported(pattern: re.Pattern[str], what: str) -> bool:
    """Is `what`, after the speech verb, a report? Not one that opens with a verb, whose subject
    went to the "speaker" ("a mine that it says would create ..."); after a bare speech verb, a
    clause of three words at least, not what a participle or the verb takes ("the words said by
    the mayor", "argued for a recount"), holding no other source's report (SECOND_SOURCE); after
    "said, “", three words at least; after "that", no noun that "that" points to."""
    if NO_SUBJECT.match(what):
        return False
    if pattern is SPEAKER_THEN_CONTENT:
        return len(what.split(None, 2)) >= 3 and not (PARTICIPLE_SAID.match(what) or ABOUT.match(what)
                                                      or SECOND_SOURCE.search(what))
    if pattern is SPEAKER_THEN_QUOTE:
        return len(what.split(None, 2)) >= 3  # "shook her head and said, “No.”" is all of a piece
    return not (pattern is SPEAKER_THAT_CONTENT and NOUN_THAT_ENDS.match(what))


def _pronoun_named(content: str, source: str, speaker: str, pronouns: tuple[str, ...]) -> str:
    """"it was deeply disappointed", reported from "The Kingsmouth Civic Society said": the
    pronoun that opens the report named, where it may stand for the speaker and the source
    is the speaker ("The Kingsmouth Civic Society was ...", "Brantwood’s offer was ..."); a
    source that is a pronoun stands only for the same one ("It said its ...", not "their")."""
    first, _, rest = content.partition(" ")
    possessive = first in (POSSESSIVE_OF[p] for p in pronouns)
    if not rest or not (first in pronouns or possessive):
        return content
    said_by = source.strip().lower()
    if said_by in pronouns and first not in (said_by, POSSESSIVE_OF[said_by]):
        return content  # "It adds that their role ...": "their" is not the "it" that spoke
    name = _source_name(source, speaker, pronouns)
    if not name:
        return content
    return name + ("’s" if possessive else "") + " " + rest


def _source_name(source: str, speaker: str, pronouns: tuple[str, ...]) -> str | None:
    """How to name the speaker if `source` (who "said") is them: a person by `speaker`, an
    organisation as the source names it ("The union", "Brantwood"); None if the source is
    someone else ("Tom Reed, a senior adviser to Mr. Okafor" of Okafor), or a person who
    speaks for another, whom their "he" or "she" may stand for ("a publicist for Sofia Brandt")."""
    organisation = "it" in pronouns
    if not organisation and SPEAKS_FOR.search(source):
        return None
    speaker_words = {w.lower() for w in speaker.split()}
    for part in (p.strip() for p in source.split(",")):
        if PLACE_OPENS.match(part):
            break  # "Mr Pryce, from Little Haddon, Powys": what follows says where they are from
        if part.lower() in pronouns:
            return speaker  # "It said it would ...", "She says her posts ..."
        last = part.rsplit(" ", 1)[-1].lower()
        if last in speaker_words and NAMING.fullmatch(part):
            return part if organisation and ORGANISATION_NAMED.fullmatch(part) else speaker
        if organisation and part.endswith(speaker) and part[:-len(speaker)].strip().lower() in ("", "the"):
            return part  # "The Council of Indigenous Communities of Corquemayu", which a preposition is part of
    return None


def _degenerate(content: str, speaker: str) -> bool:
    """Too little left to state anything: "Biden replied, Biden does", "That she should be saying that?",
    or only who said it: "Pat Cullen, the RCN's general secretary"."""
    names = {w.lower() for w in speaker.split()} if speaker else set()
    # Read lazily: two words are enough, and the rest need not be found at all.
    meant = (w for w in (m.group().lower() for m in WORD.finditer(content)) if w not in names and w not in HOLLOW)
    few = len(list(islice(meant, 2))) < 2
    if few or leftmost(HOLLOW_REPLY, content, ("replied", "answered", "responded")):
        return True
    parts = content.split(",")
    return len(_attribution(parts, speaker)) == len(parts)


def _attribution(parts: list[str], speaker: str) -> set[int]:
    """The indices of the comma-separated `parts` of a sentence that only say who spoke: a speech
    verb with the speaker and their role ("said union chief Ann Lee", "Ann Lee said on Monday"),
    the speaker's bare name, and what the parts after those describe them by ("the RCN's general
    secretary", "who lives nearby"). Left outside a short quotation, they are the longest
    stretch, yet state nothing of what was said."""
    found: set[int] = set()
    if not speaker or speaker not in "".join(parts):
        return found  # the speaker is not named: nothing here attributes (a cheap test first)
    for i, part in enumerate(parts):
        part = part.strip(" .;:—-!?")
        if _said_by(part, speaker) or (i - 1 in found and _describes(part)):
            found.add(i)
    return found


def _describes(part: str) -> bool:
    """Does `part` only describe the speaker named before it: "the RCN's general secretary",
    "who lives nearby", or the wire form of a role, a title held at a named body with no
    article ("spokeswoman for Greenpeace", "chief executive of Network Rail", as `actors`
    reads a role)?"""
    return bool(DESCRIBES.match(part)) or (len(part.split()) <= MAX_DESCRIPTION_WORDS and _title_of_body(part))


def _said_by(part: str, speaker: str) -> bool:
    """Is `part` only an attribution to `speaker` (see `_attribution`)? It may open with the
    closing mark of a quotation in single marks that nothing has taken out. (Read around the
    name with fixed patterns: a pattern made for each speaker costs more to compile than the
    reading of all the sentences it is used on.)"""
    part = part.lstrip("‘’' ")
    at = part.rfind(speaker)
    if at < 0 or (at and part[at - 1] != " "):
        return False  # the speaker is not named here, or only inside another word
    before, after = part[:at], part[at + len(speaker):]
    if not after:  # "said union chief Ann Lee", "Pat Cullen"
        return bool(VERB_THEN_ROLE.fullmatch(before) or NAME_BEFORE.fullmatch(before))
    return bool(NAMED_BEFORE.fullmatch(before) and VERB_AFTER_NAME.fullmatch(after))  # "Ann Lee said on Monday"


def _fallback(sentence: str, speaker: str) -> str:
    """A clean clause from the evidence: its longest stretch outside the quotation, cut short;
    never the attribution, which only says who spoke."""
    # A mark left once the quotations are out opens or closes a quotation in another sentence.
    outside = QUOTE_MARK.sub("", re.sub(r"[“\"][^”\"]*[”\"]", ",", sentence))
    parts = re.split(r",|;|\s[—–]\s", OPENERS.sub("", DATELINE.sub("", outside)))
    said_by = _attribution(parts, speaker)
    parts = [p.strip(" ,.;:—-!?") for i, p in enumerate(parts) if i not in said_by]
    # A relative clause ("where the number of cases has grown") says what the rest is about.
    parts = [p for p in parts if len(p.split()) >= 3 and not RELATIVE_OPENS.match(p)]
    if not parts:
        return ""
    best = _shorten(_trim(max(parts, key=lambda p: len(p.split()))))
    return "" if _degenerate(best, speaker) else best


def _agree(m: re.Match[str]) -> str:
    """"I think" -> "I thinks" (the "I" is replaced next), "I don’t" -> "I doesn’t", "I am" -> "I is",
    "I also strongly oppose" -> "I also strongly opposes", "I, as a parent, think" -> "I, as a
    parent, thinks"; "I told", "I cannot", "I won’t", "I personally, the ..." stay."""
    adverbs, verb = m.group(1), m.group(2)
    if ADVERB_WORD.fullmatch(verb):  # "I personally, the ban ...": no verb follows
        return m.group()
    if verb.endswith(("n’t", "n't")) and verb[:-3] in THIRD_PERSON_NEGATED:
        return "I" + adverbs + THIRD_PERSON_NEGATED[verb[:-3]]
    if verb in UNCHANGED or verb.endswith(("n’t", "n't")) or _inflected(verb) or verb in words("irregular_past"):
        return m.group()
    if verb in PRESENT_OR_PAST and PAST_TIME.search(m.string):  # "I cut the budget last year"
        return m.group()
    return "I" + adverbs + _third_person(verb)


def _inflected(verb: str) -> bool:
    """Is `verb` a past form in -ed ("used", "agreed") or a third-person form in -s ("says",
    "has")? Not a present that ends so: "need", "guess", "focus"."""
    if verb.endswith("ed"):
        return verb not in PRESENT_IN_ED
    return verb.endswith("s") and not verb.endswith(("ss", "us"))


def _third_person(verb: str) -> str:
    """"think" -> "thinks", "try" -> "tries", "watch" -> "watches", "guess" -> "guesses",
    "quiz" -> "quizzes", "woo" -> "woos", "am" -> "is"."""
    if verb in THIRD_PERSON:
        return THIRD_PERSON[verb]
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "i", "o", "u"):
        return verb[:-1] + "ies"
    if verb.endswith("iz"):
        return verb + "zes"
    if verb.endswith(("sh", "ch", "s", "x", "z", "o")) and not verb.endswith("oo"):
        return verb + "es"
    return verb + "s"


def _trim(text: str) -> str:
    """Drop what describes rather than states: appositions, examples set between commas, brackets,
    days of the week, attribution tails."""
    text = APPOSITION.sub(_without_apposition, text)
    if "includ" in text or "such as" in text:  # a cheap test first
        text = EXAMPLES.sub("", text)
    if "(" in text:  # cheap tests first
        text = re.sub(r"\s*\([^)]{0,80}\)", "", text)
    if "day" in text:
        text = WEEKDAY_AFTER.sub("", text)
    text = ATTRIBUTION_TAIL.sub("", text)
    return text


def _without_apposition(m: re.Match[str]) -> str:
    """An APPOSITION match less its description: a relative clause goes, a noun phrase only after a name."""
    before = m.group(1)
    if before is None:
        return ""
    return before if before[:1].isupper() else m.group()


def _shorten(text: str) -> str:
    """Cut a long statement at a tail clause (", which ...", ", adding ...") after a few words; cut a very long
    one at the first clause break after a few words, or else where a phrase ends (`_cut`)."""
    if "r." in text or "s." in text:
        text = re.sub(r"\b(?:Mr|Ms|Mrs|Dr)\.\s+(?=[A-Z])", "", text)
    tokens = text.split()
    if len(tokens) > SOFT_WORDS:
        for m in TAIL.finditer(text):
            if HEAD_WORDS <= len(text[:m.start()].split()) <= MAX_WORDS and _states(text[:m.start()]):
                text = text[:m.start()]
                tokens = text.split()
                break
    if len(tokens) <= MAX_WORDS + SLACK:
        return text  # a few words over is better than a sentence broken off
    for m in CLAUSE_BREAK.finditer(text):
        if MIN_WORDS <= len(text[:m.start()].split()) <= MAX_WORDS + SLACK and _states(text[:m.start()]):
            return text[:m.start()]
    return _cut(tokens)


def _states(head: str) -> bool:
    """Does `head`, a statement cut short, still state something: has it a finite verb
    (FINITE_VERB, or an irregular past) outside a relative clause set between commas? "The
    library, which has served the east side for ninety years, ..." has none; cut there, it
    would be a subject without its verb. Nor has "When you run a hospital", a subordinate clause
    with no main clause after its comma, or after its own verb where no comma closes it
    (SUBORDINATE_OPENS). A plural subject's bare verb counts (PLURAL_THEN_VERB: "Nurses deserve")."""
    while SUBORDINATE_OPENS.match(head):  # "When you run a hospital, when you run a ward, ..."
        clause, comma, rest = head.partition(",")
        if not comma:
            # No comma closes it: the main clause, if any, runs on after the subordinate's opener,
            # subject and verb, and a modal shows it ("If the council cuts the budget the library
            # will close"); a verb alone may still be the subordinate's ("While Republicans have
            # often faced criticism for ...").
            return bool(MODAL_WORD.search(" ".join(clause.split()[SUBORDINATE_WORDS:])))
        head = rest.lstrip()
    if ", wh" in head:  # a cheap test first
        head = COMMA_RELATIVE.sub(",", head)
    return bool(FINITE_VERB.search(head) or PLURAL_THEN_VERB.match(head)) \
        or not words("irregular_past").isdisjoint(LOWER_WORDS.findall(head))


def _cut(tokens: list[str]) -> str:
    """The first MAX_WORDS `tokens`, cut back to where a phrase ends: after a comma, a semicolon or a colon, or before a
    preposition or conjunction (as `title` cuts a headline), with SOFT_WORDS left at least; failing
    that, at MAX_WORDS less the words that leave it dangling; failing that too, where the cut
    would leave no verb (`_states`), not cut at all."""
    for end in range(MAX_WORDS, SOFT_WORDS - 1, -1):
        last = tokens[end - 1].lower().strip("“”\"‘’'")
        if (last.endswith((",", ";", ":")) or tokens[end].lower() in PHRASE_HEADS) and last.rstrip(",;:") not in PHRASE_END:
            head = " ".join(tokens[:end]).rstrip(",;:")
            if _states(head):
                return head
    cut = tokens[:MAX_WORDS]
    while cut and cut[-1].lower().strip(",") in DANGLING:
        cut.pop()
    head = " ".join(cut).rstrip(",")
    return head if _states(head) else " ".join(tokens)


def _short_name(voice: Voice) -> str:
    """"Vladimir Putin" -> "Putin"; organisations keep their whole name."""
    if voice.kind != "person":
        return voice.name
    bare = OF_SPLIT.split(voice.name, maxsplit=1)[0].split()
    return bare[-1] if bare else voice.name


def _pronouns(voice: Voice) -> tuple[str, ...]:
    """The pronouns that may stand for a voice: "it" and "they" for an organisation, a country or a
    party group; "he" or "she" for a person, either if the article does not say which."""
    if voice.kind != "person":
        return ("it", "they")
    return {"m": ("he",), "f": ("she",)}.get(voice.actor.gender or "", ("he", "she"))


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    """The share of the smaller of two sentences' content words that the other has too."""
    return len(x & y) / max(1, min(len(x), len(y)))


def _content_words(text: str) -> frozenset[str]:
    # Lowercase words only: names recur across a side's sentences without making the same point.
    return frozenset(LONG_LOWER_WORD.findall(text)) - words("capitalised_words")


def _mark_key_quotes(sides: list[Side], quotes: list[Quote]) -> None:
    """The longest quotations of each side, in turn, up to MAX_KEY_QUOTES in all: each side's
    longest whatever its length (a curt "I do." may be all a side says), the rest only when
    they say enough to carry a case."""
    per_side = [sorted((q for q in quotes if q.side == s.id and q.text), key=lambda q: -len(q.text.split())) for s in sides]
    picked = 0
    for rank in range(MAX_KEY_QUOTES):
        for ranked in per_side:
            if rank < len(ranked) and picked < MAX_KEY_QUOTES and (rank == 0 or len(ranked[rank].text.split()) >= MIN_WORDS):
                ranked[rank].key = True
                picked += 1
