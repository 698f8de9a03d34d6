"""Titles and summaries of press releases and wire copy: a release line with its colon ("FOR IMMEDIATE
RELEASE:") and an embargo line ("EMBARGOED UNTIL 00:01 GMT, 3 MARCH") say when the story may run, not
what it says: neither is a headline, a title or a summary's sentence."""
import pytest

from briefing.articles import parse_article
from briefing.extract import extract
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


@pytest.mark.parametrize("line", [
    "Embargoed goods worth four million pounds were seized at the port of Grantley on Monday.",
    "For immediate release of the hostages, the rebels asked for a ransom of ten million.",
])
def test_a_sentence_that_opens_with_the_same_words_stays_news(line):
    text = f"{line} The harbour police said the search would go on.\n"
    assert extract(text, HEADLINE).summary[0] == line
