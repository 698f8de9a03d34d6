"""Typed YAML validation with line numbers, in the manner of MkDocs' config options.

A schema is a tree of small option objects (`Text`, `Flag`, `Number`, `Url`,
`Seq`, `Record`). `load_yaml` parses text into PyYAML nodes, which keep their
marks, and `Option.check` walks them: it returns the plain Python value and
records every problem as `path:line:col`, so one run reports all of them.
"""
from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import yaml

from .model import is_blank, strip_control
from .problems import Problems

try:  # the C parser is several times faster; fall back where libyaml is absent
    from yaml import CSafeLoader as _CLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _CLoader


class QuickResolver:
    """PyYAML's resolver, with a shortcut for most strings.

    Loading and dumping ask the resolver, for every scalar, which type its text
    reads as (bool, number, null, date...): in Python, even behind the C
    parser and emitter. Most strings start with a character that no implicit
    type can start with; those are answered without trying each type's pattern.
    """

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode and value and value[0] not in self.yaml_implicit_resolvers:
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


class _Loader(QuickResolver, _CLoader):
    pass

_constructor = yaml.SafeLoader("")

ALLOWED_SCHEMES = {"http", "https", "mailto"}


class MergedMark(yaml.Mark):
    """The place of a key or value that a merge key (`<<: *name`) brings in from an anchor: the
    '<<' that brings it, where an editor looks for what the mapping holds, and `origin`, where
    it is written ("*name on line 3"), for a message about it to name."""

    def __init__(self, at: yaml.Mark, origin: str):
        super().__init__(at.name, at.index, at.line, at.column, at.buffer, at.pointer)
        self.origin = origin


Place = dict[str, Any]  # where a node is, as `mark_of` gives it: `line`, `col`, and `merged` for a merged one


def mark_of(node: yaml.Node) -> Place:
    """Where a node is (`line`, `col`), as `Problems` takes it; and, for a key or value a merge
    key brings in, where it is written (`merged`)."""
    place: Place = {"line": node.start_mark.line + 1, "col": node.start_mark.column + 1}
    if isinstance(node.start_mark, MergedMark):
        place["merged"] = node.start_mark.origin
    return place


def load_yaml(text: str, path: str, problems: Problems) -> yaml.Node | None:
    """Parse one YAML document into nodes; a syntax error becomes a problem with its mark."""
    try:
        node = yaml.compose(text, Loader=_Loader)
        _warn_of_misread_values(node, text, path, problems)  # on the nodes as written, before merging copies any
        if "<<" in text:  # most files merge nothing: spare them a walk over every node
            _merge_keys(node, text, path, problems)
        return node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = exc.problem or exc.context or ""
        at = text[mark.index:mark.index + 1] if mark else ""
        lines = text.splitlines()[: mark.line + 1] if mark else []
        opened = exc.context_mark.line + 1 if exc.context_mark and exc.context == "while scanning a quoted scalar" else None
        problems.error(path, f"YAML syntax error: {problem}{_syntax_hint(problem, at, lines, opened)}", line, col)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow: no mark, but its offset
        line, col = text.count("\n", 0, exc.position) + 1, exc.position - text.rfind("\n", 0, exc.position)
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        problems.error(path, f"YAML error: character U+{character:04X} is not allowed in YAML; delete it", line, col)
    except yaml.YAMLError as exc:
        problems.error(path, f"YAML error: {str(exc).splitlines()[0]}")
    return None


_MERGE = "tag:yaml.org,2002:merge"
_TEXT = "tag:yaml.org,2002:str"


def _merge_keys(root: yaml.Node | None, text: str, path: str, problems: Problems) -> None:
    """Write out each merge key (`<<: *anchor`, or a list of them) in place, as the keys it brings
    in that its mapping does not set itself, as YAML's merge key means: the mapping's own keys win,
    then the first mapping merged. Composing leaves them for the loader to do; done on the nodes,
    every check sees the merged keys where they are written. A merge of no mapping is an error, and
    so is a plain << that is no key (YAML reads it as the merge key wherever it stands).

    The keys and text values brought in from an anchor are copies placed at the '<<' (see
    `MergedMark`): a message about one points at the mapping it is wrong in, once for each, and
    names the anchor. A list or mapping brought in is the anchor's own, checked where it is written."""
    merged: set[int] = set()

    def merge(node: yaml.MappingNode) -> None:
        if id(node) in merged:
            return
        merged.add(id(node))  # first: a mapping that merges itself, through an alias, stops here
        own = [(key, value) for key, value in node.value if key.tag != _MERGE]
        taken = {key.value for key, _ in own if isinstance(key, yaml.ScalarNode)}
        pairs = list(own)
        merge_keys = [(key, value) for key, value in node.value if key.tag == _MERGE]
        for merge_key, _ in merge_keys[1:]:  # as any key written twice is
            problems.error(path, _duplicate_key("<<"), **mark_of(merge_key))
        for merge_key, value in merge_keys:
            for source in value.value if isinstance(value, yaml.SequenceNode) else [value]:
                if not isinstance(source, yaml.MappingNode):
                    problems.error(path, f"a merge key ('<<') takes a mapping, as *name of an anchor set with "
                                         f"&name, or a list of them, not a {_kind(source)}; write the keys "
                                         f"themselves, or put '<<' in quotes for a key named so", **mark_of(source))
                    continue
                merge(source)
                # An anchor is set before its aliases: a mapping that starts after the '<<' is written there.
                aliased = source.start_mark.index < merge_key.start_mark.index
                mark = MergedMark(merge_key.start_mark, _origin(source, text)) if aliased else None
                for pair in source.value:  # merged already, but for a mapping merging itself
                    name = pair[0].value if isinstance(pair[0], yaml.ScalarNode) else None
                    if name not in taken and pair[0].tag != _MERGE:
                        taken.add(name)
                        pairs.append((_placed(pair[0], mark), _placed(pair[1], mark)) if mark else pair)
        node.value = pairs

    nodes = list(each_node(root))
    keys = {id(key) for node in nodes if isinstance(node, yaml.MappingNode) for key, _ in node.value}
    for node in nodes:
        if isinstance(node, yaml.ScalarNode) and node.tag == _MERGE and id(node) not in keys:
            problems.error(path, "a plain << is YAML's merge key, which only a key can be; for the text, put it in "
                                 "quotes: '<<'", **mark_of(node))
            node.tag = _TEXT  # reported: the checks after this read it as the text, and add no error of their own
    for node in nodes:  # after: a value merged in is copied as the text
        if isinstance(node, yaml.MappingNode) and any(key.tag == _MERGE for key, _ in node.value):
            merge(node)


def _duplicate_key(key: str) -> str:
    """The message for a key written twice in one mapping, the merge key ('<<') as any other: the
    fix for two merge keys is one that lists both anchors."""
    fix = "merge what both bring in with one, as '<<: [*first, *second]'" if key == "<<" else "delete one, or merge them"
    return f"duplicate key {key!r}: the second would replace the first; {fix}"


_ANCHOR = re.compile(r"&([^\s,\[\]{}]+)")


def _origin(source: yaml.Node, text: str) -> str:
    """Where a mapping merged through an alias is written, as a message names it: "*peskov on
    line 3" (its node starts at its anchor, `&peskov`)."""
    anchor = _ANCHOR.match(text, source.start_mark.index)
    line = f"line {source.start_mark.line + 1}"
    return f"*{anchor.group(1)} on {line}" if anchor else line


def _placed(node: yaml.Node, mark: MergedMark) -> yaml.Node:
    """A text value (or key) as a merge brings it in: a copy at the merge's place. A list or a
    mapping is the anchor's own, left where it is written. A copy the anchor itself merged in
    keeps where it came from after the anchor ("*peskov on line 8, from *base on line 3"): the
    value is written in the innermost one."""
    if not isinstance(node, yaml.ScalarNode):
        return node
    if isinstance(node.start_mark, MergedMark):
        mark = MergedMark(mark, f"{mark.origin}, from {node.start_mark.origin}")
    return yaml.ScalarNode(node.tag, node.value, mark, mark, node.style)


def _warn_of_misread_values(node: yaml.Node | None, text: str, path: str, problems: Problems) -> None:
    """Warn of values that parse, but not as an editor meant them: one walk over the nodes for
    the checks below."""
    lines = text.splitlines()
    for current in each_node(node):
        if isinstance(current, yaml.ScalarNode) and not current.style and current.end_mark.line < len(lines):
            _warn_if_a_comment_cuts(current, lines, path, problems)
        elif isinstance(current, yaml.SequenceNode) and not current.flow_style:
            _warn_of_items_read_as_text(current, lines, path, problems)


def _warn_if_a_comment_cuts(scalar: yaml.ScalarNode, lines: list[str], path: str, problems: Problems) -> None:
    """Warn where " #" ends an unquoted value: YAML reads the rest of the line as a comment, so
    `text: We are the #1 town` holds "We are the". A "#" followed by a space reads as a comment
    meant as one, and is left alone."""
    rest = lines[scalar.end_mark.line][scalar.end_mark.column:]
    comment = rest.lstrip(" \t")
    if comment.startswith("#") and comment[1:2] not in ("", " ", "\t") and rest != comment:
        cut = comment if len(comment) <= 24 else comment[:23] + "…"
        problems.warning(path, f"the value stops before \"{cut}\": YAML reads ' #' and the rest of the line "
                               f"as a comment; put the whole value in quotes to keep it (or, for a comment, "
                               f"a space after the '#')",
                         scalar.end_mark.line + 1, scalar.end_mark.column + 1)


def _warn_of_items_read_as_text(sequence: yaml.SequenceNode, lines: list[str], path: str, problems: Problems) -> None:
    """Warn of a list item ("- b") typed a column right of the one above it ("- a"), where that
    one is unquoted text: YAML reads it as more of that text ("a - b"), not as an item. (Text the
    build wraps goes on two columns in, where a line may start with "- " as the words fall.)"""
    dash = sequence.start_mark.column
    for item in sequence.value:
        if not isinstance(item, yaml.ScalarNode) or item.style or item.end_mark.line == item.start_mark.line:
            continue
        for number in range(item.start_mark.line + 1, min(item.end_mark.line + 1, len(lines))):
            line = lines[number]
            if line[:dash + 1].strip() == "" and line[dash + 1:dash + 2] == "-" and line[dash + 2:dash + 3] in " \t":
                problems.warning(path, f"the item on line {item.start_mark.line + 1} reads {item.value!r}: line "
                                       f"{number + 1}'s '-' is one column right of line {item.start_mark.line + 1}'s, "
                                       f"which makes it more of that item's text; line the two up to make it an "
                                       f"item of its own", number + 1, dash + 2)
                break


def each_node(root: yaml.Node | None) -> Iterator[yaml.Node]:
    """Every node of a document once, in document order. An alias (*a) is its anchor's node
    again, which a walk must not enter twice: `&a [x, *a]` holds itself, and aliases of
    aliases multiply a small file into billions of nodes."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in reversed(node.value) for child in reversed(pair))


def _syntax_hint(problem: str, at: str, lines: list[str], quote_opened: int | None = None) -> str:
    """How to fix the syntax errors editors make most, which PyYAML's words do not say. `at` is the
    character the error points at, `lines` the text up to the line it is on, `quote_opened` the
    line of a quoted value that never closes."""
    for number in range(len(lines) - 1, max(len(lines) - 4, -1), -1):  # YAML reads such a line as text: it errs a line or two on
        indent = lines[number][: len(lines[number]) - len(lines[number].lstrip())]
        odd_space = next((c for c in indent if c not in " \t"), None)  # pasted from a word processor or the web
        if odd_space:
            name = unicodedata.name(odd_space, "space").lower()
            return (f"; line {number + 1} is indented with U+{ord(odd_space):04X} ({name}), which YAML reads as "
                    "text: retype it as plain spaces")
    line = lines[-1] if lines else ""
    if quote_opened:
        return f"; the quote opened on line {quote_opened} is never closed: close it where its value ends"
    if misplaced := _misplaced_key(problem, lines) or _misplaced_item(problem, lines):
        return misplaced
    value = line.split(":", 1)[-1].strip()
    # "[Update] Putin calls" is a list, then text after it; "[Update Putin calls" a list never closed.
    if "expected ',' or" in problem or ("expected key" in problem and value[:1] in ("[", "{")):
        return ("; a value that starts with '[' or '{' is a list or a mapping to YAML: close it, or if it is text, "
                "put the whole value in quotes, like title: \"[Update] Putin calls\"")
    if "expected key" in problem and value[:1] in ("\"", "'") and value.count(value[0]) >= 2:
        return ("; a value that starts with a quote ends where the quote closes: to keep what follows, put the "
                "whole value in the other quotes, like title: '\"Putin\" offers a call'")
    if "mapping values are not allowed" in problem:
        if value and value[0] in "“‘„«":  # typed by an editor that makes quotes curly: text to YAML, not quotes
            return (f"; a value that holds ': ' must be in straight quotes (\" or '), which {value[0]} is not, "
                    f"like title: \"Putin: let us talk\"")
        return "; a value that holds ': ' must be in quotes, like title: \"Putin: let us talk\""
    if at == "\t" or "tab" in problem:
        return "; indent with spaces, not tabs"
    return ""


# PyYAML's words for a line indented as no mapping or list around it is.
_INDENTATION_ERRORS = ("mapping values are not allowed", "expected key", "expected '-' indicator")
_KEY = re.compile(r"([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):(?:[ \t]|$)")  # "  key:" or "- key:"


def _misplaced_key(problem: str, lines: list[str]) -> str | None:
    """The hint for a key indented more or less than the key on the line above it, which YAML
    reads as more of that key's value, or as a key of no mapping; None for other errors."""
    if len(lines) < 2 or not any(words in problem for words in _INDENTATION_ERRORS):
        return None
    number = _line_above(lines, len(lines) - 1)
    above, here = _KEY.match(lines[number]), _KEY.match(lines[-1])
    # A list item's dash ("- id:") starts a mapping of its own, indented as its list is: no key to line up with.
    if not above or not here or "-" in here.group(1) or len(here.group(1)) == len(above.group(1)):
        return None
    before = _KEY.match(lines[_line_above(lines, number)]) if number > 0 else None
    if before and len(before.group(1)) == len(here.group(1)):  # the line above is the odd one out
        return (f"; line {number + 1} is indented {'less' if len(above.group(1)) < len(here.group(1)) else 'more'} "
                f"than the lines around it: indent {above.group(2)!r} as {before.group(2)!r} is")
    if len(here.group(1)) > len(above.group(1)):
        return (f"; line {len(lines)} is indented more than line {number + 1}, so YAML reads it as more of the "
                f"value on line {number + 1}: indent {here.group(2)!r} as {above.group(2)!r} is, or, if it is "
                f"more of that value's text, put the whole value in quotes")  # a wrapped text with ': ' looks alike
    return (f"; line {len(lines)} is indented less than line {number + 1}: indent {here.group(2)!r} as "
            f"{above.group(2)!r} is, or as the key it belongs with")


_ITEM = re.compile(r"( *)-(?:[ \t]+([A-Za-z_][\w-]*):(?:[ \t]|$)|[ \t]|$)")  # "  - " or "  - key:"


def _misplaced_item(problem: str, lines: list[str]) -> str | None:
    """The hint for a list item ("- ") that starts a column or two off the item it follows, which
    YAML reads as an item of no list there is; None for other errors. The item it is meant to line
    up with is one still open above it (no line between is indented as little as its '-'): the
    one whose first key is its own ("- id:" to "- id:"), or else the nearest."""
    here = _ITEM.match(lines[-1]) if lines and any(words in problem for words in _INDENTATION_ERRORS) else None
    if not here:
        return None
    column, key, floor, open_items = len(here.group(1)), here.group(2), float("inf"), []
    for number in range(len(lines) - 2, -1, -1):
        line = lines[number]
        indent = len(line) - len(line.lstrip(" "))
        if not line.strip() or line.lstrip(" ").startswith("#") or indent >= floor:
            continue  # a blank line, a comment, or more of an item still open
        floor = indent
        if item := _ITEM.match(line):
            open_items.append((number, indent, item.group(2)))
        if floor == 0:
            break
    if not open_items:
        return None
    number, indent, _ = next((item for item in open_items if item[2] == key), open_items[0])
    if indent == column:  # lined up with its list: the error is another one
        return None
    off = abs(column - indent)
    return (f"; the item on line {len(lines)} starts {'one column' if off == 1 else f'{off} columns'} "
            f"{'right' if column > indent else 'left'} of the item on line {number + 1}, but the items of a list "
            f"start in the same column: line up their '-'")


def _line_above(lines: list[str], number: int) -> int:
    """The index of the nearest line above `lines[number]` that is not blank (0 at the top)."""
    number -= 1
    while number > 0 and not lines[number].strip():
        number -= 1
    return max(number, 0)


def is_safe_url(url: str) -> bool:
    """http, https, mailto and relative URLs only: no javascript:, data: or others."""
    text = url.strip()
    # A backslash among a URL's leading slashes ("/\\evil.com") is read by browsers as "//": another host.
    if any(ch in text for ch in "\x00\n\r\t") or "\\" in text[:3]:
        return False
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:  # "https://example.com](https://…)": a pasted Markdown link, an unbalanced [ in the host
        return False
    return scheme == "" or scheme in ALLOWED_SCHEMES


class Option:
    """One typed value in a YAML tree."""

    name = "value"

    def check(self, node: yaml.Node, path: str, problems: Problems) -> Any:
        raise NotImplementedError

    def _scalar(self, node: yaml.Node, path: str, problems: Problems) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            problems.error(path, f"expected {self.name}, found a {_kind(node)}", **mark_of(node))
            return None
        try:
            return _constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, TypeError, AttributeError, OverflowError) as exc:
            # An explicit tag (`!!int abc`, `!foo`) or an impossible date (`2021-02-30`) cannot be
            # read; that is the editor's typo, so it is reported like any other wrong value.
            reason = exc.problem if isinstance(exc, yaml.MarkedYAMLError) and exc.problem else str(exc)
            problems.error(path, f"expected {self.name}, found {node.value!r} ({reason})", **mark_of(node))
            return None
        finally:
            # The shared constructor remembers every node it built; forget them so a long
            # `serve` session does not keep every value it ever read.
            _constructor.constructed_objects.clear()
            _constructor.recursive_objects.clear()


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "value"


class Text(Option):
    name = "text"

    def check(self, node, path, problems):
        value = self._scalar(node, path, problems)
        if value is None:
            return None
        if isinstance(value, (bool, dict, list)):
            problems.error(path, f"expected {self.name}, found {value!r}; put it in quotes", **mark_of(node))
            return None
        # Text as typed: YAML would read "title: 0x1F" as 31 and "title: 12:30" as 750 (base 60).
        return strip_control(value if isinstance(value, str) else node.value)


class _Visible(Text):
    """Text readers see, which must show something when given: blank (see `is_blank`), it is
    read as no value, and `if_blank` says so, as an error or a warning (the subclasses)."""

    blank_is_error = False

    def __init__(self, if_blank: str, name: str = "text"):
        self.if_blank, self.name = if_blank, name

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        if value is not None and is_blank(value):
            (problems.error if self.blank_is_error else problems.warning)(path, self.if_blank, **mark_of(node))
            return None
        return value


class WarnIfBlank(_Visible):
    """Text the page can do without: blank, it is left out, with a warning (`if_blank`) saying
    what takes its place."""


class Tag(WarnIfBlank):
    """A tag: a blank one would be an empty category in the feeds and an empty item on the page."""

    def __init__(self):
        super().__init__("an empty tag is left out; delete it, or give it a word", "a tag")


class ErrorIfBlank(_Visible):
    """Text readers see as a heading or as a link's words, that its `owner` cannot do without (a
    briefing's title, a side's label): blank, it would show as nothing, so it is an error, as no
    value is."""

    blank_is_error = True

    def __init__(self, key: str, owner: str):
        super().__init__(f"{key!r} is blank, and {owner} needs one: write it, as readers see it")


class Date(Text):
    """A date written as YYYY-MM-DD (or a full ISO timestamp); kept as text."""

    name = "a date (YYYY-MM-DD)"

    def check(self, node, path, problems):
        value = self._scalar(node, path, problems)
        if isinstance(value, datetime.datetime):
            return value.isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if value is None:
            return None
        text = str(value).strip()
        try:
            if len(text) > 10:  # a date and a time: "2021-03-19T10:00:00Z", "2021-03-19 10:00"
                datetime.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
            return datetime.date.fromisoformat(text[:10]).isoformat() + text[10:]
        except ValueError:
            problems.error(path, f"expected {self.name}, found {value!r}{_as_iso(text)}", **mark_of(node))
            return None


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_YEAR_MONTH_DAY = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")


def _as_iso(text: str) -> str:
    """The hint for a date written day first (19/03/2021), month first (3.19.2021) or year first
    with other marks (2021/3/19): the same date as YYYY-MM-DD, or both readings when either
    could be meant."""
    if match := _YEAR_MONTH_DAY.fullmatch(text):
        year, month, day = map(int, match.groups())
        pairs = [(day, month)]
    elif match := _DAY_MONTH_YEAR.fullmatch(text):
        first, second, year = map(int, match.groups())
        pairs = [(first, second), (second, first)]
    else:
        return ""
    readings = []
    for day, month in pairs:
        try:
            readings.append(datetime.date(year, month, day).isoformat())
        except ValueError:
            pass
    if len(set(readings)) == 2:
        return f"; write it as {readings[0]} if the day comes first, or {readings[1]} if the month does"
    return f"; write it as {readings[0]}" if readings else ""


class Url(Text):
    name = "a URL"

    def check(self, node, path, problems):
        value = super().check(node, path, problems)
        if value is not None and not is_safe_url(value):
            problems.warning(
                path,
                f"URL {value!r} dropped: only http, https, mailto and relative URLs are allowed",
                **mark_of(node),
            )
            return None
        return value


class Flag(Option):
    name = "true or false"

    def check(self, node, path, problems):
        value = self._scalar(node, path, problems)
        if value is not None and not isinstance(value, bool):
            problems.error(path, f"expected {self.name}, found {value!r}", **mark_of(node))
            return None
        return value


class Number(Option):
    name = "a whole number"

    def __init__(self, minimum: int = 0):
        self.minimum = minimum

    def check(self, node, path, problems):
        value = self._scalar(node, path, problems)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < self.minimum:
            problems.error(path, f"expected {self.name} of at least {self.minimum}, found {value!r}", **mark_of(node))
            return None
        return value


@dataclass
class Seq(Option):
    """A list of `item`s."""

    item: Option
    name: str = "a list"

    def check(self, node, path, problems):
        if isinstance(node, yaml.ScalarNode) and node.value == "" and node.tag.endswith(":null"):
            return []
        if not isinstance(node, yaml.SequenceNode):
            hint = "; write each item on a line of its own, after '- '" if isinstance(node, yaml.ScalarNode) else ""
            problems.error(path, f"expected {self.name}, found a {_kind(node)}{hint}", **mark_of(node))
            return None
        values = (self.item.check(child, path, problems) for child in node.value)
        return [v for v in values if v is not None]


@dataclass
class Record(Option):
    """A mapping with known keys. Missing required keys are errors; unknown keys, warnings, but for
    keys starting with 'x-', which are the editor's own (as in Docker Compose files): a place to
    keep the anchors that merge keys bring in."""

    fields: dict[str, Option]
    required: frozenset[str] = field(default_factory=frozenset)
    name: str = "a mapping"

    def check(self, node, path, problems):
        if not isinstance(node, yaml.MappingNode):
            key = min(self.required or self.fields)
            hint = f"; write it as keys and values, such as '{key}: …'" if isinstance(node, yaml.ScalarNode) else ""
            problems.error(path, f"expected {self.name}, found a {_kind(node)}{hint}", **mark_of(node))
            return None
        result: dict[str, Any] = {}
        blank: dict[str, yaml.Node] = {}  # keys given no value, by their node
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in self.fields:
                if isinstance(key, str) and key.startswith("x-"):
                    continue
                known = ", ".join(sorted(self.fields))
                problems.warning(path, f"unknown key {key!r} ignored (known keys: {known})", **mark_of(key_node))
                continue
            if key in result:
                problems.error(path, _duplicate_key(key), **mark_of(key_node))
                continue
            if is_null(value_node):
                result[key] = None
                blank[key] = key_node
                continue
            result[key] = self.fields[key].check(value_node, path, problems)
        for key in sorted(self.required):
            if key in blank:
                problems.error(path, f"{key!r} has no value, and {self.name} needs one", **mark_of(blank[key]))
            elif key not in result:
                problems.error(path, f"missing required key {key!r} in {self.name}", **mark_of(node))
        return result


def value_of(node: yaml.Node, key: str) -> yaml.Node | None:
    """The node under `key` in a mapping node (None if absent): to point at a value after checking."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if key_node.value == key:
                return value
    return None


def items_of(node: yaml.Node, key: str) -> list[yaml.Node]:
    """The item nodes of the list under `key` in a mapping node (none if it is absent or not a list)."""
    value = value_of(node, key)
    return value.value if isinstance(value, yaml.SequenceNode) else []


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"
