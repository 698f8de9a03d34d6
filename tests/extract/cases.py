"""Fixture cases of one extraction rule: fixtures/<rule>/NAME.txt (input) with NAME.yaml (expected);
and `members`, who is on which side of an invented article."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefing.extract import extract

FIXTURES = Path(__file__).with_name("fixtures")


def cases(rule: str) -> list:
    """One pytest param per fixture, as (input text, expected mapping), named after the file."""
    params = []
    for source in sorted((FIXTURES / rule).glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        expected = yaml.safe_load(source.with_suffix(".yaml").read_text(encoding="utf-8"))
        params.append(pytest.param(text, expected, id=source.stem))
    return params


def members(text: str) -> dict[str, str]:
    """Each member's name -> the label of its side, as the whole pipeline (`extract`) reads `text`."""
    return {m.name: side.label for side in extract(text).sides for m in side.members}
