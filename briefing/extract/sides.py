"""Rule: group the voices of a dispute into two or three sides, each named by what its members share.

Voices (see `voices`) that speak for one another, side with one another ("Chen sided with
the board", "Price agreed with Lang"), vote the same way ("Reed voted against the plan"),
share a country in an international dispute, or share a party or institution pull
together; voices that attack one another, vote the other way, or answer the voice before
("X disagreed", "Y countered that ..."), push apart. A voice is named by its name, its
body and its patron, and in a local dispute also by the common nouns that point at it
alone: "the board", "the minister", "the government". Greedy merging of the strongest
ties gives the camps (camps with two voices at odds never merge); a camp that does not
stand apart joins the camp that opposes the same people it does ("the enemy of my
enemy"), else a camp it does not oppose: where nothing ties it to any, people join the one
side heard right before them (news gives a side's voices together) unless their own words side
with someone ("sympathised with the workers"), else the camp with the most voices. Where nothing else names the sides apart, a vote does ("For the closure",
"Against the closure"). A one-sided article gives one side; a third side needs a conflict
with both sides, or a country or an institution of its own, and enough to say.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Member, Quote, Side, slugify
from . import gazetteer, positions
from .actors import LEARNING, Cast
from .affiliation import Affiliation, affiliate, expert_title, holds_title, unowned_expert
from .names import person_noun_of
from .sentences import Sentence
from .voices import OF_SPLIT, RANK, Voice, find_voices, party_label, quote_marks
from .wordlists import caseless, lazy, whole_words, words, words_pattern

MAX_SIDES = 3
GOVERNMENT = "Government"  # the institution of ministers in a local dispute (see `_name_the_government`)
MAX_VOICES = 60  # the loudest voices that sides are made of (news articles seldom have more than 30)
MIN_COUNTRY_SHARE = 0.2  # of the stance sentences, for a country to count as a party to the dispute
MIN_THIRD_SIDE_WEIGHT = 2  # stance sentences a third camp needs to count as a side of its own
CONTEXT_REACH = 2  # sentences back to the side heard just before a person tied to no one (see `_heard_before`)
# Why a pair of voices belongs together (positive) or apart (negative).
PATRON, SAME_COUNTRY, OTHER_COUNTRY, SAME_GOVERNMENT = 5, 1, -4, 3
SAME_PARTY, OTHER_PARTY, SAME_BODY, JOINT, TICKET, ATTACK, REBUTTAL = 2, -3, 2, 1, 3, -2, -3
ALLY, DISSENT = 3, -3  # "X sided with Y", "X agreed" / "X disagreed" (with the voice before)
RIVAL = -3  # "Her challenger, councillor Yvonne Achterberg": against the one whose rival she is
SAME_VOTE, OTHER_VOTE = 3, -3  # "X voted for the plan", "Y, who voted against, ..."
# A stand on the plan without a vote ("urged the county to scrap the plan") says less: it does not
# outweigh a party line (a Republican who finds the bill too costly is no Democrat who finds it too mean).
SAME_STAND, OTHER_STAND = 2, -2
BODY_VOICE = 3  # a person and the body they speak for, heard itself: "The association urged ... Its president, Cho"
ONE_OF_THEM = 2  # a person described as one of those a body is named for: "Tenant Hassan Karimi" and the Tenants Association
MAX_ATTACK = -4
ATTACK_REACH = 60  # characters between a target's name and the word that attacks it
ALLY_REACH = 25  # characters between the word that sides with a target and its name: the verb's object
ANSWER_REACH = 3  # sentences back to the voice that a bare "X disagreed" answers
ACTING = {RANK["agent"], RANK["continued"]}  # how a voice takes a stand in a sentence where it sides or answers
VOTING = ACTING | {RANK["source"]}  # "said Mayor Ortiz, who voted for the closure"
# Words that make a stance sentence about someone an attack on them.
NEGATIVE = words_pattern((
    "against", r"attack\w*", r"accus\w+", r"criticiz\w+", r"criticis\w+", r"assail\w*", r"rebuk\w+", r"condemn\w*",
    r"denounc\w+", r"blast\w*", r"slam\w*", r"lambast\w+", r"chid\w+", r"scold\w*", r"mock\w*", "apologi[sz]e", "resign",
    "step down", r"veto\w*", r"oppos\w+", r"reject\w*", "dishonest", "hypocritical", "inaccurate", "unacceptable",
    r"disgrace\w*", "inappropriate", "wrong", "bad", r"misus\w+", "destructive", "racist", "partisan", "lies", "killer",
    r"cancel\w*", "override", r"challenge\w*", "to task", "deriding", "adversary", "irresponsible", r"hijack\w*",
    r"taunt\w*", r"tweak\w*", r"fault\w*", r"blame\w*", r"disagree\w*", r"ignor\w+",
    # A lawsuit is a stand against whom it is brought: "is suing the county" (and "to sue": see TO_SUE).
    "sued", "sues", "suing",
))
_negative_word_in = caseless(NEGATIVE)
# "ready to sue the county", in lowercase only: "a letter to Sue Harrison" names a person.
TO_SUE = lazy(r"\bto sue\b")


def _attack_word_in(text: str) -> bool:
    """Does the text hold a word of attack (NEGATIVE, or "to sue")?"""
    return _negative_word_in(text) or ("to sue" in text and TO_SUE.search(text) is not None)


# Words by which a voice sides with the one it names right after them ("Chen sided with the board").
ALLIED = lazy(words_pattern((
    r"sid(?:ed|es|ing) with", r"agree(?:d|s)? with", r"back\w*", r"support\w*", r"endors\w+", r"defend\w*",
    r"st(?:ood|ands?|anding) (?:by|with|behind)", r"echo\w*", "praised", "joined", r"sympathi[sz]\w* with",
)))
# Strings one of which every match of ALLIED holds: a cheap test before the pattern.
SUPPORT_STEMS = ("sided ", "sides ", "siding ", "agree with", "agreed with", "agrees with", "back", "support", "endors",
                 "defend", "stood ", "stand", "echo", "praised", "joined", "sympathi")
# What may stand between a word of support and its object: "backed the county's plan", not
# "supported the parents and accused the county" (a second clause) or "backed, and then attacked, X".
ALLY_GAP = lazy(r"[^,;:.]*")
# The object of a word of support, past a determiner: a noun, or an adjective and a noun ("the striking workers").
PEOPLE_AFTER = lazy(r"\s+(?:(?:the|its|their|our|all)\s+)?([a-z-]+)(?:\s+([a-z]+))?")
NOT_OBJECT = lazy(r"\b(?:and|but|or|while|who|which|as)\b")
# Words that dismiss a charge as untrue or unworthy: "called the claims a stunt", "... baseless".
DISMISSIVE = words_pattern((
    r"stunts?", r"smears?", "nonsense", r"lies", "lie", "baseless", "unfounded", "groundless", "false", "untrue",
    "absurd", "ridiculous", "laughable", "rubbish", "garbage", "hogwash", "sideshow", "distraction", "witch hunt",
    "fiction", r"fabricat\w+", "fake", "misleading", "politically motivated", "desperate", "scaremongering",
    "slur", "without merit", "a joke", "outrageous", "sour grapes",
))
# A bare "X disagreed." or "Y agreed": an answer to the voice heard just before (groups 1 to 3
# are dissent); "agreed with Y" and "agreed to talks" are no such answer. ANSWER_WORDS: its cheap test.
ANSWER = lazy(r"\b(?:(?:(disagree[ds]?|objected|took issue)|agree[ds]?|concurred)\b(?!\s+(?:with|that|to|on|in)\b)"
              # Or a rejection of what was just said: "rejected that", "denied the claims", "called
              # the complaint a stunt". Not "was dismissed" (passive), nor "rejected this year's
              # budget" (no pointing back), nor "called it 'a fine plan'" or "called the idea a stroke
              # of genius" (praise as often as not): "called" needs a charge and a word dismissing it.
              r"|(?<!was )(?<!were )(?<!been )((?:rejected|denied|dismissed|disputed|rebuffed)\s+"
              r"(?:(?:that|this|it)(?=\s*[.,;!?”\"—–]|\s+(?:outright|flatly|firmly|entirely)\b)|"
              r"(?:the|those|these|that|this|such)\s+(?:claims?|accusations?|allegations?|charges?|criticism|suggestions?"
              r"|idea|complaints?)\b)"
              r"|called\s+(?:the|those|these|that|this|such)\s+(?:claims?|accusations?|allegations?|charges?|criticism"
              r"|complaints?)\b[^.;!?]{0,40}?" + DISMISSIVE + ")"
              # Or a verb that is itself a reply against: "Lowe countered that ...", "hit back at". Not
              # "pushed back the meeting to June" or "shot back into the lead": "back" with an object or
              # a place is no reply, so it must end its clause or come before at, on, against or that.
              r"|(countered|rebutted|retorted|(?:hit|fired|shot|pushed)\s+back"
              r"(?=\s*(?:[.,;:!?”\"—–]|$)|\s+(?:at|on|against|that)\b))\b)")
ANSWER_WORDS = ("agree ", "agree.", "agree,", "agreed", "agrees", "disagree", "objected", "took issue", "concurred",
                "rejected", "denied", "dismissed", "disputed", "rebuffed", "called", "countered", "rebutted", "retorted",
                " back")
JOINT_GAP = lazy(r"\s+and\s+(?:Mr\.|Mrs\.|Ms\.)?\s*")  # between a joint subject's names
# Two names as one subject, the second with its title ("Mayor X and City Council President Y"), then
# a verb of clashing: two sides, not one.
CLASH_GAP = lazy(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}")
CLASH = lazy(r"\s+(?:squared\s+off|clashed|sparred|feuded|locked\s+horns|butted\s+heads|(?:are|were)\s+at\s+odds"
             r"|traded\s+(?:barbs|insults|accusations|blows|jabs))\b")
# Words one of which every match of CLASH holds.
CLASH_WORDS = ("squared", "clashed", "sparred", "feuded", "locked", "butted", "odds", "traded")
BUT = lazy(r"[,;]\s+but\s")
RELATIVE_AFTER = lazy(r",\s+(?:who|whose)\s")  # after a name: a clause about its voice
# A vote cast by the voice named just before it: "Reed voted against", "Ortiz, who voted for the
# closure" (group 1: for, group 2: against; group 3: what was voted on, if it is "the" and one
# word). A vote for a person ("voted for Trump", "for her") or "for the first time" is no vote
# on the motion of the day.
NOT_THE_MOTION = r"(?!\s+(?:[A-Z]|(?:him|her|them|me|us|you)\b|the\s+(?:first|second|third|last|same|next|only|other)\b))"
VOTE = lazy(r"(?:,\s*who|\s)\s*(?:also\s+|too\s+|had\s+|then\s+)?voted\s+"
            r"(?:(for|in\s+favou?r(?:\s+of)?|yes)|(against|no))\b" + NOT_THE_MOTION +
            r"(?:\s+(the\s+[a-z]+)\b(?![-’']))?")
# What was proposed, rather than what was decided ("the decision", "the vote") or put to the
# vote ("the motion"): where the motion undid it, a stand on it is the other way round on the motion.
PLANS = ("the plan", "the proposal", "the bill", "the closure", "the ban", "the scheme")
DECISIONS = ("the decision", "the vote")
MOTIONS = (*DECISIONS, "the measure", "the motion", *PLANS)
# A vote told another way, after the voter's name: "Paulsen, one of the two no votes," or "Ferro,
# one of the two members who voted no," (group 1 or 2: against, else for); a motion the voter put
# forward: "Ortiz, who sponsored the measure" (group 3: it, a vote for); a body's vote for the
# motion it carried: "The council voted 5-2 on Tuesday to approve the plan" (group 4: the verb;
# group 5: the head noun of its object, if a plan's). A motion whose verb undoes its object
# ("voted 6-3 to scrap the cycle lane scheme") undid that plan.
VOTE_TOLD = lazy(r"(?:,\s*(?:one\s+of\s+the\s+(?:(?:\w+\s+)?(?:yes|(no|dissenting))\s+votes"
                 r"|(?:\w+\s+){1,3}who\s+voted\s+(?:yes|for|in\s+favou?r|(no|against))\b" + NOT_THE_MOTION + ")"
                 # (past an apposition: "Vane, the cabinet member for education, who recommended the plan")
                 r"|(?:the\s[^,;.“”\"]{1,60},\s*)?who\s+(?:had\s+)?(?:sponsored|proposed|championed|recommended)\s+"
                 r"(the\s+(?:measure|motion|plan|proposal|bill|ordinance|closure|ban|scheme)))"
                 r"|\s+voted\s+(?:\d+\s*[-–]\s*\d+|unanimously)(?:\s+on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?"
                 r"\s+to\s+(\w+)(?:\s+the\s+(?:(?!of\b)[\w'’-]+\s+){0,4}?(" + "|".join(p.removeprefix("the ") for p in PLANS)
                 + r")\b)?)\b")
# The one vote the other way, told after the voter's name: "Cho, the only vote against the closure,"
# (group 1: against, else for; group 2: the motion).
LONE_VOTE = lazy(r",\s+(?:the|a)\s+(?:only|lone|sole)\s+vote\s+(?:(against)|for|in\s+favou?r\s+of)\s+(the\s+[a-z]+)\b")
# And before it: "The only vote against came from Cllr Diane Forsyth" (group 1: against, else for).
LONE_VOTE_BEFORE = lazy(r"\b(?:the|a)\s+(?:only|lone|sole)\s+vote\s+(?:(against)|for|in\s+favou?r)"
                        r"(?:\s+the\s+[a-z]+)?\s+came\s+from\s+(?:[A-Z][\w.]*\s+)?$", re.IGNORECASE)
# Verbs with which a voice stands against a motion named right after them, or for it, besides
# the words of attack and of support: "urged the council to delay the vote", "welcomed the decision".
_against_motion = caseless(words_pattern((
    r"delay\w*", r"scrap\w*", r"drop\w*", r"revers\w+", r"overturn\w*", r"halt\w*", r"block\w*", r"postpon\w+",
    "withdraw", r"repeal\w*", r"reconsider\w*", "stop", "fight", r"appeal\w*", r"abandon\w*", r"shelv\w+", r"ax\w*",
    r"kill\w*", r"suspend\w*", r"lift\w*", "end", r"abolish\w*", r"rescind\w*", r"revok\w+",
)))
_for_motion = caseless(words_pattern((r"welcom\w+", r"applaud\w*", r"hail\w*", r"celebrat\w+", r"approv\w+")))
# Words right before a verb on a motion that make it no stand of the voice's own: "urged the
# board not to delay the plan", "won't fight the decision", "did not intend to challenge" (but
# "would not hesitate to fight" and "not only condemned" are stands).
NOT_OWN_STAND = lazy(r"(?:\b(?:not|never)|n't)\s+(?:(?:intend|plan|want|seek|try|expect|wish)\w*\s+)?(?:to\s+)?$")
# A relative clause right before such a verb: the stand is of whoever it is about ("said opponents
# who want to reverse the decision", "attacked Fox, who backed the closure").
WHO_BEFORE = lazy(r"\bwho\s+(?:\w+\s+){0,3}$")
OTHERS_WHO = lazy(r"\b(?:those|anyone|people|[a-z]+s)$")  # "opponents who", "those who"
# What may follow a motion to stand against it: "said the decision should be reversed".
SHOULD_BE = lazy(r"\s+(?:should|must|ought\s+to|needs?\s+to)\s+be\s+(\w+)")
# "The council's decision": what someone decided is the decision; "the trust's proposal" may be another one.
POSSESSED_MOTION = lazy(r"\bthe\s+[\w-]+['’]s\s+(" + "|".join(d.removeprefix("the ") for d in DECISIONS) + r")\b")
# The verb right before a motion: "would challenge the decision", "sided with the plan".
VERB_BEFORE = lazy(r"(\w+(?:\s+(?:with|by|behind|against))?)\s+$")
# A stand on a thing the article names, told by the verb and its object: "defended a rise in water
# bills" and "opposed the rise" are stands on "rise" that put two voices apart (group 1: for,
# group 2: against; group 3: a possessive determiner; group 4: the object's words after it).
# Where nobody voted, votes and stands on a plan (`_votes`) say the same of plans; this says it of
# anything else in dispute.
STAND_ON = lazy(r"\b(?:(back(?:ed|s|ing)?|support(?:ed|s|ing)?|endors(?:e|ed|es|ing)|defend(?:ed|s|ing)?|"
                r"welcom(?:e|ed|es|ing)|prais(?:e|ed|es|ing)|applaud(?:ed|s|ing)?|favou?r(?:ed|s|ing)?|"
                r"champion(?:ed|s|ing)?|approv(?:e|ed|es|ing))"
                r"|(oppos(?:e|ed|es|ing)|reject(?:ed|s|ing)?|criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|"
                r"condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|attack(?:ed|s|ing)?|challeng(?:e|ed|es|ing)|"
                r"fought|fight(?:s|ing)?|block(?:ed|s|ing)?|protest(?:ed|s|ing)?\s+against|"
                r"object(?:ed|s|ing)?\s+to|resist(?:ed|s|ing)?|den(?:y|ied|ies|ying)))"
                r"\s+(?:the|a|an|this|that|these|those|(its|their|his|her|our))\s+"  # group 3: a possessive one
                r"((?:[\w’'-]+\s+){0,3}?[a-z][a-z-]+)(?=\s*(?:[,.;:!?”\"]|$|\s(?:of|in|on|for|to|and|but|or|by|"
                r"with|at|from|as|that|which|who|because|after|before|while|when|if|than|would|will|could|should|"
                r"is|was|are|were|has|had|have)\b))")
POSSESSIVE_ENDING = lazy(r"(?:['’]s|s['’])$")  # "court’s", "unions’": the possessor is "court", "union"
QUOTED = lazy(r"[“\"][^”\"]*(?:[”\"]|$)")  # a quotation in a sentence: the speaker's words, about anything

# Right before a voice's name, the one it runs against or stands against: "Her challenger, city
# councillor", "Benning's opponent," (group 1: a pronoun, for the voice named last; group 2: a name).
RIVAL_BEFORE = lazy(r"\b(?:(?i:(his|her|their))|([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)['’]s)\s+"
                    r"(?:(?!(?:former|ex|onetime|one-time|erstwhile|old|past)\b)[a-z]+\s+)?"  # not "her former rival"
                    r"(?:challengers?|rivals?|opponents?)\b,?\s+(?:[\w’'.-]+\s+){0,3}$")
RIVAL_WORDS = ("challenger", "rival", "opponent")  # one of which every match of RIVAL_BEFORE holds

# The two sides of a criminal court, by a voice's role: "Lead prosecutor", "spokeswoman for the
# district attorney's office" against "Albright's defence lawyer", "public defender".
# (Not "attorney general": in politics, a minister, not one side of a case.)
PROSECUTION_ROLE = lazy(r"\b(?:prosecut(?:or|ors|ion|ing)|district\s+attorney|state['’]s\s+attorney|crown\s+counsel"
                        r"|U\.?S\.?\s+attorney(?!\s+general)|solicitor\s+general|director\s+of\s+public\s+prosecutions)",
                        re.IGNORECASE)
# A role someone no longer holds, named at its start: "a former federal prosecutor" is on no side
# of today's case; "a lawyer for the former president" is.
FORMER = lazy(r"^(?:an?\s+|the\s+)?(?:former|retired|ex-)", re.IGNORECASE)
DEFENCE_ROLE = lazy(r"\b(?:defen[cs]e\s+(?:lawyer|attorney|counsel|barrister|solicitor|team)|public\s+defender)",
                    re.IGNORECASE)
# A lawyer's title, in a civil case as in a criminal one (not the attorney general: a minister).
LAWYER = lazy(r"\b(?:lawyers?|attorneys?(?!\s+general)|counsel|barristers?|solicitors?(?!\s+general)|[KQ]C"
              r"|plaintiffs?|claimants?)\b", re.IGNORECASE)
# A noun phrase that introduces the name right after it: "A spokeswoman for the district attorney's office, ".
APPOSITION_BEFORE = lazy(r"(?:^|[.;:!?]\s+|\n)((?:An?|The)\s[^,.;:“”\"]{3,90}),\s*$")
# After a name: "Nicholas Webb, prosecuting," or a prosecution witness (groups 1 and 2), "Sarah
# Okonjo, defending," or the accused, "Liam Carver, 34, of Telford, denies causing ..." (an
# apposition or two may come between, as long as "who ran the Eastgate housing charity for
# almost two decades"), or the one under investigation.
COURT_AFTER = lazy(r"(?:,\s+(prosecuting|for\s+the\s+(?:prosecution|Crown))\b"
                   r"|,\s+(?:defending|for\s+the\s+defen[cs]e)\b"
                   # a witness called by one side: "was the prosecution's first witness"
                   r"|,?\s+(?:was|is)\s+(?:a|the)\s+(?:(prosecution)|defen[cs]e)['’]s\s+(?:\w+\s+)?witness\b"
                   r"|(?:,[^,.;:“”\"]{1,80}){0,2},?\s+(?:(?:has\s+)?denie[sd]|pleaded\s+not\s+guilty|pleads\s+not\s+guilty"
                   r"|is\s+accused\s+of|is\s+charged\s+with|was\s+charged\s+with|(?:has|had)\s+been\s+(?:charged|indicted)"
                   r"|was\s+indicted|(?:is|was)\s+(?:under\s+(?:criminal\s+)?investigation|being\s+investigated))\b)")
# Right before a name, the one a probe or a charge is about: "opened an investigation into the
# mayor, Carlo Bruni", "charges against", "prosecutors are investigating"; past an apposition
# only where it ends with a title or a word for a person ("the mayor, "; not "into the crash, ").
PROBED_BEFORE = lazy(r"\b(?:(?:investigation|inquiry|probe|charges?|case|indictment)\s+(?:into|against)"
                     r"|investigating|indicted|charged)\s+(?:(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,3}?[a-z][\w-]*),\s+)?$",
                     re.IGNORECASE)

# A voice that keeps out of the dispute: by its office ("The mediator, Judith Amsel"), or by what it
# is said to be or do right after its name ("who is not involved in the case", "took no side",
# "urged both sides to return to talks"). A voice tied to anyone, at odds or allied, or that attacks
# anything, is in the dispute.
# Judges only in a court case (see PROSECUTION_ROLE): a judge running for office is in the dispute.
# What follows a role's head noun to qualify it: "mediator who helped ...", "analyst at ...".
ROLE_QUALIFIER = lazy(r"\s+(?:who|at|of|for|with|from|in)\s")
NEUTRAL_ROLES = {"mediator", "arbitrator", "moderator", "conciliator", "ombudsman", "referee", "umpire"}
# A who-clause after a name, past an apposition, which may close with its own comma:
# "Dr. Ellen Prasad, a researcher at Ohio Valley University who", "Dr Lena Holt, a surgeon at
# Marston Hospital in Leeds, who".
APPOSITION_WHO = r",\s+(?:(?:an?|the)\s[^,.;:“”\"]{0,80}?,?\s)?who"
# Its own predicate, or its who-clause: "…, who is not involved in the dispute".
NEUTRAL_AFTER = lazy(r"(?:" + APPOSITION_WHO + r"\b[^.;:“”\"]{0,80}?\s|,?\s+(?:also\s+|has\s+|had\s+)?)"
                     r"(?:t(?:ook|akes?|aking)\s+no\s+(?:sides?|positions?|views?|stance)\b"
                     r"|(?:did|does|do|would|will)\s+not\s+take\s+(?:sides|a\s+side|a\s+position|a\s+view)\b"
                     r"|declin\w+\s+to\s+take\s+(?:sides|a\s+side|a\s+position)\b"
                     r"|(?:is|was|are|were)\s+not\s+(?:involved\s+in|a\s+party\s+to|connected\s+(?:with|to))\b"
                     r"|remain\w*\s+neutral\b"
                     r"|(?:has|had|have)\s+[“\"]?no\s+(?:view|position|stance|opinion)\b"
                     # Calls on both sides to talk, not to give in: "urged both sides to drop the charges" takes one.
                     r"|(?:(?:urg\w+|call\w*\s+on|ask\w*|told)\s+both\s+(?:sides|parties)\s+to"
                     r"|(?:said|says)\s+both\s+(?:sides|parties)\s+(?:should|must|need\s+to|needed\s+to|ought\s+to))"
                     r"\s+(?:return|resume|talk|negotiat\w*|meet|come\s+back|keep\s+talking|reach|find|compromise|settle"
                     r"|calm|go\s+back|get\s+back)\b)")
# Words by which a voice holds itself above the dispute, in its own words or where it acts: it wishes
# both sides well or ill alike ("had some sympathy for both sides", "no quarrel with either of them",
# "little sympathy for anyone involved"), has friends among both ("neighbours on both sides of this"),
# leaves them to settle it ("I just hope they work it out between them"), or serves both alike
# ("observers from both campaigns", "the evidence from all sides"), or sees no part of its office in
# judging it. Not "both sides agreed" (a report of the talks, which a party gives too), nor the
# sides of something else: "people on both sides of the aisle", "support from both camps in the
# staff room" (a party's own claim to be widely backed).
EVEN_HANDED = lazy(r"(?i:\b(?:(?:sympathy|quarrel|patience|respect|time)\s+(?:for|with)\s+"
                   r"(?:both\s+sides|either\s+(?:side|of\s+them|party|camp)|anyone\s+involved|all\s+sides|neither)"
                   r"|(?:friends|neighbou?rs)\s+on\s+both\s+sides"
                   r"|work\s+it\s+out\s+between\s+them"
                   r"|(?:observers|evidence|representatives|monitors)\s+(?:from|of)\s+(?:both|all)\s+"
                   r"(?:sides|campaigns|camps)"
                   r"|either\s+campaign"
                   # or says it is no part of its office to judge: "It isn't my role to take a view on
                   # whether a recount should happen", "to run it fairly, not to take a side".
                   r"|(?:not|isn['’]t|wasn['’]t)\s+(?:\w+\s+){0,2}(?:role|job|place)\s+to\s+take\s+(?:a\s+|any\s+)?(?:view|sides?|position|stance)"
                   r"|not\s+(?:to\s+take|taking)\s+(?:a\s+|any\s+)?sides?"
                   # or writes to both alike: "had written to both sides urging them to accept arbitration".
                   r"|(?:wrote|written|writing|appealed|appealing|letters?)\s+to\s+both\s+sides)\b"
                   r"(?!\s+of\s+(?:the\s+)?(?:aisle|house|chamber|divide|border|atlantic)\b))")
# What turns a sentence from even hands to a stand: "had sympathy for both sides of the row but said
# pay was the issue".
BUT_STAND = lazy(r"\bbut\s+(?:also\s+)?(?:said|says|added|argued|warned|insisted|called|stressed)\b")
# What a union asks of an employer, up to three words on: "the union's pay claim", "the latest wage
# offer", "the union's demands", "the drivers' request for a rise", "their request for a pay rise".
# Only pay: a regulator reviews "the company's proposal" or "the airline's claim", and one who
# decides on it is no party; a rise is pay only where staff ask for it or a pay word says so (not
# "would review the rise in complaints", nor a fare authority's "the operator's request for a rise"),
# and never a rise in something else ("the drivers' request for a rise in fares").
ASKED_OF = (r"(?:\s+(?:[\w'’-]+\s+){0,3}?(?:pay|wages?|salar(?:y|ies))\b"
            r"|\s+the\s+union['’]s\s+(?:claims?|offers?|demands?)\b"
            r"|\s+(?:the\s+)?(?:[\w-]+\s+)?(?:drivers|staff|nurses|workers|employees|teachers|doctors|members)['’]s?\s+"
            r"(?:requests?|demands?|claims?|calls?|bids?)\s+for\s+(?:an?\s+)?(?:rise|raise|increase)\b(?!\s+in\b)"
            r"|\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|demands?|claims?|calls?|bids?)\s+for\s+(?:an?\s+)?(?:pay|wage|salary)\s+"
            r"(?:rise|raise|increase)\b)")
# Words by which an authority says how it will decide, not what: "would assess the application strictly
# on technical grounds", "was reviewing the additional reports", "must decide the permit based on the
# ordinance", "would await the outcome of the statutory process", "had opened an investigation", "We are
# looking at whether ...". Said by a deciding kind of body or official (DECIDER_WORDS) where it first
# takes the floor, this introduces the one who decides (see `_decides`). Not "will consider the offer":
# a party weighs an offer too; nor "had only seconds to decide": what someone else had to do; nor a
# party's answer to an outcome against it ("would review the judgment") or its own next step ("will
# decide whether to ballot its members"); nor an employer's answer to what the other side asks of it
# ("was reviewing the union's claim", "would review the pay offer"): only a party is asked for pay.
PROCEDURE = lazy(r"(?i:\b(?:(?:would|will|must)\s+(?:assess|review|examine|decide)\b"
                 r"(?!\s+(?:\w+\s+){0,2}(?:judg(?:e)?ment|ruling|verdict|decision|findings|outcome)\b"
                 r"|\s+whether\s+to\s+(?:strike|ballot|appeal|accept|walk|sue|take)\b|" + ASKED_OF + r")"
                 r"|(?:is|was|are|were)\s+(?:reviewing|assessing|examining)\b(?!" + ASKED_OF + r")"
                 r"|(?:is|was|are|were)\s+looking\s+(?:at|into)\s+whether\b"
                 r"|await\w*\s+the\s+outcome\b|considered\s+on\s+(?:its|their)\s+merits\b"
                 r"|opened\s+an?\s+(?:investigation|inquiry)\b))")
# The body a clause names as its subject, right before what it will do: "the agency had received the
# filing and would review it" (its last "the" noun before the procedure, within the clause).
DOER = lazy(r"\b(?:the|its)\s+(\w+)\b[^.;:,“”\"]*$")
SPOKES = lazy(r"\bspokes(?:man|woman|person)\b", re.I)
UNNAMED_OFFICES = frozenset({"department", "ministry", "office"})  # "Department spokesman": a body left unnamed
# The kinds of body or official whose office is to decide a matter others dispute: "the Rivers
# Inspectorate", "the Environment Agency", "a spokeswoman for the board", "the returning officer".
DECIDER_WORDS = frozenset({"regulator", "regulators", "regulatory", "inspectorate", "inspector", "inspectors", "agency",
                           "commission", "commissioner", "board", "authority", "ombudsman", "watchdog", "tribunal",
                           "registrar", "returning", "planning", "examiner", "assessor", "licensing", "bureau"})
# A statement an outlet makes on its own behalf, as a party does ("in a statement released by Fox News").
STATEMENT = lazy(r"\b(?:in\s+a\s+statement|statement\s+(?:released|issued)\s+by|spokes(?:man|woman|person))\b")
# How an outlet stands by its own work, as a party to a suit over it does: "would defend its
# reporting", "stands by its story", "will fight the claim in court".
OWN_WORK = (r"(?:(?:would|will)\s+(?:defend|fight|contest)|(?:stands?|stood|would\s+stand|will\s+stand)\s+by)"
            r"\s+(?:its|the)\s+(?:story|stories|reporting|report|article|journalism|journalists|claim|case|action)\b")
# What a judge does from the bench, said right after the judge's name or "She"/"He" as its subject
# (an apposition and an adverb between): "Judge Clara Venn wrote that the contract was ambiguous",
# "She sentenced him to two years", "jailed him", "gave him a suspended sentence", "said in her
# sentencing remarks", "reminded jurors", "said the trial would start in May". Only
# verbs of the bench: not "denied" or "rejected", which a judge who is a party says of the charges
# too, nor the nouns of any court story ("evidence", "testimony").
RULING_AFTER = (r"(?:,[^,.;:“”\"]{1,80},)?\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?"
                r"(?:ruled|rules|wrote\s+(?:that|in)|writes\s+(?:that|in)|sentenced|jailed|granted|dismissed|ordered|upheld"
                r"|said\s+in\s+(?:her|his)\s+(?:ruling|judgment|judgement|sentencing\s+remarks)"
                r"|gave\s+\w+\s+an?\s+(?:[\w-]+\s+){0,3}?sentence"
                r"|found\s+(?:that|him|her|them)|threw\s+out|adjourned|presided|cautioned|set\s+aside"
                r"|(?:instructed|told|reminded|warned)\s+(?:the\s+)?jur(?:y|ors)"
                r"|said\s+the\s+(?:trial|hearing)\s+would\s+(?:start|begin|open|resume|continue|last))\b")
RULING = lazy(RULING_AFTER)
PRONOUN_RULING = lazy(r"(?:She|He)" + RULING_AFTER)
# What a judge who is a party answers, tied to the judge ({name}: the judge's surname): "said the
# evidence against her had been fabricated", "Whitby, who was removed from the bench", "Whitby is
# suing the commission", "is challenging her suspension". Not the bare words: "sentenced Reed to two
# years, suspended for 18 months" and "challenging the defence's evidence" are the bench's.
ACCUSED = (r"\b(?:(?:charges?|complaints?|claims?|allegations?|lawsuit|suit|case|evidence)\s+against\s+(?:her|him|Judge\s+{name})"
           r"|(?:her|his|{name}['’]s)\s+(?:removal|suspension)"
           r"|(?:{name}|who)\s+(?:is|was|has\s+been|had\s+been)\s+(?:removed|suspended|suing|challenging))\b")
# A doctor's specialty, not a scholar's field: "a consultant cardiologist" treats patients, and may
# be the one who brings the claim.
CLINICAL = lazy(r"(?:cardi|neur|onc|radi|dermat|gyn(?:a)?ec|ur|ha?emat|nephr|gastroenter|rheumat|endocrin|ophthalm"
                r"|pulmon|an(?:a)?esthesi|immun|path)ologist$")
# Likewise one who practises any -ology: "a clinical psychologist", "a consultant psychologist".
PRACTISING = lazy(r"\b(?:clinical|consultant)\s+(?:\w+\s+)?\w+ologist\b", re.I)
FOR_BODY = lazy(r"\b(?:for|with|of)\s+(?:the\s+|its\s+|their\s+)?(\w+)")
# A scholar introduced by what they study: "Professor Ruth Allinson, who studies NHS workforce pay".
# Not "who studied architecture" (a degree); "who teaches" only at a place of learning (TEACHES_AT),
# since a teacher may be in a school's dispute.
SCHOLAR_WHO = lazy(APPOSITION_WHO + r"\s+(?:studies|researches|has\s+(?:studied|researched)"
                   r"|specialises\s+in|specializes\s+in)\s")
# A scholar introduced by what they teach at a place of learning (group 1): "Professor Omar Reid, who
# teaches employment law at Brackley University". Not where the place is in the dispute (see `_expert_at`).
TEACHES_AT = lazy(APPOSITION_WHO + r"\s+teaches\s[^,.;:“”\"]{1,60}?\sat\s+(?:the\s+)?"
                  r"((?:[A-Z][\w’'-]*\s+){0,4}?(?:University|College|Institute|Polytechnic|(?:Law|Business)\s+School)"
                  r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?)")
# A place of learning named by its place and its kind, either way round: "leeds university" (groups 1, 2),
# "university of leeds" (groups 3, 4); casefolded.
_KINDS_OF_LEARNING = "|".join(sorted(LEARNING))
PLACE_OF_LEARNING = lazy(rf"(?:(.+?)\s+({_KINDS_OF_LEARNING})|({_KINDS_OF_LEARNING})\s+of\s+(.+))")
# After a neutral word, a stand all the same: "urged both sides to return to talks, but said the
# union's demands were unrealistic" (not "but declined to comment", "but no agreement was reached").
BUT_SAID = lazy(r"[,;]\s+but\s+(?:also\s+)?(?:said|says|added|argued|warned|insisted|called|accused|blamed|criticis|criticiz)")
# (The lookbehind after the first letter is the \b before it, placed where the regex engine
# can skip straight to capital letters.)
HYPHEN_PAIR = lazy(r"([A-Z](?<!\w.)[\w’']+)-([A-Z][\w’']+)\b")
HYPHEN_CAPITAL = lazy(r"-[A-Z]")  # what every match of HYPHEN_PAIR holds: a cheap test before it


@dataclass(frozen=True)
class Vote:
    """How a voice voted: for or against the motion ("the closure"), named when the article does."""

    against: bool
    motion: str | None
    stand: bool = False  # a stand taken on the motion ("welcomed the plan"), not a vote cast
    undid: str | None = None  # the plan the motion voted for undid: "the scheme" of "voted 6-3 to scrap the scheme"


@dataclass
class Camp:
    """Voices grouped so far; a side in the making."""

    voices: list[Voice] = field(default_factory=list)

    @property
    def weight(self) -> int:
        return sum(len(v.sentences) for v in self.voices)


Link = Callable[[Camp, Camp], int]  # the summed ties between two camps


def find_sides(text: str, sentences: list[Sentence], cast: Cast, quotes: list[Quote]) -> list[Side]:
    # Where each quotation opens, which the voices and the positions both read (found once).
    marks = quote_marks(text, [quote.text for quote in quotes])
    heard = find_voices(text, sentences, cast, quotes, marks)
    if not heard:
        return []
    voices = _loudest(heard)
    affs = affiliate(text, sentences, Cast([v.actor for v in voices]), Cast([v.actor for v in voices] + cast.actors))
    _inherit(voices, affs)
    # Countries tell sides apart only when two of them have voices; otherwise every
    # voice shares the one country and parties or bodies decide.
    fields = ("country", "party", "institution") if _international(voices, affs) else ("party", "institution")
    if "country" not in fields:
        _name_the_government(voices, affs)
    # Each voice's mentions by sentence, which votes and ties both read.
    starts = [sent.start for sent in sentences]
    spans = {v.name: _spans_by_sentence(v, sentences, starts) for v in voices}
    votes = _votes(text, sentences, voices, spans)
    courts = {v.name: _court_side(text, v) for v in voices}
    ties = _ties(text, sentences, voices, affs, spans, votes, courts, "country" in fields)
    # In a court case (a voice on either side of it, or a lawyer in a civil one), the judge is no party either.
    court_case = any(courts.values()) or any(LAWYER.search(v.actor.role or "") for v in voices)
    # The bodies in the dispute, which no outside expert teaches at.
    bodies = {form for v in voices for name in (v.name, affs[v.name].institution) if name for form in _body_forms(name)}
    # An outside expert's criticism is an expert's view ("the study's sample was too small"), no
    # side's: only a tie to a voice puts the expert in the dispute.
    aloof = {v.name for v in voices if (((_keeps_out(text, sentences, v, spans[v.name]) and not _party_to_it(v, voices, affs))
                                        or _even_handed(sentences, v)
                                        or _decides(sentences, v, affs[v.name])
                                        or _outlet(text, sentences, v, voices, affs)
                                        or (court_case and _former_lawyer(v)))
             and not _attacks_anything(sentences, v)) or _expert_at(text, v, bodies)}
    # A tie that joins a voice to another that keeps out keeps no one in: an agency and its inspector
    # stay out together. A tie against one is a stand all the same.
    neutral = {name for name in aloof if all(ties[(name, u.name)] == 0 or (u.name in aloof and ties[(name, u.name)] > 0)
                                             for u in voices if u.name != name)}
    # The judge of a case rules on the parties' arguments ("He rejected Bellwether's argument"): a
    # ruling is no stand, so neither its words of attack nor the ties they make put the judge in.
    # Not a judge who only answers a charge against her: she is a party to that dispute (`_rules`).
    neutral |= {v.name for v in voices if court_case and _judge(v) and _rules(text, sentences, v, spans[v.name])}
    # Grouped with them, as they are heard, then left out: taking a voice out before grouping would
    # move the others (two voices it kept apart could fall together).
    # Those who side with a kind of people where they act ("sympathised with the workers"), whom
    # no voice may stand for: their own words, not the side heard before them, place them.
    siding = {v.name for v in voices if any(rank in ACTING and _sides_with_people(sentences[i].text)
                                            for i, rank in v.strength.items())}
    camps = [Camp(kept) for camp in _cluster(voices, ties, affs, fields, neutral, siding)
             if (kept := [v for v in camp.voices if v.name not in neutral])]
    sides = _sides(camps, affs, votes, courts, fields)
    _add_quiet_members(text, sentences, cast, heard, camps, sides)
    # Sides are built from camps in the same order.
    positions.fill(text, sides, {side.id: camp.voices for side, camp in zip(sides, camps)}, sentences, quotes, marks)
    return sides


def _keeps_out(text: str, sentences: list[Sentence], voice: Voice, spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Is the voice a neutral party (see NEUTRAL_ROLES)? By its office, or by what follows one of
    its names in a sentence where it acts, unless the sentence goes on to take a stand ("urged both
    sides to return to talks, but said the union's demands were unrealistic")."""
    if _role_head(voice) in NEUTRAL_ROLES:
        return True
    for i, found in spans.items():
        if voice.strength.get(i, 0) in VOTING:
            for _, end in found:
                said = NEUTRAL_AFTER.match(text, end)
                if said and not BUT_SAID.search(text, said.end(), sentences[i].end):
                    return True
    return False


def _even_handed(sentences: list[Sentence], voice: Voice) -> bool:
    """Does the voice hold itself above the dispute (EVEN_HANDED) where it speaks or acts, its own
    quoted words included ("It isn't my role to take a view," she said), and not go on to take a
    stand in the same sentence (BUT_STAND)?"""
    for i, rank in voice.strength.items():
        if rank in VOTING and (m := EVEN_HANDED.search(sentences[i].text)):
            if not BUT_STAND.search(sentences[i].text, m.end()):
                return True
    return False


def _outlet(text: str, sentences: list[Sentence], voice: Voice, voices: list[Voice],
            affs: dict[str, Affiliation]) -> bool:
    """Is the voice a news outlet (lexicon/outlet_words.txt) that the article cites for what it
    reported ("according to the Associated Press", "the Times reported"), and that does not speak
    for itself in the dispute: no voice speaks for it ("said Canada Post spokeswoman Lisa Liu") and
    it makes no statement of its own ("a BBC spokesperson said")? (One attacked or attacking, or
    tied to a voice, is in the dispute all the same: see `find_sides`.)"""
    if voice.kind != "organisation" or voice.name.split()[-1].lower() not in words("outlet_words"):
        return False
    if any(voice.name in (affs[u.name].institution, affs[u.name].patron) for u in voices if u is not voice):
        return False
    if any(STATEMENT.search(sentences[i].text) for i in voice.strength) or _own_statement(voice.name).search(text):
        return False
    return _cites(voice.name).search(text) is not None


@lru_cache(maxsize=256)
def _own_statement(name: str) -> re.Pattern[str]:
    """Where the outlet speaks for itself, however the voice was found: "a BBC spokesperson said",
    "a spokeswoman for the Herald", "the Journal said in a statement", or where it stands by its own
    work, as one sued over it does: "the Herald said it would defend its reporting", "the Journal
    stands by its story"."""
    outlet = _outlet_named(name)
    return re.compile(outlet + r"(?:['’]s)?\s+spokes(?:man|woman|person)|spokes(?:man|woman|person)\s+for\s+" + outlet
                      + r"|" + outlet + r"\s+said\s+in\s+a\s+statement|" + outlet + r"\s+(?:said\s+(?:that\s+)?it\s+)?"
                      + OWN_WORK)


@lru_cache(maxsize=256)
def _cites(name: str) -> re.Pattern[str]:
    """Where news cites the outlet by its name, or by the last word of it ("the Times"), for what it
    reported."""
    outlet = _outlet_named(name)
    return re.compile(r"(?:\b(?:[Aa]ccording\s+to|told|(?:obtained|reported|published|revealed|request)\s+(?:\w+\s+)?by"
                      r"|interview\s+with|spoke\s+(?:with|to))\s+" + outlet + r")|(?:" + outlet + r"(?:\s+(?:first|also|previously))?\s+"
                      r"(?:reported|reports|revealed|obtained|confirmed|published|wrote|report|story|article|investigation"
                      r"|analysis|poll|spoke\s+(?:with|to))\b)")


def _outlet_named(name: str) -> str:
    """A pattern of the outlet as news names it: whole ("the Sunday Herald") or by its last word
    ("the Herald")."""
    return r"(?:(?:the|The)\s+)?(?:" + re.escape(name) + r"|(?:the|The)\s+" + re.escape(name.split()[-1]) + r")\b"


def _decides(sentences: list[Sentence], voice: Voice, aff: Affiliation) -> bool:
    """Is the voice a deciding kind of body or official (DECIDER_WORDS in its name, its title or the
    body it speaks for) that first takes the floor to say how it will rule on the matter
    (PROCEDURE)? Then it is the regulator, the inspector or the official who decides, not a party:
    "Gloria Fenn, a spokeswoman for the board, said the agency was reviewing the additional reports"."""
    first = min((i for i, rank in voice.strength.items() if rank in VOTING), default=None)
    procedure = PROCEDURE.search(sentences[first].text) if first is not None else None
    if procedure is None:
        return False
    # Its kind, or, for a spokesperson of a body the role does not name, the one its words name as
    # deciding: "Department spokesman Carl Ibsen said the agency had received the filing and would
    # review it". (Anyone else names someone else's decision: "Lena Marsh, who leads Dunmore Clean
    # Air, said the inspectorate will review the permit and must turn it down".)
    unnamed = aff.institution is None or aff.institution.lower() in words("body_nouns") | UNNAMED_OFFICES
    spokes = SPOKES.search(voice.actor.role or "") and not aff.patron and unnamed
    doer = DOER.search(sentences[first].text, 0, procedure.start()) if spokes else None
    kind = " ".join(filter(None, (voice.name, voice.actor.role, aff.institution, doer and doer.group(1))))
    return not DECIDER_WORDS.isdisjoint(word.removesuffix("'s") for word in kind.lower().replace("’", "'").split())


def _loudest(voices: list[Voice]) -> list[Voice]:
    """The MAX_VOICES voices that take a stand in the most sentences (the earlier first among
    equals), in their order: a text with more voices is no dispute of two or three sides, and
    grouping voices costs time cubic in their number."""
    if len(voices) <= MAX_VOICES:
        return voices
    loudest = {v.name for v in sorted(voices, key=lambda v: -len(v.sentences))[:MAX_VOICES]}
    return [v for v in voices if v.name in loudest]


def _add_quiet_members(text: str, sentences: list[Sentence], cast: Cast, voices: list[Voice], camps: list[Camp],
                       sides: list[Side]) -> None:
    """People the article gives no stand of their own still belong to a side when they serve
    one of its voices ("Mr. Obama’s transportation secretary, Ray LaHood"), or when the side is
    a party and the article names them as its members ("the Republican leaders – X and Y")."""
    heard = {v.name for v in voices} | {alias for v in voices for alias in v.actor.aliases}
    quiet = [a for a in cast.actors if a.kind == "person" and a.name not in heard and _full_name(a.name)]
    if not quiet:
        return
    affs = affiliate(text, sentences, Cast(quiet), Cast([v.actor for v in voices] + quiet))
    for actor in quiet:
        aff = affs[actor.name]
        for side, camp in zip(sides, camps):
            if (aff.patron and any(v.name == aff.patron for v in camp.voices)) or (aff.party and side.label == aff.party):
                side.members.append(Member(name=_bare_name(actor.name), role=actor.role))
                break


def _full_name(name: str) -> bool:
    """A person's full name ("Mitch McConnell"), not a place, a party label or a lone word
    ("South Carolina", "Republican of Ohio", "Contractors") that the cast took for one."""
    bare = _bare_name(name)
    return (len(bare.split()) >= 2 and not party_label(bare)
            and bare not in gazetteer.us_states() and bare not in gazetteer.country_names())


def _ties(text: str, sentences: list[Sentence], voices: list[Voice], affs: dict[str, Affiliation],
          spans: dict[str, dict[int, list[tuple[int, int]]]], votes: dict[str, Vote | None],
          courts: dict[str, str | None], international: bool) -> dict[tuple[str, str], int]:
    """Score every pair of voices: how strongly the article puts them on one side."""
    ties: dict[tuple[str, str], int] = {}
    # Per voice and per sentence, computed once rather than for each of the pairs they are in.
    heard = {v.name: set(v.sentences) for v in voices}
    spoken = set().union(*heard.values())
    attacking = {i for i in spoken if _attack_word_in(sentences[i].text)}
    hostile = {v.name: {i: _own_words_out(sentences[i].text, v) for i in v.sentences if i in attacking} for v in voices}
    nominal = _nominal(voices, affs, international)
    targets = {v.name: _target(v, affs[v.name], nominal[v.name]) for v in voices}
    # Words of support or answer are the verbs of voices acting ("Chen sided with", "Adeyemi
    # disagreed"), not of quotations or sources: only those sentences are searched.
    acting = {i for v in voices for i, rank in v.strength.items() if rank in ACTING}
    allied = {i for i in acting if _support_word_in(sentences[i].text)}
    allying = {v.name: {i: _supports(_own_words_out(sentences[i].text, v)) for i in v.sentences
                        if i in allied and v.strength[i] in ACTING} for v in voices}
    answers = _answers(sentences, voices, acting)
    rivals = _rivals(text, sentences, voices, spans) if any(w in text for w in RIVAL_WORDS) else frozenset()
    # Stands on things told apart (see STAND_ON), where the votes do not already tell them.
    stands = {v.name: _stands(sentences, v) if not votes.get(v.name) else frozenset() for v in voices}
    pivots = _pivots(sentences, spoken)
    tickets = _hyphen_pairs(text)
    # A cheap test before reading each pair's sentences (`in` for the words: a search of the
    # whole text for CLASH, which opens with a space, costs more than all of them).
    clashing = any(word in text for word in CLASH_WORDS) and CLASH.search(text) is not None
    # What each voice brings to its pairs, looked up once per voice rather than once per pair.
    # A voice may be attacked in a sentence where it is heard only in a clause about it: "Hale
    # criticized Ruiz, who has backed the drivers".
    open_to = {v.name: heard[v.name] - _described(text, spans[v.name]) for v in voices}
    kinds = {v.name: _kinds_of_people(v, affs[v.name]) for v in voices}
    facts = [(v.name, affs[v.name], heard[v.name], spans[v.name], hostile[v.name], allying[v.name], targets[v.name],
              nominal[v.name], _short(v) if tickets else "", open_to[v.name], stands[v.name], kinds[v.name])
             for v in voices]
    for k, (u, a, heard_u, spans_u, hostile_u, allying_u, targets_u, nominal_u, surname_u, open_u, stands_u,
            (is_u, body_of_u)) in enumerate(facts):
        for (v, b, heard_v, spans_v, hostile_v, allying_v, targets_v, nominal_v, surname_v, open_v, stands_v,
             (is_v, body_of_v)) in facts[k + 1:]:
            score = 0
            if is_u & body_of_v or is_v & body_of_u:
                score += ONE_OF_THEM
            if a.patron == v or b.patron == u or (a.patron and a.patron == b.patron):
                score += PATRON
            elif (a.institution or "").casefold() == v.casefold() or (b.institution or "").casefold() == u.casefold():
                score += BODY_VOICE
            if international and a.country and b.country:
                score += SAME_COUNTRY if a.country == b.country else OTHER_COUNTRY
            # Where neither country is known, only those that serve no one different are of one government:
            # not "Veland's trade minister" and the Commerce Minister, nor the Kantei's and the Planalto's staff.
            if a.branch == b.branch == "executive" and a.country == b.country and (a.country or (
                    a.patron == b.patron and (a.institution or "").casefold() == (b.institution or "").casefold())):
                score += SAME_GOVERNMENT
            if a.party and b.party:
                score += SAME_PARTY if a.party == b.party else OTHER_PARTY
            if a.institution and b.institution and a.institution.casefold() == b.institution.casefold():
                score += SAME_BODY
            if clashing and spans_u.keys() & spans_v.keys():
                score += _clash(text, spans_u, spans_v)
            shared = heard_u & heard_v
            if shared:
                score += _joint(text, shared, spans_u, spans_v)
                score += _rebuttal(pivots, shared, spans_u, spans_v)
            if _ticket(surname_u, surname_v, tickets):
                score += TICKET
            vote_u, vote_v = votes.get(u), votes.get(v)
            if vote_u and vote_v:
                same, other = (SAME_STAND, OTHER_STAND) if vote_u.stand or vote_v.stand else (SAME_VOTE, OTHER_VOTE)
                score += same if vote_u.against == vote_v.against else other
            tu, tv = targets_u, targets_v
            if u in tv or v in tu:
                # A body's own name in its own sentences names none of its people; its noun in theirs
                # names the body ("Board member Lee accused the board").
                tu, tv = tuple(n for n in tu if n != v), tuple(n for n in tv if n != u)
            elif common := nominal_u & nominal_v:
                # "The government" names both ministers: neither names the other by it.
                tu, tv = tuple(n for n in tu if n not in common), tuple(n for n in tv if n not in common)
            # (A voice with no hostile or allying sentence neither attacks nor backs anyone.)
            if hostile_u:
                score += _attacks(hostile_u, open_v, tv)
            if hostile_v:
                score += _attacks(hostile_v, open_u, tu)
            if allying_u:
                score += _allies(allying_u, heard_v, tv)
            if allying_v:
                score += _allies(allying_v, heard_u, tu)
            if answers:
                score += answers.get((u, v), 0) + answers.get((v, u), 0)
            if stands_u and stands_v and _opposed(stands_u, stands_v):
                score += OTHER_STAND
            if rivals and frozenset((u, v)) in rivals:
                score += RIVAL
            if courts[u] and courts[v]:
                score += SAME_BODY if courts[u] == courts[v] else OTHER_PARTY
            ties[(u, v)] = ties[(v, u)] = score
    return ties


def _votes(text: str, sentences: list[Sentence], voices: list[Voice],
           spans: dict[str, dict[int, list[tuple[int, int]]]]) -> dict[str, Vote | None]:
    """How each voice voted. A voice that did not vote but acts against the motion ("said it
    would challenge the decision", "urged the council to delay the vote") counts as against
    it, and one that acts for it ("backed the closure") as for it. Where nobody voted, such
    stands count only when they split the voices: all against one plan is no dispute of theirs."""
    if "vote" not in text and not any(m in text for m in MOTIONS):
        return {}
    votes = {v.name: _vote(text, v, spans[v.name]) for v in voices}
    cast = [vote for vote in votes.values() if vote]
    motions = tuple(sorted({*MOTIONS, *(vote.motion for vote in cast if vote.motion)}, key=len, reverse=True))
    # Where the motion undid a plan ("voted 6-3 to abandon the plan to close the library"), to back
    # that plan ("backed the closure") is to oppose the motion; a plan word the votes name ("voted
    # against the bill") is the motion itself.
    undid = any(vote.undid for vote in cast)
    undone = frozenset(PLANS) - {vote.motion for vote in cast} if undid else frozenset()
    for v in voices:
        votes[v.name] = votes[v.name] or _stance_on(sentences, v, voices, motions, named=not cast, undone=undone)
    if not cast:
        votes = _one_motion(votes)
    stands = {vote.against for vote in votes.values() if vote}
    return votes if cast or len(stands) == 2 else {}


def _one_motion(stands: dict[str, Vote | None]) -> dict[str, Vote | None]:
    """Where nobody voted, stands on the plan ("vetoed the bill") and on a decision ("welcomed the
    decision") cannot be told apart in direction: a decision may have been for the plan or against
    it. The stands on the plan count; those on a decision only where no one takes a stand on a plan."""
    on_decision = {name for name, vote in stands.items() if vote and vote.motion in DECISIONS}
    if on_decision and len(on_decision) < sum(1 for vote in stands.values() if vote):
        return {name: None if name in on_decision else vote for name, vote in stands.items()}
    return stands


def _stance_on(sentences: list[Sentence], voice: Voice, voices: list[Voice], motions: tuple[str, ...], named: bool,
               undone: frozenset[str]) -> Vote | None:
    """A stand on the motion: a verb of attack or of support that has the motion as its object,
    in a sentence where the voice acts ("said it would challenge the decision"; not "said any
    challenge to the decision would fail", "urged the board not to delay the plan"), or a call
    to undo it ("the decision should be reversed"). `named`: the stand names its motion (where
    nobody voted, it may name a side). A stand on a plan the motion undid (`undone`) is the other
    way round on the motion, which every vote is counted on. A relative clause about another of
    the `voices` ("Fox, who backed the closure") is no stand of this voice's."""
    for i in voice.sentences:
        if voice.strength[i] not in ACTING:
            continue
        sent = sentences[i].text
        for start, end, motion in _motions_in(sent, motions):
            verb = VERB_BEFORE.search(sent, max(0, start - ALLY_REACH), start)
            if verb and (NOT_OWN_STAND.search(sent, max(0, verb.start() - ALLY_REACH), verb.start())
                         or sent.endswith("the ", 0, verb.start())):  # "in the end the decision": a noun
                continue
            clause = verb and WHO_BEFORE.search(sent, max(0, verb.start() - ALLY_REACH), verb.start())
            if clause:
                # Whose clause: "opponents who", "Fox, who" are others; "Ford, 61, who" is hers.
                before = sent[:clause.start()].rstrip(" ,")
                others = tuple(n for w in voices if w is not voice for n in (w.actor.name, *w.actor.aliases))
                if OTHERS_WHO.search(before) or (others and before.endswith(others)):
                    continue
            should_be = SHOULD_BE.match(sent, end)
            against = ((verb and _undoes(verb.group(1))) or (should_be and _undoes(should_be.group(1))))
            if against or (verb and (_support_word_in(verb.group(1) + " ") or _for_motion(verb.group(1)))):
                return Vote(against=bool(against) != (motion in undone), motion=motion if named else None, stand=True)
    return None


def _motions_in(sentence: str, motions: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Where the sentence names a motion, left to right, and which: "the decision", and "the
    council's decision" as "the decision"."""
    found = [(start, end, sentence[start:end]) for start, end in whole_words(sentence, motions)]
    if "s " in sentence:  # a cheap test for a possessive
        found += [(m.start(), m.end(), f"the {m.group(1)}") for m in POSSESSED_MOTION.finditer(sentence)
                  if f"the {m.group(1)}" in motions]
    return sorted(found)


def _undoes(verb: str) -> bool:
    """Does this verb attack or undo what it is done to ("challenge", "scrap", "reversed")?"""
    return _attack_word_in(verb) or _against_motion(verb)


def _vote(text: str, voice: Voice, spans: dict[int, list[tuple[int, int]]]) -> Vote | None:
    """How the voice voted, where one of its mentions is the subject of "voted for" or "voted
    against" (or is told so: "one of the two no votes", "who sponsored the measure") in a
    sentence where it takes a stand, not in someone else's quotation, or where "the only vote
    against came from" it; None if the article does not say, or says both."""
    ends = [end for i, found in spans.items() if voice.strength.get(i, 0) in VOTING for _, end in found]
    said = [vote for vote in (_vote_at(text, end) for end in ends) if vote]
    # "The only vote against came from X": the voter is no agent there, but the vote is told of X.
    said += [Vote(against=bool(m.group(1)), motion=None) for found in spans.values() for start, _ in found
             if (m := LONE_VOTE_BEFORE.search(text, max(0, start - 80), start))]
    if not said or len({vote.against for vote in said}) > 1:
        return None
    return Vote(against=said[0].against, motion=next((vote.motion for vote in said if vote.motion), None),
                undid=next((vote.undid for vote in said if vote.undid), None))


def _vote_at(text: str, end: int) -> Vote | None:
    """The vote told right after a voice's name, which ends at `end`."""
    m = VOTE.match(text, end)
    if m:
        return Vote(against=bool(m.group(2)), motion=m.group(3))
    m = LONE_VOTE.match(text, end)
    if m:
        return Vote(against=bool(m.group(1)), motion=m.group(2))
    m = VOTE_TOLD.match(text, end)
    if not m:
        return None
    plan = f"the {m.group(5)}" if m.group(5) else None
    if m.group(4) and _undoes(m.group(4)):
        return Vote(against=False, motion=None, undid=plan)
    return Vote(against=bool(m.group(1) or m.group(2)), motion=m.group(3) or plan)


def _inherit(voices: list[Voice], affs: dict[str, Affiliation]) -> None:
    """A spokesman shares the country and party of the one they speak for; anyone still without
    a country is from the country most of the article's voices come from."""
    for v in voices:
        aff = affs[v.name]
        patron = affs.get(aff.patron or "")
        if patron:
            aff.country = aff.country or patron.country
            aff.party = aff.party or patron.party
            aff.branch = aff.branch or patron.branch
    home = _country_weights(voices, affs).most_common(1)
    for v in voices:
        if not affs[v.name].country and home and v.kind != "country":
            affs[v.name].country = home[0][0]


def _name_the_government(voices: list[Voice], affs: dict[str, Affiliation]) -> None:
    """In a dispute within one country between the government and a body local news names by
    its noun (a union, a board, a group), a minister with no body, party or patron named
    ("Education Minister Colin Reeves") speaks for the government: an identity of its own, as
    the union's is for its general secretary."""
    heads = {aff.institution.split()[-1].lower() for aff in (affs[v.name] for v in voices) if aff.institution}
    if heads.isdisjoint(words("body_nouns")):
        return
    for v in voices:
        aff = affs[v.name]
        if v.kind == "person" and aff.branch == "executive" and not (aff.institution or aff.party or aff.patron):
            aff.institution = GOVERNMENT


def _country_weights(voices: list[Voice], affs: dict[str, Affiliation]) -> Counter[str]:
    weights: Counter[str] = Counter()
    for v in voices:
        if affs[v.name].country:
            weights[affs[v.name].country] += len(v.sentences)
    return weights


def _international(voices: list[Voice], affs: dict[str, Affiliation]) -> bool:
    """Two countries each carry a fair share of what is said: a foreign leader quoted once
    in a domestic quarrel does not make it a quarrel between countries."""
    weights = _country_weights(voices, affs)
    total = sum(weights.values())
    return sum(n >= MIN_COUNTRY_SHARE * total for n in weights.values()) >= 2


def _ticket(a: str, b: str, tickets: frozenset[tuple[str, str]]) -> bool:
    """Voices that run together: a ticket named by their surnames `a` and `b` ("the Romney-Ryan plan")."""
    return bool(a and b and ((a, b) in tickets or (b, a) in tickets))


def _joint(text: str, shared: set[int], u_spans: dict[int, list[tuple[int, int]]],
           v_spans: dict[int, list[tuple[int, int]]]) -> int:
    """Voices that take a stand together, as a joint subject ("Mr. Okafor and Ms. Lund would scrap ...")."""
    for i in shared:
        for _, ue in u_spans.get(i, ()):
            for vs, _ in v_spans.get(i, ()):
                if JOINT_GAP.fullmatch(text[ue:vs]):
                    return JOINT
    return 0


def _clash(text: str, u_spans: dict[int, list[tuple[int, int]]], v_spans: dict[int, list[tuple[int, int]]]) -> int:
    """Voices named as one subject of a verb of clashing, wherever they are named together ("Mayor
    Angela Brooks and Council President Derek Holt squared off"): two sides, not one."""
    for i in u_spans.keys() & v_spans.keys():
        for first, second in ((u_spans[i], v_spans[i]), (v_spans[i], u_spans[i])):
            for _, fe in first:
                for vs, ve in second:
                    if vs > fe and CLASH_GAP.fullmatch(text, fe, vs) and CLASH.match(text, ve):
                        return REBUTTAL
    return 0


def _rebuttal(pivots: dict[int, int], shared: set[int], u_spans: dict[int, list[tuple[int, int]]],
              v_spans: dict[int, list[tuple[int, int]]]) -> int:
    """"X claimed ..., but Y responded that ...": one voice answering another in a sentence both speak in."""
    for i in shared:
        pivot = pivots.get(i)
        if pivot is None:
            continue
        sides_of = [{s < pivot for s, _ in spans.get(i, ())} for spans in (u_spans, v_spans)]
        if sides_of[0] and sides_of[1] and sides_of[0] != sides_of[1] and len(sides_of[0] | sides_of[1]) == 2:
            return REBUTTAL
    return 0


def _pivots(sentences: list[Sentence], indices: set[int]) -> dict[int, int]:
    """Sentence index -> the offset of its ", but", for those of `indices` that have one."""
    pivots = {}
    for i in indices:
        but = BUT.search(sentences[i].text) if "but" in sentences[i].text else None  # a cheap test first
        if but:
            pivots[i] = sentences[i].start + but.start()
    return pivots


def _spans_by_sentence(voice: Voice, sentences: list[Sentence], starts: list[int]) -> dict[int, list[tuple[int, int]]]:
    """The voice's mentions, filed under the sentence each falls in (found by bisection in `starts`, theirs, in order)."""
    found: dict[int, list[tuple[int, int]]] = {}
    for s, e in voice.mentions:
        i = bisect_right(starts, s) - 1
        if i >= 0 and s < sentences[i].end:
            found.setdefault(i, []).append((s, e))
    return found


@lru_cache(maxsize=64)
def _hyphen_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Capitalised word pairs joined by a hyphen: "Romney-Ryan"."""
    # HYPHEN_PAIR tries every capitalised word; most texts have no hyphen before a capital.
    return frozenset(HYPHEN_PAIR.findall(text)) if HYPHEN_CAPITAL.search(text) else frozenset()


def _kinds_of_people(voice: Voice, aff: Affiliation) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of people (lexicon/person_nouns.txt) a voice is described as ("Tenant Hassan
    Karimi": tenant), and those its body is named for ("Riverside Tenants Association", and its
    secretary: tenant)."""
    role = voice.actor.role.lower().split() if voice.kind == "person" and voice.actor.role else []
    body = voice.name if voice.kind == "organisation" else aff.institution or ""
    named_for = (person_noun_of(w.removesuffix("'s").removesuffix("’s").rstrip("'’")) for w in body.split())
    return frozenset(w for w in role if w in words("person_nouns")), frozenset(n for n in named_for if n)


def _short(voice: Voice) -> str:
    """A person's surname ("Ryan" of "Paul D. Ryan of Wisconsin"), else nothing."""
    if voice.kind != "person":
        return ""
    words_ = OF_SPLIT.split(voice.name, maxsplit=1)[0].split()
    return words_[-1] if len(words_) > 1 else ""


def _attacks_anything(sentences: list[Sentence], voice: Voice) -> bool:
    """Does the voice attack anything where it acts ("said the articles were lies")? Then it takes a
    stand, whatever else it is said to keep out of."""
    return any(_attack_word_in(sentences[i].text) for i, rank in voice.strength.items() if rank in ACTING)


def _expert_at(text: str, voice: Voice, bodies: set[str]) -> bool:
    """Is the voice an expert news asks from outside the dispute: "an economist at the Centre for
    Welfare Economics", "a shipping analyst at Baltic Freight Research", "Professor Ruth Allinson,
    who studies NHS workforce pay", "Professor Omar Reid, who teaches employment law at Brackley
    University"? (A scientist who leads one of the teams in dispute is introduced otherwise:
    "Professor X, who led the study"; one who teaches at a college in dispute, one of `bodies`,
    casefolded, is a party to it.)"""
    role, head = voice.actor.role or "", _role_head(voice)
    # A scholar of some -ology is one too ("freshwater ecologist"); described at a place ("an economist
    # at the Centre for Welfare Economics") or by a title ("a health policy analyst", "Monmouth University
    # pollster"), lowercase: not a rank before a name ("Vice-chancellor Professor Hugh Denholm"). None but
    # a body's own speaks for a party: "the union's chief economist", "NASA chief scientist" where NASA
    # is heard in the dispute.
    # Not one a party brings: "an economist for the union" (a body noun after for, with or of), "a
    # consultant cardiologist", "a clinical psychologist" (who practise, and may be the claimant); and a
    # consultant only at a place.
    described = " at " in role or (head in role and head != "consultant" and unowned_expert(head, role)
                                   and not _names_a_body(role, bodies) and not _for_a_body(role))
    # (A clinical psychologist "at the University of York" is a scholar asked from outside.)
    practising = PRACTISING.search(role) and " at " not in role
    if expert_title(head) and not CLINICAL.search(head) and not practising and described:
        return True
    if not voice.mentions:
        return False
    end = voice.mentions[0][1]
    if SCHOLAR_WHO.match(text, end):
        return True
    teaches = TEACHES_AT.match(text, end) if text.startswith(", ", end) else None
    if not teaches:
        return False
    # The place is in the dispute where a voice speaks for it or the article names it anywhere else.
    forms = _body_forms(teaches.group(1))
    return forms.isdisjoint(bodies) and not _named_elsewhere(text, forms, teaches.span(1))


def _for_a_body(role: str) -> bool:
    """Does the role name a body of the dispute by its common noun after for, with or of ("economist
    for the union", "analyst with the health board")?"""
    return any(m.group(1) in words("body_nouns") for m in FOR_BODY.finditer(role.lower()))


def _names_a_body(role: str, bodies: set[str]) -> bool:
    """Do the capitalised words of a role, joined, name one of the `bodies` in the dispute or open
    its name (casefolded): "NASA" of "NASA chief scientist", "Kestrel General" of "Kestrel General chief
    scientist" where Kestrel General Hospital speaks?"""
    owner = " ".join(word for word in role.split() if word[:1].isupper()).casefold()
    return bool(owner) and any(body == owner or body.startswith(owner + " ") for body in bodies)


def _body_forms(name: str) -> set[str]:
    """A body's name, casefolded, in each of the forms news writes it: "Leeds University" is also
    "the University of Leeds", and a college likewise."""
    name = name.casefold().removeprefix("the ")
    m = PLACE_OF_LEARNING.fullmatch(name)
    if not m:
        return {name}
    kind, place = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
    return {name, f"{place} {kind}", f"{kind} of {place}"}


def _named_elsewhere(text: str, forms: set[str], span: tuple[int, int]) -> bool:
    """Does the text name the body, in one of its `forms`, outside `span`?"""
    return any(m.start() < span[0] or m.start() >= span[1]
               for form in forms for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.I))


def _party_to_it(voice: Voice, voices: list[Voice], affs: dict[str, Affiliation]) -> bool:
    """Is the body or the person the voice speaks for a party to the dispute, so that "who was not
    involved in the earlier talks" keeps it out of nothing? A body the article points back to by
    a common noun ("Jane Roe, the union's lead negotiator") is one already in the story; a named one
    is, or a patron, where another voice is it or speaks for it."""
    aff = affs[voice.name]
    if aff.institution and aff.institution[:1].islower():
        return True
    others = {form for u in voices if u is not voice
              for name in (u.name, affs[u.name].institution, affs[u.name].patron) if name for form in _body_forms(name)}
    return any(name and not _body_forms(name).isdisjoint(others) for name in (aff.institution, aff.patron))


def _judge(voice: Voice) -> bool:
    """Is the voice a judge by its title ("U.S. District Judge Clara Venn")?"""
    return _role_head(voice) == "judge"


def _rules(text: str, sentences: list[Sentence], voice: Voice, spans: dict[int, list[tuple[int, int]]]) -> bool:
    """Does the judge rule or run the trial in the article ("wrote that the contract was ambiguous",
    "told jurors"), as the subject of RULING right after one of its names (`spans`) or "She"/"He"
    opening a sentence it is heard in, and is not the one charged, sued or removed anywhere it is heard
    or named ("said the evidence against her had been fabricated")? A judge who answers for herself is
    a party to that dispute."""
    rules = any(RULING.match(text, end) for found in spans.values() for _, end in found) or any(
        PRONOUN_RULING.match(sentences[i].text) for i in voice.strength)
    accused = _accused(voice.name.split()[-1])
    return rules and not any(accused.search(sentences[i].text) for i in {*voice.strength, *spans})


@lru_cache(maxsize=64)
def _accused(surname: str) -> re.Pattern[str]:
    """ACCUSED, tied to the judge of that surname."""
    return re.compile(ACCUSED.format(name=re.escape(surname)))


def _former_lawyer(voice: Voice) -> bool:
    """"A former federal prosecutor", "a retired judge": asked about a case, on neither side of it."""
    role = voice.actor.role or ""
    return bool(FORMER.search(role) and (PROSECUTION_ROLE.search(role) or LAWYER.search(role) or _judge(voice)))


def _role_head(voice: Voice) -> str:
    """The noun a voice's role is about, lowercase: "mediator" of "veteran mediator who helped settle
    a rail strike", "analyst" of "shipping analyst at Baltic Freight Research"."""
    head = ROLE_QUALIFIER.split((voice.actor.role or "").lower(), maxsplit=1)[0].split()
    return head[-1] if head else ""


def _court_side(text: str, voice: Voice) -> str | None:
    """"prosecution" or "defence" for a voice whose role puts it on that side of a court case: its
    title, the apposition that introduces it ("A spokeswoman for the district attorney's office,
    X"), or what British reports put after a name ("X, prosecuting,", "X, defending,"); and the
    defence for the accused ("X, 34, of Telford, denies causing death by dangerous driving") and
    for the one investigated ("an investigation into the mayor, X"): prosecutors and the people
    they investigate are the two sides of a probe before any court sits."""
    role = voice.actor.role or ""
    first, end = voice.mentions[0] if voice.mentions else (None, None)
    if not role and first is not None:
        before = APPOSITION_BEFORE.search(text, max(0, first - 100), first)
        role = before.group(1) if before else ""
    if FORMER.search(role):
        return None
    if DEFENCE_ROLE.search(role):
        return "defence"
    if PROSECUTION_ROLE.search(role):
        return "prosecution"
    after = COURT_AFTER.match(text, end) if end is not None else None
    if after:
        return "prosecution" if after.group(1) or after.group(2) else "defence"
    probed = PROBED_BEFORE.search(text, max(0, first - 100), first) if first is not None else None
    if probed and (not probed.group(1) or probed.group(1).rsplit(None, 1)[-1].lower() in _person_words()):
        return "defence"
    return None


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """The titles and words for kinds of people (lexicon/titles.txt, lexicon/person_nouns.txt)."""
    return words("titles") | words("person_nouns")


def _rivals(text: str, sentences: list[Sentence], voices: list[Voice],
            spans: dict[str, dict[int, list[tuple[int, int]]]]) -> frozenset[frozenset[str]]:
    """Pairs of voices where one is named as the other's challenger, rival or opponent (RIVAL_BEFORE);
    "her challenger" is the rival of the subject of the sentence that names a voice last before it."""
    pairs = set()
    starts = [sentence.start for sentence in sentences]
    for voice in voices:
        for i, found in spans[voice.name].items():
            for start, _ in found:
                m = RIVAL_BEFORE.search(text, max(sentences[i].start, start - 60), start)
                if not m:
                    continue
                if m.group(2):
                    other = next((v for v in voices if v is not voice and m.group(2) in (v.name, *v.actor.aliases)), None)
                else:  # the subject of the sentence that names a voice last: its first voice named
                    before = [e for v in voices if v is not voice for _, e in v.mentions if e <= m.start()]
                    other = None
                    if before:
                        named = sentences[bisect_right(starts, max(before) - 1) - 1]
                        other = min(((s, v) for v in voices if v is not voice for s, _ in v.mentions
                                     if named.start <= s < named.end), key=lambda pair: pair[0])[1]
                if other is not None:
                    pairs.add(frozenset((voice.name, other.name)))
    return frozenset(pairs)


def _stands(sentences: list[Sentence], voice: Voice) -> frozenset[tuple[bool, str | None, str]]:
    """(against, *the thing: see `_thing`) for each stand the voice takes on a thing (see STAND_ON) in
    the narration of a sentence where it acts: not in a quotation, not in a relative clause ("Hale
    criticized Ruiz, who backed the strike": Ruiz's stand), and not a stand not taken ("did not
    oppose the rise")."""
    found = set()
    for i, rank in voice.strength.items():
        if rank not in ACTING:
            continue
        narration = QUOTED.sub("\"\"", sentences[i].text)
        for m in STAND_ON.finditer(narration):
            before = narration[max(0, m.start() - ALLY_REACH):m.start()]
            if NOT_OWN_STAND.search(before) or WHO_BEFORE.search(before) or "who " in before:
                continue
            if narration.startswith(" of ", m.end()):
                continue  # "the record of the previous administration": whose, the rule cannot tell
            found.add((bool(m.group(2)), *_thing(m.group(4), m.group(3))))
    return frozenset(found)


def _thing(words_: str, pronoun: str | None) -> tuple[str | None, str]:
    """What a stand is on: (its possessor if one is named, the object's head noun). "The court’s
    ruling" is ("court", "ruling"), "her record" ("her", "record"), "a 12 percent rise" (None, "rise")."""
    owners = [w for w in words_.lower().split() if POSSESSIVE_ENDING.search(w)]
    head = words_.split()[-1].lower().removesuffix("s")
    return (POSSESSIVE_ENDING.sub("", owners[-1]) if owners else pronoun and pronoun.lower()), head


def _opposed(stands_u: frozenset, stands_v: frozenset) -> bool:
    """Do two voices take opposite stands on one thing? One thing: the same head noun, and the same
    possessor where both name one ("the court’s ruling" and "the company’s ruling" are two; "the
    council’s plan" and "the plan" may be one)."""
    return any(against_u != against_v and head_u == head_v and (owner_u is None or owner_v is None or owner_u == owner_v)
               for against_u, owner_u, head_u in stands_u for against_v, owner_v, head_v in stands_v)


def _own_words_out(sentence: str, voice: Voice) -> str:
    """The sentence without the voice's own title: "Putin’s spokesman" names Putin without
    attacking him, and in "Deputy Mayor Osei backed the mayor" the title names no one else."""
    return sentence.replace(voice.actor.role, "") if voice.actor.role else sentence


def _supports(sentence: str) -> tuple[str, list[tuple[int, int]]]:
    """The sentence, with where its words of support are that no word of attack comes before
    ("criticized the board for backing Hollis" is no support)."""
    spans = []
    for m in ALLIED.finditer(sentence):
        if _attack_word_in(sentence[:m.start()]):
            break
        spans.append(m.span())
    return sentence, spans


def _described(text: str, spans: dict[int, list[tuple[int, int]]]) -> set[int]:
    """The sentences where every mention of a voice is followed by a clause about it (", who ...")."""
    return {i for i, found in spans.items() if found and all(RELATIVE_AFTER.match(text, end) for _, end in found)}


def _attacks(hostile: dict[int, str], heard_v: set[int], target: tuple[str, ...]) -> int:
    """u attacks v: one of u's `hostile` stance sentences (by index, without u's title), not
    one where v takes a stand of its own (`heard_v`), names v (by one of the `target` names:
    v's own, or its body's or patron's) near a word of attack."""
    score = 0
    for i, sent in hostile.items() if target else ():
        if i in heard_v:
            continue
        for start, end in whole_words(sent, target):
            if _attack_word_in(sent[max(0, start - ATTACK_REACH):end + ATTACK_REACH]):
                score += ATTACK
                break
    return max(score, MAX_ATTACK)


def _allies(allying: dict[int, tuple[str, list[tuple[int, int]]]], heard_v: set[int], target: tuple[str, ...]) -> int:
    """u sides with v: in one of u's `allying` sentences (by index, without u's title, with the
    words of support in it: see `_supports`), not one v shares, a word of support ("sided
    with", "backed", "agreed with") has v (by one of the `target` names) as its object."""
    for i, (sent, supports) in allying.items() if target else ():
        if i in heard_v or not supports:
            continue
        named = whole_words(sent, target)
        for _, support_end in supports:
            for start, _ in named:
                gap = sent[support_end:start]
                # "defended herself against Y" is no support of Y.
                if support_end <= start <= support_end + ALLY_REACH and ALLY_GAP.fullmatch(gap) \
                        and not NOT_OBJECT.search(gap) and not _attack_word_in(gap):
                    return ALLY
    return 0


def _sides_with_people(sentence: str) -> bool:
    """Does a word of support in the sentence have a kind of people as its object ("sympathised
    with the workers", "backed the striking nurses"; not "defend its decision", "joined the crowd")?"""
    if not _support_word_in(sentence):
        return False
    for support in ALLIED.finditer(sentence):
        if (m := PEOPLE_AFTER.match(sentence, support.end())) and any(w and person_noun_of(w) for w in m.groups()):
            return True
    return False


def _support_word_in(sentence: str) -> bool:
    """Does the sentence hold a word of ALLIED? (Tested with `in` for the stems first: most
    sentences have none, and the pattern tries every word of those that do.)"""
    return any(stem in sentence for stem in SUPPORT_STEMS) and bool(ALLIED.search(sentence))


def _answers(sentences: list[Sentence], voices: list[Voice], acting: set[int]) -> dict[tuple[str, str], int]:
    """(u, v) -> DISSENT or ALLY where u answers v with a bare "disagreed" or "agreed" ("Nurse
    Adeyemi disagreed."), rejects what was said ("Innes rejected that.", "Kestrel denied the
    claims.", "Dacre called the complaint a sideshow"), or replies against it ("Adler countered
    that ..."): the answer is to the voice heard last before it, within ANSWER_REACH sentences."""
    found: dict[tuple[str, str], int] = {}
    # A cheap test first: few sentences have a word of answer ("agreement" is none of them).
    answering = {i: m for i in acting if any(w in sentences[i].text for w in ANSWER_WORDS)
                 for m in [ANSWER.search(sentences[i].text)] if m}
    if not answering:
        return found
    by_sentence: dict[int, list[Voice]] = {}
    for v in voices:
        for i in v.sentences:
            by_sentence.setdefault(i, []).append(v)
    for i, m in answering.items():
        for u in by_sentence[i]:
            if u.strength[i] not in ACTING:
                continue
            before = next((by_sentence[j] for j in range(i - 1, max(-1, i - 1 - ANSWER_REACH), -1)
                           if any(v is not u for v in by_sentence.get(j, ()))), [])
            for v in before:
                if v is not u:
                    found[(u.name, v.name)] = DISSENT if m.group(1) or m.group(2) or m.group(3) else ALLY
    return found


def _nominal(voices: list[Voice], affs: dict[str, Affiliation], international: bool) -> dict[str, frozenset[str]]:
    """The common nouns that name each voice in a local dispute: its body's head noun ("board"
    for the health board's chief executive, and for the board itself) and its title
    ("minister"), each only where no other body or voice shares it, and "government" for a
    government's voice where there is one government. Lowercase words, so that "The minister"
    opening a sentence is found too."""
    bodies, titles = words("body_nouns"), words("titles")
    owners: dict[str, set[str]] = {}  # noun -> the bodies or people it could name
    nouns_of: dict[str, list[str]] = {}
    for v in voices:
        aff, nouns = affs[v.name], []
        body = aff.institution or (v.name if v.kind == "organisation" else None)
        if body:
            head = body.rsplit(None, 1)[-1].lower()
            if head in bodies:
                nouns.append(head)
                owners.setdefault(head, set()).add(body.casefold())
        if v.actor.role and v.kind == "person":
            role = v.actor.role.lower().split()
            if role[-1] in titles and role[-1].isalpha() and holds_title(v.actor.role):
                nouns.append(role[-1])
                owners.setdefault(role[-1], set()).add(v.name)
        if aff.branch == "executive" and not international:
            nouns.append("government")
        nouns_of[v.name] = nouns
    return {name: frozenset(n for n in nouns if len(owners.get(n, ())) <= 1) for name, nouns in nouns_of.items()}


# A body named for its members: "the nurses' union", "Drivers’ Association".
MEMBERS_BODY = lazy(r"(?:the\s+)?([a-z]+s)['’]\s+(?:union|association|federation|guild|alliance)", re.IGNORECASE)


def _target(v: Voice, aff: Affiliation, nouns: frozenset[str]) -> tuple[str, ...]:
    """The names by which a voice may be attacked or backed, the longest first: its own, its
    aliases, its body and patron, and the `nouns` that name it here."""
    names = {v.actor.name, *v.actor.aliases, *(x for x in [aff.institution, aff.patron] if x), *nouns}
    members = MEMBERS_BODY.fullmatch(aff.institution or "")
    if members:  # "backed the nurses": the people a union is named for are the union's side
        names.add(members.group(1).lower())
    return tuple(sorted((n for n in names if len(n) > 2), key=len, reverse=True))


def _cluster(voices: list[Voice], ties: dict[tuple[str, str], int], affs: dict[str, Affiliation],
             fields: tuple[str, ...], neutral: set[str], siding: set[str]) -> list[Camp]:
    camps = [Camp([v]) for v in voices]

    def link(a: Camp, b: Camp) -> int:
        ours, theirs = [u.name for u in a.voices], [v.name for v in b.voices]
        return sum(ties[(u, v)] for u in ours for v in theirs)

    # Per pair of camps, the summed ties and whether any two of their voices are at odds,
    # updated as camps merge rather than summed over every pair of voices on every round.
    names = [v.name for v in voices]
    sums = [[ties[(u, v)] if u != v else 0 for v in names] for u in names]
    odds = [[score < 0 for score in row] for row in sums]
    while True:
        # Camps with any two voices at odds never merge, however close the rest are.
        pairs = [(sums[i][j], i, j) for i in range(len(camps)) for j in range(i + 1, len(camps)) if not odds[i][j]]
        best = max(pairs, default=(0, 0, 0))
        if best[0] <= 0:
            break
        _, i, j = best
        camps[i].voices += camps[j].voices
        del camps[j]
        for k in range(len(sums)):
            sums[i][k] = sums[k][i] = sums[i][k] + sums[j][k]
            odds[i][k] = odds[k][i] = odds[i][k] or odds[j][k]
        for table in (sums, odds):
            del table[j]
            for row in table:
                del row[j]
    # A camp of neutral voices alone is no side, nor a side's foe or friend: it is left out.
    return _settle([c for c in camps if any(v.name not in neutral for v in c.voices)], link, affs, fields, siding)


def _settle(camps: list[Camp], link: Link, affs: dict[str, Affiliation], fields: tuple[str, ...],
            siding: set[str]) -> list[Camp]:
    """Keep the camps that stand apart as sides; fold the rest into the side they fit best.
    `siding`: the voices that side with someone where they act (see `find_sides`)."""
    camps.sort(key=lambda c: -c.weight)
    settled: list[Camp] = []
    for camp in camps:
        if not settled or (len(settled) < MAX_SIDES and _stands_apart(camp, settled, link, affs, fields)):
            settled.append(camp)
            continue
        foes = [c for c in settled if link(camp, c) < 0]
        # The enemy of my enemy: a camp that opposes the same people.
        friends = [c for c in settled if c not in foes and any(link(c, f) < 0 for f in foes)]
        # With nothing else to go on, a voice joins the camp with the most voices: a lone
        # target of criticism draws many critics.
        candidates = friends or [c for c in settled if c not in foes] or settled
        home = max(candidates, key=lambda c: (link(camp, c), len(c.voices), c.weight))
        if link(camp, home) == 0 and _identity(camp, affs, fields) is None:
            # People who speak for no body and are tied to no side are with the side heard right
            # before them, unless their own words side with someone the article does not tie to a
            # side ("sympathised with the workers"); else with the side that is no body heard
            # itself (see `_stands_apart`): residents with their campaign, nurses with their union,
            # against the trust; not with a government, which the people it governs seldom speak for.
            heard_before = (_heard_before(camp, settled) if all(link(camp, c) == 0 for c in settled)
                            and not any(v.name in siding for v in camp.voices) else None)
            plain = [c for c in candidates if not _body_heard(c, affs, fields)
                     and _identity(c, affs, fields) != GOVERNMENT]
            if heard_before:
                home = heard_before
            elif len(plain) == 1:
                home = plain[0]
        home.voices += camp.voices
    # Sides read in the order the article first gives them a voice.
    return sorted(settled, key=lambda c: min(i for v in c.voices for i in v.sentences))


def _heard_before(camp: Camp, settled: list[Camp]) -> Camp | None:
    """The one side whose voices take a stand in the sentences right before the camp's first
    (up to CONTEXT_REACH back, the nearest that has any), for a camp of people tied to no one:
    news gives a side's voices together, the mother whose son was searched after the community
    group that speaks for the searched, the rider after the riders' union. None where two sides
    are heard there, or where the camp holds anyone the article never calls he or she (a body the
    cast took for a person: "Marches Water")."""
    if not all(v.kind == "person" and v.actor.gender for v in camp.voices):
        return None
    first = min(i for v in camp.voices for i in v.sentences)
    for back in range(1, CONTEXT_REACH + 1):
        near = [c for c in settled if any(first - back in v.sentences for v in c.voices)]
        if near:
            return near[0] if len(near) == 1 else None
    return None


def _stands_apart(camp: Camp, settled: list[Camp], link: Link, affs: dict[str, Affiliation], fields: tuple[str, ...]) -> bool:
    """A camp is a side when it opposes a side (a third side: every side), or has an identity
    of its own (for a third side, a country or an institution) and enough to say. A camp
    that opposes only one of two sides is on the other: the nurse who answers the health
    minister is on the union's side, not a side of her own. Two parties each heard with their
    own lawyer are the two sides of a case, though neither names the other."""
    if len(settled) >= 2 and all(v.kind == "group" or v.from_lexicon for v in camp.voices):
        return False  # a third side needs someone the article names
    if camp.weight < (1 if len(settled) < 2 else MIN_THIRD_SIDE_WEIGHT):
        return False
    foes = sum(link(camp, c) < 0 for c in settled)
    if foes and (len(settled) < 2 or foes == len(settled)):
        return True
    # A party of its own is no third side: a camp whose party is unknown may well share it.
    own_fields = fields if len(settled) < 2 else tuple(f for f in fields if f != "party")
    own = _identity(camp, affs, own_fields)
    if own is None and len(settled) == 1 and link(camp, settled[0]) == 0:
        if _staffed(camp, affs) and _staffed(settled[0], affs):
            # Two principals, each heard with their own lawyer, campaign manager or spokesman: the
            # two sides of a case or a race ("Her lawyer, Ravi Sethi", "Kostas's campaign manager").
            return True
        # The one side so far is a body's that is heard itself (a company, a health board): people
        # who speak for none, and whom nothing ties to it, are heard against it. (Not so a body
        # only named in roles, "union president": its people are often named by their role alone.)
        return _body_heard(settled[0], affs, fields) and camp.weight >= 2 and all(v.kind == "person" for v in camp.voices)
    return own is not None and all(_identity(c, affs, fields) != own for c in settled)


def _staffed(camp: Camp, affs: dict[str, Affiliation]) -> bool:
    """Does one of the camp's voices speak for another, as its lawyer or its staff ("His barrister,
    Jonathan Reeve KC", "Kostas's campaign manager, Phil Trudel")?"""
    names = {v.name for v in camp.voices}
    return any(affs[v.name].patron in names for v in camp.voices)


def _body_heard(camp: Camp, affs: dict[str, Affiliation], fields: tuple[str, ...]) -> bool:
    """Is the camp's identity a body or a country heard in it ("The board said ...")?"""
    own = _identity(camp, affs, fields)
    return any(v.name == own and v.kind in ("organisation", "country") for v in camp.voices)


def _sides(camps: list[Camp], affs: dict[str, Affiliation], votes: dict[str, Vote | None],
           courts: dict[str, str | None], fields: tuple[str, ...]) -> list[Side]:
    sides: list[Side] = []
    for camp in camps:
        others = [c for c in camps if c is not camp]
        # Failing all else, the one the camp speaks for: "Gullwing Lines" for its managing director.
        label = (_label(camp, others, affs, fields) or _vote_label(camp, others, votes) or _court_label(camp, others, courts)
                 or _label(camp, others, affs, ("patron",)) or _spoken_for(camp, affs) or _lead_name(camp))
        base = side_id = slugify(label) or "side"
        n = 1
        while any(s.id == side_id for s in sides):
            n += 1
            side_id = f"{base}-{n}"
        sides.append(Side(id=side_id, label=label, members=_members(camp)))
    return sides


def _label(camp: Camp, others: list[Camp], affs: dict[str, Affiliation], fields: tuple[str, ...]) -> str | None:
    """What the camp shares and the other camps do not, nor are: not the board that a dissenting
    board member breaks with, nor the governor his former spokeswoman turned on."""
    heard_elsewhere = {v.name for c in others for v in c.voices}
    for field_ in fields:
        value = _shared(camp, affs, field_)
        if value and value not in heard_elsewhere and all(_shared(c, affs, field_) != value for c in others):
            return value[0].upper() + value[1:]  # a body read from a role is a common noun: "union"
    return None


def _vote_label(camp: Camp, others: list[Camp], votes: dict[str, Vote | None]) -> str | None:
    """"For the closure" or "Against the closure" (the first motion the article names, for every
    side alike), else "For the motion" or "Against the motion": when the camp's voters all voted
    one way, and the other camps' voters all the other way."""
    cast = [vote for v in camp.voices if (vote := votes.get(v.name))]
    if not cast or len({vote.against for vote in cast}) > 1:
        return None
    against = cast[0].against
    elsewhere = {vote.against for c in others for v in c.voices if (vote := votes.get(v.name))}
    if elsewhere != {not against}:
        return None
    motion = next((vote.motion for vote in votes.values() if vote and vote.motion), "the motion")
    return f"{'Against' if against else 'For'} {motion}"


def _court_label(camp: Camp, others: list[Camp], courts: dict[str, str | None]) -> str | None:
    """"Prosecution" or "Defence": the side of a court case all the camp's voices that have one are
    on, when another camp's are on the other. (With one side heard, the others in its camp may be
    anyone: "Lucy Penhale, solicitor for the fraudster" is no prosecutor.)"""
    ours = {side for v in camp.voices if (side := courts[v.name])}
    theirs = {side for c in others for v in c.voices if (side := courts[v.name])}
    return ours.pop().capitalize() if len(ours) == 1 and len(theirs) == 1 and not ours & theirs else None


def _spoken_for(camp: Camp, affs: dict[str, Affiliation]) -> str | None:
    """A body heard in the camp that another of its voices speaks for, the most heard first: Kestrel
    Motors, heard in "the company said" and through its lawyer, whose words alone are too few to
    name the side by (`_shared`)."""
    bodies = {affs[v.name].institution for v in camp.voices}
    # Not an arena ("Congress"), whose members speak for themselves (see `_members`).
    heard = [v for v in camp.voices if v.kind == "organisation" and v.name in bodies
             and v.name.split()[-1].lower() not in words("arena_words")]
    return max(heard, key=lambda v: len(v.sentences)).name if heard else None


def _lead_name(camp: Camp) -> str:
    """The name of the camp's leading voice: the person who says most."""
    lead = max(camp.voices, key=lambda v: (v.kind == "person", len(v.sentences)))
    return _bare_name(lead.name)


def _identity(camp: Camp, affs: dict[str, Affiliation], fields: tuple[str, ...]) -> str | None:
    """The first of the camp's shared country, party or institution (of `fields`)."""
    return next((value for value in (_shared(camp, affs, f) for f in fields) if value), None)


def _shared(camp: Camp, affs: dict[str, Affiliation], field_: str) -> str | None:
    """The value of an affiliation field that the largest share (at least a third) of what the camp says comes from."""
    # (A dict and `max`: this runs for every camp and field, and a Counter costs several times as much.)
    shares: dict[str, int] = {}
    for v in camp.voices:
        value = getattr(affs[v.name], field_)
        if value:
            shares[value] = shares.get(value, 0) + len(v.sentences)
    most = max(shares.values(), default=0)
    leaders = [value for value, share in shares.items() if share == most]
    return leaders[0] if len(leaders) == 1 and most * 3 >= camp.weight else None


def _members(camp: Camp) -> list[Member]:
    """The people and organisations that take a stand, a body beside the people who speak for it
    ("Kinderwell" and its chief executive: the company is a party). Left out: party groups
    ("Democrats"); bodies only the lexicon found ("White House"; their sentences still count as
    evidence); arenas such as "Congress" or a committee, whose members speak for themselves; a
    U.S. state the cast took for a person; and a country when someone else speaks for it."""
    people = [v for v in camp.voices if v.kind in ("person", "organisation")]
    members = []
    for v in camp.voices:
        if v.kind == "group" or v.from_lexicon or (v.kind == "country" and people) or v.name in gazetteer.us_states():
            continue
        if v.kind != "person" and v.name.split()[-1].lower() in words("arena_words"):
            continue
        members.append(Member(name=_bare_name(v.name), role=v.actor.role))
    return members


def _bare_name(name: str) -> str:
    """"Chuck Schumer of New York" -> "Chuck Schumer": the home state or country is no part of a name."""
    m = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?([A-Z].*)", name)
    if m and (m.group(2) in gazetteer.us_states() or m.group(2) in gazetteer.country_names()):
        return m.group(1)
    return name
