"""Rule: find the article's prose, leaving out the furniture a news page runs into its text.

Scraped articles carry source tags and datelines ("WASHINGTON (CNN) --"), bylines and
timestamps ("By . Name . PUBLISHED: ... | . UPDATED: ..."), "Scroll down for video", "Here,
our guide takes you through ...", an opinion piece's disclaimer ("The opinions expressed in this
commentary are solely hers."), and photo captions that lost their line breaks and ran into the
next sentence. `prose` returns the pieces of the sentences that are the article's own
prose, each a contiguous span of the source text, so a summary or title built from them stays
verbatim. `undated` takes the dateline off a sentence that is no prose.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from .names import LINE, is_heading
from .sentences import Sentence, split_sentences
from .wordlists import lazy, occurrences

# A source tag at the start of a paragraph, with an optional dateline in front: "(CNN)",
# "New Delhi, India (CNN) --", "NEW YORK, Dec. 14 (UPI) —", "(The Hollywood Reporter)"; or an
# upper-case dateline, with its region or date, and a long dash: "LONDON, England --",
# "NAIROBI, June 4 —", "WASHINGTON ―"; or a hyphen, after a region or a date only: "PORTLAND,
# Maine - " (a capital word and a hyphen alone may open a sentence: "NATO - the alliance - ...").
# A press release's has a year and its wire between slashes: "SAN JOSE, Calif., March 3, 2026
# /PRNewswire/ --".
_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,30}"
_REGION = r",[ ][A-Z][A-Za-z.'’ -]{1,30}?"  # the shortest: it ends at the first dash
_DATE = r",?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}"  # "Dec. 14", "April 1", "Sept 12"
_RELEASE_WIRE = r"(?:,[ ]\d{4})?[ ]/[A-Z][\w .&-]{1,30}/"  # ", 2026 /PRNewswire/"
_DATELINE = lazy(
    rf"""[ \t]*(?:
      (?:[A-Z][\w.'’-]*(?:,?[ ][A-Z][\w.'’-]*){{0,4}}(?:{_DATE})?,?[ ]?)?
      \((?:[A-Z][\w.&'’-]*[ ]?){{1,5}}\)[ \t]*(?:--|—|–|―|-[ ])?
    | {_PLACE}(?:{_REGION})?(?:{_DATE})?(?:{_RELEASE_WIRE})?[ ]+(?:--|—|–|―)
    | {_PLACE}(?:{_REGION}(?:{_DATE})?|{_DATE})[ ]+-[ ]
    )[ \t]*""",
    re.VERBOSE,
)
# A dateline may end in a colon, before the lead: "LUCKNOW: ", "NEW DELHI: "; so does a kicker,
# which says what kind of story the lead opens: "Exclusive: ", "Analysis: ". Read as a caption's
# label, either would take the lead out with it. So they are looked for on the story's first lines
# only, before a sentence of six words or more: a transcript's speaker ("MAYOR: We did not...")
# later on, and a label before a name ("BYLINE: Jane Doe."), stay labels. Like a caption's label,
# they come before a capital or a quotation mark ("UPDATE: 5/12 — ..." is no dateline). A kicker
# that shows a picture or a video ("Watch: ", "Pictured: ") is left a label: what follows it
# describes the picture. (`_LEAD_LABEL` is below, with a press release's labels.)
_KICKER = (r"(?:Exclusive|Revealed|Analysis|Breaking|Opinion|Comment|Editorial|Explainer|Insight|Interview|"
           r"Investigation|Review|Update|Factbox|Fact[ ]check|Special[ ]report)")
_LEAD_LINES = 3  # a headline, a byline, then the lead
# A label that shows a picture or a video: what follows it describes the picture, even in Title Case.
_PICTURE_LABEL = lazy(r"(?:Pictured|Pictures?|Photos?|Video|Watch|Gallery|In[ ]pictures):")
# A byline or a timestamp on a line of its own, above a story or its headline: "By Jane Doe and
# Raj Patel, Reuters", "Jane Doe, Staff Writer", "Staff writer", "Updated: 4 March 2024, 10:15
# GMT". It says who wrote the story and when, not what it says: no headline, nor prose. A name is
# capitalised words, so "By the end of the day ..." is prose; a timestamp is words of a date or
# a time only, with a label or a month's or a day's name. A press release's "For immediate
# release:" and its embargo ("EMBARGOED UNTIL 00:01 GMT, 3 MARCH", "Embargoed until 10am, 5 June")
# say when it may be published, as a timestamp does: an embargo is a timestamp with its label. Its
# contact line says whom to call, as a byline says who wrote it: "Media contact: Jane Doe, 0161 555
# 0100", "Press office: 0161 555 0100" (a number or an address says it is one: "Contact: The
# Musical" is a headline).
_NAME = r"[A-Z][\w'’.-]*(?:[ ](?:[A-Z][\w'’.-]*|de|van|von|der|da|al)){0,3}"
_ROLE = r"(?:[A-Z][a-z]+[ ]){0,2}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Jj]ournalist)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\b\.?"
# A month's or a day's name in capitals, as a release's embargo has them ("3 MARCH"; the short ones
# are a zone's shape). A time word after a label only: a line of capitals with no label ("PAY DEAL
# DUE BY APRIL 30") is a headline, not a timestamp.
_CAPITAL_DATE = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
                 r"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b")
# A word of a date or a time: "4", "10:15", "3.15pm", "p.m.", "March", "Tues.", "GMT", "hrs", "at", "on".
_TIME = (rf"\d[\d:./-]*(?:st|nd|rd|th|[AaPp]\.?[Mm]\.?)?|[AaPp]\.?[Mm]\.?|{_MONTH}|{_WEEKDAY}|{_CAPITAL_DATE}"
         rf"|[A-Z]{{2,4}}|hrs|at|on")
_TIME_WORD = rf"(?:{_TIME}|[|–-]),?"
_TIME_WORDS = rf"(?=[^\n]*\d){_TIME_WORD}(?:[ ]{_TIME_WORD}){{0,9}}"  # with a digit among them
_STAMP_LABEL_END = r"(?::|[ ]on|[ ]at)?[ ]"
# (An embargo has a date or a clock among its own words, "3 MARCH", "05/03/2026", "10am", "0001 GMT",
# "1800 HRS", and they open with a number, a month or a day: "EMBARGOED: UN BANS ARMS TO VELM IN 2024"
# and "EMBARGOED: ARMS BAN FROM 3 MARCH" are headlines, their short words in capitals no zones; and a
# lead's "on Tuesday" after a label is no embargo's date. A clock of four digits has its zone or
# "hrs", for a year has four digits too.)
_ZONE = r"(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|HRS|[Hh]rs)\b"
_EMBARGO_DATE = (rf"(?=(?:{_TIME_WORD}[ ]){{0,9}}(?:\d+[:./-]\d|\d+[ ]?[AaPp]\.?[Mm]\b"
                 rf"|(?:[01]\d|2[0-3])[0-5]\d[ ]?{_ZONE}|{_MONTH}|{_WEEKDAY}|{_CAPITAL_DATE}))")
_EMBARGO = (rf"(?:Embargoed(?:[ ]until)?|EMBARGOED(?:[ ]UNTIL)?){_STAMP_LABEL_END}"
            rf"(?=\d|{_MONTH}|{_WEEKDAY}|{_CAPITAL_DATE}){_EMBARGO_DATE}{_TIME_WORDS}")
_RELEASE = r"(?:FOR[ ]IMMEDIATE[ ]RELEASE|For[ ][Ii]mmediate[ ][Rr]elease)"
_RELEASE_LINE = rf"{_EMBARGO}|{_RELEASE}:?"  # the line that heads a release's header (`is_release_line`)
# A contact line is its label and anything after it up to its last address or phone's number, its
# closing bracket ("(0161 555 0100)", "<jane@x.example>") and up to eight words more, with no sentence's
# end before a capital ("ext. 204", "between 9am and 5pm", "during office hours, Monday to Friday"): a
# lead that runs on after it on its line ("Media contact: Jane Doe, 0161 555 0100. Harlow Systems opened
# ...") makes it no contact line, and the lead stays; so does a capital word right after the number, a
# headline's going on ("Contact: Call 0800 555 0199 If You See This Man"). A phone's number is seven
# digits or more, a space, a bracket, a dash or a dot between them ("(0161) 555-0100", "01632 960 123",
# "612 345 678"), which a life's years are not ("1934-1996"), nor a date ("12.03.2026", "2026-03-05"),
# nor a sum in thousands: one or two digits before its groups ("1 200 000"; "+34 912 345 678" is a
# phone's), or a currency's sign or word next to it ("£120 000 000", "120 000 000 euros").
_DATE_IN_DIGITS = (r"(?:\d{1,2}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)\d{2,4}"
                   r"|\d{4}(?:-\d{1,2}-|/\d{1,2}/|\.\d{1,2}\.)\d{1,2})\b")
_CURRENCY_WORD = r"[ ](?i:euros?|pounds?|dollars?|yen|francs?|crowns?|pesos?|rupees?|million|billion)\b"
_THOUSANDS = (r"(?<!\+)(?:[1-9]\d?(?:[ ]\d{3})+(?![ ().-]{0,2}\d)"
              rf"|(?<=[$€£¥])[1-9]\d{{0,2}}(?:[ ]\d{{3}})+|[1-9]\d{{0,2}}(?:[ ]\d{{3}})+(?={_CURRENCY_WORD}))")
# (A number is taken whole, from the start of its digits, once: a line of digits is read in one pass.)
_PHONE = (r"(?<!\d)(?<!\d[ ().-])(?<!\d[ ().-]{2})"
          rf"(?!(?:1[5-9]|20)\d\d[–-](?:1[5-9]|20)\d\d\b|{_DATE_IN_DIGITS}|{_THOUSANDS})"
          r"\d(?:[ ().-]{0,2}\d){6,}+")
_CONTACT_END_WORDS = 8
_CONTACT = (r"(?i:(?:media|press)[ ](?:contacts?|enquiries|inquiries)|press[ ]office|contacts?):[ ]"
            rf"[^\n]*(?:@\w[\w.-]*+|{_PHONE})(?![)\]>;!]*[ ][A-Z])[)\]>;!]*"
            rf"(?=(?:[ ,]+\S++){{0,{_CONTACT_END_WORDS}}}+\Z)(?![^\n]*[.!?–][ ]+[A-Z])[^\n]*")
_BYLINE = lazy(
    rf"""(?:By|BY)[ ]{_NAME}(?:(?:,[ ]|[ ](?:and|AND|&)[ ]){_NAME})*
    | (?:{_NAME},[ ])?{_ROLE}
    | (?:(?:Published|Updated|Posted|Last[ ]updated|First[ ]published){_STAMP_LABEL_END}
         |(?=(?:\S+[ ]){{0,9}}(?:{_MONTH}|{_WEEKDAY})\b))
      {_TIME_WORDS}
    | {_RELEASE_LINE}
    | {_CONTACT}""",
    re.VERBOSE,
)
_RELEASE_LINE_ALONE = lazy(_RELEASE_LINE)
# A release's place and date, a line of its header ("Grantley, 5 March 2026", "Leeds, Tuesday March 5").
_PLACE_AND_DATE = lazy(rf"[^,\n]{{1,40}},[ ](?:{_WEEKDAY},?[ ])?(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}"
                       rf"|{_MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?)(?:,?[ ]\d{{4}})?")
# A dateline or a kicker ending in a colon before the lead (see `_KICKER`); or a release's line or its
# embargo, which may open the lead's line as a kicker does ("For immediate release: Harlow Systems
# today ..."), and is cut as one is: read as a caption's label, it would take the lead out with it.
_LEAD_LABEL = lazy(rf"[ \t]*(?:{_PLACE}(?:{_REGION})?|{_KICKER}|{_RELEASE}|{_EMBARGO}):[ ]+(?=[A-Z‘'\"“])"
                   rf"(?=(?:\S+[ ]+){{5}}\S)")
# An editor's note opens a paragraph with its label: an update stamped with its date or time
# ("UPDATE: 5/12 — ", "Updated 3.15pm: ", "Update, March 4: "), a correction, a clarification, an
# editor's note. An update's stamp says when the news after it came, as a kicker says what kind of
# story follows: the stamp alone is cut, and the update is the news ("UPDATE 4.05pm: The bridge has
# reopened."), unless it speaks of the story itself (`_ABOUT_THE_STORY`: "Update, March 4: This
# story has been updated ..."). A correction, a clarification or an editor's note tells what was
# changed in the story, or about whom: it is cut to the end of its own sentence, and of any after it
# that speak of the story; what follows on its line is the story's own (a text of one line is the
# note and then the whole story). A bare "Update: " on a lead is a kicker (`_KICKER`), and "Updated
# figures show ...", "Correction officers ..." are prose: the label has its colon or dash.
_STAMP_END = r"[ \t]*(?::|--|—|–|―|-[ ])[ \t]*"  # what ends an update's stamp, or a bare one
_NOTE = lazy(
    rf"""[ \t]*(?:
      (?P<update>(?:UPDATE[SD]?|Update[sd]?)(?:[ ]?:)?(?:,?[ ](?:{_TIME})){{1,5}},?)
    | CORRECTIONS?|Corrections?|CLARIFICATION|Clarification|EDITOR['’]?S['’]?[ ]NOTE|Editor['’]?s['’]?[ ][Nn]ote
    ){_STAMP_END}""",
    re.VERBOSE,
)
# A live blog's entry opens with the time it was posted, bare, at the start of its line ("11.45pm: ",
# "10:50 p.m. — ", "22:50 GMT: "): like an update's stamp, the stamp alone is cut and the entry is
# the news. (Left there, it would mark the entry a fragment, as a piece opening in lower case, and
# one entry with "UPDATED" before its time would push the others out of a summary.) Only a time of
# day is a stamp: "2019: The wall was rebuilt ..." keeps its year. A time with "am" or "pm", or a
# zone or a date after it, is one on any line ("2pm: The prosecution will open its case"). Hours and
# minutes alone are a section's number as well ("3.16: Landlords must ..."), or a verse's ("3:16: "):
# they are a time where another line opens with a time too, as a live blog's entries do ("9.30: ",
# "9.31: "), unless three or more count up one by one, none with "am", "pm", a zone or a date, nor
# written as a 24-hour clock below ("10.15: ", "10.16: ", "10.17: "; "12:01: ", "12:02: ", "12:03: ";
# but "22:05: ", "22:06: ", "22:07: " are a live blog's), as a law's sections and a chapter's verses
# do and a live blog's entries hardly ever do (two may be a minute apart); and never past 23:59
# ("4.75: " is a section's number however many lines have one). Alone, they are a time written as a
# 24-hour clock ("22:05: ", "08:40 - ": a colon, and an hour past 12 or with its nought; "11:25: "
# may be a verse), unless a time follows (a range: "09:00 – 17:00: Stalls open") or a word in lower
# case, of the sentence the time is the subject of ("22:00 – that is when the polls close").
_MERIDIEM = r"[ ]?[AaPp]\.?[Mm]\.?"
_CLOCK = (rf"(?P<hour>\d{{1,2}})"
          rf"(?:(?P<separator>[:.])(?P<minute>\d{{2}})(?P<meridiem>{_MERIDIEM})?|(?P<bare_meridiem>{_MERIDIEM}))")
_TIME_STAMP = rf"[ \t]*{_CLOCK}(?P<after>(?:,?[ ](?:{_TIME})){{0,3}}){_STAMP_END}"
# (Looked for after a line break, which the regex engine finds as fast as str.find does; the text's
# first line is tried on its own.)
_FIRST_TIME_STAMP = lazy(rf"(?P<stamp>{_TIME_STAMP})")
_LATER_TIME_STAMP = lazy(rf"\n(?P<stamp>{_TIME_STAMP})")
_LAST_HOUR, _LAST_MINUTE = 23, 59
_TWELVE_HOURS = 12  # an hour past it, or one with its nought ("08"), is a 24-hour clock's
_COUNTING_MIN = 3  # numbers that count up one by one, fewest that are sections, not a live blog's stamps
_ABOUT_THE_STORY = lazy(
    r"\b(?:[Tt]his|[Oo]ur)[ ](?:story|article|report|post|piece|page)\b"
    r"|\b(?:[Aa]n[ ]earlier|[Aa][ ]previous)[ ]version\b"
    r"|\bmis(?:stated|spelt|spelled|identified|quoted|attributed|reported)\b"
)
_NOTE_WORDS = ("UPDATE", "Update", "CORRECTION", "Correction", "CLARIFICATION", "Clarification", "EDITOR", "Editor")
# A headline joined to its deck by a semicolon at the line's end, on the text's first two lines, as
# some archives give them ("Okafor says the open was hers to lose; \nKeeps her crown, but the young
# players close in.\n"; "Roasts and toasts for 2019; \nThe Ledger.\n"): the headline is the title, and no
# prose. A deck is no longer than a headline; it is cut from the prose only where it is no sentence
# (the column's name, a phrase without a stop): a deck that is a sentence may be the story's news
# ("The Met Office has issued an amber warning ..."). A first line that goes on after its semicolon
# is prose.
_DECKED_HEADLINE = lazy(r"[ \t\n]*(?P<headline>[^\s;]+(?:[ ][^\s;]+){0,19});[ \t]*\n"
                        r"(?P<deck>[ \t]*\S+(?:[ \t]+\S+){0,19})[ \t]*(?:\n|$)")
_DECK_MIN_WORDS = 5  # "DealBook.", "Opinion." name a column
# A photo's credit, in brackets: "(Photo: Jane Doe/Gazette)", "(Picture: Getty Images)", "(AP
# Photo/Ben Ortiz)". It is cut where it follows a sentence's end or opens a line; inside a sentence
# ("... on Saturday (Photo: Jane Doe/Gazette), the first ...") it is left, for a cut there would
# leave the sentence in fragments. Unbracketed, a credit has its label and up to six words of a
# name ("Picture: Reuters", "Photograph: Alex Reyes for the Gazette."), and is cut after the one
# sentence of its line. The credit alone is cut, never the sentence before it: a caption ("The old
# bridge at dawn. Picture: Reuters") and a short lead that the page ran a credit after ("The mayor
# opened a new park on Saturday. Picture: Hull Daily Mail") look alike, and the lead is the news.
_PHOTO_CREDIT_LABEL = r"(?:Photo(?:graph)?|Picture|Image|Pic|Credit)s?(?:[ ]credit)?"
_BRACKETED_PHOTO_CREDIT = rf"\((?:[A-Z]{{2,8}}[ ])?{_PHOTO_CREDIT_LABEL}(?::[ ]|/)[^()\n]{{1,60}}\)"
_PHOTO_CREDIT_NAME = r"[A-Z][^\s:]*"  # a name's or an agency's word: "Image: Rents rose ..." is a caption's label
_CREDITED_LINE = lazy(
    rf"""[^.!?…\n]+[.!?…][\"'’”]?[ \t]+
    (?P<credit>{_BRACKETED_PHOTO_CREDIT}
      |{_PHOTO_CREDIT_LABEL}:[ ]+{_PHOTO_CREDIT_NAME}(?:[ ](?:{_PHOTO_CREDIT_NAME}|for|the|via|and)){{0,5}})
    [ \t]*""",
    re.VERBOSE,
)
_PHOTO_CREDIT_IN_BRACKETS = lazy(rf"(?:^|(?<=[.!?…])[ ]|(?<=[.!?…][\"'’”])[ ]){_BRACKETED_PHOTO_CREDIT}",
                                 re.MULTILINE)
_PHOTO_CREDIT_WORDS = ("Photo", "Picture", "Image", "Pic", "Credit")  # one in each credit
# Furniture found anywhere: bylines and timestamps of scraped pages, video prompts, links. A
# prompt's label ("Watch the video: ") is cut alone: the sentence after it, which a caption's
# label would take out with it, is the article's own.
_FURNITURE = lazy(
    r"""
      \bBy[ ]\.(?:[ ](?:and[ ]\.[ ])?[A-Z][\w'’ -]{0,60}?[ ]\.)+
    | \b(?:PUBLISHED|UPDATED):[ ]\.[ ][\d:]+[ ][A-Z]{2,4},[ ]\d{1,2}[ ][A-Z][a-z]+[ ]\d{4}[ ]\.(?:[ ]\|[ ]\.)?
    | \bLast[ ]updated[ ]at[ ][\d:.]+[ ]?[AaPp]\.?[Mm]\.?[ ]on[ ]\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]+[ ]\d{4}[ ]?\.?
    | \bScroll[ ]down[ ](?:for|to[ ](?:see|watch))[ ](?:the[ ])?(?:videos?|footage)\b[.:]?
    | \bWatch[ ](?:the|this|our)[ ](?:video|clip|footage|report|interview):(?:[ ]|$)
    | \bFollow[ ](?:(?:[A-Z][\w'’-]*[ ]){1,4}on[ ](?:Twitter|X|Instagram|Threads|Bluesky)[ ])?@+\w+\b[ ]?\.?
    | \bClick[ ]here[ ]to[^.!?]{0,80}[.!?]
    """,
    re.VERBOSE,
)
# A dateline holds a bracket or a dash, on the line it opens: the pattern is tried only at the
# start of a line with one (most lines have none).
_DATELINE_MARKS = ("(", "--", "—", "–", "―", " - ")
_FURNITURE_WORDS = ("By .", "PUBLISHED:", "UPDATED:", "Last updated", "Scroll down", "Watch ", "Follow ",
                    "Click here")  # one in each

# Words that begin a sentence but are lower-case inside one: seen capitalised after an
# unpunctuated word and before a lower-case one, they mark where a caption ended and the
# text resumed ("...at his home in 2012 The teacher was..."). Before a capital they are more
# likely part of a name ("the restaurant The Royal China Club"), so no break is made there.
_STARTERS = (
    "The|A|An|He|She|It|They|We|His|Her|Their|Its|This|These|Those|There|But|And|However|"
    "Meanwhile|After|Before|When|While|Now|Then|Also|Today|Yesterday|Last|Earlier|In|On|At|"
    "As|If|Although|Despite|During|Since"
)
# More words that begin a sentence but are lower-case inside one. Names take them too ("Formula
# One champion", "Day One of the trial", "Exhibit A"), so they mark a break only after a lower-case
# word: "... has a taste Like the scene from ...", "... the road One of the victims ...".
_RUN_IN_STARTERS = (
    "Like|Unlike|Some|Many|Most|All|Not|One|Two|Three|Several|Both|Each|Every|With|Without|Even|Once|"
    "Because|Though"
)
# A caption's label: a capitalised phrase of up to four words and a colon ("Flying high: ").
_LABEL = r"[A-Z][\w'’-]*(?:[ ][a-z][\w'’-]*){0,3}:[ ](?=[A-Z‘'\"“])"
# (Both start with a capital: testing that first spares trying every starter after each space.)
_BREAK = lazy(rf"[ ]+(?=[A-Z])(?=(?P<starter>(?:{_STARTERS})[ ](?![A-Z])\S)|(?P<label>{_LABEL})"
              rf"|(?P<run_in>(?:{_RUN_IN_STARTERS})[ ](?![A-Z])\S))")
# A title in Title Case opens with such words too ("the novel One of Us Is Lying", "the group Not
# in Our Name"): a capitalised word within the three after the first says it is a name, not a
# sentence.
_TITLE_AHEAD = lazy(r"\S+(?:[ ]+[^\sA-Z]\S*){0,2}[ ]+[A-Z]")
_LEADING_LABEL = lazy(_LABEL)
# A caption runs on for a while before its label-led neighbour: "the new Avengers: Age of
# Ultron" is a title inside a sentence, not a caption break.
_MIN_CAPTION_WORDS = 6
# "He said: 'It..." is a quotation, not a caption label.
_SPEECH_LABEL = lazy(
    r"\b(?:said|says|added|adds|explained|told|wrote|writes|admitted|claimed|insisted|continued|"
    r"revealed|tweeted|posted|stated|commented|reads|read|asked|replied)\s*:\s*$"
)
# Words after which a capitalised word still belongs to the same sentence:
# "seen by The Mail on Sunday", "a type A personality".
_JOINERS = {
    "by", "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "with", "as",
    "said", "says", "told", "tells", "reports", "reported", "called", "dubbed", "named", "titled",
    "like", "than", "into", "about", "via", "plan", "grade", "type", "mr", "mrs", "ms", "dr", "i",
}
# Words before a title, which a caption's label may be ("the film Avengers: Age of Ultron"). A
# starter after one opens a new sentence all the same ("on Radio Veland's Listeners programme The
# controller of ..."): a title's "The" is followed by a capital ("the film The Theory of ...").
_TITLE_NOUNS = {
    "film", "movie", "show", "series", "book", "album", "song", "newspaper", "magazine", "paper",
    "play", "hit", "programme", "program",
}
_LABEL_JOINERS = _JOINERS | _TITLE_NOUNS  # what joins a caption label to what follows (`_uncaptioned`)
# A sentence that credits reporters ("Jane Doe contributed to this report.") is furniture too.
_CREDIT = lazy(r"\bcontributed to (?:this|the) report")
# So is an opinion piece's disclaimer, in the editor's note above it or at its end: "The opinions
# expressed in this commentary are solely those of the author.", "... are solely hers.", "The views
# expressed here are the author's own.", "... are their own and do not necessarily reflect those of
# the Gazette." It says whose views the piece gives, not what they are. The whole sentence is the
# disclaimer, ending with whose views they are: the views of someone in the news ("The views
# expressed by the mayor drew criticism"), the opinions a survey collected ("... are those of renters
# who moved"), and a disclaimer someone is reported to give ("... are their own, the hospital said")
# stay prose.
_DISCLAIMER = lazy(
    r"""(?:Editor['’]s[ ]note:[ ])?(?:[Tt]he[ ])?(?:[Vv]iews?|[Oo]pinions?)(?:[ ](?:and|or)[ ](?:views?|opinions?))?
    [ ]expressed[ ](?:(?:in|on|by)[ ](?:(?:this|these|the)[ ])?[\w-]+(?:[ ][\w-]+)?[ ]|here(?:in)?[ ])?
    (?:are|is)[ ](?:solely[ ]|entirely[ ]|only[ ]|strictly[ ])?
    (?:those[ ]of[ ](?:the[ ](?:author|writer|contributor|columnist|commentator)s?|(?:[A-Z][\w'’.-]*[ ]?){1,4})
     |the[ ](?:author|writer)s?['’]s?[ ]own
     |(?:his|her|their|my|our)[ ]own|hers|theirs|mine|ours)
    (?:,?[ ]and[ ]do(?:es)?[ ]not[ ].*)?[.]?""",
    re.VERBOSE,
)
# A sentence that shows the reader round the page rather than tells the news: "Here is all you
# need to know about ...", "Here, our guide takes you through ...", "Read on for ...", "Watch the
# interview below.", "Read the rest of the story at ...", "Subscribe to our podcast here.", "For a
# primer on promposals, see ...". In a summary it points at what is not there. "Here, in the valley
# below the dam, farmers ..." is a place, and "For more than a century, ..." a time: they stay.
_SIGNPOST = lazy(
    r"""(?:
      Here(?:'s|’s|[ ]is|[ ]are)[ ]
    | Here,[ ](?:[^.!?]{0,60}?\b(?:you|we|us)\b
               |(?:\S+[ ]){1,3}?(?:takes|brings|looks|runs|rounds|picks|recounts|reveals|lists|ranks)\b)
    | (?:Read[ ]on|Keep[ ]reading|Continue[ ]reading|Scroll[ ](?:down|up))\b
    | (?:Read|See)[ ]the[ ](?:rest|full[ ](?:story|article|report|interview|statement|list|text))\b
    | Read[ ]more(?::|[ ](?:at|on|here|about)\b)
    | Subscribe[ ]to[ ](?:\S+[ ]){0,5}?(?:here|below|now|today)\b
    | (?:Watch|See|Read|Listen[ ]to)[ ](?:\S+[ ]){0,4}?(?:below|above)[.:!]?\s*$
    | For[ ](?:more|a[ ]primer|an[ ]explainer|background|the[ ]latest|details|further[ ]\w+)
      (?:[ ](?:on|about)[ ][^.!?,]{1,60})?,[ ](?:see|visit|read|go[ ]to|head[ ]to|click|check[ ]out|watch|listen[ ]to)\b
    )""",
    re.VERBOSE,
)
# One opens each.
_SIGNPOST_WORDS = ("Here", "Read", "Keep", "Continue", "Scroll", "Watch", "See", "Listen", "Subscribe", "For")
# Punctuation that carries a sentence on: "the White House: The nation's largest...".
_JOINING = ":;,–—-"
# A sentence ends with a full stop, ?, ! or …, and any closing quotes or brackets after it.
_TERMINALS = ".!?…"
_CLOSERS = "\"'’”)]"


def prose(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The prose pieces of `sentences`, in order; captions and furniture left out."""
    return list(iter_prose(text, sentences))


def iter_prose(text: str, sentences: list[Sentence]) -> Iterator[Sentence]:
    """`prose`, one piece at a time: a title or a summary needs only the first few."""
    cuts = _furniture(text)
    cut_starts = [start for start, _ in cuts]
    reach = list(itertools.accumulate((end for _, end in cuts), max))  # furthest end of the cuts so far
    for sentence in sentences:
        if "contributed to" in sentence.text and _CREDIT.search(sentence.text):  # a cheap test first
            continue
        if " expressed " in sentence.text and _DISCLAIMER.fullmatch(sentence.text.rstrip()):
            continue
        # Only the cuts that may overlap the sentence: those starting before its end, from the
        # first one that reaches past its start.
        near = cuts[bisect_right(reach, sentence.start):bisect_left(cut_starts, sentence.end)]
        for start, end in _subtract(sentence.start, sentence.end, near):
            for piece in _uncaptioned(text, start, end):
                # (Tested on the pieces: a signpost may have lost its stop and run into the news.)
                if not (piece.text.startswith(_SIGNPOST_WORDS) and _SIGNPOST.match(piece.text)):
                    yield piece


@lru_cache(maxsize=8)
def _furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of furniture in `text`, in order (cached: the title and the summary both ask)."""
    cuts = [m.span() for m in _FURNITURE.finditer(text)] if any(word in text for word in _FURNITURE_WORDS) else []
    for start in _line_starts(text, _DATELINE_MARKS):
        end = _dateline_end(text, start)
        if end is not None:
            cuts.append((start, end))
    cuts.extend(_notes(text))
    cuts.extend(_time_stamps(text))
    cuts.extend(_photo_credits(text))
    decked = decked_headline(text)
    if decked:
        deck = decked.group("deck")
        sentence = len(deck.split()) >= _DECK_MIN_WORDS and _ends_with(deck, _TERMINALS, _CLOSERS)
        cuts.append((decked.start(), decked.start("deck")) if sentence else decked.span())
    for line in itertools.islice(LINE.finditer(text), _LEAD_LINES):
        label = _LEAD_LABEL.match(text, line.start(), line.end())
        if label:
            cuts.append(label.span())
        elif is_byline(line.group()):
            cuts.append(line.span())
    return tuple(sorted(cuts))


def _dateline_end(text: str, start: int) -> int | None:
    """The end of the dateline that opens the line at `start` (`_DATELINE`), if one does."""
    dateline = _DATELINE.match(text, start)
    # What follows a dateline is the lead, which opens with a capital, a digit, a quotation
    # mark or a brand's name ("eBay Inc said ...", "iPhone sales ..."): before a word all in
    # lower case, a bracket is a body's abbreviation ("Greenpeace (GP) said ...", "Walmart
    # (WMT) shares ...") or a senator's party and state ("Sen. Ann Holt (D-Ore.) said ..."),
    # and the name before it the lead's subject.
    if (dateline and dateline.end() > dateline.start() and not _lower_case_word_at(text, dateline.end())
            and not _abbreviation(dateline.group())):
        return dateline.end()
    return None


def undated(text: str, sentence: Sentence) -> Sentence:
    """`sentence` less the dateline that opens it, if it opens a line with one ("SAN JOSE, Calif.
    (Reuters) - Apple said ..."), as the prose has it: what a title or a summary keeps of a text
    that has no prose (a lead without a full stop), and a headline of a lead's line."""
    start = text.rfind("\n", 0, sentence.start) + 1
    end = _dateline_end(text, start) if not text[start:sentence.start].strip() else None
    if end is None or not sentence.start <= end < sentence.end:
        return sentence
    return Sentence(end, sentence.end, text[end:sentence.end])


def decked_headline(text: str) -> re.Match[str] | None:
    """The headline and the deck that open `text`, if they are joined by a semicolon
    (`_DECKED_HEADLINE`); the headline is the group "headline"."""
    return _DECKED_HEADLINE.match(text)


def _notes(text: str) -> list[tuple[int, int]]:
    """The editor's notes of `text` (`_NOTE`): an update's stamp, or a note to the end of its own
    sentences."""
    notes = []
    for start in _line_starts(text, _NOTE_WORDS):  # the pattern is tried where a label's word may open a line
        note = _NOTE.match(text, start)
        if not note:
            continue
        line_end = text.find("\n", start)
        end = note.end()
        for index, sentence in enumerate(split_sentences(text[end:line_end if line_end >= 0 else len(text)])):
            note_own = index == 0 and not note.group("update")  # a correction's first sentence is the note
            if not note_own and not _ABOUT_THE_STORY.search(sentence.text):
                break
            end = note.end() + sentence.end
        notes.append((start, end))
    return notes


def _time_stamps(text: str) -> list[tuple[int, int]]:
    """The bare time stamps that open lines of `text` (`_TIME_STAMP`) that are times of day."""
    first = _FIRST_TIME_STAMP.match(text)
    stamps = [stamp for stamp in ([first] if first else []) + list(_LATER_TIME_STAMP.finditer(text))
              if _on_the_clock(stamp)]
    if not any(_marked_time(stamp) or _twenty_four_hour_clock(stamp) for stamp in stamps) and _counting_up(stamps):
        return []  # sections' or verses' numbers
    live_blog = len(stamps) > 1
    return [stamp.span("stamp") for stamp in stamps
            if live_blog or _marked_time(stamp) or _lone_clock(text, stamp)]


def _on_the_clock(stamp: re.Match[str]) -> bool:
    """Is `stamp` a time a clock may show: an hour up to 23, minutes up to 59?"""
    minute = stamp.group("minute")
    return int(stamp.group("hour")) <= _LAST_HOUR and (minute is None or int(minute) <= _LAST_MINUTE)


def _marked_time(stamp: re.Match[str]) -> bool:
    """Is `stamp` marked a time of day, not a section's number ("3.16"): by "am" or "pm", or a zone
    or a date after it?"""
    return bool(stamp.group("meridiem") or stamp.group("bare_meridiem") or stamp.group("after"))


def _twenty_four_hour_clock(stamp: re.Match[str]) -> bool:
    """Is `stamp` written as a 24-hour clock ("22:05", "08:40": a colon, and an hour past 12 or with its
    nought), which no section's or verse's number is ("10.15", "12:01", "3:16", "11:25")?"""
    hour = stamp.group("hour")
    return stamp.group("separator") == ":" and len(hour) == 2 and (hour[0] == "0" or int(hour) > _TWELVE_HOURS)


def _lone_clock(text: str, stamp: re.Match[str]) -> bool:
    """Is `stamp` a post's time on its own, written as a 24-hour clock ("22:05: ", "08:40 - "), with
    neither another time after it (a range: "09:00 – 17:00: ") nor a word in lower case ("22:00 –
    that is when ...")?"""
    after = text[stamp.end():stamp.end() + 1]
    return _twenty_four_hour_clock(stamp) and not after.isdigit() and not _lower_case_word_at(text, stamp.end())


def _counting_up(numbers: list[re.Match[str]]) -> bool:
    """Do the hours and minutes `numbers`, three or more, count up one by one, as sections' numbers
    do ("10.15", "10.16", "10.17"): each of the same hour as the one before it, and a minute on? (Two
    may be a live blog's entries a minute apart.)"""
    return len(numbers) >= _COUNTING_MIN and all(
        later.group("hour") == earlier.group("hour")
        and int(later.group("minute")) == int(earlier.group("minute")) + 1
        for earlier, later in itertools.pairwise(numbers))


def _photo_credits(text: str) -> list[tuple[int, int]]:
    """The photos' credits (`_PHOTO_CREDIT_IN_BRACKETS`, and `_CREDITED_LINE`'s after a sentence)."""
    if not any(word in text for word in _PHOTO_CREDIT_WORDS):  # a cheap test first
        return []
    cuts = [m.span() for m in _PHOTO_CREDIT_IN_BRACKETS.finditer(text)]
    for start in _line_starts(text, _PHOTO_CREDIT_WORDS):
        end = text.find("\n", start)
        credited = _CREDITED_LINE.fullmatch(text, start, end if end >= 0 else len(text))
        if credited:
            cuts.append(credited.span("credit"))
    return cuts


def credited_line(line: str) -> bool:
    """Is `line` one sentence and a photo's credit after it (`_CREDITED_LINE`): a caption, or a
    lead that the page ran a credit after, never a headline?"""
    return bool(_CREDITED_LINE.fullmatch(line.strip()))


def _line_starts(text: str, marks: tuple[str, ...]) -> Iterator[int]:
    """The start of each line of `text` that holds one of `marks`, once each, in order: where `^`
    matches in MULTILINE mode (found with str.rfind: a regex search for `^` tries every offset)."""
    tried = -1
    for mark in occurrences(text, marks):
        start = text.rfind("\n", 0, mark) + 1
        if start != tried:
            tried = start
            yield start


def _lower_case_word_at(text: str, at: int) -> bool:
    """Is the word at `at` in lower case, all of it ("said", not "eBay")?"""
    word = text[at:at + 40].split(None, 1)[:1]  # a word's first 40 characters tell
    return bool(word) and word[0].islower()


def _abbreviation(dateline: str) -> bool:
    """Is the bracket of a would-be dateline the abbreviation of the words before it ("The World
    Health Organization (WHO) said ...", "NHS England (NHSE) - the body ..."), the sentence's
    subject, rather than a source tag ("New Delhi, India (CNN) -- ")? Its letters are then the
    initials of those words, in order: the first letter of each, all of a short word in capitals
    ("NHS")."""
    before, _, rest = dateline.partition("(")
    tag = rest.partition(")")[0].replace(".", "").replace(" ", "")
    if not before.strip() or not tag.isalpha():
        return False
    words = re.findall(r"[^\W\d_]+", before)
    initials = iter("".join(word if word.isupper() and len(word) <= 4 else word[0] for word in words).upper())
    return all(letter in initials for letter in tag.upper())  # a subsequence: `in` moves the iterator on


def after_lead_label(text: str, start: int) -> bool:
    """Is what stands before `start` on its line a dateline or a kicker ending in a colon
    ("LUCKNOW: ", "Exclusive: "), or a press release's release or embargo label ("For immediate
    release: ", "EMBARGOED UNTIL 10am, 3 MARCH: "), and nothing else (`_LEAD_LABEL`)? (Such a label
    is cut from the prose on a story's first lines only: see `_furniture`.)"""
    label = _LEAD_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    return bool(label) and label.end() == start


def is_byline(line: str) -> bool:
    """Is `line` a byline or a timestamp, with a full stop or without?"""
    return bool(_BYLINE.fullmatch(line.strip().rstrip(".")))


def is_place_and_date(line: str) -> bool:
    """Is `line` a place and a date alone ("Grantley, 5 March 2026"), as a press release's header has?"""
    return bool(_PLACE_AND_DATE.fullmatch(line.strip().rstrip(".")))


def is_release_line(line: str) -> bool:
    """Is `line` a press release's release or embargo line ("FOR IMMEDIATE RELEASE:", "EMBARGOED UNTIL
    00:01 GMT, 3 MARCH"), with a full stop or without: a byline (`is_byline`) that heads the release's
    header, whose lines `articles._header_end` tells from its headline?"""
    return bool(_RELEASE_LINE_ALONE.fullmatch(line.strip().rstrip(".")))


def _subtract(start: int, end: int, cuts: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    spans = []
    for cut_start, cut_end in cuts:
        if cut_end <= start or cut_start >= end:
            continue
        if cut_start > start:
            spans.append((start, cut_start))
        start = max(start, cut_end)
    if start < end:
        spans.append((start, end))
    return spans


def _uncaptioned(text: str, start: int, end: int) -> list[Sentence]:
    """Split a span where a caption run into it ends; keep the parts that read as prose:
    those that end like a sentence and do not open with a caption's label."""
    bounds = [start]
    for match in _BREAK.finditer(text, start, end):
        before = text[bounds[-1]:match.start()]
        words = before.split()
        label = match.group("label")
        joiners = _LABEL_JOINERS if label else _JOINERS
        if (not words or words[-1].lower().strip("‘'\"“") in joiners or _ends_with(before, _TERMINALS, _CLOSERS)
                or _ends_with(before, _JOINING)):
            continue
        if label and not _is_caption_label(label, words):
            continue
        if match.group("run_in") and (not words[-1][:1].islower() or _TITLE_AHEAD.match(text, match.end(), end)):
            continue
        if not label and _in_heading(text, start):
            continue
        bounds.append(match.end())
    bounds.append(end)
    pieces = []
    for piece_start, piece_end in zip(bounds, bounds[1:]):
        piece = _trimmed(text, piece_start, piece_end)
        if piece and _ends_with(piece.text, _TERMINALS, _CLOSERS) and (
                not _opens_with_label(piece.text) or _headline_on_top(text, piece.start)):
            pieces.append(piece)
    return pieces


def _headline_on_top(text: str, start: int) -> bool:
    """Does `start` open the text's first line, a headline in Title Case? Its label is a speaker's
    name ("Okafor: ‘Harbour Fees’ Have ‘No Place In A Fishing Town.’"), not a
    caption's: the headline is the title, which the title rule looks for among the prose. A label
    that shows a picture or a video ("Pictured: The Mayor With Her Dog ...") is a caption's, as
    for a kicker (`_KICKER`)."""
    return not text[:start].strip() and not _PICTURE_LABEL.match(text, start) and _in_heading(text, start)


def _in_heading(text: str, at: int) -> bool:
    """Is the line that holds `at` a headline in Title Case (`names.is_heading`)? Every word of
    one is capitalised, so a word that opens sentences ("These 2 Words", "Its ‘Person Of The
    Year’") marks no caption's end in it."""
    end = text.find("\n", at)
    return is_heading(text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)])


def _ends_with(text: str, last: str, trailing: str = "") -> bool:
    """Does `text` end with one of the characters `last`, then only characters of `trailing`?
    What a search for `[last][trailing]*$` finds (`$` matches before a final line break too),
    without the regex: a class of curly quotes or dashes is slow for `re` to compile."""
    return text.removesuffix("\n").rstrip(trailing).endswith(tuple(last))


def _is_caption_label(label: str, words_before: list[str]) -> bool:
    if _SPEECH_LABEL.search(label.rstrip()) or len(words_before) < _MIN_CAPTION_WORDS:
        return False
    # "the White House: The..." is a name run on from the word before, not a new label.
    return not (" " not in label.strip() and words_before[-1][:1].isupper())


def _opens_with_label(piece: str) -> bool:
    label = ": " in piece and _LEADING_LABEL.match(piece)  # a cheap test first
    return bool(label) and not _SPEECH_LABEL.search(label.group().rstrip())


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and (text[start].isspace() or text[start] in "|.-–—"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end]) if start < end else None
