"""The YAML store: round trips, validation with line numbers, and edit detection."""
import hashlib
from dataclasses import replace

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import _quote_ids
from briefing.extract.attribution import Attributed
from briefing.model import Briefing, Member, Position, Quote, Side, Source, slugify
from briefing.problems import Problems
from briefing.store import (dump, generated_by, keep_quote_ids, keep_side_ids, load, remove, save, scalar_places,
                            to_mapping)


def sample() -> Briefing:
    return Briefing(
        title="Putin offers a call",
        slug="putin-offers-a-call",
        date="2021-03-19",
        source=Source("seeds/a.txt", "ab" * 32, "Wire", "https://example.com/a"),
        summary=["The Kremlin said Friday the offer was made to keep relations from collapsing."],
        quotes=[Quote("i-do-e38e9f", "I do.", "Joe Biden", "US President", "united-states", True)],
        sides=[Side("united-states", "United States", [Member("Joe Biden", "US President")],
                    [Position("Stood by calling Putin a killer", ["Biden replied, “I do.”"], ["i-do-e38e9f"])])],
    )


def test_round_trip_keeps_every_field():
    text = dump(sample(), "7")
    problems = Problems()
    assert load(text, "b.yaml", problems) == sample()
    assert not problems


_any_text = st.text(max_size=120) | st.sampled_from(
    ["true", "No", "~", "null", "123", "0x1F", ".inf", "2021-03-19", "<<", "=", "- a", "a: b", "#c", " lead", "x\ny",
     "", "'q'", "\ufeffa", "é\u2028", "word " * 30]
)


@settings(max_examples=300, derandomize=True, database=None)
@given(_any_text, _any_text, st.lists(_any_text, max_size=3), st.booleans())
def test_yaml_is_what_pyyamls_own_dumper_writes(title, text, evidence, key):
    """`dump` makes the YAML by a shorter road than PyYAML's `yaml.dump`: the same bytes, whatever
    the strings, those that read as another type ("true", "123", "null") quoted alike."""
    briefing = Briefing(title=title, slug=text, date=text, author=None, tags=[title, text],
                        source=Source(text, None, title, None), summary=[title, *evidence],
                        quotes=[Quote(title, text, title, None, text, key)],
                        sides=[Side(text, title, [Member(text, None)], [Position(title, evidence, [text])])])
    written = dump(briefing, "7")
    body = written.split("\n", 1)[1]
    assert body == yaml.dump(to_mapping(briefing), Dumper=yaml.CSafeDumper, allow_unicode=True, width=100,
                             sort_keys=False, default_flow_style=False)
    assert generated_by(written) == "7"


def test_generated_file_is_recognised_until_anybody_edits_it():
    text = dump(sample(), "7")
    assert generated_by(text) == "7"
    assert generated_by(text.replace("Putin offers", "Putin proposes")) is None
    assert generated_by(text.split("\n", 1)[1]) is None  # hand-written: no header


def test_every_problem_is_reported_with_line_and_column():
    text = (
        "title: [a, list]\n"       # wrong type
        "slug: ok\n"
        "colour: blue\n"           # unknown key
        "quotes:\n"
        "  - text: no id here\n"   # missing required key
        "  - id: x\n"
        "    text:\n"              # a required key with no value
        "sides: 3\n"               # wrong type
        "slug: again\n"            # a duplicate key
    )
    problems = Problems()
    assert load(text, "b.yaml", problems) is None
    messages = [str(p) for p in problems.items]
    assert "b.yaml:1:8: error: expected text, found a list" in messages
    assert any(m.startswith("b.yaml:3:1: warning: unknown key 'colour'") for m in messages)
    assert "b.yaml:5:5: error: missing required key 'id' in a quote" in messages
    assert "b.yaml:7:5: error: 'text' has no value, and a quote needs one" in messages
    assert "b.yaml:8:8: error: expected a list, found a value; write each item on a line of its own, after '- '" in messages
    assert "b.yaml:9:1: error: duplicate key 'slug': the second would replace the first; delete one, or merge them" \
        in messages


def test_text_reads_as_typed_even_where_yaml_would_read_a_number():
    problems = Problems()
    briefing = load("title: 12:30\nslug: a\nauthor: 0x1F\nsummary:\n  - text: 1e3\n", "a.yaml", problems)
    assert (briefing.title, briefing.author, briefing.summary) == ("12:30", "0x1F", ["1e3"])
    assert not problems


def test_a_date_with_more_than_a_time_after_it_is_an_error():
    problems = Problems()
    assert load("title: a\nslug: a\ndate: 2024-05-13 or 14, unclear\n", "a.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "a.yaml:3:7: error: expected a date (YYYY-MM-DD), found '2024-05-13 or 14, unclear'"]
    for fine in ("2024-05-13", "2024-05-13 09:30", "2024-05-13T09:30:00Z"):
        assert load(f"title: a\nslug: a\ndate: {fine}\n", "a.yaml", Problems()).date.startswith("2024-05-13")


def test_updated_is_an_optional_date_checked_as_date_is_and_kept_on_a_round_trip():
    problems = Problems()
    assert load("title: a\nslug: a\ndate: 2024-05-13\nupdated: 2024-02-30\n", "a.yaml", problems) is None
    assert [str(p) for p in problems.items] == ["a.yaml:4:10: error: expected a date (YYYY-MM-DD), found '2024-02-30' (day is out of range for month)"]
    problems = Problems()
    corrected = load("title: a\nslug: a\ndate: 2024-05-13\nupdated: 2024-05-20T08:00:00Z\n", "a.yaml", problems)
    assert corrected.updated.startswith("2024-05-20T08:00:00") and not problems
    assert load(dump(corrected, "1"), "a.yaml", problems) == corrected and not problems
    assert "updated" not in dump(load("title: a\nslug: a\n", "a.yaml", problems), "1")  # written only when given


def test_an_updated_date_before_the_date_is_a_warning_at_its_place():
    """Feeds would say the briefing changed before it was published: a typo, most likely."""
    problems = Problems()
    briefing = load("title: a\nslug: a\ndate: 2024-05-13\nupdated: '2024-03-15'\n", "a.yaml", problems)
    assert briefing is not None and briefing.updated == "2024-03-15"
    assert [str(p) for p in problems.items] == [
        "a.yaml:4:10: warning: updated '2024-03-15' is before date '2024-05-13', so feeds would say the briefing "
        "changed before it was published; write the date (and time, on the day it was published) of your correction"]
    for fine in ("2024-05-13T18:00:00Z", "2024-06-01"):
        problems = Problems()
        assert load(f"title: a\nslug: a\ndate: 2024-05-13\nupdated: {fine}\n", "a.yaml", problems) and not problems
    # Published in the evening, "updated" that morning: before it, though on the same day.
    problems = Problems()
    assert load("title: a\nslug: a\ndate: 2024-05-13T18:00:00Z\nupdated: 2024-05-13\n", "a.yaml", problems)
    assert [p.message.split(",")[0] for p in problems.items] == ["updated '2024-05-13' is before date '2024-05-13T18:00:00+00:00'"]


def test_ids_that_link_nowhere_or_twice_are_warnings_at_their_place():
    text = (
        "title: Links\n"
        "slug: links\n"
        "quotes:\n"
        "- {id: a, text: One., side: nobody}\n"       # no such side
        "- {id: A, text: Two., side: United States}\n"  # ids and sides match as slugs: 'A' is 'a' again
        "sides:\n"
        "- id: united-states\n"
        "  label: US\n"
        "  positions:\n"
        "  - {text: Says so, quotes: [a, missing]}\n"  # no quote 'missing'
        "- {id: united-states, label: Again}\n"
    )
    problems = Problems()
    briefing = load(text, "b.yaml", problems)
    assert briefing is not None and not problems.errors  # warnings: the page still builds
    assert [str(p) for p in problems.warnings] == [
        "b.yaml:11:8: warning: side id 'united-states' is used on line 7 too: links to it reach the first one only; "
        "give each side its own id",
        "b.yaml:5:8: warning: quote id 'A' is used on line 4 too: links to it reach the first one only; "
        "give each quote its own id",
        "b.yaml:4:29: warning: side 'nobody' is not one of this briefing's sides (united-states); "
        "use one of their ids, or leave the quote's side empty",
        "b.yaml:10:33: warning: quote 'missing' is not one of this briefing's quote ids; the position cannot link to it",
    ]
    problems = Problems()
    load(dump(sample(), "7"), "b.yaml", problems)
    assert not problems


def test_an_id_that_is_no_slug_is_a_warning_naming_the_anchor_pages_use():
    problems = Problems()
    load("title: A\nslug: a\nsides:\n- {id: Россия Team, label: Russia}\n", "a.yaml", problems)
    assert [str(p) for p in problems.warnings] == [
        "a.yaml:4:8: warning: side id 'Россия Team' is not a slug: pages link to it as #side-rossiya-team; "
        "write it as 'rossiya-team' (lowercase letters, digits, hyphens) to link to it as it reads",
    ]
    problems = Problems()
    load("title: A\nslug: a\nsides:\n- {id: '!!!', label: Russia}\n", "a.yaml", problems)
    assert "pages link to it as #side-side;" in str(problems.warnings[0])  # the anchor the page has


def test_a_quote_repeated_word_for_word_may_keep_its_id():
    """Articles repeat a quote; the extraction lists it each time, with the id its text gives."""
    problems = Problems()
    load("title: R\nslug: r\nquotes:\n- {id: q, text: Same.}\n- {id: q, text: Same.}\n", "r.yaml", problems)
    assert not problems


def test_a_blank_title_label_or_member_name_is_an_error_at_its_place():
    """A title or a side's label of spaces would be a link with no words on the index, the page and
    the newsletter: as good as no value, so an error where it is, as no value is."""
    problems = Problems()
    text = ('title: "   "\nslug: t\nsides:\n  - id: council\n    label: "\t "\n'
            '    members:\n      - name: " "\n')
    assert load(text, "b.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "b.yaml:1:8: error: 'title' is blank, and a briefing needs one: write it, as readers see it",
        "b.yaml:5:12: error: 'label' is blank, and a side needs one: write it, as readers see it",
        "b.yaml:7:15: error: 'name' is blank, and a member needs one: write it, as readers see it",
    ]


@pytest.mark.parametrize("blank", ["\\u200b", "\\u00a0\\u2060", "\\ufeff \\u3000", "\\u2028\\u2029"])
def test_a_title_of_characters_no_reader_sees_is_blank(blank):
    """A zero-width space (U+200B), a no-break space, a word joiner pasted from the web: the
    title would show as nothing all the same (no character but spaces, format and control ones)."""
    problems = Problems()
    text = (f'title: "{blank}"\nslug: t\nsides:\n  - id: council\n    label: "{blank}"\n'
            f'    members:\n      - name: "{blank}"\ntags: ["{blank}"]\n')
    assert load(text, "b.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "b.yaml:1:8: error: 'title' is blank, and a briefing needs one: write it, as readers see it",
        "b.yaml:5:12: error: 'label' is blank, and a side needs one: write it, as readers see it",
        "b.yaml:7:15: error: 'name' is blank, and a member needs one: write it, as readers see it",
        "b.yaml:8:8: warning: an empty tag is left out; delete it, or give it a word",
    ]


def test_a_title_with_a_letter_among_invisible_characters_is_kept():
    problems = Problems()
    assert load('title: "\\u200bT\\u200b"\nslug: t\n', "b.yaml", problems).title == "\u200bT\u200b"
    assert not problems.items


def test_an_empty_tag_in_a_briefing_is_left_out_with_a_warning():
    problems = Problems()
    briefing = load("title: T\nslug: t\ntags:\n  - ''\n  - budget\n", "b.yaml", problems)
    assert briefing.tags == ["budget"]
    assert [str(p) for p in problems.items] == ["b.yaml:4:5: warning: an empty tag is left out; delete it, or give it a word"]


@pytest.mark.parametrize("text, hint", [
    ("title: Putin: let us talk\nslug: t\n",
     "a value that holds ': ' must be in quotes, like title: \"Putin: let us talk\""),
    # A Mac or a word processor makes typed quotes curly: YAML reads them as text.
    ("title: “Putin: let us talk”\nslug: t\n",
     "a value that holds ': ' must be in straight quotes (\" or '), which “ is not, like title: \"Putin: let us talk\""),
    # Indentation pasted from a web page: YAML reads the line as text, and errs on the next.
    ("title: T\nslug: t\nsides:\n- id: a\n  label: A\n\u00a0 members: []\n  positions: []\n",
     "line 6 is indented with U+00A0 (no-break space), which YAML reads as text: retype it as plain spaces"),
    # One far above the error is text that YAML read as such, and no cause of it.
    ("summary: |\n  one\n  \u00a0two\nslug: a\ntitle: T\nauthor: Bob: the builder\n",
     "a value that holds ': ' must be in quotes, like title: \"Putin: let us talk\""),
    ("title:\n\tslug: t\n", "indent with spaces, not tabs"),
    # A key indented a space too far is read as more of the value above it: no quotes would help.
    ("title: T\nslug: t\nquotes:\n- id: a\n  speaker: Angela Brooks\n   role: Mayor\n",
     "line 6 is indented more than line 5, so YAML reads it as more of the value on line 5: "
     "indent 'role' as 'speaker' is, or, if it is more of that value's text, put the whole value in quotes"),
    # Wrapped text whose second line starts "word: ": which it is, the editor knows.
    ("title: T\nslug: t\nsummary:\n  - text: The mayor said the plan\n      failed: badly\n",
     "line 5 is indented more than line 4, so YAML reads it as more of the value on line 4: "
     "indent 'failed' as 'text' is, or, if it is more of that value's text, put the whole value in quotes"),
    ("title: T\nslug: t\nquotes:\n- id: a\n  speaker: Angela Brooks\n role: Mayor\n",
     "line 6 is indented less than line 5: indent 'role' as 'speaker' is, or as the key it belongs with"),
    # A key moved to the margin: YAML errs on the next line, but the key above it is the one to move.
    ("title: T\nslug: t\nquotes:\n- id: a\n  speaker: Angela Brooks\nrole: Mayor\n  side: a\n",
     "line 6 is indented less than the lines around it: indent 'role' as 'speaker' is"),
    # A value that wraps onto a deeper line, with ': ' in it, does need the quotes.
    ("title: T\nslug: t\nsummary:\n- text: A long\n    sentence with: a colon\n",
     "a value that holds ': ' must be in quotes, like title: \"Putin: let us talk\""),
    # A list item a column off its siblings: YAML reads it as no item of their list.
    ("title: T\nslug: t\nquotes:\n- id: a\n  text: x\n - id: b\n   text: y\n",
     "the item on line 6 starts one column right of the item on line 4, but the items of a list start in the "
     "same column: line up their '-'"),
    ("title: T\nslug: t\nquotes:\n - id: a\n- id: b\n",
     "the item on line 5 starts one column left of the item on line 4, but the items of a list start in the "
     "same column: line up their '-'"),
    ("title: T\nslug: t\nsides:\n- id: a\n  label: A\n  members:\n      - name: x\n     - name: y\n",
     "the item on line 8 starts one column left of the item on line 7, but the items of a list start in the "
     "same column: line up their '-'"),
    ("title: T\nslug: t\nquotes:\n- id: a\n  text: x\n  - id: b\n",
     "the item on line 6 starts 2 columns right of the item on line 4, but the items of a list start in the "
     "same column: line up their '-'"),
    ("title: T\nslug: t\nsummary:\n  - text: a\n   - text: b\n",
     "the item on line 5 starts one column right of the item on line 4, but the items of a list start in the "
     "same column: line up their '-'"),
    # Off by one from an outer list's item, after a nested list: it is the item its first key matches.
    ("title: T\nslug: t\nsides:\n- id: a\n  members:\n  - name: x\n - id: b\n",
     "the item on line 7 starts one column right of the item on line 4, but the items of a list start in the "
     "same column: line up their '-'"),
    # The next key of an item indented less than its first, after the '- '.
    ("title: T\nslug: t\nquotes:\n - text: x\n  speaker: y\n",
     "line 5 is indented less than line 4: indent 'speaker' as 'text' is, or as the key it belongs with"),
    ("title: [Update] Putin calls\nslug: t\n",
     "a value that starts with '[' or '{' is a list or a mapping to YAML: close it, or if it is text, put "
     "the whole value in quotes, like title: \"[Update] Putin calls\""),
    ('title: "Putin" offers a call\nslug: t\n',
     "a value that starts with a quote ends where the quote closes: to keep what follows, put the whole "
     "value in the other quotes, like title: '\"Putin\" offers a call'"),
    ('title: "Putin offers a call\nslug: t\n',
     "the quote opened on line 1 is never closed: close it where its value ends"),
])
def test_a_syntax_error_says_how_to_fix_it(text, hint):
    problems = Problems()
    assert load(text, "b.yaml", problems) is None
    (error,) = problems.errors
    assert str(error).endswith(f"; {hint}"), str(error)


def test_remove_deletes_a_file_only_as_it_was_read(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text("title: T\n")
    read = hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_text("title: Saved by an editor meanwhile\n")
    assert not remove(path, read) and path.exists()
    assert remove(path, hashlib.sha256(path.read_bytes()).hexdigest()) and not path.exists()
    assert remove(path, read)  # gone already: nothing left to keep


def test_syntax_error_has_its_mark():
    problems = Problems()
    assert load("title: x\nslug: [unclosed\n", "b.yaml", problems) is None
    (problem,) = problems.errors
    assert str(problem).startswith("b.yaml:3:1: error: YAML syntax error")


def test_hand_written_minimal_briefing_is_valid():
    problems = Problems()
    briefing = load("title: Hand made\nslug: hand-made\n", "h.yaml", problems)
    assert briefing.title == "Hand made" and briefing.quotes == [] and not problems


def test_mapping_has_the_documented_keys_in_order():
    assert list(to_mapping(sample())) == [
        "schema", "title", "slug", "date", "author", "tags", "source", "summary", "quotes", "sides"]


def test_save_refuses_when_the_file_changed_under_it(tmp_path):
    path = tmp_path / "b.yaml"
    assert save(path, "first\n", expected=None)
    assert not save(path, "second\n", expected=None)  # somebody else created it
    first = hashlib.sha256(b"first\n").hexdigest()
    assert save(path, "again\n", expected=first)  # still as this build read it
    path.write_text("editor's\n")
    assert not save(path, "third\n", expected=hashlib.sha256(b"again\n").hexdigest())
    assert path.read_text() == "editor's\n"


def test_the_resolver_shortcut_gives_every_scalar_the_type_pyyaml_gives_it():
    import yaml

    from briefing.schema import _Loader
    from briefing.store import _RESOLVER

    samples = ["", "plain text", "Über", "‘quoted’", "true", "yes", "No", "on", "OFF", "null", "~", "Null",
               "1e3", ".5", ".inf", "-1", "+1", "0x1F", "0o17", "1_000", "2021-03-19", "2021-03-19T10:00:00Z",
               "=", "<<", "!tag", "&anchor", "*alias", "- item", "12:30", "π", "Yes, we can"]
    for quick in (_Loader(""), _RESOLVER):
        for value in samples:
            for implicit in ((True, False), (False, True)):
                expected = yaml.resolver.Resolver.resolve(quick, yaml.ScalarNode, value, implicit)
                assert quick.resolve(yaml.ScalarNode, value, implicit) == expected, (type(quick), value, implicit)


def _sides(*sides: tuple[str, list[str]]) -> Briefing:
    """A briefing with these (id, member names) sides and one quote for each side, said by its first member
    (its id made from its words, as an extraction's are)."""
    return Briefing(
        title="t", slug="t",
        quotes=[Quote(f"q-{slugify(names[0])}", f"words of {names[0]}", names[0], side=side_id)
                for side_id, names in sides if names],
        sides=[Side(side_id, side_id.title(), [Member(name) for name in names]) for side_id, names in sides],
    )


def test_a_fresh_extraction_keeps_the_side_ids_links_point_to_where_mostly_the_same_members_make_a_side():
    previous = _sides(("union", ["Rosa Delgado", "Transit Workers Union"]), ("calder-transit", ["Martin Hale"]))
    fresh = _sides(("for-the-strike", ["Rosa Delgado", "Transit Workers Union", "Ana Ruiz"]),
                   ("martin-hale", ["Martin Hale", "Calder Transit"]), ("union", ["Judith Amsel"]))

    kept = keep_side_ids(fresh, previous)

    # Paired: 2 of 3 members, 1 of 2 members. The unpaired side's own id was taken, so it gets a suffix.
    assert [side.id for side in kept.sides] == ["union", "calder-transit", "union-2"]
    assert [side.label for side in kept.sides] == ["For-The-Strike", "Martin-Hale", "Union"]
    assert [(q.speaker, q.side) for q in kept.quotes] == [
        ("Rosa Delgado", "union"), ("Martin Hale", "calder-transit"), ("Judith Amsel", "union-2")]


def test_sides_with_few_members_in_common_keep_their_fresh_ids():
    previous = _sides(("union", ["Rosa Delgado", "Transit Workers Union", "Ana Ruiz"]))
    fresh = _sides(("management", ["Martin Hale", "Rosa Delgado", "Calder Transit"]))
    assert keep_side_ids(fresh, previous) is fresh
    assert keep_side_ids(previous, previous) is previous


def test_a_side_whose_members_are_renamed_keeps_its_id_by_the_quotes_it_holds():
    previous = _sides(("tom-reed", ["Tom Reed"]), ("ana-ortiz", ["Ana Ortiz"]))
    fresh = _sides(("tom-reid", ["Tom Reid"]), ("ana-ortiz", ["Ana Ortiz"]))
    fresh = replace(fresh, quotes=[replace(fresh.quotes[0], id="q-tom-reed"), fresh.quotes[1]])  # kept by keep_quote_ids
    kept = keep_side_ids(fresh, previous)
    assert [side.id for side in kept.sides] == ["tom-reed", "ana-ortiz"]
    assert [q.side for q in kept.quotes] == ["tom-reed", "ana-ortiz"]


def test_a_fresh_extraction_keeps_the_quote_ids_of_the_same_speakers_nearly_same_words():
    def briefing(*quotes: tuple[str, str, str | None]) -> Briefing:
        return Briefing(title="t", slug="t", quotes=[Quote(i, text, speaker) for i, text, speaker in quotes],
                        sides=[Side("s", "S", [Member("Ann Lee")], [Position("p", ["e"], [i for i, _, _ in quotes])])])

    previous = briefing(("jobs-1", "It is a jobs massacre, and we will fight it.", "Ann Lee"),
                        ("talks-1", "Talks resume on Monday.", "Bo Chen"),
                        ("pay-1", "Pay is the issue.", "Ann Lee"))
    fresh = briefing(("jobs-2", "It is a job massacre, and we will fight it.", "ann lee"),  # corrected
                     ("talks-2", "Talks resume on Tuesday.", "Cy Diaz"),  # another speaker's, other words
                     ("pay-2", "Wages are not the issue at all, she said.", "Ann Lee"),  # other words
                     ("jobs-2", "It is a job massacre, and we will fight it.", "ann lee"))  # repeated

    kept = keep_quote_ids(fresh, previous)

    assert [q.id for q in kept.quotes] == ["jobs-1", "talks-2", "pay-2", "jobs-1"]
    assert kept.sides[0].positions[0].quotes == ["jobs-1", "talks-2", "pay-2", "jobs-1"]
    assert keep_quote_ids(previous, previous) is previous


def test_a_quote_keeps_its_id_when_its_speaker_is_corrected_too():
    def briefing(*quotes: tuple[str, str, str | None]) -> Briefing:
        return Briefing(title="t", slug="t", quotes=[Quote(i, text, speaker) for i, text, speaker in quotes])

    previous = briefing(("sink-1", "A twelve percent rise would sink this company", "Tidewater Lines"),
                        ("trap-1", "It is a trap for the taxpayers of this town", "Reed"),
                        ("fight-1", "We will fight this plan at every turn.", "Dan Paulsen"),
                        ("wait-1", "We are waiting for an answer from the board", None))
    fresh = briefing(("sink-2", "A twelve percent rise would sink this company,", "Paul Hughes"),  # better attributed
                     ("trap-2", "It is a trap for taxpayers in this town,", "Tom Reed"),  # named in full, words corrected
                     ("fight-2", "We will fight the plan at each turn.", "Dan Paulson"),  # name and words corrected
                     ("wait-2", "We are still waiting for an answer from the board", "Rosa Delgado"))
    assert [q.id for q in keep_quote_ids(fresh, previous).quotes] == ["sink-1", "trap-1", "fight-1", "wait-1"]


@pytest.mark.parametrize("before, after, also", [
    ("John Smith", "Mary Smith", None),  # one surname, two people
    ("Chan", "Chen", None), ("Wang", "Wong", None),  # a letter apart, in names too short to tell a typo
    ("Tom Reed Jr.", "Ann Lee Jr.", None),  # nothing in common but the suffix
    ("Dan Paulsen", "Don Paulson", None),  # a letter apart, but given another first name
    ("Hunter", "Hunter Biden", None),  # a first name alone
    ("Biden", "Hunter Biden", "Joe Biden"),  # a surname alone, that another speaker has too
])
def test_a_quote_whose_words_changed_keeps_no_id_when_its_speaker_may_be_another_person(before, after, also):
    """A link moved to another person's words is worse than a link lost: a speaker's name
    corrected keeps the id only when it cannot be somebody else's."""
    said_also = [Quote("pay-1", "Pay is the issue.", also)] if also else []
    previous = Briefing(title="t", slug="t", quotes=[Quote("fight-1", "We will fight this plan at every turn.", before),
                                                     *said_also])
    fresh = Briefing(title="t", slug="t", quotes=[Quote("fight-2", "We will fight the plan at each turn.", after),
                                                  *said_also])
    assert [q.id for q in keep_quote_ids(fresh, previous).quotes][0] == "fight-2"


def test_a_quote_whose_speaker_changed_keeps_no_id_another_could_claim_as_well():
    def briefing(*quotes: tuple[str, str, str | None]) -> Briefing:
        return Briefing(title="t", slug="t", quotes=[Quote(i, text, speaker) for i, text, speaker in quotes])

    # Two people now say the words one said: which of them the link meant is anyone's guess.
    previous = briefing(("back-1", "We will not back down,", "Mary Smith"))
    fresh = briefing(("back-2", "We will not back down.", "John Brown"), ("back-3", "We will not back down!", "Cy Diaz"))
    assert keep_quote_ids(fresh, previous) is fresh
    # Both speakers still there, their words reordered and retouched: each keeps their own, none swaps.
    previous = briefing(("back-mary", "We will not back down,", "Mary Smith"),
                        ("back-john", "We will not back down,", "John Brown"))
    fresh = briefing(("back-new", "We will not back down.", "John Brown"),
                     ("back-new-2", "We will not back down.", "Mary Smith"))
    assert [(q.speaker, q.id) for q in keep_quote_ids(fresh, previous).quotes] == [
        ("John Brown", "back-john"), ("Mary Smith", "back-mary")]


def test_a_hash_that_cuts_an_unquoted_value_short_is_warned_of_where_it_starts():
    problems = Problems()
    text = ("title: We are the #1 bus town in the county\nslug: t  # the slug, a comment meant as one\n"
            "quotes:\n- id: q\n  text: '#1, and proud of it'\n")
    briefing = load(text, "b.yaml", problems)
    assert briefing.title == "We are the"  # what YAML reads: the warning says why
    (warning,) = problems.warnings
    assert str(warning).startswith('b.yaml:1:18: warning: the value stops before "#1 bus town in the coun…"')
    assert "put the whole value in quotes" in str(warning)


def test_a_list_item_a_column_right_of_the_one_above_it_is_warned_of_as_read_into_it():
    """'- budget' a column right of '- council' is no item to YAML but more of the text above it,
    though the file parses: the briefing gets one tag, 'council - budget'."""
    problems = Problems()
    briefing = load("title: T\nslug: t\ntags:\n- council\n - budget\naliases:\n  - old\n   - older\n", "b.yaml", problems)
    assert briefing.tags == ["council - budget"]  # what YAML reads: the warning says why
    assert [str(p) for p in problems.warnings] == [
        "b.yaml:5:2: warning: the item on line 4 reads 'council - budget': line 5's '-' is one column right of "
        "line 4's, which makes it more of that item's text; line the two up to make it an item of its own",
        "b.yaml:8:4: warning: the item on line 7 reads 'old - older': line 8's '-' is one column right of "
        "line 7's, which makes it more of that item's text; line the two up to make it an item of its own",
    ]
    # Long text wrapped as the build writes it, with a line that starts '- ', reads as it is.
    problems = Problems()
    evidence = "Putin called for talks " + "now " * 19 + "- as the Kremlin said on Friday in a statement to reporters."
    written = dump(Briefing(title="T", slug="t", sides=[Side("a", "A", [], [Position("Talks", [evidence], [])])]), "7")
    assert "\n      - as the Kremlin said" in written  # the evidence's item: "    - Putin called..."
    assert load(written, "b.yaml", problems) is not None and not problems.items


BRIEFING_WITH_TWO_SIDES = """title: Depot closure
slug: depot
quotes:
- id: saving
  text: a sensible saving
  side: council
- id: hour
  text: an hour a day
  side: drivers
sides:
- id: council
  label: Council
  positions:
  - text: The closure saves money.
    quotes: [saving]
- id: drivers
  label: Drivers
  positions:
  - text: It costs drivers time.
    quotes: [hour]
"""


def test_a_quote_moved_to_another_side_while_its_position_still_links_it_is_warned_of():
    problems = Problems()
    assert load(BRIEFING_WITH_TWO_SIDES, "b.yaml", problems) and not problems.items
    moved = BRIEFING_WITH_TWO_SIDES.replace("  side: council", "  side: drivers")
    assert load(moved, "b.yaml", problems) is not None
    (warning,) = problems.warnings
    assert str(warning).startswith("b.yaml:15:14: warning: quote 'saving' is on side 'drivers', but a position "
                                   "of side 'council' links to it")
    # A file as generated is the build's to correct (older extractors made such links): no noise.
    as_generated = Problems()
    parsed = load(moved, "b.yaml", Problems())
    assert load(dump(parsed, "41"), "b.yaml", as_generated) is not None and not as_generated.items


def test_a_file_with_errors_still_has_its_links_checked_in_the_same_run():
    problems = Problems()
    broken = BRIEFING_WITH_TWO_SIDES.replace("title: Depot closure", "title: [Depot, closure]").replace(
        "  side: drivers", "  side: drivres")
    assert load(broken, "b.yaml", problems) is None
    assert [p.line for p in problems.errors] == [1]
    assert any("side 'drivres' is not one of this briefing's sides" in str(w) for w in problems.warnings)


def test_a_deleted_side_is_one_warning_naming_every_quote_left_on_it():
    # The editor deletes the drivers' side whole; its three quotes still name it.
    text = BRIEFING_WITH_TWO_SIDES.replace(
        "- id: hour\n", "- id: hour\n  text: an hour a day\n  side: drivers\n"
                        "- id: pay\n  text: no pay for it\n  side: Drivers\n"  # the same side, as the page reads it
                        "- id: fare\n  text: the fare\n  side: drivres\n"  # a typo: a side of its own
                        "- id: late\n")
    text = text[:text.index("- id: drivers\n  label")]
    problems = Problems()
    assert load(text, "b.yaml", problems) is not None
    assert [str(p) for p in problems.warnings] == [
        "b.yaml:9:9: warning: side 'drivers' is not one of this briefing's sides (council), and 3 quotes name it "
        "(lines 9, 12 and 18): if it was deleted or renamed, set their side to one of those ids, or leave it "
        "empty",
        "b.yaml:15:9: warning: side 'drivres' is not one of this briefing's sides (council); use one of their ids, "
        "or leave the quote's side empty",
    ]


def test_a_merge_key_fills_in_the_keys_a_mapping_does_not_set():
    """`<<: *anchor`, as YAML's merge key: an editor gives a speaker's quotes his name, role and
    side once. The mapping's own keys win, and the first of several merged mappings does."""
    text = ("title: T\nslug: t\n"
            "quotes:\n"
            "- &peskov\n  id: a\n  text: One.\n  speaker: Dmitry Peskov\n  role: Spokesman\n  side: kremlin\n"
            "- <<: *peskov\n  id: b\n  text: Two.\n"
            "- <<: [{role: Aide, key: true}, *peskov]\n  id: c\n  text: Three.\n  side: russia\n"
            "sides:\n- &side {id: russia, label: Russia}\n- {<<: *side, id: usa}\n")
    problems = Problems()
    briefing = load(text, "b.yaml", problems)
    assert [(q.id, q.text, q.speaker, q.role, q.side, q.key) for q in briefing.quotes] == [
        ("a", "One.", "Dmitry Peskov", "Spokesman", "kremlin", False),
        ("b", "Two.", "Dmitry Peskov", "Spokesman", "kremlin", False),
        ("c", "Three.", "Dmitry Peskov", "Aide", "russia", True),
    ]
    assert [(s.id, s.label) for s in briefing.sides] == [("russia", "Russia"), ("usa", "Russia")]
    # What a merge brings in is checked as the mapping's own: here a side no side has, in two quotes.
    assert [str(p) for p in problems.items] == [
        "b.yaml:9:9: warning: side 'kremlin' is not one of this briefing's sides (russia, usa), and 2 quotes name it "
        "(lines 9 and 10): if it was deleted or renamed, set their side to one of those ids, or leave it empty"]


KNOWN_QUOTE_KEYS = "(known keys: id, key, role, side, speaker, text)"


@pytest.mark.parametrize("text, messages", [
    # An id merged in: the quote that merges it is the one to give an id of its own.
    ("quotes:\n- &q {id: a, text: x, speaker: P}\n- <<: *q\n  text: y\n",
     ["b.yaml:5:3: warning: quote id 'a' is used on line 4 too: links to it reach the first one only; give each "
      "quote its own id (merged from *q on line 4)"]),
    # A key the anchor may hold, but the mapping merging it may not: at the merge, not at the anchor.
    ("sides:\n- id: s\n  label: S\n  members:\n  - &peskov {name: Dmitry Peskov, role: Spokesman}\n"
     "quotes:\n- <<: *peskov\n  id: a\n  text: x\n",
     [f"b.yaml:9:3: warning: unknown key 'name' ignored {KNOWN_QUOTE_KEYS} (merged from *peskov on line 7)"]),
    # A wrong value merged into three quotes: where it is written, and once at each merge, never twice at one place.
    ("quotes:\n- &q {id: a, text: x, key: maybe}\n- <<: *q\n  id: b\n- <<: *q\n  id: c\n- {<<: *q, id: d}\n",
     ["b.yaml:4:28: error: expected true or false, found 'maybe'",
      "b.yaml:5:3: error: expected true or false, found 'maybe' (merged from *q on line 4)",
      "b.yaml:7:3: error: expected true or false, found 'maybe' (merged from *q on line 4)",
      "b.yaml:9:4: error: expected true or false, found 'maybe' (merged from *q on line 4)"]),
    # An anchor that merges another: the value is written in the inner one, which the message names too.
    ("x-base: &base {key: maybe, bogus: 1}\nx-people:\n  peskov: &peskov {<<: *base, role: R}\n"
     "quotes:\n- <<: *peskov\n  id: a\n  text: x\n",
     ["b.yaml:7:3: error: expected true or false, found 'maybe' (merged from *peskov on line 5, from *base on "
      "line 3)",
      f"b.yaml:7:3: warning: unknown key 'bogus' ignored {KNOWN_QUOTE_KEYS} (merged from *peskov on line 5, from "
      "*base on line 3)"]),
    # The document itself, anchored on its '---': each of its keys once, at the merge.
    ("quotes:\n- <<: *root\n  id: a\n  text: x\n",
     [f"b.yaml:5:3: warning: unknown key '{key}' ignored {KNOWN_QUOTE_KEYS} (merged from *root on line 1)"
      for key in ("title", "slug", "quotes")]),
])
def test_what_a_merge_key_brings_in_is_reported_at_the_merge_naming_its_anchor(text, messages):
    """An editor reading a message about a merged key looks for it where the '<<' brings it in,
    and is told where it is written; one mistake gives one message at each place."""
    head = "--- &root\ntitle: T\nslug: t\n" if "*root" in text else "title: T\nslug: t\n"
    problems = Problems()
    load(head + text, "b.yaml", problems)
    assert [str(p) for p in problems.items] == messages


def test_a_merged_quote_that_sets_its_own_id_is_no_duplicate():
    problems = Problems()
    briefing = load("title: T\nslug: t\nquotes:\n- &q {id: a, text: x, speaker: P}\n- <<: *q\n  id: b\n", "b.yaml",
                    problems)
    assert [(q.id, q.speaker) for q in briefing.quotes] == [("a", "P"), ("b", "P")] and not problems.items


def test_two_merge_keys_in_one_mapping_are_a_duplicate_key():
    """A second '<<' is a key written twice, as any other is: an error at it, with the fix."""
    problems = Problems()
    text = "title: T\nslug: t\nquotes:\n- &q {id: a, text: x}\n- <<: *q\n  <<: {speaker: P}\n  id: b\n"
    assert load(text, "b.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "b.yaml:6:3: error: duplicate key '<<': the second would replace the first; merge what both bring in "
        "with one, as '<<: [*first, *second]'"]


@pytest.mark.parametrize("text, place", [("title: <<\nslug: t\n", "1:8"), ("title: T\nslug: t\ntags: [a, <<]\n", "3:11")])
def test_a_plain_merge_key_as_a_value_is_an_error_saying_to_quote_it(text, place):
    """YAML reads a plain << as its merge key wherever it stands: as a value, an editor meant the text."""
    problems = Problems()
    assert load(text, "b.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        f"b.yaml:{place}: error: a plain << is YAML's merge key, which only a key can be; for the text, put it in "
        "quotes: '<<'"]


def test_keys_starting_with_x_hold_anchors_without_a_warning():
    """An editor keeps the anchors a briefing merges under a key of their own, which --strict
    must not fail: keys starting with 'x-' are the editor's, as in Docker Compose files."""
    problems = Problems()
    text = ("title: T\nslug: t\nx-people:\n  peskov: &peskov {speaker: Dmitry Peskov, role: Spokesman}\n"
            "quotes:\n- <<: *peskov\n  id: a\n  text: x\n")
    briefing = load(text, "b.yaml", problems)
    assert [(q.speaker, q.role) for q in briefing.quotes] == [("Dmitry Peskov", "Spokesman")]
    assert not problems.items
    load(text.replace("x-people", "people"), "b.yaml", problems)  # other keys are still warned of
    assert [str(p)[:36] for p in problems.items] == ["b.yaml:3:1: warning: unknown key 'pe"]


@pytest.mark.parametrize("merged, error", [
    ("<<: Dmitry Peskov", "b.yaml:5:7: error: a merge key ('<<') takes a mapping, as *name of an anchor set with "
                          "&name, or a list of them, not a value; write the keys themselves, or put '<<' in quotes "
                          "for a key named so"),
    ("<<: [*peskov, [a]]", "b.yaml:5:17: error: a merge key ('<<') takes a mapping, as *name of an anchor set with "
                           "&name, or a list of them, not a list; write the keys themselves, or put '<<' in quotes "
                           "for a key named so"),
])
def test_a_merge_key_of_no_mapping_is_an_error_at_its_place(merged, error):
    problems = Problems()
    text = f"title: T\nslug: t\npeople: &peskov {{speaker: P}}\nquotes:\n- {merged}\n  id: a\n"
    assert load(text, "b.yaml", problems) is None
    assert error in [str(p) for p in problems.errors]


def test_a_mapping_merging_itself_is_itself():
    problems = Problems()
    briefing = load("title: T\nslug: t\nsource: &self {<<: *self, path: a.txt}\n", "b.yaml", problems)
    assert briefing.source.path == "a.txt" and not problems.items


@pytest.mark.parametrize("blank", ['""', '"\\u200b"'])
def test_a_quote_with_no_text_is_warned_of_and_left_off_the_page(blank):
    """No text, or only characters no reader sees (a zero-width space pasted from the web)."""
    from render_samples import renderer

    problems = Problems()
    briefing = load(BRIEFING_WITH_TWO_SIDES.replace("text: an hour a day", f"text: {blank}"), "b.yaml", problems)
    (warning,) = problems.warnings
    assert str(warning).startswith("b.yaml:8:9: warning: a quote with no text is left off the page")
    html = renderer().briefing_files(briefing)["depot/index.html"].decode()
    assert html.count('<figure class="quote"') == 1 and '<p dir="auto"></p>' not in html


def test_a_yaml_alias_that_holds_itself_or_multiplies_is_read_at_once():
    problems = Problems()
    assert load("title: t\nslug: t\ntags: &a [x, *a]\n", "b.yaml", problems) is None
    assert [p.line for p in problems.errors] == [3]
    lines = ["title: t", "slug: t", "l0: &l0 [" + ", ".join(["x"] * 10) + "]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 8)]  # 10**8 nodes, unfolded
    assert load("\n".join(lines) + "\n", "c.yaml", Problems()) is not None
    assert scalar_places("a: &a [x, *a]\nb: y\n") == {"a": {"line": 1, "col": 1}, "x": {"line": 1, "col": 8},
                                                      "b": {"line": 2, "col": 1}, "y": {"line": 2, "col": 4}}


def test_two_speakers_same_words_keep_their_own_ids_when_the_first_ones_are_corrected():
    def briefing(*quotes: tuple[str, str, str]) -> Briefing:
        return Briefing(title="t", slug="t", quotes=[Quote(i, text, speaker) for i, text, speaker in quotes])

    previous = briefing(("back-mary", "We will not back down,", "Mary Smith"),
                        ("back-john", "We will not back down,", "John Brown"))
    # Mary's words corrected: a fresh extraction gives John the unsalted id Mary had.
    fresh = briefing(("never-mary", "We will never back down,", "Mary Smith"),
                     ("back-mary", "We will not back down,", "John Brown"))
    kept = keep_quote_ids(fresh, previous)
    assert [(q.speaker, q.id) for q in kept.quotes] == [("Mary Smith", "back-mary"), ("John Brown", "back-john")]
    # John's old quote gone: the link meant those very words, which John says now; Mary's
    # corrected words do not take it from them.
    alone = keep_quote_ids(fresh, briefing(("back-mary", "We will not back down,", "Mary Smith")))
    assert [q.id for q in alone.quotes] == ["never-mary", "back-mary"]


def test_a_surname_alone_is_no_full_name_another_person_of_the_briefing_bears_too():
    """"Biden" said it; now "Hunter Biden" says like words. With Joe Biden a member of a side,
    though he says nothing quoted, "Biden" may have been him: the link is not moved."""
    def briefing(quote: Quote) -> Briefing:
        return Briefing(title="t", slug="t", quotes=[quote],
                        sides=[Side("white-house", "White House", [Member("Joe Biden"), Member("Hunter Biden")])])

    previous = briefing(Quote("fight-1", "We will fight this plan at every turn.", "Biden"))
    fresh = briefing(Quote("fight-2", "We will fight the plan at each turn.", "Hunter Biden"))
    assert keep_quote_ids(fresh, previous) is fresh


_WORDS = ["We will stay out as long as it takes.", "We will stay out for as long as it takes.",
          "We will not back down,", "We will never back down,", "Talks resume on Monday.", "Talks resume on Tuesday."]
_SPEAKERS = [None, "Declan Hale", "Hale", "Dan Paulsen", "Dan Paulson", "John Smith", "Mary Smith", "Chan", "Chen"]
_said = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPEAKERS)), max_size=6)


def _extracted(said: list[tuple[str, str | None]]) -> Briefing:
    """A briefing of these (words, speaker) quotations, under the ids an extraction gives them, a
    position linking each."""
    ids = _quote_ids([Attributed(0, 0, words, speaker) for words, speaker in said], {s for _, s in said if s})
    return Briefing(title="t", slug="t", quotes=[Quote(i, words, speaker) for i, (words, speaker) in zip(ids, said)],
                    sides=[Side("s", "S", [], [Position("p", [], list(dict.fromkeys(ids)))])])


@given(_said, _said)
def test_kept_quote_ids_are_unique_and_an_old_link_lands_on_its_words_or_on_nothing(said_before, said_now):
    previous, fresh = _extracted(said_before), _extracted(said_now)
    kept = keep_quote_ids(fresh, previous)

    # One id for each quote (a quotation repeated is one quote), no two quotes with one id, links following.
    ids: dict[str, set[str]] = {}  # by the fresh id: the ids kept
    for quote, kept_quote in zip(fresh.quotes, kept.quotes):
        ids.setdefault(quote.id, set()).add(kept_quote.id)
    assert all(len(got) == 1 for got in ids.values()), ids
    assert len(set.union(set(), *ids.values())) == len(ids), ids
    assert kept.sides[0].positions[0].quotes == [min(ids[ref]) for ref in fresh.sides[0].positions[0].quotes]
    # A link to a quote lands on the same speaker's same words if they are still said; on other words
    # only where nobody says its words but those who kept a link to them of their own.
    was, now = ({q.id: q for q in reversed(b.quotes)} for b in (previous, kept))  # a quotation repeated: one quote
    for old in was.values():
        assert all(q.id == old.id for q in now.values() if (q.text, q.speaker) == (old.text, old.speaker))
        if old.id in now and now[old.id].text != old.text:
            assert all(q.id in was and was[q.id].text == q.text for q in now.values() if q.text == old.text)


def test_a_date_written_day_first_in_a_briefing_is_told_as_yyyy_mm_dd():
    problems = Problems()
    assert load("title: a\nslug: a\ndate: 19/03/2021\n", "a.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "a.yaml:3:7: error: expected a date (YYYY-MM-DD), found '19/03/2021'; write it as 2021-03-19"]
