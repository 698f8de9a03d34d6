"""summary and title: what opens a line, a sentence or a title is read for what it is. A section's
number ("3.16: ") is no live blog's time stamp; a line that a photo's credit ends is no headline,
and its sentence, less the credit, is the title's and the summary's as a lead's is; a dateline (a
wire's, a press release's) is never a title's; a short lead under a headline opens the summary,
and a line opening with an article is a lead.
A made title ends on no open quotation, no subject and its apposition, no phrase cut short. None of
it cuts a lead."""
import pytest

from briefing.articles import parse_article
from briefing.extract import extract
from briefing.extract.boilerplate import prose
from briefing.extract.sentences import split_sentences
from briefing.problems import Problems


def _prose(text: str) -> list[str]:
    return [piece.text for piece in prose(text, split_sentences(text))]


# --- section numbers and time stamps -------------------------------------------------------------

SECTIONS = ["3.16: Landlords must give tenants two months' notice before any rent increase.",
            "3.17: A tenant may ask the tribunal to review an increase within a month of the notice."]


def test_numbers_that_are_no_time_of_day_are_no_time_stamps():
    # (Minutes up to 59 only: "4.75" and "4.80" are a section's numbers, however many lines have one.)
    sections = ["4.75: Landlords must give tenants two months' notice before any rent increase.",
                "4.80: A tenant may ask the tribunal to review an increase within a month of the notice."]
    text = f"Housing code, part four\n\n{sections[0]}\n\n{sections[1]}\n"
    assert _prose(text) == sections


def test_a_lone_section_number_is_no_time_stamp():
    text = f"The code was revised in April. Its main change is below.\n\n{SECTIONS[0]}\n"
    assert SECTIONS[0] in _prose(text)


ENTRY = "Polls have closed across the borough, and the count begins at the leisure centre."
LATER = "The first ballot boxes have arrived from the harbour ward."


@pytest.mark.parametrize("stamp, later", [
    ("11.45pm: ", "11.52pm: "),  # am or pm: a time, alone or not
    ("9:30 a.m. — ", "9:41 a.m. — "),
    ("22:50 GMT: ", "22:58 GMT: "),  # a zone
    ("22:50: ", "22:58: "),  # hours and minutes alone, in a live blog's entries
    ("16.05 - ", "16.12 - "),
    ("9.30: ", "9.52: "),  # an hour of one digit
    ("9:30: ", "10:05: "),
])
def test_a_live_blogs_time_stamps_are_still_cut(stamp, later):
    text = f"Count night live\n\n{stamp}{ENTRY}\n\n{later}{LATER}\n"
    assert _prose(text) == [ENTRY, LATER]


def test_a_time_with_am_or_pm_is_cut_on_a_line_alone():
    text = f"The trial of the harbour master resumes today.\n\n2pm: {LATER}\n"
    assert LATER in _prose(text)


# --- datelines -----------------------------------------------------------------------------------

DATELINED_LEAD = ("SAN JOSE, Calif. (Reuters) - Harlow Systems said on Tuesday it would open a research campus "
                  "in the city, hiring about 2,000 engineers over five years")  # cut short: no full stop


@pytest.mark.parametrize("dateline", ["SAN JOSE, Calif. (Reuters) - ", "SAN JOSE (AP) — ",
                                      "San Jose, California (CNN) -- "])
def test_a_text_of_one_unended_line_keeps_its_dateline_out_of_its_title_and_summary(dateline):
    text = DATELINED_LEAD.replace("SAN JOSE, Calif. (Reuters) - ", dateline)
    extraction = extract(text)
    assert extraction.title.startswith("Harlow Systems said on Tuesday")
    assert extraction.summary == [text.removeprefix(dateline)]


def test_a_first_line_that_a_dateline_opens_gives_a_headline_without_it():
    lead = "SAN JOSE, Calif. (Reuters) - Harlow Systems said on Tuesday it would open a research campus …"
    text = f"{lead}\n\nThe company said the campus would employ engineers from the city's university. " \
           "The council welcomed the plan.\n"
    article = parse_article(text.encode(), "harlow.txt", Problems())
    assert article.headline == "Harlow Systems said on Tuesday it would open a research campus …"
    assert extract(article.text, article.headline).title == article.headline


def test_a_headline_in_title_case_keeps_its_bracket():
    headline = "Harlow (HRL) Shares Jump After Results"
    text = f"{headline}\n\nShares in Harlow Systems rose by a tenth on Tuesday after it reported record sales.\n"
    assert parse_article(text.encode(), "harlow.txt", Problems()).headline == headline


# --- a photo's caption, a credit after it --------------------------------------------------------

MARCH = ("Thousands of people marched through the capital on Monday against a new law that limits "
         "public assemblies.")
MARCH_STORY = (f"{MARCH} Police said the march was peaceful and made no arrests.\n\n"
               "The organisers plan another rally outside the courts next week.\n")
CAPTIONS = pytest.mark.parametrize("caption", [
    "Protesters gather outside parliament on Monday. Photo: Jane Roe/Reuters",
    "Marchers on the bridge near the parliament building. Picture: Capital Gazette",
    "A protester holds up a banner outside the courts. (Photo: Sam Reid)",
])


@CAPTIONS
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_captions_first_line_is_no_headline_and_its_title_keeps_no_credit(caption, gap):
    text = f"{caption}{gap}{MARCH_STORY}"
    article = parse_article(text.encode(), "march.txt", Problems())
    extraction = extract(article.text, article.headline)
    assert article.headline is None
    # (A caption and a lead that a credit follows look alike: the line is the title, less its credit.)
    assert extraction.title == caption.split(" Photo:")[0].split(" Picture:")[0].split(" (Photo:")[0].rstrip(".")
    assert extraction.summary[0] == MARCH


@pytest.mark.parametrize("lead, title", [
    ("The council opened a new skate park in Dunmore on Sunday.",
     "The council opened a new skate park in Dunmore on Sunday"),
    ("Four people were hurt when a ferry struck the harbour wall on Monday, the coastguard said.",
     "Four people were hurt when a ferry struck the harbour wall on Monday"),
    ("Hundreds of homes in Dunmore will be without water until Friday.",
     "Hundreds of homes in Dunmore will be without water until Friday"),
    ("Dunmore's mayor says the harbour bridge must close for a year.",
     "Dunmore's mayor says the harbour bridge must close for a year"),
])
@pytest.mark.parametrize("credit", ["Picture: Dunmore Gazette", "(Photo: Sam Reid)"])
def test_a_lead_on_the_first_line_that_a_credit_follows_is_still_the_title_and_the_summarys_lead(lead, title, credit):
    text = f"{lead} {credit}\n\nEngineers worked through the night, a spokeswoman for the council said.\n"
    article = parse_article(text.encode(), "lead.txt", Problems())
    extraction = extract(article.text, article.headline)
    assert extraction.title == title
    # (A lead as short as a title is the title as it is, which the summary does not repeat.)
    assert extraction.summary[0] == lead or extraction.title == lead.rstrip(".")
    assert not any("Gazette" in s or "Reid" in s for s in extraction.summary)


# --- a short lead under a headline ---------------------------------------------------------------

CHESS = "Mira Okafor won the Dunmore chess open on Saturday by a full point over the rest of the field."
CHESS_STORY = (f"{CHESS} She told reporters at the club that her third game had been the hardest.\n\n"
               "A schoolboy of fourteen finished second on his first try.\n")


@pytest.mark.parametrize("lead", [
    "Players at the Dunmore chess open saw Mira Okafor keep her title on Saturday.",
    "Across the weekend, ninety players sat down at the Dunmore chess open.",
    "Takeshi Sato won the Dunmore marathon on Sunday in record time.",
    "Dozens queue at the Dunmore chess club for a board in the final round.",
])
def test_a_short_lead_under_a_headline_still_opens_the_summary(lead):
    text = f"Okafor Keeps Dunmore Crown\n\n{lead}\n\n{CHESS_STORY}"
    article = parse_article(text.encode(), "chess.txt", Problems())
    assert extract(article.text, article.headline).summary[0] == lead


# --- a made title does not end inside a quotation ------------------------------------------------

def test_a_made_title_does_not_end_inside_a_quotation():
    lead = "Anglers Warn Council: Only ‘Ten Pike’ remain where the River ‘Was Once Full of Trout and Salmon.’"
    text = f"{lead}\n\nThe anglers' club wrote to the council on Friday to ask for a survey of the river.\n"
    assert extract(text).title == "Anglers Warn Council: Only ‘Ten Pike’ remain"


@pytest.mark.parametrize("dateline", ["SAN JOSE, Calif., March 3, 2026 /PRNewswire/ -- ",
                                      "NEW YORK, March 3, 2026 /PRNewswire/ — ",
                                      "DUNMORE, England, March 3 /Harbour Wire/ -- "])
def test_a_press_releases_dateline_is_cut(dateline):
    lead = ("Harlow Systems today announced plans for a research campus in the city that will house "
            "2,000 engineers by 2030.")
    text = f"{dateline}{lead} Building work will begin in the autumn.\n\nHarlow Systems makes chips for cars.\n"
    extraction = extract(text)
    assert extraction.summary[0] == lead
    assert extraction.title.startswith("Harlow Systems today announced plans")


@pytest.mark.parametrize("release", ["FOR IMMEDIATE RELEASE", "For Immediate Release", "For immediate release"])
def test_a_press_releases_release_line_is_no_headline(release):
    headline = "Harlow Systems Announces New Research Campus"
    lead = "Harlow Systems today announced plans for a research campus that will house 2,000 engineers."
    text = f"{release}\n\n{headline}\n\n{lead} Building work will begin in the autumn.\n"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == headline
    assert _prose(article.text)[0] == lead


@pytest.mark.parametrize("line", [DATELINED_LEAD, DATELINED_LEAD + " …",
                                  "SAN JOSE (AP) — Harlow Systems said it would …"])
def test_a_text_of_one_line_that_a_dateline_opens_is_a_story_not_a_headline(line):
    article = parse_article(f"{line}\n".encode(), "harlow.txt", Problems())
    assert article is not None and article.headline is None
    extraction = extract(article.text, article.headline)
    assert extraction.title.startswith("Harlow Systems said")
    assert not any("SAN JOSE" in s for s in extraction.summary)


@pytest.mark.parametrize("lead, title", [
    ("Harlow Systems, the chip maker, today announced a research campus in Dunmore that will employ 2,000 "
     "engineers by 2030.",
     "Harlow Systems today announced a research campus in Dunmore that will employ 2,000 engineers"),
    ("Ann Lee, a former teacher from Dunmore, was elected mayor on Thursday by a margin of 300 votes after "
     "a recount.", "Ann Lee was elected mayor on Thursday by a margin of 300 votes"),
])
def test_a_made_title_is_no_subject_and_its_apposition(lead, title):
    text = f"{lead} The result was announced at the town hall.\n"
    assert extract(text).title == title


def test_a_made_title_does_not_end_on_a_phrase_cut_short_after_a_comma():
    lead = "The Queen opened the new Dunmore bridge on Thursday, fifty years after the old one was built."
    text = f"{lead} Crowds lined the banks of the river.\n"
    assert extract(text).title == "The Queen opened the new Dunmore bridge on Thursday"


def test_a_made_title_ends_on_no_word_whose_phrase_is_cut_off():
    lead = ("Councillor Ann Lee has been criticised by some of her own party's members ever since she voted "
            "to close the harbour bridge in March.")
    text = f"{lead} She said she had no regrets.\n"
    assert extract(text).title == "Councillor Ann Lee has been criticised"


# --- a lead that opens with an article is the lead -----------------------------------------------

@pytest.mark.parametrize("lead", [
    "A gunman shot a man in Dunmore on Sunday night.",  # "shot": a past no list need hold
    "The people of Dunmore vote today in a referendum on independence.",  # a plural's verb
    "The police shut the harbour road on Sunday after a landslide.",
    "An early frost cut the Dunmore apple harvest by a third.",
])
def test_a_lead_that_opens_with_an_article_opens_the_summary(lead):
    text = (f"Dunmore News\n\n{lead}\n\nOfficers were called shortly after midnight, a spokeswoman said. "
            "A man of 30 was held.\n\nAn inquiry is under way.\n")
    article = parse_article(text.encode(), "dunmore.txt", Problems())
    assert extract(article.text, article.headline).summary[0] == lead


def test_a_lead_that_opens_with_an_article_is_the_title():
    text = ("The police shut the harbour road on Sunday after a landslide.\n\n"
            "He told reporters the road would stay closed for a week.\n")
    assert extract(text).title == "The police shut the harbour road on Sunday after a landslide"


# --- a line that a photo's credit ends is read as prose, credit apart ----------------------------

@pytest.mark.parametrize("lead, credit", [
    ("Police are appealing for witnesses after a crash on the ring road outside Dunmore.",
     "Picture: Dunmore Gazette"),
    ("Residents face a week without running water after a main burst under the Dunmore high street.",
     "Photo: Sam Reid"),
    ("Teachers strike over pay at every secondary school in Dunmore from Monday.", "Photo: Sam Reid"),
])
def test_a_lead_in_the_present_that_a_credit_follows_is_the_title_and_the_summarys_lead(lead, credit):
    text = (f"{lead} {credit}\n\nTraffic was diverted through the town centre for most of the day.\n\n"
            "A spokeswoman for the council said the work would take a week.\n")
    article = parse_article(text.encode(), "lead.txt", Problems())
    extraction = extract(article.text, article.headline)
    assert lead.startswith(extraction.title)  # made of the lead, the credit left out
    # The lead is the summary's first sentence, unless the title says it whole (then it is not said twice).
    assert extraction.title == lead.rstrip(".") or extraction.summary[0] == lead


# --- a date and a dash in mixed case are the sentence's ------------------------------------------

@pytest.mark.parametrize("line", [
    "Friday, May 8, 2026 – The council votes to close the harbour bridge for a year.",  # a timeline's entry
    "Tom Reid, 2 June 1940 – 8 May 2026.",  # an obituary's dates
])
def test_a_date_and_a_dash_in_mixed_case_are_no_dateline(line):
    assert _prose(f"{line}\n\nThe bridge is a hundred years old.\n")[0] == line


# --- a made title may end on a word that ends a sentence too -------------------------------------

@pytest.mark.parametrize("lead, title", [
    ("Nurses are still the workers that the public in Dunmore trusts most.",
     "Nurses are still the workers that the public in Dunmore trusts most"),
    ("The bakery sold its last loaves on Saturday for 50p each after a century of trade in Dunmore.",
     "The bakery sold its last loaves on Saturday for 50p each"),
    ("The crowd at the Dunmore regatta on Saturday was the biggest ever.",
     "The crowd at the Dunmore regatta on Saturday was the biggest ever"),
])
def test_a_made_title_may_end_on_most_each_or_ever(lead, title):
    text = f"{lead}\n\nA survey of two thousand adults was carried out in the spring.\n"
    assert extract(text).title == title


def test_a_decades_apostrophe_opens_no_quotation():
    lead = "The fashions of the ‘90s are back in the shops of Dunmore this spring, a survey of buyers found."
    text = f"{lead}\n\nDenim sold best of all.\n"
    assert extract(text).title == "The fashions of the ‘90s are back in the shops of Dunmore this spring"


# --- a made title keeps an apposition after an opening phrase ------------------------------------


def test_a_made_title_keeps_the_apposition_after_an_opening_phrase():
    lead = "In Dunmore, the town's only bank, a branch of Harlow, will close next month after 100 years."
    text = f"{lead}\n\nCustomers were told by letter.\n"
    assert extract(text).title == "In Dunmore, the town's only bank, a branch of Harlow, will close next month"




@pytest.mark.parametrize("lead", [
    "Yesterday, the harbour board, which met for six hours behind closed doors, voted to close the ferry office "
    "in Dunmore for good.",
    "Meanwhile, the harbour board, a body of nine, voted to close the ferry office in Dunmore after a long and "
    "bitter debate.",
])
def test_a_made_title_keeps_its_subject_after_a_word_of_time(lead):
    """The apposition rule cuts a subject's apposition ("Harlow Systems, the chip maker, today
    announced"), not the subject itself after "Yesterday," or "Meanwhile,"."""
    text = f"{lead} The island's shop owners said they would appeal.\n"
    assert extract(text).title.startswith(lead.split(",")[0] + ", the harbour board,")
