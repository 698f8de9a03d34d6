"""The reader: decoding, headlines, front matter and Markdown to plain text."""
from pathlib import Path

import pytest

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.articles import _parsed_text, _plain_paragraphs, find_article_files, parse_article
from briefing.problems import Problems


def parse(data: bytes, path: str = "a.txt"):
    problems = Problems()
    return parse_article(data, path, problems), problems


def test_plain_text_headline_is_a_short_first_line_without_final_punctuation():
    article, problems = parse(b"Putin offers a call\n\nThe Kremlin said on Friday that it would talk.\n")
    assert article.headline == "Putin offers a call"
    assert article.text == "The Kremlin said on Friday that it would talk."
    assert not problems


def test_plain_text_sentence_first_is_not_a_headline():
    article, _ = parse(b"The Kremlin said it would talk.\n\nMore text here.")
    assert article.headline is None
    assert article.text.startswith("The Kremlin said")


WRAPPED = b"""Board closes maternity unit

The Westvale health board voted on Thursday to close the maternity unit
at St Anne's Hospital, despite a petition signed by 12,000 residents.

"We have to put safety first, and the unit cannot be staffed safely,"
said the health board's chief executive, Dr Helen Carter. "Mothers will
be better served at the regional centre."
"""


def test_hard_wrapped_plain_text_reads_one_line_a_paragraph():
    article, _ = parse(WRAPPED)
    assert article.headline == "Board closes maternity unit"
    assert article.text.split("\n\n") == [
        "The Westvale health board voted on Thursday to close the maternity unit at St Anne's Hospital, "
        "despite a petition signed by 12,000 residents.",
        '"We have to put safety first, and the unit cannot be staffed safely," said the health board\'s chief '
        'executive, Dr Helen Carter. "Mothers will be better served at the regional centre."',
    ]


def test_hard_wrapped_paragraphs_apart_by_several_or_blank_looking_lines_are_unwrapped_too():
    for gap in (b"\n\n\n", b"\n   \n"):
        article, _ = parse(WRAPPED.replace(b"\n\n", gap))
        assert "\n" not in article.text.replace("\n\n", "") and "at St Anne's Hospital" in article.text


def test_a_headline_line_right_above_hard_wrapped_text_is_the_headline_and_the_text_is_unwrapped():
    """A short headline on the line above the text, with no blank line between: the text is still
    read as hard-wrapped (the headline's short line is no wrap), and the headline is no part of it."""
    article, _ = parse(WRAPPED.replace(b"unit\n\n", b"unit\n", 1))
    assert article.headline == "Board closes maternity unit"
    assert article.text == parse(WRAPPED)[0].text


def test_a_title_case_headline_as_long_as_the_wrap_is_not_run_into_the_lead():
    headline = b"Westvale Health Board Votes to Close St Anne's Maternity Unit\n"
    article, _ = parse(headline + WRAPPED.split(b"\n\n", 1)[1])
    assert article.headline == "Westvale Health Board Votes to Close St Anne's Maternity Unit"
    assert article.text.startswith("The Westvale health board voted on Thursday")


@pytest.mark.parametrize("lead, opening", [
    # A wrap may end the first line before a name ("...at St Anne's / Hospital"): that line is as
    # long as the others, in sentence case.
    (b"The Westvale health board voted on Thursday to close the unit at St Anne's\n"
     b"Hospital, despite a petition signed by 12,000 residents of the valley and\n"
     b"a march through the town centre by parents and midwives on Saturday, when\n"
     b"the high street was closed to traffic for most of the afternoon.\n\n"
     b"The board said the unit could not be staffed safely after the summer.\n",
     "The Westvale health board voted on Thursday to close the unit at St Anne's Hospital, "),
    # A lead may open with names and their titles alone, all capitalised, and the wrap may end its
    # first line inside that list ("..., and Deputy Chairwoman Alice / Moreno agreed"): Title Case,
    # but a sentence going on.
    (b"The Harbour Board Chairman, Peter Vance, and Deputy Chairwoman Alice\n"
     b"Moreno agreed on Monday to delay the vote on the new ferry terminal until\n"
     b"the spring, after residents of the east quay asked for more time to study\n"
     b"the plans and the cost of the dredging work that the terminal would need.\n\n"
     b"The board said the delay would not raise the cost of the project, which\n"
     b"the harbour has set aside money for, and that building would still start\n"
     b"in the autumn, as planned, once the contracts for the work were signed.\n",
     "The Harbour Board Chairman, Peter Vance, and Deputy Chairwoman Alice Moreno agreed "),
])
def test_a_hard_wrapped_first_line_of_the_lead_is_no_headline_and_joins_the_next(lead, opening):
    article, _ = parse(lead)
    assert article.headline is None
    assert article.text.startswith(opening)


def test_line_breaks_a_writer_chose_are_kept():
    subhead = b"Mayor calls bridge toll unfair, but backs it; \nAnger among councillors drives mayor to respond.\n\nMore."
    byline = b"By Jane Doe\nStaff writer\n\nThe council voted on Thursday to close the library on Elm Road.\n"
    entries = b"The council voted on Thursday to close the library.\nShort entry.\nAnother entry of some length, here.\n"
    for data in (subhead, byline, entries):
        article, _ = parse(data)
        assert article.text == data.decode().strip()


def test_cp1252_falls_back_with_a_warning_naming_the_file():
    article, problems = parse("He said \u201cyes\u201d.".encode("cp1252"))
    assert article.text == "He said \u201cyes\u201d."
    assert [str(p) for p in problems.warnings][0].startswith("a.txt:1: warning: not valid UTF-8")


def test_binary_and_empty_articles_are_skipped_with_warnings():
    assert parse(b"\x89PNG\r\n\x1a\n\x00\x00")[0] is None
    article, problems = parse(b"   \n\n ")
    assert article is None
    assert "empty article" in str(problems.warnings[0])


def test_an_article_that_is_only_a_headline_is_skipped_alike_in_text_and_markdown():
    """A headline with no text below it (a story begun, not written) has nothing to extract,
    whether it is a .txt file's one short line or a .md file's heading: no page, and a warning
    that says what is missing."""
    for data, path in ((b"Council splits over bridge plan\n", "a.txt"), (b"# Council splits over bridge plan\n", "a.md"),
                       (b"Council splits over bridge plan\r\n\r\n", "a.txt")):
        article, problems = parse(data, path)
        assert article is None, path
        assert [str(p) for p in problems.items] == [
            f"{path}: warning: only a headline ('Council splits over bridge plan'), no text to extract; "
            "skipped: write the article below it"]
    # One line that ends as a sentence does is text, as it was.
    assert parse(b"The council voted to build the bridge.\n")[0].text == "The council voted to build the bridge."


def test_markdown_front_matter_and_text():
    source = (
        "---\ntitle: A <b>bold</b> title\ndate: 2021-03-19\nurl: https://example.com/a\ntags: [russia, us]\n---\n"
        "# Heading ignored when title given\n\nHe said, \u201cthis is *fine*.\u201d\n\n<script>alert(1)</script>\n"
    ).encode()
    article, problems = parse(source, "story.md")
    assert not problems.errors
    assert article.headline == "A <b>bold</b> title"
    assert article.meta["date"] == "2021-03-19"
    assert article.meta["tags"] == ["russia", "us"]
    assert "He said, \u201cthis is fine.\u201d" in article.text
    # Markdown HTML is off: the tag is text for extraction, and the renderer escapes it.
    assert "<script>alert(1)</script>" in article.text


def test_front_matter_errors_carry_the_file_line():
    source = b"---\ntitle: ok\ndate: [not, a, date]\nflavour: x\n---\nBody text here.\n"
    article, problems = parse(source, "story.md")
    messages = [str(p) for p in problems.items]
    assert any(m.startswith("story.md:3:7: error: expected a date") for m in messages), messages
    assert any(m.startswith("story.md:4:1: warning: unknown key 'flavour'") for m in messages), messages
    assert article.text == "Body text here."


def test_front_matter_never_closed_is_an_error_but_a_leading_rule_is_markdown():
    _, problems = parse(b"---\ntitle: Unclosed\ndate: 2026-01-02\n\nThe mayor said so.\n", "story.md")
    assert [str(p) for p in problems.errors] == [
        "story.md:1:1: error: the front matter opened by '---' on line 1 is never closed: "
        "add a line '---' after its last field"
    ]
    article, problems = parse(b"---\n\nA rule first, then text.\n", "rule.md")
    assert not problems and article.text == "A rule first, then text."


def test_javascript_url_in_front_matter_is_dropped_with_a_warning():
    article, problems = parse(b"---\nurl: javascript:alert(1)\n---\nText.\n", "x.md")
    assert "url" not in article.meta
    assert "only http, https, mailto" in str(problems.warnings[0])


def test_an_empty_tag_is_left_out_with_a_warning_at_its_place():
    article, problems = parse(b'---\ntags: [council, "", "  "]\n---\nText.\n', "x.md")
    assert article.meta["tags"] == ["council"]
    assert [str(p) for p in problems.warnings] == [
        f"x.md:2:{col}: warning: an empty tag is left out; delete it, or give it a word" for col in (17, 21)]


def test_a_blank_title_in_front_matter_is_left_out_with_a_warning_at_its_place():
    """Else the briefing's title, and so the link to its page, would be spaces."""
    article, problems = parse(b'---\ntitle: "   "\n---\nCouncil splits over hours\n\nThe council voted.\n', "x.md")
    assert "title" not in article.meta
    assert [str(p) for p in problems.warnings] == [
        "x.md:2:8: warning: a blank title is left out, and the briefing takes its title from the article; "
        "write the title, or delete the line"]


def test_a_front_matter_title_of_a_zero_width_space_is_left_out_with_a_warning():
    article, problems = parse('---\ntitle: "\u200b"\n---\nCouncil splits over hours\n'.encode(), "x.md")
    assert "title" not in article.meta
    assert [str(p) for p in problems.warnings] == [
        "x.md:2:8: warning: a blank title is left out, and the briefing takes its title from the article; "
        "write the title, or delete the line"]


def test_a_url_no_parser_can_read_is_dropped_with_a_warning():
    article, problems = parse(b'---\nurl: "https://example.com](https://example.com/story)"\n---\nText.\n', "x.md")
    assert "url" not in article.meta
    assert "only http, https, mailto" in str(problems.warnings[0])


def test_symlink_outside_the_site_is_not_followed(tmp_path: Path):
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    (site / "seeds" / "link.txt").symlink_to(outside)
    (site / "seeds" / "real.txt").write_text("Real article.")
    (site / "seeds" / "photo.png").write_bytes(b"\x89PNG\x00")
    (site / "seeds" / "loop").symlink_to("loop")
    problems = Problems()
    found = find_article_files(site, ["seeds"], problems)
    assert [rel for _, rel in found] == ["seeds/real.txt"]
    messages = [str(p) for p in problems.warnings]
    assert "seeds/link.txt: warning: symlink points outside the site; not followed" in messages
    assert "seeds/photo.png: warning: not a text article (expected .txt or .md); skipped" in messages
    assert "seeds/loop: warning: symlink loop (it leads back to itself); skipped" in messages


def test_files_editors_leave_beside_an_article_are_not_articles_and_not_warned_of(tmp_path: Path):
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    for name in ("story.md", "story.md~", ".story.md.swp", "#story.md#", "story.md.tmp", "story.md.bak", ".hidden.md"):
        (site / "seeds" / name).write_text("A story.")
    problems = Problems()
    assert [rel for _, rel in find_article_files(site, ["seeds"], problems)] == ["seeds/story.md"]
    assert not problems.items


# Pieces of article lines: the words and punctuation of news, pieces that matter at the edge of
# a line (lists, rules, code, breaks), and Markdown syntax, rarer, so that many bodies hold none.
WORDS = st.sampled_from(["He", " ", "said", "Putin", "“no,”", "‘yes’", '"', "'", "!", "?", ".", ",", ":", "(", ")",
                         "—", "%", "$", "]"])
EDGES = st.sampled_from(["-", "--", "---", "2021", "1.", "3)", " ", "  ", "    ", "\u00a0", "\u2028", "\u3000"])
MARKUP = st.sampled_from(["*", "**", "_", "#", "&amp;", "&", "<b>", ">", "[a](b)", "[", "`", "\\", "=", "===", "+",
                          "|", "~~~", "\t", "\r"])
LINES = st.lists(st.one_of(WORDS, WORDS, WORDS, WORDS, WORDS, WORDS, EDGES, EDGES, EDGES, MARKUP), max_size=5)
# Syntax at the start of a line (lists, quotes, headings, fences, reference definitions), then words.
OPENED = st.tuples(st.one_of(MARKUP, EDGES), LINES).map(lambda opened: [opened[0], *opened[1]])
BODIES = st.lists(st.one_of(LINES, LINES, OPENED).map("".join), max_size=6).map("\n".join)


@settings(max_examples=400, derandomize=True, database=None)
@given(BODIES)
@example("a\nb\n\nc")
@example("He said _no_ twice.")
@example("He said `no` twice.")
@example("An escaped \\. dot.")
@example("He said \\*no\\* twice.")
@example("[a]: /b\n\nText.")
@example("> Quoted.")
@example("+ Listed.")
@example("~~~\nFenced.\n~~~")
@example("Title\n===")
@example("AT&amp;T")
@example("# Heading\n\nText.")
def test_plain_paragraphs_read_as_markdown_it_reads_them(body: str):
    plain = _plain_paragraphs(body)
    if plain is not None:
        assert (plain, None) == _parsed_text(body)


def test_plain_paragraphs_skip_the_parser_only_without_markdown_syntax():
    body = "Moscow and Washington traded accusations!\nThe talks stalled.\n\n\n“We are ready,” he said.\n"
    assert _plain_paragraphs(body) == (
        "Moscow and Washington traded accusations! The talks stalled.\n\n“We are ready,” he said."
    )
    for marked in ("# Headline\n\nText.", "Text with *emphasis*.", "- a list", "1. a list", "    code",
                   "A hard  \nbreak", "AT&amp;T", "Line\n===", "<p>html</p>"):
        assert _plain_paragraphs(marked) is None, marked


def test_a_date_written_day_first_or_month_first_is_told_as_yyyy_mm_dd():
    for date, fix in (("19/03/2021", "write it as 2021-03-19"), ("3.19.2021", "write it as 2021-03-19"),
                      ("03/04/2021", "write it as 2021-04-03 if the day comes first, or 2021-03-04 if the month does"),
                      ("2021/03/19", "write it as 2021-03-19"), ("2021-3-9", "write it as 2021-03-09")):
        _, problems = parse(f"---\ndate: {date}\n---\nThe council met.\n".encode(), "a.md")
        assert [str(p) for p in problems.items] == [
            f"a.md:2:7: error: expected a date (YYYY-MM-DD), found '{date}'; {fix}"]


LEAD = b"The council voted on Tuesday to close the old harbour bridge to cars for a year.\n"


def test_a_byline_or_a_timestamp_on_the_first_line_is_no_headline():
    """A byline or a timestamp says who wrote the story and when, not what it says: it is never
    the headline, and the page's title is made from the lead. A headline below it still is one."""
    for line in (b"By Jane Doe", b"By Jane Doe and Raj Patel, Reuters", b"BY JANE DOE", b"Jane Doe, Staff Writer",
                 b"Published 3 March 2024", b"Updated: 4 March 2024, 10:15 GMT", b"Posted on March 4, 2024 at 9:30 am"):
        for gap in (b"\n\n", b"\n"):
            article, _ = parse(line + gap + LEAD)
            assert article.headline is None, line
            assert article.text.endswith(LEAD.decode().strip())
        article, _ = parse(line + b"\n\nCouncil shuts the harbour bridge\n\n" + LEAD)
        assert article.headline == "Council shuts the harbour bridge", line
        assert "Council shuts" not in article.text


def test_a_headline_that_opens_with_by_is_a_headline_still():
    for line in (b"By the end of the day the council had closed the bridge", b"By-election date set for May"):
        article, _ = parse(line + b"\n\n" + LEAD)
        assert article.headline == line.decode()


def test_a_sentence_case_headline_nearly_as_long_as_the_wrap_is_not_run_into_the_lead():
    """A wrap ends a line only where the next word would not fit on it: a line that had room for
    the next line's first word was ended by its writer, however long it is."""
    lead = (b"The council voted on Tuesday to close the old harbour bridge to cars for a\n"
            b"year, after engineers found cracks in two of its piers during an inspection\n"
            b"last spring. Repairs will cost the city about four million pounds, and the\n"
            b"work is due to start in May once the contractor has been chosen by tender.\n")
    article, _ = parse(b"Council shuts the old harbour bridge to cars for a year of repairs\n" + lead)
    assert article.headline == "Council shuts the old harbour bridge to cars for a year of repairs"
    assert article.text.startswith("The council voted on Tuesday to close the old harbour bridge to cars for a year, ")
