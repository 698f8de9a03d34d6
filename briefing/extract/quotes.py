"""Rule: find direct quotations (the text between matching quote marks), verbatim."""
from __future__ import annotations

import re
from dataclasses import dataclass

QUOTED = re.compile(r"“([^”]{1,2000})”|\"([^\"]{1,2000})\"")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the quoted text (inside the marks)
    end: int
    text: str  # always source[start:end]


def find_quotes(text: str) -> list[QuoteSpan]:
    spans = []
    for match in QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        spans.append(QuoteSpan(match.start(group), match.end(group), match.group(group)))
    return spans
