"""Property tests (issue 7): the YAML loader and the extractor never crash, quotes and evidence stay
verbatim, and no sequence of edits and builds ever overwrites what an editor wrote.

(Named test_hardening_properties.py: tests/extract/test_properties.py holds the basename.)

Bounded for CI: a few dozen examples each, with no deadline, as tests/conftest.py sets for all
tests (the first build in an example pays for imports and caches).
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from briefing.extract import extract
from briefing.model import Briefing
from briefing.problems import Problems
from briefing.site import build
from briefing.store import load

# ---------------------------------------------------------------- the YAML loader

# Pieces of briefing YAML, right and wrong, so examples reach past the parser into the schema.
YAML_PIECES = [
    "title: ", "slug: ", "date: ", "summary:\n", "quotes:\n", "sides:\n", "source:\n", "  url: ", "  path: ",
    "  - ", "- text: ", "    id: ", "    text: ", "  label: ", "    members: ", "evidence: [", "]", "{", "}",
    "key: ", "yes", "null", "~", "2021-02-30", "2021-03-19", "12", "-3", "!!int ", "!!timestamp ", "!!binary ",
    "!custom ", "&a ", "*a", "<<: ", "? ", ": ", "'", '"', "\\", "\t", "\n", "  ", "#", "---\n", "...\n", "%YAML 1.1\n",
    "javascript:alert(1)", "“quoted”", "\u00e9", "\ufeff", "\x85",
]
yaml_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=100)
@given(yaml_text)
def test_the_yaml_loader_never_raises(text):
    problems = Problems()
    result = load(text, "b.yaml", problems)
    # Either a valid briefing, or None with at least one error, each with a place in the file.
    if result is None:
        assert problems.errors
    else:
        assert isinstance(result, Briefing) and not problems.errors
    for problem in problems.items:
        assert problem.path == "b.yaml"
        assert str(problem).startswith("b.yaml")


# ---------------------------------------------------------------- the extractor

NEWS_PIECES = [
    "“", "”", '"', "‘", "’", "'", "„", "«", "»", ", ", ". ", "! ", "? ", "\n", "\n\n", " ",
    "Putin", "President Joe Biden", "Peskov", "Jen Psaki", "he", "she", "said", "told reporters", "added",
    "According to", "the Kremlin", "Russia", "United States", "We will", "never", "agree", "Dr.", "U.S.", "3.5",
    "White House press secretary", "Putin’s spokesman, Dmitry Peskov", "—", "(", ")", ":", ";",
]
news_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=6)), max_size=80).map("".join),
)


@settings(max_examples=100)
@given(news_text)
def test_the_extractor_never_raises_and_stays_verbatim(text):
    extraction = extract(text)
    for quote in extraction.quotes:
        assert quote.text and quote.text in text
    for side in extraction.sides:
        for position in side.positions:
            for evidence in position.evidence:
                assert evidence in text


# ---------------------------------------------------------------- editors, articles and builds

ARTICLE_SENTENCES = st.sampled_from([
    "“We will talk,” Putin said on Friday.",
    "Biden said, “I do.”",
    "According to Peskov, “the offer stands.”",
    "The council met on Monday and discussed the roads.",
    "White House press secretary Jen Psaki declined to comment.",
])
EDITOR_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


class EditorAndBuilds(RuleBasedStateMachine):
    """A site where articles change, an editor edits YAML files, and builds run, in any order."""

    def __init__(self):
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="briefing-props-"))
        (self.root / "seeds").mkdir()
        self.articles = [self.root / "seeds" / f"story{n}.txt" for n in range(2)]
        for n, path in enumerate(self.articles):
            path.write_text(f"Story number {n}\n\n“We will talk about {n},” Putin said on Friday.\n")
        self.edited: dict[Path, str] = {}  # every YAML the editor wrote, with the exact text

    def teardown(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def yamls(self) -> list[Path]:
        folder = self.root / "site_src" / "briefings"
        return sorted(p for p in folder.glob("*.yaml") if not p.name.endswith(".new.yaml")) if folder.is_dir() else []

    @rule()
    def run_build(self):
        build(self.root)

    @rule(n=st.integers(0, 1), sentence=ARTICLE_SENTENCES)
    def edit_article(self, n, sentence):
        path = self.articles[n]
        path.write_text(path.read_text() + "\n" + sentence + "\n")

    @rule(sentence=ARTICLE_SENTENCES)
    def add_article(self, sentence):
        path = self.root / "seeds" / f"story{len(self.articles)}.txt"
        path.write_text(f"Another story\n\n{sentence}\n")
        self.articles.append(path)

    @rule(data=st.data())
    def editor_edits_a_yaml(self, data):
        files = self.yamls()
        if not files:
            return
        path = data.draw(st.sampled_from(files))
        text = path.read_text()
        kind = data.draw(st.sampled_from(["title", "comment", "header", "broken"]))
        if kind == "title":  # a new title, any characters, safely quoted
            text = text.replace("\ntitle: ", f"\ntitle: {json.dumps(data.draw(EDITOR_TEXT))}\nx_old_title: ", 1)
        elif kind == "comment":
            text += f"# note from the desk: {data.draw(EDITOR_TEXT)!r}\n"
        elif kind == "header":  # the editor deletes the generated-by line
            text = text.split("\n", 1)[1] if text.startswith("#") else text
        else:  # saved half-way through typing: invalid YAML
            text += "sides: [unclosed\n"
        path.write_text(text)
        self.edited[path] = text

    @invariant()
    def every_editor_edit_is_kept_byte_for_byte(self):
        for path, text in self.edited.items():
            assert path.read_text() == text, f"{path.name} was overwritten"


EditorAndBuilds.TestCase.settings = settings(
    max_examples=20, stateful_step_count=8,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_editor_edits_survive_any_sequence_of_edits_and_builds = EditorAndBuilds.TestCase
