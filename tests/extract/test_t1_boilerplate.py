"""Titles and summaries of press releases and wire copy: a release line with its colon ("FOR IMMEDIATE
RELEASE:") and an embargo line ("EMBARGOED UNTIL 00:01 GMT, 3 MARCH") say when the story may run, not
what it says: neither is a headline, a title or a summary's sentence; nor is a contact line, nor a
header line of a release line's paragraph (a label's, one in capitals), whose short line is the headline
and whose prose is the story's; a lead on a contact line's line stays. Three or more numbers
opening lines that count up one by one ("10.15: ", "10.16: ", "10.17: ") are a law's sections, not a
live blog's time stamps; two a minute apart are a live blog's, as are 24-hour clocks counting up. A
24-hour clock ("22:05: ") is a time stamp even alone, unless a range or a lower-case word follows it. A
made title ends on no adverb whose verb it cuts off ("... are still"), nor on "at a price" cut off
before its "of"."""
import pytest

from briefing.articles import parse_article
from briefing.extract import extract
from briefing.extract.boilerplate import prose
from briefing.extract.sentences import split_sentences
from briefing.problems import Problems

HEADLINE = "Pellworth Mills Opens A Weaving Shed In Grantley"
LEAD = ("Pellworth Mills opened a weaving shed in Grantley on Tuesday, bringing sixty jobs to the "
        "valley.")
STORY = (f"{LEAD} The firm said the shed would weave blankets for hospitals. Its chair, Odile Marsh, "
         "said the valley had the best weavers in the county.\n")


# --- a press release's release and embargo lines ------------------------------------------------

RELEASE_LINES = [
    "FOR IMMEDIATE RELEASE:",
    "For immediate release:",
    "EMBARGOED UNTIL 00:01 GMT, 3 MARCH",
    "EMBARGOED UNTIL 00:01 GMT THURSDAY 3 MARCH 2026",
    "Embargoed until 10am, 5 June 2025.",
    "Embargoed until 00:01 BST on Thursday 5 June",
    "EMBARGOED: 09:00 GMT, 12 November",
]


@pytest.mark.parametrize("line", RELEASE_LINES)
def test_a_release_or_embargo_line_above_the_headline_is_no_headline(line):
    article = parse_article(f"{line}\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


@pytest.mark.parametrize("line", RELEASE_LINES)
def test_a_release_or_embargo_line_is_no_title_and_no_summary(line):
    text = f"{line}\n\n{STORY}"
    assert extract(text).title.startswith("Pellworth Mills opened a weaving shed")
    assert extract(text, HEADLINE).summary[0] == LEAD


@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE: ", "For immediate release: ",
                                   "EMBARGOED UNTIL 00:01 GMT, 3 MARCH: ", "Embargoed until 10am Thursday: "])
def test_a_release_or_embargo_label_on_the_leads_line_is_cut_and_the_lead_stays(label):
    text = f"{label}{STORY}"
    extraction = extract(text)
    assert extraction.title.startswith("Pellworth Mills opened a weaving shed")
    assert extraction.summary[0] == LEAD
    assert extract(text, HEADLINE).summary[0] == LEAD


@pytest.mark.parametrize("contact", ["Media contact: Ivo Brand, 0161 555 0100",
                                     "Press contacts: Ivo Brand and Nell Orme, press@pellworth.example",
                                     "CONTACT: Ivo Brand | +44 161 555 0100 | ivo.brand@pellworth.example"])
def test_a_press_contact_line_above_the_headline_is_no_headline(contact):
    text = f"FOR IMMEDIATE RELEASE\n{contact}\n\n{HEADLINE}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE
    assert not any("Brand" in sentence for sentence in extract(article.text, article.headline).summary)


def test_a_headline_with_a_contact_label_and_no_number_nor_address_stays_a_headline():
    line = "Contact: The Musical Comes To Grantley"
    article = parse_article(f"{line}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == line


def test_a_headline_in_capitals_with_a_date_is_no_timestamp():
    headline = "PAY DEAL DUE BY APRIL 30"
    article = parse_article(f"{headline}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == headline


@pytest.mark.parametrize("line", [
    "Embargoed goods worth four million pounds were seized at the port of Grantley on Monday.",
    "For immediate release of the hostages, the rebels asked for a ransom of ten million.",
])
def test_a_sentence_that_opens_with_the_same_words_stays_news(line):
    text = f"{line} The harbour police said the search would go on.\n"
    assert extract(text, HEADLINE).summary[0] == line


# --- a live blog's time stamps, a law's sections --------------------------------------------------

def _prose(text: str) -> list[str]:
    return [piece.text for piece in prose(text, split_sentences(text))]


SECTIONS = ["10.15: A landlord must mend a broken boiler within three days of being told of it.",
            "10.16: A tenant may hold back a tenth of the rent while a repair is overdue.",
            "10.17: A letting agent must show its fees."]


@pytest.mark.parametrize("numbers", [("10.15: ", "10.16: ", "10.17: "), ("3:16: ", "3:17: ", "3:18: ")])
def test_numbers_that_count_up_one_by_one_are_sections_not_time_stamps(numbers):
    rules = [section.split(": ", 1)[1] for section in SECTIONS]
    lines = [number + rule for number, rule in zip(numbers, rules)]
    text = "The new housing act sets out what landlords owe their tenants.\n" + "\n".join(lines) + "\n"
    assert _prose(text)[1:] == lines


def test_sections_keep_their_numbers_in_the_summary():
    text = "The new housing act sets out what landlords owe their tenants.\n" + "\n".join(SECTIONS) + "\n"
    summary = extract(text, "Housing act").summary
    assert len(summary) > 1 and summary[1:] == SECTIONS[:len(summary) - 1]  # (as many as the summary weighs worth it)


@pytest.mark.parametrize("stamp", ["22:05: ", "08:40 - "])
def test_a_lone_twenty_four_hour_clock_opening_a_line_is_a_time_stamp(stamp):
    entry = "The vote passed by nine to four, and the bridge will reopen in May."
    text = f"The council sat late into the night over the bridge budget.\n{stamp}{entry}\nThe mayor was relieved.\n"
    assert entry in _prose(text)
    assert not any(stamp.strip() in sentence for sentence in extract(text, "Bridge vote").summary)


def test_a_live_blogs_plain_stamps_newest_first_are_still_cut():
    entries = ["The last ferry of the night has been cancelled because of the gale.",
               "Coastguards have closed the promenade between the pier and the harbour.",
               "Power has been cut to about two thousand homes on the east side."]
    text = f"Storm live\n\n9.40: {entries[0]}\n\n9.15: {entries[1]}\n\n8.52: {entries[2]}\n"
    assert _prose(text) == entries


# --- a made title's last words -------------------------------------------------------------------

@pytest.mark.parametrize("lead, title", [
    ("Hundreds of residents of the flooded villages along the river Dunmore are still in emergency shelters "
     "a week after the storm.",  # no phrase ends well: the title says it is cut
     "Hundreds of residents of the flooded villages along the river Dunmore are still in…"),
    ("The old Grantley mill has been sold to a developer at a price of two million pounds, the council said.",
     "The old Grantley mill has been sold to a developer"),
    ("Farmers in the upper Pell valley have kept their grazing rights at a cost of a hundred pounds a head.",
     "Farmers in the upper Pell valley have kept their grazing rights"),
    ("A retired miner from the village of Holt died in hospital at the age of 84 after a fall at home last week.",
     "A retired miner from the village of Holt died in hospital"),
    ("Two fishermen from the village of Holt suffered badly at the hands of a gang of smugglers last winter.",
     "Two fishermen from the village of Holt suffered badly"),
    ("The Victorian swimming baths on the Grantley seafront will shut at the end of May after a long fight.",
     "The Victorian swimming baths on the Grantley seafront will shut"),
])
def test_a_made_title_ends_on_no_adverb_after_an_auxiliary_nor_on_a_phrase_whose_of_is_cut(lead, title):
    text = f"{lead} The council said more help would come.\n"
    assert extract(text).title == title


@pytest.mark.parametrize("lead, title", [
    ("The last ferry across the Dunmore estuary is still running despite the owners' plans to sell it.",
     "The last ferry across the Dunmore estuary is still running"),
    ("The clocks of the old town hall in Grantley have stood still since the night of the fire.",
     "The clocks of the old town hall in Grantley have stood still"),
    ("Fishermen in Holt tied up their boats in protest at the seizure of six boats by a patrol ship.",
     "Fishermen in Holt tied up their boats in protest at the seizure"),
    ("The time for the harbour board of Grantley to act is now.",  # the sentence's own end
     "The time for the harbour board of Grantley to act is now"),
])
def test_a_made_title_keeps_a_still_or_an_at_phrase_that_ends_well(lead, title):
    text = f"{lead} The council said more help would come.\n"
    assert extract(text).title == title


@pytest.mark.parametrize("lead, title", [
    ("The time to act on the crumbling harbour wall in Tarnby is now, the mayor said on Monday.",
     "The time to act on the crumbling harbour wall in Tarnby is now"),  # the clause ends on "now,"
    ("Riot police in the centre of Tarnby fired at a crowd of several hundred angry protesters on Saturday.",
     "Riot police in the centre of Tarnby fired at a crowd"),  # "at a crowd" says something alone
    ("The ailing Tarnby football club was sold by its owners at a loss of two million pounds last week.",
     "The ailing Tarnby football club was sold by its owners at a loss"),
    ("The number of visitors to the Tarnby lighthouse grew at a rate of ten per cent a year until the fire.",
     "The number of visitors to the Tarnby lighthouse grew at a rate"),
])
def test_a_made_title_keeps_an_adverb_that_ends_its_clause_and_an_at_a_phrase_that_is_no_price(lead, title):
    text = f"{lead} The council said more help would come.\n"
    assert extract(text).title == title


# --- fix round: a contact line in any shape, a live blog's close stamps, a clock that is no stamp ---

CONTACT_LINES = [
    "Media contact: Ivo Brand, (555) 123-4567",
    "Media contact: Ivo Brand, (0161) 555-0100",
    "Media contact: Ivo Brand, Head of Communications, 0161 555 0100",
    "Media contact: Ivo Brand on 0161 555 0100",
    "Media contact: Ivo Brand, 0161 555 0100 ext. 204",
    "Media enquiries: Ivo Brand, 0161 555 0100",
    "Press office: 0161 555 0100",
]


@pytest.mark.parametrize("release", ["FOR IMMEDIATE RELEASE:", "EMBARGOED UNTIL 00:01 GMT, 3 MARCH"])
@pytest.mark.parametrize("contact", CONTACT_LINES)
def test_a_contact_line_of_any_shape_after_a_release_line_is_no_headline(release, contact):
    text = f"{release}\n{contact}\n\n{HEADLINE}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE
    assert extract(article.text, article.headline).summary[0] == LEAD


@pytest.mark.parametrize("line", ["EMBARGOED UNTIL 05/03/2026", "Embargoed until 2026-03-05"])
def test_an_embargo_with_its_date_in_digits_is_no_headline(line):
    article = parse_article(f"{line}\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


@pytest.mark.parametrize("headline", ["Contact: Carl Rowe, 1934-1996",  # a life's years are no phone number
                                      "EMBARGOED: UN BANS ARMS TO VELM IN 2024"])  # no date nor clock
def test_a_headline_with_a_contact_or_embargo_label_and_years_stays_a_headline(headline):
    article = parse_article(f"{headline}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == headline


STORM = ["The last ferry of the night has been cancelled because of the gale.",
         "Coastguards have closed the promenade between the pier and the harbour.",
         "Power has been cut to about two thousand homes on the east side."]


@pytest.mark.parametrize("stamps", [("9.30: ", "9.31: "), ("9.30: ", "9.31: ", "9.45pm: "),
                                    ("9.30: ", "9.31: ", "9.32pm: ")])  # counting up, but one is marked a time
def test_a_live_blogs_entries_a_minute_apart_lose_their_stamps(stamps):
    text = "Storm live\n\n" + "\n\n".join(stamp + entry for stamp, entry in zip(stamps, STORM)) + "\n"
    assert _prose(text) == STORM[:len(stamps)]
    assert extract(text).title.startswith("The last ferry")


@pytest.mark.parametrize("line", [
    "09:00 – 17:00: Stalls sell fish, bread and flowers on the square, the council said.",  # a range
    "22:00 – that is when the polls close in Tarnby, the returning officer said.",  # the time is the subject
    "11:25: Whoever keeps the old harbour lamps lit shall never lack for oil.",  # a verse: 11:25 is no 24-hour clock
])
def test_a_lone_clock_that_is_no_posts_time_keeps_its_line_whole(line):
    text = f"The market in Tarnby reopens this week after a year of repairs.\n{line}\n"
    assert _prose(text)[1:] == [line]


@pytest.mark.parametrize("numbers", [("12:01: ", "12:02: ", "12:03: "), ("11:25: ", "11:26: ", "11:27: ")])
def test_clocks_that_count_up_one_by_one_are_sections_too(numbers):
    rules = [section.split(": ", 1)[1] for section in SECTIONS]
    lines = [number + rule for number, rule in zip(numbers, rules)]
    text = "The new housing act sets out what landlords owe their tenants.\n" + "\n".join(lines) + "\n"
    assert _prose(text)[1:] == lines


# --- second fix round: an embargo's four-digit clock, a release's header, a contact line's end ----

FOUR_DIGIT_EMBARGOES = ["EMBARGOED UNTIL 0001 GMT", "Embargoed until 0900 BST", "EMBARGOED UNTIL 1800 HRS",
                        "Embargoed: 0001 GMT"]


@pytest.mark.parametrize("release", ["", "FOR IMMEDIATE RELEASE:\n"])
@pytest.mark.parametrize("line", FOUR_DIGIT_EMBARGOES)
def test_an_embargo_with_a_four_digit_clock_is_no_headline(release, line):
    article = parse_article(f"{release}{line}\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


UNDATED_LEAD = "Pellworth Mills will open a weaving shed in Grantley, bringing sixty jobs to the valley."


@pytest.mark.parametrize("line", FOUR_DIGIT_EMBARGOES)
def test_an_embargo_with_a_four_digit_clock_on_the_leads_line_is_cut_and_the_lead_stays(line):
    text = f"{line}: {UNDATED_LEAD} The firm said the shed would weave blankets for hospitals.\n"
    assert extract(text).title.startswith("Pellworth Mills will open a weaving shed")
    assert extract(text, HEADLINE).summary[0] == UNDATED_LEAD


def test_an_embargo_label_needs_its_date_among_its_own_words_not_in_the_lead():
    # "on Tuesday" is the lead's, not the label's: "Embargoed: PAY CUTS HIT MILL: " has no date nor clock of
    # its own, and the line is left as it was.
    line = "The owners of the Grantley mill cut the weavers' pay by 5 per cent on Tuesday, the union said."
    text = f"Embargoed: PAY CUTS HIT MILL: {line}\n"
    assert extract(text, HEADLINE).summary[0] == text.strip()


@pytest.mark.parametrize("release", ["FOR IMMEDIATE RELEASE:", "FOR IMMEDIATE RELEASE",
                                     "EMBARGOED UNTIL 00:01 GMT, 3 MARCH"])
@pytest.mark.parametrize("header", ["PRESS RELEASE", "Media contact: Ivo Brand", "PELLWORTH MILLS LTD",
                                    "Ref: PM/2026/031", "Grantley, 5 March 2026"])
def test_the_other_lines_of_a_release_lines_paragraph_are_its_header_not_the_headline(release, header):
    text = f"{release}\n{header}\n\n{HEADLINE}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE
    assert extract(article.text, article.headline).summary[0] == LEAD


@pytest.mark.parametrize("header", ["PRESS RELEASE", f"PRESS RELEASE\n{HEADLINE}"])
def test_a_release_lines_paragraph_with_no_paragraph_after_it_gives_no_headline(header):
    text = f"FOR IMMEDIATE RELEASE:\n{header}\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline is None
    assert extract(article.text).title.startswith("Pellworth Mills opened a weaving shed")


def test_a_release_line_running_on_into_a_hard_wrapped_story_leaves_its_headline_be():
    # (With no blank line, where the release's header ends is not known: the line above the wrapped
    # lead is the headline, as below a byline.)
    wrapped = ("Pellworth Mills opened a weaving shed in Grantley on Tuesday, bringing\n"
               "sixty jobs to the valley. The firm said the shed would weave blankets\n"
               "for hospitals, and its chair said the valley had the best weavers in\n"
               "the county, which she said was the reason the firm had chosen it.\n")
    text = f"FOR IMMEDIATE RELEASE:\n{HEADLINE}\n{wrapped}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE
    assert extract(article.text, article.headline).summary[0].startswith("Pellworth Mills opened a weaving shed")


MORE = "\n\nThe firm said the shed would weave blankets for the hospitals of the county.\n"


@pytest.mark.parametrize("contact", ["Media contact: Ivo Brand, 0161 555 0100. ",
                                     "Contact: ivo@pellworth.example – "])
def test_a_contact_line_that_runs_on_into_the_lead_leaves_the_lead_in_the_summary(contact):
    text = f"{contact}{LEAD}{MORE}"
    assert "Pellworth Mills opened a weaving shed" in extract(text).title
    assert any(LEAD in sentence for sentence in extract(text, HEADLINE).summary)


def test_a_contact_line_joined_to_the_lead_by_a_soft_line_break_leaves_the_lead_in_the_summary():
    text = f"---\ntitle: {HEADLINE}\n---\nPress office: 0161 555 0100\n{LEAD}{MORE}"
    article = parse_article(text.encode(), "release.md", Problems())
    assert any(LEAD in sentence for sentence in extract(article.text, article.headline).summary)


@pytest.mark.parametrize("stamps", [("22:05: ", "22:06: ", "22:07: "), ("08:40: ", "08:41: ", "08:42: ")])
def test_a_live_blogs_24_hour_clocks_a_minute_apart_are_time_stamps_not_sections(stamps):
    entries = [stamp + entry for stamp, entry in zip(stamps, STORM)]
    assert _prose("Storm live\n\n" + "\n\n".join(entries) + "\n") == STORM
    assert extract("\n\n".join(entries) + "\n").title.startswith("The last ferry")


@pytest.mark.parametrize("contact", ["Press office: 01632 960 123", "Media contact: Ivo Brand, +34 912 345 678"])
def test_a_contact_line_with_a_phone_number_in_any_groups_is_no_headline(contact):
    article = parse_article(f"{contact}\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


@pytest.mark.parametrize("headline", ["Press Office: Statement Of 12.03.2026", "Contact: Grant Deadline 05/03/2026",
                                      "Contact: Bids Close On 2026-03-05",
                                      "Press office: Council spent 1 200 000 on adverts",
                                      "Contact: Call 0800 555 0199 If You See This Man"])
def test_a_headline_with_a_contact_label_and_a_date_or_a_sum_in_digits_stays_a_headline(headline):
    article = parse_article(f"{headline}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == headline


def test_an_embargo_with_hrs_in_lower_case_is_no_headline():
    article = parse_article(f"Embargoed until 00.01 hrs\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


def test_a_headline_in_capitals_after_an_embargo_label_with_its_date_last_stays_a_headline():
    # An embargo's words open with its clock or its date ("EMBARGOED: 09:00 GMT, 12 November").
    headline = "EMBARGOED: PAY CUTS AT MILL FROM 3 MARCH"
    article = parse_article(f"{headline}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == headline


# --- the release line's paragraph: header lines, its headline, or the story run into it -----------

ENDED_STORY = ("Pellworth Mills opened a weaving shed in Grantley on Tuesday, bringing sixty jobs to the valley.\n"
               "The firm said the shed would weave blankets for hospitals, and more staff would follow.\n")


@pytest.mark.parametrize("after", ["-ENDS-", "Notes to editors"])
def test_a_release_line_whose_paragraph_runs_into_the_story_keeps_the_story(after):
    # (No blank line between the header and the story: the short paragraph after the story is no headline.)
    text = (f"FOR IMMEDIATE RELEASE\nWeaving Shed Opens In Grantley\n{ENDED_STORY}\n{after}\n\n"
            "Media contact: Ivo Brand, 0161 555 0100\n")
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline in (None, "Weaving Shed Opens In Grantley")
    title = extract(article.text, article.headline).title
    assert title == "Weaving Shed Opens In Grantley" or title.startswith("Pellworth Mills opened")


@pytest.mark.parametrize("above", ["FOR IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE:",
                                   "By Ann Vole\nFOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 00:01 GMT, 5 MARCH", "FOR IMMEDIATE RELEASE\nPRESS RELEASE",
                                   "FOR IMMEDIATE RELEASE\nMedia contact: Ivo Brand"])
def test_a_short_line_in_a_release_lines_paragraph_that_is_no_header_line_is_the_headline(above):
    text = f"{above}\n{HEADLINE}\n\n{STORY}\nThe shed opens to visitors in May.\n"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE
    assert extract(article.text, article.headline).title == HEADLINE


# --- third fix round: a contact line's closing bracket and its last words ------------------------------

@pytest.mark.parametrize("contact", [
    "Media contact: Ivo Brand (0161 555 0100)",
    "Contact: Ivo Brand <ivo@pellworth.example>",
    "Contact: Ivo Brand (ivo@pellworth.example)",
    "Press enquiries: 0161 555 0100 (out of hours: 07700 900 123)",
    "Media contact: Ivo Brand, 0161 555 0100 between 9am and 5pm",
    "Contact: Ivo Brand on 0161 555 0100 during office hours, Monday to Friday",
    "Contact: Ivo Brand, ivo@pellworth.example, www.pellworth.example",
    "Contact: Ivo Brand, 0161-555-0100!",
    "Contact: ivo@pellworth.example;",
])
def test_a_contact_line_with_a_bracket_or_a_few_words_after_its_number_is_no_headline(contact):
    article = parse_article(f"{contact}\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE
    assert extract(article.text, article.headline).summary[0] == LEAD



# --- a phone's nine digits in threes, a sum with its currency -------------------------------------

@pytest.mark.parametrize("contact", ["Media contact: Ana Ruiz, 612 345 678", "Contact: 912 345 678"])
def test_a_contact_line_with_nine_digits_in_threes_is_no_headline(contact):
    article = parse_article(f"{contact}\n\n{HEADLINE}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


@pytest.mark.parametrize("headline", ["Contact: Fund Tops £120 000 000", "Contact: Fund Tops 120 000 000 Euros",
                                      "Press office: Council spent 1 200 000 on adverts"])
def test_a_headline_with_a_contact_label_and_a_sum_in_threes_with_its_currency_stays_a_headline(headline):
    article = parse_article(f"{headline}\n\n{STORY}".encode(), "release.txt", Problems())
    assert article.headline == headline


@pytest.mark.parametrize("firm", ["Pellworth Mills Ltd", "Pellworth Mills plc", "Pellworth Mills Inc."])
def test_a_firms_name_with_its_ltd_in_a_release_lines_paragraph_is_its_header_not_the_headline(firm):
    text = f"FOR IMMEDIATE RELEASE:\n{firm}\n\n{HEADLINE}\n\n{STORY}"
    assert parse_article(text.encode(), "release.txt", Problems()).headline == HEADLINE


def test_the_lines_under_a_label_alone_in_a_release_lines_paragraph_are_its_header_not_the_headline():
    text = f"FOR IMMEDIATE RELEASE:\nMedia contact:\nIvo Brand\n0161 555 0100\n\n{HEADLINE}\n\n{STORY}"
    assert parse_article(text.encode(), "release.txt", Problems()).headline == HEADLINE


def test_a_story_run_into_a_label_alone_in_a_release_lines_paragraph_stays_the_story():
    text = f"FOR IMMEDIATE RELEASE\nUpdate:\n{ENDED_STORY}\n-ENDS-\n"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert extract(article.text, article.headline).title.startswith("Pellworth Mills opened")


# --- a headline in capitals or with a colon right under a release line -------------------------------

@pytest.mark.parametrize("headline, between", [
    (headline, between)
    for headline in ["PELLWORTH MILLS OPENS A WEAVING SHED IN GRANTLEY", "Pellworth: New Weaving Shed Opens In Grantley",
                     "Update: Pellworth Mills Opens A Weaving Shed"]
    for between in ["\n\n", "\n"]
] + [("Grantley Council Picks Pellworth Mills Ltd", "\n\n")])
def test_a_headline_in_capitals_or_with_a_colon_under_a_release_line_is_the_headline(headline, between):
    # (With a blank line under the release line, the line below is no header of its: the paragraph
    # after it is the story's, its headline first, as below any byline. In the release line's own
    # paragraph a firm's name, "... Ltd", is its header.)
    text = f"FOR IMMEDIATE RELEASE{between}{headline}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == headline


@pytest.mark.parametrize("header", ["PELLWORTH MILLS", "Ref: PR/2026/014", "Media contact: Ivo Brand"])
def test_a_header_line_above_a_headline_in_a_release_lines_paragraph_is_still_no_headline(header):
    text = f"FOR IMMEDIATE RELEASE\n{header}\n{HEADLINE}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


# --- a last review: header paragraphs set off by blank lines; headlines that only hold a header word ----

@pytest.mark.parametrize("header", ["PRESS RELEASE", "Media contact: Ivo Brand", "REF: PR/031", "Tarnby, 3 March 2026",
                                    "PELLWORTH MILLS LTD\nMedia contact: Ivo Brand"])
def test_a_paragraph_of_header_lines_under_a_release_line_and_a_blank_line_is_no_headline(header):
    text = f"FOR IMMEDIATE RELEASE\n\n{header}\n\n{HEADLINE}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == HEADLINE


@pytest.mark.parametrize("headline", ["HOSTAGE RELEASE TALKS STALL", "PRISONERS' RELEASE DATE SET",
                                      "CONTACT LENS MAKER OPENS TARNBY PLANT", "ELECTION DATE SET FOR MAY",
                                      "NOTES FROM THE HARBOUR FESTIVAL", "PUBLIC INQUIRIES INTO FERRY DELAYS",
                                      "ABOUT TIME: TARNBY GETS A FERRY", "Contact Sport: Tarnby Bans Heading",
                                      "About Pellworth: New Office Opens", "Tarnby Farmers Back New Ag"])
def test_a_headline_that_only_holds_a_header_word_under_a_release_line_is_the_headline(headline):
    text = f"FOR IMMEDIATE RELEASE\n{headline}\n\n{STORY}"
    article = parse_article(text.encode(), "release.txt", Problems())
    assert article.headline == headline
