"""Fixture cases of one extraction rule: fixtures/<rule>/NAME.txt (input) with NAME.yaml (expected)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

FIXTURES = Path(__file__).with_name("fixtures")


def cases(rule: str) -> list:
    """One pytest param per fixture, as (input text, expected mapping), named after the file."""
    params = []
    for source in sorted((FIXTURES / rule).glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        expected = yaml.safe_load(source.with_suffix(".yaml").read_text(encoding="utf-8"))
        params.append(pytest.param(text, expected, id=source.stem))
    return params
