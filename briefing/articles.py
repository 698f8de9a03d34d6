"""Read articles: find the files, decode them, split front matter, and turn them into plain text.

The plain text is what extraction sees and what "verbatim" is checked against:
a `.txt` article as it is (less a headline line), a `.md` article as the text
of its Markdown blocks, one paragraph per block, separated by blank lines.
"""
from __future__ import annotations

import codecs
import functools
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .extract.boilerplate import credited_line, is_byline, is_place_and_date, is_release_line, undated
from .extract.sentences import Sentence
from .extract.title import HEADLINE_MAX_WORDS, title_case
from .model import strip_control
from .problems import Problems
from .schema import Date, Place, Record, Seq, Tag, Text, Url, WarnIfBlank, load_yaml, mark_of, value_of

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
# A first line "---" followed by a "key: value" line opens front matter; followed by anything
# else, it is a Markdown rule.
OPENS_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?\n)")
FRONT_MATTER_SCHEMA = Record(
    {
        "title": WarnIfBlank("a blank title is left out, and the briefing takes its title from the article; write the "
                             "title, or delete the line"),
        "date": Date(),
        "updated": Date(),  # a correction's date, as in a briefing's YAML
        "outlet": Text(),
        "author": Text(),
        "url": Url(),
        "tags": Seq(Tag(), name="a list of tags"),
        "slug": Text(),
    },
    name="front matter",
)
# Markdown HTML stays off: raw tags in an article are text, never markup.
# Hard-wrapped text: lines of 50 to 100 characters (email wraps at 72-78, wire copy at 65-80),
# each but a paragraph's last at most 25 short of the longest (the words that did not fit), and
# enough of them to tell a wrap from a headline and its subhead.
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH, WRAP_RAGGEDNESS, MIN_WRAPS = 50, 100, 25, 3
BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")  # between paragraphs: one blank line or more, spaces and all
_LETTER = re.compile(r"[^\W\d_]")  # a letter in any script
# A label of up to three words and its colon, opening a line ("Ref: ", "Media contact: ", "Notes:").
_LABEL_LINE = re.compile(r"[^\W\d_][\w'&.-]*(?:[ ][\w'&.-]+){0,2}:(?:[ ]|$)")
# A firm's name, which a release's header has above its headline ("Pellworth Mills Ltd").
_FIRM_LINE = re.compile(r".*\b(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|AG|Corp|Corporation)\.?")
_FIRM_LINE_IN_CAPITALS = re.compile(_FIRM_LINE.pattern, re.IGNORECASE)  # "PELLWORTH MILLS LTD"
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", "”", '"')  # a headline ends in none of them
# A list the line's end is inside, opened by a comma before it: "Leader, Chuck Schumer, and
# Minority Leader Mitch". A headline's list ends in the headline ("..., Louisiana and Texas Flood").
LIST_GOES_ON = re.compile(r",\s+(?:and|or)\s+[^,]*$")


@dataclass
class Article:
    """An article file read and turned into plain text, with its validated front matter."""

    path: str  # as given or relative to the site root: the key that links a briefing to it
    sha256: str  # of its text as read (see `content_sha256`): what a briefing's source.sha256 records
    byte_sha256: str  # of its bytes (see `byte_sha256`): what source.sha256 recorded before, and may still
    # The plain text extraction reads. None in an article from the build's memo, which leaves
    # the texts out: few builds need any, and they are most of its size (see `site.Sources.text`).
    text: str | None
    headline: str | None = None
    meta: dict = field(default_factory=dict)  # validated front matter

    def is_recorded_as(self, sha256: str | None) -> bool:
        """Whether a briefing's `source.sha256` names this article as it is now: the hash of its
        text, or, in a briefing written before that was the hash, of its bytes. Accepting both
        spares every edited briefing a proposal of a fresh extraction on upgrading."""
        return sha256 is not None and sha256 in (self.sha256, self.byte_sha256)


def content_sha256(text: str) -> str:
    """The sha256 of an article's text as `decode` reads it (a BOM dropped, line endings as LF,
    control characters dropped), in UTF-8: saving an article again without changing a word (as
    UTF-8 from cp1252 or UTF-16, with a BOM or without, git's core.autocrlf converting its line
    endings) changes no article, nor any briefing's `source.sha256`. For a UTF-8 file without a
    BOM or control characters it is `byte_sha256`, which it replaced."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def byte_sha256(data: bytes) -> str:
    """The sha256 of an article's bytes, its line endings as LF: what a briefing's `source.sha256`
    recorded before `content_sha256`, and what a briefing not extracted since still holds."""
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()


_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def looks_binary(data: bytes) -> bool:
    # Windows editors save "Unicode" text as UTF-16, whose NUL bytes would look binary.
    return b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _ in _UTF16_BOMS))


def decode(data: bytes, path: str, problems: Problems) -> str:
    """An article's or a briefing's text: UTF-8 (a BOM is dropped), else UTF-16 with a BOM or
    cp1252, with a warning. Line ends become "\n", and control characters are dropped."""
    for bom, codec in _UTF16_BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                break
            problems.warning(path, "saved as UTF-16; read as UTF-16. Save it as UTF-8 to be sure")
            return _normalise(text)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.warning(path, "not valid UTF-8; read as cp1252 (Windows-1252). Save it as UTF-8 to be sure", line)
        # Only the bytes that are not UTF-8: a UTF-8 file with one pasted Windows character keeps the rest.
        text = data.decode("utf-8-sig", errors=_CP1252_FALLBACK)
    return _normalise(text)


def _as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "briefing-cp1252"
codecs.register_error(_CP1252_FALLBACK, _as_cp1252)


def _normalise(text: str) -> str:
    # Control characters other than tab and newline only confuse readers and YAML.
    return strip_control(text.replace("\r\n", "\n").replace("\r", "\n"))


def parse_article(data: bytes, path: str, problems: Problems) -> Article | None:
    """Bytes in, an `Article` out; None (with a warning) when there is nothing to read."""
    if looks_binary(data):
        problems.warning(path, "not a text article (it looks binary); skipped")
        return None
    text = decode(data, path, problems)
    if path.endswith(".txt"):
        body, headline, meta = _plain_text(text)
    else:
        meta, body_start = _front_matter(text, path, problems)
        body, headline = _markdown_text(text[body_start:])
    if not body.strip():
        if headline:  # a story begun, not written yet: in a .txt file or a .md file alike
            problems.warning(path, f"only a headline ({headline!r}), no text to extract; skipped: write the "
                                   "article below it")
        else:
            problems.warning(path, "empty article (no text to extract); skipped")
        return None
    if not _LETTER.search(body):
        # Only digits, punctuation or rules ("* * *", "1. 2. 3."): no sentence to quote or summarise.
        problems.warning(path, "no sentences in this article (not a single word); skipped")
        return None
    return Article(path, content_sha256(text), byte_sha256(data), body, meta.get("title") or headline, meta)


def _plain_text(text: str) -> tuple[str, str | None, dict]:
    """A first paragraph that is one short line without final punctuation is the headline, even
    with nothing after it (as a Markdown file's lone heading is); so is such a first line right
    above hard-wrapped text, when the wrap did not end it (see `_written_line`). Byline and
    timestamp lines first are no headline: the headline is the line after them, if any is. A press
    release's release or embargo line heads its header (see `_header_end`). They stay in the text
    as they are."""
    stripped = text.strip()
    start = 0  # of the story, after any byline and timestamp lines
    line, _, below = stripped.partition("\n")
    while is_byline(line) and below.strip():
        start = len(stripped) - len(below.lstrip())
        if is_release_line(line):
            start = (_header_end(stripped, start) if below.split("\n", 1)[0].strip()  # a header runs on below it
                     else _header_paragraphs_end(stripped, start))
        line, _, below = stripped[start:].partition("\n")
    story, headline = _story(stripped[start:])
    return stripped[:start] + story, headline, {}


def _header_end(text: str, start: int) -> int:
    """Where the header of a press release ends whose release or embargo line ends at `start`
    in `text`, the rest of its paragraph: past the header lines ("Media contact: Jane Doe", "Ref:
    PR/031", any byline), at its short line that is none (its headline, "Tarnby Gets New Office"),
    else at the next paragraph. A line in capitals or after a label of its own ("PELLWORTH MILLS",
    "Pellworth: New Office Opens") may be either: it is the headline when no other line is. The
    lines below a label alone ("Media contact:") are its value, header lines too. A line of prose
    in the paragraph is the story's, run into the header with no blank line: then `start`, and
    only bylines are skipped, as below any byline."""
    paragraph_end = BLANK_LINES.search(text, start)
    if not paragraph_end:  # (the header runs into its story)
        return start
    headlines: list[tuple[bool, int]] = []  # (whether it may be a header line, where it starts)
    at = start
    under_label = False  # below a label alone ("Media contact:"), whose lines are its value
    for line in text[start:paragraph_end.start()].split("\n"):
        under_label = under_label or bool(_LABEL_LINE.fullmatch(line.strip()))
        if not _header_line(line):
            if not _headline_like(line):
                return start
            if not under_label:
                headlines.append((_may_be_header(line), at))
        at += len(line) + 1
    return min(headlines)[1] if headlines else paragraph_end.end()


def _header_paragraphs_end(text: str, start: int) -> int:
    """Past the paragraphs from `start` on, below a release line and a blank line, whose every line
    is a header line ("PRESS RELEASE"; "Media contact: Jane Doe"), as a release set out with blank
    lines has them. A firm's name alone stays: it may be a headline that ends in "Ltd"."""
    while paragraph_end := BLANK_LINES.search(text, start):
        lines = text[start:paragraph_end.start()].split("\n")
        if not all(map(_header_line, lines)) or all(_firm(line) for line in lines):
            break
        start = paragraph_end.end()
    return start


# What a header line's label or its line in capitals says it is, and all it says: "PRESS RELEASE",
# "Media contact:", "REF: PR/031", "Notes to editors" ("HOSTAGE RELEASE TALKS STALL" is a headline).
_HEADER_WORDS = re.compile(r"(?i:(?:[\w'-]+[ ])?(?:release|advisory|contacts?|enquiries|inquiries|press office|ref"
                           r"|reference|notes?(?:[ ]to[ ]editors)?|issued(?:[ ]by)?|date|about|for more information)"
                           r"(?:[ ]*:.*)?)")


def _header_line(line: str) -> bool:
    """Is `line` one of a press release's header lines, which no reader takes for its headline: a
    byline or a contact line (`is_byline`), a place and a date, a firm's name ("Pellworth Systems
    Ltd"), or a label or a line in capitals that says it is one ("Ref: PR/031", "Media contact: Jane
    Doe", "PRESS RELEASE")?"""
    line = line.strip()
    label = _LABEL_LINE.match(line)
    said = line if _capitals(line) else label.group() if label else ""
    return _firm(line) or is_byline(line) or is_place_and_date(line) or bool(said and _HEADER_WORDS.fullmatch(said))


def _firm(line: str) -> bool:
    """Is `line` a firm's name, "Pellworth Mills Ltd", or in capitals "PELLWORTH MILLS LTD" (a line in
    mixed case that ends in "Ag" or "Inc" in another case is no firm's: "Farmers Back New Ag")?"""
    line = line.strip()
    return bool(_FIRM_LINE.fullmatch(line) or (_capitals(line) and _FIRM_LINE_IN_CAPITALS.fullmatch(line)))


def _may_be_header(line: str) -> bool:
    """Is `line`, no header line by what it says, one by its shape: in capitals ("PELLWORTH MILLS"),
    or after a label ("Grantley: ...")? Such a line is a headline only when no other line is."""
    line = line.strip()
    return _capitals(line) or bool(_LABEL_LINE.match(line))


def _capitals(line: str) -> bool:
    return line.upper() == line and bool(_LETTER.search(line))


def _story(text: str) -> tuple[str, str | None]:
    """(`text` unwrapped, less its headline; the headline) of a story that begins with its
    headline, if it does: see `_plain_text`."""
    first, sep, rest = text.partition("\n\n")
    # (A lone rule ("* * *") or number is no headline: it has no sentence. A lone line that a
    # dateline opens is a lead cut short, the whole story: "SAN JOSE (AP) — Apple said it would …".)
    if ("\n" not in first and (sep or (_LETTER.search(first) and _undated(first.strip()) == first.strip()))
            and _headline_like(first)):
        return _unwrap(rest.strip()), _undated(first.strip())
    line, _, below = text.partition("\n")
    if _LETTER.search(line) and _headline_like(line) and not below[:1].islower():
        width = _wrap_width(_paragraphs(below))
        if width and _written_line(line, below.split(None, 1)[0], width):
            return _unwrap(below), _undated(line.strip())
    return _unwrap(text), None


def _undated(line: str) -> str:
    """The headline `line` less a dateline, which a lead's line has ("SAN JOSE, Calif. (Reuters) -
    Apple said on Tuesday it would …", cut short): a title keeps none. A line in Title Case is the
    writer's headline, whose bracket is no source tag ("Harlow (HRL) Shares Jump After Results")."""
    return line if title_case(line) else undated(line, Sentence(0, len(line), line)).text


def _headline_like(line: str) -> bool:
    # A photo's credit after a sentence ("... on Monday. Photo: Jane Roe/Reuters") ends a caption's
    # line or a lead's, with no stop: both are the story's prose, which loses the credit alone.
    return (len(line.split()) <= HEADLINE_MAX_WORDS and not line.rstrip().endswith(_SENTENCE_ENDS)
            and not credited_line(line))


def _written_line(line: str, next_word: str, width: int) -> bool:
    """Did the writer end `line`, in text hard-wrapped at `width`, rather than the wrap? The wrap
    moves a word to the next line only when it does not fit: a line with room left for the next
    line's first word, short or long, was ended by its writer. So was one in Title Case, however
    long (a wrapped line of prose has lower-case words: "said", "the board"), unless it ends
    inside a list opened before its end ("The Senate Majority Leader, Chuck Schumer, and Minority
    Leader Mitch"): a lead that opens with people and their titles is capitalised throughout, and
    goes on in the next line."""
    if len(line.strip()) + 1 + len(next_word) <= width:
        return True
    return title_case(line) and not LIST_GOES_ON.search(line.rstrip())


def _paragraphs(text: str) -> list[list[str]]:
    """The lines of each paragraph of `text`, stripped."""
    return [[line.strip() for line in paragraph.split("\n")] for paragraph in BLANK_LINES.split(text)]


def _wrap_width(paragraphs: list[list[str]]) -> int | None:
    """The width the text of `paragraphs` is hard-wrapped at, or None if it is not. Hard-wrapped
    is what wrapping at a fixed width leaves: at least MIN_WRAPS lines that go on in the next
    line, all of them nearly as long as the longest, which is the wrap width. Lines broken where
    their writer chose (a headline and its subhead, a byline, a list, a live blog's entries) are
    no wrap."""
    wrapped = [len(line) for lines in paragraphs for line in lines[:-1]]
    if len(wrapped) < MIN_WRAPS or not MIN_WRAP_WIDTH <= max(wrapped) <= MAX_WRAP_WIDTH:
        return None
    if min(wrapped) < max(wrapped) - WRAP_RAGGEDNESS:
        return None
    return max(wrapped)


def _unwrap(text: str) -> str:
    """A hard-wrapped article (wire copy, an email's export) with each paragraph on one line, as
    Markdown reads it: a quote or a sentence then reads as one. Text not hard-wrapped is left
    as it is."""
    paragraphs = _paragraphs(text)
    if _wrap_width(paragraphs) is None:
        return text
    return "\n\n".join(" ".join(line for line in lines if line) for lines in paragraphs)


def _front_matter(text: str, path: str, problems: Problems) -> tuple[dict, int]:
    node, end = _front_matter_node(text, path, problems)
    if node is None:
        return {}, end
    meta = FRONT_MATTER_SCHEMA.check(node, path, problems) or {}
    return {k: v for k, v in meta.items() if v is not None}, end


def _front_matter_node(text: str, path: str, problems: Problems) -> tuple[yaml.Node | None, int]:
    """An article's front matter as YAML nodes, marked with the file's own lines, if it has any
    that parses; and where its body starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        if OPENS_FRONT_MATTER.match(text):
            problems.error(path, "the front matter opened by '---' on line 1 is never closed: "
                                 "add a line '---' after its last field", 1, 1)
        return None, 0
    # Parse the block inside the whole text, so line numbers are the file's own.
    padded = "\n" * text[: match.start(1) if match.group(1) else 0].count("\n") + (match.group(1) or "")
    return load_yaml(padded, path, problems), match.end()


def read_again(root: Path, rel: str) -> str | None:
    """An article's or a YAML file's text, read again after reading it, to point a problem found
    since at its place; None when it is gone since (the next build reports on it)."""
    try:
        return decode((root / rel).read_bytes(), rel, Problems())
    except OSError:
        return None


def front_matter_place(root: Path, rel: str, key: str) -> Place:
    """Where `key`'s value stands in an article's front matter, read again to point a warning
    found after reading at it; {} if it is not there, or the file is gone."""
    text = read_again(root, rel)
    if text is None:
        return {}
    node, _ = _front_matter_node(text, rel, Problems())
    value = value_of(node, key) if node is not None else None
    return mark_of(value) if value is not None else {}


@functools.cache
def _markdown():
    """The Markdown parser, made on first use: plain-text articles never pay for importing it.

    `_plain_paragraphs` knows what this preset does with plain text: change it with the preset.
    """
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})


# Characters that can start Markdown syntax anywhere in a line (inline markup, entities,
# escapes, HTML, fences, headings, tables), and whitespace the parser treats specially.
_MARKUP_CHARACTER = re.compile(r"[\\`*_\[\]<>&#|~=+\t\r]")


def _plain_paragraphs(source: str) -> str | None:
    """The text of a Markdown body that cannot hold any Markdown syntax, without the parser; else None.

    Most articles are plain paragraphs. For them markdown-it's result is known:
    each run of lines between blank lines is a paragraph, its line breaks soft
    (a space). Besides the characters above, a line that starts with a space, a
    digit or "-" (code, lists, rules, underlines) or ends with a space (a hard
    break) needs the parser. A test holds this to markdown-it's own result.
    """
    if _MARKUP_CHARACTER.search(source):
        return None
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in source.split("\n"):
        if not line:
            if lines:
                paragraphs.append(" ".join(lines))
                lines = []
            continue
        if line[0].isspace() or line[-1].isspace() or line[0].isdigit() or line[0] == "-":
            return None
        lines.append(line)
    if lines:
        paragraphs.append(" ".join(lines))
    return "\n\n".join(paragraphs)


def _markdown_text(source: str) -> tuple[str, str | None]:
    """(the text of the Markdown blocks, the leading h1 as a headline if there is one)."""
    plain = _plain_paragraphs(source)
    return (plain, None) if plain is not None else _parsed_text(source)


def _parsed_text(source: str) -> tuple[str, str | None]:
    blocks: list[str] = []
    headline = None
    tokens = _markdown().parse(source)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        text = _inline_text(token)
        if not text.strip():
            continue
        opener = tokens[index - 1]
        if headline is None and not blocks and opener.type == "heading_open" and opener.tag == "h1":
            headline = text.strip()
            continue
        blocks.append(text.strip())
    return "\n\n".join(blocks), headline


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def is_editor_leftover(name: str) -> bool:
    """A file editors write beside the one they save ("story.md~", ".story.md.swp", "story.md.bak"): never an input."""
    return name.startswith((".", "#")) or name.endswith(("~", ".swp", ".swx", ".tmp", ".bak", ".orig"))


def find_article_files(root: Path, folders: list[str], problems: Problems) -> list[tuple[str, str]]:
    """(path, path relative to the root) of the article files under the given folders, sorted.

    Symlinks leading outside the site are refused. Runs on every build, so it
    walks with `os.scandir`, whose entries know their type without a system
    call, and strings rather than `Path` objects.
    """
    found: list[tuple[str, str]] = []
    site_root = root.resolve()
    for folder in folders:
        base = root / folder
        if not base.is_dir():
            continue
        if not _inside(base.resolve(), site_root):
            # The folder itself is (or passes through) a symlink to somewhere else on the disk.
            problems.warning(_rel(base, root), "article folder is a symlink pointing outside the site; not followed")
            continue
        for entry, rel in sorted(_walk(str(base), _rel(base, root)), key=lambda found: found[1].split("/")):
            if entry.is_symlink() and (problem := symlink_problem(entry.path, site_root)):
                problems.warning(rel, problem)
                continue
            if not entry.is_file() or is_editor_leftover(entry.name):
                continue
            if entry.name.lower().endswith(ARTICLE_SUFFIXES):
                found.append((entry.path, rel))
            else:
                problems.warning(rel, "not a text article (expected .txt or .md); skipped")
    return found


def symlink_problem(path: str, site_root: Path) -> str | None:
    """Why a symlink found in a site's folder must not be followed, if it must not: it leads
    outside the site, or round in a loop. `site_root` is resolved."""
    try:
        target = Path(path).resolve()
    except (OSError, RuntimeError):  # a loop: "loop -> loop"
        return "symlink loop (it leads back to itself); skipped"
    return None if _inside(target, site_root) else "symlink points outside the site; not followed"


def _walk(folder: str, rel: str) -> Iterator[tuple[os.DirEntry, str]]:
    """Every entry under a folder, with its path relative to the site; symlinked folders are listed, not entered."""
    for entry in os.scandir(folder):
        yield entry, f"{rel}/{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, f"{rel}/{entry.name}")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
