"""The briefing model: plain dataclasses shared by every stage.

A `Briefing` is what an editor sees in `site_src/briefings/<slug>.yaml`; the
extractor fills one from an article, the store turns it into YAML and back, and
the renderer turns it into pages. Nothing here reads files or knows HTML.
"""
from __future__ import annotations

import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

SCHEMA_VERSION = 1


class _Compact:
    """Pickled as (class, field values): builds keep thousands of briefings in the cache,
    and this loads about twice as fast as the default pickling of a dataclass."""

    def __reduce__(self):
        return type(self), tuple(self.__dict__.values())


@dataclass
class Quote(_Compact):
    """A direct quotation, verbatim from the article."""

    id: str
    text: str
    speaker: str | None = None
    role: str | None = None
    side: str | None = None
    key: bool = False


@dataclass
class Member(_Compact):
    """A person, institution, country or group that belongs to a side."""

    name: str
    role: str | None = None


@dataclass
class Position(_Compact):
    """A short neutral statement of what a side holds, backed by verbatim evidence."""

    text: str
    evidence: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


@dataclass
class Side(_Compact):
    """One party to the dispute: who is on it, and what it holds."""

    id: str
    label: str
    members: list[Member] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)


@dataclass
class Source(_Compact):
    """Where a briefing came from; `path` is relative to the site root."""

    path: str | None = None
    sha256: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass
class Extraction(_Compact):
    """What the extractor finds in an article's text, before any file or front matter."""

    title: str
    summary: list[str]
    quotes: list[Quote]
    sides: list[Side]


@dataclass
class Briefing(_Compact):
    """What the YAML file holds: the summary, the quotes and the sides of one article."""

    title: str
    slug: str
    date: str | None = None
    source: Source = field(default_factory=Source)
    summary: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sides: list[Side] = field(default_factory=list)
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # the slugs it had before: their pages redirect to this one
    updated: str | None = None  # when an editor corrected it: feeds and the sitemap tell readers and crawlers

    def side(self, side_id: str | None) -> Side | None:
        return next((s for s in self.sides if s.id == side_id), None)

    def quote(self, quote_id: str) -> Quote | None:
        return next((q for q in self.quotes if q.id == quote_id), None)


# Characters XML 1.0 forbids and the HTML checker rejects; pasted text may carry them, and C1 controls
# (U+0080 to U+009F) are Windows punctuation read as Latin-1, which YAML refuses. A terminal's
# colour codes ("\x1b[31m") go whole, or their visible tail would stay in titles and slugs.
CONTROL_CHARACTERS = re.compile("\x1b\\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


_INVISIBLE = {"Cf", "Zs", "Zl", "Zp", "Cc"}  # format (a zero-width space, U+200B), space, line and paragraph
# separators (U+2028, U+2029) and control characters


def is_blank(text: str) -> bool:
    """Whether text shows nothing to a reader: no character but spaces, format and control ones
    (a zero-width space pasted from the web reads as a title of nothing, as spaces do)."""
    return all(unicodedata.category(character) in _INVISIBLE for character in text)


def strip_control(text: str) -> str:
    """Text with control characters (other than tab and newline) removed: done once, where text comes in."""
    return CONTROL_CHARACTERS.sub("", text)


MAX_SLUG = 60  # characters in a slug, so that a URL stays readable
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")  # what a slug replaces with a hyphen


def slugify(text: str, max_length: int = MAX_SLUG) -> str:
    """A lowercase ASCII slug: safe as a folder name and as an HTML id.

    Letters of every script are spelled out in ASCII ("Путин" -> "putin", "Øresund" -> "oresund"),
    other characters folded or dropped (so look-alikes cannot smuggle in dots or slashes), and
    everything else becomes single hyphens.
    """
    if len(text) <= max_length and _SLUG.fullmatch(text):
        return text  # a slug already, like nearly every briefing's, which every build checks
    # ASCII text is folded already: most quotations and labels need no Unicode tables.
    folded = text if text.isascii() else "".join(map(_ascii, text))
    slug = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1].rfind("-")  # end on a whole word where one fits
    return slug[: cut if cut > 0 else max_length].rstrip("-")


@lru_cache(maxsize=4096)
def _ascii(character: str) -> str:
    """A letter, mark or digit of any script spelled out ("П" -> "P", "ø" -> "o", "普" -> "Pu",
    "ि" -> "i", "٢" -> "2"), a dash or a space kept apart ("2024–2025"); any other character
    folded as Unicode decomposes it ("ﬁ" -> "fi", "½" -> "12"), or dropped ("’", "£", "°")."""
    kind = unicodedata.category(character)
    if (kind[0] in "LM" and kind != "Lm") or kind in ("Nd", "Pd", "Zs"):  # not "Hawaiʻi"'s modifier letter
        return anyascii(character)
    return unicodedata.normalize("NFKD", character).encode("ascii", "ignore").decode("ascii")


def content_id(prefix: str, text: str, salt: str = "") -> str:
    """An id derived from content, so deep links survive reordering and rebuilds. A `salt` (a
    speaker's name, say) tells apart two things whose text is the same."""
    digest = hashlib.sha1(f"{text}\0{salt}".encode("utf-8") if salt else text.encode("utf-8")).hexdigest()[:6]
    words = slugify(" ".join(text.split(None, 4)[:4]), max_length=24)  # the first four words, not split further
    return f"{prefix}{words}-{digest}" if words else f"{prefix}{digest}"


@lru_cache(maxsize=4096)  # bounded: the dev server runs build after build
def moment_of(date: str | None) -> datetime.datetime | None:
    """A briefing's date as an aware datetime (UTC when no zone is given), or None.

    Remembered: a build reads each briefing's date to sort the list, and again
    for each index page, feed and sitemap that shows it.
    """
    if not date:
        return None
    text = date.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)
